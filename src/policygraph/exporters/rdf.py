"""Export a policygraph graph as RDF on standard vocabularies, and as GraphML.

The mapping (documented term by term in ``data/policygraph.ttl``):

* articles are ``schema:NewsArticle`` (headline, datePublished, url); their text is a
  ``nif:Context`` and every evidence span a ``nif:Phrase`` in it, with ``nif:beginIndex``,
  ``nif:endIndex``, ``nif:anchorOf`` and the enclosing ``nif:Sentence``. Span IRIs follow
  RFC 5147 (``<base>text/<article>#char=412,440``), so they come from content, not counters;
* persons are ``schema:Person``; bodies ``schema:GovernmentOrganization`` (when the node has
  ``government: true``) or ``schema:Organization``, and ``org:Organization``; policies
  ``pg:Policy``; funding ``schema:MonetaryAmount`` (value, currency ``GBP``, period as text);
  places ``schema:Place``; announcements ``sem:Event`` with actor, place and a time stamp
  typed ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` by the date's precision;
* every relation edge (:data:`policygraph.vocab.RELATION_KINDS`) becomes a direct triple
  (``pg:announced`` ...) and a reified ``pg:Claim`` (an ``rdf:Statement``) carrying its
  evidence, article, date and section; ``holds_role`` also becomes an ``org:Membership``
  with an ``org:Role`` dated as of the article; ``said`` edges become ``pg:Quotation``;
* claims, quotations and announcements are statements of one article: each is
  ``prov:wasDerivedFrom`` it and has its ``pg:evidence`` span; claims and quotations are
  ``prov:wasAttributedTo`` their speaker;
* an entity is named in many articles, so its provenance points at it rather than from
  it: each article ``schema:mentions`` it and each evidence span is linked to it with
  ``itsrdf:taIdentRef`` (NIF's convention for entity linking). The entity's own
  description stays small however many articles name it, which keeps SPARQL lookups on
  it cheap in stores that scan a subject's triples (Oxigraph's in-memory store does).

No blank nodes: claim, membership and quotation IRIs are hashes of the edge's content, so
the same graph always gives the same triples, and the writers sort their output so the same
triples always give the same bytes.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any, cast
from urllib.parse import quote

import networkx as nx
import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib import namespace as _ns
from rdflib.namespace import NamespaceManager

from policygraph import vocab as _vocab
from policygraph.errors import GraphFileError, PolicygraphError
from policygraph.model import PartialDate
from policygraph.vocab import PREFIXES, RELATION_KINDS

__all__ = [
    "DEFAULT_BASE",
    "RDF_FORMATS",
    "EXPORT_FORMATS",
    "node_iri",
    "generate_triples",
    "to_rdf",
    "to_dataset",
    "serialize_rdf",
    "write_rdf",
    "write_graphml",
]

#: Base IRI of exported entities, e.g. ``<base>person/jeremy-hunt``.
DEFAULT_BASE = "https://w3id.org/policygraph/"

#: RDF serialisations :func:`write_rdf` writes, by name.
RDF_FORMATS = ("turtle", "jsonld", "nt", "trig")

#: Every format :func:`write_rdf` accepts (``graphml`` is networkx's, not RDF).
EXPORT_FORMATS = (*RDF_FORMATS, "graphml")

_FORMAT_ALIASES = {
    "ttl": "turtle",
    "json-ld": "jsonld",
    "ntriples": "nt",
    "n-triples": "nt",
}

#: Relation kinds that are speech acts: their claims are attributed to their actor.
_SPEECH_ACTS = frozenset({"announced", "proposed", "expanded", "criticised", "supported"})


class _Terms:
    """A vocabulary whose terms are looked up once: DefinedNamespace lookups are slow, and
    an export looks terms up millions of times."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term: URIRef = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD = (
    _Terms(ns)
    for ns in (_ns.DCTERMS, _ns.ORG, _ns.PROV, _ns.RDF, _ns.RDFS, _ns.SDO, _ns.SKOS, _ns.XSD)
)
NIF, PG, SEM, ITSRDF = (_Terms(ns) for ns in (_vocab.NIF, _vocab.PG, _vocab.SEM, _vocab.ITSRDF))

