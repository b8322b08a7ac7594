"""Run the extractors over articles: from :class:`Article` to :class:`ArticleExtraction`.

Every article is cut into segments (headline, body paragraphs, readers' comments), all
segments of all articles go through spaCy's ``nlp.pipe`` in one stream (batched, and in
several processes with ``n_process``), and each article's segments then go through the
extractors in order:

1. ``entities`` — people, bodies, policies, places (:mod:`.extractors.entities`);
2. ``money`` — amounts and their periods (:mod:`.extractors.money`);
3. a capitalised policy name said again, or by its last word ("the accelerator"), is
   that policy; policy anaphora ("his plan", "a new programme") are tied to the named
   policy;
4. ``relations`` — who did what to which policy, when (:mod:`.extractors.relations`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import groupby

from spacy.language import Language

from .extractors.entities import (
    extract_entities,
    fold_short_forms,
    policy_head,
    policy_key,
    policy_shape,
)
from .extractors.money import find_money
from .extractors.relations import extract_relations
from .extractors.segment import Segment
from .lexicon import Lexicon
from .model import Article, ArticleExtraction, Mention

__all__ = [
    "segment_spans",
    "extract_articles",
    "extract_article",
    "resolve_anaphora",
    "topic_key",
    "quoted_policy_mentions",
    "head_noun_mentions",
]

#: How far (characters) a cataphoric "a new programme" looks ahead for the policy's name.
CATAPHORA_WINDOW = 400


def segment_spans(article: Article) -> list[tuple[str, int | None, int, int]]:
    """``(section, comment index, start, end)`` of every segment of an article."""
    out: list[tuple[str, int | None, int, int]] = []
    if article.headline is not None:
        out.append(("headline", None, *article.headline))
    out.extend(("body", None, a, b) for a, b in article.body)
    out.extend(("comment", i, a, b) for i, (a, b) in enumerate(article.comments))
    return out


def money_mentions(seg: Segment) -> list[Mention]:
    """Funding mentions for every money amount of a segment."""
    out = []
    for amt in find_money(seg.doc.text):
        ev = seg.evidence(amt.start, amt.end)
        out.append(
            Mention(
                kind="funding",
                text=amt.text,
                evidence=ev,
                name=amt.text,
                amount_gbp=amt.amount_gbp,
                period=amt.period,
                attrs={"currency": amt.currency, "amount": amt.amount},
            )
        )
    return out


#: Weight of a policy named in the headline when choosing an article's topic.
HEADLINE_WEIGHT = 3


def _describes(m: Mention) -> bool:
    """Is a policy mention a description in lower case ("dementia diagnosis drive"), not
    a name? A headline's first word is capitalised whatever it is."""
    words = (m.name or "").split()
    return m.kind == "policy" and len(words) > 1 and all(w[:1].islower() for w in words[1:])


def topic_key(mentions: list[Mention], lexicon: Lexicon) -> str | None:
    """What an article is about: the policy (or amount) named most often, the headline
    counting triple, a short form counting for the longer name it shortens and "the
    framework" for the one policy named before with that head noun.

    Headlines name what an article is about, so a policy in the headline weighs more; a
    headline's lower-case description ("ward exit drive") only paraphrases the name the
    body gives, so it counts once.
    The key is a policy key, or ``£AMOUNT`` for an amount.
    """
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    words: dict[str, tuple[frozenset[str], str]] = {}
    for i, m in enumerate(mentions):
        if m.evidence.section == "comment":
            continue
        if "anaphor" in m.attrs:
            # "the framework" after one "... Framework": a mention of it
            alike = {
                policy_key(n.name or "", lexicon)
                for n in mentions[:i]
                if n.kind == "policy"
                and n.name
                and "anaphor" not in n.attrs
                and policy_head(n.name) == m.attrs.get("head")
            }
            if len(alike) == 1:
                counts[alike.pop()] += 1
            continue
        if not m.name:
            continue
        if m.kind in ("policy", "funding"):
            k = policy_key(m.name, lexicon) if m.kind == "policy" else f"£{m.amount_gbp}"
            counts[k] += (
                HEADLINE_WEIGHT if m.evidence.section == "headline" and not _describes(m) else 1
            )
            first.setdefault(k, i)
            if m.kind == "policy":
                words.setdefault(k, policy_shape(m.name, lexicon))
    # "the workforce plan" in a headline counts for the article's "General Practice
    # Workforce Stabilisation Plan"
    fold_short_forms(counts, words)
    if not counts:
        return None
    top = max(counts, key=lambda k: (counts[k], -first[k]))
    # an amount's own fund ("a £1bn fund for X") stands for the amount
    for m in mentions:
        if top.startswith("£") and m.kind == "policy" and m.name and "fund_of" in m.attrs:
            amount = next(
                (
                    f
                    for f in mentions
                    if f.kind == "funding" and f.evidence.start == m.attrs["fund_of"]
                ),
                None,
            )
            if amount is not None and f"£{amount.amount_gbp}" == top:
                return policy_key(m.name, lexicon)
    return top


