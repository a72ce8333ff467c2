"""Load + validate + build, and `kg validate`, next to rdflib and Oxigraph reading the same triples.

Rows per size: ``kg.load`` (YAML → checked records → quads + networkx graph)
against rdflib parsing the N-Triples and against Oxigraph bulk-loading them;
``kg validate`` (data checks and SHACL); the RDF references themselves. A last
row gives the 1M/100k time ratio of ``kg.load`` (linear growth: at most ~10-12).
"""

from __future__ import annotations

from pathlib import Path

from run import measure, ntriples, row

from kg.synth import parse_size


def kg_load(data_dir: Path) -> int:
    import kg

    graph = kg.load(data_dir)
    return len(graph.quads)


def kg_validate(data_dir: Path) -> int:
    """What `kg validate` does: the loader's checks, then SHACL; returns which SHACL strategy ran."""
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["validate", "--quiet", "--data", str(data_dir)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    line = result.output.strip().splitlines()[-1]
    return "SHACL " + (line.split("; ", 1)[1].rstrip(")") if "; " in line else "whole graph")


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
        val = measure(kg_validate, data_dir, repeat=n)
        rows.append(
            row(
                "validate",
                "kg validate (checks + SHACL)",
                size,
                val,
                "rdflib: parse N-Triples",
                rdf.median_s,
                str(val.result) + (f"; workers ≤ {val.workers_rss_mb:.0f} MB each" if val.workers_rss_mb else ""),
            )
        )
        rows.append(
            row("reference", "rdflib: parse N-Triples", size, rdf, note=f"{rdf.result} distinct triples; {runs}")
        )
        rows.append(row("reference", "Oxigraph: bulk load N-Triples", size, oxi, note=f"{oxi.result} quads; {runs}"))
    if "1M" in loads and "100k" in loads:
        ratio = loads["1M"] / loads["100k"]
        rows.append(row("build", "linearity: kg.load 1M / 100k", "1M", loads["1M"], "kg.load at 100k", loads["100k"],
                        f"target ≤ 12 (10 = linear): {ratio:.1f}"))  # fmt: skip
    return rows
