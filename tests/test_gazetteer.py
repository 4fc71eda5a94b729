"""Gazetteer matching: clitics, names that start with clitic letters, places and collisions."""

from __future__ import annotations

import pytest

from kg import gazetteer
from kg.lang.ar.tokenize import tokenize


def actor_ids(text: str) -> list[str]:
    return [m.entity_id for m in gazetteer.load().actor_matcher.find(tokenize(text))]


def place_ids(text: str) -> list[str]:
    return [m.entity_id for m in gazetteer.load().place_matcher.find(tokenize(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("والعراق", "IRQ"),
    ("للولايات المتحدة", "USA"),
    ("وبلينكن", "antony-blinken"),
    ("بلينكن", "antony-blinken"),
    ("القوات الأمريكية", "USA"),
    ("الحكومة العراقية", "IRQ"),
    ("الدبلوماسية الإيرانية", "IRN"),
    ("كتائب حزب الله", "kataib-hezbollah"),
    ("فصائل الحشد الشعبي", "popular-mobilization-forces"),
])
def test_actor_names_with_clitics(text: str, expected: str) -> None:
    assert actor_ids(text)[-1] == expected


def test_longest_match_wins() -> None:
    assert actor_ids("حزب الله اللبناني") == ["hezbollah"]
    assert actor_ids("كتائب حزب الله") == ["kataib-hezbollah"]


@pytest.mark.parametrize(("text", "expected"), [
    ("في قاعدة عين الأسد", ["ain-al-asad"]),
    ("في المنطقة الخضراء", ["green-zone"]),
    ("في فيينا", ["vienna"]),
    ("بمحافظة نينوى", ["nineveh"]),
])
def test_places(text: str, expected: list[str]) -> None:
    assert place_ids(text) == expected


@pytest.mark.parametrize("text", [
    "أصدرت الوزارة بيانا",
    "دعا إلى وقف التصعيد",
    "حفظ الأمن مسؤولية كامل الأطراف",
    "عمان الطريق أمام الزوار",
])
def test_collision_words_are_not_places(text: str) -> None:
    assert place_ids(text) == []


def test_every_entry_has_an_english_name_and_kind() -> None:
    gaz = gazetteer.load()
    assert len(gaz.actors) > 150 and len(gaz.places) > 80
    for actor in gaz.actors.values():
        assert actor.name and actor.kind in {"state", "person", "organization",
                                             "armed_group", "intl_org", "group"}
        if actor.kind == "person":
            assert actor.id == actor.id.lower() and " " not in actor.id
