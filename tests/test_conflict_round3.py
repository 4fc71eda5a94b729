"""Attacks and protests, round 3: constructions that report them, and talk that does not.

One construction per case, in sentences written for these tests (none is taken from the
development or evaluation sets).
"""

from __future__ import annotations

import pytest

from tests.extraction import of_type


def reported(text: str, type_: str) -> bool:
    """Whether extraction emits a non-negated event of ``type_`` for the text."""
    return any(not e.negated for e in of_type(text, type_))


@pytest.mark.parametrize("text", [
    # the subject undergoes the attack, however long the subject (تعرض … لـ)
    "تعرض مدير مكتب الحزب في المدينة ليلة الأحد، للخطف على أيدي مسلحين ملثمين.",
    # نجا من: the attack happened, whatever the subject between
    "نجا محافظ الولاية الجديد، من انفجار عبوة ناسفة عند مرور موكبه قرب الجسر.",
], ids=["undergo-long-subject", "survived"])
def test_undergoing_an_attack_reports_it(text: str) -> None:
    assert reported(text, "ASSAULT")


def test_preparing_to_undergo_an_attack_is_no_report() -> None:
    assert not reported("دعا قائد سابق الجيش إلى الاستعداد للتعرض لقصف بالصواريخ.", "ASSAULT")


@pytest.mark.parametrize("text", [
    # VSO: the subject stands between the verb and what it fires
    "أطلقت مساء أمس طائرة بلا طيار تابعة للجيش صاروخين على منزل في القرية.",
    # نار is the lemma of نيران with a pronoun
    "قال شهود إن مدرعات الشرطة أطلقت نيرانها على الحي.",
    # the verbal noun of firing, after قام بـ
    "وقام مسلحون في سيارة باطلاق أربعة صواريخ على المعسكر.",
], ids=["vso-object", "fire-with-pronoun", "verbal-noun"])
def test_firing_weapons_reports_an_attack(text: str) -> None:
    assert reported(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "نفذ ثلاثة من عناصر الجماعة عمليات انتحارية في العاصمة الأسبوع الماضي.",
    # a place that saw an attack
    "وكانت القرية قد شهدت مجزرة بتفجير سيارة مفخخة في الربيع.",
    # a number of attacks between the preposition and its noun
    "قتل ضابط وأصيب تسعة آخرون في ثلاث هجمات متفرقة في المدينة أمس.",
], ids=["suicide-operation", "place-saw", "counted-attacks"])
def test_attack_nouns_reported_by_their_construction(text: str) -> None:
    assert reported(text, "ASSAULT")


def test_toll_over_past_years_is_no_event() -> None:
    assert not reported("وقتل خلال السنوات الثلاث الماضية أكثر من 40 صحافيا في البلاد.",
                        "ASSAULT")
