"""Tests of the RDF and GraphML export (policygraph.exporters.rdf).

The fixture graph is built here from three small made-up articles, following the contract
of ``graph.json``: evidence offsets are computed from the article texts, so every evidence's
``text`` is the slice it names. ``test_query.py`` and ``test_store.py`` import it.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, XSD

from policygraph.errors import GraphFileError, PolicygraphError
from policygraph.exporters.rdf import (
    EXPORT_FORMATS,
    RDF_FORMATS,
    node_iri,
    serialize_rdf,
    to_dataset,
    to_rdf,
    write_graphml,
    write_rdf,
)
from policygraph.query import validate_file, validate_graph
from policygraph.vocab import ITSRDF, NIF, PG, SEM, vocabulary_path

# --------------------------------------------------------------------------- fixture graph

ARTICLES: dict[str, dict[str, Any]] = {
    "article:000_aaaaaaaaaaaaaaaa": {
        "headline": "Health secretary announces one-stop plan for GPs",
        "date": "2016-10-12",
        "url": "https://news.example.org/one-stop",
        "text": (
            "Health secretary announces one-stop plan for GPs\n\n"
            "Health secretary Jeremy Hunt has announced the GP one-stop programme today.\n"
            "Speaking at a conference in Birmingham, he said services would move to "
            "general practice.\n\n"
            "Comments\n"
            "Jane Smith: I support the GP one-stop programme wholeheartedly.\n"
        ),
    },
    "article:001_bbbbbbbbbbbbbbbb": {
        "headline": "GP leaders criticise one-stop plan",
        "date": "2016-11",
        "url": None,
        "text": (
            "GP leaders criticise one-stop plan\n\n"
            "BMA GP committee chair Chaand Nagpaul criticised the GP one-stop programme.\n"
            "Dr Nagpaul said: 'The GP one-stop programme is unfunded and unworkable.'\n"
        ),
    },
    "article:002_cccccccccccccccc": {
        "headline": "£1bn for GP premises",
        "date": "2017",
        "url": "https://news.example.org/premises",
        "text": (
            "£1bn for GP premises\n\n"
            "The Department of Health announced £1bn over the next four years last March.\n"
            "A Department of Health spokesperson said the money will fund the GP Forward View.\n"
            "The GP one-stop programme is part of the GP Forward View.\n"
        ),
    },
}

A0, A1, A2 = sorted(ARTICLES)


def evidence(article: str, sentence: str, phrase: str, *, comment: int | None = None) -> dict:
    """The contract's evidence object for ``phrase`` inside ``sentence`` of an article."""
    text = ARTICLES[article]["text"]
    s_start = text.index(sentence)
    start = text.index(phrase, s_start)
    assert start + len(phrase) <= s_start + len(sentence)
    headline = ARTICLES[article]["headline"]
    section = "comment" if comment is not None else "headline" if sentence == headline else "body"
    return {
        "article": article,
        "start": start,
        "end": start + len(phrase),
        "text": phrase,
        "sentence_start": s_start,
        "sentence_end": s_start + len(sentence),
        "sentence": sentence,
        "section": section,
        "comment": comment,
    }


HUNT_S = "Health secretary Jeremy Hunt has announced the GP one-stop programme today."
BHAM_S = "Speaking at a conference in Birmingham, he said services would move to general practice."
SMITH_S = "Jane Smith: I support the GP one-stop programme wholeheartedly."
NAG_S = "BMA GP committee chair Chaand Nagpaul criticised the GP one-stop programme."
NAG_Q = "Dr Nagpaul said: 'The GP one-stop programme is unfunded and unworkable.'"
DOH_S = "The Department of Health announced £1bn over the next four years last March."
SPOKES_S = "A Department of Health spokesperson said the money will fund the GP Forward View."
PART_S = "The GP one-stop programme is part of the GP Forward View."


