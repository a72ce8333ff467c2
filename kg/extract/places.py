"""Where things are: the places and countries of programs, organizations and people, for
:mod:`~kg.extract.relations` (heldIn, locatedIn, basedIn; a visit's host country; a program held where its
sites are)."""

from __future__ import annotations

import re
from functools import cache

from .entities import Mention
from .lexicon import _read
from .text import Sentence

__all__ = ["PlaceRules"]


class PlaceRules:
    """Rules for heldIn, locatedIn and basedIn (a mixin of the relation finder; ``self`` is the finder)."""

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
            # (a productivity organization is the host's when it organized a program: those of the other member
            # economies take part from abroad)
            hosting = e.cls != "ProductivityOrganization" or any(
                st.subject == key and st.relation == "organized" for st in self.out
            )
            if e.cls in classes and key not in placed and hosting:
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
def _orgs_yaml() -> dict:
    return _read("organizations.yaml")
