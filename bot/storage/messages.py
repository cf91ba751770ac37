"""What quick exit must delete: the span of message ids of each conversation, and the
deletions Telegram has not confirmed yet.

**Spans, not single ids.** In a private chat Telegram numbers the messages of both sides
1, 2, 3, ... and ``deleteMessages`` skips ids that do not exist, so quick exit deletes
*every* id from the first message of the conversation it saw (the floor) up to the
``/exit`` message, in batches of 100. A lost write of one id (a locked database, a full
disk) or an id never learnt (Telegram delivered a message but answered after the client
gave up) then loses nothing: only the floor matters, and it is written again with every
later message. :class:`MessageLog` keeps, per hashed chat key and per hour, the lowest
and highest id seen, in memory and on disk (``exit_spans``). Rows expire (rounded *up*
to the hour, so no exact time is stored) 48 hours after that hour: Telegram lets a bot
delete messages only that long, so the floor moves up as old hours expire. They outlive
the (shorter) session on purpose: a worker who comes back after the session expired and
sends ``/exit`` still gets the chat cleared.

**Pending deletions.** A deletion Telegram refused (429, 5xx, timeout) is retried in the
background until it succeeds or the 48 hours are over, across restarts
(:class:`PendingDeletions`). Deleting later needs the raw chat id, which is stored only
sealed (ChaCha20-Poly1305, key derived by HKDF from the server secret), with an expiry
rounded up to the hour; the row is deleted as soon as Telegram confirmed the deletion.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .db import Writer

__all__ = [
    "MESSAGE_TTL_SECONDS",
    "MessageLog",
    "Pending",
    "PendingDeletions",
    "Span",
    "coarse_expiry",
]

log = logging.getLogger(__name__)

MESSAGE_TTL_SECONDS = 48 * 60 * 60
EXPIRY_GRAIN_SECONDS = 60 * 60
MAX_CHATS_IN_MEMORY = 100_000

Buckets = dict[int, list[int]]  # expires_at (coarse) -> [first id, last id]


def coarse_expiry(moment: float) -> int:
    """``moment`` rounded up to the hour: what is stored instead of an exact time."""
    grain = EXPIRY_GRAIN_SECONDS
    return -(-int(moment) // grain) * grain


@dataclass(frozen=True, slots=True)
class Span:
    """Ids ``first`` to ``last`` (inclusive) may belong to the conversation; ``unknown``
    messages were sent whose ids were never learnt (they may lie just above ``last``)."""

    first: int
    last: int
    unknown: int = 0


class MessageLog:
    """Per hashed chat key: the span of message ids to delete at quick exit."""

    def __init__(
        self,
        writer: Writer,
        *,
        ttl_seconds: float = MESSAGE_TTL_SECONDS,
        clock: Callable[[], float] = time.time,
        max_chats: int = MAX_CHATS_IN_MEMORY,
    ) -> None:
        self.writer = writer
        self.ttl_seconds = ttl_seconds
        self.clock = clock
        self.max_chats = max_chats
        # What this process saw, so a lost write loses nothing while it runs; every
        # later note writes the chat's buckets again, so the disk catches up.
        self._memory: OrderedDict[str, Buckets] = OrderedDict()
        self._unknown: dict[str, int] = {}

    def note(self, key: str, message_ids: Iterable[int]) -> None:
        """Record ids without waiting for the disk (the database thread runs calls in
        order, so a later :meth:`span` sees them; a failed write is written again by the
        next note of this chat)."""
        ids = [int(i) for i in message_ids]
        if not ids:
            return
        now = self.clock()
        bucket = coarse_expiry(now + self.ttl_seconds)
        buckets = self._memory.get(key)
        if buckets is None:
            buckets = self._memory[key] = {}
        self._memory.move_to_end(key)
        for stale in [b for b in buckets if b <= now]:
            del buckets[stale]
        low, high = min(ids), max(ids)
        span = buckets.get(bucket)
        if span is None:
            buckets[bucket] = [low, high]
        else:
            span[0], span[1] = min(span[0], low), max(span[1], high)
        while len(self._memory) > self.max_chats:
            old, _ = self._memory.popitem(last=False)
            self._unknown.pop(old, None)
        rows = [(b, lo, hi) for b, (lo, hi) in buckets.items()]
        self.writer.submit(self._add, bytes.fromhex(key), rows)

    def note_unknown(self, key: str) -> None:
        """A message may have been delivered whose id is unknown (the answer was lost)."""
        self._unknown[key] = self._unknown.get(key, 0) + 1

    async def span(self, keys: Sequence[str]) -> Span | None:
        """The ids to delete for this chat (under any of ``keys``: the current and the
        previous secret's), or None if none is known. Never raises: if the disk cannot
        be read, what this process remembers is used."""
        now = int(self.clock())
        first: int | None = None
        last: int | None = None
        try:
            row = await self.writer.batch(self._span, [bytes.fromhex(k) for k in keys], now)
            if row is not None:
                first, last = row
        except Exception as exc:
            log.error("reading message ids failed: %s", type(exc).__name__)
        unknown = 0
        for key in keys:
            unknown += self._unknown.get(key, 0)
            for expires_at, (lo, hi) in self._memory.get(key, {}).items():
                if expires_at > now:
                    first = lo if first is None else min(first, lo)
                    last = hi if last is None else max(last, hi)
        if first is None or last is None:
            return None
        return Span(first, last, unknown)

    async def clear(self, keys: Sequence[str], upto: int) -> bool:
        """Forget ids up to ``upto`` (they were deleted, or are pending deletion).
        Returns False if the disk could not be written (the ids then stay: deleting
        them again later is harmless)."""
        for key in keys:
            self._unknown.pop(key, None)
            buckets = self._memory.get(key)
            if buckets is None:
                continue
            for bucket, span in list(buckets.items()):
                if span[1] <= upto:
                    del buckets[bucket]
                elif span[0] <= upto:
                    span[0] = upto + 1
            if not buckets:
                del self._memory[key]
        try:
            await self.writer.batch(self._clear, [bytes.fromhex(k) for k in keys], upto)
        except Exception as exc:
            log.error("forgetting deleted message ids failed: %s", type(exc).__name__)
            return False
        return True

    async def forget(self, key: str) -> None:
        self._memory.pop(key, None)
        self._unknown.pop(key, None)
        await self.writer.batch(self._forget, bytes.fromhex(key))

    async def purge_expired(self, now: float | None = None) -> int:
        moment = int(self.clock() if now is None else now)
        return await self.writer.run(self._purge, moment)

    # -- on the database thread ------------------------------------------------------------

    def _add(self, row_key: bytes, rows: list[tuple[int, int, int]]) -> None:
        self.writer.db.execute(
            "INSERT INTO exit_spans (key, expires_at, first_id, last_id) VALUES "
            + ", ".join(["(?, ?, ?, ?)"] * len(rows))
            + " ON CONFLICT (key, expires_at) DO UPDATE SET"
            " first_id = min(first_id, excluded.first_id),"
            " last_id = max(last_id, excluded.last_id)",
            [value for b, lo, hi in rows for value in (row_key, b, lo, hi)],
        )

    def _span(self, row_keys: list[bytes], now: int) -> tuple[int, int] | None:
        marks = ", ".join("?" * len(row_keys))
        row = self.writer.db.execute(
            f"SELECT min(first_id), max(last_id) FROM exit_spans "
            f"WHERE key IN ({marks}) AND expires_at > ?",
            [*row_keys, now],
        ).fetchone()
        if row is None or row[0] is None:
            return None
        return int(row[0]), int(row[1])

    def _clear(self, row_keys: list[bytes], upto: int) -> None:
        marks = ", ".join("?" * len(row_keys))
        db = self.writer.db
        db.execute(
            f"DELETE FROM exit_spans WHERE key IN ({marks}) AND last_id <= ?",
            [*row_keys, upto],
        )
        db.execute(
            f"UPDATE exit_spans SET first_id = ? WHERE key IN ({marks}) AND first_id <= ?",
            [upto + 1, *row_keys, upto],
        )

    def _forget(self, row_key: bytes) -> None:
        self.writer.db.execute("DELETE FROM exit_spans WHERE key = ?", [row_key])

    def _purge(self, now: int) -> int:
        cursor = self.writer.db.execute("DELETE FROM exit_spans WHERE expires_at <= ?", [now])
        return int(cursor.rowcount)


# ---- deletions Telegram has not confirmed yet ----------------------------------------------

_PENDING_INFO = b"advice-bot pending deletions v1"
_PENDING_AAD = b"pending-deletion"
_NONCE = 12


def _pending_key(secret: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_PENDING_INFO)
    return hkdf.derive(secret)


@dataclass(slots=True)
class Pending:
    """One chat's deletions still to do: id ranges (inclusive), until ``deadline``."""

    chat_id: int
    ranges: list[tuple[int, int]]
    deadline: float
    row: int | None = None  # its row on disk; None while it could not be saved


class PendingDeletions:
    """Pending deletions on disk, each sealed under a key derived from the server secret.

    ``previous_secret`` (``ADVICE_BOT_PREVIOUS_SECRET``) still opens rows sealed before
    a rotation; they are sealed again under the new secret when next written.
    """

    def __init__(
        self,
        writer: Writer,
        secret: bytes,
        *,
        previous_secret: bytes | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.writer = writer
        self.clock = clock
        self._cipher = ChaCha20Poly1305(_pending_key(secret))
        self._openers = [self._cipher]
        if previous_secret is not None:
            self._openers.append(ChaCha20Poly1305(_pending_key(previous_secret)))

    def _seal(self, job: Pending) -> bytes:
        plain = json.dumps(
            {"c": job.chat_id, "r": job.ranges, "d": int(job.deadline)}, separators=(",", ":")
        ).encode()
        nonce = os.urandom(_NONCE)
        return nonce + self._cipher.encrypt(nonce, plain, _PENDING_AAD)

    def _open(self, blob: bytes) -> Pending | None:
        for cipher in self._openers:
            try:
                plain = cipher.decrypt(blob[:_NONCE], blob[_NONCE:], _PENDING_AAD)
            except (InvalidTag, ValueError):
                continue
            data = json.loads(plain)
            ranges = [(int(lo), int(hi)) for lo, hi in data["r"]]
            return Pending(int(data["c"]), ranges, float(data["d"]))
        return None

    async def save(self, job: Pending) -> None:
        """Write ``job`` (a new row, or its row again). Raises if the disk fails."""
        blob = self._seal(job)
        expires_at = coarse_expiry(job.deadline)
        job.row = await self.writer.batch(self._save, job.row, expires_at, blob)

    async def remove(self, job: Pending) -> None:
        if job.row is not None:
            await self.writer.batch(self._remove, job.row)
            job.row = None

    async def load(self) -> list[Pending]:
        """Every pending deletion still within Telegram's 48 hours."""
        rows = await self.writer.batch(self._rows, int(self.clock()))
        jobs: list[Pending] = []
        for row, blob in rows:
            job = self._open(blob)
            if job is None:  # sealed under a secret that is no longer configured
                log.warning("a pending deletion cannot be opened with the configured secrets")
                continue
            job.row = row
            jobs.append(job)
        return jobs

    async def count(self) -> int:
        return await self.writer.batch(self._count)

    async def purge_expired(self, now: float | None = None) -> int:
        moment = int(self.clock() if now is None else now)
        return await self.writer.run(self._purge, moment)

    # -- on the database thread ------------------------------------------------------------

    def _save(self, row: int | None, expires_at: int, blob: bytes) -> int:
        db = self.writer.db
        if row is not None:
            cursor = db.execute(
                "UPDATE pending_deletions SET expires_at = ?, blob = ? WHERE id = ?",
                [expires_at, blob, row],
            )
            if cursor.rowcount:
                return row
        cursor = db.execute(
            "INSERT INTO pending_deletions (expires_at, blob) VALUES (?, ?)", [expires_at, blob]
        )
        return int(cursor.lastrowid or 0)

    def _remove(self, row: int) -> None:
        self.writer.db.execute("DELETE FROM pending_deletions WHERE id = ?", [row])

    def _rows(self, now: int) -> list[tuple[int, bytes]]:
        rows = self.writer.db.execute(
            "SELECT id, blob FROM pending_deletions WHERE expires_at > ? ORDER BY id", [now]
        ).fetchall()
        return [(int(r[0]), bytes(r[1])) for r in rows]

    def _count(self) -> int:
        return int(self.writer.db.execute("SELECT count(*) FROM pending_deletions").fetchone()[0])

    def _purge(self, now: int) -> int:
        cursor = self.writer.db.execute(
            "DELETE FROM pending_deletions WHERE expires_at <= ?", [now]
        )
        return int(cursor.rowcount)
