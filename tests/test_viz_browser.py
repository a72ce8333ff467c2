"""The network page in a real browser (Debian Chromium through Playwright, offline context).

Under ``CI=true`` a missing Playwright or Chromium fails these tests; elsewhere they skip with the reason.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import kg
from kg import viz

pytestmark = pytest.mark.browser

TESTS = Path(__file__).resolve().parent
XSS = TESTS / "data" / "xss"
NEWS = "apo-news-2018-09-25-sme-4ir-study-mission"
MEMBERS = "reference-apo-members"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed (pip install -e '.[test]')")
    if not Path(viz.CHROMIUM).exists():
        _unavailable(f"Chromium is not installed at {viz.CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=viz.CHROMIUM, args=list(viz.CHROMIUM_ARGS))
        yield b
        b.close()


@dataclass
class Tab:
    page: Any
    errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def js(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)

    def shown(self) -> tuple[int, int]:
        """Nodes and edges not hidden in the vis-network DataSets."""
        return tuple(
            self.js(
                "() => [network.body.data.nodes.get({filter: n => !n.hidden}).length,"
                " network.body.data.edges.get({filter: e => !e.hidden}).length]"
            )
        )


def open_page(browser: Any, path: Path, timeout_ms: int = 60_000) -> Tab:
    ctx = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
    page = ctx.new_page()
    tab = Tab(page)
    page.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: tab.errors.append(str(e)))
    page.on("requestfailed", lambda r: tab.failed.append(r.url))
    page.on("request", lambda r: tab.requests.append(r.url))
    page.goto(path.as_uri())
    page.wait_for_function("() => window.smeReady === true", timeout=timeout_ms)
    return tab


@pytest.fixture(scope="module")
def seed_html(seed_kg, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("viz") / "seed.html"
    viz.write_page(seed_kg, out)
    return out


@pytest.fixture
def seed_tab(browser, seed_html) -> Iterator[Tab]:
    tab = open_page(browser, seed_html)
    yield tab
    tab.page.context.close()


def test_loads_offline_without_errors(seed_tab, seed_html):
    assert seed_tab.errors == []
    assert seed_tab.failed == []
    assert seed_tab.requests == [seed_html.as_uri()]  # the page itself, nothing else
    assert seed_tab.js("() => window.network instanceof vis.Network") is True
    assert seed_tab.js("() => document.getElementById('search').tagName") == "INPUT"


def test_page_counts_equal_the_graph(seed_tab, seed_kg):
    g = seed_kg.graph
    counts = seed_tab.js("() => [network.body.data.nodes.length, network.body.data.edges.length]")
    assert counts == [g.number_of_nodes(), g.number_of_edges()] == [76, 122]
    assert seed_tab.shown() == (76, 122)
    assert seed_tab.page.locator("#counts").inner_text() == "76 of 76 nodes · 122 of 122 edges"
    ids = seed_tab.js("() => window.smeData.nodes.map(n => n.id)")
    assert sorted(ids) == sorted(g.nodes)


@pytest.mark.parametrize(("typed", "expected"), [("KPC", "kpc"), ("chinese taipei", "twn"), ("Kerydh Pte", "kerydh")])
def test_search_by_alias_selects_the_node(seed_tab, seed_kg, typed, expected):
    page = seed_tab.page
    page.fill("#search", typed)
    assert page.locator("#results li").first.get_attribute("data-id") == expected
    page.press("#search", "Enter")
    assert seed_tab.js("() => network.getSelectedNodes()") == [expected]
    assert page.locator("#panel h2").inner_text() == seed_kg.label(expected)
    # the neighbourhood stays bright, the rest is dimmed
    nb = sorted(set(seed_kg.graph.predecessors(expected)) | set(seed_kg.graph.successors(expected)))
    opacity = seed_tab.js("() => Object.fromEntries(network.body.data.nodes.get().map(n => [n.id, n.opacity]))")
    assert {n for n, o in opacity.items() if o == 1} == {expected, *nb}


def _expected(seed_kg, keep_node, keep_edge=lambda u, v, r, d: True) -> tuple[int, int]:
    g = seed_kg.graph
    nodes = {n for n, d in g.nodes(data=True) if keep_node(n, d)}
    edges = [1 for u, v, r, d in g.edges(keys=True, data=True) if u in nodes and v in nodes and keep_edge(u, v, r, d)]
    return len(nodes), len(edges)


def _box(tab: Tab, dim: str, item: str):
    tab.js("dim => { document.querySelector(`details[data-dim='${dim}']`).open = true; }", dim)
    return tab.page.locator(f"input[data-dim='{dim}'][data-id='{item}']")


def test_each_filter_hides_what_it_should_and_reset_restores(seed_tab, seed_kg):
    page, data = seed_tab.page, seed_tab.js("() => window.smeData")
    countries = {n["id"]: set(n["countries"]) for n in data["nodes"]}
    g = seed_kg.graph
    node_sources = {
        n: {s for *_, d in [*g.in_edges(n, data=True), *g.out_edges(n, data=True)] for s in d["sources"]} for n in g
    }

    _box(seed_tab, "cls", "Country").uncheck()
    assert seed_tab.shown() == _expected(seed_kg, lambda n, d: d["cls"] != "Country") == (55, 68)
    page.click("#reset")
    assert seed_tab.shown() == (76, 122)

    _box(seed_tab, "relation", "memberOf").uncheck()
    assert seed_tab.shown() == (76, 101)
    page.click("#reset")

    page.locator("details[data-dim='country'] .bulk button", has_text="none").click()
    assert seed_tab.shown() == (0, 0)
    _box(seed_tab, "country", "sgp").check()
    assert seed_tab.shown() == _expected(seed_kg, lambda n, d: "sgp" in countries[n])
    assert seed_tab.shown()[0] == 5  # Singapore, the OSM, Kim Peng Foo, Kerydh, the bilateral project
    page.click("#reset")

    _box(seed_tab, "source", MEMBERS).uncheck()
    assert seed_tab.shown() == _expected(
        seed_kg,
        lambda n, d: not node_sources[n] or NEWS in node_sources[n],
        lambda u, v, r, d: NEWS in d["sources"],
    )
    assert seed_tab.shown() == (67, 101)
    page.click("#reset")

    # everything unticked: the page says so instead of going silently blank
    page.locator("details[data-dim='cls'] .bulk button", has_text="none").click()
    assert seed_tab.shown() == (0, 0)
    assert page.locator("#status").is_visible()
    assert "No node matches the current filters" in page.locator("#status").inner_text()
    page.click("#status-reset")
    assert seed_tab.shown() == (76, 122)
    assert not page.locator("#status").is_visible()
    assert seed_tab.js("() => [...document.querySelectorAll('#filters input')].every(b => b.checked)") is True


def test_clicking_a_node_shows_its_sources(seed_tab):
    page = seed_tab.page
    seed_tab.js("() => { network.focus('kpc', {scale: 2.5}); }")
    page.wait_for_timeout(100)
    box = page.locator("#network").bounding_box()
    at = seed_tab.js("() => network.canvasToDOM(network.getPosition('kpc'))")
    page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
    panel = page.locator("#panel")
    assert panel.is_visible()
    assert panel.get_attribute("data-node") == "kpc"
    text = panel.inner_text()
    assert "Korea Productivity Center" in text and "Productivity organization" in text and "KPC" in text
    assert [h.get_attribute("data-relation") for h in panel.locator("h4").all()] == [
        "basedIn",
        "organized",
        "represents",
    ]
    cites = panel.locator(".cite[data-source]")
    assert cites.count() == 3
    assert {c.get_attribute("data-source") for c in cites.all()} == {NEWS}
    first = cites.first.get_attribute("title")
    assert first == "APO drives SMEs to adopt Fourth Industrial Revolution (2018-09-25, ¶ 2)"
    assert "as International Cooperation Director" in text
    # a neighbour in the panel is a link to that node
    panel.get_by_role("button", name="Taiho Kang").click()
    assert page.locator("#panel h2").inner_text() == "Taiho Kang"


def test_hostile_text_runs_nothing_and_shows_literally(browser, tmp_path):
    out = tmp_path / "xss.html"
    viz.write_page(kg.load(XSS), out)
    tab = open_page(browser, out)
    page = tab.page
    try:
        page.fill("#search", "</script>")
        assert page.locator("#results li").first.get_attribute("data-id") == "evil-org"
        page.press("#search", "Enter")
        page.wait_for_timeout(300)
        assert page.locator("#panel h2").inner_text() == '<img src=x onerror="window.__xss=1">Evil Org'
        text = page.locator("#panel").inner_text()
        assert "</script><script>window.__xss=2</script>" in text
        assert '<svg onload="window.__xss=3"></svg>' in text
        assert 'Workshop "<script>window.__xss=4</script>"' in text
        assert "as <a href=javascript:window.__xss=9>Chief</a>" in text
        assert '<img src=x onerror="window.__xss=7">News & notes' in text
        tab.js("() => window.smeSelect('evil-workshop')")
        tab.js("() => window.smeSelect('eve')")
        page.locator("#network").hover()
        assert tab.js("() => typeof window.__xss") == "undefined"
        assert tab.js("() => document.querySelectorAll('img, iframe, a, script:not([id])').length") == 2  # our 2
        assert tab.js("() => document.querySelectorAll('script').length") == 3
        assert tab.errors == [] and tab.failed == []
        assert page.title().startswith("SME-support ecosystem")
    finally:
        page.context.close()


def test_flows_view_loads(browser, seed_kg, tmp_path):
    out = tmp_path / "flows.html"
    viz.write_page(seed_kg, out, view="flows")
    tab = open_page(browser, out)
    try:
        assert tab.shown() == (3, 2)
        assert tab.errors == [] and tab.failed == []
    finally:
        tab.page.context.close()


def write_big_data(root: Path, n: int = 5000) -> Path:
    """A 5,000-node ecosystem in the curated format: cities, organizations, programs, ten sources."""
    reg, src = root / "registry", root / "sources"
    reg.mkdir(parents=True)
    src.mkdir()
    n_city, n_org = 50, 1200
    n_prog = n - n_city - n_org
    lines = [f"- {{id: city-{i}, class: City, label: City {i}}}" for i in range(n_city)]
    lines += [f"- {{id: org-{i}, class: Firm, label: Organization {i}, aliases: [O{i}]}}" for i in range(n_org)]
    lines += [f"- {{id: prog-{i}, class: Workshop, label: Workshop {i}}}" for i in range(n_prog)]
    (reg / "entities.yaml").write_text("\n".join(lines) + "\n")
    per_source: list[list[str]] = [[] for _ in range(10)]
    for i in range(n_org):
        per_source[i % 10].append(f"  - {{subject: org-{i}, relation: basedIn, object: city-{i % n_city}}}")
    for i in range(n_prog):
        rows = per_source[i % 10]
        rows.append(f"  - {{subject: org-{(i * 7919) % n_org}, relation: organized, object: prog-{i}}}")
        if i % 2:
            rows.append(f"  - {{subject: org-{(i * 104729) % 97}, relation: organized, object: prog-{i}}}")
        rows.append(f"  - {{subject: prog-{i}, relation: heldIn, object: city-{(i * 31) % n_city}}}")
    for k, rows in enumerate(per_source):
        head = f"source:\n  id: big-{k}\n  title: Big news {k}\n  date: 2020-01-{k + 1:02d}\n  publisher: org-{k}\n"
        (src / f"big-{k}.yaml").write_text(head + "\nstatements:\n" + "\n".join(rows) + "\n")
    return root


def test_five_thousand_nodes_become_interactive(browser, tmp_path):
    big = kg.load(write_big_data(tmp_path / "big"))
    out = tmp_path / "big.html"
    info = viz.write_page(big, out)
    assert info["nodes"] == 5000
    tab = open_page(browser, out, timeout_ms=180_000)
    try:
        timings = tab.js("() => window.smeTimings")
        counts = tab.js("() => [network.body.data.nodes.length, network.body.data.edges.length]")
        assert counts == [5000, big.graph.number_of_edges()]
        assert tab.errors == [] and tab.failed == []
        print(
            f"\n5,000 nodes / {counts[1]:,} edges ({info['bytes'] / 1e6:.1f} MB page): first draw after "
            f"{timings['ready'] / 1000:.2f} s (script {timings['script'] / 1000:.2f} s, "
            f"network built {timings['network'] / 1000:.2f} s)"
        )
        # it answers: search and select work on the big page
        tab.page.fill("#search", "O77")
        tab.page.press("#search", "Enter")
        assert tab.js("() => network.getSelectedNodes()") == ["org-77"]
    finally:
        tab.page.context.close()
