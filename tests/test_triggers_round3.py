"""Triggers, round 3: an attack made in words, and support verbs (شن) whose event is their
object's.  One construction per test, in sentences written for these tests, through the
real pipeline."""

from __future__ import annotations

from tests.extraction import ids, of_type


def test_a_sharp_attack_on_a_government_is_an_accusation() -> None:
    text = "شن رئيس الوزراء العراقي حيدر العبادي هجوما حادا على الحكومة الإيرانية أمس."
    assert not of_type(text, "ASSAULT")
    assert [ids(e) for e in of_type(text, "ACCUSE")] == [("haider-al-abadi", "IRN")]


def test_a_strong_attack_with_the_subject_between_verb_and_object_is_verbal() -> None:
    text = ("وشنت وزارة الخارجية الإيرانية في بيان أصدرته مساء أمس في طهران، "
            "هجوما قويا على الولايات المتحدة.")
    assert not of_type(text, "ASSAULT")
    assert of_type(text, "ACCUSE")


def test_launching_an_attack_with_weapons_stays_an_assault() -> None:
    text = "شن مسلحون هجوما بالصواريخ على قاعدة عسكرية أمريكية غرب بغداد أمس."
    assert of_type(text, "ASSAULT")
    assert not of_type(text, "ACCUSE")


def test_launching_airstrikes_is_an_assault() -> None:
    assert of_type("شنت الطائرات الأمريكية غارات على مواقع داعش قرب الموصل أمس.", "ASSAULT")


def test_what_an_envoy_usually_asked_for_is_a_habit() -> None:
    text = "وقال السفير إن المندوب الإيراني كان عادة ما يطلب مهلة للاتصال بطهران."
    assert not of_type(text, "REQUEST")
    assert of_type("وقال السفير إن المندوب الإيراني طلب مهلة للاتصال بطهران.", "REQUEST")


def test_an_act_repeated_each_time_is_a_habit() -> None:
    text = "كلما زار وزير الخارجية الأمريكي بغداد، انتقد الحكومة العراقية."
    assert not of_type(text, "ACCUSE")
    assert of_type("زار وزير الخارجية الأمريكي بغداد وانتقد الحكومة العراقية.", "ACCUSE")


def test_a_demand_made_again_and_again_is_a_standing_line() -> None:
    text = "وقال المسؤول إن وزير الخارجية الإيراني طالب مرارا بانسحاب القوات الأمريكية."
    assert not of_type(text, "REQUEST")
    assert of_type("وقال المسؤول إن وزير الخارجية الإيراني طالب بانسحاب القوات الأمريكية.",
                   "REQUEST")


def test_a_severe_toll_after_an_attack_keeps_it_armed() -> None:
    text = "قتل خمسة جنود عراقيين في هجوم بسيارة مفخخة وأضرار شديدة في بغداد أمس."
    assert of_type(text, "ASSAULT")
    assert not of_type(text, "ACCUSE")
