"""Progress bars for long work: rich on a terminal, silent in pipes or when asked to be quiet.

Every long stage (synth, load, build, validate) reports through :func:`progress`
so that one switch (``quiet``) and one rule (stderr is a terminal) decide
whether anything is drawn.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

__all__ = ["Task", "progress", "show_progress"]

_QUIET = False


class Task(Protocol):
    """What a stage sees: advance by ``n`` steps, or change the description."""

    def advance(self, n: int = 1) -> None: ...

    def describe(self, text: str) -> None: ...


class _Silent:
    def advance(self, n: int = 1) -> None:
        pass

    def describe(self, text: str) -> None:
        pass


class _Bar:
    def __init__(self, bar, task_id) -> None:  # type: ignore[no-untyped-def]
        self._bar, self._id = bar, task_id

    def advance(self, n: int = 1) -> None:
        self._bar.advance(self._id, n)

    def describe(self, text: str) -> None:
        self._bar.update(self._id, description=text)


def show_progress(enabled: bool | None = None) -> bool:
    """Whether bars are drawn; ``show_progress(False)`` silences them for the process (``--quiet``).

    Examples
    --------
    >>> show_progress(False)  # --quiet
    False
    >>> _ = show_progress(True)  # back to the default: bars when stderr is a terminal
    """
    global _QUIET
    if enabled is not None:
        _QUIET = not enabled
    return not _QUIET and sys.stderr.isatty()


@contextmanager
def progress(description: str, total: int | None, quiet: bool = False) -> Iterator[Task]:
    """A progress bar on stderr for ``total`` steps (no bar in pipes, under ``quiet`` or ``--quiet``).

    Examples
    --------
    >>> with progress("counting", 3) as task:
    ...     for _ in range(3):
    ...         task.advance()
    """
    if quiet or not show_progress():
        yield _Silent()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        yield _Bar(bar, bar.add_task(description, total=total))
