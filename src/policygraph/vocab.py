"""RDF vocabularies: policygraph's own terms and the standard ones rdflib does not ship.

rdflib already provides schema.org (``SDO``), W3C ORG (``ORG``), PROV-O (``PROV``), Dublin
Core terms (``DCTERMS``), RDF, RDFS, OWL, XSD and SHACL. This module adds

* :class:`PG`, policygraph's vocabulary, published with a label and a comment for every term
  in ``data/policygraph.ttl`` (see :func:`vocabulary_path`);
* :class:`SEM`, the Simple Event Model, for announcements as events;
* :class:`NIF`, the NLP Interchange Format core, for evidence as character spans;
* :class:`ITSRDF`, the ITS 2.0 RDF terms NIF uses to link a span to the entity it names.

They are :class:`rdflib.namespace.DefinedNamespace` classes, so a misspelt term is an
``AttributeError`` rather than a silently wrong IRI.

Examples
--------
>>> from policygraph.vocab import PG, NIF
>>> str(PG.Claim)
'https://w3id.org/policygraph/ns#Claim'
>>> str(NIF.beginIndex)
'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex'
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

__all__ = [
    "PG",
    "SEM",
    "NIF",
    "ITSRDF",
    "PG_NS",
    "PREFIXES",
    "RELATION_KINDS",
    "vocabulary_path",
    "shapes_path",
]

#: IRI of policygraph's vocabulary namespace; stable, independent of the data's base IRI.
PG_NS = "https://w3id.org/policygraph/ns#"


class PG(DefinedNamespace):
    """policygraph's vocabulary (``pg:``); every term is described in ``policygraph.ttl``."""

    _NS = Namespace(PG_NS)
    _fail = True

    # classes
    Policy: URIRef  # a public policy, programme, scheme or strategy
    Claim: URIRef  # a reified relation between two entities, with its evidence
    Quotation: URIRef  # a quoted or reported statement made by a speaker in an article
    Evidence: URIRef  # a character span of an article's text that supports a fact
    Dataset: URIRef  # one export of a policygraph graph

    # relations between entities (edge kinds of the graph)
    announced: URIRef
    proposed: URIRef
    expanded: URIRef
    criticised: URIRef
    supported: URIRef
    funds: URIRef
    provides: URIRef
    holdsRole: URIRef
    partOf: URIRef
    deliveredVia: URIRef
    relatedTo: URIRef
    about: URIRef

    # provenance and text
    evidence: URIRef
    context: URIRef
    section: URIRef
    commentIndex: URIRef
    fromReaderComment: URIRef
    fromCommentsOnly: URIRef
    sourceFile: URIRef
    sourceName: URIRef

    # dates
    dateText: URIRef
    dateConfidence: URIRef
    dateEvidence: URIRef
    asOf: URIRef

    # people, bodies, funding
    minister: URIRef
    government: URIRef
    role: URIRef
    period: URIRef
    amountText: URIRef
    purpose: URIRef

    # dataset metadata
    pipeline: URIRef
    articleCount: URIRef
    version: URIRef


class SEM(DefinedNamespace):
    """The Simple Event Model (van Hage et al. 2011), the terms policygraph uses."""

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    _fail = True

    Event: URIRef
    Actor: URIRef
    Place: URIRef
    Time: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTime: URIRef
    hasTimeStamp: URIRef
    hasBeginTimeStamp: URIRef
    hasEndTimeStamp: URIRef
    eventType: URIRef


class NIF(DefinedNamespace):
    """NLP Interchange Format 2.0 core, the terms policygraph uses."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    Context: URIRef
    String: URIRef
    OffsetBasedString: URIRef
    RFC5147String: URIRef
    Phrase: URIRef
    Sentence: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    referenceContext: URIRef
    sentence: URIRef
    isString: URIRef
    sourceUrl: URIRef


class ITSRDF(DefinedNamespace):
    """Internationalization Tag Set 2.0 in RDF: ``taIdentRef`` links a NIF span to the
    entity it mentions (NIF's convention for entity linking)."""

    _NS = Namespace("http://www.w3.org/2005/11/its/rdf#")
    _fail = True

    taIdentRef: URIRef


#: Prefixes bound in every export and known to every query, in a stable order.
PREFIXES: dict[str, str] = {
    "dcterms": "http://purl.org/dc/terms/",
    "itsrdf": str(ITSRDF._NS),
    "nif": str(NIF._NS),
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "pg": PG_NS,
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "sem": str(SEM._NS),
    "sh": "http://www.w3.org/ns/shacl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

#: Graph edge kinds that are relations between entities, and their ``pg:`` property.
#: Each becomes a direct triple and a reified :attr:`PG.Claim` carrying its evidence.
RELATION_KINDS: dict[str, URIRef] = {
    "announced": PG.announced,
    "proposed": PG.proposed,
    "expanded": PG.expanded,
    "criticised": PG.criticised,
    "supported": PG.supported,
    "funds": PG.funds,
    "provides": PG.provides,
    "holds_role": PG.holdsRole,
    "part_of": PG.partOf,
    "delivered_via": PG.deliveredVia,
    "related_to": PG.relatedTo,
}


def _data_file(name: str) -> Path:
    return Path(str(resources.files("policygraph").joinpath("data", name)))


def vocabulary_path() -> Path:
    """Path of ``policygraph.ttl``, the OWL description of the ``pg:`` vocabulary."""
    return _data_file("policygraph.ttl")


def shapes_path() -> Path:
    """Path of ``shapes.ttl``, the SHACL shapes an export must conform to."""
    return _data_file("shapes.ttl")
