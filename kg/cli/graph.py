"""Commands over a store: ``kg query``, ``kg stats``, ``kg export`` and ``kg serve``."""

from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any, TextIO

import click

from kg.cli.common import Settings, connect, date_callback, run_guarded, store_options
from kg.cli.group import cli


@cli.command()
@click.argument("name_or_cypher", required=False)
@click.option("--param", "params", multiple=True, metavar="K=V",
              help="Query parameter (repeatable); overrides the saved default.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON rows instead of a table.")
@click.option("--write", is_flag=True, help="Allow inline Cypher that writes.")
@click.option("--list", "list_all", is_flag=True, help="List the saved queries.")
@store_options
@click.pass_obj
def query(settings: Settings, name_or_cypher: str | None, params: tuple[str, ...],
          as_json: bool, write: bool, list_all: bool, store_path: str,
          neo4j_uri: str | None, user: str, database: str | None) -> None:
    """Run a saved query from cypher/ or inline Cypher (read-only unless --write).

    \b
    Examples:
      kg query --list
      kg query timeline --param actor_a=IRQ --param actor_b=IRN
      kg query "MATCH (e:Event) RETURN e.type AS type, count(*) AS n" --json
    """
    from kg.queries import coerce_params, list_queries, load_query

    if list_all or not name_or_cypher:
        for saved in list_queries():
            click.echo(f"{saved.name:<20} {saved.description.splitlines()[0]}")
        return
    overrides = dict(_split_param(p) for p in params)

    def body() -> None:
        cypher, values = _resolve_query(name_or_cypher, overrides, load_query, coerce_params)
        with connect(store_path, neo4j_uri, user, database) as store:
            rows = store.query(cypher, values, write=write)
        if as_json:
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        else:
            click.echo(format_table(rows))

    run_guarded(body)


def _split_param(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise click.BadParameter(f"expected K=V, got {text!r}", param_hint="--param")
    return key.strip(), value


def _resolve_query(name_or_cypher: str, overrides: dict[str, str], load_query: Any,
                   coerce_params: Any) -> tuple[str, dict[str, Any]]:
    """A saved query by name, else the text itself as Cypher (parameters stay strings)."""
    if all(ch.isalnum() or ch in "-_" for ch in name_or_cypher):  # a name, not Cypher
        saved = load_query(name_or_cypher)
        return saved.cypher, coerce_params(saved, overrides)
    return name_or_cypher, dict(overrides)


def format_table(rows: list[dict[str, Any]]) -> str:
    """A plain-text table: one column per key of the first row."""
    if not rows:
        return "(no rows)"
    columns = list(rows[0])
    cells = [[_cell(row.get(col)) for col in columns] for row in rows]
    widths = [min(60, max(len(col), *(len(r[i]) for r in cells)))
              for i, col in enumerate(columns)]
    lines = ["  ".join(col.ljust(w) for col, w in zip(columns, widths)),
             "  ".join("-" * w for w in widths)]
    for row in cells:
        lines.append("  ".join(value[:w].ljust(w) for value, w in zip(row, widths)))
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value).replace("\n", " ")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@store_options
@click.pass_obj
def stats(settings: Settings, as_json: bool, store_path: str, neo4j_uri: str | None,
          user: str, database: str | None) -> None:
    """Counts of articles, events (by type), actors and places.

    \b
    Examples:
      kg stats
      kg stats --json --neo4j bolt://localhost:7687
    """

    def body() -> None:
        with connect(store_path, neo4j_uri, user, database) as store:
            counts = store.stats()
        if as_json:
            click.echo(json.dumps(counts, ensure_ascii=False, indent=2))
            return
        for key in ("articles", "events", "actors", "places"):
            click.echo(f"{key:<10} {counts[key]}")
        for event_type, n in sorted(counts.get("events_by_type", {}).items()):
            click.echo(f"  {event_type:<10} {n}")

    run_guarded(body)


@cli.command()
@store_options
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here instead of stdout.")
@click.option("--format", "fmt", default="turtle", show_default=True,
              type=click.Choice(["turtle", "nt", "jsonld", "trig"]))
@click.option("--since", callback=date_callback, metavar="DATE",
              help="Only events on or after this date.")
@click.option("--until", callback=date_callback, metavar="DATE",
              help="Only events on or before this date.")
@click.option("--actor", metavar="ID", help="Only events with this actor (e.g. IRQ).")
@click.option("--base-iri", default=None,
              help="Base IRI for our resources (default: a documented placeholder).")
@click.pass_obj
def export(settings: Settings, store_path: str, neo4j_uri: str | None, user: str,
           database: str | None, output: TextIO, fmt: str, since: dt.date | None,
           until: dt.date | None, actor: str | None, base_iri: str | None) -> None:
    """Write the events in the store as RDF (SEM, PROV-O, Web Annotation).

    \b
    Examples:
      kg export -o events.ttl
      kg export --format jsonld --since 2020-01-01 --actor IRN -o iran-2020.jsonld
    """

    def body() -> None:
        from kg.export.rdf import DEFAULT_BASE_IRI, write_rdf

        with connect(store_path, neo4j_uri, user, database) as store:
            articles = {article.id: article for article in store.iter_articles()}
            count = write_rdf(store.iter_events(since=since, until=until, actor=actor),
                              output, format=fmt, base_iri=base_iri or DEFAULT_BASE_IRI,
                              articles=articles)
        click.echo(f"Wrote {count} triples.", err=True)

    run_guarded(body)


@cli.command()
@click.option("--store", "store_path", envvar="KG_STORE", default="./kg-data",
              show_default=True, type=click.Path(file_okay=False),
              help="Embedded store directory (env KG_STORE).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=7687, show_default=True,
              help="Bolt port.")
@click.pass_obj
def serve(settings: Settings, store_path: str, host: str, port: int) -> None:
    """Keep the embedded store open over Bolt until interrupted (Ctrl-C).

    Point cypher-shell, Neo4j Browser/Desktop or the notebook at bolt://HOST:PORT.

    \b
    Examples:
      kg serve
      kg serve --store ./kg-data --port 7688
    """

    def body() -> None:
        from kg.store import DATABASE, PASSWORD, USER
        from kg.store import serve as serve_store

        with serve_store(store_path, host=host, port=port) as server:
            click.echo(f"Serving {store_path} at {server.uri} (user {USER}, password "
                       f"{PASSWORD}, database {DATABASE}); Ctrl-C to stop.", err=True)
            try:
                while True:  # short naps: SIGINT may land on a JVM thread, which does
                    time.sleep(0.5)  # not wake a long sleep in this one
            except KeyboardInterrupt:
                click.echo("Stopped.", err=True)

    run_guarded(body)
