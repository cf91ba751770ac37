"""The anonymous report schema: which answers a report may hold, and how to check them.

The schema lives in YAML (``flows/report-schema.yaml``) so organisers can read and change
it without touching Python. It is content like the flows: :func:`parse_schema` reads it
with the same line-keeping YAML reader and pydantic checks, and returns its mistakes as
:class:`~bot.engine.issues.Issue` (file, line, fix); :func:`bot.content.check_content`
loads it from the content folder with everything else. It is deliberately small: four
field types (``choice``, ``multi``, ``text``, ``month``), option *keys* only
(worker-facing wording is in Fluent files), an ``optional`` flag and a ``max_length``
for free text.

:meth:`ReportSchema.validate` is the single gate between a conversation and the sealing
code. It returns a *clean* report: exactly the schema's fields, in schema order, with
multi-choice answers de-duplicated and put in schema order, text stripped and NFC
normalised, and months checked against an injected ``today``. The clean form is
canonical, so equal answers always seal to equal plaintext sizes.

Validation errors never echo the rejected value (it may be something the worker typed),
only the field name and what was wrong, plus a machine-readable ``code`` the
conversation layer can map to a translated message.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    StrictBool,
    StrictInt,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic import Field as Key

from ..engine import yamlsrc
from ..engine.issues import Issue, Level, issue

__all__ = [
    "SCHEMA_FILE",
    "Field",
    "FieldType",
    "ReportSchema",
    "ReportValidationError",
    "SchemaError",
    "parse_schema",
]

# Where the schema lives in a content folder (beside the flows that ask its questions).
SCHEMA_FILE = "flows/report-schema.yaml"
_DOCS = f"the comment at the top of {SCHEMA_FILE}"

_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_OPTION_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MONTH_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")

# A clean report maps field name -> str (choice, text, month), list[str] (multi) or None
# (an optional field left empty).
Report = dict[str, Any]


class FieldType(StrEnum):
    CHOICE = "choice"
    MULTI = "multi"
    TEXT = "text"
    MONTH = "month"


class SchemaError(ValueError):
    """The schema file itself is wrong; ``issues`` say where (file:line) and how to fix it."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        super().__init__("\n".join(str(i) for i in issues))


class ReportValidationError(ValueError):
    """A report does not fit the schema.

    ``field`` is the offending field name (``""`` for the report as a whole) and ``code``
    a stable machine-readable reason: ``not-a-mapping``, ``missing``, ``wrong-type``,
    ``unknown-option``, ``exclusive-option``, ``empty``, ``too-long``, ``bad-month`` or
    ``future-month``. The message never contains the rejected value.
    """

    def __init__(self, field: str, code: str, message: str) -> None:
        self.field = field
        self.code = code
        where = f"report field '{field}'" if field else "report"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    options: tuple[str, ...] = ()
    exclusive: tuple[str, ...] = ()
    optional: bool = False
    max_length: int | None = None

    def validate(self, value: object, today: date) -> object:
        """Return the clean value for this field or raise :class:`ReportValidationError`."""
        if _is_empty(value):
            if self.optional:
                return [] if self.type is FieldType.MULTI else None
            raise ReportValidationError(self.name, "missing", "an answer is required")
        if self.type is FieldType.CHOICE:
            return self._choice(value)
        if self.type is FieldType.MULTI:
            return self._multi(value)
        if self.type is FieldType.TEXT:
            return self._text(value)
        return self._month(value, today)

    def _choice(self, value: object) -> str:
        if not isinstance(value, str):
            raise ReportValidationError(self.name, "wrong-type", "expected one option key")
        if value not in self.options:
            raise ReportValidationError(
                self.name, "unknown-option", f"not one of: {', '.join(self.options)}"
            )
        return value

    def _multi(self, value: object) -> list[str]:
        if isinstance(value, str | bytes) or not isinstance(value, Sequence | set | frozenset):
            raise ReportValidationError(self.name, "wrong-type", "expected a list of option keys")
        chosen: set[str] = set()
        for item in value:
            if not isinstance(item, str):
                raise ReportValidationError(self.name, "wrong-type", "options must be strings")
            if item not in self.options:
                raise ReportValidationError(
                    self.name, "unknown-option", f"not one of: {', '.join(self.options)}"
                )
            chosen.add(item)
        if len(chosen) > 1 and chosen & set(self.exclusive):
            raise ReportValidationError(
                self.name,
                "exclusive-option",
                f"{', '.join(sorted(chosen & set(self.exclusive)))} cannot be combined "
                "with other options",
            )
        return [option for option in self.options if option in chosen]

    def _text(self, value: object) -> str | None:
        if not isinstance(value, str):
            raise ReportValidationError(self.name, "wrong-type", "expected text")
        text = unicodedata.normalize("NFC", value).strip()
        if not text:
            if self.optional:
                return None
            raise ReportValidationError(self.name, "empty", "an answer is required")
        limit = self.max_length or 0
        if len(text) > limit:
            raise ReportValidationError(
                self.name, "too-long", f"{len(text)} characters, at most {limit} allowed"
            )
        return text

    def _month(self, value: object, today: date) -> str:
        if not isinstance(value, str):
            raise ReportValidationError(self.name, "wrong-type", "expected a month as YYYY-MM")
        match = _MONTH_RE.match(value.strip())
        if match is None:
            raise ReportValidationError(self.name, "bad-month", "expected a month as YYYY-MM")
        year, month = int(match.group(1)), int(match.group(2))
        if (year, month) > (today.year, today.month):
            raise ReportValidationError(self.name, "future-month", "month is in the future")
        return f"{year:04d}-{month:02d}"


