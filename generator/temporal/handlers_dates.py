"""Handlers for written calendar dates: ISO and numeric dates, month names, years, holidays.

"2026-02-03", "02.08.2026", "February 3, 2026", "Sept. 30", "October 1998",
"In October", "in 1918", "nineteen ninety-six", "the 1990s", "the 20th
century", "the week of March 6", "Christmas". Most of the code here decides
whether a word or a number is a date at all: "May I", "they march", "$2000",
"2000 people".
"""

from __future__ import annotations

import datetime as dt
import re

from generator.temporal.calendar_math import fmt_day, fmt_week, holiday_date
from generator.temporal.context import Ctx, Hit, hit_date
from generator.temporal.lexicon import (
    DECADE_WORDS,
    MONTH,
    MONTHS,
    ORDINALS,
    SPACES,
    UNIT,
    WEEKDAYS,
    mod_of,
    parse_number,
    spoken_year,
)
from generator.temporal.resolve import direction, resolve_day_of_year, resolve_month

_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|on|since|until|till|by|from|to|through|thru|during|before|after|between"
    r"|of|early|late|mid|last|next|this|and|or|for|each|every|until|into|throughout|past"
    r"|around|about|circa|late|end|start|beginning|middle|that|upcoming|coming|nor|as)|[,–—-])\s*$",
    re.IGNORECASE,
)
"""A preposition, modifier or dash right before a month name ("in May", "early March")."""
_COUNTED = (
    r"%|percent|per\s*cent|billion|million|thousand|trillion|people|persons|troops|soldiers|men|women"
    r"|children|adults|babies|residents|citizens|visitors|tourists|passengers|pilgrims|refugees"
    r"|cases|deaths|dead|victims|patients|infections|infected|confirmed|suspected|casualties|injured"
    r"|doses|vaccines|tests|samples|beds|hospitals|schools|pupils|students|teachers|staff|workers"
    r"|employees|jobs|members|pigs|animals|birds|cattle|flights|cars|vehicles|homes|houses|units?"
    r"|shares|votes|seats|points?|calls|emails|pages|words|copies|items|tonnes?|tons?|barrels?"
    r"|feet|foot|ft|meters?|metres?|km|kilometers?|kilometres?|miles?|sq|square|acres?|hectares?"
    r"|pounds|lbs?|kg|grams?|litres?|liters?|gallons?|dollars|euros|yen|yuan|rupees|pesos"
    r"|local\s+time|hours|hrs|GMT|UTC|BST|CET|ET|EST|EDT|PST|PDT"
)
_NUMBERISH_AFTER = re.compile(rf"\s*(?:(?:{_COUNTED})\b|[-–]\d|,\d|\.\d|\d|%)", re.IGNORECASE)
"""After a number: what it counts ("1000 cases", "1600 miles", "1300 local time")."""
_NUMBERISH_BEFORE = re.compile(
    r"(?:[$£€¥#+\d.,/:]|\d\s|\b(?:No|no|Nos|number|Number|flight|Flight|route|Route|room|Room"
    r"|page|pages|pp|p|tel|Tel|box|Box|suite|Suite|code|Code|model|Model|Section|section"
    r"|Article|article|chapter|Chapter|version|Version|v|Windows|Office|ISO|EN|Act|Resolution"
    r"|Boeing|Airbus|Highway|Interstate|[A-Z]{2,})\.?\s?)$"
)
"""Before a number: money, a code or a model name ("$2000", "No. 1918", "EN 149 2001")."""

# Evidence that a bare four-digit number is a year. The number must not count
# something (:data:`_NUMBERISH_AFTER`) and needs one of these:
YEAR_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|before|after|during|of|year|season|through|throughout"
    r"|to|and|or|nor|between|circa|c|ca|around|about|early|late|mid|the|this|that|its|their|his|her"
    r"|our|a|an|was|is|in\s+the\s+year|AD|A\.D|spring|summer|autumn|fall|winter|fiscal|FY"
    r"|class|vintage|model|census|election|elections|budget|pre|post|due|for|both|on|with|like"
    r"|another|['’]s)\.?\s*"
    r"|\b(?:the|his|her|its|their|our|a|an|this|that)\s+[a-z]+\s+"  # "his failed 1996 bid"
    r"|\b(?:1[5-9]|20)\d\d\s*,\s*"  # a list of years: "in 1994, 1995 and 1997"
    r"|[-–(\[/]\s*)$",
    re.IGNORECASE,
)
"""A word or mark before a year: "in 1918", "the 1918 pandemic", "since 1968", "(1994)"."""
YEAR_STRONG_BEFORE = re.compile(r"\b(?:in|since|year|circa|c|ca|AD|A\.D)\.?\s*$", re.IGNORECASE)
"""Cues explicit enough for a year outside :data:`YEAR_RANGE` ("in 1066")."""
YEAR_PUNCT_AFTER = re.compile(r"\s*(?:[.,;:!?)\]'\"”’–-]|$|(?:onwards?|to\s+date|and\s+beyond)\b)")
"""Punctuation right after ("1918 : The Spanish flu", "in 1994, 1995") or "onwards"."""
YEAR_RANGE = (1500, 2100)
"""A year with only weak evidence must fall in here."""
YEAR_NUMBER_RANGE = re.compile(
    r"(?<![\d,.])\d{1,3}(?:[.,]\d+)?\s*(?:to|and|or|[-–])\s*$", re.IGNORECASE
)
"""A smaller number before: "from 297 to 1051", "between 800 and 1200"."""
QUANTITY_MODS = {"over", "more than", "nearly", "almost", "at least", "less than", "up to",
                 "no more than", "some", "within", "under"}  # fmt: skip
