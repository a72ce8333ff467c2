"""kg export: every format parses (rdflib, Oxigraph, rapper), round-trips, is byte-stable, and keeps provenance."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys

import networkx as nx
import pyoxigraph as ox
import pytest
from pyld import jsonld
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

import kg
from kg import export as ex
from kg.rdf import CONCEPTS_GRAPH, ONTOLOGY_GRAPHS, REGISTRY_GRAPH, nt_term

from conftest import DATA, ROOT

GOLDEN = ROOT / "tests" / "golden" / "seed.nt"
NEWS = "apo-news-2018-09-25-sme-4ir-study-mission"
MEMBERS = "reference-apo-members"
ID = "https://w3id.org/smekg/id/"
SME = "https://w3id.org/smekg/ontology#"
RDF_FORMATS = [name for name, f in ex.FORMATS.items() if f.kind != "network"]
RDFLIB_NAME = {"turtle": "turtle", "xml": "xml", "nt": "nt", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}
OX_NAME = {
    "turtle": ox.RdfFormat.TURTLE,
    "xml": ox.RdfFormat.RDF_XML,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# rdflib's own TriG and JSON-LD parsers still use its deprecated ConjunctiveGraph internally.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
RAPPER_NAME = {"turtle": "turtle", "xml": "rdfxml", "nt": "ntriples"}


def expected_quads(seed_kg, with_ontology: bool) -> list[tuple]:
    skip = set() if with_ontology else set(ONTOLOGY_GRAPHS)
    return [q for q in seed_kg.quads if q[3] not in skip]


def graph_of(quads) -> Graph:
    g = Graph()
    for s, p, o, _ in quads:
        g.add((s, p, o))
    return g


# -- registry and bad input ------------------------------------------------------------------


def test_registry_lists_every_format():
    assert list(ex.FORMATS) == ["turtle", "jsonld", "xml", "nt", "trig", "nquads", "graphml", "gexf", "cytoscape"]


def test_unknown_format_lists_the_valid_ones(cli):
    r = cli("export", "--format", "csv")
    assert r.exit_code == 2
    assert r.stderr.strip() == (
        "error: unknown format 'csv'; valid formats: turtle, jsonld, xml, nt, trig, nquads, graphml, gexf, cytoscape"
    )
    assert r.stdout == ""


def test_unknown_source_and_class_are_usage_errors(cli):
    r = cli("export", "--format", "nt", "--source", "no-such-source")
    assert r.exit_code == 2
    assert f"unknown source 'no-such-source'; known sources: {NEWS}, {MEMBERS}" in r.stderr
    r = cli("export", "--format", "nt", "--class", "Spaceship")
    assert r.exit_code == 2 and "unknown class 'Spaceship'" in r.stderr and "ProductivityOrganization" in r.stderr


def test_with_ontology_is_refused_for_network_formats(cli):
    r = cli("export", "--format", "graphml", "--with-ontology")
    assert r.exit_code == 2
    assert "--with-ontology applies to RDF formats" in r.stderr


# -- determinism ------------------------------------------------------------------------------


def test_golden_ntriples(seed_kg):
    """The seed's sorted N-Triples; regenerate deliberately with `kg export -f nt -o tests/golden/seed.nt`."""
    assert ex.export_format(seed_kg, "nt") == GOLDEN.read_bytes()


def reference_quads(seed_kg, with_ontology: bool = True) -> set[ox.Quad]:
    """The built quads as Oxigraph terms, converted one by one (no Oxigraph Store in between)."""

    def term(t):
        if isinstance(t, Literal):
            if t.language:
                return ox.Literal(str(t), language=t.language)
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype or XSD_STRING)))
        return ox.NamedNode(str(t))

    return {ox.Quad(term(s), term(p), term(o), term(g)) for s, p, o, g in expected_quads(seed_kg, with_ontology)}


@pytest.mark.parametrize("with_ontology", [False, True], ids=["data", "with-ontology"])
def test_nquads_hold_exactly_the_built_quads(seed_kg, with_ontology):
    data = ex.export_format(seed_kg, "nquads", with_ontology=with_ontology)
    assert set(ox.parse(data, format=ox.RdfFormat.N_QUADS)) == reference_quads(seed_kg, with_ontology)
    assert len(data.splitlines()) == len(expected_quads(seed_kg, with_ontology))


