"""Titles: the name finder's rules that read the role a person holds and the organization it is held at.

Once :mod:`kg.extract.people` has found a person, these read the title written after the name ("X,
Director, Y", "X, chief executive of Y", stacked and second roles, "who is also the APO Director for
Z", "Professor X of the Department of Y"), with the helpers the other title rules share. Titles written
before a name are :mod:`kg.extract.leading_titles`; roles a sentence gives around a name (lists, the
next sentence, "whose director, X") are :mod:`kg.extract.roles`. :class:`TitleRules` is mixed into the
finder of :mod:`kg.extract.mentions`.
"""

from __future__ import annotations

import re

from .entities import UNIT_CLASSES, _join, _top
from .people import _cap, _split_titles
from .programs import _title
from .resolve import normalize
from .text import Sentence, Token, is_cap

__all__ = ["TitleRules"]

# "the state-owned SME Bank", "the government-run X": how a body is owned, written before its name
_OWNED = re.compile(r"[a-z]+-(?:owned|run|funded|backed|led)")


_VERB_AFTER = re.compile(r"[a-z]{3,}ed|said|says|was|is|has|had|will|also")


def _by_after(toks: list[Token], q: int) -> int:
    """The word after "by" in "founded by X", "founded in 2003 by X", "founded by alumna X"; 0 when there is none."""
    b = q + 1 + 2 * (q + 3 < len(toks) and toks[q + 1].text == "in" and toks[q + 2].text.isdigit())
    if b + 1 >= len(toks) or toks[b].text != "by":
        return 0
    return b + 1 + (toks[b + 1].text in ("alumna", "alumnus", "graduate", "engineer", "economist"))


# words before a lower-case title that say it is not (or not yet, or not only) the person's role there
_NOT_IN_TITLE = frozenset(("former", "retired", "ex", "late", "then", "future", "incoming", "outgoing", "and", "of"))


