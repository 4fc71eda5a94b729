"""Compose the stages: read → clean → analyse → extract → resolve (→ store/export).

``process_article`` is the one function a library user (or a Dask/Ray/Spark task) needs to
turn an :class:`~kg.model.Article` into events.  ``process_many`` runs it over a stream in
worker processes that each load the Arabic analyser once.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kg.analyse import analyse
from kg.clean import clean, first_body_line
from kg.errors import KgError
from kg.extract import extract
from kg.merge import assign_ids
from kg.model import Article, ArticleFailure, CleanedArticle, Event
from kg.resolve import resolve
from kg.timestamps import dateline_date


@dataclass
class ArticleResult:
    """What the pipeline made of one article."""

    article: Article
    events: list[Event] = field(default_factory=list)
    cleaned: CleanedArticle | None = None
    empty: bool = False  # nothing of the page was left after removing boilerplate


def process_article(article: Article, *, merge: bool = True,
                    strip_boilerplate: bool = True) -> ArticleResult:
    """Clean, analyse, extract and resolve one article.

    ``strip_boilerplate=False`` analyses the text as it is (single sentences, clean feeds).
    """
    cleaned = clean(article) if strip_boilerplate else CleanedArticle(
        article, article.text, list(range(len(article.text))))
    if not cleaned.text.strip():
        return ArticleResult(article=article, cleaned=cleaned, empty=True)
    if article.published is None:
        # Relative dates ("yesterday", "on Sunday") need a reference day.
        article.published = dateline_date(first_body_line(cleaned))
    doc = analyse(cleaned)
    events = resolve(extract(doc), doc)
    assign_ids(events, merge=merge)
    return ArticleResult(article=article, events=events, cleaned=cleaned)


def _safe_process(article: Article, merge: bool) -> ArticleResult | ArticleFailure:
    try:
        return process_article(article, merge=merge)
    except KgError as exc:
        return ArticleFailure(article.source, str(exc), detail=traceback.format_exc())
    except Exception as exc:  # one bad article must never stop the run
        return ArticleFailure(article.source, f"extraction failed: {exc!r}",
                              detail=traceback.format_exc())


def _process_chunk(chunk: list[Article], merge: bool) -> list[ArticleResult | ArticleFailure]:
    results = [_safe_process(article, merge) for article in chunk]
    for result in results:
        if isinstance(result, ArticleResult):
            result.cleaned = None  # not needed downstream; keeps inter-process traffic small
    return results


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def process_many(
    items: Iterable[Article | ArticleFailure], *, workers: int = 1, merge: bool = True,
    chunksize: int = 16,
) -> Iterator[ArticleResult | ArticleFailure]:
    """Process a stream of articles, in input order; read failures pass straight through.

    With ``workers > 1`` extraction runs in a process pool with a bounded window of chunks
    in flight, so memory stays bounded however large the corpus (``Pool.imap`` would read
    the whole input ahead).
    """
    if workers <= 1:
        for item in items:
            yield item if isinstance(item, ArticleFailure) else _safe_process(item, merge)
        return
    # spawn, not fork: the embedded store runs a JVM in this process, and forking a
    # process with JVM threads is unsafe.  Each worker loads the analyser once.
    ctx = mp.get_context("spawn")
    window: deque[Any] = deque()
    limit = workers * 4
    with ctx.Pool(workers) as pool:
        for chunk in _chunks(items, chunksize):
            window.append(_submit(pool, chunk, merge))
            while len(window) >= limit:
                yield from _collect(window.popleft())
        while window:
            yield from _collect(window.popleft())


def _chunks(items: Iterable[Article | ArticleFailure], size: int
            ) -> Iterator[list[Article | ArticleFailure]]:
    chunk: list[Article | ArticleFailure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _submit(pool: Any, chunk: list[Article | ArticleFailure], merge: bool) -> tuple[Any, list]:
    articles = [item for item in chunk if isinstance(item, Article)]
    return pool.apply_async(_process_chunk, (articles, merge)), chunk


def _collect(pending: tuple[Any, list]) -> Iterator[ArticleResult | ArticleFailure]:
    async_result, chunk = pending
    done = iter(async_result.get())
    for item in chunk:  # re-interleave read failures at their place in the input
        yield item if isinstance(item, ArticleFailure) else next(done)
