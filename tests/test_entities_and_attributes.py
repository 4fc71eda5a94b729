"""Actors named by titles and apposition, generic groups, and the time and place an event
takes from the article around it: short Arabic sentences written for these tests, one
construction a case, through the real analyser."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.analyse import Document, Sentence, analyse
from kg.extract.attributes import date_of, place
from kg.extract.triggers import Hit, find_hits
from kg.model import Article, CleanedArticle

# A Tuesday.
PUBLISHED = dt.date(2024, 3, 12)


def document(text: str, headline: bool = False) -> Document:
    article = Article(id="t", text=text, source="test", published=PUBLISHED)
    doc = analyse(CleanedArticle(article, text, list(range(len(text)))))
    if not headline:
        for sentence in doc.sentences:
            sentence.headline = False
    return doc


def actors(text: str, index: int = 0) -> list[tuple[str, str]]:
    """(entity id, via) of the actor mentions of sentence ``index``."""
    doc = document(text)
    return [(m.entity_id, m.via) for m in doc.sentences[index].actors]


def hit_of(sentence: Sentence, word: str) -> Hit:
    hits = [h for h in find_hits(sentence) if sentence.tokens[h.start].text == word]
    assert hits, [sentence.tokens[h.start].text for h in find_hits(sentence)]
    return hits[0]


def when_and_where(doc: Document, word: str, index: int) -> tuple[str | None, str | None]:
    sentence = doc.sentences[index]
    hit = hit_of(sentence, word)
    where = place(doc, sentence, hit)
    return date_of(doc, sentence, hit)[0], where.entity_id if where else None


# ---------------------------------------------------------------- titles and names

def test_long_title_complement_set_off_by_commas_names_an_unknown_person() -> None:
    doc = document("أكد قائد الفرقة المدرعة التاسعة في محافظة نينوى، سالم حمدان العبيدي، "
                   "استمرار العمليات.")
    person = next(m for m in doc.sentences[0].actors if m.via == "title")
    assert person.entity_id.startswith("person-")
    assert doc.actors[person.entity_id].country == "IRQ"  # from the province in the title
    assert doc.actors[person.entity_id].name_ar == "سالم حمدان العبيدي"


def test_title_complement_with_a_body_reaches_a_known_name() -> None:
    found = actors("قال رئيس أركان قوات البشمركة، جمال أمينكي، إن القوات جاهزة.")
    assert ("jamal-aminki", "title") in found


def test_no_apposition_when_a_clause_follows_the_comma() -> None:
    # "إن" after the comma opens the statement: no name, so no invented person
    found = actors("قال قائد الشرطة في محافظة البصرة، إن الوضع مستقر.")
    assert not any(entity.startswith("person-") for entity, _ in found)


def test_envoy_sent_to_a_body_keeps_his_title_chain() -> None:
    found = actors("وصل المبعوث الأمريكي إلى التحالف الدولي بريت ماكغورك إلى أربيل.")
    assert found[0] == ("brett-mcgurk", "title")


def test_bare_definite_minister_with_nationality_is_the_minister_named_before() -> None:
    doc = document("التقى وزير الخارجية الكندي جون بيرد نظيره العراقي. "
                   "وانتقد الوزير الكندي الهجمات على المدنيين.")
    assert ("john-baird", "title") in [(m.entity_id, m.via) for m in doc.sentences[1].actors]


def test_state_name_after_a_definite_title_is_an_object_not_a_genitive() -> None:
    found = actors("طالب الوزير إيران بوقف دعم الفصائل.")
    assert ("IRN", "name") in found


# ---------------------------------------------------------------- generic groups

def test_bare_protesters_take_the_country_of_the_place() -> None:
    found = actors("خرج المتظاهرون في شوارع طهران.")
    assert found[0][0] == "iranian-protesters"


def test_construct_form_of_protesters_takes_the_city_that_follows() -> None:
    found = actors("أغلق محتجو الناصرية الطريق العام.")
    assert found[0][0] == "iraqi-protesters"


# ---------------------------------------------------------------- time and place

def test_at_that_time_takes_the_date_and_place_of_the_sentence_before() -> None:
    doc = document("في أكتوبر 2019، وخلال مؤتمر ميونخ للأمن، جرى نقاش بين الوفود. "
                   "وانتقد وزير الخارجية الألماني آنذاك الهجمات الإيرانية.")
    assert when_and_where(doc, "وانتقد", 1) == ("2019-10", "munich")


def test_headline_takes_the_day_of_the_lead() -> None:
    doc = document("إيران تدين الغارات الأمريكية\nأدانت إيران الأحد الغارات الأمريكية على "
                   "سوريا.", headline=True)
    assert doc.sentences[0].headline
    assert when_and_where(doc, "تدين", 0)[0] == "2024-03-10"


def test_headline_does_not_take_a_background_year_of_the_lead() -> None:
    doc = document("إيران تدين الغارات الأمريكية\nفي عام 2019 أدانت إيران الغارات "
                   "الأمريكية.", headline=True)
    assert when_and_where(doc, "تدين", 0)[0] is None


def test_later_statement_of_the_lead_speaker_is_dated_on_the_news_day() -> None:
    doc = document("أعلن مقتدى الصدر الاثنين تشكيل تحالف جديد. "
                   "ويضم التحالف عدة قوائم انتخابية. "
                   "وطالب الصدر الحكومة بتنفيذ الإصلاحات.")
    assert when_and_where(doc, "وطالب", 2)[0] == "2024-03-11"


def test_bare_province_noun_refers_to_the_province_the_article_is_about() -> None:
    doc = document("تظاهر المئات في البصرة. وتظاهر آخرون في البصرة والناصرية. "
                   "واعتصم المحتجون أمام مبنى المحافظة.")
    assert when_and_where(doc, "واعتصم", 2)[1] == "basra"


def test_city_after_a_meeting_noun_is_where_it_is_held() -> None:
    doc = document("اتفق المشاركون في مؤتمر بغداد على دعم العراق.")
    assert when_and_where(doc, "اتفق", 0)[1] == "baghdad"


def test_a_quoted_sentence_carries_the_scene_of_the_statement_it_continues() -> None:
    doc = document("قال وزير الخارجية العراقي خلال مؤتمر صحفي في طهران يوم الأحد إن "
                   "المحادثات كانت مثمرة. "
                   "\"ونحن ملتزمون بالحوار\". "
                   "وطالب الوزير بوقف الهجمات على البعثات الدبلوماسية.")
    assert when_and_where(doc, "وطالب", 2) == ("2024-03-10", "tehran")


def test_a_date_after_a_title_and_its_post_is_no_name() -> None:
    doc = document("قال السفير الإيراني في بغداد يوم الأحد إن العلاقات متينة.")
    assert [m.entity_id for m in doc.sentences[0].actors] == ["IRN"]


def test_lead_speaker_named_before_his_verb_after_a_connective() -> None:
    doc = document("قال وزير الدفاع البريطاني مايكل فالون الثلاثاء إن المهمة ستستمر. "
                   "وتشارك الطائرات في الضربات منذ عام. "
                   "لكن فالون صرح أثناء زيارة إلى بغداد بأن بلاده تدعم العراق.")
    assert when_and_where(doc, "زيارة", 2) == ("2024-03-12", "baghdad")


def test_singular_protester_after_a_number_is_the_protest_group() -> None:
    found = actors("تجمع نحو ألفي متظاهر في ساحة التحرير ببغداد.")
    assert found[0][0] == "iraqi-protesters"


@pytest.mark.parametrize(("text", "expected"), [
    ("قال المتحدث باسم قيادة العمليات المشتركة تحسين الخفاجي إن القوات تقدمت.",
     "tahsin-al-khafaji"),
    ("أكد براين هوك أن العقوبات ستستمر.", "brian-hook"),
    ("انتقد عباس موسوي التصريحات الأمريكية.", "abbas-mousavi"),
    ("أعلن تحالف البناء رفضه للقرار.", "binaa-alliance"),
])
def test_people_and_alliances_of_the_gazetteer(text: str, expected: str) -> None:
    assert expected in [entity for entity, _ in actors(text)]


def test_surname_alone_refers_to_the_person_named_in_full_before() -> None:
    doc = document("وصل وزير الخارجية الكندي جون بيرد إلى بغداد. وقال بيرد إن بلاده تدعم العراق.")
    assert "john-baird" in [m.entity_id for m in doc.sentences[1].actors]


def test_surname_that_is_a_common_word_is_no_one_before_the_full_name() -> None:
    # العسكري ("military") is also a surname in the gazetteer
    found = actors("قال القائد العسكري للفصيل إن الهجوم فشل.")
    assert not any(doc_id == "abu-ali-al-askari" for doc_id, _ in found)


def test_the_news_day_may_come_in_the_second_sentence_of_the_lead() -> None:
    doc = document("اتفق زعيما أكبر كتلتين في البرلمان العراقي على تشكيل الحكومة. "
                   "وأعلن مقتدى الصدر وهادي العامري مساء الأحد تحالفهما. "
                   "وقال الصدر في مؤتمر صحفي إن الاتفاق يشمل جميع القوى.")
    assert when_and_where(doc, "الاتفاق", 2)[0] == "2024-03-10"


def test_a_relative_clause_after_a_city_happens_in_that_city() -> None:
    doc = document("تصاعد الغضب الشعبي في الجنوب، ولا سيما الناصرية التي شهدت احتجاجات واسعة.")
    assert when_and_where(doc, "شهدت", 0)[1] == "nasiriyah"


def test_the_speaker_of_two_sentences_before_still_continues_his_statement() -> None:
    doc = document("انتقد وزير الخارجية الإيراني عباس عراقجي في جنيف يوم الأحد العقوبات. "
                   "\"إنها غير قانونية\". "
                   "وطالب عراقجي الدول الأوروبية بالوفاء بالتزاماتها.")
    assert when_and_where(doc, "وطالب", 2) == ("2024-03-10", "geneva")
