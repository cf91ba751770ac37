"""Telegram over python-telegram-bot 22: a thin adapter around the shared bridge.

Handlers turn PTB ``Update`` objects into :class:`bot.telegram.TelegramBridge` calls;
:class:`PtbClient` implements :class:`bot.telegram.TelegramClient` over
``telegram.Bot``. Updates come by long polling or a webhook through
:mod:`bot.transports.intake` (which confirms an update only once it was handled, and
limits webhook bodies; PTB's own webhook server read bodies of up to 100 MiB before
checking the secret) and are run with ``Application.process_update`` one by one. A
self-hosted Bot API server is used when ``api_url`` is given
(``base_url = f"{api_url}/bot"``). HTTP goes through aiohttp
(:class:`bot.transports.ptb_wire.AiohttpRequest`) rather than PTB's default httpx.
"""

from __future__ import annotations

import contextlib
import datetime as dtm
import logging
import warnings
from collections.abc import Iterator
from typing import Any

from telegram import Update
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler, MessageHandler
from telegram.ext import filters as ptb_filters
from telegram.warnings import PTBUserWarning

from ..logs import quiet_libraries
from ..telegram import (
    ALLOWED_UPDATES,
    BotApiClient,
    BridgeFactory,
    ChatUnavailable,
    ClientError,
    RetryLater,
    StartError,
)
from .intake import Intake, RawUpdate
from .ptb_wire import AiohttpRequest

__all__ = ["PtbClient", "PtbTransport"]

log = logging.getLogger(__name__)

# PTB asks callers of ``do_api_request("sendMessage")`` to use ``send_message`` instead;
# :meth:`PtbClient.post_message` and :meth:`PtbTransport._fetch` (``getUpdates``) do so
# on purpose, for the raw result.
warnings.filterwarnings(
    "ignore", message=r"Please use 'Bot\.(sendMessage|getUpdates)'", category=PTBUserWarning
)


def _seconds(value: int | float | dtm.timedelta) -> float:
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


@contextlib.contextmanager
def _mapped_errors() -> Iterator[None]:
    """Turn PTB's exceptions into :class:`bot.telegram.ClientError` kinds."""
    try:
        yield
    except RetryAfter as exc:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # int retry_after is deprecated in 22.x
            raise RetryLater(_seconds(exc.retry_after)) from None
    except Forbidden:
        raise ChatUnavailable() from None
    except BadRequest as exc:
        if "chat not found" in exc.message.lower():
            raise ChatUnavailable() from None
        raise ClientError("bad-request") from None
    except TimedOut:
        raise ClientError("timeout") from None
    except NetworkError:
        raise ClientError("network") from None
    except TelegramError:
        raise ClientError("api-error") from None


class PtbClient(BotApiClient):
    """:class:`bot.telegram.TelegramClient` over ``telegram.Bot``."""

    async def post_message(
        self, chat_id: int, text: str, reply_markup: str | None, protect_content: bool
    ) -> int:
        fields: dict[str, Any] = {
            "chat_id": chat_id,
            "text": text,
            "protect_content": protect_content,
        }
        if reply_markup is not None:
            fields["reply_markup"] = reply_markup  # JSON text: sent as it is
        # ``do_api_request`` without a return type gives the raw result: PTB does not
        # build a ``Message`` (and its chat, user and keyboard objects) we would not read.
        sent = await self.bot.do_api_request("sendMessage", api_kwargs=fields)
        return int(sent["message_id"])

    def errors(self) -> contextlib.AbstractContextManager[None]:
        return _mapped_errors()


class PtbTransport:
    """Runs a bridge with python-telegram-bot, by long polling or behind a webhook."""

    name = "ptb"

    def __init__(
        self,
        bridge_factory: BridgeFactory,
        *,
        token: str,
        api_url: str | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        listen_host: str = "127.0.0.1",
        listen_port: int = 8080,
        poll_timeout: int = 30,
        drain_timeout: float = 5.0,
    ) -> None:
        quiet_libraries()
        builder = (
            ApplicationBuilder()
            .token(token)
            .concurrent_updates(256)
            .updater(None)  # updates come through bot.transports.intake
            .request(AiohttpRequest())
            .get_updates_request(AiohttpRequest(1))
        )
        if api_url:
            base = api_url.rstrip("/")
            builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
        self.application: Application[Any, Any, Any, Any, Any, Any] = builder.build()
        self.client = PtbClient(self.application.bot)
        self.bridge = bridge_factory(self.client)
        self.application.add_handler(
            MessageHandler(ptb_filters.UpdateType.MESSAGE, self._on_message)
        )
        self.application.add_handler(CallbackQueryHandler(self._on_callback))
        self.application.add_error_handler(self._on_error)
        self.webhook_url = webhook_url
        self.webhook_secret = webhook_secret
        self._initialized = False
        self.intake = Intake(
            self._fetch,
            self._feed,
            webhook_url=webhook_url,
            webhook_secret=self.webhook_secret,
            host=listen_host,
            port=listen_port,
            poll_timeout=poll_timeout,
            drain_timeout=drain_timeout,
            allowed_updates=list(ALLOWED_UPDATES),
        )
        self._stopped = False

    # -- handlers ---------------------------------------------------------------------------

    async def _on_message(self, update: Update, context: Any) -> None:
        message = update.message
        if message is None:
            return
        user = message.from_user
        await self.bridge.on_message(
            message.chat.id,
            message.chat.type,
            message.message_id,
            message.text,
            user.language_code if user else None,
        )

    async def _on_callback(self, update: Update, context: Any) -> None:
        query = update.callback_query
        if query is None:
            return
        msg = query.message
        await self.bridge.on_callback(
            msg.chat.id if msg else None,
            msg.chat.type if msg else None,
            msg.message_id if msg else None,
            query.id,
            query.data,
            query.from_user.language_code if query.from_user else None,
        )

    async def _on_error(self, update: object, context: Any) -> None:
        # The default handler logs the whole update; we log the kind of error only.
        log.error("handler error: %s", type(getattr(context, "error", None)).__name__)

    # -- lifecycle --------------------------------------------------------------------------

    async def start(self) -> None:
        app = self.application
        try:
            await app.initialize()
        except InvalidToken:
            raise StartError(
                "Telegram refused the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN"
            ) from None
        except TelegramError as exc:
            raise StartError(
                f"cannot reach the Telegram Bot API ({type(exc).__name__}): check the "
                "network, or TELEGRAM_API_URL if you use your own Bot API server"
            ) from None
        self._initialized = True
        bot = app.bot
        await self.intake.start(bot)
        log.info("ptb transport started (%s)", self.intake.mode)

    async def _fetch(self, offset: int | None, timeout: int) -> list[RawUpdate]:
        fields: dict[str, Any] = {"timeout": timeout, "allowed_updates": list(ALLOWED_UPDATES)}
        if offset is not None:
            fields["offset"] = offset
        # the raw answer: each update is parsed on its own in _feed
        updates = await self.application.bot.do_api_request(
            "getUpdates", api_kwargs=fields, read_timeout=timeout + 5.0
        )
        return list(updates)

    async def _feed(self, raw: RawUpdate) -> None:
        update = Update.de_json(raw, self.application.bot)
        await self.application.process_update(update)

    async def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        await self.intake.stop()
        await self.bridge.drain(1.0)
        if self._initialized:
            await self.application.shutdown()
        log.info("ptb transport stopped")
