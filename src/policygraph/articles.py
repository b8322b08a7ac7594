"""Read a folder of articles and split each into headline, body and readers' comments.

A web page saved as text holds more than the article: page furniture (audience notices,
mastheads, image alt text, comment moderation links), the headline, the body and, at the
end, readers' comments. :func:`split_sections` finds them by general layout rules:

* furniture lines match the patterns of ``data/furniture.yaml``;
* the body starts at the first *lead paragraph*: a paragraph of at least
  ``LEAD_MIN_WORDS`` words that ends like a sentence (a full stop, a question or an
  exclamation mark, perhaps inside a closing quote: a headline that ends on a quoted
  phrase, "... BMA warns GPs 'cannot find jobs'", does not), followed by a sentence
  when there is one (a site notice in a sentence, "You are viewing this page as a
  guest.", stands alone between mastheads);
* the headline is the last one-line paragraph before it that does not end with a full
  stop (headlines have none); above a *standfirst*, the longer summary that some sites
  print between the headline and the lead, it is the line before that, and the
  standfirst opens the body, as does a sentence between the headline and the lead that
  is too short for a lead. Datelines, bylines and share buttons between the headline
  and the lead are furniture (teasers above it are too);
* readers' comments start at a "Readers' comments" heading; each comment is a bulleted
  item.

All spans index the file's own text, so evidence offsets point into the file a user has.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import ArticleError, CorpusError, MetadataError
from .model import Article, PartialDate

__all__ = [
    "METADATA_FILE",
    "LEAD_MIN_WORDS",
    "Sections",
    "split_sections",
    "read_article",
    "load_metadata",
    "read_corpus",
    "article_files",
]

METADATA_FILE = "articles.yaml"
LEAD_MIN_WORDS = 15
ARTICLE_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class Furniture:
    """Compiled furniture rules (see ``data/furniture.yaml``)."""

    lines: re.Pattern[str]
    comments_heading: re.Pattern[str]
    bullets: str
    lead_tags: tuple[str, ...]


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    """Load and compile the shipped furniture rules once."""
    data = yaml.safe_load(
        resources.files("policygraph").joinpath("data/furniture.yaml").read_text("utf-8")
    )
    return Furniture(
        lines=re.compile("|".join(f"(?:{p})" for p in data["lines"]), re.IGNORECASE),
        comments_heading=re.compile(data["comments_heading"], re.IGNORECASE),
        bullets=data["bullets"],
        lead_tags=tuple(data["lead_tags"]),
    )


@dataclass(frozen=True)
class Sections:
    """Spans of an article's parts in its text."""

    headline: tuple[int, int] | None
    body: list[tuple[int, int]]
    comments: list[tuple[int, int]]


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each line, without its newline."""
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        yield pos, pos + len(stripped)
        pos += len(line)


def _trim(text: str, start: int, end: int, strip: str = "") -> tuple[int, int]:
    """Shrink a span past white space (and ``strip`` characters) at both ends."""
    while start < end and (text[start].isspace() or text[start] in strip):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into blank-line separated paragraphs (trimmed spans)."""
    paras: list[tuple[int, int]] = []
    para_start: int | None = None
    last_end = start
    for ls, le in _lines(text[start:end]):
        ls, le = ls + start, le + start
        if text[ls:le].strip():
            if para_start is None:
                para_start = ls
            last_end = le
        elif para_start is not None:
            paras.append(_trim(text, para_start, last_end))
            para_start = None
    if para_start is not None:
        paras.append(_trim(text, para_start, last_end))
    return paras


def _is_furniture(line: str, rules: Furniture) -> bool:
    return bool(rules.lines.fullmatch(line.strip().strip(rules.bullets).strip()))


_SENTENCE_END = re.compile(r"[.!?][)'’”\"]*$")
#: Fewest words of a headline above a standfirst: shorter lines above a headline are a
#: site's kickers and section labels ("Mind the gap", "Justice and health").
HEADLINE_MIN_WORDS = 6
#: Fewest words of a standfirst; it is also half as long again as the headline above it
#: (a teaser above a long headline is shorter than that).
STANDFIRST_MIN_WORDS = 18


def is_lead(paragraph: str) -> bool:
    """Could ``paragraph`` be an article's lead: long enough, and ending like a sentence
    (a standfirst above the lead often has no full stop)?"""
    words = paragraph.split()
    return len(words) >= LEAD_MIN_WORDS and bool(_SENTENCE_END.search(paragraph.rstrip()))


