"""Find who announced, proposed, criticised, supported or funded what, in one article.

Each rule names a general pattern of English news writing:

* **ACTOR VERB OBJECT** — a verb of the lexicon's ``relation_verbs`` ("announce",
  "criticise", "welcome", "fund") whose grammatical subject is a person or body and whose
  object (or clause) holds a policy or an amount. A clause with no subject of its own
  ("Announcing his plan, Mr Smith said ...") takes the subject of the clause it hangs on,
  and a participle after a name ("Mr Smith, announcing the fund to MPs, said") that name;
  one with no actor for a subject is the speaker's only if that subject is a pronoun
  ("'We will fund it,' she said"), not a thing ("the plan promised X, a goal she said
  ...") nor a passive ("she said the levy had been designed without ..."). "the
  committee", "the council" is the last body named with that word; "the charity", named
  by no name, the body named earlier in the sentence; "the report recommends" is its
  author's ("a report published by X"), and "replace A with B" puts forward B, not A.
  "confirmed that Y would extend X" announces an expansion (``expanded``), "... consult
  on X" a proposal; "agreed to extend X" is the extending, not support of X; "X said the
  scheme would be extended" (no agent) is X's expansion. A verb of announcing under one
  of criticism or proposal ("accused ministers of announcing ...", "proposed that the
  government introduce ...") announces nothing.
* **X, which A published** — a relative clause whose pronoun is its verb's object makes
  the noun the verb's object.
* **SPEAKER said: QUOTE** — a reporting verb ("said", "told", "added") makes its subject
  the speaker of the sentence; "he"/"she" is the last person named; a paragraph that is a
  bare quote continues the last speaker; in "'QUOTE,' X said." and "CLAUSE, X said." the
  words are those before the verb; "'QUOTE,' according to X" is X's quote (a fronted
  "According to X, ..." cites X for a fact, and names no speaker).
* **stance in a speaker's words** — a speaker's words with evaluative cue words (a negated
  modal, "would not cover", counts against) criticise or support the policy they name,
  or the policy the article is about (also when they name only policies the article
  neither announces nor is about); a speaker never criticises their own policy this way,
  nor a minister what is announced in the article (their grim words describe the problem
  it meets). Words with no cue word that VADER's valence lexicon scores negative ("it
  will leave patients waiting longer") criticise, less the lexicon's neutral words that
  name the subject ("emergency", "cancer", "sick pay"); its positive scores are not
  used, since the words of policy news ("help", "care", "support") score positive
  whatever the speaker thinks. A criticism cue that a verb of the lexicon's
  ``stance_cues.remedy`` puts right ("would end the postcode lottery") does not count,
  and what something will or would put right is support. An official whose words carry
  no cue word, in the paragraph where her body took a stance on a policy ("BODY welcomed
  X. Its chief executive, NAME, said ..."), takes the body's stance.
* **Announcing the expansion, X said** — a verb of announcing whose object names no
  policy: "the expansion", "the rollout" expands the article's policy, "the scheme", "the
  funding" announces it, and "It was set out by X" announces the policy named last.
* **the lede names the topic** — when an article is about an amount ("£75m to ..."), its
  policy is the one the first paragraph names with that amount, or the one named in the
  paragraph that first gives the amount in a sentence naming no policy.
* **PERSON's announcement** — a possessive on "announcement"/"plan"/"pledge" names the
  announcer.
* **Speaking at VENUE in PLACE TIME, SPEAKER ...** — the venue, place and time of what a
  speaker announces in the article.
* **£N ... for/to fund POLICY**, **£N from BODY** — what an amount pays for and who
  provides it ("the fund" after a named fund is that fund; "It ..., backed by £N" the
  policy named last; "£N, which works out at £M a year" restates N); also "a £42m NAME
  Fund", "POLICY backed by £N", "£N under/through POLICY" (and "Under POLICY, BODY will
  pay £N"), "£N paid by BODY", and "ANNOUNCER said £N will be paid" (announced);
  "POLICY will receive £N", "POLICY, which offers a £N bonus", "POLICY will give each
  practice £N" (also "POLICY ... is expected to give ..."), "give POLICY £N"; an amount
  given or received with no policy named in its sentence ("the Treasury will provide £8m
  to help councils ...", "pharmacies will be paid £18 a check"), or sizing an unnamed
  policy noun ("the £48m scheme"), pays for the article's policy;
  likewise "ANNOUNCER said the department would publish X" announces X, and "X announced
  P, offering ... £N" announces £N for P.
  A minister (also by surname: "Baroness Vale said") who says what a policy will do
  ("said the X programme would reach every home", "would be paid under a new X")
  announces it, or expands it ("X will be extended"); so does a public funder of the
  lexicon of a new one ("Under the new X, trusts will ..., the department said"); any
  amount a minister gives is announced (not one its verb already made something else:
  "urged ministers to add £12,000" is a proposal; nor a share of what is announced:
  "announced £450m ..., of which £300m will go to hospitals"). "a fund of £N", "£N
  committed to X", "£N to extend X", "£N under the programme" (named before), "with a
  further £N" (what the amount before pays for), "backed by £N", "equivalent to around
  £N" or "works out at £N" (the policy named before, else the article's),
  "VERB POLICY with £N" ("topping up the X Scheme with a further £40m"), "put £N into
  POLICY" (or "into the expansion": the article's), "£N1 ..., of which £N2" (what £N1
  pays for), "£N will go to POLICY", "It includes £N" and "Of the total, £N" (a share of
  the money given before) and a headline naming one policy and an amount also say what
  an amount pays for; a fee paid or claimed ("will pay pharmacies £28 for each
  consultation") is paid under the policy named last.
* **the POLICY, launched by A and B** — a participle announces its noun for each agent;
  with no agent, the article's own policy is its announcer's, and a policy named in the
  paragraph after "X pledged that ..." (naming nothing) is X's. "Under POLICY, Y will be
  rolled out" with no agent: Y is expanded (or announced) by whoever announced POLICY,
  which is the frame, not what is rolled out.
* **reactions are to policies** — an amount stands for the policy it pays for; a reaction
  that names nothing is to the article's policy, or with "it" to the policy named last
  (by its name or a short form: "the fund"), but in "BODY said it ..." "it" is the body;
  a reaction naming a short form of a policy named in the article ("the direct-access
  pathway") is to that policy, and so is one to its expansion, rollout or launch
  ("welcomed the expansion of Pharmacy First");
  "welcomed X but said ...", "cautiously welcomed X", "gave X a cautious welcome" and
  "We are pleased ... . But ..." are support with a reservation (both edges; "welcomed X
  but said Y ..." and "... X. But it said Y ..." criticise Y, not X, unless Y is named
  as missing: "no recovery plan"); "critical of X", "was sharper about X", "was
  less convinced" ("impressed") and "blamed X" (a body too) are criticism, "was more
  positive" support (naming nothing, of the article's policy); a passive or negated
  stance verb is no one's stance, but "praised by X" is X's; "she" after a quote is the
  speaker, not someone quoted.
* **REPORTED PLANS AND PROVIDERS** — "The X Grant will be paid through ..., the DHSC
  said": a government body or minister reporting what a newly named policy will do
  announces it; money a public funder announces is money it provides; "X, funded by A
  and B" makes A and B providers of X's money.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span, Token
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from ..articles import is_lead
from ..lexicon import Lexicon
from ..model import Article, Evidence, Mention, Relation
from .dates import Tense, TimeExpression, find_time_expressions, resolve
from .entities import (
    BODY_NOUNS,
    fold_short_forms,
    longer_forms,
    policy_key,
    policy_shape,
    wanted,
)
from .policy_links import find_policy_links
from .segment import Segment

__all__ = ["extract_relations", "READER"]

#: Name of the actor of readers' comments.
READER = "Anonymous reader"

_PRONOUNS = {"he", "she"}
_VENUE_VERBS = {"speak", "address", "write", "appear", "talk"}
_ANNOUNCEMENT_NOUNS = {
    "announcement": "announced",
    "pledge": "announced",
    "plan": "proposed",
    "plans": "proposed",
    "proposal": "proposed",
    "proposals": "proposed",
    "ambition": "proposed",
}
#: Nouns that, with "the"/"this"/"his", refer back to what the article reports.
_REACTION_OBJECTS = {
    "announcement",
    "move",
    "news",
    "decision",
    "plan",
    "plans",
    "proposal",
    "proposals",
    "scheme",
    "policy",
    "idea",
    "investment",
    "funding",
    "pledge",
    "package",
    "programme",
    "initiative",
    "change",
    "changes",
    "reform",
    "reforms",
    "statement",
    "commitment",
    "fund",
    "money",
    "cash",
    "settlement",
    "deal",
    "framework",
    "strategy",
    "review",
    "expansion",
    "extension",
    "rollout",
    "roll-out",
    "service",
    "pilot",
    "grant",
    "levy",
    "guarantee",
}
#: Nouns of an action on a policy: "welcomed the expansion of Pharmacy First" is about it.
_ACTION_NOUNS = {"expansion", "extension", "rollout", "roll-out", "introduction", "launch"}
#: Nouns that, as what is announced, make the announcement an expansion.
_EXPANSION_NOUNS = {"expansion", "extension", "rollout", "roll-out"}
_QUOTE_OPENERS = "‘“'\"’"
#: Documents that speak for their authors: "the report recommends ...".
_DOCUMENT_NOUNS = {"report", "study", "analysis", "review", "audit", "inquiry", "survey"}

_ACTOR_KINDS = ("person", "body")
_TARGET_KINDS = ("policy", "funding")


@dataclass
class _State:
    """What the reader of an article remembers while reading it in order."""

    last_person: int | None = None
    last_body: int | None = None
    last_speaker: int | None = None
    last_policy: int | None = None
    last_announcer: int | None = None
    #: who last announced something without naming it ("X pledged that every patient
    #: ..."), and in which paragraph
    unnamed_announcer: tuple[int, int] | None = None
    #: money announced without saying what it pays for ("X has announced £180m over two
    #: years to help practices ..."), and in which paragraph
    unplaced_money: tuple[int, int] | None = None
    #: the last speaker's supportive reaction in this paragraph: (speaker, targets)
    last_support: tuple[int, list[int]] | None = None
    paragraph_speaker: int | None = None
    #: the body whose report the article describes ("a report published today by X")
    report_author: int | None = None
    venues: dict[str, tuple[int | None, TimeExpression | None, Evidence]] = field(
        default_factory=dict
    )


def _mention_tokens(seg: Segment, m: Mention) -> Span | None:
    return seg.doc.char_span(
        m.evidence.start - seg.start, m.evidence.end - seg.start, alignment_mode="expand"
    )


#: Participles whose agent is the money behind what is announced: "backed by £95m".
_BACKING_PARTICIPLES = frozenset({"back", "fund", "underpin", "bankroll", "finance", "support"})

#: Adjectives that, with "of" or after "was", make a stance: "the committee was critical of
#: the fund", "the college was more positive", "Unison was sharper about the department".
_STANCE_ADJECTIVES = {
    "critical": "criticised",
    "scathing": "criticised",
    "sceptical": "criticised",
    "skeptical": "criticised",
    "dismissive": "criticised",
    "hostile": "criticised",
    "sharper": "criticised",
    "blunter": "criticised",
    "unconvinced": "criticised",
    "unimpressed": "criticised",
    "supportive": "supported",
    "positive": "supported",
    "upbeat": "supported",
    "enthusiastic": "supported",
}


#: Verbs that take a noun of stance as their object: "gave the scheme a warm welcome".
_LIGHT_VERBS = {"give", "offer", "extend"}
#: Words that hedge a welcome, making it support with a reservation: "a cautious welcome",
#: "cautiously welcomed".
_HEDGES = {"cautious", "cautiously", "guarded", "qualified", "tentative", "tentatively"}


def _hedged(verb: Token) -> bool:
    """Is a verb of support, or its noun of stance, hedged ("cautiously welcomed", "gave X a
    cautious welcome")?"""
    words = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(c.lower_ in _HEDGES for w in words for c in w.children)


def _verb_kind(tok: Token, lexicon: Lexicon) -> str | None:
    """The edge kind a verb makes (phrasal verbs like "roll out" included), or an adjective
    of stance with "of" ("critical of")."""
    if (
        tok.pos_ in ("ADJ", "VERB")
        and tok.lower_ in ("convinced", "impressed")
        and tok.dep_ == "acomp"
    ):
        doubt = any(c.dep_ == "neg" or c.lower_ in ("less", "far") for c in tok.children)
        return "criticised" if doubt else None  # "was less convinced", "is not impressed"
    if tok.pos_ == "ADJ" and tok.lower_ in _STANCE_ADJECTIVES:
        if tok.dep_ == "acomp" or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return _STANCE_ADJECTIVES[tok.lower_]  # "was critical of X", "was more critical"
        return None
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.dep_ == "ROOT"):
        return None
    lemma = tok.lemma_.lower()
    if lemma in _LIGHT_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.relation_verbs["supported"]
        for c in tok.children
    ):
        return "supported"  # "gave the scheme a cautious welcome"
    if lemma == "add" and any(c.dep_ == "dobj" and _is_money(c) for c in tok.children):
        return "funds"  # "it would add an extra £400m a year"; not "she added that ..."
    particles = [c.lower_ for c in tok.children if c.dep_ in ("prt", "prep")]
    for kind, verbs in lexicon.relation_verbs.items():
        if lemma in verbs or any(f"{lemma} {p}" in verbs for p in particles):
            if kind == "supported" and any(
                c.dep_ == "xcomp" and _verb_kind(c, lexicon) for c in tok.children
            ):
                return None  # "agreed to extend X" decides to extend it; the extending counts
            return kind
    return None


