"""Exports for partners: the dataset in every standard RDF format and in network formats.

Every format is a function in :data:`FORMATS` (name → :class:`Format`) that
turns a :class:`Selection` into bytes. Outputs are deterministic: the same data
gives byte-identical files whatever the process (sorted N-Triples lines as the
canonical order, fixed prefixes, no blank nodes, no timestamps).

What is exported (:func:`select`):

* by default the data graphs: the registry and one named graph per source;
* ``with_ontology=True`` adds the ontology and the concept scheme graphs;
* ``source=ID``: that source's named graph, plus the registry triples of every
  entity it mentions (as subject or object);
* ``cls=C``: the entities of class ``C`` or a subclass, with their registry
  triples, every statement and attribute touching them (in the source graph that
  states it), each Role node that links them (whole), and the metadata of those
  sources (title, date, publisher), so provenance stays readable.

``source`` and ``cls`` together keep what both allow. Triple formats (Turtle,
N-Triples, RDF/XML) hold the union of the selected graphs; TriG, N-Quads and
JSON-LD keep one named graph per source. Network formats (GraphML, GEXF,
Cytoscape.js) are built from :attr:`KnowledgeGraph.graph` with the same subset.
"""

from __future__ import annotations

import io
import itertools
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF

from .build import KnowledgeGraph
from .errors import UsageError
from .io import atomic_write
from .model import source_iri
from .ontology import ONTOLOGY_DIR, Ontology
from .rdf import ONTOLOGY_GRAPHS, REGISTRY_GRAPH, Quad, graph_lines, nquads_bytes

__all__ = [
    "CONTEXT_PATH",
    "FORMATS",
    "PREFIXES",
    "Format",
    "Selection",
    "context_bytes",
    "export_format",
    "graph_lines",
    "jsonld_context",
    "newest_source_date",
    "select",
    "sorted_turtle",
    "write_context",
]

#: Namespace prefixes used by Turtle, TriG, RDF/XML and the JSON-LD context (fixed order).
PREFIXES: dict[str, str] = {
    "sme": "https://w3id.org/smekg/ontology#",
    "id": "https://w3id.org/smekg/id/",
    "source": "https://w3id.org/smekg/id/source/",
    "role": "https://w3id.org/smekg/id/role/",
    "concept": "https://w3id.org/smekg/concept/",
    "graph": "https://w3id.org/smekg/graph/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
}

#: Where the published JSON-LD context lives (regenerate with :func:`write_context`).
CONTEXT_PATH = ONTOLOGY_DIR / "context.jsonld"

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_TYPE = str(RDF.type)
# Terms for the vocabularies every record uses (RDF, SKOS, Dublin Core), next to
# the ontology's own relations and attributes. dcterms:title stays a compact IRI:
# "title" is the ontology's sme:title (a role's job title).
_COMMON_TERMS: dict[str, dict[str, str] | str] = {
    "label": "rdfs:label",
    "altLabel": "skos:altLabel",
    "prefLabel": "skos:prefLabel",
    "description": "dcterms:description",
    "date": {"@id": "dcterms:date", "@type": "xsd:date"},
    "publisher": {"@id": "dcterms:publisher", "@type": "@id"},
    "url": {"@id": "schema:url", "@type": "@id"},
}


# -- selection -------------------------------------------------------------------------


@dataclass
class Selection:
    """What one export holds: sorted N-Triples lines per named graph, and the matching network view.

    ``lines`` maps each selected graph IRI to its triples as canonical N-Triples
    lines (bytes, sorted, without the final newline).
    """

    kg: KnowledgeGraph
    lines: dict[str, list[bytes]]
    nodes: frozenset[str] | None = None  # network view: entity ids kept (None: all)
    edge_source: str | None = None  # network view: only edges stated by this source
    edge_nodes: frozenset[str] | None = None  # network view: only edges touching these ids

    @property
    def graphs(self) -> tuple[str, ...]:
        """The selected named graphs, sorted."""
        return tuple(sorted(self.lines))

    @cached_property
    def created(self) -> str:
        """The newest source date in the data (ISO), used where a format wants a date."""
        return newest_source_date(self.kg).isoformat()


def newest_source_date(kg: KnowledgeGraph) -> date:
    """The newest date among the sources: the data's own creation date (never the clock).

    Examples
    --------
    >>> from kg.build import load
    >>> newest_source_date(load("data")).isoformat()
    '2026-11-26'
    """
    dates = [s.date for s in kg.records.sources.values()]
    return max(dates) if dates else date(1970, 1, 1)


