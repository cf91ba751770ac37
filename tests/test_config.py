"""Settings from the environment and a TOML file; every mistake named with its fix."""

from __future__ import annotations

import base64
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bot.config import (
    MIN_SECRET_BYTES,
    SETTINGS,
    ConfigError,
    Settings,
    load_settings,
    markdown_table,
    new_secret,
    parse_secret,
)

HEX = "5f0c3e9a71d2b84406ee19c3a7508d2b94f61ce07a3d5b8812c6e0f49b2a7d31"
WEBHOOK_SECRET = "abc_DEF-123-ghi_JKL-456-mno_PQR-789"
KEY = "x25519:" + "A" * 43


def test_defaults() -> None:
    s = load_settings(env={})
    assert s == Settings()
    assert s.db_path == Path("data/advice-bot.db")
    assert (s.session_ttl_minutes, s.max_text_length, s.report_ttl_days) == (30, 2000, 30)
    assert (s.rate_limit_messages, s.rate_limit_window_seconds) == (20, 60.0)
    assert s.telegram_bot_token is None and s.secret is None and s.organiser_keys == ()


def test_environment() -> None:
    s = load_settings(
        env={
            "TELEGRAM_BOT_TOKEN": "123:abc-DEF_1",
            "TELEGRAM_API_URL": "http://127.0.0.1:8081/",
            "ADVICE_BOT_DB": "/var/lib/bot/bot.db",
            "ADVICE_BOT_SECRET": HEX,
            "ADVICE_BOT_SESSION_TTL_MINUTES": "45",
            "ADVICE_BOT_RATE_LIMIT_MESSAGES": "10",
            "ADVICE_BOT_RATE_LIMIT_WINDOW_SECONDS": "30.5",
            "ADVICE_BOT_MAX_TEXT_LENGTH": "1000",
            "ADVICE_BOT_WEBHOOK_URL": "https://bot.example.org/hook",
            "ADVICE_BOT_WEBHOOK_SECRET": WEBHOOK_SECRET,
            "ADVICE_BOT_LISTEN_HOST": "0.0.0.0",
            "ADVICE_BOT_LISTEN_PORT": "9000",
            "ADVICE_BOT_ORGANISER_KEYS": f"{KEY} north, {KEY}",
            "ADVICE_BOT_REPORT_TTL_DAYS": "14",
            "ADVICE_BOT_LOG_LEVEL": "debug",
        }
    )
    assert s.telegram_bot_token == "123:abc-DEF_1"
    assert s.telegram_api_url == "http://127.0.0.1:8081"
    assert s.db_path == Path("/var/lib/bot/bot.db")
    assert s.secret == bytes.fromhex(HEX)
    assert (s.session_ttl_minutes, s.rate_limit_messages, s.rate_limit_window_seconds) == (
        45,
        10,
        30.5,
    )
    assert s.max_text_length == 1000 and s.report_ttl_days == 14 and s.log_level == "DEBUG"
    assert s.webhook_url == "https://bot.example.org/hook" and s.webhook_secret == WEBHOOK_SECRET
    assert (s.listen_host, s.listen_port) == ("0.0.0.0", 9000)
    assert s.organiser_keys == (f"{KEY} north", KEY)
    assert s.effective_webhook_secret() == WEBHOOK_SECRET


def test_every_setting_is_read_from_its_variable() -> None:
    # One variable per setting, all distinct, all documented for operators.
    envs = [spec.env for spec in SETTINGS]
    assert len(set(envs)) == len(envs)
    docs = (Path(__file__).parent.parent / "docs" / "operations.md").read_text(encoding="utf-8")
    for env in envs:
        assert env in docs, f"document {env} in docs/operations.md"


