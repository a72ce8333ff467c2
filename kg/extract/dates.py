"""Dates, date ranges and counts as news items write them ("10–14 September 2018", "Eighteen journalists")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .lexicon import lexicon

__all__ = ["dateline_end", "find_count", "find_country_count", "find_date_range", "parse_date", "word_number"]

_MONTHS = {
    m: n
    for n, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_M = r"(?P<{}>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
_D = r"(?P<{}>\d{{1,2}})(?:st|nd|rd|th)?"  # "9th"
_OF = r"\s+(?:of\s+)?"  # "the 9th of February 2024"
_Y = r"(?P<{}>\d{{4}})"
_DASH = r"\s*(?:[–—-]|to|and|until|till)\s*"
_RANGES = [
    # 10–14 September 2018 / from 7 to 10 June / on 26 and 27 September 2023
    re.compile(rf"{_D.format('d1')}{_DASH}{_D.format('d2')}{_OF}{_M.format('m2')}(?:,?\s+{_Y.format('y2')})?"),
    # 28 February–3 March 2019 / from 1 March to 30 April 2021
    re.compile(
        rf"{_D.format('d1')}{_OF}{_M.format('m1')}(?:\s+{_Y.format('y1')})?{_DASH}"
        rf"{_D.format('d2')}{_OF}{_M.format('m2')}(?:,?\s+{_Y.format('y2')})?"
    ),
    # October 23-27, 2023
    re.compile(rf"{_M.format('m2')}\s+{_D.format('d1')}{_DASH}{_D.format('d2')}(?:,\s*{_Y.format('y2')})?"),
    # October 30–November 2, 2023
    re.compile(
        rf"{_M.format('m1')}\s+{_D.format('d1')}{_DASH}{_M.format('m2')}\s+{_D.format('d2')}(?:,\s*{_Y.format('y2')})?"
    ),
    # single days: 8 September 2022 / September 8, 2022
    re.compile(rf"\b{_D.format('d2')}{_OF}{_M.format('m2')}(?:,?\s+{_Y.format('y2')})?"),
    re.compile(rf"{_M.format('m2')}\s+{_D.format('d2')}(?:,\s*{_Y.format('y2')})?\b"),
]


def parse_date(text: str) -> date | None:
    """A publication date as written ("25 Sep 2018", "September 25, 2018", "2018-09-25").

    >>> parse_date("25 Sep 2018"), parse_date("2023.11.02"), parse_date("09.12.2019"), parse_date("25th March 2025")
    (datetime.date(2018, 9, 25), datetime.date(2023, 11, 2), datetime.date(2019, 12, 9), datetime.date(2025, 3, 25))
    """
    text = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", text.strip())  # "25th March 2025"
    text = re.sub(r"^(\d{4})[./](\d{2})[./](\d{2})$", r"\1-\2-\3", text)  # "2023.11.02" on Korean news pages
    # "09.12.2019": dots with the year last are day first (South and Southeast Asian, European pages)
    text = re.sub(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", lambda m: f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}", text)
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    m = re.match(r"(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})", text) or re.match(
        r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})", text
    )
    if not m:
        return None
    a, b, y = m.groups()
    day, mon = (a, b) if a.isdigit() else (b, a)
    month = _MONTHS.get(mon.lower()[:4].rstrip(".")) or _MONTHS.get(mon.lower()[:3])
    try:
        return date(int(y), month, int(day)) if month else None
    except ValueError:
        return None


def _month(name: str) -> int | None:
    n = name.lower().rstrip(".")
    return _MONTHS.get(n) or _MONTHS.get(n[:3])


_DATELINE = re.compile(
    r"\s*[A-Z][A-Za-z'’ .,-]{1,40}?[,(]\s*"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?(?:,?\s+\d{4})?|[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?)"  # the year may be left out
    r"\)?\s*(?:\([A-Za-z ]+\)\s*)?[–—-]+\s*"
)


def dateline_end(text: str) -> int:
    """Where a dateline ("TAIPEI, 13 May 2025 –") ends, or 0: its date is the filing date, not the event's.

    >>> dateline_end("TAIPEI, 13 May 2025 – The forum closed."), dateline_end("On Monday, 13 May 2025 – x")
    (22, 0)
    >>> dateline_end("COLOMBO, Oct 25 — A delegation has returned.")  # a newspaper's, without the year
    18
    """
    m = _DATELINE.match(text)
    return m.end() if m and not m.group(0).lstrip().lower().startswith(("on ", "from ")) else 0


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# an event verb, then a day named relative to the publication date ("opened the course on Monday", "the
# summit, which ended in Suva yesterday"); not "officials said on Tuesday"
_RELATIVE = re.compile(
    r"\b(?:opened|launched|inaugurated|began|started|kicked off|held|ended|closed|concluded|took place|unveiled)\b"
    rf"[^.;:\"“”]{{0,60}}?\b(yesterday|today|(?:on|last) (?:{'|'.join(_WEEKDAYS)}))\b",
    re.IGNORECASE,
)


def find_relative_days(text: str, published: date | None) -> list[tuple[date, int, int]]:
    """The days event verbs name relative to the publication date: [(day, span start, span end)].

    >>> [d for d, _, _ in find_relative_days("It opened on Monday.", date(2022, 10, 21))]
    [datetime.date(2022, 10, 17)]
    >>> [d for d, _, _ in find_relative_days("The summit ended yesterday; it opened on Thursday.", date(2019, 8, 10))]
    [datetime.date(2019, 8, 9), datetime.date(2019, 8, 8)]
    >>> find_relative_days("Officials said on Tuesday that it grew.", date(2019, 8, 10))
    []
    """
    out = []
    for m in _RELATIVE.finditer(text) if published else ():
        word = m.group(1).lower().split()[-1]
        if word in ("yesterday", "today"):
            day = published - timedelta(days=word == "yesterday")
        else:  # the last such weekday on or before the publication date
            day = published - timedelta(days=(published.weekday() - _WEEKDAYS.index(word)) % 7)
        out.append((day, m.start(1), m.end(1)))
    return out


def find_date_range(text: str, published: date | None) -> tuple[date, date, int, int] | None:
    """The first date or date range in ``text``: (start, end, span start, span end).

    A missing year comes from the publication date (the year before, if that
    would put the event after publication).

    Examples
    --------
    >>> find_date_range("in Seoul, 10–14 September 2018.", None)[:2]
    (datetime.date(2018, 9, 10), datetime.date(2018, 9, 14))
    >>> find_date_range("from 8 to 19 June.", date(2019, 7, 10))[:2]
    (datetime.date(2019, 6, 8), datetime.date(2019, 6, 19))
    >>> find_date_range("November 12-13, 2019", None)[:2]
    (datetime.date(2019, 11, 12), datetime.date(2019, 11, 13))
    >>> find_date_range("on the 9th of February 2024.", None)[:2]
    (datetime.date(2024, 2, 9), datetime.date(2024, 2, 9))
    """
    best = None
    for pat in _RANGES:
        for m in pat.finditer(text):
            if best is None or m.start() < best.start() or (m.start() == best.start() and m.end() > best.end()):
                best = m
            break
    if best is None:
        return None
    g = best.groupdict()
    m2 = _month(g["m2"])
    m1 = _month(g["m1"]) if g.get("m1") else m2
    if not m1 or not m2:
        return None
    d2 = int(g["d2"])
    d1 = int(g["d1"]) if g.get("d1") else d2
    y2 = int(g["y2"]) if g.get("y2") else None
    y1 = int(g["y1"]) if g.get("y1") else None
    if y2 is None:
        if published is None:
            return None
        y2 = published.year
        try:
            if date(y2, m2, d2) > published:
                y2 -= 1
        except ValueError:
            return None
    y1 = y1 or (y2 - 1 if m1 > m2 else y2)
    try:
        return date(y1, m1, d1), date(y2, m2, d2), best.start(), best.end()
    except ValueError:
        return None


def word_number(text: str) -> int | None:
    """Digits ("1,250") or number words ("Twenty-one", "eighteen") as an int.

    >>> word_number("Twenty-one"), word_number("1,250"), word_number("a hundred")
    (21, 1250, None)
    """
    t = text.lower().replace(",", "")
    if t.isdigit():
        return int(t)
    lex = lexicon()
    total = 0
    for part in re.split(r"[\s-]+", t):
        if part in lex.units:
            total += lex.units[part]
        elif part in lex.tens:
            total += lex.tens[part]
        elif part in lex.scales and total:
            total *= lex.scales[part]
        else:
            return None
    return total or None


def _num_re() -> str:
    lex = lexicon()
    words = sorted([*lex.units, *lex.tens], key=len, reverse=True)
    w = "|".join(words)
    return rf"(?P<n>\d[\d,]*|(?:{w})(?:[\s-](?:{w}))?)"


def find_count(text: str) -> tuple[int, int, int] | None:
    """First participant count in a sentence: (value, start, end); approximate numbers are skipped.

    >>> find_count("Eighteen journalists from five countries attended.")[0]
    18
    >>> find_count("More than 200 applications and 12 participants") [0]
    12
    >>> find_count("Two experts led the sessions") is None
    True
    """
    lex = lexicon()
    listed = lex.participant_nouns + (lex.participant_nouns_if if lex.taking_part.search(text) else ())
    nouns = "|".join(re.escape(n) for n in sorted(listed, key=len, reverse=True))
    approx = "|".join(re.escape(a) for a in lex.approximate)
    pat = re.compile(rf"(?<![\w-]){_num_re()}(?:[\s-]member)?\s+(?:[a-z]+\s+)?(?:{nouns})\b", re.IGNORECASE)
    for m in pat.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if re.search(rf"(?:{approx})\s*$", before):
            continue
        raw = m.group("n")
        v = word_number(raw)
        if v is not None and not (1900 <= v <= 2100 and raw.isdigit()):
            return v, m.start(), m.end()
    return None


def find_country_count(text: str) -> tuple[int, int, int] | None:
    """How many countries the participants came from: "from 12 APO member countries".

    >>> find_country_count("15 participants from 12 APO member countries")[0]
    12
    """
    lex = lexicon()
    nouns = "|".join(re.escape(n) for n in lex.country_nouns)
    m = re.search(rf"\bfrom\s+{_num_re()}\s+(?:{nouns})\b", text, re.IGNORECASE)
    if not m:
        return None
    v = word_number(m.group("n"))
    return (v, m.start(), m.end()) if v else None
