"""The engine is pure: nothing under bot/engine imports I/O, clocks or randomness."""

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
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
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
    bad.write_text("import sqlite3\nfrom time import monotonic\n")
    assert {"sqlite3", "time"} <= _imports(bad)
