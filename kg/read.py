"""Read stage: files, directories and JSON Lines (or stdin) into :class:`Article` records.

Inputs are streamed one article at a time.  A bad input never stops the run: it becomes an
:class:`ArticleFailure` with a reason the user can act on, and reading goes on.

- ``.txt``: text as scraped from a news page; ``.html``/``.htm``: the main text is
  extracted with trafilatura (tag stripping when it finds none), title and date from the
  page metadata; ``.jsonl``: one article per line (``id``, ``text`` or ``html``, optional
  ``url``, ``title``, ``published``, ``outlet``); ``-``: JSON Lines from stdin.
- A directory is walked recursively in sorted order; files with other extensions and
  hidden files are skipped.  A named file with an unknown extension is read as text.
- Encodings: UTF-8 (with or without BOM), UTF-16 (BOM or NUL pattern), Windows-1256.
  Line breaks are normalised to ``\\n`` (``Article.text`` is the text after that).
- An article larger than :data:`MAX_ARTICLE_BYTES` is refused: no news article is that
  long, and the offset map of a larger one would take gigabytes of memory.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from kg.model import Article, ArticleFailure
from kg.timestamps import parse_timestamp

MAX_ARTICLE_BYTES = 2 * 1024 * 1024
ARTICLE_SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
STDIN_SOURCE = "<stdin>"

# Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks) and tatweel.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LETTER = re.compile(r"[^\W\d_]")

Item = Article | ArticleFailure


def strip_marks(text: str) -> str:
    """Remove Arabic diacritics and tatweel (they vary between copies of one text)."""
    return _MARKS.sub("", text)


def article_id(text: str) -> str:
    """A stable id for an article: the same text, however re-encoded or re-spaced, same id."""
    norm = " ".join(strip_marks(unicodedata.normalize("NFC", text)).split())
    return "a-" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


class _Unreadable(Exception):
    """Internal: an input that cannot become an article, with the user-facing reason."""


# --- decoding -------------------------------------------------------------------------

def _mostly_printable(text: str) -> bool:
    printable = sum(1 for ch in text if ch.isprintable() or ch.isspace())
    return printable >= 0.95 * len(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs (the high byte of spaces and ASCII) on one parity only,
    and the decoded text is printable, which a binary file's bytes almost never are."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if len(data) % 2 or min(even, odd) > 0.01 * max(even, odd):
        return None
    try:
        text = data.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return None
    return text if _mostly_printable(text) else None


def _arabic_codepage(data: bytes) -> str | None:
    """Windows-1256 text, accepted only when most letters come out Arabic."""
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return None
    letters = len(_LETTER.findall(text))
    if letters and _mostly_printable(text) and len(_ARABIC_LETTER.findall(text)) >= 0.5 * letters:
        return text
    return None


def decode(data: bytes) -> str:
    """Bytes of one article to text; raises _Unreadable with the reason."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _Unreadable("UTF-16 byte-order mark but invalid UTF-16; "
                              "re-save the file as UTF-8") from exc
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise _Unreadable("binary file, not an article")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = _arabic_codepage(data)
        if text is None:
            raise _Unreadable("not valid UTF-8 and no Arabic encoding detected; "
                              "re-save the file as UTF-8") from None
        return text


