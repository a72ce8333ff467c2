"""SHACL shapes: a valid and an invalid example per shape, messages, and drift against the ontology.

Each named node shape ``shapes:<rule>`` in ``ontology/shapes.ttl`` has two examples in
``tests/shapes/``: ``<rule>-valid.ttl`` conforms, ``<rule>-invalid.ttl`` breaks that rule
and no other. Examples hold only instance triples; the ontology and the concept scheme
are added to the data graph, as ``kg validate`` does, so subclasses count.
"""

from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, BNode, Graph, Namespace, URIRef
from rdflib.collection import Collection

import kg
from kg.ontology import CONCEPT_CLASS, ONTOLOGY_DIR, SME
from kg.validate import SHAPES_PATH, load_shapes, union_graph

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = Path(__file__).resolve().parent / "shapes"
SH = Namespace("http://www.w3.org/ns/shacl#")
SHAPES = Namespace("https://w3id.org/smekg/shapes#")
SKOS_CONCEPT = URIRef("http://www.w3.org/2004/02/skos/core#Concept")

SHAPES_GRAPH = load_shapes(SHAPES_PATH)
RULES = sorted(
    str(s)[len(str(SHAPES)) :]
    for s in SHAPES_GRAPH.subjects(RDF.type, SH.NodeShape)
    if isinstance(s, URIRef) and str(s).startswith(str(SHAPES))
)
# Relations whose subject is a Role or a Source node are checked by shapes:role / shapes:source.
NO_RELATION_SHAPE = {"Role", "Source"}


@pytest.fixture(scope="module")
def ontology_graph() -> Graph:
    g = Graph()
    g.parse(ONTOLOGY_DIR / "sme.ttl", format="turtle")
    g.parse(ONTOLOGY_DIR / "concepts.ttl", format="turtle")
    return g


def _validate(example: Path, ontology_graph: Graph) -> tuple[bool, Graph]:
    data = Graph()
    for triple in ontology_graph:
        data.add(triple)
    data.parse(example, format="turtle")
    conforms, report, _text = pyshacl.validate(data, shacl_graph=SHAPES_GRAPH, inference="none", advanced=True)
    return conforms, report


def _text(report: Graph) -> str:
    return report.serialize(format="turtle")


def test_rules_are_found() -> None:
    assert {"label", "altLabel", "program", "country", "source", "role", "attended", "welcomedBy"} <= set(RULES)


def test_every_example_file_belongs_to_a_shape() -> None:
    expected = {f"{rule}-{kind}.ttl" for rule in RULES for kind in ("valid", "invalid")}
    assert sorted(p.name for p in EXAMPLES.glob("*.ttl")) == sorted(expected)


@pytest.mark.parametrize("rule", RULES)
def test_valid_example_conforms(rule: str, ontology_graph: Graph) -> None:
    conforms, report = _validate(EXAMPLES / f"{rule}-valid.ttl", ontology_graph)
    assert conforms, _text(report)


@pytest.mark.parametrize("rule", RULES)
def test_invalid_example_breaks_only_its_rule(rule: str, ontology_graph: Graph) -> None:
    path = EXAMPLES / f"{rule}-invalid.ttl"
    assert path.read_text(encoding="utf-8").count("\n# Wrong: ") == 1, "say what is wrong in one '# Wrong:' line"
    conforms, report = _validate(path, ontology_graph)
    assert not conforms
    node = SHAPES[rule]
    own = {node, *SHAPES_GRAPH.objects(node, SH.property)}
    results = list(report.subjects(RDF.type, SH.ValidationResult))
    assert results
    for r in results:
        assert report.value(r, SH.sourceShape) in own, _text(report)
        assert str(report.value(r, SH.resultMessage) or "").strip(), _text(report)


def _shapes_with_message_check() -> list[tuple[str, object]]:
    out = []
    for node in sorted(s for s in SHAPES_GRAPH.subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef)):
        out.append((str(node), node))
        for i, prop in enumerate(SHAPES_GRAPH.objects(node, SH.property)):
            path = SHAPES_GRAPH.value(prop, SH.path)
            out.append((f"{node} property {i} ({path})", prop))
    return out


def test_every_shape_has_a_message() -> None:
    shapes = _shapes_with_message_check()
    assert len(shapes) > len(RULES)  # property shapes are included
    missing = [name for name, shape in shapes if not str(SHAPES_GRAPH.value(shape, SH.message) or "").strip()]
    assert missing == []


def _name(iri: object) -> str:
    if iri == SKOS_CONCEPT:
        return CONCEPT_CLASS
    assert isinstance(iri, URIRef) and str(iri).startswith(str(SME)), iri
    return str(iri)[len(str(SME)) :]


def _classes(shape: object) -> tuple[str, ...]:
    """Class names a shape requires: its sh:class, or the sh:class of each member of its sh:or list."""
    found = [_name(c) for c in SHAPES_GRAPH.objects(shape, SH["class"])]
    for alternatives in SHAPES_GRAPH.objects(shape, SH["or"]):
        assert isinstance(alternatives, BNode)
        for member in Collection(SHAPES_GRAPH, alternatives):
            found.extend(_name(c) for c in SHAPES_GRAPH.objects(member, SH["class"]))
    return tuple(sorted(found))


ALL_RELATIONS = kg.load_ontology().relations
RELATIONS = [r for _, r in sorted(ALL_RELATIONS.items()) if not NO_RELATION_SHAPE.intersection(r.domain)]


def test_drift_check_skips_only_role_and_source_relations() -> None:
    skipped = sorted(set(ALL_RELATIONS) - {r.name for r in RELATIONS})
    assert skipped == ["organization", "person", "photoCredit"]
    assert len(RELATIONS) == 21


@pytest.mark.parametrize("relation", RELATIONS, ids=lambda r: r.name)
def test_relation_shape_matches_ontology(relation) -> None:
    node = SHAPES[relation.name]
    assert (node, RDF.type, SH.NodeShape) in SHAPES_GRAPH, f"shapes.ttl has no shapes:{relation.name}"
    assert list(SHAPES_GRAPH.objects(node, SH.targetSubjectsOf)) == [relation.iri]
    assert _classes(node) == relation.domain
    props = list(SHAPES_GRAPH.objects(node, SH.property))
    assert [SHAPES_GRAPH.value(p, SH.path) for p in props] == [relation.iri]
    assert _classes(props[0]) == relation.range


@pytest.mark.parametrize("name", ["organization", "person", "photoCredit"])
def test_role_and_source_relations_are_property_shapes(name: str) -> None:
    """Relations of Role and Source nodes are checked inside shapes:role and shapes:source."""
    relation = ALL_RELATIONS[name]
    (domain,) = relation.domain
    (node,) = SHAPES_GRAPH.subjects(SH.targetClass, SME[domain])
    props = [p for p in SHAPES_GRAPH.objects(node, SH.property) if SHAPES_GRAPH.value(p, SH.path) == relation.iri]
    assert len(props) == 1, f"{node} has no property shape for sme:{name}"
    assert _classes(props[0]) == relation.range


def test_shipped_data_conforms() -> None:
    assert kg.shacl_validate(union_graph(kg.load(ROOT / "data").quads)) == []
