"""GraphStore: the kg graph over any Bolt server (embedded ArcadeDB or Neo4j 5).

Writes go in transactions of whole articles, so a dropped connection never leaves half an
article behind; each batch is retried with exponential backoff on transient failures.  All
statements come from :mod:`kg.store.cypher`; values travel as parameters only.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self, TypeVar

import neo4j
from neo4j import GraphDatabase
from neo4j import exceptions as nx

from kg.errors import QueryError, StoreError
from kg.model import Article, Event
from kg.store import cypher
from kg.store.embedded import DATABASE, PASSWORD, USER, EmbeddedServer, acquire, release
from kg.store.rows import Batch, Row, article_from_record, event_from_record

if TYPE_CHECKING:  # the pipeline (and its Arabic analyser) is not needed to store
    from kg.pipeline import ArticleResult

RETRYABLE = (nx.TransientError, nx.ServiceUnavailable, nx.SessionExpired)
TRIES = 4
BACKOFF_S = 0.25
PAGE = 500  # events per page when streaming out of the store
_ID_CHUNK = 5000

T = TypeVar("T")


@dataclass
class WriteSummary:
    """What a ``write`` sent to the store (rows merged; re-writing merges the same rows)."""

    articles: int = 0
    events: int = 0
    reports: int = 0
    batches: int = 0

    def __str__(self) -> str:
        return (f"{self.articles} articles, {self.events} events, {self.reports} reports "
                f"in {self.batches} transactions")


def plain(value: Any) -> Any:
    """A driver value as plain Python: nodes/relationships → property dicts, dates → ISO."""
    if isinstance(value, neo4j.graph.Node):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, neo4j.graph.Relationship):
        return {"type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Path):  # node, relationship, node, … as in Neo4j's data()
        return [plain(x) for pair in zip(value.nodes, value.relationships) for x in pair] + [
            plain(value.end_node)]
    if isinstance(value, Mapping):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, neo4j.time.Date | neo4j.time.DateTime | neo4j.time.Time):
        return value.iso_format()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, neo4j.time.Duration):
        return str(value)
    return value


def _first_line(exc: BaseException) -> str:
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return str(text).strip().splitlines()[0]


class GraphStore:
    """The kg graph on one Bolt server.  Use :func:`open_store` to get one."""

    def __init__(self, driver: neo4j.Driver, database: str | None, uri: str,
                 server: EmbeddedServer | None = None) -> None:
        self._driver = driver
        self.database = database
        self.uri = uri
        self._server = server

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        try:
            self._driver.close()
        finally:
            if self._server is not None:
                server, self._server = self._server, None
                release(server)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _session(self, write: bool = True) -> neo4j.Session:
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        return self._driver.session(database=self.database, default_access_mode=mode)

    def _retrying(self, work: Callable[[neo4j.ManagedTransaction], T], write: bool) -> T:
        """Run ``work`` in one transaction, retrying transient failures with backoff."""
        for attempt in range(TRIES):
            try:
                with self._session(write) as session, session.begin_transaction() as tx:
                    out = work(tx)
                    tx.commit()
                    return out
            except RETRYABLE as exc:
                if attempt == TRIES - 1:
                    raise StoreError(f"the graph store at {self.uri} kept failing "
                                     f"({_first_line(exc)}): check that it is running") from exc
                time.sleep(BACKOFF_S * 2 ** attempt)
            except nx.Neo4jError as exc:
                raise StoreError(f"the graph store rejected a statement: {_first_line(exc)}"
                                 ) from exc
            except (nx.DriverError, TypeError, ValueError) as exc:
                raise StoreError(f"cannot send data to the graph store: {_first_line(exc)}"
                                 ) from exc
        raise AssertionError("unreachable")

    def apply_schema(self) -> None:
        """Create the id constraints and indexes if missing (idempotent)."""
        # Schema changes cannot share a transaction with data on Neo4j: one each.
        for statement in cypher.constraints():
            self._retrying(lambda tx, s=statement: tx.run(s).consume(), write=True)

    # -- writing ---------------------------------------------------------------------------

    def write(self, results: Iterable[ArticleResult], batch_size: int = 5000,
              replace: bool = False) -> WriteSummary:
        """Merge articles and their events, about ``batch_size`` rows per transaction.

        ``results`` is consumed lazily, one batch at a time.  A transaction always holds
        whole articles, so :meth:`article_ids` only ever reports articles whose events are
        all stored (a killed run is finished by writing the rest).  With ``replace``, an
        article already stored first loses its previous reports (and the events no other
        report supports), so a changed extraction leaves nothing stale.
        """
        summary = WriteSummary()
        batch = Batch()
        for result in results:
            batch.add(result)
            if batch.size >= batch_size:
                self._write_batch(batch, summary, replace)
                batch = Batch()
        if batch.articles:
            self._write_batch(batch, summary, replace)
        return summary

    def _write_batch(self, batch: Batch, summary: WriteSummary, replace: bool) -> None:
        def run(tx: neo4j.ManagedTransaction) -> None:
            def send(query: str, rows: list[Row]) -> None:
                if rows:
                    tx.run(query, rows=rows).consume()

            if replace:
                _forget(tx, list(batch.articles))
            # The transaction makes an article and its events visible together, so the
            # article node can come first and the event statements only look it up.
            send(cypher.merge_articles(), list(batch.articles.values()))
            others = batch.other_articles()
            if others:
                tx.run(cypher.touch_articles(), ids=others).consume()
            send(cypher.merge_actors(), list(batch.actors.values()))
            send(cypher.merge_member_of(), batch.members())
            send(cypher.merge_places(), list(batch.places.values()))
            stored = {r["props"]["id"]: r["props"] for r in tx.run(
                cypher.stored_events(), ids=list(batch.events))}
            plan = batch.plan(stored)
            for shape, rows in sorted(plan.created.items()):
                send(cypher.create_events(*shape), rows)
            send(cypher.merge_events(), plan.merged)
            for role, rows in sorted(plan.roles.items()):
                send(cypher.merge_roles(role), rows)
            send(cypher.merge_reports(), plan.reports)
            for (plover, fresh), rows in sorted(plan.direct.items()):
                send(cypher.direct(plover, fresh), rows)

        self._retrying(run, write=True)
        summary.articles += len(batch.articles)
        summary.events += len(batch.events)
        summary.reports += len(batch.reports)
        summary.batches += 1

    # -- reading ---------------------------------------------------------------------------

    def _read(self, query: str, **params: Any) -> list[neo4j.Record]:
        return self._retrying(lambda tx: list(tx.run(query, params)), write=False)

    def article_ids(self, ids: Iterable[str] | None = None) -> set[str]:
        """Which of ``ids`` are stored as complete articles (all of them if ``ids`` is None)."""
        if ids is None:
            return {r["id"] for r in self._read(cypher.stored_articles(False))}
        wanted, found = list(dict.fromkeys(ids)), set()
        for i in range(0, len(wanted), _ID_CHUNK):
            chunk = wanted[i:i + _ID_CHUNK]
            found.update(r["id"] for r in self._read(cypher.stored_articles(True), ids=chunk))
        return found

    def stats(self) -> dict[str, Any]:
        """Node counts per label, events per PLOVER type, and REPORTED_IN count."""
        def count(query: str) -> int:
            return int(self._read(query)[0]["n"])

        by_type = {r["type"]: int(r["n"]) for r in self._read(cypher.events_by_type())}
        return {
            "articles": count(cypher.count_articles()),
            "events": count(cypher.count_label("Event")),
            "events_by_type": dict(sorted(by_type.items())),
            "actors": count(cypher.count_label("Actor")),
            "places": count(cypher.count_label("Place")),
            "reports": count(cypher.count_reports()),
        }

    def query(self, cypher_text: str, params: dict[str, Any] | None = None, *,
              write: bool = False) -> list[dict[str, Any]]:
        """Run a user's Cypher; read-only unless ``write=True``.  Values come back plain.

        A read query that tries to write is rolled back and raises :class:`QueryError`,
        whether the server refuses it (Neo4j) or not (ArcadeDB ignores access modes).
        """
        try:
            with self._session(write) as session, session.begin_transaction() as tx:
                result = tx.run(cypher_text, params or {})
                rows = [{k: plain(v) for k, v in record.items()} for record in result]
                if not write and result.consume().counters.contains_updates:
                    tx.rollback()
                    raise QueryError("this query writes to the graph; queries are "
                                     "read-only unless you ask to write (--write)")
                tx.commit()
                return rows
        except nx.ClientError as exc:
            if "AccessMode" in (exc.code or ""):  # Neo4j refusing a write in a read session
                raise QueryError("this query writes to the graph; queries are read-only "
                                 "unless you ask to write (--write)") from exc
            raise QueryError(f"Cypher error: {_first_line(exc)}") from exc
        except nx.Neo4jError as exc:
            raise QueryError(f"Cypher error: {_first_line(exc)}") from exc
        except (nx.DriverError, OSError) as exc:
            raise StoreError(f"cannot reach the graph store at {self.uri}: "
                             f"{_first_line(exc)}") from exc

    def iter_events(self, since: dt.date | None = None, until: dt.date | None = None,
                    actor: str | None = None) -> Iterator[Event]:
        """Events (with actors, place and one Evidence per report), streamed page by page.

        ``since``/``until`` keep events whose date range overlaps them (undated events are
        left out when either is given); ``actor`` is an actor id, English or Arabic name.
        """
        after = ""
        while True:
            page = self._read(cypher.event_page(), after=after, since=since, until=until,
                              actor=actor, limit=PAGE)
            for r in page:
                yield event_from_record(r["e"], r["s"], r["t"], r["p"], r["evidence"])
            if len(page) < PAGE:
                return
            after = page[-1]["e"]["id"]

    def iter_articles(self) -> Iterator[Article]:
        """Stored articles' metadata (``text`` is empty: the store keeps no full text)."""
        after = ""
        while True:
            page = self._read(cypher.article_page(), after=after, limit=PAGE)
            for r in page:
                yield article_from_record(r["a"])
            if len(page) < PAGE:
                return
            after = page[-1]["a"]["id"]


