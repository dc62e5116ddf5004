"""Handlers for clock times: "11 a.m. local time", "1600 GMT", "10:35 a.m. Friday", "noon"."""

from __future__ import annotations

import datetime as dt
import re

from generator.temporal.calendar_math import fmt_day
from generator.temporal.context import Ctx, Hit
from generator.temporal.lexicon import MONTHS, WEEKDAYS, mod_of
from generator.temporal.resolve import resolve_day_of_year, resolve_weekday

_OWN_DAY_AFTER = re.compile(
    r"\s*,?\s*(?:on\s+)?the\s+(?:morning|afternoon|evening|night|day)\s+(?:of|before|after)\b",
    re.IGNORECASE,
)
"""A clock time on a day named by what happened then ("on the morning of his death")."""


def h_time(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Normalise the alternative group names of the time rule, then resolve."""
    g = m.groupdict()
    if g.get("h2") is not None:
        if (int(g["h2"]), int(g["mi2"] or 0)) == (0, 0):
            return None  # "0:00" of a media player
        g["h"], g["mi"] = g["h2"], g["mi2"]
    return _time_of_day(g, ctx)


def _clock(h: int, mi: int, ampm: str | None) -> tuple[int, int] | None:
    """(hour, minute) on the 24-hour clock, or None if there is no such time."""
    if ampm:
        a = ampm.lower().replace(" ", "").replace(".", "")
        if not 1 <= h <= 12:
            return None
        if a == "pm" and h != 12:
            h += 12
        if a == "am" and h == 12:
            h = 0
    if not (0 <= h <= 23 and 0 <= mi <= 59):
        return None
    return h, mi


def _time_of_day(g: dict[str, str | None], ctx: Ctx) -> Hit | None:
    """``11 a.m. local time``, ``1600 GMT``, ``10:35 a.m.``, ``noon Saturday``."""
    word = g.get("word")
    if word:
        w = word.lower()
        hm: tuple[int, int] | None = (12, 0) if w in ("noon", "midday") else (24, 0)
    elif g.get("mil"):
        mil = g["mil"] or "0000"
        hm = _clock(int(mil[:2]), int(mil[2:]), None)
    else:
        hm = _clock(int(g["h"] or 0), int(g["mi"] or 0), g.get("ap"))
    if hm is None:
        return None
    day: dt.date | None = None
    how = ""
    wd, rd = g.get("wd"), g.get("rd")
    mon = g.get("mon") or g.get("mon2") or g.get("mon3") or g.get("mon4")
    dnum = g.get("day") or g.get("day2") or g.get("day3") or g.get("day4")
    year = g.get("year") or g.get("year3")
    if (
        mon and dnum and mon.lower().rstrip(".") in MONTHS
    ):  # "5 p.m. EST Nov. 9", "at 06:27 am on 06 May 2009", "at 1653 on Tuesday, 12 January"
        month, dd = MONTHS[mon.lower().rstrip(".")], int(re.sub(r"\D", "", dnum))
        if year:
            try:
                day, how = dt.date(int(year), month, dd), "date given"
            except ValueError:
                return None
        else:
            r = resolve_day_of_year(ctx, month, dd)
            if r:
                day, how = r[0], f"date given, {r[1]}"
    elif wd:
        r = resolve_weekday(ctx, WEEKDAYS[wd.lower()])
        if r:
            day, how = r[0], f"weekday {r[1]}, anchor dct {ctx.dct}"
    elif rd:
        base = ctx.dct_day
        if base:
            shift = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[rd.lower()]
            day = base + dt.timedelta(days=shift)
            how = f"{rd.lower()}, anchor dct {fmt_day(base)}"
    elif _OWN_DAY_AFTER.match(ctx.after(40)):
        pass  # "at 1.30 am on the morning of his death": a day the text names, not today
    else:
        left, _ = ctx.sentence_bounds()
        doc = ctx.doc
        if doc.last_day is not None and doc.last_day_pos >= ctx.offset + left:
            day, how = doc.last_day, f"anchor date earlier in sentence {fmt_day(doc.last_day)}"
        elif ctx.dct_day is not None:
            day, how = ctx.dct_day, f"anchor dct {fmt_day(ctx.dct_day)}"
    mod = mod_of(g.get("mod"))
    if day is None:
        return Hit("TIME", None, "time of day, no date", mod)
    hh, mm = hm
    value = f"{fmt_day(day)}T{hh:02d}:{mm:02d}"
    return Hit("TIME", value, f"time of day, {how}", mod, True)