def test_toml_file_and_environment_wins(tmp_path: Path) -> None:
    path = tmp_path / "bot.toml"
    path.write_text(
        f'telegram_bot_token = "1:file"\nsecret = "{HEX}"\nlisten_port = 8443\n'
        f'organiser_keys = ["{KEY} a", "{KEY} b"]\nrate_limit_window_seconds = 5\n',
        encoding="utf-8",
    )
    s = load_settings(env={"TELEGRAM_BOT_TOKEN": "2:env"}, config_file=path)
    assert s.telegram_bot_token == "2:env"
    assert s.listen_port == 8443 and s.secret == bytes.fromhex(HEX)
    assert s.organiser_keys == (f"{KEY} a", f"{KEY} b")
    assert s.rate_limit_window_seconds == 5.0
    assert load_settings(env={"ADVICE_BOT_CONFIG": str(path)}).telegram_bot_token == "1:file"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("listen_prot = 1\n", r"unknown setting 'listen_prot'.*did you mean 'listen_port'"),
        ("listen_port = 'x'\n", r"listen_port in .* must be a whole number"),
        ("secret = 'abc'\n", r"secret in .* too short .*advice-bot secret new"),
        ("this is not toml\n", r"not valid TOML"),
    ],
)
def test_bad_file_names_the_setting(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "bot.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(env={}, config_file=path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"does not exist.*ADVICE_BOT_CONFIG"):
        load_settings(env={}, config_file=tmp_path / "nope.toml")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ADVICE_BOT_SESSION_TTL_MINUTES": "soon"}, "ADVICE_BOT_SESSION_TTL_MINUTES must be"),
        ({"ADVICE_BOT_SESSION_TTL_MINUTES": "0"}, "between 1 and"),
        ({"ADVICE_BOT_LISTEN_PORT": "70000"}, "ADVICE_BOT_LISTEN_PORT must be between"),
        ({"ADVICE_BOT_RATE_LIMIT_WINDOW_SECONDS": "-1"}, "RATE_LIMIT_WINDOW_SECONDS"),
        ({"ADVICE_BOT_MAX_TEXT_LENGTH": "5000"}, "ADVICE_BOT_MAX_TEXT_LENGTH"),
        ({"ADVICE_BOT_LOG_LEVEL": "chatty"}, "ADVICE_BOT_LOG_LEVEL must be one of"),
        ({"TELEGRAM_BOT_TOKEN": "not a token"}, "TELEGRAM_BOT_TOKEN does not look like"),
        ({"TELEGRAM_API_URL": "ftp://x"}, "TELEGRAM_API_URL must be an http"),
        ({"ADVICE_BOT_WEBHOOK_URL": "http://bot.example.org/h"}, "must start with https://"),
        ({"ADVICE_BOT_WEBHOOK_SECRET": "has spaces"}, "ADVICE_BOT_WEBHOOK_SECRET may only"),
        ({"ADVICE_BOT_ORGANISER_KEYS": "rsa:abc"}, "ADVICE_BOT_ORGANISER_KEYS: each key"),
        ({"ADVICE_BOT_SECRET": "!!!"}, "ADVICE_BOT_SECRET is not hex or base64"),
        ({"ADVICE_BOT_SECRET": "ab" * 16}, r"too short \(16 bytes; at least 32"),
        ({"ADVICE_BOT_SECRET": "00" * 32}, "ADVICE_BOT_SECRET is not random"),
        ({"ADVICE_BOT_SECRET": "ab" * 32}, "ADVICE_BOT_SECRET is not random"),
        ({"ADVICE_BOT_SECRET": "0123456789abcdef" * 4}, "ADVICE_BOT_SECRET is not random"),
        ({"ADVICE_BOT_SECRET": bytes(range(10)).hex() * 4}, "ADVICE_BOT_SECRET is not random"),
        ({"ADVICE_BOT_WEBHOOK_SECRET": "x"}, "ADVICE_BOT_WEBHOOK_SECRET is too short"),
        ({"ADVICE_BOT_WEBHOOK_SECRET": "a" * 40}, "ADVICE_BOT_WEBHOOK_SECRET is too short"),
        ({"ADVICE_BOT_WEBHOOK_SECRET": "abc_DEF-123" * 2}, "WEBHOOK_SECRET is too short"),
        ({"TELEGRAM_API_URL": "http://api.example.org"}, "TELEGRAM_API_URL must start with https"),
        ({"TELEGRAM_API_URL": "http://10.0.0.5:8081"}, "TELEGRAM_API_URL must start with https"),
    ],
)
def test_bad_environment_names_the_setting(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(env=env)


def test_loopback_webhook_may_be_http() -> None:
    s = load_settings(env={"ADVICE_BOT_WEBHOOK_URL": "http://127.0.0.1:8080/hook"})
    assert s.webhook_url == "http://127.0.0.1:8080/hook"


def test_loopback_or_https_bot_api() -> None:
    for url in ("http://127.0.0.1:8081", "http://localhost:8081", "http://[::1]:8081"):
        assert load_settings(env={"TELEGRAM_API_URL": url}).telegram_api_url == url
    https = load_settings(env={"TELEGRAM_API_URL": "https://api.example.org"})
    assert https.telegram_api_url == "https://api.example.org"


def test_settings_table_in_the_operations_guide_is_generated() -> None:
    # One declaration per setting; docs/operations.md shows the table printed from it.
    docs = (Path(__file__).parent.parent / "docs" / "operations.md").read_text(encoding="utf-8")
    assert markdown_table() in docs, "run `python -m bot.config --markdown` and paste the table"
    assert [s.key for s in SETTINGS] == [
        "telegram_bot_token", "secret", "previous_secret", "telegram_api_url", "db",
        "session_ttl_minutes", "rate_limit_messages", "rate_limit_window_seconds",
        "max_text_length", "webhook_url",
        "webhook_secret", "listen_host", "listen_port", "organiser_keys", "report_ttl_days",
        "log_level",
    ]  # fmt: skip
    assert all(spec.help and spec.kind for spec in SETTINGS)


def test_markdown_table_from_the_command_line() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "bot.config", "--markdown"], capture_output=True, text=True
    )
    assert out.returncode == 0 and out.stdout == markdown_table()


