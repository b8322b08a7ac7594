"""Render a policygraph graph as one self-contained HTML viewer that works offline.

The page opens straight from disk (``file://``) and fetches nothing: the network library
(vis-network 9.1.2, vendored in ``data/viewer/`` with its licence header), the viewer's own
script and style and the graph's data are all inlined. It shows

* a **network** of persons, bodies, policies, funding and places (:data:`NETWORK_KINDS`),
  coloured and shaped by kind, one edge per (source, target, kind) labelled by kind. Edges
  in both directions between the same two nodes are drawn apart;
* a **timeline** of announcements and articles (:data:`TIMELINE_KINDS`, which are not network
  nodes) on a date axis. A partial date (``2016-10``, ``2016``) is placed at the start of its
  period, with a dashed bar over the period and a hollow marker. Undated items are listed
  apart rather than given a made-up date. An announcement's place is drawn as a
  ``located_in`` edge from what it was about (or, failing that, from its actor) to the place;
* a **details panel** with a node's aliases, roles, articles, and every piece of evidence:
  the sentence with the mention highlighted, the speaker, the article and its date, and a
  "reader's comment" mark for evidence from readers' comments;
* **filters** by node kind, edge kind and article, a switch that hides readers' comments,
  a **search** over every alias, and a **policy trace** that lists the facts touching a
  policy in date order.

Untrusted text (articles, comments) never reaches HTML markup: the data travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>``, ``&``, U+2028 and U+2029
escaped, and the viewer builds the page with ``textContent``. A Content-Security-Policy
allows nothing but the page's own inline scripts and style, named by their SHA-256 hashes.

The layout runs once (vis-network's physics stabilisation, with a fixed seed) and then
physics is switched off, so nothing moves unless dragged. Graphs with more than
:data:`LARGE_GRAPH_NODES` network nodes start with funding and places hidden (tick them in
the legend to show them; they are placed next to their neighbours) and use a cheaper layout.
Beyond :data:`DRAWN_LIMIT` nodes only the most mentioned are drawn at first, the others when
selected; evidence sentences are stored once in the page and each node carries at most
:data:`EVIDENCE_PER_NODE` pieces of evidence, so a graph of many thousand articles opens.
The page exposes its state and actions as ``window.policygraphViewer`` for scripting.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("person:jane-doe", kind="person", label="Jane Doe", aliases=["Ms Doe"])
>>> page = render_html(G, title="Demo")
>>> page.startswith("<!DOCTYPE html>") and "<title>Demo</title>" in page
True
>>> [node["id"] for node in viewer_data(G)["nodes"]]
['person:jane-doe']
"""

from __future__ import annotations

import base64
import datetime
import functools
import hashlib
import html
import io
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import IO, Any

import networkx as nx

from policygraph.errors import GraphFileError
from policygraph.model import NODE_KINDS, PartialDate

__all__ = [
    "NETWORK_KINDS",
    "TIMELINE_KINDS",
    "LARGE_GRAPH_NODES",
    "LARGE_GRAPH_HIDDEN_KINDS",
    "DRAWN_LIMIT",
    "EVIDENCE_PER_NODE",
    "NODE_STYLES",
    "EDGE_COLOURS",
    "viewer_data",
    "evidence_parts",
    "render_html",
    "write_html",
]

#: Node kinds drawn in the network.
NETWORK_KINDS = ("person", "body", "policy", "funding", "place")

#: Node kinds shown on the timeline instead of the network.
TIMELINE_KINDS = ("announcement", "article")

#: Above this many network nodes the viewer starts with fewer kinds and a cheaper layout.
LARGE_GRAPH_NODES = 500

#: Node kinds hidden when a large graph opens; the legend's tick boxes show them.
LARGE_GRAPH_HIDDEN_KINDS = ("funding", "place")

#: At most this many network nodes are drawn when the page opens: those mentioned in the
#: most articles. The others are drawn when searched for, clicked in a list or reached from
#: a timeline item, so a graph of tens of thousands of entities still opens and lays out.
DRAWN_LIMIT = 1500

#: At most this many pieces of evidence are put in the page per node; the details panel
#: says how many there are in all (``graph.json`` and the RDF export keep every one).
EVIDENCE_PER_NODE = 50

