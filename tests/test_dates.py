"""PartialDate: EDTF in and out, precision kept, ordering and containment."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.dates import PartialDate, Precision
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


def test_containment_and_compatibility() -> None:
    january = PartialDate.parse("2026-01")
    assert january.contains(PartialDate.parse("2026-01-07"))
    assert not january.contains(PartialDate.parse("2026-02-03"))
    assert PartialDate.parse("199X").contains(PartialDate.parse("1994"))
    assert PartialDate.parse("2026-01-07").compatible(january)
    assert not PartialDate.parse("2025-10").compatible(january)


@given(st.dates())
def test_any_day_round_trips(day) -> None:  # type: ignore[no-untyped-def]
    text = day.isoformat()
    assert PartialDate.parse(text).edtf() == text
