"""The organisers' transcript tests (flows/tests/*.yaml) run under pytest too."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import load_content
from bot.transcripts import load_transcript, run_transcript, transcript_files
from tests.helpers import REPO

FILES = transcript_files(REPO)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
async def test_transcript(path: Path) -> None:
    content = load_content(REPO)
    result, _ = await run_transcript(content, path, load_transcript(path))
    assert result.ok, result.report()


def test_there_are_transcripts() -> None:
    assert FILES


async def test_a_wrong_expectation_fails(tmp_path: Path) -> None:
    content = load_content(REPO)
    data = {"lang": "en", "steps": [{"send": "/start", "expect": ["say nothing-like-this"]}]}
    result, actual = await run_transcript(content, tmp_path / "t.yaml", data)
    assert not result.ok
    assert "expected: say nothing-like-this" in result.report()
    assert actual and actual[0]
