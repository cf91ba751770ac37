"""What the engine asks the outside world to do. Plain frozen data, no I/O."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Msg:
    """A Fluent message id with its arguments (already resolved from variables)."""

    id: str
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Say:
    msg: Msg


@dataclass(frozen=True, slots=True)
class Option:
    """One button. ``lang`` renders the label in that language (language menus);
    ``leaves`` marks a button that quits at once (action ``quick_exit``, "Leave now")."""

    index: int
    label: Msg
    lang: str | None = None
    leaves: bool = False


@dataclass(frozen=True, slots=True)
class Offer:
    """Offer buttons. ``token`` goes into callback data so stale presses are refused."""

    token: str
    options: tuple[Option, ...]


@dataclass(frozen=True, slots=True)
class AskText:
    max_length: int
    optional: bool


@dataclass(frozen=True, slots=True)
class LanguageChanged:
    lang: str


@dataclass(frozen=True, slots=True)
class SubmitReport:
    """Seal and store these answers; then say ``done`` (with a ``code`` argument) or ``failed``."""

    answers: Mapping[str, Any]
    done: str
    failed: str


@dataclass(frozen=True, slots=True)
class Withdraw:
    """Withdraw the report with this receipt code; say ``done`` or ``failed``."""

    code: str
    done: str
    failed: str


@dataclass(frozen=True, slots=True)
class QuickExit:
    """Delete every message of the conversation and wipe the session."""


@dataclass(frozen=True, slots=True)
class End:
    """The conversation has reached an end."""


Event = Say | Offer | AskText | LanguageChanged | SubmitReport | Withdraw | QuickExit | End
