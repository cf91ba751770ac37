"""A cache of what the checks need from each Fluent file, keyed by the file's content.

fluent.syntax's parser is pure Python (about 0.1 ms per message). Loading and
checking only needs, per message, its line, variables and references, so those
are cached as JSON (never pickle) in a folder only this user can write:
``$ADVICE_BOT_CACHE``, else ``$XDG_CACHE_HOME/advice-bot``, else
``~/.cache/advice-bot``. ``ADVICE_BOT_CACHE=off`` disables it. A changed file has
a new key, so a stale entry is never used. Formatting parses a language's files
the first time someone reads that language.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import stat
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import fluent.syntax

_VERSION = f"{getattr(fluent.syntax, '__version__', '0')}-{sys.version_info[:2]}-3"


def cache_dir() -> Path | None:
    raw = os.environ.get("ADVICE_BOT_CACHE", "")
    if raw.lower() in ("off", "0", "no", "false"):
        return None
    if raw:
        base = Path(raw)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "advice-bot"
    return base / "ftl"


_usable_dirs: dict[Path, bool] = {}


def _usable(folder: Path) -> bool:
    if folder not in _usable_dirs:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            info = folder.stat()
            # never trust a cache another user could have written into
            ok = info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
        except OSError:
            ok = False
        _usable_dirs[folder] = ok
    return _usable_dirs[folder]


_KEY_PREFIX = f"{_VERSION}\0"
# Values computed ahead of time by :func:`precompute`, until :func:`forget_precomputed`.
_precomputed: dict[str, dict[str, Any]] = {}
PARALLEL_FROM = 8  # files to parse before a pool of processes is worth starting


def _key(text: str) -> str:
    return hashlib.sha256(f"{_KEY_PREFIX}{text}".encode()).hexdigest()


def _read(key: str) -> dict[str, Any] | None:
    folder = cache_dir()
    if folder is None or not _usable(folder):
        return None
    try:
        found = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def precompute(texts: list[str], compute: Callable[[str], dict[str, Any]]) -> None:
    """Compute the values not cached yet, on every core when there are many.

    The first check of a large content set (every file new to the cache) is dominated
    by the pure-Python Fluent parser; files are independent, so they parse in parallel.
    ``compute`` must be a module-level function (it is sent to other processes).
    """
    todo = {_key(t): t for t in texts}
    todo = {k: t for k, t in todo.items() if k not in _precomputed and _read(k) is None}
    cores = os.cpu_count() or 1
    if len(todo) < PARALLEL_FROM or cores < 2:
        return
    # spawn, not fork: the caller may already have threads (a fork would copy held locks)
    context = multiprocessing.get_context("spawn")
    keys = sorted(todo, key=lambda k: -len(todo[k]))  # largest first: the cores finish together
    try:
        with ProcessPoolExecutor(max_workers=min(cores, 8), mp_context=context) as pool:
            values = list(pool.map(compute, [todo[k] for k in keys]))
    except (OSError, RuntimeError):  # processes not possible here: parse in this one
        return
    for key, value in zip(keys, values, strict=True):
        _precomputed[key] = value


def forget_precomputed() -> None:
    _precomputed.clear()


def cached(text: str, compute: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    """``compute(text)`` (JSON-serialisable), remembered across runs by content hash."""
    key = _key(text)
    value = _precomputed.pop(key, None)
    folder = cache_dir()
    if folder is None or not _usable(folder):
        return value if value is not None else compute(text)
    if value is None:
        found = _read(key)
        if found is not None:
            return found
        value = compute(text)
    path = folder / f"{key}.json"
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(value), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
    return value
