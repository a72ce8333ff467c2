"""One set of records → RDF dataset and networkx graph that agree, deterministically."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

from rdflib import BNode, Literal, URIRef

import kg
from kg.ontology import SME
from kg.rdf import ONTOLOGY_GRAPHS, REGISTRY_GRAPH

from conftest import DATA, ROOT, TINY


def test_rdf_and_network_views_state_the_same_facts(seed_kg):
    onto = seed_kg.ontology
    iri_to_id = {str(e.iri): e.id for e in seed_kg.records.entities.values()}
    rel_by_iri = {str(r.iri): name for name, r in onto.relations.items()}
    rdf_facts = {}
    for s, p, o, g in seed_kg.quads:
        if str(g) in {str(x) for x in ONTOLOGY_GRAPHS} or g == REGISTRY_GRAPH:
            continue
        if str(p) in rel_by_iri and str(s) in iri_to_id and str(o) in iri_to_id:
            rdf_facts.setdefault((iri_to_id[str(s)], rel_by_iri[str(p)], iri_to_id[str(o)]), set()).add(str(g))
    nx_facts = {
        (u, r, v): {str(kg.model.source_iri(sid)) for sid in d["sources"]}
        for u, v, r, d in seed_kg.graph.edges(keys=True, data=True)
    }
    assert rdf_facts == nx_facts
    assert len(nx_facts) == 122


def test_network_nodes_carry_iri_class_label(seed_kg):
    n = seed_kg.graph.nodes["osm-sme-development-2018"]
    assert n["iri"] == "https://w3id.org/smekg/id/osm-sme-development-2018"
    assert (n["cls"], n["top"]) == ("ObservationalStudyMission", "Program")
    assert n["label"] == "Multicountry Observational Study Mission on SME Development"
    assert (n["startDate"], n["endDate"], n["participantCount"], n["countryCount"]) == (
        "2018-09-10",
        "2018-09-14",
        15,
        12,
    )
    edge = seed_kg.graph.edges["kim-peng-foo", "kerydh", "represents"]
    assert edge["titles"] == ["Managing Director"]
    assert edge["sources"] == ["apo-news-2018-09-25-sme-4ir-study-mission"]
    assert edge["paragraphs"] == {"apo-news-2018-09-25-sme-4ir-study-mission": 6}


def test_no_blank_nodes_and_stable_entity_iris(seed_kg):
    assert not any(isinstance(t, BNode) for q in seed_kg.quads for t in q)
    assert seed_kg.records.entities["kpc"].iri == URIRef("https://w3id.org/smekg/id/kpc")
    role = URIRef("https://w3id.org/smekg/id/role/hank-ching-yao-huang--nctu-ece")
    titles = sorted(str(o) for s, p, o, g in seed_kg.quads if s == role and p == SME.title)
    assert titles == ["Associate Dean", "Professor"]


def test_every_source_graph_describes_itself(seed_kg):
    for src in seed_kg.records.sources.values():
        in_graph = {(p, o) for s, p, o, g in seed_kg.quads if g == src.iri and s == src.iri}
        assert (URIRef("http://purl.org/dc/terms/title"), Literal(src.title)) in in_graph


def test_fact_from_two_sources_keeps_both_citations(tiny_kg):
    edge = tiny_kg.graph.edges["npb", "lean-workshop-2021", "organized"]
    assert edge["sources"] == ["tiny-news-2021-05-03", "tiny-report-2021-06"]
    assert edge["paragraphs"] == {"tiny-news-2021-05-03": 1, "tiny-report-2021-06": 4}
    graphs = sorted(
        str(g)
        for s, p, o, g in tiny_kg.quads
        if s.endswith("/npb") and p == SME.organized and o.endswith("/lean-workshop-2021")
    )
    assert graphs == [
        "https://w3id.org/smekg/id/source/tiny-news-2021-05-03",
        "https://w3id.org/smekg/id/source/tiny-report-2021-06",
    ]
    assert tiny_kg.stats()["statements"] == 11 and tiny_kg.stats()["citations"] == 12


def test_nquads_are_sorted_and_identical_across_builds():
    a, b = kg.load(DATA).nquads(), kg.load(DATA).nquads()
    assert a == b
    lines = a.decode().splitlines()
    assert lines == sorted(lines)
    assert len(lines) == len(kg.load(DATA).quads)


def test_build_is_byte_identical_across_hash_seeds(tmp_path):
    digests = set()
    for seed in ("0", "1", "12345"):
        out = tmp_path / f"b{seed}.nq"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "kg.cli", "build", "--data", str(DATA), "-o", str(out)],
            check=True,
            env=env,
            cwd=ROOT,
        )
        digests.add(hashlib.sha256(out.read_bytes()).hexdigest())
    assert len(digests) == 1


def test_resolve_accepts_id_iri_label_alias_and_explains_failures(seed_kg):
    for name in (
        "kpc",
        "KPC",
        "Korea Productivity Center",
        "https://w3id.org/smekg/id/kpc",
        "<https://w3id.org/smekg/id/kpc>",
    ):
        assert seed_kg.resolve(name) == "kpc"
    assert seed_kg.resolve("ROK") == "kor"
    try:
        seed_kg.resolve("Korea Productivity Centre x")
    except kg.UsageError as e:
        assert "did you mean" in str(e) and "kpc (Korea Productivity Center)" in str(e)
    else:  # pragma: no cover
        raise AssertionError("expected a UsageError")


def test_stats_counts(seed_kg):
    s = seed_kg.stats()
    assert s["classes"]["Country"] == 21
    assert s["classes"]["Expert"] == 4
    assert s["relations"]["conductedBy"] == 4
    assert s["relations"]["visited"] == 3
    assert s["relations"]["memberOf"] == 21
    assert s["sources"] == 2


def test_tiny_graph_statement_count(tiny_kg):
    assert sorted(tiny_kg.graph.nodes) == sorted(
        ["busan", "harbor-lab", "kor", "lean-workshop-2021", "mira-chen", "msb", "npb", "productivity", "sgp"]
    )
    assert TINY.is_dir()


def test_build_keeps_declared_datatypes_regression(seed_kg):
    # Regression: N-Quads written through an Oxigraph store turned nonNegativeInteger into integer.
    line = next(x for x in seed_kg.nquads().decode().splitlines() if '#participantCount> "15"' in x)
    assert '"15"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>' in line
