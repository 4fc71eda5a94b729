"""Saved analyst queries (``cypher/*.cypher``): header parsing, coercion, and semantics.

The semantics are tested on a hand-built graph of events written through the real store
(``GraphStore.write`` over Bolt to ArcadeDB), so each query's answer is known exactly.  A
second test runs every query over what the real pipeline makes of the seeds and the
example articles, with looser assertions (extraction quality is measured elsewhere).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from kg.errors import QueryError
from kg.merge import assign_ids
from kg.model import Actor, Article, Event, Evidence, Place
from kg.pipeline import ArticleResult
from kg.queries import (
    coerce_params,
    cypher_dir,
    list_queries,
    load_query,
    parse_literal,
    parse_query,
    used_params,
)
from kg.store import GraphStore

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"

REQUIRED = {"timeline", "who-met-whom", "withdrawal", "attacks", "actor-history",
            "quad-by-month", "multi-report", "date-disagreements", "evidence", "network"}


# -- kg.queries: the header convention -------------------------------------------------------

def write_query(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.cypher"
    path.write_text(text, encoding="utf-8")
    return path


def test_header_gives_description_params_and_statement(tmp_path: Path) -> None:
    path = write_query(tmp_path, "demo", (
        "// Events of one type.\n"
        "// Second line of help.\n"
        "// :param kind => 'CONSULT'\n"
        "// :param limit => 5\n"
        "// :param floor => 0.5\n"
        "// :param strict => false\n"
        "// :param ids => ['a', \"b\", 'it\\'s']\n"
        "MATCH (e:Event {type: $kind}) WHERE e.confidence >= $floor AND ($strict OR true)\n"
        "  AND NOT e.id IN $ids\n"
        "RETURN e.id // a trailing comment naming $nothing\n"
        "LIMIT $limit\n"))
    query = parse_query(path)
    assert query.name == "demo"
    assert query.summary == "Events of one type."
    assert query.description == "Events of one type.\nSecond line of help."
    assert query.defaults == {"kind": "CONSULT", "limit": 5, "floor": 0.5, "strict": False,
                              "ids": ["a", "b", "it's"]}
    assert [p.type for p in query.params] == ["str", "int", "float", "bool", "list"]
    assert query.cypher.startswith("MATCH (e:Event")
    assert "// :param" not in query.cypher


@pytest.mark.parametrize("literal, value", [
    ("'IRQ'", "IRQ"), ('"USA"', "USA"), ("''", ""), ("42", 42), ("-3", -3), ("2.5", 2.5),
    ("TRUE", True), ("false", False), ("[]", []), ("[1, 2]", [1, 2]),
    ("'2024-01-28'", "2024-01-28"),
])
def test_literals(literal: str, value: Any) -> None:
    parsed = parse_literal(literal)
    assert parsed == value and type(parsed) is type(value)


@pytest.mark.parametrize("literal", ["IRQ", "date('2024-01-01')", "[x]", "{a: 1}", "'open"])
def test_bad_literals_are_refused(literal: str) -> None:
    with pytest.raises(QueryError):
        parse_literal(literal)


def test_undeclared_parameter_is_an_error(tmp_path: Path) -> None:
    path = write_query(tmp_path, "bad", "// Help.\n// :param a => 1\nRETURN $a + $b\n")
    with pytest.raises(QueryError, match=r"\$b used but not declared"):
        parse_query(path)


def test_malformed_param_line_is_an_error(tmp_path: Path) -> None:
    path = write_query(tmp_path, "bad", "// Help.\n// :param a = 1\nRETURN $a\n")
    with pytest.raises(QueryError, match="':param name => value'"):
        parse_query(path)


def test_params_inside_strings_are_not_parameters() -> None:
    assert used_params("RETURN '$x' AS a, \"$y\" AS b, $z AS c // $w") == {"z"}


def test_coercion_follows_the_default_types() -> None:
    query = load_query("timeline")
    params = coerce_params(query, {"actor_a": "IRN", "include_undated": "no",
                                   "member_kinds": "person, intl_org"})
    assert params == {"actor_a": "IRN", "actor_b": "USA", "include_undated": False,
                      "member_kinds": ["person", "intl_org"]}
    assert coerce_params(load_query("multi-report"), {"min_reports": "3"}) == {"min_reports": 3}
    # a date stays an ISO string: the query calls date() itself
    assert coerce_params(load_query("who-met-whom"), {"since": "2024-01-01"})["since"] \
        == "2024-01-01"


@pytest.mark.parametrize("overrides, message", [
    ({"nope": "1"}, "has no parameter 'nope'; its parameters: min_reports"),
    ({"min_reports": "two"}, "expected a int, got 'two'"),
])
def test_bad_overrides_say_what_to_fix(overrides: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        coerce_params(load_query("multi-report"), overrides)


def test_bad_boolean_override() -> None:
    with pytest.raises(QueryError, match="expected true or false"):
        coerce_params(load_query("timeline"), {"include_undated": "maybe"})


@pytest.mark.parametrize("name", ["../etc/passwd", "Timeline", ""])
def test_query_names_cannot_leave_the_folder(name: str) -> None:
    with pytest.raises(QueryError, match="bad query name"):
        load_query(name)


def test_unknown_query_lists_the_known_ones() -> None:
    with pytest.raises(QueryError, match="available: .*timeline"):
        load_query("no-such-query")


def test_cypher_dir_can_be_overridden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_query(tmp_path, "only", "// The only one.\nRETURN 1 AS x\n")
    monkeypatch.setenv("KG_CYPHER_DIR", str(tmp_path))
    assert cypher_dir() == tmp_path
    assert [q.name for q in list_queries()] == ["only"]


def test_missing_cypher_dir_is_explained(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CYPHER_DIR", str(tmp_path / "missing"))
    with pytest.raises(QueryError, match="KG_CYPHER_DIR"):
        list_queries()


def test_saved_queries_are_complete_and_self_describing() -> None:
    queries = {q.name: q for q in list_queries()}
    assert REQUIRED <= queries.keys()
    for query in queries.values():
        assert query.summary.endswith("."), query.name
        # every declared parameter is used, so no header line documents a dead knob
        assert used_params(query.cypher) == set(query.defaults), query.name
        text = query.path.read_text(encoding="utf-8")
        assert text.startswith("// "), query.name  # pastes into Neo4j Browser as it is
        assert ";" not in query.cypher, query.name  # one statement per file


# -- the hand-built graph ---------------------------------------------------------------------

IRQ = Actor("IRQ", "Iraq", "state", name_ar="العراق")
USA = Actor("USA", "United States", "state", name_ar="الولايات المتحدة")
IRN = Actor("IRN", "Iran", "state", name_ar="إيران")
HUSSEIN = Actor("fuad-hussein", "Fuad Hussein", "person", name_ar="فؤاد حسين", country="IRQ",
                role="Foreign Minister")
BLINKEN = Actor("antony-blinken", "Antony Blinken", "person", name_ar="أنتوني بلينكن",
                country="USA", role="Secretary of State")
KH = Actor("kataib-hezbollah", "Kata'ib Hezbollah", "armed_group", name_ar="كتائب حزب الله",
           country="IRQ")
COALITION = Actor("global-coalition", "Global Coalition against ISIS", "intl_org",
                  name_ar="التحالف الدولي", country="USA")
ISIS = Actor("isis", "Islamic State", "armed_group", name_ar="داعش")
BAGHDAD = Place("baghdad", "Baghdad", "city", name_ar="بغداد", country="IRQ")
AIN_AL_ASAD = Place("ain-al-asad", "Ain al-Asad air base", "site", name_ar="عين الأسد",
                    country="IRQ")
DIYALA = Place("diyala", "Diyala", "governorate", name_ar="ديالى", country="IRQ")

Report = tuple[str, str, str, dict[str, Any]]


def report(key: str, article: str, sentence: str, **fields: Any) -> Report:
    """One report of an event: a key naming the event, its article, sentence and fields."""
    return key, article, sentence, fields


# Sentences written for these tests, in the style of Arabic wire reports.
REPORTS: list[Report] = [
    report("meet", "a1", "التقى وزير الخارجية فؤاد حسين نظيره الأمريكي أنتوني بلينكن في "
           "واشنطن يوم الأحد لبحث مستقبل مهمة التحالف.",
           type="CONSULT", mode="meet", source=HUSSEIN, target=BLINKEN, symmetric=True,
           date="2024-01-28", date_granularity="day"),
    report("demand", "a1", "وطالبت الحكومة العراقية الجانب الأمريكي بجدول زمني واضح لانسحاب "
           "القوات الأجنبية من أراضيها.",
           type="REQUEST", mode="yield", topic="withdrawal", source=IRQ, target=USA,
           date="2024-01-28", date_granularity="day"),
    report("meet", "a2", "وكان حسين قد اجتمع مع بلينكن السبت في العاصمة الأمريكية.",
           type="CONSULT", mode="meet", source=HUSSEIN, target=BLINKEN, symmetric=True,
           date="2024-01-27", date_granularity="day"),
    report("demand", "a2", "وجددت بغداد خلال الشهر الجاري مطالبتها بخروج القوات الأجنبية.",
           type="REQUEST", mode="yield", topic="withdrawal", source=IRQ, target=USA,
           date="2024-01", date_granularity="month"),
    report("concede", "a2", "وأبدت واشنطن استعدادها لبحث تقليص وجودها العسكري في العراق.",
           type="CONCEDE", mode="withdraw", source=USA, target=IRQ,
           date="2024-01-29", date_granularity="day"),
    report("denied", "a2", "ونفى مسؤول عراقي عقد أي لقاء مع السفير الأمريكي خلال الأسبوع.",
           type="CONSULT", mode="meet", source=IRQ, target=USA, negated=True,
           date="2024-01-29", date_granularity="day"),
    report("support", "a2", "وأكدت الإدارة الأمريكية دعمها لسيادة العراق واستقراره.",
           type="SUPPORT", mode=None, source=USA, target=IRQ),
    report("drone", "a3", "استهدفت طائرة مسيرة أطلقتها كتائب حزب الله قاعدة عين الأسد التي "
           "تضم قوات أمريكية.",
           type="ASSAULT", mode="drone", source=KH, target=USA, place=AIN_AL_ASAD,
           date="2024-01-20", date_granularity="day"),
    report("airstrike", "a3", "وشنت مقاتلات أمريكية غارة على مقر للكتائب في بغداد فجر الأحد.",
           type="ASSAULT", mode="airstrike", source=USA, target=KH, place=BAGHDAD,
           date="2024-02-04", date_granularity="day"),
    report("isis", "a3", "وهاجم عناصر من داعش نقطة للجيش العراقي في ديالى.",
           type="ASSAULT", mode="firearms", source=ISIS, target=IRQ, place=DIYALA,
           date="2024-01-10", date_granularity="day"),
    report("retreat", "a3", "وسحب التحالف الدولي دفعة من قواته من قاعدة شمالي العراق هذا "
           "الشهر.",
           type="RETREAT", mode="withdraw", topic="withdrawal", source=COALITION, target=IRQ,
           date="2024-02", date_granularity="month"),
    report("meet", "a3", "وجاءت الغارة بعد أيام من لقاء حسين وبلينكن في واشنطن.",
           type="CONSULT", mode="meet", source=HUSSEIN, target=BLINKEN, symmetric=True,
           date="2024-01-28", date_granularity="day"),
    report("visit", "a3", "وكان وزير الخارجية الإيراني قد زار بغداد في منتصف تشرين الثاني.",
           type="CONSULT", mode="visit", source=IRN, target=IRQ,
           date="2023-11-15", date_granularity="day"),
]
PUBLISHED = {"a1": dt.date(2024, 1, 29), "a2": dt.date(2024, 1, 30), "a3": dt.date(2024, 2, 6)}
OUTLETS = {"a1": "Outlet One", "a2": "Outlet Two", "a3": "Outlet One"}


def hand_built_results() -> tuple[list[ArticleResult], dict[str, str]]:
    """Three articles and their events, with ids from the real merge rules.

    Returns the results and a map from each report key ("meet", "drone", …) to its event id.
    """
    texts: dict[str, str] = {name: "" for name in PUBLISHED}
    per_article: dict[str, list[Event]] = {name: [] for name in PUBLISHED}
    keyed: list[tuple[str, Event]] = []
    for index, (key, article, sentence, fields) in enumerate(REPORTS):
        start, end = len(texts[article]), len(texts[article]) + len(sentence)
        texts[article] += sentence + "\n"
        event = Event(id="", article_id=article, sentence=sentence, span=(start, end),
                      sentence_index=index, **fields)
        event.evidence = [Evidence(article, sentence, start, end, index, date=event.date,
                                   date_granularity=event.date_granularity)]
        per_article[article].append(event)
        keyed.append((key, event))
    for events in per_article.values():
        assign_ids(events)
    results = [ArticleResult(Article(name, texts[name], f"{name}.txt", published=day,
                                     outlet=OUTLETS[name], title=f"Report {name}"),
                             per_article[name]) for name, day in PUBLISHED.items()]
    return results, {key: event.id for key, event in keyed}


@pytest.fixture
def graph(empty_store: GraphStore) -> tuple[GraphStore, dict[str, str]]:
    """The hand-built articles written to a wiped store, and the event id of each report key."""
    results, ids = hand_built_results()
    empty_store.write(results)
    return empty_store, ids


def run(store, name: str, **overrides: str) -> list[dict[str, Any]]:
    query = load_query(name)
    return store.query(query.cypher, coerce_params(query, overrides))


def first_day(iso: str) -> str:
    """The first day an ISO date of any granularity covers: '2024-01' -> '2024-01-01'."""
    return (iso + "-01-01")[:10]


def test_hand_built_reports_merge_as_intended() -> None:
    _, ids = hand_built_results()
    # the three reports of the meeting (one a day off) are one event; so are both demands
    assert len(set(ids.values())) == len({key for key, _, _, _ in REPORTS})


def test_timeline_is_in_date_order_with_people_counting_for_their_state(graph) -> None:
    store, ids = graph
    rows = run(store, "timeline")
    assert [r["event_id"] for r in rows] == [
        ids["meet"], ids["demand"], ids["concede"], ids["denied"], ids["support"]]
    starts = [first_day(r["date"]) for r in rows if r["date"]]
    assert starts == sorted(starts)
    assert rows[-1]["date"] is None  # undated last
    meeting = rows[0]
    assert {meeting["source"], meeting["target"]} == {"Fuad Hussein", "Antony Blinken"}
    assert meeting["date"] == "2024-01-27"  # the earliest of the reported days
    assert sorted(meeting["articles"]) == ["a1", "a2", "a3"]
    assert sorted(meeting["outlets"]) == ["Outlet One", "Outlet Two"]
    assert rows[3]["negated"] is True


def test_timeline_options(graph) -> None:
    store, ids = graph
    dated_only = run(store, "timeline", include_undated="false")
    assert ids["support"] not in {r["event_id"] for r in dated_only}
    states_only = run(store, "timeline", member_kinds="state")
    assert ids["meet"] not in {r["event_id"] for r in states_only}
    with_coalition = run(store, "timeline", member_kinds="person,intl_org")
    assert ids["retreat"] in {r["event_id"] for r in with_coalition}
    assert run(store, "timeline", actor_a="IRN", actor_b="IRQ")[0]["type"] == "CONSULT"


def test_who_met_whom_counts_pairs_once_per_event(graph) -> None:
    store, _ = graph
    rows = run(store, "who-met-whom")
    pairs = {(r["actor_a"], r["actor_b"]): r for r in rows}
    assert set(pairs) == {("antony-blinken", "fuad-hussein"), ("IRN", "IRQ")}  # not the denial
    assert pairs[("antony-blinken", "fuad-hussein")]["meetings"] == 1  # three reports, one event
    assert pairs[("IRN", "IRQ")]["modes"] == ["visit"]
    january = run(store, "who-met-whom", since="2024-01-01", until="2024-01-31",
                  include_undated="false")
    assert [(r["actor_a"], r["actor_b"]) for r in january] == [("antony-blinken", "fuad-hussein")]


def test_withdrawal_lists_demands_promises_and_acts(graph) -> None:
    store, _ = graph
    rows = run(store, "withdrawal")
    assert all(r["topic"] == "withdrawal" or r["mode"] == "withdraw" for r in rows)
    assert [(r["kind"], r["said_by"]) for r in rows] == [
        ("demand", "Iraq"), ("promise", "United States"),
        ("act", "Global Coalition against ISIS")]
    assert len(rows[0]["sentences"]) == 2 and all("القوات الأجنبية" in s
                                                  for s in rows[0]["sentences"])


def test_attacks_by_place_and_month(graph) -> None:
    store, _ = graph
    rows = run(store, "attacks")
    assert [(r["place"], r["month"], r["attacks"]) for r in rows] == [
        ("Ain al-Asad air base", "2024-01", 1), ("Baghdad", "2024-02", 1)]  # not ISIS in Diyala
    assert all(r["us_involved"] == 1 and r["aligned_involved"] == 1 for r in rows)
    assert rows[0]["attackers"] == ["Kata'ib Hezbollah"] and rows[0]["modes"] == ["drone"]
    # with no Iran-aligned group named, only attacks on or by US forces remain
    assert len(run(store, "attacks", groups="", aligned_with="none")) == 2
    assert run(store, "attacks", us="none", groups="", aligned_with="none") == []


def test_actor_history(graph) -> None:
    store, ids = graph
    rows = run(store, "actor-history")
    roles = {(r["event_id"], r["role"]) for r in rows}
    assert roles == {(ids["demand"], "source"), (ids["concede"], "target"),
                     (ids["denied"], "source"), (ids["support"], "target"),
                     (ids["isis"], "target"), (ids["retreat"], "target"),
                     (ids["visit"], "target")}
    assert rows[0]["event_id"] == ids["visit"]  # 2023 first
    demand = next(r for r in rows if r["event_id"] == ids["demand"])
    assert demand["counterpart"] == "United States" and demand["reports"] == 2
    with_people = run(store, "actor-history", member_kinds="person")
    meeting = [r for r in with_people if r["event_id"] == ids["meet"]]
    assert [(r["actor"], r["counterpart"]) for r in meeting] == [("Fuad Hussein",
                                                                  "Antony Blinken")]


def test_quad_by_month(graph) -> None:
    store, _ = graph
    rows = run(store, "quad-by-month")
    assert rows == [{"month": "2024-01", "verbal_cooperation": 2, "material_cooperation": 0,
                     "verbal_conflict": 1, "material_conflict": 0, "cooperation": 2,
                     "conflict": 1, "events": 3}]
    with_coalition = run(store, "quad-by-month", member_kinds="person,intl_org")
    assert [(r["month"], r["material_cooperation"]) for r in with_coalition] == [
        ("2024-01", 0), ("2024-02", 1)]


def test_multi_report_and_date_disagreements(graph) -> None:
    store, ids = graph
    rows = run(store, "multi-report")
    assert [(r["event_id"], r["reports"]) for r in rows] == [(ids["meet"], 3),
                                                             (ids["demand"], 2)]
    assert sorted(rows[0]["report_dates"]) == ["2024-01-27", "2024-01-28", "2024-01-28"]
    assert run(store, "multi-report", min_reports="3")[0]["event_id"] == ids["meet"]
    disagreements = run(store, "date-disagreements")
    # the demand's '2024-01' and '2024-01-28' are only less and more precise
    assert [r["event_id"] for r in disagreements] == [ids["meet"]]
    assert sorted(disagreements[0]["dates"]) == ["2024-01-27", "2024-01-28"]
    assert {r["article"] for r in disagreements[0]["reports"]} == {"a1", "a2", "a3"}


def test_evidence_defaults_to_the_most_reported_event(graph) -> None:
    store, ids = graph
    rows = run(store, "evidence")
    assert {r["event_id"] for r in rows} == {ids["meet"]}
    assert [r["article"] for r in rows] == ["a1", "a2", "a3"]  # by publication date
    assert rows[1]["report_date"] == "2024-01-27" and rows[1]["outlet"] == "Outlet Two"
    assert all("بلينكن" in r["sentence"] for r in rows)
    drone = run(store, "evidence", event_id=ids["drone"])
    assert [(r["place"], r["article"]) for r in drone] == [("Ain al-Asad air base", "a3")]
    assert run(store, "evidence", event_id="ev-none") == []


def test_network_counts_directed_pairs_in_a_period(graph) -> None:
    store, ids = graph
    rows = run(store, "network", since="2024-01-01", until="2024-01-31")
    edges = {(r["source_id"], r["target_id"]): r for r in rows}
    # January 2024: the meeting (stored in id order), the demand, the promise, two attacks;
    # not the denied meeting, the undated support, the February strike or the 2023 visit
    assert set(edges) == {("antony-blinken", "fuad-hussein"), ("IRQ", "USA"), ("USA", "IRQ"),
                          ("kataib-hezbollah", "USA"), ("isis", "IRQ")}
    assert (edges[("IRQ", "USA")]["conflict"], edges[("IRQ", "USA")]["cooperation"]) == (1, 0)
    assert edges[("USA", "IRQ")]["types"] == ["CONCEDE"]
    everything = run(store, "network", include_undated="true")
    assert sum(r["events"] for r in everything) == len(ids) - 1  # all but the denial


# -- the real pipeline -----------------------------------------------------------------------

@pytest.mark.slow
def test_every_query_runs_on_the_real_pipeline(empty_store: GraphStore,
                                               shared_dir: Path) -> None:
    from kg.pipeline import process_many
    from kg.read import read_paths

    results = list(process_many(read_paths([shared_dir / "seeds", EXAMPLES])))
    articles = [r for r in results if isinstance(r, ArticleResult)]
    assert len(articles) == len(results) >= 5
    empty_store.write(articles)
    events = sum(len(r.events) for r in articles)
    assert empty_store.stats()["events"] <= events  # merging can only join reports
    rows = {q.name: empty_store.query(q.cypher, q.defaults) for q in list_queries()}
    starts = [first_day(r["date"]) for r in rows["timeline"] if r["date"]]
    assert starts and starts == sorted(starts)
    assert all(r["topic"] == "withdrawal" or r["mode"] == "withdraw"
               for r in rows["withdrawal"])
    assert rows["withdrawal"]  # the samples tell of the 2011 withdrawal and the 2024 talks
    assert rows["who-met-whom"] and all(r["meetings"] >= 1 for r in rows["who-met-whom"])
    assert all(r["us_involved"] or r["aligned_involved"] for r in rows["attacks"])
    assert any(r["us_involved"] for r in rows["attacks"])
    assert all(r["reports"] >= 2 for r in rows["multi-report"])
    # the Soleimani strike is told by two outlets (a .txt page and a JSON Lines record)
    assert any(r["type"] == "ASSAULT" and r["source"] == "United States"
               and (r["date"] or "").startswith("2020-01") for r in rows["multi-report"])
    assert len({r["event_id"] for r in rows["evidence"]}) == 1