def select(
    kg: KnowledgeGraph, *, with_ontology: bool = False, source: str | None = None, cls: str | None = None
) -> Selection:
    """The part of ``kg`` an export holds (see the module docstring for the subset rules).

    Raises :class:`~kg.errors.UsageError` for an unknown source id or class.

    Examples
    --------
    >>> from kg.build import load
    >>> sel = select(load("data"), source="reference-apo-members")
    >>> [g.rsplit("/", 1)[-1] for g in sel.graphs]
    ['registry', 'reference-apo-members']
    >>> sel.nodes >= {"apo", "kor"}
    True
    """
    if source is None and cls is None:
        skip = set() if with_ontology else {str(g) for g in ONTOLOGY_GRAPHS}
        return Selection(kg, {g: lines for g, lines in kg.lines.items() if g not in skip})

    ents = kg.records.entities
    keep_graphs = {str(g) for g in ONTOLOGY_GRAPHS} if with_ontology else set()
    data_graphs = set(kg.data_graphs()) - {str(REGISTRY_GRAPH)}
    if source is not None:
        if source not in kg.records.sources:
            known = ", ".join(sorted(kg.records.sources))
            raise UsageError(f"unknown source {source!r}; known sources: {known}")
        data_graphs = {str(source_iri(source))}
    members: set[str] | None = None
    if cls is not None:
        if cls not in kg.ontology.classes:
            known = ", ".join(sorted(kg.ontology.classes))
            raise UsageError(f"unknown class {cls!r}; classes of the ontology: {known}")
        members = {str(e.iri) for e in ents.values() if kg.ontology.is_a(e.cls, cls)}

    picked: list[Quad] = []
    roles: set[str] = set()
    for q in kg.quads:
        g = str(q[3])
        if g in keep_graphs:
            picked.append(q)
        elif g in data_graphs and (members is None or str(q[0]) in members or str(q[2]) in members):
            picked.append(q)
            if "/id/role/" in str(q[0]):
                roles.add(str(q[0]))
    used_graphs = {str(q[3]) for q in picked} - keep_graphs
    # Roles stay whole; the sources that contribute keep their metadata.
    picked.extend(q for q in kg.quads if str(q[3]) in used_graphs and str(q[0]) in roles | {str(q[3])})
    mentioned = {str(t) for q in picked if str(q[3]) not in keep_graphs for t in (q[0], q[2])}
    if members is None:
        registry = mentioned  # --source alone: every entity the source mentions
    elif source is None:
        registry = members  # --class alone: every entity of the class
    else:
        registry = members & mentioned  # both: the class's entities that the source mentions
    picked.extend(q for q in kg.quads if q[3] == REGISTRY_GRAPH and str(q[0]) in registry)
    picked = list(dict.fromkeys(picked))

    by_iri = {str(e.iri): e.id for e in ents.values()}
    node_ids = frozenset(by_iri[t] for t in mentioned | registry if t in by_iri)
    member_ids = frozenset(by_iri[t] for t in members) if members is not None else None
    return Selection(kg, graph_lines(picked), node_ids, source, member_ids)


# -- sorted N-Triples / N-Quads: the canonical order every RDF format follows -----------


def _sorted_triples(sel: Selection) -> bytes:
    if len(sel.lines) == 1:
        (lines,) = sel.lines.values()
    else:
        # Each graph's lines are sorted already: Python's sort merges such runs in
        # linear-ish time, and repeats across graphs end up side by side.
        lines = [line for g in sel.graphs for line in sel.lines[g]]
        lines.sort()
        lines = [line for line, _ in itertools.groupby(lines)]
    return b"\n".join(lines) + b"\n" if lines else b""


def _ntriples(sel: Selection) -> bytes:
    return _sorted_triples(sel)


def _nquads(sel: Selection) -> bytes:
    lines = []
    for g in sel.graphs:
        tail = f"<{g}> .".encode()
        lines.extend([line[:-1] + tail for line in sel.lines[g]])  # "<s> <p> o ." -> "<s> <p> o <g> ."
    lines.sort()
    return b"\n".join(lines) + b"\n" if lines else b""


def _ox_triples(sel: Selection) -> Iterable[ox.Triple]:
    return ox.parse(_sorted_triples(sel), format=ox.RdfFormat.N_TRIPLES)


def _fixed_prefixes(body: bytes, prefixes: dict[str, str] = PREFIXES) -> bytes:
    # Oxigraph writes the @prefix lines in an order of its own: put ours, in the given order.
    lines = body.split(b"\n")
    n = 0
    while n < len(lines) and lines[n].startswith(b"@prefix "):
        n += 1
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items()).encode()
    return header + b"\n".join(lines[n:])