def test_integer_subtypes_keep_their_datatype(seed_kg):
    # pyoxigraph's Store turns xsd:nonNegativeInteger into xsd:integer; exports must not.
    xsd = "http://www.w3.org/2001/XMLSchema#"
    line = f'<{ID}osm-sme-development-2018> <{SME}participantCount> "15"^^<{xsd}nonNegativeInteger> .'.encode()
    assert line in ex.export_format(seed_kg, "nt").splitlines()
    assert b'sme:participantCount "15"^^xsd:nonNegativeInteger' in ex.export_format(seed_kg, "turtle")


def test_ntriples_and_nquads_are_sorted_lines(seed_kg):
    for fmt in ("nt", "nquads"):
        lines = ex.export_format(seed_kg, fmt, with_ontology=True).splitlines()
        assert lines == sorted(set(lines))


def test_two_exports_are_byte_identical(seed_kg):
    fresh = kg.load(DATA)
    for fmt in ex.FORMATS:
        assert ex.export_format(seed_kg, fmt) == ex.export_format(fresh, fmt), fmt


_DIGESTS = """
import hashlib, json, sys
import kg
from kg.export import FORMATS, export_format
k = kg.load(sys.argv[1])
out = {}
for name, f in FORMATS.items():
    variants = {"data": {}, "source": {"source": "reference-apo-members"}, "class": {"cls": "Person"}}
    if f.kind != "network":
        variants["ontology"] = {"with_ontology": True}
    for label, kw in variants.items():
        out[f"{name}/{label}"] = hashlib.sha256(export_format(k, name, **kw)).hexdigest()
print(json.dumps(out, sort_keys=True))
"""


def test_byte_identical_across_hash_seeds():
    runs = []
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", _DIGESTS, str(DATA)], capture_output=True, text=True, env=env, check=True
        )
        runs.append(json.loads(out.stdout))
    assert len(runs[0]) == 9 * 3 + 6
    assert runs[0] == runs[1] == runs[2]


def test_turtle_prefixes_come_in_a_fixed_order(seed_kg):
    head = [line for line in ex.export_format(seed_kg, "turtle").decode().splitlines() if line.startswith("@prefix")]
    assert [line.split()[1] for line in head] == [f"{p}:" for p in ex.PREFIXES]


def test_no_timestamp_in_gexf(seed_kg):
    # networkx stamps today's date; the export uses the newest source date instead.
    assert b'lastmodifieddate="2026-11-26"' in ex.export_format(seed_kg, "gexf")


# -- round trips and independent parsers ---------------------------------------------------


@pytest.mark.parametrize("with_ontology", [False, True], ids=["data", "with-ontology"])
@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_round_trip_is_isomorphic(seed_kg, fmt, with_ontology):
    data = ex.export_format(seed_kg, fmt, with_ontology=with_ontology)
    want = expected_quads(seed_kg, with_ontology)
    if ex.FORMATS[fmt].kind == "triples":
        got = Graph().parse(data=data, format=RDFLIB_NAME[fmt])
        assert isomorphic(got, graph_of(want))
        return
    ds = Dataset()
    ds.parse(data=data, format=RDFLIB_NAME[fmt])
    got_graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
    want_graphs = {str(q[3]) for q in want}
    assert got_graphs == want_graphs
    for name in sorted(want_graphs):
        assert isomorphic(ds.graph(URIRef(name)), graph_of(q for q in want if str(q[3]) == name)), name


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_oxigraph_parses_every_rdf_format(seed_kg, fmt):
    data = ex.export_format(seed_kg, fmt, with_ontology=True)
    want = reference_quads(seed_kg)
    got = list(ox.parse(data, format=OX_NAME[fmt]))
    if ex.FORMATS[fmt].kind == "triples":
        assert {q.triple for q in got} == {q.triple for q in want}
    else:
        assert set(got) == set(want)


def _rapper() -> str | None:
    path = shutil.which("rapper")
    if path is None and os.environ.get("CI") == "true":
        pytest.fail("rapper (raptor2-utils) must be installed under CI=true")
    return path


