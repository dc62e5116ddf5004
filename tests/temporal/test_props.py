"""Property tests: the tagger never crashes and its spans are always well formed."""

from __future__ import annotations

import re
import string
import time
import tracemalloc

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.dates import PartialDate
from generator.temporal import tag
from generator.temporal.triggers import SHAPE_SCAN, SHAPE_TOKEN

WORDS = [
    "May", "may", "March", "march", "Friday", "last", "next", "week", "year", "years", "ago",
    "the", "in", "on", "2015", "1990s", "'80s", "third", "quarter", "a.m.", "11", "1600", "GMT",
    "0:00", "31", "$", "billion", "early", "late", "mid-", "every", "daily", "[1]", "Accessed:",
    "02.08.2026", "2026-02-03", "Q3", "fiscal", "1989", "two", "-", "hours", "today", "now",
    "Christmas", "New", "Year's", "Day", "summer", "fall", "\n", ".", ",", "’",
    "nineteen", "ninety-six",
]  # fmt: skip
DCTS = st.one_of(
    st.none(),
    st.builds(PartialDate, st.integers(1, 9998), st.integers(1, 12), st.integers(1, 28)),
    st.builds(PartialDate, st.integers(1, 9998)),
    st.builds(PartialDate, st.integers(1, 9998), st.integers(1, 12)),
)
TEXTS = st.one_of(
    st.text(),
    st.text(alphabet=string.printable),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=3)), max_size=40).map("".join),
)


def check(text: str, dct: PartialDate | None) -> None:
    found = tag(text, dct)
    last_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.start >= last_end
        last_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")


@settings(max_examples=400, deadline=None)
@given(TEXTS, DCTS)
def test_never_raises_and_spans_are_well_formed(text: str, dct: PartialDate | None) -> None:
    check(text, dct)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=200))
def test_word_soup_with_extreme_dcts(words: list[str]) -> None:
    text = " ".join(words)
    for dct in (
        None,
        PartialDate(1),
        PartialDate(9998, 12, 31),  # the last day a date may name (generator/dates.py)
        PartialDate(2026, 2, 3),
        PartialDate(1990, decade=True),
    ):
        check(text, dct)


@settings(max_examples=300, deadline=None)
@given(TEXTS, DCTS)
def test_the_trigger_prefilter_changes_nothing(text: str, dct: PartialDate | None) -> None:
    found = tag(text, dct)
    with fastre.pure_python():
        assert tag(text, dct) == found


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789.,:/ \t\vaApPmMQs'’x", max_size=30))
def test_the_shape_scan_finds_the_shape_tokens(text: str) -> None:
    scan, token = re.compile(SHAPE_SCAN, re.ASCII), re.compile(SHAPE_TOKEN, re.ASCII)
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in token.finditer(text)]


def test_long_line_without_newlines_is_chunked() -> None:
    text = "Sales rose 5% in May 2015 and fell last week. " * 5000  # one 230 kB line
    found = tag(text, PartialDate(2026, 2, 3))
    assert len(found) == 2 * 5000
    check(text[:5000], None)


def test_memory_stays_bounded_on_50_mb() -> None:
    filler = (
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. " * 120
    )
    block = filler + "The deal closed on March 3, 2015.\n"
    text = block * (50_000_000 // len(block) + 1)  # 50 MB, a few dates per 10 kB
    assert len(text) >= 50_000_000
    tracemalloc.start()  # the input itself is allocated before: only our work is traced
    t0 = time.perf_counter()
    found = tag(text, PartialDate(2026, 2, 3))
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(found) == text.count("March 3, 2015")
    output = sum(len(t.text) + len(t.rule) + 600 for t in found)  # rough size of the result
    assert peak < output + 5_000_000, (peak, output)
    assert elapsed < 120
