"""The container health check: healthy while the heartbeat is fresh."""

from __future__ import annotations

import asyncio
from pathlib import Path

from click.testing import CliRunner

from bot.cli import main
from bot.health import beat, check, touch


def test_fresh_stale_and_missing(tmp_path: Path) -> None:
    hb = tmp_path / "hb"
    assert check(hb) is not None and "no heartbeat" in str(check(hb))
    touch(hb, now=1000)
    assert check(hb, max_age=120, now=1100) is None
    assert "old" in str(check(hb, max_age=120, now=1200))
    hb.write_text("garbage")
    assert check(hb) is not None


async def test_beat_touches_until_cancelled(tmp_path: Path) -> None:
    hb = tmp_path / "sub" / "hb"
    task = asyncio.create_task(beat(hb, interval=0.01))
    for _ in range(200):
        if hb.exists():
            break
        await asyncio.sleep(0.01)
    task.cancel()
    assert check(hb) is None


def test_cli(tmp_path: Path) -> None:
    hb = tmp_path / "hb"
    runner = CliRunner()
    assert runner.invoke(main, ["health", "--heartbeat", str(hb)]).exit_code == 1
    touch(hb)
    result = runner.invoke(main, ["health", "--heartbeat", str(hb)])
    assert result.exit_code == 0 and "healthy" in result.output
