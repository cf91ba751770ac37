"""Quick exit keeps its promise under faults, through both transports.

Each test runs with aiogram and with python-telegram-bot against the fake Bot API, which
scripts Telegram's faults (429 with ``retry_after``, 5xx, an answer that comes after the
client gave up although the message was delivered) and models ``deleteMessages`` as
documented (1-100 ids, missing ids skipped, nothing older than 48 hours). Database faults
are real: a second connection holding ``BEGIN IMMEDIATE`` past the busy timeout, and a
database that cannot grow (``PRAGMA max_page_count``, a genuine ``SQLITE_FULL``).

The promises (docs/threat-model.md):

1. leaving always works: ``/exit`` and "Leave now" skip the rate limit and the chat's
   queue, and an update already in flight can neither re-save the session nor leave a
   message behind;
2. no message id is forgotten before Telegram confirmed its deletion: failed deletions
   are retried in the background, across a restart, for as long as Telegram allows;
3. the record of what to delete survives lost writes, unknown ids and a secret rotation;
4. the neutral line is shown only when every deletion succeeded; otherwise one honest
   message.
"""

from __future__ import annotations

import asyncio
import sqlite3
import struct
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.storage import ChatRef
from bot.telegram import PLATFORM
from tests.fakebot import FakeBotAPI, StoredMessage
from tests.transports.conftest import TOKEN, TRANSPORTS, FakeClock, Harness, texts
from tests.transports.test_contract import EN, raw_db, to_menu

CHAT = 731_555_020
NEUTRAL = "Weather: mild."
HONEST = "Some messages could not be removed yet. Trying again for 48 hours."
SECOND_SECRET = bytes(range(100, 132))


@pytest.fixture(params=TRANSPORTS)
async def h(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Harness]:
    """The contract harness, with the fake's clock (48-hour rule) tied to the bot's."""
    clock = FakeClock(1_750_000_000.0)
    async with FakeBotAPI(token=TOKEN, clock=lambda: int(clock())) as api:
        harness = Harness(api, str(request.param), tmp_path / "data" / "bot.db")
        harness.clock = clock
        await harness.start()
        try:
            yield harness
        finally:
            await harness.stop()
        harness.check_invariants()


def short_client_timeouts(h: Harness, seconds: float = 0.5) -> None:
    """Make the library give up on a Telegram answer after ``seconds`` (default: 5-60 s)."""
    transport: Any = h.transport
    if h.kind == "aiogram":
        transport.bot.session.timeout = seconds
    else:
        transport.application.bot.request._timeouts = (seconds,) * 4


async def wait_handled(h: Harness, count: int) -> None:
    await h.api.wait_for(lambda: h.handled >= count, timeout=30, what="updates handled")


async def wait_all_deleted(h: Harness, keep: list[int], timeout: float = 20.0) -> None:
    await h.api.wait_for(
        lambda: h.api.visible(CHAT) == keep, timeout=timeout, what=f"only {keep} left"
    )


def last_bot_message(h: Harness) -> StoredMessage:
    return [m for m in h.api.history(CHAT) if m.from_bot][-1]


# ---- 1. leaving always works ------------------------------------------------------------------


async def test_leave_now_is_never_rate_limited(h: Harness) -> None:
    await h.restart(rate_limit_messages=3, rate_limit_window_seconds=60)
    await to_menu(h, CHAT)
    for i in range(4):  # a worker ticking boxes fast: over the limit, then silence
        await h.send(CHAT, f"tick {i}")
    assert EN["slow"] in texts(h.api.sent(CHAT))
    out = await h.press(CHAT, "Leave now")
    assert texts(out) == [NEUTRAL]
    assert h.api.visible(CHAT) == [out[0].message_id]
    out2 = await h.send(CHAT, "/exit")  # and again: still never limited
    assert texts(out2) == [NEUTRAL]


async def test_leave_now_button_carries_fixed_data_and_a_forged_press_just_leaves(
    h: Harness,
) -> None:
    await to_menu(h, CHAT)
    menu, data = h.button(CHAT, "Leave now")
    assert data == "exit"
    await h.send(CHAT, "/restart")  # the menu message is old now: the press still leaves
    out = await h.press_data(CHAT, "exit", menu.message_id, strict=False)
    assert texts(out) == [NEUTRAL]
    assert h.api.visible(CHAT) == [out[0].message_id]


