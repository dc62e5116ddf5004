"""A small, fast, deterministic YAML writer for event files.

PyYAML's pure-Python emitter took about 3 ms per event file (most of an
ingest of 1,000 events). Event files have a fixed, shallow shape (a mapping
of scalars, lists of scalars and lists of flat mappings), so we write them
ourselves: plain scalars where YAML reads them back as the same string,
double-quoted (JSON-style escapes) otherwise, long plain text folded at
spaces. Round-tripping through a YAML loader gives back exactly the input
(tested with hypothesis).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

import yaml

WIDTH = 88
"""Fold plain text longer than this (at single spaces)."""

_RESOLVER = yaml.resolver.Resolver()
_PLAIN_FIRST = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]")
"""What plain text may start with."""
_PLAIN_BREAKER = re.compile(r":(?!\S)|(?<!\S)#")
"""What plain text may not hold: ": " (or a final ":") starts a value, " #" a comment."""
_NEEDS_ESCAPE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
_SINGLE_SPACE = re.compile(r"(?<=\S) (?=\S)")


def dump_mapping(data: Mapping[str, Any]) -> str:
    """YAML text for a mapping whose keys are plain identifiers."""
    lines: list[str] = []
    _write_mapping(data, 0, lines, first_prefix="")
    return "\n".join(lines) + "\n"


def _write_mapping(
    data: Mapping[str, Any], indent: int, lines: list[str], first_prefix: str
) -> None:
    pad = " " * indent
    for index, (key, value) in enumerate(data.items()):
        lead = first_prefix if index == 0 and first_prefix else pad
        if isinstance(value, Mapping):
            lines.append(f"{lead}{key}:")
            _write_mapping(value, indent + 2, lines, first_prefix="")
        elif isinstance(value, Sequence) and not isinstance(value, str):
            if not value:
                lines.append(f"{lead}{key}: []")
                continue
            lines.append(f"{lead}{key}:")
            for item in value:
                item_pad = " " * (indent + 2)
                if isinstance(item, Mapping):
                    _write_mapping(item, indent + 4, lines, first_prefix=f"{item_pad}- ")
                else:
                    lines.append(f"{item_pad}- " + scalar(item, indent + 4, len(item_pad) + 2))
        else:
            lines.append(f"{lead}{key}: " + scalar(value, indent + 2, len(lead) + len(key) + 2))


def scalar(value: Any, continuation: int, column: int) -> str:
    """One scalar as YAML; long plain text folds onto lines indented by ``continuation``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    if not _is_plain(text):
        return _double_quoted(text)
    return _fold(text, continuation, column)


@lru_cache(maxsize=4096)
def _is_plain(text: str) -> bool:
    if not text or text != text.strip() or _NEEDS_ESCAPE.search(text) or "\t" in text:
        return False
    if not _PLAIN_FIRST.match(text) or _PLAIN_BREAKER.search(text) or text.endswith(":"):
        return False
    tag: str = _RESOLVER.resolve(  # type: ignore[no-untyped-call]  # PyYAML has no hints
        yaml.ScalarNode, text, (True, False)
    )
    return tag == "tag:yaml.org,2002:str"


def _double_quoted(text: str) -> str:
    quoted = json.dumps(text, ensure_ascii=False)
    return _NEEDS_ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _fold(text: str, continuation: int, column: int) -> str:
    if column + len(text) <= WIDTH:
        return text
    pad = " " * continuation
    out: list[str] = []
    line_start = 0
    last_break = -1
    width = WIDTH - column
    for match in _SINGLE_SPACE.finditer(text):
        if match.start() - line_start > width and last_break > line_start:
            out.append(text[line_start:last_break])
            line_start = last_break + 1
            width = WIDTH - continuation
        last_break = match.start()
    if len(text) - line_start > width and last_break > line_start:
        out.append(text[line_start:last_break])
        line_start = last_break + 1
    out.append(text[line_start:])
    return f"\n{pad}".join(out)
