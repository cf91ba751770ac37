"""YAML parsing that remembers where every value came from.

PyYAML's composer gives each node a start mark; we build plain Python data and a
map from the path of each value (a tuple of keys and indexes) to its line, so
validation errors can point at ``file:line``. Duplicate keys are reported (PyYAML
would silently keep the last one, which hides a duplicated node id).
"""

from __future__ import annotations

from typing import Any

import yaml

from .issues import Issue, Level

Path = tuple[str | int, ...]


# libyaml's parser when PyYAML was built with it (it is, in the pinned wheels): ~10x faster.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Constructor = yaml.SafeLoader


def parse(text: str, filename: str) -> tuple[Any, dict[Path, int], list[Issue]]:
    """Parse YAML text. Returns (data, lines, issues); data is None on a syntax error."""
    issues: list[Issue] = []
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        problem = exc.problem or "not valid YAML"
        if exc.context and exc.context_mark and exc.context_mark.line + 1 != line:
            problem += f" ({exc.context} on line {exc.context_mark.line + 1})"
        issues.append(
            Issue(
                filename,
                line,
                Level.ERROR,
                f"YAML syntax error: {problem}",
                "check the indentation (spaces, not tabs) and that every 'key: value' has "
                "a space after the colon; put text containing ':' or '#' in quotes",
                "yaml-syntax",
            )
        )
        return None, {}, issues
    except yaml.YAMLError as exc:  # pragma: no cover - defensive
        issues.append(Issue(filename, 0, Level.ERROR, f"YAML error: {exc}", "", "yaml-syntax"))
        return None, {}, issues
    if node is None:
        return None, {}, issues
    lines: dict[Path, int] = {}
    constructor = _Constructor("")
    data = _build(node, (), lines, issues, filename, constructor)
    return data, lines, issues


def _build(
    node: yaml.Node,
    path: Path,
    lines: dict[Path, int],
    issues: list[Issue],
    filename: str,
    constructor: yaml.SafeLoader,
) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = constructor.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | bool | float) or key is None:
                key = str(key)
            if key in out:
                issues.append(
                    Issue(
                        filename,
                        key_node.start_mark.line + 1,
                        Level.ERROR,
                        f"'{key}' appears twice in the same block",
                        "give each entry a unique name, or merge the two",
                        "duplicate-key",
                    )
                )
            child = (*path, key)
            lines[child] = key_node.start_mark.line + 1
            out[key] = _build(value_node, child, lines, issues, filename, constructor)
            lines[child] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(item, (*path, i), lines, issues, filename, constructor)
            for i, item in enumerate(node.value)
        ]
    return constructor.construct_object(node, deep=True)


def line_of(lines: dict[Path, int], path: Path) -> int:
    """The line of the deepest known prefix of ``path``."""
    for end in range(len(path), -1, -1):
        found = lines.get(tuple(path[:end]))
        if found:
            return found
    return 0
