"""A first draft of ``content/story.yaml`` from the events: title and standfirst.

``chronicle ingest`` writes the draft only into empty fields
(:func:`generator.store.fill_story`); an editor then rewrites it. The draft
uses nothing but the events: the names most events share make the title, and
the most important published events, in date order, make the standfirst.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from generator.models import DEFAULT_MIN_CONFIDENCE, Event

STANDFIRST_EVENTS = 3
"""How many events the draft standfirst names."""
TITLE_NAMES = 2
"""How many names the draft title joins."""


def draft_title(events: Sequence[Event]) -> str:
    """ "Alice Moreau and the Port Authority": the names most events mention, or ""."""
    counts = Counter(name for e in _published(events) for name in dict.fromkeys(e.entities))
    names = [n for n, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])) if c >= 2]
    names = names[:TITLE_NAMES]
    return " and ".join(names)


def draft_standfirst(events: Sequence[Event]) -> str:
    """The most important published events as sentences in date order, or "".

    Each sentence is the event's title with its date: "The council approved the
    bridge (3 February 2026)."
    """
    ranked = sorted(
        _published(events),
        key=lambda e: (-e.importance, -(e.confidence or 0.0), e.date.sort_key(), e.id),
    )[:STANDFIRST_EVENTS]
    ranked.sort(key=lambda e: (e.date.sort_key(), e.id))
    sentences = []
    for event in ranked:
        title = event.title.rstrip(" .;:")
        if not title:
            continue
        sentences.append(f"{title[0].upper()}{title[1:]} ({event.date.human()}).")
    return " ".join(sentences)


def _published(events: Sequence[Event]) -> list[Event]:
    """Events a site would show with the default threshold, not rejected."""
    return [e for e in events if e.status != "rejected" and not e.held_back(DEFAULT_MIN_CONFIDENCE)]