"""Modifiers of a quantity, not of a year ("over 1500 cases")."""


def _year_ok(m: re.Match[str], ctx: Ctx, group: str = "year") -> bool:
    """False when a four-digit number is not a year ("$2000", "2000 people")."""
    s, e = m.span(group)
    if _NUMBERISH_BEFORE.search(ctx.text, max(0, s - 12), s):
        return False
    return not _NUMBERISH_AFTER.match(ctx.text, e, e + 20)


_ONE_IN = re.compile(r"(?<![\d,.])\d{1,2}\s+in\s*$")
_NON_DIGITS = re.compile(r"\D")


def bare_year_ok(m: re.Match[str], ctx: Ctx, mod: str | None) -> str | None:
    """Why a bare four-digit number is a year ("in 1918", "the 1918 flu", "1968."), or None.

    Rejects counts ("1000 cases", "from 297 to 1051", "over 1500"), codes and
    clock times ("1300 local time"); needs a cue word before or sentence
    punctuation after; outside :data:`YEAR_RANGE` only a strong cue will do.
    """
    if not _year_ok(m, ctx):
        return None
    s = m.start("year")
    y = int(m["year"])
    mod_words = SPACES.sub(" ", (mod or "").strip().lower())
    if mod_words in QUANTITY_MODS:
        return None
    before = ctx.text[max(0, s - 25) : s]
    if YEAR_NUMBER_RANGE.search(before) or _ONE_IN.search(before):
        return None  # "from 297 to 1051", "1 in 1000"
    if YEAR_STRONG_BEFORE.search(before):
        return "year after a strong cue" if 1000 <= y <= YEAR_RANGE[1] else None
    if not YEAR_RANGE[0] <= y <= YEAR_RANGE[1]:
        return None
    if mod_words or YEAR_CUE_BEFORE.search(before):
        return "year after a cue"
    if YEAR_PUNCT_AFTER.match(ctx.text, m.end("year")) and y >= 1800:
        return "year before punctuation"
    return None


def _month_word_ok(m: re.Match[str], ctx: Ctx, word: str, has_cue: bool) -> bool:
    """Veto a bare month name used as a verb or a name ("May I", "they March")."""
    key = word.lower().rstrip(".")
    if key not in MONTHS:
        return False
    if len(key) <= 4 and not word.endswith(".") and key not in ("may", "june", "july"):
        return False  # bare "Jan", "Oct" without a day or year
    if has_cue:
        return True
    s, e = m.span("mon")
    before = ctx.text[max(0, s - 30) : s]
    after = ctx.text[e : e + 25]
    prep = bool(_PREP_BEFORE.search(before))
    if key in ("may", "march"):
        if before.rstrip().endswith(("will", "to", "they", "we", "you", "I", "would")):
            return False
        if re.match(
            r"\s*(?:,|and|or|to|through|-|–)\s*(?:" + MONTH + r")", after
        ) and not re.search(r"(?i:\b(?:it|he|she|they|we|you|i|who|which|that))\s*$", before):
            return True
        return prep and not re.search(r"(?i:\b(?:to|will|would|and|or|that|nor|as))\s*$", before)
    if prep:
        return True
    return not re.match(r"\s+[A-Z][a-z]", after)  # "April Glaspie"


