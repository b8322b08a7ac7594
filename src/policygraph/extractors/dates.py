"""Time expressions in news text: find them, classify them, date them against an anchor.

:func:`find_time_expressions` returns character spans into the string it is given, so
``text[e.start:e.end] == e.text`` always holds. Each expression has a ``kind``:

``absolute``
    A calendar date that needs no anchor: "12 October 2016", "October 2016", "2016",
    "mid-2016", "the end of 2017".
``relative``
    A point in time that needs the article's date to be placed: "today", "yesterday",
    "last month", "earlier this year", "two years ago", "in October", "in October last
    year", "last Monday", "this autumn".
``period``
    A duration, rate or range, not a point: "over the next four years", "a year",
    "annually", "from 2015 onwards", "in the next few months", "for the first time",
    "after nine months", "2015/16".
``event_year``
    A four-digit year that modifies a noun and so names an event or document rather than
    the time of the statement: "the 2004 GP contract", "its 2016 Annual General Meeting".

Each rule names a general pattern of English news writing (the ``rule`` field says which
one matched):

* **DAY MONTH YEAR**, **MONTH DAY, YEAR**, **MONTH YEAR**, numeric ``DD/MM/YYYY`` (British
  order) and ISO ``YYYY-MM-DD`` — full or partial calendar dates.
* **YEAR** — a bare year 1900-2099, read as a year only where a date preposition ("in",
  "since", "by") or a sentence start comes before it, or a verb, conjunction or punctuation
  after it; "the 2000 patients" is a count, not a year.
* **the YEAR NOUN** — a year between a determiner or possessive and a capitalised name
  or an event noun ("contract", "election", "review") is an event year.
* **deictic day** — "today", "yesterday", "tomorrow", "last night", "this morning". A
  capitalised "Today" in mid-sentence is a name ("the Today programme") and is skipped.
* **this/last/next UNIT**, optionally "earlier"/"later"/"early"/"late" before it, or
  "the end of" — "last month", "earlier this year", "the end of next year".
* **N UNITS ago**, **in N UNITS' time** — counted shifts from the anchor.
* **cue + MONTH** — a month name without a year is a time only after a cue word ("in",
  "by", "during", "last", "next", "this", "early", ...); the cue is part of the span
  ("in October"). **MONTH last/this/next year** names its year ("in October last year").
  "May" is also a surname, so "by May", "May's" and "May" before a capitalised word are
  not read as the month.
* **DAY MONTH** without a year — "on 12 October" (the span is "12 October").
* **cue + WEEKDAY** — "on Monday", "last Tuesday"; a weekday name alone ("Saturday
  clinics") is not a time.
* **cue + SEASON** — "in the autumn", "this summer"; a capitalised season before another
  capitalised word is a name ("the Autumn Statement") and is skipped.
* **over/in/within the next/coming/past N UNITS**, **for/over/after N UNITS** — spans.
* **a/per/each/every UNIT**, "annually", "N days a week" — rates.
* **since/until POINT**, **from POINT onwards**, **from POINT to POINT**, **between POINT
  and POINT** — a point wrapped by a range word becomes a period. "from POINT" alone is a
  period only when the point lies ahead ("from next year"); "figures from last month"
  says where the figures come from, and "last month" stays a point.
* **YEAR/YY**, **YEAR-YY** — financial or academic years; **the 1990s** — decades.
* **for the first time** — an ordinal occasion.

Words are matched in lower case or with a capital first letter (sentence starts); text
set in capitals is not read. Overlaps are settled longest match first, so "in October
last year" wins over "last year", and "£300m a year over the next five years" gives "a
year" and "over the next five years" as two periods.

Parsing absolute dates is a table look-up once the regular expression has split out the
day, month and year, so ``dateparser`` is not used: on relative news phrasing ("last
week", "in October") it silently fills in the day and year from the machine's clock.

Examples
--------
>>> [(e.text, e.kind) for e in find_time_expressions("Announced last week, the £1bn will "
...     "be spent over the next four years.")]
[('last week', 'relative'), ('over the next four years', 'period')]
>>> from policygraph.model import PartialDate
>>> [e] = find_time_expressions("The plan was first floated in October last year.")
>>> resolve(e, PartialDate(2016, 3)).iso()
'2015-10'
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ..model import PartialDate

__all__ = [
    "KINDS",
    "TimeExpression",
    "find_time_expressions",
    "resolve",
    "is_period",
]

Kind = Literal["absolute", "relative", "period", "event_year"]
Tense = Literal["past", "future"]

#: The kinds of time expression, in the order documented above.
KINDS: tuple[str, ...] = ("absolute", "relative", "period", "event_year")


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a text, with the fields needed to date it.

    Attributes
    ----------
    start, end : int
        Character offsets into the searched text; ``text == searched[start:end]``.
    text : str
        The expression as written.
    kind : str
        ``absolute``, ``relative``, ``period`` or ``event_year``.
    rule : str
        The name of the pattern that matched, e.g. ``"shift"`` or ``"named_month"``.
    year, month, day : int or None
        Calendar fields written in the text (for a season, ``month`` is its first month).
    weekday : int or None
        0 (Monday) to 6 (Sunday) for a weekday name.
    season : str or None
        ``spring``, ``summer``, ``autumn`` or ``winter``.
    unit : str or None
        For a shift from the anchor: ``day``, ``week``, ``fortnight``, ``month``, ``year``
        or ``decade``.
    offset : int or None
        The shift in ``unit`` from the anchor: ``-1`` for "last month" and "yesterday",
        ``0`` for "this year", ``-2`` for "two years ago"; None when vague ("a few years
        ago").
    year_offset : int or None
        For a named month, weekday or season, the year it names relative to the anchor's:
        ``-1`` for "October last year", ``0`` for "this October".
    relation : str or None
        ``"last"`` or ``"next"`` for "last October", "next Monday": strictly before or
        after the anchor.
    """

    start: int
    end: int
    text: str
    kind: str
    rule: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    unit: str | None = None
    offset: int | None = None
    year_offset: int | None = None
    relation: str | None = None


