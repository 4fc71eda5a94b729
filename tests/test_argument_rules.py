"""Who is the source and who the target: one Arabic news construction per test, written
for these tests, through the real pipeline (real morphology database when present)."""

from __future__ import annotations

from kg.model import Event
from kg.resolve import resolve
from tests.extraction import document, ids, of_type

# A headline line first, so that the sentences under test are body sentences.
HEAD = "تطورات جديدة\n"


def test_group_holding_the_positions_after_lam_is_the_target() -> None:
    found = of_type("وأسفرت غارة جوية لمقرات داعش عن مقتل عشرة مسلحين.", "ASSAULT")
    assert found and all(ids(e)[0] != "isis" for e in found)
    found = of_type("وجهت المقاتلات الأمريكية أمس ضربات جوية لمواقع داعش في سوريا.", "ASSAULT")
    assert found and ids(found[0]) == ("USA", "isis")


def test_strike_noun_after_a_casualty_takes_no_subject_from_the_victims() -> None:
    text = "أعلن مصدر أمني مقتل أربعة من عناصر تنظيم داعش بقصف مدفعي استهدف مخبأهم."
    found = of_type(text, "ASSAULT")
    assert found and all(ids(e)[0] != "isis" for e in found)


def test_coalition_strike_without_target_hits_the_islamic_state() -> None:
    text = (HEAD + "تواصل الحرب على تنظيم داعش في شمال العراق.\n"
            "وشن التحالف الدولي غارات جوية قرب الموصل.")
    found = of_type(text, "ASSAULT")
    assert any(ids(e) == ("global-coalition", "isis") for e in found)


def test_coalition_keeps_no_target_when_the_article_never_names_its_enemy() -> None:
    found = of_type(HEAD + "وشن التحالف الدولي غارات جوية قرب الموصل.", "ASSAULT")
    assert found and all(ids(e)[1] is None for e in found)


def test_iraqi_strike_needs_a_liberation_operation_to_take_the_default_enemy() -> None:
    body = "قال مسؤول إن تنظيم داعش ما زال يسيطر على القرية.\n"
    freed = of_type(HEAD + body + "وقصف الجيش العراقي القرية ضمن عمليات تحرير المنطقة.",
                    "ASSAULT")
    plain = of_type(HEAD + body + "وقصف الجيش العراقي القرية.", "ASSAULT")
    assert any(ids(e) == ("IRQ", "isis") for e in freed)
    assert all(ids(e)[1] != "isis" for e in plain)


def test_protesters_demanding_of_nobody_address_their_own_government() -> None:
    text = HEAD + "ويطالب المتظاهرون في البصرة بتوفير الكهرباء والماء."
    found = of_type(text, "REQUEST")
    assert found and ids(found[0]) == ("iraqi-protesters", "IRQ")


def test_protesters_with_a_stated_addressee_keep_it() -> None:
    text = HEAD + "وطالب المتظاهرون في البصرة إيران بوقف التدخل."
    found = of_type(text, "REQUEST")
    assert found and ids(found[0])[1] == "IRN"


def test_headline_strike_without_doer_joins_the_body_strike_on_that_target() -> None:
    doc = document("غارات على داعش\nشن التحالف الدولي غارات على داعش.")
    isis, coalition = doc.actors["isis"], doc.actors["global-coalition"]
    told = [Event(id="", type="ASSAULT", mode=None, source=source, target=isis,
                  sentence_index=index)
            for source, index in ((None, 0), (coalition, 1))]
    merged = resolve(told, doc)
    assert len(merged) == 1 and ids(merged[0]) == ("global-coalition", "isis")


def test_stance_noun_genitive_before_lam_is_the_one_who_holds_it() -> None:
    found = of_type("أعرب الوزير البريطاني عن تأييد لندن للحكومة العراقية.", "SUPPORT")
    assert found and ids(found[0]) == ("GBR", "IRQ")


def test_stance_noun_genitive_before_lam_is_the_source_without_a_subject() -> None:
    found = of_type("جاءت إدانة طهران للهجوم على السفارة بعد ساعات.", "ACCUSE")
    assert all(ids(e)[1] != "IRN" for e in found)


def test_coordinated_subject_acts_through_its_first_member() -> None:
    text = "الرئيس باراك أوباما ونائبه جو بايدن يعربان عن دعمهما للحكومة العراقية."
    found = of_type(text, "SUPPORT")
    assert found and ids(found[0]) == ("barack-obama", "IRQ")


def test_named_member_after_including_is_the_target() -> None:
    found = of_type("حثت إيران الأحزاب الشيعية، بمن فيها التيار الصدري، على الوحدة.",
                    "REQUEST")
    assert found and ids(found[0]) == ("IRN", "sadrist-movement")


def test_joined_verb_keeps_its_subject_across_an_including_phrase() -> None:
    text = ("زار الرئيس الإيراني بغداد وحث القوى الشيعية المحافظة، بمن فيها التيار "
            "الصدري، على الحوار.")
    found = of_type(text, "REQUEST")
    assert found and ids(found[0]) == ("IRN", "sadrist-movement")


