"""Assembling and running the bot: report hook, purge, heartbeat, SIGTERM, `advice-bot run`."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.app import BotApp, make_transport, serve
from bot.cli import main
from bot.config import ConfigError, Settings, parse_secret
from bot.content import load_content
from bot.engine.session import Session
from bot.reports import new_keypair
from bot.storage import ChatRef
from tests.fakebot import FakeBotAPI

ROOT = Path(__file__).parent / "fixtures" / "content"
CONTENT = load_content(ROOT)
TOKEN = "4242:APP-test-token"
SECRET = bytes(range(7, 39))


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def settings(tmp_path: Path, **kw: object) -> Settings:
    return Settings(**{"db_path": tmp_path / "bot.db", "secret": SECRET, **kw})  # type: ignore[arg-type]


async def test_no_organiser_keys_means_no_report_sink(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.app"):
        app = BotApp(settings(tmp_path), CONTENT)
    assert "ADVICE_BOT_ORGANISER_KEYS" in caplog.text  # the operator is told what to set
    assert app.service.reports is None
    assert await app.purge() == {"sessions": 0, "message_ids": 0, "pending_deletions": 0}
    await app.close()


async def test_organiser_keys_wire_the_sealed_report_sink(tmp_path: Path) -> None:
    _, line = new_keypair(b"a long enough passphrase")
    app = BotApp(settings(tmp_path, organiser_keys=(line,)), CONTENT)
    assert app.service.reports is app.report_sink is not None
    assert (await app.purge())["reports"] == 0
    await app.close()
    with pytest.raises(ConfigError, match=r"ADVICE_BOT_ORGANISER_KEYS: .*43"):
        BotApp(settings(tmp_path, organiser_keys=("x25519:short",)), CONTENT)


async def test_serve_purges_beats_and_stops_cleanly_on_sigterm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(1_750_000_000.0)
    first = BotApp(settings(tmp_path), CONTENT, clock=clock)
    await first.sessions.save(ChatRef("telegram", 1), Session())
    await first.close()
    clock.now += 31 * 60 + 3600  # that session is now expired (expiry: a whole hour)
    heartbeat = tmp_path / "hb" / "heartbeat"
    monkeypatch.setenv("ADVICE_BOT_HEARTBEAT", str(heartbeat))
    async with FakeBotAPI(token=TOKEN) as api:
        app = BotApp(
            settings(tmp_path, telegram_bot_token=TOKEN, telegram_api_url=api.base_url),
            CONTENT,
            clock=clock,
        )
        transport = make_transport("ptb", app, poll_timeout=5)
        task = asyncio.create_task(serve(app, transport))
        try:
            await api.user_sends_start(99)
            await api.wait_for_sent(99)
            assert heartbeat.exists()
            # ready for traffic: every language parsed, the long-lived heap frozen
            assert set(app.content.translator._bundles) == set(app.content.translator.languages)
            assert gc.get_freeze_count() > 0
        finally:
            gc.unfreeze()
        os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.wait_for(task, 10)
    with pytest.raises(RuntimeError, match="closed"):
        await app.writer.run(lambda: None)
    with sqlite3.connect(tmp_path / "bot.db") as conn:  # only chat 99's session is left
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1


def test_secret_new_prints_a_usable_secret() -> None:
    result = CliRunner().invoke(main, ["secret", "new"])
    assert result.exit_code == 0
    assert len(parse_secret(result.output.strip())) == 32


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "1:abc"}, "ADVICE_BOT_SECRET is not set"),
        ({"TELEGRAM_BOT_TOKEN": "1:abc", "ADVICE_BOT_SECRET": "00"}, "too short"),
    ],
)
def test_run_refuses_to_start_half_configured(env: dict[str, str], message: str) -> None:
    clean = {k: None for k in os.environ if k.startswith(("ADVICE_BOT_", "TELEGRAM_"))}
    result = CliRunner().invoke(main, ["run", "--root", str(ROOT)], env={**clean, **env})
    assert result.exit_code == 1
    assert message in result.output


def test_run_rejects_a_bad_webhook_url() -> None:
    env = {"TELEGRAM_BOT_TOKEN": "1:abc", "ADVICE_BOT_SECRET": SECRET.hex()}
    result = CliRunner().invoke(
        main, ["run", "--webhook-url", "http://example.org/x", "--root", str(ROOT)], env=env
    )
    assert result.exit_code == 1 and "--webhook-url must start with https://" in result.output


async def test_advice_bot_run_serves_and_exits_on_sigterm(tmp_path: Path) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("ADVICE_BOT_")},
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": api.base_url,
            "ADVICE_BOT_SECRET": SECRET.hex(),
            "ADVICE_BOT_DB": str(tmp_path / "bot.db"),
            "ADVICE_BOT_ROOT": str(ROOT),
        }
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-c", "from bot.cli import main; main()", "run", "--transport", "ptb",
            env=env, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            await api.wait_for(
                lambda: api.calls_to("getUpdates") or proc.returncode is not None, timeout=30
            )
            assert proc.returncode is None, "advice-bot run exited early"
            await api.user_sends_start(7, language_code="pl")
            [reply] = await api.wait_for_sent(7)
            assert reply.text == "Wybierz język." and reply.protect_content
            proc.send_signal(signal.SIGTERM)
            _, err = await asyncio.wait_for(proc.communicate(), 15)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    assert proc.returncode == 0, err.decode()
    log = err.decode()
    assert "stopped" in log and TOKEN not in log and "Wybierz" not in log


async def test_a_rotated_secret_without_the_previous_one_stops_start_up(tmp_path: Path) -> None:
    """Quick exit finds a chat's messages by a keyed hash of the secret: a rotation that
    forgets the old secret would let /exit say "all deleted" while they stay on the phone."""
    old = settings(tmp_path)
    app = BotApp(old, CONTENT)
    app.messages.note(app.keys.lookup(ChatRef("telegram", 42)), [7, 8])
    await app.close()
    new_secret = bytes(range(40, 72))
    with pytest.raises(ConfigError, match=r"^ADVICE_BOT_PREVIOUS_SECRET: ") as exc:
        BotApp(settings(tmp_path, secret=new_secret), CONTENT)
    assert "\n" not in str(exc.value)
    # with the old secret as the previous one, the rotation is taken ...
    app = BotApp(settings(tmp_path, secret=new_secret, previous_secret=SECRET), CONTENT)
    await app.close()
    # ... and the new secret is the database's own from then on
    app = BotApp(settings(tmp_path, secret=new_secret), CONTENT)
    await app.close()


async def test_a_new_secret_on_a_database_with_nothing_to_delete_just_starts(
    tmp_path: Path,
) -> None:
    app = BotApp(settings(tmp_path), CONTENT)
    await app.close()  # nothing recorded under the old secret: nothing a worker could lose
    app = BotApp(settings(tmp_path, secret=bytes(range(40, 72))), CONTENT)
    await app.close()