def _entity(G: nx.MultiDiGraph, node: str, label: str, evs: list[dict], **attrs: Any) -> None:
    evs = sorted(evs, key=lambda e: (e["article"], e["start"]))
    G.add_node(
        node,
        kind=node.split(":")[0],
        label=label,
        aliases=sorted({e["text"] for e in evs} | {label}),
        articles=sorted({e["article"] for e in evs}),
        evidence=evs,
        from_comments_only=all(e["section"] == "comment" for e in evs),
        **attrs,
    )


def _edge(G: nx.MultiDiGraph, u: str, v: str, kind: str, ev: dict, **attrs: Any) -> None:
    G.add_edge(u, v, kind=kind, article=ev["article"], section=ev["section"], evidence=ev, **attrs)


def build_fixture_graph() -> nx.MultiDiGraph:
    """A small contract-shaped graph: 3 articles, 3 persons, 2 bodies, 2 policies, 1 amount
    of money, 1 place and 2 announcements, with relation edges of most kinds."""
    G = nx.MultiDiGraph(name="fixture", version="0.1.0", pipeline="test", articles=3)
    for article, meta in ARTICLES.items():
        stem = article.split(":")[1]
        G.add_node(
            article,
            kind="article",
            label=meta["headline"],
            headline=meta["headline"],
            articles=[article],
            date=meta["date"],
            date_confidence="stated",
            date_evidence="articles.yaml",
            file=f"{stem}.txt",
            source="Example News",
            url=meta["url"],
        )
    hunt = evidence(A0, HUNT_S, "Health secretary Jeremy Hunt")
    hunt_ann = evidence(A0, HUNT_S, "has announced the GP one-stop programme today")
    one_stop = [
        evidence(A0, HUNT_S, "GP one-stop programme"),
        evidence(A0, SMITH_S, "GP one-stop programme", comment=0),
        evidence(A1, NAG_S, "GP one-stop programme"),
        evidence(A2, PART_S, "GP one-stop programme"),
    ]
    _entity(
        G, "person:jeremy-hunt", "Jeremy Hunt", [hunt], roles=["health secretary"], minister=True
    )
    nag = evidence(A1, NAG_S, "Chaand Nagpaul")
    _entity(
        G,
        "person:chaand-nagpaul",
        "Chaand Nagpaul",
        [nag, evidence(A1, NAG_Q, "Dr Nagpaul")],
        roles=["GP committee chair"],
        minister=False,
    )
    smith = evidence(A0, SMITH_S, "Jane Smith", comment=0)
    _entity(G, "person:jane-smith", "Jane Smith", [smith], roles=[], minister=False)
    doh = [
        evidence(A2, DOH_S, "Department of Health"),
        evidence(A2, SPOKES_S, "Department of Health"),
    ]
    _entity(G, "body:department-of-health", "Department of Health", doh, government=True)
    _entity(G, "body:bma", "BMA", [evidence(A1, NAG_S, "BMA")])
    _entity(G, "policy:gp-one-stop-programme", "GP one-stop programme", one_stop)
    _entity(
        G,
        "policy:gp-forward-view",
        "GP Forward View",
        [evidence(A2, SPOKES_S, "GP Forward View"), evidence(A2, PART_S, "GP Forward View")],
    )
    money = evidence(A2, DOH_S, "£1bn over the next four years")
    _entity(
        G,
        "funding:1000000000-over-the-next-four-years",
        "£1bn over the next four years",
        [money],
        amount_gbp=1000000000,
        period="over the next four years",
        text="£1bn",
        purpose=None,
    )
    _entity(G, "place:birmingham", "Birmingham", [evidence(A0, BHAM_S, "Birmingham")])
    _entity(
        G,
        "announcement:000_aaaaaaaaaaaaaaaa:1",
        "Jeremy Hunt announced GP one-stop programme",
        [hunt_ann],
        date="2016-10-12",
        date_text="today",
        date_confidence="resolved",
        actor="person:jeremy-hunt",
        about="policy:gp-one-stop-programme",
        place="place:birmingham",
    )
    doh_ann = evidence(A2, DOH_S, "announced £1bn over the next four years last March")
    _entity(
        G,
        "announcement:002_cccccccccccccccc:1",
        "Department of Health announced £1bn over the next four years",
        [doh_ann],
        date="2016-03",
        date_text="last March",
        date_confidence="resolved",
        actor="body:department-of-health",
        about="funding:1000000000-over-the-next-four-years",
        place=None,
    )

    one, fwd = "policy:gp-one-stop-programme", "policy:gp-forward-view"
    money_id = "funding:1000000000-over-the-next-four-years"
    _edge(G, "person:jeremy-hunt", one, "announced", hunt_ann, date="2016-10-12", date_text="today")
    _edge(
        G,
        "person:jeremy-hunt",
        "body:department-of-health",
        "holds_role",
        hunt,
        role="health secretary",
    )
    _edge(G, "person:jeremy-hunt", "announcement:000_aaaaaaaaaaaaaaaa:1", "made", hunt_ann)
    _edge(G, "announcement:000_aaaaaaaaaaaaaaaa:1", one, "about", hunt_ann)
    _edge(
        G,
        "announcement:000_aaaaaaaaaaaaaaaa:1",
        "place:birmingham",
        "located_in",
        evidence(A0, BHAM_S, "Birmingham"),
    )
    _edge(
        G,
        "person:jane-smith",
        one,
        "supported",
        evidence(A0, SMITH_S, "I support the GP one-stop programme", comment=0),
    )
    _edge(
        G,
        "person:chaand-nagpaul",
        "body:bma",
        "holds_role",
        evidence(A1, NAG_S, "BMA GP committee chair Chaand Nagpaul"),
        role="GP committee chair",
    )
    _edge(
        G,
        "person:chaand-nagpaul",
        one,
        "criticised",
        evidence(A1, NAG_S, "criticised the GP one-stop programme"),
    )
    _edge(
        G,
        "person:chaand-nagpaul",
        A1,
        "said",
        evidence(A1, NAG_Q, "'The GP one-stop programme is unfunded and unworkable.'"),
    )
    _edge(
        G,
        "body:department-of-health",
        money_id,
        "announced",
        doh_ann,
        date="2016-03",
        date_text="last March",
    )
    _edge(G, "body:department-of-health", money_id, "provides", doh_ann)
    _edge(G, "body:department-of-health", "announcement:002_cccccccccccccccc:1", "made", doh_ann)
    _edge(G, "announcement:002_cccccccccccccccc:1", money_id, "about", doh_ann)
    _edge(
        G, money_id, fwd, "funds", evidence(A2, SPOKES_S, "the money will fund the GP Forward View")
    )
    _edge(
        G,
        "body:department-of-health",
        A2,
        "said",
        evidence(A2, SPOKES_S, "said the money will fund the GP Forward View"),
    )
    _edge(G, one, fwd, "part_of", evidence(A2, PART_S, "is part of the GP Forward View"))
    for node, data in list(G.nodes(data=True)):
        if data["kind"] in ("article", "announcement"):
            continue
        for ev in data["evidence"]:
            if not G.has_edge(node, ev["article"], key=f"mentioned_in:{ev['start']}"):
                G.add_edge(
                    node,
                    ev["article"],
                    key=f"mentioned_in:{ev['start']}",
                    kind="mentioned_in",
                    article=ev["article"],
                    section=ev["section"],
                    evidence=ev,
                )
    return G


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return build_fixture_graph()


