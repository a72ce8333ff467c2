"""The network page: generation time per size, and time to first draw in Chromium.

Rows per size: ``kg.render_page`` on the loaded graph (layout in Python above
1,000 nodes, top 5,000 nodes by degree above that), next to pyvis's own
``from_nx`` + ``generate_html`` where that finishes in reasonable time (up to
5,000 nodes); then the page opened in headless Chromium (offline), timed from
navigation to the first ``afterDrawing`` after layout (``window.smeTimings``).
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from run import measure, row


def load(data_dir: Path):  # type: ignore[no-untyped-def]
    import kg

    return kg.load(data_dir)


def render(graph) -> int:  # type: ignore[no-untyped-def]
    from kg.viz import render_page

    return len(render_page(graph))


def pyvis_html(graph) -> int:  # type: ignore[no-untyped-def]
    import networkx as nx
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    simple = nx.DiGraph()
    simple.add_nodes_from((n, {"label": d["label"]}) for n, d in graph.graph.nodes(data=True))
    simple.add_edges_from((u, v, {"title": r}) for u, v, r in graph.graph.edges(keys=True))
    net.from_nx(simple)
    return len(net.generate_html())


def first_draw(page: Path, repeat: int) -> list[float]:
    """Seconds from navigation to the first drawing, per run (a fresh browser context each time)."""
    from playwright.sync_api import sync_playwright

    from kg.viz import CHROMIUM, CHROMIUM_ARGS

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        try:
            for _ in range(repeat):
                ctx = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
                tab = ctx.new_page()
                tab.goto(page.as_uri())
                tab.wait_for_function("() => window.smeReady === true", timeout=300_000)
                out.append(tab.evaluate("() => window.smeTimings.ready") / 1000)
                ctx.close()
        finally:
            browser.close()
    return out


def run(sizes: dict[str, Path], repeat: int) -> list[dict]:
    import kg
    from kg.viz import CHROMIUM, LAYOUT_THRESHOLD, MAX_NODES, write_page

    rows = []
    for size, data_dir in sizes.items():
        graph = kg.load(data_dir)
        n = graph.graph.number_of_nodes()
        ours = measure(render, data_dir, repeat=repeat, setup=load)
        ref_s, ref = None, ""
        if n <= MAX_NODES:
            ref = "pyvis: from_nx + generate_html"
            ref_s = measure(pyvis_html, data_dir, repeat=1, setup=load).median_s
        drawn = min(n, MAX_NODES)
        mode = "Python layout, physics off" if drawn > LAYOUT_THRESHOLD else "vis physics, stabilised"
        note = f"{drawn:,} of {n:,} nodes drawn; {mode}; {ours.result / 1e6:.1f} MB page"
        rows.append(
            row("viz", "render page (kg viz)", size, ours, ref, ref_s, note + ("" if ref_s else "; pyvis not run"))
        )
        if not Path(CHROMIUM).exists():
            continue
        with tempfile.TemporaryDirectory() as tmp:
            page = Path(tmp) / "page.html"
            write_page(graph, page)
            times = first_draw(page, repeat)
        rows.append(
            row(
                "viz",
                "Chromium: navigation → first draw",
                size,
                statistics.median(times),
                note=f"{drawn:,} nodes; window.smeTimings.ready; {len(times)} runs",
            )
        )
    return rows
