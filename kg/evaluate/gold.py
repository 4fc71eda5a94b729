"""Gold annotations (``../shared/gold/README.md``): events, actors and name normalisation.

Reading is strict: a malformed line of a gold file is an :class:`EvalError` naming the
file and line, because a silently skipped gold event would inflate every score.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import EvalError
from kg.model import PLOVER_TYPES, Article, ArticleFailure

# --------------------------------------------------------------------------- names

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                          "ؤ": "و", "ئ": "ي"})
_NON_WORD = re.compile(r"[^\w\s]|_")
# The article with its proclitics (و، ف + ب، ك، ل), and لل (ل + ال with the alef dropped).
_ARTICLE = re.compile(r"^[وف]?(?:لل|[بكل]?ال)")
_PROCLITIC = re.compile(r"^[وفبكل]")


def _strip_article(token: str) -> str:
    match = _ARTICLE.match(token)
    if match and len(token) - match.end() >= 2:
        return token[match.end():]
    return token


def normalise_name(name: str) -> str:
    """A comparison key for an Arabic name: no diacritics/tatweel/punctuation, one alef,
    yaa for alef maqsura, haa for taa marbuta, and no article on any word."""
    text = _NON_WORD.sub(" ", _DIACRITICS.sub("", name).translate(_LETTERS))
    return " ".join(_strip_article(token) for token in text.split())


def mention_keys(mention: str) -> set[str]:
    """Keys for a system mention, which may carry a proclitic (لإيران، وواشنطن)."""
    key = normalise_name(mention)
    keys = {key} if key else set()
    if len(key) > 3 and _PROCLITIC.match(key):
        keys.add(normalise_name(mention.strip()[1:]))
    return keys


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldEvent:
    type: str
    source: str | None
    target: str | None
    type_alt: tuple[str, ...] = ()
    mode: str | None = None
    topic: str | None = None
    date: str | None = None
    place: str | None = None
    evidence: str = ""
    optional: bool = False
    symmetric: bool = False

    @property
    def types(self) -> tuple[str, ...]:
        return (self.type, *self.type_alt)


@dataclass
class GoldArticle:
    article: str
    events: list[GoldEvent]
    published: dt.date | None = None


@dataclass(frozen=True)
class GoldActor:
    id: str
    kind: str
    country: str | None
    names: frozenset[str]  # normalised with normalise_name

    @property
    def resolved_country(self) -> str | None:
        """A state is its own country; a person or group counts as its ``country``."""
        return self.id if self.kind == "state" else self.country


class ActorIndex:
    """Gold actors by id, with a reverse index from normalised Arabic names."""

    def __init__(self, actors: Iterable[GoldActor]) -> None:
        self.by_id: dict[str, GoldActor] = {a.id: a for a in actors}
        self.by_name: dict[str, set[str]] = {}
        for actor in self.by_id.values():
            for name in actor.names:
                self.by_name.setdefault(name, set()).add(actor.id)

    def __len__(self) -> int:
        return len(self.by_id)

    def get(self, actor_id: str) -> GoldActor | None:
        return self.by_id.get(actor_id)

    def ids_for_names(self, keys: Iterable[str]) -> set[str]:
        return {i for key in keys for i in self.by_name.get(key, ())}


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; anything else is an EvalError."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: cannot read ({exc})") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise EvalError(f"{path}:{number}: expected a JSON object per line")
        yield number, record


def _gold_event(raw: Any, where: str) -> GoldEvent:
    if not isinstance(raw, dict) or "type" not in raw or "source" not in raw:
        raise EvalError(f"{where}: each event needs at least 'type' and 'source'")
    types = [raw["type"], *(raw.get("type_alt") or [])]
    unknown = [t for t in types if t not in PLOVER_TYPES]
    if unknown:
        raise EvalError(f"{where}: unknown event type {unknown[0]!r}; "
                        f"use one of {', '.join(PLOVER_TYPES)}")
    return GoldEvent(
        type=raw["type"], source=raw["source"], target=raw.get("target"),
        type_alt=tuple(raw.get("type_alt") or ()), mode=raw.get("mode"),
        topic=raw.get("topic"), date=raw.get("date"), place=raw.get("place"),
        evidence=raw.get("evidence") or "", optional=bool(raw.get("optional", False)),
        symmetric=bool(raw.get("symmetric", False)))


def _parse_date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise EvalError(f"{where}: 'published' must be an ISO date (YYYY-MM-DD)") from exc


def load_gold(path: str | Path) -> dict[str, GoldArticle]:
    """Gold annotations keyed by their ``article`` name (e.g. ``d001.txt``)."""
    gold: dict[str, GoldArticle] = {}
    for number, record in read_jsonl(path):
        where = f"{path}:{number}"
        name, events = record.get("article"), record.get("events")
        if not isinstance(name, str) or not isinstance(events, list):
            raise EvalError(f"{where}: each line needs 'article' (a name) and 'events' (a list)")
        if name in gold:
            raise EvalError(f"{where}: article {name!r} is annotated twice")
        gold[name] = GoldArticle(name, [_gold_event(e, where) for e in events],
                                 _parse_date(record.get("published"), where))
    return gold


def load_actors(path: str | Path) -> ActorIndex:
    """Gold actors from a JSON list of ``{id, kind, country?, names_ar}`` objects."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"{path}: cannot read actors ({exc})") from exc
    if not isinstance(raw, list) or not all(isinstance(a, dict) and "id" in a for a in raw):
        raise EvalError(f"{path}: expected a JSON list of objects with an 'id'")
    return ActorIndex(
        GoldActor(a["id"], a.get("kind", ""), a.get("country"),
                  frozenset(filter(None, map(normalise_name, a.get("names_ar") or []))))
        for a in raw)


def with_gold_dates(items: Iterable[Article | ArticleFailure],
                    gold: dict[str, GoldArticle]) -> Iterator[Article | ArticleFailure]:
    """Give articles without a publication date the gold's ``published`` (for relative dates)."""
    for item in items:
        if isinstance(item, Article) and item.published is None:
            name = gold_name(item.id, item.source, gold)
            if name is not None:
                item.published = gold[name].published
        yield item


def gold_name(article_id: str | None, source: str, gold: dict[str, Any]) -> str | None:
    """The gold article a result belongs to: by id, by file name, or by id + '.txt'."""
    for name in (article_id, Path(source.split(":")[0]).name if source else None,
                 f"{article_id}.txt" if article_id else None):
        if name and name in gold:
            return name
    return None
