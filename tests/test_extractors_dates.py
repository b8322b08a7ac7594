"""Tests of policygraph.extractors.dates: finding, classifying and dating time expressions."""

from __future__ import annotations

import pytest

from policygraph.extractors.dates import (
    TimeExpression,
    find_time_expressions,
    is_period,
    resolve,
)
from policygraph.model import PartialDate

DAY = PartialDate(2016, 10, 12)  # a Wednesday
MONTH = PartialDate(2016, 10)
YEAR = PartialDate(2016)


def only(text: str) -> TimeExpression:
    """The single time expression of ``text``; fails when there is not exactly one."""
    found = find_time_expressions(text)
    assert len(found) == 1, [e.text for e in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        # absolute
        ("The minister spoke on 3 March 2015 in Leeds.", "3 March 2015", "absolute"),
        (
            "It was published on Thursday 21st January 2016.",
            "Thursday 21st January 2016",
            "absolute",
        ),
        ("The deal was signed on June 5, 2014, in London.", "June 5, 2014", "absolute"),
        ("Waiting times for August 2015 were the worst yet.", "August 2015", "absolute"),
        ("The form is dated 05/11/2015.", "05/11/2015", "absolute"),
        ("Records from 2015-11-05 show the change.", "2015-11-05", "absolute"),
        ("Figures from last month show a fall.", "last month", "relative"),
        ("In 2013 the board changed its chair.", "2013", "absolute"),
        ("2014 was a difficult year for trusts.", "2014", "absolute"),
        ("The contract ends in mid-2018.", "mid-2018", "absolute"),
        ("Work will finish by the end of 2019.", "the end of 2019", "absolute"),
        ("A ballot was held in the spring of 2012.", "the spring of 2012", "absolute"),
        # relative
        ("The council confirmed the cuts today.", "today", "relative"),
        ("Today the regulator published its findings.", "Today", "relative"),
        ("The union voted yesterday to strike.", "yesterday", "relative"),
        ("Ministers will respond tomorrow.", "tomorrow", "relative"),
        ("The chair resigned last night.", "last night", "relative"),
        ("The plan was announced last week.", "last week", "relative"),
        ("Figures published this week show a rise.", "this week", "relative"),
        ("The inquiry is due to report next month.", "next month", "relative"),
        ("Waiting lists grew last month.", "last month", "relative"),
        ("The college raised the issue last year.", "last year", "relative"),
        ("Elections will be held next year.", "next year", "relative"),
        ("Talks began earlier this year.", "earlier this year", "relative"),
        ("A decision is expected later this month.", "later this month", "relative"),
        ("The rules change at the end of the month.", "the end of the month", "relative"),
        ("The idea was first floated two years ago.", "two years ago", "relative"),
        ("A few months ago nobody had heard of it.", "A few months ago", "relative"),
        ("It will be reviewed in three years' time.", "in three years' time", "relative"),
        ("The strategy was launched in March.", "in March", "relative"),
        ("The trust was fined in March last year.", "in March last year", "relative"),
        ("She left the post last September.", "last September", "relative"),
        ("The scheme opens in early April.", "in early April", "relative"),
        ("Applications close on 14 February.", "14 February", "relative"),
        ("The board met on Tuesday.", "on Tuesday", "relative"),
        ("The vote takes place next Thursday.", "next Thursday", "relative"),
        ("Consultation will run in the autumn.", "in the autumn", "relative"),
        ("The pilot ends this summer.", "this summer", "relative"),
        # periods
        ("The Treasury will provide £2.5bn over five years.", "over five years", "period"),
        ("Savings will come over the next three years.", "over the next three years", "period"),
        ("Details will follow in the next few weeks.", "in the next few weeks", "period"),
        ("Work continues over the coming months.", "over the coming months", "period"),
        ("Over the past fortnight the row has grown.", "Over the past fortnight", "period"),
        ("The grant is worth £40k per practice per year.", "per year", "period"),
        ("Each surgery gets £10,000 a year.", "a year", "period"),
        ("The accounts are audited annually.", "annually", "period"),
        ("Surgeries should open seven days a week.", "seven days a week", "period"),
        ("Funds will flow from 2017 onwards.", "from 2017 onwards", "period"),
        ("Levies have risen since 2010.", "since 2010", "period"),
        ("The cap applies until 2021.", "until 2021", "period"),
        ("Prices were frozen from next April.", "from next April", "period"),
        ("The levy applies from next year.", "from next year", "period"),
        ("Data were collected between 2009 and 2014.", "between 2009 and 2014", "period"),
        ("The pilot ran from May 2014 to June 2015.", "from May 2014 to June 2015", "period"),
        ("Spending on agency staff rose in 2015/16.", "2015/16", "period"),
        ("The deficit doubled in 2014-15.", "2014-15", "period"),
        ("The practice was last inspected in the 1990s.", "the 1990s", "period"),
        ("Nurses will prescribe for the first time.", "for the first time", "period"),
        ("After nine months the trial was stopped.", "After nine months", "period"),
        ("She has been a partner for at least 15 years.", "for at least 15 years", "period"),
        ("Costs have soared in recent years.", "in recent years", "period"),
        # event years
        ("Critics blame the 2004 consultant contract.", "2004", "event_year"),
        ("The 2012 Health and Social Care Act created CCGs.", "2012", "event_year"),
        ("The board presented the charity's 2016 Annual Review.", "2016", "event_year"),
        ("Turnout in the 2015 general election was low.", "2015", "event_year"),
    ],
)
def test_dates_finds_expression_of_kind(sentence: str, surface: str, kind: str) -> None:
    e = only(sentence)
    assert (e.text, e.kind) == (surface, kind)
    assert sentence[e.start : e.end] == surface