async def test_exit_is_taken_before_the_update_in_flight_and_the_queue(h: Harness) -> None:
    await to_menu(h, CHAT)
    menu, data = h.button(CHAT, "Visa")
    base = h.handled
    sends = len(h.api.calls_to("sendMessage"))
    # Telegram asks the bot to wait 3 s before answering "Visa": the update is in flight.
    h.api.fail_next("sendMessage", error_code=429, description="Too Many", retry_after=3)
    h.pressed.append(await h.api.user_presses(CHAT, data, menu.message_id))
    await h.api.wait_for(lambda: len(h.api.calls_to("sendMessage")) > sends)
    await h.api.user_sends_text(CHAT, "waiting in the queue")
    await h.api.user_sends_text(CHAT, "/exit")
    await wait_handled(h, base + 3)
    bot_messages = [m for m in h.api.history(CHAT) if m.from_bot]
    [neutral] = [m for m in bot_messages if m.text == NEUTRAL]
    # taken first: the answer to "Visa" went out after the neutral line ...
    assert any(m.message_id > neutral.message_id for m in bot_messages)
    # ... and was removed at once; the queued message got no answer; nothing was re-saved.
    assert h.api.visible(CHAT) == [neutral.message_id]
    assert h.app is not None
    assert await h.app.sessions.count() == 0


# ---- 2 and 4. failed deletions: said honestly, retried in the background ------------------------


@pytest.mark.parametrize("fault", ["429", "5xx", "timeout"])
async def test_failed_deletion_is_said_honestly_and_retried(h: Harness, fault: str) -> None:
    await to_menu(h, CHAT)
    await h.press(CHAT, "Tell us")
    await h.send(CHAT, "something private")
    if fault == "429":  # longer than the bot waits inline
        h.api.fail_next("deleteMessages", error_code=429, description="Too Many", retry_after=6)
    elif fault == "5xx":
        h.api.fail_next("deleteMessages", error_code=502, description="Bad Gateway", times=3)
    else:  # Telegram deletes, but answers after the client gave up: unknown, so retried
        short_client_timeouts(h)
        h.api.delay_next("deleteMessages", 3.0)
    out = await h.send(CHAT, "/exit")
    assert texts(out) == [HONEST]  # never the neutral line when something is left
    assert NEUTRAL not in texts(h.api.sent(CHAT))
    await wait_all_deleted(h, [out[0].message_id])


async def test_pending_deletion_survives_a_restart_without_a_raw_chat_id(h: Harness) -> None:
    await to_menu(h, CHAT)
    h.api.fail_next("deleteMessages", error_code=500, description="Internal", times=10_000)
    out = await h.send(CHAT, "/exit")
    assert texts(out) == [HONEST]
    await h.stop()
    disk = raw_db(h)
    assert str(CHAT).encode() not in disk
    assert struct.pack(">q", CHAT) not in disk and struct.pack("<q", CHAT) not in disk
    h.api.clear_faults()
    await h.start()
    await wait_all_deleted(h, [out[0].message_id])


async def test_deletion_gives_up_after_48_hours(h: Harness) -> None:
    await to_menu(h, CHAT)
    h.api.fail_next("deleteMessages", error_code=500, description="Internal", times=10_000)
    out = await h.send(CHAT, "/exit")
    assert texts(out) == [HONEST]
    await h.stop()
    h.clock.advance(49 * 3600)  # Telegram would no longer delete any of them
    h.api.clear_faults()
    calls = len(h.api.calls_to("deleteMessages"))
    await h.start()
    assert h.app is not None
    await h.app.purge()
    assert await h.app.pending.count() == 0
    assert len(h.api.calls_to("deleteMessages")) == calls


# ---- 3. the record survives lost writes, unknown ids and rotation -------------------------------


async def test_message_whose_send_timed_out_is_still_deleted(h: Harness) -> None:
    await to_menu(h, CHAT)
    short_client_timeouts(h)
    h.api.delay_next("sendMessage", 3.0)  # delivered, but the bot never learns its id
    menu, data = h.button(CHAT, "Visa")
    await h.press_data(CHAT, data, menu.message_id)
    visa = last_bot_message(h)
    assert visa.text == EN["visa"] and not visa.deleted
    # "Leave now" on the older menu message: the newest message id was never known
    out = await h.press_data(CHAT, "exit", menu.message_id, strict=False)
    assert texts(out) == [NEUTRAL]
    assert h.api.visible(CHAT) == [out[0].message_id]


async def test_first_message_written_while_the_database_is_locked(h: Harness) -> None:
    lock = sqlite3.connect(h.db_path, isolation_level=None)
    try:
        lock.execute("BEGIN IMMEDIATE")  # held past the bot's 5 s busy timeout
        before = h.handled
        await h.api.user_sends_start(CHAT)
        await h.api.wait_for(lambda: h.handled > before, timeout=30)
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    await to_menu(h, CHAT)
    await h.restart()  # what was kept only in memory is gone now
    out = await h.send(CHAT, "/exit")
    assert h.api.visible(CHAT) == [out[0].message_id]


