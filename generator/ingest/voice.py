"""Whose voice an article is written in: a report's, or a writer speaking for themself.

A news report keeps "I" and "we" inside quotation marks; a column, a blog, a letter or a
diary speaks in the first person throughout. Such a page comments on what happened more
than it reports it: of the events judged by hand (rounds 27-33) that came from one page
saying "I", "my" or "we" at least ten times in a thousand words outside quotation marks,
16 % had a title an editor would print and 59 % a real happening with its right date,
against 56 % and 76 % for other pages' (:func:`voice_of`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from generator.models import FIRST_PERSON

FIRST_PERSON_RATE = 10.0
"""First-person words per thousand words, outside quotation marks, that make a page's voice
its writer's."""
MIN_WORDS = 150
"""Fewer words than this say too little of a voice."""
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|``.*?''")
"""Words in quotation marks: another person's."""
_FIRST_PERSON_WORD = re.compile(
    r"(?:I(?<![\w'’]I)(?:['’](?:m|ve|d|ll))?|m(?<![\w'’]m)(?:e|y|yself)"
    r"|w(?<![\w'’]w)e(?:['’](?:re|ve|d|ll))?|o(?<![\w'’]o)ur|u(?<![\w'’]u)s)(?![\w'’])"
)
"""A whole first-person word ("I", "I'm", "me", "my", "myself", "we", "we're", "our", "us"):
no word character or apostrophe before or after it. Each alternative opens with its letter and
looks behind only then, so ``re`` skips to the few characters a word can start with (a look-
behind first had it try every character of the page); ``tests/ingest/test_fast_paths.py``
compares it with the plain pattern."""


def voice_of(paragraphs: Sequence[str]) -> str | None:
    """:data:`FIRST_PERSON` for a page that speaks in its writer's first person, else None.

    The first-person words are counted before the words: a rate of :data:`FIRST_PERSON_RATE`
    needs at most ``1000 / rate`` words for each, so the split stops there (the last piece,
    the rest of the page, holds at least one more word: too many), and a page with none
    needs no count of its words at all (most pages speak in no first person).
    """
    text = _QUOTED.sub(" ", "\n".join(paragraphs))
    first = len(_FIRST_PERSON_WORD.findall(text))
    if not first:
        return None  # a rate of 0, whatever the number of words
    most = int(1000 * first / FIRST_PERSON_RATE)  # the most words a first-person page has
    words = len(text.split(None, most))
    if words > most or words < MIN_WORDS:
        return None
    rate = 1000 * first / words
    return FIRST_PERSON if rate >= FIRST_PERSON_RATE else None


FIRST_PERSON_FACTOR = 0.6
"""Quality kept by an event whose every page speaks in its writer's first person
(:func:`generator.ingest.confidence.score_confidence`)."""
FIRST_PERSON_PAGES = "told only by pages in the first person (a column, a blog, a letter)"
"""The doubt an editor reads for such an event."""


class Voiced(Protocol):
    """A page whose voice is known: an article at ingest, a source record at review."""

    @property
    def voice(self) -> str | None: ...


def told_in_first_person(pages: Sequence[Voiced | None]) -> bool:
    """Whether every page an event cites (``None`` for one not known) speaks in its writer's
    first person."""
    return bool(pages) and all(p is not None and p.voice == FIRST_PERSON for p in pages)
