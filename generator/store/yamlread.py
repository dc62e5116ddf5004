"""Safe YAML loading that remembers where every value came from.

Event files are written by hand, so every problem must point at a line. We
compose the YAML node tree ourselves (``yaml.compose``) and convert it to plain
Python values, recording the start mark of every mapping key and sequence
item. Only the core tags are allowed: ``!!python/...`` or any custom tag is an
error, never executed. Anchors and aliases are refused (no alias bombs), and
unquoted dates stay strings ("2026-02-03" is not turned into a ``date``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from generator.errors import ContentError

Path_ = tuple[str | int, ...]
"""A path into a loaded document: mapping keys and sequence indexes."""

_STR = "tag:yaml.org,2002:str"
_ALLOWED_SCALARS = {
    _STR,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
MAX_NODES = 100_000
"""Refuse documents with more nodes than this (a hand-edited event has dozens)."""


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser is ~10x faster


class _StringDateLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe loader whose resolver leaves timestamps as strings."""


_StringDateLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def safe_load_str(text: str, path: str | None = None) -> Any:
    """Load YAML text with the rules of this module, without position info."""
    return load_with_marks(text, path).data


@dataclass
class Loaded:
    """A YAML document converted to plain values, with positions."""

    data: Any
    """The document as dicts, lists, str, int, float, bool and None."""
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    """1-based (line, column) of each key or item, by its path."""

    def where(self, path: Path_) -> tuple[int, int]:
        """The position of ``path`` or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.marks:
                return self.marks[path]
            path = path[:-1]
        return self.marks.get((), (1, 1))


def load_with_marks(text: str, path: str | None = None) -> Loaded:
    """Parse ``text`` as one YAML document, refusing unsafe constructs."""
    try:
        node = yaml.compose(text, Loader=_StringDateLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        unclosed = _unclosed_quote(exc, text)
        if unclosed is not None:
            line, column, problem = unclosed
        raise ContentError(f"YAML syntax error: {problem}", path, line, column) from None
    except yaml.YAMLError as exc:  # pragma: no cover - non-marked errors are rare
        raise ContentError(f"YAML error: {exc}", path) from None
    loaded = Loaded(None)
    if node is None:
        return loaded
    loaded.marks[()] = (node.start_mark.line + 1, node.start_mark.column + 1)
    converter = _Converter(path, loaded)
    loaded.data = converter.convert(node, ())
    return loaded


def _unclosed_quote(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str] | None:
    """(line, column, message) at the opening quote of a quoted value never closed, or None.

    The scanner notices only at the end of the file (or at a ``---``), or, when
    a later value is quoted too, somewhere after that value's quote closes the
    runaway one; the quote that opened it is where the mistake is.
    """
    mark = exc.context_mark
    problem = exc.problem or exc.context or "invalid YAML"
    lines = text.splitlines()
    if exc.context == "while scanning a quoted scalar" and problem.startswith("found unexpected"):
        if mark is None or mark.line >= len(lines):
            return None
        quote = lines[mark.line][mark.column : mark.column + 1]
        return (
            mark.line + 1,
            mark.column + 1,
            f"the value that starts with {quote} here is never closed ({problem}); "
            f"add the closing {quote}",
        )
    runaway = _runaway_quote(text, lines)
    if runaway is None:
        return None
    start, end, quote = runaway.start_mark, runaway.end_mark, runaway.style
    at = f" at line {exc.problem_mark.line + 1}" if exc.problem_mark else ""
    return (
        start.line + 1,
        start.column + 1,
        f"the value that starts with {quote} here runs on to line {end.line + 1}; "
        f"add its closing {quote} (reading then stops{at}: {problem})",
    )


_KEY_LINE = re.compile(r"[ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*:(?:[ \t]|$)")
"""A line that starts a mapping key (``title: ...``, ``- article: ...``)."""


def _runaway_quote(text: str, lines: list[str]) -> yaml.ScalarToken | None:
    """The first quoted value, before a syntax error, that swallowed lines that look like keys.

    Those lines were meant as keys of their own: the value's closing quote is missing.
    """
    try:
        for token in yaml.scan(text, Loader=_StringDateLoader):
            if not isinstance(token, yaml.ScalarToken) or token.style not in ("'", '"'):
                continue
            first, last = token.start_mark.line, token.end_mark.line
            indent = len(lines[first]) - len(lines[first].lstrip()) if first < len(lines) else 0
            for number in range(first + 1, min(last, len(lines) - 1) + 1):
                line = lines[number]
                if _KEY_LINE.match(line) and len(line) - len(line.lstrip()) <= indent:
                    return token
    except yaml.YAMLError:
        pass
    return None


class _Converter:
    """Turns a composed node tree into plain values, checking safety."""

    def __init__(self, path: str | None, loaded: Loaded) -> None:
        self.path = path
        self.loaded = loaded
        self.seen: set[int] = set()
        self.count = 0
        self.constructor = yaml.SafeLoader("")

    def fail(self, node: yaml.Node, message: str) -> ContentError:
        return ContentError(
            message, self.path, node.start_mark.line + 1, node.start_mark.column + 1
        )

    def convert(self, node: yaml.Node, where: Path_) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise self.fail(node, f"document has more than {MAX_NODES} values; refusing it")
        if id(node) in self.seen:
            raise self.fail(node, "YAML anchors and aliases (&, *) are not allowed")
        self.seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            if node.tag != "tag:yaml.org,2002:map":
                raise self.fail(node, f"unsupported YAML tag {node.tag!r}; use plain values")
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise self.fail(key_node, "YAML merge keys (<<) are not allowed")
                key = self.convert(key_node, where)
                if not isinstance(key, str):
                    key = str(key)
                if key in result:
                    raise self.fail(key_node, f"duplicate key {key!r}")
                child = (*where, key)
                self.loaded.marks[child] = (
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                )
                result[key] = self.convert(value_node, child)
            return result
        if isinstance(node, yaml.SequenceNode):
            if node.tag != "tag:yaml.org,2002:seq":
                raise self.fail(node, f"unsupported YAML tag {node.tag!r}; use plain values")
            items = []
            for index, item in enumerate(node.value):
                child = (*where, index)
                self.loaded.marks[child] = (item.start_mark.line + 1, item.start_mark.column + 1)
                items.append(self.convert(item, child))
            return items
        assert isinstance(node, yaml.ScalarNode)
        if node.tag not in _ALLOWED_SCALARS:
            raise self.fail(node, f"unsupported YAML tag {node.tag!r}; use plain values")
        if node.tag in (_STR, "tag:yaml.org,2002:timestamp"):
            return str(node.value)
        return self.constructor.construct_object(node, deep=True)
