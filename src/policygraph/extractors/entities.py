"""Find mentions of people, bodies, policies and places in a parsed segment.

Each rule names a general pattern of English news writing:

* **TITLE + NAME** — an honorific then capitalised names: "Dr Jane Smith", "Mr Smith".
* **ROLE + NAME** — a job title then a name: "Health secretary Jane Smith",
  "BMA council chair Dr Jane Smith"; a body before the title is the role's body.
* **NAME, the BODY's ROLE** — an apposition: "Jane Smith, the BMA's lead negotiator".
* **the ROLE** — a definite job title alone ("the health secretary") refers to a person
  resolved later from the role.
* **BODY spokesperson** — "a Treasury spokesperson said" is the body speaking.
* **statistical NER** — PERSON, ORG, GPE/LOC entities of the spaCy pipeline, filtered:
  a PERSON whose capitalised words run on to a policy noun is the start of a policy's
  name ("a £60m GP Retention and Employment Fund").
* **lexicon** — known bodies and policies, with their canonical names.
* **HEAD NOUN** — a noun phrase headed by a policy noun ("... programme", "... scheme",
  "... fund") with a distinctive modifier, or a quoted name before such a noun
  ("'one-stop' plan") is a policy; a capitalised phrase headed by an organisational noun
  ("... Committee", "... Trust") is a body. A policy noun the tagger calls a verb ("to
  double the transport precept") counts when it has a noun's role and modifiers. The last
  of several policy nouns is the head ("the Family Hubs programme"); lower-case words
  before a capitalised name and a leading duration describe, not name ("a ring-fenced
  Social Care Workforce Fund", "a ten-year workforce plan"; "a three-year settlement"
  names nothing; nor does an amount's unit, "under £215m plan"); a year or the nation
  after a capitalised name ("the Clean Air Strategy 2019", "the Vaccination Strategy for
  England") belongs to its written form, an alias, not to the name; a number before a
  capitalised unit of time starts a name ("the 10 Year Health Plan"), and so does one in
  figures before a capitalised singular name ("the 111 Clinical Callback Standard";
  before a plural it is a count). A common-noun possessor
  is the policy's owner, not its name ("councils’ public health grant"), but a group's
  is ("the Children's Oral Health Scheme"); with a specific head noun, even generic
  modifiers name a policy ("the public health grant"), and so do they in a name written
  in capitals, head and all ("the NHS Health Check"). Words of praise or blame, quoted
  or not, are a verdict, not a name ("the ‘unworkable’ staffing plan"), with the rest of
  a hyphenated compound they start ("short-term contracts"). A
  possessive may sit inside a body's name ("Queen's Nursing Institute"); a verb never
  sits inside a policy's ("Minister unveils fund"). The lower-case nouns and adjectives
  right before the head are the name's, whatever the parse attached them to ("the
  additional roles reimbursement scheme"); a generic word dropped from the front of a
  name ("the national screening programme") stays in its aliases as it was written. A
  plural in lower case with no marked modifier is a class of things, not a policy
  ("hospital contracts", "public health grants"; but "smoke-free play zones").
  Everyday heads ("shop", "model") need a marked modifier ("one-stop shop"); a few
  ("Promise", "Offer", "Target", "Bill") head a policy only in a name written in
  capitals, linking words aside ("the Dental Access Promise", "the Tobacco and Vapes
  Bill"; "the drugs bill" is a cost), which is never a person's name in apposition
  ("..., the minister said").
* **NAMES LINKED BY SMALL WORDS** — capitalised words joined by "to", "for the", "of",
  "and", "at" are one name ("the Time to Care programme", "Improving Access to
  Psychological Therapies", "the Hospital at Home programme"); two names the NER calls a
  person right before a policy noun are the policy's name ("the Steady Steps programme").
* **THE ARTICLE'S OWN PUBLICATION** — the source named in the metadata, wherever the
  article names it ("told Practice Manager Monthly", or in capitals on a masthead), is a
  body, found before job titles. **NAME, a charity ...** — a name in apposition with an
  indefinite organisational noun is a body, whatever the NER or its last word says.
* **NOUN, branded NAME** — "the helpline, branded Call Ahead", "known as", "called": the
  name is a policy's. **extend NAME** — a capitalised name that is the object of a verb
  of announcing or extending ("will extend Warm Homes Direct", "X will be rolled out") is a
  policy unless something marks it as an organisation.
* **a £N NOUNS fund** — words between an amount and a fund noun name the fund ("a £12m
  crisis alternatives fund"), unless a phrase after it says what it is for ("a £60m
  programme to bring eye tests to care homes", without trailing phrases of place); "a
  £48m package for the X scheme" is the named scheme's money, not a policy of its own;
  capitalised words there, hyphenated ones included, are the fund's own name ("a £22m
  Same-Day Access Fund for GP practices").
* **a new PLAN** — an indefinite generic policy noun refers forward to the next named
  policy; "his plan", "the scheme" refer back to the last one.
* **NAME (ACRONYM)** — a name followed by its acronym in brackets makes an alias.
* **ORGANISATION NAMES** — a capitalised name with an organisational head, joined by
  "and"/"of" ("Dales and Coast Community Healthcare NHS Trust"), "NAME UK", one body of a
  kind ("Tower Hamlets CCG", "NHS Calderbrook ICB"), a national body's short name with a
  place ("Healthwatch Calderbrook", a local body), a known body's name with a place's
  name that the NER reads into it ("NHS Highland", "RCGP Scotland") or after a nation's
  adjective ("Scottish Labour", "the Welsh Conservatives": a branch of its own), an
  organisation's name that ends in a plural job title ("Association of Hospice Chief
  Executives"), and "told PUBLICATION" (marked ``media``: a publication is who is told,
  never who acts next).
* **ROLES AT BODIES** — "NAME, ROLE of/at BODY", "BODY ROLE NAME", "Its ROLE, NAME",
  "NAME, the college's ROLE", "NAME, who chairs the committee", "NAME, a GP who chairs
  the college's ... group", "college ROLE NAME" (the body named before with that word);
  "The chair of the BMA's General Practitioners Committee (GPC), Dr NAME" (the committee),
  "NAME, the BMA's GP premises lead" (an acronym among the qualifying words);
  also with words between the body and the title ("BODY (ACRONYM) ROLE", "BODY mental
  health director NAME", "BODY community wellbeing spokesperson Councillor NAME", whatever
  the tagger calls the words, "BODY, whose ROLE NAME"), a complement after the title
  ("national director for primary care, Dr NAME", "clinical lead for the pilot at
  BODY", "national clinical director for learning disability, Dr NAME"), "NAME, its
  ROLE", "ROLE of the college" and "who chairs the BMA's GP committee" (the committee,
  not its owner); a plural's bare apostrophe is a possessive too ("The Liberal
  Democrats' health spokesperson, NAME"), and a nation's adjective before a known body
  puts the role at that nation's branch ("Welsh Labour health spokesperson NAME").
  Where a role puts its body ("head of health policy at Brightpath") a capitalised name no
  other rule knew is that body, unless the NER calls it a person or a place; so is an
  unknown name that owns a title ("Help for Carers' director of policy, NAME"). **At BODY,
  ROLE NAME said** — a sentence opening at a place of work gives the body of its roles.
  **BODY was sceptical. ROLE NAME said** — a sentence opening with a job title and a
  name, with no body of its own, speaks for the subject of the sentence before (not for
  a minister, whose title names an office).
* **NAME, who / NAME, ROLE** — a name in apposition with "who" or a job title is a
  person's, whatever the statistical NER calls it; a hyphenated surname is one name.
* **LISTS OF PLACES** — capitalised words listed with a place ("Leeds, Dunmore and Esterby").
* **the HEAD NOUN** — "the precept" is the article's policy named with that head noun.
* **ROLE for PORTFOLIO NAME** — "Minister for Social Care Eilidh Munro": the run's last
  two words, when neither is a word of a job title, are a person; a minister's portfolio
  is never a body.
* **STATUTES AND INITIALS** — bracketed words inside a capitalised name belong to it
  ("the Nurse Staffing Levels (Wales) Act"); initials in brackets that are a name's
  ("Health Education and Improvement Wales (HEIW)") join the words the NER split, and a
  branch's short form keeps its nation ("(RCN Wales)"); a list of subjects before an
  organisational head is one name ("Health, Social Care and Sport Committee").
* **WORDS THAT NAME NOTHING** — "own", a quoted determiner ('"no plans"'), what something
  is said not to be ("not a workforce plan"), an amount before a capitalised name, and an
  open bracket the NER ran into ("the Pharmacy Access Scheme (PhAS").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..model import Mention
from ..nlp import LEXICON_SPANS
from .segment import Segment

__all__ = [
    "extract_entities",
    "policy_key",
    "policy_words",
    "policy_head",
    "longer_forms",
    "policy_shape",
    "fold_short_forms",
    "clean_name",
    "QUOTES",
    "BODY_NOUNS",
]

QUOTES = "'‘’\"“”"
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
#: Capitalised plurals that take "'s" (English's irregular plurals) name whom a policy
#: serves, not who owns it: "the Children's Inhaler Check service", "Women's Health
#: Strategy", "the Young People's Mental Health Programme".
_GROUP_POSSESSOR = re.compile(r"^(?:Children|People|Women|Men)$")
_DETERMINERS = {
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "this",
    "that",
    "these",
    "those",
    "your",
    "no",
    "any",
    "some",
    "all",
    "every",
    "each",
}
#: First words of organisations' names followed by "for" or "of": "Centre for Mental
#: Health", "Institute for Fiscal Studies", "Academy of Medical Royal Colleges".
_ORGANISATION_OPENERS = {
    "Centre",
    "Center",
    "Institute",
    "Foundation",
    "Alliance",
    "Coalition",
    "Council",
    "Society",
    "Association",
    "Academy",
    "Federation",
    "Confederation",
    "Commission",
    "College",
    "Office",
    "Campaign",
    "Friends",
}
#: Determiners that, written in capitals inside a sentence, are a name's first word:
#: "its Every Child Protected scheme", "the No Wrong Door pathway".
_NAME_DETERMINERS = {"a", "an", "every", "no", "any", "some", "all", "each"}


def _organisation_name(words: Span) -> bool:
    """Does a name open as an organisation's does ("Centre for ...", "Institute of
    ...")? Then its last word ("Policy", "Research") does not make it a policy."""
    return (
        len(words) >= 3
        and words[0].text in _ORGANISATION_OPENERS
        and words[1].lower_ in ("for", "of")
    )


def _opens_name(tok: Token) -> bool:
    """Is a determiner the first word of a capitalised name ("extend its A Bed Every
    Night scheme")? Only inside a sentence, where capitals mean a name, and only before
    another capitalised word."""
    doc = tok.doc
    return (
        tok.lower_ in _NAME_DETERMINERS
        and tok.text[:1].isupper()
        and not tok.is_sent_start
        and tok.i > 0
        and not doc[tok.i - 1].is_punct
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text[:1].isupper()
    )


#: "NAME, who chairs the committee": verbs that give a role, and the role they give.
_CHAIRS = {"chair": "chair", "lead": "leader", "head": "head", "run": "head"}
#: Common nouns that stand for a body named before: "the college's chair".
BODY_NOUNS = {
    "college",
    "association",
    "committee",
    "union",
    "trust",
    "charity",
    "council",
    "board",
    "body",
    "organisation",
    "federation",
    "confederation",
    "society",
    "foundation",
    "institute",
    "department",
    "regulator",
    "watchdog",
    "group",
}
#: Lower-case nouns that classify the name right after them as a body: "the charity
#: Sands", "software firm ClinicFlow", "industry body techUK".
_CLASSIFIER_NOUNS = frozenset(
    {"charity", "group", "firm", "company", "body", "union", "organisation", "tank"}
    | {"watchdog", "regulator", "consultancy", "supplier", "provider", "campaigners"}
)
#: Most words of a name classified by the noun before it ("patient group Long Covid
#: Voices UK").
_MAX_CLASSIFIED_WORDS = 4
#: The nations a policy may be named for: "the Vaccination Strategy for England".
_NATIONS = ("England", "Scotland", "Wales", "Britain")
#: Last words of national organisations' names: "Cancer Research UK", "Healthwatch England".
_NATIONAL = ("UK", "England", "Scotland", "Wales")
#: the small words of hyphenated town names ("Stoke-on-Trent", "Weston-super-Mare")
_PLACE_LINKS = frozenset({"on", "upon", "under", "super", "le", "in", "by"})
# names of devolved nations after a body's name: its branch there ("RCN Wales")
_BRANCH_NATIONS = (
    ("Cymru", "Wales"),
    ("Northern", "Ireland"),
    ("Scotland",),
    ("Wales",),
    ("Cymru",),
    ("NI",),
)
_INDEFINITE = {"a", "an", "any", "each", "every", "another"}
#: Words of time that do not make a known policy a different one ("one-year Spending Review").
_TIME_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days"}
_PRONOUN_POSS = {"his", "her", "their", "its", "our", "my"}
_SPOKES = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "source"}
#: Head nouns of "a £300m fund for X" phrases.
_MONEY_HEADS = {"fund", "funds", "scheme", "programme", "package", "plan", "investment"}
#: Words that end a written amount: "£42m", "£1.2 billion".
_AMOUNT_UNITS = {"m", "bn", "b", "k", "mn", "million", "billion", "thousand"}
#: One token holding a number and its unit, as the tokenizer leaves "2.5bn" and "1.2m".
_AMOUNT_TOKEN = re.compile(r"^[\d.,]+(?:m|bn|b|k|mn)$")


def _is_amount_unit(tok: Token) -> bool:
    """The unit of a written amount, glued to its number: the "m" of "£215m"."""
    doc = tok.doc
    return (
        tok.lower_ in _AMOUNT_UNITS
        and tok.i > 0
        and doc[tok.i - 1].like_num
        and not doc[tok.i - 1].whitespace_
    )


#: Words that join the capitalised words of a name: "Fit for the Future", "Swap to Stop".
_NAME_LINKS = {"and", "of", "for", "to", "in", "on", "at", "against"}

#: "MPs", "GPs", "ICBs": a plural of an acronym is a group of people, not a name.
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_EVENTS = {"conference", "summit", "meeting", "congress", "expo", "show", "festival", "awards"}
_NAME_RE = re.compile(r"^[A-Z][\w'’.-]*$")


#: Dependencies of a noun phrase's head.
_NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj"}


