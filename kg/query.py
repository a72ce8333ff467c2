"""SPARQL over the built graph: one call, three engines, plain-Python results, several output formats.

Engines (a registry, :data:`ENGINES`):

* ``oxigraph`` (default): an embedded Oxigraph store made from the same quads
  (:func:`sparql_store`): the named graphs as they are, plus a default graph
  holding each distinct triple once. Plain patterns see the union of all graphs
  while ``GRAPH ?g { ... }`` still names the source of a fact. (Oxigraph's own
  ``use_default_graph_as_union`` is a multiset: a fact stated by 28 sources
  comes back 28 times per pattern, and a join of three such patterns 28³ times,
  which made questions with roles take minutes on the synthetic 10k graph.
  The materialised union is a set, as in rdflib, and costs one more index
  entry per distinct triple.);
* ``rdflib``: rdflib's own SPARQL engine over :attr:`KnowledgeGraph.dataset`;
* a remote SPARQL 1.1 endpoint (``endpoint=URL``), spoken to with the standard
  protocol (HTTP POST ``application/sparql-query``) and only the standard library.

Whatever the engine, the answer is a :class:`QueryResult` made of plain
tuples of :class:`Term` (IRIs, literals, blank nodes), so answers from two
engines compare equal with ``==``. Output formats are another registry
(:data:`FORMATS`): ``table``, ``csv``, ``tsv``, ``json`` (SPARQL 1.1 results
JSON) and ``turtle`` (for CONSTRUCT / DESCRIBE).

Only queries are run: SPARQL Update (INSERT, DELETE, LOAD, CLEAR...) is
refused, because the curated YAML files are the only way to change the graph.

Timeouts: pyoxigraph has no way to cancel a running query, and a Python thread
cannot be stopped either. So a query with a ``timeout`` runs in a forked child
process (which inherits the already-built store, so nothing is reloaded) and
sends its normalised result back through a pipe; when the deadline passes the
child is killed, which really stops the work, and :class:`QueryTimeout` is
raised. Where ``fork`` is unavailable the query runs in a daemon thread with
the same deadline; the thread is then abandoned rather than stopped.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import KgError, UsageError
from .rdf import nt_iri, nt_string, to_oxigraph
from .tables import render_table

if TYPE_CHECKING:
    from .build import KnowledgeGraph

__all__ = [
    "DEFAULT_TIMEOUT",
    "ENGINES",
    "FORMATS",
    "PREFIXES",
    "QueryResult",
    "QueryTimeout",
    "Term",
    "format_result",
    "query_form",
    "run_query",
    "sparql_store",
]

#: Prefixes every query may use without declaring them.
PREFIXES: dict[str, str] = {
    "concept": "https://w3id.org/smekg/concept/",
    "dcterms": "http://purl.org/dc/terms/",
    "id": "https://w3id.org/smekg/id/",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "sme": "https://w3id.org/smekg/ontology#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

DEFAULT_TIMEOUT = 30.0

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")


class QueryTimeout(KgError):
    """The query ran longer than its timeout and was stopped (exit 1)."""

    exit_code = 1


class Term(NamedTuple):
    """An RDF term as plain data: ``kind`` is ``uri``, ``literal`` or ``bnode``.

    Simple literals (``xsd:string``) have ``datatype`` None; language-tagged
    literals carry ``lang`` and no datatype.

    Examples
    --------
    >>> Term("literal", "CEO").n3()
    '"CEO"'
    >>> str(Term("uri", "https://w3id.org/smekg/id/kpc"))
    'https://w3id.org/smekg/id/kpc'
    """

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    def __str__(self) -> str:
        return self.value

    def n3(self) -> str:
        """The term in N-Triples syntax; a term that cannot be written safely raises UsageError.

        IRIs (also datatypes), language tags and blank-node labels are checked, literals
        escaped, so the text cannot change a query it is written into.
        """
        if self.kind == "uri":
            return _iri(self.value)
        if self.kind == "bnode":
            if not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", self.value):
                raise UsageError(f"not a valid blank node label: {self.value!r}")
            return f"_:{self.value}"
        text = nt_string(self.value)
        if self.lang:
            if not re.fullmatch(r"[A-Za-z]+(-[A-Za-z0-9]+)*", self.lang):
                raise UsageError(f"not a valid language tag: {self.lang!r}")
            return f"{text}@{self.lang}"
        return f"{text}^^{_iri(self.datatype)}" if self.datatype else text

    @classmethod
    def uri(cls, value: str) -> Term:
        return cls("uri", value)

    @classmethod
    def literal(cls, value: str, datatype: str | None = None, lang: str | None = None) -> Term:
        return cls("literal", value, None if datatype in (None, _XSD_STRING, _LANG_STRING) else datatype, lang)


def _iri(value: str) -> str:
    try:
        return nt_iri(value)
    except ValueError:
        raise UsageError(f"not a valid IRI: {value!r}") from None


Row = tuple[Term | None, ...]
Triple = tuple[Term, Term, Term]


@dataclass(frozen=True)
class QueryResult:
    """The answer to a query, engine-independent.

    ``form`` is ``SELECT``, ``ASK`` or ``CONSTRUCT`` (also for DESCRIBE);
    SELECT fills ``variables`` and ``rows`` (None = unbound), ASK fills
    ``boolean``, CONSTRUCT/DESCRIBE fill ``triples`` (sorted).

    Examples
    --------
    >>> r = QueryResult("SELECT", ("name",), ((Term.literal("KPC"),),))
    >>> r.records()
    [{'name': 'KPC'}]
    """

    form: str
    variables: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()
    boolean: bool | None = None
    triples: tuple[Triple, ...] = ()

    def records(self) -> list[dict[str, str | None]]:
        """SELECT rows as ``{variable: value}`` dicts (values as strings, None when unbound)."""
        return [{v: (t.value if t else None) for v, t in zip(self.variables, row, strict=True)} for row in self.rows]

    def column(self, variable: str) -> list[str | None]:
        """The values of one variable, in row order."""
        i = self.variables.index(variable)
        return [row[i].value if row[i] else None for row in self.rows]

    def without(self, *variables: str) -> QueryResult:
        """The same SELECT result without some columns (e.g. the bound parameters)."""
        keep = [i for i, v in enumerate(self.variables) if v not in variables]
        return QueryResult(
            self.form, tuple(self.variables[i] for i in keep), tuple(tuple(r[i] for i in keep) for r in self.rows)
        )

    def as_select(self) -> QueryResult:
        """A graph result seen as a table of ``subject predicate object`` rows (other forms unchanged)."""
        if self.form != "CONSTRUCT":
            return self
        return QueryResult("SELECT", ("subject", "predicate", "object"), tuple(self.triples))

    def to_json(self) -> dict[str, Any]:
        """SPARQL 1.1 Query Results JSON (graph results as subject/predicate/object rows)."""
        if self.form == "ASK":
            return {"head": {}, "boolean": bool(self.boolean)}
        r = self.as_select()
        return {
            "head": {"vars": list(r.variables)},
            "results": {
                "bindings": [
                    {v: _term_json(t) for v, t in zip(r.variables, row, strict=True) if t is not None} for row in r.rows
                ]
            },
        }


def _term_json(t: Term) -> dict[str, str]:
    out = {"type": t.kind, "value": t.value}
    if t.lang:
        out["xml:lang"] = t.lang
    elif t.datatype:
        out["datatype"] = t.datatype
    return out


# -- the query text ----------------------------------------------------------------

_PROLOGUE_PART = re.compile(r"\s+|#[^\n]*|(?i:PREFIX)\s*[^\s:]*:\s*<[^>]*>|(?i:BASE)\s*<[^>]*>")
_DECLARED = re.compile(r"(?i:PREFIX)\s*([^\s:]*):")


def _after_prologue(text: str) -> int:
    pos = 0
    while (m := _PROLOGUE_PART.match(text, pos)) and m.end() > pos:
        pos = m.end()
    return pos


def query_form(text: str) -> str:
    """The query's form keyword (SELECT, ASK, CONSTRUCT, DESCRIBE), after any PREFIX/BASE and comments.

    Raises :class:`~kg.errors.UsageError` for SPARQL Update requests.

    Examples
    --------
    >>> query_form("PREFIX x: <http://e#> # comment\\n  select * { ?s ?p ?o }")
    'SELECT'
    >>> query_form("INSERT DATA { <a:b> <a:c> <a:d> }")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: kg query only reads the graph: INSERT is a SPARQL Update; ...
    """
    pos = _after_prologue(text)
    word = (re.match(r"[A-Za-z]*", text[pos:]) or re.match("", "")).group(0).upper()
    if word in _UPDATE_WORDS:
        raise UsageError(
            f"kg query only reads the graph: {word} is a SPARQL Update; change the curated YAML under data/ instead"
        )
    return word


def _with_prefixes(text: str) -> str:
    """The query with PREFIX lines for the predeclared prefixes it does not declare itself (for remote use).

    They go on the query's first line, so line numbers in error messages stay right.
    """
    declared = set(_DECLARED.findall(text[: _after_prologue(text)]))
    return "".join(f"PREFIX {p}: <{iri}> " for p, iri in PREFIXES.items() if p not in declared) + text


def _with_values(text: str, bindings: Mapping[str, Term]) -> str:
    """Bind variables as a VALUES block opening the WHERE group (Oxigraph and remote endpoints).

    The block is written from RDF terms in N-Triples syntax (literals escaped, IRIs
    checked), never from raw user text, so a value cannot change the query.
    """
    if not bindings:
        return text
    start = _after_prologue(text)
    where = re.compile(r"(?<![?$\w])WHERE\b", re.IGNORECASE).search(text, start)  # not a ?where variable
    brace = text.find("{", where.end() if where else start)
    if brace < 0:
        raise UsageError("cannot bind parameters: the query has no WHERE group")
    names = sorted(bindings)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(bindings[n].n3() for n in names)}) }} "
    return text[: brace + 1] + block + text[brace + 1 :]


# -- engines -----------------------------------------------------------------------


def _from_ox(t: Any) -> Term | None:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return Term.uri(t.value)
    if isinstance(t, ox.BlankNode):
        return Term("bnode", t.value)
    if isinstance(t, ox.Literal):
        return Term.literal(t.value, t.datatype.value, t.language)
    raise KgError(f"unsupported RDF term in a result: {t!r}")


def _from_rdflib(t: Node | None) -> Term | None:
    if t is None:
        return None
    if isinstance(t, URIRef):
        return Term.uri(str(t))
    if isinstance(t, BNode):
        return Term("bnode", str(t))
    if isinstance(t, Literal):
        return Term.literal(str(t), str(t.datatype) if t.datatype else None, t.language)
    raise KgError(f"unsupported RDF term in a result: {t!r}")


def _to_rdflib(t: Term) -> URIRef | Literal | BNode:
    if t.kind == "uri":
        return URIRef(t.value)
    if t.kind == "bnode":
        return BNode(t.value)
    return Literal(t.value, lang=t.lang, datatype=URIRef(t.datatype) if t.datatype else None)


def _sorted_triples(triples: list[Triple]) -> tuple[Triple, ...]:
    return tuple(sorted(set(triples), key=lambda t: tuple(x.n3() for x in t)))


def _malformed(message: str) -> UsageError:
    m = re.match(r"error at (\d+):(\d+): (.*)", message, re.DOTALL)
    if m:
        message = f"line {m.group(1)}, column {m.group(2)}: {m.group(3)}"
    return UsageError(f"malformed SPARQL at {message}")


def sparql_store(kg: KnowledgeGraph) -> ox.Store:
    """The Oxigraph store queries run on: the named graphs of ``kg.quads`` plus their set union as default graph.

    Built on first use and kept on the graph object (``kg.store``, which the
    N-Quads output is written from, stays exactly the named graphs).

    Examples
    --------
    >>> import kg
    >>> tiny = kg.load("tests/data/tiny")
    >>> store = sparql_store(tiny)
    >>> len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) == len({q[:3] for q in tiny.quads})
    True
    """
    store = kg.__dict__.get("_sparql_store")
    if store is None:
        store = to_oxigraph(kg.lines)
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")  # the set union, in Rust
        kg.__dict__["_sparql_store"] = store
    return store


def _run_oxigraph(kg: KnowledgeGraph, text: str, bindings: Mapping[str, Term]) -> QueryResult:
    try:
        # Parameters go in as a VALUES block rather than pyoxigraph's `substitutions`:
        # Oxigraph plans a query knowing a VALUES block's terms, while a substitution is
        # joined in after planning, which made property paths and OPTIONALs scan the
        # whole store (representatives-of: 2.1 s against 0.27 s at 1M triples).
        res = sparql_store(kg).query(_with_values(text, bindings), prefixes=PREFIXES)
        if isinstance(res, ox.QueryBoolean):
            return QueryResult("ASK", boolean=bool(res))
        if isinstance(res, ox.QueryTriples):
            return QueryResult(
                "CONSTRUCT",
                triples=_sorted_triples(
                    [(_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)) for t in res]
                ),
            )
        names = tuple(v.value for v in res.variables)
        rows = tuple(tuple(_from_ox(sol[i]) for i in range(len(names))) for sol in res)
        return QueryResult("SELECT", names, rows)
    except SyntaxError as e:
        raise _malformed(str(e)) from None
    except (OSError, RuntimeError, ValueError, TypeError) as e:
        raise UsageError(f"the query failed on Oxigraph: {e}") from None


def _run_rdflib(kg: KnowledgeGraph, text: str, bindings: Mapping[str, Term]) -> QueryResult:
    from pyparsing import ParseBaseException

    try:
        res = kg.dataset.query(
            text, initNs=PREFIXES, initBindings={k: _to_rdflib(v) for k, v in bindings.items()} or None
        )
        if res.type == "ASK":
            return QueryResult("ASK", boolean=bool(res.askAnswer))
        if res.type in ("CONSTRUCT", "DESCRIBE"):
            return QueryResult(
                "CONSTRUCT", triples=_sorted_triples([tuple(_from_rdflib(x) for x in t) for t in res.graph])
            )
        names = tuple(str(v) for v in res.vars or ())
        rows = tuple(tuple(_from_rdflib(x) for x in row) for row in res)
        return QueryResult("SELECT", names, rows)
    except ParseBaseException as e:
        raise UsageError(f"malformed SPARQL at line {e.lineno}, column {e.col}: {e.msg}") from None
    except UsageError:
        raise
    except Exception as e:  # rdflib raises plain Exceptions for unsupported features
        raise UsageError(f"the query failed on rdflib: {type(e).__name__}: {e}") from None


#: Local engines: name → ``fn(kg, query_text, bindings) -> QueryResult``.
ENGINES: dict[str, Callable[[KnowledgeGraph, str, Mapping[str, Term]], QueryResult]] = {
    "oxigraph": _run_oxigraph,
    "rdflib": _run_rdflib,
}


def _remote_term(d: Mapping[str, str]) -> Term:
    kind = {"typed-literal": "literal"}.get(d["type"], d["type"])
    if kind == "literal":
        return Term.literal(d["value"], d.get("datatype"), d.get("xml:lang"))
    return Term(kind, d["value"])


def _run_remote(url: str, text: str, bindings: Mapping[str, Term], timeout: float | None) -> QueryResult:
    form = query_form(text)
    if not re.match(r"https?://", url):
        raise UsageError(f"--endpoint must be an http:// or https:// URL, not {url!r}")
    body = _with_values(_with_prefixes(text), bindings).encode("utf-8")
    accept = "application/n-triples" if form in ("CONSTRUCT", "DESCRIBE") else "application/sparql-results+json"
    req = urllib.request.Request(  # noqa: S310 (scheme checked above)
        url, data=body, method="POST", headers={"Content-Type": "application/sparql-query", "Accept": accept}
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout or None) as resp:  # noqa: S310 (the user's own URL)
            payload = resp.read()
    except urllib.error.HTTPError as e:
        detail = e.read().decode("utf-8", "replace").strip().splitlines()
        raise KgError(
            f"SPARQL endpoint {url} answered HTTP {e.code} {e.reason}" + (f": {detail[0]}" if detail else "")
        ) from None
    except (urllib.error.URLError, TimeoutError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise KgError(f"could not query SPARQL endpoint {url}: {reason}") from None
    try:
        if form in ("CONSTRUCT", "DESCRIBE"):
            triples = [
                (_from_ox(q.subject), _from_ox(q.predicate), _from_ox(q.object))
                for q in ox.parse(payload, format=ox.RdfFormat.N_TRIPLES)
            ]
            return QueryResult("CONSTRUCT", triples=_sorted_triples(triples))
        data = json.loads(payload)
    except (ValueError, SyntaxError) as e:
        raise KgError(f"SPARQL endpoint {url} sent an answer that is not {accept}: {e}") from None
    if "boolean" in data:
        return QueryResult("ASK", boolean=bool(data["boolean"]))
    names = tuple(data["head"]["vars"])
    rows = tuple(tuple(_remote_term(b[v]) if v in b else None for v in names) for b in data["results"]["bindings"])
    return QueryResult("SELECT", names, rows)


# -- deadline ------------------------------------------------------------------------


def _child(conn: Any, fn: Callable[[], QueryResult]) -> None:
    try:
        conn.send(("ok", fn()))
    except BaseException as e:  # everything goes back to the parent, which decides
        conn.send(("error", e if isinstance(e, KgError) else KgError(f"{type(e).__name__}: {e}")))
    finally:
        conn.close()


def _with_deadline(fn: Callable[[], QueryResult], timeout: float) -> QueryResult:
    message = (
        f"the query ran longer than {timeout:g} s and was stopped; "
        "put its most selective pattern first, add a LIMIT, or pass a larger --timeout"
    )
    if "fork" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("fork")
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(child, fn), daemon=True)
        proc.start()
        child.close()
        try:
            if not parent.poll(timeout):
                raise QueryTimeout(message)
            status, value = parent.recv()
        except EOFError:
            raise KgError("the query process stopped without an answer (out of memory?)") from None
        finally:
            if proc.is_alive():
                proc.kill()
            proc.join()
            parent.close()
    else:  # pragma: no cover - platforms without fork
        box: list[tuple[str, Any]] = []

        def work() -> None:
            try:
                box.append(("ok", fn()))
            except BaseException as e:
                box.append(("error", e))

        t = threading.Thread(target=work, daemon=True)
        t.start()
        t.join(timeout)
        if not box:
            raise QueryTimeout(message)
        status, value = box[0]
    if status == "error":
        raise value
    return value


def run_query(
    kg: KnowledgeGraph | None,
    text: str,
    *,
    engine: str = "oxigraph",
    endpoint: str | None = None,
    bindings: Mapping[str, Term] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> QueryResult:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) and return a :class:`QueryResult`.

    Parameters
    ----------
    kg
        The built graph (may be None when ``endpoint`` is given).
    text
        The query; :data:`PREFIXES` are predeclared.
    engine
        A name of :data:`ENGINES` (ignored with ``endpoint``).
    endpoint
        URL of a SPARQL 1.1 endpoint to send the query to instead.
    bindings
        Variable name → :class:`Term`, bound as RDF terms (rdflib ``initBindings``; a
        VALUES block written from the terms for Oxigraph and endpoints), never pasted text.
    timeout
        Seconds before the query is stopped (:class:`QueryTimeout`); None or 0: no limit.

    Raises :class:`~kg.errors.UsageError` for updates, unknown engines and malformed
    queries (with line and column), :class:`~kg.errors.KgError` when an endpoint fails.

    Examples
    --------
    >>> import kg
    >>> g = kg.load("tests/data/tiny")
    >>> r = run_query(g, "SELECT DISTINCT ?name WHERE { ?o sme:organized ?p ; rdfs:label ?name } ORDER BY ?name")
    >>> r.column("name")
    ['Ministry of Small Business', 'Northern Productivity Board']
    >>> r == run_query(g, r"SELECT DISTINCT ?name WHERE { ?o sme:organized ?p ; rdfs:label ?name } ORDER BY ?name",
    ...                engine="rdflib")
    True
    >>> run_query(g, "ASK { id:npb sme:basedIn id:kor }").boolean
    True
    """
    form = query_form(text)
    bindings = dict(bindings or {})
    if endpoint:
        return _run_remote(endpoint, text, bindings, timeout)
    if kg is None:
        raise UsageError("no graph to query: load one or pass an endpoint")
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if form not in _QUERY_FORMS:
        # Let the engine's parser explain what is wrong, with line and column.
        return ENGINES[engine](kg, text, bindings)
    run = ENGINES[engine]
    _ = sparql_store(kg) if engine == "oxigraph" else kg.dataset  # build before forking: the child inherits it
    if not timeout:
        return run(kg, text, bindings)
    return _with_deadline(lambda: run(kg, text, bindings), timeout)


