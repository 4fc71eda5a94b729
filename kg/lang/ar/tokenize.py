"""Sentences and word tokens with character offsets into the text they came from.

camel-tools' ``simple_word_tokenize`` splits words from punctuation the same way but
drops offsets; this regex tokenizer keeps them, which every later stage needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.lang.ar.normalize import normalize

# A word: Arabic letters (with diacritics/tatweel), Latin letters or digits; any other
# non-space character is a token of its own.
_TOKEN = re.compile(r"[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u0671-\u06D3\u064B-\u065F"
                    r"\u0670\u0640\u06A9\u06AF\u06CC\u067E\u0686\u0698A-Za-z0-9_]+|\S")
# Sentence ends: . ! ? ؟ followed by space or a quote, and every line break.
_SENT_END = re.compile(r"(?<=[.!?؟])([\"”»’']?)\s+|\n+")


@dataclass
class Token:
    """One word or punctuation mark; ``start``/``end`` index the analysed text."""

    text: str
    start: int
    end: int
    norm: str
    lemmas: frozenset[str] = field(default_factory=frozenset)
    pos: frozenset[str] = field(default_factory=frozenset)
    future: bool = False
    passive: bool = False
    first_person: bool = False  # every verbal reading is 1st person (نطالب، ندين)

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word and punctuation tokens of ``text``; offsets are shifted by ``offset``."""
    return [Token(m.group(), m.start() + offset, m.end() + offset, normalize(m.group()))
            for m in _TOKEN.finditer(text)]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the sentences of ``text`` (whitespace trimmed, empties dropped)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENT_END.finditer(text):
        _add(text, start, match.start() + len(match.group(1) or ""), spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
