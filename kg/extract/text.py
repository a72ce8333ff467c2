"""Tokens, sentences and capitalised chunks of cleaned article text, with character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import lexicon

__all__ = ["Sentence", "Token", "chunks", "is_cap", "sentences", "split_at"]

# a word ("University–Industry" keeps its en dash between letters), Malaysian "Dato'", a possessive, a mark
_TOKEN = re.compile(
    r"Dato['’]|[^\W_](?:[\w&\-]|(?<=[A-Za-z])–(?=[A-Za-z])|['’](?=[^\W_]{2,})|\.(?=[^\W_]))*\.?|['’]s\b|\S"
)


@dataclass(frozen=True)
class Token:
    """One word or punctuation mark; ``start``/``end`` index the cleaned text."""

    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        return self.text.rstrip(".")


@dataclass
class Sentence:
    """A sentence of paragraph ``paragraph`` (from 1) with its tokens."""

    paragraph: int
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)


def is_cap(tok: Token | str) -> bool:
    """True for a word that starts with a capital letter (or a digit-led model name such as ``4.0``)."""
    t = tok.text if isinstance(tok, Token) else tok
    if t.endswith(("-based", "-run", "-owned", "-funded", "-led", "-member", "-day")):
        return False
    if re.match(r"[a-z]{1,2}-[A-Z]", t):  # "e-Learning", "m-Commerce" written as part of a name
        return True
    return bool(t) and (t[0].isupper() or (t[0].isdigit() and any(c.isalpha() for c in t)))


def _tokens(text: str, offset: int, bodies: frozenset[str] = frozenset()) -> list[Token]:
    lex = lexicon()
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        t, s, e = m.group(0), m.start() + offset, m.end() + offset
        if len(t) > 1 and t.endswith(".") and "." not in t[:-1]:
            base = t[:-1]
            if not (base in lex.abbreviations or (len(base) == 1 and base.isupper())):
                out.append(Token(base, s, e - 1))
                out.append(Token(".", e - 1, e))
                continue
        if (  # "the Philippines' Department of Trade and Industry": the country's possessive (not "University of
            # the Philippines' school", the university's)
            t in ("'", "’")
            and out
            and out[-1].text.endswith("s")
            and out[-1].text in lex.countries
            and "of" not in (x.text for x in out[-3:-1])
        ):
            t = "'s"
        out.append(Token(t, s, e))
    out = _without_asides(out, lex)
    # "Deputy Director General of STAMEQ cum APO Alternate Director": two posts joined as by "and"
    for k in range(1, len(out) - 1):
        if out[k].text == "cum" and out[k - 1].text[:1].isupper() and out[k + 1].text[:1].isupper():
            out[k] = Token("and", out[k].start, out[k].end)
    return _family_names_recased(out, bodies)


def _without_asides(toks: list[Token], lex: object) -> list[Token]:
    """The tokens without what a name carries that is neither name nor title: a degree after a comma ("Dr. X,
    PhD, Deputy Director General") and a courtesy in brackets after an honorific ("Dr. (Mrs.) Nirmala X")."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        nxt = toks[k + 2].text if k + 2 < len(toks) else "."
        if t.text == "," and k + 1 < len(toks) and toks[k + 1].text in lex.degrees and nxt in (",", ";", ".", ")"):
            k += 2
            continue
        if (
            t.text == "("
            and k + 2 < len(toks)
            and toks[k + 2].text == ")"
            and toks[k + 1].text in ("Mrs.", "Ms.", "Mr.", "Miss", "Mrs", "Ms", "Mr")
            and out
            and out[-1].text in lex.honorifics
        ):
            k += 3
            continue
        out.append(t)
        k += 1
    return out


_GIVEN = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?")


def _family_names_recased(toks: list[Token], bodies: frozenset[str] = frozenset()) -> list[Token]:
    """A family name written first in capitals ("Mr. OKADA Yoshinori", "President LEE Seung-hoon", "KIM
    Min-jun") is read as a name ("Okada"): after an honorific or a title, or before a hyphenated given name.
    Offsets stay those of the text; only the token's spelling changes. ``bodies`` are the item's acronyms of
    bodies ("(SMEDA)", "the SCCI"): those stay as written ("Chief Executive Officer SMEDA Farhan Aziz Malik").

    >>> [t.text for t in _family_names_recased(_tokens("Mr. OKADA Yoshinori met KPC Chairman KIM Min-jun", 0))]
    ['Mr.', 'Okada', 'Yoshinori', 'met', 'KPC', 'Chairman', 'Kim', 'Min-jun']
    >>> [t.text for t in _family_names_recased(_tokens("the ASEAN Small-scale Industries Forum", 0))][1]
    'ASEAN'
    """
    lex = lexicon()
    out = list(toks)
    for i in range(len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        if not (len(t.text) > 1 and t.text.isalpha() and t.text.isupper()) or not _GIVEN.fullmatch(nxt.text):
            continue
        if nxt.text in lex.title_heads or nxt.text in lex.org_heads or nxt.text in lex.title_modifiers:
            continue  # "KPC Chairman", "JPC Consulting Division": an acronym before a title or a body
        if t.text in lex.honorifics or t.text in bodies:
            continue  # "Deputy Minister YB Tuan X": the Malaysian "YB" is an honorific, not a family name
        prev = toks[i - 1].text if i else ""
        # (a hyphenated given name ends the name: not "ASEAN Small-scale Industries")
        ends = i + 2 >= len(toks) or not is_cap(toks[i + 2])
        if prev in lex.honorifics or prev in lex.title_heads or ("-" in nxt.text and ends):
            out[i] = Token(t.text.capitalize(), t.start, t.end)
    return out


def sentences(paragraphs: list[str], offsets: list[int]) -> list[Sentence]:
    """Split paragraphs into sentences at ``.``, ``!``, ``?`` or ``;`` list breaks followed by a capital.

    Examples
    --------
    >>> [s.text for s in sentences(["Dr. Kim Lee spoke. The APO (Asian) met D. CAMP staff."], [0])]
    ['Dr. Kim Lee spoke.', 'The APO (Asian) met D. CAMP staff.']
    """
    out: list[Sentence] = []
    # acronyms the item writes as bodies ("(SMEDA)", "the SCCI"), never as a family name in capitals
    text = "\n".join(paragraphs)
    bodies = frozenset(re.findall(r"\(([A-Z][A-Z&-]{1,9})\)", text) + re.findall(r"\bthe ([A-Z][A-Z&-]{1,9})\b", text))
    for n, (para, off) in enumerate(zip(paragraphs, offsets, strict=True), start=1):
        toks = _tokens(para, off, bodies)
        cur: list[Token] = []
        for i, t in enumerate(toks):
            cur.append(t)
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (t.text in ".!?" and (nxt is None or is_cap(nxt) or nxt.text in '"“')) or _ends_after_suffix(toks, i):
                out.append(_sentence(n, para, off, cur))
                cur = []
        if cur:
            out.append(_sentence(n, para, off, cur))
    return out


def split_at(toks: list[Token], i: int, j: int, words: tuple[str, ...] = ("and",)) -> list[tuple[int, int]]:
    """The parts of tokens ``i``..``j`` between the separator ``words`` inside it ("A and B", "A, B and C").

    >>> toks = _tokens("Kim Min-jung, Lee Sang-woo and Park Ji-hoon", 0)
    >>> split_at(toks, 0, len(toks), ("and", ","))
    [(0, 2), (3, 5), (6, 8)]
    """
    out, a = [], i
    for k in range(i + 1, j - 1):
        if toks[k].text in words:
            out.append((a, k))
            a = k + 1
    return [(x, y) for x, y in [*out, (a, j)] if y > x]


def _ends_after_suffix(toks: list[Token], i: int) -> bool:
    """ "... ShipNest Pte Ltd. Cheung explained ...": a company suffix also ends its sentence."""
    ends = lexicon().legal_forms_ending_a_sentence
    if toks[i].text not in ends or i + 2 >= len(toks):
        return False
    nxt, after = toks[i + 1], toks[i + 2]
    # "... Co., Ltd. The APO ..", "... Co., Ltd. Dr. Lim covered ..."
    starts = after.text[:1].islower() or nxt.text in lexicon().starters or nxt.text in lexicon().honorifics
    starts = starts or after.text == ","  # "... Kedai Awan Sdn Bhd. Choi, a research fellow at KIET, ..."
    # (not "SME Corp. Malaysia chief executive ...": a country closes the name)
    return is_cap(nxt) and nxt.text.rstrip(".") + "." not in ends and starts and nxt.text not in lexicon().countries


def _sentence(n: int, para: str, off: int, toks: list[Token]) -> Sentence:
    s, e = toks[0].start, toks[-1].end
    return Sentence(n, s, e, para[s - off : e - off], toks)


def chunks(toks: list[Token]) -> list[tuple[int, int]]:
    """Runs ``[i, j)`` of capitalised words, with connectors (of, and, the...) inside, as token index pairs.

    Lists in ``Ministry of Industry, Commerce and Supplies`` stay one chunk; so
    do ``Sakura Denki Co., Ltd.``, ``Farmers' Association`` and ``Centre for Women's Enterprise``.
    """
    lex = lexicon()
    out: list[tuple[int, int]] = []
    n, i = len(toks), 0
    while i < n:
        if not is_cap(toks[i]) or toks[i].text[0].isdigit():
            i += 1
            continue
        j = i + 1
        while j < n:
            t = toks[j]
            if is_cap(t) or (t.text[0].isdigit() and j > i and _numberish(t.text)):
                j += 1
                continue
            connector = t.text in lex.connectors or (t.text == "on" and toks[j - 1].bare in lex.on_heads)
            if connector and j + 1 < n and (is_cap(toks[j + 1]) or toks[j + 1].text in lex.connectors):
                k = j + 1
                while k < n and toks[k].text in lex.connectors:
                    k += 1
                if k < n and is_cap(toks[k]):
                    j = k
                    continue
                break
            if (
                (
                    (  # "Farmers' Association"; not "Pintu Labs' Chief Executive Officer": a title follows
                        t.text in ("'", "’")
                        and toks[j - 1].text.endswith("s")
                        and not (j + 1 < n and toks[j + 1].text in lex.title_heads | lex.title_modifiers)
                    )
                    or (t.text in ("'s", "’s") and toks[j - 1].text in lex.possessive_nouns)
                    or (  # "King Mongkut's University of Technology"; not "Sri Lanka's University of X"
                        t.text in ("'s", "’s")
                        and not toks[j - 1].text.isupper()
                        and not any(
                            " ".join(x.text for x in toks[max(i, j - m) : j]) in lex.countries
                            or " ".join(x.text for x in toks[max(i, j - m) : j]) in lex.cities
                            for m in (1, 2)
                        )
                        and j + 1 < n
                        and toks[j + 1].text in lex.possessive_name_heads
                    )
                )
                and j + 1 < n
                and is_cap(toks[j + 1])
            ):
                j += 1
                continue
            if t.text == "," and j + 1 < n and toks[j + 1].text in lex.legal_forms and toks[j + 1].text != "Co":
                j += 1
                continue
            if (  # "Kelani Packaging (Pvt) Ltd", "(Private) Limited", "Mega Plastik (M) Sdn. Bhd.", "(SMC-Pvt.) Ltd.":
                # a firm's legal form or country letter in brackets
                t.text == "("
                and j + 3 < n
                and toks[j + 1].text.rstrip(".") in ("Pvt", "Private", "Pte", "Sdn", "M", "SMC-Pvt", "SMC-Private")
                and toks[j + 2].text == ")"
                and toks[j + 3].text.rstrip(".") in ("Ltd", "Limited", "Bhd", "Sdn")
            ):
                j += 4
                continue
            if t.text == "," and _in_list_name(toks, i, j):
                j += 1
                continue
            break
        # a run longer than any name (a menu line, a title-case banner) is read in pieces: the name finder
        # tries the sub-runs of a run, which grows with the cube of its length
        out.extend((a, min(a + _MAX_RUN, j)) for a in range(i, j, _MAX_RUN))
        i = j
    return out


_MAX_RUN = 40  # the longest names in the evaluation sets are about 22 tokens


def _numberish(t: str) -> bool:
    return bool(re.fullmatch(r"\d{4}|\d+(\.\d+)?", t))


def _in_list_name(toks: list[Token], i: int, j: int) -> bool:
    """``Ministry of A, B and C``: a comma inside an of-name that closes with ``and`` + capital."""
    words = [t.text for t in toks[i:j]]
    if "of" not in words and "for" not in words:
        return False
    cut = words.index("of") if "of" in words else words.index("for")
    head = words[cut - 1] if cut > 0 else ""  # "Isfahan Chamber of Commerce, Industries, Mines and Agriculture"
    lex = lexicon()
    # "(workshop on) Productivity Enhancement of Micro, Small and Medium Enterprises": a program's topic
    program = any(w in lex.program_heads for w in words[:cut]) or (
        i >= 2 and toks[i - 1].text in ("on", "for") and toks[i - 2].text.capitalize() in lex.program_heads
    )
    if (
        words[0] not in lex.org_starts
        and not {h.split()[-1] for h in lex.ministry_heads} & set(words)
        and head not in lex.org_heads
        and not program
    ):
        return False
    k = j + 1
    while k < len(toks):
        t = toks[k].text
        if t == "and":  # not "Minister of Trade, and Tran Thi Lan, ...": the list has an item before "and"
            return k > j + 1 and k + 1 < len(toks) and is_cap(toks[k + 1])
        if not (is_cap(toks[k]) or t == ","):
            return False
        k += 1
    return False