def quoted_policy_mentions(seg: Segment, keys: set[str], lexicon: Lexicon) -> list[Mention]:
    """Short quoted words that name a policy of the article by its distinctive words.

    Headlines and crossheads shorten a policy to its quoted key word ("'one-stop' GP
    practices" for the "GP one-stop programme").
    """
    out = []
    for match in _QUOTED.finditer(seg.doc.text):
        inner = match.group(2)
        if len(inner.split()) > 4 or policy_key(inner, lexicon) not in keys:
            continue
        out.append(
            Mention(kind="policy", text=inner, evidence=seg.evidence(*match.span(2)), name=inner)
        )
    return out


def head_noun_mentions(seg: Segment, names: Iterable[str], lexicon: Lexicon) -> list[Mention]:
    """A capitalised policy name of the article said again, or shortened to its last word:
    "the accelerator" after "the Discharge to Assess Accelerator" refers to it.

    News copy names a programme in full once, then by its last word in lower case. Only
    names whose last word is no policy noun of the lexicon count (those are resolved as
    anaphora, "the plan"; a noun that heads a policy only in a capitalised name, "the
    target", counts), and only a last word that one name alone ends with.
    """
    ends: dict[str, dict[str, str]] = {}  # last word -> short name -> name
    forms: dict[str, str] = {}
    for name in sorted(set(names)):
        words = name.split()
        if words and words[-1].islower():  # "the Home First Accelerator programme"
            words = words[:-1]
        if len(words) >= 2 and all(w[:1].isupper() for w in (words[0], words[-1])):
            short = " ".join(words)  # one name, with or without its "programme"
            ends.setdefault(words[-1].lower(), {}).setdefault(short, name)
            forms[name] = name
            forms.setdefault(short, name)
    # a head that makes a policy only in a capitalised name ("the Four Week Target") is
    # no anaphor on its own: said alone, it is that name's last word
    heads = lexicon.policy_heads | lexicon.weak_policy_heads
    out = []
    doc = seg.doc
    # the name itself, said again where the parse did not make it a policy
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", doc.text):
            ev = seg.evidence(*match.span())
            out.append(Mention(kind="policy", text=form, evidence=ev, name=forms[form]))
    for tok in doc[1:]:
        det = doc[tok.i - 1]
        full = ends.get(tok.text)
        if (
            full is None
            or len(full) > 1
            or tok.lower_ in heads
            or tok.pos_ != "NOUN"
            or det.lower_ not in ("the", "this")
            or tok.i + 1 < len(doc)
            and doc[tok.i + 1].pos_ in ("NOUN", "PROPN")  # "the accelerator site"
        ):
            continue
        ev = seg.evidence(det.idx, tok.idx + len(tok.text))
        (name,) = full.values()
        out.append(Mention(kind="policy", text=ev.text, evidence=ev, name=name))
    return out


#: A government department's name: "Department for Education", "Ministry of Defence".
_DEPARTMENT = re.compile(r"^(?:Department|Ministry) (?:of|for) ")
_QUOTED = re.compile(r"(['‘“])([^'‘’“”\n]{2,40}?)(['’”])(?!\w)")


def _main_policy(candidates: list[int], mentions: list[Mention], lexicon: Lexicon) -> int:
    """Of several policies sharing a head noun, the one "the HEAD" refers to: the one named
    most often, ties going to the first named.

    News copy introduces its own policy first and names others with the same head noun in
    passing, for comparison ("the levy copies the soft drinks levy"); "the levy" after
    both is still the article's levy, not the last one named.
    """
    keys = {j: policy_key(mentions[j].name or "", lexicon) for j in candidates}
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for j, key in keys.items():
        counts[key] += HEADLINE_WEIGHT if mentions[j].evidence.section == "headline" else 1
        first.setdefault(key, j)
    best = max(counts, key=lambda k: (counts[k], -first[k]))
    return max(j for j, key in keys.items() if key == best)


