"""The fake Bot API works with aiogram 3 and python-telegram-bot 22, polling and webhooks."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest
from aiogram import Bot, Dispatcher, F
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.filters import CommandStart
from aiogram.methods import SendMessage
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web
from telegram import InlineKeyboardButton as PtbButton
from telegram import InlineKeyboardMarkup as PtbMarkup
from telegram import Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    filters,
)

from .server import FakeBotAPI

TOKEN = "123:ABC"
CHAT = 42


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


# ---------------------------------------------------------------------- library wiring


def aiogram_bot(api: FakeBotAPI, **kwargs: Any) -> Bot:
    """An aiogram Bot whose every request goes to the fake."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(api.base_url))
    return Bot(token=TOKEN, session=session, **kwargs)


@asynccontextmanager
async def aiogram_polling(api: FakeBotAPI, dp: Dispatcher, bot: Bot) -> AsyncIterator[None]:
    polling = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=1))
    try:
        # stop_polling() refuses to run before polling has really started.
        await api.wait_for(lambda: api.calls_to("getUpdates") or polling.done())
        if polling.done():
            await polling  # re-raise why it died
        yield
    finally:
        if not polling.done():
            try:
                await dp.stop_polling()
            except RuntimeError:  # polling never got going: just cancel it
                polling.cancel()
        await asyncio.wait([polling], timeout=5)
        assert polling.done(), "aiogram polling did not stop within 5 s"
        if not polling.cancelled():
            polling.result()  # re-raise anything polling died of


def ptb_app(
    api: FakeBotAPI, defaults: Defaults | None = None
) -> Application[Any, Any, Any, Any, Any, Any]:
    """A python-telegram-bot Application whose every request goes to the fake.

    PTB appends the token to base_url, so base_url ends in "/bot".
    """
    builder = (
        Application.builder()
        .token(TOKEN)
        .base_url(f"{api.base_url}/bot")
        .base_file_url(f"{api.base_url}/file/bot")
    )
    if defaults is not None:
        builder = builder.defaults(defaults)
    return builder.build()


@asynccontextmanager
async def ptb_polling(app: Application[Any, Any, Any, Any, Any, Any]) -> AsyncIterator[None]:
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            yield
        finally:
            await app.updater.stop()
            await app.stop()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ---------------------------------------------------------------------- aiogram


async def test_aiogram_echo_protect_content_and_delete(api: FakeBotAPI) -> None:
    bot = aiogram_bot(api, default=DefaultBotProperties(protect_content=True))
    dp = Dispatcher()

    @dp.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(message.text or "")

    async with aiogram_polling(api, dp, bot):
        user_mid = await api.user_sends_text(CHAT, "hello")
        [reply] = await api.wait_for_sent(CHAT)
        assert reply.text == "hello"
        assert reply.protect_content is True
        assert reply.message_id == user_mid + 1  # one counter for user and bot messages
        assert reply.raw["from"]["is_bot"] is True

        plain = await bot.send_message(CHAT, "unprotected", protect_content=False)
        assert api.message(CHAT, plain.message_id).protect_content is False

        assert await bot.delete_messages(CHAT, [user_mid, reply.message_id])
        assert api.deleted(CHAT) == {user_mid, reply.message_id}
        assert api.visible(CHAT) == [plain.message_id]
        assert [m.message_id for m in api.sent(CHAT)] == [plain.message_id]
        assert api.calls_to("deleteMessages") == [
            {"chat_id": CHAT, "message_ids": [user_mid, reply.message_id]}
        ]

    # Every update was confirmed by the next getUpdates offset.
    assert api.pending_updates == []