def is_period(expr: TimeExpression) -> bool:
    """True for a duration, rate or range, which is not a point in time."""
    return expr.kind == "period"


# -- vocabulary ----------------------------------------------------------------------------

_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_NUMBER = {name.lower(): i for i, name in enumerate(_MONTH_NAMES, start=1)}
_MONTH_NUMBER.update(
    {
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a": 1,
    "an": 1,
}
_UNIT_NAMES = {
    "day": "day",
    "week": "week",
    "fortnight": "fortnight",
    "month": "month",
    "year": "year",
    "yr": "year",
    "decade": "decade",
}
#: Nouns that make "the YEAR ..." the name of an event or document (general English).
_EVENT_NOUNS = (
    "act",
    "agreement",
    "annual",
    "audit",
    "bill",
    "budget",
    "campaign",
    "census",
    "conference",
    "congress",
    "contract",
    "deal",
    "election",
    "elections",
    "figures",
    "framework",
    "guidance",
    "legislation",
    "manifesto",
    "meeting",
    "olympics",
    "paper",
    "plan",
    "programme",
    "referendum",
    "reform",
    "reforms",
    "regulations",
    "report",
    "review",
    "round",
    "scheme",
    "settlement",
    "spending",
    "statement",
    "strategy",
    "summit",
    "survey",
    "white",
)
#: Words after a bare year or weekday that show it is not a modifier ("in 2016 the ...",
#: "on Monday the ..." but "2000 patients", "Saturday clinics").
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "had",
        "has",
        "have",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "saw",
        "should",
        "that",
        "the",
        "then",
        "there",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "when",
        "which",
        "while",
        "will",
        "would",
    ]
)

# -- regular-expression fragments ----------------------------------------------------------
#
# Python's ``re`` is slow on case-insensitive groups over non-ASCII text, and on patterns
# whose optional first part must be tried at every position. So words are matched with
# an optional capital first letter only (``_ci``), and each rule's regular expression
# starts at a fixed word; what may stand before it ("early", "in", "last", a weekday) is
# matched backwards by the rule's ``left`` expression, anchored at the match's start.


def _ci(alternatives: str) -> str:
    """Words that may open a sentence: ``"this|last"`` -> ``(?:[Tt]his|[Ll]ast)``."""
    words = []
    for w in alternatives.split("|"):
        c = w[0]
        words.append(f"[{c.upper()}{c.lower()}]{w[1:]}" if c.isalpha() else w)
    return "(?:" + "|".join(words) + ")"


