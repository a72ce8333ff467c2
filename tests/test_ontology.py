"""The ontology is complete, documented, and the only list of terms the code uses."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef
from rdflib.namespace import DCTERMS

from kg.ontology import CONCEPT_CLASS, ONTOLOGY_DIR, ONTOLOGY_IRI, SME, load_ontology

ONTO = Graph().parse(ONTOLOGY_DIR / "sme.ttl")

CONTRACT_CLASSES = ["Organization", "Program", "Person", "Expert", "Country", "Place", "Source", "Role"]
CONTRACT_RELATIONS = {
    "organized": ({"Organization"}, {"Program"}),
    "heldIn": ({"Program"}, {"Place", "Country"}),
    "visited": ({"Program"}, {"Organization", "Place"}),
    "conductedBy": ({"Program"}, {"Person", "Organization"}),
    "inauguratedBy": ({"Program"}, {"Person"}),
    "welcomedBy": ({"Program"}, {"Person"}),
    "attended": ({"Person", "Organization", "Program"}, {"Program"}),
    "participantFrom": ({"Program"}, {"Country"}),
    "benchmarked": ({"Program"}, {"Country"}),
    "represents": ({"Person"}, {"Organization"}),
    "basedIn": ({"Organization", "Person"}, {"Country", "Place"}),
    "locatedIn": ({"Place"}, {"Country", "Place"}),
    "partOf": ({"Organization", "Program"}, {"Organization", "Program"}),
    "memberOf": ({"Country"}, {"Organization"}),
    "runBy": ({"Program"}, {"Organization"}),
    "topic": ({"Program"}, {CONCEPT_CLASS}),
    "targets": ({"Program", "Organization"}, {CONCEPT_CLASS}),
    "offers": ({"Organization", "Program"}, {CONCEPT_CLASS}),
}
CONTRACT_ATTRIBUTES = {
    "startDate": "date",
    "endDate": "date",
    "participantCount": "nonNegativeInteger",
    "countryCount": "nonNegativeInteger",
    "founded": "gYear",
    "isoCode": "string",
}


def sme_terms() -> list[URIRef]:
    return sorted(s for s in set(ONTO.subjects()) if str(s).startswith(str(SME)))


def test_ontology_header_has_version_and_dublin_core():
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ONTO
    assert ONTO.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef("https://w3id.org/smekg/ontology/0.1.0")
    for p in (DCTERMS.title, DCTERMS.description, DCTERMS.creator, DCTERMS.license, DCTERMS.created):
        assert ONTO.value(ONTOLOGY_IRI, p) is not None, p


@pytest.mark.parametrize("term", sme_terms(), ids=lambda t: str(t).split("#")[-1])
def test_every_term_is_labelled_defined_and_attributed(term):
    assert len(list(ONTO.objects(term, RDFS.label))) == 1
    assert ONTO.value(term, SKOS.definition) or ONTO.value(term, RDFS.comment)
    assert ONTO.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI


def test_contract_classes_exist_with_expected_hierarchy():
    onto = load_ontology()
    for c in CONTRACT_CLASSES:
        assert (SME[c], RDF.type, OWL.Class) in ONTO
    assert onto.is_a("Expert", "Person")
    assert (SME.Role, RDFS.subClassOf, URIRef("http://www.w3.org/ns/org#Membership")) in ONTO
    # Every program kind the product brief names is a subclass of Program.
    for c in ("StudyMission", "Workshop", "Seminar", "TrainingCourse", "CapacityBuildingProject", "StartupChallenge"):
        assert onto.is_a(c, "Program")
    for c in (
        "ProductivityOrganization",
        "Ministry",
        "IntergovernmentalOrganization",
        "Incubator",
        "University",
        "Firm",
    ):
        assert onto.is_a(c, "Organization")


@pytest.mark.parametrize("name", sorted(CONTRACT_RELATIONS))
def test_contract_relations_have_the_agreed_domain_and_range(name):
    rel = load_ontology().relations[name]
    domain, rng = CONTRACT_RELATIONS[name]
    assert set(rel.domain) == domain
    assert set(rel.range) == rng
    assert rel.iri == SME[name]


@pytest.mark.parametrize("name", sorted(CONTRACT_ATTRIBUTES))
def test_contract_attributes_have_the_agreed_datatype(name):
    assert load_ontology().attributes[name].range == (CONTRACT_ATTRIBUTES[name],)


def test_role_properties():
    onto = load_ontology()
    assert onto.relations["person"].domain == ("Role",)
    assert onto.relations["organization"].range == ("Organization",)
    assert onto.attributes["title"].datatype == URIRef("http://www.w3.org/2001/XMLSchema#string")


def test_terms_align_with_standard_vocabularies():
    aligned = {str(o) for o in ONTO.objects(None, RDFS.subClassOf)} | {
        str(o) for o in ONTO.objects(None, RDFS.subPropertyOf)
    }
    for base in (
        "http://www.w3.org/ns/org#",
        "https://schema.org/",
        "http://xmlns.com/foaf/0.1/",
        "http://www.w3.org/ns/prov#",
    ):
        assert any(a.startswith(base) for a in aligned), base


def test_every_class_has_display_hints_from_the_ontology():
    onto = load_ontology()
    for c in onto.classes.values():
        assert c.color.startswith("#") and c.shape, c.name
    # Subclasses inherit hints they do not set (City sets its own, Expert its own).
    assert onto.display("Organization") == ("#1f77b4", "dot")


def test_every_relation_and_attribute_used_in_data_is_declared(seed_kg):
    onto = seed_kg.ontology
    assert {s.relation for s in seed_kg.records.statements} <= set(onto.relations)
    assert {a.property for a in seed_kg.records.attributes} <= set(onto.attributes)
    assert {e.cls for e in seed_kg.records.entities.values()} <= set(onto.classes) | {CONCEPT_CLASS}


def test_concept_scheme_holds_topics_targets_and_services():
    onto = load_ontology()
    for cid in (
        "smes",
        "startups",
        "ict-startups",
        "financing",
        "marketing",
        "capacity-building",
        "technical-assistance",
    ):
        assert cid in onto.concepts
    assert onto.concepts["ict-startups"][1] == "ICT startups"
