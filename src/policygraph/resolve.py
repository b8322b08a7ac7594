"""Entity resolution: decide which mentions, within and across articles, are one entity.

Rules, each a general convention of news writing:

* a person is introduced by full name, then called "Mr Smith" or "Smith": a surname
  mention is the person of the same article with that surname (the latest named one);
  "Sir Malcolm" (a knight or dame by first name) is the article's one Malcolm;
  across articles only when exactly one person in the corpus has that surname, so two
  people who share a surname are never merged;
* "the health secretary" is the person who holds that role in the same article, else
  the one who holds it in the corpus closest in time to the article;
* a body's canonical name comes from the lexicon ("DH" is the Department of Health);
  "the ICB" in the singular is the one integrated care board its article names;
* a policy is identified by its distinctive words (:func:`~.extractors.entities.policy_key`),
  so "GP one-stop programme" and "'one stop' proposals" are one policy; an acronym defined
  in brackets ("local enhanced services (LESs)") is an alias; a policy is labelled by
  its most used name, never by a description ("a £30m fund to help surgeries ...") when
  it has a name; a description given with an amount is the policy given later with the
  same amount and head noun ("a £60m programme to ..." and "the £60m Clear Sight
  Programme");
* an amount is one entity within an article; across articles only with the same period.

The result maps every mention to a node id (``KIND:slug``) or to ``None`` (dropped).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .extractors.entities import longer_forms, policy_head, policy_key, policy_shape
from .extractors.relations import READER
from .lexicon import Lexicon
from .model import ArticleExtraction, Mention, PartialDate

__all__ = ["slugify", "body_name", "body_node", "Resolution", "resolve_mentions", "article_node"]


def slugify(text: str) -> str:
    """A stable, readable id fragment: ``"King's Fund"`` -> ``"kings-fund"``.

    Examples
    --------
    >>> slugify("Department of Health")
    'department-of-health'
    >>> slugify("‘GP one-stop’ programme")
    'gp-one-stop-programme'
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['’]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def body_name(name: str) -> str:
    """A body's name without the article a sentence may start it with: "The Homecare
    Association's chief executive" names the Homecare Association.

    >>> body_name("The Homecare Association")
    'Homecare Association'
    """
    first, _, rest = name.partition(" ")
    return rest if first.lower() == "the" and rest else name


def body_node(name: str) -> str:
    """The node id of the body called ``name``.

    >>> body_node("The Homecare Association")
    'body:homecare-association'
    """
    return f"body:{slugify(body_name(name))}"


def article_node(article_id: str) -> str:
    return f"article:{article_id}"


@dataclass
class Resolution:
    """Node ids of every mention: ``ids[a][m]`` for mention ``m`` of extraction ``a``."""

    ids: list[list[str | None]]
    policy_labels: dict[str, str]  # policy node id -> canonical label


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def _role_matches(wanted: str, held: str) -> bool:
    """Does a held role answer a bare title ("GPC chair" answers "the chair")? A shadow
    minister's never answers the minister's ("the health secretary" is not the shadow
    health secretary)."""
    if held.startswith("shadow ") and not wanted.startswith("shadow "):
        return False
    return held == wanted or held.endswith(" " + wanted)


def _month(date: PartialDate | None) -> int | None:
    """A date as a month count, mid-year when only the year is known."""
    return None if date is None else date.year * 12 + (date.month or 6)


class _RoleHolders:
    """Who holds which role in the corpus, and when, for "the health secretary" lookups.

    A held role answers every role it ends with ("GPC deputy chair" answers "deputy chair"
    and "chair"; a shadow minister's only the shadow title), so holders are indexed by each
    word-suffix of the role;
    each lookup is then a dictionary access and a binary search over months, not a scan of
    every holder in the corpus.
    """

    def __init__(self) -> None:
        self._months: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
        self._nodes: dict[str, set[str]] = defaultdict(set)
        self._sorted: dict[str, list[int]] = {}

    def add(self, role: str, node: str, date: PartialDate | None) -> None:
        words = role.split(" ")
        month = _month(date)
        for i in range(1 if words[0] == "shadow" else len(words)):
            suffix = " ".join(words[i:])
            self._nodes[suffix].add(node)
            if month is not None:
                self._months[suffix][month].add(node)
                self._sorted.pop(suffix, None)

    def nearest(self, role: str, date: PartialDate | None) -> str | None:
        """The holder of ``role`` named closest in time to ``date`` (ties: the first id).

        ``None`` when nobody holds it, or when the article is undated and several do.
        """
        nodes = self._nodes.get(role)
        if not nodes:
            return None
        month = _month(date)
        by_month = self._months.get(role)
        if month is None or not by_month:
            return min(nodes) if month is not None or len(nodes) == 1 else None
        months = self._sorted.get(role)
        if months is None:
            months = self._sorted[role] = sorted(by_month)
        at = bisect.bisect_left(months, month)
        near = [months[j] for j in (at - 1, at) if 0 <= j < len(months)]
        gap = min(abs(m - month) for m in near)
        return min(n for m in near if abs(m - month) == gap for n in by_month[m])


def resolve_mentions(extractions: Sequence[ArticleExtraction], lexicon: Lexicon) -> Resolution:
    """Assign a node id to every mention of every article (``None`` if unresolvable)."""
    ids: list[list[str | None]] = [[None] * len(x.mentions) for x in extractions]

    # -- people with full names: corpus-wide identity by name -------------------------------
    full: dict[str, str] = {}  # lower-cased full name -> node id
    by_surname: dict[str, set[str]] = defaultdict(set)
    holders = _RoleHolders()
    for x in extractions:
        for m in x.mentions:
            if (
                m.kind == "person"
                and m.name
                and len(m.name.split()) >= 2
                and not m.attrs.get("reader")
            ):
                node = f"person:{slugify(m.name)}"
                full[m.name.lower()] = node
                by_surname[_surname(m.name)].add(node)
                if m.role:
                    holders.add(lexicon.office(m.role), node, x.article.date)

    for a, x in enumerate(extractions):
        in_article: list[tuple[int, str]] = []  # (mention index, node) of people named here
        roles_here: list[tuple[str, str]] = []
        for i, m in enumerate(x.mentions):
            if (
                m.kind == "person"
                and m.name
                and len(m.name.split()) >= 2
                and not m.attrs.get("reader")
            ):
                node = full[m.name.lower()]
                ids[a][i] = node
                in_article.append((i, node))
                if m.role:
                    roles_here.append((lexicon.office(m.role), node))
        for i, m in enumerate(x.mentions):
            if m.kind != "person" or ids[a][i] is not None:
                continue
            if m.attrs.get("reader"):
                ids[a][i] = f"person:{slugify(READER)}"
            elif m.name:  # a surname alone
                sur = m.name.lower()
                here = [n for j, n in in_article if _surname_of(n) == sur]
                before = [n for j, n in in_article if j < i and _surname_of(n) == sur]
                knighted = [
                    n
                    for j, n in in_article
                    if m.title in _FIRST_NAME_TITLES and _first_name_of(n) == sur
                ]
                if before:
                    ids[a][i] = before[-1]
                elif here:
                    ids[a][i] = here[0]
                elif len(set(knighted)) == 1:  # "Sir Malcolm" is Sir Malcolm Reid
                    ids[a][i] = knighted[0]
                elif len(by_surname.get(sur, ())) == 1:
                    ids[a][i] = next(iter(by_surname[sur]))
                elif m.title:  # "Mr Smith" of whom nothing more is known
                    ids[a][i] = f"person:{slugify(m.title + ' ' + m.name)}"
            elif m.role:  # "the health secretary"
                office = lexicon.office(m.role)
                local = [n for r, n in roles_here if _role_matches(office, r)]
                if local:
                    ids[a][i] = local[0]
                    continue
                ids[a][i] = holders.nearest(office, x.article.date)

    # -- bodies and places: by canonical name ----------------------------------------------
    # One body of a kind ("North Ridings ICB", "North Ridings Integrated Care Board") is
    # named by its longest form in the corpus; an acronym defined in brackets ("North
    # Ridings Integrated Care Board (ICB)") is that body for the rest of its article.
    kinds = {b.name for b in lexicon.bodies if b.kind}
    longest: dict[tuple[str, str], str] = {}
    for x in extractions:
        for m in x.mentions:
            if m.kind == "body" and m.name and "kind_of" in m.attrs:
                kind_key = (str(m.attrs["prefix"]).lower(), str(m.attrs["kind_of"]))
                if len(m.name) > len(longest.get(kind_key, "")):
                    longest[kind_key] = m.name
    for a, x in enumerate(extractions):
        for i, m in enumerate(x.mentions):
            if m.kind not in ("body", "place") or not m.name:
                continue
            name = m.name
            if m.kind == "body" and "kind_of" in m.attrs:
                name = longest[(str(m.attrs["prefix"]).lower(), str(m.attrs["kind_of"]))]
            ids[a][i] = body_node(name) if m.kind == "body" else f"{m.kind}:{slugify(name)}"
        defined = {
            str(m.attrs["acronym"]): ids[a][i]
            for i, m in enumerate(x.mentions)
            if m.kind == "body" and isinstance(m.attrs.get("acronym"), str)
        }
        for i, m in enumerate(x.mentions):  # the headline may use it before it is defined
            if m.kind == "body" and m.evidence.text in defined:
                ids[a][i] = defined[m.evidence.text]
        _one_of_a_kind(x.mentions, ids[a], kinds)
        _devolved_government(x.mentions, ids[a], lexicon)

    # -- policies: by distinctive words, acronyms and lexicon aliases ----------------------
    known = {name: policy_key(name, lexicon) for name, _ in lexicon.policies}
    alias_key: dict[str, str] = {}
    for name, aliases in lexicon.policies:
        for al in aliases:
            alias_key[policy_key(al, lexicon)] = known[name]
    keys: list[list[str | None]] = [[None] * len(x.mentions) for x in extractions]
    for a, x in enumerate(extractions):
        for i, m in enumerate(x.mentions):
            if m.kind == "policy" and m.name:
                k = policy_key(m.name, lexicon)
                keys[a][i] = alias_key.get(k, k)
    # acronyms defined in brackets point at their expansion's key
    for a, x in enumerate(extractions):
        for i, m in enumerate(x.mentions):
            acr = m.attrs.get("acronym")
            if m.kind == "policy" and isinstance(acr, str) and keys[a][i]:
                for stem in (acr, acr.rstrip("s")):
                    alias_key.setdefault(policy_key(stem, lexicon), keys[a][i])  # type: ignore[arg-type]
    known_keys = set(known.values())
    for a, x in enumerate(extractions):
        for i, raw in enumerate(keys[a]):
            if raw is not None:
                keys[a][i] = alias_key.get(raw, raw)
        _merge_short_forms(x.mentions, keys[a], known_keys, lexicon)
        _merge_described_policies(x.mentions, keys[a], known_keys, lexicon, x.article.text)
    names: dict[str, list[str]] = defaultdict(list)
    descriptions: dict[str, list[str]] = defaultdict(list)
    for a, x in enumerate(extractions):
        for i, m in enumerate(x.mentions):
            raw = keys[a][i]
            if raw is None:
                continue
            key = alias_key.get(raw, raw)
            keys[a][i] = key
            if "anaphor" not in m.attrs and m.name:
                # "a £120m fund to help practices" describes the policy, it does not name it
                described = "fund_of" in m.attrs and m.name[:1].islower()
                (descriptions if described else names)[key].append(m.name)
    for k, ds in descriptions.items():
        if k not in names:
            names[k] = ds
    labels: dict[str, str] = {}
    canonical = {v: n for n, v in known.items()}
    for k, ns in names.items():
        if k in canonical:
            labels[k] = canonical[k]
        else:
            counts: dict[str, int] = defaultdict(int)
            for n in ns:
                counts[n] += 1
            labels[k] = max(sorted(counts), key=lambda n: (counts[n], len(n)))
    policy_labels: dict[str, str] = {}
    for a, x in enumerate(extractions):
        for i in range(len(x.mentions)):
            key_or_none = keys[a][i]
            if key_or_none is not None and key_or_none in labels:
                node = f"policy:{slugify(labels[key_or_none])}"
                ids[a][i] = node
                policy_labels[node] = labels[key_or_none]

    # -- amounts: one per article and amount; across articles by amount and period --------
    by_period: dict[tuple[float, str], str] = {}
    for a, x in enumerate(extractions):
        per_amount: dict[float, str] = {}
        for i, m in enumerate(x.mentions):
            if m.kind != "funding" or m.amount_gbp is None and m.attrs.get("amount") is None:
                continue
            amount = float(m.amount_gbp if m.amount_gbp is not None else m.attrs["amount"])  # type: ignore[arg-type]
            if amount in per_amount:
                ids[a][i] = per_amount[amount]
                continue
            if m.period and (amount, m.period) in by_period:
                node = by_period[(amount, m.period)]
            else:
                tail = slugify(m.period) if m.period else x.article.id
                node = f"funding:{int(amount)}-{tail}"
            per_amount[amount] = node
            ids[a][i] = node
            if m.period:
                by_period.setdefault((amount, m.period), node)
    return Resolution(ids=ids, policy_labels=policy_labels)


def _one_of_a_kind(mentions: Sequence[Mention], ids: list[str | None], kinds: set[str]) -> None:
    """ "The ICB", in the singular, is the one integrated care board its article names
    ("NHS Wyvern Integrated Care Board"); the plural ("ICBs") and an article naming two
    or none stay the kind of body.

    ``ids`` are the article's node ids, one per mention; they are changed in place.
    """
    named: dict[str, set[str]] = defaultdict(set)
    for m, node in zip(mentions, ids, strict=True):
        if m.kind == "body" and "kind_of" in m.attrs and node is not None:
            named[str(m.attrs["kind_of"])].add(node)
    for i, m in enumerate(mentions):
        if m.kind != "body" or m.name not in kinds or len(named.get(m.name, ())) != 1:
            continue
        if not m.evidence.text.rstrip().lower().endswith("s"):  # "the ICB", not "ICBs"
            ids[i] = next(iter(named[m.name]))


def _devolved_government(
    mentions: Sequence[Mention], ids: list[str | None], lexicon: Lexicon
) -> None:
    """ "The government" in a story that opens on a devolved government ("The Scottish
    Government has published ...") is that government; where a UK department, a minister
    of no devolved government or "the government" itself comes first, it stays the UK's.

    ``ids`` are the article's node ids, one per mention; they are changed in place.
    """
    devolved = lexicon.devolved_governments
    generic = {b.name for b in lexicon.bodies if b.government and b.system}
    first: str | None = None
    for m in mentions:
        if (
            m.kind == "body"
            and m.name in devolved
            or m.kind == "person"
            and m.role_body in devolved
        ):
            first = body_node(str(m.name if m.kind == "body" else m.role_body))
            break
        if (
            m.kind == "body"
            and (m.name in generic or m.name in lexicon.public_funders)
            or m.kind == "person"
            and m.minister
        ):
            return
    if first is None:
        return
    for i, m in enumerate(mentions):
        if m.kind == "body" and m.name in generic:
            ids[i] = first


def _merge_short_forms(
    mentions: Sequence[Mention], keys: list[str | None], known_keys: set[str], lexicon: Lexicon
) -> None:
    """A short form ("the workforce plan") is the one longer policy of its article that has
    all its distinctive words and the same head noun ("the Mental Health Workforce Plan").

    ``keys`` are the article's policy keys, one per mention; they are changed in place.
    """
    words_of: dict[str, tuple[frozenset[str], str]] = {}
    for m, key in zip(mentions, keys, strict=True):
        if key is not None and m.name and "anaphor" not in m.attrs:
            words_of.setdefault(key, policy_shape(m.name, lexicon))
    longer = {k: v for k, v in longer_forms(words_of).items() if k not in known_keys}
    for i, key in enumerate(keys):
        if key is not None:
            keys[i] = longer.get(key, key)


#: What may stand between a description and the name that ends it: "plan to move
#: practices into ‘neighbourhood care hubs’".
_JOINED_NAME = re.compile(r"^\s*(?:into|for|on|under|through|as|called|named)?\s*[‘'“\"]?$")


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: "a", "an" and up to two describing words ("a two-year", "a new £5m") ending a text.
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+(?:\S+\s+){0,2}$")


def _merge_described_policies(
    mentions: Sequence[Mention],
    keys: list[str | None],
    known_keys: set[str],
    lexicon: Lexicon,
    text: str,
) -> None:
    """A described policy ("a £1.2bn plan to recruit staff", a headline's "two-week GP
    appointment guarantee") is the named policy with that head noun ("the Mental Health
    Workforce Plan", "the GP Access Guarantee"): the only one the article names, or for a
    headline's description the one the article names next; or the policy named right
    after it ("a £450m plan to move practices into 'neighbourhood care hubs'"). Short
    forms that took the description's name ("the guarantee") go with it.

    ``keys`` are the article's policy keys, one per mention; they are changed in place.
    """
    named_heads: dict[str, list[tuple[int, str]]] = defaultdict(list)
    remap: dict[str, str] = {}
    for i, (m, key) in enumerate(zip(mentions, keys, strict=True)):
        described = "fund_of" in m.attrs or "anaphor" in m.attrs
        if m.kind == "policy" and m.name and key and not described and " " in m.name:
            named_heads[policy_head(m.name)].append((i, key))
    for i, m in enumerate(mentions):
        if m.kind != "policy" or not m.name:
            continue
        if "fund_of" in m.attrs:
            head = _described_head(m.name, lexicon)
            # "plan to move practices into 'neighbourhood care hubs'": the next mention
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            own_key, next_key = keys[i], keys[i + 1] if nxt is not None else None
            if (
                nxt is not None
                and nxt.kind == "policy"
                and "fund_of" not in nxt.attrs
                and "anaphor" not in nxt.attrs
                and own_key is not None
                and next_key not in (None, own_key)
                and _JOINED_NAME.match(text[m.evidence.end : nxt.evidence.start])
            ):
                remap[own_key] = next_key
                continue
        elif (
            m.evidence.section == "body"
            and "anaphor" not in m.attrs
            and m.name.islower()
            and keys[i] not in known_keys
            and _INDEFINITE_BEFORE.search(text[max(0, m.evidence.start - 60) : m.evidence.start])
        ):
            # "announced £75m for a two-year pilot programme ... . The Healthy Weight
            # Neighbourhoods programme will run in 12 areas": a description in the body is
            # the policy named next with its head noun, in the same or the next paragraph,
            # for the first time ("the discharge fund", one the reader knows, is not a new
            # one being named; nor is "a transport guarantee" after the article's guarantee)
            own = keys[i]
            nxt_named = next(
                (
                    (j, k)
                    for j, k in named_heads.get(policy_head(m.name), [])
                    if j > i and (mentions[j].name or "")[:1].isupper()
                ),
                None,
            )
            if (
                own is not None
                and nxt_named is not None
                and nxt_named[1] != own
                and nxt_named[1] not in keys[:i]  # named for the first time after it
                and len(
                    _PARAGRAPH_BREAK.findall(
                        text, m.evidence.end, mentions[nxt_named[0]].evidence.start
                    )
                )
                <= 1
            ):
                remap[own] = nxt_named[1]
            continue
        elif (
            m.evidence.section == "headline"
            and m.name.split()[-1][:1].islower()
            and keys[i] not in known_keys
        ):
            # a lower-case head describes, names nothing: "GP appointment guarantee"
            head = policy_head(m.name)
        else:
            continue
        named = named_heads.get(head, []) if head in lexicon.policy_heads else []
        if any(k == keys[i] and j != i for j, k in named):
            continue  # "Preceptorship guarantee": already the named one with its words
        own = keys[i]
        if (
            own is not None
            and m.evidence.section == "headline"
            and not any(k != own for _, k in named)
        ):
            # "Dementia diagnosis drive" over "the Diagnose in Place model": a headline's
            # description shares its distinctive words with the name the body gives
            shared = _best_shared_words(m.name, mentions, named_heads, own, lexicon)
            if shared is not None:
                remap[own] = shared
            continue
        named = [(j, k) for j, k in named if k != keys[i]]
        after = [k for j, k in named if j > i]
        one = len({k for _, k in named}) == 1
        if own is not None and (after or named) and (one or m.evidence.section == "headline"):
            remap[own] = after[0] if after else named[-1][1]
    _same_amount_same_policy(mentions, keys, remap, lexicon)
    for i, key in enumerate(keys):  # with the short forms that took the description's name
        if key is not None and key in remap:
            keys[i] = remap[key]


_FUNCTION_WORDS = frozenset({"and", "for", "of", "to", "in", "on", "with", "at", "by", "from"})


def _word_stems(name: str, lexicon: Lexicon) -> set[str]:
    """The distinctive words of a policy's name, cut to five letters so that "diagnosis"
    meets "Diagnose" and "disorder" meets "Disorders"."""
    words = [w.strip("'‘’\"“”") for w in re.split(r"[\s\-–]+", name.lower())]
    generic = {w.lower() for w in lexicon.policy_generic_modifiers}
    return {
        w[:5]
        for w in words
        if len(w) >= 3
        and w.isalpha()
        and w not in generic
        and w not in lexicon.policy_heads
        and w not in _FUNCTION_WORDS
    }


def _best_shared_words(
    description: str,
    mentions: Sequence[Mention],
    named_heads: dict[str, list[tuple[int, str]]],
    own: str,
    lexicon: Lexicon,
) -> str | None:
    """The key of the one capitalised name in the article's body that shares most
    distinctive words with a headline's description, if it shares at least half of them."""
    stems = _word_stems(description, lexicon)
    shared: dict[str, int] = {}
    for entries in named_heads.values():
        for j, key in entries:
            name = mentions[j].name or ""
            if key == own or mentions[j].evidence.section != "body" or not name[:1].isupper():
                continue
            shared[key] = max(shared.get(key, 0), len(stems & _word_stems(name, lexicon)))
    best = max(shared.values(), default=0)
    top = [key for key, n in shared.items() if n == best]
    return top[0] if best and 2 * best >= len(stems) and len(top) == 1 else None


def _described_head(name: str, lexicon: Lexicon) -> str:
    """The head noun of an amount's policy: first in "plan to recruit staff", last in
    "eye health programme"."""
    last = policy_head(name)
    return last if last in lexicon.policy_heads else policy_head(name, first=True)


def _same_amount_same_policy(
    mentions: Sequence[Mention], keys: list[str | None], remap: dict[str, str], lexicon: Lexicon
) -> None:
    """A description given with an amount is the policy given later with the same amount
    and head noun: a headline's "£60m eye health programme" and the lede's "a £60m
    programme to bring eye tests" are "the £60m Clear Sight Programme" named after them,
    and a description goes with the headline's when that is resolved. ``remap``
    (description key -> named key) changes in place.
    """
    amount_at = {m.evidence.start: m.amount_gbp for m in mentions if m.kind == "funding"}
    amount_before = {m.evidence.end + 1: m.amount_gbp for m in mentions if m.kind == "funding"}
    groups: dict[tuple[float, str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.kind != "policy" or not m.name or keys[i] is None or "anaphor" in m.attrs:
            continue
        at = m.attrs.get("fund_of")  # "a £60m programme to ...", or "£60m eye programme"
        amount = amount_at.get(at) if isinstance(at, int) else amount_before.get(m.evidence.start)
        if amount is not None:
            groups[(amount, _described_head(m.name, lexicon))].append(i)
    for members in groups.values():
        for i in members:
            own = keys[i]
            if own is None or own in remap or (mentions[i].name or "")[:1].isupper():
                continue  # named, or already resolved
            later = [  # the headline stands before everything
                j
                for j in members
                if j > i
                or "headline" in (mentions[i].evidence.section, mentions[j].evidence.section)
            ]
            target = next(
                (
                    remap.get(k, k)
                    for j in later
                    if (k := keys[j]) is not None
                    and k != own
                    and (k in remap or (mentions[j].name or "")[:1].isupper())
                ),
                None,
            )
            if target is not None:
                remap[own] = target


#: Titles used with a first name alone in British writing ("Sir Malcolm", "Dame Jo").
_FIRST_NAME_TITLES = frozenset({"Sir", "Dame", "Lord", "Lady"})


def _first_name_of(node: str) -> str:
    """The first-name part of a person's node id (``person:jane-smith`` -> ``jane``)."""
    return node.split(":", 1)[1].split("-", 1)[0]


def _surname_of(node: str) -> str:
    """The surname part of a person's node id (``person:jane-smith`` -> ``smith``)."""
    return node.rsplit("-", 1)[-1] if "-" in node else node.split(":", 1)[1]
