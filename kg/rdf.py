"""The RDF view: records → quads (one named graph per source) → rdflib / Oxigraph / N-Quads.

Graphs of the dataset:

* ``https://w3id.org/smekg/ontology`` — the ontology (``ontology/sme.ttl``);
* ``https://w3id.org/smekg/concept/`` — the SKOS concept scheme;
* ``https://w3id.org/smekg/graph/registry`` — who each entity is: type, label, aliases;
* ``https://w3id.org/smekg/id/source/<id>`` — one per source: the source's own
  metadata and every statement, role and attribute it supports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, XSD, BNode, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS

from .model import Records, entity_iri, role_iri
from .ontology import CONCEPT, GRAPH, ONTOLOGY_IRI, SCHEMA, SME, Ontology

__all__ = [
    "CONCEPTS_GRAPH",
    "IRI_FORBIDDEN",
    "ONTOLOGY_GRAPHS",
    "REGISTRY_GRAPH",
    "Quad",
    "build_quads",
    "build_rdf",
    "graph_lines",
    "nquads_bytes",
    "nt_iri",
    "nt_string",
    "nt_term",
    "to_dataset",
    "to_oxigraph",
]

Quad = tuple[URIRef, URIRef, URIRef | Literal, URIRef]
REGISTRY_GRAPH = GRAPH["registry"]
CONCEPTS_GRAPH = URIRef(str(CONCEPT))
ONTOLOGY_GRAPHS = (ONTOLOGY_IRI, CONCEPTS_GRAPH)

_XSD_OF = {"date": XSD.date, "nonNegativeInteger": XSD.nonNegativeInteger, "gYear": XSD.gYear}

# -- canonical N-Triples terms (the form Oxigraph writes; tests check they agree) ------------
_XSD_STRING = URIRef(str(XSD.string))
_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')
_ECHAR = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
#: Characters an IRI may not hold in N-Triples, Turtle or SPARQL (spaces, controls, <>"{}|^`\\).
IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _escape_char(m: re.Match) -> str:
    c = m.group(0)
    return _ECHAR.get(c) or f"\\u{ord(c):04X}"


def nt_iri(iri: str, _seen: dict[str, str] = {}) -> str:  # noqa: B006 -- a deliberate memo of checked IRIs
    """``<iri>``; ValueError when the IRI holds a character N-Triples, Turtle or SPARQL forbid.

    Examples
    --------
    >>> nt_iri("https://w3id.org/smekg/id/kpc")
    '<https://w3id.org/smekg/id/kpc>'
    """
    out = _seen.get(iri)
    if out is None:
        if IRI_FORBIDDEN.search(iri):
            raise ValueError(f"not a valid IRI, cannot be exported: {iri!r}")
        out = _seen[iri] = f"<{iri}>"
        if len(_seen) > 1_000_000:
            _seen.clear()
    return out


def nt_string(lex: str) -> str:
    """``lex`` as a quoted string with the minimal escapes (valid in N-Triples, Turtle and SPARQL).

    Examples
    --------
    >>> print(nt_string('say "hi"'))
    "say \\"hi\\""
    """
    return '"' + (_ESCAPE.sub(_escape_char, lex) if _ESCAPE.search(lex) else lex) + '"'


def _nt_literal(lit: Literal) -> str:
    lex = nt_string(str(lit))[1:-1]
    if lit.language:
        return f'"{lex}"@{lit.language.lower()}'
    dt = lit.datatype
    if dt is None or dt == _XSD_STRING:
        return f'"{lex}"'
    return f'"{lex}"^^{nt_iri(str(dt))}'


def nt_term(t: URIRef | Literal) -> str:
    """``t`` in canonical N-Triples: ``<IRI>`` or a literal with the minimal escapes.

    Raises ValueError for an IRI that N-Triples cannot hold (spaces, ``<>"{}|^`\\``).

    Examples
    --------
    >>> nt_term(Literal('a "b"\\n'))
    '"a \\\\"b\\\\"\\\\n"'
    >>> nt_term(Literal("15", datatype=XSD.nonNegativeInteger))
    '"15"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>'
    """
    return _nt_literal(t) if isinstance(t, Literal) else nt_iri(str(t))


def graph_lines(quads: Iterable[Quad]) -> dict[str, list[bytes]]:
    """Canonical N-Triples lines per named graph, each list sorted and without duplicates.

    :func:`build_rdf` makes these for the whole dataset while it builds (kept as
    ``KnowledgeGraph.lines``); this function serves subsets. The lines are written
    from rdflib terms, not through an Oxigraph ``Store``: pyoxigraph's store
    rewrites ``xsd:nonNegativeInteger`` and other integer subtypes to
    ``xsd:integer``, which would change the data.

    Examples
    --------
    >>> from kg.build import load
    >>> lines = graph_lines(load("data").quads)
    >>> news = lines["https://w3id.org/smekg/id/source/apo-news-2018-09-25-sme-4ir-study-mission"]
    >>> [line for line in news if b"participantCount" in line]  # doctest: +NORMALIZE_WHITESPACE
    [b'<https://w3id.org/smekg/id/osm-sme-development-2018> <https://w3id.org/smekg/ontology#participantCount>
       "15"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .']
    """
    by_graph: dict[str, set[str]] = {}
    iri = nt_iri
    for s, p, o, g in quads:
        obj = _nt_literal(o) if isinstance(o, Literal) else iri(str(o))
        line = f"{iri(str(s))} {iri(str(p))} {obj} ."
        lines = by_graph.get(g)
        if lines is None:
            lines = by_graph[g] = set()
        lines.add(line)
    return {str(g): sorted(line.encode("utf-8") for line in lines) for g, lines in by_graph.items()}


def nquads_bytes(lines: dict[str, list[bytes]]) -> bytes:
    """N-Quads for :func:`graph_lines`-style lines, graph by graph (sorted by graph IRI).

    Examples
    --------
    >>> nquads_bytes({"http://x/g": [b"<http://x/a> <http://x/p> <http://x/b> ."]})
    b'<http://x/a> <http://x/p> <http://x/b> <http://x/g> .\\n'
    """
    out = []
    for g in sorted(lines):
        tail = f" <{g}> .\n".encode()
        out.extend(line[:-1] + tail[1:] for line in lines[g])  # drop the final '.' of each line
    return b"".join(out)


def build_quads(records: Records, onto: Ontology) -> list[Quad]:
    """Every quad of the dataset, sorted and without duplicates (see :func:`build_rdf`).

    Examples
    --------
    >>> from kg.load import load_records
    >>> from kg.ontology import load_ontology
    >>> onto = load_ontology()
    >>> quads = build_quads(load_records("data", onto), onto)
    >>> any(p == SME.organized and o.endswith("/osm-sme-development-2018") for s, p, o, g in quads)
    True
    """
    return build_rdf(records, onto)[0]


def build_rdf(records: Records, onto: Ontology) -> tuple[list[Quad], dict[str, list[bytes]]]:
    """The quads of the dataset and their canonical N-Triples lines per named graph, made together.

    Quads are sorted by graph IRI, then by their canonical N-Triples line, the
    order of every export; no duplicates, no blank nodes. Deduplication and
    sorting run on plain strings, one graph at a time, and each distinct term
    is made once and shared between quads: the fast path at a million triples.
    The lines (graph IRI → sorted lines as bytes) are what exports, the query
    store and ``kg push`` are written from.

    Examples
    --------
    >>> from kg.load import load_records
    >>> from kg.ontology import load_ontology
    >>> onto = load_ontology()
    >>> quads, lines = build_rdf(load_records("data", onto), onto)
    >>> sum(map(len, lines.values())) == len(quads)
    True
    >>> [x for x in lines["https://w3id.org/smekg/graph/registry"] if x.startswith(b"<https://w3id.org/smekg/id/kpc>")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [b'<https://w3id.org/smekg/id/kpc> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>
       <https://w3id.org/smekg/ontology#ProductivityOrganization> .',
     b'<https://w3id.org/smekg/id/kpc> <http://www.w3.org/2000/01/rdf-schema#label> "Korea Productivity Center" .',
     b'<https://w3id.org/smekg/id/kpc> <http://www.w3.org/2004/02/skos/core#altLabel> "KPC" .']
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
        if key not in terms:
            nt_iri(key)  # checks it
            terms[key] = t
        return key

    def obj(t: URIRef | Literal) -> str:
        key = nt_term(t)
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
    lines: dict[str, list[bytes]] = {}
    for key in sorted(graphs):
        g = graph_terms[key]
        rows = sorted((f"<{s}> <{p}> {o} .", s, p, o) for s, p, o in graphs[key])
        out.extend((terms[s], terms[p], terms[o], g) for _, s, p, o in rows)
        lines[key] = [row[0].encode() for row in rows]
    return out, lines  # type: ignore[return-value]


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


def to_oxigraph(quads: Iterable[Quad] | dict[str, list[bytes]]) -> ox.Store:
    """An in-memory Oxigraph store holding the same quads (named graphs kept).

    Given lines per graph (``KnowledgeGraph.lines``) the store is bulk-loaded from
    N-Quads text in Rust, four times faster at a million triples than from terms.
    """
    store = ox.Store()
    if isinstance(quads, dict):
        store.bulk_load(nquads_bytes(quads), format=ox.RdfFormat.N_QUADS)
        return store
    store.bulk_extend(
        ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)), _ox_term(o), ox.NamedNode(str(g))) for s, p, o, g in quads
    )
    return store
