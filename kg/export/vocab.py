"""RDF vocabularies the export speaks, as ``DefinedNamespace`` classes so a typo fails loudly.

Standard vocabularies come first (SEM for events, PROV-O for provenance, the W3C Web
Annotation model for evidence sentences, WGS84 for coordinates); ``KG`` holds the few terms
none of them has.  rdflib ships PROV, DCTERMS, SKOS and OWL; SEM, OA and WGS84 are declared
here with only the terms we use (rdflib's own ``WGS`` uses an ``https`` IRI that is not the
published one).

``KG``, ``PLOVER``, ``MODE`` and ``TOPIC`` live under ``https://example.org/kg/``, a
documented placeholder: PLOVER has no official RDF namespace.  They are fixed, unlike the
configurable base of instance IRIs, so data exported under any base shares one vocabulary.
The terms are defined in ``schema/ontology.ttl``.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCMITYPE,
    DCTERMS,
    FOAF,
    OWL,
    PROV,
    RDF,
    RDFS,
    SKOS,
    XSD,
    DefinedNamespace,
)


class SEM(DefinedNamespace):
    """Simple Event Model (Van Hage et al. 2011), the terms we use."""

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    _fail = True

    Event: URIRef
    Actor: URIRef
    Place: URIRef
    eventType: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTimeStamp: URIRef
    hasEarliestBeginTimeStamp: URIRef
    hasLatestEndTimeStamp: URIRef


class OA(DefinedNamespace):
    """W3C Web Annotation Vocabulary, the terms we use."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    Annotation: URIRef
    SpecificResource: URIRef
    TextQuoteSelector: URIRef
    TextPositionSelector: URIRef
    hasBody: URIRef
    hasTarget: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    motivatedBy: URIRef
    linking: URIRef
    exact: URIRef
    start: URIRef
    end: URIRef


class WGS84(DefinedNamespace):
    """W3C Basic Geo (WGS84 lat/long) vocabulary."""

    _NS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
    _fail = True

    lat: URIRef
    long: URIRef


class KG(DefinedNamespace):
    """Our own properties and classes (defined in schema/ontology.ttl)."""

    _NS = Namespace("https://example.org/kg/ontology#")
    _fail = True

    # event properties
    source: URIRef  # rdfs:subPropertyOf sem:hasActor: who acts
    target: URIRef  # rdfs:subPropertyOf sem:hasActor: who is acted upon
    mode: URIRef  # PLOVER mode concept (visit, aerial, withdraw, ...)
    topic: URIRef  # what the event is about, a topic concept
    quadClass: URIRef  # PLOVER quad class concept
    negated: URIRef
    future: URIRef
    hypothetical: URIRef
    symmetric: URIRef
    confidence: URIRef
    # actor properties and classes
    memberOf: URIRef  # a person or group to the state it belongs to
    State: URIRef
    ArmedGroup: URIRef
    IntergovernmentalOrganization: URIRef
    Group: URIRef
    # concept schemes
    ploverScheme: URIRef
    quadClasses: URIRef
    modes: URIRef
    topics: URIRef


class PLOVER(DefinedNamespace):
    """The 16 PLOVER event types and the 4 quad classes, as SKOS concepts."""

    _NS = Namespace("https://example.org/kg/plover/")
    _fail = True

    AGREE: URIRef
    CONSULT: URIRef
    SUPPORT: URIRef
    CONCEDE: URIRef
    COOPERATE: URIRef
    AID: URIRef
    RETREAT: URIRef
    REQUEST: URIRef
    ACCUSE: URIRef
    REJECT: URIRef
    THREATEN: URIRef
    PROTEST: URIRef
    SANCTION: URIRef
    MOBILIZE: URIRef
    COERCE: URIRef
    ASSAULT: URIRef
    # quad classes, spelt as kg.model.QUAD_CLASS spells them (rdflib's hook for names that
    # are not identifiers; annotating it would make "_extras" a term)
    _extras = [  # noqa: RUF012
        "verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict",
    ]


# Open-ended code lists: a mode or topic the ontology does not list still gets an IRI here.
MODE = Namespace("https://example.org/kg/mode/")
TOPIC = Namespace("https://example.org/kg/topic/")
# Placeholder for CAMEO codes (no official RDF namespace): <https://example.org/cameo/04>.
CAMEO = Namespace("https://example.org/cameo/")

PREFIXES: dict[str, str] = {
    "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL), "skos": str(SKOS),
    "sem": str(SEM._NS), "prov": str(PROV), "dct": str(DCTERMS), "dcmitype": str(DCMITYPE),
    "oa": str(OA._NS), "geo": str(WGS84._NS), "foaf": str(FOAF), "kg": str(KG._NS),
    "plover": str(PLOVER._NS), "mode": str(MODE), "topic": str(TOPIC),
}