# -- formats -------------------------------------------------------------------------


def _compact(t: Term | None) -> str:
    if t is None:
        return ""
    if t.kind == "uri":
        for p, iri in PREFIXES.items():
            local = t.value[len(iri) :]
            if t.value.startswith(iri) and re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.\-/]*", local or "-"):
                return f"{p}:{local}"
        return t.value
    return t.value if t.kind == "literal" else f"_:{t.value}"


def _table(result: QueryResult, width: int = 120) -> str:
    if result.form == "ASK":
        return "true" if result.boolean else "false"
    if result.form == "CONSTRUCT":
        return _turtle(result)
    return render_table(result.variables, [[_compact(t) for t in row] for row in result.rows], "table", width)


def _csv(result: QueryResult, width: int = 0) -> str:
    if result.form == "ASK":
        return "true" if result.boolean else "false"
    r = result.as_select()
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(r.variables)
    for row in r.rows:
        w.writerow([t.value if t else "" for t in row])
    return out.getvalue().rstrip("\n")


def _tsv(result: QueryResult, width: int = 0) -> str:
    if result.form == "ASK":
        return "true" if result.boolean else "false"
    r = result.as_select()
    lines = ["\t".join("?" + v for v in r.variables)]
    lines += ["\t".join(t.n3() if t else "" for t in row) for row in r.rows]
    return "\n".join(lines)


