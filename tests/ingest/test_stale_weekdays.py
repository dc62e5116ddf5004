"""A bare past weekday five or six days before the page's date: the page ran past its date.

The sentences are from the shared Timeline17 topics; judges counted 35 of 38 such
dates wrong (rounds 15-23, ``bench/judgements.md``)."""

from __future__ import annotations

import pytest

from generator.ingest.extract import extract_mentions
from generator.ingest.weekdays import RAN_PAST
from tests.ingest.articles import article


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        # Thursday's page: "Friday pre-dawn" happened the next day, not six days before
        (
            "Egyptian authorities arrested a prominent Muslim Brotherhood leader in Friday "
            "pre-dawn hours, according to his son-in-law.",
            "2011-01-27",
            "2011-01-28",
        ),
        # Friday's page: the plane standing by flies on Saturday, not last Saturday
        (
            "British Airways said it had a Boeing 747 standing by to fly to Haiti with "
            "supplies on Saturday.",
            "2010-01-15",
            "2010-01-16",
        ),
        # a weekday of the same week is read as before
        (
            "Thousands of protesters marched in Cairo on Tuesday.",
            "2011-01-27",
            "2011-01-25",
        ),
        # "last Friday" says it is a week old
        (
            "Egyptian authorities arrested a prominent Muslim Brotherhood leader last Friday.",
            "2011-01-27",
            "2011-01-21",
        ),
    ],
)
def test_a_bare_weekday_is_not_a_week_old(sentence: str, published: str, date: str) -> None:
    (mention,) = extract_mentions(article(sentence, published))
    assert mention.date.edtf() == date
    assert mention.status == "occurred"
    assert (RAN_PAST in mention.timex.rule) == (date > published)
