"""Roles a sentence gives outside a name's own phrase: "X represented Y", a list of people "representing"
bodies, a field in brackets, "her KIPA colleague X", a title in the next sentence ("The MPC director general
welcomed ..."), "a firm whose director, X,", "At FTPI, Dr. X, Executive Vice President, ...", a delegation's
members listed after its leader, a title in a "who is" clause, and heads of mission ("Nepal's Ambassador to
Thailand, Mr. X" represents the item's one embassy of Nepal), "X (Malaysia) represented Y", and the linker of
titled people no rule placed (:meth:`RoleRules.link_titled_people`). :class:`RoleRules` is mixed into the name
finder of :mod:`kg.extract.mentions`."""

from __future__ import annotations

import re
from dataclasses import replace

from .entities import _MISSION_OF, _MISSIONS, _join, _the, _top, is_mission
from .people import _AT_SITE, _cap, _split_titles
from .text import Sentence, Token, is_cap
from .titles import _by_after

__all__ = ["RoleRules"]

# "The delegation was led by X, Director General, NPS and comprised A, Director; B, Assistant Director; ..."
# "Also present from the Chamber were Ms. A, Secretary General and CEO, and Mr. B, ..."
_PRESENT_FROM = re.compile(r"\b(?:present|attending|participating)\s+from\s+(?:the\s+)?")
# "... welcomed the participants on behalf of the KPC": the body a titled person speaks for
_ON_BEHALF = re.compile(r"\bon behalf of (?:the )?")
# the mission an envoy's title heads, for a mission the item does not name
_MISSION_KINDS = (("High Commissioner", "High Commission"), ("Consul", "Consulate General"), ("", "Embassy"))
_MEMBERS = re.compile(r"\bled by\b.*?\b(comprised|comprising|included|including|consisted of)\b")


