"""Helpers shared by the extraction tests: run the real pipeline on a short text."""

from __future__ import annotations

from kg.analyse import Document, analyse
from kg.model import Article, CleanedArticle, Event
from kg.pipeline import process_article


def events(text: str) -> list[Event]:
    """Every event the pipeline finds in ``text`` (no boilerplate stripping)."""
    article = Article(id="t", text=text, source="test")
    return process_article(article, strip_boilerplate=False).events


def of_type(text: str, type_: str) -> list[Event]:
    return [e for e in events(text) if e.type == type_]


def ids(event: Event) -> tuple[str | None, str | None]:
    """(source id, target id) of an event."""
    return (event.source.id if event.source else None,
            event.target.id if event.target else None)


def document(text: str) -> Document:
    """The analysed document of ``text``, as if it were the whole cleaned article."""
    article = Article(id="t", text=text, source="test")
    return analyse(CleanedArticle(article, text, list(range(len(text)))))
