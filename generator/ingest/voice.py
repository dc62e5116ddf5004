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
    needs no count of its words at all (most pages speak in no first person). An ASCII page
    (every page of the shared corpora) is read by :func:`_ascii_counts`, which gives the
    same numbers.
    """
    text = "\n".join(paragraphs)
    if text.isascii():
        return _voice_of_counts(*_ascii_counts(text))
    text = _QUOTED.sub(" ", text)
    first = len(_FIRST_PERSON_WORD.findall(text))
    if not first:
        return None  # a rate of 0, whatever the number of words
    most = int(1000 * first / FIRST_PERSON_RATE)  # the most words a first-person page has
    return _voice_of_counts(first, len(text.split(None, most)), most)


def _voice_of_counts(first: int, words: int, most: int) -> str | None:
    """:func:`voice_of` from the page's ``first``-person words, its ``words`` (counted up to
    one more than ``most``, the most words a first-person page of ``first`` has)."""
    if not first or words > most or words < MIN_WORDS:
        return None
    rate = 1000 * first / words
    return FIRST_PERSON if rate >= FIRST_PERSON_RATE else None


def _ascii_counts(text: str) -> tuple[int, int, int]:
    """The first-person words of an ASCII page outside quotation marks, its words and the
    most words a first-person page with as many has, as :func:`voice_of` counts them.

    Without "“" (not ASCII) and "``" only the straight quotes of :data:`_QUOTED` can match,
    and :data:`_ASCII_QUOTED` opens on a literal that ``re`` finds at C speed; each pattern
    of :data:`_ASCII_FIRST_PERSON` opens on its word's first two letters (or "I"), so ``re``
    skips to far fewer places than the five letters one pattern opens on; and the words are
    counted on a copy with two characters, white space and the rest (``str.split``'s white
    space), as the places where one of the rest follows white space: no piece made a word.
    """
    text = (_ASCII_QUOTED if "``" not in text else _QUOTED).sub(" ", text)
    first = sum(len(pattern.findall(text)) for pattern in _ASCII_FIRST_PERSON)
    most = int(1000 * first / FIRST_PERSON_RATE)
    if not first:
        return 0, 0, most
    marks = text.translate(_WHITE_OR_NOT)
    return first, marks.count(" x") + marks.startswith("x"), most


_ASCII_QUOTED = re.compile(r"\"[^\"\n]*\"")
""":data:`_QUOTED` for an ASCII text without "``": its straight quotes alone."""
_ASCII_WORD = "[A-Za-z0-9_']"
"""The characters a first-person word may not touch, ``[\\w'’]``, in an ASCII text."""
_ASCII_FIRST_PERSON = tuple(
    re.compile(rf"{word}(?<!{_ASCII_WORD}{word}){rest}(?!{_ASCII_WORD})")
    for word, rest in (
        ("I", "(?:'(?:m|ve|d|ll))?"),
        ("me", ""),
        ("my", "(?:self)?"),
        ("we", "(?:'(?:re|ve|d|ll))?"),
        ("our", ""),
        ("us", ""),
    )
)
""":data:`_FIRST_PERSON_WORD` for an ASCII text, one pattern for each way a word opens: the
words each finds are told apart by their opening letters, so their counts add up to its."""
_WHITE_OR_NOT = str.maketrans({chr(c): " " if chr(c).isspace() else "x" for c in range(128)})
"""Each ASCII character as white space (" ") or not ("x"), as ``str.split`` tells them."""


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
