"""Score a policy graph against hand-annotated gold, like ``spacy evaluate``.

The gold file (format in ``docs/gold-format.md``) lists, per article, the entities and the
relations a careful reader finds in the article's own reporting. :func:`evaluate` matches
the graph's entity nodes to those gold entities article by article and reports precision,
recall and F1 per node kind and per edge kind, plus two diagnostics of entity resolution:

* **splits** - gold entities matched by more than one node (one entity spread over several
  nodes);
* **merges** - nodes matching more than one gold entity (several entities fused into one).

Matching is by surface form: a node matches a gold entity of the same kind when one of its
``label``/``aliases`` equals the gold ``name`` or one of its ``aliases`` after
:func:`normalise_name`; a funding node also matches on an equal ``amount_gbp``. Counting is
one-to-one (a maximum bipartite matching per article and kind), so a split costs precision
and a merge costs recall, on top of being listed.

Examples
--------
>>> import networkx as nx
>>> gold = parse_gold({"articles": {"a1": {
...     "entities": [{"kind": "person", "name": "Jeremy Hunt", "aliases": ["Mr Hunt"]},
...                  {"kind": "policy", "name": "GP contract"}],
...     "relations": [{"kind": "criticised", "source": "Jeremy Hunt",
...                    "target": "GP contract"}]}}}, source="example")
>>> ev = [{"article": "article:a1", "section": "body"}]
>>> g = nx.MultiDiGraph()
>>> g.add_node("person:hunt", kind="person", label="Mr Hunt", aliases=[],
...            articles=["article:a1"], evidence=ev)
>>> g.add_node("policy:gp-contract", kind="policy", label="the GP contract", aliases=[],
...            articles=["article:a1"], evidence=ev)
>>> _ = g.add_edge("person:hunt", "policy:gp-contract", kind="criticised",
...                article="article:a1", section="body")
>>> scores = evaluate(g, gold)
>>> scores.nodes_overall.f1, scores.edges_overall.f1
(1.0, 1.0)
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import networkx as nx
import yaml

from policygraph.errors import GoldError

__all__ = [
    "ENTITY_KINDS",
    "RELATION_KINDS",
    "GoldEntity",
    "GoldRelation",
    "GoldArticle",
    "Gold",
    "Counts",
    "Split",
    "Merge",
    "Error",
    "Scores",
    "normalise_name",
    "load_gold",
    "parse_gold",
    "count_gold",
    "evaluate",
    "format_scores",
    "format_errors",
    "scores_to_dict",
]

#: Node kinds the gold annotates (articles and announcements are not scored).
ENTITY_KINDS: tuple[str, ...] = ("person", "body", "policy", "funding", "place")

#: Edge kinds the gold annotates.
RELATION_KINDS: tuple[str, ...] = (
    "announced",
    "proposed",
    "expanded",
    "criticised",
    "supported",
    "funds",
    "provides",
    "holds_role",
)

_ACTORS = frozenset({"person", "body"})
#: Allowed (source kinds, target kinds) of each relation kind, from the graph contract.
_ENDPOINTS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "announced": (_ACTORS, frozenset({"policy", "funding"})),
    "proposed": (_ACTORS, frozenset({"policy", "funding"})),
    "expanded": (_ACTORS, frozenset({"policy", "funding"})),
    "criticised": (_ACTORS, frozenset({"policy", "person", "body"})),
    "supported": (_ACTORS, frozenset({"policy", "person", "body"})),
    "funds": (frozenset({"funding"}), frozenset({"policy"})),
    "provides": (_ACTORS, frozenset({"funding"})),
    "holds_role": (frozenset({"person"}), frozenset({"body"})),
}

_ENTITY_KEYS = frozenset(
    {"kind", "name", "aliases", "roles", "minister", "amount_gbp", "period", "purpose"}
)
_RELATION_KEYS = frozenset({"kind", "source", "target"})
_ARTICLE_KEYS = frozenset({"entities", "relations", "comments"})
_COMMENTS_KEYS = frozenset({"entities", "relations"})
_FORMAT_HINT = "see docs/gold-format.md for the gold file format"

_QUOTES = "'\"`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033"
_DROP_QUOTES = str.maketrans("", "", _QUOTES)


# --------------------------------------------------------------------------- data classes


@dataclass(frozen=True)
class GoldEntity:
    """An entity of one article: its corpus-wide ``name`` and the forms seen in the article."""

    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    minister: bool = False
    amount_gbp: float | None = None
    period: str | None = None
    purpose: str | None = None

    def forms(self) -> frozenset[str]:
        """The normalised name and aliases, the strings a node's forms are compared with."""
        return frozenset(normalise_name(s) for s in (self.name, *self.aliases))


