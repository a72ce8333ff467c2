"""Load + validate + build, and `kg validate`, next to rdflib and Oxigraph reading the same triples.

Rows per size: ``kg.load`` (YAML → checked records → quads + networkx graph)
against rdflib parsing the N-Triples and against Oxigraph bulk-loading them;
``kg validate`` (data checks and SHACL) with a cold SHACL cache (full run), a
warm one with nothing changed, and a warm one after editing one source file;
the RDF references themselves. A last row gives the 1M/100k time ratio of
``kg.load`` (linear growth: at most ~10-12).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from run import DATA, measure, ntriples, row

from kg.synth import parse_size


def kg_load(data_dir: Path) -> int:
    import kg

    graph = kg.load(data_dir)
    return len(graph.quads)


def kg_validate(data_dir: Path) -> str:
    """What `kg validate` does: the loader's checks, then SHACL; returns which SHACL strategy ran."""
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["validate", "--quiet", "--data", str(data_dir)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    line = result.output.strip().splitlines()[-1]
    return "SHACL " + (line.split("; ", 1)[1].rstrip(")") if "; " in line else "whole graph")


def kg_validate_cold(data_dir: Path) -> str:
    """`kg validate` with no SHACL cache yet: a full run, which then writes the cache."""
    from kg.validate import cache_path

    cache_path(data_dir).unlink(missing_ok=True)
    return kg_validate(data_dir)


def warm(data_dir: Path) -> Path:
    """Setup: one cold run, so that the cache is there."""
    kg_validate_cold(data_dir)
    return data_dir


def edit_copy(data_dir: Path) -> Path:
    """Setup: a copy of the dataset (bench/data/.edit-<size>) with a warm cache."""
    copy = DATA / f".edit-{data_dir.name}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(data_dir, copy)
    return warm(copy)


def kg_validate_edited(copy: Path) -> str:
    """`kg validate` after one source file changed since the cached run (a comment added)."""
    paths = sorted((copy / "sources").glob("*.yaml"))
    edited = paths[len(paths) // 2]
    edited.write_text(edited.read_text(encoding="utf-8") + f"# edited {time.time_ns()}\n", encoding="utf-8")
    return kg_validate(copy)


def drop_copy(data_dir: Path) -> None:
    from kg.validate import cache_path

    copy = DATA / f".edit-{data_dir.name}"
    cache_path(copy).unlink(missing_ok=True)
    shutil.rmtree(copy, ignore_errors=True)


def rdflib_parse(nt: Path) -> int:
    from rdflib import Graph

    return len(Graph().parse(nt, format="nt"))


def oxigraph_load(nt: Path) -> int:
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    return len(store)


def run(sizes: dict[str, Path], repeat: int) -> list[dict]:
    rows = []
    loads = {}
    for size, data_dir in sizes.items():
        nt = ntriples(data_dir)
        # At 1M triples and more, at most 2 runs per task (said in the note).
        n = min(repeat, 2) if parse_size(size) >= 1_000_000 else repeat
        runs = f"{n} run{'s' if n > 1 else ''}"
        rdf = measure(rdflib_parse, nt, repeat=n)
        oxi = measure(oxigraph_load, nt, repeat=n)
        ours = measure(kg_load, data_dir, repeat=n)
        loads[size] = ours.median_s
        note = f"{ours.result} quads; {runs}"
        rows.append(
            row("build", "load+validate+build (kg.load)", size, ours, "rdflib: parse N-Triples", rdf.median_s, note)
        )
        rows.append(
            row("build", "load+validate+build (kg.load)", size, ours, "Oxigraph: bulk load N-Triples", oxi.median_s)
        )
        for task, fn, setup in (
            ("kg validate, cold cache (checks + full SHACL)", kg_validate_cold, None),
            ("kg validate, warm cache, nothing changed", kg_validate, warm),
            ("kg validate, warm cache, 1 source edited", kg_validate_edited, edit_copy),
        ):
            try:
                val = measure(fn, data_dir, repeat=n, setup=setup)
            finally:
                if setup is edit_copy:
                    drop_copy(data_dir)
            workers = f"; workers ≤ {val.workers_rss_mb:.0f} MB each" if val.workers_rss_mb else ""
            warmed = "; peak RSS includes the warming run" if setup else ""
            rows.append(
                row("validate", task, size, val, "rdflib: parse N-Triples", rdf.median_s,
                    f"{val.result}{workers}{warmed}; {runs}")
            )  # fmt: skip
        rows.append(
            row("reference", "rdflib: parse N-Triples", size, rdf, note=f"{rdf.result} distinct triples; {runs}")
        )
        rows.append(row("reference", "Oxigraph: bulk load N-Triples", size, oxi, note=f"{oxi.result} quads; {runs}"))
    if "1M" in loads and "100k" in loads:
        ratio = loads["1M"] / loads["100k"]
        rows.append(row("build", "linearity: kg.load 1M / 100k", "1M", loads["1M"], "kg.load at 100k", loads["100k"],
                        f"target ≤ 12 (10 = linear): {ratio:.1f}"))  # fmt: skip
    return rows
