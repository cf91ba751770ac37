"""Run every benchmark: ``make bench`` (or ``python -m bench``)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

from .common import Result, table


def main() -> int:
    results: list[Result] = []
    only = set(sys.argv[1:])
    for mod in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda m: m.name):
        if not mod.name.startswith("bench_") or (only and mod.name not in only):
            continue
        module = importlib.import_module(f"bench.{mod.name}")
        print(f"running {mod.name} ...", file=sys.stderr, flush=True)
        results.extend(module.run())
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
