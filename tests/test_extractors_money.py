"""Tests of policygraph.extractors.money: amounts, currencies, ranges and periods."""

from __future__ import annotations

import pytest

from policygraph.extractors.money import MoneyAmount, find_money


def only(text: str) -> MoneyAmount:
    """The single amount of ``text``; fails when there is not exactly one."""
    found = find_money(text)
    assert len(found) == 1, [a.text for a in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "surface", "amount", "currency"),
    [
        ("The Treasury will provide £2.5bn for new wards.", "£2.5bn", 2_500_000_000, "GBP"),
        ("Ministers set up a £300 million fund.", "£300 million", 300_000_000, "GBP"),
        ("Each practice will get £40k to spend.", "£40k", 40_000, "GBP"),
        ("A deficit of £1.1 billion was reported.", "£1.1 billion", 1_100_000_000, "GBP"),
        ("The trust owes £810m.", "£810m", 810_000_000, "GBP"),
        ("Salaries start at £30,000.", "£30,000", 30_000, "GBP"),
        ("The pot is £1,250,000.50 in all.", "£1,250,000.50", 1_250_000.5, "GBP"),
        ("A £1.5-million upgrade is planned.", "£1.5-million", 1_500_000, "GBP"),
        ("Bonuses of £5K were paid.", "£5K", 5_000, "GBP"),
        ("The council saved £3mn last year.", "£3mn", 3_000_000, "GBP"),
        ("Partners earn £120 thousand each.", "£120 thousand", 120_000, "GBP"),
        ("The economy lost £1tn.", "£1tn", 1_000_000_000_000, "GBP"),
        ("Locums can earn £250k+ a head.", "£250k+", 250_000, "GBP"),
        ("The insurer paid $3.5 million in damages.", "$3.5 million", 3_500_000, "USD"),
        ("The firm raised US$2bn from investors.", "US$2bn", 2_000_000_000, "USD"),
        ("Brussels pledged €40m for research.", "€40m", 40_000_000, "EUR"),
        ("The bond raised EUR 3bn in a day.", "EUR 3bn", 3_000_000_000, "EUR"),
        (
            "The charity received 5 million pounds from donors.",
            "5 million pounds",
            5_000_000,
            "GBP",
        ),
        ("It was a 10 million-pound deal.", "10 million-pound", 10_000_000, "GBP"),
        ("The agency spent 3bn euros on it.", "3bn euros", 3_000_000_000, "EUR"),
        ("Prescriptions rose by 20p.", "20p", 0.2, "GBP"),
    ],
)
def test_money_reads_amount_and_currency(
    sentence: str, surface: str, amount: float, currency: str
) -> None:
    a = only(sentence)
    assert (a.text, a.amount, a.currency) == (surface, amount, currency)
    assert sentence[a.start : a.end] == surface


@pytest.mark.parametrize(
    ("sentence", "amount_gbp"),
    [
        ("a £2bn boost", 2_000_000_000),
        ("a $2bn boost", None),
        ("a €2bn boost", None),
    ],
)
def test_money_amount_gbp_only_for_pounds(sentence: str, amount_gbp: float | None) -> None:
    assert only(sentence).amount_gbp == amount_gbp


def test_money_amounts_are_exact_decimals() -> None:
    # 1.1 * 1e9 in binary floating point is 1100000000.0000002
    assert only("a £1.1bn gap").amount == 1_100_000_000
    assert only("a £0.3m grant").amount == 300_000


@pytest.mark.parametrize(
    "sentence",
    [
        "The practice has 30,000 registered patients.",
        "Over 2,000 GPs signed the letter in 2016.",
        "A multi-million pound contract was signed.",
        "Turnout fell by 5m voters.",
        "The meeting starts at 5pm.",
        "Turnout rose by 20pc.",
        "",
    ],
)
def test_money_ignores_numbers_without_currency(sentence: str) -> None:
    assert find_money(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high"),
    [
        ("The upgrade will cost £2-3bn.", "£2-3bn", 2_000_000_000, 3_000_000_000),
        ("Bills of £20m-£30m are expected.", "£20m-£30m", 20_000_000, 30_000_000),
        ("A fee of £15,000 to £20,000 applies.", "£15,000 to £20,000", 15_000, 20_000),
        ("Pay of between £5m and £7m was agreed.", "£5m and £7m", 5_000_000, 7_000_000),
    ],
)
def test_money_ranges_are_one_amount(sentence: str, surface: str, low: float, high: float) -> None:
    a = only(sentence)
    assert (a.text, a.amount, a.amount_max) == (surface, low, high)


