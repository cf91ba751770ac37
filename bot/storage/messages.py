"""Telegram message ids of each conversation, so quick exit can delete them all.

Ids (the bot's and the worker's) are stored against the hashed chat key only, never the
chat id, and expire after 48 hours: Telegram lets a bot delete messages for that long,
so an older id is useless. They outlive the (shorter) session on purpose: a worker who
comes back after the session expired and sends /exit still gets the chat cleared.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from .db import Writer

__all__ = ["MESSAGE_TTL_SECONDS", "MessageLog"]

MESSAGE_TTL_SECONDS = 48 * 60 * 60
_ROWS_PER_INSERT = 300  # 900 parameters: under SQLite's oldest limit of 999


class MessageLog:
    def __init__(
        self,
        writer: Writer,
        *,
        ttl_seconds: float = MESSAGE_TTL_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.writer = writer
        self.ttl_seconds = ttl_seconds
        self.clock = clock

    def note(self, key: str, message_ids: Iterable[int]) -> None:
        """Record ids without waiting for the disk: every database call runs in order on
        the one worker thread, so a later :meth:`ids` or :meth:`take` sees them."""
        ids = sorted({int(i) for i in message_ids})
        if ids:
            expires_at = int(self.clock() + self.ttl_seconds)
            self.writer.submit(self._add, bytes.fromhex(key), ids, expires_at)

    async def ids(self, key: str) -> list[int]:
        """Ids still deletable for this chat, ascending."""
        return await self.writer.batch(self._ids, bytes.fromhex(key), int(self.clock()))

    async def take(self, key: str) -> list[int]:
        """Return this chat's ids and forget them, in one transaction (for quick exit)."""
        return await self.writer.batch(self._take, bytes.fromhex(key), int(self.clock()))

    async def forget(self, key: str) -> None:
        await self.writer.batch(self._forget, bytes.fromhex(key))

    async def purge_expired(self, now: float | None = None) -> int:
        moment = int(self.clock() if now is None else now)
        return await self.writer.run(self._purge, moment)

    # -- on the database thread ------------------------------------------------------------

    def _add(self, row_key: bytes, ids: list[int], expires_at: int) -> None:
        # one statement, so one implicit transaction (an update adds one to a few ids)
        for start in range(0, len(ids), _ROWS_PER_INSERT):
            chunk = ids[start : start + _ROWS_PER_INSERT]
            self.writer.db.execute(
                "INSERT INTO chat_messages (key, message_id, expires_at) VALUES "
                + ", ".join(["(?, ?, ?)"] * len(chunk))
                + " ON CONFLICT (key, message_id) DO UPDATE SET expires_at = excluded.expires_at",
                [value for i in chunk for value in (row_key, i, expires_at)],
            )

    def _ids(self, row_key: bytes, now: int) -> list[int]:
        rows = self.writer.db.execute(
            "SELECT message_id FROM chat_messages WHERE key = ? AND expires_at > ? "
            "ORDER BY message_id",
            [row_key, now],
        ).fetchall()
        return [int(r[0]) for r in rows]

    def _take(self, row_key: bytes, now: int) -> list[int]:
        db = self.writer.db
        with db.atomic():
            ids = self._ids(row_key, now)
            db.execute("DELETE FROM chat_messages WHERE key = ?", [row_key])
        return ids

    def _forget(self, row_key: bytes) -> None:
        self.writer.db.execute("DELETE FROM chat_messages WHERE key = ?", [row_key])

    def _purge(self, now: int) -> int:
        cursor = self.writer.db.execute("DELETE FROM chat_messages WHERE expires_at <= ?", [now])
        return int(cursor.rowcount)
