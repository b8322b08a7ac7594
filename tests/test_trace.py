"""Tests of policygraph.trace: finding a policy by name and tracing it across articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from policygraph.cli import main
from policygraph.errors import QueryError
from policygraph.graph import graph_to_json
from policygraph.trace import date_key, find_policy, format_trace, trace_policy


def _ev(
    article: str, start: int, sentence: str, section: str = "body", comment: int | None = None
) -> dict[str, Any]:
    return {
        "article": article,
        "start": start,
        "end": start + len(sentence),
        "text": sentence,
        "sentence_start": start,
        "sentence_end": start + len(sentence),
        "sentence": sentence,
        "section": section,
        "comment": comment,
    }


def _edge(
    G: nx.MultiDiGraph,
    u: str,
    v: str,
    kind: str,
    article: str,
    start: int,
    sentence: str,
    *,
    date: str | None = None,
    date_text: str | None = None,
    section: str = "body",
    comment: int | None = None,
) -> None:
    G.add_edge(
        u,
        v,
        key=f"{kind}:{article}:{start}",
        kind=kind,
        article=article,
        section=section,
        evidence=_ev(article, start, sentence, section, comment),
        date=date,
        date_text=date_text,
    )


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    """Three articles about a clinic scheme, in a made-up town's news."""
    G = nx.MultiDiGraph(name="policygraph", version="0", pipeline="", articles=4)
    arts = {
        "a1": ("2016-10", "Mayor unveils clinic scheme"),
        "a2": ("2016-11", "Doctors doubt clinic scheme"),
        "a3": ("2016", "Clinic scheme review"),
        "a4": (None, "Undated round-up"),
    }
    for a, (date, headline) in arts.items():
        G.add_node(
            f"article:{a}",
            kind="article",
            label=headline,
            headline=headline,
            date=date,
            date_confidence="stated" if date else None,
            articles=[f"article:{a}"],
        )
    policies = {
        "policy:walk-in-clinic-scheme": (
            "Walk-in Clinic Scheme",
            ["clinic scheme", "Walk-in Clinic Scheme"],
        ),
        "policy:town-health-plan": ("Town Health Plan", ["Town Health Plan"]),
        "policy:town-transport-plan": ("Town Transport Plan", ["Town Transport Plan"]),
        "policy:school-meals-fund": ("School Meals Fund", ["SMF", "School Meals Fund"]),
    }
    for node, (label, aliases) in policies.items():
        G.add_node(node, kind="policy", label=label, aliases=aliases, evidence=[])
    G.add_node("person:ann-lee", kind="person", label="Ann Lee", aliases=["Ann Lee"])
    G.add_node("body:doctors-guild", kind="body", label="Doctors Guild", aliases=[])
    G.add_node("person:anonymous-reader", kind="person", label="Anonymous reader", aliases=[])
    G.add_node("funding:2m", kind="funding", label="£2m", aliases=["£2m"])
    clinic = "policy:walk-in-clinic-scheme"
    # a1: announced, with money, as part of the health plan
    _edge(
        G,
        "person:ann-lee",
        clinic,
        "announced",
        "article:a1",
        100,
        "Mayor Ann Lee has announced the Walk-in Clinic Scheme.",
        date="2016-10",
    )
    _edge(
        G,
        "funding:2m",
        clinic,
        "funds",
        "article:a1",
        200,
        "The £2m will pay for the Walk-in Clinic Scheme.",
    )
    _edge(
        G,
        "person:ann-lee",
        "funding:2m",
        "provides",
        "article:a1",
        200,
        "The £2m will pay for the Walk-in Clinic Scheme.",
    )
    _edge(
        G,
        clinic,
        "policy:town-health-plan",
        "part_of",
        "article:a1",
        300,
        "The scheme is part of the Town Health Plan.",
    )
    # a2: criticised; and a reference back, dated by its own words
    _edge(
        G,
        "body:doctors-guild",
        clinic,
        "criticised",
        "article:a2",
        50,
        "The Doctors Guild said the clinic scheme was unfunded.",
    )
    _edge(
        G,
        "person:ann-lee",
        clinic,
        "announced",
        "article:a2",
        400,
        "Ann Lee announced the clinic scheme last month.",
        date="2016-10",
        date_text="last month",
    )
    _edge(
        G,
        "person:anonymous-reader",
        clinic,
        "criticised",
        "article:a2",
        900,
        "What a waste of money.",
        section="comment",
        comment=0,
    )
    _edge(
        G,
        clinic,
        "policy:town-transport-plan",
        "related_to",
        "article:a2",
        500,
        "The clinic scheme and the Town Transport Plan were both delayed.",
    )
    # a3 (year only): supported
    _edge(
        G,
        "person:ann-lee",
        clinic,
        "supported",
        "article:a3",
        10,
        "Ann Lee defended the clinic scheme.",
    )
    # a4 (undated): only names it
    _edge(
        G, clinic, "article:a4", "mentioned_in", "article:a4", 70, "The clinic scheme opens soon."
    )
    for a in ("a1", "a2", "a3"):
        _edge(G, clinic, f"article:{a}", "mentioned_in", f"article:{a}", 0, "first mention")
    return G


