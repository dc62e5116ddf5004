"""Importance of events: how much a reader should care, higher is more important.

The score follows what news timeline summarisation measures (Timeline17, Date F1):
a happening matters when many *independent* articles report it and when it keeps
being reported after the day it happened. For an event ``e``::

    importance(e) = sum(weight(a, e) for each article a citing e)
                    + EXTRA_MENTION * (citations beyond one per article)

- ``weight(a, e)`` is :data:`AFTER_WEIGHT` (1) when article ``a`` was written after
  the event's period ended (the event is still reported later: it persisted in the
  news), :data:`SAME_OR_BEFORE_WEIGHT` when written on the event's day or before it
  (news of the day in progress, announcements of what is expected), and decays
  for very old events (:data:`BACKGROUND_DAYS`: "the 1918 pandemic" is background,
  not the story). An article's reporting date is its publication date when the
  caller knows it (``published``), else the date its relative expressions were
  resolved against (the sources' ``anchor`` when it is the article's date, ``dct``).

Measured on Timeline17 H1N1 (``bench/t17_eval.py``): a same-day weight up to 0.3
ranks days best; a centrality factor (share of the corpus's most widespread words
in the event's sentences) never helped and cost a day at weight 0.5, so it is not
part of the score.

:func:`day_importance` sums event importance per calendar day: the ranking of days
that the Timeline17 evaluation (``bench/t17_eval.py``) scores.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from generator.dates import PartialDate, Precision
from generator.models import Event, scored_event

log = logging.getLogger(__name__)

AFTER_WEIGHT = 1.0
"""Weight of an article that reports the event after the event's period ended."""
SAME_OR_BEFORE_WEIGHT = 0.3
"""Weight of an article written during the event's period or before it (anticipation)."""
UNKNOWN_WEIGHT = 0.65
"""Weight of an article whose reporting date is unknown: between the two."""
BACKGROUND_DAYS = 365.0
"""Events this many days older than the report count half (background, not news)."""
EXTRA_MENTION = 0.1
"""Bonus per extra citation of the event by an article already counted."""


def assign_importance(
    events: Sequence[Event], published: Mapping[str, PartialDate | None] | None = None
) -> list[Event]:
    """The events with ``importance`` set (a number ≥ 0, rounded to 2 decimals).

    Returns new events, in the given order; the given ones are not changed.
    ``published`` maps article ids to publication dates when the caller has the
    articles; without it, each article's reporting date is inferred from its
    sources' anchors. Deterministic: the same events give the same scores.
    """
    reported = reporting_dates(events, published)
    if log.isEnabledFor(logging.DEBUG):  # the cited articles are counted for this line only
        cited = {s.article for e in events for s in e.sources}
        log.debug(
            "importance: reporting dates known for %d of %d articles", len(reported), len(cited)
        )
    ranked = []
    for event in events:
        articles = [s.article for s in event.sources]
        unique = sorted(set(articles))
        last = event.date.last_day()  # once an event, not once an article
        base = sum(_weight(last, reported.get(a)) for a in unique)
        extra = len(articles) - len(unique)
        ranked.append(scored_event(event, importance=round(base + EXTRA_MENTION * extra, 2)))
    return ranked


def reporting_dates(
    events: Sequence[Event], published: Mapping[str, PartialDate | None] | None = None
) -> dict[str, dt.date]:
    """The day each cited article was written: given, else its most common DCT anchor (the
    anchors of an article whose day is given are not counted: the day given wins; so the
    articles with a day given come last, a dict to look days up in)."""
    given = {
        article: date.first_day()
        for article, date in (published or {}).items()
        if date is not None and date.precision >= Precision.DAY
    }
    anchors: defaultdict[str, Counter[dt.date]] = defaultdict(Counter)
    for event in events:
        for source in event.sources:
            if source.article in given:
                continue
            anchor = source.anchor
            if anchor is None or source.anchor_kind != "dct" or anchor.precision != Precision.DAY:
                continue  # only the article's own date, to the day, says when it was written
            anchors[source.article][anchor.first_day()] += 1
    days: dict[str, dt.date] = {}
    for article, counts in anchors.items():
        # most common anchor; ties go to the latest (a report is no older than its anchors)
        days[article] = max(counts.items(), key=lambda item: (item[1], item[0]))[0]
    days.update(given)
    return days


def day_importance(events: Sequence[Event]) -> dict[str, float]:
    """Summed importance of the events of each day (``YYYY-MM-DD``).

    Only events dated to a day (or a time of day) name a day; events dated to a
    month, year or decade are left out rather than spread over days they do not name.
    """
    days: dict[str, float] = {}
    for event in events:
        if event.status == "rejected" or event.date.precision < Precision.DAY:
            continue
        key = event.date.iso_start()[:10]
        days[key] = days.get(key, 0.0) + event.importance
    return days


def _weight(last: dt.date, reported: dt.date | None) -> float:
    """How much one article's report says an event whose period ends on ``last`` mattered
    (see the module doc)."""
    if reported is None:
        return UNKNOWN_WEIGHT
    if reported <= last:
        return SAME_OR_BEFORE_WEIGHT  # during the event's period or ahead of it
    age = (reported - last).days
    return AFTER_WEIGHT / (1.0 + age / BACKGROUND_DAYS)
