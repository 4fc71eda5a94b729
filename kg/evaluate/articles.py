"""Score extracted events against gold annotations (``../shared/gold/README.md``).

Article level: within one article a system event matches a gold event when its type is the
gold type or one of ``type_alt`` and both actors match.  An actor matches by id, or by an
overlap of normalised Arabic names (the event's mentions and the actor's ``name_ar`` against
the gold actor's ``names_ar``), so a system may use its own ids; the *lenient* score also
accepts two actors that resolve to the same country.  A null gold actor matches anything and
a symmetric gold event matches in either direction.

A system actor whose id the gold knows is judged by that id alone; names only stand in
for ids the gold does not know.

Each gold event matches at most one system event and each system event at most one gold
event.  The assignment is a maximum bipartite matching (augmenting paths), run first over
the required gold events so that an optional one never takes a system event a required one
could use, then over the optional ones; each gold event tries its candidates closest-first
(same type, same direction, right date, right place).  Optional gold events cost no recall
when missed, and a system event matched to one is neither a true nor a false positive.
Negated system events are not events of their type and are dropped before scoring.

Dates are right when the system date cut to the gold date's length equals it (gold
``2024-01`` accepts ``2024-01-27``; gold ``2024-01-27`` rejects ``2024-01``).  Places are
right when the ids are equal.  Both are measured over matched events whose gold has one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.errors import EvalError
from kg.evaluate.gold import (
    ActorIndex,
    GoldArticle,
    GoldEvent,
    gold_name,
    mention_keys,
)
from kg.model import Actor, ArticleFailure, Event

if TYPE_CHECKING:
    from kg.pipeline import ArticleResult

# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class _Side:
    """One actor slot of a system event, resolved against the gold actors."""

    ids: frozenset[str]  # its id, or its own id plus the gold ids its names resolve to
    countries: frozenset[str]


def _side(actor: Actor | None, mentions: list[str], index: ActorIndex) -> _Side | None:
    if actor is None:
        return None
    # An id the gold knows is the system's claim; names only stand in for its own ids.
    ids = {actor.id}
    if index.get(actor.id) is None:
        keys = set().union(*(mention_keys(m) for m in [*mentions, actor.name_ar or ""]))
        ids |= index.ids_for_names(keys)
    countries = {actor.country} if actor.country else set()
    if actor.kind == "state":
        countries.add(actor.id)
    for gold_id in ids:
        known = index.get(gold_id)
        if known is not None and known.resolved_country:
            countries.add(known.resolved_country)
    return _Side(frozenset(ids), frozenset(countries))


def _actor_ok(gold_id: str | None, side: _Side | None, index: ActorIndex,
              lenient: bool) -> bool:
    if gold_id is None:
        return True
    if side is None:
        return False
    if gold_id in side.ids:
        return True
    known = index.get(gold_id)
    return bool(lenient and known and known.resolved_country in side.countries)


def _date_ok(gold: str | None, system: str | None) -> bool:
    return gold is not None and system is not None and len(system) >= len(gold) \
        and system[:len(gold)] == gold


def _place_ok(gold: str | None, event: Event) -> bool:
    return gold is not None and event.place is not None \
        and event.place.id.casefold() == gold.casefold()


def _closeness(gold: GoldEvent, event: Event, forward: bool) -> tuple[int, ...]:
    """Lower is closer: exact type, stated direction, right date, right place."""
    return (event.type != gold.type, not forward, not _date_ok(gold.date, event.date),
            not _place_ok(gold.place, event))


def _candidates(gold: GoldEvent, events: list[Event], sides: list[tuple[Any, Any]],
                index: ActorIndex, lenient: bool) -> list[int]:
    """Indices of the system events that may match ``gold``, closest first."""
    found: list[tuple[tuple[int, ...], int]] = []
    for i, (event, (src, tgt)) in enumerate(zip(events, sides)):
        if event.type not in gold.types:
            continue
        forward = (_actor_ok(gold.source, src, index, lenient)
                   and _actor_ok(gold.target, tgt, index, lenient))
        backward = gold.symmetric and (_actor_ok(gold.source, tgt, index, lenient)
                                       and _actor_ok(gold.target, src, index, lenient))
        if forward or backward:
            found.append((_closeness(gold, event, forward), i))
    return [i for _, i in sorted(found)]


def match_events(gold: list[GoldEvent], events: list[Event], index: ActorIndex,
                 lenient: bool = False) -> dict[int, int]:
    """A maximum matching {gold index: system index}; required gold events go first."""
    sides = [(_side(e.source, e.source_mentions, index),
              _side(e.target, e.target_mentions, index)) for e in events]
    options = [_candidates(g, events, sides, index, lenient) for g in gold]
    owner: dict[int, int] = {}  # system index -> gold index

    def augment(g: int, seen: set[int]) -> bool:
        for s in options[g]:
            if s in seen:
                continue
            seen.add(s)
            if s not in owner or augment(owner[s], seen):
                owner[s] = g
                return True
        return False

    for g in sorted(range(len(gold)), key=lambda g: gold[g].optional):
        augment(g, set())
    return {g: s for s, g in owner.items()}


# --------------------------------------------------------------------------- scores


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


_LABELS = {"fp": "FP  ", "miss": "MISS", "date": "DATE", "place": "PLACE"}


@dataclass
class ErrorItem:
    """A false positive, a miss, or a matched event with a wrong or missing date or place
    (kind "date"/"place", with the gold and system values), with what a reader needs to
    check it: the system's sentence, or the gold evidence for a miss."""

    article: str
    kind: str  # "fp", "miss", "date" or "place"
    type: str
    source: str | None
    target: str | None
    sentence: str
    gold: str | None = None
    system: str | None = None

    def format(self) -> str:
        values = f"  gold {self.gold} system {self.system or '-'}" \
            if self.kind in ("date", "place") else ""
        return (f"{_LABELS[self.kind]} {self.article}  {self.type:<9} "
                f"{self.source or '-'}→{self.target or '-'}{values}"
                f"  {' '.join(self.sentence.split())}")


