"""Operator settings: environment variables, optionally over a TOML file.

Every setting has one environment variable and one TOML key (the variable's name in
lower case without ``ADVICE_BOT_``, e.g. ``ADVICE_BOT_DB`` -> ``db``,
``TELEGRAM_BOT_TOKEN`` -> ``telegram_bot_token``). The environment wins over the file.
The file is named with ``--config FILE`` or ``ADVICE_BOT_CONFIG``.

Anything missing or malformed raises :class:`ConfigError` at start-up, with a message
that names the setting and says what to set: a bot never starts half-configured.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import difflib
import hashlib
import hmac
import ipaddress
import logging
import os
import re
import secrets
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "MIN_SECRET_BYTES",
    "SETTINGS",
    "ConfigError",
    "Settings",
    "load_settings",
    "new_secret",
    "parse_secret",
]

MIN_SECRET_BYTES = 32
CONFIG_ENV = "ADVICE_BOT_CONFIG"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
TOKEN_RE = re.compile(r"^[0-9]{1,20}:[A-Za-z0-9_-]{1,100}$")
WEBHOOK_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class ConfigError(Exception):
    """Configuration is missing or wrong; the message says which setting and how to fix it."""


@dataclass(frozen=True, slots=True)
class Spec:
    env: str
    key: str  # TOML key
    help: str


SETTINGS: tuple[Spec, ...] = (
    Spec("TELEGRAM_BOT_TOKEN", "telegram_bot_token", "the token @BotFather gave you"),
    Spec(
        "TELEGRAM_API_URL",
        "telegram_api_url",
        "base URL of a self-hosted Bot API server, e.g. http://127.0.0.1:8081",
    ),
    Spec("ADVICE_BOT_DB", "db", "SQLite file for sessions (default ./data/advice-bot.db)"),
    Spec("ADVICE_BOT_SECRET", "secret", "server secret: `advice-bot secret new` prints one"),
    Spec(
        "ADVICE_BOT_PREVIOUS_SECRET",
        "previous_secret",
        "the secret before a rotation, kept 48 hours so quick exit still finds old messages",
    ),
    Spec(
        "ADVICE_BOT_SESSION_TTL_MINUTES",
        "session_ttl_minutes",
        "minutes an idle conversation is kept (default 30)",
    ),
    Spec(
        "ADVICE_BOT_RATE_LIMIT_MESSAGES",
        "rate_limit_messages",
        "messages and presses one chat may send per window (default 20)",
    ),
    Spec(
        "ADVICE_BOT_RATE_LIMIT_WINDOW_SECONDS",
        "rate_limit_window_seconds",
        "length of the rate-limit window in seconds (default 60)",
    ),
    Spec(
        "ADVICE_BOT_MAX_TEXT_LENGTH",
        "max_text_length",
        "longest message the bot reads, in characters (default 2000)",
    ),
    Spec(
        "ADVICE_BOT_WEBHOOK_URL",
        "webhook_url",
        "public https URL Telegram posts updates to; unset means long polling",
    ),
    Spec(
        "ADVICE_BOT_WEBHOOK_SECRET",
        "webhook_secret",
        "secret Telegram sends with every webhook call (default: derived from the secret)",
    ),
    Spec(
        "ADVICE_BOT_LISTEN_HOST",
        "listen_host",
        "address the webhook server listens on (default 127.0.0.1)",
    ),
    Spec("ADVICE_BOT_LISTEN_PORT", "listen_port", "port of the webhook server (default 8080)"),
    Spec(
        "ADVICE_BOT_ORGANISER_KEYS",
        "organiser_keys",
        "organiser public keys (x25519:...), comma-separated; unset means no reports",
    ),
    Spec(
        "ADVICE_BOT_REPORT_TTL_DAYS",
        "report_ttl_days",
        "days a sealed report is kept (default 30)",
    ),
    Spec("ADVICE_BOT_LOG_LEVEL", "log_level", "DEBUG, INFO, WARNING or ERROR (default INFO)"),
)
_BY_KEY = {s.key: s for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    telegram_bot_token: str | None = None
    telegram_api_url: str | None = None
    db_path: Path = Path("data/advice-bot.db")
    secret: bytes | None = field(default=None, repr=False)
    previous_secret: bytes | None = field(default=None, repr=False)
    session_ttl_minutes: int = 30
    rate_limit_messages: int = 20
    rate_limit_window_seconds: float = 60.0
    max_text_length: int = 2000
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    listen_host: str = "127.0.0.1"
    listen_port: int = 8080
    organiser_keys: tuple[str, ...] = ()
    report_ttl_days: int = 30
    log_level: str = "INFO"
    source: str = "environment"  # where the settings came from, for messages

    def override(self, **values: Any) -> Settings:
        """A copy with settings given by TOML key (e.g. ``webhook_url=...``), checked the
        same way; None leaves a setting as it is. For command-line options."""
        changes: dict[str, Any] = {}
        for key, value in values.items():
            if value is None:
                continue
            field_name, parse = _PARSERS[key]
            changes[field_name] = parse("--" + key.replace("_", "-"), value)
        return dataclasses.replace(self, **changes)

    def require_token(self) -> str:
        if not self.telegram_bot_token:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is not set: put the token @BotFather gave you in the "
                "environment (or `telegram_bot_token` in the config file), or use "
                "`advice-bot chat` to talk to the bot in the terminal without Telegram"
            )
        return self.telegram_bot_token

    def require_secret(self) -> bytes:
        if self.secret is None:
            raise ConfigError(
                "ADVICE_BOT_SECRET is not set: generate one with `advice-bot secret new` and "
                "put it in the environment (or `secret` in the config file). Keep it: "
                "changing it forgets every conversation in progress"
            )
        return self.secret

    def require_run(self) -> None:
        """Everything ``advice-bot run`` needs; raises the first problem found."""
        self.require_token()
        self.require_secret()

    def effective_webhook_secret(self) -> str | None:
        """The webhook secret token: as configured, else derived from the server secret."""
        if self.webhook_url is None:
            return None
        if self.webhook_secret:
            return self.webhook_secret
        secret = self.require_secret()
        return hmac.new(secret, b"advice-bot webhook secret", hashlib.sha256).hexdigest()


def new_secret() -> str:
    """A fresh server secret: 32 random bytes as hex."""
    return secrets.token_hex(MIN_SECRET_BYTES)


def parse_secret(value: str, name: str = "ADVICE_BOT_SECRET") -> bytes:
    """Hex or base64 (standard or URL-safe) of at least 32 bytes."""
    text = value.strip()
    raw: bytes | None = None
    if re.fullmatch(r"[0-9a-fA-F]+", text) and len(text) % 2 == 0:
        raw = bytes.fromhex(text)
    elif re.fullmatch(r"[A-Za-z0-9+/_-]+=*", text):
        standard = text.rstrip("=").replace("-", "+").replace("_", "/")
        try:
            raw = base64.b64decode(standard + "=" * (-len(standard) % 4), validate=True)
        except binascii.Error:
            raw = None
    if raw is None:
        raise ConfigError(
            f"{name} is not hex or base64: generate one with `advice-bot secret new` and put "
            "it in the environment"
        )
    if len(raw) < MIN_SECRET_BYTES:
        raise ConfigError(
            f"{name} is too short ({len(raw)} bytes; at least {MIN_SECRET_BYTES} are needed): "
            "generate one with `advice-bot secret new` and put it in the environment"
        )
    return raw


# ---- parsing helpers ---------------------------------------------------------------------


def _int(name: str, value: Any, lo: int, hi: int) -> int:
    if isinstance(value, bool):
        raise ConfigError(f"{name} must be a whole number between {lo} and {hi}, not {value!r}")
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise ConfigError(
            f"{name} must be a whole number between {lo} and {hi}, not {value!r}"
        ) from None
    if not lo <= number <= hi:
        raise ConfigError(f"{name} must be between {lo} and {hi}, not {number}")
    return number


def _float(name: str, value: Any, lo: float, hi: float) -> float:
    try:
        number = float(str(value).strip()) if not isinstance(value, int | float) else value
    except ValueError:
        raise ConfigError(f"{name} must be a number between {lo} and {hi}, not {value!r}") from None
    if isinstance(value, bool) or not lo <= number <= hi:
        raise ConfigError(f"{name} must be a number between {lo} and {hi}, not {value!r}")
    return float(number)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _url(name: str, value: Any, *, https_unless_loopback: bool) -> str:
    text = str(value).strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{name} must be an http(s) URL such as https://bot.example.org/hook")
    if https_unless_loopback and parts.scheme != "https" and not _is_loopback(parts.hostname):
        raise ConfigError(
            f"{name} must start with https:// (Telegram only posts to https), "
            "unless it points at this machine (127.0.0.1)"
        )
    return text


def _token(name: str, value: Any) -> str:
    text = str(value).strip()
    if not TOKEN_RE.fullmatch(text):
        raise ConfigError(
            f"{name} does not look like a bot token (digits, a colon, then letters): "
            "copy it again from @BotFather"
        )
    return text


def _keys(name: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, list | tuple):
        items = [str(v) for v in value]
    else:
        items = str(value).replace("\n", ",").split(",")
    keys = tuple(k.strip() for k in items if k.strip())
    for k in keys:
        if not k.startswith("x25519:"):
            raise ConfigError(
                f"{name}: each key must be a line starting with 'x25519:' as printed by "
                "`advice-bot keys new`; separate keys with commas"
            )
    return keys


def _log_level(name: str, value: Any) -> str:
    level = str(value).strip().upper()
    if level == "WARN":
        level = "WARNING"
    if level not in LOG_LEVELS:
        raise ConfigError(f"{name} must be one of {', '.join(LOG_LEVELS)}, not {value!r}")
    return level


def _webhook_secret(name: str, value: Any) -> str:
    text = str(value).strip()
    if not WEBHOOK_SECRET_RE.fullmatch(text):
        raise ConfigError(
            f"{name} may only hold letters, digits, '_' and '-' (1 to 256 of them); "
            "`advice-bot secret new` prints a suitable one"
        )
    return text


def _host(name: str, value: Any) -> str:
    text = str(value).strip()
    if not text or any(c.isspace() for c in text):
        raise ConfigError(f"{name} must be an address such as 127.0.0.1 or 0.0.0.0")
    return text


Parser = Callable[[str, Any], Any]
_PARSERS: dict[str, tuple[str, Parser]] = {
    "telegram_bot_token": ("telegram_bot_token", _token),
    "telegram_api_url": (
        "telegram_api_url",
        lambda n, v: _url(n, v, https_unless_loopback=False),
    ),
    "db": ("db_path", lambda n, v: Path(str(v).strip()).expanduser()),
    "secret": ("secret", lambda n, v: parse_secret(str(v), n)),
    "previous_secret": ("previous_secret", lambda n, v: parse_secret(str(v), n)),
    "session_ttl_minutes": ("session_ttl_minutes", lambda n, v: _int(n, v, 1, 7 * 24 * 60)),
    "rate_limit_messages": ("rate_limit_messages", lambda n, v: _int(n, v, 1, 10_000)),
    "rate_limit_window_seconds": (
        "rate_limit_window_seconds",
        lambda n, v: _float(n, v, 0.1, 86_400),
    ),
    "max_text_length": ("max_text_length", lambda n, v: _int(n, v, 1, 4096)),
    "webhook_url": ("webhook_url", lambda n, v: _url(n, v, https_unless_loopback=True)),
    "webhook_secret": ("webhook_secret", _webhook_secret),
    "listen_host": ("listen_host", _host),
    "listen_port": ("listen_port", lambda n, v: _int(n, v, 1, 65_535)),
    "organiser_keys": ("organiser_keys", _keys),
    "report_ttl_days": ("report_ttl_days", lambda n, v: _int(n, v, 1, 3650)),
    "log_level": ("log_level", _log_level),
}


def _read_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(
            f"the config file {path} does not exist: check --config / {CONFIG_ENV}"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"the config file {path} is not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"the config file {path} cannot be read: {exc.strerror}") from None
    for key in data:
        if key not in _BY_KEY:
            close = difflib.get_close_matches(key, list(_BY_KEY), n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise ConfigError(
                f"{path}: unknown setting '{key}': {hint}known settings are " + ", ".join(_BY_KEY)
            )
    return data


def load_settings(
    env: Mapping[str, str] | None = None, config_file: Path | str | None = None
) -> Settings:
    """Read settings from ``env`` (default ``os.environ``) over an optional TOML file.

    Only formats are checked here; what a command needs (a token, a secret) is checked
    by :meth:`Settings.require_run` and friends, so ``advice-bot chat`` needs neither.
    """
    environ = os.environ if env is None else env
    path_text = str(config_file) if config_file else environ.get(CONFIG_ENV, "").strip()
    values: dict[str, Any] = {}
    source = "environment"
    if path_text:
        path = Path(path_text).expanduser()
        file_data = _read_file(path)
        for key, value in file_data.items():
            field_name, parse = _PARSERS[key]
            values[field_name] = parse(f"{_BY_KEY[key].key} in {path}", value)
        source = f"environment and {path}"
    for spec in SETTINGS:
        raw = environ.get(spec.env)
        if raw is None or raw.strip() == "":
            continue
        field_name, parse = _PARSERS[spec.key]
        values[field_name] = parse(spec.env, raw)
    settings = Settings(**values, source=source)
    if settings.webhook_secret and not settings.webhook_url:
        logging.getLogger(__name__).warning(
            "ADVICE_BOT_WEBHOOK_SECRET is set but ADVICE_BOT_WEBHOOK_URL is not: polling"
        )
    return settings
