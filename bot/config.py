"""Operator settings: environment variables, optionally over a TOML file.

Every setting is declared once, as a field of :class:`Settings` made with
:func:`setting`: its environment variable, its type, its default, its help and its
parser. Its TOML key is the variable's name in lower case without ``ADVICE_BOT_``
(``ADVICE_BOT_DB`` -> ``db``, ``TELEGRAM_BOT_TOKEN`` -> ``telegram_bot_token``). The
environment wins over the file, which is named with ``--config FILE`` or
``ADVICE_BOT_CONFIG``. The settings table in docs/operations.md is printed from these
declarations by ``python -m bot.config --markdown`` (a test keeps the two equal).

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
import sys
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "MIN_SECRET_BYTES",
    "MIN_WEBHOOK_SECRET_CHARS",
    "SETTINGS",
    "ConfigError",
    "Settings",
    "Spec",
    "load_settings",
    "markdown_table",
    "new_secret",
    "parse_secret",
]

#: The one minimum length of a server secret, in bytes, used by sessions and reports too.
MIN_SECRET_BYTES = 32
#: A random secret of 32 bytes has about 30 distinct byte values; fewer than this means
#: it was typed or patterned by hand (all zeros, one byte repeated, "abab…").
MIN_DISTINCT_SECRET_BYTES = 16
MIN_WEBHOOK_SECRET_CHARS = 32
CONFIG_ENV = "ADVICE_BOT_CONFIG"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
TOKEN_RE = re.compile(r"^[0-9]{1,20}:[A-Za-z0-9_-]{1,100}$")
WEBHOOK_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class ConfigError(Exception):
    """Configuration is missing or wrong; the message says which setting and how to fix it."""


# ---- parsing helpers ---------------------------------------------------------------------

Parser = Callable[[str, Any], Any]


def new_secret() -> str:
    """A fresh server secret: 32 random bytes as hex."""
    return secrets.token_hex(MIN_SECRET_BYTES)


def _periodic(raw: bytes) -> bool:
    """True if ``raw`` is a short pattern repeated (``abcabcabc…``)."""
    return any(
        raw == (raw[:period] * (len(raw) // period + 1))[: len(raw)]
        for period in range(1, len(raw) // 2 + 1)
    )


def parse_secret(value: str, name: str = "ADVICE_BOT_SECRET") -> bytes:
    """Hex or base64 (standard or URL-safe) of at least 32 random-looking bytes."""
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
    if len(set(raw)) < MIN_DISTINCT_SECRET_BYTES or _periodic(raw):
        raise ConfigError(
            f"{name} is not random (it repeats a few bytes, e.g. all zeros): generate one "
            "with `advice-bot secret new` and put it in the environment"
        )
    return raw


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


def _url(name: str, value: Any, *, why_https: str) -> str:
    text = str(value).strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{name} must be an http(s) URL such as https://bot.example.org/hook")
    if parts.scheme != "https" and not _is_loopback(parts.hostname):
        raise ConfigError(
            f"{name} must start with https:// ({why_https}), "
            "unless it points at this machine (127.0.0.1)"
        )
    return text


def _api_url(name: str, value: Any) -> str:
    return _url(name, value, why_https="plain http would carry the bot token and every message")


def _webhook_url(name: str, value: Any) -> str:
    return _url(name, value, why_https="Telegram only posts to https")


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
    if len(text) < MIN_WEBHOOK_SECRET_CHARS or len(set(text)) < MIN_DISTINCT_SECRET_BYTES:
        raise ConfigError(
            f"{name} is too short or not random (at least {MIN_WEBHOOK_SECRET_CHARS} "
            "characters are needed): `advice-bot secret new` prints a suitable one, or leave "
            "it unset to derive one from ADVICE_BOT_SECRET"
        )
    return text


def _host(name: str, value: Any) -> str:
    text = str(value).strip()
    if not text or any(c.isspace() for c in text):
        raise ConfigError(f"{name} must be an address such as 127.0.0.1 or 0.0.0.0")
    return text


def _path(name: str, value: Any) -> Path:
    return Path(str(value).strip()).expanduser()


def _secret(name: str, value: Any) -> bytes:
    return parse_secret(str(value), name)


def _between(lo: int, hi: int) -> Parser:
    return lambda n, v: _int(n, v, lo, hi)


# ---- the settings ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Spec:
    """How one setting is read and documented (kept in its :class:`Settings` field)."""

    env: str  # environment variable
    kind: str  # its type, in words, for the docs
    help: str
    parse: Parser
    shown_default: str | None = None  # the default in words, where the value says little

    @property
    def key(self) -> str:
        """The TOML key: the variable in lower case without ``ADVICE_BOT_``."""
        return self.env.lower().removeprefix("advice_bot_")


def setting(
    env: str,
    default: Any,
    kind: str,
    help: str,
    parse: Parser,
    *,
    shown: str | None = None,
    secret: bool = False,
) -> Any:
    """Declare one setting: a :class:`Settings` field carrying its :class:`Spec`."""
    spec = Spec(env, kind, help, parse, shown)
    return field(default=default, repr=not secret, metadata={"spec": spec})


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting, each declared once with :func:`setting` (the docs table comes from
    here: ``python -m bot.config --markdown``)."""

    telegram_bot_token: str | None = setting(
        "TELEGRAM_BOT_TOKEN", None, "token", "the token @BotFather gave you", _token,
        shown="– (required)", secret=True,
    )  # fmt: skip
    secret: bytes | None = setting(
        "ADVICE_BOT_SECRET", None, "secret",
        f"server secret, {MIN_SECRET_BYTES}+ random bytes as hex or base64: "
        "`advice-bot secret new`",
        _secret, shown="– (required)", secret=True,
    )  # fmt: skip
    previous_secret: bytes | None = setting(
        "ADVICE_BOT_PREVIOUS_SECRET", None, "secret",
        "the secret before a rotation: keep it set for 48 hours after changing "
        "`ADVICE_BOT_SECRET`, so quick exit still finds messages recorded under it",
        _secret, shown="–", secret=True,
    )  # fmt: skip
    telegram_api_url: str | None = setting(
        "TELEGRAM_API_URL", None, "URL",
        "base URL of a self-hosted Bot API server; `https://`, or `http://` only on this "
        "machine, e.g. `http://127.0.0.1:8081`",
        _api_url, shown="Telegram's",
    )  # fmt: skip
    db_path: Path = setting(  # noqa: RUF009 (a field() with metadata)
        "ADVICE_BOT_DB", Path("data/advice-bot.db"), "path",
        "SQLite file for sessions, message ids and sealed reports (folder and files are "
        "made owner-only)",
        _path, shown="`./data/advice-bot.db`",
    )  # fmt: skip
    session_ttl_minutes: int = setting(
        "ADVICE_BOT_SESSION_TTL_MINUTES", 30, "whole number, 1–10080",
        "an idle conversation is forgotten after this many minutes (the stored expiry is "
        "rounded up to the next full hour)", _between(1, 7 * 24 * 60),
    )  # fmt: skip
    rate_limit_messages: int = setting(
        "ADVICE_BOT_RATE_LIMIT_MESSAGES", 20, "whole number, 1–10000",
        "messages and presses one chat may send per window", _between(1, 10_000),
    )  # fmt: skip
    rate_limit_window_seconds: float = setting(
        "ADVICE_BOT_RATE_LIMIT_WINDOW_SECONDS", 60.0, "seconds, 0.1–86400",
        "the rate-limit window", lambda n, v: _float(n, v, 0.1, 86_400), shown="60",
    )  # fmt: skip
    max_text_length: int = setting(
        "ADVICE_BOT_MAX_TEXT_LENGTH", 2000, "whole number, 1–4096",
        "longer messages get a kind answer and are not read or kept", _between(1, 4096),
    )  # fmt: skip
    webhook_url: str | None = setting(
        "ADVICE_BOT_WEBHOOK_URL", None, "URL",
        "public `https://` URL Telegram posts updates to", _webhook_url, shown="– (polling)",
    )  # fmt: skip
    webhook_secret: str | None = setting(
        "ADVICE_BOT_WEBHOOK_SECRET", None, "text, 32–256 of `A-Za-z0-9_-`",
        "secret token Telegram sends with each webhook call",
        _webhook_secret, shown="derived from the secret", secret=True,
    )  # fmt: skip
    listen_host: str = setting(
        "ADVICE_BOT_LISTEN_HOST", "127.0.0.1", "address",
        "address the webhook server listens on (behind your TLS proxy)", _host,
    )  # fmt: skip
    listen_port: int = setting(
        "ADVICE_BOT_LISTEN_PORT", 8080, "port", "port of the webhook server", _between(1, 65_535)
    )
    organiser_keys: tuple[str, ...] = setting(
        "ADVICE_BOT_ORGANISER_KEYS", (), "key lines",
        "organiser public keys (`x25519:...`), comma-separated (a list in TOML)",
        _keys, shown="– (no reports)",
    )  # fmt: skip
    report_ttl_days: int = setting(
        "ADVICE_BOT_REPORT_TTL_DAYS", 30, "whole number, 1–3650",
        "days a sealed report is kept", _between(1, 3650),
    )  # fmt: skip
    log_level: str = setting(
        "ADVICE_BOT_LOG_LEVEL", "INFO", "level",
        "`DEBUG`, `INFO`, `WARNING` or `ERROR`; logs never hold message text, ids or names",
        _log_level,
    )  # fmt: skip
    source: str = "environment"  # where the settings came from, for messages

    def override(self, **values: Any) -> Settings:
        """A copy with settings given by TOML key (e.g. ``webhook_url=...``), checked the
        same way; None leaves a setting as it is. For command-line options."""
        changes: dict[str, Any] = {}
        for key, value in values.items():
            if value is None:
                continue
            field_name, spec = _FIELDS[key]
            changes[field_name] = spec.parse("--" + key.replace("_", "-"), value)
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