def _could_be_headline(paragraph: str) -> bool:
    """One line, not ending with a full stop."""
    text = paragraph.strip()
    return "\n" not in text and not text.rstrip(")'’”\"").endswith(".")


def _words(paragraph: str) -> int:
    return sum(1 for w in paragraph.split() if any(c.isalnum() for c in w))


def _find_lead(texts: list[str]) -> int | None:
    """Index of the lead paragraph: the first lead-like one followed by a sentence (or by
    nothing), else the first lead-like one."""
    leads = [i for i, t in enumerate(texts) if is_lead(t)]
    for i in leads:
        if i + 1 == len(texts) or _SENTENCE_END.search(texts[i + 1].rstrip()):
            return i
    return leads[0] if leads else None


def _find_headline(texts: list[str], lead: int) -> tuple[int | None, int]:
    """Index of the headline among the paragraphs before the lead, and the index where the
    body starts (the lead, or a standfirst right before it)."""
    last = next((i for i in range(lead - 1, -1, -1) if _could_be_headline(texts[i])), None)
    if last is None:
        return None, lead
    prev = last - 1
    if (
        last == lead - 1
        and prev >= 0
        and _could_be_headline(texts[prev])
        and _words(texts[prev]) >= HEADLINE_MIN_WORDS
        and _words(texts[last]) >= max(STANDFIRST_MIN_WORDS, 1.5 * _words(texts[prev]))
    ):
        return prev, last  # a standfirst under the headline
    return last, lead


def split_sections(text: str) -> Sections:
    """Find the headline, body paragraphs and readers' comments of a page's text.

    Examples
    --------
    >>> page = ("Site notice\\n\\nMinister backs plan\\n\\n"
    ...         "The health minister has backed a new plan for clinics in every town, "
    ...         "officials said on Monday.\\n\\nReaders' comments (1)\\n\\n"
    ...         "  • Good idea.\\n")
    >>> s = split_sections(page)
    >>> page[s.headline[0]:s.headline[1]]
    'Minister backs plan'
    >>> [page[a:b] for a, b in s.comments]
    ['Good idea.']
    """
    rules = furniture()
    comments_at = len(text)
    for ls, le in _lines(text):
        if rules.comments_heading.fullmatch(text[ls:le].strip()):
            comments_at = ls
            break
    paras = [
        p
        for p in _paragraphs(text, 0, comments_at)
        if not all(_is_furniture(text[a:b], rules) for a, b in _lines_in(text, p))
    ]
    texts = [text[a:b] for a, b in paras]
    lead = _find_lead(texts)
    headline: tuple[int, int] | None = None
    body: list[tuple[int, int]] = []
    if lead is not None:
        at, start = _find_headline(texts, lead)
        if at is not None:
            headline = paras[at]
        # a sentence between the headline and the lead, too short to be a lead, is the
        # first paragraph of the body
        first = lead if at is None else at + 1
        short = [
            p
            for p, t in zip(paras[first:start], texts[first:start], strict=True)
            if _SENTENCE_END.search(t.rstrip())
        ]
        for a, b in short + paras[start:]:
            if text[a] in rules.bullets:  # captions of related images and the like
                continue
            body.append((a, b))
        body[0] = _strip_lead_tag(text, body[0], rules)
    return Sections(headline, body, _comments(text, comments_at, rules))


def _lines_in(text: str, span: tuple[int, int]) -> Iterator[tuple[int, int]]:
    for ls, le in _lines(text[span[0] : span[1]]):
        if text[span[0] + ls : span[0] + le].strip():
            yield span[0] + ls, span[0] + le


def _strip_lead_tag(text: str, span: tuple[int, int], rules: Furniture) -> tuple[int, int]:
    """Drop a tag such as "Exclusive" glued to the front of the lead paragraph."""
    a, b = span
    for tag in rules.lead_tags:
        if text.startswith(tag + " ", a) and text[a + len(tag) + 1 : a + len(tag) + 2].isupper():
            return _trim(text, a + len(tag), b)
    return span


