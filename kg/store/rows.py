"""Between the model's dataclasses and the parameter rows / records the Cypher speaks.

:class:`Batch` turns a list of :class:`~kg.pipeline.ArticleResult` into one list of rows per
write statement; :func:`event_from_record` and :func:`article_from_record` go the other way.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.merge import explain, merge_key
from kg.model import Actor, Article, Event, Evidence, Place

if TYPE_CHECKING:  # the pipeline (and its Arabic analyser) is not needed to store
    from kg.pipeline import ArticleResult

Row = dict[str, Any]


def date_bounds(iso: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day covered by an ISO date of day, month or year granularity."""
    if not iso:
        return None, None
    try:
        parts = [int(p) for p in iso.split("-")]
        if len(parts) == 3:
            day = dt.date(*parts)
            return day, day
        if len(parts) == 2:
            year, month = parts
            return dt.date(year, month, 1), dt.date(year, month,
                                                    calendar.monthrange(year, month)[1])
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    except ValueError:
        pass
    return None, None  # an unparseable date stays a string, without range bounds


def _actor_row(actor: Actor) -> Row:
    return {"id": actor.id, "name": actor.name, "name_ar": actor.name_ar, "kind": actor.kind,
            "country": actor.country, "role": actor.role, "wikidata": actor.wikidata}


def _place_row(place: Place) -> Row:
    return {"id": place.id, "name": place.name, "name_ar": place.name_ar, "kind": place.kind,
            "country": place.country, "geonames": place.geonames, "lat": place.lat,
            "lon": place.lon}


def _evidence(event: Event, article_id: str) -> list[Evidence]:
    if event.evidence:
        return event.evidence
    return [Evidence(article_id=event.article_id or article_id, sentence=event.sentence,
                     start=event.span[0], end=event.span[1],
                     sentence_index=event.sentence_index, date=event.date,
                     date_granularity=event.date_granularity)]


def _roles(event: Event) -> tuple[Actor | None, Actor | None]:
    """Source and target; a symmetric pair in id order so every report draws the same edges."""
    source, target = event.source, event.target
    if event.symmetric and source is not None and target is not None and target.id < source.id:
        return target, source
    return source, target


def _event_row(event: Event, report: str) -> Row:
    start, end = date_bounds(event.date)
    return {
        "id": event.id, "type": event.type, "quad": event.quad, "mode": event.mode,
        "topic": event.topic, "date": event.date, "date_granularity": event.date_granularity,
        "date_start": start, "date_end": end, "negated": event.negated,
        "future": event.future, "hypothetical": event.hypothetical,
        "symmetric": event.symmetric, "confidence": float(event.confidence),
        "merge_key": merge_key(event), "merged_on": explain(event), "report": report,
    }


_GRANULARITY_RANK = {"day": 0, "month": 1, "year": 2}
_DESCRIBED = ("type", "quad", "mode", "topic", "negated", "future", "hypothetical",
              "symmetric", "merge_key", "merged_on", "report")
_DATED = ("date", "date_granularity", "date_start", "date_end")


def _date_rank(row: Mapping[str, Any]) -> tuple[int, str]:
    if not row.get("date"):
        return 9, ""
    return _GRANULARITY_RANK.get(row.get("date_granularity") or "", 3), str(row["date"])


def combine_events(a: Mapping[str, Any], b: Mapping[str, Any]) -> Row:
    """One Event's properties from two reports' rows, the same whichever comes first.

    Confidence is the maximum; the date is the finest-grained, earliest among equals; the
    descriptive fields (mode, topic, flags) come from the *primary* report, the one with
    the smallest ``report`` key (article id + offset).
    """
    primary = a if (a.get("report") or "") <= (b.get("report") or "") else b
    dated = min((a, b), key=lambda r: (_date_rank(r), r is not primary))
    out: Row = {"id": a["id"]}
    out.update({k: primary.get(k) for k in _DESCRIBED})
    out.update({k: dated.get(k) for k in _DATED})
    out["confidence"] = max(a.get("confidence") or 0.0, b.get("confidence") or 0.0)
    return out


