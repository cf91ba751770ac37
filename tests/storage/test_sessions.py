"""Encrypted sessions found by an HMAC of the chat: resume, expiry, nothing readable on disk."""

from __future__ import annotations

import json
import os
import struct
import zlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from bot.engine.session import Session
from bot.storage import ChatKeys, ChatRef, MessageLog, SqliteSessionStore, Writer
from bot.storage.db import migrate, open_database
from bot.storage.sessions import BLOB_VERSION, coarse_expiry, open_session, seal_session

SECRET = bytes(range(100, 132))
CHAT = ChatRef("telegram", 918_273_645)
TYPED = "Horatio keeps touching my shoulder at the till"


class Clock:
    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now


def open_store(path: Path, clock: Clock, secret: bytes = SECRET) -> SqliteSessionStore:
    db = open_database(path)
    migrate(db)
    return SqliteSessionStore(Writer(db), ChatKeys(secret), ttl_seconds=1800, clock=clock)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def store(tmp_path: Path, clock: Clock) -> AsyncIterator[SqliteSessionStore]:
    s = open_store(tmp_path / "bot.db", clock)
    yield s
    await s.writer.close()


def busy_session() -> Session:
    return Session(
        lang="pl",
        node="story.start",
        vars={"story_text": TYPED, "nation": "wales"},
        back=["welcome.language", "welcome.menu", "rights.start"],
        seq=7,
        draft_seen=["pl"],
    )


async def test_round_trip(store: SqliteSessionStore) -> None:
    assert await store.load(CHAT) is None
    await store.save(CHAT, busy_session())
    assert await store.load(CHAT) == busy_session()
    assert await store.load(ChatRef("telegram", 1)) is None
    assert await store.load(ChatRef("web", CHAT.chat_id)) is None  # platforms are separate
    await store.delete(CHAT)
    assert await store.load(CHAT) is None


async def test_restart_resumes_the_session(tmp_path: Path, clock: Clock) -> None:
    first = open_store(tmp_path / "bot.db", clock)
    await first.save(CHAT, busy_session())
    await first.writer.close()
    second = open_store(tmp_path / "bot.db", clock)
    assert await second.load(CHAT) == busy_session()
    await second.writer.close()


async def test_expired_sessions_are_not_loaded_and_are_purged(
    store: SqliteSessionStore, clock: Clock
) -> None:
    other = ChatRef("telegram", 77)
    await store.save(CHAT, busy_session())
    first = coarse_expiry(clock.now + 1800)  # expiry times are whole hours
    clock.now += 3600
    await store.save(other, Session())  # saved an hour later: expires an hour later
    clock.now = first  # CHAT's time is up; other's is not
    assert await store.purge_expired() == 1
    assert await store.count() == 1
    assert await store.load(CHAT) is None
    assert await store.load(other) == Session()
    clock.now = first + 3600
    assert await store.load(other) is None  # expired on load, and deleted
    assert await store.count() == 0


async def test_saving_refreshes_the_expiry(store: SqliteSessionStore, clock: Clock) -> None:
    await store.save(CHAT, Session())
    for _ in range(5):
        clock.now += 1500
        session = await store.load(CHAT)
        assert session is not None
        await store.save(CHAT, session)


async def test_another_secret_cannot_read_and_starts_afresh(tmp_path: Path, clock: Clock) -> None:
    first = open_store(tmp_path / "bot.db", clock)
    await first.save(CHAT, busy_session())
    await first.writer.close()
    # A different secret finds a different row: nothing to read.
    other = open_store(tmp_path / "bot.db", clock, secret=b"x" * 32)
    assert await other.load(CHAT) is None
    await other.writer.close()


async def test_a_blob_moved_to_another_chat_does_not_open(store: SqliteSessionStore) -> None:
    victim, attacker = CHAT, ChatRef("telegram", 5)
    await store.save(victim, busy_session())
    await store.save(attacker, Session())
    db = store.writer.db
    blob = db.execute(
        "SELECT blob FROM sessions WHERE key = ?", [bytes.fromhex(store.key(victim))]
    ).fetchone()[0]
    db.execute(
        "UPDATE sessions SET blob = ? WHERE key = ?", [blob, bytes.fromhex(store.key(attacker))]
    )
    # someone with the database file edits it while the bot is stopped; the bot starts again
    restarted = SqliteSessionStore(store.writer, store.keys, clock=store.clock)
    assert await restarted.load(attacker) is None
    assert await restarted.load(victim) == busy_session()


async def test_disk_holds_neither_chat_id_nor_typed_text(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "bot.db"
    store = open_store(path, clock)
    messages = MessageLog(store.writer, clock=clock)
    for n in range(20):  # many versions of the session pass through the WAL
        session = busy_session()
        session.seq = n
        await store.save(CHAT, session)
        messages.note(store.key(CHAT), [n + 1])

    def disk() -> bytes:
        return b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("bot.db"))

    needles = [
        TYPED.encode(),
        b"Horatio",
        b"story_text",
        b"story.start",
        str(CHAT.chat_id).encode(),
        struct.pack(">q", int(CHAT.chat_id)),
        struct.pack(">i", int(CHAT.chat_id)),
    ]
    while_running = disk()
    assert (tmp_path / "bot.db-wal").exists()
    await store.writer.close()
    after_close = disk()
    for needle in needles:
        assert needle not in while_running
        assert needle not in after_close