def test_masculine_verb_before_a_feminine_state_makes_it_the_object() -> None:
    text = (HEAD + "قال وزير الخارجية الألماني إن الاتفاق يخدم الجميع.\n"
            "دعا الولايات المتحدة إلى البقاء فيه.")
    found = of_type(text, "REQUEST")
    assert found and ids(found[0]) == ("DEU", "USA")


def test_masculine_state_after_a_masculine_verb_is_its_subject() -> None:
    text = HEAD + "قال وزير الخارجية الألماني إن الاتفاق يخدم الجميع.\nدعا العراق إلى الحوار."
    found = of_type(text, "REQUEST")
    assert found and ids(found[0])[0] == "IRQ"


def test_feminine_verb_before_a_state_keeps_it_as_subject() -> None:
    found = of_type(HEAD + "دعت الولايات المتحدة إلى ضبط النفس.", "REQUEST")
    assert found and ids(found[0])[0] == "USA"


def test_light_verb_subject_between_verb_and_noun() -> None:
    text = "عقد وزير الخارجية العراقي ونظيره الإيراني اجتماعا في بغداد."
    found = of_type(text, "CONSULT")
    assert found and set(ids(found[0])) == {"IRQ", "IRN"}


def test_quoted_sentence_goes_on_with_the_previous_speaker() -> None:
    text = (HEAD + "قال وزير الخارجية الألماني إن أوروبا تريد الحوار.\n"
            "\"إن الحوار هو الطريق الوحيد\".\n"
            "دعا الولايات المتحدة إلى البقاء في الاتفاق.")
    found = of_type(text, "REQUEST")
    assert found and ids(found[0]) == ("DEU", "USA")


def test_actor_right_before_a_reporting_verb_is_the_speaker() -> None:
    text = (HEAD + "لكن وزير الخارجية الإيراني صرح للصحفيين بذلك.\n"
            "وأضاف أن بلاده تدين الهجوم.")
    found = of_type(text, "ACCUSE")
    assert found and ids(found[0])[0] == "IRN"


def test_meeting_asked_for_is_no_meeting() -> None:
    text = 'دعا رئيس الوزراء العراقي إلى "حوار بناء" بين السعودية وإيران.'
    assert not of_type(text, "CONSULT")
    found = of_type(text, "REQUEST")
    assert found and ids(found[0]) == ("IRQ", "SAU")


def test_protest_against_a_state_named_by_an_adjective_of_opposition() -> None:
    text = HEAD + "وشهدت مدينة البصرة مظاهرات حاشدة مناهضة لإيران."
    found = of_type(text, "PROTEST")
    assert found and ids(found[0]) == ("iraqi-protesters", "IRN")


def test_protest_told_without_actor_is_held_by_the_protesters_of_the_place() -> None:
    found = of_type(HEAD + "وشهدت مدينة النجف تظاهرة كبيرة يوم الجمعة.", "PROTEST")
    assert found and ids(found[0]) == ("iraqi-protesters", "IRQ")


def test_actor_inside_a_trigger_phrase_is_its_subject() -> None:
    text = HEAD + "خرج آلاف المتظاهرين في بغداد في مسيرة مناهضة للولايات المتحدة."
    found = of_type(text, "PROTEST")
    assert len(found) == 1 and ids(found[0]) == ("iraqi-protesters", "USA")


def test_subject_before_qad_and_the_verb_is_kept() -> None:
    found = of_type("وكان وزير الخارجية الإيراني قد زار بغداد الشهر الماضي.", "CONSULT")
    assert found and ids(found[0]) == ("IRN", "IRQ")


def test_unsourced_and_sourced_telling_of_one_strike_in_a_sentence_are_one() -> None:
    doc = document("عنوان\nشن التحالف الدولي غارة استهدفت داعش.")
    isis, coalition = doc.actors["isis"], doc.actors["global-coalition"]
    told = [Event(id="", type="ASSAULT", mode=None, source=source, target=isis,
                  sentence_index=1) for source in (coalition, None)]
    merged = resolve(told, doc)
    assert len(merged) == 1 and ids(merged[0]) == ("global-coalition", "isis")


def test_noun_before_a_killing_verb_and_a_circumstance_is_the_victim() -> None:
    text = HEAD + "وذكر المصدر أن قائد كتائب حزب الله قتل خلال المعارك قرب الفلوجة."
    assert all(ids(e)[0] != "kataib-hezbollah" for e in of_type(text, "ASSAULT"))


def test_noun_before_a_killing_verb_with_an_object_is_the_killer() -> None:
    found = of_type(HEAD + "الجيش العراقي قتل عشرة مسلحين في الموصل.", "ASSAULT")
    assert found and ids(found[0])[0] == "IRQ"


def test_purpose_light_verb_takes_the_subject_of_the_verb_it_depends_on() -> None:
    text = HEAD + "أرسلت واشنطن وطهران مبعوثين إلى بغداد لإجراء محادثات غير مباشرة."
    found = of_type(text, "CONSULT")
    assert found and set(ids(found[0])) == {"USA", "IRN"}
