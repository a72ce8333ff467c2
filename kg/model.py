"""Records: the one set of facts that every view (RDF, networkx, page, exports) is built from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from rdflib import URIRef

from .ontology import CONCEPT, CONCEPT_CLASS, ID

__all__ = [
    "Attribute",
    "Entity",
    "Location",
    "Records",
    "Source",
    "Statement",
    "entity_iri",
    "role_iri",
    "source_iri",
]


@dataclass(frozen=True, order=True)
class Location:
    """Where a record was written: a file and a 1-based line."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass
class Entity:
    """A canonical entity from the registry (or a concept of the concept scheme)."""

    id: str
    cls: str
    label: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    iso_code: str = ""
    at: Location = Location("", 0)

    @property
    def iri(self) -> URIRef:
        return CONCEPT[self.id] if self.cls == CONCEPT_CLASS else entity_iri(self.id)


@dataclass
class Source:
    """A news item, report or reference list; its statements form one named graph."""

    id: str
    cls: str
    title: str
    date: date
    publisher: str = ""
    url: str = ""
    photo_credit: str = ""
    at: Location = Location("", 0)

    @property
    def iri(self) -> URIRef:
        return source_iri(self.id)


@dataclass(frozen=True)
class Statement:
    """``subject relation object`` as stated by ``source`` (at ``paragraph``)."""

    subject: str
    relation: str
    object: str
    source: str
    paragraph: int | None = None
    titles: tuple[str, ...] = ()
    at: Location = Location("", 0)


@dataclass(frozen=True)
class Attribute:
    """``entity property value`` as stated by ``source``; ``value`` is already typed."""

    entity: str
    property: str
    value: object
    source: str
    paragraph: int | None = None
    at: Location = Location("", 0)


@dataclass
class Records:
    """Everything loaded from ``data/``, validated, in file order."""

    entities: dict[str, Entity] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)
    attributes: list[Attribute] = field(default_factory=list)


def entity_iri(entity_id: str) -> URIRef:
    """The stable IRI of an entity: ``https://w3id.org/smekg/id/<id>``."""
    return ID[entity_id]


def source_iri(source_id: str) -> URIRef:
    """The IRI of a source, which is also the IRI of its named graph."""
    return ID[f"source/{source_id}"]


def role_iri(person: str, organization: str) -> URIRef:
    """The IRI of the Role node that carries a person's title(s) at an organization."""
    return ID[f"role/{person}--{organization}"]
