"""Trace how one policy evolved across articles: who did what to it, when, and where it says so.

:func:`find_policy` finds a policy node from a name a user types; :func:`trace_policy`
collects every fact about that policy in a built graph (announcements, proposals,
expansions, criticism, support, money, and its links to other policies) as
:class:`TraceStep` objects in date order; :func:`format_trace` renders them as text,
Markdown or JSON. ``policygraph trace QUERY`` is a thin wrapper over the three.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("policy:healthy-towns", kind="policy", label="Healthy Towns Programme",
...            aliases=["Healthy Towns Programme", "HTP"])
>>> find_policy(G, "htp")
'policy:healthy-towns'
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from .errors import QueryError

__all__ = [
    "STEP_KINDS",
    "LINK_KINDS",
    "TraceStep",
    "Trace",
    "find_policy",
    "trace_policy",
    "date_key",
    "format_trace",
]

#: Edge kinds that make a step of a policy's trace, with the policy as their target.
STEP_KINDS = ("announced", "proposed", "expanded", "criticised", "supported", "funds")
#: Edge kinds between two policies.
LINK_KINDS = ("part_of", "delivered_via", "related_to", "funds")

#: Fuzzy matching: least similarity (difflib ratio) for a name to count as a match, and
#: how close to the best a second policy must come for the query to be ambiguous.
FUZZY_CUTOFF = 0.6
FUZZY_MARGIN = 0.08

_LINK_PHRASES = {
    # kind: (phrase when the traced policy is the source, phrase when it is the target)
    "part_of": ("part of", "includes"),
    "delivered_via": ("delivered via", "delivers"),
    "related_to": ("named with", "named with"),
    "funds": ("funds", "funded by"),
}


@dataclass(frozen=True)
class TraceStep:
    """One fact about a policy, from one sentence of one article.

    Attributes
    ----------
    date : str or None
        ISO date (possibly partial) of the fact: the edge's own date when the sentence
        dates it ("last month"), else the article's date; None when neither is known.
    date_confidence : str or None
        ``stated``, ``resolved`` or ``inferred`` (see the graph contract).
    article, headline : str
        The article node id and its headline.
    actor, actor_label : str or None
        Who acted (a person or body node); None for links between policies.
    action : str
        The edge kind: ``announced``, ``proposed``, ``expanded``, ``criticised``,
        ``supported``, ``funds`` (money or a fund pays for the policy), ``part_of``,
        ``delivered_via``, ``related_to``, or ``mentioned`` for an article that only names
        the policy.
    detail : str or None
        What the action is about beyond the policy: the amount of money for ``funds``, or
        "part of Five Year Forward View" for a link.
    evidence : str
        The sentence the fact comes from, white space collapsed.
    related : tuple of (id, label)
        Other policies linked to this one (``part_of``, ``delivered_via``,
        ``related_to``, ``funds``) in the same article.
    section : str
        ``headline``, ``body`` or ``comment``.
    comment : int or None
        The index of the reader's comment, for ``section == "comment"``.
    offset : int
        Start of the sentence in the article's text.
    """

    date: str | None
    date_confidence: str | None
    article: str
    headline: str
    actor: str | None
    actor_label: str | None
    action: str
    detail: str | None
    evidence: str
    related: tuple[tuple[str, str], ...]
    section: str
    comment: int | None
    offset: int

    @property
    def from_comment(self) -> bool:
        """True when the step comes from a reader's comment."""
        return self.section == "comment"


@dataclass(frozen=True)
class Trace:
    """A policy and the steps of its history, in date order."""

    policy: str
    label: str
    aliases: tuple[str, ...]
    steps: tuple[TraceStep, ...]


# -- finding a policy ----------------------------------------------------------------------


def _norm(text: str) -> str:
    """Lower case, quotes dropped, hyphens and runs of white space made one space."""
    text = re.sub(r"['‘’\"“”]", "", text.casefold())
    return " ".join(re.sub(r"[-_–]", " ", text).split())


