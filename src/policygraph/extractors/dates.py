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
* **DAY MONTH** without a year — "on 12 October" (the span is "12 October").
* **cue + WEEKDAY** — "on Monday", "last Tuesday"; a weekday name alone ("Saturday
  clinics") is not a time.
* **cue + SEASON** — "in the autumn", "this summer"; a capitalised season before another
  capitalised word is a name ("the Autumn Statement") and is skipped.
* **over/in/within the next/coming/past N UNITS**, **for/over/after N UNITS** — spans.
* **a/per/each/every UNIT**, "annually", "N days a week" — rates.
* **since/until/from POINT (onwards)**, **from POINT to POINT**, **between POINT and
  POINT** — a point wrapped by a range word becomes a period.
* **YEAR/YY**, **YEAR-YY** — financial or academic years; **the 1990s** — decades.
* **for the first time** — an ordinal occasion.

Overlaps are settled longest match first, so "in October last year" wins over "last
year" and "£250m a year over the next four years" gives "a year" and "over the next four
years" as two periods.

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
_DAY = r"\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w,.]\d)"
_NUMWORD = "(?:" + "|".join(k for k in _NUMBER_WORDS if k not in ("a", "an")) + ")"
_COUNT_N = (
    r"(?i:\d+(?:\.\d+)?|" + _NUMWORD + r"(?:[-\s]" + _NUMWORD + r")?(?:\s+and\s+a\s+half)?"
    r"|a\s+few|few|several|a\s+couple\s+of|couple\s+of|a\s+number\s+of|many)"
)
_COUNT = r"(?:" + _COUNT_N + r"|(?i:an?))"
_UNIT = r"(?i:days?|weeks?|fortnights?|months?|years?|yrs?|decades?)\b"
_UNIT_SPAN = r"(?i:hours?|days?|nights?|weeks?|fortnights?|months?|years?|yrs?|decades?)\b"
_PREFIX = (
    r"(?:(?i:early|late|mid)(?:-|\s+)|(?i:(?:the\s+)?(?:end|start|beginning|middle|turn|close)"
    r"\s+of)\s+)"
)
_SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\b(?!\s+[A-Z])"


def _i(word_alternatives: str) -> str:
    """A case-insensitive group of words with word boundaries."""
    return r"\b(?i:" + word_alternatives + r")\b"


# -- field builders ------------------------------------------------------------------------

Fields = dict[str, object]
Builder = Callable[[re.Match[str], str], Fields | None]


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
    w = word.lower().rstrip("s")
    return _UNIT_NAMES[w]


def _valid_day(year: int | None, month: int, day: int) -> bool:
    try:
        datetime.date(year if year is not None else 2000, month, day)  # 2000: leap year
    except ValueError:
        return False
    return True


def _digits(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _date_fields(m: re.Match[str], text: str) -> Fields | None:
    g = m.groupdict()
    month = _month(g["month"]) if g.get("month") else None
    year = int(g["year"]) if g.get("year") else None
    day = _digits(g["day"]) if g.get("day") else None
    if month is not None and day is not None and not _valid_day(year, month, day):
        return None
    return {"year": year, "month": month, "day": day}


def _numeric_date(m: re.Match[str], text: str) -> Fields | None:
    y, mo, d = int(m["year"]), int(m["month"]), int(m["day"])
    if not 1 <= mo <= 12 or not _valid_day(y, mo, d):
        return None
    return {"year": y, "month": mo, "day": d}


_QUANTITY_BEFORE = re.compile(
    r"(?i:\b(?:the|a|an|its|their|his|her|this|that|our|your|these|those|some|over|than|"
    r"about|around|nearly|almost|of|to|and)\s+)$"
)
_YEAR_CUE_BEFORE = re.compile(
    r"(?i:\b(?:in|since|by|from|until|till|during|before|after|between|through|throughout|"
    r"circa)\s+)$"
)


def _sentence_start(text: str, pos: int) -> bool:
    """True when only opening punctuation stands between ``pos`` and a sentence break."""
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?\n\"'‘’“”([:;"


def _bare_year(m: re.Match[str], text: str) -> Fields | None:
    """A bare year, unless it is a count ("the 2000 patients", "over 2000 GPs").

    A date preposition before it ("in", "since") or a sentence start makes it a year; else
    what follows decides: punctuation, a verb or a conjunction ("2016 was", "2015 and")
    does, a noun ("2000 patients") does not; a determiner or quantity word before it ("the
    2000", "over 2000") makes it a count.
    """
    start, end = m.span("x")
    year: Fields = {"year": int(m["year"])}
    if m["pre"]:
        return year
    before = text[max(0, start - 16) : start]
    if _YEAR_CUE_BEFORE.search(before) or _sentence_start(text, start):
        return year
    after = re.match(r"[ \t]*([^\W\d_]+)?", text[end:])
    next_word = after.group(1) if after else None
    if next_word is not None and next_word.lower() not in _FUNCTION_WORDS:
        return None
    return None if _QUANTITY_BEFORE.search(before) and next_word is not None else year


def _event_year(m: re.Match[str], text: str) -> Fields | None:
    return {"year": int(m["year"])}


def _decade_or_range(m: re.Match[str], text: str) -> Fields | None:
    if m.groupdict().get("y2"):
        y1, y2 = int(m["year"]), m["y2"]
        y2n = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        if not y1 < y2n <= y1 + 20:
            return None
    return {}


def _no_fields(m: re.Match[str], text: str) -> Fields | None:
    return {}


def _deictic(m: re.Match[str], text: str) -> Fields | None:
    start = m.start("x")
    word = m["x"].split()[0]
    if word[0].isupper() and not _sentence_start(text, start):
        return None  # "the Today programme": a name, not a day
    w = word.lower()
    offset = {"yesterday": -1, "tomorrow": 1}.get(w, 0)
    if w == "last":  # "last night"
        offset = -1
    return {"unit": "day", "offset": offset}


def _shift(m: re.Match[str], text: str) -> Fields | None:
    rel = (m.groupdict().get("rel") or "this").lower()
    return {"unit": _unit(m["unit"]), "offset": {"last": -1, "this": 0, "next": 1}[rel]}


def _ago(m: re.Match[str], text: str) -> Fields | None:
    n = _count(m["n"])
    sign = -1 if m.groupdict().get("ago") else 1
    return {"unit": _unit(m["unit"]), "offset": None if n is None else sign * n}


def _named_month(m: re.Match[str], text: str) -> Fields | None:
    g = m.groupdict()
    month = _month(g["month"])
    if g["month"] == "May" and g.get("cue") and g["cue"].lower() in ("by", "on", "after", "before"):
        return None  # "criticised by May": the surname, not the month
    if g["month"] == "May" and re.match(r"['’]s\b|\s+[A-Z]", text[m.end() :]):
        return None
    fields: Fields = {"month": month}
    if g.get("day"):
        day = _digits(g["day"])
        if not _valid_day(None, month, day):
            return None
        fields["day"] = day
    fields.update(_year_relation(g))
    return fields


def _year_relation(g: dict[str, str | None]) -> Fields:
    fields: Fields = {}
    yrel = (g.get("yrel") or "").lower()
    if yrel:
        fields["year_offset"] = {"last": -1, "this": 0, "next": 1}[yrel]
    rel = (g.get("rel") or "").lower()
    if rel == "this":
        fields["year_offset"] = 0
    elif rel in ("last", "next"):
        fields["relation"] = rel
    return fields


def _weekday(m: re.Match[str], text: str) -> Fields | None:
    g = m.groupdict()
    after = re.match(r"[ \t]+([a-z]+)", text[m.end() :])
    if after and after.group(1) not in _FUNCTION_WORDS:
        return None  # "on Saturday clinics": the weekday modifies a noun
    fields: Fields = {"weekday": _WEEKDAYS.index(g["wd"])}
    rel = (g.get("rel") or "").lower()
    if rel in ("last", "next"):
        fields["relation"] = rel
    return fields


def _season(m: re.Match[str], text: str) -> Fields | None:
    g = m.groupdict()
    season = g["season"].lower()
    fields: Fields = {"season": season, "month": _SEASON_START[season]}
    if g.get("year"):
        return {"season": season, "year": int(g["year"])}
    fields.update(_year_relation(g))
    return fields


# -- the patterns --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    name: str
    kind: Kind
    regex: re.Pattern[str]
    build: Builder


def _rule(name: str, kind: Kind, pattern: str, build: Builder) -> _Rule:
    return _Rule(name, kind, re.compile(pattern), build)


_Y = r"(?P<year>" + _YEAR + r")"
_WD_PREFIX = r"(?:" + _WEEKDAY + r",?\s+)?"
_DAY_MONTH = r"(?P<day>" + _DAY + r")\s+(?i:of\s+)?(?P<month>" + _ANY_MONTH + r")"
_MONTH_DAY = r"(?P<month>" + _ANY_MONTH + r")\s+(?P<day>" + _DAY + r")\b"
_CUE_MONTH = _i(r"in|by|during|before|after|on|throughout|around")
_NEXT_LAST = r"(?i:next|coming|past|last|previous|following|first|final)"
_SPAN_PREP = r"(?i:over|in|during|within|for|throughout|across)"

_RULES: tuple[_Rule, ...] = (
    # absolute
    _rule("date", "absolute", _WD_PREFIX + _DAY_MONTH + r",?\s+" + _Y, _date_fields),
    _rule("date", "absolute", _WD_PREFIX + _MONTH_DAY + r",?\s+" + _Y, _date_fields),
    _rule(
        "month_year",
        "absolute",
        _PREFIX + r"?(?P<month>" + _ANY_MONTH + r")(?:\s+(?i:of))?,?\s+" + _Y,
        _date_fields,
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
        _PREFIX + r"?(?i:the\s+)?(?P<season>" + _SEASON + r")(?:\s+(?i:of))?\s+" + _Y,
        _season,
    ),
    # event years: "the 2004 GP contract", "its 2016 Annual General Meeting"
    _rule(
        "event_year",
        "event_year",
        r"(?:\b(?i:the|an?|its|their|his|her|this|that|our|your|whose)|\w['’]s)\s+"
        r"(?P<x>"
        + _Y
        + r")\s+(?=(?![A-Z]+s\b)[A-Z]|(?:[a-z-]+\s+){0,2}(?:"
        + "|".join(_EVENT_NOUNS)
        + r")\b)",
        _event_year,
    ),
    _rule("year", "absolute", r"(?P<x>(?P<pre>" + _PREFIX + r")?" + _Y + r")", _bare_year),
    # relative: deictic days
    _rule(
        "deictic_day",
        "relative",
        r"(?P<x>\b(?i:today|tonight|yesterday|tomorrow)(?:\s+(?i:morning|afternoon|evening|"
        r"night))?\b|\b(?i:this\s+(?:morning|afternoon|evening)|last\s+night)\b)",
        _deictic,
    ),
    # relative: this/last/next UNIT, earlier this year, the end of next month
    _rule(
        "shift",
        "relative",
        r"(?:" + _PREFIX + r"|\b(?i:earlier|later)\s+)?\b(?P<rel>(?i:this|last|next))\s+"
        r"(?P<unit>(?i:week|month|year|decade))\b",
        _shift,
    ),
    _rule(
        "shift",
        "relative",
        r"(?:" + _PREFIX + r"|\b(?i:earlier|later)\s+(?i:in\s+))(?i:the\s+)"
        r"(?P<unit>(?i:week|month|year))\b(?!['’]s)",
        _shift,
    ),
    _rule(
        "ago",
        "relative",
        r"\b(?P<n>" + _COUNT + r")\s+(?P<unit>" + _UNIT + r")\s+(?P<ago>(?i:ago))\b",
        _ago,
    ),
    _rule(
        "ago",
        "relative",
        r"\b(?i:in)\s+(?P<n>" + _COUNT + r")\s+(?P<unit>" + _UNIT + r")['’]?\s+(?i:time)\b",
        _ago,
    ),
    # relative: named months
    _rule(
        "named_month",
        "relative",
        r"(?:(?P<cue>"
        + _CUE_MONTH
        + r")\s+)?"
        + _PREFIX
        + r"?(?P<month>"
        + _FULL_MONTH
        + r")\s+(?P<yrel>(?i:last|this|next))\s+(?i:year)\b",
        _named_month,
    ),
    _rule(
        "named_month",
        "relative",
        r"(?:(?P<cue>" + _CUE_MONTH + r")\s+" + _PREFIX + r"?|" + _PREFIX + r")"
        r"(?P<month>" + _FULL_MONTH + r")",
        _named_month,
    ),
    _rule(
        "named_month",
        "relative",
        r"\b(?P<rel>(?i:last|next|this))\s+(?P<month>" + _FULL_MONTH + r")",
        _named_month,
    ),
    _rule(
        "named_month",
        "relative",
        r"\b(?i:since|until|till|from|between|to|and|through)\s+(?P<x>(?P<month>"
        + _FULL_MONTH
        + r"))",
        _named_month,
    ),
    _rule("day_month", "relative", _WD_PREFIX + _DAY_MONTH, _named_month),
    _rule("day_month", "relative", _WD_PREFIX + _MONTH_DAY, _named_month),
    # relative: weekdays and seasons
    _rule(
        "weekday",
        "relative",
        r"\b(?:(?P<rel>(?i:last|next|this))|(?i:on|by))\s+(?P<wd>" + _WEEKDAY + r")"
        r"(?:\s+(?i:morning|afternoon|evening|night))?",
        _weekday,
    ),
    _rule(
        "weekday",
        "relative",
        r"\b(?i:since|until|till|from)\s+(?P<x>(?P<wd>" + _WEEKDAY + r"))",
        _weekday,
    ),
    _rule(
        "season",
        "relative",
        r"\b(?:(?P<rel>(?i:last|next|this))\s+|(?i:in|during|by)\s+(?i:the\s+)?"
        + _PREFIX
        + r"?)(?P<season>"
        + _SEASON
        + r")",
        _season,
    ),
    # periods
    _rule(
        "span",
        "period",
        r"(?:\b"
        + _SPAN_PREP
        + r"\s+)?\b(?i:the)\s+"
        + _NEXT_LAST
        + r"\s+(?:"
        + _COUNT_N
        + r"\s+)?"
        + _UNIT_SPAN,
        _no_fields,
    ),
    _rule(
        "duration",
        "period",
        r"\b(?i:over|for|within|after|in|during|throughout|across|up\s+to)\s+(?:(?i:at\s+least|"
        r"more\s+than|less\s+than|fewer\s+than|up\s+to|almost|nearly|about|around|roughly|"
        r"some|just|only|another|a\s+further|the\s+best\s+part\s+of)\s+)?"
        + _COUNT
        + r"\s+"
        + _UNIT_SPAN
        + r"(?!\s+(?i:ago|time)\b)",
        _no_fields,
    ),
    _rule(
        "rate",
        "period",
        r"\b(?:" + _COUNT + r"\s+(?i:days|hours|nights|times|sessions)\s+)?(?i:a|an|per|each|"
        r"every)\s+(?i:year|annum|month|week|fortnight|day|quarter)\b(?!\s+(?i:ago)\b)",
        _no_fields,
    ),
    _rule("rate", "period", r"\b(?i:every)\s+" + _COUNT_N + r"\s+" + _UNIT, _no_fields),
    _rule(
        "rate",
        "period",
        r"\b(?i:annually|yearly|monthly|weekly|daily|quarterly|biannually)\b",
        _no_fields,
    ),
    _rule(
        "recent",
        "period",
        r"\b(?i:in|over|during)\s+(?i:recent)\s+(?i:days|weeks|months|years|decades)\b"
        r"|\b(?i:for)\s+(?i:days|weeks|months|years|decades)\b",
        _no_fields,
    ),
    _rule(
        "ordinal",
        "period",
        r"\b(?i:for\s+the\s+(?:first|second|third|fourth|fifth|last|final|\d+(?:st|nd|rd|th))"
        r"\s+time)\b",
        _no_fields,
    ),
    _rule(
        "decade",
        "period",
        r"(?:\b(?i:the)\s+)?(?:(?i:early|late|mid)[-\s])?(?<![\w£$€])(?:19|20)\d0['’]?s\b",
        _no_fields,
    ),
    _rule(
        "fiscal_year",
        "period",
        r"(?P<year>" + _YEAR_CORE + r")\s*[/–-]\s*(?P<y2>(?:19|20)\d{2}|\d{2})(?![\d%])",
        _decade_or_range,
    ),
)

#: Words that turn the point after them into a period ("since 2015", "from next year").
_RANGE_BEFORE = re.compile(r"\b(?i:(since|until|till|up\s+to|from|between))\s+$")
_YEAR_RE = re.compile(_YEAR)
_RANGE_ONWARDS = re.compile(r"\s+(?i:onwards?)\b")
_RANGE_LINK = {
    "from": re.compile(r"\s*(?:(?i:to|until|till|through)\s+|[–-]\s*)"),
    "between": re.compile(r"\s+(?i:and)\s+"),
}


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
            start, end = m.span("x") if "x" in rule.regex.groupindex else m.span()
            if start == end:
                continue
            fields = rule.build(m, text)
            if fields is None:
                continue
            if rule.kind == "absolute" and fields.get("year") is None:
                continue
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
        Absolute dates and event years give their own date, with or without an anchor.
        Periods give None. A named month without a year against a year-only anchor gives
        None: it may fall in either of two years.

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
