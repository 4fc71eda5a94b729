"""One exception hierarchy for the library: a root and one class per stage that raises.

Reading and extraction never raise for a bad article: they return ``ArticleFailure``.

The library never prints or exits; the CLI maps these to a one-line ``Error: …``.
"""

from __future__ import annotations


class KgError(Exception):
    """Root of every error the kg library raises on purpose."""


class AnalysisError(KgError):
    """Arabic analysis failed (e.g. a morphology database that cannot be loaded)."""


class StoreError(KgError):
    """The graph store could not be started, reached, or written."""


class ExportError(KgError):
    """RDF export failed."""


class QueryError(KgError):
    """A saved or inline Cypher query is unknown, malformed or not allowed."""


class EvalError(KgError):
    """Gold annotations or evaluation inputs are malformed."""
