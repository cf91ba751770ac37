"""YAML parsing that remembers where every value came from.

PyYAML's composer gives each node a start mark; we build plain Python data and a
map from the path of each value (a tuple of keys and indexes) to its line, so
validation errors can point at ``file:line``. Duplicate keys are reported (PyYAML
would silently keep the last one, which hides a duplicated node id).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from .issues import Issue, issue

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
            issue(
                "yaml-syntax",
                filename,
                line,
                f"YAML syntax error: {problem}",
                "check the indentation (spaces, not tabs) and that every 'key: value' has "
                "a space after the colon; put text containing ':' or '#' in quotes",
            )
        )
        return None, {}, issues
    except yaml.YAMLError as exc:  # pragma: no cover - defensive
        issues.append(issue("yaml-syntax", filename, 0, f"YAML error: {exc}", "see the line"))
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
            child = (*path, key)
            if key in out:
                issues.append(
                    issue(
                        "duplicate-key",
                        filename,
                        key_node.start_mark.line + 1,
                        f"'{key}' appears twice in the same block (first on line "
                        f"{lines[child]}, again on line {key_node.start_mark.line + 1})",
                        "give each entry a unique name, or merge the two; only the last "
                        "one would be used",
                    )
                )
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


def suggest(word: str, options: Iterable[str]) -> str:
    """``did you mean 'x'?`` for the closest option, or ``""``."""
    close = difflib.get_close_matches(word, [str(o) for o in options], n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


# Locations pydantic adds for union members ('str', 'Message', 'function-after[...]').
_UNION_PARTS = frozenset({"str", "int", "float", "bool", "Message", "Test", "list[...]"})


def validation_issues(
    exc: ValidationError,
    file: str,
    lines: dict[Path, int],
    *,
    model_for: Callable[[Path], type[BaseModel] | None],
    docs: str,
    code: str | None = None,
) -> list[Issue]:
    """pydantic's errors as issues at the line of each value, with a fix.

    ``model_for`` names the model a path points into (for "allowed keys here");
    ``docs`` is where the format is described; ``code`` overrides the issue code.
    """
    out: list[Issue] = []
    seen: set[tuple[int, str]] = set()
    for err in exc.errors():
        path: Path = tuple(
            p
            for p in err["loc"]
            if not (
                isinstance(p, str) and (p in _UNION_PARTS or "[" in p or p.startswith("function-"))
            )
        )
        line = line_of(lines, path)
        where = ".".join(str(p) for p in path) or "the file"
        kind = err["type"]
        if kind == "extra_forbidden":
            key = str(path[-1])
            parent = model_for(path[:-1])
            allowed = (
                sorted((f.alias or n) for n, f in parent.model_fields.items()) if parent else []
            )
            hint = suggest(key, allowed)
            kind_code = "unknown-key"
            msg = f"unknown key '{key}' at {where}"
            fix = (hint + " " if hint else "") + (
                f"allowed keys here: {', '.join(allowed)}" if allowed else "remove it"
            )
        elif kind == "missing":
            kind_code = "missing-key"
            msg = f"'{path[-1]}' is missing at {'.'.join(str(p) for p in path[:-1]) or 'top level'}"
            fix = f"add '{path[-1]}:' (see {docs})"
        elif kind == "literal_error" and path and path[-1] == "version":
            kind_code = "bad-version"
            msg = "unsupported 'version'"
            fix = "write 'version: 1' at the top of the file"
        elif kind == "string_pattern_mismatch":
            kind_code = "bad-name"
            msg = f"'{err.get('input')}' is not a valid name at {where}"
            fix = "use lower-case letters, digits, '-' and '_' (targets: 'node' or 'flow.node')"
        else:
            kind_code = "bad-value"
            text = str(err["msg"]).removeprefix("Value error, ")
            msg = f"{text} at {where}"
            fix = f"see {docs} for what this key takes"
        if (line, msg) in seen:
            continue
        seen.add((line, msg))
        out.append(issue(code or kind_code, file, line, msg, fix))
    return out
