"""Place, date and topic of an event, read from the trigger's own clause: short Arabic
sentences written for these tests, one construction a case, through the real analyser."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.analyse import Document, Sentence, analyse
from kg.extract.attributes import clause, date_of, place, topic
from kg.extract.triggers import Hit, find_hits
from kg.model import Article, CleanedArticle

# A Tuesday.
PUBLISHED = dt.date(2024, 3, 12)


def document(text: str) -> Document:
    article = Article(id="t", text=text, source="test", published=PUBLISHED)
    return analyse(CleanedArticle(article, text, list(range(len(text)))))


def hit_of(sentence: Sentence, word: str) -> Hit:
    hits = [h for h in find_hits(sentence) if sentence.tokens[h.start].text == word]
    assert hits, [sentence.tokens[h.start].text for h in find_hits(sentence)]
    return hits[0]


def attributes(text: str, word: str, index: int = 0) -> tuple[str | None, str | None, str | None]:
    """(place id, date, topic) of the event whose trigger is ``word`` in sentence ``index``."""
    doc = document(text)
    sentence = doc.sentences[index]
    hit = hit_of(sentence, word)
    where = place(doc, sentence, hit)
    return (where.entity_id if where else None, date_of(doc, sentence, hit)[0],
            topic(sentence, hit))


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a locative phrase of the clause
    ("التقى وزير الخارجية العراقي نظيره الإيراني في طهران.", "التقى", "tehran"),
    # the most specific of places named together: the base, not its province
    ("قصفت طائرات مسيرة قاعدة عين الأسد في محافظة الأنبار.", "قصفت", "ain-al-asad"),
    # a capital as the object of a verb stands for its government, not a place
    ("اتهم المحتجون طهران بالتدخل في شؤون البلاد.", "اتهم", None),
    # a place inside a title names a post, not where the event happened
    ("انتقد السفير الأمريكي في بغداد تصريحات الحكومة الإيرانية.", "انتقد", None),
    # a place word inside an actor's name or title
    ("هاجم قائد فيلق القدس الولايات المتحدة في خطاب متلفز.", "هاجم", None),
    ("أعلنت حكومة إقليم كردستان رفضها القرار.", "رفضها", None),
    # ... but a meeting with an official posted somewhere takes place there
    ("بحث وزير الخارجية العراقي مع السفير الأمريكي في بغداد الملف الأمني.", "بحث", "baghdad"),
    # a country named without a locative word is an actor
    ("هاجمت إيران الولايات المتحدة في بيانها.", "هاجمت", None),
    # a place of another clause belongs to another event
    ("دعا الرئيس الأمريكي إلى الحوار، وفي بغداد تظاهر الآلاف.", "دعا", None),
    # cities of one country listed together: the country
    ("شن التحالف غارات على الموصل والفلوجة والرمادي.", "غارات", "IRQ"),
    # an area noun with a nationality adjective names the country
    ("شنت القوات غارات على مواقع في المدن السورية.", "غارات", "SYR"),
    # the destination of a visit
    ("زار وزير الدفاع البريطاني بغداد الأسبوع الماضي.", "زار", "baghdad"),
    ("التقى رئيس الوزراء العراقي الرئيس الأمريكي خلال زيارته للولايات المتحدة.", "التقى", "USA"),
    # إلى is a destination only after a word of travel
    ("دعا الحكيم إلى حوار بين السعودية وإيران.", "دعا", None),
    # a dateline opens the report: where it was filed
    ("بغداد، دعا رئيس الوزراء العراقي إلى التهدئة.", "دعا", None),
    # a withdrawal from a country happens there
    ("انسحبت القوات الأمريكية من العراق نهاية 2011.", "انسحبت", "IRQ"),
])
def test_place(text: str, word: str, expected: str | None) -> None:
    assert attributes(text, word)[0] == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a weekday of the clause, read against publication
    ("التقى وزير الخارجية العراقي نظيره الإيراني الأحد في طهران.", "التقى", "2024-03-10"),
    # a fronted date before a comma belongs to the verb after it, not to the next clause
    ("في عام 2005، زار الرئيس الإيراني بغداد، وفي عام 2009 زارها مجددا.", "زار", "2005"),
    # several fronted adverbials before one verb
    ("في آذار 2019، وخلال زيارة رسمية، وقع البلدان اتفاقا.", "وقع", "2019-03"),
    # a date in a relative clause about another noun is not the event's
    ("أدانت إيران الهجوم على القاعدة التي أنشئت عام 2003.", "أدانت", None),
    # a date set off by commas is the time of the whole report
    ("أعلن المتحدث باسم الحكومة العراقية، الاثنين، رفض أي هجوم على البعثات.", "رفض", "2024-03-11"),
    # a span counted back from publication
    ("انسحبت القوات الأمريكية من القاعدة قبل ثلاثة أيام.", "انسحبت", "2024-03-09"),
    ("اجتمع الوزيران الأسبوع الماضي في الدوحة.", "اجتمع", "2024-03"),
    # the date a promised thing is due by is not the date of the promise
    ("اتفق البلدان على انسحاب القوات بحلول نهاية 2026.", "اتفق", None),
    # no date in the clause: none
    ("رحبت الحكومة العراقية بالاتفاق.", "رحبت", None),
])
def test_date(text: str, word: str, expected: str | None) -> None:
    assert attributes(text, word)[1] == expected


def test_statement_continues_the_scene_of_the_sentence_before() -> None:
    text = ("التقى وزير الخارجية الأمريكي نظيره العراقي الخميس في بغداد. "
            "وطالب الوزير إيران بوقف دعم الفصائل.")
    where, when, _ = attributes(text, "دعم", index=1)
    assert (where, when) == ("baghdad", "2024-03-07")


def test_a_new_speaker_does_not_inherit_the_scene() -> None:
    text = ("التقى وزير الخارجية الأمريكي نظيره العراقي الخميس في بغداد. "
            "وأدانت الحكومة الأردنية الهجوم على السفارة.")
    assert attributes(text, "وأدانت", index=1)[:2] == (None, None)


def test_a_new_event_does_not_inherit_the_scene() -> None:
    text = ("التقى وزير الخارجية الأمريكي نظيره العراقي الخميس في بغداد. "
            "قصفت طائرات مسيرة قاعدة حرير.")
    assert attributes(text, "قصفت", index=1)[:2] == ("harir", None)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("طالب البرلمان العراقي بانسحاب القوات الأجنبية من البلاد.", "طالب", "withdrawal"),
    ("دعت إيران إلى خفض التصعيد في المنطقة.", "دعت", "de-escalation"),
    ("رفضت إيران وقف تخصيب اليورانيوم.", "رفضت", "nuclear-talks"),
    ("أدان العراق انتهاك سيادة أراضيه.", "أدان", "sovereignty"),
    ("رحبت الحكومة بقرار الهدنة.", "رحبت", "ceasefire"),
])
def test_topic(text: str, word: str, expected: str) -> None:
    assert attributes(text, word)[2] == expected


def test_clause_stops_at_a_relative_pronoun_after_other_words() -> None:
    doc = document("أدانت الحكومة الهجوم الذي وقع في الموصل.")
    sentence = doc.sentences[0]
    hit = hit_of(sentence, "أدانت")
    lo, hi = clause(sentence.tokens, hit.start, hit.end)
    assert "الذي" not in [t.text for t in sentence.tokens[lo:hi]]
