"""Money amounts in news text, with the period they are spread over.

:func:`find_money` returns character spans into the string it is given, so
``text[a.start:a.end] == a.text`` always holds, and likewise for the period's span.

Each rule names a general pattern of English news writing:

* **SYMBOL NUMBER MULTIPLIER** — "£1bn", "£1.1 billion", "£250m", "$3.5 million", "€40k",
  "£30,000", "£1.5-million", "£250k+"; a currency code works as a symbol ("GBP 5m").
* **NUMBER MULTIPLIER CURRENCY-WORD** — "5 million pounds", "10 million-pound", "3bn euros".
* **ranges** — "£2-3bn", "£15,000 to £20,000", "between £5m and £7m" are one amount whose
  ``amount`` is the lower bound and ``amount_max`` the upper; a bare lower bound borrows
  the upper's multiplier ("£2-3bn" is 2bn to 3bn). "from £1bn to £2bn" is a change, not a
  range: two amounts.
* **a rate right after the amount** — "£250m a year", "£1m/year", "£5bn-a-year",
  "£40,000 per annum", "£20,000 pa", "a £5m annual budget".
* **a period in the same clause** — the periods of :mod:`.dates` ("over the next four
  years", "from next year", "in 2016/17") attach to the nearest amount before them when
  what lies between is short and holds no clause break (see :func:`find_money`).
* **a period just before the amount** — "Over five years, £2bn will be spent".

Numbers without a currency ("30,000 patients") are not money. "N pounds" is read as money
even though it can be a weight; the trade press this is written for rarely weighs things.

Examples
--------
>>> [(a.text, a.amount_gbp, a.period) for a in find_money("The Treasury will provide £2.5bn "
...     "over five years and £40k per practice per year.")]
[('£2.5bn', 2500000000.0, 'over five years'), ('£40k', 40000.0, 'per year')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .dates import TimeExpression, find_time_expressions

__all__ = ["MoneyAmount", "find_money", "MAX_GAP_WORDS", "MAX_RATE_GAP_WORDS"]

#: At most this many words may stand between an amount and a period spread over time
#: ("a £700m building programme for community hospitals over the next five years"
#: attaches, five words apart).
MAX_GAP_WORDS = 8
#: At most this many words may stand between an amount and a rate ("£40k per practice
#: per year", "£5m of funding a year").
MAX_RATE_GAP_WORDS = 3


@dataclass(frozen=True)
class MoneyAmount:
    """An amount of money found in a text.

    Attributes
    ----------
    start, end : int
        Character offsets into the searched text; ``text == searched[start:end]``.
    text : str
        The amount as written, e.g. ``"£1bn"``, ``"£1.1 billion"``, ``"£2-3bn"``.
    amount : float
        The amount in its own currency (the lower bound of a range): 1e9 for "£1bn".
    currency : str
        ISO 4217 code: ``GBP``, ``USD``, ``EUR``, ...
    amount_gbp : float or None
        ``amount`` when the currency is GBP, else None (no exchange rates are applied).
    period : str or None
        The period the amount is spread over, as written with white space normalised:
        ``"a year"``, ``"over the next four years"``, ``"a year over the next four
        years"``, ``"/annum"``; None if absent.
    period_start, period_end : int or None
        The span of the period in the searched text.
    amount_max : float or None
        The upper bound of a range, else None.
    """

    start: int
    end: int
    text: str
    amount: float
    currency: str
    amount_gbp: float | None
    period: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    amount_max: float | None = None


_SYMBOLS = {
    "£": "GBP",
    "$": "USD",
    "us$": "USD",
    "a$": "AUD",
    "c$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "€": "EUR",
    "gbp": "GBP",
    "usd": "USD",
    "eur": "EUR",
}
_WORDS = {
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "pence": "GBP",
    "p": "GBP",
}
_MULTIPLIERS = {
    "k": Decimal(10) ** 3,
    "thousand": Decimal(10) ** 3,
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "million": Decimal(10) ** 6,
    "bn": Decimal(10) ** 9,
    "billion": Decimal(10) ** 9,
    "tn": Decimal(10) ** 12,
    "trillion": Decimal(10) ** 12,
}

_SYMBOL = r"(?P<sym>£|€|(?:US|A|C|NZ|HK)?\$|\b(?:GBP|USD|EUR)\s?)"
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]\d)"
_MULTIPLIER = r"(?P<mult>(?i:bn|billion|mn|mln|million|m|k|thousand|tn|trillion))\b"

_SYMBOL_AMOUNT = re.compile(
    r"(?<![\w$£€])" + _SYMBOL + _NUMBER + r"(?:(?:\s|-)?" + _MULTIPLIER + r")?(?P<plus>\+)?"
)
_WORD_AMOUNT = re.compile(
    r"(?<![\w$£€.,])" + _NUMBER + r"(?:(?:\s|-)?" + _MULTIPLIER + r")?(?:\s|-)?"
    r"(?P<word>(?i:pounds?(?:\s+sterling)?|sterling|euros?|(?:US\s+)?dollars?|pence)\b)"
    r"|(?<![\w$£€.,])(?P<pnum>\d+(?:\.\d+)?)(?P<pword>p)\b(?![.'’]\w)"
)
#: "£2-3bn", "£2bn-3bn": a bare upper bound right after an amount.
_RANGE_TAIL = re.compile(r"\s*[–-]\s*" + _NUMBER + r"(?:(?:\s|-)?" + _MULTIPLIER + r")?")
_RANGE_LINK = re.compile(r"\s*[–-]\s*|\s+(?i:to)\s+|\s+(?i:and)\s+")
_FROM_BEFORE = re.compile(r"\b(?i:from)\s+$")
_BETWEEN_BEFORE = re.compile(r"\b(?i:between)\s+$")

_RATE_UNIT = r"(?i:year|yr|annum|month|week|fortnight|day|quarter)\b"
#: "/year", " a year", "-a-year", " per annum", " pa", " annually", " annual".
_RATE_AFTER = re.compile(
    r"\s*(?P<slash>/)\s*(?P<unit>" + _RATE_UNIT + r")"
    r"|(?:\s*-\s*|\s+)(?P<rate>(?i:a|an|per|each|every)(?:\s+|-)"
    + _RATE_UNIT
    + r"|(?i:pa|p\.a\.)(?!\w)|(?i:annually|yearly|monthly|weekly|annual)\b)"
)
_RATE_BEFORE = re.compile(r"\b(?P<rate>(?i:annual|yearly|monthly|weekly))\s+$")
_CLAUSE_BREAK = re.compile(r"[.;:!?,()\[\]\n]|\s[–—-]\s")
_CLAUSE_WORDS = frozenset(
    ["but", "while", "whilst", "whereas", "although", "though", "because", "unless", "if"]
)
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
#: Period rules of :mod:`.dates` that say how money is spread over time (not "for the
#: first time").
_MONEY_PERIOD_RULES = frozenset(
    ["span", "duration", "rate", "recent", "range", "fiscal_year", "decade"]
)


def _value(num: str, mult: str | None) -> Decimal:
    value = Decimal(num.replace(",", ""))
    return value * _MULTIPLIERS[mult.lower()] if mult else value


@dataclass
class _Found:
    start: int
    end: int
    amount: Decimal
    currency: str
    has_mult: bool
    amount_max: Decimal | None = None


def _singles(text: str) -> list[_Found]:
    """Every single amount, symbol forms first; word forms that overlap them are dropped."""
    out: list[_Found] = []
    for m in _SYMBOL_AMOUNT.finditer(text):
        currency = _SYMBOLS[m["sym"].strip().lower()]
        out.append(
            _Found(m.start(), m.end(), _value(m["num"], m["mult"]), currency, m["mult"] is not None)
        )
    for m in _WORD_AMOUNT.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in out):
            continue
        if m["pword"] or (m["word"] and m["word"].lower() == "pence"):
            pence = _value(m["pnum"], None) if m["pword"] else _value(m["num"], m["mult"])
            out.append(_Found(m.start(), m.end(), pence / 100, "GBP", False))
            continue
        currency = _WORDS[m["word"].split()[-1].lower()]
        out.append(
            _Found(m.start(), m.end(), _value(m["num"], m["mult"]), currency, m["mult"] is not None)
        )
    return sorted(out, key=lambda f: f.start)


def _ranges(text: str, singles: list[_Found]) -> list[_Found]:
    """Merge "£2-3bn", "£2bn-£3bn", "£15,000 to £20,000" and "between £5m and £7m" into
    ranges; "from £1bn to £2bn" is a change and stays two amounts."""
    out: list[_Found] = []
    i = 0
    while i < len(singles):
        f = singles[i]
        i += 1
        tail = _RANGE_TAIL.match(text, f.end)
        if tail and not any(g.start < tail.end() for g in singles[i : i + 1]):
            high = _value(tail["num"], tail["mult"])
            low = f.amount if f.has_mult else _value(str(f.amount), tail["mult"])
            if high > low:
                out.append(_Found(f.start, tail.end(), low, f.currency, True, high))
                continue
        link = _RANGE_LINK.match(text, f.end)
        if link and i < len(singles) and singles[i].start == link.end():
            g = singles[i]
            word = link.group().strip().lower()
            before = text[max(0, f.start - 12) : f.start]
            is_range = (
                g.currency == f.currency
                and g.amount > f.amount
                and (word != "to" or not _FROM_BEFORE.search(before))
                and (word != "and" or _BETWEEN_BEFORE.search(before))
            )
            if is_range:
                out.append(_Found(f.start, g.end, f.amount, f.currency, True, g.amount))
                i += 1
                continue
        out.append(f)
    return out


def _gap_ok(gap: str, max_words: int) -> bool:
    """True when ``gap`` (between an amount and a period) stays inside one clause."""
    if _CLAUSE_BREAK.search(gap):
        return False
    words = _WORD.findall(gap)
    return len(words) <= max_words and not any(w.lower() in _CLAUSE_WORDS for w in words)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding white space and hyphens."""
    while start < end and (text[start].isspace() or text[start] == "-"):
        start += 1
    return start, end