@dataclass(frozen=True, order=True)
class GoldRelation:
    """A relation of one article between two of its entities, named by ``name``."""

    kind: str
    source: str
    target: str


@dataclass(frozen=True)
class GoldArticle:
    """The annotations of one article: its reporting, and separately its readers' comments."""

    id: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]
    comment_entities: tuple[GoldEntity, ...] = ()
    comment_relations: tuple[GoldRelation, ...] = ()

    def scope(
        self, *, include_comments: bool = False
    ) -> tuple[dict[str, GoldEntity], tuple[GoldRelation, ...]]:
        """Entities by name and relations to score, with or without the readers' comments.

        An entity listed both in the reporting and in the comments becomes one entity whose
        aliases are the union of both lists.
        """
        entities = {e.name: e for e in self.entities}
        relations = list(self.relations)
        if include_comments:
            for e in self.comment_entities:
                if e.name in entities:
                    known = entities[e.name]
                    aliases = tuple(dict.fromkeys((*known.aliases, *e.aliases)))
                    entities[e.name] = replace(known, aliases=aliases)
                else:
                    entities[e.name] = e
            relations.extend(r for r in self.comment_relations if r not in relations)
        return entities, tuple(relations)


@dataclass(frozen=True)
class Gold:
    """A whole gold file: its articles, sorted by id."""

    source: str
    articles: tuple[GoldArticle, ...]


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with the derived scores.

    Scores are ``None`` when there is nothing to score (no gold and no prediction); a kind
    with gold but no prediction, or predictions but no gold, scores 0.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def empty(self) -> bool:
        return self.tp + self.fp + self.fn == 0

    @property
    def precision(self) -> float | None:
        if self.empty:
            return None
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float | None:
        if self.empty:
            return None
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Split:
    """A gold entity matched by more than one node."""

    name: str
    kind: str
    nodes: tuple[str, ...]


@dataclass(frozen=True)
class Merge:
    """A node matching more than one gold entity."""

    node: str
    kind: str
    names: tuple[str, ...]


@dataclass(frozen=True, order=True)
class Error:
    """One prediction no gold item matches (``spurious``), or one gold item no prediction
    matches (``missed``), for error analysis."""

    article: str
    what: str  # "node" or "edge"
    kind: str
    error: str  # "missed" or "spurious"
    text: str  # the entity's name or label, or "source -> target"


@dataclass(frozen=True)
class Scores:
    """The result of :func:`evaluate`."""

    nodes: dict[str, Counts] = field(default_factory=dict)  # one entry per ENTITY_KINDS
    edges: dict[str, Counts] = field(default_factory=dict)  # one entry per RELATION_KINDS
    splits: tuple[Split, ...] = ()
    merges: tuple[Merge, ...] = ()
    articles: tuple[str, ...] = ()
    include_comments: bool = False
    errors: tuple[Error, ...] = ()

    @property
    def nodes_overall(self) -> Counts:
        """Micro-averaged node counts (summed over kinds)."""
        return sum(self.nodes.values(), Counts())

    @property
    def edges_overall(self) -> Counts:
        """Micro-averaged edge counts (summed over kinds)."""
        return sum(self.edges.values(), Counts())


# --------------------------------------------------------------------------- normalising