# -- find_policy ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "Walk-in Clinic Scheme",  # label
        "walk in clinic scheme",  # case, hyphen
        "CLINIC SCHEME",  # alias
        "walk-in",  # part of a name
        "policy:walk-in-clinic-scheme",  # id
        "Walk-in Clinik Schem",  # typo
    ],
)
def test_trace_find_policy_matches(graph: nx.MultiDiGraph, query: str) -> None:
    assert find_policy(graph, query) == "policy:walk-in-clinic-scheme"


def test_trace_find_policy_alias_of_other_policy(graph: nx.MultiDiGraph) -> None:
    assert find_policy(graph, "smf") == "policy:school-meals-fund"


def test_trace_find_policy_ambiguous_lists_candidates(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(QueryError) as err:
        find_policy(graph, "town")
    msg = str(err.value)
    assert "Town Health Plan" in msg and "Town Transport Plan" in msg
    assert "\n" not in msg


def test_trace_find_policy_no_match_names_closest(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(QueryError) as err:
        find_policy(graph, "zzzz qqqq xxxx")
    assert "matches no policy" in str(err.value) and "closest" in str(err.value)


def test_trace_find_policy_graph_without_policies() -> None:
    with pytest.raises(QueryError, match="no policies"):
        find_policy(nx.MultiDiGraph(), "anything")


# -- trace_policy --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        (["2016-10", None, "2016", "2015-12-31"], ["2015-12-31", "2016", "2016-10", None]),
        (["2016-10-02", "2016-10"], ["2016-10", "2016-10-02"]),
    ],
)
def test_trace_date_key_orders_partial_dates(
    dates: list[str | None], expected: list[str | None]
) -> None:
    assert sorted(dates, key=date_key) == expected


def test_trace_steps_in_date_order(graph: nx.MultiDiGraph) -> None:
    steps = trace_policy(graph, "clinic scheme").steps
    keys = [date_key(s.date) for s in steps]
    assert keys == sorted(keys)
    # year-only a3 comes before the months of that year; undated a4 comes last
    assert steps[0].article == "article:a3"
    assert steps[-1].article == "article:a4" and steps[-1].date is None


def test_trace_ties_broken_by_article_then_offset(graph: nx.MultiDiGraph) -> None:
    steps = [s for s in trace_policy(graph, "clinic scheme").steps if s.date == "2016-10"]
    assert [(s.article, s.offset) for s in steps] == sorted((s.article, s.offset) for s in steps)
    assert [s.article for s in steps][:1] == ["article:a1"]


def test_trace_reference_keeps_its_own_date(graph: nx.MultiDiGraph) -> None:
    """ "announced ... last month" in a November article is an October step, resolved."""
    step = next(
        s
        for s in trace_policy(graph, "clinic scheme").steps
        if s.article == "article:a2" and s.action == "announced"
    )
    assert (step.date, step.date_confidence) == ("2016-10", "resolved")