def iri(node: str) -> URIRef:
    return node_iri(node)


# --------------------------------------------------------------------------- the fixture itself


def test_exporters_rdf_fixture_evidence_slices_article_text(graph):
    # the fixture must follow the contract, or the tests below prove nothing
    evs = [ev for _n, d in graph.nodes(data=True) for ev in d.get("evidence", [])]
    evs += [d["evidence"] for _u, _v, d in graph.edges(data=True)]
    for ev in evs:
        text = ARTICLES[ev["article"]]["text"]
        assert text[ev["start"] : ev["end"]] == ev["text"]
        assert text[ev["sentence_start"] : ev["sentence_end"]] == ev["sentence"]


# --------------------------------------------------------------------------- mapping


@pytest.mark.parametrize(
    ("node", "rdf_type"),
    [
        (A0, SDO.NewsArticle),
        ("person:jeremy-hunt", SDO.Person),
        ("body:department-of-health", SDO.GovernmentOrganization),
        ("body:department-of-health", ORG.Organization),
        ("body:bma", SDO.Organization),
        ("body:bma", ORG.Organization),
        ("policy:gp-one-stop-programme", PG.Policy),
        ("funding:1000000000-over-the-next-four-years", SDO.MonetaryAmount),
        ("place:birmingham", SDO.Place),
        ("announcement:000_aaaaaaaaaaaaaaaa:1", SEM.Event),
    ],
)
def test_exporters_rdf_node_kind_becomes_standard_type(graph, node, rdf_type):
    assert (iri(node), RDF.type, rdf_type) in to_rdf(graph)


