"""Tests of the ``policygraph`` command line (policygraph.cli)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from test_build import ARTICLES, write_corpus

from policygraph.build import OUTPUTS
from policygraph.cli import COMMANDS, main

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "corpus")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_cli_every_command_has_help_with_an_example(name, capsys):
    with pytest.raises(SystemExit) as info:
        main([name, "--help"])
    out = capsys.readouterr().out

    assert info.value.code == 0
    assert f"usage: policygraph {name}" in out
    assert "Example: policygraph " in out


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_cli_every_command_is_documented_in_the_readme(name):
    assert f"policygraph {name}" in README.read_text("utf-8"), f"document '{name}' in README.md"


def _missing_folder(tmp_path: Path) -> tuple[Path, str]:
    return tmp_path / "no-such-folder", "no-such-folder"


def _folder_without_articles(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "notes-only"
    folder.mkdir()
    (folder / "notes.md").write_text("not an article\n", "utf-8")
    return folder, "notes-only"


def _malformed_metadata(tmp_path: Path) -> tuple[Path, str]:
    folder = write_corpus(tmp_path / "corpus", metadata=None)
    (folder / "articles.yaml").write_text("articles:\n  - file: [alpha.txt\n", "utf-8")
    return folder, "articles.yaml"


def _impossible_date(tmp_path: Path) -> tuple[Path, str]:
    folder = write_corpus(tmp_path / "corpus", metadata=None)
    (folder / "articles.yaml").write_text(
        "articles:\n  - file: alpha.txt\n    date: 2019-02-30\n", "utf-8"
    )
    return folder, "articles.yaml"


BAD_FOLDERS = {
    "missing folder": _missing_folder,
    "no articles": _folder_without_articles,
    "malformed articles.yaml": _malformed_metadata,
    "impossible date in articles.yaml": _impossible_date,
}


@pytest.mark.parametrize("make", BAD_FOLDERS.values(), ids=BAD_FOLDERS.keys())
def test_cli_build_bad_folder_prints_one_line_naming_it(make, tmp_path, capsys):
    folder, named = make(tmp_path)
    status = main(["build", str(folder), "--out", str(tmp_path / "out")])
    captured = capsys.readouterr()
    lines = captured.err.splitlines()

    assert status != 0
    assert len(lines) == 1, captured.err
    assert named in lines[0]
    assert lines[0].startswith("policygraph: ")
    assert not (tmp_path / "out" / OUTPUTS["json"]).exists()


def test_cli_build_bad_folder_as_a_program_prints_one_line_and_no_traceback(tmp_path):
    folder, named = _folder_without_articles(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "policygraph", "build", str(folder), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.splitlines()) == 1
    assert named in proc.stderr
    assert proc.stdout == ""


def test_cli_build_bad_article_is_named_and_the_others_are_built(corpus, tmp_path, capsys):
    (corpus / "zulu.txt").write_bytes(b"\x00\x01binary\x00")
    status = main(["build", str(corpus), "--out", str(tmp_path / "out"), "--quiet"])
    err = capsys.readouterr().err
    graph = json.loads((tmp_path / "out" / OUTPUTS["json"]).read_text("utf-8"))

    assert status == 1
    assert [line for line in err.splitlines() if "zulu.txt" in line] == err.splitlines()
    assert len(err.splitlines()) == 1
    assert graph["graph"]["articles"] == len(ARTICLES)


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["build", "corpus", "--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["evaluate", "gold.yaml", "--format", "xml"], "invalid choice: 'xml'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
    ids=["unknown option", "bad choice", "unknown command"],
)
def test_cli_wrong_argument_exits_2_with_the_usage_line(argv, problem, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    err = capsys.readouterr().err

    assert info.value.code == 2
    assert err.startswith("usage: policygraph")
    assert problem in err
    assert "Traceback" not in err


def test_cli_build_then_evaluate_a_tiny_corpus(corpus, tmp_path, capsys):
    gold = {
        "articles": {
            "alpha": {
                "entities": [
                    {"kind": "person", "name": "Jane Porter", "aliases": ["Ms Porter"]},
                    {"kind": "funding", "name": "£40m", "amount_gbp": 40000000},
                    {"kind": "place", "name": "Norwich"},
                ],
                "relations": [{"kind": "announced", "source": "Jane Porter", "target": "£40m"}],
            }
        }
    }
    gold_path = tmp_path / "gold.yaml"
    gold_path.write_text(yaml.safe_dump(gold, allow_unicode=True), "utf-8")
    out = tmp_path / "out"

    assert main(["build", str(corpus), "--out", str(out), "--quiet"]) == 0
    capsys.readouterr()
    status = main(
        ["evaluate", str(gold_path), "--graph", str(out / "graph.json"), "--format", "json"]
    )
    scores = json.loads(capsys.readouterr().out)

    assert status == 0
    assert scores["articles"] == ["alpha"]
    nodes, edges = scores["nodes"]["micro"], scores["edges"]["micro"]
    assert nodes["tp"] + nodes["fn"] == 3  # every gold entity is either found or missed
    assert edges["tp"] + edges["fn"] == 1


def test_cli_build_quiet_prints_nothing_on_success(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    status = main(["build", str(corpus), "--out", str(out), "--quiet", "--no-cache"])
    captured = capsys.readouterr()

    assert status == 0
    assert (captured.out, captured.err) == ("", "")
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS.values())


def test_cli_build_reports_what_it_built_and_uses_its_cache(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    main(["build", str(corpus), "--out", str(out)])
    first = capsys.readouterr().err
    main(["build", str(corpus), "--out", str(out)])
    second = capsys.readouterr().err

    assert f"from {len(ARTICLES)} articles (0 from cache)" in first
    assert f"from {len(ARTICLES)} articles ({len(ARTICLES)} from cache)" in second


def test_cli_output_closed_early_stops_quietly(tmp_path):
    """``policygraph export ... | head -1``: the reader leaves, no traceback follows."""
    graph = Path(__file__).resolve().parents[1] / "graph" / "graph.json"
    with subprocess.Popen(
        [sys.executable, "-m", "policygraph", "export", "--graph", str(graph), "--format", "nt"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # like head: read one line, then go away
        stderr = proc.stderr.read().decode("utf-8")
        proc.wait(timeout=300)
    assert first.endswith(b" .\n")
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr
