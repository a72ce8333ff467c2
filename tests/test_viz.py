"""The network page without a browser: the data handed to the page is the graph, safely embedded, deterministic."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest

import kg
from kg import viz
from kg.errors import UsageError

TESTS = Path(__file__).resolve().parent
XSS = TESTS / "data" / "xss"


def embedded(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="sme-data">(.*?)</script>', page, flags=re.S)
    assert m, "no data script in the page"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def seed_page(seed_kg) -> str:
    return viz.render_page(seed_kg)


@pytest.fixture(scope="module")
def seed_data(seed_page) -> dict:
    return embedded(seed_page)


def test_page_nodes_and_edges_are_the_graph(seed_kg, seed_data):
    g = seed_kg.graph
    assert {n["id"] for n in seed_data["nodes"]} == set(g.nodes)
    assert len(seed_data["nodes"]) == g.number_of_nodes() == 76
    triples = {(e["from"], e["relation"], e["to"]) for e in seed_data["edges"]}
    assert triples == {(u, k, v) for u, v, k in g.edges(keys=True)}
    assert len(seed_data["edges"]) == g.number_of_edges() == 122
    assert seed_data["counts"] == {"nodes": 76, "edges": 122, "totalNodes": 76, "totalEdges": 122}
    # the vis-network records (assembled by pyvis) describe the same nodes and edges, by id
    vis_edges = {e["id"]: (e["from"], e["to"]) for e in seed_data["vis"]["edges"]}
    assert {n["id"] for n in seed_data["vis"]["nodes"]} == set(g.nodes)
    assert vis_edges == {e["id"]: (e["from"], e["to"]) for e in seed_data["edges"]}
    for e in seed_data["edges"]:
        assert e["sources"] == g.edges[e["from"], e["to"], e["relation"]]["sources"]


def test_sources_paragraphs_and_titles_reach_the_page(seed_data):
    edges = {(e["from"], e["relation"], e["to"]): e for e in seed_data["edges"]}
    organized = edges[("kpc", "organized", "osm-sme-development-2018")]
    assert organized["sources"] == ["apo-news-2018-09-25-sme-4ir-study-mission"]
    assert organized["paragraphs"] == {"apo-news-2018-09-25-sme-4ir-study-mission": 2}
    assert edges[("taiho-kang", "represents", "kpc")]["titles"] == ["International Cooperation Director"]
    src = {s["id"]: s for s in seed_data["sources"]}["apo-news-2018-09-25-sme-4ir-study-mission"]
    assert (src["title"], src["date"], src["kind"]) == (
        "APO drives SMEs to adopt Fourth Industrial Revolution",
        "2018-09-25",
        "News item",
    )
    osm = {n["id"]: n for n in seed_data["nodes"]}["osm-sme-development-2018"]
    assert ["participantCount", 15, [["apo-news-2018-09-25-sme-4ir-study-mission", 5]]] in osm["attrs"]
    assert osm["aliases"] == ["OSM", "OSM on SME Development", "APO OSM on SME Development 2018"]


def test_look_comes_from_the_ontology(seed_kg, seed_data):
    onto = seed_kg.ontology
    cls = {n["id"]: n["cls"] for n in seed_data["nodes"]}
    for rec in seed_data["vis"]["nodes"]:
        colour, shape = onto.display(cls[rec["id"]])
        assert (rec["color"], rec["shape"]) == (colour, shape)
    degree = dict(seed_kg.graph.degree())
    assert max(seed_data["vis"]["nodes"], key=lambda r: r["size"])["id"] == max(degree, key=degree.get)
    rel = {e["id"]: e["relation"] for e in seed_data["edges"]}
    for rec in seed_data["vis"]["edges"]:
        assert rec["label"] == onto.relations[rel[rec["id"]]].label
        assert rec["color"] == onto.relations[rel[rec["id"]]].color
    assert seed_data["vis"]["options"]["edges"]["arrows"]["to"]["enabled"] is True
    # the legend lists exactly the classes and relations present
    assert {c["id"] for c in seed_data["classes"]} == set(cls.values())
    assert {r["id"] for r in seed_data["relations"]} == set(rel.values())
    concept = {c["id"]: c for c in seed_data["classes"]}["Concept"]
    assert (concept["color"], concept["shape"], concept["count"]) == (*onto.display("Concept"), 24)
    assert {r["id"]: r["label"] for r in seed_data["relations"]}["heldIn"] == "held in"


def test_filter_keys_countries_and_sources(seed_data):
    nodes = {n["id"]: n for n in seed_data["nodes"]}
    assert nodes["kor"]["countries"] == ["kor"]
    assert nodes["seoul"]["countries"] == ["kor"]  # a place: locatedIn
    assert nodes["osm-sme-development-2018"]["countries"] == ["kor", sgp := "sgp", "twn"]
    assert nodes["kim-peng-foo"]["countries"] == [sgp]
    assert nodes["apo"]["countries"] == []
    countries = {c["id"]: c["count"] for c in seed_data["countries"]}
    assert countries[""] == sum(1 for n in nodes.values() if not n["countries"])
    sources = {s["id"]: s["count"] for s in seed_data["sources"]}
    # ASEAN is in the registry but no source states anything about it yet
    assert sources == {"apo-news-2018-09-25-sme-4ir-study-mission": 66, "reference-apo-members": 22, "": 1}
    assert [s["title"] for s in seed_data["sources"]][-1] == "(no source: registry only)"


def test_the_page_is_deterministic_and_self_contained(seed_kg, seed_page):
    again = viz.render_page(kg.load(seed_kg.data_dir))
    assert again == seed_page
    assert seed_page.startswith("<!DOCTYPE html>")
    low = seed_page.lower()
    assert "<link" not in low and "src=" not in low.split("<script type=")[0]  # nothing fetched before the data
    assert "http://" not in low.replace("http://www.w3.org/2000/svg", "").replace("http://almende.com", "").replace(
        "http://www.apache.org/licenses/license-2.0", ""
    ).replace("http://opensource.org/licenses/mit", "")
    assert "bootstrap" not in low and "tom-select" not in low and "cdnjs" not in low
    assert "vis-network" in seed_page and "@version 9.1.2" in seed_page
    # only our two inline scripts may run: the CSP holds their hashes
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', seed_page).group(1)
    bodies = re.findall(r"<script>(.*?)</script>", seed_page, flags=re.S)
    assert len(bodies) == 2
    for body in bodies:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]


def test_hostile_text_stays_data():
    page = viz.render_page(kg.load(XSS))
    head, rest = page.split('<script type="application/json" id="sme-data">', 1)
    data_text, tail = rest.split("</script>", 1)
    # nothing in the embedded JSON can end the script element or open markup
    assert "<" not in data_text and ">" not in data_text and "&" not in data_text
    assert "onerror" not in head and "__xss" not in head and "__xss" not in tail
    data = json.loads(data_text)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["evil-org"]["label"] == '<img src=x onerror="window.__xss=1">Evil Org'
    assert nodes["evil-org"]["aliases"][0] == "</script><script>window.__xss=2</script>"
    assert data["sources"][0]["title"] == '<img src=x onerror="window.__xss=7">News & notes'
    title = re.search(r"<title>(.*?)</title>", page).group(1)
    assert "<" not in title


def test_focus_depth_and_subsets(seed_kg):
    def ids(**kw) -> list[str]:
        return sorted(n["id"] for n in viz.page_data(seed_kg, **kw)["nodes"])

    assert ids(focus="KPC") == ["kor", "kpc", "osm-sme-development-2018", "taiho-kang"]
    assert ids(focus="Korea Productivity Center", depth=0) == ["kpc"]
    assert len(ids(focus="kpc", depth=2)) == 34
    assert ids(classes=["Ministry"]) == ["mss"]
    assert len(ids(classes=["Organization"])) == 16  # subclasses included
    assert ids(classes=["Person"], countries=["Singapore"]) == ["kim-peng-foo"]
    members = viz.page_data(seed_kg, sources=["reference-apo-members"])
    assert sorted(n["id"] for n in members["nodes"]) == sorted(
        ["apo", *(n for n, d in seed_kg.graph.nodes(data=True) if d["cls"] == "Country")]
    )
    assert {e["relation"] for e in members["edges"]} == {"memberOf"} and len(members["edges"]) == 21
    assert "stated by reference-apo-members" in members["subtitle"]


def test_bad_subsets_are_usage_errors(seed_kg):
    with pytest.raises(UsageError, match="unknown class 'Nope'"):
        viz.page_data(seed_kg, classes=["Nope"])
    with pytest.raises(UsageError, match="unknown source"):
        viz.page_data(seed_kg, sources=["nowhere"])
    with pytest.raises(UsageError, match="unknown view 'maps'"):
        viz.page_data(seed_kg, view="maps")
    with pytest.raises(UsageError, match="did you mean"):
        viz.page_data(seed_kg, focus="Korea Productivity Centre")
    with pytest.raises(UsageError, match="nothing to draw"):
        viz.page_data(seed_kg, classes=["Ministry"], countries=["Singapore"])


def test_large_graphs_are_summarised_and_say_so(seed_kg, monkeypatch):
    data = viz.page_data(seed_kg, max_nodes=10)
    degree = dict(seed_kg.graph.degree())
    top = sorted(degree, key=lambda n: (-degree[n], n))[:10]
    assert sorted(n["id"] for n in data["nodes"]) == sorted(top)
    assert data["counts"]["nodes"] == 10 and data["counts"]["totalNodes"] == 76
    (note,) = data["notes"]
    assert "10 most connected of 76 nodes" in note and "Left out: 66 nodes" in note
    # above the layout threshold: positions from Python, physics off
    monkeypatch.setattr(viz, "LAYOUT_THRESHOLD", 20)
    big = viz.page_data(seed_kg)
    assert big["large"] is True and big["vis"]["options"]["physics"] == {"enabled": False}
    assert all(isinstance(r["x"], float) and isinstance(r["y"], float) for r in big["vis"]["nodes"])
    assert "label" not in big["vis"]["edges"][0]
    assert any("positions were computed in advance" in n for n in big["notes"])
    assert viz.page_data(seed_kg) == big  # the layout is seeded


def test_spring_positions_spread_nodes():
    nodes = [f"n{i}" for i in range(400)]
    edges = [(f"n{i}", f"n{(i * 7) % 400}") for i in range(400)] + [("n0", f"n{i}") for i in range(1, 150)]
    pos = viz.spring_positions(nodes, edges)
    assert pos == viz.spring_positions(nodes, edges)
    assert len({(round(x, 3), round(y, 3)) for x, y in pos.values()}) == 400  # no two nodes on one spot


def test_flows_view(seed_kg):
    data = viz.page_data(seed_kg, view="flows")
    assert sorted(n["id"] for n in data["nodes"]) == ["kor", "sgp", "twn"]
    assert sorted((e["from"], e["to"]) for e in data["edges"]) == [("kor", "sgp"), ("kor", "twn")]
    e = data["edges"][0]
    assert e["weight"] == 1 and e["details"] == [
        "Multicountry Observational Study Mission on SME Development (benchmark)"
    ]
    assert e["sources"] == ["apo-news-2018-09-25-sme-4ir-study-mission"]
    assert [r["label"] for r in data["relations"]] == ["learning flow"]
    assert data["vis"]["edges"][0]["label"] == "benchmark ×1"


def test_cli_viz(cli, tmp_path):
    out = tmp_path / "page.html"
    r = cli("viz", "-o", str(out), "--focus", "KPC", "--depth", "1")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"wrote {out} (4 nodes, 4 edges, ")
    assert embedded(out.read_text())["counts"]["nodes"] == 4
    r = cli("viz", "-o", str(out), "--class", "Planet")
    assert r.exit_code == 2 and "unknown class 'Planet'" in r.stderr
    r = cli("viz", "-o", str(tmp_path / "flows.html"), "--view", "flows")
    assert r.exit_code == 0 and "(3 nodes, 2 edges" in r.stdout
    assert "Example:" in cli("viz", "--help").stdout
