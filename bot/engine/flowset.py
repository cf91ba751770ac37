"""Compiled flows: every target resolved to a full ``flow.node`` key, ready to step through."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from .events import Msg

NodeKey = str  # "flow.node"
_NONE: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class MsgSpec:
    """A message as written in a flow; ``$name`` argument values read session variables."""

    id: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def resolve(self, variables: Mapping[str, Any], constants: Mapping[str, Any] = _NONE) -> Msg:
        """``$name`` reads a session variable, else a deployment constant (``$report_days``)."""
        if not self.args:
            return Msg(self.id, variables)
        args = dict(variables)
        for k, v in self.args.items():
            if isinstance(v, str) and v.startswith("$"):
                name = v[1:]
                args[k] = variables[name] if name in variables else constants.get(name, "")
            else:
                args[k] = v
        return Msg(self.id, args)


@dataclass(frozen=True, slots=True)
class ChoiceSpec:
    label: MsgSpec
    target: NodeKey | None
    set: Mapping[str, Any]
    action: str | None


@dataclass(frozen=True, slots=True)
class AskSpec:
    var: str
    target: NodeKey
    max_length: int
    optional: bool
    retry: MsgSpec | None
    skip: MsgSpec | None


@dataclass(frozen=True, slots=True)
class TestSpec:
    var: str
    kind: str  # "equals" | "in" | "set"
    value: Any


@dataclass(frozen=True, slots=True)
class RuleSpec:
    tests: tuple[TestSpec, ...]
    target: NodeKey


@dataclass(frozen=True, slots=True)
class NodeSpec:
    key: NodeKey
    file: str
    line: int
    set: Mapping[str, Any]
    action: str | None
    action_args: Mapping[str, Any]
    say: tuple[MsgSpec, ...]
    choices: tuple[ChoiceSpec, ...] = ()
    languages: NodeKey | None = None
    ask: AskSpec | None = None
    rules: tuple[RuleSpec, ...] = ()
    otherwise: NodeKey | None = None
    goto: NodeKey | None = None
    end: bool = False

    @property
    def awaits_input(self) -> bool:
        return bool(self.choices) or self.languages is not None or self.ask is not None


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    draft: bool = False


@dataclass(frozen=True)
class FlowSet:
    """Everything the engine needs, as data. Built by the loader; never mutated."""

    nodes: Mapping[NodeKey, NodeSpec]
    starts: Mapping[str, NodeKey]  # flow id -> its start node
    languages: tuple[Language, ...] = (Language("en"),)
    directory: tuple[Mapping[str, Any], ...] = ()
    entry: NodeKey = "welcome.start"  # /start
    menu: NodeKey = "welcome.start"  # /restart, and "back to the menu"
    language_node: NodeKey = "welcome.start"  # /language
    help_node: NodeKey = "welcome.start"  # /help
    # The safety notes (Telegram can see the chat, how to leave): the engine says this
    # node's messages once before anything else, however the worker arrives.
    notes_node: NodeKey = "welcome.notes"
    features: frozenset[str] = frozenset()  # what this deployment offers, e.g. "reports"
    constants: Mapping[str, Any] = field(default_factory=dict)  # e.g. report_days, from settings

    def language(self, code: str) -> Language | None:
        for lang in self.languages:
            if lang.code == code:
                return lang
        return None