def test_exporters_rdf_body_without_government_flag_is_not_government(graph):
    g = to_rdf(graph)
    assert (iri("body:bma"), RDF.type, SDO.GovernmentOrganization) not in g


def test_exporters_rdf_entity_iris_come_from_node_ids(graph):
    g = to_rdf(graph, base="https://example.org/pg/")
    subjects = {str(s) for s in g.subjects()}
    assert "https://example.org/pg/person/jeremy-hunt" in subjects
    assert "https://example.org/pg/article/000_aaaaaaaaaaaaaaaa" in subjects
    assert "https://example.org/pg/announcement/002_cccccccccccccccc/1" in subjects


def test_exporters_rdf_has_no_blank_nodes(graph):
    g = to_rdf(graph)
    assert not [t for t in g if any(not isinstance(x, (URIRef, Literal)) for x in t)]


def test_exporters_rdf_article_metadata(graph):
    g = to_rdf(graph)
    art = iri(A0)
    assert g.value(art, SDO.headline) == Literal(ARTICLES[A0]["headline"])
    assert g.value(art, SDO.datePublished) == Literal("2016-10-12", datatype=XSD.date)
    assert str(g.value(art, SDO.url)) == "https://news.example.org/one-stop"
    assert g.value(iri(A1), SDO.url) is None  # url null in the graph: no triple


@pytest.mark.parametrize(
    ("node", "prop", "expected"),
    [
        (A0, SDO.datePublished, Literal("2016-10-12", datatype=XSD.date)),
        (A1, SDO.datePublished, Literal("2016-11", datatype=XSD.gYearMonth)),
        (A2, SDO.datePublished, Literal("2017", datatype=XSD.gYear)),
        (
            "announcement:002_cccccccccccccccc:1",
            SEM.hasTimeStamp,
            Literal("2016-03", datatype=XSD.gYearMonth),
        ),
    ],
)
def test_exporters_rdf_date_datatype_follows_precision(graph, node, prop, expected):
    assert to_rdf(graph).value(iri(node), prop) == expected


def test_exporters_rdf_announcement_is_event_with_actor_place_and_topic(graph):
    g = to_rdf(graph)
    event = iri("announcement:000_aaaaaaaaaaaaaaaa:1")
    assert g.value(event, SEM.hasActor) == iri("person:jeremy-hunt")
    assert g.value(event, SEM.hasPlace) == iri("place:birmingham")
    assert g.value(event, PG.about) == iri("policy:gp-one-stop-programme")
    assert g.value(event, PG.dateText) == Literal("today")


