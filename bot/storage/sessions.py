"""Conversation sessions in SQLite, found by an HMAC of the chat and encrypted at rest.

* A chat is named by :class:`ChatRef` (platform + platform chat id). Its row key is
  ``HMAC-SHA256(secret, platform + ":" + chat_id)``: the raw chat id is never stored.
* The session JSON is compressed and sealed with ChaCha20-Poly1305 under a key derived
  with HKDF from the server secret *and the raw chat id*. Someone holding only the
  database cannot read a session, and answers typed into a half-finished report never
  touch the disk in plaintext. The row key is bound in as associated data, so a blob
  cannot be moved to another chat's row.
* Every row has ``expires_at`` (now + TTL, refreshed on each save), rounded *up* to the
  next full hour (:data:`EXPIRY_GRANULE_SECONDS`): an exact value minus the TTL would tell
  someone holding a copy of the database when each worker last wrote, to the second. A
  session is therefore forgotten between TTL and TTL + 1 hour after the last message.
  Loading an expired session gives ``None``; :meth:`SqliteSessionStore.purge_expired`
  deletes them.
* The store keeps the sealed blobs of recently active chats in memory too (write-through,
  at most ``cache_size``, dropped on expiry, delete and purge): the same ciphertext as on
  disk, so a chat's next step needs no database read. One bot process owns the sessions
  table, so the copy cannot go stale.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import math
import os
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..config import MIN_SECRET_BYTES
from ..engine.session import Session
from .db import Writer

__all__ = ["EXPIRY_GRANULE_SECONDS", "ChatKeys", "ChatRef", "SqliteSessionStore", "coarse_expiry"]

log = logging.getLogger(__name__)

BLOB_VERSION = 1
EXPIRY_GRANULE_SECONDS = 3600  # stored expiry times are whole hours
NONCE_BYTES = 12
HKDF_SALT = b"advice-bot session key v1"


@dataclass(frozen=True, slots=True)
class ChatRef:
    """One conversation on one platform, e.g. ``ChatRef("telegram", 123456789)``.

    Only ever held in memory while an update is handled; never stored or logged.
    """

    platform: str
    chat_id: int | str

    def ident(self) -> bytes:
        return f"{self.platform}:{self.chat_id}".encode()

    def __repr__(self) -> str:  # keep chat ids out of tracebacks and debug output
        return f"ChatRef({self.platform!r}, <hidden>)"


class ChatKeys:
    """Derives, from the server secret, a chat's lookup key and its session cipher key."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError(f"the server secret must be at least {MIN_SECRET_BYTES} bytes")
        self._secret = secret

    def lookup(self, ref: ChatRef) -> str:
        """``HMAC-SHA256(secret, platform:chat_id)`` as hex: how storage names a chat."""
        return hmac.new(self._secret, ref.ident(), hashlib.sha256).hexdigest()

    def cipher_key(self, ref: ChatRef) -> bytes:
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=HKDF_SALT, info=ref.ident())
        return hkdf.derive(self._secret)


# A session is a few hundred bytes: a 512-byte window and the smallest working memory
# compress it within 7% of zlib's defaults at a seventh of the cost (zlib.compress spent
# ~65 µs per session setting up buffers sized for megabytes). zlib.decompress reads the
# window size from the stream, so blobs written either way open the same.
_WBITS, _MEM_LEVEL = 9, 1


def _compress(raw: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, _WBITS, _MEM_LEVEL)
    return packer.compress(raw) + packer.flush()


def seal_session(data: dict[str, Any], key: bytes, aad: bytes) -> bytes:
    plain = _compress(json.dumps(data, separators=(",", ":")).encode())
    nonce = os.urandom(NONCE_BYTES)
    return bytes([BLOB_VERSION]) + nonce + ChaCha20Poly1305(key).encrypt(nonce, plain, aad)


def open_session(blob: bytes, key: bytes, aad: bytes) -> dict[str, Any] | None:
    if len(blob) < 1 + NONCE_BYTES or blob[0] != BLOB_VERSION:
        return None
    nonce, sealed = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
    try:
        plain = ChaCha20Poly1305(key).decrypt(nonce, sealed, aad)
        data = json.loads(zlib.decompress(plain))
    except (InvalidTag, zlib.error, ValueError):
        return None
    return data if isinstance(data, dict) else None


