"""The translator round trip: ``translations todo`` writes one Fluent file with every
message a language still needs; ``translations merge`` checks it and writes it back.

The todo file is ordinary Fluent, so any editor or translation tool opens it::

    # en: { $acas } helpline: { $phone }. It is free and confidential, with interpreters.
    # was: Infolinia { $acas }: { $phone }. Jest bezpłatna i poufna.
    time-acas-phone = Infolinia { $acas }: { $phone }. Jest bezpłatna i poufna.

A message left exactly as it was written (English, or the previous translation) is
skipped by ``merge``: it has not been translated yet.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import babel
from fluent.syntax import FluentParser, FluentSerializer, ast

from .catalog import LocaleCatalog, _walk
from .sources import LocaleState, message_texts, record

_parser = FluentParser(with_spans=True)
_serializer = FluentSerializer()
PLURAL_WORDS = {"zero", "one", "two", "few", "many", "other"}
_NEXT_ENTRY_RE = re.compile(r"^[a-zA-Z#-]", re.MULTILINE)


def _messages(text: str) -> dict[str, ast.Message]:
    return {e.id.name: e for e in _parser.parse(text).body if isinstance(e, ast.Message)}


def _value_source(message: ast.Message) -> str:
    """The message as Fluent text, without its comment and its ``id =``."""
    bare = ast.Message(ast.Identifier(message.id.name), message.value, message.attributes)
    text = _serializer.serialize(ast.Resource([bare]))
    return text.split("=", 1)[1].rstrip("\n")  # " text" or "\n    line\n    line"


def _comment(label: str, source: str) -> list[str]:
    lines = textwrap.dedent(source.strip("\n")).strip().splitlines() or [""]
    return [f"# {label}: {lines[0]}".rstrip(), *(f"#     {line}".rstrip() for line in lines[1:])]


def todo_text(base: LocaleCatalog, cat: LocaleCatalog, st: LocaleState, today: date) -> str:
    """One Fluent file with every missing or stale message of ``cat``'s language."""
    wanted = set(st.todo)
    english = {n: m for _, text in base.sources for n, m in _messages(text).items()}
    previous = {n: m for _, text in cat.sources for n, m in _messages(text).items()}
    out = [
        f"# advice-bot translations todo --lang {cat.code} ({today.isoformat()}): "
        f"{len(wanted)} message(s) to translate.",
        "# Replace the text after each '=' with the translation. Keep every { $variable }",
        "# exactly as in English. A message left as it is, is skipped. When done, run:",
        "#     advice-bot translations merge THIS-FILE",
        "",
    ]
    for file, _ in base.sources:
        names = [n for n, info in base.messages.items() if n in wanted and info.file == file]
        if not names:
            continue
        out += [f"## {Path(file).name}", ""]
        for name in names:
            en_src = _value_source(english[name])
            out += _comment("en", en_src)
            old = previous.get(name)
            if old is not None:
                old_src = _value_source(old)
                out += _comment("was", old_src)
                value = old_src
            else:
                value = en_src
            out += [f"{name} ={value}", ""]
    return "\n".join(out).rstrip("\n") + "\n"


@dataclass(slots=True)
class MergeResult:
    merged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def _variables(message: ast.Message) -> set[str]:
    variables: set[str] = set()
    references: set[str] = set()
    if message.value is not None:
        _walk(message.value, variables, references)
    for attr in message.attributes:
        _walk(attr.value, variables, references)
    return variables


def plural_forms(lang: str) -> set[str]:
    from .translator import BABEL_CODES

    for code in BABEL_CODES.get(lang, [lang]):
        try:
            return set(babel.Locale.parse(code.replace("-", "_")).plural_form.tags) | {"other"}
        except (babel.UnknownLocaleError, ValueError):
            continue
    return set(PLURAL_WORDS)


def _plural_problems(message: ast.Message, lang: str) -> list[str]:
    forms = plural_forms(lang)
    bad: list[str] = []

    def visit(node: Any) -> None:
        if isinstance(node, ast.SelectExpression):
            for variant in node.variants:
                key = variant.key
                if isinstance(key, ast.Identifier) and key.name in PLURAL_WORDS - forms:
                    bad.append(key.name)
                visit(variant.value)
        elif isinstance(node, ast.Pattern):
            for el in node.elements:
                if isinstance(el, ast.Placeable):
                    visit(el.expression)
        elif isinstance(node, ast.Placeable):
            visit(node.expression)

    if message.value is not None:
        visit(message.value)
    if not bad:
        return []
    return [
        f"[{', '.join(sorted(set(bad)))}] is not a plural form in '{lang}' "
        f"(its forms are: {', '.join(sorted(forms))})"
    ]


