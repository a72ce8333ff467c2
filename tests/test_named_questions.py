"""Named questions (kg/queries/*.rq): expected answers on the seed, both engines identical, `kg ask`."""

from __future__ import annotations

import json

import pytest

from kg.errors import UsageError
from kg.query import ENGINES
from kg.questions import ask, bind_params, question, questions

from conftest import TESTS

ID = "https://w3id.org/smekg/id/"
OSM = "osm-sme-development-2018"
NEWS = "apo-news-2018-09-25-sme-4ir-study-mission"

# One call per named question (every shipped question appears at least once).
CASES: dict[str, tuple[str, dict[str, str]]] = {
    "organizers": ("organizers-of-program", {"program": OSM}),
    "programs-apo": ("programs-organized-by", {"organization": "APO"}),
    "programs-kpc": ("programs-organized-by", {"organization": "Korea Productivity Center"}),
    "experts": ("experts-of-program", {"program": "OSM on SME Development"}),
    "connections-kim": ("connections-of", {"entity": "Kim Peng Foo"}),
    "connections-concept": ("connections-of", {"entity": "sme-development"}),
    "in-korea": ("programs-in-country", {"country": "South Korea"}),
    "in-singapore": ("programs-in-country", {"country": "sgp"}),
    "in-2018": ("programs-in-year", {"year": "2018"}),
    "in-2017": ("programs-in-year", {"year": "2017"}),
    "reach-apo": ("countries-reached-by", {"organization": "apo"}),
    "reach-kpc": ("countries-reached-by", {"organization": "KPC"}),
    "reps-apo": ("representatives-of", {"organization": "APO"}),
    "reps-kerydh": ("representatives-of", {"organization": "Kerydh"}),
    "source-organized": ("sources-of-fact", {"subject": "APO", "relation": "organized", "object": OSM}),
    "source-member": ("sources-of-fact", {"subject": "kor", "relation": "member of", "object": "apo"}),
}


@pytest.fixture(scope="session")
def answers(seed_kg):
    """Every case answered by every engine: {(case, engine): QueryResult}."""
    return {(case, e): ask(seed_kg, name, params, engine=e) for case, (name, params) in CASES.items() for e in ENGINES}


def values(answers, case, *columns, engine="oxigraph"):
    r = answers[case, engine]
    rows = r.records()
    return [tuple(row[c].removeprefix(ID) if row[c] else row[c] for c in columns) for row in rows]


def test_every_shipped_question_is_covered():
    assert {name for name, _ in CASES.values()} == set(questions())
    assert len(questions()) >= 9


@pytest.mark.parametrize("case", sorted(CASES))
def test_both_engines_give_identical_answers(answers, case):
    assert answers[case, "oxigraph"] == answers[case, "rdflib"]


def test_organizers_of_the_study_mission(answers):
    assert values(answers, "organizers", "organizer", "name") == [
        ("apo", "Asian Productivity Organization"),
        ("kpc", "Korea Productivity Center"),
    ]


def test_programs_organized_by(answers):
    assert values(answers, "programs-apo", "program", "kind", "start") == [
        ("apo-sme-bilateral-capacity-building", "Capacity-building project", None),
        ("apo-sme-study-missions", "Study mission", None),
        ("apo-sme-workshops", "Workshop", None),
        (OSM, "Observational study mission", "2018-09-10"),
    ]
    assert values(answers, "programs-kpc", "program") == [(OSM,)]


def test_experts_of_the_study_mission_with_organizations_and_titles(answers):
    assert values(answers, "experts", "name", "organizationName", "titles") == [
        ("David Sehyeon Baek", "Pygmalion Global", "CEO"),
        ("Dong-Sun Kim", "Yoon and Yang", "Senior Advisor"),
        (
            "Hank Ching-Yao Huang",
            "College of Electrical and Computer Engineering, National Chiao Tung University",
            "Associate Dean; Professor",
        ),
        ("Kim Peng Foo", "Kerydh Private Limited", "Managing Director"),
    ]


def test_connections_grouped_by_relation_both_directions(answers):
    assert values(answers, "connections-kim", "relationLabel", "direction", "other") == [
        ("based in", "out", "sgp"),
        ("conducted by", "in", OSM),
        ("represents", "out", "kerydh"),
    ]
    assert values(answers, "connections-concept", "relationLabel", "direction", "other") == [
        ("topic", "in", "apo-sme-bilateral-capacity-building"),
        ("topic", "in", "apo-sme-study-missions"),
        ("topic", "in", "apo-sme-workshops"),
        ("topic", "in", OSM),
    ]


