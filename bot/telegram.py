"""Telegram behaviour shared by both transports, written once.

The aiogram and python-telegram-bot transports are thin: they turn library updates
into calls of :class:`TelegramBridge` (``on_message``, ``on_callback``) and implement
:class:`TelegramClient` (send, delete, answer a button press, leave a chat) over their
library's ``Bot``. Everything else lives here:

* only private chats are served: in a group the bot says why (``group-refused``) once
  and leaves;
* a per-chat rate limit: a flood gets one ``slow-down`` message per window, then
  silence until the window passes (``/exit`` is never limited);
* text longer than the limit gets ``text-too-long-message`` and is neither stored nor
  passed on; photos, stickers and the like get ``only-text``;
* callback data is ``token:index`` (:mod:`bot.render`); anything else is handed to the
  engine as a stale press, which answers "that button is old, here is where you are";
  the callback query is always answered;
* every message is sent with ``protect_content``; long texts are split at paragraphs;
* every message id of the conversation (the worker's and the bot's) is recorded against
  the hashed chat key; ``/exit`` or "Leave now" deletes them all in batches of 100,
  wipes the session and then sends the neutral message(s), which are not recorded;
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
from .render import Button, OutMessage, Rendered, parse_callback, parse_text
from .service import Service
from .storage.messages import MessageLog
from .storage.sessions import ChatKeys, ChatRef
from .transports.wire import keyboard_json

__all__ = [
    "ALLOWED_UPDATES",
    "DELETE_BATCH",
    "PLATFORM",
    "BridgeFactory",
    "ChatUnavailable",
    "ClientError",
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
        max_text_length: int = 2000,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.service = service
        self.client = client
        self.keys = keys
        self.messages = messages
        self.limiter = limiter
        self.max_text_length = max_text_length
        self._sleep = sleep
        self.stats: Counter[str] = Counter()
        self._locks: dict[str, asyncio.Lock] = {}
        self._waiting: dict[str, int] = {}
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
            async with self._chat_lock(key):
                await self._handle_message(ref, key, message_id, text, language_code)

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
                async with self._chat_lock(key):
                    verdict = self.limiter.hit(key)
                    if verdict is not Verdict.OK:
                        answered = True
                        await self._answer(callback_id)
                        if verdict is Verdict.WARN:
                            self.stats["slow-down"] += 1
                            await self._say(ref, key, "slow-down", language_code)
                        else:
                            self.stats["dropped"] += 1
                        return
                    press = parse_callback(data)
                    if press is None:
                        self.stats["forged-callback"] += 1
                        press = Press("", 0)  # never a live token: the engine says "old button"
                    answered = True
                    await self._answer(callback_id)
                    await self._step(ref, key, press, language_code)
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

    async def _handle_message(
        self, ref: ChatRef, key: str, message_id: int, text: str | None, lang: str | None
    ) -> None:
        # Record first: whatever happens next, /exit must be able to delete this message.
        # Queued, not awaited: it is written before anything this update writes later.
        self.messages.note(key, [message_id])
        fits = text is not None and len(text) <= self.max_text_length
        inp = parse_text(text) if fits and text is not None else None
        if not (isinstance(inp, Command) and inp.name == "exit"):
            verdict = self.limiter.hit(key)
            if verdict is Verdict.DROP:
                self.stats["dropped"] += 1
                return
            if verdict is Verdict.WARN:
                self.stats["slow-down"] += 1
                await self._say(ref, key, "slow-down", lang)
                return
        if text is None:
            self.stats["non-text"] += 1
            await self._say(ref, key, "only-text", lang)
            return
        if inp is None:
            self.stats["too-long"] += 1
            await self._say(ref, key, "text-too-long-message", lang, max=self.max_text_length)
            return
        await self._step(ref, key, inp, lang)

    async def _step(self, ref: ChatRef, key: str, inp: Input, lang: str | None) -> None:
        kind = _kind(inp)
        self.stats[kind] += 1
        log.debug("input: %s", kind)
        reply = await self.service.handle(ref, inp, lang, confirm_delivery=True)
        if reply.rendered.quick_exit:
            await self._quick_exit(ref, key, reply.rendered)
        else:
            delivered = await self._send_all(ref, key, reply.rendered.messages, record=True)
            if delivered and reply.receipts:  # the service stops keeping the receipt code
                await self.service.receipts_delivered(ref, reply.receipts)

    async def _quick_exit(self, ref: ChatRef, key: str, rendered: Rendered) -> None:
        chat_id = int(ref.chat_id)
        ids = await self.messages.take(key)
        deleted = 0
        for i in range(0, len(ids), DELETE_BATCH):
            batch = ids[i : i + DELETE_BATCH]
            try:
                await self._with_retry(partial(self.client.delete_messages, chat_id, batch))
                deleted += len(batch)
            except ClientError as exc:
                self.stats[f"delete-failed-{exc.kind}"] += 1
                log.warning("quick exit: deleting messages failed: %s", exc.kind)
                if isinstance(exc, ChatUnavailable):
                    break
        self.stats["quick-exit"] += 1
        log.info("quick exit: %d message(s) deleted", deleted)
        # The neutral message(s) are not part of the conversation: not recorded.
        await self._send_all(ref, key, rendered.messages, record=False)

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
        self, ref: ChatRef, key: str, msg_id: str, lang_code: str | None, **args: object
    ) -> None:
        lang = await self.service.language(ref, lang_code)
        text = self.service.say(lang, msg_id, **args)
        await self._send_all(ref, key, [OutMessage(text, [], lang)], record=True)

    # -- sending ----------------------------------------------------------------------------

    async def _send_all(
        self, ref: ChatRef, key: str, messages: Sequence[OutMessage], *, record: bool
    ) -> bool:
        """Send every message; True if all of them were delivered."""
        chat_id = int(ref.chat_id)
        sent: list[int] = []
        delivered = True
        try:
            for msg in messages:
                pieces = split_text(msg.text)
                for n, piece in enumerate(pieces):
                    buttons = msg.buttons if n == len(pieces) - 1 else []
                    sent.append(await self._send_one(chat_id, OutMessage(piece, buttons)))
        except ChatUnavailable:
            self.stats["chat-unavailable"] += 1
            log.info("chat unavailable (the worker may have blocked the bot): forgetting it")
            await self.service.forget(ref)
            await self.messages.forget(key)
            return False
        except ClientError as exc:
            self.stats[f"send-failed-{exc.kind}"] += 1
            log.warning("sending failed: %s", exc.kind)
            delivered = False
        finally:
            if record and sent:
                self.messages.note(key, sent)
        self.stats["sent"] += len(sent)
        return delivered

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


BridgeFactory = Callable[[TelegramClient], TelegramBridge]
