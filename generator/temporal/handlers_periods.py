"""Handlers for parts of a year and reporting periods: quarters, halves, seasons, year-end.

"the third quarter", "Q3 2015", "the year-ago quarter", "the first half of
1990", "last fall", "year-end", "the year", "the weekend", "the latest
period". Financial news refers back to the last quarter mentioned
(:attr:`~generator.temporal.context.DocState.last_quarter`).
"""

from __future__ import annotations

import datetime as dt
import re

from generator.temporal.calendar_math import fmt_day, fmt_week, shift_value
from generator.temporal.context import Ctx, Hit, hit_date
from generator.temporal.lexicon import ORDINALS, SEASONS, mod_of, spoken_year, unit_code
from generator.temporal.resolve import direction

FRACTION_OF = re.compile(r"\s+of\s+(?!(?:the\s+|this\s+|last\s+|fiscal\s+)*(?:year|\d{4})\b)", re.I)
"""After "a quarter": "of" something other than a year makes it a fraction."""


def h_quarter(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``the third quarter``, ``third-quarter``, ``the year-ago quarter``, ``Q3 2015``."""
    text = m.group().lower()
    if not (m["ord"] or m["qn"]) and text.endswith("quarter") and FRACTION_OF.match(ctx.after(24)):
        return None  # "a quarter of the market", "a quarter of a century"
    q = None
    if m["ord"]:
        q = ORDINALS.get(m["ord"].lower(), 4 if m["ord"].lower() in ("final", "last") else None)
    elif m["qn"]:
        q = int(m["qn"])
    year: int | None = None
    if m["year"]:
        year = int(m["year"])
    elif m["year2"]:
        year = int(m["year2"])
    base_y = ctx.dct_year
    dct = ctx.dct
    cur_q = (dct.month - 1) // 3 + 1 if dct is not None and dct.month else None
    ago = bool(
        re.search(
            r"year[- ](?:ago|earlier)|last\s+year's|previous\s+year's|a\s+year\s+(?:ago|earlier)",
            text,
        )
    )
    how = "quarter"
    if year is None:
        if base_y is None:
            return Hit("DATE", None, "quarter, no dct")
        how += f", anchor dct {dct}"
        year = base_y
        if q is None:
            if re.search(r"\b(?:current|this)\b", text) and cur_q:
                q = cur_q
            elif re.search(r"\b(?:next|coming)\b", text) and cur_q:
                year, q = (year, cur_q + 1) if cur_q < 4 else (year + 1, 1)
            elif re.search(r"\b(?:last|previous|prior)\b", text) and cur_q and not ago:
                year, q = (year, cur_q - 1) if cur_q > 1 else (year - 1, 4)
            elif ctx.doc.last_quarter is not None:
                year, q = ctx.doc.last_quarter
                how = "quarter, anchor previous quarter"
                if ago:
                    year -= 1
                return Hit("DATE", f"{year:04d}-Q{q}", how, anchored=True)
            elif cur_q:
                year, q = (year, cur_q - 1) if cur_q > 1 else (year - 1, 4)
                if ago:
                    year -= 1
            else:
                return Hit("DATE", f"{year:04d}-QX", how, anchored=True)
        elif re.search(r"\bnext\s+year", text):
            year += 1
        elif ago:
            year -= 1
        elif (
            cur_q
            and q > cur_q
            and not re.search(r"\b(?:this|current)\b", text)
            and direction(ctx) == "past"
        ):
            year -= 1
            how += ", past tense"
    if q is None or not 1 <= q <= 4:
        return None
    if not ago:
        ctx.doc.last_quarter = (year, q)
        ctx.doc.last_quarter_pos = ctx.offset + ctx.start
    return Hit("DATE", f"{year:04d}-Q{q}", how, anchored=m["year"] is None and m["year2"] is None)


def h_half(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``the first half of 1990``, ``the second half``."""
    h = 1 if m["ord"].lower() == "first" else 2
    if m["year"]:
        return Hit("DATE", f"{m['year']}-H{h}", "half-year")
    y = ctx.dct_year
    if y is None:
        return Hit("DATE", None, "half-year, no dct")
    if m["rel"] and m["rel"].lower() == "next":
        y += 1
    elif m["rel"] and m["rel"].lower() in ("last", "past", "previous"):
        y -= 1
    return Hit("DATE", f"{y:04d}-H{h}", f"half-year, anchor dct {ctx.dct}", anchored=True)


def h_season(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``last fall``, ``this summer``, ``the winter of 1994``."""
    code = SEASONS[m["season"].lower()]
    mod = mod_of(m["mod"])
    rel = (m["rel"] or "").lower().split()
    word = m["season"].lower()
    if word == "fall" and not (m["year"] or (rel and rel[-1] != "the")):
        return None  # "the fall of Rome", "prices fall"
    if m["year"]:
        return Hit("DATE", f"{m['year']}-{code}", "season-year", mod)
    if m["spoken"] and spoken_year(m["spoken"]) is not None:
        return Hit("DATE", f"{spoken_year(m['spoken'])}-{code}", "season-year in words", mod)
    d = ctx.dct
    if d is None or d.decade or d.month is None:
        return Hit("DATE", None, "season, no dct", mod)
    season_now = {
        12: "WI",
        1: "WI",
        2: "WI",
        3: "SP",
        4: "SP",
        5: "SP",
        6: "SU",
        7: "SU",
        8: "SU",
        9: "FA",
        10: "FA",
        11: "FA",
    }[d.month]
    order = ["WI", "SP", "SU", "FA"]
    y = d.year + (1 if d.month == 12 else 0)
    last = rel[-1] if rel else ""
    diff = order.index(code) - order.index(season_now)
    if last in ("this", "current"):
        how = "this"
    elif last in ("last", "past", "previous"):
        y -= 1 if diff >= 0 else 0
        how = "last"
    elif last in ("next", "coming"):
        y += 1 if diff <= 0 else 0
        how = "next"
    else:
        way = direction(ctx)
        if way == "past" and diff > 0:
            y -= 1
        elif way == "future" and diff < 0:
            y += 1
        how = way or "nearest"
    return Hit("DATE", f"{y:04d}-{code}", f"season, {how}, anchor dct {d}", mod, True)


def h_year_ago(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``year-ago``, ``year-earlier`` (financial reporting)."""
    if ctx.doc.last_quarter:
        y, q = ctx.doc.last_quarter
        return Hit("DATE", f"{y - 1:04d}-Q{q}", "year-ago, anchor previous quarter", anchored=True)
    if ctx.dct_year is None:
        return Hit("DATE", None, "year-ago, no dct")
    return Hit("DATE", f"{ctx.dct_year - 1:04d}", f"year-ago, anchor dct {ctx.dct}", anchored=True)


def h_period_end(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``year-end``, ``by year end``, ``the end of the month``."""
    unit = (m["unit"] or "year").lower()
    rel = (m["rel"] or "this").lower()
    base = ctx.dct_day
    n = {"this": 0, "the": 0, "last": -1, "next": 1}.get(rel, 0)
    mod = "APPROX" if m["mod"] else "END"
    if base is None:
        if unit == "year" and ctx.dct_year is not None:
            return Hit(
                "DATE",
                f"{ctx.dct_year + n:04d}",
                f"{rel} {unit} end, anchor dct {ctx.dct}",
                mod,
                True,
            )
        return Hit("DATE", None, f"{unit} end, no dct", mod)
    value = shift_value(base, n, unit_code(unit))
    return hit_date(ctx, value, f"{rel} {unit} end, anchor dct {fmt_day(base)}", mod)


def h_the_period(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``the year`` (the DCT's, or a duration after "for"), ``the weekend``, ``the week``."""
    unit = m["unit"].lower()
    adj = (m["adj"] or "").lower()
    base = ctx.dct_day
    if unit == "weekend":
        if base is None:
            return Hit("DATE", None, "the weekend, no dct")
        shift = 0
        if base.weekday() < 5 and direction(ctx, present_is_future=False) != "future":
            shift = -1
        value = fmt_week(base + dt.timedelta(weeks=shift)) + "-WE"
        return hit_date(ctx, value, f"the weekend, anchor dct {fmt_day(base)}")
    if re.match(r"\s+(?:ended|ending)\b", ctx.after(8), re.IGNORECASE):
        return Hit("DURATION", f"P1{'Y' if unit == 'year' else 'W'}", f"the {unit} ended (a span)")
    before = ctx.before(20).lower()
    if (
        unit == "year"
        and adj not in ("current", "latest", "same")
        and re.search(r"\b(?:for|during|over|throughout|through|all)\s+$", before)
    ):
        return Hit("DURATION", "P1Y", "the year as a span")
    if ctx.dct_year is None:
        return Hit("DATE", None, f"the {unit}, no dct")
    if unit == "year":
        y = ctx.dct_year - (1 if adj == "latest" else 0)
        return Hit(
            "DATE",
            f"{y:04d}",
            f"the {adj + ' ' if adj else ''}year, anchor dct {ctx.dct}",
            anchored=True,
        )
    if base is None:
        return Hit("DATE", None, f"the {unit}, no dct")
    return hit_date(
        ctx, shift_value(base, 0, unit_code(unit)), f"the {unit}, anchor dct {fmt_day(base)}"
    )


def h_report_period(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``the latest period``, ``the year-ago period`` (financial reports: a quarter)."""
    doc = ctx.doc
    if doc.last_quarter is None:
        return None
    y, q = doc.last_quarter
    text = m.group().lower()
    if m["year"]:
        y = int(m["year"])
    elif re.search(
        r"year[- ]?(?:ago|earlier)|a\s+year\s+(?:ago|earlier)|last\s+year|corresponding|comparable",
        text,
    ):
        y -= 1
    return Hit("DATE", f"{y:04d}-Q{q}", "reporting period, anchor previous quarter", anchored=True)