def test_exporters_rdf_funding_is_monetary_amount_in_pounds(graph):
    g = to_rdf(graph)
    money = iri("funding:1000000000-over-the-next-four-years")
    value = g.value(money, SDO.value)
    assert value.datatype == XSD.decimal and value.toPython() == 1000000000
    assert g.value(money, SDO.currency) == Literal("GBP")
    assert g.value(money, PG.period) == Literal("over the next four years")
    assert g.value(money, PG.amountText) == Literal("£1bn")
    assert g.value(money, PG.purpose) is None  # purpose null: no triple


def _claims(g: Graph, subject: str, predicate: URIRef, obj: str) -> list[URIRef]:
    return [
        c
        for c in g.subjects(RDF.type, PG.Claim)
        if g.value(c, RDF.subject) == iri(subject)
        and g.value(c, RDF.predicate) == predicate
        and g.value(c, RDF.object) == iri(obj)
    ]


def test_exporters_rdf_relation_edge_is_direct_triple_and_claim_with_evidence(graph):
    g = to_rdf(graph)
    nag, one = "person:chaand-nagpaul", "policy:gp-one-stop-programme"
    assert (iri(nag), PG.criticised, iri(one)) in g
    [claim] = _claims(g, nag, PG.criticised, one)
    assert (claim, RDF.type, RDF.Statement) in g
    assert g.value(claim, PROV.wasDerivedFrom) == iri(A1)
    assert g.value(claim, PROV.wasAttributedTo) == iri(nag)
    assert g.value(claim, PG.section) == Literal("body")
    ev = g.value(claim, PG.evidence)
    text = ARTICLES[A1]["text"]
    begin, end = g.value(ev, NIF.beginIndex).toPython(), g.value(ev, NIF.endIndex).toPython()
    assert (
        text[begin:end] == str(g.value(ev, NIF.anchorOf)) == "criticised the GP one-stop programme"
    )
    sentence = g.value(ev, NIF.sentence)
    assert str(g.value(sentence, NIF.anchorOf)) == NAG_S
    assert g.value(ev, NIF.referenceContext) == g.value(iri(A1), PG.context)


def test_exporters_rdf_every_relation_edge_has_one_claim(graph):
    from policygraph.vocab import RELATION_KINDS

    g = to_rdf(graph)
    relations = [(u, v, d) for u, v, d in graph.edges(data=True) if d["kind"] in RELATION_KINDS]
    assert len(set(g.subjects(RDF.type, PG.Claim))) == len(relations)
    for u, v, d in relations:
        assert len(_claims(g, u, RELATION_KINDS[d["kind"]], v)) == 1


def test_exporters_rdf_reader_comment_claim_is_marked(graph):
    g = to_rdf(graph)
    [claim] = _claims(g, "person:jane-smith", PG.supported, "policy:gp-one-stop-programme")
    assert g.value(claim, PG.fromReaderComment) == Literal(True)
    assert g.value(claim, PG.commentIndex).toPython() == 0
    [other] = _claims(g, "person:chaand-nagpaul", PG.criticised, "policy:gp-one-stop-programme")
    assert g.value(other, PG.fromReaderComment) == Literal(False)


def test_exporters_rdf_claim_is_attributed_to_speaker_of_its_sentence(graph):
    # "A Department of Health spokesperson said the money will fund the GP Forward View."
    g = to_rdf(graph)
    [claim] = _claims(
        g, "funding:1000000000-over-the-next-four-years", PG.funds, "policy:gp-forward-view"
    )
    assert set(g.objects(claim, PROV.wasAttributedTo)) == {iri("body:department-of-health")}
    [part] = _claims(g, "policy:gp-one-stop-programme", PG.partOf, "policy:gp-forward-view")
    assert g.value(part, PROV.wasAttributedTo) is None  # nobody is quoted in that sentence