def normalise_name(text: str) -> str:
    """Fold a surface form for comparison: case, spacing, quotes and a leading "the".

    Quote characters (straight and curly, including apostrophes) are dropped rather than
    unified, so ``'one-stop' plan`` and ``one-stop plan`` compare equal.

    Examples
    --------
    >>> normalise_name("  The  ‘GP one-stop programme’ ")
    'gp one-stop programme'
    >>> normalise_name("Keogh’s review") == normalise_name("Keogh's review")
    True
    """
    folded = unicodedata.normalize("NFKC", text).translate(_DROP_QUOTES)
    folded = " ".join(folded.split()).casefold()
    return folded[4:] if folded.startswith("the ") else folded


# --------------------------------------------------------------------------- loading


class _Invalid(Exception):
    """A problem in the gold data, at a location, before the file name is known."""

    def __init__(self, where: str, problem: str, fix: str = _FORMAT_HINT) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem
        self.fix = fix


def load_gold(path: str | Path) -> Gold:
    """Read and check a gold file.

    Parameters
    ----------
    path
        A YAML file in the format of ``docs/gold-format.md``.

    Raises
    ------
    GoldError
        When the file cannot be read, is not YAML, or breaks the format: a missing or
        unknown key, an unknown kind, a relation naming an entity its article lacks, an
        endpoint of the wrong kind, an alias shared by two entities of one kind.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise GoldError(
            str(path), f"cannot read the gold file ({reason})", "check the path"
        ) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise GoldError(
            str(path), f"not valid YAML{where}: {problem}", "fix the YAML syntax"
        ) from None
    return parse_gold(data, source=str(path))


def parse_gold(data: object, *, source: str) -> Gold:
    """Check already-parsed gold data (what ``yaml.safe_load`` returns) and build a :class:`Gold`.

    ``source`` names the data in error messages, usually the file it came from.
    """
    try:
        return _parse_gold(data, source)
    except _Invalid as bad:
        raise GoldError(source, f"{bad.where}: {bad.problem}", bad.fix) from None


def _parse_gold(data: object, source: str) -> Gold:
    top = _mapping(data, "top level", required=("articles",), allowed=frozenset({"articles"}))
    articles_data = _mapping(top["articles"], "articles")
    if not articles_data:
        raise _Invalid("articles", "no articles")
    articles = []
    for key in articles_data:
        if not isinstance(key, str):
            raise _Invalid(f"articles.{key}", "article id is not a string", "quote the id")
        articles.append(_parse_article(key, articles_data[key]))
    articles.sort(key=lambda a: a.id)
    _check_kinds_agree(articles)
    return Gold(source=source, articles=tuple(articles))


def _mapping(
    value: object,
    where: str,
    *,
    required: Iterable[str] = (),
    allowed: frozenset[str] | None = None,
) -> dict[Any, Any]:
    if not isinstance(value, dict):
        raise _Invalid(where, f"expected a mapping, found {_type_name(value)}")
    for key in required:
        if key not in value:
            raise _Invalid(where, f"missing key '{key}'")
    if allowed is not None:
        unknown = sorted(str(k) for k in value if k not in allowed)
        if unknown:
            raise _Invalid(
                where,
                f"unknown key '{unknown[0]}'",
                f"use only {', '.join(sorted(allowed))}",
            )
    return value


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Invalid(where, f"expected a list, found {_type_name(value)}")
    return value


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _Invalid(where, f"expected a non-empty string, found {_type_name(value)}")
    return value


def _type_name(value: object) -> str:
    return "nothing" if value is None else type(value).__name__


def _parse_article(article_id: str, value: object) -> GoldArticle:
    where = f"articles.{article_id}"
    data = _mapping(value, where, required=("entities", "relations"), allowed=_ARTICLE_KEYS)
    entities = _parse_entities(data["entities"], f"{where}.entities")
    comment_entities: tuple[GoldEntity, ...] = ()
    comment_relations_data: list[Any] = []
    if data.get("comments") is not None:
        comments = _mapping(data["comments"], f"{where}.comments", allowed=_COMMENTS_KEYS)
        comment_entities = _parse_entities(
            comments.get("entities") or [], f"{where}.comments.entities"
        )
        comment_relations_data = _list(
            comments.get("relations") or [], f"{where}.comments.relations"
        )
    by_name = {e.name: e for e in entities}
    relations = _parse_relations(data["relations"], f"{where}.relations", by_name)
    with_comments = dict(by_name)
    for e in comment_entities:
        if e.name in by_name and by_name[e.name].kind != e.kind:
            raise _Invalid(
                f"{where}.comments.entities",
                f"'{e.name}' is a {e.kind} here but a {by_name[e.name].kind} in the article",
                "give one entity one kind",
            )
        with_comments.setdefault(e.name, e)
    comment_relations = _parse_relations(
        comment_relations_data, f"{where}.comments.relations", with_comments
    )
    article = GoldArticle(article_id, entities, relations, comment_entities, comment_relations)
    for include_comments in (False, True):
        _check_unambiguous(article.scope(include_comments=include_comments)[0], where)
    return article


def _parse_entities(value: object, where: str) -> tuple[GoldEntity, ...]:
    entities: list[GoldEntity] = []
    seen: set[str] = set()
    for i, item in enumerate(_list(value, where)):
        entity = _parse_entity(item, f"{where}[{i}]")
        if entity.name in seen:
            raise _Invalid(
                f"{where}[{i}]",
                f"entity '{entity.name}' is listed twice",
                "merge the two entries",
            )
        seen.add(entity.name)
        entities.append(entity)
    return tuple(entities)


def _parse_entity(value: object, where: str) -> GoldEntity:
    data = _mapping(value, where, required=("kind", "name"), allowed=_ENTITY_KEYS)
    kind = data["kind"]
    if kind not in ENTITY_KINDS:
        raise _Invalid(where, f"unknown kind {kind!r}", f"use one of {', '.join(ENTITY_KINDS)}")
    name = _text(data["name"], f"{where}.name").strip()
    aliases = tuple(
        _text(a, f"{where}.aliases[{j}]")
        for j, a in enumerate(_list(data.get("aliases") or [], f"{where}.aliases"))
    )
    if kind != "person" and ("roles" in data or "minister" in data):
        raise _Invalid(where, f"'roles' and 'minister' are for persons, not a {kind}")
    roles = tuple(
        _text(r, f"{where}.roles[{j}]")
        for j, r in enumerate(_list(data.get("roles") or [], f"{where}.roles"))
    )
    minister = data.get("minister", False)
    if not isinstance(minister, bool):
        raise _Invalid(f"{where}.minister", "expected true or false")
    amount = data.get("amount_gbp")
    if kind == "funding":
        if isinstance(amount, bool) or not isinstance(amount, int | float) or amount <= 0:
            raise _Invalid(
                f"{where}.amount_gbp",
                "a funding entity needs a positive amount_gbp",
                "give the amount in pounds, e.g. 1000000000 for £1bn",
            )
    elif amount is not None or "period" in data or "purpose" in data:
        raise _Invalid(where, f"'amount_gbp', 'period' and 'purpose' are for funding, not a {kind}")
    optional = {}
    for key in ("period", "purpose"):
        if data.get(key) is not None:
            optional[key] = _text(data[key], f"{where}.{key}")
    return GoldEntity(
        kind=kind,
        name=name,
        aliases=aliases,
        roles=roles,
        minister=minister,
        amount_gbp=float(amount) if amount is not None else None,
        period=optional.get("period"),
        purpose=optional.get("purpose"),
    )


def _parse_relations(
    value: object, where: str, entities: Mapping[str, GoldEntity]
) -> tuple[GoldRelation, ...]:
    relations: list[GoldRelation] = []
    for i, item in enumerate(_list(value, where)):
        here = f"{where}[{i}]"
        data = _mapping(item, here, required=("kind", "source", "target"), allowed=_RELATION_KEYS)
        kind = data["kind"]
        if kind not in RELATION_KINDS:
            raise _Invalid(
                here, f"unknown kind {kind!r}", f"use one of {', '.join(RELATION_KINDS)}"
            )
        ends = []
        for end, allowed in zip(("source", "target"), _ENDPOINTS[kind], strict=True):
            name = _text(data[end], f"{here}.{end}")
            if name not in entities:
                raise _Invalid(
                    f"{here}.{end}",
                    f"'{name}' is not an entity of this article",
                    "add it to the article's entities or fix the name",
                )
            if entities[name].kind not in allowed:
                raise _Invalid(
                    f"{here}.{end}",
                    f"a {kind} {end} must be a {' or '.join(sorted(allowed))}, "
                    f"but '{name}' is a {entities[name].kind}",
                )
            ends.append(name)
        relation = GoldRelation(kind, ends[0], ends[1])
        if relation in relations:
            raise _Invalid(here, "relation listed twice", "delete one of them")
        relations.append(relation)
    return tuple(relations)


def _check_unambiguous(entities: Mapping[str, GoldEntity], where: str) -> None:
    owner: dict[tuple[str, str], str] = {}
    for entity in entities.values():
        for key in sorted(entity.forms()):
            other = owner.setdefault((entity.kind, key), entity.name)
            if other != entity.name:
                raise _Invalid(
                    where,
                    f"the form '{key}' names both '{other}' and '{entity.name}'",
                    "keep a shared form on one entity only",
                )


def _check_kinds_agree(articles: Iterable[GoldArticle]) -> None:
    kinds: dict[str, tuple[str, str]] = {}
    for article in articles:
        for entity in (*article.entities, *article.comment_entities):
            kind, first = kinds.setdefault(entity.name, (entity.kind, article.id))
            if kind != entity.kind:
                raise _Invalid(
                    f"articles.{article.id}",
                    f"'{entity.name}' is a {entity.kind} here but a {kind} in {first}",
                    "a name is one entity across the corpus: give it one kind",
                )


def count_gold(gold: Gold, *, include_comments: bool = False) -> dict[str, dict[str, int]]:
    """Count the gold: entities and relations per kind (scored per article) and distinct names.

    Returns ``{"entities": {kind: n}, "relations": {kind: n}, "distinct_entities": {kind: n}}``
    where an entity found in three articles counts three times in ``entities`` (it is scored
    three times) and once in ``distinct_entities``.
    """
    entities = dict.fromkeys(ENTITY_KINDS, 0)
    relations = dict.fromkeys(RELATION_KINDS, 0)
    distinct: dict[str, set[str]] = {k: set() for k in ENTITY_KINDS}
    for article in gold.articles:
        scoped, rels = article.scope(include_comments=include_comments)
        for e in scoped.values():
            entities[e.kind] += 1
            distinct[e.kind].add(e.name)
        for r in rels:
            relations[r.kind] += 1
    return {
        "entities": entities,
        "relations": relations,
        "distinct_entities": {k: len(v) for k, v in distinct.items()},
    }


# --------------------------------------------------------------------------- scoring


def _article_id(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return value.removeprefix("article:")


def _node_forms(data: Mapping[str, Any]) -> frozenset[str]:
    forms = [data.get("label")]
    aliases = data.get("aliases") or []
    if isinstance(aliases, list | tuple):
        forms.extend(aliases)
    return frozenset(normalise_name(f) for f in forms if isinstance(f, str) and f.strip())


def _same_amount(a: object, b: float | None) -> bool:
    if b is None or isinstance(a, bool) or not isinstance(a, int | float):
        return False
    return math.isclose(float(a), b, rel_tol=1e-9)


def _matches(data: Mapping[str, Any], entities: Mapping[str, GoldEntity]) -> frozenset[str]:
    """Names of the gold entities a node matches (same kind, shared form or amount)."""
    kind = data.get("kind")
    forms = _node_forms(data)
    return frozenset(
        e.name
        for e in entities.values()
        if e.kind == kind
        and (
            not forms.isdisjoint(e.forms())
            or (kind == "funding" and _same_amount(data.get("amount_gbp"), e.amount_gbp))
        )
    )


def _counts_in(data: Mapping[str, Any], article: str, include_comments: bool) -> bool:
    """Whether an entity node is predicted for ``article``: listed there, with evidence."""
    if data.get("kind") not in ENTITY_KINDS:
        return False
    articles = data.get("articles") or []
    if article not in {_article_id(a) for a in articles}:
        return False
    return any(
        isinstance(ev, dict)
        and _article_id(ev.get("article")) == article
        and (include_comments or ev.get("section") != "comment")
        for ev in data.get("evidence") or []
    )


def _matching_size(pairs: Iterable[tuple[object, object]]) -> int:
    """Size of a maximum one-to-one matching between predictions and gold items."""
    bipartite = nx.Graph()
    left = set()
    for p, g in pairs:
        left.add(("p", p))
        bipartite.add_edge(("p", p), ("g", g))
    if not left:
        return 0
    matching = nx.bipartite.maximum_matching(bipartite, top_nodes=left)
    return len(matching) // 2


def evaluate(graph: nx.Graph, gold: Gold, *, include_comments: bool = False) -> Scores:
    """Score ``graph`` against ``gold``, article by article.

    Parameters
    ----------
    graph
        A policygraph graph (see the contract in README.md). Only the gold's articles are
        scored; nodes and edges of other articles are ignored.
    gold
        From :func:`load_gold`.
    include_comments
        Also score the readers' comments: gold ``comments`` annotations are added, nodes
        seen only in comments count, and edges with ``section == "comment"`` are kept.

    Returns
    -------
    Scores
        Per kind TP/FP/FN for nodes (kinds of :data:`ENTITY_KINDS`) and edges (kinds of
        :data:`RELATION_KINDS`), splits and merges.

    Notes
    -----
    For each article, the predicted nodes are the entity nodes whose ``articles`` include it
    and which have at least one evidence in it (outside readers' comments unless
    ``include_comments``). A predicted edge ``(kind, u, v, article)`` - duplicates counted
    once - is true when ``u`` and ``v`` match the source and target of a gold relation of
    that kind in that article. TP is the size of a maximum one-to-one matching, so of two
    nodes matching one entity only one is a true positive.
    """
    node_counts = {k: Counts() for k in ENTITY_KINDS}
    edge_counts = {k: Counts() for k in RELATION_KINDS}
    nodes_of_name: dict[str, set[str]] = defaultdict(set)
    names_of_node: dict[str, set[str]] = defaultdict(set)
    kind_of_name: dict[str, str] = {}
    kind_of_node: dict[str, str] = {}
    errors: list[Error] = []

    def label(node: object) -> str:
        return str(graph.nodes[node].get("label") or node)

    for article in gold.articles:
        entities, relations = article.scope(include_comments=include_comments)
        matched = {
            n: _matches(d, entities)
            for n, d in graph.nodes(data=True)
            if d.get("kind") in ENTITY_KINDS
        }
        predicted = sorted(
            (n for n, d in graph.nodes(data=True) if _counts_in(d, article.id, include_comments)),
            key=str,
        )
        for kind in ENTITY_KINDS:
            nodes = [n for n in predicted if graph.nodes[n].get("kind") == kind]
            gold_names = [e.name for e in entities.values() if e.kind == kind]
            tp = _matching_size((n, name) for n in nodes for name in matched[n])
            node_counts[kind] += Counts(tp, len(nodes) - tp, len(gold_names) - tp)
            found = {name for n in nodes for name in matched[n]}
            errors += [
                Error(article.id, "node", kind, "missed", g) for g in gold_names if g not in found
            ]
            errors += [
                Error(article.id, "node", kind, "spurious", label(n))
                for n in nodes
                if not matched[n]
            ]
        for n in predicted:
            for name in matched[n]:
                nodes_of_name[name].add(str(n))
                names_of_node[str(n)].add(name)
                kind_of_name[name] = kind_of_node[str(n)] = entities[name].kind

        edges = sorted(
            {
                (d["kind"], u, v)
                for u, v, d in graph.edges(data=True)
                if d.get("kind") in RELATION_KINDS
                and _article_id(d.get("article")) == article.id
                and (include_comments or d.get("section") != "comment")
            },
            key=str,
        )
        for kind in RELATION_KINDS:
            predicted_edges = [e for e in edges if e[0] == kind]
            gold_relations = [r for r in relations if r.kind == kind]
            pairs = [
                (e, r)
                for e in predicted_edges
                for r in gold_relations
                if r.source in matched.get(e[1], ()) and r.target in matched.get(e[2], ())
            ]
            tp = _matching_size(pairs)
            edge_counts[kind] += Counts(tp, len(predicted_edges) - tp, len(gold_relations) - tp)
            hit = {e for e, _ in pairs}
            found_relations = {r for _, r in pairs}
            errors += [
                Error(article.id, "edge", kind, "missed", f"{r.source} -> {r.target}")
                for r in gold_relations
                if r not in found_relations
            ]
            errors += [
                Error(article.id, "edge", kind, "spurious", f"{label(e[1])} -> {label(e[2])}")
                for e in predicted_edges
                if e not in hit
            ]

    splits = tuple(
        Split(name, kind_of_name[name], tuple(sorted(nodes)))
        for name, nodes in sorted(nodes_of_name.items())
        if len(nodes) > 1
    )
    merges = tuple(
        Merge(node, kind_of_node[node], tuple(sorted(names)))
        for node, names in sorted(names_of_node.items())
        if len(names) > 1
    )
    return Scores(
        nodes=node_counts,
        edges=edge_counts,
        splits=splits,
        merges=merges,
        articles=tuple(a.id for a in gold.articles),
        include_comments=include_comments,
        errors=tuple(sorted(set(errors))),
    )


# --------------------------------------------------------------------------- reporting


def _score(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _table(title: str, rows: Mapping[str, Counts], overall: Counts) -> list[str]:
    header = f"{title:<14}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"
    lines = [header, "-" * len(header)]
    for kind, c in [*rows.items(), ("micro", overall)]:
        lines.append(
            f"{kind:<14}{_score(c.precision):>7}{_score(c.recall):>7}{_score(c.f1):>7}"
            f"{c.tp:>6}{c.fp:>6}{c.fn:>6}"
        )
    return lines


def format_errors(scores: Scores) -> str:
    """Every missed and spurious node and edge, one per line, by article."""
    return "".join(
        f"{e.article}  {e.what} {e.kind:<12} {e.error:<9} {e.text}\n" for e in scores.errors
    )


def format_scores(scores: Scores) -> str:
    """A fixed-width report: node and edge tables (P, R, F1, TP, FP, FN), splits, merges."""
    comments = "included" if scores.include_comments else "excluded"
    lines = [f"{len(scores.articles)} articles scored, readers' comments {comments}", ""]
    lines += _table("Nodes", scores.nodes, scores.nodes_overall)
    lines.append("")
    lines += _table("Edges", scores.edges, scores.edges_overall)
    lines += ["", f"Splits: {len(scores.splits)} gold entities matched by more than one node"]
    lines += [f"  {s.name} ({s.kind}): {', '.join(s.nodes)}" for s in scores.splits]
    lines.append(f"Merges: {len(scores.merges)} nodes matching more than one gold entity")
    lines += [f"  {m.node} ({m.kind}): {', '.join(m.names)}" for m in scores.merges]
    return "\n".join(lines) + "\n"


def _counts_dict(c: Counts) -> dict[str, Any]:
    return {
        "precision": c.precision,
        "recall": c.recall,
        "f1": c.f1,
        "tp": c.tp,
        "fp": c.fp,
        "fn": c.fn,
    }


def scores_to_dict(scores: Scores) -> dict[str, Any]:
    """The scores as plain JSON-ready data (for ``--format json``); undefined scores are None."""
    return {
        "articles": list(scores.articles),
        "include_comments": scores.include_comments,
        "nodes": {
            "per_kind": {k: _counts_dict(c) for k, c in scores.nodes.items()},
            "micro": _counts_dict(scores.nodes_overall),
        },
        "edges": {
            "per_kind": {k: _counts_dict(c) for k, c in scores.edges.items()},
            "micro": _counts_dict(scores.edges_overall),
        },
        "splits": [{"name": s.name, "kind": s.kind, "nodes": list(s.nodes)} for s in scores.splits],
        "merges": [{"node": m.node, "kind": m.kind, "names": list(m.names)} for m in scores.merges],
        "errors": [
            {"article": e.article, "what": e.what, "kind": e.kind, "error": e.error, "text": e.text}
            for e in scores.errors
        ],
    }
