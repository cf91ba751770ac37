"""The webhook refuses a large body before reading it, with or without the secret token.

A Telegram update is a few kilobytes; the limit is 1 MiB. The client below announces a
90 MiB body and sends only its first 64 KiB: a server that reads the body before
deciding would wait for the rest and never answer.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.transports.intake import MAX_BODY_BYTES, SECRET_HEADER
from tests.transports.conftest import Harness, free_port

WEBHOOK_SECRET = "Lq3-webhook_secret-for-the-limit-tests-9f2"
ANNOUNCED = 90 * 1024 * 1024


async def _post(port: int, headers: dict[str, str], body: bytes) -> int:
    """POST by hand; return the status line's code (the answer must come within 20 s)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        head = "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        writer.write(head.encode() + body)
        await writer.drain()
        status = await asyncio.wait_for(reader.readline(), 20)
        return int(status.split()[1])
    finally:
        writer.close()


async def _chunked(port: int, headers: dict[str, str], total: int) -> int:
    """POST ``total`` bytes with chunked encoding (no Content-Length to check)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        head = "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        writer.write(head.encode())
        chunk = b" " * 65536
        sent = 0
        answer: asyncio.Task[bytes] = asyncio.ensure_future(reader.readline())
        while sent < total and not answer.done():
            writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sent += len(chunk)
            try:
                await writer.drain()
            except ConnectionError:
                break
        if not answer.done():
            writer.write(b"0\r\n\r\n")
            with_timeout = await asyncio.wait_for(answer, 20)
        else:
            with_timeout = answer.result()
        return int(with_timeout.split()[1])
    finally:
        writer.close()


@pytest.mark.parametrize("with_secret", [False, True])
async def test_large_webhook_bodies_are_refused_unread(harness: Harness, with_secret: bool) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/hook"
    await harness.restart(webhook_url=url, listen_port=port, webhook_secret=WEBHOOK_SECRET)
    headers = {"Content-Length": str(ANNOUNCED)}
    if with_secret:
        headers[SECRET_HEADER] = WEBHOOK_SECRET
    status = await _post(port, headers, b"{" + b" " * 65535)
    assert status == (413 if with_secret else 401)
    # Without a Content-Length the body is read only up to the limit.
    secret = {SECRET_HEADER: WEBHOOK_SECRET} if with_secret else {}
    assert await _chunked(port, secret, 2 * MAX_BODY_BYTES) == (413 if with_secret else 401)
    # The bot still takes real updates afterwards.
    out = await harness.start_chat(77)
    assert out, "the bot answers after refusing the large bodies"
