"""Argument rules, round 2: one Arabic news construction per test, sentences written for
these tests, through the real pipeline (real morphology database when present)."""

from __future__ import annotations

from tests.extraction import events, ids, of_type

# A headline line first, so that the sentences under test are body sentences.
HEAD = "تطورات جديدة\n"


def test_plural_in_yn_after_a_title_subject_is_the_object() -> None:
    # the governor is no known actor, so the protesters must not take his place
    found = events(HEAD + "ودعا محافظ نينوى المحتجين إلى التهدئة.")
    assert all(ids(e)[0] != "iraqi-protesters" for e in found)


def test_verb_opening_a_sentence_before_a_plural_in_yn_goes_on_with_the_speaker() -> None:
    text = (HEAD + "وقال وزير الداخلية الإيراني إن الشرطة لن تتدخل.\n"
            "ودعا المتظاهرين إلى الهدوء.")
    found = of_type(text, "REQUEST")
    assert found and ids(found[0]) == ("IRN", "iranian-protesters")


def test_withdrawal_from_a_treaty_named_by_an_adjective_is_a_rejection() -> None:
    found = of_type(HEAD + "وأدى الانسحاب الأمريكي من الاتفاق النووي إلى توتر جديد مع إيران.",
                    "REJECT")
    assert found and ids(found[0])[0] == "USA"


def test_decision_noun_lends_its_genitive_to_the_event_noun_after_it() -> None:
    text = HEAD + "وجاء قرار الرئيس الأمريكي دونالد ترامب بالانسحاب من الاتفاق النووي مفاجئا."
    found = of_type(text, "REJECT")
    assert found and ids(found[0])[0] == "donald-trump"


def test_noun_with_a_pronoun_takes_the_noun_after_it_as_object_not_doer() -> None:
    found = of_type(HEAD + "وأشار الصدر إلى رفضه التحالف الدولي.", "REJECT")
    assert all(ids(e)[0] != "global-coalition" for e in found)


def test_adjective_of_the_rejected_thing_is_not_the_one_who_rejects() -> None:
    found = of_type(HEAD + "وهتف الطلاب معلنين رفضهم لأي تدخل أمريكي.", "REJECT")
    assert all(ids(e)[0] != "USA" for e in found)


def test_meeting_noun_with_a_purpose_lam_states_no_meeting() -> None:
    text = (HEAD + "ويعد قرار رئيس الوزراء بالسفر إلى واشنطن للقاء الرئيس الأمريكي باراك "
            "أوباما مؤشرا على تحسن العلاقات.")
    assert not of_type(text, "CONSULT")


def test_plural_adjective_in_yn_before_the_objects_is_not_a_subject_skipped() -> None:
    # the king is no known actor; the states after the audience are the accused
    text = HEAD + "واتهم العاهل، أمام مسؤولين أمريكيين، سوريا وإيران بتدريب مسلحين."
    assert all(ids(e)[0] != "SYR" for e in of_type(text, "ACCUSE"))


def test_body_after_ila_receives_what_is_given() -> None:
    found = of_type(HEAD + "وقدمت ألمانيا حزمة مساعدات جديدة إلى الحكومة العراقية.", "AID")
    assert found and ids(found[0]) == ("DEU", "IRQ")


def test_intelligence_shared_goes_to_the_body_after_ila() -> None:
    text = HEAD + "وقدمت فرنسا معلومات استخباراتية إلى الولايات المتحدة حول الخلية."
    found = of_type(text, "COOPERATE")
    assert found and ids(found[0]) == ("FRA", "USA")


def test_participle_after_a_complement_clause_goes_on_with_the_main_subject() -> None:
    text = (HEAD + "وأبلغ وزير الخارجية الأمريكي جون كيري نظيره العراقي أن الحكومة العراقية "
            "لن تحصل على طائرات جديدة رافضا تقديم أي تعويض.")
    found = of_type(text, "REJECT")
    assert found and ids(found[0])[0] == "john-kerry"


def test_merged_event_keeps_the_city_inside_the_country_first_given() -> None:
    text = ("غارات جديدة\nشن التحالف الدولي غارات جوية على تنظيم داعش في العراق.\n"
            "وشن التحالف الدولي غارات جوية على تنظيم داعش قرب الموصل أمس.")
    found = of_type(text, "ASSAULT")
    assert len(found) == 1 and found[0].place is not None and found[0].place.id == "mosul"


def test_merged_event_keeps_its_place_when_the_later_one_is_wider() -> None:
    text = ("غارات جديدة\nشن التحالف الدولي غارات جوية على تنظيم داعش قرب الموصل.\n"
            "وشن التحالف الدولي غارات جوية على تنظيم داعش في العراق أمس.")
    found = of_type(text, "ASSAULT")
    assert len(found) == 1 and found[0].place is not None and found[0].place.id == "mosul"


def test_person_after_a_joined_accusation_verb_is_the_accused() -> None:
    text = HEAD + "وصعد وزير الخارجية الإيراني من لهجته، واتهم الوزير الكندي بالتحريض على بلاده."
    found = of_type(text, "ACCUSE")
    assert found and ids(found[0]) == ("IRN", "CAN")


def test_person_after_a_joined_call_verb_is_a_new_subject() -> None:
    text = HEAD + "وانتقد الحزب الحكومة، ودعا الرئيس الأمريكي إلى ضبط النفس."
    found = of_type(text, "REQUEST")
    assert found and ids(found[0])[0] == "USA"


def test_participle_takes_no_subject_from_a_noun_after_it() -> None:
    text = (HEAD + "وأكد وزير الخارجية الأمريكي جون كيري أن بلاده لن تسلم الطائرات رافضا "
            "تعويض العراق عن الخسائر.")
    found = of_type(text, "REJECT")
    assert found and ids(found[0])[0] == "john-kerry"

