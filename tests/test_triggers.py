"""Trigger lexicon: word senses, verb/noun homographs and sourceless material events."""

from __future__ import annotations

from kg.analyse import Sentence, analyse
from kg.extract.triggers import Hit, find_hits
from kg.model import Article, CleanedArticle


def sentence(text: str) -> Sentence:
    article = Article(id="t", text=text, source="<test>")
    return analyse(CleanedArticle(article, text, list(range(len(text))))).sentences[0]


def hits(text: str) -> list[Hit]:
    return find_hits(sentence(text))


def types(text: str) -> set[str]:
    return {h.type for h in hits(text)}


def test_armed_attack_is_assault_and_sourceless_when_anchored() -> None:
    hit = next(h for h in hits("قتل ثلاثة جنود في هجوم بعبوة ناسفة قرب الحدود.")
               if h.type == "ASSAULT")
    assert hit.actorless


def test_verbal_attack_on_a_policy_is_accuse() -> None:
    found = types("هاجم رئيس الحزب سياسة الحكومة الاقتصادية في خطاب أمام أنصاره.")
    assert "ACCUSE" in found and "ASSAULT" not in found


def test_football_attack_is_no_event() -> None:
    assert "ASSAULT" not in types("شن الفريق هجوما قويا في الشوط الثاني من المباراة.")


def test_blow_to_the_economy_is_no_event() -> None:
    assert "ASSAULT" not in types("تلقى الاقتصاد ضربة قوية بعد تراجع أسعار النفط.")


def test_dawn_is_not_the_verb_to_blow_up() -> None:
    assert "ASSAULT" not in types("وصل الوفد إلى المطار فجر اليوم.")


def test_definite_attack_noun_needs_a_known_attacker() -> None:
    hit = next(h for h in hits("وأسفر الهجوم عن مقتل شرطيين.") if h.type == "ASSAULT")
    assert not hit.actorless


def test_street_protest_versus_diplomatic_protest() -> None:
    assert "PROTEST" in types("احتج آلاف الطلاب أمام مبنى البرلمان.")
    assert types("احتجت الوزارة على القرار.") == {"ACCUSE"}


def test_drone_and_march_senses_of_masira() -> None:
    assert "PROTEST" in types("نظم مئات العمال مسيرة في وسط المدينة.")
    assert "ASSAULT" in types("أسقطت الدفاعات طائرة مسيرة محملة بالمتفجرات.")


def test_leaving_needs_troops_to_be_a_retreat() -> None:
    assert "RETREAT" not in types("غادر الوزير العاصمة بعد جولة قصيرة.")
    assert "RETREAT" in types("غادرت القوات القاعدة الجوية.")


def test_military_support_is_aid() -> None:
    assert "AID" in types("قدمت الحكومة دعما عسكريا للجيش.")


def test_protesters_gathering_is_a_protest() -> None:
    assert "PROTEST" in types("تجمع مئات المتظاهرين أمام مبنى المحافظة وسط المدينة.")


def test_what_protesters_chant_is_no_new_protest() -> None:
    assert "PROTEST" not in types("ردد المتظاهرون شعارات ضد الحكومة.")


def test_verb_followed_by_yesterday_stays_a_verb() -> None:
    assert "PROTEST" in types("تظاهر أمس آلاف العمال أمام مقر النقابة.")


def test_dawn_today_is_no_explosion() -> None:
    assert "ASSAULT" not in types("وصل الوفد فجر اليوم إلى العاصمة.")


def test_lam_before_the_stem_is_a_purpose_masdar() -> None:
    found = [h for h in hits("أرسل الجيش تعزيزات لقصف مواقع المسلحين.") if h.type == "ASSAULT"]
    assert all(not h.verbal for h in found)


def test_figurative_objects_are_no_attack() -> None:
    assert "ASSAULT" not in types("ضرب الوزير مثالا بالمدارس التي بنيت في القرى.")
    assert "ASSAULT" not in types("فجر النائب قضية فساد في البرلمان.")


def test_crowd_taking_to_the_streets_is_a_protest() -> None:
    assert "PROTEST" in types("نزل آلاف الموظفين إلى الشوارع أمام مبنى البرلمان.")


def test_troops_massing_is_no_protest() -> None:
    assert "PROTEST" not in types("احتشدت قوات الجيش قرب الحدود الشمالية أمام المعبر.")


