"""Unit tests of the temporal tagger, family by family, on real sentences."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from generator.dates import PartialDate
from generator.models import Timex
from generator.temporal import is_reference_line, tag

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DCT = PartialDate.parse("2026-02-03")  # a Tuesday


def values(text: str, dct: PartialDate | None = DCT) -> dict[str, str | None]:
    """Map each tagged expression's text to its value."""
    return {t.text: t.value for t in tag(text, dct)}


def only(text: str, dct: PartialDate | None = DCT) -> Timex:
    """The single expression tagged in ``text``."""
    found = tag(text, dct)
    assert len(found) == 1, found
    return found[0]


def seed_text(prefix: str) -> str:
    """The text of the seed whose file name starts with ``prefix``."""
    (path,) = SEEDS.glob(prefix + "*.txt")
    return path.read_text(encoding="utf-8")


# -- absolute dates -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        (
            "Published: 03 February 2026. The English Chronicle Desk.",
            "03 February 2026",
            "2026-02-03",
        ),
        (
            "in Washington, D.C., U.S., February 3, 2026. (Colombia Presidency)",
            "February 3, 2026",
            "2026-02-03",
        ),
        ("The company was founded on Aug. 7, 1998, in Ohio.", "Aug. 7, 1998", "1998-08-07"),
        ("The report is dated 2015-06-30.", "2015-06-30", "2015-06-30"),
        ("It expired on Friday, Oct. 23, 1998.", "Friday, Oct. 23, 1998", "1998-10-23"),
        ("The treaty was signed in July 1997.", "July 1997", "1997-07"),
        ("Unemployment peaked in 2015.", "2015", "2015"),
    ],
)
def test_absolute_dates(text: str, expr: str, value: str) -> None:
    assert values(text)[expr] == value
    assert values(text, None)[expr] == value  # no DCT needed


# -- month names and tense ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("In October, Trump called Petro an illegal drug leader.", "October", "2025-10"),
        ("In January, the two leaders held a phone call.", "January", "2026-01"),
        ("Petro, whose term ends in August and is barred from re-election.", "August", "2026-08"),
        ("He is using the meeting to influence upcoming elections in May.", "May", "2026-05"),
        (
            "The upcoming May 31 presidential election in Colombia will be a test.",
            "May 31",
            "2026-05-31",
        ),
        ("a last-minute phone call on 7 January initiated by diplomats", "7 January", "2026-01-07"),
        ("Talks began in early January.", "early January", "2026-01"),
        ("The vote will take place in March.", "March", "2026-03"),
        ("Sales fell last November.", "last November", "2025-11"),
        ("The trial is scheduled for next April.", "next April", "2026-04"),
        # "-ed" after an article is an adjective, not a past verb; after "that" it is a verb
        ("It would be paid on a still unspecified date in April.", "April", "2026-04"),
        ("the shootings that injured two doctors in April", "April", "2025-04"),
        # "-ed" after a hyphen is an adjective, "as expected" a comment: neither is a tense
        (
            "The agency is ending its color-coded alert system in April, as expected.",
            "April",
            "2026-04",
        ),
    ],
)
def test_month_names_follow_tense(text: str, expr: str, value: str) -> None:
    assert values(text)[expr] == value


def test_month_keeps_month_precision() -> None:
    t = only("In October, the United States sanctioned Petro.")
    assert t.value == "2025-10"
    assert t.date() == PartialDate(2025, 10)
    assert "month-name" in t.rule and "2026-02-03" in t.rule


def test_early_january_has_start_mod() -> None:
    t = only("Talks began in early January.")
    assert t.mod == "START"


def test_without_dct_relative_month_is_unresolved() -> None:
    t = only("In October, Trump called Petro an illegal drug leader.", None)
    assert t.text == "October" and t.value is None


