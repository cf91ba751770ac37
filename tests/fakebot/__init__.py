"""A fake Telegram Bot API server for tests; see :mod:`.server`."""

from .server import (
    AnsweredCallback,
    ApiError,
    FakeBotAPI,
    RecordedRequest,
    StoredMessage,
    WebhookDelivery,
)

__all__ = [
    "AnsweredCallback",
    "ApiError",
    "FakeBotAPI",
    "RecordedRequest",
    "StoredMessage",
    "WebhookDelivery",
]
