"""Tests of the HTML viewer: its data (no browser) and the page in a real browser.

The browser tests drive Chromium through Playwright, opening the page from ``file://``.
They are skipped when no Chromium is installed at :data:`CHROMIUM`.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import random
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from policygraph.errors import GraphFileError
from policygraph.exporters import html as html_module
from policygraph.exporters.html import (
    DRAWN_LIMIT,
    EVIDENCE_PER_NODE,
    LARGE_GRAPH_HIDDEN_KINDS,
    LARGE_GRAPH_NODES,
    NETWORK_KINDS,
    evidence_parts,
    render_html,
    viewer_data,
    write_html,
)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
#: Where the seeds' viewer is photographed: a temporary file, unless the README's picture
#: is being refreshed (``POLICYGRAPH_SCREENSHOT=docs/viewer.png``), so a test run leaves
#: the working tree as it found it.
SCREENSHOT = os.environ.get("POLICYGRAPH_SCREENSHOT")

# ---------------------------------------------------------------- fixture graph

#: Four small articles: headline, body sentences, readers' comments, date.
ARTICLES: dict[str, dict[str, Any]] = {
    "a1": {
        "headline": "Health secretary announces one-stop plan for GP practices",
        "body": [
            "Health secretary Jeremy Hunt has announced a new programme to move more services "
            "into general practice.",
            "Speaking at a conference in Birmingham today, Mr Hunt said the GP one-stop programme "
            "would go through conditions one by one.",
            "Mr Hunt said: 'Patients would much prefer it if these problems were sorted out in "
            "general practice.'",
        ],
        "comments": [
            "The BMA is right to criticise the one-stop programme, it is just more work for GPs.",
        ],
        "date": "2016-10-12",
    },
    "a2": {
        "headline": "GP leaders attack funding promise",
        "body": [
            "GPC chair Dr Chaand Nagpaul criticised Mr Hunt for offering no new money.",
            "NHS England said it would provide £2.4bn a year for general practice.",
        ],
        "comments": [],
        "date": "2016-10",
    },
    "a3": {
        "headline": "NHS England publishes GP Forward View",
        "body": [
            "NHS England has announced the GP Forward View, a five-year plan for general practice.",
            "The practice resilience programme is part of the GP Forward View.",
            "The GPC said it supported the GP Forward View but wanted the money sooner.",
        ],
        "comments": [],
        "date": "2016-04-21",
    },
    "a4": {
        "headline": "Practices still waiting for details of one-stop scheme",
        "body": ["The Department of Health said details of the one-stop programme would follow."],
        "comments": [],
        "date": None,
    },
}


def _text(article: dict[str, Any]) -> str:
    """An article file's text: headline, body paragraphs, then the readers' comments."""
    parts = [article["headline"], *article["body"]]
    if article["comments"]:
        parts += ["Comments", *article["comments"]]
    return "\n\n".join(parts)


TEXTS = {stem: _text(article) for stem, article in ARTICLES.items()}


def evidence(stem: str, sentence: str, mention: str) -> dict[str, Any]:
    """An evidence object (contract) for ``mention`` inside ``sentence`` of article ``stem``."""
    article = ARTICLES[stem]
    text = TEXTS[stem]
    sentence_start = text.index(sentence)
    start = sentence_start + sentence.index(mention)
    comment = article["comments"].index(sentence) if sentence in article["comments"] else None
    section = (
        "comment"
        if comment is not None
        else "headline"
        if sentence == article["headline"]
        else "body"
    )
    return {
        "article": f"article:{stem}",
        "start": start,
        "end": start + len(mention),
        "text": mention,
        "sentence_start": sentence_start,
        "sentence_end": sentence_start + len(sentence),
        "sentence": sentence,
        "section": section,
        "comment": comment,
    }


def _sentence(stem: str, part: str, index: int) -> str:
    return ARTICLES[stem][part][index]


def build_fixture_graph() -> nx.MultiDiGraph:
    """A small graph following the README contract, exercising every viewer feature."""
    G = nx.MultiDiGraph(name="fixture", version="0.1.0", pipeline="test", articles=4)
    a1b0, a1b1, a1b2 = ARTICLES["a1"]["body"]
    a1c0 = ARTICLES["a1"]["comments"][0]
    a2b0, a2b1 = ARTICLES["a2"]["body"]
    a3b0, a3b1, a3b2 = ARTICLES["a3"]["body"]
    (a4b0,) = ARTICLES["a4"]["body"]
    confidence = {"2016-10-12": "stated", "2016-10": "stated", "2016-04-21": "stated"}
    for stem, article in ARTICLES.items():
        G.add_node(
            f"article:{stem}",
            kind="article",
            label=article["headline"],
            headline=article["headline"],
            articles=[f"article:{stem}"],
            date=article["date"],
            date_confidence=confidence.get(article["date"]),
            date_evidence="articles.yaml" if article["date"] else None,
            file=f"{stem}.txt",
            source="GP News",
            url=f"https://example.org/news/{stem}",
        )

    def entity(node: str, label: str, mentions: list[dict[str, Any]], **attrs: Any) -> None:
        G.add_node(
            node,
            kind=node.split(":")[0],
            label=label,
            aliases=sorted({m["text"] for m in mentions}),
            articles=sorted({m["article"] for m in mentions}),
            evidence=mentions,
            from_comments_only=all(m["section"] == "comment" for m in mentions),
            **attrs,
        )

    entity(
        "person:jeremy-hunt",
        "Jeremy Hunt",
        [
            evidence("a1", a1b0, "Health secretary Jeremy Hunt"),
            evidence("a1", a1b1, "Mr Hunt"),
            evidence("a1", a1b2, "Mr Hunt"),
            evidence("a2", a2b0, "Mr Hunt"),
        ],
        roles=["health secretary"],
        minister=True,
    )
    entity(
        "person:chaand-nagpaul",
        "Chaand Nagpaul",
        [evidence("a2", a2b0, "GPC chair Dr Chaand Nagpaul")],
        roles=["GPC chair"],
        minister=False,
    )
    entity("body:gpc", "GPC", [evidence("a2", a2b0, "GPC"), evidence("a3", a3b2, "GPC")])
    entity(
        "body:nhs-england",
        "NHS England",
        [evidence("a2", a2b1, "NHS England"), evidence("a3", a3b0, "NHS England")],
    )
    entity(
        "body:department-of-health",
        "Department of Health",
        [evidence("a4", a4b0, "Department of Health")],
    )
    entity("body:bma", "BMA", [evidence("a1", a1c0, "BMA")])
    entity(
        "policy:gp-one-stop-programme",
        "GP one-stop programme",
        [
            evidence("a1", a1b1, "GP one-stop programme"),
            evidence("a1", a1c0, "one-stop programme"),
            evidence("a4", a4b0, "one-stop programme"),
        ],
    )
    entity(
        "policy:gp-forward-view",
        "GP Forward View",
        [
            evidence("a3", a3b0, "GP Forward View"),
            evidence("a3", a3b1, "GP Forward View"),
            evidence("a3", a3b2, "GP Forward View"),
        ],
    )
    entity(
        "policy:practice-resilience-programme",
        "practice resilience programme",
        [evidence("a3", a3b1, "practice resilience programme")],
    )
    entity(
        "funding:2400000000-a-year",
        "£2.4bn a year",
        [evidence("a2", a2b1, "£2.4bn a year")],
        amount_gbp=2400000000,
        period="a year",
        text="£2.4bn a year",
        purpose="general practice",
    )
    entity("place:birmingham", "Birmingham", [evidence("a1", a1b1, "Birmingham")])

    def announcement(node: str, label: str, ev: dict[str, Any], **attrs: Any) -> None:
        G.add_node(
            node,
            kind="announcement",
            label=label,
            aliases=[ev["text"]],
            articles=[ev["article"]],
            evidence=[ev],
            from_comments_only=False,
            **attrs,
        )

    announcement(
        "announcement:a1:1",
        "Jeremy Hunt announces the GP one-stop programme",
        evidence("a1", a1b0, "has announced"),
        date="2016-10-12",
        date_text="today",
        date_confidence="resolved",
        actor="person:jeremy-hunt",
        about="policy:gp-one-stop-programme",
        place="place:birmingham",
    )
    announcement(
        "announcement:a2:1",
        "NHS England promises £2.4bn a year",
        evidence("a2", a2b1, "said it would provide"),
        date="2016",
        date_text="this year",
        date_confidence="inferred",
        actor="body:nhs-england",
        about="funding:2400000000-a-year",
        place=None,
    )
    announcement(
        "announcement:a3:1",
        "NHS England announces the GP Forward View",
        evidence("a3", a3b0, "has announced"),
        date="2016-04",
        date_text="in April",
        date_confidence="inferred",
        actor="body:nhs-england",
        about="policy:gp-forward-view",
        place=None,
    )
    announcement(
        "announcement:a4:1",
        "Department of Health promises details of the one-stop programme",
        evidence("a4", a4b0, "said details"),
        date=None,
        date_text=None,
        date_confidence=None,
        actor="body:department-of-health",
        about="policy:gp-one-stop-programme",
        place=None,
    )

    def edge(u: str, v: str, kind: str, ev: dict[str, Any], **attrs: Any) -> None:
        G.add_edge(
            u, v, kind=kind, article=ev["article"], section=ev["section"], evidence=ev, **attrs
        )

    hunt, one_stop, gpfv = (
        "person:jeremy-hunt",
        "policy:gp-one-stop-programme",
        "policy:gp-forward-view",
    )
    edge(
        hunt,
        one_stop,
        "announced",
        evidence("a1", a1b0, "has announced"),
        date="2016-10-12",
        date_text="today",
    )
    edge(
        hunt,
        "body:department-of-health",
        "holds_role",
        evidence("a1", a1b0, "Health secretary Jeremy Hunt"),
        role="health secretary",
    )
    edge(hunt, "article:a1", "said", evidence("a1", a1b2, a1b2[len("Mr Hunt said: ") :]))
    edge(hunt, "announcement:a1:1", "made", evidence("a1", a1b0, "has announced"))
    edge("announcement:a1:1", one_stop, "about", evidence("a1", a1b1, "GP one-stop programme"))
    edge("announcement:a1:1", "place:birmingham", "located_in", evidence("a1", a1b1, "Birmingham"))
    edge("body:bma", one_stop, "criticised", evidence("a1", a1c0, "right to criticise"))
    edge("person:chaand-nagpaul", hunt, "criticised", evidence("a2", a2b0, "criticised"))
    edge(
        "person:chaand-nagpaul",
        "body:gpc",
        "holds_role",
        evidence("a2", a2b0, "GPC chair"),
        role="GPC chair",
    )
    edge(
        "body:nhs-england", "funding:2400000000-a-year", "provides", evidence("a2", a2b1, "provide")
    )
    edge("funding:2400000000-a-year", gpfv, "funds", evidence("a2", a2b1, "£2.4bn a year"))
    edge("body:nhs-england", "announcement:a2:1", "made", evidence("a2", a2b1, "said it would"))
    edge(
        "announcement:a2:1",
        "funding:2400000000-a-year",
        "about",
        evidence("a2", a2b1, "£2.4bn a year"),
    )
    edge(
        "body:nhs-england", gpfv, "announced", evidence("a3", a3b0, "has announced"), date="2016-04"
    )
    edge("body:nhs-england", "announcement:a3:1", "made", evidence("a3", a3b0, "has announced"))
    edge("announcement:a3:1", gpfv, "about", evidence("a3", a3b0, "GP Forward View"))
    edge(
        "policy:practice-resilience-programme", gpfv, "part_of", evidence("a3", a3b1, "is part of")
    )
    edge("body:gpc", gpfv, "supported", evidence("a3", a3b2, "supported"))
    edge("body:department-of-health", one_stop, "announced", evidence("a4", a4b0, "said details"))
    edge(
        "body:department-of-health",
        "announcement:a4:1",
        "made",
        evidence("a4", a4b0, "said details"),
    )
    edge("announcement:a4:1", one_stop, "about", evidence("a4", a4b0, "one-stop programme"))
    for node in ("person:jeremy-hunt", "place:birmingham", "body:gpc"):
        for ev in G.nodes[node]["evidence"]:
            edge(node, ev["article"], "mentioned_in", ev)
    return G


def build_hostile_graph() -> nx.MultiDiGraph:
    """A graph whose text tries every way out of the JSON block and into the markup."""
    script = "<script>window.__pwned=1</script>"
    img = '<img src=x onerror="window.__pwned=1">'
    sentence = f"He said \"{script}\" and 'then' </script><!-- {img} \u2028 & done"
    ev = {
        "article": "article:x",
        "start": 9,
        "end": 9 + len(script),
        "text": script,
        "sentence_start": 0,
        "sentence_end": len(sentence),
        "sentence": sentence,
        "section": "body",
        "comment": None,
    }
    G = nx.MultiDiGraph(name=script)
    G.add_node(
        "article:x",
        kind="article",
        label=f"</script><script>window.__pwned=1</script>{img}",
        articles=["article:x"],
        date="2016-01-02",
        url="javascript:window.__pwned=1",
    )
    G.add_node(
        "person:evil",
        kind="person",
        label=script,
        aliases=[img, script, '"><svg onload="window.__pwned=1">'],
        roles=["</title><script>window.__pwned=1</script>"],
        articles=["article:x"],
        evidence=[ev],
        from_comments_only=False,
    )
    G.add_node(
        "policy:x",
        kind="policy",
        label='"><svg onload="window.__pwned=1">',
        aliases=[],
        articles=["article:x"],
        evidence=[ev],
        from_comments_only=False,
    )
    G.add_edge(
        "person:evil",
        "policy:x",
        kind="criticised",
        article="article:x",
        section="body",
        evidence=ev,
        date_text=img,
    )
    return G


def build_large_graph(network_nodes: int = 2000, seed: int = 3) -> nx.MultiDiGraph:
    """A synthetic graph of ``network_nodes`` network nodes, for scale (not realistic text)."""
    rng = random.Random(seed)
    shares = {"person": 0.4, "body": 0.2, "policy": 0.2, "funding": 0.1, "place": 0.1}
    G = nx.MultiDiGraph(name="synthetic")
    articles = [f"article:s{i:04d}" for i in range(network_nodes // 10)]
    for i, article in enumerate(articles):
        G.add_node(
            article,
            kind="article",
            label=f"Synthetic article {i}",
            date=f"{2010 + i % 8}-{1 + i % 12:02d}-{1 + i % 28:02d}" if i % 9 else None,
        )
    ids: dict[str, list[str]] = {kind: [] for kind in shares}
    for kind, share in shares.items():
        for i in range(int(network_nodes * share)):
            node = f"{kind}:{kind}-{i:04d}"
            article = rng.choice(articles)
            sentence = f"Sentence about {kind} number {i} in the news."
            ev = {
                "article": article,
                "start": 15,
                "end": 15 + len(kind),
                "text": kind,
                "sentence_start": 0,
                "sentence_end": len(sentence),
                "sentence": sentence,
                "section": "comment" if i % 17 == 0 else "body",
                "comment": 0 if i % 17 == 0 else None,
            }
            G.add_node(
                node,
                kind=kind,
                label=f"{kind.title()} {i}",
                aliases=[f"{kind} {i}"],
                articles=[article],
                evidence=[ev],
                from_comments_only=i % 17 == 0,
            )
            ids[kind].append(node)

    def link(u: str, v: str, kind: str) -> None:
        ev = G.nodes[u]["evidence"][0]
        G.add_edge(u, v, kind=kind, article=ev["article"], section=ev["section"], evidence=ev)

    for person in ids["person"]:
        link(person, rng.choice(ids["body"]), "holds_role")
        link(
            person, rng.choice(ids["policy"]), rng.choice(["announced", "criticised", "supported"])
        )
    for funding in ids["funding"]:
        link(funding, rng.choice(ids["policy"]), "funds")
        link(rng.choice(ids["body"]), funding, "provides")
    for n, place in enumerate(ids["place"]):
        announcement = f"announcement:s:{n}"
        actor, about = rng.choice(ids["person"]), rng.choice(ids["policy"])
        G.add_node(
            announcement,
            kind="announcement",
            label=f"Announcement {n}",
            date=f"{2010 + n % 8}-{1 + n % 12:02d}" if n % 5 else None,
            actor=actor,
            about=about,
            place=place,
            articles=[rng.choice(articles)],
            evidence=[],
        )
        link(actor, announcement, "made")
        link(place, announcement, "mentioned_in")
        G.add_edge(announcement, about, kind="about", article=articles[0], section="body")
        G.add_edge(announcement, place, kind="located_in", article=articles[0], section="body")
    return G


def network_node_ids(G: nx.MultiDiGraph) -> list[str]:
    return sorted(n for n, kind in G.nodes(data="kind") if kind in NETWORK_KINDS)


# ---------------------------------------------------------------- unit tests (no browser)


class _Page(HTMLParser):
    """The parts of a page the tests check: scripts, attributes and the CSP."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self.attributes: list[tuple[str, str, str | None]] = []
        self.csp: str | None = None
        self.title = ""
        self._in: str | None = None
        self._attrs: dict[str, str | None] = {}
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attributes += [(tag, name, value) for name, value in attrs]
        if tag == "meta" and dict(attrs).get("http-equiv") == "Content-Security-Policy":
            self.csp = dict(attrs)["content"]
        if tag in ("script", "style", "title"):
            self._in, self._attrs, self._buffer = tag, dict(attrs), []

    def handle_data(self, data: str) -> None:
        if self._in:
            self._buffer.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in == "script":
            self.scripts.append((self._attrs, "".join(self._buffer)))
        elif tag == self._in == "style":
            self.styles.append("".join(self._buffer))
        elif tag == self._in == "title":
            self.title = "".join(self._buffer)
        if tag == self._in:
            self._in = None


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def test_exporters_html_fixture_follows_contract() -> None:
    """The fixture's evidence offsets index its article texts, as the contract requires."""
    G = build_fixture_graph()
    spans = [ev for _, attrs in G.nodes(data=True) for ev in attrs.get("evidence", [])]
    spans += [attrs["evidence"] for _, _, attrs in G.edges(data=True) if "evidence" in attrs]
    for ev in spans:
        text = TEXTS[ev["article"].split(":")[1]]
        assert text[ev["start"] : ev["end"]] == ev["text"]
        assert text[ev["sentence_start"] : ev["sentence_end"]] == ev["sentence"]


def test_exporters_html_csp_hashes_match_inline_scripts() -> None:
    page = parse(render_html(build_fixture_graph()))
    assert page.csp is not None
    directives = dict(d.strip().split(" ", 1) for d in page.csp.split(";"))
    assert directives["default-src"] == "'none'"
    executable = [text for attrs, text in page.scripts if attrs.get("type") is None]
    assert len(executable) == 2  # vis-network and the viewer

    def hashes(texts: list[str]) -> set[str]:
        return {
            "'sha256-" + base64.b64encode(hashlib.sha256(t.encode()).digest()).decode() + "'"
            for t in texts
        }

    assert set(directives["script-src"].split()) == hashes(executable)
    assert set(directives["style-src"].split()) == hashes(page.styles)
    assert "unsafe" not in page.csp


def test_exporters_html_loads_nothing_from_the_network() -> None:
    page = parse(render_html(build_fixture_graph()))
    for tag, name, value in page.attributes:
        if name in ("src", "href", "action", "srcset", "poster", "data"):
            assert not re.match(r"\s*(https?:)?//", value or ""), (tag, name, value)
    assert not [attrs for attrs, _ in page.scripts if "src" in attrs]
    assert "<link" not in render_html(build_fixture_graph())


def test_exporters_html_hostile_text_stays_inside_json() -> None:
    G = build_hostile_graph()
    text = render_html(G, title="<b>t</b>")
    page = parse(text)
    assert page.title == "<b>t</b>"  # escaped in the markup, so it parses back as text
    assert len(page.scripts) == 3
    (data_attrs, data_text) = page.scripts[0]
    assert data_attrs["type"] == "application/json"
    assert not re.search("[<>&\u2028\u2029]", data_text)
    data = json.loads(data_text)
    assert data["labels"]["person:evil"] == G.nodes["person:evil"]["label"]
    evidence = data["nodes"][0]["evidence"][0]
    sentence = G.nodes["person:evil"]["evidence"][0]["sentence"]
    pre, mark, post = evidence_parts(data, evidence)
    assert pre + mark + post == sentence
    assert mark == "<script>window.__pwned=1</script>"


