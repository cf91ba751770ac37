"""Report schema: it is content (read from the content folder, its mistakes are issues
with file:line and a fix, like the flows'); validation is strict."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.app import BotApp, build_report_sink
from bot.config import ConfigError, Settings
from bot.content import check_content, load_content
from bot.engine.issues import Level
from bot.reports import new_keypair
from bot.reports.schema import (
    SCHEMA_FILE,
    FieldType,
    ReportSchema,
    ReportValidationError,
    SchemaError,
    parse_schema,
)
from tests.helpers import REPO, copy_mini


def test_shipped_schema_has_the_agreed_fields(schema: ReportSchema) -> None:
    assert load_content(REPO).report_schema == schema
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
    ("text", "line", "expected"),
    [
        ("fields: [\n  - name: x\n", 2, "YAML syntax error"),
        ("- just\n- a list\n", 1, "'fields:'"),
        ("fields: []\n", 1, "at least 1 item"),
        ("fields:\n  - type: choice\n    options: [a]\n", 2, "'name' is missing"),
        ("fields:\n  - name: Nation\n    type: choice\n    options: [a]\n", 2, "not a valid"),
        ("fields:\n  - name: x\n    type: radio\n    options: [a]\n", 3, "'choice', 'multi'"),
        ("fields:\n  - name: x\n    type: choice\n", 2, "needs a non-empty 'options'"),
        ("fields:\n  - name: x\n    type: choice\n    options: [yes, no]\n", 4, "in quotes"),
        ("fields:\n  - name: x\n    type: choice\n    options: [Care Home]\n", 4, "care-home"),
        ("fields:\n  - name: x\n    type: choice\n    options: [a, a]\n", 4, "listed twice"),
        ("fields:\n  - name: x\n    type: text\n", 2, "max_length"),
        ("fields:\n  - name: x\n    type: text\n    max_length: 0\n", 4, "greater than"),
        ("fields:\n  - name: x\n    type: month\n    options: [a]\n", 2, "only allowed on"),
        ("fields:\n  - name: x\n    type: month\n    max_length: 4\n", 2, "only allowed on"),
        ("fields:\n  - name: x\n    type: month\n    optional: maybe\n", 4, "boolean"),
        ("fields:\n  - name: x\n    type: month\n    label: X\n", 4, "unknown key 'label'"),
        (
            "fields:\n  - name: x\n    type: choice\n    options: [a]\n    exclusive: [a]\n",
            2,
            "multi",
        ),
        (
            "fields:\n  - name: x\n    type: multi\n    options: [a]\n    exclusive: [b]\n",
            2,
            "b, which is",
        ),
        ("fields:\n  - name: x\n    type: month\n  - name: x\n    type: month\n", 4, "twice"),
        ("colour: red\nfields:\n  - name: x\n    type: month\n", 1, "unknown key 'colour'"),
        ("version: zero\nfields:\n  - name: x\n    type: month\n", 1, "integer"),
        ("fields:\n  - name: x\n    type: month\n    type: text\n", 4, "appears twice"),
    ],
)
def test_each_mistake_is_an_issue_at_its_line_with_a_fix(
    text: str, line: int, expected: str
) -> None:
    schema, issues = parse_schema(text, SCHEMA_FILE)
    assert schema is None
    assert any(
        i.file == SCHEMA_FILE and i.line == line and expected in i.message and i.fix for i in issues
    ), "\n".join(map(str, issues))
    assert all(i.level is Level.ERROR and i.fix for i in issues)


def test_load_errors_name_the_file_line_and_fix(tmp_path: Path) -> None:
    path = _write(tmp_path, "fields:\n  - name: a\n    type: month\n  - name: b\n    type: text\n")
    with pytest.raises(SchemaError) as info:
        ReportSchema.load(path)
    assert str(info.value).startswith(f"{path}:4: error: a text field needs 'max_length:'")
    assert "how to fix:" in str(info.value)
    assert [i.line for i in info.value.issues] == [4]


def test_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="cannot read the report schema"):
        ReportSchema.load(tmp_path / "nope.yaml")


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "schema.yaml"
    path.write_bytes(b"fields: \xff\xfe")
    with pytest.raises(SchemaError, match="UTF-8"):
        ReportSchema.load(path)


# --- the schema is the content folder's, never the installed package's (issue 9) -----------


def _content_with_schema(tmp_path: Path, text: str) -> Path:
    root = copy_mini(tmp_path)
    (root / SCHEMA_FILE).write_text(text, encoding="utf-8")
    return root


def test_check_reports_a_broken_schema_with_file_and_line(tmp_path: Path) -> None:
    root = _content_with_schema(tmp_path, "version: 1\nfields:\n  - name: x\n    type: radio\n")
    content, issues, _ = check_content(root)
    assert content is None
    assert [(i.file, i.line) for i in issues if i.level is Level.ERROR] == [(SCHEMA_FILE, 4)]


def test_the_bot_seals_with_its_content_folders_schema(tmp_path: Path) -> None:
    text = (
        "version: 1\nfields:\n  - name: story\n    type: text\n    max_length: 40\n"
        "  - name: more\n    type: text\n    optional: true\n    max_length: 500\n"
    )
    root = _content_with_schema(tmp_path, text)
    content = load_content(root)
    assert content.report_schema is not None and content.report_schema.names == ("story", "more")
    _, line = new_keypair(b"a long enough passphrase")
    settings = Settings(db_path=tmp_path / "bot.db", secret=b"s" * 32, organiser_keys=(line,))
    sink = build_report_sink(settings, content.report_schema)
    assert sink is not None and sink.schema is content.report_schema


async def test_keys_without_a_schema_blame_the_missing_schema_not_the_keys(
    tmp_path: Path,
) -> None:
    content = load_content(copy_mini(tmp_path))  # no flows/report-schema.yaml
    assert content.report_schema is None
    _, line = new_keypair(b"a long enough passphrase")
    settings = Settings(db_path=tmp_path / "bot.db", secret=b"s" * 32, organiser_keys=(line,))
    with pytest.raises(ConfigError, match=r"flows/report-schema\.yaml") as info:
        BotApp(settings, content)
    assert "ADVICE_BOT_ORGANISER_KEYS:" not in str(info.value)
