"""The report store: no plaintext on disk, expiry, withdrawal, pulling, crash safety."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

import bot.reports.store as store_module
from bot.reports.store import (
    COLUMNS,
    RECEIPT_ALPHABET,
    ReportStore,
    new_receipt_code,
    normalise_receipt_code,
    open_db,
    receipt_hash,
)


def _submit(
    store: ReportStore,
    report: dict[str, Any],
    *keys: X25519PrivateKey,
    now: datetime,
    secret: bytes,
    ttl_days: int = 30,
    **kwargs: Any,
) -> str:
    return store.submit(
        report,
        [k.public_key() for k in keys],
        now=now,
        ttl_days=ttl_days,
        server_secret=secret,
        **kwargs,
    )


def _disk_count(path: Path) -> int:
    """Count rows as a fresh process would see them: only committed data."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM reports").fetchone()[0])
    finally:
        conn.close()


def _all_bytes(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in directory.iterdir() if p.is_file()}


def test_table_has_exactly_the_agreed_columns(store: ReportStore) -> None:
    assert tuple(store.db["reports"].columns_dict) == COLUMNS
    assert "WITHOUT ROWID" in (store.db["reports"].schema or "")
    assert store.db.journal_mode == "wal"
    assert store.db.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_store_refuses_a_table_with_extra_columns(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "x.db")
    db.execute(
        "CREATE TABLE reports (id TEXT PRIMARY KEY, day TEXT, expires_at INTEGER, "
        "receipt_hash TEXT, envelope BLOB, chat_id INTEGER)"
    )
    with pytest.raises(RuntimeError, match="expected exactly"):
        ReportStore(db)


def test_row_holds_day_expiry_hash_and_envelope_only(
    store: ReportStore,
    report: dict[str, Any],
    alice: X25519PrivateKey,
    now: datetime,
    secret: bytes,
) -> None:
    code = _submit(store, report, alice, now=now, secret=secret, ttl_days=30)
    assert len(code) == 9 and code[4] == "-"
    assert all(c in RECEIPT_ALPHABET for c in code.replace("-", ""))
    (row,) = list(store.db["reports"].rows)
    assert row["day"] == "2025-06-15"
    assert len(row["id"]) == 32
    assert row["receipt_hash"] == receipt_hash(code, secret)
    assert code not in row["receipt_hash"]
    # expiry is midnight UTC, 30 days after the day: no time of day leaks, never > 30 days
    expires = datetime.fromtimestamp(row["expires_at"], UTC)
    assert expires == datetime(2025, 7, 15, tzinfo=UTC)
    assert timedelta(days=29) < expires - now <= timedelta(days=30)


def test_no_plaintext_anywhere_on_disk(
    store: ReportStore,
    db_path: Path,
    report: dict[str, Any],
    alice: X25519PrivateKey,
    bob: X25519PrivateKey,
    now: datetime,
    secret: bytes,
) -> None:
    report = dict(report, account="ZebraCrossingAccount42 — Łódź café")
    code = _submit(store, report, alice, bob, now=now, secret=secret)
    for _ in range(3):  # a few more
        _submit(store, report, alice, now=now, secret=secret)
    files = _all_bytes(db_path.parent)
    # every report commit folds the WAL into the database file and truncates it
    assert files.get("reports.db-wal") == b""
    needles = [
        "ZebraCrossingAccount42",
        "Łódź café",
        "northern-ireland",
        "domestic-work",
        "private-home",
        "sexual-assault",
        "messages-images",
        "agency-gangmaster",
        "yes-treated-worse",
        "not-believed",
        "2019-07",
        "consent_evidence",
        "reported_to_employer",
        code,
        code.replace("-", ""),
    ]
    for name, data in files.items():
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert needle.encode(encoding) not in data, (name, needle, encoding)


def test_withdrawn_report_cannot_be_pulled_and_is_scrubbed(
    store: ReportStore,
    db_path: Path,
    report: dict[str, Any],
    alice: X25519PrivateKey,
    now: datetime,
    secret: bytes,
) -> None:
    code = _submit(store, report, alice, now=now, secret=secret)
    other = _submit(store, report, alice, now=now, secret=secret)
    (envelope,) = (
        r["envelope"]
        for r in store.db["reports"].rows
        if r["receipt_hash"] == receipt_hash(code, secret)
    )
    assert store.withdraw(f"  {code.lower().replace('-', ' ')} ", secret) is True
    assert store.withdraw(code, secret) is False
    assert store.count() == 1
    assert len(store.pull(alice)) == 1
    # secure_delete + WAL checkpoint: the withdrawn ciphertext is gone from every file
    for data in _all_bytes(db_path.parent).values():
        assert envelope[-64:] not in data
    assert store.withdraw(other, b"another secret of 32 bytes......") is False
    assert store.withdraw("not a code", secret) is False
    assert store.withdraw("", secret) is False


