"""Dates that keep their precision.

A :class:`PartialDate` is what a news text tells us about *when*: a decade
("the 1990s"), a year, a month ("In October"), a day, or a day and a time.
It is written and read as an EDTF (ISO 8601-2) string: ``199X``, ``2015``,
``2025-10``, ``2026-01-07``, ``2026-02-03T11:00``; a trailing ``~`` marks an
approximate date ("early January" is ``2026-01~``).

Nothing here ever fills a missing month or day: "October" stays a month.

Dates lie within the years 0001-9998 (:data:`MIN_YEAR`, :data:`MAX_YEAR`):
whatever :class:`PartialDate` accepts, the site and every export can render,
so ``chronicle check`` and ``chronicle build`` agree.
"""

from __future__ import annotations

import calendar
import datetime
import enum
import re
from dataclasses import dataclass

from generator.errors import DateError


class Precision(enum.IntEnum):
    """How much of a date is known, coarsest first."""

    DECADE = 1
    YEAR = 2
    MONTH = 3
    DAY = 4
    TIME = 5


_DECADE, _YEAR, _MONTH, _DAY, _TIME = Precision
"""The precisions as module constants: :attr:`PartialDate.precision`, asked again and again
by ingest, reads a global faster than an enum class's attribute."""

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_EDTF_RE = re.compile(
    r"""^(?:
        (?P<decade>\d{3})X
      | (?P<year>\d{4})
        (?:-(?P<month>\d{2})
          (?:-(?P<day>\d{2})
            (?:T(?P<hour>\d{2}):(?P<minute>\d{2}))?
          )?
        )?
    )(?P<approx>~)?$""",
    re.VERBOSE,
)

MIN_YEAR = 1
"""The first year a date may name (``datetime.date`` has no year 0)."""
MAX_YEAR = 9998
"""The last year a date may name.

Exports compute with the period a date names: the iCalendar export ends a
span on the day *after* it (``DTEND`` is exclusive) and ranking takes its last
day. Both must exist as a ``datetime.date`` and as a four-digit EDTF year, so
the period must end by 9998-12-31: 9999 itself has no day after in range.
"""
_RANGE = f"dates must lie within the years {MIN_YEAR:04d}-{MAX_YEAR:04d}"


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to a given precision."""

    year: int
    """The year; for a decade, its first year (1990 for ``199X``)."""
    month: int | None = None
    """1-12, or None when only the year (or decade) is known."""
    day: int | None = None
    """1-31, or None when the day is not known."""
    hour: int | None = None
    """0-23 for a date with a time of day."""
    minute: int | None = None
    """0-59 for a date with a time of day."""
    decade: bool = False
    """True when only the decade is known (``199X``)."""
    approximate: bool = False
    """True for "early January", "around 2010" (EDTF ``~``)."""

    def __post_init__(self) -> None:
        if self.decade and (self.month is not None or self.year % 10):
            raise DateError(f"a decade must start a decade, got year {self.year!r}")
        if self.decade and not MIN_YEAR <= self.year <= MAX_YEAR - 9:
            raise DateError(
                f"decade {self.year // 10:03d}X ({self.year}-{self.year + 9}) is out of range: "
                f"{_RANGE}"
            )
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise DateError(f"year {self.year!r} is out of range: {_RANGE}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateError(f"month {self.month!r} is out of range 1-12")
        if self.day is not None:
            if self.month is None:
                raise DateError("a day needs a month")
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise DateError(
                    f"day {self.day!r} does not exist in {self.year:04d}-{self.month:02d}"
                )
        if (self.hour is None) != (self.minute is None):
            raise DateError("hour and minute go together")
        if self.hour is not None:
            if self.day is None:
                raise DateError("a time of day needs a day")
            if not (0 <= self.hour <= 23 and 0 <= self.minute <= 59):  # type: ignore[operator]
                raise DateError(f"time {self.hour!r}:{self.minute!r} is not a valid time")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse an EDTF string such as ``2025-10`` or ``199X``."""
        m = _EDTF_RE.match(text.strip()) if isinstance(text, str) else None
        if m is None:
            raise DateError(
                f"{text!r} is not a date; expected EDTF such as 2026-02-03, 2025-10, "
                "2015, 199X (a decade) or 2026-01~ (approximate)"
            )
        approx = m["approx"] is not None
        if m["decade"]:
            return cls(int(m["decade"]) * 10, decade=True, approximate=approx)

        def opt(name: str) -> int | None:
            return int(m[name]) if m[name] is not None else None

        return cls(
            int(m["year"]),
            opt("month"),
            opt("day"),
            opt("hour"),
            opt("minute"),
            approximate=approx,
        )

    @property
    def precision(self) -> Precision:
        """The finest unit this date is known to."""
        if self.decade:
            return _DECADE
        if self.month is None:
            return _YEAR
        if self.day is None:
            return _MONTH
        if self.hour is None:
            return _DAY
        return _TIME

    def edtf(self) -> str:
        """The EDTF string, e.g. ``2025-10`` or ``199X``."""
        if self.decade:
            text = f"{self.year // 10:03d}X"
        else:
            text = f"{self.year:04d}"
            if self.month is not None:
                text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
            if self.hour is not None:
                text += f"T{self.hour:02d}:{self.minute:02d}"
        return text + ("~" if self.approximate else "")

    def __str__(self) -> str:
        return self.edtf()

    def sort_key(self) -> tuple[int, int, int, int, int]:
        """Chronological key that puts a coarser date at the head of its period."""
        return (
            self.year,
            self.month or 0,
            self.day or 0,
            -1 if self.hour is None else self.hour,
            self.minute or 0,
        )

    def human(self) -> str:
        """Readable text at the date's precision: "October 2025", "1990s"."""
        prefix = "c. " if self.approximate else ""
        if self.decade:
            return f"{prefix}{self.year}s"
        if self.month is None:
            return f"{prefix}{self.year}"
        month = MONTH_NAMES[self.month - 1]
        if self.day is None:
            return f"{prefix}{month} {self.year}"
        text = f"{prefix}{self.day} {month} {self.year}"
        if self.hour is not None:
            text += f", {self.hour:02d}:{self.minute:02d}"
        return text

    def first_day(self) -> datetime.date:
        """The first day of the period (1 January of a year or a decade's first year)."""
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> datetime.date:
        """The last day of the period (31 December of a year or a decade's last year)."""
        if self.decade:
            return datetime.date(self.year + 9, 12, 31)
        if self.month is None:
            return datetime.date(self.year, 12, 31)
        if self.day is None:
            days = calendar.monthrange(self.year, self.month)[1]
            return datetime.date(self.year, self.month, days)
        return datetime.date(self.year, self.month, self.day)

    def iso_start(self) -> str:
        """The first day of the period, for machine-readable ``datetime`` attributes."""
        if self.decade or self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        if self.hour is None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}T{self.hour:02d}:{self.minute:02d}"

    def contains(self, other: PartialDate) -> bool:
        """True if ``other`` lies inside the period this date names."""
        if self.decade:
            return self.year <= other.year < self.year + 10
        if other.decade or self.year != other.year:
            return False
        for mine, theirs in ((self.month, other.month), (self.day, other.day)):
            if mine is None:
                return True
            if theirs != mine:
                return False
        return self.hour is None or (self.hour, self.minute) == (other.hour, other.minute)

    def compatible(self, other: PartialDate) -> bool:
        """True if the two dates could name the same moment."""
        return self.contains(other) or other.contains(self)
