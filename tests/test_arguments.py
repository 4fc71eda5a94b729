"""Who did what to whom: clause-bound arguments, written for these tests in news style,
one construction per case, through the real pipeline (real morphology database when
present)."""

from __future__ import annotations

import pytest

from kg.extract.clauses import split
from kg.extract.speakers import speaker_of
from kg.model import Event, Evidence
from kg.resolve import resolve
from tests.extraction import document, events, ids, of_type


def clause_kinds(text: str) -> list[str]:
    return [c.kind for c in split(document(text).sentences[0]).items]


@pytest.mark.parametrize(("text", "kinds"), [
    ("أكد الوزير أن الحكومة ستواصل الحوار.", ["main", "comp"]),
    ("زار الوفد القاعدة التي تستضيف القوات.", ["main", "relative"]),
    ("التقى الرئيس السفير من أجل بحث العلاقات.", ["main", "purpose"]),
    ("وصل الوزير إلى بغداد وانتقد الهجمات.", ["main", "coord"]),
    ("أعلن الوزير الاتفاق، مؤكدا أهميته.", ["main", "hal"]),
])
def test_clause_openers(text: str, kinds: list[str]) -> None:
    assert clause_kinds(text) == kinds


def test_coordinated_verb_keeps_the_subject_of_its_clause() -> None:
    found = of_type("وصل وزير الخارجية الإيراني إلى بغداد وانتقد الضربات الأمريكية.", "ACCUSE")
    assert found and ids(found[0])[0] == "IRN"


def test_purpose_phrase_is_no_event() -> None:
    text = "أرسلت الولايات المتحدة مستشارين إلى العراق لدعم الحكومة العراقية."
    assert not of_type(text, "SUPPORT")


def test_relative_clause_subject_is_the_noun_it_describes() -> None:
    found = of_type("رحبت إيران بالمبادرة ثم انتقدت الفصائل التي تهاجم القوات الأمريكية.",
                    "ASSAULT")
    assert all(ids(e)[0] != "IRN" for e in found)


def test_relative_clause_with_object_pronoun_has_its_own_subject() -> None:
    text = "أدان العراق الهجوم على التحالف الدولي الذي تقوده الولايات المتحدة."
    assert all(ids(e)[0] != "USA" for e in events(text))


def test_complement_with_its_own_noun_subject_is_not_the_speaker() -> None:
    text = "قال وزير الخارجية الأمريكي إن الهجمات على القواعد تراجعت."
    assert all(ids(e)[0] != "USA" for e in of_type(text, "ASSAULT"))


def test_two_coordinated_parties_agree_with_each_other() -> None:
    found = of_type("العراق وإيران يؤكدان التزامهما بتعزيز التعاون الاقتصادي.", "AGREE")
    assert found and set(ids(found[0])) == {"IRQ", "IRN"} and found[0].symmetric


def test_the_two_delegations_named_by_adjectives() -> None:
    found = of_type("وناقش الوفدان الأمريكي والعراقي سبل تعزيز التعاون.", "CONSULT")
    assert found and set(ids(found[0])) == {"USA", "IRQ"}


def test_noun_subject_that_is_no_actor_blocks_the_next_actor() -> None:
    text = "ودعم التقرير موقف إيران من المفاوضات."
    assert all(ids(e)[0] != "IRN" for e in of_type(text, "SUPPORT"))


def test_conjunction_on_a_verb_is_not_a_proper_noun() -> None:
    doc = document("وأكد الرئيس الإيراني دعمه للحكومة العراقية.")
    speaker = speaker_of(doc.sentences[0], None)
    assert speaker is not None and speaker.entity_id == "IRN"


def test_country_coordinated_to_a_place_is_a_place() -> None:
    found = of_type("شنت الطائرات الأمريكية غارات في العراق وسوريا.", "ASSAULT")
    assert found and ids(found[0]) == ("USA", None)


def test_control_verb_passes_its_subject_to_the_noun() -> None:
    found = of_type("تمكنت القوات الأمريكية من مغادرة القاعدة.", "RETREAT")
    assert found and ids(found[0])[0] == "USA"


def test_genitive_after_a_noun_is_not_the_object() -> None:
    text = "التقى وزير الخارجية العراقي المبعوث الخاص للرئيس الأمريكي."
    assert all(ids(e)[1] != "USA" for e in of_type(text, "CONSULT"))


def test_means_phrase_is_no_event_of_its_own() -> None:
    text = "أكدت الحكومة العراقية التزامها بهزيمة داعش من خلال التعاون مع التحالف الدولي."
    assert not of_type(text, "COOPERATE")


def test_purpose_opening_the_sentence_ends_at_the_comma() -> None:
    found = of_type("ومن أجل خفض التوتر، تمكنت القوات الأمريكية من مغادرة القاعدة.", "RETREAT")
    assert found and ids(found[0])[0] == "USA"


def test_topic_of_a_discussion_is_no_event() -> None:
    text = "ناقش وزير الخارجية العراقي مع نظيره الإيراني سبل تعزيز التعاون بين بغداد وطهران."
    assert not of_type(text, "COOPERATE")


