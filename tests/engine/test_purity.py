"""The engine is pure: nothing under bot/engine imports I/O, clocks or randomness.

tests/test_imports.py checks the whole import graph (no cycles; the engine imports
only itself, pydantic, yaml and the pure standard library); this names the modules
an engine change is most likely to reach for, including lazy imports.
"""

from __future__ import annotations

import ast
from pathlib import Path

import bot.engine

FORBIDDEN = {
    "aiogram",
    "telegram",
    "sqlite3",
    "sqlite_utils",
    "socket",
    "asyncio",
    "aiohttp",
    "httpx",
    "requests",
    "urllib",
    "http",
    "time",
    "datetime",
    "random",
    "secrets",
    "os",
    "pathlib",
    "io",
    "subprocess",
    "shutil",
    "logging",
    "threading",
    "uuid",
    "tempfile",
    "bot.storage",
    "bot.transports",
    "bot.service",
    "bot.reports",
    "bot.cli",
    "bot.content",
    "bot.render",
    "bot.telegram",
    "bot.app",
    "bot.config",
    "bot.i18n",
    "bot.directory",
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level > 1:
            found.add("bot." + (node.module or ""))  # out of bot/engine: upward
    return found


def test_engine_imports_no_io() -> None:
    engine_dir = Path(bot.engine.__file__).parent
    files = sorted(engine_dir.glob("*.py"))
    assert len(files) >= 8
    offenders = []
    for path in files:
        for name in _imports(path):
            top = name.split(".")[0]
            if top in FORBIDDEN or any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
                offenders.append(f"{path.name} imports {name}")
    assert offenders == []


def test_purity_check_catches_an_io_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import sqlite3\nfrom time import monotonic\n\ndef f():\n    from ..render import x\n"
    )
    assert {"sqlite3", "time", "bot.render"} <= _imports(bad)
