"""PTB's HTTP over aiohttp (bot.transports.ptb_wire.AiohttpRequest), against a local server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from telegram import InputFile
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.transports.ptb_wire import AiohttpRequest

TOKEN = "123456:SECRET-token-in-the-url"


async def _echo(request: web.Request) -> web.Response:
    await asyncio.sleep(float(request.query.get("delay", "0")))
    form = await request.post()
    fields = {
        k: (v if isinstance(v, str) else f"file:{v.filename}:{v.file.read().decode()}")
        for k, v in form.items()
    }
    body = {"ok": True, "result": {"fields": fields, "agent": request.headers["User-Agent"]}}
    return web.json_response(body)


@pytest.fixture
async def base() -> AsyncIterator[str]:
    app = web.Application()
    app.router.add_post("/bot{token}/{method}", _echo)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield f"http://127.0.0.1:{port}/bot{TOKEN}"
    await runner.cleanup()


def _data(**fields: object) -> RequestData:
    return RequestData([RequestParameter.from_input(k, v) for k, v in fields.items()])


async def test_posts_fields_and_returns_status_and_body(base: str) -> None:
    async with AiohttpRequest() as request:
        status, body = await request.do_request(
            f"{base}/sendMessage",
            "POST",
            _data(chat_id=7, text="Привіт", reply_markup='{"inline_keyboard":[]}'),
        )
    assert status == 200
    result = json.loads(body)["result"]
    assert result["fields"] == {
        "chat_id": "7",
        "text": "Привіт",
        "reply_markup": '{"inline_keyboard":[]}',
    }
    assert result["agent"] == AiohttpRequest.USER_AGENT


async def test_uploads_files_as_multipart(base: str) -> None:
    async with AiohttpRequest() as request:
        status, body = await request.do_request(
            f"{base}/sendDocument",
            "POST",
            _data(chat_id=7, document=InputFile(b"hello", filename="a.txt", attach=True)),
        )
    assert status == 200
    fields = json.loads(body)["result"]["fields"]
    assert any(v == "file:a.txt:hello" for v in fields.values())


async def test_a_slow_answer_times_out_without_naming_the_url(base: str) -> None:
    async with AiohttpRequest(read_timeout=0.1) as request:
        with pytest.raises(TimedOut) as err:
            await request.do_request(f"{base}/getMe?delay=0.5", "POST")
        assert TOKEN not in str(err.value) and "SECRET" not in repr(err.value)
        # a longer read timeout for one call (PTB adds the long-poll time for getUpdates)
        status, _ = await request.do_request(f"{base}/getMe?delay=0.3", "POST", read_timeout=2)
        assert status == 200


async def test_an_unreachable_server_is_a_network_error_without_the_token() -> None:
    async with AiohttpRequest(connect_timeout=1) as request:
        with pytest.raises(NetworkError) as err:
            await request.do_request(f"http://127.0.0.1:1/bot{TOKEN}/getMe", "POST")
    assert "SECRET" not in str(err.value)


async def test_must_be_initialized_and_can_be_again() -> None:
    request = AiohttpRequest()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request("http://127.0.0.1:1/x", "POST")
    await request.initialize()
    await request.shutdown()
    await request.shutdown()  # twice is harmless
    await request.initialize()  # PTB may initialise a request again after a shutdown
    await request.shutdown()
