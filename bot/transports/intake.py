"""Taking updates from Telegram, the same way for both libraries: long polling and webhook.

Both transports hand each raw update (a JSON object) to a ``handle`` coroutine that
parses it with its library and runs it; this module decides when an update counts as
taken, so that a shutdown never loses one:

* **Long polling** (:class:`Poller`). Telegram keeps every update until a later
  ``getUpdates`` call confirms it with ``offset`` (which confirms every update *below*
  it). The poller only ever confirms up to the oldest update still being handled, so
  an update that is not finished when the bot stops is delivered again to the next
  run. Updates seen again while still in hand are skipped. On stop it stops asking for
  updates, gives the ones in hand ``drain`` seconds to finish, cancels the rest and
  confirms exactly the finished ones. The price: Telegram hands out at most 100 updates
  from the oldest unconfirmed one, so while one update is slow (a chat waiting out a
  429), at most 99 newer ones are taken meanwhile; handling an update takes
  milliseconds, so this only bites under a flood, and then only for as long as that
  one update takes.
* **Webhook** (:class:`WebhookServer`). Telegram posts one update per request and
  delivers it again until it gets a 2xx answer, so the server answers only after the
  update was handled. Before reading anything it checks the secret token
  (``X-Telegram-Bot-Api-Secret-Token``, compared in constant time) and the body size
  (at most :data:`MAX_BODY_BYTES`; a Telegram update is a few kilobytes): a large body
  is refused with 413 without being read. On stop it closes the listening socket, gives
  requests in hand ``drain`` seconds and drops the rest unanswered, so Telegram retries
  them.

A malformed update is logged by kind only (never its content) and counts as handled:
delivering it again could never succeed.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

__all__ = ["MAX_BODY_BYTES", "Intake", "Poller", "RawUpdate", "WebhookServer"]

log = logging.getLogger(__name__)

RawUpdate = dict[str, Any]
Handle = Callable[[RawUpdate], Awaitable[None]]
Fetch = Callable[[int | None, int], Awaitable[list[RawUpdate]]]

MAX_BODY_BYTES = 1024 * 1024
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_RETRY_SECONDS = (0.5, 1.0, 2.0, 5.0, 10.0)
_RESEEN_PAUSE = 0.2  # when a batch held only updates in hand, wait this long at most


async def _run_one(handle: Handle, raw: RawUpdate) -> None:
    try:
        await handle(raw)
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # never the update or the exception text: they hold its content
        log.error("update not handled: %s", type(exc).__name__)


class Poller:
    """Long polling that confirms an update only once it was handled."""

    def __init__(self, fetch: Fetch, handle: Handle, *, timeout: int = 30) -> None:
        self._fetch = fetch
        self._handle = handle
        self.timeout = timeout
        self._in_hand: dict[int, asyncio.Task[None]] = {}
        self._handed_back: set[int] = set()  # cancelled at shutdown: never confirmed
        self._highest = -1  # highest update id taken
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._progress = asyncio.Event()

    @property
    def offset(self) -> int | None:
        """The ``offset`` that confirms every finished update and no unfinished one."""
        unfinished = self._in_hand.keys() | self._handed_back
        if unfinished:
            return min(unfinished)
        return self._highest + 1 if self._highest >= 0 else None

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="advice-bot polling")

    async def _loop(self) -> None:
        failures = 0
        while not self._stopping:
            offset = self.offset
            try:
                batch = await self._fetch(offset, self.timeout)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                delay = _RETRY_SECONDS[min(failures, len(_RETRY_SECONDS) - 1)]
                failures += 1
                log.warning("getUpdates failed (%s); again in %.1f s", type(exc).__name__, delay)
                await asyncio.sleep(delay)
                continue
            failures = 0
            for raw in batch:
                update_id = raw.get("update_id") if isinstance(raw, dict) else None
                if not isinstance(update_id, int) or isinstance(update_id, bool):
                    log.error("update without an update_id: skipped")
                    continue
                if update_id in self._in_hand or update_id <= self._highest:
                    continue  # still being handled (or finished): not confirmed yet
                self._highest = update_id
                task = asyncio.create_task(_run_one(self._handle, raw))
                self._in_hand[update_id] = task
                task.add_done_callback(functools.partial(self._finished, update_id))
            if self._in_hand and self.offset == offset:
                # Telegram answers at once while unconfirmed updates exist: rather than
                # spin, ask again when the oldest update in hand is done (the offset moves
                # on) or after a moment, for updates newer than those in hand.
                self._progress.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._progress.wait(), _RESEEN_PAUSE)

    def _finished(self, update_id: int, task: asyncio.Task[None]) -> None:
        oldest = min(self._in_hand, default=None)
        self._in_hand.pop(update_id, None)
        if task.cancelled():
            self._handed_back.add(update_id)
        if update_id == oldest:
            self._progress.set()

    async def stop(self, drain: float) -> int:
        """Stop taking updates, let those in hand finish within ``drain`` seconds, cancel
        the rest (Telegram delivers them again), confirm the finished ones. Returns how
        many were handed back."""
        self._stopping = True
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        handed_back = await _finish(list(self._in_hand.values()), drain)
        if handed_back:
            log.warning("shutdown: %d update(s) handed back to Telegram", handed_back)
        offset = self.offset
        if offset is not None and self._highest >= 0:
            try:  # confirm what was finished; unfinished updates stay with Telegram
                await self._fetch(offset, 0)
            except Exception as exc:
                log.warning("could not confirm handled updates (%s)", type(exc).__name__)
        return handed_back


async def _finish(tasks: list[asyncio.Task[None]], drain: float) -> int:
    """Wait up to ``drain`` seconds for ``tasks``; cancel the rest; return how many."""
    if not tasks:
        return 0
    _done, pending = await asyncio.wait(tasks, timeout=max(drain, 0.0))
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.wait(pending)
    return len(pending)


class WebhookServer:
    """An aiohttp server taking Telegram's webhook calls on ``path``."""

    def __init__(
        self, handle: Handle, *, path: str, secret_token: str | None, host: str, port: int
    ) -> None:
        self._handle = handle
        self._secret = secret_token.encode() if secret_token else None
        self.host, self.port = host, port
        app = web.Application(client_max_size=MAX_BODY_BYTES)
        app.router.add_route("POST", path or "/", self._on_post)
        self._runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=0.1
        )
        self._site: web.TCPSite | None = None
        self._in_hand: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        await self._runner.setup()
        self._site = web.TCPSite(self._runner, self.host, self.port)
        await self._site.start()

    async def _on_post(self, request: web.Request) -> web.StreamResponse:
        if self._secret is not None:
            given = request.headers.get(SECRET_HEADER, "").encode()
            if not hmac.compare_digest(given, self._secret):
                return web.Response(status=401, text="unauthorized")
        length = request.content_length
        if length is not None and length > MAX_BODY_BYTES:
            return web.Response(status=413, text="too large")
        try:
            body = await request.read()  # aiohttp stops at client_max_size
            raw = json.loads(body)
        except web.HTTPRequestEntityTooLarge:
            return web.Response(status=413, text="too large")
        except ValueError:
            log.error("webhook body is not JSON: skipped")
            return web.Response(text="")
        if not isinstance(raw, dict):
            log.error("webhook body is not an update: skipped")
            return web.Response(text="")
        task = asyncio.ensure_future(_run_one(self._handle, raw))
        self._in_hand.add(task)
        task.add_done_callback(self._in_hand.discard)
        # shielded: Telegram hanging up does not stop the update half-way
        await asyncio.shield(task)
        return web.Response(text="")  # answered only now: Telegram retries otherwise

    async def stop(self, drain: float) -> int:
        """Stop listening; finish requests in hand within ``drain`` seconds; drop the rest
        unanswered (Telegram retries them). Returns how many were dropped."""
        if self._site is not None:
            await self._site.stop()
        handed_back = await _finish([t for t in self._in_hand if not t.done()], drain)
        if handed_back:
            log.warning("shutdown: %d webhook update(s) left for Telegram to retry", handed_back)
        await self._runner.cleanup()
        return handed_back


