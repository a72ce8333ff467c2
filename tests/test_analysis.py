"""kg.analysis and kg.flows on the seed: neighbours, paths, rankings, communities, learning flows; their commands."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from kg.analysis import MEASURES, Hop, communities, neighbors, paths, rank
from kg.errors import UsageError
from kg.flows import flow_rows, learning_flows

OSM = "osm-sme-development-2018"
NEWS = "apo-news-2018-09-25-sme-4ir-study-mission"


def test_path_from_an_expert_to_a_visited_site(seed_kg):
    assert paths(seed_kg, "Kim Peng Foo", "D. CAMP") == [
        [Hop(OSM, "conducted by", "kim-peng-foo", (NEWS,)), Hop(OSM, "visited", "d-camp", (NEWS,))]
    ]


def test_kg_path_prints_the_chain_with_sources(cli):
    r = cli("path", "Kim Peng Foo", "D. CAMP")
    assert r.exit_code == 0, r.output
    osm = "Multicountry Observational Study Mission on SME Development"
    assert r.stdout.splitlines() == [
        f"path 1 of 1 (2 hops): Kim Peng Foo ←conducted by— {osm} —visited→ D. CAMP",
        f"  1. {osm} —conducted by→ Kim Peng Foo",
        f"     source: {NEWS} ¶6",
        f"  2. {osm} —visited→ D. CAMP",
        f"     source: {NEWS} ¶8",
    ]
    data = json.loads(cli("path", "kim-peng-foo", "d-camp", "--json").stdout)
    assert data == [
        [
            {"subject": OSM, "relation": "conducted by", "object": "kim-peng-foo", "sources": [NEWS]},
            {"subject": OSM, "relation": "visited", "object": "d-camp", "sources": [NEWS]},
        ]
    ]


def test_paths_skip_concepts_unless_asked(seed_kg):
    # SBC and the APO are two hops apart three ways; one of them is "both target SMEs".
    assert [[(h.subject, h.object) for h in p] for p in paths(seed_kg, "SBC", "APO", concepts=True)] == [
        [(OSM, "sbc"), ("apo", OSM)],
        [("sbc", "kor"), ("kor", "apo")],
        [("sbc", "smes"), ("apo", "smes")],
    ]
    assert [[(h.subject, h.relation, h.object) for h in p] for p in paths(seed_kg, "SBC", "APO")] == [
        [(OSM, "visited", "sbc"), ("apo", "organized", OSM)],
        [("sbc", "based in", "kor"), ("kor", "member of", "apo")],
    ]


def test_path_errors(seed_kg, cli):
    with pytest.raises(UsageError, match="same entity"):
        paths(seed_kg, "KPC", "Korea Productivity Center")
    r = cli("path", "KPC", "Nobody At All")
    assert r.exit_code == 2 and "unknown 'Nobody At All'" in r.stderr


def test_neighbors_of_the_kpc(seed_kg):
    rows = neighbors(seed_kg, "KPC")
    assert [(r["id"], r["depth"], r["hops"]) for r in rows] == [
        (OSM, 1, [Hop("kpc", "organized", OSM, (NEWS,))]),
        ("kor", 1, [Hop("kpc", "based in", "kor", (NEWS,))]),
        ("taiho-kang", 1, [Hop("taiho-kang", "represents", "kpc", (NEWS,))]),
    ]
    two = neighbors(seed_kg, "KPC", depth=2)
    assert {r["id"] for r in two if r["depth"] == 2} >= {"apo", "kim-peng-foo", "d-camp", "seoul", "sgp", "twn"}
    assert all(r["via"] in {"kpc", OSM, "kor", "taiho-kang"} for r in two)


def test_neighbors_over_one_relation(seed_kg):
    assert [r["id"] for r in neighbors(seed_kg, "APO", relation="organized")] == [
        "apo-sme-bilateral-capacity-building",
        "apo-sme-study-missions",
        "apo-sme-workshops",
        OSM,
    ]
    with pytest.raises(UsageError, match="unknown relation 'sponsored'"):
        neighbors(seed_kg, "APO", relation="sponsored")
    with pytest.raises(UsageError, match="--depth must be 1 or more"):
        neighbors(seed_kg, "APO", depth=0)


def test_kg_neighbors(cli):
    r = cli("neighbors", "KPC", "--format", "csv")
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines() == [
        "depth,id,label,class,link",
        f"1,{OSM},Multicountry Observational Study Mission on SME Development,ObservationalStudyMission,"
        "Korea Productivity Center —organized→ Multicountry Observational Study Mission on SME Development",
        "1,kor,Republic of Korea,Country,Korea Productivity Center —based in→ Republic of Korea",
        "1,taiho-kang,Taiho Kang,Official,Taiho Kang —represents→ Korea Productivity Center",
    ]


def test_rank_by_degree_and_class(seed_kg):
    assert [(r["id"], r["score"]) for r in rank(seed_kg, top=3)] == [("apo", 27), (OSM, 17), ("kor", 16)]
    # Ties are broken by label.
    assert [(r["id"], r["score"]) for r in rank(seed_kg, cls="Person", top=6)] == [
        ("david-sehyeon-baek", 3),
        ("dong-sun-kim", 3),
        ("hank-ching-yao-huang", 3),
        ("kim-peng-foo", 3),
        ("ta-te-yang", 3),
        ("taiho-kang", 2),
    ]
    assert [r["id"] for r in rank(seed_kg, by="betweenness", cls="Organization", top=3)] == [
        "apo",
        "apo-secretariat",
        "nctu",
    ]
    assert rank(seed_kg, by="pagerank", top=1)[0]["id"] == "apo"


def test_rank_errors(seed_kg):
    with pytest.raises(UsageError, match="unknown measure 'fame'"):
        rank(seed_kg, by="fame")
    with pytest.raises(UsageError, match="unknown class 'Spaceship'"):
        rank(seed_kg, cls="Spaceship")


def test_pagerank_matches_networkx(seed_kg):
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    g = nx.Graph()
    for u, v in seed_kg.graph.to_undirected().edges():
        if u != v:
            g.add_edge(u, v, weight=g.get_edge_data(u, v, {"weight": 0})["weight"] + 1)
    ours, theirs = MEASURES["pagerank"](g), _pagerank_python(g, weight="weight", tol=1e-12)
    assert ours.keys() == theirs.keys()
    assert all(abs(ours[n] - theirs[n]) < 1e-6 for n in ours)


def test_kg_rank(cli):
    r = cli("rank", "--by", "betweenness", "--class", "Organization", "--top", "2", "--format", "json")
    assert r.exit_code == 0, r.output
    assert [(x["rank"], x["id"]) for x in json.loads(r.stdout)] == [(1, "apo"), (2, "apo-secretariat")]


def test_communities_are_stable_and_cover_the_actors(seed_kg):
    found = communities(seed_kg)
    assert found == communities(seed_kg, seed=42)
    actors = {n for n, d in seed_kg.graph.nodes(data=True) if d["cls"] != "Concept"}
    assert sorted(m for c in found for m in c) == sorted(actors)
    groups = {m: i for i, c in enumerate(found) for m in c}
    # The experts sit with the organizations they represent.
    assert groups["kim-peng-foo"] == groups["kerydh"]
    assert groups["hank-ching-yao-huang"] == groups["nctu-ece"] == groups["nctu"]
    # The OSM sits with its Korean hosts and sites.
    assert groups[OSM] == groups["kpc"] == groups["d-camp"] == groups["sbc"]


def test_kg_communities(cli):
    r = cli("communities", "--format", "json")
    assert r.exit_code == 0
    assert json.loads(r.stdout) == json.loads(cli("communities", "--format", "json", "--seed", "42").stdout)


def test_learning_flows_of_the_seed(seed_kg):
    flows = learning_flows(seed_kg)
    assert isinstance(flows, nx.DiGraph)
    assert list(flows.edges(data=True)) == [
        ("kor", "sgp", {"weight": 1, "programs": [OSM], "kinds": ["benchmark"]}),
        ("kor", "twn", {"weight": 1, "programs": [OSM], "kinds": ["benchmark"]}),
    ]
    assert dict(flows.nodes(data=True)) == {
        "kor": {"label": "Republic of Korea", "isoCode": "KOR"},
        "sgp": {"label": "Singapore", "isoCode": "SGP"},
        "twn": {"label": "Republic of China", "isoCode": "TWN"},
    }


def test_learning_flows_with_participants(tmp_path):
    import kg

    reg, src = tmp_path / "registry", tmp_path / "sources"
    reg.mkdir()
    src.mkdir()
    (reg / "e.yaml").write_text(
        "- {id: kor, class: Country, label: Republic of Korea, aliases: [South Korea]}\n"
        "- {id: jpn, class: Country, label: Japan}\n"
        "- {id: jpc, class: ProductivityOrganization, label: Japan Productivity Center}\n"
        "- {id: npl, class: Country, label: Nepal}\n"
        "- {id: tokyo, class: City, label: Tokyo}\n"
        "- {id: m1, class: StudyMission, label: Mission one}\n"
        "- {id: m2, class: StudyMission, label: Mission two}\n",
        encoding="utf-8",
    )
    (src / "s.yaml").write_text(
        "source: {id: s, title: Two missions, date: 2020-01-01, publisher: jpc}\n"
        "statements:\n"
        "  - {subject: m1, relation: heldIn, object: tokyo}\n"
        "  - {subject: tokyo, relation: locatedIn, object: jpn}\n"
        "  - {subject: m1, relation: participantFrom, object: npl}\n"
        "  - {subject: m1, relation: participantFrom, object: jpn}\n"
        "  - {subject: m1, relation: benchmarked, object: kor}\n"
        "  - {subject: m2, relation: heldIn, object: jpn}\n"
        "  - {subject: m2, relation: participantFrom, object: npl}\n",
        encoding="utf-8",
    )
    flows = learning_flows(kg.load(tmp_path))
    assert list(flows.edges(data=True)) == [
        ("jpn", "kor", {"weight": 1, "programs": ["m1"], "kinds": ["benchmark"]}),
        ("npl", "jpn", {"weight": 2, "programs": ["m1", "m2"], "kinds": ["participants"]}),
    ]
    assert [(r["from"], r["to"], r["weight"]) for r in flow_rows(flows)] == [("npl", "jpn", 2), ("jpn", "kor", 1)]


def test_kg_flows(cli):
    r = cli("flows", "--format", "csv")
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines() == [
        "from,to,weight,kinds,programs",
        f"kor,twn,1,benchmark,{OSM}",
        f"kor,sgp,1,benchmark,{OSM}",
    ]
    table = cli("flows").stdout
    assert "Republic of Korea" in table and "Singapore" in table and table.rstrip().endswith("(2 rows)")
