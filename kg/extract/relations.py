"""Relations and attributes from the sentences of a news item, around trigger phrases.

News items about a program are written around one program at a time: the
*focus*. It is the program named in the sentence, else the one in focus in
the sentence before, else the first program of the article. Triggers from
``kg/extract_patterns/relations.yaml`` then decide the relation:

* organized: organizations of a sentence with an organizing trigger ("along
  with", "in collaboration with", "hosted by"...), minus those that only
  supported it or that a unit is part of ("X of the Ministry of Y");
* inauguratedBy / welcomedBy: the person after "... by", else the closest before the verb;
* conductedBy: every person of a sentence about experts, resource persons, speakers;
* visited, benchmarked, participantFrom, attended: the organizations, places
  or countries after the trigger;
* heldIn / locatedIn / basedIn: "in City, Country", "City-based", "(Country)", "from Country";
* partOf / runBy: "operates under", "run by", "part of the ORG's ... program".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from itertools import pairwise

from .concepts import ConceptRules, ConceptTable
from .dates import dateline_end, find_count, find_country_count, find_date_range, find_relative_days
from .entities import UNIT_CLASSES, Mention, Mentions, Stmt, _top
from .events import EventRules
from .lexicon import _rels_yaml, lexicon
from .participants import ParticipantRules
from .places import PlaceRules
from .programs import _programs_yaml
from .text import Sentence

__all__ = ["Attr", "Stmt", "find_relations"]


@dataclass(frozen=True)
class Attr:
    """A proposed attribute value, with evidence."""

    entity: str
    property: str
    value: object
    sentence: int
    start: int
    end: int
    confidence: float


@dataclass
class _Clause:
    """One sentence as :meth:`_Rel.sentence` reads it: the program in focus, the mentions, and what the sentence's
    earlier rules found (the bodies people represent, the staff of a site, the people given a role)."""

    si: int
    s: Sentence
    p: str
    named: bool
    ms: list[Mention]
    text: str
    low: str
    trig: dict
    represented: set[str]
    parents: set[str]
    site_staff: set[str]
    people: list[Mention]
    roles: set[str]
    top: Callable[[str], str]

    def after(self, pos: int, tops: tuple[str, ...]) -> list[Mention]:
        """The mentions of those top classes from character ``pos`` of the sentence on."""
        return [x for x in self.ms if x.start - self.s.start >= pos and self.top(x.key) in tops]

    def before(self, pos: int, tops: tuple[str, ...]) -> list[Mention]:
        """The mentions of those top classes that end by character ``pos`` of the sentence."""
        return [x for x in self.ms if x.end - self.s.start <= pos and self.top(x.key) in tops]


class _Rel(PlaceRules, EventRules, ParticipantRules, ConceptRules):
    """The relation finder of one article; the rules for places, unnamed events, participants and concepts are
    mixins in their own modules."""

    def __init__(
        self,
        sents: list[Sentence],
        m: Mentions,
        published: date | None,
        concepts: ConceptTable | None = None,
        headline: str = "",
    ):
        self.lex = lexicon()
        self.headline = headline
        self.sents, self.m, self.published = sents, m, published
        self.concepts = concepts
        self.concept_labels: dict[str, str] = {}
        self.out: list[Stmt] = []
        self.quoted: list[tuple[int, str, str]] = []  # (sentence, person, program in focus) of quoted people
        self.attrs: list[Attr] = []
        self.dated: set[str] = set()
        # "opened on Monday", "ended yesterday": a program's days relative to publication (day, sentence, span),
        # used when the item gives no date for it
        self.relative_days: dict[str, list[tuple[date, int, int, int]]] = {}
        self.fallback_held: list[tuple[str, str, int]] = []

    def top(self, key: str) -> str:
        return _top(self.m.entities[key].cls)

    def add(self, s: str, rel: str, o: str, si: int, conf: float, titles: tuple[str, ...] = ()) -> None:
        if s and o and s != o:
            sent = self.sents[si]
            self.out.append(Stmt(s, rel, o, si, sent.start, sent.end, conf, titles))

    def attr(self, e: str, prop: str, value: object, si: int, start: int, end: int, conf: float) -> None:
        if not any(a.entity == e and a.property == prop for a in self.attrs):
            self.attrs.append(Attr(e, prop, value, si, start, end, conf))

    # -- focus -----------------------------------------------------------------------
    def programs_in(self, si: int) -> list[Mention]:
        s = self.sents[si]
        out = []
        skipped: set[str] = set()  # "under its Technical Expert Services (TES) program": the (TES) too
        for mm in self.m.by_sentence[si]:
            if self.top(mm.key) != "Program" or mm.key in self.m.activities or mm.key in skipped:
                continue
            before = s.text[: mm.start - s.start].lower()
            if re.search(
                r"(part of|under|modules? of|builds on|belongs? to|as part of|with its|through its"
                r"|explained how|described how|said that|noted that|showed how"  # a clause about it, not its news
                r"|(?:presented|explained|described|introduced|outlined|reviewed)\s+(?:the\s+)?(?:results|lessons"
                r"|achievements|experience|design|features|progress|impact)\s+(?:of|from))"
                r"\s+(an?\s+|the\s+|its\s+|their\s+)?(\w+['’]s\s+)?$",
                before,
            ) or (
                self.lex.triggers["studied"].search(before)
                and mm.start > s.start
                and not re.search(
                    r"\b(?:at|during|in|through)\s+(?:the|an?)\s+$", before
                )  # "learned ... at the Workshop"
            ):
                skipped.add(mm.key)
                continue
            if mm.key in self.m.sub_events or any(v == (si, mm.key) for v in self.m.sub_events.values()):
                continue
            out.append(mm)
        return out

    def run(self) -> tuple[list[Stmt], list[Attr]]:
        self.unnamed_event()
        main = None
        containers = set(_programs_yaml().get("container_classes") or ())
        # the first event the item names ("The APO Center of Excellence on X ... The Workshop on Y"), else the
        # first program
        named = [x for si in range(len(self.sents)) for x in self.programs_in(si)]
        events = [x for x in named if self.m.entities[x.key].cls not in containers]
        main = (events or named)[0].key if named else None
        focus = main
        seen: list[str] = []  # programs mentioned so far, latest last
        for si, s in enumerate(self.sents):
            ps = self.programs_in(si)
            focus = ps[0].key if ps else self.referred(s, seen) or focus
            seen += [x.key for x in self.m.by_sentence[si] if self.top(x.key) == "Program" and x.key not in seen]
            back = False  # after this sentence, the item is about its event again
            if (
                focus
                and main
                and focus != main
                and self.m.entities[main].cls not in containers
                and self.m.entities[focus].cls in containers
            ):
                # "The course is the first activity of the Sialkot Cluster Productivity Program. The program will
                # ...": those sentences are about the program; the ones after them, or naming "the course", about
                # the event the item reports again
                opener = _OPENER.match(s.text)
                noun = opener.group(1).split()[0] if opener else ""
                if self.names_kind_of(s, main) or (  # "The trip was organized by the APO under its ... program"
                    noun in self.lex.anaphora
                    and not re.search(rf"\b{noun}\b", self.m.entities[focus].label, re.IGNORECASE)
                ):
                    focus = main
                else:
                    back = True
            if focus is None:
                self.non_program(si)
                self.concept_sentence(si, s, None, ps)
                continue
            self.sentence(si, s, focus, bool(ps))
            self.non_program(si)
            self.concept_sentence(si, s, focus, ps)
            if back:
                focus = main
        for si, s in enumerate(self.sents):
            self.structure(si, s)
            self.run_by_clause(si, s)
        self.activity_topics()
        for p, days in self.relative_days.items():
            if p not in self.dated:
                first, last = min(days), max(days)
                self.attr(p, "startDate", first[0], *first[1:], 0.6)
                self.attr(p, "endDate", last[0], *last[1:], 0.6)
        if main and self.m.dateline:  # "HANOI, 6 April 2023 – The APO workshop ...": where the news was filed
            self.fallback_held.append((main, self.m.dateline, 0))
        for key, dest, si in self.fallback_held:
            if not any(x.subject == key and x.relation == "heldIn" for x in self.out):
                self.add(key, "heldIn", dest, si, 0.6)
        self.out.extend(self.m.facts)
        self.unit_labels()
        if main:
            self.quoted_participants(main)
            self.delegation_origin(main)
            self.delegation_members(main)
        self.named_after_city()
        self.firms_of_placed_people()
        self.cities_in_countries()
        if main:
            self.national_bodies(main)
        return self.out, self.attrs

    def unit_labels(self) -> None:
        """A new unit named with its parent ("Department of Economics, Chungnam National University") is
        labelled so, its short name an alias: "Department of Economics" alone names many bodies."""
        words = _unit_label_words()
        parents: dict[str, set[str]] = {}
        for st in self.out:
            if st.relation == "partOf" and self.top(st.object) == "Organization":
                parents.setdefault(st.subject, set()).add(st.object)
        for key, ps in sorted(parents.items()):
            e = self.m.entities[key]
            if len(ps) != 1 or e.reg is not None or not key.startswith("new:") or "," in e.label:
                continue
            if not (e.cls in UNIT_CLASSES or words.search(e.label)):
                continue
            if e.abbreviated:
                continue  # a unit with an abbreviation of its own ("DC-MSME") is known by its own name
            parent = self.m.entities[next(iter(ps))]
            if parent.label in e.label or e.label in parent.label:
                continue
            e.aliases.insert(0, e.label)
            e.label = f"{e.label}, {parent.label}"

    def run_by_clause(self, si: int, s: Sentence) -> None:
        """ "the APO Digital Agrifood Academy, an e-learning program that the Agriculture Department of the APO
        Secretariat manages", "COE-GP, which CPC has run since 2019": the organization runs the program."""
        ms = self.m.by_sentence[si]
        for y in ms:
            if self.top(y.key) != "Program" or self.m.entities[y.key].cls not in _programs_yaml()["run_classes"]:
                continue
            for x in ms:
                if x.start <= y.end or self.top(x.key) != "Organization":
                    continue
                between = s.text[y.end - s.start : x.start - s.start]
                if _RUN_CLAUSE_BEFORE.fullmatch(between) and _run_clause_after().match(s.text[x.end - s.start :]):
                    self.add(y.key, "runBy", x.key, si, 0.7)
                    break

    def structure(self, si: int, s: Sentence) -> None:
        """How two organizations named next to each other are related (patterns in ``relations.yaml``,
        ``structure_*``): "DOSMEP of the MOIC", "NPC, which is an autonomous body under DPIIT",
        "BSMED, Department of Trade and Industry", "DAP, through its PDC", "the Ministry's Directorate"."""
        orgs: list[Mention] = []
        for x in self.m.by_sentence[si]:
            if self.top(x.key) != "Organization":
                continue
            if orgs and orgs[-1].key == x.key:  # "Ministry of Economic Affairs (MOEA)": one name, its end after ")"
                end = x.end + (s.text[x.end - s.start : x.end - s.start + 1] == ")")
                orgs[-1] = replace(orgs[-1], end=end)
            else:
                orgs.append(x)
        pats = _structure_patterns()
        # "the NPS, which operates under the ministry, ...": the one ministry of the item
        ministries = [k for k, e in self.m.entities.items() if e.cls == "Ministry"]
        for x in orgs:
            if (
                len(ministries) == 1
                and x.key != ministries[0]
                and pats["under_the_ministry"].match(s.text[x.end - s.start :])
            ):
                self.add(x.key, "partOf", ministries[0], si, 0.65)
        for x, y in pairwise(orgs):
            between = s.text[x.end - s.start : y.start - s.start]
            ex, ey = self.m.entities[x.key], self.m.entities[y.key]
            unit_like = (
                ex.cls in (*UNIT_CLASSES, "GovernmentAgency")
                or bool(pats["unit_words"].search(ex.label))
                or (
                    ey.cls == "University" and ex.cls != "University"
                )  # "the Keio Economic Observatory of Keio University"
            )
            owns = re.match(r"['’]s\s", s.text[y.end - s.start :]) and any(  # "under the APO's X program"
                z.start >= y.end and self.top(z.key) == "Program" for z in self.m.by_sentence[si]
            )
            if owns:
                continue
            if pats["parent_after"].fullmatch(between) or (unit_like and pats["parent_bare"].fullmatch(between)):
                self.add(x.key, "partOf", y.key, si, 0.7)
            elif pats["unit_after"].fullmatch(between):
                self.add(y.key, "partOf", x.key, si, 0.7)
            elif (
                pats["apposition"].fullmatch(between)
                and pats["unit_words"].search(ex.label)
                and (ey.cls in ("Ministry", "University") or pats["parent_words"].match(ey.label))
                and not (ex.label.startswith("Department") and ey.label.startswith("Department"))
            ):
                self.add(x.key, "partOf", y.key, si, 0.6)  # "Bureau of SME Development (BSMED), Department of ..."

    def names_kind_of(self, s: Sentence, key: str) -> bool:
        """The sentence says "the course" (or another anaphor) of the program ``key``."""
        e = self.m.entities[key]
        names = " ".join([e.label, *e.aliases])
        return any(
            re.search(rf"\b{re.escape(n)}\b", names, re.IGNORECASE)
            for n in re.findall(r"\bthe\s+([a-z][\w-]*)\b", s.text)
            if n in self.lex.anaphora
        )

    def referred(self, s: Sentence, seen: list[str]) -> str | None:
        """ "The project was inaugurated by ...": the latest program whose label ends with that noun."""
        m = _OPENER.match(s.text)
        if not m:
            return None
        words = m.group(1).lower().split()
        for noun in (" ".join(words), words[0]):
            if noun not in self.lex.anaphora:
                continue
            for key in reversed(seen):
                e = self.m.entities[key]
                if key in self.m.activities or key in self.m.sub_events:
                    continue
                if re.search(rf"\b{re.escape(noun)}\b", " ".join([e.label, *e.aliases]), re.IGNORECASE):
                    return key
            return None
        return None

    # -- one sentence --------------------------------------------------------------------
    def sentence(self, si: int, s: Sentence, p: str, named: bool) -> None:
        """The statements one sentence gives about the program ``p`` in focus (``named``: the sentence names it),
        rule by rule."""
        cl = self.clause(si, s, p, named)
        self.organizers(cl)
        self.owner_prefix(si, s, cl.ms)
        self.place_dates_and_counts(cl)
        self.opening_roles(cl)
        self.speakers(cl)
        self.participants_among(cl)
        self.attendance(cl)
        self.sites_visited(cl)
        self.visited_at(si, s, p, cl.ms, cl.represented)
        self.itinerary_stop(si, s, p, cl.ms, cl.represented)
        self.benchmarks(cl)
        self.participant_countries(cl)
        self.demonym_participants(si, s, p)
        self.quoted_people(cl)
        self.subprogram(si, s, p, cl.ms)
        self.studied(si, s, p, cl.ms)
        self.experts_based(cl)

    def clause(self, si: int, s: Sentence, p: str, named: bool) -> _Clause:
        """What the rules of :meth:`sentence` read: the mentions, the bodies people represent and the staff of a
        site visited."""
        ms = self.m.by_sentence[si]
        text = s.text
        low = text.lower()
        trig = self.lex.triggers

        represented = {f.object for f in self.m.facts if f.sentence == si and f.relation in ("represents", "partOf")}
        parents = {f.object for f in self.m.facts if f.sentence == si and f.relation == "partOf"}
        # "toured X Co., Ltd., a tile maker, where general manager Y showed ...": a site visited and its staff,
        # named after it (not a resource person, and the firm is still a site)
        site_staff = set(self.m.site_staff)
        if v := trig["visited"].search(text):
            first: dict[str, int] = {}
            for x in ms:
                first.setdefault(x.key, x.start)
            for f in self.m.facts:
                if (
                    f.sentence == si
                    and f.relation == "represents"
                    and self.m.entities[f.object].cls in ("Firm", "Organization")  # a firm, or a body of no known kind
                    and v.end() <= first.get(f.object, -1) - s.start
                    and first.get(f.object, 0) < first.get(f.subject, -1)
                ):
                    site_staff.add(f.subject)
                    represented.discard(f.object)
        people = [x for x in ms if self.top(x.key) == "Person"]
        return _Clause(si, s, p, named, ms, text, low, trig, represented, parents, site_staff, people, set(), self.top)

    def organizers(self, cl: _Clause) -> None:
        """Who organized the program: bodies named with an organizing verb (not owners, parents or runners)."""
        si, s, p, ms = cl.si, cl.s, cl.p, cl.ms
        text, low, trig = cl.text, cl.low, cl.trig
        represented, parents = cl.represented, cl.parents
        if trig["organized"].search(text):
            cut = len(text)
            nm = trig["not_organizer"].search(text)
            parent_end = -1  # end of the last organization named as a parent ("SMESA of the ROC's MOEA")
            for x in ms:
                if self.top(x.key) != "Organization" or x.key in represented or x.key in parents:
                    continue
                pos = x.start - s.start
                if nm and pos >= nm.start() and not trig["organized"].search(text[nm.end() : pos]):
                    continue
                pre = low[:pos]
                if re.match(r"['’]s\s+[A-Z]", text[x.end - s.start :]):
                    continue  # "the Ministry of Industry and Technology's Directorate General": the owner
                if parent_end >= 0 and re.fullmatch(r"\s*(?:\([^)]*\))?\s*,\s*(?:the\s+)?", text[parent_end:pos]):
                    parent_end = x.end - s.start  # "under DPIIT, Ministry of Commerce and Industry"
                    continue
                if pre.rstrip().endswith("("):
                    continue  # "(MOEA)": the abbreviation of the name just before
                poss = r"(the\s+)?((?:[\w.-]+\s+){0,2}[\w.-]+['’]s\s+)?$"  # "of the ROC's", "with Bangladesh's"
                if re.search(
                    r"(operates under|under|of|visited|part of|from|at|by a|with)\s+" + poss, pre
                ) and not re.search(
                    r"(organi[sz]ed by|hosted by|along with|in (collaboration|association|partnership) with"
                    r"|jointly by|offered by|arranged by|by|and|with)\s+" + poss,
                    pre,
                ):
                    if re.search(r"(operates under|under|of|part of)\s+" + poss, pre):
                        parent_end = x.end - s.start
                    continue
                if pos > cut:
                    continue
                rb = [r for r in trig["runBy"].finditer(text, 0, pos) if pos - r.end() <= 6]
                if rb and (
                    rb[-1].group(0).lower().startswith("implement")  # "implemented by X": X runs it (runBy)
                    or any(  # "part of the SME Digital Program run by X": X runs that program
                        y.key != p and self.top(y.key) == "Program" and 0 <= rb[-1].start() - (y.end - s.start) <= 32
                        for y in ms
                    )
                ):
                    continue
                self.add(x.key, "organized", p, si, 0.85)

    def place_dates_and_counts(self, cl: _Clause) -> None:
        """Where the program was held, its dates (or days relative to publication) and its counts."""
        si, s, p, named, ms = cl.si, cl.s, cl.p, cl.named, cl.ms
        text, low = cl.text, cl.low
        # heldIn (where the program is named, or "held in", "took place in")
        held_in = re.search(
            r"\b(held|took place|gathered|met|hosted|ran|convened|conducted|staged|opened|kicked off|began|started"
            r"|completed|launched|carried out|implemented|delivered|organi[sz]ed)\b"
            r"[^.]{0,60}\b(?:in|at)\b|\b(?:moved|travell?ed|rotated)\s+(?:between|across)\b",
            low,
        )
        if named or (held_in and (p not in self.dated or re.search(r"between|across", held_in.group(0)))):
            self.held(si, s, p, ms)
        # dates and counts
        if p not in self.dated:
            skip = dateline_end(text)
            r = find_date_range(text[skip:], self.published)
            if r:
                r = (r[0], r[1], r[2] + skip, r[3] + skip)
                self.dated.add(p)
                self.attr(p, "startDate", r[0], si, s.start + r[2], s.start + r[3], 0.9)
                self.attr(p, "endDate", r[1], si, s.start + r[2], s.start + r[3], 0.9)
            else:
                for day, a, b in find_relative_days(text, self.published):
                    self.relative_days.setdefault(p, []).append((day, si, s.start + a, s.start + b))
        c = find_count(text)
        if c and not re.search(r"\b(plans?|will|expected)\b", low[: c[1]]):
            self.attr(p, "participantCount", c[0], si, s.start + c[1], s.start + c[2], 0.8)
        cc = find_country_count(text)
        if cc:
            self.attr(p, "countryCount", cc[0], si, s.start + cc[1], s.start + cc[2], 0.8)

    def opening_roles(self, cl: _Clause) -> None:
        """Who opened and who welcomed (``inauguratedBy``, ``welcomedBy``), and the people joined to them by "and"."""
        si, s, p = cl.si, cl.s, cl.p
        text, trig = cl.text, cl.trig
        people, roles = cl.people, cl.roles
        for rel in ("inauguratedBy", "welcomedBy"):
            t = trig[rel].search(text)
            if not t:
                continue
            who = None
            tail = text[t.end() :]
            if re.match(r"\s*(?:[a-z]+\s+){0,3}by\b", tail) or re.search(r"\bby\s*$", text[: t.start()]):
                aft = [x for x in people if x.start - s.start >= t.end()]
                who = aft[0] if aft else None
            if who is None:
                bef = [x for x in people if x.end - s.start <= t.start()]
                who = bef[-1] if bef else None
            if who is None:
                aft = [x for x in people if x.start - s.start >= t.end()]
                who = aft[0] if aft else None
            if who:
                self.add(p, rel, who.key, si, 0.85)
                roles.add(who.key)
                # "A and B inaugurated", "opened by A, Chairman of X, and B": the others joined by "and"
                chain = [who]
                for x in people:
                    between_after = text[chain[-1].end - s.start : x.start - s.start]
                    if (
                        x.start > chain[-1].start
                        and _AND_NEXT.fullmatch(between_after)
                        and (x.start - s.start >= t.end() or x.end - s.start <= t.start())
                    ):
                        chain.append(x)
                other = trig["welcomedBy" if rel == "inauguratedBy" else "inauguratedBy"]
                by_other = [
                    m
                    for m in other.finditer(text)
                    if m.group(0).endswith(" by") or re.match(r"\s*(?:\w+\s+){0,3}by\b", text[m.end() :])
                ]
                for x in people:  # people before "who" in "A and B inaugurated"
                    if any(m.end() <= x.start - s.start for m in by_other):
                        continue  # "welcomed by A, ..., and B opened ...": A has the other role
                    if x.end <= who.start and x.end - s.start <= t.start():
                        between = text[x.end - s.start : who.start - s.start]
                        if _AND_NEXT.fullmatch(between):
                            chain.append(x)
                for x in chain[1:]:
                    if re.match(
                        r"(?:,[^.;]{0,80}?,)?\s+(?:\w+\s+)?(?:" + other.pattern + ")", text[x.end - s.start :], re.I
                    ):
                        continue  # "..., and B welcomed the participants": B's own role
                    self.add(p, rel, x.key, si, 0.8)
                    roles.add(x.key)

    def speakers(self, cl: _Clause) -> None:
        """Who conducted the program: the people of a speaking or training verb, or of the list it opens."""
        si, s, p = cl.si, cl.s, cl.p
        text, low, trig = cl.text, cl.low, cl.trig
        site_staff = cl.site_staff
        people, roles = cl.people, cl.roles
        # "The jury was chaired by A. It also included: B; C.": the list goes on in the next sentence
        also = re.match(_rels_yaml()["also_included"], low)
        if trig["conductedBy"].search(text) or (
            also
            and si > 0
            and trig["conductedBy"].search(self.sents[si - 1].text)
            and re.search(_rels_yaml()["also_included_after"], self.sents[si - 1].text, re.IGNORECASE)
            and not self.programs_in(si)
        ):
            chosen = [x for x in people if x.key not in roles]
            if not chosen and text.rstrip().endswith(":"):
                chosen = self.listed_people(si)
            elif not chosen and (
                re.search(r"\bby\s+(?:\w+\s+)?(?:experts|trainers|speakers|resource persons)\W*$", low)
                # "Three Korean experts served as resource persons. Dr. A, ... Prof. B ...", "Two overseas experts
                # led the sessions. Mr. A, ..."
                or re.match(r"(?:two|three|four|five|six|\d)\s+(?:[\w-]+\s+){0,2}(?:experts|trainers|speakers)\b", low)
            ):
                chosen = self.following_people(si)  # "Five modules were delivered by three experts. A, ... B, ..."
            for x in chosen:
                if not self.is_attendee(x, s) and x.key not in site_staff:
                    self.add(p, "conductedBy", x.key, si, 0.8)
                    roles.add(x.key)  # "The sessions were led by four experts: A, ...": not attendees too

    def participants_among(self, cl: _Clause) -> None:
        """ "Among them were Ms. A (Indonesia), ...": the people listed took part; their countries are the program's."""
        si, s, p, ms = cl.si, cl.s, cl.p, cl.ms
        text = cl.text
        people, roles = cl.people, cl.roles
        # "Twenty-two participants ... attended. Among them were Ms. A (Indonesia), Mr. B (Cambodia), ...": all
        # the people listed took part, and their countries are the program's
        among = self.lex.triggers["among_participants"].match(text)
        if among or (
            self.lex.triggers["among_them"].match(text)
            and si > 0
            and self.lex.triggers["participantFrom"].search(self.sents[si - 1].text)
        ):
            winners = among and re.search(r"\b(?:winners|awardees)\b", among.group(0))
            listed = [
                y
                for y in ms
                if winners
                and self.top(y.key) == "Organization"
                and y.start - s.start >= among.end()
                and not re.search(r"\b(?:by|of|from|with)\b", text[among.end() : y.start - s.start])
            ]  # "... were: A, Narayanganj; B, Gazipur", not "... were firms supported by X and Y"
            for x in listed if winners else people:
                if x.key in roles:
                    continue
                self.add(x.key, "attended", p, si, 0.7)
                for f in self.m.facts:
                    if (f.subject, f.relation, f.sentence) == (x.key, "basedIn", si) and self.top(
                        f.object
                    ) == "Country":
                        self.add(p, "participantFrom", f.object, si, 0.7)

    def attendance(self, cl: _Clause) -> None:
        """Who attended: the people and bodies after an attending verb or in a delegation's list."""
        si, s, p, ms = cl.si, cl.s, cl.p, cl.ms
        text, trig = cl.text, cl.trig
        parents = cl.parents
        roles = cl.roles
        for t in trig["attended"].finditer(text):
            if re.match(r"made", t.group(0), re.I):
                for x in cl.before(t.start(), ("Person",)):
                    self.add(x.key, "attended", p, si, 0.7)
            elif re.search(r"(?:led|headed) the \w+", t.group(0)) and not t.group(0).startswith("who"):
                # "Adhikari, executive director of NPEDC, headed the study visit": the first person of the sentence
                for x in cl.before(t.end(), ("Person",))[:1]:
                    self.add(x.key, "attended", p, si, 0.7)
            elif re.match(r"who|one of|served|,", t.group(0), re.I):  # "said X, a consultant from Nepal who took part"
                for x in cl.before(t.start(), ("Person",))[-1:]:
                    self.add(x.key, "attended", p, si, 0.7)
            else:
                tail = cl.after(t.end(), ("Person", "Organization"))
                # (a list goes on past ";": "The Pakistan contingent comprised A, ...; B, ...; and C, ...")
                semis = re.match(
                    r"(?:contingent|delegation)\s+(?:comprised|comprising|consisted)", t.group(0), re.I
                ) or (
                    re.search(r"(?:startups|teams|companies|firms|enterprises|founders|finalists)\s+\w+$", t.group(0))
                )
                stop = re.search(
                    ("" if semis else r";|")
                    + r"\b(?:made|visited|toured|travell?ed|arrived|went|under|to learn|to study|undertook|called on"
                    r"|joined|took part|participated|attended|briefed|presented|spoke|explained|shared)\b",
                    text[t.end() :],
                )
                # one person per item: "Members of the delegation were: ...", "The delegation comprised: ..."
                listing = re.match(r"(?:members|composition) of", t.group(0), re.I) or re.match(
                    r"\s*:", text[t.end() :]
                )
                if t.group(0) == "included":  # "..., and included Mr. B": the delegation's, not a program's
                    if not re.search(rf"\b(?:{_rels_yaml()['group_nouns']})\b", text[: t.start()], re.I):
                        continue
                    listing = True
                if listing and not self.visiting_group(si, t.group(0)):
                    continue  # "Members of the host organizing team were: ...", "The NPS team members were: ..."
                if listing:
                    tail = [x for x in tail if self.top(x.key) == "Person"]
                elif stop:  # "A delegation of officials from X made a study visit ... under the APO's program"
                    tail = [x for x in tail if x.start - s.start < t.end() + stop.start()]
                if not listing and re.search(
                    r"led by|headed by|accompanied by|participant|delegate|trainee|learner|attendee|finalist|member",
                    t.group(0),
                    re.I,
                ):
                    tail = [x for x in tail if self.top(x.key) == "Person"][:1]
                demonym = re.search(
                    r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:[a-z]+\s+)?(?:participant|delegate|trainee)", t.group(0)
                )
                iso = self.lex.demonyms.get(demonym.group(1)) if demonym else None
                for x in tail:
                    if x.key in parents or x.key in roles:
                        continue
                    self.add(x.key, "attended", p, si, 0.7)
                    c = self.country_key(iso) if iso else None
                    if c and self.top(x.key) == "Person":  # "said Pakistani participant X, Deputy Manager, SMEDA"
                        self.add(x.key, "basedIn", c, si, 0.6)
                        for f in self.m.facts:
                            if (
                                f.subject == x.key
                                and f.relation == "represents"
                                and not any(g.subject == f.object and g.relation == "basedIn" for g in self.m.facts)
                            ):
                                self.add(f.object, "basedIn", c, si, 0.5)
                    if re.search(r"prize|place|award|winner|runner", t.group(0), re.I):
                        self.winner(si, s, x, p, ms)
                        if t.group(0).rstrip().endswith(":"):
                            break  # "First prize: FasalSense (Pakistan), ...": one winner per line

    def sites_visited(self, cl: _Clause) -> None:
        """The sites the program visited (not cities, not a person's body, not an owner's name)."""
        si, s, p, ms = cl.si, cl.s, cl.p, cl.ms
        text, low, trig = cl.text, cl.low, cl.trig
        represented = cl.represented
        people = cl.people
        own = [(x.start - s.start, x.end - s.start) for x in ms if self.top(x.key) == "Program"]
        t = next(  # not the event's own noun ("made a study visit to Thailand")
            (v for v in trig["visited"].finditer(text) if not any(a <= v.start() < b for a, b in own)), None
        )
        for _a, b in own if t is None else ():
            # "undertook a study visit to the Small and Medium Enterprises Development Authority": the program's own
            # noun, then the body it went to (not a country: "a study visit to Thailand" is where it was held)
            to = re.match(r"\s+to\s+(?:the\s+)?", text[b:])
            x = next((x for x in ms if to and x.start - s.start == b + to.end()), None)
            if x and self.top(x.key) == "Organization" and x.key not in represented:
                self.add(p, "visited", x.key, si, 0.75)
        if t and not re.search(r"\bwill\b", low[: t.start()]):
            for x in cl.after(t.end(), ("Organization", "Place")):
                if self.m.entities[x.key].cls == "City" or x.key in represented:
                    continue
                if any(t.end() <= y.start - s.start and y.end <= x.start for y in people):
                    continue  # "called on Mr. X, Minister of Y": a person's organization, not a site
                if self.m.entities[x.key].cls == "Place" and any(
                    self.top(y.key) == "Organization"
                    and re.fullmatch(r"(?:\s*\([^)]*\))?\s+in\s+(?:the\s+)?", text[y.end - s.start : x.start - s.start])
                    for y in ms
                    if y.end <= x.start
                ):
                    continue  # "Viet Tools in Tan Tao Industrial Park": where the site is, not a site of its own
                if re.search(r"\ban?\s+$", low[: x.start - s.start]) or re.match(
                    r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:program|programme|project|initiative|scheme|series)\b",
                    text[x.end - s.start :],
                ):
                    continue  # "an APO demonstration project", "the APO's program": the name is a modifier
                if text[x.end - s.start :].startswith(("'s", "’s")) and any(
                    y.start == x.end + 3 and self.top(y.key) in ("Organization", "Place") for y in ms
                ):
                    continue  # "MPC's Smart Factory Experience Centre": the owner of the site
                self.add(p, "visited", x.key, si, 0.8)
                self.visited_in(si, s, x, ms)
            if text.rstrip().endswith(":"):  # "visited the following companies:" and one site per line
                for x in self.listed(si, ("Organization", "Place")):
                    if self.m.entities[x.key].cls != "City":
                        self.add(p, "visited", x.key, si, 0.7)

    def benchmarks(self, cl: _Clause) -> None:
        """The countries the program benchmarked."""
        si, s, p = cl.si, cl.s, cl.p
        text, low, trig = cl.text, cl.low, cl.trig
        t = trig["benchmarked"].search(text)
        if t:
            end = re.search(_rels_yaml()["benchmarked_clause_end"], text[t.end() :])
            stop = t.end() + end.start() if end else len(text)
            found = [x for x in cl.after(t.end(), ("Country",)) if x.start - s.start < stop]
            if not found and re.search(r"\bas\s+(?:an?\s+|the\s+)?$", text[: t.start()]):
                # "Case studies from Japan and Thailand served as benchmarks", "using the ROK and Israel as
                # benchmarks", "The programs of India and Italy were chosen as benchmarks": the countries before
                # it (not where people came from or went to)
                begin = max(text.rfind(";", 0, t.start()), text.rfind(":", 0, t.start()))
                found = [
                    x
                    for x in cl.before(t.start(), ("Country",))
                    if x.start - s.start > begin
                    and not re.search(_rels_yaml()["benchmark_not_after"], low[: x.start - s.start])
                ]
            for x in found:
                if not text[x.end - s.start :].startswith(("'s", "’s")):
                    self.add(p, "benchmarked", x.key, si, 0.8)

    def participant_countries(self, cl: _Clause) -> None:
        """Each "from" of the sentence: the participants' countries, and the bodies that attended or spoke."""
        si, s, p = cl.si, cl.s, cl.p
        text, low, trig = cl.text, cl.low, cl.trig
        # each "from" of the sentence ("participants from 17 member countries attended; the delegations from
        # Fiji, Mongolia, ... were the largest")
        for n, t in enumerate(trig["participantFrom"].finditer(text)):
            end = len(text)
            stop = re.search(
                # (a labelled list, "Participants by economy: Bangladesh; Cambodia; ...", runs to its end)
                (r"[.]" if t.group(0).rstrip().endswith(":") else r"[;.]")
                + r"|\b(?:while|where|made|visited|toured|travell?ed|arrived|went|to learn|to study"
                r"|spent|saw|met|learned|learnt|looked|studied|observed|gathered)\b",
                text[t.end() :],
            )
            if stop:
                end = t.end() + stop.start()
            if n and trig["conductedBy"].search(text, t.end(), end):
                continue  # "...; the trainers from Japan led the sessions": a later "from" of who spoke
            for x in cl.after(t.end(), ("Country",)):
                if x.start - s.start < end and not re.search(
                    r"\b(?:in|to|at)\s+(?:the\s+)?$", low[: x.start - s.start]
                ):
                    self.add(p, "participantFrom", x.key, si, 0.8)
            for x in cl.after(t.end(), ("Organization",)):
                pre = low[: x.start - s.start]
                if re.match(r"\s+member\b", low[x.end - s.start :]):
                    continue  # "from APO member economies": the organization names the membership
                if (
                    re.search(r"from\s+(the\s+)?$", pre)
                    and x.start - s.start < end
                    and self.m.entities[x.key].cls != "City"
                ):
                    # "officials from X briefed the visitors": X spoke, it did not attend
                    spoke = trig["conductedBy"].search(text, x.end - s.start)
                    if spoke:
                        self.add(p, "conductedBy", x.key, si, 0.6)
                    else:
                        self.add(x.key, "attended", p, si, 0.6)

    def quoted_people(self, cl: _Clause) -> None:
        """'"...," said X, TITLE, ORG': who is quoted."""
        si, s, p, ms = cl.si, cl.s, cl.p, cl.ms
        text = cl.text
        if re.search(r"[\"“”]", text):  # '"...," said X, TITLE, ORG': who is quoted
            for x in ms:
                if self.top(x.key) == "Person" and (
                    _quoted_before().search(text[: x.start - s.start]) or _QUOTED_AFTER.match(text[x.end - s.start :])
                ):
                    self.quoted.append((si, x.key, p))

    def experts_based(self, cl: _Clause) -> None:
        """ "two experts from Türkiye: A, ..., and B", "two Korean experts, A and B": where those people are based."""
        si, s, ms = cl.si, cl.s, cl.ms
        text = cl.text
        people = cl.people
        # "two experts from Türkiye: A, ..., and B": the people listed after them are based there
        for x in ms:
            prefix = text[: x.start - s.start]  # (not "before": the helper of that name is used above)
            if self.top(x.key) == "Country" and self.lex.triggers["experts_from"].search(prefix):
                colon = text.find(":", x.end - s.start)
                if colon < 0 or ";" in text[x.end - s.start : colon]:
                    continue
                for y in people:
                    if y.start - s.start > colon:
                        self.add(y.key, "basedIn", x.key, si, 0.65)
        # "two Korean experts, A and B": the people after a demonym + experts are based in that country
        for i, iso in self.m.demonyms[si]:
            nxt = s.tokens[i + 1].text.lower() if i + 1 < len(s.tokens) else ""
            if nxt in ("experts", "expert", "speakers", "trainers", "consultants", "professors", "researchers"):
                c = self.country_key(iso)
                end = text.find(";", s.tokens[i].end - s.start)
                end = len(text) if end < 0 else end
                for x in people:
                    if s.tokens[i].end - s.start < x.start - s.start < end and c:
                        self.add(x.key, "basedIn", c, si, 0.65)

    # -- sentences about organizations ----------------------------------------------------
    def non_program(self, si: int) -> None:
        s = self.sents[si]
        ms = self.m.by_sentence[si]
        text = s.text
        orgs = [x for x in ms if self.top(x.key) == "Organization"]
        t = self.lex.triggers["partOf"].search(text)
        if t and re.search(r"operates under|part of|department of|unit under|board under", t.group(0)):
            bef = [x for x in orgs if x.end - s.start <= t.start()]
            aft = [x for x in orgs if x.start - s.start >= t.end()]
            first = next((x for x in ms if x.start - s.start >= t.end()), None)  # "it forms part of the X program"
            if (
                bef
                and aft
                and first == aft[0]
                and self.top(aft[0].key) == "Organization"
                and not text[aft[0].end - s.start :].startswith(("'s", "’s"))  # "part of the APO's X initiative"
            ):
                self.add(bef[-1].key, "partOf", aft[0].key, si, 0.8)
        for t in re.finditer(r"which (?:in turn )?operates under|a unit under|statutory board under", text):
            bef = [x for x in orgs if x.end - s.start <= t.start()]
            aft = [x for x in orgs if x.start - s.start >= t.end()]
            if bef and aft:
                self.add(bef[-1].key, "partOf", aft[0].key, si, 0.8)
        # "Department of SME Promotion (DOSMEP) of the Ministry ..."
        for a, b in itertools.pairwise(orgs):
            gap = text[a.end - s.start : b.start - s.start]
            if re.fullmatch(r"(\s*\([^)]*\))?\s*of\s+(the\s+)?", gap) and self.m.entities[a.key].cls in (
                "GovernmentAgency",
                "OrganizationalUnit",
                "AcademicUnit",
                "ProductivityOrganization",
                "Organization",
            ):
                self.add(a.key, "partOf", b.key, si, 0.75)
        # basedIn: "City-based ORG", "ORG, based in City", "ORG in City"
        for m in re.finditer(r"\b([A-Z][\w ]*?)-based\b", text):
            city = [x for x in ms if x.start - s.start == m.start()]
            place = self.place_key(m.group(1))
            if place is None:
                continue
            nxt = [x for x in orgs if x.start - s.start > m.end()]
            prv = [x for x in orgs if x.end - s.start < m.start()]
            target = None
            if nxt and nxt[0].start - s.start - m.end() < 60:
                target = nxt[0]
            if prv and re.fullmatch(r",\s*(an?|the)\s*", text[prv[-1].end - s.start : m.start()]):
                target = prv[-1]
            if target:
                self.add(target.key, "basedIn", place, si, 0.75)
            del city
        # "visited A and B, both based in Sialkot": every organization of the list before "both"
        for m in re.finditer(_rels_yaml()["both_based_in"], text):
            place = self.place_key(m.group(1).strip())
            listed = [x for x in orgs if x.end - s.start <= m.start()]
            end = m.start()
            for x in reversed(listed):
                if place and re.fullmatch(r"(?:\s*\([^)]*\))?(?:\s*,)?(?:\s+and)?\s*", text[x.end - s.start : end]):
                    self.add(x.key, "basedIn", place, si, 0.7)
                    end = x.start - s.start
                else:
                    break
        # "hosted by the NPO in Dhaka, the MPO in Ulaanbaatar and the NPEDC in Kathmandu": a list of bodies, each
        # in its city
        in_city = {
            x.key: place
            for x in orgs
            if (
                c := re.match(
                    r"(?:\s*\([^)]*\))?\s+in\s+([A-Z][\w -]*?)(?=\s*(?:[,.;]|and\b|$))", text[x.end - s.start :]
                )
            )
            and (place := self.place_key(c.group(1))) is not None
            and self.m.entities[place].cls == "City"
        }
        if len(in_city) > 1:
            for key, place in in_city.items():
                self.add(key, "basedIn", place, si, 0.65)
        for x in orgs:
            rest = text[x.end - s.start :]
            m = re.match(
                r"(?:\s*\([^)]*\))?(?:,\s*(?:an?|the)?\s*[^,.;]{0,60}?)?"
                r"\s*(?:based|headquartered|located)?\s*\bin\s+(?:the\s+)?([A-Z][\w -]+)",
                rest,
            )
            firm = self.m.entities[x.key].cls == "Firm" and "," not in m.group(0) if m else False
            if m and (re.search(r"based|headquartered|located", m.group(0)) or firm or self.visited_like(text, x, s)):
                place = self.place_key(m.group(1).strip())
                # an estate right after the name only ("A in Tan Tao Industrial Park"; not "A, then B in ...")
                if place and not (self.m.entities[place].cls == "Place" and "," in m.group(0)):
                    self.add(x.key, "basedIn", place, si, 0.7)
                    # "Siam Mould Co., Ltd. and Thanakorn Rubber Products in Samut Prakan": two firms in one place
                    y = next((y for y in orgs if y.end <= x.start and y.end > x.start - 10), None)
                    if (
                        firm
                        and y
                        and self.m.entities[y.key].cls == "Firm"
                        and re.fullmatch(r",?\s+and\s+", text[y.end - s.start : x.start - s.start])
                    ):
                        self.add(y.key, "basedIn", place, si, 0.65)
            # "ShopLink Asia, a Singapore e-commerce platform", "Bayani Digital Commerce Inc., a Philippine
            # digital agency", "Morita Seiko Co., Ltd., an Osaka metal-stamping company"
            m = re.match(r"(?:\s*\([^)]*\))?,\s+an?\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+[a-z]", rest)
            if m and not (m and self.lex.triggers["basedIn"].search(rest[: m.end() + 40])):
                word = m.group(1)
                iso = self.lex.demonyms.get(word)
                place = self.country_key(iso) if iso else self.place_key(word)
                if place and self.top(place) in ("Place", "Country"):
                    self.add(x.key, "basedIn", place, si, 0.65)
        self.member_of(si, s, ms)
        # founded
        t = self.lex.triggers["founded"].search(text)
        if t:
            bef = [x for x in orgs if x.end - s.start <= t.start()]
            if bef:
                self.attr(
                    bef[-1].key,
                    "founded",
                    t.group(t.lastindex or 0)[-4:],
                    si,
                    s.start + t.start(),
                    s.start + t.end(),
                    0.7,
                )

    def member_of(self, si: int, s: Sentence, ms: list[Mention]) -> None:
        """Countries that are members of an organization ("Lao PDR, an APO member country", "Türkiye, which
        joined the APO", "As an APO member country, Mongolia", "APO member countries such as A, B and C")."""
        if "member" not in s.text and "joined" not in s.text:
            return
        pat = _member_patterns()
        text, base = s.text, s.start
        countries = [x for x in ms if self.top(x.key) == "Country"]
        orgs = [x for x in ms if self.top(x.key) == "Organization" and self.m.entities[x.key].cls != "City"]
        for o in orgs:
            for c in countries:
                if c.end <= o.start:
                    gap = text[c.end - base : o.start - base]
                    if pat["country_then_org"].search(gap) or (
                        pat["apposition"].search(gap) and pat["after_org"].search(text[o.end - base :])
                    ):
                        self.add(c.key, "memberOf", o.key, si, 0.75)
                elif o.end <= c.start:
                    gap = text[o.end - base : c.start - base]
                    if not pat["org_then_country"].search(gap):
                        continue
                    listed = [c]
                    for d in countries:  # the rest of the list: "A, B, and C"
                        if d.start > listed[-1].end and re.fullmatch(
                            r"\s*(?:,|and|, and)\s*(?:the\s+)?", text[listed[-1].end - base : d.start - base]
                        ):
                            listed.append(d)
                    for d in listed:
                        self.add(d.key, "memberOf", o.key, si, 0.75)

    def visited_like(self, text: str, x: Mention, s: Sentence) -> bool:
        return bool(self.lex.triggers["visited"].search(text[: x.start - s.start]))


