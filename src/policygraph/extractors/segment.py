"""A parsed piece of an article (headline, body paragraph or reader's comment).

Extractors see one :class:`Segment` at a time. It knows where its text starts in the
article file, so every span it reports becomes :class:`~policygraph.model.Evidence` with
offsets into the file itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..model import Article, Evidence, Section

__all__ = ["Segment"]


@dataclass(frozen=True)
class Segment:
    """A parsed section of an article."""

    article: Article
    section: Section
    comment: int | None
    start: int  # offset of ``doc.text`` in ``article.text``
    doc: Doc

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for the characters ``start:end`` of ``doc.text``, with its sentence."""
        sent = self.sentence_at(start)
        s_start, s_end = (sent.start_char, sent.end_char) if sent is not None else (start, end)
        a = self.start
        return Evidence(
            article=self.article.id,
            start=a + start,
            end=a + end,
            text=self.article.text[a + start : a + end],
            sentence_start=a + min(s_start, start),
            sentence_end=a + max(s_end, end),
            section=self.section,
            comment=self.comment,
        )

    def span_evidence(self, span: Span) -> Evidence:
        return self.evidence(span.start_char, span.end_char)

    def sentence_at(self, char: int) -> Span | None:
        """The sentence holding character ``char`` of ``doc.text``."""
        tok = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return tok.sent if tok is not None and len(tok) else None
