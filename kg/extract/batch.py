"""Many articles at once, output formats, and the diff of a draft against the graph."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import KgError, UsageError
from ..io import atomic_write
from . import Extractor, read_article
from .draft import Draft

__all__ = ["ARTICLE_SUFFIXES", "DRAFT_FORMATS", "BatchRow", "diff_draft", "expand_articles", "extract_many"]

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")

# name -> (file suffix, render(draft, origin) -> text)
DRAFT_FORMATS: dict[str, tuple[str, Callable[[Draft, str], str]]] = {
    "yaml": (".yaml", lambda d, origin: d.to_yaml(origin)),
    "json": (".json", lambda d, origin: d.to_json()),
}


@dataclass(frozen=True)
class BatchRow:
    """One article of a batch: counts, or the error that stopped it."""

    article: str
    output: str = ""
    entities: int = 0
    new_entities: int = 0
    statements: int = 0
    attributes: int = 0
    error: str = ""


def expand_articles(items: Iterable[str | Path]) -> list[Path]:
    """Files given, plus the articles (.txt, .md, .html) inside folders given, sorted per folder.

    >>> [p.name for p in expand_articles(["tests/extract/articles"])][:2]
    ['01_osm_smart_manufacturing_japan.txt', '02_workshop_msme_finance_nepal.txt']
    """
    out: list[Path] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            out += sorted(x for x in p.iterdir() if x.is_file() and x.suffix.lower() in ARTICLE_SUFFIXES)
        elif p.exists():
            out.append(p)
        else:
            raise UsageError(f"{p}: no such file or folder")
    return out


def extract_many(paths: list[Path], out_dir: Path, extractor: Extractor, fmt: str = "yaml") -> Iterator[BatchRow]:
    """Draft each article into ``out_dir/<stem><suffix>``; a failure is reported in its row, not raised."""
    suffix, render = DRAFT_FORMATS[fmt]
    for p in paths:
        try:
            d = extractor.draft(read_article(p))
        except KgError as e:
            yield BatchRow(str(p), error=str(e))
            continue
        target = out_dir / f"{p.stem}{suffix}"
        atomic_write(target, render(d, str(p)))
        yield BatchRow(
            str(p),
            str(target),
            len(d.entities),
            sum(1 for e in d.entities if e["new"]),
            len(d.statements),
            len(d.attributes),
        )


def diff_draft(draft: Draft, kg: object) -> list[tuple[str, dict, list[str]]]:
    """Each statement of the draft with ``"="`` (already in the graph, with its sources) or ``"+"`` (new)."""
    known: dict[tuple[str, str, str], list[str]] = {}
    for st in kg.records.statements:  # type: ignore[attr-defined]
        known.setdefault((st.subject, st.relation, st.object), []).append(st.source)
    out = []
    for s in draft.statements:
        srcs = sorted(set(known.get((s["subject"], s["relation"], s["object"]), [])))
        out.append(("=" if srcs else "+", s, srcs))
    return out
