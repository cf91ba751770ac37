"""A harness that runs a real Telegram transport against the fake Bot API on 127.0.0.1.

Every test in this folder that takes ``harness`` runs twice: once with aiogram, once
with python-telegram-bot. The harness waits for the bridge to finish each update
(``stats["updates"]``) instead of sleeping, and after every test checks what must
always hold: every ``sendMessage`` had ``protect_content``, no unfaked API method was
called, and every button press was answered.
"""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import BotApp, Transport, make_transport
from bot.config import Settings
from bot.content import Content, load_content
from bot.telegram import TelegramBridge
from tests.fakebot import FakeBotAPI, StoredMessage

TRANSPORTS = ["aiogram", "ptb"]
TOKEN = "123456:TEST-contract-token"
SECRET = bytes(range(32))
CONTENT_ROOT = Path(__file__).parent.parent / "fixtures" / "content"
_CONTENT: list[Content] = []


def content() -> Content:
    if not _CONTENT:
        _CONTENT.append(load_content(CONTENT_ROOT))
    return _CONTENT[0]


class FakeClock:
    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Harness:
    """One bot (transport + app + database file) talking to one fake Bot API."""

    def __init__(self, api: FakeBotAPI, kind: str, db_path: Path) -> None:
        self.api = api
        self.kind = kind
        self.db_path = db_path
        self.clock = FakeClock(1_750_000_000.0)  # wall clock: session and message expiry
        self.mono = FakeClock(1_000.0)  # monotonic clock: rate-limit windows
        self.settings = Settings(
            telegram_bot_token=TOKEN,
            telegram_api_url=api.base_url,
            db_path=db_path,
            secret=SECRET,
            rate_limit_messages=1000,
        )
        self.app: BotApp | None = None
        self.transport: Transport | None = None
        self.pressed: list[str] = []  # callback query ids the worker produced

    # -- lifecycle ----------------------------------------------------------------------------

    async def start(self, **overrides: Any) -> None:
        assert self.transport is None, "already running"
        self.settings = dataclasses.replace(self.settings, **overrides)
        self.app = BotApp(self.settings, content(), clock=self.clock, monotonic=self.mono)
        self.transport = make_transport(self.kind, self.app, poll_timeout=5, drain_timeout=5)
        await self.transport.start()  # on failure, stop() still cleans up

    async def stop(self) -> None:
        if self.transport is not None:
            await self.transport.stop()
            self.transport = None
        if self.app is not None:
            await self.app.close()
            self.app = None

    async def restart(self, **overrides: Any) -> None:
        await self.stop()
        await self.start(**overrides)

    @property
    def bridge(self) -> TelegramBridge:
        bridge = getattr(self.transport, "bridge", None)
        assert isinstance(bridge, TelegramBridge)
        return bridge

    @property
    def handled(self) -> int:
        return self.bridge.stats["updates"]

    # -- acting like a worker -----------------------------------------------------------------

    def _last_id(self, chat_id: int) -> int:
        history = self.api.history(chat_id)
        return history[-1].message_id if history else 0

    async def _after(self, chat_id: int, before: int, mark: int) -> list[StoredMessage]:
        await self.api.wait_for(
            lambda: self.handled > before, what=f"the {self.kind} bot to handle an update"
        )
        return [m for m in self.api.history(chat_id) if m.from_bot and m.message_id > mark]

    async def send(self, chat_id: int, text: str, **kwargs: Any) -> list[StoredMessage]:
        """The worker sends ``text``; returns the bot messages sent in answer."""
        before, mark = self.handled, self._last_id(chat_id)
        await self.api.user_sends_text(chat_id, text, **kwargs)
        return await self._after(chat_id, before, mark)

    async def start_chat(
        self, chat_id: int, payload: str | None = None, **kwargs: Any
    ) -> list[StoredMessage]:
        before, mark = self.handled, self._last_id(chat_id)
        await self.api.user_sends_start(chat_id, payload, **kwargs)
        return await self._after(chat_id, before, mark)

    def button(self, chat_id: int, label: str) -> tuple[StoredMessage, str]:
        """The newest visible bot message with a button labelled ``label``, and its data."""
        for message in reversed(self.api.sent(chat_id)):
            for b in message.buttons:
                if b.get("text") == label:
                    return message, str(b["callback_data"])
        raise AssertionError(f"no visible button {label!r} in chat {chat_id}")

    async def press(self, chat_id: int, label: str) -> list[StoredMessage]:
        message, data = self.button(chat_id, label)
        return await self.press_data(chat_id, data, message.message_id)

    async def press_data(
        self, chat_id: int, data: str, message_id: int, *, strict: bool = True
    ) -> list[StoredMessage]:
        before, mark = self.handled, self._last_id(chat_id)
        query_id = await self.api.user_presses(chat_id, data, message_id, strict=strict)
        self.pressed.append(query_id)
        return await self._after(chat_id, before, mark)

    # -- invariants ---------------------------------------------------------------------------

    def check_invariants(self) -> None:
        sends = self.api.calls_to("sendMessage")
        unprotected = [p for p in sends if p.get("protect_content") is not True]
        assert not unprotected, f"sendMessage without protect_content: {len(unprotected)}"
        assert not self.api.unknown_calls, f"unfaked methods: {self.api.unknown_calls}"
        answered = [a.callback_query_id for a in self.api.answered_callbacks]
        assert sorted(answered) == sorted(self.pressed), "every button press is answered once"


def texts(messages: list[StoredMessage]) -> list[str]:
    return [m.text or "" for m in messages]


@pytest.fixture(params=TRANSPORTS)
async def harness(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Harness]:
    async with FakeBotAPI(token=TOKEN) as api:
        h = Harness(api, str(request.param), tmp_path / "data" / "bot.db")
        await h.start()
        try:
            yield h
        finally:
            await h.stop()
        h.check_invariants()
