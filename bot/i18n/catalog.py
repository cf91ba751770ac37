"""Read a locale's ``.ftl`` files, keeping what the checks need.

For every message: the file and line it is defined at, the variables it uses and
the messages it references. Syntax errors become issues with file:line. The
parsed syntax trees, which formatting needs, are built on first use.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from fluent.syntax import FluentParser, ast

from ..engine.issues import Issue, Level
from .cache import cached, precompute

STATUS_RE = re.compile(r"^#+\s*status:\s*([A-Za-z-]+)", re.MULTILINE)
MESSAGE_START_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=", re.MULTILINE)
_parser = FluentParser(with_spans=False)  # ~30% faster; lines are found by MESSAGE_START_RE
_spans_parser = FluentParser(with_spans=True)  # only to locate syntax errors


@dataclass(frozen=True, slots=True)
class MessageInfo:
    id: str
    file: str
    line: int
    variables: frozenset[str]
    references: frozenset[str]
    length: int  # characters of literal text: roughly how long it renders


@dataclass(slots=True)
class LocaleCatalog:
    code: str
    messages: dict[str, MessageInfo] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    status: str = "unknown"
    sources: list[tuple[str, str]] = field(default_factory=list)
    # translated messages not shown (stale, or other variables than English): see sources.py
    withheld: set[str] = field(default_factory=set)
    _resources: list[ast.Resource] | None = None

    @property
    def resources(self) -> list[ast.Resource]:
        if self._resources is None:
            self._resources = [_parser.parse(text) for _, text in self.sources]
        return self._resources


def _walk(node: Any, variables: set[str], references: set[str]) -> None:
    """Collect variable and message references (faster than fluent's generic Visitor)."""
    if isinstance(node, ast.VariableReference):
        variables.add(node.id.name)
    elif isinstance(node, ast.MessageReference):
        references.add(node.id.name)
    elif isinstance(node, ast.Pattern):
        for el in node.elements:
            if isinstance(el, ast.Placeable):
                _walk(el.expression, variables, references)
    elif isinstance(node, ast.Placeable):
        _walk(node.expression, variables, references)
    elif isinstance(node, ast.SelectExpression):
        _walk(node.selector, variables, references)
        for variant in node.variants:
            _walk(variant.value, variables, references)
    elif isinstance(node, ast.FunctionReference | ast.TermReference) and node.arguments:
        for arg in node.arguments.positional:
            _walk(arg, variables, references)
        for named in node.arguments.named:
            _walk(named.value, variables, references)


def _length(entry: ast.Message) -> int:
    """Characters of literal text in the message (what a phone screen has to show)."""
    total = 0
    patterns = [entry.value] if entry.value else []
    patterns += [a.value for a in entry.attributes]
    for pattern in patterns:
        for el in pattern.elements:
            if isinstance(el, ast.TextElement):
                total += len(el.value)
            elif isinstance(el.expression, ast.SelectExpression):
                # the longest variant is what may be shown
                longest = 0
                for variant in el.expression.variants:
                    longest = max(
                        longest,
                        sum(
                            len(v.value)
                            for v in variant.value.elements
                            if isinstance(v, ast.TextElement)
                        ),
                    )
                total += longest
            else:
                total += 10  # a variable or reference: count a short word
    return total


def _summarise(text: str) -> dict[str, Any]:
    """Parse one file into plain data: messages, syntax errors, status."""
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]

    def line(offset: int) -> int:
        return bisect.bisect_left(newlines, offset) + 1

    resource = _parser.parse(text)
    if any(isinstance(entry, ast.Junk) for entry in resource.body):
        resource = _spans_parser.parse(text)
    starts: dict[str, list[int]] = {}
    for found in MESSAGE_START_RE.finditer(text):
        starts.setdefault(found.group(1), []).append(found.start())
    messages: list[list[Any]] = []
    junk: list[list[Any]] = []
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            assert entry.span is not None  # parsed again with spans above
            start = line(entry.span.start)
            for note in entry.annotations or [ast.Annotation("E0000", message="bad syntax")]:
                seen = line(note.span.start) if note.span else start
                junk.append([start, seen, note.message])
        elif isinstance(entry, ast.Message):
            variables: set[str] = set()
            references: set[str] = set()
            if entry.value is not None:
                _walk(entry.value, variables, references)
            for attr in entry.attributes:
                _walk(attr.value, variables, references)
            offsets = starts.get(entry.id.name) or [0]
            offset = offsets.pop(0) if len(offsets) > 1 else offsets[0]
            messages.append(
                [
                    entry.id.name,
                    line(offset),
                    sorted(variables),
                    sorted(references),
                    _length(entry),
                ]
            )
    m = STATUS_RE.search(text)
    return {"messages": messages, "junk": junk, "status": m.group(1).lower() if m else None}


def summarise_ahead(texts: list[str]) -> None:
    """Parse many files at once on every core (see :func:`bot.i18n.cache.precompute`)."""
    precompute(texts, _summarise)


def parse_locale(code: str, files: list[tuple[str, str]]) -> LocaleCatalog:
    """Read ``(filename, text)`` pairs of one locale."""
    cat = LocaleCatalog(code, sources=list(files))
    statuses: set[str] = set()
    for filename, text in files:
        summary = cached(text, _summarise)
        if summary["status"]:
            statuses.add(summary["status"])
        for start, seen, note in summary["junk"]:
            where = f" (noticed on line {seen})" if seen != start else ""
            cat.issues.append(
                Issue(
                    filename,
                    start,
                    Level.ERROR,
                    f"Fluent syntax error: {note}{where}",
                    "each message is 'id = text' starting at the start of a line; "
                    'continuation lines are indented; write literal braces as {"{"}',
                    "ftl-syntax",
                )
            )
        for name, line, variables, references, length in summary["messages"]:
            if name in cat.messages:
                first = cat.messages[name]
                for here, there in (
                    ((filename, line), (first.file, first.line)),
                    ((first.file, first.line), (filename, line)),
                ):
                    cat.issues.append(
                        Issue(
                            here[0],
                            here[1],
                            Level.ERROR,
                            f"message '{name}' is defined twice (also at {there[0]}:{there[1]})",
                            "delete one of them or give it another id",
                            "ftl-duplicate",
                        )
                    )
                continue
            cat.messages[name] = MessageInfo(
                name, filename, line, frozenset(variables), frozenset(references), length
            )
    if len(statuses) == 1:
        cat.status = statuses.pop()
    elif statuses:
        cat.status = "draft" if "draft" in statuses else sorted(statuses)[0]
    return cat
