"""Events the text does not name ("made an official visit to Dhaka", "the delegation's trip") and the
parts of a program (a workshop "held under" a scheme, "the second module"), for
:mod:`~kg.extract.relations`."""

from __future__ import annotations

import itertools
import re
from functools import cache

from .entities import Entity, Mention, _short_name, _the
from .lexicon import _rels_yaml
from .programs import _programs_yaml
from .resolve import normalize
from .text import Sentence

__all__ = ["EventRules"]


class EventRules:
    """Rules for unnamed events and program parts (a mixin of the relation finder; ``self`` is the finder)."""

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
