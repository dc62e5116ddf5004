"""Hand-editing support: patch event files in place, and create new ones.

:func:`patch_event_text` rewrites only the top-level keys whose values change,
so everything else an editor wrote (comments, blank lines, key order, quoting,
flow or block style) stays byte for byte. A list that only grows (a new
source) gets its new items appended after the last old one, so comments
between items survive too. The result is checked by parsing it again; if the
patch would not give exactly the wanted values, the whole file is rewritten
deterministically instead (and a warning is logged).

:func:`create_event` is ``chronicle new``: a valid hand-made event file.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.dates import PartialDate
from generator.errors import ChronicleError, ContentError
from generator.ids import event_id, unique_event_id
from generator.models import Event, EventStatus
from generator.store.events import parse_event
from generator.store.files import event_files, event_path, write_text_atomic
from generator.store.serialise import (
    KEY_ORDER,
    EventRecord,
    dump_yaml,
    event_from_data,
    event_to_data,
    event_to_yaml,
)

log = logging.getLogger(__name__)

_INLINE_COMMENT = re.compile(r"\s+#.*$")


@dataclass(frozen=True)
class _Span:
    """Where one top-level key sits in a file."""

    key: str
    """The key."""
    start: int
    """0-based line of the key."""
    end: int
    """0-based last line of its value (trailing blank and comment lines excluded)."""
    node: yaml.Node
    """The value's node."""


def patch_event_text(text: str, current: EventRecord, wanted: EventRecord) -> str:
    """``text`` with the top-level keys whose value differs from ``current`` set to ``wanted``.

    ``current`` is what ``text`` holds (as :func:`generator.store.serialise.event_to_data`
    gives it); keys equal in both are left untouched, byte for byte.
    """
    wanted = {k: v for k, v in wanted.items() if v not in (None, [], "") or k in ("id", "title")}
    try:
        patched = _patch(text, current, wanted)
    except (yaml.YAMLError, ValueError) as exc:
        log.warning("could not patch event %s in place (%s); rewriting it", wanted.get("id"), exc)
        patched = None
    if patched is not None and _holds(patched, wanted):
        return patched
    if patched is not None:
        log.warning("patching event %s in place went wrong; rewriting it", wanted.get("id"))
    return event_to_yaml(event_from_data(wanted, str(wanted.get("id"))))


def _holds(text: str, wanted: dict[str, Any]) -> bool:
    try:
        return event_to_data(parse_event(text, "<patched>")) == wanted
    except ChronicleError:
        return False


def _patch(text: str, current: dict[str, Any], wanted: dict[str, Any]) -> str | None:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    spans = _spans(text, lines)
    if spans is None:
        return None
    by_key = {s.key: s for s in spans}
    # (start, end, order, lines): replace lines [start, end); at one spot, key order wins
    edits: list[tuple[int, int, int, list[str]]] = []
    keys = [k for k in KEY_ORDER if wanted.get(k) != current.get(k)]
    for key in keys:
        rank = KEY_ORDER.index(key)
        span = by_key.get(key)
        if key not in wanted:
            if span is not None:
                edits.append((span.start, span.end + 1, rank, []))
            continue
        value = wanted[key]
        if span is None:
            at = _insertion_line(key, by_key, lines)
            edits.append((at, at, rank, _render(key, value)))
            continue
        extra = _appended(current.get(key), value)
        if extra and isinstance(span.node, yaml.SequenceNode) and not span.node.flow_style:
            at = span.end + 1
            edits.append((at, at, rank, _render_items(key, extra, span, lines)))
            continue
        new_lines = _render(key, value)
        if span.start == span.end and len(new_lines) == 1:
            comment = _INLINE_COMMENT.search(lines[span.start][span.node.end_mark.column :])
            if comment:
                new_lines = [new_lines[0].rstrip("\n") + comment.group(0).rstrip("\n") + "\n"]
        edits.append((span.start, span.end + 1, rank, new_lines))
    for start, end, _, new_lines in sorted(edits, key=lambda e: e[:3], reverse=True):
        lines[start:end] = new_lines
    return "".join(lines)