# -- weekdays ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Trump and Petro began their first meeting on Tuesday.", "Tuesday", "2026-02-03"),
        ("Trump told reporters on Monday that Petro's tone had changed.", "Monday", "2026-02-02"),
        ("Petro expressed optimism Friday about the meeting.", "Friday", "2026-01-30"),
        ("The minister will visit Paris on Thursday.", "Thursday", "2026-02-05"),
        ("They met last Tuesday.", "last Tuesday", "2026-01-27"),
        ("The vote is next Monday.", "next Monday", "2026-02-09"),
        # a noun before "to" is no future cue ("their offers to acquire")
        ("They extended their offers to acquire the maker Friday.", "Friday", "2026-01-30"),
        # "until" points ahead, unless the clause is in the past
        ("Until Thursday, the police had not called him a suspect.", "Thursday", "2026-01-29"),
        ("The offer is valid until Thursday.", "Thursday", "2026-02-05"),
        # a weekday naming when an asked-for or arranged thing happens lies ahead...
        ("The opposition has called for protests after Friday prayers.", "Friday", "2026-02-06"),
        (
            "They said they were organizing a march around the city for Thursday.",
            "Thursday",
            "2026-02-05",
        ),
        # ...but not the day of the call itself
        ("The United Nations called for calm on Friday.", "Friday", "2026-01-30"),
        # a weekday naming what was awaited lies ahead, even in the past tense...
        ("The capital braced for a march of millions Thursday.", "Thursday", "2026-02-05"),
        ("Delegates met ahead of the first session Friday.", "Friday", "2026-02-06"),
        # ...but not the main clause's own day after a comma or "on"
        (
            "Just ahead of the trip, the ministry on Sunday issued a warning.",
            "Sunday",
            "2026-02-01",
        ),
        # "is due to" schedules (ahead), "had been due to" is past, "due to rain" no cue
        ("The secretary general is due to visit the capital on Sunday.", "Sunday", "2026-02-08"),
        (
            "A flight that had been due to arrive on Friday was diverted.",
            "Friday",
            "2026-01-30",
        ),
        # "former" describes a person, not the clause's tense
        ("He says he will meet former presidents on Saturday.", "Saturday", "2026-02-07"),
        # "the previous Friday" counts back from the day the story is at
        (
            "On Friday, Jan. 16, the index fell 4.5% from the previous Friday.",
            "the previous Friday",
            "2026-01-09",
        ),
    ],
)
def test_weekdays(text: str, expr: str, value: str) -> None:
    assert values(text)[expr] == value


def test_weekday_excludes_preposition() -> None:
    t = only("began their first meeting on Tuesday, a White House encounter")
    assert t.text == "Tuesday"


# -- relative offsets ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("One month prior, tensions seemed insurmountable.", "One month prior", "2026-01"),
        ("he described the U.S. operation last month as a kidnapping", "last month", "2026-01"),
        ("Last week, he urged Colombian migrants to return.", "Last week", "2026-W05"),
        ("Shares rose this week.", "this week", "2026-W06"),
        ("The plant closed two weeks ago.", "two weeks ago", "2026-W04"),
        ("Profits rose 5% from a year earlier.", "a year earlier", "2025"),
        ("The company said yesterday it would cut jobs.", "yesterday", "2026-02-02"),
        ("The results are due today.", "today", "2026-02-03"),
        ("He will speak tomorrow.", "tomorrow", "2026-02-04"),
        ("Officials met this morning.", "this morning", "2026-02-03TMO"),
        # a time of day joined to its day by "mid-" is part of it, not cut at the hyphen
        ("Crowds stayed calm mid-morning Monday.", "mid-morning Monday", "2026-02-02"),
        ("The price rose last year.", "last year", "2025"),
        ("Sales rose earlier this year.", "earlier this year", "2026"),
        ("Prices are high now.", "now", "PRESENT_REF"),
        ("He recently returned.", "recently", "PAST_REF"),
        ("It could happen in the future.", "the future", "FUTURE_REF"),
    ],
)
def test_relative_expressions(text: str, expr: str, value: str) -> None:
    assert values(text)[expr] == value


