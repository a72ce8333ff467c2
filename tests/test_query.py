"""`kg query` and kg.query: engines, prefixes, named graphs, formats, refusals, errors, timeouts."""

from __future__ import annotations

import json

import pytest

from kg.errors import UsageError
from kg.query import (
    ENGINES,
    PREFIXES,
    QueryResult,
    QueryTimeout,
    Term,
    _with_values,
    format_result,
    query_form,
    run_query,
)

OSM = "https://w3id.org/smekg/id/osm-sme-development-2018"
NEWS = "https://w3id.org/smekg/id/source/apo-news-2018-09-25-sme-4ir-study-mission"
ORGANIZERS = (
    "SELECT DISTINCT ?name WHERE { ?o sme:organized id:osm-sme-development-2018 ; rdfs:label ?name } ORDER BY ?name"
)
# Every triple three times over: far too slow to finish within a second.
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_select_with_predeclared_prefixes(seed_kg, engine):
    r = run_query(seed_kg, ORGANIZERS, engine=engine)
    assert r.form == "SELECT"
    assert r.variables == ("name",)
    assert r.column("name") == ["Asian Productivity Organization", "Korea Productivity Center"]


def test_required_prefixes_are_predeclared():
    assert {"sme", "rdfs", "skos", "dcterms", "org", "schema", "prov"} <= set(PREFIXES)
    assert PREFIXES["sme"] == "https://w3id.org/smekg/ontology#"


def test_engines_answer_identically(seed_kg):
    q = """SELECT ?p ?start ?n ?g WHERE {
             GRAPH ?g { ?p sme:startDate ?start ; sme:countryCount ?c }
             BIND (?c + 0 AS ?n)
           } ORDER BY ?p"""
    a, b = (run_query(seed_kg, q, engine=e) for e in ("oxigraph", "rdflib"))
    assert a == b
    assert a.rows == (
        (
            Term.uri(OSM),
            Term.literal("2018-09-10", "http://www.w3.org/2001/XMLSchema#date"),
            Term.literal("12", "http://www.w3.org/2001/XMLSchema#integer"),
            Term.uri(NEWS),
        ),
    )


def test_known_difference_oxigraph_stores_derived_integers_as_integer(seed_kg):
    # Oxigraph keeps xsd:nonNegativeInteger values as xsd:integer; rdflib keeps the declared type.
    # Results stay faithful to each engine, so a query returning such a value differs in its datatype only.
    q = "SELECT ?c WHERE { ?p sme:countryCount ?c }"
    (ox_c,), (rdf_c,) = run_query(seed_kg, q).rows[0], run_query(seed_kg, q, engine="rdflib").rows[0]
    assert (ox_c.value, ox_c.datatype) == ("12", "http://www.w3.org/2001/XMLSchema#integer")
    assert (rdf_c.value, rdf_c.datatype) == ("12", "http://www.w3.org/2001/XMLSchema#nonNegativeInteger")


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_named_graphs_give_the_source_of_a_fact(seed_kg, engine):
    r = run_query(seed_kg, "SELECT DISTINCT ?g WHERE { GRAPH ?g { id:kpc sme:organized ?p } }", engine=engine)
    assert r.column("g") == [NEWS]
    # The member list is its own source: its facts are not in the news item's graph.
    ask = f"ASK {{ GRAPH <{NEWS}> {{ id:kor sme:memberOf id:apo }} }}"
    assert run_query(seed_kg, ask, engine=engine).boolean is False
    assert run_query(seed_kg, "ASK { id:kor sme:memberOf id:apo }", engine=engine).boolean is True


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_construct_prints_turtle(seed_kg, engine):
    r = run_query(seed_kg, "CONSTRUCT { ?o sme:organized ?p } WHERE { ?o sme:organized ?p }", engine=engine)
    assert r.form == "CONSTRUCT"
    assert len(r.triples) == 5
    out = format_result(r, "turtle")
    assert out == format_result(r, "table")
    assert "@prefix sme: <https://w3id.org/smekg/ontology#> ." in out
    assert "id:kpc sme:organized id:osm-sme-development-2018 ." in out


def test_describe_returns_the_entity_triples(seed_kg):
    r = run_query(seed_kg, "DESCRIBE id:kpc")
    assert (Term.uri(PREFIXES["id"] + "kpc"), Term.uri(PREFIXES["sme"] + "organized"), Term.uri(OSM)) in r.triples


def test_ask_prints_true_or_false(seed_kg):
    r = run_query(seed_kg, "ASK { id:apo sme:organized id:osm-sme-development-2018 }")
    assert format_result(r, "table") == "true"
    assert json.loads(format_result(r, "json")) == {"head": {}, "boolean": True}


def test_formats(seed_kg):
    r = run_query(seed_kg, "SELECT ?o ?name WHERE { ?o sme:organized ?p ; rdfs:label ?name } ORDER BY ?name LIMIT 1")
    assert format_result(r, "csv") == "o,name\nhttps://w3id.org/smekg/id/apo,Asian Productivity Organization"
    assert format_result(r, "tsv").splitlines() == [
        "?o\t?name",
        '<https://w3id.org/smekg/id/apo>\t"Asian Productivity Organization"',
    ]
    assert json.loads(format_result(r, "json")) == {
        "head": {"vars": ["o", "name"]},
        "results": {
            "bindings": [
                {
                    "o": {"type": "uri", "value": "https://w3id.org/smekg/id/apo"},
                    "name": {"type": "literal", "value": "Asian Productivity Organization"},
                }
            ]
        },
    }
    table = format_result(r, "table")
    assert "id:apo" in table and "Asian Productivity Organization" in table and table.endswith("(1 row)")


