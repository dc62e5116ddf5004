"""An article's metadata fields from front matter, sidecars and corpus records.

Markdown front matter and ``<stem>.meta.yaml`` sidecars are YAML mappings, corpus lines
are JSON objects; :func:`meta_from_mapping` checks the fields of all three the same way
(aliases such as ``date`` for ``published``, one value a field, dates that parse).

YAML is loaded by :func:`generator.store.yamlread.load_with_marks`, the loader of event
files, so the same rules hold for every file an editor writes: safe tags only, no anchors
or aliases, no duplicate keys, dates kept as the strings the editor wrote.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from generator.errors import ChronicleError, ContentError, InputError
from generator.ingest.pubdate import parse_date_value
from generator.store import load_with_marks

log = logging.getLogger(__name__)

_YAML_PREFIXES = ("YAML syntax error: ", "YAML error: ")
"""How :func:`load_with_marks` begins its parser messages; replaced by "invalid YAML: "."""


def load_yaml_mapping(
    text: str, path: str, first_line: int = 1
) -> tuple[dict[str, Any], dict[str, int]]:
    """Load a YAML mapping (dates as strings) and the line of each key.

    ``first_line`` is the line of the file ``text`` starts on (front matter starts on 2);
    every problem is an InputError starting "invalid YAML: " at that file's line.
    """
    try:
        loaded = load_with_marks(text, path)
    except ContentError as exc:
        problem = exc.message.partition("\n")[0]
        prefix = next((p for p in _YAML_PREFIXES if problem.startswith(p)), "")
        line = first_line - 1 + exc.line if exc.line is not None else None
        raise InputError(f"invalid YAML: {problem[len(prefix) :]}", path=path, line=line) from exc
    data = loaded.data
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise InputError(
            "expected a mapping of fields (key: value), got "
            f"{type(data).__name__} {shorten(data)!r}",
            path=path,
            line=first_line,
        )
    lines = {key: first_line - 1 + loaded.marks[(key,)][0] for key in data}
    return data, lines


def shorten(value: object) -> str:
    """``value`` as text for a message, cut to 60 characters."""
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def meta_from_mapping(
    data: dict[str, Any],
    lines: dict[str, int],
    path: str,
    allowed: Sequence[str],
    *,
    strict: bool = False,
) -> dict[str, Any]:
    """Check and normalise front-matter / sidecar fields.

    A field outside ``allowed`` is an error when ``strict`` (a sidecar, which exists only
    to set these fields) and is otherwise ignored with a debug message.
    """
    aliases = {
        "date": "published",
        "site": "outlet",
        "source": "outlet",
        "publisher": "outlet",
        "lang": "language",
        "authors": "author",
        "link": "url",
    }
    meta: dict[str, Any] = {}
    for key, value in data.items():
        name = aliases.get(key, key)
        line = lines.get(key)
        if name not in allowed:
            if strict:
                raise InputError(
                    f"unknown field {key!r}; expected one of {', '.join(allowed)}",
                    path=path,
                    line=line,
                )
            log.debug("%s:%s: ignoring front-matter field %r", path, line, key)
            continue
        if value is None:
            meta[name] = None
            continue
        if name == "author" and isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        if isinstance(value, (dict, list)):
            raise InputError(
                f"{key} must be a single value, got {shorten(value)!r}", path=path, line=line
            )
        if name == "published":
            try:
                meta[name] = parse_date_value(value)
            except ChronicleError as exc:
                raise InputError(
                    f"{key} {value!r} is not a date; expected EDTF such as 2026-02-03, "
                    "2026-02 or 2026, or a date such as 3 February 2026",
                    path=path,
                    line=line,
                ) from exc
        else:
            meta[name] = str(value).strip()
    return meta