def _comments(text: str, start: int, rules: Furniture) -> list[tuple[int, int]]:
    """Split the comments part of a page into one span per comment, furniture removed."""
    comments: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None

    def close() -> None:
        if current is not None:
            comments.append(current)

    first = True
    for ls, le in _lines(text[start:]):
        ls, le = ls + start, le + start
        line = text[ls:le]
        if first:  # the heading itself
            first = False
            continue
        if not line.strip() or _is_furniture(line, rules):
            continue
        if line.strip()[0] in rules.bullets:
            close()
            current = _trim(text, ls, le, rules.bullets)
        elif current is not None:
            current = (current[0], _trim(text, ls, le)[1])
    close()
    return [c for c in comments if c[1] > c[0]]


def read_article(path: Path, meta: dict[str, Any] | None = None) -> Article:
    """Read one article file; raise :class:`ArticleError` if it cannot be used."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(str(path), f"cannot be read ({exc.strerror})", "check the file") from exc
    if not raw.strip():
        raise ArticleError(str(path), "is empty", "remove it or add the article's text")
    if b"\x00" in raw:
        raise ArticleError(str(path), "is a binary file, not text", "save the article as text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            str(path),
            f"is not UTF-8 (bad byte at offset {exc.start})",
            "re-save it as UTF-8",
        ) from exc
    sections = split_sections(text)
    if not sections.body:
        raise ArticleError(
            str(path),
            "has no article body (no paragraph of running text found)",
            "check that the file holds a news article",
        )
    meta = meta or {}
    return Article(
        id=path.stem,
        path=path.name,
        text=text,
        headline=sections.headline,
        body=sections.body,
        comments=sections.comments,
        source=meta.get("source"),
        url=meta.get("url"),
        date=meta.get("date"),
        date_evidence=meta.get("date_evidence"),
    )


_META_KEYS = {"file", "source", "url", "date", "date_evidence", "headline", "notes"}


def load_metadata(path: Path) -> dict[str, dict[str, Any]]:
    """Read ``articles.yaml``: a list of entries keyed by their ``file``.

    Dates are parsed into :class:`PartialDate`; anything malformed raises
    :class:`MetadataError` naming the file and the entry.
    """
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise MetadataError(str(path), f"cannot be read ({exc})", "check the file") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise MetadataError(
            str(path), f"is not valid YAML{where}", "fix the syntax (see the README)"
        ) from exc
    except ValueError as exc:  # YAML reads 2016-02-30 as a date, and fails
        raise MetadataError(str(path), f"has an impossible date ({exc})", "fix the date") from exc
    if data is None:
        return {}
    entries = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise MetadataError(
            str(path), "must hold a mapping with a list under 'articles'", "see the README"
        )
    out: dict[str, dict[str, Any]] = {}
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise MetadataError(str(path), f"entry {i} has no 'file' name", "add file: NAME.txt")
        unknown = sorted(set(entry) - _META_KEYS)
        if unknown:
            raise MetadataError(
                str(path),
                f"entry {i} ({entry['file']}) has unknown keys {', '.join(unknown)}",
                f"use only {', '.join(sorted(_META_KEYS))}",
            )
        meta = dict(entry)
        if meta.get("date") is not None:
            try:
                meta["date"] = PartialDate.parse(str(meta["date"]))
            except ValueError as exc:
                raise MetadataError(
                    str(path), f"entry {i} ({entry['file']}): {exc}", "write YYYY[-MM[-DD]]"
                ) from exc
        out[entry["file"]] = meta
    return out


def article_files(folder: Path) -> list[Path]:
    """The article files of a folder, sorted by name (so builds are deterministic)."""
    return sorted(
        p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
    )


def read_corpus(folder: Path) -> tuple[list[Article], list[ArticleError]]:
    """Read every article of a folder; return the good ones and one error per bad one.

    A bad article never costs the others. A missing folder, a folder with no articles or
    a malformed ``articles.yaml`` raise, since nothing sensible can be built then.
    """
    if not folder.is_dir():
        raise CorpusError(str(folder), "is not a folder", "give the folder that holds the articles")
    meta_path = folder / METADATA_FILE
    metadata = load_metadata(meta_path) if meta_path.exists() else {}
    files = article_files(folder)
    if not files:
        raise CorpusError(
            str(folder), "holds no articles (*.txt)", "put one article per .txt file there"
        )
    known = {p.name for p in files}
    for name in sorted(set(metadata) - known):
        raise MetadataError(
            str(meta_path), f"names {name}, which is not in the folder", "fix the file name"
        )
    articles: list[Article] = []
    errors: list[ArticleError] = []
    for path in files:
        try:
            articles.append(read_article(path, metadata.get(path.name)))
        except ArticleError as exc:
            errors.append(exc)
    return articles, errors
