"""One SQLite connection, one worker thread, simple migrations.

The bot opens exactly one ``sqlite3`` connection (``check_same_thread=False``) wrapped in
:class:`sqlite_utils.Database`, with WAL, a busy timeout, ``secure_delete`` (deleted rows
are overwritten, not just unlinked) and foreign keys. Every database call goes through
:class:`Writer`, which runs it on a single worker thread, so the event loop never
blocks on disk and the connection is never used by two threads at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import ParamSpec, TypeVar

import sqlite_utils

__all__ = ["MIGRATIONS", "Migration", "Writer", "migrate", "open_database", "schema_version"]

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

Migration = tuple[int, str, Callable[[sqlite_utils.Database], None]]


def open_database(path: Path | str) -> sqlite_utils.Database:
    """Open (creating the folder and file if needed) and configure the bot's database."""
    if str(path) != ":memory:":
        Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
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


MIGRATIONS: list[Migration] = [
    (1, "sessions and message ids", _v1),
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


def _log_failure(done: Future[object]) -> None:
    exc = done.exception()
    if exc is not None:
        log.error("a queued database call failed: %s", type(exc).__name__)


class Writer:
    """Runs every database call on one worker thread (``run_in_executor``).

    ``await writer.run(fn, *args)`` calls ``fn(*args)`` on the thread and returns its
    result. Calls run one at a time in the order they were made.
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="advice-bot-db")
        self._closed = False

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        if self._closed:
            raise RuntimeError("the database is closed")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, functools.partial(fn, *args, **kwargs))

    def submit(self, fn: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> None:
        """Queue ``fn(*args)`` without waiting for it.

        It still runs in order with every other call, so a later :meth:`run` sees what it
        did, and :meth:`close` waits for it. A failure is logged by kind only. For
        bookkeeping the caller need not wait for (e.g. message ids already sent): each
        awaited call costs the event loop a wake-up from the worker thread.
        """
        if self._closed:
            raise RuntimeError("the database is closed")
        self._pool.submit(functools.partial(fn, *args, **kwargs)).add_done_callback(_log_failure)

    async def close(self) -> None:
        """Finish queued calls, checkpoint and truncate the WAL, close the connection."""
        if self._closed:
            return
        self._closed = True
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._pool, self._close_db)
        self._pool.shutdown(wait=True)

    def close_sync(self) -> None:
        """Like :meth:`close`, for code with no running event loop."""
        if self._closed:
            return
        self._closed = True
        self._pool.submit(self._close_db).result()
        self._pool.shutdown(wait=True)

    def _close_db(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()
