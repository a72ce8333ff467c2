"""The ``kg`` command: a thin skin over the library (every command calls one or two kg functions).

Exit codes: 0 success, 1 invalid data (or a failed remote call), 2 bad usage.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .build import KnowledgeGraph, load
from .errors import DataError, KgError
from .io import atomic_write
from .progress import progress, show_progress
from .validate import shacl_check_cached, source_state

__all__ = ["main"]


def _fail(message: str, code: int) -> None:
    click.echo(click.style("error: ", fg="red", bold=True) + message, err=True)
    sys.exit(code)


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into one clean message and the right exit code, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except DataError as e:
            click.echo(click.style(f"{len(e.issues)} problem(s) in the data:", fg="red", bold=True), err=True)
            for issue in e.issues:
                click.echo(f"  {issue}", err=True)
            sys.exit(e.exit_code)
        except KgError as e:
            _fail(str(e), e.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted; nothing was written", 130)

    return wrapper


def data_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--data DIR``: shared by every command that reads the graph."""
    return click.option(
        "--data",
        "data_dir",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        default=Path("data"),
        show_default=True,
        help="Folder with registry/ and sources/.",
    )(fn)


def open_graph(data_dir: Path) -> KnowledgeGraph:
    return load(data_dir)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="sme-kg")
def main() -> None:
    """sme-kg: a knowledge graph of SME-support ecosystems.

    \b
    Example:
      kg validate && kg stats
    """


