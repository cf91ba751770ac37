"""Assemble the running bot from settings: database, stores, service, purge timer.

:class:`BotApp` owns everything that outlives one transport: the database (one
connection, one worker thread), the encrypted session store, the message-id log, the
service and the rate limiter. A transport (:mod:`bot.transports.aiogram_transport`,
:mod:`bot.transports.ptb_transport`) gets a :class:`~bot.telegram.TelegramBridge` from
:meth:`BotApp.bridge` and is run by :func:`serve`, which handles SIGTERM/SIGINT.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import logging
import signal
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import sqlite_utils

from .config import ConfigError, Settings
from .content import Content
from .health import beat, heartbeat_path
from .logs import log_loop_exception
from .service import ReportSink, Service
from .storage import ChatKeys, ChatRef, MessageLog, SqliteSessionStore, Writer
from .storage.db import migrate, open_database
from .storage.messages import PendingDeletions
from .storage.rotation import RotationError, check_rotation
from .telegram import Deleter, RateLimiter, TelegramBridge, TelegramClient

if TYPE_CHECKING:
    from .reports.schema import ReportSchema
    from .reports.sink import SqliteReportSink

__all__ = [
    "PURGE_INTERVAL_SECONDS",
    "TRANSPORTS",
    "BotApp",
    "Transport",
    "build_report_sink",
    "make_transport",
    "serve",
]

log = logging.getLogger(__name__)

PURGE_INTERVAL_SECONDS = 300.0


def build_report_sink(
    settings: Settings, schema: ReportSchema | None, writer: Writer | None = None
) -> SqliteReportSink | None:
    """The sink the service submits reports to, or None: the one way to build it.

    Used by the running bot (:class:`BotApp`), ``advice-bot chat`` and the CLI. With no
    organiser keys nobody could open a report, so there is none and a report flow says
    its ``failed`` message. Otherwise reports are checked against ``schema`` (the
    content's ``flows/report-schema.yaml``, see :attr:`bot.content.Content.report_schema`),
    sealed to ``settings.organiser_keys`` and kept ``settings.report_ttl_days`` in the
    database of ``writer`` (its connection and thread, shared with sessions), or of
    ``settings.db_path`` if there is no writer (then the sink owns it: close it).
    """
    if not settings.organiser_keys:
        return None
    if schema is None:
        raise ConfigError(
            "ADVICE_BOT_ORGANISER_KEYS is set, but the content folder has no "
            "flows/report-schema.yaml, which says what a report holds: add it (the "
            "project's own is in its flows/ folder), or unset the keys"
        )
    from .reports.sink import build_report_sink as build

    try:
        return build(
            settings.db_path,
            settings.organiser_keys,
            settings.require_secret(),
            settings.report_ttl_days,
            schema=schema,
            runner=writer,
        )
    except ValueError as exc:  # a bad key line
        raise ConfigError(f"ADVICE_BOT_ORGANISER_KEYS: {exc}") from None


def _open_database(path: Path) -> sqlite_utils.Database:
    """The bot's database, migrated; a start-up failure is one :class:`ConfigError` line."""
    db: sqlite_utils.Database | None = None
    try:
        db = open_database(path)
        migrate(db)
    except (sqlite3.Error, OSError) as exc:
        if db is not None:
            db.close()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ConfigError(
            f"ADVICE_BOT_DB: cannot open or write the database {path} ({reason}): point it "
            "at a file in a folder the bot's user can write, or restore the file from a backup"
        ) from None
    return db


class BotApp:
    """The long-lived parts of a running bot. Close it with :meth:`close`."""

    def __init__(
        self,
        settings: Settings,
        content: Content,
        *,
        reports: ReportSink | None = None,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        secret = settings.require_secret()
        self.settings = settings
        self.content = content
        if settings.organiser_keys:  # a bad key line stops start-up before the database
            from .reports.sink import parse_organiser_keys

            try:
                parse_organiser_keys(settings.organiser_keys)
            except ValueError as exc:
                raise ConfigError(f"ADVICE_BOT_ORGANISER_KEYS: {exc}") from None
        self.db = _open_database(settings.db_path)
        try:
            check_rotation(self.db, secret, settings.previous_secret, int(clock()))
        except RotationError:
            self.db.close()
            raise ConfigError(
                "ADVICE_BOT_PREVIOUS_SECRET: ADVICE_BOT_SECRET has changed, and the database "
                "still holds what quick exit must delete from the last 48 hours under the old "
                "secret: set ADVICE_BOT_PREVIOUS_SECRET to the old secret for 48 hours "
                "(docs/operations.md, rotating the server secret)"
            ) from None
        self.writer = Writer(self.db)
        self.keys = ChatKeys(secret)
        self.sessions = SqliteSessionStore(
            self.writer, self.keys, ttl_seconds=settings.session_ttl_minutes * 60, clock=clock
        )
        self.messages = MessageLog(self.writer, clock=clock)
        # Quick exit: deletions Telegram did not confirm are retried in the background.
        # ADVICE_BOT_PREVIOUS_SECRET (for 48 hours after a rotation) still finds what was
        # recorded under the old secret (docs/operations.md).
        previous = settings.previous_secret
        self.previous_keys = ChatKeys(previous) if previous else None
        self.pending = PendingDeletions(self.writer, secret, previous_secret=previous, clock=clock)
        self.deleter = Deleter(self.pending, clock=clock)
        self._bridges: list[TelegramBridge] = []
        self.report_sink: SqliteReportSink | None = None
        if reports is None:
            try:
                reports = self.report_sink = build_report_sink(
                    settings, content.report_schema, self.writer
                )
            except BaseException:
                self.writer.close_sync()
                raise
        if reports is None:
            log.warning(
                "no organiser keys are configured, so the anonymous report is not offered: "
                "organisers make a key with `advice-bot keys new`; put its public line in "
                "ADVICE_BOT_ORGANISER_KEYS"
            )
        self.service: Service[ChatRef] = Service(content, self.sessions, reports)
        self.limiter = RateLimiter(
            settings.rate_limit_messages, settings.rate_limit_window_seconds, clock=monotonic
        )
        self.clock = clock

    def bridge(self, client: TelegramClient) -> TelegramBridge:
        """A bridge for a transport's client; pending deletions are retried through it."""
        bridge = TelegramBridge(
            self.service,
            client,
            keys=self.keys,
            messages=self.messages,
            limiter=self.limiter,
            deleter=self.deleter,
            previous_keys=self.previous_keys,
            max_text_length=self.settings.max_text_length,
        )
        self._bridges.append(bridge)
        with contextlib.suppress(RuntimeError):  # no event loop yet: started by serve()
            self.deleter.start(client)
        return bridge

    def warm_up(self) -> None:
        """Get ready for traffic: parse every language and compile its messages now, then
        freeze the heap.

        Each language's Fluent files are otherwise parsed when its first worker arrives
        (~60 ms each, 0.8 s for all 15), and each message compiled when first shown.
        After that, the content, the libraries and the app are objects that live as long
        as the process: :func:`gc.freeze` moves them out of the garbage collector's way,
        which otherwise walked all ~300,000 of them in every full collection (a tenth of
        the time spent handling updates, measured by ``make bench``).
        """
        self.content.translator.preload()
        gc.collect()
        gc.freeze()

    async def purge(self, now: float | None = None) -> dict[str, int]:
        """Delete expired sessions and message ids; returns how many of each."""
        moment = self.clock() if now is None else now
        counts = {
            "sessions": await self.sessions.purge_expired(moment),
            "message_ids": await self.messages.purge_expired(moment),
            "pending_deletions": await self.pending.purge_expired(moment),
        }
        if self.report_sink is not None:
            counts["reports"] = await self.report_sink.purge()
        if any(counts.values()):
            log.info(
                "purged %d session(s), %d message id(s)",
                counts["sessions"],
                counts["message_ids"],
            )
        return counts

    async def purge_forever(self, interval: float = PURGE_INTERVAL_SECONDS) -> None:
        while True:
            await asyncio.sleep(interval)
            try:
                await self.purge()
            except Exception as exc:  # keep the timer alive; the next round retries
                log.error("purge failed: %s", type(exc).__name__)

    async def close(self) -> None:
        await self.deleter.close()
        for bridge in self._bridges:
            await bridge.close()
        await self.writer.close()


class Transport(Protocol):
    """A Telegram transport: start taking updates, stop gracefully."""

    name: str

    async def start(self) -> None:
        """Connect, then take updates in the background (polling or webhook)."""
        ...

    async def stop(self) -> None:
        """Stop taking updates, let in-flight handlers finish, close the HTTP session."""
        ...


TRANSPORTS = ("aiogram", "ptb")


def make_transport(
    kind: str,
    app: BotApp,
    *,
    webhook_url: str | None = None,
    poll_timeout: int = 30,
    drain_timeout: float = 5.0,
) -> Transport:
    """Build the aiogram or python-telegram-bot transport from the app's settings.

    ``webhook_url`` overrides ``settings.webhook_url``; with neither, long polling.
    """
    settings = app.settings
    token = settings.require_token()
    url = webhook_url or settings.webhook_url
    secret = dataclasses.replace(settings, webhook_url=url).effective_webhook_secret()
    cls: Callable[..., Transport]
    if kind == "aiogram":
        from .transports.aiogram_transport import AiogramTransport

        cls = AiogramTransport
    elif kind == "ptb":
        from .transports.ptb_transport import PtbTransport

        cls = PtbTransport
    else:
        raise ValueError(f"unknown transport {kind!r}: use one of {', '.join(TRANSPORTS)}")
    return cls(
        app.bridge,
        token=token,
        api_url=settings.telegram_api_url,
        webhook_url=url,
        webhook_secret=secret,
        listen_host=settings.listen_host,
        listen_port=settings.listen_port,
        poll_timeout=poll_timeout,
        drain_timeout=drain_timeout,
    )


async def serve(
    app: BotApp,
    transport: Transport,
    *,
    stop: asyncio.Event | None = None,
    purge_interval: float = PURGE_INTERVAL_SECONDS,
) -> None:
    """Run ``transport`` until SIGTERM/SIGINT (or ``stop`` is set), then shut down cleanly.

    Purges expired data at start-up and every ``purge_interval`` seconds, touches the
    heartbeat file (``ADVICE_BOT_HEARTBEAT``, for ``advice-bot health``) if set; on the way out
    stops taking updates, waits for in-flight handlers and closes the database.
    """
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    signals = (signal.SIGTERM, signal.SIGINT)
    for sig in signals:
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    previous_handler = loop.get_exception_handler()
    loop.set_exception_handler(log_loop_exception)  # task errors never log their data
    tasks: list[asyncio.Task[None]] = []
    try:
        await app.purge()
        tasks.append(asyncio.create_task(app.purge_forever(purge_interval)))
        heartbeat = heartbeat_path()
        if heartbeat is not None:
            tasks.append(asyncio.create_task(beat(heartbeat)))
        app.warm_up()
        await transport.start()
        log.info("serving with %s", transport.name)
        await stop.wait()
        log.info("shutting down")
    finally:
        try:
            await transport.stop()
        finally:
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            for sig in signals:
                with contextlib.suppress(NotImplementedError, RuntimeError):
                    loop.remove_signal_handler(sig)
            await app.close()
            loop.set_exception_handler(previous_handler)
            log.info("stopped")
