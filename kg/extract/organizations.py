"""Organizations: the name finder's rules for bodies named by what they are, units, ministries and org spans.

:class:`OrganizationRules` is mixed into the finder of :mod:`kg.extract.mentions`.
"""

from __future__ import annotations

import re

from .entities import _MISSIONS, UNIT_CLASSES, _join, _the, _top
from .people import _namey
from .programs import _programs_yaml
from .resolve import normalize
from .text import Sentence, Token, chunks, is_cap

__all__ = ["OrganizationRules"]


class OrganizationRules:
    """Rules for organizations (a mixin of the name finder; ``self`` is the finder)."""

    def governments(self, s: Sentence) -> None:
        """ "the ROK government", "the Korean government": the country's government, based in it."""
        toks = s.tokens
        for x in list(self.cur):
            if self.out.entities[x.key].cls != "Country" or x.j >= len(toks) or toks[x.j].text.lower() != "government":
                continue
            written = f"{_join(toks[x.i : x.j])} government"
            label = f"Government of {_the(self.out.entities[x.key].label)}"
            m = self.reg.lookup(written, "Organization")
            key = self.entity("GovernmentAgency", self.reg.label[m.id] if m else label, toks[x.i].start)
            self.alias(key, written)
            self.cur.remove(x)
            self.mention(s, key, x.i, x.j + 1)
            self.fact(key, "basedIn", x.key, s, conf=0.8)
        # "the Korean government", "the Indonesian Government"
        for i, iso in self.demo:
            if i + 1 >= len(toks) or toks[i + 1].text.lower() != "government" or i == 0:
                continue
            if toks[i - 1].text.lower() not in ("the", "of", "by"):
                continue
            if any(m.i <= i + 1 < m.j or m.i <= i < m.j for m in self.cur):
                continue
            rid = self.country_reg.get(iso)
            ckey = self.entity("Country", self.reg.label[rid], 0) if rid else self.country(iso, iso.upper())
            written = f"{toks[i].text} government"
            label = f"Government of {_the(self.out.entities[ckey].label)}"
            m = self.reg.lookup(label, "Organization")
            key = self.entity("GovernmentAgency", self.reg.label[m.id] if m else label, toks[i].start)
            self.alias(key, written)
            self.mention(s, key, i, i + 2)
            self.fact(key, "basedIn", ckey, s, conf=0.75)

    def unit_of(self, s: Sentence, key: str, i: int, j: int) -> None:
        """A unit named after its parent: "APO Secretariat Industry Department" is partOf "APO Secretariat"."""
        toks = s.tokens
        for k in range(j - 1, i, -1):
            ptext = _join(toks[i:k])
            if toks[k].text in ("and", "&", ","):
                continue  # "Ministry of Industry and Trade" is no unit of a "Ministry of Industry"
            parent = self.out.names.get(normalize(ptext)) or self.known(ptext)
            if parent and parent != key and _top(self.out.entities[parent].cls) == "Organization":
                self.fact(key, "partOf", parent, s)
                self.unit_of(s, parent, i, k)
                return

    def org_or_program_class(self, toks: list[Token], i: int, j: int) -> str | None:
        lex = self.lex
        words = [t.bare for t in toks[i:j]]
        if not words:  # (an empty part of a list: "A and the and B")
            return None
        if len(words) > 2 and re.fullmatch(r"(?:19|20)\d\d", words[-1]):  # "... Startup Challenge 2022"
            words = words[:-1]
        if len(words) > 2 and words[0] in lex.title_heads and words[1] == "for":
            return None  # "Deputy for Micro Enterprises": a title and its remit, not a firm
        if len(words) > 2 and any(" ".join(words).startswith(f"{x} ") for x in lex.intergovernmental_starts):
            return "IntergovernmentalOrganization"
        last = words[-1]
        last2 = " ".join(words[-2:])
        if last == "City" and len(words) > 1 and "of" not in words:  # "Mandaue City", "Lapu-Lapu City"
            return "City"
        if last in lex.program_heads and not (len(words) > 2 and words[-2] == "of"):
            return lex.program_heads[last]
        for n in range(1, len(words) - 1):  # "Productivity Voucher for SMEs", "Workshop on X": the head before
            after = (
                ("for", "on", "of") if words[n] in (_programs_yaml().get("heads_before_of") or ()) else ("for", "on")
            )
            if words[n + 1] in after and words[n] in lex.program_heads and words[0] not in lex.org_starts:
                return lex.program_heads[words[n]]
        for w in (last2, last):
            if w in lex.place_heads and w not in lex.org_heads:
                rest = words[: -len(w.split())]
                if rest and all(x in lex.demonyms or x in lex.countries or x in lex.regional_adjectives for x in rest):
                    return None  # "the European Market": not a named place
                return "Place"
        cls = lex.org_heads.get(last2) or lex.org_heads.get(last)
        for n in (1, 2):  # "SME Corporation Malaysia": the country closes the name of a body
            if cls is None and len(words) > n + 1 and " ".join(words[-n:]) in lex.countries:
                cls = lex.org_heads.get(words[-n - 1])
        if len(words) > 2 and words[1] in ("of", "for") and lex.org_starts.get(words[0]) == "Ministry":
            cls = "Ministry"  # "Ministry of Industries" is a ministry whatever its last word
        if cls is None and len(words) > 2 and words[1] in ("of", "for"):
            cls = lex.org_starts.get(words[0])
        if cls is None and len(words) > 1 and words[0] in lex.org_starts and words[0] in lex.org_heads:
            cls = lex.org_starts[words[0]]
        if cls is None and "of" in words[1:]:
            cls = lex.org_heads.get(words[words.index("of", 1) - 1])
        if cls is None:
            return None
        if cls in ("Organization", "GovernmentAgency") and any(w in lex.productivity_words for w in words):
            return "ProductivityOrganization"
        if cls == "OrganizationalUnit" and words[0] in ("Department", "Division") and "of" in words:
            return "GovernmentAgency"
        if last in lex.place_heads and last in ("Park", "Zone", "Estate", "Cluster", "Village", "Town"):
            return "Place" if last != "Park" else "Incubator"
        return cls

    def ministry_of(self, s: Sentence, o: int, e: int, remit_first: bool = False) -> str:
        """The ministry a "Minister of X" title names, from the words X at tokens o..e (with "X, Country"
        placing it); with ``remit_first`` ("Trade Undersecretary X"), the words may be some of its name's."""
        toks = s.tokens
        span_text, country = self.strip_country(_join(toks[o:e]))
        remit = None
        if self.org_or_program_class(toks, o, e) != "Ministry":  # not "Secretary of the Ministry of Trade"
            remit, span_text = span_text, f"Ministry of {span_text}"
        # "Deputy Minister of MIMT": the ministry by its abbreviation
        acronym = self.known(remit) if remit and remit.isupper() and " " not in remit else None
        if acronym and self.out.entities[acronym].cls != "Ministry":
            acronym = None
        org = acronym or self.known(span_text) or (remit and remit_first and self.ministry_with_remit(remit))
        if not org and remit:  # "Minister for Trade, Co-operatives, ..." cut at its first comma: the item's ministry
            # whose remit list opens with these words
            found = [
                k
                for k, x in self.out.entities.items()
                if x.cls == "Ministry" and x.label.startswith((f"{span_text}, ", f"{span_text} and "))
            ]
            org = found[0] if len(found) == 1 else None
        org = org or self.entity("Ministry", span_text, toks[o].start)
        self.mention(s, org, o, e)
        if country:
            self.fact(org, "basedIn", country, s)
        return org

    def ministry_with_remit(self, remit: str) -> str | None:
        """The one ministry or department of the item whose name holds every word of ``remit`` ("Trade
        Undersecretary X" after "the Department of Trade and Industry")."""
        words = set(remit.replace(",", " ").split()) - {"and", "&"}
        found = [
            k
            for k, e in self.out.entities.items()
            if e.cls in ("Ministry", "GovernmentAgency")
            and e.label.startswith(("Ministry of ", "Department of "))
            and words <= set(e.label.replace(",", " ").split())
        ]
        return found[0] if len(found) == 1 else None

    def unit_label(self, parent: str, unit: str) -> str:
        """A unit's label, named as the registry names the units of that parent ("APO Secretariat Industry
        Department"), else "Unit, Parent" ("Faculty of Engineering, University of Peradeniya")."""
        pe = self.out.entities[parent]
        plabel = pe.label
        if any(label.startswith(f"{plabel} ") for label in self.reg.label.values()):
            return f"{plabel} {unit}"
        if pe.cls in UNIT_CLASSES and pe.reg is None:  # "Department, College" (not its university too)
            plabel = plabel.split(", ")[0]
        return f"{unit}, {plabel}"

    def named_unit(self, parent: str, name: str, s: Sentence, start: int, cls: str = "OrganizationalUnit") -> str:
        """The unit ``name`` of ``parent`` found with it: labelled as the curators label units (:meth:`unit_label`),
        its own name an alias, part of the parent."""
        label = self.unit_label(parent, name)
        key = self.known(label) or self.entity(cls, label, start, (name,))
        self.fact(key, "partOf", parent, s)
        return key

    def label_as_unit(self, key: str, parent: str) -> None:
        """Name a new unit found with its parent as the curators do (:meth:`unit_label`), once."""
        ent, plabel = self.out.entities[key], self.out.entities[parent].label
        if ent.reg is None and ", " not in ent.label and not ent.label.startswith(plabel) and not ent.abbreviated:
            short, ent.label = ent.label, self.unit_label(parent, ent.label)
            self.alias(key, short)
            if ent.cls == "Organization":
                ent.cls = "OrganizationalUnit"

    def org_after_comma(self, toks: list[Token], k: int) -> bool:
        """An organization name starts at ``k`` (not a country, a city or a lower-case clause)."""
        while k < len(toks) and toks[k].text == "the":
            k += 1
        if k >= len(toks) or not is_cap(toks[k]) or toks[k].text in self.lex.legal_forms:
            return False
        text = _join(toks[k : self.org_end(toks, k)])
        return not (self.lex.countries.get(text) or self.lex.countries.get(f"the {text}") or text in self.lex.cities)

    def strip_country(self, text: str) -> tuple[str, str | None]:
        """A name without the country that ends it ("Ministry of Industry of Thailand", "Ministry of Industry,
        Thailand"), and that country's key."""
        if text.startswith(_MISSIONS):
            return text, None  # "Embassy of Nepal" is Nepal's, elsewhere
        for m in (re.match(r"^(.*) of (the )?(.+)$", text), re.match(r"^(.+?), (the )?([^,]+)$", text)):
            if m:
                iso = self.lex.countries.get(m.group(3)) or self.lex.countries.get(f"the {m.group(3)}")
                if iso:
                    return m.group(1), self.country(iso, m.group(3))
        return text, None

    def org_end(self, toks: list[Token], o: int) -> int:
        for a, b in chunks(toks[o:]):
            if a != 0:
                return o
            end = o + b
            for k in range(o + 1, end - 1):  # "Minister of Industries and APO Director ..."
                the = toks[k + 1].text == "the"  # "... Center and the APO Alternate Director for the ROC"
                if toks[k].text == "and" and any(
                    t.bare in self.lex.title_heads for t in toks[k + 1 + the : k + 4 + the]
                ):
                    return k
                q = k + 1 + the + (toks[k + 1 + the].text.isupper() and k + 2 + the < end)  # "and APO National ..."
                e = q
                while e < end and toks[e].bare in self.title_tokens:
                    e += 1
                if toks[k].text == "and" and any(t.bare in self.lex.title_heads for t in toks[q:e]):
                    return k  # "Director of Productivity Development and APO National Liaison Officer for Indonesia"
                if toks[k].text == "and" and self.is_honorific(toks, k + 2):
                    return k  # "of Hitotsubashi University and Dr. Anan Chai": the next person
                # "Ministry of Industry, and Ariel Santos, Director, ...": the list of people goes on
                if toks[k].text == "and" and toks[k - 1].text == ",":
                    n = k + 1
                    while n < len(toks) and n - k <= 4 and _namey(toks[n], self.lex, self.title_tokens):
                        n += 1
                    if (
                        n - k >= 3
                        and n + 1 < len(toks)
                        and toks[n].text == ","
                        and toks[n + 1].bare in self.title_tokens
                    ):
                        return k - 1
            return end
        return o

    def head_back_reference(self, text: str) -> str | None:
        """A bare head word ("Chamber Vice Chairman X") refers back to the only organization of the
        article whose name has that head ("Isfahan Chamber of Commerce ...")."""
        if " " in text or text not in self.lex.org_heads:
            return None
        found = {
            k
            for k, e in self.out.entities.items()
            if _top(e.cls) == "Organization"
            # a unit by its own name ("Productivity and Development Center, DAP" is a center, not an academy)
            and text in (e.label.split(", ")[0].split(" of the ")[0] if e.cls in UNIT_CLASSES else e.label).split()
            and e.label != text
        }
        if not found:  # "the Secretariat" in an item naming the APO: the registry's "APO Secretariat"
            for k, e in self.out.entities.items():
                if _top(e.cls) != "Organization" or not e.first:
                    continue
                for n in (e.label, *e.aliases, *self.reg.aliases.get(k, ())):
                    m = self.reg.lookup(f"{n} {text}")
                    if m and m.score >= 100 and self.reg.top[m.id] == "Organization":
                        found.add(m.id)
            if len(found) == 1:
                rid = found.pop()
                return self.entity(self.reg.cls[rid], self.reg.label[rid], 0)
        return found.pop() if len(found) == 1 else None

    def tail_back_reference(self, text: str) -> str | None:
        """A remit named alone ("Director General of Strategic Research and Productivity") refers back to the
        only organization of the item named by a head and that remit ("General Directorate of Strategic Research
        and Productivity")."""
        n = normalize(text)
        if " " not in n:
            return None
        found = {
            k
            for k, e in self.out.entities.items()
            if _top(e.cls) == "Organization" and any(normalize(x).endswith(f" of {n}") for x in (e.label, *e.aliases))
        }
        return found.pop() if len(found) == 1 else None

    def short_back_reference(self, text: str) -> str | None:
        """A body's name shortened to its last words or to what comes before "of" ("Planning Commission" of the
        "National Planning Commission", "Kanto Bureau" of the "Kanto Bureau of Economy, Trade and Industry"):
        the item's only organization so named."""
        words = text.split()
        if len(words) < 2 or words[-1] not in self.lex.org_heads:
            return None
        n = normalize(text)
        found = {
            k
            for k, e in self.out.entities.items()
            if _top(e.cls) == "Organization"
            and any(
                (normalize(x).endswith(f" {n}") and not normalize(x).endswith(f" and {n}"))  # (not "A and B")
                or normalize(x).startswith(f"{n} of ")
                for x in (e.label, *e.aliases)
            )
        }
        return found.pop() if len(found) == 1 else None

    def abbreviated_parent(self, toks: list[Token], a: int, b: int) -> int | None:
        """The "of" before the parent in "Bureau of X of the Department of Trade and Industry (DTI)" (tokens
        ``a``..``b``, the brackets after them): the bracketed letters are the initials of a body named after it,
        and a unit word comes before it; else None."""
        if not (b + 2 < len(toks) and toks[b].text == "(" and toks[b + 2].text == ")"):
            return None
        letters = "".join(c for c in toks[b + 1].text if c.isupper())

        def start(q: int) -> int:
            return q + 1 + (toks[q + 1].text == "the")

        cut = next(
            (
                q
                for q in range(b - 2, a, -1)
                if toks[q].text == "of" and "".join(t.text[0] for t in toks[start(q) : b] if is_cap(t)) == letters
            ),
            None,
        )
        if cut is None or len(letters) < 2 or not self.org_or_program_class(toks, start(cut), b):
            return None  # "National Bureau of Agricultural Commodity and Food Standards (ACFS)" is one body
        units = self.lex.unit_heads | set(self.lex.unit_of_parent_words)
        return cut if any(t.bare in units for t in toks[a:cut]) else None

    def unit_of_abbreviated_parent(self, s: Sentence, a: int, b: int) -> str | None:
        """ "the Bureau of SME Development of the Department of Trade and Industry (DTI)": when the letters in
        brackets abbreviate the body after an "of (the)" (:meth:`abbreviated_parent`), that body is the parent
        and the words before it a unit of it (the abbreviation is the parent's, not the unit's)."""
        toks = s.tokens
        cut = self.abbreviated_parent(toks, a, b)
        if cut is None or self.known(_join(toks[a:b])):
            return None
        p = cut + 1 + (toks[cut + 1].text == "the")
        parent = self.org_span(s, p, b, force=True)
        if parent is None:
            return None
        cls = self.org_or_program_class(toks, a, cut)
        cls = cls if cls in UNIT_CLASSES else "OrganizationalUnit"  # "College of Business": an academic unit
        key = self.named_unit(parent, _join(toks[a:cut]), s, toks[a].start, cls)
        self.mention(s, key, a, cut)
        return key

    def org_span(self, s: Sentence, a: int, b: int, force: bool = False) -> str | None:
        """The organization written in tokens a..b (known, or new when it has an organization head)."""
        toks = s.tokens
        # ("Dr. Mohd Faizal bin Rahim" names a person; "Seri Mutiara Plastics" a firm)
        if b <= a or (toks[a].text in self.lex.honorifics and toks[a].text.endswith(".")):
            return None
        q = next((q for q in range(a + 1, b - 1) if toks[q].text in ("'", "’") and toks[q - 1].text.endswith("s")), 0)
        if q and not (self.known(_join(toks[a:q])) or self.org_or_program_class(toks, a, q)):
            q = 0  # "the Vietnam Food Exporters' Support Center": the plural's apostrophe is inside one name
        if q:  # "the University of the Philippines' Virata School of Business": a unit of the owner
            owner = self.org_span(s, a, q, force)
            e, name = self.unit_after(toks, q + 1)
            if owner and e == b and name:
                return self.possessive_unit(s, owner, q + 1, e, name)
        text = _join(toks[a:b])
        split = self.unit_of_abbreviated_parent(s, a, b)
        if split:
            return split
        text2, country = self.strip_country(text)
        key = (
            self.known(text)
            or self.known(text2)
            or self.head_back_reference(text)
            or self.tail_back_reference(text)
            or self.short_back_reference(text)
        )
        if key is None and re.search(r"\w['’]s ", text):  # "the APO Secretariat's Industry Department"
            key = self.known(re.sub(r"['’]s ", " ", text))
        units = "|".join(self.lex.unit_of_parent_words)
        of = re.fullmatch(rf"(.+? (?:{units})) of (?:the )?(.+)", text)
        parent = self.known(of.group(2)) if key is None and of else None
        if parent and _top(self.out.entities[parent].cls) == "Organization":
            # "the Agriculture Department of the APO Secretariat": a unit of a known body
            label = self.unit_label(parent, of.group(1))
            key = self.known(label) or self.entity("OrganizationalUnit", label, toks[a].start, (text,))
            self.fact(key, "partOf", parent, s)
        if key is None:  # "Operations Manager of Pacific Harvest Foods" after "Pacific Harvest Foods Ltd."
            key = self.first_word(text)
            if key and re.search(r" (?:of|and) ", self.out.entities[key].label):
                key = None  # a name the chunker ran on ("A Co., Ltd. of Changwon and B Co. of Daegu")
        if key is None:
            cls = self.org_or_program_class(toks, a, b)
            if cls is None and not force:
                return None
            cls = cls or "Organization"
            if _top(cls) != "Organization":
                if not force:
                    return None
                cls = "Organization"
            key = self.entity(cls, text, toks[a].start, (text2,) if text2 != text else ())
        if _top(self.out.entities[key].cls) != "Organization":
            return None
        self.mention(s, key, a, b)
        if country:
            self.fact(key, "basedIn", country, s)
        self.after_name(s, key, b)
        return key
