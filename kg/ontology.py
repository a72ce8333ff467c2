"""The ontology, read from ``ontology/*.ttl``: classes, relations, attributes, concepts.

Python keeps no list of its own: every class, relation, label, domain, range
and display hint comes from the Turtle files, so adding a relation type means
editing ``ontology/sme.ttl`` and the data, nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Namespace, URIRef

__all__ = [
    "CONCEPT",
    "CONCEPT_CLASS",
    "GRAPH",
    "ID",
    "ONTOLOGY_DIR",
    "ONTOLOGY_IRI",
    "SCHEMA",
    "SME",
    "ClassDef",
    "Ontology",
    "PropertyDef",
    "load_ontology",
]

SME = Namespace("https://w3id.org/smekg/ontology#")
ID = Namespace("https://w3id.org/smekg/id/")
CONCEPT = Namespace("https://w3id.org/smekg/concept/")
GRAPH = Namespace("https://w3id.org/smekg/graph/")
SCHEMA = Namespace("https://schema.org/")
ONTOLOGY_IRI = URIRef("https://w3id.org/smekg/ontology")
ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
# Name used for SKOS concepts wherever a class name is expected (data, graph).
CONCEPT_CLASS = "Concept"


@dataclass(frozen=True)
class ClassDef:
    """A class of the ontology, with its display hints (inherited when unset)."""

    name: str
    iri: URIRef
    label: str
    definition: str
    parents: tuple[str, ...]
    color: str
    shape: str


@dataclass(frozen=True)
class PropertyDef:
    """A relation (object property) or attribute (datatype property)."""

    name: str
    iri: URIRef
    label: str
    definition: str
    kind: str  # "relation" or "attribute"
    domain: tuple[str, ...]
    range: tuple[str, ...]  # class names, or one XSD datatype local name
    datatype: URIRef | None = None
    color: str = "#888888"


@dataclass
class Ontology:
    """Term sets read from the ontology graph; see :func:`load_ontology`.

    Examples
    --------
    >>> onto = load_ontology()
    >>> onto.relations["organized"].label
    'organized'
    >>> onto.is_a("ObservationalStudyMission", "Program")
    True
    """

    graph: Graph
    concepts_graph: Graph
    classes: dict[str, ClassDef]
    relations: dict[str, PropertyDef]
    attributes: dict[str, PropertyDef]
    concepts: dict[str, tuple[URIRef, str]] = field(default_factory=dict)

    @cached_property
    def _ancestors(self) -> dict[str, frozenset[str]]:
        out: dict[str, frozenset[str]] = {}

        def walk(name: str) -> frozenset[str]:
            if name not in out:
                seen = {name}
                for parent in self.classes[name].parents:
                    if parent in self.classes:
                        seen |= walk(parent)
                out[name] = frozenset(seen)
            return out[name]

        for name in self.classes:
            walk(name)
        out[CONCEPT_CLASS] = frozenset({CONCEPT_CLASS})
        return out

    def ancestors(self, cls: str) -> frozenset[str]:
        """The class and every superclass of it declared in our ontology."""
        return self._ancestors.get(cls, frozenset({cls}))

    def is_a(self, cls: str, parent: str) -> bool:
        """True when ``cls`` is ``parent`` or one of its subclasses."""
        return parent in self.ancestors(cls)

    def subclasses(self, parent: str) -> list[str]:
        """Every class that is ``parent`` or below it, sorted."""
        return sorted(c for c in self.classes if self.is_a(c, parent))

    def top_class(self, cls: str) -> str:
        """The most general sme: class above ``cls`` (e.g. Organization for Firm)."""
        if cls == CONCEPT_CLASS:
            return cls
        tops = [c for c in self.ancestors(cls) if not any(p in self.classes for p in self.classes[c].parents)]
        return sorted(tops)[0] if tops else cls

    def class_iri(self, cls: str) -> URIRef:
        return SKOS.Concept if cls == CONCEPT_CLASS else self.classes[cls].iri

    def display(self, cls: str) -> tuple[str, str]:
        """(colour, shape) for a class; concepts are drawn from the concept scheme's class hints."""
        if cls == CONCEPT_CLASS:
            return ("#bdbdbd", "ellipse")
        c = self.classes[cls]
        return (c.color, c.shape)


