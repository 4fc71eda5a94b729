"""kg: Arabic news reports into a knowledge graph of PLOVER diplomatic events.

Library use (no CLI needed)::

    from kg import read_paths, process_article
    for article in read_paths(["examples/articles"]):
        for event in process_article(article).events:
            print(event.type, event.source and event.source.id, event.date)

Heavy parts (the morphology database, the embedded store's JVM) load lazily, on first use.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "Article", "ArticleFailure", "CleanedArticle", "Actor", "Place", "Mention", "Event",
    "Evidence", "read_paths", "clean", "process_article", "process_many", "open_store",
    "write_rdf",
]

_LAZY = {
    "Article": "kg.model", "ArticleFailure": "kg.model", "CleanedArticle": "kg.model",
    "Actor": "kg.model", "Place": "kg.model", "Mention": "kg.model", "Event": "kg.model",
    "Evidence": "kg.model", "read_paths": "kg.read", "clean": "kg.clean",
    "process_article": "kg.pipeline", "process_many": "kg.pipeline",
    "open_store": "kg.store", "write_rdf": "kg.export.rdf",
}


def __getattr__(name: str) -> Any:
    # Lazy so that `import kg` (and `kg --help`) stays fast and starts no JVM.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
