"""Telegram behaviour shared by both transports, written once.

The aiogram and python-telegram-bot transports are thin: they turn library updates
into calls of :class:`TelegramBridge` (``on_message``, ``on_callback``) and implement
:class:`TelegramClient` (send, delete, answer a button press, leave a chat) over their
library's ``Bot``. Everything else lives here:

* only private chats are served: in a group the bot says why (``group-refused``) once
  and leaves;
* a per-chat rate limit: a flood gets one ``slow-down`` message per window, then
  silence until the window passes (quick exit is never limited);
* text longer than the limit gets ``text-too-long-message`` and is neither stored nor
  passed on; photos, stickers and the like get ``only-text``;
* callback data is ``token:index`` (:mod:`bot.render`); anything else is handed to the
  engine as a stale press, which answers "that button is old, here is where you are";
  the callback query is always answered;
* every message is sent with ``protect_content``; long texts are split at paragraphs;
* quick exit (``/exit``, or "Leave now", whose callback data is always ``exit``) is
  taken at once: it skips the rate limit and the chat's queue, and voids every update of
  the chat that arrived before it (one in flight can neither save the session again nor
  leave a message behind). It deletes every id from the conversation's first message up
  to the exit (:class:`bot.storage.MessageLog`), wipes the session, and says the neutral
  line only if every deletion succeeded; otherwise one honest ``exit-not-all-removed``,
  and :class:`Deleter` keeps trying in the background (across restarts) for as long as
  Telegram allows;
* Telegram errors are logged by kind and never crash the bot; a worker who blocked the
  bot has their session and message ids forgotten.

Nothing here logs message text, chat ids, user ids or names: only event kinds.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import time
from collections import Counter, OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Protocol, TypeVar

from .engine.step import COMMANDS, Command, Input, Press, Start
from .render import EXIT_CALLBACK, Button, OutMessage, Rendered, parse_callback, parse_text
from .service import Service
from .storage.messages import MESSAGE_TTL_SECONDS, MessageLog, Pending, PendingDeletions
from .storage.sessions import ChatKeys, ChatRef
from .transports.wire import keyboard_json

__all__ = [
    "ALLOWED_UPDATES",
    "DELETE_BATCH",
    "PLATFORM",
    "BridgeFactory",
    "ChatUnavailable",
    "ClientError",
    "Deleter",
    "RateLimiter",
    "RetryLater",
    "StartError",
    "TelegramBridge",
    "TelegramClient",
    "Verdict",
    "split_text",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

PLATFORM = "telegram"
TELEGRAM_TEXT_LIMIT = 4096
DELETE_BATCH = 100
MAX_RETRY_WAIT = 5.0
ALLOWED_UPDATES = ["message", "callback_query"]
# Kinds of failure after which a message may have been delivered although its id is unknown.
UNKNOWN_OUTCOME = frozenset({"network", "timeout", "api-error", "telegram-error"})


# ---- the client each transport implements -------------------------------------------------


class ClientError(Exception):
    """A Telegram call failed. ``kind`` (e.g. ``bad-request``, ``network``) is safe to log;
    the exception's text is never logged."""

    kind = "telegram-error"

    def __init__(self, kind: str | None = None) -> None:
        super().__init__(kind or self.kind)
        if kind:
            self.kind = kind


class ChatUnavailable(ClientError):
    """The worker blocked the bot, or the chat is gone (403, chat not found)."""

    kind = "chat-unavailable"


class RetryLater(ClientError):
    """Telegram asked us to slow down (429)."""

    kind = "retry-later"

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds


class TelegramClient(Protocol):
    """What the bridge needs from a Telegram library. Raise :class:`ClientError` kinds."""

    async def send_message(
        self,
        chat_id: int,
        text: str,
        buttons: Sequence[Sequence[Button]] = (),
        *,
        protect_content: bool = True,
    ) -> int:
        """Send a message (with an inline keyboard if ``buttons``); return its id."""
        ...

    async def delete_messages(self, chat_id: int, message_ids: Sequence[int]) -> None:
        """Delete up to 100 messages at once (Telegram's ``deleteMessages``)."""
        ...

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None: ...

    async def leave_chat(self, chat_id: int) -> None: ...


