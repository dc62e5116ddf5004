"""Finding an article's publication date.

A stated date ("Published: 03 February 2026.", front matter, corpus field, page
metadata) is used as is; otherwise one is inferred only from strong evidence (see
:func:`infer_published`) and marked ``published_inferred``; otherwise it stays None and
``published_evidence`` says why.

Here are the pieces: :data:`DATE_LINE_RE` recognises the line that states the date,
:func:`find_full_dates` finds dates written in text, :func:`parse_date_value` reads a
date from metadata, and :func:`infer_published` infers one from the story.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass

from generator.dates import PartialDate
from generator.errors import ChronicleError

MONTHS_RE = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
"""Regex alternative matching an English month name or abbreviation."""

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_RE = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?"
_FULL_DATE_RES = (
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTHS_RE}),?\s+(?P<y>\d{{4}})\b"
    ),
    re.compile(rf"\b(?P<m>{MONTHS_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b"),
    re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b"),
    re.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"),
)
_MONTH_DAY_RES = (
    re.compile(
        rf"\b(?P<m>{MONTHS_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d{{4}})(?![:\d])"
    ),
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTHS_RE})\b(?!,?\s+\d{{4}})"
    ),
)
_DATE_KEYWORD = r"(?:(?:first\s+)?published|posted|updated|last\s+updated|dated?)"
_ANY_FULL_DATE = "|".join(
    re.sub(r"\(\?P<\w+>", "(?:", p.pattern).replace(r"\b", "") for p in _FULL_DATE_RES
)
_CJK_KEYWORD = (
    r"(?:发布(?:时间|日期)?|發佈(?:時間)?|发表于|公開|公开|更新"
    r"|掲載|配信|时间|日期|来源)\s*[:：]?\s*"
)
DATE_LINE_RE = re.compile(
    rf"^\W*{_DATE_KEYWORD}\b\s*(?:on)?\s*:?\s*(?:{_WEEKDAY_RE},?\s+)?(?:{_ANY_FULL_DATE})"
    rf"|^\W*(?:{_WEEKDAY_RE},?\s+)?(?:{_ANY_FULL_DATE})[\s,|·]*(?:\d{{1,2}}[:.]\d{{2}}\s*\S*)?\W*$"
    rf"|^\W*(?:{_CJK_KEYWORD})?\d{{4}}\s*[年년]\s*\d{{1,2}}\s*[月월]\s*\d{{1,2}}\s*[日일]",
    re.IGNORECASE,
)
"""A line that states when the article was published (English, or a CJK 年月日 date)."""
POSTED_RE = re.compile(r"^\W*(?:first\s+)?(?:published|posted)\b", re.IGNORECASE)
"""A line that opens with its publication verb ("Posted on …", "First published …")."""
STATED_RE = re.compile(
    rf"{POSTED_RE.pattern}|^\W*(?:发布|發佈|发表|公開|公开|掲載|配信)", re.IGNORECASE
)
"""A date line that says it gives the publication ("Published …", "Posted on …")."""
_FUTURE_CUE_RE = re.compile(
    r"\b(?:scheduled|upcoming|planned|set\s+for|will|expected|due|slated|next)\b", re.IGNORECASE
)
_NEXT_MONTH_RE = re.compile(r"\bnext\s+month(?:'s|’s)?\b", re.IGNORECASE)
_BLANK_DATE_RE = re.compile(r"\b(?:on|dated|since|until)\s+,")
_ACCESSED_RE = re.compile(r"\b(?:accessed|retrieved)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateHit:
    """A date written in the text."""

    date: PartialDate
    """The date."""
    text: str
    """The text that states it, as written."""
    start: int
    """Its offset in the text searched."""


def month_number(name: str) -> int:
    """The number of a month its name or abbreviation names ("Jan" → 1); ValueError if none."""
    return [m[:3].lower() for m in calendar.month_name[1:]].index(name[:3].lower()) + 1


def _make_date(year: int, month: int, day: int | None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ChronicleError:
        return None


def find_full_dates(text: str) -> list[DateHit]:
    """Dates with day, month and year written in ``text``, in order."""
    hits: dict[int, DateHit] = {}
    for pattern in _FULL_DATE_RES:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            if "a" in groups and groups["a"] is not None:
                a, b = int(groups["a"]), int(groups["b"])
                if a <= 12 and b <= 12 and a != b:
                    continue  # 03/02/2026: day-first or month-first? Unknowable.
                month, day = (a, b) if b > 12 else (b, a)
            else:
                mtext = groups["m"]
                month = int(mtext) if mtext.isdigit() else month_number(mtext)
                day = int(groups["d"])
            date = _make_date(int(groups["y"]), month, day) if 1 <= month <= 12 else None
            if date is not None and m.start() not in hits:
                hits[m.start()] = DateHit(date, m.group(0), m.start())
    return [hits[k] for k in sorted(hits)]


def parse_date_value(value: object) -> PartialDate:
    """A date from metadata: EDTF, ISO date-time, or "3 February 2026"; else DateError."""
    text = str(value).strip()
    iso = re.fullmatch(
        r"(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?", text
    )
    if iso:
        return PartialDate.parse(iso.group(1))
    try:
        return PartialDate.parse(text)
    except ChronicleError:
        hits = find_full_dates(text)
        if len(hits) == 1 and len(hits[0].text) >= len(text) - 12:
            return hits[0].date
        raise


@dataclass(frozen=True)
class _Weekday:
    """A weekday the story uses for the day of reporting."""

    day: int
    """Its number, Monday 0."""
    line_start: int
    """Where its line starts in the text."""
    end: int
    """Offset just past the weekday."""

    def context(self, text: str) -> str:
        """Its line up to 40 characters past it.

        Sliced only when asked for: kept for every weekday, the lines of a one-line
        article would cost memory (and time) quadratic in its length.
        """
        return text[self.line_start : self.end + 40]


def _weekday_mentions(text: str) -> list[_Weekday]:
    """Weekdays used as "the day of reporting": not after last/next/this/every."""
    found = []
    line_start = searched = 0  # the newline search resumes where it stopped: linear
    for m in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text):
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if re.search(r"\b(?:last|next|this|every|coming|following|past|until|by)\s+$", before):
            continue
        line_start = max(line_start, text.rfind("\n", searched, m.start()) + 1)
        searched = m.start()
        found.append(_Weekday(_WEEKDAYS.index(m.group(1)), line_start, m.end()))
    return found


def _snippet(text: str, start: int, end: int, width: int = 40) -> str:
    left = max(0, start - width)
    right = min(len(text), end + width)
    return (
        ("…" if left else "")
        + text[left:right].replace("\n", " ")
        + ("…" if right < len(text) else "")
    )


def infer_published(
    paragraphs: list[str], copyright_year: int | None, all_text: str
) -> tuple[PartialDate | None, str]:
    """Infer the publication date from strong evidence in the story, or say why not.

    Two rules, tried in order:

    1. A full date in the opening paragraphs (a lede or photo caption) whose weekday the
       story uses for the day of reporting ("on Tuesday") is the publication day.
    2. An upcoming day-and-month ("his scheduled February 3 meeting") with "next month"
       puts publication in the month before; the year comes from the copyright notice or
       a written year; a weekday of reporting ("expressed optimism Friday") then picks the
       last such weekday of that month before the upcoming date. Without a weekday the
       result is the month.
    """
    text = "\n".join(paragraphs)
    weekdays = _weekday_mentions(text)
    opening = "\n".join(paragraphs[:3])
    for hit in sorted(find_full_dates(opening), key=lambda h: h.date.sort_key(), reverse=True):
        assert hit.date.day is not None and hit.date.month is not None
        wd = _dt.date(hit.date.year, hit.date.month, hit.date.day).weekday()
        for weekday in weekdays:
            if weekday.day == wd:
                phrase = re.search(rf"\b(?:on\s+)?{_WEEKDAYS[wd]}\b", weekday.context(text))
                said = phrase.group(0) if phrase else _WEEKDAYS[wd]
                return hit.date, (
                    f"inferred from {hit.text!r} in the opening lines, a {_WEEKDAYS[wd]}, "
                    f"and {said!r} in the story"
                )
    result = _infer_from_upcoming(text, weekdays, copyright_year, all_text)
    if result is not None:
        return result
    notes = ["no publication date in the text"]
    blank = _BLANK_DATE_RE.search(text)
    if blank:
        notes.append(
            f"a date seems to be missing: {_snippet(text, blank.start(), blank.end(), 30)!r}"
        )
    if _ACCESSED_RE.search(all_text):
        notes.append("reference access dates are not publication dates")
    notes.append("no strong evidence to infer one")
    return None, "; ".join(notes)


def _infer_from_upcoming(
    text: str, weekdays: list[_Weekday], copyright_year: int | None, all_text: str
) -> tuple[PartialDate, str] | None:
    upcoming = None
    for pattern in _MONTH_DAY_RES:
        for m in pattern.finditer(text):
            window = text[max(0, m.start() - 40) : m.end() + 30]
            if _FUTURE_CUE_RE.search(window):
                upcoming = (m, window)
                break
        if upcoming:
            break
    next_month = _NEXT_MONTH_RE.search(text)
    if upcoming is None or next_month is None:
        return None
    m, _window = upcoming
    month = month_number(m.group("m"))
    day = int(m.group("d"))
    years = [int(y) for y in re.findall(r"\b(20\d\d|19\d\d)\b", text)]
    year = copyright_year or (max(years) if years else None)
    if year is None:
        return None
    year_source = f"© {copyright_year}" if copyright_year else f"the year {year} in the text"
    pub_year, pub_month = (year, month - 1) if month > 1 else (year - 1, 12)
    if month == 1 and copyright_year == year:
        pub_year, year = year, year + 1  # a January date "next month" seen in a December page
    target = _make_date(year, month, day)
    if target is None:
        return None
    evidence = (
        f"inferred from {_snippet(text, m.start(), m.end(), 25)!r} (upcoming) with "
        f"{next_month.group(0)!r} (so published in {calendar.month_name[pub_month]} {pub_year}), "
        f"year from {year_source}"
    )
    target_day = _dt.date(year, month, day)
    for weekday in weekdays:
        wd = weekday.day
        last = calendar.monthrange(pub_year, pub_month)[1]
        days = [
            d
            for d in range(1, last + 1)
            if _dt.date(pub_year, pub_month, d).weekday() == wd
            and _dt.date(pub_year, pub_month, d) < target_day
        ]
        if days:
            word = _WEEKDAYS[wd]
            return PartialDate(pub_year, pub_month, days[-1]), (
                evidence + f", and {word!r} as the day of reporting: the last {word} of that "
                f"month before {target_day.isoformat()}"
            )
    return PartialDate(pub_year, pub_month), evidence
