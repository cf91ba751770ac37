"""The signposting directory (``flows/directory.yaml``): who can help, and how to reach them.

Validated with pydantic like the flow files, so every mistake is an :class:`Issue`
with file:line and a fix. :func:`parse_directory` is pure (it gets the text and
"today" as arguments); :func:`read_directory` reads the file. Entries come back as
plain JSON-serialisable dicts, which is what :class:`FlowSet` carries and what the
``signpost`` action reads.

Checks beyond the schema:

- an entry without a ``source:`` is an error (every number shown must be traceable);
- an entry whose ``verified:`` date is more than 12 months before ``today`` is a warning;
- two entries with the same ``id`` are an error;
- a listed entry needs a way to reach it (phone, text, web or email) or a ``kind``;
- its ``nations`` must be all four or a set the cards can name (``signpost-line-nations``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from .engine import yamlsrc
from .engine.issues import Issue, Level
from .engine.signpost import NATION_KEYS, NONE, nations_key

DIRECTORY_FILE = "flows/directory.yaml"
STALE_AFTER_DAYS = 365

Nation = Literal["england", "wales", "scotland", "northern-ireland"]
Topic = Literal[
    "immediate-danger",
    "sexual-assault",
    "stalking",
    "lgbt",
    "domestic-worker",
    "migrant",
    "whistleblowing",
    "emotional-support",
    "employment-advice",
    "legal-advice",
    "immigration-advice",
    "modern-slavery",
    "union",
    "police",
    "health-safety",
]
# Keys the Fluent messages in locales/*/directory.ftl turn into words.
LanguageKey = Literal["200-plus", "interpreters", "multilingual", "spanish", "portuguese", "bsl"]
Audience = Literal[
    "women",
    "latin-american-women",
    "black-minoritised-women",
    "lgbt",
    "domestic-workers",
    "age-16-plus",
    "deaf-bsl",
]
Note = Literal[
    "shares-with-consent",
    "legally-privileged",
    "immigration-advice",
    "legal-representation",
    "union-membership",
    "find-immigration-adviser",
    "early-conciliation-ni",
    "hseni-councils",
]
Kind = Literal["emergency", "emergency-bsl", "police"]

NATIONS: tuple[str, ...] = get_args(Nation)

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64)]
Phone = Annotated[str, StringConstraints(pattern=r"^[0-9][0-9 ]{1,18}[0-9]$")]
Web = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9.-]*\.[a-z]{2,}(/[A-Za-z0-9._~/-]*)?$")
]
Email = Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$")]


class Entry(BaseModel):
    """One organisation or service."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    name: str = Field(min_length=1, max_length=100)
    kind: Kind | None = None
    phone: Phone | None = None
    text: Phone | None = None
    web: Web | None = None
    email: Email | None = None
    hours: str | None = Field(default=None, max_length=40)
    nations: list[Nation] = Field(min_length=1)
    topics: list[Topic] = Field(min_length=1)
    languages: list[LanguageKey] = Field(default_factory=list)
    audience: Audience | None = None
    note: Note | None = None
    free: bool = False
    confidential: bool = False
    verified: date
    source: str | None = None
    check: bool = False
    listed: bool = True


class Directory(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1]
    entries: list[Entry] = Field(min_length=1)


def _schema_issues(exc: ValidationError, file: str, lines: dict[yamlsrc.Path, int]) -> list[Issue]:
    out: list[Issue] = []
    for err in exc.errors():
        path = tuple(p for p in err["loc"] if not (isinstance(p, str) and "[" in p))
        line = yamlsrc.line_of(lines, path)
        where = ".".join(str(p) for p in path) or "the file"
        kind = err["type"]
        if kind == "extra_forbidden":
            allowed = sorted(Entry.model_fields if "entries" in path else Directory.model_fields)
            msg = f"unknown key '{path[-1]}' at {where}"
            fix = f"allowed keys here: {', '.join(allowed)}"
        elif kind == "missing":
            msg = f"'{path[-1]}' is missing at {'.'.join(str(p) for p in path[:-1]) or 'top'}"
            fix = f"add '{path[-1]}:' (see the comment at the top of {DIRECTORY_FILE})"
        elif kind == "literal_error":
            msg = f"{err['msg']} at {where} (got {err.get('input')!r})"
            fix = "use one of the listed values; new ones must be added in bot/directory.py"
        elif kind == "string_pattern_mismatch":
            msg = f"'{err.get('input')}' is not valid at {where}"
            fix = (
                "phone numbers: digits and spaces only; web: no https://, e.g. example.org.uk; "
                "ids: lower-case letters, digits and '-'"
            )
        else:
            msg = f"{err['msg']} at {where}"
            fix = f"see the comment at the top of {DIRECTORY_FILE}"
        out.append(Issue(file, line, Level.ERROR, msg, fix, f"directory-{kind}"))
    return out