_FULL_MONTH = "(?:" + "|".join(_MONTH_NAMES) + r")\b"
_ANY_MONTH = (
    "(?:"
    + "|".join(_MONTH_NAMES)
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
    + r"(?!\w)"
)
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS) + r")\b"
_YEAR_CORE = r"(?<![\w£$€/.,])(?:19|20)\d{2}"
_YEAR = _YEAR_CORE + r"(?![\w%/]|[.,]\d|-\d|['’]?s\b)"
_Y = r"(?P<year>" + _YEAR + r")"
_DAY = r"\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w,.]\d)"
_NUMWORD = "|".join(k for k in _NUMBER_WORDS if k not in ("a", "an"))
_COUNT_N = (
    r"(?:\d+(?:\.\d+)?|"
    + _ci(_NUMWORD)
    + r"(?:[-\s](?:"
    + _NUMWORD
    + r"))?(?:\s+and\s+a\s+half)?|"
    + _ci(r"a\s+few|few|several|a\s+couple\s+of|couple\s+of|a\s+number\s+of|many")
    + r")\b"
)
_COUNT = r"(?:" + _COUNT_N + r"|" + _ci("an|a") + r"\b)"
_UNIT = r"(?:days?|weeks?|fortnights?|months?|years?|yrs?|decades?)\b"
_UNIT_SPAN = r"(?:hours?|days?|nights?|weeks?|fortnights?|months?|years?|yrs?|decades?)\b"
_PREFIX = (
    r"(?:\b"
    + _ci("early|late|mid")
    + r"(?:-|\s+)|\b(?:"
    + _ci("the")
    + r"\s+(?:end|start|beginning|middle|turn|close)|"
    + _ci("end|start|beginning|middle|turn|close")
    + r")\s+of\s+)"
)
_SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\b(?!\s+[A-Z])"
_LAST_NEXT_THIS = _ci("last|next|this")
_DAY_MONTH = r"(?P<day>" + _DAY + r")\s+(?:of\s+)?(?P<month>" + _ANY_MONTH + r")"
_MONTH_DAY = r"(?P<month>" + _ANY_MONTH + r")\s+(?P<day>" + _DAY + r")\b"

# left contexts: matched backwards from a rule's match, ending where it starts
_L_WEEKDAY = _WEEKDAY + r",?\s+$"
_L_PREFIX = _PREFIX + r"$"
_L_SHIFT = r"(?:" + _PREFIX + r"|\b" + _ci("earlier|later") + r"\s+)$"
_L_THE_UNIT = r"(?:" + _PREFIX + r"|\b" + _ci("earlier|later") + r"\s+in\s+)$"
_L_MONTH = (
    r"(?:\b(?P<cue>"
    + _ci("in|by|during|before|after|on|throughout|around")
    + r")\s+"
    + _PREFIX
    + r"?|"
    + _PREFIX
    + r"|\b(?P<rel>"
    + _LAST_NEXT_THIS
    + r")\s+)$"
)
_L_WEEKDAY_CUE = r"\b(?:(?P<rel>" + _LAST_NEXT_THIS + r")|" + _ci("on|by") + r")\s+$"
_L_SEASON = (
    r"\b(?:(?P<rel>"
    + _LAST_NEXT_THIS
    + r")\s+|"
    + _ci("in|during|by")
    + r"\s+(?:the\s+)?"
    + _PREFIX
    + r"?)$"
)
_L_SEASON_YEAR = r"(?:" + _PREFIX + r"|\b" + _ci("the") + r"\s+)$"
_L_SPAN = r"\b" + _ci("over|in|during|within|for|throughout|across") + r"\s+$"
_L_RATE = r"\b" + _COUNT + r"\s+(?:days|hours|nights|times|sessions)\s+$"
_L_COUNT = r"\b(?P<n>" + _COUNT + r")\s+$"
_L_DECADE = r"(?:\b" + _ci("the") + r"\s+)?(?:\b" + _ci("early|late|mid") + r"[-\s])?$"
_L_DETERMINER = (
    r"(?:\b" + _ci("the|an|a|its|their|his|her|this|that|our|your|whose") + r"|\w['’]s)\s+$"
)
#: Range words before a bare month or weekday: the range, not the name, is the cue.
_RANGE_WORD_BEFORE = re.compile(
    r"\b" + _ci("since|until|till|from|between|to|and|through") + r"\s+$"
)


# -- field builders ------------------------------------------------------------------------

Fields = dict[str, object]
Left = re.Match[str] | None
Builder = Callable[[re.Match[str], str, Left], Fields | None]


def _month(word: str) -> int:
    return _MONTH_NUMBER[word.rstrip(".").lower()]


def _count(word: str | None) -> int | None:
    """The number a count word stands for; None when vague ("a few", "several")."""
    if word is None:
        return 1
    w = " ".join(word.lower().split())
    half = w.endswith(" and a half")
    w = w.removesuffix(" and a half")
    if re.fullmatch(r"\d+", w):
        return int(w)
    parts = re.split(r"[-\s]", w)
    if all(p in _NUMBER_WORDS for p in parts):
        n = sum(_NUMBER_WORDS[p] for p in parts)
        return None if half else n
    return None


def _unit(word: str) -> str:
    return _UNIT_NAMES[word.lower().rstrip("s")]