def test_his_country_in_a_complement_is_the_speakers_state() -> None:
    text = "قال وزير الخارجية الإيراني عباس عراقجي إن بلاده قدمت مساعدات إنسانية للعراق."
    found = of_type(text, "AID")
    assert found and ids(found[0])[0] == "IRN"


def test_news_agency_is_not_the_speaker() -> None:
    doc = document("وقال المصدر لوكالة الأنباء الألمانية إن الطائرات قصفت المواقع.")
    assert speaker_of(doc.sentences[0], None) is None


def test_headline_with_a_verb_before_the_colon_names_no_speaker() -> None:
    doc = document("مكتب الرئيس يكشف تفاصيل الاتصال مع إيران: تأكيد على التهدئة")
    assert speaker_of(doc.sentences[0], None) is None


def test_both_sides_condemning_is_not_an_event_between_them() -> None:
    text = ("التقى وزير الخارجية الأمريكي أنتوني بلينكن رئيس الوزراء العراقي محمد شياع "
            "السوداني.\nوأدان الجانبان الهجمات على المدنيين.")
    found = of_type(text, "ACCUSE")
    assert all(ids(e) != ("USA", "IRQ") and ids(e) != ("IRQ", "USA") for e in found)


def test_leader_after_biqiyadat_is_no_target() -> None:
    text = "شن التحالف الدولي بقيادة الولايات المتحدة غارات جديدة."
    assert all(ids(e)[1] != "USA" for e in of_type(text, "ASSAULT"))


def test_office_followed_by_the_person_is_that_person() -> None:
    text = "نفى المتحدث باسم وزارة الخارجية العراقية السفير أحمد الصحاف وجود أي وساطة."
    found = of_type(text, "REJECT")
    assert found and found[0].source is not None and found[0].source.kind == "person"


def test_dual_relative_after_two_parties_joins_them() -> None:
    text = "يرى محللون أن الخلاف عاد بين طهران وواشنطن اللتين اتفقتا سابقا على التهدئة."
    found = of_type(text, "AGREE")
    assert found and set(ids(found[0])) == {"IRN", "USA"}


def test_between_names_the_sides_of_a_meeting_not_of_a_call_for_one() -> None:
    found = of_type("يدعو رئيس الوزراء العراقي إلى حوار بين السعودية وإيران.", "REQUEST")
    assert found and ids(found[0])[0] == "IRQ"


def test_apposition_after_the_subject_holds_no_object() -> None:
    text = "طالب محمد شياع السوداني، رئيس الوزراء العراقي، بانسحاب القوات الأجنبية."
    found = of_type(text, "REQUEST")
    assert found and ids(found[0]) == ("mohammed-shia-al-sudani", None)


def test_event_noun_after_about_is_a_topic() -> None:
    text = "استأنف العراق والولايات المتحدة محادثاتهما بشأن سحب القوات الأمريكية."
    assert not of_type(text, "RETREAT")


def test_two_different_statements_of_one_pair_stay_two() -> None:
    text = ("التقى الرئيس العراقي الرئيس الإيراني في بغداد.\n"
            "وأكد الجانبان التزامهما بتعزيز العلاقات.\n"
            "واتفق الجانبان على تشكيل لجنة مشتركة.")
    assert len(of_type(text, "AGREE")) == 2


def test_same_statement_in_headline_and_body_is_one() -> None:
    text = ("العراق وإيران يؤكدان التزامهما بتعزيز العلاقات\n"
            "أكد العراق وإيران التزامهما بتعزيز العلاقات الثنائية.")
    found = of_type(text, "AGREE")
    assert len(found) == 1 and len(found[0].evidence) == 2


def test_one_strike_told_with_and_without_its_target_is_one() -> None:
    doc = document("شنت الولايات المتحدة ضربات في سوريا، بينها غارة على كتائب حزب الله.")
    usa, kh = doc.actors["USA"], doc.actors["kataib-hezbollah"]
    told = [Event(id="", type="ASSAULT", mode=None, source=usa, target=target,
                  evidence=[Evidence("t", "", 0, 1, 0, trigger)])
            for target, trigger in ((None, "ضربات"), (kh, "غارة"))]
    merged = resolve(told, doc)
    assert len(merged) == 1 and ids(merged[0]) == ("USA", "kataib-hezbollah")


def test_meeting_noun_with_the_subjects_pronoun_is_the_subjects_meeting() -> None:
    text = "أكد الرئيس الإيراني، على هامش لقائه رئيس الوزراء العراقي، دعم بلاده للعراق."
    found = of_type(text, "CONSULT")
    assert found and set(ids(found[0])) == {"IRN", "IRQ"}


def test_a_meeting_still_to_come_is_an_agreement() -> None:
    found = events("سيزور وزير الخارجية الأمريكي بغداد الأسبوع المقبل.")
    assert any(e.type == "AGREE" and e.future for e in found)
    assert not any(e.type == "CONSULT" for e in found)