class RoleRules:
    """Rules for roles given around a name (a mixin of the name finder; ``self`` is the finder)."""

    def represented_by(self, s: Sentence, pkey: str, a: int, b: int) -> None:
        """ORG was represented by PERSON[, TITLE] ("SMEDA was represented by Ms. Sadia Rehman, General Manager
        (Outreach), who ..."): the person's role at that body, with the bare title after the name."""
        toks = s.tokens
        h = self.before_honorifics(toks, a)
        if self.has_role(pkey) or h < 4 or [t.text for t in toks[h - 2 : h]] != ["represented", "by"]:
            return
        v = h - 3 - (toks[h - 3].text in ("also", "officially"))  # "was also represented by"
        if v < 1 or toks[v].text not in ("was", "were", "is", "are"):
            return
        org = next((m.key for m in self.cur if m.j == v), None)
        if org is None or _top(self.out.entities[org].cls) != "Organization":
            return
        self.fact(pkey, "represents", org, s, self.bare_title_after(toks, b))

    def person_represented(self, s: Sentence) -> None:
        """PERSON [(Country)] represented [the] ORG ("Ms. X (Malaysia) represented the National Productivity
        Corporation"): a role at that body, with no title."""
        toks = s.tokens
        for m in self.cur:
            if _top(self.out.entities[m.key].cls) != "Person" or self.has_role(m.key):
                continue
            v = m.j
            if v + 2 < len(toks) and toks[v].text == "(" and toks[v + 2].text == ")":
                v += 3  # "(Malaysia)"
            if v >= len(toks) or toks[v].text != "represented":
                continue
            o = v + 1 + (v + 1 < len(toks) and toks[v + 1].text == "the")
            org = next((x.key for x in self.cur if x.i == o), None)
            if org and _top(self.out.entities[org].cls) == "Organization":
                self.fact(m.key, "represents", org, s)

    def represented_by_list(self, s: Sentence) -> None:
        """ "NPO was represented by Deputy Director (Training) A, Assistant Manager B and Research Officer C": each
        person of the list, with the title before the name, represents the body."""
        toks = s.tokens
        m = re.search(r"\b(?:was|were)\s+(?:also\s+)?represented\s+by\b", s.text)
        if not m:
            return
        org = max(
            (
                x
                for x in self.cur
                if x.end <= s.start + m.start() and _top(self.out.entities[x.key].cls) == "Organization"
            ),
            key=lambda x: x.end,
            default=None,
        )
        if org is None:
            return
        sep = next(q for q, t in enumerate(toks) if t.start >= s.start + m.end() - 2)  # the token "by"
        for x in sorted(self.cur, key=lambda x: x.i):
            if x.i <= sep or _top(self.out.entities[x.key].cls) != "Person":
                continue
            h = self.before_honorifics(toks, x.i)
            k = h
            while k > sep + 1 and toks[k - 1].text not in (",", "and", ";", "by"):
                k -= 1
            words = [t.bare for t in toks[k:h] if t.text not in ("(", ")")]
            inner = [t for t in toks[k:h] if t.text == "("]
            if (
                k < h
                and toks[k - 1].text in (",", "and", ";", "by")
                and any(w in self.lex.title_heads for w in words)
                and all(w in self.title_tokens or inner for w in words[:2])
                and not self.has_role(x.key)
            ):
                title = re.sub(r"\s+", " ", s.text[toks[k].start - s.start : toks[h - 1].end - s.start])
                self.fact(x.key, "represents", org.key, s, (title,), conf=0.7)
            sep = x.j

    def bracketed_field_title(self, s: Sentence) -> None:
        """ "FNU Deputy Vice-Chancellor (Research) Professor Sunil Lal": a body's abbreviation, a title with its
        field in brackets, then the name (the brackets cut the title off the name for the chunker)."""
        toks = s.tokens
        for p in range(2, len(toks) - 3):
            if toks[p].text != "(" or toks[p - 1].bare not in self.lex.title_heads:
                continue
            c = next((q for q in range(p + 2, min(p + 6, len(toks))) if toks[q].text == ")"), None)
            if c is None or not all(is_cap(t) or t.text in ("and", "&") for t in toks[p + 1 : c]):
                continue
            field = _join(toks[p + 1 : c])
            if self.lex.countries.get(field) or self.known(field):
                continue  # "Director (Japan)", "Director (NPC)"
            t0 = p - 1
            while t0 > 0 and (toks[t0 - 1].bare in self.title_tokens or toks[t0 - 1].text == "Pro"):
                t0 -= 1
            if t0 == 0 or not toks[t0 - 1].text.isupper():
                continue
            org = self.known(toks[t0 - 1].text) or self.defined_later(s, t0 - 1)
            if org is None or _top(self.out.entities[org].cls) != "Organization":
                continue
            a, b = self.name_after(toks, c + 1)
            if b - a < 2:
                continue
            pkey = self.person(s, a, b)
            if pkey:
                self.mention(s, org, t0 - 1, t0)
                self.fact(pkey, "represents", org, s, (f"{_join(toks[t0:p])} ({field})",))

    def colleague_of(self, s: Sentence) -> None:
        """ "her KIPA colleague Lee Sang-hoon, Researcher, ...": a colleague at the body named before the word,
        with the title written after the name."""
        toks = s.tokens
        for q in range(1, len(toks) - 2):
            if toks[q].text not in ("colleague", "colleagues") or not toks[q - 1].text.isupper():
                continue
            org = self.known(toks[q - 1].text)
            if org is None or _top(self.out.entities[org].cls) != "Organization":
                continue
            a, b = self.name_after(toks, q + 1)
            pkey = self.person(s, a, b) if b - a >= 2 else None
            if pkey is None or any(f.subject == pkey and f.relation == "represents" for f in self.out.facts):
                continue
            e = self.open_title_end(toks, b + 1) if b + 1 < len(toks) and toks[b].text == "," else b + 1
            titles = _split_titles([x.bare for x in toks[b + 1 : e]], self.lex) if e > b + 1 else ()
            self.mention(s, org, q - 1, q)
            self.fact(pkey, "represents", org, s, titles)

    def title_of_previous_person(self, s: Sentence) -> None:
        """ "Datuk X spoke next. The MPC director general welcomed ...", "... by Usec. Y. The DTI Undersecretary for
        Regional Operations described ...": a sentence that opens on a body's title with no name gives it to the one
        person the sentence before named, when that person has no role yet."""
        toks, si = s.tokens, self.sentence_index
        if not si or self.sents[si - 1].paragraph != s.paragraph:
            return
        i = 1 if toks and toks[0].text == "The" else 0
        org = next((m for m in self.cur if m.i in (0, i)), None)
        if org is not None:
            key, j = org.key, org.j
        else:  # "The DTI Undersecretary ...": a known name, or an acronym, inside the chunk of the title
            key, j = next(
                ((k, i + n) for n in (3, 2, 1) if i + n < len(toks) and (k := self.known(_join(toks[i : i + n])))),
                (None, 0),
            )
            if key is None and i + 1 < len(toks) and re.fullmatch(r"[A-Z]{2,6}", toks[i].text):
                j = i + 1 if toks[i].text not in self.lex.countries else 0
        if (key and _top(self.out.entities[key].cls) != "Organization") or not j:
            return
        k = j + (j < len(toks) and toks[j].text in ("'s", "’s"))
        e = k
        while e < len(toks) and _cap(toks[e].text) in self.title_tokens:
            e += 1
        words = [_cap(t.text) for t in toks[k:e]]
        if not words or words[-1] not in self.lex.title_heads | self.lex.title_after_head:
            return
        titles, e = self.title_qualifier(toks, _split_titles(words, self.lex), e)
        q = e + 1  # "The DTI Undersecretary for Regional Operations described ...": the remit, then the verb
        while e < len(toks) and toks[e].text == "for" and q < len(toks) and (is_cap(toks[q]) or toks[q].text == "and"):
            q += 1
        if q > e + 1 and not self.known(_join(toks[e + 1 : q])) and not self.org_or_program_class(toks, e + 1, q):
            titles, e = (*titles[:-1], f"{titles[-1]} for {_join(toks[e + 1 : q])}"), q
        if e >= len(toks) or not re.fullmatch(r"[a-z]+", toks[e].text) or toks[e].text in ("of", "and", "at", "in"):
            return  # a verb follows, not a name or the body the title belongs to
        people = {m.key for m in self.out.by_sentence[-1] if _top(self.out.entities[m.key].cls) == "Person"}
        if len(people) != 1 or self.has_role(pkey := people.pop()):
            return
        if key is None:
            self.named_thing(s, "Organization", i, j)
            key = next((m.key for m in self.cur if m.i == i), None)
        elif org is None:
            self.mention(s, key, i, j)
        if key:
            self.fact(pkey, "represents", key, s, titles, conf=0.7)

    def owner_clause(self, s: Sentence) -> None:
        """ "Dong Phat Wood Co., Ltd., a furniture maker whose director, Pham Van Long, used ...", "a 14-loom unit in
        Natore owned by Rokeya Begum": the person named in a clause about the body before holds that role there."""
        toks = s.tokens
        for q, t in enumerate(toks):
            if t.text == "whose":
                e = q + 1
                while e < len(toks) and e - q <= 4 and re.fullmatch(r"[a-z][a-z-]*|[A-Z]{2,5}", toks[e].text):
                    e += 1  # "whose second-generation owner", "whose CEO"
                words = [_cap(x.text) for x in toks[q + 1 : e] if _cap(x.text) in self.title_tokens]
                if not words or words[-1] not in self.lex.title_heads:
                    continue
                titles, n = _split_titles(words, self.lex), e + (e < len(toks) and toks[e].text == ",")
            elif t.text in ("owned", "founded") and (by := _by_after(toks, q)):
                titles, n = ("Owner" if t.text == "owned" else "Founder",), by  # "founded in 2003 by X"
            else:
                continue
            n += n + 1 < len(toks) and self.is_honorific(toks, n + 1)
            m = n
            while m < len(toks) and m - n < 4 and is_cap(toks[m]) and toks[m].bare not in self.title_tokens:
                m += 1  # (not _namey: "Pham Van Long" ends in a word of the lexicon)
            body = max(
                (x for x in self.cur if x.j <= q and _top(self.out.entities[x.key].cls) == "Organization"),
                key=lambda x: x.j,
                default=None,
            )
            known = next((x.key for x in self.cur if x.i == n and _top(self.out.entities[x.key].cls) == "Person"), None)
            pkey = known or (self.person(s, n, m) if m - n >= 2 else None)
            if body and pkey and not self.has_role(pkey):
                self.fact(pkey, "represents", body.key, s, titles, conf=0.7)

    def at_site_named_then_titled(self, s: Sentence) -> None:
        """ "At FTPI, Dr. Somchai Rattanakorn, Executive Vice President, presented ...": the person the sentence opens
        on after "At X," holds the bare title written after the name at that body."""
        toks = s.tokens
        for x in self.cur:
            if _top(self.out.entities[x.key].cls) != "Person" or self.has_role(x.key):
                continue
            titles = self.bare_title_after(toks, x.j)
            org = self.at_site(s, self.before_honorifics(toks, x.i)) if titles else None
            if org and _top(self.out.entities[org].cls) == "Organization":
                self.fact(x.key, "represents", org, s, titles)

    def members_of_a_group_body(self, s: Sentence) -> None:
        """ "The delegation was led by Mr. X, Director General, NPS and comprised Mrs. A, Director (Productivity
        Promotion); Mr. B, Assistant Director; ...", "Also present from the Chamber were Ms. A, Secretary General, and
        ...": members listed with bare titles hold them at the leader's body, or at the body they are from."""
        toks = s.tokens
        people = [x for x in sorted(self.cur, key=lambda x: x.i) if _top(self.out.entities[x.key].cls) == "Person"]
        body, after = None, 0
        if m := _MEMBERS.search(s.text):
            leader = next((x for x in people if s.start + m.start() < x.start < s.start + m.start(1)), None)
            led = {
                f.object for f in self.out.facts if leader and f.subject == leader.key and f.relation == "represents"
            }
            if len(led) == 1:
                body, after = led.pop(), s.start + m.start(1)
        elif m := _PRESENT_FROM.search(s.text):
            x = next((x for x in self.cur if x.start == s.start + m.end()), None)
            if (
                x
                and _top(self.out.entities[x.key].cls) == "Organization"
                and re.match(r"\s+(?:were|was)\b", s.text[x.end - s.start :])
            ):
                body, after = x.key, x.end
        if body is None:
            return
        for x in people:
            if x.start > after and not self.has_role(x.key) and (titles := self.bare_title_after(toks, x.j)):
                self.fact(x.key, "represents", body, s, titles, conf=0.7)

    def title_in_who_clause(self, s: Sentence) -> None:
        """ "Ms. X of the APO Secretariat's Industry Department, who is the Program Officer in charge, ...": the title
        a relative clause gives to a role read without one."""
        toks = s.tokens
        for n, f in enumerate(self.out.facts):
            if f.sentence != self.sentence_index or f.relation != "represents" or f.titles:
                continue
            x = next((m for m in self.cur if m.key == f.subject), None)
            w = next((q for q in range(x.j, len(toks) - 3) if toks[q].text == "who"), None) if x else None
            if w is None or toks[w - 1].text != "," or toks[w + 1].text not in ("is", "was"):
                continue
            if any(_top(self.out.entities[m.key].cls) == "Person" for m in self.cur if x.j <= m.i < w):
                continue  # the clause is another person's
            k = w + 2 + (toks[w + 2].text in ("the", "a", "an"))
            e = self.open_title_end(toks, k)
            if e > k:
                self.out.facts[n] = replace(f, titles=_split_titles([t.bare for t in toks[k:e]], self.lex))

    def envoy(self, s: Sentence) -> None:
        """A head of mission written with the country sending them ("The Ambassador of Mongolia to the Republic of
        Korea, H.E. X", "Nepal's Ambassador to Thailand, Mr. X", "X, Consul-General of Thailand in Kunming",
        "Ambassador X"): kept until the item's missions are all known (:meth:`envoys_to_missions`)."""
        toks = s.tokens
        for x in self.cur:
            if _top(self.out.entities[x.key].cls) != "Person" or self.has_role(x.key):
                continue
            h = self.before_honorifics(toks, x.i)
            found = self.envoy_title(toks, h - (h > 0 and toks[h - 1].text == ","), before=True)
            if found is None and x.j + 1 < len(toks) and toks[x.j].text == ",":
                found = self.envoy_title(toks, x.j + 1, before=False)
            if found:
                self.envoys.append((x.key, *found, self.sentence_index))

    def envoy_title(self, toks: list[Token], at: int, before: bool) -> tuple[str, str | None, str, str] | None:
        """The envoy's title, sending country, post (the PLACE as written, or "") and the sender's demonym as
        written (or "") of "[C's|Demonym] TITLE [of [the] C] [to|in [the] PLACE]" ending at token ``at``
        (``before``) or starting there (after a name and a comma), else None."""
        lex = self.lex
        first = at + (at < len(toks) and toks[at].text == "the")
        # ("X, Australian High Commissioner to Fiji": the demonym of the sender before the title)
        starts = (
            range(max(0, at - 14), at) if before else [first + (first < len(toks) and toks[first].bare in lex.demonyms)]
        )
        for p in starts:
            title = next((t for t in lex.envoy_titles if _join(toks[p : p + len(t.split())]) == t), None)
            if title is None:
                continue
            q = p + len(title.split())
            sender, adjective = None, ""
            if p >= 2 and toks[p - 1].text in ("'s", "’s"):
                sender = self.country_ending_at(toks, max(0, p - 4), p - 1)
            elif p >= 1:
                sender = lex.demonyms.get(toks[p - 1].bare)  # "the Korean Ambassador"
                adjective = toks[p - 1].text if sender else ""
            if q < len(toks) and toks[q].text == "of":
                found = self.country_at(toks, q + 1, len(toks))
                if found is None:
                    continue  # "Ambassador of Goodwill"
                (sender, q), adjective = found, ""
            post = ""
            if q < len(toks) and toks[q].text in ("to", "in"):
                found = self.country_at(toks, q + 1, len(toks)) or self.city_at(toks, q + 1)
                if found is None and q + 1 < len(toks) and is_cap(toks[q + 1]):
                    # a city the gazetteer lacks ("Consul-General of Thailand in Kunming,"): one or two capitalised
                    # words that end the phrase
                    e = q + 2 + (q + 2 < len(toks) and is_cap(toks[q + 2]))
                    found = ("", e) if e >= len(toks) or toks[e].text in (",", ".", ";", ")") else None
                if found is None:
                    continue
                post = _join(toks[q + 1 : found[1]])  # as written ("the Republic of Korea")
                q = found[1]
            if (q == at) if before else (q >= len(toks) or toks[q].text in (",", ".", ";", ")")):
                return title, sender, post, adjective
        return None

    def country_ending_at(self, toks: list[Token], a: int, b: int) -> str | None:
        """The alpha-3 of the longest country name from token ``a`` on that ends at ``b`` ("Sri Lanka's")."""
        return next(
            (iso for c in range(a, b) if (iso := self.lex.countries.get(_join(toks[c:b]).removeprefix("the ")))),
            None,
        )

    def country_at(self, toks: list[Token], a: int, b: int) -> tuple[str, int] | None:
        """The longest country name from token ``a`` (after "the"), before ``b``: (alpha-3, end)."""
        a += a < b and toks[a].text == "the"
        for n in (5, 4, 3, 2, 1):
            if a + n <= b and (iso := self.lex.countries.get(_join(toks[a : a + n]))):
                return iso, a + n
        return None

    def city_at(self, toks: list[Token], a: int) -> tuple[str, int] | None:
        """A city named at token ``a``: (alpha-3, end)."""
        for n in (3, 2, 1):
            if a + n <= len(toks) and (iso := self.lex.city_country(_join(toks[a : a + n]))):
                return iso, a + n
        return None

    def mission_sender(self, label: str) -> str | None:
        """The country (alpha-3) whose diplomatic mission ``label`` names ("Embassy of Nepal in Bangkok", "Royal
        Thai Embassy", "Pakistan High Commission, Dhaka"), else None."""
        if label.startswith(_MISSIONS):
            whose = re.sub(r" in .*$", "", label.split(" of ", 1)[1])
            return self.lex.countries.get(whose.removeprefix("the "))
        m = _MISSION_OF.match(label)
        return (self.lex.demonyms.get(m.group(1)) or self.lex.countries.get(m.group(1))) if m else None

    def envoys_to_missions(self) -> None:
        """Each envoy represents the item's one mission of their country (or its one mission, when the country is
        not written: "Ambassador X said ...")."""
        missions = {
            k: self.mission_sender(e.label)
            for k, e in self.out.entities.items()
            if _top(e.cls) == "Organization" and is_mission(e.label)
        }
        for pkey, title, sender, post, adjective, si in self.envoys:
            if self.has_role(pkey):
                continue
            self.sentence_index = si
            found = [k for k, iso in missions.items() if sender is None or iso == sender]
            if len(found) == 1:
                self.fact(pkey, "represents", found[0], self.sents[si], (title,), conf=0.7)
            elif not found and sender and post:
                # "Australian High Commissioner to Fiji X", no mission named: the mission the title heads
                kind = next(v for k, v in _MISSION_KINDS if k in title)
                kind = kind.replace(" ", "-") if "Consul-" in title else kind
                country = self.out.entities[self.country_entity(sender, sender.upper())].label
                # named the way the title is written: "Australian High Commission in Fiji", "Embassy of Nepal in X"
                label = f"{adjective} {kind} in {post}" if adjective else f"{kind} of {_the(country)} in {post}"
                key = self.known(label) or self.entity("GovernmentAgency", label, self.sents[si].start)
                self.fact(pkey, "represents", key, self.sents[si], (title,), conf=0.6)

    def link_titled_people(self) -> None:
        """A person written with a title but no body, whom no other rule placed ("NEDA Chairman Mr. A and
        Director General Ms. B briefed ...", "Mr. C, Senior Trainer; ...", "President D showed ..." after a sentence
        about a firm): the body they speak "on behalf of"; else the nearest body named before them in their
        sentence (only the one right before "where" or "whose" when such a clause holds the title); else the one
        body of the sentence before in that paragraph (its first after "There ..."). Firm titles ("Owner", "CEO")
        take the firm among them; an intergovernmental body (the APO, which opens most sentences) only when no
        other is there or the title names it ("Secretary-General"). Called once, after the last sentence."""
        orphans = list(self.orphans)
        for si, ms in enumerate(self.out.by_sentence):  # "Mr. C, Senior Trainer; ..."
            for m in ms:
                if _top(self.out.entities[m.key].cls) != "Person" or self.has_role(m.key):
                    continue
                toks = self.sents[si].tokens
                if titles := self.bare_title_after(toks, m.j):
                    orphans.append((m.key, si, m.i, titles, True))
                elif low := self.lowercase_title_before(toks, m.i):  # "where director X ..."
                    orphans.append((m.key, si, low[0], low[1], False))
        for pkey, si, i, titles, after in orphans:
            if self.has_role(pkey) or _top(self.out.entities[pkey].cls) != "Person":
                continue
            s = self.sents[si]
            if (not after and not self.title_opens_phrase(s, i)) or titles[-1].endswith((" for", " of")):
                continue  # ("Director General for" is a title cut short: its remit was read as a name)
            toks = s.tokens
            bodies = [m for m in self.out.by_sentence[si] if m.j <= i and self.is_body(m.key, pkey)]
            clause = next((n for n in range(i - 1, 0, -1) if toks[n].text in ("whose", "where")), None)
            if clause is not None:  # "X Ltd., a parts maker ..., whose CEO Y": the body the clause is about
                end = clause - (toks[clause - 1].text == ",")
                ends = {end, end - 1, end - 3} if end > 3 and toks[end - 1].text == ")" else {end}  # "X (ABBR), where"
                bodies = [m for m in bodies if m.j in ends]
            behalf = _ON_BEHALF.search(s.text[toks[i].start - s.start :])
            on_behalf = [
                m
                for m in self.out.by_sentence[si]
                if behalf and m.start == toks[i].start + behalf.end() and self.is_body(m.key, pkey)
            ]
            if on_behalf:  # "Vice Chairman Dr. Y welcomed the participants on behalf of KPC"
                org = on_behalf[0].key
            elif bodies:
                org = self.likely_body([m.key for m in reversed(bodies)], titles)
            elif si > 0 and self.sents[si - 1].paragraph == s.paragraph and not _AT_SITE.match(s.text):
                # the sentence before: its one body that fits ("They toured X Ltd. ... President Y showed ...")
                firm = titles[-1] in self.lex.firm_titles
                fits = {
                    m.key
                    for m in self.out.by_sentence[si - 1]
                    if self.is_body(m.key, pkey)
                    and (self.out.entities[m.key].cls == "Firm" if firm else not self.intergovernmental(m.key, titles))
                }
                first = next((m.key for m in self.out.by_sentence[si - 1] if m.key in fits), None)
                # "There X, Senior Advisor, briefed ...": the body the sentence before went to, named first
                org = fits.pop() if len(fits) == 1 else first if toks[0].text == "There" else None
            else:
                org = None
            if org:
                self.sentence_index = si
                self.fact(pkey, "represents", org, s, titles, conf=0.6)

    def lowercase_title_before(self, toks: list[Token], a: int) -> tuple[int, tuple[str, ...]] | None:
        """A lower-case title before the name at token ``a`` that opens its sentence or follows "its", "where",
        "whose" or a comma ("where director Do Van Toan", "its managing director, Mr. Y"): where it starts and the
        title, else None."""
        h = self.before_honorifics(toks, a)
        h -= h > 0 and toks[h - 1].text == ","
        t = h
        while t > 0 and h - t < 4 and toks[t - 1].text.islower() and _cap(toks[t - 1].text) in self.title_tokens:
            t -= 1
        if t == h or _cap(toks[h - 1].text) not in self.lex.title_heads:
            return None
        if t > 0 and toks[t - 1].text not in ("its", "Its", "where", "whose", ","):
            return None  # not "The MPO team and consultant Ms. X": whose consultant is not said
        return t, (" ".join(_cap(x.text) for x in toks[t:h]),)

    def is_body(self, key: str, pkey: str) -> bool:
        return key != pkey and _top(self.out.entities[key].cls) == "Organization"

    def intergovernmental(self, key: str, titles: tuple[str, ...]) -> bool:
        """An intergovernmental body that the title does not name ("Secretary-General" names one)."""
        cls = self.out.entities[key].cls
        return cls == "IntergovernmentalOrganization" and self.lex.bare_title_bodies.get(titles[-1]) != cls

    def likely_body(self, bodies: list[str], titles: tuple[str, ...]) -> str | None:
        """The first of ``bodies`` the titles fit best: a firm for a firm's title ("CEO"), else the first that is
        not an intergovernmental body the title does not name, else the first."""
        if titles[-1] in self.lex.firm_titles:
            firm = next((k for k in bodies if self.out.entities[k].cls == "Firm"), None)
            if firm:
                return firm
        return min(bodies, key=lambda k: self.intergovernmental(k, titles), default=None)

    def title_opens_phrase(self, s: Sentence, i: int) -> bool:
        """The title at token ``i`` opens its phrase (after a comma, a lower-case word or nothing) and no capitalised
        acronym runs into the name ("President SCCI Khawaja ...", a body the name finder did not read)."""
        toks = s.tokens
        if (
            i > 0
            and not (toks[i - 1].text.isalpha() and toks[i - 1].text.islower())
            and toks[i - 1].text not in ",;:(–—"
        ):
            return False
        e = i
        while e < len(toks) and is_cap(toks[e]):
            e += 1
        written = [s.text[t.start - s.start : t.end - s.start] for t in toks[i:e]]
        return not any(
            w.isupper() and len(w) > 1 and t.bare not in self.title_tokens
            for w, t in zip(written, toks[i:e], strict=True)
        )
