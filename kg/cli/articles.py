"""Commands that read articles: ``kg ingest`` (into a store) and ``kg extract`` (none)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from kg.cli.common import (
    EXIT_PARTIAL,
    RunLog,
    Settings,
    connect,
    errors_file,
    input_options,
    results_of,
    run_guarded,
    store_options,
    stream,
)
from kg.cli.group import cli


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
        with errors_file(errors_path) as failed_file, \
                connect(store_path, neo4j_uri, user, database) as store:
            log = RunLog(failed_file, sys.stderr.isatty())
            items = stream(paths, published)
            if not force:
                items = skip_stored(items, store, log)
            results = results_of(items, log, details, workers, merge=not no_merge)
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


def skip_stored(items: Iterable[Any], store: Any, log: RunLog, window: int = 500
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
        with errors_file(errors_path) as failed_file:
            log = RunLog(failed_file, sys.stderr.isatty() and output is not sys.stdout)
            results = results_of(stream(paths, published), log, details, workers,
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