async def test_exit_while_the_database_is_locked_still_deletes_and_answers(h: Harness) -> None:
    await to_menu(h, CHAT)
    await h.press(CHAT, "Tell us")
    lock = sqlite3.connect(h.db_path, isolation_level=None)
    try:
        lock.execute("BEGIN IMMEDIATE")  # every write of the bot fails after 5 s
        before = h.handled
        await h.api.user_sends_text(CHAT, "/exit")
        await h.api.wait_for(lambda: h.handled > before, timeout=60)
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    [answer] = h.api.sent(CHAT)
    assert answer.text == NEUTRAL  # Telegram deleted everything: that much is true
    assert h.api.visible(CHAT) == [answer.message_id]
    assert h.app is not None
    app = h.app
    await h.api.wait_for(lambda: h.bridge.stats["exit-wipe-failed"] == 1)

    async def wiped() -> bool:
        return await app.sessions.count() == 0

    for _ in range(100):  # the session wipe is retried once the database is free again
        if await wiped():
            break
        await asyncio.sleep(0.1)
    assert await wiped()


async def test_disk_full_exit_still_answers_and_keeps_trying(h: Harness) -> None:
    await to_menu(h, CHAT)
    assert h.app is not None
    app = h.app

    def fill() -> int:
        db = app.db.conn
        pages = int(db.execute("PRAGMA page_count").fetchone()[0])
        db.execute(f"PRAGMA max_page_count = {pages}")  # the disk cannot grow any more
        return pages

    await app.writer.run(fill)
    # Pending deletions of other chats fill what room is left (each a real failed exit).
    h.api.fail_next("deleteMessages", error_code=500, description="Internal", times=10_000)
    other = CHAT + 1
    while not h.bridge.stats["deletion-not-saved"]:
        assert other < CHAT + 300, "the database never filled up"
        await h.start_chat(other)
        await h.send(other, "/exit")
        other += 1
    out = await h.send(CHAT, "/exit")
    assert texts(out) == [HONEST]  # said, not silence; the deletion is kept in memory
    h.api.clear_faults()
    await wait_all_deleted(h, [out[0].message_id])


async def test_exit_after_a_secret_rotation_deletes_everything(h: Harness) -> None:
    await to_menu(h, CHAT)
    await h.press(CHAT, "Tell us")
    await h.send(CHAT, "something private")
    await h.restart(secret=SECOND_SECRET, previous_secret=h.settings.secret)
    out = await h.send(CHAT, "/exit")
    assert texts(out) == [NEUTRAL]
    assert h.api.visible(CHAT) == [out[0].message_id]


async def test_stored_expiry_is_coarse(h: Harness) -> None:
    await to_menu(h, CHAT)
    h.clock.advance(1234)
    await h.send(CHAT, "/help")
    assert h.app is not None
    app = h.app
    key = bytes.fromhex(app.keys.lookup(ChatRef(PLATFORM, CHAT)))

    def expiries() -> list[int]:
        rows = app.db.conn.execute("SELECT expires_at FROM exit_spans WHERE key = ?", [key])
        return [int(r[0]) for r in rows]

    stored = await app.writer.run(expiries)
    assert stored and all(e % 3600 == 0 for e in stored)


async def test_pending_deletion_is_taken_up_without_any_update(h: Harness) -> None:
    # after a restart nothing arrives from the worker: the bot still finishes the job
    await to_menu(h, CHAT)
    h.api.fail_next("deleteMessages", error_code=503, description="Unavailable", times=10_000)
    out = await h.send(CHAT, "/exit")
    await h.restart()
    h.api.clear_faults()
    await asyncio.wait_for(wait_all_deleted(h, [out[0].message_id]), 30)


async def test_a_second_exit_finishes_what_the_first_left_before_saying_neutral(
    h: Harness,
) -> None:
    await to_menu(h, CHAT)
    # the first exit: Telegram asks to wait 30 s, so the background retry is far off
    h.api.fail_next("deleteMessages", error_code=429, description="Too Many", retry_after=30)
    first = await h.send(CHAT, "/exit")
    assert texts(first) == [HONEST]
    await to_menu(h, CHAT)  # the worker comes back; then leaves again
    out = await h.send(CHAT, "/exit")
    assert texts(out) == [NEUTRAL]  # true only if the first conversation is gone too
    assert h.api.visible(CHAT) == [first[0].message_id, out[0].message_id]
