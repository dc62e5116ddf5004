"""Weekdays in a page whose text ran past its date.

A report names a day of the past week by its weekday ("arrested … on Friday"); a day a
week back it calls "last Friday" or gives its date. So a bare weekday that the past
tense puts five or six days before the page's date is, in news, almost always the page
running past that date: a story updated after midnight, a live page kept open, a time
zone ahead ("Egyptian authorities arrested a Muslim Brotherhood leader in Friday
pre-dawn hours" in a page dated Thursday 27 January 2011 is Friday the 28th). Of 35
such dates judged in rounds 15–23 (``bench/judgements.md``) three were right. A weekday
that names a happening nobody schedules ("Tuesday's earthquake") is its name, and may be a
week old: the caller leaves those alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from generator.dates import PartialDate
from generator.models import Timex

STALE_DAYS = (5, 6)
"""How many days before the page's date a bare past weekday may not lie."""
RAN_PAST = "the page ran past its date: a bare weekday is not a week old"
"""What the date's rule says when it was moved."""


def past_the_page(
    timex: Timex, date: PartialDate, anchor: PartialDate | None
) -> tuple[PartialDate, Timex] | None:
    """The date a week later and the timex saying so, for a bare weekday the past tense put
    :data:`STALE_DAYS` before ``anchor`` (the day the paragraph was written); else None."""
    rule = timex.rule
    if (
        anchor is None
        or anchor.day is None
        or date.day is None
        or "weekday" not in rule
        or "past" not in rule
        or "anchor dct" not in rule
        or any(word in rule.split(", ") for word in ("last", "previous", "this"))
    ):
        return None
    if (anchor.first_day() - date.first_day()).days not in STALE_DAYS:
        return None
    later = date.first_day() + dt.timedelta(days=7)
    moved = replace(date, year=later.year, month=later.month, day=later.day)
    return moved, replace(timex, rule=f"{rule}; {RAN_PAST}")