@cache
def _member_patterns() -> dict[str, re.Pattern[str]]:
    rels = _rels_yaml()
    members = rels["memberOf_members"]
    return {
        k.removeprefix("memberOf_"): re.compile(v.replace("{members}", members), re.IGNORECASE)
        for k, v in rels.items()
        if k.startswith("memberOf_") and k != "memberOf_members"
    }


@cache
def _quoted_before() -> re.Pattern[str]:
    """'"...," said Dr. ' before a name: who is quoted (the honorifics of titles.yaml)."""
    hon = "|".join(re.escape(h) for h in lexicon().honorifics)
    return re.compile(
        r"[\"”]\s*,?\s*(?:said|says|added|noted|remarked|explained)\s+(?:(?:an?|the)\s+)?(?:[a-z]+\s+){0,2}"
        rf"(?:(?:{hon})\s+)?$"
    )


_QUOTED_AFTER = re.compile(r"\s*(?:,[^\"“”]{0,120}?,\s*)?(?:said|says|added|noted|remarked)\b")

# "PROGRAM, [an e-learning program] which/that [the] ORG [has] runs/manages ..."
_RUN_CLAUSE_BEFORE = re.compile(r"\s*(?:\([^)]*\)\s*)?,\s+(?:an?\s+[^,;]{0,60}?\s+)?(?:which|that)\s+(?:the\s+)?")


