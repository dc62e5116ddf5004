"""The one Event serialiser: every field, and a lossless way back."""

from __future__ import annotations

import dataclasses

import pytest

from generator.dates import PartialDate
from generator.models import Event, SourceRef
from generator.site.exports import event_record
from generator.store.problems import SchemaErrors
from generator.store.serialise import (
    KEY_ORDER,
    event_fields,
    event_from_data,
    event_to_data,
)


def _event(**changes: object) -> Event:
    event = Event(
        id="2026-02-03-trump-and-petro-meet",
        title="Trump and Petro meet",
        date=PartialDate.parse("2026-02-03"),
        end=PartialDate.parse("2026-02-04"),
        summary="They met.",
        entities=["Donald Trump", "Gustavo Petro"],
        tags=["diplomacy"],
        importance=2.5,
        conflicts=["one source says Monday"],
        sources=[SourceRef("003_e0a1eea8c0cad0b9", "They met on Tuesday.", "on Tuesday")],
        path="content/events/2026/2026-02-03-trump-and-petro-meet.yaml",
    )
    return dataclasses.replace(event, **changes)  # type: ignore[arg-type]


def test_every_field_of_an_event_is_serialised() -> None:
    stored = {f.name for f in dataclasses.fields(Event)} - {"path"}  # path: where, not what
    assert set(event_fields(_event())) == stored
    assert tuple(event_fields(_event())) == KEY_ORDER


@pytest.mark.parametrize(
    "event",
    [_event(), _event(end=None, summary="", entities=[], conflicts=[], importance=1.0)],
)
def test_event_to_data_round_trips(event: Event) -> None:
    assert event_from_data(event_to_data(event), event.path or "") == event


def test_event_to_data_omits_empty_keys_and_writes_whole_importance_as_int() -> None:
    data = event_to_data(_event(end=None, summary="", conflicts=[], importance=3.0))
    assert "end" not in data and "summary" not in data and "conflicts" not in data
    assert data["importance"] == 3 and isinstance(data["importance"], int)
    (source,) = data["sources"]
    assert list(source) == ["article", "quote", "date_text"]  # file order, no None


def test_the_json_export_builds_on_the_same_fields() -> None:
    event = _event(end=None, summary="")
    record = event_record(event)
    assert {k: v for k, v in record.items() if k != "precision"} == event_fields(event)
    assert record["precision"] == "day" and record["end"] is None and record["summary"] == ""


def test_bad_dates_are_schema_errors() -> None:
    data = {**event_to_data(_event()), "end": "2026-01-01"}
    with pytest.raises(SchemaErrors, match="end: 2026-01-01 is before date 2026-02-03"):
        event_from_data(data, "x.yaml")
