"""Every Cypher statement the store runs, as pure functions returning query strings.

Values always travel as parameters (``$rows``, ``$after`` …).  The only names built into a
string are labels and relationship types from fixed whitelists (:data:`LABELS`,
:data:`kg.model.PLOVER_TYPES`), because Cypher cannot take those as parameters.

Write statements take ``$rows``, a list of maps built by :mod:`kg.store.rows`; they
``MERGE`` on stable ids, except :func:`create_events` for events the same transaction found
absent, so re-ingesting or ingesting in another order yields the same graph.  Speed on the
embedded ArcadeDB comes from few statements per batch (one per shape or type present, not
per row), ``CREATE`` where nothing can exist yet, and unique-id index lookups.
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
            "MERGE (c:Actor {id: row.country}) "
            "ON CREATE SET c.kind = 'state', c.name = row.country "
            "MERGE (a)-[:MEMBER_OF]->(c)")


def merge_places() -> str:
    return ("UNWIND $rows AS row MERGE (p:Place {id: row.id}) "
            "SET p.name = row.name, p.name_ar = row.name_ar, p.kind = row.kind, "
            "p.country = row.country, p.geonames = row.geonames, p.lat = row.lat, p.lon = row.lon")


def stored_events() -> str:
    """Properties of the events of a batch that are already stored (to combine with)."""
    return "UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN properties(e) AS props"


def touch_articles() -> str:
    """Article nodes (id only) that reports point at, so the event statements only look
    them up; such an article counts as stored only once written itself (``chars``)."""
    return "UNWIND $ids AS id MERGE (:Article {id: id})"


def create_events(source: bool, target: bool, place: bool) -> str:
    """Events not yet in the store, with their edges and first report, in one pattern.

    Rows are ``{id, props, source, target, place, article_id, report}``, grouped in Python
    by which roles they have (one statement per shape).  Only for ids the same transaction
    found absent (:func:`stored_events`): ``CREATE`` skips the existence checks a ``MERGE``
    of the node and of each edge would cost.  Further reports and places of the event go
    through :func:`merge_reports` and :func:`merge_roles`.
    """
    parts = ["UNWIND $rows AS row MATCH (a:Article {id: row.article_id})"]
    pattern = ["(e:Event)-[r:REPORTED_IN]->(a)"]
    for present, var, key, rel, label in ((source, "s", "source", "SOURCE", "Actor"),
                                          (target, "t", "target", "TARGET", "Actor"),
                                          (place, "p", "place", "AT", "Place")):
        if present:
            parts.append(f"MATCH ({var}:{label} {{id: row.{key}}})")
            pattern.append(f"(e)-[:{rel}]->({var})")
    parts.append("CREATE " + ", ".join(pattern) + " SET e = row.props, r = row.report")
    return " ".join(parts)


def merge_events() -> str:
    """Events already stored: their properties, combined in Python with what the store held
    (:func:`kg.store.rows.combine_events`) so plain ``SET +=`` stays order-independent.
    Each event is one row, so ArcadeDB evaluating a clause for all rows before the next
    runs cannot mix two reports' values.
    """
    return "UNWIND $rows AS row MERGE (e:Event {id: row.id}) SET e += row.props"


ROLES = {"source": ("SOURCE", "Actor"), "target": ("TARGET", "Actor"), "place": ("AT", "Place")}


def merge_roles(role: str) -> str:
    """An event's SOURCE/TARGET/AT edge for rows ``{id, ref}``, if not there yet."""
    rel, label = ROLES[role]
    return (f"UNWIND $rows AS row MATCH (e:Event {{id: row.id}}) "
            f"MATCH (x:{label} {{id: row.ref}}) MERGE (e)-[:{rel}]->(x)")


def merge_reports() -> str:
    """One REPORTED_IN per evidence, keyed by its span so each report keeps its own date."""
    return ("UNWIND $rows AS row MATCH (e:Event {id: row.id}) "
            "MATCH (a:Article {id: row.article_id}) "
            "MERGE (e)-[r:REPORTED_IN {start: row.props.start, end: row.props.end}]->(a) "
            "SET r += row.props")


def direct(plover: str, new: bool) -> str:
    """The actor→actor relationship named after the event's PLOVER type, for rows
    ``{id, source, target, props}``; ``new`` rows (events created in this transaction)
    are created, others merged on ``event_id``."""
    if plover not in PLOVER_TYPES:
        raise ValueError(f"not a PLOVER type: {plover!r}")
    verb = "CREATE" if new else "MERGE"
    return ("UNWIND $rows AS row MATCH (s:Actor {id: row.source}) "
            f"MATCH (t:Actor {{id: row.target}}) {verb} (s)-[r:{plover} {{event_id: row.id}}]->(t) "
            "SET r.date = row.date, r.mode = row.mode, r.topic = row.topic")


def forget_reports() -> str:
    """Remove the given articles' REPORTED_IN edges; the events they pointed to come back."""
    return ("UNWIND $ids AS id MATCH (e:Event)-[r:REPORTED_IN]->(:Article {id: id}) "
            "DELETE r RETURN DISTINCT e.id AS id")


def delete_unreported() -> str:
    """Events among ``$ids`` that no report supports any more, with their direct edges."""
    return ("UNWIND $ids AS id MATCH (e:Event {id: id}) "
            "WHERE NOT EXISTS { MATCH (e)-[:REPORTED_IN]->() } "
            "OPTIONAL MATCH (e)-[:SOURCE]->(:Actor)-[d]->(:Actor) WHERE d.event_id = e.id "
            "DELETE d WITH DISTINCT e DETACH DELETE e")


def merge_articles() -> str:
    """Article metadata; ``chars`` set means the article itself was written (with its events,
    in the same transaction), not only pointed at by another article's report."""
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
