"""`--endpoint`: the same questions against a real `oxigraph serve` on a free loopback port.

The server is started by the test and stopped after it. Under CI=true a
missing server binary is a failure, elsewhere a skip with the reason.
"""

from __future__ import annotations

import urllib.request

import pytest
from test_named_questions import CASES

from kg.errors import KgError
from kg.query import run_query
from kg.questions import ask

from conftest import oxigraph_server

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def endpoint(seed_kg, tmp_path_factory):
    """A running `oxigraph serve` loaded with the built N-Quads; yields its query URL."""
    workdir = tmp_path_factory.mktemp("oxigraph")
    with oxigraph_server(workdir, location=workdir / "store") as base:
        load = urllib.request.Request(
            f"{base}/store", data=seed_kg.nquads(), method="POST", headers={"Content-Type": "application/n-quads"}
        )
        with urllib.request.urlopen(load, timeout=30) as resp:
            assert resp.status in (200, 201, 204)
        yield f"{base}/query"


@pytest.mark.parametrize("case", sorted(CASES))
def test_named_questions_answer_the_same_remotely(seed_kg, endpoint, case):
    name, params = CASES[case]
    remote = ask(seed_kg, name, params, endpoint=endpoint)
    assert remote == ask(seed_kg, name, params)
    assert remote.rows or case in {"in-2017"}


def test_ask_construct_and_named_graphs_remotely(seed_kg, endpoint):
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { id:kpc sme:organized ?p } }"
    assert run_query(None, q, endpoint=endpoint) == run_query(seed_kg, q)
    assert run_query(None, "ASK { id:kor sme:memberOf id:apo }", endpoint=endpoint).boolean is True
    c = "CONSTRUCT { ?o sme:organized ?p } WHERE { ?o sme:organized ?p }"
    assert run_query(None, c, endpoint=endpoint) == run_query(seed_kg, c)


def test_cli_ask_through_the_endpoint(cli, endpoint):
    args = ("ask", "experts-of-program", "--program", "OSM on SME Development", "--format", "csv")
    remote = cli(*args, "--endpoint", endpoint)
    assert remote.exit_code == 0, remote.output
    assert remote.stdout == cli(*args).stdout
    assert "Associate Dean; Professor" in remote.stdout


def test_endpoint_errors_are_one_line_with_url_and_status(cli, endpoint):
    r = cli("query", "SELECT ?x WHERE { ?x }", "--endpoint", endpoint)
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: SPARQL endpoint {endpoint} answered HTTP 400")
    with pytest.raises(KgError, match="HTTP 404"):
        run_query(None, "ASK { ?s ?p ?o }", endpoint=endpoint.replace("/query", "/nothing-here"))


def test_updates_never_reach_the_endpoint(cli, endpoint):
    r = cli("query", "CLEAR ALL", "--endpoint", endpoint.replace("/query", "/update"))
    assert r.exit_code == 2
    assert run_query(None, "ASK { id:kor sme:memberOf id:apo }", endpoint=endpoint).boolean is True
