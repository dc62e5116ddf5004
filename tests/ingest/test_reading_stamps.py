"""The stamp shortcuts of reading (a whole-text RE2 test before windowed or per-place ``re``
searches, one ``finditer`` pass for the stamps and the text between them, a sentence's last
mark read without the search) answer as the plain computations, on the seeds' lines, on a
live blog's units and on generated lines, with RE2 and without."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from contextlib import nullcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.ingest import assemble, threads, units
from generator.ingest.boilerplate_patterns import (
    END_RE,
    GLUED_STAMP_RE,
    INLINE_STAMP_KEY_RE,
    INLINE_STAMP_RE,
)
from generator.ingest.formats import text_units
from generator.ingest.jsonl import detokenize
from generator.ingest.units import Unit
from generator.models import Dropped
from tests.conftest import SEEDS, SHARED_DATA

LIVE_BLOG = SHARED_DATA / "t17" / "egypt" / "cnn" / "articles.jsonl"
CRAFTED = [
    "",
    ".",
    "x",
    "He left.",
    "He left.\n",
    "He left.\n\n",
    'He said "no."',
    "He said “no.”",
    "See the note.[1]",
    "See the note.[1][23]",
    "See the note.[1]]",
    "See the note.)]",
    "See the note.[x]",
    "Why?",
    "Wow!",
    "他走了。",
    "Es ist so…",
    "(Update 4:51 p.m. in Cairo, 9:51 a.m. ET) The head of the stock market said it would open.",
    "[UPDATED 10:03 GMT] Crowds gathered. (Posted: 11.30 am BST) More came (Update 9 pm ET)",
    "It was updated 5 times (twice on Monday) before noon.",
    "Posted 3 days ago",
    "Last updated at 10:48 GMT Help The family of Michael Jackson say they want to know more.",
    "February 11, 2011 at 11:43 pm | Reply Anderson, I have never seen such a thing",
    "March 4, 2024 at 6:17 pm | Reply",
    "At 17:10 26th Apr 2009, Andrew Smith wrote: the bridge is closed",
    "Prices rose 3.25 percent on March 4, 2024 at 6:17 pm, officials said.",
]


def _live_blog_units() -> list[list[str]]:
    """The units of a live blog's articles that say "Update", if the corpus is at hand."""
    if not LIVE_BLOG.is_file():
        return []
    pages = []
    for line in LIVE_BLOG.read_text("utf-8").splitlines():
        text = json.loads(line)["text"]
        if "Update" in text or "| Reply" in text:
            pages.append([u.text for u in text_units(detokenize(text.replace("\\/", "/")))])
        if len(pages) >= 60:
            break
    return pages


def _pages() -> list[list[str]]:
    seeds = [[u.text for u in text_units(p.read_text("utf-8"))] for p in sorted(SEEDS.glob("*"))]
    return [*seeds, *_live_blog_units(), CRAFTED]


def _texts() -> Iterator[str]:
    for page in _pages():
        yield from page


def _plain_take(unit: Unit, found: list[Dropped]) -> None:
    """:func:`assemble._take_inline_stamps` as it was: ``findall``, then ``sub``."""
    stamps = INLINE_STAMP_RE.findall(unit.text)
    if stamps:
        found.extend(Dropped(stamp.strip(), "timestamp") for stamp in stamps)
        unit.text = INLINE_STAMP_RE.sub("", unit.text).strip() or unit.text
        unit.stamp = stamps[0]


def _same_take(text: str) -> None:
    mine, theirs = Unit(text, 1), Unit(text, 1)
    found: list[Dropped] = []
    expected: list[Dropped] = []
    assemble._take_inline_stamps(mine, found)
    _plain_take(theirs, expected)
    assert (found, mine.text, mine.stamp) == (expected, theirs.text, theirs.stamp), text
    if INLINE_STAMP_RE.search(text):  # the key test refuses no text with a stamp
        assert INLINE_STAMP_KEY_RE.may_match(text), text


def _plain_glued(text: str) -> bool:
    """Whether a comment header stands in one of the unit's stamp windows (every window)."""
    return any(GLUED_STAMP_RE.search(text, *w) for w in threads._stamp_windows(text))


@pytest.mark.parametrize("pure", [False, True], ids=["re2", "pure-python"])
def test_stamp_shortcuts_answer_as_the_plain_ones(pure: bool) -> None:
    texts = list(_texts())
    stamped = 0
    with fastre.pure_python() if pure else nullcontext():
        for text in texts:
            assert units.ends_sentence(text) == bool(END_RE.search(text)), text
            _same_take(text)
            stamped += bool(INLINE_STAMP_RE.search(text))
            if _plain_glued(text):  # the whole text's test refuses no unit with a header
                assert GLUED_STAMP_RE.may_match(text), text
    assert stamped >= (3 if LIVE_BLOG.is_file() else 2)  # the crafted texts' two, and the blog's


def test_a_live_blogs_pages_lose_the_same_stamps() -> None:
    """The whole walk over a page: the same stamps taken, the same texts left."""
    for page in _pages():
        units_ = [Unit(t, i + 1) for i, t in enumerate(page)]
        mine, theirs = copy.deepcopy(units_), copy.deepcopy(units_)
        found = assemble._strip_inline_stamps(mine)
        with fastre.pure_python():
            expected = assemble._strip_inline_stamps(theirs)
        assert found == expected
        assert [(u.text, u.stamp) for u in mine] == [(u.text, u.stamp) for u in theirs]


_PIECES = [
    "(Update 4:51 p.m. in Cairo, 9:51 a.m. ET)",
    "[updated: 10.03]",
    "posted 9",
    "(Posted 11:30 am GMT)",
    "update 7 (x)",
    "Update",
    ")",
    "]",
    "(",
    " ",
    "\n",
    ".",
    "[1]",
    "”",
    "The crowd grew",
    "5",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
@settings(max_examples=400, deadline=None)
def test_generated_lines_answer_as_the_plain_ones(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert units.ends_sentence(text) == bool(END_RE.search(text)), text
    _same_take(text)
    with fastre.pure_python():
        _same_take(text)