def _forget(tx: neo4j.ManagedTransaction, article_ids: list[str]) -> None:
    """Drop these articles' reports, then the events left without any report."""
    touched = [r["id"] for r in tx.run(cypher.forget_reports(), ids=article_ids)]
    if touched:
        tx.run(cypher.delete_unreported(), ids=touched).consume()


BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def _connect(uri: str, auth: tuple[str, str] | None, database: str | None,
             server: EmbeddedServer | None) -> GraphStore:
    if uri.partition("://")[0].lower() not in BOLT_SCHEMES:
        raise StoreError(f"{uri!r} is not a Bolt URI: use e.g. bolt://localhost:7687 or "
                         "neo4j://host:7687")
    try:
        driver = GraphDatabase.driver(uri, auth=auth, connection_timeout=10.0)
    except (ValueError, nx.ConfigurationError) as exc:
        raise StoreError(f"{uri!r} is not a Bolt URI ({_first_line(exc)}): use e.g. "
                         "bolt://localhost:7687 or neo4j://host:7687") from exc
    try:
        driver.verify_connectivity()
        driver.execute_query("RETURN 1", database_=database)  # the database exists
    except nx.AuthError as exc:
        driver.close()
        raise StoreError(f"authentication failed at {uri}: check the user and password "
                         "(NEO4J_USER / NEO4J_PASSWORD)") from exc
    except (nx.ServiceUnavailable, nx.SessionExpired, OSError) as exc:
        driver.close()
        raise StoreError(f"cannot reach a Bolt server at {uri}: is it running? "
                         "(check --neo4j-uri / NEO4J_URI)") from exc
    except nx.Neo4jError as exc:
        driver.close()
        raise StoreError(f"the server at {uri} refused the connection: "
                         f"{_first_line(exc)} (check --database / NEO4J_DATABASE)") from exc
    store = GraphStore(driver, database, uri, server)
    try:
        store.apply_schema()
    except BaseException:
        driver.close()
        raise
    return store


