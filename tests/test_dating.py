"""Tests of policygraph.dating: inferring undated articles' dates from the corpus."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from policygraph.dating import (
    HIGH,
    LOW,
    apply_inferred_dates,
    event_year_bounds,
    infer_article_dates,
    order_articles,
    set_article_date,
)
from policygraph.model import PartialDate

# -- small graphs built by hand -----------------------------------------------------------


def _graph(
    articles: dict[str, str | None],
    announcements: list[tuple[str, str, str, str | None]],
    sentences: dict[str, str] | None = None,
) -> nx.MultiDiGraph:
    """A graph of articles (id -> stated date) and announcements (article, actor, policy,
    date_text), shaped as graph.py builds them."""
    G = nx.MultiDiGraph(name="policygraph")
    for a, date in articles.items():
        G.add_node(
            f"article:{a}",
            kind="article",
            label=a,
            headline=a,
            date=date,
            date_confidence="stated" if date else None,
            date_evidence=None,
        )
    for actor in sorted({x[1] for x in announcements}):
        G.add_node(actor, kind="person", label=actor.split(":")[1].title(), reader=False)
    for n, (a, actor, policy, when) in enumerate(announcements):
        sentence = f"{actor} announced {policy} {when or ''}".strip() + "."
        ev = {
            "article": f"article:{a}",
            "start": 0,
            "end": len(sentence),
            "text": sentence,
            "sentence_start": n * 100,
            "sentence_end": n * 100 + len(sentence),
            "sentence": sentence,
            "section": "body",
            "comment": None,
        }
        G.add_node(policy, kind="policy", label=policy.split(":")[1], evidence=[ev])
        node = f"announcement:{a}:{n}"
        G.add_node(
            node,
            kind="announcement",
            label=sentence,
            actor=actor,
            about=[policy],
            date=None,
            date_text=when,
            date_confidence=None,
            place=None,
            articles=[f"article:{a}"],
            evidence=[ev],
        )
        G.add_edge(
            actor,
            node,
            kind="made",
            article=f"article:{a}",
            section="body",
            evidence=ev,
            date=None,
            date_text=when,
        )
        G.add_edge(
            node,
            policy,
            kind="about",
            article=f"article:{a}",
            section="body",
            evidence=ev,
            date=None,
            date_text=None,
        )
    for a, text in (sentences or {}).items():
        ev = {
            "article": f"article:{a}",
            "start": 0,
            "end": len(text),
            "text": text,
            "sentence_start": 5000,
            "sentence_end": 5000 + len(text),
            "sentence": text,
            "section": "body",
            "comment": None,
        }
        G.add_node(f"body:{a}-meeting", kind="body", label="Board", evidence=[ev])
    return G


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("last month", "2016-11"),
        ("in October last year", "2017"),
        ("yesterday", "2016-10"),
        ("two months ago", "2016-12"),
        ("in October", None),  # October 2016 seen from any month of Oct 2016 - Sep 2017
    ],
)
def test_dating_reference_to_dated_announcement(reference: str, expected: str | None) -> None:
    """An article's relative reference to an announcement another article reports as news
    in October 2016 dates it by inverting the reference."""
    G = _graph(
        {"news": "2016-10", "later": None},
        [
            ("news", "person:ann-lee", "policy:clinic-scheme", None),
            ("later", "person:ann-lee", "policy:clinic-scheme", reference),
        ],
    )
    got = infer_article_dates(G)["article:later"]
    assert got.iso() == expected
    if expected is not None:
        assert got.confidence == HIGH
        assert any(reference in e for e in got.evidence)


def test_dating_in_october_is_bounded_by_the_event() -> None:
    """ "in October" of an October 2016 event leaves Oct 2016 - Sep 2017: two calendar years,
    so bounds and no date."""
    G = _graph(
        {"news": "2016-10", "later": None},
        [
            ("news", "person:ann-lee", "policy:clinic-scheme", None),
            ("later", "person:ann-lee", "policy:clinic-scheme", "in October"),
        ],
    )
    got = infer_article_dates(G)["article:later"]
    assert (got.earliest, got.latest) == (PartialDate(2016, 10), PartialDate(2017, 9))
    assert got.date is None and got.confidence is None


def test_dating_undated_report_takes_the_date_a_dated_reference_gives() -> None:
    """An undated article reporting an announcement as news gets the date that a dated
    article's "last month" gives that announcement."""
    G = _graph(
        {"news": None, "later": "2016-11-15"},
        [
            ("news", "person:ann-lee", "policy:clinic-scheme", None),
            ("later", "person:ann-lee", "policy:clinic-scheme", "last month"),
        ],
    )
    got = infer_article_dates(G)["article:news"]
    assert got.iso() == "2016-10"
    assert got.confidence == HIGH


