"""A day recalled without its year takes the year its article gives it elsewhere.

An article of April 2005 about the legal advice on the Iraq war writes "Lord Goldsmith
warned Tony Blair in a document on March 7 2003" and, paragraphs later, "his confidential
minute of March 7": read against the page's date, the second is 7 March 2005. When the
article states that month and day with one year, a bare "March 7" is that day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from generator.dates import Precision
from generator.models import Mention
from generator.temporal import ENTRY_MARK

_YEAR = re.compile(r"\b\d{4}\b|['’]\d\d\b")
"""A year written in a date ("March 7 2003", "March 7 '03")."""
_MONTH_DAY_RULES = ("month-day", "day-month")
"""Rules of a date written as a month and a day, with or without a year."""


def with_recalled_years(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` of one article, a month and day written without a year given the one
    year the article writes that month and day with; the rest unchanged."""
    years: dict[tuple[int | None, int | None], set[int]] = {}
    for mention in mentions:
        if _written_day(mention) and _YEAR.search(mention.timex.text):
            years.setdefault((mention.date.month, mention.date.day), set()).add(mention.date.year)
    if not years:
        return list(mentions)
    recalled = []
    for mention in mentions:
        date = mention.date
        stated = years.get((date.month, date.day), set())
        if len(stated) == 1 and _written_day(mention) and not _YEAR.search(mention.timex.text):
            (year,) = stated
            if year != date.year:
                rule = f"{mention.timex.rule}, the year the article gives {mention.timex.text!r}"
                mention = replace(
                    mention,
                    date=replace(date, year=year),
                    status="occurred" if year < date.year else mention.status,
                    timex=replace(mention.timex, rule=rule),
                )
        recalled.append(mention)
    return recalled


def _written_day(mention: Mention) -> bool:
    """Whether the mention is dated by a month and day as written ("March 7")."""
    return mention.date.precision >= Precision.DAY and mention.timex.rule.startswith(
        _MONTH_DAY_RULES
    )


CHRONOLOGY_ENTRIES = 3
"""Fewest entries ("April 6: Three soldiers were killed …") that make a page's chronology."""
WRAP_MONTHS = 3
"""Months an entry must lie after the next entry's to be the year before: "November 6" then
"January 1" turns a year; "June 28" then "June 19" is the list's own slip, not a year."""


def with_chronology_years(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` of one article, the entries of a chronology it lists oldest first ("March
    21: …", "April 6: …", …, "May 1: …") given their years read back from the last entry:
    an entry whose month lies :data:`WRAP_MONTHS` or more after the next entry's is a year
    before it. Each entry was read against the page's date alone, so a list that began two
    years before the page (Britain's dead in Iraq since March 2003, in a page of May 2005)
    had its first year's entries in the page's year. The rest unchanged; so is a list told
    newest first."""
    entries = [i for i, m in enumerate(mentions) if _is_entry(m)]
    if len(entries) < CHRONOLOGY_ENTRIES:
        return list(mentions)
    days = [(mentions[i].date.month or 0, mentions[i].date.day or 0) for i in entries]
    rising = sum(1 for before, after in pairwise(days) if after >= before)
    if 2 * rising <= len(days) - 1:
        return list(mentions)  # told newest first, or in no order
    read = list(mentions)
    year = mentions[entries[-1]].date.year
    later = days[-1]
    for index, day in zip(reversed(entries[:-1]), reversed(days[:-1]), strict=True):
        if day[0] - later[0] >= WRAP_MONTHS:
            year -= 1  # "December 17" before "January 5": the year before
        later = day
        mention = read[index]
        if mention.date.year != year:
            rule = f"{mention.timex.rule}, read back from its chronology's last entry"
            read[index] = replace(
                mention,
                date=replace(mention.date, year=year),
                status="occurred" if year < mention.date.year else mention.status,
                timex=replace(mention.timex, rule=rule),
            )
    return read


def _is_entry(mention: Mention) -> bool:
    """Whether the mention's sentence opens on its month and day, without a year, and a colon
    or a dash: an entry of a chronology ("April 6: Three soldiers were killed …")."""
    sentence = mention.sentence.lstrip()
    said = mention.timex.text
    return (
        _written_day(mention)
        and not _YEAR.search(said)
        and sentence.startswith(said)
        and ENTRY_MARK.match(sentence, len(said)) is not None
    )
