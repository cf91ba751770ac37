"""No log record, from our code or any library, carries what a worker wrote or who they are."""

from __future__ import annotations

import logging
import traceback

import pytest

from tests.transports.conftest import TOKEN, Harness

CHAT = 804_611_273
NAME = "Philomena"
STORY = "Ignatius groped me in the stockroom"
LONG = "Marmalade " * 300


def _rendered(record: logging.LogRecord) -> str:
    text = f"{record.name} {record.getMessage()}"
    if record.exc_info:
        text += "".join(traceback.format_exception(*record.exc_info))
    if record.exc_text:
        text += record.exc_text
    if record.stack_info:
        text += record.stack_info
    return text


async def test_logs_hold_no_text_ids_names_or_token(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    await harness.restart()  # start-up logs at DEBUG too
    api = harness.api
    await harness.send(CHAT, "/start pl__visa", first_name=NAME, language_code="pl")
    await harness.send(CHAT, "/restart", first_name=NAME)
    await harness.press(CHAT, "Tell us")
    await harness.send(CHAT, STORY, first_name=NAME)
    await harness.send(CHAT, "/mysterycommand", first_name=NAME)
    await harness.send(CHAT, LONG, first_name=NAME)
    menu = api.sent(CHAT)[-1]
    await harness.press_data(CHAT, "forged:data", menu.message_id, strict=False)
    api.fail_next("sendMessage", error_code=400, description=f"Bad Request: {STORY}")
    await harness.send(CHAT, "/help", first_name=NAME)
    api.fail_next("sendMessage", error_code=403, description="Forbidden: bot was blocked")
    await harness.send(CHAT, "/help", first_name=NAME)
    await harness.send(-100_424_242, "hello group", chat_type="group", user_id=CHAT)
    await harness.send(CHAT, "/exit", first_name=NAME)
    await harness.stop()

    records = [r for phase in ("setup", "call") for r in caplog.get_records(phase)]  # type: ignore[arg-type]
    assert any(r.name.startswith("bot.") for r in records), "our own logs should be captured"
    forbidden = [
        str(CHAT),
        "424242",
        NAME,
        "Ignatius",
        "stockroom",
        "Marmalade",
        "mysterycommand",
        "forged:data",
        TOKEN,
        TOKEN.split(":")[1],
    ]
    for record in records:
        text = _rendered(record)
        for needle in forbidden:
            assert needle not in text, f"{needle!r} leaked into a log record: {text[:300]}"
