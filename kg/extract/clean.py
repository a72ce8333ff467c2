"""Read a news item (.txt, .md, .html or bytes) into clean paragraphs.

The cleaned text is the body paragraphs joined by blank lines; every
evidence span (``start``, ``end``) of a draft indexes into it, and paragraph
numbers count its paragraphs from 1 (the standfirst under the date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from ..errors import KgError
from .dates import parse_date
from .lexicon import lexicon

__all__ = ["MAX_BYTES", "Article", "BadInput", "clean_article", "read_article"]

MAX_BYTES = 5 * 1024 * 1024
_DATE_LINE = re.compile(
    r"^\W*(?:(?:published|posted|dated?|updated)(?:\s+on)?\s*:?\s*)?\W*"
    # "Himalayan Commerce Times | Thursday, ..", "Press Release | High Commission of India, Colombo | 19 July 2023"
    r"(?:(?-i:[A-Z][\w&.'’-]*(?:,? (?:(?:of|the|and|for) )*[A-Z&][\w&.'’-]*){0,6})\s+[|·•]\s+){0,3}"
    r"(?:(?-i:[A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]*){0,3}),\s*)?"  # "Islamabad, 10 April 2025" on its own line
    r"(?:by\s+(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})\s+[-–—|]\s+)?"  # a byline: "By Farah Ismail - "
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{4}[-./]\d{2}[-./]\d{2}|\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?:\s*@?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?[^\w.]*"  # the time it was posted: "@ 11:32am", "12:05 am"
    r"(?:(?:[|·•]|\bby\b)[^.!?]{0,80})?$",  # "· Corporate Communications Unit", "by NPC Communications"
    re.IGNORECASE,
)


def _date_line(line: str) -> str:
    """The date of a date line, as written, else "" (what :func:`~kg.extract.dates.parse_date` cannot read,
    such as "12.31.2024" where dotted dates are day first, is no date)."""
    d = _DATE_LINE.match(line)
    return d.group(1) if d and parse_date(d.group(1)) is not None else ""


class BadInput(KgError):
    """The article cannot be read as text (empty, binary, too large, not UTF-8): exit 1."""

    exit_code = 1


@dataclass
class Article:
    """A cleaned news item: metadata lines and numbered body paragraphs."""

    title: str = ""
    date: str = ""  # as written, e.g. "25 Sep 2018"
    paragraphs: list[str] = field(default_factory=list)
    photo_credit: str = ""
    name: str = ""  # file stem, used for the default source id

    @property
    def text(self) -> str:
        """The cleaned body: paragraphs joined by blank lines (evidence offsets index into this)."""
        return "\n\n".join(self.paragraphs)

    def offsets(self) -> list[int]:
        """Start offset of each paragraph in :attr:`text`."""
        out, pos = [], 0
        for p in self.paragraphs:
            out.append(pos)
            pos += len(p) + 2
        return out


class _HTMLText(HTMLParser):
    """Block-level text of an HTML page without scripts, navigation, headers, footers and sidebars."""

    SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "button", "svg"})
    BLOCK = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "article", "ul"})
    SKIP_CLASS = re.compile(r"share|sidebar|breadcrumb|menu|widget|social|related|comment|cookie", re.I)

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.stack: list[tuple[str, bool]] = []
        self.lines: list[str] = [""]
        self.h1 = ""
        self.title = ""
        self._in_h1 = self._in_title = False
        self.header = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        cls = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        skipping = tag in self.SKIP or bool(cls and self.SKIP_CLASS.search(cls))
        if tag not in ("br", "img", "meta", "link", "input", "hr"):
            self.stack.append((tag, skipping))
            if skipping:
                self.skip += 1
        if tag in self.BLOCK:
            self.lines.append("")
        if tag in ("td", "th") and not self.skip:
            # a table row is written as the Markdown row it would be ("| Dr. X | Director | NPC |"); a
            # header row ("| Name | Position |") gets the separator row under it
            self.lines[-1] += " | "
            self.header = tag == "th" if self.lines[-1].strip() == "|" else self.header and tag == "th"
        self._in_h1 = self._in_h1 or (tag == "h1" and not self.skip)
        self._in_title = self._in_title or tag == "title"

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            t, skipping = self.stack.pop()
            if skipping:
                self.skip -= 1
            if t == tag:
                break
        if tag == "tr" and self.lines[-1].lstrip().startswith("|"):
            self.lines[-1] += " |"
            if self.header:
                self.lines += ["", "|---|"]
        if tag in self.BLOCK:
            self.lines.append("")
        if tag == "h1":
            self._in_h1 = False
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self.skip:
            return
        if self._in_h1:
            self.h1 += data
        self.lines[-1] += data


def _html_lines(raw: str) -> tuple[list[str], str]:
    p = _HTMLText()
    p.feed(raw)
    p.close()
    title = " ".join(p.h1.split())
    if not title:
        title = " ".join(p.title.split())
        for suffix in lexicon().title_suffixes:
            title = title.removesuffix(suffix)
    return [" ".join(line.split()) for line in p.lines], title


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARK = re.compile(r"(\*\*|__|\*|`)")


def _md_line(line: str) -> str:
    # a short section heading introduces what is under it ("## Site visits" reads as "Site visits:")
    line = re.sub(r"^\s{0,3}#{2,6}\s+([^.:!?]{1,40})$", r"\1:", line)
    line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
    line = re.sub(r"^\s*[-*+]\s+", "", line)
    line = _MD_LINK.sub(lambda m: "" if m.group(0).startswith("!") else m.group(1), line)
    return _MD_MARK.sub("", line)


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise BadInput(f"{name}: the file is empty; give a news item as .txt, .md or .html")
    if len(data) > MAX_BYTES:
        raise BadInput(f"{name}: the file is {len(data) / 1e6:.1f} MB, over the 5 MB limit for one news item")
    if b"\x00" in data[:8192]:
        raise BadInput(f"{name}: this looks like a binary file, not text; save the article as .txt, .md or .html")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise BadInput(f"{name}: not UTF-8 text ({e.reason} at byte {e.start}); re-save the file as UTF-8") from None
    if sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f") > 8:
        raise BadInput(f"{name}: this looks like a binary file, not text; save the article as .txt, .md or .html")
    return text


def read_article(source: Path | str | bytes, name: str = "") -> Article:
    """Read and clean one news item; raise :class:`BadInput` for unusable input.

    Parameters
    ----------
    source
        A path, or the raw bytes (then ``name`` labels messages; ``.html``/``.md`` in it selects the format).

    Examples
    --------
    >>> raw = b"Translate \\xc2\\xbb\\n\\nA title\\n\\n25 Sep 2018\\n\\nFirst paragraph.\\n\\nPhotos: KPC\\n"
    >>> a = read_article(raw, "x.txt")
    >>> (a.title, a.date, a.paragraphs, a.photo_credit)
    ('A title', '25 Sep 2018', ['First paragraph.'], 'KPC')
    """
    if isinstance(source, bytes):
        data, name = source, name or "<stdin>"
    else:
        path = Path(source)
        name = name or str(path)
        try:
            if path.stat().st_size > MAX_BYTES:
                raise BadInput(f"{name}: the file is {path.stat().st_size / 1e6:.1f} MB, over the 5 MB limit")
            data = path.read_bytes()
        except OSError as e:
            raise BadInput(f"{name}: cannot read the file ({e.strerror})") from None
    text = _decode(data, name)
    kind = Path(name).suffix.lower()
    if kind not in (".html", ".htm", ".md", ".txt") and re.search(r"<(html|body|p|div)\b", text[:4000], re.I):
        kind = ".html"
    return clean_article(text, kind, Path(name).stem)


def clean_article(text: str, kind: str = ".txt", name: str = "") -> Article:
    """Clean decoded text of one news item (``kind`` is ``.txt``, ``.md`` or ``.html``)."""
    lex = lexicon()
    title = ""
    if kind in (".html", ".htm"):
        lines, title = _html_lines(text)
    else:
        lines = [(_md_line(x) if kind == ".md" else x) for x in text.splitlines()]
        lines = [" ".join(unescape(x).split()) for x in lines]
    lines = _table_rows(lines)
    art = Article(name=name)
    body: list[str] = []
    crumb = ""  # the last part of a breadcrumb ("Media Center » Press Releases » HEADLINE")
    for line in lines:
        if not line:
            continue
        if crumb and line == crumb:
            # the headline under its breadcrumb: what came before it was the site's banner and menus
            title, crumb = line, ""
            body.clear()
            continue
        if "»" in line or "›" in line:
            # (not "Translate »", which ends in the mark and names no page)
            crumb = re.split(r"[»›]", line)[-1].strip() or crumb
        if body and lex.stop_line.fullmatch(line):
            break  # "Related posts": the rest is the page's list of other news
        if lex.drop_line.fullmatch(line):
            continue
        m = lex.photo_credit.fullmatch(line)
        if m:
            art.photo_credit = m.group(1).strip(" .")
            continue
        if not art.date and len(line) <= 200:  # a date line is short (and the pattern backtracks on long ones)
            d = _date_line(line)
            if d:
                art.date = d
                continue
        # a site's banner before the headline: "KEMNAKER | ...", "NPO (NPO) – Ministry of Industries", or a
        # short name without a lower-case word ("Korea Productivity Center") when a headline-like line follows
        banner = (
            " | " in title
            or " › " in title  # a breadcrumb ("Ministry of X › Media Centre › News")
            or re.search(r"\)\s+[–—-]\s+[A-Z]", title)
            or (not re.search(r"\b[a-z]", title) and 2 <= len(title.split()) <= 5 and re.search(r"\b[a-z]{3,}", line))
        )
        if not title or (banner and not body and not line.endswith(".") and len(line) <= 160):
            title = line  # "KEMNAKER | Ministry of ..." is the site's banner when a headline follows it
            continue
        if line == title and not body:
            continue  # the headline repeated under a breadcrumb
        if crumb and re.search(r"[.!?]$", line) and len(line.split()) >= 8:
            crumb = ""  # the story has begun: a later "News" heading is the sidebar's, not the headline
        body.append(line)
    if title and not art.date and body and _date_line(body[0]):
        art.date = _date_line(body.pop(0))
    art.title = title
    art.paragraphs = _join_lists(body)
    return art


_TABLE_ROW = re.compile(r"\|(.*)\|")
_TABLE_RULE = re.compile(r"[\s|:-]*-[\s|:-]*")


def _table_rows(lines: list[str]) -> list[str]:
    """Table rows as list lines: cells joined by commas, the header row (the one above the ``|---|`` rule)
    and the rule dropped, cells holding only a number left out.

    >>> _table_rows(["Experts:", "| Name | Role |", "|---|---|", "| Dr. Ana Cruz | Director, DAP |", "| 2 | Ms. Li |"])
    ['Experts:', '', 'Dr. Ana Cruz, Director, DAP', 'Ms. Li']
    """
    out: list[str] = []
    row_before: int | None = None  # where the row just above went (blank lines between do not count)
    for line in lines:
        m = _TABLE_ROW.fullmatch(line.strip())
        if m and _TABLE_RULE.fullmatch(line):
            if row_before is not None:
                out[row_before] = ""  # the header
            row_before = None
            continue
        if m:
            cells = [c.strip() for c in m.group(1).split("|")]
            row_before = len(out)
            out.append(", ".join(c for c in cells if c and not re.fullmatch(r"[\d.,%]+", c)))
            continue
        if line.strip():
            row_before = None
        out.append(line)
    return out


_LIST_MARK = re.compile(r"^(?:\d{1,2}[.)]|[-*•·–])\s+")
_LABELLED = re.compile(r"^[^,(]{1,40}:\s")  # "Winner: AquaSense (Vietnam)": a labelled line stays a paragraph
_INNER_STOP = re.compile(r"[a-z]{3}[.!?]\s+[A-Z]")


def _list_item(line: str) -> bool:
    item = _LIST_MARK.sub("", line)
    # one item is one clause: no second sentence inside ("... small firms. It also ...")
    if len(item) > 250 or item.endswith(("!", "?", ":")) or _LABELLED.match(item) or _INNER_STOP.search(item):
        return False
    # a full sentence ("Ms. Rina Sari, Director of Sunrise Foods, welcomed the group.") is not an item unless
    # the line is marked as one; "Arif Budiman (Indonesia), Deputy Director, Ministry of X." reads as one
    finite = lexicon().finite_verbs
    verbs = [w for w in re.findall(r"\b[a-z][\w-]*\b", item) if w.endswith("ed") or w in finite]
    return bool(_LIST_MARK.match(line)) or not item.endswith(".") or not verbs


def _join_lists(body: list[str]) -> list[str]:
    """A line ending in ":" and the list lines under it become one paragraph, items separated by ";".

    People listed one per line ("The modules were delivered by four practitioners:" then "1. Ms. Priya
    Raman, Head of Growth, ShopLah, Singapore", ...) are then read like a list written in a sentence.

    Examples
    --------
    >>> _join_lists(["The jury comprised:", "1. Kim Ji-hoon (ROK), Partner, Blue Wave", "- Rina Sari, KemenKopUKM"])
    ['The jury comprised: Kim Ji-hoon (ROK), Partner, Blue Wave; Rina Sari, KemenKopUKM.']
    """
    out: list[str] = []
    i = 0
    while i < len(body):
        j = i + 1
        if body[i].endswith(":"):
            while j < len(body) and _list_item(body[j]):
                j += 1
        if j - i > 2:
            items = [re.sub(r"(?<=[a-z]{3})\.$", "", _LIST_MARK.sub("", x)).rstrip(" ;,") for x in body[i + 1 : j]]
            out.append(f"{body[i]} {'; '.join(items)}.")
        else:
            out.extend(body[i:j])
        i = j
    return out
