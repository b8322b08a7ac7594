"""Tests of the tutorial notebook, notebooks/explore.ipynb: it runs top to bottom.

The notebook is executed in memory (nothing is written to ``notebooks/``), with its folder
as the working directory, as a user who opens it in Jupyter would have it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
GRAPH = ROOT / "graph" / "graph.json"


def execute(path: Path) -> Any:
    """Run a notebook in memory in a ``python3`` kernel, from its own folder.

    A kernel spec whose command is ``python`` runs the interpreter running the tests
    (jupyter_client substitutes ``sys.executable``), so the notebook sees this install
    of policygraph.
    """
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        kernel_name="python3",
        timeout=600,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    return nb


def test_notebook_committed_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(c.outputs == [] and c.execution_count is None for c in code)


def test_notebook_runs_top_to_bottom() -> None:
    if not GRAPH.exists():
        pytest.skip("graph/graph.json is not built: run 'policygraph build seeds --out graph'")
    nb = execute(NOTEBOOK)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    shown = "\n".join(
        str(o.get("text", "")) + "".join(str(v) for v in o.get("data", {}).values())
        for o in outputs
    )
    # each part of the walk-through showed something: counts, tables, a trace, the viewer
    assert "nodes and" in shown
    assert "| person | roles |" in shown
    assert "| policy | stance | actor |" in shown
    assert "steps in" in shown
    assert "<iframe" in shown and "index.html" in shown