def test_exporters_html_is_deterministic() -> None:
    G = build_fixture_graph()
    shuffled = nx.MultiDiGraph(**G.graph)
    nodes = list(G.nodes(data=True))
    edges = list(G.edges(keys=True, data=True))
    random.Random(1).shuffle(nodes)
    random.Random(2).shuffle(edges)
    shuffled.add_nodes_from(nodes)
    shuffled.add_edges_from(edges)
    assert render_html(G) == render_html(G)
    assert render_html(shuffled) == render_html(G)


@pytest.mark.parametrize("binary", [False, True])
def test_exporters_html_write_html_to_stream_and_path(binary: bool, tmp_path: Path) -> None:
    G = build_fixture_graph()
    stream: io.BytesIO | io.StringIO = io.BytesIO() if binary else io.StringIO()
    write_html(G, stream, title="T")
    written = stream.getvalue()
    expected = render_html(G, title="T")
    assert written == (expected.encode() if binary else expected)
    write_html(G, tmp_path / "v.html", title="T")
    assert (tmp_path / "v.html").read_bytes() == expected.encode()


def test_exporters_html_network_holds_network_kinds_only() -> None:
    G = build_fixture_graph()
    data = viewer_data(G)
    assert [n["id"] for n in data["nodes"]] == network_node_ids(G)
    drawn = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in drawn and e["to"] in drawn for e in data["edges"])
    # the announcement's place hangs off what was announced, marked as via the announcement
    (located,) = [e for e in data["edges"] if e["kind"] == "located_in"]
    assert (located["from"], located["to"]) == ("policy:gp-one-stop-programme", "place:birmingham")
    assert located["via"] == ["announcement:a1:1"]


