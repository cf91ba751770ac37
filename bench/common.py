"""Timing helpers: best-of-N wall-clock timing and a result table."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    name: str
    value: float
    unit: str
    baseline_name: str
    baseline: float
    target: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("nan")

    def line(self) -> str:
        return (
            f"{self.name:<44} {self.value:>12.2f} {self.unit:<8} "
            f"{self.ratio:>8.2f}x {self.baseline_name} ({self.baseline:.2f} {self.unit})"
            + (f"   target: {self.target}" if self.target else "")
        )


def best_of(fn: Callable[[], object], *, repeat: int = 5, number: int = 1) -> float:
    """Best time per call in seconds over ``repeat`` rounds of ``number`` calls."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def table(results: list[Result]) -> str:
    head = f"{'benchmark':<44} {'value':>12} {'unit':<8} {'ratio':>9} baseline"
    return "\n".join([head, "-" * len(head), *(r.line() for r in results)])
