"""Handlers for expressions relative to the DCT or to the story: days, weekdays, offsets.

"yesterday", "this morning", "on Tuesday", "last month", "earlier this year",
"the next day", "that year", "two weeks ago", and the reference words "now",
"recently", "the future".
"""

from __future__ import annotations

import datetime as dt
import re

from generator.temporal.calendar_math import add_months, fmt_day, fmt_week, shift_value
from generator.temporal.context import Ctx, Hit, hit_date
from generator.temporal.lexicon import (
    PARTS_OF_DAY,
    SPACES,
    UNIT,
    WEEKDAYS,
    mod_of,
    parse_number,
    unit_code,
)
from generator.temporal.resolve import direction, resolve_weekday


def h_relday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``today``, ``yesterday``, ``tomorrow``, ``tonight``, ``this morning``, ``last night``."""
    word = SPACES.sub(" ", m["w"].lower())
    part = (m["part"] or m["part0"] or "").lower() or None  # "mid-afternoon yesterday"
    shift = {
        "today": 0,
        "tonight": 0,
        "this": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "last": -1,
        "overnight": 0,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "earlier today": 0,
        "later today": 0,
    }.get(word)
    if shift is None:
        return None
    if m["w"] == "Today" and not part and _is_programme(ctx):
        return None  # "the BBC's Today programme": a name, not a day
    if word == "tonight":
        part = "night"
    if word == "overnight":
        part = "overnight"
    if word == "last" and part != "night":
        return None
    if word == "this" and part is None:
        return None
    if word == "today" and not part and _PRESENT_DAY.match(ctx.after(24)):
        return Hit("DATE", "PRESENT_REF", "today (generic)")
    mod = mod_of(m["mod"])
    base = ctx.dct_day
    if base is None:
        return Hit("TIME" if part else "DATE", None, f"{word}, no dct", mod)
    date = base + dt.timedelta(days=shift)
    value = fmt_day(date)
    if part:
        value += "T" + PARTS_OF_DAY[part]
    return hit_date(
        ctx,
        value,
        f"{word}{' ' + part if part else ''}, anchor dct {fmt_day(base)}",
        mod,
        kind="TIME" if part else "DATE",
    )


_PRESENT_DAY = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:world|society|standards|generation|youth|young|children|kids"
    r"|teenagers|ideologues|politicians|leaders|voters|students|parents|culture|technology"
    r"|economy|money|prices|dollars|terms|climate)\b"
)
"""What "today's" means as the present day, not a date ("today's ideologues see …", "in
today's money")."""
_PROGRAMME_AFTER = re.compile(r"\s+(?:programme|program|show|presenter|is\s+broadcast)\b", re.I)
_OWNER_BEFORE = re.compile(r"[A-Za-z0-9]['’]s\s+$|\b[A-Z][a-z]+\s+$")
"""A programme's owner or the rest of its name before it ("Radio 4's Today", "World Today")."""


def _is_programme(ctx: Ctx) -> bool:
    """Capitalised "Today" named as a programme ("Today programme", "World Today")."""
    return bool(_PROGRAMME_AFTER.match(ctx.after(24)) or _OWNER_BEFORE.search(ctx.before(12)))


_NAMED_BY_WEEKDAY = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Herald|People|Post|Independent|Tribune|Mail|Sport"
    r"|Star|Observer|Business|Age|school)\b"
)
"""What a weekday names when these follow it: a newspaper ("the Sunday Times of London") or a
school; not a day."""
_PAPER_ON = re.compile(r"\b(?:Mail|Independent|Express)\s+on\s+$")
"""A newspaper named "… on Sunday" before the weekday."""


