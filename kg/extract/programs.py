"""Programs: the name finder's rules for programs named in lower case, abbreviated, owned or summarised.

"an observational study mission (OSM) on SME Development", "the Bilateral Cooperation (BC) program",
"KPC's Smart Factory program", "workshops in A and B". :class:`ProgramRules` is mixed into the finder of
:mod:`kg.extract.mentions`.
"""

from __future__ import annotations

import re
from functools import cache

from .entities import _join, _short_name, _the, _top
from .lexicon import _read, lexicon
from .text import Sentence, Token, is_cap

__all__ = ["ProgramRules"]


@cache
def _programs_yaml() -> dict:
    """programs.yaml, read once (rules look it up per name)."""
    return _read("programs.yaml")


@cache
def _abbr_program() -> re.Pattern[str]:
    kinds = "|".join(_programs_yaml()["abbreviated_kinds"])
    return re.compile(  # the name runs from the nearest determiner ("... for the Bilateral Cooperation ...")
        r"\b(?:the|its|their|an?)\s+((?:[A-Z][\w.-]*)(?:\s+(?:[A-Z][\w.-]*|between|of|for|and|on|in|to))*?)"
        rf"\s+\(([A-Z][A-Za-z0-9&-]{{1,11}})\)\s+({kinds})\b"
    )


@cache
def _apposition_kind() -> re.Pattern[str]:
    kinds = "|".join(sorted(_programs_yaml()["apposition_classes"], key=len, reverse=True))
    roles = "|".join(sorted((h.lower() for h in lexicon().title_heads), key=len, reverse=True))
    # "a matching-grant scheme", "an e-learning program that": not "the host of the program", nor a person's
    # role ("Divya Raman, a program officer in ...")
    return re.compile(
        rf"\s*(?:\([^)]*\)\s*)?,\s+(?:an?|the)\s+(?:(?!of\b|by\b|for\b|to\b|in\b|and\b)[\w-]+\s+){{0,3}}?({kinds})\b"
        rf"(?!\s+(?:of|run|managed|organi[sz]ed|hosted|implemented|{roles})\b)",
        re.IGNORECASE,
    )