@pytest.mark.parametrize("fmt", sorted(RAPPER_NAME))
def test_rapper_accepts_turtle_rdfxml_ntriples(seed_kg, fmt, tmp_path):
    rapper = _rapper()
    if rapper is None:
        pytest.skip("rapper (raptor2-utils) not installed")
    path = tmp_path / f"out.{ex.FORMATS[fmt].extension}"
    path.write_bytes(ex.export_format(seed_kg, fmt, with_ontology=True))
    r = subprocess.run([rapper, "-i", RAPPER_NAME[fmt], "-c", str(path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert f"returned {len(seed_kg.quads)} triples" in r.stderr


def test_shacl_conforms_for_exported_data_with_ontology(seed_kg):
    g = Graph().parse(data=ex.export_format(seed_kg, "turtle", with_ontology=True), format="turtle")
    assert kg.shacl_validate(g) == []


# -- JSON-LD ------------------------------------------------------------------------------------


def test_published_context_is_generated_from_the_ontology(seed_kg):
    assert ex.CONTEXT_PATH.read_bytes() == ex.context_bytes(seed_kg.ontology), (
        "ontology/context.jsonld is out of date: run  .venv/bin/python -c 'import kg.export as e; e.write_context()'"
    )


def test_every_relation_and_attribute_has_a_context_key(seed_kg):
    ctx = ex.jsonld_context(seed_kg.ontology)["@context"]
    onto = seed_kg.ontology
    assert onto.relations and onto.attributes
    for name, prop in {**onto.relations, **onto.attributes}.items():
        term = ctx[name]
        iri = term if isinstance(term, str) else term["@id"]
        assert iri == f"sme:{name}" and str(prop.iri) == SME + name
    assert ctx["organized"] == {"@id": "sme:organized", "@type": "@id"}
    assert ctx["startDate"] == {"@id": "sme:startDate", "@type": "xsd:date"}
    assert ctx["participantCount"] == {"@id": "sme:participantCount", "@type": "xsd:nonNegativeInteger"}
    assert (ctx["label"], ctx["altLabel"], ctx["title"]) == ("rdfs:label", "skos:altLabel", "sme:title")


def _graph_nodes(doc: dict, graph: str) -> dict[str, dict]:
    block = next(g for g in doc["@graph"] if g["@id"] == graph)
    return {n["@id"]: n for n in block["@graph"]}


def test_jsonld_has_readable_keys_and_one_graph_per_source(seed_kg):
    doc = json.loads(ex.export_format(seed_kg, "jsonld"))
    assert doc["@context"] == ex.jsonld_context(seed_kg.ontology)["@context"]
    assert [g["@id"] for g in doc["@graph"]] == ["graph:registry", f"source:{NEWS}", f"source:{MEMBERS}"]
    news = _graph_nodes(doc, f"source:{NEWS}")
    assert news["id:kpc"]["organized"] == "id:osm-sme-development-2018"
    osm = news["id:osm-sme-development-2018"]
    assert (osm["startDate"], osm["endDate"], osm["participantCount"]) == ("2018-09-10", "2018-09-14", "15")
    assert osm["heldIn"] == "id:seoul"
    role = news["role:hank-ching-yao-huang--nctu-ece"]
    assert role == {
        "@id": "role:hank-ching-yao-huang--nctu-ece",
        "@type": "sme:Role",
        "organization": "id:nctu-ece",
        "person": "id:hank-ching-yao-huang",
        "title": ["Associate Dean", "Professor"],
    }
    meta = news[f"source:{NEWS}"]
    assert (meta["date"], meta["publisher"], meta["dcterms:title"]) == (
        "2018-09-25",
        "id:apo",
        "APO drives SMEs to adopt Fourth Industrial Revolution",
    )
    registry = _graph_nodes(doc, "graph:registry")
    assert registry["id:kpc"] == {
        "@id": "id:kpc",
        "@type": "sme:ProductivityOrganization",
        "altLabel": "KPC",
        "label": "Korea Productivity Center",
    }


@pytest.mark.parametrize("with_ontology", [False, True], ids=["data", "with-ontology"])
def test_jsonld_expands_to_exactly_the_same_quads(seed_kg, with_ontology):
    doc = json.loads(ex.export_format(seed_kg, "jsonld", with_ontology=with_ontology))
    nq = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    got = set(ox.parse(nq.encode(), format=ox.RdfFormat.N_QUADS))
    want = reference_quads(seed_kg, with_ontology)
    assert got == want
    # and the expanded form, too, holds every quad once
    expanded = jsonld.expand(doc)
    assert {g["@id"] for g in expanded} == {str(q.graph_name.value) for q in want}


# -- subsets --------------------------------------------------------------------------------------


def _quads(data: bytes) -> set[tuple[str, str, str, str]]:
    return {
        (q.subject.value, q.predicate.value, str(q.object), q.graph_name.value)
        for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)
    }


def test_source_subset_is_its_graph_plus_registry_of_mentioned_entities(seed_kg):
    got = _quads(ex.export_format(seed_kg, "nquads", source=MEMBERS))
    src_graph = f"{ID}source/{MEMBERS}"
    want_src = {q for q in _quads(ex.export_format(seed_kg, "nquads")) if q[3] == src_graph}
    assert {q for q in got if q[3] == src_graph} == want_src
    assert {q[3] for q in got} == {src_graph, str(REGISTRY_GRAPH)}
    registry_subjects = {q[0] for q in got if q[3] == str(REGISTRY_GRAPH)}
    members = {e.id for e in seed_kg.records.entities.values() if e.cls == "Country"}
    mentioned = {q[0] for q in want_src} | {q[2].strip("<>") for q in want_src}
    assert registry_subjects == {t for t in mentioned if t.startswith(ID) and "/source/" not in t}
    assert f"{ID}apo" in registry_subjects and f"{ID}kpc" not in registry_subjects
    assert {f"{ID}{m}" for m in ("kor", "jpn", "sgp")} <= registry_subjects and len(members) >= 20


def test_class_subset_keeps_entities_their_statements_roles_and_source_metadata(seed_kg):
    got = _quads(ex.export_format(seed_kg, "nquads", cls="Person"))
    news = f"{ID}source/{NEWS}"
    people = {str(e.iri) for e in seed_kg.records.entities.values() if seed_kg.ontology.is_a(e.cls, "Person")}
    assert f"{ID}taiho-kang" in people and f"{ID}kim-peng-foo" in people  # Official and Expert are Persons
    assert {q[0] for q in got if q[3] == str(REGISTRY_GRAPH)} == people
    assert (f"{ID}taiho-kang", f"{SME}represents", f"<{ID}kpc>", news) in got
    assert (f"{ID}osm-sme-development-2018", f"{SME}conductedBy", f"<{ID}kim-peng-foo>", news) in got
    role = f"{ID}role/kim-peng-foo--kerydh"
    assert {(p, o) for s, p, o, g in got if s == role} == {
        ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"<{SME}Role>"),
        (f"{SME}person", f"<{ID}kim-peng-foo>"),
        (f"{SME}organization", f"<{ID}kerydh>"),
        (f"{SME}title", '"Managing Director"'),
    }
    assert (news, "http://purl.org/dc/terms/date", '"2018-09-25"^^<http://www.w3.org/2001/XMLSchema#date>', news) in got
    # nothing that does not touch a person (besides roles and source metadata)
    assert (f"{ID}apo", f"{SME}organized", f"<{ID}osm-sme-development-2018>", news) not in got
    assert f"{ID}kpc" not in {q[0] for q in got if q[3] == str(REGISTRY_GRAPH)}


def test_with_ontology_adds_the_ontology_and_concept_graphs(seed_kg):
    data_only = {q[3] for q in _quads(ex.export_format(seed_kg, "nquads"))}
    full = {q[3] for q in _quads(ex.export_format(seed_kg, "nquads", with_ontology=True))}
    assert full - data_only == {str(g) for g in ONTOLOGY_GRAPHS}
    assert str(CONCEPTS_GRAPH) in full


def test_class_subset_network_formats(seed_kg):
    g = nx.read_graphml(io.BytesIO(ex.export_format(seed_kg, "graphml", cls="Person")))
    assert {d["relation"] for _, _, d in g.edges(data=True)} == {
        "basedIn",
        "represents",
        "conductedBy",
        "inauguratedBy",
        "welcomedBy",
    }
    assert all(g.nodes[u]["top"] == "Person" or g.nodes[v]["top"] == "Person" for u, v in g.edges())


# -- network formats --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_load_in_networkx_with_attributes(seed_kg, fmt):
    data = ex.export_format(seed_kg, fmt)
    g = nx.read_graphml(io.BytesIO(data)) if fmt == "graphml" else nx.read_gexf(io.BytesIO(data))
    assert g.number_of_nodes() == seed_kg.graph.number_of_nodes()
    assert g.number_of_edges() == seed_kg.graph.number_of_edges() == 122
    osm = g.nodes["osm-sme-development-2018"]
    assert (osm["cls"], osm["top"], osm["label"]) == (
        "ObservationalStudyMission",
        "Program",
        "Multicountry Observational Study Mission on SME Development",
    )
    assert (osm["startDate"], osm["participantCount"]) == ("2018-09-10", 15)
    assert osm["aliases"] == "OSM; OSM on SME Development; APO OSM on SME Development 2018"
    edge = g.get_edge_data("hank-ching-yao-huang", "nctu-ece")
    if g.is_multigraph():
        (edge,) = edge.values()
    assert (edge["relation"], edge["label"], edge["sources"], edge["titles"]) == (
        "represents",
        "represents",
        NEWS,
        "Associate Dean; Professor",
    )
    assert edge["paragraphs"] == f"{NEWS}: 6"
    assert edge["id"] == "hank-ching-yao-huang--represents--nctu-ece"


def test_cytoscape_json(seed_kg):
    doc = json.loads(ex.export_format(seed_kg, "cytoscape"))
    assert set(doc) == {"elements"} and set(doc["elements"]) == {"nodes", "edges"}
    nodes = {n["data"]["id"]: n["data"] for n in doc["elements"]["nodes"]}
    edges = {e["data"]["id"]: e["data"] for e in doc["elements"]["edges"]}
    assert len(nodes) == seed_kg.graph.number_of_nodes() and len(edges) == 122
    assert nodes["kpc"]["label"] == "Korea Productivity Center" and nodes["kpc"]["cls"] == "ProductivityOrganization"
    e = edges["kpc--organized--osm-sme-development-2018"]
    assert (e["source"], e["target"], e["relation"], e["sources"]) == (
        "kpc",
        "osm-sme-development-2018",
        "organized",
        [NEWS],
    )
    assert all(nodes.keys() >= {d["source"], d["target"]} for d in edges.values())


# -- CLI and atomic output ---------------------------------------------------------------------


def test_cli_writes_stdout_or_file(cli, seed_kg, tmp_path):
    r = cli("export", "--format", "trig", "--with-ontology")
    assert r.exit_code == 0
    assert r.stdout_bytes == ex.export_format(seed_kg, "trig", with_ontology=True)
    out = tmp_path / "x.jsonld"
    r = cli("export", "-f", "jsonld", "-o", str(out), "--source", NEWS)
    assert r.exit_code == 0 and out.read_bytes() == ex.export_format(seed_kg, "jsonld", source=NEWS)
    assert r.stdout == "" and r.stderr.startswith(f"wrote {out} (jsonld, ")


def test_failure_mid_export_leaves_no_partial_file(cli, tmp_path, monkeypatch):
    out = tmp_path / "sme.ttl"
    out.write_bytes(b"previous export\n")

    def boom(sel):
        raise KeyboardInterrupt  # Ctrl-C while serializing

    monkeypatch.setitem(
        ex.FORMATS, "turtle", ex.FORMATS["turtle"].__class__(**{**ex.FORMATS["turtle"].__dict__, "write": boom})
    )
    r = cli("export", "-f", "turtle", "-o", str(out))
    assert r.exit_code == 130 and "nothing was written" in r.stderr
    assert out.read_bytes() == b"previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sme.ttl"]