def _nominal(tok: Token) -> bool:
    """Is the token a noun? A rare noun the tagger calls a verb ("extending the adult
    social care precept") still heads a noun phrase: it has the role of a noun and
    modifiers of a noun before it."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return True
    return tok.dep_ in _NOMINAL_DEPS and any(
        c.dep_ in ("det", "compound", "amod", "nmod", "poss") for c in tok.lefts
    )


#: A capitalised name, an acronym of capitals in brackets, and the rest of the name.
_INNER_ACRONYM = re.compile(r"(\S.*?) \(([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\) (\S.*)")


_UNCLOSED_BRACKET = re.compile(r"\s*\([^()]*$")


def clean_name(text: str) -> str:
    """Strip quotes, a possessive ending, an unclosed bracket the NER ran into ("the
    Pharmacy Access Scheme (PhAS") and surrounding white space from a name."""
    text = _UNCLOSED_BRACKET.sub("", " ".join(text.split()))
    text = text.strip(QUOTES + " ,.:;")
    text = _POSSESSIVE.sub("", text).strip(QUOTES + " ")
    return " ".join(w.strip(QUOTES) for w in text.split() if w.strip(QUOTES))


def policy_key(name: str, lexicon: Lexicon) -> str:
    """The identity of a policy name: its distinctive words, normalised.

    Generic head nouns ("plan", "programme"), generic modifiers ("new", "GP"), quotes,
    hyphens and spaces are dropped, so "GP one-stop programme", "'one stop' proposals"
    and "one-stop shop plans" share the key ``onestop``.

    Examples
    --------
    >>> from policygraph.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> policy_key("GP one-stop programme", lex) == policy_key("'one stop' proposals", lex)
    True
    >>> policy_key("local enhanced services", lex) == policy_key("directed enhanced services", lex)
    False
    """
    return "".join(policy_words(name, lexicon)) or name.lower().replace(" ", "")


def policy_head(name: str, *, first: bool = False) -> str:
    """The head noun of a policy name, singular-ish: "Workforce Plans" -> "plan".

    With ``first``, the first word: the head of a described policy ("plan to recruit ...").
    """
    words = name.split()
    return (words[0] if first else words[-1]).lower().rstrip("s") if words else ""


def policy_shape(name: str, lexicon: Lexicon) -> tuple[frozenset[str], str]:
    """A policy name's distinctive words and head noun, as :func:`longer_forms` compares
    them."""
    return frozenset(policy_words(name, lexicon)), policy_head(name)


def fold_short_forms(
    counts: dict[str, int], shapes: Mapping[str, tuple[frozenset[str], str]]
) -> None:
    """Add the count of each short form to the longer policy it shortens ("the workforce
    plan" counts for the "Mental Health Workforce Plan"); ``counts`` changes in place."""
    for key, longer in longer_forms(shapes).items():
        counts[longer] = counts.get(longer, 0) + counts.pop(key, 0)


def longer_forms(words_of: Mapping[str, tuple[frozenset[str], str]]) -> dict[str, str]:
    """For each policy key, the one longer key it is a short form of, if there is one.

    ``words_of`` maps a key to its distinctive words and head noun. "workforce plan" is a
    short form of "Mental Health Workforce Plan": all its words are in the longer one, and
    the head noun is the same. A key with two such longer keys is ambiguous and left alone,
    unless one holds the other (then the longest is meant).
    """
    out: dict[str, str] = {}
    for key, (words, head) in words_of.items():
        supersets = [k for k, (w, h) in words_of.items() if words and words < w and h == head]
        if not supersets:
            continue
        # nested longer forms ("workforce stabilisation plan", "General Practice Workforce
        # Stabilisation Plan") are one policy: the longest
        longest = max(supersets, key=lambda k: len(words_of[k][0]))
        if all(words_of[k][0] <= words_of[longest][0] for k in supersets):
            out[key] = longest
    return out


def policy_words(name: str, lexicon: Lexicon) -> list[str]:
    """The distinctive words of a policy name, normalised (see :func:`policy_key`)."""
    words = [w.strip(QUOTES + ".,") for w in re.split(r"\s+", name)]
    keep = []
    for w in words:
        lw = w.lower()
        if not lw or lw in lexicon.policy_generic_modifiers or lw in lexicon.generic_policy_heads:
            continue
        if lw.endswith("s") and lw[:-1] in lexicon.specific_policy_heads:
            lw = lw[:-1]
        keep.append(lw.replace("-", ""))
    return keep


def _overlaps(a: tuple[int, int], taken: Iterable[tuple[int, int]]) -> bool:
    return any(a[0] < b[1] and b[0] < a[1] for b in taken)


def _is_name_token(tok: Token) -> bool:
    return bool(_NAME_RE.match(tok.text)) and tok.pos_ in ("PROPN", "NOUN", "ADJ", "VERB", "X")


def _modifies_later_policy_head(tok: Token, heads: set[str]) -> bool:
    """Does a policy noun modify a later policy noun of its phrase? Then it is part of the
    name, not its head: "the Family Hubs programme", "the Frailty Hub pilot", "the
    Medicines Review Service" name the programme, pilot and service."""
    head = tok.head
    return tok.dep_ == "compound" and head.i > tok.i and head.lower_ in heads


def _starts_name(tok: Token, head: Token) -> bool:
    """Is a number the first word of a policy's name, not a count of policies?

    "the 10 Year Health Plan", "the 28 Day Faster Diagnosis Standard": a number before a
    capitalised unit of time. "the 111 Clinical Callback Standard": a number in figures
    before a capitalised name whose head is singular; a count makes its head plural ("the
    24 Early Support Hubs").
    """
    doc = tok.doc
    if tok.i + 1 >= len(doc) or not doc[tok.i + 1].text[:1].isupper():
        return False
    if doc[tok.i + 1].lower_ in _TIME_UNITS:
        return True
    # the tagger often calls a capitalised plural singular ("Hubs" NNP): the spelling decides
    plural = head.tag_ in ("NNS", "NNPS") or (
        head.lower_.endswith("s") and not head.lower_.endswith(("ss", "us", "is"))
    )
    return (
        tok.text.isdigit()
        and not plural
        and head.text[:1].isupper()
        and (tok.i == 0 or not doc[tok.i - 1].is_currency)
    )


#: Adjectives of the nations whose names are in ``_NATIONAL``.
_NATION_ADJECTIVES = {"English", "Scottish", "Welsh"}


#: Verbs whose object is wanted or missing, not in place: "wanted a workforce plan".
_WANTING_VERBS = frozenset({"want", "need", "lack", "require"})


def wanted(noun: Token) -> bool:
    """Is ``noun`` something wished for or missing ("wanted a proper workforce plan",
    "without a workforce plan")? What a body "calls for" is a proposal, and stays."""
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in _WANTING_VERBS
    return noun.dep_ == "pobj" and noun.head.lower_ == "without"


def _is_duration(words: Span) -> bool:
    """Is the span a hyphenated duration: "ten-year", "10-year", "two-month"?"""
    return (
        len(words) == 3
        and words[1].text == "-"
        and (words[0].like_num or words[0].pos_ == "NUM")
        and words[2].lower_ in _TIME_UNITS
    )


def _is_hyphenated_participle(words: Span) -> bool:
    """Is the span a hyphenated participle: "long-delayed", "much-trumpeted", "hard-won"?
    It says what happened to a policy, not which policy it is."""
    return len(words) == 3 and words[1].text == "-" and words[2].tag_ == "VBN"


#: Tags of the words a noun compound is built of: "additional roles reimbursement scheme".
_CHAIN_TAGS = {"NN", "NNS", "JJ", "VBG", "HYPH"}


def _modifier_chain_start(head: Token) -> int:
    """Start of the run of lower-case nouns, adjectives and gerunds right before ``head``.

    A noun compound's words come straight before its head whatever the parser attached
    them to: in "through the additional roles reimbursement scheme" a small parser makes
    "roles" the object of "through", yet the scheme's name is all four words. The run
    stops at a determiner, a possessive, a capitalised or non-alphabetic word, a verb or
    an amount's unit.
    """
    doc = head.doc
    i = head.i
    while i > 0:
        prev = doc[i - 1]
        if prev.tag_ not in _CHAIN_TAGS or not (prev.is_lower or prev.text == "-"):
            break
        if i > 1 and not doc[i - 2].whitespace_ and doc[i - 2].like_num:
            break  # the unit of an amount: "a £60m eye health programme"
        i -= 1
    return i


def _drop_describing_prefix(span: Span, lexicon: Lexicon) -> int:
    """Where a policy name starts once the words describing it are dropped.

    Two patterns of news writing put description before a name:

    * lower-case words before a capitalised name: "a ring-fenced Social Care Workforce
      Fund", "the much-delayed Dental Recovery Plan" name the fund and the plan;
    * a leading duration or hyphenated participle: "a ten-year nursing workforce plan"
      says how long the plan runs, "the long-delayed junk food advertising ban" what
      became of it, not which it is. A participle is kept when nothing distinctive
      would be left; a duration is not ("a three-year settlement" names nothing).

    Quoted names are left alone. Returns the index of the name's first token.
    """
    doc = span.doc
    i, end = span.start, span.end
    if any(t.text in QUOTES for t in span):
        return i
    head = doc[end - 1]
    # "an expanded Golden Hello scheme": the capitalised words name it, with or without
    # its lower-case head noun
    name_end = end if head.text[:1].isupper() else end - 1
    first_cap = next((t.i for t in span if t.text[:1].isupper() and t.is_alpha), i)
    if (
        first_cap > i
        and first_cap < name_end
        and all(
            t.is_alpha and t.text[:1].isupper() or t.lower_ in ("and", "of", "for", "&")
            for t in doc[first_cap:name_end]
        )
        and all(t.text.islower() or t.is_punct for t in doc[i:first_cap])
    ):
        return first_cap
    if head.text[:1].isupper():
        return i
    # a standard's duration is what it sets: "the four-week waiting time standard"
    measure = head.lower_ in ("standard", "standards")
    if _is_duration(doc[i : i + 3]) and not measure or _is_hyphenated_participle(doc[i : i + 3]):
        rest = [
            t
            for t in doc[i + 3 : end - 1]
            if t.is_alpha and t.lower_ not in lexicon.policy_generic_modifiers
        ]
        # "a three-year settlement": a duration alone describes the policy, never names it
        return i + 3 if rest else end - 1
    return i


_FUNCTION_POS = frozenset({"ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ"})


def _qualifier(tok: Token) -> bool:
    """A lower-case content word that can qualify a job title ("community wellbeing
    spokesperson", "regional director")."""
    return tok.is_lower and tok.is_alpha and not tok.is_stop and tok.pos_ not in _FUNCTION_POS


def _give_role_body(person: Mention, body: Mention) -> None:
    """Record ``body`` as the body of ``person``'s role, found in the text."""
    person.role_body = body.name
    person.attrs["explicit_body"] = True
    person.attrs["role_body_text"] = body.evidence.text


class _Finder:
    """Collects mentions of one segment, never two over the same characters."""

    def __init__(
        self,
        seg: Segment,
        lexicon: Lexicon,
        acronyms: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        self.role_body_text: str | None = None
        self.role_body_at: int | None = None
        self.role_span_start: int | None = None
        self.role_ref: str | None = None
        self.kinds = {b.name for b in lexicon.bodies if b.kind}
        self.seg = seg
        self.lex = lexicon
        self.doc = seg.doc
        self.mentions: list[Mention] = []
        self.taken: list[tuple[int, int]] = []  # token spans already used
        self.lex_spans = (
            list(seg.doc.spans[LEXICON_SPANS]) if LEXICON_SPANS in seg.doc.spans else []
        )
        # "BASHH president Dr NAME" after "the British Association for Sexual Health and
        # HIV (BASHH)" in an earlier paragraph: the acronym names that body (or policy)
        # here too, as if the lexicon knew it
        known = {t.i for span in self.lex_spans for t in span}
        for tok in seg.doc:
            if acronyms and tok.text in acronyms and tok.i not in known:
                label, name = acronyms[tok.text]
                self.lex_spans.append(Span(seg.doc, tok.i, tok.i + 1, label=label, span_id=name))
        self.honorifics = {h.lower() for h in lexicon.honorifics}
        self.policy_heads = {h.lower() for h in lexicon.policy_heads}
        self.verbs = {v for vs in lexicon.relation_verbs.values() for v in vs} | set(
            lexicon.speech_verbs
        )
        self.body_alias = lexicon.body_by_alias()

    def add(self, kind: str, start: int, end: int, **fields: object) -> Mention | None:
        """Add a mention over tokens ``start:end`` unless those tokens are taken."""
        opening = next((t.i for t in self.doc[start:end] if t.text in "()"), None)
        if (
            opening is not None
            and self.doc[opening].text == "("
            and ")" not in self.doc[opening:end].text
        ):
            end = opening  # a mention never ends inside an open bracket
        if start >= end or _overlaps((start, end), self.taken):
            return None
        tail = self.name_tail(end) if kind == "policy" else end
        if tail > end and not _overlaps((end, tail), self.taken):
            end = tail  # the surface form, an alias; the name stays the one said again
        span = self.doc[start:end]
        m = Mention(kind=kind, text=span.text, evidence=self.seg.span_evidence(span))
        for k, v in fields.items():
            setattr(m, k, v)
        if kind == "policy" and m.name and m.name.startswith("The ") and len(m.name) > 4:
            m.name = m.name[4:]  # "“The Pharmacy Access Protection Scheme (PAPS) would ...”"
        self.mentions.append(m)
        self.taken.append((start, end))
        return m

    def name_tail(self, end: int) -> int:
        """Where the words naming a policy that ends in a capitalised policy noun before
        token ``end`` end: a year right after it ("the Clean Air Strategy 2019") or the
        nation it is for ("the Vaccination Strategy for England") belongs to the written
        name, which is kept as an alias. The name itself stays without them, as the
        article names it again ("the Vaccination Strategy")."""
        doc = self.doc
        head = doc[end - 1]
        if end >= len(doc) or head.lower_ not in self.policy_heads or not head.is_title:
            return end
        nxt = doc[end]
        if nxt.is_digit and len(nxt.text) == 4 and nxt.text[:2] in ("19", "20"):
            return end + 1
        if nxt.lower_ == "for" and end + 1 < len(doc) and doc[end + 1].text in _NATIONS:
            return end + 2
        return end

    # -- people ---------------------------------------------------------------------------

    def lexicon_at(self, i: int, label: str) -> Span | None:
        return next((s for s in self.lex_spans if s.start == i and s.label_ == label), None)

    def span_of(self, m: Mention) -> Span | None:
        """The tokens of a mention of this segment."""
        return self.doc.char_span(
            m.evidence.start - self.seg.start,
            m.evidence.end - self.seg.start,
            alignment_mode="expand",
        )

    def inside(self, i: int, label: str) -> bool:
        """Is token ``i`` inside a lexicon span of ``label``?"""
        return any(s.start <= i < s.end and s.label_ == label for s in self.lex_spans)

    def lexicon_ending_at(self, i: int, label: str) -> Span | None:
        return next((s for s in self.lex_spans if s.end == i and s.label_ == label), None)

    def name_run(self, i: int) -> int:
        """End of a run of capitalised name tokens starting at token ``i``."""
        j = i
        while j < len(self.doc) and j - i < 4 and _is_name_token(self.doc[j]):
            if self.lexicon_at(j, "BODY") or self.lexicon_at(j, "ROLE"):
                break
            if j > i and self.doc[j - 1].text.endswith(("'s", "’s")):
                break
            j += 1
            if (  # a hyphenated surname: "Lloyd-Pryce"
                j + 1 < len(self.doc)
                and self.doc[j].text == "-"
                and not self.doc[j - 1].whitespace_
                and not self.doc[j].whitespace_
                and _is_name_token(self.doc[j + 1])
            ):
                j += 2
            # "Hunt's" / "Stevens'" end the name
            if j < len(self.doc) and self.doc[j].text in ("'s", "’s", "'", "’"):
                break
        return j

    def role_before(self, i: int) -> tuple[str | None, str | None, int]:
        """A ROLE (and a BODY before it) ending right before token ``i``.

        Returns (role, body, first token of the role phrase).
        """
        self.role_body_text = None
        self.role_span_start = None
        role_span = self.lexicon_ending_at(i, "ROLE") or self.role_with_complement(i)
        if role_span is None:
            return None, None, i
        first = role_span.start
        self.role_span_start = first
        body: str | None = None
        body_span = self.lexicon_ending_at(first, "BODY")
        if body_span is None and first > 0 and self.doc[first - 1].text in ("'s", "’s"):
            body_span = self.lexicon_ending_at(first - 1, "BODY")  # "the BMA's chair"
        if body_span is not None:
            body, first = self.branch_or_body(body_span), body_span.start
            self.role_body_text = body_span.text
        else:
            # "Clinical lead for the East Hampshire MCP Dr Jane Smith": ROLE for/of ORG
            for ent in self.doc.ents:
                if ent.end == first and ent.label_ == "ORG":
                    body, first = clean_name(ent.text), ent.start
        return role_span.text.lower(), body, first

    def branch_or_body(self, span: Span) -> str:
        """The name of the body a lexicon match names: after a nation's adjective, that
        nation's branch ("the Scottish Conservatives' spokesperson"), as :meth:`bodies`
        names it; else the lexicon's body."""
        if span.start and self.doc[span.start - 1].text in _NATION_ADJECTIVES:
            return clean_name(self.doc[span.start - 1 : span.end].text)
        return str(span.id_)

    def role_with_complement(self, i: int) -> Span | None:
        """``ROLE of/for COMPLEMENT`` ending right before token ``i``: "national director
        for primary care, Dr NAME", "director of public health, NAME". Returns the title;
        a body in the complement ("director of the King's Fund, NAME") is the role's."""
        doc = self.doc
        for e in range(i - 2, max(i - 16, 0), -1):
            word = doc[e]
            if word.lower_ not in ("of", "for"):
                # "chair of the BMA's General Practitioners Committee (GPC), Dr NAME"
                nominal = word.is_alpha or word.text in ("&", "-", "'s", "’s", "(", ")")
                gerund = word.tag_ == "VBG"  # "director for learning disability"
                if not nominal or word.pos_ in ("VERB", "AUX") and not gerund:
                    return None  # the complement is a noun phrase, not a clause
                continue
            role_span = self.lexicon_ending_at(e, "ROLE")
            if role_span is not None:
                self.role_body_at = e + 1
            return role_span
        return None

    def role_after(self, end: int) -> tuple[str | None, str | None]:
        """``NAME, the BODY's ROLE`` or ``NAME MP``: a role in apposition."""
        doc = self.doc
        if end < len(doc) and doc[end].text == "MP":
            return "MP", "House of Commons"
        if end + 1 < len(doc) and doc[end].text == ",":
            j = end + 1
            if doc[j].lower_ in ("a", "an") and j + 3 < len(doc) and doc[j + 2].lower_ == "who":
                j += 2  # "NAME, a GP who chairs the college's ... group"
            if doc[j].lower_ == "who" and j + 1 < len(doc) and doc[j + 1].lemma_ in _CHAIRS:
                # "NAME, who chairs the BMA's GP committee": the body is found later
                k = j + 2 + (doc[j + 2].lower_ == "the" if j + 2 < len(doc) else 0)
                self.role_body_at = k
                if k < len(doc) and doc[k].lower_ in BODY_NOUNS:
                    self.role_ref = doc[k].lower_  # "who chairs the committee"
                return _CHAIRS[doc[j + 1].lemma_], None
            if doc[j].lower_ in ("the", "a", "an"):
                j += 1
            elif doc[j].lower_ in ("its", "their"):
                self.role_ref = "its"  # "NAME, its chief economist"
                j += 1
            body = None
            bspan = self.lexicon_at(j, "BODY")
            if bspan is not None:
                body = bspan.id_
                j = bspan.end
                if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
                    j += 3  # "the British Medical Association (BMA)'s GP prescribing lead"
                if j < len(doc) and doc[j].text in ("'s", "’s", "'", "’"):
                    j += 1
            elif (
                j + 1 < len(doc) and doc[j].lower_ in BODY_NOUNS and doc[j + 1].text in ("'s", "’s")
            ):
                self.role_ref = doc[j].lower_  # "NAME, the college's chair"
                j += 2
            rspan = self.lexicon_at(j, "ROLE")
            for skip in range(1, 4):  # "NAME, public health spokesperson for BODY"
                if rspan is not None or j + skip >= len(doc):
                    break
                # lower-case words and acronyms qualify the title: "the BMA's GP premises
                # lead"
                word = doc[j + skip - 1]
                if not (word.is_lower or word.is_upper and word.is_alpha):
                    break
                rspan = self.lexicon_at(j + skip, "ROLE")
            if rspan is not None:
                k = rspan.end
                while k + 1 < len(doc) and doc[k].lower_ == "and":
                    more = self.lexicon_at(k + 1, "ROLE")  # "general secretary and chief
                    if more is None:  # executive of BODY"
                        break
                    k = more.end
                for _ in range(2):  # "head of health policy at BODY": nouns after the title
                    if k + 1 < len(doc) and doc[k].is_lower and doc[k].pos_ == "NOUN":
                        k += 1
                if body is None and k + 1 < len(doc) and doc[k].lower_ in ("of", "at", "for"):
                    # "NAME, chief executive of BODY": the body is found later
                    the = doc[k + 1].lower_ == "the" and k + 2 < len(doc)
                    k += 2 if the else 1
                    self.role_body_at = k
                    if the and doc[k].lower_ in BODY_NOUNS:
                        self.role_ref = doc[k].lower_  # "NAME, president of the college"
                return rspan.text.lower(), body
        return None, None

    def person(self, start: int, end: int, title: str | None) -> None:
        name = clean_name(self.doc[start:end].text)
        if not name or name in self.body_alias:
            return
        self.role_ref = None
        self.role_body_at = None
        first = start - (1 if title else 0)  # the title, if any, is part of the mention
        role, body, role_start = self.role_before(first)
        if role is None and first > 0 and self.doc[first - 1].text == ",":
            role, body, role_start = self.role_before(first - 1)  # "Its president, Dr NAME"
        if role is not None and self.role_span_start is not None and body is None:
            k = self.role_span_start - 1
            while k > 0 and self.doc[k].is_lower and self.doc[k].pos_ in ("NOUN", "ADJ"):
                k -= 1  # "Its national director, NAME": words that qualify the title
            qualifiers = self.doc[k + 1 : self.role_span_start]
            named = next(
                (
                    span
                    for end in self.body_ends_before(self.role_span_start)
                    if (span := self.lexicon_ending_at(end, "BODY")) is not None
                ),
                None,
            )
            if named is not None:
                # "LGA community wellbeing spokesperson NAME": a body, then words that
                # qualify the title
                body = self.branch_or_body(named)
                self.role_body_text = named.text
            elif qualifiers and qualifiers[0].lower_ in BODY_NOUNS:
                self.role_ref = qualifiers[0].lower_  # "with college chair NAME"
            elif k >= 0 and self.doc[k].lower_ in ("its", "their"):
                self.role_ref = "its"  # "Its chief executive, NAME, said"
            elif (
                k >= 2
                and self.doc[k].text in ("'s", "’s")
                and self.doc[k - 1].lower_ in BODY_NOUNS
                and self.doc[k - 2].lower_ == "the"
            ):
                self.role_ref = self.doc[k - 1].lower_  # "The council's director, Dr NAME"
        if role is None:
            role, body = self.role_after(end)
        r = self.lex.role(role) if role else None
        explicit = body is not None
        attrs: dict[str, object] = {"explicit_body": explicit}
        if self.role_body_at is not None:
            attrs["role_body_at"] = self.role_body_at
        if self.role_body_text is not None:
            attrs["role_body_text"] = self.role_body_text
        if role is not None and self.role_span_start is not None:
            attrs["role_start"] = self.role_span_start  # "Brackley County Council leader NAME"
        if role is not None and self.role_ref is not None:
            attrs["role_ref"] = self.role_ref
        if r is not None and body is None:
            body = r.body
        self.add(
            "person",
            start - (1 if title else 0),
            end,
            name=name,
            title=title,
            role=role,
            role_body=body,
            minister=bool(r and r.minister),
            attrs=attrs,
        )

    def people(self) -> None:
        doc = self.doc
        # TITLE + NAME
        for tok in doc:
            if (
                tok.text.rstrip(".").lower() in self.honorifics
                and tok.i + 1 < len(doc)
                and tok.text[0].isupper()
                and _is_name_token(doc[tok.i + 1])
            ):
                end = self.name_run(tok.i + 1)
                self.person(tok.i + 1, end, tok.text.rstrip("."))
        # ROLE + NAME
        for rspan in self.lex_spans:
            if rspan.label_ != "ROLE" or rspan.end >= len(doc):
                continue
            nxt = doc[rspan.end]
            comma = nxt.text == "," and rspan.end + 1 < len(doc)  # "chief economist, Jo Bloggs"
            if comma:
                nxt = doc[rspan.end + 1]
            if _is_name_token(nxt) and nxt.pos_ == "PROPN" and not self.lexicon_at(nxt.i, "BODY"):
                end = self.name_run(nxt.i)
                if (
                    nxt.ent_type_ != "PERSON"
                    and doc[end - 1].ent_type_ != "PERSON"
                    and self.policy_name_end(end)
                ):
                    continue  # "its Mental Health Lead Training Grant": a policy's name
                if end - nxt.i >= 2 or nxt.ent_type_ == "PERSON" and not comma:
                    self.person(nxt.i, end, None)
        # ROLE for/of COMPLEMENT[,] NAME: "cabinet secretary for health and social care,
        # Owain Pritchard, said": the NER often calls a name after a long title an ORG
        for tok in doc:
            j = tok.i
            if (
                j < 2
                or not (_is_name_token(tok) and tok.pos_ == "PROPN")
                or _is_name_token(doc[j - 1])
                or self.lexicon_at(j, "BODY")
                or self.role_with_complement(j - 1 if doc[j - 1].text == "," else j) is None
            ):
                continue
            if doc[j - 1].text != "," and not (doc[j - 1].is_lower and doc[j - 1].pos_ == "NOUN"):
                continue  # "president of the British Society ...": the complement is a name
            end = self.name_run(j)
            if (
                end - j >= 2
                and not self.policy_name_end(end)
                and not any(t.text in self.lex.body_heads for t in doc[j:end])
            ):
                self.person(j, end, None)
        # ROLE for PORTFOLIO NAME: "Minister for Social Care Eilidh Munro"; a minister's
        # portfolio is no body, with or without a name after it
        for rspan in self.lex_spans:
            if rspan.label_ != "ROLE":
                continue
            name = self.name_after_portfolio(rspan.end)
            if name is not None:
                self.taken.append((rspan.end + 1, name[0]))
                before = len(self.mentions)
                self.person(*name, None)
                if len(self.mentions) > before:  # the portfolio is no place of work
                    self.mentions[-1].attrs.pop("role_body_at", None)
            elif (role := self.lex.role(rspan.text)) is not None and role.minister:
                # the portfolio may be the title's own words: "Secretary of State for Health
                # and Social Care"
                at = next((t.i for t in rspan if t.lower_ == "for"), rspan.end)
                portfolio = self.portfolio_end(at)
                if portfolio is not None and not any(
                    self.inside(k, "BODY") for k in range(at, portfolio)
                ):
                    self.taken.append((at + 1, portfolio))
        # statistical NER
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            toks = [  # "Pugh-Evans": a hyphen inside a name is part of it
                t
                for t in ent
                if _is_name_token(t)
                or t.text in ("'s", "’s")
                or (t.text == "-" and not t.whitespace_ and t.i > ent.start)
            ]
            if any(t.lower_ in self.policy_heads for t in ent):
                continue  # "Record Write-Back Programme": a policy's name
            if not toks or len(toks) != len(ent):
                continue
            if any(self.inside(t.i, "BODY") or self.lexicon_at(t.i, "POLICY") for t in ent):
                continue  # "... of Obstetricians and Gynaecologists": a word of a known body
            after = doc[ent.end].text if ent.end < len(doc) else ""
            if (
                ent[-1].text in _NATIONAL
                or after in _NATIONAL
                or any(t.text in self.lex.body_heads for t in ent)
            ):
                continue  # "Kidney Care UK", "Brackley Council": organisations, not people
            if len(ent) >= 2 and after.islower() and after in self.policy_heads:
                continue  # "the Steady Steps programme": a name of a policy, not a person
            run_end = self.capitalised_name_end(ent.start)
            if run_end is not None and run_end > ent.end and self.policy_name_end(run_end):
                continue  # "a £60m GP Retention and Employment Fund": the NER cut a policy
            end = ent.end - (1 if ent[-1].text in ("'s", "’s") else 0)
            prev = doc[ent.start - 1] if ent.start > 0 else None
            title = None
            if prev is not None and prev.text.rstrip(".").lower() in self.honorifics:
                title = prev.text.rstrip(".")
            self.person(ent.start, end, title)

    def portfolio_end(self, at: int) -> int | None:
        """End of the capitalised run after "for" at token ``at`` ("for Health and Social
        Care ..."), or None when no "for" and capital follow."""
        doc = self.doc
        if at + 1 >= len(doc) or doc[at].lower_ != "for" or not doc[at + 1].text[:1].isupper():
            return None
        end = at + 1
        while end < len(doc) and (
            doc[end].is_alpha
            and doc[end].text[:1].isupper()
            or doc[end].lower_ in ("and", "&", ",", "'s", "’s")
            and end + 1 < len(doc)
            and doc[end + 1].text[:1].isupper()
        ):
            end += 1
        return end

    def name_after_portfolio(self, at: int) -> tuple[int, int] | None:
        """The name closing ``for PORTFOLIO NAME`` after a job title ending at ``at``.

        Devolved and junior ministers are titled by a capitalised portfolio, and the
        name follows with no comma ("Cabinet Secretary for Health and Social Care NAME",
        "Minister for Care NAME"); the NER reads the whole run as one organisation. The
        name is the run's last two words, when neither is a word of any job title (so
        "Secretary of State for Health and Social Care" alone names no one). Returns the
        name's token span.
        """
        doc = self.doc
        end = self.portfolio_end(at)
        if end is None:
            return None
        name = doc[end - 2 : end]
        if (
            end - at < 4  # at least one word of portfolio before the name
            or not all(_is_name_token(t) for t in name)
            or any(t.lower_ in self.lex.title_words for t in name)
            or any(self.inside(t.i, "BODY") or self.inside(t.i, "ROLE") for t in name)
            or (end < len(doc) and doc[end].text in ("'s", "’s"))
        ):
            return None
        return name.start, name.end

    def appositive_people(self) -> None:
        """``NAME, who ...`` and ``NAME, [the] ROLE ...``: a name followed by a person's
        relative pronoun or a job title in apposition is a person's, whatever the
        statistical NER says: it tags some unfamiliar names as organisations or places."""
        doc = self.doc
        for comma in doc:
            if comma.text != "," or comma.i < 2 or comma.i + 1 >= len(doc):
                continue
            j = comma.i + 1
            if doc[j].lower_ in ("the", "a", "an") and j + 1 < len(doc):
                j += 1
            if (
                doc[comma.i + 1].lower_ != "who"
                and self.lexicon_at(j, "ROLE") is None
                # "NAME, the RCN's lead for ...": a known body's title
                and not (self.lexicon_at(j, "BODY") and self.role_after(comma.i)[0])
                and not self.described_as_someone_who(comma.i + 1)
            ):
                continue
            start = comma.i
            while (
                start > 0
                and comma.i - start < 3
                and _is_name_token(doc[start - 1])
                and doc[start - 1].pos_ == "PROPN"
            ):
                start -= 1
            words = doc[start : comma.i]
            if (
                len(words) < 2
                or (start > 0 and _is_name_token(doc[start - 1]))  # part of a longer name
                or any(
                    self.inside(t.i, label) for t in words for label in ("BODY", "POLICY", "ROLE")
                )
                or any(t.text in self.lex.body_heads or t.text in _NATIONAL for t in words)
                # "under the Dental Access Promise, the minister said": a policy's name;
                # "a new Dental Access and Prevention Contract, health secretary NAME
                # announced": any policy noun, unless the NER sees a person ("Ed Levy")
                or words[-1].lower_ in self.lex.generic_policy_heads | self.lex.named_policy_heads
                or words[-1].lower_ in self.policy_heads
                and words[-1].ent_type_ != "PERSON"
            ):
                continue
            title = None
            if start > 0 and doc[start - 1].text.rstrip(".").lower() in self.honorifics:
                title = doc[start - 1].text.rstrip(".")
            self.person(start, comma.i, title)

    def described_as_someone_who(self, i: int) -> bool:
        """``a/an WORDS who`` from token ``i``: "NAME, a practice nurse in Stoke-on-Trent
        who leads ...": an indefinite noun phrase that "who" goes on to describe is a
        person's description (a body's takes "which" or "that")."""
        doc = self.doc
        if i >= len(doc) or doc[i].lower_ not in ("a", "an"):
            return False
        for k in range(i + 1, min(i + 12, len(doc))):
            if doc[k].lower_ == "who":
                return True
            if doc[k].text in (",", ";", ":", "(") or doc[k].pos_ in ("VERB", "AUX"):
                return False
        return False

    def role_only(self) -> None:
        """``the ROLE`` with no name: a person to resolve from the role; ``BODY spokesperson``."""
        doc = self.doc
        for rspan in self.lex_spans:
            if rspan.label_ != "ROLE" or _overlaps((rspan.start, rspan.end), self.taken):
                continue
            body_span = self.lexicon_ending_at(rspan.start, "BODY")
            if rspan[-1].lower_ in _SPOKES or rspan.root.lower_ in _SPOKES:
                if body_span is not None:  # "a Treasury spokesperson" speaks for the body
                    self.add(
                        "body",
                        body_span.start,
                        rspan.end,
                        name=body_span.id_,
                        attrs={"spokesperson": True},
                    )
                continue
            start = body_span.start if body_span is not None else rspan.start
            before = doc[start - 1].lower_ if start > 0 else ""
            # headlines drop the article: "Health secretary backs plan"
            headline_start = self.seg.section == "headline" and start == 0
            if before != "the" and not headline_start or rspan.root.tag_ in ("NNS", "NNPS"):
                continue
            r = self.lex.role(rspan.text)
            self.add(
                "person",
                start,
                rspan.end,
                name=None,
                role=rspan.text.lower(),
                role_body=body_span.id_ if body_span is not None else (r.body if r else None),
                minister=bool(r and r.minister),
            )

    # -- bodies ---------------------------------------------------------------------------

    def add_one_of_kind(self, start: int, prefix_start: int, kind: Span) -> None:
        """A body named as one of a kind ("Tower Hamlets CCG", "NHS Calderbrook ICB"): the
        words from ``start`` to the kind's end, with the words from ``prefix_start`` to the
        kind as what tells it apart from others of its kind."""
        prefix = clean_name(self.doc[prefix_start : kind.start].text)
        self.add(
            "body",
            start,
            kind.end,
            name=clean_name(self.doc[start : kind.end].text),
            attrs={"kind_of": kind.id_, "prefix": prefix},
        )

    def listed_names(self) -> None:
        """``NAME, NAME and NAME HEAD``: a committee named for a list of subjects ("the
        Health, Social Care and Sport Committee") is one body, not a body per comma."""
        doc = self.doc
        heads = set(self.lex.body_heads)
        for tok in doc:
            i = tok.i
            if not (tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in _DETERMINERS):
                continue
            if i and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper():
                continue  # not the start of a run of capitals
            end = listed = self.name_phrase_end(i)
            while (
                listed + 1 < len(doc)
                and doc[listed].text == ","
                and doc[listed + 1].is_alpha
                and doc[listed + 1].text[:1].isupper()
            ):
                listed = self.name_phrase_end(listed + 1)
            if (
                listed > end
                and doc[listed - 1].text in heads
                and any(t.lower_ == "and" for t in doc[end:listed])
                and not any(t.ent_type_ in ("GPE", "LOC") for t in doc[i:listed])
            ):
                self.add("body", i, listed, name=clean_name(doc[i:listed].text))

    def initialled_names(self) -> None:
        """``NAME (ACRONYM)`` where the acronym's letters are the initials of the name's
        capitalised words: those words are one name, whatever the NER cut ("Health
        Education and Improvement Wales (HEIW)", where "and" splits two organisations
        for the NER). A name ending in a policy noun is left to the policy rules, a
        place's name to the places."""
        doc = self.doc
        for tok in doc:
            acr = tok.text
            if not (
                0 < tok.i < len(doc) - 1
                and doc[tok.i - 1].text == "("
                and doc[tok.i + 1].text == ")"
                and acr.isalpha()
                and acr.isupper()
                and 3 <= len(acr) <= 8
            ):
                continue
            letters: list[str] = []
            k = tok.i - 1
            while k > 0 and len(letters) < len(acr):
                w = doc[k - 1]
                if w.is_alpha and w.text[:1].isupper():
                    letters.insert(0, w.text[0])
                elif w.lower_ not in _NAME_LINKS and w.text != "&":
                    break
                k -= 1
            start = k
            if "".join(letters) != acr or not doc[start].text[:1].isupper():
                continue
            span = doc[start : tok.i - 1]
            if (
                len(span) < 3
                or any(self.inside(t.i, "BODY") or self.inside(t.i, "POLICY") for t in span)
                or span[-1].lower_ in self.policy_heads
                or any(t.ent_type_ in ("GPE", "LOC", "PERSON") for t in span)
                and not any(t.text in self.lex.body_heads for t in span)
            ):
                continue
            self.add("body", start, tok.i - 1, name=clean_name(span.text), attrs={"acronym": acr})

    def bodies(self) -> None:
        kinds = {b.name for b in self.lex.bodies if b.kind}
        systems = {b.name for b in self.lex.bodies if b.system}
        nhs_named = {
            span.start: self.nhs_name_start(span.start)
            for span in self.lex_spans
            if span.label_ == "BODY" and span.id_ in kinds
        }
        nhs_words = {k for k in nhs_named.values() if k is not None}
        doc = self.doc
        for span in self.lex_spans:
            if span.label_ != "BODY" or span.start in nhs_words:
                continue
            if (
                span.end + 1 < len(doc)
                and span[-1].text in self.lex.body_heads
                and doc[span.end].lower_ in ("for", "of")
                and doc[span.end + 1].text[:1].isupper()
            ):
                continue  # "the Department for Culture, ...": the head of another name
            start = self.name_before(span.start) if span.id_ in kinds else span.start
            nhs = nhs_named.get(span.start)
            if nhs is not None:  # "NHS Calderbrook Integrated Care Board"
                self.add_one_of_kind(nhs, nhs + 1, span)
                continue
            before = self.doc[span.start - 1].lower_ if span.start else ""
            if span.id_ in kinds and start == span.start and before in _INDEFINITE:
                continue  # "an integrated care board in Yorkshire" describes, names nothing
            if start < span.start:  # "Tower Hamlets CCG": one body of a kind
                self.add_one_of_kind(start, start, span)
            elif (branch := self.local_branch_end(span)) is not None:
                name = clean_name(self.doc[span.start : branch].text)
                self.add("body", span.start, branch, name=name)
            elif span.start and self.doc[span.start - 1].text in _NATION_ADJECTIVES:
                # "Scottish Labour", "the Welsh Conservatives", "the Scottish Parliament":
                # a nation's branch or counterpart of the body, not the body
                words = self.doc[span.start - 1 : span.end]
                self.add("body", words.start, words.end, name=clean_name(words.text))
            elif span.id_ in systems and not self.acts(span):
                continue  # "an NHS dentist", "the government's ambition": no actor
            else:
                self.add("body", span.start, span.end, name=span.id_)
        heads = self.lex.body_heads
        policy_heads = self.policy_heads
        for ent in self.doc.ents:
            if ent.label_ != "ORG":
                continue
            toks = [t for t in ent if t.lower_ not in _DETERMINERS]
            while toks and toks[0].is_sent_start and toks[0].pos_ == "ADP":
                toks = toks[1:]  # "In Scotland, ...": a sentence's preposition, not a name
            if not toks or self.listed_places(ent):
                continue
            start = toks[0].i
            end = ent.end - (1 if ent[-1].text in ("'s", "’s") else 0)
            # "Royal National Institute for Deaf People (RNID": the NER ran into the
            # acronym's bracket
            end = next((t.i for t in self.doc[start:end] if t.text == "("), end)
            while end > start + 1 and self.doc[end - 1].pos_ in ("ADP", "CCONJ", "DET"):
                end -= 1  # "Tillbrook Pharmacy in" (Kendal): the NER took a word too many
            run = self.name_phrase_end(end) if end == ent.end else end
            if (
                run > end
                and self.doc[run - 1].tag_ in ("NNS", "NNPS")
                and not any(t.ent_type_ == "PERSON" for t in self.doc[end:run])
            ):
                end = run  # "Association of Ambulance Chief Executives": the NER stopped at
                # a job title that, in the plural, ends the name
            if self.doc[end - 1].text in heads:
                start = self.paired_places_start(start)
            if any(
                t.text in heads and t.i + 1 < end and self.doc[t.i + 1].lower_ in ("of", "for")
                for t in self.doc[start:end]
            ):
                end = self.listed_name_end(end)  # "Department for Culture, Media and Sport"
            words = self.doc[start:end]
            last = self.doc[end - 1]
            if last.lower_ in _EVENTS or (
                last.lower_ in policy_heads
                and last.text not in heads
                and not _organisation_name(words)  # "Centre for Health and Public Policy"
            ):
                continue  # "Best Practice Conference", "Better Care Fund"
            caps = [t for t in words if t.text[:1].isupper()]
            named = len(caps) >= 2 and words[0].text[:1].isupper()
            if named or (caps and any(t.text in heads for t in words)):
                self.add("body", start, end, name=clean_name(words.text))
        self.named_bodies()

    def paired_places_start(self, start: int) -> int:
        """``PLACE and PLACE HEAD``: a body named for two places ("Cardiff and Vale
        University Health Board", "Barking and Dagenham Council") whose first place the NER
        left out of the organisation. Returns the name's first token."""
        doc = self.doc
        if start < 2 or doc[start - 1].lower_ != "and":
            return start
        first = start - 2
        while first > 0 and start - 1 - first < 2 and _is_name_token(doc[first - 1]):
            first -= 1
        words = doc[first : start - 1]
        if (
            not all(_is_name_token(t) and t.pos_ == "PROPN" for t in words)
            or (first > 0 and _is_name_token(doc[first - 1]))  # a longer name: not a place
            or any(t.ent_type_ in ("PERSON", "ORG") for t in words)
            or _overlaps((first, start - 1), self.taken)
        ):
            return start
        return first

    def listed_places(self, ent: Span) -> bool:
        """ "including Lincolnshire, Cumbria and the Fens", "in Greater Manchester, Dorset
        and Cumbria": names of one or two capitalised words, listed with commas or after a
        place and a comma, that the NER took for one organisation are places. Adds them;
        True if it did."""
        doc = self.doc
        parts: list[list[Token]] = [[]]
        for t in ent:
            if t.text in (",", "and", "or"):
                parts.append([])
            elif t.lower_ not in _DETERMINERS:
                parts[-1].append(t)
        if len(parts) < 2 or any(
            not 1 <= len(p) <= 2 or not all(_is_name_token(t) for t in p) for p in parts
        ):
            return False
        if any(self.lexicon_at(t.i, "BODY") for t in ent):
            return False
        listed = any(t.text == "," for t in ent) or (  # "Greater Manchester, Dorset and ..."
            ent.start >= 2
            and doc[ent.start - 1].text == ","
            and doc[ent.start - 2].ent_type_ in ("GPE", "LOC")
        )
        if not listed:
            return False
        for p in parts:
            self.add("place", p[0].i, p[-1].i + 1, name=clean_name(doc[p[0].i : p[-1].i + 1].text))
        return True

    @staticmethod
    def acts(span: Span) -> bool:
        """Does a name stand for an actor: the subject of a verb ("the NHS will", "the
        government announced") or its agent ("set out by NHS England and the government")?
        Elsewhere a system's name qualifies ("NHS dentist", "the government's plan") or
        names the system itself ("the front door to the NHS")."""
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # "NHS England and the government": as the first of the list
        return tok.dep_ in ("nsubj", "nsubjpass") or (
            tok.dep_ == "pobj" and tok.head.dep_ == "agent"
        )

    def local_branch_end(self, span: Span) -> int | None:
        """``BRAND PLACE``: a national body's short name followed by a place-like proper
        noun that the parse joins to it names a local body of that brand ("Healthwatch
        Calderbrook" is not Healthwatch England). Returns the end of the name, or None."""
        doc = self.doc
        national = span.id_.split()[-1] in _NATIONAL and span.text != span.id_
        j = span.end
        if j >= len(doc) or not _is_name_token(doc[j]) or doc[j].pos_ != "PROPN":
            return None
        if national:
            if self.inside(j, "BODY") or self.inside(j, "ROLE") or doc[j].text in _NATIONAL:
                return None
            if not any(t.dep_ == "compound" and t.head.i == j for t in span):
                return None
            return j + 1
        # "BMA Cymru Wales", "RCN Scotland": a body's name and a devolved nation's name,
        # whatever the NER makes of them, name the body's branch in that nation
        for words in _BRANCH_NATIONS:
            if tuple(t.text for t in doc[j : j + len(words)]) == words:
                return j + len(words)
        # "NHS Highland", "RCGP Scotland", "BMA Cymru Wales": a body's name and a place's
        # name that the NER reads as one organisation name the body's local branch
        ent = doc[span.end - 1].ent_type_ == "ORG" and doc[j].ent_iob_ == "I"
        end = j
        while (
            end < len(doc)
            and _is_name_token(doc[end])
            and (doc[end].ent_type_ in ("GPE", "LOC") or ent and doc[end].ent_iob_ == "I")
            and not self.inside(end, "ROLE")
        ):
            end += 1
        if end == j or self.policy_name_end(end):
            return None
        if end < len(doc) and doc[end].ent_iob_ == "I":
            return None  # the organisation's name runs on: "Commons Health and ... Committee"
        return end

    def nhs_name_start(self, i: int) -> int | None:
        """``NHS PLACE KIND``: the official names of local NHS bodies start with "NHS" ("NHS
        Mercia Valley ICB", "NHS Calderbrook Integrated Care Board"). Returns the index of
        that "NHS" before the kind of body at token ``i`` and its capitalised place words,
        whatever the statistical NER made of them, or None."""
        doc = self.doc

        def place_word(k: int) -> bool:
            return (
                doc[k].is_alpha
                and doc[k].text[:1].isupper()
                and doc[k].text != "NHS"
                and not self.inside(k, "ROLE")
                and not self.inside(k, "BODY")
            )

        j = i
        while j > 0 and i - j < 7:
            if place_word(j - 1):
                j -= 1
            elif doc[j - 1].lower_ in ("and", "of") and j < i and j > 1 and place_word(j - 2):
                # "NHS Cheshire and Merseyside ICB": a board named for two places; "NHS
                # Cornwall and Isles of Scilly ICB": a place named with "of"
                j -= 1
            else:
                break
        nhs = self.lexicon_at(j - 1, "BODY") if j > 0 else None
        if j < i and nhs is not None and nhs.end == j and doc[j - 1].text == "NHS":
            return j - 1
        return None

    def name_before(self, i: int) -> int:
        """Start of the capitalised name words right before token ``i`` (``i`` if none):
        "North Ridings" before "ICB". A sentence's capitalised first word counts only if
        it is a proper noun."""
        doc = self.doc

        def name_word(k: int) -> bool:
            return (
                k >= 0
                and doc[k].is_alpha
                and doc[k].text[:1].isupper()
                and doc[k].lower_ not in _DETERMINERS
                and doc[k].ent_type_ != "PERSON"
                and not _overlaps((k, k + 1), self.taken)
                and not self.inside(k, "ROLE")
                and not self.inside(k, "BODY")
            )

        j = i
        while True:
            if name_word(j - 1):
                j -= 1
            elif j < i and doc[j - 1].lower_ in ("and", "&", "of") and name_word(j - 2):
                j -= 2  # "Dales and Coast Community Healthcare NHS Trust"
            elif (
                j < i
                and doc[j - 1].lower_ == "the"
                and j > 1
                and doc[j - 2].lower_ in ("of", "for")
                and name_word(j - 3)
                and not (doc[j - 3].is_sent_start and doc[j - 3].pos_ != "PROPN")
            ):
                j -= 3  # "University Hospitals of the Wessex Coast NHS Foundation Trust"
            else:
                break
        if j < i and doc[j].is_sent_start and doc[j].pos_ != "PROPN":
            j += 1
        return j

    def name_phrase_end(self, i: int) -> int:
        """End of a capitalised name phrase from token ``i``: capitalised words, joined by
        "of", "for", "and", "the" or "&" when a capitalised word follows ("Dales and Coast
        Community Healthcare NHS Trust", "Association of Directors of Adult Social
        Services"). It stops at tokens already taken by another mention."""
        doc = self.doc
        j = i
        while j < len(doc) and not _overlaps((j, j + 1), self.taken):
            tok = doc[j]
            if (
                tok.is_alpha
                and tok.text[:1].isupper()
                or (
                    j > i
                    and tok.lower_ in ("of", "for", "and", "the", "&")
                    and j + 1 < len(doc)
                    and (doc[j + 1].text[:1].isupper() or doc[j + 1].lower_ == "the")
                )
            ):
                j += 1
            else:
                break
        while j > i and not doc[j - 1].text[:1].isupper():
            j -= 1  # never end on a joining word
        return j

    def listed_name_end(self, end: int) -> int:
        """``HEAD for A, B and C``: a body named for a list ("Department for Environment,
        Food and Rural Affairs", "Department for Culture, Media and Sport") runs on over
        the list's commas to its last item, after "and". Returns the name's end."""
        doc = self.doc
        j = end
        while j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].text[:1].isupper():
            k = self.name_phrase_end(j + 1)
            if k == j + 1 and not doc[j + 1].is_alpha:
                break
            words = doc[j + 1 : k]
            if len(words) > 4 or any(
                t.text in self.lex.body_heads or self.inside(t.i, "BODY") for t in words
            ):
                break  # "the Royal College of Physicians, Royal College of Surgeons and ...":
                # a list of bodies, each with its own name
            if any(t.lower_ == "and" for t in words):
                return k  # the list's last item: the name ends here
            if len(words) > 2:
                break
            j = k
        return end

    def possessive_name_end(self, start: int, end: int) -> int:
        """End of a body's name with a possessive inside: "Queen's Nursing Institute",
        "Children's Society", "St John's Ambulance Trust". The name runs on past "'s" when
        capitalised words ending in an organisational head follow and the owner is no
        person or place ("Leeds's Community Trust" is the trust of a place)."""
        doc = self.doc
        owner = doc[end - 1] if end > start else None
        if (
            owner is None
            or end + 1 >= len(doc)
            or doc[end].text not in ("'s", "’s")
            or owner.ent_type_ in ("PERSON", "GPE", "LOC")
            or _overlaps((end + 1, end + 2), self.taken)
        ):
            return end
        after = self.name_phrase_end(end + 1)
        if after > end + 1 and doc[after - 1].text in self.lex.body_heads:
            return after
        return end

    def named_bodies(self) -> None:
        """HEAD NOUN: a capitalised name phrase with an organisational head noun is a body:
        "North Ridings Integrated Care Board", "Royal College of Nursing", "Hallamshire
        County Council". The head ends the name, or starts it before "of"/"for"."""
        doc = self.doc
        heads = set(self.lex.body_heads)
        policy_heads = self.policy_heads
        i = 0
        while i < len(doc):
            tok = doc[i]
            starts = (
                tok.is_alpha
                and tok.text[:1].isupper()
                and tok.lower_ not in _DETERMINERS
                and not (tok.is_sent_start and tok.pos_ == "ADP")  # "In Scotland, ..."
            )
            if not starts or _overlaps((i, i + 1), self.taken):
                i += 1
                continue
            end = self.name_phrase_end(i)
            end = self.possessive_name_end(i, end)
            words = doc[i:end]
            head_first = any(
                t.text in heads and t.i + 1 < end and doc[t.i + 1].lower_ in ("of", "for")
                for t in words
            )
            if head_first:
                end = self.listed_name_end(end)
                words = doc[i:end]
            last = doc[end - 1]
            national = last.text in _NATIONAL and not any(
                t.ent_type_ in ("GPE", "LOC") for t in words[:-1]
            )  # "Cancer Research UK", "Diabetes UK", "Healthwatch England"
            if (
                end - i >= 2
                and (last.text in heads or head_first or national)
                and last.lower_ not in policy_heads | _EVENTS
            ):
                self.add("body", i, end, name=clean_name(words.text))
            i = max(end, i + 1)

    def appositive_bodies(self) -> None:
        """``NAME, a charity ...`` — a capitalised name followed by an indefinite noun of
        organisations in apposition ("Positive Steps, a charity supporting young people",
        "Open Road, a campaign group") is a body, whatever its last word ("Pathways",
        "Reform") would otherwise make of it."""
        doc = self.doc
        for tok in doc:
            if tok.text != "," or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in ("a", "an"):
                continue
            noun = next(
                (
                    t
                    for t in doc[tok.i + 2 : min(tok.i + 6, len(doc))]
                    if t.pos_ in ("NOUN", "PROPN")
                ),
                None,
            )
            if noun is None or noun.lower_ not in BODY_NOUNS:
                continue
            start = self.name_before_comma(tok.i)
            if start is None:
                continue
            names = doc[start : tok.i]
            if not any(
                t.ent_type_ in ("GPE", "LOC") or t.text.rstrip(".").lower() in self.honorifics
                for t in names
            ):
                self.add("body", start, tok.i, name=clean_name(names.text))

    def name_before_comma(self, comma: int) -> int | None:
        """First token of the capitalised name right before the comma at ``comma`` ("Open
        Road, a campaign group"), leaving out a sentence's capitalised first word that is
        no name; None when no capitalised word stands there."""
        doc = self.doc
        last = doc[comma - 1] if comma else None
        if last is None or not (last.is_alpha and last.text[:1].isupper()):
            return None
        start = self.capitalised_name_start(last.i)
        if (
            doc[start].is_sent_start
            and doc[start].pos_ != "PROPN"
            and start < last.i
            and doc[start + 1].lower_ not in _NAME_LINKS  # "Parents for Immunisation, a ..."
        ):
            start += 1
        return start

    def appositive_policies(self) -> None:
        """``NAME, the minor illness scheme launched in 2024`` — a capitalised name followed
        by a noun phrase in apposition whose head is a policy noun is a policy, whatever the
        NER makes of the name ("Pharmacy First, the minor ailments service introduced in
        2020"). A known body's name stays the body's."""
        doc = self.doc
        heads = self.policy_heads
        for tok in doc:
            if tok.text != "," or tok.i + 2 >= len(doc):
                continue
            if doc[tok.i + 1].lower_ not in ("the", "a", "an", "its"):
                continue
            words = []  # the noun phrase after the comma, up to its first verb or stop
            for t in doc[tok.i + 2 : min(tok.i + 6, len(doc))]:
                if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP"):
                    break
                words.append(t)
            noun = next((t for t in words if t.pos_ == "NOUN" and t.lower_ in heads), None)
            if noun is None or noun.i + 1 >= len(doc):
                continue
            if doc[noun.i + 1].lower_ in ("'s", "’s") or noun.text[:1].isupper():
                continue  # "X, the programme's lead", "X, the Pharmacy Access Fund"
            start = self.name_before_comma(tok.i)
            if start is None:
                continue
            names = doc[start : tok.i]
            if all(t.pos_ != "PROPN" for t in names) or any(
                t.ent_type_ in ("PERSON", "GPE", "LOC") or self.inside(t.i, "BODY") for t in names
            ):
                continue  # "Meanwhile, a scheme in ...": no name
            self.add("policy", start, tok.i, name=clean_name(names.text))

    def policies_named_after(self) -> None:
        """``a NOUNS service, NAME, ...`` — a capitalised name set off by commas right after
        an indefinite noun phrase headed by a policy noun (or "campaign") is that policy's
        name: "A video triage service for ambulance crews, Stroke Link, will also be rolled
        out", "a £3m national advertising campaign, Protect Them Twice, aimed at parents".
        A known body's, a person's or a place's name is none."""
        doc = self.doc
        nouns = self.policy_heads | {"campaign"}
        for comma in doc:
            if comma.text != "," or comma.i < 2 or comma.i + 2 >= len(doc):
                continue
            end = self.capitalised_name_end(comma.i + 1)
            if end is None or end >= len(doc) or doc[end].text not in (",", "."):
                continue
            noun = next(
                (t for t in reversed(doc[: comma.i]) if t.pos_ == "NOUN" or t.is_punct), None
            )
            phrase = noun
            if phrase is not None and phrase.lower_ not in nouns and phrase.dep_ == "pobj":
                phrase = phrase.head  # "a video triage service for ambulance crews"
                while phrase.dep_ == "prep":
                    phrase = phrase.head
            if (
                phrase is None
                or phrase.lower_ not in nouns
                or not phrase.is_lower
                or not any(c.lower_ in ("a", "an") for c in phrase.children)
            ):
                continue
            names = doc[comma.i + 1 : end]
            if any(
                t.ent_type_ in ("PERSON", "GPE", "LOC", "DATE")
                or self.inside(t.i, "BODY")
                or self.inside(t.i, "ROLE")
                for t in names
            ):
                continue
            self.add("policy", names.start, names.end, name=clean_name(names.text))

    def classified_bodies(self) -> None:
        """``charity Sands``, ``campaign group medConfidential``: a lower-case noun of
        organisations right before a name makes the name a body, whatever its words
        ("Beat", "techUK") would otherwise be. The name is one to four words, each with a
        capital letter, none a place's, a date's or a job title; two words the NER calls a
        person are one."""
        doc = self.doc
        for tok in doc[:-1]:
            if not tok.is_lower or tok.lower_ not in _CLASSIFIER_NOUNS or tok.pos_ != "NOUN":
                continue
            end = tok.i + 1
            while (
                end < len(doc)
                and end - tok.i <= _MAX_CLASSIFIED_WORDS + 1  # one word more than a name's
                and any(c.isupper() for c in doc[end].text)
                and (doc[end].is_alpha or "+" in doc[end].text)  # "Chemist+Druggist"
                and (
                    doc[end].ent_type_ not in ("GPE", "LOC", "DATE", "TIME", "NORP")
                    or end > tok.i + 1
                    and doc[end].text in _NATIONAL  # "... Alliance UK"
                )
                and not self.inside(end, "ROLE")
                or self.links_capitals(end, start=tok.i + 1)
            ):
                end += 1
            words = end - tok.i - 1
            if not 1 <= words <= _MAX_CLASSIFIED_WORDS or self.inside(tok.i + 1, "BODY"):
                continue  # no name, or a longer run of capitals than a body's name
            if (
                words > 1
                and any(t.ent_type_ == "PERSON" for t in doc[tok.i + 1 : end])
                and not (
                    tok.i
                    and (
                        doc[tok.i - 1].lower_ in ("campaign", "pressure", "patient")
                        or doc[tok.i - 1].lower_ in _DETERMINERS
                    )
                )
            ):
                continue  # "the group's chair Jo Bright": a person; one word ("Sands") is not
            if doc[end - 1].lower_ in self.policy_heads:
                continue  # "the charity Warm Homes Fund" is not the fund's name
            self.add("body", tok.i + 1, end, name=clean_name(doc[tok.i + 1 : end].text))

    def links_capitals(self, i: int, start: int) -> bool:
        """Is token ``i`` a linking word inside a capitalised name that began at ``start``
        ("Patients for Dentistry", "Action against Medical Accidents"): lower case, after a
        capitalised word of the name and before another that is no place's?"""
        doc = self.doc
        return (
            start < i < len(doc) - 1
            and doc[i].lower_ in _NAME_LINKS
            and doc[i].is_lower
            and doc[i - 1].is_alpha
            and doc[i - 1].text[:1].isupper()
            and doc[i + 1].is_alpha
            and doc[i + 1].text[:1].isupper()
            and doc[i + 1].ent_type_ not in ("GPE", "LOC", "DATE")
        )

    def own_publication(self) -> None:
        """The article's own publication (its ``source`` in the metadata) wherever the
        article names it: trade papers name themselves ("told Nursing Times", "said in an
        interview with Pulse"), and a publication's name is no person's ("Practice
        Manager Monthly" is not the manager Monthly)."""
        source = self.seg.article.source
        if not source:
            return
        doc = self.doc
        for form in dict.fromkeys((source, source.upper())):  # a masthead is in capitals
            for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", doc.text):
                span = doc.char_span(*match.span())
                if span is not None:
                    self.add("body", span.start, span.end, name=source, attrs={"media": True})

    def publications(self) -> None:
        """``told PUBLICATION``: the capitalised name a speaker told something is a news
        organisation ("told Nursing Times that ..."), unless it names a person."""
        doc = self.doc
        for tok in doc:
            if tok.lemma_.lower() != "tell" or tok.i + 1 >= len(doc):
                continue
            start = tok.i + 1
            nxt = doc[start]
            if (
                not (nxt.is_alpha and nxt.text[:1].isupper())
                or nxt.text.rstrip(".").lower() in self.honorifics
                or nxt.ent_type_ == "PERSON"
                or _PLURAL_ACRONYM.fullmatch(nxt.text)  # "told MPs"
            ):
                continue
            end = self.name_phrase_end(start)
            if end - start > 4 or (end < len(doc) and doc[end].text in ("'s", "’s")):
                continue
            if end > start:
                name = clean_name(doc[start:end].text)
                self.add("body", start, end, name=name, attrs={"media": True})

    # -- policies -------------------------------------------------------------------------

    def named_policies(self) -> None:
        """Capitalised names that the sentence makes policies, whatever the NER calls them.

        * ``NOUN, branded/called/known as NAME`` — "the helpline, branded Call Ahead", "a
          scheme known as Fit to Work": the name is the policy's, unless the noun is an
          organisation's ("the charity, known as X").
        * ``announce/extend/welcome NAME``, ``NAME will be extended`` — a name that is the
          object of a verb of announcing, extending, supporting or criticising ("rolled
          out Pharmacy First", "welcomed the Prescription Tracker") is a policy
          when nothing marks it as an organisation (a known body, an organisational head
          noun), also when the NER gives the name no label ("roll out the Sepsis Early
          Warning Score"), linking words included ("announced the £20m Hearing and Sight
          Fund").
        """
        doc = self.doc
        for tok in doc:
            after = tok.i + 1
            if tok.lower_ == "known" and after < len(doc) and doc[after].lower_ == "as":
                after += 1
            elif tok.lower_ not in ("branded", "called", "named", "dubbed", "badged"):
                continue
            k = tok.i - 1 - (tok.i > 1 and doc[tok.i - 1].text == ",")
            noun = tok.head if tok.dep_ == "acl" else doc[k] if k >= 0 else None
            if noun is None or noun.pos_ != "NOUN" or noun.lower_ in BODY_NOUNS:
                continue  # "the charity, known as X" names an organisation
            end = self.capitalised_name_end(after)
            if end is not None:
                self.add("policy", after, end, name=clean_name(doc[after:end].text))
        verbs = (
            self.lex.relation_verbs["announced"]
            | self.lex.relation_verbs["expanded"]
            | self.lex.relation_verbs["supported"]  # "welcomed the Prescription Tracker"
            | self.lex.relation_verbs["criticised"]
        )
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"):
                continue
            root = ent.root
            verb = root.head
            if (
                root.dep_ == "pobj"
                and verb.lower_ == "for"
                and verb.head.lower_ in ("plans", "proposals")
                and verb.head.dep_ in ("dobj", "nsubjpass")
            ):
                verb = verb.head.head  # "unveiled plans for a National Stroke Care Network"
            elif root.dep_ not in ("dobj", "nsubjpass"):
                continue
            if verb.lemma_.lower() not in verbs:
                continue
            toks = [
                t
                for t in ent
                if (t.lower_ not in _DETERMINERS or _opens_name(t)) and t.text not in "()"
            ]
            if (
                len(toks) < 2
                or not all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS for t in toks)
                or any(self.inside(t.i, "BODY") for t in toks)
                or any(t.text in self.lex.body_heads or t.text in _NATIONAL for t in toks)
            ):
                continue
            # "the Hearing and Sight Fund": the NER may cut a name at a linking word
            first = max(self.capitalised_name_start(toks[0].i), root.left_edge.i)
            if first > 0 and doc[first - 1].like_num and _starts_name(doc[first - 1], root):
                first -= 1  # "the 111 Clinical Callback Standard"
            words = doc[first : toks[-1].i + 1]
            self.add("policy", words.start, words.end, name=clean_name(words.text))
        # the same for capitalised names the NER leaves unlabelled ("roll out the Maternity
        # Early Warning Score")
        for tok in doc:
            if tok.dep_ not in ("dobj", "nsubjpass") or tok.ent_type_ or not tok.text[:1].isupper():
                continue
            verb = tok.head
            particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
            lemma = verb.lemma_.lower()
            if lemma not in verbs and not any(f"{lemma} {p}" in verbs for p in particles):
                continue
            start = tok.i  # back over the capitalised words that modify it
            while start > tok.left_edge.i and doc[start - 1].is_title:
                start -= 1
            # ... and the linking words between them ("the Prevention and Recovery Fund")
            start = max(self.capitalised_name_start(start), tok.left_edge.i)
            words = doc[start : tok.i + 1]
            if len(words) >= 2 and not any(
                self.inside(t.i, "BODY")
                or self.inside(t.i, "ROLE")
                or t.text in self.lex.body_heads
                or t.ent_type_
                or t.text in _NATIONAL
                for t in words
            ):
                self.add("policy", words.start, words.end, name=clean_name(words.text))

    def announced_by_someone(self, verb: Token) -> bool:
        """Is the subject of a verb of announcing a person or an organisation ("Care
        minister NAME has launched ...", "She unveiled ...")? Not a policy that brings
        something in with it ("the guarantee, which also introduces a career pathway")."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        if subject.pos_ == "PRON":
            return subject.lower_ in ("he", "she", "they", "we", "i")
        return subject.ent_type_ in ("PERSON", "ORG") or any(
            self.inside(t.i, label) for t in subject.subtree for label in ("BODY", "ROLE")
        )

    def policy_name_end(self, end: int) -> bool:
        """Does a capitalised name ending before token ``end`` end in a policy noun?"""
        return end > 0 and self.doc[end - 1].lower_ in self.policy_heads

    def capitalised_name_end(self, i: int) -> int | None:
        """The end of a capitalised name starting at token ``i`` ("Crisis Connect", "Swap to
        Stop"), linking words included; None when no capitalised word starts there."""
        doc = self.doc
        if i >= len(doc) or not (doc[i].is_alpha and doc[i].text[:1].isupper()):
            return None
        j = i + 1
        while j < len(doc):
            if doc[j].is_alpha and doc[j].text[:1].isupper():
                j += 1
            elif (
                doc[j].lower_ in _NAME_LINKS
                and j + 1 < len(doc)
                and doc[j + 1].text[:1].isupper()
                and doc[j + 1].is_alpha
            ):
                j += 2
            else:
                break
        return j

    def known_policies(self) -> None:
        """Known policies; a distinctive modifier makes a different, more specific one.

        "a new voluntary GP contract" is not the national GP contract: the adjective that
        is neither generic ("new", "national") nor a number names another policy.
        """
        generic = self.lex.policy_generic_modifiers
        for span in self.lex_spans:
            if span.label_ != "POLICY":
                continue
            start = span.start
            while (
                start > 0
                and self.doc[start - 1].dep_ in ("amod", "compound")
                and self.doc[start - 1].head.i in range(start, span.end)
            ):
                start -= 1
            extra = [
                t
                for t in self.doc[start : span.start]
                if t.lower_ not in generic
                and not t.like_num
                and not t.is_punct
                and t.lower_ not in _TIME_UNITS
            ]
            if extra and any(t.ent_type_ in ("GPE", "LOC") or t.pos_ == "PROPN" for t in extra):
                # "the East Hampshire MCP": a place's local body of that model
                start = extra[0].i
                self.add("body", start, span.end, name=clean_name(self.doc[start : span.end].text))
            elif extra:
                start = extra[0].i
                self.add(
                    "policy", start, span.end, name=clean_name(self.doc[start : span.end].text)
                )
            else:
                self.add("policy", span.start, span.end, name=span.id_)

    def noun_phrase_policies(self) -> None:
        lex = self.lex
        heads = self.policy_heads | lex.named_policy_heads
        systems = {b.name for b in lex.bodies if b.system}  # "NHS" owns no policy it qualifies
        doc = self.doc
        for tok in doc:
            if tok.lower_ not in heads or not _nominal(tok):
                continue
            if (
                tok.i + 1 < len(doc)
                and doc[tok.i + 1].pos_ in ("NOUN", "PROPN")
                and doc[tok.i + 1].dep_ == "compound"
            ):
                continue  # not the head of its phrase
            if (
                tok.text[:1].isupper()
                and tok.i + 1 < len(doc)
                and doc[tok.i + 1].text in lex.body_heads
            ):
                continue  # "the Chartered Trading Standards Institute": an organisation's word
            if _modifies_later_policy_head(tok, heads):
                continue  # "the Family Hubs programme": the last policy noun is the head
            closing = next((t.i for t in doc[tok.i + 1 : tok.i + 8] if t.text == ")"), None)
            if (
                closing is not None
                and closing + 1 < len(doc)
                and self.bracketed_words_start(closing + 1) == tok.i + 1
                and doc[closing + 1].text[:1].isupper()
                and doc[closing + 1].lower_ in heads
            ):
                continue  # "the National Care Service (Scotland) Bill": the bill's name
            joined = next((c for c in tok.children if c.dep_ == "conj" and c.lower_ in heads), None)
            if (
                joined is not None
                and tok.text[:1].isupper()
                and all(
                    w.text[:1].isupper() or w.lower_ == "and" for w in doc[tok.i + 1 : joined.i + 1]
                )
            ):
                continue  # "Local Stop Smoking Services and Support Grant": one name
            mods = [
                c
                for c in tok.lefts
                if c.dep_
                in ("compound", "amod", "nmod", "npadvmod", "nummod", "punct", "poss", "det")
            ]
            if not mods and self.bracketed_words_start(tok.i) is None:
                continue  # but "the Nurse Staffing Levels (Wales) Act": the parse's appositions
            start = min([m.left_edge.i for m in mods] + [_modifier_chain_start(tok)])
            if (
                start > 0
                and doc[start].lower_ in ("a", "an")
                and doc[start - 1].lower_ in ("not", "never")
            ):
                continue  # "a political slogan, not a workforce plan": what it is not
            span = doc[start : tok.i + 1]
            # drop leading determiners, possessives, generic adjectives and stray punctuation
            i = span.start
            while (
                i < tok.i
                and (
                    doc[i].lower_ in _DETERMINERS
                    and not _opens_name(doc[i])
                    or doc[i].dep_ in ("poss", "case")
                    and not _GROUP_POSSESSOR.match(doc[i].text)
                    or doc[i].lower_ in lex.policy_generic_modifiers
                    and doc[i].text.islower()
                    or doc[i].is_punct
                    and doc[i].text not in QUOTES
                    or doc[i].pos_ == "NUM"
                    and not _starts_name(doc[i], tok)
                    and not _is_duration(doc[i : i + 3])  # "four-week": decided below
                    # an amount before a capitalised name is its money, not its name: "a £30m
                    # Stroke Recovery Pathway"
                    or (doc[i].is_currency or _is_amount_unit(doc[i]) or doc[i].like_num)
                    and any(t.text[:1].isupper() and t.is_alpha for t in doc[i + 1 : tok.i + 1])
                    and not _starts_name(doc[i], tok)
                )
            ):
                i += 1
            # a verb ends what came before: a name has none ("Minister unveils fund": a
            # headline's present tense is often tagged as a plural noun)
            for j in range(tok.i - 1, i - 1, -1):
                if doc[j].tag_ in ("VBZ", "VBD", "VBP", "MD") or self.headline_verb(doc[j]):
                    i = j + 1
                    break
            # a lower-case possessor is the policy's owner, not part of its name: "councils’
            # public health grant", "the government's new fund"
            for j in range(tok.i - 1, i, -1):
                if (
                    doc[j].text in ("’", "'", "’s", "'s")
                    and (doc[j - 1].is_lower or doc[j - 1].pos_ == "NOUN")  # not a name
                    and not _GROUP_POSSESSOR.match(doc[j - 1].text)
                    and not any(t.text in "‘“'" for t in doc[i:j])  # not a closing quote
                ):
                    i = j + 1
                    break
            # a body's possessive is the policy's owner too: "NHS England's Mental Health
            # Urgent Care Plan" (a lexicon body, or an organisation the NER ends at the
            # possessive); "the Children's Health Fund" keeps its group
            for j in range(tok.i - 1, i, -1):
                if (
                    doc[j].text in ("’s", "'s")
                    and not _GROUP_POSSESSOR.match(doc[j - 1].text)
                    and (
                        self.inside(j - 1, "BODY")
                        or doc[j - 1].ent_type_ == "ORG"
                        and doc[j + 1].ent_iob_ != "I"
                    )
                ):
                    i = j + 1
                    break
            # words glued to the first one belong to it ("one-stop", "co-commissioning")
            while (
                i > span.start and doc[i - 1].whitespace_ == "" and doc[i - 1].text not in "‘“'\""
            ):
                i -= 1
            while i > 0 and doc[i - 1].whitespace_ == "" and doc[i - 1].is_alpha and i <= tok.i:
                i -= 1
            # a quoted name right before the head is the name, all of it, whatever the
            # parse attached ("a “release to respond” protocol")
            if tok.i > 1 and doc[tok.i - 1].text in "”’'\"":
                opening = next(
                    (
                        j
                        for j in range(tok.i - 2, max(tok.i - 10, 0) - 1, -1)
                        if doc[j].text in "“‘'\""
                        and not doc[j].whitespace_
                        and (j == 0 or doc[j - 1].whitespace_)
                    ),
                    None,
                )
                if (
                    opening is not None
                    and opening < i
                    and not any(  # a clause between is no name: "the 'best' councils run"
                        t.tag_ in ("VBZ", "VBD", "VBP", "MD") for t in doc[opening : tok.i]
                    )
                ):
                    i = opening + 1
            # a name quoted inside the phrase starts at its opening quote, past a
            # determiner quoted with it ('"no plans"' names nothing)
            for j in range(tok.i - 1, i - 1, -1):
                if doc[j].text in "‘“" or (
                    doc[j].text in "'\"" and (j == 0 or doc[j - 1].whitespace_)
                ):
                    i = j + 1
                    while i < tok.i and doc[i].lower_ in _DETERMINERS:
                        i += 1
                    break
            # a name never starts inside brackets: "the Nurse Staffing Levels (Wales) Act"
            texts = [t.text for t in doc[i : tok.i]]
            if ")" in texts and "(" not in texts[: texts.index(")")]:
                opening = next(
                    (k for k in range(i - 1, max(i - 8, 0) - 1, -1) if doc[k].text == "("), None
                )
                before = opening - 1 if opening else None
                if before is not None and doc[before].is_alpha and doc[before].text[:1].isupper():
                    i = before
                else:
                    i = i + texts.index(")") + 1
            if tok.text[:1].isupper() or doc[i].text[:1].isupper():
                # "the Resident Doctors Pay and Training Package", "the Fit for the Future
                # programme": a capitalised name joined by "and", "of", "for the", "to"
                # runs on past what the parse attached to its head
                j = self.capitalised_name_start(i)
                if j < i and not any(
                    self.inside(k, "BODY") or self.inside(k, "ROLE") or doc[k].ent_type_ == "PERSON"
                    for k in range(j, i)
                ):
                    i = j
                    span = doc[i : tok.i + 1]
            if self.money_fund(tok, span):
                continue
            i = _drop_describing_prefix(doc[i : tok.i + 1], lex)
            # "the ‘insulting’ workforce plan", "a flawed plan": words of praise or blame
            # are someone's verdict on the policy, not its name
            cues = lex.criticism_cues | lex.support_cues
            while i < tok.i and (doc[i].is_lower and doc[i].lower_ in cues or doc[i].is_quote):
                if doc[i].is_quote and not any(
                    t.is_lower and t.lower_ in cues for t in doc[max(i - 1, 0) : i + 2]
                ):
                    break  # a quoted name ("'one-stop' plan"), not a quoted verdict
                i += 1
                # a verdict word starting a hyphenated compound takes all of it along
                # ("short-term contracts": not "-term contracts")
                while i < tok.i and doc[i - 1].whitespace_ == "" and not doc[i - 1].is_quote:
                    i += 1
            words = doc[i : tok.i]
            text = doc[i : tok.i + 1].text
            distinctive = [
                w
                for w in words
                if w.text.strip(QUOTES)
                and w.lower_.strip(QUOTES) not in lex.policy_generic_modifiers
                and not w.is_punct
            ]
            # "the NHS Health Check": a name written in capitals, head and all, even when
            # every word of it is one that names no policy on its own
            capitalised = (
                tok.text[:1].isupper()
                and len(words) >= 2
                and all(w.text[:1].isupper() for w in words)
            )
            quoted = any(w.text in QUOTES for w in doc[max(i - 1, 0) : tok.i + 1])
            marked = (
                capitalised
                or quoted
                or any(
                    "-" in w.text or (w.text[:1].isupper() and w.i > 0 and w.pos_ == "PROPN")
                    for w in distinctive
                )
            )
            if (
                tok.lower_ in lex.named_policy_heads
                and not capitalised
                and not (
                    tok.text[:1].isupper()
                    and distinctive
                    and all(
                        w.text[:1].isupper() or w.like_num or w.lower_ in _NAME_LINKS
                        for w in distinctive  # "the Tobacco and Vapes Bill"
                    )
                    and any(w.text[:1].isupper() for w in distinctive)
                )
            ):
                continue  # "a promise", "the waiting time target": no name
            if (
                tok.tag_ in ("NNS", "NNPS")
                and tok.is_lower
                and not marked
                and not any(w.text[:1].isupper() or w.text == "-" for w in words)
            ):
                # "public health grants", "hospital contracts": a plural in lower case
                # is a class of things, not one named policy ("smoke-free play zones",
                # with a marked modifier, are one)
                self.anaphor(tok, span)
                continue
            if tok.lower_ in lex.weak_policy_heads and not (
                marked or any(w.text == "-" for w in words)  # "one-stop shop"
            ):
                self.anaphor(tok, span)
                continue
            generic_head = tok.lower_ in lex.generic_policy_heads
            # "the adult social care precept": a definite specific policy noun with a noun
            # before it names a policy; "a proper workforce strategy" only describes one, and
            # "services" is too common ("outpatient services")
            det = next((c.lower_ for c in tok.children if c.dep_ == "det"), "")
            # ... but "a four-week waiting time standard" names the standard it sets
            measured = tok.lower_ in ("standard", "standards") and any(
                _is_duration(doc[k : k + 3]) for k in range(i, tok.i)
            )
            # "a new NHS dental contract" introduces the policy it names
            # ... and so does one announced ("has launched a national care workforce
            # pathway")
            introduced = det in ("a", "an") and (
                any(c.lower_ == "new" and c.dep_ == "amod" for c in tok.children)
                or tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in lex.relation_verbs["announced"]
                and self.announced_by_someone(tok.head)
            )
            specific_head = tok.lower_ not in ("service", "services") and (
                det not in _INDEFINITE or measured or introduced
            )
            if generic_head and det in _INDEFINITE | {"no"} and not marked and wanted(tok):
                # "wanted a proper workforce plan", "without a workforce plan": a plan
                # someone asks for or misses, not one that exists, nor one named later
                continue
            if (not distinctive and not capitalised) or not (
                marked
                or (
                    (generic_head or specific_head)
                    and len(distinctive) >= 1
                    # "the public health grant": a noun among the modifiers, even a generic
                    # one, makes a name of a specific policy noun
                    and any(
                        w.pos_ in ("NOUN", "PROPN") or w.dep_ == "compound"  # "patient" as JJ
                        for w in (words if specific_head else distinctive)
                    )
                )
            ):
                self.anaphor(tok, span)
                continue
            if _organisation_name(words):
                continue  # "the Centre for Health and Public Policy": an organisation
            in_body = [
                w
                for w in words
                if any(
                    s.start <= w.i < s.end and s.label_ == "BODY" and s.id_ not in systems
                    for s in self.lex_spans
                )
            ]
            if in_body and not quoted:
                # "NHS England's new care model" is the body's thing, not a named policy;
                # "the NHS Long Term Plan" is, as its other words are capitalised
                rest = [w for w in distinctive if w not in in_body]
                if not rest or not all(w.text[:1].isupper() for w in rest):
                    continue
            # "the Safe Births Scotland plan": other capitalised words make a place's name
            # part of the policy's
            owned = any(
                t.text in ("'s", "’s") and not _GROUP_POSSESSOR.match(doc[t.i - 1].text)
                for t in words
            )
            named_beyond_place = not owned and any(
                w.text[:1].isupper() and w.ent_type_ not in ("GPE", "MONEY", "PERSON")
                for w in distinctive
            )
            if not quoted and any(
                w.ent_type_ == "MONEY"
                or _is_amount_unit(w)  # "under £215m plan", where the NER saw no money
                or w.ent_type_ == "GPE"
                and not named_beyond_place
                or w.ent_type_ == "PERSON"
                and (len(distinctive) < 2 or owned)
                for w in distinctive
            ):
                # "Smith's plan", "London plan": named by its owner or place; but two names
                # the NER calls a person right before a policy noun name the policy ("the
                # Steady Steps programme")
                continue
            name = clean_name(text)
            if name:
                m = self.add("policy", i, tok.i + 1, name=name)
                # "the national screening programme" is written with a word that does not
                # tell policies apart; the fuller form is kept as an alias
                w = i
                while (
                    w > span.start
                    and doc[w - 1].is_lower
                    and doc[w - 1].lower_ in lex.policy_generic_modifiers
                    and doc[w - 1].lower_ not in _DETERMINERS
                ):
                    w -= 1
                if m is not None and w < i:
                    m.attrs["written"] = clean_name(doc[w : tok.i + 1].text)

    def headline_verb(self, tok: Token) -> bool:
        """Is ``tok`` a headline's present-tense verb of the lexicon ("unveils", "backs"),
        whatever the tagger made of it?"""
        if self.seg.section != "headline" or not tok.is_lower or not tok.lower_.endswith("s"):
            return False
        stem = tok.lower_[:-1]
        verbs = self.verbs
        return tok.lower_ not in self.policy_heads and (stem in verbs or stem.rstrip("e") in verbs)

    def capitalised_name_start(self, i: int) -> int:
        """Where a capitalised name ending in the word at ``i`` starts, counting
        capitalised words and the linking words between them ("and", "of", "for the",
        "to"): "Improving Access to Psychological Therapies", "Fit for the Future"; and a
        group it serves ("the Children's Oral Health Scheme")."""
        doc = self.doc

        def capital(k: int) -> bool:
            t = doc[k]
            return t.is_alpha and t.text[:1].isupper() and t.lower_ not in _DETERMINERS

        j = i
        while j > 0 and capital(j):
            if capital(j - 1):
                j -= 1
                continue
            opening = self.bracketed_words_start(j)
            if opening is not None and opening > 0 and capital(opening - 1):
                j = opening - 1  # "the Nurse Staffing Levels (Wales) Act": a statute's
                continue  # jurisdiction or subject in brackets
            k = j
            if doc[k - 1].lower_ == "the" and k > 1 and doc[k - 2].lower_ in _NAME_LINKS - {"and"}:
                k -= 1  # "for the", "of the"; not "and the", which joins two names
            if doc[k - 1].lower_ in _NAME_LINKS or doc[k - 1].text == "&":
                k -= 1
            if j - k and k > 0 and capital(k - 1):
                j = k - 1
                continue
            group = j > 1 and doc[j - 1].text in ("'s", "’s")
            if group and _GROUP_POSSESSOR.match(doc[j - 2].text):
                j -= 2  # "the Children's Oral Health Scheme": the group it serves
                continue
            break
        return j

    def bracketed_words_start(self, j: int) -> int | None:
        """The opening bracket of capitalised words in brackets right before token ``j``
        ("(Wales)", "(Care and Treatment)"), or None."""
        doc = self.doc
        if j < 3 or doc[j - 1].text != ")":
            return None
        for k in range(j - 2, max(j - 8, 0), -1):
            if doc[k].text == "(":
                inner = doc[k + 1 : j - 1]
                if (
                    len(inner)
                    and inner[0].text[:1].isupper()
                    and all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS for t in inner)
                ):
                    return k
                return None
            if not doc[k].is_alpha:
                return None
        return None

    def money_fund(self, head: Token, span: Span) -> bool:
        """``a £300m fund for new surgeries``: an amount's fund named by what it is for.

        Returns True when the phrase was handled (as a policy or not at all).
        """
        money = [t for t in span if t.ent_type_ == "MONEY" or t.text[:1] in "£$€"]
        if not money or head.lower_ not in _MONEY_HEADS:
            return False
        start = money[-1].i + 1
        while start < head.i and (
            self.doc[start].ent_type_ == "MONEY"
            or self.doc[start].like_num
            or self.doc[start].is_punct
            or self.doc[start].lower_ in _AMOUNT_UNITS
            or _AMOUNT_TOKEN.match(self.doc[start].lower_)
            # "£750m-a-year fund": the rate hyphenated to the amount
            or self.doc[start - 1].text == "-"
            and self.doc[start].lower_ in {"a", "per"} | _TIME_UNITS
        ):
            start += 1
        if (
            start < head.i
            and self.doc[start].text[:1].isupper()
            and all(
                t.text[:1].isupper() or t.lower_ in _NAME_LINKS or t.text == "-"
                for t in self.doc[start : head.i + 1]
            )
        ):
            # "a £42m Pharmacy Integration Fund", "a £60m Retention and Employment Fund",
            # "a £22m Same-Day Access Fund": the fund has a name of its own
            name = clean_name(self.doc[start : head.i + 1].text)
            self.add(
                "policy",
                start,
                head.i + 1,
                name=name,
                attrs={"fund_of": self.seg.start + money[0].idx},
            )
            return True
        # what it is for: "for X", "in X", "to X" or "to do X"
        pp = next(
            (
                c
                for c in head.rights
                if c.dep_ == "prep"
                and c.lower_ in ("for", "in", "to")
                or c.dep_ == "acl"
                and any(a.lower_ == "to" for a in c.lefts)
            ),
            None,
        )
        if (
            pp is None
            and head.i + 2 < len(self.doc)
            and self.doc[head.i + 1].lower_ == "to"
            and self.doc[head.i + 2].pos_ == "VERB"
        ):
            pp = self.doc[head.i + 2]  # "a £2bn package to recruit GPs", parsed apart
        if pp is None:
            words = self.doc[start : head.i]
            if (
                words
                and all(t.pos_ in ("NOUN", "PROPN", "ADJ") and t.is_alpha for t in words)
                and any(t.pos_ in ("NOUN", "PROPN") for t in words)
            ):
                # "a £12m crisis alternatives fund": the nouns before the head name it
                self.add(
                    "policy",
                    start,
                    head.i + 1,
                    name=clean_name(self.doc[start : head.i + 1].text),
                    attrs={"fund_of": self.seg.start + money[0].idx},
                )
            return True
        if any(
            g.dep_ == "pobj"
            and g.lower_ in self.policy_heads
            and any(t.text[:1].isupper() for t in g.lefts)
            for g in pp.children
        ):
            return True  # "a £48m package for the Annual Health Check scheme": that scheme's
        end = pp.right_edge.i + 1
        cut = next(  # a date, a comma, or a modal that starts the sentence's own verb
            (
                t.i
                for t in self.doc[pp.i : end]
                if t.ent_type_ == "DATE" or t.is_punct or t.tag_ == "MD"
            ),
            None,
        )
        if cut is not None:
            end = cut
            while end > start and self.doc[end - 1].pos_ in ("ADP", "PART", "CCONJ"):
                end -= 1
        while end > start and self.doc[end - 1].is_punct:
            end -= 1
        while end - start > 10:  # too long for a name: shed trailing prepositional phrases
            # ("programme to improve the safety of maternity care in England")
            last = next(
                (
                    t.i
                    for t in reversed(self.doc[pp.i + 1 : end])
                    if t.dep_ == "prep" and t.right_edge.i == end - 1
                ),
                None,
            )
            if last is None:
                return True
            end = last
        self.add(
            "policy",
            start,
            end,
            name=clean_name(self.doc[start:end].text),
            attrs={"fund_of": self.seg.start + money[0].idx},
        )
        return True

    def quoted_policies(self) -> None:
        """A quoted name ending in a policy noun: ``'Better Care Scheme'``; a quoted clause
        ("had 'chosen the headline over the plan'") is a verdict, not a name."""
        doc = self.doc
        heads = self.policy_heads
        opened: int | None = None
        for tok in doc:
            if tok.text in "‘“" or (tok.text in "'\"" and opened is None):
                opened = tok.i
            elif tok.text in "’”'\"" and opened is not None:
                inner = doc[opened + 1 : tok.i]
                clause = any(
                    t.text in ",;:"
                    or t.tag_ in ("VBD", "VBZ", "VBP")
                    or t.tag_.startswith("VB")
                    and t.is_lower  # 'chosen the headline ...'
                    for t in inner
                )
                if 1 <= len(inner) <= 6 and inner[-1].lower_ in heads and not clause:
                    start = opened + 1
                    while start < tok.i and doc[start].lower_ in _DETERMINERS:
                        start += 1
                    if tok.i - start < 2:  # a bare head noun ('plans') names nothing
                        opened = None
                        continue
                    self.add("policy", start, tok.i, name=clean_name(doc[start : tok.i].text))
                opened = None

    def anaphor(self, head: Token, span: Span) -> None:
        """``his plan`` / ``the scheme`` (refers back) or ``a new programme`` (forward);
        ``the precept``, ``the framework``: the article's policy with that head noun."""
        det = next((c for c in head.lefts if c.dep_ in ("det", "poss")), None)
        if det is None:
            return
        if head.lower_ not in self.lex.generic_policy_heads:
            if head.lower_ in self.lex.specific_policy_heads and det.lower_ in ("the", "this"):
                self.add(
                    "policy",
                    det.i,
                    head.i + 1,
                    name=None,
                    attrs={"anaphor": "back", "head": policy_head(head.text)},
                )
            return
        direction = "forward" if det.lower_ in ("a", "an") else "back"
        if det.lower_ in ("this", "that", "the", *_PRONOUN_POSS) or direction == "forward":
            attrs: dict[str, object] = {"anaphor": direction}
            if direction == "back":  # "the package": the "... Package" named before, if any
                attrs["same_head"] = policy_head(head.text)
            self.add("policy", det.i, head.i + 1, name=None, attrs=attrs)

    # -- places ---------------------------------------------------------------------------

    def places(self) -> None:
        doc = self.doc
        # "Stoke-on-Trent", "Newcastle-upon-Tyne", "Weston-super-Mare": a town's hyphenated
        # name, which the NER splits or misses
        for i in range(len(doc) - 4):
            words = doc[i : i + 5]
            if (
                _is_name_token(words[0])
                and words[1].text == words[3].text == "-"
                and words[2].lower_ in _PLACE_LINKS
                and _is_name_token(words[4])
                and not any(t.whitespace_ for t in words[:4])
            ):
                self.add("place", i, i + 5, name=words.text)
        for ent in self.doc.ents:
            if ent.label_ not in ("GPE", "LOC"):
                continue
            self.place_list(ent)
            toks = [t for t in ent if t.lower_ not in _DETERMINERS]
            if not toks or not all(_is_name_token(t) for t in toks):
                continue
            if any(self.lexicon_at(t.i, "BODY") for t in toks):
                continue
            if ent[-1].text in ("'s", "’s") or ent.text.endswith(("’s", "'s")):
                continue
            self.add("place", toks[0].i, ent.end, name=clean_name(ent.text))

    def untake_lone_name(self, i: int) -> None:
        """Forget a one-word person mention at token ``i`` made only by the statistical NER
        (no title, no role): a listed place it mistook for a name."""
        tok = self.doc[i]
        at = self.seg.start + tok.idx
        for m in self.mentions:
            lone = m.kind == "person" and not m.title and not m.role
            if lone and m.evidence.start == at and m.evidence.end == at + len(tok.text):
                self.mentions.remove(m)
                self.taken.remove((i, i + 1))
                return

    def place_list(self, ent: Span) -> None:
        """``from Scarborough and Whitby to Ripon, Malton and Pickering``: capitalised words
        listed with a place ("X, Y and Z", joined by commas and "and"/"or") are places too,
        whatever the statistical NER made of them."""
        doc = self.doc
        for step in (-1, 1):
            k = ent.start - 1 if step < 0 else ent.end
            while 0 <= k + step < len(doc) and doc[k].text in (",", "and", "or"):
                word = doc[k + step]
                if not (
                    _is_name_token(word)
                    and word.pos_ == "PROPN"
                    and (
                        k + 2 * step >= len(doc)
                        or k + 2 * step < 0
                        or not _is_name_token(doc[k + 2 * step])
                    )
                ):
                    break
                if word.ent_type_ in (
                    "",
                    "GPE",
                    "LOC",
                    "ORG",
                    "PERSON",
                    "NORP",
                ) and not self.inside(word.i, "BODY"):
                    self.untake_lone_name(word.i)
                    self.add("place", word.i, word.i + 1, name=word.text)
                k += 2 * step

    def phrase_after(self, at: int) -> list[int]:
        """Token positions from ``at - 1`` to the end of its phrase (a comma, full stop or
        bracket ends it), ten at most: where "ROLE of/at BODY" may name the body, "clinical
        lead for the pilot at the Foundation Trust" included."""
        out = []
        for k in range(max(at - 1, 0), min(at + 10, len(self.doc))):
            if k >= at and self.doc[k].text in (",", ".", ";", ":", "(", ")"):
                break
            out.append(k)
        return out

    def body_ends_before(self, role_start: int) -> list[int]:
        """Token positions, nearest first, where the body of a title starting at
        ``role_start`` may end: right before it ("BMA chair"), before lower-case words
        that qualify the title ("NHS Confederation mental health director"), before a
        possessive ("the Trust's chair"), a bracketed acronym ("Royal College of Nursing
        (RCN) chair") or ", whose" ("the Trust, whose chief executive NAME"). The tagger
        may call a qualifying word a verb ("LGA community wellbeing spokesperson")."""
        doc = self.doc
        out: list[int] = []
        k = role_start
        for _ in range(4):  # the title, then up to three qualifying words before it
            out.append(k)
            if k >= 1 and (doc[k - 1].text in ("'s", "’s") or doc[k - 1].tag_ == "POS"):
                out.append(k - 1)  # "the Trust's chair", "the Scottish Conservatives' chair"
            if k >= 3 and doc[k - 1].text == ")" and doc[k - 3].text == "(":
                out.append(k - 3)
            if k >= 2 and doc[k - 1].lower_ == "whose" and doc[k - 2].text == ",":
                out.append(k - 2)
            prev = doc[k - 1] if k >= 1 else None
            if prev is None or not (
                _qualifier(prev) or prev.is_lower and prev.pos_ in ("NOUN", "ADJ", "PROPN")
            ):
                break
            k -= 1
        return out

    def bodies_of_roles(self) -> None:
        """``NAME, ROLE of/at BODY``: the body found where the role said it would be."""
        starts: dict[int, Mention] = {}
        ends: dict[int, Mention] = {}
        owners: set[int] = set()  # bodies followed by a possessive: "the BMA's GP committee"
        for b in self.mentions:
            span = self.span_of(b)
            if b.kind == "body" and span is not None:
                starts[span.start] = b
                ends[span.end] = b
                if span.end < len(self.doc) and self.doc[span.end].text in ("'s", "’s"):
                    owners.add(span.start)
        for start, b in starts.items():
            span = self.span_of(b)
            if span is not None and span.end in starts:
                owners.add(start)  # "the Commons Health and Social Care Committee": the committee
        for m in self.mentions:
            at = m.attrs.pop("role_body_at", None)
            role_start = m.attrs.pop("role_start", None)
            body = None
            if isinstance(at, int):  # "ROLE of BODY", "ROLE at The BODY"
                found = [k for k in self.phrase_after(at) if k in starts]
                # "who chairs the BMA's GP committee": the committee, not its owner
                found = [k for k in found if k not in owners] or found
                body = starts[found[0]] if found else self.unknown_body_at(at)
            if body is None and isinstance(role_start, int):  # "BODY ROLE NAME", "BODY's ROLE"
                body = next((ends[k] for k in self.body_ends_before(role_start) if k in ends), None)
                if body is None:
                    body = self.unknown_owner_before(role_start, m.minister)
            if body is not None and (
                not m.attrs.get("explicit_body")
                or m.role_body in self.kinds
                and body.name != m.role_body
            ):
                _give_role_body(m, body)

    def roles_at_opening_body(self) -> None:
        """``At BODY, ROLE NAME said``: a sentence that opens at a place of work gives the
        body of the roles in it that name none ("At Brookfield Medical Centre, practice
        manager Jo Hart said", "At Elm Lodge, a care home in ..., owner NAME")."""
        doc = self.doc
        people = [m for m in self.mentions if m.kind == "person" and m.role]
        for m in people:
            span = self.span_of(m)
            if m.attrs.get("explicit_body") or span is None:
                continue
            sent = span.sent
            if doc[sent.start].lower_ != "at" or sent.start + 2 >= span.start:
                continue
            k = sent.start + 1 + (doc[sent.start + 1].lower_ == "the")
            if not any(t.text == "," for t in doc[k : span.start]):
                continue  # "At BODY, ...": the opening phrase ends before the role
            body = next(
                (
                    b
                    for b in self.mentions
                    if b.kind == "body" and b.evidence.start - self.seg.start == doc[k].idx
                ),
                None,
            ) or self.unknown_body_at(k)
            if body is not None:
                _give_role_body(m, body)

    def roles_of_the_body_before(self) -> None:
        """``The King's Fund was more sceptical. Senior fellow NAME said ...``: a sentence
        that opens with a job title and a name whose body no other rule found speaks for
        the body the sentence before it is about (its subject). Ministers' titles name
        their own office, so they are left alone."""
        doc = self.doc
        bodies = [(b, self.span_of(b)) for b in self.mentions if b.kind == "body"]
        for m in self.mentions:
            if m.kind != "person" or not m.role or m.minister or m.attrs.get("explicit_body"):
                continue
            span = self.span_of(m)
            if span is None or span.sent.start == 0:
                continue
            sent = span.sent
            opening = doc[sent.start : span.start]
            if not doc[sent.start].is_title or any(
                not t.is_alpha or t.pos_ in ("VERB", "AUX", "DET") for t in opening
            ):
                continue  # not "ROLE NAME" at the sentence's start
            before = doc[sent.start - 1].sent
            subject = next(
                (c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
            if subject is None:
                continue
            body = next(
                (b for b, bs in bodies if bs is not None and bs.start <= subject.i < bs.end),
                None,
            )
            if body is not None:
                _give_role_body(m, body)

    def unknown_owner_before(self, role_start: int, minister: bool = False) -> Mention | None:
        """``NAME's ROLE``: a capitalised name no rule knew that owns a job title ("Action
        for Carers' director of policy, NAME") is a body, unless the NER calls it a person
        or a place, or a group a title serves ("Women's health minister"). A nation that
        owns a minister's title names its government ("Wales's health minister": the Welsh
        Government)."""
        doc = self.doc
        if role_start < 2 or doc[role_start - 1].text not in ("'s", "’s", "'", "’"):
            return None
        end = role_start - 1
        if not (doc[end - 1].is_alpha and doc[end - 1].text[:1].isupper()):
            return None
        start = self.capitalised_name_start(end - 1)
        government = self.lex.government_of(doc[start:end].text)
        if government is not None:
            if not minister:
                return None
            for m in self.mentions:  # the nation, already taken as a place
                span = self.span_of(m)
                if m.kind == "place" and span is not None and span.start == start:
                    m.kind, m.name = "body", government
                    return m
            return self.add("body", start, end, name=government)
        if any(t.ent_type_ in ("PERSON", "GPE", "LOC", "NORP") for t in doc[start:end]):
            return None
        if end - start == 1 and _GROUP_POSSESSOR.match(doc[start].text):
            return None  # "Women's health minister NAME": the group the office serves
        return self.add("body", start, end, name=clean_name(doc[start:end].text))

    def unknown_body_at(self, at: int) -> Mention | None:
        """``ROLE at NAME``: a capitalised name where a role says its body is, that no
        rule knew ("head of policy at Brightpath", "a partner at Elm Road Surgery"), is
        that body, unless the NER calls it a person or a place."""
        doc = self.doc
        if at >= len(doc) or not (doc[at].is_alpha and doc[at].text[:1].isupper()):
            return None
        end = self.name_phrase_end(at)
        if end == at or any(t.ent_type_ in ("PERSON", "GPE", "LOC") for t in doc[at:end]):
            return None
        if doc[at:end].text in _NATIONAL or self.lex.government_of(doc[at:end].text):
            return None  # "its director for Wales": a nation, not a body
        if end - at == 1 and end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN":
            return None  # "who ran the Tregaron pharmacy": a place qualifies a common noun
        return self.add("body", at, end, name=clean_name(doc[at:end].text))

    # -- acronyms -------------------------------------------------------------------------

    def acronyms(self) -> None:
        """``NAME (ACRONYM)``: record the acronym as an alias of the mention before it."""
        doc = self.doc
        for m in self.mentions:
            span = self.span_of(m)
            if span is None:
                continue
            e = span.end
            if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")":
                acr = doc[e + 1].text
                if acr[:1].isupper() and sum(c.isupper() for c in acr) >= 2:
                    m.attrs["acronym"] = acr
                    self.taken.append((e + 1, e + 2))
            elif (
                e + 3 < len(doc)
                and doc[e].text == "("
                and doc[e + 3].text == ")"
                and doc[e + 2].text == doc[e - 1].text
                and doc[e + 2].text in _NATIONS
                and doc[e + 1].text.isupper()
                and len(doc[e + 1].text) >= 2
            ):
                # "the Royal College of Nursing Wales (RCN Wales)": a nation's branch keeps
                # the nation in its short form
                m.attrs["acronym"] = doc[e + 1 : e + 3].text
            # "the Healthy Weight Neighbourhoods (HWN) programme": the acronym inside a
            # policy's name is its short form, not a word of the name
            inner = _INNER_ACRONYM.fullmatch(m.name or "") if m.kind == "policy" else None
            if inner is not None:
                m.name = f"{inner[1]} {inner[3]}"
                m.attrs.setdefault("acronym", inner[2])


def extract_entities(
    seg: Segment, lexicon: Lexicon, acronyms: Mapping[str, tuple[str, str]] | None = None
) -> list[Mention]:
    """All entity mentions of a segment, in text order. ``acronyms`` maps the acronyms
    that earlier segments of the article defined to the lexicon label ("BODY", "POLICY")
    and name of what they stand for."""
    f = _Finder(seg, lexicon, acronyms)
    f.own_publication()  # first: "Practice Manager Monthly" holds a job title
    f.appositive_bodies()  # "Safer Steps, a charity ...": a body, whatever the NER says
    f.classified_bodies()  # "the charity Sands", "campaign group medConfidential"
    f.appositive_policies()  # "Pharmacy First, the minor illness scheme ...": a policy
    f.policies_named_after()  # "a video triage service, Stroke Link, ...": a policy
    f.people()
    f.appositive_people()
    f.publications()  # before policies: "told Health Service Review" names a publication
    f.known_policies()
    f.named_policies()
    f.quoted_policies()
    f.noun_phrase_policies()  # before bodies: "the NHS Long Term Plan" is one policy
    f.initialled_names()  # before bodies: "Health Education and Improvement Wales (HEIW)"
    f.listed_names()  # before bodies: "the Health, Social Care and Sport Committee"
    f.bodies()
    f.role_only()
    f.places()
    f.acronyms()
    f.bodies_of_roles()
    f.roles_at_opening_body()
    f.roles_of_the_body_before()
    return sorted(f.mentions, key=lambda m: (m.evidence.start, m.evidence.end))