def test_exporters_rdf_holds_role_becomes_dated_membership(graph):
    g = to_rdf(graph)
    [membership] = [
        m
        for m in g.subjects(ORG.member, iri("person:jeremy-hunt"))
        if (m, RDF.type, ORG.Membership) in g
    ]
    assert g.value(membership, ORG.organization) == iri("body:department-of-health")
    role = g.value(membership, ORG.role)
    assert (role, RDF.type, ORG.Role) in g
    assert g.value(role, RDFS.label) == Literal("health secretary")
    # the edge has no date of its own: the membership holds as of its article's date
    assert g.value(membership, PG.asOf) == Literal("2016-10-12", datatype=XSD.date)


def test_exporters_rdf_said_edge_becomes_attributed_quotation(graph):
    g = to_rdf(graph)
    quotes = [
        q
        for q in g.subjects(RDF.type, PG.Quotation)
        if g.value(q, PROV.wasAttributedTo) == iri("person:chaand-nagpaul")
    ]
    assert len(quotes) == 1
    ev = g.value(quotes[0], PG.evidence)
    assert str(g.value(ev, NIF.anchorOf)).startswith("'The GP one-stop programme is unfunded")


def test_exporters_rdf_every_entity_is_traced_to_its_articles_and_spans(graph):
    """An announcement is derived from its article; any other entity is mentioned by each
    of its articles and linked from each of its evidence spans (nothing hangs off the
    entity itself, so a hub named in thousands of articles keeps a small description)."""
    g = to_rdf(graph)
    for node, data in graph.nodes(data=True):
        articles = {iri(a) for a in data["articles"]}
        spans = {(ev["start"], ev["end"], ev["text"]) for ev in data.get("evidence") or ()}

        def described(phrases):
            return {
                (
                    g.value(p, NIF.beginIndex).toPython(),
                    g.value(p, NIF.endIndex).toPython(),
                    str(g.value(p, NIF.anchorOf)),
                )
                for p in phrases
            }

        if data["kind"] == "announcement":
            assert set(g.objects(iri(node), PROV.wasDerivedFrom)) == articles, node
            assert described(g.objects(iri(node), PG.evidence)) == spans, node
        elif data["kind"] != "article":
            assert set(g.subjects(SDO.mentions, iri(node))) == articles, node
            assert described(g.subjects(ITSRDF.taIdentRef, iri(node))) == spans, node
            assert not set(g.objects(iri(node), PROV.wasDerivedFrom)), node
            assert not set(g.objects(iri(node), PG.evidence)), node


def test_exporters_rdf_claim_date_is_typed(graph):
    g = to_rdf(graph)
    [claim] = _claims(
        g, "body:department-of-health", PG.announced, "funding:1000000000-over-the-next-four-years"
    )
    assert g.value(claim, DCTERMS.date) == Literal("2016-03", datatype=XSD.gYearMonth)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda G: G.add_node("thing:x", kind="thing", label="x"), "kind 'thing'"),
        (lambda G: G.nodes[A0].update(date="12 October 2016"), "date '12 October 2016'"),
        (lambda G: G.add_edge("body:bma", A0, kind="shouted"), "edge kind 'shouted'"),
    ],
)
def test_exporters_rdf_contract_violation_raises_graph_file_error(graph, change, message):
    change(graph)
    with pytest.raises(GraphFileError, match=message):
        to_rdf(graph)


def test_exporters_rdf_relative_base_is_refused(graph):
    with pytest.raises(PolicygraphError, match="not an absolute IRI"):
        to_rdf(graph, base="policygraph/")


# --------------------------------------------------------------------------- vocabulary


def test_exporters_rdf_every_pg_term_used_is_described_in_vocabulary(graph):
    vocab = Graph().parse(vocabulary_path())
    used = {t for triple in to_rdf(graph) for t in triple if str(t).startswith(str(PG._NS))}
    used |= {URIRef(str(PG._NS) + name) for name in PG.__annotations__}
    for term in sorted(used):
        assert vocab.value(term, RDFS.label) is not None, term
        assert vocab.value(term, RDFS.comment) is not None, term


