"""Calendar arithmetic of the tagger against independent oracles (``calendar``, ``datetime``).

:func:`holiday_date` uses ``dateutil`` (``relativedelta`` weekdays, ``easter``);
here the floating holidays are found by walking the month with the standard
library, and Easter by the Anonymous Gregorian algorithm (Meeus/Jones/Butcher),
which the tagger used before.
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.temporal.calendar_math import FIXED_HOLIDAYS, add_months, holiday_date

YEARS = st.integers(1, 9999)


def weekdays_of(year: int, month: int, weekday: int) -> list[dt.date]:
    """Every ``weekday`` (0 = Monday) of a month, in order."""
    days = calendar.Calendar().itermonthdates(year, month)
    return [d for d in days if d.month == month and d.weekday() == weekday]


def easter_meeus(y: int) -> dt.date:
    """Gregorian Easter Sunday by the Anonymous Gregorian algorithm."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * mm + 114) // 31
    day = (h + l_ - 7 * mm + 114) % 31 + 1
    return dt.date(y, month, day)


@settings(max_examples=2000, deadline=None)
@given(YEARS)
def test_floating_holidays(year: int) -> None:
    mondays_nov = weekdays_of(year, 11, calendar.MONDAY)
    assert holiday_date("thanksgiving", year) == weekdays_of(year, 11, calendar.THURSDAY)[3]
    assert holiday_date("thanksgiving day", year) == holiday_date("thanksgiving", year)
    assert holiday_date("labor day", year) == weekdays_of(year, 9, calendar.MONDAY)[0]
    assert holiday_date("memorial day", year) == weekdays_of(year, 5, calendar.MONDAY)[-1]
    assert holiday_date("election day", year) == mondays_nov[0] + dt.timedelta(days=1)


@settings(max_examples=2000, deadline=None)
@given(YEARS)
def test_easter(year: int) -> None:
    day = holiday_date("easter", year)
    assert day == easter_meeus(year)
    assert day == holiday_date("easter sunday", year)
    assert day.weekday() == calendar.SUNDAY
    assert dt.date(year, 3, 22) <= day <= dt.date(year, 4, 25)


@pytest.mark.parametrize(
    ("year", "day"),
    [(1818, "1818-03-22"), (1943, "1943-04-25"), (2024, "2024-03-31"), (2026, "2026-04-05")],
)
def test_easter_known_dates(year: int, day: str) -> None:
    assert holiday_date("easter", year) == dt.date.fromisoformat(day)


@given(st.sampled_from(sorted(FIXED_HOLIDAYS)), YEARS)
def test_fixed_holidays(name: str, year: int) -> None:
    month, day = FIXED_HOLIDAYS[name]
    assert holiday_date(name, year) == dt.date(year, month, day)


def test_unknown_holiday_and_years_out_of_range() -> None:
    assert holiday_date("groundhog day", 2026) is None
    for name in ("christmas", "thanksgiving", "easter"):
        for year in (0, 10000):
            with pytest.raises(ValueError):
                holiday_date(name, year)  # the handler vetoes the match


@given(st.integers(-20000, 20000), st.integers(1, 12), st.integers(-30000, 30000))
def test_add_months(year: int, month: int, n: int) -> None:
    y, m = add_months(year, month, n)
    assert 1 <= m <= 12
    assert (y * 12 + m - 1) - (year * 12 + month - 1) == n  # n months apart, exactly
