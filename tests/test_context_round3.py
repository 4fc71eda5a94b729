"""Actors that only the article's context gives: descriptions that refer back (التنظيم
after تنظيم داعش), the sharper party of an event told twice, default doers and state
bodies named without their state.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.lang.ar import morphology
from tests.extraction import document, ids, of_type


@pytest.fixture(scope="module", autouse=True)
def with_db() -> None:
    if morphology.database_path() is None:
        pytest.skip("no morphology database")


def _described(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for s in document(text).sentences for m in s.actors
            if m.via == "description"]


@pytest.mark.parametrize(("text", "expected"), [
    # the organisation's kind with an epithet, after its name
    ("أعلنت القوات العراقية تقدمها نحو مواقع تنظيم داعش. وقصفت الطائرات التركية "
     "مواقع للتنظيم المتطرف قرب الحدود.", [("للتنظيم المتطرف", "isis")]),
    # the kind alone; the antecedent's name need not be the one with the kind noun
    ("التقى وفد من حماس بمسؤولين مصريين. وقال متحدث إن الجيش الإسرائيلي اغتال قائدا "
     "في الحركة أمس.", [("الحركة", "hamas")]),
    # the last organisation of that kind is the one meant
    ("هاجم تنظيم القاعدة قافلة. وبعد أيام أعلن تنظيم داعش مسؤوليته عن تفجير، وقال "
     "التنظيم إنه سيواصل هجماته.", [("التنظيم", "isis")]),
])
def test_a_description_refers_to_the_last_organisation_of_its_kind(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _described(text) == expected


@pytest.mark.parametrize("text", [
    # an adjective that is no epithet makes a name of its own: الحزب الشيوعي
    "أعلن الحزب الديمقراطي الكردستاني فوزه. وانتقد الحزب الشيوعي نتائج الانتخابات.",
    # nothing of that kind was named before
    "قال مسؤول إن التنظيم يواصل هجماته في المنطقة.",
    # a plural (الميليشيات) often means such groups in general
    "أعلنت كتائب حزب الله مسؤوليتها عن الهجوم. وقال مسؤول إن الميليشيات تنتشر في المدن.",
])
def test_no_description_without_an_antecedent_of_its_kind(text: str) -> None:
    assert _described(text) == []


def test_a_description_takes_the_organisation_as_target() -> None:
    text = ("تواصل قوات البشمركة هجومها على تنظيم داعش. وشنت الطائرات البريطانية غارات "
            "على التنظيم الإرهابي قرب الموصل.")
    assert [ids(e) for e in of_type(text, "ASSAULT")][-1] == ("GBR", "isis")


def test_an_event_told_twice_keeps_the_person_not_their_state() -> None:
    text = ("اعتقلت الشرطة الإيرانية رجل دين عراقيا في قم. "
            "وكانت السلطات الإيرانية قد اعتقلت مقتدى الصدر أمس.")
    assert [ids(e) for e in of_type(text, "COERCE")] == [("IRN", "muqtada-al-sadr")]
