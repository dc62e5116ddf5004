"""PartialDate: EDTF in and out, precision kept, ordering and containment."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.dates import MAX_YEAR, PartialDate, Precision
from generator.errors import DateError


@pytest.mark.parametrize(
    ("text", "precision", "human"),
    [
        ("199X", Precision.DECADE, "1990s"),
        ("2015", Precision.YEAR, "2015"),
        ("2025-10", Precision.MONTH, "October 2025"),
        ("2026-01-07", Precision.DAY, "7 January 2026"),
        ("2026-02-03T11:00", Precision.TIME, "3 February 2026, 11:00"),
        ("2026-01~", Precision.MONTH, "c. January 2026"),
    ],
)
def test_edtf_round_trip_keeps_precision(text: str, precision: Precision, human: str) -> None:
    date = PartialDate.parse(text)
    assert date.edtf() == text
    assert date.precision == precision
    assert date.human() == human


@pytest.mark.parametrize("bad", ["October", "", "2026-1-7", "20260203", "199", "2026-02-03x"])
def test_malformed_dates_are_refused_quoting_the_value(bad: str) -> None:
    with pytest.raises(DateError) as info:
        PartialDate.parse(bad)
    assert repr(bad) in str(info.value)
    assert "EDTF" in str(info.value)


@pytest.mark.parametrize(("bad", "fragment"), [("2025-13", "month 13"), ("2026-02-30", "day 30")])
def test_impossible_dates_are_refused(bad: str, fragment: str) -> None:
    with pytest.raises(DateError, match=fragment):
        PartialDate.parse(bad)


def test_month_is_never_filled_with_a_day() -> None:
    october = PartialDate.parse("2025-10")
    assert october.day is None
    assert october.iso_start() == "2025-10"


def test_coarser_dates_sort_at_the_head_of_their_period() -> None:
    dates = [PartialDate.parse(t) for t in ["2026-01-07", "2026-01", "2026", "2025-10", "199X"]]
    ordered = sorted(dates, key=PartialDate.sort_key)
    assert [d.edtf() for d in ordered] == ["199X", "2025-10", "2026", "2026-01", "2026-01-07"]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("199X", "1990-01-01", "1999-12-31"),
        ("2024", "2024-01-01", "2024-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2025-02", "2025-02-01", "2025-02-28"),
        ("2026-01-07T11:00", "2026-01-07", "2026-01-07"),
        ("9998-12", "9998-12-01", "9998-12-31"),
    ],
)
def test_a_date_names_a_period_from_its_first_to_its_last_day(
    text: str, first: str, last: str
) -> None:
    date = PartialDate.parse(text)
    assert (date.first_day().isoformat(), date.last_day().isoformat()) == (first, last)


def test_containment_and_compatibility() -> None:
    january = PartialDate.parse("2026-01")
    assert january.contains(PartialDate.parse("2026-01-07"))
    assert not january.contains(PartialDate.parse("2026-02-03"))
    assert PartialDate.parse("199X").contains(PartialDate.parse("1994"))
    assert PartialDate.parse("2026-01-07").compatible(january)
    assert not PartialDate.parse("2025-10").compatible(january)


@given(st.dates(max_value=dt.date(MAX_YEAR, 12, 31)))
def test_any_day_round_trips(day) -> None:  # type: ignore[no-untyped-def]
    text = day.isoformat()
    assert PartialDate.parse(text).edtf() == text


@pytest.mark.parametrize(
    ("bad", "fragment"),
    [
        ("0000-01-01", "year 0 is out of range"),
        ("9999-12", "year 9999 is out of range"),
        ("9999-12-31", "year 9999 is out of range"),
        ("9999~", "year 9999 is out of range"),
        ("999X", "decade 999X (9990-9999) is out of range"),
        ("000X", "decade 000X (0-9) is out of range"),
    ],
)
def test_dates_whose_period_has_no_day_after_are_refused(bad: str, fragment: str) -> None:
    """The exports need the first day, last day and day after of every date's period."""
    with pytest.raises(DateError) as info:
        PartialDate.parse(bad)
    assert fragment in str(info.value)
    assert "dates must lie within the years 0001-9998" in str(info.value)


def test_the_constructor_refuses_the_same_range() -> None:
    with pytest.raises(DateError, match="year 9999 is out of range"):
        PartialDate(9999)
    with pytest.raises(DateError, match="decade 999X"):
        PartialDate(9990, decade=True)
    for text in ("0001-01-01", "001X", "998X", "9998", "9998-12-31T23:59"):
        assert PartialDate.parse(text).edtf() == text


_FIELDS = st.tuples(
    st.integers(-1, 10_000),
    st.one_of(st.none(), st.integers(0, 13)),
    st.one_of(st.none(), st.integers(0, 32)),
    st.booleans(),
)


@given(_FIELDS)
def test_every_date_has_a_first_day_a_last_day_and_a_day_after(
    fields: tuple[int, int | None, int | None, bool],
) -> None:
    year, month, day, decade = fields
    try:
        date = PartialDate(year, None if decade else month, None if decade else day, decade=decade)
    except DateError:
        return
    first = dt.date(date.year, date.month or 1, date.day or 1)
    if date.decade:
        last = dt.date(date.year + 9, 12, 31)
    elif date.month is None:
        last = dt.date(date.year, 12, 31)
    elif date.day is None:
        last = dt.date(date.year, date.month, calendar.monthrange(date.year, date.month)[1])
    else:
        last = first
    assert first <= last < last + dt.timedelta(days=1)  # no OverflowError
    assert f"{date.year:04d}" == date.iso_start()[:4]