def resolve_anaphora(mentions: list[Mention], topic: str | None, lexicon: Lexicon) -> list[Mention]:
    """Tie "his plan" to the article's topic (or the last named policy) and "a new
    programme" to the next named policy.

    Definite references ("the scheme", "his plan") in news copy mostly refer to what the
    article is about, so they go to the topic policy when it has been named before them.
    A generic head noun ("the package") refers to a policy named with that head ("the Pay
    and Training Package"), when there is one and it is not the topic. Otherwise it refers
    to the policy referred to last, by name or by an anaphor already resolved: "the
    programme" said after a second policy was named brings the first back into focus.
    Anaphora with nothing to refer to are dropped; those resolved keep their own text but
    take the name of their antecedent (they are not aliases of it).
    """
    named = [
        i
        for i, m in enumerate(mentions)
        if m.kind == "policy" and m.name and "anaphor" not in m.attrs
    ]
    out: list[Mention] = []
    referred: list[int] = []  # anaphora resolved back so far, in order
    for i, m in enumerate(mentions):
        direction = m.attrs.get("anaphor") if m.kind == "policy" else None
        if direction is None:
            out.append(m)
            continue
        section = m.evidence.section
        before = [
            j
            for j in named
            if j < i
            and (
                mentions[j].evidence.section != "comment"
                or section == "comment"
                and mentions[j].evidence.comment == m.evidence.comment
            )
        ]
        after = [
            j
            for j in named
            if j > i
            and mentions[j].evidence.section == section
            and mentions[j].evidence.start - m.evidence.end <= CATAPHORA_WINDOW
        ]
        on_topic = [j for j in before if policy_key(mentions[j].name or "", lexicon) == topic]
        head = m.attrs.get("head")
        if head is not None:  # "the fund": the article's policy with that head noun, or the
            before = [  # last one named with it
                j for j in before if policy_head(mentions[j].name or "") == head
            ]
            on_topic = [j for j in on_topic if j in before]
        same = m.attrs.get("same_head")
        # "the plans", "the reforms": a plural is the article's main measures (the policy
        # named most often), not one "X Plan" named in passing or the policy named last
        plural = same is not None and (m.text.split() or [""])[-1].lower() != same
        alike = [
            j
            for j in before
            if policy_head(mentions[j].name or "") == same
            and not (plural and (mentions[j].name or "").split()[-1].lower() == same)
        ]
        if alike and not any(j in alike for j in on_topic):
            # "the package" after "the Pay and Training Package" and a review named since:
            # a generic head noun refers to the policy named with it, when there is one
            before, on_topic, head = alike, [], same
        if direction == "forward":
            pick = after[0] if after else None
        elif on_topic:
            pick = on_topic[-1]
        elif (head is not None or plural or same is not None and not alike) and before:
            pick = _main_policy(before, mentions, lexicon)  # "the plans": the main measures
        else:  # the policy referred to last, by name or by an anaphor resolved before
            pick = max(before + [j for j in referred if head is None], default=None)
        if pick is None:
            continue
        m.name = mentions[pick].name
        if direction == "back":
            referred.append(i)
        out.append(m)
    return out


def _roles_by_reference(mentions: list[Mention], lexicon: Lexicon, text: str) -> None:
    """A role at a body named before: "Its chief executive, NAME" is at the body the last
    sentence naming one is about (its first, unless that one only owns the next: "The
    BMA's GP committee said ... Its chair" is the committee's); "NAME, the college's
    chair" at the last body with "college" in its name. ``text`` is the article's."""
    aliases: dict[str, set[str]] = {}
    for known in lexicon.bodies:
        aliases[known.name] = {known.name.lower(), *(a.lower() for a in known.aliases)}
    for i, m in enumerate(mentions):
        ref = m.attrs.get("role_ref")
        if m.kind != "person" or not isinstance(ref, str) or m.attrs.get("explicit_body"):
            continue
        bodies = [
            b
            for b in mentions[:i]
            if b.kind == "body" and b.name and not b.attrs.get("spokesperson")
        ]
        if ref == "its":  # the first body of the last sentence that names one: its subject
            last = bodies[-1].evidence.sentence_start if bodies else None
            bodies = [b for b in bodies if b.evidence.sentence_start == last]
            owners = [
                b
                for b, after in zip(bodies, bodies[1:], strict=False)
                if text[b.evidence.end : b.evidence.end + 2] in ("'s", "’s")
                and after.evidence.start <= b.evidence.end + 8
            ]
            bodies = [b for b in bodies if b not in owners][:1]
        for b in reversed(bodies):
            names = aliases.get(b.name or "", {(b.name or "").lower()}) | {b.evidence.text.lower()}
            if ref == "its" or any(ref in n.split() for n in names):
                m.role_body = b.name
                m.attrs["explicit_body"] = True
                break


