"""The pure conversation engine: (flows, session, input) -> (new session, events).

No I/O, no clock, no randomness: everything arrives as arguments. The input
session is never changed; a new one is returned.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .actions import ACTIONS, ActionContext, set_language
from .events import AskText, End, Event, Msg, Offer, Option, QuickExit, Say, Withdraw
from .flowset import FlowSet, Language, NodeKey, NodeSpec, TestSpec
from .session import BackEntry, Session, back_entry_node
from .text import clean_text

MAX_HOPS = 64
MAX_BACK = 50

# Messages the engine itself may say; the loader checks they exist in English.
ENGINE_MESSAGES = (
    "stale-button",
    "use-buttons",  # no longer said (typed-text-not-read replaced it): delete it with its text
    "typed-text-not-read",
    "unknown-command",
    "text-too-long",
    "text-empty",
    "draft-notice",
    "ask-skip",
    "nothing-to-go-back-to",
    "something-went-wrong",
    "withdraw-how",
    "withdraw-done",
    "withdraw-failed",
)

# A reserved condition name: `when: {feature: reports}` tests what the deployment offers.
FEATURE = "feature"

COMMANDS = ("start", "language", "help", "back", "restart", "exit", "withdraw")


# ---- inputs -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Start:
    """``/start`` with an optional deep-link payload such as ``pl`` or ``pl__visa``."""

    payload: str = ""
    lang_hint: str | None = None  # already negotiated against the available languages


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Press:
    """A button press: the step token it was offered with, and the option index."""

    token: str
    index: int


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    arg: str = ""


Input = Start | Text | Press | Command


@dataclass(slots=True)
class StepResult:
    session: Session
    events: list[Event] = field(default_factory=list)


# ---- step ---------------------------------------------------------------------------------


def step(flows: FlowSet, session: Session, inp: Input) -> StepResult:
    s = Session(
        session.lang,
        session.node,
        dict(session.vars),
        [
            {k: (dict(v) if isinstance(v, dict) else list(v)) for k, v in e.items()}
            if isinstance(e, dict)
            else e
            for e in session.back
        ],
        session.seq,
        list(session.draft_seen),
        list(session.path),
        session.noted,
    )
    if s.node is not None and s.node not in flows.nodes:
        # The flows changed under a live session (an organiser removed a node): start again.
        s.node = None
        s.back.clear()
    if (
        s.node is None
        or not s.path
        or s.path[-1] != s.node
        or not set(s.path) <= flows.nodes.keys()
    ):
        s.path = [s.node] if s.node is not None else []
    out: list[Event] = []
    run = _Runner(flows, s, out)
    if isinstance(inp, Start):
        return run.start(inp)
    if isinstance(inp, Command):
        return run.command(inp)
    if isinstance(inp, Press):
        run.press(inp)
    else:
        run.text(inp.text)
    return StepResult(s, out)


class _Runner:
    __slots__ = ("flows", "out", "s")

    def __init__(self, flows: FlowSet, s: Session, out: list[Event]) -> None:
        self.flows = flows
        self.s = s
        self.out = out

    # -- inputs ---------------------------------------------------------------------------

    def start(self, inp: Start) -> StepResult:
        flows = self.flows
        old = self.s
        lang_code, flow_id = _parse_payload(flows, inp.payload)
        if lang_code is None:
            lang_code = inp.lang_hint if flows.language(inp.lang_hint or "") else None
        if lang_code is None:
            lang_code = old.lang if flows.language(old.lang) else flows.languages[0].code
        s = Session(
            lang=flows.languages[0].code,
            seq=old.seq,
            draft_seen=list(old.draft_seen),
            noted=old.noted,
        )
        self.s = s
        self.out.extend(set_language(flows, s, lang_code))
        target = flows.starts[flow_id] if flow_id else flows.entry
        chosen = _parse_payload(flows, inp.payload)[0] is not None
        menu = flows.nodes.get(flows.language_node)
        if not flow_id and chosen and menu is not None and menu.languages is not None:
            # a deep link that names the language (a poster's QR code) skips the language menu
            target = menu.languages
        self.run(target)
        return StepResult(s, self.out)

    def command(self, cmd: Command) -> StepResult:
        name = cmd.name.lower()
        s = self.s
        if name == "start":
            return self.start(Start(cmd.arg))
        if name == "exit":
            self.out.append(QuickExit())
            return StepResult(Session(lang=s.lang), self.out)
        if name == "restart":
            s.vars.clear()
            s.back.clear()
            self.run(self.flows.menu)
        elif name in ("language", "help"):
            self.remember()
            self.run(self.flows.language_node if name == "language" else self.flows.help_node)
        elif name == "back":
            while s.back and back_entry_node(s.back[-1]) not in self.flows.nodes:
                s.back.pop()
            if s.back:
                self.go_back(s.back.pop())
            else:
                self.say("nothing-to-go-back-to")
                self.represent()
        elif name == "withdraw":
            code = cmd.arg.strip()
            if code:
                self.out.append(Withdraw(code, done="withdraw-done", failed="withdraw-failed"))
            else:
                self.say("withdraw-how")
            self.represent()
        else:
            self.say("unknown-command")
            self.represent()
        return StepResult(self.s, self.out)

    def press(self, p: Press) -> None:
        s = self.s
        node = self.flows.nodes.get(s.node) if s.node else None
        count = _option_count(self.flows, node)
        if node is None or p.token != s.token or not 0 <= p.index < count:
            self.say("stale-button")
            self.represent()
            return
        self.choose(node, p.index)

    def text(self, text: str) -> None:
        s = self.s
        node = self.flows.nodes.get(s.node) if s.node else None
        if node is None:
            self.run(self.flows.menu if (s.vars or s.seq) else self.flows.entry)
            return
        if node.ask is not None:
            self.answer(node, text)
            return
        raw = text.strip()
        # isdecimal, not isdigit: int() accepts every decimal script but not superscripts
        if raw.isdecimal() and 1 <= int(raw) <= _option_count(self.flows, node):
            self.choose(node, int(raw) - 1)
            return
        # Kind and short: the bot does not read it, it stays in the chat, where to go in danger.
        self.notes_first(node)
        self.say("typed-text-not-read")
        self.offer(node)

    # -- moving ---------------------------------------------------------------------------

    def choose(self, node: NodeSpec, index: int) -> None:
        s = self.s
        here = self.screen()  # before the choice changes anything
        if node.ask is not None:  # the only button on a question is "skip"
            s.vars.pop(node.ask.var, None)
            self.remember(here)
            self.run(node.ask.target)
            return
        if node.languages is not None:
            code = _language_order(self.flows, s.lang)[index].code
            self.out.extend(set_language(self.flows, s, code))
            self.remember(here)
            self.run(node.languages)
            return
        choice = node.choices[index]
        _apply(s.vars, choice.set)
        if choice.action is not None:
            result = ACTIONS[choice.action].fn(ActionContext(self.flows, s, {}))
            self.out.extend(result.events)
            if result.stop:
                self.stop()
                return
        if choice.target is not None:
            self.remember(here)
            self.run(choice.target)
        else:
            self.show(s.path)

    def answer(self, node: NodeSpec, text: str) -> None:
        ask = node.ask
        assert ask is not None
        value = clean_text(text)  # the sink cleans and measures a report's text the same way
        if not value:
            if ask.optional:
                self.choose(node, 0)
                return
            self.say("text-empty")
        elif len(value) > ask.max_length:
            if ask.retry is not None:
                scope = {**self.s.vars, "max": ask.max_length}
                self.out.append(Say(ask.retry.resolve(scope, self.flows.constants)))
            else:
                self.say("text-too-long", max=ask.max_length, length=len(value))
        else:
            here = self.screen()
            self.s.vars[ask.var] = value
            self.remember(here)
            self.run(ask.target)
            return
        self.offer(node)

    def run(self, target: NodeKey) -> None:
        """Enter ``target`` and follow gotos and branches until a node awaits input or ends."""
        s = self.s
        nodes = self.flows.nodes
        path: list[NodeKey] = []
        for _ in range(MAX_HOPS):
            node = nodes[target]
            path.append(node.key)
            if node.set:
                _apply(s.vars, node.set)
            self.notes_first(node)
            if node.action is not None:
                spec = ACTIONS[node.action]
                result = spec.fn(ActionContext(self.flows, s, node.action_args))
                self.out.extend(result.events)
                if result.stop:
                    self.stop()
                    return
            if node.awaits_input:
                s.node = node.key
                s.path = path
                self.present(node)
                return
            self.say_node(node)
            if node.rules or node.otherwise:
                target = _branch(node, s.vars, self.flows.features)
            elif node.goto is not None:
                target = node.goto
            else:
                s.node = None
                s.path = []
                s.back.clear()
                self.out.append(End())
                return
        # A loop with no question in it: the loader warns about these; never spin forever.
        s.node = None
        s.path = []
        self.say("something-went-wrong")
        self.out.append(End())

    def stop(self) -> None:
        self.s = Session(lang=self.s.lang)

    def screen(self) -> BackEntry | None:
        """The current screen as ``/back`` will need it: its nodes and the variables."""
        s = self.s
        if s.node is None:
            return None
        return {"path": list(s.path or [s.node]), "vars": dict(s.vars)}

    def remember(self, here: BackEntry | None = None) -> None:
        s = self.s
        entry = here if here is not None else self.screen()
        if entry is not None:
            s.back.append(entry)
            if len(s.back) > MAX_BACK:
                del s.back[0]

    def go_back(self, entry: BackEntry) -> None:
        """Show an earlier screen as it was, with the variables it was shown with."""
        s = self.s
        nodes = self.flows.nodes
        if isinstance(entry, str):
            path = [entry]
        else:
            path = [k for k in entry.get("path") or () if k in nodes]
            if isinstance(entry.get("vars"), dict):  # else keep the variables as they are
                s.vars = dict(entry["vars"])
        s.node = path[-1]
        s.path = path
        self.show(path)

    def show(self, path: list[NodeKey]) -> None:
        """Say again every message of a screen (re-running what only shows, like the
        signpost list), then offer its buttons. Changes no variables."""
        nodes = self.flows.nodes
        keys = [k for k in path if k in nodes] or ([self.s.node] if self.s.node else [])
        for key in keys[:-1]:
            node = nodes[key]
            self.notes_first(node)
            self.replay_action(node)
            self.say_node(node)
        last = nodes[keys[-1]]
        self.notes_first(last)
        self.replay_action(last)
        self.present(last)

    def replay_action(self, node: NodeSpec) -> None:
        if node.action is not None and ACTIONS[node.action].shows:
            spec = ACTIONS[node.action]
            self.out.extend(spec.fn(ActionContext(self.flows, self.s, node.action_args)).events)

    def notes_first(self, node: NodeSpec) -> None:
        """Before the first node that shows anything besides the language menu, say the
        safety notes (once per conversation), however the worker arrived."""
        s = self.s
        if s.noted:
            return
        flows = self.flows
        if node.key == flows.notes_node:
            s.noted = True  # the node says them itself
            return
        if node.key == flows.language_node or not _shows(node):
            return
        notes = flows.nodes.get(flows.notes_node)
        if notes is not None:
            s.noted = True
            self.say_node(notes)

    # -- saying ---------------------------------------------------------------------------

    def present(self, node: NodeSpec) -> None:
        self.say_node(node)
        self.offer(node)

    def represent(self) -> None:
        """Show again where the worker is (after a stale button or an unknown command)."""
        node = self.flows.nodes.get(self.s.node) if self.s.node else None
        if node is None:
            self.run(self.flows.menu)
        else:
            self.show(self.s.path)

    def say_node(self, node: NodeSpec) -> None:
        variables = self.s.vars
        constants = self.flows.constants
        self.out.extend(Say(m.resolve(variables, constants)) for m in node.say)

    def say(self, msg_id: str, **args: Any) -> None:
        self.out.append(Say(Msg(msg_id, args)))

    def offer(self, node: NodeSpec) -> None:
        s = self.s
        if node.ask is not None:
            self.out.append(AskText(node.ask.max_length, node.ask.optional))
            if node.ask.optional:
                s.seq += 1
                skip = node.ask.skip
                label = skip.resolve(s.vars, self.flows.constants) if skip else Msg("ask-skip")
                self.out.append(Offer(s.token, (Option(0, label),)))
            return
        s.seq += 1
        if node.languages is not None:
            options = tuple(
                Option(i, Msg("language-name"), lang=lang.code)
                for i, lang in enumerate(_language_order(self.flows, s.lang))
            )
        else:
            constants = self.flows.constants
            options = tuple(
                Option(i, c.label.resolve(s.vars, constants), leaves=c.action == "quick_exit")
                for i, c in enumerate(node.choices)
            )
        self.out.append(Offer(s.token, options))


# ---- helpers ------------------------------------------------------------------------------


def _parse_payload(flows: FlowSet, payload: str) -> tuple[str | None, str | None]:
    """``pl`` -> (pl, None); ``pl__visa`` -> (pl, visa); ``__visa`` -> (None, visa)."""
    payload = payload.strip()[:64]
    if not payload:
        return None, None
    lang_part, _, flow_part = payload.partition("__")
    lang = lang_part.lower().replace("_", "-") if flows.language(lang_part.lower()) else None
    flow = flow_part.lower() if flow_part.lower() in flows.starts else None
    return lang, flow


def _language_order(flows: FlowSet, current: str) -> list[Language]:
    """The current language first (Telegram's, on a first visit), then the rest."""
    first = [lang for lang in flows.languages if lang.code == current]
    return first + [lang for lang in flows.languages if lang.code != current]


def _shows(node: NodeSpec) -> bool:
    """True if entering this node shows the worker something."""
    return (
        bool(node.say)
        or node.awaits_input
        or (node.action is not None and node.action in ACTIONS and ACTIONS[node.action].shows)
    )


def _option_count(flows: FlowSet, node: NodeSpec | None) -> int:
    if node is None:
        return 0
    if node.ask is not None:
        return 1 if node.ask.optional else 0
    if node.languages is not None:
        return len(flows.languages)
    return len(node.choices)


def _apply(variables: dict[str, Any], updates: Mapping[str, Any]) -> None:
    for key, value in updates.items():
        if value is None:
            variables.pop(key, None)
        else:
            variables[key] = value


def _test(t: TestSpec, variables: Mapping[str, Any], features: frozenset[str]) -> bool:
    if t.var == FEATURE:  # `when: {feature: reports}`: what this deployment offers
        wanted = t.value if t.kind == "in" else {t.value}
        return bool(features & set(wanted)) if t.kind != "set" else bool(features) is t.value
    if t.kind == "set":
        return (t.var in variables) is bool(t.value)
    if t.var not in variables:
        return False
    value = variables[t.var]
    if t.kind == "in":
        return bool(value in t.value)
    return bool(value == t.value)


def _branch(node: NodeSpec, variables: Mapping[str, Any], features: frozenset[str]) -> NodeKey:
    for rule in node.rules:
        if all(_test(t, variables, features) for t in rule.tests):
            return rule.target
    assert node.otherwise is not None
    return node.otherwise
