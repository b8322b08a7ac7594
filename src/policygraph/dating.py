"""Infer the publication dates of undated articles from what the corpus says about time.

News articles about the same policy refer to each other's events: one reports an
announcement as news ("Health secretary Jane Smith has announced ..."), a later one refers
back to it ("Ms Smith's announcement last month", "announcing her plan in October last
year"). When one of those articles is dated, the others can be dated from it. Three kinds
of evidence are used, each a general pattern of news writing:

(a) **event years** — a year naming a past event or document ("its 2016 annual meeting",
    "the 2004 contract") puts the article in or after that year (a year after "ahead of",
    "next", "will" and the like names a future event and is ignored);
(b) **relative references to dated events** — an article's announcement with a relative
    time ("last month", "in October last year") by the same actor about the same policy
    as an announcement dated in another article: the article's date is whatever date the
    expression resolves from to the other's (found by trying every month);
(c) **dated references to undated reports** — an article that reports the announcement
    as news (no time expression, or "today") has the date a dated article gives that
    announcement.

An announcement is identified by its actor and a shared policy (the policies of its
``about`` and those named in its sentence). When an article holds several announcements
with one identity, a reference is taken to point at the earliest: later articles refer
back to a policy's first announcement.

Each constraint gives a set of possible months for the undated article. Constraints are
weighed by tier: (b) first, then (c), then two articles reporting the same announcement as
news, each taken only when it narrows the possible months; the months most constraints
agree on win, and event years bound them from below. Undated articles are solved together,
round by round, so a chain of undated articles can hang from one dated one, and even
articles with no date at all get an order from their references to each other. An
article whose possible months fall in one month is dated to the month, in one calendar
year to the year; wider sets give only bounds (``earliest``/``latest``), which
:func:`order_articles` uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .extractors.dates import TimeExpression, find_time_expressions, resolve
from .model import PartialDate

__all__ = [
    "HIGH",
    "LOW",
    "InferredDate",
    "Claim",
    "article_claims",
    "event_year_bounds",
    "infer_article_dates",
    "apply_inferred_dates",
    "set_article_date",
    "order_articles",
    "time_expression",
]

#: Confidence of an inferred date whose evidence agrees on one month or one year.
HIGH = "inferred-high"
#: Confidence of an inferred date chosen among several possible ones, or from weak evidence.
LOW = "inferred-low"

#: Years of margin around the years the corpus names, within which dates are searched
#: (and a second search with twice the margin tells bounds of the corpus from the search's).
MARGIN_YEARS = 3
#: Rounds of solving the undated articles together before giving up on a fixed point.
MAX_ROUNDS = 10

#: How many words before a year are looked at for a future cue.
_CUE_WINDOW = 8
#: Words just before a year that make it a future event, which bounds nothing.
_FUTURE_CUES = re.compile(
    r"\b(?:ahead|before|upcoming|forthcoming|next|coming|will|shall|until|till|planned|"
    r"future|due)\b|['’]ll\b",
    re.IGNORECASE,
)
#: Edge kinds that take the article's date when their sentence gives no time (as graph.py).
_ARTICLE_DATED = ("announced", "proposed", "expanded", "made", "mentioned_in", "holds_role")
_TIERS = ("reference", "reported", "news")


@dataclass(frozen=True)
class InferredDate:
    """The inferred publication date of an article.

    Attributes
    ----------
    date : PartialDate or None
        The date: a month when the evidence allows one month, a year when it allows
        several months of one year; None when the possible months span more than one
        calendar year (then only the bounds are known) or nothing is known.
    confidence : str or None
        :data:`HIGH` when all the evidence of the deciding kind agrees, :data:`LOW` when
        some disagrees (the date is the majority's) or the only evidence is two articles
        reporting the same announcement as news; None without a date.
    evidence : tuple of str
        Why: one line per piece of evidence used, quoting the sentences.
    earliest, latest : PartialDate or None
        Bounds (months) of the possible dates; None when nothing in the corpus bounds them
        on that side.
    """

    date: PartialDate | None
    confidence: str | None
    evidence: tuple[str, ...] = ()
    earliest: PartialDate | None = None
    latest: PartialDate | None = None

    def iso(self) -> str | None:
        """The date as an ISO string, or None."""
        return self.date.iso() if self.date else None


@dataclass(frozen=True)
class Claim:
    """An announcement as the dating sees it: who, about which policies, when.

    ``when`` is None when the sentence gives no time: the article reports it as news.
    """

    article: str
    node: str
    actor: str
    policies: frozenset[str]
    when: TimeExpression | None
    sentence: str
    offset: int


# -- reading the graph ---------------------------------------------------------------------


def time_expression(text: str | None) -> TimeExpression | None:
    """The point in time a ``date_text`` names: its longest expression that is not a period."""
    if not text:
        return None
    found = [e for e in find_time_expressions(text) if e.kind != "period"]
    return max(found, key=lambda e: (e.end - e.start, -e.start)) if found else None


def _sentence_policies(G: nx.MultiDiGraph) -> dict[tuple[str, int], set[str]]:
    """Policies named in each sentence, keyed by (article, sentence start)."""
    out: dict[tuple[str, int], set[str]] = {}
    for node, data in G.nodes(data=True):
        if data.get("kind") != "policy":
            continue
        for ev in data.get("evidence") or []:
            out.setdefault((ev["article"], ev["sentence_start"]), set()).add(node)
    return out


def article_claims(G: nx.MultiDiGraph) -> list[Claim]:
    """The announcements of a graph, outside readers' comments, as :class:`Claim` objects."""
    in_sentence = _sentence_policies(G)
    claims = []
    for node, data in sorted(G.nodes(data=True)):
        if data.get("kind") != "announcement" or not data.get("actor"):
            continue
        if G.nodes.get(data["actor"], {}).get("reader"):
            continue
        evidence = data.get("evidence") or []
        if not evidence or evidence[0].get("section") == "comment":
            continue
        ev = evidence[0]
        article = ev["article"]
        policies = {
            p for p in data.get("about") or [] if G.nodes.get(p, {}).get("kind") == "policy"
        }
        policies |= in_sentence.get((article, ev["sentence_start"]), set())
        text = data.get("date_text")
        when = time_expression(text)
        if text and when is None:
            continue  # a time we cannot read says nothing either way
        if not policies:
            continue
        claims.append(
            Claim(
                article,
                node,
                data["actor"],
                frozenset(policies),
                when,
                " ".join(str(ev.get("sentence", "")).split()),
                int(ev["sentence_start"]),
            )
        )
    return claims


def _body_sentences(G: nx.MultiDiGraph, texts: Mapping[str, str] | None) -> dict[str, list[str]]:
    """Sentences of each article outside readers' comments.

    From the article texts when given (headline and body, split at sentence ends), else
    from the evidence sentences of the graph.
    """
    out: dict[str, list[str]] = {}
    if texts is not None:
        from .articles import split_sections

        for article, text in texts.items():
            s = split_sections(text)
            spans = ([s.headline] if s.headline else []) + s.body
            out[article] = [
                part
                for a, b in spans
                for part in re.split(r"(?<=[.!?’'\"”])\s+(?=[A-Z‘'\"“])", text[a:b])
            ]
        return out
    seen: set[tuple[str, int]] = set()
    for _, data in sorted(G.nodes(data=True)):
        for ev in data.get("evidence") or []:
            key = (ev["article"], ev["sentence_start"])
            if ev.get("section") == "comment" or key in seen:
                continue
            seen.add(key)
            out.setdefault(ev["article"], []).append(str(ev.get("sentence", "")))
    return out


def event_year_bounds(sentences: Iterable[str]) -> list[tuple[int, str]]:
    """``(year, sentence)`` for each past event year named in the sentences.

    An event year ("its 2016 annual meeting") or a calendar date in the past tense of news
    reporting puts the article in or after that year; a year within a few words after a
    future cue ("ahead of the 2017 election", "will go to the polls in the 2020 election")
    does not.

    Examples
    --------
    >>> event_year_bounds(["He spoke after the 2016 annual meeting.",
    ...                    "It comes ahead of the 2019 election."])
    [(2016, 'He spoke after the 2016 annual meeting.')]
    """
    out = []
    for sent in sentences:
        for e in find_time_expressions(sent):
            if e.kind != "event_year" or e.year is None:
                continue
            before = " ".join(sent[: e.start].split()[-_CUE_WINDOW:])
            if _FUTURE_CUES.search(before):
                continue
            out.append((e.year, " ".join(sent.split())))
    return out


# -- months --------------------------------------------------------------------------------


def _ym(k: int) -> tuple[int, int]:
    return k // 12, k % 12 + 1


def _months(d: PartialDate) -> range:
    """The months a partial date covers, as month numbers (``year * 12 + month - 1``)."""
    if d.month is None:
        return range(d.year * 12, d.year * 12 + 12)
    return range(d.year * 12 + d.month - 1, d.year * 12 + d.month)


def _anchors_for(
    when: TimeExpression | None, events: set[PartialDate], universe: Iterable[int]
) -> set[int]:
    """Months an article may be dated so that ``when`` resolves to one of ``events``.

    ``when`` None is an article reporting the event as news: it is dated in the event's
    months.
    """
    years = {e.year for e in events}
    whole_years = {e.year for e in events if e.month is None}
    months = {(e.year, e.month) for e in events if e.month is not None}
    out = set()
    for k in universe:
        anchor = PartialDate(*_ym(k))
        got = anchor if when is None else resolve(when, anchor)
        if got is None:
            continue
        if got.month is None:
            fits = got.year in years
        else:
            fits = got.year in whole_years or (got.year, got.month) in months
        if fits:
            out.add(k)
    return out


def _events(claim: Claim, anchors: list[PartialDate]) -> set[PartialDate]:
    """The dates an article's claim gives its event, for each date the article may have."""
    if claim.when is None:
        return set(anchors)
    return {d for a in anchors if (d := resolve(claim.when, a)) is not None}


# -- solving -------------------------------------------------------------------------------


@dataclass
class _Constraint:
    tier: int  # index in _TIERS
    months: set[int]
    weight: int
    head: str
    tail: str


@dataclass
class _Problem:
    universe: range
    fixed: dict[str, PartialDate]
    undated: list[str]
    claims: dict[str, list[Claim]]
    lower: dict[str, tuple[int, str]]  # article -> (year, sentence)
    labels: dict[str, str]
    cand: dict[str, set[int]] = field(default_factory=dict)
    why: dict[str, tuple[int | None, list[_Constraint]]] = field(default_factory=dict)

    def anchors(self, article: str) -> list[PartialDate]:
        if article in self.fixed:
            return [self.fixed[article]]
        return [PartialDate(*_ym(k)) for k in sorted(self.cand[article])]

    def domain(self, article: str) -> set[int]:
        low = self.lower.get(article)
        start = max(self.universe.start, low[0] * 12) if low else self.universe.start
        return set(range(start, self.universe.stop))


def _short(article: str) -> str:
    return article.split(":", 1)[-1]


def _quote(text: str, limit: int = 160) -> str:
    return f'"{text}"' if len(text) <= limit else f'"{text[: limit - 1]}…"'


def _describe(
    p: _Problem, u: Claim, d: Claim, events: set[PartialDate], tier: int
) -> tuple[str, str]:
    """What a constraint says, as (what the article says, what the other article says)."""
    actor = p.labels.get(u.actor, u.actor)
    policy = ", ".join(sorted(p.labels.get(x, x) for x in u.policies & d.policies))
    when = (
        ", ".join(sorted(e.iso() for e in events))
        if len(events) <= 3
        else (f"{min(events).iso()} to {max(events).iso()}")
    )
    if d.article not in p.fixed:
        when += " (itself inferred)"
    said = f' ("{d.when.text}")' if d.when is not None else " (as news)"
    if tier == 0:
        assert u.when is not None
        head = (
            f'{_quote(u.sentence)} ("{u.when.text}") refers to {actor}\'s announcement about '
            f"{policy}, which"
        )
    else:
        head = (
            f"reports as news {actor}'s announcement about {policy} ({_quote(u.sentence)}), which"
        )
    return head, f"{_short(d.article)} dates {when}{said}"


def _constraints(p: _Problem, article: str) -> list[_Constraint]:
    out: list[_Constraint] = []
    for u in p.claims.get(article, []):
        if u.when is not None and u.when.kind != "relative":
            continue  # a calendar date says nothing about when it was written of
        for other in sorted(set(p.claims) - {article}):
            if other not in p.fixed and other not in p.cand:
                continue
            matches = [d for d in p.claims[other] if d.actor == u.actor and d.policies & u.policies]
            anchors = p.anchors(other)
            options = [(d, ev) for d in matches if (ev := _events(d, anchors))]
            if not options:
                continue
            # a reference points at the earliest announcement of the same identity
            d, events = min(options, key=lambda o: (min(o[1]), o[0].offset))
            if u.when is not None:
                tier = 0
            elif d.when is not None:
                tier = 1
            else:
                tier = 2
            months = _anchors_for(u.when, events, p.universe)
            weight = 2 if d.when is not None else 1
            out.append(_Constraint(tier, months, weight, *_describe(p, u, d, events, tier)))
    return out


def _decide(p: _Problem, article: str) -> tuple[set[int], int | None, list[_Constraint]]:
    """The possible months of an undated article given the others' current months."""
    domain = p.domain(article)
    constraints = _constraints(p, article)
    for tier in range(len(_TIERS)):
        these = [c for c in constraints if c.tier == tier]
        if not these:
            continue
        score: dict[int, int] = {}
        for c in these:
            for k in c.months:
                score[k] = score.get(k, 0) + c.weight
        if not score:
            continue
        top = max(score.values())
        best = {k for k, s in score.items() if s == top}
        bounded = best & domain
        best = bounded or best
        if best and best != domain:
            return best, tier, these
    return domain, None, []


def _problem(G: nx.MultiDiGraph, texts: Mapping[str, str] | None, margin: int) -> _Problem:
    articles = sorted(n for n, d in G.nodes(data=True) if d.get("kind") == "article")
    fixed: dict[str, PartialDate] = {}
    for a in articles:
        data = G.nodes[a]
        if data.get("date") and data.get("date_confidence") != "inferred":
            try:
                fixed[a] = PartialDate.parse(str(data["date"]))
            except ValueError:
                continue
    claims: dict[str, list[Claim]] = {}
    for c in article_claims(G):
        claims.setdefault(c.article, []).append(c)
    lower: dict[str, tuple[int, str]] = {}
    sentences = _body_sentences(G, texts)
    years = [d.year for d in fixed.values()]
    for a in articles:
        bounds = event_year_bounds(sentences.get(a, []))
        years += [y for y, _ in bounds]
        if bounds and a not in fixed:
            lower[a] = max(bounds)
    years += [c.when.year for cs in claims.values() for c in cs if c.when and c.when.year]
    if not years:
        years = [0]
    universe = range((min(years) - margin) * 12, (max(years) + margin + 1) * 12)
    labels = {n: str(d.get("label") or n) for n, d in G.nodes(data=True)}
    p = _Problem(universe, fixed, [a for a in articles if a not in fixed], claims, lower, labels)
    p.cand = {a: p.domain(a) for a in p.undated}
    return p


def _solve(p: _Problem) -> None:
    for _ in range(MAX_ROUNDS):
        changed = False
        for a in p.undated:
            months, tier, used = _decide(p, a)
            if months != p.cand[a]:
                p.cand[a] = months
                changed = True
            p.why[a] = (tier, used)
        if not changed:
            return


def _result(p: _Problem, wide: _Problem, article: str) -> InferredDate:
    """The inferred date of an article from its solved months.

    ``wide`` is the same problem solved over more years: a bound that moves with the
    searched years comes from the search, not from the corpus, and is dropped.
    """
    months = sorted(p.cand[article])
    other = sorted(wide.cand[article])
    tier, used = p.why.get(article, (None, []))
    evidence: list[str] = []
    low = p.lower.get(article)
    if low:
        evidence.append(f"names a past event of {low[0]} ({_quote(low[1])}): in or after {low[0]}")
    if not months or not other:
        return InferredDate(None, None, tuple(evidence))
    lo = PartialDate(*_ym(months[0])) if months[0] == other[0] else None
    hi = PartialDate(*_ym(months[-1])) if months[-1] == other[-1] else None
    if tier is None:
        return InferredDate(None, None, tuple(evidence), lo, hi)
    best = set(months)
    tails: dict[str, list[str]] = {}
    for c in used:
        if best & c.months:
            tails.setdefault(c.head, []).append(c.tail)
    evidence += [f"{head} {' and '.join(t)}" for head, t in tails.items()]
    if lo is None or hi is None or lo.year != hi.year:
        span = f"from {lo.iso() if lo else '?'} to {hi.iso() if hi else '?'}"
        evidence.append(f"possible {span}, not within one year")
        return InferredDate(None, None, tuple(evidence), lo, hi)
    date = lo if len(months) == 1 else PartialDate(lo.year)
    agree = all(best <= c.months for c in used)
    confidence = HIGH if agree and _TIERS[tier] != "news" else LOW
    if not agree:
        evidence.append("some evidence of the same kind disagrees")
    return InferredDate(date, confidence, tuple(evidence), lo, hi)


def infer_article_dates(
    G: nx.MultiDiGraph, texts: Mapping[str, str] | None = None
) -> dict[str, InferredDate]:
    """Infer the dates of the articles of ``G`` that have no stated date.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A policygraph graph. Articles whose ``date_confidence`` is ``inferred`` count as
        undated, so inferring again after :func:`apply_inferred_dates` gives the same
        answer.
    texts : mapping or None
        Article node id -> the article file's text. With it, event years are looked for in
        every sentence of the headline and body; without it, only in the sentences the
        graph holds as evidence.

    Returns
    -------
    dict
        Article node id -> :class:`InferredDate`, for every undated article (with
        ``date`` None where the corpus does not date it).
    """
    p = _problem(G, texts, MARGIN_YEARS)
    wide = _problem(G, texts, 2 * MARGIN_YEARS)
    _solve(p)
    _solve(wide)
    return {a: _result(p, wide, a) for a in p.undated}


# -- writing dates back --------------------------------------------------------------------


def set_article_date(
    G: nx.MultiDiGraph,
    article: str,
    date: PartialDate,
    *,
    confidence: str,
    evidence: str | None = None,
) -> None:
    """Date an article and re-date the facts of that article that depend on its date.

    Sets the article node's ``date``, ``date_confidence`` and ``date_evidence``. Each
    announcement of the article takes the date its ``date_text`` resolves to against the
    new date (the article's own date when it has none), and so do its ``made``, ``about``
    and ``located_in`` edges; other edges with a ``date_text`` are resolved the same way,
    and the kinds that carry their article's date (``announced``, ``mentioned_in``, ...)
    take it. Dated facts of an article with an inferred date are themselves ``inferred``.
    """
    node = G.nodes[article]
    node.update(date=date.iso(), date_confidence=confidence, date_evidence=evidence)
    derived = "inferred" if confidence == "inferred" else None
    ann_dates: dict[str, str | None] = {}
    for n, data in G.nodes(data=True):
        if data.get("kind") != "announcement" or article not in (data.get("articles") or []):
            continue
        when = time_expression(data.get("date_text"))
        if data.get("date_text"):
            got = resolve(when, date) if when is not None else None
            iso = got.iso() if got else None
            conf = derived or (
                "stated" if when is not None and when.kind != "relative" else "resolved"
            )
        else:
            iso, conf = date.iso(), derived or "article"
        data.update(date=iso, date_confidence=conf if iso else None)
        ann_dates[n] = iso
    for u, _, d in G.edges(data=True):
        if d.get("article") != article:
            continue
        if d.get("kind") in ("about", "located_in") and u in ann_dates:
            d["date"] = ann_dates[u]
        elif d.get("date_text"):
            when = time_expression(d["date_text"])
            got = resolve(when, date) if when is not None else None
            d["date"] = got.iso() if got else None
        elif d.get("kind") in _ARTICLE_DATED:
            d["date"] = date.iso()


def apply_inferred_dates(G: nx.MultiDiGraph, inferred: Mapping[str, InferredDate]) -> None:
    """Write inferred dates into ``G`` (in place), with :func:`set_article_date`.

    Articles whose inference gave no date are left as they are. Each dated one gets
    ``date_confidence`` ``inferred`` and a ``date_evidence`` that starts with the
    inference's confidence and gives its evidence.
    """
    for article in sorted(inferred):
        inf = inferred[article]
        if inf.date is None or article not in G:
            continue
        why = f"{inf.confidence}: " + "; ".join(inf.evidence) if inf.evidence else inf.confidence
        set_article_date(G, article, inf.date, confidence="inferred", evidence=why)


def order_articles(
    G: nx.MultiDiGraph, inferred: Mapping[str, InferredDate] | None = None
) -> list[str]:
    """Article node ids from the earliest to the latest, stated and inferred dates together.

    Articles are sorted by the earliest month they may be from, then the latest; articles
    with no date and no bound come last, then by id.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A policygraph graph.
    inferred : mapping or None
        From :func:`infer_article_dates`; computed when None.
    """
    if inferred is None:
        inferred = infer_article_dates(G)

    def key(article: str) -> tuple[Any, ...]:
        data = G.nodes[article]
        inf = inferred.get(article)
        if inf is not None:
            lo = inf.date or inf.earliest
            hi = inf.latest or lo
        elif data.get("date"):
            lo = hi = PartialDate.parse(str(data["date"]))
        else:
            lo = hi = None
        if lo is None:
            return (1, 0, 0, article)
        return (0, min(_months(lo)), max(_months(hi)) if hi else 0, article)

    return sorted((n for n, d in G.nodes(data=True) if d.get("kind") == "article"), key=key)
