"""Logging that never carries what workers wrote or who they are.

Our own modules log event kinds and counts only. The Telegram libraries are less
careful: at DEBUG, python-telegram-bot logs every update and every request's
parameters (message text, chat ids, names) and the API URL (which holds the bot
token); httpx logs request URLs at INFO (the token again); aiogram logs bot names at
INFO. So :func:`quiet_libraries` caps those loggers at WARNING whatever level the
operator chose, and :class:`RedactLibraryRecords` strips the arguments and exception
text from any library record.

Some text never passes a logger's arguments: asyncio's "Task exception was never
retrieved" puts the task's repr (with the exception's message, which for a malformed
update quotes its text, names and chat id) in the message itself, and Python warnings
go straight to stderr. So :func:`configure_logging` redacts every record from outside
``bot.*`` *as it is made* (a log record factory, so every handler sees the redacted
record, including ones a library or a test adds), keeps only the first line of such
a message up to the first character that usually introduces a value, turns Python
warnings into records naming the warning's class and place only, and
:func:`log_loop_exception` is the event loop's exception handler.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sys
import warnings
from typing import Any, TextIO

__all__ = [
    "LIBRARY_LOGGERS",
    "RedactLibraryRecords",
    "configure_logging",
    "log_loop_exception",
    "quiet_libraries",
    "redact_record",
]

log = logging.getLogger(__name__)

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


_VALUE_START = re.compile(r"[:=<>'\"(\[{]")
_WITHHELD = " [details withheld]"


def _is_own(name: str) -> bool:
    return name == OWN_PREFIX or name.startswith(OWN_PREFIX + ".")


def _safe_text(text: str) -> str:
    """The first line of a message, cut before anything that looks like a value."""
    first = text.split("\n", 1)[0]
    match = _VALUE_START.search(first)
    cut = first[: match.start()].rstrip() if match else first
    cut = cut[:120]
    return cut if cut == text else cut + _WITHHELD


def redact_record(record: logging.LogRecord) -> logging.LogRecord:
    """Strip what a library record may carry about workers (idempotent; ``bot.*`` untouched).

    A message with arguments keeps its template (written by the library's authors) and
    loses the arguments; a message without arguments may have been formatted already
    and keeps only its first words; exception details become the exception's class.
    """
    if _is_own(record.name) or getattr(record, "_advice_bot_redacted", False):
        return record
    msg = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
    if record.args:
        record.msg = f"{_safe_template(msg)} [arguments withheld]"
        record.args = None
    else:
        record.msg = _safe_text(msg)
    if record.exc_info and record.exc_info[0] is not None:
        record.msg = f"{record.msg} ({record.exc_info[0].__name__})"
    record.exc_info = None
    record.exc_text = None
    record.stack_info = None
    record._advice_bot_redacted = True
    return record


def _safe_template(template: str) -> str:
    # a template's literal text is the library's own; keep its first line only
    return template.split("\n", 1)[0][:200]


class RedactLibraryRecords(logging.Filter):
    """For records from outside ``bot.*``: keep the message template, drop its arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        return True


def _install_record_factory() -> None:
    current = logging.getLogRecordFactory()
    if getattr(current, "_advice_bot", False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return redact_record(current(*args, **kwargs))

    factory._advice_bot = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    # The warning's text may quote data (a malformed update's fields); its class and
    # place say what to look at.
    log.warning("Python warning %s at %s:%d", category.__name__, os.path.basename(filename), lineno)


def log_loop_exception(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """The event loop's exception handler: what went wrong, never the task or its data."""
    exc = context.get("exception")
    log.error(
        "event loop: %s (%s)",
        _safe_text(str(context.get("message") or "unhandled error")),
        type(exc).__name__ if exc is not None else "no exception",
    )


def configure_logging(level: str = "INFO") -> None:
    """Log to stderr at ``level``; libraries capped at WARNING and redacted."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactLibraryRecords())
    _install_record_factory()
    warnings.showwarning = _show_warning
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    quiet_libraries()
