"""Resolve month names, month-days and weekdays against the DCT, on the side the tense says.

"In March" in an article of 3 February 2026 is March 2025 after "fell" and
March 2026 after "will meet". :func:`direction` reads the explicit cue word
or the clause tense (:meth:`~generator.temporal.context.Ctx.tense`);
:func:`pick_by_tense` chooses among the candidate dates.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.temporal.context import Ctx

_AHEAD_BEFORE = re.compile(
    r"\b(?:upcoming|next|coming|scheduled|planned|forthcoming|(until|till)|effective|payable)\W+(?:\w+\W+)?$"
)
_PAST_BEFORE = re.compile(r"\b(?:last|past|previous|since|ago)\W+(?:\w+\W+)?$")
"""A cue word just before a month name or weekday: "next", "last" ... (one word may stand
between)."""


def direction(ctx: Ctx, explicit: str | None = None, present_is_future: bool = True) -> str | None:
    """``past``/``future`` from an explicit cue word, else from the clause tense.

    A present-tense verb ("his term ends in August") points to the future for
    month names; for weekdays and month-days it is left neutral.
    """
    if explicit:
        e = explicit.lower().split()[-1]
        if e in ("last", "past", "previous", "ago", "earlier", "prior", "before"):
            return "past"
        if e in ("next", "coming", "upcoming", "following", "later"):
            return "future"
    near = ctx.before(30).lower()
    ahead = _AHEAD_BEFORE.search(near)
    if ahead:
        if ahead[1] and _until_ended(ctx):
            return "past"  # "Until Thursday, they had not called him" (but "extended until")
        return "future"
    if _PAST_BEFORE.search(near):
        return "past"
    t = ctx.tense()
    if t == "present":
        return "future" if present_is_future else None
    return t


_UNTIL = frozenset({"until", "till"})
_DEADLINE_MOVED = re.compile(
    r"\b(?:extend|postpon|delay|adjourn|defer|push|mov|stay|remain|continu|hold|held|kept|keep)\w*"
    r"\b[^.;:]{0,50}\b(?:until|till)\W+(?:\w+\W+)?$",
    re.IGNORECASE,
)
"""A deadline moved or a state kept "until" a day: it lies ahead even in the past tense."""
_PLUPERFECT = re.compile(r"\bhad\s+(?:not\s+|never\s+)?\w+", re.IGNORECASE)


def _until_ended(ctx: Ctx) -> bool:
    """True when "until <day>" closes a state in the past perfect: "had not called him until"."""
    left, right = ctx.sentence_bounds()
    return (
        bool(_PLUPERFECT.search(ctx.text, left, right))
        and ctx.tense(_UNTIL) == "past"
        and not _DEADLINE_MOVED.search(ctx.before(80))
    )


CONTRARY_COST = 3
"""How much worse a candidate against the tense is than one with it, per day."""
STRICT_TENSE = {"month", "weekday"}
"""Families resolved strictly on the side of the tense. Month-days stay weighed:
a precise date near the DCT is often a deadline ("was extended to Nov. 16")."""


def pick_by_tense(
    base: dt.date, cands: list[dt.date], way: str | None, strict: bool = True
) -> dt.date:
    """The candidate nearest to ``base`` on the side the tense says.

    ``strict``: a past tense takes the nearest candidate on or before ``base``,
    a future tense the nearest on or after it ("fell on Friday" in a Thursday
    article is last Friday, not tomorrow). Otherwise distances against the
    tense weigh :data:`CONTRARY_COST` times. Without a tense the nearest wins,
    past candidates winning ties (news reports the past).
    """

    def cost(c: dt.date) -> tuple[int, int]:
        days = (c - base).days
        against = (way == "past" and days > 0) or (way == "future" and days < 0)
        return abs(days) * (CONTRARY_COST if against else 1), (1 if days > 0 else 0)

    if strict and way:
        side = [c for c in cands if (c <= base if way == "past" else c >= base)]
        cands = side or cands
    return min(cands, key=cost)


def resolve_month(ctx: Ctx, month: int, explicit: str | None = None) -> tuple[int, str] | None:
    """The year of a bare month name relative to the DCT.

    A past tense takes the latest such month not after the DCT's, a future
    tense the earliest not before it; without a tense the nearest wins.
    """
    d = ctx.dct
    if d is None or d.decade:
        return None
    if d.month is None:
        return d.year, "dct year"
    rel = (explicit or "").lower().split()
    if rel and rel[-1] == "this":
        return d.year, "this"
    if rel and rel[-1] in ("last", "past", "previous"):
        return (d.year if month < d.month else d.year - 1), "last"
    if rel and rel[-1] in ("next", "coming", "upcoming", "following"):
        return (d.year if month > d.month else d.year + 1), "next"
    way = direction(ctx)
    base = dt.date(d.year, d.month, 1)
    cands = [dt.date(y, month, 1) for y in (d.year - 1, d.year, d.year + 1)]
    year = pick_by_tense(base, cands, way, "month" in STRICT_TENSE).year
    return year, f"{way or 'no'} tense"


def resolve_day_of_year(
    ctx: Ctx, month: int, day: int, explicit: str | None = None
) -> tuple[dt.date, str] | None:
    """The full date of "March 12": the nearest occurrence, weighed by tense.

    An explicit "last"/"next" ("last Oct. 23") takes that side strictly.
    """
    base = ctx.dct_day
    if base is None:
        r = resolve_month(ctx, month)
        if r is None:
            return None
        try:
            return dt.date(r[0], month, day), r[1]
        except ValueError:
            return None
    way = direction(ctx, explicit, present_is_future=False)
    cands = []
    for y in (base.year - 1, base.year, base.year + 1):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    strict = bool(explicit) or "day" in STRICT_TENSE
    if (
        way == "past"
        and not strict
        and ENTRY_MARK.match(ctx.after(4))
        and not ctx.before(8).strip()
    ):
        # a chronology's entry ("May 6: Private Kelly was killed", written on 2 May) is
        # last May; a day or two ahead stays possible (a page's date can lag its update)
        cands = [c for c in cands if (c - base).days <= PAST_SLACK_DAYS] or cands
    return pick_by_tense(base, cands, way, strict), f"nearest, {way or 'no'} tense"


PAST_SLACK_DAYS = 2
"""Days after the report's date that a past-tense chronology entry may still name."""
ENTRY_MARK = re.compile(r"\s*[:–—-]\s")
"""The colon or dash after a date opening a chronology's entry ("May 6: …")."""