def _turtle_of(sorted_nt: bytes, prefixes: dict[str, str] = PREFIXES) -> bytes:
    triples = ox.parse(sorted_nt, format=ox.RdfFormat.N_TRIPLES)
    return _fixed_prefixes(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b"", prefixes)


def sorted_turtle(triples: Iterable[ox.Triple], prefixes: dict[str, str] = PREFIXES) -> bytes:
    """Turtle for ``triples``: subjects, predicates and objects in sorted N-Triples order, prefixes as given.

    Examples
    --------
    >>> t = ox.Triple(ox.NamedNode(PREFIXES["id"] + "kpc"), ox.NamedNode(PREFIXES["rdfs"] + "label"), ox.Literal("KPC"))
    >>> print(sorted_turtle([t, t], {"id": PREFIXES["id"], "rdfs": PREFIXES["rdfs"]}).decode(), end="")
    @prefix id: <https://w3id.org/smekg/id/> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    id:kpc rdfs:label "KPC" .
    """
    nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    return _turtle_of(b"".join(line + b"\n" for line in sorted(set(nt.splitlines()))), prefixes)


def _fixed_xmlns(body: bytes) -> bytes:
    # Same for the xmlns declarations on <rdf:RDF>: rdf first, then PREFIXES order, then any other.
    start = body.find(b"<rdf:RDF ")
    end = body.find(b">", start)
    if start < 0 or end < 0:
        return body
    decls = dict(re.findall(rb'xmlns:([\w.-]+)="([^"]*)"', body[start:end]))
    order = [b"rdf", *(p.encode() for p in PREFIXES if p != "rdf")]
    names = [p for p in order if p in decls] + sorted(p for p in decls if p not in order)
    tag = b"<rdf:RDF " + b" ".join(b'xmlns:%s="%s"' % (p, decls[p]) for p in names)
    return body[:start] + tag + body[end:]


def _turtle(sel: Selection) -> bytes:
    return _turtle_of(_sorted_triples(sel))


def _rdfxml(sel: Selection) -> bytes:
    return _fixed_xmlns(ox.serialize(_ox_triples(sel), format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES) or b"")


def _trig(sel: Selection) -> bytes:
    # Graph by graph (sorted by IRI), each graph's triples in sorted order.
    quads = ox.parse(nquads_bytes(sel.lines), format=ox.RdfFormat.N_QUADS)
    return _fixed_prefixes(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES) or b"")


# -- JSON-LD ------------------------------------------------------------------------------


def jsonld_context(onto: Ontology) -> dict:
    """The JSON-LD context: prefixes, common terms, and one key per ontology relation and attribute.

    Relations are coerced to IRIs (``"organized": "id:osm-..."``); attributes
    with a datatype other than ``xsd:string`` carry it (``"startDate"`` is an
    ``xsd:date``), so values stay strings with their exact lexical form.

    Examples
    --------
    >>> from kg.ontology import load_ontology
    >>> ctx = jsonld_context(load_ontology())["@context"]
    >>> ctx["organized"], ctx["startDate"]
    ({'@id': 'sme:organized', '@type': '@id'}, {'@id': 'sme:startDate', '@type': 'xsd:date'})
    """
    ctx: dict[str, dict[str, str] | str] = dict(PREFIXES)
    terms: dict[str, dict[str, str] | str] = dict(_COMMON_TERMS)
    for name, prop in sorted({**onto.relations, **onto.attributes}.items()):
        curie = _compact(str(prop.iri))
        if name in terms or name in PREFIXES:
            raise ValueError(f"ontology term {name!r} clashes with a fixed JSON-LD term; rename it in sme.ttl")
        if prop.kind == "relation":
            terms[name] = {"@id": curie, "@type": "@id"}
        elif prop.datatype is not None and str(prop.datatype) != _XSD_STRING:
            terms[name] = {"@id": curie, "@type": _compact(str(prop.datatype))}
        else:
            terms[name] = curie
    ctx.update(sorted(terms.items()))
    return {"@context": ctx}


def context_bytes(onto: Ontology) -> bytes:
    """The JSON-LD context file's bytes (what ``ontology/context.jsonld`` holds)."""
    return _json(jsonld_context(onto))


def write_context(path: Path | str = CONTEXT_PATH, onto: Ontology | None = None) -> Path:
    """Write the JSON-LD context (default: ``ontology/context.jsonld``, the published copy)."""
    from .ontology import load_ontology

    return atomic_write(path, context_bytes(onto or load_ontology()))


