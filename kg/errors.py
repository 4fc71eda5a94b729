"""One exception hierarchy for the library: a root and one class per stage.

The library never prints or exits; the CLI maps these to a one-line ``Error: …``.
"""

from __future__ import annotations


class KgError(Exception):
    """Root of every error the kg library raises on purpose."""


class ReadError(KgError):
    """An input could not be read as an article (missing, binary, bad JSON, bad encoding)."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class AnalysisError(KgError):
    """Arabic analysis failed (e.g. a morphology database that cannot be loaded)."""


class ExtractionError(KgError):
    """Event extraction failed on an article."""


class StoreError(KgError):
    """The graph store could not be started, reached, or written."""


class ExportError(KgError):
    """RDF export failed."""


class QueryError(KgError):
    """A saved or inline Cypher query is unknown, malformed or not allowed."""


class EvalError(KgError):
    """Gold annotations or evaluation inputs are malformed."""
