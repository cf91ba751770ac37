"""What goes over the wire to the Bot API, in the form both transports send it.

Imports nothing but the standard library, so the benchmark's echo bots can make their
calls exactly the way our bot makes them without loading the bot.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

__all__ = ["keyboard_json"]


def keyboard_json(rows: Iterable[Iterable[tuple[str, str]]]) -> str | None:
    """An inline keyboard of ``(label, callback data)`` rows as the JSON text the Bot API
    takes for ``reply_markup``; None for no buttons."""
    keyboard = [[{"text": label, "callback_data": data} for label, data in row] for row in rows]
    keyboard = [row for row in keyboard if row]
    if not keyboard:
        return None
    return json.dumps({"inline_keyboard": keyboard}, ensure_ascii=False, separators=(",", ":"))