def _compact(iri: str) -> str:
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            best = prefix
    suffix = iri[len(PREFIXES[best]) :] if best else ""
    if best and suffix and not suffix.startswith("//"):
        return f"{best}:{suffix}"
    return iri


def _json(obj: object) -> bytes:
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


class _Compactor:
    """Turns sorted triples into compacted JSON-LD node objects, using the context's terms."""

    def __init__(self, context: dict) -> None:
        self.by_iri: dict[str, tuple[str, str | None]] = {}
        for key, value in context["@context"].items():
            if key in PREFIXES:
                continue
            curie, coerce = (value, None) if isinstance(value, str) else (value["@id"], value.get("@type"))
            iri = self._expand(curie)
            self.by_iri[iri] = (key, self._expand(coerce) if coerce and coerce != "@id" else coerce)

    @staticmethod
    def _expand(curie: str) -> str:
        prefix, _, suffix = curie.partition(":")
        return PREFIXES[prefix] + suffix if prefix in PREFIXES else curie

    def _value(self, o: ox.NamedNode | ox.Literal, coerce: str | None) -> tuple[bool, object]:
        """(fits the term, JSON value)."""
        if isinstance(o, ox.NamedNode):
            return (coerce == "@id", _compact(o.value) if coerce == "@id" else {"@id": _compact(o.value)})
        if o.language:
            return (coerce is None, {"@value": o.value, "@language": o.language})
        dt = o.datatype.value
        if dt == _XSD_STRING:
            return (coerce is None, o.value)
        if coerce == dt:
            return (True, o.value)
        return (False, {"@value": o.value, "@type": _compact(dt)})

    def nodes(self, triples: Iterable[ox.Triple]) -> list[dict]:
        out: list[dict] = []
        subject, props = None, {}
        for t in triples:
            s = t.subject.value
            if s != subject:
                if subject is not None:
                    out.append(self._node(subject, props))
                subject, props = s, {}
            props.setdefault(t.predicate.value, []).append(t.object)
        if subject is not None:
            out.append(self._node(subject, props))
        return out

    def _node(self, subject: str, props: dict[str, list]) -> dict:
        node: dict[str, object] = {"@id": _compact(subject)}
        fields: dict[str, list] = {}
        for p, objs in props.items():
            if p == _RDF_TYPE and all(isinstance(o, ox.NamedNode) for o in objs):
                types = [_compact(o.value) for o in objs]
                node["@type"] = types[0] if len(types) == 1 else types
                continue
            term, coerce = self.by_iri.get(p, (None, None))
            for o in objs:
                fits, value = self._value(o, coerce) if term else (False, self._value(o, "")[1])
                fields.setdefault(term if fits else _compact(p), []).append(value)
        for key in sorted(fields):
            vals = fields[key]
            node[key] = vals[0] if len(vals) == 1 else vals
        return node


def _jsonld(sel: Selection) -> bytes:
    context = jsonld_context(sel.kg.ontology)
    compactor = _Compactor(context)
    graphs = []
    for g in sel.graphs:
        triples = ox.parse(b"".join(line + b"\n" for line in sel.lines[g]), format=ox.RdfFormat.N_TRIPLES)
        graphs.append({"@id": _compact(g), "@graph": compactor.nodes(triples)})
    return _json({**context, "@graph": graphs})


# -- network formats --------------------------------------------------------------------


def _flat(value: object) -> object:
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_flat(v)}" for k, v in sorted(value.items()))
    if isinstance(value, date):
        return value.isoformat()
    return value


def _network(sel: Selection, flatten: bool = True) -> nx.MultiDiGraph:
    """The networkx view of the selection, nodes and edges sorted, lists flattened to strings."""
    src = sel.kg.graph
    keep_edges = []
    for u, v, rel, d in src.edges(keys=True, data=True):
        if sel.edge_source is not None and sel.edge_source not in d["sources"]:
            continue
        if sel.edge_nodes is not None and u not in sel.edge_nodes and v not in sel.edge_nodes:
            continue
        keep_edges.append((u, v, rel, d))
    nodes = set(src.nodes) if sel.nodes is None else set(sel.nodes)
    nodes |= {u for u, _, _, _ in keep_edges} | {v for _, v, _, _ in keep_edges}

    conv = _flat if flatten else (lambda x: x)
    out = nx.MultiDiGraph()
    for n in sorted(nodes):
        data = src.nodes[n]
        out.add_node(n, **{k: conv(data[k]) for k in sorted(data) if data[k] not in (None, "", [], {})})
    for u, v, rel, d in sorted(keep_edges, key=lambda e: (e[0], e[2], e[1])):
        attrs = {k: conv(d[k]) for k in sorted(d) if d[k] not in (None, "", [], {})}
        out.add_edge(u, v, key=f"{u}--{rel}--{v}", **attrs)
    if flatten:
        _uniform_types(out)
    return out