def _departments_of(subject: set[str], names: Iterable[str]) -> list[str]:
    """The departments among ``names`` whose name holds every word of a role's subject
    ("education" in "Education secretary": the "Department for Education")."""
    return [
        n for n in names if subject and _DEPARTMENT.match(n) and subject <= set(n.lower().split())
    ]


def _roles_at_departments(mentions: list[Mention], lexicon: Lexicon) -> None:
    """A minister's role at the government department the article names ("Department
    for ...", "Ministry of ..."): "Education secretary NAME" is at the "Department for
    Education"; "Pharmacy minister NAME", "the minister for patient safety" and "Women's
    health minister NAME" (a subject, not a body) at the one department the article
    names, unless the subject is another department's ("Education" in an article that
    names only the health department). A shadow minister is the opposition's, at no
    department."""
    departments: list[str] = []
    for m in mentions:
        if m.kind == "body" and m.name and _DEPARTMENT.match(m.name) and m.name not in departments:
            departments.append(m.name)
    if not departments:
        return
    # bodies the role may already name: the lexicon's and the article's
    bodies = {n for b in lexicon.bodies for n in (b.name, *b.aliases)}
    bodies |= {m.name for m in mentions if m.kind == "body" and m.name}
    for m in mentions:
        role = m.role or ""
        minister = m.minister or any(w in role for w in ("minister", "secretary"))
        if (
            m.kind != "person"
            or not minister
            or role.startswith("shadow ")
            or m.role_body in bodies
        ):
            continue
        subject = set((m.role_body or "").lower().split())
        here = _departments_of(subject, departments)
        elsewhere = _departments_of(subject, (b.name for b in lexicon.bodies))
        if len(here) == 1:
            m.role_body = here[0]
        elif elsewhere:  # another department's subject: its role, where the text names it
            m.role_body = elsewhere[0]
            m.attrs["explicit_body"] = False
        elif len(departments) == 1:
            m.role_body = departments[0]


def _roles_at_devolved_government(mentions: list[Mention], lexicon: Lexicon) -> None:
    """A minister with no body of her own ("Cabinet secretary for health and social care
    NAME", "Minister for public health NAME") in an article that names one devolved
    government ("the Welsh Government") and no department is that government's."""
    nations = lexicon.devolved_governments
    named = {m.name for m in mentions if m.kind == "body" and m.name in nations}
    departments = [m for m in mentions if m.kind == "body" and _DEPARTMENT.match(m.name or "")]
    if len(named) != 1 or departments:
        return
    (government,) = named
    for m in mentions:
        if m.kind == "person" and m.name and m.minister and m.role_body is None:
            m.role_body = government  # (not "the minister", who may be another's)


#: How far after a bare minister's title (in characters) the name it stands for may come.
_TITLE_REACH = 600


def _titles_before_names(mentions: list[Mention], lexicon: Lexicon) -> None:
    """A minister's bare title followed by an untitled name: "the health and social care
    secretary announced an overhaul ... . In a statement to MPs, Daniel Okafor said ..."
    (the lede gives the office, the next paragraph the name). The first person named in
    full after the title, in the same section and at most ``_TITLE_REACH`` characters on,
    holds it when she has no role, title or body of her own and no one else in the
    article holds that office."""
    people = [m for m in mentions if m.kind == "person" and not m.attrs.get("reader")]
    for i, bare in enumerate(people):
        role = lexicon.role(bare.role or "") if not bare.name else None
        if role is None or not role.minister:
            continue
        office = lexicon.office(role.title)
        if any(m.name and m.role and lexicon.office(m.role) == office for m in people):
            continue
        at = bare.evidence
        for m in people[i + 1 :]:
            if not m.name or len(m.name.split()) < 2:
                continue
            if m.evidence.section != at.section or m.evidence.start - at.end > _TITLE_REACH:
                break
            if not (m.role or m.title or m.role_body):
                m.role, m.minister, m.role_body = bare.role, True, bare.role_body
            break


def _roles_at_acronyms(mentions: list[Mention]) -> None:
    """ "ICB chief nursing officer" in an article that wrote "North Ridings Integrated Care
    Board (ICB)": the role is at the body the acronym was defined for."""
    defined = {
        str(m.attrs["acronym"]): m.name
        for m in mentions
        if m.kind == "body" and m.name and isinstance(m.attrs.get("acronym"), str)
    }
    for m in mentions:
        text = m.attrs.get("role_body_text")
        if m.kind == "person" and isinstance(text, str) and text in defined:
            m.role_body = defined[text]
            m.attrs["explicit_body"] = True


