"""What kind of page an article is, when that decides what its dates can say.

A broadcast schedule dates every programme and reports nothing (:func:`is_schedule`); a
topic page lists other stories, each under its own stamp, so that its weekdays count from
days the page does not give (:func:`lists_other_stories`).
"""

from __future__ import annotations

import re

from generator import fastre
from generator.ingest.pubdate import month_number
from generator.models import Article

SCHEDULE_MARKS = 10
"""Listing marks (time slots, programme credits) that make an article a broadcast schedule."""
_SCHEDULE_MARK = fastre.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]m\s*)?[-–]\s*\d{1,2}(?:[.:]\d{2})?\s*[ap]m\b"  # 7-10 pm
    r"|\b(?:Presenter|Producer|Editor|Director)s?\s*\\?/\s*[A-Z]"  # Producer/Jane Doe
    r"|\bFrom \d{1,2}(?:[.:]\d{2})?\s*[ap]m,",  # From 9pm, …
    re.IGNORECASE,
)


def is_schedule(article: Article) -> bool:
    """Whether an article is a broadcast schedule: programme listings, not a report.

    A listings page dates every programme ("From 9pm, Arlo is joined by …"), and
    none of it is a happening of the story. A report that names a time slot or a
    producer does so a few times at most.
    """
    if not _SCHEDULE_MARK.may_match("\n".join(article.paragraphs)):
        return False  # one RE2 scan of the page refuses a report (every match is in it)
    marks = 0
    for paragraph in article.paragraphs:
        marks += len(_SCHEDULE_MARK.findall(paragraph))
        if marks >= SCHEDULE_MARKS:
            return True
    return False


_OTHER_STAMP = fastre.compile(
    r"\bupdated\s*:\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?([A-Z][a-z]{2})\w*\.?\s+"
    r"(\d{1,2}),?\s+(\d{4})\b"
)
"""An item's own "updated" stamp: "updated: Sat Jan 15 2011 22:59:00"."""
OTHER_STORIES = 3
"""How many items stamped with other days make a page an index of other stories."""


def lists_other_stories(article: Article) -> bool:
    """Whether the page lists other stories, each under its own "updated" stamp of another
    day than the page's (a topic page: "… updated: Sun Oct 23 2011 17:08:00 Tunisians vote
    Sunday …"). Its weekdays and "yesterday"s count from each story's day, not the page's."""
    if article.published is None or not _OTHER_STAMP.may_match("\n".join(article.paragraphs)):
        return False  # no date, or one RE2 scan of the page finds no stamp (most pages)
    day = article.published.edtf()[:10]
    others = 0
    for paragraph in article.paragraphs:
        for month, date, year in _OTHER_STAMP.findall(paragraph):
            try:
                number = month_number(month)
            except ValueError:
                continue  # three letters that name no month
            if f"{year}-{number:02d}-{int(date):02d}" != day:
                others += 1
    return others >= OTHER_STORIES