SETTINGS: tuple[Spec, ...] = tuple(
    f.metadata["spec"] for f in dataclasses.fields(Settings) if "spec" in f.metadata
)
_FIELDS: dict[str, tuple[str, Spec]] = {
    f.metadata["spec"].key: (f.name, f.metadata["spec"])
    for f in dataclasses.fields(Settings)
    if "spec" in f.metadata
}


def _shown_default(spec: Spec) -> str:
    if spec.shown_default is not None:
        return spec.shown_default
    name = _FIELDS[spec.key][0]
    value = next(f.default for f in dataclasses.fields(Settings) if f.name == name)
    return f"`{value}`" if isinstance(value, str) else str(value)


def markdown_table() -> str:
    """The settings table of docs/operations.md, from the declarations above."""
    lines = [
        "| variable | TOML key | type | default | what it is |",
        "|---|---|---|---|---|",
    ]
    for spec in SETTINGS:
        lines.append(
            f"| `{spec.env}` | `{spec.key}` | {spec.kind} | {_shown_default(spec)} | {spec.help} |"
        )
    return "\n".join(lines) + "\n"


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
        if key not in _FIELDS:
            close = difflib.get_close_matches(key, list(_FIELDS), n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise ConfigError(
                f"{path}: unknown setting '{key}': {hint}known settings are " + ", ".join(_FIELDS)
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
            field_name, spec = _FIELDS[key]
            values[field_name] = spec.parse(f"{key} in {path}", value)
        source = f"environment and {path}"
    for spec in SETTINGS:
        raw = environ.get(spec.env)
        if raw is None or raw.strip() == "":
            continue
        field_name, _ = _FIELDS[spec.key]
        values[field_name] = spec.parse(spec.env, raw)
    settings = Settings(**values, source=source)
    if settings.webhook_secret and not settings.webhook_url:
        logging.getLogger(__name__).warning(
            "ADVICE_BOT_WEBHOOK_SECRET is set but ADVICE_BOT_WEBHOOK_URL is not: polling"
        )
    return settings


if __name__ == "__main__":  # python -m bot.config --markdown
    if sys.argv[1:] != ["--markdown"]:
        sys.exit("usage: python -m bot.config --markdown  (prints the settings table)")
    sys.stdout.write(markdown_table())