def test_wide_values_are_wrapped_in_the_table():
    long = "x" * 300
    out = format_result(QueryResult("SELECT", ("v",), ((Term.literal(long),),)), "table", width=60)
    assert all(len(line) <= 60 for line in out.splitlines())
    assert "".join(line.strip() for line in out.splitlines()[2:-1]) == long


def test_select_cannot_print_as_turtle(seed_kg):
    with pytest.raises(UsageError, match="CONSTRUCT and DESCRIBE"):
        format_result(run_query(seed_kg, ORGANIZERS), "turtle")


def test_bindings_are_rdf_terms_not_text(seed_kg):
    q = "SELECT ?o ?name WHERE { ?o rdfs:label ?name } ORDER BY ?o"
    for engine in ENGINES:
        r = run_query(seed_kg, q, engine=engine, bindings={"name": Term.literal("Korea Productivity Center")})
        assert r.column("o") == ["https://w3id.org/smekg/id/kpc"]
        # Query syntax inside a value stays a value: no match, no error, nothing run.
        evil = Term.literal('x" } } DROP ALL ; SELECT * { ?s ?p "')
        assert run_query(seed_kg, q, engine=engine, bindings={"name": evil}).rows == ()


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { id:a sme:organized id:b }",
        "PREFIX x: <http://example.org/#> # a comment with INSERT\n DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
        "clear all",
        "DROP GRAPH <https://w3id.org/smekg/graph/registry>",
        "WITH <http://e> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_updates_are_refused(seed_kg, cli, text):
    with pytest.raises(UsageError, match="only reads the graph"):
        run_query(seed_kg, text)
    r = cli("query", text)
    assert r.exit_code == 2
    assert "SPARQL Update" in r.stderr and "data/" in r.stderr
    assert "Traceback" not in r.output


def test_query_form_skips_prologue_and_comments():
    assert query_form("BASE <http://e/>\nPREFIX a: <http://e#x>  # ASK\nconstruct { } where { }") == "CONSTRUCT"


@pytest.mark.parametrize(
    ("engine", "where"),
    [("oxigraph", "line 2, column 9"), ("rdflib", "line 2, column 2")],
)
def test_malformed_sparql_gives_line_and_column(cli, engine, where):
    r = cli("query", "SELECT ?x WHERE {\n ?x ?y }", "--engine", engine)
    assert r.exit_code == 2
    assert r.stderr.startswith("error: malformed SPARQL at " + where)
    assert "Traceback" not in r.output


def test_unknown_engine(seed_kg):
    with pytest.raises(UsageError, match="oxigraph, rdflib"):
        run_query(seed_kg, ORGANIZERS, engine="virtuoso")


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_timeout_stops_the_query(seed_kg, cli, engine):
    with pytest.raises(QueryTimeout, match=r"longer than 0\.5 s"):
        run_query(seed_kg, HEAVY, engine=engine, timeout=0.5)
    r = cli("query", HEAVY, "--engine", engine, "--timeout", "0.5")
    assert r.exit_code == 1
    assert "ran longer than 0.5 s and was stopped" in r.stderr


def test_errors_inside_the_timed_worker_come_back(seed_kg):
    with pytest.raises(UsageError, match="malformed SPARQL at line 1"):
        run_query(seed_kg, "SELECT ?x WHERE { ?x }", timeout=5)


def test_query_from_file_and_stdin(cli, tmp_path):
    f = tmp_path / "q.rq"
    f.write_text(ORGANIZERS, encoding="utf-8")
    r = cli("query", f"@{f}", "--format", "csv")
    assert r.exit_code == 0, r.output
    assert r.stdout == "name\nAsian Productivity Organization\nKorea Productivity Center\n"
    assert cli("query", "-", "--format", "csv", input=ORGANIZERS).stdout == r.stdout
    missing = cli("query", f"@{tmp_path / 'nope.rq'}")
    assert missing.exit_code == 2 and "not found" in missing.stderr


def test_cli_query_table(cli):
    r = cli("query", ORGANIZERS)
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0].strip() == "name"
    assert [line.strip() for line in lines[2:4]] == ["Asian Productivity Organization", "Korea Productivity Center"]
    assert lines[-1] == "(2 rows)"


def test_endpoint_must_be_http(cli):
    r = cli("query", ORGANIZERS, "--endpoint", "file:///etc/passwd")
    assert r.exit_code == 2 and "http://" in r.stderr


def test_unreachable_endpoint_is_one_clear_line(cli):
    r = cli("query", ORGANIZERS, "--endpoint", "http://127.0.0.1:9/sparql", "--timeout", "5")
    assert r.exit_code == 1
    assert r.stderr.startswith("error: could not query SPARQL endpoint http://127.0.0.1:9/sparql")
    assert len(r.stderr.strip().splitlines()) == 1


def test_terms_that_could_break_out_of_a_values_block_are_refused():
    for bad in (
        Term("uri", "http://x/a> . } #"),
        Term("literal", "x", None, "en) } ?s ?p ?o } #"),
        Term("literal", "x", "http://x> . } #"),
        Term("bnode", "b } #"),
    ):
        with pytest.raises(UsageError, match="not a valid"):
            bad.n3()
    assert Term("literal", "x", None, "en-GB").n3() == '"x"@en-GB'


def test_values_block_goes_into_the_where_group_not_after_a_where_variable():
    text = "SELECT * { ?s ?p ?where . OPTIONAL { ?s ?q ?r } }"
    bound = _with_values(text, {"s": Term.uri("http://x/a")})
    assert bound.startswith("SELECT * { VALUES (?s) { (<http://x/a>) } ")
    assert bound.endswith("?s ?p ?where . OPTIONAL { ?s ?q ?r } }")
