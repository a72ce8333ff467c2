"""Upload the dataset to a SPARQL store: Graph Store HTTP Protocol, or SPARQL 1.1 Update.

Every named graph of the dataset (sources, registry, ontology, concept scheme)
is sent whole and replaces the graph of the same IRI on the server, so pushing
twice leaves the same store:

* with ``graph_store`` (a SPARQL 1.1 Graph Store HTTP Protocol endpoint, e.g.
  Oxigraph's ``/store``, Fuseki's ``/ds/data``): ``PUT <graph_store>?graph=<g>``
  with the graph as N-Triples;
* otherwise through the SPARQL 1.1 Update ``endpoint`` (Oxigraph's ``/update``,
  Fuseki's ``/ds/update``): ``DROP SILENT GRAPH <g>`` then ``INSERT DATA``,
  in chunks of :data:`CHUNK` triples.

``replace=True`` also deletes, through the Update endpoint, every graph on the
server whose IRI lies in our namespace (``https://w3id.org/smekg/``) and that
the dataset no longer has (a source removed from ``data/``). Graphs outside our
namespace are never touched.

Basic auth comes from the environment (``SME_KG_USER``, ``SME_KG_PASSWORD``),
never from the command line. Any failure (unreachable server, HTTP error,
refused credentials) raises :class:`PushError` with one line: method, URL, status.
"""

from __future__ import annotations

import base64
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass

from .build import KnowledgeGraph
from .errors import KgError, UsageError
from .progress import progress

__all__ = ["CHUNK", "ENV_PASSWORD", "ENV_USER", "NAMESPACE", "PushError", "PushResult", "push_graphs"]

ENV_USER = "SME_KG_USER"
ENV_PASSWORD = "SME_KG_PASSWORD"  # noqa: S105 -- the name of an environment variable, not a password
NAMESPACE = "https://w3id.org/smekg/"
#: Triples per SPARQL Update request.
CHUNK = 20_000


class PushError(KgError):
    """The store could not be reached or refused the upload (exit 1)."""

    exit_code = 1


@dataclass(frozen=True)
class PushResult:
    """What was pushed: triples per graph IRI, how, and whether stale graphs were removed."""

    graphs: dict[str, int]
    method: str  # "graph-store" or "update"
    url: str
    replaced: bool

    @property
    def triples(self) -> int:
        return sum(self.graphs.values())

    def __str__(self) -> str:
        how = "Graph Store Protocol (PUT)" if self.method == "graph-store" else "SPARQL Update"
        extra = "; removed our graphs the data no longer has" if self.replaced else ""
        return f"pushed {len(self.graphs)} graphs ({self.triples} triples) to {self.url} via {how}{extra}"


def _check_url(url: str, option: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"{option} {url!r} is not an http(s) URL; example: http://localhost:7878/update")
    if parts.username or parts.password:
        raise UsageError(f"{option} carries credentials; set {ENV_USER} and {ENV_PASSWORD} in the environment instead")
    return url


def _auth_header() -> dict[str, str]:
    user = os.environ.get(ENV_USER)
    if not user:
        return {}
    token = base64.b64encode(f"{user}:{os.environ.get(ENV_PASSWORD, '')}".encode()).decode("ascii")
    return {"Authorization": f"Basic {token}"}


def _send(method: str, url: str, body: bytes, content_type: str, timeout: float) -> None:
    headers = {"Content-Type": content_type, **_auth_header()}
    req = urllib.request.Request(url, data=body, method=method, headers=headers)  # noqa: S310 -- scheme checked
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 -- scheme checked
            resp.read()
    except urllib.error.HTTPError as e:
        detail = " ".join(e.read(300).decode("utf-8", "replace").split())
        hint = f" (check {ENV_USER} / {ENV_PASSWORD})" if e.code in (401, 403) else ""
        raise PushError(
            f"{method} {url} failed: HTTP {e.code} {e.reason}{hint}" + (f": {detail[:200]}" if detail else "")
        ) from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise PushError(f"cannot reach {url}: {reason}") from None


def _chunks(lines: list[bytes]) -> Iterator[list[bytes]]:
    for i in range(0, max(len(lines), 1), CHUNK):
        yield lines[i : i + CHUNK]


def push_graphs(
    kg: KnowledgeGraph,
    endpoint: str | None = None,
    graph_store: str | None = None,
    replace: bool = False,
    timeout: float = 120.0,
    quiet: bool = False,
) -> PushResult:
    """Upload every named graph of ``kg`` (see the module docstring); idempotent.

    ``endpoint`` is the SPARQL Update endpoint; ``graph_store`` the Graph Store
    Protocol endpoint (used for the upload when given). ``replace`` needs
    ``endpoint``.

    Examples
    --------
    >>> from kg.build import load
    >>> push_graphs(load("data"), endpoint="http://127.0.0.1:9/update", timeout=2)
    Traceback (most recent call last):
    ...
    kg.push.PushError: cannot reach http://127.0.0.1:9/update: [Errno 111] Connection refused
    """
    if endpoint is None and graph_store is None:
        raise UsageError("give --endpoint (SPARQL Update) or --graph-store (Graph Store Protocol)")
    if replace and endpoint is None:
        raise UsageError("--replace removes stale graphs through SPARQL Update: give --endpoint too")
    if endpoint:
        _check_url(endpoint, "--endpoint")
    if graph_store:
        _check_url(graph_store, "--graph-store")

    per_graph = kg.lines
    graphs = sorted(per_graph)
    counts: dict[str, int] = {}
    with progress("push", total=len(graphs) + int(replace), quiet=quiet) as task:
        for g in graphs:
            lines = per_graph[g]
            counts[g] = len(lines)
            task.describe(f"push: {g.removeprefix(NAMESPACE)}")
            if graph_store:
                sep = "&" if "?" in graph_store else "?"
                url = f"{graph_store}{sep}graph={urllib.parse.quote(g, safe='')}"
                body = b"".join(line + b"\n" for line in lines)
                _send("PUT", url, body, "application/n-triples", timeout)
            else:
                assert endpoint is not None
                for i, chunk in enumerate(_chunks(lines)):
                    head = f"DROP SILENT GRAPH <{g}> ;\n" if i == 0 else ""
                    body = f"{head}INSERT DATA {{ GRAPH <{g}> {{\n".encode() + b"\n".join(chunk) + b"\n} }\n"
                    _send("POST", endpoint, body, "application/sparql-update", timeout)
            task.advance()
        if replace:
            assert endpoint is not None
            keep = ", ".join(f"<{g}>" for g in graphs)
            update = (
                "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } "
                f'FILTER(STRSTARTS(STR(?g), "{NAMESPACE}") && ?g NOT IN ({keep})) }}\n'
            )
            _send("POST", endpoint, update.encode(), "application/sparql-update", timeout)
            task.advance()
    method = "graph-store" if graph_store else "update"
    return PushResult(counts, method, graph_store or endpoint or "", replace)