class Intake:
    """How a transport takes updates: a :class:`WebhookServer` when ``webhook_url`` is set,
    else a :class:`Poller`. Both libraries' bots have the Bot API's ``set_webhook`` and
    ``delete_webhook``, so the transport supplies only ``fetch`` and ``handle``."""

    def __init__(
        self,
        fetch: Fetch,
        handle: Handle,
        *,
        webhook_url: str | None,
        webhook_secret: str | None,
        host: str,
        port: int,
        poll_timeout: int,
        drain_timeout: float,
        allowed_updates: list[str],
    ) -> None:
        self.fetch = fetch
        self.handle = handle
        self.webhook_url = webhook_url
        self.webhook_secret = webhook_secret
        self.host = host
        self.port = port
        self.poll_timeout = poll_timeout
        self.drain_timeout = drain_timeout
        self.allowed_updates = allowed_updates
        self._poller: Poller | None = None
        self._webhook: WebhookServer | None = None

    @property
    def mode(self) -> str:
        return "webhook" if self.webhook_url else "polling"

    async def start(self, bot: Any) -> None:
        if self.webhook_url:
            self._webhook = WebhookServer(
                self.handle,
                path=urlsplit(self.webhook_url).path or "/",
                secret_token=self.webhook_secret,
                host=self.host,
                port=self.port,
            )
            await self._webhook.start()
            await bot.set_webhook(
                self.webhook_url,
                secret_token=self.webhook_secret,
                allowed_updates=self.allowed_updates,
            )
        else:
            await bot.delete_webhook(drop_pending_updates=False)
            self._poller = Poller(self.fetch, self.handle, timeout=self.poll_timeout)
            self._poller.start()

    async def stop(self) -> None:
        """Stop taking updates; those in hand get ``drain_timeout`` seconds."""
        if self._poller is not None:
            await self._poller.stop(self.drain_timeout)
        if self._webhook is not None:
            await self._webhook.stop(self.drain_timeout)
