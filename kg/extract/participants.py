"""Who took part, visited, won or was quoted: participants by country or demonym, delegation members,
sites visited and their staff, for :mod:`~kg.extract.relations`."""

from __future__ import annotations

import re
from functools import cache

from .entities import Mention, is_mission
from .lexicon import _rels_yaml
from .programs import _programs_yaml
from .resolve import normalize
from .text import Sentence

__all__ = ["ParticipantRules"]


class ParticipantRules:
    """Rules for participants, visits and delegations (a mixin of the relation finder; ``self`` is the finder)."""

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
            # (an embassy that accompanies its country's delegation is abroad)
            and not is_mission(self.m.entities[st.object].label)
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
