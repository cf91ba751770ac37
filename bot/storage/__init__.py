"""SQLite storage: one connection, one worker thread; sessions and message ids.

See :mod:`.db` (connection, :class:`~.db.Writer`, migrations), :mod:`.sessions`
(encrypted sessions found by an HMAC of the chat) and :mod:`.messages` (message ids
for quick exit).
"""

from __future__ import annotations

from .db import Writer, migrate, open_database
from .messages import MESSAGE_TTL_SECONDS, MessageLog
from .sessions import ChatKeys, ChatRef, SqliteSessionStore

__all__ = [
    "MESSAGE_TTL_SECONDS",
    "ChatKeys",
    "ChatRef",
    "MessageLog",
    "SqliteSessionStore",
    "Writer",
    "migrate",
    "open_database",
]
