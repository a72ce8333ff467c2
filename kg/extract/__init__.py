"""Draft source files from news items: ``kg extract`` and ``kg eval-extract``.

Stages, one module each: :mod:`~kg.extract.clean` (page clutter, paragraphs),
:mod:`~kg.extract.text` (tokens, sentences, chunks), :mod:`~kg.extract.mentions`
(names and their classes, with the rules for :mod:`~kg.extract.people`, :mod:`~kg.extract.titles`,
:mod:`~kg.extract.leading_titles`, :mod:`~kg.extract.roles`, :mod:`~kg.extract.organizations` and
:mod:`~kg.extract.programs`, recorded as
:mod:`~kg.extract.entities`), :mod:`~kg.extract.resolve` (registry matching),
:mod:`~kg.extract.relations` (with the rules of :mod:`~kg.extract.places`,
:mod:`~kg.extract.events`, :mod:`~kg.extract.participants` and :mod:`~kg.extract.concepts`)
and :mod:`~kg.extract.dates` (statements and attributes), :mod:`~kg.extract.draft` (the draft file),
:mod:`~kg.extract.evaluate` (scores against gold answers). Word lists and
trigger phrases live in ``kg/extract_patterns/*.yaml``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .clean import Article, BadInput, read_article
from .concepts import concept_table
from .dates import parse_date
from .draft import Draft, build_draft
from .mentions import find_mentions
from .relations import find_relations
from .resolve import Registry, slug
from .text import sentences

__all__ = ["Article", "BadInput", "Draft", "Extractor", "extract_article", "read_article"]


class Extractor:
    """Extract drafts against one knowledge graph (its registry and ontology), reused across articles.

    Examples
    --------
    >>> import kg
    >>> ex = Extractor(kg.load("data"))
    >>> art = read_article(b"Title\\n\\n1 Mar 2020\\n\\nThe Korea Productivity Center (KPC) organized a "
    ...                    b"workshop on Lean Management in Seoul, 2-4 March 2020.", "a.txt")
    >>> d = ex.draft(art)
    >>> for s in d.statements[:4]:
    ...     print(s["subject"], s["relation"], s["object"])
    kpc basedIn kor
    kpc organized workshop-on-lean-management
    seoul locatedIn kor
    workshop-on-lean-management heldIn seoul
    """

    def __init__(self, kg: object, publisher: str = "apo"):
        self.kg = kg
        self.registry = Registry.from_graph(kg)
        self.publisher = publisher
        self.concepts = concept_table(kg.ontology)  # type: ignore[attr-defined]

    def draft(self, art: Article, source_id: str = "") -> Draft:
        """The draft for one cleaned article."""
        published = parse_date(art.date) if art.date else None
        sents = sentences(art.paragraphs, art.offsets())
        m = find_mentions(sents, self.registry)
        stmts, attrs = find_relations(sents, m, published, self.concepts, art.title)
        sid = source_id or _source_id(self.publisher, published, art)
        d = build_draft(
            art,
            sents,
            m,
            stmts,
            attrs,
            self.kg.ontology,  # type: ignore[attr-defined]
            sid,
            published,
            self.publisher,
            self.registry,
        )
        if not art.date:
            d.notes.append("no publication date found: fill in source.date")
        return d


def _source_id(publisher: str, published: date | None, art: Article) -> str:
    words = slug(art.title or art.name or "news").split("-")[:8]
    day = published.isoformat() if published else "undated"
    return f"{publisher}-news-{day}-{'-'.join(words)}".strip("-")


def extract_article(path: Path | str | bytes, kg: object, source_id: str = "", name: str = "") -> Draft:
    """Read, clean and draft one article (a path, or raw bytes labelled by ``name``)."""
    return Extractor(kg).draft(read_article(path, name), source_id)