def test_money_change_from_one_amount_to_another_is_two_amounts() -> None:
    found = find_money("The budget rose from £1bn to £2bn.")
    assert [(a.text, a.amount, a.amount_max) for a in found] == [
        ("£1bn", 1_000_000_000, None),
        ("£2bn", 2_000_000_000, None),
    ]


@pytest.mark.parametrize(
    ("sentence", "surface", "period"),
    [
        ("The Treasury will provide £2.5bn over five years.", "£2.5bn", "over five years"),
        ("Each practice gets £40k per practice per year.", "£40k", "per year"),
        (
            "Councils will receive £400m a year over the next three years.",
            "£400m",
            "a year over the next three years",
        ),
        ("Salaries of £90,000 a year are on offer.", "£90,000", "a year"),
        ("The scheme costs £5m annually.", "£5m", "annually"),
        ("A £5m annual budget was agreed.", "£5m", "annual"),
        ("They backed an annual £3m grant.", "£3m", "annual"),
        ("Partners earn £100k/year on average.", "£100k", "/year"),
        ("Locums on £80k per annum are common.", "£80k", "per annum"),
        ("Nurses on £25,000 pa were balloted.", "£25,000", "pa"),
        ("A £2bn-a-year shortfall looms.", "£2bn", "a-year"),
        ("£100m from next year will go to hospices.", "£100m", "from next year"),
        ("The board will spend £6m in 2017/18.", "£6m", "2017/18"),
        (
            "It unveiled a £700m building programme for community hospitals over the next "
            "five years.",
            "£700m",
            "over the next five years",
        ),
        (
            "Over the next five years, £2bn will be spent on estates.",
            "£2bn",
            "Over the next five years",
        ),
        (
            "The fund, worth £60m in the   next two years, opens soon.",
            "£60m",
            "in the next two years",
        ),
    ],
)
def test_money_attaches_period_in_same_clause(sentence: str, surface: str, period: str) -> None:
    a = only(sentence)
    assert (a.text, a.period) == (surface, period)
    assert a.period_start is not None and a.period_end is not None
    assert " ".join(sentence[a.period_start : a.period_end].split()) == period


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause break between amount and period
        "The trust lost £100m, but over five years costs fell.",
        "It pledged £50m; over the next decade it will need more.",
        "The charity raised £3m while over two years demand doubled.",
        # too many words between
        "Some £1bn was earmarked to be spent on new surgeries and pharmacies in rural and "
        "coastal areas over the next four years.",
        # not a period of spending
        "Nurses were paid £30,000 for the first time.",
        # a unit word without "a"/"per" is not a rate
        "The trust reported a £5m year-end surplus.",
        # the period belongs to the amount nearer to it
        "A £2bn fund and £400m over five years were announced.",
    ],
)
def test_money_does_not_attach_distant_or_foreign_period(sentence: str) -> None:
    assert find_money(sentence)[0].period is None


def test_money_period_goes_to_nearest_amount_only() -> None:
    found = find_money("A £2bn fund and £400m over five years were announced.")
    assert [(a.text, a.period) for a in found] == [("£2bn", None), ("£400m", "over five years")]


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
def test_money_offsets_slice_the_input_exactly(prefix: str) -> None:
    text = prefix + "the ‘fund’ of £1.2bn a year and €50m were announced."
    found = find_money(text)
    assert [a.text for a in found] == ["£1.2bn", "€50m"]
    for a in found:
        assert text[a.start : a.end] == a.text
    first = found[0]
    assert first.period_start is not None and first.period_end is not None
    assert text[first.period_start : first.period_end] == "a year"


def test_money_results_are_sorted_and_disjoint() -> None:
    found = find_money("£1m, $2m and €3m; then 4 million pounds and £5-6bn.")
    assert [a.text for a in found] == ["£1m", "$2m", "€3m", "4 million pounds", "£5-6bn"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
