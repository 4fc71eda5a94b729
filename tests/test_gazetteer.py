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


@pytest.mark.parametrize(("text", "expected"), [
    # a government body speaks for its state
    ("وزارة الخزانة الأمريكية", "USA"),
    ("وزارة الخارجية العراقية", "IRQ"),
    ("مجلس الشورى الإسلامي", "IRN"),
    # the Security Council is its own actor, not the whole United Nations
    ("مجلس الأمن الدولي", "un-security-council"),
    ("الأمم المتحدة", "un"),
    # states of the wider region with their nationality adjectives
    ("ليبيا", "LBY"),
    ("الحكومة السودانية", "SDN"),
    ("الرئيس الأوكراني", "UKR"),
    # armed groups and parties
    ("قوات سوريا الديمقراطية", "sdf"),
    ("الحزب الديمقراطي الكردستاني", "kdp"),
    ("هيئة تحرير الشام", "hts"),
    # people, with hamza and spelling variants
    ("إسماعيل بقائي", "esmaeil-baghaei"),
    ("اسماعيل بقائي", "esmaeil-baghaei"),
    ("هاكان فيدان", "hakan-fidan"),
    ("محمد باقر قاليباف", "mohammad-bagher-ghalibaf"),
    ("عبد الستار أبو ريشة", "abdul-sattar-abu-risha"),
    ("بدر البوسعيدي", "badr-albusaidi"),
])
def test_wider_actor_coverage(text: str, expected: str) -> None:
    assert expected in actor_ids(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("في قضاء الطارمية", ["tarmiya"]),
    ("قرب الحسكة", ["hasakah"]),
    ("في مرتفعات الجولان", ["golan-heights"]),
    ("في شبه جزيرة الفاو", ["faw"]),
    ("في قضاء القائم", ["qaim"]),
    ("في مدينة العمارة", ["amarah"]),
    ("عقد المؤتمر في ميونخ", ["munich"]),
    ("في أصفهان", ["isfahan"]),
])
def test_more_places(text: str, expected: list[str]) -> None:
    assert place_ids(text) == expected


@pytest.mark.parametrize("text", [
    "التقى القائم بالأعمال الأمريكي الوزير",  # chargé d'affaires, not al-Qa'im
    "أبقت الحكومة على الوضع القائم",
    "تسلم الجيش أسلحة حديثة",  # modern, not Haditha
    "أعادت بكين إحياء طريق الحرير",  # silk, not Harir base
    "انهارت العمارة السكنية",  # the building, not Amarah
])
def test_common_words_are_not_places(text: str) -> None:
    assert not {"qaim", "haditha", "harir", "amarah"} & set(place_ids(text))


def test_no_name_points_to_two_entities() -> None:
    from kg.lang.ar.normalize import normalize_phrase
    for name in ("actors.jsonl", "places.jsonl"):
        owner: dict[tuple[str, ...], str] = {}
        for row in gazetteer._jsonl(name):
            if row.get("generic"):
                continue  # generic groups have their own matcher (see test_collective_groups)
            for field in ("names_ar", "short_ar", "context_ar"):
                for text in row.get(field, ()):
                    key = normalize_phrase(text)
                    assert owner.setdefault(key, row["id"]) == row["id"], (name, text)


def test_places_have_a_country_and_plausible_coordinates() -> None:
    for entry in gazetteer.load().places.values():
        assert entry.kind in {"country", "region", "governorate", "city", "district", "site"}
        if entry.lat is not None:
            assert -90 <= entry.lat <= 90 and -180 <= entry.lon <= 180
        if entry.kind not in ("region", "site"):
            assert entry.country, entry.id


def test_collective_groups_take_their_country_from_the_context() -> None:
    gaz = gazetteer.load()
    found = gaz.group_matcher.find(tokenize("أطلق مسلحون مجهولون النار على المعتصمين"))
    assert [m.entity_id for m in found] == ["gunmen", "protesters"]
    assert gazetteer.collective("protesters", "IRN").id == "iranian-protesters"
    assert gazetteer.collective("protesters", "IRQ").country == "IRQ"
    # a state's own forces are the state itself
    assert gazetteer.collective("security-forces", "IRQ").id == "IRQ"
    assert gazetteer.collective("gunmen", None).id == "gunmen"
    assert gazetteer.collective("no-such-group", "IRQ") is None
    # generic names never become actors on their own
    assert "protesters" not in gaz.actors and "gunmen" not in actor_ids("مسلحون مجهولون")


@pytest.mark.parametrize(("text", "surname"), [
    ("سقطت صواريخ على قاعدة عين الأسد", "الأسد"),  # the lion, in a place name
    ("أنهى المهندس أعمال الصيانة", "المهندس"),  # the engineer
    ("يتبع المذهب الجعفري", "الجعفري"),  # the Ja'fari school
])
def test_surnames_that_are_common_words_need_the_full_name_first(text: str, surname: str) -> None:
    found = gazetteer.load().actor_matcher.find(tokenize(text))
    assert all(m.via == gazetteer.VIA_CONTEXT for m in found), found
