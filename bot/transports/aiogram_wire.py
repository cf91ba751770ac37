"""aiogram's side of :mod:`bot.transports.wire`: a lean ``sendMessage``.

Imports only aiogram and pydantic (see :mod:`bot.transports.wire` for why).
"""

from __future__ import annotations

from aiogram.methods.base import TelegramMethod
from pydantic import BaseModel, ConfigDict

__all__ = ["SendMessage", "SentMessage"]


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
