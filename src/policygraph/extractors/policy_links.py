"""Typed links between two policies named in one sentence.

A sentence that names two policies usually says how they relate. Each rule names a
general pattern of English news writing; the connecting phrase is found in the
dependency parse, and the policy it links to is the one its phrase hangs on (a noun it
modifies) or an argument of the clause it belongs to:

* **X via/through Y** — ``X delivered_via Y``: "the council will deliver the Healthy
  Homes Scheme through the Warm Front Programme".
* **X, funded by/from/through Y** — ``Y funds X``: a funding verb ("fund", "finance",
  "pay", "bankroll") or noun ("funding", "money") whose source is a policy, such as a
  named fund: "the Care Navigator Programme, funded by the Better Care Fund".
* **X as part of Y**, **X is part of Y**, **X under/within Y** — ``X part_of Y``: "the
  Vanguard Programme, part of the Five Year Forward View"; "Under the Clean Air Strategy,
  councils will set up the Low Emission Zone Scheme".
* **X set out in Y** — ``X part_of Y``: a participle saying where a document puts a scheme
  ("outlined in", "set out in", "included in", "proposed in"): "the new care models set
  out in the Forward View".
* **Y's X** — ``X part_of Y``: a policy named as the possession of another ("the Forward
  View's New Care Models Programme").
* **X ... Y** — any other two policies of one sentence are ``related_to``, from the first
  named to the second, unless a rule above already links them.

One pair of policies gets one link; a more specific rule wins (``funds``, then
``delivered_via``, then ``part_of``, then ``related_to``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

__all__ = ["LINK_KINDS", "find_policy_links"]

#: Link kinds, most specific first: a pair of policies keeps the first that applies.
LINK_KINDS = ("funds", "delivered_via", "part_of", "related_to")

_VIA = {"via", "through"}
_UNDER = {"under", "within"}
_DOCUMENT_VERBS = {
    "set",
    "outline",
    "describe",
    "lay",
    "propose",
    "include",
    "contain",
    "announce",
    "promise",
    "detail",
}
_FUNDING_VERBS = {"fund", "finance", "pay", "bankroll", "underwrite", "resource"}
_FUNDING_NOUNS = {"funding", "money", "cash", "grant", "grants", "investment", "budget"}
_FUNDING_PREPS = {"by", "from", "through", "out"}
_CLAUSE_POS = ("VERB", "AUX")
#: Tags of a past participle; "set", "laid" and the like are often tagged as past tense.
_PARTICIPLE = ("VBN", "VBD")
_MODIFIER_CLAUSES = ("acl", "relcl", "appos")


def _clause(tok: Token) -> Token:
    """The head of the clause ``tok`` belongs to: its nearest verb or the sentence root."""
    cur = tok
    while cur.pos_ not in _CLAUSE_POS and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _inside(tok: Token, phrase: Token) -> bool:
    """Is ``tok`` in the subtree of ``phrase``?"""
    return phrase.left_edge.i <= tok.i <= phrase.right_edge.i and (
        tok.i == phrase.i or phrase.is_ancestor(tok)
    )


def _connectors(sent: Span) -> list[tuple[str, Token, Token]]:
    """``(kind, phrase, object)`` for each linking phrase of the sentence.

    ``phrase`` is the token whose head the phrase attaches to (its attachment decides the
    linked policy); the linked-to policies are in the subtree of ``object``.
    """
    out: list[tuple[str, Token, Token]] = []
    for tok in sent:
        low = tok.lower_
        if (
            tok.dep_ in ("prep", "agent")
            and low in _FUNDING_PREPS
            and (tok.head.lemma_.lower() in _FUNDING_VERBS or tok.head.lower_ in _FUNDING_NOUNS)
        ):
            out.append(("funds", tok, tok))
        elif tok.dep_ == "prep" and low in _VIA:
            out.append(("delivered_via", tok, tok))
        elif low == "part" and tok.pos_ == "NOUN":
            of = next((c for c in tok.children if c.lower_ == "of"), None)
            if of is None:
                continue
            as_ = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else None
            out.append(("part_of", as_ if as_ is not None else tok, of))
        elif tok.dep_ == "prep" and (
            low in _UNDER
            or (low == "in" and tok.head.tag_ in _PARTICIPLE and tok.head.lemma_ in _DOCUMENT_VERBS)
        ):
            out.append(("part_of", tok, tok))
    return out


def _attached(phrase: Token, named: list[tuple[int, Span]]) -> set[int]:
    """Policies a connecting phrase links from: the noun it modifies, or its clause's."""
    head = phrase.head
    if head.i == phrase.i:
        return set()
    if head.lower_ in _FUNDING_NOUNS:  # "money from Y will pay for X": the noun's clause
        head = _clause(head)
    if head.pos_ not in _CLAUSE_POS:
        # the phrase modifies a noun: the policy named by that noun phrase
        return {i for i, sp in named if sp.start <= head.i < sp.end}
    found = {i for i, sp in named if _clause(sp.root).i == head.i}
    if head.dep_ in _MODIFIER_CLAUSES:  # "X, funded by Y": the participle modifies X
        found |= {i for i, sp in named if sp.start <= head.head.i < sp.end}
    if head.tag_ in _PARTICIPLE:  # "X set out in Y": a participle right after a name modifies it
        found |= {i for i, sp in named if sp.end == head.i}
    return found


