"""What the name finder records: entities, their mentions, and statements read from names.

Shared by :mod:`kg.extract.mentions` (which fills them) and :mod:`kg.extract.relations`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import lexicon
from .resolve import Match
from .text import Token

__all__ = ["UNIT_CLASSES", "Entity", "Mention", "Mentions", "Stmt"]


@dataclass
class Entity:
    """An entity found in the article; ``reg`` is the registry match, if any."""

    key: str
    cls: str
    label: str
    aliases: list[str] = field(default_factory=list)
    reg: Match | None = None
    first: int = 0  # offset of the first mention
    named: bool = True  # False for a program known only by its kind ("the delegation visit")

    @property
    def abbreviated(self) -> bool:
        """Has an abbreviation of its own ("DC-MSME"): a unit so known keeps its own name as its label."""
        return any(re.fullmatch(r"[A-Z][A-Z0-9&.\-() ]+", a) for a in self.aliases)


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity in a sentence (token indexes ``i``..``j`` exclusive)."""

    key: str
    i: int
    j: int
    start: int
    end: int


@dataclass(frozen=True)
class Stmt:
    """A proposed statement between entity keys, with evidence (sentence span) and confidence.

    Read here from the shape of a name ("Faculty X, University Y" is partOf) and in
    :mod:`kg.extract.relations` from the sentences.
    """

    subject: str
    relation: str
    object: str
    sentence: int
    start: int
    end: int
    confidence: float
    titles: tuple[str, ...] = ()


@dataclass
class Mentions:
    """Everything :func:`find_mentions` found."""

    entities: dict[str, Entity] = field(default_factory=dict)
    by_sentence: list[list[Mention]] = field(default_factory=list)
    facts: list[Stmt] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # normalized name -> key
    surnames: dict[str, str | None] = field(default_factory=dict)
    demonyms: list[list[tuple[int, str]]] = field(default_factory=list)  # per sentence: (token index, iso)
    activities: dict[str, int] = field(default_factory=dict)  # summary programs ("workshops in A and B") -> sentence
    sub_events: dict[str, tuple[int, str]] = field(default_factory=dict)  # "seminars of the X Week" -> (sentence, X)
    dateline: str | None = None  # the city of "HANOI, 6 April 2023 – ..." opening the first paragraph
    site_staff: set[str] = field(default_factory=set)  # people placed at a site by "where owner X showed ..."


# Classes of a body's unit (placed through its parent, not by its own name).
UNIT_CLASSES = ("OrganizationalUnit", "AcademicUnit")
# a diplomatic mission's name says whose it is ("of Nepal") and where it is ("in Bangkok")
_MISSIONS = ("Embassy of ", "High Commission of ", "Consulate General of ", "Consulate-General of ", "Consulate of ")
# a mission named by its country before its kind: "Royal Thai Embassy", "Pakistan High Commission, Dhaka"
_MISSION_OF = re.compile(
    r"(?:Royal )?([A-Z][\w]+(?: [A-Z][\w]+)?) (?:Embassy|High Commission|Consulate(?:[- ]General)?)\b"
)


def is_mission(label: str) -> bool:
    """A diplomatic mission's name, with its country after the kind or before it.

    >>> is_mission("Embassy of Nepal in Bangkok"), is_mission("Royal Thai Embassy"), is_mission("Thai Airways")
    (True, True, False)
    """
    return label.startswith(_MISSIONS) or _MISSION_OF.match(label) is not None


_TOPS = {
    "Person": "Person",
    "Expert": "Person",
    "Official": "Person",
    "Country": "Country",
    "City": "Place",
    "Place": "Place",
    "Concept": "Concept",
}


def _top(cls: str) -> str:
    if cls in _TOPS:
        return _TOPS[cls]
    if cls in lexicon().program_nouns.values() or cls in lexicon().program_heads.values() or cls == "Program":
        return "Program"
    return "Organization"


def _short_name(e: Entity) -> str:
    """The shortest abbreviation of an organization ("MOFALI"), else its label."""
    return min((a for a in (e.label, *e.aliases) if a.isupper()), key=len, default=e.label)


def _join(toks: list[Token]) -> str:
    out = ""
    for n, t in enumerate(toks):
        if n and not (t.text in (",", ")", "'", "’", "'s", "’s") or out.endswith("(")):
            out += " "
        out += t.text
    return out


def _the(label: str) -> str:
    """ "the Republic of Korea", "Japan": a country label as it reads after "of"."""
    return f"the {label}" if re.search(r"\b(Republic|Kingdom|States|Emirates|Islands|Federation)\b", label) else label
