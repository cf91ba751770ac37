"""The wire format both transports send, and that it stays importable on its own."""

from __future__ import annotations

import json
import subprocess
import sys

from bot.transports.wire import keyboard_json
from tests.helpers import REPO


def test_keyboard_json_is_the_bot_api_inline_keyboard() -> None:
    text = keyboard_json([[("Polski", "1a:0"), ("اردو", "1a:1")], [("Leave now", "1a:2")]])
    assert text is not None
    assert json.loads(text) == {
        "inline_keyboard": [
            [
                {"text": "Polski", "callback_data": "1a:0"},
                {"text": "اردو", "callback_data": "1a:1"},
            ],
            [{"text": "Leave now", "callback_data": "1a:2"}],
        ]
    }
    assert "اردو" in text  # sent as UTF-8, not \\u escapes: shorter on the wire


def test_no_buttons_means_no_keyboard() -> None:
    assert keyboard_json([]) is None
    assert keyboard_json([[], []]) is None


def test_the_wire_modules_import_nothing_of_the_bot() -> None:
    # bench/echo_bots.py makes its calls with these without loading our bot
    code = (
        "import sys, bot.transports.wire, bot.transports.aiogram_wire; "
        "print(sorted(m for m in sys.modules if m.startswith('bot')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == str(
        ["bot", "bot.transports", "bot.transports.aiogram_wire", "bot.transports.wire"]
    )
