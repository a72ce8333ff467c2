"""Plain tables for the terminal and for other programs: one row format, several renderings.

A table is a list of column names and a list of rows (sequences of str, int,
float, lists or None). :data:`TABLE_FORMATS` renders it as a rich ``table``
(wide values wrapped), ``csv`` or ``json`` (a list of objects).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from typing import Any

from .errors import UsageError

__all__ = ["TABLE_FORMATS", "render_table"]

Rows = Sequence[Sequence[Any]]


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return "; ".join(_cell(x) for x in v)
    if isinstance(v, float):
        return f"{v:.4f}"
    return str(v)


def _table(columns: Sequence[str], rows: Rows, width: int = 120) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
    out = io.StringIO()
    Console(file=out, width=width, color_system=None, force_terminal=False, legacy_windows=False).print(table)
    n = len(rows)
    text = "\n".join(line.rstrip() for line in out.getvalue().rstrip().splitlines())
    return text + f"\n({n} row{'s' if n != 1 else ''})"


def _csv(columns: Sequence[str], rows: Rows, width: int = 0) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(columns)
    for row in rows:
        w.writerow([_cell(v) for v in row])
    return out.getvalue().rstrip("\n")


def _json(columns: Sequence[str], rows: Rows, width: int = 0) -> str:
    return json.dumps([dict(zip(columns, row, strict=True)) for row in rows], indent=2, ensure_ascii=False)


#: Renderings of a plain table: name → ``fn(columns, rows, width) -> str``.
TABLE_FORMATS: dict[str, Callable[..., str]] = {"table": _table, "csv": _csv, "json": _json}


def render_table(columns: Sequence[str], rows: Rows, fmt: str = "table", width: int = 120) -> str:
    """Render rows in one of :data:`TABLE_FORMATS`.

    Examples
    --------
    >>> print(render_table(["from", "to", "weight"], [["kor", "sgp", 1]], "csv"))
    from,to,weight
    kor,sgp,1
    >>> print(render_table(["a", "b"], [[1, ["x", "y"]]], "table"))
    a   b
    ────────
    1   x; y
    (1 row)
    """
    if fmt not in TABLE_FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(TABLE_FORMATS)}")
    return TABLE_FORMATS[fmt](columns, rows, width)
