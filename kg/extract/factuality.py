"""Is the event asserted?  Negation, future/intent and hypothetical readings."""

from __future__ import annotations

from dataclasses import dataclass

from kg.analyse import Sentence
from kg.extract.triggers import Hit
from kg.lang.ar.lexicon import cue_words, cues

_FLAG_WINDOW = 3


@dataclass(frozen=True)
class Modality:
    """How the sentence presents the event; ``asserted`` False means: emit nothing."""

    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    asserted: bool = True


def assess(sentence: Sentence, hit: Hit) -> Modality:
    return Modality(negated=_negated(sentence, hit), future=_future(sentence, hit),
                    hypothetical=near(sentence, hit, "hypothetical", 8))


def _negated(sentence: Sentence, hit: Hit) -> bool:
    window = sentence.tokens[max(0, hit.start - _FLAG_WINDOW):hit.start]
    return any(t.norm in cue_words("negation") for t in window)


def _future(sentence: Sentence, hit: Hit) -> bool:
    if sentence.tokens[hit.start].future:
        return True
    return near(sentence, hit, "future", 4)


def near(sentence: Sentence, hit: Hit, category: str, width: int) -> bool:
    tokens = sentence.tokens
    lo, hi = max(0, hit.start - width), min(len(tokens), hit.end + width)
    norms = [t.norm for t in tokens[lo:hi]]
    return any(contains(norms, phrase) for phrase in cues().get(category, ()))


def contains(norms: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(norms[k:k + n]) == phrase for k in range(len(norms) - n + 1))
