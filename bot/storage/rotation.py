"""A rotated server secret must not silently hide what quick exit has to delete.

Quick exit finds a chat's message ids (``exit_spans``) by a keyed hash made with the
server secret, and pending deletions are sealed under it. If the operator changes
``ADVICE_BOT_SECRET`` and does not keep the old one as ``ADVICE_BOT_PREVIOUS_SECRET``,
``/exit`` would find nothing under the new key and say every message was deleted while
they are still on the worker's phone. So the database remembers which secret its rows
were written under (an HMAC of a constant: it reveals nothing about the secret), and
start-up refuses a new secret while rows written under the old one are still live,
unless the old one is given as the previous secret.
"""

from __future__ import annotations

import hashlib
import hmac

import sqlite_utils

__all__ = ["RotationError", "check_rotation", "secret_mark"]

_LABEL = b"advice-bot secret check v1"


class RotationError(Exception):
    """The secret changed and rows written under the old one would be lost."""


def secret_mark(secret: bytes) -> bytes:
    return hmac.new(secret, _LABEL, hashlib.sha256).digest()[:16]


def check_rotation(
    db: sqlite_utils.Database, secret: bytes, previous: bytes | None, now: int
) -> None:
    """Record the secret's mark, or raise :class:`RotationError` when the secret changed
    while the database still holds live rows written under a secret we were not given."""
    current = secret_mark(secret)
    row = db.execute("SELECT mark FROM secret_check WHERE id = 1").fetchone()
    stored = bytes(row[0]) if row is not None else None
    if stored is not None and not hmac.compare_digest(stored, current):
        known = previous is not None and hmac.compare_digest(stored, secret_mark(previous))
        if not known and _live_rows(db, now):
            raise RotationError
    with db.atomic():
        db.execute(
            "INSERT INTO secret_check (id, mark) VALUES (1, ?) "
            "ON CONFLICT (id) DO UPDATE SET mark = excluded.mark",
            [current],
        )


def _live_rows(db: sqlite_utils.Database, now: int) -> bool:
    for table in ("exit_spans", "pending_deletions"):
        found = db.execute(f"SELECT 1 FROM {table} WHERE expires_at > ? LIMIT 1", [now])
        if found.fetchone() is not None:
            return True
    return False
