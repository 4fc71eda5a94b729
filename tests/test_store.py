"""The graph store against a real ArcadeDB Bolt server (session fixture) and embedded stores."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kg.errors import QueryError, StoreError
from kg.merge import assign_ids
from kg.model import PLOVER_TYPES, Actor, Article, Event, Evidence, Place
from kg.pipeline import ArticleResult
from kg.store import GraphStore, cypher, graph, open_store, serve
from kg.store.embedded import free_port
from kg.store.rows import date_bounds

ROOT = Path(__file__).resolve().parent.parent

USA = Actor("USA", "United States", "state", name_ar="الولايات المتحدة")
IRQ = Actor("IRQ", "Iraq", "state", name_ar="العراق")
IRN = Actor("IRN", "Iran", "state", name_ar="إيران")
PM = Actor("iraq-pm", "Prime Minister of Iraq", "person", name_ar="رئيس الوزراء العراقي",
           country="IRQ", role="prime minister")
BAGHDAD = Place("baghdad", "Baghdad", "city", name_ar="بغداد", country="IRQ", lat=33.31,
                lon=44.36)

MEETING = "استقبل رئيس الوزراء العراقي في بغداد وفدا أمريكيا لبحث مستقبل التحالف الدولي."
DEMAND = "دعت الحكومة العراقية الولايات المتحدة إلى جدولة انسحاب قواتها من البلاد."
STRIKE = "استهدفت غارة أمريكية مواقع لفصيل مسلح قرب الحدود مع إيران."


def event(article_id: str, type_: str, source: Actor | None, target: Actor | None, *,
          sentence: str, start: int = 0, date: str | None = "2024-01-28",
          granularity: str | None = "day", **extra: object) -> Event:
    ev = Event("", type_, extra.pop("mode", None), source, target, date=date,
               date_granularity=granularity, article_id=article_id, sentence=sentence,
               span=(start, start + len(sentence)), **extra)  # type: ignore[arg-type]
    ev.evidence = [Evidence(article_id, sentence, start, start + len(sentence), date=date,
                            date_granularity=granularity)]
    return ev


def result(article_id: str, *events: Event, published: dt.date | None = dt.date(2024, 1, 29),
           outlet: object = "وكالة تجريبية") -> ArticleResult:
    text = " ".join(e.sentence for e in events) or "خبر بلا أحداث."
    article = Article(article_id, text, source=f"{article_id}.txt", title=f"عنوان {article_id}",
                      url=f"https://example.org/{article_id}", published=published,
                      outlet=outlet)  # type: ignore[arg-type]
    return ArticleResult(article, assign_ids(list(events)))


def meeting(article_id: str, date: str = "2024-01-28", granularity: str = "day",
            confidence: float = 0.6, swap: bool = False, **extra: object) -> Event:
    source, target = (USA, PM) if swap else (PM, USA)
    return event(article_id, "CONSULT", source, target, sentence=MEETING, date=date,
                 granularity=granularity, mode=extra.pop("mode", "meet"), topic="coalition",
                 place=BAGHDAD, symmetric=True, confidence=confidence, **extra)


def demand(article_id: str) -> Event:
    return event(article_id, "REQUEST", IRQ, USA, sentence=DEMAND, start=len(MEETING) + 1,
                 date="2024-01", granularity="month", topic="withdrawal")


def snapshot(store: GraphStore) -> dict[str, object]:
    """Everything observable about the graph, order-free."""
    def rows(q: str) -> list[str]:  # property maps compared whatever their key order
        return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in store.query(q))
    return {
        "stats": store.stats(),
        "events": rows("MATCH (e:Event) RETURN properties(e) AS p"),
        "reports": rows("MATCH (e:Event)-[r:REPORTED_IN]->(a:Article) "
                        "RETURN e.id AS e, properties(r) AS r, a.id AS a"),
        "edges": rows("MATCH (x)-[r]->(y) WHERE NOT r:REPORTED_IN "
                      "RETURN x.id AS x, type(r) AS t, properties(r) AS p, y.id AS y"),
    }


# -- writing ---------------------------------------------------------------------------------

def test_write_counts_every_node_and_report(empty_store: GraphStore) -> None:
    summary = empty_store.write([result("a1", meeting("a1"), demand("a1")),
                                 result("a2", event("a2", "ASSAULT", USA, None, sentence=STRIKE))])
    assert (summary.articles, summary.events, summary.reports) == (2, 3, 3)
    assert empty_store.stats() == {
        "articles": 2, "events": 3, "events_by_type": {"ASSAULT": 1, "CONSULT": 1, "REQUEST": 1},
        "actors": 3, "places": 1, "reports": 3}
    member = empty_store.query("MATCH (p:Actor)-[:MEMBER_OF]->(s:Actor) RETURN p.id AS p, s.id AS s")
    assert member == [{"p": "iraq-pm", "s": "IRQ"}]
    direct = empty_store.query("MATCH (:Actor {id: 'IRQ'})-[r:REQUEST]->(:Actor {id: 'USA'}) "
                               "RETURN r.topic AS topic, r.date AS date")
    assert direct == [{"topic": "withdrawal", "date": "2024-01"}]


def test_rewriting_the_same_results_changes_nothing(empty_store: GraphStore) -> None:
    results = [result("a1", meeting("a1"), demand("a1")), result("a2")]
    empty_store.write(results)
    before = snapshot(empty_store)
    empty_store.write(results, batch_size=1)
    assert snapshot(empty_store) == before


def test_two_reports_of_one_event_make_one_event_with_both_dates(empty_store: GraphStore) -> None:
    empty_store.write([result("a1", meeting("a1", "2024-01-28", confidence=0.6)),
                       result("a2", meeting("a2", "2024-01-27", confidence=0.9, swap=True))])
    assert empty_store.stats()["events"] == 1
    reports = empty_store.query("MATCH (e:Event)-[r:REPORTED_IN]->(a:Article) "
                                "RETURN a.id AS a, r.date AS date ORDER BY a")
    assert reports == [{"a": "a1", "date": "2024-01-28"}, {"a": "a2", "date": "2024-01-27"}]
    (ev,) = empty_store.query("MATCH (e:Event) RETURN e.date AS date, e.confidence AS c, "
                              "e.merge_key AS key, e.merged_on AS why")
    assert (ev["date"], ev["c"]) == ("2024-01-27", 0.9)
    assert ev["key"] == "CONSULT|USA|iraq-pm|2024-01" and ev["why"].startswith("merged on")
    # a symmetric event reported in both directions still has one source and one target
    assert empty_store.query("MATCH (e:Event)-[r:SOURCE|TARGET]->() RETURN count(r) AS n") == [
        {"n": 2}]


def test_ingestion_order_does_not_change_the_graph(tmp_path: Path) -> None:
    reports = [result("a1", meeting("a1", "2024-01", "month", 0.7, mode="call"), demand("a1")),
               result("a2", meeting("a2", "2024-01-28", "day", 0.5, swap=True)),
               result("a3", meeting("a3", "2024-01-26", "day", 0.8, mode="visit"))]
    snapshots = []
    for name, order in (("forward", reports), ("backward", reports[::-1])):
        with open_store(store_path=tmp_path / name) as store:
            for r in order:
                store.write([r])
            snapshots.append(snapshot(store))
    assert snapshots[0] == snapshots[1]
    assert snapshots[0]["stats"]["events"] == 2  # type: ignore[index]
    assert '"2024-01-26"' in "".join(snapshots[0]["events"])  # type: ignore[arg-type]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_reports_of_one_event_in_one_batch_combine_the_same_in_every_order(
        empty_store: GraphStore, order: tuple[int, ...]) -> None:
    reports = [result("a1", meeting("a1", "2024-01", "month", 0.7, mode="call")),
               result("a2", meeting("a2", "2024-01-28", "day", 0.5, swap=True)),
               result("a3", meeting("a3", "2024-01-26", "day", 0.8, mode="visit"))]
    empty_store.write([reports[i] for i in order])  # one transaction
    (props,) = empty_store.query("MATCH (e:Event) RETURN properties(e) AS p")
    # finest date, earliest among equals; highest confidence; mode of the first report (a1)
    assert (props["p"]["date"], props["p"]["date_start"]) == ("2024-01-26", "2024-01-26")
    assert (props["p"]["confidence"], props["p"]["mode"]) == (0.8, "call")
    assert empty_store.stats()["reports"] == 3
    direct = empty_store.query("MATCH (:Actor)-[r:CONSULT]->(:Actor) RETURN r.date AS d")
    assert direct == [{"d": "2024-01-26"}]


def test_replacing_an_article_drops_its_stale_events(empty_store: GraphStore) -> None:
    empty_store.write([result("a1", meeting("a1", "2024-01-26"), demand("a1")),
                       result("a2", meeting("a2", "2024-01-28"))])
    strike = event("a1", "ASSAULT", USA, None, sentence=STRIKE)
    empty_store.write([result("a1", strike)], replace=True)  # a1 re-extracted differently
    stats = empty_store.stats()
    assert stats["events_by_type"] == {"ASSAULT": 1, "CONSULT": 1}  # the demand is gone
    assert stats["reports"] == 2 and stats["articles"] == 2
    assert empty_store.query("MATCH (:Actor)-[r:REQUEST]->(:Actor) RETURN r") == []
    assert empty_store.query("MATCH (:Event {type: 'CONSULT'})-[:REPORTED_IN]->(a) "
                             "RETURN a.id AS a") == [{"a": "a2"}]
    before = snapshot(empty_store)
    empty_store.write([result("a1", strike)], replace=True)  # replacing again is a no-op
    assert snapshot(empty_store) == before


def test_a_failing_batch_leaves_nothing_behind(empty_store: GraphStore) -> None:
    # the event statement fails (a value the driver cannot send) after the article, actor
    # and place statements of the same transaction ran: all of them roll back
    bad = event("a1", "REQUEST", IRQ, USA, sentence=DEMAND, topic=object())
    with pytest.raises(StoreError, match="cannot send data"):
        empty_store.write([result("a1", meeting("a1"), bad)])
    assert empty_store.stats() == {"articles": 0, "events": 0, "events_by_type": {},
                                   "actors": 0, "places": 0, "reports": 0}
    assert empty_store.article_ids() == set()


def test_text_that_looks_like_cypher_is_stored_verbatim(empty_store: GraphStore) -> None:
    hostile = "'}) DETACH DELETE n //"
    empty_store.write([result("a0", demand("a0"))])
    bad_actor = Actor(hostile, hostile, "group", name_ar=hostile)
    ev = event(hostile, "ACCUSE", bad_actor, USA, sentence=hostile)
    empty_store.write([result(hostile, ev)])
    assert empty_store.stats()["articles"] == 2 and empty_store.stats()["events"] == 2
    assert empty_store.query("MATCH (a:Actor {name: $n}) RETURN a.id AS id", {"n": hostile}) == [
        {"id": hostile}]
    assert empty_store.article_ids([hostile]) == {hostile}


# -- reading ---------------------------------------------------------------------------------

def test_temporal_values_round_trip(empty_store: GraphStore) -> None:
    empty_store.write([result("a1", meeting("a1", "2024-02", "month"),
                              event("a1", "THREATEN", IRN, USA, sentence=STRIKE, start=300,
                                    date="2024", granularity="year"))])
    rows = empty_store.query("MATCH (e:Event) RETURN e.type AS t, e.date_start AS s, "
                             "e.date_end AS e ORDER BY t")
    assert rows == [{"t": "CONSULT", "s": "2024-02-01", "e": "2024-02-29"},
                    {"t": "THREATEN", "s": "2024-01-01", "e": "2024-12-31"}]
    in_range = empty_store.query("MATCH (e:Event) WHERE e.date_start <= $d AND e.date_end >= $d "
                                 "RETURN e.type AS t", {"d": dt.date(2024, 2, 15)})
    assert {r["t"] for r in in_range} == {"CONSULT", "THREATEN"}
    (article,) = empty_store.iter_articles()
    assert article.published == dt.date(2024, 1, 29) and article.text == ""
    assert article.title == "عنوان a1"


def test_iter_events_rebuilds_events_and_filters(empty_store: GraphStore,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(graph, "PAGE", 2)  # exercise keyset paging
    empty_store.write([result("a1", meeting("a1"), demand("a1")),
                       result("a2", meeting("a2", "2024-01-27")),
                       result("a3", event("a3", "ASSAULT", USA, None, sentence=STRIKE,
                                          date=None, granularity=None)),
                       result("a4", event("a4", "THREATEN", IRN, USA, sentence=STRIKE,
                                          date="2024-03-02"))])
    events = {e.type: e for e in empty_store.iter_events()}
    assert sorted(events) == ["ASSAULT", "CONSULT", "REQUEST", "THREATEN"]
    consult = events["CONSULT"]
    assert consult.place == BAGHDAD and (consult.source, consult.target) == (USA, PM)
    assert [(ev.article_id, ev.date) for ev in consult.evidence] == [
        ("a1", "2024-01-28"), ("a2", "2024-01-27")]
    assert consult.evidence[0].sentence == MEETING
    in_feb_mar = {e.type for e in empty_store.iter_events(since=dt.date(2024, 2, 1))}
    assert in_feb_mar == {"THREATEN"}
    in_jan = {e.type for e in empty_store.iter_events(until=dt.date(2024, 1, 31))}
    assert in_jan == {"CONSULT", "REQUEST"}
    assert {e.type for e in empty_store.iter_events(actor="إيران")} == {"THREATEN"}
    assert {e.type for e in empty_store.iter_events(actor="iraq-pm")} == {"CONSULT"}


def test_article_ids_reports_stored_articles_only(empty_store: GraphStore) -> None:
    empty_store.write([result("a1", demand("a1")), result("a2")])
    assert empty_store.article_ids() == {"a1", "a2"}
    assert empty_store.article_ids(["a2", "a9"]) == {"a2"}


def test_read_query_refuses_to_write(empty_store: GraphStore) -> None:
    with pytest.raises(QueryError, match="read-only"):
        empty_store.query("CREATE (n:Article {id: 'x', chars: 1}) RETURN n")
    assert empty_store.article_ids() == set()
    assert empty_store.query("CREATE (n:Note {id: 'x'}) RETURN n", write=True) == [
        {"n": {"id": "x"}}]
    with pytest.raises(QueryError, match="Cypher error"):
        empty_store.query("MATCH (n RETURN n")


# -- connecting, serving, errors ---------------------------------------------------------------

def test_embedded_store_persists_and_reopens(tmp_path: Path) -> None:
    with open_store(store_path=tmp_path / "kg") as store:
        store.write([result("a1", meeting("a1"))])
    with open_store(store_path=tmp_path / "kg") as store:
        assert store.article_ids() == {"a1"} and store.stats()["events"] == 1
        assert store.query("SHOW INDEXES YIELD name RETURN name") != []


def test_exactly_one_target_is_required(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="exactly one"):
        open_store()
    with pytest.raises(StoreError, match="exactly one"):
        open_store(store_path=tmp_path, neo4j_uri="bolt://127.0.0.1:1")


def test_unreachable_server_and_bad_auth_say_how_to_fix(bolt_uri: str) -> None:
    with pytest.raises(StoreError, match="cannot reach .* is it running"):
        open_store(neo4j_uri=f"bolt://127.0.0.1:{free_port()}")
    with pytest.raises(StoreError, match="authentication failed"):
        open_store(neo4j_uri=bolt_uri, user="root", password="wrong-password")
    with pytest.raises(StoreError, match="not a Bolt URI"):
        open_store(neo4j_uri="http://127.0.0.1:7474")


def test_serve_exposes_the_store_and_refuses_a_busy_port(tmp_path: Path, bolt_auth) -> None:
    port = free_port()
    with serve(tmp_path / "served", port=port) as server:
        assert server.uri == f"bolt://127.0.0.1:{port}"
        with open_store(neo4j_uri=server.uri, user=bolt_auth[0], password=bolt_auth[1]) as s:
            s.write([result("a1", demand("a1"))])
            assert s.article_ids() == {"a1"}
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(StoreError, match="in use"), serve(tmp_path / "other",
                                                              port=busy.getsockname()[1]):
            pass


@pytest.mark.slow
def test_store_locked_by_another_process(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from kg.store import open_store
            with open_store(store_path={str(tmp_path / 'kg')!r}):
                print('ready', flush=True)
                sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="in use by another process"):
            open_store(store_path=tmp_path / "kg")
    finally:
        holder.communicate("\n", timeout=60)
    with open_store(store_path=tmp_path / "kg") as store:  # unlocked once the holder exits
        assert store.stats()["events"] == 0


# -- pure parts ------------------------------------------------------------------------------

@pytest.mark.parametrize("iso, bounds", [
    ("2024-01-28", (dt.date(2024, 1, 28), dt.date(2024, 1, 28))),
    ("2023-02", (dt.date(2023, 2, 1), dt.date(2023, 2, 28))),
    ("2024", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    (None, (None, None)),
    ("2024-13", (None, None)),
])
def test_date_bounds(iso: str | None, bounds: tuple[dt.date | None, dt.date | None]) -> None:
    assert date_bounds(iso) == bounds


def test_relationship_types_come_from_the_whitelist_only() -> None:
    for plover in PLOVER_TYPES:
        assert f"[r:{plover} {{event_id: row.id}}]" in cypher.direct(plover, True)
    with pytest.raises(ValueError):
        cypher.direct("CONSULT]->() DETACH DELETE n //", False)
    with pytest.raises(ValueError):
        cypher.count_label("Article) DETACH DELETE n //")


def test_schema_file_matches_the_applied_schema() -> None:
    text = (ROOT / "schema" / "constraints.cypher").read_text(encoding="utf-8")
    code = " ".join(line for line in text.splitlines() if not line.startswith("//"))
    statements = [" ".join(s.split()) for s in code.split(";") if s.strip()]
    assert statements == cypher.constraints()


def test_lost_server_is_retried_then_reported(tmp_path: Path) -> None:
    from kg.store import embedded

    server = embedded.acquire(tmp_path / "kg")
    try:
        store = open_store(neo4j_uri=server.uri, user=embedded.USER, password=embedded.PASSWORD)
        server.stop()  # the connection drops under the store
        with pytest.raises(StoreError, match="kept failing"):
            store.write([result("a1", demand("a1"))])
        store.close()
    finally:
        embedded.release(server)
