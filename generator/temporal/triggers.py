"""Trigger words and number shapes: every match of a rule contains one of its triggers.

The engine only runs a rule near its triggers (speed): a rule's
:attr:`~generator.temporal.rules.Rule.triggers` are keys of
:data:`TRIGGER_WORDS` or :data:`TRIGGER_SHAPES`.
"""

from __future__ import annotations

from generator.temporal.lexicon import DECADE_WORDS, MONTHS, SEASONS, WEEKDAYS

_UNIT_WORDS = [
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "weekend",
    "fortnight",
    "month",
    "year",
    "decade",
    "century",
    "quarter",
]
TRIGGER_WORDS: dict[str, list[str]] = {
    "month": list(MONTHS),
    "weekday": list(WEEKDAYS),
    "unit": _UNIT_WORDS,
    "units": [w + "s" for w in _UNIT_WORDS] + ["centuries"],
    "calendar-unit": ["week", "weekend", "month", "year", "decade", "century"],
    "anaphor-unit": ["day", "morning", "evening", "afternoon", "night", "week", "month", "year"],
    "season": list(SEASONS),
    "decade-word": [*DECADE_WORDS, "nineteen", "thousand"],
    "century": ["century"],
    "quarter": ["quarter"],
    "half": ["half"],
    "relday": [
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "overnight",
        "morning",
        "afternoon",
        "evening",
        "night",
    ],
    "ref": [
        "now",
        "currently",
        "present",
        "presently",
        "these",
        "nowadays",
        "recently",
        "lately",
        "past",
        "previously",
        "formerly",
        "times",
        "ago",
        "future",
        "soon",
        "term",
        "run",
        "shortly",
        "someday",
        "later",
        "date",
        "ahead",
        "possible",
        "current",
        "coming",
    ],
    "ago": ["ago", "earlier"],
    "period": ["period"],
    "year-end": ["end", "yearend"],
    "year-week": ["year", "week", "weekend"],
    "later": ["earlier", "later"],
    "set": [
        "every",
        "each",
        "per",
        "daily",
        "weekly",
        "monthly",
        "annually",
        "yearly",
        "quarterly",
        "hourly",
        "nightly",
        "biweekly",
        "semiannually",
        "biannually",
    ],
    "clock-word": ["noon", "midnight", "midday"],
    "holiday": [
        "christmas",
        "year's",
        "year’s",
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
        "patrick",
    ],
}
"""Trigger words by key (lower case; matched as whole words in any case)."""
TRIGGER_SHAPES: dict[str, str] = {
    "y4": r"(?<!\d)\d{4}(?!\d)",
    "numdate": r"^\d{1,2}[./]\d{1,2}[./]\d\d",
    "clock": r":|[aApP][.mM]$",
    "decade2": r"^['’]",
    "qn": r"^Q",
}
"""Trigger shapes by key: how a number-like token (see ``SHAPE_TOKEN``) is classified."""
SHAPE_TOKEN = r"\d[\d.,:/]*(?:\s?(?:[aApP]\.|[aApP][mM]\b))?|['’]\d0['’]?s|Q[1-4]\b"
"""Number-like tokens."""
SHAPE_SCAN = (
    r"[\d'’Q](?:(?<=\d)[\d.,:/]*(?:\s?(?:[aApP]\.|[aApP][mM]\b))?|(?<=['’])\d0['’]?s|(?<=Q)[1-4]\b)"
)
""":data:`SHAPE_TOKEN` with its first character taken out of the branches, to scan with:
``re`` then skips to the next digit, quote or Q in C instead of trying the pattern at
every position (four times faster)."""
