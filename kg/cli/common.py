"""What every command shares: the store options, error handling and the run log."""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

import click

from kg.errors import KgError

EXIT_FATAL = 1
EXIT_PARTIAL = 3


class Settings:
    """Options shared by every command (the click context object)."""

    def __init__(self, debug: bool) -> None:
        self.debug = debug


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
    from kg.timestamps import parse_date_option

    try:
        return parse_date_option(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def date_callback(ctx: click.Context, param: click.Parameter, value: str | None
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
        click.option("--published", callback=date_callback, metavar="DATE",
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


def stream(paths: Iterable[str], published: dt.date | None) -> Iterator[Any]:
    from kg.read import read_paths

    return read_paths(paths, published=published, stdin=sys.stdin)


def results_of(items: Iterable[Any], log: RunLog, details: list[str], workers: int | None,
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


@contextmanager
def errors_file(path: str | None) -> Iterator[TextIO | None]:
    if path is None:
        yield None
        return
    with open(path, "w", encoding="utf-8") as handle:
        yield handle