def parse_directory(
    text: str, file: str = DIRECTORY_FILE, *, today: date
) -> tuple[tuple[dict[str, Any], ...], list[Issue]]:
    """Validate directory YAML. Returns (entries as plain dicts, issues)."""
    data, lines, issues = yamlsrc.parse(text, file)
    if issues:
        return (), issues
    if not isinstance(data, dict):
        return (), [
            Issue(
                file,
                1,
                Level.ERROR,
                "the directory must be a mapping with 'version' and 'entries'",
                "start the file with 'version: 1' and 'entries:'",
                "directory-shape",
            )
        ]
    try:
        directory = Directory.model_validate(data)
    except ValidationError as exc:
        return (), _schema_issues(exc, file, lines)

    seen: dict[str, int] = {}
    for i, entry in enumerate(directory.entries):
        line = yamlsrc.line_of(lines, ("entries", i))
        if entry.id in seen:
            issues.append(
                Issue(
                    file,
                    line,
                    Level.ERROR,
                    f"entry id '{entry.id}' is already used at line {seen[entry.id]}",
                    "give each entry its own id",
                    "directory-duplicate",
                )
            )
        seen.setdefault(entry.id, line)
        if not (entry.source or "").strip():
            issues.append(
                Issue(
                    file,
                    line,
                    Level.ERROR,
                    f"entry '{entry.id}' has no source",
                    "add 'source:' naming where its details were confirmed (a URL or the "
                    "section of the facts file); unsourced numbers must not be shown",
                    "directory-no-source",
                )
            )
        age = (today - entry.verified).days
        if age > STALE_AFTER_DAYS:
            issues.append(
                Issue(
                    file,
                    yamlsrc.line_of(lines, ("entries", i, "verified")),
                    Level.WARNING,
                    f"entry '{entry.id}' was last verified on {entry.verified.isoformat()}, "
                    f"more than 12 months ago",
                    "check its phone, website and hours with the organisation, then update "
                    "'verified:'",
                    "directory-stale",
                )
            )
        if entry.listed and entry.kind is None and not _contacts(entry):
            issues.append(
                Issue(
                    file,
                    line,
                    Level.ERROR,
                    f"entry '{entry.id}' is listed but has no phone, text, web or email",
                    "add a confirmed way to reach it, or write 'listed: false' until you have one",
                    "directory-no-contact",
                )
            )
        key = nations_key(entry.nations)
        if key != NONE and key not in NATION_KEYS:
            issues.append(
                Issue(
                    file,
                    yamlsrc.line_of(lines, ("entries", i, "nations")),
                    Level.ERROR,
                    f"entry '{entry.id}' covers {', '.join(entry.nations)}, which the cards "
                    "cannot name",
                    f"use all four nations or one of: {', '.join(sorted(NATION_KEYS))} "
                    "(or add a variant to signpost-line-nations in locales/*/directory.ftl "
                    "and to NATION_KEYS in bot/engine/signpost.py)",
                    "directory-nations",
                )
            )
    if any(i.level is Level.ERROR for i in issues):
        return (), issues
    entries = tuple(e.model_dump(mode="json") for e in directory.entries)
    return entries, issues


def _contacts(entry: Entry) -> list[str]:
    return [v for v in (entry.phone, entry.text, entry.web, entry.email) if v]


def read_directory(root: Path, *, today: date) -> tuple[tuple[Mapping[str, Any], ...], list[Issue]]:
    """Read and validate ``flows/directory.yaml`` under ``root`` (no file: empty, no issue)."""
    path = root / DIRECTORY_FILE
    if not path.is_file():
        return (), []
    return parse_directory(path.read_text(encoding="utf-8"), DIRECTORY_FILE, today=today)
