"""Build the networkx graph from resolved extractions, and read/write ``graph.json``.

The graph's shape is the contract documented in the README ("The contract of
graph/graph.json"): typed nodes with aliases, articles and evidence; typed edges each with
the article, section and evidence they come from.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from . import __version__
from .dating import apply_inferred_dates, infer_article_dates
from .errors import GraphFileError
from .extractors.entities import clean_name
from .lexicon import Lexicon
from .model import ArticleExtraction, Evidence, Mention, Relation
from .resolve import article_node, body_name, body_node, resolve_mentions

__all__ = ["build_graph", "evidence_dict", "graph_to_json", "read_graph"]

_DATE_CONFIDENCE_STATED = "stated"


def evidence_dict(ev: Evidence, text: str) -> dict[str, Any]:
    """The contract's evidence object for ``ev`` in an article whose text is ``text``."""
    return {
        "article": article_node(ev.article),
        "start": ev.start,
        "end": ev.end,
        "text": ev.text,
        "sentence_start": ev.sentence_start,
        "sentence_end": ev.sentence_end,
        "sentence": text[ev.sentence_start : ev.sentence_end],
        "section": ev.section,
        "comment": ev.comment,
    }


def _alias(m: Mention) -> str | None:
    if m.kind == "announcement" or m.attrs.get("anaphor") or m.attrs.get("reader"):
        return None
    return clean_name(m.text) or None


def build_graph(
    extractions: Sequence[ArticleExtraction], lexicon: Lexicon, *, pipeline: str = ""
) -> nx.MultiDiGraph:
    """Resolve the mentions of all articles and build one ``MultiDiGraph``."""
    res = resolve_mentions(extractions, lexicon)
    G = nx.MultiDiGraph(
        name="policygraph", version=__version__, pipeline=pipeline, articles=len(extractions)
    )
    government = {b.name for b in lexicon.bodies if b.government}
    media = {b.name for b in lexicon.bodies if b.media}
    nodes: dict[str, dict[str, Any]] = {}

    for a, x in enumerate(extractions):
        art = x.article
        aid = article_node(art.id)
        nodes[aid] = {
            "kind": "article",
            "label": art.headline_text or art.id,
            "headline": art.headline_text,
            "file": art.path,
            "source": art.source,
            "url": art.url,
            "date": art.date.iso() if art.date else None,
            "date_confidence": _DATE_CONFIDENCE_STATED if art.date else None,
            "date_evidence": art.date_evidence,
            "articles": [aid],
        }
        ann_n = 0
        for i, m in enumerate(x.mentions):
            if m.kind == "announcement":
                ann_n += 1
                res.ids[a][i] = f"announcement:{art.id}:{ann_n}"
            node = res.ids[a][i]
            if node is None:
                continue
            data = nodes.setdefault(
                node,
                {
                    "kind": m.kind,
                    "aliases": set(),
                    "articles": set(),
                    "evidence": [],
                    "sections": set(),
                },
            )
            alias = _alias(m)
            if alias:
                data["aliases"].add(alias)
            data["articles"].add(aid)
            data["sections"].add(m.evidence.section)
            data["evidence"].append(evidence_dict(m.evidence, art.text))
            _merge_attributes(data, m, node, res.policy_labels, government, media)

    for node, data in nodes.items():
        G.add_node(node, **_finish(node, data))

    for a, x in enumerate(extractions):
        art = x.article
        aid = article_node(art.id)
        for rel in x.relations:
            _add_edge(G, rel, res.ids[a], x, aid)
        # mentioned_in and holds_role, once per entity and article; a role's body only
        # when the article names it
        seen: set[str] = set()
        named = {n for n in res.ids[a] if n is not None and n.startswith("body:")}
        # a role's body is what its words resolved to in this article ("chief executive of
        # the ICB" is the article's one ICB)
        body_of: dict[str, str] = {}
        for mm, n in zip(x.mentions, res.ids[a], strict=True):
            if mm.kind == "body" and mm.name and n is not None:
                body_of.setdefault(mm.name, n)
                body_of[mm.evidence.text] = n
        for i, m in enumerate(x.mentions):
            node = res.ids[a][i]
            if node is None or m.kind == "announcement":
                continue
            if node not in seen:
                seen.add(node)
                G.add_edge(
                    node,
                    aid,
                    key=f"mentioned_in:{aid}",
                    kind="mentioned_in",
                    article=aid,
                    section=m.evidence.section,
                    evidence=evidence_dict(m.evidence, art.text),
                    date=art.date.iso() if art.date else None,
                    date_text=None,
                )
            if (
                m.kind == "person"
                and m.role
                and m.role_body
                and (m.attrs.get("explicit_body") or _role_body(m, body_of) in named)
            ):
                body = _role_body(m, body_of)
                if body not in G:
                    G.add_node(
                        body,
                        **_finish(
                            body,
                            {
                                "kind": "body",
                                "label": body_name(m.role_body),
                                "aliases": {m.role_body},
                                "articles": {aid},
                                "evidence": [evidence_dict(m.evidence, art.text)],
                                "sections": {m.evidence.section},
                                "government": m.role_body in government,
                                "media": m.role_body in media,
                            },
                        ),
                    )
                key = f"holds_role:{aid}:{m.role}"
                if not G.has_edge(node, body, key):
                    G.add_edge(
                        node,
                        body,
                        key=key,
                        kind="holds_role",
                        role=m.role,
                        article=aid,
                        section=m.evidence.section,
                        evidence=evidence_dict(m.evidence, art.text),
                        date=art.date.iso() if art.date else None,
                        date_text=None,
                    )
    # articles with no stated date get one inferred from the rest of the corpus
    if any(x.article.date is None for x in extractions):
        texts = {article_node(x.article.id): x.article.text for x in extractions}
        apply_inferred_dates(G, infer_article_dates(G, texts))
    return G


