"""`kg extract` throughput: the development set's articles drafted on one core, in articles per second.

Independent of the synthetic sizes (extraction reads one news item at a
time): one row for the whole development set (26 articles, the registry of
``data/`` loaded once in setup), one for the same articles repeated to 500
items. The issue's bar is at least 20 articles per second on one core.
"""

from __future__ import annotations

from pathlib import Path

from run import ROOT, measure, row

ARTICLES = ROOT / "tests" / "extract" / "articles"


def _setup(n: int) -> tuple[object, list[bytes], list[str]]:
    import kg
    from kg.extract import Extractor

    paths = sorted(p for p in ARTICLES.iterdir() if p.is_file())
    paths = (paths * (n // len(paths) + 1))[:n]
    return Extractor(kg.load(ROOT / "data")), [p.read_bytes() for p in paths], [p.name for p in paths]


def draft_all(state: tuple[object, list[bytes], list[str]]) -> int:
    from kg.extract import read_article

    ex, blobs, names = state
    return sum(len(ex.draft(read_article(b, n)).statements) for b, n in zip(blobs, names, strict=True))  # type: ignore[attr-defined]


def run(sizes: dict[str, Path], repeat: int) -> list[dict]:
    if not ARTICLES.is_dir():
        return []
    rows = []
    for n in (26, 500):
        m = measure(draft_all, n, repeat=repeat, setup=_setup)
        rate = n / m.median_s if m.median_s else 0.0
        rows.append(row("extract", f"draft {n} articles", "dev set", m, note=f"{rate:.0f} articles/s (bar: 20/s)"))
    return rows