@main.command()
@data_option
@click.option("--shapes/--no-shapes", default=True, show_default=True, help="Also run SHACL (ontology/shapes.ttl).")
@click.option(
    "--cache/--no-cache",
    default=True,
    show_default=True,
    help="Re-run SHACL only on the sources changed since the last run that conformed "
    "(cache: .kg-cache/ next to the data folder; graphs under 80k quads are always checked whole); "
    "--no-cache checks everything and leaves the cache alone.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@handle_errors
def validate(data_dir: Path, shapes: bool, cache: bool, quiet: bool) -> None:
    """Check the data (file:line for each problem) and run SHACL; exit 1 if invalid.

    \b
    Example:
      kg validate --data data
      kg validate --data bench/data/1M --no-cache
    """
    show_progress(False if quiet else None)
    state = source_state(data_dir) if shapes and cache else None  # hashed before reading: later edits count
    kg = open_graph(data_dir)
    s = kg.counts()
    click.echo(f"data: OK ({s['entities']} entities, {s['statements']} statements, {s['sources']} sources)")
    if not shapes:
        return
    results, how = shacl_check_cached(kg, state)
    way = "" if how == "whole graph" else f"; {how}"
    if results:
        click.echo(
            click.style(f"SHACL: {len(results)} violation(s) of ontology/shapes.ttl{way}:", fg="red", bold=True),
            err=True,
        )
        for r in results:
            click.echo(f"  [{r.shape}] {r}", err=True)
        sys.exit(1)
    click.echo(f"SHACL: conforms ({s['triples']} triples checked against ontology/shapes.ttl{way})")


@main.command()
@data_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@handle_errors
def stats(data_dir: Path, as_json: bool) -> None:
    """Counts of entities per class, statements per relation, triples per graph.

    \b
    Example:
      kg stats --json | jq .relations
    """
    s = open_graph(data_dir).stats()
    if as_json:
        click.echo(json.dumps(s, indent=2, ensure_ascii=False))
        return
    click.echo(
        f"{s['entities']} entities, {s['concepts']} concepts, {s['statements']} statements "
        f"({s['citations']} citations), {s['attributes']} attributes, {s['sources']} sources, {s['triples']} triples"
    )
    for title, key in (("class", "classes"), ("relation", "relations"), ("graph", "graphs")):
        rows = s[key]
        width = max(len(k) for k in rows)
        click.echo(f"\n{title:<{width}}  count")
        for k, v in rows.items():
            click.echo(f"{k:<{width}}  {v:>5}")


@main.command()
@data_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("build/sme-kg.nq"),
    show_default=True,
    help="Where to write the N-Quads.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@handle_errors
def build(data_dir: Path, output: Path, quiet: bool) -> None:
    """Write the dataset as sorted N-Quads, one named graph per source.

    Two builds of the same data are byte-identical.

    \b
    Example:
      kg build -o build/sme-kg.nq
    """
    show_progress(False if quiet else None)
    kg = open_graph(data_dir)
    atomic_write(output, kg.nquads())
    click.echo(f"wrote {output} ({len(kg.quads)} quads in {len(kg.lines)} graphs)")


# --- queries (issue 3): query, ask, path, neighbors, rank, communities, flows ---
from . import analysis as _analysis  # noqa: E402
from . import flows as _flows  # noqa: E402
from . import query as _query  # noqa: E402
from . import questions as _questions  # noqa: E402
from .errors import UsageError as _UsageError  # noqa: E402
from .tables import TABLE_FORMATS as _TABLE_FORMATS  # noqa: E402
from .tables import render_table as _render_table  # noqa: E402


def _width() -> int:
    import shutil

    return shutil.get_terminal_size((120, 24)).columns if sys.stdout.isatty() else 120


def _query_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--engine, --endpoint, --format, --timeout: shared by `kg query` and `kg ask`."""
    for option in reversed(
        (
            click.option(
                "--engine",
                type=click.Choice(list(_query.ENGINES)),
                default="oxigraph",
                show_default=True,
                help="Embedded SPARQL engine.",
            ),
            click.option("--endpoint", metavar="URL", help="Send the query to this SPARQL 1.1 endpoint instead."),
            click.option(
                "--format",
                "fmt",
                type=click.Choice(list(_query.FORMATS)),
                default="table",
                show_default=True,
                help="Output format (CONSTRUCT/DESCRIBE print Turtle in `table`).",
            ),
            click.option(
                "--timeout",
                type=float,
                default=_query.DEFAULT_TIMEOUT,
                show_default=True,
                help="Stop the query after this many seconds (0: no limit).",
            ),
        )
    ):
        fn = option(fn)
    return fn


def _table_format(fn: Callable[..., Any]) -> Callable[..., Any]:
    choice = click.Choice(list(_TABLE_FORMATS))
    return click.option("--format", "fmt", type=choice, default="table", show_default=True, help="Output format.")(fn)


def _read_query(arg: str) -> str:
    if arg == "-":
        return sys.stdin.read()
    if arg.startswith("@"):
        path = Path(arg[1:])
        if not path.is_file():
            raise _UsageError(f"query file {path} not found (write @path/to/query.rq)")
        return path.read_text(encoding="utf-8")
    return arg


@main.command()
@click.argument("sparql", metavar="QUERY")
@data_option
@_query_options
@handle_errors
def query(sparql: str, data_dir: Path, engine: str, endpoint: str | None, fmt: str, timeout: float) -> None:
    """Run a SPARQL query (a string, @file.rq, or - for stdin) over every named graph.

    SELECT, ASK, CONSTRUCT and DESCRIBE; updates are refused. Predeclared
    prefixes: sme, rdfs, skos, dcterms, org, schema, prov, rdf, xsd, owl, id,
    concept. Plain patterns see the union of all graphs; GRAPH ?source { }
    names the source of a fact.

    \b
    Example:
      kg query 'SELECT ?name WHERE { ?o sme:organized id:osm-sme-development-2018 ; rdfs:label ?name }'
      kg query @my-question.rq --format csv
      kg query 'SELECT ?g WHERE { GRAPH ?g { id:apo sme:organized ?p } }' --engine rdflib
    """
    text = _read_query(sparql)
    kg = None if endpoint else open_graph(data_dir)
    result = _query.run_query(kg, text, engine=engine, endpoint=endpoint, timeout=timeout)
    click.echo(_query.format_result(result, fmt, _width()))


def _ask_params(args: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    i = 0
    while i < len(args):
        token = args[i]
        if not token.startswith("--") or len(token) < 3:
            raise _UsageError(f"unexpected {token!r}: give parameters as --name value")
        if "=" in token:
            name, value = token[2:].split("=", 1)
            i += 1
        elif i + 1 < len(args):
            name, value = token[2:], args[i + 1]
            i += 2
        else:
            raise _UsageError(f"{token} needs a value")
        out[name] = value
    return out


@main.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("name", required=False)
@data_option
@_query_options
@click.pass_context
@handle_errors
def ask(
    ctx: click.Context, name: str | None, data_dir: Path, engine: str, endpoint: str | None, fmt: str, timeout: float
) -> None:
    """Ask a named question (kg/queries/NAME.rq); without NAME, list them.

    Parameters are given as --param value; entities by id, IRI, label or alias,
    and a parameter name may be shortened (--org for --organization).

    \b
    Example:
      kg ask
      kg ask experts-of-program --program "OSM on SME Development"
      kg ask programs-organized-by --org KPC --format csv
    """
    if not name:
        rows = [
            [q.name, q.title, ", ".join(f"{p.name} ({p.kind})" for p in q.params)]
            for q in _questions.questions().values()
        ]
        listing = "csv" if fmt == "csv" else "table"
        click.echo(_render_table(["question", "title", "parameters"], rows, listing, _width()))
        return
    q = _questions.question(name)
    params = _ask_params(ctx.args)
    result = _questions.ask(open_graph(data_dir), name, params, engine=engine, endpoint=endpoint, timeout=timeout)
    if fmt == "table":
        result = result.without(*(p.name for p in q.params))  # the same in every row
    click.echo(_query.format_result(result, fmt, _width()))


def _hop_line(kg: KnowledgeGraph, hop: _analysis.Hop) -> str:
    return f"{kg.label(hop.subject)} —{hop.relation}→ {kg.label(hop.object)}"


def _hop_sources(kg: KnowledgeGraph, hop: _analysis.Hop) -> str:
    paragraphs: dict[str, int] = {}
    for data in (kg.graph.get_edge_data(hop.subject, hop.object) or {}).values():
        if data["label"] == hop.relation:
            paragraphs = data["paragraphs"]
    return ", ".join(f"{s} ¶{paragraphs[s]}" if s in paragraphs else s for s in hop.sources)


@main.command()
@click.argument("a")
@click.argument("b")
@data_option
@click.option("--concepts", is_flag=True, help="Also walk through concepts (topics, target groups, services).")
@click.option("--json", "as_json", is_flag=True, help="Print the paths as JSON.")
@handle_errors
def path(a: str, b: str, data_dir: Path, concepts: bool, as_json: bool) -> None:
    """Shortest paths between two entities, as chains of labelled relations with the source of each hop.

    \b
    Example:
      kg path "Kim Peng Foo" "D. CAMP"
    """
    kg = open_graph(data_dir)
    found = _analysis.paths(kg, a, b, concepts=concepts)
    if as_json:
        click.echo(json.dumps([[h._asdict() for h in p] for p in found], indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo(f"no path between {kg.label(kg.resolve(a))} and {kg.label(kg.resolve(b))}")
        sys.exit(1)
    for n, hops in enumerate(found, 1):
        node = kg.resolve(a)
        chain = [kg.label(node)]
        for h in hops:
            forward = h.subject == node
            node = h.object if forward else h.subject
            chain.append(f"—{h.relation}→ " if forward else f"←{h.relation}— ")
            chain[-1] += kg.label(node)
        click.echo(f"path {n} of {len(found)} ({len(hops)} hop{'s' if len(hops) != 1 else ''}): " + " ".join(chain))
        for i, h in enumerate(hops, 1):
            click.echo(f"  {i}. {_hop_line(kg, h)}")
            click.echo(f"     source: {_hop_sources(kg, h)}")


@main.command()
@click.argument("entity")
@data_option
@click.option("--depth", type=int, default=1, show_default=True, help="How many hops out.")
@click.option("--relation", help="Follow only this relation (name or label).")
@_table_format
@handle_errors
def neighbors(entity: str, data_dir: Path, depth: int, relation: str | None, fmt: str) -> None:
    """Entities within --depth hops of ENTITY, with the relation that links each one.

    \b
    Example:
      kg neighbors KPC --depth 2
      kg neighbors "Republic of Korea" --relation "based in"
    """
    kg = open_graph(data_dir)
    rows = _analysis.neighbors(kg, entity, depth=depth, relation=relation)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=list))
        return
    table = [[r["depth"], r["id"], r["label"], r["cls"], [_hop_line(kg, h) for h in r["hops"]]] for r in rows]
    click.echo(_render_table(["depth", "id", "label", "class", "link"], table, fmt, _width()))


@main.command()
@data_option
@click.option(
    "--by", type=click.Choice(list(_analysis.MEASURES)), default="degree", show_default=True, help="Centrality measure."
)
@click.option("--class", "cls", help="Only entities of this class or its subclasses (e.g. Organization).")
@click.option("--top", type=int, default=10, show_default=True, help="How many to show.")
@click.option("--concepts", is_flag=True, help="Count concepts (topics, target groups...) as nodes too.")
@_table_format
@handle_errors
def rank(data_dir: Path, by: str, cls: str | None, top: int, concepts: bool, fmt: str) -> None:
    """The most central entities of the ecosystem by degree, betweenness or PageRank.

    \b
    Example:
      kg rank --by betweenness --class Organization --top 5
    """
    rows = _analysis.rank(open_graph(data_dir), by=by, cls=cls, top=top, concepts=concepts)
    cols = ["rank", "id", "label", "cls", "score"]
    click.echo(_render_table(cols, [[r[c] for c in cols] for r in rows], fmt, _width()))


@main.command()
@data_option
@click.option("--seed", type=int, default=42, show_default=True, help="Louvain seed (same seed, same communities).")
@click.option("--concepts", is_flag=True, help="Count concepts (topics, target groups...) as nodes too.")
@_table_format
@handle_errors
def communities(data_dir: Path, seed: int, concepts: bool, fmt: str) -> None:
    """Louvain communities of the ecosystem, largest first.

    \b
    Example:
      kg communities --format json
    """
    kg = open_graph(data_dir)
    found = _analysis.communities(kg, seed=seed, concepts=concepts)
    if fmt == "json":
        click.echo(json.dumps(found, indent=2, ensure_ascii=False))
        return
    rows = [[i, len(c), sorted((kg.label(m) for m in c), key=str.casefold)] for i, c in enumerate(found, 1)]
    click.echo(_render_table(["community", "size", "members"], rows, fmt, _width()))


@main.command()
@data_option
@_table_format
@handle_errors
def flows(data_dir: Path, fmt: str) -> None:
    """The country-level learning network: participants' countries → host → benchmarked countries.

    Weight = number of distinct programs behind a flow.

    \b
    Example:
      kg flows --format csv
    """
    rows = _flows.flow_rows(_flows.learning_flows(open_graph(data_dir)))
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    cols = ["from", "to", "weight", "kinds", "programs"]
    if fmt == "table":
        table = [[r["from_label"], r["to_label"], r["weight"], r["kinds"], r["programs"]] for r in rows]
    else:
        table = [[r[c] for c in cols] for r in rows]
    click.echo(_render_table(cols, table, fmt, _width()))


# --- network page (issue 4): viz ---
from . import viz as _viz  # noqa: E402


@main.command("viz")
@data_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=_viz.DEFAULT_OUTPUT,
    show_default=True,
    help="Where to write the HTML page.",
)
@click.option(
    "--view",
    type=click.Choice(sorted(_viz.VIEWS)),
    default="network",
    show_default=True,
    help="network: entities and relations; flows: country-level learning network.",
)
@click.option("--focus", metavar="ENTITY", help="Draw only the neighbourhood of this id, label or alias.")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True, help="Steps around --focus.")
@click.option("--class", "classes", multiple=True, metavar="CLASS", help="Only nodes of this class (repeatable).")
@click.option("--country", "countries", multiple=True, metavar="COUNTRY", help="Only nodes linked to this country.")
@click.option("--source", "sources", multiple=True, metavar="SOURCE", help="Only what this source states.")
@click.option(
    "--max-nodes",
    type=click.IntRange(min=1),
    default=_viz.MAX_NODES,
    show_default=True,
    help="Above this, draw the most connected nodes and say so on the page.",
)
@click.option("--screenshot", type=click.Path(dir_okay=False, path_type=Path), help="Also save a PNG (Chromium).")
@handle_errors
def viz_cmd(
    data_dir: Path,
    output: Path,
    view: str,
    focus: str | None,
    depth: int,
    classes: tuple[str, ...],
    countries: tuple[str, ...],
    sources: tuple[str, ...],
    max_nodes: int,
    screenshot: Path | None,
) -> None:
    """Write the interactive network page: one HTML file that works offline.

    Search names and aliases, filter by class, relation, country and source,
    click a node for its relations and the sources behind them.

    \b
    Example:
      kg viz
      kg viz --focus KPC --depth 2 -o kpc.html
      kg viz --view flows -o flows.html
    """
    info = _viz.write_page(
        open_graph(data_dir), output, view, focus, depth, list(classes), list(countries), list(sources), max_nodes
    )
    click.echo(f"wrote {output} ({info['nodes']} nodes, {info['edges']} edges, {info['bytes'] / 1e6:.1f} MB)")
    for note in info["notes"]:
        click.echo(note, err=True)
    if screenshot:
        click.echo(f"wrote {_viz.screenshot(output, screenshot)}")


# --- exports (issue 5): export, release, push ---
from . import export as _export  # noqa: E402
from . import push as _push  # noqa: E402
from . import release as _release  # noqa: E402


@main.command("export")
@data_option
@click.option(
    "--format",
    "-f",
    "fmt",
    required=True,
    metavar="FMT",
    help="One of: " + ", ".join(_export.FORMATS) + ".",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout)."
)
@click.option("--with-ontology", is_flag=True, help="Also include the ontology and concept scheme (RDF formats).")
@click.option("--source", "source", metavar="ID", help="Only this source's graph and the entities it mentions.")
@click.option("--class", "cls", metavar="C", help="Only entities of class C (or a subclass) and what touches them.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@handle_errors
def export_cmd(
    data_dir: Path,
    fmt: str,
    output: Path | None,
    with_ontology: bool,
    source: str | None,
    cls: str | None,
    quiet: bool,
) -> None:
    """Export the graph as Turtle, JSON-LD, RDF/XML, N-Triples, TriG, N-Quads, GraphML, GEXF or Cytoscape.js.

    Two exports of the same data are byte-identical. TriG, N-Quads and JSON-LD keep
    one named graph per source; Turtle, N-Triples and RDF/XML hold their union.

    \b
    Example:
      kg export --format trig -o build/sme-kg.trig --with-ontology
      kg export --format jsonld --source reference-apo-members | jq '.["@graph"][0]["@id"]'
      kg export --format graphml --class Person -o people.graphml
    """
    if fmt not in _export.FORMATS:
        raise _UsageError(f"unknown format {fmt!r}; valid formats: {', '.join(_export.FORMATS)}")
    show_progress(False if quiet else None)
    graph = open_graph(data_dir)
    with progress(f"export: {fmt}", total=None, quiet=quiet):  # seconds at a million triples
        data = _export.export_format(graph, fmt, with_ontology=with_ontology, source=source, cls=cls)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    atomic_write(output, data)
    click.echo(f"wrote {output} ({fmt}, {len(data)} bytes)", err=True)


@main.command("release")
@data_option
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@handle_errors
def release_cmd(data_dir: Path, directory: Path, quiet: bool) -> None:
    """Write the partner bundle: every format, context.jsonld, shapes.ttl, void.ttl and SHA256SUMS.

    The folder is replaced as a whole (built beside it, then renamed), so it is
    never half-written; a non-empty folder that is not an earlier release is refused.

    \b
    Example:
      kg release build/release && (cd build/release && sha256sum -c SHA256SUMS)
    """
    files = _release.write_release(open_graph(data_dir), directory, quiet=quiet)
    click.echo(f"wrote {directory}/ ({len(files)} files, {sum(map(len, files.values()))} bytes):")
    for name, data in sorted(files.items()):
        click.echo(f"  {name:<18} {len(data):>9} bytes")


@main.command("push")
@data_option
@click.option("--endpoint", metavar="URL", help="SPARQL 1.1 Update endpoint (e.g. http://localhost:7878/update).")
@click.option(
    "--graph-store",
    metavar="URL",
    help="SPARQL 1.1 Graph Store Protocol endpoint (e.g. http://localhost:7878/store); used for the upload when given.",
)
@click.option(
    "--replace",
    is_flag=True,
    help="Also delete graphs in our namespace (https://w3id.org/smekg/) that the data lacks (needs --endpoint).",
)
@click.option("--timeout", type=float, default=120.0, show_default=True, help="Seconds per HTTP request.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@handle_errors
def push_cmd(
    data_dir: Path, endpoint: str | None, graph_store: str | None, replace: bool, timeout: float, quiet: bool
) -> None:
    """Upload every named graph to a SPARQL store; each graph replaces its namesake (pushing twice changes nothing).

    Basic auth is read from the environment variables SME_KG_USER and SME_KG_PASSWORD,
    never from the command line. A failure prints one line (URL, HTTP status) and exits 1.

    \b
    Example:
      oxigraph serve --location store &
      kg push --endpoint http://localhost:7878/update --graph-store http://localhost:7878/store --replace
    """
    result = _push.push_graphs(
        open_graph(data_dir), endpoint=endpoint, graph_store=graph_store, replace=replace, timeout=timeout, quiet=quiet
    )
    click.echo(str(result))


# --- extraction (issue 6): extract, eval-extract ---

from . import extract as _extract  # noqa: E402
from .extract import batch as _batch  # noqa: E402
from .extract import evaluate as _evaluate  # noqa: E402


@main.command("extract")
@data_option
@click.argument("articles", nargs=-1, required=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the draft here (one article)."
)
@click.option(
    "--out-dir", type=click.Path(file_okay=False, path_type=Path), help="Batch: one draft per article in this folder."
)
@click.option("--format", "fmt", type=click.Choice(sorted(_batch.DRAFT_FORMATS)), default="yaml", show_default=True)
@click.option("--source-id", default="", help="Id of the new source (default: publisher-news-date-title).")
@click.option("--publisher", default="apo", show_default=True, help="Registry id of the publishing organization.")
@click.option("--diff", "show_diff", is_flag=True, help="List statements already in the graph (=) or new (+).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@handle_errors
def extract_cmd(
    data_dir: Path,
    articles: tuple[str, ...],
    output: Path | None,
    out_dir: Path | None,
    fmt: str,
    source_id: str,
    publisher: str,
    show_diff: bool,
    quiet: bool,
) -> None:
    """Draft a source file from a news item (.txt, .md, .html, or - for stdin), for a curator to review.

    Every proposed entity is resolved to the registry or marked `new: true`;
    every statement carries its evidence (paragraph, character span of the
    cleaned text) and a confidence. With several articles or a folder, give
    --out-dir: one draft each, a summary table, failures listed at the end.

    \b
    Example:
      kg extract news/2018-osm.html -o drafts/osm.yaml
      kg extract news/2018-osm.txt --format json | jq .statements
      kg extract news/ --out-dir drafts/
      kg extract news/2018-osm.txt --diff
    """
    ex = _extract.Extractor(open_graph(data_dir), publisher)
    single = len(articles) == 1 and out_dir is None and (articles[0] == "-" or not Path(articles[0]).is_dir())
    if single:
        src = sys.stdin.buffer.read() if articles[0] == "-" else Path(articles[0])
        if not isinstance(src, bytes) and not src.exists():
            raise _UsageError(f"{src}: no such file")
        d = ex.draft(_extract.read_article(src, "<stdin>" if articles[0] == "-" else ""), source_id)
        if show_diff:
            for mark, s, srcs in _batch.diff_draft(d, ex.kg):
                where = f"  (in {', '.join(srcs)})" if srcs else ""
                click.echo(f"{mark} {s['subject']} {s['relation']} {s['object']}{where}")
            return
        text = _batch.DRAFT_FORMATS[fmt][1](d, articles[0])
        if output:
            atomic_write(output, text)
            if not quiet:
                click.echo(f"wrote {output} ({len(d.entities)} entities, {len(d.statements)} statements)", err=True)
        else:
            click.echo(text, nl=False)
        return
    if out_dir is None:
        raise _UsageError("several articles: give --out-dir DIR for the drafts")
    if source_id:
        raise _UsageError("--source-id applies to one article only")
    paths = _batch.expand_articles(articles)
    rows = []
    with progress("extracting", total=len(paths), quiet=quiet) as task:
        for row in _batch.extract_many(paths, out_dir, ex, fmt):
            rows.append(row)
            task.advance()
    failed = [r for r in rows if r.error]
    if not quiet:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{len(rows) - len(failed)} drafts in {out_dir}")
        for col in ("article", "entities", "new", "statements", "attributes"):
            table.add_column(col, justify="left" if col == "article" else "right")
        for r in rows:
            if not r.error:
                counts = (r.entities, r.new_entities, r.statements, r.attributes)
                table.add_row(Path(r.article).name, *map(str, counts))
        Console(soft_wrap=True).print(table)
    for r in failed:
        click.echo(click.style("failed: ", fg="red", bold=True) + r.error, err=True)
    if failed:
        sys.exit(1)


@main.command("eval-extract")
@data_option
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True)
@click.option(
    "--articles", "articles_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List missed and extra entities and statements per article.")
@handle_errors
def eval_extract_cmd(data_dir: Path, gold_dir: Path, articles_dir: Path, as_json: bool, verbose: bool) -> None:
    """Precision, recall and F1 of `kg extract` against gold answers (entities by class, relations by relation).

    Gold files are JSON ({source, entities, statements, attributes}) named
    like their article (same stem). Entities match by label or alias within
    the same top-level class; titles count when on the right person and organization.

    \b
    Example:
      kg eval-extract --gold tests/extract/gold --articles tests/extract/articles
    """
    kg = open_graph(data_dir)
    ex = _extract.Extractor(kg)
    report = _evaluate.evaluate(
        gold_dir, articles_dir, lambda p: ex.draft(_extract.read_article(p)).as_dict(), kg.ontology
    )
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        click.echo(report.text(verbose))


# --- scale (issue 7): synth ---


@main.command()
@click.option("--triples", "-n", required=True, help="How many triples to aim for (±10%): 3000, 10k, 1M.")
@click.option("--seed", "-s", type=int, default=0, show_default=True, help="Random seed: same seed, same files.")
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder to write registry/ and sources/ into (refused if it holds curated data).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@handle_errors
def synth(triples: str, seed: int, output: Path, quiet: bool) -> None:
    """Write a synthetic SME-support ecosystem of about N triples in the data/ format.

    The folder gets a .synthetic marker; a folder with curated data (registry/ or
    sources/ YAML and no marker) is never overwritten.

    \b
    Example:
      kg synth --triples 100k --seed 1 -o bench/data/100k && kg validate --data bench/data/100k
    """
    from .synth import parse_size, synthesize

    out = synthesize(parse_size(triples), seed, output, quiet=quiet)
    click.echo(
        f"wrote {output}: {out['triples']} triples, {out['entities']} entities, {out['programs']} programs, "
        f"{out['sources']} sources in {out['files']} files"
    )


if __name__ == "__main__":  # pragma: no cover
    main()
