"""A local fake of the Telegram Bot API for tests.

The fake speaks the real HTTP shape (``/bot<token>/<method>``, ``{"ok": ..., "result": ...}``)
so that both aiogram and python-telegram-bot can be pointed at it unchanged, and it keeps the
state of every chat so that tests can assert on what the bot did:

    async with FakeBotAPI() as api:
        ...  # start a bot against api.base_url
        await api.user_sends_start(42)
        await api.wait_for(lambda: api.sent(42))
        assert api.sent(42)[0].text == "Hello"

Only 127.0.0.1 is ever used: the server binds to it, and webhooks may only point at loopback.

What is modelled (on purpose, because bots get these wrong):

* ``getUpdates`` offset confirmation, negative offsets, ``limit`` and ``timeout`` long polling;
  a 409 Conflict while a webhook is set.
* Per-chat ``message_id`` counters shared by user and bot messages.
* ``editMessageText`` without ``reply_markup`` drops the inline keyboard; editing to identical
  content gives "message is not modified"; texts over 4096 characters and callback data over 64
  bytes are refused; deleting an unknown message is a 400.
* ``deleteMessages`` as documented: 1-100 ids; ids that cannot be found are skipped; a
  message older than 48 hours (by the fake's clock, which a test may control) cannot be
  deleted and is skipped too (``deleteMessage`` answers 400 for it).
* Scripted faults per method: :meth:`FakeBotAPI.fail_next` (e.g. 429 with ``retry_after``,
  5xx, 403) and :meth:`FakeBotAPI.delay_next` (the call takes effect - a message IS
  delivered - but the answer comes only after a delay, e.g. past the client's timeout).
* Callback queries may be answered once.
* Webhook mode, including an aiogram-style reply that carries a method call in the response.

What is not: files, parse_mode entity parsing (text is stored as sent), inline mode, payments.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import ipaddress
import itertools
import json
import re
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TypeVar

import aiohttp
from aiohttp import web
from multidict import MultiDictProxy
from yarl import URL

__all__ = [
    "AnsweredCallback",
    "ApiError",
    "FakeBotAPI",
    "RecordedRequest",
    "StoredMessage",
    "WebhookDelivery",
]

JSON = dict[str, Any]
T = TypeVar("T")

MAX_MESSAGE_LENGTH = 4096
MAX_CALLBACK_DATA_BYTES = 64

_PATH_RE = re.compile(r"^/bot(?P<token>[0-9]+:[A-Za-z0-9_-]+)/(?P<method>[A-Za-z]+)$")

# How form values (always strings on the wire) are decoded. Both libraries JSON-encode
# non-string values in form data: numbers as "42", booleans as "true", objects and lists as
# JSON text. Plain strings (text, callback_data, url, ...) are sent as-is and stay strings.
_JSON_PARAMS = frozenset(
    {
        "allowed_updates",
        "caption_entities",
        "commands",
        "entities",
        "link_preview_options",
        "message_ids",
        "reply_markup",
        "reply_parameters",
        "scope",
    }
)
_INT_PARAMS = frozenset(
    {
        "cache_time",
        "chat_id",
        "from_chat_id",
        "limit",
        "max_connections",
        "message_id",
        "message_thread_id",
        "offset",
        "reply_to_message_id",
        "user_id",
    }
)
_FLOAT_PARAMS = frozenset({"timeout"})
_BOOL_PARAMS = frozenset(
    {
        "allow_paid_broadcast",
        "allow_sending_without_reply",
        "disable_notification",
        "disable_web_page_preview",
        "drop_pending_updates",
        "protect_content",
        "revoke_messages",
        "show_alert",
    }
)

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


class ApiError(Exception):
    """An error reply: ``{"ok": false, "error_code": ..., "description": ...}``."""

    def __init__(self, error_code: int, description: str, retry_after: int | None = None):
        super().__init__(f"{error_code}: {description}")
        self.error_code = error_code
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> JSON:
        body: JSON = {"ok": False, "error_code": self.error_code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass
class StoredMessage:
    """One message in a chat, sent by a user or by the bot. Edits update it in place."""

    message_id: int
    chat_id: int
    from_bot: bool
    text: str | None
    date: int
    raw: JSON
    """The Message object as the Bot API would return it now."""
    reply_markup: JSON | None = None
    """Parsed reply_markup as the bot sent it (any keyboard kind), None if absent."""
    protect_content: bool = False
    parse_mode: str | None = None
    edit_date: int | None = None
    deleted: bool = False

    @property
    def buttons(self) -> list[JSON]:
        """All inline keyboard buttons, flattened row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [button for row in rows for button in row]

    @property
    def callback_data(self) -> list[str]:
        """The callback_data of every inline button, in order."""
        return [b["callback_data"] for b in self.buttons if "callback_data" in b]


