"""What the event is about, where and when: topic, place and date of a trigger.

The topic is read here from cue phrases near the trigger; the place is read by
``kg.extract.where`` and the date by ``kg.extract.when``, both from the trigger's own
clause or the scene it shares with another telling (``kg.extract.scene``).
"""

from __future__ import annotations

from functools import lru_cache

from kg.analyse import Sentence
from kg.extract.common import stripped
from kg.extract.scene import clause
from kg.extract.triggers import Hit
from kg.extract.when import date_of
from kg.extract.where import place
from kg.lang.ar.lexicon import cues

__all__ = ["clause", "date_of", "place", "topic"]


def topic(sentence: Sentence, hit: Hit) -> str | None:
    """The topic whose cue stands nearest the trigger (within 15 tokens)."""
    tokens = sentence.tokens
    index = _topic_index()
    best: tuple[int, str] | None = None
    for k in range(max(0, hit.start - 15), min(len(tokens), hit.end + 15)):
        norm = tokens[k].norm
        for first in {norm, stripped(norm)}:
            for phrase, tag in index.get(first, ()):
                rest = tuple(t.norm for t in tokens[k + 1:k + len(phrase)])
                if rest == phrase[1:] and (best is None or abs(k - hit.start) < best[0]):
                    best = (abs(k - hit.start), tag)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _topic_index() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    out: dict[str, set[tuple[tuple[str, ...], str]]] = {}
    for category, phrases in cues().items():
        if category.startswith("topic:"):
            for phrase in phrases:
                out.setdefault(phrase[0], set()).add((phrase, category.split(":", 1)[1]))
    return {k: tuple(sorted(v)) for k, v in out.items()}