#: Shape (a vis-network shape the legend can also draw) and colour of each network kind.
NODE_STYLES: dict[str, dict[str, str]] = {
    "person": {"shape": "dot", "colour": "#4e79a7"},
    "body": {"shape": "square", "colour": "#f28e2b"},
    "policy": {"shape": "diamond", "colour": "#59a14f"},
    "funding": {"shape": "triangle", "colour": "#d4a017"},
    "place": {"shape": "hexagon", "colour": "#b07aa1"},
}

#: Colour of each edge kind (Tableau 10, readable with the common colour-vision deficiencies).
EDGE_COLOURS: dict[str, str] = {
    "announced": "#4e79a7",
    "proposed": "#76b7b2",
    "expanded": "#17becf",
    "criticised": "#e15759",
    "supported": "#59a14f",
    "funds": "#b8860b",
    "provides": "#f28e2b",
    "holds_role": "#9c755f",
    "made": "#bab0ac",
    "about": "#bab0ac",
    "located_in": "#b07aa1",
    "part_of": "#79706e",
    "delivered_via": "#79706e",
    "related_to": "#79706e",
    "said": "#bab0ac",
    "mentioned_in": "#bab0ac",
}

#: Edge kinds whose source is the person or body speaking.
_SPEECH_KINDS = frozenset({"announced", "proposed", "expanded", "criticised", "supported", "said"})

#: Edge kinds the page leaves out of its facts: a mention is not a step of a policy's story,
#: and a node's articles and evidence already say where it is mentioned.
_UNLISTED_KINDS = frozenset({"mentioned_in"})

_PRECISION = {1: "year", 2: "month", 3: "day"}
_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
_UNIX_EPOCH = datetime.date(1970, 1, 1).toordinal()
#: vis-network, read from the pyvis package (pyvis/lib/vis-9.1.2/vis-network.min.js).
VIS_NETWORK = "vis-network.min.js"
VIS_NETWORK_VERSION = "vis-9.1.2"
_VIEWER_FILES = ("template.html", "viewer.css", "viewer.js", VIS_NETWORK)
_PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")
_RAW_TEXT_HAZARD = re.compile(r"</script|<!--|</style", re.IGNORECASE)
_FIX = "rebuild the graph from its articles, or correct graph.json by hand"


