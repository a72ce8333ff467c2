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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from .lexicon import _read, lexicon
from .resolve import Match, Registry, normalize
from .text import Sentence, Token, chunks, is_cap

__all__ = ["Entity", "Mention", "Mentions", "Stmt", "find_mentions"]


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


_SUFFIXES = {"Ltd.", "Ltd", "Inc.", "Inc", "LLC", "Limited", "Pvt.", "Co.", "Co"}
_ABBR = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Za-z][A-Za-z0-9&.\- ]{1,14}$")


class _Finder:
    def __init__(self, sents: list[Sentence], registry: Registry, country_top: dict[str, str]):
        self.lex = lexicon()
        self.sents = sents
        self.reg = registry
        self.out = Mentions()
        self.country_reg = country_top  # iso -> registry id of that country
        self.taken: set[int] = set()  # token starts already inside a mention
        self.title_tokens = self.lex.title_heads | self.lex.title_modifiers | self.lex.title_after_head
        self.professors: set[str] = set()  # people written "Prof. X" / "Professor X"

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
        key = match.id if match else f"new:{norm}"
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
                for s in {toks[0], toks[-1], " ".join(toks[-2:]) if toks[-2][0].islower() else toks[-1]}:
                    n = normalize(s)
                    if n in self.out.surnames and self.out.surnames[n] != key:
                        self.out.surnames[n] = None  # two people share it: never guess
                    else:
                        self.out.surnames[n] = key
        return key

    def alias(self, key: str, alias: str) -> None:
        ent = self.out.entities[key]
        n = normalize(alias)
        if not n:
            return
        if n not in {normalize(x) for x in (ent.label, *ent.aliases)}:
            ent.aliases.append(alias)
        self.out.names.setdefault(n, key)  # the first definition of an abbreviation wins

    def known(self, text: str) -> str | None:
        """Key of a name known so far (text, then registry), country or city."""
        n = normalize(text)
        if n in self.out.names:
            return self.out.names[n]
        iso = self.lex.countries.get(text) or self.lex.countries.get(text.removeprefix("the "))
        if iso:
            return self.country(iso, text)
        if text in self.lex.cities:
            return self.entity("City", text, 0)
        m = self.reg.lookup(text)
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
            self.cur.sort(key=lambda m: (m.i, m.j))
            self.out.by_sentence.append(self.cur)
            self.out.demonyms.append(self.demo)
        # a city's country, even when the text does not name it (kept only if a statement uses it)
        for e in list(self.out.entities.values()):
            iso = self.lex.cities.get(e.label) if e.cls == "City" else None
            if iso and not any(x.cls == "Country" and x.key in (iso, f"new:{iso}") for x in self.out.entities.values()):
                self.country_entity(iso, iso)
        # "Prof. Park Min-jae of Chungnam National University": at a university, the honorific is the title
        for n, f in enumerate(self.out.facts):
            if (
                f.relation == "represents"
                and not f.titles
                and f.subject in self.professors
                and self.out.entities[f.object].cls in ("University", "AcademicUnit")
            ):
                self.out.facts[n] = replace(f, titles=("Professor",))
        return self.out

    def dateline(self, s: Sentence) -> None:
        """ "HANOI, 6 April 2023 –", "Colombo, Sri Lanka (APO) —": the city a news item was filed from."""
        m = re.match(
            r"\s*([A-Z][A-Za-z'’ .-]{1,30}?)\s*(?:,\s*[A-Z][\w ,]{1,30}?)?\s*(?:\([A-Za-z ]+\))?\s*"
            r"(?:,\s*[^–—]{0,30}?)?\s*[–—]",
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
        if j - i > 1 and _top(ent.cls) == "Organization":
            self.unit_of(s, key, i, j)
        toks = s.tokens
        if _top(ent.cls) == "Organization" and i >= 2 and toks[i - 1].text in ("'s", "’s"):
            iso = self.lex.countries.get(toks[i - 2].text)  # "the ROK's Small and Medium Business Corporation"
            if iso:
                self.fact(key, "basedIn", self.country(iso, toks[i - 2].text), s, conf=0.7)

    def fact(self, s: str, rel: str, o: str, sent: Sentence, titles: tuple[str, ...] = (), conf: float = 0.9) -> None:
        if s != o:
            self.out.facts.append(Stmt(s, rel, o, self.sentence_index, sent.start, sent.end, conf, titles))

    # -- bodies named only by what they are -------------------------------------------------
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

    def sub_event(self, s: Sentence) -> None:
        """ "attended seminars of the ASEAN-Korea Startup Week": the seminars, part of the week."""
        toks, base = s.tokens, s.start
        for m in re.finditer(r"\battended\s+(?:the\s+)?(\w+)\s+(?:of|at|during)\s+(?:the\s+)?", s.text):
            kind = m.group(1).lower()
            cls = self.lex.program_nouns.get(re.sub(r"e?s$", "", kind)) or self.lex.program_nouns.get(kind[:-1])
            if not cls or not kind.endswith("s"):
                continue
            parent = next((x for x in self.cur if x.start - base == m.end()), None)
            if parent is None or _top(self.out.entities[parent.key].cls) != "Program":
                continue
            a = next((n for n, t in enumerate(toks) if t.start - base == m.start(1)), None)
            if a is None:
                continue
            label = f"{kind.capitalize()} of the {self.out.entities[parent.key].label}"
            key = self.entity(cls, label, toks[a].start)
            self.mention(s, key, a, a + 1)
            self.out.sub_events[key] = (self.sentence_index, parent.key)
            self.fact(key, "partOf", parent.key, s, conf=0.7)

    def predecessor(self, s: Sentence) -> None:
        """ "the ROK upgraded its previous SME authority ... under the new Ministry of X", "The Ministry of X
        replaced the former SME agency": X succeeds that earlier body (which the text does not name)."""
        t = self.lex.triggers.get("succeeds")
        m = t.search(s.text) if t else None
        if not m:
            return
        base = s.start
        country = [x for x in self.cur if self.out.entities[x.key].cls == "Country" and x.end - base <= m.start()]
        new = [
            x
            for x in self.cur
            if _top(self.out.entities[x.key].cls) == "Organization"
            and x.start - base > m.end()
            and re.search(r"\bnew\s+$", s.text[: x.start - base])
        ]
        if not new:  # "The Ministry of X replaced the former SME agency": the subject succeeds it
            new = [
                x
                for x in self.cur
                if _top(self.out.entities[x.key].cls) == "Organization"
                and x.end - base <= m.start()
                and re.fullmatch(
                    r"(?:\s*\([^)]*\))?(?:\s*,[^,]{0,60},)?\s*,?\s*(?:which\s+)?(?:has|had|have|was)?\s*",
                    s.text[x.end - base : m.start()],
                )
            ]
        if not new:
            return
        what = re.sub(r"(?:\s+(?:of|for|in|and|the|with|under))+$", "", m.group(1))
        head = what.split()[-1].capitalize()
        cls = self.lex.org_heads.get(head, "Organization")
        if _top(cls) != "Organization":
            cls = "Organization"
        label = f"Former {what}" + (f" of {_the(self.out.entities[country[-1].key].label)}" if country else "")
        key = self.entity(cls, label, base + m.start(1))
        self.fact(new[0].key, "succeeds", key, s, conf=0.7)
        if country:
            self.fact(key, "basedIn", country[-1].key, s, conf=0.7)
            self.fact(new[0].key, "basedIn", country[-1].key, s, conf=0.65)

    # -- an organization's record of activities ------------------------------------------
    def activity_record(self, s: Sentence) -> None:
        """ "The APO has been organizing activities focusing on SMEs, including bilateral capacity building
        in A, B and C as well as workshops in D and E": one program per kind, organized by the subject,
        held in each country listed."""
        verb = _activity_verbs().search(s.text)
        if not verb:
            return
        toks, base = s.tokens, s.start
        orgs = [x for x in self.cur if _top(self.out.entities[x.key].cls) == "Organization"]
        subj = [x for x in orgs if x.end - base <= verb.start()]
        if not subj:
            return
        org = subj[-1].key
        focus = re.search(r"\b(?:focusing|focused|centred|centered)\s+on\s+([^,;.]+?)(?=,|;|\.|$)", s.text)
        about = focus.group(1).strip() if focus else ""
        countries = sorted((x for x in self.cur if self.out.entities[x.key].cls == "Country"), key=lambda x: x.i)
        for m in _activity_kinds().finditer(s.text, verb.end()):
            kind = m.group(0)
            a = next((n for n, t in enumerate(toks) if t.start - base == m.start()), None)
            b = next((n + 1 for n, t in enumerate(toks) if t.end - base == m.end()), None)
            if a is None or b is None or b >= len(toks) or toks[b].text != "in":
                continue
            listed, k = [], b + 1
            while k < len(toks):
                if toks[k].text in (",", "and", "the"):
                    k += 1
                    continue
                c = next((x for x in countries if x.i == k), None)
                if c is None:
                    break
                listed.append(c)
                k = c.j
            plural = kind.lower().endswith("s") or kind.lower() in _activity_classes()
            if len(listed) < 2 or not plural or any(x.i < b <= x.j for x in self.cur):
                continue
            singular = kind.lower()
            cls = _activity_classes().get(singular) or self.lex.program_nouns.get(re.sub(r"e?s$", "", singular))
            if not cls:
                cls = self.lex.program_nouns.get(singular[:-1], "Program")
            ent = self.out.entities[org]
            short = _short_name(ent)
            label = f"{short} {kind.lower()}" + (f" on {about}" if about else "")
            key = self.entity(cls, label, toks[a].start, exact=True)
            self.mention(s, key, a, b)
            self.out.activities[key] = self.sentence_index
            self.fact(org, "organized", key, s, conf=0.7)
            for c in listed:
                self.fact(key, "heldIn", c.key, s, conf=0.7)

    # -- programs named in lower case ---------------------------------------------------
    def find_programs(self, s: Sentence) -> None:
        lex, toks = self.lex, s.tokens
        words = [t.text.lower() for t in toks]
        by_first = _noun_index()
        i = 0
        while i < len(toks):
            hit = None
            for noun, parts in by_first.get(words[i], ()):
                if words[i : i + len(parts)] == parts:
                    hit = noun
                    break
            if not hit:
                i += 1
                continue
            n_end = i + len(hit.split())
            # modifiers before the noun
            b = i
            while b > 0 and (
                toks[b - 1].text in lex.program_modifiers or toks[b - 1].text.lower() in lex.program_modifiers
            ):
                b -= 1
            k = n_end
            abbr = ""
            if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")":
                abbr = toks[k + 1].text
                k += 3
            if k < len(toks) and words[k] in ("on", "for") and k + 1 < len(toks):
                e = self.topic_end(toks, k + 1)
                if e > k + 1:
                    mods = [t.text for t in toks[b:i] if t.text not in ("APO", "live", "online", "virtual", "joint")]
                    head = " ".join([*mods, *[t.text for t in toks[i:n_end]]])
                    topic = " ".join(t.text for t in toks[k + 1 : e])
                    if not any(is_cap(t) for t in toks[k + 1 : e]):
                        if not re.search(r"\b(an?|the)\s*$", " ".join(words[max(0, b - 2) : b])):
                            i = n_end
                            continue
                        cls = lex.program_nouns[hit]
                        same = [x for x, ent in self.out.entities.items() if ent.cls == cls and ent.named]
                        if b > 0 and words[b - 1] == "the" and len(same) == 1:
                            # "hosted the dialogue for the first time": the dialogue named before
                            self.mention(s, same[0], b, n_end)
                            self.taken.update(range(b, n_end))
                            i = n_end
                            continue
                        topic = _title(topic)
                    label = f"{_title(head)} {toks[k].text} {topic}"
                    key = self.entity(lex.program_nouns[hit], label, toks[b].start, (abbr,) if abbr else ())
                    self.mention(s, key, b, e)
                    self.taken.update(range(b, e))
                    i = e
                    continue
            # "The e-course Digital Finance for Micro and Small Enterprises was open ...": the name after the noun
            if (
                not abbr
                and k < len(toks)
                and is_cap(toks[k])
                and b > 0
                and words[b - 1] in ("the", "its", "this")
                and toks[k].bare not in lex.calendar
                and toks[k].bare not in lex.title_heads
            ):
                e = self.topic_end(toks, k)
                name = _join(toks[k:e])
                if e - k >= 2 and not self.known(name) and self.org_or_program_class(toks, k, e) in (None, "Firm"):
                    key = self.entity(lex.program_nouns[hit], name, toks[k].start, (hit,))
                    self.mention(s, key, b, e)
                    self.taken.update(range(b, e))
                    i = e
                    continue
            i = n_end

    def abbreviated_program(self, s: Sentence) -> None:
        """ "under the Bilateral Cooperation between NPOs (BCBN) program": a name with its abbreviation,
        then the kind of program in lower case (the name may hold lower-case words such as "between")."""
        toks = s.tokens
        for m in _ABBR_PROGRAM.finditer(s.text):
            a = next((n for n, t in enumerate(toks) if t.start - s.start == m.start(1)), None)
            b = next((n + 1 for n, t in enumerate(toks) if t.end - s.start == m.end(1)), None)
            if a is None or b is None or any(t in self.taken for t in range(a, b + 3)):
                continue
            name, abbr = m.group(1), m.group(2)
            if self.known(name) or self.known(abbr) or not is_cap(toks[b - 1]):
                continue
            cls = self.lex.program_nouns.get(m.group(3).lower(), "Program")
            key = self.entity(cls, name, toks[a].start, (abbr,))
            self.mention(s, key, a, b)
            self.mention(s, key, b + 1, b + 2)
            self.taken.update(range(a, b + 3))

    def owned_program(self, s: Sentence) -> None:
        """ "under the APO's bilateral cooperation program": a program of its owner (runBy comes from
        the relations stage). The label is the capitalised name, else "<OWNER> <words> <noun>"."""
        toks, base = s.tokens, s.start
        for m in _owned().finditer(s.text):
            owner = self.known(m.group("org"))
            if owner is None or _top(self.out.entities[owner].cls) != "Organization":
                continue
            words = m.group("name").split()
            caps = next((n for n, w in enumerate(words) if w[0].isupper()), None)
            a = next((n for n, t in enumerate(toks) if t.start - base == m.start("name")), None)
            b = next((n + 1 for n, t in enumerate(toks) if t.end - base == m.end("noun")), None)
            if a is None or b is None or any(t in self.taken for t in range(a, b)) or not words:
                continue
            if caps is not None:
                if any(w[0].islower() and w not in (*self.lex.connectors, "on", "in", "to") for w in words[caps:]):
                    continue
                label, a = " ".join(words[caps:]), a + caps
            else:
                label = f"{m.group('org')} {m.group('name')}{m.group('noun').lower()}"
            key = self.entity("Program", label, toks[a].start, exact=True)
            self.mention(s, key, a, b)
            self.taken.update(range(a, b))

    def topic_end(self, toks: list[Token], k: int) -> int:
        """End of a program topic: capitalised words with connectors, or up to 4 lowercase words."""
        lex = self.lex
        e = k
        while e < len(toks):
            t = toks[e].text
            if is_cap(toks[e]) or (t[0].isdigit() and e > k):
                e += 1
            elif t in lex.connectors or t == "between":
                if e + 1 < len(toks) and (is_cap(toks[e + 1]) or toks[e + 1].text in lex.connectors):
                    e += 1
                else:
                    break
            elif t in ("-",):
                e += 1
            else:
                break
        if e == k:  # lowercase topic: "training course for productivity specialists in Lahore"
            while e < len(toks) and e - k < 4 and re.fullmatch(r"[a-z][a-z\-]+", toks[e].text):
                if toks[e].text in ("in", "at", "from", "on", "with", "which", "that", "was", "were", "to", "held"):
                    break
                e += 1
        return e

    # -- capitalised chunks --------------------------------------------------------------
    def chunk(self, s: Sentence, i: int, j: int) -> None:
        self.name_chunk(s, i, j)
        # "Taoyuan-based Formosa Precision Casting": the organization is in that place
        based = re.fullmatch(r"([A-Z][\w ]+?)-(?:based|headquartered)", s.tokens[i - 1].text) if i > 0 else None
        org = next((m.key for m in self.cur if m.i == i), None) if based else None
        if based and org and _top(self.out.entities[org].cls) == "Organization":
            place = based.group(1)
            if i > 1 and is_cap(s.tokens[i - 2]) and f"{s.tokens[i - 2].text} {place}" in self.lex.cities:
                place = f"{s.tokens[i - 2].text} {place}"  # "Hai Phong-based"
            iso = self.lex.countries.get(place)
            if iso or place in self.lex.cities:  # not "Cloud-based Acme Technologies"
                where = self.country(iso, place) if iso else self.entity("City", place, s.tokens[i - 1].start)
                self.fact(org, "basedIn", where, s, conf=0.8)

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
        if i >= j:
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
        # "The Secretary-General of the Asian Productivity Organization (APO), Dr. X": the title is no name
        k = i
        while k < j and toks[k].bare in self.title_tokens:
            k += 1
        if (
            k > i
            and k + 1 < j
            and toks[k].text == "of"
            and any(t.bare in lex.title_heads for t in toks[i:k])
            and j < len(toks)
            and toks[j].text in (",", "(")
        ):
            o = k + 1 + (toks[k + 1].text == "the")
            if o < j and (self.known(_join(toks[o:j])) or self.org_or_program_class(toks, o, j)):
                self.chunk(s, o, j)
                return
        if (  # "at the Taipei International Convention Center": a venue
            lex.venue.search(_join(toks[i:j]))
            and i > 0
            and re.search(r"\b(?:at|in)\s+(?:the\s+)?$", s.text[: toks[i].start - s.start])
            and not self.known(_join(toks[i:j]))
        ):
            return
        # a chunk "X and Y" of two known names
        parts = _split_and(toks, i, j)
        if len(parts) > 1 and any(_join(toks[a:b]) in lex.demonyms for a, b in parts):  # "Bhutanese and Sri Lankan"
            for a, b in parts:
                self.chunk(s, a, b)
            return
        if (
            len(parts) > 1
            and not self.known(_join(toks[i:j]))
            and (
                any(self.known(_join(toks[a:b])) for a, b in parts)
                or all(  # "X Hub and Y Lab"; not "Ministry of Industry and Mine", "Small Industries and Parks ..."
                    b - a > 1
                    and self.org_or_program_class(toks, a, b) not in (None, "Firm", "Ministry")
                    and "of" not in [t.text for t in toks[a:b]]
                    for a, b in parts
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
                if self.reg.lookup(_join(toks[merged[-1][0] : b])):
                    merged[-1] = (merged[-1][0], b)
                else:
                    merged.append((a, b))
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
            if (
                toks[k].text == "and"
                and (self.person_context(s, k + 1, j) or honorific_next)
                and not self.known(_join(toks[i:j]))
            ):
                self.chunk(s, i, k)
                self.chunk(s, k + 1, j)
                return
        if self.lowercase_role(s, i, j):
            return
        if self.title_person(s, i, j):
            return
        if self.title_of_org_person(s, i, j):
            return
        if self.honorific_person(s, i, j):
            return
        if self.person_of_org(s, i, j):
            return
        if (  # "Eun-ji Park, Director of ...": a surname that is also an organization head
            2 <= j - i <= 3
            and toks[j - 1].bare in _SURNAME_HEADS
            and j < len(toks)
            and toks[j].text == ","
            and self.starts_title(s, j + 1)
            and all(_namey(t, lex, self.title_tokens) for t in toks[i : j - 1])
            and not self.known(_join(toks[i:j]))
        ):
            self.person(s, i, j)
            return
        text = _join(toks[i:j])
        key = self.known(text)
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
        if kind and (cls is None or _top(cls) == "Organization") and not self.known(_join(toks[i:j])):
            cls = _programs_yaml()["apposition_classes"][kind.group(1).lower()]
        if (
            cls
            and _top(cls) == "Program"
            and toks[j - 1].bare in (_programs_yaml().get("firm_like_heads") or ())
            and not (i > 0 and toks[i - 1].text.lower() in ("the", "a", "an", "its", "this"))
            and not (j < len(toks) and toks[j].text in ("on", "for", "of"))
        ):
            cls = "Firm"
        # "its Technical Expert Services (TES) program": a name followed by a lower-case program noun
        k = j + 3 if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" else j
        noun = toks[k].text if k < len(toks) and not (cls and _top(cls) == "Person") else ""
        if (
            noun in ("program", "programme", "initiative", "series", "scheme")
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
        if cls:
            self.named_thing(s, cls, i, j)
            return
        if re.search(r"(?:prize|place|award|winner|runner-up)s?\s*:\s*$", s.text[: toks[i].start - s.start], re.I):
            self.named_thing(s, "Firm", i, j)  # "First prize: FasalSense (Pakistan), ...": a winning team
            return
        if self.person_by_context(s, i, j):
            return
        close = next((c for c in range(j + 2, min(j + 5, len(toks))) if toks[c].text == ")"), 0)
        if j < len(toks) and toks[j].text == "(" and close and j - i > 1:
            inner = _join(toks[j + 1 : close])
            if _ABBR.match(inner) and inner not in lex.countries:
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
        close = next((c for c in range(j + 2, min(j + 6, len(toks))) if toks[c].text == ")"), 0)
        if j < len(toks) and toks[j].text == "(" and close:
            inner = _join(toks[j + 1 : close])
            iso = self.lex.countries.get(inner)
            if iso:
                c = self.country(iso, inner)
                self.mention(s, c, j + 1, close)
                self.fact(key, "basedIn", c, s, conf=0.8)
            elif _ABBR.match(inner) and self.out.entities[key].cls not in _PERSON_CLASSES:
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

    def named_thing(self, s: Sentence, cls: str, i: int, j: int) -> None:
        """An organization/program/place chunk: strip "of Country", split "Unit, Parent", record aliases."""
        toks = s.tokens
        country = None
        short = ""
        # trailing "of (the) Country": the full name stays the label, the short one is an alias
        for k in range(j - 1, i, -1):
            if toks[k].text == "of":
                tail = _join(toks[k + 1 : j])
                iso = self.lex.countries.get(tail) or self.lex.countries.get(tail.removeprefix("the "))
                if iso:
                    country = self.country(iso, tail)
                    short = _join(toks[i:k])
                break
        text = _join(toks[i:j])
        key = self.known(text) or (self.known(short) if short else None)
        if key is None:
            key = self.entity(cls, text, toks[i].start, (short,) if short else ())
        self.mention(s, key, i, j)
        if country:
            self.fact(key, "basedIn", country, s)
        # a country or city named inside an organization's name: "Japan Productivity Center"
        ent = self.out.entities[key]
        if _top(ent.cls) == "Organization" and ent.label in self.lex.org_countries:
            pass  # the name misleads ("China Productivity Center" is in the ROC): see draft._name_facts
        elif _top(ent.cls) == "Organization":
            for t in toks[i:j]:
                iso = self.lex.countries.get(t.bare) or self.lex.demonyms.get(t.bare)
                if iso and not country and t.bare not in ("Asian", "Asia"):
                    self.fact(key, "basedIn", self.country(iso, t.bare), s, conf=0.7)
                    break
        self.after_name(s, key, j)
        # "Mongolia's MOFALI": possessive country before the name
        if i >= 2 and toks[i - 1].text in ("'s", "’s"):
            iso = self.lex.countries.get(toks[i - 2].text)
            if iso and _top(ent.cls) == "Organization":
                self.fact(key, "basedIn", self.country(iso, toks[i - 2].text), s, conf=0.8)

    def unit_of(self, s: Sentence, key: str, i: int, j: int) -> None:
        """A unit named after its parent: "APO Secretariat Industry Department" is partOf "APO Secretariat"."""
        toks = s.tokens
        for k in range(j - 1, i, -1):
            ptext = _join(toks[i:k])
            parent = self.out.names.get(normalize(ptext)) or self.known(ptext)
            if parent and parent != key and _top(self.out.entities[parent].cls) == "Organization":
                self.fact(key, "partOf", parent, s)
                self.unit_of(s, parent, i, k)
                return

    def org_or_program_class(self, toks: list[Token], i: int, j: int) -> str | None:
        lex = self.lex
        words = [t.bare for t in toks[i:j]]
        if len(words) > 2 and re.fullmatch(r"(?:19|20)\d\d", words[-1]):  # "... Startup Challenge 2022"
            words = words[:-1]
        last = words[-1]
        last2 = " ".join(words[-2:])
        if last == "City" and len(words) > 1 and "of" not in words:  # "Mandaue City", "Lapu-Lapu City"
            return "City"
        if last in lex.program_heads and not (len(words) > 2 and words[-2] == "of"):
            return lex.program_heads[last]
        for n in range(1, len(words) - 1):  # "Productivity Voucher for SMEs", "Workshop on X": the head before
            if words[n + 1] in ("for", "on") and words[n] in lex.program_heads and words[0] not in lex.org_starts:
                return lex.program_heads[words[n]]
        for w in (last2, last):
            if w in lex.place_heads and w not in lex.org_heads:
                return "Place"
        cls = lex.org_heads.get(last2) or lex.org_heads.get(last)
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

    # -- people --------------------------------------------------------------------------
    def title_person(self, s: Sentence, i: int, j: int) -> bool:
        """ORG TITLE(S) [honorific] NAME inside one chunk."""
        toks = s.tokens
        for name_len in (4, 3, 2, 1):
            a = j - name_len
            if a <= i:
                continue
            name = toks[a:j]
            if not all(_namey(t, self.lex, self.title_tokens) for t in name) or (
                name_len > 1
                and self.org_or_program_class(toks, a, j)
                and not self.out.names.get(normalize(_join(name)))
            ):
                continue
            h = a
            while h > i and self.is_honorific(toks, h):
                h -= 1
            run_end = h
            k = run_end
            while k > i and (toks[k - 1].bare in self.title_tokens or (toks[k - 1].text in ("and", "&") and k - 1 > i)):
                k -= 1
            while k < run_end and toks[k].text in ("and", "&"):
                k += 1
            scope = ()
            if k - 2 > i and toks[k - 1].text in ("for", "of") and toks[k - 2].bare in self.lex.title_heads:
                # "RVO Deputy Director for International Business Maartje van Leeuwen": the title has a scope
                scope = tuple(t.text for t in toks[k - 1 : run_end])
                k -= 1
                while k > i and toks[k - 1].bare in self.title_tokens:
                    k -= 1
                run_end = k + next(n for n, t in enumerate(toks[k:run_end]) if t.text in ("for", "of"))
            run = [t.bare for t in toks[k:run_end]]
            if (  # "Associate Professor Rizal Ahmad": the "honorific" ends the title
                run
                and not any(w in self.lex.title_heads for w in run)
                and not scope
                and all(t.bare in self.title_tokens for t in toks[run_end:a])
            ):
                run_end = a
                run = [t.bare for t in toks[k:run_end]]
            if not any(w in self.lex.title_heads for w in run):
                continue
            if name_len == 1 and not self.known_person(name[0].bare):
                continue
            titles = _split_titles(run, self.lex)
            if scope:
                titles = (*titles[:-1], " ".join((titles[-1], *scope)))
            pkey = self.person(s, a, j)
            if pkey is None:
                continue
            org_key = None
            for q in range(i + 1, k):  # "A Senior Advisor B and C CEO D": the first role is a chunk of its own
                if toks[q].text == "and" and any(t.bare in self.lex.title_heads for t in toks[i:q]):
                    if _namey(toks[q - 1], self.lex, self.title_tokens):
                        self.chunk(s, i, q)
                        i = q + 1
                    break
            if k > i:
                org_key = self.org_span(s, i, k)
                if org_key is None and k - i <= 3:
                    # "KPC International Cooperation Director": unknown words after a known org go into the title
                    for cut in range(k - 1, i, -1):
                        org_key = self.out.names.get(normalize(_join(toks[i:cut])))
                        if org_key:
                            self.mention(s, org_key, i, cut)
                            titles = (_join(toks[cut:k]) + " " + titles[0], *titles[1:])
                            break
            if org_key is None and k == i and i >= 2 and toks[i - 1].text in ("'s", "’s"):
                # "Luzon Green Bank's Vice President Maria Santos": the possessive names the organization
                org_key = next((m.key for m in self.cur if m.j == i - 1), None)
            if org_key and _top(self.out.entities[org_key].cls) == "Organization":
                self.fact(pkey, "represents", org_key, s, titles)
            return True
        return False

    def ministry_of(self, s: Sentence, o: int, e: int) -> str:
        """The ministry a "Minister of X" title names, from the words X at tokens o..e (with "X, Country"
        placing it)."""
        toks = s.tokens
        span_text, country = self.strip_country(_join(toks[o:e]))
        org = self.known(f"Ministry of {span_text}") or self.entity(
            "Ministry", f"Ministry of {span_text}", toks[o].start
        )
        self.mention(s, org, o, e)
        if country:
            self.fact(org, "basedIn", country, s)
        return org

    def title_of_org_person(self, s: Sentence, i: int, j: int) -> bool:
        """TITLE of ORG [honorific] NAME inside one chunk ("Minister of Industries Hon. Ramesh Pathirana",
        "Director of the Export Division Ms. Hana Kim")."""
        toks = s.tokens
        k = i
        while k < j and toks[k].bare in self.title_tokens:
            k += 1
        if k == i or k + 2 >= j or toks[k].text not in ("of", "for"):
            return False
        run = [t.bare for t in toks[i:k]]
        if not any(w in self.lex.title_heads for w in run):
            return False
        if toks[k].text == "for" and _split_titles(run, self.lex)[-1].split()[-1] != "Minister":
            return False  # "Minister for Industry, ..." names a ministry; "Director for X" a remit
        o = k + 1 + (toks[k + 1].text == "the")
        minister = _split_titles(run, self.lex)[-1].split()[-1] == "Minister"
        # prefer the split whose organization ends in an organization word ("... Administration Kamal Perera")
        lens = sorted(
            (4, 3, 2), key=lambda n: not (minister or (j - n - 1 >= o and toks[j - n - 1].bare in self.lex.org_heads))
        )
        for name_len in lens:
            a = j - name_len
            h = a
            while h > o and self.is_honorific(toks, h):
                h -= 1
            if h <= o or (h == a and name_len < 2):
                continue
            if not all(_namey(t, self.lex, self.title_tokens) for t in toks[a:j]):
                continue
            if self.org_or_program_class(toks, a, j) or self.known(_join(toks[a:j])):
                continue
            if h == a and not (self.org_or_program_class(toks, o, h) or self.known(_join(toks[o:h]))):
                continue  # without an honorific, the name must follow a recognisable organization
            titles = _split_titles(run, self.lex)
            org = self.ministry_of(s, o, h) if minister else self.org_span(s, o, h, force=True)
            pkey = self.person(s, a, j)
            if pkey is None:
                return False
            if org and _top(self.out.entities[org].cls) == "Organization":
                self.fact(pkey, "represents", org, s, titles)
            return True
        return False

    def is_honorific(self, toks: list[Token], h: int) -> bool:
        return toks[h - 1].text in self.lex.honorifics or toks[h - 1].bare in {
            x.rstrip(".") for x in self.lex.honorifics if " " not in x
        }

    def honorific_person(self, s: Sentence, i: int, j: int) -> bool:
        toks = s.tokens
        h = i
        while h < j and (toks[h].text in self.lex.honorifics or f"{toks[h].bare}." in self.lex.honorifics):
            if toks[h].bare in ("Professor",) and h + 1 < j and not _namey(toks[h + 1], self.lex, self.title_tokens):
                break
            h += 1
        if h == i or h >= j:
            return False
        e = h
        while e < j and e - h < 4 and _namey(toks[e], self.lex, self.title_tokens):
            e += 1
        if e == h:
            return False
        pkey = self.person(s, h, e)
        if pkey and any(t.bare in ("Prof", "Professor") for t in toks[i:h]):
            self.professors.add(pkey)
        if pkey is None:
            return False
        if e < j:
            if toks[e].text == "of":  # "Dr. Ivan Petrov of the Moscow Business School and Mr. Jamal Uddin"
                o = e + 1 + (e + 1 < j and toks[e + 1].text == "the")
                cut = next(
                    (
                        q
                        for q in range(o + 1, j - 1)
                        if toks[q].text == "and"
                        and (self.is_honorific(toks, q + 2) or self.person_context(s, q + 1, j))
                    ),
                    j,
                )
                org = self.org_span(s, o, cut, force=cut - o >= 2) if o < cut else None
                if org and not any(f.subject == pkey and f.relation == "represents" for f in self.out.facts):
                    self.fact(pkey, "represents", org, s, conf=0.7)
                if org and cut < j:
                    self.chunk(s, cut + 1, j)
                if org:
                    return True
            self.chunk(s, e, j)
        return True

    def known_person(self, word: str) -> bool:
        return bool(self.out.surnames.get(normalize(word)))

    def person(self, s: Sentence, a: int, b: int) -> str | None:
        toks = s.tokens
        text = _join(toks[a:b])
        n = normalize(text)
        key = self.out.names.get(n)
        if key is None and (b - a == 1 or (b - a == 2 and toks[a].text[0].islower())):
            key = self.out.surnames.get(n)
            if key is None:
                return None
        if key is None:
            key = self.entity("Person", text, toks[a].start)
        if _top(self.out.entities[key].cls) != "Person":
            return None
        self.mention(s, key, a, b)
        self.after_name(s, key, b)
        self.title_after(s, key, b)
        self.title_before_of(s, key, a, b)
        self.title_of_org_before(s, key, a)
        self.title_name_org(s, key, a, b)
        if b < len(toks) and toks[b].text in ("also", "concurrently", "serves", "served"):
            self.also_role(s, key, b)  # "Dr. Retno also serves as the APO National Liaison Officer for Indonesia"
        self.from_after(s, key, b)
        return key

    def title_name_org(self, s: Sentence, pkey: str, a: int, b: int) -> None:
        """TITLE PERSON, ORG ("Associate Professor Rizal Ahmad, Universiti Malaya, led the sessions")."""
        toks = s.tokens
        if (
            b + 1 >= len(toks)
            or toks[b].text != ","
            or any(f.subject == pkey and f.relation == "represents" for f in self.out.facts)
        ):
            return
        h = a
        while h > 0 and self.is_honorific(toks, h) and toks[h - 1].bare not in self.title_tokens:
            h -= 1  # "Dr.", not "Professor": that one may end a title ("Associate Professor")
        t = h
        while t > 0 and toks[t - 1].bare in self.title_tokens:
            t -= 1
        run = [x.bare for x in toks[t:h]]
        if not any(w in self.lex.title_heads for w in run) or self.starts_title(s, b + 1):
            return
        if not self.org_after_comma(toks, b + 1):
            return
        oe = self.org_end(toks, b + 1)
        org = self.org_span(s, b + 1, oe, force=True)
        if org:
            self.fact(pkey, "represents", org, s, _split_titles(run, self.lex))

    def title_of_org_before(self, s: Sentence, pkey: str, a: int) -> None:
        """TITLE of ORG, [honorific] PERSON ("The Minister of Investment, Trade and Industry, Dato' Seri Azlan
        bin Hashim, graced ...")."""
        toks = s.tokens
        h = a
        while h > 0 and self.is_honorific(toks, h):
            h -= 1
        if (
            h < 4
            or toks[h - 1].text != ","
            or any(f.subject == pkey and f.relation == "represents" for f in self.out.facts)
        ):
            return
        end = h - 1
        for k in range(end - 1, max(0, end - 14), -1):
            if toks[k].text not in ("of", "for") or not (
                toks[k - 1].bare in self.lex.title_heads or toks[k - 1].bare in self.lex.title_after_head
            ):
                continue
            t = k
            while t > 0 and toks[t - 1].bare in self.title_tokens:
                t -= 1
            titles = _split_titles([x.bare for x in toks[t:k]], self.lex)
            o = k + 1 + (toks[k + 1].text == "the")
            if end - o > 3 and toks[end - 1].text == ")" and toks[end - 3].text == "(":
                end -= 3  # "of the Asian Productivity Organization (APO), Dr. X"
            if toks[k].text == "for" and titles[-1].split()[-1] != "Minister":
                return  # "Director for Strategic Research, X": a remit, not an organization
            if titles[-1].split()[-1] == "Minister":
                org = self.ministry_of(s, o, end)
            elif "," in (x.text for x in toks[o:end]):
                return
            else:
                org = self.org_span(s, o, end)
            if org and _top(self.out.entities[org].cls) == "Organization":
                self.fact(pkey, "represents", org, s, titles)
            return

    def title_before_of(self, s: Sentence, pkey: str, a: int, b: int) -> None:
        """TITLE PERSON of ORG ("Professor Huang Wen-Chieh of the Department of X, University Y")."""
        toks = s.tokens
        if (
            b + 1 >= len(toks)
            or toks[b].text != "of"
            or any(f.subject == pkey for f in self.out.facts if f.relation == "represents")
        ):
            return
        k = a
        while k > 0 and toks[k - 1].bare in self.title_tokens:
            k -= 1
        run = [t.bare for t in toks[k:a]]
        if any(w in self.lex.title_heads for w in run):
            # the role ends where the list goes on (", and Anjali Rao (India), ...")
            cut = next((q for q in range(b + 2, len(toks)) if toks[q].text == "and" and toks[q - 1].text == ","), None)
            short = s if cut is None else replace(s, tokens=toks[: cut - 1])
            self.one_role(short, pkey, b, before=run)

    def from_after(self, s: Sentence, pkey: str, b: int) -> None:
        """PERSON from Country (based there); PERSON from ORG (the unit they represent is part of ORG)."""
        toks = s.tokens
        if b + 3 < len(toks) and toks[b].text == "," and toks[b + 1].text in ("a", "an"):
            # "Sabina Karki, a management consultant from Nepal": a lower-case description, then "from"
            q = b + 2
            while (
                q < len(toks) and q - b < 7 and re.fullmatch(r"[a-z][a-z-]*", toks[q].text) and toks[q].text != "from"
            ):
                q += 1
            if q < len(toks) and toks[q].text == "from" and q > b + 2:
                b = q
        if b + 1 >= len(toks) or toks[b].text != "from":
            return
        o = b + 1
        while o < len(toks) and toks[o].text == "the":
            o += 1
        e = self.org_end(toks, o)
        if e <= o:
            return
        text = _join(toks[o:e])
        iso = self.lex.countries.get(text) or self.lex.countries.get(f"the {text}")
        q = next((q for q in range(o + 1, e) if toks[q].text in ("and", "&")), None)
        if not iso and q:  # "Hiroshi Kato from Japan and Dr. Lim ...": the country ends at "and"
            iso = self.lex.countries.get(_join(toks[o:q]))
            if iso:
                e, text = q, _join(toks[o:q])
        if iso:
            c = self.country(iso, text)
            self.mention(s, c, o, e)
            self.fact(pkey, "basedIn", c, s, conf=0.75)
            return
        org = self.org_span(s, o, e)
        if org:
            units = [f.object for f in self.out.facts if f.subject == pkey and f.relation == "represents"]
            for u in units:
                if self.out.entities[u].cls in ("AcademicUnit", "OrganizationalUnit"):
                    self.fact(u, "partOf", org, s, conf=0.7)
                    break
            else:
                self.fact(pkey, "represents", org, s, conf=0.6)

    def person_by_context(self, s: Sentence, i: int, j: int) -> bool:
        toks = s.tokens
        if (
            not (1 <= j - i <= 4)
            or not all(
                _namey(t, self.lex, self.title_tokens) or (n and t.bare in self.lex.starters)  # "Bui Van Long"
                for n, t in enumerate(toks[i:j])
            )
        ):
            return False
        if j - i == 1:
            if self.known_person(toks[i].bare):
                self.person(s, i, j)
                return True
            return False
        nxt = toks[j].text if j < len(toks) else ""
        nxt2 = toks[j + 1] if j + 1 < len(toks) else None
        ctx = (
            (nxt == "(" and nxt2 is not None and self.paren_country(toks, j + 1))
            or (nxt == "," and nxt2 is not None and self.starts_title(s, j + 1))
            or nxt in ("said", "says", "noted", "added")
            or (i > 0 and toks[i - 1].text in ("said", "says", "added", "noted") and nxt in (",", "."))
            or (nxt in ("is", "was") and nxt2 is not None and self.starts_title(s, j + 1))
            or (nxt == "," and self.role_description(toks, j + 1))
            or (nxt == "," and nxt2 is not None and nxt2.text in ("founder", "co-founder") and j + 2 < len(toks))
            or (  # "Farid Hassan from Malaysia and ..."
                nxt == "from"
                and nxt2 is not None
                and j - i >= 2
                and any(
                    self.lex.countries.get(_join(toks[j + 1 : j + 1 + n])) for n in (1, 2, 3) if j + 1 + n <= len(toks)
                )
            )
        )
        if not ctx:
            return False
        self.person(s, i, j)
        return True

    def lowercase_role(self, s: Sentence, i: int, j: int) -> bool:
        """ "Margalla Ventures partner Omar Farooq Siddiqui": an organization, a lower-case role, a name."""
        toks = s.tokens
        role = toks[i - 1].text.capitalize() if i >= 2 else ""
        if role.endswith("s") and role[:-1] in self.lex.title_heads:
            role = role[:-1]  # "KOSGEB experts Burak Kaya and Zeynep Arslan"
        if i < 2 or role not in self.lex.title_heads or not toks[i - 1].text.islower():
            return False
        org = next((m.key for m in self.cur if m.j == i - 1), None)
        if org is None or _top(self.out.entities[org].cls) != "Organization":
            return False
        e = i
        while e < j and e - i < 4 and _namey(toks[e], self.lex, self.title_tokens):
            e += 1
        if e - i < 2 or self.known(_join(toks[i:e])) or self.org_or_program_class(toks, i, e):
            return False
        pkey = self.person(s, i, e)
        if pkey is None:
            return False
        if not any(f.subject == pkey and f.relation == "represents" for f in self.out.facts):
            self.fact(pkey, "represents", org, s, (role,), conf=0.7)
        if e < j and toks[e].text == "and" and toks[i - 1].text.endswith("s"):
            f = e + 1  # the second of "experts A and B" has the same role
            while f < j and f - e <= 4 and _namey(toks[f], self.lex, self.title_tokens):
                f += 1
            second = self.person(s, e + 1, f) if f - e - 1 >= 2 and f == j else None
            if second:
                self.fact(second, "represents", org, s, (role,), conf=0.7)
                return True
        if e < j:
            self.chunk(s, e + (toks[e].text == "and"), j)
        return True

    def person_context(self, s: Sentence, a: int, b: int) -> bool:
        """Tokens a..b are a new person's name followed by ", TITLE" or "(Country)"."""
        toks = s.tokens
        if not (2 <= b - a <= 4) or not all(_namey(t, self.lex, self.title_tokens) for t in toks[a:b]):
            return False
        if self.org_or_program_class(toks, a, b) or self.known(_join(toks[a:b])):
            return False
        nxt = toks[b].text if b < len(toks) else ""
        return (nxt == "(" and self.paren_country(toks, b + 1)) or (nxt == "," and self.starts_title(s, b + 1))

    def person_of_org(self, s: Sentence, i: int, j: int) -> bool:
        """ "Kenji Ito of the Japan Finance Institute": a two- to four-word name, "of", an organization (a title
        may come first: "Program Officer Kyoko Ishida of the APO Secretariat Industry Department")."""
        toks = s.tokens
        h = i
        while h < j and toks[h].bare in self.title_tokens:
            h += 1
        if h > i and not any(t.bare in self.lex.title_heads for t in toks[i:h]):
            return False
        i = h
        k = next((q for q in range(i + 2, min(i + 5, j)) if toks[q].text == "of"), None)
        if k is None or not all(_namey(t, self.lex, self.title_tokens) for t in toks[i:k]):
            return False
        if self.org_or_program_class(toks, i, k) or self.known(_join(toks[i:k])):
            return False
        o = k + 1 + (k + 1 < j and toks[k + 1].text == "the")
        tail = _join(toks[o:j])
        if o >= j or self.lex.countries.get(tail) or tail in self.lex.cities:
            return False
        if not (self.known(tail) or self.org_or_program_class(toks, o, j)):
            return False
        if self.known(tail) and _top(self.out.entities[self.known(tail)].cls) != "Organization":
            return False
        pkey = self.person(s, i, k)
        if pkey is None:
            return False
        org = self.org_span(s, o, j)
        if org and j + 1 < len(toks) and toks[j].text in ("'s", "’s"):
            # "of the APO Secretariat's Industry Department": the unit of that organization
            e = j + 1
            while e < len(toks) and is_cap(toks[e]):
                e += 1
            if e > j + 1 and self.lex.org_heads.get(toks[e - 1].bare) == "OrganizationalUnit":
                label = f"{self.out.entities[org].label} {_join(toks[j + 1 : e])}"
                unit = self.known(label) or self.entity("OrganizationalUnit", label, toks[j + 1].start)
                self.mention(s, unit, j + 1, e)
                self.fact(unit, "partOf", org, s)
                for n, f in enumerate(self.out.facts):  # the role found with the name is in the unit
                    if f.subject == pkey and f.relation == "represents" and f.object == org:
                        self.out.facts[n] = replace(f, object=unit)
                org = unit
        if org and not any(f.subject == pkey and f.relation == "represents" for f in self.out.facts):
            self.fact(pkey, "represents", org, s, conf=0.7)
        return True

    def role_description(self, toks: list[Token], k: int) -> bool:
        """ "a growth coach from Malaysia", "an accountant from Sri Lanka": a lower-case role of a person."""
        if k >= len(toks) or toks[k].text not in ("a", "an"):
            return False
        e = k + 1
        while e < len(toks) and e - k <= 4 and re.fullmatch(r"[a-z][a-z-]*", toks[e].text):
            e += 1
        words = [t.text for t in toks[k + 1 : e]]
        for n in range(len(words) - 1, 0, -1):
            if words[n] in ("from", "at", "with", "who", "based") and (
                words[n - 1].capitalize() in self.lex.title_heads or words[n - 1] in _ROLE_NOUNS
            ):
                return True
        return False

    def paren_country(self, toks: list[Token], k: int) -> bool:
        """True when the words from ``k`` to the closing parenthesis name a country ("(Sri Lanka)")."""
        e = k
        while e < len(toks) and e - k < 5 and toks[e].text != ")":
            e += 1
        return e < len(toks) and toks[e].text == ")" and _join(toks[k:e]) in self.lex.countries

    def starts_title(self, s: Sentence, k: int) -> bool:
        toks = s.tokens
        while k < len(toks) and toks[k].text in ("a", "an", "the"):
            k += 1
        if k + 2 < len(toks) and toks[k + 1].text in ("'s", "’s") and self.known(toks[k].bare):
            k += 2  # "NIPO's Deputy for Productivity Promotion"
        e = k
        while e < len(toks) and toks[e].bare in self.title_tokens:
            e += 1
        return any(t.bare in self.lex.title_heads for t in toks[k:e]) or self.open_title_end(toks, k) > k

    def owner_title(self, s: Sentence, pkey: str, k: int) -> bool:
        """ORG's TITLE after a name ("Maryam Hosseini, NIPO's Deputy for Productivity Promotion, who is also
        the APO Liaison Officer for IR Iran"), then a second role introduced by "who is also"."""
        toks = s.tokens
        if k + 2 >= len(toks) or toks[k + 1].text not in ("'s", "’s"):
            return False
        org = self.known(toks[k].bare)
        if not org or _top(self.out.entities[org].cls) != "Organization":
            return False
        e = k + 2
        while e < len(toks) and toks[e].bare in self.title_tokens:
            e += 1
        e = max(e, self.open_title_end(toks, k + 2))
        if not any(t.bare in self.lex.title_heads for t in toks[k + 2 : e]):
            return False
        titles, e = self.title_qualifier(toks, _split_titles([t.bare for t in toks[k + 2 : e]], self.lex), e)
        self.mention(s, org, k, k + 1)
        self.fact(pkey, "represents", org, s, titles)
        if e + 1 < len(toks) and toks[e].text == ",":
            self.also_role(s, pkey, e + 1)
        return True

    def also_role(self, s: Sentence, pkey: str, k: int) -> bool:
        """ "..., who also serves as the APO Director for the ROC": a second role, ORG then TITLE."""
        toks = s.tokens
        m = re.match(
            r"(?:who\s+)?(?:also\s+|concurrently\s+)?(?:serves|served|is|was|acts|acted|doubles)\s+(?:also\s+)?(?:as\s+)?"
            r"(?:the\s+|an?\s+)?",
            s.text[toks[k].start - s.start :] if k < len(toks) else "",
        )
        if not m:
            return False
        q = k
        while q < len(toks) and toks[q].start < toks[k].start + m.end():
            q += 1
        if q < len(toks) and toks[q].bare in self.lex.title_heads | self.lex.title_modifiers:
            return self.one_role(s, pkey, q) > 0  # "who is the Director General of the NPS"
        return self.org_title_at(s, pkey, q)

    def org_title_at(self, s: Sentence, pkey: str, q: int) -> bool:
        """A role written ORG TITLE from token ``q`` ("APO Alternate Director for Nepal")."""
        toks = s.tokens
        end = q
        while end < len(toks) and is_cap(toks[end]):
            end += 1
        e = next((e for e in range(end - 1, q, -1) if self.known(_join(toks[q:e]))), None)
        org = self.known(_join(toks[q:e])) if e else None
        if not org:
            return False
        t = max(self.open_title_end(toks, e), e)
        while t < len(toks) and toks[t].bare in self.title_tokens:
            t += 1
        if not any(x.bare in self.lex.title_heads for x in toks[e:t]):
            return False
        if t < len(toks) and (is_cap(toks[t]) or self.is_honorific(toks, t + 1)):
            return False  # "..., and NPC Director General Arvind Mehta": another person's role
        titles = _split_titles([x.bare for x in toks[e:t]], self.lex)
        self.mention(s, org, q, e)
        self.fact(pkey, "represents", org, s, titles)
        return True

    def title_qualifier(self, toks: list[Token], titles: tuple[str, ...], e: int) -> tuple[tuple[str, ...], int]:
        """A title's remit or field written after it: "Vice President for Research and Innovation",
        "Director (Policy)", "Deputy Vice-Chancellor (Research and Innovation)". Not an organization
        ("Director for the ABC Institute") and not a country ("Adviser (Japan)")."""
        if e >= len(toks):
            return titles, e
        if toks[e].text == "(":
            close = next((q for q in range(e + 1, min(e + 7, len(toks))) if toks[q].text == ")"), None)
            inner = _join(toks[e + 1 : close]) if close else ""
            if (
                close
                and inner
                and is_cap(toks[e + 1])
                and not (inner.isupper() and " " not in inner)
                and not self.lex.countries.get(inner)
                and not self.known(inner)
            ):
                return (*titles[:-1], f"{titles[-1]} ({inner})"), close + 1
            return titles, e
        if toks[e].text != "for":
            return titles, e
        q = e + 1
        while q < len(toks) and (is_cap(toks[q]) or toks[q].text in ("and", "&", "of")) and toks[q].text != "the":
            q += 1
        if q == e + 1 or (q < len(toks) and toks[q].text not in (",", ";", "at", "of", "in", ".", ")")):
            return titles, e
        scope = _join(toks[e + 1 : q])
        if (
            self.org_or_program_class(toks, e + 1, q)
            or self.known(scope)
            or self.lex.countries.get(scope)
            or any(
                t.text.isupper() and len(t.text) > 1 and t.text not in ("MSME", "SME", "ICT", "MSMEs", "SMEs")
                for t in toks[e + 1 : q]
            )
        ):
            return titles, e
        return (*titles[:-1], f"{titles[-1]} for {scope}"), q

    def open_title_end(self, toks: list[Token], k: int) -> int:
        """End of a title made of capitalised words that ends in a title head ("Senior Trade Promotion
        Officer", "Energy Manager"), when what follows closes it (a comma, "of", "at", "for", a bracket, the end);
        ``k`` when there is none."""
        lex = self.lex
        e = k
        while e < len(toks) and e - k < 7:
            t = toks[e]
            if t.bare in self.title_tokens:
                e += 1
                continue
            if (
                not is_cap(t)
                or (t.text.isupper() and len(t.text) > 1)
                or t.bare in lex.org_heads
                or t.bare in lex.countries
                or t.bare in lex.cities
                or t.bare in lex.demonyms
                or self.is_honorific(toks, e + 1)
            ):
                break
            e += 1
        h = next((q for q in range(e - 1, k - 1, -1) if toks[q].bare in lex.title_heads), None)
        if h is None:
            return k
        h += 1
        if h < len(toks) and toks[h].text not in (",", "of", "at", "for", "(", "and", "in", ";", ".", ":"):
            return k
        return h

    def title_after(self, s: Sentence, pkey: str, b: int) -> None:
        """PERSON, [a|the] TITLE(S) (of|at|,) ORG -- one or two roles."""
        toks = s.tokens
        k = b
        if k < len(toks) and toks[k].text == "(":
            while k < len(toks) and toks[k].text != ")":
                k += 1
            k += 1
        if k + 1 < len(toks) and toks[k].text in ("is", "was") and is_cap(toks[k + 1]):
            pass  # "Maria Santos is Vice President of Luzon Green Bank": read like the comma form
        elif k >= len(toks) or toks[k].text != ",":
            return
        k += 1
        while k < len(toks) and toks[k].text in ("a", "an", "the"):
            k += 1
        if self.owner_title(s, pkey, k) or self.also_role(s, pkey, k):
            return
        for _ in range(2):  # stacked double roles: "Deputy Minister of X and Chairman of Y"
            k = self.one_role(s, pkey, k)
            if k >= 0 and k + 1 < len(toks) and toks[k].text == ",":
                if self.also_role(s, pkey, k + 1):  # "..., who is also the APO Director for Malaysia"
                    return
                if toks[k + 1].text == "and":
                    k += 1  # "Principal Consultant, Kaizen Harbour Pte Ltd, and Board Member, ..."
            if k < 0 or k >= len(toks) or toks[k].text != "and":
                return
            if self.org_title_at(s, pkey, k + 1):  # "... of NIPO and APO Director for IR Iran"
                return
            if not self.starts_title(s, k + 1):
                return
            k += 1

    def one_role(self, s: Sentence, pkey: str, k: int, before: list[str] | None = None) -> int:
        """One role written after a name; with ``before``, the title came before the name
        ("Professor Huang of the Department of X, University Y") and ``k`` is the word after it."""
        toks, lex = s.tokens, self.lex
        e = k
        while (
            before is None
            and e < len(toks)
            and (
                toks[e].bare in self.title_tokens
                or (
                    toks[e].text in ("and", "&")
                    and e + 1 < len(toks)
                    and toks[e + 1].bare in self.title_tokens
                    and e > k
                )
            )
        ):
            e += 1
        if before is None and not any(t.bare in lex.title_heads for t in toks[k:e]):
            e = max(e, self.open_title_end(toks, k))  # "Senior Trade Promotion Officer": words not in the lexicon
        lower = False
        if before is None and e == k:
            # "Hasan Mahmud, founder of ParcelKoi", "manager of the Khangai Dairy Cooperative": a lower-case title
            q = k
            while (
                q < len(toks)
                and q - k < 4
                and toks[q].text.islower()
                and toks[q].text.capitalize() in self.title_tokens
            ):
                q += 1
            if (
                q > k
                and toks[q - 1].text.capitalize() in lex.title_heads
                and q < len(toks)
                and toks[q].text in ("of", "at", "from", "to", "with")
            ):
                e, lower = q, True
            elif k < len(toks) and toks[k].text in ("founder", "co-founder", "owner"):
                e, lower = k + 1, True
        run = before if before is not None else [t.bare for t in toks[k:e]]
        if lower:
            run = [w.capitalize() for w in run]
        if not any(w in lex.title_heads for w in run):
            return -1
        titles = _split_titles(run, lex)
        if before is None:
            titles, e = self.title_qualifier(toks, titles, e)
        # what follows the title
        if e < len(toks) and toks[e].text in (",", "of", "at", "for", "to", "with", "from", "in") and e + 1 < len(toks):
            sep = toks[e].text
            o = e + 1
            while o < len(toks) and toks[o].text == "the":
                o += 1
            place = None
            for n in (1, 2):  # "Vice Rector of Ankara's Middle East Technical University": the place, then the body
                if o + n + 1 < len(toks) and toks[o + n].text in ("'s", "’s") and is_cap(toks[o + n + 1]):
                    where = _join(toks[o : o + n])
                    iso = lex.countries.get(where)
                    if iso or where in lex.cities:
                        place = self.country(iso, where) if iso else self.entity("City", where, toks[o].start)
                        self.mention(s, place, o, o + n)
                        o += n + 1
                        break
            if o < len(toks) and toks[o].text in ("a", "an"):
                # "of a Manila-based garment firm, Luzon Textiles Inc.": the next organization
                for m in range(o, min(len(toks), o + 12)):
                    if toks[m].text == "," and m + 1 < len(toks) and is_cap(toks[m + 1]):
                        oe = self.org_end(toks, m + 1)
                        key = self.org_span(s, m + 1, oe, force=True)
                        if key:
                            self.fact(pkey, "represents", key, s, titles)
                            return oe
                return -1
            if o < len(toks) and not is_cap(toks[o]):
                # "founder of the Dhaka-based delivery startup ParcelKoi": a description, then the name
                for m in range(o + 1, min(len(toks), o + 6)):
                    if is_cap(toks[m]) and toks[m - 1].text in self.lex.appositive:
                        oe = self.org_end(toks, m)
                        key = self.org_span(s, m, oe, force=True)
                        if key:
                            self.fact(pkey, "represents", key, s, titles)
                            return oe
                    if not re.fullmatch(r"[a-z][\w-]*", toks[m].text):
                        break
                return -1
            oe = self.org_end(toks, o)
            if oe <= o:
                return -1
            if titles[-1].split()[-1] == "Minister" and sep == "of":
                self.fact(pkey, "represents", self.ministry_of(s, o, oe), s, titles)
                return oe
            # "Head of Growth of Pasar Kita Digital", "Professor of International Business at METU"
            whole_org = self.strip_country(_join(toks[o:oe]))[1] is not None
            if sep == "of" and not whole_org:
                words = [t.text for t in toks[o:oe]]
                if (
                    "of" in words[1:]
                    and self.org_or_program_class(toks, o, o + words.index("of", 1))
                    and not (
                        toks[o + words.index("of", 1) - 1].bare in _UNIT_HEADS
                        and self.known(_join(toks[o + words.index("of", 1) + 1 : oe]).removeprefix("the "))
                    )
                ):
                    pass
                elif "of" in words[1:]:
                    cut = o + words.index("of", 1)
                    left = cut - o >= 2 and toks[cut - 1].bare in _UNIT_HEADS
                    right = self.known(_join(toks[cut + 1 : oe]).removeprefix("the ")) or self.org_or_program_class(
                        toks, cut + 1, oe
                    )
                    if (
                        not (left and right)
                        and not self.org_or_program_class(toks, o, cut)
                        and not self.known(_join(toks[o:cut]))
                    ):
                        titles = (f"{titles[-1]} of {_join(toks[o:cut])}",)
                        o = cut + 1
                        while o < len(toks) and toks[o].text == "the":
                            o += 1
                    elif left and right:
                        unit = self.org_span(s, o, cut, force=True)
                        parent = self.org_span(s, cut + 1, oe, force=True)
                        if unit and parent:
                            self.fact(unit, "partOf", parent, s)
                            self.fact(pkey, "represents", unit, s, titles)
                            return oe
                elif (
                    oe + 1 < len(toks)
                    and toks[oe].text in (",", "at")
                    and (
                        not self.org_or_program_class(toks, o, oe)
                        or (  # "Head of Agrifood Ventures, Enterprise Singapore": a field, not a body
                            titles[-1].endswith("Head")
                            and self.org_or_program_class(toks, o, oe) in ("Firm", "Accelerator")
                        )
                    )
                    and not self.known(_join(toks[o:oe]))
                    and self.org_after_comma(toks, oe + 1)
                ):
                    titles = (f"{titles[-1]} of {_join(toks[o:oe])}",)
                    self.taken.update(range(o, oe))  # "Head of SME Banking Products" is a title, not a firm
                    o = oe + 1
                    while o < len(toks) and toks[o].text == "the":
                        o += 1
                    oe = self.org_end(toks, o)
            key = self.org_span(s, o, oe, force=True)
            if key is None:
                return -1
            # "Director of the Agriculture Department at the APO Secretariat": a unit of the organization after "at"
            ent = self.out.entities[key]
            if (  # "Department of Accounting at National Taiwan University": an academic unit
                oe + 1 < len(toks)
                and toks[oe].text in ("at", ",")
                and ent.reg is None
                and ent.label.startswith(("Department of", "Division of", "Center for", "Centre for", "Institute of"))
                and self.org_end(toks, oe + 1) > oe + 1
                and self.org_or_program_class(toks, oe + 1, self.org_end(toks, oe + 1)) == "University"
            ):
                ent.cls = "AcademicUnit"
            if oe + 1 < len(toks) and toks[oe].text == "at" and ent.cls in ("AcademicUnit", "OrganizationalUnit"):
                pa = oe + 1 + (toks[oe + 1].text == "the")
                pe = self.org_end(toks, pa)
                parent = self.org_span(s, pa, pe) if pe > pa else None
                if parent and parent != key and _top(self.out.entities[parent].cls) == "Organization":
                    plabel = self.out.entities[parent].label
                    if ent.reg is None and ", " not in ent.label and not ent.label.startswith(plabel):
                        self.alias(key, ent.label)
                        ent.label = f"{plabel} {ent.label}" if parent == "apo-secretariat" else f"{ent.label}, {plabel}"
                    self.fact(key, "partOf", parent, s)
                    oe = pe
            if oe + 2 < len(toks) and toks[oe].text == "(" and toks[oe + 2].text == ")" and toks[oe + 1].text.isupper():
                oe += 3  # "Japan Productivity Center (JPC), Japan": past the abbreviation
            # "Faculty of Management and Finance, University of Colombo"
            if oe + 1 < len(toks) and toks[oe].text == "," and _top(self.out.entities[key].cls) == "Organization":
                the = oe + 2 < len(toks) and toks[oe + 1].text == "the"  # ", the Philippines"
                pe = self.org_end(toks, oe + 1 + the)
                if pe > oe + 1 + the:
                    ptxt = ("the " if the else "") + _join(toks[oe + 1 + the : pe])
                    iso = lex.countries.get(ptxt) or lex.countries.get(ptxt.removeprefix("the "))
                    if iso:
                        c = self.country(iso, ptxt)
                        self.mention(s, c, oe + 1, pe)
                        self.fact(key, "basedIn", c, s)
                        self.fact(pkey, "basedIn", c, s, conf=0.75)  # "PERSON, TITLE, ORG, COUNTRY": both there
                    elif ptxt in lex.cities:
                        c = self.entity("City", ptxt, toks[oe + 1].start)
                        self.mention(s, c, oe + 1, pe)
                        self.fact(key, "basedIn", c, s)
                    elif self.out.entities[key].cls in (
                        "AcademicUnit",
                        "OrganizationalUnit",
                    ) or self.org_or_program_class(toks, oe + 1, pe):
                        parent = self.org_span(s, oe + 1, pe, force=True)
                        if parent and _top(self.out.entities[parent].cls) == "Organization":
                            ent = self.out.entities[key]
                            if (
                                ent.cls in ("AcademicUnit", "OrganizationalUnit")
                                and ent.reg is None
                                and ", " not in ent.label
                            ):
                                self.alias(key, ent.label)
                                plabel = self.out.entities[parent].label
                                # the APO's own units are named as in the registry ("APO Secretariat Industry
                                # Department"); others as "Unit, Parent"
                                ent.label = (
                                    f"{plabel} {ent.label}" if parent == "apo-secretariat" else f"{ent.label}, {plabel}"
                                )
                            self.fact(key, "partOf", parent, s)
                            # "Department of X, Institut Teknologi Sepuluh Nopember (ITS), Indonesia"
                            q = pe
                            if q < len(toks) and toks[q].text == "(":
                                q = next((r + 1 for r in range(q, min(q + 6, len(toks))) if toks[r].text == ")"), q)
                            ce = self.org_end(toks, q + 1) if q < len(toks) and toks[q].text == "," else q
                            ctxt = _join(toks[q + 1 : ce]) if ce > q + 1 else ""
                            iso = lex.countries.get(ctxt) or lex.countries.get(ctxt.removeprefix("the "))
                            if iso:
                                c = self.country(iso, ctxt)
                                self.mention(s, c, q + 1, ce)
                                self.fact(parent, "basedIn", c, s)
                                self.fact(pkey, "basedIn", c, s, conf=0.75)
                    oe = pe
            if oe < len(toks) and toks[oe].text == "(" and self.paren_country(toks, oe + 1):
                # "Founder of GreenLedger Pvt. Ltd. (India)": the person is there too
                close = next(q for q in range(oe + 1, len(toks)) if toks[q].text == ")")
                ptxt = _join(toks[oe + 1 : close])
                self.fact(pkey, "basedIn", self.country(self.lex.countries[ptxt], ptxt), s, conf=0.75)
            self.fact(pkey, "represents", key, s, titles)
            if place and not any(f.subject == key and f.relation == "basedIn" for f in self.out.facts):
                self.fact(key, "basedIn", place, s, conf=0.8)
            return oe
        return -1

    def org_after_comma(self, toks: list[Token], k: int) -> bool:
        """An organization name starts at ``k`` (not a country, a city or a lower-case clause)."""
        while k < len(toks) and toks[k].text == "the":
            k += 1
        if k >= len(toks) or not is_cap(toks[k]) or toks[k].text in _SUFFIXES:
            return False
        text = _join(toks[k : self.org_end(toks, k)])
        return not (self.lex.countries.get(text) or self.lex.countries.get(f"the {text}") or text in self.lex.cities)

    def strip_country(self, text: str) -> tuple[str, str | None]:
        m = re.match(r"^(.*?) of (the )?(.+)$", text)
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
                if toks[k].text == "and" and any(t.bare in self.lex.title_heads for t in toks[k + 1 : k + 4]):
                    return k
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
            if _top(e.cls) == "Organization" and text in e.label.split() and e.label != text
        }
        return found.pop() if len(found) == 1 else None

    def org_span(self, s: Sentence, a: int, b: int, force: bool = False) -> str | None:
        """The organization written in tokens a..b (known, or new when it has an organization head)."""
        if b <= a:
            return None
        toks = s.tokens
        text = _join(toks[a:b])
        text2, country = self.strip_country(text)
        key = self.known(text) or self.known(text2) or self.head_back_reference(text)
        if key is None and re.search(r"\w['’]s ", text):  # "the APO Secretariat's Industry Department"
            key = self.known(re.sub(r"['’]s ", " ", text))
        of = re.fullmatch(r"(.+? (?:Department|Division|Unit|Office|Section|Bureau)) of (?:the )?(.+)", text)
        parent = self.known(of.group(2)) if key is None and of else None
        if parent and _top(self.out.entities[parent].cls) == "Organization":
            # "the Agriculture Department of the APO Secretariat": a unit of a known body
            plabel = self.out.entities[parent].label
            label = f"{plabel} {of.group(1)}" if parent == "apo-secretariat" else f"{of.group(1)}, {plabel}"
            key = self.known(label) or self.entity("OrganizationalUnit", label, toks[a].start, (text,))
            self.fact(key, "partOf", parent, s)
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

    def unknown(self, s: Sentence, i: int, j: int, lead_place: bool = False) -> None:
        """A capitalised name of unknown kind: class from an appositive, a place noun or a visit
        (``lead_place``: the name starts with a place, "Colombo Dockyard")."""
        toks, lex = s.tokens, self.lex
        if j - i == 1 and (toks[i].bare in lex.calendar or toks[i].bare in self.title_tokens):
            return
        if all(t.bare in lex.calendar or t.bare in self.title_tokens for t in toks[i:j]):
            return
        text = _join(toks[i:j])
        # "Bat Trang ceramic village"
        tail = [t.text for t in toks[j : j + 3]]
        for n in range(1, 4):
            if (
                len(tail) >= n
                and all(re.fullmatch(r"[a-z]+", w) for w in tail[:n])
                and tail[n - 1].capitalize() in lex.place_heads
            ):
                key = self.entity("Place", f"{text} {' '.join(tail[:n])}", toks[i].start, (text,))
                self.mention(s, key, i, j + n)
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
        after_visit = (
            re.search(r"(?:prize went to|place went to|awarded to|and|,|:)\s*(the\s+)?$", before)
            or ((v := list(visit.finditer(before))) and re.fullmatch(r"\s*(?:the\s+)?", before[v[-1].end() :]))
            or re.search(
                r"(?:prize|place|award)\s+(?:went\s+|was\s+awarded\s+|was\s+given\s+)?to\s+(?:the\s+)?"
                r"(?:[a-z]+\s+)?(?:team|startup|firm|company|enterprise)?\s*$",
                before,
            )
        ) and (lexicon().triggers["visited"].search(before) or lexicon().triggers["attended"].search(before))
        namey = all(_namey(t, lex, self.title_tokens) or t.text in lex.connectors for t in toks[i + lead_place : j])
        if after_visit and namey and not (j - i == 1 and toks[i].text.isupper()):
            cls = "Firm" if lexicon().triggers["attended"].search(before) else "Organization"
            key = self.entity(cls, text, toks[i].start)
            self.mention(s, key, i, j)
            self.after_name(s, key, j)  # "LeafLedger (Taipei, China)"


_UNIT_HEADS = frozenset(
    {"Division", "Department", "Faculty", "School", "College", "Center", "Centre", "Office", "Unit", "Secretariat"}
)
_ROLE_NOUNS = frozenset(  # lower-case roles of people, beyond the title heads ("a growth coach from Malaysia")
    {"coach", "mentor", "accountant", "entrepreneur", "farmer", "owner", "official", "designer", "student", "veteran"}
)
_SURNAME_HEADS = frozenset({"Park", "Hall", "Bank"})  # heads that are also common surnames ("Eun-ji Park")
_FUNCTION_WORDS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our"})
_PERSON_CLASSES = frozenset({"Person", "Expert", "Official"})
_TOPS = {
    "Person": "Person",
    "Expert": "Person",
    "Official": "Person",
    "Country": "Country",
    "City": "Place",
    "Place": "Place",
    "Concept": "Concept",
}


_ABBR_PROGRAM = re.compile(  # the name runs from the nearest determiner ("... for the Bilateral Cooperation ...")
    r"\b(?:the|its|their|an?)\s+((?:[A-Z][\w.-]*)(?:\s+(?:[A-Z][\w.-]*|between|of|for|and|on|in|to))*?)"
    r"\s+\(([A-Z][A-Za-z0-9&-]{1,11})\)\s+(program|programme|project|initiative|scheme)\b"
)


@cache
def _programs_yaml() -> dict:
    """programs.yaml, read once (rules look it up per name)."""
    return _read("programs.yaml")


@cache
def _apposition_kind() -> re.Pattern[str]:
    kinds = "|".join(sorted(_programs_yaml()["apposition_classes"], key=len, reverse=True))
    # "a matching-grant scheme", "an e-learning program that": not "the host of the program"
    return re.compile(
        rf"\s*(?:\([^)]*\)\s*)?,\s+(?:an?|the)\s+(?:(?!of\b|by\b|for\b|to\b|in\b|and\b)[\w-]+\s+){{0,3}}?({kinds})\b"
        r"(?!\s+(?:of|run|managed|organi[sz]ed|hosted|implemented)\b)",
        re.IGNORECASE,
    )


@cache
def _owned() -> re.Pattern[str]:
    progs = _read("programs.yaml")
    nouns = "|".join(re.escape(n) for n in progs.get("owned_nouns") or ())
    return re.compile(
        progs.get("owned_before", r"(?!)")
        + r"(?:the\s+)?(?P<org>[A-Z][\w.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&-]*)*)['’]s\s+"
        + rf"(?P<name>(?:[\w-]+\s+){{1,8}}?)(?P<noun>{nouns})\b"
    )


@cache
def _activity_classes() -> dict[str, str]:
    return {k.lower(): v for k, v in (_read("programs.yaml").get("activity_kinds") or {}).items()}


@cache
def _activity_kinds() -> re.Pattern[str]:
    kinds = set(_activity_classes()) | set(lexicon().program_nouns)
    body = "|".join(re.escape(k) for k in sorted(kinds, key=lambda k: (-len(k), k)))
    return re.compile(rf"\b(?:{body})(?:s|es)?\b", re.IGNORECASE)


@cache
def _activity_verbs() -> re.Pattern[str]:
    return re.compile(_read("programs.yaml").get("activity_verbs") or r"(?!)", re.IGNORECASE)


@cache
def _noun_index() -> dict[str, list[tuple[str, list[str]]]]:
    """Program nouns by their first word, longest first."""
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for noun in sorted(lexicon().program_nouns, key=lambda n: -len(n.split())):
        parts = noun.split()
        out.setdefault(parts[0], []).append((noun, parts))
    return out


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


def _namey(t: Token, lex: object, title_tokens: frozenset[str]) -> bool:
    w = t.text
    if (
        w in ("Md.", "Ma.")
        or re.fullmatch(r"[A-Z]\.", w)
        or (w in lexicon().connectors and w in ("dela", "de", "bin", "binti", "van", "da"))
    ):
        return True
    if not w[:1].isupper() or (w.isupper() and len(w) > 1):
        return False
    if any(c.isdigit() for c in w):
        return False
    b = t.bare
    L = lexicon()
    if w in L.honorifics or f"{b}." in L.honorifics:
        return False
    return not (
        b in title_tokens
        or b in L.calendar
        or b in L.starters
        or b in L.countries
        or b in L.cities
        or b in L.demonyms
        or b in L.program_heads
    )


def _split_titles(run: list[str], lex: object) -> tuple[str, ...]:
    """["Associate", "Dean", "Professor"] -> ("Associate Dean", "Professor"); "and" also splits."""
    L = lexicon()
    out: list[list[str]] = [[]]
    for n, w in enumerate(run):
        if w in ("and", "&"):
            out.append([])
            continue
        prev = out[-1][-1] if out[-1] else ""
        if (
            prev in L.title_heads
            and w in L.title_heads
            and w not in L.title_after_head
            and not (prev == "Executive" and w in ("Director", "Officer"))
            and prev
            not in (
                "Chief",
                "Vice",
                "Deputy",
                "Senior",
                "Associate",
                "Assistant",
                "Executive",
                "Managing",
                "Principal",
                "Research",
                "Program",
                "Lead",
                "Team",
                "Board",
            )
        ):
            out.append([])
        out[-1].append(w)
        del n
    return tuple(" ".join(x) for x in out if x)


def _split_and(toks: list[Token], i: int, j: int) -> list[tuple[int, int]]:
    cuts = [k for k in range(i + 1, j - 1) if toks[k].text == "and"]
    if not cuts:
        return [(i, j)]
    out, a = [], i
    for k in cuts:
        out.append((a, k))
        a = k + 1
    out.append((a, j))
    return out


def _subspans(i: int, j: int) -> list[tuple[int, int]]:
    """Sub-spans longest first, left to right (for known names inside an unknown chunk)."""
    return [(a, a + n) for n in range(j - i - 1, 0, -1) for a in range(i, j - n + 1)]


def _the(label: str) -> str:
    """ "the Republic of Korea", "Japan": a country label as it reads after "of"."""
    return f"the {label}" if re.search(r"\b(Republic|Kingdom|States|Emirates|Islands|Federation)\b", label) else label


def _title(text: str) -> str:
    small = {"of", "and", "for", "on", "the", "in", "to", "between", "with", "a", "an"}
    words = text.split()
    out = []
    for n, w in enumerate(words):
        if n and w.lower() in small:
            out.append(w.lower())
        elif w[:1].islower() and not w.startswith("e-"):
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(w)
    return " ".join(out)


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
