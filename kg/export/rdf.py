"""Write events as linked data: Turtle, N-Triples, JSON-LD or TriG, streamed.

The whole graph is never held in memory: :class:`~kg.export.mapping.Mapper` turns each event
into a small chunk of new triples, and each format writes chunks as they come.

- ``nt``: every chunk's triples, one line each.
- ``turtle``: the prefixes once, then each chunk serialised by rdflib without its header
  (a chunk that needs a prefix not yet declared gets its ``@prefix`` line first; Turtle
  allows directives between statements).
- ``trig``: the same, each chunk inside named graphs: ``{base}graph/shared`` for events,
  actors, places and concepts, ``{base}graph/article/{id}`` for what one article contributes
  (its metadata, the derivation and the annotations), so one report can be dropped alone.
- ``jsonld``: one JSON object with a ``@context`` and a ``@graph`` array written batch by
  batch; a node split over two batches appears twice with one ``@id``, which JSON-LD merges.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import BinaryIO, TextIO

from rdflib import Graph, URIRef

from kg.errors import ExportError
from kg.export.mapping import Chunk, Mapper, Triple
from kg.export.vocab import PREFIXES
from kg.model import Article, Event

DEFAULT_BASE_IRI = "https://example.org/kg/"  # a documented placeholder: pass your own
FORMATS = ("turtle", "nt", "jsonld", "trig")
JSONLD_BATCH = 256  # events per JSON-LD batch: big enough to group nodes, small in memory

_PREFIX_LINE = re.compile(r"^@prefix ([^:\s]*): <([^>]*)> \.$")


def prefixes(base_iri: str) -> dict[str, str]:
    """Standard and vocabulary prefixes plus short ones for our instance IRIs."""
    out = dict(PREFIXES)
    for kind in ("event", "actor", "place", "article"):
        out[kind] = base_iri + kind + "/"
    return out


def _graph(triples: Iterable[Triple], bindings: Mapping[str, str]) -> Graph:
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in bindings.items():
        graph.bind(prefix, namespace)
    for triple in triples:
        graph.add(triple)
    return graph


def events_to_graph(events: Iterable[Event], *, base_iri: str = DEFAULT_BASE_IRI,
                    articles: Mapping[str, Article] | None = None) -> Graph:
    """All triples for ``events`` in one in-memory graph (for small inputs and tests)."""
    mapper = Mapper(base_iri, articles)
    return _graph((t for event in events for t in mapper.chunk(event).all()),
                  prefixes(base_iri))


class _Sink:
    """Writes text to a text stream, or UTF-8 to a binary one."""

    def __init__(self, out: BinaryIO | TextIO) -> None:
        self._out = out
        self._text = isinstance(out, io.TextIOBase) or (
            not isinstance(out, (io.RawIOBase, io.BufferedIOBase)) and hasattr(out, "encoding"))

    def write(self, text: str) -> None:
        try:
            if self._text:
                self._out.write(text)  # type: ignore[arg-type]
            else:
                self._out.write(text.encode("utf-8"))  # type: ignore[arg-type]
        except (OSError, ValueError) as exc:
            raise ExportError(f"could not write RDF: {exc}") from exc


class _TurtleBlocks:
    """Turtle statements for groups of triples, declaring each prefix before first use."""

    def __init__(self, sink: _Sink, bindings: Mapping[str, str]) -> None:
        self.sink = sink
        self.bindings = bindings
        self.declared: dict[str, str] = {}

    def declare(self, lines: Iterable[str]) -> None:
        for line in lines:
            match = _PREFIX_LINE.match(line)
            if match is None:
                raise ExportError(f"unexpected Turtle header line {line!r}")
            if self.declared.get(match[1]) != match[2]:
                self.declared[match[1]] = match[2]
                self.sink.write(line + "\n")

    def body(self, triples: Iterable[Triple]) -> tuple[str, int]:
        """The statements for ``triples`` (prefixes they need declared first), and count."""
        graph = _graph(triples, self.bindings)
        lines = graph.serialize(format="turtle").splitlines()
        header = 0
        while header < len(lines) and lines[header].startswith("@prefix "):
            header += 1
        self.declare(lines[:header])
        return "\n".join(lines[header:]).strip() + "\n", len(graph)


def _write_nt(chunks: Iterator[Chunk], sink: _Sink, mapper: Mapper) -> int:
    count = 0
    for chunk in chunks:
        graph = _graph(chunk.all(), {})
        sink.write(graph.serialize(format="nt"))
        count += len(graph)
    return count


def _write_turtle(chunks: Iterator[Chunk], sink: _Sink, mapper: Mapper) -> int:
    blocks = _TurtleBlocks(sink, prefixes(mapper.base))
    blocks.declare(f"@prefix {p}: <{ns}> ." for p, ns in blocks.bindings.items())
    count = 0
    for chunk in chunks:
        if len(chunk):
            text, n = blocks.body(chunk.all())
            sink.write("\n" + text)
            count += n
    return count


def _write_trig(chunks: Iterator[Chunk], sink: _Sink, mapper: Mapper) -> int:
    blocks = _TurtleBlocks(sink, prefixes(mapper.base))
    blocks.declare(f"@prefix {p}: <{ns}> ." for p, ns in blocks.bindings.items())
    count = 0
    for chunk in chunks:
        groups: list[tuple[URIRef, list[Triple]]] = [(mapper.graph_iri(None), chunk.shared)]
        groups += [(mapper.graph_iri(a), t) for a, t in chunk.by_article.items()]
        for name, triples in groups:
            if triples:
                text, n = blocks.body(triples)
                sink.write(f"\n<{name}> {{\n{text}}}\n")
                count += n
    return count


def _batches(chunks: Iterator[Chunk], size: int) -> Iterator[list[Chunk]]:
    batch: list[Chunk] = []
    for chunk in chunks:
        batch.append(chunk)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write_jsonld(chunks: Iterator[Chunk], sink: _Sink, mapper: Mapper) -> int:
    context = prefixes(mapper.base)
    sink.write('{\n"@context": ' + json.dumps(context, indent=1) + ',\n"@graph": [')
    count, first = 0, True
    for batch in _batches(chunks, JSONLD_BATCH):
        graph = _graph((t for chunk in batch for t in chunk.all()), context)
        doc = json.loads(graph.serialize(format="json-ld", context=context))
        nodes = doc.get("@graph", [doc]) if isinstance(doc, dict) else doc
        for node in nodes:
            if isinstance(node, dict):
                node.pop("@context", None)
            sink.write(("\n" if first else ",\n") + json.dumps(node, ensure_ascii=False))
            first = False
        count += len(graph)
    sink.write("\n]\n}\n")
    return count


_WRITERS: dict[str, Callable[[Iterator[Chunk], _Sink, Mapper], int]] = {
    "turtle": _write_turtle, "nt": _write_nt, "jsonld": _write_jsonld, "trig": _write_trig,
}


def write_rdf(events: Iterable[Event], out: BinaryIO | TextIO, *, format: str = "turtle",
              base_iri: str = DEFAULT_BASE_IRI,
              articles: Mapping[str, Article] | None = None) -> int:
    """Stream ``events`` to ``out`` as RDF in ``format``; return the number of triples.

    ``articles`` maps article ids to their metadata (url, title, date, outlet) when known;
    articles without it are still described (id and language).  Raises
    :class:`~kg.errors.ExportError` for an unknown format, a bad base IRI, an unknown event
    type or a stream that cannot be written.
    """
    writer = _WRITERS.get(format)
    if writer is None:
        raise ExportError(f"unknown RDF format {format!r}; choose one of {', '.join(FORMATS)}")
    mapper = Mapper(base_iri, articles)
    return writer((mapper.chunk(event) for event in events), _Sink(out), mapper)
