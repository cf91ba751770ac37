"""A receipt code whose message did not reach the worker is shown again, then forgotten.

The real bot (``BotApp``: SQLite, encrypted sessions, sealed reports, the Telegram bridge)
with a recording Telegram client that can be told to fail the next send.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from bot.app import BotApp
from bot.config import Settings
from bot.content import Content, load_content
from bot.reports.keys import format_public_key
from bot.storage import ChatRef
from bot.telegram import PLATFORM
from tests.helpers import REPO, RecordingClient
from tests.reports.submit_child import codes_in
from tests.reports.test_report_e2e import REPORT_INPUT

CHAT = 7_000_111


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(REPO)


@pytest.fixture
async def app(tmp_path: Path, content: Content) -> AsyncIterator[BotApp]:
    line = format_public_key(X25519PrivateKey.generate().public_key(), "test")
    settings = Settings(
        db_path=tmp_path / "bot.db",
        secret=b"r" * 32,
        organiser_keys=(line,),
        rate_limit_messages=10_000,
    )
    bot = BotApp(settings, content)
    yield bot
    await bot.close()


async def reach_send(app: BotApp, client: RecordingClient) -> str:
    bridge = app.bridge(client)
    await bridge.on_message(CHAT, "private", 1, "/start en__report")
    for n, text in enumerate(REPORT_INPUT[:-1], 2):
        await bridge.on_message(CHAT, "private", n, text)
    return client.sent[-1][2][0]  # "Send it"


async def test_a_receipt_that_failed_to_send_is_shown_with_the_next_reply(
    app: BotApp, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    client = RecordingClient()
    bridge = app.bridge(client)
    send = await reach_send(app, client)
    before = len(client.sent)
    client.fail_next = 1  # Telegram fails the "thank you, your receipt code is ..." message
    await bridge.on_callback(CHAT, "private", 90, "cb", send)
    assert len(client.sent) == before  # the worker saw nothing
    assert app.report_sink is not None and app.report_sink.store.count() == 1

    # Whatever the worker sends next, the code comes first.
    await bridge.on_message(CHAT, "private", 91, "hello")
    again = client.texts(before)
    codes = {c for text in again for c in codes_in(text)}
    assert len(codes) == 1, again
    code = codes.pop()
    assert "In case you did not see it" in again[0]

    # Delivered now: it is forgotten, and not shown a third time.
    shown = len(client.sent)
    await bridge.on_message(CHAT, "private", 92, "hello")
    assert not any(codes_in(text) for text in client.texts(shown))
    session = await app.sessions.load(ChatRef(PLATFORM, CHAT))
    assert session is not None and code not in repr(session.to_dict())

    # The code works, and it never reached a log line or the disk in the clear.
    await bridge.on_message(CHAT, "private", 93, f"/withdraw {code}")
    assert app.report_sink.store.count() == 0
    assert code not in caplog.text and code.replace("-", "") not in caplog.text
    for path in tmp_path.iterdir():
        assert code.encode() not in path.read_bytes(), path


async def test_a_delivered_receipt_is_not_shown_again(app: BotApp) -> None:
    client = RecordingClient()
    bridge = app.bridge(client)
    send = await reach_send(app, client)
    await bridge.on_callback(CHAT, "private", 90, "cb", send)
    assert len(codes_in(client.sent[-1][1])) == 1
    shown = len(client.sent)
    await bridge.on_message(CHAT, "private", 91, "/restart")
    await bridge.on_callback(CHAT, "private", 92, "cb", send)  # the old "Send it" again
    assert not any(codes_in(text) for text in client.texts(shown))
    assert app.report_sink is not None and app.report_sink.store.count() == 1


@pytest.mark.parametrize("next_input", ["/restart", "/start", "/help", "/back"])
async def test_a_failed_receipt_survives_any_next_input(app: BotApp, next_input: str) -> None:
    client = RecordingClient()
    bridge = app.bridge(client)
    send = await reach_send(app, client)
    client.fail_next = 1
    await bridge.on_callback(CHAT, "private", 90, "cb", send)
    shown = len(client.sent)
    await bridge.on_message(CHAT, "private", 91, next_input)
    assert len({c for text in client.texts(shown) for c in codes_in(text)}) == 1


async def test_exit_forgets_a_failed_receipt(app: BotApp) -> None:
    client = RecordingClient()
    bridge = app.bridge(client)
    send = await reach_send(app, client)
    client.fail_next = 1
    await bridge.on_callback(CHAT, "private", 90, "cb", send)
    await bridge.on_message(CHAT, "private", 91, "/exit")  # leaving keeps nothing
    shown = len(client.sent)
    await bridge.on_message(CHAT, "private", 92, "/start")
    assert not any(codes_in(text) for text in client.texts(shown))


async def test_withdrawing_a_receipt_not_yet_shown_does_not_show_it_again(app: BotApp) -> None:
    client = RecordingClient()
    bridge = app.bridge(client)
    send = await reach_send(app, client)
    client.fail_next = 1
    await bridge.on_callback(CHAT, "private", 90, "cb", send)
    assert app.report_sink is not None
    code = await _the_code(app)
    shown = len(client.sent)
    await bridge.on_message(CHAT, "private", 91, f"/withdraw {code}")
    texts = [text for text in client.texts(shown)]
    assert app.report_sink.store.count() == 0
    assert not any("In case you did not see it" in text for text in texts), texts
    await bridge.on_message(CHAT, "private", 92, "hello")
    assert not any(codes_in(text) for text in client.texts(shown))


async def _the_code(app: BotApp) -> str:
    """The code the worker never saw, as only their own session holds it."""
    session = await app.sessions.load(ChatRef(PLATFORM, CHAT))
    assert session is not None
    (code,) = session.vars["__receipts_unshown"]
    return str(code)
