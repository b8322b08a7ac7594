"""The seeds' graph: the committed outputs are what a build produces, and the contract holds."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from policygraph.build import OUTPUTS, build, render_output
from policygraph.graph import graph_to_json, read_graph
from policygraph.model import EDGE_KINDS, NODE_KINDS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
COMMITTED = ROOT / "graph"


@pytest.fixture(scope="module")
def seeds_graph() -> nx.MultiDiGraph:
    result = build(SEEDS)
    assert not result.errors
    return result.graph


@pytest.mark.parametrize("fmt", sorted(OUTPUTS))
def test_graph_committed_outputs_are_what_the_build_writes(
    seeds_graph: nx.MultiDiGraph, fmt: str
) -> None:
    committed = COMMITTED / OUTPUTS[fmt]
    assert committed.exists(), f"{committed} is missing: run 'make run'"
    assert render_output(seeds_graph, fmt) == committed.read_bytes(), (
        f"{committed} is stale: run 'make run' and commit graph/"
    )


def test_graph_build_is_deterministic(seeds_graph: nx.MultiDiGraph) -> None:
    again = build(SEEDS).graph
    assert graph_to_json(again) == graph_to_json(seeds_graph)


def test_graph_json_round_trips(tmp_path: Path, seeds_graph: nx.MultiDiGraph) -> None:
    path = tmp_path / "graph.json"
    path.write_text(graph_to_json(seeds_graph), encoding="utf-8")
    assert graph_to_json(read_graph(path)) == graph_to_json(seeds_graph)


def test_graph_nodes_follow_the_contract(seeds_graph: nx.MultiDiGraph) -> None:
    for node, data in seeds_graph.nodes(data=True):
        assert data["kind"] in NODE_KINDS, node
        assert node.startswith(data["kind"] + ":"), node
        assert isinstance(data["label"], str) and data["label"], node
        assert data["articles"] and all(a.startswith("article:") for a in data["articles"])
        if data["kind"] != "article":
            assert data["aliases"] == sorted(data["aliases"]), node
            assert data["evidence"], node
        if data["kind"] == "person":
            assert isinstance(data["minister"], bool) and isinstance(data["roles"], list)
        if data["kind"] == "funding":
            assert data["amount_gbp"] is None or data["amount_gbp"] > 0
            assert data["text"]


def test_graph_edges_follow_the_contract(seeds_graph: nx.MultiDiGraph) -> None:
    kinds = set()
    for u, v, data in seeds_graph.edges(data=True):
        kinds.add(data["kind"])
        assert data["kind"] in EDGE_KINDS, (u, v)
        assert data["article"] in seeds_graph and data["section"] in ("headline", "body", "comment")
        assert {"text", "start", "end", "sentence"} <= set(data["evidence"])
    assert {"announced", "criticised", "funds", "holds_role", "mentioned_in"} <= kinds


def test_graph_every_evidence_points_into_its_article(seeds_graph: nx.MultiDiGraph) -> None:
    texts = {f"article:{p.stem}": p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    evidence = [ev for _, d in seeds_graph.nodes(data=True) for ev in d.get("evidence", [])]
    evidence += [d["evidence"] for *_, d in seeds_graph.edges(data=True)]
    for ev in evidence:
        text = texts[ev["article"]]
        assert text[ev["start"] : ev["end"]] == ev["text"]
        assert text[ev["sentence_start"] : ev["sentence_end"]] == ev["sentence"]


def test_graph_page_furniture_yields_nothing(seeds_graph: nx.MultiDiGraph) -> None:
    labels = " ".join(d["label"] for _, d in seeds_graph.nodes(data=True)).lower()
    for furniture in (
        "health professionals",
        "report this comment",
        "results per page",
        "latest issue",
    ):
        assert furniture not in labels


def test_graph_seeds_export_conforms_to_the_shapes(seeds_graph: nx.MultiDiGraph) -> None:
    from rdflib import Graph

    from policygraph.query import validate_graph

    data = Graph().parse(data=render_output(seeds_graph, "turtle"), format="turtle")
    conforms, report = validate_graph(data)
    assert conforms, report


def _rows(name: str, **params: str) -> list[dict[str, str]]:
    from policygraph.query import run_query

    columns, rows = run_query(COMMITTED / OUTPUTS["turtle"], name, params=params or None)
    return [dict(zip(columns, row, strict=True)) for row in rows]


def test_graph_named_queries_give_what_a_reader_of_the_seeds_expects() -> None:
    """What the seeds say, asked through the shipped SPARQL queries."""
    announcements = _rows("announcements")
    assert {"date": "2016-10", "actor": "Jeremy Hunt"}.items() <= next(
        r for r in announcements if "one-stop" in r["about"]
    ).items()
    assert any(r["actor"] == "George Osborne" and r["about"] == "£250m" for r in announcements)
    dates = [r["date"] for r in announcements]
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates == dated + [""] * (
        len(dates) - len(dated)
    )  # undated last

    stances = {
        (r["actor"], r["stance"]) for r in _rows("who-criticised") if "one-stop" in r["policy"]
    }
    assert {("Chaand Nagpaul", "criticised"), ("Richard Vautrey", "criticised")} <= stances

    funding = {r["amount"]: r for r in _rows("funding")}
    assert funding["£1.7 billion"]["funder"] == "Treasury"
    assert funding["£1bn"]["pounds"] == "1000000000"

    people = {(r["person"], r["role"], r["body"], r["minister"]) for r in _rows("people-roles")}
    assert ("Jeremy Hunt", "health secretary", "Department of Health", "yes") in people
    assert ("Richard Vautrey", "deputy chair", "GPC", "no") in people

    trace = _rows("policy-trace", policy="one-stop")
    assert {r["headline"] for r in trace} >= {
        "Health secretary announces 'one-stop' plan to revolutionise role of GPs",
        "Health secretary wants LESs to take forward GP 'one-stop shop' plans",
    }
    assert [r["date"] for r in trace] == sorted(r["date"] for r in trace)
