"""Map events to RDF triples, one small chunk per event.

IRIs are pure functions of stable ids under a configurable base, so two exports of the same
events are identical and an export can be loaded next to an earlier one:

- ``{base}event/{event id}``, ``{base}actor/{actor id}``, ``{base}place/{place id}``,
  ``{base}article/{article id}``
- ``{base}annotation/{event id}/{article id}/{start}`` for the report of an event in one
  sentence, with ``#target``, ``#quote`` and ``#position`` for its target and selectors
  (IRIs rather than blank nodes, so chunks written separately can never collide).

Ids are percent-encoded (everything but ``A-Z a-z 0-9 - . _ ~``), which is injective.

The :class:`Mapper` remembers which actors, places, articles, concepts and events it has
already described, so a stream of events yields each triple once: an event seen again (the
same id from another report) only adds its new provenance.  It keeps ids, not triples.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote

from rdflib import Literal, URIRef
from rdflib.namespace import DCMITYPE, DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.errors import ExportError
from kg.export.vocab import KG, MODE, OA, PLOVER, SEM, TOPIC, WGS84
from kg.model import QUAD_CLASS, Actor, Article, Event, Evidence, Place

Triple = tuple[URIRef, URIRef, URIRef | Literal]

WIKIDATA = "http://www.wikidata.org/entity/"
GEONAMES = "https://sws.geonames.org/{}/"

# Actor kinds with a class of their own; every actor is also a sem:Actor.
ACTOR_CLASSES: dict[str, URIRef] = {
    "person": FOAF.Person, "organization": FOAF.Organization, "state": KG.State,
    "armed_group": KG.ArmedGroup, "intl_org": KG.IntergovernmentalOrganization,
    "group": KG.Group,
}

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_GRANULARITY_PARTS = {"year": 1, "month": 2, "day": 3}
_WIKIDATA_ID = re.compile(r"Q\d+$")
# Characters a URL may keep as they are; anything else (spaces, quotes, Arabic) is escaped.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def _esc(value: str) -> str:
    return quote(value, safe="-._~")


def _decimal(value: float, places: int) -> Literal:
    """An xsd:decimal in a canonical lexical form (``0.8``, ``1.0``), stable across runs."""
    text = f"{value:.{places}f}".rstrip("0")
    return Literal(text + "0" if text.endswith(".") else text, datatype=XSD.decimal)


def time_bounds(date: str | None, granularity: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of an ISO date at its granularity; None if there is no usable date.

    The granularity, when given, may only coarsen what the string says (``2024-01-28`` at
    ``month`` is January 2024); a string coarser than its granularity is taken as written.
    """
    match = _ISO_DATE.match(date or "")
    if match is None:
        return None
    parts = [int(p) for p in match.groups() if p is not None]
    parts = parts[:_GRANULARITY_PARTS.get(granularity or "day", 3)]
    try:
        if len(parts) == 3:
            day = dt.date(*parts)
            return day, day
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    except (ValueError, calendar.IllegalMonthError):
        return None


def reports(event: Event) -> list[Evidence]:
    """The event's evidence, or its primary sentence when the list is empty."""
    if event.evidence:
        return event.evidence
    if not event.article_id:
        return []
    return [Evidence(event.article_id, event.sentence, event.span[0], event.span[1],
                     event.sentence_index)]


@dataclass
class Chunk:
    """The new triples one event contributes: shared ones, and per-article provenance."""

    shared: list[Triple] = field(default_factory=list)
    by_article: dict[str, list[Triple]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.shared) + sum(len(t) for t in self.by_article.values())

    def all(self) -> Iterator[Triple]:
        yield from self.shared
        for triples in self.by_article.values():
            yield from triples


