"""Every Cypher statement the store runs, as pure functions returning query strings.

Values always travel as parameters (``$rows``, ``$after`` …).  The only names built into a
string are labels and relationship types from fixed whitelists (:data:`LABELS`,
:data:`kg.model.PLOVER_TYPES`), because Cypher cannot take those as parameters.

Write statements take ``$rows``, a list of maps built by :mod:`kg.store.rows`; each is
idempotent (``MERGE`` on stable ids) and order-independent, so re-ingesting or ingesting in
another order yields the same graph.
"""

from __future__ import annotations

from kg.model import PLOVER_TYPES

LABELS: tuple[str, ...] = ("Article", "Event", "Actor", "Place")

def constraints() -> list[str]:
    """Neo4j 5 schema statements, idempotent (``IF NOT EXISTS``)."""
    out = [f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS "
           f"FOR (n:{label}) REQUIRE n.id IS UNIQUE" for label in LABELS]
    out.append("CREATE INDEX event_date_start IF NOT EXISTS FOR (e:Event) ON (e.date_start)")
    out.append("CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)")
    return out


def merge_actors() -> str:
    return ("UNWIND $rows AS row MERGE (a:Actor {id: row.id}) "
            "SET a.name = row.name, a.name_ar = row.name_ar, a.kind = row.kind, "
            "a.country = row.country, a.role = row.role, a.wikidata = row.wikidata")


def merge_member_of() -> str:
    """A person or group to the state named by its ``country`` (state node made if missing)."""
    return ("UNWIND $rows AS row MATCH (a:Actor {id: row.id}) "
            "MERGE (c:Actor {id: row.country}) ON CREATE SET c.kind = 'state', c.name = row.country "
            "MERGE (a)-[:MEMBER_OF]->(c)")


def merge_places() -> str:
    return ("UNWIND $rows AS row MERGE (p:Place {id: row.id}) "
            "SET p.name = row.name, p.name_ar = row.name_ar, p.kind = row.kind, "
            "p.country = row.country, p.geonames = row.geonames, p.lat = row.lat, p.lon = row.lon")


def stored_events() -> str:
    """Properties of the events of a batch that are already stored (to combine with)."""
    return "MATCH (e:Event) WHERE e.id IN $ids RETURN properties(e) AS props"


def merge_events(source: bool, target: bool, place: bool, direct: str | None) -> str:
    """Event nodes with their SOURCE/TARGET/AT edges for rows ``{id, props, source, …}``.

    ``props`` were combined in Python (:func:`kg.store.rows.combine_events`) with what the
    store held, so plain ``SET +=`` stays order-independent.  ``direct`` adds the short
    actor→actor relationship named after the PLOVER type (needs source and target).
    """
    parts = ["UNWIND $rows AS row MERGE (e:Event {id: row.id}) SET e += row.props"]
    if source:
        parts.append("WITH e, row MATCH (s:Actor {id: row.source}) MERGE (e)-[:SOURCE]->(s)")
    if target:
        parts.append("WITH e, row" + (", s" if source else "") +
                     " MATCH (t:Actor {id: row.target}) MERGE (e)-[:TARGET]->(t)")
    if direct is not None:
        if direct not in PLOVER_TYPES:
            raise ValueError(f"not a PLOVER type: {direct!r}")
        if not (source and target):
            raise ValueError("a direct relationship needs a source and a target")
        parts.append(f"MERGE (s)-[r:{direct} {{event_id: row.id}}]->(t) "
                     "SET r.date = row.props.date, r.mode = row.props.mode, "
                     "r.topic = row.props.topic")
    if place:
        parts.append("WITH e, row MATCH (p:Place {id: row.place}) MERGE (e)-[:AT]->(p)")
    return " ".join(parts)


def merge_reports() -> str:
    """One REPORTED_IN per evidence, keyed by its span so each report keeps its own date."""
    return ("UNWIND $rows AS row MATCH (e:Event {id: row.event_id}) "
            "MERGE (a:Article {id: row.article_id}) "
            "MERGE (e)-[r:REPORTED_IN {start: row.start, end: row.end}]->(a) "
            "SET r.sentence = row.sentence, r.sentence_index = row.sentence_index, "
            "r.trigger = row.trigger, r.date = row.date, r.date_granularity = row.date_granularity")


def merge_articles() -> str:
    """Article metadata, written last in a batch: ``chars`` set means the article is complete."""
    return ("UNWIND $rows AS row MERGE (a:Article {id: row.id}) "
            "SET a.title = row.title, a.url = row.url, a.outlet = row.outlet, "
            "a.published = row.published, a.source = row.source, a.format = row.format, "
            "a.chars = row.chars")


def stored_articles(filtered: bool) -> str:
    where = "a.chars IS NOT NULL" + (" AND a.id IN $ids" if filtered else "")
    return f"MATCH (a:Article) WHERE {where} RETURN a.id AS id"


def count_label(label: str) -> str:
    if label not in LABELS:
        raise ValueError(f"not a node label: {label!r}")
    return f"MATCH (n:{label}) RETURN count(n) AS n"


def count_articles() -> str:
    """Complete articles only (see :func:`merge_articles`)."""
    return "MATCH (a:Article) WHERE a.chars IS NOT NULL RETURN count(a) AS n"


def count_reports() -> str:
    return "MATCH (:Event)-[r:REPORTED_IN]->(:Article) RETURN count(r) AS n"


def events_by_type() -> str:
    return "MATCH (e:Event) RETURN e.type AS type, count(e) AS n"


def event_page() -> str:
    """One page of events after ``$after`` (keyset paging on id) with actors, place, reports."""
    return ("MATCH (e:Event) WHERE e.id > $after "
            "AND ($since IS NULL OR e.date_end >= $since) "
            "AND ($until IS NULL OR e.date_start <= $until) "
            "AND ($actor IS NULL OR EXISTS { MATCH (e)-[:SOURCE|TARGET]->(x:Actor) "
            "WHERE x.id = $actor OR x.name = $actor OR x.name_ar = $actor }) "
            "WITH e ORDER BY e.id LIMIT $limit "
            "OPTIONAL MATCH (e)-[:SOURCE]->(s:Actor) "
            "OPTIONAL MATCH (e)-[:TARGET]->(t:Actor) "
            "OPTIONAL MATCH (e)-[:AT]->(p:Place) "
            "OPTIONAL MATCH (e)-[r:REPORTED_IN]->(a:Article) "
            "WITH e, s, t, p, collect(CASE WHEN a IS NULL THEN NULL ELSE {article_id: a.id, "
            "sentence: r.sentence, start: r.start, end: r.end, "
            "sentence_index: r.sentence_index, trigger: r.trigger, date: r.date, "
            "date_granularity: r.date_granularity} END) AS evidence "
            "RETURN e, s, t, p, evidence ORDER BY e.id")


def article_page() -> str:
    return ("MATCH (a:Article) WHERE a.chars IS NOT NULL AND a.id > $after "
            "RETURN a ORDER BY a.id LIMIT $limit")