def _article_row(article: Article) -> Row:
    return {"id": article.id, "title": article.title, "url": article.url,
            "outlet": article.outlet, "published": article.published,
            "source": article.source, "format": article.format, "chars": len(article.text)}


@dataclass
class Plan:
    """One batch's event rows, by the statement that writes them (see :meth:`Batch.plan`)."""

    created: dict[tuple[bool, bool, bool], list[Row]] = field(default_factory=dict)
    merged: list[Row] = field(default_factory=list)  # events the store already holds
    roles: dict[str, list[Row]] = field(default_factory=dict)  # role -> {id, ref} to merge
    reports: list[Row] = field(default_factory=list)  # not created with their event
    direct: dict[tuple[str, bool], list[Row]] = field(default_factory=dict)  # (type, new)


@dataclass
class Batch:
    """The parameter rows for writing some whole articles in one transaction.

    Everything is keyed, so an article or report seen twice in a batch is written once and
    every event is one row per statement, with its reports' properties already combined.
    """

    actors: dict[str, Row] = field(default_factory=dict)
    places: dict[str, Row] = field(default_factory=dict)
    events: dict[str, Row] = field(default_factory=dict)  # id -> combined properties
    roles: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # id -> role -> refs
    reports: dict[tuple[str, str, int, int], Row] = field(default_factory=dict)
    articles: dict[str, Row] = field(default_factory=dict)
    size: int = 0  # articles + events added, the unit of ``GraphStore.write``'s batch size

    def add(self, result: ArticleResult) -> None:
        article_id = result.article.id
        for event in result.events:
            self._add_event(event, article_id)
        self.articles[article_id] = _article_row(result.article)
        self.size += 1 + len(result.events)

    def _add_event(self, event: Event, article_id: str) -> None:
        evidence = _evidence(event, article_id)
        first = evidence[0]
        row = _event_row(event, f"{first.article_id}\x1f{first.start:012d}")
        known = self.events.get(event.id)
        self.events[event.id] = row if known is None else combine_events(known, row)
        roles = self.roles.setdefault(event.id, {"source": set(), "target": set(),
                                                 "place": set()})
        source, target = _roles(event)
        for actor, role in ((source, "source"), (target, "target")):
            if actor is not None:
                self.actors[actor.id] = _actor_row(actor)
                roles[role].add(actor.id)
        if event.place is not None:
            self.places[event.place.id] = _place_row(event.place)
            roles["place"].add(event.place.id)
        for ev in evidence:
            report_article = ev.article_id or article_id
            self.reports[(event.id, report_article, ev.start, ev.end)] = {
                "id": event.id, "article_id": report_article, "props": {
                    "sentence": ev.sentence, "start": ev.start, "end": ev.end,
                    "sentence_index": ev.sentence_index, "trigger": ev.trigger,
                    "date": ev.date, "date_granularity": ev.date_granularity}}

    def other_articles(self) -> list[str]:
        """Articles a report points at that the batch does not write itself (rare)."""
        return sorted({r["article_id"] for r in self.reports.values()} - set(self.articles))

    def plan(self, stored: Mapping[str, Mapping[str, Any]]) -> Plan:
        """The event rows to send, given ``stored``: the current properties of the batch's
        events that the store already holds (combined here with the batch's).

        A role takes the smallest actor id when reports disagree, so every order of reports
        draws the same single SOURCE and TARGET; every place named is kept.
        """
        plan = Plan()
        reports: dict[str, list[Row]] = {}
        for report in self.reports.values():
            reports.setdefault(report["id"], []).append(report)
        for event_id, row in self.events.items():
            roles = self.roles[event_id]
            source = min(roles["source"], default=None)
            target = min(roles["target"], default=None)
            places = sorted(roles["place"])
            fresh = event_id not in stored
            props = row if fresh else combine_events(stored[event_id], row)
            mine = reports.get(event_id, [])
            if fresh and mine:
                shape = (source is not None, target is not None, bool(places))
                plan.created.setdefault(shape, []).append({
                    "id": event_id, "props": props, "source": source, "target": target,
                    "place": places[0] if places else None,
                    "article_id": mine[0]["article_id"], "report": mine[0]["props"]})
                places, mine = places[1:], mine[1:]  # the rest go as merged edges
            else:
                plan.merged.append({"id": event_id, "props": props})
                for role, ref in (("source", source), ("target", target)):
                    if ref is not None:
                        plan.roles.setdefault(role, []).append({"id": event_id, "ref": ref})
            plan.reports.extend(mine)
            plan.roles.setdefault("place", []).extend({"id": event_id, "ref": ref}
                                                      for ref in places)
            if source is not None and target is not None:
                plan.direct.setdefault((props["type"], fresh), []).append({
                    "id": event_id, "source": source, "target": target,
                    "date": props["date"], "mode": props["mode"], "topic": props["topic"]})
        return plan

    def members(self) -> list[Row]:
        """Actors that belong to a state other than themselves (MEMBER_OF rows)."""
        return [{"id": a["id"], "country": a["country"]} for a in self.actors.values()
                if a["country"] and a["country"] != a["id"] and a["kind"] != "state"]