def test_programs_in_a_country_directly_or_through_a_place(answers):
    assert values(answers, "in-korea", "program", "via") == [
        ("apo-sme-bilateral-capacity-building", None),
        ("asean-korea-startup-week", None),
        ("k-startup-grand-challenge", None),
        (OSM, "seoul"),
    ]
    assert values(answers, "in-singapore", "program") == [("apo-sme-bilateral-capacity-building",)]


def test_programs_in_a_year(answers):
    assert values(answers, "in-2018", "program", "start", "end") == [(OSM, "2018-09-10", "2018-09-14")]
    assert values(answers, "in-2017", "program") == []


def test_countries_reached_by_an_organization(answers):
    assert values(answers, "reach-apo", "country", "how", "programs") == [
        ("khm", "held in", "1"),
        ("irn", "held in", "2"),
        ("jpn", "held in", "1"),
        ("lao", "held in", "1"),
        ("mys", "held in", "1"),
        ("mng", "held in", "1"),
        ("npl", "held in", "1"),
        ("twn", "benchmarked", "1"),
        ("twn", "held in", "1"),
        ("kor", "held in", "2"),
        ("sgp", "benchmarked", "1"),
        ("sgp", "held in", "1"),
        ("lka", "held in", "1"),
        ("tha", "held in", "1"),
    ]
    assert values(answers, "reach-kpc", "country", "how") == [
        ("twn", "benchmarked"),
        ("kor", "held in"),
        ("sgp", "benchmarked"),
    ]


def test_representatives_of_an_organization_and_its_units(answers):
    assert values(answers, "reps-apo", "person", "unit", "titles") == [
        ("ta-te-yang", "apo-industry-department", "Program Officer"),
        ("ta-te-yang", "apo", ""),
    ]
    assert values(answers, "reps-kerydh", "name", "titles") == [("Kim Peng Foo", "Managing Director")]


def test_sources_of_a_fact(answers):
    assert values(answers, "source-organized", "source", "kind", "title", "date", "publisher") == [
        (
            f"source/{NEWS}",
            "News item",
            "APO drives SMEs to adopt Fourth Industrial Revolution",
            "2018-09-25",
            "apo",
        )
    ]
    assert values(answers, "source-member", "source", "kind") == [("source/reference-apo-members", "Reference list")]


def test_header_is_parsed():
    q = question("experts-of-program")
    assert q.title == "Experts of a program"
    assert [(p.name, p.kind) for p in q.params] == [("program", "Program")]
    assert q.usage == "kg ask experts-of-program --program <Program>"


def test_every_question_projects_its_parameters_and_puts_them_first():
    # An answer names what it is about (the parameter is projected); the first triple pattern
    # should use a parameter (the most selective pattern first).
    for q in questions().values():
        select = q.text[q.text.index("SELECT") : q.text.index("WHERE")]
        body = q.text[q.text.index("WHERE") :]
        lines = [line.strip() for line in body.splitlines()[1:]]
        first = next(line for line in lines if line and line[0] not in "{}#" and not line.startswith("GRAPH"))
        for p in q.params:
            assert f"?{p.name}" in select, (q.name, p.name)
        if q.name != "programs-in-year":  # a year is a filter on a scan
            assert any(f"?{p.name}" in first for p in q.params) or first.startswith("SELECT"), (q.name, first)


def test_parameters_are_resolved_by_class(seed_kg):
    b = bind_params(seed_kg, question("programs-organized-by"), {"org": "KPC"})
    assert b["organization"].value == ID + "kpc"
    with pytest.raises(UsageError, match=r"unknown Organization 'Singapore'.*did you mean"):
        bind_params(seed_kg, question("programs-organized-by"), {"organization": "Singapore"})
    with pytest.raises(UsageError, match="needs --program"):
        bind_params(seed_kg, question("experts-of-program"), {})
    with pytest.raises(UsageError, match="has no parameter --color"):
        bind_params(seed_kg, question("experts-of-program"), {"program": OSM, "color": "red"})
    with pytest.raises(UsageError, match="not a whole number"):
        bind_params(seed_kg, question("programs-in-year"), {"year": "2018; DROP ALL"})
    with pytest.raises(UsageError, match="unknown relation 'founded by'"):
        bind_params(seed_kg, question("sources-of-fact"), {"subject": "apo", "relation": "founded by", "object": "x"})


def test_cli_ask_lists_the_questions(cli):
    r = cli("ask")
    assert r.exit_code == 0
    for name in questions():
        assert name in r.stdout
    assert "organization (Organization)" in r.stdout


