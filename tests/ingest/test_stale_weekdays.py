"""A bare past weekday five or six days before the page's date: the page ran past its date.

The sentences are from the shared Timeline17 topics; judges counted 35 of 38 such
dates wrong (rounds 15-23, ``bench/judgements.md``)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from generator.dates import PartialDate
from generator.ingest.extract import extract_mentions
from generator.ingest.read import read_articles
from generator.ingest.weekdays import RAN_PAST, settle_ran_past
from generator.models import Mention
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


def _next_weekday(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).strftime("%A")


def _mentions(pages: list[tuple[str, str]]) -> list[Mention]:
    return [
        m
        for i, (sentence, published) in enumerate(pages)
        for m in extract_mentions(article(sentence, published, f"a{i}"))
    ]


def test_an_outlet_whose_pages_do_not_run_past_keeps_last_weeks_weekday() -> None:
    """BBC's round-up of survivors' stories, Thursday 28 January 2010: no pile of weekdays six
    days back in the outlet's pages, so the Friday is the one before (judged so in round 30)."""
    pages = [
        (
            "Emmannuel Buso was rescued on Friday after an Israeli search team was approached by "
            "his relatives.",
            "2010-01-28",
        ),
        (
            "A team of international staff from ActionAid, including some from the UK and "
            "Brazil, were traveling to Haiti and should be in the country by Sunday.",
            "2010-01-15",
        ),
        ("The first aid flight landed in Port-au-Prince on Monday.", "2010-01-22"),
    ]
    rescued, traveling, landed = settle_ran_past(_mentions(pages), {})
    assert rescued.date.edtf() == "2010-01-22" and RAN_PAST not in rescued.timex.rule
    assert traveling.date.edtf() == "2010-01-17"  # still to come when it was told
    assert landed.date.edtf() == "2010-01-18"


def test_an_outlet_whose_pages_run_past_their_dates_keeps_the_move() -> None:
    """Six pages whose past weekdays lie six days back and one four days back: the outlet's
    pages ran past their dates, and "in Friday pre-dawn hours" of Thursday's is that Friday."""
    days = ["2011-01-27", "2011-01-28", "2011-01-29", "2011-01-30", "2011-01-31", "2011-02-01"]
    pages = [("Police arrested an opposition leader in Friday pre-dawn hours.", days[0])]
    pages += [(f"Police arrested a blogger on {_next_weekday(day)}.", day) for day in days[1:]]
    pages += [("Police arrested a lawyer on Sunday.", "2011-01-27")]
    settled = settle_ran_past(_mentions(pages), {f"a{i}": "cnn" for i in range(len(pages))})
    assert settled[0].date.edtf() == "2011-01-28" and RAN_PAST in settled[0].timex.rule


def test_a_page_headed_by_the_day_before_counts_its_today_from_that_day(tmp_path: Path) -> None:
    """BBC's "Your stories Thursday 14 January" page, published on the 15th: its readers'
    "today" is the 14th (judged wrong as the 15th in round 30); a caption's date ending a
    sentence heads nothing."""
    page = {
        "id": "bbc-756",
        "published": "2010-01-15",
        "text": "Haiti earthquake: Your stories Thursday 14 January Up to 10,000 US troops "
        "will be deployed.\nThe UN is supposed to begin building a new mobile hospital today.",
    }
    caption = {
        "id": "cnn-199",
        "published": "2011-02-11",
        "text": "Protests continued in Cairo before President Hosni Mubarak's speech Thursday, "
        "February 10.\nThe army said today it would guarantee free elections.",
    }
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in (page, caption)), encoding="utf-8")
    stories, news = read_articles([corpus])
    assert stories.headed_day == PartialDate.parse("2010-01-14") and news.headed_day is None
    hospital = next(m for m in extract_mentions(stories) if "hospital" in m.sentence)
    assert hospital.date.edtf() == "2010-01-14"
