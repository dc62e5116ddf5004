"""Shortcuts of extraction that read less of a sentence than the plain forms did: a word
count that stops at the words it needs, and the patterns that end before a date tried only
at the last words' places. Each gives what the plain form gives, on the seeds' sentences and
on generated text."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import extract, modifiers, read_articles
from generator.ingest.sentences import split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed_sentences() -> list[str]:
    return [
        sentence.text
        for article in read_articles([SEEDS])
        for paragraph in article.paragraphs
        for sentence in split_sentences(paragraph)
    ]


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_a_word_count_that_stops_early_tells_the_same() -> None:
    texts = [*_seed_sentences(), "", " ", "a b c d e", " a  b c d e f ", "a\nb\tc d e f g"]
    for text in texts:
        for least in (1, 5, 6, 7):
            assert extract._fewer_words(text, least) == (len(text.split()) < least)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "bc", " ", "  ", "\n", "\t", "\u00a0", "x-y"]), max_size=20))
def test_generated_word_counts_tell_the_same(pieces: list[str]) -> None:
    text = "".join(pieces)
    for least in range(8):
        assert extract._fewer_words(text, least) == (len(text.split()) < least)


_TAIL_PATTERNS = ((modifiers._BEGAN_BEFORE, 4), (modifiers._NOUN_BEFORE, 2))
"""The patterns :func:`modifiers.named_in_passing` tries at the last words only, with how
many words they span."""


def test_the_patterns_before_a_date_find_the_same_at_the_last_words() -> None:
    sentences = _seed_sentences()
    found = 0
    for sentence in sentences:
        for end in range(0, len(sentence) + 1, 7):
            before = sentence[:end]
            for pattern, words in _TAIL_PATTERNS:
                plain = _span(pattern.search(before))
                assert _span(pattern.search(before, modifiers.tail_start(before, words))) == plain
                found += plain is not None
    assert found > 5


_BEFORE_PIECES = st.sampled_from(
    [
        "the",
        "protests",
        "anti-protests",
        "that",
        "which",
        "beginning",
        "began",
        "started",
        "starting",
        "on",
        "in",
        "death",
        " ",
        "  ",
        "\n",
        ",",
        "x",
        "Cairo",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_BEFORE_PIECES, max_size=14))
def test_generated_text_before_a_date_finds_the_same(pieces: list[str]) -> None:
    before = "".join(pieces)
    for pattern, words in _TAIL_PATTERNS:
        plain = _span(pattern.search(before))
        assert _span(pattern.search(before, modifiers.tail_start(before, words))) == plain
