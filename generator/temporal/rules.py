"""The rule table of the temporal tagger: :data:`RULES`, ``Rule(name, regex, handler)`` in order.

:mod:`generator.temporal.engine` compiles and runs it. The handlers live in
the ``handlers_*`` modules (written dates, periods of the year, relative
expressions, durations and sets, clock times), the words and regex fragments
in :mod:`generator.temporal.lexicon`, the trigger words in
:mod:`generator.temporal.triggers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.temporal.context import Handler
from generator.temporal.handlers_dates import (
    h_century,
    h_decade,
    h_holiday,
    h_iso,
    h_month,
    h_month_day,
    h_month_year,
    h_numeric,
    h_week_of,
    h_year,
    h_year_words,
)
from generator.temporal.handlers_durations import h_duration, h_plural_units, h_set
from generator.temporal.handlers_periods import (
    h_half,
    h_period_end,
    h_quarter,
    h_report_period,
    h_season,
    h_the_period,
    h_year_ago,
)
from generator.temporal.handlers_relative import (
    REF_OPENERS,
    REF_PATTERN,
    h_anaphor,
    h_offset,
    h_ref,
    h_relday,
    h_relunit,
    h_this_period,
    h_weekday,
)
from generator.temporal.handlers_times import h_time
from generator.temporal.lexicon import (
    AMPM,
    DAYNUM,
    DECADE_WORD,
    MODW,
    MODW_WORDS,
    MONTH,
    MONTH_ANY_CASE,
    MONTHS,
    NUM,
    NUMBER_WORDS,
    ONES,
    ORDINAL_WORD,
    PART,
    SPOKEN_YEAR,
    TENS,
    UNIT,
    WEEKDAY,
    WEEKDAY_ABBR,
    WEEKDAY_ANY_CASE,
    WEEKDAYS,
    YEAR,
    ZONE,
    alternation,
)


@dataclass(frozen=True)
class Rule:
    """One entry of the pattern table."""

    name: str
    """Short name, the head of every ``Timex.rule`` it produces."""
    pattern: str
    """Regex (compiled case-insensitively; month names stay case-sensitive)."""
    handler: Handler
    """Turns a match into a :class:`Hit`, or vetoes it."""
    triggers: tuple[str, ...] = ()
    """Keys of :data:`~generator.temporal.triggers.TRIGGER_WORDS` or
    :data:`~generator.temporal.triggers.TRIGGER_SHAPES`: every match contains
    one of these; the engine only runs the rule near them (speed)."""
    reach: int = 24
    """How far before its trigger a match may start (the longest modifier
    prefix: "no more than the next" needs 32)."""
    near: str | None = None
    """A word every match has besides its trigger ("ago" for "two years ago"):
    the engine skips the rule where the window lacks it (speed)."""
    lead: str | None = None
    """What every match opens on, in any case: the words (and marks) of the pattern's
    first element, whichever of its optional parts it takes (:func:`lead_of`). The engine
    tests it before the pattern at each place (speed): ``re`` then leaves the many words
    no match opens on after one case-folded trie instead of trying every branch. A lead
    must hold wherever the pattern matches, or matches go missing (the tests of
    tests/temporal/test_engine_shortcuts.py compare the rules with and without theirs)."""


def lead_of(*words: str, digit: bool = False, marks: str = "", whole: bool = False) -> str:
    """A :attr:`Rule.lead`: any of ``words`` (any case, a space any white space), a digit
    if ``digit``, or one of the characters of ``marks``.

    ``whole``: a word must end there (no letter, digit or ``_`` after it), for a pattern
    that goes on after each of its first words with a space, a hyphen or its end: then
    "they" and "after" are no "the" and "a", and the pattern is not tried at them."""
    heads = ([r"\d"] if digit else []) + [re.escape(c) for c in marks]
    trie = alternation(sorted(set(words)), fold=True)
    return "|".join([*heads, trie + r"(?!\w)" if whole else trie])


def near_words(*words: str, digit: bool = False) -> str:
    """A :attr:`Rule.near` of whole ``words`` (any case, a space any white space), or with
    ``digit`` any digit too, as a case-folded trie.

    It opens on one case-sensitive class of the first letters (and digits): ``re`` then skips
    in C to the next character that may open one, where a pattern opening on ``\b`` or a
    group is tried at every position. The word's start is tested after its first letter
    (no word character before that letter), then the rest of the words that open on it."""
    firsts = sorted({w[0] for w in words})
    rests = "|".join(
        f"(?<=[{c}{c.upper()}])" + alternation([w[1:] for w in words if w[0] == c], fold=True)
        for c in firsts
    )
    word = rf"(?<!\w.)(?:{rests})\b"
    opening = ("0-9" if digit else "") + "".join(c + c.upper() for c in firsts)
    return f"(?-i:[{opening}]" + (rf"(?:(?<=\d)|{word}))" if digit else word + ")")


_UNIT_WORDS = (
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "fortnight",
    "month",
    "year",
    "decade",
    "century",
    "centurie",
    "quarter",
)
"""The words of :data:`~generator.temporal.lexicon.UNIT`."""
_DURATION_DIRS = (
    "past",
    "last",
    "next",
    "coming",
    "previous",
    "following",
    "first",
    "final",
    "latest",
    "remaining",
    "same",
    "full",
    "entire",
    "whole",
    "additional",
    "further",
)
_DURATION_ADJECTIVES = (
    "more",
    "additional",
    "full",
    "straight",
    "consecutive",
    "trading",
    "business",
    "calendar",
)
_DIRS_RX = alternation(list(_DURATION_DIRS), fold=True)
_ADJECTIVES_RX = alternation(list(_DURATION_ADJECTIVES), fold=True) + r"\s+"
_UNIT_RX = alternation(list(_UNIT_WORDS), fold=True)
""":data:`~generator.temporal.lexicon.UNIT` as a trie. These three are tries, not plain
alternations, for the duration rule, tried at every number and "the" near a unit word:
``re`` leaves a trie after a letter's test instead of trying each word. No word of each is
a prefix of another, so at most one matches at a place, as in the plain alternation."""
_PLURAL_RELS = (
    "recent",
    "coming",
    "past",
    "next",
    "last",
    "ensuing",
    "following",
    "intervening",
    "previous",
    "subsequent",
)
_PLURAL_UNITS = (
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
)
_PLURAL_RELS_RX = "|".join(_PLURAL_RELS)
_PLURAL_UNITS_RX = "|".join(_PLURAL_UNITS)
_WEEKDAY_ABBRS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""The shortest forms of the weekdays the date rules take ("Mon", "Tues", "Thursday")."""
_SEASONS = ("spring", "summer", "fall", "autumn", "winter")
_FREQUENCIES = (
    "daily",
    "weekly",
    "monthly",
    "annually",
    "yearly",
    "hourly",
    "nightly",
    "biweekly",
    "semiannually",
    "biannually",
)
"""The set rule's frequency words ("daily", "biweekly"): its pattern's and its lead's."""
_HOLIDAY_OPENERS = (
    "christmas",
    "new",
    "thanksgiving",
    "easter",
    "independence",
    "labor",
    "memorial",
    "election",
    "halloween",
    "valentine",
    "veterans",
    "boxing",
    "st",
)
"""The first words of the holidays the holiday rule names."""
_PARTS = ("morning", "afternoon", "evening", "night")
"""The words of :data:`~generator.temporal.lexicon.PART`."""