def _role_body(m: Mention, body_of: dict[str, str]) -> str:
    """The node of a person's role body: what the words naming it ("the ICB") resolved to
    in the article, else the body of that name."""
    words = m.attrs.get("role_body_text")
    if isinstance(words, str) and words in body_of:
        return body_of[words]
    name = m.role_body or ""
    return body_of.get(name, body_node(name))


def _merge_attributes(
    data: dict[str, Any],
    m: Mention,
    node: str,
    policy_labels: dict[str, str],
    government: set[str],
    media: set[str],
) -> None:
    """Fold one mention's facts into its node's attributes."""
    if m.kind == "person":
        data.setdefault("roles", set())
        data.setdefault("minister", False)
        data.setdefault("names", [])
        if m.role:
            data["roles"].add(m.role)
        data["minister"] = data["minister"] or m.minister
        if m.name:  # "Professor Lane": a surname with its title, never a full name
            short = m.title and len(m.name.split()) == 1
            data["names"].append((f"{m.title} {m.name}", False) if short else (m.name, True))
        if m.attrs.get("reader"):
            data["reader"] = True
    elif m.kind == "body":
        # a body's own name labels it, not a mention resolved to it ("the government",
        # which is the Scottish Government in a story about Scotland)
        if body_node(m.name or "") == node or "label" not in data:
            data["label"] = body_name(m.name or "")
        data["government"] = m.name in government
        data["media"] = data.get("media") or m.name in media or bool(m.attrs.get("media"))
    elif m.kind == "policy":
        data["label"] = policy_labels.get(node, m.name)
        for other in ("acronym", "written"):
            if isinstance(m.attrs.get(other), str):
                data["aliases"].add(m.attrs[other])
    elif m.kind == "place":
        data["label"] = m.name
    elif m.kind == "funding":
        if "amount_gbp" not in data:
            data.update(
                label=m.text,
                text=m.text,
                amount_gbp=m.amount_gbp,
                currency=m.attrs.get("currency"),
                amount=m.attrs.get("amount"),
                period=m.period,
                purpose=m.purpose,
            )
        data["period"] = data.get("period") or m.period
        data["purpose"] = data.get("purpose") or m.purpose
    elif m.kind == "announcement":
        data.update(
            label=m.text,
            date=None,
            date_text=m.attrs.get("date_text"),
            date_confidence=None,
            actor=None,
            about=None,
            place=None,
        )