def _text(g: Graph, s: URIRef, *preds: URIRef) -> str:
    for p in preds:
        vals = sorted(str(o) for o in g.objects(s, p))
        if vals:
            return vals[0]
    return ""


def _local(iri: URIRef) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _inherited(g: Graph, cls: URIRef, pred: URIRef) -> str:
    # Walk up rdfs:subClassOf (breadth first, sorted) until a hint is found.
    todo, seen = [cls], set()
    while todo:
        c = todo.pop(0)
        if c in seen:
            continue
        seen.add(c)
        v = _text(g, c, pred)
        if v:
            return v
        todo.extend(sorted(p for p in g.objects(c, RDFS.subClassOf) if isinstance(p, URIRef)))
    return ""


def load_ontology(directory: Path | str | None = None) -> Ontology:
    """Read ``sme.ttl`` and ``concepts.ttl`` from ``directory`` (default: the shipped ``ontology/``).

    Examples
    --------
    >>> onto = load_ontology()
    >>> onto.relations["heldIn"].range
    ('Country', 'Place')
    """
    d = Path(directory) if directory else ONTOLOGY_DIR
    g = Graph().parse(d / "sme.ttl", format="turtle")
    cg = Graph().parse(d / "concepts.ttl", format="turtle")
    ns = str(SME)

    def names(objs) -> tuple[str, ...]:
        out = []
        for o in objs:
            if o == SKOS.Concept:
                out.append(CONCEPT_CLASS)
            elif str(o).startswith(ns) or str(o).startswith(str(XSD)):
                out.append(_local(o))
        return tuple(sorted(out))

    classes: dict[str, ClassDef] = {}
    for c in sorted(g.subjects(RDF.type, OWL.Class)):
        if not str(c).startswith(ns):
            continue
        classes[_local(c)] = ClassDef(
            name=_local(c),
            iri=c,
            label=_text(g, c, RDFS.label),
            definition=_text(g, c, SKOS.definition, RDFS.comment),
            parents=names(g.objects(c, RDFS.subClassOf)),
            color=_inherited(g, c, SME.color) or "#888888",
            shape=_inherited(g, c, SME.shape) or "dot",
        )

    relations: dict[str, PropertyDef] = {}
    attributes: dict[str, PropertyDef] = {}
    for kind, rdf_type, table in (
        ("relation", OWL.ObjectProperty, relations),
        ("attribute", OWL.DatatypeProperty, attributes),
    ):
        for p in sorted(g.subjects(RDF.type, rdf_type)):
            if not str(p).startswith(ns):
                continue
            rng = list(g.objects(p, SCHEMA.rangeIncludes)) + list(g.objects(p, RDFS.range))
            datatype = next((r for r in rng if str(r).startswith(str(XSD))), None)
            table[_local(p)] = PropertyDef(
                name=_local(p),
                iri=p,
                label=_text(g, p, RDFS.label),
                definition=_text(g, p, SKOS.definition, RDFS.comment),
                kind=kind,
                domain=names(list(g.objects(p, SCHEMA.domainIncludes)) + list(g.objects(p, RDFS.domain))),
                range=names(rng),
                datatype=datatype,
                color=_text(g, p, SME.color) or "#888888",
            )

    concepts = {
        _local(c): (c, _text(cg, c, SKOS.prefLabel, RDFS.label)) for c in sorted(cg.subjects(RDF.type, SKOS.Concept))
    }
    return Ontology(g, cg, classes, relations, attributes, concepts)
