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
