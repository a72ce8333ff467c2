"""Load → validate → build: one :class:`KnowledgeGraph` holding records, RDF and network views."""

from __future__ import annotations

import gc
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rapidfuzz import fuzz, process
from rdflib import Dataset

from .errors import UsageError
from .graph import build_graph
from .load import load_records
from .model import Records
from .ontology import ID, ONTOLOGY_DIR, Ontology, load_ontology
from .rdf import ONTOLOGY_GRAPHS, Quad, build_rdf, to_dataset, to_oxigraph

__all__ = ["KnowledgeGraph", "load"]


@dataclass
class KnowledgeGraph:
    """The built graph: ``records`` plus views built from them together.

    ``quads``, their canonical N-Triples ``lines`` (graph IRI → sorted lines)
    and ``graph`` (networkx) are built at once from the same records;
    ``dataset`` (rdflib) and ``store`` (Oxigraph) are made from them when
    first used.

    Examples
    --------
    >>> kg = load("data")
    >>> kg.graph.nodes["kpc"]["label"]
    'Korea Productivity Center'
    >>> kg.resolve("KPC")
    'kpc'
    """

    ontology: Ontology
    records: Records
    quads: list[Quad]
    lines: dict[str, list[bytes]]
    graph: nx.MultiDiGraph
    data_dir: Path = field(default=Path("data"))

    @cached_property
    def dataset(self) -> Dataset:
        """rdflib Dataset; the default graph is the union of all named graphs."""
        return to_dataset(self.quads)

    @cached_property
    def store(self) -> ox.Store:
        """Oxigraph in-memory store with the same quads."""
        return to_oxigraph(self.lines)

    def nquads(self, with_ontology: bool = True) -> bytes:
        """Sorted N-Quads of the dataset: byte-identical for the same data.

        Written from the built quads by the export registry (not from the Oxigraph
        store, which would rewrite ``xsd:nonNegativeInteger`` as ``xsd:integer``).
        """
        from .export import export_format  # export builds on this module

        return export_format(self, "nquads", with_ontology=with_ontology)

    def data_graphs(self) -> list[str]:
        """IRIs of the named graphs holding data (registry and sources), sorted."""
        return sorted(set(self.lines) - {str(g) for g in ONTOLOGY_GRAPHS})

    # -- names ---------------------------------------------------------------------
    @cached_property
    def _names(self) -> dict[str, set[str]]:
        idx: dict[str, set[str]] = {}
        for e in self.records.entities.values():
            for name in (e.id, str(e.iri), e.label, *e.aliases):
                idx.setdefault(name.casefold(), set()).add(e.id)
        return idx

    def resolve(self, name: str, cls: str | None = None) -> str:
        """The entity id for an id, IRI, label or alias (case-insensitive).

        With ``cls`` only entities of that class (or a subclass) count. Raises
        :class:`~kg.errors.UsageError` listing candidates when the name is
        unknown or ambiguous.
        """
        if name.startswith("<") and name.endswith(">"):
            name = name[1:-1]
        if name.startswith(str(ID)) and name[len(ID) :] in self.records.entities:
            return name[len(ID) :]
        ents = self.records.entities
        hits = sorted(self._names.get(name.casefold(), set()))
        if cls:
            hits = [h for h in hits if self.ontology.is_a(ents[h].cls, cls)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            listing = "; ".join(f"{h} ({ents[h].label}, {ents[h].cls})" for h in hits)
            raise UsageError(f"{name!r} is ambiguous: it names {listing}. Use one of these ids.")
        pool = {k: k for k in self._names}
        close = process.extract(name.casefold(), pool, scorer=fuzz.WRatio, limit=8, score_cutoff=60)
        cands: list[str] = []
        for key, _score, _ in close:
            for h in sorted(self._names[key]):
                if h not in cands and (not cls or self.ontology.is_a(ents[h].cls, cls)):
                    cands.append(h)
        kind = f" {cls}" if cls else ""
        hint = ("; did you mean: " + "; ".join(f"{h} ({ents[h].label})" for h in cands[:5])) if cands else ""
        raise UsageError(f"unknown{kind} {name!r}: no id, IRI, label or alias matches{hint}")

    def label(self, entity_id: str) -> str:
        """The label of an entity (the id itself when unknown)."""
        e = self.records.entities.get(entity_id)
        return e.label if e else entity_id

    # -- summary ---------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """The headline counts only (what ``kg validate`` prints): cheaper than :meth:`stats` at scale.

        Examples
        --------
        >>> load("data").counts()
        {'entities': 52, 'statements': 122, 'sources': 2, 'triples': 1061}
        """
        return {
            "entities": sum(1 for e in self.records.entities.values() if e.cls != "Concept"),
            "statements": len({(s.subject, s.relation, s.object) for s in self.records.statements}),
            "sources": len(self.records.sources),
            "triples": len(self.quads),
        }

    def stats(self) -> dict:
        """Counts per class, per relation and per graph.

        Examples
        --------
        >>> s = load("data").stats()
        >>> s["classes"]["Country"], s["relations"]["organized"]
        (21, 5)
        """
        ents = self.records.entities.values()
        per_graph = {g: len(lines) for g, lines in self.lines.items()}
        facts = {(s.subject, s.relation, s.object) for s in self.records.statements}
        counts = self.counts()
        return {
            "entities": counts["entities"],
            "concepts": sum(1 for e in ents if e.cls == "Concept"),
            "sources": counts["sources"],
            "statements": counts["statements"],
            "citations": len(self.records.statements),
            "attributes": len(self.records.attributes),
            "triples": counts["triples"],
            "classes": dict(sorted(Counter(e.cls for e in ents if e.cls != "Concept").items())),
            "top_classes": dict(sorted(Counter(self.ontology.top_class(e.cls) for e in ents).items())),
            "relations": dict(sorted(Counter(r for _, r, _ in facts).items())),
            "graphs": dict(sorted(per_graph.items())),
        }


def load(data_dir: Path | str = "data", ontology_dir: Path | str | None = None) -> KnowledgeGraph:
    """Load, validate and build the knowledge graph of ``data_dir``.

    Raises :class:`~kg.errors.DataError` (every problem, with file:line) when
    the data is invalid.

    Examples
    --------
    >>> kg = load("data")
    >>> len(kg.records.sources)
    2
    """
    onto = load_ontology(ontology_dir or ONTOLOGY_DIR)
    # Millions of small, acyclic objects: the cyclic collector would rescan them again
    # and again for nothing (a third of the time at 1M triples), so it pauses meanwhile.
    paused = gc.isenabled()
    gc.disable()
    try:
        records = load_records(data_dir, onto)
        quads, lines = build_rdf(records, onto)
        return KnowledgeGraph(onto, records, quads, lines, build_graph(records, onto), Path(data_dir))
    finally:
        if paused:
            gc.enable()
