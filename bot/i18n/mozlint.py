"""Run Mozilla's Fluent tools over ``locales/``: moz-fluent-linter and compare-locales.

compare-locales compares every language with English file by file; this fails
on any syntax error or warning (plurals, variables) and on an obsolete message or file.
A missing message or file is NOT a failure: workers see English for it until it is
translated, and ``advice-bot check`` lists it as a warning. Used by ``make lint``:
``python -m bot.i18n.mozlint [ROOT]``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

BASE = "en"
# Not "missingEntity" / "missingFile": adding English first is the normal workflow.
BAD = ("error", "warning", "obsoleteEntity", "obsoleteFile")


def _bin(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def compare(root: Path) -> list[str]:
    locales = sorted(p.name for p in (root / "locales").iterdir() if p.is_dir() and p.name != BASE)
    if not locales:
        return []
    with tempfile.TemporaryDirectory() as tmp:
        toml = Path(tmp) / "l10n.toml"
        toml.write_text(
            f'basepath = "{root.resolve()}"\n'
            f"locales = {json.dumps(locales)}\n"
            "[[paths]]\n"
            f'reference = "locales/{BASE}/*.ftl"\n'
            'l10n = "locales/{locale}/*.ftl"\n',
            encoding="utf-8",
        )
        out = subprocess.run(
            [_bin("compare-locales"), "--json", "-", str(toml), str(root)],
            capture_output=True,
            text=True,
            check=False,
        )
    try:
        data: list[dict[str, Any]] = json.loads(out.stdout)
    except ValueError:
        return [f"compare-locales did not run: {out.stderr.strip() or out.stdout.strip()}"]
    problems: list[str] = []

    def walk(node: Any, path: list[str]) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in BAD:
                    problems.append(f"{'/'.join(path)}: {key}: {value}")
                else:
                    walk(value, [*path, key])
        elif isinstance(node, list):
            for item in node:
                walk(item, path)

    for entry in data:
        walk(entry.get("details", {}), [])
    return problems


def lint(root: Path) -> list[str]:
    out = subprocess.run(
        [
            _bin("moz-fluent-lint"),
            "--config",
            str(root / ".fluent-lint.yml"),
            str(root / "locales"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode == 0:
        return []
    return [line for line in out.stdout.splitlines() if line.strip()] or [out.stderr.strip()]


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path.cwd()
    problems = [f"moz-fluent-lint: {p}" for p in lint(root)]
    problems += [f"compare-locales: {p}" for p in compare(root)]
    for p in problems:
        print(p)
    n_locales = sum(1 for p in (root / "locales").iterdir() if p.is_dir())
    print(f"Mozilla Fluent tools: {len(problems)} problem(s) in {n_locales} locale(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