def _normalise_breaks(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- HTML -------------------------------------------------------------------------------

def _strip_tags(html: str) -> str:
    """Fallback text of a page: all text outside scripts and styles, one block a line."""
    import lxml.html  # lazy: only HTML inputs need it

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for block in root.xpath("//p|//div|//br|//li|//h1|//h2|//h3|//h4|//tr|//article"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _html_fields(html: str) -> tuple[str, str | None, dt.date | None, str | None]:
    """Main text, title, date and url of a page."""
    import trafilatura  # lazy: heavy import, only HTML inputs need it

    text = trafilatura.extract(html, include_comments=False, favor_recall=True,
                               include_tables=False, output_format="txt") or ""
    if not text.strip():
        text = _strip_tags(html)
    # Markup only (meta tags, <time>): the extensive text search takes a page's "today"
    # header or its copyright year for the publication date.
    meta = trafilatura.extract_metadata(html, extensive=False)
    if meta is None:
        return text, None, None, None
    date = None
    if meta.date:
        try:
            date = dt.date.fromisoformat(meta.date[:10])
        except ValueError:
            date = None
    return text, meta.title or None, date, meta.url or None


# --- single files -----------------------------------------------------------------------

def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise _Unreadable(f"article too large ({size / 2**20:.1f} MB > "
                              f"{MAX_ARTICLE_BYTES // 2**20} MB); split it into articles")
        with path.open("rb") as fh:
            return fh.read(MAX_ARTICLE_BYTES + 1)
    except PermissionError:
        raise _Unreadable("permission denied; check the file's read permission") from None
    except IsADirectoryError:
        raise _Unreadable("is a directory") from None
    except OSError as exc:
        raise _Unreadable(f"cannot read: {exc.strerror or exc}") from None


def _read_document(path: Path, fmt: str, published: dt.date | None) -> Article:
    text = _normalise_breaks(decode(_read_bytes(path)))
    if not text.strip():
        raise _Unreadable("empty file")
    if fmt == "txt":
        return Article(article_id(text), text, str(path), "txt", published=published)
    body, title, date, url = _html_fields(text)
    body = _normalise_breaks(body)
    if not body.strip():
        raise _Unreadable("no text in the HTML page")
    return Article(article_id(body), body, str(path), "html", url=url, title=title,
                   published=date or published)


# --- JSON Lines ---------------------------------------------------------------------------

def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise _Unreadable(f"'{key}' must be a string, not {type(value).__name__}")
    return value or None


def _parse_published(value: Any, default: dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return default
    if isinstance(value, str):
        # ISO first (cheap); then feed formats such as RFC 2822 via dateparser.
        parsed = parse_timestamp(value)
        if parsed is not None:
            return parsed
    raise _Unreadable(f"bad 'published' value {value!r}: expected a date like 2024-01-28")


def _record_id(record: dict[str, Any], text: str) -> str:
    value = record.get("id")
    if value is None:
        return article_id(text)
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _Unreadable(f"'id' must be a string or integer, not {type(value).__name__}")
    if isinstance(value, str) and not value.strip():
        raise _Unreadable("'id' is empty")
    return str(value)


def _record_article(line: str, source: str, lineno: int, published: dt.date | None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _Unreadable(f"malformed JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(record, dict):
        raise _Unreadable(f"expected a JSON object, got {type(record).__name__}")
    text, html = record.get("text"), record.get("html")
    if text is None and html is None:
        raise _Unreadable("missing 'text' (or 'html')")
    for key, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise _Unreadable(f"'{key}' must be a string, not {type(value).__name__}")
    title, url = _optional_str(record, "title"), _optional_str(record, "url")
    outlet = _optional_str(record, "outlet")
    date = _parse_published(record.get("published"), published)
    if text is None:
        text, page_title, page_date, page_url = _html_fields(html)
        title, url = title or page_title, url or page_url
        date = date if record.get("published") else page_date or date
    text = _normalise_breaks(text)
    if not text.strip():
        raise _Unreadable("empty 'text'")
    return Article(_record_id(record, text), text, f"{source}:{lineno}", "jsonl", url=url,
                   title=title, published=date, outlet=outlet)


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str | _Unreadable]]:
    """Numbered lines of a JSONL file, decoded one at a time; oversized lines are refused."""
    with path.open("rb") as fh:
        lineno = 0
        while raw := fh.readline(MAX_ARTICLE_BYTES + 1):
            lineno += 1
            if len(raw) > MAX_ARTICLE_BYTES and not raw.endswith(b"\n"):
                while (rest := fh.readline(MAX_ARTICLE_BYTES)) and not rest.endswith(b"\n"):
                    pass
                yield lineno, _Unreadable(f"article too large (> {MAX_ARTICLE_BYTES // 2**20}"
                                          " MB); split it into articles")
                continue
            try:
                yield lineno, raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                yield lineno, _Unreadable("not valid UTF-8; JSON Lines must be UTF-8")


def _read_jsonl(lines: Iterable[tuple[int, str | _Unreadable]], source: str,
                published: dt.date | None) -> Iterator[Item]:
    for lineno, line in lines:
        if isinstance(line, str) and not line.strip():
            continue
        try:
            if isinstance(line, _Unreadable):
                raise line
            yield _record_article(line, source, lineno, published)
        except _Unreadable as exc:
            yield ArticleFailure(source, str(exc), line=lineno)


# --- paths and directories ------------------------------------------------------------------

def _walk(directory: Path) -> Iterator[Path | ArticleFailure]:
    """Article files under a directory, depth first in sorted order, hidden entries skipped."""
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        yield ArticleFailure(str(directory), f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif path.suffix.lower() in ARTICLE_SUFFIXES:
            yield path


def _read_file(path: Path, published: dt.date | None) -> Iterator[Item]:
    fmt = ARTICLE_SUFFIXES.get(path.suffix.lower(), "txt")
    try:
        if fmt == "jsonl":
            yield from _read_jsonl(_jsonl_lines(path), str(path), published)
        else:
            yield _read_document(path, fmt, published)
    except _Unreadable as exc:
        yield ArticleFailure(str(path), str(exc))
    except PermissionError:
        yield ArticleFailure(str(path), "permission denied; check the file's read permission")
    except OSError as exc:
        yield ArticleFailure(str(path), f"cannot read: {exc.strerror or exc}")


def _read_one(path: Path, published: dt.date | None) -> Iterator[Item]:
    if path.is_dir():
        for found in _walk(path):
            if isinstance(found, ArticleFailure):
                yield found
            else:
                yield from _read_file(found, published)
    elif path.exists():
        yield from _read_file(path, published)
    else:
        yield ArticleFailure(str(path), "no such file or directory")


def _check_duplicate(item: Item, seen: dict[str, str]) -> Item:
    """The same id with a different text is a conflict; with the same text it is harmless."""
    if isinstance(item, ArticleFailure):
        return item
    digest = article_id(item.text)
    if seen.setdefault(item.id, digest) == digest:
        return item
    source, _, line = item.source.rpartition(":") if item.format == "jsonl" else (
        item.source, "", "")
    return ArticleFailure(source or item.source, f"duplicate id {item.id} with different text",
                          line=int(line) if line.isdigit() else None)


def read_paths(paths: Iterable[str | Path], *, published: dt.date | None = None,
               stdin: TextIO | None = None) -> Iterator[Article | ArticleFailure]:
    """Stream articles (or failures) from files, directories and ``-`` (JSONL on stdin).

    ``published`` is the publication date for inputs that carry none.
    """
    seen: dict[str, str] = {}
    for path in paths:
        if str(path) == "-":
            stream = stdin if stdin is not None else sys.stdin
            items = _read_jsonl(enumerate(stream, 1), STDIN_SOURCE, published)
        else:
            items = _read_one(Path(path), published)
        for item in items:
            yield _check_duplicate(item, seen)
