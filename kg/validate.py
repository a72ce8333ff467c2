"""SHACL validation of the built graph against ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

import pyshacl
from rdflib import RDF, BNode, Graph, Namespace, URIRef

from .ontology import ONTOLOGY_DIR
from .progress import progress

__all__ = ["SHAPES_PATH", "ShaclResult", "load_shapes", "shacl_check", "shacl_validate", "union_graph"]

SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True, order=True)
class ShaclResult:
    """One SHACL violation, in words."""

    focus: str
    path: str
    message: str
    value: str
    shape: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        val = f" (value: {self.value})" if self.value else ""
        return f"{self.focus}{where}: {self.message}{val}"


def union_graph(quads: Iterable[tuple]) -> Graph:
    """All quads as one triple graph (ontology included), as SHACL needs for subclass checks."""
    g = Graph()
    g.addN((s, p, o, g) for s, p, o, _ in quads)
    return g


def load_shapes(path: Path | str = SHAPES_PATH) -> Graph:
    """The shapes graph."""
    return Graph().parse(path, format="turtle")


def _short(term: object) -> str:
    s = str(term)
    for base, prefix in (
        ("https://w3id.org/smekg/id/", ""),
        ("https://w3id.org/smekg/ontology#", "sme:"),
        ("https://w3id.org/smekg/concept/", "concept:"),
        ("https://w3id.org/smekg/shapes#", ""),
        ("http://www.w3.org/2000/01/rdf-schema#", "rdfs:"),
        ("http://www.w3.org/2004/02/skos/core#", "skos:"),
        ("http://purl.org/dc/terms/", "dcterms:"),
    ):
        if s.startswith(base):
            return prefix + s[len(base) :]
    return s


def shacl_validate(data: Graph, shapes: Graph | None = None) -> list[ShaclResult]:
    """Validate ``data`` (include the ontology in it, for subclasses); return the violations, sorted.

    Examples
    --------
    >>> from kg.build import load
    >>> shacl_validate(union_graph(load("data").quads))
    []
    """
    sg = shapes if shapes is not None else load_shapes()
    return sorted(set(_results(data, sg)))


def _results(data: Graph, sg: Graph, keep: set[str] | None = None) -> list[ShaclResult]:
    """pySHACL's violations in words; with ``keep``, only those whose focus node's IRI is in it."""
    # inplace: the data graph is ours and thrown away after, so pySHACL need not copy it.
    _conforms, report, _text = pyshacl.validate(data, shacl_graph=sg, inference="none", advanced=True, inplace=True)
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(r, SH.focusNode)
        if keep is not None and str(focus) not in keep:
            continue
        shape = report.value(r, SH.sourceShape)
        # Name the node shape, not the anonymous property shape inside it.
        owner = next((s for s in sg.subjects(SH.property, shape) if isinstance(s, URIRef)), shape)
        out.append(
            ShaclResult(
                focus=_short(focus),
                path=_short(report.value(r, SH.resultPath) or ""),
                message=str(report.value(r, SH.resultMessage) or ""),
                value=_short(report.value(r, SH.value) or ""),
                shape=_short(owner) if isinstance(owner, URIRef) else "",
            )
        )
    return out


# -- at scale: the same validation, split by subject and run on several processes ---------
# Shapes that look only at a focus node's own triples and at the rdf:type of its values
# give, per focus node, the same result on any graph holding those triples, the values'
# types and the ontology. So the union can be cut into parts by subject.
_PARTS: list[tuple[list[tuple], set[str]]] = []  # filled before the worker processes fork
_SHAPES: list[Graph] = []


def _splittable(sg: Graph) -> bool:
    if any(isinstance(p, BNode) for p in sg.objects(None, SH.path)):
        return False  # property paths other than one predicate
    non_local = (SH.targetObjectsOf, SH.node, SH.qualifiedValueShape, SH.sparql, SH.target)
    return not any((None, p, None) in sg for p in non_local)


def _check_part(i: int) -> list[ShaclResult]:
    triples, keep = _PARTS[i]
    g = Graph()
    g.addN((s, p, o, g) for s, p, o in triples)
    return _results(g, _SHAPES[0], keep)


def shacl_check(
    quads: Sequence[tuple],
    shapes: Graph | None = None,
    processes: int | None = None,
    part_size: int = 40_000,
    quiet: bool = False,
) -> tuple[list[ShaclResult], str]:
    """SHACL over all ``quads`` (ontology included); returns the sorted violations and how they were found.

    Up to ``2 * part_size`` triples the union graph is validated whole (the
    reference). Above, when the shapes only look at a node's own triples and at
    its values' types (true of ``ontology/shapes.ttl``), the subjects are cut
    into parts of about ``part_size`` triples; each part is validated with the
    ontology graphs and the ``rdf:type`` of every value it points to, on
    ``processes`` worker processes (default: up to 2), keeping the violations
    whose focus node belongs to the part. Same violations as the whole run.

    Examples
    --------
    >>> from kg.build import load
    >>> shacl_check(load("data").quads)
    ([], 'whole graph')
    """
    sg = shapes if shapes is not None else load_shapes()
    if len(quads) <= 2 * part_size or not _splittable(sg):
        return sorted(set(_results(union_graph(quads), sg))), "whole graph"
    from .rdf import ONTOLOGY_GRAPHS

    onto_graphs = {str(g) for g in ONTOLOGY_GRAPHS}
    shared: list[tuple] = []
    shared_subjects: set[str] = set()
    by_subject: dict[str, list[tuple]] = {}
    types: dict[str, list[tuple]] = {}
    rdf_type = str(RDF.type)
    # A triple stated in several graphs lands in one part (same subject); the Graph keeps it once.
    for s, p, o, g in quads:
        ks = str(s)
        if str(g) in onto_graphs:
            shared.append((s, p, o))
            shared_subjects.add(ks)
            continue
        by_subject.setdefault(ks, []).append((s, p, o))
        if str(p) == rdf_type:
            types.setdefault(ks, []).append((s, p, o))
    parts: list[tuple[list[tuple], set[str]]] = [(list(shared), shared_subjects)]
    current: list[tuple] = []
    keep: set[str] = set()

    def close() -> None:
        # The rdf:type of every value, so that sh:class sees it.
        values = dict.fromkeys(str(o) for _s, _p, o in current if isinstance(o, URIRef))
        extra = [t for v in values for t in types.get(v, ())]
        parts.append((shared + current + extra, set(keep)))

    for ks in sorted(by_subject):
        current.extend(by_subject[ks])
        keep.add(ks)
        if len(current) >= part_size:
            close()
            current, keep = [], set()
    if current:
        close()
    n_proc = max(1, min(processes or min(2, os.cpu_count() or 1), len(parts)))
    _PARTS[:], _SHAPES[:] = parts, [sg]
    out: list[ShaclResult] = []
    try:
        with progress("SHACL", len(parts), quiet) as bar:
            if n_proc == 1:
                for i in range(len(parts)):
                    out.extend(_check_part(i))
                    bar.advance()
            else:
                ctx = multiprocessing.get_context("fork")
                with ProcessPoolExecutor(n_proc, mp_context=ctx) as pool:
                    futures = [pool.submit(_check_part, i) for i in range(len(parts))]
                    for f in as_completed(futures):
                        out.extend(f.result())
                        bar.advance()
    finally:
        _PARTS.clear()
        _SHAPES.clear()
    how = f"{len(parts)} parts by subject on {n_proc} process{'es' if n_proc > 1 else ''}"
    return sorted(set(out)), how
