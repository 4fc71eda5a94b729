"""Small word tests shared by the extraction modules."""

from __future__ import annotations

from functools import lru_cache

from kg.lang.ar.lexicon import cues
from kg.lang.ar.normalize import normalize
from kg.lang.ar.tokenize import Token

PREPS = frozenset({"علي", "ضد", "مع", "الي", "الى", "من", "عن", "ب", "ل", "في", "بين"})


def stripped(norm: str) -> str:
    for prefix in ("وب", "ول", "وال", "بال", "لل", "ال", "ب", "ل", "و"):
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
            return norm[len(prefix):]
    return norm


def is_reporting(token: Token) -> bool:
    return not _reporting_lemmas().isdisjoint(token.lemmas)


@lru_cache(maxsize=1)
def _reporting_lemmas() -> frozenset[str]:
    return frozenset(f"{w[0]}/v" for w in cues()["reporting"])


def is_verb(token: Token) -> bool:
    return "verb" in token.pos and "noun" not in token.pos and "adj" not in token.pos


def has_lemma(token: Token, lemma: str) -> bool:
    return normalize(lemma) in token.lemmas