@pytest.mark.parametrize(
    "sentence",
    [
        "Theresa May said the plan would work.",  # a surname, not the month
        "The reforms were criticised by May and her cabinet.",
        "Surgeries will offer Saturday clinics.",  # a weekday modifying a noun
        "The chancellor delivered the Autumn Statement.",  # a season inside a name
        "She told the Today programme it was a mistake.",  # a deictic word inside a name
        "The 2000 patients on the list were written to.",  # a count, not a year
        "Over 2000 GPs signed the letter.",
        "A total of 1950 nurses applied.",
        "The practice has 30,000 registered patients.",
        "Each visit costs £2015.",  # money, not a year
        "",
    ],
)
def test_dates_ignores_non_times(sentence: str) -> None:
    assert find_time_expressions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "surfaces"),
    [
        (
            "GP surgeries will get £300m a year over the next five years.",
            ["a year", "over the next five years"],
        ),
        (
            "It was promised in June last year and delivered yesterday.",
            ["in June last year", "yesterday"],
        ),
        ("The 2004 contract was blamed last week.", ["2004", "last week"]),
        ("The first review, a year ago, found problems.", ["a year ago"]),
        ("Funding rose from 2010 to 2015 and fell in 2016.", ["from 2010 to 2015", "2016"]),
        ("In October and November referrals fell.", ["In October", "November"]),
    ],
)
def test_dates_longest_match_wins_and_order_is_by_start(sentence: str, surfaces: list[str]) -> None:
    found = find_time_expressions(sentence)
    assert [e.text for e in found] == surfaces
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


