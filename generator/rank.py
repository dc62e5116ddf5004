"""Importance of events: how much a reader should care, higher is more important."""

from __future__ import annotations

from collections.abc import Sequence

from generator.models import Event


def assign_importance(events: Sequence[Event]) -> None:
    """Set ``importance`` on each event from its sources (independent articles count most)."""
    for event in events:
        articles = {s.article for s in event.sources}
        event.importance = round(len(articles) + 0.1 * (len(event.sources) - len(articles)), 2)
