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

    Sorted by graph, subject, predicate (IRI text) and object (its N-Triples
    form). Deduplication and sorting run on plain strings, one graph at a
    time, and each distinct term is made once and shared between quads: the
    fast path at a million triples.

    Examples
    --------
    >>> from kg.load import load_records
    >>> from kg.ontology import load_ontology
    >>> onto = load_ontology()
    >>> quads = build_quads(load_records("data", onto), onto)
    >>> any(p == SME.organized and o.endswith("/osm-sme-development-2018") for s, p, o, g in quads)
    True
    """
    terms: dict[str, URIRef | Literal] = {}  # IRI text (subject/predicate) or N-Triples form (object) -> term
    graphs: dict[str, set[tuple[str, str, str]]] = {}
    graph_terms: dict[str, URIRef] = {}

    def graph(g: URIRef) -> set[tuple[str, str, str]]:
        key = str(g)
        if key not in graphs:
            graphs[key], graph_terms[key] = set(), g
        return graphs[key]

    def iri(t: URIRef) -> str:
        key = str(t)
        terms.setdefault(key, t)
        return key

    def obj(t: URIRef | Literal) -> str:
        key = t.n3()
        terms.setdefault(key, t)
        return key

    literals: dict[tuple[str, URIRef | None], str] = {}

    def lit(value: str, datatype: URIRef | None = None) -> str:
        key = literals.get((value, datatype))
        if key is None:
            key = literals[(value, datatype)] = obj(Literal(value, datatype=datatype) if datatype else Literal(value))
        return key

    for source_graph, g in ((onto.graph, ONTOLOGY_IRI), (onto.concepts_graph, CONCEPTS_GRAPH)):
        bucket = graph(g)
        for s, p, o in source_graph:
            if isinstance(s, BNode) or isinstance(o, BNode):
                raise ValueError(f"blank node in ontology file for graph {g}: name every node with an IRI")
            bucket.add((iri(s), iri(p), obj(o)))

    # Entity IRIs are made from checked ids, so their N-Triples form is <IRI>.
    subj: dict[str, str] = {}
    objt: dict[str, str] = {}
    for e in records.entities.values():
        t = e.iri
        subj[e.id] = iri(t)
        objt[e.id] = key = f"<{t}>"
        terms[key] = t
    rdf_type, label, alt, desc, iso = (
        iri(x) for x in (RDF.type, RDFS.label, SKOS.altLabel, DCTERMS.description, SME.isoCode)
    )
    reg = graph(REGISTRY_GRAPH)
    for e in records.entities.values():
        if e.cls == "Concept":
            continue  # described in the concept scheme graph
        s = subj[e.id]
        reg.add((s, rdf_type, obj(onto.class_iri(e.cls))))
        reg.add((s, label, lit(e.label)))
        for a in e.aliases:
            reg.add((s, alt, lit(a)))
        if e.description:
            reg.add((s, desc, lit(e.description)))
        if e.iso_code:
            reg.add((s, iso, lit(e.iso_code)))

    title, dct_date, publisher, url, credit = (
        iri(x) for x in (DCTERMS.title, DCTERMS.date, DCTERMS.publisher, SCHEMA.url, SME.photoCredit)
    )
    source_bucket: dict[str, set[tuple[str, str, str]]] = {}
    for src in records.sources.values():
        g = src.iri
        b = source_bucket[src.id] = graph(g)
        s = iri(g)
        b.add((s, rdf_type, obj(onto.class_iri(src.cls))))
        b.add((s, label, lit(src.title)))
        b.add((s, title, lit(src.title)))
        b.add((s, dct_date, lit(src.date.isoformat(), XSD.date)))
        if src.publisher:
            b.add((s, publisher, objt[src.publisher] if src.publisher in objt else obj(entity_iri(src.publisher))))
        if src.url:
            b.add((s, url, obj(URIRef(src.url))))
        if src.photo_credit:
            pc = src.photo_credit
            b.add((s, credit, objt[pc] if pc in objt else obj(entity_iri(pc))))

    rel = {name: iri(prop.iri) for name, prop in onto.relations.items()}
    role_type, person, organization, role_title = (
        obj(SME.Role),
        iri(SME.person),
        iri(SME.organization),
        iri(SME.title),
    )
    for st in records.statements:
        b = source_bucket[st.source]
        b.add((subj[st.subject], rel[st.relation], objt[st.object]))
        if st.relation == "represents" and st.titles:
            r = iri(role_iri(st.subject, st.object))
            b.add((r, rdf_type, role_type))
            b.add((r, person, objt[st.subject]))
            b.add((r, organization, objt[st.object]))
            for t in st.titles:
                b.add((r, role_title, lit(t)))

    attr = {
        name: (iri(prop.iri), _XSD_OF.get(prop.range[0]) if prop.range else None)
        for name, prop in onto.attributes.items()
    }
    for a in records.attributes:
        p, dt = attr[a.property]
        value = a.value.isoformat() if hasattr(a.value, "isoformat") else str(a.value)
        source_bucket[a.source].add((subj[a.entity], p, lit(value, dt)))

    out: list[Quad] = []
    for key in sorted(graphs):
        g = graph_terms[key]
        out.extend((terms[s], terms[p], terms[o], g) for s, p, o in sorted(graphs[key]))
    return out  # type: ignore[return-value]


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
