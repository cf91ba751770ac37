"""python-telegram-bot's HTTP over aiohttp: a :class:`telegram.request.BaseRequest`.

PTB makes its HTTP calls through a pluggable request object (``ApplicationBuilder.request``
and ``.get_updates_request``); its default, ``HTTPXRequest``, goes through httpx and
httpcore, whose connection pool cost more CPU per call than everything else our bot
does for an update (``make bench``: PTB with this class handles more than twice the
updates per second). aiohttp is already here for aiogram and the webhook server. The
python-telegram-bot team keep a similar class in ptbcontrib, which is not on PyPI.

Imports only PTB and aiohttp, so the benchmark's echo bots can use it without loading
our bot (see :mod:`bot.transports.wire`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

if TYPE_CHECKING:  # PTB's own name for a timeout argument's type
    from telegram._utils.types import ODVInput

__all__ = ["AiohttpRequest"]


class AiohttpRequest(BaseRequest):
    """PTB requests over one :class:`aiohttp.ClientSession`.

    Timeouts follow ``HTTPXRequest``'s defaults and meaning where aiohttp has one:
    ``connect_timeout`` is the TCP connect, ``pool_timeout`` plus that the wait for a
    free connection, ``read_timeout`` the longest silence while reading the answer (PTB
    adds the long-poll time to it for ``getUpdates``). aiohttp has no write timeout:
    ``write_timeout`` counts towards an overall limit of all four together.

    Errors carry the kind of failure only, never the URL (it holds the bot token).
    """

    __slots__ = ("_session", "_size", "_timeouts")

    def __init__(
        self,
        connection_pool_size: int = 256,
        *,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
    ) -> None:
        self._size = connection_pool_size
        self._timeouts = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._timeouts[0]

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._size)
            # like httpx before it: HTTPS_PROXY / NO_PROXY from the environment are honoured
            self._session = aiohttp.ClientSession(connector=connector, trust_env=True)

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("this AiohttpRequest is not initialized")
        given: tuple[object, ...] = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        read, write, connect, pool = (
            default if value is BaseRequest.DEFAULT_NONE else cast(float | None, value)
            for value, default in zip(given, self._timeouts, strict=True)
        )
        parts = (read, write, connect, pool)
        timeout = aiohttp.ClientTimeout(
            total=None if None in parts else sum(p for p in parts if p is not None),
            connect=None if connect is None or pool is None else connect + pool,
            sock_connect=connect,
            sock_read=read,
        )
        data = self._body(request_data)
        try:
            async with self._session.request(
                method, url, data=data, timeout=timeout, headers={"User-Agent": self.USER_AGENT}
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:  # asyncio.TimeoutError is TimeoutError from 3.11
            raise TimedOut(f"aiohttp: {type(exc).__name__}") from None
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp: {type(exc).__name__}") from None

    @staticmethod
    def _body(request_data: RequestData | None) -> aiohttp.FormData | dict[str, str] | None:
        if request_data is None:
            return None
        fields = request_data.json_parameters
        files = request_data.multipart_data
        if not files:
            return fields or None
        form = aiohttp.FormData(fields)
        for name, (filename, content, mimetype) in files.items():
            form.add_field(name, content, filename=filename, content_type=mimetype)
        return form
