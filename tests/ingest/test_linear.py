"""Ingest work grows linearly with a paragraph's length (issue 17: a one-line article).

No test here is timed: each counts the work done (timexes looked at, characters
copied, bytes allocated) for a paragraph and for one four times as long, and asserts
the work grew about four times, not sixteen. ``bench/linear.py`` measures the time.
"""

from __future__ import annotations

import datetime as dt
import tracemalloc
from collections.abc import Iterator
from typing import SupportsIndex, overload

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.dates import PartialDate
from generator.ingest import extract, headline
from generator.ingest.pubdate import infer_published
from generator.ingest.sentences import split_sentences
from generator.models import Article, Timex
from generator.temporal import tag

DCT = PartialDate.parse("2026-02-03")
LINEAR = 6.0
"""Most growth of the work allowed for 4x the text: linear work grows 4x, quadratic 16x."""


def dated_sentences(count: int) -> str:
    """One paragraph of ``count`` news sentences, each with its own date."""
    start = dt.date(2020, 1, 1)
    days = (start + dt.timedelta(days=i) for i in range(count))
    return " ".join(
        f"The council of Arden met the mayor on {d.day} {d:%B %Y} to approve the budget."
        for d in days
    )


class CountingTimexes(list[Timex]):
    """The tagger's result, counting the timexes anyone looks at."""

    looked_at = 0
    """Timexes handed out by iteration or slicing."""

    def __iter__(self) -> Iterator[Timex]:
        for timex in super().__iter__():
            self.looked_at += 1
            yield timex

    @overload
    def __getitem__(self, index: SupportsIndex) -> Timex: ...
    @overload
    def __getitem__(self, index: slice) -> list[Timex]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> Timex | list[Timex]:
        got = super().__getitem__(index)
        self.looked_at += len(got) if isinstance(got, list) else 1
        return got


def timexes_looked_at(paragraph: str, monkeypatch: pytest.MonkeyPatch) -> int:
    tagged: list[CountingTimexes] = []

    def counting_tag(
        text: str,
        dct: PartialDate | None = None,
        story_day: dt.date | None = None,
        triggers: list[tuple[int, int, str]] | None = None,
    ) -> list[Timex]:
        tagged.append(CountingTimexes(tag(text, dct, story_day, triggers)))
        return tagged[-1]

    with monkeypatch.context() as patch:
        patch.setattr(extract, "tag", counting_tag)
        article = Article(id="a", path="a.txt", published=DCT, paragraphs=[paragraph])
        mentions = extract.extract_mentions(article)
    assert len(mentions) == paragraph.count("The council")  # every sentence dated
    return sum(t.looked_at for t in tagged)


def test_each_sentence_looks_only_at_the_timexes_inside_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # before: every sentence scanned all timexes of its paragraph, n² for n sentences
    small = timexes_looked_at(dated_sentences(50), monkeypatch)
    large = timexes_looked_at(dated_sentences(200), monkeypatch)
    assert large <= LINEAR * small, (small, large)


class CountingText(str):
    """A paragraph counting the characters copied out of it by slicing."""

    copied = 0
    """Characters in every slice taken."""

    def __getitem__(self, index: SupportsIndex | slice) -> str:
        got = super().__getitem__(index)
        self.copied += len(got)
        return got


def characters_copied(paragraph: str) -> int:
    text = CountingText(paragraph)
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [s.text for s in split_sentences(paragraph)]
    return text.copied


def test_a_run_of_abbreviations_is_not_copied_again_at_each_one() -> None:
    def generals(count: int) -> str:
        return "Officials said " + " ".join(f"Gen. Name{i} met" for i in range(count)) + "."

    # before: the text since the last sentence end was copied at each "Gen."
    small, large = characters_copied(generals(100)), characters_copied(generals(400))
    assert large <= LINEAR * small, (small, large)


def test_sentences_are_split_as_before() -> None:
    """… and a middle initial ends none ("Police identified the suspects in the shooting as
    Columbus E" was a title in round 38)."""
    text = (
        "The U.S. envoy met Gen. Smith at 9 p.m. Talks ended. “Next,” he said! "
        "Was it 1990? Yes [1] Then it rained. Police named Columbus E. Jones and John W. "
        "Smith. They left."
    )
    assert [s.text for s in split_sentences(text)] == [
        "The U.S. envoy met Gen. Smith at 9 p.m.",
        "Talks ended.",
        "“Next,” he said!",
        "Was it 1990?",
        "Yes [1] Then it rained.",
        "Police named Columbus E. Jones and John W. Smith.",
        "They left.",
    ]


def bytes_allocated_inferring(paragraph: str) -> int:
    tracemalloc.start()
    try:
        infer_published([paragraph], None, paragraph)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_weekdays_of_a_one_line_article_do_not_each_keep_a_copy_of_the_line() -> None:
    def story(count: int) -> str:
        return " ".join(f"Officials met on Tuesday to talk about item {i}." for i in range(count))

    # before: each weekday kept its line up to that weekday, n² bytes for n weekdays
    small, large = bytes_allocated_inferring(story(250)), bytes_allocated_inferring(story(1000))
    assert large <= LINEAR * small, (small, large)


def test_a_weekday_still_confirms_the_date_of_the_opening_lines() -> None:
    opening = "Published 3 February 2026 in Bogota."
    story = "Petro arrived. " * 40 + "He met Trump on Tuesday, officials said."
    published, why = infer_published([opening, story], None, opening + "\n" + story)
    assert published == DCT
    assert why == (
        "inferred from '3 February 2026' in the opening lines, a Tuesday, "
        "and 'on Tuesday' in the story"
    )


_WORDS = ["and", "And", "AS", "as", "said", "of", "in", "who", "a", "x", "band", "ofs", "é", "_"]
_PIECES = st.sampled_from([*_WORDS, " ", "  ", "\t", ",", ";", ":", "(", ")", "-", "\n"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_last_stop_before_a_noun_phrase_is_found_as_the_regex_finds_it(text: str) -> None:
    # the regex searched from the start is quadratic in a long sentence; the search
    # from the last stop token must find the same match
    expected = headline._NP_STOP.search(text)
    found = headline._find_last_stop(text)
    assert (found and found.span()) == (expected and expected.span())
