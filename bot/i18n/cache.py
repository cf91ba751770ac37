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
import os
import stat
import sys
from collections.abc import Callable
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


def cached(text: str, compute: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    """``compute(text)`` (JSON-serialisable), remembered across runs by content hash."""
    folder = cache_dir()
    if folder is None or not _usable(folder):
        return compute(text)
    key = hashlib.sha256(f"{_VERSION}\0{text}".encode()).hexdigest()
    path = folder / f"{key}.json"
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(found, dict):
            return found
    except (OSError, ValueError):
        pass
    value = compute(text)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(value), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
    return value
