"""Bare echo bots on aiogram and python-telegram-bot: the baselines for
:mod:`bench.bench_transports`. This module imports nothing of our bot.

* ``echo``: one message handler that sends the text back and one callback handler that
  answers the query.
* ``mirror``: makes the Telegram calls our bot makes, the way our bot makes them: a
  message of about our length with a keyboard of about our size for every update (sent
  as :mod:`bot.transports` sends it: keyboard as JSON text, only ``message_id`` read
  back; on PTB, HTTP over aiohttp), and an answer too for every press. Our bot minus
  its own logic: what the calls its behaviour needs cost on this library.

The echo uses the library as a minimal bot would (``bot.send_message``). Both are set up
as our transports set the library up: aiogram ``Dispatcher(disable_fsm=True)``; PTB
``Application`` with ``concurrent_updates(256)``. Same ``getUpdates`` timeout,
``allowed_updates`` and (default) limit of 100.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import warnings
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.transports.wire import keyboard_json
from tests.fakebot import FakeBotAPI

from .telegram_load import ALLOWED_UPDATES, POLL_TIMEOUT, TOKEN, Done, Starter


async def aiogram_echo(
    api: FakeBotAPI, done: Done, tmp: Path, *, mirror: bool = False
) -> Callable[[], Awaitable[None]]:
    from aiogram import Bot, Dispatcher
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.methods.base import Response
    from aiogram.types import CallbackQuery, Message

    from bot.transports.aiogram_wire import SendMessage, SentMessage

    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
    dp = Dispatcher(disable_fsm=True)
    kept = Response[SentMessage]  # as bot/transports/aiogram_transport.py keeps it built

    async def send_ours(chat_id: int) -> None:
        await bot(
            SendMessage(
                chat_id=chat_id, text=MIRROR_TEXT, protect_content=True, reply_markup=MIRROR_MARKUP
            )
        )

    async def on_message(message: Message) -> None:
        try:
            if mirror:
                await send_ours(message.chat.id)
            else:
                await bot.send_message(message.chat.id, message.text or "?")
        finally:
            done(message.chat.id)

    async def on_callback(query: CallbackQuery) -> None:
        try:
            await bot.answer_callback_query(query.id)
            if mirror and query.message:
                await send_ours(query.message.chat.id)
        finally:
            done(query.message.chat.id if query.message else None)

    dp.message.register(on_message)
    dp.callback_query.register(on_callback)
    await bot.delete_webhook(drop_pending_updates=False)
    polling = asyncio.create_task(
        dp.start_polling(
            bot,
            polling_timeout=POLL_TIMEOUT,
            allowed_updates=ALLOWED_UPDATES,
            handle_signals=False,
            close_bot_session=False,
        )
    )

    async def stop() -> None:
        with contextlib.suppress(RuntimeError):
            await dp.stop_polling()
        polling.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await polling
        await bot.session.close()
        assert kept is not None

    return stop


async def ptb_echo(
    api: FakeBotAPI, done: Done, tmp: Path, *, mirror: bool = False
) -> Callable[[], Awaitable[None]]:
    from telegram import Update
    from telegram.ext import ApplicationBuilder, CallbackQueryHandler, MessageHandler, filters
    from telegram.warnings import PTBUserWarning

    warnings.filterwarnings(  # as bot/transports/ptb_transport.py does
        "ignore", message=r"Please use 'Bot\.sendMessage'", category=PTBUserWarning
    )

    builder = (
        ApplicationBuilder()
        .token(TOKEN)
        .concurrent_updates(256)
        .base_url(f"{api.base_url}/bot")
        .base_file_url(f"{api.base_url}/file/bot")
    )
    if mirror:  # our way: HTTP over aiohttp, as bot/transports/ptb_transport.py does
        from bot.transports.ptb_wire import AiohttpRequest

        builder = builder.request(AiohttpRequest()).get_updates_request(AiohttpRequest(1))
    app = builder.build()

    async def send_ours(chat_id: int) -> None:
        fields = {
            "chat_id": chat_id,
            "text": MIRROR_TEXT,
            "protect_content": True,
            "reply_markup": MIRROR_MARKUP,
        }
        await app.bot.do_api_request("sendMessage", api_kwargs=fields)

    async def on_message(update: Update, context: Any) -> None:
        message = update.message
        assert message is not None
        try:
            if mirror:
                await send_ours(message.chat.id)
            else:
                await context.bot.send_message(message.chat.id, message.text or "?")
        finally:
            done(message.chat.id)

    async def on_callback(update: Update, context: Any) -> None:
        query = update.callback_query
        assert query is not None
        try:
            await query.answer()
            if mirror and query.message:
                await send_ours(query.message.chat.id)
        finally:
            done(query.message.chat.id if query.message else None)

    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE, on_message))
    app.add_handler(CallbackQueryHandler(on_callback))
    await app.initialize()
    assert app.updater is not None
    await app.updater.start_polling(timeout=POLL_TIMEOUT, allowed_updates=ALLOWED_UPDATES)
    await app.start()

    async def stop() -> None:
        assert app.updater is not None
        await app.updater.stop()
        await app.stop()
        await app.shutdown()

    return stop


# The "mirror" echo makes the Telegram calls our bot makes: a message of about our length
# with a keyboard of about our size for every update, and an answer too for every press.
MIRROR_TEXT = "Echo. " * 50
MIRROR_KEYS = [(f"Option {i}", f"0:{i}") for i in range(6)]
MIRROR_MARKUP = keyboard_json([key] for key in MIRROR_KEYS)


def echo(kind: str) -> Starter:
    return aiogram_echo if kind == "aiogram" else ptb_echo


def mirror(kind: str) -> Starter:
    return functools.partial(aiogram_echo if kind == "aiogram" else ptb_echo, mirror=True)