def _period_after(
    text: str, end: int, limit: int, periods: list[TimeExpression]
) -> tuple[int, int] | None:
    """The span of the period that follows an amount ending at ``end``, or None.

    A rate right after the amount ("a year", "/annum", "-a-year") attaches; else the first
    period of :mod:`.dates` before ``limit`` (the next amount) attaches if the words between
    are few and hold no clause break: at most :data:`MAX_RATE_GAP_WORDS` for a rate, at most
    :data:`MAX_GAP_WORDS` for a span such as "over the next four years". Periods that follow
    with only white space between are chained on ("a year over the next four years").
    """
    rate = _RATE_AFTER.match(text, end)
    span: tuple[int, int] | None = None
    if rate is not None and rate.end() <= limit:
        span = (rate.start("slash") if rate["slash"] else rate.start("rate"), rate.end())
        # "/year" keeps its slash: "year" alone would not say "per"
    else:
        for p in periods:
            if p.start < end:
                continue
            if p.end > limit:
                break
            cap = MAX_RATE_GAP_WORDS if p.rule == "rate" else MAX_GAP_WORDS
            if _gap_ok(text[end : p.start], cap):
                span = (p.start, p.end)
            break
    if span is None:
        return None
    for p in periods:  # chain adjacent periods
        if p.start >= span[1] and p.end <= limit and not text[span[1] : p.start].strip():
            span = (span[0], p.end)
    return span


