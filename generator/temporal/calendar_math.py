"""Calendar arithmetic and TIMEX3 value formatting: shifted months and weeks, durations, holidays.

Pure functions of dates and numbers (no text, no context): they format a day,
year or ISO week as a TIMEX3 value, shift a date by a count of calendar units,
spell a duration (``P3Y``, ``PT1M30S``) and find a holiday's date in a year.
"""

from __future__ import annotations

import datetime as dt

from dateutil.easter import easter
from dateutil.relativedelta import MO, TH, relativedelta


def fmt_day(d: dt.date) -> str:
    """``2026-02-03``."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_year(y: int) -> str:
    """``2026``; before year 0 in ISO 8601's expanded form, ``-0491``."""
    return f"{y:04d}" if y >= 0 else f"-{-y:04d}"


def fmt_week(d: dt.date) -> str:
    """ISO week of ``d``: ``2026-W06``."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) shifted by ``n`` months.

    Integer arithmetic on the pair, not on dates: "next month" after a DCT in
    December 9999 is still ``10000-01``, where a :class:`datetime.date` overflows.
    """
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def shift_value(anchor: dt.date, n: int, code: str) -> str | None:
    """The calendar value ``n`` units after ``anchor`` (negative: before)."""
    if code == "Y":
        return fmt_year(anchor.year + n)
    if code == "10Y":
        return fmt_year(anchor.year + 10 * n)
    if code == "100Y":
        return fmt_year(anchor.year + 100 * n)
    if code == "M":
        y, m = add_months(anchor.year, anchor.month, n)
        return f"{y:04d}-{m:02d}"
    if code == "Q":
        y, m = add_months(anchor.year, anchor.month, 3 * n)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if code in ("W", "WE"):
        return fmt_week(anchor + dt.timedelta(weeks=n))
    if code == "2W":
        return fmt_week(anchor + dt.timedelta(weeks=2 * n))
    if code == "D":
        return fmt_day(anchor + dt.timedelta(days=n))
    if code in ("TH", "TM", "TS"):
        return fmt_day(anchor)
    return None


def duration_value(n: float | None, code: str) -> str:
    """``P3Y``, ``PT5H``, ``PXM``, ``PT5H30M`` from a count and a unit code."""
    if code == "WE":
        code = "2D" if n == 1 else "W"  # "the weekend" is two days
        if code == "2D":
            return "P2D"
    time = code.startswith("T")
    letter = code[1:] if time else code
    mult = 1
    if letter[:-1].isdigit():
        mult, letter = int(letter[:-1]), letter[-1]
    prefix = "PT" if time else "P"
    if n is None:
        return f"{prefix}X{letter}"
    total = n * mult
    if total == int(total):
        return f"{prefix}{int(total)}{letter}"
    whole = int(total)
    sub = {
        "Y": (6, "M"),
        "D": (12, "H"),
        "H": (30, "M"),
        "M": (15, "D") if not time else (30, "S"),
        "W": (3, "D"),
    }.get(letter)
    if sub is None:
        return f"{prefix}{total:g}{letter}"
    extra, sub_letter = sub
    if letter == "Y" or (letter == "M" and not time) or letter == "W" or letter == "D":
        if letter == "D":
            return f"P{whole}DT12H" if whole else "PT12H"
        return f"P{whole}{letter}{extra}{sub_letter}" if whole else f"P{extra}{sub_letter}"
    return f"PT{whole}{letter}{extra}{sub_letter}" if whole else f"PT{extra}{sub_letter}"


FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "new year's": (1, 1),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "veterans day": (11, 11),
    "boxing day": (12, 26),
    "st. patrick's day": (3, 17),
}
"""(month, day) of the holidays on a fixed date, by lower-case name."""


def holiday_date(name: str, year: int) -> dt.date | None:
    """The date of a holiday (lower case, straight apostrophe) in ``year``; None if unknown."""
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return dt.date(year, month, day)
    if name.startswith("thanksgiving"):  # the fourth Thursday of November
        return dt.date(year, 11, 1) + relativedelta(weekday=TH(+4))
    if name == "labor day":  # the first Monday of September
        return dt.date(year, 9, 1) + relativedelta(weekday=MO(+1))
    if name == "memorial day":  # the last Monday of May
        return dt.date(year, 5, 31) + relativedelta(weekday=MO(-1))
    if name == "election day":  # the Tuesday after the first Monday of November
        return dt.date(year, 11, 1) + relativedelta(weekday=MO(+1)) + dt.timedelta(days=1)
    if name.startswith("easter"):
        return easter(year)  # Western (Gregorian) Easter Sunday
    return None
