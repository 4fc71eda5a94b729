"""The ``kg`` command: a thin click layer over the library.

Each command parses options, calls library functions, and turns :class:`kg.errors.KgError`
into one ``Error: …`` line.  Exit codes: 0 success; 1 a fatal error (nothing or not
everything was done: store unreachable, bad query, bad option value); 2 usage error;
3 the run finished but some inputs failed (each is listed, and written to ``--errors``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import click

from kg import __version__
from kg.errors import KgError

EXIT_FATAL = 1
EXIT_PARTIAL = 3


class Settings:
    """Options shared by every command (the click context object)."""

    def __init__(self, debug: bool) -> None:
        self.debug = debug


# ---------------------------------------------------------------------------------------
# Shared option groups


def store_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--store / --neo4j and credentials, with the environment as defaults."""
    options = [
        click.option("--store", "store_path", envvar="KG_STORE", default="./kg-data",
                     show_default=True, type=click.Path(file_okay=False),
                     help="Embedded store directory (env KG_STORE)."),
        click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI", metavar="URI",
                     help="Use a Neo4j server instead, e.g. bolt://localhost:7687 "
                          "(env NEO4J_URI)."),
        click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True,
                     help="Neo4j user (env NEO4J_USER)."),
        click.option("--database", envvar="NEO4J_DATABASE", default=None,
                     help="Neo4j database name (env NEO4J_DATABASE)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@contextmanager
def connect(store_path: str, neo4j_uri: str | None, user: str,
            database: str | None) -> Iterator[Any]:
    """Open the embedded store, or a server when --neo4j/NEO4J_URI is given.

    The password is read from NEO4J_PASSWORD or prompted for (hidden); it is never an
    option, so it never shows in shell history or process lists.
    """
    from kg.store import open_store

    if neo4j_uri:
        password = os.environ.get("NEO4J_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise click.ClickException(
                    "NEO4J_PASSWORD is not set; set it or run in a terminal to be prompted")
            password = click.prompt("Neo4j password", hide_input=True, err=True)
        with open_store(neo4j_uri=neo4j_uri, user=user, password=password,
                        database=database) as store:
            yield store
    else:
        with open_store(store_path=store_path) as store:
            yield store


def date_option(value: str | None) -> dt.date | None:
    if value is None:
        return None
    from kg.dates import parse_date_option

    try:
        return parse_date_option(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def _date_callback(ctx: click.Context, param: click.Parameter, value: str | None
                   ) -> dt.date | None:
    return date_option(value)


def run_guarded(func: Callable[[], int | None]) -> None:
    """Run a command body: KgError → one line and exit 1; tracebacks only with --debug."""
    settings: Settings = click.get_current_context().find_object(Settings) or Settings(False)
    try:
        code = func()
    except (KgError, OSError) as exc:
        if settings.debug:
            traceback.print_exc()
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo("Interrupted; re-run the same command to finish (nothing is duplicated).",
                   err=True)
        sys.exit(130)
    except Exception as exc:  # a bug: still one line for the user, the traceback on request
        if settings.debug:
            traceback.print_exc()
        raise click.ClickException(
            f"unexpected {type(exc).__name__}: {exc} (run with --debug for the traceback, "
            "and please report it)") from exc
    if code:
        sys.exit(code)


# ---------------------------------------------------------------------------------------
# The group


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.option("--morphology-db", type=click.Path(exists=True, dir_okay=False),
              envvar="KG_MORPHOLOGY_DB",
              help="camel-tools calima-msa-r13 morphology.db (or .db.gz) to use "
                   "(env KG_MORPHOLOGY_DB). Default: where `camel_data` installs it.")
@click.pass_context
def cli(ctx: click.Context, debug: bool, morphology_db: str | None) -> None:
    """Turn Arabic news reports into a knowledge graph of PLOVER events.

    \b
    Examples:
      kg ingest examples/articles          # into the embedded store ./kg-data
      kg stats
      kg query timeline --param actor_a=IRQ --param actor_b=USA
      kg export -o events.ttl
    """
    ctx.obj = Settings(debug)
    if morphology_db:
        # Worker processes inherit the environment, so one setting serves them all.
        os.environ["KG_MORPHOLOGY_DB"] = str(Path(morphology_db).resolve())


# ---------------------------------------------------------------------------------------
# Reading and processing, shared by ingest and extract


class RunLog:
    """Counts, failure lines and a progress line for one run over many articles."""

    def __init__(self, errors_file: TextIO | None, show_progress: bool) -> None:
        self.read = self.skipped = self.failed = self.empty = self.events = 0
        self.errors_file = errors_file
        self.show_progress = show_progress
        self.failures: list[str] = []
        self.notes: list[str] = []  # inputs read fine that gave nothing (not failures)
        self._last = 0.0

    def failure(self, line: str) -> None:
        self.failed += 1
        self.failures.append(line)
        if self.errors_file is not None:
            self.errors_file.write(line + "\n")
            self.errors_file.flush()

    def tick(self) -> None:
        now = time.monotonic()
        if self.show_progress and now - self._last > 0.5:
            self._last = now
            click.echo(f"\r  {self.read} read · {self.skipped} skipped · {self.failed} failed"
                       f" · {self.events} events", err=True, nl=False)

    def end_progress(self) -> None:
        if self.show_progress and self._last:
            click.echo("", err=True)

    def report_failures(self, debug: bool, details: list[str]) -> None:
        for line in self.notes[:50]:
            click.echo(f"  skipped: {line}", err=True)
        for line in self.failures[:50]:
            click.echo(f"  failed: {line}", err=True)
        if len(self.failures) > 50:
            click.echo(f"  … and {len(self.failures) - 50} more (see --errors FILE)", err=True)
        if debug:
            for detail in details:
                click.echo(detail, err=True)


def input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.argument("paths", nargs=-1, required=True),
        click.option("--published", callback=_date_callback, metavar="DATE",
                     help="Publication date for inputs that carry none (ISO, e.g. 2024-01-28)."),
        click.option("--workers", type=click.IntRange(1, 64), default=None,
                     help="Extraction processes (default: the machine's cores)."),
        click.option("--no-merge", is_flag=True,
                     help="Keep every report's events apart (no cross-report merging)."),
        click.option("--errors", "errors_path", type=click.Path(dir_okay=False, writable=True),
                     help="Also write one line per failed input to this file."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _stream(paths: Iterable[str], published: dt.date | None) -> Iterator[Any]:
    from kg.read import read_paths

    return read_paths(paths, published=published, stdin=sys.stdin)


def _results(items: Iterable[Any], log: RunLog, details: list[str], workers: int | None,
             merge: bool) -> Iterator[Any]:
    """Process articles and account for every one: read, failed, or empty after cleaning."""
    from kg.model import ArticleFailure
    from kg.pipeline import default_workers, process_many

    for result in process_many(items, workers=workers or default_workers(), merge=merge):
        if isinstance(result, ArticleFailure):
            log.failure(str(result))
            if result.detail:
                details.append(result.detail)
            log.tick()
            continue
        log.read += 1
        if result.empty:
            log.empty += 1
            log.notes.append(f"{result.article.source}: no article text after cleaning")
        log.events += len(result.events)
        log.tick()
        yield result


# ---------------------------------------------------------------------------------------
# Commands


@cli.command()
@input_options
@store_options
@click.option("--force", is_flag=True, help="Re-extract articles already in the store.")
@click.option("--batch-size", type=click.IntRange(1, 50_000), default=5000, show_default=True,
              help="Rows (articles and events) per transaction; an article is never split.")
@click.pass_obj
def ingest(settings: Settings, paths: tuple[str, ...], published: dt.date | None,
           workers: int | None, no_merge: bool, errors_path: str | None, store_path: str,
           neo4j_uri: str | None, user: str, database: str | None, force: bool,
           batch_size: int) -> None:
    """Read articles, extract events and load them into the graph.

    PATHS are files or directories of .txt (scraped pages), .html and .jsonl
    (one article per line: id, text or html, url, title, published, outlet);
    `-` reads JSONL from stdin. Articles already in the store are skipped, so an
    interrupted run is finished by running the same command again.

    \b
    Examples:
      kg ingest examples/articles
      kg ingest --neo4j bolt://localhost:7687 news/ --errors failed.txt
      cat feed.jsonl | kg ingest - --published 2024-01-28
    """

    def body() -> int:
        details: list[str] = []
        with _errors_file(errors_path) as errors_file, \
                connect(store_path, neo4j_uri, user, database) as store:
            log = RunLog(errors_file, sys.stderr.isatty())
            items = _stream(paths, published)
            if not force:
                items = _skip_stored(items, store, log)
            results = _results(items, log, details, workers, merge=not no_merge)
            store.write(results, batch_size=batch_size, replace=force)
            log.end_progress()
            stats = store.stats()
        log.report_failures(settings.debug, details)
        where = neo4j_uri or store_path
        click.echo(f"Read {log.read} articles ({log.skipped} already stored, {log.failed} "
                   f"failed); extracted {log.events} events.")
        click.echo(f"The graph at {where} now holds {stats['articles']} articles, "
                   f"{stats['events']} events, {stats['actors']} actors, "
                   f"{stats['places']} places.")
        return EXIT_PARTIAL if log.failed else 0

    run_guarded(body)


def _skip_stored(items: Iterable[Any], store: Any, log: RunLog, window: int = 500
                 ) -> Iterator[Any]:
    """Drop articles the store already holds, checking ids a window at a time."""
    from kg.model import Article

    batch: list[Any] = []

    def flush() -> Iterator[Any]:
        ids = [item.id for item in batch if isinstance(item, Article)]
        stored = store.article_ids(ids) if ids else set()
        for item in batch:
            if isinstance(item, Article) and item.id in stored:
                log.skipped += 1
                continue
            yield item
        batch.clear()

    for item in items:
        batch.append(item)
        if len(batch) >= window:
            yield from flush()
    yield from flush()


@contextmanager
def _errors_file(path: str | None) -> Iterator[TextIO | None]:
    if path is None:
        yield None
        return
    with open(path, "w", encoding="utf-8") as handle:
        yield handle


@cli.command()
@input_options
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here instead of stdout.")
@click.option("--format", "fmt", default="jsonl", show_default=True,
              type=click.Choice(["jsonl", "turtle", "nt", "jsonld", "trig"]),
              help="JSON Lines (one event a line) or RDF.")
@click.option("--base-iri", default=None, help="Base IRI for RDF output.")
@click.pass_obj
def extract(settings: Settings, paths: tuple[str, ...], published: dt.date | None,
            workers: int | None, no_merge: bool, errors_path: str | None, output: TextIO,
            fmt: str, base_iri: str | None) -> None:
    """Extract events from articles without a store.

    Writes one JSON object per event: article (the file name for .txt/.html, the id
    for JSONL), type, mode, source, target, topic, date, date_granularity, place,
    negated, future, hypothetical, confidence, sentence, span.

    \b
    Examples:
      kg extract ../shared/seeds
      kg extract news.jsonl -o events.jsonl
      kg extract examples/articles --format turtle -o events.ttl
    """

    def body() -> int:
        details: list[str] = []
        with _errors_file(errors_path) as errors_file:
            log = RunLog(errors_file, sys.stderr.isatty() and output is not sys.stdout)
            results = _results(_stream(paths, published), log, details, workers,
                               merge=not no_merge)
            if fmt == "jsonl":
                for result in results:
                    label = _article_label(result.article)
                    for event in result.events:
                        output.write(json.dumps(event.to_json(label), ensure_ascii=False))
                        output.write("\n")
            else:
                _write_rdf_from_results(results, output, fmt, base_iri)
            log.end_progress()
        log.report_failures(settings.debug, details)
        click.echo(f"Read {log.read} articles ({log.failed} failed); "
                   f"extracted {log.events} events.", err=True)
        return EXIT_PARTIAL if log.failed else 0

    run_guarded(body)


def _article_label(article: Any) -> str:
    """The file name for .txt/.html inputs, the given id for JSONL."""
    if article.format == "jsonl":
        return article.id
    return Path(article.source).name


def _write_rdf_from_results(results: Iterable[Any], output: TextIO, fmt: str,
                            base_iri: str | None) -> None:
    from kg.export.rdf import DEFAULT_BASE_IRI, write_rdf

    articles: dict[str, Any] = {}

    def events() -> Iterator[Any]:
        for result in results:
            articles[result.article.id] = result.article
            yield from result.events

    write_rdf(events(), output, format=fmt, base_iri=base_iri or DEFAULT_BASE_IRI,
              articles=articles)


@cli.command()
@store_options
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here instead of stdout.")
@click.option("--format", "fmt", default="turtle", show_default=True,
              type=click.Choice(["turtle", "nt", "jsonld", "trig"]))
@click.option("--since", callback=_date_callback, metavar="DATE",
              help="Only events on or after this date.")
@click.option("--until", callback=_date_callback, metavar="DATE",
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


@cli.command(name="eval")
@click.argument("paths", nargs=-1)
@click.option("--gold", type=click.Path(exists=True, dir_okay=False),
              help="Gold events (JSON Lines, one article a line; see docs).")
@click.option("--actors", type=click.Path(exists=True, dir_okay=False),
              help="Actor list for the gold ids (actors.json).")
@click.option("--sentences", type=click.Path(exists=True, dir_okay=False),
              help="Sentence-level gold (gsr format) instead of articles.")
@click.option("--type", "event_type", type=click.Choice(["ASSAULT", "PROTEST"],
              case_sensitive=False),
              help="Event type scored with --sentences (default: each record's own).")
@click.option("--limit", type=click.IntRange(1), default=None,
              help="Score only the first N sentences.")
@click.option("--published", callback=_date_callback, metavar="DATE",
              help="Publication date for inputs that carry none.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, writable=True),
              help="Write every false positive and miss, with its sentence, here.")
@click.pass_obj
def eval_command(settings: Settings, paths: tuple[str, ...], gold: str | None,
                 actors: str | None, sentences: str | None, event_type: str | None,
                 limit: int | None, published: dt.date | None, as_json: bool,
                 errors_path: str | None) -> None:
    """Score extraction against gold annotations: precision, recall, F1.

    \b
    Examples:
      kg eval --gold gold/seeds.jsonl --actors gold/actors.json seeds/
      kg eval --gold dev/gold.jsonl --actors dev/actors.json dev.jsonl --errors misses.txt
      kg eval --sentences gsr/assault_dev.jsonl --type ASSAULT
    """
    from kg import evaluate as ev

    def body() -> None:
        if sentences:
            report: Any = ev.evaluate_sentences(
                sentences, event_type.upper() if event_type else None, limit=limit)
        else:
            if not (gold and actors and paths):
                raise click.UsageError("give --gold, --actors and the article PATHS")
            gold_articles = ev.load_gold(gold)
            details: list[str] = []
            log = RunLog(None, False)
            # Gold files carry each article's publication date, so relative dates resolve.
            items = ev.with_gold_dates(_stream(paths, published), gold_articles)
            results = list(_results(items, log, details, 1, merge=True))
            log.report_failures(settings.debug, details)
            report = ev.evaluate(gold_articles, ev.load_actors(actors), results)
        if errors_path:
            Path(errors_path).write_text(report.format_errors(), encoding="utf-8")
        if as_json:
            click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        else:
            click.echo(report.format())

    run_guarded(body)


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
