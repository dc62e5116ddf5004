"""An event's summary: the sentence that titles it, its date made explicit for a reader of
the timeline, and what goes on about it when that sentence adds little to the title."""

from __future__ import annotations

import re
from collections.abc import Sequence

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
    told = content_words(summary)
    best, most = "", SUMMARY_NEW_WORDS - 1
    for other in others:
        if other.article_id == mention.article_id or other.names:
            continue  # another article's direct report only
        words = content_words(other.sentence)
        new = len(words - told - content_words(other.timex.text))
        if len(words & title) >= 2 and new > most:
            best, most = strip_page_text(other.sentence, other.timex.text), new
    return f"{summary} {best}" if best else summary


SUMMARY_NEW_WORDS = 8
"""Fewest words a summary's sentence must add to its title before the next one is added too."""


def with_date(sentence: str, said: str, date: PartialDate) -> str:
    """``sentence`` with its date expression ``said`` made explicit (see :func:`_summary`)."""
    human = date.human().removeprefix("c. ")
    index = sentence.find(said)

    def words(text: str) -> set[str]:
        return {w.strip(",.").casefold() for w in text.split()} - {""}

    if index < 0 or words(human) <= words(said):
        return sentence
    end = index + len(said)
    lead = re.match(r"(?i)(?:in|on|at|by|since|during|until|from|the)\s+", said)
    core = said[lead.end() :] if lead else said
    if words(core) <= words(human):  # "In October" → "In October 2025"
        return f"{sentence[: end - len(core)]}{human}{sentence[end:]}"
    owner = re.match(r"[’']s\s+\w+", sentence[end:])  # "Friday’s exchange (30 January 2026)"
    end += owner.end() if owner else 0
    return f"{sentence[:end]} ({human}){sentence[end:]}"  # "on Friday (30 January 2026)"
