"""``chronicle review``: the editor's queue of events held back for want of evidence.

An event ingest made (it has a ``confidence``) that scores below the project's
``min_confidence`` stays out of the site and the exports until an editor
confirms it with ``reviewed: true`` or drops it with ``status: rejected``.
The queue shows the most important first, each with the stored confidence (the
number the threshold is compared with) and the reasons to doubt it, computed
again from the event file as it is now and the outlets of its source records
(:func:`generator.ingest.confidence.score_confidence`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator.ingest.confidence import ArticleLike, score_confidence
from generator.ingest.timeliness import publication_days
from generator.models import Event

FOOTER = (
    "To publish an event, add `reviewed: true` to its file; "
    "to drop it for good, set `status: rejected`."
)
"""What the editor can do with an event of the queue."""


@dataclass(frozen=True)
class ReviewItem:
    """One event of the review queue."""

    event: Event
    """The event, as its file holds it."""
    reasons: tuple[str, ...]
    """Why it is doubtful, in words."""
    held_back: bool
    """True if the site and exports leave it out now."""


def review_queue(
    events: Sequence[Event],
    articles: Mapping[str, ArticleLike],
    min_confidence: float,
    everything: bool = False,
    topic: frozenset[str] = frozenset(),
    names: frozenset[str] | None = None,
    strangers: frozenset[str] = frozenset(),
) -> list[ReviewItem]:
    """The events held back for review, most important first (then by date and id).

    With ``everything``, every event ingest made and nobody rejected, held
    back or not (reviewed ones and those above the threshold too). ``topic``
    (the corpus's words, from the articles' texts) lets the reasons say when an
    event is off the story, as ingest judged it; ``names`` (the corpus's names, from the
    same texts) when its title names no one; ``strangers`` (people who are not the story's
    own, :func:`~generator.ingest.names.corpus_strangers`) when it names one by surname alone.
    """
    chosen = [
        e
        for e in events
        if e.held_back(min_confidence)
        or (everything and e.confidence is not None and e.status != "rejected")
    ]
    chosen.sort(key=lambda e: (-e.importance, e.date.sort_key(), e.id))
    days = publication_days(articles)
    return [
        ReviewItem(
            e,
            score_confidence(e, articles, topic, names, days, strangers).reasons,
            e.held_back(min_confidence),
        )
        for e in chosen
    ]


def review_records(items: Sequence[ReviewItem]) -> list[dict[str, Any]]:
    """The queue as plain values (``chronicle review --json``)."""
    return [
        {
            "id": item.event.id,
            "date": item.event.date.edtf(),
            "title": item.event.title,
            "importance": item.event.importance,
            "confidence": item.event.confidence,
            "reviewed": item.event.reviewed,
            "held_back": item.held_back,
            "reasons": list(item.reasons),
            "path": item.event.path,
        }
        for item in items
    ]


def format_review(
    items: Sequence[ReviewItem], min_confidence: float, everything: bool = False
) -> str:
    """The queue as text for a terminal: one block per event, then what to do."""
    threshold = f"{min_confidence:g}"
    count = sum(item.held_back for item in items)
    if everything:
        head = (
            f"{len(items)} machine-made event(s), {count} held back for review "
            f"(confidence below {threshold}), most important first:"
        )
    elif items:
        head = (
            f"{count} event(s) held back for review (confidence below {threshold}), "
            "most important first:"
        )
    else:
        return f"No events held back for review (confidence below {threshold}).\n"
    lines = [head]
    for item in items:
        event = item.event
        state = "held back" if item.held_back else "reviewed" if event.reviewed else "published"
        lines += [
            "",
            f"{event.date.edtf()}  {event.title}",
            f"  id: {event.id}",
            f"  confidence {event.confidence:.2f} ({state}), importance {event.importance:g}",
            f"  why: {'; '.join(item.reasons) or 'no doubts found'}",
            f"  edit: {event.path or '(not from a file)'}",
        ]
    lines += ["", FOOTER]
    return "\n".join(lines) + "\n"
