"""Tests of policygraph.extractors.policy_links: typed links between two policies."""

from __future__ import annotations

import pytest
from spacy.language import Language

from policygraph.extractors.policy_links import LINK_KINDS, find_policy_links
from policygraph.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def links(nlp: Language, text: str, names: list[str]) -> list[tuple[str, str, str]]:
    """Links of the first sentence of ``text`` between the named policies, by name."""
    doc = nlp(text)
    mentions = []
    for i, name in enumerate(names):
        start = text.index(name)
        mentions.append((start, start + len(name), i))
    found = find_policy_links(next(doc.sents), mentions)
    return [(kind, names[a], names[b]) for kind, a, b in found]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # X via/through Y
        (
            "The council will deliver the Healthy Homes Scheme through the Warm Front Programme.",
            ["Healthy Homes Scheme", "Warm Front Programme"],
            ("delivered_via", "Healthy Homes Scheme", "Warm Front Programme"),
        ),
        (
            "Practices will become walk-in hubs via the Local Access Scheme, the minister said.",
            ["walk-in hubs", "Local Access Scheme"],
            ("delivered_via", "walk-in hubs", "Local Access Scheme"),
        ),
        # X, funded by/from Y: Y funds X
        (
            "The Care Navigator Programme, funded by the Better Care Fund, will start in May.",
            ["Care Navigator Programme", "Better Care Fund"],
            ("funds", "Better Care Fund", "Care Navigator Programme"),
        ),
        (
            "The Digital Surgery Scheme will be paid for out of the Estates Transformation Fund.",
            ["Digital Surgery Scheme", "Estates Transformation Fund"],
            ("funds", "Estates Transformation Fund", "Digital Surgery Scheme"),
        ),
        (
            "Money from the Estates Transformation Fund will pay for the Digital Surgery Scheme.",
            ["Estates Transformation Fund", "Digital Surgery Scheme"],
            ("funds", "Estates Transformation Fund", "Digital Surgery Scheme"),
        ),
        # X as part of Y, X is part of Y, under Y
        (
            "Ministers launched the Vanguard Programme as part of the Five Year Forward View.",
            ["Vanguard Programme", "Five Year Forward View"],
            ("part_of", "Vanguard Programme", "Five Year Forward View"),
        ),
        (
            "The Fit Note Scheme is part of the Work and Health Programme.",
            ["Fit Note Scheme", "Work and Health Programme"],
            ("part_of", "Fit Note Scheme", "Work and Health Programme"),
        ),
        (
            "Under the Clean Air Strategy, councils will set up the Low Emission Zone Scheme.",
            ["Clean Air Strategy", "Low Emission Zone Scheme"],
            ("part_of", "Low Emission Zone Scheme", "Clean Air Strategy"),
        ),
        (
            "Councils will pilot the Community Hubs Model set out in the Rural Health Strategy.",
            ["Community Hubs Model", "Rural Health Strategy"],
            ("part_of", "Community Hubs Model", "Rural Health Strategy"),
        ),
        # Y's X
        (
            "The Five Year Forward View's New Care Models Programme has been expanded.",
            ["Five Year Forward View", "New Care Models Programme"],
            ("part_of", "New Care Models Programme", "Five Year Forward View"),
        ),
        # otherwise related_to, first named to second
        (
            "Officials discussed the Troubled Families Programme and the Sure Start Scheme.",
            ["Troubled Families Programme", "Sure Start Scheme"],
            ("related_to", "Troubled Families Programme", "Sure Start Scheme"),
        ),
        (
            "Patients will get faster appointments through the Extended Access Scheme, while "
            "the Care Home Programme will expand.",
            ["Extended Access Scheme", "Care Home Programme"],
            ("related_to", "Extended Access Scheme", "Care Home Programme"),
        ),
    ],
)
def test_policy_links_patterns(
    nlp: Language, text: str, names: list[str], expected: tuple[str, str, str]
) -> None:
    assert links(nlp, text, names) == [expected]


def test_policy_links_relative_clause_and_third_policy(nlp: Language) -> None:
    """ "X, which runs under Y" links X to Y; a third policy is only related to both."""
    text = (
        "The Sure Start Scheme, which runs under the Early Years Strategy, was praised by "
        "the Healthy Towns Initiative."
    )
    got = links(
        nlp, text, ["Sure Start Scheme", "Early Years Strategy", "Healthy Towns Initiative"]
    )
    assert got == [
        ("part_of", "Sure Start Scheme", "Early Years Strategy"),
        ("related_to", "Sure Start Scheme", "Healthy Towns Initiative"),
        ("related_to", "Early Years Strategy", "Healthy Towns Initiative"),
    ]


def test_policy_links_same_index_is_one_policy(nlp: Language) -> None:
    """Two mentions given one index (a name and its acronym) are one policy: not linked
    to each other, and linked once to another policy."""
    text = "The Better Care Fund (BCF) will pay for the Home Care Scheme."
    doc = nlp(text)
    mentions = [
        (text.index(n), text.index(n) + len(n), i)
        for n, i in (("Better Care Fund", 0), ("BCF", 0), ("Home Care Scheme", 1))
    ]
    assert find_policy_links(next(doc.sents), mentions) == [("related_to", 0, 1)]


def test_policy_links_one_link_per_pair(nlp: Language) -> None:
    text = "The Care Navigator Programme, funded through the Better Care Fund, starts soon."
    got = links(nlp, text, ["Care Navigator Programme", "Better Care Fund"])
    assert got == [("funds", "Better Care Fund", "Care Navigator Programme")]
    assert {k for k, _, _ in got} <= set(LINK_KINDS)


@pytest.mark.parametrize(
    "names",
    [
        ["Healthy Homes Scheme"],  # one policy: nothing to link
        [],
    ],
)
def test_policy_links_needs_two_policies(nlp: Language, names: list[str]) -> None:
    text = "The council will deliver the Healthy Homes Scheme through its housing team."
    assert links(nlp, text, names) == []


def test_policy_links_ignores_mentions_outside_sentence(nlp: Language) -> None:
    text = "The Healthy Homes Scheme started. It runs through the Warm Front Programme."
    doc = nlp(text)
    first = next(doc.sents)
    mentions = [
        (text.index(n), text.index(n) + len(n), i)
        for i, n in enumerate(["Healthy Homes Scheme", "Warm Front Programme"])
    ]
    assert find_policy_links(first, mentions) == []


def test_policy_links_overlapping_mentions_not_linked(nlp: Language) -> None:
    text = "Officials praised the Warm Front Programme."
    doc = nlp(text)
    start = text.index("Warm Front Programme")
    mentions = [(start, start + 20, 0), (start, start + 10, 1)]
    assert find_policy_links(next(doc.sents), mentions) == []