def _is_empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, list | tuple | set | frozenset) and not value


@dataclass(frozen=True)
class ReportSchema:
    fields: tuple[Field, ...]
    version: int = 1

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(field.name for field in self.fields)

    def field(self, name: str) -> Field:
        for field in self.fields:
            if field.name == name:
                return field
        raise KeyError(name)

    def validate(self, answers: Mapping[str, object], *, today: date | None = None) -> Report:
        """Return a clean report built from ``answers`` or raise ReportValidationError.

        Keys that are not schema fields are dropped. ``today`` (default: today in UTC)
        is the reference for rejecting months in the future.
        """
        if not isinstance(answers, Mapping):
            raise ReportValidationError("", "not-a-mapping", "answers must be a mapping")
        if today is None:
            today = datetime.now(UTC).date()
        return {field.name: field.validate(answers.get(field.name), today) for field in self.fields}

    @classmethod
    def load(cls, path: str | Path) -> ReportSchema:
        """Read and check a schema file; raise :class:`SchemaError` with its issues."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            found = [
                issue(
                    "report-schema",
                    str(path),
                    0,
                    f"cannot read the report schema ({exc.strerror or exc})",
                    "check the path and file permissions",
                )
            ]
            raise SchemaError(found) from exc
        except UnicodeDecodeError as exc:
            found = [issue("report-schema", str(path), 0, "not UTF-8 text", "save it as UTF-8")]
            raise SchemaError(found) from exc
        return cls.from_yaml(text, str(path))

    @classmethod
    def from_yaml(cls, text: str, filename: str = SCHEMA_FILE) -> ReportSchema:
        """Parse schema text; raise :class:`SchemaError` with its issues."""
        schema, found = parse_schema(text, filename)
        if schema is None:
            raise SchemaError(found)
        return schema


# --- the file format, as pydantic models (like the flows' bot/engine/model.py) -------------

Name = Annotated[str, Key(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]


def _option_keys(raw: object, key: str) -> object:
    if not isinstance(raw, list):
        return raw
    for item in raw:
        if isinstance(item, bool):
            raise ValueError(
                f"'{key}' contains {str(item).lower()}, which YAML reads as true/false; "
                'put yes/no/on/off options in quotes, like "no"'
            )
        if not isinstance(item, str) or not _OPTION_RE.match(item):
            raise ValueError(
                f"'{key}' entry {item!r} is not a valid option key; use lowercase letters "
                "and digits joined by hyphens (for example: care-home)"
            )
    return raw


class _FieldModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Name
    type: FieldType
    options: list[str] | None = None
    exclusive: list[str] | None = None
    optional: StrictBool = False
    max_length: StrictInt | None = Key(default=None, ge=1)

    @field_validator("options", "exclusive", mode="before")
    @classmethod
    def _keys(cls, raw: object, info: Any) -> object:
        return _option_keys(raw, info.field_name)

    @model_validator(mode="after")
    def _fits_its_type(self) -> _FieldModel:
        listed = self.type in (FieldType.CHOICE, FieldType.MULTI)
        if listed and not self.options:
            raise ValueError(f"a {self.type.value} field needs a non-empty 'options' list")
        if not listed and (self.options is not None or self.exclusive is not None):
            raise ValueError("'options' and 'exclusive' are only allowed on choice/multi fields")
        if self.exclusive is not None:
            if self.type is not FieldType.MULTI:
                raise ValueError("'exclusive' is only allowed on multi fields")
            stray = [o for o in self.exclusive if o not in (self.options or [])]
            if stray:
                raise ValueError(
                    f"'exclusive' lists {', '.join(stray)}, which is not in 'options'; "
                    "list only existing options"
                )
        if self.type is FieldType.TEXT and self.max_length is None:
            raise ValueError(
                "a text field needs 'max_length:' set to a whole number of characters "
                "(for example: max_length: 2000)"
            )
        if self.type is not FieldType.TEXT and self.max_length is not None:
            raise ValueError("'max_length' is only allowed on text fields")
        return self


class _SchemaModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: StrictInt = Key(default=1, ge=1)
    fields: list[_FieldModel] = Key(min_length=1)


def _model_for(path: yamlsrc.Path) -> type[BaseModel] | None:
    if not path:
        return _SchemaModel
    if len(path) == 2 and path[0] == "fields":
        return _FieldModel
    return None


def parse_schema(text: str, file: str = SCHEMA_FILE) -> tuple[ReportSchema | None, list[Issue]]:
    """Check schema text. Returns (the schema, or None if it has errors; every issue)."""
    data, lines, found = yamlsrc.parse(text, file)
    if found:
        return None, found
    if not isinstance(data, dict):
        return None, [
            issue(
                "not-a-mapping",
                file,
                1,
                "the report schema must be a block with 'version: 1' and 'fields:'",
                "start the file with 'version: 1' and 'fields:', one entry per report field",
            )
        ]
    try:
        model = _SchemaModel.model_validate(data)
    except ValidationError as exc:
        return None, yamlsrc.validation_issues(exc, file, lines, model_for=_model_for, docs=_DOCS)
    seen: dict[str, int] = {}
    for index, raw in enumerate(model.fields):
        line = yamlsrc.line_of(lines, ("fields", index))
        if raw.name in seen:
            found.append(
                issue(
                    "report-schema",
                    file,
                    line,
                    f"field '{raw.name}' is defined twice (first on line {seen[raw.name]})",
                    "give each field a unique name",
                )
            )
        seen.setdefault(raw.name, line)
        for key in ("options", "exclusive"):
            listed = getattr(raw, key) or []
            for twice in sorted({o for o in listed if listed.count(o) > 1}):
                found.append(
                    issue(
                        "report-schema",
                        file,
                        yamlsrc.line_of(lines, ("fields", index, key)),
                        f"option '{twice}' is listed twice in '{key}' of field '{raw.name}'",
                        "list each option once",
                    )
                )
    if any(i.level is Level.ERROR for i in found):
        return None, found
    fields = tuple(
        Field(
            f.name,
            f.type,
            tuple(f.options or ()),
            tuple(f.exclusive or ()),
            f.optional,
            f.max_length,
        )
        for f in model.fields
    )
    return ReportSchema(fields, model.version), found