async def test_an_idle_session_row_is_small(store: SqliteSessionStore) -> None:
    session = busy_session()
    session.back = [f"flow{n}.node-{n}" for n in range(50)]  # the longest back stack
    await store.save(CHAT, session)
    key, _expires, blob = store.writer.db.execute(
        "SELECT key, expires_at, blob FROM sessions"
    ).fetchone()
    assert len(key) + 8 + len(blob) < 1024
    await store.save(CHAT, Session(lang="en", node="welcome.menu", seq=3))
    blob = store.writer.db.execute("SELECT blob FROM sessions").fetchone()[0]
    assert len(blob) < 200


class CountingWriter(Writer):
    """A writer that counts the calls made through it."""

    calls = 0

    async def run(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.calls += 1
        return await super().run(fn, *args, **kwargs)


async def test_an_active_chat_is_read_from_memory_not_disk(tmp_path: Path, clock: Clock) -> None:
    db = open_database(tmp_path / "bot.db")
    migrate(db)
    writer = CountingWriter(db)
    store = SqliteSessionStore(writer, ChatKeys(SECRET), ttl_seconds=1800, clock=clock)
    try:
        await store.save(CHAT, busy_session())
        before = writer.calls
        for _ in range(3):
            assert await store.load(CHAT) == busy_session()
        assert writer.calls == before
        # what it keeps is the sealed blob, exactly as on disk
        ((row_key, (_, blob)),) = store._recent.items()
        on_disk = db.execute("SELECT blob FROM sessions WHERE key = ?", [row_key]).fetchone()[0]
        assert blob == on_disk and TYPED.encode() not in blob
        # another process's copy of the store (a restart) reads the disk
        fresh = SqliteSessionStore(writer, ChatKeys(SECRET), ttl_seconds=1800, clock=clock)
        assert await fresh.load(CHAT) == busy_session()
    finally:
        await writer.close()


async def test_memory_copy_expires_and_is_purged_with_the_row(
    store: SqliteSessionStore, clock: Clock
) -> None:
    await store.save(CHAT, busy_session())
    clock.now += 1800 + 3600  # the TTL, and the hour it is rounded up by
    assert await store.load(CHAT) is None  # expired, though still in memory a moment ago
    assert not store._recent
    await store.save(CHAT, busy_session())
    clock.now += 1800 + 3600
    assert await store.purge_expired() == 1
    assert not store._recent


async def test_memory_copy_is_bounded_and_forgotten_on_delete(
    store: SqliteSessionStore,
) -> None:
    store.cache_size = 3
    refs = [ChatRef("telegram", n) for n in range(5)]
    for ref in refs:
        await store.save(ref, Session(seq=1))
    assert len(store._recent) == 3
    for ref in refs:  # the disk has them all
        assert await store.load(ref) == Session(seq=1)
    await store.delete(refs[-1])
    assert bytes.fromhex(store.key(refs[-1])) not in store._recent
    assert await store.load(refs[-1]) is None


async def test_a_failed_write_leaves_no_newer_copy_in_memory(
    store: SqliteSessionStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await store.save(CHAT, Session(seq=1))

    def broken(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(store, "_save", broken)
    with pytest.raises(OSError):
        await store.save(CHAT, Session(seq=2))
    monkeypatch.undo()
    assert await store.load(CHAT) == Session(seq=1)


def test_blobs_compressed_with_zlib_defaults_still_open() -> None:
    # sessions written before the small-window compressor must still load after an upgrade
    key, aad = bytes(range(32)), b"row"
    data = busy_session().to_dict()
    nonce = os.urandom(12)
    plain = zlib.compress(json.dumps(data).encode(), 9)
    old = bytes([BLOB_VERSION]) + nonce + ChaCha20Poly1305(key).encrypt(nonce, plain, aad)
    assert open_session(old, key, aad) == data
    assert open_session(seal_session(data, key, aad), key, aad) == data


async def test_stored_expiry_says_only_the_hour(store: SqliteSessionStore, clock: Clock) -> None:
    """An exact expiry minus the TTL would give the moment the worker last wrote, to the
    second: the stored value is rounded up to the next full hour instead."""
    for offset in (0, 1, 59, 1799, 3599, 86_399):
        clock.now = 1_750_000_000.0 + offset + 0.25
        await store.save(CHAT, busy_session())
        (stored,) = store.writer.db.execute("SELECT expires_at FROM sessions").fetchone()
        assert stored % 3600 == 0
        # never forgotten earlier than promised, and at most an hour later
        assert clock.now + store.ttl_seconds <= stored < clock.now + store.ttl_seconds + 3600
        assert await store.load(CHAT) == busy_session()