def test_relative_without_dct_is_unresolved_but_tagged() -> None:
    t = only("he described the U.S. operation last month as a kidnapping", None)
    assert t.text == "last month" and t.value is None


# -- decades, years, quarters ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("a former guerrilla leader who demobilised in the 1990s", "the 1990s", "199X"),
        ("elected Colombia's president in 2022", "2022", "2022"),
        ("The law has been in force since 2022.", "2022", "2022"),
        ("Earnings rose in the third quarter.", "the third quarter", "2025-Q3"),
        ("Third-quarter net income fell.", "Third-quarter", "2025-Q3"),
        ("Sales should improve in the fourth quarter.", "the fourth quarter", "2026-Q4"),
        ("Growth slowed in the third quarter of 1990.", "the third quarter of 1990", "1990-Q3"),
        ("Prices rose in fiscal 1989.", "fiscal 1989", "1989"),
        ("the mid-1990s", "the mid-1990s", "199X"),
    ],
)
def test_years_decades_quarters(text: str, expr: str, value: str) -> None:
    assert values(text)[expr] == value


# -- durations -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("after months of intense verbal sparring", "months", "PXM"),
        ("after weeks of threats", "weeks", "PXW"),
        ("The strike lasted three years.", "three years", "P3Y"),
        ("Sales fell over the past two months.", "the past two months", "P2M"),
        ("a two-hour meeting at the White House", "two-hour", "PT2H"),
        ("The talks lasted more than four hours.", "more than four hours", "PT4H"),
        ("He served 5 1/2 years in prison.", "5 1/2 years", "P5Y6M"),
        ("in the first nine months", "the first nine months", "P9M"),
        ("for several years", "several years", "PXY"),
        # TIMEX3: an offset from an event of the story is the duration ("later" is a signal)
        ("It reopened three weeks later.", "three weeks", "P3W"),
        ("A few days later, the firm announced losses.", "A few days", "PXD"),
        ("But a minute and a half later, a pilot called in.", "a minute and a half", "PT1M30S"),
    ],
)
def test_durations(text: str, expr: str, value: str) -> None:
    t = {x.text: x for x in tag(text, DCT)}[expr]
    assert t.type == "DURATION" and t.value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # TIMEX3 parts of day: YYYY-MM-DDTMO/AF/EV/NI
        (
            "In London at mid-afternoon yesterday, shares rose.",
            "mid-afternoon yesterday",
            "2026-02-02TAF",
        ),
        ("The talks ended late evening today.", "late evening today", "2026-02-03TEV"),
        # TIMEX3 weeks: the ISO week holding the day
        ("A court hearing is set for the week of March 6.", "the week of March 6", "2026-W10"),
        ("It began the week of Jan. 3, 2000.", "the week of Jan. 3, 2000", "2000-W01"),
    ],
)
def test_parts_of_day_and_weeks(text: str, expr: str, value: str) -> None:
    t = {x.text: x for x in tag(text, DCT)}[expr]
    assert t.value == value
    # Neither a week nor a part of day (2026-02-02TAF) is a PartialDate: no calendar period,
    # so such an expression dates no event (extract.py uses Timex.date()).
    assert t.date() is None


# -- times -----------------------------------------------------------------


def test_time_of_day_with_zone() -> None:
    text = (
        "At the Tuesday meeting, which began shortly after 11 a.m. local time (1600 GMT), "
        "officials spoke."
    )
    found = {t.text: t for t in tag(text, DCT)}
    assert found["11 a.m. local time"].value == "2026-02-03T11:00"
    assert found["11 a.m. local time"].type == "TIME"
    assert found["1600 GMT"].value == "2026-02-03T16:00"


def test_time_with_weekday() -> None:
    assert (
        values("The polls will close at 10 p.m. Wednesday.")["10 p.m. Wednesday"]
        == "2026-02-04T22:00"
    )