_POSSESSED_AHEAD = re.compile(
    r"['’]s\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?:,\s+(?:which|that)\s+|\s+)"
    r"(?:will|(?:is|are)\s+(?:due|set|scheduled|expected|planned|to\s+be))\b",
    re.IGNORECASE,
)
"""A weekday's thing told as still to come ("Saturday's tribute concert will raise money",
"Sunday's vote, which is expected to"): the weekday lies ahead, whatever the clause's tense."""


LAST_WEEK_WITHIN = 1
"""Days back within which "last <weekday>" is the week before's: news calls yesterday
"yesterday" or by its bare name, so "last Tuesday" in Wednesday's page is eight days back
("died in last Tuesday's earthquake", of 12 January 2010, in a page of the 20th)."""


def resolve_weekday(ctx: Ctx, wd: int, explicit: str | None = None) -> tuple[dt.date, str] | None:
    """The date of "Friday" by an explicit "last"/"next" or the tense, relative to the DCT."""
    base = ctx.dct_day
    if base is None:
        return None
    rel = (explicit or "").lower().split()
    last = rel[-1] if rel else ""
    delta = wd - base.weekday()
    if last in ("last", "past", "previous"):
        back = (base.weekday() - wd) % 7 or 7
        if back <= LAST_WEEK_WITHIN and last == "last":
            return base - dt.timedelta(days=back + 7), "last, of last week"
        return base - dt.timedelta(days=back), "last"
    if last in ("next", "coming", "following"):
        fwd = delta % 7 or 7
        return base + dt.timedelta(days=fwd), "next"
    if delta == 0:
        return base, "same day"
    after = ctx.after(3)
    if after.startswith(("'s", "’s")) and last != "this":
        # "Tuesday's quake" was; "Saturday's concert will raise money" is still to come
        if _POSSESSED_AHEAD.match(ctx.after(80)):
            return base + dt.timedelta(days=delta % 7), "possessive, its own future"
        return base - dt.timedelta(days=(-delta) % 7), "possessive, past"
    cands = [base - dt.timedelta(days=(-delta) % 7), base + dt.timedelta(days=delta % 7)]
    if last == "this":  # "the elections this Sunday" in a Monday page: the coming Sunday
        if direction(ctx, present_is_future=True) == "past":
            return cands[0], "this, past tense"  # "voters went to the polls this Sunday"
        return cands[1], "this, the coming one"
    way = direction(ctx, present_is_future=False)
    return pick_by_tense(base, cands, way, "weekday" in STRICT_TENSE), f"{way or 'no'} tense"
