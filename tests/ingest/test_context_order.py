"""The sentences around a dated one are chosen as the plain tests in their first order
chose them: the cheap tests first, both ways of holding on tested at once."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

from generator.ingest import read_articles
from generator.ingest.context import (
    _PRONOUN_OPENING,
    _TURN,
    FOLLOWING_WORDS,
    Context,
    Sentence,
    following_sentence,
    preceding_sentence,
    slice_timexes,
)
from generator.ingest.page_text import normalize
from generator.ingest.sentences import split_sentences
from generator.ingest.topic import terms
from generator.models import Timex
from generator.temporal import tag

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _plain_goes_on(text: str, other: str) -> bool:
    """The test as it was."""
    return not _TURN.match(text) and bool(
        _PRONOUN_OPENING.match(text) or terms(text) & terms(other)
    )


def _plain_following(
    sentence: Sentence, timexes: Sequence[Timex], starts: Sequence[int], before: str
) -> str:
    """following_sentence as it was: holding on first, then length, then dates."""
    if not _plain_goes_on(sentence.text, before):
        return ""
    fewest, most = FOLLOWING_WORDS
    if not fewest <= len(sentence.text.split()) <= most:
        return ""
    if any(
        t.type in ("DATE", "TIME") and t.value and t.value[:1].isdigit()
        for t in slice_timexes(timexes, starts, sentence)
    ):
        return ""
    return normalize(sentence.text)


def _plain_preceding(before: Context | None, after: str) -> str:
    """preceding_sentence as it was: each way of holding on tested on its own."""
    if before is None:
        return ""
    sentence, timexes, starts = before
    if not _plain_goes_on(after, sentence.text):
        return ""
    return _plain_following(sentence, timexes, starts, after)


def neighbour_pairs() -> list[tuple[Sentence, Sentence, Sequence[Timex], list[int]]]:
    """Each two neighbouring sentences of the seeds' paragraphs, with their dates."""
    pairs = []
    for article in read_articles([SEEDS]):
        for number, paragraph in enumerate(article.paragraphs):
            timexes = tag(paragraph, article.anchor_of(number))
            starts = [t.start for t in timexes]
            sentences = split_sentences(paragraph)
            pairs += [(a, b, timexes, starts) for a, b in pairwise(sentences)]
    return pairs


def test_following_and_preceding_sentences_are_the_plain_choices_on_the_seeds() -> None:
    pairs = neighbour_pairs()
    assert len(pairs) > 80
    chosen = 0
    for first, second, timexes, starts in pairs:
        following = following_sentence(second, timexes, starts, first.text)
        assert following == _plain_following(second, timexes, starts, first.text)
        preceding = preceding_sentence((first, timexes, starts), second.text)
        assert preceding == _plain_preceding((first, timexes, starts), second.text)
        chosen += bool(following) + bool(preceding)
    assert chosen > 10  # both answers are tried, not only ""
    assert preceding_sentence(None, "He said so.") == ""


def test_a_preceding_sentence_needs_both_to_hold_on() -> None:
    before = Sentence("He walked to the market on the edge of town today.", 0, 50)
    assert preceding_sentence((before, [], []), "She bought bread there for everyone.")
    assert not preceding_sentence((before, [], []), "Bread was cheap for everyone there.")
    assert not preceding_sentence((before, [], []), "Separately, she bought bread there.")
