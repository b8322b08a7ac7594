"""Tests of the build (policygraph.build): its cache, parallel parsing, atomic outputs and
how it treats bad input."""

from __future__ import annotations

import os
import shutil
from importlib import resources
from pathlib import Path

import pytest
import yaml

import policygraph.build as build_module
from policygraph.build import OUTPUTS, build, write_outputs
from policygraph.errors import CorpusError, MetadataError
from policygraph.graph import graph_to_json

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

#: Short articles in ordinary news wording: headline, lead paragraph, body, comments.
ARTICLES = {
    "alpha.txt": (
        "Regional news service\n\n"
        "Minister unveils plan for new health centres\n\n"
        "The health minister Jane Porter has announced a £40m programme to build new health "
        "centres in market towns, officials said on Tuesday.\n\n"
        "Ms Porter said the centres would open their first sites in Norwich next year.\n\n"
        "Local doctors welcomed the plan but warned that staff shortages remained a serious "
        "problem.\n"
    ),
    "bravo.txt": (
        "Union criticises hospital parking charges\n\n"
        "The Royal College of Nursing has criticised new parking charges at hospitals, saying "
        "they penalise staff who work night shifts.\n\n"
        "A spokesperson for the college said the charges should be scrapped before the "
        "winter.\n\n"
        "Readers' comments (2)\n\n"
        "  • About time someone said it.\n\n"
        "  • The charges are a disgrace.\n"
    ),
    "charlie.txt": (
        "Council backs scheme to cut waiting times\n\n"
        "The county council has backed a pilot scheme to cut waiting times for physiotherapy, "
        "its leader Tom Reeve said in a statement on Monday.\n\n"
        "Mr Reeve said the Blue Light Link would let paramedics refer patients straight to "
        "physiotherapists.\n\n"
        "The scheme will run for twelve months before it is reviewed.\n"
    ),
}

METADATA = {
    "articles": [
        {"file": "alpha.txt", "source": "Regional News", "date": "2019-03-12"},
        {"file": "bravo.txt", "source": "Regional News", "date": "2019-11"},
    ]
}


def write_corpus(folder: Path, articles: dict[str, str] = ARTICLES, metadata=METADATA) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, "utf-8")
    if metadata is not None:
        (folder / "articles.yaml").write_text(yaml.safe_dump(metadata), "utf-8")
    return folder


def read_outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "corpus")


# --------------------------------------------------------------------------- the cache


def test_build_unchanged_rebuild_takes_everything_from_cache_and_writes_the_same_bytes(
    corpus, tmp_path
):
    cache = tmp_path / "cache"
    first = build(corpus, cache_dir=cache)
    write_outputs(first.graph, tmp_path / "first", list(OUTPUTS))
    second = build(corpus, cache_dir=cache)
    write_outputs(second.graph, tmp_path / "second", list(OUTPUTS))

    assert (first.extracted, first.cached) == (len(ARTICLES), 0)
    assert (second.extracted, second.cached) == (0, len(ARTICLES))
    assert read_outputs(tmp_path / "first") == read_outputs(tmp_path / "second")
    assert len(read_outputs(tmp_path / "first")) == len(OUTPUTS)


def _edit_text(folder: Path) -> None:
    path = folder / "bravo.txt"
    path.write_text(
        path.read_text("utf-8").replace(
            "Union criticises hospital parking charges", "Nurses condemn hospital parking fees"
        ),
        "utf-8",
    )


def _edit_metadata(key: str, value: str):
    def edit(folder: Path) -> None:
        meta = yaml.safe_load((folder / "articles.yaml").read_text("utf-8"))
        meta["articles"][1][key] = value
        (folder / "articles.yaml").write_text(yaml.safe_dump(meta), "utf-8")

    return edit