def test_purge_removes_only_expired(
    store: ReportStore, report: dict[str, Any], alice: X25519PrivateKey, secret: bytes
) -> None:
    day1 = datetime(2025, 1, 10, 23, 59, tzinfo=UTC)
    _submit(store, report, alice, now=day1, secret=secret, ttl_days=1)
    _submit(store, report, alice, now=day1 + timedelta(days=5), secret=secret, ttl_days=1)
    assert store.purge_expired(datetime(2025, 1, 10, 23, 59, 59, tzinfo=UTC)) == 0
    assert store.purge_expired(datetime(2025, 1, 11, tzinfo=UTC)) == 1
    assert store.count() == 1
    assert store.purge_expired(datetime(2025, 1, 17, tzinfo=UTC)) == 1
    assert store.count() == 0


def test_pull_skips_expired_when_given_now(
    store: ReportStore, report: dict[str, Any], alice: X25519PrivateKey, secret: bytes
) -> None:
    _submit(store, report, alice, now=datetime(2025, 1, 1, tzinfo=UTC), secret=secret, ttl_days=1)
    assert store.pull(alice, now=datetime(2025, 1, 3, tzinfo=UTC)) == []
    assert len(store.pull(alice)) == 1


def test_pull_with_and_without_delete(
    store: ReportStore,
    report: dict[str, Any],
    alice: X25519PrivateKey,
    bob: X25519PrivateKey,
    now: datetime,
    secret: bytes,
) -> None:
    _submit(store, report, alice, bob, now=now, secret=secret)
    _submit(store, dict(report, nation="wales"), alice, now=now, secret=secret)
    _submit(store, dict(report, nation="scotland"), bob, now=now, secret=secret)
    stranger = X25519PrivateKey.generate()
    assert store.pull(stranger, delete=True) == []
    assert store.count() == 3
    pulled = store.pull(alice)
    assert sorted(r["nation"] for r in pulled) == ["northern-ireland", "wales"]
    assert store.count() == 3
    assert len(store.pull(alice, delete=True)) == 2
    assert store.count() == 1
    assert store.pull(alice) == []
    assert [r["nation"] for r in store.pull(bob, delete=True)] == ["scotland"]
    assert store.count() == 0


