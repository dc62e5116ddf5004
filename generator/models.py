"""Typed records passed between the pipeline stages.

articles.py → :class:`Article`; temporal.py → :class:`Timex`;
extract.py → :class:`Mention`; merge.py → :class:`Event`; store.py and
site.py read and write :class:`Event`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, get_args

from generator.dates import PartialDate
from generator.errors import ChronicleError

EventStatus = Literal["occurred", "scheduled", "rejected"]
"""An event's ``status``; ``rejected`` hides it for good."""
MentionStatus = Literal["occurred", "scheduled"]
"""What a mention reports: a happening that has occurred, or one still to come."""
EVENT_STATUSES: tuple[EventStatus, ...] = get_args(EventStatus)
"""The values of :data:`EventStatus`, for checks at run time (the event schema's enum)."""
DEFAULT_MIN_CONFIDENCE = 0.4
"""Events less confident than this wait for review unless the project sets its own
threshold (``min_confidence`` of the chronicle plugin in ``mkdocs.yml``)."""


@dataclass(frozen=True)
class Dropped:
    """A piece of an article the reader removed as boilerplate."""

    text: str
    """The removed text, verbatim."""
    reason: str
    """Why it was removed, e.g. ``"comment thread"``."""


FIRST_PERSON = "first person"
"""The voice of a page that speaks for its writer throughout (:attr:`Article.voice`)."""