def test_trace_undated_fact_takes_article_date(graph: nx.MultiDiGraph) -> None:
    step = next(
        s
        for s in trace_policy(graph, "clinic scheme").steps
        if s.action == "criticised" and s.section == "body"
    )
    assert (step.date, step.date_confidence) == ("2016-11", "stated")
    assert step.actor == "body:doctors-guild" and step.actor_label == "Doctors Guild"


def test_trace_funding_step_names_provider_and_amount(graph: nx.MultiDiGraph) -> None:
    step = next(s for s in trace_policy(graph, "clinic scheme").steps if s.action == "funds")
    assert (step.actor, step.detail) == ("person:ann-lee", "£2m")


def test_trace_related_policies_from_same_article(graph: nx.MultiDiGraph) -> None:
    steps = trace_policy(graph, "clinic scheme").steps
    by_article = {s.article: s.related for s in steps}
    assert by_article["article:a1"] == (("policy:town-health-plan", "Town Health Plan"),)
    assert by_article["article:a2"] == (("policy:town-transport-plan", "Town Transport Plan"),)
    assert by_article["article:a3"] == ()
    link = next(s for s in steps if s.action == "part_of")
    assert link.detail == "part of Town Health Plan"


def test_trace_linked_policy_sees_the_inverse(graph: nx.MultiDiGraph) -> None:
    steps = trace_policy(graph, "town health plan").steps
    assert [(s.action, s.detail) for s in steps] == [("part_of", "includes Walk-in Clinic Scheme")]


def test_trace_comment_steps_are_flagged(graph: nx.MultiDiGraph) -> None:
    steps = trace_policy(graph, "clinic scheme").steps
    flagged = [s for s in steps if s.from_comment]
    assert [(s.actor, s.comment) for s in flagged] == [("person:anonymous-reader", 0)]


def test_trace_every_article_appears(graph: nx.MultiDiGraph) -> None:
    trace = trace_policy(graph, "clinic scheme")
    assert {s.article for s in trace.steps} == {f"article:a{i}" for i in range(1, 5)}
    assert [s.action for s in trace.steps if s.article == "article:a4"] == ["mentioned"]
    assert (trace.policy, trace.label) == ("policy:walk-in-clinic-scheme", "Walk-in Clinic Scheme")


# -- format_trace and the CLI --------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_trace_format_shows_dates_actors_and_quotes(graph: nx.MultiDiGraph, fmt: str) -> None:
    out = format_trace(trace_policy(graph, "clinic scheme"), fmt)
    assert out.endswith("\n")
    assert "Mayor Ann Lee has announced the Walk-in Clinic Scheme." in out
    assert "2016-10" in out and "Doctors Guild" in out and "reader's comment" in out
    assert out.index("Ann Lee defended") < out.index("Mayor Ann Lee has announced")


def test_trace_format_json_round_trips(graph: nx.MultiDiGraph) -> None:
    trace = trace_policy(graph, "clinic scheme")
    data = json.loads(format_trace(trace, "json"))
    assert data["policy"] == trace.policy
    assert [s["evidence"] for s in data["steps"]] == [s.evidence for s in trace.steps]


def test_trace_format_unknown(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(QueryError):
        format_trace(trace_policy(graph, "clinic scheme"), "yaml")


@pytest.mark.parametrize(
    ("query", "status", "needle"),
    [("clinic", 0, "Walk-in Clinic Scheme"), ("town", 1, "matches 2 policies")],
)
def test_trace_cli(
    graph: nx.MultiDiGraph,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    query: str,
    status: int,
    needle: str,
) -> None:
    path = tmp_path / "graph.json"
    path.write_text(graph_to_json(graph), encoding="utf-8")
    assert main(["trace", query, "--graph", str(path), "--format", "markdown"]) == status
    out, err = capsys.readouterr()
    assert needle in (out if status == 0 else err)
    if status:
        assert len(err.strip().splitlines()) == 1
