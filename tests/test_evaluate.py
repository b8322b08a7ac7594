"""Tests of policygraph.evaluate: gold loading and scoring a graph against gold."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import networkx as nx
import pytest
import yaml

from policygraph.errors import GoldError
from policygraph.evaluate import (
    Counts,
    Error,
    Gold,
    Merge,
    Split,
    evaluate,
    format_errors,
    format_scores,
    load_gold,
    normalise_name,
    scores_to_dict,
)

ROOT = Path(__file__).resolve().parents[1]
SEED_GOLD = ROOT / "tests" / "gold" / "seeds.yaml"
SEEDS = ROOT / "seeds"
WRITTEN = ROOT / "tests" / "written"
#: Every hand-made gold file, with the folder of the articles it annotates.
#: The written sets, in the order they were written.
WRITTEN_SETS = ["dev", "heldout", "dev2", *(f"heldout{n}" for n in range(2, 45))]
GOLDS = [
    pytest.param(SEED_GOLD, SEEDS, id="seeds"),
    *(
        pytest.param(WRITTEN / name / "gold.yaml", WRITTEN / name, id=f"written-{name}")
        for name in WRITTEN_SETS
    ),
]

# Two articles: a1 has one entity of every kind; a2 shares Jeremy Hunt with a1 and has a
# readers' comment annotation.
GOLD = {
    "articles": {
        "a1": {
            "entities": [
                {"kind": "person", "name": "Jeremy Hunt", "aliases": ["Mr Hunt"]},
                {"kind": "person", "name": "Richard Vautrey", "aliases": ["Dr Richard Vautrey"]},
                {"kind": "body", "name": "Department of Health", "aliases": ["DH"]},
                {"kind": "policy", "name": "GP one-stop programme", "aliases": ["one-stop plan"]},
                {"kind": "funding", "name": "£1bn", "amount_gbp": 1000000000},
                {"kind": "place", "name": "Birmingham"},
            ],
            "relations": [
                {"kind": "announced", "source": "Jeremy Hunt", "target": "GP one-stop programme"},
                {
                    "kind": "criticised",
                    "source": "Richard Vautrey",
                    "target": "GP one-stop programme",
                },
                {"kind": "funds", "source": "£1bn", "target": "GP one-stop programme"},
                {"kind": "holds_role", "source": "Jeremy Hunt", "target": "Department of Health"},
            ],
        },
        "a2": {
            "entities": [
                {"kind": "person", "name": "Jeremy Hunt"},
                {"kind": "policy", "name": "GP contract"},
            ],
            "relations": [{"kind": "criticised", "source": "Jeremy Hunt", "target": "GP contract"}],
            "comments": {
                "entities": [
                    {"kind": "body", "name": "General Practitioners Committee", "aliases": ["GPC"]}
                ],
                "relations": [],
            },
        },
    }
}
GOLD_ENTITIES = 8  # per-article entities outside comments: 6 in a1, 2 in a2
GOLD_RELATIONS = 5


@pytest.fixture
def gold(tmp_path: Path) -> Gold:
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(GOLD, allow_unicode=True), encoding="utf-8")
    return load_gold(path)


def add_node(
    g: nx.MultiDiGraph,
    node: str,
    kind: str,
    label: str,
    *,
    aliases: tuple[str, ...] = (),
    articles: tuple[str, ...] = ("a1",),
    section: str = "body",
    **attrs: object,
) -> None:
    g.add_node(
        node,
        kind=kind,
        label=label,
        aliases=sorted(aliases),
        articles=[f"article:{a}" for a in articles],
        evidence=[{"article": f"article:{a}", "section": section} for a in articles],
        **attrs,
    )


def add_edge(
    g: nx.MultiDiGraph, u: str, v: str, kind: str, article: str = "a1", section: str = "body"
) -> None:
    g.add_edge(u, v, kind=kind, article=f"article:{article}", section=section)


def perfect_graph() -> nx.MultiDiGraph:
    """A graph holding exactly the gold of the articles' reporting, with a little more."""
    g = nx.MultiDiGraph()
    add_node(
        g,
        "person:jeremy-hunt",
        "person",
        "Jeremy Hunt",
        aliases=("Mr Hunt",),
        articles=("a1", "a2"),
    )
    add_node(g, "person:richard-vautrey", "person", "Richard Vautrey")
    add_node(g, "body:dh", "body", "the Department of Health")
    add_node(g, "policy:one-stop", "policy", "‘One-stop’ plan")
    add_node(g, "funding:1bn", "funding", "£1bn", amount_gbp=1e9)
    add_node(g, "place:birmingham", "place", "Birmingham")
    add_node(g, "policy:gp-contract", "policy", "GP contract", articles=("a2",))
    add_node(g, "article:a1", "article", "A headline", articles=("a1",))
    add_edge(g, "person:jeremy-hunt", "policy:one-stop", "announced")
    add_edge(g, "person:richard-vautrey", "policy:one-stop", "criticised")
    add_edge(g, "funding:1bn", "policy:one-stop", "funds")
    add_edge(g, "person:jeremy-hunt", "body:dh", "holds_role")
    add_edge(g, "person:jeremy-hunt", "policy:gp-contract", "criticised", article="a2")
    add_edge(g, "person:jeremy-hunt", "article:a1", "mentioned_in")
    return g


