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
SENTENCE_PUNCT = frozenset({".", ":", "؛", "!", "؟"})
POSSESSIVE = ("ها", "هم", "هما", "هن", "ه", "نا", "كم")  # possessive pronoun suffixes


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


def cue_in(tokens: list[Token], category: str, lo: int, hi: int,
           skip: tuple[int, int] = (0, 0)) -> bool:
    """Whether a cue phrase of ``category`` starts at a token of [lo, hi) outside ``skip``."""
    return any(cue_at(tokens, k, category) for k in range(lo, hi)
               if not skip[0] <= k < skip[1])


def cue_at(tokens: list[Token], k: int, category: str) -> int:
    """Length of the cue phrase of ``category`` starting at token ``k`` (0: none).

    Each word matches a token's normalised form, its clitic-stripped form or a lemma."""
    index = _cue_index(category)
    if not index:
        return 0
    for key in _keys(tokens[k]):
        for phrase in index.get(key, ()):
            if all(k + n < len(tokens) and _word_matches(tokens[k + n], w)
                   for n, w in enumerate(phrase[1:], 1)):
                return len(phrase)
    return 0


def _keys(token: Token) -> set[str]:
    return {token.norm, stripped(token.norm)} | {lem for lem in token.lemmas if "/" not in lem}


def _word_matches(token: Token, word: str) -> bool:
    return word == token.norm or word == stripped(token.norm) or word in token.lemmas


@lru_cache(maxsize=64)
def _cue_index(category: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Cue phrases of a category indexed by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in cues().get(category, ()):
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def owned(token: Token) -> bool:
    """The word ends in a possessive pronoun after one of its stems (دعمها، تعاونهم)."""
    stems = [lem for lem in token.lemmas if "/" not in lem]
    return any(stripped(token.norm).endswith(stem + suffix) or token.norm.endswith(stem + suffix)
               for stem in stems for suffix in POSSESSIVE)