async def test_aiogram_callback_round_trip_and_group_chat(api: FakeBotAPI) -> None:
    bot = aiogram_bot(api)
    dp = Dispatcher()
    keyboard = InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(text="Yes", callback_data="yes"),
                InlineKeyboardButton(text="No", callback_data="no"),
            ]
        ]
    )

    @dp.message(CommandStart())
    async def start(message: Message) -> None:
        await message.answer("Pick one", reply_markup=keyboard)

    @dp.callback_query(F.data == "yes")
    async def pressed_yes(query: CallbackQuery) -> None:
        await query.answer("Noted")
        assert isinstance(query.message, Message)
        await query.message.edit_text("You said yes")  # no reply_markup: keyboard goes

    @dp.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(f"{message.chat.type}: {message.text}")

    async with aiogram_polling(api, dp, bot):
        await api.user_sends_start(CHAT, payload="ref1")
        [menu] = await api.wait_for_sent(CHAT)
        assert menu.callback_data == ["yes", "no"]

        query_id = await api.user_presses(CHAT, "yes", menu.message_id)
        await api.wait_for(lambda: menu.text == "You said yes")
        assert [(a.callback_query_id, a.text) for a in api.answered_callbacks] == [
            (query_id, "Noted")
        ]
        assert menu.reply_markup is None and "reply_markup" not in menu.raw
        with pytest.raises(AssertionError, match="no button"):
            await api.user_presses(CHAT, "no", menu.message_id)

        group = -1001
        await api.user_sends_text(group, "hi all", user_id=7, chat_type="group")
        [reply] = await api.wait_for_sent(group)
        assert reply.text == "group: hi all"
        assert reply.raw["chat"]["type"] == "group"


async def test_aiogram_webhook_mode(api: FakeBotAPI) -> None:
    bot = aiogram_bot(api)
    dp = Dispatcher()

    @dp.message(F.text == "reply in response")
    async def in_response(message: Message) -> SendMessage:
        return message.answer("via webhook response")  # not awaited: returned to Telegram

    @dp.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(f"echo {message.text}")

    app = web.Application()
    SimpleRequestHandler(
        dispatcher=dp, bot=bot, secret_token="s3cret", handle_in_background=False
    ).register(app, path="/hook")
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        assert await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret")
        assert (await bot.get_webhook_info()).url == f"http://127.0.0.1:{port}/hook"

        await api.user_sends_text(CHAT, "ping")  # returns after the webhook answered
        await api.user_sends_text(CHAT, "reply in response")
        assert [m.text for m in api.sent(CHAT)] == ["echo ping", "via webhook response"]
        assert [d.status for d in api.webhook_deliveries] == [200, 200]
        assert api.requests[-1].via_webhook_reply
        assert api.requests[-1].content_type.startswith("multipart/form-data")

        # Real Telegram refuses getUpdates while a webhook is set.
        async with aiohttp.ClientSession() as http:
            resp = await http.post(f"{api.base_url}/bot{TOKEN}/getUpdates")
            assert resp.status == 409
            assert (await resp.json())["ok"] is False

        assert await bot.delete_webhook()
        await api.user_sends_text(CHAT, "queued")
        assert len(api.pending_updates) == 1
    finally:
        await runner.cleanup()
        await bot.session.close()


async def test_webhook_secret_mismatch_is_reported(api: FakeBotAPI) -> None:
    bot = aiogram_bot(api)
    dp = Dispatcher()
    app = web.Application()
    SimpleRequestHandler(dispatcher=dp, bot=bot, secret_token="right").register(app, path="/")
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        assert await bot.set_webhook(
            f"http://127.0.0.1:{runner.addresses[0][1]}/", secret_token="wrong"
        )
        with pytest.raises(AssertionError, match="answered 401"):
            await api.user_sends_text(CHAT, "hi")
        with pytest.raises(Exception, match="loopback"):
            await bot.set_webhook("https://example.com/hook")

        assert await bot.set_webhook(f"http://127.0.0.1:{free_port()}/")  # nobody listens
        with pytest.raises(AssertionError, match="answered nothing"):
            await api.user_sends_text(CHAT, "hello?")
        api.raise_webhook_errors = False
        await api.user_sends_text(CHAT, "anyone?")
        assert [d.status for d in api.webhook_deliveries] == [401, 0, 0]
    finally:
        await runner.cleanup()
        await bot.session.close()


# ---------------------------------------------------------------------- python-telegram-bot