# --------------------------------------------------------------------------- scoring


def test_evaluate_perfect_prediction_scores_one(gold: Gold) -> None:
    scores = evaluate(perfect_graph(), gold)
    for overall, total in (
        (scores.nodes_overall, GOLD_ENTITIES),
        (scores.edges_overall, GOLD_RELATIONS),
    ):
        assert (overall.precision, overall.recall, overall.f1) == (1.0, 1.0, 1.0)
        assert overall.tp == total
    for kind in ("person", "body", "policy", "funding", "place"):
        assert scores.nodes[kind].f1 == 1.0
    assert scores.edges["proposed"].f1 is None  # no gold, no prediction: nothing to score
    assert scores.splits == () and scores.merges == ()


def test_evaluate_missing_entity_lowers_recall(gold: Gold) -> None:
    g = perfect_graph()
    g.remove_node("person:richard-vautrey")  # also removes his criticised edge
    scores = evaluate(g, gold)
    assert scores.nodes["person"] == Counts(tp=2, fp=0, fn=1)
    assert scores.nodes["person"].recall == pytest.approx(2 / 3)
    assert scores.nodes["person"].precision == 1.0
    assert scores.nodes_overall.recall == pytest.approx((GOLD_ENTITIES - 1) / GOLD_ENTITIES)
    assert scores.edges["criticised"] == Counts(tp=1, fp=0, fn=1)


def test_evaluate_spurious_node_lowers_precision(gold: Gold) -> None:
    g = perfect_graph()
    add_node(g, "body:bbc", "body", "BBC")
    scores = evaluate(g, gold)
    assert scores.nodes["body"] == Counts(tp=1, fp=1, fn=0)
    assert scores.nodes["body"].precision == 0.5
    assert scores.nodes_overall.precision == pytest.approx(GOLD_ENTITIES / (GOLD_ENTITIES + 1))
    assert scores.nodes_overall.recall == 1.0


def test_evaluate_lists_missed_and_spurious_items(gold: Gold) -> None:
    assert evaluate(perfect_graph(), gold).errors == ()
    g = perfect_graph()
    g.remove_node("person:richard-vautrey")
    add_node(g, "body:bbc", "body", "BBC")
    add_edge(g, "body:bbc", "policy:one-stop", "supported")
    scores = evaluate(g, gold)
    assert scores.errors == (
        Error("a1", "edge", "criticised", "missed", "Richard Vautrey -> GP one-stop programme"),
        Error("a1", "edge", "supported", "spurious", "BBC -> ‘One-stop’ plan"),
        Error("a1", "node", "body", "spurious", "BBC"),
        Error("a1", "node", "person", "missed", "Richard Vautrey"),
    )
    listing = format_errors(scores).splitlines()
    assert len(listing) == 4 and "missed" in listing[0] and "Richard Vautrey" in listing[0]
    assert scores_to_dict(scores)["errors"][2]["text"] == "BBC"


def test_evaluate_counts_split_entity(gold: Gold) -> None:
    g = perfect_graph()
    add_node(g, "person:mr-hunt", "person", "Mr Hunt")
    scores = evaluate(g, gold)
    assert scores.splits == (
        Split("Jeremy Hunt", "person", ("person:jeremy-hunt", "person:mr-hunt")),
    )
    # one-to-one counting: the second node of the entity is a false positive
    assert scores.nodes["person"] == Counts(tp=3, fp=1, fn=0)


def test_evaluate_counts_split_across_articles(gold: Gold) -> None:
    g = perfect_graph()
    nx.relabel_nodes(g, {"person:jeremy-hunt": "person:hunt-a1"}, copy=False)
    hunt = g.nodes["person:hunt-a1"]
    hunt.update(articles=["article:a1"], evidence=hunt["evidence"][:1])
    add_node(g, "person:hunt-a2", "person", "Jeremy Hunt", articles=("a2",))
    scores = evaluate(g, gold)
    assert scores.nodes["person"] == Counts(tp=3, fp=0, fn=0)  # right in each article ...
    assert [s.name for s in scores.splits] == ["Jeremy Hunt"]  # ... but not one node


