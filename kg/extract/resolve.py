"""Match names found in an article to the registry: exact label/alias, name variants, then fuzzy.

Name variants that count as the same name: case, accents, a leading "The",
punctuation and spacing ("D. CAMP" = "D.CAMP"), Centre/Center,
Organisation/Organization, "&"/"and", "Small and Medium Enterprises"/"SMEs". Fuzzy matching (rapidfuzz) needs a
score of at least :data:`THRESHOLD` within the same top-level class; the
runner-up is kept when it scores within :data:`CLOSE` points so a curator
can see the alternative.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

__all__ = ["CLOSE", "THRESHOLD", "Match", "Registry", "normalize", "slug"]

THRESHOLD = 92.0
CLOSE = 5.0
# spelling and abbreviation variants of the same word ("Centre"/"Center", "Corp."/"Corporation")
_VARIANTS = (
    (r"\bcentre\b", "center"),
    (r"\borganisation\b", "organization"),
    (r"\bprogramme\b", "program"),
    (r"\blabour\b", "labor"),
    (r"&", " and "),
    (r"\bsmall and medium(?:-sized)? enterprises\b", "smes"),
    (r"\bco\b", "company"),
    (r"\bcorp\b", "corporation"),
    (r"\bdept\b", "department"),
    (r"\bgovt\b", "government"),
    (r"\bintl\b", "international"),
    (r"\bnatl\b", "national"),
    (r"\buniv\b", "university"),
)


@cache
def normalize(name: str) -> str:
    """Comparable form of a name.

    Examples
    --------
    >>> normalize("The D. CAMP") == normalize("D.CAMP")
    True
    >>> normalize("Gyeonggi Centre for Creative Economy & Innovation")
    'gyeonggi center for creative economy and innovation'
    >>> normalize("SME Corp. Malaysia") == normalize("SME Corporation Malaysia")
    True
    >>> normalize("Small and Medium Enterprises Corporation") == normalize("SMEs Corporation")
    True
    """
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("ı", "i")
    s = re.sub(r"['’]s\b", "s", s)
    for pat, rep in _VARIANTS:
        s = re.sub(pat, rep, s)
    s = re.sub(r"^the\s+", "", s.strip())
    s = re.sub(r"[^\w\s]", " ", s)
    s = " ".join(s.split())
    # initials written with or without spaces: "d camp" == "dcamp"
    return re.sub(r"\b(\w) (?=\w{2,}\b)", r"\1", s) if re.match(r"^\w \w", s) else s


def slug(text: str) -> str:
    """An id from a label: lowercase ASCII words joined by hyphens.

    >>> slug("Sakura Denki Co., Ltd.")
    'sakura-denki-co-ltd'
    """
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "entity"


@dataclass(frozen=True)
class Match:
    """A registry id for a name, with the score (100 = exact) and a close runner-up, if any."""

    id: str
    score: float
    runner_up: str = ""
    runner_up_score: float = 0.0


class Registry:
    """Names of the registry's entities, indexed for lookup by top-level class.

    Parameters
    ----------
    entities
        ``(id, class, top-level class, label, aliases)`` tuples.
    """

    def __init__(
        self, entities: list[tuple[str, str, str, str, tuple[str, ...]]], parents: dict[str, str] | None = None
    ):
        self.parent: dict[str, str] = dict(parents or {})  # an organization's registry parent (partOf)
        self.cls: dict[str, str] = {}
        self.top: dict[str, str] = {}
        self.label: dict[str, str] = {}
        self.aliases: dict[str, tuple[str, ...]] = {}
        self.exact: dict[str, list[str]] = {}
        self.by_top: dict[str, dict[str, str]] = {}
        for eid, cls, top, label, aliases in entities:
            self.cls[eid], self.top[eid], self.label[eid], self.aliases[eid] = cls, top, label, aliases
            for n in (label, *aliases):
                key = normalize(n)
                if eid not in self.exact.setdefault(key, []):
                    self.exact[key].append(eid)
                if len(key) > 4:  # abbreviations match exactly or not at all
                    self.by_top.setdefault(top, {})[key] = eid

    @classmethod
    def from_graph(cls, kg: object) -> Registry:
        """Build from a :class:`~kg.build.KnowledgeGraph` (registry entities, not concepts)."""
        onto, rec = kg.ontology, kg.records  # type: ignore[attr-defined]
        rows = [
            (e.id, e.cls, onto.top_class(e.cls), e.label, tuple(e.aliases))
            for e in rec.entities.values()
            if e.cls in onto.classes
        ]
        orgs = {r[0] for r in rows if r[2] == "Organization"}
        parents = {
            st.subject: st.object
            for st in rec.statements
            if st.relation == "partOf" and st.subject in orgs and st.object in orgs
        }
        return cls(sorted(rows), parents)

    def root(self, eid: str) -> str:
        """The top of an organization's registry ``partOf`` chain ("APO Secretariat Industry Department" -> APO).

        >>> Registry([], {"dept": "secretariat", "secretariat": "apo"}).root("dept")
        'apo'
        """
        seen = {eid}
        while eid in self.parent and self.parent[eid] not in seen:
            eid = self.parent[eid]
            seen.add(eid)
        return eid

    def lookup(self, name: str, top: str | None = None) -> Match | None:
        """The registry id for ``name`` (of top-level class ``top`` when given), or None.

        Examples
        --------
        >>> r = Registry([("d-camp", "Accelerator", "Organization", "D. CAMP", ("DCAMP",))])
        >>> r.lookup("D.CAMP").id
        'd-camp'
        >>> r.lookup("D. Kamp", "Organization") is None
        True
        >>> r = Registry([("osm", "ObservationalStudyMission", "Program", "OSM on SME Development", ())])
        >>> r.lookup("OSM on SME Cluster Development", "Program") is None  # a word more: another program
        True
        >>> r = Registry([("mss", "Ministry", "Organization", "Ministry of SMEs and Startups", ())])
        >>> r.lookup("ROK Ministry of SMEs and Startups", "Organization").id  # a leading qualifier
        'mss'
        """
        key = normalize(name)
        hits = [e for e in self.exact.get(key, []) if top is None or self.top[e] == top]
        if hits:
            return Match(sorted(hits)[0], 100.0)
        if len(key) <= 4 or top is None:
            return None
        names = self.by_top.get(top, {})
        found = process.extract(key, list(names), scorer=fuzz.ratio, limit=4)
        # a word added or dropped names another thing ("... on SME Cluster Development" is not
        # "... on SME Development"); spelling variants keep the word count, and one leading
        # qualifier may go ("ROK Ministry of SMEs and Startups")
        words = len(key.split())
        found = [(n, s) for n, s, _ in found if len(n.split()) == words or key.endswith(f" {n}")]
        if not found or found[0][1] < THRESHOLD:
            return None
        best_id = names[found[0][0]]
        runner = next(((names[n], s) for n, s in found[1:] if names[n] != best_id), None)
        if runner and found[0][1] - runner[1] <= CLOSE:
            return Match(best_id, round(found[0][1], 1), runner[0], round(runner[1], 1))
        return Match(best_id, round(found[0][1], 1))
