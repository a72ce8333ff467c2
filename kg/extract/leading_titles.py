"""Titles written before a name: "Secretary, Ministry of X, NAME", "TITLE of ORG, NAME", "ORG TITLE
(Qualifier) NAME", "its director, NAME", "TITLE NAME of ORG". :class:`LeadingTitleRules` is mixed into the
name finder of :mod:`kg.extract.mentions`, with :mod:`kg.extract.titles` (titles after a name)."""

from __future__ import annotations

import re
from dataclasses import replace

from .entities import Mention, _join, _top
from .people import _cap, _split_titles
from .programs import _title
from .text import Sentence, Token, chunks, is_cap
from .titles import _NOT_IN_TITLE

__all__ = ["LeadingTitleRules"]

# a director's title, with "General" before or after ("Director General", "General Director")
_DIRECTOR = re.compile(r"(?:.*? )??(General )?Director( General)?")


class LeadingTitleRules:
    """Rules for titles written before a name (a mixin of the name finder; ``self`` is the finder)."""

    def title_name_org(self, s: Sentence, pkey: str, a: int, b: int) -> None:
        """TITLE PERSON, ORG ("Associate Professor Rizal Ahmad, Universiti Malaya, led the sessions")."""
        toks = s.tokens
        if b + 1 >= len(toks) or toks[b].text != "," or self.has_role(pkey):
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

    def where_title(self, s: Sentence, pkey: str, a: int, b: int) -> None:
        """ORG, where [TITLE] PERSON[, TITLE] ("visited the SME Foundation (SMEF), where Managing Director Mr.
        X briefed them", "called at the SMEA, where Ms. Y, Section Chief, explained ..."): a role at the
        body the sentence is at."""
        toks = s.tokens
        if self.has_role(pkey):
            return
        h = self.before_honorifics(toks, a)
        t = h
        while t > 0 and (  # "where owner and general manager Ms. X": lower-case titles too
            _cap(toks[t - 1].bare) in self.title_tokens or (toks[t - 1].text == "and" and t < h)
        ):
            t -= 1
        if t < 3 or toks[t - 1].text != "where" or toks[t - 2].text != ",":
            return
        c = t - 2
        if toks[c - 1].text == ")" and c >= 4 and toks[c - 3].text == "(":
            c -= 3  # "the SME Foundation (SMEF), where"
        org = next((m.key for m in self.cur if m.j == c and _top(self.out.entities[m.key].cls) == "Organization"), None)
        if org is None:  # "X Inc., a Mactan-based furniture exporter in Lapu-Lapu City, where ...": the body described
            before = [m for m in self.cur if m.j < c and _top(self.out.entities[m.key].cls) == "Organization"]
            m = max(before, key=lambda m: m.j, default=None)
            between = s.text[toks[m.j - 1].end - s.start : toks[c].start - s.start] if m else ""
            described = re.fullmatch(
                r"(?:\s*\([^)]*\)|\))?(?:,\s+an?\s[^;:]*|\s+in\s+[A-Z][\w-]*(?:\s[A-Z][\w-]*)*)\s*", between
            )  # (", a Mactan-based exporter in X", " (SMEA) in Taipei")
            org = m.key if m and described else None
        if org is None or _top(self.out.entities[org].cls) != "Organization":
            return
        run = [_cap(x.bare) if x.text != "and" else "and" for x in toks[t:h]]
        titles = _split_titles(run, self.lex) if any(w in self.lex.title_heads for w in run) else ()
        self.fact(pkey, "represents", org, s, titles or self.bare_title_after(toks, b))

    def before_honorifics(self, toks: list[Token], a: int) -> int:
        """Where the honorifics before a name that starts at token ``a`` begin ("Dr." of "Dr. Kavita Menon")."""
        while a > 0 and self.is_honorific(toks, a):
            a -= 1
        return a

    def possessive_title_before(self, s: Sentence, pkey: str, a: int) -> None:
        """OWNER's TITLE, [honorific] PERSON: "D.CAMP's head of programs, Kwon Hye-rin", "the incubator's manager,
        Nuwan Jayasekara", "its director, Sok Sreymom" (the body named earlier in the sentence), "Its Director,
        Dr. Kavita Menon" (the body the previous sentence ended on)."""
        toks = s.tokens
        h = self.before_honorifics(toks, a)
        t = h - (h > 0 and toks[h - 1].text == ",")
        found = self.possessive_title(s, t)
        # (a second role after the name, "who is also the APO Director for Malaysia", does not hide this one)
        if found and not any(
            f.subject == pkey and f.relation == "represents" and f.object == found[0] for f in self.out.facts
        ):
            self.fact(pkey, "represents", found[0], s, found[1])

    def possessive_title(self, s: Sentence, t: int) -> tuple[str, tuple[str, ...]] | None:
        """The owner and title of "OWNER's title" ending before token ``t``, else None."""
        toks = s.tokens
        for p in range(t - 2, max(-1, t - 9), -1):
            plural = toks[p].text in ("'", "’") and p > 0 and toks[p - 1].text.endswith("s")  # "Pintu Labs' CEO"
            # "The owner, Siti Rohani Ismail, said": the firm the item has just named
            firm = toks[p].text in ("The", "the") and (p == 0 or toks[p - 1].text in (",", ";"))
            if toks[p].text not in ("'s", "’s", "its", "Its", "their", "Their") and not plural and not firm:
                continue
            u = self.unit_before_title(toks, p + 1)
            if u > p + 1 and u < t:  # "The APO's Industry Department Program Officer, Dr. X"
                org = self.owner_before(s, p)
                if org is None:
                    return None
                title = _title(" ".join(w.text for w in toks[u:t]))
                return self.possessive_unit(s, org, p + 1, u), (title,)
            words = toks[p + 1 : t]
            if not words or _cap(words[0].bare) not in self.title_tokens:
                return None
            cut = next((n for n, w in enumerate(words) if w.text in ("of", "for")), len(words))
            if not all(
                _cap(w.bare) in self.title_tokens or (w.text in ("and", "&") and 0 < n < cut - 1)
                for n, w in enumerate(words[:cut])
            ) or not any(_cap(w.bare) in self.lex.title_heads for w in words[:cut]):
                return None
            if cut == len(words) and any(w.text in ("and", "&") for w in words):  # "Pintu Labs' CEO and co-founder"
                titles = _split_titles([w.text if w.text in ("and", "&") else _cap(w.bare) for w in words], self.lex)
            else:
                titles = (
                    _title(" ".join(_cap(w.text) if _cap(w.text) in self.title_tokens else w.text for w in words)),
                )
            org = self.last_of_kind("firm") if firm else self.owner_before(s, p)
            return (org, titles) if org else None
        return None

    def owner_before(self, s: Sentence, p: int) -> str | None:
        """The organization a possessive at token ``p`` points to."""
        toks = s.tokens
        if toks[p].text in ("'s", "’s", "'", "’"):
            m = next((m.key for m in self.cur if m.j == p), None)
            if m is None and p >= 2 and toks[p - 2].text.lower() == "the":  # "the incubator's manager"
                m = self.head_back_reference(toks[p - 1].bare.capitalize()) or self.last_of_kind(toks[p - 1].bare)
            return m if m and _top(self.out.entities[m].cls) == "Organization" else None
        if p > 0:  # "X is a unit under MISTI, and its director, Y": the body the sentence is about
            m = next(
                (m.key for m in self.cur if m.j <= p and _top(self.out.entities[m.key].cls) == "Organization"), None
            )
            if m or not any(_top(self.out.entities[x.key].cls) == "Person" for x in self.cur if x.j <= p):
                return m
            # "... at Eastern Seal Packaging. Wilaiwan Thongdee, its managing director, ...": the body before
        if not self.out.by_sentence:
            return None
        prev, text = self.out.by_sentence[-1], self.sents[self.sentence_index - 1].text
        base = self.sents[self.sentence_index - 1].start
        orgs = [
            m
            for m in prev
            if _top(self.out.entities[m.key].cls) == "Organization"
            and not any(o.i <= m.i and m.j <= o.j and o != m for o in prev)
            and not re.search(r"\b(?:known(?: [\w ]{0,20})? as|also called|or|an?)\s+$", text[: m.start - base])
            and not re.match(r"['’]s\s+[a-z]", text[m.end - base :])
        ]  # not the other name of the one before ("Mutiara ..., known in the industry as MPC"), nor a body that
        # only says what the one before is ("X Sdn Bhd, an FMM member in Klang. Its Managing Director, ..."), nor an
        # owner in passing ("... a flour mill that began its kaizen journey with MPO's help. Its production manager")
        return orgs[-1].key if orgs else None

    def last_of_kind(self, noun: str) -> str | None:
        """The body "the company" or "the bakery" refers to: the last one of that kind named in this sentence or
        the two before it ("Roti Emas Sdn Bhd ... The company's general manager")."""
        cls = self.lex.appositive.get(noun.lower())
        if cls is None:
            return None
        for ms in (self.cur, *reversed(self.out.by_sentence[-2:])):
            found = [m.key for m in sorted(ms, key=lambda m: m.i) if self.out.entities[m.key].cls == cls]
            if found:
                return found[-1]
        return None

    def qualified_title_before(self, s: Sentence, pkey: str, a: int) -> None:
        """ORG TITLE (QUALIFIER) [honorific] PERSON ("MPC Deputy Director General (Productivity Policy) Encik
        Ahmad Firdaus"): the brackets cut the name run, so the title and the organization are read back."""
        toks = s.tokens
        h = self.before_honorifics(toks, a)
        if h < 4 or toks[h - 1].text != ")" or self.has_role(pkey):
            return
        p = next((q for q in range(h - 2, max(0, h - 7), -1) if toks[q].text == "("), None)
        if p is None or p < 2 or toks[p - 1].bare not in self.title_tokens or not is_cap(toks[p + 1]):
            return
        t = p
        while t > 0 and toks[t - 1].bare in self.title_tokens:
            t -= 1
        if not any(x.bare in self.lex.title_heads for x in toks[t:p]):
            return
        c = t
        while c > 0 and is_cap(toks[c - 1]):
            c -= 1
        org = self.known(_join(toks[c:t])) if c < t else None
        if not org or _top(self.out.entities[org].cls) != "Organization":
            return
        titles = _split_titles([x.bare for x in toks[t:p]], self.lex)
        titles = (*titles[:-1], f"{titles[-1]} ({_join(toks[p + 1 : h - 1])})")
        self.mention(s, org, c, t)
        self.fact(pkey, "represents", org, s, titles)

    def title_of_abbreviated_org_before(self, s: Sentence, pkey: str, a: int) -> None:
        """TITLE of ORG (ABBR) [honorific] PERSON ("Secretary of the Ministry of Industry, Commerce and Supplies
        (MoICS) Mr. X inaugurated ..."): the brackets cut the run, so the body and the title are read back."""
        toks = s.tokens
        h = self.before_honorifics(toks, a)
        if h < 6 or self.has_role(pkey) or toks[h - 1].text != ")" or toks[h - 3].text != "(":
            return
        om = next((m for m in self.cur if m.j == h - 3), None)
        if om is None or _top(self.out.entities[om.key].cls) != "Organization":
            return
        o = om.i - (om.i > 0 and toks[om.i - 1].text == "the")
        if o < 2 or toks[o - 1].text != "of":
            return
        t = o - 1
        while t > 0 and toks[t - 1].bare in self.title_tokens:
            t -= 1
        run = [x.bare for x in toks[t : o - 1]]
        if run and any(w in self.lex.title_heads for w in run):
            self.fact(pkey, "represents", om.key, s, _split_titles(run, self.lex))

    def title_first(self, toks: list[Token], end: int) -> int:
        """The comma after a title that opens the sentence ("Secretary, Ministry of X, NAME ..."), else 0."""
        t = 0
        while t < end and toks[t].bare in self.title_tokens:
            t += 1
        ok = 0 < t < end - 1 and toks[t].text == "," and any(x.bare in self.lex.title_heads for x in toks[:t])
        return t if ok else 0

    def title_acronym_first(self, toks: list[Token], end: int) -> bool:
        """TITLE ACRONYM before the comma at ``end``, opening the sentence or a clause after a comma or "by"
        ("inaugurated by Chief Executive Officer NPO, Syed Kamran Haider, ...")."""
        o = end - 1
        if o < 1 or self.known_acronym_body(toks[o].text) is None:
            return False
        t = o
        while t > 0 and toks[t - 1].bare in self.title_tokens:
            t -= 1
        return (
            t < o
            and any(x.bare in self.lex.title_heads for x in toks[t:o])
            and (t == 0 or toks[t - 1].text in (",", "by"))
        )

    def title_of_org_before(self, s: Sentence, pkey: str, a: int) -> None:
        """TITLE of ORG, [honorific] PERSON ("The Minister of Investment, Trade and Industry, Dato' Seri Azlan
        bin Hashim, graced ...")."""
        toks = s.tokens
        h = self.before_honorifics(toks, a)
        if h < 3 or toks[h - 1].text != "," or self.has_role(pkey):
            return
        end = h - 1
        if self.title_then_org(s, pkey, end) or h < 4:
            return
        k = self.title_of_org_start(toks, end)
        if k is None:
            return
        t = k - self.lower_head_after_the(toks, k - 1)
        while t > 0 and toks[t - 1].bare in self.title_tokens:
            t -= 1
        titles = _split_titles([x.bare for x in toks[t:k]], self.lex)
        if [x.text for x in toks[k : k + 3]] in (["of", "State", "for"], ["of", "State", "of"]) and k + 3 < end:
            titles, k = (*titles[:-1], f"{titles[-1]} of State"), k + 2  # "the Minister of State for MSMEs, X"
        o = k + 1 + (toks[k + 1].text == "the")
        if end - o > 3 and toks[end - 1].text == ")" and toks[end - 3].text == "(":
            end -= 3  # "of the Asian Productivity Organization (APO), Dr. X"
        # a ministry head ("Minister", "Permanent Secretary") of/for a remit names a ministry
        minister = self.lex.is_ministry_head(titles[-1])
        of = next((q for q in range(o + 1, end - 1) if toks[q].text == "of"), None)
        if toks[k].text == "for" and not minister and of:
            # "The Deputy for Micro Enterprises of the Ministry of Cooperatives, X": the remit, then the body
            titles = (*titles[:-1], _title(" ".join(x.text for x in toks[k - 1 : of])))
            o = of + 1 + (toks[of + 1].text == "the")
        elif toks[k].text == "for" and not minister:
            return  # "Director for Strategic Research, X": a remit, not an organization
        p = next((q for q in range(o + 1, end - 1) if toks[q].text in ("'s", "’s")), None)
        if minister and not self.known(_join(toks[o:end])):  # not "Federal Secretary of MoIP, Mr. X": the ministry
            org = self.ministry_of(s, o, end)
        elif not self.one_name(toks, o, end):
            return
        elif p is not None and _join(toks[o:p]) in self.lex.countries:
            org = self.org_span(s, p + 1, end)  # "Vice Chairman of Nepal's National Planning Commission, Dr. X"
        elif p is not None:  # "The Director of KPC's Global Cooperation Center, Park Min-ho, ...": the owner's unit
            owner = self.org_span(s, o, p)
            u, name = self.unit_after(toks, p + 1)
            org = self.possessive_unit(s, owner, p + 1, u, name) if owner and name and u == end else None
        else:
            org = self.directorate(titles[-1], _join(toks[o:end]), toks[o].start) or self.org_span(s, o, end)
            if (
                org is None and _cap(titles[-1]) in self.lex.firm_titles
            ):  # "The owner of Batik Sekar Arum, X, ...": a firm
                org = self.org_span(s, o, end, force=True)
                titles = tuple(" ".join(_cap(w) for w in t.split()) for t in titles)
        if org and _top(self.out.entities[org].cls) == "Organization":
            self.fact(pkey, "represents", org, s, titles)
            if t >= 3 and toks[t - 1].text == "and" and (first := self.org_title_for_before(s, t - 1)):
                self.fact(pkey, "represents", first[0], s, first[1])  # "APO Director for IR Iran and Head of X, Dr. Y"

    def org_title_for_before(self, s: Sentence, end: int) -> tuple[str, tuple[str, ...]] | None:
        """ORG TITLE [for COUNTRY] ending at token ``end`` ("APO Director for IR Iran"): the body and the title."""
        toks = s.tokens
        h, remit = self.economy_closing(toks, 0, end)
        t = h
        while t > 0 and toks[t - 1].bare in self.title_tokens:
            t -= 1
        run = [x.bare for x in toks[t:h]]
        org = self.known(toks[t - 1].text) if t > 0 and toks[t - 1].text.isupper() else None
        if not run or not any(w in self.lex.title_heads for w in run) or org is None:
            return None
        if _top(self.out.entities[org].cls) != "Organization" or (t > 1 and is_cap(toks[t - 2])):
            return None
        titles = _split_titles(run, self.lex)
        return org, (*titles[:-1], titles[-1] + remit)

    def economy_closing(self, toks: list[Token], lo: int, end: int) -> tuple[int, str]:
        """Where a title ends when the member economy closes it before token ``end`` ("Director for IR Iran"), and
        that " for ..." remit; else ``(end, "")``. The "for" comes after token ``lo``."""
        for n in (3, 2, 1):
            f = end - n - 1
            if f > lo and toks[f].text == "for" and self.lex.countries.get(_join(toks[f + 1 : end])):
                return f, " " + _join(toks[f:end])
        return end, ""

    def title_then_org(self, s: Sentence, pkey: str, end: int) -> bool:
        """TITLE[,] ORG, [honorific] PERSON opening the sentence or a clause after a comma or "by", the body ending at
        token ``end`` ("Secretary, Ministry of Industries, Shamima Akhter presided", "In his address, Director
        General, NPC, Shri X said", "President SCCI, Mr. X welcomed", "Director of Productivity Development at
        Ditjen Binalavotas, Ms. X"): gives PERSON that role and returns True."""
        toks = s.tokens
        starts = [q + 1 for q in range(0, end - 2) if toks[q].text in (",", "by")]
        for t0 in [0, *starts]:
            t0 += t0 < end and toks[t0].text in ("The", "the")  # "The Federal Secretary, Ministry of X, Mr. Y"
            t = t0
            while t < end and toks[t].bare in self.title_tokens:
                t += 1
            if t == t0 or t >= end or not any(x.bare in self.lex.title_heads for x in toks[t0:t]):
                continue
            titles = _split_titles([x.bare for x in toks[t0:t]], self.lex)
            close = next((q for q in range(t + 2, min(t + 5, end)) if toks[q].text == ")"), 0)
            if toks[t].text == "(" and close and close + 1 < end:
                # "General Manager (Punjab) SMEDA, Ms. X": the field in brackets is part of the title
                titles, t = (*titles[:-1], f"{titles[-1]} {_join(toks[t : close + 1])}"), close + 1
            if toks[t].text == ",":
                o = t + 1  # "Secretary, Ministry of Industries, X"
            elif toks[t].text == "of" and (at := next((q for q in range(t + 2, end) if toks[q].text == "at"), 0)):
                titles = (_join(toks[t0:at]),)  # "Director of Productivity Development at X, NAME"
                o = at + 1
            elif is_cap(toks[t]) and self.known(_join(toks[t:end])):
                o = t  # "President SCCI, Mr. X": the body written right after the title
            else:
                continue
            o += o < end and toks[o].text == "the"
            if not self.one_name(toks, o, end):
                continue
            org = self.org_span(s, o, end)
            if org and _top(self.out.entities[org].cls) == "Organization":
                self.fact(pkey, "represents", org, s, titles)
                return True
        return False

    @staticmethod
    def one_name(toks: list[Token], a: int, b: int) -> bool:
        """Tokens ``a``..``b`` hold no comma, or read as one name with its list ("Ministry of Micro, Small and
        Medium Enterprises"), not a body and more after a comma."""
        return "," not in (x.text for x in toks[a:b]) or chunks(toks[a:b]) == [(0, b - a)]

    def directorate(self, title: str, remit: str, start: int = -1, prep: str = "of") -> str | None:
        """The body a director "of X" heads when the item names it "Directorate (General) of X" or "General
        Directorate of X" ("Director General of Vocational Training", "the General Director of Productivity");
        with ``start`` (where the remit is written), that body even when the item does not name it, if the remit
        is a field and not a body ("Director General of Training and Productivity Development")."""
        office = _DIRECTOR.fullmatch(title)
        if office is None:
            return None
        name = f"{office.group(1) or ''}Directorate{office.group(2) or ''} {prep} {remit}"
        # the item may name the body either way ("Director General of Productivity" of the "General Directorate
        # of Productivity")
        found = self.known(name) or self.known(f"General Directorate {prep} {remit}" if office.group(2) else name)
        if found or start < 0:
            return found
        if not self.remit_names_directorate(title, remit):
            return None
        return self.entity("GovernmentAgency", name, start)

    def remit_names_directorate(self, title: str, remit: str) -> bool:
        """A director's remit that names a directorate even when the item does not name it: a remit in a ministry's
        words only ("Productivity", "Training and Productivity Development"), not a body."""
        words = remit.split()
        if not _DIRECTOR.fullmatch(title) or self.known(remit) or len(words) > 6:
            return False
        if any(w in self.lex.org_heads or w.isupper() for w in words):
            return False
        return all(w in self.lex.portfolio_words or w in ("and", "&") for w in words)

    def known_acronym_body(self, word: str) -> str | None:
        """The body of the item an acronym ("SMEDA", "NPS") names, else None."""
        key = self.known(word) if word.isupper() and len(word) > 1 else None
        return key if key and _top(self.out.entities[key].cls) == "Organization" else None

    def title_acronym_person(self, s: Sentence, i: int, j: int) -> bool:
        """TITLE ACRONYM [COUNTRY] [honorific] NAME in one chunk ("Chief Executive Officer SMEDA Farhan Aziz Malik",
        "President SCCI Khawaja Imran Saleem", "Chief Executive Officer NPO Pakistan Mr. X"): the title of the body
        the acronym names, written after the title."""
        toks = s.tokens
        x = i
        while x < j and toks[x].bare in self.title_tokens:
            x += 1
        if x == i or x + 2 >= j or not any(t.bare in self.lex.title_heads for t in toks[i:x]):
            return False
        org = self.known_acronym_body(toks[x].text)
        if org is None:
            return False
        y = x + 1 + (x + 2 < j and bool(self.lex.countries.get(toks[x + 1].text)))  # "NPO Pakistan Mr. X"
        a, e = self.name_after(toks, y)
        if e != j or e - a < 2:
            return False
        pkey = self.person(s, a, e)
        if pkey is None:
            return False
        self.mention(s, org, x, y)
        self.fact(pkey, "represents", org, s, _split_titles([t.bare for t in toks[i:x]], self.lex))
        return True

    def title_of_owners_unit(self, s: Sentence, i: int, j: int) -> bool:
        """TITLE of [the] OWNER's UNIT honorific NAME, no comma ("Director of the APO Secretariat's Industry
        Department Dr. X delivered ..."): the chunk ``i``..``j`` stops at the possessive, so the unit and the name
        after it are read here; the person represents the unit, part of the owner."""
        toks = s.tokens
        if j + 3 >= len(toks) or toks[j].text not in ("'s", "’s"):
            return False
        first = i  # "Director General X Prof. Dr. Y and Director of the Z's ..." : a titled person before "and"
        and_ = next(
            (q for q in range(j - 3, i, -1) if toks[q].text == "and" and toks[q + 1].bare in self.title_tokens), None
        )
        if and_ is not None and not all(x.bare in self.title_tokens for x in toks[i:and_]):
            i = and_ + 1
        t = i
        while t < j and toks[t].bare in self.title_tokens:
            t += 1
        if t == i or t + 1 >= j or toks[t].text != "of" or not any(x.bare in self.lex.title_heads for x in toks[i:t]):
            return False
        q = next((q for q in range(j + 2, min(j + 9, len(toks))) if self.is_honorific(toks, q + 1)), None)
        if q is None or not all(is_cap(x) or x.text in ("and", "&", "of", "for") for x in toks[j + 1 : q]):
            return False
        a, e = self.name_after(toks, q)
        unit_class = self.org_or_program_class(toks, j + 1, q)
        if e - a < 2 or not unit_class or _top(unit_class) != "Organization":
            return False
        o = t + 1 + (toks[t + 1].text == "the")
        owner = self.org_span(s, o, j, force=True)
        pkey = self.person(s, a, e) if owner and _top(self.out.entities[owner].cls) == "Organization" else None
        if pkey is None:
            return False
        unit = self.possessive_unit(s, owner, j + 1, q)
        self.fact(pkey, "represents", unit, s, _split_titles([x.bare for x in toks[i:t]], self.lex))
        self.taken.update(range(i, e))
        if i > first:
            self.chunk(s, first, i - 1)
        return True

    def title_of_org_start(self, toks: list[Token], end: int) -> int | None:
        """The "of" (or "for", "to") of "TITLE of ORG" ending at token ``end`` ("The Executive Director of the
        MPO, ..."; "Secretary to the Ministry of X", the Sri Lankan usage), else None."""
        for k in range(end - 1, max(0, end - 14), -1):
            if toks[k].text in ("of", "for", "to") and (
                toks[k - 1].bare in self.lex.title_heads
                or toks[k - 1].bare in self.lex.title_after_head
                or self.lower_head_after_the(toks, k - 1)
            ):
                return k
        return None

    def lower_head_after_the(self, toks: list[Token], h: int) -> bool:
        """ "The head of the Yogyakarta City Manpower Office, Ir. X": a title head in lower case after "the"."""
        return (
            h >= 1
            and toks[h].text.islower()
            and _cap(toks[h].text) in self.lex.title_heads
            and toks[h - 1].text in ("the", "The")
        )

    def title_of_org_names(self, toks: list[Token], end: int) -> bool:
        """ "TITLE of ORG" ends at token ``end``, the organization named in capitals with no comma."""
        k = self.title_of_org_start(toks, end)
        return (
            k is not None
            and k + 1 < end
            and all(
                is_cap(t) or t.text in ("the", "and", "&", "of", "for", "(", ")", "'s", "’s") for t in toks[k + 1 : end]
            )
        )

    def org_title_comma_before(self, s: Sentence, pkey: str, a: int) -> None:
        """[The] ORG TITLE [for REMIT], [honorific] PERSON ("The APO Director for Industry, Mr. Takeshi Nomura,
        delivered ...", "The NPC Director General, Dr. X, ...")."""
        toks = s.tokens
        h = self.before_honorifics(toks, a)
        if h < 3 or toks[h - 1].text != "," or self.has_role(pkey):
            return
        end = k = h - 1
        f = next((q for q in range(end - 2, max(0, end - 6), -1) if toks[q].text == "for"), None)
        if f is not None and all(is_cap(x) or x.text in ("and", "&") for x in toks[f + 1 : end]):
            k = f  # "Director for Industry": the remit is part of the title
        elif toks[end - 1].text == ")":
            # "MITI Deputy Secretary General (Industry), Dato' Sri X": the field in brackets is part of the title
            k = next((q for q in range(end - 2, max(0, end - 8), -1) if toks[q].text == "("), k)
        found = self.org_title_run(toks, k)
        if found is None or not any(x.bare in self.lex.title_heads for x in toks[found[0] : k]):
            return
        t, om = found
        org = om.key
        if re.search(r"\b(?:behalf\s+of|for|to|from|with)\s+(?:the\s+)?$", s.text[: om.start - s.start], re.I):
            return  # "On behalf of the APO Secretary-General, Mr. X welcomed ...": X speaks for that office
        titles = _split_titles([x.bare for x in toks[t:k]], self.lex)
        if k < end:
            titles = (*titles[:-1], f"{titles[-1]} {_join(toks[k:end])}")
        self.fact(pkey, "represents", org, s, titles)

    def org_lowercase_title_before(self, s: Sentence, pkey: str, a: int) -> None:
        """ORG title [honorific] PERSON with the title in lower case ("MPO consultant Ms. Enkhjargal Bat",
        "KPC senior consultant Lee Min-ji")."""
        toks = s.tokens
        h = self.before_honorifics(toks, a)
        h -= h > 1 and toks[h - 1].text == ","  # "The SEELL dean, Dr. Paolo Ramirez, ..."
        if h == 0 or self.has_role(pkey):
            return
        last = toks[h - 1].text if toks[h - 1].text.isupper() else _cap(toks[h - 1].text)
        found = self.org_title_run(toks, h, lower=True)
        if found is None or not (last in self.lex.title_heads or last in self.lex.title_after_head):
            return
        if re.search(r"\b(?:behalf\s+of|for|to|by|from|with)\s+(?:the\s+)?$", s.text[: found[1].start - s.start], re.I):
            return  # "on behalf of the KPC president, Mr. X": X speaks for that office
        words = [x.text if x.text.isupper() or x.text == "and" else _cap(x.text) for x in toks[found[0] : h]]
        self.fact(pkey, "represents", found[1].key, s, _split_titles(words, self.lex))

    def org_title_run(self, toks: list[Token], end: int, lower: bool = False) -> tuple[int, Mention] | None:
        """The title words ending before token ``end`` (in lower case with ``lower``: "MPO consultant") and the
        organization named right before them ("The APO Director for Industry, ..."): (title start, mention)."""
        t = end
        while t > 0 and (self.lower_title(toks[t - 1]) if lower else toks[t - 1].bare in self.title_tokens):
            t -= 1
            # "Kopiloka co-founder and CEO Rina X": two roles joined by "and"
            if (
                lower
                and t > 1
                and toks[t - 1].text == "and"
                and toks[t - 2].text.islower()
                and _cap(toks[t - 2].text) in self.lex.title_heads  # not "the MPO team and consultant X"
            ):
                t -= 1
        om = next((m for m in self.cur if m.j == t), None)
        if om is None and lower and 2 <= t < end and re.fullmatch(r"[a-z]{3,}", toks[t - 1].text):
            # "STeP incubation manager Ms. X": one word of the post's field between the body and the title
            om = next((m for m in self.cur if m.j == t - 1), None) if toks[t - 1].text not in _NOT_IN_TITLE else None
            t -= om is not None
        if om is None and t >= 4 and t < end and toks[t - 1].text == ")" and toks[t - 3].text == "(":
            # "says Malaysia Productivity Corporation (MPC) director-general Datuk X": the name defined just before
            om = next((m for m in self.cur if m.j == t - 3), None)
        if t == end or om is None or _top(self.out.entities[om.key].cls) != "Organization":
            return None
        return t, om

    def title_of_the_generic_before(self, s: Sentence, pkey: str, a: int) -> None:
        """TITLE [(FIELD)] of the WORD [honorific] PERSON, the word naming a body of the item by its head ("Additional
        Secretary (Policy) of the ministry Begum X presided"): the person's role at that body."""
        toks = s.tokens
        h = self.before_honorifics(toks, a)
        if h < 4 or self.has_role(pkey) or toks[h - 3].text != "of" or toks[h - 2].text != "the":
            return
        word = toks[h - 1].text
        org = self.head_word_org(word) if word.islower() else None
        if org is None or _top(self.out.entities[org].cls) != "Organization":
            return
        e = h - 3
        field = ""
        if toks[e - 1].text == ")":  # "Additional Secretary (Policy)": the field in brackets is part of the title
            o = next((q for q in range(e - 2, max(0, e - 6), -1) if toks[q].text == "("), None)
            if o is None:
                return
            field, e = " " + _join(toks[o:e]), o
        t = e
        while t > 0 and toks[t - 1].bare in self.title_tokens:
            t -= 1
        if t == e or not any(x.bare in self.lex.title_heads for x in toks[t:e]):
            return
        if t > 0 and is_cap(toks[t - 1]):
            return  # "NPO Additional Secretary of the ministry": another body's title
        titles = _split_titles([x.bare for x in toks[t:e]], self.lex)
        self.fact(pkey, "represents", org, s, (*titles[:-1], titles[-1] + field))

    def title_before_of(self, s: Sentence, pkey: str, a: int, b: int) -> None:
        """TITLE PERSON of ORG ("Professor Huang Wen-Chieh of the Department of X, University Y", "Program Officer
        Pham Thu Trang from the APO Secretariat")."""
        toks = s.tokens
        if (
            b + 1 >= len(toks)
            or toks[b].text not in ("of", "from")
            or any(f.subject == pkey for f in self.out.facts if f.relation == "represents")
        ):
            return
        h = a  # "Program Officer Dr. Hasan Ashraf of ...": past the honorific ("Professor" is read as the title)
        while h > 0 and self.is_honorific(toks, h) and toks[h - 1].bare not in self.title_tokens:
            h -= 1
        k = h
        while k > 0 and toks[k - 1].bare in self.title_tokens:
            k -= 1
        if k == h:  # "Japanese consultant Kazuhiro Nakagawa of Mirai Commerce Partners": a title in lower case
            while k > 0 and h - k < 3 and self.lower_title(toks[k - 1]):
                k -= 1
        if (
            0 < k <= 2
            and k < h
            and all(
                is_cap(t)
                and t.bare not in self.lex.org_heads
                and t.bare not in self.lex.starters
                and not self.known(t.text)
                for t in toks[:k]
            )
            and not any(t.bare in self.lex.countries or t.bare in self.lex.demonyms for t in toks[:k])
        ):
            k = 0  # "Energy Efficiency Specialist Dr. X of SREDA ...": a field's words open the sentence and the title
        run = [t.bare if t.text[0].isupper() else _cap(t.bare) for t in toks[k:h]]
        f = h - 1  # "Director General for Startup Policy Kim Soo-Yeon of MSS": a remit between the title and the name
        bare = not any(w in self.lex.title_heads for w in run)
        while bare and f > 1 and h - f <= 4 and is_cap(toks[f]) and toks[f].bare not in self.lex.title_heads:
            f -= 1
        if bare and f < h - 1 and toks[f].text == "for" and toks[f - 1].bare in self.title_tokens:
            k = f
            while k > 0 and toks[k - 1].bare in self.title_tokens:
                k -= 1
            run = [t.bare for t in toks[k:f]] + [t.text for t in toks[f:h]]
        head = (run[: run.index("for")] if "for" in run else run)[:-1]
        if (k > 0 and (toks[k - 1].bare in self.lex.org_heads or self.known(toks[k - 1].text))) or any(
            w in self.lex.org_heads and w not in self.lex.title_modifiers for w in head
        ):  # "Agriculture Department Director Dr. X of the APO Secretariat", "APO Program Officer Mr. Y of ...":
            return  # the title of the body before it

        if any(w in self.lex.title_heads for w in run):
            # the role ends where the list goes on (", and Anjali Rao (India), ...")
            cut = next((q for q in range(b + 2, len(toks)) if toks[q].text == "and" and toks[q - 1].text == ","), None)
            short = s if cut is None else replace(s, tokens=toks[: cut - 1])
            self.one_role(short, pkey, b, before=run)