def _uniform_types(g: nx.MultiDiGraph) -> None:
    # GraphML/GEXF declare one type per attribute: stringify an attribute whose values mix types.
    for items in (g.nodes(data=True), g.edges(data=True)):
        items = list(items)
        kinds: dict[str, set[type]] = {}
        for *_, d in items:
            for k, v in d.items():
                kinds.setdefault(k, set()).add(type(v))
        mixed = {k for k, t in kinds.items() if len(t) > 1}
        for *_, d in items:
            for k in mixed & d.keys():
                d[k] = str(d[k])


def _graphml(sel: Selection) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(_network(sel), buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return buf.getvalue()


def _gexf(sel: Selection) -> bytes:
    writer = nx.readwrite.gexf.GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    if meta is not None:  # networkx stamps today's date; use the data's date instead
        meta.set("lastmodifieddate", sel.created)
    g = _network(sel)
    for _, _, key, data in g.edges(keys=True, data=True):
        data["id"] = key  # readable, stable edge ids instead of a counter
    writer.add_graph(g)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue() + (b"" if buf.getvalue().endswith(b"\n") else b"\n")


def _cytoscape(sel: Selection) -> bytes:
    g = _network(sel, flatten=False)
    nodes = [{"data": {"id": n, **d}} for n, d in g.nodes(data=True)]
    edges = [{"data": {"id": k, "source": u, "target": v, **d}} for u, v, k, d in g.edges(keys=True, data=True)]
    return _json({"elements": {"nodes": nodes, "edges": edges}})


# -- the registry ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Format:
    """An export format: file extension, media type, whether it keeps named graphs, and its writer."""

    name: str
    extension: str
    media_type: str
    kind: str  # "triples", "quads" or "network"
    write: Callable[[Selection], bytes]
    description: str


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("turtle", "ttl", "text/turtle", "triples", _turtle, "Turtle (union of the selected graphs)"),
        Format("jsonld", "jsonld", "application/ld+json", "quads", _jsonld, "JSON-LD, compacted, @graph per graph"),
        Format("xml", "rdf", "application/rdf+xml", "triples", _rdfxml, "RDF/XML (union of the selected graphs)"),
        Format("nt", "nt", "application/n-triples", "triples", _ntriples, "N-Triples, sorted lines"),
        Format("trig", "trig", "application/trig", "quads", _trig, "TriG, one block per named graph"),
        Format("nquads", "nq", "application/n-quads", "quads", _nquads, "N-Quads, sorted lines"),
        Format("graphml", "graphml", "application/graphml+xml", "network", _graphml, "GraphML (Gephi, yEd)"),
        Format("gexf", "gexf", "application/gexf+xml", "network", _gexf, "GEXF 1.2 (Gephi)"),
        Format("cytoscape", "cyjs", "application/json", "network", _cytoscape, "Cytoscape.js elements JSON"),
    )
}


def export_format(
    kg: KnowledgeGraph,
    fmt: str,
    *,
    with_ontology: bool = False,
    source: str | None = None,
    cls: str | None = None,
) -> bytes:
    """The selected part of ``kg`` in format ``fmt`` (a key of :data:`FORMATS`), as bytes.

    Raises :class:`~kg.errors.UsageError` for an unknown format (listing the
    valid ones), source or class.

    Examples
    --------
    >>> from kg.build import load
    >>> nt = export_format(load("data"), "nt", source="reference-apo-members")
    >>> kor, member_of, apo = (f"<https://w3id.org/smekg/{x}>" for x in ("id/kor", "ontology#memberOf", "id/apo"))
    >>> f"{kor} {member_of} {apo} .".encode() in nt.splitlines()
    True
    >>> export_format(load("data"), "csv")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: unknown format 'csv'; valid formats: turtle, jsonld, xml, nt, trig, nquads, graphml, ...
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; valid formats: {', '.join(FORMATS)}")
    f = FORMATS[fmt]
    if with_ontology and f.kind == "network":
        raise UsageError(f"--with-ontology applies to RDF formats; {fmt} carries the data network only")
    return f.write(select(kg, with_ontology=with_ontology, source=source, cls=cls))