class BotApiClient:
    """:class:`TelegramClient` over a library's bot object.

    aiogram's ``Bot`` and python-telegram-bot's ``Bot`` both name their methods after
    the Bot API, so one implementation serves both; a transport supplies how it sends a
    message (:meth:`post_message`) and how its exceptions map to :class:`ClientError`
    kinds (:meth:`errors`).

    Sending is the hot path (every answer), so the keyboard goes out as JSON text
    (:func:`bot.transports.wire.keyboard_json`) rather than as the library's keyboard
    objects, and of the message Telegram sends back only ``message_id`` is read: the
    libraries would otherwise build and then re-parse a whole object tree per message,
    which cost about as much as the rest of a step.
    """

    def __init__(self, bot: Any) -> None:
        self.bot = bot

    async def post_message(
        self, chat_id: int, text: str, reply_markup: str | None, protect_content: bool
    ) -> int:
        """Call ``sendMessage`` with these fields; return the new message's id."""
        raise NotImplementedError

    def errors(self) -> contextlib.AbstractContextManager[None]:
        raise NotImplementedError

    async def send_message(
        self,
        chat_id: int,
        text: str,
        buttons: Sequence[Sequence[Button]] = (),
        *,
        protect_content: bool = True,
    ) -> int:
        with self.errors():
            markup = keyboard_json([(b.label, b.data) for b in row] for row in buttons)
            return await self.post_message(chat_id, text, markup, protect_content)

    async def delete_messages(self, chat_id: int, message_ids: Sequence[int]) -> None:
        if not 1 <= len(message_ids) <= 100:
            raise ValueError("deleteMessages takes 1 to 100 ids")
        with self.errors():
            await self.bot.delete_messages(chat_id, list(message_ids))

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        with self.errors():
            await self.bot.answer_callback_query(callback_id, text=text)

    async def leave_chat(self, chat_id: int) -> None:
        with self.errors():
            await self.bot.leave_chat(chat_id)


class StartError(Exception):
    """A transport could not start; the message says what to fix."""


# ---- rate limit ---------------------------------------------------------------------------


class Verdict(enum.Enum):
    OK = "ok"
    WARN = "warn"  # over the limit for the first time in this window: say slow-down once
    DROP = "drop"  # over the limit again: silence


@dataclass(slots=True)
class _Window:
    start: float
    last: float
    count: int = 0
    warned: bool = False


