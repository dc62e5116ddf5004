"""Chronicle supports Python 3.10 (``requires-python``): its regular expressions use no
syntax 3.11 added. A possessive repeat (``\\w++``) or an atomic group (``(?>…)``) compiles
on the Python the tests run on, and fails to import on 3.10."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator
from typing import Any

import generator
from generator import fastre
from tests.conftest import ROOT

NEW_IN_3_11 = frozenset({"POSSESSIVE_REPEAT", "ATOMIC_GROUP"})
"""The regular-expression opcodes Python 3.11 added."""


def _parser() -> Any:
    """The parser of ``re`` patterns (``re._parser`` since 3.11, ``sre_parse`` before)."""
    return getattr(re, "_parser", None) or importlib.import_module("sre_parse")


def _opcodes(parsed: Any) -> Iterator[str]:
    """Every opcode name in a parsed pattern (a ``SubPattern``), nested ones too."""
    for op, argument in parsed:
        yield str(op)
        yield from _nested(argument)


def _nested(value: Any) -> Iterator[str]:
    """The opcodes of the sub-patterns inside an opcode's argument (tuples and lists)."""
    if type(value).__name__ == "SubPattern":
        yield from _opcodes(value)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _nested(item)


def _module_patterns() -> Iterator[tuple[str, str, int]]:
    """(module.name, pattern, flags) of every compiled pattern at module level."""
    for info in pkgutil.walk_packages(generator.__path__, "generator."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, (re.Pattern, fastre.Pattern)) and isinstance(value.pattern, str):
                yield f"{info.name}.{name}", value.pattern, value.flags


def _new_syntax(pattern: str, flags: int) -> set[str]:
    return NEW_IN_3_11 & set(_opcodes(_parser().parse(pattern, flags)))


def test_the_check_finds_possessive_repeats_and_atomic_groups() -> None:
    if sys.version_info < (3, 11):
        return  # they do not even compile here
    assert _new_syntax(r"(\w++)\s+\1", 0) == {"POSSESSIVE_REPEAT"}
    assert _new_syntax(r"a(?:b(?>c|d))", 0) == {"ATOMIC_GROUP"}
    assert _new_syntax(r"x{0,2}+(?:[a-z]*+)", 0) == {"POSSESSIVE_REPEAT"}
    assert not _new_syntax(r"(\w+)\s+\1(?=a)(?<!b)[*+]\+", 0)


def test_no_pattern_needs_python_3_11() -> None:
    assert 'requires-python = ">=3.10"' in (ROOT / "pyproject.toml").read_text("utf-8")
    found = {where: used for where, p, f in _module_patterns() if (used := _new_syntax(p, f))}
    assert not found, f"patterns Python 3.10 cannot compile: {found}"
