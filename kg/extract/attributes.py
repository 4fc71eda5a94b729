"""What the event is about, where and when: topic, place and date of a trigger."""

from __future__ import annotations

from functools import lru_cache

from kg.analyse import Document, EntityMention, Sentence
from kg.dates import find_dates
from kg.extract.common import stripped
from kg.extract.triggers import Hit
from kg.lang.ar.lexicon import cues


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
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for category, phrases in cues().items():
        if category.startswith("topic:"):
            for phrase in phrases:
                out.setdefault(phrase[0], []).append((phrase, category.split(":", 1)[1]))
    return {k: tuple(v) for k, v in out.items()}


def place(doc: Document, sentence: Sentence, hit: Hit) -> EntityMention | None:
    places = [m for m in sentence.places if m.locative]
    if not places:
        return None
    return min(places, key=lambda m: (m.start < hit.start, abs(m.start - hit.start)))


def date_of(doc: Document, sentence: Sentence, hit: Hit) -> tuple[str | None, str | None]:
    found = find_dates(sentence.text, doc.cleaned.article.published)
    if not found:
        return None, None
    trigger_at = sentence.tokens[hit.start].start - sentence.start
    best = min(found, key=lambda d: abs(d.start - trigger_at))
    return best.value, best.granularity