def test_evaluate_counts_merge(gold: Gold) -> None:
    g = perfect_graph()
    g.remove_node("person:richard-vautrey")
    g.nodes["person:jeremy-hunt"]["aliases"] = ["Dr Richard Vautrey", "Mr Hunt"]
    scores = evaluate(g, gold)
    assert scores.merges == (
        Merge("person:jeremy-hunt", "person", ("Jeremy Hunt", "Richard Vautrey")),
    )
    assert scores.nodes["person"] == Counts(tp=2, fp=0, fn=1)
    assert scores.splits == ()


def test_evaluate_excludes_comment_edges_by_default(gold: Gold) -> None:
    g = perfect_graph()
    for _, _, data in g.edges(data=True):
        if data["article"] == "article:a2":
            data["section"] = "comment"
    assert evaluate(g, gold).edges["criticised"] == Counts(tp=1, fp=0, fn=1)
    assert evaluate(g, gold, include_comments=True).edges["criticised"] == Counts(2, 0, 0)


def test_evaluate_comment_only_node_is_not_predicted(gold: Gold) -> None:
    g = perfect_graph()
    add_node(g, "body:gpc", "body", "GPC", articles=("a2",), section="comment")
    assert evaluate(g, gold).nodes["body"] == Counts(tp=1, fp=0, fn=0)
    assert evaluate(g, gold, include_comments=True).nodes["body"] == Counts(tp=2, fp=0, fn=0)


def test_evaluate_ignores_node_without_evidence_in_article(gold: Gold) -> None:
    g = perfect_graph()
    g.nodes["place:birmingham"]["evidence"] = [{"article": "article:a2", "section": "body"}]
    assert evaluate(g, gold).nodes["place"] == Counts(tp=0, fp=0, fn=1)


@pytest.mark.parametrize(
    ("u", "v", "kind", "article"),
    [
        ("policy:one-stop", "person:jeremy-hunt", "announced", "a1"),  # reversed
        ("person:jeremy-hunt", "policy:one-stop", "supported", "a1"),  # wrong kind
        ("person:jeremy-hunt", "policy:gp-contract", "criticised", "a1"),  # wrong article
        ("person:richard-vautrey", "policy:one-stop", "announced", "a1"),  # wrong source
    ],
)
def test_evaluate_wrong_edge_is_false_positive(
    gold: Gold, u: str, v: str, kind: str, article: str
) -> None:
    g = perfect_graph()
    add_edge(g, u, v, kind, article=article)
    scores = evaluate(g, gold)
    assert scores.edges_overall == Counts(tp=GOLD_RELATIONS, fp=1, fn=0)


def test_evaluate_counts_repeated_edge_once(gold: Gold) -> None:
    g = perfect_graph()
    add_edge(g, "person:jeremy-hunt", "policy:one-stop", "announced", section="headline")
    assert evaluate(g, gold).edges["announced"] == Counts(tp=1, fp=0, fn=0)


def test_evaluate_ignores_articles_without_gold(gold: Gold) -> None:
    g = perfect_graph()
    add_node(g, "body:bbc", "body", "BBC", articles=("a9",))
    add_edge(g, "person:jeremy-hunt", "body:bbc", "criticised", article="a9")
    scores = evaluate(g, gold)
    assert scores.nodes_overall.fp == 0 and scores.edges_overall.fp == 0


@pytest.mark.parametrize(
    ("amount", "matches"), [(1e9, True), (1000000000, True), (2e9, False), (None, False)]
)
def test_evaluate_matches_funding_by_amount(
    gold: Gold, amount: float | None, matches: bool
) -> None:
    g = perfect_graph()
    g.nodes["funding:1bn"].update(label="£1 billion", amount_gbp=amount)
    expected = Counts(1, 0, 0) if matches else Counts(0, 1, 1)
    assert evaluate(g, gold).nodes["funding"] == expected


@pytest.mark.parametrize(
    ("written", "gold_form", "same"),
    [
        ("The GP contract", "GP contract", True),
        ("GP  \n contract", "gp contract", True),
        ("‘one-stop’ plan", "'one-stop' plan", True),
        ("“one-stop” plan", "one-stop plan", True),
        ("Sir Bruce Keogh’s review", "Sir Bruce Keogh's review", True),
        ("GP contracts", "GP contract", False),
        ("other GP contract", "GP contract", False),
        ("theatre", "atre", False),  # only a leading "the " word is dropped
    ],
)
def test_evaluate_normalise_name(written: str, gold_form: str, same: bool) -> None:
    assert (normalise_name(written) == normalise_name(gold_form)) is same