def test_cli_ask_experts_prints_the_four_experts(cli):
    args = ("ask", "experts-of-program", "--program", "Multicountry Observational Study Mission on SME Development")
    r = cli(*args)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["expert", "name", "organization", "organizationName", "titles"]  # no bound param
    assert [line.split()[0] for line in lines[2:] if line.startswith("id:")] == [
        "id:david-sehyeon-baek",
        "id:dong-sun-kim",
        "id:hank-ching-yao-huang",
        "id:kim-peng-foo",
    ]
    assert lines[-1] == "(4 rows)"
    rows = [line.split(",", 3)[2:] for line in cli(*args, "--format", "csv").stdout.splitlines()[1:]]
    assert [(row[0], row[1].rsplit(",", 1)[1]) for row in rows] == [
        ("David Sehyeon Baek", "CEO"),
        ("Dong-Sun Kim", "Senior Advisor"),
        ("Hank Ching-Yao Huang", "Associate Dean; Professor"),
        ("Kim Peng Foo", "Managing Director"),
    ]
    assert '"College of Electrical and Computer Engineering, National Chiao Tung University"' in rows[2][1]


def test_cli_ask_org_abbreviation_and_formats(cli):
    r = cli("ask", "programs-organized-by", "--org", "KPC", "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert [b["program"]["value"] for b in data["results"]["bindings"]] == [ID + OSM]
    r = cli("ask", "organizers-of-program", f"--program={OSM}", "--format", "csv", "--engine", "rdflib")
    assert r.stdout.splitlines()[1:] == [
        f"{ID}{OSM},{ID}apo,Asian Productivity Organization",
        f"{ID}{OSM},{ID}kpc,Korea Productivity Center",
    ]


def test_cli_ask_errors(cli):
    r = cli("ask", "who-is-who")
    assert r.exit_code == 2
    assert "unknown question 'who-is-who'; available: connections-of" in r.stderr
    r = cli("ask", "programs-organized-by", "--org", "Korea")
    assert r.exit_code == 2
    assert "unknown Organization 'Korea'" in r.stderr and "kpc (Korea Productivity Center)" in r.stderr
    r = cli("ask", "experts-of-program")
    assert r.exit_code == 2 and "usage: kg ask experts-of-program --program <Program>" in r.stderr
    r = cli("ask", "experts-of-program", "--program")
    assert r.exit_code == 2 and "--program needs a value" in r.stderr
    assert all("Traceback" not in x.output for x in [r])


def test_ambiguous_names_list_the_candidates(cli):
    data = str(TESTS / "data" / "queries" / "ambiguous")
    r = cli("ask", "programs-organized-by", "--org", "NPC", "--data", data)
    assert r.exit_code == 2
    assert "'NPC' is ambiguous" in r.stderr
    assert (
        "npc-north (Northern Productivity Council" in r.stderr and "npc-south (Southern Productivity Center" in r.stderr
    )
    r = cli("ask", "programs-organized-by", "--org", "npc-south", "--data", data, "--format", "csv")
    assert r.exit_code == 0 and r.stdout.splitlines()[1].split(",")[2] == "Productivity Forum 2020"


def test_titles_are_sorted_per_person_and_a_title_may_hold_a_semicolon(tmp_path):
    import shutil

    import kg

    data = tmp_path / "data"
    shutil.copytree(TESTS.parent / "data", data)
    (data / "sources" / "zz-extra.yaml").write_text(
        "source: {id: zz-extra, title: Extra, date: 2020-01-01, publisher: apo}\n"
        "entities:\n  - {id: semi-expert, class: Expert, label: Semi Expert}\n"
        "statements:\n"
        "  - {subject: osm-sme-development-2018, relation: conductedBy, object: semi-expert}\n"
        '  - {subject: semi-expert, relation: represents, object: kpc, title: "Zeta Head; Alpha Unit"}\n'
        "  - {subject: semi-expert, relation: represents, object: apo, title: [Trustee, Advisor]}\n"
    )
    g = kg.load(data)
    for engine in ENGINES:
        r = ask(g, "experts-of-program", {"program": OSM}, engine=engine)
        rows = {
            (rec["organization"].rsplit("/", 1)[-1], rec["titles"])
            for rec in r.records()
            if rec["name"] == "Semi Expert"
        }
        assert rows == {("kpc", "Zeta Head; Alpha Unit"), ("apo", "Advisor; Trustee")}, engine
        kpc = ask(g, "representatives-of", {"organization": "kpc"}, engine=engine)
        assert [rec["titles"] for rec in kpc.records() if rec["name"] == "Semi Expert"] == ["Zeta Head; Alpha Unit"]


def test_a_lists_header_must_name_a_column_of_the_query(tmp_path):
    (tmp_path / "bad.rq").write_text(
        "# title: Bad\n# lists: titles\nSELECT ?s (GROUP_CONCAT(?t) AS ?names) WHERE { ?s ?p ?t } GROUP BY ?s\n"
    )
    with pytest.raises(UsageError, match=r"`# lists: titles` names no `AS \?titles` column"):
        questions(tmp_path)
