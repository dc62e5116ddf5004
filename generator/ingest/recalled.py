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

from generator.dates import Precision
from generator.models import Mention

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
