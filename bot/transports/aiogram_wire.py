"""aiogram's side of :mod:`bot.transports.wire`: a lean ``sendMessage``.

Imports only aiogram and pydantic (see :mod:`bot.transports.wire` for why).
"""

from __future__ import annotations

from typing import Any

from aiogram.methods.base import TelegramMethod
from pydantic import BaseModel, ConfigDict

__all__ = ["GetRawUpdates", "SendMessage", "SentMessage"]


class SentMessage(BaseModel):
    """The one field of a sent message the bridge reads; aiogram parses nothing else."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    message_id: int


class SendMessage(TelegramMethod[SentMessage]):
    """``sendMessage`` with the keyboard already JSON text
    (:func:`bot.transports.wire.keyboard_json`) and only ``message_id`` parsed from the
    answer. aiogram's own ``SendMessage`` validates a keyboard model on the way out and a
    whole ``Message`` on the way back."""

    __returning__ = SentMessage
    __api_method__ = "sendMessage"

    chat_id: int
    text: str
    protect_content: bool = True
    reply_markup: str | None = None


class GetRawUpdates(TelegramMethod[list[dict[str, Any]]]):
    """``getUpdates`` answered as plain JSON objects: each update is parsed on its own
    (:mod:`bot.transports.intake`), so one malformed update cannot stop the others."""

    __returning__ = list[dict[str, Any]]
    __api_method__ = "getUpdates"

    offset: int | None = None
    limit: int | None = None
    timeout: int | None = None
    allowed_updates: list[str] | None = None