def h_weekday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``Friday``, ``on Tuesday``, ``last Monday``, ``Friday morning``."""
    wd = WEEKDAYS[m["wd"].lower()]
    if _NAMED_BY_WEEKDAY.match(ctx.after(24)) or _PAPER_ON.search(ctx.before(24)):
        return None  # "the Sunday Times", "Sunday school", "the Mail on Sunday": no day
    part = (m["part"] or m["part0"] or "").lower() or None
    mod = mod_of(m["mod"])
    if m["plural"]:
        value = f"XXXX-WXX-{wd + 1}" + (f"T{PARTS_OF_DAY[part]}" if part else "")
        return Hit("SET", value, "weekday plural")
    rel = SPACES.sub(" ", (m["rel"] or "").lower())
    anchor = ctx.doc.last_day
    if rel in ("the previous", "the following") and anchor is not None:
        # "down 4.5% from the previous Friday": before the day the story is at
        if rel == "the previous":
            date = anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7 or 7)
        else:
            date = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
        how = f"{rel}, anchor previous date {fmt_day(anchor)}"
        return hit_date(ctx, fmt_day(date), f"weekday, {how}", mod)
    r = resolve_weekday(ctx, wd, m["rel"])
    if r is None:
        return Hit("TIME" if part else "DATE", None, "weekday, no dct", mod)
    date, how = r
    # A part of day keeps day precision ("Friday night", "Friday morning"), where
    # TIMEX3 would give a TIME (1998-08-07TMO): news uses it for the day's events
    # (TimeBank annotates the day)
    part_note = f", {part}" if part else ""
    return hit_date(ctx, fmt_day(date), f"weekday{part_note}, {how}, anchor dct {ctx.dct}", mod)


def h_relunit(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``this week``, ``last month``, ``next year``, ``the past year``, ``this weekend``."""
    rel = SPACES.sub(" ", m["rel"].lower())
    unit = m["unit"].lower()
    code = "FY" if "fiscal" in unit else unit_code(unit.split()[-1])
    code = "Y" if code == "FY" else code
    mod = mod_of(m["mod"])
    last = rel.split()[-1]
    n = {
        "this": 0,
        "current": 0,
        "same": 0,
        "last": -1,
        "past": -1,
        "previous": -1,
        "prior": -1,
        "next": 1,
        "coming": 1,
        "following": 1,
    }.get(last)
    if n is None:
        return None
    base = ctx.dct_day
    if base is None:
        if code == "Y" and ctx.dct_year is not None:
            return hit_date(
                ctx, f"{ctx.dct_year + n:04d}", f"{rel} {unit}, anchor dct {ctx.dct}", mod
            )
        if code == "M" and ctx.dct is not None and ctx.dct.month:
            y, mo = add_months(ctx.dct.year, ctx.dct.month, n)
            return hit_date(ctx, f"{y:04d}-{mo:02d}", f"{rel} {unit}, anchor dct {ctx.dct}", mod)
        return Hit("DATE", None, f"{rel} {unit}, no dct", mod)
    if last == "following" and ctx.doc.last_day is not None:
        base = ctx.doc.last_day
    if code == "WE":
        if n == 0 and base.weekday() < 5 and direction(ctx) == "past":
            n = -1
        return hit_date(
            ctx,
            fmt_week(base + dt.timedelta(weeks=n)) + "-WE",
            f"{rel} weekend, anchor {fmt_day(base)}",
            mod,
        )
    if code == "10Y":
        return Hit(
            "DATE",
            f"{(base.year // 10 + n):03d}X",
            f"{rel} decade, anchor {fmt_day(base)}",
            mod,
            True,
        )
    value = shift_value(base, n, code)
    if value is None:
        return None
    return hit_date(ctx, value, f"{rel} {unit}, anchor {fmt_day(base)}", mod)


