"""Logging that never carries what workers wrote or who they are.

Our own modules log event kinds and counts only. The Telegram libraries are less
careful: at DEBUG, python-telegram-bot logs every update and every request's
parameters (message text, chat ids, names) and the API URL (which holds the bot
token); httpx logs request URLs at INFO (the token again); aiogram logs bot names at
INFO. So :func:`quiet_libraries` caps those loggers at WARNING whatever level the
operator chose, and :class:`RedactLibraryRecords` strips the arguments and exception
text from any library record that still reaches our handler.
"""

from __future__ import annotations

import logging
import sys

__all__ = ["LIBRARY_LOGGERS", "RedactLibraryRecords", "configure_logging", "quiet_libraries"]

LIBRARY_LOGGERS = (
    "aiogram",
    "aiohttp",
    "apscheduler",
    "asyncio",
    "httpcore",
    "httpx",
    "hpack",
    "telegram",
    "tornado",
)
OWN_PREFIX = "bot"


def quiet_libraries(level: int = logging.WARNING) -> None:
    """Cap the Telegram and HTTP libraries' loggers at ``level`` (WARNING by default)."""
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level < level:  # NOTSET (0) counts as lower
            logger.setLevel(level)


class RedactLibraryRecords(logging.Filter):
    """For records from outside ``bot.*``: keep the message template, drop its arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == OWN_PREFIX or record.name.startswith(OWN_PREFIX + "."):
            return True
        if record.args:
            record.msg = f"{record.msg} [arguments withheld]"
            record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            record.msg = f"{record.msg} ({record.exc_info[0].__name__})"
            record.exc_info = None
            record.exc_text = None
        return True


def configure_logging(level: str = "INFO") -> None:
    """Log to stderr at ``level``; libraries capped at WARNING and redacted."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactLibraryRecords())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    quiet_libraries()