def _period_before(
    text: str, start: int, floor: int, periods: list[TimeExpression]
) -> tuple[int, int] | None:
    """The span of a period just before an amount ("Over five years, £2bn", "annual £5m")."""
    rate = _RATE_BEFORE.search(text, floor, start)
    if rate is not None:
        return rate.span("rate")
    for p in reversed(periods):
        if p.end <= start and p.start >= floor:
            return (p.start, p.end) if re.fullmatch(r"[\s,]*", text[p.end : start]) else None
    return None


def find_money(text: str) -> list[MoneyAmount]:
    """Money amounts in ``text`` with the period each is spread over, sorted by start.

    Parameters
    ----------
    text : str
        A sentence or a whole article.

    Returns
    -------
    list of MoneyAmount
        Each with ``text == text[start:end]`` and, when a period is attached,
        ``period == " ".join(text[period_start:period_end].split())``.

    Notes
    -----
    A period attaches to the nearest amount before it, when the words between are at most
    :data:`MAX_GAP_WORDS` (:data:`MAX_RATE_GAP_WORDS` for a rate such as "a year") and
    hold no punctuation that ends a clause, no dash between spaces and no conjunction that
    starts another clause ("but", "while", "because"). So "a £700m building programme for
    community hospitals over the next five years" attaches, while in "£1bn was earmarked
    to be spent on new surgeries and pharmacies in rural and coastal areas over the next
    four years" the period is fifteen words away and does not: a clause that long may
    well be about something else, and relation extraction, which sees the parse, can
    still link it. A period used after one amount is not also used before the next.

    Examples
    --------
    >>> [(a.text, a.period) for a in find_money("Councils will receive £400m a year "
    ...     "over the next three years.")]
    [('£400m', 'a year over the next three years')]
    >>> [(a.text, a.amount, a.currency, a.amount_gbp) for a in find_money("$3.5 million")]
    [('$3.5 million', 3500000.0, 'USD', None)]
    """
    found = _ranges(text, _singles(text))
    periods = [
        p
        for p in find_time_expressions(text)
        if p.kind == "period" and p.rule in _MONEY_PERIOD_RULES
    ]
    out: list[MoneyAmount] = []
    used_until = 0
    for n, f in enumerate(found):
        limit = found[n + 1].start if n + 1 < len(found) else len(text)
        span = _period_after(text, f.end, limit, periods)
        if span is None:
            span = _period_before(text, f.start, used_until, periods)
        period = None
        if span is not None:
            span = _trim(text, *span)
            period = " ".join(text[span[0] : span[1]].split())
            used_until = max(used_until, span[1])
        used_until = max(used_until, f.end)
        amount = float(f.amount)
        out.append(
            MoneyAmount(
                start=f.start,
                end=f.end,
                text=text[f.start : f.end],
                amount=amount,
                currency=f.currency,
                amount_gbp=amount if f.currency == "GBP" else None,
                period=period,
                period_start=span[0] if span else None,
                period_end=span[1] if span else None,
                amount_max=float(f.amount_max) if f.amount_max is not None else None,
            )
        )
    return out