def open_store(store_path: str | os.PathLike[str] | None = None, neo4j_uri: str | None = None,
               user: str | None = None, password: str | None = None,
               database: str | None = None) -> GraphStore:
    """Connect to the graph: an embedded store directory, or a Bolt server's URI.

    ``store_path`` (created if missing) starts ArcadeDB in this process with Bolt on a free
    loopback port; ``neo4j_uri`` connects to a running Neo4j (or other Bolt server).  The
    schema is applied idempotently.  Use as a context manager, or call ``close()``.
    """
    if (store_path is None) == (neo4j_uri is None):
        raise StoreError("give exactly one of a store directory (--store) or a Bolt URI "
                         "(--neo4j-uri)")
    if store_path is not None:
        server = acquire(store_path)
        try:
            return _connect(server.uri, (USER, PASSWORD), database or DATABASE, server)
        except BaseException:
            release(server)
            raise
    auth = None if user is None and password is None else (user or "neo4j", password or "")
    return _connect(str(neo4j_uri), auth, database, None)


@contextmanager
def serve(store_path: str | os.PathLike[str], host: str = "127.0.0.1",
          port: int = 7687) -> Iterator[EmbeddedServer]:
    """Serve an embedded store over Bolt until the ``with`` block ends.

    The yielded server has ``uri``; clients log in as ``root`` / ``kg.store.PASSWORD`` and
    use database ``kg``.  ``kg serve`` blocks inside the block until interrupted.
    """
    server = acquire(store_path, host, port)
    try:
        _connect(server.uri, (USER, PASSWORD), DATABASE, None).close()  # schema in place
        yield server
    finally:
        release(server)