@dataclass
class Share:
    right: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1


@dataclass
class Score:
    """One scoring regime (strict or lenient) over all articles."""

    total: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)
    date: Share = field(default_factory=Share)
    place: Share = field(default_factory=Share)
    optional_matched: int = 0
    false_positives: list[ErrorItem] = field(default_factory=list)
    misses: list[ErrorItem] = field(default_factory=list)
    wrong_attributes: list[ErrorItem] = field(default_factory=list)  # matched, date/place wrong

    def count(self, kind: str, event_type: str) -> None:
        for counts in (self.total, self.by_type.setdefault(event_type, Counts())):
            setattr(counts, kind, getattr(counts, kind) + 1)

    def to_dict(self) -> dict[str, Any]:
        return {**self.total.to_dict(),
                "by_type": {t: c.to_dict() for t, c in sorted(self.by_type.items())},
                "date_accuracy": self.date.accuracy, "date_checked": self.date.total,
                "place_accuracy": self.place.accuracy, "place_checked": self.place.total,
                "optional_matched": self.optional_matched,
                "false_positives": [vars(e) for e in self.false_positives],
                "misses": [vars(e) for e in self.misses],
                "wrong_attributes": [vars(e) for e in self.wrong_attributes]}


def _score_article(name: str, gold: list[GoldEvent], events: list[Event],
                   index: ActorIndex, score: Score, lenient: bool) -> None:
    matched = match_events(gold, events, index, lenient)
    for g, s in matched.items():
        if gold[g].optional:
            score.optional_matched += 1
            continue
        score.count("tp", gold[g].type)
        _check_attributes(name, gold[g], events[s], score)
    for g, item in enumerate(gold):
        if g not in matched and not item.optional:
            score.count("fn", item.type)
            score.misses.append(ErrorItem(name, "miss", item.type, item.source, item.target,
                                          item.evidence))
    used = set(matched.values())
    for s, event in enumerate(events):
        if s not in used:
            score.count("fp", event.type)
            score.false_positives.append(ErrorItem(
                name, "fp", event.type, event.source.id if event.source else None,
                event.target.id if event.target else None, event.sentence))


