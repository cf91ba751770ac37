"""Shared pytest configuration for the whole test suite.

For now this holds one thing: a session-wide guard that makes any attempt to reach the
network fail loudly. Tests may only talk to loopback (127.0.0.0/8, ::1, "localhost"), e.g. to
the fake Telegram Bot API in ``tests/fakebot``. Add further fixtures below the guard.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from typing import Any

import pytest

# The real functions, captured before anything is patched.
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_create_connection = socket.create_connection
_real_getaddrinfo = socket.getaddrinfo


def _is_loopback_host(host: Any) -> bool:
    """True for "localhost", any 127.0.0.0/8 address, ::1 and IPv4-mapped ::ffff:127.x."""
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host.lower() == "localhost":
        return True
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])  # drop an IPv6 zone id ("%eth0")
    except ValueError:
        return False  # a host name other than localhost would need DNS: refuse it
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def _refuse(target: Any) -> RuntimeError:
    return RuntimeError(f"test tried to reach the network: {target!r}")


def _check_socket_address(sock: socket.socket, address: Any) -> None:
    # Only internet sockets are guarded: AF_UNIX paths and the like never leave the machine.
    if sock.family not in (socket.AF_INET, socket.AF_INET6):
        return
    host = address[0] if isinstance(address, tuple) and address else address
    if not _is_loopback_host(host):
        raise _refuse(address)


def _guarded_connect(self: socket.socket, address: Any) -> None:
    _check_socket_address(self, address)
    _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> int:
    _check_socket_address(self, address)
    return _real_connect_ex(self, address)


def _guarded_create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
    if not _is_loopback_host(address[0]):
        raise _refuse(address)
    return _real_create_connection(address, *args, **kwargs)


def _guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    # host=None asks for the local (loopback or wildcard) address: no lookup, allowed.
    if host is not None and not _is_loopback_host(host):
        raise _refuse(host)
    return _real_getaddrinfo(host, *args, **kwargs)


@pytest.fixture(scope="session", autouse=True)
def _no_network() -> Iterator[None]:
    """Refuse every non-loopback connection or name lookup for the whole session.

    asyncio, aiohttp and httpx all end up in ``socket.socket.connect`` (and look names up with
    ``socket.getaddrinfo``), so patching these four covers the Telegram libraries too.
    ``pytest.MonkeyPatch.context()`` is used because the ``monkeypatch`` fixture is
    function-scoped and cannot serve a session fixture.
    """
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", _guarded_connect)
        mp.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
        mp.setattr(socket, "create_connection", _guarded_create_connection)
        mp.setattr(socket, "getaddrinfo", _guarded_getaddrinfo)
        yield


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the Fluent summary cache of test runs out of the user's ~/.cache."""
    mp = pytest.MonkeyPatch()
    mp.setenv("ADVICE_BOT_CACHE", str(tmp_path_factory.mktemp("advice-bot-cache")))
    # A proxy in the environment would send loopback traffic through it (httpx honours it).
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        mp.delenv(name, raising=False)
    yield
    mp.undo()
