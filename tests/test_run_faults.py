"""The real `advice-bot run`, in a child process, against the fake Bot API, under faults:
malformed updates leave no trace of a worker in any log line, and SIGTERM loses no update.
Both libraries; polling and webhook.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.fakebot import FakeBotAPI

ROOT = Path(__file__).parent / "fixtures" / "content"
TOKEN = "4242:RUN-faults-token"
SECRET = bytes(range(11, 43)).hex()

CANARY_TEXT = "Quetzalcoatl-canary-text"
CANARY_NAME = "Wilhelmina-canary-name"
CANARY_USER = "zz_canary_username"
CANARY_CHAT = 918_273_645


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Bot:
    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.stderr = ""

    async def stop(self, outer_timeout: float = 30.0) -> int:
        """SIGTERM, then wait (SIGKILL after ``outer_timeout``, as Docker would)."""
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            _, err = await asyncio.wait_for(self.proc.communicate(), outer_timeout)
        except TimeoutError:
            self.proc.kill()
            _, err = await self.proc.communicate()
        self.stderr += err.decode(errors="replace")
        assert self.proc.returncode is not None
        return self.proc.returncode


@asynccontextmanager
async def running(api: FakeBotAPI, tmp: Path, transport: str, **env: str) -> AsyncIterator[Bot]:
    full = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("ADVICE_BOT_", "TELEGRAM_"))},
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api.base_url,
        "ADVICE_BOT_SECRET": SECRET,
        "ADVICE_BOT_DB": str(tmp / "bot.db"),
        "ADVICE_BOT_ROOT": str(ROOT),
        "ADVICE_BOT_RATE_LIMIT_MESSAGES": "1000",
        **env,
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "from bot.cli import main; main()", "run", "--transport", transport,
        env=full, stderr=subprocess.PIPE,
    )  # fmt: skip
    bot = Bot(proc)
    try:
        webhook = "ADVICE_BOT_WEBHOOK_URL" in env
        await api.wait_for(
            lambda: (
                (api.webhook_url if webhook else api.calls_to("getUpdates"))
                or proc.returncode is not None
            ),
            timeout=60,
        )
        assert proc.returncode is None, "advice-bot run exited early"
        yield bot
    finally:
        if proc.returncode is None:
            await bot.stop()


def _person(user_id: Any) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": CANARY_NAME, "username": CANARY_USER}


def _chat(chat_id: Any) -> dict[str, Any]:
    return {"id": chat_id, "type": "private", "first_name": CANARY_NAME, "username": CANARY_USER}


MALFORMED: list[dict[str, Any]] = [
    # no date, the chat id as text
    {
        "message": {
            "message_id": 5,
            "chat": _chat(f"{CANARY_CHAT}"),
            "from": _person(f"{CANARY_CHAT}"),
            "text": CANARY_TEXT,
        }
    },
    # a message id that is not a number
    {
        "message": {
            "message_id": f"{CANARY_TEXT}",
            "date": 1,
            "chat": _chat(CANARY_CHAT),
            "from": _person(CANARY_CHAT),
            "text": CANARY_TEXT,
        }
    },
    # text that is not text
    {
        "message": {
            "message_id": 6,
            "date": 1,
            "chat": _chat(CANARY_CHAT),
            "from": _person(CANARY_CHAT),
            "text": {"nested": CANARY_TEXT},
        }
    },
    # a button press without chat_instance, its data the canary
    {"callback_query": {"id": CANARY_TEXT, "from": _person(CANARY_CHAT), "data": CANARY_TEXT}},
    # not an object at all where one is expected
    {"message": [CANARY_TEXT, CANARY_NAME, CANARY_USER, CANARY_CHAT]},
]


@pytest.mark.parametrize("mode", ["polling", "webhook"])
@pytest.mark.parametrize("transport", ["aiogram", "ptb"])
async def test_malformed_updates_leave_no_trace_in_any_log(
    tmp_path: Path, transport: str, mode: str
) -> None:
    env = {"ADVICE_BOT_LOG_LEVEL": "DEBUG"}
    if mode == "webhook":
        port = _free_port()
        env |= {
            "ADVICE_BOT_WEBHOOK_URL": f"http://127.0.0.1:{port}/hook",
            "ADVICE_BOT_LISTEN_PORT": str(port),
        }
    async with (
        FakeBotAPI(token=TOKEN, raise_webhook_errors=False) as api,
        running(api, tmp_path, transport, **env) as bot,
    ):
        for update in MALFORMED:
            await api.push_update(update)
        # a well-formed message carrying the same canaries is answered as usual
        await api.user_sends_text(CANARY_CHAT, CANARY_TEXT, first_name=CANARY_NAME)
        await api.wait_for_sent(CANARY_CHAT)
        await api.user_sends_start(55)
        await api.wait_for_sent(55)
        assert await bot.stop() == 0, bot.stderr
    log = bot.stderr
    assert "stopped" in log, log  # the log was captured to the end
    if mode == "webhook":  # every delivery was answered, none retried for ever
        assert all(d.status == 200 for d in api.webhook_deliveries), api.webhook_deliveries
    for needle in (CANARY_TEXT, CANARY_NAME, CANARY_USER, str(CANARY_CHAT), TOKEN.split(":")[1]):
        assert needle not in log, f"{needle!r} leaked into the log:\n{log}"
    assert "Traceback" not in log, log


CHATS = (301, 302, 303)
PER_CHAT = 8


@pytest.mark.parametrize("transport", ["aiogram", "ptb"])
async def test_sigterm_loses_no_update(tmp_path: Path, transport: str) -> None:
    """Updates in hand at SIGTERM are finished or handed back to Telegram, never dropped.

    Each answer takes Telegram a second, so at SIGTERM most of the 24 updates are still
    queued behind their chat; the bot must exit (within Docker's grace: here a generous
    outer limit, after which it is killed as Docker would) without confirming them, and
    the next run answers them.
    """
    async with FakeBotAPI(token=TOKEN) as api:
        async with running(api, tmp_path, transport) as first:
            api.slow_down("sendMessage", 1.0)
            pushed = []
            with api.bulk():
                for _ in range(PER_CHAT):
                    for chat in CHATS:
                        pushed.append(await api.user_sends_start(chat))
            await api.wait_for(lambda: len(api.calls_to("sendMessage")) >= 2, timeout=60)
            assert await first.stop(outer_timeout=20) == 0, first.stderr
        answered_first = {chat: len(api.sent(chat)) for chat in CHATS}
        assert sum(answered_first.values()) < len(pushed), "the test needs updates in hand"
        api.slow_down("sendMessage", 0)
        async with running(api, tmp_path, transport) as second:
            await api.wait_for(
                lambda: all(len(api.sent(chat)) >= PER_CHAT for chat in CHATS), timeout=60
            )
            assert await second.stop() == 0, second.stderr
        assert not api.pending_updates, "every update was confirmed in the end"
        assert any(api.deliveries[u] > 1 for u in pushed), "handed-back updates came again"