def test_exporters_html_timeline_dated_in_order_undated_apart() -> None:
    data = viewer_data(build_fixture_graph())
    dated = [(item["id"], item["date"]["iso"]) for item in data["timeline"]["dated"]]
    # "2016" starts on 1 January, "2016-04" on 1 April: both before the 21 April article
    assert dated == [
        ("announcement:a2:1", "2016"),
        ("announcement:a3:1", "2016-04"),
        ("article:a3", "2016-04-21"),
        ("article:a2", "2016-10"),
        ("announcement:a1:1", "2016-10-12"),
        ("article:a1", "2016-10-12"),
    ]
    precision = {item["id"]: item["date"]["precision"] for item in data["timeline"]["dated"]}
    assert precision["announcement:a2:1"] == "year"
    assert precision["article:a2"] == "month"
    assert {item["id"] for item in data["timeline"]["undated"]} == {
        "announcement:a4:1",
        "article:a4",
    }


@pytest.mark.parametrize(
    ("iso", "start", "end"),
    [
        ("2016", "2016-01-01", "2017-01-01"),
        ("2016-12", "2016-12-01", "2017-01-01"),
        ("2016-02-29", "2016-02-29", "2016-03-01"),
    ],
)
def test_exporters_html_partial_date_spans_its_period(iso: str, start: str, end: str) -> None:
    import datetime

    G = nx.MultiDiGraph()
    G.add_node("article:x", kind="article", label="x", date=iso)
    (item,) = viewer_data(G)["timeline"]["dated"]
    epoch = datetime.date(1970, 1, 1)
    assert epoch + datetime.timedelta(days=item["date"]["start"]) == datetime.date.fromisoformat(
        start
    )
    assert epoch + datetime.timedelta(days=item["date"]["end"]) == datetime.date.fromisoformat(end)