# --------------------------------------------------------------------------- serialisations


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_exporters_rdf_serialisation_parses_back_to_same_triples(graph, fmt):
    data = serialize_rdf(graph, fmt)
    parsed = Graph()
    if fmt == "trig":
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(data=data, format="trig")
        for s, p, o, _g in ds.quads((None, None, None, None)):
            parsed.add((s, p, o))
    else:
        parsed.parse(data=data, format={"jsonld": "json-ld"}.get(fmt, fmt))
    assert isomorphic(parsed, to_rdf(graph))


def test_exporters_rdf_trig_puts_triples_in_named_graph(graph):
    ds = to_dataset(graph, base="https://example.org/pg/")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert names == {"https://example.org/pg/graph"}


_DETERMINISM_SCRIPT = """
import sys
sys.path[:0] = [{tests!r}, {src!r}]
from test_exporters_rdf import build_fixture_graph
from policygraph.exporters.rdf import serialize_rdf, write_graphml
import io
G = build_fixture_graph()
if sys.argv[1] == "graphml":
    buf = io.BytesIO(); write_graphml(G, buf); data = buf.getvalue()
else:
    data = serialize_rdf(G, sys.argv[1])
sys.stdout.buffer.write(data)
"""


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_exporters_rdf_output_is_byte_identical_across_hash_seeds(fmt):
    # string hashing is randomised per process, so set iteration order differs between runs
    src = str(Path(__import__("policygraph").__file__).parents[1])
    script = _DETERMINISM_SCRIPT.format(tests=str(Path(__file__).parent), src=src)
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script, fmt], env=env, capture_output=True, check=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert len(next(iter(outputs))) > 1000


