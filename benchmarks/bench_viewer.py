"""Benchmark the HTML viewer on a large graph: page size, rendering, and opening in Chromium.

Takes a ``graph.json`` (for instance the one ``python -m policygraph.bench --workdir DIR``
leaves in ``DIR/out-500``) and joins ``--copies`` copies of it, every node id of copy *k*
suffixed ``~k`` so that the copies' entities stay apart: 20 copies of a 500-article graph
stand for 10,000 articles. It prints the graph's size, the time to render the page and
the page's size, then opens the page from disk in headless Chromium (Debian's
``/usr/bin/chromium``, through Playwright) and prints the time until the layout settled,
the JavaScript heap, how many nodes were drawn, and how long selecting a node that was not
drawn at first takes.

Run::

    python benchmarks/bench_viewer.py graph/graph.json --copies 400
    python benchmarks/bench_viewer.py /tmp/pg/out-500/graph.json --copies 20

Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx

from policygraph.exporters.html import render_html, viewer_data
from policygraph.graph import read_graph

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: A node id in node-link JSON: ``"kind:rest"``.
_ID = re.compile(r'"((?:person|body|policy|funding|place|announcement|article):[^"\\]*)"')


def replicate(path: Path, copies: int) -> nx.MultiDiGraph:
    """``copies`` copies of the graph in ``path``, each copy's node ids suffixed ``~k``."""
    text = path.read_text("utf-8")
    merged: dict[str, Any] | None = None
    for k in range(copies):
        suffix = f"~{k}"
        data = json.loads(_ID.sub(lambda m, s=suffix: f'"{m.group(1)}{s}"', text))
        if merged is None:
            merged = data
        else:
            merged["nodes"].extend(data["nodes"])
            merged["edges"].extend(data["edges"])
    assert merged is not None
    return nx.node_link_graph(merged, edges="edges", directed=True, multigraph=True)


def open_in_chromium(page_path: Path) -> dict[str, Any]:
    """Open the page and measure it; an empty dict when Chromium or Playwright is missing."""
    if not Path(CHROMIUM).exists():
        return {}
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.set_default_timeout(600_000)
        page.goto(page_path.resolve().as_uri(), timeout=600_000)
        ready = page.evaluate("window.policygraphViewer.whenReady")
        drawn = page.evaluate("window.policygraphViewer.nodes.get({filter: n => !n.hidden}).length")
        minor = page.evaluate(
            "(window.policygraphViewer.data.nodes.find(n => n.minor) || {}).id || null"
        )
        select_ms = None
        if minor is not None:
            select_ms = page.evaluate(
                """id => { const t = performance.now();
                           window.policygraphViewer.selectNode(id);
                           return performance.now() - t; }""",
                minor,
            )
        heap = page.evaluate("performance.memory ? performance.memory.usedJSHeapSize : null")
        browser.close()
    return {
        "ready_ms": ready,
        "drawn": drawn,
        "select_ms": select_ms,
        "heap_mb": heap / 1e6 if heap else None,
        "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("graph", type=Path, help="a graph.json written by policygraph build")
    parser.add_argument("--copies", type=int, default=1, help="copies to join (default: 1)")
    args = parser.parse_args(argv)
    if args.copies < 1:
        parser.error("--copies must be at least 1")
    base = read_graph(args.graph)
    articles = sum(1 for _, kind in base.nodes(data="kind") if kind == "article")
    t = time.perf_counter()
    G = replicate(args.graph, args.copies)
    print(
        f"graph: {articles * args.copies:,} articles, {G.number_of_nodes():,} nodes, "
        f"{G.number_of_edges():,} edges (joined in {time.perf_counter() - t:.1f} s)"
    )
    t = time.perf_counter()
    data = viewer_data(G)
    network = len(data["nodes"])
    minor = sum(1 for node in data["nodes"] if node["minor"])
    t_data = time.perf_counter() - t
    t = time.perf_counter()
    page = render_html(G)
    t_page = time.perf_counter() - t
    print(
        f"page: {len(page.encode('utf-8')) / 1e6:.1f} MB, viewer data {t_data:.1f} s, "
        f"page rendered in {t_page:.1f} s; {network:,} network nodes, {minor:,} drawn on demand"
    )
    with tempfile.TemporaryDirectory(prefix="pg-viewer-") as tmp:
        path = Path(tmp) / "index.html"
        path.write_text(page, "utf-8")
        del page, data
        opened = open_in_chromium(path)
    if not opened:
        print("chromium: not measured (needs /usr/bin/chromium and the playwright package)")
        return 0
    heap = f"{opened['heap_mb']:.0f} MB" if opened["heap_mb"] else "n/a"
    select = f"{opened['select_ms']:.0f} ms" if opened["select_ms"] is not None else "n/a"
    print(
        f"chromium: ready {opened['ready_ms'] / 1000:.1f} s after navigation, "
        f"{opened['drawn']:,} nodes drawn, JS heap {heap}, "
        f"selecting an undrawn node {select}, page errors {len(opened['errors'])}"
    )
    for error in opened["errors"][:5]:
        print(f"  {error}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