def _valid_day(year: int | None, month: int, day: int) -> bool:
    try:
        datetime.date(year if year is not None else 2000, month, day)  # 2000: leap year
    except ValueError:
        return False
    return True


def _digits(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _date_fields(m: re.Match[str], text: str, left: Left) -> Fields | None:
    g = m.groupdict()
    month = _month(g["month"]) if g.get("month") else None
    year = int(g["year"]) if g.get("year") else None
    day = _digits(g["day"]) if g.get("day") else None
    if month is not None and day is not None and not _valid_day(year, month, day):
        return None
    return {"year": year, "month": month, "day": day}


def _numeric_date(m: re.Match[str], text: str, left: Left) -> Fields | None:
    y, mo, d = int(m["year"]), int(m["month"]), int(m["day"])
    if not 1 <= mo <= 12 or not _valid_day(y, mo, d):
        return None
    return {"year": y, "month": mo, "day": d}


_QUANTITY_BEFORE = re.compile(
    r"\b"
    + _ci(
        "the|a|an|its|their|his|her|this|that|our|your|these|those|some|over|than|about|"
        "around|nearly|almost|of|to|and"
    )
    + r"\s+$"
)
_YEAR_CUE_BEFORE = re.compile(
    r"\b"
    + _ci("in|since|by|from|until|till|during|before|after|between|through|throughout|circa")
    + r"\s+$"
)


def _sentence_start(text: str, pos: int) -> bool:
    """True when only opening punctuation stands between ``pos`` and a sentence break."""
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?\n\"'‘’“”([:;"


def _bare_year(m: re.Match[str], text: str, left: Left) -> Fields | None:
    """A bare year, unless it is a count ("the 2000 patients", "over 2000 GPs").

    A prefix ("mid-", "the end of"), a date preposition ("in", "since") or a sentence start
    before it makes it a year; else what follows decides: punctuation, a verb or a
    conjunction ("2016 was", "2015 and") does, a noun ("2000 patients") does not; a
    determiner or quantity word before it ("the 2000", "over 2000") makes it a count.
    """
    start, end = m.span()
    year: Fields = {"year": int(m["year"])}
    before = text[max(0, start - 16) : start]
    if left is not None or _YEAR_CUE_BEFORE.search(before) or _sentence_start(text, start):
        return year
    after = re.match(r"[ \t]*([^\W\d_]+)?", text[end:])
    next_word = after.group(1) if after else None
    if next_word is not None and next_word.lower() not in _FUNCTION_WORDS:
        return None
    return None if _QUANTITY_BEFORE.search(before) and next_word is not None else year


def _year_only(m: re.Match[str], text: str, left: Left) -> Fields | None:
    return {"year": int(m["year"])}


def _year_range(m: re.Match[str], text: str, left: Left) -> Fields | None:
    """ "2015/16", "2015-2020": the second year must come after the first, within 20 years."""
    y1, y2 = int(m["year"]), m["y2"]
    y2n = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    return {} if y1 < y2n <= y1 + 20 else None


def _no_fields(m: re.Match[str], text: str, left: Left) -> Fields | None:
    return {}


def _deictic(m: re.Match[str], text: str, left: Left) -> Fields | None:
    word = m.group().split()[0]
    if word[0].isupper() and not _sentence_start(text, m.start()):
        return None  # "the Today programme": a name, not a day
    w = word.lower()
    offset = -1 if w in ("yesterday", "last") else 1 if w == "tomorrow" else 0
    return {"unit": "day", "offset": offset}


def _shift(m: re.Match[str], text: str, left: Left) -> Fields | None:
    rel = (m.groupdict().get("rel") or "this").lower()
    return {"unit": _unit(m["unit"]), "offset": {"last": -1, "this": 0, "next": 1}[rel]}


def _ago(m: re.Match[str], text: str, left: Left) -> Fields | None:
    if left is not None:  # "two years ago": the count is in the left context
        n = _count(left["n"])
        return {"unit": _unit(m["unit"]), "offset": None if n is None else -n}
    n = _count(m["n"])  # "in two years' time"
    return {"unit": _unit(m["unit"]), "offset": n}


def _relation(rel: str | None, yrel: str | None) -> Fields:
    """``year_offset`` and ``relation`` of "last October", "this May", "June next year"."""
    fields: Fields = {}
    if yrel:
        fields["year_offset"] = {"last": -1, "this": 0, "next": 1}[yrel.lower()]
    if rel and rel.lower() == "this":
        fields["year_offset"] = 0
    elif rel:
        fields["relation"] = rel.lower()
    return fields


def _named_month(m: re.Match[str], text: str, left: Left) -> Fields | None:
    """A month name without a year: needs a cue before it, or "last/next year" after."""
    g = m.groupdict()
    lg = left.groupdict() if left is not None else {}
    month = _month(g["month"])
    fields: Fields = {"month": month}
    if g.get("day"):  # "14 February": the day number is cue enough
        day = _digits(g["day"])
        if not _valid_day(None, month, day):
            return None
        fields["day"] = day
    elif (
        left is None
        and not g.get("yrel")
        and not _RANGE_WORD_BEFORE.search(text, max(0, m.start() - 10), m.start())
    ):
        return None
    if g["month"] == "May":  # also a surname: "criticised by May", "May's cabinet"
        cue = (lg.get("cue") or "").lower()
        if cue in ("by", "on", "after", "before") or re.match(r"['’]s\b|\s+[A-Z]", text[m.end() :]):
            return None
        if left is None and re.search(r"\b(?:to|and)\s+$", text[max(0, m.start() - 5) : m.start()]):
            return None
    fields.update(_relation(lg.get("rel"), g.get("yrel")))
    return fields


def _weekday(m: re.Match[str], text: str, left: Left) -> Fields | None:
    if left is None and not _RANGE_WORD_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return None
    after = re.match(r"[ \t]+([a-z]+)", text[m.end() :])
    if after and after.group(1) not in _FUNCTION_WORDS:
        return None  # "on Saturday clinics": the weekday modifies a noun
    fields: Fields = {"weekday": _WEEKDAYS.index(m["wd"])}
    rel = left["rel"] if left is not None else None
    if rel and rel.lower() in ("last", "next"):
        fields["relation"] = rel.lower()
    return fields


def _season(m: re.Match[str], text: str, left: Left) -> Fields | None:
    season = m["season"].lower()
    if m.groupdict().get("year"):
        return {"season": season, "year": int(m["year"])}
    fields: Fields = {"season": season, "month": _SEASON_START[season]}
    fields.update(_relation(left["rel"] if left is not None else None, None))
    return fields


# -- the rules -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    name: str
    kind: Kind
    regex: re.Pattern[str]
    build: Builder
    left: re.Pattern[str] | None = None  # may extend the span leftwards
    need_left: bool = False  # the left context must be there
    extend: bool = True  # the left context is part of the span


def _rule(
    name: str,
    kind: Kind,
    pattern: str,
    build: Builder,
    left: str | None = None,
    *,
    need_left: bool = False,
    extend: bool = True,
) -> _Rule:
    return _Rule(
        name,
        kind,
        re.compile(pattern),
        build,
        re.compile(left) if left is not None else None,
        need_left,
        extend,
    )


_RULES: tuple[_Rule, ...] = (
    # absolute: "Wednesday 12 October 2016", "October 12, 2016", "late October 2016"
    _rule("date", "absolute", _DAY_MONTH + r",?\s+" + _Y, _date_fields, _L_WEEKDAY),
    _rule("date", "absolute", _MONTH_DAY + r",?\s+" + _Y, _date_fields, _L_WEEKDAY),
    _rule(
        "month_year",
        "absolute",
        r"(?P<month>" + _ANY_MONTH + r")(?:\s+of)?,?\s+" + _Y,
        _date_fields,
        _L_PREFIX,
    ),
    _rule(
        "numeric_date",
        "absolute",
        r"(?<![\d/])(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d{2})(?![\d/])",
        _numeric_date,
    ),
    _rule(
        "numeric_date",
        "absolute",
        r"(?<![\d-])(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])",
        _numeric_date,
    ),
    _rule(
        "season_year",
        "absolute",
        r"(?P<season>" + _SEASON + r")(?:\s+of)?\s+" + _Y,
        _season,
        _L_SEASON_YEAR,
    ),
    # event years: "the 2004 GP contract", "its 2016 Annual General Meeting"
    _rule(
        "event_year",
        "event_year",
        _Y
        + r"(?=\s+(?:(?![A-Z]+s\b)[A-Z]|(?:[a-z-]+\s+){0,2}(?:"
        + "|".join(_EVENT_NOUNS)
        + r")\b))",
        _year_only,
        _L_DETERMINER,
        need_left=True,
        extend=False,
    ),
    _rule("year", "absolute", _Y, _bare_year, _L_PREFIX),
    # relative: deictic days
    _rule(
        "deictic_day",
        "relative",
        r"\b(?:"
        + _ci("today|tonight|yesterday|tomorrow")
        + r"(?:\s+(?:morning|afternoon|evening|night))?|"
        + _ci(r"this\s+morning|this\s+afternoon|this\s+evening|last\s+night")
        + r")\b",
        _deictic,
    ),
    # relative: this/last/next UNIT, earlier this year, the end of next month
    _rule(
        "shift",
        "relative",
        r"\b(?P<rel>" + _LAST_NEXT_THIS + r")\s+(?P<unit>week|month|year|decade)\b",
        _shift,
        _L_SHIFT,
    ),
    _rule(
        "shift",
        "relative",
        r"\b" + _ci("the") + r"\s+(?P<unit>week|month|year)\b(?!['’]s)",
        _shift,
        _L_THE_UNIT,
        need_left=True,
    ),
    # relative: "two years ago", "in three years' time"
    _rule("ago", "relative", r"\b(?P<unit>" + _UNIT + r")\s+ago\b", _ago, _L_COUNT, need_left=True),
    _rule(
        "ago",
        "relative",
        r"\b" + _ci("in") + r"\s+(?P<n>" + _COUNT + r")\s+(?P<unit>" + _UNIT + r")['’]?\s+time\b",
        _ago,
    ),
    # relative: named months and days
    _rule(
        "named_month",
        "relative",
        r"(?P<month>" + _FULL_MONTH + r")(?:\s+(?P<yrel>" + _LAST_NEXT_THIS + r")\s+year\b)?",
        _named_month,
        _L_MONTH,
    ),
    _rule("day_month", "relative", _DAY_MONTH, _named_month, _L_WEEKDAY),
    _rule("day_month", "relative", _MONTH_DAY, _named_month, _L_WEEKDAY),
    # relative: weekdays and seasons
    _rule(
        "weekday",
        "relative",
        r"(?P<wd>" + _WEEKDAY + r")(?:\s+(?:morning|afternoon|evening|night)\b)?",
        _weekday,
        _L_WEEKDAY_CUE,
    ),
    _rule(
        "season", "relative", r"(?P<season>" + _SEASON + r")", _season, _L_SEASON, need_left=True
    ),
    # periods
    _rule(
        "span",
        "period",
        r"\b"
        + _ci("the")
        + r"\s+(?:next|coming|past|last|previous|following|first|final)\s+(?:"
        + _COUNT_N
        + r"\s+)?"
        + _UNIT_SPAN,
        _no_fields,
        _L_SPAN,
    ),
    _rule(
        "duration",
        "period",
        r"\b"
        + _ci(r"over|for|within|after|in|during|throughout|across|up\s+to")
        + r"\s+(?:"
        + _ci(
            r"at\s+least|more\s+than|less\s+than|fewer\s+than|up\s+to|almost|nearly|about|"
            r"around|roughly|some|just|only|another|a\s+further|the\s+best\s+part\s+of"
        )
        + r"\s+)?"
        + _COUNT
        + r"\s+"
        + _UNIT_SPAN
        + r"(?!\s+(?:ago|time)\b)",
        _no_fields,
    ),
    _rule(
        "rate",
        "period",
        r"\b"
        + _ci("an|a|per|each|every")
        + r"\s+(?:year|annum|month|week|fortnight|day|quarter)\b(?!\s+ago\b)",
        _no_fields,
        _L_RATE,
    ),
    _rule("rate", "period", r"\b" + _ci("every") + r"\s+" + _COUNT_N + r"\s+" + _UNIT, _no_fields),
    _rule(
        "rate",
        "period",
        r"\b" + _ci("annually|yearly|monthly|weekly|daily|quarterly|biannually") + r"\b",
        _no_fields,
    ),
    _rule(
        "recent",
        "period",
        r"\b(?:"
        + _ci("in|over|during")
        + r"\s+recent\s+|"
        + _ci("for")
        + r"\s+)(?:days|weeks|months|years|decades)\b",
        _no_fields,
    ),
    _rule(
        "ordinal",
        "period",
        r"\b"
        + _ci("for")
        + r"\s+the\s+(?:first|second|third|fourth|fifth|last|final|\d+(?:st|nd|rd|th))"
        r"\s+time\b",
        _no_fields,
    ),
    _rule("decade", "period", r"(?<![\w£$€])(?:19|20)\d0['’]?s\b", _no_fields, _L_DECADE),
    _rule(
        "fiscal_year",
        "period",
        r"(?P<year>" + _YEAR_CORE + r")\s*[/–-]\s*(?P<y2>(?:19|20)\d{2}|\d{2})(?![\d%])",
        _year_range,
    ),
)

#: Words that turn the point after them into a period ("since 2015", "from next year").
_RANGE_BEFORE = re.compile(r"\b(" + _ci(r"since|until|till|up\s+to|from|between") + r")\s+$")
_YEAR_RE = re.compile(_YEAR)
_RANGE_ONWARDS = re.compile(r"\s+onwards?\b")
_RANGE_LINK = {
    "from": re.compile(r"\s*(?:(?:to|until|till|through)\s+|[–-]\s*)"),
    "between": re.compile(r"\s+and\s+"),
}
#: How far back a rule's left context may reach, in characters.
_LEFT_WINDOW = 40


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    kind: Kind
    rule: str
    fields: tuple[tuple[str, object], ...]
    order: int  # position of the rule, breaks ties deterministically


def _candidates(text: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    for order, rule in enumerate(_RULES):
        for m in rule.regex.finditer(text):
            start, end = m.span()
            left = None
            if rule.left is not None:
                left = rule.left.search(text, max(0, start - _LEFT_WINDOW), start)
                if left is not None and left.start() == start:
                    left = None
            if left is None and rule.need_left:
                continue
            fields = rule.build(m, text, left)
            if fields is None or (rule.kind == "absolute" and fields.get("year") is None):
                continue
            if left is not None and rule.extend:
                start = left.start()
            out.append(
                _Candidate(start, end, rule.kind, rule.name, tuple(sorted(fields.items())), order)
            )
    return out


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest first, then leftmost, then by rule order."""
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start, c.order)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def _forward(c: _Candidate) -> bool:
    """True for a point after the anchor: "next year", "next April", "in two years' time"."""
    f = dict(c.fields)
    offset, year_offset = f.get("offset"), f.get("year_offset")
    return (
        (isinstance(offset, int) and offset > 0)
        or (isinstance(year_offset, int) and year_offset > 0)
        or f.get("relation") == "next"
    )


def _wrap_ranges(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """Turn "since/until/from POINT", "from POINT onwards", "from POINT to POINT" and
    "between POINT and POINT" into periods that cover the range words too."""
    out: list[_Candidate] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        i += 1
        window = max(0, c.start - 20)
        before = _RANGE_BEFORE.search(text[window : c.start])
        if c.kind not in ("absolute", "relative") or before is None:
            out.append(c)
            continue
        start, end = window + before.start(), c.end
        if out and out[-1].end > start:
            out.append(c)
            continue
        word = before.group(1).lower()
        onwards = _RANGE_ONWARDS.match(text, end)
        link = _RANGE_LINK[word].match(text, end) if word in _RANGE_LINK else None
        if word == "from" and onwards:
            end = onwards.end()
        elif (
            link
            and i < len(chosen)
            and chosen[i].start == link.end()
            and chosen[i].kind in ("absolute", "relative")
        ):
            end = chosen[i].end
            i += 1
        elif link and (year := _YEAR_RE.match(text, link.end())):
            end = year.end()  # "from 2010 to 2015": a year, though "to 2015" alone may count
        elif word == "from" and not _forward(c):
            out.append(c)  # "figures from last month": where they come from, not a start
            continue
        out.append(_Candidate(start, end, "period", "range", (), c.order))
    return out


def find_time_expressions(text: str) -> list[TimeExpression]:
    """Time expressions in ``text``: non-overlapping, longest match first, sorted by start.

    Parameters
    ----------
    text : str
        A sentence or a whole article.

    Returns
    -------
    list of TimeExpression
        Each with ``text == text[start:end]``.

    Examples
    --------
    >>> [(e.text, e.kind) for e in find_time_expressions(
    ...     "Ministers blamed the 2004 GP contract yesterday.")]
    [('2004', 'event_year'), ('yesterday', 'relative')]
    """
    chosen = _wrap_ranges(text, _select(_candidates(text)))
    return [
        TimeExpression(c.start, c.end, text[c.start : c.end], c.kind, c.rule, **dict(c.fields))  # type: ignore[arg-type]
        for c in chosen
    ]


# -- resolution ----------------------------------------------------------------------------

_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}


def _as_date(p: PartialDate) -> datetime.date:
    return datetime.date(p.year, p.month or 1, p.day or 1)


def _shift_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _resolve_shift(unit: str, n: int, anchor: PartialDate) -> PartialDate | None:
    """The anchor moved by ``n`` units, at the coarser of the two precisions.

    When the anchor is coarser than the unit (a day shift on a month anchor), the answer is
    the anchor's own period: right unless the shift crosses that period's edge. That is
    accepted for shifts of up to a week on a month anchor and up to a month on a year
    anchor (e.g. "yesterday" of 2016-10 is 2016-10, wrong only for a story of 1 October);
    longer shifts, where a crossing is likely, give None.
    """
    if unit in ("year", "decade"):
        return PartialDate(anchor.year + n * (10 if unit == "decade" else 1))
    if unit == "month":
        if anchor.month is not None:
            return PartialDate(*_shift_months(anchor.year, anchor.month, n))
        return PartialDate(anchor.year) if abs(n) <= 1 else None
    days = _UNIT_DAYS[unit] * n
    if anchor.day is not None:
        d = _as_date(anchor) + datetime.timedelta(days=days)
        return (
            PartialDate(d.year, d.month, d.day) if unit == "day" else PartialDate(d.year, d.month)
        )
    if anchor.month is not None:
        return PartialDate(anchor.year, anchor.month) if abs(days) <= 7 else None
    return PartialDate(anchor.year) if abs(days) <= 31 else None


def _named_year(expr: TimeExpression, anchor: PartialDate, tense: Tense) -> int | None:
    """The year of a named month or season ("in October", "last October") at an anchor."""
    assert expr.month is not None
    if expr.year_offset is not None:
        return anchor.year + expr.year_offset
    if anchor.month is None:
        return None  # "in October" of a year-only anchor: this year's or last year's
    if expr.day is not None and anchor.day is not None:
        here, there = (anchor.month, anchor.day), (expr.month, expr.day)
    else:
        here, there = (anchor.month, 0), (expr.month, 0)
    if expr.relation == "last":
        return anchor.year if there < here else anchor.year - 1
    if expr.relation == "next":
        return anchor.year if there > here else anchor.year + 1
    if tense == "future":
        return anchor.year if there >= here else anchor.year + 1
    return anchor.year if there <= here else anchor.year - 1


def _resolve_weekday(expr: TimeExpression, anchor: PartialDate, tense: Tense) -> PartialDate | None:
    assert expr.weekday is not None
    if anchor.day is None:  # within a week of the anchor: see _resolve_shift
        return _resolve_shift("week", 0, anchor)
    d0 = _as_date(anchor)
    back = (d0.weekday() - expr.weekday) % 7
    ahead = (expr.weekday - d0.weekday()) % 7
    if expr.relation == "last":
        d = d0 - datetime.timedelta(days=back or 7)
    elif expr.relation == "next":
        d = d0 + datetime.timedelta(days=ahead or 7)
    elif tense == "future":
        d = d0 + datetime.timedelta(days=ahead)
    else:
        d = d0 - datetime.timedelta(days=back)
    return PartialDate(d.year, d.month, d.day)


def resolve(
    expr: TimeExpression, anchor: PartialDate | None, *, tense: Tense = "past"
) -> PartialDate | None:
    """The date a time expression names, placed against an anchor (the article's date).

    Parameters
    ----------
    expr : TimeExpression
        From :func:`find_time_expressions`.
    anchor : PartialDate or None
        The date the text was written; its precision (year, month or day) bounds the
        answer's. None when unknown: relative expressions then give None and the caller
        keeps the text.
    tense : {"past", "future"}
        For a month, day or weekday named without a year ("in October"): ``past`` (news
        reporting) takes the most recent one on or before the anchor, ``future`` the first
        one on or after it.

    Returns
    -------
    PartialDate or None
        Absolute dates and event years give their own date, with or without an anchor
        (an event year dates the event, not the sentence's statement). Periods give None.
        A named month without a year against a year-only anchor gives None: it may fall
        in either of two years.

    Notes
    -----
    The answer has the coarser of the anchor's precision and the expression's: "last
    month" is a month, "last week" the month holding the day a week before the anchor
    (weeks have no ISO partial form), a season a year. When the anchor is coarser than a
    shift ("yesterday" of ``2016-10``), the answer is the anchor's own period, which is
    wrong only when the shift crosses its edge (a story of 1 October); that is accepted
    for shifts of up to a week on a month anchor and a month on a year anchor, and longer
    shifts give None.

    Examples
    --------
    >>> from policygraph.model import PartialDate
    >>> [e] = find_time_expressions("announced yesterday")
    >>> resolve(e, PartialDate(2016, 3, 1)).iso(), resolve(e, PartialDate(2016, 3)).iso()
    ('2016-02-29', '2016-03')
    """
    if expr.kind == "period":
        return None
    if expr.kind in ("absolute", "event_year"):
        if expr.year is None:
            return None
        return PartialDate(expr.year, expr.month if expr.season is None else None, expr.day)
    if anchor is None:
        return None
    if expr.unit is not None:
        return None if expr.offset is None else _resolve_shift(expr.unit, expr.offset, anchor)
    if expr.weekday is not None:
        return _resolve_weekday(expr, anchor, tense)
    if expr.month is not None:
        year = _named_year(expr, anchor, tense)
        if year is None:
            return None
        if expr.season is not None:
            return PartialDate(year)
        return PartialDate(year, expr.month, expr.day)
    return None