async def test_ptb_echo_callback_and_delete(api: FakeBotAPI) -> None:
    app = ptb_app(api, defaults=Defaults(protect_content=True))
    keyboard = PtbMarkup([[PtbButton("Yes", callback_data="yes")]])

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Pick", reply_markup=keyboard)

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(f"echo {update.effective_message.text}")

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("Noted", show_alert=True)
        await query.edit_message_reply_markup(reply_markup=None)

    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(CallbackQueryHandler(pressed))

    async with ptb_polling(app):
        user_mid = await api.user_sends_text(CHAT, "hello", language_code="cy")
        [reply] = await api.wait_for_sent(CHAT)
        assert (reply.text, reply.protect_content) == ("echo hello", True)
        assert reply.message_id == user_mid + 1

        await api.user_sends_start(CHAT)
        menu = (await api.wait_for_sent(CHAT, count=2))[-1]
        assert menu.callback_data == ["yes"]
        await api.user_presses(CHAT, "yes", menu.message_id)
        await api.wait_for(lambda: menu.reply_markup is None)
        [answer] = api.answered_callbacks
        assert (answer.text, answer.show_alert) == ("Noted", True)

        with pytest.raises(BadRequest, match=r"(?i)not modified"):
            await app.bot.edit_message_reply_markup(CHAT, menu.message_id, reply_markup=None)
        with pytest.raises(BadRequest, match=r"(?i)query is too old"):
            await app.bot.answer_callback_query(answer.callback_query_id)

        assert await app.bot.delete_messages(CHAT, [user_mid, reply.message_id])
        assert await app.bot.delete_message(CHAT, menu.message_id)
        with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
            await app.bot.delete_message(CHAT, menu.message_id)
        assert api.deleted(CHAT) == {user_mid, reply.message_id, menu.message_id}
        assert api.visible(CHAT) == [menu.message_id - 1]  # the user's /start

        api.fail_next("sendMessage", error_code=403, description="Forbidden: bot was blocked")
        with pytest.raises(Forbidden):
            await app.bot.send_message(CHAT, "anyone there?")

    assert api.pending_updates == []


async def test_ptb_webhook_mode(api: FakeBotAPI) -> None:
    app = ptb_app(api)
    seen: list[str] = []

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        seen.append(update.effective_message.text or "")
        await update.effective_message.reply_text("got it")

    app.add_handler(MessageHandler(filters.TEXT, echo))
    port = free_port()
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_webhook(
            listen="127.0.0.1",
            port=port,
            url_path="hook",
            webhook_url=f"http://127.0.0.1:{port}/hook",
            secret_token="s3cret",
        )
        try:
            assert api.webhook_url == f"http://127.0.0.1:{port}/hook"
            await api.user_sends_text(CHAT, "over the hook")
            [reply] = await api.wait_for_sent(CHAT)
            assert (seen, reply.text) == (["over the hook"], "got it")
        finally:
            await app.updater.stop()
            await app.stop()


# ---------------------------------------------------------------------- raw protocol


async def test_get_updates_offset_limit_and_long_poll(api: FakeBotAPI) -> None:
    url = f"{api.base_url}/bot{TOKEN}/getUpdates"

    async def get_updates(http: aiohttp.ClientSession, **params: Any) -> list[int]:
        async with http.post(url, json=params) as resp:
            body = await resp.json()
        assert body["ok"] is True, body
        return [u["update_id"] for u in body["result"]]

    for text in ("a", "b", "c"):
        await api.user_sends_text(CHAT, text)

    async with aiohttp.ClientSession() as http:
        assert await get_updates(http) == [1, 2, 3]
        assert await get_updates(http) == [1, 2, 3]  # nothing confirmed yet
        assert await get_updates(http, offset=2) == [2, 3]  # confirms 1
        assert await get_updates(http, limit=1) == [2]
        assert await get_updates(http, offset=-1) == [3]  # keeps only the last one
        assert [u["update_id"] for u in api.pending_updates] == [3]
        assert await get_updates(http, offset=4, timeout=0) == []
        assert api.pending_updates == []

        # Long poll: returns as soon as an update arrives, not after the timeout.
        started = time.monotonic()
        poll = asyncio.create_task(get_updates(http, offset=4, timeout=5))
        await api.wait_for(lambda: len(api.calls_to("getUpdates")) == 7)
        await api.user_sends_text(CHAT, "d")
        assert await poll == [4]
        assert time.monotonic() - started < 2

        # ... and returns empty once the timeout has passed.
        started = time.monotonic()
        assert await get_updates(http, offset=5, timeout=0.2) == []
        assert 0.15 < time.monotonic() - started < 2

        # Form-encoded values arrive as strings and are decoded like JSON ones.
        async with http.post(url, data={"offset": "5", "timeout": "0"}) as resp:
            assert (await resp.json())["result"] == []
    assert api.calls_to("getUpdates")[-1] == {"offset": 5, "timeout": 0.0}


