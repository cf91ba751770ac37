"""Free text in reports: cleaned of escapes and controls, measured once, exported safely."""

from __future__ import annotations

import io
import sqlite3
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.cli import main
from bot.content import Content, load_content
from bot.engine.session import Session
from bot.engine.step import Text, step
from bot.engine.text import clean_text
from bot.reports.export import dump_csv, dump_json
from bot.reports.schema import ReportSchema
from bot.reports.sink import SqliteReportSink, answers_to_report, build_report_sink
from tests.helpers import REPO, REPORT_SCHEMA
from tests.reports.test_report_e2e import (
    ACCOUNT,
    REPORT_INPUT,
    SECRET_HEX,
    Keys,
    Terminal,
    make_keys,
)

LLA = "\u0a33"  # GURMUKHI LETTER LLA: NFC turns it into two code points
NASTY = "a\x1b[31mred\x1b[0m \x1b]0;title\x07b\x9b2Jc\x00d\re\u202eevil\u202c\tf\x7fg"
ANSWERS = {
    "nation": "wales",
    "sector": "education",
    "workplace": "school",
    "what_touching": "yes",
    "who_manager": "yes",
    "when": "last-month",
    "reported_to_employer": "no",
    "barriers_none": "yes",
    "consent_evidence": "no",
}


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(REPO)


@pytest.fixture(scope="module")
def schema() -> ReportSchema:
    return ReportSchema.load(REPORT_SCHEMA)


def test_clean_text_removes_escapes_and_controls_and_keeps_the_words() -> None:
    assert clean_text(NASTY) == "ared b2Jcd\neevil fg"
    assert clean_text("  line one\r\nline two\u2028three  ") == "line one\nline two\nthree"
    # what scripts need stays: joiners, marks, right-to-left text
    for text in ("क्‍ष", "ന്‍", "می‌خواهم", "\u200fمرحبا", "👩‍🔧", "Łódź café"):
        assert clean_text(text) == unicodedata.normalize("NFC", text)
    assert len(clean_text(LLA * 10)) == 20


def test_the_flow_and_the_schema_allow_the_same_length(
    content: Content, schema: ReportSchema
) -> None:
    node = content.flows.nodes["report.account"]
    assert node.ask is not None
    assert node.ask.max_length == schema.field("account").max_length


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(),
            st.sampled_from([LLA, "\x1b", "[", "\r", "\n", "\u202e", "\u0301", "e"]),
        ),
        max_size=2100,
    )
)
def test_every_answer_the_flow_takes_the_sink_takes(text: str) -> None:
    content = _CONTENT
    result = step(content.flows, Session(node="report.account"), Text(text))
    value = result.session.vars.get("report_account")
    if value is None:
        return  # refused (too long) or skipped (empty) at the question itself
    assert value == clean_text(value)
    report = answers_to_report(_SCHEMA, {**ANSWERS, "account": value}, date(2026, 3, 1))
    assert report["account"] == (value or None)


_CONTENT = load_content(REPO)
_SCHEMA = ReportSchema.load(REPORT_SCHEMA)


async def test_a_long_gurmukhi_account_is_refused_at_the_question_not_lost_at_the_end(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice = make_keys(tmp_path, "alice", monkeypatch)
    sink = build_report_sink(
        tmp_path / "r.db", [alice.line], bytes.fromhex(SECRET_HEX), 30, schema=_SCHEMA
    )
    try:
        account = REPORT_INPUT.index(ACCOUNT)
        too_long = [*REPORT_INPUT[:account], LLA * 1500]
        text = await Terminal(content, sink).talk(too_long)
        assert "could not be saved" not in text
        assert "longer than 2,000 characters" in text
        fits = [*REPORT_INPUT[:account], LLA * 1000, *REPORT_INPUT[account + 1 :]]
        text = await Terminal(content, sink).talk(fits)
        assert "Your report has been sent." in text
        assert sink.store.count() == 1
    finally:
        await sink.close()


async def test_the_sink_cleans_what_it_seals(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice = make_keys(tmp_path, "alice", monkeypatch)
    sink: SqliteReportSink = build_report_sink(
        tmp_path / "r.db", [alice.line], bytes.fromhex(SECRET_HEX), 30, schema=_SCHEMA
    )
    try:
        report = sink.report({**ANSWERS, "account": NASTY})
        assert report["account"] == clean_text(NASTY)
    finally:
        await sink.close()


# ---- export -----------------------------------------------------------------------------


def _unsafe(text: str) -> list[str]:
    """Characters a terminal or spreadsheet would act on rather than show."""
    return [
        c
        for c in text
        if (unicodedata.category(c) == "Cc" and c != "\n") or "\u202a" <= c <= "\u202e"
    ]


REPORTS: list[dict[str, Any]] = [
    {"nation": "wales", "account": NASTY},
    {"nation": '=HYPERLINK("http://x")', "account": "+1"},
    {"nation": "-2+3", "account": "@SUM(A1)"},
    {"nation": "\t=1", "account": "\r=1"},
    {"nation": "ok", "account": "\u202e=cmd"},
]


def test_csv_shows_no_control_characters_and_runs_no_formula() -> None:
    out = io.StringIO()
    dump_csv(REPORTS, out)
    text = out.getvalue()
    rows = text.split("\r\n")
    assert rows[-1] == ""
    assert not _unsafe("\n".join(rows)), [hex(ord(c)) for c in _unsafe("\n".join(rows))]
    import csv

    for row in list(csv.reader(io.StringIO(text)))[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell


def test_json_escapes_every_control_character() -> None:
    out = io.StringIO()
    dump_json(REPORTS, out)
    assert not _unsafe(out.getvalue().replace("\n", ""))
    import json

    assert json.loads(out.getvalue()) == REPORTS  # still the very same data


def test_pull_out_refuses_to_overwrite_a_file_unless_forced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice: Keys = make_keys(tmp_path, "alice", monkeypatch)
    db = tmp_path / "bot.db"
    sink = build_report_sink(db, [alice.line], bytes.fromhex(SECRET_HEX), 30, schema=_SCHEMA)
    sink.store.submit(
        sink.report(ANSWERS),
        sink.public_keys,
        now=sink.now(),
        ttl_days=30,
        server_secret=bytes.fromhex(SECRET_HEX),
    )
    sink.store.db.close()
    out = tmp_path / "reports.csv"
    out.write_text("the organiser's earlier export\n")
    args = ["reports", "pull", "--key", str(alice.pem), "--db", str(db), "--format", "csv"]
    result = CliRunner().invoke(main, [*args, "--out", str(out), "--delete"])
    assert result.exit_code != 0
    assert "already exists" in result.output and "--force" in result.output
    assert out.read_text() == "the organiser's earlier export\n"
    with sqlite3.connect(db) as conn:  # refused before anything was deleted
        assert conn.execute("SELECT count(*) FROM reports").fetchone() == (1,)
    result = CliRunner().invoke(main, [*args, "--out", str(out), "--force"])
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("nation,") and "wales" in out.read_text()
    assert out.stat().st_mode & 0o777 == 0o600
