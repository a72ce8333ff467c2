"""Competency questions over the built seed dataset, asked in SPARQL (rdflib, union of named graphs).

Each expected answer is a fact of the 2018 APO news item on the study mission in Seoul.
"""

from __future__ import annotations

import pytest

PREFIXES = """
PREFIX sme: <https://w3id.org/smekg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX id: <https://w3id.org/smekg/id/>
"""
OSM = "https://w3id.org/smekg/id/osm-sme-development-2018"
SOURCE = "https://w3id.org/smekg/id/source/apo-news-2018-09-25-sme-4ir-study-mission"


@pytest.fixture(scope="module")
def ask(seed_kg):
    def run(query: str) -> list[tuple[str, ...]]:
        return sorted(
            tuple(str(v) if v is not None else "" for v in row) for row in seed_kg.dataset.query(PREFIXES + query)
        )

    return run


def test_who_organized_the_study_mission(ask):
    rows = ask("SELECT ?label WHERE { ?org sme:organized id:osm-sme-development-2018 ; rdfs:label ?label }")
    assert rows == [("Asian Productivity Organization",), ("Korea Productivity Center",)]


def test_organizers_are_found_by_their_abbreviations(ask):
    rows = ask(
        "SELECT ?alias WHERE { ?org sme:organized id:osm-sme-development-2018 ; skos:altLabel ?alias "
        "FILTER(?alias IN ('APO', 'KPC')) }"
    )
    assert rows == [("APO",), ("KPC",)]


def test_where_and_when(ask):
    rows = ask(
        """SELECT ?place ?country ?start ?end ?participants ?countries WHERE {
             id:osm-sme-development-2018 sme:heldIn ?p ; sme:startDate ?start ; sme:endDate ?end ;
                 sme:participantCount ?participants ; sme:countryCount ?countries .
             ?p rdfs:label ?place ; sme:locatedIn ?c . ?c rdfs:label ?country }"""
    )
    assert rows == [("Seoul", "Republic of Korea", "2018-09-10", "2018-09-14", "15", "12")]


def test_program_class_and_name(ask):
    rows = ask(
        "SELECT ?label WHERE { id:osm-sme-development-2018 a sme:ObservationalStudyMission ; rdfs:label ?label }"
    )
    assert rows == [("Multicountry Observational Study Mission on SME Development",)]


def test_experts_whom_they_represent_and_titles(ask):
    rows = ask(
        """SELECT ?expert ?org ?title WHERE {
             id:osm-sme-development-2018 sme:conductedBy ?e . ?e a sme:Expert ; rdfs:label ?expert .
             ?role a sme:Role ; sme:person ?e ; sme:organization ?o ; sme:title ?title .
             ?o rdfs:label ?org }"""
    )
    assert rows == [
        ("David Sehyeon Baek", "Pygmalion Global", "CEO"),
        ("Dong-Sun Kim", "Yoon and Yang", "Senior Advisor"),
        (
            "Hank Ching-Yao Huang",
            "College of Electrical and Computer Engineering, National Chiao Tung University",
            "Associate Dean",
        ),
        (
            "Hank Ching-Yao Huang",
            "College of Electrical and Computer Engineering, National Chiao Tung University",
            "Professor",
        ),
        ("Kim Peng Foo", "Kerydh Private Limited", "Managing Director"),
    ]


def test_experts_home_economies(ask):
    rows = ask(
        """SELECT ?expert ?country WHERE { id:osm-sme-development-2018 sme:conductedBy ?e .
             ?e rdfs:label ?expert ; sme:basedIn ?c . ?c rdfs:label ?country }"""
    )
    assert rows == [
        ("David Sehyeon Baek", "Republic of Korea"),
        ("Dong-Sun Kim", "Republic of Korea"),
        ("Hank Ching-Yao Huang", "Republic of China"),
        ("Kim Peng Foo", "Singapore"),
    ]


def test_academic_unit_is_part_of_the_university(ask):
    rows = ask("SELECT ?u WHERE { id:nctu-ece sme:partOf ?x . ?x rdfs:label ?u ; sme:basedIn id:twn }")
    assert rows == [("National Chiao Tung University",)]


def test_who_opened_and_welcomed(ask):
    rows = ask(
        """SELECT ?what ?person ?org ?title WHERE {
             VALUES ?rel { sme:inauguratedBy sme:welcomedBy }
             id:osm-sme-development-2018 ?rel ?p . BIND(STRAFTER(STR(?rel), '#') AS ?what)
             ?p rdfs:label ?person . ?role sme:person ?p ; sme:organization ?o ; sme:title ?title . ?o rdfs:label ?org }"""
    )
    assert rows == [
        ("inauguratedBy", "Taiho Kang", "Korea Productivity Center", "International Cooperation Director"),
        ("welcomedBy", "Ta-Te Yang", "APO Secretariat Industry Department", "Program Officer"),
    ]


def test_sites_visited(ask):
    rows = ask("SELECT ?site ?cls WHERE { id:osm-sme-development-2018 sme:visited ?s . ?s rdfs:label ?site ; a ?cls }")
    assert [r[0] for r in rows] == [
        "D. CAMP",
        "Gyeonggi Center for Creative Economy and Innovation",
        "Small and Medium Business Corporation",
    ]
    assert {r[1].split("#")[-1] for r in rows} == {"Accelerator", "Incubator", "GovernmentAgency"}


