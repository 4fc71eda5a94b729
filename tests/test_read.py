"""Reading articles from text, HTML, JSON Lines, directories and stdin."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

from kg.model import Article, ArticleFailure
from kg.read import article_id, read_paths

TEXT = ("التقى رئيس الوزراء العراقي في بغداد اليوم وفداً من وزارة الخارجية الإيرانية، "
        "وبحث الجانبان ملف المياه المشتركة وتنظيم حركة الزوار عبر المنافذ الحدودية.")


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_txt_file_gets_stable_id_and_date(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", TEXT)
    [article] = read_paths([path], published=dt.date(2024, 3, 1))
    assert isinstance(article, Article)
    assert article.text == TEXT
    assert article.id == article_id(TEXT)
    assert article.source == str(path)
    assert article.format == "txt"
    assert article.published == dt.date(2024, 3, 1)


def test_article_id_ignores_diacritics_tatweel_and_spacing() -> None:
    plain = "أعلنت الحكومة العراقية موقفها"
    marked = "أعْلَنَت   الحكـــومة\nالعراقية موقفها "
    assert article_id(plain) == article_id(marked)
    assert article_id(plain) != article_id("أعلنت الحكومة الإيرانية موقفها")
    assert article_id(plain).startswith("a-") and len(article_id(plain)) == 18


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "b.txt", TEXT + " ب")
    _write(tmp_path / "a.txt", TEXT + " أ")
    _write(tmp_path / "sub" / "c.txt", TEXT + " ج")
    _write(tmp_path / "notes.md", "ليس مقالاً")
    _write(tmp_path / ".hidden.txt", TEXT + " مخفي")
    items = list(read_paths([tmp_path]))
    assert [Path(i.source).name for i in items] == ["a.txt", "b.txt", "c.txt"]
    assert all(isinstance(i, Article) for i in items)


def test_named_file_with_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    [article] = read_paths([_write(tmp_path / "story.dat", TEXT)])
    assert isinstance(article, Article) and article.text == TEXT


def test_crlf_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("العنوان\r\n\r\nالنص الأول للمقالة هنا.\r\n".encode())
    [article] = read_paths([path])
    assert isinstance(article, Article)
    assert article.text == "العنوان\n\nالنص الأول للمقالة هنا.\n"


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    [article] = read_paths([path])
    assert isinstance(article, Article) and article.text == TEXT


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    html = f"""<html><head><title>زيارة رسمية</title>
<meta property="article:published_time" content="2024-02-03T10:00:00">
<style>.x {{ color: red }}</style><script>var secret = "نص برمجي مخفي";</script></head>
<body><nav><a href="/">الرئيسية</a> <a href="/w">العالم</a></nav>
<article><h1>رئيس الوزراء يستقبل وفداً إيرانياً</h1><p>{TEXT}</p>
<p>وأكد البيان أن اللقاء تناول أيضاً التطورات الإقليمية وضرورة خفض التصعيد.</p></article>
</body></html>"""
    [article] = read_paths([_write(tmp_path / "page.html", html)])
    assert isinstance(article, Article)
    assert article.format == "html"
    assert TEXT in article.text
    assert "نص برمجي مخفي" not in article.text and "color" not in article.text
    assert article.title
    assert article.published == dt.date(2024, 2, 3)
    assert article.id == article_id(article.text)


def test_jsonl_fields(tmp_path: Path) -> None:
    rows = [{"id": 7, "text": TEXT, "url": "https://example.org/a", "title": "عنوان",
             "published": "2024-01-28T09:30:00+03:00", "outlet": "صحيفة"},
            {"text": TEXT + " ثانية"}]
    path = _write(tmp_path / "in.jsonl", "\n".join(json.dumps(r, ensure_ascii=False)
                                                   for r in rows))
    first, second = read_paths([path], published=dt.date(2020, 1, 1))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.id, first.url, first.title, first.outlet) == (
        "7", "https://example.org/a", "عنوان", "صحيفة")
    assert first.published == dt.date(2024, 1, 28)
    assert first.format == "jsonl" and first.source == f"{path}:1"
    assert second.id == article_id(second.text)
    assert second.published == dt.date(2020, 1, 1)


def test_jsonl_html_record_is_extracted(tmp_path: Path) -> None:
    html = f"<html><body><script>x=1</script><p>{TEXT}</p></body></html>"
    path = _write(tmp_path / "in.jsonl", json.dumps({"id": "h1", "html": html}))
    [article] = read_paths([path])
    assert isinstance(article, Article)
    assert TEXT in article.text and "x=1" not in article.text


def test_stdin_dash_reads_jsonl() -> None:
    stdin = io.StringIO(json.dumps({"id": "s1", "text": TEXT}, ensure_ascii=False) + "\n"
                        + "not json\n")
    article, failure = read_paths(["-"], stdin=stdin)
    assert isinstance(article, Article) and article.id == "s1"
    assert isinstance(failure, ArticleFailure)
    assert failure.source == "<stdin>" and failure.line == 2


def test_same_id_same_text_is_yielded_again(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", TEXT)
    items = list(read_paths([a, a]))
    assert [type(i) for i in items] == [Article, Article]
    assert items[0].id == items[1].id