def _spans(text: str, lines: Sequence[str]) -> list[_Span] | None:
    root = yaml.compose(text, Loader=yaml.SafeLoader)  # structure only; nothing is built
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        return None
    spans = []
    pairs = root.value
    for index, (key_node, value_node) in enumerate(pairs):
        start = key_node.start_mark.line
        limit = pairs[index + 1][0].start_mark.line if index + 1 < len(pairs) else len(lines)
        end = limit - 1
        while end > start and _is_filler(lines[end]):
            end -= 1
        if value_node.end_mark.column > 0:
            end = max(end, value_node.end_mark.line)
        spans.append(_Span(str(key_node.value), start, end, value_node))
    return spans


def _is_filler(line: str) -> bool:
    """A blank line or a comment at column 0 (never inside a value of a top-level key)."""
    return not line.strip() or line.startswith("#")


def _insertion_line(key: str, by_key: dict[str, _Span], lines: Sequence[str]) -> int:
    order = list(KEY_ORDER)
    before = [by_key[k] for k in order[: order.index(key)] if k in by_key]
    if before:
        return max(s.end for s in before) + 1
    if by_key:
        return min(s.start for s in by_key.values())
    return len(lines)


def _appended(old: Any, new: Any) -> list[Any]:
    """The items ``new`` adds at the end of ``old``, if ``new`` only appends to it."""
    if not isinstance(old, list) or not isinstance(new, list) or len(new) <= len(old):
        return []
    return new[len(old) :] if new[: len(old)] == old else []


def _render(key: str, value: Any) -> list[str]:
    return dump_yaml({key: value}).splitlines(keepends=True)


def _render_items(key: str, items: list[Any], span: _Span, lines: Sequence[str]) -> list[str]:
    """New sequence items, indented like the existing ones."""
    rendered = _render(key, items)[1:]  # drop "key:"
    assert isinstance(span.node, yaml.SequenceNode)
    first = span.node.value[0].start_mark.line if span.node.value else span.start + 1
    existing = lines[first] if first < len(lines) else ""
    dash = existing.find("-") if existing.lstrip().startswith("-") else 2
    ours = rendered[0].find("-")
    shift = dash - ours
    if shift > 0:
        return [" " * shift + line if line.strip() else line for line in rendered]
    if shift < 0:
        return [line[-shift:] if line[:-shift].isspace() else line for line in rendered]
    return rendered


def create_event(
    content_dir: Path,
    title: str,
    date: str,
    *,
    status: EventStatus = "occurred",
    summary: str = "",
    tags: Sequence[str] = (),
    entities: Sequence[str] = (),
    end: str | None = None,
    reserved: Collection[str] = (),
) -> Path:
    """Write a new hand-made event file and return its path.

    The id is the date and the title's words, made unique against every event
    file and every id in ``reserved`` (the ids ingest has generated before, so
    that ingest sees the new event as hand-made).
    """
    title = title.strip()
    if not title:
        raise ContentError("the title is empty")
    start = _parse_option("--date", date)
    finish = _parse_option("--end", end) if end else None
    if finish is not None and finish.sort_key() < start.sort_key():
        raise ContentError(f"--end: {finish.edtf()} is before --date {start.edtf()}")
    taken = set(reserved) | _used_ids(content_dir)
    event = Event(
        id=unique_event_id(event_id(start, title), taken.__contains__),
        title=title,
        date=start,
        end=finish,
        status=status,
        summary=summary.strip(),
        tags=_unique(tags),
        entities=_unique(entities),
    )
    path = event_path(content_dir, event)
    while path.exists():  # a renamed file already uses the name
        event.id = unique_event_id(event.id, (taken | {event.id}).__contains__)
        path = event_path(content_dir, event)
    text = event_to_yaml(event)
    parse_event(text, str(path))  # never write an invalid file
    write_text_atomic(path, text)
    log.debug("wrote %s", path)
    return path


def _parse_option(option: str, value: str) -> PartialDate:
    try:
        return PartialDate.parse(value)
    except ChronicleError as exc:
        raise ContentError(f"{option}: {exc.message}") from None


def _used_ids(content_dir: Path) -> set[str]:
    ids = set()
    for path in event_files(content_dir):
        ids.add(path.stem)
        try:
            for line in path.read_text("utf-8-sig").splitlines():
                if line.startswith("id:"):
                    ids.add(line[3:].strip().strip("'\""))
                    break
        except (OSError, UnicodeDecodeError):
            continue
    return ids


def _unique(values: Sequence[str]) -> list[str]:
    seen: list[str] = []
    for value in (v.strip() for v in values):
        if value and value not in seen:
            seen.append(value)
    return seen
