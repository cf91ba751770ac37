"""Telegram over aiogram 3: a thin adapter around :class:`bot.telegram.TelegramBridge`.

Handlers turn aiogram ``Message`` / ``CallbackQuery`` objects into bridge calls;
:class:`AiogramClient` implements :class:`bot.telegram.TelegramClient` over
``aiogram.Bot``. Updates come by long polling or a webhook through
:mod:`bot.transports.intake` (which confirms an update only once it was handled, and
limits webhook bodies) and are fed to aiogram's ``Dispatcher`` one by one. A
self-hosted Bot API server is used when ``api_url`` is given.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

import aiohttp
from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramUnauthorizedError,
)
from aiogram.methods.base import Response
from aiogram.types import CallbackQuery, Message, Update, User

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
from .aiogram_wire import GetRawUpdates, SendMessage, SentMessage
from .intake import Intake, RawUpdate

__all__ = ["AiogramClient", "AiogramTransport"]

log = logging.getLogger(__name__)


# pydantic keeps parametrised generic models in a weak cache, and aiogram asks for
# ``Response[T]`` on every API call: without a strong reference the class is rebuilt (a
# full schema build, about 10 ms) whenever the garbage collector has dropped it, which
# under load happened on one call in ten. Holding the ones we use keeps them built.
_RESPONSE_TYPES = (
    Response[SentMessage],
    Response[bool],
    Response[list[dict[str, Any]]],
    Response[User],
)


@contextlib.contextmanager
def _mapped_errors() -> Iterator[None]:
    """Turn aiogram's exceptions into :class:`bot.telegram.ClientError` kinds."""
    try:
        yield
    except TelegramRetryAfter as exc:
        raise RetryLater(float(exc.retry_after)) from None
    except TelegramForbiddenError:
        raise ChatUnavailable() from None
    except TelegramBadRequest as exc:
        if "chat not found" in exc.message.lower():
            raise ChatUnavailable() from None
        raise ClientError("bad-request") from None
    except TelegramNotFound:
        raise ClientError("not-found") from None
    except TelegramNetworkError:
        raise ClientError("network") from None
    except TelegramAPIError:
        raise ClientError("api-error") from None
    except (aiohttp.ClientError, TimeoutError):
        raise ClientError("network") from None


class AiogramClient(BotApiClient):
    """:class:`bot.telegram.TelegramClient` over ``aiogram.Bot``."""

    async def post_message(
        self, chat_id: int, text: str, reply_markup: str | None, protect_content: bool
    ) -> int:
        method = SendMessage(
            chat_id=chat_id, text=text, protect_content=protect_content, reply_markup=reply_markup
        )
        sent: SentMessage = await self.bot(method)
        return sent.message_id

    def errors(self) -> contextlib.AbstractContextManager[None]:
        return _mapped_errors()


class AiogramTransport:
    """Runs a bridge with aiogram, by long polling or behind a webhook."""

    name = "aiogram"

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
        api = TelegramAPIServer.from_base(api_url) if api_url else None
        session = AiohttpSession(api=api) if api is not None else AiohttpSession()
        self.bot = Bot(token, session=session)
        self.client = AiogramClient(self.bot)
        self.bridge = bridge_factory(self.client)
        self.dispatcher = Dispatcher(disable_fsm=True)  # our sessions live in SQLite
        self.dispatcher.message.register(self._on_message)
        self.dispatcher.callback_query.register(self._on_callback)
        self.webhook_url = webhook_url
        self.webhook_secret = webhook_secret
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

    async def _on_message(self, message: Message) -> None:
        user = message.from_user
        await self.bridge.on_message(
            message.chat.id,
            message.chat.type,
            message.message_id,
            message.text,
            user.language_code if user else None,
        )

    async def _on_callback(self, query: CallbackQuery) -> None:
        msg = query.message
        await self.bridge.on_callback(
            msg.chat.id if msg else None,
            msg.chat.type if msg else None,
            msg.message_id if msg else None,
            query.id,
            query.data,
            query.from_user.language_code if query.from_user else None,
        )

    # -- lifecycle --------------------------------------------------------------------------

    async def start(self) -> None:
        try:
            await self.bot.get_me()
        except TelegramUnauthorizedError:
            raise StartError(
                "Telegram refused the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN"
            ) from None
        except (TelegramAPIError, aiohttp.ClientError, TimeoutError) as exc:
            raise StartError(
                f"cannot reach the Telegram Bot API ({type(exc).__name__}): check the "
                "network, or TELEGRAM_API_URL if you use your own Bot API server"
            ) from None
        await self.intake.start(self.bot)
        log.info("aiogram transport started (%s)", self.intake.mode)

    async def _fetch(self, offset: int | None, timeout: int) -> list[RawUpdate]:
        method = GetRawUpdates(offset=offset, timeout=timeout, allowed_updates=ALLOWED_UPDATES)
        updates: list[RawUpdate] = await self.bot(
            method, request_timeout=int(self.bot.session.timeout + timeout)
        )
        return updates

    async def _feed(self, raw: RawUpdate) -> None:
        update = Update.model_validate(raw, context={"bot": self.bot})
        await self.dispatcher.feed_update(self.bot, update)

    async def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        await self.intake.stop()
        await self.bridge.drain(1.0)
        await self.bot.session.close()
        log.info("aiogram transport stopped")