def _governing_verb(span: Span) -> Token:
    """The verb a mention hangs on, outside the mention itself (the tagger may call the
    "m" of "£45m" a verb)."""
    verb = span.root
    while (
        verb.pos_ not in ("VERB", "AUX") or span.start <= verb.i < span.end
    ) and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _tense(verb: Token) -> Tense:
    """``future`` for "will announce", "is to fund", "would provide"; else ``past``.

    News reports what was said in the past tense, so a bare month ("in April") is the last
    one, unless the verb looks ahead.
    """
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "'ll", "shall", "would", "to"}:
        return "future"
    return "past"


def _clause_subject(tok: Token) -> Token | None:
    """The subject of ``tok``'s clause, climbing out of subjectless clauses.

    A passive clause with no "by" agent has no actor ("a scheme was proposed").
    """
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) and not any(
        c.dep_ == "agent" for c in tok.children
    ):
        return None
    cur = tok
    for _ in range(4):  # a few clauses up at most
        # the subject nearest the verb: "RCGP chair Professor Ruth Dale said" is parsed
        # at times as two subjects, "chair" and "Dale"
        subjects = [c for c in cur.children if c.dep_ == "nsubj"]
        agent = next((c for c in cur.children if c.dep_ == "agent"), None)
        subj = subjects[-1] if subjects else agent
        if subj is not None:
            if subj.dep_ == "agent":  # "proposed by the Treasury"
                subj = next((c for c in subj.children if c.dep_ == "pobj"), subj)
            return subj
        if (
            cur.dep_ == "acl"
            and cur.tag_ == "VBG"
            and cur.head.pos_ in ("PROPN", "NOUN")
            and cur.doc[cur.i - 1].text == ","
        ):
            # "NAME, announcing the fund to MPs, said": the name acts (set off by a comma;
            # in "write to the minister opposing the fund" the minister does not)
            return cur.head
        if cur.dep_ not in ("advcl", "xcomp", "conj", "acl", "relcl", "ccomp"):
            return None
        cur = cur.head
    return None


#: Words between an amount and a policy that say the amount pays for it.
_FUNDS_CUES = (
    " fund",
    " pay",
    " pilot",
    " for ",
    "invest",
    " spent on",
    " to support",
    " under ",
    " through ",
    " towards ",
    " committed to ",
    " go to ",
    " goes to ",
    " went to ",
)
#: Words right before an amount that make it the money of the policy named before them:
#: "a plan backed by £1.2bn", "the fund, maintained at £4.2bn", "the X Fund over two
#: years, equivalent to £125m a year", "the Programme works out at around £50m a year",
#: a hedge ("up to", "around") allowed; with no policy named, of the article's policy.
_FUNDED_BY = re.compile(
    r"(?:\b(?:backed|funded|underpinned|bankrolled) by|\bworth|\bequivalent to|"
    r"\b(?:maintained|set|fixed|capped|frozen) at|\bcosting|\bbudget of|\bwith funding of|"
    r"\bworks? out at|\bamount(?:s|ing)? to|\btotall?ing)"
    r"(?:\s+(?:an? (?:further|extra|additional)|another|a new))?"  # "backed by an extra £85m"
    r"(?:\s+(?:up to|around|about|roughly|some|nearly|almost|more than|over|at least))?\s*$"
)
#: Words after an amount that make it a fee: "£28 for each consultation", "£15 per child".
_PER_UNIT = re.compile(
    r"^\s*(?:for (?:each|every)|per)\s+(?!year\b|month\b|week\b|day\b|annum\b)[a-z]"
)
#: Verbs that pay or claim a fee.
_FEE_VERBS = {"pay", "receive", "get", "offer", "award", "give", "claim", "bid", "earn", "rise"}
#: Words between a policy and an amount that give the policy's size: "a fund of £2bn".
_OF_AMOUNT = re.compile(
    r"^\s*of\s+(?:up to|around|about|roughly|some|nearly|almost|more than|over|at least)?\s*$"
)
#: Words between an amount and a policy that make the policy what the amount is for:
#: "£12m to roll out the Scheme", "£5m a year to extend the Service", "£85m to help
#: practices meet the Standard".
_TO_DO = re.compile(
    r"^(?:\s+(?:a|per|each) (?:year|month|week|practice|patient))?"
    r"(?:\s+over (?:the next )?\w+ years?)?\s+to"
    r"(?:\s+(?:help|enable|allow|support)\s+[a-z]+(?:\s+[a-z]+)?)?"  # "to help practices meet"
    r"\s+[a-z]+(?:\s+(?:out|up|on))?"
    r"\s+(?:(?:the|a|an|its|their|new)\s+)*$"
)
#: Nouns that, with "the", stand for what the article reports: "£6.8m ... for the
#: expansion", "will put £215m into the expansion".
_TOPIC_NOUNS = (
    "expansion|scheme|plan|programme|service|pilot|initiative|project|roll-?out|extension"
)
_FOR_THE_TOPIC = re.compile(rf"\bfor (?:the|its|this) (?:{_TOPIC_NOUNS})\b")
#: An amount that sizes an unnamed policy noun, "the £48m scheme", "a £95m digital
#: programme": the words before and after the amount. In an article about a policy, it is
#: that policy's money.
_SIZES_BEFORE = re.compile(r"\b(?:the|a|an|its|this|their)\s*$")
_SIZES_NOUN = re.compile(
    rf"^(?:\s+(?:a|per) year)?\s+(?:[a-z][a-z-]*\s+){{0,2}}?(?:{_TOPIC_NOUNS}|fund|package)\b"
)
#: Words between two amounts that make the second a restatement of the first: "£270m,
#: which works out at £90m a year", "£1bn, or £250m a year".
_RESTATED = re.compile(
    r"^\s*,?\s*(?:which\s+)?(?:works out at|is equivalent to|equivalent to|or)\s+"
    r"(?:around|about|roughly|some)?\s*$"
)
#: Verbs whose subject gets an amount: "the programme will receive £450m".
_RECEIVE_VERBS = {"receive", "get", "secure", "attract"}
#: Verbs whose subject, when a policy, pays an amount out: "the scheme will give each
#: practice £5,000", "the Recruitment Scheme, which offers a £12,000 bonus".
_PAY_OUT_VERBS = {"give", "offer", "pay", "award", "provide"}
#: Verbs that give a policy's size: "the public health grant, which totals £3.6bn a year".
_SIZE_VERBS = {"total", "amount"}
#: What may stand between a policy and "which" that hangs on it: "a Fund worth £40m a
#: year, which", "the scheme, which".
_SIZED_ANTECEDENT = re.compile(r"^(?:\s+(?:worth|of|costing)\s+[^,;]*)?\s*,\s*$")
_PART_OF = re.compile(r"\b(as part of|part of|set out in|outlined in)\b", re.IGNORECASE)

#: Tokens after an amount in which "from BODY" or "by BODY" says who provides it.
_PROVIDER_WINDOW = 14
#: Words right before a second amount that add it to the first: "with a further £6.5m".
_FURTHER = re.compile(r"\b(?:with|and|plus) (?:a further|an extra|another|an additional)\s*$")
#: Words right before a second amount that make it a share of the first: "£450m ..., of
#: which £300m will go to hospitals", "£85m ..., including £1,800 per practice".
_SHARE_OF = re.compile(r"(?:\bof which|\bincluding)\s*(?:up to|around|about|some)?\s*$")
#: Verbs that make an amount a part of their subject's money: "It includes £6m for an
#: evaluation", "The money ... includes £60m for direct access".
_INCLUDE_VERBS = {"include", "contain", "comprise", "incorporate"}
#: Nouns that stand for money already given: "The money, £480m over four years, ...".
_MONEY_NOUNS = {"money", "funding", "cash", "investment", "package", "total", "sum", "pot"}
#: Words before an amount that make it a share of money given before: "Of the total, £90m".
_OF_THE_MONEY = re.compile(
    rf"^\s*of (?:the|this|that) (?:{'|'.join(sorted(_MONEY_NOUNS))})\s*,?\s*$"
)
#: Modal verbs that, negated, say what a policy will fail to do: "will not cover" ("won't"
#: and "can't" are tokenised "wo" and "ca" + "n't").
_MODALS = {"will", "would", "wo", "could", "can", "ca"}
_NEGATION_WINDOW = 4
_NEGATIONS = {
    "not",
    "n't",
    "no",
    "never",
    "without",
    "nor",
    "nowhere",
    "hardly",
    "barely",
    "scarcely",
}


_CONTRASTS = {"but", "however", "although", "though", "yet"}


def _quoted_ranges(sent: Span) -> list[tuple[int, int]]:
    """Character ranges (in the doc) of the quoted words of a sentence, between a pair of
    opening and closing quotation marks."""
    ranges: list[tuple[int, int]] = []
    opened: int | None = None
    for tok in sent:
        opening = (
            tok.text in "‘“" or tok.text in "'\"" and (tok.i == 0 or tok.doc[tok.i - 1].whitespace_)
        )
        if opened is None and opening:
            opened = tok.idx + len(tok.text)
        elif opened is not None and tok.text in "’”'\"":
            ranges.append((opened, tok.idx))
            opened = None
    if opened is not None:  # a quote running on to the end of the sentence
        ranges.append((opened, sent.end_char))
    return ranges


def _passive_or_negated(verb: Token) -> bool:
    """A passive verb ("was criticised by"), or one sharing a negation with the verb it is
    joined to ("not matched and supported"): its subject does not do what it says."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    for v in verbs:
        if any(c.dep_ in ("auxpass", "nsubjpass", "agent", "neg") for c in v.children):
            return True
    return verb.tag_ == "VBN" and verb.dep_ in ("conj", "acl") and verb.head.tag_ == "VBN"


def _negated(verb: Token) -> bool:
    """Does the verb, or the verb it is joined to, carry a negation?"""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "neg" for v in verbs for c in v.children)


def _reservation_after(verb: Token) -> int | None:
    """The index of a contrast ("but", "however") after ``verb`` in its sentence, if any."""
    return next((t.i for t in verb.doc[verb.i + 1 : verb.sent.end] if t.lower_ in _CONTRASTS), None)


#: Entity types of the words that say when something was said ("announced yesterday").
_WHEN = ("DATE", "TIME")


def _speakers_words(sent: Span, speech_tok: Token | None) -> Span:
    """The words a speaker says in a sentence: what follows the reporting verb ("X said
    the plan was ..."), or, when a quote or the reported clause comes first ("'It will
    fail,' X said.", "It will fail, X said."), what comes before it."""
    if speech_tok is None:
        return sent
    before = sent.doc[sent.start : speech_tok.i]
    if any(t.text in "’”'\"" for t in before[1:]) and any(
        t.text in _QUOTE_OPENERS for t in before[:2]
    ):
        return before
    if any(c.dep_ == "ccomp" and c.i < speech_tok.i for c in speech_tok.children):
        # "It will be backed by £600m, the minister said": the reported clause comes first
        subject = next((c for c in speech_tok.children if c.dep_ == "nsubj"), None)
        end = subject.left_edge.i if subject is not None else speech_tok.i
        return sent.doc[sent.start : min(end, speech_tok.i)]
    after = sent.doc[speech_tok.i + 1 : sent.end]
    if speech_tok.i > sent.start and not any(
        t.pos_ in ("NOUN", "PROPN", "VERB", "AUX", "PRON", "NUM") and t.ent_type_ not in _WHEN
        for t in after
    ):
        # "X will be replaced by Y, health secretary NAME announced yesterday": however the
        # parse hangs the verb, a report that ends the sentence reports what came before,
        # up to the comma before the speaker
        subject = next((c for c in speech_tok.children if c.dep_ == "nsubj"), None)
        end = subject.left_edge.i if subject is not None else speech_tok.i
        comma = max((t.i for t in sent.doc[sent.start : end] if t.text == ","), default=end)
        return sent.doc[sent.start : comma]
    return after


def _stances(words: Span, lexicon: Lexicon) -> list[str]:
    """The stances of a speaker's words: one, or both for support with a reservation.

    "We are pleased that X puts nurses first. But it will only work if ..." supports X
    and criticises it: words before a contrast that support, followed by words after it
    that do not, are both.
    """
    kind = _stance(words, lexicon)
    cut = next((t.i for t in words if t.lower_ in _CONTRASTS and t.i > words.start), None)
    if cut is not None:
        before = _stance(words.doc[words.start : cut], lexicon)
        after = _stance(words.doc[cut : words.end], lexicon)
        if before == "supported" and after != "supported":
            return ["supported", "criticised"]
    return [kind] if kind is not None else []


def _removed(cue: Token, remedies: frozenset[str]) -> bool:
    """Is a criticism cue the object of a verb of ``remedies`` ("would end the postcode
    lottery", "help to tackle the crisis")? Then it names the problem a policy meets, not
    a fault of the policy."""
    head = cue
    for _ in range(2):  # "end the lottery", "end the postcode lottery in stroke care"
        if head.dep_ not in ("dobj", "pobj", "compound", "amod", "nsubjpass") or head.head is head:
            return False
        head = head.head
        if head.pos_ == "VERB" and head.lemma_.lower() in remedies:
            return True
    return False


def _promises_remedy(tok: Token, remedies: frozenset[str]) -> bool:
    """Is ``tok`` a verb of ``remedies`` that something will or would do to an object ("the
    scorecards would end the era of opaque ratings")? Said of a policy, that is praise."""
    return (
        tok.pos_ == "VERB"
        and tok.lemma_.lower() in remedies
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in tok.children)
        and any(c.dep_ == "dobj" for c in tok.children)
    )