def _bodies_named_as_policies(mentions: list[Mention], keys: set[str], lexicon: Lexicon) -> None:
    """A name the article also uses with a policy noun is that policy: after "the Nurse
    Direct scheme" or "the Pharmacy First service", a bare "Nurse Direct" or "Pharmacy
    First" is the scheme, not an organisation or a person (the statistical NER often calls
    such names ORG or PERSON)."""
    known = lexicon.body_by_alias()
    heads = {h.lower() for h in lexicon.policy_heads}
    # "the Pharmacy First service", then "Pharmacy First": the name without its head noun
    full: dict[str, str] = {}
    for m in mentions:
        words = (m.name or "").split()
        if (
            m.kind == "policy"
            and "anaphor" not in m.attrs
            and len(words) > 2
            and words[-1].lower() in heads
            and words[0][:1].isupper()
        ):
            full.setdefault(" ".join(words[:-1]), m.name or "")
    for m in mentions:
        if (
            m.kind == "body"
            and m.name
            and "kind_of" not in m.attrs
            and m.name not in known
            and (policy_key(m.name, lexicon) in keys or m.name in full)
        ):
            m.kind = "policy"
        if m.kind == "person" and m.name in full and not (m.title or m.role):
            m.kind = "policy"  # "Steady Steps has been piloted": the NER took it for a person
        if m.kind == "policy" and m.name in full:
            m.name = full[m.name]  # one policy, named in full


def extract_article(
    article: Article, segments: list[Segment], lexicon: Lexicon
) -> ArticleExtraction:
    """Run every extractor over one article's parsed segments."""
    mentions: list[Mention] = []
    owners: list[int] = []
    per_segment: list[list[Mention]] = []
    # "BASHH", "PAPS": acronyms the article defined for bodies and policies
    acronyms: dict[str, tuple[str, str]] = {}
    for seg in segments:
        found = extract_entities(seg, lexicon, acronyms) + money_mentions(seg)
        for m in found:
            acronym = m.attrs.get("acronym")
            if m.kind in ("body", "policy") and m.name and isinstance(acronym, str):
                acronyms.setdefault(acronym, (m.kind.upper(), m.name))
        found.sort(key=lambda m: (m.evidence.start, m.evidence.end))
        per_segment.append(found)
    names = [
        m.name
        for found in per_segment
        for m in found
        if m.kind == "policy" and m.name and "anaphor" not in m.attrs
    ]
    keys = {policy_key(name, lexicon) for name in names}
    for seg, found in zip(segments, per_segment, strict=True):
        if seg.section != "comment":
            taken = [(m.evidence.start, m.evidence.end) for m in found]
            for q in quoted_policy_mentions(seg, keys, lexicon) + head_noun_mentions(
                seg, names, lexicon
            ):
                if not any(q.evidence.start < b and a < q.evidence.end for a, b in taken):
                    found.append(q)
                    taken.append((q.evidence.start, q.evidence.end))
            found.sort(key=lambda m: (m.evidence.start, m.evidence.end))
    flat = [m for found in per_segment for m in found]
    _bodies_named_as_policies(flat, keys, lexicon)
    _roles_at_acronyms(flat)
    _roles_by_reference(flat, lexicon, article.text)
    _roles_at_departments(flat, lexicon)
    _titles_before_names(flat, lexicon)
    _roles_at_devolved_government(flat, lexicon)
    topic = topic_key(flat, lexicon)
    kept = {id(m) for m in resolve_anaphora(flat, topic, lexicon)}
    for seg_i, found in enumerate(per_segment):
        for m in found:
            if id(m) in kept:
                mentions.append(m)
                owners.append(seg_i)
    topic_index = next(
        (
            i
            for i, m in enumerate(mentions)
            if m.kind == "policy"
            and m.name
            and policy_key(m.name, lexicon) == topic
            or m.kind == "funding"
            and f"£{m.amount_gbp}" == topic
        ),
        None,
    )
    relations = extract_relations(article, segments, mentions, owners, lexicon, topic_index)
    return ArticleExtraction(article=article, mentions=mentions, relations=relations)


def extract_articles(
    articles: Iterable[Article],
    nlp: Language,
    lexicon: Lexicon,
    *,
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[ArticleExtraction]:
    """Parse and extract many articles in one ``nlp.pipe`` stream, in input order."""
    articles = list(articles)
    items = (
        (article.text[start:end], (n, section, comment, start))
        for n, article in enumerate(articles)
        for section, comment, start, end in segment_spans(article)
    )
    docs = nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=n_process)
    for n, group in groupby(docs, key=lambda pair: pair[1][0]):
        article = articles[n]
        segments = [
            Segment(article, section, comment, start, doc)  # type: ignore[arg-type]
            for doc, (_, section, comment, start) in group
        ]
        yield extract_article(article, segments, lexicon)
