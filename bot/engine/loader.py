"""Validate flow files and compile them into a :class:`FlowSet`.

Pure: it receives file names and texts, never opens a file. Every problem is an
:class:`Issue` with file, line and a fix; all are collected, not just the first.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

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
from .issues import Issue, Level
from .model import Flow, Message, Node, Test
from .step import ENGINE_MESSAGES, FEATURE

# Names a flow set needs: the flow /start opens, and optional well-known nodes in it.
ENTRY_FLOW = "welcome"
MENU_NODE = "menu"
LANGUAGE_NODE = "language"
HELP_NODE = "help"


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


def _suggest(word: str, options: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def _pydantic_issues(
    exc: ValidationError, file: str, lines: dict[yamlsrc.Path, int]
) -> list[Issue]:
    out: list[Issue] = []
    seen: set[tuple[int, str]] = set()
    for err in exc.errors():
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        # pydantic adds union member names like 'str' or 'Message' to the location.
        path = tuple(p for p in loc if p not in ("str", "Message", "Test", "list[...]", "bool"))
        path = tuple(p for p in path if not (isinstance(p, str) and "[" in p))
        line = yamlsrc.line_of(lines, path)
        where = ".".join(str(p) for p in path) or "the file"
        kind = err["type"]
        if kind == "extra_forbidden":
            key = str(path[-1])
            parent = _model_for(path[:-1])
            allowed = sorted(parent.model_fields) if parent else []
            hint = _suggest(key, allowed)
            msg = f"unknown key '{key}' at {where}"
            fix = (hint + " " if hint else "") + (
                f"allowed keys here: {', '.join(_aliases(parent))}" if parent else "remove it"
            )
        elif kind == "missing":
            msg = f"'{path[-1]}' is missing at {'.'.join(str(p) for p in path[:-1]) or 'top level'}"
            fix = f"add '{path[-1]}:' (see docs/flow-format.md)"
        elif kind == "literal_error" and path and path[-1] == "version":
            msg = "unsupported 'version'"
            fix = "write 'version: 1' at the top of the file"
        elif kind == "string_pattern_mismatch":
            msg = f"'{err.get('input')}' is not a valid name at {where}"
            fix = "use lower-case letters, digits, '-' and '_' (targets: 'node' or 'flow.node')"
        else:
            msg = f"{err['msg']} at {where}"
            fix = "see docs/flow-format.md for what this key takes"
        if (line, msg) in seen:
            continue
        seen.add((line, msg))
        out.append(Issue(file, line, Level.ERROR, msg, fix, f"schema-{kind}"))
    return out


def _model_for(path: tuple[Any, ...]) -> Any:
    """The pydantic model that a YAML path points into (for 'allowed keys' hints)."""
    from .model import ActionCall, Ask, Choice, Rule

    if not path:
        return Flow
    if path[0] == "nodes":
        if len(path) == 2:
            return Node
        rest = path[2:]
        mapping: dict[str, Any] = {"ask": Ask, "action": ActionCall}
        if len(rest) == 1 and rest[0] in mapping:
            return mapping[rest[0]]
        if len(rest) == 2 and rest[0] == "choices":
            return Choice
        if len(rest) == 2 and rest[0] == "branch":
            return Rule
        if len(rest) >= 2 and rest[0] == "say":
            return Message
        if len(rest) == 4 and rest[0] == "branch":
            return Test
    return None


def _aliases(model: Any) -> list[str]:
    return sorted((f.alias or name) for name, f in model.model_fields.items())


def load_flows(
    sources: Iterable[tuple[str, str]],
    *,
    messages: Mapping[str, Any],
    languages: tuple[Language, ...] = (Language("en"),),
    directory: tuple[Mapping[str, Any], ...] = (),
    required_messages: Iterable[str] = (),
) -> LoadResult:
    """Validate and compile flows. ``messages`` are the ids defined in English."""
    issues: list[Issue] = []
    parsed: list[_Parsed] = []
    for file, text in sources:
        data, lines, yaml_issues = yamlsrc.parse(text, file)
        issues.extend(yaml_issues)
        if yaml_issues:
            continue
        if not isinstance(data, dict):
            issues.append(
                Issue(
                    file,
                    1,
                    Level.ERROR,
                    "a flow file must be a mapping of keys",
                    "start with 'version: 1', 'id:', 'start:' and 'nodes:'",
                    "not-a-mapping",
                )
            )
            continue
        try:
            flow = Flow.model_validate(data)
        except ValidationError as exc:
            issues.extend(_pydantic_issues(exc, file, lines))
            continue
        parsed.append(_Parsed(file, flow, lines))

    by_id: dict[str, _Parsed] = {}
    for p in parsed:
        first = by_id.get(p.flow.id)
        if first is None:
            by_id[p.flow.id] = p
            continue
        for here, there in ((p, first), (first, p)):
            issues.append(
                Issue(
                    here.file,
                    here.lines.get(("id",), 1),
                    Level.ERROR,
                    f"flow id '{p.flow.id}' is used by two files (also {there.file})",
                    "give each flow file its own id",
                    "duplicate-flow",
                )
            )

    compiler = _Compiler(by_id, messages, issues)
    nodes = compiler.compile()
    starts: dict[str, NodeKey] = {}
    for fid, p in by_id.items():
        key = f"{fid}.{p.flow.start}"
        if key not in nodes and (fid, p.flow.start) not in compiler.broken:
            hint = _suggest(p.flow.start, p.flow.nodes)
            issues.append(
                Issue(
                    p.file,
                    p.lines.get(("start",), 1),
                    Level.ERROR,
                    f"start node '{p.flow.start}' is not one of this flow's nodes",
                    hint or f"add a node '{p.flow.start}:' under 'nodes:' or change 'start:'",
                    "missing-start",
                )
            )
        starts[fid] = key

    for msg_id in (*ENGINE_MESSAGES, *required_messages, "language-name", "text-unavailable"):
        compiler.use(msg_id, "locales/en/common.ftl", 0, "needed by the bot itself")

    if ENTRY_FLOW not in by_id and not any(i.code == "yaml-syntax" for i in issues):
        issues.append(
            Issue(
                "flows/",
                0,
                Level.ERROR,
                f"there is no flow with id '{ENTRY_FLOW}'",
                f"/start opens the flow '{ENTRY_FLOW}': create flows/{ENTRY_FLOW}.yaml",
                "no-entry",
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
    issues.extend(_soft_checks(flowset, by_id))
    return LoadResult(flowset, issues, compiler.used)


class _Compiler:
    def __init__(
        self, flows: dict[str, _Parsed], messages: Mapping[str, Any], issues: list[Issue]
    ) -> None:
        self.flows = flows
        self.messages = messages
        self.issues = issues
        self.used: set[str] = set()
        self.broken: set[tuple[str, str]] = set()
        self.all_keys = {f"{fid}.{n}" for fid, p in flows.items() for n in p.flow.nodes}

    def use(self, msg_id: str, file: str, line: int, where: str) -> None:
        self.used.add(msg_id)
        if msg_id not in self.messages and file:
            hint = _suggest(msg_id, self.messages)
            self.issues.append(
                Issue(
                    file,
                    line,
                    Level.ERROR,
                    f"message '{msg_id}' ({where}) is not in the English locale",
                    (hint + " " if hint else "") + f"add '{msg_id} = ...' to a file in locales/en/",
                    "missing-message",
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
        if key not in self.all_keys:
            flow_part, _, node_part = key.partition(".")
            if flow_part not in self.flows:
                fix = _suggest(flow_part, self.flows) or (
                    f"there is no flow '{flow_part}'; flows are: {', '.join(sorted(self.flows))}"
                )
            else:
                fix = _suggest(node_part, self.flows[flow_part].flow.nodes) or (
                    f"add a node '{node_part}:' to flow '{flow_part}' or point elsewhere"
                )
            self.issues.append(
                Issue(
                    file,
                    line,
                    Level.ERROR,
                    f"{where} goes to '{raw}', which does not exist",
                    fix,
                    "dangling-target",
                )
            )
        return key

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
        for i, c in enumerate(node.choices or []):
            if c.action:
                self.check_action(c.action, {}, file, at("choices", i, "action"))
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
                Issue(
                    file,
                    line,
                    Level.ERROR,
                    f"unknown action '{name}'",
                    (hint + " " if hint else "") + f"actions are: {', '.join(sorted(ACTIONS))}",
                    "unknown-action",
                )
            )
            return
        for missing in sorted(spec.required - set(args)):
            self.issues.append(
                Issue(
                    file,
                    line,
                    Level.ERROR,
                    f"action '{name}' needs the argument '{missing}'",
                    f"write it as: action: {{name: {name}, args: {{{missing}: ...}}}}",
                    "action-args",
                )
            )
        for extra in sorted(set(args) - set(spec.args)):
            self.issues.append(
                Issue(
                    file,
                    line,
                    Level.ERROR,
                    f"action '{name}' has no argument '{extra}'",
                    f"its arguments are: {', '.join(sorted(spec.args)) or 'none'}",
                    "action-args",
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


def _successors(flows: FlowSet, node: NodeSpec) -> list[NodeKey]:
    nxt: list[NodeKey] = [c.target for c in node.choices if c.target]
    nxt += [r.target for r in node.rules]
    for extra in (node.otherwise, node.goto, node.languages, node.ask.target if node.ask else None):
        if extra:
            nxt.append(extra)
    return nxt


def _soft_checks(flows: FlowSet, parsed: dict[str, _Parsed]) -> list[Issue]:
    issues: list[Issue] = []
    roots = {flows.entry, flows.menu, flows.language_node, flows.help_node, *flows.starts.values()}
    seen: set[NodeKey] = set()
    todo = [r for r in roots if r in flows.nodes]
    while todo:
        key = todo.pop()
        if key in seen:
            continue
        seen.add(key)
        todo.extend(_successors(flows, flows.nodes[key]))
    set_vars: set[str] = {FEATURE}
    for node in flows.nodes.values():
        set_vars.update(node.set)
        for c in node.choices:
            set_vars.update(c.set)
        if node.ask:
            set_vars.add(node.ask.var)
    for key, node in flows.nodes.items():
        if key not in seen:
            issues.append(
                Issue(
                    node.file,
                    node.line,
                    Level.WARNING,
                    f"node '{key.split('.', 1)[1]}' cannot be reached from any start",
                    "point a button or 'goto' at it, or delete it",
                    "unreachable",
                )
            )
        stops = node.end or node.action == "quick_exit"
        if not _successors(flows, node) and not stops:
            issues.append(
                Issue(
                    node.file,
                    node.line,
                    Level.WARNING,
                    f"node '{key.split('.', 1)[1]}' is a dead end",
                    "add 'choices', 'goto' or 'ask', or write 'end: true' if the "
                    "conversation really ends here",
                    "dead-end",
                )
            )
        for rule in node.rules:
            for t in rule.tests:
                if t.var not in set_vars:
                    issues.append(
                        Issue(
                            node.file,
                            node.line,
                            Level.WARNING,
                            f"branch tests '{t.var}', which no node or button sets",
                            "check the spelling, or set it with 'set:' on a button",
                            "unset-variable",
                        )
                    )
        loop = _input_free_loop(flows, key)
        if loop:
            issues.append(
                Issue(
                    node.file,
                    node.line,
                    Level.ERROR,
                    f"'goto' steps loop forever without asking anything: {' -> '.join(loop)}",
                    "break the loop with a question, buttons or 'end: true'",
                    "loop",
                )
            )
    return issues


def _input_free_loop(flows: FlowSet, start: NodeKey) -> list[str]:
    """A cycle of plain gotos starting at ``start`` (branches may exit, so are not counted)."""
    path: list[NodeKey] = []
    key: NodeKey | None = start
    while key is not None and key in flows.nodes:
        node = flows.nodes[key]
        if node.awaits_input or node.rules or node.action == "quick_exit":
            return []
        if key in path:
            return [*path[path.index(key) :], key] if path[0] == key else []
        path.append(key)
        key = node.goto
    return []
