"""SHACL validation of the built graph against ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyshacl
from rdflib import RDF, Graph, Namespace, URIRef

from .ontology import ONTOLOGY_DIR

__all__ = ["SHAPES_PATH", "ShaclResult", "load_shapes", "shacl_validate", "union_graph"]

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
    _conforms, report, _text = pyshacl.validate(data, shacl_graph=sg, inference="none", advanced=True)
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        shape = report.value(r, SH.sourceShape)
        # Name the node shape, not the anonymous property shape inside it.
        owner = next((s for s in sg.subjects(SH.property, shape) if isinstance(s, URIRef)), shape)
        out.append(
            ShaclResult(
                focus=_short(report.value(r, SH.focusNode)),
                path=_short(report.value(r, SH.resultPath) or ""),
                message=str(report.value(r, SH.resultMessage) or ""),
                value=_short(report.value(r, SH.value) or ""),
                shape=_short(owner) if isinstance(owner, URIRef) else "",
            )
        )
    return sorted(set(out))
