"""The network view: records → ``networkx.MultiDiGraph``.

Nodes are entities (and the concepts statements point to), keyed by id, with
``iri``, ``cls`` (most specific class), ``top`` (Organization, Program, ...),
``label``, ``aliases`` and every attribute. Edges are keyed by relation name,
one per distinct (subject, relation, object), with ``relation``, ``label``,
``sources`` (sorted ids), ``paragraphs`` ({source: paragraph}) and ``titles``.
"""

from __future__ import annotations

import networkx as nx

from .model import Records
from .ontology import Ontology

__all__ = ["build_graph"]


def build_graph(records: Records, onto: Ontology) -> nx.MultiDiGraph:
    """Build the MultiDiGraph from the same records as the RDF dataset.

    Examples
    --------
    >>> from kg.load import load_records
    >>> from kg.ontology import load_ontology
    >>> onto = load_ontology()
    >>> g = build_graph(load_records("data", onto), onto)
    >>> sorted(u for u, v, r in g.in_edges("osm-sme-development-2018", keys=True) if r == "organized")
    ['apo', 'kpc']
    """
    g = nx.MultiDiGraph()
    for e in records.entities.values():
        g.add_node(
            e.id,
            iri=str(e.iri),
            cls=e.cls,
            top=onto.top_class(e.cls),
            label=e.label,
            aliases=list(e.aliases),
            description=e.description,
            **({"isoCode": e.iso_code} if e.iso_code else {}),
        )
    for a in records.attributes:
        v = a.value.isoformat() if hasattr(a.value, "isoformat") else a.value
        g.nodes[a.entity][a.property] = v
        g.nodes[a.entity].setdefault("attribute_sources", {}).setdefault(a.property, []).append(a.source)

    # Gather each distinct (subject, object, relation) first, then add the edges in one call.
    edges: dict[tuple[str, str, str], dict] = {}
    labels = {name: prop.label for name, prop in onto.relations.items()}
    for st in records.statements:
        key = (st.subject, st.object, st.relation)
        data = edges.get(key)
        if data is None:
            data = edges[key] = {
                "relation": st.relation,
                "label": labels[st.relation],
                "sources": [],
                "paragraphs": {},
                "titles": [],
            }
        if st.source not in data["sources"]:
            data["sources"].append(st.source)
        if st.paragraph is not None:
            data["paragraphs"][st.source] = st.paragraph
        for t in st.titles:
            if t not in data["titles"]:
                data["titles"].append(t)
    for data in edges.values():
        data["sources"].sort()
    g.add_edges_from((s, o, r, data) for (s, o, r), data in edges.items())
    return g
