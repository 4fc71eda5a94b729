"""Triggers and factuality, round 2: blame put as cause or instigation, background events,
conflict reports.  One construction per test, in sentences written for these tests,
through the real pipeline."""

from __future__ import annotations

from tests.test_factuality import asserted
from tests.test_speakers_and_promises import ids, of_type
from tests.test_triggers import types


def test_a_speaker_naming_who_caused_a_harm_accuses_them() -> None:
    found = of_type("قال وزير الخارجية الأمريكي إن إيران تسببت في أزمة خانقة بالمنطقة.", "ACCUSE")
    assert [ids(e) for e in found] == [("USA", "IRN")]


def test_causing_something_that_is_no_harm_is_no_accusation() -> None:
    assert not of_type("قال وزير الخارجية الأمريكي إن إيران تسببت في تأخير الاجتماع.", "ACCUSE")


def test_standing_behind_an_attack_is_an_accusation() -> None:
    found = of_type("قال وزير الخارجية الأمريكي إن إيران تقف وراء الهجوم على السفارة.", "ACCUSE")
    assert [ids(e) for e in found] == [("USA", "IRN")]


def test_instigation_names_the_blamed_after_min() -> None:
    found = of_type("قال وزير الخارجية الأمريكي إن الهجمات جرت بتحريض من إيران.", "ACCUSE")
    assert [ids(e) for e in found] == [("USA", "IRN")]


def test_blame_with_no_speaker_is_narration() -> None:
    assert not of_type("إيران مسؤولة عن مقتل عشرات الجنود منذ بداية الحرب.", "ACCUSE")


def test_an_attack_dated_by_its_year_is_history() -> None:
    assert not asserted("وفي عام 2004 قتل مسلحون ثلاثة مهندسين أجانب قرب الحدود.", "ASSAULT")
    assert asserted("قتل حارسان أمس في هجوم بعبوة ناسفة استهدف موكب زعيم الحزب.", "ASSAULT")


def test_an_attack_in_a_background_phrase_is_background() -> None:
    assert not asserted("وأغلقت السلطات الطريق بعد يومين من مقتل سبعة أشخاص في هجوم انتحاري.",
                        "ASSAULT")
    # the attack told as the circumstance of a verb is still the news
    assert asserted("وبعد ساعات قتل سبعة أشخاص في هجوم انتحاري قرب السوق.", "ASSAULT")


def test_a_state_lodging_a_protest_accuses_and_is_no_street_protest() -> None:
    text = "احتجت وزارة الخارجية العراقية رسميا لدى السفير التركي على إهانة مواطنين عراقيين في المطار."
    assert "ACCUSE" in types(text) and "PROTEST" not in types(text)


def test_a_fighter_is_no_killing() -> None:
    assert "ASSAULT" not in types("تولى الجيش تدريب ألفي مقاتل من أبناء العشائر.")


def test_protesters_named_before_their_gathering_verb() -> None:
    assert "PROTEST" in types("وقال شهود إن آلاف المتظاهرين تدفقوا إلى شوارع المدينة أمس.")
    # a gathering verb with no protesters before it is no protest
    assert "PROTEST" not in types("وقال شهود إن آلاف الحجاج تدفقوا إلى شوارع المدينة أمس.")


def test_attacks_counted_over_a_period_are_a_tally() -> None:
    assert not asserted("وقتل 40 شرطيا في المحافظة حتى الآن هذا العام.", "ASSAULT")
    assert asserted("وقتل أربعة شرطيين في المحافظة صباح اليوم.", "ASSAULT")


def test_an_attack_something_is_linked_to_is_talked_about() -> None:
    assert not asserted("وأعلنت الشرطة أن للعصابة علاقة بمقتل 5 جنود عند الحاجز.",
                        "ASSAULT")


def test_the_toll_of_a_background_attack_is_background() -> None:
    text = ("دعا الوزير رعاياه إلى البقاء في البلاد بعد الاعتداء الذي وقع أمس قرب العاصمة، "
            "وأسفر عن مقتل مهندسين اثنين.")
    assert not asserted(text, "ASSAULT")
    assert asserted("وقع هجوم أمس قرب العاصمة، وأسفر عن مقتل مهندسين اثنين.", "ASSAULT")


def test_a_protest_noun_the_crowd_of_its_clause_went_out_in() -> None:
    text = "وخرج أمس سكان الأحياء الشرقية من العاصمة القديمة في مظاهرة ضد غلاء الأسعار."
    assert asserted(text, "PROTEST")


def test_a_protest_going_on_in_the_present_with_its_crowd() -> None:
    assert asserted("ويعتصم مئات العمال أمام مقر الشركة منذ الصباح.", "PROTEST")
    assert not asserted("ويعتصم العمال أمام مقر الشركة كل شهر.", "PROTEST")


def test_an_attack_told_as_of_that_time_is_history() -> None:
    assert not asserted("وقتل مسلحون آنذاك ثلاثة حراس عند مدخل القصر.", "ASSAULT")
