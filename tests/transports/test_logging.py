"""No log record, from our code or any library, carries what a worker wrote or who they are."""

from __future__ import annotations

import asyncio
import logging
import traceback
import warnings
from collections.abc import Iterator

import pytest

from bot.logs import LIBRARY_LOGGERS, configure_logging
from tests.transports.conftest import TOKEN, Harness, free_port

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


@pytest.fixture
def logging_as_in_production(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """``configure_logging("DEBUG")`` as `advice-bot run` does, with every library logger
    opened to DEBUG as well, and pytest's capture handler kept on the root logger."""
    root = logging.getLogger()
    saved = (
        logging.getLogRecordFactory(),
        warnings.showwarning,
        list(root.handlers),
        root.level,
        {name: logging.getLogger(name).level for name in LIBRARY_LOGGERS},
    )
    configure_logging("DEBUG")
    root.addHandler(caplog.handler)
    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield
    finally:
        factory, showwarning, handlers, level, levels = saved
        logging.setLogRecordFactory(factory)
        warnings.showwarning = showwarning
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)
        for name, lib_level in levels.items():
            logging.getLogger(name).setLevel(lib_level)


@pytest.mark.usefixtures("logging_as_in_production")
@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_no_record_at_any_level_holds_a_malformed_updates_data(
    harness: Harness, caplog: pytest.LogCaptureFixture, mode: str
) -> None:
    from tests.test_run_faults import (
        CANARY_CHAT,
        CANARY_NAME,
        CANARY_TEXT,
        CANARY_USER,
        MALFORMED,
    )

    caplog.set_level(logging.DEBUG)
    if mode == "webhook":
        port = free_port()
        await harness.restart(
            webhook_url=f"http://127.0.0.1:{port}/hook",
            listen_port=port,
            webhook_secret="a-webhook-secret-of-enough-length-41x9",
        )
    harness.api.raise_webhook_errors = False
    for update in MALFORMED:
        await harness.api.push_update(update)
    await harness.send(CANARY_CHAT, CANARY_TEXT, first_name=CANARY_NAME)
    warnings.warn(f"a library warning quoting {CANARY_TEXT}", UserWarning, stacklevel=1)
    asyncio.get_running_loop().call_exception_handler(
        {"message": f"Task exception was never retrieved\nfuture: {CANARY_NAME}"}
    )
    await harness.stop()
    records = [r for phase in ("setup", "call") for r in caplog.get_records(phase)]  # type: ignore[arg-type]
    assert any(not r.name.startswith("bot") for r in records), "library records are captured"
    assert any("Python warning UserWarning" in r.getMessage() for r in records)
    for record in records:
        text = _rendered(record)
        for needle in (CANARY_TEXT, CANARY_NAME, CANARY_USER, str(CANARY_CHAT)):
            assert needle not in text, f"{needle!r} leaked into a log record: {text[:300]}"