def coarse_expiry(moment: float, granule: int = EXPIRY_GRANULE_SECONDS) -> int:
    """``moment`` rounded up to a whole ``granule`` (unix seconds): never earlier."""
    return -(-math.ceil(moment) // granule) * granule


class SqliteSessionStore:
    """Implements :class:`bot.service.SessionStore` over the ``sessions`` table."""

    def __init__(
        self,
        writer: Writer,
        keys: ChatKeys,
        *,
        ttl_seconds: float = 30 * 60,
        clock: Callable[[], float] = time.time,
        cache_size: int = 10_000,
    ) -> None:
        self.writer = writer
        self.keys = keys
        self.ttl_seconds = ttl_seconds
        self.clock = clock
        self.cache_size = cache_size
        # row key -> (expires_at, sealed blob), least recently used first
        self._recent: OrderedDict[bytes, tuple[int, bytes]] = OrderedDict()

    def key(self, ref: ChatRef) -> str:
        """The hashed chat key (hex) other tables use for this chat."""
        return self.keys.lookup(ref)

    async def load(self, ref: ChatRef) -> Session | None:
        row_key = bytes.fromhex(self.key(ref))
        now = int(self.clock())
        row = self._recent.get(row_key)
        if row is not None and row[0] > now:
            self._recent.move_to_end(row_key)
        else:
            self._recent.pop(row_key, None)
            row = await self.writer.batch(self._load, row_key, now)
            if row is None:
                return None
            self._remember(row_key, row)
        data = open_session(row[1], self.keys.cipher_key(ref), row_key)
        if data is None:  # e.g. the server secret changed: start afresh
            log.warning("session unreadable; starting a new one")
            await self.delete(ref)
            return None
        return Session.from_dict(data)

    async def save(self, ref: ChatRef, session: Session) -> None:
        row_key = bytes.fromhex(self.key(ref))
        blob = seal_session(session.to_dict(), self.keys.cipher_key(ref), row_key)
        expires_at = coarse_expiry(self.clock() + self.ttl_seconds)
        self._recent.pop(row_key, None)  # if the write fails, the next load reads the disk
        await self.writer.batch(self._save, row_key, expires_at, blob)
        self._remember(row_key, (expires_at, blob))

    async def delete(self, ref: ChatRef) -> None:
        row_key = bytes.fromhex(self.key(ref))
        self._recent.pop(row_key, None)
        await self.writer.batch(self._delete, row_key)

    async def purge_expired(self, now: float | None = None) -> int:
        """Delete every session whose time is up; returns how many."""
        moment = int(self.clock() if now is None else now)
        for row_key in [k for k, (expires_at, _) in self._recent.items() if expires_at <= moment]:
            del self._recent[row_key]
        return await self.writer.run(self._purge, moment)

    async def count(self) -> int:
        return await self.writer.run(self._count)

    def _remember(self, row_key: bytes, row: tuple[int, bytes]) -> None:
        if self.cache_size <= 0:
            return
        self._recent[row_key] = row
        self._recent.move_to_end(row_key)
        while len(self._recent) > self.cache_size:
            self._recent.popitem(last=False)

    # -- on the database thread ------------------------------------------------------------

    def _load(self, row_key: bytes, now: int) -> tuple[int, bytes] | None:
        row = self.writer.db.execute(
            "SELECT expires_at, blob FROM sessions WHERE key = ?", [row_key]
        ).fetchone()
        if row is None:
            return None
        if int(row[0]) <= now:
            self._delete(row_key)
            return None
        return int(row[0]), bytes(row[1])

    def _save(self, row_key: bytes, expires_at: int, blob: bytes) -> None:
        self.writer.db.execute(
            "INSERT INTO sessions (key, expires_at, blob) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at, "
            "blob = excluded.blob",
            [row_key, expires_at, blob],
        )

    def _delete(self, row_key: bytes) -> None:
        self.writer.db.execute("DELETE FROM sessions WHERE key = ?", [row_key])

    def _purge(self, now: int) -> int:
        cursor = self.writer.db.execute("DELETE FROM sessions WHERE expires_at <= ?", [now])
        return int(cursor.rowcount)

    def _count(self) -> int:
        return int(self.writer.db.execute("SELECT count(*) FROM sessions").fetchone()[0])
