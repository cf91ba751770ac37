"""Problems found while loading content: hard errors stop loading, warnings do not.

Every issue names a file and a line, says what is wrong, and how to fix it, so an
organiser who edits YAML or Fluent never has to read a Python traceback.

Every kind of issue the flow loader can report has a code in :data:`CODES`, with its
level and its *stage*: what has to be right before the check can run at all (the YAML
must parse before its keys can be checked; a flow must be valid before its buttons'
targets can be). Issues are listed earliest stage first (:func:`ordered`), so the root
cause of a cascade is at the top. ``tests/fixtures/broken/`` holds one broken file per
code (a test checks there is one, and that the issue is reported at its line).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Stage(IntEnum):
    """When a check can run; earlier stages are reported first."""

    PARSE = 0  # the file is not YAML (or not the right shape of YAML) at all
    SHAPE = 1  # keys and values against the format (pydantic)
    REFERENCE = 2  # names that point elsewhere: targets, messages, actions, report fields
    INSPECT = 3  # the whole set of flows: reachability, dead ends, loops (goflow's inspect)


@dataclass(frozen=True, slots=True)
class Code:
    level: Level
    stage: Stage
    about: str


_E, _W = Level.ERROR, Level.WARNING

# The flow loader's issue codes (bot/engine/loader.py, inspect.py, yamlsrc.py) and the
# report schema's (bot/reports/schema.py). Other modules (locales, the directory) keep
# their own codes; they sort after these within a level.
CODES: dict[str, Code] = {
    # parse
    "yaml-syntax": Code(_E, Stage.PARSE, "the file is not valid YAML"),
    "duplicate-key": Code(_E, Stage.PARSE, "the same key twice in one block (e.g. a node id)"),
    "not-a-mapping": Code(_E, Stage.PARSE, "the file is not a block of 'key: value' lines"),
    # shape
    "unknown-key": Code(_E, Stage.SHAPE, "a key the format does not have (often a typo)"),
    "missing-key": Code(_E, Stage.SHAPE, "a key the format needs is not there"),
    "bad-version": Code(_E, Stage.SHAPE, "'version' is not 1"),
    "bad-name": Code(_E, Stage.SHAPE, "an id or target that is not a valid name"),
    "bad-value": Code(_E, Stage.SHAPE, "a value of the wrong kind, or keys that clash"),
    # references
    "duplicate-flow": Code(_E, Stage.REFERENCE, "two files with the same flow id"),
    "missing-start": Code(_E, Stage.REFERENCE, "'start' names no node of the flow"),
    "no-entry": Code(_E, Stage.REFERENCE, "there is no 'welcome' flow for /start"),
    "dangling-target": Code(_E, Stage.REFERENCE, "a button or goto leads nowhere"),
    "missing-message": Code(_E, Stage.REFERENCE, "a message that is not in English"),
    "unknown-action": Code(_E, Stage.REFERENCE, "an action the bot does not have"),
    "action-args": Code(_E, Stage.REFERENCE, "an action's arguments are missing or unknown"),
    "report-field": Code(_E, Stage.REFERENCE, "a report_ variable that is no report field"),
    "report-option": Code(_E, Stage.REFERENCE, "a report answer the schema does not list"),
    # the report schema file itself (flows/report-schema.yaml)
    "report-schema": Code(_E, Stage.SHAPE, "a mistake in the report schema"),
    # inspection of the whole flow set
    "loop": Code(_E, Stage.INSPECT, "'goto' steps that loop without asking anything"),
    "no-leave-now": Code(_W, Stage.INSPECT, "buttons without a 'Leave now' (quick exit)"),
    "unreachable": Code(_W, Stage.INSPECT, "a node no start leads to"),
    "dead-end": Code(_W, Stage.INSPECT, "a node that neither asks, moves on nor ends"),
    "unset-variable": Code(_W, Stage.INSPECT, "a branch tests a variable nothing sets"),
}


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


def issue(code: str, file: str, line: int, message: str, fix: str) -> Issue:
    """An issue of a registered kind; its level comes from :data:`CODES`."""
    return Issue(file, line, CODES[code].level, message, fix, code)


def _rank(i: Issue) -> tuple[int, int, str, int, str]:
    known = CODES.get(i.code)
    stage = known.stage if known else Stage.REFERENCE
    return (i.level is not Level.ERROR, stage, i.file, i.line, i.message)


def ordered(issues: list[Issue]) -> list[Issue]:
    """Each issue once: errors before warnings, root causes (earliest stage) first."""
    return sorted(set(issues), key=_rank)


class ContentError(Exception):
    """Raised when content has hard errors; carries every issue found, not just the first."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = ordered(issues)
        errors = [i for i in self.issues if i.level is Level.ERROR]
        summary = "\n".join(str(i) for i in errors)
        super().__init__(f"{len(errors)} error(s) in flows or locales:\n{summary}")


def errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.level is Level.ERROR]


def warnings(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.level is Level.WARNING]
