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