def _is_money(noun: Token) -> bool:
    """Does ``noun`` name money ("£450m", "an extra £220m", "the funding")?"""
    before = noun.doc[noun.left_edge.i : noun.i + 1]
    return noun.lemma_.lower() in _MONEY_NOUNS or any(t.text in ("£", "$", "€") for t in before)


def _is_fee(amount: Mention, seg: Segment) -> bool:
    """Is ``amount`` ("£28 for each consultation") paid or claimed ("will be paid £15 for
    every dose", "can bid for up to £60,000 per school", "at £28 per review"), not a loss
    or a demand ("a loss of £6,500 for every pharmacy", "urged ministers to add £12,000
    per practice")?"""
    span = _mention_tokens(seg, amount)
    if span is None:
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ == "at":
        return True
    return _governing_verb(span).lemma_.lower() in _FEE_VERBS


def _is_plural_kind(name: str) -> bool:
    """Does a body's name, in lower case and plural, name a kind of body ("primary care
    networks", "integrated care boards"), which "it" never stands for?"""
    last = name.split()[-1] if name.split() else ""
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def _purpose_of_money(verb: Token) -> bool:
    """Is ``verb`` what money is for ("announced £450m to support the standard", "£80m
    would be made available ... to help practices"), not anyone's stance?"""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.pos_ in ("VERB", "AUX"):
        return any(c.dep_ in ("dobj", "nsubjpass") and _is_money(c) for c in head.children)
    return _is_money(head)


