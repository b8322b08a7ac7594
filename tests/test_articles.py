"""Reading articles: sections, furniture, metadata and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from policygraph.articles import load_metadata, read_article, read_corpus, split_sections
from policygraph.errors import ArticleError, CorpusError, MetadataError
from policygraph.model import PartialDate

PAGE = """This site is intended for health professionals only

Read the latest issue online

Winter woes

Minister unveils plan to cut waiting lists

Health minister Jane Doe has unveiled a new plan to cut hospital waiting lists, officials confirmed on Tuesday evening.

  • Related story caption

Readers' comments (2)

  • A reader thinks this is a gimmick.

    Unsuitable or offensive? Report this comment

  • This comment has been moderated.

  • Another reader
    writes on two lines.

    Unsuitable or offensive? Report this comment

View results 10 results per page20 results per page
"""


def _text(page: str, span: tuple[int, int] | None) -> str:
    assert span is not None
    return page[span[0] : span[1]]


def test_articles_headline_is_the_line_before_the_lead_paragraph() -> None:
    s = split_sections(PAGE)
    assert _text(PAGE, s.headline) == "Minister unveils plan to cut waiting lists"


def test_articles_body_excludes_teasers_captions_and_furniture() -> None:
    s = split_sections(PAGE)
    body = [_text(PAGE, b) for b in s.body]
    assert body == [
        "Health minister Jane Doe has unveiled a new plan to cut hospital waiting lists, "
        "officials confirmed on Tuesday evening."
    ]


def test_articles_comments_are_split_and_cleaned() -> None:
    s = split_sections(PAGE)
    comments = [_text(PAGE, c) for c in s.comments]
    assert comments == [
        "A reader thinks this is a gimmick.",
        "Another reader\n    writes on two lines.",
    ]


LEAD = (
    "Health minister Jane Doe has unveiled a new plan to cut hospital waiting lists, "
    "officials confirmed on Tuesday evening."
)
SECOND = "The plan will be paid for from existing budgets, the Department of Health said today."


def _page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def test_articles_headline_ending_on_a_quote_is_not_the_lead() -> None:
    # sixteen words ending on a quoted phrase: a headline, not a sentence
    headline = (
        "Ministers fund 750 more training places as BMA warns that new doctors 'cannot find jobs'"
    )
    page = _page("Mind the gap", headline, LEAD, SECOND)
    s = split_sections(page)
    assert _text(page, s.headline) == headline
    assert _text(page, s.body[0]) == LEAD


def test_articles_standfirst_under_the_headline_opens_the_body() -> None:
    headline = "Minister unveils plan to cut waiting lists"
    standfirst = (
        "Hospitals will get extra theatre time and weekend clinics, but surgeons say the "
        "plan does nothing about the shortage of anaesthetists"
    )
    page = _page("Also in this issue: care home fees", headline, standfirst, LEAD, SECOND)
    s = split_sections(page)
    assert _text(page, s.headline) == headline
    assert [_text(page, b) for b in s.body] == [standfirst, LEAD, SECOND]


def test_articles_long_headline_under_a_teaser_stays_the_headline() -> None:
    # a teaser above a headline is not a headline above a standfirst
    headline = "Spending Review: £1.5bn for social care 'kicks the can down the road', say councils"
    page = _page("Also in this issue: Care home fees tribunal ruling", headline, LEAD, SECOND)
    assert _text(page, split_sections(page).headline) == headline


@pytest.mark.parametrize(
    "line",
    [
        "15 September 2026",
        "Posted 8 July 2026",
        "By our public health correspondent",
        "By staff reporter | 22 October 2026",
        "20 May 2026 | 5 min read",
        "Share: X | LinkedIn | Facebook | Email",
        "Share on Facebook",
        "News > Public health > Sexual health",
    ],
)
def test_articles_datelines_bylines_and_share_buttons_are_furniture(line: str) -> None:
    page = _page("Minister unveils plan to cut waiting lists", line, LEAD, SECOND)
    s = split_sections(page)
    assert _text(page, s.headline) == "Minister unveils plan to cut waiting lists"
    assert line not in "".join(_text(page, b) for b in s.body)


def test_articles_a_site_notice_in_a_sentence_is_not_the_lead() -> None:
    # one lead-like paragraph standing alone among mastheads is a notice
    notice = "You are viewing this page as a guest. Sign in for full access to our archive of training modules."
    page = _page(
        notice, "THE DENTAL REPORT", "Minister unveils plan to cut waiting lists", LEAD, SECOND
    )
    s = split_sections(page)
    assert _text(page, s.headline) == "Minister unveils plan to cut waiting lists"
    assert _text(page, s.body[0]) == LEAD


def test_articles_lead_tag_is_removed() -> None:
    page = (
        "Council backs scheme\n\nExclusive Council leader John Smith has backed the "
        "new parking scheme, saying it will raise money for local roads.\n"
    )
    s = split_sections(page)
    assert _text(page, s.body[0]).startswith("Council leader John Smith")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        (b"   \n\n ", "is empty"),
        (b"\x00\x01binary\x00", "binary"),
        (b"caf\xe9 au lait " * 10, "not UTF-8"),
        (b"Just a headline\n", "no article body"),
    ],
)
def test_articles_bad_file_names_the_file_and_problem(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as exc:
        read_article(path)
    message = str(exc.value)
    assert "bad.txt" in message and problem in message and "\n" not in message


def test_articles_corpus_keeps_good_articles_when_one_is_bad(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    articles, errors = read_corpus(tmp_path)
    assert [a.id for a in articles] == ["a"]
    assert len(errors) == 1 and "b.txt" in str(errors[0])


def test_articles_corpus_without_articles_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="holds no articles"):
        read_corpus(tmp_path)
    with pytest.raises(CorpusError, match="is not a folder"):
        read_corpus(tmp_path / "missing")


def test_articles_metadata_dates_are_partial(tmp_path: Path) -> None:
    meta = tmp_path / "articles.yaml"
    meta.write_text(
        "articles:\n  - {file: a.txt, date: '2016-10', source: X}\n  - {file: b.txt, date: 2015}\n",
        encoding="utf-8",
    )
    data = load_metadata(meta)
    assert data["a.txt"]["date"] == PartialDate(2016, 10)
    assert data["b.txt"]["date"] == PartialDate(2015)


@pytest.mark.parametrize(
    ("yaml_text", "problem"),
    [
        ("articles: [\n", "not valid YAML"),
        ("- just a list\n", "must hold a mapping"),
        ("articles:\n  - {source: X}\n", "no 'file'"),
        ("articles:\n  - {file: a.txt, date: 'October'}\n", "not an ISO date"),
        ("articles:\n  - {file: a.txt, date: '2016-13'}\n", "month out of range"),
        ("articles:\n  - {file: a.txt, colour: red}\n", "unknown keys colour"),
    ],
)
def test_articles_malformed_metadata_is_one_clear_line(
    tmp_path: Path, yaml_text: str, problem: str
) -> None:
    meta = tmp_path / "articles.yaml"
    meta.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(MetadataError) as exc:
        load_metadata(meta)
    assert "articles.yaml" in str(exc.value) and problem in str(exc.value)
    assert "\n" not in str(exc.value)


def test_articles_metadata_naming_a_missing_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "articles.yaml").write_text("articles:\n  - {file: z.txt}\n", encoding="utf-8")
    with pytest.raises(MetadataError, match="z.txt"):
        read_corpus(tmp_path)


@pytest.mark.parametrize("text", ["2016", "2016-10", "2016-10-12"])
def test_articles_partial_date_round_trips(text: str) -> None:
    assert PartialDate.parse(text).iso() == text
