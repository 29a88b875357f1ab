"""The import graph of `guide`, read from the source: no cycles, and the core stands alone.

Every import counts — at the top, inside functions, and under ``TYPE_CHECKING`` — because an
import hidden in a function is still a dependency the next engineer has to know about.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import guide

ROOT = Path(guide.__file__).parent


def modules() -> dict[str, Path]:
    found = {}
    for path in ROOT.rglob("*.py"):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imported(name: str, path: Path, known: dict[str, Path]) -> Iterator[str]:
    """Every module ``name`` imports, as a module of the tree or a top-level package."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            # `from package import module` depends on the module, not on the package's own
            # names; `from module import name` on the module.
            targets = [
                f"{source}.{alias.name}" if f"{source}.{alias.name}" in known else source
                for alias in node.names
            ]
        else:
            continue
        for target in targets:
            while target not in known and "." in target:
                target = target.rpartition(".")[0]
            yield target


def graph() -> dict[str, set[str]]:
    known = modules()
    return {
        name: {t for t in imported(name, path, known) if t != name} for name, path in known.items()
    }


def cycles(edges: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected sets of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in edges.get(node, ()):
            if other not in edges:
                continue
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(component)

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_graph_is_read_from_the_whole_tree() -> None:
    edges = graph()
    assert len(edges) > 90
    assert "guide.core.errors" in edges["guide.core.library.lifecycle"]
    assert "PySide6" in edges["guide.gui.app"]
    # a function-level import and a TYPE_CHECKING one are both edges
    assert "guide.core.library" in edges["guide.core.ops"]


def test_no_import_cycles() -> None:
    assert cycles(graph()) == []


def test_cycles_are_found_where_there_are_some() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert cycles(edges) == [{"a", "b", "c"}]


def test_the_core_imports_nothing_of_qt_the_window_or_the_cli() -> None:
    edges = graph()
    core = [name for name in edges if name.startswith("guide.core")]
    assert "guide.core.importing.history.tvtime" in core
    for name in core:
        outside = {
            target
            for target in edges[name]
            if target.startswith(("PySide6", "shiboken6", "guide.gui"))
            or (target.startswith("guide.") and not target.startswith("guide.core"))
        }
        assert not outside, f"{name} imports {sorted(outside)}"