def _json(result: QueryResult, width: int = 0) -> str:
    return json.dumps(result.to_json(), indent=2, ensure_ascii=False)


def _turtle(result: QueryResult, width: int = 0) -> str:
    if result.form == "ASK":
        return "true" if result.boolean else "false"
    if result.form != "CONSTRUCT":
        raise UsageError("--format turtle is for CONSTRUCT and DESCRIBE queries; use table, csv, tsv or json")
    g = Graph(bind_namespaces="none")
    for p, iri in PREFIXES.items():
        g.bind(p, iri)
    for s, p, o in result.triples:
        g.add((_to_rdflib(s), _to_rdflib(p), _to_rdflib(o)))
    return g.serialize(format="turtle").rstrip()


#: Output formats: name → ``fn(result, width) -> str``.
FORMATS: dict[str, Callable[..., str]] = {
    "table": _table,
    "csv": _csv,
    "tsv": _tsv,
    "json": _json,
    "turtle": _turtle,
}


def format_result(result: QueryResult, fmt: str = "table", width: int = 120) -> str:
    """Render a result in one of :data:`FORMATS` (graph results print as Turtle in ``table``).

    Examples
    --------
    >>> r = QueryResult("SELECT", ("org", "n"), ((Term.uri("https://w3id.org/smekg/id/kpc"), Term.literal("2")),))
    >>> print(format_result(r, "csv"))
    org,n
    https://w3id.org/smekg/id/kpc,2
    >>> format_result(r, "tsv").splitlines()[1].split(chr(9))
    ['<https://w3id.org/smekg/id/kpc>', '"2"']
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return FORMATS[fmt](result, width)