@pytest.mark.parametrize(
    ("edit", "attribute", "expected"),
    [
        (_edit_text, "headline", "Nurses condemn hospital parking fees"),
        (_edit_metadata("date", "2020-01-15"), "date", "2020-01-15"),
        (_edit_metadata("source", "County Gazette"), "source", "County Gazette"),
        (
            _edit_metadata("date_evidence", "Dated by the newsletter it appeared in."),
            "date_evidence",
            "Dated by the newsletter it appeared in.",
        ),
    ],
    ids=["text", "date", "source", "date_evidence"],
)
def test_build_changing_one_article_re_extracts_only_that_article(
    corpus, tmp_path, edit, attribute, expected
):
    cache = tmp_path / "cache"
    build(corpus, cache_dir=cache)
    edit(corpus)
    result = build(corpus, cache_dir=cache)

    assert (result.extracted, result.cached) == (1, len(ARTICLES) - 1)
    assert result.graph.nodes["article:bravo"][attribute] == expected


def test_build_changed_lexicon_file_invalidates_the_cache_and_is_used(corpus, tmp_path):
    shipped = resources.files("policygraph").joinpath("data/lexicon.yaml").read_text("utf-8")
    data = yaml.safe_load(shipped)
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_text(yaml.safe_dump(data), "utf-8")
    cache = tmp_path / "cache"
    before = build(corpus, lexicon_path=str(lexicon), cache_dir=cache)

    data["policies"].append({"name": "Blue Light Link", "aliases": []})
    lexicon.write_text(yaml.safe_dump(data), "utf-8")  # same path, new content
    after = build(corpus, lexicon_path=str(lexicon), cache_dir=cache)

    assert after.extracted == len(ARTICLES)
    labels = {d["label"] for _n, d in after.graph.nodes(data=True) if d["kind"] == "policy"}
    assert "Blue Light Link" in labels
    assert "policy:blue-light-link" not in before.graph


def test_build_unreadable_cache_entries_are_re_extracted(corpus, tmp_path):
    cache = tmp_path / "cache"
    first = build(corpus, cache_dir=cache)
    for entry in cache.iterdir():
        entry.write_bytes(b"not a pickle")
    second = build(corpus, cache_dir=cache)

    assert second.extracted == len(ARTICLES)
    assert graph_to_json(second.graph) == graph_to_json(first.graph)


def test_build_progress_sees_only_the_articles_it_extracts(corpus, tmp_path):
    calls: list[tuple[int, int]] = []

    def progress(items, total):
        seen = list(items)
        calls.append((total, len(seen)))
        return seen

    cache = tmp_path / "cache"
    first = build(corpus, cache_dir=cache, progress=progress)
    _edit_text(corpus)
    second = build(corpus, cache_dir=cache, progress=progress)

    assert calls == [(len(ARTICLES), len(ARTICLES)), (1, 1)]
    assert graph_to_json(first.graph) != graph_to_json(second.graph)


# --------------------------------------------------------------------------- parallel parsing


def test_build_two_jobs_give_the_same_graph_as_one(tmp_path):
    # the seeds have enough segments (comments included) to fill batches in both processes
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    one = build(corpus, jobs=1)
    two = build(corpus, jobs=2)

    assert graph_to_json(two.graph) == graph_to_json(one.graph)
    assert one.graph.graph["articles"] == len(list(SEEDS.glob("*.txt")))


# --------------------------------------------------------------------------- atomic outputs


