"""What a handler works with: the match's context, the document's memory, and its result.

A handler receives the regex match and a :class:`Ctx` (the surrounding text,
the document creation time, what the document has said so far in
:class:`DocState`) and returns a :class:`Hit` (type, value, how it was
resolved, mod) or None to veto the match ("May I ask", "protesters march",
"$2000 fine").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from generator.dates import PartialDate
from generator.models import TimexType
from generator.temporal.tense import find_cues, governing_tense

_SENT_END = re.compile(r"[.!?;](?=\s+[A-Z\"“‘'(])|\n")
"""A sentence end: a stop before a capital, a quote or a parenthesis, or a line break."""


@dataclass(slots=True)
class DocState:
    """What the document has said so far, for anaphoric expressions."""

    last_quarter: tuple[int, int] | None = None
    """(year, quarter) of the last quarter mentioned."""
    last_quarter_pos: int = -1
    """Absolute offset of that mention."""
    last_day: dt.date | None = None
    """The last day-precision date mentioned."""
    last_day_pos: int = -1
    """Absolute offset of that mention."""
    last_year: int | None = None
    """The year of the last calendar date mentioned."""
    last_month: tuple[int, int] | None = None
    """(year, month) of the last month-or-finer date mentioned."""
    cue_key: tuple[int, int] | None = None
    """Absolute bounds of the sentence whose tense cues are in :attr:`cues`."""
    cues: list[tuple[int, int, str]] = field(default_factory=list)
    """Tense cues of that sentence: (start, end, kind), offsets in its chunk."""


@dataclass(slots=True)
class Ctx:
    """Where a match sits: its chunk of text, the DCT and the document state."""

    text: str
    """The chunk being tagged (a group of whole lines)."""
    start: int
    """Offset of the match in :attr:`text`."""
    end: int
    """Offset just past the match in :attr:`text`."""
    dct: PartialDate | None
    """Document creation time."""
    doc: DocState = field(default_factory=DocState)
    """Document-level memory."""
    offset: int = 0
    """Offset of :attr:`text` in the whole document."""

    @property
    def dct_day(self) -> dt.date | None:
        """The DCT as a :class:`datetime.date`, if it is known to the day."""
        d = self.dct
        if d is None or d.decade or d.month is None or d.day is None:
            return None
        return dt.date(d.year, d.month, d.day)

    @property
    def dct_year(self) -> int | None:
        """The DCT's year, if known."""
        d = self.dct
        return None if d is None or d.decade else d.year

    def before(self, n: int = 40) -> str:
        """Up to ``n`` characters before the match."""
        return self.text[max(0, self.start - n) : self.start]

    def after(self, n: int = 40) -> str:
        """Up to ``n`` characters after the match."""
        return self.text[self.end : self.end + n]

    def sentence_bounds(self) -> tuple[int, int]:
        """Start and end of the sentence around the match (bounded to 400 chars)."""
        lo = max(0, self.start - 400)
        left = lo
        for m in _SENT_END.finditer(self.text, lo, self.start):
            left = m.end()
        m2 = _SENT_END.search(self.text, self.end, min(len(self.text), self.end + 400))
        right = m2.start() if m2 else min(len(self.text), self.end + 400)
        return left, right

    def tense(self, skip: frozenset[str] = frozenset()) -> str | None:
        """``past``, ``future``, ``present`` or None: the verb cue governing the match.

        Weighed by :func:`~generator.temporal.tense.governing_tense`; cue words
        in ``skip`` (lower case) are not counted.
        """
        return governing_tense(self.text, self.start, self.end, self.sentence_cues(), skip)

    def sentence_cues(self) -> list[tuple[int, int, str]]:
        """The tense cues of the sentence around the match: (start, end, kind).

        Kept in :class:`DocState` while the tagger stays in the sentence.
        """
        left, right = self.sentence_bounds()
        key = (self.offset + left, self.offset + right)
        if self.doc.cue_key == key:
            return self.doc.cues
        cues = [
            (ws + left, we + left, kind)
            for ws, we, kind in find_cues(self.text[left:right].lower())
        ]
        self.doc.cue_key, self.doc.cues = key, cues
        return cues


@dataclass(frozen=True)
class Hit:
    """What a handler found: TIMEX3 type and value, and how."""

    type: TimexType
    """TIMEX3 type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``."""
    value: str | None
    """TIMEX3 value, None if unresolved."""
    how: str
    """How it was resolved, the tail of ``Timex.rule``."""
    mod: str | None = None
    """TIMEX3 ``mod`` (``START``, ``APPROX`` ...)."""
    anchored: bool = False
    """True if the value was computed from the DCT (or a previous date)."""


Handler = Callable[[re.Match[str], Ctx], Hit | None]


_CALENDAR_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def note_date(ctx: Ctx, value: str | None) -> None:
    """Remember a calendar value for anaphora ("that year", "the next day")."""
    if not value:
        return
    m = _CALENDAR_VALUE.match(value)
    if not m or (len(value) > 4 and value[4] != "-"):
        return
    ctx.doc.last_year = int(m[1])
    if m[2]:
        ctx.doc.last_month = (int(m[1]), int(m[2]))
    if m[3]:
        try:
            ctx.doc.last_day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            ctx.doc.last_day_pos = ctx.offset + ctx.start
        except ValueError:
            pass


def hit_date(ctx: Ctx, value: str | None, how: str, mod: str | None = None,
             anchored: bool = True, kind: TimexType = "DATE") -> Hit:  # fmt: skip
    """A DATE hit, remembered for anaphora."""
    note_date(ctx, value)
    return Hit(kind, value, how, mod, anchored and value is not None)