class TitleRules:
    """Rules for titles (a mixin of the name finder; ``self`` is the finder)."""

    def bare_title_after(self, toks: list[Token], b: int) -> tuple[str, ...]:
        """The titles written after a name with no organization (", General Manager (Outreach), who ..."),
        else ()."""
        if b + 1 >= len(toks) or toks[b].text != ",":
            return ()
        e = b + 1
        while e < len(toks) and (
            toks[e].bare in self.title_tokens or (toks[e].text == "and" and e + 1 < len(toks) and e > b + 1)
        ):
            e += 1
        run = [t.bare for t in toks[b + 1 : e]]
        if not any(w in self.lex.title_heads for w in run) or run[-1] == "and":
            return ()
        r = self.remit_end(toks, e)  # "..., Deputy for Micro Enterprises, presented ..."
        if r > e:
            *first, last = _split_titles(run, self.lex)
            return (*first, f"{last} {_join(toks[e:r])}")
        if e < len(toks) and toks[e].text not in (",", "(", ".", ";"):
            return ()  # "..., Director of X": a title with its body, read elsewhere
        return self.title_qualifier(toks, _split_titles(run, self.lex), e)[0]

    def remit_end(self, toks: list[Token], e: int) -> int:
        """The end of a remit in a ministry's words after a title, "for Micro Enterprises" at token ``e`` when its
        phrase ends there (a comma, a stop, a bracket), else ``e``."""
        if not (e + 1 < len(toks) and toks[e].text == "for"):
            return e
        r = e + 1
        while r < len(toks) and (
            toks[r].bare in self.lex.portfolio_words or (toks[r].text in ("and", "&") and r > e + 1)
        ):
            r += 1
        ok = r > e + 1 and toks[r - 1].bare in self.lex.portfolio_words and (r == len(toks) or toks[r].text in ",.;)")
        return r if ok else e

    def portfolio_end(self, toks: list[Token], oe: int) -> int:
        """The end of a ministry's remit that goes on as a list after token ``oe`` (", Mine and Trade")."""
        while oe + 1 < len(toks) and toks[oe].text in (",", "and"):
            n = oe + 1 + (toks[oe].text == "," and toks[oe + 1].text == "and")
            if n >= len(toks) or toks[n].bare not in self.lex.portfolio_words:
                break
            oe = n + 1
            while oe < len(toks) and toks[oe].bare in self.lex.portfolio_words:
                oe += 1  # "and Social Welfare"
        return oe

    def has_role(self, pkey: str) -> bool:
        """The person already represents some organization (a title read once is not read again)."""
        return any(f.subject == pkey and f.relation == "represents" for f in self.out.facts)

    def org_class(self, toks: list[Token], a: int, b: int) -> bool:
        """Tokens a..b name an organization by their words ("Agriculture Department")."""
        cls = self.org_or_program_class(toks, a, b)
        return bool(cls) and _top(cls) == "Organization"

    def unit_before_title(self, toks: list[Token], a: int) -> int:
        """Where a title starts after a unit's name at token ``a`` ("Industry Department Program Officer"):
        after the last organization head followed only by title words; ``a`` when no unit comes first."""
        e = a
        while e < len(toks) and e - a < 9 and (is_cap(toks[e]) or toks[e].text in ("and", "&", "of")):
            e += 1
        for u in range(e - 1, a, -1):
            if (
                toks[u - 1].bare in self.lex.org_heads
                and all(t.bare in self.title_tokens for t in toks[u:e])
                and any(t.bare in self.lex.title_heads for t in toks[u:e])
            ):
                return u
        return a

    def possessive_unit(self, s: Sentence, owner: str, a: int, b: int, text: str = "") -> str:
        """The unit named at tokens a..b after "OWNER's" ("the APO's Industry Department"; ``text`` when it is
        spelled otherwise, "Sindh Regional Office"): known, or new and part of its owner."""
        toks = s.tokens
        text = text or _join(toks[a:b])
        unit = self.known(text)
        if unit is None or _top(self.out.entities[unit].cls) != "Organization":
            label = self.unit_label(owner, text)
            cls = "AcademicUnit" if self.out.entities[owner].cls == "University" else "OrganizationalUnit"
            unit = self.known(label) or self.entity(cls, label, toks[a].start)
            self.fact(unit, "partOf", owner, s)
        elif unit != owner and self.unit_like(unit):  # "Global Cooperation Center" named alone before
            self.label_as_unit(unit, owner)
        self.mention(s, unit, a, b)
        return unit

    def lower_title(self, x: Token) -> bool:
        """A title word as written in running text: "consultant", "co-founder", or an acronym ("CEO")."""
        return (x.text.islower() and _cap(x.text) in self.title_tokens) or (
            x.text.isupper() and x.text in self.title_tokens
        )

    def heads_clause(self, s: Sentence, pkey: str, b: int) -> None:
        """PERSON, who heads ORG('s UNIT) ("Ms. Tsai Yi-ling, who heads CPC's Smart Service Division, ..."):
        the title the verb names (``head_verbs`` in titles.yaml)."""
        toks = s.tokens
        if b + 3 >= len(toks) or toks[b].text != "," or toks[b + 1].text != "who":
            return
        also = toks[b + 2].text in ("also", "concurrently")  # "who also directs X": a second role
        b += also
        if b + 3 >= len(toks) or (self.has_role(pkey) and not also):
            return
        title = self.lex.head_verbs.get(toks[b + 2].text)
        if not title:
            return
        o = b + 3 + (toks[b + 3].text == "the")
        p = next((q for q in range(o + 1, min(o + 7, len(toks))) if toks[q].text in ("'s", "’s")), None)
        if p is not None and all(is_cap(t) or t.text in self.lex.connectors for t in toks[o:p]):
            owner = self.known(_join(toks[o:p]))
            u = p + 1
            while u < len(toks) and (
                is_cap(toks[u]) or (toks[u].text in self.lex.connectors and u + 1 < len(toks) and is_cap(toks[u + 1]))
            ):
                u += 1
            if not owner or _top(self.out.entities[owner].cls) != "Organization" or u == p + 1:
                return
            self.mention(s, owner, o, p)
            cls = self.org_or_program_class(toks, p + 1, u)
            # "who leads KPC's Smart Factory Program": the owner's person, not a unit called a program
            org = owner if cls and _top(cls) == "Program" else self.possessive_unit(s, owner, p + 1, u)
        else:
            oe = self.org_end(toks, o)
            org = self.org_span(s, o, oe)
            u, name = self.unit_after(toks, oe) if org and oe > o else (oe, "")
            if name and not is_cap(toks[oe]):  # "who heads the NPS training unit"
                org = self.possessive_unit(s, org, oe, u, name)
        # "who heads NPEDC as its Executive Director": the title written after "as its"
        if u + 2 < len(toks) and toks[u].text == "as" and toks[u + 1].text in ("its", "the"):
            t = u + 2
            while t < len(toks) and toks[t].bare in self.title_tokens:
                t += 1
            if any(x.bare in self.lex.title_heads for x in toks[u + 2 : t]):
                title = " ".join(x.bare for x in toks[u + 2 : t])
        if org and _top(self.out.entities[org].cls) == "Organization":
            self.fact(pkey, "represents", org, s, (title,))
            # "... and represents Nepal on the APO Governing Body as APO Director for Nepal": a second post
            q = next((q for q in range(u, min(u + 20, len(toks) - 2)) if toks[q].text in (".", ";")), len(toks))
            a = next(
                (a for a in range(u, min(q, len(toks) - 2)) if toks[a].text == "as" and toks[a + 1].text.isupper()),
                None,
            )
            if a is not None:
                self.org_title_at(s, pkey, a + 1)

    def starts_title(self, s: Sentence, k: int) -> bool:
        toks = s.tokens
        while k < len(toks) and toks[k].text in ("a", "an", "the"):
            k += 1
        p = next((q for q in range(k + 1, min(k + 6, len(toks))) if toks[q].text in ("'s", "’s")), None)
        if p and all(is_cap(t) for t in toks[k:p]) and (self.known(_join(toks[k:p])) or self.org_class(toks, k, p)):
            k = self.unit_before_title(toks, p + 1)  # "NIPO's Deputy for ...", "the Agriculture Department's Director"
        e = k
        while e < len(toks) and toks[e].bare in self.title_tokens:
            e += 1
        return any(t.bare in self.lex.title_heads for t in toks[k:e]) or self.open_title_end(toks, k) > k

    def owner_title(self, s: Sentence, pkey: str, k: int) -> bool:
        """ORG's TITLE after a name ("Maryam Hosseini, NIPO's Deputy for Productivity Promotion, who is also
        the APO Liaison Officer for IR Iran"), then a second role introduced by "who is also"."""
        toks = s.tokens
        # the owner may be several words ("the APO Secretariat's Program Officer")
        p = next((q for q in range(k + 1, min(k + 6, len(toks))) if toks[q].text in ("'s", "’s")), None)
        if p == k + 1 and k > 0 and toks[k - 1].text == "the" and toks[k].text.islower():
            org = self.head_word_org(toks[k].text)  # "Dr. X, the faculty's Vice Dean for Research"
        elif p is None or p + 1 >= len(toks) or not all(is_cap(t) for t in toks[k:p]):
            return False
        else:
            org = self.known(_join(toks[k:p]))
        if org is None and self.org_class(toks, k, p):
            org = self.org_span(s, k, p)
        if org is None and p - k <= 2 and (org := self.first_word(_join(toks[k:p]))):
            self.alias(org, _join(toks[k:p]))  # "said X, Sejin's CEO", the firm named in full before
        if not org or _top(self.out.entities[org].cls) != "Organization":
            return False
        u = self.unit_before_title(toks, p + 1)  # "the APO's Industry Department Program Officer"
        e = u
        while e < len(toks) and (
            toks[e].bare in self.title_tokens
            # "SME Corp. Malaysia's Chief Operating Officer and Acting Chief Executive Officer": stacked roles
            or (toks[e].text == "and" and e > u and e + 1 < len(toks) and toks[e + 1].bare in self.title_tokens)
        ):
            e += 1
        e = max(e, self.open_title_end(toks, u))
        lower = self.lower_possessive_title(toks, u) if e == u else u
        if lower > u:  # "Ayse Kaya, KOSGEB's head of international cooperation"
            words = [t.text for t in toks[u:lower]]
            titles: tuple[str, ...] = (
                tuple(_title(w) for w in " ".join(words).split(" and "))
                if "of" not in words and "for" not in words  # "co-founder and chief executive": two roles
                else (_title(" ".join(words)),)
            )
            e = lower
        elif not any(t.bare in self.lex.title_heads for t in toks[u:e]):
            return False
        else:
            titles, e = self.title_qualifier(toks, _split_titles([t.bare for t in toks[u:e]], self.lex), e)
        self.mention(s, org, k, p)
        if u > p + 1:
            org = self.possessive_unit(s, org, p + 1, u)
        self.fact(pkey, "represents", org, s, titles)
        if e + 1 < len(toks) and toks[e].text == ",":
            self.also_role(s, pkey, e + 1)
        return True

    def lower_possessive_title(self, toks: list[Token], u: int) -> int:
        """End of a lower-case title after a possessive, with its remit ("head of international cooperation",
        "senior manager"), when a comma or the sentence's end closes it; else ``u``."""
        e = u
        while e < len(toks) and (
            self.lower_title(toks[e])
            # "co-founder and chief executive": stacked roles
            or (toks[e].text == "and" and e > u and e + 1 < len(toks) and self.lower_title(toks[e + 1]))
        ):
            e += 1
        if e == u or _cap(toks[e - 1].text) not in self.lex.title_heads | self.lex.title_after_head:
            return u
        if e + 1 < len(toks) and toks[e].text in ("of", "for"):
            r = e + 1
            while r < len(toks) and r - e <= 4 and re.fullmatch(r"[a-z][a-z-]*", toks[r].text):
                r += 1
            e = r if r > e + 1 else e
        return e if e >= len(toks) or toks[e].text in (",", ".", ";") else u

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
        if q < len(toks) and (
            toks[q].bare in self.lex.title_heads | self.lex.title_modifiers or self.lowercase_title_end(toks, q) > q
        ):  # "who is the Director General of the NPS", "who is also a visiting lecturer at X"
            e = self.one_role(s, pkey, q)
            if e > 0 and e + 3 < len(toks) and toks[e].text == "and" and toks[e + 1].text == "also":
                # "who is the owner of X and also a visiting lecturer at Y"
                self.one_role(s, pkey, e + 2 + (toks[e + 2].text in ("a", "an", "the")))
            return e > 0
        return self.org_title_at(s, pkey, q) > 0

    def org_title_at(self, s: Sentence, pkey: str, q: int) -> int:
        """A role written ORG TITLE from token ``q`` ("APO Alternate Director for Nepal"): the token after it, or 0."""
        toks = s.tokens
        end = q
        while end < len(toks) and is_cap(toks[end]):
            end += 1
        e = next((e for e in range(end, q, -1) if self.known(_join(toks[q:e]))), None)
        org = self.known(_join(toks[q:e])) if e else None
        if not org:
            return 0
        for n in (2, 1):  # "KADIN Indonesia Vice Chairman for SMEs": the body's country, then the title
            if (
                e + n < len(toks)
                and self.lex.countries.get(_join(toks[e : e + n]))
                and toks[e + n].bare in self.title_tokens
            ):
                e += n
                break
        t = max(self.open_title_end(toks, e), e)
        while t < len(toks) and _cap(toks[t].bare) in self.title_tokens:  # "Lee, a KPC senior consultant, ..."
            t += 1
        if not any(_cap(x.bare) in self.lex.title_heads for x in toks[e:t]):
            return 0
        if any(x.text.islower() for x in toks[e:t]) and not (
            (q > 0 and toks[q - 1].text in ("a", "an"))
            or (q > 1 and toks[q - 1].text == "the" and toks[q - 2].text == ",")  # "X, the KPC program officer who"
        ):
            return 0  # a lower-case title only as "a KPC senior consultant" (not "served as the APO expert")
        u = t + 1
        while t < len(toks) and toks[t].text == "and" and u < len(toks) and toks[u].bare in self.title_tokens:
            u += 1  # "DAP President and CEO, who ...": a stacked role at the same body
            while u < len(toks) and toks[u].bare in self.title_tokens:
                u += 1
            if any(x.bare in self.lex.title_heads for x in toks[t + 1 : u]) and not (
                u + 1 < len(toks) and toks[u].text == "," and is_cap(toks[u + 1])
            ):
                t = u
            break
        if t < len(toks) and (is_cap(toks[t]) or self.is_honorific(toks, t + 1)):
            return 0  # "..., and NPC Director General Arvind Mehta": another person's role
        titles = _split_titles([x.bare if x.text in ("and", "&") else _cap(x.bare) for x in toks[e:t]], self.lex)
        economy = self.economy_after(toks, t) if self.out.entities[org].cls == "IntergovernmentalOrganization" else ""
        if economy:  # "APO Director for the ROC": the member economy the role is for belongs to the title
            titles = (*titles[:-1], f"{titles[-1]} for {economy}")
            t += 1 + len(economy.split())
            iso = self.lex.countries.get(economy.removeprefix("the "))
            if iso:  # ... and places the person there
                self.fact(pkey, "basedIn", self.country(iso, economy.removeprefix("the ")), s, conf=0.7)
        else:  # "KADIN Vice Chairman for SMEs and Cooperatives": the remit
            titles, t = self.title_qualifier(toks, titles, t)
        self.mention(s, org, q, e)
        self.fact(pkey, "represents", org, s, titles)
        return t

    def economy_after(self, toks: list[Token], t: int) -> str:
        """The economy written after "for" at token ``t`` ("for the ROC", "for IR Iran"), else ""."""
        if t + 1 >= len(toks) or toks[t].text != "for":
            return ""
        a = t + 1 + (toks[t + 1].text == "the")
        for n in (4, 3, 2, 1):
            name = _join(toks[a : a + n])
            if a + n <= len(toks) and self.lex.countries.get(name):
                return _join(toks[t + 1 : a + n])
        return ""

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
                # an acronym names a body ("Director (NPC)"), unless short and unknown: a field ("Director (IE)")
                and not (inner.isupper() and " " not in inner and (len(inner) > 4 or normalize(inner) in self.forward))
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
                t.text.isupper() and len(t.text) > 1 and t.text not in self.lex.remit_acronyms for t in toks[e + 1 : q]
            )
        ):
            return titles, e
        for a in range(e + 2, q - 1):  # "Associate Dean for Academic Affairs and Associate Professor of Marketing"
            if toks[a].text in ("and", "&") and self.open_title_end(toks, a + 1) > a + 1:
                second = _join(toks[a + 1 : q])
                return (*titles[:-1], f"{titles[-1]} for {_join(toks[e + 1 : a])}", second), q
        return (*titles[:-1], f"{titles[-1]} for {scope}"), q

    def unit_in_brackets(self, toks: list[Token], e: int) -> tuple[str, int]:
        """A unit written in brackets after a title, a comma and the body after it ("Program Officer (Industry
        Department), APO Secretariat"): its name and where the title ends; else ``("", e)``."""
        close = next((q for q in range(e + 1, min(e + 7, len(toks))) if toks[q].text == ")"), None)
        if not (
            e < len(toks) and toks[e].text == "(" and close and close + 2 < len(toks) and toks[close + 1].text == ","
        ):
            return "", e
        inner = toks[e + 1 : close]
        if not (len(inner) > 1 and all(is_cap(t) or t.text in ("and", "of", "&") for t in inner)):
            return "", e
        if inner[-1].bare not in self.lex.unit_of_parent_words:
            return "", e
        return _join(inner), close + 1

    def title_head_closes(self, toks: list[Token], q: int, closers: tuple[str, ...] = (",",)) -> bool:
        """A title head comes at ``q`` or within two more capitalised words (no body's word among them), and one
        of ``closers`` follows it."""
        for h in range(q, min(q + 3, len(toks) - 1)):
            if toks[h].bare in self.lex.title_heads:
                return toks[h + 1].text in closers
            if not is_cap(toks[h]) or toks[h].bare in self.lex.org_heads:
                return False
        return False

    def open_title_end(self, toks: list[Token], k: int) -> int:
        """End of a title made of capitalised words that ends in a title head ("Senior Trade Promotion
        Officer", "Energy Manager"), when what follows closes it (a comma, "of", "at", "for", a bracket, the end);
        ``k`` when there is none."""
        lex = self.lex
        e = k
        while e < len(toks) and e - k < 7:
            t = toks[e]
            if t.bare in self.title_tokens or (
                t.text in ("and", "&")
                and e > k
                and e + 1 < len(toks)
                and is_cap(toks[e + 1])
                and toks[e - 1].bare not in lex.title_heads
                and toks[e + 1].bare not in lex.title_heads
            ):  # "Senior Trade and Industry Development Specialist": an "and" between a field's words
                e += 1
                continue
            if (
                not is_cap(t)
                or (t.text.isupper() and len(t.text) > 1)
                or (  # "University Researcher, ...", "Cluster Development Expert, ...": a body's word that only
                    # qualifies the title head after it
                    t.bare in lex.org_heads
                    # "Senior Cluster Advisor at GIZ": after a title's own word, the head may close on "at" too
                    and not self.title_head_closes(toks, e + 1, (",", "at"))
                )
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

    def professor_unit(self, s: Sentence, pkey: str, b: int) -> None:
        """ "Prof. Huang Wen-chi, Department of Mechanical Engineering, NCHU", "Prof. Kim (ROK), Department of
        Economics, Chungnam National University": a professor's unit after the name, with no title written."""
        toks = s.tokens
        k = b
        if k < len(toks) and toks[k].text == "(":
            k = next((q + 1 for q in range(k, min(k + 6, len(toks))) if toks[q].text == ")"), k)
        if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].text == "of":
            k += 1  # "Lee, of the Department of Agricultural Economics, Chungnam National University, presented ..."
        if (
            k + 1 < len(toks)
            and (toks[k].text == "," or (toks[k].text == "of" and k > b))  # "Prof. X (Japan) of the ..., Z University"
            and not self.has_role(pkey)
            and not self.starts_title(s, k + 1)
            and self.org_after_comma(toks, k + 1)
        ):
            self.one_role(s, pkey, k, before=self.professors[pkey].split())

    def title_after(self, s: Sentence, pkey: str, b: int) -> None:
        """PERSON, [a|the] TITLE(S) (of|at|,) ORG -- one or two roles."""
        toks = s.tokens
        k = b
        if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].text in self.lex.service_suffixes:
            k += 2  # "Shri Anil Kumar Saxena, IAS, Joint Secretary, DPIIT": the service letters
        if k < len(toks) and toks[k].text == "(":
            close = next((q for q in range(k + 1, min(k + 16, len(toks))) if toks[q].text == ")"), None)
            # "Choi Eun-ji (Managing Director, D. CAMP)", "Mr. X (Japan; Senior Consultant, JPC)": the role in brackets
            semi = next((q for q in range(k + 1, min(k + 5, close or k)) if toks[q].text == ";"), None)
            q = semi + 1 if semi and self.lex.countries.get(_join(toks[k + 1 : semi]).removeprefix("the ")) else k + 1
            if close and self.starts_title(s, q) and any(t.text == "," for t in toks[q:close]):
                self.one_role(s, pkey, q)
                return
            while k < len(toks) and toks[k].text != ")":
                k += 1
            k += 1
        elif k + 2 < len(toks) and toks[k].text in ("of", "from"):
            # "Nomin Erdenebat of Mongolia, a production manager at X", "Yoko Sato from Japan, who is the owner of X"
            q = next((q for q in range(k + 2, min(k + 6, len(toks))) if toks[q].text == ","), None)
            iso = self.lex.countries.get(_join(toks[k + 1 : q]).removeprefix("the ")) if q else None
            if iso:
                self.fact(pkey, "basedIn", self.country(iso, _join(toks[k + 1 : q])), s, conf=0.7)
                k = q
        if k + 1 < len(toks) and toks[k].text in ("is", "was") and is_cap(toks[k + 1]):
            pass  # "Maria Santos is Vice President of Luzon Green Bank": read like the comma form
        elif k + 2 < len(toks) and toks[k].text in ("is", "was") and toks[k + 1].text in ("the", "a", "an"):
            pass  # "Rosnah Abdul Jalil is the owner of Seri Kasih Foods", "X is a Senior Trainer at NTPC"
        elif k + 2 < len(toks) and toks[k].text in ("is", "was") and self.lowercase_title_end(toks, k + 1) > k + 1:
            pass  # "Nair is chief executive of Mumbai-based Krishi Process Consultants"
        elif (
            k + 3 < len(toks)
            and toks[k].text in ("is", "was")
            and toks[k + 1].text in ("a", "an")
            and self.lowercase_title_end(toks, k + 2) > k + 2
        ):
            pass  # "Rina Kusumawati is a lecturer at the Faculty of ..."
        elif k >= len(toks) or not (
            toks[k].text == "," or (toks[k].text in ("–", "—") and self.starts_title(s, k + 1))
        ):
            return  # (a list line "Name – Title, Organization" reads like the comma form)
        k += 1
        if (t := self.its_title_end(toks, k)) > k:  # "Wilaiwan Thongdee, its managing director, ..."
            found = self.possessive_title(s, t)
            if found:
                self.fact(pkey, "represents", found[0], s, found[1])
                return
        if k + 1 < len(toks) and toks[k].text in ("a", "an") and toks[k + 1].text == "former":
            # "X, a former NPEDC executive director and now Senior Adviser at the FNCCI": the post held now
            now = next(
                (
                    q
                    for q in range(k + 2, min(k + 10, len(toks) - 1))
                    if toks[q].text == "now" and toks[q - 1].text == "and"
                ),
                None,
            )
            k = now + 1 if now else k
        if k < len(toks) and toks[k].text in ("now", "currently"):
            k += 1  # "X, now Chief Executive of SPRING Singapore"
        while k < len(toks) and toks[k].text in ("a", "an", "the"):
            k += 1
        # "H.E. X, Honourable Federal Minister for Industries and Production": the courtesy is no title
        while k + 1 < len(toks) and toks[k].text in self.lex.courtesies:
            k += 1
        if k + 2 < len(toks) and toks[k].bare in self.lex.demonyms and toks[k + 1].text in self.lex.demonym_roles:
            # "Kim Dae-sung, a Korean expert and Senior Researcher at NACF": from there, then the role
            self.fact(pkey, "basedIn", self.country(self.lex.demonyms[toks[k].bare], toks[k].bare), s, conf=0.7)
            if toks[k + 2].text in ("with", "at", "of"):
                k += 1  # "Yuka Mori, a Japanese consultant with Hokuto Quality Services": the role goes on
            elif toks[k + 2].text != "and":
                return
            else:
                k += 3
        while k + 1 < len(toks) and self.lex.role_adjectives.fullmatch(toks[k].text) and toks[k + 1].text.islower():
            k += 1  # "an APO-certified productivity specialist": the title starts after the qualification
        f = self.lowercase_title_end(toks, k) if k < len(toks) and toks[k].text.islower() else k
        if f > k and f + 2 < len(toks) and toks[f].text == "from":
            # "Ploy Siri, a trainer from Thailand who is also Managing Director of X", "Kazuhiro Ueda, a management
            # consultant from Japan and Representative Director of X": the role is in the clause after the country
            w = next((q for q in range(f + 2, min(f + 6, len(toks))) if toks[q].text in ("who", "and")), None)
            if w and self.lex.countries.get(_join(toks[f + 1 : w - (toks[w - 1].text == ",")]).removeprefix("the ")):
                if toks[w].text == "who":
                    self.also_role(s, pkey, w)
                    return
                if w + 1 < len(toks) and self.starts_title(s, w + 1):
                    self.one_role(s, pkey, w + 1)
                    return
        if self.owner_title(s, pkey, k) or self.also_role(s, pkey, k):
            return
        first = self.org_title_at(s, pkey, k) if k < len(toks) and is_cap(toks[k]) else 0
        if first:  # "Tan Wei Jie, APO Director for Singapore and Deputy Chief Executive, Enterprise Singapore"
            if first + 1 < len(toks) and toks[first].text == "and" and self.starts_title(s, first + 1):
                self.one_role(s, pkey, first + 1)
            elif first + 1 < len(toks) and toks[first].text == "and":
                self.org_title_at(s, pkey, first + 1)  # "X, DAP Senior Vice President and APO Alternate Director"
            elif first + 1 < len(toks) and toks[first].text == ",":
                self.also_role(s, pkey, first + 1)  # "X, DAP President and CEO, who is also the APO Director ..."
            return
        for _ in range(2):  # stacked double roles: "Deputy Minister of X and Chairman of Y"
            k = self.one_role(s, pkey, k)
            if k >= 0 and k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")":
                k += 3  # "..., Ministry of Industry and Commerce (MOIC), who is also ..."
            if k >= 0 and k + 1 < len(toks) and toks[k].text == ",":
                if self.also_role(s, pkey, k + 1):  # "..., who is also the APO Director for Malaysia"
                    return
                if self.org_after_comma(toks, k + 1):  # "..., Ministry of Industry and Commerce (MOIC), who is also"
                    oe = self.org_end(toks, k + 1)
                    if oe + 2 < len(toks) and toks[oe].text == "(" and toks[oe + 2].text == ")":
                        oe += 3
                    if oe + 1 < len(toks) and toks[oe].text == "," and self.also_role(s, pkey, oe + 1):
                        return
                if toks[k + 1].text == "and":
                    k += 1  # "Principal Consultant, Kaizen Harbour Pte Ltd, and Board Member, ..."
            if k < 0 or k >= len(toks) or toks[k].text != "and":
                return
            the = k + 2 < len(toks) and toks[k + 1].text == "the"  # "... (CPC) and the APO Alternate Director"
            if self.org_title_at(s, pkey, k + 1 + the):  # "... of NIPO and APO Director for IR Iran"
                return
            if not self.starts_title(s, k + 1) or self.names_next_person(toks, k + 1):
                return
            k += 1

    def names_next_person(self, toks: list[Token], k: int) -> bool:
        """The title at ``k`` is another person's, whose name follows it in the same phrase ("Dr. A, Director of
        VNPI, and Deputy Director General of STAMEQ Mr. B")."""
        q = k
        while q < len(toks) and q - k < 14 and toks[q].text not in (",", ";", ".", ":", "(", "—", "–"):
            if q > k and self.is_honorific(toks, q + 1) and toks[q].bare not in self.title_tokens:
                return True
            if toks[q].text.islower() and toks[q].text not in ("of", "the", "for", "and", "&"):
                return False
            q += 1
        return False

    def its_title_end(self, toks: list[Token], k: int) -> int:
        """End of "its managing director," at ``k`` (the word "its"): lower-case title words ending in a title
        head, then a comma or a full stop; ``k`` when there is none."""
        q = k + 1
        while q < len(toks) and q - k <= 4 and toks[q].text.islower() and _cap(toks[q].text) in self.title_tokens:
            q += 1
        ok = q > k + 1 and _cap(toks[q - 1].text) in self.lex.title_heads and q < len(toks) and toks[q].text in ",."
        return q if ok and toks[k].text in ("its", "their") else k

    def lowercase_title_end(self, toks: list[Token], k: int) -> int:
        """End of a lower-case title at ``k`` that an organization follows ("managing director, Tabriz Auto Parts
        Cluster", "chief executive of the PSDC", "a program officer in the Industry Department"), else ``k``."""
        if k and toks[k - 1].text in ("a", "an"):
            # "a food technology officer at India's Ministry of ...": what the person does, then the title head
            for pre in (1, 2, 3):
                words = toks[k : k + pre]
                if not all(re.fullmatch(r"[a-z][a-z-]+", t.text) and t.text not in _NOT_IN_TITLE for t in words):
                    break
                e = self.plain_lowercase_title_end(toks, k + pre)
                if e > k + pre and toks[e].text in ("at", "with"):  # (not "a towel producer in Bursa")
                    return e
        return self.plain_lowercase_title_end(toks, k)

    def plain_lowercase_title_end(self, toks: list[Token], k: int) -> int:
        """:meth:`lowercase_title_end` for a title made of title words only."""
        q = k
        while (
            q < len(toks)
            and q - k < 6
            # "founder and CEO of X": an acronym head after lower-case words
            and (toks[q].text.islower() or (q > k and toks[q].text.isupper() and toks[q].text in self.lex.title_heads))
            and (
                _cap(toks[q].text) in self.title_tokens
                or (
                    toks[q].text == "and"
                    and q > k
                    and q + 1 < len(toks)
                    and _cap(toks[q + 1].text) in self.title_tokens
                )
            )
        ):
            q += 1
        heads = [t for t in toks[k:q] if _cap(t.text) in self.lex.title_heads]
        if not heads or _cap(toks[q - 1].text) not in self.lex.title_heads | self.lex.title_after_head:
            return k
        if q + 2 < len(toks) and [t.text for t in toks[q : q + 2]] == ["of", "state"]:
            q += 2  # "secretary of state at the Ministry of ..."
        if q + 1 >= len(toks):
            return k
        # "deputy director for startup policy at the Ministry", "head of open innovation at X": a remit
        if toks[q].text == "for" or (
            toks[q].text == "of" and re.fullmatch(r"[a-z][a-z-]*", toks[q + 1].text) and toks[q + 1].text != "the"
        ):
            r = q + 1
            while r < len(toks) and r - q <= 4 and re.fullmatch(r"[a-z][a-z-]*", toks[r].text) and toks[r].text != "at":
                r += 1
            the = r + 1 < len(toks) and toks[r + 1].text == "the"
            if (
                r > q + 1
                and r + 1 + the < len(toks)
                and toks[r].text in ("at", "of", ",")
                and is_cap(toks[r + 1 + the])
            ):
                return r
            return k
        nxt = toks[q].text
        the = q + 2 < len(toks) and toks[q + 1].text == "the"
        after = toks[self.kind_before_name(toks, q + 1 + the)].text if q + 1 + the < len(toks) else ""
        if (nxt in ("of", "at", "from", "to", "with", "in") or nxt == ",") and (
            is_cap(after)
            or re.fullmatch(r"[A-Z][\w-]*-(?:based|headquartered)", after)  # "at Tehran-based X"
            or (the and q + 3 < len(toks) and toks[q + 3].text in ("'s", "’s"))  # "of the center's X Office"
        ):
            return q  # "managing director, Tabriz ...", "a program officer in the Industry Department"
        return k

    def kind_before_name(self, toks: list[Token], r: int) -> int:
        """Where a body's name starts after what kind of body it is, written in lower case at token ``r`` ("of
        Goa-based homestay network StayLocal Ventures", "of carbon accounting start-up GreenLedger"), else ``r``."""
        e = r + (r < len(toks) and bool(re.fullmatch(r"[A-Z][\w]*-(?:based|headquartered)", toks[r].text)))
        for n in (2, 1) if e == r else ():  # "of Seoul fintech firm Mintgrid": the place, then the kind
            place = _join(toks[r : r + n]) if r + n < len(toks) else ""
            if place and (self.lex.city_country(place) or self.lex.countries.get(place) or place in self.lex.demonyms):
                e = r + n
                break
        q = e
        while q < len(toks) and q - e < 5 and re.fullmatch(r"[a-z][\w-]*", toks[q].text):
            q += 1
        if q > e and q < len(toks) and toks[q - 1].text in self.lex.appositive and is_cap(toks[q]):
            return q
        return r

    def generic_back_reference(self, toks: list[Token], o: int) -> str | None:
        """The organization "the ministry" / "the university" at token ``o`` refers back to: the only one of the
        item whose name has that head word (Centre and Center alike), when the phrase ends there."""
        word = toks[o].text if o < len(toks) else ""
        nxt = toks[o + 1].text if o + 1 < len(toks) else ""
        # (the phrase ends there, or a verb follows it: "Program Officer X of the same department coordinated ...")
        if not word.islower() or (nxt and nxt not in (",", ".", ";", ")", "and") and not _VERB_AFTER.fullmatch(nxt)):
            return None
        return self.head_word_org(word)

    def head_word_org(self, word: str) -> str | None:
        """The only organization of the item whose name has the head word ``word`` ("faculty", "centre"), else the
        last body of the kind the word names ("company": the firm just named, :meth:`last_of_kind`)."""
        heads = {"centre": ("Centre", "Center"), "center": ("Center", "Centre")}.get(word, (word.capitalize(),))
        found = next(filter(None, (self.head_back_reference(h) for h in heads)), None)
        return found or self.last_of_kind(word)

    def known_org(self, text: str) -> str | None:
        """The organization ``text`` names, when it is known so far (not a place or a person)."""
        key = self.known(text)
        return key if key and _top(self.out.entities[key].cls) == "Organization" else None

    def unit_like(self, key: str) -> bool:
        """A unit, or a new body named like one ("Center for Governance", "Global Business Center"), which the
        body written after it ("..., DAP", "at the VCCI") is the parent of."""
        ent = self.out.entities[key]
        return ent.cls in UNIT_CLASSES or (
            ent.reg is None and any(w in self.lex.unit_heads for w in ent.label.split()) and ", " not in ent.label
        )

    def one_role(self, s: Sentence, pkey: str, k: int, before: list[str] | None = None) -> int:
        """One role written after a name; with ``before``, the title came before the name
        ("Professor Huang of the Department of X, University Y") and ``k`` is the word after it: where the
        role ends, else -1."""
        found = self.role_title(s, k, before)
        if found is None:
            return -1
        titles, e, unit_in_brackets = found
        toks, lex = s.tokens, self.lex
        org = self.known(toks[e].text) if e < len(toks) and toks[e].text.isupper() and len(toks[e].text) > 1 else None
        if org and _top(self.out.entities[org].cls) == "Organization":  # "Zubair Ghumman, President SCCI, ..."
            self.mention(s, org, e, e + 1)
            self.fact(pkey, "represents", org, s, titles)
            return e + 1
        remit_end = self.ministry_by_remit(s, pkey, k, e, titles)
        if remit_end is not None:
            return remit_end
        # "X, Director General for Strategic Research and Productivity, who ...": the directorate the item names
        office = re.fullmatch(r"(.*?Director(?: General)?) (for|of) (.+)", titles[-1])
        if office and (key := self.directorate(office.group(1), office.group(3), prep=office.group(2))):
            self.fact(pkey, "represents", key, s, (*titles[:-1], office.group(1)))
            return e
        if before is None and (r := self.remit_end(toks, e)) > e:
            # "Deputy for Micro Enterprises, Ministry of X": a remit in a ministry's words is part of the title, not
            # a body (with no body after it, the linker of titled people places the person)
            titles, e = (*titles[:-1], f"{titles[-1]} {_join(toks[e:r])}"), r
            if not (e + 1 < len(toks) and toks[e].text == "," and self.org_after_comma(toks, e + 1)):
                return e
        if (
            e + 2 < len(toks)
            and (toks[e].text in lex.regions or (is_cap(toks[e]) and toks[e].bare not in lex.org_heads))
            and toks[e + 1].text == ","
            and not self.known(toks[e].text)
            and self.org_after_comma(toks, e + 2)
        ):  # "Ms. X, Provincial Chief Punjab, SMEDA": the province closes the title
            titles, e = (*titles[:-1], f"{titles[-1]} {toks[e].text}"), e + 1
        # what follows the title
        if e < len(toks) and toks[e].text in (",", "of", "at", "for", "to", "with", "from", "in") and e + 1 < len(toks):
            sep = toks[e].text
            o, place = self.body_start(s, e)
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
            back = self.generic_back_reference(toks, o) if o > e + 1 and toks[o - 1].text in ("the", "same") else None
            if back:  # "Principal Officer at the ministry.": the one ministry of the item
                self.mention(s, back, o, o + 1)
                self.fact(pkey, "represents", back, s, titles)
                return o + 1
            if (
                o + 2 < len(toks)
                and toks[o - 1].text == "the"
                and toks[o + 1].text in ("'s", "’s")
                and (owner := self.head_back_reference(toks[o].text.capitalize()) or self.last_of_kind(toks[o].bare))
            ):  # "a senior manager of the center's Smart Factory Support Office": a unit of the center named before
                u, name = self.unit_after(toks, o + 2)
                if name:
                    unit = self.possessive_unit(s, owner, o + 2, u, name)
                    self.fact(pkey, "represents", unit, s, titles)
                    return u
            if o < len(toks) and not is_cap(toks[o]):
                # "founder of the Dhaka-based delivery startup ParcelKoi": a description, then the name
                m = self.kind_before_name(toks, o)
                oe = self.org_end(toks, m) if m > o else m
                key = self.org_span(s, m, oe, force=True) if oe > m else None
                if key:
                    self.fact(pkey, "represents", key, s, titles)
                    return oe
                return -1
            oe = self.org_end(toks, o)
            if oe <= o:
                return -1
            if (
                oe + 1 < len(toks)
                and toks[oe].text in ("'s", "’s")
                and is_cap(toks[oe + 1])
                and not self.known(_join(toks[o:oe]))
                and not self.org_or_program_class(toks, o, oe)
                and (end := self.org_end(toks, oe + 1)) > oe + 1
            ):
                oe = end  # "owner of Rumana's Kitchen Treats": a possessive inside a firm's name
            if titles[-1].split()[-1] == "Minister" and sep in ("of", "for"):
                # "Minister of Industry, Mine and Trade and Chairman of ISIPO": the remit is a list
                if sep == "of" and o + 2 < oe and toks[o].text == "State" and toks[o + 1].text in ("for", "of"):
                    titles, o = (*titles[:-1], f"{titles[-1]} of State"), o + 2  # "Minister of State for X"
                oe = self.portfolio_end(toks, oe)
                self.fact(pkey, "represents", self.ministry_of(s, o, oe), s, titles)
                return oe
            # "Head of Growth of Pasar Kita Digital", "Professor of International Business at METU"
            whole_org = self.strip_country(_join(toks[o:oe]))[1] is not None
            words = [t.text for t in toks[o:oe]]
            fielded = (
                sep in ("of", "for")
                and toks[e + 1].text != "the"
                and oe + 2 < len(toks)
                and toks[oe].text == "at"
                and re.match(r"[A-Z]", toks[oe + 1 + (toks[oe + 1].text == "the")].text)
                and not self.known(_join(toks[o:oe]))
                and not any(t.bare in lex.unit_heads for t in toks[o:oe])
                and not self.tail_back_reference(_join(toks[o:oe]))
            )
            if fielded:
                # "Head of SME Banking at Indus Crescent Bank", "Deputy for Small and Medium Enterprises at
                # KemenKopUKM": a field or remit without "the", then "at" the body, is part of the title
                titles = (*titles[:-1], f"{titles[-1]} {sep} {_join(toks[o:oe])}")
                self.taken.update(range(o, oe))  # (a title's words, no entity of their own)
                o = oe + 1 + (toks[oe + 1].text == "the")
                if o + 1 < len(toks) and re.fullmatch(r"[A-Z][\w-]*-(?:based|headquartered)", toks[o].text):
                    o += 1
                oe = self.org_end(toks, o)
                if oe <= o:
                    return -1
            elif sep == "for" and not whole_org and "of" in words[1:]:
                # "Senior Vice President for Programs of DAP": the remit, then the known body
                cut = o + words.index("of", 1)
                if (
                    self.known(_join(toks[cut + 1 : oe]).removeprefix("the "))
                    and not self.org_or_program_class(toks, o, cut)
                    and not self.known(_join(toks[o:cut]))
                ):
                    titles = (*titles[:-1], f"{titles[-1]} for {_join(toks[o:cut])}")
                    o = cut + 1 + (toks[cut + 1].text == "the")
            elif (
                sep == "of"
                and oe + 3 < len(toks)
                and toks[oe].text == "at"
                and toks[oe + 1].text == "the"
                and (back := self.generic_back_reference(toks, oe + 2))
                and not self.org_or_program_class(toks, o, oe)
                and not self.known(_join(toks[o:oe]))
                # not a body named before by that remit ("Director General of X" of "General Directorate of X")
                and not self.directorate(titles[-1], _join(toks[o:oe]))
                and not self.tail_back_reference(_join(toks[o:oe]))
            ):  # "Professor of Technology Management at the college": a field, then the body named before
                self.mention(s, back, oe + 2, oe + 3)
                self.fact(pkey, "represents", back, s, (*titles[:-1], f"{titles[-1]} of {_join(toks[o:oe])}"))
                return oe + 3
            if sep == "of" and not whole_org and not fielded:
                if (
                    "of" in words[1:]
                    and self.org_or_program_class(toks, o, o + words.index("of", 1))
                    and not (
                        toks[o + words.index("of", 1) - 1].bare in self.lex.unit_heads
                        and self.known(_join(toks[o + words.index("of", 1) + 1 : oe]).removeprefix("the "))
                    )
                ):
                    pass
                elif "of" in words[1:]:
                    cut = o + words.index("of", 1)
                    left = cut - o >= 2 and toks[cut - 1].bare in self.lex.unit_heads
                    right = self.known(_join(toks[cut + 1 : oe]).removeprefix("the ")) or self.org_or_program_class(
                        toks, cut + 1, oe
                    )
                    if (
                        not (left and right)
                        and not self.org_or_program_class(toks, o, cut)
                        and not self.known(_join(toks[o:cut]))
                    ):
                        titles = (*titles[:-1], f"{titles[-1]} of {_join(toks[o:cut])}")
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
                        or (oe - o == 1 and toks[o].bare in lex.unit_heads)  # "Head of Department, KOSGEB"
                    )
                    and not self.known(_join(toks[o:oe]))
                    and self.org_after_comma(toks, oe + 1)
                ):
                    titles = (*titles[:-1], f"{titles[-1]} of {_join(toks[o:oe])}")  # the first of stacked ones stays
                    self.taken.update(range(o, oe))  # "Head of SME Banking Products" is a title, not a firm
                    o = oe + 1
                    while o < len(toks) and toks[o].text == "the":
                        o += 1
                    oe = self.org_end(toks, o)
            key = (
                self.directorate(titles[-1], _join(toks[o:oe]), toks[o].start)
                if sep == "of"
                else self.directorate(titles[-1], _join(toks[o:oe]), prep="for")  # named in the item
                if sep == "for"
                else None
            )
            key = key or self.org_span(s, o, oe, force=True)
            prog = (
                self.known(_join(toks[o:oe])) if key is None and oe + 2 < len(toks) and toks[oe].text == "at" else None
            )
            if prog and _top(self.out.entities[prog].cls) == "Program":
                # "Team Leader of the RCSP at GIZ": the program the person works on, then the body
                a = oe + 1 + (toks[oe + 1].text == "the")
                pe = self.org_end(toks, a)
                key = self.org_span(s, a, pe)
                oe = pe if key else oe
            if key is None:
                return -1
            return self.role_at_body(s, pkey, key, oe, titles, unit_in_brackets, place)
        return -1

    def role_title(self, s: Sentence, k: int, before: list[str] | None) -> tuple[tuple[str, ...], int, str] | None:
        """The titles written from token ``k`` on (or ``before`` the name), where they end, and a unit written
        in brackets after them ("Program Officer (Industry Department), APO Secretariat"); else None."""
        toks, lex = s.tokens, self.lex
        unit_in_brackets = ""
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
        if (
            before is None
        ):  # "Senior Trade Promotion Officer", "Principal Agricultural Officer": words not in the lexicon
            e = max(e, self.open_title_end(toks, k))
        lower = False
        if before is None and e == k:
            # "Hasan Mahmud, founder of ParcelKoi", "manager of the Khangai Dairy Cooperative": a lower-case title
            q = self.lowercase_title_end(toks, k)
            if q > k:
                e, lower = q, True
            elif k < len(toks) and toks[k].text in ("founder", "co-founder", "owner"):
                e, lower = k + 1, True
        run = before if before is not None else [t.bare for t in toks[k:e]]
        if lower:
            run = [w if w in ("and", "for", "of") else _cap(w) for w in run]
        if not any(w in lex.title_heads for w in run):
            return None
        titles = _split_titles(run, lex)
        if lower and ("for" in run or "of" in run):  # "Deputy Director for Startup Policy", "Head of Open Innovation"
            titles = (_title(" ".join(t.text for t in toks[k:e])),)
        if before is None:
            unit_in_brackets, e = self.unit_in_brackets(toks, e)
            titles, e = self.title_qualifier(toks, titles, e)
            q = e + 1  # "Director (IE) & Head, Industrial Engineering Division": a second title after the field
            while q < len(toks) and toks[e].text in ("and", "&") and toks[q].bare in self.title_tokens:
                q += 1
            if q > e + 1 and any(t.bare in lex.title_heads for t in toks[e + 1 : q]) and titles[-1].endswith(")"):
                titles, e = (*titles, *_split_titles([t.bare for t in toks[e + 1 : q]], lex)), q
        board = (
            re.match(
                r"of the (?:(?:Management|Executive|Supervisory|Governing) )?Board"
                r"(?: of (?:Directors|Trustees|Governors|Management))?(?= *[,;])",
                s.text[toks[e].start - s.start :],
            )
            if e < len(toks)
            else None
        )
        if board:  # "Chairman of the Board, MPO": the board is part of the title
            titles = (*titles[:-1], f"{titles[-1]} {board.group(0)}")
            e += len(board.group(0).split())
        return titles, e, unit_in_brackets

    def ministry_by_remit(self, s: Sentence, pkey: str, k: int, e: int, titles: tuple[str, ...]) -> int | None:
        """A ministry head's remit names the ministry ("Permanent Secretary for Industry, Trade and Tourism",
        "Minister of State for Micro, Small and Medium Enterprises"): gives the role, returns where it ends."""
        toks, lex = s.tokens, self.lex
        remit = re.fullmatch(r"(.*?Minister of State)\s+(?:for|of)\s+(\S.*)", titles[-1]) or re.fullmatch(
            r"(.+?)\s+(?:for|of)\s+(\S.*)", titles[-1]
        )
        if (
            remit
            and lex.is_ministry_head(remit.group(1))
            and all(w in lex.portfolio_words or w == "and" for w in remit.group(2).split())
        ):
            a = next((q for q in range(k, e) if toks[q].text in ("for", "of")), e) + 1
            oe = self.portfolio_end(toks, e)
            at = oe + (oe + 1 < len(toks) and toks[oe + 1].text == "the")
            if not (  # "Deputy Minister for SMEs at the Ministry of Industry": the body is named after the remit
                oe < len(toks)
                and toks[oe].text in ("at", "in", "of", "with")
                and at + 1 < len(toks)
                and is_cap(toks[at + 1])
            ):
                self.fact(pkey, "represents", self.ministry_of(s, a, oe), s, (*titles[:-1], remit.group(1)))
                return oe
        return None

    def body_start(self, s: Sentence, e: int) -> tuple[int, str | None]:
        """Where the body after a title's separator at token ``e`` starts ("of the host NPC", "at the same
        center", "of Ankara's Middle East Technical University"), and the place written before it, if any."""
        toks, lex = s.tokens, self.lex
        sep = toks[e].text
        o = e + 1
        if sep == "," and o + 1 < len(toks) and toks[o].text in ("from", "of") and is_cap(toks[o + 1]):
            o += 1  # "Hiroshi Nakagawa, Team Leader, from Nihon Kaizen Consultants Co., Ltd."
        while o < len(toks) and toks[o].text == "the":
            o += 1
        if o + 1 < len(toks) and toks[o].text in lex.org_qualifiers and is_cap(toks[o + 1]):
            o += 1  # "of the host NPC"
        elif o + 1 < len(toks) and toks[o - 1].text == "the" and _OWNED.fullmatch(toks[o].text) and is_cap(toks[o + 1]):
            o += 1  # "President of the state-owned SME Bank Limited"
        else:
            o = self.kind_before_name(toks, o)  # "managing director of carbon accounting start-up GreenLedger"
        if o + 1 < len(toks) and o > e + 1 and toks[o].text == "same" and toks[o + 1].text.islower():
            o += 1  # "Senior Specialist at the same center": the one center of the item
        place = None
        if o + 2 < len(toks) and toks[o - 1].text == "the" and re.fullmatch(r"country['’]s", _join(toks[o : o + 2])):
            o += 2  # "a director at the country's National Privacy Commission"
        for n in (1, 2):  # "Vice Rector of Ankara's Middle East Technical University": the place, then the body
            if o + n + 1 < len(toks) and toks[o + n].text in ("'s", "’s") and is_cap(toks[o + n + 1]):
                where = _join(toks[o : o + n])
                iso = lex.countries.get(where)
                if iso or where in lex.cities:
                    place = self.country(iso, where) if iso else self.entity("City", where, toks[o].start)
                    self.mention(s, place, o, o + n)
                    o += n + 1
                    break
        if o + 1 < len(toks) and re.fullmatch(r"[A-Z][\w-]*-(?:based|headquartered)", toks[o].text):
            o += 1  # "Founder of Karachi-based Indus Agri Labs": the place is read with the name
        if (  # "a vice president at Turkey's SME agency KOSGEB": what the body is, then its name
            place
            and o + 2 < len(toks)
            and toks[o + 1].text in lex.appositive
            and is_cap(toks[o + 2])
            and not self.known(_join(toks[o : o + 2]))
        ):
            o += 2
        return o, place

    def role_at_body(
        self,
        s: Sentence,
        pkey: str,
        key: str,
        oe: int,
        titles: tuple[str, ...],
        unit_in_brackets: str,
        place: str | None,
    ) -> int:
        """The role at the body ``key`` ending at token ``oe``, with what is written after it: a unit after a
        possessive, the parent after "at" or a comma, the country in brackets; returns where the role ends."""
        toks, lex = s.tokens, self.lex
        if oe + 1 < len(toks) and toks[oe].text in ("'s", "’s"):  # "at DAP's Center for Quality and ..."
            unit = self.unit_after_possessive(s, key, oe, pkey)
            if unit != key:
                self.fact(pkey, "represents", unit, s, titles)
                return self.org_end(toks, oe + 1)
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
        if oe + 1 < len(toks) and toks[oe].text == "at" and self.unit_like(key):
            pa = oe + 1 + (toks[oe + 1].text == "the")
            pe = self.org_end(toks, pa)
            parent = self.org_span(s, pa, pe) if pe > pa else None
            if parent and parent != key and _top(self.out.entities[parent].cls) == "Organization":
                self.label_as_unit(key, parent)
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
                if self.both_in_country(s, key, pkey, oe + 1, pe, ptxt):
                    pass
                elif ptxt in lex.cities:
                    c = self.entity("City", ptxt, toks[oe + 1].start)
                    self.mention(s, c, oe + 1, pe)
                    self.fact(key, "basedIn", c, s)
                elif (
                    self.out.entities[key].cls in UNIT_CLASSES
                    or self.org_or_program_class(toks, oe + 1, pe)
                    or (self.unit_like(key) and self.known_org(ptxt))  # "Center for Governance, DAP"
                ):
                    parent = self.org_span(s, oe + 1, pe, force=True)
                    if parent and _top(self.out.entities[parent].cls) == "Organization":
                        if self.unit_like(key):
                            self.label_as_unit(key, parent)
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
        if unit_in_brackets and _top(self.out.entities[key].cls) == "Organization":
            # "Program Officer (Industry Department), APO Secretariat": the unit of the body after it
            key = self.named_unit(key, unit_in_brackets, s, 0)
        self.fact(pkey, "represents", key, s, titles)
        if place and not any(f.subject == key and f.relation == "basedIn" for f in self.out.facts):
            self.fact(key, "basedIn", place, s, conf=0.8)
        return oe