def _check_attributes(name: str, gold: GoldEvent, event: Event, score: Score) -> None:
    """Count a matched event's date and place, and list them when wrong or missing."""
    place = event.place.id if event.place else None
    for kind, share, want, got, ok in (
            ("date", score.date, gold.date, event.date, _date_ok(gold.date, event.date)),
            ("place", score.place, gold.place, place, _place_ok(gold.place, event))):
        if want is None:
            continue
        share.add(ok)
        if not ok:
            score.wrong_attributes.append(ErrorItem(
                name, kind, gold.type, gold.source, gold.target, event.sentence, want, got))


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.2f}"


@dataclass
class EvalReport:
    strict: Score
    lenient: Score
    articles: list[str]  # gold articles scored
    missing: list[str]  # gold articles with no system result (all their events are misses)
    unscored: list[str]  # results with no gold annotation (ignored)
    failures: list[str]  # inputs that failed to read or process
    system_events: int = 0  # after dropping negated ones
    negated_dropped: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"strict": self.strict.to_dict(), "lenient": self.lenient.to_dict(),
                "articles": len(self.articles), "missing_articles": self.missing,
                "unscored_results": self.unscored, "failures": self.failures,
                "system_events": self.system_events, "negated_dropped": self.negated_dropped}

    def format(self) -> str:
        """A per-type table, then the headline figures in the last six lines."""
        lines = [f"{'type':<10} {'tp':>4} {'fp':>4} {'fn':>4}    P     R    F1"]
        for event_type in sorted(set(self.strict.by_type) | set(self.lenient.by_type)):
            c = self.strict.by_type.get(event_type, Counts())
            lines.append(f"{event_type:<10} {c.tp:>4} {c.fp:>4} {c.fn:>4}  {_fmt(c.precision)}"
                         f"  {_fmt(c.recall)}  {_fmt(c.f1)}")
        lines.append("(per-type counts are strict)")
        for name in self.missing:
            lines.append(f"no system result for gold article {name}")
        lines += [
            f"articles {len(self.articles)} scored, {len(self.missing)} missing, "
            f"{len(self.failures)} failed; system events {self.system_events} "
            f"(+{self.negated_dropped} negated, dropped)",
            f"optional gold matched: strict {self.strict.optional_matched}, "
            f"lenient {self.lenient.optional_matched} (not counted)",
            f"date accuracy {_fmt(self.strict.date.accuracy)} ({self.strict.date.total} checked), "
            f"place accuracy {_fmt(self.strict.place.accuracy)} "
            f"({self.strict.place.total} checked), among strict matches",
        ]
        for label, score in (("strict", self.strict), ("lenient", self.lenient)):
            t = score.total
            lines.append(f"{label:<8}P={t.precision:.2f} R={t.recall:.2f} F1={t.f1:.2f}"
                         f"  (tp={t.tp} fp={t.fp} fn={t.fn})")
        return "\n".join(lines)

    def format_errors(self, lenient: bool = False) -> str:
        """One line per false positive, then one per miss, then one per matched event with a
        wrong or missing date or place (strict unless ``lenient``)."""
        score = self.lenient if lenient else self.strict
        return "\n".join(e.format() for e in [*score.false_positives, *score.misses,
                                               *score.wrong_attributes])


def evaluate(gold: dict[str, GoldArticle], actors: ActorIndex,
             results: Iterable[ArticleResult | ArticleFailure]) -> EvalReport:
    """Score pipeline results against gold; failures and unmatched gold count as misses."""
    report = EvalReport(Score(), Score(), [], [], [], [])
    seen: set[str] = set()
    for result in results:
        if isinstance(result, ArticleFailure):
            report.failures.append(str(result))
            continue
        article = result.article
        name = gold_name(article.id, article.source, gold)
        if name is None:
            report.unscored.append(article.id)
            continue
        if name in seen:
            raise EvalError(f"two results for gold article {name}; pass each article once")
        seen.add(name)
        events = [e for e in result.events if not e.negated]
        report.negated_dropped += len(result.events) - len(events)
        report.system_events += len(events)
        report.articles.append(name)
        for score, lenient in ((report.strict, False), (report.lenient, True)):
            _score_article(name, gold[name].events, events, actors, score, lenient)
    for name in gold:
        if name not in seen:
            report.missing.append(name)
            for score, lenient in ((report.strict, False), (report.lenient, True)):
                _score_article(name, gold[name].events, [], actors, score, lenient)
    return report
