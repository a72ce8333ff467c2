"""Errors meant for people: where, what is wrong, what to do."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DataError", "DataIssue", "KgError", "UsageError"]


class KgError(Exception):
    """Base of the errors the CLI turns into a clean message (no traceback)."""

    exit_code = 1


@dataclass(frozen=True, order=True)
class DataIssue:
    """One problem in the curated data, located at ``file:line``."""

    file: str
    line: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}" + (f" ({self.hint})" if self.hint else "")


class DataError(KgError):
    """The data is invalid; carries every issue found in one run, sorted by place."""

    exit_code = 1

    def __init__(self, issues: list[DataIssue]):
        self.issues = sorted(issues)
        n = len(self.issues)
        super().__init__(f"{n} problem{'s' if n != 1 else ''} in the data:\n" + "\n".join(map(str, self.issues)))


class UsageError(KgError):
    """The user asked for something that cannot be done as asked (exit 2)."""

    exit_code = 2
