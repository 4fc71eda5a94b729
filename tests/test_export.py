"""RDF export: every format parses back to the same graph, conforms to our shapes, and
answers SPARQL questions with the numbers we put in."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, RDFS, XSD

from kg.errors import ExportError
from kg.export import DEFAULT_BASE_IRI, FORMATS, events_to_graph, write_rdf
from kg.export.vocab import KG, OA, SEM
from kg.model import Actor, Article, Event, Evidence, Place

SCHEMA = Path(__file__).resolve().parent.parent / "schema"
PARSE_AS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}

IRQ = Actor("IRQ", "Iraq", "state", name_ar="العراق", wikidata="Q796")
USA = Actor("USA", "United States", "state", name_ar="الولايات المتحدة",
            wikidata="http://www.wikidata.org/entity/Q30")
IRN = Actor("IRN", "Iran", "state", name_ar="إيران")
KH = Actor("kataib-hezbollah", "Kata'ib Hezbollah", "armed_group", name_ar="كتائب حزب الله",
           country="IRQ")
BAGHDAD = Place("baghdad", "Baghdad", "city", name_ar="بغداد", country="IRQ", geonames=98182,
                lat=33.3406, lon=44.4009)

# Sentences written for these tests, in the style of Arabic news.
S_VISIT = "استقبل رئيس الوزراء العراقي في بغداد وزير الخارجية الأمريكي لبحث مستقبل التحالف."
S_VISIT_2 = "وصل الوزير الأمريكي إلى العاصمة العراقية في زيارة لم يعلن عنها مسبقا."
S_CALL = "أجرى الرئيس الأمريكي اتصالا هاتفيا مع نظيره العراقي تناول الأوضاع الأمنية."
S_STRIKE = "قصفت طائرات أمريكية مواقع تابعة لفصيل مسلح قرب الحدود."
S_DEMAND = 'طالب البرلمان العراقي بـ"جدولة" انسحاب القوات الأجنبية\nمن أراضي البلاد.'
S_TEHRAN = "بحث وزير الخارجية الإيراني مع المسؤولين العراقيين ملف الحدود."


def make_events() -> list[Event]:
    visit = Event("ev-visit", "CONSULT", "visit", USA, IRQ, topic="withdrawal",
                  date="2024-01-28", date_granularity="day", place=BAGHDAD, confidence=0.9,
                  article_id="a1", evidence=[Evidence("a1", S_VISIT, 120, 200),
                                             Evidence("a2", S_VISIT_2, 0, 70)])
    call = Event("ev-call", "CONSULT", "call", USA, IRQ, date="2024-02",
                 date_granularity="month", symmetric=True, article_id="a2",
                 evidence=[Evidence("a2", S_CALL, 80, 150)])
    strike = Event("ev-strike", "ASSAULT", "aerial", USA, KH, date="2024",
                   date_granularity="year", confidence=0.75, article_id="a3",
                   evidence=[Evidence("a3", S_STRIKE, 5, 60)])
    # No evidence list: the primary sentence and span stand in; an id that needs escaping.
    demand = Event("ev-demand/1", "REQUEST", None, IRQ, USA, topic="withdrawal",
                   hypothetical=True, article_id="news/2024:07 ب.txt", sentence=S_DEMAND,
                   span=(10, 90))
    tehran = Event("ev-tehran", "CONSULT", "meet", IRN, IRQ, topic="border security",
                   date="2024-03-02", date_granularity="day", article_id="a3",
                   evidence=[Evidence("a3", S_TEHRAN, 300, 360)])
    return [visit, call, strike, demand, tehran]


ARTICLES = {
    "a1": Article("a1", "", "a1.html", url="https://news.example/ar/سياسة/1?x=a b",
                  title="زيارة مفاجئة إلى بغداد", published=dt.date(2024, 1, 29),
                  outlet="Example News"),
    "a2": Article("a2", "", "a2.txt", published=dt.date(2024, 2, 10)),
}


def ev(event_id: str, base: str = DEFAULT_BASE_IRI) -> URIRef:
    return URIRef(base + "event/" + event_id.replace("/", "%2F"))


def export(fmt: str, events: list[Event] | None = None, **kwargs: object) -> tuple[bytes, int]:
    out = io.BytesIO()
    count = write_rdf(make_events() if events is None else events, out, format=fmt,
                      articles=ARTICLES, **kwargs)  # type: ignore[arg-type]
    return out.getvalue(), count


def parse(data: bytes, fmt: str) -> Graph:
    if fmt == "trig":
        dataset = Dataset()
        dataset.parse(data=data, format="trig")
        union = Graph()
        for quad in dataset.quads():
            union.add(quad[:3])
        return union
    return Graph().parse(data=data, format=PARSE_AS[fmt])


@pytest.fixture(scope="module")
def graph() -> Graph:
    return events_to_graph(make_events(), articles=ARTICLES)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_parses_back_to_the_same_graph(fmt: str, graph: Graph) -> None:
    data, count = export(fmt)
    parsed = parse(data, fmt)
    assert count == len(graph) == len(parsed)
    assert isomorphic(parsed, graph)


def test_text_streams_get_text(graph: Graph) -> None:
    out = io.StringIO()
    write_rdf(make_events(), out, format="turtle", articles=ARTICLES)
    assert isomorphic(Graph().parse(data=out.getvalue(), format="turtle"), graph)


def test_trig_keeps_each_articles_provenance_in_its_own_graph() -> None:
    dataset = Dataset()
    dataset.parse(data=export("trig")[0], format="trig")
    a2 = dataset.graph(URIRef(DEFAULT_BASE_IRI + "graph/article/a2"))
    derived = set(a2.subjects(PROV.wasDerivedFrom, None))
    assert derived == {ev("ev-visit"), ev("ev-call")}
    shared = dataset.graph(URIRef(DEFAULT_BASE_IRI + "graph/shared"))
    assert (ev("ev-visit"), SEM.hasPlace, URIRef(DEFAULT_BASE_IRI + "place/baghdad")) in shared


def shacl(data: Graph) -> tuple[bool, str]:
    shapes = Graph().parse(SCHEMA / "shapes.ttl")
    ontology = Graph().parse(SCHEMA / "ontology.ttl")
    conforms, _, text = validate(data + ontology, shacl_graph=shapes, advanced=True)
    return bool(conforms), text


def test_export_conforms_to_the_shapes(graph: Graph) -> None:
    conforms, report = shacl(graph)
    assert conforms, report


def test_shapes_reject_a_position_that_ends_before_it_starts() -> None:
    bad = Event("ev-bad", "ASSAULT", None, USA, None, article_id="a1",
                evidence=[Evidence("a1", S_STRIKE, 90, 40)])
    conforms, report = shacl(events_to_graph([bad]))
    assert not conforms
    assert "TextPositionSelector" in report


def test_shapes_reject_an_event_without_actors_or_provenance() -> None:
    orphan = Event("ev-orphan", "PROTEST", None, None, None)
    conforms, report = shacl(events_to_graph([orphan]))
    assert not conforms
    assert "at least one actor" in report and "derived from at least one article" in report


def test_ontology_has_sixteen_types_with_cameo_matches() -> None:
    ontology = Graph().parse(SCHEMA / "ontology.ttl")
    rows = list(ontology.query("""
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX kg: <https://example.org/kg/ontology#>
        SELECT ?c (COUNT(?cameo) AS ?n) WHERE {
            ?c skos:inScheme kg:ploverScheme ; skos:prefLabel ?l ; skos:definition ?d ;
               kg:quadClass ?q ; skos:closeMatch ?cameo
        } GROUP BY ?c"""))
    assert len(rows) == 16
    assert all(int(r[1]) >= 1 for r in rows)


@pytest.mark.parametrize("fmt", FORMATS)
def test_iris_are_stable_across_runs(fmt: str) -> None:
    first, second = export(fmt)[0], export(fmt)[0]
    assert first == second


def test_base_iri_is_configurable() -> None:
    base = "http://data.example.net/news-kg/"
    graph = events_to_graph(make_events(), base_iri=base)
    assert (ev("ev-visit", base), SEM.eventType, None) in graph
    assert not any(str(s).startswith(DEFAULT_BASE_IRI + "event/") for s in graph.subjects())


def test_ids_are_percent_encoded(graph: Graph) -> None:
    demand = ev("ev-demand/1")
    article = URIRef(DEFAULT_BASE_IRI + "article/news%2F2024%3A07%20%D8%A8.txt")
    assert (demand, PROV.wasDerivedFrom, article) in graph
    assert (article, URIRef("http://purl.org/dc/terms/identifier"),
            Literal("news/2024:07 ب.txt")) in graph


def test_one_event_from_two_articles_has_one_iri_two_derivations(graph: Graph) -> None:
    visit = ev("ev-visit")
    assert len(set(graph.objects(visit, PROV.wasDerivedFrom))) == 2
    annotations = set(graph.subjects(OA.hasBody, visit))
    assert len(annotations) == 2
    exact = {str(graph.value(selector, OA.exact)) for a in annotations
             for selector in graph.objects(graph.value(a, OA.hasTarget), OA.hasSelector)
             if (selector, OA.exact, None) in graph}
    assert exact == {S_VISIT, S_VISIT_2}


def test_reports_of_one_event_as_separate_objects_merge() -> None:
    """Straight from extraction, one event id can come once per article."""
    events = make_events()
    visit = events[0]
    again = Event(visit.id, visit.type, visit.mode, visit.source, visit.target,
                  date="2024-01-27", date_granularity="day", article_id="a2",
                  evidence=[Evidence("a2", S_VISIT_2, 0, 70)])
    single = Event(visit.id, visit.type, visit.mode, visit.source, visit.target,
                   topic=visit.topic, date=visit.date, date_granularity="day",
                   place=BAGHDAD, confidence=0.9, evidence=visit.evidence[:1])
    split = [single, again] + events[1:]
    assert isomorphic(events_to_graph(split, articles=ARTICLES),
                      events_to_graph(events, articles=ARTICLES))
    data, count = export("nt", split)
    assert count == len(data.splitlines())  # nothing written twice


def test_time_at_each_granularity(graph: Graph) -> None:
    def value(event_id: str, prop: URIRef) -> Literal | None:
        return graph.value(ev(event_id), prop)  # type: ignore[return-value]

    assert value("ev-visit", SEM.hasTimeStamp) == Literal("2024-01-28", datatype=XSD.date)
    assert value("ev-call", SEM.hasTimeStamp) is None
    assert value("ev-call", SEM.hasEarliestBeginTimeStamp) == Literal(dt.date(2024, 2, 1))
    assert value("ev-call", SEM.hasLatestEndTimeStamp) == Literal(dt.date(2024, 2, 29))
    assert value("ev-strike", SEM.hasLatestEndTimeStamp) == Literal(dt.date(2024, 12, 31))
    assert value("ev-demand/1", SEM.hasEarliestBeginTimeStamp) is None


def test_actors_and_places_link_out(graph: Graph) -> None:
    actor = URIRef(DEFAULT_BASE_IRI + "actor/USA")
    assert set(graph.objects(actor, RDFS.label)) == {
        Literal("United States", lang="en"), Literal("الولايات المتحدة", lang="ar")}
    assert (actor, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q30")) in graph
    place = URIRef(DEFAULT_BASE_IRI + "place/baghdad")
    assert (place, OWL.sameAs, URIRef("https://sws.geonames.org/98182/")) in graph
    assert float(graph.value(place, URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#lat"))) \
        == pytest.approx(33.3406)
    assert (URIRef(DEFAULT_BASE_IRI + "actor/kataib-hezbollah"), KG.memberOf,
            URIRef(DEFAULT_BASE_IRI + "actor/IRQ")) in graph


COUNT_EVENTS = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a sem:Event }"
COUNT_CONSULT_IRQ_USA = """
    SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
        ?e a sem:Event ; sem:eventType plover:CONSULT ;
           sem:hasActor ?x, ?y .
        ?x owl:sameAs <http://www.wikidata.org/entity/Q796> .
        ?y owl:sameAs <http://www.wikidata.org/entity/Q30> .
    }"""


def sparql_count(graph: Graph, query: str) -> int:
    ns = {"sem": SEM._NS, "plover": URIRef("https://example.org/kg/plover/"), "owl": OWL}
    return int(next(iter(graph.query(query, initNs=ns)))[0])  # type: ignore[index]


@pytest.mark.parametrize("fmt", FORMATS)
def test_sparql_counts_what_we_put_in(fmt: str) -> None:
    parsed = parse(export(fmt)[0], fmt)
    assert sparql_count(parsed, COUNT_EVENTS) == 5
    assert sparql_count(parsed, COUNT_CONSULT_IRQ_USA) == 2


def test_hypothetical_flag_and_topic_concept(graph: Graph) -> None:
    demand = ev("ev-demand/1")
    assert graph.value(demand, KG.hypothetical) == Literal(True)
    assert graph.value(demand, KG.negated) == Literal(False)
    tehran_topic = graph.value(ev("ev-tehran"), KG.topic)
    assert str(tehran_topic).endswith("topic/border%20security")


def test_unknown_format_and_bad_base_fail_loudly() -> None:
    with pytest.raises(ExportError, match="turtle"):
        write_rdf([], io.BytesIO(), format="rdfxml")
    with pytest.raises(ExportError, match="absolute IRI"):
        write_rdf([], io.BytesIO(), base_iri="not an iri")
    with pytest.raises(ExportError, match="PLOVER type"):
        events_to_graph([Event("x", "CHAT", None, USA, IRQ)])


def test_empty_export_is_valid_in_every_format() -> None:
    for fmt in FORMATS:
        data, count = export(fmt, [])
        assert count == 0
        assert len(parse(data, fmt)) == 0


# -- the store's events export to the same numbers Cypher gives ------------------------------

def per_article_results() -> list:
    """make_events() as the pipeline hands them to the store: one result per article."""
    from kg.pipeline import ArticleResult

    by_article: dict[str, list[Event]] = {}
    for event in make_events():
        reports = event.evidence or [Evidence(event.article_id, event.sentence, *event.span)]
        for report in reports:
            copy = Event(**{**event.__dict__, "article_id": report.article_id,
                            "evidence": [report]})
            by_article.setdefault(report.article_id, []).append(copy)
    return [ArticleResult(ARTICLES.get(a) or Article(a, "", a), events)
            for a, events in by_article.items()]


def cypher_count(store, query: str) -> int:  # type: ignore[no-untyped-def]
    return int(store.query(query)[0]["n"])


@pytest.mark.slow
def test_store_export_counts_match_cypher(empty_store) -> None:  # type: ignore[no-untyped-def]
    empty_store.write(per_article_results())
    articles = {a.id: a for a in empty_store.iter_articles()}
    out = io.BytesIO()
    write_rdf(empty_store.iter_events(), out, format="nt", articles=articles)
    exported = Graph().parse(data=out.getvalue(), format="nt")

    assert sparql_count(exported, COUNT_EVENTS) == cypher_count(
        empty_store, "MATCH (e:Event) RETURN count(e) AS n") == 5
    assert sparql_count(exported, COUNT_CONSULT_IRQ_USA) == cypher_count(empty_store, """
        MATCH (e:Event {type: 'CONSULT'})-[:SOURCE|TARGET]->(a:Actor)
        WHERE a.id IN ['IRQ', 'USA']
        WITH e, count(DISTINCT a) AS actors WHERE actors = 2
        RETURN count(e) AS n""") == 2
    annotations = len(set(exported.subjects(OA.hasBody, None)))
    assert annotations == cypher_count(
        empty_store, "MATCH (:Event)-[r:REPORTED_IN]->(:Article) RETURN count(r) AS n") == 6
    conforms, report = shacl(exported)
    assert conforms, report