@pytest.mark.parametrize(
    "prefix",
    [
        "",
        "‘Quoted’ words — and a dash: ",
        "Café naïve résumé “smart quotes” … ",
        "Emoji 🙂 and 中文 before: ",
        "Line one.\r\n\r\n  Indented, ",
    ],
)
def test_dates_offsets_slice_the_input_exactly(prefix: str) -> None:
    text = prefix + "the ‘review’ reported last month, 12 October 2016, over the next two years."
    found = find_time_expressions(text)
    assert [e.text for e in found] == ["last month", "12 October 2016", "over the next two years"]
    for e in found:
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        # deictic days, all anchor precisions
        ("announced today", DAY, "2016-10-12"),
        ("announced today", MONTH, "2016-10"),
        ("announced today", YEAR, "2016"),
        ("announced today", None, None),
        ("said yesterday", DAY, "2016-10-11"),
        ("said yesterday", PartialDate(2016, 3, 1), "2016-02-29"),  # leap year
        ("said yesterday", PartialDate(2017, 1, 1), "2016-12-31"),
        ("said yesterday", MONTH, "2016-10"),  # inside the anchor month unless on the 1st
        ("said yesterday", YEAR, "2016"),
        ("said yesterday", None, None),
        ("will vote tomorrow", DAY, "2016-10-13"),
        ("resigned last night", DAY, "2016-10-11"),
        # weeks: no week precision, so the month holding the shifted day
        ("announced last week", DAY, "2016-10"),
        ("announced last week", PartialDate(2016, 10, 3), "2016-09"),
        ("announced last week", MONTH, "2016-10"),
        ("announced last week", YEAR, "2016"),
        ("announced last week", None, None),
        # months
        ("rose last month", DAY, "2016-09"),
        ("rose last month", PartialDate(2016, 1), "2015-12"),
        ("rose last month", YEAR, "2016"),
        ("rose last month", None, None),
        ("reports next month", PartialDate(2016, 12, 31), "2017-01"),
        ("started this month", YEAR, "2016"),
        ("opened three months ago", MONTH, "2016-07"),
        ("opened three months ago", YEAR, None),  # may well fall in the year before
        # years
        ("raised last year", DAY, "2015"),
        ("raised last year", MONTH, "2015"),
        ("raised last year", YEAR, "2015"),
        ("raised last year", None, None),
        ("due next year", YEAR, "2017"),
        ("began earlier this year", MONTH, "2016"),
        ("floated two years ago", DAY, "2014"),
        ("floated a few years ago", DAY, None),  # vague count
        ("cut a decade ago", YEAR, "2006"),
        # named months
        ("launched in October last year", DAY, "2015-10"),
        ("launched in October last year", YEAR, "2015-10"),
        ("launched in October last year", None, None),
        ("launched in October", MONTH, "2016-10"),
        ("launched in September", MONTH, "2016-09"),
        ("launched in November", MONTH, "2015-11"),
        ("launched in November", DAY, "2015-11"),
        ("launched in November", YEAR, None),  # this year's or last year's: unknowable
        ("launched in November", None, None),
        ("left last October", MONTH, "2015-10"),
        ("left last September", MONTH, "2016-09"),
        ("opens next October", MONTH, "2017-10"),
        ("opens next November", MONTH, "2016-11"),
        ("closes this December", YEAR, "2016-12"),
        ("closed on 14 February", DAY, "2016-02-14"),
        ("closed on 14 October", DAY, "2015-10-14"),  # after the anchor day: last year's
        ("closed on 10 October", DAY, "2016-10-10"),
        ("closed on 14 October", MONTH, "2016-10-14"),
        # weekdays (12 October 2016 is a Wednesday)
        ("met on Monday", DAY, "2016-10-10"),
        ("met on Wednesday", DAY, "2016-10-12"),
        ("met last Wednesday", DAY, "2016-10-05"),
        ("meets next Monday", DAY, "2016-10-17"),
        ("met on Monday", MONTH, "2016-10"),
        ("met on Monday", None, None),
        # seasons: year precision
        ("consulted in the autumn", MONTH, "2016"),
        ("consulted in the autumn", PartialDate(2016, 3), "2015"),
        ("consulted in the autumn", YEAR, None),
        ("ends this summer", YEAR, "2016"),
        # absolute and event years need no anchor
        ("signed on 3 March 2015", None, "2015-03-03"),
        ("signed on 3 March 2015", DAY, "2015-03-03"),
        ("figures for August 2015", None, "2015-08"),
        ("in 2013 the board", None, "2013"),
        ("finished in mid-2018", None, "2018"),
        ("the summer of 2012", None, "2012"),
        ("the 2004 consultant contract", None, "2004"),
    ],
)
def test_dates_resolve_against_anchor(
    sentence: str, anchor: PartialDate | None, expected: str | None
) -> None:
    got = resolve(only(sentence), anchor)
    assert (got.iso() if got is not None else None) == expected


@pytest.mark.parametrize(
    ("sentence", "tense", "expected"),
    [
        ("will open in November", "future", "2016-11"),
        ("will open in September", "future", "2017-09"),
        ("will open in October", "future", "2016-10"),
        ("opened in November", "past", "2015-11"),
        ("will meet on Monday", "future", "2016-10-17"),
        ("will close on 10 October", "future", "2017-10-10"),
    ],
)
def test_dates_resolve_follows_tense_hint(sentence: str, tense: str, expected: str) -> None:
    got = resolve(only(sentence), DAY, tense=tense)  # type: ignore[arg-type]
    assert got is not None and got.iso() == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "over the next four years",
        "a year",
        "from 2015 onwards",
        "for the first time",
        "in the next few months",
        "since 2010",
        "2015/16",
    ],
)
@pytest.mark.parametrize("anchor", [DAY, MONTH, YEAR, None])
def test_dates_periods_resolve_to_none(sentence: str, anchor: PartialDate | None) -> None:
    e = only(sentence)
    assert is_period(e)
    assert resolve(e, anchor) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("signed on 30 February 2016", "2016-02"),  # no such day: the month stands
        ("dated 31/04/2016 in the file", None),  # no such day, and no month name to keep
    ],
)
def test_dates_impossible_days_are_not_dates(sentence: str, expected: str | None) -> None:
    dated = [resolve(e, None) for e in find_time_expressions(sentence)]
    assert [d.iso() for d in dated if d is not None] == ([expected] if expected else [])


def test_dates_is_period_only_for_periods() -> None:
    kinds = {
        e.kind: is_period(e)
        for e in find_time_expressions(
            "The 2004 deal, signed in 2003, was reviewed last year over six months."
        )
    }
    assert kinds == {"event_year": False, "absolute": False, "relative": False, "period": True}