def _policy_names(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Every policy node with its names: label, aliases and the slug of its id."""
    out: dict[str, list[str]] = {}
    for node, data in sorted(G.nodes(data=True)):
        if data.get("kind") != "policy":
            continue
        names = [str(data.get("label") or ""), *map(str, data.get("aliases") or [])]
        names.append(node.split(":", 1)[-1])
        out[node] = sorted({n for n in names if n.strip()})
    return out


def _listing(G: nx.MultiDiGraph, nodes: Iterable[str]) -> str:
    return ", ".join(f"{G.nodes[n].get('label', n)} ({n})" for n in nodes)


def find_policy(G: nx.MultiDiGraph, query: str) -> str:
    """The id of the policy node a user means by ``query``.

    The query is matched, case-insensitively and ignoring quotes and hyphens, against
    each policy's label, aliases and id: an exact name first, then names holding the query
    (or held in it), then the closest names by :class:`difflib.SequenceMatcher` ratio.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A policygraph graph.
    query : str
        A policy's name, alias, id or part of one, e.g. ``"one-stop"``.

    Returns
    -------
    str
        The policy's node id.

    Raises
    ------
    QueryError
        When several policies match equally well (the message lists them), or none does
        (the message names the closest).
    """
    where = f"policy {query!r}"
    names = _policy_names(G)
    if not names:
        raise QueryError(
            where, "the graph has no policies", "build it from articles naming policies"
        )
    q = _norm(query)
    if not q:
        raise QueryError(where, "is empty", "give a policy's name or part of it")
    if q.startswith("policy:"):
        q = q.split(":", 1)[1].strip()
    normed = {node: {_norm(n) for n in ns} for node, ns in names.items()}
    for test in (
        lambda n: n == q,
        lambda n: q in n,
        lambda n: len(n) > 3 and re.search(rf"\b{re.escape(n)}\b", q) is not None,
    ):
        hits = sorted(node for node, ns in normed.items() if any(test(n) for n in ns))
        if len(hits) == 1:
            return hits[0]
        if hits:
            raise QueryError(
                where, f"matches {len(hits)} policies: {_listing(G, hits)}", "give more of the name"
            )
    scores = {
        node: max(difflib.SequenceMatcher(None, q, n).ratio() for n in ns)
        for node, ns in normed.items()
    }
    ranked = sorted(scores, key=lambda node: (-scores[node], node))
    best = scores[ranked[0]]
    if best >= FUZZY_CUTOFF:
        close = [node for node in ranked if scores[node] >= best - FUZZY_MARGIN]
        if len(close) == 1:
            return close[0]
        raise QueryError(
            where,
            f"is close to {len(close)} policies: {_listing(G, close)}",
            "give more of the name",
        )
    raise QueryError(
        where,
        "matches no policy",
        f"the closest are {_listing(G, ranked[:3])}; list them all with "
        "'policygraph query graph/policy-graph.ttl policies'",
    )


# -- the trace -----------------------------------------------------------------------------


def date_key(date: str | None) -> tuple[int, int, int, int]:
    """A sort key for an ISO date, possibly partial; undated sorts last.

    A partial date sorts before the fuller dates inside it: ``2016`` < ``2016-10`` <
    ``2016-10-12``.

    Examples
    --------
    >>> sorted(["2016-10", None, "2016", "2015-12-31"], key=date_key)
    ['2015-12-31', '2016', '2016-10', None]
    """
    if not date:
        return (1, 0, 0, 0)
    parts = [int(p) for p in str(date).split("-")[:3]]
    parts += [0] * (3 - len(parts))
    return (0, parts[0], parts[1], parts[2])


def _label(G: nx.MultiDiGraph, node: str | None) -> str | None:
    if node is None or node not in G:
        return None
    return str(G.nodes[node].get("label") or node)


def _sentence(ev: Mapping[str, Any]) -> str:
    return " ".join(str(ev.get("sentence") or ev.get("text") or "").split())


def _when(G: nx.MultiDiGraph, edge: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """Date and confidence of a fact: its own when the sentence dates it, else its article's."""
    article = G.nodes[edge["article"]] if edge.get("article") in G else {}
    art_date, art_conf = article.get("date"), article.get("date_confidence")
    date, text = edge.get("date"), edge.get("date_text")
    if date and text:
        if art_conf == "inferred":
            return date, "inferred"
        return date, "stated" if any(c.isdigit() for c in text) else "resolved"
    if date and date == art_date:
        return date, art_conf
    if date:
        return date, "stated"
    return art_date, art_conf if art_date else None


def _providers(G: nx.MultiDiGraph, funding: str, article: str) -> list[str]:
    """Who provides an amount of money, as said in ``article``."""
    return sorted(
        u
        for u, _, d in G.in_edges(funding, data=True)
        if d.get("kind") == "provides" and d.get("article") == article
    )


def trace_policy(G: nx.MultiDiGraph, query: str) -> Trace:
    """Every fact about the policy ``query`` names, in date order.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A policygraph graph (see the graph contract in the README).
    query : str
        A policy's name or alias; see :func:`find_policy`.

    Returns
    -------
    Trace
        Steps sorted by date (partial dates before fuller ones in the same period,
        undated last), then article id, then position in the article. Each article that
        names the policy gives at least one step (``mentioned`` when it says nothing more).

    Raises
    ------
    QueryError
        When ``query`` names no policy or several.
    """
    node = find_policy(G, query)
    data = G.nodes[node]
    links: dict[str, set[str]] = {}  # article -> linked policies
    for u, v, d in [*G.out_edges(node, data=True), *G.in_edges(node, data=True)]:
        other = v if u == node else u
        if d.get("kind") in LINK_KINDS and G.nodes[other].get("kind") == "policy":
            links.setdefault(str(d.get("article")), set()).add(other)

    def related(article: str) -> tuple[tuple[str, str], ...]:
        return tuple((p, _label(G, p) or p) for p in sorted(links.get(article, ())))

    steps: list[TraceStep] = []

    def step(edge: Mapping[str, Any], actor: str | None, action: str, detail: str | None) -> None:
        ev = edge.get("evidence") or {}
        article = str(edge.get("article"))
        date, conf = _when(G, edge)
        steps.append(
            TraceStep(
                date=date,
                date_confidence=conf,
                article=article,
                headline=str(G.nodes[article].get("headline") or _label(G, article) or "")
                if article in G
                else "",
                actor=actor,
                actor_label=_label(G, actor),
                action=action,
                detail=detail,
                evidence=_sentence(ev),
                related=related(article),
                section=str(edge.get("section") or ev.get("section") or "body"),
                comment=ev.get("comment"),
                offset=int(ev.get("sentence_start") or 0),
            )
        )

    for u, _, d in G.in_edges(node, data=True):
        kind = d.get("kind")
        source_kind = G.nodes[u].get("kind")
        if kind in ("announced", "proposed", "expanded", "criticised", "supported"):
            step(d, u, kind, None)
        elif kind == "funds" and source_kind == "funding":
            providers: list[str | None] = [*_providers(G, u, str(d.get("article")))]
            for actor in providers or [None]:
                step(d, actor, "funds", _label(G, u))
    for u, v, d in [*G.out_edges(node, data=True), *G.in_edges(node, data=True)]:
        kind = d.get("kind")
        other = v if u == node else u
        if kind in LINK_KINDS and G.nodes[other].get("kind") == "policy":
            phrase = _LINK_PHRASES[kind][0 if u == node else 1]
            step(d, None, kind, f"{phrase} {_label(G, other)}")
    covered = {s.article for s in steps}
    for _, article, d in G.out_edges(node, data=True):
        if d.get("kind") == "mentioned_in" and article not in covered:
            step(d, None, "mentioned", None)
            covered.add(article)
    steps.sort(
        key=lambda s: (
            date_key(s.date),
            s.article,
            s.offset,
            s.action,
            s.actor or "",
            s.detail or "",
        )
    )
    return Trace(
        policy=node,
        label=str(data.get("label") or node),
        aliases=tuple(sorted(map(str, data.get("aliases") or []))),
        steps=tuple(steps),
    )


# -- output --------------------------------------------------------------------------------


def _who(s: TraceStep) -> str:
    if s.actor_label:
        return s.actor_label
    return "" if s.action in LINK_KINDS or s.action == "mentioned" else "someone"


def _headline_of(s: TraceStep) -> str:
    what = s.action.replace("_", " ")
    if s.action == "funds":
        what = f"funds it with {s.detail}" if s.detail else "funds it"
    elif s.detail:
        what = s.detail
    elif s.action == "mentioned":
        what = "names it"
    who = _who(s)
    return f"{who} {what}".strip()


def _when_text(s: TraceStep) -> str:
    if not s.date:
        return "undated"
    return f"{s.date} ({s.date_confidence})" if s.date_confidence else s.date


def format_trace(trace: Trace, fmt: str = "text") -> str:
    """Render a trace as ``text``, ``markdown`` or ``json``; the result ends with a newline.

    Raises
    ------
    QueryError
        For an unknown format.
    """
    if fmt == "json":
        return json.dumps(asdict(trace), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if fmt not in ("text", "markdown"):
        raise QueryError(f"format {fmt!r}", "is not a trace format", "use text, markdown or json")
    md = fmt == "markdown"
    lines = [f"# {trace.label}" if md else f"{trace.label} ({trace.policy})"]
    if md:
        lines += ["", f"`{trace.policy}`"]
    others = [a for a in trace.aliases if a != trace.label]
    if others:
        lines += ([""] if md else []) + [f"Also called: {', '.join(others)}"]
    lines += ["", f"{len(trace.steps)} steps in {len({s.article for s in trace.steps})} articles"]
    for s in trace.steps:
        comment = " [reader's comment]" if s.from_comment else ""
        rel = ", ".join(label for _, label in s.related)
        if md:
            lines += [
                "",
                f"## {_when_text(s)}: {_headline_of(s)}{comment}",
                "",
                f"*{s.headline}* (`{s.article}`)",
                "",
                f"> {s.evidence}",
            ]
            if rel:
                lines += ["", f"Related policies: {rel}"]
        else:
            lines += [
                "",
                f"{_when_text(s)}  {_headline_of(s)}{comment}",
                f"    in: {s.headline} ({s.article})",
                f"    \u201c{s.evidence}\u201d",
            ]
            if rel:
                lines.append(f"    related: {rel}")
    return "\n".join(lines) + "\n"
