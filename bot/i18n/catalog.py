"""Parse a locale's ``.ftl`` files once, keeping what the checks need.

For every message: the file and line it is defined at, the variables it uses and
the messages it references. Syntax errors become issues with file:line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from ..engine.issues import Issue, Level

STATUS_RE = re.compile(r"^#+\s*status:\s*([A-Za-z-]+)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class MessageInfo:
    id: str
    file: str
    line: int
    variables: frozenset[str]
    references: frozenset[str]
    length: int  # characters of source text, a rough guide to how long it renders


@dataclass(slots=True)
class LocaleCatalog:
    code: str
    messages: dict[str, MessageInfo] = field(default_factory=dict)
    resources: list[ast.Resource] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    status: str = "unknown"
    files: list[str] = field(default_factory=list)


class _Refs(Visitor):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.variables: set[str] = set()
        self.references: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.variables.add(node.id.name)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.references.add(node.id.name)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


_parser = FluentParser(with_spans=True)


def parse_locale(code: str, files: list[tuple[str, str]]) -> LocaleCatalog:
    """Parse ``(filename, text)`` pairs of one locale."""
    cat = LocaleCatalog(code)
    statuses: set[str] = set()
    for filename, text in files:
        cat.files.append(filename)
        m = STATUS_RE.search(text)
        if m:
            statuses.add(m.group(1).lower())
        resource = _parser.parse(text)
        cat.resources.append(resource)
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                for note in entry.annotations or [ast.Annotation("E0000", message="bad syntax")]:
                    offset = note.span.start if note.span else entry.span.start
                    cat.issues.append(
                        Issue(
                            filename,
                            _line(text, offset),
                            Level.ERROR,
                            f"Fluent syntax error: {note.message}",
                            "each message is 'id = text' starting at the start of a line; "
                            'continuation lines are indented; write literal braces as {"{"}',
                            "ftl-syntax",
                        )
                    )
            elif isinstance(entry, ast.Message):
                name = entry.id.name
                line = _line(text, entry.span.start)
                if name in cat.messages:
                    first = cat.messages[name]
                    cat.issues.append(
                        Issue(
                            filename,
                            line,
                            Level.ERROR,
                            f"message '{name}' is defined twice "
                            f"(first at {first.file}:{first.line})",
                            "delete one of them or give it another id",
                            "ftl-duplicate",
                        )
                    )
                    continue
                refs = _Refs()
                refs.visit(entry)
                cat.messages[name] = MessageInfo(
                    name,
                    filename,
                    line,
                    frozenset(refs.variables),
                    frozenset(refs.references),
                    entry.span.end - entry.span.start,
                )
    if len(statuses) == 1:
        cat.status = statuses.pop()
    elif statuses:
        cat.status = "draft" if "draft" in statuses else sorted(statuses)[0]
    return cat