def test_evaluate_does_not_match_across_kinds(gold: Gold) -> None:
    g = perfect_graph()
    g.nodes["place:birmingham"]["kind"] = "body"
    scores = evaluate(g, gold)
    assert scores.nodes["place"] == Counts(0, 0, 1)
    assert scores.nodes["body"] == Counts(1, 1, 0)


# --------------------------------------------------------------------------- reporting


def test_evaluate_format_scores_table(gold: Gold) -> None:
    g = perfect_graph()
    g.remove_node("person:richard-vautrey")
    add_node(g, "person:mr-hunt", "person", "Mr Hunt")
    text = format_scores(evaluate(g, gold))
    rows = {line.split()[0]: line.split()[1:] for line in text.splitlines() if line.strip()}
    assert rows["person"] == ["0.667", "0.667", "0.667", "2", "1", "1"]
    assert rows["proposed"] == ["-", "-", "-", "0", "0", "0"]
    assert "Jeremy Hunt (person): person:jeremy-hunt, person:mr-hunt" in text
    assert "Splits: 1 " in text and "Merges: 0 " in text


def test_evaluate_scores_to_dict_is_json(gold: Gold) -> None:
    g = perfect_graph()
    add_node(g, "body:bbc", "body", "BBC")
    data = json.loads(json.dumps(scores_to_dict(evaluate(g, gold))))
    assert data["nodes"]["per_kind"]["body"] == {
        "precision": 0.5,
        "recall": 1.0,
        "f1": pytest.approx(2 / 3),
        "tp": 1,
        "fp": 1,
        "fn": 0,
    }
    assert data["nodes"]["micro"]["tp"] == GOLD_ENTITIES
    assert data["edges"]["per_kind"]["proposed"]["precision"] is None
    assert data["articles"] == ["a1", "a2"] and data["include_comments"] is False


# --------------------------------------------------------------------------- loading

_ENTITY = "{kind: person, name: Jeremy Hunt}"
# case id -> (file text, what the message must say)
MALFORMED = {
    "bad-yaml": ("articles: [unclosed\n", "not valid YAML at line 2"),
    "empty-file": ("", "expected a mapping, found nothing"),
    "top-not-mapping": ("- a\n- b\n", "expected a mapping, found list"),
    "no-articles-key": ("article: {}\n", "missing key 'articles'"),
    "unknown-top-key": (
        "articles: {a1: {entities: [], relations: []}}\nextra: 1\n",
        "unknown key 'extra'",
    ),
    "no-articles": ("articles: {}\n", "no articles"),
    "missing-entities": ("articles: {a1: {relations: []}}\n", "missing key 'entities'"),
    "missing-relations": (
        f"articles: {{a1: {{entities: [{_ENTITY}]}}}}\n",
        "missing key 'relations'",
    ),
    "entities-not-list": (
        "articles: {a1: {entities: {x: 1}, relations: []}}\n",
        "expected a list, found dict",
    ),
    "unknown-entity-kind": (
        "articles: {a1: {entities: [{kind: persn, name: X}], relations: []}}\n",
        "unknown kind 'persn'",
    ),
    "entity-without-name": (
        "articles: {a1: {entities: [{kind: person}], relations: []}}\n",
        "missing key 'name'",
    ),
    "unknown-entity-key": (
        "articles: {a1: {entities: [{kind: person, name: X, alias: [Y]}], relations: []}}\n",
        "unknown key 'alias'",
    ),
    "funding-without-amount": (
        "articles: {a1: {entities: [{kind: funding, name: £1bn}], relations: []}}\n",
        "needs a positive amount_gbp",
    ),
    "duplicate-entity": (
        f"articles: {{a1: {{entities: [{_ENTITY}, {_ENTITY}], relations: []}}}}\n",
        "'Jeremy Hunt' is listed twice",
    ),
    "unknown-relation-kind": (
        f"articles: {{a1: {{entities: [{_ENTITY}], relations: "
        "[{kind: praised, source: Jeremy Hunt, target: Jeremy Hunt}]}}\n",
        "unknown kind 'praised'",
    ),
    "relation-to-unknown-entity": (
        f"articles: {{a1: {{entities: [{_ENTITY}], relations: "
        "[{kind: criticised, source: Jeremy Hunt, target: GP contract}]}}\n",
        "'GP contract' is not an entity of this article",
    ),
    "relation-to-entity-of-other-article": (
        f"articles: {{a1: {{entities: [{_ENTITY}], relations: "
        "[{kind: criticised, source: Jeremy Hunt, target: GP contract}]},\n"
        "  a2: {entities: [{kind: policy, name: GP contract}], relations: []}}\n",
        "'GP contract' is not an entity of this article",
    ),
    "wrong-endpoint-kind": (
        "articles: {a1: {entities: [{kind: person, name: X}, {kind: policy, name: Y}],"
        " relations: [{kind: holds_role, source: X, target: Y}]}}\n",
        "must be a body, but 'Y' is a policy",
    ),
    "name-with-two-kinds": (
        "articles: {a1: {entities: [{kind: person, name: X}], relations: []},\n"
        "  a2: {entities: [{kind: body, name: X}], relations: []}}\n",
        "'X' is a body here but a person in a1",
    ),
    "shared-alias": (
        "articles: {a1: {entities: [{kind: person, name: X, aliases: [Z]},"
        " {kind: person, name: Y, aliases: [z]}], relations: []}}\n",
        "the form 'z' names both 'X' and 'Y'",
    ),
}