def h_iso(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``2026-02-03`` and ``2026-02-03T11:00``."""
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    try:
        dt.date(y, mo, d)
    except ValueError:
        return None
    value = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["hh"]:
        if int(m["hh"]) > 23 or int(m["mm"]) > 59:
            return None
        return hit_date(ctx, f"{value}T{m['hh']}:{m['mm']}", "iso", anchored=False, kind="TIME")
    return hit_date(ctx, value, "iso", anchored=False)


def h_numeric(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``02.08.2026``, ``3/12/1999``: day-first for dots, month-first for slashes."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:
        y += 1900 if y >= 50 else 2000
    cands: list[tuple[dt.date, str]] = []
    order = [(b, a, "day-first"), (a, b, "month-first")]
    if m["sep"] == "/":
        order.reverse()
    for mo, d, how in order:
        try:
            cands.append((dt.date(y, mo, d), how))
        except ValueError:
            continue
    if not cands:
        return None
    pick = cands[0]
    base = ctx.dct_day
    if base is not None and len(cands) == 2 and cands[0][0] != cands[1][0]:
        pick = min(cands, key=lambda c: abs((c[0] - base).days))
        return hit_date(ctx, fmt_day(pick[0]), f"{pick[1]} (nearest to dct)", anchored=True)
    return hit_date(ctx, fmt_day(pick[0]), pick[1], anchored=False)


def _weekday_check(ctx: Ctx, wd: str | None, date: dt.date) -> str:
    if wd and WEEKDAYS.get(wd.lower().rstrip("."), date.weekday()) != date.weekday():
        return ", weekday disagrees"
    return ""


_RELATIVE_YEAR_AFTER = re.compile(r"\s+(last|this|next)\s+year\b", re.I)
"""A year named right after a day and month ("on 25 June last year")."""


def h_month_day(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``February 3, 2026``, ``03 February 2026``, ``Sept. 30``, ``Friday, Oct. 23``."""
    mon = m["mon"]
    key = mon.lower().rstrip(".")
    if key not in MONTHS:
        return None
    month = MONTHS[key]
    day = int(_NON_DIGITS.sub("", m["day"]))
    mod = mod_of(m.groupdict().get("mod"))
    if m["year"]:
        try:
            date = dt.date(int(m["year"]), month, day)
        except ValueError:
            return None
        return hit_date(
            ctx,
            fmt_day(date),
            "month-day-year" + _weekday_check(ctx, m["wd"], date),
            mod,
            anchored=False,
        )
    if (
        key == "may"
        and not m["wd"]
        and re.match(r"\s*(?:billion|million|percent|%)", ctx.after(12))
    ):
        return None
    if m["wd"]:
        base = ctx.dct_day
        if base is not None:
            wd = WEEKDAYS.get(m["wd"].lower().rstrip("."))
            for y in (base.year, base.year - 1, base.year + 1):
                try:
                    date = dt.date(y, month, day)
                except ValueError:
                    continue
                if wd is None or date.weekday() == wd:
                    return hit_date(
                        ctx,
                        fmt_day(date),
                        f"month-day with weekday, anchor dct {fmt_day(base)}",
                        mod,
                    )
    year_after = _RELATIVE_YEAR_AFTER.match(ctx.after(16))
    if year_after and ctx.dct_day is not None:  # "on 25 June last year"
        shift = {"last": -1, "this": 0, "next": 1}[year_after.group(1).lower()]
        try:
            date = dt.date(ctx.dct_day.year + shift, month, day)
        except ValueError:
            return None
        how = f"{year_after.group(1).lower()} year after it, anchor dct {fmt_day(ctx.dct_day)}"
        return hit_date(ctx, fmt_day(date), f"month-day, {how}", mod)
    r = resolve_day_of_year(ctx, month, day, m.groupdict().get("rel"))
    if r is None:
        return Hit("DATE", None, "month-day, no dct", mod)
    date, how = r
    return hit_date(ctx, fmt_day(date), f"month-day, {how}", mod)


def h_month_year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``October 1998``, ``January this year``, ``June last year``."""
    key = m["mon"].lower().rstrip(".")
    if key not in MONTHS:
        return None
    mod = mod_of(m["mod"])
    if m["year"]:
        if not _year_ok(m, ctx):
            return None
        return hit_date(
            ctx, f"{int(m['year']):04d}-{MONTHS[key]:02d}", "month-year", mod, anchored=False
        )
    if m["spoken"]:
        y = spoken_year(m["spoken"])
        if y is None:
            return None
        return hit_date(ctx, f"{y:04d}-{MONTHS[key]:02d}", "month-year in words", mod, False)
    y = ctx.dct_year
    if y is None:
        return Hit("DATE", None, "month relative year, no dct", mod)
    rel = m["rel"].lower()
    y += -1 if rel == "last" else 1 if rel == "next" else 0
    return hit_date(ctx, f"{y:04d}-{MONTHS[key]:02d}", f"month {rel} year", mod)


def h_month(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """A bare month name: ``In October``, ``early January``, ``last November``."""
    word = m["mon"]
    rel = m["rel"]
    if not _month_word_ok(m, ctx, word, bool(rel or m["mod"])):
        return None
    month = MONTHS[word.lower().rstrip(".")]
    mod = mod_of(m["mod"])
    r = resolve_month(ctx, month, rel)
    if r is None:
        return Hit("DATE", None, "month-name, no dct", mod)
    year, how = r
    return hit_date(ctx, f"{year:04d}-{month:02d}", f"month-name, {how}", mod)


def h_year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``2015``, ``fiscal 1989``, ``mid-1996``, ``the end of 1990``, ``in 1918``."""
    y = int(m["year"])
    if m["fy"]:
        if not _year_ok(m, ctx):
            return None
        return hit_date(ctx, f"{y:04d}", "fiscal year", mod_of(m["mod"]), anchored=False)
    why = bare_year_ok(m, ctx, m["mod"])
    if why is None:
        return None
    return hit_date(ctx, f"{y:04d}", why, mod_of(m["mod"]), anchored=False)


def h_year_words(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``nineteen ninety-six``, ``the year two thousand``."""
    text = m.group().lower()
    if re.match(r"\s+(?:" + UNIT + r")", ctx.after(12), re.IGNORECASE):
        return None  # "two thousand years"
    if "thousand" in text:
        rest = re.sub(r".*thousand\s*(?:and\s+)?", "", text)
        n = parse_number(rest) if rest else 0
        if n is None:
            return None
        return hit_date(ctx, f"{2000 + int(n):04d}", "year in words", anchored=False)
    n = parse_number(m["rest"]) if m["rest"] else None
    if n is None or not 10 <= n <= 99:
        return None
    return hit_date(ctx, f"19{int(n):02d}", "year in words", anchored=False)


def h_decade(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``the 1990s``, ``the '80s``, ``the nineties``, ``the early 1980s``."""
    if m["full"]:
        dec = m["full"][:3]
    elif m["two"]:
        dec = ("19" if m["two"] >= "3" else "20") + m["two"]
    else:
        dec = "19" + str(DECADE_WORDS[m["word"].lower()])
    return Hit("DATE", f"{dec}X", "decade", mod_of(m["mod"]))


def h_century(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``the 20th century``, ``this century``."""
    if m["ord"]:
        n = ORDINALS.get(m["ord"].lower())
        if n is None:
            digits = re.sub(r"\D", "", m["ord"])
            n = int(digits) if digits else None
        if not n:
            return None
        return Hit("DATE", f"{n - 1:02d}", "century", mod_of(m["mod"]))
    y = ctx.dct_year
    if y is None:
        return Hit("DATE", None, "relative century, no dct")
    shift = {"this": 0, "last": -1, "next": 1, "past": -1}.get(m["rel"].lower(), 0)
    return Hit(
        "DATE", f"{y // 100 + shift:02d}", f"{m['rel'].lower()} century", mod_of(m["mod"]), True
    )


def h_week_of(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``the week of March 6``: TIMEX3 gives the ISO week holding that day, ``2000-W10``."""
    key = m["mon"].lower().rstrip(".")
    if key not in MONTHS:
        return None
    month, day = MONTHS[key], int(_NON_DIGITS.sub("", m["day"]))
    if m["year"]:
        try:
            date = dt.date(int(m["year"]), month, day)
        except ValueError:
            return None
        return Hit("DATE", fmt_week(date), "week of a dated day")
    r = resolve_day_of_year(ctx, month, day)
    if r is None:
        return Hit("DATE", None, "week of a day, no dct")
    return Hit("DATE", fmt_week(r[0]), f"week of a day, {r[1]}", anchored=True)


def h_holiday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``Christmas``, ``Thanksgiving``, ``New Year's Day``, ``Election Day``."""
    name = SPACES.sub(" ", m["hol"].lower()).replace("’", "'")
    if m["year"]:
        date = holiday_date(name, int(m["year"]))
        return hit_date(ctx, fmt_day(date) if date else None, "holiday with year", anchored=False)
    base = ctx.dct_day
    if base is None:
        return Hit("DATE", None, "holiday, no dct")
    rel = (m["rel"] or "").lower()
    way = (
        "past"
        if rel in ("last", "past")
        else "future"
        if rel in ("next", "coming")
        else direction(ctx)
    )
    years = (base.year - 1, base.year, base.year + 1)
    cands = [c for c in (holiday_date(name, y) for y in years) if c]
    if way == "past":
        pick = max([c for c in cands if c <= base] or cands)
    elif way == "future":
        pick = min([c for c in cands if c >= base] or cands)
    else:
        pick = min(cands, key=lambda c: abs((c - base).days))
    return hit_date(ctx, fmt_day(pick), f"holiday, {way or 'nearest'}, anchor dct {fmt_day(base)}")