class RateLimiter:
    """At most ``limit`` inputs per ``window`` seconds per chat (fixed windows).

    Memory is bounded: chats idle for a whole window are swept out on every call, and
    at most ``max_chats`` windows are kept (the least recently active go first).
    """

    def __init__(
        self,
        limit: int,
        window: float,
        *,
        max_chats: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.window = window
        self.max_chats = max_chats
        self.clock = clock
        self._windows: OrderedDict[str, _Window] = OrderedDict()

    def __len__(self) -> int:
        return len(self._windows)

    def hit(self, key: str) -> Verdict:
        now = self.clock()
        self._sweep(now)
        w = self._windows.get(key)
        if w is None or now - w.start >= self.window:
            w = _Window(now, now)
            self._windows[key] = w
        w.last = now
        self._windows.move_to_end(key)
        while len(self._windows) > self.max_chats:
            self._windows.popitem(last=False)
        w.count += 1
        if w.count <= self.limit:
            return Verdict.OK
        if not w.warned:
            w.warned = True
            return Verdict.WARN
        return Verdict.DROP

    def _sweep(self, now: float) -> None:
        # Ordered by last activity: stop at the first chat active within the window.
        while self._windows:
            key, w = next(iter(self._windows.items()))
            if now - w.last < self.window:
                break
            del self._windows[key]


# ---- helpers ------------------------------------------------------------------------------


def split_text(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Split at paragraph, then line, then word boundaries into pieces Telegram accepts."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = rest.rfind(sep, 0, limit)
            if cut > 0:
                break
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return [p for p in pieces if p.strip()]


def _kind(inp: Input) -> str:
    """A loggable name for an input: never the text or an unknown command's name."""
    if isinstance(inp, Start):
        return "start-payload" if inp.payload else "start"
    if isinstance(inp, Command):
        return f"command-{inp.name}" if inp.name in COMMANDS else "command-unknown"
    if isinstance(inp, Press):
        return "press"
    return "text"


def _batches(ranges: Sequence[tuple[int, int]]) -> list[list[int]]:
    out: list[list[int]] = []
    for lo, hi in ranges:
        for start in range(max(lo, 1), hi + 1, DELETE_BATCH):
            out.append(list(range(start, min(start + DELETE_BATCH - 1, hi) + 1)))
    return out


def _ranges(batches: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    return [(b[0], b[-1]) for b in batches if b]


# ---- deletions that failed: retried in the background ---------------------------------------


class Deleter:
    """Retries the deletions Telegram did not confirm, until it does or 48 hours pass.

    Each chat's remaining id ranges are kept sealed on disk (:class:`PendingDeletions`),
    so a restart carries on; if the disk cannot take them (full, locked), they are kept in
    memory and saving is tried again with every attempt. Waits between attempts double
    from ``base`` up to ``cap`` seconds, and are never shorter than the ``retry_after``
    Telegram asked for. A row is deleted as soon as Telegram confirmed every deletion.
    """

    def __init__(
        self,
        store: PendingDeletions,
        *,
        clock: Callable[[], float] = time.time,
        base: float = 1.0,
        cap: float = 600.0,
    ) -> None:
        self.store = store
        self.clock = clock
        self.base = base
        self.cap = cap
        self.client: TelegramClient | None = None
        self.stats: Counter[str] = Counter()
        self._jobs: list[tuple[Pending, float, int]] = []  # job, due (loop time), attempts
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def __len__(self) -> int:
        return len(self._jobs)

    def start(self, client: TelegramClient) -> None:
        """Use ``client``; load what was pending at the last stop and start retrying."""
        self.client = client
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def add(self, chat_id: int, ranges: list[tuple[int, int]]) -> bool:
        """Retry deleting ``ranges`` in this chat. Returns whether it is saved on disk."""
        job = Pending(chat_id, ranges, self.clock() + MESSAGE_TTL_SECONDS)
        saved = await self._save(job)
        self._jobs.append((job, _loop_time() + self.base, 0))
        self._wake.set()
        return saved

    def pending_for(self, chat_id: int) -> list[tuple[int, int]]:
        """Ranges of this chat still waiting to be deleted (an earlier exit's)."""
        return [r for job, _, _ in self._jobs if job.chat_id == chat_id for r in job.ranges]

    async def finished(self, chat_id: int) -> None:
        """Everything pending for this chat was deleted (by a later exit): stop retrying."""
        for entry in [e for e in self._jobs if e[0].chat_id == chat_id]:
            self._jobs.remove(entry)
            try:
                await self.store.remove(entry[0])
            except Exception as exc:  # retried (harmlessly) after a restart
                log.error("removing a finished deletion failed: %s", type(exc).__name__)

    async def _save(self, job: Pending) -> bool:
        try:
            await self.store.save(job)
        except Exception as exc:
            self.stats["deletion-not-saved"] += 1
            log.error("saving a pending deletion failed (kept in memory): %s", type(exc).__name__)
            return False
        return True

    async def _run(self) -> None:
        try:
            loaded = await self.store.load()
        except Exception as exc:
            log.error("loading pending deletions failed: %s", type(exc).__name__)
            loaded = []
        if loaded:
            log.info("resuming %d pending deletion(s)", len(loaded))
        now = _loop_time()
        self._jobs.extend((job, now, 0) for job in loaded)
        while True:
            self._wake.clear()
            now = _loop_time()
            due = [entry for entry in self._jobs if entry[1] <= now]
            for entry in due:
                self._jobs.remove(entry)
                await self._attempt(*entry)
            if due:
                continue
            wait = min((d for _, d, _ in self._jobs), default=now + 3600) - now
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), max(wait, 0.05))

    async def _attempt(self, job: Pending, due: float, attempts: int) -> None:
        now = self.clock()
        if now >= job.deadline:  # Telegram no longer deletes any of them
            self.stats["deletion-expired"] += 1
            log.warning("a pending deletion ran out of Telegram's 48 hours")
            with contextlib.suppress(Exception):
                await self.store.remove(job)
            return
        wait = min(self.cap, self.base * 2 ** (attempts + 1))
        left = _batches(job.ranges)
        done = 0
        try:
            if self.client is None:
                raise ClientError("not-started")
            for batch in list(left):
                await self.client.delete_messages(job.chat_id, batch)
                left.remove(batch)
                done += len(batch)
        except RetryLater as exc:
            wait = max(wait, exc.seconds)
        except ChatUnavailable:
            left = []  # the worker blocked the bot: nothing can be deleted any more
            self.stats["deletion-chat-unavailable"] += 1
        except ClientError as exc:
            self.stats[f"deletion-retry-{exc.kind}"] += 1
        except Exception as exc:  # e.g. the library is not connected yet
            self.stats["deletion-retry-error"] += 1
            log.info("pending deletion: %s", type(exc).__name__)
        if not left:
            self.stats["deletion-done"] += 1
            log.info("pending deletion finished")
            try:
                await self.store.remove(job)
            except Exception as exc:  # a row left behind is retried (harmlessly) later
                log.error("removing a finished deletion failed: %s", type(exc).__name__)
            return
        if done or job.row is None:
            job.ranges = _ranges(left)
            await self._save(job)
        self._jobs.append((job, _loop_time() + wait, attempts + 1))


def _loop_time() -> float:
    return asyncio.get_running_loop().time()


# ---- the bridge ---------------------------------------------------------------------------


class TelegramBridge:
    """Turns Telegram updates into service calls and the replies into Telegram calls."""

    def __init__(
        self,
        service: Service[ChatRef],
        client: TelegramClient,
        *,
        keys: ChatKeys,
        messages: MessageLog,
        limiter: RateLimiter,
        deleter: Deleter | None = None,
        previous_keys: ChatKeys | None = None,
        max_text_length: int = 2000,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.service = service
        self.client = client
        self.keys = keys
        self.previous_keys = previous_keys
        self.messages = messages
        self.limiter = limiter
        self.deleter = deleter
        self.max_text_length = max_text_length
        self._sleep = sleep
        self.stats: Counter[str] = Counter()
        self._locks: dict[str, asyncio.Lock] = {}
        self._waiting: dict[str, int] = {}
        # Bumped by every quick exit of a chat: an update that saw an older value was
        # overtaken by the exit and must not save, answer or record anything.
        self._epochs: dict[str, int] = {}
        self._background: set[asyncio.Task[None]] = set()
        self._inflight = 0
        self._idle = asyncio.Event()
        self._idle.set()

    # -- entry points (called by the transports) ----------------------------------------

    async def on_message(
        self,
        chat_id: int,
        chat_type: str,
        message_id: int,
        text: str | None,
        language_code: str | None = None,
    ) -> None:
        """A new message (``text`` is None for photos, stickers, voice, files...)."""
        async with self._track("message"):
            if chat_type != "private":
                await self._refuse_group(chat_id, language_code)
                return
            ref = ChatRef(PLATFORM, chat_id)
            key = self.keys.lookup(ref)
            # Record first: whatever happens next, /exit must be able to delete this message.
            # Queued, not awaited: it is written before anything this update writes later.
            self.messages.note(key, [message_id])
            fits = text is not None and len(text) <= self.max_text_length
            inp = parse_text(text) if fits and text is not None else None
            if isinstance(inp, Command) and inp.name == "exit":
                await self._leave(ref, key, message_id, language_code)  # taken first
                return
            turn = self._epochs.get(key, 0)
            async with self._chat_lock(key):
                if self._overtaken(key, turn):
                    self.stats["overtaken-by-exit"] += 1
                    return
                await self._handle_message(ref, key, turn, text, inp, language_code)

    async def on_callback(
        self,
        chat_id: int | None,
        chat_type: str | None,
        message_id: int | None,
        callback_id: str,
        data: str | None,
        language_code: str | None = None,
    ) -> None:
        """A button press. The callback query is always answered."""
        async with self._track("callback"):
            answered = False
            try:
                if chat_id is None or chat_type != "private":
                    return
                ref = ChatRef(PLATFORM, chat_id)
                key = self.keys.lookup(ref)
                if data == EXIT_CALLBACK:  # "Leave now": no limit, no queue, taken first
                    answered = True
                    await self._answer(callback_id)
                    await self._leave(ref, key, message_id or 0, language_code)
                    return
                turn = self._epochs.get(key, 0)
                async with self._chat_lock(key):
                    if self._overtaken(key, turn):
                        self.stats["overtaken-by-exit"] += 1
                        return
                    verdict = self.limiter.hit(key)
                    if verdict is not Verdict.OK:
                        answered = True
                        await self._answer(callback_id)
                        if verdict is Verdict.WARN:
                            self.stats["slow-down"] += 1
                            await self._say(ref, key, turn, "slow-down", language_code)
                        else:
                            self.stats["dropped"] += 1
                        return
                    press = parse_callback(data)
                    if press is None:
                        self.stats["forged-callback"] += 1
                        press = Press("", 0)  # never a live token: the engine says "old button"
                    answered = True
                    await self._answer(callback_id)
                    await self._step(ref, key, turn, press, language_code)
            finally:
                if not answered:
                    await self._answer(callback_id)

    async def drain(self, timeout: float = 10.0) -> bool:
        """Wait until no update is being handled; False if still busy after ``timeout``."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            log.warning("shutdown: %d update(s) still being handled", self._inflight)
            return False
        return True

    # -- handling ---------------------------------------------------------------------------

    def _overtaken(self, key: str, turn: int) -> bool:
        return self._epochs.get(key, 0) != turn

    async def _handle_message(
        self,
        ref: ChatRef,
        key: str,
        turn: int,
        text: str | None,
        inp: Input | None,
        lang: str | None,
    ) -> None:
        verdict = self.limiter.hit(key)
        if verdict is Verdict.DROP:
            self.stats["dropped"] += 1
            return
        if verdict is Verdict.WARN:
            self.stats["slow-down"] += 1
            await self._say(ref, key, turn, "slow-down", lang)
            return
        if text is None:
            self.stats["non-text"] += 1
            await self._say(ref, key, turn, "only-text", lang)
            return
        if inp is None:
            self.stats["too-long"] += 1
            await self._say(ref, key, turn, "text-too-long-message", lang, max=self.max_text_length)
            return
        await self._step(ref, key, turn, inp, lang)

    async def _step(self, ref: ChatRef, key: str, turn: int, inp: Input, lang: str | None) -> None:
        kind = _kind(inp)
        self.stats[kind] += 1
        log.debug("input: %s", kind)
        if self._overtaken(key, turn):  # checked right before the step takes the session
            self.stats["overtaken-by-exit"] += 1
            return
        reply = await self.service.handle(ref, inp, lang, confirm_delivery=True)
        if reply.rendered.quick_exit:  # e.g. a flow node whose action is quick_exit
            await self._leave(ref, key, 0, lang, reply.rendered)
        else:
            delivered = await self._send_all(ref, key, turn, reply.rendered.messages, record=True)
            if delivered and reply.receipts:  # the service stops keeping the receipt code
                await self.service.receipts_delivered(ref, reply.receipts)

    async def _leave(
        self,
        ref: ChatRef,
        key: str,
        upto: int,
        lang_code: str | None,
        rendered: Rendered | None = None,
    ) -> None:
        """Quick exit: delete the conversation, wipe the session, then say so honestly.

        ``upto`` is the highest id known to belong to the conversation (the /exit message,
        or the message whose "Leave now" was pressed).
        """
        self._epochs[key] = self._epochs.get(key, 0) + 1  # void everything that came before
        self.stats["quick-exit"] += 1
        chat_id = int(ref.chat_id)
        keys = [key]
        if self.previous_keys is not None:
            keys.append(self.previous_keys.lookup(ref))
        if rendered is None:
            try:  # waits only for a step of this chat that is saving right now
                rendered = (await self.service.handle(ref, Command("exit"), lang_code)).rendered
            except Exception as exc:
                self.stats["exit-wipe-failed"] += 1
                log.error("quick exit: wiping the session failed: %s", type(exc).__name__)
                self._later(self._wipe_later(ref))
        lang = rendered.messages[0].lang if rendered and rendered.messages else None
        if lang is None:
            lang = self.service.negotiate(lang_code)
        span = await self.messages.span(keys)
        first = upto if span is None else min(span.first, upto or span.first)
        last = upto if span is None else max(span.last + span.unknown, upto)
        # An earlier exit's deletions still pending: the neutral line is true only if
        # they are done too, so they are tried again now.
        earlier = self.deleter.pending_for(chat_id) if self.deleter is not None else []
        ranges = earlier + ([(max(first, 1), last)] if last > 0 else [])
        failed, lost = await self._delete_now(chat_id, ranges) if ranges else ([], False)
        if earlier and not failed and not lost and self.deleter is not None:
            await self.deleter.finished(chat_id)
        saved = True
        if failed:
            saved = await self._retry_later(chat_id, failed)
        if saved:  # never forget an id before its deletion is confirmed or saved to retry
            await self.messages.clear(keys, last)
        log.info("quick exit: %s", "some messages left" if failed or lost else "all deleted")
        if failed or lost:
            self.stats["exit-incomplete"] += 1
            out = [OutMessage(self.service.say(lang, "exit-not-all-removed"), [], lang)]
        elif rendered is not None and rendered.messages:
            out = rendered.messages
        else:
            out = [OutMessage(self.service.say(lang, "exit-neutral"), [], lang)]
        # What the exit says is not part of the conversation: not recorded.
        await self._send_all(ref, key, None, out, record=False)
        if key not in self._waiting:  # no update of this chat is waiting: nothing to void
            self._epochs.pop(key, None)

    async def _delete_now(
        self, chat_id: int, ranges: list[tuple[int, int]]
    ) -> tuple[list[tuple[int, int]], bool]:
        """Delete at once; return the ranges to retry, and whether some can never be."""
        failed: list[list[int]] = []
        deleted = 0
        for batch in _batches(ranges):
            if failed:  # Telegram is struggling: leave the rest to the background
                failed.append(batch)
                continue
            try:
                await self._with_retry(partial(self.client.delete_messages, chat_id, batch))
                deleted += len(batch)
            except ChatUnavailable:
                self.stats["delete-failed-chat-unavailable"] += 1
                return [], True
            except ClientError as exc:
                self.stats[f"delete-failed-{exc.kind}"] += 1
                log.warning("quick exit: deleting messages failed: %s", exc.kind)
                failed.append(batch)
        return _ranges(failed), False

    async def _retry_later(self, chat_id: int, ranges: list[tuple[int, int]]) -> bool:
        if self.deleter is None:
            return False
        saved = await self.deleter.add(chat_id, ranges)
        if not saved:
            self.stats["deletion-not-saved"] += 1
        return saved

    def _later(self, job: Awaitable[None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(job)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _wipe_later(self, ref: ChatRef, tries: int = 8) -> None:
        """The session could not be wiped at exit (locked or failing disk): keep trying."""
        for n in range(tries):
            await asyncio.sleep(min(60.0, 2.0**n))
            try:
                await self.service.forget(ref)
            except Exception as exc:
                log.error("wiping a session after exit failed: %s", type(exc).__name__)
                continue
            return

    async def close(self) -> None:
        """Stop background work of this bridge (session wipes still being retried)."""
        for task in list(self._background):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _refuse_group(self, chat_id: int, language_code: str | None) -> None:
        self.stats["group-refused"] += 1
        group_key = self.keys.lookup(ChatRef(PLATFORM, chat_id))
        verdict = self.limiter.hit(group_key)
        log.info("refused a non-private chat")
        if verdict is Verdict.OK:
            text = self.service.say(self.service.negotiate(language_code), "group-refused")
            with contextlib.suppress(ClientError):
                await self._send_one(chat_id, OutMessage(text))
        try:
            await self.client.leave_chat(chat_id)
        except ClientError as exc:
            log.warning("leaving a group failed: %s", exc.kind)

    async def _say(
        self,
        ref: ChatRef,
        key: str,
        turn: int,
        msg_id: str,
        lang_code: str | None,
        **args: object,
    ) -> None:
        lang = await self.service.language(ref, lang_code)
        text = self.service.say(lang, msg_id, **args)
        await self._send_all(ref, key, turn, [OutMessage(text, [], lang)], record=True)

    # -- sending ----------------------------------------------------------------------------

    async def _send_all(
        self,
        ref: ChatRef,
        key: str,
        turn: int | None,
        messages: Sequence[OutMessage],
        *,
        record: bool,
    ) -> bool:
        """Send, recording each id at once; True if every message was delivered. If a quick
        exit overtook this update (``turn`` is stale), a message that still went out is
        deleted and nothing more is sent."""
        chat_id = int(ref.chat_id)
        sent = 0
        try:
            for msg in messages:
                pieces = split_text(msg.text)
                for n, piece in enumerate(pieces):
                    if turn is not None and self._overtaken(key, turn):
                        self.stats["overtaken-by-exit"] += 1
                        return False
                    buttons = msg.buttons if n == len(pieces) - 1 else []
                    message_id = await self._send_one(chat_id, OutMessage(piece, buttons))
                    sent += 1
                    if turn is not None and self._overtaken(key, turn):
                        self.stats["overtaken-by-exit"] += 1
                        await self._remove_late(chat_id, message_id)
                        return False
                    if record:
                        self.messages.note(key, [message_id])
        except ChatUnavailable:
            self.stats["chat-unavailable"] += 1
            log.info("chat unavailable (the worker may have blocked the bot): forgetting it")
            await self.service.forget(ref)
            await self.messages.forget(key)
            return False
        except ClientError as exc:
            self.stats[f"send-failed-{exc.kind}"] += 1
            log.warning("sending failed: %s", exc.kind)
            if record and exc.kind in UNKNOWN_OUTCOME:  # it may have arrived all the same
                self.messages.note_unknown(key)
            return False
        finally:
            self.stats["sent"] += sent
        return True

    async def _remove_late(self, chat_id: int, message_id: int) -> None:
        """A message an overtaken update sent after the exit: delete it too."""
        failed, _ = await self._delete_now(chat_id, [(message_id, message_id)])
        if failed:
            await self._retry_later(chat_id, failed)

    async def _send_one(self, chat_id: int, msg: OutMessage) -> int:
        send = partial(
            self.client.send_message, chat_id, msg.text, msg.buttons, protect_content=True
        )
        return await self._with_retry(send)

    async def _with_retry(self, call: Callable[[], Awaitable[T]]) -> T:
        """Run a client call; after a 429 asking for a short wait, try once more."""
        try:
            return await call()
        except RetryLater as exc:
            if exc.seconds > MAX_RETRY_WAIT:
                raise
            self.stats["retried"] += 1
            await self._sleep(exc.seconds)
        return await call()

    async def _answer(self, callback_id: str) -> None:
        try:
            await self.client.answer_callback(callback_id, None)
        except ClientError as exc:
            log.info("answering a button press failed: %s", exc.kind)

    # -- bookkeeping ------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def _track(self, what: str) -> AsyncIterator[None]:
        self._inflight += 1
        self._idle.clear()
        try:
            yield
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # never let a library log an update's content
            self.stats["handler-error"] += 1
            log.error("handling a %s failed: %s", what, type(exc).__name__)
        finally:
            self._inflight -= 1
            self.stats["updates"] += 1
            if not self._inflight:
                self._idle.set()

    @contextlib.asynccontextmanager
    async def _chat_lock(self, key: str) -> AsyncIterator[None]:
        """Updates of one chat are handled one at a time, in order."""
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:
                del self._waiting[key]
                del self._locks[key]
                # every update that could have been overtaken by an exit is done
                self._epochs.pop(key, None)


BridgeFactory = Callable[[TelegramClient], TelegramBridge]