def find_policy_links(
    sent: Span, mentions: Sequence[tuple[int, int, int]]
) -> list[tuple[str, int, int]]:
    """Typed links between the policies named in one parsed sentence.

    Parameters
    ----------
    sent : spacy.tokens.Span
        A sentence of a parsed ``Doc`` (tagger and parser run).
    mentions : sequence of (start_char, end_char, index)
        The policies named in the sentence: character offsets into ``sent.doc.text`` and
        the caller's own index for each (returned in the links). Give two mentions of one
        policy ("the Better Care Fund (BCF)") the same index: they are then never linked
        to each other, and the policy gets one link to each other policy. Mentions outside
        the sentence are ignored.

    Returns
    -------
    list of (kind, source index, target index)
        ``kind`` is one of :data:`LINK_KINDS`. ``delivered_via``, ``part_of`` and
        ``related_to`` go from the policy named first in the patterns above (X) to the
        other (Y); ``funds`` goes from the funder (Y) to the funded policy (X). At most
        one link per pair of indices, sorted by where the source, then the target, is
        first named.

    Examples
    --------
    >>> from policygraph.nlp import load_nlp
    >>> text = "Ministers launched the Vanguard Programme as part of the Five Year Forward View."
    >>> doc = load_nlp()(text)
    >>> names = ["Vanguard Programme", "Five Year Forward View"]
    >>> mentions = [(text.find(n), text.find(n) + len(n), i) for i, n in enumerate(names)]
    >>> find_policy_links(next(doc.sents), mentions)
    [('part_of', 0, 1)]
    """
    doc = sent.doc
    named: list[tuple[int, Span]] = []
    for start, end, index in mentions:
        if not (sent.start_char <= start and end <= sent.end_char):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            named.append((index, span))
    named.sort(key=lambda e: (e[1].start, e[1].end, e[0]))
    first: dict[int, Span] = {}
    for i, sp in named:
        first.setdefault(i, sp)
    if len(first) < 2:
        return []
    links: dict[frozenset[int], tuple[str, int, int]] = {}

    def link(kind: str, source: int, target: int) -> None:
        if source == target:
            return
        for i, a in named:
            for j, b in named:
                if i == source and j == target and a.start < b.end and b.start < a.end:
                    return  # one mention inside the other: not two policies side by side
        pair = frozenset((source, target))
        old = links.get(pair)
        if old is None or LINK_KINDS.index(kind) < LINK_KINDS.index(old[0]):
            links[pair] = (kind, source, target)

    for kind, phrase, obj in _connectors(sent):
        objects = {i for i, sp in named if _inside(sp.root, obj)}
        if not objects:
            continue
        inside = {i for i, sp in named if _inside(sp.root, phrase)}
        for x in sorted(_attached(phrase, named) - objects - inside):
            for y in sorted(objects):
                if kind == "funds":
                    link(kind, y, x)
                else:
                    link(kind, x, y)
    # Y's X
    for x, sp in named:
        for child in sp.root.children:
            if child.dep_ == "poss":
                for y, other in named:
                    if other.start <= child.i < other.end:
                        link("part_of", x, y)
    # any other pair: related_to, in reading order
    order = list(first)
    for n, a in enumerate(order):
        for b in order[n + 1 :]:
            link("related_to", a, b)
    return sorted(
        links.values(),
        key=lambda t: (first[t[1]].start, first[t[2]].start, LINK_KINDS.index(t[0])),
    )
