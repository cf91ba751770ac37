"""The shared Telegram bridge with a recording client: batching, retries, limits, errors."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.app import BotApp
from bot.config import Settings
from bot.content import load_content
from bot.render import Button
from bot.storage import ChatRef
from bot.telegram import (
    PLATFORM,
    ChatUnavailable,
    ClientError,
    RateLimiter,
    RetryLater,
    TelegramBridge,
    Verdict,
    split_text,
)

CONTENT = load_content(Path(__file__).parent / "fixtures" / "content")
CHAT = 5_550_123


class RecordingClient:
    def __init__(self) -> None:
        self.sent: list[tuple[int, str, list[list[Button]], bool]] = []
        self.deleted: list[list[int]] = []
        self.answered: list[str] = []
        self.left: list[int] = []
        self.fail_send: list[ClientError] = []
        self.fail_answer = False
        self.next_id = 1000

    async def send_message(
        self,
        chat_id: int,
        text: str,
        buttons: Sequence[Sequence[Button]] = (),
        *,
        protect_content: bool = True,
    ) -> int:
        if self.fail_send:
            raise self.fail_send.pop(0)
        self.sent.append((chat_id, text, [list(r) for r in buttons], protect_content))
        self.next_id += 1
        return self.next_id

    async def delete_messages(self, chat_id: int, message_ids: Sequence[int]) -> None:
        assert 1 <= len(message_ids) <= 100
        self.deleted.append(list(message_ids))

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        if self.fail_answer:
            raise ClientError("network")
        self.answered.append(callback_id)

    async def leave_chat(self, chat_id: int) -> None:
        self.left.append(chat_id)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[BotApp]:
    settings = Settings(db_path=tmp_path / "b.db", secret=b"k" * 32, rate_limit_messages=1000)
    bot = BotApp(settings, CONTENT)
    yield bot
    await bot.close()


@pytest.fixture
def client() -> RecordingClient:
    return RecordingClient()


@pytest.fixture
def bridge(app: BotApp, client: RecordingClient) -> TelegramBridge:
    b = app.bridge(client)
    b._sleep = _no_sleep  # type: ignore[method-assign]
    return b


SLEPT: list[float] = []


async def _no_sleep(seconds: float) -> None:
    SLEPT.append(seconds)


async def test_quick_exit_deletes_in_batches_of_100(
    app: BotApp, bridge: TelegramBridge, client: RecordingClient
) -> None:
    key = app.keys.lookup(ChatRef(PLATFORM, CHAT))
    app.messages.note(key, [1])  # the first message; later ids may have been lost
    await bridge.on_message(CHAT, "private", 251, "/exit")
    assert [len(b) for b in client.deleted] == [100, 100, 51]
    assert sorted(i for b in client.deleted for i in b) == list(range(1, 252))
    assert [t for _, t, _, _ in client.sent] == ["Weather: mild."]
    assert await app.messages.span([key]) is None  # the neutral message is not recorded


async def test_every_send_is_protected_and_recorded(
    app: BotApp, bridge: TelegramBridge, client: RecordingClient
) -> None:
    await bridge.on_message(CHAT, "private", 1, "/start")
    assert client.sent and all(protect for *_, protect in client.sent)
    key = app.keys.lookup(ChatRef(PLATFORM, CHAT))
    span = await app.messages.span([key])
    assert span is not None and (span.first, span.last) == (1, 1001)


async def test_short_retry_after_is_retried_once(
    bridge: TelegramBridge, client: RecordingClient
) -> None:
    SLEPT.clear()
    client.fail_send = [RetryLater(2)]
    await bridge.on_message(CHAT, "private", 1, "/start")
    assert SLEPT == [2] and len(client.sent) == 1
    client.fail_send = [RetryLater(600)]
    await bridge.on_message(CHAT, "private", 2, "/start")
    assert SLEPT == [2] and len(client.sent) == 1
    assert bridge.stats["send-failed-retry-later"] == 1


async def test_blocked_chat_is_forgotten(
    app: BotApp, bridge: TelegramBridge, client: RecordingClient
) -> None:
    await bridge.on_message(CHAT, "private", 1, "/start")
    assert await app.sessions.count() == 1
    client.fail_send = [ChatUnavailable()]
    await bridge.on_message(CHAT, "private", 2, "/help")
    assert await app.sessions.count() == 0
    assert await app.messages.span([app.keys.lookup(ChatRef(PLATFORM, CHAT))]) is None


async def test_callback_is_answered_even_when_handling_fails(
    app: BotApp, bridge: TelegramBridge, client: RecordingClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(app.service, "handle", boom)
    await bridge.on_callback(CHAT, "private", 5, "cb-1", "1:0")
    assert client.answered == ["cb-1"]
    assert bridge.stats["handler-error"] == 1
    await bridge.on_callback(None, None, None, "cb-2", "1:0")  # inline / unknown message
    assert client.answered == ["cb-1", "cb-2"]


async def test_failing_answer_does_not_break_handling(
    bridge: TelegramBridge, client: RecordingClient
) -> None:
    await bridge.on_message(CHAT, "private", 1, "/start")
    client.fail_answer = True
    await bridge.on_callback(CHAT, "private", 1001, "cb", "1:0")
    assert client.sent[-1][1] == "What do you need?"


async def test_group_refusal_is_said_once_per_window_but_the_bot_always_leaves(
    app: BotApp, bridge: TelegramBridge, client: RecordingClient
) -> None:
    app.limiter.limit = 1
    for n in range(3):
        await bridge.on_message(-42, "supergroup", n + 1, "hi", "en")
    assert [t for _, t, _, _ in client.sent] == ["I only talk in private chats. Leaving."]
    assert client.left == [-42, -42, -42]
    assert await app.sessions.count() == 0


async def test_drain_waits_for_inflight_handlers(
    bridge: TelegramBridge, client: RecordingClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert await bridge.drain(0.1)
    gate = asyncio.Event()
    real_send = client.send_message

    async def slow_send(*args: Any, **kwargs: Any) -> int:
        await gate.wait()
        return await real_send(*args, **kwargs)

    monkeypatch.setattr(client, "send_message", slow_send)
    handling = asyncio.create_task(bridge.on_message(CHAT, "private", 1, "/start"))
    await asyncio.sleep(0.05)
    assert not await bridge.drain(0.05)  # still sending
    gate.set()
    assert await bridge.drain(1)
    assert handling.done() and len(client.sent) == 1


def test_rate_limiter_windows() -> None:
    clock = Clock()
    limiter = RateLimiter(2, 10, clock=clock)
    assert [limiter.hit("a") for _ in range(4)] == [
        Verdict.OK,
        Verdict.OK,
        Verdict.WARN,
        Verdict.DROP,
    ]
    assert limiter.hit("b") is Verdict.OK  # other chats are not affected
    clock.now += 10
    assert limiter.hit("a") is Verdict.OK


def test_rate_limiter_memory_is_bounded() -> None:
    clock = Clock()
    limiter = RateLimiter(5, 10, max_chats=3, clock=clock)
    for n in range(10):
        limiter.hit(f"chat{n}")
    assert len(limiter) == 3
    clock.now += 11
    limiter.hit("fresh")
    assert len(limiter) == 1  # idle chats are swept


@given(st.lists(st.text(min_size=0, max_size=300), min_size=1, max_size=40))
def test_split_text_fits_telegram_and_keeps_every_word(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    pieces = split_text(text, limit=200)
    assert all(len(p) <= 200 for p in pieces)
    assert "".join(text.split()) == "".join("".join(pieces).split())


def test_chat_ref_repr_hides_the_chat_id() -> None:
    assert str(CHAT) not in repr(ChatRef(PLATFORM, CHAT))
