"""How an event's date stands to the articles that report it.

Background ended long before its first report ("Preval was elected for a second term",
in 2010); a plan that every source announced before its day, with articles published
after it none of which reports it, is unconfirmed ("Conrad Murray's trial is due to begin
in May", in a corpus that goes on to report its delay). In a corpus with a story,
:mod:`generator.ingest.confidence` counts both for less.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import Protocol

from generator.dates import PartialDate
from generator.models import Event

BACKGROUND_DAYS = 30
"""An event that ended more than this many days before its first report is background."""
BACKGROUND_FACTOR = 0.6
"""Quality kept by background in a corpus with a story: one source of it waits for an editor."""
BACKGROUND = "background: it ended {days} days before its first report"
"""The reason given for background (``days`` is filled in)."""
PLAN_LATER = 3
"""Articles published after a planned event's day, none reporting it, that leave it unconfirmed."""
PLAN_FACTOR = 0.45
"""Quality kept by such a plan in a corpus with a story: one or two sources of it wait for an
editor; a plan many outlets announced (a concert, 13 sources) is still published."""
UNCONFIRMED_PLAN = "planned for {date}; none of the {later} articles published since reports it"
"""The reason given for a plan no later article reports (``date``, ``later`` filled in)."""


class Published(Protocol):
    """What these checks need of an article: when it was published."""

    @property
    def published(self) -> PartialDate | None: ...


def background_age(event: Event, articles: Mapping[str, Published]) -> int | None:
    """Days from the end of the event's period to its first report, when over
    :data:`BACKGROUND_DAYS`; ``None`` for news, or when a source's day is unknown."""
    reported = _reported(event, articles)
    if not reported or any(p is None or p.day is None for p in reported):
        return None
    age = (min(p.first_day() for p in reported if p) - event.date.last_day()).days
    return age if age > BACKGROUND_DAYS else None


def _reported(event: Event, articles: Mapping[str, Published]) -> list[PartialDate | None]:
    """When each source of ``event`` was published (``None`` where unknown)."""
    found = (articles.get(source.article) for source in event.sources)
    return [article.published if article is not None else None for article in found]


def publication_days(articles: Mapping[str, Published]) -> list[dt.date]:
    """The first day each article was published on, sorted: what :func:`unconfirmed_plan`
    counts the later articles in, worked out once for all the events of a corpus."""
    return sorted(a.published.first_day() for a in articles.values() if a.published is not None)


def unconfirmed_plan(
    event: Event, articles: Mapping[str, Published], days: Sequence[dt.date] | None = None
) -> int | None:
    """How many articles were published after the day of a planned event that every source
    announced before it (none reports it on the day or after), when at least
    :data:`PLAN_LATER`: "Conrad Murray's trial is due to begin in May", in a corpus that
    goes on to report its delay. ``None`` for a happening, or a plan too recent to tell.
    ``days`` are the articles' :func:`publication_days`, when the caller has them."""
    if event.status != "scheduled" or not event.sources:
        return None
    if any(p is None or p.last_day() >= event.date.first_day() for p in _reported(event, articles)):
        return None  # a report on the day or after it, or one of an unknown day
    days = publication_days(articles) if days is None else days
    later = len(days) - bisect_right(days, event.date.last_day())
    return later if later >= PLAN_LATER else None
