"""Plain data classes that flow through the pipeline.

Data flows one way::

    Article (articles.py) -> ArticleExtraction (extract.py) -> resolved graph (resolve.py,
    graph.py) -> exports (exporters/)

Every mention and relation carries an :class:`Evidence`: character offsets into the
article's *original* text, so ``article.text[ev.start:ev.end] == ev.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "NODE_KINDS",
    "EDGE_KINDS",
    "SECTIONS",
    "Evidence",
    "Section",
    "Article",
    "Mention",
    "Relation",
    "ArticleExtraction",
    "PartialDate",
]

#: Node kinds of the graph (``kind`` attribute of every node).
NODE_KINDS = ("article", "person", "body", "policy", "funding", "announcement", "place")

#: Edge kinds of the graph (``kind`` attribute of every edge).
EDGE_KINDS = (
    "announced",  # actor -> policy | funding: the actor made it public
    "proposed",  # actor -> policy: put forward, not yet decided
    "expanded",  # actor -> policy: extended or rolled out further
    "criticised",  # actor -> policy | person | body
    "supported",  # actor -> policy | person | body
    "funds",  # funding -> policy: the money pays for the policy
    "provides",  # body | person -> funding: who puts the money up
    "holds_role",  # person -> body, with ``role``
    "made",  # actor -> announcement
    "about",  # announcement -> policy | funding
    "located_in",  # announcement -> place
    "part_of",  # policy -> policy (a scheme inside a wider strategy)
    "delivered_via",  # policy -> policy (the mechanism that delivers it)
    "related_to",  # policy -> policy
    "said",  # person | body -> article: a quoted or reported statement
    "mentioned_in",  # any entity -> article
)

Section = Literal["headline", "body", "comment"]
SECTIONS: tuple[str, ...] = ("headline", "body", "comment")


@dataclass(frozen=True, order=True)
class PartialDate:
    """An ISO date that may be partial: ``2016``, ``2016-10`` or ``2016-10-12``."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise."""
        parts = str(text).strip().split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
            raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
        nums = [int(p) for p in parts]
        if len(parts[0]) != 4:
            raise ValueError(f"year must have four digits: {text!r}")
        if len(nums) > 1 and not 1 <= nums[1] <= 12:
            raise ValueError(f"month out of range: {text!r}")
        if len(nums) > 2:
            import datetime

            datetime.date(nums[0], nums[1], nums[2])  # raises ValueError if invalid
        return cls(*nums)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: an article and a character span of its text.

    ``start``/``end`` index the article's original text; ``text`` is that slice.
    ``sentence_start``/``sentence_end`` give the enclosing sentence.
    """

    article: str
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    section: Section = "body"
    comment: int | None = None  # index of the reader's comment, when section == "comment"


@dataclass
class Article:
    """One article: its raw text split into sections, plus metadata."""

    id: str  # file stem, e.g. "000_7efa0e590c4f147e"
    path: str  # file name relative to the corpus folder
    text: str  # the whole file, decoded
    headline: tuple[int, int] | None  # span of the headline in ``text``
    body: list[tuple[int, int]]  # spans of body paragraphs
    comments: list[tuple[int, int]]  # spans of readers' comments, one per comment
    source: str | None = None
    url: str | None = None
    date: PartialDate | None = None  # publication date, when known
    date_evidence: str | None = None

    @property
    def headline_text(self) -> str:
        return self.text[self.headline[0] : self.headline[1]] if self.headline else ""


@dataclass
class Mention:
    """A surface form of an entity in one article, before resolution."""

    kind: str  # one of NODE_KINDS except article/announcement
    text: str  # surface form as written, e.g. "Mr Hunt"
    evidence: Evidence
    # canonical-name hints filled by extractors:
    name: str | None = None  # e.g. "Jeremy Hunt", "Department of Health"
    title: str | None = None  # honorific, e.g. "Dr", "Mr", "Sir"
    role: str | None = None  # job title, e.g. "health secretary"
    role_body: str | None = None  # body of the role, e.g. "GPC"
    minister: bool = False
    amount_gbp: float | None = None
    period: str | None = None
    purpose: str | None = None
    attrs: dict[str, object] = field(default_factory=dict)


@dataclass
class Relation:
    """A typed relation between two mentions (by index in ``ArticleExtraction.mentions``)."""

    kind: str  # one of EDGE_KINDS
    source: int
    target: int
    evidence: Evidence
    date: PartialDate | None = None
    date_text: str | None = None  # the time expression, e.g. "last month"
    place: int | None = None  # index of a place mention, for announcements
    attrs: dict[str, object] = field(default_factory=dict)


@dataclass
class ArticleExtraction:
    """Everything extracted from one article."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
