"""`--endpoint`: the same questions against a real `oxigraph serve` on a free loopback port.

The server is started by the test and stopped after it. Under CI=true a
missing server binary is a failure, elsewhere a skip with the reason.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from test_named_questions import CASES

from kg.errors import KgError
from kg.query import run_query
from kg.questions import ask

pytestmark = pytest.mark.server


def _oxigraph_binary() -> str | None:
    local = Path(sys.executable).parent / "oxigraph"
    return str(local) if local.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(seed_kg, tmp_path_factory):
    """A running `oxigraph serve` loaded with the built N-Quads; yields its query URL."""
    binary = _oxigraph_binary()
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("the oxigraph server binary is missing (pip install oxigraph) and CI=true forbids skipping")
        pytest.skip("no oxigraph server binary (pip install oxigraph)")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"oxigraph serve exited: {proc.stderr.read().decode(errors='replace')}")
                if time.monotonic() > deadline:
                    pytest.fail("oxigraph serve did not listen within 30 s")
                time.sleep(0.1)
        load = urllib.request.Request(
            f"{base}/store", data=seed_kg.nquads(), method="POST", headers={"Content-Type": "application/n-quads"}
        )
        with urllib.request.urlopen(load, timeout=30) as resp:
            assert resp.status in (200, 201, 204)
        yield f"{base}/query"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


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