# -- sets ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The festival is held every year.", "every year", "P1Y"),
        ("The report is published annually.", "annually", "P1Y"),
        ("Rent is due each month.", "each month", "P1M"),
        ("The board meets daily.", "daily", "P1D"),
    ],
)
def test_sets(text: str, expr: str, value: str) -> None:
    t = {x.text: x for x in tag(text, DCT)}[expr]
    assert t.type == "SET" and t.value == value


# -- negatives -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trump may underestimate these complex regional dynamics.",
        "May I ask a question?",
        "Maybe the talks will fail.",
        "Thousands of protesters march through Bogota.",
        "They will March on the capital.",
        "The deal is worth $31 billion.",
        "The park covers 1,500 sq km.",
        "First, it may bring the reintegration of Venezuela's energy sector.",
        "0:00\n0:00\n",
        "Flight 2000 landed safely.",
    ],
)
def test_not_dates(text: str) -> None:
    assert tag(text, DCT) == []


def test_seed_has_no_may_verb_dates() -> None:
    for path in SEEDS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        for t in tag(text, DCT):
            assert t.text.lower() != "may" or (
                t.text == "May" and "elections in May" in text[t.start - 20 : t.end]
            )


# -- reference lines -------------------------------------------------------


def test_reference_line_dates_are_marked() -> None:
    text = (
        "Petro described the meeting as optimistic.[1]\n\n"
        "[1] Debusmann Jr., Bernd. “Trump Hails White House Talks”, BBC News, "
        "https://www.bbc.com/news/articles/c4g01vlwqp5o, (Accessed: 02.08.2026).\n"
    )
    found = tag(text, DCT)
    (ref,) = [t for t in found if t.text == "02.08.2026"]
    assert ref.reference is True
    assert ref.value in ("2026-02-08", "2026-08-02")
    assert all(not t.reference for t in found if t.start < text.index("[1] "))


@pytest.mark.parametrize(
    "line",
    [
        "[3] Ibid.",
        "Retrieved 5 March 2024 from the archive",
        "Smith, J. (2020). Title. Accessed: 1 May 2021",
    ],
)
def test_reference_line_detection(line: str) -> None:
    assert is_reference_line(line)


def test_ordinary_line_is_not_reference() -> None:
    assert not is_reference_line("In January, the two leaders held a phone call.")


# -- whole seeds -----------------------------------------------------------


def test_seed_000_expressions() -> None:
    found = values(seed_text("000"))
    assert found["03 February 2026"] == "2026-02-03"
    assert found["One month prior"] == "2026-01"
    assert found["the 1990s"] == "199X"
    assert found["7 January"] == "2026-01-07"
    assert found["October"] == "2025-10"
    assert found["2015"] == "2015"
    assert found["August"] == "2026-08"
    assert found["May"] == "2026-05"


def test_seed_003_expressions() -> None:
    text = seed_text("003")
    found = tag(text, DCT)
    by_text = {t.text: t.value for t in found}
    assert by_text["February 3, 2026"] == "2026-02-03"
    assert by_text["Monday"] == "2026-02-02"
    assert by_text["last month"] == "2026-01"
    assert by_text["Last week"] == "2026-W05"
    assert [t.value for t in found if t.text == "Tuesday"] == ["2026-02-03"] * 3
    assert [t.value for t in found if t.text == "October"] == ["2025-10"]
    assert [t.value for t in found if t.text == "January"] == ["2026-01", "2026-01"]


def test_spans_are_exact_sorted_and_disjoint_on_seeds() -> None:
    for path in SEEDS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        found = tag(text, DCT)
        assert found
        for a, b in itertools.pairwise(found):
            assert a.end <= b.start
        for t in found:
            assert text[t.start : t.end] == t.text
            assert t.type in ("DATE", "TIME", "DURATION", "SET")
