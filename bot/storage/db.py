"""One SQLite connection, one worker thread, simple migrations.

The bot opens exactly one ``sqlite3`` connection (``check_same_thread=False``) wrapped in
:class:`sqlite_utils.Database`, with WAL, a busy timeout, ``secure_delete`` (deleted rows
are overwritten, not just unlinked) and foreign keys. Every database call goes through
:class:`Writer`, which runs it on a single worker thread, so the event loop never
blocks on disk and the connection is never used by two threads at once.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import functools
import logging
import os
import queue
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import sqlite_utils

__all__ = [
    "MIGRATIONS",
    "Migration",
    "Writer",
    "checkpoint",
    "migrate",
    "open_database",
    "schema_version",
]

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

Migration = tuple[int, str, Callable[[sqlite_utils.Database], None]]


# How long a checkpoint waits for readers before giving up until next time: the writer
# thread must not stall every chat because an organiser's `reports pull` is reading.
CHECKPOINT_BUSY_MS = 250


def checkpoint(db: sqlite_utils.Database) -> bool:
    """Copy the write-ahead log into the database file and truncate the ``-wal`` to zero
    bytes. False when that could not be finished now (a transaction is open, or another
    connection still reads an older snapshot): call again later.

    With ``secure_delete`` on, this is what makes a deleted row's old bytes go away: until
    then the old page is still in the database file or in earlier ``-wal`` frames.
    """
    conn = db.conn
    if conn.in_transaction:
        return False
    (previous,) = conn.execute("PRAGMA busy_timeout").fetchone()
    conn.execute(f"PRAGMA busy_timeout={CHECKPOINT_BUSY_MS}")
    try:
        row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout={int(previous)}")
    return row is not None and row[0] == 0


def _owner_only(path: Path) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            side = path.with_name(path.name + suffix)
            if side.stat().st_mode & 0o077:
                side.chmod(0o600)


def open_database(path: Path | str) -> sqlite_utils.Database:
    """Open (creating the folder and file if needed) and configure the bot's database.

    A new folder is made owner-only (0700) and the database file is made (or tightened
    to) 0600 before SQLite opens it; SQLite gives its ``-wal`` and ``-shm`` files the
    database file's permissions, so they are owner-only too.
    A ``-wal`` left by a crash is folded into the database file and truncated at once
    (:func:`checkpoint`), so it cannot keep showing which commits came one after another.
    """
    if str(path) != ":memory:":
        _owner_only(Path(path).expanduser())
    conn = sqlite3.connect(str(path), check_same_thread=False)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.execute("PRAGMA busy_timeout=5000")
    db.execute("PRAGMA secure_delete=ON")
    db.execute("PRAGMA foreign_keys=ON")
    if str(path) != ":memory:":
        db.enable_wal()
    # In WAL mode NORMAL never corrupts the database; a power cut (not a crash of the bot)
    # may lose the last few session updates, which are ephemeral anyway. It takes the fsync
    # off every commit, which otherwise limits the single writer thread to a few hundred
    # updates a second. Sealed reports are committed with FULL (bot.reports.store).
    db.execute("PRAGMA synchronous=NORMAL")
    if str(path) != ":memory:":
        checkpoint(db)
    return db


def _v1(db: sqlite_utils.Database) -> None:
    # The key is HMAC-SHA256(secret, platform:chat_id) as 32 raw bytes; the raw chat id is
    # never stored. ``blob`` is the session JSON, compressed and encrypted.
    db.execute(
        "CREATE TABLE IF NOT EXISTS sessions ("
        " key BLOB PRIMARY KEY NOT NULL,"
        " expires_at INTEGER NOT NULL,"
        " blob BLOB NOT NULL"
        ") WITHOUT ROWID"
    )
    db.execute("CREATE INDEX IF NOT EXISTS sessions_expires_at ON sessions (expires_at)")
    # Telegram message ids of a conversation (the bot's and the worker's), for quick exit.
    db.execute(
        "CREATE TABLE IF NOT EXISTS chat_messages ("
        " key BLOB NOT NULL,"
        " message_id INTEGER NOT NULL,"
        " expires_at INTEGER NOT NULL,"
        " PRIMARY KEY (key, message_id)"
        ") WITHOUT ROWID"
    )
    db.execute("CREATE INDEX IF NOT EXISTS chat_messages_expires_at ON chat_messages (expires_at)")


def _v2(db: sqlite_utils.Database) -> None:
    # Quick exit deletes every id from the conversation's first message up to /exit
    # (bot.storage.messages): per chat key and hour, the lowest and highest id seen, with
    # an expiry rounded up to the hour (no exact time at rest).
    db.execute(
        "CREATE TABLE IF NOT EXISTS exit_spans ("
        " key BLOB NOT NULL,"
        " expires_at INTEGER NOT NULL,"
        " first_id INTEGER NOT NULL,"
        " last_id INTEGER NOT NULL,"
        " PRIMARY KEY (key, expires_at)"
        ") WITHOUT ROWID"
    )
    db.execute("CREATE INDEX IF NOT EXISTS exit_spans_expires_at ON exit_spans (expires_at)")
    if db["chat_messages"].exists():
        db.execute(
            "INSERT OR IGNORE INTO exit_spans (key, expires_at, first_id, last_id) "
            "SELECT key, ((max(expires_at) + 3599) / 3600) * 3600, min(message_id), "
            "max(message_id) FROM chat_messages GROUP BY key"
        )
        db.execute("DROP TABLE chat_messages")
    # Deletions Telegram has not confirmed yet, retried for up to 48 hours: the chat id
    # and id ranges sealed under a key derived from the server secret.
    db.execute(
        "CREATE TABLE IF NOT EXISTS pending_deletions ("
        " id INTEGER PRIMARY KEY,"
        " expires_at INTEGER NOT NULL,"
        " blob BLOB NOT NULL"
        ")"
    )


def _v3(db: sqlite_utils.Database) -> None:
    # Which server secret the rows above were written under: an HMAC of a constant, so it
    # says nothing about the secret itself (bot.storage.rotation).
    db.execute(
        "CREATE TABLE IF NOT EXISTS secret_check ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " mark BLOB NOT NULL"
        ")"
    )


MIGRATIONS: list[Migration] = [
    (1, "sessions and message ids", _v1),
    (2, "message id spans and pending deletions", _v2),
    (3, "which secret the rows were written under", _v3),
]


def schema_version(db: sqlite_utils.Database) -> int:
    if not db["schema_version"].exists():
        return 0
    row = db.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(db: sqlite_utils.Database, migrations: list[Migration] | None = None) -> int:
    """Apply every migration newer than the database, each in its own transaction.

    Safe to run at every start: applied versions are skipped and every step uses
    ``IF NOT EXISTS``. Returns the schema version now in force.
    """
    steps = sorted(MIGRATIONS if migrations is None else migrations)
    db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)")
    for version, name, apply in steps:
        with db.atomic():
            if schema_version(db) >= version:
                continue
            apply(db)
            db.execute("INSERT INTO schema_version (version) VALUES (?)", [version])
            log.info("database migrated to version %d (%s)", version, name)
    return schema_version(db)


MAX_BATCH = 64  # calls committed together at most


@dataclass(slots=True)
class _Call:
    fn: Callable[[], object]
    batch: bool  # may share a transaction with the calls queued next to it
    loop: asyncio.AbstractEventLoop | None = None  # None: nobody waits (Writer.submit)
    future: asyncio.Future[object] | None = None


_Result = tuple[_Call, object, BaseException | None]


class Writer:
    """Runs every database call on one worker thread, in the order they were made.

    * ``await writer.run(fn, *args)`` calls ``fn(*args)`` on the thread by itself and
      returns its result: for calls that manage their own transaction or connection
      settings (sealed reports commit with ``synchronous=FULL``; purges; checkpoints).
    * ``await writer.batch(fn, *args)`` is for the small reads and writes of every
      update (sessions, message ids): calls of this kind that are queued together run in
      one transaction, committed once (*group commit*), and each caller gets its result
      after that commit. Under load the thread otherwise spent most of its time waiting
      for the event loop to hand back the GIL at every statement and commit, and became
      the bot's bottleneck (``make bench``). If a call in a group fails, the group is
      rolled back and its calls run again one at a time, so only that call fails: a
      batched call must do nothing but database work.
    * ``writer.submit(fn, *args)`` is :meth:`batch` without waiting, for bookkeeping the
      caller need not wait for (message ids already sent). A later call still sees it,
      and :meth:`close` waits for it; a failure is logged by kind only.
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._queue: queue.SimpleQueue[_Call | None] = queue.SimpleQueue()
        self._closed = False
        self._thread = threading.Thread(target=self._work, name="advice-bot-db", daemon=True)
        self._thread.start()

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._call(functools.partial(fn, *args, **kwargs), batch=False)

    async def batch(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._call(functools.partial(fn, *args, **kwargs), batch=True)

    def submit(self, fn: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> None:
        if self._closed:
            raise RuntimeError("the database is closed")
        self._queue.put(_Call(functools.partial(fn, *args, **kwargs), True))

    async def _call(self, fn: Callable[[], T], *, batch: bool) -> T:
        if self._closed:
            raise RuntimeError("the database is closed")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queue.put(_Call(fn, batch, loop, future))  # type: ignore[arg-type]
        return await future

    async def close(self) -> None:
        """Finish queued calls, checkpoint and truncate the WAL, close the connection."""
        if self._closed:
            return
        self._closed = True  # no call after this one
        loop = asyncio.get_running_loop()
        future: asyncio.Future[object] = loop.create_future()
        self._queue.put(_Call(self._close_db, False, loop, future))
        self._queue.put(None)
        await future
        await loop.run_in_executor(None, self._thread.join)

    def close_sync(self) -> None:
        """Like :meth:`close`, for code with no running event loop."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(_Call(self._close_db, False))
        self._queue.put(None)
        self._thread.join()

    def _close_db(self) -> None:
        checkpoint(self.db)
        self.db.close()

    # -- on the worker thread -------------------------------------------------------------

    def _work(self) -> None:
        taken: collections.deque[_Call | None] = collections.deque()  # read ahead, not run
        while True:
            call = taken.popleft() if taken else self._queue.get()
            if call is None:
                return
            if not call.batch:
                self._finish([(call, *_attempt(call.fn))])
                continue
            group = [call]
            while len(group) < MAX_BATCH:
                try:
                    nxt = self._queue.get_nowait()
                except queue.Empty:
                    break
                if nxt is None or not nxt.batch:
                    taken.append(nxt)  # runs after this group, in order
                    break
                group.append(nxt)
            self._finish(self._run_group(group))

    def _run_group(self, group: list[_Call]) -> list[_Result]:
        conn = self.db.conn
        if len(group) > 1 and not conn.in_transaction:
            try:
                conn.execute("BEGIN")
                results: list[_Result] = [(call, call.fn(), None) for call in group]
                conn.execute("COMMIT")
                return results
            except Exception:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
        # one call, or a group that failed: each call in a transaction of its own
        return [(call, *_attempt(call.fn)) for call in group]

    def _finish(self, results: list[_Result]) -> None:
        waiting: dict[asyncio.AbstractEventLoop, list[tuple[Any, object, Any]]] = {}
        for call, value, error in results:
            if call.loop is None or call.future is None:
                if error is not None:
                    log.error("a queued database call failed: %s", type(error).__name__)
                continue
            waiting.setdefault(call.loop, []).append((call.future, value, error))
        for loop, answers in waiting.items():  # one wake-up per loop for the whole group
            with contextlib.suppress(RuntimeError):  # that event loop has closed
                loop.call_soon_threadsafe(_deliver, answers)


def _attempt(fn: Callable[[], object]) -> tuple[object, BaseException | None]:
    try:
        return fn(), None
    except Exception as exc:
        return None, exc


def _deliver(answers: list[tuple[asyncio.Future[object], object, BaseException | None]]) -> None:
    for future, value, error in answers:
        if future.done():  # the caller was cancelled
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(value)
