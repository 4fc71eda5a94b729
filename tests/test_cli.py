"""The CLI end to end against a real Bolt server (the session's ArcadeDB)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner, Result

from kg.cli import cli

from .conftest import SEEDS


@pytest.fixture
def run(bolt_uri: str, bolt_auth: tuple[str, str], empty_store):
    """Invoke `kg` against the wiped session server, credentials from the environment."""
    env = {"NEO4J_URI": bolt_uri, "NEO4J_USER": bolt_auth[0],
           "NEO4J_PASSWORD": bolt_auth[1]}

    def invoke(*args: str, stdin: str | None = None) -> Result:
        return CliRunner().invoke(cli, list(args), env=env, input=stdin)

    return invoke


def _stats(run) -> dict:
    result = run("stats", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture(scope="module")
def seed_events() -> list[dict]:
    if not SEEDS.exists():
        pytest.skip("../shared/seeds is not beside the checkout")
    result = CliRunner().invoke(cli, ["extract", "--workers", "1", str(SEEDS)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_extract_prints_events_in_the_documented_shape(seed_events: list[dict]) -> None:
    assert seed_events, "the seeds state events"
    keys = {"article", "type", "mode", "source", "target", "topic", "date",
            "date_granularity", "place", "negated", "future", "hypothetical", "confidence",
            "sentence", "span"}
    for event in seed_events:
        assert keys <= set(event)
        assert event["article"].endswith(".txt")  # .txt inputs are named by file
        if event["source"] is None:  # only attacks/protests may name no actor
            assert event["type"] in ("ASSAULT", "PROTEST", "COERCE")
        else:
            assert {"id", "name", "kind", "country", "mentions"} <= set(event["source"])
        text = (SEEDS / event["article"]).read_text(encoding="utf-8")
        start, end = event["span"]
        assert text[start:end] == event["sentence"]


def test_ingest_seeds_loads_five_articles_and_their_events(run, seed_events) -> None:
    result = run("ingest", "--workers", "1", str(SEEDS))
    assert result.exit_code == 0, result.output
    assert "Read 5 articles" in result.output
    stats = _stats(run)
    assert stats["articles"] == 5
    assert stats["events"] == len({e["id"] for e in seed_events})
    assert sum(stats["events_by_type"].values()) == stats["events"]

    again = run("ingest", "--workers", "1", str(SEEDS))
    assert again.exit_code == 0
    assert "5 already stored" in again.output
    assert _stats(run) == stats


def test_saved_and_inline_queries(run) -> None:
    assert run("ingest", "--workers", "1", str(SEEDS)).exit_code == 0
    saved = run("query", "actor-history", "--param", "actor=IRQ", "--json")
    assert saved.exit_code == 0, saved.output
    rows = json.loads(saved.output)
    assert rows and all("type" in row for row in rows)

    inline = run("query", "MATCH (a:Article) RETURN count(a) AS n")
    assert inline.exit_code == 0
    assert inline.output.splitlines()[-1] == "(1 rows)"
    assert " 5" in inline.output.splitlines()[2] or inline.output.splitlines()[2].strip() == "5"


def test_inline_write_needs_the_write_flag(run) -> None:
    refused = run("query", "CREATE (:Probe {id: 'x'}) RETURN 1 AS one")
    assert refused.exit_code == 1
    assert "--write" in refused.output and "Traceback" not in refused.output
    assert _stats(run)["articles"] == 0
    count = run("query", "MATCH (p:Probe) RETURN count(p) AS n", "--json")
    assert json.loads(count.output) == [{"n": 0}]
    allowed = run("query", "CREATE (:Probe {id: 'x'}) RETURN 1 AS one", "--write")
    assert allowed.exit_code == 0, allowed.output


def test_cypher_looking_text_is_data_never_code(run, tmp_path: Path) -> None:
    evil = "'}) MATCH (n) DETACH DELETE n //"
    record = {"id": "evil-" + evil, "title": evil, "outlet": evil, "published": "2024-01-28",
              "text": "التقى وزير الخارجية العراقي فؤاد حسين نظيره الأمريكي في بغداد. "
                      + evil}
    path = tmp_path / "evil.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run("ingest", "--workers", "1", str(path)).exit_code == 0
    before = _stats(run)
    assert before["articles"] == 1
    result = run("query", "actor-history", "--param", f"actor={evil}", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == []
    stored = run("query", "MATCH (a:Article) RETURN a.id AS id, a.title AS title", "--json")
    assert json.loads(stored.output) == [{"id": record["id"], "title": evil}]
    assert _stats(run) == before


def test_export_turtle_parses_and_counts_events(run, tmp_path: Path) -> None:
    assert run("ingest", "--workers", "1", str(SEEDS)).exit_code == 0
    out = tmp_path / "events.ttl"
    result = run("export", "-o", str(out))
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(out, format="turtle")
    sem_event = rdflib.URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")
    assert len(set(graph.subjects(rdflib.RDF.type, sem_event))) == _stats(run)["events"]


def test_wrong_password_is_one_line_and_not_echoed(bolt_uri: str) -> None:
    secret = "not-the-password-42"
    result = CliRunner().invoke(cli, ["stats"], env={
        "NEO4J_URI": bolt_uri, "NEO4J_USER": "root", "NEO4J_PASSWORD": secret})
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
    assert secret not in result.output
    assert "Traceback" not in result.output


def test_missing_password_without_a_terminal_says_how_to_fix(bolt_uri: str) -> None:
    result = CliRunner().invoke(cli, ["stats", "--neo4j", bolt_uri],
                                env={"NEO4J_PASSWORD": None})
    assert result.exit_code == 1
    assert "NEO4J_PASSWORD" in result.output


def test_unknown_saved_query_is_a_clear_error(run) -> None:
    result = run("query", "no-such-query")
    assert result.exit_code == 1
    assert "no-such-query" in result.output and "Traceback" not in result.output


def test_serve_keeps_the_embedded_store_open_over_bolt(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    from neo4j import GraphDatabase

    from kg.store import DATABASE, PASSWORD, USER
    from kg.store.embedded import free_port

    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(tmp_path / "store"),
         "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:  # wait until it says where it listens
            if line.startswith("Serving"):
                break
        assert f"bolt://127.0.0.1:{port}" in line
        with GraphDatabase.driver(f"bolt://127.0.0.1:{port}", auth=(USER, PASSWORD)) as driver:
            records, _, _ = driver.execute_query("RETURN 41 + 1 AS n", database_=DATABASE)
        assert records[0]["n"] == 42
    finally:
        proc.send_signal(signal.SIGINT)
        _, rest = proc.communicate(timeout=60)  # drain stderr so the child never blocks
    assert proc.returncode == 0, rest
    assert "Stopped." in rest


def test_sigterm_stops_serve_cleanly_without_a_jvm_crash(tmp_path: Path) -> None:
    """SIGTERM (what service managers send) is a normal exit: no native crash, no crash log,
    and the store opens again at once (its lock was released)."""
    import signal
    import subprocess
    import sys

    from kg.store import open_store
    from kg.store.embedded import free_port

    store = tmp_path / "store"
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port",
         str(free_port())], stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        for line in proc.stderr:
            if line.startswith("Serving"):
                break
    finally:
        proc.send_signal(signal.SIGTERM)
        _, rest = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM, rest
    assert "fatal error" not in rest and not list(tmp_path.glob("hs_err*"))
    with open_store(store) as graph:
        assert graph.stats()["articles"] == 0