class Mapper:
    """Turns events into chunks of triples, describing every resource once."""

    def __init__(self, base_iri: str, articles: Mapping[str, Article] | None = None) -> None:
        if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S*$", base_iri) or any(
                c in base_iri for c in '<>"{}|\\^`'):
            raise ExportError(f"base IRI {base_iri!r} is not an absolute IRI; "
                              "give one like https://example.org/kg/")
        self.base = base_iri
        self.articles = articles or {}
        self._seen: set[str] = set()

    def iri(self, kind: str, *ids: str) -> URIRef:
        return URIRef(self.base + kind + "/" + "/".join(_esc(i) for i in ids))

    def graph_iri(self, article_id: str | None) -> URIRef:
        """Named graph for TriG: one per article's provenance, one for everything else."""
        if article_id is None:
            return URIRef(self.base + "graph/shared")
        return self.iri("graph/article", article_id)

    def _first(self, key: str) -> bool:
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def chunk(self, event: Event) -> Chunk:
        out = Chunk()
        ev = self.iri("event", event.id)
        if self._first("event\x1f" + event.id):
            out.shared.extend(self._event(ev, event))
        for report in reports(event):
            triples = self._report(ev, event.id, report)
            if triples:
                out.by_article.setdefault(report.article_id, []).extend(triples)
        return out

    def _event(self, ev: URIRef, event: Event) -> list[Triple]:
        if event.type not in QUAD_CLASS:
            raise ExportError(f"event {event.id}: unknown PLOVER type {event.type!r}")
        t: list[Triple] = [
            (ev, RDF.type, SEM.Event),
            (ev, SEM.eventType, PLOVER[event.type]),
            (ev, KG.quadClass, PLOVER[event.quad]),
            (ev, KG.negated, Literal(event.negated)),
            (ev, KG.future, Literal(event.future)),
            (ev, KG.hypothetical, Literal(event.hypothetical)),
            (ev, KG.symmetric, Literal(event.symmetric)),
            (ev, KG.confidence, _decimal(event.confidence, 3)),
        ]
        for prop, actor in ((KG.source, event.source), (KG.target, event.target)):
            if actor is not None:
                node = self.iri("actor", actor.id)
                t += [(ev, prop, node), (ev, SEM.hasActor, node)]
                t += self._actor(node, actor)
        if event.place is not None:
            node = self.iri("place", event.place.id)
            t += [(ev, SEM.hasPlace, node)] + self._place(node, event.place)
        t += self._time(ev, event)
        if event.mode:
            t += self._code(ev, KG.mode, MODE[_esc(event.mode)], KG.modes, event.mode)
        if event.topic:
            t += self._code(ev, KG.topic, TOPIC[_esc(event.topic)], KG.topics, event.topic)
        return t

    def _time(self, ev: URIRef, event: Event) -> list[Triple]:
        bounds = time_bounds(event.date, event.date_granularity)
        if bounds is None:
            return []
        first, last = bounds
        if first == last:
            return [(ev, SEM.hasTimeStamp, Literal(first))]
        return [(ev, SEM.hasEarliestBeginTimeStamp, Literal(first)),
                (ev, SEM.hasLatestEndTimeStamp, Literal(last))]

    def _code(self, ev: URIRef, prop: URIRef, concept: URIRef, scheme: URIRef,
              code: str) -> list[Triple]:
        """Link to a mode/topic concept, declaring it on first use (lists are open-ended)."""
        t: list[Triple] = [(ev, prop, concept)]
        if self._first("concept\x1f" + concept):
            t += [(concept, RDF.type, SKOS.Concept), (concept, SKOS.inScheme, scheme),
                  (concept, SKOS.notation, Literal(code))]
        return t

    def _actor(self, node: URIRef, actor: Actor) -> list[Triple]:
        if not self._first("actor\x1f" + actor.id):
            return []
        t: list[Triple] = [(node, RDF.type, SEM.Actor), (node, RDFS.label,
                                                         Literal(actor.name, lang="en"))]
        if actor.kind in ACTOR_CLASSES:
            t.append((node, RDF.type, ACTOR_CLASSES[actor.kind]))
        if actor.name_ar:
            t.append((node, RDFS.label, Literal(actor.name_ar, lang="ar")))
        if actor.wikidata:
            qid = actor.wikidata.rstrip("/").rsplit("/", 1)[-1]
            if _WIKIDATA_ID.match(qid):
                t.append((node, OWL.sameAs, URIRef(WIKIDATA + qid)))
        if actor.country and actor.country != actor.id:
            t.append((node, KG.memberOf, self.iri("actor", actor.country)))
        return t

    def _place(self, node: URIRef, place: Place) -> list[Triple]:
        if not self._first("place\x1f" + place.id):
            return []
        t: list[Triple] = [(node, RDF.type, SEM.Place),
                           (node, RDFS.label, Literal(place.name, lang="en"))]
        if place.name_ar:
            t.append((node, RDFS.label, Literal(place.name_ar, lang="ar")))
        if place.geonames:
            t.append((node, OWL.sameAs, URIRef(GEONAMES.format(int(place.geonames)))))
        if place.lat is not None and place.lon is not None:
            t += [(node, WGS84.lat, _decimal(place.lat, 6)),
                  (node, WGS84.long, _decimal(place.lon, 6))]
        return t

    def _report(self, ev: URIRef, event_id: str, report: Evidence) -> list[Triple]:
        art = self.iri("article", report.article_id)
        t: list[Triple] = []
        if self._first(f"derived\x1f{event_id}\x1f{report.article_id}"):
            t.append((ev, PROV.wasDerivedFrom, art))
        t += self._article(art, report.article_id)
        ann = self.iri("annotation", event_id, report.article_id, str(report.start))
        if not self._first("annotation\x1f" + ann):
            return t
        target, text_quote, position = (URIRef(f"{ann}#{part}")
                                        for part in ("target", "quote", "position"))
        t += [
            (ann, RDF.type, OA.Annotation), (ann, OA.motivatedBy, OA.linking),
            (ann, OA.hasBody, ev), (ann, OA.hasTarget, target),
            (target, RDF.type, OA.SpecificResource), (target, OA.hasSource, art),
            (target, OA.hasSelector, text_quote), (target, OA.hasSelector, position),
            (text_quote, RDF.type, OA.TextQuoteSelector),
            (text_quote, OA.exact, Literal(report.sentence, lang="ar")),
            (position, RDF.type, OA.TextPositionSelector),
            (position, OA.start, Literal(report.start, datatype=XSD.nonNegativeInteger)),
            (position, OA.end, Literal(report.end, datatype=XSD.nonNegativeInteger)),
        ]
        return t

    def _article(self, node: URIRef, article_id: str) -> list[Triple]:
        if not self._first("article\x1f" + article_id):
            return []
        t: list[Triple] = [(node, RDF.type, PROV.Entity), (node, RDF.type, DCMITYPE.Text),
                           (node, DCTERMS.identifier, Literal(article_id)),
                           (node, DCTERMS.language, Literal("ar"))]
        meta = self.articles.get(article_id)
        if meta is None:
            return t
        if meta.url:
            t.append((node, DCTERMS.source, URIRef(quote(meta.url, safe=_URL_SAFE))))
        if meta.title:
            t.append((node, DCTERMS.title, Literal(meta.title, lang="ar")))
        if meta.published:
            t.append((node, DCTERMS.issued, Literal(meta.published)))  # xsd:date
        if meta.outlet:
            t.append((node, DCTERMS.publisher, Literal(meta.outlet)))
        return t
