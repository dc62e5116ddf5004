"""The package's shape: no import cycles, no private names across subpackages, small modules.

Every module under ``generator/`` is parsed with :mod:`ast` (nothing is
imported) and every import statement is read: module level, inside functions
and under ``if TYPE_CHECKING:`` alike, because each is a dependency of one
module on another (a function-level import that breaks a cycle at run time
still ties the two modules together).

- **Cycles.** The module import graph has no cycle (allowed: none).
- **Private names.** The subpackages ``ingest``, ``temporal``, ``store`` and
  ``site`` and the shared core (the top-level modules: ``errors``, ``dates``,
  ``models``, ``cli``...) use each other only through public names: no
  ``from generator.store.events import _validator``, no ``events._validator``
  through an imported module, no private module (``_name.py``) of another group.
- **Size.** No module is over :data:`MAX_LINES` lines, except the rule tables
  of :data:`LONG_TABLES` (plainly tables, not logic).

The checks run on the source text, so the test on a synthetic package at the
end shows that each of them does find what it looks for.
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = "generator"
"""The package whose shape is checked."""
SUBPACKAGES = frozenset({"ingest", "temporal", "store", "site"})
"""Groups of ``generator``; every other module is in the shared core."""
MAX_LINES = 600
"""The most lines a module may have."""
LONG_TABLES = frozenset({"generator/temporal/rules.py"})
"""Modules that may be longer: rule tables, plainly tables (paths relative to the repository)."""
ALLOWED_CYCLES: frozenset[frozenset[str]] = frozenset()
"""Import cycles accepted for now, as sets of module names: none."""


@dataclass(frozen=True)
class Import:
    """One imported module (and name, for ``from X import name``) in a module's source."""

    source: str
    """The importing module (dotted name)."""
    target: str
    """The imported module."""
    name: str | None
    """The name taken from ``target`` (``from target import name``), None for a module."""
    line: int
    """Line of the import statement."""
    where: str
    """``module``, ``function`` or ``type-checking``: where the statement is."""


@dataclass(frozen=True)
class Module:
    """A parsed module of the package."""

    name: str
    """Dotted name (``generator.store.events``; a package's ``__init__`` is the package)."""
    path: Path
    """Its file."""
    lines: int
    """Its number of lines."""
    tree: ast.Module
    """Its syntax tree."""


def module_name(path: Path, root: Path) -> str:
    """The dotted name of the module in ``path`` (relative to the folder holding the package)."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def parse_package(root: Path, package: str = PACKAGE) -> dict[str, Module]:
    """Every module under ``root/package``, parsed, by dotted name."""
    modules = {}
    for path in sorted((root / package).rglob("*.py")):
        text = path.read_text("utf-8")
        name = module_name(path, root)
        modules[name] = Module(name, path, len(text.splitlines()), ast.parse(text, str(path)))
    return modules


def _is_package(module: Module) -> bool:
    return module.path.name == "__init__.py"


def _resolve(module: Module, node: ast.ImportFrom) -> str:
    """The absolute module name ``from ... import`` reads from (relative imports resolved)."""
    if not node.level:
        return node.module or ""
    base = module.name.split(".")
    if not _is_package(module):
        base.pop()
    if node.level > 1:
        base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def _walk(node: ast.AST, where: str = "module") -> Iterator[tuple[ast.AST, str]]:
    """Every node under ``node`` with where it sits: module level, a function, TYPE_CHECKING."""
    for child in ast.iter_child_nodes(node):
        inner = where
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            inner = "function"
        elif (
            isinstance(child, ast.If)
            and where == "module"
            and "TYPE_CHECKING" in ast.unparse(child.test)
        ):
            yield child, where
            for stmt in child.body:
                yield stmt, "type-checking"
                yield from _walk(stmt, "type-checking")
            for stmt in child.orelse:
                yield stmt, where
                yield from _walk(stmt, where)
            continue
        yield child, inner
        yield from _walk(child, inner)


def imports_of(module: Module, modules: dict[str, Module]) -> list[Import]:
    """The imports of ``module`` that name modules of the package, with the names taken."""
    found = []
    for node, where in _walk(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules:
                    found.append(Import(module.name, alias.name, None, node.lineno, where))
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, node)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                if submodule in modules:  # from package import module
                    found.append(Import(module.name, submodule, None, node.lineno, where))
                elif base in modules:
                    found.append(Import(module.name, base, alias.name, node.lineno, where))
    return found


def module_aliases(module: Module, modules: dict[str, Module]) -> dict[str, str]:
    """Local names bound to a module of the package (``from x import events as store``)."""
    aliases = {}
    for node, _where in _walk(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname and alias.name in modules:
                    aliases[alias.asname] = alias.name
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, node)
            for alias in node.names:
                if f"{base}.{alias.name}" in modules:
                    aliases[alias.asname or alias.name] = f"{base}.{alias.name}"
    return aliases


def group(name: str, package: str = PACKAGE) -> str:
    """The subpackage a module (or subpackage) belongs to; ``core`` for the top-level modules."""
    parts = name.split(".")
    in_subpackage = len(parts) > 1 and parts[0] == package and parts[1] in SUBPACKAGES
    return parts[1] if in_subpackage else "core"


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def graph(modules: dict[str, Module]) -> dict[str, dict[str, list[Import]]]:
    """Module → imported module → the import statements making that edge."""
    edges: dict[str, dict[str, list[Import]]] = {name: {} for name in modules}
    for module in modules.values():
        for found in imports_of(module, modules):
            if found.target != module.name:
                edges[module.name].setdefault(found.target, []).append(found)
    return edges


def cycles(edges: dict[str, dict[str, list[Import]]]) -> list[list[str]]:
    """Cycles (paths ending where they start) covering every module that is in one.

    The modules that import each other in a circle are found as strongly
    connected groups (Tarjan); for each module of a group, a shortest cycle
    through it is reported (each cycle once).
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def connect(node: str) -> None:  # Tarjan's algorithm
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges[node]):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            members = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                members.append(member)
                if member == node:
                    break
            if len(members) > 1:
                groups.append(sorted(members))

    for node in sorted(edges):
        if node not in index:
            connect(node)
    found: dict[tuple[str, ...], list[str]] = {}
    for members in sorted(groups):
        for start in members:
            path = _cycle_path(edges, start, set(members))
            ring = path[:-1]
            first = ring.index(min(ring))
            found.setdefault(tuple(ring[first:] + ring[:first]), path)
    return [found[key] for key in sorted(found)]