def test_exporters_html_policy_trace_in_date_order() -> None:
    data = viewer_data(build_fixture_graph())
    steps = [data["facts"][i] for i in data["trace"]["policy:gp-one-stop-programme"]]
    kinds = {(s["source"], s["kind"]) for s in steps}
    assert ("person:jeremy-hunt", "announced") in kinds
    assert ("body:bma", "criticised") in kinds
    assert all(s["kind"] != "mentioned_in" for s in steps)
    starts = [s["when"]["start"] if s["when"] else None for s in steps]
    dated = [s for s in starts if s is not None]
    assert dated == sorted(dated)
    assert starts[len(dated) :] == [None] * (len(starts) - len(dated))  # undated last
    # the announcement's "about" edge has no date of its own; it takes the announcement's
    (about,) = [s for s in steps if s["source"] == "announcement:a1:1"]
    assert (about["when"]["iso"], about["when_from"], about["actor"]) == (
        "2016-10-12",
        "announcement",
        "person:jeremy-hunt",
    )


def test_exporters_html_evidence_sentences_are_stored_once() -> None:
    data = viewer_data(build_fixture_graph())
    views = [ev for n in data["nodes"] for ev in n["evidence"]]
    views += [f["evidence"] for f in data["facts"] if f["evidence"]]
    assert len(data["sentences"]) == len(set(data["sentences"]))
    assert len({ev["sentence"] for ev in views}) == len(data["sentences"]) < len(views)


def test_exporters_html_evidence_offsets_count_utf16_units() -> None:
    """Offsets are JavaScript string offsets: a character outside the BMP counts twice."""
    G = nx.MultiDiGraph(name="policygraph")
    sentence = "\U0001f600 Mr Hunt spoke."
    evidence = {
        "article": "article:a",
        "text": "Mr Hunt",
        "start": 2,
        "end": 9,
        "sentence": sentence,
        "sentence_start": 0,
        "section": "body",
    }
    G.add_node("person:hunt", kind="person", label="Mr Hunt", evidence=[evidence])
    data = viewer_data(G)
    view = data["nodes"][0]["evidence"][0]
    assert (view["at"], view["length"]) == (3, 7)
    assert evidence_parts(data, view) == ("\U0001f600 ", "Mr Hunt", " spoke.")


def test_exporters_html_evidence_split_around_mention() -> None:
    data = viewer_data(build_fixture_graph())
    hunt = next(n for n in data["nodes"] if n["id"] == "person:jeremy-hunt")
    marks = [evidence_parts(data, ev)[1::-1] for ev in hunt["evidence"]]
    assert marks[0] == ("Health secretary Jeremy Hunt", "")
    assert marks[1] == ("Mr Hunt", "Speaking at a conference in Birmingham today, ")


@pytest.mark.parametrize(
    ("attrs", "problem"),
    [({"kind": "widget"}, "kind 'widget'"), ({"kind": "article", "date": "12/10/2016"}, "12/10")],
)
def test_exporters_html_rejects_graph_off_contract(attrs: dict[str, Any], problem: str) -> None:
    G = nx.MultiDiGraph()
    G.add_node("x:1", **attrs)
    with pytest.raises(GraphFileError, match=problem):
        render_html(G)


def test_exporters_html_large_graph_starts_reduced() -> None:
    G = build_large_graph(LARGE_GRAPH_NODES + 50)
    data = viewer_data(G)
    assert data["large"]
    assert data["hidden_kinds"] == list(LARGE_GRAPH_HIDDEN_KINDS)
    assert not viewer_data(build_fixture_graph())["large"]


