"""Inspect a compiled :class:`FlowSet` as a whole (as goflow's ``flows/inspect`` does).

Compiling (:mod:`.loader`) stops at the first kind of mistake that makes flows
unusable: bad YAML, unknown keys, targets or messages that do not exist. Inspection
runs only on flows that compiled, and looks at what a single node cannot tell:
nodes no start leads to, dead ends, branches on variables nothing sets, ``goto``
loops, and questions a worker could not leave at once. Pure, like the loader.
"""

from __future__ import annotations

from .flowset import FlowSet, NodeKey, NodeSpec
from .issues import Issue, issue
from .step import FEATURE

QUICK_EXIT = "quick_exit"
LEAVE_NOW = "leave-now"  # the label of the quick-exit button every question offers


def successors(flows: FlowSet, node: NodeSpec) -> list[NodeKey]:
    nxt: list[NodeKey] = [c.target for c in node.choices if c.target]
    nxt += [r.target for r in node.rules]
    for extra in (node.otherwise, node.goto, node.languages, node.ask.target if node.ask else None):
        if extra:
            nxt.append(extra)
    return nxt


def inspect(flows: FlowSet) -> list[Issue]:
    """Every whole-flow-set issue: warnings, and goto loops (errors)."""
    reached = _reachable(flows)
    set_vars = _set_variables(flows)
    issues: list[Issue] = []
    for key, node in flows.nodes.items():
        name = key.split(".", 1)[1]
        if key not in reached:
            issues.append(
                issue(
                    "unreachable",
                    node.file,
                    node.line,
                    f"node '{name}' cannot be reached from any start",
                    "point a button or 'goto' at it, or delete it",
                )
            )
        stops = node.end or node.action == QUICK_EXIT
        if not successors(flows, node) and not stops:
            issues.append(
                issue(
                    "dead-end",
                    node.file,
                    node.line,
                    f"node '{name}' is a dead end",
                    "add 'choices', 'goto' or 'ask', or write 'end: true' if the "
                    "conversation really ends here",
                )
            )
        for rule in node.rules:
            for t in rule.tests:
                if t.var not in set_vars:
                    issues.append(
                        issue(
                            "unset-variable",
                            node.file,
                            node.line,
                            f"branch tests '{t.var}', which no node or button sets",
                            "check the spelling, or set it with 'set:' on a button",
                        )
                    )
        if node.choices and not any(c.action == QUICK_EXIT for c in node.choices):
            issues.append(
                issue(
                    "no-leave-now",
                    node.file,
                    node.line,
                    f"the buttons of node '{name}' have no 'Leave now'",
                    f"add the button '- label: {LEAVE_NOW}' with 'action: {QUICK_EXIT}' "
                    "as the last choice: every question lets the worker leave at once",
                )
            )
        loop = _input_free_loop(flows, key)
        if loop:
            issues.append(
                issue(
                    "loop",
                    node.file,
                    node.line,
                    f"'goto' steps loop forever without asking anything: {' -> '.join(loop)}",
                    "break the loop with a question, buttons or 'end: true'",
                )
            )
    return issues


def _reachable(flows: FlowSet) -> set[NodeKey]:
    roots = {flows.entry, flows.menu, flows.language_node, flows.help_node, *flows.starts.values()}
    seen: set[NodeKey] = set()
    todo = [r for r in roots if r in flows.nodes]
    while todo:
        key = todo.pop()
        if key in seen:
            continue
        seen.add(key)
        todo.extend(successors(flows, flows.nodes[key]))
    return seen


def _set_variables(flows: FlowSet) -> set[str]:
    found: set[str] = {FEATURE}
    for node in flows.nodes.values():
        found.update(node.set)
        for c in node.choices:
            found.update(c.set)
        if node.ask:
            found.add(node.ask.var)
    return found


def _input_free_loop(flows: FlowSet, start: NodeKey) -> list[str]:
    """A cycle of plain gotos starting at ``start`` (branches may exit, so are not counted)."""
    path: list[NodeKey] = []
    key: NodeKey | None = start
    while key is not None and key in flows.nodes:
        node = flows.nodes[key]
        if node.awaits_input or node.rules or node.action == QUICK_EXIT:
            return []
        if key in path:
            return [*path[path.index(key) :], key] if path[0] == key else []
        path.append(key)
        key = node.goto
    return []
