"""Message ids for quick exit: per hashed chat, taken once, expiring after 48 hours."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage import MESSAGE_TTL_SECONDS, MessageLog, Writer
from bot.storage.db import migrate, open_database

A = "aa" * 32
B = "bb" * 32


class Clock:
    now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def log(tmp_path: Path) -> AsyncIterator[MessageLog]:
    db = open_database(tmp_path / "m.db")
    migrate(db)
    writer = Writer(db)
    yield MessageLog(writer, clock=Clock())
    await writer.close()


async def test_note_take_forget(log: MessageLog) -> None:
    log.note(A, [3, 1, 2, 2])
    log.note(B, [1])
    log.note(A, [])
    assert await log.ids(A) == [1, 2, 3]
    assert await log.take(A) == [1, 2, 3]
    assert await log.take(A) == []
    assert await log.ids(B) == [1]
    await log.forget(B)
    assert await log.ids(B) == []


async def test_ids_expire_after_48_hours(log: MessageLog) -> None:
    clock = log.clock
    assert isinstance(clock, Clock)
    log.note(A, [1])
    clock.now += MESSAGE_TTL_SECONDS - 10
    log.note(A, [2])
    clock.now += 20
    assert await log.ids(A) == [2]  # 1 can no longer be deleted by Telegram anyway
    assert await log.purge_expired() == 1
    assert await log.take(A) == [2]


async def test_many_ids_at_once_are_all_kept(log: MessageLog) -> None:
    log.note(A, range(1, 701))  # more than one INSERT statement's worth
    assert await log.take(A) == list(range(1, 701))
