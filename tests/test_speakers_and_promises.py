"""Speakers, implicit accusations, promised events and clause openers: one construction per
test, in sentences written for these tests, through the real pipeline."""

from __future__ import annotations

from tests.extraction import ids, of_type


def test_a_speaker_saying_a_state_is_implicated_accuses_it() -> None:
    found = of_type("قال وزير الخارجية الأمريكي إن إيران ضالعة في زعزعة أمن المنطقة.", "ACCUSE")
    assert [ids(e) for e in found] == [("USA", "IRN")]


def test_implicated_with_no_speaker_is_narration_not_an_accusation() -> None:
    assert not of_type("إيران متورطة في تمويل الجماعات المسلحة منذ سنوات.", "ACCUSE")


def test_a_long_preposed_subject_still_speaks() -> None:
    text = ("وكان وزير الدفاع الأمريكي لويد أوستن قال الاثنين في مؤتمر صحفي "
            "\"إيران متورطة في الهجمات على قواتنا\".")
    found = of_type(text, "ACCUSE")
    assert found and ids(found[0]) == ("lloyd-austin", "IRN")


def test_aid_announced_for_the_future_is_a_promise() -> None:
    text = "أعلنت الحكومة الأمريكية أنها ستقدم مساعدات عسكرية جديدة للعراق."
    assert of_type(text, "AGREE") and not of_type(text, "AID")


def test_a_verb_whose_root_starts_with_fa_does_not_open_a_new_clause() -> None:
    # فرضت: ف is a root letter, so the verb after its preposed subject keeps that subject
    # instead of starting a coordinated clause of its own
    found = of_type("الولايات المتحدة فرضت عقوبات جديدة على إيران.", "SANCTION")
    assert found and ids(found[0]) == ("USA", "IRN")


def test_an_attack_opening_a_chronology_entry_is_reported() -> None:
    text = "أبرز أحداث الأسبوع:\n- هجوم بسيارة مفخخة يقتل خمسة جنود قرب الموصل."
    assert of_type(text, "ASSAULT")


def test_crowds_going_out_to_protest_report_a_protest() -> None:
    assert of_type("خرج آلاف الطلاب إلى الشوارع للاحتجاج على غلاء الأسعار.", "PROTEST")


def test_wa_before_da3a_is_the_conjunction_not_farewell() -> None:
    found = of_type("وصل الوزير إلى بغداد. ودعا وزير الخارجية العراقي إيران إلى وقف التصعيد.",
                    "REQUEST")
    assert found and ids(found[0]) == ("IRQ", "IRN")



def test_a_verbal_noun_after_tamma_is_a_passive_whose_doer_follows_min_qibal() -> None:
    found = of_type("وتم تدريب ألف مقاتل من أبناء المحافظة من قبل القوات الأمريكية.", "AID")
    assert found and ids(found[0])[0] == "USA"


def test_the_agent_may_be_a_body_named_by_its_nationality() -> None:
    found = of_type("ويتم تدريب المتطوعين الآن على يد قوات تركية خاصة قرب الموصل.", "AID")
    assert found and ids(found[0])[0] == "TUR"
