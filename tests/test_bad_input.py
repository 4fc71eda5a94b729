"""Bad inputs become ArticleFailure records with an actionable reason; the run goes on."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.clean import clean
from kg.cli import cli
from kg.model import Article, ArticleFailure
from kg.read import MAX_ARTICLE_BYTES, read_paths

TEXT = ("أعلنت وزارة الخارجية العراقية اليوم أن الوزير سيزور طهران الأسبوع المقبل "
        "لبحث ملف المياه والتجارة الحدودية مع المسؤولين الإيرانيين.")


def _one(path: Path) -> Article | ArticleFailure:
    [item] = read_paths([path])
    return item


def _failure(path: Path) -> ArticleFailure:
    item = _one(path)
    assert isinstance(item, ArticleFailure), item
    assert item.source == str(path)
    return item


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    assert _failure(path).reason == "binary file, not an article"


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \r\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert _failure(path).reason == "empty file"


def test_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Le ministre a visité Bagdad et Téhéran cette semaine.".encode("latin-1")
                     + b"\xff\xfe")
    reason = _failure(path).reason
    assert "not valid UTF-8" in reason and "re-save the file as UTF-8" in reason


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "cp1256"])
def test_other_arabic_encodings_are_detected(tmp_path: Path, codec: str) -> None:
    path = tmp_path / f"{codec}.txt"
    path.write_bytes(TEXT.encode(codec))
    article = _one(path)
    assert isinstance(article, Article)
    assert article.text == TEXT


def test_50mb_text_file_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    chunk = (TEXT + "\n").encode() * 4096
    with path.open("wb") as fh:
        for _ in range(50 * 2**20 // len(chunk) + 1):
            fh.write(chunk)
    reason = _failure(path).reason
    assert reason.startswith("article too large (50.") and "split it" in reason


def test_file_just_under_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    line = (TEXT + "\n").encode()
    path.write_bytes(line * ((MAX_ARTICLE_BYTES - 1) // len(line)))
    article = _one(path)
    assert isinstance(article, Article)
    assert len(article.text) > 500_000


def test_oversized_jsonl_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    big = json.dumps({"id": "big", "text": "ب" * MAX_ARTICLE_BYTES})
    path.write_text(big + "\n" + json.dumps({"id": "ok", "text": TEXT}) + "\n",
                    encoding="utf-8")
    failure, article = read_paths([path])
    assert isinstance(failure, ArticleFailure) and failure.line == 1
    assert "too large" in failure.reason
    assert isinstance(article, Article) and article.id == "ok"


def test_html_with_only_scripts_and_styles(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><head><style>p{color:red}</style></head><body>"
                    "<script>var x = 'نص';</script></body></html>", encoding="utf-8")
    assert _failure(path).reason == "no text in the HTML page"


def test_jsonl_bad_lines_fail_alone(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": 42}),
        json.dumps({"id": "d", "text": TEXT, "published": "last week"}),
        json.dumps({"id": ["e"], "text": TEXT}),
        json.dumps({"id": "a", "text": TEXT + " مع إضافة"}, ensure_ascii=False),
        "[1, 2]",
        "",
        json.dumps({"id": "f", "text": TEXT, "published": "2024-02-03"}, ensure_ascii=False),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_paths([path]))
    got = [(i.line, i.reason) if isinstance(i, ArticleFailure) else i.id for i in items]
    assert got[0] == "a" and got[-1] == "f"
    failures = dict(g for g in got if isinstance(g, tuple))
    assert failures[2].startswith("malformed JSON")
    assert failures[3] == "missing 'text' (or 'html')"
    assert failures[4] == "'text' must be a string, not int"
    assert failures[5].startswith("bad 'published' value 'last week'")
    assert failures[6] == "'id' must be a string or integer, not list"
    assert failures[7] == "duplicate id a with different text"
    assert failures[8] == "expected a JSON object, got list"
    assert len(items) == 9  # the blank line is skipped, every other line accounted for
    assert all(i.source == str(path) for i in items if isinstance(i, ArticleFailure))


def test_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "x", "text": "\xff\xfe"}\n'
                     + json.dumps({"id": "y", "text": TEXT}).encode() + b"\n")
    failure, article = read_paths([path])
    assert isinstance(failure, ArticleFailure) and "not valid UTF-8" in failure.reason
    assert isinstance(article, Article) and article.id == "y"


def test_nonexistent_path_and_the_run_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    missing, article = read_paths([tmp_path / "missing.txt", good])
    assert isinstance(missing, ArticleFailure)
    assert missing.reason == "no such file or directory"
    assert isinstance(article, Article)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        assert "permission denied" in _failure(path).reason
    finally:
        path.chmod(0o644)


def test_unreadable_path_inside_a_file(tmp_path: Path) -> None:
    # Works as root too: a path that goes *through* a regular file cannot be opened.
    plain = tmp_path / "plain.txt"
    plain.write_text(TEXT, encoding="utf-8")
    item = _one(plain / "child.txt")
    assert isinstance(item, ArticleFailure)
    assert item.reason == "no such file or directory"


def test_only_boilerplate_page_reads_but_cleans_to_nothing(tmp_path: Path) -> None:
    path = tmp_path / "menu.txt"
    menu = ["الرئيسية", "آخر الأخبار", "الأكثر قراءة", "ارتفاع أسعار النفط في الأسواق العالمية",
            "جميع الحقوق محفوظة © 2024"]
    path.write_text("\n".join(menu), encoding="utf-8")
    article = _one(path)
    assert isinstance(article, Article)
    assert clean(article).text == ""


def test_non_arabic_article_is_read_and_cleaned(tmp_path: Path) -> None:
    text = ("The Iraqi foreign minister met his Iranian counterpart in Baghdad on Sunday "
            "to discuss water sharing and border trade between the two countries.")
    path = tmp_path / "english.txt"
    path.write_text(text, encoding="utf-8")
    article = _one(path)
    assert isinstance(article, Article)
    assert clean(article).text == text


# --- the same inputs through `kg extract` (no store needed) -----------------------------

def _extract(args: list[str], stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, ["extract", "--workers", "1", *args], input=stdin)


def test_cli_lists_each_bad_input_and_exits_3(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\x00\x00\x00\rIHDR" * 10)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "j1", "text": TEXT}, ensure_ascii=False) + "\n{broken\n",
        encoding="utf-8")
    result = _extract([str(tmp_path), str(tmp_path / "missing.txt")])
    assert result.exit_code == 3, result.output
    err = result.stderr
    assert f"failed: {tmp_path / 'photo.txt'}: binary file, not an article" in err
    assert f"failed: {tmp_path / 'empty.txt'}: empty file" in err
    assert f"failed: {tmp_path / 'feed.jsonl'}:2: malformed JSON" in err
    assert f"failed: {tmp_path / 'missing.txt'}: no such file or directory" in err
    assert "Read 2 articles (4 failed)" in err
    assert "Traceback" not in result.output


def test_cli_reads_jsonl_from_stdin(tmp_path: Path) -> None:
    feed = "\n".join([json.dumps({"id": "s1", "text": TEXT}, ensure_ascii=False),
                      json.dumps({"id": "s2", "text": None})])
    result = _extract(["-"], stdin=feed + "\n")
    assert result.exit_code == 3
    assert "failed: <stdin>:2: missing 'text' (or 'html')" in result.stderr
    assert "Read 1 articles (1 failed)" in result.stderr


def test_cli_good_inputs_exit_0(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(TEXT.encode("cp1256"))
    result = _extract([str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert "Read 2 articles (0 failed)" in result.stderr


def test_cli_reports_page_with_no_article_text(tmp_path: Path) -> None:
    path = tmp_path / "menu.txt"
    menu = ["الرئيسية", "آخر الأخبار", "جميع الحقوق محفوظة"]
    path.write_text("\n".join(menu), encoding="utf-8")
    result = _extract([str(path)])
    assert f"{path}: no article text after cleaning" in result.stderr