def test_what_run_needs() -> None:
    with pytest.raises(ConfigError, match=r"TELEGRAM_BOT_TOKEN is not set.*advice-bot chat"):
        Settings().require_run()
    with pytest.raises(
        ConfigError,
        match=r"ADVICE_BOT_SECRET is not set: generate one with `advice-bot secret new` "
        "and put it in the environment",
    ):
        Settings(telegram_bot_token="1:a").require_run()
    Settings(telegram_bot_token="1:a", secret=b"s" * 32).require_run()


def test_webhook_secret_is_derived_from_the_server_secret() -> None:
    s = Settings(secret=b"s" * 32, webhook_url="https://x.org/h")
    derived = s.effective_webhook_secret()
    assert derived and re.fullmatch(r"[A-Za-z0-9_-]{1,256}", derived)
    assert (
        derived
        == Settings(secret=b"s" * 32, webhook_url="https://y.org/").effective_webhook_secret()
    )
    assert (
        derived
        != Settings(secret=b"t" * 32, webhook_url="https://x.org/h").effective_webhook_secret()
    )
    assert Settings(secret=b"s" * 32).effective_webhook_secret() is None


def test_override_checks_like_the_environment() -> None:
    s = Settings().override(webhook_url="https://bot.example.org/t", listen_port=None)
    assert s.webhook_url == "https://bot.example.org/t"
    with pytest.raises(ConfigError, match="--webhook-url must start with https://"):
        Settings().override(webhook_url="http://bot.example.org/t")


def test_secret_is_not_in_repr() -> None:
    s = Settings(secret=b"s" * 32, telegram_bot_token="1:tok", webhook_secret="wh")
    assert "sss" not in repr(s) and "wh'" not in repr(s) and "tok" not in repr(s)


def test_new_secret_parses() -> None:
    a, b = new_secret(), new_secret()
    assert a != b and len(parse_secret(a)) == MIN_SECRET_BYTES


@given(st.binary(min_size=MIN_SECRET_BYTES, max_size=64).filter(lambda b: len(set(b)) >= 16))
def test_secret_in_hex_or_either_base64(raw: bytes) -> None:
    assume(not any(raw == (raw[:p] * 64)[: len(raw)] for p in range(1, len(raw) // 2 + 1)))
    assert parse_secret(raw.hex()) == raw
    assert parse_secret(base64.b64encode(raw).decode()) == raw
    assert parse_secret(base64.urlsafe_b64encode(raw).decode().rstrip("=")) == raw


def test_one_minimum_secret_length_everywhere() -> None:
    # Sessions and sealed reports refuse what the settings refuse: under 32 bytes.
    from bot.reports.store import receipt_hash
    from bot.storage import ChatKeys

    short = bytes(range(MIN_SECRET_BYTES - 1))
    with pytest.raises(ValueError, match=f"at least {MIN_SECRET_BYTES}"):
        ChatKeys(short)
    with pytest.raises(ValueError, match=f"at least {MIN_SECRET_BYTES}"):
        receipt_hash("ABCD-EFGH", short)
    ChatKeys(short + b"!")