@dataclass
class Article:
    """One source article after reading and cleaning."""

    id: str
    """Stable id: the file stem, or the corpus id."""
    path: str
    """Where it was read from (relative to the working directory when possible)."""
    title: str | None = None
    """Headline, if one was found."""
    author: str | None = None
    """Byline, if one was found."""
    outlet: str | None = None
    """Publication name, if one was found."""
    url: str | None = None
    """Canonical address, if known."""
    language: str | None = None
    """ISO 639-1 code, if known."""
    published: PartialDate | None = None
    """Publication date at its known precision (the DCT), or None."""
    published_evidence: str | None = None
    """The text and rule the publication date came from, or ``inferred from …``."""
    published_inferred: bool = False
    """True when ``published`` was inferred rather than stated."""
    paragraphs: list[str] = field(default_factory=list)
    """The article's own text, paragraph by paragraph, word for word."""
    references: list[str] = field(default_factory=list)
    """Footnotes and reference lines: kept, but never a source of events."""
    dropped: list[Dropped] = field(default_factory=list)
    """Boilerplate removed, each with its reason."""
    headed_day: PartialDate | None = None
    """The day a page's own heading gives it ("Haiti earthquake: Your stories Thursday 14
    January" in a page published on the 15th), when that is a day or two before
    ``published``: its "today" and weekdays count from that day (:meth:`anchor_of`)."""
    voice: str | None = None
    """:data:`FIRST_PERSON` for a page that speaks for its writer throughout (a column, a blog,
    a letter: :func:`generator.ingest.voice.voice_of`), else None: a report's."""
    update_days: tuple[tuple[int, int], ...] = ()
    """A live blog's update stamps that name a weekday ("(Update 5:16 a.m. Thursday in
    Cairo …)"), as (index of the first paragraph after it, weekday, 0 for Monday): the
    text from there to the next such stamp was written that weekday, on or after
    ``published`` (:meth:`anchor_of`)."""

    def anchor_of(self, index: int) -> PartialDate | None:
        """The day paragraph ``index`` was written: the day of the last update stamp
        before it, counted on from ``published`` (a live blog's updates come after it was
        first published), else ``published``; a page's :attr:`headed_day` stands for
        ``published``."""
        published = self.headed_day or self.published
        if not self.update_days:
            return published
        weekday = next((day for start, day in reversed(self.update_days) if start <= index), None)
        if weekday is None or published is None or published.day is None:
            return published
        first = published.first_day()
        if first.weekday() == weekday:
            return published  # the day it was published (with its clock time, if known)
        day = first + datetime.timedelta(days=(weekday - first.weekday()) % 7)
        return PartialDate(day.year, day.month, day.day)

    @property
    def body(self) -> str:
        """The kept text, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
"""The TIMEX3 types the tagger produces (TimeML's four)."""


@dataclass(frozen=True)
class Timex:
    """One temporal expression found in a text (TimeML TIMEX3 style)."""

    start: int
    """Offset of the first character in the tagged text."""
    end: int
    """Offset just past the last character."""
    text: str
    """The expression as written."""
    type: TimexType
    """``DATE``, ``TIME``, ``DURATION`` or ``SET``."""
    value: str | None
    """TIMEX3 value (``2025-10``, ``199X``, ``P1M``, ``PAST_REF``), None if unresolved."""
    rule: str
    """Which pattern produced it and what anchored it."""
    mod: str | None = None
    """TIMEX3 ``mod`` such as ``START`` ("early January") or ``APPROX``."""
    anchor: str | None = None
    """The date a relative expression was resolved against, if any."""
    reference: bool = False
    """True inside a reference or citation line ("Accessed: 02.08.2026")."""

    def date(self) -> PartialDate | None:
        """The value as a :class:`PartialDate`, when it names a calendar period."""
        if self.value is None or self.type not in ("DATE", "TIME"):
            return None
        value = self.value
        if len(value) == 3 and value.isdigit():  # TimeML decade "199"
            value += "X"
        value = value.split("T")[0] if self.type == "DATE" else value[:16]
        try:
            date = PartialDate.parse(value)
        except Exception:
            return None
        if self.mod in ("START", "MID", "END", "APPROX", "ABOUT"):
            date = PartialDate(
                date.year, date.month, date.day, date.hour, date.minute, date.decade, True
            )
        return date


AnchorKind = Literal["dct", "stated"]
"""Whose date a source's anchor is, as its rule says.

``dct``: the article's own date (document creation time; the rule says
``anchor dct 2026-02-03``). ``stated``: a date the rule names without saying
whose (``anchor 2026-01-05``, ``anchored to 2026-01``): the article's date or
one the text gave earlier.
"""
_RULE_ANCHOR = re.compile(r",?\s*(anchor(?:ed)?\s+(?:dct\s+|to\s+)?)(\d{3}X|\d{4}(?:-\d{2}){0,2})")


@dataclass(frozen=True)
class RuleAnchor:
    """The anchor a ``date_rule`` names, and the rule without it."""

    date: PartialDate | None
    """The anchor date (None if the rule names none, or names one that is not a date)."""
    kind: AnchorKind | None
    """Whose date it is (None without a date)."""
    rest: str
    """The rule with the anchor phrase (``, anchor dct 2026-02-03``) taken out."""


@lru_cache(maxsize=1 << 14)
def rule_anchor(rule: str) -> RuleAnchor:
    """The anchor a ``date_rule`` text names: the one place anchors are read from rule text.

    The tagger writes the date a relative expression was counted from into its
    rule: ``anchor dct <date>`` (the article's date) or ``anchor <date>``; the
    first such phrase is the anchor. (``anchor previous date …`` and ``anchor
    date earlier in sentence …`` name a date of the text and are not read as
    anchors.) :attr:`SourceRef.anchor` is derived through here, so a source has
    the same anchor however it was made, and event files keep only the rule text.
    """
    match = _RULE_ANCHOR.search(rule)
    if match is None:
        return RuleAnchor(None, None, rule)
    rest = rule[: match.start()] + rule[match.end() :]
    try:
        date = PartialDate.parse(match.group(2))
    except ChronicleError:
        return RuleAnchor(None, None, rest)
    kind: AnchorKind = "dct" if match.group(1) == "anchor dct " else "stated"
    return RuleAnchor(date, kind, rest)


@dataclass(frozen=True)
class SourceRef:
    """One article's support for an event."""

    article: str
    """Id of the article."""
    quote: str
    """The exact sentence from the article."""
    date_text: str | None = None
    """The temporal expression as written ("on 7 January")."""
    date_value: str | None = None
    """What that expression resolved to, as EDTF."""
    date_rule: str | None = None
    """How it was resolved (rule and anchor), as the tagger wrote it."""

    @property
    def anchor(self) -> PartialDate | None:
        """The date the expression was counted from, as ``date_rule`` names it, if any."""
        return rule_anchor(self.date_rule).date if self.date_rule else None

    @property
    def anchor_kind(self) -> AnchorKind | None:
        """Whose date :attr:`anchor` is: ``dct``, the article's; ``stated``, not said."""
        return rule_anchor(self.date_rule).kind if self.date_rule else None


@dataclass(frozen=True)
class Mention:
    """A dated statement in one article: a candidate event."""

    article_id: str
    """The article it comes from."""
    date: PartialDate
    """When it happened (or will), at its precision."""
    status: MentionStatus
    """``occurred`` or ``scheduled``."""
    sentence: str
    """The whole sentence, clean."""
    title: str
    """A short headline made from the sentence."""
    timex: Timex
    """The expression that dated it."""
    entities: tuple[str, ...] = ()
    """Canonical names of people, organisations and places it names."""
    tags: tuple[str, ...] = ()
    """Topic tags from the vocabulary."""
    following: str = ""
    """The next sentence (of its paragraph, or the next one-sentence paragraph's) when that one
    goes on about it and dates nothing itself: what a summary may add."""
    names: str = ""
    """The kind of happening its date modifies ("Tuesday's quake": "earthquake"), if any."""
    in_passing: bool = False
    """Its date is a possessive inside the sentence ("said Wednesday's attacks would be
    investigated"): the sentence tells another happening, so the mention only joins the
    direct report of the one its date names, and makes no event of its own."""
    preceding: str = ""
    """The sentence before it (in its paragraph, or the previous paragraph's last) when this
    one goes on from it (:func:`~generator.ingest.context.preceding_sentence`) and that one
    dates nothing itself."""
    referents: tuple[tuple[str, str], ...] = ()
    """Bare nouns of the title and how its article names them in full (("the virus", "the
    H1N1 virus"): :mod:`generator.ingest.definites`): the event's title says them so, while
    merging compares the title as the sentence gives it."""


@dataclass
class Event:
    """One real-world happening, as stored in ``content/events/YYYY/<id>.yaml``."""

    id: str
    """Stable id, also the file stem: ``2026-02-03-council-approves-the-bridge``."""
    title: str
    """Short headline."""
    date: PartialDate
    """When, at its known precision."""
    status: EventStatus = "occurred"
    """``occurred``, ``scheduled`` or ``rejected``."""
    summary: str = ""
    """One or two clean sentences."""
    end: PartialDate | None = None
    """Last day of a range, if the event spans one."""
    entities: list[str] = field(default_factory=list)
    """People, organisations and places involved."""
    tags: list[str] = field(default_factory=list)
    """Topic tags."""
    importance: float = 1.0
    """Higher is more important."""
    confidence: float | None = None
    """How well the evidence supports it, 0 to 1 (:mod:`generator.ingest.confidence`);
    None for an event an editor made: their own event is trusted."""
    reviewed: bool = False
    """True once an editor confirmed it: published whatever its ``confidence``."""
    sources: list[SourceRef] = field(default_factory=list)
    """Articles that report it, with quotes."""
    conflicts: list[str] = field(default_factory=list)
    """Notes on sources that disagree about the date."""
    path: str | None = None
    """The YAML file it was loaded from, if any."""

    def held_back(self, min_confidence: float) -> bool:
        """True if it waits for an editor's review: stays out of the site and exports.

        That is a machine-made event (it has a ``confidence``) below
        ``min_confidence`` that no editor has marked ``reviewed``; a rejected
        event is hidden anyway and waits for nothing.
        """
        return (
            self.confidence is not None
            and self.confidence < min_confidence
            and not self.reviewed
            and self.status != "rejected"
        )


def scored_event(
    event: Event, *, importance: float | None = None, confidence: float | None = None
) -> Event:
    """A copy of ``event`` with ``importance`` and/or ``confidence`` set (None keeps it).

    Equal to ``dataclasses.replace`` (``Event`` has no ``__post_init__``: its ``__init__``
    only stores the fields), but a ``__dict__`` copy skips the generic keyword call: about
    1.4 µs against 6 µs, and ingest scores every event twice.
    """
    copy = object.__new__(Event)
    copy.__dict__.update(event.__dict__)
    if importance is not None:
        copy.importance = importance
    if confidence is not None:
        copy.confidence = confidence
    return copy