def _cycle_path(
    edges: dict[str, dict[str, list[Import]]], start: str, inside: set[str]
) -> list[str]:
    """A shortest cycle through ``start`` that stays ``inside`` its group."""
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for target in sorted(edges[node]):
            if target == start:
                return [*paths[node], start]
            if target in inside and target not in paths:
                paths[target] = [*paths[node], target]
                queue.append(target)
    raise AssertionError(f"no cycle through {start}")  # pragma: no cover - members are an SCC


def describe_cycle(path: list[str], edges: dict[str, dict[str, list[Import]]]) -> str:
    """``a -> b -> a`` with, for each step, the lines and kinds of the imports making it."""
    steps = []
    for source, target in itertools.pairwise(path):
        statements = sorted({(i.line, i.where) for i in edges[source][target]})
        made_by = ", ".join(f"line {line} {where}" for line, where in statements)
        steps.append(f"    {source} -> {target}  ({made_by})")
    return " -> ".join(path) + "\n" + "\n".join(steps)


def imports_across_groups(
    modules: dict[str, Module], root: Path
) -> Iterator[tuple[str, str, Import]]:
    """Each import of a module from another group: (the module's file, its group, the import)."""
    for module in modules.values():
        own = group(module.name)
        rel = module.path.relative_to(root).as_posix()
        for found in imports_of(module, modules):
            if group(found.target) != own:
                yield rel, own, found


def private_imports(modules: dict[str, Module], root: Path) -> list[str]:
    """Private names (or private modules) one group takes from another, as messages."""
    problems = []
    for rel, own, found in imports_across_groups(modules, root):
        names = [*found.target.split("."), *([found.name] if found.name else [])]
        private = [n for n in names if _private(n)]
        if private:
            problems.append(
                f"{rel}:{found.line}: {own} imports {', '.join(private)} from "
                f"{found.target} ({group(found.target)})"
            )
    for module in modules.values():
        own = group(module.name)
        rel = module.path.relative_to(root).as_posix()
        aliases = module_aliases(module, modules)
        for node in ast.walk(module.tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
                and _private(node.attr)
                and group(aliases[node.value.id]) != own
            ):
                target = aliases[node.value.id]
                problems.append(
                    f"{rel}:{node.lineno}: {own} uses {node.value.id}.{node.attr} of "
                    f"{target} ({group(target)})"
                )
    return sorted(set(problems))


