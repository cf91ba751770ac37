"""Report schema: loading errors name the file and the fix; validation is strict."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.reports.schema import (
    DEFAULT_SCHEMA_PATH,
    FieldType,
    ReportSchema,
    ReportValidationError,
    SchemaError,
)


def test_shipped_schema_has_the_agreed_fields(schema: ReportSchema) -> None:
    assert DEFAULT_SCHEMA_PATH.name == "report-schema.yaml"
    assert schema.names == (
        "nation",
        "sector",
        "workplace",
        "what",
        "who",
        "when",
        "reported_to_employer",
        "barriers",
        "account",
        "consent_evidence",
    )
    assert schema.field("nation").options == ("england", "wales", "scotland", "northern-ireland")
    assert schema.field("consent_evidence").options == ("yes", "no")
    assert schema.field("reported_to_employer").options[0] == "no"
    assert schema.field("what").type is FieldType.MULTI
    assert schema.field("when").type is FieldType.MONTH
    account = schema.field("account")
    assert account.type is FieldType.TEXT and account.optional and account.max_length == 2000


def test_validate_returns_clean_canonical_report(
    schema: ReportSchema, answers: dict[str, Any], today: date
) -> None:
    answers["what"] = ["messages-images", "sexual-assault", "messages-images"]
    answers["account"] = "  \u0065\u0301 text  "  # decomposed é, surrounding spaces
    answers["chat_id"] = 123456
    answers["when"] = " 2019-07 "
    clean = schema.validate(answers, today=today)
    assert list(clean) == list(schema.names)
    assert "chat_id" not in clean
    assert clean["what"] == ["sexual-assault", "messages-images"]  # schema order, no dupes
    assert clean["account"] == "\u00e9 text"
    assert clean["when"] == "2019-07"
    assert schema.validate(clean, today=today) == clean


def test_optional_text_may_be_missing_or_blank(
    schema: ReportSchema, answers: dict[str, Any], today: date
) -> None:
    del answers["account"]
    assert schema.validate(answers, today=today)["account"] is None
    answers["account"] = "   "
    assert schema.validate(answers, today=today)["account"] is None


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("nation", None, "missing"),
        ("nation", "", "missing"),
        ("nation", "france", "unknown-option"),
        ("nation", ["england"], "wrong-type"),
        ("what", "touching", "wrong-type"),
        ("what", [], "missing"),
        ("what", ["touching", "shouting"], "unknown-option"),
        ("what", ["touching", 3], "wrong-type"),
        ("barriers", ["none", "visa"], "exclusive-option"),
        ("when", "2025-7", "bad-month"),
        ("when", "2025-13", "bad-month"),
        ("when", "June 2025", "bad-month"),
        ("when", 202506, "wrong-type"),
        ("when", "2025-07", "future-month"),
        ("account", 42, "wrong-type"),
        ("account", "x" * 2001, "too-long"),
        ("consent_evidence", True, "wrong-type"),
    ],
)
def test_validation_errors(
    schema: ReportSchema,
    answers: dict[str, Any],
    today: date,
    field: str,
    value: object,
    code: str,
) -> None:
    answers[field] = value
    with pytest.raises(ReportValidationError) as info:
        schema.validate(answers, today=today)
    assert isinstance(info.value, ValueError)
    assert info.value.field == field
    assert info.value.code == code
    assert f"'{field}'" in str(info.value)


def test_current_month_and_exact_max_length_are_accepted(
    schema: ReportSchema, answers: dict[str, Any], today: date
) -> None:
    answers["when"] = "2025-06"
    answers["account"] = "y" * 2000
    clean = schema.validate(answers, today=today)
    assert clean["when"] == "2025-06" and len(clean["account"]) == 2000


def test_errors_never_echo_what_the_worker_typed(
    schema: ReportSchema, answers: dict[str, Any], today: date
) -> None:
    answers["account"] = "SecretNameOfManager " * 200
    with pytest.raises(ReportValidationError) as info:
        schema.validate(answers, today=today)
    assert "SecretNameOfManager" not in str(info.value)
    answers["account"] = None
    answers["nation"] = "SecretNameOfManager"
    with pytest.raises(ReportValidationError) as info:
        schema.validate(answers, today=today)
    assert "SecretNameOfManager" not in str(info.value)


def test_answers_must_be_a_mapping(schema: ReportSchema) -> None:
    with pytest.raises(ReportValidationError, match="mapping"):
        schema.validate(["nation"])  # type: ignore[arg-type]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "schema.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fields: [\n  - name: x\n", "YAML syntax error"),
        ("- just\n- a list\n", "top-level 'fields:'"),
        ("fields: []\n", "'fields' is empty"),
        ("fields:\n  - type: choice\n    options: [a]\n", "'name' must be lowercase"),
        ("fields:\n  - name: Nation\n    type: choice\n    options: [a]\n", "'name' must"),
        ("fields:\n  - name: x\n    type: radio\n    options: [a]\n", "'type' must be one of"),
        ("fields:\n  - name: x\n    type: choice\n", "needs a non-empty 'options'"),
        ("fields:\n  - name: x\n    type: choice\n    options: [yes, no]\n", "in quotes"),
        ("fields:\n  - name: x\n    type: choice\n    options: [Care Home]\n", "care-home"),
        ("fields:\n  - name: x\n    type: choice\n    options: [a, a]\n", "listed twice"),
        ("fields:\n  - name: x\n    type: text\n", "max_length"),
        ("fields:\n  - name: x\n    type: text\n    max_length: 0\n", "max_length"),
        ("fields:\n  - name: x\n    type: month\n    options: [a]\n", "only allowed on choice"),
        ("fields:\n  - name: x\n    type: month\n    max_length: 4\n", "only allowed on text"),
        ("fields:\n  - name: x\n    type: month\n    optional: maybe\n", "true or false"),
        ("fields:\n  - name: x\n    type: month\n    label: X\n", "unknown key(s) label"),
        ("fields:\n  - name: x\n    type: choice\n    options: [a]\n    exclusive: [a]\n", "multi"),
        (
            "fields:\n  - name: x\n    type: multi\n    options: [a]\n    exclusive: [b]\n",
            "b, which is",
        ),
        ("fields:\n  - name: x\n    type: month\n  - name: x\n    type: month\n", "twice"),
        ("colour: red\nfields:\n  - name: x\n    type: month\n", "top-level key(s) colour"),
        ("version: zero\nfields:\n  - name: x\n    type: month\n", "'version'"),
    ],
)
def test_load_errors_name_the_file_and_the_fix(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(SchemaError) as info:
        ReportSchema.load(path)
    message = str(info.value)
    assert str(path) in message
    assert expected in message


def test_load_error_points_at_the_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "fields:\n  - name: a\n    type: month\n  - name: b\n    type: text\n",
    )
    with pytest.raises(SchemaError, match=rf"{path}:4 \(field 'b'\): a text field needs"):
        ReportSchema.load(path)


def test_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="cannot read the report schema"):
        ReportSchema.load(tmp_path / "nope.yaml")


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "schema.yaml"
    path.write_bytes(b"fields: \xff\xfe")
    with pytest.raises(SchemaError, match="UTF-8"):
        ReportSchema.load(path)
