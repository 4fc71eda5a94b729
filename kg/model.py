"""The data that flows between stages: plain dataclasses, no behaviour beyond small helpers.

read → clean → analyse → extract → resolve → store/export all speak these types, so a
library user can run any stage alone.  Offsets are always into ``Article.text`` (the
original text as read, or as extracted from HTML), never into the cleaned text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# PLOVER's quad classes, used for cooperation/conflict analysis.
QUAD_CLASS: dict[str, str] = {
    "AGREE": "verbal-cooperation", "CONSULT": "verbal-cooperation",
    "SUPPORT": "verbal-cooperation", "CONCEDE": "verbal-cooperation",
    "COOPERATE": "material-cooperation", "AID": "material-cooperation",
    "RETREAT": "material-cooperation",
    "REQUEST": "verbal-conflict", "ACCUSE": "verbal-conflict", "REJECT": "verbal-conflict",
    "THREATEN": "verbal-conflict",
    "PROTEST": "material-conflict", "SANCTION": "material-conflict",
    "MOBILIZE": "material-conflict", "COERCE": "material-conflict",
    "ASSAULT": "material-conflict",
}

ActorKind = Literal["state", "person", "organization", "armed_group", "intl_org", "group"]
Granularity = Literal["day", "month", "year"]


@dataclass
class Article:
    """One news article as read from disk or stdin, before cleaning."""

    id: str
    text: str
    source: str  # file path, "<stdin>", or "path:line" for JSONL
    format: Literal["txt", "html", "jsonl"] = "txt"
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None


@dataclass
class ArticleFailure:
    """An input that could not be read or processed; the run goes on without it."""

    source: str  # file path or "<stdin>"
    reason: str  # one line a user can act on
    line: int | None = None  # line number for JSONL inputs
    detail: str = ""  # traceback, shown with --debug only

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


@dataclass
class Span:
    """A half-open character range [start, end) in ``Article.text``."""

    start: int
    end: int


@dataclass
class CleanedArticle:
    """The article's own headline and body with page boilerplate removed.

    ``offsets[i]`` is the position in ``article.text`` of ``text[i]``, so any span found in
    the cleaned text maps back to the original with :meth:`to_original`.
    """

    article: Article
    text: str
    offsets: list[int]
    headline: Span | None = None  # in cleaned-text coordinates

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned-text span [start, end) to the original text."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.article.text)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass
class Actor:
    """A participant: a state, person, organisation or armed group."""

    id: str
    name: str  # English display name
    kind: str
    name_ar: str | None = None
    country: str | None = None  # ISO alpha-3 of the state a person/group belongs to
    role: str | None = None
    wikidata: str | None = None


@dataclass
class Place:
    """A location: a country (ISO alpha-3 id) or a city/site (lowercase slug id)."""

    id: str
    name: str
    kind: str  # country / governorate / city / site
    name_ar: str | None = None
    country: str | None = None
    geonames: int | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Mention:
    """A stretch of original text that refers to an actor or place."""

    text: str
    start: int
    end: int
    entity_id: str


@dataclass
class Evidence:
    """One place in one article that states an event."""

    article_id: str
    sentence: str
    start: int  # character span of the sentence in the article's original text
    end: int
    sentence_index: int = 0
    trigger: str | None = None
    date: str | None = None  # what this report says, kept even when reports disagree
    date_granularity: Granularity | None = None


@dataclass
class Event:
    """A reified PLOVER event with its actors, time, place, flags and provenance."""

    id: str
    type: str
    mode: str | None
    source: Actor | None
    target: Actor | None
    topic: str | None = None
    date: str | None = None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    date_granularity: Granularity | None = None
    place: Place | None = None
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    symmetric: bool = False
    confidence: float = 0.5
    article_id: str = ""
    sentence: str = ""
    span: tuple[int, int] = (0, 0)
    sentence_index: int = 0
    source_mentions: list[str] = field(default_factory=list)
    target_mentions: list[str] = field(default_factory=list)
    place_mentions: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)  # every mention, first = primary

    @property
    def quad(self) -> str:
        return QUAD_CLASS[self.type]

    def to_json(self, article_label: str | None = None) -> dict[str, Any]:
        """The JSON Lines shape written by ``kg extract``."""

        def actor(a: Actor | None, mentions: list[str]) -> dict[str, Any] | None:
            if a is None:
                return None
            return {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
                    "mentions": mentions}

        place = None
        if self.place is not None:
            place = {"id": self.place.id, "name": self.place.name,
                     "mentions": self.place_mentions}
        return {
            "article": article_label or self.article_id,
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "source": actor(self.source, self.source_mentions),
            "target": actor(self.target, self.target_mentions),
            "topic": self.topic,
            "date": self.date,
            "date_granularity": self.date_granularity,
            "place": place,
            "negated": self.negated,
            "future": self.future,
            "hypothetical": self.hypothetical,
            "symmetric": self.symmetric,
            "confidence": round(self.confidence, 3),
            "sentence": self.sentence,
            "span": list(self.span),
        }