@pytest.mark.parametrize(("text", "problem"), MALFORMED.values(), ids=MALFORMED.keys())
def test_evaluate_load_gold_rejects_malformed_file(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "bad-gold.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GoldError) as info:
        load_gold(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")  # names the file first
    assert problem in message
    assert "\n" not in message


def test_evaluate_load_gold_names_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.yaml"
    with pytest.raises(GoldError, match="missing.yaml: cannot read"):
        load_gold(path)


# --------------------------------------------------------------------------- shipped gold


def _fold(text: str) -> str:
    """Compare surface forms with the article text ignoring case, spacing and quotes."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if c not in "'\"‘’“”")
    return " ".join(text.split()).casefold()


def test_evaluate_every_written_set_is_checked() -> None:
    assert sorted(WRITTEN_SETS) == sorted(p.name for p in WRITTEN.iterdir() if p.is_dir())


@pytest.mark.parametrize(("gold_file", "folder"), GOLDS)
def test_evaluate_gold_loads(gold_file: Path, folder: Path) -> None:
    gold = load_gold(gold_file)
    assert sorted(a.id for a in gold.articles) == sorted(p.stem for p in folder.glob("*.txt"))


@pytest.mark.parametrize(("gold_file", "folder"), GOLDS)
def test_evaluate_gold_relations_name_entities_of_their_article(
    gold_file: Path, folder: Path
) -> None:
    raw = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    for article_id, article in raw["articles"].items():
        names = {e["name"] for e in article["entities"]}
        for r in article["relations"]:
            assert {r["source"], r["target"]} <= names, (article_id, r)
        comments = article.get("comments") or {}
        names |= {e["name"] for e in comments.get("entities") or []}
        for r in comments.get("relations") or []:
            assert {r["source"], r["target"]} <= names, (article_id, r)


@pytest.mark.parametrize(("gold_file", "folder"), GOLDS)
def test_evaluate_gold_aliases_occur_in_their_section(gold_file: Path, folder: Path) -> None:
    raw = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    for article_id, article in raw["articles"].items():
        text = (folder / f"{article_id}.txt").read_text(encoding="utf-8")
        # the comments heading as pages write it: "Readers' comments (3)", "Comments"
        heading = re.search(r"(?im)^(?:readers['’]? )?comments(?: \(\d+\))?\s*$", text)
        at = heading.start() if heading else len(text)
        reporting, comments = text[:at], text[at:]
        sections = [(reporting, article["entities"])]
        sections.append((comments, (article.get("comments") or {}).get("entities") or []))
        for section_text, entities in sections:
            folded = _fold(section_text)
            for entity in entities:
                for alias in entity.get("aliases") or []:
                    assert _fold(alias) in folded, (article_id, entity["name"], alias)


def test_evaluate_seed_gold_forms_name_one_entity_across_articles() -> None:
    # The gold name is the corpus-wide identity: a surface form of the reporting must not
    # stand for one entity in one article and for another entity in the next.
    owner: dict[tuple[str, str], str] = {}
    # (The written articles are separate fictional worlds, so this holds for the seeds only.)
    for article in load_gold(SEED_GOLD).articles:
        for entity in article.entities:
            for form in entity.forms():
                first = owner.setdefault((entity.kind, form), entity.name)
                assert first == entity.name, (article.id, form, first, entity.name)