def test_pull_skips_damaged_rows_without_failing(
    store: ReportStore,
    report: dict[str, Any],
    alice: X25519PrivateKey,
    now: datetime,
    secret: bytes,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _submit(store, report, alice, now=now, secret=secret)
    _submit(store, report, alice, now=now, secret=secret)
    row_id = next(iter(store.db["reports"].rows))["id"]
    store.db.execute("UPDATE reports SET envelope = ? WHERE id = ?", [b"garbage", row_id])
    assert store.pull(alice, delete=True) == [report]
    assert store.count() == 1  # the damaged row stays for someone to look at
    assert row_id in caplog.text
    assert "ZebraCrossing" not in caplog.text


def test_receipt_codes_are_random_and_normalised(secret: bytes) -> None:
    codes = {new_receipt_code() for _ in range(200)}
    assert len(codes) == 200
    assert normalise_receipt_code("abcd efgh") == "ABCD-EFGH"
    assert normalise_receipt_code("ABCD-EFG0") is None  # 0 is not in the alphabet
    assert normalise_receipt_code("ABCD-EFG") is None
    assert receipt_hash("abcd-efgh", secret) == receipt_hash("ABCDEFGH", secret)
    with pytest.raises(ValueError, match="at least 32"):
        receipt_hash("ABCD-EFGH", b"short")


def test_injected_rng_makes_submit_deterministic(
    tmp_path: Path, report: dict[str, Any], alice: X25519PrivateKey, now: datetime, secret: bytes
) -> None:
    a = ReportStore(open_db(tmp_path / "a.db"))
    b = ReportStore(open_db(tmp_path / "b.db"))
    code_a = _submit(a, report, alice, now=now, secret=secret, rng=random.Random(7))
    code_b = _submit(b, report, alice, now=now, secret=secret, rng=random.Random(7))
    assert code_a == code_b
    assert next(iter(a.db["reports"].rows))["id"] == next(iter(b.db["reports"].rows))["id"]


def test_receipt_collision_draws_a_new_code(
    store: ReportStore,
    report: dict[str, Any],
    alice: X25519PrivateKey,
    now: datetime,
    secret: bytes,
) -> None:
    first = _submit(store, report, alice, now=now, secret=secret, rng=random.Random(1))
    second = _submit(store, report, alice, now=now, secret=secret, rng=random.Random(1))
    assert first != second
    assert store.count() == 2


def test_retry_with_the_same_receipt_code_is_idempotent(
    store: ReportStore,
    report: dict[str, Any],
    alice: X25519PrivateKey,
    now: datetime,
    secret: bytes,
) -> None:
    code = new_receipt_code()
    assert _submit(store, report, alice, now=now, secret=secret, receipt_code=code) == code
    assert _submit(store, report, alice, now=now, secret=secret, receipt_code=code) == code
    assert store.count() == 1
    with pytest.raises(ValueError, match="receipt_code"):
        _submit(store, report, alice, now=now, secret=secret, receipt_code="nope")


def test_naive_datetimes_and_bad_ttl_are_refused(
    store: ReportStore, report: dict[str, Any], alice: X25519PrivateKey, secret: bytes
) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        _submit(store, report, alice, now=datetime(2025, 1, 1), secret=secret)
    with pytest.raises(ValueError, match="ttl_days"):
        _submit(store, report, alice, now=datetime.now(UTC), secret=secret, ttl_days=0)
    assert store.count() == 0


class Boom(Exception):
    pass


class _CommitFails:
    """A connection proxy whose next COMMIT fails, as a full disk or I/O error would."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql.strip().upper().startswith("COMMIT"):
            raise sqlite3.OperationalError("disk I/O error (injected)")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _inject(step: str, store: ReportStore, monkeypatch: pytest.MonkeyPatch) -> None:
    original_insert = ReportStore._insert_row

    def fail_seal(*args: Any, **kwargs: Any) -> bytes:
        raise Boom("seal")

    def fail_before_insert(self: ReportStore, row: Any) -> None:
        raise Boom("before insert")

    def fail_after_insert(self: ReportStore, row: Any) -> None:
        original_insert(self, row)
        assert self.count() == 1  # the row really is there, inside the transaction
        raise Boom("after insert")

    if step == "seal":
        monkeypatch.setattr(store_module, "seal", fail_seal)
    elif step == "before-insert":
        monkeypatch.setattr(ReportStore, "_insert_row", fail_before_insert)
    elif step == "after-insert":
        monkeypatch.setattr(ReportStore, "_insert_row", fail_after_insert)
    elif step == "commit":
        monkeypatch.setattr(store.db, "conn", _CommitFails(store.db.conn))
    else:  # pragma: no cover
        raise AssertionError(step)


@pytest.mark.parametrize("step", ["seal", "before-insert", "after-insert", "commit"])
def test_crash_inside_submit_leaves_no_half_report_and_retry_gives_one(
    step: str,
    store: ReportStore,
    db_path: Path,
    report: dict[str, Any],
    alice: X25519PrivateKey,
    now: datetime,
    secret: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_conn = store.db.conn
    with monkeypatch.context() as patch:
        _inject(step, store, patch)
        with pytest.raises((Boom, sqlite3.OperationalError)):
            _submit(store, report, alice, now=now, secret=secret)
    assert store.db.conn is real_conn
    assert not real_conn.in_transaction
    assert store.count() == 0
    assert _disk_count(db_path) == 0
    code = _submit(store, report, alice, now=now, secret=secret)
    assert store.count() == 1 and _disk_count(db_path) == 1
    assert store.pull(alice) == [report]
    assert store.withdraw(code, secret)


_CRASH_SCRIPT = textwrap.dedent(
    """
    import os, sys
    from datetime import UTC, datetime
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from bot.reports.store import ReportStore, open_db

    path, mode = sys.argv[1], sys.argv[2]
    store = ReportStore(open_db(path))
    original = ReportStore._insert_row

    def crash(self, row):
        original(self, row)
        os._exit(17)  # the process dies with the transaction still open

    if mode == "crash":
        ReportStore._insert_row = crash
    store.submit(
        {"account": "ZebraCrossingAccount42"},
        [X25519PrivateKey.generate().public_key()],
        now=datetime.now(UTC),
        ttl_days=1,
        server_secret=b"s" * 32,
    )
    """
)


def test_process_killed_mid_transaction_leaves_nothing(db_path: Path) -> None:
    def run(mode: str) -> int:
        return subprocess.run(
            [sys.executable, "-c", _CRASH_SCRIPT, str(db_path), mode],
            cwd=Path(__file__).resolve().parents[2],
            check=False,
        ).returncode

    assert run("crash") == 17
    assert _disk_count(db_path) == 0
    assert run("ok") == 0
    assert _disk_count(db_path) == 1
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_reports_are_committed_with_a_full_sync_then_the_default_returns(tmp_path: Path) -> None:
    from bot.storage.db import open_database

    db = open_database(tmp_path / "bot.db")  # the bot's connection: synchronous=NORMAL
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1
    seen: list[int] = []
    store = ReportStore(db)
    original = store._insert_row

    def spy(row: dict[str, object]) -> None:
        seen.append(db.execute("PRAGMA synchronous").fetchone()[0])
        original(row)

    store._insert_row = spy  # type: ignore[method-assign]
    key = X25519PrivateKey.generate()
    _submit(
        store, {"nation": "wales"}, key, now=datetime(2026, 11, 1, tzinfo=UTC), secret=b"s" * 32
    )
    assert seen == [2]  # FULL while the report is written
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1