@dataclass(frozen=True)
class RecordedRequest:
    """One HTTP request to the API, with how it was encoded."""

    method: str
    params: JSON
    http_method: str
    content_type: str
    token: str
    via_webhook_reply: bool = False


@dataclass(frozen=True)
class AnsweredCallback:
    callback_query_id: str
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None


@dataclass(frozen=True)
class WebhookDelivery:
    update_id: int
    url: str
    status: int
    body: str


@dataclass
class _Webhook:
    url: str
    secret_token: str | None
    token: str
    max_connections: int | None = None
    allowed_updates: list[str] | None = None


@dataclass
class _Failure:
    error: ApiError
    times: int


@dataclass
class _Delay:
    seconds: float
    times: int


DELETE_WINDOW_SECONDS = 48 * 60 * 60  # a message older than this cannot be deleted


Handler = Callable[[JSON, str], Awaitable[Any]]


class FakeBotAPI:
    """Fake Telegram Bot API server on 127.0.0.1. Use ``async with FakeBotAPI() as api:``."""

    def __init__(
        self,
        *,
        token: str | None = None,
        bot_first_name: str = "Fake Bot",
        bot_username: str = "fake_bot",
        clock: Callable[[], int] | None = None,
        raise_webhook_errors: bool = True,
    ) -> None:
        """
        :param token: if given, requests with any other token get 401 Unauthorized.
        :param clock: returns the unix time used for message dates (default: time.time).
        :param raise_webhook_errors: if the bot's webhook answers non-2xx, the user_* helper
            raises AssertionError (otherwise it is only recorded in ``webhook_deliveries``).
        """
        self.token = token
        self.bot_first_name = bot_first_name
        self.bot_username = bot_username
        self.raise_webhook_errors = raise_webhook_errors
        self._clock = clock or (lambda: int(time.time()))

        # --- recording, public ---
        self.calls: list[tuple[str, JSON]] = []
        self.requests: list[RecordedRequest] = []
        self.unknown_calls: list[tuple[str, JSON]] = []
        self.answered_callbacks: list[AnsweredCallback] = []
        self.webhook_deliveries: list[WebhookDelivery] = []
        self.left_chats: list[int] = []

        # --- state ---
        self._messages: dict[int, dict[int, StoredMessage]] = {}
        self._next_message_id: dict[int, int] = {}
        self._chats: dict[int, JSON] = {}
        self._users: dict[int, JSON] = {}
        self._last_user: dict[int, int] = {}
        self._update_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._updates: list[JSON] = []
        self._new_update = asyncio.Event()
        self._bulk_depth = 0
        self._bulk_pending = False
        self._closing = False
        self._open_callbacks: set[str] = set()
        self._commands: dict[str, list[JSON]] = {}
        self._webhook: _Webhook | None = None
        self._failures: dict[str, list[_Failure]] = {}
        self._delays: dict[str, list[_Delay]] = {}  # late answers (delay_next)
        self._slow: dict[str, float] = {}  # calls held before they act (slow_down)
        # how many times getUpdates handed out each update id (2+ means redelivered)
        self.deliveries: collections.Counter[int] = collections.Counter()

        self._runner: web.AppRunner | None = None
        self._client: aiohttp.ClientSession | None = None
        self._port: int | None = None

        self._handlers: dict[str, Handler] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "deleteMessage": self._delete_message,
            "deleteMessages": self._delete_messages,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "leaveChat": self._leave_chat,
            "close": self._close,
            "logOut": self._log_out,
            "getChat": self._get_chat,
        }
        # Telegram method names are case-insensitive.
        self._by_lower = {name.lower(): name for name in self._handlers}

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> FakeBotAPI:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    async def start(self) -> None:
        """Bind to a free port on 127.0.0.1 and start serving."""
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # handler_cancellation: a long poll whose client went away is cancelled at once.
        self._runner = web.AppRunner(
            app, shutdown_timeout=1.0, handler_cancellation=True, access_log=None
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = int(self._runner.addresses[0][1])
        self._client = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))

    async def stop(self) -> None:
        """Wake any long poll, then shut the server down."""
        self._closing = True
        self._new_update.set()
        if self._client is not None:
            await self._client.close()
            self._client = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("FakeBotAPI is not started")
        return self._port

    @property
    def base_url(self) -> str:
        """e.g. ``http://127.0.0.1:41234`` (no trailing slash, no ``/bot``)."""
        return f"http://127.0.0.1:{self.port}"

    # ------------------------------------------------------------------ test-side: users

    async def user_sends_text(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        language_code: str | None = "en",
        chat_type: str = "private",
        first_name: str = "Test",
    ) -> int:
        """A user sends ``text`` in ``chat_id``; returns the new message_id.

        Text starting with "/" gets a bot_command entity, as real clients add one.
        In a private chat user_id defaults to chat_id; group chat ids must be negative.
        """
        user = self._user_for(chat_id, user_id, chat_type, language_code, first_name)
        chat = self._ensure_chat(chat_id, chat_type, user)
        message_id = self._allocate_message_id(chat_id)
        date = self._clock()
        raw: JSON = {
            "message_id": message_id,
            "from": dict(user),
            "chat": dict(chat),
            "date": date,
            "text": text,
        }
        command = re.match(r"/\S+", text)
        if command:
            raw["entities"] = [
                {"type": "bot_command", "offset": 0, "length": _utf16_len(command.group(0))}
            ]
        self._messages.setdefault(chat_id, {})[message_id] = StoredMessage(
            message_id=message_id, chat_id=chat_id, from_bot=False, text=text, date=date, raw=raw
        )
        await self.push_update({"message": raw})
        return message_id

    async def user_sends_start(
        self,
        chat_id: int,
        payload: str | None = None,
        *,
        user_id: int | None = None,
        language_code: str | None = "en",
        chat_type: str = "private",
    ) -> int:
        """A user sends ``/start`` (or ``/start <payload>`` for a deep link)."""
        text = "/start" if payload is None else f"/start {payload}"
        return await self.user_sends_text(
            chat_id, text, user_id=user_id, language_code=language_code, chat_type=chat_type
        )

    async def user_sends_photo(
        self,
        chat_id: int,
        *,
        user_id: int | None = None,
        language_code: str | None = "en",
        chat_type: str = "private",
    ) -> int:
        """A user sends a photo without a caption (a message with no ``text``); returns its id.

        Added for the transport contract tests (non-text messages get a kind answer).
        """
        user = self._user_for(chat_id, user_id, chat_type, language_code, "Test")
        chat = self._ensure_chat(chat_id, chat_type, user)
        message_id = self._allocate_message_id(chat_id)
        date = self._clock()
        raw: JSON = {
            "message_id": message_id,
            "from": dict(user),
            "chat": dict(chat),
            "date": date,
            "photo": [
                {
                    "file_id": f"photo-{chat_id}-{message_id}",
                    "file_unique_id": f"p{message_id}",
                    "width": 90,
                    "height": 90,
                    "file_size": 1024,
                }
            ],
        }
        self._messages.setdefault(chat_id, {})[message_id] = StoredMessage(
            message_id=message_id, chat_id=chat_id, from_bot=False, text=None, date=date, raw=raw
        )
        await self.push_update({"message": raw})
        return message_id

    async def user_presses(
        self,
        chat_id: int,
        callback_data: str,
        message_id: int,
        *,
        user_id: int | None = None,
        strict: bool = True,
    ) -> str:
        """A user presses an inline button; returns the callback_query id.

        With ``strict`` (default) the message must be a visible bot message that really has a
        button with this callback_data, otherwise AssertionError: a user can only press what
        they see. ``strict=False`` lets tests forge stale or tampered presses.
        """
        message = self._messages.get(chat_id, {}).get(message_id)
        if strict:
            if message is None or not message.from_bot:
                raise AssertionError(f"no bot message {message_id} in chat {chat_id}")
            if message.deleted:
                raise AssertionError(f"message {message_id} in chat {chat_id} was deleted")
            if callback_data not in message.callback_data:
                raise AssertionError(
                    f"message {message_id} in chat {chat_id} has no button with callback_data "
                    f"{callback_data!r}; it has {message.callback_data!r}"
                )
        if user_id is None:
            user_id = self._last_user.get(chat_id, chat_id if chat_id > 0 else 10_001)
        user = self._users.get(user_id) or {
            "id": user_id,
            "is_bot": False,
            "first_name": "Test",
            "language_code": "en",
        }
        chat = self._chats.get(chat_id) or _chat_object(
            chat_id, "private" if chat_id > 0 else "group", user
        )
        if message is not None and not message.deleted:
            message_obj = dict(message.raw)
        else:  # InaccessibleMessage
            message_obj = {"chat": dict(chat), "message_id": message_id, "date": 0}
        query_id = str(next(self._callback_ids))
        self._open_callbacks.add(query_id)
        await self.push_update(
            {
                "callback_query": {
                    "id": query_id,
                    "from": dict(user),
                    "message": message_obj,
                    "chat_instance": str(abs(chat_id)),
                    "data": callback_data,
                }
            }
        )
        return query_id

    async def push_update(self, update: JSON) -> int:
        """Deliver a raw update (without update_id); returns the assigned update_id.

        Queued for getUpdates, or POSTed to the webhook if one is set.
        """
        update = {"update_id": next(self._update_ids), **update}
        if self._webhook is None:
            self._updates.append(update)
            if self._bulk_depth:
                self._bulk_pending = True
            else:
                self._notify()
        else:
            await self._post_to_webhook(self._webhook, update)
        return int(update["update_id"])

    @contextlib.contextmanager
    def bulk(self) -> Iterator[None]:
        """Queue every update pushed inside the block, then wake long polls once at the end.

        For benchmarks that inject many updates at once: ``getUpdates`` then takes them in
        one batch instead of returning after the first. (Webhook deliveries are not held.)
        """
        self._bulk_depth += 1
        try:
            yield
        finally:
            self._bulk_depth -= 1
            if not self._bulk_depth and self._bulk_pending:
                self._bulk_pending = False
                self._notify()

    def fail_next(
        self,
        method: str,
        *,
        error_code: int = 400,
        description: str = "Bad Request: injected failure",
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail, e.g. 403 "Forbidden: bot was
        blocked by the user" or 429 with ``retry_after``."""
        name = self._by_lower.get(method.lower(), method)
        self._failures.setdefault(name, []).append(
            _Failure(ApiError(error_code, description, retry_after), times)
        )

    def delay_next(self, method: str, seconds: float, *, times: int = 1) -> None:
        """Answer the next ``times`` calls of ``method`` only after ``seconds``.

        The call takes effect at once (a sendMessage IS delivered, a deleteMessages DOES
        delete): only the answer is late, as when Telegram answers after the client's
        timeout. A client that gives up never learns the result (e.g. the message id).
        """
        name = self._by_lower.get(method.lower(), method)
        self._delays.setdefault(name, []).append(_Delay(seconds, times))

    def clear_faults(self) -> None:
        """Forget every scripted failure and delay: Telegram works again."""
        self._failures.clear()
        self._delays.clear()
        self._slow.clear()

    def set_clock(self, clock: Callable[[], int]) -> None:
        """Use ``clock`` (unix seconds) for message dates and the 48-hour delete limit."""
        self._clock = clock

    def slow_down(self, method: str, seconds: float) -> None:
        """Answer every call of ``method`` ``seconds`` late (0 restores)."""
        self._slow[self._by_lower.get(method.lower(), method)] = seconds

    # ------------------------------------------------------------------ test-side: assertions

    def sent(self, chat_id: int) -> list[StoredMessage]:
        """Bot messages currently in the chat (not deleted), oldest first. Live objects."""
        return [m for m in self.history(chat_id) if m.from_bot and not m.deleted]

    def deleted(self, chat_id: int) -> set[int]:
        """Ids of every message deleted in the chat (user's or bot's)."""
        return {m.message_id for m in self.history(chat_id) if m.deleted}

    def visible(self, chat_id: int) -> list[int]:
        """Ids of all messages (user and bot) still in the chat, ascending."""
        return [m.message_id for m in self.history(chat_id) if not m.deleted]

    def history(self, chat_id: int) -> list[StoredMessage]:
        """Every message ever in the chat, including deleted ones, ascending by id."""
        return sorted(self._messages.get(chat_id, {}).values(), key=lambda m: m.message_id)

    def message(self, chat_id: int, message_id: int) -> StoredMessage:
        """One message by id (KeyError if it never existed)."""
        return self._messages[chat_id][message_id]

    def calls_to(self, method: str) -> list[JSON]:
        """Params of every call to ``method`` so far (case-insensitive name)."""
        name = self._by_lower.get(method.lower(), method)
        return [params for called, params in self.calls if called == name]

    @property
    def pending_updates(self) -> list[JSON]:
        """Updates queued for getUpdates and not yet confirmed with an offset."""
        return list(self._updates)

    @property
    def webhook_url(self) -> str | None:
        return None if self._webhook is None else self._webhook.url

    async def wait_for(
        self, predicate: Callable[[], T], timeout: float = 5.0, what: str | None = None
    ) -> T:
        """Poll ``predicate`` every 10 ms until it returns something truthy; return that.

        Raises AssertionError after ``timeout`` seconds, listing the last calls made.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = predicate()
            if result:
                return result
            if loop.time() >= deadline:
                recent = [name for name, _ in self.calls if name != "getUpdates"][-10:]
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {what or _describe(predicate)}; "
                    f"last non-getUpdates calls: {recent}"
                )
            await asyncio.sleep(0.01)

    async def wait_for_sent(
        self, chat_id: int, count: int = 1, timeout: float = 5.0
    ) -> list[StoredMessage]:
        """Wait until at least ``count`` bot messages are visible in the chat; return them."""

        def enough() -> list[StoredMessage]:
            messages = self.sent(chat_id)
            return messages if len(messages) >= count else []

        return await self.wait_for(
            enough, timeout=timeout, what=f"{count} bot message(s) in chat {chat_id}"
        )

    # ------------------------------------------------------------------ HTTP plumbing

    async def _handle(self, request: web.Request) -> web.Response:
        match = _PATH_RE.match(request.path)
        if match is None:
            return _json_reply(ApiError(404, "Not Found").payload(), 404)
        token, method_name = match.group("token"), match.group("method")
        if self.token is not None and token != self.token:
            return _json_reply(ApiError(401, "Unauthorized").payload(), 401)
        try:
            params = await _read_params(request)
        except ApiError as err:
            return _json_reply(err.payload(), err.error_code)
        content_type = request.headers.get("Content-Type", "")
        body, status = await self._dispatch(
            method_name, params, token, http_method=request.method, content_type=content_type
        )
        delay = self._take_delay(self._by_lower.get(method_name.lower(), method_name))
        if delay:
            await asyncio.sleep(delay)  # cancelled if the client gives up: it never hears
        return _json_reply(body, status)

    def _take_delay(self, name: str) -> float:
        queue = self._delays.get(name)
        if not queue:
            return 0.0
        delay = queue[0]
        delay.times -= 1
        if delay.times <= 0:
            queue.pop(0)
        return delay.seconds

    async def _dispatch(
        self,
        method_name: str,
        params: JSON,
        token: str,
        *,
        http_method: str,
        content_type: str,
        via_webhook_reply: bool = False,
    ) -> tuple[JSON, int]:
        name = self._by_lower.get(method_name.lower(), method_name)
        self.calls.append((name, params))
        self.requests.append(
            RecordedRequest(name, params, http_method, content_type, token, via_webhook_reply)
        )
        handler = self._handlers.get(name)
        if handler is None:
            self.unknown_calls.append((name, params))
            return ApiError(404, f"Not Found: method {name} is not faked").payload(), 404
        try:
            if self._slow.get(name):
                await asyncio.sleep(self._slow[name])
            self._maybe_fail(name)
            result = await handler(params, token)
        except ApiError as err:
            return err.payload(), err.error_code
        except (TypeError, ValueError, KeyError) as err:  # malformed parameters
            return ApiError(400, f"Bad Request: {type(err).__name__}: {err}").payload(), 400
        return {"ok": True, "result": result}, 200

    def _maybe_fail(self, name: str) -> None:
        queue = self._failures.get(name)
        if not queue:
            return
        failure = queue[0]
        failure.times -= 1
        if failure.times <= 0:
            queue.pop(0)
        raise failure.error

    def _notify(self) -> None:
        # Wake every long poll waiting on the current event, then arm a fresh one.
        event, self._new_update = self._new_update, asyncio.Event()
        event.set()

    async def _post_to_webhook(self, hook: _Webhook, update: JSON) -> None:
        if self._client is None:
            raise RuntimeError("FakeBotAPI is not started")
        headers = {"Content-Type": "application/json"}
        if hook.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = hook.secret_token
        try:
            async with self._client.post(
                hook.url, data=json.dumps(update), headers=headers
            ) as resp:
                status = resp.status
                content_type = resp.headers.get("Content-Type", "")
                reply_params = await _read_webhook_reply(resp)
                body = "" if reply_params is not None else await resp.text()
        except aiohttp.ClientError as err:  # e.g. nothing listening: status 0
            status, content_type, reply_params, body = 0, "", None, repr(err)
        self.webhook_deliveries.append(WebhookDelivery(update["update_id"], hook.url, status, body))
        if not 200 <= status < 300:
            if self.raise_webhook_errors:
                raise AssertionError(
                    f"webhook {hook.url} answered {status or 'nothing'} to update "
                    f"{update['update_id']}: {body[:300]}"
                )
            return
        # A webhook may answer with a method call, which Telegram then performs.
        if reply_params and "method" in reply_params:
            method_name = str(reply_params.pop("method"))
            await self._dispatch(
                method_name,
                reply_params,
                hook.token,
                http_method="WEBHOOK-REPLY",
                content_type=content_type,
                via_webhook_reply=True,
            )

    # ------------------------------------------------------------------ state helpers

    def _bot_user(self, token: str) -> JSON:
        return {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def _user_for(
        self,
        chat_id: int,
        user_id: int | None,
        chat_type: str,
        language_code: str | None,
        first_name: str,
    ) -> JSON:
        if user_id is None:
            user_id = chat_id if chat_type == "private" else 10_001
        if chat_type == "private" and user_id != chat_id:
            raise ValueError("in a private chat the chat id is the user id")
        user: JSON = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code is not None:
            user["language_code"] = language_code
        self._users[user_id] = user
        self._last_user[chat_id] = user_id
        return user

    def _ensure_chat(self, chat_id: int, chat_type: str, user: JSON) -> JSON:
        if chat_type not in {"private", "group", "supergroup"}:
            raise ValueError(f"unsupported chat_type {chat_type!r}")
        if (chat_type == "private") != (chat_id > 0):
            raise ValueError("private chat ids are positive, group chat ids negative")
        existing = self._chats.get(chat_id)
        if existing is not None:
            if existing["type"] != chat_type:
                raise ValueError(f"chat {chat_id} is a {existing['type']} chat")
            return existing
        chat = _chat_object(chat_id, chat_type, user)
        self._chats[chat_id] = chat
        return chat

    def _chat_for_bot(self, chat_id: Any) -> JSON:
        if not isinstance(chat_id, int) or isinstance(chat_id, bool):
            raise ApiError(400, "Bad Request: chat not found")
        chat = self._chats.get(chat_id)
        if chat is None:  # lenient: the bot may write first to a chat we never saw
            chat = _chat_object(
                chat_id,
                "private" if chat_id > 0 else "group",
                {"id": chat_id, "first_name": "Test"},
            )
            self._chats[chat_id] = chat
        return chat

    def _allocate_message_id(self, chat_id: int) -> int:
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        return message_id

    def _find(self, chat_id: int, message_id: Any) -> StoredMessage | None:
        if not isinstance(message_id, int):
            return None
        return self._messages.get(chat_id, {}).get(message_id)

    def _bot_message(self, params: JSON) -> StoredMessage:
        chat_id = params.get("chat_id")
        if "inline_message_id" in params and chat_id is None:
            raise ApiError(400, "Bad Request: inline messages are not faked")
        chat = self._chat_for_bot(chat_id)
        message = self._find(int(chat["id"]), params.get("message_id"))
        if message is None or message.deleted:
            raise ApiError(400, "Bad Request: message to edit not found")
        if not message.from_bot:
            raise ApiError(400, "Bad Request: message can't be edited")
        return message

    # ------------------------------------------------------------------ methods

    async def _get_me(self, params: JSON, token: str) -> JSON:
        return {
            **self._bot_user(token),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _get_updates(self, params: JSON, token: str) -> list[JSON]:
        if self._webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = params.get("offset")
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        if offset:
            if offset > 0:  # confirms every update below offset
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            else:  # the last -offset updates; all previous ones are forgotten
                self._updates = self._updates[offset:]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not self._updates and not self._closing:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), remaining)
        batch = [dict(u) for u in self._updates[:limit]]
        self.deliveries.update(u["update_id"] for u in batch)
        return batch

    async def _send_message(self, params: JSON, token: str) -> JSON:
        chat = self._chat_for_bot(params.get("chat_id"))
        chat_id = int(chat["id"])
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if _utf16_len(text) > MAX_MESSAGE_LENGTH:
            raise ApiError(400, "Bad Request: message is too long")
        reply_markup = _check_markup(params.get("reply_markup"))
        protect = bool(params.get("protect_content", False))
        message_id = self._allocate_message_id(chat_id)
        date = self._clock()
        raw: JSON = {
            "message_id": message_id,
            "from": self._bot_user(token),
            "chat": dict(chat),
            "date": date,
            "text": text,
        }
        if protect:
            raw["has_protected_content"] = True
        if reply_markup and "inline_keyboard" in reply_markup:
            raw["reply_markup"] = reply_markup  # Telegram only echoes inline keyboards
        self._messages.setdefault(chat_id, {})[message_id] = StoredMessage(
            message_id=message_id,
            chat_id=chat_id,
            from_bot=True,
            text=text,
            date=date,
            raw=raw,
            reply_markup=reply_markup,
            protect_content=protect,
            parse_mode=params.get("parse_mode"),
        )
        return dict(raw)

    async def _edit_message_text(self, params: JSON, token: str) -> JSON:
        message = self._bot_message(params)
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if _utf16_len(text) > MAX_MESSAGE_LENGTH:
            raise ApiError(400, "Bad Request: message is too long")
        # Without reply_markup the inline keyboard is removed, as on real Telegram.
        markup = _check_markup(params.get("reply_markup"), inline_only=True)
        if text == message.text and markup == message.reply_markup:
            raise ApiError(400, NOT_MODIFIED)
        message.text = text
        message.raw["text"] = text
        message.parse_mode = params.get("parse_mode")
        self._apply_edit(message, markup)
        return dict(message.raw)

    async def _edit_message_reply_markup(self, params: JSON, token: str) -> JSON:
        message = self._bot_message(params)
        markup = _check_markup(params.get("reply_markup"), inline_only=True)
        if markup == message.reply_markup:
            raise ApiError(400, NOT_MODIFIED)
        self._apply_edit(message, markup)
        return dict(message.raw)

    def _apply_edit(self, message: StoredMessage, markup: JSON | None) -> None:
        message.reply_markup = markup
        if markup:
            message.raw["reply_markup"] = markup
        else:
            message.raw.pop("reply_markup", None)
        message.edit_date = self._clock()
        message.raw["edit_date"] = message.edit_date

    async def _answer_callback_query(self, params: JSON, token: str) -> bool:
        query_id = params.get("callback_query_id")
        if query_id not in self._open_callbacks:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        self._open_callbacks.discard(query_id)
        self.answered_callbacks.append(
            AnsweredCallback(
                callback_query_id=str(query_id),
                text=params.get("text"),
                show_alert=bool(params.get("show_alert", False)),
                url=params.get("url"),
                cache_time=params.get("cache_time"),
            )
        )
        return True

    async def _delete_message(self, params: JSON, token: str) -> bool:
        chat = self._chat_for_bot(params.get("chat_id"))
        message = self._find(int(chat["id"]), params.get("message_id"))
        if message is None or message.deleted:
            raise ApiError(400, "Bad Request: message to delete not found")
        if not self._deletable(message):
            raise ApiError(400, "Bad Request: message can't be deleted")
        message.deleted = True
        return True

    def _deletable(self, message: StoredMessage) -> bool:
        """A message can only be deleted if it was sent less than 48 hours ago."""
        return self._clock() - message.date < DELETE_WINDOW_SECONDS

    async def _delete_messages(self, params: JSON, token: str) -> bool:
        chat = self._chat_for_bot(params.get("chat_id"))
        ids = params.get("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise ApiError(400, "Bad Request: message_ids must be a list of 1-100 ids")
        for message_id in ids:
            message = self._find(int(chat["id"]), message_id)
            # ids that can't be found (or deleted: over 48 hours old) are skipped, as documented
            if message is not None and self._deletable(message):
                message.deleted = True
        return True

    async def _set_webhook(self, params: JSON, token: str) -> bool:
        url = params.get("url") or ""
        if params.get("drop_pending_updates"):
            self._updates.clear()
        if not url:
            self._webhook = None
            return True
        host = URL(url).host or ""
        if not _is_loopback(host):
            raise ApiError(
                400, f"Bad Request: bad webhook: the fake only calls loopback, not {url}"
            )
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self._webhook = _Webhook(
            url=url,
            secret_token=secret,
            token=token,
            max_connections=params.get("max_connections"),
            allowed_updates=params.get("allowed_updates"),
        )
        return True

    async def _delete_webhook(self, params: JSON, token: str) -> bool:
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self._webhook = None
        return True

    async def _get_webhook_info(self, params: JSON, token: str) -> JSON:
        info: JSON = {
            "url": self._webhook.url if self._webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self._webhook is not None:
            if self._webhook.max_connections is not None:
                info["max_connections"] = self._webhook.max_connections
            if self._webhook.allowed_updates is not None:
                info["allowed_updates"] = self._webhook.allowed_updates
        return info

    async def _set_my_commands(self, params: JSON, token: str) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: commands must be a list")
        for command in commands:
            if not isinstance(command, dict) or not re.fullmatch(
                r"[a-z0-9_]{1,32}", str(command.get("command", ""))
            ):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        self._commands[_commands_key(params)] = commands
        return True

    async def _get_my_commands(self, params: JSON, token: str) -> list[JSON]:
        return list(self._commands.get(_commands_key(params), []))

    async def _delete_my_commands(self, params: JSON, token: str) -> bool:
        self._commands.pop(_commands_key(params), None)
        return True

    async def _leave_chat(self, params: JSON, token: str) -> bool:
        chat = self._chat_for_bot(params.get("chat_id"))
        self.left_chats.append(int(chat["id"]))
        return True

    async def _close(self, params: JSON, token: str) -> bool:
        return True

    async def _log_out(self, params: JSON, token: str) -> bool:
        return True

    async def _get_chat(self, params: JSON, token: str) -> JSON:
        chat = self._chat_for_bot(params.get("chat_id"))
        return {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }


# ---------------------------------------------------------------------- module helpers


def _json_reply(body: JSON, status: int) -> web.Response:
    return web.json_response(body, status=status)


def _describe(predicate: Callable[..., Any]) -> str:
    code = getattr(predicate, "__code__", None)
    if code is None:
        return repr(predicate)
    name = getattr(predicate, "__qualname__", "predicate")
    return f"{name} ({code.co_filename}:{code.co_firstlineno})"


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _chat_object(chat_id: int, chat_type: str, user: JSON) -> JSON:
    if chat_type == "private":
        chat: JSON = {"id": chat_id, "type": "private", "first_name": user.get("first_name")}
        return chat
    return {"id": chat_id, "type": chat_type, "title": f"Test {chat_type} {chat_id}"}


def _commands_key(params: JSON) -> str:
    scope = params.get("scope") or {"type": "default"}
    return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)


def _check_markup(markup: Any, *, inline_only: bool = False) -> JSON | None:
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    if inline_only and "inline_keyboard" not in markup:
        raise ApiError(400, "Bad Request: only inline keyboards can be edited")
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA_BYTES:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
    return markup


def _decode_value(key: str, value: Any) -> Any:
    """Turn one wire value into what Telegram would understand it as."""
    if not isinstance(value, str):
        return value  # already typed (JSON body) or an uploaded file
    if key in _JSON_PARAMS:
        try:
            return json.loads(value)
        except ValueError as err:
            raise ApiError(400, f"Bad Request: can't parse {key} JSON object") from err
    if key in _INT_PARAMS:
        return int(value) if re.fullmatch(r"-?[0-9]+", value) else value
    if key in _FLOAT_PARAMS:
        try:
            return float(value)
        except ValueError as err:
            raise ApiError(400, f"Bad Request: {key} must be a number") from err
    if key in _BOOL_PARAMS:
        return value.lower() in {"true", "1"}
    return value


def _decode_params(raw: Mapping[str, Any]) -> JSON:
    return {key: _decode_value(key, value) for key, value in raw.items()}


def _form_to_dict(form: MultiDictProxy[Any]) -> JSON:
    out: JSON = {}
    for key, value in form.items():
        if isinstance(value, web.FileField):
            out[key] = {"filename": value.filename, "content_type": value.content_type}
        else:
            out[key] = value
    return out


async def _read_params(request: web.Request) -> JSON:
    """Query string, then the body: JSON, form-urlencoded or multipart/form-data."""
    raw: JSON = dict(request.query)
    if request.can_read_body:
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError as err:
                raise ApiError(400, "Bad Request: can't parse JSON body") from err
            if not isinstance(body, dict):
                raise ApiError(400, "Bad Request: JSON body must be an object")
            raw.update(body)
        elif request.content_type in {"application/x-www-form-urlencoded", "multipart/form-data"}:
            raw.update(_form_to_dict(await request.post()))
    return _decode_params(raw)


async def _read_webhook_reply(resp: aiohttp.ClientResponse) -> JSON | None:
    """Parse a webhook's answer body if it is JSON or multipart, else None."""
    if resp.status >= 300:
        return None
    if resp.content_type == "application/json":
        try:
            body = await resp.json()
        except ValueError:
            return None
        return _decode_params(body) if isinstance(body, dict) else None
    if resp.content_type == "multipart/form-data":
        reader = aiohttp.MultipartReader.from_response(resp)
        raw: JSON = {}
        async for part in reader:
            if isinstance(part, aiohttp.BodyPartReader) and part.name:
                raw[part.name] = await part.text()
        return _decode_params(raw)
    return None
