"""Anonymous reports end to end: terminal chat -> sealed row in SQLite -> organiser CLI.

Real keys (made with ``advice-bot keys new``), the real flows and translations, the real
sink and store; only Telegram is replaced by the terminal chat.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from bot.cli import main
from bot.content import Content, load_content
from bot.reports import store as store_module
from bot.reports.schema import ReportSchema
from bot.reports.sink import SqliteReportSink, build_report_sink, coarse_month
from bot.service import MemoryStore, Service
from bot.transports.console import chat
from tests.helpers import REPO, REPORT_SCHEMA

PASSPHRASE = "correct horse battery staple"
SECRET_HEX = "9e3f1a7c52d80b64e1c73a9f05b2d8e6417c0af39d2e5b8170c4f6a29e3d51b8"
SCHEMA = ReportSchema.load(REPORT_SCHEMA)
ACCOUNT = "ZebraCrossing42 happened at the staff party by the lockers."
CODE_RE = re.compile(r"\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b")

# Button numbers (as typed in the terminal) for one whole report; see flows/report.yaml.
REPORT_INPUT = [
    "1",  # intro: start the report
    "2",  # 1 nation: Wales
    "9",  # 2 sector: other kinds of work...
    "1",  #   education
    "9",  # 3 workplace: other places...
    "2",  #   school
    "1",  # 4 what: tick comments or jokes
    "2",  #   tick unwanted touching
    "7",  #   done
    "2",  # 5 who: tick manager
    "5",  #   done
    "2",  # 6 when: last month
    "4",  # 7 told the employer: yes, treated worse
    "1",  # 8 barriers: tick fear of losing my job
    "7",  #   done
    "1",  # 9 write in my own words
    ACCOUNT,
    "1",  # 10 consent: yes
    "1",  # review: send it
]


def expected_report(today: date) -> dict[str, Any]:
    return {
        "nation": "wales",
        "sector": "education",
        "workplace": "school",
        "what": ["comments-jokes", "touching"],
        "who": ["manager"],
        "when": coarse_month("last-month", today),
        "reported_to_employer": "yes-treated-worse",
        "barriers": ["job"],
        "account": ACCOUNT,
        "consent_evidence": "yes",
    }


# Plaintext that must never reach the database file: answers, option keys, field names.
SECRETS = [
    ACCOUNT,
    "ZebraCrossing42",
    "education",
    "school",
    "comments-jokes",
    "yes-treated-worse",
    "reported_to_employer",
    "consent_evidence",
]


@dataclass
class Keys:
    pem: Path
    line: str


def make_keys(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> Keys:
    monkeypatch.setenv("ADVICE_BOT_KEY_PASSPHRASE", PASSPHRASE)
    out = tmp_path / name
    result = CliRunner().invoke(main, ["keys", "new", "--out", str(out), "--name", name])
    assert result.exit_code == 0, result.output
    line = result.stdout.strip().splitlines()[-1]
    assert line.startswith("x25519:") and line.endswith(name)
    pem = out / "organiser-key.pem"
    assert pem.stat().st_mode & 0o777 == 0o600
    assert (out / "organiser-key.pub").read_text().strip() == line
    return Keys(pem, line)


@pytest.fixture
def alice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Keys:
    return make_keys(tmp_path, "alice", monkeypatch)


@pytest.fixture
def mallory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Keys:
    return make_keys(tmp_path, "mallory", monkeypatch)


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(REPO)


@pytest.fixture
def now() -> datetime:
    # Close to the real time: `reports pull` leaves out reports that have expired by now.
    return datetime.now(UTC)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "advice-bot.db"


@pytest.fixture
async def sink(db: Path, alice: Keys, now: datetime) -> AsyncIterator[SqliteReportSink]:
    sink = build_report_sink(
        db, [alice.line], bytes.fromhex(SECRET_HEX), 30, lambda: now, schema=SCHEMA
    )
    yield sink
    await sink.close()


class Terminal:
    """The terminal chat with a scripted worker; keeps the session store to look into."""

    def __init__(self, content: Content, reports: Any) -> None:
        self.store = MemoryStore()
        self.service: Service[str] = Service(content, self.store, reports)
        self.content = content

    async def talk(self, lines: list[str], flow: str | None = "report") -> str:
        out = io.StringIO()
        stdin = io.StringIO("".join(line + "\n" for line in lines))
        await chat(self.content, flow=flow, stdin=stdin, stdout=out, service=self.service)
        return out.getvalue()

    @property
    def variables(self) -> dict[str, Any]:
        return dict(self.store.data.get("console", {}).get("vars", {}))


def pull(*args: str) -> Result:
    return CliRunner().invoke(main, ["reports", "pull", *args])


def raw_bytes(db: Path) -> bytes:
    data = db.read_bytes()
    wal = db.with_name(db.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


# ---- the whole journey --------------------------------------------------------------------


async def test_a_report_is_sealed_pulled_intact_and_withdrawn(
    content: Content,
    sink: SqliteReportSink,
    db: Path,
    alice: Keys,
    mallory: Keys,
    now: datetime,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    terminal = Terminal(content, sink)
    text = await terminal.talk(REPORT_INPUT)
    assert "Your report has been sent." in text
    codes = set(CODE_RE.findall(text))
    assert len(codes) == 1, text
    code = codes.pop()
    assert f"/withdraw {code}" in text
    assert not [k for k in terminal.variables if k.startswith("report_")]
    assert sink.store.count() == 1

    # Nothing readable on disk while the bot runs: not in the database, not in the WAL.
    raw = raw_bytes(db)
    for needle in [*SECRETS, code, code.replace("-", "")]:
        assert needle.encode() not in raw, needle

    # The organiser opens exactly what was entered (the bot is still running: live DB).
    monkeypatch.setenv("ADVICE_BOT_KEY_PASSPHRASE", PASSPHRASE)
    out = db.parent / "pulled.json"
    result = pull("--key", str(alice.pem), "--db", str(db), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "opened 1 report(s)" in result.stderr
    assert json.loads(out.read_text()) == [expected_report(now.date())]
    assert out.stat().st_mode & 0o777 == 0o600

    # Someone else's key opens nothing.
    result = pull("--key", str(mallory.pem), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []

    # The worker withdraws it with the receipt code; then there is nothing to pull.
    text = await terminal.talk([f"/withdraw {code}"])
    assert "Your report has been withdrawn and deleted." in text
    assert sink.store.count() == 0
    result = pull("--key", str(alice.pem), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    for needle in SECRETS:
        assert needle.encode() not in raw_bytes(db), needle


async def test_pull_with_delete_and_csv_then_stats(
    content: Content, sink: SqliteReportSink, db: Path, alice: Keys, tmp_path: Path
) -> None:
    for _ in range(2):
        await Terminal(content, sink).talk(REPORT_INPUT)
    assert sink.store.count() == 2
    csv_out = tmp_path / "reports.csv"
    result = pull(
        "--key", str(alice.pem), "--db", str(db), "--format", "csv", "--out", str(csv_out)
    )
    assert result.exit_code == 0, result.output
    rows = csv_out.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("nation,sector,workplace,what")
    assert len(rows) == 3 and "comments-jokes;touching" in rows[1]

    json_out = tmp_path / "reports.json"
    result = pull("--key", str(alice.pem), "--db", str(db), "--out", str(json_out), "--delete")
    assert result.exit_code == 0, result.output
    assert "deleted them" in result.stderr
    assert sink.store.count() == 0

    png = tmp_path / "chart.png"
    result = CliRunner().invoke(main, ["reports", "stats", str(json_out), "--png", str(png)])
    assert result.exit_code == 0, result.output
    assert "total: <5" in result.stdout and "ZebraCrossing42" not in result.stdout
    assert png.read_bytes().startswith(b"\x89PNG")


async def test_purge_removes_expired_reports(
    content: Content, db: Path, alice: Keys, now: datetime
) -> None:
    old = build_report_sink(
        db,
        [alice.line],
        bytes.fromhex(SECRET_HEX),
        30,
        lambda: now - timedelta(days=31),
        schema=SCHEMA,
    )
    try:
        await Terminal(content, old).talk(REPORT_INPUT)
        assert old.store.count() == 1
    finally:
        await old.close()
    result = CliRunner().invoke(main, ["reports", "purge", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "deleted 1 expired report(s)" in result.stdout


# ---- not offered, stopped, discarded ------------------------------------------------------


def test_the_report_is_not_offered_without_organiser_keys(tmp_path: Path) -> None:
    db = tmp_path / "no.db"
    env = {"ADVICE_BOT_ORGANISER_KEYS": "", "ADVICE_BOT_CONFIG": "", "ADVICE_BOT_DB": str(db)}
    result = CliRunner().invoke(
        main, ["chat", "--root", str(REPO), "--flow", "report"], input="1\n", env=env
    )
    assert result.exit_code == 0, result.output
    assert "Anonymous reports are not switched on" in result.stdout
    assert "1 of 10" not in result.stdout
    assert "ADVICE_BOT_ORGANISER_KEYS" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not db.exists()


def test_chat_seals_reports_when_keys_are_set(tmp_path: Path, alice: Keys) -> None:
    db = tmp_path / "chat.db"
    env = {
        "ADVICE_BOT_ORGANISER_KEYS": alice.line,
        "ADVICE_BOT_SECRET": SECRET_HEX,
        "ADVICE_BOT_CONFIG": "",
    }
    args = ["chat", "--root", str(REPO), "--flow", "report", "--db", str(db)]
    result = CliRunner().invoke(main, args, input="\n".join(REPORT_INPUT) + "\n", env=env)
    assert result.exit_code == 0, result.output
    code = CODE_RE.findall(result.stdout)[0]
    assert "reports: on" in result.stderr
    # The secret is kept, so the code works in a later chat too.
    result = CliRunner().invoke(main, args, input=f"/withdraw {code}\n", env=env)
    assert "Your report has been withdrawn and deleted." in result.stdout


async def test_stopping_deletes_every_answer(content: Content, sink: SqliteReportSink) -> None:
    terminal = Terminal(content, sink)
    await terminal.talk(["1", "2", "1", "1", "1"])  # up to "what happened", one ticked
    assert {"report_nation", "report_sector", "report_what_comments_jokes"} <= set(
        terminal.variables
    )
    terminal = Terminal(content, sink)
    text = await terminal.talk(["1", "2", "1", "1", "1", "8"])  # then "Stop and forget..."
    # the bot forgets the answers; it does not claim they left the chat
    assert "Nothing was sent, and the bot no longer keeps your answers." in text
    assert "still visible in this chat" in text
    assert "What do you need?" in text  # back at the menu
    assert not [k for k in terminal.variables if k.startswith("report_")]
    assert sink.store.count() == 0


async def test_discarding_at_the_review_deletes_every_answer(
    content: Content, sink: SqliteReportSink
) -> None:
    terminal = Terminal(content, sink)
    text = await terminal.talk([*REPORT_INPUT[:-1], "2"])  # "Don't send it"
    assert "Please check your answers" in text and ACCOUNT in text
    assert "Nothing was sent, and the bot no longer keeps your answers." in text
    assert not [k for k in terminal.variables if k.startswith("report_")]
    assert sink.store.count() == 0


# ---- failures -----------------------------------------------------------------------------


def crash_in(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make the next insert crash after writing its row but before the commit."""
    calls: list[int] = []
    original: Callable[..., None] = store_module.ReportStore._insert_row

    def insert_then_crash(self: store_module.ReportStore, row: Any) -> None:
        original(self, row)
        calls.append(1)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_module.ReportStore, "_insert_row", insert_then_crash)
    return calls


async def test_a_crash_while_storing_says_failed_and_keeps_nothing(
    content: Content,
    sink: SqliteReportSink,
    db: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls = crash_in(monkeypatch)
    terminal = Terminal(content, sink)
    text = await terminal.talk(REPORT_INPUT)
    assert calls == [1]
    assert "your report could not be saved" in text
    assert "Your report has been sent." not in text
    assert not CODE_RE.findall(text)
    assert not [k for k in terminal.variables if k.startswith("report_")]
    assert sink.store.count() == 0  # the half-written row was rolled back
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM reports").fetchone() == (0,)
    assert ACCOUNT not in caplog.text and "wales" not in caplog.text

    monkeypatch.undo()
    text = await terminal.talk(REPORT_INPUT)
    assert "Your report has been sent." in text
    assert sink.store.count() == 1  # exactly one: no duplicate of the failed attempt


async def test_a_crash_before_sealing_says_failed(
    content: Content, sink: SqliteReportSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_seal(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("no entropy")

    monkeypatch.setattr(store_module, "seal", broken_seal)
    text = await Terminal(content, sink).talk(REPORT_INPUT)
    assert "your report could not be saved" in text
    assert sink.store.count() == 0
