"""Problems found while loading content: hard errors stop loading, warnings do not.

Every issue names a file and a line, says what is wrong, and how to fix it, so an
organiser who edits YAML or Fluent never has to read a Python traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Issue:
    file: str
    line: int
    level: Level
    message: str
    fix: str = ""
    code: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.level.value}: {self.message}"
        if self.fix:
            text += f"\n    how to fix: {self.fix}"
        return text


class ContentError(Exception):
    """Raised when content has hard errors; carries every issue found, not just the first."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = sorted(issues)
        errors = [i for i in self.issues if i.level is Level.ERROR]
        summary = "\n".join(str(i) for i in errors)
        super().__init__(f"{len(errors)} error(s) in flows or locales:\n{summary}")


def errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.level is Level.ERROR]


def warnings(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.level is Level.WARNING]
