"""`kg export` per format, next to pyoxigraph's serializer (speed reference) and rdflib's, on the same quads.

One spawned child per size loads the dataset once (not timed), then times,
``repeat`` times each:

* ``kg export FMT --with-ontology``: :func:`kg.export.export_format`, from the
  loaded graph to deterministic bytes. ``kg.load`` makes the canonical N-Triples
  lines of every graph while it builds (``KnowledgeGraph.lines``; that cost is in
  the load+build rows of ``bench_build``), so an export merges, sorts and
  serializes them;
* pyoxigraph, the reference of the ``ratio`` column: ``pyoxigraph.serialize``
  of the same quads as Oxigraph terms made beforehand (its serializer alone,
  unsorted); the note also gives converting the built rdflib quads to Oxigraph
  terms and serializing them, i.e. what "just use Oxigraph" costs from the same
  KnowledgeGraph;
* rdflib: ``Graph.serialize`` / ``Dataset.serialize`` of the same triples
  (in the note, with its ratio to ours). Above 200k quads rdflib runs once,
  and only for Turtle, N-Triples and N-Quads: its TriG, RDF/XML and JSON-LD
  writers take many minutes at 1M.

Network formats have no reference. A last row times ``kg release`` (every
format, VoID and manifest) in memory, without writing to disk.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from run import measure, row

_OX = {
    "turtle": "TURTLE",
    "xml": "RDF_XML",
    "nt": "N_TRIPLES",
    "trig": "TRIG",
    "nquads": "N_QUADS",
    "jsonld": "JSON_LD",
}
_RDFLIB = {"turtle": "turtle", "xml": "xml", "nt": "nt", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}
_RDFLIB_ONCE_ABOVE = 200_000
_RDFLIB_LARGE = {"turtle", "nt", "nquads"}


def _term(t):  # type: ignore[no-untyped-def]
    import pyoxigraph as ox
    from rdflib import Literal

    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)) if t.datatype else None)
    return ox.NamedNode(str(t))


def _to_ox(quads):  # type: ignore[no-untyped-def]
    import pyoxigraph as ox

    return [ox.Quad(_term(s), _term(p), _term(o), _term(g)) for s, p, o, g in quads]


def _setup(data_dir: Path, repeat: int):  # type: ignore[no-untyped-def]
    from rdflib import Graph

    import kg

    graph = kg.load(data_dir)
    quads = _to_ox(graph.quads)
    union = Graph()
    union.addN((s, p, o, union) for s, p, o, _ in graph.quads)
    _ = graph.dataset
    return graph, quads, union, repeat


def _timed(fn, n: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(max(1, n)):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def all_formats(state) -> dict:  # type: ignore[no-untyped-def]
    """Every timing for one dataset: {format: {"ours": s, "oxigraph": s, "rdflib": s, "rdflib_runs": n}}."""
    import pyoxigraph as ox

    from kg import export as ex
    from kg.release import bundle_files

    graph, quads, union, repeat = state
    triples = [q.triple for q in quads]
    rdflib_runs = 1 if len(quads) > _RDFLIB_ONCE_ABOVE else repeat
    out: dict = {"quads": len(quads)}

    def ours(fmt: str) -> None:
        ex.export_format(graph, fmt, with_ontology=fmt in _OX)

    for fmt, f in ex.FORMATS.items():
        res = {"ours": _timed(lambda fmt=fmt: ours(fmt), repeat)}
        if fmt in _OX:
            kind = getattr(ox.RdfFormat, _OX[fmt])
            data = triples if f.kind == "triples" else quads
            res["oxigraph"] = _timed(lambda kind=kind, data=data: ox.serialize(data, format=kind), repeat)

            def convert_and_serialize(kind=kind, triples_only=f.kind == "triples") -> None:  # type: ignore[no-untyped-def]
                conv = _to_ox(graph.quads)
                ox.serialize([q.triple for q in conv] if triples_only else conv, format=kind)

            res["oxigraph_from_kg"] = _timed(convert_and_serialize, rdflib_runs)  # a note only: once above 200k
            if len(quads) <= _RDFLIB_ONCE_ABOVE or fmt in _RDFLIB_LARGE:
                target = union if f.kind == "triples" else graph.dataset
                res["rdflib"] = _timed(lambda t=target, fmt=fmt: t.serialize(format=_RDFLIB[fmt]), rdflib_runs)
                res["rdflib_runs"] = rdflib_runs
        out[fmt] = res

    def release() -> None:
        bundle_files(graph, quiet=True)

    out["release"] = {"ours": _timed(release, repeat)}
    return out


def run(sizes: dict[str, Path], repeat: int) -> list[dict]:
    rows: list[dict] = []
    for size, data_dir in sizes.items():
        m = measure(all_formats, data_dir, repeat, repeat=1, setup=_setup)
        res = m.result
        for fmt, r in res.items():
            if fmt == "quads":
                continue
            if fmt == "release":
                task = "kg release (all formats, in memory)"
                rows.append(row("export", task, size, r["ours"], peak_rss_mb=m.peak_rss_mb))
                continue
            note = f"{res['quads']} quads"
            if "oxigraph" in r:
                conv = r["oxigraph_from_kg"]
                note += f"; pyoxigraph terms from the built quads + serialize {conv:.2f} s ({r['ours'] / conv:.2f}x)"
            if "rdflib" in r:
                runs = "" if r["rdflib_runs"] == repeat else f", {r['rdflib_runs']} run"
                note += f"; rdflib serialize {r['rdflib']:.2f} s ({r['rdflib'] / r['ours']:.1f}x ours{runs})"
            ref = "pyoxigraph.serialize (terms made beforehand, unsorted)" if "oxigraph" in r else ""
            ref_s = r.get("oxigraph")
            rows.append(row("export", f"kg export {fmt}", size, r["ours"], ref, ref_s, note, m.peak_rss_mb))
    return rows
