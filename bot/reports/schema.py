"""The anonymous report schema: which answers a report may hold, and how to check them.

The schema lives in YAML (``flows/report-schema.yaml``) so organisers can read and change
it without touching Python. It is deliberately small: four field types (``choice``,
``multi``, ``text``, ``month``), option *keys* only (worker-facing wording is in Fluent
files), an ``optional`` flag and a ``max_length`` for free text.

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
from typing import Any

import yaml

__all__ = [
    "DEFAULT_SCHEMA_PATH",
    "Field",
    "FieldType",
    "ReportSchema",
    "ReportValidationError",
    "SchemaError",
]

DEFAULT_SCHEMA_PATH = Path(__file__).resolve().parents[2] / "flows" / "report-schema.yaml"

_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_OPTION_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MONTH_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_FIELD_KEYS = frozenset({"name", "type", "options", "exclusive", "optional", "max_length"})

# A clean report maps field name -> str (choice, text, month), list[str] (multi) or None
# (an optional field left empty).
Report = dict[str, Any]


class FieldType(StrEnum):
    CHOICE = "choice"
    MULTI = "multi"
    TEXT = "text"
    MONTH = "month"


class SchemaError(ValueError):
    """The schema file itself is wrong. The message names the file, line and the fix."""


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
    def load(cls, path: str | Path = DEFAULT_SCHEMA_PATH) -> ReportSchema:
        """Load and check a schema file; raise SchemaError saying where and what to fix."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise SchemaError(
                f"{path}: cannot read the report schema ({exc.strerror or exc}); "
                "check the path and file permissions"
            ) from exc
        except UnicodeDecodeError as exc:
            raise SchemaError(f"{path}: not UTF-8 text; save the file as UTF-8") from exc
        return cls.from_yaml(text, str(path))

    @classmethod
    def from_yaml(cls, text: str, filename: str = "<report schema>") -> ReportSchema:
        try:
            root = yaml.compose(text, Loader=yaml.SafeLoader)
            data = yaml.safe_load(text)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            where = f"{filename}:{mark.line + 1}" if mark else filename
            raise SchemaError(
                f"{where}: YAML syntax error: {exc.problem or 'not valid YAML'}; check the "
                "indentation (spaces, not tabs) and that every 'key: value' has a space "
                "after the colon"
            ) from exc
        except yaml.YAMLError as exc:
            raise SchemaError(f"{filename}: not valid YAML: {exc}") from exc
        return cls.from_data(data, filename, _field_lines(root))

    @classmethod
    def from_data(
        cls, data: object, filename: str = "<report schema>", lines: Sequence[int] = ()
    ) -> ReportSchema:
        if not isinstance(data, dict) or not isinstance(data.get("fields"), list):
            raise SchemaError(
                f"{filename}: expected a top-level 'fields:' list, one entry per report field"
            )
        version = data.get("version", 1)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise SchemaError(f"{filename}: 'version' must be a whole number, 1 or more")
        unknown = set(data) - {"version", "fields"}
        if unknown:
            raise SchemaError(
                f"{filename}: unknown top-level key(s) {', '.join(sorted(map(str, unknown)))}; "
                "only 'version' and 'fields' are allowed"
            )
        fields: list[Field] = []
        seen: set[str] = set()
        for index, raw in enumerate(data["fields"]):
            line = lines[index] if index < len(lines) else 0
            where = f"{filename}:{line}" if line else f"{filename} (field #{index + 1})"
            field = _parse_field(raw, where)
            if field.name in seen:
                raise SchemaError(
                    f"{where}: field '{field.name}' is defined twice; give each field a unique name"
                )
            seen.add(field.name)
            fields.append(field)
        if not fields:
            raise SchemaError(f"{filename}: 'fields' is empty; list at least one field")
        return cls(tuple(fields), version)


def _field_lines(root: yaml.Node | None) -> list[int]:
    """Line number (1-based) of each entry of the top-level ``fields`` list."""
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if getattr(key, "value", None) == "fields" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _parse_field(raw: object, where: str) -> Field:
    if not isinstance(raw, dict):
        raise SchemaError(f"{where}: each field must be a block with 'name:' and 'type:'")
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise SchemaError(
            f"{where}: 'name' must be lowercase letters, digits and underscores, "
            "starting with a letter (for example: reported_to_employer)"
        )
    where = f"{where} (field '{name}')"
    unknown = set(raw) - _FIELD_KEYS
    if unknown:
        raise SchemaError(
            f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}; allowed: "
            f"{', '.join(sorted(_FIELD_KEYS))}"
        )
    try:
        kind = FieldType(str(raw.get("type")))
    except ValueError:
        raise SchemaError(
            f"{where}: 'type' must be one of: {', '.join(t.value for t in FieldType)}"
        ) from None
    optional = raw.get("optional", False)
    if not isinstance(optional, bool):
        raise SchemaError(f"{where}: 'optional' must be true or false")

    options: tuple[str, ...] = ()
    exclusive: tuple[str, ...] = ()
    if kind in (FieldType.CHOICE, FieldType.MULTI):
        options = _parse_options(raw.get("options", []), where, "options")
        if not options:
            raise SchemaError(f"{where}: a {kind.value} field needs a non-empty 'options' list")
        if "exclusive" in raw:
            if kind is not FieldType.MULTI:
                raise SchemaError(f"{where}: 'exclusive' is only allowed on multi fields")
            exclusive = _parse_options(raw["exclusive"], where, "exclusive")
            stray = [option for option in exclusive if option not in options]
            if stray:
                raise SchemaError(
                    f"{where}: 'exclusive' lists {', '.join(stray)}, which is not in "
                    "'options'; list only existing options"
                )
    else:
        for key in ("options", "exclusive"):
            if key in raw:
                raise SchemaError(f"{where}: '{key}' is only allowed on choice/multi fields")

    max_length = raw.get("max_length")
    if kind is FieldType.TEXT:
        if not isinstance(max_length, int) or isinstance(max_length, bool) or max_length < 1:
            raise SchemaError(
                f"{where}: a text field needs 'max_length:' set to a whole number of "
                "characters (for example: max_length: 2000)"
            )
    elif max_length is not None:
        raise SchemaError(f"{where}: 'max_length' is only allowed on text fields")

    return Field(name, kind, options, exclusive, optional, max_length)


def _parse_options(raw: object, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(raw, list):
        raise SchemaError(f"{where}: '{key}' must be a list, for example: [care-home, other]")
    options: list[str] = []
    for item in raw:
        if isinstance(item, bool):
            raise SchemaError(
                f"{where}: '{key}' contains {str(item).lower()}, which YAML reads as "
                'true/false; put yes/no/on/off options in quotes, like "no"'
            )
        if not isinstance(item, str) or not _OPTION_RE.match(item):
            raise SchemaError(
                f"{where}: '{key}' entry {item!r} is not a valid option key; use lowercase "
                "letters and digits joined by hyphens (for example: care-home)"
            )
        if item in options:
            raise SchemaError(f"{where}: option '{item}' is listed twice in '{key}'")
        options.append(item)
    return tuple(options)
