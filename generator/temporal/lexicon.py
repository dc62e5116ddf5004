"""The tagger's English lexicon: words, the regex fragments built from them, and their readers.

Month and weekday names, number words, units, seasons, parts of day and
modifier phrases (``early`` → ``START``); the regex fragments the rule table
composes from them (:data:`MONTH`, :data:`NUM`, :data:`MODW` ...); and the
small readers that turn a matched phrase back into a number, a unit code or a
TIMEX3 ``mod``.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
SMALL_NUMBERS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "one hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "a half": 0,
}
VAGUE_NUMBERS = {"a few", "few", "several", "many", "some", "a number of", "numerous"}
ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
}
UNITS: dict[str, str] = {
    "second": "TS",
    "minute": "TM",
    "hour": "TH",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "2W",
    "month": "M",
    "year": "Y",
    "decade": "10Y",
    "century": "100Y",
    "centurie": "100Y",
    "quarter": "Q",
    "weekend": "WE",
}
DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}


PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
}
MODS: dict[str, str] = {
    "early": "START",
    "earlier": "START",
    "the beginning of": "START",
    "the start of": "START",
    "beginning of": "START",
    "the first part of": "START",
    "late": "END",
    "later": "END",
    "the end of": "END",
    "end of": "END",
    "the close of": "END",
    "the last part of": "END",
    "mid": "MID",
    "mid-": "MID",
    "middle": "MID",
    "the middle of": "MID",
    "the mid": "MID",
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "within": "EQUAL_OR_LESS",
}


# --------------------------------------------------------------------------
# Regex fragments built from the words
# --------------------------------------------------------------------------

_Trie = dict[str, "_Trie"]


def alternation(words: list[str] | set[str], fold: bool = False) -> str:
    """A regex alternation of ``words`` factored as a trie; a space matches ``\\s+``.

    Python's ``re`` tries the branches of an alternation one by one; a trie
    makes each position cost one branch per letter, and its greedy optional
    tails try longer words first. ``fold``: any case, spelled ``[mM][aA][yY]``
    in a case-sensitive group: ``re`` skips a branch that starts with a
    character class without entering it, not one that starts with a
    case-insensitive letter (a few per cent faster inside the rules).
    """
    tree: _Trie = {}
    for word in words:
        node = tree
        for ch in word.lower() if fold else word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def atom(ch: str) -> str:
        if ch == " ":
            return r"\s+"
        if fold and ch.isalpha() and ch.isascii():
            return f"[{ch}{ch.upper()}]"
        return re.escape(ch)

    def emit(node: _Trie) -> str:
        alts = [atom(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return ("(?-i:" if fold else "(?:") + emit(tree) + ")"


def _caps(words: list[str]) -> str:
    """A case-sensitive alternation of Capitalized and UPPER forms."""
    forms = [w.capitalize() for w in words] + [w.upper() for w in words]
    return "(?-i:" + alternation(forms) + ")"


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
# "Jan." "Sept." "Oct" (a bare abbreviation is only accepted before a day/year)
MONTH = rf"(?:{_caps(_FULL_MONTHS)}|{_caps(_ABBR_MONTHS)}\.?)"
WEEKDAY = _caps(list(WEEKDAYS))
WEEKDAY_ABBR = r"(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
ONES = "one|two|three|four|five|six|seven|eight|nine"
"""Tens and ones as regex alternations, for numbers and years said in words."""
NUMBER_WORDS = (
    [w for w in SMALL_NUMBERS if w not in ("a", "an", "a half")]
    + [f"{t}{sep}{o}" for t in TENS.split("|") for sep in ("-", " ") for o in ONES.split("|")]
    + sorted(VAGUE_NUMBERS)
    + ["a", "an"]
)
"""The number words :data:`NUM` takes ("two", "twenty-one", "several", "a")."""
NUM = (
    r"(?:(?<!\d)(?<!\d[,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+1/2|½)?|"
    + alternation(NUMBER_WORDS, fold=True)
    + r"(?:\s+and\s+a\s+half)?)"
)
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie)|quarter)"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
SPOKEN_YEAR = (
    rf"(?:nineteen[- ](?:{TENS})(?:[- ](?:{ONES}))?"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{ONES}|ten|eleven|twelve))?)"
)
"""A year said in words, as in broadcast transcripts: "nineteen ninety-seven"."""
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
ZONE = r"(?:GMT|UTC|UT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|ET|PT|CT)"
AMPM = r"(?:a\.\s?m\.?|p\.\s?m\.?|(?-i:am|pm|AM|PM)\b)"
MODW_WORDS = [
    p + w
    for p in ("the ", "")
    for w in (
        "beginning of",
        "start of",
        "end of",
        "middle of",
        "close of",
        "first part of",
        "last part of",
    )
] + [
    "early",
    "late",
    "mid-",
    "mid",
    "middle",
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "more than",
    "at least",
    "less than",
    "up to",
    "no more than",
    "some",
    "over",
    "within",
]
"""The words of :data:`MODW` (a space stands for any white space)."""
MODW = alternation(MODW_WORDS, fold=True)
PART = r"(?:morning|afternoon|evening|night)"
ORDINAL_WORD = alternation(list(ORDINALS), fold=True)
DECADE_WORD = alternation(list(DECADE_WORDS), fold=True)
WEEKDAY_ANY_CASE = alternation(list(WEEKDAYS), fold=True)
MONTH_ANY_CASE = alternation(_FULL_MONTHS, fold=True)
"""Names in any case, where the context already says it is a date ("every monday")."""

# --------------------------------------------------------------------------
# Readers of matched phrases
# --------------------------------------------------------------------------

SPACES = re.compile(r"\s+")
"""A run of white space, which the readers squash to one space."""
_GROUPED_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def parse_number(text: str) -> float | None:
    """The value of a number phrase; None when vague ("several")."""
    t = SPACES.sub(" ", text.strip().lower())
    if _GROUPED_DIGITS.fullmatch(t):
        t = t.replace(",", "")
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    if t.endswith(" 1/2") or t.endswith("½"):
        t, half = t.rstrip("½").removesuffix(" 1/2").strip(), 0.5
    if t in VAGUE_NUMBERS:
        return None
    if t in SMALL_NUMBERS:
        return SMALL_NUMBERS[t] + half
    try:
        return float(t) + half
    except ValueError:
        pass
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in SMALL_NUMBERS and parts[1] in SMALL_NUMBERS:
        return SMALL_NUMBERS[parts[0]] + SMALL_NUMBERS[parts[1]] + half
    return None


def spoken_year(text: str) -> int | None:
    """The year of "nineteen ninety-seven" or "two thousand and one"."""
    t = SPACES.sub(" ", text.lower())
    if t.startswith("two thousand"):
        rest = re.sub(r"^two thousand\s*(?:and\s+)?", "", t)
        n = parse_number(rest) if rest else 0
        return None if n is None else 2000 + int(n)
    n = parse_number(t[len("nineteen") + 1 :])
    return None if n is None or not 10 <= n <= 99 else 1900 + int(n)


def unit_code(unit: str) -> str:
    """TIMEX3 unit letter(s) of a unit word (singular or plural)."""
    u = unit.lower()
    u = u[:-1] if u.endswith("s") else u
    return UNITS.get(u, "X")


def mod_of(text: str | None) -> str | None:
    """The TIMEX3 mod of a modifier phrase."""
    if not text:
        return None
    t = SPACES.sub(" ", text.strip().lower())
    return MODS.get(t) or MODS.get(t.rstrip("-"))
