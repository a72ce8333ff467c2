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
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from itertools import pairwise

from .concepts import ConceptTable, concept_links
from .dates import dateline_end, find_count, find_country_count, find_date_range
from .entities import UNIT_CLASSES, Entity, Mention, Mentions, Stmt, _short_name, _the, _top
from .lexicon import _read, lexicon
from .programs import _programs_yaml
from .resolve import Match, normalize
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


class _Rel:
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

    def cities_in_countries(self) -> None:
        """A city that takes part in a statement lies in its gazetteer country ("Gouda" in a news item about a
        mission to the Netherlands; "Colombo" when the text never writes "Sri Lanka")."""
        placed = {st.subject for st in self.out if st.relation == "locatedIn"}
        used = {st.object: st.sentence for st in self.out if st.relation in ("heldIn", "basedIn", "visited")}
        for key, si in sorted(used.items()):
            e = self.m.entities[key]
            iso = self.lex.place_country(e.label) if e.cls == "City" else None
            c = self.country_key(iso) if iso and key not in placed else None
            if c:  # named in the article, or added for the city by find_mentions
                self.add(key, "locatedIn", c, si, 0.55)

    def named_after_city(self) -> None:
        """An organization named after a city of the article is based there ("Sialkot Chamber of Commerce
        and Industry"), a place lies in it ("Sialkot Dry Port"), unless the text places them elsewhere."""
        cities = {  # cities named on their own, not only inside a name ("Istanbul Technical University")
            self.m.entities[x.key].label: x.key
            for ms in self.m.by_sentence
            for x in ms
            if self.m.entities[x.key].cls == "City" and not any(y.i <= x.i and x.j <= y.j and y != x for y in ms)
        }
        placed = {st.subject for st in (*self.out, *self.m.facts) if st.relation in ("basedIn", "locatedIn")}
        for key, e in self.m.entities.items():
            top = self.top(key)
            if key in placed or top not in ("Organization", "Place") or e.cls == "City":
                continue
            city = next((k for c, k in cities.items() if e.label.startswith(c + " ") and k != key), None)
            first = next((si for si, ms in enumerate(self.m.by_sentence) if any(x.key == key for x in ms)), None)
            if city and first is not None:
                self.add(key, "basedIn" if top == "Organization" else "locatedIn", city, first, 0.55)

    def firms_of_placed_people(self) -> None:
        """An expert given as from a country ("Kazuo Tanabe (Japan)") places the firm they represent there
        when the text places it nowhere else (a new organization, not a unit of another)."""
        placed = {st.subject for st in self.out if st.relation in ("basedIn", "partOf", "locatedIn")}
        country = {}
        for st in self.out:
            if st.relation == "basedIn" and self.top(st.subject) == "Person" and self.top(st.object) == "Country":
                country.setdefault(st.subject, st)
        for st in list(self.out):
            if st.relation != "represents" or st.subject not in country or st.object in placed:
                continue
            e = self.m.entities[st.object]
            if e.reg is None and e.cls not in ("Ministry", "IntergovernmentalOrganization"):
                self.add(st.object, "basedIn", country[st.subject].object, st.sentence, 0.6)
                placed.add(st.object)

    def national_bodies(self, main: str) -> None:
        """A ministry or agency the article places nowhere is the host country's ("the Ministry of Industries"
        in a news item about a visit to Dhaka); not for delegation visits, whose officials come from abroad."""
        classes = _orgs_yaml().get("national_bodies") or ()
        if self.m.entities[main].cls in (_orgs_yaml().get("national_bodies_not_for") or ()):
            return
        host = None
        for st in self.out:
            if st.subject == main and st.relation == "heldIn":
                e = self.m.entities[st.object]
                if e.cls == "Country":
                    host = (st.object, st.sentence)
                else:
                    iso = self.lex.place_country(e.label)
                    c = self.country_key(iso) if iso else None
                    c = c or next(  # "in Tagaytay City, the Philippines": a city the gazetteer lacks
                        (x.object for x in self.out if x.subject == st.object and x.relation == "locatedIn"), None
                    )
                    host = (c, st.sentence) if c else None
                break
        if host is None:
            return
        placed = {st.subject for st in self.out if st.relation in ("basedIn", "partOf", "locatedIn")}
        for key, e in self.m.entities.items():
            if self.lex.country_in_name(e.label):  # "SME Corporation Malaysia": the name places it
                continue
            if e.cls in classes and key not in placed:
                first = next((si for si, ms in enumerate(self.m.by_sentence) if any(x.key == key for x in ms)), None)
                # "NPO, Pakistan, working under the Ministry of Industries and Production": its body's country
                below = {
                    c
                    for f in (*self.m.facts, *self.out)
                    if f.relation == "partOf" and f.object == key
                    for c in [self.placed_country(f.subject)]
                    if c
                }
                if first is not None and len(below) == 1:
                    self.add(key, "basedIn", below.pop(), first, 0.55)
                elif first is not None and not any(  # "..., Lecturer of the Department of X, ITS, Indonesia"
                    self.top(x.key) == "Country" and x.key != host[0] for x in self.m.by_sentence[first]
                ):
                    self.add(key, "basedIn", host[0], first, 0.5)

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

    # -- events the text does not name -------------------------------------------------------
    def unnamed_event(self) -> None:
        """The first paragraph names no program but says "made an official visit to Dhaka" or "after the
        second expert mission": that visit or mission becomes the program in focus (see ``unnamed_events``
        in ``programs.yaml``), labelled after what follows it ("to Dhaka") and who came ("from ORG")."""
        if not self.sents:
            return
        first = [si for si, s in enumerate(self.sents) if s.paragraph == self.sents[0].paragraph]
        if any(self.programs_in(si) for si in first) or self.headline_event():
            return
        nouns = _unnamed_nouns()
        # "The Isfahan assignment was hosted by ...": a named place before the noun, in the next paragraph too
        second = [si for si, s in enumerate(self.sents) if s.paragraph == self.sents[0].paragraph + 1]
        for si in second:
            s = self.sents[si]
            for m in nouns.finditer(s.text):
                before = [
                    x for x in self.m.by_sentence[si] if self.top(x.key) == "Place" and x.end == s.start + m.start() - 1
                ]
                if before and re.search(r"\bthe\s+(?:\w+\s+)?$", s.text[: m.start()], re.IGNORECASE):
                    first = [*first, si]
        # "... as part of the APO Observational Study Mission on X. The mission was organized by ...": "the
        # mission" is that named program, not an event of its own
        named = {
            w
            for si in first
            for x in self.m.by_sentence[si]
            if self.top(x.key) == "Program"
            for w in self.m.entities[x.key].label.lower().split()
        }
        for si in first:
            s = self.sents[si]
            for m in nouns.finditer(s.text):
                pre = s.text[: m.start()]
                if not re.search(r"\b(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}$", pre, re.IGNORECASE):
                    continue
                if m.group(0).lower().split()[-1] in named:
                    continue
                if re.search(r"\b(?:will|plans?|would|next)\b[^,.]*$", pre, re.IGNORECASE):
                    continue
                toks = s.tokens
                a = next((n for n, t in enumerate(toks) if t.start - s.start == m.start()), None)
                b = next((n + 1 for n, t in enumerate(toks) if t.end - s.start == m.end()), None)
                if a is None or b is None or any(x.i < b and a < x.j for x in self.m.by_sentence[si]):
                    continue
                trip = self.delegation_trip(si, m.end()) if m.group(0).lower() == "delegation" else None
                if m.group(0).lower() == "delegation" and not trip:
                    continue  # a delegation is the event only as "a delegation from X visited Y"
                self.new_event(si, s, m, a, b, trip)
                return

    def headline_event(self) -> bool:
        """A headline that is an event's name ("Workshop on E-commerce and Digital Marketing for Micro and Small
        Enterprises"), over a body that only says "the workshop" before naming any program: the name of that
        workshop. The first "the workshop" of the body is its mention."""
        words = self.headline.split()
        if not words or not all(w[0].isupper() or w in self.lex.connectors or w in ("on", "in", "to") for w in words):
            return False
        low = self.headline.lower()
        noun = next(
            (
                n
                for n in sorted(self.lex.program_nouns, key=len, reverse=True)
                if re.match(rf"(?:[\w-]+ ){{0,3}}?{n} (?:on|for) ", low)
            ),
            None,
        )
        if noun is None:
            return False
        cls = self.lex.program_nouns[noun]
        for si, s in enumerate(self.sents):
            m = re.search(rf"\b[Tt]he ({noun})\b", s.text)
            end = s.start + m.start() if m else s.end
            if any(self.top(x.key) == "Program" and x.start < end for x in self.m.by_sentence[si]):
                return False  # the body names a program first: the headline is not needed
            if not m:
                continue
            toks = s.tokens
            a = next((n for n, t in enumerate(toks) if t.start - s.start == m.start(1)), None)
            b = next((n + 1 for n, t in enumerate(toks) if t.end - s.start == m.end(1)), None)
            if a is None or b is None:
                return False
            key = f"new:{normalize(self.headline)}"
            self.m.entities[key] = Entity(key, cls, self.headline, [noun], None, s.start + m.start(1), True)
            self.m.by_sentence[si].append(Mention(key, a, b, s.start + m.start(1), s.start + m.end(1)))
            self.m.by_sentence[si].sort(key=lambda x: (x.i, x.j))
            return True
        return False

    def delegation_trip(self, si: int, pos: int) -> tuple[str, str] | None:
        """Label and destination of the delegation whose noun ends at ``pos`` in sentence ``si``: "a delegation
        from X visited Y", else "officials from X visited Y" / "ORG hosted a delegation from COUNTRY", else
        "ORG received a delegation from X" (the host's country)."""
        s, ms = self.sents[si], self.m.by_sentence[si]
        return (
            self.delegation_label(s, pos, ms)
            or self.trip(si, "visit")
            or self.delegation_label(s, pos, ms, hosted=True)
        )

    def new_event(
        self, si: int, s: Sentence, m: re.Match[str], a: int, b: int, trip: tuple[str, str] | None = None
    ) -> None:
        """The unnamed event at tokens a..b of sentence ``si`` (``trip``: a delegation's label and destination)."""
        kind = m.group(0).lower()
        first, _, rest = kind.partition(" ")
        noun = rest if rest and first in (_programs_yaml().get("unnamed_ordinals") or ()) else kind
        cls = _unnamed_classes()[noun]
        ms = self.m.by_sentence[si]
        base = s.start
        label, dest = kind, None
        place = [x for x in ms if self.top(x.key) == "Place" and x.end == base + m.start() - 1]
        if place:  # "the Isfahan assignment"
            label = f"{self.m.entities[place[0].key].label} {kind}"
        nxt = [x for x in ms if x.start >= m.end() + base and self.top(x.key) in ("Place", "Country")]
        if nxt and re.fullmatch(r"\s+(?:to|in)\s+(?:the\s+)?", s.text[m.end() : nxt[0].start - base]):
            label += f" to {self.m.entities[nxt[0].key].label}"
        who = [
            x
            for x in ms
            if x.end - base <= m.start()
            and self.top(x.key) == "Organization"
            and re.search(r"\b(?:from|of)\s+(?:the\s+)?(?:\w+['’]s\s+)?$", s.text[: x.start - base])
        ]
        if noun == "delegation":  # "a delegation from Sri Lanka visited Japan": "Sri Lankan delegation visit to Japan"
            if trip:
                label, dest = trip
        elif not who and not place and label == kind and cls == "DelegationVisit" and (trip := self.trip(si, kind)):
            label, dest = trip  # "officials from Mongolia visited Korea ... on a study visit": who went where
        elif who:
            e = self.m.entities[who[-1].key]
            short = _short_name(e)
            label = f"{short} {label}"
        label = label[0].upper() + label[1:]
        key = f"new:{normalize(label)}"
        aliases = [noun]
        para = {s.paragraph, s.paragraph + 1}
        for t in self.sents:
            if t.paragraph in para:
                for n in re.finditer(r"\bthe\s+(\w+(?:[- ]\w+)?)", t.text, re.IGNORECASE):
                    w = n.group(1).lower()
                    if " " in w and w in _unnamed_classes() and w not in aliases:
                        aliases.append(w)
        self.m.entities[key] = Entity(key, cls, label, aliases, None, base + m.start(), False)
        if dest:  # held in the country visited unless the text names a more specific venue
            self.fallback_held.append((key, dest, si))
        ms.append(Mention(key, a, b, s.tokens[a].start, s.tokens[b - 1].end))
        ms.sort(key=lambda x: (x.i, x.j))

    def trip(self, si: int, kind: str) -> tuple[str, str] | None:
        """Label and destination of a visit told as "officials from Mongolia visited Korea" or "MPC hosted a
        delegation from Fiji" (then the host's country is the destination), from sentence ``si``."""
        s, ms, base = self.sents[si], self.m.by_sentence[si], self.sents[si].start
        for x in ms:
            if self.top(x.key) != "Country" or not re.search(_rels_yaml()["trip_who_from"], s.text[: x.start - base]):
                continue
            origin = next((d for d, c in self.lex.demonyms.items() if c == x.key), self.m.entities[x.key].label)
            after = s.text[x.end - base :]
            verb = re.match(rf"[^.;]{{0,60}}?\b(?:{_rels_yaml()['went_verbs']})\s+(?:the\s+)?", after)
            dest = None
            if verb:
                dest = next((y for y in ms if y.start - base == x.end - base + verb.end()), None)
            elif re.search(_rels_yaml()["trip_hosted"], s.text[: x.start - base]):
                key = self.receiving_country(ms, x.start)
                dest = next((y for y in ms if y.key == key), None) or (
                    Mention(key, 0, 0, 0, 0) if key else None  # the host's country, named inside its name
                )
            if dest is None or self.top(dest.key) not in ("Place", "Country"):
                continue
            return f"{origin} delegation {kind} to {_the(self.m.entities[dest.key].label)}", dest.key
        return None

    def delegation_label(
        self, s: Sentence, pos: int, ms: list[Mention], hosted: bool = False
    ) -> tuple[str, str] | None:
        """Label and destination of "a delegation from COUNTRY/ORG visited PLACE" ("was received by X in
        PLACE", "undertook a study visit to PLACE"); the origin may be a demonym ("a Cambodian delegation")."""
        base = s.start
        rest = s.text[pos:]
        verb = re.search(
            rf"\b(?:{_rels_yaml()['went_verbs']}|{_rels_yaml()['delegation_went']})\b"
            r"|^\s+to\b",  # "led a ten-member Nepali delegation to the Republic of Korea"
            rest,
        )
        if hosted:  # "NPC received a seven-member delegation from X": the visit is to the host's country
            verb = None
            by = re.search(_rels_yaml()["trip_hosted"], s.text[: pos - len("delegation")])
            key = self.receiving_country(ms, base + by.start()) if by else None
            if key is None:
                return None
            dest = Mention(key, 0, 0, 0, 0)
        elif not verb or ";" in rest[: verb.start()]:
            return None
        else:
            dests = [x for x in ms if x.start - base >= pos + verb.start() and self.top(x.key) in ("Place", "Country")]
            if not dests:
                return None
            dest = dests[0]
        origin = None
        d = re.search(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:[A-Z]+\s+|SME\s+)?delegation$", s.text[:pos])
        end = pos + verb.start() if verb else len(s.text)
        orgs = [x for x in ms if pos <= x.start - base < end and self.top(x.key) == "Organization"]
        f = re.match(r"\s+(?:of\s+\w+\s+)?from\s+(?:the\s+)?", rest)
        first = next((x for x in ms if f and x.start - base == pos + f.end()), None)
        if first and self.top(first.key) in ("Country", "Organization"):
            # "a delegation from Lao PDR, led by DOSMEP, ...": where it comes from names it, not who leads it
            origin = _short_name(self.m.entities[first.key])
            if self.top(first.key) == "Country":
                origin = s.text[first.start - base : first.end - base]  # as written: "Lao PDR", not "Laotian"
        elif orgs:  # "an Indian delegation led by X, Director General, NPC": the body
            origin = _short_name(self.m.entities[orgs[0].key])
        elif d and d.group(1) in self.lex.demonyms:
            origin = s.text[d.start(1) : pos - len("delegation")].strip()
        if origin is None:
            return None
        kind = "study visit" if "study visit" in s.text.lower() else "visit"
        where = self.m.entities[dest.key].label
        if verb and re.search(r"\bthe\s+$", s.text[: dest.start - base]) and not where.startswith("the "):
            where = f"the {where}"  # "to the Republic of Korea", as written
        return f"{origin} delegation {kind} to {where}", dest.key

    # -- concepts ----------------------------------------------------------------------
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

    # -- one sentence --------------------------------------------------------------------
    def sentence(self, si: int, s: Sentence, p: str, named: bool) -> None:
        ms = self.m.by_sentence[si]
        text = s.text
        low = text.lower()
        trig = self.lex.triggers

        def after(pos: int, tops: tuple[str, ...]) -> list[Mention]:
            return [x for x in ms if x.start - s.start >= pos and self.top(x.key) in tops]

        def before(pos: int, tops: tuple[str, ...]) -> list[Mention]:
            return [x for x in ms if x.end - s.start <= pos and self.top(x.key) in tops]

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

        # organized
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
        self.owner_prefix(si, s, ms)

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
        c = find_count(text)
        if c and not re.search(r"\b(plans?|will|expected)\b", low[: c[1]]):
            self.attr(p, "participantCount", c[0], si, s.start + c[1], s.start + c[2], 0.8)
        cc = find_country_count(text)
        if cc:
            self.attr(p, "countryCount", cc[0], si, s.start + cc[1], s.start + cc[2], 0.8)

        people = [x for x in ms if self.top(x.key) == "Person"]
        roles: set[str] = set()
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
            elif not chosen and re.search(r"\bby\s+(?:\w+\s+)?(?:experts|trainers|speakers|resource persons)\W*$", low):
                chosen = self.following_people(si)  # "Five modules were delivered by three experts. A, ... B, ..."
            for x in chosen:
                if not self.is_attendee(x, s) and x.key not in site_staff:
                    self.add(p, "conductedBy", x.key, si, 0.8)
                    roles.add(x.key)  # "The sessions were led by four experts: A, ...": not attendees too
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
        for t in trig["attended"].finditer(text):
            if re.match(r"made", t.group(0), re.I):
                for x in before(t.start(), ("Person",)):
                    self.add(x.key, "attended", p, si, 0.7)
            elif re.search(r"(?:led|headed) the \w+", t.group(0)) and not t.group(0).startswith("who"):
                # "Adhikari, executive director of NPEDC, headed the study visit": the first person of the sentence
                for x in before(t.end(), ("Person",))[:1]:
                    self.add(x.key, "attended", p, si, 0.7)
            elif re.match(r"who|one of|served|,", t.group(0), re.I):  # "said X, a consultant from Nepal who took part"
                for x in before(t.start(), ("Person",))[-1:]:
                    self.add(x.key, "attended", p, si, 0.7)
            else:
                tail = after(t.end(), ("Person", "Organization"))
                # (a list goes on past ";": "The Pakistan contingent comprised A, ...; B, ...; and C, ...")
                semis = re.match(r"(?:contingent|delegation)\s+(?:comprised|comprising|consisted)", t.group(0), re.I)
                stop = re.search(
                    ("" if semis else r";|")
                    + r"\b(?:made|visited|toured|travell?ed|arrived|went|under|to learn|to study"
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
        own = [(x.start - s.start, x.end - s.start) for x in ms if self.top(x.key) == "Program"]
        t = next(  # not the event's own noun ("made a study visit to Thailand")
            (v for v in trig["visited"].finditer(text) if not any(a <= v.start() < b for a, b in own)), None
        )
        if t and not re.search(r"\bwill\b", low[: t.start()]):
            for x in after(t.end(), ("Organization", "Place")):
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
        self.visited_at(si, s, p, ms, represented)
        self.itinerary_stop(si, s, p, ms, represented)
        t = trig["benchmarked"].search(text)
        if t:
            end = re.search(_rels_yaml()["benchmarked_clause_end"], text[t.end() :])
            stop = t.end() + end.start() if end else len(text)
            found = [x for x in after(t.end(), ("Country",)) if x.start - s.start < stop]
            if not found and re.search(r"\bas\s+(?:an?\s+|the\s+)?$", text[: t.start()]):
                # "Case studies from Japan and Thailand served as benchmarks", "using the ROK and Israel as
                # benchmarks", "The programs of India and Italy were chosen as benchmarks": the countries before
                # it (not where people came from or went to)
                begin = max(text.rfind(";", 0, t.start()), text.rfind(":", 0, t.start()))
                found = [
                    x
                    for x in before(t.start(), ("Country",))
                    if x.start - s.start > begin
                    and not re.search(_rels_yaml()["benchmark_not_after"], low[: x.start - s.start])
                ]
            for x in found:
                if not text[x.end - s.start :].startswith(("'s", "’s")):
                    self.add(p, "benchmarked", x.key, si, 0.8)
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
            for x in after(t.end(), ("Country",)):
                if x.start - s.start < end and not re.search(
                    r"\b(?:in|to|at)\s+(?:the\s+)?$", low[: x.start - s.start]
                ):
                    self.add(p, "participantFrom", x.key, si, 0.8)
            for x in after(t.end(), ("Organization",)):
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
        self.demonym_participants(si, s, p)
        if re.search(r"[\"“”]", text):  # '"...," said X, TITLE, ORG': who is quoted
            for x in ms:
                if self.top(x.key) == "Person" and (
                    _quoted_before().search(text[: x.start - s.start]) or _QUOTED_AFTER.match(text[x.end - s.start :])
                ):
                    self.quoted.append((si, x.key, p))
        self.subprogram(si, s, p, ms)
        self.studied(si, s, p, ms)
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

    def demonym_participants(self, si: int, s: Sentence, p: str) -> None:
        """ "Filipino, Indonesian, and Thai officials traveled alongside ...": participants from those countries."""
        demo = dict(self.m.demonyms[si])
        if not demo:
            return
        noun, context, topic = _demonym_patterns()
        prev = self.sents[si - 1] if si > 0 else None
        if not context.search(s.text) and not (prev and prev.paragraph == s.paragraph and context.search(prev.text)):
            return  # neither this sentence nor the one before it in the paragraph is about who took part
        toks = s.tokens
        n = 0
        while n < len(toks):
            if n not in demo:
                n += 1
                continue
            listed, k = [], n
            while k < len(toks):
                if k in demo:
                    listed.append(demo[k])
                    k += 1
                    while k < len(toks) and toks[k].text in ("Lankan",):  # the rest of a two-word demonym
                        k += 1
                elif toks[k].text in (",", "and", "or"):
                    k += 1
                else:
                    break
            tail = s.text[toks[k].start - s.start :] if k < len(toks) else ""
            if topic.search(s.text[: toks[n].start - s.start]):
                n = k  # "learned how Malaysian exporters are supported": a topic, not the cohort
                continue
            if noun.match(tail) or (re.match(r"[\w-]+\s+", tail) and noun.match(tail.split(None, 1)[1])):
                for iso in listed:
                    c = self.country_key(iso)
                    if c:
                        self.add(p, "participantFrom", c, si, 0.65)
            n = k

    def owner_prefix(self, si: int, s: Sentence, ms: list[Mention]) -> None:
        """A program written with its owner's abbreviation first ("the APO e-learning course on ...",
        "APO Policy Dialogue on ..."): the owner organized it (or runs it, for schemes and programs)."""
        for x in ms:
            ent = self.m.entities[x.key]
            if self.top(x.key) != "Program" or not ent.named:
                continue
            first = s.text[x.start - s.start : x.end - s.start].split(" ", 1)[0]
            owner = self.m.names.get(normalize(first)) if first.isupper() and len(first) > 1 else None
            if owner and owner != x.key and self.top(owner) == "Organization":
                rel = "runBy" if ent.cls in _programs_yaml()["run_classes"] else "organized"
                self.add(owner, rel, x.key, si, 0.7) if rel == "organized" else self.add(x.key, rel, owner, si, 0.7)

    def studied(self, si: int, s: Sentence, p: str, ms: list[Mention]) -> None:
        """ "learn how the ROK government supports ICT startups with its K-Startup Grand Challenge";
        "attended seminars of the X Week" (the seminars, part of the week)."""
        text = s.text
        t = self.lex.triggers["studied"].search(text)
        if t:
            progs = [x for x in ms if self.top(x.key) == "Program" and x.start - s.start >= t.end() and x.key != p]
            if progs:
                self.add(p, "studied", progs[0].key, si, 0.65)
                pre = text[: progs[0].start - s.start]
                w = re.search(r"\b(?:with|through|under)\s+its\s+$", pre)
                orgs = [x for x in ms if self.top(x.key) == "Organization" and t.end() <= x.start - s.start]
                if w and orgs and orgs[-1].end - s.start <= w.start():
                    self.add(progs[0].key, "runBy", orgs[-1].key, si, 0.7)
        for key, (sj, _parent) in self.m.sub_events.items():
            if sj == si and key != p:
                self.add(p, "attended", key, si, 0.65)
                x = next(x for x in ms if x.key == key)
                rest = text[x.end - s.start :]
                w = re.search(r"\b(?:where|at which|on)\b", rest)
                if w and self.concepts:
                    off = x.end + w.end()
                    for h in self.concepts.find(rest[w.end() :], off):
                        if h.relation == "topic":
                            self.concept_link(key, "topic", h.concept, si, 0.6)

    def is_attendee(self, x: Mention, s: Sentence) -> bool:
        pre = s.text[: x.start - s.start].lower()
        # "..., while Mr. X, a participant from Fiji, asked about costs": a speaker's verb is not X's
        post = s.text[x.end - s.start :]
        return bool(
            re.search(r"(led by|headed by|accompanied by)\s*(\w+\.?\s*){0,4}$", pre)
            or re.match(
                r"\s*(?:\([^)]*\)\s*)?,\s+(?:an?|one of the)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:participants?|delegates?|trainees?|attendees?|learners?)\b",
                post,
            )
        )

    def listed(self, si: int, tops: tuple[str, ...]) -> list[Mention]:
        """The names that open the lines after a sentence ending in ":" (one per line, until a line does not)."""
        out = []
        para = self.sents[si].paragraph
        for sj in range(si + 1, len(self.sents)):
            s = self.sents[sj]
            if s.paragraph == para:
                continue
            if out and s.paragraph == self.sents[sj - 1].paragraph:
                continue  # a second sentence of a list line
            ms = [x for x in self.m.by_sentence[sj] if self.top(x.key) in tops]
            if not ms or not re.fullmatch(r"[\W\d]*(?:the\s+)?", s.text[: ms[0].start - s.start], re.IGNORECASE):
                break
            out.append(ms[0])
        return out

    def itinerary_stop(self, si: int, s: Sentence, p: str, ms: list[Mention], represented: set[str]) -> None:
        """ "• 7 November, Daejeon: Ministry of SMEs and Startups (MSS), ...": a line of an itinerary names a
        day, a city and the body visited there, which is based in that city."""
        if si and self.sents[si - 1].paragraph == s.paragraph:
            return  # the line's first sentence only
        m = self.lex.itinerary_line.match(s.text)
        if not m:
            return
        city = next((x for x in ms if x.start - s.start == m.start(1) and self.m.entities[x.key].cls == "City"), None)
        x = next((x for x in ms if x.start - s.start == m.end()), None)
        if city is None or x is None or x.key in represented or self.top(x.key) not in ("Organization", "Place"):
            return
        self.add(p, "visited", x.key, si, 0.7)
        self.add(x.key, "basedIn", city.key, si, 0.7)

    def visited_at(self, si: int, s: Sentence, p: str, ms: list[Mention], represented: set[str]) -> None:
        """ "At Chennai-based Vel Precision Castings, they observed ...; and at Sundaram Garment Works they
        coached ...": the organizations after "at" were visited, when the sentence says the visitors did
        something there."""
        pats = _visited_at()
        if not (pats[0].search(s.text) and pats[1].search(s.text)):
            return
        # "At X, they observed ..." or "Teams practiced value-stream mapping at X"
        lead = re.match(r"\s*At\s", s.text) or (pats[0].match(s.text.lstrip()) and pats[1].search(s.text))
        if not lead or self.lex.triggers["organized"].search(s.text):
            return
        for x in ms:
            # "At the Nadi Handicraft Market, they watched ...": a place can be a site too
            if (
                self.top(x.key) not in ("Organization", "Place")
                or x.key in represented
                or self.m.entities[x.key].cls == "City"
            ):
                continue
            pre = s.text[: x.start - s.start]
            if not re.search(r"\b[Aa]t\s+(?:the\s+)?(?:[\w-]+-based\s+)?$", pre):
                continue
            if not re.match(r"\s*At\s", s.text) and not re.search(
                pats[1].pattern + r"(?:(?!\b(?:that|how|whether|why|what|which)\b)[^;]){0,160}?\bat\s+(?:the\s+)?"
                r"(?:[\w-]+-based\s+)?$",
                pre,
            ):
                continue  # "They heard that productivity at Sunrise Foods rose": no visit
            if any(st.subject == x.key and st.relation == "organized" for st in self.out):
                continue
            self.add(p, "visited", x.key, si, 0.65)

    def listed_people(self, si: int) -> list[Mention]:
        out = []
        para = self.sents[si].paragraph
        for sj in range(si + 1, len(self.sents)):
            if self.sents[sj].paragraph == para:
                continue
            ms = [x for x in self.m.by_sentence[sj] if self.top(x.key) == "Person"]
            lead = self.sents[sj].text[: ms[0].start - self.sents[sj].start] if ms else "x"
            if not re.fullmatch(r"[-*•·\d.)\s]*(?:(?:Dr|Mr|Ms|Mrs|Prof|Professor|Engr|Datuk|Dato)\.?\s+)*", lead):
                break  # "- Dr. Ahmed Rafiq Chowdhury, Professor ...": a bullet and an honorific may come first
            out.append(ms[0])
        return out

    def following_people(self, si: int) -> list[Mention]:
        """People that open the next sentences of the same paragraph (one per sentence)."""
        out = []
        for sj in range(si + 1, len(self.sents)):
            if self.sents[sj].paragraph != self.sents[si].paragraph:
                break
            ms = [x for x in self.m.by_sentence[sj] if self.top(x.key) == "Person"]
            head = self.sents[sj].text[: ms[0].start - self.sents[sj].start] if ms else "x"
            if not ms or not re.fullmatch(r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+|Professor\s+)?", head):
                break
            out.append(ms[0])
        return out

    def winner(self, si: int, s: Sentence, x: Mention, p: str, ms: list[Mention]) -> None:
        rest = s.text[x.end - s.start :]
        for f in self.m.facts:  # "FasalSense (Pakistan)"
            if f.subject == x.key and f.relation == "basedIn" and f.sentence == si and self.top(f.object) == "Country":
                self.add(p, "participantFrom", f.object, si, 0.7)
        m = re.match(r"\s*(?:of|from)\s+(?:the\s+)?", rest)
        if m:
            nxt = [y for y in ms if y.start >= x.end and self.top(y.key) == "Country"]
            if nxt and nxt[0].start - x.end <= m.end() + 1:
                self.add(x.key, "basedIn", nxt[0].key, si, 0.7)
                self.add(p, "participantFrom", nxt[0].key, si, 0.7)
        for i, iso in self.m.demonyms[si]:
            if 0 < x.start - s.tokens[i].end <= 8:
                c = self.country_key(iso)
                if c:
                    self.add(x.key, "basedIn", c, si, 0.6)
                    self.add(p, "participantFrom", c, si, 0.6)

    def visiting_group(self, si: int, words: str) -> bool:
        """A member list ("Members of the Fijian delegation were:", "Its members included:") is of the visiting
        group: the words naming the group are a demonym, a country or a size ("six-member"), not a body or a
        host ("the NPS team", "the host organizing team"); "its/their members" needs a delegation or mission
        in the sentence before."""
        low = words.lower()
        if re.match(r"(?:its|their)\b", low):
            prev = self.sents[si - 1].text if si else ""
            return bool(re.search(_rels_yaml()["visiting_group_nouns"], prev, re.IGNORECASE))
        rels = _rels_yaml()
        m = re.search(rf"\bthe\s+((?:[\w-]+\s+){{0,2}}?)(?:{rels['group_nouns']})\b", words, re.I)
        qualifiers = m.group(1).split() if m else []
        return all(
            w in self.lex.demonyms or w in self.lex.countries or re.fullmatch(rels["visiting_group_qualifiers"], w)
            for w in qualifiers
        )

    def delegation_origin(self, main: str) -> None:
        """A delegation visit whose text names no country of origin ("a delegation from the National Planning
        Commission of Nepal"): the country of the body the delegation came from, when there is one."""
        if self.m.entities[main].cls != "DelegationVisit" or any(
            st.subject == main and st.relation == "participantFrom" for st in self.out
        ):
            return
        host = self.host_country(main)
        found = {
            self.placed_country(st.subject)
            for st in self.out
            if st.object == main and st.relation == "attended" and self.top(st.subject) == "Organization"
        } - {None, host}
        if len(found) == 1:
            self.add(main, "participantFrom", found.pop(), 0, 0.55)  # type: ignore[arg-type]

    def delegation_members(self, main: str) -> None:
        """A delegation from one country: the people and bodies that took part in its visit, and the bodies
        those people represent, are in that country (unless the text places them elsewhere)."""
        if self.m.entities[main].cls != "DelegationVisit":
            return
        origins = {st.object for st in self.out if st.subject == main and st.relation == "participantFrom"}
        if len(origins) != 1:
            return
        c = origins.pop()
        members = {st.subject for st in self.out if st.object == main and st.relation == "attended"}
        members |= {
            st.object
            for st in self.out
            if st.subject in members
            and st.relation == "represents"
            and self.m.entities[st.object].cls != "IntergovernmentalOrganization"
        }
        placed = {st.subject for st in self.out if st.relation == "basedIn"}
        for k in sorted(members - placed):
            if self.top(k) in ("Person", "Organization"):
                self.add(k, "basedIn", c, 0, 0.5)

    def quoted_participants(self, main: str) -> None:
        """A person quoted with a country ('"...," said X, TITLE, ORG, Bangladesh') who has no other part in
        the program (did not organize, open, welcome or conduct it) took part in it: news items close on
        a participant's words."""
        roles = ("conductedBy", "inauguratedBy", "welcomedBy")
        host = self.host_country(main)
        for si, key, _p in self.quoted:
            if any(st.object == key and st.relation in roles for st in self.out):
                continue
            orgs = {st.object for st in self.out if st.subject == key and st.relation == "represents"}
            if any(st.subject in orgs and st.relation in ("organized", "runBy") for st in self.out) or any(
                st.object in orgs and st.relation == "runBy" for st in self.out
            ):
                continue
            placed = any(
                st.subject == key and st.relation == "basedIn" and self.top(st.object) == "Country" for st in self.out
            )
            # '"...," said X, a Senior Officer at Nepal's NPEDC': the body is from abroad
            abroad = any(
                st.subject in orgs
                and st.relation == "basedIn"
                and self.top(st.object) == "Country"
                and st.object != host
                for st in (*self.out, *self.m.facts)
            )
            if placed or (abroad and host):
                self.add(key, "attended", main, si, 0.55)  # the program the news item is about

    def host_country(self, main: str) -> str | None:
        """The country the program ``main`` was held in (directly, or through its city)."""
        for st in self.out:
            if st.subject == main and st.relation == "heldIn":
                if self.top(st.object) == "Country":
                    return st.object
                iso = self.lex.place_country(self.m.entities[st.object].label)
                return self.country_key(iso) if iso else None
        return None

    def visited_in(self, si: int, s: Sentence, x: Mention, ms: list[Mention]) -> None:
        """A site visited in a sentence that opens "In Seongnam, ..." or says "travelled to Darkhan to see X":
        the site is in that city (unless the text places it elsewhere)."""
        if (
            self.top(x.key) != "Organization"
            or any(st.subject == x.key and st.relation == "basedIn" for st in self.out)
            or any(f.subject == x.key and f.relation == "basedIn" for f in self.m.facts)
        ):
            return
        cities = [y for y in ms if self.m.entities[y.key].cls == "City" and y.end <= x.start]
        if not cities:
            return
        c = cities[-1]
        before = s.text[: c.start - s.start]
        between = s.text[c.end - s.start : x.start - s.start]
        if (
            re.fullmatch(r"\s*(?:(?:On|Later|Then|Next|Finally)\b[^,]{0,30},?\s*)?In\s*", before)
            or (
                re.search(r"\b(?:travell?ed|went|moved|headed|proceeded|drove)\s+(?:on\s+)?to\s+$", before)
                and re.match(r"\s+(?:to|where)\b", between)
            )
            # "visited two sites in Vientiane: A and B", "two of the demonstration companies in Taichung, A and B"
            or re.search(
                r"\b(?:sites|companies|firms|factories|plants|enterprises|places|startups|SMEs)\s+in\s+$", before
            )
        ):
            self.add(x.key, "basedIn", c.key, si, 0.6)

    def receiving_country(self, ms: list[Mention], end: int) -> str | None:
        """The country of the body that hosted or received a delegation: the sentence's first organization
        before offset ``end`` ("The NPS, with support from JICA, received a delegation from Fiji": the NPS's)."""
        host = next((y for y in ms if y.end <= end and self.top(y.key) == "Organization"), None)
        if host is None:
            return None
        # "The Directorate of X under the Directorate General of Y, Ministry of Manpower of Indonesia, in
        # collaboration with the APO, received ...": the bodies the host is placed under, before its partners
        s = next(t for t in self.sents if t.start <= host.start < t.end + 1)
        tail = s.text[host.end - s.start : end - s.start]
        trig = self.lex.triggers
        partners = [m for m in (trig["organized"].search(tail), trig["not_organizer"].search(tail)) if m]
        cut = host.end + min((m.start() for m in partners), default=len(tail))
        chain = [y for y in ms if host.start <= y.start and y.end <= cut and self.top(y.key) == "Organization"]
        return next(filter(None, (self.org_country(y.key) for y in chain)), None)

    def placed_country(self, key: str) -> str | None:
        """The country the text places an organization in, if it does."""
        for f in (*self.m.facts, *self.out):
            if f.subject == key and f.relation == "basedIn" and self.top(f.object) == "Country":
                return f.object
        return None

    def org_country(self, key: str) -> str | None:
        """The country of an organization: placed by the text, named in its name ("Korea Productivity
        Center"), else that of the city the item was filed from ("New Delhi: The NPC received ...")."""
        placed = self.placed_country(key)
        if placed:
            return placed
        found = self.lex.country_in_name(self.m.entities[key].label)
        if found:
            return self.country_key(found[0])
        if self.m.dateline:
            iso = self.lex.place_country(self.m.entities[self.m.dateline].label)
            return self.country_key(iso) if iso else None
        return None

    def country_key(self, iso: str) -> str | None:
        for k, e in self.m.entities.items():
            if e.cls == "Country" and (k == iso or k == f"new:{iso}"):
                return k
        return None

    def held(self, si: int, s: Sentence, p: str, ms: list[Mention]) -> None:
        text = s.text
        places = [x for x in ms if self.top(x.key) in ("Place", "Country")]
        for n, x in enumerate(places):
            pre = text[: x.start - s.start]
            venue = [  # "held at the Vietnam Productivity Institute, Hanoi": the city after the venue
                y
                for y in ms
                if y.end < x.start
                and self.top(y.key) == "Organization"
                and re.fullmatch(r"(?:\s*\([^)]*\))?\s*,\s*", text[y.end - s.start : x.start - s.start])
                and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[: y.start - s.start])
            ]
            # "at the Bayangol Hotel, Ulaanbaatar": a venue (no entity) then its city
            hotel = re.search(
                r"\bat\s+(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&)){0,6})(?:\s*\([^)]*\))?,\s*$",
                pre,
            )
            hotel = hotel and self.lex.venue.search(hotel.group(1))
            if not re.search(r"\b(in|at|to|between|across)\s+(the\s+)?$", pre) and not venue and not hotel:
                continue
            if re.search(r"(based|headquartered|located)\s+in\s+$", pre):
                continue
            if self.m.entities[x.key].cls == "City" or self.top(x.key) == "Place":
                if self.m.entities[x.key].cls != "City":
                    continue
                nxt = places[n + 1] if n + 1 < len(places) else None
                if (
                    nxt
                    and self.m.entities[nxt.key].cls == "City"
                    and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[x.end - s.start : nxt.start - s.start])
                ):
                    # "held in Ankara and Bursa": several cities of one country, so the country
                    isos = {self.lex.place_country(self.m.entities[y.key].label) for y in (x, nxt)}
                    c = self.country_key(isos.pop()) if len(isos) == 1 and None not in isos else None
                    if c:
                        # the country, in place of a city named earlier as the venue
                        self.out = [st for st in self.out if not (st.subject == p and st.relation == "heldIn")]
                        self.add(p, "heldIn", c, si, 0.7)
                        return
                self.add(p, "heldIn", x.key, si, 0.8)
                if n + 1 < len(places) and self.top(places[n + 1].key) == "Country":
                    gap = text[x.end - s.start : places[n + 1].start - s.start]
                    if re.fullmatch(r"\s*,\s*(?:the\s+)?", gap):  # "in Tagaytay City, the Philippines"
                        self.add(x.key, "locatedIn", places[n + 1].key, si, 0.9)
                self.dated.discard("")
                return
            if self.top(x.key) == "Country":
                self.add(p, "heldIn", x.key, si, 0.6)
                return

    def subprogram(self, si: int, s: Sentence, p: str, ms: list[Mention]) -> None:
        """ "part of the APO's X program", "forms part of MTI's X", "run by ORG", "placed under ORG"."""
        text, low = s.text, s.text.lower()
        for t in re.finditer(
            r"\b(?:is|forms?|as|was)?\s*part of|\bunder\b|\bmodules? of|\bbuilds on|\bbelongs? to", low
        ):
            rest = text[t.end() :]
            m = re.match(r"\s+(?:the\s+|an?\s+)?(\S+?)['’]s\s+", rest)
            progs = [x for x in ms if self.top(x.key) == "Program" and x.start - s.start >= t.end()]
            if not progs:
                continue
            target = progs[0]
            if target.start - s.start - t.end() > 60:
                continue
            subj = [x for x in ms if self.top(x.key) == "Program" and x.end - s.start <= t.start()]
            src = subj[-1].key if subj else p
            if src != target.key:
                self.add(src, "partOf", target.key, si, 0.7)
            if m:
                owner = [x for x in ms if x.start - s.start >= t.end() and self.top(x.key) == "Organization"]
                if owner and owner[0].start - s.start - t.end() <= len(m.group(0)) + 1:
                    self.add(target.key, "runBy", owner[0].key, si, 0.7)
            elif re.match(r"\s+(?:its|their)\s", rest):  # "supported by the APO under its X programme"
                owner = [
                    x for x in ms if x.end - s.start <= t.start() and self.top(x.key) in ("Organization", "Country")
                ]
                if owner and self.top(owner[-1].key) == "Organization":  # (not "how Malaysia ... under its")
                    self.add(target.key, "runBy", owner[-1].key, si, 0.65)
        # "Green Productivity Initiative of the APO"; "KOSGEB runs the Export Support Program"
        run_verb = re.compile(_programs_yaml()["run_verbs"], re.IGNORECASE)
        for a, b in itertools.pairwise(ms):
            ea, eb = self.m.entities[a.key], self.m.entities[b.key]
            gap = text[a.end - s.start : b.start - s.start]
            if ea.cls in _programs_yaml()["run_classes"] and self.top(b.key) == "Organization" and ea.named:
                if re.fullmatch(r"(?:\s*\([^)]*\))?\s+of\s+(?:the\s+)?", gap) and eb.cls != "City":
                    self.add(a.key, "runBy", b.key, si, 0.7)
            elif (
                self.top(a.key) == "Organization"
                and eb.cls in _programs_yaml()["run_classes"]
                and eb.named
                and run_verb.match(re.sub(r"^\s*\([^)]*\)", "", gap).lstrip())
            ):
                self.add(b.key, "runBy", a.key, si, 0.7)
        t = self.lex.triggers["runBy"].search(text)
        if t:
            orgs = [x for x in ms if x.start - s.start >= t.end() and self.top(x.key) == "Organization"]
            progs = [x for x in ms if x.end - s.start <= t.start() and self.top(x.key) == "Program"]
            if not orgs or orgs[0].start - s.start - t.end() > 12:
                return
            subj = progs[-1].key if progs else self.unnamed_part(si, s, p, t.start())
            if subj is None:
                subj = p
                if _run_by_not_after().search(text[: t.start()]):
                    return  # "the action plans drafted at the workshop will be implemented by X": not the event
                if t.group(0).lower() == "coordinated by" and not self.about_program(s, p, progs):
                    return  # "Travel and logistics were coordinated by the APO": not the event
            ent = self.m.entities[subj]
            if not ent.named:  # an unnamed visit or mission is organized, not run
                return
            if ent.cls in _programs_yaml()["run_classes"] or t.group(0).lower().startswith("implement"):
                self.add(subj, "runBy", orgs[0].key, si, 0.75)
            elif subj not in {x.key for x in progs}:
                self.add(orgs[0].key, "organized", subj, si, 0.7)  # "the challenge is run by X"

    def unnamed_part(self, si: int, s: Sentence, p: str, pos: int) -> str | None:
        """ "the finalists spent three days in a bootcamp run by X": a part of the program in focus."""
        m = re.search(r"\ban?\s+((?:[a-z][\w-]*\s+){0,3}?)([a-z][\w-]*)\s+$", s.text[:pos])
        if not m or m.group(2).lower() not in self.lex.program_nouns:
            return None
        skip = re.compile(_programs_yaml()["unnamed_part_skip"], re.IGNORECASE)
        words = [w for w in m.group(1).split() if not skip.match(w)]
        noun = m.group(2).lower()
        cls = self.lex.program_nouns[noun]
        label = " ".join([self.m.entities[p].label, *words, noun])
        alias = " ".join([*words[-1:], noun])
        key = f"new:{normalize(label)}"
        if key not in self.m.entities:
            self.m.entities[key] = Entity(key, cls, label, [alias], None, s.start + m.start(), True)
        self.add(key, "partOf", p, si, 0.65)
        return key

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

    def place_key(self, name: str) -> str | None:
        name = name.strip()
        for k, e in self.m.entities.items():
            if e.cls == "City" and (e.label == name or name.startswith(e.label + " ") or name == e.label):
                return k
        for k, e in self.m.entities.items():
            if e.cls == "City" and name.split(",")[0].strip().startswith(e.label):
                return k
        iso = self.lex.countries.get(name)
        if iso:
            return self.country_key(iso)
        for k, e in self.m.entities.items():  # "a plant in the Biyagama Export Processing Zone"
            if e.cls == "Place" and (name == e.label or name.startswith(e.label + " ")):
                return k
        return None