def test_nationality_of_a_place_noun_is_no_target() -> None:
    text = "استهدفت طائرات التحالف الدولي مواقع قرب مدن سورية."
    assert all(ids(e)[1] != "SYR" for e in of_type(text, "ASSAULT"))


def test_receiving_verb_makes_its_subject_the_recipient() -> None:
    found = of_type("تسلم العراق طائرات حربية من الولايات المتحدة.", "AID")
    assert all(ids(e) == ("USA", "IRQ") for e in found)


def test_strike_by_a_nationality_names_the_attacker() -> None:
    found = of_type("مقتل قائد كتائب حزب الله بغارة أمريكية قرب مطار بغداد", "ASSAULT")
    assert any(ids(e)[0] == "USA" for e in found)


def test_passive_without_agent_names_no_attacker() -> None:
    text = "بغداد - قُتل ثلاثة جنود أمريكيين في هجوم."
    assert all(ids(e)[0] != "IRQ" for e in of_type(text, "ASSAULT"))


def test_title_with_complements_before_the_name() -> None:
    text = "وأدان رئيس حكومة تصريف الأعمال العراقية عادل عبد المهدي الغارة."
    found = of_type(text, "ACCUSE")
    assert found and ids(found[0])[0] == "adil-abdul-mahdi"


def test_actor_inside_a_prepositional_phrase_is_no_subject() -> None:
    text = "أكد الوزير أهمية التشاور مع الجانب العراقي بشأن المنطقة، ودعم الاستقرار."
    assert all(ids(e)[0] != "IRQ" for e in of_type(text, "SUPPORT"))


def test_both_sides_praising_nobody_in_particular_is_no_event() -> None:
    text = ("التقى وزير الخارجية الأمريكي أنتوني بلينكن رئيس الوزراء العراقي محمد شياع "
            "السوداني.\nوأشاد الجانبان بالتقدم المحرز.")
    assert not of_type(text, "SUPPORT")


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.entity_id, m.text) for m in document(text).sentences[0].actors]


def test_generic_group_takes_the_nationality_after_it() -> None:
    found = mentions("اعتقلت الشرطة الإيرانية عددا من المسلحين السوريين.")
    assert ("IRN", "الشرطة الإيرانية") in found
    assert ("syrian-gunmen", "المسلحين السوريين") in found


def test_generic_group_takes_the_country_of_the_place() -> None:
    assert ("iraqi-militants", "متشددون") in mentions("هاجم متشددون نقطة تفتيش في الموصل.")


def test_generic_group_without_country_belongs_to_the_main_state() -> None:
    doc = document("قال وزير الخارجية الإيراني إن متشددين هاجموا الحدود.")
    assert "iranian-militants" in {m.entity_id for m in doc.sentences[0].actors}
    assert doc.actors["iranian-militants"].country == "IRN"


def test_group_holding_the_positions_hit_is_the_target() -> None:
    found = of_type("قصفت الطائرات الأمريكية مواقع لتنظيم داعش شرق سوريا.", "ASSAULT")
    assert found and ids(found[0]) == ("USA", "isis")


def test_conjunction_with_a_verb_is_kept_beside_a_proper_noun_reading() -> None:
    token = document("وأكد الوزير موقفه.").sentences[0].tokens[0]
    assert "verb" in token.pos and "اكد/v" in token.lemmas


def test_capital_after_a_titled_minister_is_the_object() -> None:
    doc = document("زار وزير الدفاع البريطاني بغداد.")
    assert [(m.entity_id, m.end) for m in doc.sentences[0].actors][0] == ("GBR", 4)
    assert "baghdad" in {m.entity_id for m in doc.sentences[0].places}


def test_title_chain_is_one_person_with_the_first_role() -> None:
    doc = document("صرح الناطق باسم الحكومة العراقية العميد ماجد الربيعي بأن الوضع مستقر.")
    first = doc.sentences[0].actors[0]
    person = doc.actors[first.entity_id]
    assert (person.kind, person.country, first.start) == ("person", "IRQ", 1)
    assert person.name.startswith("ماجد") and person.role == "Spokesperson"


def test_target_after_didd_before_the_strike_noun() -> None:
    found = of_type("نفذت الطائرات الأمريكية ضد تنظيم داعش عشر ضربات جوية في سوريا.", "ASSAULT")
    assert found and ids(found[0]) == ("USA", "isis")


def test_body_before_the_complement_of_a_joined_verb_is_its_object() -> None:
    found = of_type("انتقد الرئيس العراقي السياسة الأمريكية وحث إيران على وقف التدخل.",
                    "REQUEST")
    assert found and ids(found[0]) == ("IRQ", "IRN")


def test_verb_with_object_then_complement_names_the_addressee() -> None:
    found = of_type("دعا الرئيس الإيراني الحكومة العراقية إلى طرد القوات الأجنبية.", "REQUEST")
    assert found and ids(found[0]) == ("IRN", "IRQ")
