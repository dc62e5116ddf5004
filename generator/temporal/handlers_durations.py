"""Handlers for durations and sets: "three years", "two-year", "months", "every week", "daily"."""

from __future__ import annotations

import re

from generator.temporal.calendar_math import duration_value
from generator.temporal.context import Ctx, Hit
from generator.temporal.handlers_periods import FRACTION_OF
from generator.temporal.lexicon import (
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    SPACES,
    WEEKDAYS,
    mod_of,
    parse_number,
    unit_code,
)

_ORDINAL_SECOND = re.compile(
    r"\s+(?!(?:or|and|ago|later|earlier|before|after|to|of|in|longer|more)\b)[a-z]", re.I
)
"""After "a second": a noun makes it the ordinal ("a second group", "a second term")."""


def h_duration(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Dispatch the two shapes of the duration rule ("two years", "two-year")."""
    if m["num2"]:
        n = parse_number(m["num2"])
        code = unit_code(m["unit2"])
        if n is None or code in ("X", "WE") or m["num2"].lower() in ("a", "an"):
            return None
        if n > 10000:
            return None
        if code == "Q":
            if m.group().lower().endswith("s"):
                return None  # "three-quarters of its food": a fraction
            return Hit("DURATION", f"P{3 * int(n)}M", "quarters in months (adjective)")
        return Hit("DURATION", duration_value(n, code), "duration (adjective)")
    unit = m["unit"].lower()
    after = ctx.after(24)
    num = (m["num"] or "").lower()
    if (
        unit.startswith("quarter")
        and num in ("a", "an", "one", "two", "three")
        and FRACTION_OF.match(after)
    ):
        return None  # "more than a quarter of the market"
    if (
        unit == "second"
        and (m["num"] or "").lower() in ("a", "an")
        and _ORDINAL_SECOND.match(after)
    ):
        return None  # "a second group": the ordinal
    if not m["num"] and not m["dir"]:
        return None  # a bare "year" is not tagged here
    if not m["num"] and m["dir"]:
        return None  # "the past year" belongs to relative-unit
    return _counted_duration(m, ctx)


_YEARLIKE = re.compile(r"(?:1[89]|20)\d\d")


def _counted_duration(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``three years``, ``the past two months``, ``more than four hours``: a count of units."""
    num = m["num"]
    n = parse_number(num) if num else 1.0
    code = unit_code(m["unit"])
    if code == "X":
        return None
    text = m.group()
    if m["half"] and n is not None:
        n += 0.5  # "a minute and a half": PT1M30S
    if n is not None and (
        n > 10000 or (_YEARLIKE.fullmatch(num or "") and not m["unit"].lower().endswith("s"))
    ):
        return None  # "the 1988 second quarter"
    mod = mod_of(m["mod"]) if m["mod"] else None
    if num and num.lower() in ("a", "an") and not m["mod"] and not m["dir"]:
        before = ctx.before(25).lower()
        if re.search(
            r"(?:\d|dollars?|cents?|times?|once|twice|percent|%|million|billion)\s*$", before
        ):
            return Hit("SET", duration_value(1, code), "per unit (SET)")
    if code == "WE":
        return None
    if code == "Q":
        return Hit(
            "DURATION", f"P{3 * int(n)}M" if n is not None else "PXM", "quarters (in months)", mod
        )
    return Hit("DURATION", duration_value(n, code), f"duration {text.strip().lower()}", mod)


def h_plural_units(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``months``, ``weeks``, ``recent years``, ``the coming weeks``, ``decades``."""
    unit = m["unit"].lower()
    code = unit_code(unit)
    rel = (m["rel"] or "").lower()
    if unit == "days" and not rel:
        before = ctx.before(20).lower()
        if not re.search(
            r"\b(?:for|in|within|over|after|of|few|several|many|two|three|some)\s+$", before
        ):
            return None
    if code in ("TS", "TM") and not rel:
        return None
    if rel == "recent" and code in ("Y",):
        return Hit("DATE", "PAST_REF", "recent years")
    return Hit("DURATION", duration_value(None, code), f"vague {rel + ' ' if rel else ''}{unit}")


def h_set(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``every year``, ``each month``, ``daily``, ``annually``, ``twice a week``."""
    text = SPACES.sub(" ", m.group().lower())
    adverbs = {
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "annually": "P1Y",
        "yearly": "P1Y",
        "quarterly": "P3M",
        "hourly": "PT1H",
        "nightly": "P1D",
        "biweekly": "P2W",
        "semiannually": "P6M",
        "biannually": "P6M",
    }
    if text in adverbs:
        word = m.group()
        if (
            word[0].isupper()
            and re.match(r"\s+[A-Z]", ctx.after(3))
            and ctx.before(3).strip()[-1:] not in ("", ".", "!", "?", "\n")
        ):
            return None  # "The Daily Monitor", "the Weekly Bonus Question"
        return Hit("SET", adverbs[text], "frequency adverb")
    unit = m["unit"].lower() if m["unit"] else ""
    if unit in WEEKDAYS:
        return Hit("SET", f"XXXX-WXX-{WEEKDAYS[unit] + 1}", "each weekday")
    if unit in MONTHS:
        return Hit("SET", f"XXXX-{MONTHS[unit]:02d}", "each month-name")
    if unit in PARTS_OF_DAY:
        return Hit("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", "each part of day")
    if unit in SEASONS:
        return Hit("SET", f"XXXX-{SEASONS[unit]}", "each season")
    code = unit_code(unit)
    if code == "X":
        return None
    if code == "WE":
        return Hit("SET", "XXXX-WXX-WE", "each weekend")
    n = 2 if "other" in text else 1
    return Hit("SET", duration_value(n, code), "every unit")
