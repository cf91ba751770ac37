"""Storage of sealed reports: one SQLite row per report, nothing that identifies anyone.

The ``reports`` table has exactly five columns and the store refuses to work with a
table that has more:

* ``id`` – 16 random bytes as hex. The table is ``WITHOUT ROWID`` so there is no
  hidden auto-increment counter and rows are kept in random id order, not in the order
  they were submitted.
* ``day`` – the UTC day of submission (``YYYY-MM-DD``), never a time.
* ``expires_at`` – unix seconds of UTC midnight ``ttl_days`` after ``day``. It is
  derived from the day, not from the submission time, so it does not leak the time of
  day either. A report therefore lives between ``ttl_days - 1`` and ``ttl_days`` days
  (never longer than promised) and is removed by :meth:`ReportStore.purge_expired`.
* ``receipt_hash`` – HMAC-SHA256(server secret, receipt code), hex. The receipt code
  itself is only ever shown to the worker, who can use it to withdraw the report.
* ``envelope`` – the sealed report (see :mod:`bot.reports.seal`).

No chat ids, message ids or any platform identifiers are stored here. Sealing happens
before the database is touched and the insert runs in a single transaction, so a crash
leaves either a whole row or none. ``PRAGMA secure_delete`` overwrites deleted rows, and
after every report commit, withdrawal, pull with delete and purge the ``-wal`` is
checkpointed and truncated (:meth:`ReportStore.scrub`), so neither a withdrawn envelope
nor the order of commits around a report stays in the ``-wal`` file. If a reader holds
an old snapshot, the scrub is retried at the next purge.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import secrets
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any, Protocol

import sqlite_utils
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from ..config import MIN_SECRET_BYTES
from ..storage.db import checkpoint
from .seal import EnvelopeError, open_envelope, seal

__all__ = [
    "COLUMNS",
    "MIN_SECRET_BYTES",
    "RECEIPT_ALPHABET",
    "RandomSource",
    "ReportStore",
    "new_receipt_code",
    "normalise_receipt_code",
    "open_db",
    "receipt_hash",
]

log = logging.getLogger(__name__)

# What the service says about receipts itself (locales/*/report.ftl): a receipt whose
# message may not have reached the worker is shown again with the next reply.
RECEIPT_AGAIN = "report-receipt-again"
SERVICE_MESSAGES = (RECEIPT_AGAIN,)
RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RECEIPT_LENGTH = 8
COLUMNS = ("id", "day", "expires_at", "receipt_hash", "envelope")
_MAX_CODE_ATTEMPTS = 8
_CREATE = """
CREATE TABLE IF NOT EXISTS reports (
    id TEXT PRIMARY KEY NOT NULL,
    day TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    receipt_hash TEXT NOT NULL UNIQUE,
    envelope BLOB NOT NULL
) WITHOUT ROWID
"""
_INDEX = "CREATE INDEX IF NOT EXISTS reports_expires_at ON reports (expires_at)"


class RandomSource(Protocol):
    """What the store needs from a random generator; ``random.Random`` fits (for tests)."""

    def choice(self, seq: str) -> str: ...

    def randbytes(self, n: int) -> bytes: ...


_SYSTEM_RANDOM: RandomSource = secrets.SystemRandom()


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open the reports database with WAL and ``secure_delete`` enabled."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA secure_delete=ON")
    db.enable_wal()
    return db


def new_receipt_code(rng: RandomSource | None = None) -> str:
    """A short code like ``7KQ3-MX9D`` (31-letter unambiguous alphabet, ~40 bits)."""
    rng = rng or _SYSTEM_RANDOM
    chars = "".join(rng.choice(RECEIPT_ALPHABET) for _ in range(RECEIPT_LENGTH))
    return f"{chars[:4]}-{chars[4:]}"


def normalise_receipt_code(code: str) -> str | None:
    """Canonical ``XXXX-XXXX`` form of what a worker typed, or None if it cannot be a code.

    Case, spaces and hyphens are ignored.
    """
    if not isinstance(code, str):
        return None
    chars = "".join(code.split()).replace("-", "").upper()
    if len(chars) != RECEIPT_LENGTH or any(c not in RECEIPT_ALPHABET for c in chars):
        return None
    return f"{chars[:4]}-{chars[4:]}"


def receipt_hash(code: str, server_secret: bytes) -> str:
    """HMAC-SHA256 of the normalised code under the server secret, as hex."""
    if len(server_secret) < MIN_SECRET_BYTES:
        raise ValueError(
            f"the server secret must be at least {MIN_SECRET_BYTES} random bytes "
            "(generate one with: python -c 'import secrets; print(secrets.token_hex(32))')"
        )
    normal = normalise_receipt_code(code)
    if normal is None:
        raise ValueError("not a receipt code")
    return hmac.new(server_secret, normal.encode("ascii"), hashlib.sha256).hexdigest()


def _utc(now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("'now' must be a timezone-aware datetime (use datetime.now(UTC))")
    return now.astimezone(UTC)


def _timestamp(now: datetime) -> int:
    return int(_utc(now).timestamp())


@contextlib.contextmanager
def _fully_synchronous(db: sqlite_utils.Database) -> Iterator[None]:
    """Commit with an fsync, whatever the connection's default: a worker holding a receipt
    code must be able to rely on the report having reached the disk."""
    (previous,) = db.execute("PRAGMA synchronous").fetchone()
    db.execute("PRAGMA synchronous=FULL")
    try:
        yield
    finally:
        db.execute(f"PRAGMA synchronous={int(previous)}")


class ReportStore:
    """Sealed, expiring, anonymous reports in one SQLite table (see module docstring)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        db.execute("PRAGMA secure_delete=ON")
        with db.atomic():
            db.execute(_CREATE)
            db.execute(_INDEX)
        columns = tuple(db["reports"].columns_dict)
        if sorted(columns) != sorted(COLUMNS):
            raise RuntimeError(
                f"the 'reports' table has columns {', '.join(columns)}; expected exactly "
                f"{', '.join(COLUMNS)}. Refusing to store reports next to extra data - "
                "migrate or drop the table."
            )

    def count(self) -> int:
        row = self.db.execute("SELECT count(*) FROM reports").fetchone()
        return int(row[0])

    def submit(
        self,
        report: Mapping[str, Any],
        public_keys: Iterable[X25519PublicKey],
        *,
        now: datetime,
        ttl_days: int,
        server_secret: bytes,
        rng: RandomSource | None = None,
        receipt_code: str | None = None,
    ) -> str:
        """Seal ``report`` (already validated) to every key, store it, return the receipt code.

        Passing ``receipt_code`` (for example one generated with :func:`new_receipt_code`
        and kept in the conversation before submitting) makes a retry idempotent: if a
        report with that code is already stored, nothing new is inserted.
        """
        if ttl_days < 1:
            raise ValueError("ttl_days must be at least 1")
        rng = rng or _SYSTEM_RANDOM
        day = _utc(now).date()
        expires_at = int(datetime.combine(day + timedelta(days=ttl_days), time(), UTC).timestamp())
        if receipt_code is not None and normalise_receipt_code(receipt_code) is None:
            raise ValueError("receipt_code is not a valid receipt code")
        envelope = seal(report, public_keys)
        for _ in range(_MAX_CODE_ATTEMPTS):
            code = normalise_receipt_code(receipt_code or new_receipt_code(rng))
            assert code is not None
            digest = receipt_hash(code, server_secret)
            row = {
                "id": rng.randbytes(16).hex(),
                "day": day.isoformat(),
                "expires_at": expires_at,
                "receipt_hash": digest,
                "envelope": envelope,
            }
            try:
                with _fully_synchronous(self.db), self.db.atomic():
                    self._insert_row(row)
            except sqlite3.IntegrityError:
                if not self._has_receipt(digest):
                    raise
                if receipt_code is not None:
                    self.scrub()
                    return code  # already stored by an earlier attempt
                continue  # a (very unlikely) receipt code collision: draw another
            self.scrub()  # the report's frame must not stay next to the commits after it
            return code
        raise RuntimeError("could not draw an unused receipt code; is the random source broken?")

    def _insert_row(self, row: Mapping[str, object]) -> None:
        self.db.execute(
            "INSERT INTO reports (id, day, expires_at, receipt_hash, envelope) "
            "VALUES (:id, :day, :expires_at, :receipt_hash, :envelope)",
            dict(row),
        )

    def _has_receipt(self, digest: str) -> bool:
        row = self.db.execute("SELECT 1 FROM reports WHERE receipt_hash = ?", [digest]).fetchone()
        return row is not None

    def withdraw(self, code: str, server_secret: bytes) -> bool:
        """Delete the report with this receipt code. False if there is none (or bad code)."""
        if normalise_receipt_code(code) is None:
            return False
        digest = receipt_hash(code, server_secret)
        with self.db.atomic():
            deleted = self.db.execute(
                "DELETE FROM reports WHERE receipt_hash = ?", [digest]
            ).rowcount
        if deleted:
            self.scrub()
        return deleted > 0

    def purge_expired(self, now: datetime) -> int:
        """Delete every report whose expiry time has passed; return how many.

        Also scrubs the ``-wal`` every time (the bot purges every few minutes): it
        finishes a scrub a reader held up, and makes "the ``-wal`` starts here" say nothing
        about when a report arrived.
        """
        with self.db.atomic():
            deleted = self.db.execute(
                "DELETE FROM reports WHERE expires_at <= ?", [_timestamp(now)]
            ).rowcount
        self.scrub()
        return int(deleted)

    def pull(
        self,
        private_key: X25519PrivateKey,
        *,
        delete: bool = False,
        now: datetime | None = None,
    ) -> list[dict[str, Any]]:
        """Open every report sealed to ``private_key``.

        With ``delete=True`` the opened rows are removed in one transaction (for every
        organiser: a report is one row, whoever it was sealed to). With ``now``, reports
        that have already expired are neither returned nor deleted here. Rows that are
        damaged are skipped and left in place, and only their id is logged.
        """
        sql = "SELECT id, envelope FROM reports"
        params: list[object] = []
        if now is not None:
            sql += " WHERE expires_at > ?"
            params.append(_timestamp(now))
        reports: list[dict[str, Any]] = []
        opened: list[tuple[str]] = []
        for row_id, envelope in self.db.execute(sql + " ORDER BY id", params).fetchall():
            try:
                report = open_envelope(bytes(envelope), private_key)
            except EnvelopeError as exc:
                log.warning("skipping damaged report row %s: %s", row_id, exc)
                continue
            if report is None:
                continue
            reports.append(report)
            opened.append((row_id,))
        if delete and opened:
            with self.db.atomic():
                self.db.conn.executemany("DELETE FROM reports WHERE id = ?", opened)
            self.scrub()
        return reports

    def scrub(self) -> bool:
        """Copy the ``-wal`` into the database and truncate it to zero bytes.

        False if another connection's read transaction still needs the log: the bot's
        purge timer calls this again (``purge_expired``) until it succeeds.
        """
        done = checkpoint(self.db)
        if not done:
            log.info("wal checkpoint postponed: a reader is busy; retried at the next purge")
        return done