@cache
def _owned() -> re.Pattern[str]:
    progs = _read("programs.yaml")
    nouns = "|".join(re.escape(n) for n in progs.get("owned_nouns") or ())
    mods = "|".join(re.escape(n) for n in progs.get("owned_modifiers") or ()) or "(?!)"
    return re.compile(
        progs.get("owned_before", r"(?!)")
        + r"(?:(?:the\s+)?(?P<org>[A-Z][\w.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&-]*)*)['’]s"
        + r"|(?P<its>its|their))\s+"
        + rf"(?P<name>(?:[\w-]+\s+){{1,8}}?)(?:(?:{mods})\s+)?(?:\((?P<abbr>[A-Z][\w-]*[A-Z])\)\s+)?(?P<noun>{nouns})\b"
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


class ProgramRules:
    """Rules for programs (a mixin of the name finder; ``self`` is the finder)."""

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
            # "the Lean Manufacturing Competitiveness Scheme for MSMEs": a title-case noun ends a name that
            # starts before it (not at a known body, place or country: "the APO Workshop", "Thailand Workshop")
            while (
                b > 0
                and i - b < 6
                and toks[i].text[0].isupper()
                and is_cap(toks[b - 1])
                and toks[b - 1].bare not in lex.starters  # "The", "During", "Korean"
                and toks[b - 1].bare not in lex.demonyms
                and not (toks[b - 1].text.isupper() and len(toks[b - 1].text) > 1)  # "the JICA Training Program"
                and toks[b - 1].bare not in lex.calendar
                and not self.known(toks[b - 1].text)
                and not (b - 1 > 0 and self.known(_join(toks[b - 2 : b])))
            ):
                b -= 1
            k = n_end
            abbr = ""
            if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")":
                abbr = toks[k + 1].text
                k += 3
            if (
                k + 1 < len(toks)
                and words[k] in ("on", "for")
                and toks[k + 1].bare not in lex.calendar  # "opened the course on Monday": a day, not a topic
            ):
                e = self.topic_end(toks, k + 1)
                if e > k + 1:
                    mods = [t.text for t in toks[b:i] if t.text not in ("APO", "live", "online", "virtual", "joint")]
                    head = " ".join([*mods, *[t.text for t in toks[i:n_end]]])
                    topic = _join(toks[k + 1 : e])
                    if not any(is_cap(t) for t in toks[k + 1 : e]):
                        # "completed a five-day course on lean diagnostics": a determiner, maybe a duration
                        if not re.search(
                            r"\b(an?|the)\s+(?:[\w]+-(?:day|week|month)\s+)?$",
                            " " + " ".join(words[max(0, b - 3) : b]) + " ",
                        ):
                            i = n_end
                            continue
                        if words[k + 1] in ("its", "their", "his", "her", "our", "this", "that", "these") or (
                            hit in (_programs_yaml().get("generic_nouns") or ())
                            and words[b - 1] not in ("a", "an")
                            and words[b - 2] not in ("a", "an")
                        ):
                            i = n_end  # "the course on its learning platform": not a name; "the course" refers back
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
        for m in _abbr_program().finditer(s.text):
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

    def last_org_named(self, text: str) -> str | None:
        """The last organization named in ``text`` ("... supported by the Asian Productivity Organization (APO)
        under its ...": the APO)."""
        for m in reversed(list(re.finditer(r"[A-Z][\w.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&-]*)*", text))):
            key = self.known(m.group(0).removeprefix("The "))
            if key and _top(self.out.entities[key].cls) == "Country":
                return None  # "how Malaysia helps exporters under its ... programme": the country's
            if key and _top(self.out.entities[key].cls) == "Organization":
                return key
        return None

    def owned_program(self, s: Sentence) -> None:
        """ "under the APO's bilateral cooperation program": a program of its owner (runBy comes from
        the relations stage). The label is the capitalised name, else "<OWNER> <words> <noun>"."""
        toks, base = s.tokens, s.start
        for m in _owned().finditer(s.text):
            owner = self.known(m.group("org")) if m.group("org") else self.last_org_named(s.text[: m.start("its")])
            if owner is None or _top(self.out.entities[owner].cls) != "Organization":
                continue
            words = m.group("name").split()
            if m.group("its") and not words[0][0].isupper():
                continue  # "under its own program": only a named program of "its"
            caps = next((n for n, w in enumerate(words) if w[0].isupper()), None)
            a = next((n for n, t in enumerate(toks) if t.start - base == m.start("name")), None)
            b = next((n + 1 for n, t in enumerate(toks) if t.end - base == m.end("noun")), None)
            if a is None or b is None or any(t in self.taken for t in range(a, b)) or not words:
                continue
            if caps is not None:
                if any(
                    w[0].islower() and w not in (*self.lex.connectors, "on", "in", "to", "between")
                    for w in words[caps:]
                ):
                    continue
                label, a = " ".join(words[caps:]), a + caps
            else:
                label = f"{m.group('org') or self.out.entities[owner].label} {m.group('name')}{m.group('noun').lower()}"
            cls = _programs_yaml()["apposition_classes"].get(m.group("noun").lower(), "Program")  # a scheme
            key = self.entity(cls, label.strip(), toks[a].start, exact=True)
            if m.group("abbr"):  # "the APO's Development of Productivity Practitioners (DPP) program"
                self.alias(key, m.group("abbr"))
            self.mention(s, key, a, b)
            self.taken.update(range(a, b))

    @staticmethod
    def list_goes_on(toks: list[Token], c: int) -> bool:
        """The comma at token ``c`` is inside a list of capitalised words closed by "and" ("Micro, Small and
        Medium Enterprises"), not the end of a name ("..., held in Nadi")."""
        m = c + 1
        while m < len(toks) and m - c <= 3 and is_cap(toks[m]):
            m += 1
        return m > c + 1 and m + 1 < len(toks) and toks[m].text == "and" and is_cap(toks[m + 1])

    def topic_end(self, toks: list[Token], k: int) -> int:
        """End of a program topic: capitalised words with connectors, or up to 6 lowercase words."""
        lex = self.lex
        e = k
        while e < len(toks):
            t = toks[e].text
            if is_cap(toks[e]) or (t[0].isdigit() and e > k):
                e += 1
            elif t[0].isupper() and e + 1 < len(toks) and is_cap(toks[e + 1]):
                e += 1  # "on Productivity-led Growth of MSMEs": a capitalised "-led" word inside a topic
            elif t in lex.connectors or t == "between":
                if e + 1 < len(toks) and (is_cap(toks[e + 1]) or toks[e + 1].text in lex.connectors):
                    e += 1
                else:
                    break
            elif t == "," and e > k and self.list_goes_on(toks, e):
                e += 1  # "on Productivity Enhancement of Micro, Small and Medium Enterprises"
            elif t == "-" or (  # "on Improving Women's Access to Finance"
                t in ("'s", "’s")
                and e > k
                and toks[e - 1].text in lex.possessive_nouns
                and e + 1 < len(toks)
                and is_cap(toks[e + 1])
            ):
                e += 1
            else:
                break
        if e == k:  # lowercase topic: "training course for productivity specialists in Lahore"
            while e < len(toks) and e - k < 6 and re.fullmatch(r"[a-z][a-z\-]+", toks[e].text):
                if toks[e].text in (
                    "in",
                    "at",
                    "from",
                    "on",
                    "with",
                    "which",
                    "that",
                    "was",
                    "were",
                    "to",
                    "held",
                    "and",
                    "or",
                ):
                    break
                e += 1
        return e
