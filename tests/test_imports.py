"""The import graph of ``bot``: no cycles between modules, and a pure engine.

Every import counts, also one inside a function (a lazy import still ties two modules
together). ``import a.b`` and ``from a import b`` both point at ``a.b`` when that is a
module; a package's ``__init__`` is not counted as imported by its own modules.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import bot

BOT = Path(bot.__file__).parent
# The engine may import only itself, the standard library's pure parts, pydantic and yaml.
ENGINE_MAY_IMPORT = {"bot.engine", "pydantic", "yaml"}
ENGINE_STDLIB_FORBIDDEN = {
    "asyncio",
    "http",
    "io",
    "logging",
    "os",
    "pathlib",
    "random",
    "secrets",
    "shutil",
    "socket",
    "sqlite3",
    "subprocess",
    "tempfile",
    "threading",
    "time",
    "datetime",
    "urllib",
    "uuid",
}


def module_name(path: Path) -> str:
    rel = path.relative_to(BOT.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(BOT.rglob("*.py"))}


def imports_of(name: str, modules: dict[str, Path] = MODULES) -> set[str]:
    path = modules[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            for alias in node.names:
                child = f"{module}.{alias.name}"
                found.add(child if child in modules else module)
    return {m for m in found if m != name and not name.startswith(m + ".")}


def graph(modules: dict[str, Path] = MODULES) -> dict[str, set[str]]:
    return {n: {m for m in imports_of(n, modules) if m in modules} for n in modules}


def cycles(edges: dict[str, set[str]]) -> list[set[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[set[str]] = []
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = set()
            while True:
                w = stack.pop()
                on.discard(w)
                part.add(w)
                if w == v:
                    break
            if len(part) > 1:
                out.append(part)

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def test_no_two_bot_modules_import_each_other() -> None:
    found = cycles(graph())
    assert found == [], "import cycles: " + "; ".join(" <-> ".join(sorted(c)) for c in found)


def test_the_cycle_check_finds_a_lazy_import_cycle(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .b import thing\n")
    (pkg / "b.py").write_text("def thing():\n    from .a import x\n")
    modules = {f"pkg.{p.stem}": p for p in pkg.glob("*.py") if p.stem != "__init__"}
    modules["pkg"] = pkg / "__init__.py"
    assert cycles(graph(modules)) == [{"pkg.a", "pkg.b"}]


def test_the_engine_imports_only_itself_pydantic_yaml_and_pure_stdlib() -> None:
    offenders = []
    stdlib = sys.stdlib_module_names
    for name in MODULES:
        if not (name == "bot.engine" or name.startswith("bot.engine.")):
            continue
        for imported in imports_of(name):
            top = imported.split(".")[0]
            allowed = any(imported == a or imported.startswith(a + ".") for a in ENGINE_MAY_IMPORT)
            pure_stdlib = top in stdlib and top not in ENGINE_STDLIB_FORBIDDEN
            if not (allowed or pure_stdlib or top == "__future__"):
                offenders.append(f"{name} imports {imported}")
    assert offenders == []
