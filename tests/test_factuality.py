"""Modality of events: clause-level negation, denial, condition, question, background."""

from __future__ import annotations

from kg.extract.factuality import Modality, assess
from kg.extract.triggers import find_hits
from tests.test_triggers import sentence


def modality(text: str, type_: str) -> Modality:
    s = sentence(text)
    hit = next(h for h in find_hits(s) if h.type == type_)
    return assess(s, hit)


def test_plain_report_is_asserted() -> None:
    m = modality("قتل خمسة مدنيين في انفجار سيارة مفخخة أمس.", "ASSAULT")
    assert m.asserted and not m.negated


def test_lam_negates_the_verb() -> None:
    assert modality("لم تستهدف الطائرات قافلة الجيش.", "ASSAULT").negated


def test_denial_negates_its_complement_clause() -> None:
    assert modality("نفى الجيش أن تكون طائراته قد قصفت القرية.", "ASSAULT").negated


def test_adam_negates_the_masdar() -> None:
    assert modality("أكد الطرفان عدم انسحاب القوات.", "RETREAT").negated


def test_conditional_is_hypothetical() -> None:
    assert modality("إذا هاجمت الميليشيات دورية للجيش فإن الرد سيكون قاسيا.",
                    "ASSAULT").hypothetical


def test_question_is_not_asserted() -> None:
    assert not modality("هل قصفت الطائرات المدينة؟", "ASSAULT").asserted


def test_any_attack_is_generic() -> None:
    assert not modality("قال الوزير إن أي هجوم على السفارة سيقابل برد حازم.", "ASSAULT").asserted


def test_anniversary_and_trial_are_background() -> None:
    assert not modality("أحيا السكان ذكرى تفجير السوق.", "ASSAULT").asserted
    assert not modality("بدأت محاكمة المتهمين باغتيال المحافظ.", "ASSAULT").asserted


def test_attacks_in_general_are_not_one_event() -> None:
    assert not modality("تراجعت الهجمات في المحافظة خلال العام.", "ASSAULT").asserted


def test_future_prefix_and_cue() -> None:
    assert modality("ستنسحب القوات من القاعدة الشهر المقبل.", "RETREAT").future


def asserted(text: str, type_: str) -> bool:
    """Whether any trigger of ``type_`` in the sentence is reported as having happened."""
    s = sentence(text)
    return any(assess(s, h).asserted for h in find_hits(s) if h.type == type_)


def test_attack_in_a_relative_clause_is_background() -> None:
    assert not asserted("أفرجت الجماعة عن المهندس الذي خطفه مسلحون قرب الحدود.", "ASSAULT")


def test_present_tense_attack_is_habitual() -> None:
    assert not asserted("يخطف المسلحون المسافرين على هذا الطريق الصحراوي.", "ASSAULT")


def test_condemned_or_claimed_attack_is_the_talk_not_the_attack() -> None:
    assert not asserted("أدان الوزير بشدة تفجير مقر البلدية.", "ASSAULT")
    assert not asserted("اتهمت الحكومة الجماعة بالوقوف وراء تفجير خط الأنابيب.", "ASSAULT")
    assert not asserted("أعلنت الجماعة مسؤوليتها عن الهجوم على مركز الشرطة.", "ASSAULT")


def test_accusation_reaches_into_its_complement_clause() -> None:
    assert not asserted("اتهم المتحدث الجيش بأنه قصف مخيما للنازحين.", "ASSAULT")


def test_planned_attack_is_no_report() -> None:
    assert not asserted("تعتزم القوات قصف مواقع المسلحين الأسبوع المقبل.", "ASSAULT")


def test_attack_noun_needs_its_toll_or_a_verb_saying_it_happened() -> None:
    assert asserted("مقتل خمسة أشخاص في انفجار سيارة مفخخة وسط الموصل.", "ASSAULT")
    assert asserted("نجا المحافظ من محاولة اغتيال في طريقه إلى مكتبه.", "ASSAULT")
    assert asserted("غارة جوية أسفرت عن مقتل قائد ميداني شرق المدينة.", "ASSAULT")
    assert not asserted("كتب الصحافي مقالا طويلا عن اغتيال الزعيم.", "ASSAULT")


def test_protest_noun_needs_a_crowd_or_a_verb_saying_it_happened() -> None:
    assert asserted("خرج طلاب الجامعة في مظاهرة حاشدة أمام الوزارة.", "PROTEST")
    assert not asserted("تحدث الكاتب عن مظاهرة في الساحة.", "PROTEST")


def test_verb_with_a_resumptive_pronoun_describes_the_noun_before_it() -> None:
    assert not asserted("وصل المحققون إلى مقهى قتل فيه ثلاثة رجال.", "ASSAULT")


def test_new_shooting_phrases_are_attacks() -> None:
    assert asserted("فتحت قوة مسلحة النار على حافلة للركاب قرب الحدود أمس.", "ASSAULT")


def test_announced_resolve_to_protest_is_future_and_no_report() -> None:
    text = "أعلن آلاف العمال عزمهم تنفيذ اعتصام أمام الوزارة."
    assert modality(text, "PROTEST").future and not asserted(text, "PROTEST")


def test_owned_stance_inside_another_noun_is_not_reported() -> None:
    assert not modality("تخشى الدول المجاورة من زيادة دعمها للمتمردين.", "SUPPORT").asserted


def test_stated_stance_is_reported() -> None:
    assert modality("أكدت الحكومة دعمها الكامل للجيش.", "SUPPORT").asserted


def test_present_stance_in_a_relative_clause_is_not_reported() -> None:
    assert not modality("سنواجه الجماعات التي تدعمها طهران في المنطقة.", "SUPPORT").asserted
