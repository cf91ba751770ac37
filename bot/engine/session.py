"""A conversation's state: plain JSON-serialisable data any process can resume."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SESSION_VERSION = 2

BackEntry = str | dict[str, Any]


@dataclass(slots=True)
class Session:
    lang: str = "en"
    node: str | None = None  # "flow.node" awaiting input, or None when ended / not started
    vars: dict[str, Any] = field(default_factory=dict)
    # Earlier screens, newest last: {"path": [...], "vars": {...}} (the variables as they
    # were when it was shown), or a bare node key (sessions saved before version 2).
    back: list[BackEntry] = field(default_factory=list)
    seq: int = 0  # bumped at every offer; the step token derives from it
    draft_seen: list[str] = field(default_factory=list)  # draft languages already warned about
    # The nodes whose messages make up the current screen, ending with ``node`` (the gotos
    # and branches that led to it), so the screen can be shown again as it was.
    path: list[str] = field(default_factory=list)
    noted: bool = False  # the safety notes have been shown in this conversation

    @property
    def token(self) -> str:
        return format(self.seq % 0x1000, "x")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready copy that shares nothing mutable with the session."""
        return {
            "lang": self.lang,
            "node": self.node,
            "vars": _copy(self.vars),
            "back": _copy(self.back),
            "seq": self.seq,
            "draft_seen": list(self.draft_seen),
            "path": list(self.path),
            "noted": self.noted,
            "v": SESSION_VERSION,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Session:
        """Rebuild a session; unknown or broken data gives a fresh one rather than a crash."""
        try:
            return cls(
                lang=str(data.get("lang", "en")),
                node=data.get("node") if isinstance(data.get("node"), str) else None,
                vars=dict(data.get("vars") or {}),
                back=[_back_entry(x) for x in data.get("back") or []][-50:],
                seq=int(data.get("seq", 0)),
                draft_seen=[str(x) for x in data.get("draft_seen") or []],
                path=[str(x) for x in data.get("path") or []],
                noted=bool(data.get("noted", False)),
            )
        except (TypeError, ValueError, AttributeError):
            return cls()


def _back_entry(value: Any) -> BackEntry:
    if isinstance(value, dict):
        entry: dict[str, Any] = {"path": [str(x) for x in value.get("path") or []]}
        if isinstance(value.get("vars"), dict):
            entry["vars"] = dict(value["vars"])
        return entry
    return str(value)


def back_entry_node(entry: BackEntry) -> str | None:
    """The node a back entry returns to."""
    if isinstance(entry, str):
        return entry
    path = entry.get("path") or []
    return str(path[-1]) if path else None


def _copy(value: Any) -> Any:
    """Copy JSON-like data (dicts and lists all the way down); about 10x faster than
    ``dataclasses.asdict``'s generic deep copy, which was a tenth of a step's cost."""
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value