@cache
def _run_clause_after() -> re.Pattern[str]:
    verbs = _programs_yaml()["run_clause_verbs"]
    return re.compile(rf"\s*(?:\([^)]*\)\s*)?(?:has\s+|have\s+|now\s+|also\s+)?{verbs}\b")


_OPENER = re.compile(r"\s*(?:The|This)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b")  # "The study visit was ..."
# what may stand between two people of one list: a role after the first, "and", a title before the second
_AND_NEXT = re.compile(
    r"(?:\s*\([^)]*\))?(?:,\s*(?:[A-Z][\w.'’&-]*|of|and|the|for|at|\([^)]*\))(?:\s+(?:[A-Z][\w.'’&-]*|of|and|the|for|at|\([^)]*\)))*)*"
    r",?\s+(?:and|as well as)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+|of\s+|and\s+|for\s+){0,10}"
)


@cache
def _structure_patterns() -> dict[str, re.Pattern[str]]:
    rels = _rels_yaml()
    pats = {k.removeprefix("structure_"): re.compile(v) for k, v in rels.items() if k.startswith("structure_")}
    pats["under_the_ministry"] = re.compile(rf"(?:{pats['parent_after'].pattern})ministry\b")
    return pats


@cache
def _unit_label_words() -> re.Pattern[str]:
    return re.compile(_rels_yaml()["unit_label_words"])


def find_relations(
    sents: list[Sentence],
    m: Mentions,
    published: date | None,
    concepts: ConceptTable | None = None,
    headline: str = "",
) -> tuple[list[Stmt], list[Attr]]:
    """Relations and attributes of an article whose mentions are ``m`` (concept links when ``concepts`` is given;
    the ``headline`` names the event when the body only says "the workshop")."""
    return _Rel(sents, m, published, concepts, headline).run()
