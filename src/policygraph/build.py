"""Build a graph from a folder of articles, with a per-article cache, and write outputs.

``build`` is the whole pipeline behind ``policygraph build``: read the corpus, extract
each article (or take its extraction from the cache when its text, metadata, lexicon and
pipeline are unchanged), resolve across articles and build the graph. ``write_outputs``
writes every output to a temporary file first and moves them into place only when all
are written, so a failed build leaves the previous outputs intact.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO

import networkx as nx
import spacy
from spacy.util import get_package_version

from . import __version__
from .articles import read_corpus
from .errors import ArticleError
from .extract import extract_articles
from .graph import build_graph, graph_to_json
from .lexicon import Lexicon, load_lexicon
from .model import Article, ArticleExtraction
from .nlp import DEFAULT_PIPELINE, load_nlp

__all__ = [
    "BuildResult",
    "build",
    "cache_key",
    "code_digest",
    "render_output",
    "write_output",
    "write_outputs",
    "OUTPUTS",
    "atomic_write",
    "atomic_writer",
]

#: Output files of a build, by format name.
OUTPUTS = {
    "json": "graph.json",
    "turtle": "policy-graph.ttl",
    "html": "index.html",
}

_UMASK = os.umask(0)
os.umask(_UMASK)

#: Bump when extraction changes in a way that old cache entries must not survive.
CACHE_VERSION = "1"


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    errors: list[ArticleError] = field(default_factory=list)
    extracted: int = 0  # articles extracted in this run
    cached: int = 0  # articles taken from the cache


#: Modules that run after extraction: editing them leaves cached extractions valid.
_AFTER_EXTRACTION = (
    "bench.py",
    "build.py",
    "cli.py",
    "evaluate.py",
    "graph.py",
    "query.py",
    "resolve.py",
    "trace.py",
    "exporters/",
)


@lru_cache(maxsize=4)
def code_digest(pipeline: str) -> str:
    """A hash of the code and data extraction runs on: policygraph's own extraction modules
    and ``data/*.yaml``, and the versions of spaCy, the pipeline package and vaderSentiment.

    Part of every cache key, so editing an extractor or upgrading spaCy or the pipeline
    re-extracts instead of serving extractions made by the old code.
    """
    root = Path(__file__).parent
    versions = (
        spacy.__version__,
        get_package_version(pipeline),
        get_package_version("vaderSentiment"),
    )
    h = hashlib.sha256("".join(f"{v}\0" for v in versions).encode())
    files = sorted([*root.rglob("*.py"), *root.glob("data/*.yaml")])
    for path in files:
        rel = path.relative_to(root).as_posix()
        if not rel.startswith(_AFTER_EXTRACTION):
            h.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def cache_key(article: Article, pipeline: str, lexicon_digest: str) -> str:
    """A hash of everything an article's extraction depends on: the article with all its
    metadata, the lexicon, the pipeline and the extraction code (:func:`code_digest`)."""
    h = hashlib.sha256()
    for part in (
        __version__,
        CACHE_VERSION,
        pipeline,
        code_digest(pipeline),
        lexicon_digest,
        repr(article),
    ):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def _current_lexicon(path: str | None) -> Lexicon:
    """The lexicon as its file is now.

    ``load_lexicon`` and ``load_nlp`` cache by path; when the file changed since, both
    caches are cleared so the build, its cache keys and the span ruler see the new file.
    """
    lexicon = load_lexicon(path)
    if path is not None and load_lexicon.__wrapped__(path).digest != lexicon.digest:
        load_lexicon.cache_clear()
        load_nlp.cache_clear()
        lexicon = load_lexicon(path)
    return lexicon


def _cache_get(cache_dir: Path | None, key: str) -> ArticleExtraction | None:
    if cache_dir is None:
        return None
    path = cache_dir / f"{key}.pickle"
    try:
        with path.open("rb") as f:
            value = pickle.load(f)  # noqa: S301 - our own cache, written below
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    return value if isinstance(value, ArticleExtraction) else None


def _cache_put(cache_dir: Path | None, key: str, value: ArticleExtraction) -> None:
    if cache_dir is None:
        return
    with suppress(OSError):
        cache_dir.mkdir(parents=True, exist_ok=True)
        atomic_write(cache_dir / f"{key}.pickle", pickle.dumps(value, protocol=4))


def build(
    folder: Path,
    *,
    pipeline: str = DEFAULT_PIPELINE,
    lexicon_path: str | None = None,
    jobs: int = 1,
    cache_dir: Path | None = None,
    progress: Callable[[Iterable[ArticleExtraction], int], Iterable[ArticleExtraction]]
    | None = None,
) -> BuildResult:
    """Read ``folder``, extract every article and build the graph."""
    articles, errors = read_corpus(folder)
    lexicon = _current_lexicon(lexicon_path)
    keys = [cache_key(a, pipeline, lexicon.digest) for a in articles]
    done: dict[int, ArticleExtraction] = {}
    for i, key in enumerate(keys):
        hit = _cache_get(cache_dir, key)
        if hit is not None:
            done[i] = hit
    todo = [i for i in range(len(articles)) if i not in done]
    if todo:
        nlp = load_nlp(pipeline, lexicon_path)
        stream: Iterable[ArticleExtraction] = extract_articles(
            [articles[i] for i in todo], nlp, lexicon, n_process=max(1, jobs)
        )
        if progress is not None:
            stream = progress(stream, len(todo))
        for i, x in zip(todo, stream, strict=True):
            done[i] = x
            _cache_put(cache_dir, keys[i], x)
    extractions = [done[i] for i in range(len(articles))]
    G = build_graph(extractions, lexicon, pipeline=pipeline)
    return BuildResult(G, errors, extracted=len(todo), cached=len(articles) - len(todo))


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[bytes]]:
    """A binary stream whose content replaces ``path`` only if the ``with`` block succeeds.

    It writes to a temporary file beside ``path`` and renames it into place, atomically;
    on any error the temporary file is removed and ``path`` is left as it was.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename."""
    with atomic_writer(path) as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)


def write_output(G: nx.MultiDiGraph, fmt: str, out: IO[bytes]) -> None:
    """Write one output of the build to the binary stream ``out``.

    The Turtle export is streamed (see :func:`policygraph.exporters.rdf.write_rdf`); the
    JSON and the HTML page are rendered whole, then written.
    """
    if fmt == "json":
        out.write(graph_to_json(G).encode("utf-8"))
    elif fmt == "turtle":
        from .exporters.rdf import write_rdf

        write_rdf(G, out, "turtle")
    elif fmt == "html":
        from .exporters.html import render_html

        out.write(render_html(G).encode("utf-8"))
    else:
        raise ValueError(f"unknown output format {fmt!r}")


def render_output(G: nx.MultiDiGraph, fmt: str) -> bytes:
    """One output of the build, as bytes (what :func:`write_output` writes)."""
    buffer = io.BytesIO()
    write_output(G, fmt, buffer)
    return buffer.getvalue()


def write_outputs(G: nx.MultiDiGraph, out: Path, formats: Sequence[str]) -> list[Path]:
    """Render every output, write each to a temporary file in ``out``, then rename them all.

    Nothing in ``out`` changes unless every output rendered and was written in full; the
    renames come last and each is atomic.
    """
    out.mkdir(parents=True, exist_ok=True)
    temps: list[tuple[str, Path]] = []
    try:
        for fmt in formats:
            name = OUTPUTS[fmt]
            fd, temp = tempfile.mkstemp(prefix=f".{name}.", dir=out)
            temps.append((name, Path(temp)))
            with os.fdopen(fd, "wb") as f:
                write_output(G, fmt, f)
            os.chmod(temp, 0o666 & ~_UMASK)
    except BaseException:
        for _, tmp in temps:
            with suppress(OSError):
                tmp.unlink()
        raise
    for name, tmp in temps:
        os.replace(tmp, out / name)
    return [out / name for name, _ in temps]
