"""The report sink: conversation answers -> schema report; the feature switch; CLI guards."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from bot.cli import main
from bot.content import load_content
from bot.reports.keys import KeyFormatError, format_public_key
from bot.reports.schema import ReportSchema, ReportValidationError
from bot.reports.sink import (
    answers_to_report,
    build_report_sink,
    coarse_month,
    parse_organiser_keys,
    toggle_var,
)
from bot.service import MemoryStore, Service
from bot.storage import Writer
from bot.storage.db import open_database
from bot.transcripts import MemoryReports
from tests.helpers import REPO, REPORT_SCHEMA

TODAY = date(2026, 1, 20)


def conversation_answers() -> dict[str, Any]:
    """What the engine hands over from flows/report.yaml (prefix already removed)."""
    return {
        "nation": "northern-ireland",
        "sector": "domestic-work",
        "workplace": "private-home",
        "what_sexual_assault": "yes",
        "what_touching": "no",
        "what_messages_images": True,
        "who_agency_gangmaster": "yes",
        "when": "months-2-3",
        "reported_to_employer": "no",
        "barriers_visa": "yes",
        "barriers_not_believed": "yes",
        "account": "",
        "consent_evidence": "no",
        "stray_variable": "dropped",
    }


def test_answers_become_the_schema_report(schema: ReportSchema) -> None:
    report = answers_to_report(schema, conversation_answers(), TODAY)
    assert report == {
        "nation": "northern-ireland",
        "sector": "domestic-work",
        "workplace": "private-home",
        "what": ["sexual-assault", "messages-images"],
        "who": ["agency-gangmaster"],
        "when": "2025-11",
        "reported_to_employer": "no",
        "barriers": ["visa", "not-believed"],
        "account": None,
        "consent_evidence": "no",
    }


@pytest.mark.parametrize(
    ("answer", "month"),
    [
        ("this-month", "2026-01"),
        ("last-month", "2025-12"),
        ("months-2-3", "2025-11"),
        ("months-4-6", "2025-09"),
        ("longer-ago", "2025-06"),
        ("rather-not-say", None),
        (None, None),
        ("2024-03", "2024-03"),
    ],
)
def test_coarse_months_use_the_clock(answer: str | None, month: str | None) -> None:
    assert coarse_month(answer, TODAY) == month


def test_rather_not_say_leaves_the_month_empty(schema: ReportSchema) -> None:
    answers = conversation_answers() | {"when": "rather-not-say"}
    assert answers_to_report(schema, answers, TODAY)["when"] is None


def test_every_multi_option_has_a_toggle_variable_in_the_flow(schema: ReportSchema) -> None:
    flow = (REPO / "flows" / "report.yaml").read_text(encoding="utf-8")
    ftl = (REPO / "locales" / "en" / "report.ftl").read_text(encoding="utf-8")
    for field in schema.fields:
        for option in field.options:
            assert f"report-opt-{field.name.replace('_', '-')}-{option} =" in ftl
            if field.type == "multi":
                assert f"report_{toggle_var(field.name, option)}: " in flow
            else:
                assert f"report_{field.name}: " in flow


def test_nothing_ticked_is_rejected_without_echoing_answers(schema: ReportSchema) -> None:
    answers = conversation_answers() | {"what_sexual_assault": "no", "what_messages_images": None}
    answers["account"] = "SecretName of the manager"
    with pytest.raises(ReportValidationError) as info:
        answers_to_report(schema, answers, TODAY)
    assert info.value.field == "what"
    assert "SecretName" not in str(info.value)


def key_line(name: str | None = None) -> str:
    return format_public_key(X25519PrivateKey.generate().public_key(), name)


def test_organiser_keys_are_checked_and_deduplicated() -> None:
    line = key_line("north")
    assert len(parse_organiser_keys([line, line.split()[0], "", key_line()])) == 2
    with pytest.raises(KeyFormatError, match="organiser key 2"):
        parse_organiser_keys([line, "x25519:short"])


async def test_sink_logs_no_answers_and_needs_an_aware_clock(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    sink = build_report_sink(
        tmp_path / "r.db",
        [key_line()],
        b"k" * 32,
        30,
        lambda: datetime(2026, 1, 20),
        schema=ReportSchema.load(REPORT_SCHEMA),
    )
    try:
        with pytest.raises(ValueError, match="timezone-aware"):
            await sink.submit(conversation_answers())
        sink._now = lambda: datetime(2026, 1, 20, tzinfo=UTC)
        caplog.set_level(logging.DEBUG)
        bad = conversation_answers() | {"nation": "SecretTown", "account": "SecretStory"}
        with pytest.raises(ReportValidationError):
            await sink.submit(bad)
        assert "nation" in caplog.text
        assert "SecretTown" not in caplog.text and "SecretStory" not in caplog.text
        code = await sink.submit(conversation_answers())
        assert code not in caplog.text and "SecretStory" not in repr(sink)
        assert await sink.withdraw(code) and not await sink.withdraw(code)
    finally:
        await sink.close()


def test_a_sink_needs_keys(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="ADVICE_BOT_ORGANISER_KEYS"):
        build_report_sink(tmp_path / "r.db", [], b"k" * 32, schema=ReportSchema.load(REPORT_SCHEMA))
    assert not (tmp_path / "r.db").exists()


async def test_the_sink_can_share_the_bots_database_thread(tmp_path: Path) -> None:
    writer = Writer(open_database(tmp_path / "bot.db"))
    threads: set[str] = set()
    original = writer.run

    async def spy(fn: Any, *args: Any, **kwargs: Any) -> Any:
        def wrapped() -> Any:
            threads.add(threading.current_thread().name)
            return fn(*args, **kwargs)

        return await original(wrapped)

    writer.run = spy  # type: ignore[method-assign]
    schema = ReportSchema.load(REPORT_SCHEMA)
    sink = build_report_sink("ignored.db", [key_line()], b"k" * 32, schema=schema, runner=writer)
    assert sink.store.db is writer.db
    await sink.submit(conversation_answers() | {"when": "this-month"})
    assert await sink.purge() == 0
    await sink.close()  # not the sink's to close
    assert sink.store.count() == 1
    assert threads and all(t.startswith("advice-bot-db") for t in threads)
    await writer.close()
    assert not Path("ignored.db").exists()


def test_a_report_sink_switches_the_report_feature_on() -> None:
    content = load_content(REPO)
    assert "reports" not in content.flows.features
    assert "reports" not in Service(content, MemoryStore()).content.flows.features
    on = Service(content, MemoryStore(), MemoryReports())
    assert "reports" in on.content.flows.features
    assert "reports" not in content.flows.features  # the shared content is left alone
    assert on.content.translator is content.translator


# ---- CLI guards -----------------------------------------------------------------------------


def test_keys_new_never_overwrites_a_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADVICE_BOT_KEY_PASSPHRASE", "correct horse battery staple")
    args = ["keys", "new", "--out", str(tmp_path / "k")]
    assert CliRunner().invoke(main, args).exit_code == 0
    before = (tmp_path / "k" / "organiser-key.pem").read_bytes()
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1 and "refusing to overwrite" in result.output
    assert (tmp_path / "k" / "organiser-key.pem").read_bytes() == before


def test_keys_new_asks_twice_and_refuses_a_short_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ADVICE_BOT_KEY_PASSPHRASE", raising=False)
    args = ["keys", "new", "--out", str(tmp_path / "k")]
    result = CliRunner().invoke(main, args, input="too short\ntoo short\n")
    assert result.exit_code == 1 and "at least 12" in result.output
    good = "several unrelated words here"
    result = CliRunner().invoke(main, args, input=f"{good}\n{good}\n")
    assert result.exit_code == 0, result.output
    assert good not in result.output
    assert result.stdout.strip().startswith("x25519:")


def test_pull_explains_a_wrong_passphrase_and_a_missing_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADVICE_BOT_KEY_PASSPHRASE", "correct horse battery staple")
    assert CliRunner().invoke(main, ["keys", "new", "--out", str(tmp_path)]).exit_code == 0
    key = str(tmp_path / "organiser-key.pem")
    result = CliRunner().invoke(
        main, ["reports", "pull", "--key", key, "--db", str(tmp_path / "none.db")]
    )
    assert result.exit_code == 1 and "does not exist" in result.output
    assert not (tmp_path / "none.db").exists()
    monkeypatch.setenv("ADVICE_BOT_KEY_PASSPHRASE", "the wrong passphrase!")
    result = CliRunner().invoke(main, ["reports", "pull", "--key", key])
    assert result.exit_code == 1 and "wrong passphrase" in result.output


def test_stats_refuses_something_that_is_not_a_pull(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "a list"}', encoding="utf-8")
    result = CliRunner().invoke(main, ["reports", "stats", str(bad)])
    assert result.exit_code == 1 and "list of reports" in result.output