async def test_encodings_errors_and_recording(api: FakeBotAPI) -> None:
    base = f"{api.base_url}/bot{TOKEN}"
    markup = '{"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}'
    async with aiohttp.ClientSession() as http:
        # multipart/form-data, JSON-encoded reply_markup and a "true" boolean
        form = aiohttp.FormData(
            {"chat_id": "7", "text": "multi", "reply_markup": markup, "protect_content": "true"},
            default_to_multipart=True,
        )
        async with http.post(f"{base}/sendMessage", data=form) as resp:
            result = (await resp.json())["result"]
        assert result["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "go"
        assert result["has_protected_content"] is True
        [sent] = api.sent(7)
        assert (sent.text, sent.protect_content, sent.callback_data) == ("multi", True, ["go"])
        assert api.requests[-1].content_type.startswith("multipart/form-data")

        # GET with a query string; method names are case-insensitive
        async with http.get(f"{base}/SENDMESSAGE", params={"chat_id": "7", "text": "q"}) as resp:
            assert (await resp.json())["result"]["message_id"] == 2

        # unknown method: ok=false 404, recorded
        async with http.post(f"{base}/sendDice", json={"chat_id": 7}) as resp:
            assert resp.status == 404
            body = await resp.json()
        assert body["ok"] is False and "sendDice" in body["description"]
        assert api.unknown_calls == [("sendDice", {"chat_id": 7})]

        # validation errors look like Telegram's
        async with http.post(f"{base}/sendMessage", json={"chat_id": 7, "text": ""}) as resp:
            assert resp.status == 400
            assert await resp.json() == {
                "ok": False,
                "error_code": 400,
                "description": "Bad Request: message text is empty",
            }
        async with http.post(f"{base}/sendMessage", json={"chat_id": 7, "text": "x" * 4097}) as r:
            assert (await r.json())["description"] == "Bad Request: message is too long"

        # injected failures carry retry_after like a real flood-wait
        api.fail_next("sendMessage", error_code=429, description="Too Many Requests", retry_after=3)
        async with http.post(f"{base}/sendMessage", json={"chat_id": 7, "text": "x"}) as resp:
            assert resp.status == 429
            assert (await resp.json())["parameters"] == {"retry_after": 3}

        async with http.post(f"{api.base_url}/nonsense") as resp:
            assert resp.status == 404

    assert [name for name, _ in api.calls] == [
        "sendMessage",
        "sendMessage",
        "sendDice",
        "sendMessage",
        "sendMessage",
        "sendMessage",
    ]


async def test_commands_chat_and_misc_methods_with_both_libraries(api: FakeBotAPI) -> None:
    from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats
    from telegram import BotCommand as PtbCommand

    await api.user_sends_start(CHAT)
    bot = aiogram_bot(api)
    try:
        scope = BotCommandScopeAllPrivateChats()
        assert await bot.set_my_commands([BotCommand(command="help", description="Help")])
        assert await bot.set_my_commands(
            [BotCommand(command="start", description="Start")], scope=scope, language_code="cy"
        )
        assert [c.command for c in await bot.get_my_commands()] == ["help"]
        assert [c.command for c in await bot.get_my_commands(scope=scope, language_code="cy")] == [
            "start"
        ]
        assert (await bot.get_chat(CHAT)).type == "private"
        assert await bot.leave_chat(-5)
        assert await bot.delete_my_commands()
        assert await bot.get_my_commands() == []
        assert (await bot.get_me()).username == "fake_bot"
    finally:
        await bot.session.close()

    app = ptb_app(api)
    async with app:
        assert app.bot.username == "fake_bot"  # from getMe during initialize()
        assert await app.bot.set_my_commands([PtbCommand("about", "About")])
        assert [c.command for c in await app.bot.get_my_commands()] == ["about"]
        assert (await app.bot.get_chat(CHAT)).id == CHAT
        assert (await app.bot.get_webhook_info()).url == ""
        assert await app.bot.log_out()
        assert await app.bot.close()
    assert api.left_chats == [-5]
    assert api.unknown_calls == []


async def test_libraries_send_form_urlencoded(api: FakeBotAPI) -> None:
    bot = aiogram_bot(api)
    try:
        button = InlineKeyboardButton(text="Go", callback_data="go")
        await bot.send_message(
            CHAT, "a", reply_markup=InlineKeyboardMarkup(inline_keyboard=[[button]])
        )
    finally:
        await bot.session.close()
    app = ptb_app(api)
    async with app:
        await app.bot.send_message(
            CHAT, "b", reply_markup=PtbMarkup([[PtbButton("Go", callback_data="go")]])
        )
    aiogram_req, ptb_getme, ptb_req = api.requests
    assert aiogram_req.content_type == "application/x-www-form-urlencoded"
    assert ptb_getme.method == "getMe" and ptb_getme.content_type == ""
    assert ptb_req.content_type == "application/x-www-form-urlencoded"
    assert aiogram_req.params["reply_markup"] == ptb_req.params["reply_markup"]


# ---------------------------------------------------------------------- documented delete rules


async def _call(api: FakeBotAPI, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"{api.base_url}/bot{TOKEN}/{method}", json=params) as resp,
    ):
        return resp.status, await resp.json()