# --------------------------------------------------------------------------
# The table. Order breaks ties between equally long matches at one offset.
# --------------------------------------------------------------------------

_YB = r"(?<![\d$£€.,/:])(?<!\d-)"  # no digit or money sign glued before a number
_YA = r"(?![\d,]\d|\d|-\d|\.\d|:\d)"

RULES: list[Rule] = [
    Rule(
        "iso-date",
        rf"{_YB}(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        rf"(?:[T ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?{_YA}",
        h_iso,
        ("y4",),
        near=r"-[01]\d-",  # woken by every year, an ISO date at a few in a thousand
    ),
    Rule(
        "numeric-date",
        rf"{_YB}(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<y>{YEAR}|\d\d){_YA}(?!\.\d)",
        h_numeric,
        ("numdate",),
    ),
    Rule(
        "month-day",
        rf"(?:(?P<mod>{MODW})\s+)?(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+(?:the\s+)?)?"
        rf"(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?(?P<mon>{MONTH})\s+"
        rf"(?:the\s+)?(?P<day>{DAYNUM})(?![\d:,]\d|\d|\s*(?:%|percent|billion|million))"
        rf"(?:(?:\s*,\s*|\s+)(?P<year>{YEAR}){_YA})?\b",
        h_month_day,
        ("month",),
        near=r"\d",
        lead=lead_of(*MODW_WORDS, *_WEEKDAY_ABBRS, "last", "next", "this", *MONTHS),
    ),
    Rule(
        "day-month",
        rf"(?:(?P<mod>{MODW})\s+)?(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?:the\s+)?{_YB}(?P<day>{DAYNUM})"
        rf"(?:\s+of)?\s+(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR}){_YA})?\b",
        h_month_day,
        ("month",),
        near=r"\d",
        lead=lead_of(*MODW_WORDS, *_WEEKDAY_ABBRS, "the", digit=True),
    ),
    Rule(
        "month-year",
        rf"(?:(?P<mod>{MODW})\s+)?(?P<mon>{MONTH})(?:\s+of)?,?\s+(?:(?P<year>{YEAR}){_YA}"
        rf"|(?P<rel>this|last|next)\s+year|(?P<spoken>{SPOKEN_YEAR}))\b",
        h_month_year,
        ("month",),
        near=near_words("year", "nineteen", "thousand", digit=True),
        lead=lead_of(*MODW_WORDS, *MONTHS),
    ),
    Rule(
        "month-name",
        rf"(?:(?P<mod>{MODW})\s*)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past)\s+)?"
        rf"(?P<mon>{MONTH})(?!\w)",
        h_month,
        ("month",),
        lead=lead_of(*MODW_WORDS, "last", "next", "this", "coming", "past", *MONTHS),
    ),
    Rule(
        "season",
        rf"(?:(?P<mod>{MODW})\s+)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the|that|coming|past|the\s+coming"
        rf"|the\s+past|the\s+last|the\s+next)\s+)?(?P<season>spring|summer|fall|autumn|winter)"
        rf"(?:\s+of\s+(?:(?P<year>{YEAR})|(?P<spoken>{SPOKEN_YEAR})))?\b",
        h_season,
        ("season",),
        lead=lead_of(
            *MODW_WORDS, "last", "next", "this", "the", "that", "coming", "past", *_SEASONS
        ),
    ),
    Rule(
        "decade",
        rf"(?:the\s+)?(?:(?P<mod>{MODW})\s*)?(?:the\s+)?(?:(?P<full>1\d\d0|20\d0)['’]?s|['’](?P<two>\d)0['’]?s"
        rf"|(?:nineteen[- ])?(?P<word>{DECADE_WORD}))\b",
        h_decade,
        ("y4", "decade2", "decade-word"),
        # "\d0['’]?s\b|ties\b" opening on one class, as near_words does (re skips to it)
        near=r"(?-i:[0-9tT](?:(?<=\d)0['’]?[sS]|(?<=[tT])[iI][eE][sS])\b)",
    ),
    Rule(
        "century",
        rf"(?:(?P<mod>{MODW})\s+)?(?:the\s+)?(?:(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})"
        r"|(?P<rel>this|last|next|past))[- ]century\b",
        h_century,
        ("century",),
    ),
    Rule(
        "year",
        rf"(?:(?P<mod>{MODW})[\s-]*)?(?:(?P<fy>fiscal(?:\s+year)?|calendar(?:\s+year)?|FY|the\s+year|model\s+year)\s*)?"
        rf"{_YB}(?P<year>{YEAR}){_YA}(?![-–]\d)\b",
        h_year,
        ("y4",),
        lead=lead_of(*MODW_WORDS, "fiscal", "calendar", "fy", "the", "model", digit=True),
    ),
    Rule(
        "year-words",
        rf"\b(?:the\s+year\s+)?(?:two\s+thousand(?:\s+(?:and\s+)?(?:{ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen"
        rf"|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:{ONES}))?))?"
        rf"|nineteen[- ](?P<rest>(?:{TENS})(?:[- ](?:{ONES}))?"
        rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        rf"|seventeen|eighteen|nineteen))\b",
        h_year_words,
        ("decade-word",),
    ),
    Rule(
        "quarter",
        rf"(?:(?:the|its|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:(?P<year>{YEAR})['’]?s?\s+)?"
        rf"(?:(?:fiscal|calendar|year-ago|year-earlier|comparable|same|latest|current|recent|previous|prior|last|this"
        rf"|next|coming|most\s+recent|final|flat|strong|weak|disappointing)\s+)*"
        rf"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ]"
        rf"(?:fiscal[- ])?)?quarter(?!s)"
        rf"(?:\s+of\s+(?:fiscal\s+|the\s+)?(?:(?P<year2>{YEAR})|(?:this|last|next|the)\s+year))?\b"
        rf"|\b(?:Q(?P<qn>[1-4])[\s/-]*(?P<year3>{YEAR})?)\b",
        h_quarter,
        ("quarter", "qn"),
        32,
    ),
    Rule(
        "half-year",
        rf"(?:the\s+)?(?:(?P<rel>last|next|this|past|previous)\s+year's\s+)?"
        rf"(?P<ord>first|second|latter|last)[- ]half"
        rf"(?:\s+of\s+(?:(?P<year>{YEAR})|(?:the|this|next|last)\s+year))?\b",
        h_half,
        ("half",),
    ),
    Rule(
        "year-end",
        r"(?:(?P<mod>around|about)\s+)?(?:(?P<rel>this|last|next)\s+)?year['’]?s?[- ]end\b"
        r"|the\s+end\s+of\s+(?P<rel2>the|this)\s+(?P<unit>year|month|week|quarter)\b",
        h_period_end,
        ("year-end",),
    ),
    Rule(
        "the-period",
        r"the\s+(?:(?P<adj>full|fiscal|current|entire|whole|calendar|latest|same)\s+)?(?:fiscal\s+)?"
        r"(?P<unit>year|week|weekend)\b(?!['’]s|[-‐]|\s+(?:of|before|after|in|to|that|when|earlier|ago)\b)",
        h_the_period,
        ("year-week",),
        32,
        lead=lead_of("the"),
    ),
    Rule(
        "week-of",
        rf"the\s+week\s+of\s+(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR}){_YA})?\b",
        h_week_of,
        ("year-week",),
        near=r"\d",
    ),
    Rule(
        "report-period",
        rf"(?:the\s+)?(?:latest|year-ago|year-earlier|comparable|same|corresponding|(?P<year>{YEAR}))\s+"
        r"(?:three-month\s+|fiscal\s+)?period(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?\b",
        h_report_period,
        ("period",),
        32,
    ),
    Rule(
        "relative-day",
        rf"(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?:early|late|mid)?-?(?P<part0>{PART})\s+(?=yesterday|today|tomorrow))?"
        rf"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
        rf"|today|tonight|yesterday|tomorrow|overnight|this|last)(?:\s+(?P<part>{PART}))?(?!\w)",
        h_relday,
        ("relday",),
        lead=lead_of(
            "early",
            "late",
            "earlier",
            "later",
            "mid",
            *_PARTS,
            "the",
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "overnight",
            "this",
            "last",
            marks="-",
        ),
    ),
    Rule(
        "weekday",
        rf"(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past"
        rf"|previous|the\s+previous|the\s+following|following(?!\s+{WEEKDAY}['’]s\b))\s+)?"
        rf"(?:(?:mid-)?(?P<part0>{PART})\s+)?"
        rf"(?P<wd>{WEEKDAY})(?P<plural>s(?!['’]))?(?:\s+(?P<part>{PART}))?\b",
        h_weekday,
        ("weekday",),
        lead=lead_of(
            "early",
            "late",
            "earlier",
            "later",
            "last",
            "next",
            "this",
            "coming",
            "past",
            "previous",
            "the",
            "following",
            "mid-",
            *_PARTS,
            *WEEKDAYS,
        ),
    ),
    Rule(
        "relative-unit",
        rf"(?:(?P<mod>{MODW})\s+)?(?P<rel>this|last|next|the\s+past|the\s+last|the\s+previous|the\s+coming"
        rf"|the\s+following|the\s+current|the\s+same|the\s+next|coming|past|previous|this\s+past|this\s+coming"
        rf"|the\s+prior|prior)\s+(?P<unit>week|weekend|month|year|decade|century|fiscal\s+year|calendar\s+year)\b"
        rf"(?!\s+(?:or\s+(?:so|two)|and\s+a\s+half))",
        h_relunit,
        ("calendar-unit",),
        32,
        lead=lead_of(
            *MODW_WORDS, "this", "last", "next", "the", "coming", "past", "previous", "prior"
        ),
        near=near_words(
            "this",
            "last",
            "next",
            "past",
            "previous",
            "coming",
            "following",
            "current",
            "same",
            "prior",
        ),
    ),
    Rule(
        "earlier-this",
        r"(?P<w>earlier|later)\s+(?:(?P<rel>this|last|next|that)|in\s+the)\s+(?P<unit>week|month|year|day)\b",
        h_this_period,
        ("later",),
        lead=lead_of("earlier", "later"),
    ),
    Rule(
        "anaphor",
        r"(?P<rel>that|that\s+same|the\s+same|the\s+next|the\s+following|the\s+previous|the\s+preceding"
        r"|the\s+prior)\s+(?P<unit>day|morning|evening|afternoon|night|week|month|year)\b(?!\s+(?:period|of|old))",
        h_anaphor,
        ("anaphor-unit",),
        lead=lead_of("that", "the"),
        near=near_words("that", "same", "next", "following", "previous", "preceding", "prior"),
    ),
    Rule(
        "offset",
        rf"(?:(?P<mod>{MODW})\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT})s?\s+(?P<dir>ago|earlier(?!\s+than)|later(?!\s+than)"
        r"|before(?!\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|[A-Z]))|prior(?!\s+to)"
        r"|from\s+now|hence)\b",
        h_offset,
        ("unit", "units"),
        32,
        lead=lead_of(*MODW_WORDS, *NUMBER_WORDS, digit=True),
        near=near_words("ago", "earlier", "later", "before", "prior", "from now", "hence"),
    ),
    Rule(
        "year-ago",
        r"\b(?:the\s+)?year[- ](?:ago|earlier)(?:\s+(?:period|quarter|level|results?))?\b",
        h_year_ago,
        ("ago",),
    ),
    Rule(
        "duration",
        rf"(?:(?P<mod>{MODW})\s+(?!the\b))?(?:the\s+)?(?:(?P<dir>{_DIRS_RX})\s+)?"
        rf"(?:(?P<num>{NUM})\s+)?"
        rf"(?:{_ADJECTIVES_RX})?"
        rf"(?P<unit>{_UNIT_RX})s?(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?\b(?!-old|\s+old\b)"
        rf"|(?P<num2>{NUM})-(?P<unit2>{_UNIT_RX})(?:s)?(?![-\w])",
        h_duration,
        ("unit", "units"),
        32,
        # whole words: each opener is followed by white space or a hyphen, a unit by its
        # "s" (its plural is in) and a word's end
        lead=lead_of(
            *MODW_WORDS,
            "the",
            *_DURATION_DIRS,
            *NUMBER_WORDS,
            *_DURATION_ADJECTIVES,
            *_UNIT_WORDS,
            *(unit + "s" for unit in _UNIT_WORDS),
            digit=True,
            whole=True,
        ),
    ),
    Rule(
        "plural-units",
        rf"(?:(?:the\s+)?(?P<rel>{_PLURAL_RELS_RX})\s+)?"
        rf"(?P<unit>{_PLURAL_UNITS_RX})\b(?!\s+(?:old|ago)\b)",
        h_plural_units,
        ("units",),
        lead=lead_of("the", *_PLURAL_RELS, *_PLURAL_UNITS),
    ),
    Rule("reference-word", REF_PATTERN, h_ref, ("ref",), lead=lead_of(*REF_OPENERS)),
    Rule(
        "set",
        rf"\b(?:(?:every|each|per)\s+(?:other\s+)?(?P<unit>day|week|weekend|month|year|quarter|hour|morning|evening"
        rf"|night|afternoon|summer|winter|spring|fall|autumn|{WEEKDAY_ANY_CASE}|{MONTH_ANY_CASE})"
        rf"|{'|'.join(_FREQUENCIES)})\b",
        h_set,
        ("set",),
        lead=lead_of("every", "each", "per", *_FREQUENCIES),
    ),
    Rule(
        "time",
        rf"(?:(?P<mod>about|around|approximately|roughly)\s+)?"
        rf"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>{AMPM})|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)"
        rf"(?=\s*(?:{ZONE}|local\s+time|hours|h\b))|(?P<mil>[01]\d[0-5]\d|2[0-3][0-5]\d)(?=\s*(?:{ZONE}|hours|hrs|local\s+time)\b)"
        rf"|(?P<word>noon|midnight|midday))"
        rf"(?:\s*\(?(?:{ZONE})\)?)?(?:\s+(?:local\s+time|Eastern(?:\s+(?:Standard|Daylight))?\s+Time))?"
        # the same time in another zone may stand between ("1422 local time (2022 GMT) on Saturday")
        rf"(?:(?:\s*\([^()]{{1,25}}\))?(?:\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})"
        # "on Tuesday, 12 January": the date named settles the weekday's week
        rf"(?:,?\s+(?:(?P<mon3>{MONTH})\s+(?P<day3>{DAYNUM})|(?P<day4>{DAYNUM})\s+(?:of\s+)?(?P<mon4>{MONTH}))"
        rf"(?:\s*,?\s*(?P<year3>{YEAR}))?)?|(?P<rd>today|yesterday|tomorrow|tonight))"
        rf"|,?\s+(?:on\s+)?(?:(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})|(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<mon2>{MONTH}))"
        rf"(?:\s*,?\s*(?P<year>{YEAR}))?))?\b",
        h_time,
        ("clock", "y4", "clock-word"),
        lead=lead_of(
            "about", "around", "approximately", "roughly", "noon", "midnight", "midday", digit=True
        ),
    ),
    Rule(
        "holiday",
        rf"(?:(?P<rel>last|next|this|this\s+past|coming|past)\s+)?(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s"
        rf"(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Independence\s+Day|Labor\s+Day"
        rf"|Memorial\s+Day|Election\s+Day|Halloween|Valentine['’]s\s+Day|Veterans\s+Day|Boxing\s+Day"
        rf"|St\.\s+Patrick['’]s\s+Day)(?:,?\s+(?P<year>{YEAR}))?\b",
        h_holiday,
        ("holiday",),
        lead=lead_of("last", "next", "this", "coming", "past", *_HOLIDAY_OPENERS),
    ),
]