@cache
def _rels_yaml() -> dict:
    return _read("relations.yaml")


@cache
def _orgs_yaml() -> dict:
    return _read("organizations.yaml")


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
def _demonym_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rels = _rels_yaml()
    return (
        re.compile(rels["participants_by_demonym"], re.IGNORECASE),
        re.compile(rels["participants_context"], re.IGNORECASE),
        re.compile(rels["demonym_topic_before"] + "$", re.IGNORECASE),
    )


@cache
def _visited_at() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rels = _rels_yaml()
    return re.compile(rels["visited_at_who"], re.IGNORECASE), re.compile(rels["visited_at_did"], re.IGNORECASE)


@cache
def _unit_label_words() -> re.Pattern[str]:
    return re.compile(_rels_yaml()["unit_label_words"])


@cache
def _run_by_not_after() -> re.Pattern[str]:
    return re.compile(_rels_yaml()["run_by_not_after"] + r"[^.;:]{0,60}$", re.IGNORECASE)


@cache
def _unnamed_classes() -> dict[str, str]:
    return {k.lower(): v for k, v in (_programs_yaml().get("unnamed_events") or {}).items()}


@cache
def _unnamed_nouns() -> re.Pattern[str]:
    """Unnamed event nouns, longest first, with an optional ordinal ("second expert mission")."""
    progs = _programs_yaml()
    ords = "|".join(re.escape(o) for o in progs.get("unnamed_ordinals") or ())
    body = "|".join(re.escape(k) for k in sorted(_unnamed_classes(), key=lambda k: (-len(k), k)))
    return re.compile(rf"\b(?:(?:{ords})\s+)?(?:{body})\b(?!-)", re.IGNORECASE)


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
