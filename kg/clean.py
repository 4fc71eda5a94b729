"""Clean stage: keep a scraped page's own headline and body, drop the page around it.

Pages scraped from news sites carry menus, tickers, latest-news lists, "related articles"
blocks, comment forms, newsletter prompts, share buttons and footers.  Events must only
come from the article itself, so this stage finds it with general rules over lines:

1. Cue phrases (``kg/lang/ar/data/boilerplate.tsv``) mark lines that open a non-article
   section (``end``: related list, comments, footer) or are furniture on their own
   (``drop``: share buttons, bylines).  ``end`` cues cut the page into blocks.
2. The article body is the first block with substantial prose (long lines or full
   sentences; teasers cut off with "..." do not count), from its first prose line to its
   last line of running text.  Menus and lists before it and everything after the block's
   end cue are dropped.
3. The headline is the nearest headline-shaped line (3-30 words) before the body.
4. Inside the body, drop cue lines, lines of only dates/times/numbers, lines repeated from
   earlier, and runs of short link-like lines.

The cleaned text is the kept lines, verbatim, joined by one of the original line breaks,
so every cleaned character is a character of ``article.text`` and ``offsets`` maps back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.model import Article, CleanedArticle, Span
from kg.read import strip_marks

# Line shape thresholds (in words): chosen for Arabic news prose, where a body paragraph
# runs 15-80 words and headlines, menu items and labels run 1-15.
PROSE_MIN_WORDS_WITH_STOP = 5  # "X did Y in Z." is a sentence
PROSE_MIN_WORDS = 16  # a line this long is running text even without a final stop
TEXT_MIN_WORDS = 8  # the body's last line: shorter unpunctuated lines are credits/labels
HEADLINE_WORDS = (3, 30)
HEADLINE_LOOKBACK = 5  # non-empty lines searched above the body for the headline
CUE_MAX_WORDS = 15  # prefix/contains cues are only trusted on short lines
LINK_RUN = 3  # this many short lines in a row inside the body are a list of links
SUBSTANTIAL_PROSE_CHARS = 150

_BREAKS = "\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e"
_EDGE = " \t\u00a0\u200b\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2068\u2069\ufeff" \
        "•·▪►◄■□●○◆◇▶*|>"
_CLOSERS = "\"'»”’)]}"
_STOPS = ".۔"  # a short line ending in ? or ! is more often a headline than a sentence
_TEASER = re.compile(r"(\.\.\.|…)\s*$")
# Menus and tickers string short items together with separators: "الرئيسية | سياسة | …",
# "عاجل ◂ … ◂ …".  Prose uses none of these characters between words.
_SEPARATORS = re.compile(r"\s(?:[|◂▸◄►•·»«/\\]|\.\.\.|…)\s|\s[|◂▸◄►•]|[|◂▸◄►•]\s")
MENU_MIN_SEPARATORS = 2
_WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def fold(text: str) -> str:
    """Fold a line for comparison: no marks, one alef, ي/ى and ه/ة merged, no punctuation."""
    text = strip_marks(unicodedata.normalize("NFKC", text)).translate(_FOLD).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


@dataclass(frozen=True)
class _Cues:
    line: dict[str, str]  # folded phrase -> kind, whole-line match
    prefix: tuple[tuple[str, str], ...]
    contains: tuple[tuple[str, str], ...]
    datewords: frozenset[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = resources.files("kg.lang.ar").joinpath("data/boilerplate.tsv")
    line: dict[str, str] = {}
    prefix: list[tuple[str, str]] = []
    contains: list[tuple[str, str]] = []
    datewords: set[str] = set()
    for raw in data.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        phrase, kind, match = raw.split("\t")
        key = fold(phrase)
        if kind == "dateword":
            datewords.add(key)
        elif match == "line":
            line.setdefault(key, kind)  # first entry wins: "end" lines are listed first
        elif match == "prefix":
            prefix.append((key, kind))
        else:
            contains.append((key, kind))
    return _Cues(line, tuple(prefix), tuple(contains), frozenset(datewords))


@dataclass
class _Line:
    start: int  # content span in article.text, edges stripped
    end: int
    brk: int | None  # index of the line-break character after the line, if any
    text: str
    words: int
    key: str  # folded text
    cue: str | None  # "end", "drop" or None

    @property
    def empty(self) -> bool:
        return self.start == self.end

    @property
    def teaser(self) -> bool:
        return bool(_TEASER.search(self.text))

    @property
    def menu(self) -> bool:
        """A navigation bar or news ticker: items joined by separator characters."""
        return len(_SEPARATORS.findall(self.text)) >= MENU_MIN_SEPARATORS

    @property
    def prose(self) -> bool:
        if self.cue or self.teaser or self.menu:
            return False
        stop = self.text.rstrip(_CLOSERS)[-1:] in _STOPS
        return self.words >= PROSE_MIN_WORDS or (
            stop and self.words >= PROSE_MIN_WORDS_WITH_STOP)

    @property
    def running_text(self) -> bool:
        return self.prose or (not self.cue and not self.teaser and not self.menu
                              and self.words >= TEXT_MIN_WORDS)


def _cue_of(key: str, words: int) -> str | None:
    cues = _cues()
    if key in cues.line:
        return cues.line[key]
    if words > CUE_MAX_WORDS:
        return None
    for phrase, kind in cues.prefix:
        if key == phrase or key.startswith(phrase + " "):
            return kind
    padded = f" {key} "
    for phrase, kind in cues.contains:
        if f" {phrase} " in padded:
            return kind
    return None


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip(_BREAKS)
        brk: int | None = pos + len(raw) - 1 if len(body) < len(raw) else None
        lead = len(body) - len(body.lstrip(_EDGE))
        content = body.strip(_EDGE)
        start = pos + lead
        key = fold(content)
        words = len(_WORD.findall(content))
        lines.append(_Line(start, start + len(content), brk, content, words, key,
                           _cue_of(key, words) if content else None))
        pos += len(raw)
    return lines


def _date_only(line: _Line) -> bool:
    """A line of nothing but dates, times, weekdays and numbers (a page's 'today' line)."""
    tokens = _DIGITS.sub(" ", line.key).split()
    return not line.empty and all(t in _cues().datewords for t in tokens)


def _blocks(lines: list[_Line]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of lines between ``end`` cues."""
    out, begin = [], 0
    for i, line in enumerate(lines):
        if line.cue == "end":
            out.append((begin, i))
            begin = i + 1
    out.append((begin, len(lines)))
    return out


def _body_block(lines: list[_Line]) -> tuple[int, int] | None:
    """The first block with substantial prose, else the one with the most prose."""
    best, best_chars = None, 0
    for i, j in _blocks(lines):
        chars = sum(len(line.text) for line in lines[i:j] if line.prose)
        if chars >= SUBSTANTIAL_PROSE_CHARS:
            return i, j
        if chars > best_chars:
            best, best_chars = (i, j), chars
    return best


def _headline(lines: list[_Line], lo: int, first: int) -> int | None:
    """The nearest headline-shaped line above the body's first line, within its block."""
    seen = 0
    for i in range(first - 1, lo - 1, -1):
        line = lines[i]
        if line.empty:
            continue
        seen += 1
        if seen > HEADLINE_LOOKBACK:
            return None
        if line.cue or line.teaser or line.menu or _date_only(line):
            continue
        if HEADLINE_WORDS[0] <= line.words <= HEADLINE_WORDS[1]:
            return i
    return None


def _body_lines(lines: list[_Line], first: int, last: int) -> list[int]:
    """Indices of the body lines worth keeping between the first and last body line."""
    kept: list[int] = []
    run: list[int] = []  # pending short lines: kept unless they turn out to be a link list
    for i in range(first, last + 1):
        line = lines[i]
        if line.empty:
            continue
        if line.cue or line.menu or _date_only(line):
            continue
        if line.running_text:
            if len(run) < LINK_RUN:
                kept.extend(run)
            run = []
            kept.append(i)
        else:
            run.append(i)
    return kept + run if len(run) < LINK_RUN else kept


def _drop_repeats(lines: list[_Line], indices: list[int]) -> list[int]:
    seen: set[str] = set()
    out = []
    for i in indices:
        if lines[i].key in seen:
            continue
        seen.add(lines[i].key)
        out.append(i)
    return out


def _kept_lines(lines: list[_Line]) -> tuple[list[int], int | None]:
    block = _body_block(lines)
    if block is None:
        return [], None
    lo, hi = block
    prose = [i for i in range(lo, hi) if lines[i].prose]
    first = prose[0]
    last = max(i for i in range(first, hi) if lines[i].running_text)
    head = _headline(lines, lo, first)
    kept = _drop_repeats(lines, ([head] if head is not None else []) +
                         _body_lines(lines, first, last))
    return kept, head


def clean(article: Article) -> CleanedArticle:
    """Keep the article's headline and body; ``offsets`` map cleaned chars to the original."""
    lines = _split_lines(article.text)
    kept, head = _kept_lines(lines)
    parts: list[str] = []
    offsets: list[int] = []
    headline: Span | None = None
    for n, i in enumerate(kept):
        line = lines[i]
        if n:
            prev = lines[kept[n - 1]]
            assert prev.brk is not None  # a later line exists, so a break follows it
            parts.append(article.text[prev.brk])
            offsets.append(prev.brk)
        if i == head:
            headline = Span(len(offsets), len(offsets) + line.end - line.start)
        parts.append(line.text)
        offsets.extend(range(line.start, line.end))
    return CleanedArticle(article, "".join(parts), offsets, headline)


def first_body_line(cleaned: CleanedArticle) -> str:
    """The first line after the headline: where a dateline sits."""
    start = cleaned.headline.end if cleaned.headline else 0
    for line in cleaned.text[start:].splitlines():
        if line.strip():
            return line.strip()
    return ""