async def test_delete_messages_skips_missing_and_too_old_ids() -> None:
    now = [1_750_000_000]
    async with FakeBotAPI(clock=lambda: now[0]) as api:
        old = await api.user_sends_text(CHAT, "old")
        now[0] += 47 * 3600
        recent = await api.user_sends_text(CHAT, "recent")
        now[0] += 2 * 3600  # "old" is now 49 hours old, "recent" 2 hours
        status, body = await _call(
            api, "deleteMessages", chat_id=CHAT, message_ids=[old, recent, 999]
        )
        assert (status, body["result"]) == (200, True)  # missing and too-old ids are skipped
        assert api.deleted(CHAT) == {recent}
        status, body = await _call(api, "deleteMessage", chat_id=CHAT, message_id=old)
        assert status == 400 and "can't be deleted" in body["description"]
        for ids in ([], list(range(1, 102))):
            status, _ = await _call(api, "deleteMessages", chat_id=CHAT, message_ids=ids)
            assert status == 400


async def test_delayed_answer_still_delivers_the_message(api: FakeBotAPI) -> None:
    await api.user_sends_text(CHAT, "hi")
    api.delay_next("sendMessage", 5.0)
    async with aiohttp.ClientSession() as http:
        with pytest.raises(TimeoutError):
            async with http.post(
                f"{api.base_url}/bot{TOKEN}/sendMessage",
                json={"chat_id": CHAT, "text": "late"},
                timeout=aiohttp.ClientTimeout(total=0.3),
            ) as resp:
                await resp.read()
    assert [m.text for m in api.sent(CHAT)] == ["late"]  # delivered, though never answered
    status, _ = await _call(api, "sendMessage", chat_id=CHAT, text="on time")
    assert status == 200


async def test_scripted_faults_and_clearing_them(api: FakeBotAPI) -> None:
    await api.user_sends_text(CHAT, "hi")
    api.fail_next("deleteMessages", error_code=429, description="Too Many Requests", retry_after=7)
    api.fail_next("deleteMessages", error_code=502, description="Bad Gateway", times=5)
    status, body = await _call(api, "deleteMessages", chat_id=CHAT, message_ids=[1])
    assert status == 429 and body["parameters"]["retry_after"] == 7
    status, _ = await _call(api, "deleteMessages", chat_id=CHAT, message_ids=[1])
    assert status == 502
    api.clear_faults()
    status, _ = await _call(api, "deleteMessages", chat_id=CHAT, message_ids=[1])
    assert status == 200 and api.deleted(CHAT) == {1}
