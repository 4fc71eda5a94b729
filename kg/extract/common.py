"""Small word tests shared by the extraction modules."""

from __future__ import annotations

from functools import lru_cache

from kg.lang.ar.lexicon import cue_words, cues, titles
from kg.lang.ar.normalize import normalize
from kg.lang.ar.tokenize import Token

# Two parties doing these do them with each other (اتفق X و Y، التقى الجانبان); any other
# type two parties do together to a third.
JOINT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
PREPS = frozenset({"علي", "ضد", "مع", "الي", "الى", "من", "عن", "ب", "ل", "في", "بين"})


def stripped(norm: str) -> str:
    for prefix in ("وب", "ول", "وال", "بال", "لل", "ال", "ب", "ل", "و"):
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
            return norm[len(prefix):]
    return norm


def is_reporting(token: Token) -> bool:
    return not _reporting_lemmas().isdisjoint(token.lemmas) or \
        token.norm in cue_words("reporting:form")


@lru_cache(maxsize=1)
def _reporting_lemmas() -> frozenset[str]:
    return frozenset(f"{w[0]}/v" for w in cues()["reporting"])


def is_verb(token: Token) -> bool:
    return "verb" in token.pos and "noun" not in token.pos and "adj" not in token.pos


def has_lemma(token: Token, lemma: str) -> bool:
    return normalize(lemma) in token.lemmas


def is_noun(token: Token) -> bool:
    return "noun" in token.pos and "verb" not in token.pos


def is_other_noun(token: Token) -> bool:
    """A definite noun that is no acting body (القوات), title (الوزير) or time word
    (اليوم): after a verb it is the subject, so an actor further on is not."""
    norm = token.norm
    if not norm.startswith("ال") or not is_noun(token):
        return False
    words = {norm, stripped(norm)}
    return words.isdisjoint(cue_words("body")) and words.isdisjoint(cue_words("time")) \
        and not any((w,) in titles() for w in words)


def clitic_prep(token: Token) -> bool:
    """The word carries the preposition ب or ل as a clitic (لحزب، بالعراق; not لدى، بلاد)."""
    first = token.norm[:1]
    return first in ("ل", "ب") and any(
        not lemma.startswith(first) for lemma in token.lemmas if "/" not in lemma)