def test_build_failed_render_leaves_previous_outputs_intact(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    write_outputs(build(corpus).graph, out, list(OUTPUTS))
    before = read_outputs(out)
    _edit_text(corpus)
    changed = build(corpus).graph
    write = build_module.write_output
    rendered: list[str] = []

    def fail_after_first(G, fmt, out):
        if rendered:
            out.write(b"half an output")  # a streamed writer fails part-way
            raise RuntimeError("renderer broke")
        rendered.append(fmt)
        write(G, fmt, out)

    monkeypatch.setattr(build_module, "write_output", fail_after_first)
    with pytest.raises(RuntimeError, match="renderer broke"):
        write_outputs(changed, out, list(OUTPUTS))

    assert rendered  # the first output did render before the failure
    assert read_outputs(out) == before  # nothing replaced, no temporary files left


# --------------------------------------------------------------------------- bad input

BAD_ARTICLES = {
    "empty": b"",
    "blank": b"  \n\n \t\n",
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20,
    "latin-1": (
        "Caf\xe9 owners back plan\n\nThe owners of the caf\xe9 on the high street have backed "
        "a plan to pedestrianise the town centre, the council said.\n"
    ).encode("latin-1"),
    "no body": b"Just a headline\n\nand a caption\n",
}


@pytest.mark.parametrize("content", BAD_ARTICLES.values(), ids=BAD_ARTICLES.keys())
def test_build_bad_article_gives_one_error_naming_it_and_builds_the_others(corpus, content):
    (corpus / "zulu.txt").write_bytes(content)
    result = build(corpus)

    assert len(result.errors) == 1
    message = str(result.errors[0])
    assert "zulu.txt" in message
    assert "\n" not in message
    articles = sorted(n for n, d in result.graph.nodes(data=True) if d["kind"] == "article")
    assert articles == ["article:alpha", "article:bravo", "article:charlie"]


def test_build_unreadable_article_gives_an_error_naming_it(corpus):
    path = corpus / "zulu.txt"
    path.write_text(ARTICLES["alpha.txt"], "utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with privileges that read any file")
        result = build(corpus)
    finally:
        path.chmod(0o644)

    assert [("zulu.txt" in str(e)) for e in result.errors] == [True]
    assert result.graph.graph["articles"] == len(ARTICLES)


def test_build_read_failure_gives_an_error_naming_the_file(corpus, monkeypatch):
    # the same failure as above, for runs whose privileges read any file
    path = corpus / "zulu.txt"
    path.write_text(ARTICLES["alpha.txt"], "utf-8")
    read_bytes = Path.read_bytes

    def refuse(self):
        if self.name == "zulu.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = build(corpus)

    assert len(result.errors) == 1
    assert "zulu.txt" in str(result.errors[0])
    assert "Permission denied" in str(result.errors[0])
    assert result.graph.graph["articles"] == len(ARTICLES)


def test_build_folder_without_articles_raises_corpus_error_naming_it(tmp_path):
    folder = tmp_path / "empty-folder"
    folder.mkdir()
    (folder / "notes.md").write_text("not an article", "utf-8")
    with pytest.raises(CorpusError, match="empty-folder"):
        build(folder)


def test_build_missing_folder_raises_corpus_error_naming_it(tmp_path):
    with pytest.raises(CorpusError, match="no-such-folder"):
        build(tmp_path / "no-such-folder")


BAD_METADATA = {
    "invalid yaml": "articles:\n  - file: alpha.txt\n    date: [2019\n",
    "a list at the top": "- file: alpha.txt\n",
    "articles not a list": "articles:\n  file: alpha.txt\n",
    "entry without file": "articles:\n  - source: Regional News\n",
    "unknown key": "articles:\n  - file: alpha.txt\n    author: Someone\n",
    "not a date": "articles:\n  - file: alpha.txt\n    date: last spring\n",
    "impossible date": "articles:\n  - file: alpha.txt\n    date: 2019-02-30\n",
    "names a missing file": "articles:\n  - file: missing.txt\n",
}


@pytest.mark.parametrize("text", BAD_METADATA.values(), ids=BAD_METADATA.keys())
def test_build_malformed_metadata_raises_one_line_naming_the_file(corpus, text):
    (corpus / "articles.yaml").write_text(text, "utf-8")
    with pytest.raises(MetadataError) as info:
        build(corpus)

    assert "articles.yaml" in str(info.value)
    assert "\n" not in str(info.value)


def test_build_metadata_not_utf8_raises_naming_the_file(corpus):
    (corpus / "articles.yaml").write_bytes("articles:\n  - file: caf\xe9.txt\n".encode("latin-1"))
    with pytest.raises(MetadataError, match="articles.yaml"):
        build(corpus)
