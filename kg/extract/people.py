"""People: the name finder's rules that find a person (with the title written around the name in one chunk).

``ORG TITLE PERSON``, ``TITLE of ORG PERSON``, honorifics, a name by its context ("X (Japan)", "X, Director,
..."), surname back-references; the titles written apart from the name are read by :mod:`kg.extract.titles`.
:class:`PeopleRules` is mixed into the finder of :mod:`kg.extract.mentions`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .entities import _join, _top
from .lexicon import lexicon
from .resolve import normalize
from .text import Sentence, Token, is_cap, split_at

__all__ = ["PeopleRules"]


# the words of the participants' triggers that name a winner ("First runner-up was", "named X as champion")
_WINNER_WORDS = re.compile(r"winner|runner|champion|named|declared|prize|place|award", re.I)
# ... and after a team's name and country ("X (India) won the grand prize", "Y (Viet Nam) took second place")
_WON_AFTER = re.compile(
    r"\s*\([^)]{2,30}\)\s+(?:won|took|claimed|bagged|received)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:prize|place|award)"
    # a line of the winners' list: "Kering Solar (Malaysia), first prize, for its solar dryer"
    r"|\s*\([^)]{2,30}\)\s*[,:–—-]\s*(?:the\s+)?(?:first|second|third|grand|top|special|overall|1st|2nd|3rd)\s+"
    r"(?:prize|place|award|runner-up)\b"
)


def _namey(t: Token, lex: object, title_tokens: frozenset[str]) -> bool:
    w = t.text
    L = lexicon()
    if w in L.name_particles or re.fullmatch(r"(?:[A-Z]\.){1,3}", w):  # "Md.", "bin", initials "W.A."
        return True
    if not w[:1].isupper() or (w.isupper() and len(w) > 1):
        return False
    if any(c.isdigit() for c in w):
        return False
    b = t.bare
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


# "Assoc. Prof. X", "Asst. Prof. Y": the rank before a professor's honorific
_RANKS = {"Assoc": "Associate ", "Associate": "Associate ", "Asst": "Assistant ", "Assistant": "Assistant "}


def _split_titles(run: list[str], lex: object) -> tuple[str, ...]:
    """["Associate", "Dean", "Professor"] -> ("Associate Dean", "Professor"); "and" also splits."""
    L = lexicon()
    out: list[list[str]] = [[]]
    for n, w in enumerate(run):
        if w in ("and", "&") and out[-1] and (out[-1][-1] in L.title_heads or out[-1][-1] in L.title_after_head):
            out.append([])
            continue
        # "Senior Trade and Industry Development Specialist", "Chief Trade and Industry ...": one field
        if w in ("and", "&") and out[-1]:
            out[-1].append(w)
            continue
        prev = out[-1][-1] if out[-1] else ""
        if (
            prev in L.title_heads
            and w in L.title_heads
            and w not in L.title_after_head
            and prev not in L.heads_continue_after
            and (prev, w) not in L.joined_heads
        ):
            out.append([])
        out[-1].append(w)
        del n
    return tuple(" ".join(x) for x in out if x)


# "At the Office of SMEs Promotion (OSMEP), a state agency, ..." and "..., where ...": a site, then its people
_AT_SITE = re.compile(r"\s*At\s+(?:the\s+)?[^,]{2,120}?(?:\s*\([^)]*\))?,(?:\s*an?\s+[^,]{2,100},)?\s*")
_FUNCTION_STARTERS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "It", "Its", "And", "But", "Or"})
_WHERE = re.compile(r",\s*where\s+(?:\w+\s+){0,3}$")
# a list of teams or firms under way ("The selected startups are A from Singapore; B from ...")
_TEAMS_BEFORE = re.compile(
    r"\b(?:startups|teams|companies|firms|enterprises|finalists)\s+(?:are|were|include|included)\b"
)
# "... how the company ships": a sentence about the firm just named
_THE_FIRM = re.compile(r"\b(?:the|its) (?:company|firm|factory|plant|startup|enterprise|business)\b", re.I)
# "B.Enkhjargal": a given name after the initial of the father's name, written as one word
# A regional office written as its body's letters and its region's number ("DTI-11", "DOST-10").
_OFFICE_CODE = re.compile(r"[A-Z]{2,6}-\d{1,2}[A-Z]?")
_INITIAL_NAME = re.compile(r"[A-Z][a-z]{0,2}\.[A-Z][a-z]{2,}")
# A feature's subject: "Fourteen years ago Faamanu Leota began pressing oil ... behind her house", "When X walked
# the floor ..., it caught his eye": a name after the sentence's start or a time phrase, its verb, and later "his"
# or "her" (or "He"/"She" opening the next sentence).
_STORY_BEFORE = frozenset({"ago", "when", "after", "before", "since", "while", "as", "then", "years", "months"})
_STORY_VERBS = frozenset({"has", "had", "began", "begins", "runs", "ran", "set", "sells", "sold", "took", "was", "is"})
_PRONOUNS = frozenset({"his", "her", "he", "she", "him"})

# "Two Japanese experts from the Japan Productivity Center": who they are, then "from" and the body
_EXPERTS_FROM = re.compile(
    r"\b(?:experts?|consultants?|trainers?|specialists?|resource persons?|speakers?)\s+(?:from|of)\s+(?:the\s+)?"
    r"(?=[A-Z])"
)


@cache
def _cap(word: str) -> str:
    """A title word as the title lexicon writes it ("co-founder" -> "Co-founder", "director-general" ->
    "Director-General"; "CEO" stays "CEO")."""
    if word.isupper() and len(word) > 1:
        return word
    plain = word.capitalize()
    lex = lexicon()
    if plain in lex.title_heads or plain in lex.title_modifiers or "-" not in word:
        return plain
    return "-".join(p.capitalize() for p in word.split("-"))


@cache
def _plural_titles() -> frozenset[str]:
    """ "Consultants", "Directors": title heads written for several people."""
    return frozenset(f"{h}s" for h in lexicon().title_heads)


class PeopleRules:
    """Rules for people and titles (a mixin of the name finder; ``self`` is the finder)."""

    def title_person(self, s: Sentence, i: int, j: int) -> bool:
        """ORG TITLE(S) [honorific] NAME inside one chunk."""
        toks = s.tokens
        while i < j and toks[i].text in self.lex.courtesies:
            i += 1  # "Honourable Minister for Industries Mr. X": the courtesy names no body
        for name_len in (6, 5, 4, 3, 2, 1):
            a = j - name_len
            if a <= i:
                continue
            name = toks[a:j]
            if name_len > 4 and not any(t.text in ("bin", "binti", "bte", "bt") for t in name[1:-1]):
                continue  # "Shahrul Nizam bin Abd Rahman": a Malay name with its father's is longer than four words
            if (toks[a - 1].text, toks[a].text) in self.lex.honorific_pairs or (
                a + 1 < j and (toks[a].text, toks[a + 1].text) in self.lex.honorific_pairs
            ):
                continue  # "Tan Sri Azman Shah Ismail": "Tan Sri" is no part of the name
            if (
                a > i
                and toks[a - 1].text == "for"
                and (toks[a].bare in self.lex.regions or toks[a].bare in self.lex.countries)
            ):
                continue  # "SMEDA Provincial Chief for Sindh Kamran Baloch": the place ends the remit
            if not self.name_words(name) or (
                name_len > 1
                and self.org_or_program_class(toks, a, j)
                and not self.out.names.get(normalize(_join(name)))
            ):
                continue
            if name_len > 1 and name[0].bare in self.lex.portfolio_words:
                continue  # "Executive Director for Food Manufacturing Lim Wei Jie": a remit word starts no name
            if any(t.bare in self.lex.org_heads and t.bare not in self.lex.surname_heads for t in name[:-1]):
                continue  # "Founder and CEO of Bloom Ventures Farah Hashim": a body's word ends the body, not a name
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
            if not (k - 2 > i and toks[k - 1].text in ("for", "of")):
                # "DTI Undersecretary for MSME Development Cristina Bautista": a remit of any capitalised words
                f = k - 1
                while (
                    f > i + 1
                    and (toks[f].text[:1].isupper() or toks[f].text in ("and", "&"))
                    and not (toks[f].text == "and" and self.known(toks[f + 1].text))  # "... and MPC Director General"
                ):
                    f -= 1
                if f < k - 1 and toks[f].text == "for" and toks[f + 1].text[:1].isupper():
                    k = f + 1
            if (
                k - 2 > i
                and toks[k - 1].text in ("for", "of")
                and (toks[k - 2].bare in self.lex.title_heads or toks[k - 2].bare in self.lex.title_after_head)
                # "(Deputy) Minister of/for X", "Parliamentary Secretary for X" name a ministry: title_of_org_person
                and not self.lex.is_ministry_head(" ".join(t.bare for t in toks[max(i, k - 3) : k - 1]))
            ):
                # "RVO Deputy Director for International Business Maartje van Leeuwen": the title has a scope
                scope = tuple(t.text for t in toks[k - 1 : run_end])
                k -= 1
                while k > i and toks[k - 1].bare in self.title_tokens:
                    k -= 1
                run_end = k + next(n for n, t in enumerate(toks[k:run_end]) if t.text in ("for", "of"))
            run = [t.bare for t in toks[k:run_end]]
            if (  # "Associate Professor Rizal Ahmad", "KAIST Professor Kim Ji-won": the "honorific" ends the title
                (run or k > i)
                and not any(w in self.lex.title_heads for w in run)
                and not scope
                and all(t.bare in self.title_tokens for t in toks[run_end:a])
            ):
                run_end = a
                run = [t.bare for t in toks[k:run_end]]
            while (  # "Entrepreneur Development Minister X": "Development" is the ministry's remit, not the title's
                not scope
                and k < run_end - 1
                and toks[k].bare in self.lex.portfolio_words
                and self.lex.is_ministry_head(" ".join(t.bare for t in toks[k + 1 : run_end]))
            ):
                k += 1
                run = run[1:]
            if not any(w in self.lex.title_heads for w in run):
                continue
            if name_len == 1 and not self.known_person(name[0].bare) and not _INITIAL_NAME.fullmatch(name[0].text):
                continue
            titles = _split_titles(run, self.lex)
            bare = titles
            if scope:
                titles = (*titles[:-1], " ".join((titles[-1], *scope)))
            pkey = self.person(s, a, j)
            if pkey is None:
                continue
            q = i
            while q < k and toks[q].bare in self.lex.title_modifiers and toks[q].bare not in self.lex.portfolio_words:
                q += 1
            if (  # "Deputy International Trade and Industry Minister X", "Industries Secretary Y": the ministry's
                # remit inside the title
                q < k
                and toks[q].bare in self.lex.portfolio_words
                and all(t.bare in self.lex.portfolio_words or t.text in ("and", "&") for t in toks[q:k])
                and toks[k - 1].text not in ("and", "&")
                and (self.lex.is_ministry_head(titles[-1]) or titles[-1] in self.lex.portfolio_secretaries)
                and len(titles) == 1
                and not self.known(_join(toks[i:k]))
            ):
                org = self.ministry_of(s, q, k, remit_first=True)
                title = " ".join([t.bare for t in toks[i:q]] + [titles[-1]])
                self.fact(pkey, "represents", org, s, (title,))
                return True
            if stacked := self.stacked_org_title(s, i, k):
                i, first_org, first_titles = stacked
                self.fact(pkey, "represents", first_org, s, first_titles)
            org_key = None
            for q in range(i + 1, k):  # "A Senior Advisor B and C CEO D": the first role is a chunk of its own
                # ("Managing Director and CEO Mr. A and BSCIC Chairman Mr. B": the "and" after a name)
                if (
                    toks[q].text == "and"
                    and any(t.bare in self.lex.title_heads for t in toks[i:q])
                    and _namey(toks[q - 1], self.lex, self.title_tokens)
                ):
                    self.chunk(s, i, q)
                    i = q + 1
                    break
            if k - i == 1 and toks[i].bare in self.lex.unit_heads and not self.known(toks[i].text) and titles:
                # "..., where Center Director Kuo Wen-chieh ...": the unit's word is part of the title, not a body
                titles = (f"{toks[i].bare} {titles[0]}", *titles[1:])
                k = i
            if k > i:
                # "Bank Negara Malaysia Assistant Governor Dr. X": capitalised words before a title and an
                # honorific name an organization even without an organization word
                # a name, not a remit: an acronym or a place among the words ("Digital Transformation Adviser
                # Dr. X", "GVC Adviser Dr. X" name no body)
                proper = any(
                    (t.text.isupper() and len(t.text) > 1 and t.text not in self.lex.remit_acronyms)
                    or t.text in self.lex.countries
                    or t.text in self.lex.demonyms
                    or self.lex.city_country(t.text)
                    for t in toks[i:k]
                )
                force = (
                    h < a and proper and (k - i >= 2 or toks[i].text.isupper()) and all(is_cap(t) for t in toks[i:k])
                ) or (k - i == 1 and bool(_OFFICE_CODE.fullmatch(toks[i].text)))  # "DTI-11 Regional Director X"
                org_key = self.org_span(s, i, k, force=force)
                if org_key is None and k - i == 1 and toks[i].text.isupper():
                    org_key = self.defined_later(s, i)  # "KOSGEB Vice President X ... (KOSGEB)" later on
                unit_end = next((u for u in range(run_end - 2, k - 1, -1) if toks[u].bare in self.lex.org_heads), -1)
                if org_key is None and unit_end >= k and self.org_or_program_class(toks, i, unit_end + 1):
                    # "Smart Manufacturing Division Manager X": the unit word ends the body, not the title;
                    # "CPC's Smart Manufacturing Division ...": a unit of the owner before the possessive
                    owner = next((m.key for m in self.cur if m.j == i - 1), None) if i >= 2 else None
                    if (
                        owner
                        and toks[i - 1].text in ("'s", "’s")
                        and _top(self.out.entities[owner].cls) == "Organization"
                    ):
                        org_key = self.possessive_unit(s, owner, i, unit_end + 1)
                    else:
                        org_key = self.org_span(s, i, unit_end + 1)
                    if org_key:
                        titles = _split_titles([t.bare for t in toks[unit_end + 1 : run_end]], self.lex)
                if org_key is None and k - i <= 3:
                    # "KPC International Cooperation Director": unknown words after a known org go into the title
                    for cut in range(k - 1, i, -1):
                        org_key = self.out.names.get(normalize(_join(toks[i:cut])))
                        if org_key and self.lex.city_country(_join(toks[cut:k])):
                            # "DTI Iloilo Provincial Director X", "KOTRA Karachi Director-General Y": the body's
                            # office in that place, not a word of the title
                            office = _join(toks[i:k])
                            parent, org_key = (
                                org_key,
                                self.known(office) or self.entity("OrganizationalUnit", office, toks[i].start),
                            )
                            self.fact(org_key, "partOf", parent, s)
                            self.mention(s, org_key, i, k)
                            break
                        if org_key:
                            self.mention(s, org_key, i, cut)
                            titles = (_join(toks[cut:k]) + " " + titles[0], *titles[1:])
                            break
                if org_key is None and not proper and k - i <= 2 and not self.org_or_program_class(toks, i, k):
                    # "..., where Quality Assurance Manager X received them": field words open the title, no body
                    titles = (_join(toks[i:k]) + " " + titles[0], *titles[1:])
                    k = i
            if k == i and (low := self.lower_role_and(toks, i)):
                titles = (*low, *titles)  # "At Hanbit, founder and CEO Jung Tae-woo": the role before the "and"
            if org_key is None and k == i and i >= 2 and toks[i - 1].text in ("'s", "’s"):
                # "Luzon Green Bank's Vice President Maria Santos": the possessive names the organization
                org_key = next((m.key for m in self.cur if m.j == i - 1), None)
            if org_key is None and k == i and i >= 4 and toks[i - 1].text == ")" and toks[i - 3].text == "(":
                # "Japan Productivity Center (JPC) Chief Consultant Takeshi Nomura": the name defined just before
                org_key = next((m.key for m in self.cur if m.j == i - 3), None)
            if org_key is None and k == i and titles and _AT_SITE.fullmatch(s.text[: toks[i].start - s.start]):
                # "At the Office of SMEs Promotion (OSMEP), Deputy Director Ms. X explained ...": that office's
                org_key = self.at_site(s, i)
            # "They toured X Co., Ltd., a parts maker in Ansan, where CEO Park spoke": the one firm before, if no
            # other rule of the sentence finds the person's body
            if org_key is None and k == i and titles and (site := self.site_before(s, i) or self.firm_referred(s, i)):
                self.site_titles.append((pkey, site, titles))
            elif org_key is None and k == i and titles and not self.orgs_before(i):
                self.hosts_after.append((pkey, toks[j - 1].end, titles))  # "... received the group at X Ltd"
            kind = self.lex.bare_title_bodies.get(titles[-1]) if titles else None
            if (
                org_key is None
                and k == i
                and kind
                # not "At the Federation of Chambers, Secretary-General Mr. X ...": the sentence's own body
                and not any(
                    _top(self.out.entities[m.key].cls) == "Organization" and self.out.entities[m.key].cls != kind
                    for m in self.cur
                )
            ):
                org_key = self.sole_of_class(kind)  # "Secretary-General Dr. X" in an APO item
            if org_key is None and k == i and scope and scope[0] in ("of", "for"):
                # "Director General of Productivity Burak Ozturk": the directorate the director heads ("Director
                # General for X", only when the item names a "Directorate General for X")
                start = toks[run_end - len(scope) + 1].start if scope[0] == "of" else -1
                org_key = self.directorate(bare[-1], " ".join(scope[1:]), start, scope[0])
                titles = bare if org_key else titles
            if org_key and _top(self.out.entities[org_key].cls) == "Organization":
                self.fact(pkey, "represents", org_key, s, titles)
            elif titles and k == i:  # placed after the last sentence, if no other rule places the person
                self.orphans.append((pkey, self.sentence_index, i, titles, False))
            return True
        return False

    def lower_role_and(self, toks: list[Token], i: int) -> tuple[str, ...]:
        """A lower-case role and "and" right before token ``i`` ("founder and" of "founder and CEO X") after a
        comma, "its" or the sentence's start: the first of two roles the person holds, else ()."""
        if i < 2 or toks[i - 1].text != "and":
            return ()
        t = i - 1
        while t > 0 and i - 1 - t < 3 and toks[t - 1].text.islower() and _cap(toks[t - 1].text) in self.title_tokens:
            t -= 1
        if t == i - 1 or _cap(toks[i - 2].text) not in self.lex.title_heads:
            return ()
        if t > 0 and toks[t - 1].text not in (",", "its", "Its", "where", "whose"):
            return ()
        return (" ".join(_cap(x.text) for x in toks[t : i - 1]),)

    def stacked_org_title(self, s: Sentence, i: int, k: int) -> tuple[int, str, tuple[str, ...]] | None:
        """The first of two roles in "ORG1 TITLE1 and ORG2 TITLE2 NAME" ("MPO President and APO Director for
        Mongolia Mr. X"), where ``[i, k)`` holds the words before the second title: (where ORG2 starts, ORG1,
        TITLE1), else None."""
        toks = s.tokens
        q = next((q for q in range(i + 2, k - 1) if toks[q].text == "and"), None)
        if q is None or not is_cap(toks[q + 1]):
            return None
        # "APO Director for Malaysia and MPC Director General X": the member economy closes the first title
        e, remit = self.economy_closing(toks, i, q)
        h = e - 1
        if toks[h].bare not in self.title_tokens:
            return self.title_of_org_stacked(s, i, q, k)
        t = h
        while t > i and toks[t - 1].bare in self.title_tokens:
            t -= 1
        if not any(x.bare in self.lex.title_heads for x in toks[t : h + 1]):
            return None  # "NPS Director General and ...": the run holds a title head
        if t == i or not self.known(_join(toks[i:t])) or not self.known(_join(toks[q + 1 : k])):
            return None
        org = self.org_span(s, i, t)
        if org is None or _top(self.out.entities[org].cls) != "Organization":
            return None
        titles = _split_titles([x.bare for x in toks[t : h + 1]], self.lex)
        return q + 1, org, (*titles[:-1], titles[-1] + remit)

    def title_of_org_stacked(self, s: Sentence, i: int, q: int, k: int) -> tuple[int, str, tuple[str, ...]] | None:
        """The first of two roles in "TITLE1 of ORG1 and ORG2 TITLE2 NAME" ("Permanent Secretary of the Ministry of
        Industry and APO Director for Thailand Mr. X"), the "and" at ``q``: (where ORG2 starts, ORG1, TITLE1)."""
        toks = s.tokens
        t = i
        while t < q and toks[t].bare in self.title_tokens:
            t += 1
        if t == i or toks[t].text != "of" or not any(x.bare in self.lex.title_heads for x in toks[i:t]):
            return None
        if not self.known(_join(toks[q + 1 : k])):
            return None
        o = t + 1 + (toks[t + 1].text == "the")
        titles = _split_titles([x.bare for x in toks[i:t]], self.lex)
        org = (
            self.ministry_of(s, o, q) if self.lex.is_ministry_head(titles[-1]) and toks[o].text != "Ministry" else None
        )
        org = org or self.org_span(s, o, q)
        if org is None or _top(self.out.entities[org].cls) != "Organization":
            return None
        return q + 1, org, titles

    def orgs_before(self, i: int) -> set[str]:
        """The organizations the sentence names before token ``i``."""
        return {m.key for m in self.cur if m.j <= i and _top(self.out.entities[m.key].cls) == "Organization"}

    def site_before(self, s: Sentence, i: int) -> str | None:
        """The site the people from token ``i`` on work at: the sentence's one organization before them, a firm,
        or any body when the sentence opens "At X," or reads "X, where" ("At D.CAMP, a startup hub, program
        manager X showed ...", "the ABC Centre, where director X explained ...")."""
        orgs = self.orgs_before(i)
        if len(orgs) != 1:
            return self.at_site(s, i)
        key = next(iter(orgs))
        if self.out.entities[key].cls != "Firm":
            m = next(m for m in self.cur if m.key == key and m.j <= i)
            between = s.text[s.tokens[m.j - 1].end - s.start : s.tokens[i].start - s.start]
            if not (_WHERE.search(between) or _AT_SITE.fullmatch(s.text[: s.tokens[i].start - s.start])):
                return None
        return key

    def firm_referred(self, s: Sentence, i: int) -> str | None:
        """The firm just named (:meth:`last_of_kind`), for a sentence that opens on a title and a name and speaks of
        "the company" ("They toured Hela Foods Ltd., which grew with a KOSME loan. CEO X said the company ...")."""
        return self.last_of_kind("company") if i == 0 and _THE_FIRM.search(s.text) else None

    def at_site(self, s: Sentence, i: int) -> str | None:
        """The body a sentence opens on, "At [the] X, [a ...,]", when token ``i`` follows that opener: the only body
        before ``i``, or the one right after "At" ("At Nuri Sensor Co., a maker that started in an SBC
        incubator, CEO X explained ...")."""
        if not _AT_SITE.fullmatch(s.text[: s.tokens[i].start - s.start]):
            return None
        orgs = self.orgs_before(i)
        if len(orgs) == 1:
            return next(iter(orgs))
        first = 1 + (s.tokens[1].text == "the")
        generic = re.match(r"\s*At\s+the\s+(?:[a-z-]+\s+){0,2}([a-z]+),", s.text)
        if not orgs and generic:  # "At the incubation center, Manager X explained ...": the item's one center
            return self.head_word_org(generic.group(1))
        return next((m.key for m in self.cur if m.i == first and m.key in orgs), None)

    def name_after(self, toks: list[Token], a: int) -> tuple[int, int]:
        """The name from token ``a`` on, past its honorifics ("Professor Sunil Lal"): its start and end (at most
        four words; start = end when none)."""
        while a < len(toks) and self.is_honorific(toks, a + 1):
            a += 1
        b = a
        while b < len(toks) and b - a < 4 and _namey(toks[b], self.lex, self.title_tokens):
            b += 1
        return a, b

    def sole_of_class(self, cls: str) -> str | None:
        """The one body of class ``cls`` named in the item so far, if only one is."""
        found = [k for k, e in self.out.entities.items() if e.cls == cls and e.first]
        return found[0] if len(found) == 1 else None

    def title_abbr_person(self, s: Sentence, i: int, j: int) -> bool:
        """TITLE ABBR honorific NAME inside one chunk ("Chief Executive Officer NPO Mr. Muhammad Asif Cheema"):
        the organization's short name between the title and the honorific."""
        toks = s.tokens
        k = i
        while k < j and toks[k].bare in self.title_tokens:
            k += 1
        if k == i or k + 2 >= j or not toks[k].text.isupper() or not self.is_honorific(toks, k + 2):
            return False
        org = self.known(toks[k].text)
        run = [t.bare for t in toks[i:k]]
        if not org or _top(self.out.entities[org].cls) != "Organization" or run[-1] not in self.lex.title_heads:
            return False
        h = k + 1
        while h < j and self.is_honorific(toks, h + 1):
            h += 1
        if h >= j or not all(_namey(t, self.lex, self.title_tokens) for t in toks[h:j]):
            return False
        pkey = self.person(s, h, j)
        if pkey is None:
            return False
        self.mention(s, org, k, k + 1)
        self.fact(pkey, "represents", org, s, _split_titles(run, self.lex))
        return True

    def title_of_org_person(self, s: Sentence, i: int, j: int) -> bool:
        """TITLE of ORG [honorific] NAME inside one chunk ("Minister of Industries Hon. Ramesh Pathirana",
        "Director of the Export Division Ms. Hana Kim")."""
        toks = s.tokens
        while i + 1 < j and self.is_honorific(toks, i + 1) and toks[i + 1].bare in self.title_tokens:
            i += 1  # "Honourable Minister of Industries X"
        demonym = self.lex.demonyms.get(toks[i].bare) if j - i > 3 else None
        i += demonym is not None  # "Indonesian Minister of Manpower Siti Rahmawati": the ministry is Indonesia's
        k = i
        while k < j and (
            toks[k].bare in self.title_tokens
            or (toks[k].text in ("and", "&") and k > i and k + 1 < j and toks[k + 1].bare in self.title_tokens)
        ):  # "Founder and CEO of Bloom Ventures Farah Hashim"
            k += 1
        run = [t.bare for t in toks[i:k]]
        # "Minister of State for Micro, Small and Medium Enterprises X": a junior minister of that ministry
        of_state = k + 3 < j and [t.text for t in toks[k : k + 3]] in (["of", "State", "for"], ["of", "State", "of"])
        k += 2 * of_state
        to_the = toks[k].text == "to" and toks[k + 1].text == "the" if k + 1 < j else False
        if k == i or k + 2 >= j or (toks[k].text not in ("of", "for") and not to_the):
            return False  # ("Secretary to the Ministry of X Mr. Y" reads like "Secretary of")
        if not any(w in self.lex.title_heads for w in run):
            return False
        last = _split_titles(run, self.lex)[-1]
        minister = self.lex.is_ministry_head(last)
        field = ""
        if toks[k].text == "for" and not minister:
            # "Deputy for Human Resources Development of the Ministry of X Dr. Y": the remit, then the body
            r = next((q for q in range(k + 2, min(j - 2, k + 8)) if toks[q].text == "of"), None)
            if r is None or not all(is_cap(t) or t.text in ("and", "&") for t in toks[k + 1 : r]):
                return False  # "Minister for Industry, ..." names a ministry; "Director for X" a remit
            field, k = " ".join(t.text for t in toks[k:r]), r
        o = k + 1 + (toks[k + 1].text == "the")
        # prefer the split whose organization ends in an organization word ("... Administration Kamal Perera")
        lens = sorted(
            (4, 3, 2), key=lambda n: not (minister or (j - n - 1 >= o and toks[j - n - 1].bare in self.lex.org_heads))
        )
        for name_len in lens:
            a = j - name_len
            if (toks[a - 1].text, toks[a].text) in self.lex.honorific_pairs:
                continue  # "Datuk Wira Haslinda Omar": "Wira" ends the honorific, not starts the name
            h = a
            while h > o and self.is_honorific(toks, h):
                h -= 1
            if h <= o or (h == a and name_len < 2) or toks[h - 1].text.islower():
                continue  # (a body's name does not end in "of" or "and")
            if not all(_namey(t, self.lex, self.title_tokens) for t in toks[a:j]):
                continue
            if self.org_or_program_class(toks, a, j) or self.known(_join(toks[a:j])):
                continue
            if h == a and toks[o].bare == "Ministry" and toks[a].bare in self.lex.portfolio_words:
                continue  # "Secretary to the Ministry of Productivity Promotion X": the remit goes on
            # without an honorific, the name must follow a recognisable organization, or a minister's remit
            remit = minister and toks[h - 1].bare in self.lex.portfolio_words
            # "Director of Productivity Development Siti Nugroho": the directorate a director heads (named in the
            # item, or a remit in a ministry's words; made only once the name is read)
            of_what = _join(toks[o:h])
            directorate = not minister and bool(
                self.directorate(last, of_what)
                # (opening the sentence; not "..., where Director of Digital Innovation X": the site's)
                or (i == 0 and self.remit_names_directorate(last, of_what))
            )
            if (
                h == a
                and (toks[a].bare in self.lex.portfolio_words or not remit)
                and not (
                    self.org_or_program_class(toks, o, h)
                    or self.known(_join(toks[o:h]))
                    or (minister and self.known(f"Ministry of {_join(toks[o:h])}"))  # "Minister of SMEs and Startups"
                    or directorate
                )
            ):
                continue
            titles = _split_titles(run, self.lex)
            if field:
                titles = (*titles[:-1], f"{titles[-1]} {field}")
            if of_state:
                titles = (*titles[:-1], f"{titles[-1]} of State")
            # "Deputy Minister of Industry, Mine and Trade and Managing Director of ISIPO Mr. X": a second role
            second = None
            for q in range(o + 1, h - 3):
                r = next((r for r in range(q + 2, h - 1) if toks[r].text == "of"), None)
                if (
                    toks[q].text == "and"
                    and r
                    and all(t.bare in self.title_tokens for t in toks[q + 1 : r])
                    and any(t.bare in self.lex.title_heads for t in toks[q + 1 : r])
                ):
                    second = (q, r)
                    break
            # "Deputy Minister of Economic Affairs and APO Director for the ROC Dr. X": a second role, ORG TITLE
            third = next(
                (
                    q
                    for q in range(o + 1, h - 2)
                    if toks[q].text == "and"
                    and toks[q + 1].text.isupper()
                    and self.known(toks[q + 1].text)
                    and toks[q + 2].bare in self.title_tokens
                ),
                None,
            )
            end = second[0] if second else third if third else h
            if minister:
                org = self.ministry_of(s, o, end)
            else:
                org = directorate and end == h and self.directorate(last, _join(toks[o:h]), toks[o].start)
                org = org or self.org_span(s, o, end, force=True)
            pkey = self.person(s, a, j)
            if pkey is None:
                return False
            if demonym and org:
                self.fact(org, "basedIn", self.country(demonym, toks[i - 1].bare), s)
            if org and _top(self.out.entities[org].cls) == "Organization":
                self.fact(pkey, "represents", org, s, titles)
            if third and not second:
                org3 = self.known(toks[third + 1].text)
                self.mention(s, org3, third + 1, third + 2)
                if _top(self.out.entities[org3].cls) == "Organization":
                    self.fact(pkey, "represents", org3, s, (_join(toks[third + 2 : h]),))
            if second:
                q, r = second
                org2 = self.org_span(s, r + 1 + (toks[r + 1].text == "the"), h, force=True)
                if org2 and _top(self.out.entities[org2].cls) == "Organization":
                    self.fact(pkey, "represents", org2, s, _split_titles([t.bare for t in toks[q + 1 : r]], self.lex))
            return True
        return False

    def name_words(self, name: list[Token]) -> bool:
        """The tokens can be a person's name; the last may be written like an honorific ("Usman Ghani Sheikh",
        "Do Van Tuan")."""
        *first, last = name
        return all(_namey(t, self.lex, self.title_tokens) for t in first) and (
            _namey(last, self.lex, self.title_tokens)
            or (len(first) >= 2 and last.bare in self.lex.honorific_words)
            or (len(first) == 1 and last.bare in self.lex.surname_honorifics)
            # "Nguyen Thanh Long": a given name that is also a word that may open a sentence
            or (len(first) >= 2 and last.bare in self.lex.starters and last.bare not in _FUNCTION_STARTERS)
        )

    def is_honorific(self, toks: list[Token], h: int) -> bool:
        """The word before token ``h`` is an honorific of the name starting at ``h`` (not the last word of a name:
        "Do Van Tuan," ends in a word that is also the Malay "Tuan")."""
        if h >= len(toks) or not is_cap(toks[h]):
            return False
        if h >= 2 and (toks[h - 2].text, toks[h - 1].text) in self.lex.honorific_pairs:
            return True  # "Tan Sri Azman": the two words are one honorific (not "Sri" alone: "Sri Lanka")
        if (toks[h - 1].text, toks[h].text) in self.lex.honorific_pairs:
            return True
        return toks[h - 1].text in self.lex.honorifics or toks[h - 1].bare in self.lex.honorific_words

    def honorific_person(self, s: Sentence, i: int, j: int) -> bool:
        toks = s.tokens
        h = i
        pairs = self.lex.honorific_pairs
        while h < j and (
            toks[h].text in self.lex.honorifics
            or f"{toks[h].bare}." in self.lex.honorifics
            or (h + 1 < j and (toks[h].text, toks[h + 1].text) in pairs)
            or (h > i and (toks[h - 1].text, toks[h].text) in pairs)
        ):
            if toks[h].bare in ("Professor",) and h + 1 < j and not _namey(toks[h + 1], self.lex, self.title_tokens):
                break
            if h > i and toks[h].bare in self.lex.surname_honorifics and h + 2 < j:
                break  # "Dr. Sheikh Tanveer Hossain": after an honorific, "Sheikh" starts the name
            h += 1
        if h == i or h >= j:
            return False
        e = h + (toks[h].bare in self.lex.surname_honorifics)
        while e < j and e - h < 5 and _namey(toks[e], self.lex, self.title_tokens):  # "Sharifah Nur Aina Syed Omar"
            e += 1
        if (
            e == j - 1
            and e > h
            and (toks[e].bare in self.lex.honorific_words or toks[e].bare in self.lex.program_heads)
        ):
            e += 1  # "Mr. Do Van Tuan,", "Mr. Oliver Grant": the last word of a name may be written like another word
        if e == h:
            return False
        pkey = self.person(s, h, e)
        if pkey and any(t.bare in ("Prof", "Professor") for t in toks[i:h]):
            rank = next((_RANKS[t.bare] for t in toks[i:h] if t.bare in _RANKS), "")
            self.professors[pkey] = f"{rank}Professor"  # "Assoc. Prof. Dr. X": an associate professor
            self.professor_unit(s, pkey, e)
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
                if org is None and cut - o == 1 and self.body_acronym(toks[o].text):  # "Prof. X of KAIST"
                    org = self.acronym_body(toks[o].text, toks[o].start)
                    self.mention(s, org, o, cut)
                if org and cut == j:
                    org = self.unit_after_possessive(s, org, j, pkey)
                    self.country_after(s, org, pkey, j)
                if org and not self.has_role(pkey):
                    self.fact(pkey, "represents", org, s, conf=0.7)
                if org and cut < j:
                    self.chunk(s, cut + 1, j)
                if org:
                    return True
            self.chunk(s, e, j)
        return True

    def body_acronym(self, word: str) -> bool:
        """An acronym that may name a body: three to eight capitals, no remit ("SME"), title ("CEO") or country."""
        lex = self.lex
        return (
            re.fullmatch(r"[A-Z]{3,8}", word) is not None
            and word not in lex.remit_acronyms
            and word not in self.title_tokens
            and not lex.countries.get(word)
            and word not in lex.calendar
        )

    def country_after(self, s: Sentence, org: str, pkey: str, k: int) -> None:
        """ "Park Min-jae of Chungnam National University, ROK, spoke": the body and the person are there."""
        toks = s.tokens
        if k + 1 >= len(toks) or toks[k].text != ",":
            return
        e = next((q for q in range(k + 1, min(k + 5, len(toks) + 1)) if q == len(toks) or toks[q].text in ",.;"), None)
        if e:
            self.both_in_country(s, org, pkey, k + 1, e, _join(toks[k + 1 : e]))

    def both_in_country(self, s: Sentence, org: str, pkey: str, a: int, b: int, where: str) -> bool:
        """When ``where`` (tokens a..b) is a country, the body and the person are based there; True if so."""
        iso = self.lex.countries.get(where) or self.lex.countries.get(where.removeprefix("the "))
        if iso:
            c = self.country(iso, where)
            self.mention(s, c, a, b)
            self.fact(org, "basedIn", c, s)
            self.fact(pkey, "basedIn", c, s, conf=0.75)  # "PERSON, TITLE, ORG, COUNTRY": both there
        return bool(iso)

    def known_person(self, word: str) -> bool:
        return bool(self.out.surnames.get(normalize(word)))

    def person(self, s: Sentence, a: int, b: int) -> str | None:
        toks = s.tokens
        if b - a > 1 and (toks[b - 1].text in self.lex.legal_forms or toks[b - 1].bare in self.lex.legal_forms):
            return None  # "(Seri) Mutiara Plastics Sdn Bhd": a firm's name ends on its legal form
        text = _join(toks[a:b])
        n = normalize(text)
        key = self.out.names.get(n)
        if key is None and b - a == 2 and toks[a].text[0].isupper():
            key = self.out.surnames.get(n)  # "Noor Azlina", the given names of "Noor Azlina Hassan" named before
        if key is None and (b - a == 1 or (b - a == 2 and toks[a].text[0].islower())):
            key = self.out.surnames.get(n)
            if key is None and not (b - a == 1 and _INITIAL_NAME.fullmatch(toks[a].text)):
                return None
        if key is None:
            key = self.entity("Person", text, toks[a].start)
            if b - a > 2 and toks[a].text in self.lex.name_prefixes:
                self.alias(key, _join(toks[a + 1 : b]))
        if _top(self.out.entities[key].cls) != "Person":
            return None
        self.mention(s, key, a, b)
        self.after_name(s, key, b)
        self.title_after(s, key, b)
        self.heads_clause(s, key, b)
        self.title_before_of(s, key, a, b)
        self.title_of_the_generic_before(s, key, a)
        self.title_of_org_before(s, key, a)
        self.org_title_comma_before(s, key, a)
        self.org_lowercase_title_before(s, key, a)
        self.qualified_title_before(s, key, a)
        self.title_of_abbreviated_org_before(s, key, a)
        self.possessive_title_before(s, key, a)
        self.title_name_org(s, key, a, b)
        self.represented_by(s, key, a, b)
        self.where_title(s, key, a, b)
        if b < len(toks) and toks[b].text in ("also", "concurrently", "serves", "served"):
            self.also_role(s, key, b)  # "Dr. Retno also serves as the APO National Liaison Officer for Indonesia"
        self.from_after(s, key, b)
        return key

    def experts_from_org(self, s: Sentence) -> None:
        """ "Two Japanese experts from the JPC led the modules: Senior Consultant A and Chief Consultant B", "Two
        Thai experts from FTPI, Mr. C, Senior Consultant, and Ms. D, Specialist, ...": the people named after
        experts from a body, each with a bare title, represent that body."""
        toks = s.tokens
        m = _EXPERTS_FROM.search(s.text)
        if not m:
            return
        org = next(
            (x for x in self.cur if x.start >= s.start + m.end() and _top(self.out.entities[x.key].cls) != "Country"),
            None,
        )
        if org is None or _top(self.out.entities[org.key].cls) != "Organization":
            return
        for x in sorted(self.cur, key=lambda x: x.i):
            if x.i < org.j or _top(self.out.entities[x.key].cls) != "Person" or self.has_role(x.key):
                continue
            h = self.before_honorifics(toks, x.i)
            k = h
            while k > org.j and toks[k - 1].bare in self.title_tokens:
                k -= 1
            run = [t.bare for t in toks[k:h]]
            if not any(w in self.lex.title_heads for w in run) and x.j + 1 < len(toks) and toks[x.j].text == ",":
                e = x.j + 1  # "Mr. C, Senior Consultant, and ...", "Ms. D, Green Productivity Specialist, ..."
                while e < len(toks) and toks[e].bare in self.title_tokens:
                    e += 1
                e = max(e, self.open_title_end(toks, x.j + 1))
                run = [t.bare for t in toks[x.j + 1 : e]] if e < len(toks) and toks[e].text in (",", ";", ".") else []
            if any(w in self.lex.title_heads for w in run):
                self.fact(x.key, "represents", org.key, s, _split_titles(run, self.lex), conf=0.7)

    def people_sharing_a_title(self, s: Sentence, i: int, j: int) -> bool:
        """ "Kim Min-jung and Lee Sang-woo, both Senior Consultants at ...": names joined by "and" before a title
        they share are people."""
        toks = s.tokens
        if not (
            j + 2 < len(toks)
            and toks[j].text == ","
            and toks[j + 1].text in ("both", "all")
            and _cap(toks[j + 2].bare) in self.title_tokens | _plural_titles()
        ):
            return False
        parts = split_at(toks, i, j, ("and", ","))
        if len(parts) < 2 or not all(2 <= b - a <= 4 and self.name_words(toks[a:b]) for a, b in parts):
            return False
        for a, b in parts:
            self.person(s, a, b)
        return True

    def shared_org(self, s: Sentence) -> None:
        """ "Dr. A, Senior Consultant, and Ms. B, Consultant, both of KPC's Smart Factory Center": the people
        of the list before "both of" / "all of" represent that organization, each with the title after the name."""
        toks = s.tokens
        for n in range(1, len(toks) - 2):
            shared = ()
            if toks[n - 1].text == "," and toks[n].text in ("both", "all") and toks[n + 1].text not in ("of", "from"):
                # "Ms. A and Mr. B, both senior consultants at the center": the title they share, then the body
                e, words_ok = n + 1, self.title_tokens | _plural_titles()
                while e < len(toks) and e - n < 6 and _cap(toks[e].bare) in words_ok:
                    e += 1
                words = [_cap(t.bare) for t in toks[n + 1 : e]]
                if not words or e >= len(toks) or toks[e].text not in ("at", "of", "with", "in"):
                    continue
                words[-1] = words[-1].removesuffix("s") if words[-1] in _plural_titles() else words[-1]
                if words[-1] not in self.lex.title_heads:
                    continue
                shared, n2 = (" ".join(words),), e
            elif toks[n - 1].text == "," and self.lex.shared_org.fullmatch(f"{toks[n].text} {toks[n + 1].text}"):
                n2 = n + 1
            else:
                continue
            o = n2 + 1 + (toks[n2 + 1].text in ("the", "its"))
            back = self.generic_back_reference(toks, o) if toks[o - 1].text == "the" else None
            org = next((m for m in self.cur if m.i == o and _top(self.out.entities[m.key].cls) == "Organization"), None)
            if org is None and back:  # "..., both senior consultants at the center"
                self.mention(s, back, o, o + 1)
                org = self.cur[-1]
            if org and org.j + 1 < len(toks) and toks[org.j].text in ("'s", "’s"):  # "KPC's Smart Factory Center"
                org = next((m for m in self.cur if m.i == org.j + 1), org)
            if org is None:
                return
            # the list right before ", both of": people joined only by commas, "and", honorifics and titles
            # (not "Mr. Kim welcomed Ms. A and Mr. B, both of VNPI": Kim is not one of them)
            people = sorted(
                (m for m in self.cur if m.j < n and _top(self.out.entities[m.key].cls) == "Person"), key=lambda m: m.i
            )
            listed, bound = [], n - 1
            for m in reversed(people):
                if not all(
                    t.text in (",", ";", "and", "&", "(", ")")
                    or t.bare in self.title_tokens
                    or self.is_honorific(toks, q)
                    for q, t in enumerate(toks[m.j : bound], start=m.j)
                ):
                    break
                listed.append(m)
                bound = self.before_honorifics(toks, m.i)
            for m in listed:
                if self.has_role(m.key):
                    continue
                k = m.j + 1 if m.j < n and toks[m.j].text == "," else m.j
                e = k
                while e < n and toks[e].bare in self.title_tokens:
                    e += 1
                run = [t.bare for t in toks[k:e]]
                titles = _split_titles(run, self.lex) if any(w in self.lex.title_heads for w in run) else shared
                self.fact(m.key, "represents", org.key, s, titles)
            return

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

    def winner_right_before(self, s: Sentence, i: int) -> bool:
        """A participant's trigger that names a winner ends right before token ``i`` ("First runner-up was X",
        "the judges named X (Country) as champion", "First prize: X")."""
        start = s.tokens[i].start - s.start
        if not _WINNER_WORDS.search(s.text, 0, start):
            return False  # (most sentences: no trigger search needed)
        return any(
            t.end() <= start
            and re.fullmatch(r"\s*(?:the\s+)?", s.text[t.end() : start], re.I)
            and _WINNER_WORDS.search(t.group(0))
            for t in self.lex.triggers["attended"].finditer(s.text[: start + 80])
        )

    def won_after(self, s: Sentence, j: int) -> bool:
        """ "TerraGrid Analytics (India) won the grand prize": a winner's verb after the name and its country."""
        rest = s.text[s.tokens[j - 1].end - s.start :] if j > 0 else ""
        return bool(_WON_AFTER.match(rest))

    def person_by_context(self, s: Sentence, i: int, j: int) -> bool:
        toks = s.tokens
        if (
            not (1 <= j - i <= 4)
            or not (
                all(
                    _namey(t, self.lex, self.title_tokens) or (n and t.bare in self.lex.starters)  # "Bui Van Long"
                    for n, t in enumerate(toks[i:j])
                )
                or self.name_words(toks[i:j])  # "Bilal Ahmed Sheikh": the last word like an honorific
            )
        ):
            return False
        if j - i == 1:
            if self.known_person(toks[i].bare) or (
                _INITIAL_NAME.fullmatch(toks[i].text) and j < len(toks) and toks[j].text in (",", "(", "said", "and")
            ):  # "D.Oyunchimeg, a senior officer at ...": a Mongolian name with the initial of the father's name
                self.person(s, i, j)
                return True
            return False
        nxt = toks[j].text if j < len(toks) else ""
        # "went to X, owner of Y", "went to X (Nepal), founder of Y": a person
        close = next((c for c in range(j + 2, min(j + 7, len(toks))) if toks[c].text == ")"), None)
        c = close + 1 if nxt == "(" and close is not None and self.paren_country(toks, j + 1) else j
        if (self.winner_right_before(s, i) or self.won_after(s, j)) and not (
            c < len(toks) and toks[c].text == "," and self.lowercase_title_end(toks, c + 1) > c + 1
        ):
            return False  # "second runner-up was Tray Works (Thailand)": a team, not a person
        nxt2 = toks[j + 1] if j + 1 < len(toks) else None
        ctx = (
            (nxt == "(" and nxt2 is not None and self.paren_country(toks, j + 1))
            or (nxt == "(" and nxt2 is not None and self.starts_title(s, j + 1))  # "X (Executive Director, NPEDC)"
            or (nxt == "," and nxt2 is not None and self.starts_title(s, j + 1))
            or nxt in ("said", "says", "noted", "added")
            or (i > 0 and toks[i - 1].text in ("said", "says", "added", "noted") and nxt in (",", "."))
            or (nxt in ("is", "was") and nxt2 is not None and self.starts_title(s, j + 1))
            or (  # "Rina Kusumawati is a lecturer at ..."
                nxt in ("is", "was")
                and nxt2 is not None
                and nxt2.text in ("a", "an")
                and self.lowercase_title_end(toks, j + 2) > j + 2
            )
            or self.relative_title(s, j)
            or (nxt == "," and self.role_description(toks, j + 1))
            or (nxt == "," and nxt2 is not None and nxt2.text in ("founder", "co-founder") and j + 2 < len(toks))
            or (nxt == "," and nxt2 is not None and self.lowercase_title_end(toks, j + 1) > j + 1)
            or (nxt == "," and nxt2 is not None and self.lower_title_after_comma(toks, j + 1))
            or (nxt == "," and self.its_title_end(toks, j + 1) > j + 1)  # "X, its managing director, ..."
            or (  # "Lee Jae-hoon, a KPC senior consultant, covered ..."
                nxt == ","
                and j + 4 < len(toks)
                and toks[j + 1].text in ("a", "an")
                and self.known(toks[j + 2].text)
                and _cap(toks[j + 3].text) in self.title_tokens
                and toks[j + 3].text.islower()
            )
            or (  # "Ayse Kaya, KOSGEB's head of international cooperation"
                nxt == ","
                and j + 3 < len(toks)
                and toks[j + 2].text in ("'s", "’s")
                and self.known(toks[j + 1].text)
                and self.lower_possessive_title(toks, j + 3) > j + 3
            )
            or (i >= 4 and toks[i - 1].text == "," and self.title_first(toks, i - 1) > 0)  # "Secretary, ORG, NAME"
            or (i >= 3 and toks[i - 1].text == "," and self.title_acronym_first(toks, i - 1))  # "CEO NPO, NAME"
            or (  # "Formosa Valve Works, whose founder, Huang Mei-ling, answered ...": the firm's person
                i >= 3
                and toks[i - 1].text == ","
                and toks[i - 3].text == "whose"
                and _cap(toks[i - 2].text) in self.lex.title_heads
            )
            or (  # "Japanese expert Takeshi Ono, a senior adviser to JICA": who the person is, then the name
                i >= 2 and toks[i - 1].text in self.lex.demonym_roles and toks[i - 2].bare in self.lex.demonyms
            )
            or (  # "Tan Wei Jie, APO Director for Singapore and ...", "X, KADIN Indonesia Vice Chairman": ORG TITLE
                nxt == ","
                and j + 3 < len(toks)
                and toks[j + 1].text.isupper()
                and self.known(toks[j + 1].text)
                and any(t.bare in self.lex.title_heads for t in toks[j + 2 : j + 6])
                and (
                    toks[j + 2].bare in self.title_tokens
                    or (self.lex.countries.get(toks[j + 2].text) and toks[j + 3].bare in self.title_tokens)
                )
            )
            or (  # "Its operations manager, Lee Chee Keong, explained ...", "the incubator's manager, X": a role
                i >= 3 and toks[i - 1].text == "," and self.possessive_title(s, i - 1) is not None
            )
            or (  # "The Executive Director of the MPO, Batbold Dorj, opened the course"
                i >= 4 and toks[i - 1].text == "," and nxt in (",", ".", ";") and self.title_of_org_names(toks, i - 1)
            )
            or self.story_subject(s, i, j)
            or (j - i >= 3 and toks[i].text in ("Md.", "Mohd.", "Muhd."))  # "Md. Jashim Uddin Sarkar": Muhammad
            or (  # "Farid Hassan from Malaysia and ..." (not "The selected startups are Nusa Pay from Indonesia, ...")
                nxt == "from"
                and nxt2 is not None
                and j - i >= 2
                and not _TEAMS_BEFORE.search(s.text[: toks[i].start - s.start])
                and any(
                    self.lex.countries.get(_join(toks[j + 1 : j + 1 + n])) for n in (1, 2, 3) if j + 1 + n <= len(toks)
                )
            )
        )
        if not ctx:
            return False
        self.person(s, i, j)
        return True

    def story_subject(self, s: Sentence, i: int, j: int) -> bool:
        """A feature's subject named with no honorific or title (see ``_STORY_BEFORE``)."""
        toks = s.tokens
        if (
            j - i < 2
            or j >= len(toks)
            or not (toks[j].text in _STORY_VERBS or re.fullmatch(r"[a-z]{3,}ed", toks[j].text))
        ):
            return False
        if i > 0 and toks[i - 1].text.lower() not in _STORY_BEFORE:
            return False
        if any(self.known(t.text) or t.bare in self.lex.org_heads for t in toks[i:j]):
            return False
        later = [t.text for t in toks[j + 1 :]]
        nxt = self.sents[self.sentence_index + 1].tokens if self.sentence_index + 1 < len(self.sents) else []
        return any(w in _PRONOUNS for w in later) or (bool(nxt) and nxt[0].text in ("He", "She", "His", "Her"))

    def lowercase_role(self, s: Sentence, i: int, j: int) -> bool:
        """ "Margalla Ventures partner Omar Farooq Siddiqui": an organization, a lower-case role, a name."""
        toks = s.tokens
        h = i - 1
        role = _cap(toks[h].text) if h >= 1 else ""  # "FNCCI vice-president X": "Vice-President"
        if role.endswith("s") and role[:-1] in self.lex.title_heads:
            role = role[:-1]  # "KOSGEB experts Burak Kaya and Zeynep Arslan"
        if h < 1 or role not in self.lex.title_heads or not toks[h].text.islower():
            return False
        r = h  # "KPC senior consultant Park Ji-hoon": modifiers before the head
        while r > 1 and h - r < 3 and toks[r - 1].text.islower() and _cap(toks[r - 1].text) in self.title_tokens:
            r -= 1
        # "General manager Tsai Ming-hsun showed ...": a sentence that opens on the title, its first word capitalised
        opener = r == 1 and toks[0].text in self.title_tokens and not self.known(toks[0].text)
        r -= opener
        role = " ".join([_cap(t.text) for t in toks[r:h]] + [role])
        if opener:
            a, e = self.name_after(toks, i)
            pkey = self.person(s, a, e) if e == j and e - a >= 2 and not self.known(_join(toks[a:e])) else None
            if pkey:  # whose: the linker reads the sentences before (the firm just visited)
                self.orphans.append((pkey, self.sentence_index, 0, (role,), False))
            return pkey is not None
        org = next((m.key for m in self.cur if m.j == r), None)
        if org is None and r > 0 and toks[r - 1].text in ("its", "Its"):
            org = self.owner_before(s, r - 1)  # "X was represented by its chief operating officer Y"
        before = None
        if org is None and r > 0 and toks[r - 1].text not in ("a", "an", "the", "former", "its", "Its"):
            before = self.site_before(s, r)  # "..., where owner Abdul Bajwa showed ...": the site before
        if before is None and (org is None or _top(self.out.entities[org].cls) != "Organization"):
            return False
        a, e = self.name_after(toks, i)  # "plant manager Mr. Anan Chaiyaporn": past the honorific
        if e > j or e - a < 2 or self.known(_join(toks[a:e])) or self.org_or_program_class(toks, a, e):
            return False
        pkey = self.person(s, a, e)
        if pkey is None:
            return False
        if before:
            self.site_titles.append((pkey, before, (role,)))
            return True
        if not self.has_role(pkey):
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

    def lower_title_after_comma(self, toks: list[Token], q: int) -> bool:
        """A lower-case title at token ``q`` that goes on to a body written in lower case ("Zakia Sultana, senior
        secretary of the industries ministry, ...", "Mina Gurung, secretary at the ministry, ...")."""
        q += q < len(toks) and toks[q].text in ("a", "an")
        e = q
        while e < len(toks) and e - q < 4 and toks[e].text.islower() and _cap(toks[e].text) in self.title_tokens:
            e += 1
        return (
            e > q
            and _cap(toks[e - 1].text) in self.lex.title_heads
            and e + 1 < len(toks)
            and toks[e].text in ("of", "at")
            and toks[e + 1].text == "the"
        )

    def person_context(self, s: Sentence, a: int, b: int) -> bool:
        """Tokens a..b are a new person's name followed by ", TITLE" or "(Country)"."""
        toks = s.tokens
        if not (2 <= b - a <= 4) or not all(_namey(t, self.lex, self.title_tokens) for t in toks[a:b]):
            return False
        if self.org_or_program_class(toks, a, b) or self.known(_join(toks[a:b])):
            return False
        nxt = toks[b].text if b < len(toks) else ""
        return (
            (nxt == "(" and self.paren_country(toks, b + 1))
            or (nxt == "," and self.starts_title(s, b + 1))
            or self.relative_title(s, b)
        )

    def relative_title(self, s: Sentence, b: int) -> bool:
        """A title in a relative clause at token ``b``: ", who is (also) Deputy Director-General of ...",
        ", who serves as Director of ..."."""
        toks = s.tokens
        if not (b + 4 < len(toks) and toks[b].text == "," and toks[b + 1].text == "who"):
            return False
        k = b + 2
        if toks[k].text in self.lex.head_verbs and is_cap(toks[k + 1 + (toks[k + 1].text == "the")]):
            return True  # ", who heads MPO's Digital Services Division"
        if toks[k].text in ("serves", "served") and toks[k + 1].text == "as":
            k += 2
        elif toks[k].text in ("is", "was"):
            k += 1
        else:
            return False
        k += toks[k].text in ("also", "concurrently")
        k += k < len(toks) and toks[k].text in ("the", "a", "an")
        return k < len(toks) and self.starts_title(s, k)

    def person_of_org(self, s: Sentence, i: int, j: int) -> bool:
        """ "Kenji Ito of the Japan Finance Institute": a two- to four-word name, "of", an organization (a title
        may come first: "Program Officer Kyoko Ishida of the APO Secretariat Industry Department")."""
        toks = s.tokens
        lead = self.known(toks[i].text) if toks[i].text.isupper() and i + 1 < j else None
        if lead and _top(self.out.entities[lead].cls) == "Organization" and toks[i + 1].bare in self.title_tokens:
            i += 1  # "APO Program Officer Mr. X of the Secretariat's ...": the body the title is of
        unit = ""
        u = next((q for q in range(i + 1, min(i + 5, j)) if toks[q].bare in self.lex.unit_of_parent_words), None)
        if u is not None and u + 1 < j and toks[u + 1].bare in self.title_tokens and all(is_cap(t) for t in toks[i:u]):
            unit, i = _join(toks[i : u + 1]), u + 1  # "Industry Department Director X of the APO Secretariat"
        h = i
        while h < j and toks[h].bare in self.title_tokens:
            h += 1
        if h > i and not any(t.bare in self.lex.title_heads for t in toks[i:h]):
            return False
        titles = _split_titles([t.bare for t in toks[i:h]], self.lex) if h > i else ()
        if titles and h + 1 < j and toks[h].text == "for":  # "Deputy Minister for Employment Affairs X of ..."
            r = h + 1
            while r < j and (toks[r].bare in self.lex.portfolio_words or (toks[r].text in ("and", "&") and r > h + 1)):
                r += 1
            if r > h + 1 and toks[r - 1].text not in ("and", "&"):
                titles, h = (*titles[:-1], f"{titles[-1]} for {_join(toks[h + 1 : r])}"), r
        while h < j and self.is_honorific(toks, h + 1):  # "Program Officer Dr. Hasan Ashraf of ..."
            h += 1
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
        if org and unit:
            key = self.named_unit(org, unit, s, toks[i].start)
            # (not also "Quality Division Head" of the parent, as the title before the name read it)
            self.out.facts = [
                f
                for f in self.out.facts
                if not (
                    f.subject == pkey
                    and f.relation == "represents"
                    and f.object == org
                    and f.sentence == self.sentence_index
                )
            ]
            org = key
        elif org:
            org = self.unit_after_possessive(s, org, j, pkey)
        if org and (titles or not self.has_role(pkey)):
            self.fact(pkey, "represents", org, s, titles, conf=0.8 if titles else 0.7)
        return True

    def unit_after_possessive(self, s: Sentence, org: str, j: int, pkey: str) -> str:
        """ "of the APO Secretariat's Industry Department", "of Keio University's Graduate School of Business
        Administration": the unit of ``org`` named after the possessive at token ``j`` (a role of ``pkey`` already
        found at ``org`` moves to the unit); ``org`` when none is named."""
        toks = s.tokens
        if not (j + 1 < len(toks) and toks[j].text in ("'s", "’s")):
            return org
        e, name = self.unit_after(toks, j + 1)
        if not name:  # "the DTI's Regional Operations Group"
            return org
        unit = self.possessive_unit(s, org, j + 1, e, name)
        if unit != org:  # a unit known by its own name ("Industry Department") is still the owner's
            self.fact(unit, "partOf", org, s)
        for n, f in enumerate(self.out.facts):  # the role found with the name is in the unit
            if f.subject == pkey and f.relation == "represents" and f.object == org:
                self.out.facts[n] = replace(f, object=unit)
        return unit

    def unit_after(self, toks: list[Token], a: int) -> tuple[int, str]:
        """The end and name of a unit written from token ``a`` after a possessive: "Industry Department"; in lower
        case, "Sindh regional office" = "Sindh Regional Office"; (``a``, "") when no unit is named."""
        e = a
        while e < len(toks) and (
            is_cap(toks[e]) or (toks[e].text in ("and", "&", "of", "for") and e + 1 < len(toks) and is_cap(toks[e + 1]))
        ):
            e += 1
        named = self.org_or_program_class(toks, a, e) if e > a else None
        if named and _top(named) == "Organization":
            return e, _join(toks[a:e])
        low = self.lex.lower_unit.match(" ".join(t.text for t in toks[e : e + 2]))
        if low is None or (e == a and len(low.group(0).split()) < 2):
            return a, ""  # (a bare "office" names no unit)
        q = e + len(low.group(0).split())
        return q, " ".join(t.text if is_cap(t) else t.text.capitalize() for t in toks[a:q])

    def role_description(self, toks: list[Token], k: int) -> bool:
        """ "a growth coach from Malaysia", "an accountant from Sri Lanka": a lower-case role of a person."""
        if k >= len(toks) or toks[k].text not in ("a", "an"):
            return False
        if k + 2 < len(toks) and toks[k + 1].bare in self.lex.demonyms and toks[k + 2].text in self.lex.demonym_roles:
            return True  # "Kim Dae-sung, a Korean expert and ..."
        e = k + 1
        while e < len(toks) and e - k <= 4 and re.fullmatch(r"[a-z][a-z-]*", toks[e].text):
            e += 1
        words = [t.text for t in toks[k + 1 : e]]
        for n in range(len(words) - 1, 0, -1):
            if (
                words[n] in ("from", "at", "with", "who", "based", "in", "of")
                and (
                    words[n - 1].capitalize() in self.lex.title_heads
                    or words[n - 1] in self.lex.role_nouns
                    or (  # "a director general at the Department of Industry"
                        words[n - 1].capitalize() in self.title_tokens
                        and any(w.capitalize() in self.lex.title_heads for w in words[: n - 1])
                    )
                )
            ):
                return True
        return False

    def paren_country(self, toks: list[Token], k: int) -> bool:
        """True when the words from ``k`` to the closing parenthesis name a country ("(Sri Lanka)")."""
        e = k
        while e < len(toks) and e - k < 5 and toks[e].text != ")":
            e += 1
        return e < len(toks) and toks[e].text == ")" and _join(toks[k:e]) in self.lex.countries