def h_this_period(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``earlier this year``, ``later this month``, ``earlier in the year``; "in the day"
    and "in the year" are the story's, the last date it gave, when it gave one."""
    word = m["w"].lower()
    mod = "START" if word.startswith("earl") else "END"
    rel = (m["rel"] or "this").lower()
    unit = m["unit"].lower()
    if m["rel"] is None and unit in ("day", "year"):  # "earlier in the day": the day told
        known = ctx.doc.last_day if unit == "day" else ctx.doc.last_year  # of, if one was
        rel = "that" if known is not None else rel  # (a Sunday paper's "yesterday")
    if rel == "that":
        if unit == "year" and ctx.doc.last_year is not None:
            return Hit(
                "DATE",
                f"{ctx.doc.last_year:04d}",
                f"{word} that year, anchor previous date",
                mod,
                True,
            )
        if unit == "day" and ctx.doc.last_day is not None:
            return Hit(
                "DATE",
                fmt_day(ctx.doc.last_day),
                f"{word} that day, anchor previous date",
                mod,
                True,
            )
        return Hit("DATE", None, f"{word} that {unit}, no anchor", mod)
    n = {"this": 0, "the": 0, "last": -1, "next": 1}.get(rel, 0)
    base = ctx.dct_day
    if base is None:
        return Hit("DATE", None, f"{word} {rel} {unit}, no dct", mod)
    value = shift_value(base, n, unit_code(unit))
    return hit_date(ctx, value, f"{word} {rel} {unit}, anchor dct {fmt_day(base)}", mod)


def h_anaphor(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``that day``, ``the next day``, ``the following year``, ``that year``."""
    rel = SPACES.sub(" ", m["rel"].lower())
    unit = m["unit"].lower()
    n = {
        "that": 0,
        "the same": 0,
        "that same": 0,
        "the next": 1,
        "the following": 1,
        "the previous": -1,
        "the preceding": -1,
        "the prior": -1,
    }.get(rel)
    if n is None:
        return None
    doc = ctx.doc
    if unit in ("day", "morning", "night", "evening", "afternoon"):
        anchor = doc.last_day or ctx.dct_day
        if anchor is None:
            return Hit("DATE", None, f"{rel} {unit}, no anchor")
        value = fmt_day(anchor + dt.timedelta(days=n))
        if unit != "day":
            return Hit(
                "TIME",
                value + "T" + PARTS_OF_DAY[unit],
                f"{rel} {unit}, anchor {fmt_day(anchor)}",
                anchored=True,
            )
        return Hit("DATE", value, f"{rel} {unit}, anchor {fmt_day(anchor)}", anchored=True)
    if unit == "year":
        y = doc.last_year or ctx.dct_year
        if y is None:
            return Hit("DATE", None, f"{rel} year, no anchor")
        return Hit("DATE", f"{y + n:04d}", f"{rel} year, anchor {y}", anchored=True)
    if unit == "month":
        ym = doc.last_month or (
            (ctx.dct.year, ctx.dct.month) if ctx.dct and ctx.dct.month else None
        )
        if ym is None:
            return Hit("DATE", None, f"{rel} month, no anchor")
        y, mo = add_months(ym[0], ym[1], n)
        return Hit(
            "DATE", f"{y:04d}-{mo:02d}", f"{rel} month, anchor {ym[0]}-{ym[1]:02d}", anchored=True
        )
    if unit == "week":
        anchor = doc.last_day or ctx.dct_day
        if anchor is None:
            return Hit("DATE", None, f"{rel} week, no anchor")
        return Hit(
            "DATE",
            fmt_week(anchor + dt.timedelta(weeks=n)),
            f"{rel} week, anchor {fmt_day(anchor)}",
            anchored=True,
        )
    return None


ANAPHORIC_BEFORE = {"earlier", "before", "prior"}
"""Offset words that count back from the story's last date ("a day earlier"), unlike "ago",
which counts from the page's."""
OFFSET_FROM_EVENT = {"later", "after", "afterwards"}
"""Offset words whose anchor is an event of the story: the count is a DURATION."""


def h_offset(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``two weeks ago``, ``a year earlier``, ``One month prior``, ``three days later``."""
    n = parse_number(m["num"])
    code = unit_code(m["unit"])
    word = SPACES.sub(" ", m["dir"].lower())
    mod = mod_of(m["mod"])
    past = word in ("ago", "earlier", "before", "prior", "back", "previously")
    if code.startswith("T") or word in OFFSET_FROM_EVENT:
        # TIMEX3: "three days later" / "an hour later" measure from an event, not
        # from a time: the duration rule tags "three days" (P3D), "later" is a signal
        return None
    if n is None:
        return Hit("DATE", "PAST_REF" if past else "FUTURE_REF", f"vague offset {word}", mod)
    if n != int(n):
        return Hit("DATE", "PAST_REF" if past else "FUTURE_REF", f"fractional offset {word}", mod)
    sign = -1 if past else 1
    base = ctx.dct_day
    how_anchor = f"anchor dct {ctx.dct}"
    if (
        word in ("later", "after", "afterwards")
        or (word in ANAPHORIC_BEFORE and code in ("D", "W"))  # "A day earlier, …": the day
    ) and ctx.doc.last_day is not None:  # before the one the story is at, not the page's
        base = ctx.doc.last_day
        how_anchor = f"anchor previous date {fmt_day(base)}"
    if base is None:
        if code == "Y" and ctx.dct_year is not None:
            return hit_date(
                ctx, f"{ctx.dct_year + sign * int(n):04d}", f"offset {word}, {how_anchor}", mod
            )
        return Hit("DATE", None, f"offset {word}, no dct", mod)
    if code == "Y" and int(n) == 1 and word in ("ago", "earlier") and ctx.doc.last_quarter:
        left, right = ctx.sentence_bounds()
        recent = ctx.offset + ctx.start - ctx.doc.last_quarter_pos < 1500
        if recent or re.search(r"quarter|period|three months", ctx.text[left:right], re.IGNORECASE):
            y, q = ctx.doc.last_quarter
            return Hit(
                "DATE", f"{y - 1:04d}-Q{q}", "year-ago quarter, anchor previous quarter", mod, True
            )
    value = shift_value(base, sign * int(n), code)
    if value is None:
        return None
    return hit_date(ctx, value, f"offset {int(n)}{code} {word}, {how_anchor}", mod)


REF_WORDS: dict[str, set[str]] = {
    "PRESENT_REF": {
        "now",
        "right now",
        "just now",
        "currently",
        "current",
        "at present",
        "presently",
        "these days",
        "nowadays",
        "at the moment",
        "at this time",
        "this time",
        "today's",
    },
    "PAST_REF": {
        "recently",
        "lately",
        "the past",
        "previously",
        "formerly",
        "in the past",
        "recent times",
        "the recent past",
        "in recent times",
        "not long ago",
        "some time ago",
        "long ago",
        "earlier",
        "more recently",
        "once",
        "the time",
    },
    "FUTURE_REF": {
        "the future",
        "soon",
        "the near future",
        "the near term",
        "the short term",
        "the long term",
        "the long run",
        "the coming",
        "shortly",
        "in future",
        "future",
        "one day",
        "someday",
        "sooner or later",
        "a later date",
        "the years ahead",
        "the months ahead",
        "the weeks ahead",
        "as soon as possible",
        "the days ahead",
        "the foreseeable future",
        "coming months",
        "the coming months",
    },
}
"""Reference words by TIMEX3 value: "now" is ``PRESENT_REF``, "recently" ``PAST_REF``."""

REF_PATTERN = (
    r"\b(?:right\s+now|just\s+now|now(?!adays)|currently|at\s+present|presently|these\s+days|nowadays"
    r"|recently|lately|the\s+past(?!\s+(?:\w+\s+)?(?:" + UNIT + r"))|formerly"
    r"|in\s+recent\s+times|recent\s+times|the\s+recent\s+past|not\s+long\s+ago|some\s+time\s+ago|long\s+ago"
    r"|more\s+recently|the\s+(?:near\s+|foreseeable\s+|distant\s+)?future|the\s+near\s+term"
    r"|the\s+short\s+term|the\s+long\s+(?:term|run)|someday|sooner\s+or\s+later"
    r"|a\s+later\s+date|the\s+(?:years|months|weeks|days)\s+ahead|as\s+soon\s+as\s+possible"
    r"|current(?!\s+(?:account|accounts|affairs|events|flow|flows|law|laws|rules|system|members?|owners?"
    r"|holders?|generation|model|version|form|location|address|issue|edition)\b)"
    r"|(?:the\s+)?coming\s+months)\b"
)
"""The reference-word rule's regex; a phrase it matches gets a value from :data:`REF_WORDS`."""
REF_OPENERS = ("right", "just", "now", "currently", "at", "presently", "these", "nowadays",
               "recently", "lately", "the", "formerly", "in", "recent", "not", "some", "long",
               "more", "someday", "sooner", "a", "as", "current", "coming")  # fmt: skip
"""The first words of the phrases of :data:`REF_PATTERN` (its rule's lead)."""


_NOW_ADJECTIVE = re.compile(r"\s*(?:that|defunct|-)", re.IGNORECASE)


def h_ref(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``now``, ``currently``, ``recently``, ``the future``, ``soon``."""
    w = SPACES.sub(" ", m.group().lower())
    if w in ("now", "right now", "just now") and _NOW_ADJECTIVE.match(ctx.after(12)):
        return None  # "now-defunct"
    for value, words in REF_WORDS.items():
        if w in words:
            return Hit("DATE", value, f"{value.lower()} word")
    return None