def _to_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    to_native = getattr(value, "to_native", None)  # neo4j.time.Date
    if to_native is not None:
        return to_native()
    return dt.date.fromisoformat(str(value))


def _actor(props: Mapping[str, Any] | None) -> Actor | None:
    if props is None:
        return None
    return Actor(id=props["id"], name=props.get("name") or props["id"],
                 kind=props.get("kind") or "group", name_ar=props.get("name_ar"),
                 country=props.get("country"), role=props.get("role"),
                 wikidata=props.get("wikidata"))


def _place(props: Mapping[str, Any] | None) -> Place | None:
    if props is None:
        return None
    return Place(id=props["id"], name=props.get("name") or props["id"],
                 kind=props.get("kind") or "site", name_ar=props.get("name_ar"),
                 country=props.get("country"), geonames=props.get("geonames"),
                 lat=props.get("lat"), lon=props.get("lon"))


def event_from_record(e: Mapping[str, Any], source: Mapping[str, Any] | None,
                      target: Mapping[str, Any] | None, place: Mapping[str, Any] | None,
                      evidence: list[Mapping[str, Any]]) -> Event:
    """An Event rebuilt from its node, neighbours and REPORTED_IN rows (sorted by report)."""
    reports = sorted((Evidence(**{k: r.get(k) for k in (
        "article_id", "sentence", "start", "end", "sentence_index", "trigger", "date",
        "date_granularity")}) for r in evidence if r is not None),
        key=lambda ev: (ev.article_id, ev.start, ev.end))
    first = reports[0] if reports else None
    return Event(
        id=e["id"], type=e["type"], mode=e.get("mode"), source=_actor(source),
        target=_actor(target), topic=e.get("topic"), date=e.get("date"),
        date_granularity=e.get("date_granularity"), place=_place(place),
        negated=bool(e.get("negated")), future=bool(e.get("future")),
        hypothetical=bool(e.get("hypothetical")), symmetric=bool(e.get("symmetric")),
        confidence=float(e.get("confidence") or 0.0),
        article_id=first.article_id if first else "",
        sentence=first.sentence if first else "",
        span=(first.start, first.end) if first else (0, 0),
        sentence_index=first.sentence_index if first else 0, evidence=reports)


def article_from_record(a: Mapping[str, Any]) -> Article:
    """Article metadata from its node; the text is not stored, so it comes back empty."""
    return Article(id=a["id"], text="", source=a.get("source") or "",
                   format=a.get("format") or "txt", url=a.get("url"), title=a.get("title"),
                   published=_to_date(a.get("published")), outlet=a.get("outlet"))
