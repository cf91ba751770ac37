"""A liveness signal for container health checks.

The running bot touches a heartbeat file every ``interval`` seconds while its
event loop is responsive; ``advice-bot health`` says healthy while that file is
fresh. The file holds nothing but a timestamp.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from pathlib import Path

HEARTBEAT_ENV = "ADVICE_BOT_HEARTBEAT"
DEFAULT_INTERVAL = 30.0
DEFAULT_MAX_AGE = 120.0


def heartbeat_path() -> Path | None:
    raw = os.environ.get(HEARTBEAT_ENV, "")
    return Path(raw) if raw else None


def touch(path: Path, now: float | None = None) -> None:
    stamp = now if now is not None else time.time()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(f"{stamp:.0f}\n", encoding="utf-8")
    tmp.replace(path)


def check(path: Path, max_age: float = DEFAULT_MAX_AGE, now: float | None = None) -> str | None:
    """None when healthy, else the reason."""
    try:
        stamp = float(path.read_text(encoding="utf-8").strip())
    except FileNotFoundError:
        return f"no heartbeat at {path}: is `advice-bot run` running?"
    except (OSError, ValueError) as exc:
        return f"cannot read the heartbeat at {path}: {type(exc).__name__}"
    age = (now if now is not None else time.time()) - stamp
    if age > max_age:
        return f"the last heartbeat is {age:.0f} s old (more than {max_age:.0f} s)"
    return None


async def beat(path: Path, interval: float = DEFAULT_INTERVAL) -> None:
    """Touch the heartbeat until cancelled; run as a task beside the transport."""
    while True:
        # a full or read-only disk shows up as an unhealthy container
        with contextlib.suppress(OSError):
            await asyncio.to_thread(touch, path)
        await asyncio.sleep(interval)
