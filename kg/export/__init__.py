"""Linked-data export: events as RDF (SEM, PROV-O, Web Annotation, SKOS, our ``kg:`` terms)."""

from __future__ import annotations

from kg.export.rdf import DEFAULT_BASE_IRI, FORMATS, events_to_graph, write_rdf

__all__ = ["DEFAULT_BASE_IRI", "FORMATS", "events_to_graph", "write_rdf"]