def _backed_by_money(verb: Token) -> bool:
    """Is ``verb``'s agent money ("... will be expanded, backed by a further £75m",
    "supported by new funding")? Money that pays for a policy reports nobody's stance."""
    return any(
        _is_money(g)
        for c in verb.children
        if c.dep_ == "agent"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _stance(words: Span, lexicon: Lexicon) -> str | None:
    """``criticised``, ``supported`` or ``None`` for a speaker's words.

    A criticism cue counts against, and so does a negated modal ("will not cover"); a
    support cue counts for, unless a negation stands in the four words before it ("not be
    matched and supported", "nowhere near enough" are criticism).
    """
    crit = supp = 0
    toks = list(words)
    for i, t in enumerate(toks):
        forms = {t.lower_, t.lemma_.lower()}  # "supported" counts as "support"
        negated = any(
            p.lower_ in _NEGATIONS
            # "without" negates only the phrase it governs: not "welcome" in "support
            # without a diagnosis is welcome"
            and (p.lower_ != "without" or p.i <= t.i < p.right_edge.i + 1)
            for p in toks[max(0, i - _NEGATION_WINDOW) : i]
        )
        if _set_aside(toks, i) or _for_too_long(toks, i):
            continue
        if t.lower_ == "out" and t.head.lemma_.lower() == "leave" and t.dep_ == "prt":
            crit += 1  # "it leaves out the care workers", "rehabilitation had been left out"
        elif forms & lexicon.criticism_cues:
            if not _removed(t, lexicon.remedy_verbs):
                crit += 1
        elif t.dep_ == "neg" and i > 0 and toks[i - 1].lower_ in _MODALS:
            crit += 1  # "will not keep a single shutter up", "won't cover", "can't"
        elif _promises_remedy(t, lexicon.remedy_verbs) and not negated:
            supp += 1  # "would end the era of opaque ratings"
        elif forms & lexicon.support_cues and not _purpose_of_money(t):
            if negated:
                crit += 1
            else:
                supp += 1
    kept = [t for i, t in enumerate(toks) if not _set_aside(toks, i)]
    own = words.text if len(kept) == len(toks) else "".join(t.text_with_ws for t in kept)
    if crit == supp == 0 and _valence(own, lexicon.valence_neutral) <= CRITICAL_VALENCE:
        return "criticised"  # no cue word, but words of loss and harm
    if crit == supp:  # no cue, or as many each way: no stance
        return None
    return "criticised" if crit > supp else "supported"


def _set_aside(toks: list[Token], i: int) -> bool:
    """Is word ``i`` within the four words after "rather than" or "instead of", the
    alternative a speaker sets aside ("see the dashboard as a tool rather than a threat")?
    Its verdict words are not hers."""
    for k in range(max(1, i - _NEGATION_WINDOW), i):
        pair = (toks[k - 1].lower_, toks[k].lower_)
        if pair in (("rather", "than"), ("instead", "of")):
            return not any(t.is_punct for t in toks[k:i])
    return False


def _for_too_long(toks: list[Token], i: int) -> bool:
    """Is word ``i`` the "too" of "for too long", which judges the past a policy ends,
    not the policy ("For too long the 8am rush has hit older people")?"""
    return (
        toks[i].lower_ == "too"
        and 0 < i < len(toks) - 1
        and toks[i - 1].lower_ == "for"
        and toks[i + 1].lower_ == "long"
    )


#: VADER's compound valence at or below which a speaker's words without a cue word
#: criticise (-1 is the most negative). Chosen on written sets with no rule read from them.
CRITICAL_VALENCE = -0.2


@cache
def _analyzer(neutral: frozenset[str]) -> SentimentIntensityAnalyzer:
    """VADER with the lexicon the package ships, less the words that name the subject of
    the news rather than judge it."""
    analyzer = SentimentIntensityAnalyzer()
    for word in neutral:
        analyzer.lexicon.pop(word, None)
    return analyzer


def _valence(text: str, neutral: frozenset[str] = frozenset()) -> float:
    """VADER's compound valence of ``text``, from -1 (negative) to 1 (positive), with the
    ``neutral`` words left out of its lexicon."""
    return float(_analyzer(neutral).polarity_scores(text)["compound"])


class _ArticleRelations:
    def __init__(
        self,
        article: Article,
        segments: Sequence[Segment],
        mentions: list[Mention],
        owners: list[int],
        lexicon: Lexicon,
        topic: int | None,
    ) -> None:
        self.article = article
        self.segments = segments
        self.mentions = mentions
        self.owners = owners  # segment index of each mention
        self.lex = lexicon
        self.relations: list[Relation] = []
        self.state = _State()
        self.topic = topic
        self._times: dict[int, list[TimeExpression]] = {}
        self.by_segment: dict[int, list[int]] = {}  # mention indices of each segment
        for i, seg_i in enumerate(owners):
            self.by_segment.setdefault(seg_i, []).append(i)
        shapes = {
            policy_key(m.name, lexicon): policy_shape(m.name, lexicon)
            for m in mentions
            if m.kind == "policy" and m.name and "anaphor" not in m.attrs
        }
        self.longer_form = longer_forms(shapes)
        self.policy_topic = self._policy_topic()
        self.funder_names = lexicon.public_funders
        self.surnames = {
            m.name.split()[-1]
            for m in mentions
            if m.kind == "person" and m.name and len(m.name.split()) >= 2
        }

    def _policy_topic(self) -> int | None:
        """The policy the article is about: its topic if that is a policy; if it is an
        amount, the policy the lede (the lead paragraph, not a standfirst) names with it
        ("pledged £75m to extend X"), or the one named in the paragraph that first gives
        the amount in a sentence naming no policy ("Under the X Plan, ... . NHS England
        will provide £9m to help ..."); else the policy named most often (the headline
        counting triple; short forms and "the fund" count for the policy they stand for),
        since criticism and support are of policies, not of amounts."""
        if self.topic is not None and self.mentions[self.topic].kind == "policy":
            return self.topic
        if self.topic is not None:  # an amount: the policy named where the body first gives it
            amount = self.mentions[self.topic].amount_gbp
            # the lede is the lead paragraph, not a standfirst above it
            body = [s for s, seg in enumerate(self.segments) if seg.section == "body"]
            lede = next((s for s in body if is_lead(self.segments[s].doc.text)), None)
            lede = body[0] if lede is None and body else lede
            for m, seg_i in zip(self.mentions, self.owners, strict=True):
                if m.kind != "funding" or m.amount_gbp != amount or m.evidence.section != "body":
                    continue
                in_paragraph = [
                    (i, p)
                    for i, (p, p_seg) in enumerate(zip(self.mentions, self.owners, strict=True))
                    if p.kind == "policy" and p.name and p_seg == seg_i
                ]
                in_sentence = [
                    i
                    for i, p in in_paragraph
                    if p.evidence.sentence_start == m.evidence.sentence_start
                ]
                named = [i for i, p in in_paragraph if "anaphor" not in p.attrs]
                if (
                    seg_i == lede
                    and in_sentence
                    and "anaphor" not in self.mentions[in_sentence[0]].attrs
                ):
                    return in_sentence[0]
                if not in_sentence and named:
                    return named[0]
                if seg_i == lede and not in_paragraph and lede + 1 in body:
                    # "... under an £85m pilot, a minister has announced. [next paragraph]
                    # ... said the X Pathway would ...": the lede's amount, named next
                    after = [
                        i
                        for i, (p, p_seg) in enumerate(zip(self.mentions, self.owners, strict=True))
                        if p.kind == "policy"
                        and p.name
                        and p_seg == lede + 1
                        and "anaphor" not in p.attrs
                    ]
                    if after:
                        return after[0]
                break
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        words: dict[str, tuple[frozenset[str], str]] = {}
        for i, m in enumerate(self.mentions):
            if m.kind != "policy" or not m.name or m.evidence.section == "comment":
                continue
            key = policy_key(m.name, self.lex)
            counts[key] = counts.get(key, 0) + (3 if m.evidence.section == "headline" else 1)
            if "anaphor" not in m.attrs:
                first.setdefault(key, i)
                words.setdefault(key, policy_shape(m.name, self.lex))
        fold_short_forms(counts, words)  # a short form counts for its policy
        counts = {k: c for k, c in counts.items() if k in first}
        if not counts:
            return None
        return first[max(counts, key=lambda k: (counts[k], -first[k]))]

    def reaction_targets(self, targets: list[int]) -> list[int]:
        """Criticism and support are of policies, people and bodies: an amount stands for
        the policy it pays for, or else the policy the article is about."""
        out: list[int] = []
        for t in targets:
            m = self.mentions[t]
            lone = m.kind == "person" and m.name and " " not in m.name and not m.title
            if lone and m.name not in self.surnames:  # a first name ("robbing Peter to pay Paul")
                continue
            target: int | None = t
            if m.kind == "funding":
                funded = [r.target for r in self.relations if r.kind == "funds" and r.source == t]
                target = funded[0] if funded else self.policy_topic
            if target is not None and target not in out:
                out.append(target)
        return out

    def append_mention(self, m: Mention, seg_i: int) -> int:
        """Add a mention made here (an announcement, a reader); return its index."""
        self.mentions.append(m)
        self.owners.append(seg_i)
        self.by_segment.setdefault(seg_i, []).append(len(self.mentions) - 1)
        return len(self.mentions) - 1

    # -- helpers --------------------------------------------------------------------------

    def in_span(self, seg_i: int, start: int, end: int, kinds: Sequence[str]) -> list[int]:
        """Mentions of ``kinds`` in segment ``seg_i`` within doc characters ``start:end``."""
        seg = self.segments[seg_i]
        lo, hi = seg.start + start, seg.start + end
        return [
            i
            for i in self.by_segment.get(seg_i, ())
            if self.mentions[i].kind in kinds
            and lo <= self.mentions[i].evidence.start
            and self.mentions[i].evidence.end <= hi
        ]

    def in_subtree(self, seg_i: int, tok: Token, kinds: Sequence[str]) -> list[int]:
        """Mentions of ``kinds`` within the words ``tok`` governs (its phrase or clause)."""
        sub = list(tok.subtree)
        return self.in_span(seg_i, sub[0].idx, sub[-1].idx + len(sub[-1].text), kinds)

    def mention_at(self, seg_i: int, tok: Token, kinds: Sequence[str]) -> int | None:
        hits = self.in_span(seg_i, tok.idx, tok.idx + len(tok.text), kinds)
        if hits:
            return hits[0]
        seg = self.segments[seg_i]
        pos = seg.start + tok.idx
        for i in self.by_segment.get(seg_i, ()):
            m = self.mentions[i]
            if m.kind in kinds and m.evidence.start <= pos < m.evidence.end:
                return i
        return None

    def actor_of(self, seg_i: int, subj: Token | None) -> int | None:
        if subj is None:
            return None
        if subj.lower_ in _PRONOUNS:
            return self.state.last_person
        if subj.lower_ == "it":
            # "the charity said it supported the rollout": the body that says so
            clause = subj.head
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.lex.speech_verbs:
                said_by = _clause_subject(clause.head)
                if said_by is not None and said_by.lower_ != "it":
                    hit = self.mention_at(seg_i, said_by, ("body",))
                    if hit is not None:
                        return hit
            # "It warned that ...": the organisation last named, never a plural kind
            return self.state.last_body
        if subj.lower_ in ("which", "who", "that") and subj.head.dep_ == "relcl":
            subj = subj.head.head  # "a National Audit Office report, which concluded ..."
        hit = self.mention_at(seg_i, subj, _ACTOR_KINDS)
        if hit is not None:
            return self.person_of_body_role(seg_i, hit)
        hit = self.body_named_before(seg_i, subj)
        if hit is not None:
            return hit
        if subj.lower_ in _DOCUMENT_NOUNS and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "this") for c in subj.children
        ):
            return self.state.report_author  # "The report recommends X": its author does
        # the subject phrase holds the actor ("a Department of Health spokesperson")
        found = self.in_subtree(seg_i, subj, _ACTOR_KINDS)
        people = [i for i in found if self.mentions[i].kind == "person"]
        return (people or found)[-1] if found else None

    def according_to(self, seg_i: int, sent: Span) -> tuple[int | None, Token | None]:
        """ "'QUOTE,' according to NAME": the person or body named is the speaker of the
        quote (returned with the token that ends the quote's words). A fronted "According
        to X, ..." mostly cites X for a fact ("According to the NPA, the cut is equivalent
        to ..."), and "according to figures from X" names a source of data: no speaker."""
        for tok in sent:
            if tok.lower_ != "according" or tok.i + 1 >= sent.end:
                continue
            if not any(t.text in _QUOTE_OPENERS for t in sent.doc[sent.start : tok.i]):
                continue
            to = tok.doc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            hit = self.mention_at(seg_i, pobj, _ACTOR_KINDS) if pobj is not None else None
            if hit is not None:
                return self.person_of_body_role(seg_i, hit), tok
        return None, None

    def remember_report(self, seg_i: int, sent: Span, speaker: int | None) -> None:
        """ "according to a report published today by the Foundation", "In a report, the
        Committee said ...": the body whose report it is, for a later "the report says"."""
        for tok in sent:
            if tok.lower_ not in _DOCUMENT_NOUNS or tok.dep_ == "nsubj":
                continue
            inside = self.in_subtree(seg_i, tok, ("body",))
            if inside:
                self.state.report_author = inside[0]
            elif speaker is not None and self.mentions[speaker].kind == "body":
                self.state.report_author = speaker

    def body_named_before(self, seg_i: int, noun: Token) -> int | None:
        """ "the committee said", "the council would oppose it": a body noun with "the" is
        the last body named before it with that word in its name (the "Health and Social
        Care Committee"), so the reaction is that body's."""
        if noun.lower_ not in BODY_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children
        ):
            return None
        at = self.segments[seg_i].start + noun.idx
        found = None
        for i, m in enumerate(self.mentions):
            if (
                m.kind == "body"
                and m.name
                and m.evidence.start < at
                and m.evidence.section != "comment"
                and noun.lower_ in m.name.lower().split()
            ):
                found = i  # mentions are in reading order: the last is the nearest
        if found is None:
            # "Mind chief executive NAME said the charity ...": a noun no name has is the
            # body named earlier in the same sentence
            sent = noun.sent
            earlier = self.in_span(seg_i, sent.start_char, noun.idx, ("body",))
            found = earlier[-1] if earlier else None
        return found

    def person_of_body_role(self, seg_i: int, hit: int) -> int:
        """In "BODY ROLE NAME" the person is the actor, even when the parse says the body."""
        body = self.mentions[hit]
        if body.kind != "body":
            return hit
        for i in self.by_segment.get(seg_i, ()):
            m = self.mentions[i]
            if (
                m.kind == "person"
                and m.role
                and m.evidence.sentence_start == body.evidence.sentence_start
                and 0 <= m.evidence.start - body.evidence.end <= 40
            ):
                between = self.article.text[body.evidence.end : m.evidence.start].lower()
                if m.role.split()[-1] in between:
                    return i
        return hit

    def add(
        self,
        kind: str,
        source: int | None,
        target: int | None,
        ev: Evidence,
        when: TimeExpression | None = None,
        tense: Tense = "past",
        **attrs: object,
    ) -> None:
        if source is None or target is None or source == target:
            return
        if (
            kind in ("announced", "proposed", "expanded")
            and self.mentions[source].kind in _ACTOR_KINDS
        ):
            self.state.last_announcer = source
        date = resolve(when, self.article.date, tense=tense) if when is not None else None
        self.relations.append(
            Relation(
                kind,
                source,
                target,
                ev,
                date=date,
                date_text=when.text if when is not None else None,
                attrs=dict(attrs),
            )
        )

    def sentence_evidence(self, seg_i: int, sent: Span) -> Evidence:
        return self.segments[seg_i].evidence(sent.start_char, sent.end_char)

    def times_in(self, seg_i: int, sent: Span) -> list[TimeExpression]:
        """Points in time (not periods) named in a sentence, in doc offsets."""
        if seg_i not in self._times:
            self._times[seg_i] = [
                t
                for t in find_time_expressions(self.segments[seg_i].doc.text)
                if t.kind in ("absolute", "relative")
            ]
        return [
            t for t in self._times[seg_i] if sent.start_char <= t.start and t.end <= sent.end_char
        ]

    def nearest_time(self, times: list[TimeExpression], tok: Token) -> TimeExpression | None:
        if not times:
            return None
        return min(times, key=lambda t: abs(t.start - tok.idx))

    # -- the pass over the article ---------------------------------------------------------

    def run(self) -> list[Relation]:
        for seg_i, seg in enumerate(self.segments):
            if seg.section == "comment":
                self.comment(seg_i, seg)
                continue
            # a paragraph that opens with a quote, or follows one that ends in "said:" or an
            # opening quote, continues the last speaker; so does every sentence after a
            # speaker's first in the same paragraph
            before = self.segments[seg_i - 1].doc.text.rstrip() if seg_i else ""
            continues = seg.doc.text[:1] in _QUOTE_OPENERS or before[-1:] in (":", "‘", "“")
            continues = continues or before.endswith((": '", ': "', ": ’"))
            self.state.paragraph_speaker = None
            self.state.last_support = None
            for sent in seg.doc.sents:
                self.sentence(seg_i, sent, continues and sent.start == 0)
        self.funders_provide()
        return self.relations

    def funded_by_agents(self, seg_i: int, verb: Token, agent: Token, ev: Evidence) -> None:
        """``The pilot, funded jointly by the DHSC and NHS England, ...``: every agent
        provides the money that pays for the policy the participle describes."""
        described = self.mention_at(seg_i, verb.head, ("policy",))
        noun = verb.head
        if (
            described is None
            and noun.lower_ in self.lex.policy_heads
            and any(c.lower_ in ("the", "this") for c in noun.children)
        ):
            described = self.policy_topic  # "The two-year pilot, funded by ...": the article's
        if described is None or not self.mentions[described].name:
            return
        key = self.policy_id(described)
        amounts = [
            r.source
            for r in self.relations
            if r.kind == "funds"
            and self.mentions[r.target].name
            and self.policy_id(r.target) == key
        ]
        for tok in (agent, *agent.conjuncts):
            who = self.actor_of(seg_i, tok)
            if who is None or self.mentions[who].kind != "body":
                continue
            for a in dict.fromkeys(amounts):
                self.add("provides", who, a, ev)

    def funders_provide(self) -> None:
        """Money a government department or public funder announces is money it provides
        ("NHS England announced £40m for ..."), unless the article says who else does."""
        provided = {r.target for r in self.relations if r.kind == "provides"}
        for r in list(self.relations):
            if (
                r.kind == "announced"
                and r.target not in provided
                and self.mentions[r.target].kind == "funding"
                and self.mentions[r.source].kind == "body"
                and self.is_public_funder(r.source)
            ):
                provided.add(r.target)
                self.add("provides", r.source, r.target, r.evidence)

    def sentence(self, seg_i: int, sent: Span, continues_quote: bool) -> None:
        first_relation = len(self.relations)
        times = self.times_in(seg_i, sent)
        ev = self.sentence_evidence(seg_i, sent)
        speaker: int | None = None
        speech_tok: Token | None = None
        for tok in sent:
            if tok.lemma_.lower() in self.lex.speech_verbs and tok.pos_ in ("VERB", "AUX"):
                subj = _clause_subject(tok)
                actor = self.actor_of(seg_i, subj)
                if actor is None:  # "..., said the health secretary"
                    after = [c for c in tok.rights if c.dep_ == "nsubj"]
                    actor = self.actor_of(seg_i, after[0]) if after else None
                if actor is not None:
                    speaker, speech_tok = actor, tok
                    break
        if speaker is None:
            speaker, speech_tok = self.according_to(seg_i, sent)
        if speaker is None and continues_quote:
            speaker = self.state.last_speaker
        if speaker is None:
            speaker = self.state.paragraph_speaker
        self.state.paragraph_speaker = speaker
        self.remember_report(seg_i, sent, speaker)
        self.venue(seg_i, sent, times)
        owned: set[int] = set()
        # ACTOR VERB OBJECT
        for tok in sent:
            kind = _verb_kind(tok, self.lex)
            if kind is None:
                continue
            if kind in ("announced", "expanded") and any(
                _verb_kind(a, self.lex) in ("criticised", "proposed") for a in tok.ancestors
            ):
                # "accused the minister of announcing the same money twice", "proposed that
                # the government introduce a guarantee": what someone is accused of, or
                # asked to do, is no announcement
                continue
            # "The Trust was critical of X": an adjective's subject is its copula's
            clause = tok.head if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr") else tok
            subject = _clause_subject(clause)
            actor = self.actor_of(seg_i, subject)
            # "the Plan, launched by NHS England and the DHSC": the participle's noun is
            # what was launched; with no agent, by whoever announced last in the article
            described = None
            if kind in ("announced", "proposed", "expanded") and tok.dep_ == "acl":
                described = self.mention_at(seg_i, tok.head, ("policy",))
                agent = any(c.dep_ == "agent" for c in tok.children)
                owner = next((c for c in tok.head.children if c.dep_ == "poss"), None)
                if owner is not None:  # "the teams' plan, announced last week": theirs
                    actor = self.actor_of(seg_i, owner)
                    if actor is None:
                        continue
                elif actor is None and not agent and described is not None:
                    if self._same_policy(described, self.policy_topic):
                        # only the article's own policy is its announcer's: "The Guarantee,
                        # unveiled yesterday, ..."
                        actor = self.state.last_announcer
                    if actor is None and kind == "announced" and self.state.unnamed_announcer:
                        # "X pledged that every patient ... . The Guarantee, unveiled
                        # yesterday, ...": in the next paragraph, the name of what X
                        # announced without naming it
                        who, where = self.state.unnamed_announcer
                        actor = who if seg_i - where <= 1 else None
                    self.state.unnamed_announcer = None
            own_subject = (
                subject is not None and subject.head.i == clause.i and subject.pos_ != "PRON"
            ) or any(c.dep_ == "nsubjpass" for c in clause.children)  # "X had been designed"

            if actor is None and tok.dep_ != "acl" and not own_subject:
                # "'We will fund it,' she said": the speaker; but a participle describes, and
                # in "the plan promised X" the plan, not the speaker, promised
                actor = speaker
            elif (
                actor is None
                and kind == "expanded"
                and speaker is not None
                and _tense(tok) == "future"
                and any(c.dep_ == "nsubjpass" for c in tok.children)
                and not any(c.dep_ == "agent" for c in tok.children)
            ):
                # "NHS England said the scheme would be extended to ...": the speaker's plan
                actor = speaker
            elif (
                actor is None
                and kind in ("announced", "expanded")
                and _tense(tok) == "future"
                and any(c.dep_ == "nsubjpass" for c in tok.children)
                and not any(c.dep_ == "agent" for c in tok.children)
            ):
                actor = self.owner_of_frame(seg_i, tok)
            kinds = _TARGET_KINDS + (("person",) if kind in ("criticised", "supported") else ())
            if kind == "criticised":
                kinds += ("body",)  # "accused the department of ...", "blamed NHS England"
            targets = [
                t
                for t in self.in_subtree(seg_i, tok, kinds)
                if t != actor and self.is_argument(seg_i, t, tok) and not self.speaks_for(actor, t)
            ]
            if tok.dep_ == "relcl" and any(
                c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in tok.children
            ):
                # "the Recovery Plan, which NHS England published in January": the relative
                # pronoun is the verb's object, so the noun it stands for is
                described = self.mention_at(seg_i, tok.head, ("policy",))
            if described is not None and described not in targets:
                targets.append(described)
            if subject is not None and kind in ("announced", "proposed", "expanded"):
                # "launched by NHS England and the DHSC": every agent did it
                for conj in subject.conjuncts:
                    other = self.actor_of(seg_i, conj)
                    if other is not None and other != actor:
                        for t in targets:
                            if self.mentions[t].kind in _TARGET_KINDS:
                                self.add(kind, other, t, ev, self.nearest_time(times, tok))
            if kind == "funds" and not self.in_span(
                seg_i, sent.start_char, sent.end_char, ("funding",)
            ):
                self.money_pays_for(seg_i, tok, ev)
            if kind == "funds" and tok.dep_ == "acl" and actor is not None and subject is not None:
                self.funded_by_agents(seg_i, tok, subject, ev)
            if kind == "funds":  # the subject provides the amount; a person announces it
                if any(_verb_kind(a, self.lex) == "proposed" for a in tok.ancestors):
                    continue  # "urged ministers to add £12,000": no one provides it yet
                for t in targets:
                    if self.mentions[t].kind == "funding" and actor is not None:
                        when = self.nearest_time(times, tok)
                        self.add("provides", actor, t, ev, when, _tense(tok))
                        if self.mentions[actor].kind == "person":
                            self.add("announced", actor, t, ev, when, _tense(tok))
                continue
            if kind in ("criticised", "supported"):
                if _backed_by_money(tok) or _purpose_of_money(tok):
                    continue
                by_agent = actor is not None and any(c.dep_ == "agent" for c in tok.children)
                if _passive_or_negated(tok) and not (by_agent and not _negated(tok)):
                    # "not matched and supported by resources" is no one's support; "the
                    # strategy was praised by ASH" is ASH's
                    continue
                cut = _reservation_after(tok)
                later: list[int] = []
                if kind == "supported" and cut is not None:
                    # "welcomed the grant but said councils rely on the precept": the words
                    # after the contrast name what the reservation is about
                    # (when the words before it name something too)
                    at = self.segments[seg_i].start + sent.doc[cut].idx
                    first = [t for t in targets if self.mentions[t].evidence.start < at]
                    if first:
                        later = self.reaction_targets(
                            [t for t in targets if self.mentions[t].evidence.start > at]
                        )
                        targets = first
                targets = self.reaction_targets(targets) or self.anaphoric_object(tok)
                if (
                    not targets
                    and (kind == "criticised" or tok.pos_ == "ADJ")
                    and self.policy_topic is not None
                ):
                    # "Unison warned that the expansion ...", "The college was more
                    # positive": a reaction to the article's policy ("support" is too often
                    # literal: "support CCGs", "support staff")
                    targets = [self.policy_topic]
                if kind == "supported" and (cut is not None or _hedged(tok)):
                    # "welcomed the investment but said ...", "cautiously welcomed": support
                    # with a reservation
                    for t in later or targets:
                        self.add("criticised", actor, t, ev, None, by="reservation")
            if kind in ("announced", "expanded") and not any(
                self.mentions[t].kind in _TARGET_KINDS for t in targets
            ):
                # "Announcing the expansion, X said", "It was set out by X": what the
                # article reports, named before
                kind, targets = self.announced_anaphor(tok, kind, targets)
            when = self.nearest_time(times, tok)
            for t in targets:
                if kind in ("announced", "proposed", "expanded") and (
                    self.mentions[t].kind not in _TARGET_KINDS or self.in_share(seg_i, tok, t)
                ):
                    continue
                self.add(self.inner_kind(seg_i, t, tok, kind), actor, t, ev, when, _tense(tok))
                if kind in ("announced", "proposed", "expanded"):
                    owned.add(t)
            if (
                kind in ("announced", "proposed", "expanded")
                and speaker is not None
                and speech_tok is not None
                and speaker != actor
                and _tense(tok) == "future"
                and any(a.i == speech_tok.i for a in tok.ancestors)
                and self.mentions[speaker].kind == "person"
                and self.is_announcer(speaker)
            ):
                # "the health secretary said the department would publish X": an announcer
                # reporting what will be done announces it too
                for t in owned:
                    self.add(self.inner_kind(seg_i, t, tok, kind), speaker, t, ev, when, "future")
            if kind == "announced" and actor is not None:
                self.offered_amounts(seg_i, tok, actor, [t for t in owned if t != actor], ev)
                for a in self.backing_amounts(seg_i, tok):
                    self.add("announced", actor, a, ev, when, _tense(tok))
            if kind in ("announced", "proposed", "expanded") and actor is not None and targets:
                self.announcement(seg_i, sent, actor, [t for t in targets if t in owned], when, ev)
            elif kind == "announced" and actor is not None and self.announces_unnamed(tok, actor):
                self.state.unnamed_announcer = (actor, seg_i)
        # PERSON's announcement / plan
        for tok in sent:
            kind = _ANNOUNCEMENT_NOUNS.get(tok.lower_)
            if kind is None or tok.pos_ != "NOUN":
                continue
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            actor = self.actor_of(seg_i, poss)
            if actor is None or self.mentions[actor].kind != "person":
                continue
            targets = self.in_subtree(seg_i, tok, ("policy",))
            targets = targets or ([self.topic] if self.topic is not None else [])
            when = self.nearest_time(times, tok)
            for t in targets:
                self.add(kind, actor, t, ev, when)
            self.announcement(seg_i, sent, actor, targets, when, ev)
        # "the minister said £900m would be paid to councils": an announcer's future
        # amounts, and any amount a minister gives ("the minister said £40m had been set
        # aside"); "... said the Mouth Care Matters programme would reach every home": a
        # minister's future policies; "the department said a further £25m would pay for
        # ...": a public funder's new money, also before it has announced anything
        announcer = speaker is not None and speech_tok is not None and self.is_announcer(speaker)
        if (
            speaker is not None
            and speech_tok is not None
            and (announcer or self.is_public_funder(speaker))
        ):
            seg = self.segments[seg_i]
            words = _speakers_words(sent, speech_tok)  # "£600m will be paid, X said" too
            minister = self.is_minister(speaker)
            funder = not minister and self.is_public_funder(speaker)
            kinds = ("funding", "policy") if minister or funder else ("funding",)
            for a in self.in_span(seg_i, words.start_char, words.end_char, kinds):
                span = _mention_tokens(seg, self.mentions[a])
                if span is None:
                    continue
                new = span.start > 0 and span.doc[span.start - 1].lower_ == "new"
                as_subject = span.root.dep_ in ("nsubj", "nsubjpass") and not funder
                if self.mentions[a].kind == "policy" and (
                    not self.mentions[a].name or not as_subject and not new
                ):
                    continue  # kept: a minister's policy as the subject ("X would restore
                    # ..."), or a new one ("would pay £2bn under a new Pharmacy Contract");
                    # a department's only when new ("Under the new X, trusts will ...")
                verb = _governing_verb(span)
                if verb.dep_ == "relcl" and verb.lemma_.lower() in _SIZE_VERBS | {"stand"}:
                    continue  # "the grant, which totals £3.6bn", "the bill, which now stands
                    # at £13.8bn": the size of what exists, not money announced
                if not announcer and not self._new_money_of_speaker(span, verb):
                    continue
                if any(
                    r.source == speaker and r.target == a
                    for r in self.relations[first_relation:]
                    if r.kind in ("announced", "proposed", "expanded")
                ) or self.in_share(seg_i, speech_tok, a):
                    continue  # "urged ministers to add £12,000": its verb said what it is;
                    # "announced £450m ..., of which £300m ...": the share is not announced
                if verb.i != speech_tok.i and (
                    _tense(verb) == "future"
                    or (self.mentions[a].kind == "funding" and self.is_minister(speaker))
                ):
                    kind = _verb_kind(verb, self.lex)  # "X will be extended": expanded
                    kind = kind if kind in ("expanded", "proposed") else "announced"
                    when = self.nearest_time(times, verb)
                    self.add(kind, speaker, a, ev, when, _tense(verb))
        if speaker is not None and speech_tok is not None:
            self.reported_plan(seg_i, sent, speaker, speech_tok, ev, times)
        # stance in a speaker's words
        if speaker is not None:
            self.add("said", speaker, -1, ev)
            self.stance(seg_i, sent, speaker, speech_tok, ev, times)
            self.state.last_speaker = speaker
        quoted = _quoted_ranges(sent)
        seg_start = self.segments[seg_i].start
        for i in self.in_span(seg_i, sent.start_char, sent.end_char, ("person",)):
            at = self.mentions[i].evidence.start - seg_start
            if not any(a <= at < b for a, b in quoted):  # "she" is not someone she quoted
                self.state.last_person = i
        for i in self.in_span(seg_i, sent.start_char, sent.end_char, ("body",)):
            # "told Pulse": not who acts next; "primary care networks": not "it"
            plural = _is_plural_kind(self.mentions[i].name or "")
            if not self.mentions[i].attrs.get("media") and not plural:
                self.state.last_body = i
        for i in self.in_span(seg_i, sent.start_char, sent.end_char, ("policy",)):
            if self.mentions[i].name:
                self.state.last_policy = i
        self.funding(seg_i, sent, ev)
        self.policies_of_announced_money(seg_i, first_relation)
        self.money_named_next(seg_i, sent, first_relation, ev)
        self.policy_links(seg_i, sent, ev)

    def reported_plan(
        self,
        seg_i: int,
        sent: Span,
        speaker: int,
        speech_tok: Token,
        ev: Evidence,
        times: list[TimeExpression],
    ) -> None:
        """``The X Grant will be paid through ..., the DHSC said``: a government body or
        minister named after the words it reports, about what a policy named there for the
        first time will do, announces it. Only its first naming counts, so a later report
        on a known policy is not another announcement; nor does "The department said the
        X would give ..." (the report first) describe more than what is known."""
        if not (self.is_public_funder(speaker) or self.is_minister(speaker)):
            return
        for tok in speech_tok.subtree:
            if tok.i >= speech_tok.i or tok.pos_ not in ("VERB", "AUX"):
                continue
            if _tense(tok) != "future" or _negated(tok):
                continue
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            policy = self.mention_at(seg_i, subj, ("policy",)) if subj is not None else None
            if policy is None or not self.mentions[policy].name:
                continue
            m = self.mentions[policy]
            key = self.policy_id(policy)
            named_before = any(
                p.kind == "policy"
                and p.name
                and p.evidence.section == "body"
                and p.evidence.start < m.evidence.start
                and self.policy_id(i) == key
                for i, p in enumerate(self.mentions)
            )
            if "anaphor" in m.attrs or named_before or self.is_owner(speaker, policy):
                continue
            self.add("announced", speaker, policy, ev, self.nearest_time(times, speech_tok))

    def stance(
        self,
        seg_i: int,
        sent: Span,
        speaker: int,
        speech_tok: Token | None,
        ev: Evidence,
        times: list[TimeExpression],
    ) -> None:
        words = _speakers_words(sent, speech_tok)
        kinds = _stances(words, self.lex)
        opens = next((t for t in sent if not t.is_punct and t.text not in _QUOTE_OPENERS), None)
        last = self.state.last_support
        if (
            opens is not None
            and opens.lower_ in _CONTRASTS
            and last is not None
            and last[0] == speaker
            and "supported" not in kinds
        ):
            # "We are pleased that X ... . But it will only work if ...": a reservation,
            # about X unless it names a policy of its own ("But it said the Framework ...")
            named = self.reaction_targets(
                [
                    p
                    for p in self.in_span(seg_i, words.start_char, words.end_char, _TARGET_KINDS)
                    if not self.missing(seg_i, p)
                ]
            )
            for t in named[:1] or last[1]:
                self.add("criticised", speaker, t, ev, None, by="reservation")
            self.state.last_support = None
            return
        if not kinds:
            self.echo_body(seg_i, speaker, ev)
            return
        # a reaction that names nothing is about the article's policy: "X announced Y.
        # Z said: '...'"
        named = self.in_span(seg_i, words.start_char, words.end_char, _TARGET_KINDS)
        # "said it was 'nowhere near enough'": "it" is the policy named last
        pronoun = any(
            t.lower_ in ("it", "they")
            and t.dep_.startswith("nsubj")
            and not self.is_self(t, speaker)
            for t in words
        )
        fallback = self.state.last_policy if pronoun else None
        if pronoun:  # "criticised the package, saying it ...": named earlier in the sentence
            earlier = [
                i
                for i in self.in_span(seg_i, sent.start_char, words.start_char, ("policy",))
                if self.mentions[i].name
            ]
            fallback = earlier[-1] if earlier else fallback
        if fallback is None:
            fallback = self.policy_topic
        # "said the beds were 'welcome but nowhere near enough' and proposed a Workforce
        # Plan": what the speaker puts forward in the same sentence is not what she judges
        named = [
            t
            for t in named
            if not any(
                r.kind == "proposed"
                and r.target == t
                and r.source == speaker
                and r.evidence.sentence_start == ev.sentence_start
                for r in self.relations
            )
        ]
        targets = self.reaction_targets(named) or ([fallback] if fallback is not None else [])
        topic = self.policy_topic
        if (
            topic is not None
            and targets
            and not any(self._same_policy(t, topic) or self.is_announced(t) for t in targets)
        ):
            # "said the Care Contract already paid for such work": a reaction that names only
            # policies the article neither announces nor is about is a reaction to its policy
            targets = [topic]
        for t in targets:
            if self.is_owner(speaker, t):
                continue
            for kind in kinds:
                if (
                    kind == "criticised"
                    and (self.is_minister(speaker) or self.is_public_funder(speaker))
                    and self.is_announced(t)
                ):
                    continue  # a minister's or a department's grim words about what the
                    # government announces describe the problem it meets, not a criticism
                self.add(kind, speaker, t, ev, None, by="stance")
        if kinds == ["supported"]:
            self.state.last_support = (speaker, targets)

    def echo_body(self, seg_i: int, speaker: int, ev: Evidence) -> None:
        """ "BODY welcomed X. Its chief executive, NAME, said ...": an official whose own
        words carry no cue word, speaking in the paragraph where her body took a stance on
        a policy, takes that stance with it."""
        person = self.mentions[speaker]
        if person.kind != "person" or not person.role_body:
            return
        seg = self.segments[seg_i]
        end = seg.start + len(seg.doc.text)
        echoed = [
            (r.kind, r.target)
            for r in self.relations
            if r.kind in ("criticised", "supported")
            and seg.start <= r.evidence.start < end
            and self.mentions[r.source].kind == "body"
            and self.mentions[r.source].name == person.role_body
            and self.mentions[r.target].kind in _TARGET_KINDS  # a policy, not a rival
        ]
        for kind, target in dict.fromkeys(echoed):
            self.add(kind, speaker, target, ev, None, by="echo")

    def in_share(self, seg_i: int, verb: Token, target: int) -> bool:
        """Is ``target`` named in a share of what ``verb`` announces ("announced £450m
        ..., of which £300m will go to hospitals")? The share says where the money goes;
        what was announced is the whole."""
        span = _mention_tokens(self.segments[seg_i], self.mentions[target])
        if span is None or span.start <= verb.i:
            return False
        return bool(re.search(r",\s*of which\b", verb.doc[verb.i : span.start].text))

    def missing(self, seg_i: int, policy: int) -> bool:
        """Is ``policy`` named as missing or wished for ("with no shared-care agreement",
        "without a plan", "wanted a workforce plan"), not as something that exists?"""
        span = _mention_tokens(self.segments[seg_i], self.mentions[policy])
        if span is None:
            return False
        root = span.root
        return wanted(root) or any(c.dep_ == "det" and c.lower_ == "no" for c in root.children)

    def announces_unnamed(self, verb: Token, actor: int) -> bool:
        """ "The minister pledged that every patient will ...": a person or body announces
        something in a clause, naming no policy (the next sentence may name it)."""
        return (
            self.mentions[actor].kind in _ACTOR_KINDS
            and verb.dep_ != "acl"
            and any(c.dep_ == "ccomp" for c in verb.children)
            and not _passive_or_negated(verb)
        )

    def is_self(self, pronoun: Token, speaker: int) -> bool:
        """Does "it" stand for the speaking body? In "the charity said it supported the
        rollout", the subject of what a body says is the body itself, not a policy."""
        if self.mentions[speaker].kind != "body":
            return False
        clause = pronoun.head
        return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.lex.speech_verbs

    def inner_kind(self, seg_i: int, target: int, verb: Token, kind: str) -> str:
        """What announcing ``target`` is: "confirmed that NHS England would extend X" and
        "announced an expansion of X" are announcing an expansion (``expanded``),
        "announced that it would consult on X" a proposal; the verb of the clause or the
        noun between the announcing verb and X says which."""
        if kind != "announced":
            return kind
        span = _mention_tokens(self.segments[seg_i], self.mentions[target])
        if span is None:
            return kind
        tok = span.root.head
        while tok.i != verb.i and tok.head.i != tok.i:
            inner = _verb_kind(tok, self.lex)
            if inner in ("expanded", "proposed"):
                return inner
            if tok.lower_ in _EXPANSION_NOUNS:  # "announced an expansion of X"
                return "expanded"
            tok = tok.head
        return kind

    def is_argument(self, seg_i: int, target: int, verb: Token) -> bool:
        """Is the mention an argument of ``verb``, not buried in a modifier of one?

        "confirmed £1bn ... as part of the Autumn Statement" announces the £1bn, not the
        Autumn Statement; nor does a relative clause ("outlined in the Forward View").
        """
        span = _mention_tokens(self.segments[seg_i], self.mentions[target])
        if span is None:
            return False
        tok = span.root
        while tok.i != verb.i and tok.head.i != tok.i:
            if any(c.dep_ in ("neg", "det") and c.lower_ in _NEGATIONS for c in tok.children):
                return False  # "had no plans for X", "did not announce X"
            if tok.dep_ in ("acl", "relcl", "appos", "advcl"):
                return False
            if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ == "replace":
                return False  # "replace X with Y" puts forward Y, not X
            if tok.dep_ == "pobj" and tok.head.head.lemma_ in ("part", "outline", "set"):
                return False
            if (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "under"
                and tok.head.head.pos_ in ("VERB", "AUX")
                and self.has_owner(target)
            ):
                return False  # "under the ARP, X will be rolled out": the frame, not X
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of", "by", "from", "at", "as"):
                head = tok.head.head
                acted_on = tok.head.lower_ == "of" and head.lower_ in _ACTION_NOUNS
                if head.pos_ in ("NOUN", "PROPN") and head.i != verb.i and not acted_on:
                    return False
            tok = tok.head
        return tok.i == verb.i and not any(c.dep_ == "neg" for c in verb.children)

    def _identity(self, i: int) -> str:
        """A rough identity of an actor before resolution: surname, or role."""
        m = self.mentions[i]
        if m.name and " " not in m.name and m.title in ("Sir", "Dame", "Lord", "Lady"):
            # "Sir Malcolm" is the article's Malcolm named in full
            full = next(
                (
                    p.name
                    for p in self.mentions
                    if p.kind == "person"
                    and p.name
                    and p.name.split()[0] == m.name
                    and " " in p.name
                ),
                None,
            )
            if full is not None:
                return full.split()[-1].lower()
        return (m.name or "").split()[-1].lower() if m.name else (m.role or "")

    def anaphoric_object(self, verb: Token) -> list[int]:
        """``welcomed the announcement``, ``criticised it``: the article's owned topic."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "pobj", "prep")), None)
        if obj is not None and obj.dep_ == "prep":
            obj = next((c for c in obj.children if c.dep_ == "pobj"), None)
        if obj is None or self.policy_topic is None:
            return []
        if obj.lower_ in ("it", "this", "that", "them") or (
            obj.lower_ in _REACTION_OBJECTS
            and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in obj.children)
        ):
            return [self.policy_topic]
        return []

    def announced_anaphor(
        self, verb: Token, kind: str, targets: list[int]
    ) -> tuple[str, list[int]]:
        """The object of a verb of announcing that names no policy: "it" ("It was set out
        by X") is the policy named last; "the expansion", "the rollout", "the scheme" (or
        "a rollout announced by X") is the article's policy, and announcing an expansion or
        an extension is expanding it.

        Returns the edge kind and the targets.
        """
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None and verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children):
            # "under a national rollout announced by NHS England": what the agent announced
            noun = verb.head
            if self.policy_topic is not None and noun.lower_ in _EXPANSION_NOUNS:
                return "expanded", [self.policy_topic]
            if self.policy_topic is not None and noun.lower_ in _REACTION_OBJECTS:
                return kind, [self.policy_topic]
        if obj is None:
            return kind, targets
        if obj.lower_ == "it" and obj.dep_ == "nsubjpass":
            last = self.state.last_policy
            return kind, [last] if last is not None else targets
        if self.policy_topic is None or not any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in obj.children
        ):
            return kind, targets
        if obj.lower_ in _EXPANSION_NOUNS:
            return "expanded", [self.policy_topic]
        if obj.lower_ in _REACTION_OBJECTS:
            return kind, [self.policy_topic]
        return kind, targets

    def owner_of_frame(self, seg_i: int, verb: Token) -> int | None:
        """ "Under the ARP, X will be rolled out": who announced the framework the passive
        acts under ("the plans" is one too, when it stands for a policy named before)."""
        under = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"), None)
        obj = next((c for c in under.children if c.dep_ == "pobj"), None) if under else None
        if obj is None:
            return None
        frame = self.mention_at(seg_i, obj, ("policy",))
        if frame is None:
            return None
        key = self.policy_id(frame)
        return next(
            (
                r.source
                for r in self.relations
                if r.kind in ("announced", "proposed") and self.policy_id(r.target) == key
            ),
            None,
        )

    def has_owner(self, policy: int) -> bool:
        """Has anyone announced or proposed ``policy`` so far in this article?"""
        key = self.policy_id(policy)
        return any(
            r.kind in ("announced", "proposed", "expanded") and self.policy_id(r.target) == key
            for r in self.relations
        )

    def policy_id(self, i: int) -> str:
        """The identity of policy mention ``i`` in this article: its key, or the key of
        the longer name it shortens ("the direct-access pathway" for "the adult
        direct-access hearing pathway")."""
        key = policy_key(self.mentions[i].name or "", self.lex)
        return self.longer_form.get(key, key)

    def _same_policy(self, a: int | None, b: int | None) -> bool:
        if a is None or b is None:
            return False
        return self.policy_id(a) == self.policy_id(b)

    def is_minister(self, actor: int) -> bool:
        """Is ``actor`` a minister, also when named by surname ("Baroness Vale" after
        "Care minister Baroness Jo Vale")?"""
        who = self._identity(actor)
        return any(
            m.minister and (i == actor or m.kind == "person" and self._identity(i) == who)
            for i, m in enumerate(self.mentions)
        )

    def is_announcer(self, actor: int) -> bool:
        """Is ``actor`` a minister, or has it announced or proposed something here?"""
        if self.is_minister(actor):
            return True
        who = self._identity(actor)
        return any(
            r.kind in ("announced", "proposed", "expanded")
            and (r.source == actor or self._identity(r.source) == who)
            for r in self.relations
        )

    def speaks_for(self, actor: int | None, body: int) -> bool:
        """Is ``body`` the one ``actor`` holds a role at ("GPC England chair Dr NAME
        warned ...")? It is whom the speaker speaks for, not what she reacts to."""
        if actor is None or self.mentions[body].kind != "body":
            return False
        return self.mentions[body].name == self.mentions[actor].role_body

    def is_public_funder(self, actor: int) -> bool:
        """Is ``actor`` a government body or public funder of the lexicon ("DHSC", "the
        Welsh Government", "NHS England"), or one of its officials, whose word on future
        money commits it?"""
        m = self.mentions[actor]
        if m.kind == "person":  # "its chief pharmaceutical officer, Dr NAME, said"
            return m.role_body in self.funder_names
        return m.kind == "body" and m.name in self.funder_names

    @staticmethod
    def _new_money_of_speaker(amount: Span, verb: Token) -> bool:
        """Is ``amount`` money a public funder's spokesperson commits, not money already
        given ("the £1.2bn would come from"), someone else's ("while HM Treasury will
        provide £300m"), a size ("would be worth £400m") or each recipient's share ("give
        each practice around £18,000")?"""
        if amount.start > 0 and amount.doc[amount.start - 1].lower_ in ("the", "this", "that"):
            return False
        if verb.lemma_.lower() == "be":
            return False
        if any(
            c.dep_ == "dative" and any(d.lower_ in ("each", "every") for d in c.children)
            for c in verb.children
        ):
            return False
        return not any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)

    def is_announced(self, policy: int) -> bool:
        """Is ``policy`` the article's policy, or announced by anyone in it so far?"""
        key = self.policy_id(policy)
        return policy == self.policy_topic or any(
            r.kind in ("announced", "proposed", "expanded") and self.policy_id(r.target) == key
            for r in self.relations
        )

    def is_owner(self, actor: int, policy: int) -> bool:
        """Has ``actor`` announced or proposed ``policy`` in this article?"""
        key = self.policy_id(policy)
        who = self._identity(actor)
        return any(
            r.kind in ("announced", "proposed", "expanded")
            and self.policy_id(r.target) == key
            and (r.source == actor or self._identity(r.source) == who)
            for r in self.relations
        )

    def venue(self, seg_i: int, sent: Span, times: list[TimeExpression]) -> None:
        """``Speaking at X in PLACE TIME, SPEAKER said``: remember where and when."""
        for tok in sent:
            if (
                tok.lemma_.lower() in _VENUE_VERBS
                and tok.dep_ in ("advcl", "ROOT", "xcomp")
                and tok.tag_ == "VBG"
            ):
                actor = self.actor_of(seg_i, _clause_subject(tok))
                if actor is None:
                    continue
                sub = list(tok.subtree)
                places = self.in_subtree(seg_i, tok, ("place",))
                when = next(
                    (t for t in times if sub[0].idx <= t.start < sub[-1].idx + len(sub[-1].text)),
                    None,
                )
                key = self.mentions[actor].name or self.mentions[actor].role or ""
                self.state.venues[key] = (
                    places[0] if places else None,
                    when,
                    self.sentence_evidence(seg_i, sent),
                )

    def announcement(
        self,
        seg_i: int,
        sent: Span,
        actor: int,
        targets: list[int],
        when: TimeExpression | None,
        ev: Evidence,
    ) -> None:
        """A dated statement: who, what, when, where."""
        if not targets:
            return
        places = self.in_span(seg_i, sent.start_char, sent.end_char, ("place",))
        place = places[0] if places else None
        key = self.mentions[actor].name or self.mentions[actor].role or ""
        venue = self.state.venues.get(key)
        if venue is not None:
            place = place if place is not None else venue[0]
            when = when if when is not None else venue[1]
        date = resolve(when, self.article.date) if when is not None else None
        for t in targets:  # one dated statement per thing announced
            ann = Mention(
                kind="announcement",
                text=ev.text,
                evidence=ev,
                attrs={"date_text": when.text if when else None},
            )
            a = self.append_mention(ann, seg_i)
            date_text = when.text if when else None
            self.relations.append(Relation("made", actor, a, ev, date=date, date_text=date_text))
            self.relations.append(Relation("about", a, t, ev, date=date))
            if place is not None:
                self.relations.append(Relation("located_in", a, place, ev, date=date))

    def policy_links(self, seg_i: int, sent: Span, ev: Evidence) -> None:
        """Typed links between different policies named in one sentence."""
        seg = self.segments[seg_i]
        policies = [
            i
            for i in self.in_span(seg_i, sent.start_char, sent.end_char, ("policy",))
            if self.mentions[i].name
        ]
        if len(policies) < 2:
            return
        first: dict[str, int] = {}
        for i in policies:
            first.setdefault(policy_key(self.mentions[i].name or "", self.lex), i)
        spans = [
            (
                self.mentions[i].evidence.start - seg.start,
                self.mentions[i].evidence.end - seg.start,
                first[policy_key(self.mentions[i].name or "", self.lex)],
            )
            for i in policies
        ]
        for kind, source, target in find_policy_links(sent, spans):
            self.add(kind, source, target, ev)

    def funding(self, seg_i: int, sent: Span, ev: Evidence) -> None:
        """What each amount pays for (``funds``) and who provides it (``provides``)."""
        seg = self.segments[seg_i]
        amounts = self.in_span(seg_i, sent.start_char, sent.end_char, ("funding",))
        for n, a in enumerate(amounts):
            m = self.mentions[a]
            a_end = m.evidence.end - seg.start
            nxt = (
                self.mentions[amounts[n + 1]].evidence.start - seg.start
                if n + 1 < len(amounts)
                else sent.end_char
            )
            # "a £1bn fund for X": the fund the amount names
            own = [
                p
                for p in self.in_span(seg_i, a_end, nxt, ("policy",))
                if self.mentions[p].attrs.get("fund_of") == m.evidence.start
            ]
            policies = own or [
                p
                for p in self.in_span(seg_i, a_end, nxt, ("policy",))
                # pays for what it names, or for "the fund", "the programme" named before
                if (
                    self.mentions[p].attrs.get("anaphor") in (None, "back")
                    or "head" in self.mentions[p].attrs
                )
                and not _PART_OF.search(
                    seg.doc.text[a_end : self.mentions[p].evidence.start - seg.start]
                )
            ]
            window = seg.doc.text[a_end:nxt].lower()
            adjacent = bool(policies) and not seg.doc.text[
                a_end : self.mentions[policies[0]].evidence.start - seg.start
            ].strip(" -")  # "a £42m Pharmacy Integration Fund"
            to_do = bool(policies) and _TO_DO.match(
                seg.doc.text[a_end : self.mentions[policies[0]].evidence.start - seg.start]
            )
            before = seg.doc.text[sent.start_char : m.evidence.start - seg.start].lower()
            earlier = self.in_span(
                seg_i, sent.start_char, m.evidence.start - seg.start, ("policy",)
            )
            if own or adjacent or to_do or policies and any(w in window for w in _FUNDS_CUES):
                self.add("funds", a, policies[0], ev)
            elif earlier and (
                _FUNDED_BY.search(before)
                or _OF_AMOUNT.match(
                    self.article.text[self.mentions[earlier[-1]].evidence.end : m.evidence.start]
                )
            ):
                self.add("funds", a, earlier[-1], ev)
            elif n and (
                _RESTATED.match(
                    self.article.text[self.mentions[amounts[n - 1]].evidence.end : m.evidence.start]
                )
                or _FURTHER.search(before)
                or _SHARE_OF.search(before)
            ):
                # "the £270m, which works out at £90m a year", "backed by £38m, with a further
                # £6.5m a year": what the first amount pays for
                for t in self.funded_by_amount(amounts[n - 1]):
                    self.add("funds", a, t, ev)
            elif _FUNDED_BY.search(before) and (it := self.it_subject(seg_i, sent)) is not None:
                # "It will now be expanded nationally, backed by £270m": "it" is the policy
                # named last
                self.add("funds", a, it, ev)
            elif (
                _FUNDED_BY.search(before)
                and not earlier
                and not policies
                and self.policy_topic is not None
            ):
                # "The changes will be backed by £36m a year": what the article reports
                self.add("funds", a, self.policy_topic, ev)
            elif _FOR_THE_TOPIC.search(window) and self.policy_topic is not None:
                self.add("funds", a, self.policy_topic, ev)
            elif (
                self.policy_topic is not None
                and _SIZES_BEFORE.search(before)
                and _SIZES_NOUN.match(seg.doc.text[a_end:nxt])
                and not (policies and adjacent)
            ):
                self.add("funds", a, self.policy_topic, ev)  # "the £48m scheme"
            else:
                paid = self.verb_with_amount(seg_i, a)
                if paid is None:
                    paid = self.paid_to(seg_i, sent, a)
                if paid is None:
                    paid = self.share_of(seg_i, sent, a, before)
                if paid is None and seg.section == "headline":
                    # "Pharmacy First to cover acne as NHS England adds £45m": a headline
                    # naming one policy and an amount gives the policy's money
                    named = [
                        p
                        for p in earlier + policies
                        if self.mentions[p].name and "anaphor" not in self.mentions[p].attrs
                    ]
                    paid = named[0] if len(named) == 1 else None
                if paid is None and _PER_UNIT.match(seg.doc.text[a_end:nxt]) and _is_fee(m, seg):
                    paid = self.fee_of(seg_i, earlier)
                if paid is not None:
                    self.add("funds", a, paid, ev)
            # "£N ... from the BODY", "£N ... paid to practices across the north by the
            # BODY": within a clause's length of the amount
            span = seg.doc.char_span(a_end, nxt, alignment_mode="expand")
            if span is not None:
                for tok in list(span)[:_PROVIDER_WINDOW]:
                    if tok.lower_ == "from" or tok.lower_ == "by" and tok.dep_ == "agent":
                        nxt_tok = tok.i + 1
                        while nxt_tok < len(seg.doc) and seg.doc[nxt_tok].lower_ == "the":
                            nxt_tok += 1
                        if nxt_tok < len(seg.doc):
                            body = self.mention_at(seg_i, seg.doc[nxt_tok], ("body",))
                            if body is not None:
                                self.add("provides", body, a, ev)
                        break

    def fee_of(self, seg_i: int, earlier: list[int]) -> int | None:
        """The policy a fee ("£28 for each consultation") is paid under: the one named
        before it in the sentence, else the one named last in this paragraph or the one
        before."""
        named = [p for p in earlier if self.mentions[p].name]
        if named:
            return named[-1]
        last = self.state.last_policy
        if last is not None and self.owners[last] in (seg_i, seg_i - 1):
            return last
        return None

    def verb_with_amount(self, seg_i: int, amount: int) -> int | None:
        """The policy a verb acts on with an amount, or puts it into: "expanding the X
        Fund ... with an extra £150m", "will fund the drive with £48m", "will be paid for
        with £1.8bn", "topping up the X Scheme, which helps ..., with £40m" (the parse
        hangs "with" on the noun), "will put £450m a year into the contract", "into the
        expansion of the X Programme"; "into the expansion", naming none, the article's."""
        span = _mention_tokens(self.segments[seg_i], self.mentions[amount])
        if span is None:
            return None
        root = span.root
        verb = root.head
        if root.dep_ == "pobj" and verb.lower_ == "with":
            verb = verb.head
            if verb.pos_ == "VERB":
                objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            else:
                objects = [verb]
        elif root.dep_ == "dobj":
            objects = [
                g
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "into"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        else:
            return None
        for obj in objects:
            if obj.lower_ in ("which", "that") and verb.dep_ == "relcl":
                obj = verb.head  # "the guarantee, which will be paid for with £1.8bn"
            of = [g for c in obj.children if c.lower_ == "of" for g in c.children]
            for word in [obj, *of]:
                hit = self.mention_at(seg_i, word, ("policy",))
                if hit is not None and self.mentions[hit].name:
                    return hit
            definite = any(c.lower_ in ("the", "its", "this") for c in obj.children)
            if definite and re.fullmatch(_TOPIC_NOUNS, obj.lower_):
                return self.policy_topic  # "will put £215m into the expansion"
        return None

    def paid_to(self, seg_i: int, sent: Span, amount: int) -> int | None:
        """What an amount given or received pays for when its sentence names no policy
        after it: "X will receive £45m", "X, which received £45m", "X will give each
        practice £2,000" pay for X when X is a policy; "the Treasury will
        provide £8m to help councils ...", "every surgery will get £2,000", "pharmacies
        will be paid £18 a check" pay for the article's policy, unless the sentence names
        another policy."""
        span = _mention_tokens(self.segments[seg_i], self.mentions[amount])
        if span is None:
            return None
        fronted = self.fronted_policy(seg_i, sent)
        if fronted is not None and fronted != amount:
            return fronted
        verb = _governing_verb(span)
        lemma = verb.lemma_.lower()
        if lemma in _RECEIVE_VERBS | _PAY_OUT_VERBS or lemma in self.lex.relation_verbs["funds"]:
            # "Under the X Scheme, NHS England will pay £3,000 per practice": the clause
            # pays out under the policy its fronted phrase names
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in ("under", "through") and prep.i < verb.i:
                    for obj in prep.children:
                        hit = self.mention_at(seg_i, obj, ("policy",))
                        if obj.dep_ == "pobj" and hit is not None and self.mentions[hit].name:
                            return hit
        # "Pharmacies will be paid £18 for each check": a passive verb of paying out is
        # one of receiving
        receives = lemma in _RECEIVE_VERBS or (
            lemma in _PAY_OUT_VERBS and any(c.dep_ == "auxpass" for c in verb.children)
        )
        if lemma in _PAY_OUT_VERBS:
            # "would give its own X Programme £4m a year": the policy given the money, the
            # object before the amount
            for c in verb.children:
                if c.dep_ in ("dative", "dobj") and c.i < span.start:
                    hit = self.mention_at(seg_i, c, ("policy",))
                    if hit is not None and self.mentions[hit].name:
                        return hit
        if lemma in _RECEIVE_VERBS | _PAY_OUT_VERBS | _SIZE_VERBS:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None and verb.dep_ in ("xcomp", "conj"):
                # "The Fund will run ... and is expected to give each practice £18,000"
                subject = _clause_subject(verb)
            if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
                subject = verb.head  # "the programme, which received £1.5bn"
                # "a Fund worth £40m a year, which will pay £2,500": the clause belongs to
                # the policy whose phrase holds the word it hangs on
                for _ in range(4):
                    if self.mention_at(seg_i, subject, ("policy",)) is not None:
                        break
                    if subject.head is subject or subject.dep_ in ("ROOT", "nsubj", "dobj"):
                        break
                    subject = subject.head
            elif subject is not None and subject.lower_ == "which":
                # the parser hung "which will pay" on the main verb: the antecedent is the
                # policy right before it, sized or not ("a Fund worth £40m a year, which")
                seg = self.segments[seg_i]
                before = self.in_span(
                    seg_i, sent.start_char, subject.idx, ("policy", "body", "person", "place")
                )
                if before and self.mentions[before[-1]].kind == "policy":
                    gap = seg.doc.text[
                        self.mentions[before[-1]].evidence.end - seg.start : subject.idx
                    ]
                    if _SIZED_ANTECEDENT.match(gap):
                        return before[-1]
            if subject is not None:
                own = self.mention_at(seg_i, subject, ("policy",))
                if own is not None:
                    return own
        if lemma not in self.lex.relation_verbs["funds"] and not receives:
            return None
        if self.in_span(seg_i, sent.start_char, sent.end_char, ("policy",)):
            return None  # another policy is named: the rules above decide
        return self.policy_topic

    def fronted_policy(self, seg_i: int, sent: Span) -> int | None:
        """The named policy of a sentence's fronted "Under ..." or "Through ..." phrase:
        "Under the Clean Air Classrooms programme, councils will be able to bid for up to
        £60,000 per school" pays out under that programme."""
        first = sent[0]
        if first.lower_ not in ("under", "through"):
            return None
        comma = next((t for t in sent if t.text == ","), None)
        if comma is None:
            return None
        named = [
            p
            for p in self.in_span(seg_i, first.idx, comma.idx, ("policy",))
            if self.mentions[p].name
        ]
        return named[-1] if len(named) == 1 else None

    def share_of(self, seg_i: int, sent: Span, amount: int, before: str) -> int | None:
        """What an amount pays for when it is a part of money given before: "It includes
        £6m for an evaluation" (the policy "it" stands for), "The plan also includes £45m"
        (the plan), "The money ... includes £60m" and "Of the total, £90m will be ..."
        (what the article's money pays for)."""
        if _OF_THE_MONEY.match(before):
            return self.money_so_far(amount)
        span = _mention_tokens(self.segments[seg_i], self.mentions[amount])
        if span is None:
            return None
        verb = _governing_verb(span)
        if verb.lemma_.lower() not in _INCLUDE_VERBS:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":  # "has been secured ... and includes"
            subject = next(
                (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
        if subject is None:
            return None
        own = self.mention_at(seg_i, subject, ("policy",))
        if own is not None and self.mentions[own].name:
            return own
        if subject.lower_ == "it":
            return self.it_subject(seg_i, sent)
        if subject.lemma_.lower() in _MONEY_NOUNS:
            return self.money_so_far(amount)
        return None

    def money_pays_for(self, seg_i: int, verb: Token, ev: Evidence) -> None:
        """ "X has announced £36m ... . She said the money would fund a new Y Programme":
        "the money" is the amount announced last, and it pays for the policy the verb
        names; so does "the new money is ringfenced for X", in the passive."""
        subject = _clause_subject(verb) or next(
            (c for c in verb.children if c.dep_ == "nsubjpass"), None
        )
        if (
            subject is None
            or subject.lemma_.lower() not in _MONEY_NOUNS
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children)
        ):
            return
        policies = [
            t
            for t in self.in_subtree(seg_i, verb, ("policy",))
            if self.mentions[t].name and self.is_argument(seg_i, t, verb)
        ]
        start = self.segments[seg_i].start + verb.idx
        announced = [
            r.target
            for r in self.relations
            if r.kind == "announced"
            and self.mentions[r.target].kind == "funding"
            and self.mentions[r.target].evidence.start < start
            and self.mentions[r.target].evidence.section != "comment"
        ]
        if policies and announced:
            self.add("funds", announced[-1], policies[0], ev)

    def money_named_next(self, seg_i: int, sent: Span, first: int, ev: Evidence) -> None:
        """ "X has announced £180m over two years to help practices ... . Mr X said the new
        Same-Day Access Fund would pay for ...": money announced without naming what it
        pays for pays for the next new policy named, in its paragraph or the next."""
        made = self.relations[first:]
        if any(self.mentions[r.source].kind == "funding" for r in made if r.kind == "funds"):
            self.state.unplaced_money = None
            return
        amounts = self.in_span(seg_i, sent.start_char, sent.end_char, ("funding",))
        if amounts:
            placed = {r.source for r in self.relations if r.kind == "funds"}
            announced = [
                r.target
                for r in made
                if r.kind == "announced" and r.target in amounts and r.target not in placed
            ]
            self.state.unplaced_money = (announced[0], seg_i) if announced else None
            return
        if self.state.unplaced_money is None:
            return
        amount, where = self.state.unplaced_money
        if seg_i - where > 1:
            self.state.unplaced_money = None
            return
        seg = self.segments[seg_i]
        for p in self.in_span(seg_i, sent.start_char, sent.end_char, ("policy",)):
            span = _mention_tokens(seg, self.mentions[p])
            if (
                span is not None
                and self.mentions[p].name
                and "anaphor" not in self.mentions[p].attrs
                and span.start > 0
                and span.doc[span.start - 1].lower_ == "new"
            ):
                self.add("funds", amount, p, ev)
                self.state.unplaced_money = None
                return

    def money_so_far(self, amount: int) -> int | None:
        """The policy the article's money pays for before ``amount``: what the last amount
        given before it pays for, else the article's policy."""
        start = self.mentions[amount].evidence.start
        funded = [
            r.target
            for r in self.relations
            if r.kind == "funds"
            and self.mentions[r.source].kind == "funding"
            and self.mentions[r.source].evidence.start < start
        ]
        return funded[-1] if funded else self.policy_topic

    def offered_amounts(
        self, seg_i: int, verb: Token, actor: int, owned: list[int], ev: Evidence
    ) -> None:
        """ "X announced the Package, offering a 4% rise and £75m to create posts": the
        amounts of a participle clause hung on the announcing verb are announced with the
        policy, and pay for it."""
        policies = [t for t in owned if self.mentions[t].kind == "policy"]
        if not policies:
            return
        for policy in policies:  # "a £12m crisis fund, which NHS England announced"
            for a in self.amounts_of_policy(seg_i, policy):
                self.add("announced", actor, a, ev)
        for clause in verb.children:
            if clause.dep_ != "advcl" or clause.tag_ != "VBG":
                continue
            for a in self.in_subtree(seg_i, clause, ("funding",)):
                self.add("announced", actor, a, ev)
                self.add("funds", a, policies[0], ev)

    def policies_of_announced_money(self, seg_i: int, first: int) -> None:
        """ "X announced £110m to help practices prescribe, under a new Obesity Programme":
        who announces money in a sentence announces the new policy it pays for there."""
        made = self.relations[first:]
        for r in [r for r in made if r.kind == "announced"]:
            if self.mentions[r.target].kind != "funding":
                continue
            for f in made:
                if f.kind != "funds" or f.source != r.target:
                    continue
                policy = f.target
                if self.mentions[policy].kind != "policy" or not self.is_new(seg_i, policy):
                    continue
                if not self.is_owner(r.source, policy):
                    self.relations.append(
                        Relation(
                            "announced",
                            r.source,
                            policy,
                            r.evidence,
                            date=r.date,
                            date_text=r.date_text,
                        )
                    )

    def is_new(self, seg_i: int, policy: int) -> bool:
        """Is the policy named as new ("under a new Obesity Programme")?"""
        span = _mention_tokens(self.segments[seg_i], self.mentions[policy])
        return span is not None and span.start > 0 and span.doc[span.start - 1].lower_ == "new"

    def amounts_of_policy(self, seg_i: int, policy: int) -> list[int]:
        """Amounts in a policy's own noun phrase ("a £12m crisis fund", "a Plan backed by
        £95m"): the way from the amount to the policy's head passes through modifiers,
        prepositions and participles only, not through a clause of its own ("the Fund,
        which replaces the £20m scheme")."""
        span = _mention_tokens(self.segments[seg_i], self.mentions[policy])
        if span is None:
            return []
        root = span.root
        found = []
        for a in self.in_subtree(seg_i, root, ("funding",)):
            amount = _mention_tokens(self.segments[seg_i], self.mentions[a])
            if amount is None:
                continue
            tok = amount.root
            while tok.i != root.i and tok.head.i != tok.i:
                if tok.dep_ in ("relcl", "advcl", "ccomp", "conj", "appos") or (
                    tok.dep_ == "acl" and tok.tag_ != "VBN"
                ):
                    break
                tok = tok.head
            if tok.i == root.i:
                found.append(a)
        return found

    def backing_amounts(self, seg_i: int, verb: Token) -> list[int]:
        """Amounts that back what a verb announces: "pledged that every pupil will be
        covered by 2029, backed by £120m", "launched a campaign backed by £28m". The amount
        is the agent of a participle ("backed by", "funded by") within the verb's clause."""
        found: list[int] = []
        for tok in verb.subtree:
            if (
                tok.tag_ == "VBN"
                and tok.dep_ in ("advcl", "acl")
                and tok.lemma_.lower() in _BACKING_PARTICIPLES
            ):
                for agent in (c for c in tok.children if c.dep_ == "agent"):
                    found += [
                        a for a in self.in_subtree(seg_i, agent, ("funding",)) if a not in found
                    ]
        return found

    def funded_by_amount(self, amount: int) -> list[int]:
        """The policies an amount (any mention of the same sum in the article) pays for."""
        gbp = self.mentions[amount].amount_gbp
        return [
            r.target
            for r in self.relations
            if r.kind == "funds" and self.mentions[r.source].amount_gbp == gbp
        ]

    def it_subject(self, seg_i: int, sent: Span) -> int | None:
        """The policy "it" stands for when a sentence's subject is "it": the policy named
        last before the sentence."""
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        last = self.state.last_policy
        if subj is None or subj.lower_ != "it" or last is None:
            return None
        start = self.segments[seg_i].start + sent.start_char
        return last if self.mentions[last].evidence.start < start else None

    def comment(self, seg_i: int, seg: Segment) -> None:
        """Readers' comments: criticism or support of what they name, by a reader."""
        reader = self.reader(seg_i, seg)
        for sent in seg.doc.sents:
            kind = _stance(sent, self.lex)
            if kind is None:
                continue
            ev = self.sentence_evidence(seg_i, sent)
            for t in self.in_span(
                seg_i, sent.start_char, sent.end_char, ("policy", "person", "body")
            ):
                if t != reader and (self.mentions[t].name or self.mentions[t].role):
                    self.add(kind, reader, t, ev, None, by="stance")

    def reader(self, seg_i: int, seg: Segment) -> int:
        ev = seg.evidence(0, len(seg.doc.text))  # the reader's whole comment
        reader = Mention(kind="person", text="", evidence=ev, name=READER, attrs={"reader": True})
        return self.append_mention(reader, seg_i)


def extract_relations(
    article: Article,
    segments: Sequence[Segment],
    mentions: list[Mention],
    owners: list[int],
    lexicon: Lexicon,
    topic: int | None = None,
) -> list[Relation]:
    """Relations of one article. May append announcement and reader mentions.

    ``owners[i]`` is the index in ``segments`` of the segment holding ``mentions[i]``.
    ``topic`` is the index of a mention of the policy the article is about, the target of
    reactions that name no policy. A relation's ``target`` of ``-1`` stands for the
    article itself (``said``).
    """
    return _ArticleRelations(article, segments, mentions, owners, lexicon, topic).run()