def test_a_film_season_is_no_protest() -> None:
    assert "PROTEST" not in types("افتتحت في العاصمة تظاهرة سينمائية تعرض فيها أفلام المهرجان.")


def test_leaving_a_treaty_is_reject_not_retreat() -> None:
    found = types("أعلنت واشنطن انسحابها من الاتفاق التجاري مع بكين.")
    assert "REJECT" in found and "RETREAT" not in found


def test_describing_someone_as_a_terrorist_is_accuse() -> None:
    assert "ACCUSE" in types("وصف الوزير زعيم الجماعة بأنه إرهابي خطير.")


def test_a_neutral_description_is_no_accusation() -> None:
    assert "ACCUSE" not in types("وصف الوزير المحادثات بأنها مثمرة وصريحة.")


def test_verbal_attack_for_a_stance_is_accuse() -> None:
    found = types("هاجم النائب رئيس الحكومة لمعارضته قانون الانتخابات.")
    assert "ACCUSE" in found and "ASSAULT" not in found


def test_blacklisting_is_sanction() -> None:
    assert "SANCTION" in types("أدرجت الخزانة الأمريكية شركة نفط على القائمة السوداء.")


def test_extending_a_campaign_is_mobilize() -> None:
    assert "MOBILIZE" in types("قررت الحكومة تمديد حملتها العسكرية في الشمال.") | types(
        "مددت فرنسا حملتها الجوية في المنطقة ستة أشهر.")


def test_a_tour_of_a_region_is_consult() -> None:
    assert "CONSULT" in types("أجرى المبعوث الأممي جولة في دول الخليج.")


def test_a_press_interview_is_no_talks() -> None:
    assert "CONSULT" not in types("قال الوزير في حوار تلفزيوني إن الوضع مستقر.")


def test_qama_bi_masdar_makes_the_noun_the_attack() -> None:
    hit = next(h for h in hits("قامت الميليشيات بضرب معسكرات الجيش ليلا.")
               if h.type == "ASSAULT")
    assert hit.verbal


def test_qama_bi_figurative_strike_is_no_attack() -> None:
    assert "ASSAULT" not in types("قام المدرب بضرب مثال في الانضباط.")


def test_masdar_after_a_word_of_cause_is_a_noun() -> None:
    hit = next(h for h in hits("تعرضت الدولة لعزلة بسبب دعمها للمتمردين.")
               if h.type == "SUPPORT")
    assert not hit.verbal


def test_owned_masdar_before_its_la_complement_is_a_noun() -> None:
    hit = next(h for h in hits("أثار دعمها للمتمردين غضب الجيران.") if h.type == "SUPPORT")
    assert not hit.verbal


def test_degree_after_comparative_is_a_noun() -> None:
    hit = next(h for h in hits("يأمل الوسطاء أن يصبح الطرفان أكثر تعاونا.")
               if h.type == "COOPERATE")
    assert not hit.verbal


def test_bearing_responsibility_is_no_accusation() -> None:
    assert "ACCUSE" not in types("دعا الوزير الحكومة إلى تحمل مسؤولية حماية الحدود.")


def test_laying_responsibility_on_someone_is_accuse() -> None:
    assert "ACCUSE" in types("حمل الرئيس الجماعات المسلحة مسؤولية تدهور الأمن.")


def test_citing_a_report_is_no_killing() -> None:
    assert "ASSAULT" not in types("استشهد النائب بتقرير أممي عن أوضاع السجون.")


def test_a_soldier_killed_is_assault() -> None:
    assert "ASSAULT" in types("استشهد جنديان في قصف على موقع حدودي.")


def test_a_reconnaissance_drone_found_is_no_strike() -> None:
    assert "ASSAULT" not in types("عثرت الشرطة على طائرة استطلاع مسيرة في الصحراء.")


def test_sparking_a_crisis_is_no_bombing() -> None:
    assert "ASSAULT" not in types("فجرت تصريحات الوزير أزمة سياسية في البرلمان.")


def test_is_considered_is_no_promise() -> None:
    assert "AGREE" not in types("ويعد الاقتصاد العراقي من أكثر الاقتصادات اعتمادا على النفط.")


def test_preparing_a_plan_is_no_promise() -> None:
    assert "AGREE" not in types("قال الوزير إننا نعد خطة جديدة مع الشركاء.")


def test_a_past_promise_is_agree() -> None:
    assert "AGREE" in types("وعدت الحكومة العراقية بتقديم المساعدة للنازحين.")