def _mention_more(G: nx.MultiDiGraph, node: str, articles: int) -> None:
    """Give ``node`` extra articles (and a piece of evidence in each)."""
    ev = G.nodes[node]["evidence"][0]
    for i in range(articles):
        G.nodes[node]["articles"].append(f"article:extra-{i}")
        G.nodes[node]["evidence"].append({**ev, "article": f"article:extra-{i}"})


def test_exporters_html_beyond_drawn_limit_only_best_attested_are_drawn(monkeypatch) -> None:
    monkeypatch.setattr(html_module, "DRAWN_LIMIT", 40)
    G = build_large_graph(LARGE_GRAPH_NODES + 50)
    _mention_more(G, "person:person-0100", 3)
    data = viewer_data(G)
    drawable = [n for n in data["nodes"] if n["kind"] not in data["hidden_kinds"]]
    drawn = [n for n in drawable if not n["minor"]]
    assert len(drawn) == 40 < len(drawable)
    assert "person:person-0100" in {n["id"] for n in drawn}  # the most mentioned is drawn
    fewest = min(len(n["articles"]) for n in drawn)
    assert all(len(n["articles"]) <= fewest for n in drawable if n["minor"])
    assert not any(n["minor"] for n in data["nodes"] if n["kind"] in data["hidden_kinds"])
    assert not any(n["minor"] for n in viewer_data(build_fixture_graph())["nodes"])
    assert DRAWN_LIMIT >= 1000  # the real limit leaves ordinary corpora fully drawn


def test_exporters_html_evidence_per_node_is_capped_and_counted() -> None:
    G = build_large_graph(100)
    _mention_more(G, "person:person-0001", EVIDENCE_PER_NODE + 5)
    node = next(n for n in viewer_data(G)["nodes"] if n["id"] == "person:person-0001")
    assert len(node["evidence"]) == EVIDENCE_PER_NODE
    assert node["evidence_total"] == EVIDENCE_PER_NODE + 6


# ---------------------------------------------------------------- browser tests


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def wait_until_ready(page: Any, seconds: int = 60) -> float:
    """Wait for the viewer's layout to settle; return when it did, in ms since navigation.

    The page's CSP forbids eval, so Playwright's ``wait_for_function`` cannot poll there;
    the viewer's own promise is awaited instead.
    """
    return page.evaluate(
        """seconds => Promise.race([
            window.policygraphViewer.whenReady,
            new Promise((_, reject) => setTimeout(
                () => reject(new Error(`viewer not ready after ${seconds} s`)), seconds * 1000))
        ])""",
        seconds,
    )


