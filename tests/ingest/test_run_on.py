"""Headings, captions and footers run into the text without a full stop.

Pages flattened to one paragraph (the shared Timeline17 topics, text pasted from the web)
glue a heading to the sentence after it. The sentences here are from those topics; the
titles they made were judged no headlines or misdated (rounds 38-40).
"""

from __future__ import annotations

import pytest

from generator.ingest import build_events
from generator.ingest.headline import make_headline
from generator.ingest.sentences import split_sentences
from tests.ingest.articles import article


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        (
            "Dr Murray denies any wrongdoing On 8 February, 2010, Dr Murray appeared in court "
            "in Los Angeles.",
            [
                "Dr Murray denies any wrongdoing",
                "On 8 February, 2010, Dr Murray appeared in court in Los Angeles.",
            ],
        ),
        (
            "Protesters have embraced Egyptian troops since they were deployed on the streets "
            "This is in sharp contrast to the police.",
            [
                "Protesters have embraced Egyptian troops since they were deployed on the streets",
                "This is in sharp contrast to the police.",
            ],
        ),
        # a name with capitalised words is no heading: "his This Is It tour", "The Hague"
        (
            "Jackson died in June 2009 while rehearsing for his This Is It tour.",
            ["Jackson died in June 2009 while rehearsing for his This Is It tour."],
        ),
        (
            "The court in The Hague ruled on Monday, and the judges in The Netherlands agreed.",
            ["The court in The Hague ruled on Monday, and the judges in The Netherlands agreed."],
        ),
        # a lowercase word before a capitalised preposition that dates nothing stays
        (
            "The album Live In Concert was released on Monday.",
            ["The album Live In Concert was released on Monday."],
        ),
    ],
)
def test_a_heading_run_into_a_sentence_is_a_sentence_of_its_own(
    paragraph: str, sentences: list[str]
) -> None:
    assert [s.text for s in split_sentences(paragraph)] == sentences


def test_a_run_on_heading_titles_nothing() -> None:
    """ "Dr Murray denies any wrongdoing On 8 February, 2010, …" was titled "Conrad Murray
    denies any wrongdoing" and dated by the court day."""
    page = article(
        "Dr Murray denies any wrongdoing On 8 February, 2010, Dr Murray appeared in court in "
        "Los Angeles and pleaded not guilty to the charge of involuntary manslaughter.",
        "2010-02-20",
    )
    titles = [e.title for e in build_events([page]).events]
    assert titles == [
        "Dr Murray appeared in court in Los Angeles and pleaded not guilty to the charge"
    ]


def test_a_clause_that_times_by_another_happening_is_no_title() -> None:
    """ "On Sunday, five days after the quake hit, American rescuers …" was titled "Five days
    after the quake hit" and joined the quake's event."""
    sentence = (
        "On Sunday, five days after the quake hit, American rescuers managed to save two "
        "children trapped under the rubble of a collapsed home."
    )
    assert make_headline(sentence, "Sunday") == (
        "American rescuers managed to save two children trapped under the rubble of a "
        "collapsed home"
    )


@pytest.mark.parametrize(
    "footer",
    [
        "This article appeared on p28 of the Main section section of the Guardian on "
        "Monday 27 April 2009.",
        "This article was amended on Friday 29 May 2009.",
    ],
)
def test_a_print_footer_run_into_the_text_dates_nothing(footer: str) -> None:
    page = article(f"Swine flu is spreading across the world {footer}", "2009-04-27")
    assert build_events([page]).events == []