_NODE_TYPES: dict[str, tuple[URIRef, ...]] = {
    "article": (SDO.NewsArticle,),
    "person": (SDO.Person,),
    "policy": (PG.Policy,),
    "funding": (SDO.MonetaryAmount,),
    "announcement": (SEM.Event,),
    "place": (SDO.Place, SEM.Place),
}

# IRI path segments for resources that are not graph nodes
_CLAIM, _MEMBERSHIP, _ROLE, _QUOTE, _TEXT = "claim", "membership", "role", "quote", "text"

Triple = tuple[URIRef, URIRef, URIRef | Literal]


# --------------------------------------------------------------------------- IRIs


def _check_base(base: str) -> str:
    """Return ``base`` ending in ``/`` or ``#``; refuse a base that is not an absolute IRI."""
    scheme, sep, rest = base.partition(":")
    if not sep or not scheme.isalpha() or not rest or any(c in base for c in ' <>"{}|\\^`'):
        raise PolicygraphError(
            f"base IRI {base!r}",
            "is not an absolute IRI",
            "give one such as https://example.org/policygraph/",
        )
    return base if base.endswith(("/", "#")) else base + "/"


def _segment(text: str) -> str:
    return quote(text, safe="-._~")


@functools.lru_cache(maxsize=65536)
def node_iri(node_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of a graph node: ``kind:a:b`` becomes ``<base>kind/a/b``.

    Examples
    --------
    >>> str(node_iri("person:jeremy-hunt"))
    'https://w3id.org/policygraph/person/jeremy-hunt'
    >>> str(node_iri("announcement:000_7efa:1", "https://example.org/pg/"))
    'https://example.org/pg/announcement/000_7efa/1'
    """
    return URIRef(base + "/".join(_segment(part) for part in str(node_id).split(":")))


def _stem(article_id: str) -> str:
    return article_id.split(":", 1)[1] if article_id.startswith("article:") else article_id


@functools.lru_cache(maxsize=65536)
def _context_iri(article_id: str, base: str) -> URIRef:
    return URIRef(f"{base}{_TEXT}/{_segment(_stem(article_id))}")


def _span_iri(article_id: str, start: int, end: int, base: str) -> URIRef:
    """RFC 5147 fragment IRI of a character span of an article's text."""
    return URIRef(f"{_context_iri(article_id, base)}#char={start},{end}")


def _content_hash(*parts: Any) -> str:
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _role_iri(role: str, base: str) -> URIRef:
    slug = "-".join(role.lower().split())
    return URIRef(f"{base}{_ROLE}/{_segment(slug)}")


# --------------------------------------------------------------------------- literals


@functools.lru_cache(maxsize=4096)
def _parse_date(text: str) -> Literal:
    date = PartialDate.parse(text)
    if date.month is None:
        return Literal(date.iso(), datatype=XSD.gYear)
    if date.day is None:
        return Literal(date.iso(), datatype=XSD.gYearMonth)
    return Literal(date.iso(), datatype=XSD.date)


def _date_literal(value: Any, where: str) -> Literal | None:
    """Typed literal of an ISO date, possibly partial; None for a missing date."""
    if value is None or value == "":
        return None
    try:
        return _parse_date(str(value))
    except ValueError as exc:
        raise GraphFileError(
            where, f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD ({exc})", "rebuild the graph"
        ) from None


def _decimal_literal(value: Any, where: str) -> Literal:
    """``xsd:decimal`` in canonical form (``1000000000.0``), identical in every format."""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise GraphFileError(
            where, f"amount {value!r} is not a number", "rebuild the graph"
        ) from None
    text = f"{number.normalize():f}"
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


@functools.lru_cache(maxsize=65536)
def _int(value: int) -> Literal:
    return Literal(str(int(value)), datatype=XSD.nonNegativeInteger)


_TRUE = Literal("true", datatype=_ns.XSD.boolean)
_FALSE = Literal("false", datatype=_ns.XSD.boolean)


def _bool(value: Any) -> Literal:
    return _TRUE if value else _FALSE


def _str(value: Any) -> Literal:
    return Literal(str(value))


# --------------------------------------------------------------------------- triples


def _evidence_triples(ev: Mapping[str, Any], base: str, where: str) -> tuple[URIRef, list[Triple]]:
    """IRI and triples of one evidence object, as a NIF phrase in its sentence."""
    try:
        article = str(ev["article"])
        start, end = int(ev["start"]), int(ev["end"])
    except (KeyError, TypeError, ValueError):
        raise GraphFileError(
            where, "has an evidence object without article, start and end", "rebuild the graph"
        ) from None
    context = _context_iri(article, base)
    phrase = _span_iri(article, start, end, base)
    section = ev.get("section") or "body"
    triples: list[Triple] = [
        (phrase, RDF.type, PG.Evidence),
        (phrase, RDF.type, NIF.Phrase),
        (phrase, RDF.type, NIF.OffsetBasedString),
        (phrase, NIF.beginIndex, _int(start)),
        (phrase, NIF.endIndex, _int(end)),
        (phrase, NIF.anchorOf, _str(ev.get("text", ""))),
        (phrase, NIF.referenceContext, context),
        (phrase, PG.section, _str(section)),
        (phrase, PG.fromReaderComment, _bool(section == "comment")),
        (phrase, PROV.wasDerivedFrom, node_iri(article, base)),
        (context, RDF.type, NIF.Context),
    ]
    if ev.get("comment") is not None:
        triples.append((phrase, PG.commentIndex, _int(ev["comment"])))
    s_start, s_end = ev.get("sentence_start"), ev.get("sentence_end")
    if s_start is not None and s_end is not None:
        sentence = _span_iri(article, int(s_start), int(s_end), base)
        triples += [
            (phrase, NIF.sentence, sentence),
            (sentence, RDF.type, NIF.Sentence),
            (sentence, RDF.type, NIF.OffsetBasedString),
            (sentence, NIF.beginIndex, _int(s_start)),
            (sentence, NIF.endIndex, _int(s_end)),
            (sentence, NIF.anchorOf, _str(ev.get("sentence", ""))),
            (sentence, NIF.referenceContext, context),
        ]
    return phrase, triples


def _article_triples(node: str, data: Mapping[str, Any], base: str) -> Iterator[Triple]:
    iri = node_iri(node, base)
    context = _context_iri(node, base)
    yield iri, RDF.type, SDO.NewsArticle
    label = data.get("label") or data.get("headline") or ""
    yield iri, RDFS.label, _str(label)
    yield iri, SDO.headline, _str(data.get("headline") or label)
    yield iri, PG.context, context
    yield context, RDF.type, NIF.Context
    date = _date_literal(data.get("date"), f"node {node}")
    if date is not None:
        yield iri, SDO.datePublished, date
    if data.get("url"):
        yield iri, SDO.url, Literal(str(data["url"]), datatype=XSD.anyURI)
        yield context, NIF.sourceUrl, Literal(str(data["url"]), datatype=XSD.anyURI)
    for attr, prop in (
        ("file", PG.sourceFile),
        ("source", PG.sourceName),
        ("date_confidence", PG.dateConfidence),
        ("date_evidence", PG.dateEvidence),
    ):
        if data.get(attr) is not None:
            yield iri, prop, _str(data[attr])


def _entity_triples(node: str, data: Mapping[str, Any], base: str) -> Iterator[Triple]:
    """Triples of a node other than an article."""
    kind = data["kind"]
    iri = node_iri(node, base)
    where = f"node {node}"
    if kind == "body":
        government = data.get("government") is True
        yield iri, RDF.type, SDO.GovernmentOrganization if government else SDO.Organization
        yield iri, RDF.type, ORG.Organization
        if "government" in data:
            yield iri, PG.government, _bool(government)
    else:
        for cls in _NODE_TYPES[kind]:
            yield iri, RDF.type, cls
    yield iri, RDFS.label, _str(data.get("label") or "")
    for alias in data.get("aliases") or ():
        yield iri, SKOS.altLabel, _str(alias)
    if "from_comments_only" in data:
        yield iri, PG.fromCommentsOnly, _bool(data["from_comments_only"])
    if kind == "announcement":  # an event is reported by one article, like a claim
        for article in data.get("articles") or ():
            yield iri, PROV.wasDerivedFrom, node_iri(article, base)
        for ev in data.get("evidence") or ():
            phrase, triples = _evidence_triples(ev, base, where)
            yield iri, PG.evidence, phrase
            yield from triples
    else:  # an entity is a hub: its articles and spans point at it
        for article in data.get("articles") or ():
            yield node_iri(article, base), SDO.mentions, iri
        for ev in data.get("evidence") or ():
            phrase, triples = _evidence_triples(ev, base, where)
            yield phrase, ITSRDF.taIdentRef, iri
            yield from triples
    if kind == "person":
        for role in data.get("roles") or ():
            yield iri, SDO.jobTitle, _str(role)
        if "minister" in data:
            yield iri, PG.minister, _bool(data["minister"])
    elif kind == "funding":
        if data.get("amount_gbp") is not None:
            yield iri, SDO.value, _decimal_literal(data["amount_gbp"], where)
        yield iri, SDO.currency, _str("GBP")
        for attr, prop in (("period", PG.period), ("text", PG.amountText), ("purpose", PG.purpose)):
            if data.get(attr) is not None:
                yield iri, prop, _str(data[attr])
    elif kind == "announcement":
        date = _date_literal(data.get("date"), where)
        if date is not None:
            yield iri, SEM.hasTimeStamp, date
        for attr, prop in (("date_text", PG.dateText), ("date_confidence", PG.dateConfidence)):
            if data.get(attr) is not None:
                yield iri, prop, _str(data[attr])
        for attr, prop in (("actor", SEM.hasActor), ("about", PG.about), ("place", SEM.hasPlace)):
            if data.get(attr):
                yield iri, prop, node_iri(data[attr], base)


def _sentence_key(ev: Mapping[str, Any]) -> tuple[str, Any, Any]:
    return str(ev.get("article")), ev.get("sentence_start"), ev.get("sentence_end")


def _speakers_by_sentence(G: nx.MultiDiGraph, base: str) -> dict[tuple[str, Any, Any], set[URIRef]]:
    """Speakers of ``said`` edges, indexed by the sentence of their evidence."""
    speakers: dict[tuple[str, Any, Any], set[URIRef]] = defaultdict(set)
    for u, _v, data in G.edges(data=True):
        ev = data.get("evidence")
        if data.get("kind") == "said" and isinstance(ev, Mapping):
            speakers[_sentence_key(ev)].add(node_iri(u, base))
    return speakers


def _edge_triples(
    u: str,
    v: str,
    data: Mapping[str, Any],
    G: nx.MultiDiGraph,
    base: str,
    speakers: Mapping[tuple[str, Any, Any], set[URIRef]],
) -> Iterator[Triple]:
    kind = data.get("kind")
    su, sv = node_iri(u, base), node_iri(v, base)
    where = f"edge {u} -[{kind}]-> {v}"
    if kind == "made":
        yield sv, SEM.hasActor, su
        return
    if kind == "about":
        yield su, PG.about, sv
        return
    if kind == "located_in":
        yield su, SEM.hasPlace, sv
        return
    if kind == "mentioned_in":
        yield sv, SDO.mentions, su
        return
    if kind not in RELATION_KINDS and kind != "said":
        raise GraphFileError(
            where, f"edge kind {kind!r} is not in the contract", "rebuild the graph"
        )
    ev = data.get("evidence")
    article = data.get("article") or (ev.get("article") if isinstance(ev, Mapping) else None)
    digest = _content_hash(u, v, dict(data))
    if kind == "said":
        stmt = URIRef(f"{base}{_QUOTE}/{digest}")
        yield stmt, RDF.type, PG.Quotation
        yield stmt, PROV.wasAttributedTo, su
    else:
        prop = RELATION_KINDS[kind]
        yield su, prop, sv
        stmt = URIRef(f"{base}{_CLAIM}/{digest}")
        yield stmt, RDF.type, PG.Claim
        yield stmt, RDF.type, RDF.Statement
        yield stmt, RDF.subject, su
        yield stmt, RDF.predicate, prop
        yield stmt, RDF.object, sv
        if kind in _SPEECH_ACTS:
            yield stmt, PROV.wasAttributedTo, su
    if article:
        yield stmt, PROV.wasDerivedFrom, node_iri(article, base)
    section = data.get("section") or (ev.get("section") if isinstance(ev, Mapping) else None)
    if section:
        yield stmt, PG.section, _str(section)
        yield stmt, PG.fromReaderComment, _bool(section == "comment")
    date = _date_literal(data.get("date"), where)
    if date is not None:
        yield stmt, DCTERMS.date, date
    if data.get("date_text"):
        yield stmt, PG.dateText, _str(data["date_text"])
    if isinstance(ev, Mapping):
        phrase, triples = _evidence_triples(ev, base, where)
        yield stmt, PG.evidence, phrase
        yield from triples
        if ev.get("comment") is not None:
            yield stmt, PG.commentIndex, _int(ev["comment"])
        if kind != "said":
            for speaker in sorted(speakers.get(_sentence_key(ev), ())):
                yield stmt, PROV.wasAttributedTo, speaker
    else:
        phrase = None
    if kind == "holds_role":
        yield from _membership_triples(u, v, data, G, base, digest, article, date, phrase, stmt)


def _membership_triples(
    u: str,
    v: str,
    data: Mapping[str, Any],
    G: nx.MultiDiGraph,
    base: str,
    digest: str,
    article: str | None,
    date: Literal | None,
    phrase: URIRef | None,
    claim: URIRef,
) -> Iterator[Triple]:
    """An ``org:Membership`` for a ``holds_role`` edge, dated as of its article."""
    membership = URIRef(f"{base}{_MEMBERSHIP}/{digest}")
    yield membership, RDF.type, ORG.Membership
    yield membership, ORG.member, node_iri(u, base)
    yield membership, ORG.organization, node_iri(v, base)
    yield membership, PROV.wasDerivedFrom, claim
    role = data.get("role")
    if role:
        role_iri = _role_iri(str(role), base)
        yield membership, ORG.role, role_iri
        yield role_iri, RDF.type, ORG.Role
        yield role_iri, RDFS.label, _str(role)
        yield claim, PG.role, _str(role)
    if article:
        yield membership, PROV.wasDerivedFrom, node_iri(article, base)
        if date is None and article in G:
            date = _date_literal(G.nodes[article].get("date"), f"node {article}")
    if date is not None:
        yield membership, PG.asOf, date
    if phrase is not None:
        yield membership, PG.evidence, phrase


def _dataset_triples(G: nx.MultiDiGraph, base: str) -> Iterator[Triple]:
    iri = URIRef(f"{base}dataset")
    yield iri, RDF.type, PG.Dataset
    meta = G.graph
    yield iri, RDFS.label, _str(meta.get("name") or "policygraph")
    for attr, prop in (("version", PG.version), ("pipeline", PG.pipeline)):
        if meta.get(attr) is not None:
            yield iri, prop, _str(meta[attr])
    if meta.get("articles") is not None:
        yield iri, PG.articleCount, _int(meta["articles"])


def generate_triples(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Iterator[Triple]:
    """Yield the RDF triples of a policygraph graph (duplicates possible; order not sorted).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following the contract of ``graph.json``.
    base : str
        Base IRI of entities; ``/`` is appended when it ends in neither ``/`` nor ``#``.

    Raises
    ------
    GraphFileError
        A node has no ``kind`` or an unknown one, an edge kind is not in the contract, or a
        date or amount is malformed.
    """
    base = _check_base(base)
    yield from _dataset_triples(G, base)
    for node, data in G.nodes(data=True):
        kind = data.get("kind")
        if kind == "article":
            yield from _article_triples(node, data, base)
        elif kind in _NODE_TYPES or kind == "body":
            yield from _entity_triples(node, data, base)
        else:
            raise GraphFileError(
                f"node {node}", f"kind {kind!r} is not in the contract", "rebuild the graph"
            )
    speakers = _speakers_by_sentence(G, base)
    for u, v, data in G.edges(data=True):
        yield from _edge_triples(u, v, data, G, base, speakers)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of acyclic tuples are built: its
    full collections would otherwise rescan every live object again and again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _sorted_triples(triples: Iterable[Triple]) -> list[Triple]:
    """Distinct triples in a stable order (subject, predicate, object in N-Triples form)."""
    with _gc_paused():
        return sorted(set(triples), key=lambda t: (str(t[0]), str(t[1]), t[2].n3()))


def _prefixes(base: str) -> dict[str, str]:
    """Prefixes of an export: the vocabularies it uses, then one per kind of resource."""
    prefixes = {name: iri for name, iri in PREFIXES.items() if name not in ("owl", "sh")}
    for kind in sorted((*_NODE_TYPES, "body", _CLAIM, _MEMBERSHIP, _ROLE, _QUOTE)):
        prefixes[kind] = f"{base}{kind}/"
    return prefixes


def _bind(graph: Graph, base: str) -> None:
    for prefix, ns in _prefixes(base).items():
        graph.bind(prefix, ns, override=True, replace=True)


def _ox_term(term: URIRef | Literal) -> ox.NamedNode | ox.Literal:
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and term.datatype != XSD.string:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.NamedNode(str(term))


def _nt_lines(G: nx.MultiDiGraph, base: str) -> list[str]:
    """The export's distinct triples as sorted N-Triples lines (without the final `` .``).

    This list is the one copy of the export held in memory: every RDF writer streams from
    it. Oxigraph writes each distinct term once (its escaping is canonical N-Triples).
    Sorting the lines as text gives a stable order that also keeps each subject's, and
    each subject-predicate pair's, triples together, as Turtle's grouping needs.
    """
    terms: dict[URIRef | Literal, str] = {}

    def nt(term: URIRef | Literal) -> str:
        """A term in N-Triples, written by Oxigraph once per distinct term."""
        text = terms.get(term)
        if text is None:
            node = ox.NamedNode(str(term)) if isinstance(term, URIRef) else _ox_term(term)
            text = terms[term] = str(node)
        return text

    with _gc_paused():
        lines = {f"{nt(s)} {nt(p)} {nt(o)}" for s, p, o in generate_triples(G, base=base)}
        terms.clear()
        return sorted(lines)


def _nt_chunks(lines: Iterable[str], size: int = 2048) -> Iterator[bytes]:
    """N-Triples text of ``lines``, encoded, ``size`` lines at a time."""
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) == size:
            yield "".join(f"{item} .\n" for item in batch).encode("utf-8")
            batch.clear()
    if batch:
        yield "".join(f"{item} .\n" for item in batch).encode("utf-8")


class _ChunkReader(io.RawIOBase):
    """A readable binary stream over an iterator of byte chunks, so that Oxigraph's parser
    reads the sorted lines as they are encoded instead of from one large buffer."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self._chunks = chunks
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


class _PrefixSorter(io.RawIOBase):
    """A binary writer that passes everything on to ``out`` but sorts the ``@prefix`` lines
    at the head of the stream: Oxigraph writes them in hash order, which varies between
    runs, and byte-identical output needs one order."""

    def __init__(self, out: IO[bytes]) -> None:
        super().__init__()
        self._out = out
        self._head: bytearray | None = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        size = len(data)
        if self._head is None:
            self._out.write(data)
            return size
        self._head += data
        lines = bytes(self._head).split(b"\n")
        count = 0
        while count < len(lines) - 1 and lines[count].startswith(b"@prefix"):
            count += 1
        if count < len(lines) - 1:  # a complete line after the prefixes: the head is known
            self.finish()
        return size

    def finish(self) -> None:
        """Write the head (if still held back), sorted; later writes pass straight on."""
        if self._head is None:
            return
        lines = bytes(self._head).split(b"\n")
        count = 0
        while count < len(lines) and lines[count].startswith(b"@prefix"):
            count += 1
        self._head = None
        self._out.write(b"\n".join(sorted(lines[:count]) + lines[count:]))


def _stream_rdf(G: nx.MultiDiGraph, fmt: str, out: IO[bytes], base: str) -> None:
    """Write N-Triples, Turtle or TriG to the binary stream ``out`` from the sorted lines.

    N-Triples is the lines themselves; Turtle and TriG are Oxigraph's writers fed by its
    N-Triples parser reading those lines, triple by triple, so no second copy of the
    export (as terms or as text) is built in memory.
    """
    lines = _nt_lines(G, base)
    if fmt == "nt":
        for chunk in _nt_chunks(lines):
            out.write(chunk)
        return
    reader = cast(IO[bytes], _ChunkReader(_nt_chunks(lines)))
    quads = ox.parse(reader, format=ox.RdfFormat.N_TRIPLES)
    writer = _PrefixSorter(out)
    if fmt == "trig":
        named = ox.NamedNode(f"{base}graph")
        ox.serialize(
            (ox.Quad(q.subject, q.predicate, q.object, named) for q in quads),
            cast(IO[bytes], writer),
            format=ox.RdfFormat.TRIG,
            prefixes=_prefixes(base),
        )
    else:
        ox.serialize(
            (q.triple for q in quads),
            cast(IO[bytes], writer),
            format=ox.RdfFormat.TURTLE,
            prefixes=_prefixes(base),
        )
    writer.finish()


def to_rdf(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Graph:
    """Build the rdflib graph of a policygraph graph.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following the contract of ``graph.json``.
    base : str
        Base IRI of entities, e.g. ``<base>person/jeremy-hunt``.

    Returns
    -------
    rdflib.Graph
        Triples are added in sorted order, with the project's prefixes bound.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("policy:gp-one-stop-programme", kind="policy", label="GP one-stop programme")
    >>> g = to_rdf(G)
    >>> (node_iri("policy:gp-one-stop-programme"), RDF.type, PG.Policy) in g
    True
    """
    base = _check_base(base)
    graph = Graph(bind_namespaces="none")
    _bind(graph, base)
    triples = _sorted_triples(generate_triples(G, base=base))
    with _gc_paused():
        for triple in triples:
            graph.add(triple)
    return graph


def to_dataset(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Dataset:
    """Build an rdflib Dataset holding the export in the named graph ``<base>graph``."""
    base = _check_base(base)
    dataset = Dataset()
    dataset.namespace_manager = NamespaceManager(dataset, bind_namespaces="none")
    named = dataset.graph(URIRef(f"{base}graph"))
    _bind(dataset, base)
    for triple in _sorted_triples(generate_triples(G, base=base)):
        named.add(triple)
    return dataset


def _normal_format(fmt: str) -> str:
    name = _FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
    if name not in EXPORT_FORMATS:
        raise PolicygraphError(
            f"format {fmt!r}",
            "is not an export format",
            f"use one of {', '.join(EXPORT_FORMATS)}",
        )
    return name


def _sorted_jsonld(value: Any) -> Any:
    """JSON-LD with every array of nodes or values sorted, for byte-identical output."""
    if isinstance(value, dict):
        return {key: _sorted_jsonld(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [_sorted_jsonld(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
    return value


def serialize_rdf(G: nx.MultiDiGraph, format: str = "turtle", *, base: str = DEFAULT_BASE) -> bytes:
    """Serialise a policygraph graph as RDF; the same graph always gives the same bytes.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following the contract.
    format : str
        ``turtle``, ``jsonld``, ``nt`` or ``trig`` (``ttl``, ``json-ld`` and ``ntriples``
        are accepted too).
    base : str
        Base IRI of entities.
    """
    fmt = _normal_format(format)
    if fmt == "graphml":
        raise PolicygraphError(f"format {format!r}", "is not RDF", "use write_graphml")
    buffer = io.BytesIO()
    write_rdf(G, buffer, fmt, base=base)
    return buffer.getvalue()


def _jsonld(graph: Graph) -> bytes:
    """Compact JSON-LD with the project's prefixes as context, every array sorted."""
    context = {prefix: PREFIXES[prefix] for prefix in sorted(PREFIXES)}
    text = graph.serialize(format="json-ld", context=context, auto_compact=True)
    doc = _sorted_jsonld(json.loads(text))
    return (json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _write_bytes(data: bytes, dest: str | Path | IO[bytes] | IO[str]) -> None:
    if isinstance(dest, (str, Path)):
        Path(dest).write_bytes(data)
    elif isinstance(dest, io.TextIOBase):
        dest.write(data.decode("utf-8"))
    else:
        dest.write(data)  # type: ignore[arg-type]


def write_rdf(
    G: nx.MultiDiGraph,
    dest: str | Path | IO[bytes] | IO[str],
    format: str = "turtle",
    *,
    base: str = DEFAULT_BASE,
) -> None:
    """Write a policygraph graph to a path or stream as ``format`` (see :data:`EXPORT_FORMATS`).

    N-Triples, Turtle and TriG are streamed to a path or binary stream (see
    :func:`_stream_rdf`); JSON-LD is built whole by rdflib, and ``graphml`` is delegated to
    :func:`write_graphml`. Writing is not atomic: a caller that needs that writes to a
    temporary file and renames it.
    """
    fmt = _normal_format(format)
    if fmt == "graphml":
        write_graphml(G, dest)
        return
    base = _check_base(base)
    if fmt == "jsonld":
        _write_bytes(_jsonld(to_rdf(G, base=base)), dest)
    elif isinstance(dest, (str, Path)):
        with open(dest, "wb") as out:
            _stream_rdf(G, fmt, out, base)
    elif isinstance(dest, io.TextIOBase):
        buffer = io.BytesIO()
        _stream_rdf(G, fmt, buffer, base)
        dest.write(buffer.getvalue().decode("utf-8"))
    else:
        _stream_rdf(G, fmt, dest, base)  # type: ignore[arg-type]


def _flat(attrs: Mapping[str, Any]) -> dict[str, Any]:
    """GraphML-ready attributes: lists and dicts as sorted JSON, None dropped."""
    flat: dict[str, Any] = {}
    for key in sorted(attrs):
        value = attrs[key]
        if value is None:
            continue
        if isinstance(value, (list, tuple, dict)):
            value = json.dumps(value, sort_keys=True, ensure_ascii=False)
        flat[key] = value
    return flat


def _flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    H = nx.MultiDiGraph()
    H.graph.update(_flat(G.graph))
    for node in sorted(G.nodes, key=str):
        H.add_node(node, **_flat(G.nodes[node]))
    edges: Iterable[tuple[Any, Any, Any, dict[str, Any]]] = G.edges(keys=True, data=True)
    for u, v, key, data in sorted(edges, key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        H.add_edge(u, v, key=key, **_flat(data))
    return H


def write_graphml(G: nx.MultiDiGraph, dest: str | Path | IO[bytes] | IO[str]) -> None:
    """Write the graph as GraphML, list and dict attributes flattened to JSON strings.

    Nodes and edges are written sorted by id, so the same graph gives the same bytes.
    """
    buffer = io.BytesIO()
    nx.write_graphml(_flat_graph(G), buffer, infer_numeric_types=True)
    _write_bytes(buffer.getvalue(), dest)
