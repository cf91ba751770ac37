"""What quick exit deletes: per hashed chat, the span of message ids (kept in memory and on
disk, expiring 48 hours after the hour, rounded up); pending deletions sealed at rest."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage import MESSAGE_TTL_SECONDS, MessageLog, Writer
from bot.storage.db import migrate, open_database
from bot.storage.messages import Pending, PendingDeletions, Span, coarse_expiry

A = "aa" * 32
B = "bb" * 32
SECRET = b"s" * 32
OTHER = b"o" * 32


class Clock:
    now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def writer(tmp_path: Path) -> AsyncIterator[Writer]:
    db = open_database(tmp_path / "m.db")
    migrate(db)
    w = Writer(db)
    yield w
    await w.close()


@pytest.fixture
def log(writer: Writer) -> MessageLog:
    return MessageLog(writer, clock=Clock())


def fresh(log: MessageLog) -> MessageLog:
    """The same database after a restart: nothing in memory."""
    return MessageLog(log.writer, clock=log.clock)


async def test_span_covers_every_id_from_the_first_to_the_last(log: MessageLog) -> None:
    log.note(A, [3, 1, 2, 2])
    log.note(B, [7])
    log.note(A, [])
    assert await log.span([A]) == Span(1, 3)
    assert await fresh(log).span([A]) == Span(1, 3)  # on disk too
    assert await log.span([A, B]) == Span(1, 7)  # e.g. under the previous secret's key
    assert await log.clear([A], 2)
    assert await log.span([A]) == Span(3, 3)
    assert await fresh(log).span([A]) == Span(3, 3)
    await log.forget(B)
    assert await log.span([B]) is None


async def test_an_unknown_id_widens_the_span(log: MessageLog) -> None:
    log.note(A, [5])
    log.note_unknown(A)
    assert await log.span([A]) == Span(5, 5, unknown=1)


async def test_the_floor_moves_up_as_hours_expire(log: MessageLog) -> None:
    clock = log.clock
    assert isinstance(clock, Clock)
    log.note(A, [1])
    clock.now += 3 * 3600
    log.note(A, [2])
    clock.now += MESSAGE_TTL_SECONDS - 3600  # 1's hour is over, 2's is not
    assert await log.span([A]) == Span(2, 2)
    assert await log.purge_expired() == 1
    assert await fresh(log).span([A]) == Span(2, 2)


async def test_stored_expiry_is_rounded_up_to_the_hour(log: MessageLog) -> None:
    clock = log.clock
    assert isinstance(clock, Clock)
    clock.now = 1_000_000.0 + 1234.5
    log.note(A, [1])
    rows = await log.writer.batch(
        lambda: log.writer.db.execute("SELECT expires_at FROM exit_spans").fetchall()
    )
    [(expires_at,)] = rows
    assert expires_at % 3600 == 0
    assert 0 <= expires_at - (clock.now + MESSAGE_TTL_SECONDS) < 3600
    assert coarse_expiry(7200) == 7200 and coarse_expiry(7201) == 10800


async def test_a_lost_write_is_kept_in_memory_and_written_again(
    log: MessageLog, tmp_path: Path
) -> None:
    blocker = sqlite3.connect(tmp_path / "m.db", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    await log.writer.run(lambda: log.writer.db.execute("PRAGMA busy_timeout=50"))
    log.note(A, [1])  # fails: the database is locked
    assert await log.span([A]) == Span(1, 1)  # still known
    blocker.execute("ROLLBACK")
    blocker.close()
    assert await fresh(log).span([A]) is None  # it never reached the disk ...
    log.note(A, [2])
    assert await fresh(log).span([A]) == Span(1, 2)  # ... until the next note


async def test_pending_deletions_are_sealed_and_survive_rotation(writer: Writer) -> None:
    clock = Clock()
    store = PendingDeletions(writer, SECRET, clock=clock)
    job = Pending(731_555_019, [(1, 250)], clock.now + MESSAGE_TTL_SECONDS)
    await store.save(job)
    blob = await writer.batch(
        lambda: writer.db.execute("SELECT blob, expires_at FROM pending_deletions").fetchone()
    )
    assert b"731555019" not in bytes(blob[0]) and blob[1] % 3600 == 0
    [loaded] = await store.load()
    assert (loaded.chat_id, loaded.ranges) == (731_555_019, [(1, 250)])
    assert await PendingDeletions(writer, OTHER, clock=clock).load() == []
    rotated = PendingDeletions(writer, OTHER, previous_secret=SECRET, clock=clock)
    [again] = await rotated.load()
    again.ranges = [(101, 250)]
    await rotated.save(again)  # sealed under the new secret from now on
    [after] = await PendingDeletions(writer, OTHER, clock=clock).load()
    assert after.ranges == [(101, 250)]
    await rotated.remove(after)
    assert await rotated.count() == 0


async def test_pending_deletions_expire_with_telegrams_48_hours(writer: Writer) -> None:
    clock = Clock()
    store = PendingDeletions(writer, SECRET, clock=clock)
    await store.save(Pending(1, [(1, 2)], clock.now + MESSAGE_TTL_SECONDS))
    clock.now += MESSAGE_TTL_SECONDS + 3600
    assert await store.load() == []
    assert await store.purge_expired() == 1


async def test_ids_recorded_before_the_upgrade_become_a_span(tmp_path: Path) -> None:
    from bot.storage.db import MIGRATIONS

    db = open_database(tmp_path / "old.db")
    migrate(db, MIGRATIONS[:1])  # a database of the previous version, with exact ids
    db.execute(
        "INSERT INTO chat_messages (key, message_id, expires_at) VALUES (?, 4, 1000100), "
        "(?, 9, 1000200)",
        [bytes.fromhex(A), bytes.fromhex(A)],
    )
    db.conn.commit()
    migrate(db)
    assert "chat_messages" not in db.table_names()
    w = Writer(db)
    try:
        clock = Clock()
        clock.now = 999_000.0
        assert await MessageLog(w, clock=clock).span([A]) == Span(4, 9)
    finally:
        await w.close()