def test_exporters_rdf_nt_lines_are_sorted(graph):
    lines = serialize_rdf(graph, "nt").decode("utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines))


def test_exporters_rdf_turtle_parses_in_oxigraph_to_same_triple_count(graph, tmp_path):
    path = tmp_path / "g.ttl"
    write_rdf(graph, path, "turtle")
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(Graph().parse(path, format="turtle")) == len(to_rdf(graph))


@pytest.mark.parametrize("fmt", ["turtle", "nt", "trig"])
def test_exporters_rdf_parses_in_rapper_to_same_triple_count(graph, tmp_path, fmt):
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.skip("rapper (Debian package raptor2-utils) is not installed")
    path = tmp_path / f"g.{fmt}"
    write_rdf(graph, path, fmt)
    name = {"nt": "ntriples"}.get(fmt, fmt)
    done = subprocess.run(
        [rapper, "-i", name, "-c", str(path)], capture_output=True, text=True, check=True
    )
    # rapper reports "rapper: Parsing returned N triples" (statements for TriG) on stderr
    count = int(done.stderr.split("returned")[1].split()[0])
    assert count == len(to_rdf(graph))


def test_exporters_rdf_jsonld_round_trips_to_isomorphic_graph(graph):
    data = serialize_rdf(graph, "jsonld")
    doc = json.loads(data)
    assert "@context" in doc  # compacted with the project's prefixes
    assert isomorphic(Graph().parse(data=data, format="json-ld"), to_rdf(graph))


def test_exporters_rdf_write_accepts_text_and_binary_streams(graph):
    binary, text = io.BytesIO(), io.StringIO()
    write_rdf(graph, binary, "nt")
    write_rdf(graph, text, "nt")
    assert binary.getvalue().decode("utf-8") == text.getvalue()


def test_exporters_rdf_unknown_format_is_refused(graph):
    with pytest.raises(PolicygraphError, match="use one of turtle, jsonld, nt, trig, graphml"):
        write_rdf(graph, io.BytesIO(), "rdfxml")


def test_exporters_rdf_graphml_flattens_lists_and_reads_back(graph, tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(graph, path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    hunt = back.nodes["person:jeremy-hunt"]
    assert json.loads(hunt["roles"]) == ["health secretary"]
    assert json.loads(hunt["evidence"])[0]["text"] == "Health secretary Jeremy Hunt"
    assert "purpose" not in back.nodes["funding:1000000000-over-the-next-four-years"]  # null


# --------------------------------------------------------------------------- SHACL


def test_exporters_rdf_fixture_export_conforms_to_shapes(graph, tmp_path):
    path = tmp_path / "g.ttl"
    write_rdf(graph, path, "turtle")
    conforms, report = validate_file(path)
    assert conforms, report


def _without(g: Graph, subject: URIRef, prop: URIRef) -> Graph:
    g.remove((subject, prop, None))
    return g


def _unmentioned(g: Graph, entity: URIRef) -> Graph:
    g.remove((None, SDO.mentions, entity))
    return g


@pytest.mark.parametrize(
    ("breakage", "focus"),
    [
        pytest.param(
            lambda g: _without(g, iri("person:jeremy-hunt"), RDFS.label),
            "person:jeremy-hunt",
            id="person-without-label",
        ),
        pytest.param(
            lambda g: _without(g, iri("funding:1000000000-over-the-next-four-years"), SDO.value),
            "funding:1000000000-over-the-next-four-years",
            id="money-without-value",
        ),
        pytest.param(
            lambda g: _unmentioned(g, iri("body:bma")),
            "body:bma",
            id="entity-without-provenance",
        ),
    ],
)
def test_exporters_rdf_broken_export_does_not_conform(graph, breakage, focus):
    conforms, report = validate_graph(breakage(to_rdf(graph)))
    assert not conforms
    assert focus in report


def test_exporters_rdf_evidence_ending_before_it_starts_does_not_conform(graph):
    ev = graph.nodes["person:jeremy-hunt"]["evidence"][0]
    ev["start"], ev["end"] = ev["end"], ev["start"]
    conforms, report = validate_graph(to_rdf(graph))
    assert not conforms
    assert "beginIndex" in report


def test_exporters_rdf_comment_flag_contradicting_section_does_not_conform(graph):
    g = to_rdf(graph)
    [claim] = _claims(g, "person:jane-smith", PG.supported, "policy:gp-one-stop-programme")
    g.set((claim, PG.fromReaderComment, Literal(False)))
    conforms, report = validate_graph(g)
    assert not conforms
    assert "fromReaderComment" in report


def test_exporters_rdf_claim_without_direct_triple_does_not_conform(graph):
    g = to_rdf(graph)
    g.remove((iri("person:chaand-nagpaul"), PG.criticised, None))
    conforms, report = validate_graph(g)
    assert not conforms
    assert "direct triple" in report


class _RecordingStream(io.BytesIO):
    """A binary stream that remembers the size of every write."""

    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[int] = []

    def write(self, data) -> int:  # type: ignore[override]
        self.sizes.append(len(data))
        return super().write(data)


def _many_policies(count: int) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(name="policygraph")
    for i in range(count):
        G.add_node(
            f"policy:scheme-{i:05d}", kind="policy", label=f"Scheme {i}", aliases=[f"Scheme {i}"]
        )
    return G


@pytest.mark.parametrize("fmt", ["nt", "turtle", "trig"])
def test_exporters_rdf_large_exports_are_streamed_in_pieces(fmt):
    G = _many_policies(3000)
    stream = _RecordingStream()
    write_rdf(G, stream, fmt)
    data = stream.getvalue()
    assert len(stream.sizes) > 4, "written in one piece: rendered whole before writing"
    assert max(stream.sizes) < len(data) / 4
    assert b"scheme-02999" in data


def test_exporters_rdf_streamed_turtle_header_is_sorted_and_parses():
    G = _many_policies(3000)
    data = serialize_rdf(G, "turtle")
    head = [line for line in data.split(b"\n") if line.startswith(b"@prefix")]
    assert head == sorted(head) and len(head) > 10
    parsed = Graph().parse(data=data, format="turtle")
    assert len(parsed) == len(Graph().parse(data=serialize_rdf(G, "nt"), format="nt"))
