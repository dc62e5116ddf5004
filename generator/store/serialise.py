"""The one serialiser of :class:`Event`: event ⇄ plain values, and the YAML text of an event file.

:func:`event_fields` is the only place that knows how each field of an
event is written as plain values. Everything that turns an event into data
builds on it: :func:`event_to_data` (what an event file holds, also the
content cache's record and what ingest and ``chronicle edit`` compare) and
the JSON export (:func:`generator.site.exports.event_record`).
:func:`event_from_data` is the way back. A source's anchor date is derived from
its ``date_rule`` text (:attr:`~generator.models.SourceRef.anchor`), which the file
keeps as written.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any, cast

from generator.dates import PartialDate
from generator.errors import ChronicleError
from generator.ids import EVENT_ID_SHAPE
from generator.models import Event, EventStatus, SourceRef
from generator.store.problems import Problem, SchemaErrors
from generator.store.yamlread import Loaded
from generator.store.yamlwrite import dump_mapping

SCHEMA_LINE = "# yaml-language-server: $schema=../../../site_config/schema/event.schema.json"
"""First line of every generated event file, for editor completion and validation."""
KEY_ORDER = (
    "id",
    "title",
    "date",
    "end",
    "status",
    "summary",
    "importance",
    "confidence",
    "reviewed",
    "entities",
    "tags",
    "conflicts",
    "sources",
)
"""Order of keys in an event file."""
SOURCE_KEY_ORDER = ("article", "quote", "date_text", "date_value", "date_rule")
"""Order of keys in each source."""

EventRecord = dict[str, Any]
"""An event as plain values, keys in :data:`KEY_ORDER`: what its file holds, what the
ingest state remembers as the merge base, and what a three-way merge compares."""


def source_to_data(source: SourceRef) -> dict[str, str]:
    """One source as plain values: keys in file order, those that are None left out.

    The anchor is not a key of its own: it is part of the ``date_rule`` text.
    """
    return {k: v for k in SOURCE_KEY_ORDER if (v := getattr(source, k)) is not None}


def event_fields(event: Event) -> dict[str, Any]:
    """Every field of the event as plain values, in file key order, nothing left out.

    Dates are EDTF strings (``end`` is None when there is none),
    ``importance`` is the event's own number, ``confidence`` is None for a
    hand-made event and ``reviewed`` is always true or false.
    """
    return {
        "id": event.id,
        "title": event.title,
        "date": event.date.edtf(),
        "end": event.end.edtf() if event.end else None,
        "status": event.status,
        "summary": event.summary,
        "importance": event.importance,
        "confidence": event.confidence,
        "reviewed": event.reviewed,
        "entities": list(event.entities),
        "tags": list(event.tags),
        "conflicts": list(event.conflicts),
        "sources": [source_to_data(s) for s in event.sources],
    }


def event_to_data(event: Event) -> EventRecord:
    """The event as plain values in file key order, omitting empty optional keys.

    ``reviewed: false`` is the default and left out too: only an editor writes the key.
    """
    data = event_fields(event)
    importance: float | int = data["importance"]
    if float(importance).is_integer():
        data["importance"] = int(importance)
    if not data["reviewed"]:
        del data["reviewed"]
    return {k: v for k, v in data.items() if v not in (None, [], "") or k in ("id", "title")}


def event_from_data(
    data: EventRecord, name: str = "<memory>", loaded: Loaded | None = None
) -> Event:
    """Build an :class:`Event` from plain values that passed the event schema.

    Raises :class:`~generator.store.problems.SchemaErrors` for dates that are
    not EDTF or an ``end`` before the ``date``; ``loaded`` (the YAML document
    ``data`` came from) places those problems at their line in file ``name``.
    """
    where = loaded or Loaded(data)
    dates, problems = _parse_dates(data, where, name)
    problems += _value_problems(data, where, name)
    if problems:
        raise SchemaErrors(problems)
    sources = [
        SourceRef(
            article=s["article"],
            quote=s["quote"],
            date_text=s.get("date_text"),
            date_value=s.get("date_value"),
            date_rule=s.get("date_rule"),
        )
        for s in data.get("sources", [])
    ]
    return Event(
        id=data["id"],
        title=data["title"],
        date=dates["date"],
        end=dates.get("end"),
        status=cast(EventStatus, data.get("status", "occurred")),  # the schema allows no other
        summary=data.get("summary", ""),
        importance=float(data.get("importance", 1)),
        confidence=None if (confidence := data.get("confidence")) is None else float(confidence),
        reviewed=data.get("reviewed", False) is True,
        entities=list(data.get("entities", [])),
        tags=list(data.get("tags", [])),
        conflicts=list(data.get("conflicts", [])),
        sources=sources,
        path=name,
    )


def _parse_date(value: Any) -> PartialDate:
    """:meth:`PartialDate.parse`, once per distinct text.

    Dates are immutable and a story repeats the same few hundred; the content
    cache decodes every unchanged event file through here on every build.
    """
    return _parse_text(value) if isinstance(value, str) else PartialDate.parse(value)


@lru_cache(maxsize=1 << 14)
def _parse_text(text: str) -> PartialDate:
    return PartialDate.parse(text)


def _parse_dates(
    data: dict[str, Any], loaded: Loaded, name: str
) -> tuple[dict[str, PartialDate], list[Problem]]:
    """``date`` and ``end`` as :class:`PartialDate`, and what is wrong with them."""
    dates: dict[str, PartialDate] = {}
    problems: list[Problem] = []
    for key in ("date", "end"):
        if key not in data:
            continue
        try:
            dates[key] = _parse_date(data[key])
        except ChronicleError as exc:
            line, col = loaded.where((key,))
            problems.append(Problem(name, line, col, f"{key}: {exc.message}"))
    start, end = dates.get("date"), dates.get("end")
    if start is not None and end is not None and end.sort_key() < start.sort_key():
        line, col = loaded.where(("end",))
        problems.append(
            Problem(name, line, col, f"end: {end.edtf()} is before date {start.edtf()}")
        )
    return dates, problems


def _value_problems(data: dict[str, Any], loaded: Loaded, name: str) -> list[Problem]:
    """What the JSON Schema lets through but no page can hold.

    The schema's ``pattern`` is searched, so its ``$`` also matches before a final
    newline (an id ``"x\\n"`` would name a folder ending in a newline), and a
    ``minimum`` does not refuse ``.nan`` or ``.inf`` (``events.json`` cannot hold them;
    ``confidence: .nan`` passes ``minimum`` and ``maximum`` alike).
    """
    problems: list[Problem] = []
    ident = data.get("id")
    if isinstance(ident, str) and not EVENT_ID_SHAPE.fullmatch(ident):
        line, col = loaded.where(("id",))
        problems.append(
            Problem(
                name,
                line,
                col,
                f"id: {ident!r} is not a valid id (expected lowercase letters, digits and "
                "hyphens, at most 120 characters)",
            )
        )
    for key in ("importance", "confidence"):
        number = data.get(key)
        if isinstance(number, float) and not math.isfinite(number):
            line, col = loaded.where((key,))
            problems.append(Problem(name, line, col, f"{key}: {number!r} is not a finite number"))
    return problems


def event_to_yaml(event: Event) -> str:
    """The file text for an event: schema line, then keys in a fixed order."""
    return f"{SCHEMA_LINE}\n{dump_yaml(event_to_data(event))}"


def dump_yaml(data: dict[str, Any]) -> str:
    """Plain values as block YAML in the style of event files (keys in the given order).

    Written by :mod:`generator.store.yamlwrite` (PyYAML's pure-Python emitter took
    3 ms per event file, most of a large ingest).
    """
    return dump_mapping(data)