@pytest.mark.parametrize(
    ("actor", "policy"),
    [("person:bob-ray", "policy:clinic-scheme"), ("person:ann-lee", "policy:road-fund")],
)
def test_dating_needs_same_actor_and_policy(actor: str, policy: str) -> None:
    """A reference by another actor, or about another policy, dates nothing."""
    G = _graph(
        {"news": "2016-10", "later": None},
        [
            ("news", "person:ann-lee", "policy:clinic-scheme", None),
            ("later", actor, policy, "last month"),
        ],
    )
    assert infer_article_dates(G)["article:later"].date is None


def test_dating_calendar_date_anchors_an_undated_article() -> None:
    """An announcement dated by a calendar date anchors references to it, even in an
    article that is itself undated."""
    G = _graph(
        {"recap": None, "later": None},
        [
            ("recap", "person:ann-lee", "policy:clinic-scheme", "in October 2016"),
            ("later", "person:ann-lee", "policy:clinic-scheme", "last month"),
        ],
    )
    got = infer_article_dates(G)
    assert got["article:later"].iso() == "2016-11"
    assert got["article:recap"].date is None  # a calendar date says nothing of when it was written


def test_dating_chain_of_undated_articles() -> None:
    """An undated article dated only through another undated one: round-by-round solving."""
    G = _graph(
        {"a": "2018-03", "b": None, "c": None},
        [
            ("a", "person:ann-lee", "policy:clinic-scheme", None),
            ("b", "person:ann-lee", "policy:clinic-scheme", "last month"),
            ("b", "person:bob-ray", "policy:road-fund", "last week"),
            ("c", "person:bob-ray", "policy:road-fund", None),
        ],
    )
    got = infer_article_dates(G)
    assert got["article:b"].iso() == "2018-04"
    assert got["article:c"].iso() == "2018-04"


def test_dating_reference_points_at_earliest_announcement() -> None:
    """When the referenced article holds the same actor's announcement twice (its own news
    and a recalled earlier one), "last month" points at the earlier one."""
    G = _graph(
        {"first": "2016-10", "recall": "2017-05", "u": None},
        [
            ("first", "person:ann-lee", "policy:clinic-scheme", None),
            ("recall", "person:ann-lee", "policy:clinic-scheme", None),
            ("recall", "person:ann-lee", "policy:clinic-scheme", "in October last year"),
            ("u", "person:ann-lee", "policy:clinic-scheme", "last month"),
        ],
    )
    assert infer_article_dates(G)["article:u"].iso() == "2016-11"


def test_dating_disagreement_lowers_confidence() -> None:
    """Two dated articles that place the event in different months: the majority month
    wins, with low confidence and a note of the disagreement."""
    G = _graph(
        {"x": "2016-10", "y": "2016-10", "z": "2016-06", "u": None},
        [
            ("x", "person:ann-lee", "policy:clinic-scheme", None),
            ("y", "person:ann-lee", "policy:clinic-scheme", None),
            ("z", "person:ann-lee", "policy:clinic-scheme", None),
            ("u", "person:ann-lee", "policy:clinic-scheme", "yesterday"),
        ],
    )
    got = infer_article_dates(G)["article:u"]
    assert got.iso() == "2016-10"
    assert got.confidence == LOW
    assert any("disagrees" in e for e in got.evidence)


def test_dating_two_news_reports_give_low_confidence() -> None:
    """Two articles reporting the same announcement as news are probably of one month,
    but the announcement may have been repeated: the date comes with low confidence."""
    G = _graph(
        {"a": "2016-10", "u": None},
        [
            ("a", "person:ann-lee", "policy:clinic-scheme", None),
            ("u", "person:ann-lee", "policy:clinic-scheme", None),
        ],
    )
    got = infer_article_dates(G)["article:u"]
    assert (got.iso(), got.confidence) == ("2016-10", LOW)


def test_dating_event_year_is_a_lower_bound() -> None:
    """A past event year alone bounds an article from below but does not date it."""
    G = _graph(
        {"u": None, "v": "2014"},
        [],
        sentences={"u": "She spoke after the 2016 annual meeting of the board."},
    )
    got = infer_article_dates(G)["article:u"]
    assert got.date is None
    assert got.earliest == PartialDate(2016, 1)
    assert "2016" in got.evidence[0]


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("He spoke after the 2016 annual meeting.", [2016]),
        ("Ministers blamed the 2004 contract.", [2004]),
        ("It comes ahead of the 2019 election.", []),
        ("Voters will go to the polls in the 2020 election.", []),
        ("Waiting times rose in 2015.", []),  # a calendar year, not an event name
    ],
)
def test_dating_event_year_bounds(sentence: str, years: list[int]) -> None:
    assert [y for y, _ in event_year_bounds([sentence])] == years