class Viewer:
    """A viewer page opened from disk, with what it logged and requested."""

    def __init__(self, browser: Any, G: nx.MultiDiGraph, path: Path, **page_options: Any):
        write_html(G, path)
        self.url = path.resolve().as_uri()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.context = browser.new_context(**page_options)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))
        self.page.goto(self.url)
        self.ready_ms = wait_until_ready(self.page)

    def _route(self, route: Any) -> None:
        if route.request.url == self.url:
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def _console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"console {message.type}: {message.text}")

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def visible_nodes(self) -> list[str]:
        return sorted(
            self.js("window.policygraphViewer.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
        )

    def visible_edges(self) -> list[dict[str, Any]]:
        return self.js("window.policygraphViewer.edges.get({filter: e => !e.hidden})")

    def click_node(self, node: str) -> None:
        """Click where ``node`` is drawn, once that place has held still for 50 ms: the page
        may still be laying out (the timeline renders after the network settles)."""
        where = "id => window.policygraphViewer.nodePagePosition(id)"
        point = self.js(where, node)
        for _ in range(40):
            self.page.wait_for_timeout(50)
            again = self.js(where, node)
            if again == point:
                break
            point = again
        self.page.mouse.click(point["x"], point["y"])

    def details(self) -> str:
        return self.page.inner_text("#pg-details")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def viewer(browser: Any, tmp_path: Path) -> Iterator[Viewer]:
    opened = Viewer(browser, build_fixture_graph(), tmp_path / "viewer.html")
    yield opened
    opened.close()


def test_exporters_html_page_loads_offline_without_errors(viewer: Viewer) -> None:
    assert viewer.errors == []
    assert set(viewer.requests) <= {viewer.url}


def test_exporters_html_draws_every_network_node(viewer: Viewer) -> None:
    G = build_fixture_graph()
    assert viewer.visible_nodes() == network_node_ids(G)
    drawn = viewer.js("Object.keys(window.policygraphViewer.network.getPositions()).sort()")
    assert drawn == network_node_ids(G)
    assert viewer.js("window.policygraphViewer.network.physics.physicsEnabled") is False


def test_exporters_html_click_fills_details_with_evidence(viewer: Viewer) -> None:
    viewer.click_node("person:jeremy-hunt")
    details = viewer.details()
    assert "Jeremy Hunt" in details
    assert ARTICLES["a1"]["body"][1] in details  # an evidence sentence, whole
    assert ARTICLES["a1"]["headline"] in details  # its article's headline
    assert "12 Oct 2016" in details  # and its date
    assert viewer.page.inner_text("#pg-details mark") == "Health secretary Jeremy Hunt"
    highlighted = viewer.js(
        "[...document.querySelectorAll('#pg-timeline-axis .tl-item.pg-hl')].map(g => g.dataset.id)"
    )
    # his announcement, and the two articles that mention him, in date order
    assert highlighted == ["article:a2", "announcement:a1:1", "article:a1"]
    assert viewer.errors == []


def test_exporters_html_marks_readers_comment_evidence(viewer: Viewer) -> None:
    viewer.js("window.policygraphViewer.selectNode('body:bma')")
    quote = viewer.page.locator("#pg-details blockquote.pg-comment").first
    assert "reader's comment" in quote.inner_text()
    assert ARTICLES["a1"]["comments"][0] in quote.inner_text()


def test_exporters_html_timeline_in_date_order_with_undated_apart(viewer: Viewer) -> None:
    items = viewer.js(
        "[...document.querySelectorAll('#pg-timeline-axis .tl-item')]"
        ".map(g => [g.dataset.id, g.dataset.date, parseFloat(g.dataset.x)])"
    )
    data = viewer_data(build_fixture_graph())
    assert [i[0] for i in items] == [item["id"] for item in data["timeline"]["dated"]]
    xs = [i[2] for i in items]
    assert xs == sorted(xs) and xs[0] < xs[-1]
    partial = viewer.js(
        "[...document.querySelectorAll('#pg-timeline-axis .tl-partial')].map(g => g.dataset.id)"
    )
    assert sorted(partial) == ["announcement:a2:1", "announcement:a3:1", "article:a2"]
    assert viewer.page.text_content("#pg-undated h2") == "Undated"
    undated = viewer.page.inner_text("#pg-undated-list")
    assert ARTICLES["a4"]["headline"] in undated
    assert "Department of Health promises details" in undated


def test_exporters_html_timeline_item_selects_its_actors(viewer: Viewer) -> None:
    viewer.page.click("#pg-timeline-axis .tl-item[data-id='announcement:a1:1']")
    selected = sorted(viewer.js("window.policygraphViewer.network.getSelectedNodes()"))
    assert selected == ["person:jeremy-hunt", "place:birmingham", "policy:gp-one-stop-programme"]
    assert "Birmingham" in viewer.details()


def test_exporters_html_kind_filter_hides_nodes(viewer: Viewer) -> None:
    viewer.page.uncheck("#pg-node-kinds input[data-kind='body']")
    G = build_fixture_graph()
    assert viewer.visible_nodes() == [n for n in network_node_ids(G) if not n.startswith("body:")]
    assert all(not e["from"].startswith("body:") for e in viewer.visible_edges())
    viewer.page.check("#pg-node-kinds input[data-kind='body']")
    assert viewer.visible_nodes() == network_node_ids(G)


def test_exporters_html_edge_kind_filter_hides_edges(viewer: Viewer) -> None:
    viewer.page.uncheck("#pg-edge-kinds input[data-edge-kind='holds_role']")
    kinds = {e["label"] for e in viewer.visible_edges()}
    assert "holds role" not in kinds and "announced" in kinds


def test_exporters_html_comments_switch_hides_comment_edges(viewer: Viewer) -> None:
    def comment_edges() -> list[Any]:
        return [e for e in viewer.visible_edges() if e["from"] == "body:bma"]

    assert comment_edges()
    viewer.page.uncheck("#pg-comments")
    assert comment_edges() == []
    assert "body:bma" not in viewer.visible_nodes()  # seen only in comments
    assert "policy:gp-one-stop-programme" in viewer.visible_nodes()  # also seen in the body
    viewer.js("window.policygraphViewer.selectNode('policy:gp-one-stop-programme')")
    assert ARTICLES["a1"]["comments"][0] not in viewer.details()


def test_exporters_html_article_filter(viewer: Viewer) -> None:
    viewer.page.select_option("#pg-article", "article:a3")
    assert viewer.visible_nodes() == sorted(
        [
            "body:gpc",
            "body:nhs-england",
            "policy:gp-forward-view",
            "policy:practice-resilience-programme",
        ]
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Mr Hunt", "person:jeremy-hunt"),
        ("mr hunt", "person:jeremy-hunt"),
        ("nagpaul", "person:chaand-nagpaul"),
        ("£2.4bn", "funding:2400000000-a-year"),
    ],
)
def test_exporters_html_search_finds_nodes_by_alias(viewer: Viewer, query: str, expected: str):
    viewer.page.fill("#pg-search", query)
    results = viewer.js("[...document.querySelectorAll('#pg-results li')].map(li => li.dataset.id)")
    assert expected in results
    viewer.page.click(f"#pg-results li[data-id='{expected}'] button")
    assert viewer.js("window.policygraphViewer.network.getSelectedNodes()") == [expected]


def test_exporters_html_policy_trace_lists_steps(viewer: Viewer) -> None:
    viewer.page.click("#pg-tab-trace")
    viewer.page.select_option("#pg-trace-policy", "policy:gp-one-stop-programme")
    steps = viewer.page.locator("#pg-trace-steps li.pg-step")
    texts = steps.all_inner_texts()
    when = {text.split("\n")[1]: text.split("\n")[0] for text in texts}
    assert when["Jeremy Hunt announced GP one-stop programme"] == "12 Oct 2016"
    assert when["BMA criticised GP one-stop programme"] == "12 Oct 2016, the article's date"
    assert when["Department of Health announced GP one-stop programme"] == "undated"
    assert texts[0].startswith("12 Oct 2016") and texts[-1].startswith("undated")
    assert any("reader's comment" in t for t in texts)
    viewer.page.uncheck("#pg-comments")
    assert not any("reader's comment" in t for t in steps.all_inner_texts())


