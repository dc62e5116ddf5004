"""The paragraph units an article is split into, and measures of their shape.

A :class:`Unit` is one paragraph or line with its line number; :class:`Cleaned` holds
the metadata the boilerplate rules find. The measures (words in any script, sentence
ends, prose, title case, names) are what every rule judges a line by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from generator.ingest.boilerplate_patterns import (
    DENSE_SCRIPT_RE,
    END_RE,
    NAME_PATTERN,
    SMALL_WORDS,
    SPACELESS_SCRIPT_RE,
)

REFERENCE = "reference"
"""Label of footnote and reference lines: kept in ``Article.references``."""


@dataclass
class Unit:
    """One paragraph (or line) of an article's text, before classification."""

    text: str
    """The text, stripped of surrounding white space, otherwise as written."""
    line: int
    """1-based line number where it starts in the source file."""
    indent: int = 0
    """Leading white space of its first line (comment threads are indented)."""
    heading: bool = False
    """True when the source marked it as a heading (Markdown ``#``, HTML ``<h1>``)."""
    label: str | None = None
    """None for story text; :data:`REFERENCE`; or the reason it was dropped."""
    stamp: str | None = None
    """The live-blog update stamp taken from its head, if any ("(Update 5:16 a.m. …)")."""


@dataclass
class Cleaned:
    """What :func:`classify` found besides the labels."""

    title: str | None = None
    """The headline, if one was found."""
    author: str | None = None
    """The byline name(s), if found."""
    outlet: str | None = None
    """The publication, if a date line or copyright line names it."""
    date_line: str | None = None
    """A line that states the publication date ("Published: 03 February 2026.")."""
    copyright_year: int | None = None
    """The year of a copyright notice, if any."""
    notes: list[str] = field(default_factory=list)
    """Observations for the report (e.g. a blank where a date was)."""


def words(text: str) -> list[str]:
    """The white-space separated words of ``text`` (``str.split`` splits at exactly the
    characters regex ``\\s`` matches; ``tests/ingest/test_fast_paths.py`` checks it)."""
    return text.split()


@lru_cache(maxsize=65536)
def word_count(text: str) -> int:
    """How many words ``text`` has, in any script.

    Words are white-space separated, except in scripts that do not space their words:
    two Chinese or Japanese characters, or five Thai, Lao, Burmese or Khmer letters,
    count as one word, so a CJK paragraph is judged by its length like any other.
    """
    n = len(text.split())
    if text.isascii():
        return n
    dense = len(DENSE_SCRIPT_RE.findall(text))
    spaceless = len(SPACELESS_SCRIPT_RE.findall(text))
    return n + dense // 2 + spaceless // 5


def ends_sentence(text: str) -> bool:
    """True if ``text`` ends with sentence-final punctuation (quotes and [n] allowed).

    A text whose last character is the punctuation (most lines of story) is answered without
    the search, which tried each mark of the line ("U.S.", "3.5") before the last."""
    return (text[-1:] in _FINAL_MARKS and text != "") or bool(END_RE.search(text))


_FINAL_MARKS = ".!?…。！？｡।؟"
"""The sentence-final marks :data:`END_RE` opens on: a text ending in one matches it."""


@lru_cache(maxsize=8192)
def is_prose(text: str) -> bool:
    """True for running text: six or more words ending a sentence, or twenty or more."""
    n = word_count(text)
    return (n >= 6 and ends_sentence(text)) or n >= 20


def is_title_case(text: str, strict: bool = True) -> bool:
    """True if most words (small words aside) start with a capital letter."""
    ws = [w.strip("\"'“”‘’()[]:,") for w in words(text)]
    ws = [w for w in ws if w and w.lower() not in SMALL_WORDS]
    if not ws:
        return False
    capital = sum(1 for w in ws if w[0].isupper() or w[0].isdigit())
    return capital / len(ws) >= (0.75 if strict else 0.5)


def is_name(text: str) -> bool:
    """True if ``text`` looks like a person's name: 2-5 capitalised words, no digits."""
    n = word_count(text) if text.isascii() else len(text.split())  # counted once, cached
    if not 2 <= n <= 5 or any(map(str.isdigit, text)):  # map: no Python frame a character
        return False
    return bool(_NAME_RE.fullmatch(text)) and not ends_sentence(text.rstrip("."))


_NAME_RE = re.compile(NAME_PATTERN)
