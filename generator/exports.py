"""Machine-readable exports of the event collection.

Every export is deterministic: it depends only on the events, never on the
clock, so the same content gives byte-identical files.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from generator.models import Event
from generator.store import event_to_data

EXPORT_FORMATS = ("json",)
"""Formats ``chronicle export --format`` accepts."""


def event_record(event: Event) -> dict[str, Any]:
    """One event as the JSON export shows it (all fields, fixed order)."""
    data = event_to_data(event)
    return {
        "id": event.id,
        "title": event.title,
        "date": event.date.edtf(),
        "end": event.end.edtf() if event.end else None,
        "precision": event.date.precision.name.lower(),
        "status": event.status,
        "summary": event.summary,
        "entities": list(event.entities),
        "tags": list(event.tags),
        "importance": event.importance,
        "conflicts": list(event.conflicts),
        "sources": data.get("sources", []),
    }


def events_json(events: Sequence[Event]) -> str:
    """All visible events as a JSON document, in chronological order."""
    visible = [e for e in events if e.status != "rejected"]
    records = [event_record(e) for e in sorted(visible, key=lambda e: (e.date.sort_key(), e.id))]
    return json.dumps({"events": records}, indent=2, ensure_ascii=False) + "\n"


def export(events: Sequence[Event], fmt: str) -> str:
    """The export named ``fmt`` as text."""
    if fmt == "json":
        return events_json(events)
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
