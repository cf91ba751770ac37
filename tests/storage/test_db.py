"""The database: PRAGMAs, idempotent migrations, one worker thread."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest
import sqlite_utils

from bot.storage.db import (
    MIGRATIONS,
    Writer,
    checkpoint,
    migrate,
    open_database,
    schema_version,
)


def test_open_database_sets_the_pragmas(tmp_path: Path) -> None:
    db = open_database(tmp_path / "sub" / "dir" / "bot.db")  # folders are created
    pragma = {
        name: db.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "busy_timeout", "secure_delete", "foreign_keys")
    }
    assert pragma == {
        "journal_mode": "wal",
        "busy_timeout": 5000,
        "secure_delete": 1,
        "foreign_keys": 1,
    }
    db.close()


def test_migrations_are_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    db = open_database(path)
    assert schema_version(db) == 0
    assert migrate(db) == len(MIGRATIONS)
    assert migrate(db) == len(MIGRATIONS)
    db.close()
    db = open_database(path)
    assert migrate(db) == len(MIGRATIONS)
    assert {"sessions", "exit_spans", "pending_deletions", "schema_version"} <= set(
        db.table_names()
    )
    assert db.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(MIGRATIONS)
    db.close()


def test_a_new_migration_runs_once(tmp_path: Path) -> None:
    db = open_database(tmp_path / "bot.db")
    calls: list[int] = []
    version = max(v for v, _, _ in MIGRATIONS) + 1

    def extra(d: sqlite_utils.Database) -> None:
        calls.append(version)
        d.execute("CREATE TABLE extra (x INTEGER)")

    steps = [*MIGRATIONS, (version, "extra", extra)]
    assert migrate(db, steps) == version
    assert migrate(db, steps) == version
    assert calls == [version]
    db.close()


async def test_writer_runs_every_call_on_one_other_thread(tmp_path: Path) -> None:
    db = open_database(tmp_path / "bot.db")
    writer = Writer(db)
    idents = [await writer.run(threading.get_ident) for _ in range(5)]
    assert len(set(idents)) == 1 and idents[0] != threading.get_ident()
    assert await writer.run(lambda: db.execute("SELECT 41 + 1").fetchone()[0]) == 42
    await writer.close()
    await writer.close()  # closing twice is harmless
    assert not (tmp_path / "bot.db-wal").exists() or (tmp_path / "bot.db-wal").stat().st_size == 0


async def test_queued_calls_run_in_order_and_close_waits_for_them(tmp_path: Path) -> None:
    db = open_database(tmp_path / "bot.db")
    db.execute("CREATE TABLE t (n INTEGER)")
    writer = Writer(db)
    gate = threading.Event()
    writer.submit(gate.wait, 5)  # hold the thread so the next calls really queue
    for n in range(50):
        writer.submit(db.execute, "INSERT INTO t (n) VALUES (?)", [n])
    gate.set()
    rows = await writer.run(lambda: [r[0] for r in db.execute("SELECT n FROM t").fetchall()])
    assert rows == list(range(50))  # a later awaited call sees every queued one, in order
    writer.submit(db.execute, "INSERT INTO t (n) VALUES (?)", [50])
    await writer.close()
    db = open_database(tmp_path / "bot.db")
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 51
    db.close()


async def test_a_failed_queued_call_is_logged_by_kind_only(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = open_database(tmp_path / "bot.db")
    writer = Writer(db)
    writer.submit(db.execute, "INSERT INTO no_such_table VALUES ('Horatio')")
    assert await writer.run(lambda: 1) == 1  # the thread carries on
    await writer.close()
    assert "OperationalError" in caplog.text
    assert "Horatio" not in caplog.text and "no_such_table" not in caplog.text
    with pytest.raises(RuntimeError):
        writer.submit(lambda: None)


def _traced(db: sqlite_utils.Database) -> list[str]:
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    return statements


async def test_batched_calls_queued_together_commit_once(tmp_path: Path) -> None:
    db = open_database(tmp_path / "bot.db")
    db.execute("CREATE TABLE t (n INTEGER)")
    writer = Writer(db)
    statements = _traced(db)
    gate = threading.Event()
    writer.submit(gate.wait, 5)  # hold the thread so the next calls queue up together
    calls = [writer.batch(db.execute, "INSERT INTO t (n) VALUES (?)", [n]) for n in range(20)]
    tasks = [asyncio.ensure_future(c) for c in calls]
    await asyncio.sleep(0.05)
    gate.set()
    await asyncio.gather(*tasks)
    # every caller was answered after the commit: another connection sees all 20 rows
    other = sqlite3.connect(tmp_path / "bot.db")
    assert other.execute("SELECT count(*) FROM t").fetchone()[0] == 20
    other.close()
    assert sum(s == "COMMIT" for s in statements) == 1
    await writer.close()


async def test_a_failing_call_in_a_group_fails_alone(tmp_path: Path) -> None:
    db = open_database(tmp_path / "bot.db")
    db.execute("CREATE TABLE t (n INTEGER)")
    writer = Writer(db)
    gate = threading.Event()
    writer.submit(gate.wait, 5)
    good = [
        asyncio.ensure_future(writer.batch(db.execute, "INSERT INTO t (n) VALUES (?)", [n]))
        for n in range(3)
    ]
    bad = asyncio.ensure_future(writer.batch(db.execute, "INSERT INTO nowhere VALUES (1)"))
    more = asyncio.ensure_future(writer.batch(db.execute, "INSERT INTO t (n) VALUES (3)"))
    await asyncio.sleep(0.05)
    gate.set()
    await asyncio.gather(*good, more)
    with pytest.raises(sqlite3.OperationalError):
        await bad
    rows = await writer.run(lambda: [r[0] for r in db.execute("SELECT n FROM t ORDER BY n")])
    assert rows == [0, 1, 2, 3]  # written once each, though the group ran twice
    await writer.close()


async def test_calls_of_both_kinds_keep_their_order(tmp_path: Path) -> None:
    db = open_database(tmp_path / "bot.db")
    db.execute("CREATE TABLE t (n INTEGER)")
    writer = Writer(db)
    gate = threading.Event()
    writer.submit(gate.wait, 5)
    seen: list[int] = []

    def add(n: int) -> None:
        db.execute("INSERT INTO t (n) VALUES (?)", [n])
        seen.append(n)

    tasks = []
    for n in range(12):
        call = writer.run(add, n) if n % 4 == 3 else writer.batch(add, n)  # some alone
        tasks.append(asyncio.ensure_future(call))
    await asyncio.sleep(0.05)
    gate.set()
    await asyncio.gather(*tasks)
    assert seen == list(range(12))
    await writer.close()
    with pytest.raises(RuntimeError, match="closed"):
        await writer.batch(add, 99)


def test_checkpoint_truncates_the_wal_and_waits_for_no_reader(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    db = open_database(path)
    db.execute("CREATE TABLE t (secret BLOB)")
    db.execute("INSERT INTO t VALUES (?)", [b"CANARY" * 50])
    wal = path.with_name("bot.db-wal")
    assert wal.stat().st_size > 0
    assert checkpoint(db) and wal.stat().st_size == 0

    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM t").fetchone()  # holds a snapshot
    db.execute("DELETE FROM t")
    assert not checkpoint(db)  # gives up at once (no 5 s stall of the writer thread)
    assert b"CANARY" in path.read_bytes() + wal.read_bytes()
    reader.execute("COMMIT")
    reader.close()
    assert checkpoint(db)  # next time it works: secure_delete left nothing behind
    assert b"CANARY" not in path.read_bytes() + wal.read_bytes()
    db.close()


def test_open_database_folds_a_wal_left_by_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    crashed = sqlite3.connect(path)
    crashed.execute("PRAGMA journal_mode=WAL")
    crashed.execute("PRAGMA wal_autocheckpoint=0")
    crashed.execute("CREATE TABLE t (n INTEGER)")
    crashed.execute("INSERT INTO t VALUES (1)")
    crashed.commit()
    wal = path.with_name("bot.db-wal")
    leftover = wal.read_bytes()  # what a killed process leaves
    crashed.close()
    wal.write_bytes(leftover)
    db = open_database(path)
    assert db.execute("SELECT n FROM t").fetchall() == [(1,)]
    assert wal.stat().st_size == 0
    db.close()
