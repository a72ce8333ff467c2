"""The RDF view: records → quads (one named graph per source) → rdflib / Oxigraph / N-Quads.

Graphs of the dataset:

* ``https://w3id.org/smekg/ontology`` — the ontology (``ontology/sme.ttl``);
* ``https://w3id.org/smekg/concept/`` — the SKOS concept scheme;
* ``https://w3id.org/smekg/graph/registry`` — who each entity is: type, label, aliases;
* ``https://w3id.org/smekg/id/source/<id>`` — one per source: the source's own
  metadata and every statement, role and attribute it supports.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, XSD, BNode, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS

from .model import Records, entity_iri, role_iri
from .ontology import CONCEPT, GRAPH, ONTOLOGY_IRI, SCHEMA, SME, Ontology

__all__ = [
    "CONCEPTS_GRAPH",
    "ONTOLOGY_GRAPHS",
    "REGISTRY_GRAPH",
    "Quad",
    "build_quads",
    "nquads",
    "to_dataset",
    "to_oxigraph",
]

Quad = tuple[URIRef, URIRef, URIRef | Literal, URIRef]
REGISTRY_GRAPH = GRAPH["registry"]
CONCEPTS_GRAPH = URIRef(str(CONCEPT))
ONTOLOGY_GRAPHS = (ONTOLOGY_IRI, CONCEPTS_GRAPH)

_XSD_OF = {"date": XSD.date, "nonNegativeInteger": XSD.nonNegativeInteger, "gYear": XSD.gYear}


def build_quads(records: Records, onto: Ontology) -> list[Quad]:
    """Every quad of the dataset, sorted and without duplicates (no blank nodes allowed).

    Examples
    --------
    >>> from kg.load import load_records
    >>> from kg.ontology import load_ontology
    >>> onto = load_ontology()
    >>> quads = build_quads(load_records("data", onto), onto)
    >>> any(p == SME.organized and o.endswith("/osm-sme-development-2018") for s, p, o, g in quads)
    True
    """
    out: set[Quad] = set()
    add = out.add
    for graph, g in ((onto.graph, ONTOLOGY_IRI), (onto.concepts_graph, CONCEPTS_GRAPH)):
        for s, p, o in graph:
            if isinstance(s, BNode) or isinstance(o, BNode):
                raise ValueError(f"blank node in ontology file for graph {g}: name every node with an IRI")
            add((s, p, o, g))

    reg = REGISTRY_GRAPH
    for e in records.entities.values():
        if e.cls == "Concept":
            continue  # described in the concept scheme graph
        s = e.iri
        add((s, RDF.type, onto.class_iri(e.cls), reg))
        add((s, RDFS.label, Literal(e.label), reg))
        for a in e.aliases:
            add((s, SKOS.altLabel, Literal(a), reg))
        if e.description:
            add((s, DCTERMS.description, Literal(e.description), reg))
        if e.iso_code:
            add((s, SME.isoCode, Literal(e.iso_code), reg))

    for src in records.sources.values():
        g = s = src.iri
        add((s, RDF.type, onto.class_iri(src.cls), g))
        add((s, RDFS.label, Literal(src.title), g))
        add((s, DCTERMS.title, Literal(src.title), g))
        add((s, DCTERMS.date, Literal(src.date.isoformat(), datatype=XSD.date), g))
        if src.publisher:
            add((s, DCTERMS.publisher, entity_iri(src.publisher), g))
        if src.url:
            add((s, SCHEMA.url, URIRef(src.url), g))
        if src.photo_credit:
            add((s, SME.photoCredit, entity_iri(src.photo_credit), g))

    ents = records.entities
    for st in records.statements:
        g = records.sources[st.source].iri
        s, o = ents[st.subject].iri, ents[st.object].iri
        add((s, onto.relations[st.relation].iri, o, g))
        if st.relation == "represents" and st.titles:
            r = role_iri(st.subject, st.object)
            add((r, RDF.type, SME.Role, g))
            add((r, SME.person, s, g))
            add((r, SME.organization, o, g))
            for t in st.titles:
                add((r, SME.title, Literal(t), g))

    for a in records.attributes:
        g = records.sources[a.source].iri
        prop = onto.attributes[a.property]
        dt = _XSD_OF.get(prop.range[0]) if prop.range else None
        value = a.value.isoformat() if hasattr(a.value, "isoformat") else str(a.value)
        add((ents[a.entity].iri, prop.iri, Literal(value, datatype=dt) if dt else Literal(value), g))
    return sorted(out, key=_sort_key)


def _sort_key(q: Quad) -> tuple[str, str, str, str]:
    return (str(q[3]), str(q[0]), str(q[1]), q[2].n3())


def to_dataset(quads: Iterable[Quad]) -> Dataset:
    """An rdflib Dataset (default graph = union of the named graphs, for SPARQL)."""
    ds = Dataset(default_union=True)
    ds.addN((s, p, o, ds.graph(g)) for s, p, o, g in quads)
    return ds


def _ox_term(t: URIRef | Literal) -> ox.NamedNode | ox.Literal:
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype or XSD.string)))
    return ox.NamedNode(str(t))


def to_oxigraph(quads: Iterable[Quad]) -> ox.Store:
    """An in-memory Oxigraph store holding the same quads (named graphs kept)."""
    store = ox.Store()
    store.bulk_extend(
        ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)), _ox_term(o), ox.NamedNode(str(g))) for s, p, o, g in quads
    )
    return store


def nquads(store: ox.Store, graphs: Iterable[URIRef] | None = None) -> bytes:
    """Sorted N-Quads of ``store`` (only ``graphs`` when given): byte-identical for the same data."""
    keep = None if graphs is None else {str(g) for g in graphs}
    lines = []
    for q in store:
        if keep is not None and q.graph_name.value not in keep:
            continue
        lines.append(f"{q.subject} {q.predicate} {q.object} {q.graph_name} .")
    lines.sort()
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
