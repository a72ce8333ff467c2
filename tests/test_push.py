"""kg push against a real `oxigraph serve` on loopback: counts per graph, idempotence, same answers, clear failures."""

from __future__ import annotations

import base64
import json
import threading
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from kg.questions import ask

from conftest import free_port, oxigraph_server

pytestmark = pytest.mark.server
NS = "https://w3id.org/smekg/"


@pytest.fixture
def server(tmp_path):
    """A fresh in-memory Oxigraph server on 127.0.0.1:<free port>; yields its base URL.

    Started with --union-default-graph, as the README tells partners: the named
    questions read the default graph, which is then the union of all named graphs
    (as in the local store).
    """
    with oxigraph_server(tmp_path) as base:
        yield base


def remote_select(base: str, query: str) -> list[dict[str, str]]:
    req = urllib.request.Request(
        f"{base}/query",
        data=query.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        rows = json.load(resp)["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in rows]


def remote_counts(base: str) -> dict[str, int]:
    rows = remote_select(base, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"]: int(r["n"]) for r in rows}


def test_push_graph_store_counts_match_and_push_is_idempotent(cli, server, seed_kg):
    args = ("push", "--graph-store", f"{server}/store", "--quiet")
    r = cli(*args)
    assert r.exit_code == 0, r.stderr
    n = len(seed_kg.quads)
    assert r.stdout.strip() == (f"pushed 5 graphs ({n} triples) to {server}/store via Graph Store Protocol (PUT)")
    local = seed_kg.stats()["graphs"]
    assert remote_counts(server) == local
    assert cli(*args).exit_code == 0
    assert remote_counts(server) == local  # the second push replaces, never duplicates


def test_push_sparql_update_counts_match_and_push_is_idempotent(cli, server, seed_kg):
    for _ in range(2):
        r = cli("push", "--endpoint", f"{server}/update", "--quiet")
        assert r.exit_code == 0, r.stderr
        assert r.stdout.strip().endswith(f"to {server}/update via SPARQL Update")
        assert remote_counts(server) == seed_kg.stats()["graphs"]


def test_named_question_gives_the_same_answer_remotely(cli, server, seed_kg):
    assert cli("push", "--graph-store", f"{server}/store", "--quiet").exit_code == 0
    params = {"program": "osm-sme-development-2018"}
    local = ask(seed_kg, "organizers-of-program", params)
    remote = ask(seed_kg, "organizers-of-program", params, endpoint=f"{server}/query")
    assert local.column("name") == ["Asian Productivity Organization", "Korea Productivity Center"]
    assert remote.column("name") == local.column("name")
    assert remote.rows == local.rows


def test_replace_removes_only_our_stale_graphs(cli, server, seed_kg):
    stale, foreign = f"{NS}id/source/withdrawn-news", "http://example.org/partner-graph"
    for g in (stale, foreign):
        body = f"INSERT DATA {{ GRAPH <{g}> {{ <http://example.org/s> <http://example.org/p> 1 }} }}".encode()
        req = urllib.request.Request(
            f"{server}/update", data=body, headers={"Content-Type": "application/sparql-update"}
        )
        urllib.request.urlopen(req, timeout=10).read()
    r = cli("push", "--endpoint", f"{server}/update", "--graph-store", f"{server}/store", "--replace", "--quiet")
    assert r.exit_code == 0, r.stderr
    assert r.stdout.strip().endswith("; removed our graphs the data no longer has")
    counts = remote_counts(server)
    assert stale not in counts and counts[foreign] == 1
    assert {g: n for g, n in counts.items() if g != foreign} == seed_kg.stats()["graphs"]


def test_replace_needs_the_update_endpoint(cli, server):
    r = cli("push", "--graph-store", f"{server}/store", "--replace")
    assert r.exit_code == 2 and "--replace removes stale graphs through SPARQL Update" in r.stderr


def test_unreachable_endpoint_is_one_line_and_exit_1(cli):
    url = f"http://127.0.0.1:{free_port()}/update"
    r = cli("push", "--endpoint", url, "--quiet")
    assert r.exit_code == 1
    assert r.stderr.count("\n") == 1
    assert r.stderr.startswith(f"error: cannot reach {url}: ") and "refused" in r.stderr.lower()
    assert r.stdout == ""


def test_http_error_is_one_line_with_url_and_status(cli, server):
    url = f"{server}/no-such-service"
    r = cli("push", "--graph-store", url, "--quiet")
    assert r.exit_code == 1
    assert r.stderr.count("\n") == 1
    assert r.stderr.startswith(f"error: PUT {url}?graph=https%3A%2F%2Fw3id.org%2Fsmekg%2Fconcept%2F failed: HTTP 404")


def test_urls_must_be_http_and_carry_no_credentials(cli):
    r = cli("push", "--endpoint", "ftp://example.org/update")
    assert r.exit_code == 2 and "is not an http(s) URL" in r.stderr
    r = cli("push", "--endpoint", "http://alice:secret@127.0.0.1:1/update")
    assert r.exit_code == 2 and "set SME_KG_USER and SME_KG_PASSWORD in the environment instead" in r.stderr
    r = cli("push")
    assert r.exit_code == 2 and "give --endpoint" in r.stderr


# -- basic auth, against a small stdlib server that demands it ----------------------------------


class _AuthStore(BaseHTTPRequestHandler):
    expected = "Basic " + base64.b64encode(b"alice:s3cret").decode()
    received: ClassVar[list[tuple[str, str, int]]] = []

    def _handle(self) -> None:
        size = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(size)
        if self.headers.get("Authorization") != self.expected:
            self.send_response(401, "Unauthorized")
            self.send_header("WWW-Authenticate", 'Basic realm="store"')
            self.end_headers()
            self.wfile.write(b"credentials required\n")
            return
        self.received.append((self.command, self.path, len(body.splitlines())))
        self.send_response(204)
        self.end_headers()

    do_PUT = do_POST = _handle

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def auth_server():
    _AuthStore.received = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _AuthStore)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_refused_auth_is_one_line_with_status(cli, auth_server, monkeypatch):
    monkeypatch.setenv("SME_KG_USER", "alice")
    monkeypatch.setenv("SME_KG_PASSWORD", "wrong")
    r = cli("push", "--graph-store", f"{auth_server}/store", "--quiet")
    assert r.exit_code == 1
    assert r.stderr.count("\n") == 1
    assert "HTTP 401 Unauthorized (check SME_KG_USER / SME_KG_PASSWORD): credentials required" in r.stderr
    assert "wrong" not in r.stderr


def test_credentials_come_from_the_environment(cli, auth_server, monkeypatch, seed_kg):
    monkeypatch.setenv("SME_KG_USER", "alice")
    monkeypatch.setenv("SME_KG_PASSWORD", "s3cret")
    r = cli("push", "--graph-store", f"{auth_server}/store", "--quiet")
    assert r.exit_code == 0, r.stderr
    got = {path.split("graph=", 1)[1]: n for method, path, n in _AuthStore.received if method == "PUT"}
    want = {urllib.parse.quote(g, safe=""): n for g, n in seed_kg.stats()["graphs"].items()}
    assert got == want


def test_push_help_names_the_env_vars(cli):
    out = cli("push", "--help").output
    assert "SME_KG_USER" in out and "SME_KG_PASSWORD" in out and "Example:" in out