def _finish(node: str, data: dict[str, Any]) -> dict[str, Any]:
    """Turn sets into sorted lists and settle labels, so output is deterministic."""
    out = dict(data)
    for key in ("aliases", "articles", "roles"):
        if key in out:
            out[key] = sorted(out[key])
    if "evidence" in out:
        out["evidence"] = sorted(
            out["evidence"], key=lambda e: (e["article"], e["start"], e["end"])
        )
    sections = out.pop("sections", None)
    if sections is not None:
        out["from_comments_only"] = sections == {"comment"}
    if out["kind"] == "person":
        names = out.pop("names", [])
        full = [n for n, whole in names if whole and len(n.split()) > 1]
        out["label"] = (
            max(sorted(set(full)), key=len)
            if full
            else (
                names[0][0]
                if names
                else out["aliases"][0]
                if out["aliases"]
                else node.split(":", 1)[1]
            )
        )
        out.setdefault("reader", False)
    return out


def _add_edge(
    G: nx.MultiDiGraph, rel: Relation, ids: list[str | None], x: ArticleExtraction, aid: str
) -> None:
    src = ids[rel.source]
    tgt = aid if rel.target == -1 else ids[rel.target]
    if src is None or tgt is None or src == tgt:
        return
    ev = evidence_dict(rel.evidence, x.article.text)
    date = rel.date.iso() if rel.date else None
    if (
        date is None
        and rel.kind in ("announced", "proposed", "expanded", "made", "about", "located_in")
        and x.article.date
        and rel.date_text is None
    ):
        date = x.article.date.iso()
    key = f"{rel.kind}:{aid}:{ev['sentence_start']}"
    if G.has_edge(src, tgt, key):
        return
    G.add_edge(
        src,
        tgt,
        key=key,
        kind=rel.kind,
        article=aid,
        section=rel.evidence.section,
        evidence=ev,
        date=date,
        date_text=rel.date_text,
        **{k: v for k, v in sorted(rel.attrs.items())},
    )
    # announcements carry who, what, when and where as attributes too
    if rel.kind == "made" and G.nodes[tgt].get("kind") == "announcement":
        G.nodes[tgt].update(
            actor=src, date=date, date_text=rel.date_text, date_confidence=_confidence(rel, x)
        )
    elif rel.kind == "about" and G.nodes[src].get("kind") == "announcement":
        G.nodes[src]["about"] = tgt
    elif rel.kind == "located_in" and G.nodes[src].get("kind") == "announcement":
        G.nodes[src]["place"] = tgt


def _confidence(rel: Relation, x: ArticleExtraction) -> str | None:
    if rel.date is not None:
        return "stated" if rel.date_text and any(c.isdigit() for c in rel.date_text) else "resolved"
    if x.article.date is not None and rel.date_text is None:
        return "article"
    return None


def graph_to_json(G: nx.MultiDiGraph) -> str:
    """``G`` as node-link JSON with sorted keys and nodes, byte-stable across runs."""
    data = nx.node_link_data(G, edges="edges")
    data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
    data["edges"] = sorted(data["edges"], key=lambda e: (e["source"], e["target"], e["key"]))
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a ``graph.json`` written by policygraph; raise :class:`GraphFileError` if not."""
    path = Path(path)
    try:
        data = json.loads(path.read_text("utf-8"))
        G = nx.node_link_graph(data, edges="edges", directed=True, multigraph=True)
    except FileNotFoundError as exc:
        raise GraphFileError(str(path), "does not exist", "run 'policygraph build' first") from exc
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise GraphFileError(
            str(path), "is not a policygraph graph.json", "rebuild it with 'policygraph build'"
        ) from exc
    if not isinstance(G, nx.MultiDiGraph) or G.graph.get("name") != "policygraph":
        raise GraphFileError(str(path), "is not a policygraph graph.json", "rebuild it")
    return G