def test_exporters_html_hostile_text_is_shown_literally(browser: Any, tmp_path: Path) -> None:
    G = build_hostile_graph()
    opened = Viewer(browser, G, tmp_path / "hostile.html")
    try:
        point = opened.js("id => window.policygraphViewer.nodePagePosition(id)", "person:evil")
        opened.page.mouse.move(point["x"] - 1, point["y"])
        opened.page.mouse.move(point["x"], point["y"])
        tooltip = opened.page.wait_for_selector("div.vis-tooltip", state="visible")
        assert G.nodes["person:evil"]["label"] in tooltip.inner_text()
        opened.click_node("person:evil")
        assert opened.js("window.policygraphViewer.network.getSelectedNodes()") == ["person:evil"]
        details = opened.details()
        assert opened.js("typeof window.__pwned") == "undefined"
        assert G.nodes["person:evil"]["label"] in details
        assert G.nodes["person:evil"]["aliases"][0] in details
        assert G.nodes["person:evil"]["evidence"][0]["sentence"].replace("\u2028", "") in (
            details.replace("\u2028", "").replace("\n", "")
        )
        assert opened.js("document.querySelectorAll('img, iframe, object, embed').length") == 0
        opened.page.click("#pg-timeline-axis .tl-item")
        assert G.nodes["article:x"]["label"] in opened.details()
        opened.js("window.policygraphViewer.showTrace('policy:x')")
        assert G.nodes["person:evil"]["label"] in opened.page.inner_text("#pg-trace-steps")
        assert opened.js("typeof window.__pwned") == "undefined"
        assert opened.errors == []
        assert set(opened.requests) <= {opened.url}
    finally:
        opened.close()


def test_exporters_html_large_graph_opens_reduced(browser: Any, tmp_path: Path) -> None:
    G = build_large_graph(LARGE_GRAPH_NODES + 100)
    opened = Viewer(browser, G, tmp_path / "large.html")
    try:
        first = {n.split(":")[0] for n in opened.visible_nodes()}
        assert first == {"person", "body", "policy"}
        opened.page.check("#pg-node-kinds input[data-kind='funding']")
        assert any(n.startswith("funding:") for n in opened.visible_nodes())
        assert opened.errors == []
    finally:
        opened.close()


def test_exporters_html_minor_nodes_are_drawn_when_selected(
    browser: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(html_module, "DRAWN_LIMIT", 40)
    G = build_large_graph(LARGE_GRAPH_NODES + 100)
    data = viewer_data(G)
    minor = next(n for n in data["nodes"] if n["minor"] and n["kind"] == "policy")
    opened = Viewer(browser, G, tmp_path / "minor.html")
    try:
        assert len(opened.visible_nodes()) == 40
        hidden_kinds = sum(n["kind"] in data["hidden_kinds"] for n in data["nodes"])
        # minor nodes are not even in the network's data (so not laid out)
        assert opened.js("window.policygraphViewer.nodes.length") == 40 + hidden_kinds
        assert "less-mentioned entities" in opened.page.inner_text("#pg-status")
        opened.page.fill("#pg-search", minor["aliases"][0])
        opened.page.click(f"#pg-results li[data-id='{minor['id']}'] button")
        assert minor["id"] in opened.visible_nodes()
        assert minor["label"] in opened.details()
        assert opened.errors == []
    finally:
        opened.close()


def test_exporters_html_details_count_evidence_left_out_of_the_page(
    browser: Any, tmp_path: Path
) -> None:
    G = build_large_graph(100)
    _mention_more(G, "person:person-0001", EVIDENCE_PER_NODE + 5)
    opened = Viewer(browser, G, tmp_path / "capped.html")
    try:
        opened.js("window.policygraphViewer.selectNode('person:person-0001')")
        assert "6 more in graph.json" in opened.details()
    finally:
        opened.close()


def test_exporters_html_seeds_page_finds_mr_hunt_and_is_screenshotted(
    browser: Any, tmp_path: Path
) -> None:
    """The seeds' own page: search by alias, evidence on click, and the README screenshot."""
    from policygraph.graph import read_graph

    seeds = read_graph(Path(__file__).resolve().parents[1] / "graph" / "graph.json")
    opened = Viewer(
        browser, seeds, tmp_path / "seeds.html", viewport={"width": 1400, "height": 900}
    )
    try:
        assert opened.visible_nodes() == network_node_ids(seeds)
        opened.page.fill("#pg-search", "Mr Hunt")
        results = opened.js(
            "[...document.querySelectorAll('#pg-results li')].map(li => li.dataset.id)"
        )
        assert results[:1] == ["person:jeremy-hunt"]
        opened.click_node("person:jeremy-hunt")
        sentence = seeds.nodes["person:jeremy-hunt"]["evidence"][0]["sentence"]
        assert " ".join(sentence.split())[:40] in " ".join(opened.details().split())
        shot = Path(SCREENSHOT) if SCREENSHOT else tmp_path / "viewer.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        opened.page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
        assert opened.errors == []
    finally:
        opened.close()


@pytest.mark.parametrize("nodes", [0, 1])
def test_exporters_html_minimal_graph_opens(browser: Any, tmp_path: Path, nodes: int) -> None:
    G = nx.MultiDiGraph()
    if nodes:
        G.add_node("person:a", kind="person", label="A", aliases=["A"])
    opened = Viewer(browser, G, tmp_path / "minimal.html")  # waits for the layout to settle
    try:
        assert opened.visible_nodes() == network_node_ids(G)
        assert "No dated announcements or articles." in opened.page.inner_text("#pg-timeline")
        assert opened.errors == []
    finally:
        opened.close()