def test_visited_sites_ownership(ask):
    rows = ask(
        """SELECT ?site ?kind WHERE { id:osm-sme-development-2018 sme:visited ?s . ?s rdfs:label ?site ;
             sme:ownership ?k . ?k skos:prefLabel ?kind }"""
    )
    assert rows == [
        ("D. CAMP", "Privately run"),
        ("Gyeonggi Center for Creative Economy and Innovation", "Government-owned"),
        ("Small and Medium Business Corporation", "Government-owned"),
    ]


def test_services_of_the_sme_corporation(ask):
    rows = ask("SELECT ?s WHERE { id:sbc sme:offers ?c . ?c skos:prefLabel ?s }")
    assert rows == [("Capacity building",), ("Financing",), ("Marketing",), ("Technical assistance",)]


def test_benchmarked_countries(ask):
    rows = ask("SELECT ?c WHERE { id:osm-sme-development-2018 sme:benchmarked ?x . ?x rdfs:label ?c }")
    assert rows == [("Republic of China",), ("Singapore",)]


def test_programs_studied_and_attended(ask):
    rows = ask(
        """SELECT ?rel ?label WHERE { VALUES ?p { sme:studied sme:attended }
             id:osm-sme-development-2018 ?p ?x . ?x rdfs:label ?label . BIND(STRAFTER(STR(?p), '#') AS ?rel) }"""
    )
    assert rows == [
        ("attended", "Seminars of the ASEAN-Korea Startup Week"),
        ("studied", "K-Startup Grand Challenge"),
        ("studied", "ROK SME policy initiatives and assistance programs"),
    ]
    assert ask("SELECT ?y WHERE { id:kor-sme-support-programs sme:founded ?y ; sme:runBy id:kor-government }") == [
        ("1970",)
    ]
    assert ask("SELECT ?w WHERE { id:asean-korea-startup-week-seminars sme:partOf ?x . ?x rdfs:label ?w }") == [
        ("ASEAN-Korea Startup Week",)
    ]
    assert ask("SELECT ?t WHERE { id:k-startup-grand-challenge sme:targets ?c . ?c skos:prefLabel ?t }") == [
        ("ICT startups",)
    ]


def test_ministry_set_up_in_2017_from_the_former_authority(ask):
    rows = ask("SELECT ?y ?o WHERE { id:mss sme:founded ?y ; sme:succeeds ?o ; a sme:Ministry }")
    assert rows == [("2017", "https://w3id.org/smekg/id/kor-former-sme-authority")]
    offers = ask("SELECT ?s WHERE { id:mss sme:offers ?c . ?c skos:prefLabel ?s }")
    assert ("Venture funding",) in offers and ("Technological innovation hubs",) in offers


def test_apo_other_sme_activities_and_their_countries(ask):
    rows = ask(
        """SELECT ?kind (GROUP_CONCAT(?iso; separator=' ') AS ?countries) WHERE {
             SELECT ?kind ?iso WHERE { id:apo sme:organized ?p . ?p a ?cls ; sme:heldIn ?c . ?c sme:isoCode ?iso .
               BIND(STRAFTER(STR(?cls), '#') AS ?kind) FILTER(?p != id:osm-sme-development-2018) } ORDER BY ?iso
           } GROUP BY ?kind"""
    )
    assert rows == [
        ("CapacityBuildingProject", "KHM KOR LAO MNG MYS SGP"),
        ("StudyMission", "IRN JPN LKA THA TWN"),
        ("Workshop", "IRN NPL"),
    ]


def test_apo_member_economies_with_iso_codes(ask):
    rows = ask("SELECT ?iso WHERE { ?c sme:memberOf id:apo ; a sme:Country ; sme:isoCode ?iso }")
    assert [r[0] for r in rows] == sorted(
        [
            "BGD",
            "KHM",
            "TWN",
            "FJI",
            "HKG",
            "IND",
            "IDN",
            "IRN",
            "JPN",
            "KOR",
            "LAO",
            "MYS",
            "MNG",
            "NPL",
            "PAK",
            "PHL",
            "SGP",
            "LKA",
            "THA",
            "TUR",
            "VNM",
        ]
    )
    aliases = ask(
        "SELECT ?a WHERE { ?c sme:memberOf id:apo ; skos:altLabel ?a FILTER(?a IN ('ROK','ROC','IR Iran','Lao PDR')) }"
    )
    assert aliases == [("IR Iran",), ("Lao PDR",), ("ROC",), ("ROK",)]


def test_each_fact_lives_in_the_named_graph_of_its_source(ask):
    rows = ask(
        """SELECT ?g ?title ?date ?publisher WHERE {
             GRAPH ?g { ?org sme:organized id:osm-sme-development-2018 . id:osm-sme-development-2018 sme:heldIn id:seoul ;
                        sme:conductedBy id:kim-peng-foo ; sme:visited id:d-camp }
             GRAPH ?g { ?g dcterms:title ?title ; dcterms:date ?date ; dcterms:publisher ?pub }
             ?pub rdfs:label ?publisher }"""
    )
    assert set(rows) == {
        (
            SOURCE,
            "APO drives SMEs to adopt Fourth Industrial Revolution",
            "2018-09-25",
            "Asian Productivity Organization",
        )
    }


def test_reference_data_has_its_own_graph(ask):
    rows = ask("SELECT DISTINCT ?g WHERE { GRAPH ?g { id:kor sme:memberOf id:apo } }")
    assert rows == [("https://w3id.org/smekg/id/source/reference-apo-members",)]
    rows = ask("SELECT DISTINCT ?g WHERE { GRAPH ?g { id:kor rdfs:label ?l } }")
    assert rows == [("https://w3id.org/smekg/graph/registry",)]