def reaching_past_the_api(modules: dict[str, Module], root: Path) -> list[str]:
    """Imports from another subpackage's modules instead of the subpackage (its public API)."""
    problems = []
    for rel, own, found in imports_across_groups(modules, root):
        other = group(found.target)
        if other != "core" and found.target != f"{PACKAGE}.{other}":
            problems.append(
                f"{rel}:{found.line}: {own} imports {found.target}, not {PACKAGE}.{other}"
            )
    return sorted(set(problems))


def long_modules(modules: dict[str, Module], root: Path) -> list[str]:
    """Modules over :data:`MAX_LINES` lines that are not allowed rule tables, as messages."""
    return [
        f"{module.path.relative_to(root).as_posix()}: {module.lines} lines"
        for module in sorted(modules.values(), key=lambda m: -m.lines)
        if module.lines > MAX_LINES and module.path.relative_to(root).as_posix() not in LONG_TABLES
    ]


@cache
def _package() -> dict[str, Module]:
    return parse_package(ROOT)


# --- the package ------------------------------------------------------------------------------


def test_every_module_is_found_and_imports_resolve() -> None:
    modules = _package()
    assert {"generator.cli", "generator.store.events", "generator.temporal.rules"} <= set(modules)
    edges = graph(modules)
    assert sum(len(targets) for targets in edges.values()) > len(modules)
    assert all("generator.dates" in edges[name] for name in ("generator.models", "generator.cli"))


def test_no_import_cycles() -> None:
    edges = graph(_package())
    found = [path for path in cycles(edges) if frozenset(path) not in ALLOWED_CYCLES]
    assert not found, "import cycles:\n" + "\n".join(describe_cycle(p, edges) for p in found)


def test_no_private_names_across_subpackages() -> None:
    problems = private_imports(_package(), ROOT)
    assert not problems, "private names used across subpackages:\n" + "\n".join(problems)


def test_other_subpackages_are_used_through_their_public_api() -> None:
    modules = _package()
    problems = reaching_past_the_api(modules, ROOT)
    assert not problems, "imports past a subpackage's __init__:\n" + "\n".join(problems)
    for name in SUBPACKAGES:
        package = modules[f"{PACKAGE}.{name}"]
        exported = [
            node
            for node in ast.walk(package.tree)
            if isinstance(node, ast.Assign)
            and any(
                isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
            )
        ]
        assert exported, f"{package.path} names no public API (__all__)"


def test_no_module_is_over_the_size_limit() -> None:
    modules = _package()
    for allowed in LONG_TABLES:
        assert (ROOT / allowed).is_file(), f"{allowed} is allowed to be long but does not exist"
    problems = long_modules(modules, ROOT)
    assert not problems, f"modules over {MAX_LINES} lines:\n" + "\n".join(problems)


# --- the checks find what they look for -----------------------------------------------------


@pytest.fixture
def toy(tmp_path: Path) -> Path:
    """A small package with one of each problem: a cycle, private names, a long module."""
    files = {
        "__init__.py": "",
        "cli.py": "from generator.store.events import _validator\n",
        "store/__init__.py": "from generator.store.events import _validator\n",
        "store/events.py": (
            "from __future__ import annotations\n"
            "from typing import TYPE_CHECKING\n"
            "from generator.store import cache\n"
            "if TYPE_CHECKING:\n    from generator.site.build import Plan\n"
            "def _validator():\n    return 1\n"
        ),
        "store/cache.py": "def load():\n    from . import events\n    return events._validator()\n",
        "site/__init__.py": "",
        "site/build.py": (
            "from generator.store import events as store\n"
            "Plan = int\n"
            "x = store._validator()\n" + "y = 1\n" * MAX_LINES
        ),
    }
    for name, text in files.items():
        path = tmp_path / PACKAGE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return tmp_path


def test_the_checks_find_cycles_private_names_and_long_modules(toy: Path) -> None:
    modules = parse_package(toy)
    edges = graph(modules)
    assert edges["generator.store.cache"]["generator.store.events"][0].where == "function"
    assert edges["generator.store.events"]["generator.site.build"][0].where == "type-checking"
    assert cycles(edges) == [
        ["generator.site.build", "generator.store.events", "generator.site.build"],
        ["generator.store.cache", "generator.store.events", "generator.store.cache"],
    ]
    assert private_imports(modules, toy) == [
        "generator/cli.py:1: core imports _validator from generator.store.events (store)",
        "generator/site/build.py:3: site uses store._validator of generator.store.events (store)",
    ]
    assert long_modules(modules, toy) == [f"generator/site/build.py: {MAX_LINES + 3} lines"]