def _date_view(value: Any, where: str) -> dict[str, Any] | None:
    """A partial ISO date as the viewer needs it, or None when there is no date.

    ``start``/``end`` are days since 1970-01-01 of the first day of the period and of the
    day after it, so a partial date is placed at the start of its period and spans it.
    """
    if value is None or value == "":
        return None
    try:
        date = PartialDate.parse(str(value))
    except ValueError as exc:
        raise GraphFileError(
            where, f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD", _FIX
        ) from exc
    first = datetime.date(date.year, date.month or 1, date.day or 1)
    if date.day is not None:
        after = first + datetime.timedelta(days=1)
    elif date.month is not None:
        after = datetime.date(date.year + date.month // 12, date.month % 12 + 1, 1)
    else:
        after = datetime.date(date.year + 1, 1, 1)
    precision = _PRECISION[len(date.iso().split("-"))]
    return {
        "iso": date.iso(),
        "precision": precision,
        "start": first.toordinal() - _UNIX_EPOCH,
        "end": after.toordinal() - _UNIX_EPOCH,
    }


def _date_order(view: Mapping[str, Any] | None) -> tuple[int, int, int]:
    """Sort key putting dated things first, by start, coarser precision first."""
    if view is None:
        return (1, 0, 0)
    return (0, int(view["start"]), _PRECISION_RANK[view["precision"]])


class _Sentences:
    """Every distinct evidence sentence once, in order of first use.

    Evidence views point into this table by index: a sentence that supports a dozen facts
    and mentions is stored once in the page, which keeps large graphs' pages small.
    """

    def __init__(self) -> None:
        self._index: dict[str, int] = {}

    def add(self, sentence: str) -> int:
        return self._index.setdefault(sentence, len(self._index))

    def texts(self) -> list[str]:
        return list(self._index)


def _utf16_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the units of JavaScript string offsets."""
    return len(text.encode("utf-16-le")) // 2


def _evidence_view(evidence: Any, sentences: _Sentences) -> dict[str, Any] | None:
    """An evidence object as the viewer shows it: its sentence and where the mention is.

    ``sentence`` indexes the page's sentence table; ``at`` and ``length`` locate the
    mention in it in UTF-16 code units (``at`` is -1 when there is nothing to highlight),
    converted here from the contract's code-point offsets so the browser slices strings
    directly. When the offsets do not match the sentence the mention's first occurrence is
    highlighted; when it does not occur at all the sentence is shown without a highlight.
    """
    if not isinstance(evidence, Mapping):
        return None
    text = str(evidence.get("text") or "")
    sentence = str(evidence.get("sentence") or text)
    start, sentence_start = evidence.get("start"), evidence.get("sentence_start")
    at = -1
    if isinstance(start, int) and isinstance(sentence_start, int):
        offset = start - sentence_start
        if offset >= 0 and text and sentence[offset : offset + len(text)] == text:
            at = offset
    if at < 0 and text:
        at = sentence.find(text)
    comment = evidence.get("comment")
    return {
        "article": evidence.get("article"),
        "section": str(evidence.get("section") or "body"),
        "comment": comment if isinstance(comment, int) else None,
        "sentence": sentences.add(sentence),
        "at": _utf16_length(sentence[:at]) if at >= 0 else -1,
        "length": _utf16_length(text) if at >= 0 else 0,
    }


def evidence_parts(data: Mapping[str, Any], view: Mapping[str, Any]) -> tuple[str, str, str]:
    """The text before, of and after the mention of an evidence view of ``data`` (what the
    page's script shows, the mention highlighted); for tests and scripts."""
    units = data["sentences"][view["sentence"]].encode("utf-16-le")
    if view["at"] < 0:
        return units.decode("utf-16-le"), "", ""
    at, end = 2 * view["at"], 2 * (view["at"] + view["length"])
    return tuple(part.decode("utf-16-le") for part in (units[:at], units[at:end], units[end:]))  # type: ignore[return-value]


def _evidence_views(evidence: Any, sentences: _Sentences) -> list[dict[str, Any]]:
    """The first :data:`EVIDENCE_PER_NODE` pieces of a node's evidence, as views."""
    views = (_evidence_view(ev, sentences) for ev in (evidence or [])[:EVIDENCE_PER_NODE])
    return [view for view in views if view is not None]


def _strings(value: Any) -> list[str]:
    """A list attribute as sorted, distinct strings (tolerating a missing attribute)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return sorted({str(item) for item in value})


def _number(value: Any) -> float | int | None:
    """A JSON-safe number, or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _kind(G: nx.MultiDiGraph, node: Any) -> str:
    kind = G.nodes[node].get("kind")
    if kind not in NODE_KINDS:
        raise GraphFileError(
            f"node {node!r}",
            f"has kind {kind!r}, not one of {', '.join(NODE_KINDS)}",
            _FIX,
        )
    return str(kind)


def _label(G: nx.MultiDiGraph, node: Any) -> str:
    attrs = G.nodes[node]
    return str(attrs.get("label") or attrs.get("headline") or node)


def _sorted_edges(G: nx.MultiDiGraph) -> list[tuple[str, str, dict[str, Any]]]:
    """Every edge, in an order that depends only on the edges' content."""

    def key(edge: tuple[Any, Any, Any, dict[str, Any]]) -> tuple[Any, ...]:
        u, v, k, data = edge
        evidence = data.get("evidence")
        start = evidence.get("start") if isinstance(evidence, Mapping) else None
        return (
            str(u),
            str(v),
            str(data.get("kind")),
            str(data.get("article")),
            start if isinstance(start, int) else -1,
            str(k),
        )

    edges: Iterable[tuple[Any, Any, Any, dict[str, Any]]] = G.edges(keys=True, data=True)
    return [(str(u), str(v), data) for u, v, _, data in sorted(edges, key=key)]


def _facts(
    G: nx.MultiDiGraph, articles: Mapping[str, dict[str, Any]], sentences: _Sentences
) -> list[dict[str, Any]]:
    """Every edge as a fact (but ``mentioned_in``): endpoints, kind, provenance, and the date
    it is told under.

    ``actor`` is who the fact is by: the edge's source, or for an edge leaving an
    announcement, the announcement's actor. ``when`` is the fact's own date, else its
    announcement's, else its article's, with ``from`` saying which.
    """
    facts = []
    for u, v, data in _sorted_edges(G):
        kind = str(data.get("kind") or "related_to")
        if kind not in EDGE_COLOURS:
            raise GraphFileError(f"edge {u} -> {v}", f"has kind {kind!r}, not a known kind", _FIX)
        if kind in _UNLISTED_KINDS:
            continue
        source = G.nodes[u]
        actor: str | None = u
        when = _date_view(data.get("date"), f"edge {u} -> {v}")
        when_from = "fact"
        if source.get("kind") == "announcement":
            actor = str(source["actor"]) if source.get("actor") in G else None
            if when is None:
                when = _date_view(source.get("date"), f"node {u!r}")
                when_from = "announcement"
        article = str(data["article"]) if data.get("article") is not None else None
        if when is None and article is not None and article in articles:
            when = articles[article]["date"]
            when_from = "article"
        evidence = _evidence_view(data.get("evidence"), sentences)
        section = str(data.get("section") or (evidence["section"] if evidence else "body"))
        facts.append(
            {
                "source": u,
                "target": v,
                "kind": kind,
                "article": article,
                "section": section,
                "date_text": data.get("date_text"),
                "role": data.get("role"),
                "evidence": evidence,
                "speaker": u if kind in _SPEECH_KINDS else None,
                "actor": actor,
                "when": when,
                "when_from": when_from if when is not None else None,
            }
        )
    return facts


def _articles(G: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Article nodes by id: headline, date and metadata."""
    out = {}
    for node in sorted(G.nodes, key=str):
        if _kind(G, node) != "article":
            continue
        attrs = G.nodes[node]
        out[str(node)] = {
            "headline": _label(G, node),
            "date": _date_view(attrs.get("date"), f"node {node!r}"),
            "confidence": attrs.get("date_confidence"),
            "date_evidence": attrs.get("date_evidence"),
            "file": attrs.get("file"),
            "source": attrs.get("source"),
            "url": attrs.get("url"),
        }
    return out


def _network_nodes(G: nx.MultiDiGraph, sentences: _Sentences) -> list[dict[str, Any]]:
    """The network's nodes with everything the details panel shows, sorted by id."""
    nodes = []
    for node in sorted(G.nodes, key=str):
        kind = _kind(G, node)
        if kind not in NETWORK_KINDS:
            continue
        attrs = G.nodes[node]
        entry: dict[str, Any] = {
            "id": str(node),
            "kind": kind,
            "label": _label(G, node),
            "aliases": _strings(attrs.get("aliases")),
            "articles": _strings(attrs.get("articles")),
            "evidence": _evidence_views(attrs.get("evidence"), sentences),
            "evidence_total": len(attrs.get("evidence") or []),
            "comments_only": bool(attrs.get("from_comments_only")),
        }
        if kind == "person":
            entry["roles"] = _strings(attrs.get("roles"))
            entry["minister"] = bool(attrs.get("minister"))
        if kind == "funding":
            entry["funding"] = {
                "text": attrs.get("text"),
                "amount_gbp": _number(attrs.get("amount_gbp")),
                "period": attrs.get("period"),
                "purpose": attrs.get("purpose"),
            }
        nodes.append(entry)
    return nodes


def _network_edges(
    G: nx.MultiDiGraph, facts: list[dict[str, Any]], network: set[str]
) -> list[dict[str, Any]]:
    """One drawn edge per (source, target, kind) between network nodes, listing its facts.

    A ``located_in`` fact leaves an announcement, which is not drawn, so it is drawn from
    what the announcement was about (or its actor) to the place, marked ``via``.
    """
    grouped: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    via: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for index, fact in enumerate(facts):
        source, target, kind = fact["source"], fact["target"], fact["kind"]
        if kind == "located_in" and source not in network and source in G:
            announcement = G.nodes[source]
            about, actor = announcement.get("about"), announcement.get("actor")
            origin = about if about in network else actor if actor in network else None
            if origin is None or target not in network:
                continue
            key = (str(origin), target, kind)
            via[key].add(source)
        elif source in network and target in network:
            key = (source, target, kind)
        else:
            continue
        grouped[key].append(index)
    pair_count: dict[frozenset[str], int] = defaultdict(int)
    edges = []
    for number, key in enumerate(sorted(grouped)):
        source, target, kind = key
        pair = frozenset((source, target))
        edges.append(
            {
                "id": f"e{number}",
                "from": source,
                "to": target,
                "kind": kind,
                "facts": grouped[key],
                "via": sorted(via[key]),
                "lane": pair_count[pair],
            }
        )
        pair_count[pair] += 1
    for edge in edges:
        edge["lanes"] = pair_count[frozenset((str(edge["from"]), str(edge["to"])))]
    return edges


def _timeline(
    G: nx.MultiDiGraph,
    articles: Mapping[str, dict[str, Any]],
    network: set[str],
    sentences: _Sentences,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Announcements and articles, dated ones in date order and undated ones apart.

    Each item lists the network nodes it concerns: an announcement's actor, subject and
    place (by attribute or by edge), an article's mentioned nodes.
    """
    mentioned: dict[str, set[str]] = defaultdict(set)
    for node in network:
        for article in _strings(G.nodes[node].get("articles")):
            mentioned[article].add(node)
    items = []
    for node in sorted(G.nodes, key=str):
        kind = _kind(G, node)
        if kind not in TIMELINE_KINDS:
            continue
        attrs = G.nodes[node]
        ident = str(node)
        if kind == "article":
            info = articles[ident]
            item = {
                "id": ident,
                "kind": kind,
                "label": info["headline"],
                "date": info["date"],
                "confidence": info["confidence"],
                "date_text": None,
                "articles": [ident],
                "nodes": sorted(mentioned[ident]),
                "evidence": [],
                "comments_only": False,
            }
        else:
            related = {str(attrs.get(name)) for name in ("actor", "about", "place")}
            related.update(str(n) for n in G.predecessors(node))
            related.update(str(n) for n in G.successors(node))
            item = {
                "id": ident,
                "kind": kind,
                "label": _label(G, node),
                "date": _date_view(attrs.get("date"), f"node {node!r}"),
                "confidence": attrs.get("date_confidence"),
                "date_text": attrs.get("date_text"),
                "articles": _strings(attrs.get("articles")),
                "nodes": sorted(related & network),
                "evidence": _evidence_views(attrs.get("evidence"), sentences),
                "comments_only": bool(attrs.get("from_comments_only")),
                "actor": _present(G, attrs.get("actor")),
                "about": _present(G, attrs.get("about")),
                "place": _present(G, attrs.get("place")),
            }
        items.append(item)
    dated = [item for item in items if item["date"] is not None]
    dated.sort(key=lambda item: (*_date_order(item["date"]), item["kind"], item["id"]))
    undated = [item for item in items if item["date"] is None]
    undated.sort(key=lambda item: (item["kind"], item["label"].casefold(), item["id"]))
    return dated, undated


def _present(G: nx.MultiDiGraph, node: Any) -> str | None:
    return str(node) if node is not None and node in G else None


def _traces(facts: list[dict[str, Any]], policies: Iterable[str]) -> dict[str, list[int]]:
    """For each policy, the indices of the facts touching it, in date order (undated last)."""
    wanted = set(policies)
    traces: dict[str, list[int]] = {policy: [] for policy in wanted}
    for index, fact in enumerate(facts):  # one pass: linear in the number of facts
        for end in {fact["source"], fact["target"]} & wanted:
            traces[end].append(index)
    for steps in traces.values():
        steps.sort(key=lambda index: (*_date_order(facts[index]["when"]), index))
    return {policy: traces[policy] for policy in policies}


def _mark_minor(nodes: list[dict[str, Any]], hidden_kinds: set[str]) -> None:
    """Mark all but the :data:`DRAWN_LIMIT` best-attested nodes ``minor`` (not drawn at first).

    Nodes of kinds hidden at the start are not counted against the limit; the rest are
    ranked by the number of articles, then of pieces of evidence, that mention them.
    """
    ranked = sorted(
        (node for node in nodes if node["kind"] not in hidden_kinds),
        key=lambda node: (-len(node["articles"]), -node["evidence_total"], node["id"]),
    )
    drawn = {node["id"] for node in ranked[:DRAWN_LIMIT]}
    for node in nodes:
        node["minor"] = node["kind"] not in hidden_kinds and node["id"] not in drawn


def viewer_data(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Everything the viewer shows, as plain JSON-ready data in a deterministic order.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A policygraph graph (see the contract in the README).

    Returns
    -------
    dict
        ``nodes`` (network nodes, each ``minor`` or not: see :data:`DRAWN_LIMIT`),
        ``edges`` (drawn edges, each listing its ``facts``), ``facts`` (every edge of ``G``
        but ``mentioned_in``), ``articles``, ``timeline`` (``dated`` in date order and
        ``undated``), ``trace`` (policy id to fact indices in date order), ``labels``
        (every node's label), ``policies`` (ids sorted by label), ``styles`` (the legend,
        in order), ``large``, ``hidden_kinds`` and ``sentences`` (the evidence sentences
        that evidence views index).

    Raises
    ------
    GraphFileError
        When a node or edge has an unknown kind or a date that is not ISO.
    """
    sentences = _Sentences()
    articles = _articles(G)
    nodes = _network_nodes(G, sentences)
    network = {node["id"] for node in nodes}
    facts = _facts(G, articles, sentences)
    edges = _network_edges(G, facts, network)
    dated, undated = _timeline(G, articles, network, sentences)
    policies = sorted(
        (node["id"] for node in nodes if node["kind"] == "policy"),
        key=lambda ident: (_label(G, ident).casefold(), ident),
    )
    large = len(nodes) > LARGE_GRAPH_NODES
    _mark_minor(nodes, set(LARGE_GRAPH_HIDDEN_KINDS) if large else set())
    edge_kinds = sorted({edge["kind"] for edge in edges}, key=list(EDGE_COLOURS).index)
    return {
        "name": str(G.graph.get("name") or ""),
        "nodes": nodes,
        "edges": edges,
        "facts": facts,
        "articles": articles,
        "article_order": sorted(
            articles, key=lambda a: (*_date_order(articles[a]["date"]), articles[a]["headline"], a)
        ),
        "timeline": {"dated": dated, "undated": undated},
        "trace": _traces(facts, policies),
        "labels": {str(node): _label(G, node) for node in sorted(G.nodes, key=str)},
        "policies": policies,
        "styles": {
            "nodes": [{"kind": kind, **NODE_STYLES[kind]} for kind in NETWORK_KINDS],
            "edges": [{"kind": kind, "colour": EDGE_COLOURS[kind]} for kind in edge_kinds],
        },
        "large": large,
        "hidden_kinds": list(LARGE_GRAPH_HIDDEN_KINDS) if large else [],
        "sentences": sentences.texts(),
    }


def _json_for_script(data: Any) -> str:
    """JSON that cannot end or confuse the ``<script>`` element it is embedded in."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return _JSON_UNSAFE.sub(lambda match: _JSON_ESCAPES[match.group()], text)


@functools.cache
def _viewer_file(name: str) -> str:
    """A file of ``data/viewer`` with line ends as an HTML parser will see them.

    The parser turns CR LF and CR into LF before a script's hash is checked, so the text is
    normalised here, or the hash in the page's policy would not match.
    """
    if name == VIS_NETWORK:  # the vis-network build that pyvis ships with its package
        root = resources.files("pyvis").joinpath("lib", VIS_NETWORK_VERSION)
    else:
        root = resources.files("policygraph").joinpath("data", "viewer")
    text = root.joinpath(name).read_text("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _inline(text: str, what: str) -> str:
    """Check that ``text`` can be inlined in a raw-text element unchanged."""
    match = _RAW_TEXT_HAZARD.search(text)
    if match:
        raise ValueError(f"{what} contains {match.group()!r}, which would end its element early")
    return text


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_html(G: nx.MultiDiGraph, *, title: str = "policygraph") -> str:
    """The viewer page for ``G``: one self-contained HTML document.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A policygraph graph.
    title : str
        The page's title, shown in its header (escaped).

    Returns
    -------
    str
        The page. The same graph and title always give the same text.

    Raises
    ------
    GraphFileError
        When the graph does not follow the contract (see :func:`viewer_data`).
    """
    scripts = {
        "VIS": _inline(_viewer_file("vis-network.min.js"), "vis-network.min.js"),
        "VIEWER": _inline(_viewer_file("viewer.js"), "viewer.js"),
    }
    style = _inline(_viewer_file("viewer.css"), "viewer.css")
    policy = "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(_csp_hash(scripts[name]) for name in sorted(scripts)),
            "style-src " + _csp_hash(style),
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    parts = {
        **scripts,
        "STYLE": style,
        "DATA": _json_for_script(viewer_data(G)),
        "TITLE": html.escape(title),
        "CSP": html.escape(policy),
    }
    return _PLACEHOLDER.sub(lambda match: parts[match.group(1)], _viewer_file("template.html"))


def write_html(
    G: nx.MultiDiGraph,
    dest: str | Path | IO[str] | IO[bytes],
    *,
    title: str = "policygraph",
) -> None:
    """Write the viewer page for ``G`` (see :func:`render_html`) to a path or a stream.

    A path or a binary stream gets UTF-8 bytes; a text stream gets text.
    """
    page = render_html(G, title=title)
    if isinstance(dest, (str, Path)):
        Path(dest).write_bytes(page.encode("utf-8"))
    elif isinstance(dest, io.TextIOBase):
        dest.write(page)
    else:
        dest.write(page.encode("utf-8"))  # type: ignore[arg-type]
