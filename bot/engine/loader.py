"""Compile flow files into a :class:`FlowSet`; errors here stop loading.

Pure: it receives file names and texts, never opens a file. Every problem is an
:class:`Issue` with file, line and a fix; all are collected, not just the first, but
an error that only follows from an earlier one is not reported: a button that
points into a file that did not parse, or at a flow that failed validation, is not
called dangling. Once the flows compile, :func:`.inspect.inspect` looks at the set
as a whole (unreachable nodes, dead ends, loops, questions without "Leave now").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from . import yamlsrc
from .actions import ACTIONS
from .flowset import (
    AskSpec,
    ChoiceSpec,
    FlowSet,
    Language,
    MsgSpec,
    NodeKey,
    NodeSpec,
    RuleSpec,
    TestSpec,
)
from .inspect import inspect
from .issues import Issue, Level, issue
from .model import Flow, Message, Node, Test
from .step import ENGINE_MESSAGES
from .yamlsrc import suggest as _suggest

# Names a flow set needs: the flow /start opens, and optional well-known nodes in it.
ENTRY_FLOW = "welcome"
MENU_NODE = "menu"
LANGUAGE_NODE = "language"
HELP_NODE = "help"
FLOW_DOCS = "docs/flow-format.md"
_ID_LINE = re.compile(r"^id:\s*[\"']?([a-z0-9][a-z0-9_-]*)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Variables:
    """Variables declared outside the flows, e.g. the report's by its schema.

    Every variable a flow sets (or asks for) whose name starts with ``prefix`` must be
    a key of ``values``; a value it sets must be in that key's allowed values
    (``None``: any text). Setting ``null`` (forgetting) is always allowed.
    """

    prefix: str
    values: Mapping[str, frozenset[str] | None]
    source: str  # the file that declares them, named in the fix


@dataclass(slots=True)
class _Parsed:
    file: str
    flow: Flow
    lines: dict[yamlsrc.Path, int]


@dataclass(slots=True)
class LoadResult:
    flows: FlowSet | None
    issues: list[Issue] = field(default_factory=list)
    used_messages: set[str] = field(default_factory=set)


def _model_for(path: yamlsrc.Path) -> type[BaseModel] | None:
    """The pydantic model that a YAML path points into (for 'allowed keys' hints)."""
    from .model import ActionCall, Ask, Choice, Rule

    if not path:
        return Flow
    if path[0] == "nodes":
        if len(path) == 2:
            return Node
        rest = path[2:]
        mapping: dict[str, type[BaseModel]] = {"ask": Ask, "action": ActionCall}
        if len(rest) == 1 and rest[0] in mapping:
            return mapping[str(rest[0])]
        if len(rest) == 2 and rest[0] == "choices":
            return Choice
        if len(rest) == 2 and rest[0] == "branch":
            return Rule
        if len(rest) >= 2 and rest[0] == "say":
            return Message
        if len(rest) == 4 and rest[0] == "branch":
            return Test
    return None


def _flow_id_of(file: str, text: str, data: Any = None) -> str:
    """The id a broken flow file meant to have: its 'id:' if readable, else its name."""
    if isinstance(data, dict) and isinstance(data.get("id"), str):
        return str(data["id"])
    found = _ID_LINE.search(text)
    return found.group(1) if found else file.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _parse(
    sources: Iterable[tuple[str, str]], issues: list[Issue], failed: set[str]
) -> list[_Parsed]:
    """Parse and validate each file; the ids of files that failed go into ``failed``."""
    parsed: list[_Parsed] = []
    for file, text in sources:
        data, lines, yaml_issues = yamlsrc.parse(text, file)
        issues.extend(yaml_issues)
        if data is None and yaml_issues:
            failed.add(_flow_id_of(file, text))
            continue
        if not isinstance(data, dict):
            failed.add(_flow_id_of(file, text))
            issues.append(
                issue(
                    "not-a-mapping",
                    file,
                    1,
                    "a flow file must be a mapping of keys",
                    "start with 'version: 1', 'id:', 'start:' and 'nodes:'",
                )
            )
            continue
        try:
            flow = Flow.model_validate(data)
        except ValidationError as exc:
            failed.add(_flow_id_of(file, text, data))
            issues.extend(
                yamlsrc.validation_issues(exc, file, lines, model_for=_model_for, docs=FLOW_DOCS)
            )
            continue
        if yaml_issues:  # a duplicated key: reported, and the flow is not used
            failed.add(flow.id)
            continue
        parsed.append(_Parsed(file, flow, lines))
    return parsed


def _unique(parsed: list[_Parsed], issues: list[Issue]) -> dict[str, _Parsed]:
    by_id: dict[str, _Parsed] = {}
    for p in parsed:
        first = by_id.get(p.flow.id)
        if first is None:
            by_id[p.flow.id] = p
            continue
        for here, there in ((p, first), (first, p)):
            issues.append(
                issue(
                    "duplicate-flow",
                    here.file,
                    here.lines.get(("id",), 1),
                    f"flow id '{p.flow.id}' is used by two files (also {there.file}:"
                    f"{there.lines.get(('id',), 1)})",
                    "give each flow file its own id",
                )
            )
    return by_id


def load_flows(
    sources: Iterable[tuple[str, str]],
    *,
    messages: Mapping[str, Any],
    languages: tuple[Language, ...] = (Language("en"),),
    directory: tuple[Mapping[str, Any], ...] = (),
    required_messages: Iterable[str] = (),
    variables: Variables | None = None,
) -> LoadResult:
    """Validate and compile flows. ``messages`` are the ids defined in English."""
    issues: list[Issue] = []
    failed: set[str] = set()
    by_id = _unique(_parse(sources, issues, failed), issues)

    compiler = _Compiler(by_id, messages, issues, failed, variables)
    nodes = compiler.compile()
    starts: dict[str, NodeKey] = {}
    for fid, p in by_id.items():
        key = f"{fid}.{p.flow.start}"
        if key not in nodes:
            hint = _suggest(p.flow.start, p.flow.nodes)
            issues.append(
                issue(
                    "missing-start",
                    p.file,
                    p.lines.get(("start",), 1),
                    f"start node '{p.flow.start}' is not one of this flow's nodes",
                    hint or f"add a node '{p.flow.start}:' under 'nodes:' or change 'start:'",
                )
            )
        starts[fid] = key

    for msg_id in (*ENGINE_MESSAGES, *required_messages, "language-name", "text-unavailable"):
        compiler.use(msg_id, "locales/en/common.ftl", 0, "needed by the bot itself")

    if ENTRY_FLOW not in by_id and ENTRY_FLOW not in failed:
        issues.append(
            issue(
                "no-entry",
                "flows/",
                0,
                f"there is no flow with id '{ENTRY_FLOW}'",
                f"/start opens the flow '{ENTRY_FLOW}': create flows/{ENTRY_FLOW}.yaml",
            )
        )
    if any(i.level is Level.ERROR for i in issues):
        return LoadResult(None, issues, compiler.used)

    entry = starts[ENTRY_FLOW]

    def known(name: str, fallback: NodeKey) -> NodeKey:
        key = f"{ENTRY_FLOW}.{name}"
        return key if key in nodes else fallback

    menu = known(MENU_NODE, entry)
    flowset = FlowSet(
        nodes=nodes,
        starts=starts,
        languages=languages,
        directory=directory,
        entry=entry,
        menu=menu,
        language_node=known(LANGUAGE_NODE, entry),
        help_node=known(HELP_NODE, menu),
    )
    issues.extend(inspect(flowset))
    if any(i.level is Level.ERROR for i in issues):
        return LoadResult(None, issues, compiler.used)
    return LoadResult(flowset, issues, compiler.used)


class _Compiler:
    def __init__(
        self,
        flows: dict[str, _Parsed],
        messages: Mapping[str, Any],
        issues: list[Issue],
        failed: set[str],
        variables: Variables | None,
    ) -> None:
        self.flows = flows
        self.messages = messages
        self.issues = issues
        self.failed = failed  # ids of flows that did not parse or validate
        self.variables = variables
        self.used: set[str] = set()
        self.all_keys = {f"{fid}.{n}" for fid, p in flows.items() for n in p.flow.nodes}

    def use(self, msg_id: str, file: str, line: int, where: str) -> None:
        self.used.add(msg_id)
        if msg_id not in self.messages and file:
            hint = _suggest(msg_id, self.messages)
            self.issues.append(
                issue(
                    "missing-message",
                    file,
                    line,
                    f"message '{msg_id}' ({where}) is not in the English locale",
                    (hint + " " if hint else "") + f"add '{msg_id} = ...' to a file in locales/en/",
                )
            )

    def msg(self, ref: str | Message, file: str, line: int, where: str) -> MsgSpec:
        if isinstance(ref, str):
            self.use(ref, file, line, where)
            return MsgSpec(ref)
        self.use(ref.id, file, line, where)
        return MsgSpec(ref.id, dict(ref.args))

    def target(self, fid: str, raw: str, file: str, line: int, where: str) -> NodeKey:
        key = raw if "." in raw else f"{fid}.{raw}"
        flow_part, _, node_part = key.partition(".")
        if key not in self.all_keys and flow_part not in self.failed:
            if flow_part not in self.flows:
                fix = _suggest(flow_part, self.flows) or (
                    f"there is no flow '{flow_part}'; flows are: {', '.join(sorted(self.flows))}"
                )
            else:
                fix = _suggest(node_part, self.flows[flow_part].flow.nodes) or (
                    f"add a node '{node_part}:' to flow '{flow_part}' or point elsewhere"
                )
            self.issues.append(
                issue(
                    "dangling-target",
                    file,
                    line,
                    f"{where} goes to '{raw}', which does not exist",
                    fix,
                )
            )
        return key

    def check_sets(self, values: Mapping[str, Any], file: str, at: Any, *path: Any) -> None:
        for var, value in values.items():
            self.check_variable(var, value, file, at(*path, "set", var))

    def check_variable(
        self, var: str, value: Any, file: str, line: int, *, asked: bool = False
    ) -> None:
        """A declared variable (e.g. a report answer) must exist and get an allowed value."""
        declared = self.variables
        if declared is None or not var.startswith(declared.prefix):
            return
        name = var.removeprefix(declared.prefix)
        if name not in declared.values:
            hint = _suggest(var, (declared.prefix + v for v in declared.values))
            self.issues.append(
                issue(
                    "report-field",
                    file,
                    line,
                    f"'{var}' is not an answer of the report ({declared.source})",
                    (hint + " " if hint else "")
                    + f"'{declared.prefix}' variables are the fields of {declared.source}",
                )
            )
            return
        allowed = declared.values[name]
        if value is None or allowed is None or asked:
            return
        text = str(value).lower() if isinstance(value, bool) else str(value)
        if text not in allowed:
            hint = _suggest(text, allowed)
            self.issues.append(
                issue(
                    "report-option",
                    file,
                    line,
                    f"'{text}' is not an answer '{var}' can have in {declared.source}",
                    (hint + " " if hint else "") + f"its answers are: {', '.join(sorted(allowed))}",
                )
            )

    def compile(self) -> dict[NodeKey, NodeSpec]:
        nodes: dict[NodeKey, NodeSpec] = {}
        for fid, p in self.flows.items():
            for name, node in p.flow.nodes.items():
                key = f"{fid}.{name}"
                nodes[key] = self.node(fid, name, node, p)
        return nodes

    def node(self, fid: str, name: str, node: Node, p: _Parsed) -> NodeSpec:
        file, lines = p.file, p.lines
        base = ("nodes", name)

        def at(*rest: Any) -> int:
            return yamlsrc.line_of(lines, (*base, *rest))

        key = f"{fid}.{name}"
        action_name: str | None = None
        action_args: dict[str, Any] = {}
        if node.action is not None:
            if isinstance(node.action, str):
                action_name = node.action
            else:
                action_name, action_args = node.action.name, dict(node.action.args)
            self.check_action(action_name, action_args, file, at("action"))
        says = node.say if isinstance(node.say, list) else [node.say]
        say = tuple(
            self.msg(m, file, at("say", i), f"said by node '{name}'") for i, m in enumerate(says)
        )
        choices = tuple(
            ChoiceSpec(
                self.msg(c.label, file, at("choices", i, "label"), f"button {i + 1} of '{name}'"),
                self.target(
                    fid, c.goto, file, at("choices", i, "goto"), f"button {i + 1} of '{name}'"
                )
                if c.goto
                else None,
                dict(c.set),
                c.action,
            )
            for i, c in enumerate(node.choices or [])
        )
        self.check_sets(node.set, file, at)
        for i, c in enumerate(node.choices or []):
            if c.action:
                self.check_action(c.action, {}, file, at("choices", i, "action"))
            self.check_sets(c.set, file, at, "choices", i)
        ask = None
        if node.ask is not None:
            a = node.ask
            ask = AskSpec(
                a.var,
                self.target(fid, a.next, file, at("ask", "next"), f"the question in '{name}'"),
                a.max_length,
                a.optional,
                self.msg(a.retry, file, at("ask", "retry"), "retry") if a.retry else None,
                self.msg(a.skip, file, at("ask", "skip"), "skip button") if a.skip else None,
            )
            if a.optional and a.skip is None:
                self.use("ask-skip", file, at("ask"), "skip button")
            self.check_variable(a.var, None, file, at("ask", "var"), asked=True)
        rules = tuple(
            RuleSpec(
                tuple(_tests(r.when)),
                self.target(
                    fid, r.goto, file, at("branch", i, "goto"), f"rule {i + 1} of '{name}'"
                ),
            )
            for i, r in enumerate(node.branch or [])
        )
        otherwise = (
            self.target(fid, node.otherwise, file, at("otherwise"), f"'otherwise' of '{name}'")
            if node.otherwise
            else None
        )
        goto = self.target(fid, node.goto, file, at("goto"), f"'{name}'") if node.goto else None
        languages = (
            self.target(fid, node.languages, file, at("languages"), f"the language menu '{name}'")
            if node.languages
            else None
        )
        return NodeSpec(
            key=key,
            file=file,
            line=at(),
            set=dict(node.set),
            action=action_name,
            action_args=action_args,
            say=say,
            choices=choices,
            languages=languages,
            ask=ask,
            rules=rules,
            otherwise=otherwise,
            goto=goto,
            end=node.end,
        )

    def check_action(self, name: str, args: Mapping[str, Any], file: str, line: int) -> None:
        spec = ACTIONS.get(name)
        if spec is None:
            hint = _suggest(name, ACTIONS)
            self.issues.append(
                issue(
                    "unknown-action",
                    file,
                    line,
                    f"unknown action '{name}'",
                    (hint + " " if hint else "") + f"actions are: {', '.join(sorted(ACTIONS))}",
                )
            )
            return
        for missing in sorted(spec.required - set(args)):
            self.issues.append(
                issue(
                    "action-args",
                    file,
                    line,
                    f"action '{name}' needs the argument '{missing}'",
                    f"write it as: action: {{name: {name}, args: {{{missing}: ...}}}}",
                )
            )
        for extra in sorted(set(args) - set(spec.args)):
            self.issues.append(
                issue(
                    "action-args",
                    file,
                    line,
                    f"action '{name}' has no argument '{extra}'",
                    f"its arguments are: {', '.join(sorted(spec.args)) or 'none'}",
                )
            )
        for arg in spec.message_args & set(args):
            self.use(str(args[arg]), file, line, f"argument '{arg}' of action '{name}'")


def _tests(when: Mapping[str, Any]) -> list[TestSpec]:
    out = []
    for var, cond in when.items():
        if isinstance(cond, Test):
            if cond.set is not None:
                out.append(TestSpec(var, "set", cond.set))
            if cond.in_ is not None:
                out.append(TestSpec(var, "in", frozenset(cond.in_)))
            if cond.equals is not None:
                out.append(TestSpec(var, "equals", cond.equals))
        elif isinstance(cond, list):
            out.append(TestSpec(var, "in", frozenset(cond)))
        else:
            out.append(TestSpec(var, "equals", cond))
    return out
