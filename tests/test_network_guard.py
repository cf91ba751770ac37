"""The session-wide guard in conftest.py refuses the network but allows loopback."""

from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import Iterator

import aiohttp
import pytest

REMOTE = ("10.1.2.3", 80)


@pytest.fixture
def listener() -> Iterator[tuple[str, int]]:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen()
    try:
        yield server.getsockname()
    finally:
        server.close()


def test_socket_connect_to_remote_is_refused() -> None:
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
        pytest.raises(RuntimeError, match="test tried to reach the network"),
    ):
        sock.connect(REMOTE)


def test_connect_ex_and_create_connection_to_remote_are_refused() -> None:
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
        pytest.raises(RuntimeError, match=re.escape("10.1.2.3")),
    ):
        sock.connect_ex(REMOTE)
    with pytest.raises(RuntimeError, match="test tried to reach the network"):
        socket.create_connection(REMOTE, timeout=1)


def test_name_lookup_is_refused() -> None:
    with pytest.raises(RuntimeError, match=re.escape("api.telegram.org")):
        socket.getaddrinfo("api.telegram.org", 443)


async def test_asyncio_and_aiohttp_to_remote_are_refused() -> None:
    with pytest.raises(RuntimeError, match="test tried to reach the network"):
        await asyncio.open_connection(*REMOTE)
    async with aiohttp.ClientSession() as session:
        with pytest.raises(RuntimeError, match="test tried to reach the network"):
            await session.get("https://api.telegram.org/")


def test_loopback_connection_works(listener: tuple[str, int]) -> None:
    with socket.create_connection(listener, timeout=1) as sock:
        assert sock.getpeername() == listener
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        assert sock.connect_ex(listener) == 0
    assert socket.getaddrinfo("localhost", listener[1])


async def test_asyncio_loopback_connection_works(listener: tuple[str, int]) -> None:
    _reader, writer = await asyncio.open_connection(*listener)
    writer.close()
    await writer.wait_closed()
