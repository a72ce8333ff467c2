"""Find the names in an article: organizations, programs, people (with titles), countries and places.

Rules, in the order they apply to each capitalised chunk of a sentence:

1. ``ORG TITLE [honorific] PERSON`` ("KPC International Cooperation Director Taiho Kang");
2. an honorific and a name ("Dr. Haruto Kobayashi", or "Dr. Kobayashi" referring back);
3. a name already known: registry labels/aliases, abbreviations defined in the
   text, countries (pycountry + APO forms), cities, people seen earlier;
4. an organization or program head word ("... University", "... Challenge");
5. a name followed by "(Country)" or ", TITLE ..." is a person;
6. an unknown name followed by ", a <firm/incubator...>" or visited takes that class.

Program names written in lower case ("an observational study mission (OSM) on
SME Development") are found by :func:`find_programs` first.

The finder's rules live by concept: people in :mod:`kg.extract.people`, their titles in :mod:`kg.extract.titles`,
organizations in :mod:`kg.extract.organizations`, programs in :mod:`kg.extract.programs`;
this module holds the entity table, the per-sentence walk over capitalised chunks and
known names. What it records is defined in :mod:`kg.extract.entities`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from .dates import word_number
from .entities import _MISSION_OF, _MISSIONS, UNIT_CLASSES, Entity, Mention, Mentions, Stmt, _join, _top, is_mission
from .leading_titles import LeadingTitleRules
from .lexicon import lexicon
from .organizations import OrganizationRules
from .people import _TEAMS_BEFORE, PeopleRules, _cap, _namey, _plural_titles
from .programs import ProgramRules, _apposition_kind, _programs_yaml
from .resolve import Registry, normalize
from .roles import RoleRules
from .text import Sentence, Token, chunks, is_cap, split_at
from .titles import TitleRules

__all__ = ["Entity", "Mention", "Mentions", "Stmt", "find_mentions"]

# "two Phnom Penh firms, ": a number, a place (group 1, may be empty), the kind of the bodies listed next (group 2)
_LISTED = (
    r"\b(?:two|three|four|five|six|several|\d+)\s+((?:[A-Z][\w-]+\s+){0,2})(?:[a-z-]+\s+){0,2}?([a-z]+?)s\s*[,:]\s*"
)
_LISTED_HEAD = re.compile(_LISTED + r"(?:namely\s+)?")
# "Three Pune-based firms were selected as demonstration companies: A, B and C": the place's bodies, listed after a
# colon that closes the clause
_LISTED_BASED = re.compile(
    r"\b(?i:two|three|four|five|six|several|\d+)\s+([A-Z][\w ]*?)-based\s+"
    r"(?:[a-z-]+\s+){0,2}?([a-z]+?)s\b[^.;:]{0,80}:\s*"
)
# ... and the list so far, right before a name ("two Phnom Penh firms, A, B and ")
_LISTED_KIND = re.compile(_LISTED + r"(?:namely\s+)?(?:[^;:]*?(?:,|\band)\s+)?$")
_ABBR = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Za-z][A-Za-z0-9&.\- ]{1,14}$")
_FUNCTION_WORDS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our"})
_PERSON_CLASSES = frozenset({"Person", "Expert", "Official"})
# "Three Korean experts served as resource persons": a count (group 1) of people of one country (group 2)
_COUNTED_EXPERTS = re.compile(
    r"\b((?i:two|three|four|five|six|\d))\s+([A-Z][a-z]+)\s+(?:experts|resource persons|speakers|specialists"
    r"|consultants|professors|trainers|lecturers)\b"
)
_PROGRAM_NOUNS = ("program", "programme", "initiative", "series", "scheme")  # after a name, make it a program


_RECEIVED_AT = re.compile(
    r"\s+(?:received|welcomed|hosted|greeted|met|guided)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}at\s+(?:the\s+)?"
)


@cache
def _unit_of() -> re.Pattern[str]:
    """ "X Department of (the) Y": a unit X of the body Y."""
    return re.compile(rf"(\S.*\b(?:{'|'.join(lexicon().unit_of_parent_words)})) of (?:the )?(\S.*)")


def _short_of(short: str, name: str) -> bool:
    """``short`` is ``name`` cut before its "of" ("ceylon chamber" of "ceylon chamber of commerce"; not "ministry of
    industry" of a longer "ministry of industry of ...", nor a list "... of x and the y").

    >>> _short_of("ceylon chamber", "ceylon chamber of commerce"), _short_of("ceylon", "ceylon of x and the y")
    (True, False)
    """
    return " of " not in f" {short} " and name.startswith(f"{short} of ") and " and the " not in name


def _initials_form(short: str, name: str) -> bool:
    """``short`` writes the remit of ``name`` by its initials ("ministry of msme" of "ministry of micro small and
    medium enterprises").

    >>> _initials_form("ministry of msme", "ministry of micro smes"), _initials_form("ministry of ms", "ministry of x")
    (True, False)
    """
    head, of, rest = short.partition(" of ")
    if not of or " " in rest or len(rest) < 2 or not name.startswith(f"{head} of "):
        return False
    remit = name[len(head) + 4 :].replace("smes", "small medium enterprises")  # (normalize() writes "SMEs" so)
    words = [w for w in remit.split() if w not in ("and", "the", "of", "for")]
    return len(words) > 1 and "".join(w[0] for w in words) == rest.removesuffix("s")


def _short_form(short: str, name: str) -> bool:
    """``short`` abbreviates ``name`` word by word ("SME Corp. Malaysia" of "SME Corporation Malaysia").

    >>> name = "SME Corporation Malaysia"
    >>> _short_form("SME Corp. Malaysia", name), _short_form("Malaysia", name)
    (True, False)
    """
    a, b = short.replace(".", " ").split(), name.split()
    return 1 < len(a) == len(b) and a != b and all(y.startswith(x) for x, y in zip(a, b, strict=True))


def _long_form_start(toks: list[Token], i: int, j: int) -> int:
    """Where the long form of "NAME (ABBR)" starts in the capitalised run ``[i, j)``: after a list's "and (of)
    (the)" when the initials of the words from there on, and not of the whole run, give the abbreviation's
    letters ("the SME Foundation and the Bangladesh Small and Cottage Industries Corporation (BSCIC)"), else
    ``i``."""
    letters = "".join(c for c in toks[j + 1].text if c.isupper())

    def initials(a: int) -> str:
        return "".join(t.text[0] for t in toks[a:j] if is_cap(t))

    if initials(i) == letters:
        return i
    cut = next((a for a in range(j - 1, i + 1, -1) if initials(a) == letters), i)
    k = cut - 1
    while k > i and toks[k].text in ("the", "of"):
        k -= 1  # "... and of the National Productivity Secretariat (NPS)"
    if cut > i + 1 and toks[k].text == "and":
        return cut
    lex = lexicon()
    words = lex.title_heads | lex.title_modifiers | lex.title_after_head
    if (
        cut > i
        and "of" in (t.text for t in toks[k + 1 : cut])
        and (
            (all(t.bare in words for t in toks[i : k + 1]) and any(t.bare in lex.title_heads for t in toks[i : k + 1]))
            or (toks[k].bare in lex.title_heads and k > i and toks[k - 1].text == "and")  # "... and Head of the X (X)"
        )
    ):
        return cut  # "Chairman of the National Development and Innovation Committee (NDIC)": no title in the name
    return i


def _subspans(i: int, j: int) -> list[tuple[int, int]]:
    """Sub-spans longest first, left to right (for known names inside an unknown chunk)."""
    return [(a, a + n) for n in range(j - i - 1, 0, -1) for a in range(i, j - n + 1)]


class _Finder(PeopleRules, TitleRules, LeadingTitleRules, RoleRules, OrganizationRules, ProgramRules):
    def __init__(self, sents: list[Sentence], registry: Registry, country_top: dict[str, str]):
        self.lex = lexicon()
        self.sents = sents
        self.reg = registry
        self.out = Mentions()
        self.country_reg = country_top  # iso -> registry id of that country
        self.taken: set[int] = set()  # token starts already inside a mention
        self.title_tokens = self.lex.title_heads | self.lex.title_modifiers | self.lex.title_after_head
        self.professors: dict[str, str] = {}  # people written "Prof. X" / "Assoc. Prof. Y": their title
        self.site_titles: list[tuple[str, str, tuple[str, ...]]] = []  # a title before a name, the site before it
        self.hosts_after: list[tuple[str, int, tuple[str, ...]]] = []  # a title before a name, the site after it
        # a head of mission: person, title, sender, post, the sender's demonym as written, sentence
        self.envoys: list[tuple[str, str, str | None, str, str, int]] = []
        # a title with no body before or after a name: (person, sentence, title's token, titles, title after name)
        self.orphans: list[tuple[str, int, int, tuple[str, ...], bool]] = []
        self.sentence_index = 0
        self.forward = self.defined_abbreviations()
        self.mentioned: set[str] = set()

    # -- entity table --------------------------------------------------------------
    def entity(
        self, cls: str, label: str, start: int, aliases: tuple[str, ...] = (), named: bool = True, exact: bool = False
    ) -> str:
        label = label.strip(" ,;:")
        norm = normalize(label)
        if norm in self.out.names:
            key = self.out.names[norm]
            ent = self.out.entities[key]
            for a in aliases:
                self.alias(key, a)
            return key
        top = _top(cls)
        match = self.reg.lookup(label, None if exact else top)  # exact: no fuzzy match ("JPC" vs "APO" ...)
        if match and self.reg.top[match.id] != top:
            match = None
        if match is None and not exact:
            for a in aliases:
                if len(normalize(a)) > 4:
                    match = self.reg.lookup(a, top)
                    if match:
                        break
        if match is None and top == "Organization" and (unit := self.unit_of_named_parent(label, start)):
            return unit
        if match is None and top == "Organization" and (unit := self.unit_after_abbreviation(label, start)):
            return unit
        if match is None and cls == "Firm" and (firm := self.firm_of_town(label, start, aliases)):
            return firm
        key = match.id if match else f"new:{norm}"
        same = self.name_variant(cls, norm) if match is None and top in ("Organization", "Program") else None
        if same:
            ent = self.out.entities[same]
            if len(label) > len(ent.label):  # one body or program, under the longer name
                ent.aliases.append(ent.label)
                ent.label = label
            else:
                self.alias(same, label)
            self.out.names.setdefault(norm, same)
            return same
        if key in self.out.entities:
            ent = self.out.entities[key]
            if normalize(label) not in {normalize(x) for x in (ent.label, *ent.aliases)}:
                ent.aliases.append(label)
        else:
            cls = self.reg.cls[match.id] if match else cls
            ent = Entity(key, cls, self.reg.label[match.id] if match else label, [], match, start, named)
            self.out.entities[key] = ent
        self.out.names.setdefault(norm, key)
        for a in aliases:
            self.alias(key, a)
        if cls in _PERSON_CLASSES or top == "Person":
            toks = label.split()
            if len(toks) > 1:
                names = {toks[0], toks[-1], " ".join(toks[-2:]) if toks[-2][0].islower() else toks[-1]}
                if len(toks) > 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", toks[-1]):
                    names.add(toks[-2])  # "Peter Wong Kar-ming": an English name, then the family's and given names
                if len(toks) > 2 and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in toks[:2]):
                    names.add(" ".join(toks[:2]))  # "Dr. Noor Azlina" after "Dr. Noor Azlina Hassan": the given names
                if len(toks) > 2 and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in toks[-2:]):
                    names.add(" ".join(toks[-2:]))  # "Ms. Lan Anh" after "Ms. Nguyen Thi Lan Anh": the given names
                for s in names:
                    n = normalize(s)
                    if n in self.out.surnames and self.out.surnames[n] != key:
                        self.out.surnames[n] = None  # two people share it: never guess
                    else:
                        self.out.surnames[n] = key
        return key

    def name_variant(self, cls: str, norm: str) -> str | None:
        """A new entity of class ``cls`` named a shorter or longer way than ``norm``: "the Ceylon Chamber" in a
        headline and "the Ceylon Chamber of Commerce" in the text (a body cut before its "of"); "Workshop on X" in a
        fact box and "the Workshop on X for SMEs" in the text (a named program's words run on); "the Ministry of
        MSME" after "the Ministry of Micro, Small and Medium Enterprises"."""
        for k, e in self.out.entities.items():
            if e.cls != cls or not k.startswith("new:"):
                continue
            other = normalize(e.label)
            if _top(cls) == "Program":
                if e.named and (norm.startswith(f"{other} ") or other.startswith(f"{norm} ")):
                    return k
            elif len(norm.split()) > 1 and (
                _short_of(norm, other)
                or _short_of(other, norm)
                or _initials_form(norm, other)  # "the Ministry of MSME" after "the Ministry of Micro, Small and ..."
                or _initials_form(other, norm)
            ):
                return k
        return None

    def firm_of_town(self, label: str, start: int, aliases: tuple[str, ...]) -> str | None:
        """ "Jayasinghe Coir Products of Kuliyapitiya", "Kuih Warisan Sdn Bhd of Bukit Mertajam": a firm's name
        ends before "of" and the town after it, where the firm is (the gazetteer may not know a small town)."""
        of = re.fullmatch(r"(\S+ .*?) of ([A-Z][\w-]+(?: [A-Z][\w-]+)?)", label)
        if of is None or self.lex.org_heads.get(of.group(1).split()[-1]) != "Firm":
            return None
        town = of.group(2)
        if any(w in self.lex.org_heads or w in self.title_tokens for w in town.split()) or self.lex.countries.get(town):
            return None
        key = self.entity("Firm", of.group(1), start, aliases)
        place = self.place_named(town, start) or self.entity("City", town, start)
        self.fact(key, "basedIn", place, self.sents[self.sentence_index], conf=0.7)
        return key

    def unit_after_abbreviation(self, label: str, start: int) -> str | None:
        """A unit written after its parent's abbreviation ("KPC Global Cooperation Center", "VCCI Can Tho Branch",
        "OECD Centre for Entrepreneurship, SMEs, Regions and Cities"): part of that body, labelled "X, Parent" like
        other units."""
        words = label.split()
        if len(words) < 3 or not (words[0].isupper() and len(words[0]) > 1):
            return None
        rest = words[1:]
        if any(w in self.lex.title_heads for w in rest):
            return None  # "APO Program Officer X of the Industry Department": a person's title, not a unit's name
        unit_word = next((w for w in rest if w in self.lex.unit_after_abbreviation_words), None)
        if unit_word is None or not (rest[-1] == unit_word or rest[rest.index(unit_word) + 1] in ("on", "for")):
            return None  # the unit word ends the name, or a remit follows it ("OECD Centre for Entrepreneurship")
        parent = self.known(words[0])
        if parent is None or _top(self.out.entities[parent].cls) != "Organization":
            return None
        if self.known(" ".join(words[:2])):
            return None  # "APO Secretariat Agriculture Department": a unit of the registry's "APO Secretariat"
        key = self.named_unit(parent, " ".join(rest), self.sents[self.sentence_index], start)
        self.alias(key, label)
        return key

    def unit_of_named_parent(self, label: str, start: int) -> str | None:
        """A unit named "X of the Y" where Y is a body of the item ("Khorasan Razavi Provincial Office of NIPO",
        "Productivity and Development Center of the Development Academy of the Philippines") is part of that body
        and labelled as the curators label units ("X, Y"; "APO Secretariat X" for the registry's)."""
        of = _unit_of().fullmatch(label)
        if of is None:
            return None
        parent = self.known(of.group(2))
        head = self.lex.org_heads.get(of.group(2).split()[-1])
        if parent is None and head and _top(head) == "Organization" and len(of.group(2).split()) > 1:
            parent = self.entity(head, of.group(2), start)  # "of the Malaysia Productivity Corporation", named first
        if parent is None or _top(self.out.entities[parent].cls) != "Organization":
            return None
        unit = self.unit_label(parent, of.group(1))
        key = self.known(unit) or self.entity("OrganizationalUnit", unit, start, (label,))
        self.alias(key, label)
        self.alias(key, of.group(1))  # "the Khorasan Razavi Provincial Office" later in the item
        self.fact(key, "partOf", parent, self.sents[self.sentence_index])
        return key

    def defined_abbreviations(self) -> dict[str, tuple[int, str, str]]:
        """Organizations defined as "Full Name (ABBR)" anywhere in the item, by abbreviation, so a short
        name used before its definition ("CPC President Dr. Lin ... organized with the China
        Productivity Center (CPC)") is known; abbreviations the registry knows keep their meaning."""
        found: dict[str, tuple[int, str, str]] = {}
        for si, s in enumerate(self.sents):
            toks = s.tokens
            for i, j in chunks(toks):
                if not (j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and j - i > 1):
                    continue
                abbr = toks[j + 1].text
                n = normalize(abbr)
                if n in found or n in self.reg.exact or not _ABBR.match(abbr) or abbr in self.lex.countries:
                    continue
                if j + 3 < len(toks) and toks[j + 3].text in _PROGRAM_NOUNS:
                    continue  # "its Technical Expert Services (TES) program"
                i = _long_form_start(toks, i, j)
                cut = self.abbreviated_parent(toks, i, j)
                if cut is not None:  # "the Bureau of X of the Department of Trade and Industry (DTI)": the parent's
                    i = cut + 1 + (toks[cut + 1].text == "the")
                cls = self.org_or_program_class(toks, i, j)
                if cls and _top(cls) == "Organization":
                    found[n] = (si, cls, _join(toks[i + (toks[i].text in _FUNCTION_WORDS) : j]))
        return found

    def defined_later(self, s: Sentence, i: int) -> str | None:
        """The organization an abbreviation at token ``i`` stands for when the item spells it out later in the
        same sentence or after it ("KOSGEB Vice President X ... the Small and Medium Enterprises Development
        Organization (KOSGEB)")."""
        n = normalize(s.tokens[i].text)
        if n not in self.forward or self.forward[n][0] < self.sentence_index:
            return None
        key = self.spelled_out(n, s.tokens[i].text)
        self.mention(s, key, i, i + 1)
        return key

    def spelled_out(self, n: str, abbr: str) -> str:
        """The organization the abbreviation ``abbr`` (normalized ``n``) is defined as somewhere in the item."""
        _, cls, full = self.forward[n]
        key = self.entity(cls, full, 0)
        self.alias(key, abbr)
        return key

    def alias(self, key: str, alias: str) -> None:
        ent = self.out.entities[key]
        n = normalize(alias)
        if not n or (alias in self.lex.org_heads and _top(ent.cls) == "Organization" and alias != ent.label):
            return  # a bare head ("Government" of "Government of Nepal") names no one body
        # a spelling the text uses is kept ("SME Corp. Malaysia" of "SME Corporation Malaysia"), a case variant not
        if alias.casefold() not in {x.casefold() for x in (ent.label, *ent.aliases)}:
            ent.aliases.append(alias)
        self.out.names.setdefault(n, key)  # the first definition of an abbreviation wins

    def known(self, text: str) -> str | None:
        """Key of a name known so far (text, then registry), country or city."""
        n = normalize(text)
        if n in self.out.names:
            return self.out.names[n]
        if n in self.forward and self.forward[n][0] > self.sentence_index:  # used before it is defined
            return self.spelled_out(n, text)
        iso = self.lex.countries.get(text) or self.lex.countries.get(text.removeprefix("the "))
        if iso:
            return self.country(iso, text)
        if text in self.lex.cities:
            return self.entity("City", text, 0)
        m = self.reg.lookup(text)
        acronym = text.removeprefix("The ").removeprefix("the ").isupper()
        if m and self.reg.top[m.id] == "Program" and acronym and m.id not in self.out.entities:
            # "The OSM brought together ...": a kind's acronym is the item's own study mission named before,
            # not the registry's program that happens to carry it as an alias
            own = [k for k, e in self.out.entities.items() if k.startswith("new:") and e.cls == self.reg.cls[m.id]]
            if len(own) == 1:
                return own[0]
        if m and self.reg.top[m.id] != "Person":
            return self.entity(self.reg.cls[m.id], self.reg.label[m.id], 0)
        of = re.fullmatch(r"(\S.*?) of (?:the )?(\S.+)", text)
        parent = self.reg.lookup(of.group(2), None) if of else None
        if of and parent and parent.score >= 100:
            # "Industry Department of the APO Secretariat" is the registry's "APO Secretariat Industry Department"
            m = self.reg.lookup(f"{self.reg.label[parent.id]} {of.group(1)}", None)
            if m and m.score >= 100 and self.reg.top[m.id] == "Organization":
                key = self.entity(self.reg.cls[m.id], self.reg.label[m.id], 0)
                self.alias(key, text)
                return key
        return None

    def first_word(self, text: str, strict: bool = False) -> str | None:
        """A firm or body of this item called by the first word of its name ("Daesung's plant manager" after
        "Daesung Hydraulics Co., Ltd."), when only one such name starts with it and the word says nothing else;
        ``strict``: only a firm named again without its legal form ("Pacific Harvest Foods")."""
        lex = self.lex
        words = text.split()
        if len(words) > 1 and not strict and words[-1] not in lex.org_heads:
            # "Krishi Sathi", "Malaya Coffee": the one body whose name goes on from these words (a name ending on a
            # body's word, "X University", is a body of its own)
            keys = [
                k
                for k, e in self.out.entities.items()
                if k.startswith("new:")
                and _top(e.cls) == "Organization"
                and (label := e.label.split())[: len(words)] == words
                and len(label) > len(words)
            ]
            if len(keys) == 1:
                return keys[0]
        if len(words) > 1:  # "Pacific Harvest Foods": the one firm whose name goes on with its form only
            keys = [
                k
                for k, e in self.out.entities.items()
                if k.startswith("new:")
                and e.cls in ("Firm", "Organization", "Accelerator", "Incubator")
                and (label := e.label.split())[: len(words)] == words
                and len(label) > len(words)
                # the rest names a firm's form ("Ltd.", "Sdn Bhd"), not another body ("... University Science Park")
                and all(lex.org_heads.get(w.strip(",")) == "Firm" for w in label[len(words) :])
            ]
            return keys[0] if len(keys) == 1 else None
        if (
            len(text) < 3
            or not text[0].isupper()
            or text.isupper()
            or text in lex.demonyms
            or text in lex.regional_adjectives
            or text in self.title_tokens
            or text in lex.org_heads
            or text in lex.calendar
            or lex.place_country(text)  # "Matale" before "Matale Handloom Weavers Society" is the town
        ):
            return None
        keys = [
            k
            for k, e in self.out.entities.items()
            if k.startswith("new:")
            and _top(e.cls) == "Organization"
            and e.label.split()[0] == text
            and len(e.label.split()) > 1
            and e.label.split()[1] not in ("and", "&", "of", "for")  # "Small and Medium Enterprise ..."
        ]
        return keys[0] if len(keys) == 1 else None

    def country(self, iso: str, text: str) -> str:
        key = self.country_entity(iso, text)
        self.out.names.setdefault(normalize(text), key)
        return key

    def country_entity(self, iso: str, text: str) -> str:
        """The country's entity (created unmentioned when needed), without making ``text`` one of its names."""
        rid = self.country_reg.get(iso)
        if rid:
            key = self.entity("Country", self.reg.label[rid], 0)
        else:
            key = f"new:{iso}"
            if key not in self.out.entities:
                import pycountry

                c = pycountry.countries.get(alpha_3=iso.upper())
                label = getattr(c, "common_name", None) or (c.name if c else text)
                self.out.entities[key] = Entity(key, "Country", label, [], None, 0)
        return key

    # -- per sentence ---------------------------------------------------------------
    def run(self) -> Mentions:
        if self.sents:
            self.dateline(self.sents[0])
        for si, s in enumerate(self.sents):
            self.cur: list[Mention] = []
            self.demo: list[tuple[int, str]] = []
            self.taken = set()
            self.sentence_index = si
            self.itinerary_city(si, s)
            self.find_programs(s)
            self.owned_program(s)
            self.abbreviated_program(s)
            spans = chunks(s.tokens)
            for i, j in spans:
                self.chunk(s, i, j)
            self.activity_record(s)
            self.governments(s)
            self.sub_event(s)
            self.predecessor(s)
            self.shared_org(s)
            self.listed_in_place(s)
            self.experts_from_org(s)
            self.represented_by_list(s)
            self.person_represented(s)
            self.contingent_country(s)
            self.bracketed_field_title(s)
            self.colleague_of(s)
            self.title_of_previous_person(s)
            self.owner_clause(s)
            self.site_staff_roles(s)
            self.plural_title_people(s)
            self.envoy(s)
            self.at_site_named_then_titled(s)
            self.members_of_a_group_body(s)
            self.title_in_who_clause(s)
            self.cur.sort(key=lambda m: (m.i, m.j))
            self.out.by_sentence.append(self.cur)
            self.out.demonyms.append(self.demo)
        self.envoys_to_missions()
        self.link_titled_people()
        self.counted_experts_country()
        # a city's country, even when the text does not name it (kept only if a statement uses it)
        for e in list(self.out.entities.values()):
            iso = self.lex.place_country(e.label) if e.cls == "City" else None
            if iso and not any(x.cls == "Country" and x.key in (iso, f"new:{iso}") for x in self.out.entities.values()):
                self.country_entity(iso, iso)
        # "Prof. Park Min-jae of Chungnam National University": at a university, the honorific is the title;
        # so it is elsewhere ("Prof. Ozawa of KEO") when no other role of that person names a title
        titled = {f.subject for f in self.out.facts if f.relation == "represents" and f.titles}
        for n, f in enumerate(self.out.facts):
            if (
                f.relation == "represents"
                and not f.titles
                and f.subject in self.professors
                and (self.out.entities[f.object].cls in ("University", "AcademicUnit") or f.subject not in titled)
            ):
                self.out.facts[n] = replace(f, titles=(self.professors[f.subject],))
        return self.out

    def counted_experts_country(self) -> None:
        """ "Three Korean experts served as resource persons: A, ...; B ..." (or the people the next sentences of
        the paragraph name): as many people as counted, named after the count, are from that country."""
        for si, s in enumerate(self.sents):
            m = _COUNTED_EXPERTS.search(s.text)
            n = word_number(m.group(1)) if m else None
            iso = self.lex.demonyms.get(m.group(2)) if m else None
            if not (n and iso):
                continue
            people: list[str] = []
            for sj in range(si, len(self.sents)):
                if self.sents[sj].paragraph != s.paragraph:
                    break
                people += [
                    x.key
                    for x in self.out.by_sentence[sj]
                    if (sj > si or x.start >= s.start + m.end())
                    and _top(self.out.entities[x.key].cls) == "Person"
                    and x.key not in people
                ]
            placed = {f.subject for f in self.out.facts if f.relation == "basedIn"}
            for key in people[:n] if len(people) >= n else ():
                if key not in placed:
                    self.sentence_index = si
                    self.fact(key, "basedIn", self.country_entity(iso, m.group(2)), s, conf=0.6)

    def site_staff_roles(self, s: Sentence) -> None:
        """A title before a name with no body of its own ("..., where general manager X showed ..."): the site
        named before it (:meth:`site_before`), when no other rule gave the person a body and the site is the
        sentence's only body (or the sentence names none: the firm just named, "... Ltd. CEO X said the company")."""
        orgs = {m.key for m in self.cur if _top(self.out.entities[m.key].cls) == "Organization"}
        for pkey, org, titles in self.site_titles:
            if (orgs == {org} or not orgs) and not any(
                f.subject == pkey and f.relation == "represents" for f in self.out.facts
            ):
                self.fact(pkey, "represents", org, s, titles, conf=0.7)
                self.out.site_staff.add(pkey)
        self.site_titles = []
        for pkey, end, titles in self.hosts_after:
            # "In Suva, Production Manager Ms. X received the group at Pacific Coconut Products Ltd and ...": the
            # one body of the sentence, where the person received the visitors
            after = [m for m in self.cur if m.start >= end and m.key in orgs]
            text = s.text[end - s.start : after[0].start - s.start] if len(after) == 1 and len(orgs) == 1 else ""
            if _RECEIVED_AT.fullmatch(text) and not any(
                f.subject == pkey and f.relation == "represents" for f in self.out.facts
            ):
                self.fact(pkey, "represents", after[0].key, s, titles, conf=0.7)
                self.out.site_staff.add(pkey)
        self.hosts_after = []

    def plural_title_people(self, s: Sentence) -> None:
        """ "two PDC senior productivity specialists, Mr. A and Ms. B", "experts from the JPC, senior consultants A
        and B": a title in the plural, then the people who hold it, at the body named right before the title or
        the sentence's one body before it."""
        toks = s.tokens
        for h, t in enumerate(toks):
            w = t.text
            if not (w.islower() and w.endswith("s") and _cap(w[:-1]) in self.lex.title_heads):
                continue
            r = h
            while r > 0 and toks[r - 1].text.islower() and _cap(toks[r - 1].text) in self.title_tokens:
                r -= 1
            org = next((m.key for m in self.cur if m.j == r), None)
            if org is None:
                orgs = self.orgs_before(r)
                org = next(iter(orgs)) if len(orgs) == 1 else None
            if org is None or _top(self.out.entities[org].cls) != "Organization":
                continue
            title = " ".join([_cap(x.text) for x in toks[r:h]] + [_cap(w[:-1])])
            k = h + 1 + (h + 1 < len(toks) and toks[h + 1].text == ",")
            people = []
            while k < len(toks):
                a, b = self.name_after(toks, k)
                pkey = self.person(s, a, b) if b - a >= 2 else None
                if pkey is None:
                    break
                people.append(pkey)
                if b < len(toks) and toks[b].text in (",", "and"):
                    k = b + 1 + (b + 1 < len(toks) and toks[b + 1].text == "and")
                else:
                    break
            if len(people) >= 2:
                for pkey in people:
                    if not self.has_role(pkey):
                        self.fact(pkey, "represents", org, s, (title,), conf=0.7)

    def itinerary_city(self, si: int, s: Sentence) -> None:
        """ "• 9 November, Ansan: Hanil Precision ...": the place after a day on an itinerary line is a city,
        known or not."""
        m = self.lex.itinerary_line.match(s.text) if not si or self.sents[si - 1].paragraph != s.paragraph else None
        if not m or self.known(m.group(1)):
            return
        a, b = s.start + m.start(1), s.start + m.end(1)
        ij = [n for n, t in enumerate(s.tokens) if a <= t.start and t.end <= b]
        if ij and all(is_cap(s.tokens[n]) for n in ij):
            self.mention(s, self.entity("City", m.group(1), a), ij[0], ij[-1] + 1)

    def dateline(self, s: Sentence) -> None:
        """ "HANOI, 6 April 2023 –", "Colombo, Sri Lanka (APO) —", "New Delhi: The ...": the city a news item
        was filed from."""
        m = re.match(
            r"\s*([A-Z][A-Za-z'’ .-]{1,30}?)\s*(?:,\s*[A-Z][\w ,]{1,30}?)?\s*(?:\([A-Za-z ]+\))?\s*"
            r"(?:(?:,\s*[^–—:]{0,30}?)?\s*[–—]|:\s+(?=[A-Z]))",
            s.text,
        )
        if not m:
            return
        name = m.group(1).strip()
        name = next((c for c in self.lex.cities if c.upper() == name.upper()), None) if name else None
        if name:
            self.out.dateline = self.entity("City", name, s.start + m.start(1) or 1)

    def mention(self, s: Sentence, key: str, i: int, j: int) -> None:
        if any(m.i <= i < m.j or i <= m.i < j for m in self.cur):
            return
        self.cur.append(Mention(key, i, j, s.tokens[i].start, s.tokens[j - 1].end))
        ent = self.out.entities[key]
        if not ent.first:
            ent.first = s.tokens[i].start or 1
        first = key not in self.mentioned
        self.mentioned.add(key)
        if _top(ent.cls) != "Organization":
            return
        if j - i > 1:
            self.unit_of(s, key, i, j)
        toks = s.tokens
        for n in (2, 1):  # "the ROK's Small and Medium Business Corporation", "Sri Lanka's NPS"
            where = _join(toks[i - 1 - n : i - 1]) if i > n and toks[i - 1].text in ("'s", "’s") else ""
            iso = self.lex.countries.get(where)
            if iso:
                self.fact(key, "basedIn", self.country(iso, where), s, conf=0.8)
                break
        if first:
            self.name_country(s, key)

    def name_country(self, s: Sentence, key: str) -> None:
        """A country named inside an organization's name ("Vietnam National Productivity Institute", "Korean
        Standards Association"), wherever the name is first read, places it there."""
        ent = self.out.entities[key]
        if ent.cls in UNIT_CLASSES or is_mission(ent.label):
            return  # a unit is placed through its parent; "Embassy of Japan", "Royal Thai Embassy": not in Japan
        if any(f.subject == key and f.relation == "basedIn" for f in self.out.facts):
            return
        found = self.lex.country_in_name(ent.label)
        if found:
            self.fact(key, "basedIn", self.country(*found), s, conf=0.7)

    def fact(self, s: str, rel: str, o: str, sent: Sentence, titles: tuple[str, ...] = (), conf: float = 0.9) -> None:
        if s != o:
            self.out.facts.append(Stmt(s, rel, o, self.sentence_index, sent.start, sent.end, conf, titles))

    # -- capitalised chunks --------------------------------------------------------------
    def chunk(self, s: Sentence, i: int, j: int) -> None:
        self.name_chunk(s, i, j)
        # "Taoyuan-based Formosa Precision Casting", "Manila-based accelerator Bayani Lab": the body is in that place
        d = i - 1
        while d > i - 3 and d > 0 and s.tokens[d].text in self.lex.appositive:
            d -= 1
        based = re.fullmatch(r"([A-Z][\w ]+?)-(?:based|headquartered)", s.tokens[d].text) if d >= 0 and i > 0 else None
        org = next((m.key for m in self.cur if m.i == i), None) if based else None
        if based and org and _top(self.out.entities[org].cls) == "Organization":
            place = based.group(1)
            if d > 0 and is_cap(s.tokens[d - 1]) and self.place_named(f"{s.tokens[d - 1].text} {place}", 0):
                place = f"{s.tokens[d - 1].text} {place}"  # "Hai Phong-based"
            where = self.place_named(place, s.tokens[d].start)  # not "Cloud-based Acme Technologies"
            if where:
                self.fact(org, "basedIn", where, s, conf=0.8)
        self.described_before(s, i)
        self.based_after(s, i, j)

    def listed_in_place(self, s: Sentence) -> None:
        """ "two Phnom Penh firms, Mekong Spice Co., Ltd. and Sovann Bakery": the bodies listed after a number of
        a place's firms are based there."""
        m = _LISTED_HEAD.search(s.text) or _LISTED_BASED.search(s.text)
        if not m or not m.group(1) or m.group(2) not in self.lex.appositive:
            return
        stop = re.search(r";|,\s+(?:where|which|who|while)\b", s.text[m.end() :])
        a, b = s.start + m.end(), s.start + m.end() + (stop.start() if stop else len(s.text))
        listed = [x for x in self.cur if a <= x.start < b and _top(self.out.entities[x.key].cls) == "Organization"]
        where = self.place_named(m.group(1).strip().removesuffix("-based"), 0) if listed else None
        for x in listed if where and _top(self.out.entities[where].cls) == "Place" else ():
            self.fact(x.key, "basedIn", where, s, conf=0.7)

    def contingent_country(self, s: Sentence) -> None:
        """ "The Pakistan contingent comprised A, B and C", "The Nepalese delegation included A and B": the people
        listed come from that country."""
        m = re.match(
            r"(?:The\s+)?([A-Z][\w]+(?: [A-Z][\w]+)?)\s+(?:contingent|delegation|team|participants)\s+"
            r"(?:comprised|included|consisted of|was made up of|were)\b",
            s.text,
        )
        iso = m and (self.lex.countries.get(m.group(1)) or self.lex.demonyms.get(m.group(1)))
        if not iso:
            return
        where = self.country(iso, m.group(1))
        for x in self.cur:
            if x.start >= s.start + m.end() and _top(self.out.entities[x.key].cls) == "Person":
                self.fact(x.key, "basedIn", where, s, conf=0.7)

    def place_named(self, name: str, start: int) -> str | None:
        """The country, or the city or province of the gazetteer, called ``name`` (None for other words)."""
        iso = self.lex.countries.get(name)
        if iso:
            return self.country(iso, name)
        return self.entity("City", name, start) if self.lex.place_country(name) else None

    def based_after(self, s: Sentence, i: int, j: int) -> None:
        """The organization named at tokens i..j and described next as "a Suwon-based kimchi exporter", "a Ho Chi
        Minh City maker of parts", "a 120-employee Taichung firm", "the Seoul startup hub" or "a maker of molds
        in the south of Tokyo" is there."""
        org = next((m.key for m in self.cur if m.i == i), None)
        if not (org and _top(self.out.entities[org].cls) == "Organization"):
            return
        rest = s.text[s.tokens[j - 1].end - s.start :]
        head = re.match(
            r"\s*(?:\([^)]*\)\s*)?,\s+(?:an?|the)\s+(?:[\d,]+-(?:employee|person|worker|member|strong)\s+)?", rest
        )  # (", the Tokyo-based intergovernmental body", ", the Seoul startup hub")
        if not head:
            return
        tail = rest[head.end() :]
        m = re.match(r"([A-Z]\w*(?: [A-Z]\w*){0,3}?)(?:-(?:based|headquartered)\b|\s+((?:[a-z][\w-]*\s*){1,3}))", tail)
        if m and (m.group(2) is None or any(w in self.lex.appositive for w in m.group(2).split())):
            where = self.place_named(m.group(1), s.start + len(s.text) - len(tail))
            if where:
                self.fact(org, "basedIn", where, s, conf=0.75)
            return
        # "a maker of molds in ...": only what it makes may come between the noun and "in"; not "a maker of
        # spices that sells in Japan", "a supplier of machines made in Germany" (where it sells, where they are made)
        m = re.match(
            r"(?:[\w-]+\s+){0,3}?([a-z]+)\b(?:\s+(?:of|for)(?:\s+(?!(?:that|which|who|whose|with|and|made|sold|sells?"
            r"|used|exported|exports?|shipped|popular|known|customers|clients|buyers|markets?)\b)[\w-]+){1,4}?)?"
            r"\s+in\s+(?:the\s+\w+\s+of\s+)?([A-Z][\w]*(?: [A-Z][\w]*)?)",
            tail,
        )
        if m and m.group(1) in self.lex.appositive:
            where = self.place_named(m.group(2), 0)
            if where:
                self.fact(org, "basedIn", where, s, conf=0.7)

    def described_before(self, s: Sentence, i: int) -> None:
        """The organization named at token ``i`` after "the Kathmandu bookkeeping app maker" or "the Vietnamese
        startup": it is based in that place."""
        lex = self.lex
        org = next((m.key for m in self.cur if m.i == i), None)
        site = re.search(  # "the Bhaktapur workshop of Thimi Clay Crafts Cooperative": the body's site in a town
            # (not "the Colombo office of the ADB": one of a body's branches)
            r"\bthe\s+([A-Z][\w-]+(?: [A-Z][\w-]+)?)\s+(?:workshop|plant|factory|site|campus|facility|showroom"
            r"|store|mill|outlet)s?\s+of\s+(?:the\s+)?$",
            s.text[: s.tokens[i].start - s.start] if i > 0 else "",
        )
        if site and org and _top(self.out.entities[org].cls) == "Organization":
            where = self.known(site.group(1))
            if where and self.out.entities[where].cls == "City":
                self.fact(org, "basedIn", where, s, conf=0.65)
        m = re.search(  # (also "and Kuching food processor Borneo Sago Foods", "of Seoul fintech firm Mintgrid")
            r"(?:\b(?:the|and|of|at|from|by|with)|[,:;])\s+([A-Z][\w-]+(?: [A-Z][\w-]+)?)\s+"
            r"(?:[a-z][\w-]*\s+){0,3}([a-z]+)\s+$",
            s.text[: s.tokens[i].start - s.start] if i > 0 else "",
        )
        if not (m and org and m.group(2) in lex.appositive and _top(self.out.entities[org].cls) == "Organization"):
            return
        iso = lex.demonyms.get(m.group(1)) or lex.countries.get(m.group(1))
        where = self.country(iso, m.group(1)) if iso else self.known(m.group(1))
        if where and _top(self.out.entities[where].cls) in ("Place", "Country"):
            self.fact(org, "basedIn", where, s, conf=0.7)

    def second_titled_person(self, toks: list[Token], i: int, j: int) -> int | None:
        """The "and" in a run that names a person (a title or an honorific, then a name) and then a second one by
        title ("CPC President Chang Ming-hsun and Deputy Director-General Lin Shu-fen of the IDB"), else None."""
        for q in range(i + 2, j - 2):
            if (
                toks[q].text == "and"
                and (toks[q + 1].bare in self.title_tokens or self.acronym_then_title(toks, q + 1))
                and any(t.bare in self.lex.title_heads for t in toks[q + 1 : q + 5])
                and _namey(toks[q - 1], self.lex, self.title_tokens)
                and toks[q - 1].bare not in self.lex.org_heads
                and any(t.bare in self.lex.title_heads or t.text in self.lex.honorifics for t in toks[i : q - 1])
                # not "Deputy Minister of Industry, Mine and Trade and Managing Director of ISIPO Mr. X": a remit
                and not any(t.text in ("of", "for") for t in toks[i:q])
            ):
                return q
        return None

    def owner_unit_role(self, s: Sentence, owner: str, a: int, u: int) -> None:
        """The person named from token ``a`` on, given a role at ``owner``, works in the owner's unit named at token
        ``u`` ("APO Program Officer X of the Industry Department"): that role moves to the unit."""
        person = next(
            (m.key for m in self.cur if m.i <= a < m.j and _top(self.out.entities[m.key].cls) == "Person"), None
        )
        unit = next(
            (m.key for m in self.cur if m.i == u and _top(self.out.entities[m.key].cls) == "Organization"), None
        )
        if person is None or unit is None or unit == owner:
            return
        parents = {f.object for f in self.out.facts if f.subject == unit and f.relation == "partOf"}
        reg, owner_reg = self.out.entities[unit].reg, self.out.entities[owner].reg
        if owner not in parents and not (
            reg and owner_reg and reg.id != owner_reg.id and self.reg.root(reg.id) == owner_reg.id
        ):
            return
        for n, f in enumerate(self.out.facts):
            if f.subject == person and f.relation == "represents" and f.object == owner:
                self.out.facts[n] = replace(f, object=unit)

    def acronym_then_title(self, toks: list[Token], a: int) -> bool:
        """A body's acronym known in the item, then a title ("NPS Assistant Director X" after "Mr. Y and")."""
        if a + 1 >= len(toks) or toks[a + 1].bare not in self.title_tokens:
            return False
        return self.known_acronym_body(toks[a].text) is not None

    def name_chunk(self, s: Sentence, i: int, j: int) -> None:
        lex, toks = self.lex, s.tokens
        if any(t in self.taken for t in range(i, j)) or any(m.i < j and i < m.j for m in self.cur):
            # "Tehran for the International Forum on ...": the name before a program found earlier
            k = next((t for t in range(i, j) if t in self.taken or any(m.i <= t < m.j for m in self.cur)), i)
            while k > i and toks[k - 1].text in lex.connectors:
                k -= 1
            if k > i and k < j:
                self.chunk(s, i, k)
            # "Japan and Dr. Lim Boon Huat", with "Japan" taken: the words after the taken span
            e = max(t + 1 for t in range(i, j) if t in self.taken or any(m.i <= t < m.j for m in self.cur))
            while e < j and toks[e].text in lex.connectors:
                e += 1
            if e < j and e > k and toks[e - 1].text in ("and", "&"):
                self.chunk(s, e, j)
            return
        while i < j and toks[i].text in ("of", "and", "the", "&"):  # "... and of the Lao National Chamber"
            i += 1
        if (  # "Deputy Chairman of the Management Board, X": the board is part of the title, not a body
            re.fullmatch(r"(?:Management|Executive|Supervisory|Governing) Board", _join(toks[i:j]))
            and i >= 3
            and _join(toks[i - 2 : i]) == "of the"
            and toks[i - 3].bare in lex.title_heads
        ):
            return
        for role in lex.event_roles:  # "Chief Guest Hon. X": the part played at the event, then the person
            n = len(role.split())
            if (
                _join(toks[i : i + n]) == role
                and i + n < j
                and (toks[i + n].text in lex.honorifics or toks[i + n].text in lex.courtesies)
            ):
                i += n
                break
        if i >= j:
            return
        if toks[i].bare in lex.calendar and all(t.text.isdigit() for t in toks[i + 1 : j]):
            return  # "ILOILO CITY, July 17 (PIA) --": a date, whatever follows it
        if self.title_of_owners_unit(s, i, j) or self.title_acronym_person(s, i, j):
            return
        if (q := self.second_titled_person(toks, i, j)) is not None:
            self.chunk(s, i, q)  # "CPC President Chang Ming-hsun and Deputy Director-General Lin Shu-fen of the IDB"
            self.chunk(s, q + 1, j)
            return
        if j + 1 < len(toks) and toks[j].text == ",":  # "Taipei, China", "Hong Kong, China": one country
            both = _join(toks[i : j + 2])
            iso = lex.countries.get(both) if "," in both else None
            if iso:
                self.mention(s, self.country(iso, both), i, j + 2)
                self.taken.update(range(i, j + 2))
                return
        # leading sentence starters ("The", "During") are not part of a name
        i0 = i
        while (
            i < j
            and toks[i].bare in lex.starters
            and (i == 0 or toks[i].bare in _FUNCTION_WORDS or toks[i - 1].text in ('"', "“", ":", ";"))
            and not self.known(_join(toks[i:j]))
        ):
            i += 1
        if i > i0:  # "In 2017 the Ministry of ...": the year and article after a stripped starter
            while i < j and re.fullmatch(r"\d+|[a-z]+", toks[i].text):
                i += 1
        if i >= j:
            return
        if (  # "Daesung's plant manager", "An Phat's deputy general director", "At Hanbit Robotics, CEO X": a body of
            # this item called by the first word(s) of its name, as an owner or a site
            j < len(toks)
            and (
                (j - i <= 2 and toks[j].text in ("'s", "’s"))
                or (i0 == 0 and i == 1 and toks[0].text == "At" and toks[j].text == ",")
            )
            and not self.known(_join(toks[i:j]))
            and (key := self.first_word(_join(toks[i:j])))
        ):
            self.alias(key, _join(toks[i:j]))
            self.mention(s, key, i, j)
            return
        # "..., both Senior Consultants at ...": titles of people, not a firm's name
        if (
            i
            and toks[i - 1].text in ("both", "all")
            and all(_cap(t.bare) in self.title_tokens | _plural_titles() for t in toks[i:j])
        ):
            return
        # "Ministry of Industry, Commerce and Supplies, Government of Nepal": an address, the body is in Nepal
        gov = re.fullmatch(r"Government of (?:the )?(.+)", _join(toks[i:j]))
        iso = gov and lex.countries.get(gov.group(1))
        if iso and i >= 2 and toks[i - 1].text == ",":
            prev = next((x for x in self.cur if x.j == i - 1), None)
            c = i + 2 + (toks[i + 2].text == "the")
            where = self.country(iso, gov.group(1))
            self.mention(s, where, c, j)
            if prev and _top(self.out.entities[prev.key].cls) == "Organization":
                self.fact(prev.key, "basedIn", where, s, conf=0.75)
            return
        # "... of Bangladesh in Sri Lanka Mr. Md. X": a country's name, then an honorific and a person's name
        h = next((h for h in range(i + 1, min(j - 1, i + 5)) if toks[h].text in lex.honorifics), None)
        if h is not None and lex.countries.get(_join(toks[i:h]).removeprefix("the ")):
            self.chunk(s, i, h)
            self.chunk(s, h, j)
            return
        # "Acting Deputy Director General Rajesh Nair of India's National ...": the place owns what follows
        if (
            j - i > 2
            and j < len(toks)
            and toks[j].text in ("'s", "’s")
            and toks[j - 2].text == "of"
            and (toks[j - 1].text in lex.countries or toks[j - 1].text in lex.cities)
        ):
            self.chunk(s, i, j - 2)
            self.chunk(s, j - 1, j)
            return
        # "Agriculture Department Director Dr. Rohan Perera of the APO Secretariat": an honorific name, then "of"
        for o in range(i + 2, j - 1):
            if toks[o].text != "of":
                continue
            h = next((h for h in range(o - 1, max(i, o - 5) - 1, -1) if toks[h].text in lex.honorifics), None)
            owner = self.known(toks[i].text) if toks[i].text.isupper() else None
            # ("APO Program Officer Ms. X of the Secretariat's Y Department" is read as a whole; but not when the
            # whole would read as a unit's name, "APO Program Officer X of the Industry Department")
            whole_unit = (
                owner is not None
                and toks[j - 1].bare in lex.unit_of_parent_words
                and (j == len(toks) or toks[j].text not in ("'s", "’s", "("))
            )
            name = h + 1 if h is not None and (owner is None or whole_unit) else None
            if h is None and whole_unit:  # "APO Program Officer Nguyen Thanh Long of the Industry Department"
                n = i + 1
                while n < o and toks[n].bare in self.title_tokens:
                    n += 1
                name = n if 2 <= o - n <= 4 and self.name_words(toks[n:o]) else None
            if (
                name is not None
                and name < o
                and any(t.bare in lex.title_heads for t in toks[i:name])
                and all(is_cap(t) and t.text not in lex.honorifics for t in toks[name:o])
            ):
                self.chunk(s, i, o)
                self.chunk(s, o + 1, j)
                if owner:  # the owner's unit named after "of": the person's body is the unit
                    self.owner_unit_role(s, owner, name, o + 1 + (toks[o + 1].text == "the"))
                return
            break
        # "The Secretary-General of the Asian Productivity Organization (APO), Dr. X": the title is no name
        k = i
        while k < j and toks[k].bare in self.title_tokens:
            k += 1
        if (
            k > i
            and k + 1 < j
            and (toks[k].text == "of" or (toks[k].text == "to" and toks[k + 1].text == "the"))
            and any(t.bare in lex.title_heads for t in toks[i:k])
            and j < len(toks)
            and toks[j].text in (",", "(")
        ):
            o = k + 1 + (toks[k + 1].text == "the")
            if o < j and (self.known(_join(toks[o:j])) or self.org_or_program_class(toks, o, j)):
                self.chunk(s, o, j)
                return
        if (  # "Director of the Corporation's Southern Region Office": the body "the Corporation" refers back to
            k > i
            and k + 3 == j
            and toks[k].text == "of"
            and toks[k + 1].text == "the"
            and j < len(toks)
            and toks[j].text in ("'s", "’s")
            and any(t.bare in lex.title_heads for t in toks[i:k])
            and (key := self.head_word_org(toks[j - 1].text.lower()))
        ):
            self.mention(s, key, j - 1, j)
            return
        if (  # "at the Taipei International Convention Center": a venue
            lex.venue.search(_join(toks[i:j]))
            and i > 0
            and re.search(r"\b(?:at|in)\s+(?:the\s+)?$", s.text[: toks[i].start - s.start])
            and not self.known(_join(toks[i:j]))
        ):
            return
        if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and _ABBR.match(toks[j + 1].text):
            a = _long_form_start(toks, i, j)
            if a > i:  # "the SME Foundation and the Bangladesh Small ... Corporation (BSCIC)": two bodies
                k = a - 1
                while toks[k].text in ("the", "of"):
                    k -= 1
                self.chunk(s, i, k)
                self.chunk(s, a, j)
                return
        # a chunk "X and Y" of two known names
        parts = split_at(toks, i, j)
        if len(parts) > 1 and any(_join(toks[a:b]) in lex.demonyms for a, b in parts):  # "Bhutanese and Sri Lankan"
            for a, b in parts:
                self.chunk(s, a, b)
            return
        if (
            len(parts) > 1
            and not self.known(_join(toks[i:j]))
            and (
                any(self.known(_join(toks[a:b])) or _join(toks[a:b]) in lex.regions for a, b in parts)
                or all(  # "X Hub and Y Lab"; not "Ministry of Industry and Mine", "Small Industries and Parks ..."
                    b - a > 1
                    and self.org_or_program_class(toks, a, b) not in (None, "Firm", "Ministry")
                    and "of" not in [t.text for t in toks[a:b]]
                    for a, b in parts
                )
                or (
                    all(  # "Nikan Furniture Co. and Arya Charm Leather Products": a legal form ends a firm's name
                        toks[b - 1].text in lex.legal_forms or toks[b - 1].bare in lex.legal_forms
                        for a, b in parts[:-1]
                    )
                    and parts[-1][1] - parts[-1][0] > 1
                )
                or (  # "Thang Long Industrial Park and Minh Phat Electronics Co., Ltd.": a place, then a body
                    parts[0][1] - parts[0][0] > 1
                    and self.org_or_program_class(toks, *parts[0]) == "Place"
                    and parts[-1][1] - parts[-1][0] > 1
                    and self.org_or_program_class(toks, *parts[-1]) is not None
                )
                or (  # "the Pardis Technology Park and Arya Sensor Co.", "the Ministry of Industry and Koro Foods
                    # Ltd": a body, then a firm with its legal form
                    parts[0][1] - parts[0][0] > 1
                    and self.org_or_program_class(toks, *parts[0]) not in (None, "Firm")
                    and parts[-1][1] - parts[-1][0] > 1
                    and toks[j - 1].bare in lex.legal_forms
                )
                or all(  # "Lanka Spice Mills and Ceylon Dairy Foods": two firm names, each with its own head
                    b - a > 2
                    and self.org_or_program_class(toks, a, b) == "Firm"
                    and "of" not in [t.text for t in toks[a:b]]
                    for a, b in parts
                )
                or (  # "the Seoul Business Agency and Bangkok Dusit Medical": one part is an organization
                    self.org_or_program_class(toks, i, j) is None
                    and not {"of", "for"} & {t.text for t in toks[parts[0][0] : parts[0][1]]}
                    and any(
                        b - a > 1 and self.org_or_program_class(toks, a + (toks[a].text == "the"), b) for a, b in parts
                    )
                )
                or (  # "the Ministry of Industries and the National Productivity Secretariat",
                    # "Colombo Dockyard and the Sri Lanka Institute of Development Administration"
                    any(toks[a].text == "the" for a, _ in parts[1:])
                    and all(self.org_or_program_class(toks, a + 1, b) for a, b in parts[1:] if toks[a].text == "the")
                )
            )
        ):
            merged = [parts[0]]
            for a, b in parts[1:]:  # "Gyeonggi Center for Creative Economy and Innovation and D. CAMP"
                if self.reg.lookup(_join(toks[merged[-1][0] : b])) or self.inner_and(toks, merged[-1], (a, b)):
                    merged[-1] = (merged[-1][0], b)
                else:
                    merged.append((a, b))
            if len(merged) > 1:  # (one name after all: read on)
                for a, b in merged:
                    while a < b and toks[a].text == "the":
                        a += 1
                    self.chunk(s, a, b)
                return
        # "Directorate of Productivity Development of the Ministry of Manpower": a body of a ministry
        for k in range(i + 2, j - 2):
            if (
                toks[k].text == "of"
                and toks[k + 1].text == "the"
                and toks[k + 2].bare in lex.org_starts
                and self.org_or_program_class(toks, i, k)
                and not self.known(_join(toks[i:j]))
            ):
                self.chunk(s, i, k)
                self.chunk(s, k + 2, j)
                return
        # "Green Productivity Initiative of the APO": a program of a known organization
        for k in range(i + 2, j - 1):
            if toks[k].text == "of" and toks[k - 1].bare in lex.program_heads:
                o = k + 1 + (toks[k + 1].text == "the")
                owner = self.known(_join(toks[o:j]))
                if owner and _top(self.out.entities[owner].cls) == "Organization":
                    self.chunk(s, i, k)
                    self.chunk(s, o, j)
                    return
        # "Kenji Ito of the Japan Finance Institute and Priya Nair, Founder ...": a list of people
        for k in range(j - 2, i + 1, -1):
            honorific_next = (  # "... and Dr. Sato Hiroshi"
                k + 3 <= j
                and self.is_honorific(toks, k + 2)
                and all(_namey(t, lex, self.title_tokens) for t in toks[k + 2 : j])
            )
            surname_next = k + 2 == j and self.known_person(toks[k + 1].bare)  # "KPC Vice President X and Thapa"
            if (
                toks[k].text == "and"
                and (self.person_context(s, k + 1, j) or honorific_next or surname_next)
                and not self.known(_join(toks[i:j]))
            ):
                self.chunk(s, i, k)
                self.chunk(s, k + 1, j)
                return
        if self.lowercase_role(s, i, j):
            return
        t = i - 3
        if t >= 0 and [x.text for x in toks[t + 1 : i]] == ["to", "the"] and toks[t].bare in lex.title_heads:
            while t > 0 and toks[t - 1].bare in self.title_tokens:
                t -= 1
            if self.title_of_org_person(s, t, j):  # "Secretary to the Ministry of X Mr. Y"
                return
        if self.title_person(s, i, j):
            return
        if self.title_abbr_person(s, i, j):
            return
        if self.title_of_org_person(s, i, j):
            return
        if self.honorific_person(s, i, j):
            return
        if self.person_of_org(s, i, j):
            return
        if (  # "Eun-ji Park, Director of ...": a surname that is also an organization head
            2 <= j - i <= 3
            and toks[j - 1].bare in lex.surname_heads
            and j + 1 < len(toks)
            and (
                (toks[j].text == "," and self.starts_title(s, j + 1))
                or (toks[j].text == "," and self.lowercase_title_end(toks, j + 1) > j + 1)  # ", co-founder of"
                or (toks[j].text == "(" and self.paren_country(toks, j + 1))  # "Lina Park (ROK), Head of ..."
            )
            and all(_namey(t, lex, self.title_tokens) for t in toks[i : j - 1])
            and not self.known(_join(toks[i:j]))
        ):
            self.person(s, i, j)
            return
        text = _join(toks[i:j])
        key = self.known(text)
        if key and _top(self.out.entities[key].cls) == "Person" and j - i > 1:
            self.person(s, i, j)  # "A (Japan) and B (ROK): A, Managing Consultant, Kaizen Partners": roles later
            return
        if key:
            self.mention(s, key, i, j)
            self.after_name(s, key, j)
            return
        if text in lex.demonyms and j - i > 1:  # "Sri Lankan officials"
            self.demo.append((i, lex.demonyms[text]))
            self.country_entity(lex.demonyms[text], text)
            return
        if toks[i].bare in lex.demonyms and j - i >= 1:
            self.demo.append((i, lex.demonyms[toks[i].bare]))
            self.country_entity(lex.demonyms[toks[i].bare], toks[i].bare)
            if j - i == 1:
                return
        cls = self.org_or_program_class(toks, i, j)
        # "APO Digital Agrifood Academy, an e-learning program that ...": the apposition names the kind
        kind = _apposition_kind().match(s.text[toks[j - 1].end - s.start :])
        # (also over a generic "Event" head: "the National Productivity Awards, a scheme that ...")
        if kind and (cls in (None, "Event") or _top(cls) == "Organization") and not self.known(_join(toks[i:j])):
            cls = _programs_yaml()["apposition_classes"][kind.group(1).lower()]
        if (
            cls
            and _top(cls) == "Program"
            and toks[j - 1].bare in (_programs_yaml().get("firm_like_heads") or ())
            and not re.search(  # "a two-day Kaizen Facilitator Workshop" is an event too
                r"\b(?:the|an?|its|this)\s+(?:[\w]+-(?:day|week|month)\s+)?$", s.text[: toks[i].start - s.start], re.I
            )
            and not (j < len(toks) and toks[j].text in ("on", "for", "of"))
        ):
            cls = "Firm"
        # "its Technical Expert Services (TES) program": a name followed by a lower-case program noun
        k = j + 3 if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" else j
        noun = toks[k].text if k < len(toks) and not (cls and _top(cls) == "Person") else ""
        if (
            noun in _PROGRAM_NOUNS
            and i > 0
            and toks[i - 1].text
            in (
                "its",
                "the",
                "their",
                "his",
                "her",
            )
        ):
            cls = "SupportScheme" if noun == "scheme" else "Program"
        if cls and j - i == 1 and i > 0 and toks[i - 1].text.lower() == "the":
            back = self.head_back_reference(toks[i].bare)  # "the Secretariat": the only one named so
            if back:
                self.mention(s, back, i, j)
                return
            if toks[i].bare in lex.org_heads and _top(cls) == "Organization":
                return  # "welcomed at the Ministry by X, ... to the Ministry of Y": a reference, not a name
        if cls:
            self.named_thing(s, cls, i, j)
            return
        if re.search(r"(?:prize|place|award|winner|runner-up)s?\s*:\s*$", s.text[: toks[i].start - s.start], re.I):
            self.named_thing(s, "Firm", i, j)  # "First prize: FasalSense (Pakistan), ...": a winning team
            return
        if self.people_sharing_a_title(s, i, j) or self.person_by_context(s, i, j):
            return
        close = next((c for c in range(j + 2, min(j + 5, len(toks))) if toks[c].text == ")"), 0)
        if j < len(toks) and toks[j].text == "(" and close and j - i > 1:
            inner = _join(toks[j + 1 : close])
            # (not a title with its field: "Deputy Director (IE)")
            if (
                _ABBR.match(inner)
                and inner not in lex.countries
                and not all(t.bare in self.title_tokens for t in toks[i:j])
                and not all(w in self.title_tokens for w in inner.split())  # "NPO Director (Joint Secretary)"
                and not _join(toks[i:j]).startswith(lex.document_starts)  # "Memorandum of Understanding (MoU)"
            ):
                self.named_thing(s, "Organization", i, j)
                return
        # "Colombo Dockyard", "Bangkok Dusit Medical": a place, then more name words is a name of its own
        place = self.known(toks[i].bare) if j - i > 1 else None
        if (
            place
            and _top(self.out.entities[place].cls) in ("Place", "Country")
            and all(_namey(t, lex, self.title_tokens) and t.bare not in lex.calendar for t in toks[i + 1 : j])
            and not self.known(_join(toks[i + 1 : j]))
        ):
            self.unknown(s, i, j, lead_place=True)
            if any(m.i == i for m in self.cur):
                return
        # parts of an unknown chunk that are known (countries, cities, abbreviations)
        found = False
        for a, b in _subspans(i, j):
            if any(m.i < b and a < m.j for m in self.cur):
                continue
            sub = _join(toks[a:b])
            if b - a == 1 and toks[a].bare in lex.demonyms:
                self.demo.append((a, lex.demonyms[toks[a].bare]))
                self.country_entity(lex.demonyms[toks[a].bare], toks[a].bare)
                continue
            key = self.known(sub) if (b - a > 1 or not toks[a].text.islower()) else None
            if key:
                self.mention(s, key, a, b)
                found = True
        if not found:
            self.unknown(s, i, j)
            return
        # "PadiSense of Thailand": the unknown name before "of/from <known>" is a name of its own
        first = min((m for m in self.cur if i <= m.i < j), key=lambda m: m.i, default=None)
        if first is not None and first.i - i >= 2 and toks[first.i - 1].text in ("of", "from"):
            k = first.i - 1
            if not any(m.i < k and i < m.j for m in self.cur):
                self.unknown(s, i, k)

    def after_name(self, s: Sentence, key: str, j: int) -> None:
        """Facts written right after a name: "(ABBR)", "(Country)", "of Country", a firm "of Binh Duong"."""
        toks = s.tokens
        ent = self.out.entities[key]
        if (
            ent.reg is None
            and (ent.label.startswith(_MISSIONS) or _MISSION_OF.fullmatch(ent.label))
            and j + 1 < len(toks)
            and toks[j].text == "in"
        ):
            # "the Embassy of the Lao PDR in Tokyo": a mission is named with the place it is in
            for n in (4, 3, 2, 1):
                where = _join(toks[j + 1 : j + 1 + n]) if j + 1 + n <= len(toks) else ""
                # (a city the gazetteer lacks, "in Tashkent.": capitalised words that end the name)
                ends = j + 1 + n >= len(toks) or not is_cap(toks[j + 1 + n])
                unlisted = (
                    n <= 2
                    and ends
                    and all(is_cap(t) and t.bare not in self.lex.org_heads for t in toks[j + 1 : j + 1 + n])
                )
                if where and (
                    self.lex.countries.get(where.removeprefix("the ")) or self.lex.place_country(where) or unlisted
                ):
                    label = f"{ent.label} in {where}"
                    self.alias(key, ent.label)
                    ent.label = label
                    self.out.names.setdefault(normalize(label), key)
                    break
        if (  # "PaddyEye from the Philippines" among a list of teams: the firm is there
            j + 1 < len(toks)
            and toks[j].text == "from"
            and ent.cls in ("Firm", "Incubator", "Accelerator")
            and (found := self.country_at(toks, j + 1, len(toks)))
            and (found[1] == len(toks) or toks[found[1]].text in (",", ";", ".", "and"))
            # (not "NPOs from Fiji, Nepal, and the Philippines": one of several countries)
            and not self.country_at(
                toks, found[1] + 1 + (toks[min(found[1] + 1, len(toks) - 1)].text == "and"), len(toks)
            )
        ):
            where = _join(toks[j + 1 : found[1]])
            self.fact(key, "basedIn", self.country(found[0], where.removeprefix("the ")), s, conf=0.7)
        if (
            j + 1 < len(toks)
            and toks[j].text == "of"
            and self.out.entities[key].cls in ("Firm", "Association", "Incubator", "Accelerator")
        ):
            e = j + 1
            while e < len(toks) and is_cap(toks[e]) and e - j <= 3:
                e += 1
            where = _join(toks[j + 1 : e])
            if where in self.lex.cities or (where.endswith(" City") and e - j > 2):
                city = self.entity("City", where, toks[j + 1].start)
                self.mention(s, city, j + 1, e)
                self.fact(key, "basedIn", city, s, conf=0.7)  # "An Phu Packaging Co., Ltd. of Binh Duong"
        if (  # "the Korea SMEs and Startups Agency (KOSME, President Oh Jae-hyun)": the abbreviation, then its head
            j + 3 < len(toks)
            and toks[j].text == "("
            and toks[j + 2].text == ","
            and toks[j + 3].bare in self.title_tokens
            and toks[j + 1].text.isupper()
            and _ABBR.match(toks[j + 1].text)
            and _top(ent.cls) == "Organization"
            and not self.lex.countries.get(toks[j + 1].text)
        ):
            self.alias(key, toks[j + 1].text)
            self.mention(s, key, j + 1, j + 2)
            return
        close = next((c for c in range(j + 2, min(j + 6, len(toks))) if toks[c].text == ")"), 0)
        if j < len(toks) and toks[j].text == "(" and close:
            inner = _join(toks[j + 1 : close])
            iso = self.lex.countries.get(inner)
            if not iso and ent.cls == "Country" and (body := self.named_with_country(s, key, j, inner)):
                # "the Organization for Small & Medium Enterprises and Regional Innovation, JAPAN (SMRJ)": the
                # country closes the body's name, and the letters are the body's
                self.alias(body, inner)
                self.mention(s, body, j + 1, close)
            elif iso:
                c = self.country(iso, inner)
                self.mention(s, c, j + 1, close)
                self.fact(key, "basedIn", c, s, conf=0.8)
            elif (_ABBR.match(inner) or _short_form(inner, self.out.entities[key].label)) and self.out.entities[
                key
            ].cls not in _PERSON_CLASSES:
                self.alias(key, inner)
                self.mention(s, key, j + 1, close)
                # "National Productivity Organisation (NPO) of Bangladesh"
                k = close + 1
                if k < len(toks) and toks[k].text == "," and _top(self.out.entities[key].cls) == "Organization":
                    # "National Productivity Council (NPC), India,": the country closes the name
                    for n in (3, 2, 1):
                        name = _join(toks[k + 1 : k + 1 + n])
                        iso = self.lex.countries.get(name) if k + 1 + n <= len(toks) else None
                        after = toks[k + 1 + n].text if k + 1 + n < len(toks) else "."
                        if iso and (after in (",", ".", ";", ")", "and") or not is_cap(toks[k + 1 + n])):
                            self.fact(key, "basedIn", self.country(iso, name), s, conf=0.8)
                            break
                if k < len(toks) and toks[k].text == "of" and _top(self.out.entities[key].cls) == "Organization":
                    k += 1 + (k + 1 < len(toks) and toks[k + 1].text == "the")
                    for n in (3, 2, 1):
                        name = _join(toks[k : k + n])
                        iso = self.lex.countries.get(name) if k + n <= len(toks) else None
                        if iso:
                            self.fact(key, "basedIn", self.country(iso, name), s, conf=0.8)
                            break

    def named_with_country(self, s: Sentence, country: str, j: int, letters: str) -> str | None:
        """The organization named right before ", COUNTRY" (the country's mention ending at token ``j``) when
        ``letters`` abbreviate both: its words' initials in order, then the country's ("SMRJ" of "Organization for
        Small & Medium Enterprises and Regional Innovation, JAPAN")."""
        c = next((m for m in self.cur if m.key == country and m.j == j), None)
        body = next((m for m in self.cur if c and c.i >= 2 and m.j == c.i - 1), None)
        if body is None or s.tokens[c.i - 1].text != "," or _top(self.out.entities[body.key].cls) != "Organization":
            return None
        if not re.fullmatch(r"[A-Z]{3,6}", letters) or letters[-1] != s.tokens[c.i].text[0].upper():
            return None
        initials = iter(w[0] for w in self.out.entities[body.key].label.split() if w[0].isupper())
        return body.key if all(ch in initials for ch in letters[:-1]) else None

    def named_thing(self, s: Sentence, cls: str, i: int, j: int) -> None:
        """An organization/program/place chunk: strip "of Country", split "Unit, Parent", record aliases."""
        toks = s.tokens
        if j - i == 1 and _top(cls) == "Program" and toks[i].bare in self.lex.program_heads:
            # "The Challenge is organized by ...": the head word alone refers back to the program it ends
            same = [
                k
                for k, e in self.out.entities.items()
                if _top(e.cls) == "Program" and e.named and e.label.split()[-1] == toks[i].bare
            ]
            if same:
                self.mention(s, same[-1], i, j)
            return
        country = None
        short = ""
        # trailing "of (the) Country": the full name stays the label, the short one is an alias (not for an
        # embassy: "of Nepal" is whose it is, not where)
        for k in range(j - 1, i, -1) if not _join(toks[i:j]).startswith(_MISSIONS) else ():
            if toks[k].text == "of":
                tail = _join(toks[k + 1 : j])
                iso = self.lex.countries.get(tail) or self.lex.countries.get(tail.removeprefix("the "))
                if iso:
                    country = self.country(iso, tail)
                    # (not a bare head: "Government" of "Government of Nepal" names no one body)
                    short = _join(toks[i:k]) if k - i > 1 or toks[i].text not in self.lex.org_heads else ""
                break
        if _top(cls) == "Organization" and self.unit_of_abbreviated_parent(s, i, j):
            return
        text = _join(toks[i:j])
        key = self.known(text) or (self.known(short) if short else None)
        if key is None and _top(cls) == "Organization" and j - i > 1:
            key = self.first_word(text, strict=True)  # "Bukid Fresh Foods reduced ..." after "Bukid Fresh Foods Inc."
        if key is None:
            key = self.entity(cls, text, toks[i].start, (short,) if short else ())
        if country:
            self.fact(key, "basedIn", country, s)  # before the mention: the name's own country is this one
        self.mention(s, key, i, j)  # (which reads a country inside the name, and "Mongolia's MOFALI")
        self.after_name(s, key, j)

    def acronym_body(self, word: str, start: int) -> str:
        """The body an undefined acronym names: the one body of the item it writes by initials or first word
        ("CMU" after "Chiang Mai University", "SPRING" after "SPRING Singapore"), else a new organization."""

        def initials(label: str) -> str:
            return "".join(w[0] for w in label.replace("-", " ").split() if w[0].isupper() and w not in ("The",))

        keys = [
            k
            for k, e in self.out.entities.items()
            if _top(e.cls) == "Organization" and (initials(e.label) == word or e.label.split()[0] == word)
        ]
        key = keys[0] if len(keys) == 1 else self.entity("Organization", word, start)
        self.alias(key, word)
        return key

    def undefined_acronym_body(self, s: Sentence, i: int, j: int) -> bool:
        """An acronym the item never spells out that can only name a body: a person's "of/at ACRONYM" ("Prof. Kim
        of KAIST") or an owner of a named unit or post ("KAIST's Graduate School of ...")."""
        toks = s.tokens
        if j - i != 1 or not self.body_acronym(toks[i].text):
            return False
        if any(
            a.text == toks[i].text and self.lex.countries.get(b.text) for x in self.sents for a, b in pairwise(x.tokens)
        ):
            return False  # "SPRING" of "SPRING Singapore": the first word of a body's name, with its country
        owner = j + 1 < len(toks) and toks[j].text in ("'s", "’s") and is_cap(toks[j + 1])
        of_person = (
            i >= 2
            and toks[i - 1].text in ("of", "at")
            and any(m.j == i - 1 and _top(self.out.entities[m.key].cls) == "Person" for m in self.cur)
        )
        return owner or of_person

    def inner_and(self, toks: list[Token], before: tuple[int, int], after: tuple[int, int]) -> bool:
        """The "and" between two parts of a list of names joins words of one name ("the APO and the National
        Productivity and Economic Development Centre", "... for Strategic Research and Productivity of the
        Ministry ..."): the part before it names no body of its own (it does not end on a body's word), and the
        part after it is no name of its own (no "the", not known, no legal form)."""
        lex = self.lex
        (a, b), (c, d) = before, after
        a += toks[a].text == "the"
        return (
            toks[c].text != "the"
            # (a remit after "for"/"of" goes on past a body's word: "Organization for Small & Medium Enterprises
            # and Regional Innovation")
            and (
                toks[b - 1].bare not in lex.org_heads
                or (any(t.text in ("for", "of") for t in toks[a:b]) and toks[d - 1].bare not in lex.org_heads)
            )
            and toks[d - 1].bare not in lex.legal_forms
            and toks[d - 1].text not in lex.legal_forms
            and not self.known(_join(toks[a:b]))
            and not self.known(_join(toks[c:d]))
            and not lex.countries.get(_join(toks[c:d]))
            and not lex.place_country(_join(toks[a:b]))  # "Nakhon Pathom and Alnoor Sports Industries"
            and all(is_cap(t) or t.text in ("of", "for", "the", "&") for t in toks[c:d])
        )

    def unknown(self, s: Sentence, i: int, j: int, lead_place: bool = False) -> None:
        """A capitalised name of unknown kind: class from an appositive, a place noun or a visit
        (``lead_place``: the name starts with a place, "Colombo Dockyard")."""
        toks, lex = s.tokens, self.lex
        if j - i == 1 and (toks[i].bare in lex.calendar or toks[i].bare in self.title_tokens):
            return
        if all(t.bare in lex.calendar or t.bare in self.title_tokens for t in toks[i:j]):
            return
        text = _join(toks[i:j])
        if self.undefined_acronym_body(s, i, j):
            self.mention(s, self.acronym_body(text, toks[i].start), i, j)
            return
        sender = self.mission_sender(text) if _MISSION_OF.fullmatch(text) else None
        if sender:  # "the Philippine Embassy (in Hanoi)"; "the Korean Embassy" after "the Embassy of the ROK in X"
            same = [
                k
                for k, e in self.out.entities.items()
                if _top(e.cls) == "Organization" and is_mission(e.label) and self.mission_sender(e.label) == sender
            ]
            key = same[0] if len(same) == 1 else self.entity("GovernmentAgency", text, toks[i].start)
            self.alias(key, text)
            self.mention(s, key, i, j)
            self.after_name(s, key, j)
            return
        # "Bat Trang ceramic village" (not "the European market")
        tail = (
            [t.text for t in toks[j : j + 3]]
            if text not in lex.demonyms and text not in lex.regional_adjectives
            else []
        )
        for n in range(1, 4):
            if (
                len(tail) >= n
                and all(re.fullmatch(r"[a-z]+", w) for w in tail[:n])
                and tail[n - 1].capitalize() in lex.place_heads
            ):
                key = self.entity("Place", f"{text} {' '.join(tail[:n])}", toks[i].start, (text,))
                self.mention(s, key, i, j + n)
                return
        # "the Vietnamese startup RiceSense": what the body is, written before its name
        m = re.search(  # (also "co-founder of Seoul fintech firm Mintgrid", "a partner at Singapore venture firm X")
            r"\b(?:the|of|at|from|with|by)\s+[A-Z][\w-]+(?: [A-Z][\w-]+)?\s+(?:[a-z][\w-]*\s+){0,3}([a-z]+)\s+$",
            s.text[: toks[i].start - s.start],
        )
        if (
            m
            and m.group(1) in lex.appositive
            and len(text) > 2  # not "At the Taichung plant I saw"
            and all(_namey(t, lex, self.title_tokens) for t in toks[i:j])
        ):
            self.mention(s, self.entity(lex.appositive[m.group(1)], text, toks[i].start), i, j)
            return
        # "three Chon Buri firms, Sri Racha Seafoods Co., Ltd., Thai Ocean Cans and Bang Saen Snacks": the kind of
        # each body of the list
        listed = _LISTED_KIND.search(s.text[: toks[i].start - s.start])
        parts = split_at(toks, i, j) if listed and listed.group(2) in lex.appositive else []
        if parts and all(is_cap(t) or t.text in ("&", ",", "of") for a, b in parts for t in toks[a:b]):
            for a, b in parts:
                self.mention(s, self.entity(lex.appositive[listed.group(2)], _join(toks[a:b]), toks[a].start), a, b)
            return
        # "Chachoengsao-based Ruamjai Packaging": what a place is the base of is a body (chunk() places it)
        if (
            i > 0
            and re.fullmatch(r"([A-Z][\w]+)-(?:based|headquartered)", toks[i - 1].text)
            and lex.place_country(toks[i - 1].text.rsplit("-", 1)[0])
            and all(_namey(t, lex, self.title_tokens) for t in toks[i:j])
        ):
            # the firm named before with its legal form ("Formosa Precision Casting Co.")
            same = next(
                (
                    k
                    for k, e in self.out.entities.items()
                    if e.label.startswith(f"{text} ") and e.label[len(text) + 1 :].strip(" ,") in lex.legal_forms
                ),
                None,
            )
            self.mention(s, same or self.entity("Organization", text, toks[i].start), i, j)
            return
        # "said AgriNova co-founder and CEO Dewi X": an unknown name before a lower-case role and a person
        t = j
        while t < len(toks) and (self.lower_title(toks[t]) or (toks[t].text == "and" and t > j)):
            t += 1
        role_after = (
            t > j
            and t < len(toks)
            and is_cap(toks[t])
            and toks[t - 1].text != "and"
            and (toks[t - 1].text.isupper() or toks[t - 1].text.capitalize() in lex.title_heads)
            and all(_namey(t2, lex, self.title_tokens) for t2 in toks[i:j])
            and text not in lex.demonyms
            and not lex.place_country(text)
        )
        # "Malaya Coffee owner X" after "Malaya Coffee Roasters Inc.": a body of the item called by the first words
        # of its name, as an employer
        if role_after and (key := self.first_word(text)):
            self.alias(key, text)
            self.mention(s, key, i, j)
            return
        if role_after and i > 0:
            self.mention(s, self.entity("Firm", text, toks[i].start), i, j)
            return
        # "Krishi Sathi, founded in 2017 by two engineers, took the first prize": a firm
        if (
            j - i <= 4
            and all(_namey(t, lex, self.title_tokens) for t in toks[i:j])
            and re.match(
                r",\s+(?:which was\s+)?(?:founded|established|set up|incorporated)\s+in\s+(?:19|20)\d\d\b",
                s.text[toks[j - 1].end - s.start :],
            )
            and not lex.place_country(text)
        ):
            self.mention(s, self.entity("Firm", text, toks[i].start), i, j)
            return
        # "X, a family-owned firm"
        if j + 1 < len(toks) and toks[j].text == ",":
            window = " ".join(t.text for t in toks[j + 1 : j + 9])
            m = re.match(r"^(?:a|an|the)\b(.*)", window)
            if m:
                for noun, cls in sorted(lex.appositive.items(), key=lambda kv: -len(kv[0])):
                    if re.search(rf"\b{re.escape(noun)}s?\b", m.group(1)):
                        key = self.entity(cls, text, toks[i].start)
                        self.mention(s, key, i, j)
                        return
        before = s.text[: toks[i].start - s.start].lower()
        namey = all(_namey(t, lex, self.title_tokens) for t in toks[i:j])
        after = s.text[toks[j - 1].end - s.start :]
        country_after = re.match(r"\s*,\s*(?:the\s+)?([A-Z][\w ]+?)\b(?:[,.;)]|$)", after)
        where = country_after and (lex.regions.get(country_after.group(1)) or lex.countries.get(country_after.group(1)))
        if (
            namey and j - i <= 3 and where and (re.search(r"\bin\s+$", before) or lex.place_country(text) == where)
        ):  # "in Nusa Dua, Bali", "in Pendik, Türkiye", "at Mahatma Mandir, Gandhinagar, Gujarat": a town there
            key = self.entity("City", text, toks[i].start)
            self.mention(s, key, i, j)
            return
        if lex.regions.get(text) and (
            re.search(r"\b(?:in|to)\s+$", before) or (country_after and lex.countries.get(country_after.group(1)))
        ):  # "in Nakhon Pathom", "Binh Duong, Vietnam": a province (not "Tanauan City, Batangas")
            key = self.entity("City", text, toks[i].start)
            self.mention(s, key, i, j)
            return
        if (  # "in the Banwol Industrial Complex, Ansan,": a town after the estate it holds
            namey
            and i > 1
            and toks[i - 1].text == ","
            and lex.place_country(text)
            and any(m.j == i - 1 and self.out.entities[m.key].cls == "Place" for m in self.cur)  # (not a city)
        ):
            self.mention(s, self.entity("City", text, toks[i].start), i, j)
            return
        # "Site visits: Kaveri Auto Components Pvt. Ltd., Sriperumbudur; Marina Castings, Chennai": the body's town
        # (the body's name may carry its abbreviation: "... Corporation (SBC), Ansan")
        body = next(
            (
                m.key
                for m in self.cur
                if m.j == i - 1 - 3 * (i >= 5 and toks[i - 2].text == ")" and toks[i - 4].text == "(")
                and _top(self.out.entities[m.key].cls) == "Organization"
            ),
            None,
        )
        if (
            body
            and namey
            and j - i <= 2
            and toks[i - 1].text == ","
            and re.match(r"\s*(?:[;:.]|$)", after)
            and text not in lex.not_towns
            and (j - i == 1 or lex.place_country(text))  # not "KOSME's Policy Fund Department, Jung Min-soo."
        ):
            city = self.entity("City", text, toks[i].start)
            self.mention(s, city, i, j)
            self.fact(body, "basedIn", city, s)
            return
        if text in lex.not_towns:
            namey = False  # "a distributor of spices in Asia": a region, not a town
        if namey and j - i <= 2 and re.search(r"\bin\s+$", before) and any(m.j == i - 1 for m in self.cur):
            org = next(m.key for m in self.cur if m.j == i - 1)
            if _top(self.out.entities[org].cls) == "Organization" and (
                re.match(r"\s*(?:[,.;]|and\b)", after) or lex.place_country(text)  # (a town, whatever follows)
            ):
                key = self.entity("City", text, toks[i].start)  # "Alnoor Sports Industries in Wazirabad, ..."
                self.mention(s, key, i, j)
                return
        if (
            namey
            and j - i <= 3
            and re.search(  # "a snack maker in Tangerang", "based in Gouda"
                r"(?:\b(?:based|headquartered|located|office|offices|plant|factory)\s+in|,\s+an?\s+[^,;.()]{2,50}?\s+in)\s+$",
                before,
            )
        ):
            key = self.entity("City", text, toks[i].start)
            self.mention(s, key, i, j)
            return
        visit = lexicon().triggers["visited"]
        # "First runner-up was VoltCycle", "named Kopiloka (Indonesia) as champion": a participant's trigger
        won = self.winner_right_before(s, i) or self.won_after(s, j)
        after_visit = won or (
            (
                re.search(
                    r"(?:prize went to|place went to|awarded to|and|,|:|;|\bare|\bwere|\binclude)\s*(the\s+)?$", before
                )
                or ((v := list(visit.finditer(before))) and re.fullmatch(r"\s*(?:the\s+)?", before[v[-1].end() :]))
                or re.search(
                    r"(?:prize|place|award)\s+(?:went\s+|was\s+awarded\s+|was\s+given\s+)?to\s+(?:the\s+)?"
                    r"(?:[a-z]+\s+)?(?:team|startup|firm|company|enterprise)?\s*$",
                    before,
                )
            )
            and (lexicon().triggers["visited"].search(before) or lexicon().triggers["attended"].search(before))
        )
        namey = all(_namey(t, lex, self.title_tokens) or t.text in lex.connectors for t in toks[i + lead_place : j])
        if (
            after_visit
            and namey
            and not (j - i == 1 and toks[i].text.isupper())
            # "the Manesar plant of X", "the Kwun Tong fulfilment center of Y": the name qualifies a site
            and not re.match(r"\s+(?:plant|factory|site|facility|fulfil?ment|warehouse|campus|branch|office)\b", after)
        ):
            cls = "Firm" if won or lexicon().triggers["attended"].search(before) else "Organization"
            teams = _TEAMS_BEFORE.search(s.text[: toks[i].start - s.start])
            parts = split_at(toks, i, j) if teams else [(i, j)]  # "are Lumora Health and Cartwise from Singapore"
            keys = [(self.entity(cls, _join(toks[a:b]), toks[a].start), a, b) for a, b in parts]
            for key, a, b in keys:
                self.mention(s, key, a, b)
            for key, _, _ in keys:
                self.after_name(s, key, j)  # "LeafLedger (Taipei, China)"


def find_mentions(sents: list[Sentence], registry: Registry) -> Mentions:
    """Find and resolve every entity mention of the sentences, in order of appearance."""
    country_reg = {}
    for eid, cls in registry.cls.items():
        if cls == "Country":
            import pycountry

            for n in (registry.label[eid], *registry.aliases[eid]):
                iso = lexicon().countries.get(n)
                if not iso:
                    try:
                        iso = pycountry.countries.lookup(n).alpha_3.lower()
                    except LookupError:
                        continue
                country_reg.setdefault(iso, eid)
    return _Finder(sents, registry, country_reg).run()
