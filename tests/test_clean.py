"""Boilerplate removal on scraped pages: the body survives, the page around it does not,
and every cleaned character maps back to the same character of the original."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.clean import clean
from kg.model import Article, CleanedArticle
from kg.read import read_paths

HEADLINE = "وزير الدفاع العراقي يبحث مع قائد القيادة المركزية الأمريكية انسحاب المستشارين"
BODY = [
    ("استقبل وزير الدفاع العراقي في مكتبه ببغداد اليوم الأحد قائد القيادة المركزية "
     "الأمريكية، وبحث الطرفان الجدول الزمني لانسحاب المستشارين العسكريين من القواعد."),
    ("وقال بيان للوزارة إن الوزير شدد على أن الحكومة ملتزمة بحماية البعثات الدبلوماسية، "
     "وأن القوات العراقية قادرة على حفظ الأمن في جميع المحافظات."),
    ("من جهته، أكد القائد الأمريكي أن بلاده تحترم سيادة العراق وتدعم جهود الحكومة في "
     "مكافحة الإرهاب."),
]
RELATED_HEADLINE = "الرئيس الإيراني يصل إلى بغداد في زيارة رسمية"
RELATED_BODY = ("وصل الرئيس الإيراني إلى مطار بغداد الدولي صباح اليوم في زيارة رسمية تستمر "
                "يومين يلتقي خلالها كبار المسؤولين العراقيين لبحث ملفات الطاقة والحدود.")
BOILERPLATE = [
    "الرئيسية", "سياسة", "اقتصاد", "الأحد 12 / مايو / 2024", "آخر الأخبار",
    "ارتفاع أسعار الذهب في الأسواق المحلية", "افتتاح معرض الكتاب في البصرة...",
    "اقرأ أيضاً: البرلمان يناقش قانون الموازنة الجديد", "شارك على فيسبوك",
    "مقالات ذات صلة", RELATED_HEADLINE, RELATED_BODY, "اترك تعليقك",
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "اشترك في النشرة الإخبارية", "جميع الحقوق محفوظة © 2024",
]
PAGE_LINES = [
    "الرئيسية", "  • سياسة", "  • اقتصاد", "الأحد 12 / مايو / 2024", "آخر الأخبار",
    "ارتفاع أسعار الذهب في الأسواق المحلية", "افتتاح معرض الكتاب في البصرة...", "",
    HEADLINE, "بغداد –", "", BODY[0], "", BODY[1], "",
    "اقرأ أيضاً: البرلمان يناقش قانون الموازنة الجديد", "", BODY[2], "", "شارك على فيسبوك",
    "مقالات ذات صلة", RELATED_HEADLINE, RELATED_BODY, "", "اترك تعليقك",
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "اشترك في النشرة الإخبارية", "جميع الحقوق محفوظة © 2024",
]


def _article(text: str) -> Article:
    return Article(id="t", text=text, source="test")


def assert_maps_back(cleaned: CleanedArticle) -> None:
    original = cleaned.article.text
    assert len(cleaned.offsets) == len(cleaned.text)
    assert all(original[o] == ch for o, ch in zip(cleaned.offsets, cleaned.text))
    assert all(a < b for a, b in zip(cleaned.offsets, cleaned.offsets[1:]))


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_page_keeps_headline_and_body_only(newline: str) -> None:
    cleaned = clean(_article(newline.join(PAGE_LINES)))
    for paragraph in [HEADLINE, *BODY]:
        assert paragraph in cleaned.text
    for line in BOILERPLATE:
        assert line not in cleaned.text, line
    assert cleaned.text.startswith(HEADLINE)
    assert_maps_back(cleaned)


def test_headline_span_and_to_original() -> None:
    text = "\n".join(PAGE_LINES)
    cleaned = clean(_article(text))
    assert cleaned.headline is not None
    assert cleaned.text[cleaned.headline.start:cleaned.headline.end] == HEADLINE
    start = cleaned.text.index(BODY[1])
    o_start, o_end = cleaned.to_original(start, start + len(BODY[1]))
    assert text[o_start:o_end] == BODY[1]


def test_repeated_headline_and_date_line_inside_body_are_dropped() -> None:
    text = "\n\n".join([HEADLINE, BODY[0], HEADLINE, "الأحد 12 مايو 2024 - 10:30 صباحاً", BODY[1]])
    cleaned = clean(_article(text))
    assert cleaned.text.count(HEADLINE) == 1
    assert "10:30" not in cleaned.text
    assert BODY[1] in cleaned.text


def test_list_of_links_inside_body_is_dropped_but_subheading_kept() -> None:
    links = ["تغطية خاصة لزيارة الرئيس", "الانتخابات البرلمانية بالأرقام",
             "ملف العلاقات مع طهران"]
    subheading = "موقف الحكومة"
    text = "\n".join([HEADLINE, BODY[0], *links, BODY[1], subheading, BODY[2]])
    cleaned = clean(_article(text))
    assert not any(link in cleaned.text for link in links)
    assert subheading in cleaned.text
    assert all(paragraph in cleaned.text for paragraph in BODY)


def test_clean_article_is_kept_whole() -> None:
    text = "\n".join([HEADLINE, *BODY])
    cleaned = clean(_article(text))
    assert cleaned.text == text
    assert cleaned.offsets == list(range(len(text)))


def test_only_boilerplate_gives_empty_text() -> None:
    menu = ["الرئيسية", "آخر الأخبار", RELATED_HEADLINE, "افتتاح معرض الكتاب في البصرة...",
            "اترك تعليقك", "جميع الحقوق محفوظة © 2024"]
    cleaned = clean(_article("\n".join(menu)))
    assert cleaned.text == ""
    assert cleaned.offsets == []
    assert cleaned.headline is None


def test_empty_text() -> None:
    assert clean(_article("")).text == ""


def test_body_continuing_after_a_short_sentence_without_stop() -> None:
    # A body with only a short final line still ends at its last line of running text.
    text = "\n".join([HEADLINE, BODY[0], "ليفانت - وكالات"])
    assert clean(_article(text)).text == "\n".join([HEADLINE, BODY[0]])


_ALPHABET = st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإةى0123456789.,،؟!…-–* \t"
                                 "\n\r\u2028\u00a0\u200f•«»\""))
_PIECES = st.one_of(st.text(_ALPHABET, max_size=40),
                    st.sampled_from(BOILERPLATE + BODY + [HEADLINE, "...", "\r\n", "\n\n"]),
                    st.text(max_size=20))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_clean_never_crashes_and_maps_back(pieces: list[str]) -> None:
    cleaned = clean(_article("".join(pieces)))
    assert_maps_back(cleaned)
    if cleaned.headline is not None:
        assert 0 <= cleaned.headline.start < cleaned.headline.end <= len(cleaned.text)


# --- the real scraped seeds -------------------------------------------------------------

def _seed_gold(shared: Path) -> dict[str, list[str]]:
    gold: dict[str, list[str]] = {}
    with (shared / "gold" / "seeds.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            gold[record["article"]] = [e["evidence"] for e in record["events"]]
    return gold


def _cleaned_seeds(shared: Path) -> dict[str, CleanedArticle]:
    articles = list(read_paths([shared / "seeds"]))
    assert all(isinstance(a, Article) for a in articles)
    return {Path(a.source).name: clean(a) for a in articles if isinstance(a, Article)}


def test_seed_gold_evidence_survives_cleaning(shared_dir: Path) -> None:
    cleaned = _cleaned_seeds(shared_dir)
    gold = _seed_gold(shared_dir)
    assert set(gold) <= set(cleaned)
    for name, evidence in gold.items():
        assert_maps_back(cleaned[name])
        for sentence in evidence:
            assert sentence in cleaned[name].text, (name, sentence)
        assert cleaned[name].headline is not None


def test_seed_related_and_comment_sections_are_removed(shared_dir: Path) -> None:
    cleaned = _cleaned_seeds(shared_dir)
    checked = 0
    for name, result in cleaned.items():
        lines = [line.strip() for line in result.article.text.splitlines()]
        # Whatever follows a related-articles or comments heading is not the article.
        cut = next((i for i, line in enumerate(lines)
                    if line in ("مقالات ذات صلة", "التعليقات")), None)
        if cut is None:
            continue
        after = [line for line in lines[cut:] if len(line.split()) >= 3]
        assert after, name
        assert not any(line in result.text for line in after), name
        checked += 1
        # Teasers cut off with an ellipsis belong to lists, never to the body.
        assert not any(line.endswith(("...", "…")) for line in result.text.splitlines())
    assert checked >= 2


def test_menu_and_ticker_lines_are_not_body_or_headline() -> None:
    from kg.clean import clean
    from kg.model import Article

    body = ("أعلنت وزارة الخارجية في بيان رسمي أن الوزير سيزور العاصمة الأسبوع المقبل "
            "لبحث ملفات التعاون الاقتصادي والأمني مع نظيره.")
    page = "\n".join([
        "الرئيسية | محليات | دولي | رياضة",
        "عاجل ◂ ارتفاع درجات الحرارة في الجنوب ◂ افتتاح معرض للكتاب ◂ فوز المنتخب",
        "",
        "وزير الخارجية يزور العاصمة الأسبوع المقبل",
        "",
        body,
    ])
    cleaned = clean(Article("a", page, "page.txt"))
    assert "الرئيسية" not in cleaned.text and "عاجل" not in cleaned.text
    assert cleaned.headline is not None
    assert cleaned.text[cleaned.headline.start:cleaned.headline.end] == \
        "وزير الخارجية يزور العاصمة الأسبوع المقبل"
    assert body in cleaned.text