def _entry_range(text: str, name: str) -> tuple[int, int] | None:
    """Where message ``name`` is written in ``text`` (``id =`` to its last line)."""
    found = re.search(rf"^{re.escape(name)}[ \t]*=", text, re.MULTILINE)
    if found is None:
        return None
    nxt = _NEXT_ENTRY_RE.search(text, found.end())
    end = nxt.start() if nxt else len(text)
    return found.start(), len(text[:end].rstrip())


def merge_text(
    root: Path,
    base: LocaleCatalog,
    cat: LocaleCatalog,
    text: str,
    todo_name: str = "the file",
) -> MergeResult:
    """Check a translated todo file and write its messages into ``locales/<lang>/``."""
    result = MergeResult()
    resource = _parser.parse(text)
    lines = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def line_of(offset: int) -> int:
        import bisect

        return bisect.bisect_right(lines, offset)

    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            assert entry.span is not None
            notes = "; ".join(str(a.message) for a in entry.annotations) or "bad syntax"
            result.errors.append(f"{todo_name}:{line_of(entry.span.start)}: {notes}")
    english = {n: m for _, t in base.sources for n, m in _messages(t).items()}
    previous = {n: m for _, t in cat.sources for n, m in _messages(t).items()}
    accepted: dict[str, ast.Message] = {}
    for entry in resource.body:
        if not isinstance(entry, ast.Message):
            continue
        name = entry.id.name
        assert entry.span is not None
        where = f"{todo_name}:{line_of((entry.id.span or entry.span).start)}"
        en = english.get(name)
        if en is None:
            result.errors.append(f"{where}: '{name}' is not an English message")
            continue
        source = _value_source(entry)
        if source == _value_source(en) or (
            name in previous and source == _value_source(previous[name])
        ):
            result.skipped.append(name)
            continue
        want, have = _variables(en), _variables(entry)
        if want != have:
            parts = []
            if want - have:
                parts.append("missing " + ", ".join("$" + v for v in sorted(want - have)))
            if have - want:
                parts.append("unknown " + ", ".join("$" + v for v in sorted(have - want)))
            result.errors.append(
                f"{where}: '{name}' has different variables from English ({'; '.join(parts)}): "
                "keep every { $variable } exactly as in English"
            )
            continue
        for problem in _plural_problems(entry, cat.code):
            result.errors.append(f"{where}: '{name}': {problem}")
        accepted[name] = entry
    if result.errors:
        return result
    folder = root / "locales" / cat.code
    texts = {Path(f).name: t for f, t in cat.sources}
    en_files = {name: Path(info.file).name for name, info in base.messages.items()}
    order = list(base.messages)
    changed: dict[str, str] = {}
    for name, entry in accepted.items():
        file = en_files[name]
        current = changed.get(file, texts.get(file, "# status: draft\n"))
        bare = ast.Message(ast.Identifier(name), entry.value, entry.attributes)
        written = _serializer.serialize(ast.Resource([bare])).rstrip("\n")
        span = _entry_range(current, name)
        if span is not None:
            current = current[: span[0]] + written + current[span[1] :]
        else:
            at = None
            for before in reversed(order[: order.index(name)]):
                if en_files.get(before) == file and (found := _entry_range(current, before)):
                    at = found[1]
                    break
            if at is None:
                current = current.rstrip("\n") + "\n" + written + "\n"
            else:
                current = current[:at] + "\n" + written + current[at:]
        changed[file] = current
    for file, new in changed.items():
        check = _parser.parse(new)
        if any(isinstance(e, ast.Junk) for e in check.body):  # never write a broken file
            result.errors.append(f"locales/{cat.code}/{file}: merging would break its syntax")
            return result
        if set(message_texts(new)) < set(message_texts(texts.get(file, ""))):
            result.errors.append(f"locales/{cat.code}/{file}: merging would lose messages")
            return result
    for file, new in changed.items():
        (folder / file).write_text(new, encoding="utf-8")
        result.files.append(f"locales/{cat.code}/{file}")
    result.merged = list(accepted)
    return result


def record_merged(root: Path, base: LocaleCatalog, lang: str, names: list[str]) -> None:
    """Re-read the language after a merge and record the merged messages' sources."""
    from ..content import read_locales

    cat = read_locales(root)[lang]
    record(root, base, cat, names)