def test_dating_stated_articles_are_not_inferred() -> None:
    G = _graph(
        {"news": "2016-10", "later": None},
        [("news", "person:ann-lee", "policy:clinic-scheme", None)],
    )
    assert set(infer_article_dates(G)) == {"article:later"}


def test_dating_apply_sets_dates_and_redates_facts() -> None:
    G = _graph(
        {"news": "2016-10", "later": None},
        [
            ("news", "person:ann-lee", "policy:clinic-scheme", None),
            ("later", "person:ann-lee", "policy:clinic-scheme", "last month"),
        ],
    )
    inferred = infer_article_dates(G)
    apply_inferred_dates(G, inferred)
    art = G.nodes["article:later"]
    assert (art["date"], art["date_confidence"]) == ("2016-11", "inferred")
    assert "last month" in art["date_evidence"]
    ann = G.nodes["announcement:later:1"]
    assert (ann["date"], ann["date_confidence"]) == ("2016-10", "inferred")
    edges = [d for _, _, d in G.edges(data=True) if d["article"] == "article:later"]
    assert {d["kind"]: d["date"] for d in edges} == {"made": "2016-10", "about": "2016-10"}
    # inferring again after applying gives the same answer
    assert infer_article_dates(G) == inferred


def test_dating_set_article_date_resolves_against_new_date() -> None:
    G = _graph({"u": None}, [("u", "person:ann-lee", "policy:clinic-scheme", "yesterday")])
    set_article_date(G, "article:u", PartialDate(2015, 3, 1), confidence="stated")
    assert G.nodes["announcement:u:0"]["date"] == "2015-02-28"
    assert G.nodes["announcement:u:0"]["date_confidence"] == "resolved"


# -- a small corpus through the whole pipeline --------------------------------------------

_CORPUS = {
    # dated: the announcement reported as news
    "1_hearts.txt": """Minister unveils cardiac prevention programme

Health minister Jane Doe has announced the cardiac prevention programme, which will offer \
free heart checks to adults over forty in every region.

Ms Doe said the checks would start in pharmacies and reach surgeries later.
""",
    # a month later: "last month"; and it dates another undated report ("in February")
    "2_doubts.txt": """Pharmacists doubt heart check plans

Health minister Jane Doe announced the cardiac prevention programme last month, but \
pharmacy leaders now say they lack the staff to run it.

Hospital chair John Smith launched the infection control programme in February, and he \
said pharmacies could learn from it.
""",
    # three months after the announcement
    "3_surgeries.txt": """Surgeries join cardiac prevention programme

Health minister Jane Doe announced the cardiac prevention programme three months ago, and \
surgeries in four regions will now offer the checks too.

Doctors said the extra work would need extra money.
""",
    # reports as news what 2_doubts dates "in February"
    "4_wards.txt": """Hospital launches clean wards drive

Hospital chair John Smith has launched the infection control programme to cut infections \
on hospital wards across the region.

Nurses said the scheme was a good start.
""",
}
_TRUTH = {
    "1_hearts": "2019-03",
    "2_doubts": "2019-04",
    "3_surgeries": "2019-06",
    "4_wards": "2019-02",
}


@pytest.fixture(scope="module")
def corpus_graph(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    from policygraph.build import build

    folder: Path = tmp_path_factory.mktemp("corpus")
    for name, text in _CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "articles.yaml").write_text(
        "articles:\n  - file: 1_hearts.txt\n    date: 2019-03\n", encoding="utf-8"
    )
    return build(folder).graph


@pytest.mark.parametrize("article", ["2_doubts", "3_surgeries", "4_wards"])
def test_dating_corpus_gets_year_and_month(corpus_graph: nx.MultiDiGraph, article: str) -> None:
    got = infer_article_dates(corpus_graph)[f"article:{article}"]
    assert got.iso() == _TRUTH[article]
    assert got.confidence == HIGH


def test_dating_corpus_order(corpus_graph: nx.MultiDiGraph) -> None:
    expected = [f"article:{a}" for a in sorted(_TRUTH, key=_TRUTH.__getitem__)]
    assert order_articles(corpus_graph) == expected