def test_failure_while_writing_leaves_no_partial_file(cli, tmp_path, monkeypatch):
    out = tmp_path / "sme.nt"

    def failing_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kg.io.os.fsync", failing_fsync)
    with pytest.raises(OSError, match="No space left"):
        cli("export", "-f", "nt", "-o", str(out))
    assert list(tmp_path.iterdir()) == []


def test_export_help_has_example(cli):
    r = cli("export", "--help")
    assert "Example:" in r.output and "kg export --format trig" in r.output


def _sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def test_export_file_equals_release_file(seed_kg, tmp_path):
    # `kg export --with-ontology` and the release bundle hold the same bytes for RDF formats.
    files = kg.write_release(seed_kg, tmp_path / "rel", quiet=True)
    for name, f in ex.FORMATS.items():
        kw = {"with_ontology": f.kind != "network"}
        assert _sha(files[f"sme-kg.{f.extension}"]) == _sha(ex.export_format(seed_kg, name, **kw)), name


# -- the N-Triples writer agrees with Oxigraph's canonical form ----------------------------------

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_DATATYPES = st.sampled_from(
    [None, XSD_STRING, *(f"http://www.w3.org/2001/XMLSchema#{t}" for t in ("date", "gYear", "nonNegativeInteger"))]
)


@given(text=st.text(), datatype=_DATATYPES, lang=st.sampled_from([None, "en", "EN-gb", "ko"]))
def test_literal_lines_match_oxigraph_canonical_ntriples(text, datatype, lang):
    lit = Literal(text, lang=lang) if lang else Literal(text, datatype=URIRef(datatype) if datatype else None)
    ox_lit = (
        ox.Literal(text, language=lang) if lang else ox.Literal(text, datatype=ox.NamedNode(datatype or XSD_STRING))
    )
    assert nt_term(lit) == str(ox_lit)


@pytest.mark.filterwarnings("ignore:.*does not look like a valid URI")
def test_invalid_iri_is_refused():
    with pytest.raises(ValueError, match="not a valid IRI, cannot be exported: 'http://x/a b'"):
        ex.graph_lines([(URIRef("http://x/a b"), URIRef("http://x/p"), URIRef("http://x/o"), URIRef("http://x/g"))])
