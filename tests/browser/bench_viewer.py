"""Print how long the viewer takes to become interactive, for the fixture and a large graph.

Run with ``python tests/browser/bench_viewer.py [network nodes ...]`` (default 2000). Needs
Chromium at /usr/bin/chromium. "Interactive" is the moment the layout has settled and the
viewer sets ``window.policygraphViewer.ready``, measured from navigation start by the page.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import sync_playwright  # noqa: E402
from test_exporters_html import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    build_fixture_graph,
    build_large_graph,
    wait_until_ready,
)

from policygraph.exporters.html import render_html  # noqa: E402


def measure(browser, name: str, G, folder: Path, repeat: int = 3) -> None:  # noqa: ANN001
    """Open the page ``repeat`` times; print render time, page size and load-to-interactive."""
    started = time.perf_counter()
    page_text = render_html(G)
    render_s = time.perf_counter() - started
    path = folder / f"{name}.html"
    path.write_text(page_text, encoding="utf-8")
    timings = []
    for _ in range(repeat):
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        page.goto(path.as_uri())
        timings.append(wait_until_ready(page, 120))
        shown = page.evaluate("window.policygraphViewer.visibleNodeIds().length")
        started = time.perf_counter()
        page.evaluate(
            "window.policygraphViewer.setKindVisible('funding', true);"
            "window.policygraphViewer.setKindVisible('place', true)"
        )
        toggle_ms = (time.perf_counter() - started) * 1000
        context.close()
    network = sum(1 for _, k in G.nodes(data="kind") if k not in ("article", "announcement"))
    print(
        f"{name}: {network} network nodes, {G.number_of_edges()} edges, "
        f"{len(page_text.encode()) / 1e6:.2f} MB page, rendered in {render_s:.2f} s; "
        f"load-to-interactive {', '.join(f'{t:.0f}' for t in timings)} ms "
        f"({shown} nodes shown at start; showing all kinds took {toggle_ms:.0f} ms)"
    )


def main(sizes: list[int]) -> None:
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as tmp:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        measure(browser, "fixture", build_fixture_graph(), Path(tmp))
        for size in sizes:
            measure(browser, f"synthetic-{size}", build_large_graph(size), Path(tmp))
        browser.close()


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [2000])
