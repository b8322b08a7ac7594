"""Tests of policygraph.resolve on plain extractions, without the NLP pipeline."""

from __future__ import annotations

from policygraph.lexicon import load_lexicon
from policygraph.model import Article, ArticleExtraction, Evidence, Mention, PartialDate
from policygraph.resolve import resolve_mentions


def _person(
    article: str, text: str, *, name: str | None = None, role: str | None = None
) -> Mention:
    ev = Evidence(article, 0, len(text), text, 0, len(text))
    return Mention("person", text, ev, name=name, role=role)


def _extraction(
    article_id: str, mentions: list[Mention], date: PartialDate | None = None
) -> ArticleExtraction:
    """An article whose text is its mentions' words, with those mentions."""
    text = " ".join(m.text for m in mentions)
    article = Article(article_id, f"{article_id}.txt", text, None, [(0, len(text))], [], date=date)
    return ArticleExtraction(article, mentions)


def _article(
    article_id: str, date: PartialDate | None, *mentions: tuple[str, str | None, str | None]
) -> ArticleExtraction:
    found = [_person(article_id, t, name=n, role=r) for t, n, r in mentions]
    return _extraction(article_id, found, date)


def _resolve(*extractions: ArticleExtraction) -> list[list[str | None]]:
    return resolve_mentions(list(extractions), load_lexicon(None)).ids


def test_resolve_role_alone_is_the_holder_closest_in_time() -> None:
    """ "The health secretary" in an article that names no holder is the one named in the
    corpus closest to its date: a later holder for a later article."""
    ids = _resolve(
        _article("a", PartialDate(2015, 3), ("Jane Ash", "Jane Ash", "health secretary")),
        _article("b", PartialDate(2019, 6), ("Tom Birch", "Tom Birch", "health secretary")),
        _article("c", PartialDate(2015, 5), ("the health secretary", None, "health secretary")),
        _article("d", PartialDate(2019, 1), ("the health secretary", None, "health secretary")),
    )
    assert ids[2] == ["person:jane-ash"]
    assert ids[3] == ["person:tom-birch"]


def test_resolve_role_matches_a_longer_title_that_ends_with_it() -> None:
    """ "The secretary" can be the corpus's "health secretary", but "the chair" is not a
    "chair of governors" (the role must end the title)."""
    ids = _resolve(
        _article("a", PartialDate(2020, 1), ("Jane Ash", "Jane Ash", "health secretary")),
        _article("b", PartialDate(2020, 2), ("Ann Oak", "Ann Oak", "chair of governors")),
        _article("c", PartialDate(2020, 3), ("the secretary", None, "secretary")),
        _article("d", PartialDate(2020, 3), ("the chair", None, "chair")),
    )
    assert ids[2] == ["person:jane-ash"]
    assert ids[3] == [None]


def test_resolve_role_in_an_undated_article_needs_one_holder() -> None:
    """Without a date there is no closest holder: two holders leave the mention unresolved,
    one holder resolves it."""
    two = _resolve(
        _article("a", PartialDate(2015, 3), ("Jane Ash", "Jane Ash", "health secretary")),
        _article("b", PartialDate(2019, 6), ("Tom Birch", "Tom Birch", "health secretary")),
        _article("c", None, ("the health secretary", None, "health secretary")),
    )
    one = _resolve(
        _article("a", PartialDate(2015, 3), ("Jane Ash", "Jane Ash", "health secretary")),
        _article("c", None, ("the health secretary", None, "health secretary")),
    )
    assert two[2] == [None]
    assert one[1] == ["person:jane-ash"]


def test_resolve_role_ties_in_time_go_to_the_first_id() -> None:
    """Two holders equally far in time: the choice is stable (the first node id), so
    builds are deterministic."""
    ids = _resolve(
        _article("a", PartialDate(2020, 1), ("Tom Birch", "Tom Birch", "health secretary")),
        _article("b", PartialDate(2020, 5), ("Jane Ash", "Jane Ash", "health secretary")),
        _article("c", PartialDate(2020, 3), ("the health secretary", None, "health secretary")),
    )
    assert ids[2] == ["person:jane-ash"]


