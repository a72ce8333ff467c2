"""Concepts of the scheme (topics, target groups, services, ownership kinds) named in a news item.

Phrases come from the concept scheme itself (``skos:prefLabel`` and
``skos:altLabel`` of ``ontology/concepts.ttl``) and from the curator's list in
``kg/extract_patterns/concepts.yaml``. The relation a concept takes (topic,
targets, offers, ownership) follows from its group in the scheme
(``skos:broader``). Where a concept attaches is decided by
:mod:`~kg.extract.relations`: the program a sentence is about, an organization
whose sentence describes its services, or the organizations listed right
after "government-owned and privately run incubators and accelerators".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib.namespace import SKOS

from ..ontology import CONCEPT, Ontology
from .entities import Entity, Mention
from .lexicon import _read
from .resolve import Match
from .text import Sentence

__all__ = ["ConceptHit", "ConceptRules", "ConceptTable", "concept_table"]


@dataclass(frozen=True)
class ConceptHit:
    """A concept named at ``start``..``end`` (offsets of the cleaned text); ``relation`` from its group."""

    concept: str
    relation: str
    start: int
    end: int


class ConceptTable:
    """Phrase → concepts, compiled into one longest-first regular expression.

    Examples
    --------
    >>> import kg
    >>> t = concept_table(kg.load_ontology())
    >>> [(h.concept, h.relation) for h in t.find("programs for financing and marketing for ICT startups", 0)]
    [('financing', 'offers'), ('marketing', 'offers'), ('ict-startups', 'targets')]
    """

    def __init__(
        self,
        phrases: dict[str, tuple[str, ...]],
        relation: dict[str, str],
        implies: dict[str, str],
        labels: dict[str, str] | None = None,
    ):
        self.phrases = phrases
        self.labels = labels or {}
        self.relation = relation  # concept id -> relation
        self.implies = implies
        body = "|".join(re.escape(p) for p in sorted(phrases, key=lambda p: (-len(p), p)))
        self.pattern = re.compile(rf"(?<![\w-])(?:{body})(?:s|es)?(?![\w-])", re.IGNORECASE)
        cues = _read("concepts.yaml")
        self.offers_cue = re.compile("|".join(cues.get("offers_cues") or [r"(?!)"]), re.IGNORECASE)
        self.targets_cue = re.compile("|".join(cues.get("targets_cues") or [r"(?!)"]), re.IGNORECASE)
        self.gathered = re.compile(cues.get("gathered_under") or r"(?!)", re.IGNORECASE)
        words = "|".join(re.escape(w) for w in cues.get("not_before") or [])
        self.not_before = re.compile(rf"\s+(?:{words})\b" if words else r"(?!)", re.IGNORECASE)

    def find(self, text: str, offset: int) -> list[ConceptHit]:
        """Every concept named in ``text`` (offsets shifted by ``offset``), in order."""
        out: list[ConceptHit] = []
        for m in self.pattern.finditer(text):
            if self.not_before.match(text, m.end()):
                continue
            key = self._key(m.group(0))
            for c in self.phrases.get(key, ()):
                out.append(ConceptHit(c, self.relation[c], offset + m.start(), offset + m.end()))
        return out

    def _key(self, found: str) -> str:
        low = " ".join(found.lower().split())
        if low in self.phrases:
            return low
        for cut in (1, 2):
            if low[:-cut] in self.phrases:
                return low[:-cut]
        return low


def concept_table(onto: Ontology) -> ConceptTable:
    """The concept phrases of an ontology (build it once and reuse it across articles)."""
    conf = _read("concepts.yaml")
    groups = conf.get("groups") or {}
    g = onto.concepts_graph
    relation: dict[str, str] = {}
    labels: dict[str, str] = {}
    phrases: dict[str, list[str]] = {}

    def add(phrase: str, cid: str) -> None:
        key = " ".join(phrase.lower().split())
        if cid not in phrases.setdefault(key, []):
            phrases[key].append(cid)

    for cid, (iri, label) in sorted(onto.concepts.items()):
        rel, todo, seen = None, [iri], set()
        while todo and rel is None:  # up the skos:broader chain to a group (ict-startups -> startups -> targets)
            node = todo.pop(0)
            seen.add(node)
            for o in sorted(g.objects(node, SKOS.broader)):
                name = str(o).removeprefix(str(CONCEPT))
                rel = rel or groups.get(name)
                if o not in seen:
                    todo.append(o)
        if rel is None:
            continue
        relation[cid] = rel
        labels[cid] = label
        add(label, cid)
        for alt in sorted(str(o) for o in g.objects(iri, SKOS.altLabel)):
            add(alt, cid)
    for phrase, cids in (conf.get("phrases") or {}).items():
        for cid in [cids] if isinstance(cids, str) else cids:
            if cid in relation:
                add(str(phrase), cid)
    implies = {k: v for k, v in (conf.get("implies") or {}).items() if k in relation and v in relation}
    return ConceptTable({k: tuple(v) for k, v in phrases.items()}, relation, implies, labels)


_SEP = re.compile(r"\s*(?:,|and|or|, and|, or)?\s*", re.IGNORECASE)
_LIST_START = re.compile(r"\s*[,:]\s*(?:the\s+)?", re.IGNORECASE)
_LIST_SEP = re.compile(r"\s*(?:,|and|, and)\s*(?:the\s+)?", re.IGNORECASE)
_TARGETING = re.compile(r"^\s*(?:targeting|aimed at|for)\b[^,]*,", re.IGNORECASE)


def concept_links(
    text: str,
    offset: int,
    spans: list[tuple[str, str, int, int]],
    table: ConceptTable,
    focus: str | None = None,
    about_program: bool = False,
) -> list[tuple[str, str, str, float]]:
    """``(subject, relation, concept, confidence)`` for the concepts of one sentence.

    ``spans`` are the sentence's entity mentions as ``(key, top-level class, start, end)``;
    ``focus`` is the program the sentence is about when ``about_program`` is true.

    Examples
    --------
    >>> import kg
    >>> t = concept_table(kg.load_ontology())
    >>> s = "They visited government-owned and privately run incubators and accelerators, the G Hub and D Lab."
    >>> links = concept_links(s, 0, [("g", "Organization", 81, 86), ("d", "Organization", 91, 96)], t)
    >>> sorted((a, r, c) for a, r, c, _ in links)  # doctest: +NORMALIZE_WHITESPACE
    [('d', 'offers', 'acceleration'), ('d', 'ownership', 'privately-run'), ('d', 'targets', 'startups'),
     ('g', 'offers', 'incubation'), ('g', 'ownership', 'government-owned'), ('g', 'targets', 'startups')]
    """
    hits = table.find(text, offset)
    if not hits:
        return []
    out: list[tuple[str, str, str, float]] = []
    orgs = [x for x in spans if x[1] == "Organization"]
    free: list[ConceptHit] = []
    for h in hits:
        inside = [x for x in spans if x[2] <= h.start and h.end <= x[3]]
        if not inside:
            free.append(h)
        elif about_program and focus and inside[0][0] == focus and h.relation in ("topic", "targets"):
            out.append((focus, h.relation, h.concept, 0.7))  # "workshop on SME Policy"
    used: set[ConceptHit] = set()

    def gap(a: int, b: int) -> str:
        return text[a - offset : b - offset]

    # "government-owned and privately run incubators and accelerators, the X and Y": pairwise
    n = 0
    while n < len(free):
        run = [free[n]]
        while n + 1 < len(free) and _SEP.fullmatch(gap(run[-1].end, free[n + 1].start)):
            n += 1
            run.append(free[n])
        n += 1
        if not any(h.relation == "ownership" for h in run):
            continue
        listed = [x for x in orgs if x[2] >= run[-1].end]
        if not listed or not _LIST_START.fullmatch(gap(run[-1].end, listed[0][2])):
            continue
        names = [listed[0]]
        for x in listed[1:]:
            if not _LIST_SEP.fullmatch(gap(names[-1][3], x[2])):
                break
            names.append(x)
        for rel in ("ownership", "offers"):
            these = [h for h in run if h.relation == rel]
            if len(these) == len(names):
                pairs = list(zip(names, these, strict=True))
            elif len(these) == 1:
                pairs = [(x, these[0]) for x in names]
            else:
                continue
            for x, h in pairs:
                out.append((x[0], rel, h.concept, 0.6))
                used.add(h)
        used.update(run)

    # "incorporated policy arms, venture funds ... under the new Ministry of X": offers of X
    for x in orgs:
        before = text[: x[2] - offset]
        m = re.search(r"\bunder\s+(?:the\s+)?(?:new\s+)?$", before, re.IGNORECASE)
        g = table.gathered.search(before)
        if m and g:
            for h in free:
                if h not in used and h.relation == "offers" and g.end() <= h.start - offset < m.start():
                    out.append((x[0], "offers", h.concept, 0.6))
                    used.add(h)
            if _TARGETING.match(text):  # "Targeting SMEs and startups ..., the ROK ... under the new X"
                for h in free:
                    if h not in used and h.relation == "targets" and h.end - offset < text.index(","):
                        out.append((x[0], "targets", h.concept, 0.55))
                        used.add(h)

    # "ORG ... support offered to SMEs, including programs for financing, marketing": services of ORG
    for h in free:
        if h in used or h.relation not in ("offers", "targets"):
            continue
        prev = [x for x in orgs if x[3] <= h.start]
        if not prev:
            continue
        x = prev[-1]
        after = text[h.end - offset :]
        via = re.match(r"\s+(?:with|through|under)\s+(?:its|their|the)\s+", after)
        prog = [y for y in spans if y[1] == "Program" and via and y[2] == h.end + via.end()]
        if h.relation == "targets" and prog:  # "supports ICT startups with its K-Startup Grand Challenge"
            out.append((prog[0][0], "targets", h.concept, 0.6))
            used.add(h)
            continue
        if any(y[1] == "Program" and x[3] <= y[2] < h.start for y in spans):
            continue  # "The APO OSM aimed to ... SMEs": the program's, not the APO's
        between = gap(x[3], h.start)
        cue = table.offers_cue if h.relation == "offers" else table.targets_cue
        if len(between) <= 160 and cue.search(between) and not re.search(r"[;]", between):
            out.append((x[0], h.relation, h.concept, 0.55))
            used.add(h)

    # the sentence is about the program in focus: its topics and target groups
    if about_program and focus:
        for h in free:
            if h not in used and h.relation in ("topic", "targets"):
                out.append((focus, h.relation, h.concept, 0.6))
    # an incubator serves startups
    for subj, rel, c, conf in list(out):
        if rel == "offers" and c in table.implies:
            out.append((subj, "targets", table.implies[c], conf - 0.05))
    return out


class ConceptRules:
    """Rules for the concepts a program or organization is linked to (a mixin of the relation finder; ``self`` is
    the finder)."""

    def about_program(self, s: Sentence, focus: str, ps: list[Mention]) -> bool:
        """The sentence is about the program in focus: it names it (not as "During the OSM, ..."),
        or starts with "It" or "The <program noun>"."""
        text = s.text
        if any(x.key == focus for x in ps):
            return not re.match(r"\s*(?:during|after|before|throughout|following|at|on)\b", text, re.IGNORECASE)
        nouns = "|".join(re.escape(a) for a in self.lex.anaphora)
        return bool(
            re.match(r"(?:It|This|The)\b\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\b", text)
            or re.match(r"It\s+(?:also\s+)?[a-z]+ed\b", text)
        )

    def activity_topics(self) -> None:
        """A summarized activity ("workshops in A and B") takes the topics named in its paragraph."""
        if self.concepts is None:
            return
        for key, si in sorted(self.m.activities.items()):
            para = self.sents[si].paragraph
            for s in self.sents:
                if s.paragraph != para:
                    continue
                for h in self.concepts.find(s.text, s.start):
                    if h.relation == "topic":
                        self.concept_link(key, "topic", h.concept, si, 0.55)

    def concept_link(self, subj: str, rel: str, concept: str, si: int, conf: float) -> None:
        if concept not in self.m.entities:
            label = self.concepts.labels.get(concept, concept) if self.concepts else concept
            self.m.entities[concept] = Entity(concept, "Concept", label, [], Match(concept, 100.0), 0)
        self.add(subj, rel, concept, si, conf)

    def concept_sentence(self, si: int, s: Sentence, focus: str | None, ps: list[Mention]) -> None:
        if self.concepts is None:
            return
        spans = [(x.key, self.top(x.key), x.start, x.end) for x in self.m.by_sentence[si]]
        about = bool(focus) and self.about_program(s, focus or "", ps)
        for subj, rel, concept, conf in concept_links(s.text, s.start, spans, self.concepts, focus, about):
            self.concept_link(subj, rel, concept, si, conf)
