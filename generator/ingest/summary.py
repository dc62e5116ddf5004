"""An event's summary: the sentence that titles it, its date made explicit for a reader of
the timeline, and what goes on about it when that sentence adds little to the title."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from generator.dates import PartialDate
from generator.ingest.page_text import strip_page_text
from generator.ingest.words import content_words
from generator.models import Mention


def event_summary(mention: Mention, others: Sequence[Mention] = ()) -> str:
    """The reporting sentence with its date made explicit for a reader of the timeline.

    "The quake struck on Tuesday." → "The quake struck on Tuesday (12 January 2010).";
    "In October, …" → "In October 2025, …". A date stated in full is left as written.
    A dateline or page stamp around the sentence is left out. When the sentence adds
    fewer than :data:`SUMMARY_NEW_WORDS` words to the title, the next sentence that goes
    on about it follows (:attr:`Mention.following`), else the one it goes on from comes
    first (:attr:`Mention.preceding`), else the sentence of another of
    ``others`` (the event's reports in other articles) that tells the title's happening
    and adds most: a summary adds to its title.
    """
    said = mention.timex.text
    sentence = strip_page_text(mention.sentence, said)
    summary = with_date(sentence, said, mention.date)
    title = content_words(mention.title)
    added = content_words(sentence) - title - content_words(said)
    if len(added) >= SUMMARY_NEW_WORDS:
        return summary
    if mention.following:
        return f"{summary} {mention.following}"  # the title's sentence says no more than it
    if mention.preceding:
        return f"{mention.preceding} {summary}"  # what it goes on from
    told: frozenset[str] | None = None  # the summary's words, once another article reports it
    best, most = "", SUMMARY_NEW_WORDS - 1
    for other in others:
        if other.article_id == mention.article_id or other.names:
            continue  # another article's direct report only
        if told is None:
            told = content_words(summary)
        words = content_words(other.sentence)
        new = len(words - told - content_words(other.timex.text))
        if len(words & title) >= 2 and new > most:
            best, most = strip_page_text(other.sentence, other.timex.text), new
    return f"{summary} {best}" if best else summary


SUMMARY_NEW_WORDS = 8
"""Fewest words a summary's sentence must add to its title before the next one is added too."""


def with_date(sentence: str, said: str, date: PartialDate) -> str:
    """``sentence`` with its date expression ``said`` made explicit (see :func:`_summary`)."""
    index = sentence.find(said)
    if index < 0:
        return sentence
    human, core = _date_form(said, date)
    if human is None:
        return sentence
    end = index + len(said)
    if core is not None:  # "In October" → "In October 2025"
        return f"{sentence[: end - len(core)]}{human}{sentence[end:]}"
    owner = _OWNER.match(sentence[end:])  # "Friday’s exchange (30 January 2026)"
    end += owner.end() if owner else 0
    return f"{sentence[:end]} ({human}){sentence[end:]}"  # "on Friday (30 January 2026)"


@lru_cache(maxsize=1 << 12)
def _date_form(said: str, date: PartialDate) -> tuple[str | None, str | None]:
    """How :func:`with_date` makes ``said`` explicit, whatever the sentence: the date as a
    reader reads it (None when ``said`` states it in full) and the part of ``said`` it
    replaces (None to add it after, in brackets). Worked out once for each expression and
    date (an event in two has the same as another, and a summary's words need not be split)."""
    human = date.human().removeprefix("c. ")
    if _words(human) <= _words(said):
        return None, None
    lead = _LEAD.match(said)
    core = said[lead.end() :] if lead else said
    return human, core if _words(core) <= _words(human) else None


def _words(text: str) -> set[str]:
    """The words of a date's text, without commas and stops at their ends, case folded."""
    return {w.strip(",.").casefold() for w in text.split()} - {""}


_OWNER = re.compile(r"[’']s\s+\w+")
"""A possessive after a date expression, and what it owns ("Friday’s exchange")."""
_LEAD = re.compile(r"(?i)(?:in|on|at|by|since|during|until|from|the)\s+")
"""A preposition or article opening a date expression ("in October")."""