def _body(article: str, text: str, name: str, kind_of: str | None = None) -> Mention:
    ev = Evidence(article, 0, len(text), text, 0, len(text))
    attrs: dict[str, object] = {"kind_of": kind_of, "prefix": name.split()[0]} if kind_of else {}
    return Mention("body", text, ev, name=name, attrs=attrs)


def _bodies(article_id: str, *mentions: Mention) -> ArticleExtraction:
    return _extraction(article_id, list(mentions))


def test_resolve_the_kind_in_the_singular_is_the_one_body_of_that_kind_named() -> None:
    """ "The ICB" is the one integrated care board the article names; "ICBs" is the kind,
    and so is "the ICB" when the article names two."""
    kind = "integrated care boards"
    one = _bodies(
        "a",
        _body("a", "Northmoor Integrated Care Board", "Northmoor Integrated Care Board", kind),
        _body("a", "ICB", kind),
        _body("a", "ICBs", kind),
    )
    two = _bodies(
        "b",
        _body("b", "Northmoor ICB", "Northmoor ICB", kind),
        _body("b", "Southdale ICB", "Southdale ICB", kind),
        _body("b", "ICB", kind),
    )
    ids = _resolve(one, two)
    assert ids[0][1] == ids[0][0] == "body:northmoor-integrated-care-board"
    assert ids[0][2] == "body:integrated-care-boards"
    assert ids[1][2] == "body:integrated-care-boards"


def test_resolve_a_description_is_the_policy_named_right_after_it() -> None:
    """ "a £20m plan to move nurses into 'village care hubs'": the description is the hubs,
    not the one plan the article names later in passing."""
    text = "a £20m plan to move nurses into ‘village care hubs’. The hubs are part of the Rural Health Plan."

    def policy(words: str, **attrs: object) -> Mention:
        start = text.index(words)
        ev = Evidence("a", start, start + len(words), words, 0, len(text))
        return Mention("policy", words, ev, name=words, attrs=dict(attrs))

    found = [
        policy("plan to move nurses", fund_of=2),
        policy("village care hubs"),
        policy("Rural Health Plan"),
    ]
    article = Article("a", "a.txt", text, None, [(0, len(text))], [])
    ids = _resolve(ArticleExtraction(article, found))[0]
    assert ids[0] == ids[1] != ids[2]


def test_resolve_a_headline_description_is_the_name_sharing_its_words() -> None:
    """A headline's "Dementia diagnosis drive" is the body's "Diagnose in Place model"
    (with a different head noun), not the "Carer Support Fund" it shares nothing with."""
    headline = "Dementia diagnosis drive 'will fail', charities warn"
    body = "The Diagnose in Place model starts in May. The Carer Support Fund is unchanged."
    text = f"{headline}\n\n{body}"

    def policy(words: str, section: str) -> Mention:
        start = text.index(words)
        ev = Evidence("a", start, start + len(words), words, 0, len(text), section=section)  # type: ignore[arg-type]
        return Mention("policy", words, ev, name=words)

    found = [
        policy("Dementia diagnosis drive", "headline"),
        policy("Diagnose in Place model", "body"),
        policy("Carer Support Fund", "body"),
    ]
    article = Article("a", "a.txt", text, (0, len(headline)), [(len(headline) + 2, len(text))], [])
    ids = _resolve(ArticleExtraction(article, found))[0]
    assert ids[0] == ids[1] != ids[2]


def test_resolve_titles_of_one_office_find_each_other() -> None:
    """ "The health secretary" is the person the article called "health and social care
    secretary" (the lexicon's `office`)."""
    ids = _resolve(
        _article(
            "a",
            PartialDate(2025, 7),
            ("Helen Marsh", "Helen Marsh", "health and social care secretary"),
            ("the health secretary", None, "health secretary"),
        )
    )
    assert ids[0] == ["person:helen-marsh", "person:helen-marsh"]


def test_resolve_a_ministers_title_is_never_the_shadow_ministers() -> None:
    ids = _resolve(
        _article("a", PartialDate(2025, 1), ("Tom Birch", "Tom Birch", "health secretary")),
        _article(
            "b",
            PartialDate(2025, 2),
            ("Victoria Lamb", "Victoria Lamb", "shadow health secretary"),
            ("the health secretary", None, "health secretary"),
        ),
    )
    assert ids[1] == ["person:victoria-lamb", "person:tom-birch"]
