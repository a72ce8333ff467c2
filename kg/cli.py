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
from .validate import shacl_validate, union_graph

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
@handle_errors
def validate(data_dir: Path, shapes: bool) -> None:
    """Check the data (file:line for each problem) and run SHACL; exit 1 if invalid.

    \b
    Example:
      kg validate --data data
    """
    kg = open_graph(data_dir)
    s = kg.stats()
    click.echo(f"data: OK ({s['entities']} entities, {s['statements']} statements, {s['sources']} sources)")
    if not shapes:
        return
    results = shacl_validate(union_graph(kg.quads))
    if results:
        click.echo(
            click.style(f"SHACL: {len(results)} violation(s) of ontology/shapes.ttl:", fg="red", bold=True), err=True
        )
        for r in results:
            click.echo(f"  [{r.shape}] {r}", err=True)
        sys.exit(1)
    click.echo(f"SHACL: conforms ({s['triples']} triples checked against ontology/shapes.ttl)")


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
@handle_errors
def build(data_dir: Path, output: Path) -> None:
    """Write the dataset as sorted N-Quads, one named graph per source.

    Two builds of the same data are byte-identical.

    \b
    Example:
      kg build -o build/sme-kg.nq
    """
    kg = open_graph(data_dir)
    atomic_write(output, kg.nquads())
    click.echo(f"wrote {output} ({len(kg.quads)} quads in {len({q[3] for q in kg.quads})} graphs)")


# --- queries (issue 3): query, ask, path, neighbors, rank, communities, flows ---

# --- network page (issue 4): viz ---

# --- exports (issue 5): export, release, push ---

# --- extraction (issue 6): extract, eval-extract ---

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
