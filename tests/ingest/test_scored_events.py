"""``scored_event`` (the fast copy that sets an event's importance or confidence) makes
what ``dataclasses.replace`` made, on the seeds' events, and leaves the given event as it
was."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from generator.dates import PartialDate
from generator.ingest import build_events, read_articles
from generator.models import Event, SourceRef, scored_event

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _events() -> list[Event]:
    """The seeds' events, and a hand-made one with every field set."""
    made = Event(
        id="2011-01-28-x",
        title="Protesters march",
        date=PartialDate(2011, 1, 28),
        status="scheduled",
        summary="They march.",
        end=PartialDate(2011, 1, 29),
        entities=["Cairo"],
        tags=["protest"],
        importance=2.5,
        confidence=0.4,
        reviewed=True,
        sources=[SourceRef("a", "They march on Friday.", "Friday", "2011-01-28", "weekday")],
        conflicts=["b dates it 2011-01-27"],
        path="content/events/2011/x.yaml",
    )
    return [*build_events(list(read_articles([SEEDS]))).events, made]


def test_scored_event_is_replace() -> None:
    """Every field, the repr and the type equal ``replace``'s; the original is unchanged."""
    events = _events()
    assert len(events) > 5
    for event in events:
        before = repr(event)
        for importance, confidence in ((3.25, None), (None, 0.71), (0.0, 0.0), (1.5, 0.2)):
            changes: dict[str, float] = {}
            if importance is not None:
                changes["importance"] = importance
            if confidence is not None:
                changes["confidence"] = confidence
            fast = scored_event(event, importance=importance, confidence=confidence)
            plain = replace(event, **changes)  # type: ignore[arg-type]
            assert type(fast) is Event
            assert fast is not event
            assert repr(fast) == repr(plain)
            assert fast == plain
            for f in fields(Event):
                assert getattr(fast, f.name) is getattr(plain, f.name) or (
                    getattr(fast, f.name) == getattr(plain, f.name)
                )
        assert repr(event) == before
