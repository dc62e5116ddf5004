"""The pattern table of the temporal tagger, and the handlers that give values.

Everything language-specific lives here: the lexicon (month and weekday names,
number words, units), the calendar arithmetic that turns a relative expression
into a TIMEX3 value, the clause-level tense cues, and :data:`RULES`, the one
ordered table of ``Rule(name, regex, handler)`` records that
:mod:`generator.temporal.engine` runs.

A handler receives the regex match and a :class:`Ctx` (the surrounding text,
the document creation time, what the document has said so far) and returns a
:class:`Hit` (type, value, how it was resolved, mod) or None to veto the match
("May I ask", "protesters march", "$2000 fine").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from generator.dates import PartialDate

# --------------------------------------------------------------------------
# Lexicon
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
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
}
WEEKDAY_PARTS: set[str] = set()  # {"morning", "afternoon", "evening"}
"""Parts of day that make a weekday a TIME ("Friday morning"); "Friday night" stays a day."""
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


def _alt(words: list[str] | set[str], fold: bool = False) -> str:
    """A regex alternation of ``words`` factored as a trie; a space matches ``\\s+``.

    Python's ``re`` tries the branches of an alternation one by one; a trie
    makes each position cost one branch per letter, and its greedy optional
    tails try longer words first. ``fold``: any case, spelled ``[mM][aA][yY]``
    in a case-sensitive group: ``re`` skips a branch that starts with a
    character class without entering it, not one that starts with a
    case-insensitive letter (a few per cent faster inside the rules).
    """
    tree: dict[str, dict] = {}
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

    def emit(node: dict) -> str:
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
    return "(?-i:" + _alt(forms) + ")"


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
# "Jan." "Sept." "Oct" (a bare abbreviation is only accepted before a day/year)
MONTH = rf"(?:{_caps(_FULL_MONTHS)}|{_caps(_ABBR_MONTHS)}\.?)"
WEEKDAY = _caps(list(WEEKDAYS))
WEEKDAY_ABBR = r"(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_NUMBER_WORDS = (
    [w for w in SMALL_NUMBERS if w not in ("a", "an", "a half")]
    + [f"{t}{sep}{o}" for t in _TENS.split("|") for sep in ("-", " ") for o in _ONES.split("|")]
    + sorted(VAGUE_NUMBERS)
    + ["a", "an"]
)
NUM = (
    r"(?:(?<!\d)(?<!\d[,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+1/2|½)?|"
    + _alt(_NUMBER_WORDS, fold=True)
    + r"(?:\s+and\s+a\s+half)?)"
)
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie)|quarter)"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
SPOKEN_YEAR = (
    rf"(?:nineteen[- ](?:{_TENS})(?:[- ](?:{_ONES}))?"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_ONES}|ten|eleven|twelve))?)"
)
"""A year said in words, as in broadcast transcripts: "nineteen ninety-seven"."""
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
ZONE = r"(?:GMT|UTC|UT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|ET|PT|CT)"
AMPM = r"(?:a\.\s?m\.?|p\.\s?m\.?|(?-i:am|pm|AM|PM)\b)"
MODW = _alt(
    [
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
    ]
    + [
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
    ],
    fold=True,
)
PART = r"(?:morning|afternoon|evening|night)"
ORDINAL_WORD = _alt(list(ORDINALS), fold=True)
WEEKDAY_ANY_CASE = _alt(list(WEEKDAYS), fold=True)
MONTH_ANY_CASE = _alt(_FULL_MONTHS, fold=True)
"""Names in any case, where the context already says it is a date ("every monday")."""

# --------------------------------------------------------------------------
# Context given to handlers
# --------------------------------------------------------------------------

_SENT_END = re.compile(r"[.!?;](?=\s+[A-Z\"“‘'(])|\n")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_FUTURE_WORDS = {
    "will",
    "won't",
    "won’t",
    "shall",
    "gonna",
    "scheduled",
    "upcoming",
    "next",
    "expected",
    "expect",
    "expects",
    "planned",
    "planning",
    "due",
    "would",
    "coming",
    "forthcoming",
    "intend",
    "intends",
    "later",
    "ahead",
    "until",
    "forecast",
    "forecasts",
    "projected",
    "predict",
    "predicts",
    "slated",
    "prepare",
    "prepares",
    "preparing",
    "await",
    "awaits",
    "soon",
}
_NOT_CUE_BIGRAMS = {
    ("next", "to"),
    ("last", "year's"),
    ("due", "to"),
    ("ahead", "of"),
    ("once", "again"),
}
"""Cue words that are not cues before these words ("next to the embassy", "due to rain")."""
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that"}
"""Before a cue word, these make it a noun ("their offers to buy", "the plan to")."""
_ARTICLES = _DETERMINERS - {"this", "that"}
"""Determiners that can't be relative pronouns ("shootings that injured" is a verb)."""
_DEGREE_WORDS = {"still", "yet", "newly", "recently", "previously", "widely", "long", "much"}
"""Between a determiner and an "-ed" adjective ("a still unspecified date")."""
_AUXILIARIES = {"was", "were", "had", "is", "are", "has", "have", "been", "be"}
_INFINITIVE_FUTURE = [
    "agree", "agreed", "agrees", "decide", "decided", "decides", "vote", "voted", "votes",
    "promise", "promised", "promises", "pledge", "pledged", "pledges", "vow", "vowed", "vows",
    "offer", "offered", "offers", "threaten", "threatened", "threatens", "supposed",
    "want", "wanted", "wants", "intended", "seek", "seeks", "sought", "hoped", "plan", "plans",
    "planned", "scheduled", "expected", "likely", "ready", "poised", "able", "unable",
]  # fmt: skip
"""Verbs whose ``to``-infinitive points ahead: "agreed to buy it in January"."""
_FUTURE_BIGRAMS = {(verb, "to") for verb in _INFINITIVE_FUTURE} | {
    ("going", "to"),
    ("set", "to"),
    ("is", "to"),
    ("are", "to"),
    ("hope", "to"),
    ("hopes", "to"),
    ("aim", "to"),
    ("aims", "to"),
    ("be", "held"),
}
_PRESENT_WORDS = {
    "is",
    "are",
    "am",
    "ends",
    "begins",
    "starts",
    "expires",
    "runs",
    "opens",
    "closes",
    "falls",
    "remain",
    "remains",
    "meets",
    "holds",
    "faces",
}
_PAST_WORDS = set(
    [
        "was",
        "were",
        "had",
        "did",
        "said",
        "told",
        "met",
        "began",
        "took",
        "made",
        "came",
        "went",
        "gave",
        "saw",
        "found",
        "won",
        "lost",
        "left",
        "held",
        "fell",
        "rose",
        "sold",
        "bought",
        "paid",
        "spent",
        "struck",
        "led",
        "brought",
        "thought",
        "became",
        "got",
        "ran",
        "wrote",
        "spoke",
        "chose",
        "knew",
        "felt",
        "kept",
        "sent",
        "built",
        "meant",
        "stood",
        "understood",
        "heard",
        "grew",
        "drew",
        "threw",
        "flew",
        "broke",
        "froze",
        "wore",
        "tore",
        "swore",
        "shook",
        "forgot",
        "hid",
        "slid",
        "bit",
        "rode",
        "sank",
        "sang",
        "swam",
        "drank",
        "fought",
        "sought",
        "caught",
        "taught",
        "laid",
        "sat",
        "shot",
        "fled",
        "ago",
        "last",
        "previously",
        "earlier",
        "former",
        "since",
        "once",
        "recent",
        "recently",
        "past",
        "prior",
    ]
)
_NOT_PAST_ED = {
    "need",
    "speed",
    "seed",
    "feed",
    "deed",
    "breed",
    "bleed",
    "hundred",
    "shed",
    "embed",
    "naked",
    "wicked",
    "sacred",
    "kindred",
    "indeed",
    "proceed",
    "exceed",
    "succeed",
    "creed",
    "greed",
    "weed",
    "steed",
    "heed",
    "red",
    "bed",
    "wed",
    "sled",
    "bred",
    "scheduled",
    "expected",
    "planned",
    "projected",
    "slated",
    "united",
    "limited",
    "based",
    "related",
    "detailed",
    "advanced",
}
_FUTURE_ED = {"scheduled", "expected", "planned", "projected", "slated"}
_BE_WORDS = {
    "is",
    "are",
    "am",
    "be",
    "being",
    "will",
    "to",
    "it's",
    "he's",
    "she's",
    "they're",
    "get",
    "gets",
}


_CUE_WORDS = (
    _FUTURE_WORDS
    | _PRESENT_WORDS
    | _PAST_WORDS
    | _AUXILIARIES
    | {w for pair in _FUTURE_BIGRAMS for w in pair}
)
"""Every word :func:`classify_cue` may give a tense, besides "-ed" and "'ll" forms."""
_CUE_CANDIDATE = re.compile(
    r"(?<![a-z'’])(?:" + _alt(sorted(_CUE_WORDS)) + r"|[a-z]+(?:ed|['’]ll))(?![a-z'’])"
)
"""A possible tense cue in lower-cased text, as a whole word of :data:`_WORD`."""
_NEXT_WORD = re.compile(r"[^a-z]*([a-z]+(?:['’][a-z]+)?)")
"""The word after a position in lower-cased text."""


def classify_cue(word: str, prev: str, prev2: str, nxt: str = "") -> str | None:
    """The tense a word signals in context: ``future``, ``past``, ``present`` or None."""
    if (word, nxt) in _NOT_CUE_BIGRAMS:
        return None
    if (prev, word) in _FUTURE_BIGRAMS:
        if prev2 in _DETERMINERS:
            return None  # "their offers to buy": a noun, no tense
        return "future"
    if word in _FUTURE_WORDS or word.endswith(("'ll", "’ll")):
        if word in _FUTURE_ED and prev in ("was", "were", "had", "been"):
            return "past"  # "was scheduled to", "had been expected"
        return "future"
    if word in _PAST_WORDS:
        if prev in _BE_WORDS and word not in ("was", "were", "had", "did"):
            return None  # "would be paid", "is held"
        return "past"
    if word.endswith("ed") and len(word) > 3 and word not in _NOT_PAST_ED:
        if prev in _BE_WORDS or (prev.endswith("ly") and prev2 in _BE_WORDS):
            return None  # "is barred", "will be held"
        if prev in _ARTICLES or (prev2 in _ARTICLES and prev in _DEGREE_WORDS):
            return None  # "a still unspecified date", "the revised plan": an adjective
        return "past"
    if word in _PRESENT_WORDS:
        return "present"
    return None


@dataclass
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


@dataclass
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

        The nearest cue wins, cues after the match counting :data:`AFTER_WEIGHT`
        times their distance (the governing verb usually comes first in news
        English: "fell in March", "will meet in May"), and each clause mark
        (comma, semicolon, parenthesis) in between adds :data:`CLAUSE_COST`.
        An auxiliary yields to the verb after it ("were planning"). Cue words in
        ``skip`` (lower case) are not counted.
        """
        best: tuple[int, str] | None = None
        for ws, we, kind in self.sentence_cues():
            if self.start <= ws < self.end:
                continue
            if skip and self.text[ws:we].lower() in skip:
                continue
            if we <= self.start:
                gap = self.text[we : self.start]
                dist = len(gap)
            else:
                gap = self.text[self.end : ws]
                dist = AFTER_WEIGHT * len(gap)
            dist += CLAUSE_COST * sum(gap.count(p) for p in ",;:()–—")
            if best is None or dist < best[0]:
                best = (dist, kind)
        return best[1] if best else None

    def sentence_cues(self) -> list[tuple[int, int, str]]:
        """The tense cues of the sentence around the match: (start, end, kind).

        Kept in :class:`DocState` while the tagger stays in the sentence.
        """
        left, right = self.sentence_bounds()
        key = (self.offset + left, self.offset + right)
        if self.doc.cue_key == key:
            return self.doc.cues
        seg = self.text[left:right].lower()
        cues = []
        for m in _CUE_CANDIDATE.finditer(seg):
            word, ws, we = m.group(), m.start(), m.end()
            before = _WORD.findall(seg, max(0, ws - 48), ws)
            prev = before[-1] if before else ""
            prev2 = before[-2] if len(before) > 1 else ""
            after = _NEXT_WORD.match(seg, we)
            nxt = after.group(1) if after else ""
            if word in _AUXILIARIES and nxt and classify_cue(nxt, word, prev) is not None:
                continue  # "were planning", "had been": the verb after decides
            kind = classify_cue(word, prev, prev2, nxt)
            if kind is not None:
                cues.append((ws + left, we + left, kind))
        self.doc.cue_key, self.doc.cues = key, cues
        return cues


AFTER_WEIGHT = 3
"""How much farther a tense cue after an expression counts than one before it."""
CLAUSE_COST = 30
"""Extra distance for each clause mark between a cue and the expression."""


@dataclass(frozen=True)
class Hit:
    """What a handler found: TIMEX3 type and value, and how."""

    type: str
    value: str | None
    how: str
    mod: str | None = None
    anchored: bool = False
    """True if the value was computed from the DCT (or a previous date)."""


Handler = Callable[[re.Match[str], Ctx], Hit | None]


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
    """Keys of :data:`TRIGGERS`: every match contains one of these; the engine
    only runs the rule near them (speed)."""
    reach: int = 24
    """How far before its trigger a match may start (the longest modifier
    prefix: "no more than the next" needs 32)."""
    near: str | None = None
    """A word every match has besides its trigger ("ago" for "two years ago"):
    the engine skips the rule where the window lacks it (speed)."""


# --------------------------------------------------------------------------
# Calendar helpers
# --------------------------------------------------------------------------


def fmt_day(d: dt.date) -> str:
    """``2026-02-03``."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_year(y: int) -> str:
    """``2026``; before year 0 in ISO 8601's expanded form, ``-0491``."""
    return f"{y:04d}" if y >= 0 else f"-{-y:04d}"


def fmt_week(d: dt.date) -> str:
    """ISO week of ``d``: ``2026-W06``."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) shifted by ``n`` months."""
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def parse_number(text: str) -> float | None:
    """The value of a number phrase; None when vague ("several")."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", t):
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


def unit_code(unit: str) -> str:
    """TIMEX3 unit letter(s) of a unit word (singular or plural)."""
    u = unit.lower()
    u = u[:-1] if u.endswith("s") else u
    return UNITS.get(u, "X")


def duration_value(n: float | None, code: str) -> str:
    """``P3Y``, ``PT5H``, ``PXM``, ``PT5H30M`` from a count and a unit code."""
    if code == "WE":
        code = "2D" if n == 1 else "W"  # "the weekend" is two days
        if code == "2D":
            return "P2D"
    time = code.startswith("T")
    letter = code[1:] if time else code
    mult = 1
    if letter[:-1].isdigit():
        mult, letter = int(letter[:-1]), letter[-1]
    prefix = "PT" if time else "P"
    if n is None:
        return f"{prefix}X{letter}"
    total = n * mult
    if total == int(total):
        return f"{prefix}{int(total)}{letter}"
    whole = int(total)
    sub = {
        "Y": (6, "M"),
        "D": (12, "H"),
        "H": (30, "M"),
        "M": (15, "D") if not time else (30, "S"),
        "W": (3, "D"),
    }.get(letter)
    if sub is None:
        return f"{prefix}{total:g}{letter}"
    extra, sub_letter = sub
    if letter == "Y" or (letter == "M" and not time) or letter == "W" or letter == "D":
        if letter == "D":
            return f"P{whole}DT12H" if whole else "PT12H"
        return f"P{whole}{letter}{extra}{sub_letter}" if whole else f"P{extra}{sub_letter}"
    return f"PT{whole}{letter}{extra}{sub_letter}" if whole else f"PT{extra}{sub_letter}"


def shift_value(anchor: dt.date, n: int, code: str) -> str | None:
    """The calendar value ``n`` units after ``anchor`` (negative: before)."""
    if code == "Y":
        return fmt_year(anchor.year + n)
    if code == "10Y":
        return fmt_year(anchor.year + 10 * n)
    if code == "100Y":
        return fmt_year(anchor.year + 100 * n)
    if code == "M":
        y, m = add_months(anchor.year, anchor.month, n)
        return f"{y:04d}-{m:02d}"
    if code == "Q":
        y, m = add_months(anchor.year, anchor.month, 3 * n)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if code in ("W", "WE"):
        return fmt_week(anchor + dt.timedelta(weeks=n))
    if code == "2W":
        return fmt_week(anchor + dt.timedelta(weeks=2 * n))
    if code == "D":
        return fmt_day(anchor + dt.timedelta(days=n))
    if code in ("TH", "TM", "TS"):
        return fmt_day(anchor)
    return None


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
    ahead = re.search(
        r"\b(?:upcoming|next|coming|scheduled|planned|forthcoming|(until|till)|effective|payable)\W+(?:\w+\W+)?$",
        near,
    )
    if ahead:
        if ahead[1] and _until_ended(ctx):
            return "past"  # "Until Thursday, they had not called him" (but "extended until")
        return "future"
    if re.search(r"\b(?:last|past|previous|since|ago)\W+(?:\w+\W+)?$", near):
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
    return pick_by_tense(base, cands, way, strict), f"nearest, {way or 'no'} tense"


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
        return base - dt.timedelta(days=back), "last"
    if last in ("next", "coming", "following"):
        fwd = delta % 7 or 7
        return base + dt.timedelta(days=fwd), "next"
    if delta == 0:
        return base, "same day"
    after = ctx.after(3)
    if after.startswith(("'s", "’s")) and last != "this":
        return base - dt.timedelta(days=(-delta) % 7), "possessive, past"
    way = direction(ctx, present_is_future=False) if last != "this" else None
    cands = [base - dt.timedelta(days=(-delta) % 7), base + dt.timedelta(days=delta % 7)]
    return pick_by_tense(base, cands, way, "weekday" in STRICT_TENSE), f"{way or 'no'} tense"


def mod_of(text: str | None) -> str | None:
    """The TIMEX3 mod of a modifier phrase."""
    if not text:
        return None
    t = re.sub(r"\s+", " ", text.strip().lower())
    return MODS.get(t) or MODS.get(t.rstrip("-"))


def note_date(ctx: Ctx, value: str | None) -> None:
    """Remember a calendar value for anaphora ("that year", "the next day")."""
    if not value:
        return
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
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
             anchored: bool = True, kind: str = "DATE") -> Hit:  # fmt: skip
    """A DATE hit, remembered for anaphora."""
    note_date(ctx, value)
    return Hit(kind, value, how, mod, anchored and value is not None)


# --------------------------------------------------------------------------
# Handlers
# --------------------------------------------------------------------------

_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|on|since|until|till|by|from|to|through|thru|during|before|after|between"
    r"|of|early|late|mid|last|next|this|and|or|for|each|every|until|into|throughout|past"
    r"|around|about|circa|late|end|start|beginning|middle|that|upcoming|coming|nor|as)|[,–—-])\s*$",
    re.IGNORECASE,
)
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
    mod_words = re.sub(r"\s+", " ", (mod or "").strip().lower())
    if mod_words in QUANTITY_MODS:
        return None
    before = ctx.text[max(0, s - 25) : s]
    if YEAR_NUMBER_RANGE.search(before) or re.search(r"(?<![\d,.])\d{1,2}\s+in\s*$", before):
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


def h_month_day(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``February 3, 2026``, ``03 February 2026``, ``Sept. 30``, ``Friday, Oct. 23``."""
    mon = m["mon"]
    key = mon.lower().rstrip(".")
    if key not in MONTHS:
        return None
    month = MONTHS[key]
    day = int(re.sub(r"\D", "", m["day"]))
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


def spoken_year(text: str) -> int | None:
    """The year of "nineteen ninety-seven" or "two thousand and one"."""
    t = re.sub(r"\s+", " ", text.lower())
    if t.startswith("two thousand"):
        rest = re.sub(r"^two thousand\s*(?:and\s+)?", "", t)
        n = parse_number(rest) if rest else 0
        return None if n is None else 2000 + int(n)
    n = parse_number(t[len("nineteen") + 1 :])
    return None if n is None or not 10 <= n <= 99 else 1900 + int(n)


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


def h_quarter(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``the third quarter``, ``third-quarter``, ``the year-ago quarter``, ``Q3 2015``."""
    text = m.group().lower()
    if not (m["ord"] or m["qn"]) and text.endswith("quarter") and _FRACTION_OF.match(ctx.after(24)):
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
    if (
        word == "fall"
        and not m["year"]
        and (not rel or rel[-1] == "the")
        and re.match(r"\s+(?:of|in|to|by|from)\s+(?!\d)", ctx.after(10))
    ):
        return None
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


def h_relday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``today``, ``yesterday``, ``tomorrow``, ``tonight``, ``this morning``, ``last night``."""
    word = re.sub(r"\s+", " ", m["w"].lower())
    part = (m["part"] or m["part0"] or "").lower() or None  # "mid-afternoon yesterday"
    shift = {
        "today": 0,
        "tonight": 0,
        "this": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "last": -1,
        "overnight": 0,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "earlier today": 0,
        "later today": 0,
    }.get(word)
    if shift is None:
        return None
    if word == "tonight":
        part = "night"
    if word == "overnight":
        part = "overnight"
    if word == "last" and part != "night":
        return None
    if word == "this" and part is None:
        return None
    if (
        word == "today"
        and not part
        and re.match(r"['’]s\s+(?:world|society|standards)", ctx.after(16))
    ):
        return Hit("DATE", "PRESENT_REF", "today (generic)")
    mod = mod_of(m["mod"])
    base = ctx.dct_day
    if base is None:
        return Hit("TIME" if part else "DATE", None, f"{word}, no dct", mod)
    date = base + dt.timedelta(days=shift)
    value = fmt_day(date)
    if part:
        value += "T" + PARTS_OF_DAY[part]
    return hit_date(
        ctx,
        value,
        f"{word}{' ' + part if part else ''}, anchor dct {fmt_day(base)}",
        mod,
        kind="TIME" if part else "DATE",
    )


def h_weekday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``Friday``, ``on Tuesday``, ``last Monday``, ``Friday morning``."""
    wd = WEEKDAYS[m["wd"].lower()]
    part = (m["part"] or m["part0"] or "").lower() or None
    mod = mod_of(m["mod"])
    if m["plural"]:
        value = f"XXXX-WXX-{wd + 1}" + (f"T{PARTS_OF_DAY[part]}" if part else "")
        return Hit("SET", value, "weekday plural")
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    anchor = ctx.doc.last_day
    if rel in ("the previous", "the following") and anchor is not None:
        # "down 4.5% from the previous Friday": before the day the story is at
        if rel == "the previous":
            date = anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7 or 7)
        else:
            date = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
        how = f"{rel}, anchor previous date {fmt_day(anchor)}"
        return hit_date(ctx, fmt_day(date), f"weekday, {how}", mod)
    r = resolve_weekday(ctx, wd, m["rel"])
    if r is None:
        return Hit("TIME" if part else "DATE", None, "weekday, no dct", mod)
    date, how = r
    value = fmt_day(date)
    if part in WEEKDAY_PARTS:
        # TIMEX3: "Friday morning" is 1998-08-07TMO. "Friday night" keeps day
        # precision: news uses it for the day's events (TimeBank annotates the day)
        value += "T" + PARTS_OF_DAY[part]
        note_date(ctx, value)
        return Hit("TIME", value, f"weekday {part}, {how}, anchor dct {ctx.dct}", mod, True)
    part_note = f", {part}" if part else ""
    return hit_date(ctx, value, f"weekday{part_note}, {how}, anchor dct {ctx.dct}", mod)


def h_relunit(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``this week``, ``last month``, ``next year``, ``the past year``, ``this weekend``."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    code = "FY" if "fiscal" in unit else unit_code(unit.split()[-1])
    code = "Y" if code == "FY" else code
    mod = mod_of(m["mod"])
    last = rel.split()[-1]
    n = {
        "this": 0,
        "current": 0,
        "same": 0,
        "last": -1,
        "past": -1,
        "previous": -1,
        "prior": -1,
        "next": 1,
        "coming": 1,
        "following": 1,
    }.get(last)
    if n is None:
        return None
    if m.group().lower().startswith("the") and last == "last" and code == "W":
        pass
    base = ctx.dct_day
    if base is None:
        if code == "Y" and ctx.dct_year is not None:
            return hit_date(
                ctx, f"{ctx.dct_year + n:04d}", f"{rel} {unit}, anchor dct {ctx.dct}", mod
            )
        if code == "M" and ctx.dct is not None and ctx.dct.month:
            y, mo = add_months(ctx.dct.year, ctx.dct.month, n)
            return hit_date(ctx, f"{y:04d}-{mo:02d}", f"{rel} {unit}, anchor dct {ctx.dct}", mod)
        return Hit("DATE", None, f"{rel} {unit}, no dct", mod)
    if last == "following" and ctx.doc.last_day is not None:
        base = ctx.doc.last_day
    if code == "WE":
        if n == 0 and base.weekday() < 5 and direction(ctx) == "past":
            n = -1
        return hit_date(
            ctx,
            fmt_week(base + dt.timedelta(weeks=n)) + "-WE",
            f"{rel} weekend, anchor {fmt_day(base)}",
            mod,
        )
    if code == "10Y":
        return Hit(
            "DATE",
            f"{(base.year // 10 + n):03d}X",
            f"{rel} decade, anchor {fmt_day(base)}",
            mod,
            True,
        )
    value = shift_value(base, n, code)
    if value is None:
        return None
    return hit_date(ctx, value, f"{rel} {unit}, anchor {fmt_day(base)}", mod)


def h_this_period(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``earlier this year``, ``later this month``, ``earlier in the year``."""
    word = m["w"].lower()
    mod = "START" if word.startswith("earl") else "END"
    rel = (m["rel"] or "this").lower()
    unit = m["unit"].lower()
    if rel == "that":
        if unit == "year" and ctx.doc.last_year is not None:
            return Hit(
                "DATE",
                f"{ctx.doc.last_year:04d}",
                f"{word} that year, anchor previous date",
                mod,
                True,
            )
        if unit == "day" and ctx.doc.last_day is not None:
            return Hit(
                "DATE",
                fmt_day(ctx.doc.last_day),
                f"{word} that day, anchor previous date",
                mod,
                True,
            )
        return Hit("DATE", None, f"{word} that {unit}, no anchor", mod)
    n = {"this": 0, "the": 0, "last": -1, "next": 1}.get(rel, 0)
    base = ctx.dct_day
    if base is None:
        return Hit("DATE", None, f"{word} {rel} {unit}, no dct", mod)
    value = shift_value(base, n, unit_code(unit))
    return hit_date(ctx, value, f"{word} {rel} {unit}, anchor dct {fmt_day(base)}", mod)


def h_anaphor(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``that day``, ``the next day``, ``the following year``, ``that year``."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    n = {
        "that": 0,
        "the same": 0,
        "that same": 0,
        "the next": 1,
        "the following": 1,
        "the previous": -1,
        "the preceding": -1,
        "the prior": -1,
    }.get(rel)
    if n is None:
        return None
    doc = ctx.doc
    if unit in ("day", "morning", "night", "evening", "afternoon"):
        anchor = doc.last_day or ctx.dct_day
        if anchor is None:
            return Hit("DATE", None, f"{rel} {unit}, no anchor")
        value = fmt_day(anchor + dt.timedelta(days=n))
        if unit != "day":
            return Hit(
                "TIME",
                value + "T" + PARTS_OF_DAY[unit],
                f"{rel} {unit}, anchor {fmt_day(anchor)}",
                anchored=True,
            )
        return Hit("DATE", value, f"{rel} {unit}, anchor {fmt_day(anchor)}", anchored=True)
    if unit == "year":
        y = doc.last_year or ctx.dct_year
        if y is None:
            return Hit("DATE", None, f"{rel} year, no anchor")
        return Hit("DATE", f"{y + n:04d}", f"{rel} year, anchor {y}", anchored=True)
    if unit == "month":
        ym = doc.last_month or (
            (ctx.dct.year, ctx.dct.month) if ctx.dct and ctx.dct.month else None
        )
        if ym is None:
            return Hit("DATE", None, f"{rel} month, no anchor")
        y, mo = add_months(ym[0], ym[1], n)
        return Hit(
            "DATE", f"{y:04d}-{mo:02d}", f"{rel} month, anchor {ym[0]}-{ym[1]:02d}", anchored=True
        )
    if unit == "week":
        anchor = doc.last_day or ctx.dct_day
        if anchor is None:
            return Hit("DATE", None, f"{rel} week, no anchor")
        return Hit(
            "DATE",
            fmt_week(anchor + dt.timedelta(weeks=n)),
            f"{rel} week, anchor {fmt_day(anchor)}",
            anchored=True,
        )
    return None


OFFSET_FROM_EVENT = {"later", "after", "afterwards"}
"""Offset words whose anchor is an event of the story: the count is a DURATION."""


def h_offset(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``two weeks ago``, ``a year earlier``, ``One month prior``, ``three days later``."""
    n = parse_number(m["num"])
    code = unit_code(m["unit"])
    word = re.sub(r"\s+", " ", m["dir"].lower())
    mod = mod_of(m["mod"])
    past = word in ("ago", "earlier", "before", "prior", "back", "previously")
    if code.startswith("T") or word in OFFSET_FROM_EVENT:
        # TIMEX3: "three days later" / "an hour later" measure from an event, not
        # from a time: the duration rule tags "three days" (P3D), "later" is a signal
        return None
    if n is None:
        return Hit("DATE", "PAST_REF" if past else "FUTURE_REF", f"vague offset {word}", mod)
    if n != int(n):
        return Hit("DATE", "PAST_REF" if past else "FUTURE_REF", f"fractional offset {word}", mod)
    sign = -1 if past else 1
    base = ctx.dct_day
    how_anchor = f"anchor dct {ctx.dct}"
    if word in ("later", "after", "afterwards") and ctx.doc.last_day is not None:
        base = ctx.doc.last_day
        how_anchor = f"anchor previous date {fmt_day(base)}"
    if base is None:
        if code == "Y" and ctx.dct_year is not None:
            return hit_date(
                ctx, f"{ctx.dct_year + sign * int(n):04d}", f"offset {word}, {how_anchor}", mod
            )
        return Hit("DATE", None, f"offset {word}, no dct", mod)
    if code == "Y" and int(n) == 1 and word in ("ago", "earlier") and ctx.doc.last_quarter:
        left, right = ctx.sentence_bounds()
        recent = ctx.offset + ctx.start - ctx.doc.last_quarter_pos < 1500
        if recent or re.search(r"quarter|period|three months", ctx.text[left:right], re.IGNORECASE):
            y, q = ctx.doc.last_quarter
            return Hit(
                "DATE", f"{y - 1:04d}-Q{q}", "year-ago quarter, anchor previous quarter", mod, True
            )
    value = shift_value(base, sign * int(n), code)
    if value is None:
        return None
    return hit_date(ctx, value, f"offset {int(n)}{code} {word}, {how_anchor}", mod)


def h_year_ago(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``year-ago``, ``year-earlier`` (financial reporting)."""
    if ctx.doc.last_quarter:
        y, q = ctx.doc.last_quarter
        return Hit("DATE", f"{y - 1:04d}-Q{q}", "year-ago, anchor previous quarter", anchored=True)
    if ctx.dct_year is None:
        return Hit("DATE", None, "year-ago, no dct")
    return Hit("DATE", f"{ctx.dct_year - 1:04d}", f"year-ago, anchor dct {ctx.dct}", anchored=True)


def h_duration(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``three years``, ``the past two months``, ``more than four hours``, ``two-year``."""
    num = m["num"]
    n = parse_number(num) if num else 1.0
    code = unit_code(m["unit"])
    if code == "X":
        return None
    text = m.group()
    if n is None and not num:
        return None
    if m["half"] and n is not None:
        n += 0.5  # "a minute and a half": PT1M30S
    if n is not None and (
        n > 10000
        or (re.fullmatch(r"(?:1[89]|20)\d\d", num or "") and not m["unit"].lower().endswith("s"))
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


def h_ref(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``now``, ``currently``, ``recently``, ``the future``, ``soon``."""
    w = re.sub(r"\s+", " ", m.group().lower())
    if w in ("now", "right now", "just now") and re.match(
        r"\s*(?:that|defunct|-)", ctx.after(12), re.IGNORECASE
    ):
        return None  # "now-defunct"
    for value, words in REF_WORDS.items():
        if w in words:
            return Hit("DATE", value, f"{value.lower()} word")
    return None


def h_set(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``every year``, ``each month``, ``daily``, ``annually``, ``twice a week``."""
    text = re.sub(r"\s+", " ", m.group().lower())
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


def _clock(h: int, mi: int, ampm: str | None) -> tuple[int, int] | None:
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


def h_time(g: dict[str, str | None], ctx: Ctx) -> Hit | None:
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
    mon, dnum = g.get("mon") or g.get("mon2"), g.get("day") or g.get("day2")
    if (
        mon and dnum and mon.lower().rstrip(".") in MONTHS
    ):  # "5 p.m. EST Nov. 9", "at 06:27 am on 06 May 2009"
        month, dd = MONTHS[mon.lower().rstrip(".")], int(re.sub(r"\D", "", dnum))
        if g.get("year"):
            try:
                day, how = dt.date(int(g["year"] or 0), month, dd), "date given"
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


def h_holiday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``Christmas``, ``Thanksgiving``, ``New Year's Day``, ``Election Day``."""
    name = re.sub(r"\s+", " ", m["hol"].lower()).replace("’", "'")
    year: int | None = int(m["year"]) if m["year"] else None
    fixed = {
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "new year's day": (1, 1),
        "new year's eve": (12, 31),
        "new year's": (1, 1),
        "independence day": (7, 4),
        "halloween": (10, 31),
        "valentine's day": (2, 14),
        "veterans day": (11, 11),
        "boxing day": (12, 26),
        "st. patrick's day": (3, 17),
    }

    def date_in(y: int) -> dt.date | None:
        if name in fixed:
            mo, d = fixed[name]
            return dt.date(y, mo, d)
        if name.startswith("thanksgiving"):
            first = dt.date(y, 11, 1)
            return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
        if name == "labor day":
            first = dt.date(y, 9, 1)
            return first + dt.timedelta(days=(0 - first.weekday()) % 7)
        if name == "memorial day":
            last = dt.date(y, 5, 31)
            return last - dt.timedelta(days=last.weekday())
        if name == "election day":
            first = dt.date(y, 11, 1)
            return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 1)
        if name.startswith("easter"):
            a, b, c = y % 19, y // 100, y % 100
            d, e = b // 4, b % 4
            f = (b + 8) // 25
            g = (b - f + 1) // 3
            h = (19 * a + b - d - g + 15) % 30
            i, k = c // 4, c % 4
            l_ = (32 + 2 * e + 2 * i - h - k) % 7
            mm = (a + 11 * h + 22 * l_) // 451
            month = (h + l_ - 7 * mm + 114) // 31
            day = (h + l_ - 7 * mm + 114) % 31 + 1
            return dt.date(y, month, day)
        return None

    if year is not None:
        date = date_in(year)
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
    cands = [c for c in (date_in(base.year - 1), date_in(base.year), date_in(base.year + 1)) if c]
    if way == "past":
        pick = max([c for c in cands if c <= base] or cands)
    elif way == "future":
        pick = min([c for c in cands if c >= base] or cands)
    else:
        pick = min(cands, key=lambda c: abs((c - base).days))
    return hit_date(ctx, fmt_day(pick), f"holiday, {way or 'nearest'}, anchor dct {fmt_day(base)}")


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


def h_week_of(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """``the week of March 6``: TIMEX3 gives the ISO week holding that day, ``2000-W10``."""
    key = m["mon"].lower().rstrip(".")
    if key not in MONTHS:
        return None
    month, day = MONTHS[key], int(re.sub(r"\D", "", m["day"]))
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


REF_WORDS: dict[str, set[str]] = {
    "PRESENT_REF": {
        "now",
        "right now",
        "just now",
        "currently",
        "current",
        "at present",
        "presently",
        "these days",
        "nowadays",
        "at the moment",
        "at this time",
        "this time",
        "today's",
    },
    "PAST_REF": {
        "recently",
        "lately",
        "the past",
        "previously",
        "formerly",
        "in the past",
        "recent times",
        "the recent past",
        "in recent times",
        "not long ago",
        "some time ago",
        "long ago",
        "earlier",
        "more recently",
        "once",
        "the time",
    },
    "FUTURE_REF": {
        "the future",
        "soon",
        "the near future",
        "the near term",
        "the short term",
        "the long term",
        "the long run",
        "the coming",
        "shortly",
        "in future",
        "future",
        "one day",
        "someday",
        "sooner or later",
        "a later date",
        "the years ahead",
        "the months ahead",
        "the weeks ahead",
        "as soon as possible",
        "the days ahead",
        "the foreseeable future",
        "coming months",
        "the coming months",
    },
}

_REF_PATTERN = (
    r"\b(?:right\s+now|just\s+now|now(?!adays)|currently|at\s+present|presently|these\s+days|nowadays"
    r"|recently|lately|the\s+past(?!\s+(?:\w+\s+)?(?:" + UNIT + r"))|formerly"
    r"|in\s+recent\s+times|recent\s+times|the\s+recent\s+past|not\s+long\s+ago|some\s+time\s+ago|long\s+ago"
    r"|more\s+recently|the\s+(?:near\s+|foreseeable\s+|distant\s+)?future|the\s+near\s+term"
    r"|the\s+short\s+term|the\s+long\s+(?:term|run)|someday|sooner\s+or\s+later"
    r"|a\s+later\s+date|the\s+(?:years|months|weeks|days)\s+ahead|as\s+soon\s+as\s+possible"
    r"|current(?!\s+(?:account|accounts|affairs|events|flow|flows|law|laws|rules|system|members?|owners?"
    r"|holders?|generation|model|version|form|location|address|issue|edition)\b)"
    r"|(?:the\s+)?coming\s+months)\b"
)


# --------------------------------------------------------------------------
# Triggers: every match of a rule contains one of its trigger words/shapes.
# --------------------------------------------------------------------------

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
"""Number-like tokens; starts with a character class so the scan is fast."""

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
    ),
    Rule(
        "day-month",
        rf"(?:(?P<mod>{MODW})\s+)?(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?:the\s+)?{_YB}(?P<day>{DAYNUM})"
        rf"(?:\s+of)?\s+(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR}){_YA})?\b",
        h_month_day,
        ("month",),
        near=r"\d",
    ),
    Rule(
        "month-year",
        rf"(?:(?P<mod>{MODW})\s+)?(?P<mon>{MONTH})(?:\s+of)?,?\s+(?:(?P<year>{YEAR}){_YA}"
        rf"|(?P<rel>this|last|next)\s+year|(?P<spoken>{SPOKEN_YEAR}))\b",
        h_month_year,
        ("month",),
        near=r"\d|\b(?:year|nineteen|thousand)\b",
    ),
    Rule(
        "month-name",
        rf"(?:(?P<mod>{MODW})\s*)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past)\s+)?"
        rf"(?P<mon>{MONTH})(?!\w)",
        h_month,
        ("month",),
    ),
    Rule(
        "season",
        rf"(?:(?P<mod>{MODW})\s+)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the|that|coming|past|the\s+coming"
        rf"|the\s+past|the\s+last|the\s+next)\s+)?(?P<season>spring|summer|fall|autumn|winter)"
        rf"(?:\s+of\s+(?:(?P<year>{YEAR})|(?P<spoken>{SPOKEN_YEAR})))?\b",
        h_season,
        ("season",),
    ),
    Rule(
        "decade",
        rf"(?:the\s+)?(?:(?P<mod>{MODW})\s*)?(?:the\s+)?(?:(?P<full>1\d\d0|20\d0)['’]?s|['’](?P<two>\d)0['’]?s"
        rf"|(?:nineteen[- ])?(?P<word>{_alt(list(DECADE_WORDS), fold=True)}))\b",
        h_decade,
        ("y4", "decade2", "decade-word"),
        near=r"\d0['’]?s\b|ties\b",
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
    ),
    Rule(
        "year-words",
        rf"\b(?:the\s+year\s+)?(?:two\s+thousand(?:\s+(?:and\s+)?(?:{_ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen"
        rf"|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:{_ONES}))?))?"
        rf"|nineteen[- ](?P<rest>(?:{_TENS})(?:[- ](?:{_ONES}))?"
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
    ),
    Rule(
        "weekday",
        rf"(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past"
        rf"|previous|the\s+previous|the\s+following|following)\s+)?(?:(?P<part0>{PART})\s+)?"
        rf"(?P<wd>{WEEKDAY})(?P<plural>s(?!['’]))?(?:\s+(?P<part>{PART}))?\b",
        h_weekday,
        ("weekday",),
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
        near=r"\b(?:this|last|next|past|previous|coming|following|current|same|prior)\b",
    ),
    Rule(
        "earlier-this",
        r"(?P<w>earlier|later)\s+(?:(?P<rel>this|last|next|that)|in\s+the)\s+(?P<unit>week|month|year|day)\b",
        h_this_period,
        ("later",),
    ),
    Rule(
        "anaphor",
        r"(?P<rel>that|that\s+same|the\s+same|the\s+next|the\s+following|the\s+previous|the\s+preceding"
        r"|the\s+prior)\s+(?P<unit>day|morning|evening|afternoon|night|week|month|year)\b(?!\s+(?:period|of|old))",
        h_anaphor,
        ("anaphor-unit",),
        near=r"\b(?:that|same|next|following|previous|preceding|prior)\b",
    ),
    Rule(
        "offset",
        rf"(?:(?P<mod>{MODW})\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT})s?\s+(?P<dir>ago|earlier(?!\s+than)|later(?!\s+than)"
        r"|before(?!\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|[A-Z]))|prior(?!\s+to)"
        r"|from\s+now|hence)\b",
        h_offset,
        ("unit", "units"),
        32,
        near=r"\b(?:ago|earlier|later|before|prior|from\s+now|hence)\b",
    ),
    Rule(
        "year-ago",
        r"\b(?:the\s+)?year[- ](?:ago|earlier)(?:\s+(?:period|quarter|level|results?))?\b",
        h_year_ago,
        ("ago",),
    ),
    Rule(
        "duration",
        rf"(?:(?P<mod>{MODW})\s+(?!the\b))?(?:the\s+)?(?:(?P<dir>past|last|next|coming|previous|following|first|final"
        rf"|latest|remaining|same|full|entire|whole|additional|further)\s+)?"
        rf"(?:(?P<num>{NUM})\s+)?"
        r"(?:more\s+|additional\s+|full\s+|straight\s+|consecutive\s+|trading\s+|business\s+|calendar\s+)?"
        rf"(?P<unit>{UNIT})s?(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?\b(?!-old|\s+old\b)"
        rf"|(?P<num2>{NUM})-(?P<unit2>{UNIT})(?:s)?(?![-\w])",
        lambda m, c: h_duration_any(m, c),
        ("unit", "units"),
        32,
    ),
    Rule(
        "plural-units",
        r"(?:(?:the\s+)?(?P<rel>recent|coming|past|next|last|ensuing|following|intervening|previous|subsequent)\s+)?"
        r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b(?!\s+(?:old|ago)\b)",
        h_plural_units,
        ("units",),
    ),
    Rule("reference-word", _REF_PATTERN, h_ref, ("ref",)),
    Rule(
        "set",
        rf"\b(?:(?:every|each|per)\s+(?:other\s+)?(?P<unit>day|week|weekend|month|year|quarter|hour|morning|evening"
        rf"|night|afternoon|summer|winter|spring|fall|autumn|{WEEKDAY_ANY_CASE}|{MONTH_ANY_CASE})"
        r"|daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semiannually|biannually)\b",
        h_set,
        ("set",),
    ),
    Rule(
        "time",
        rf"(?:(?P<mod>about|around|approximately|roughly)\s+)?"
        rf"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>{AMPM})|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)"
        rf"(?=\s*(?:{ZONE}|local\s+time|hours|h\b))|(?P<mil>[01]\d[0-5]\d|2[0-3][0-5]\d)(?=\s*(?:{ZONE}|hours|hrs|local\s+time)\b)"
        rf"|(?P<word>noon|midnight|midday))"
        rf"(?:\s*\(?(?:{ZONE})\)?)?(?:\s+(?:local\s+time|Eastern(?:\s+(?:Standard|Daylight))?\s+Time))?"
        rf"(?:\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<rd>today|yesterday|tomorrow|tonight))"
        rf"|,?\s+(?:on\s+)?(?:(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})|(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<mon2>{MONTH}))"
        rf"(?:\s*,?\s*(?P<year>{YEAR}))?)?\b",
        lambda m, c: h_time_any(m, c),
        ("clock", "y4", "clock-word"),
    ),
    Rule(
        "holiday",
        rf"(?:(?P<rel>last|next|this|this\s+past|coming|past)\s+)?(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s"
        rf"(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Independence\s+Day|Labor\s+Day"
        rf"|Memorial\s+Day|Election\s+Day|Halloween|Valentine['’]s\s+Day|Veterans\s+Day|Boxing\s+Day"
        rf"|St\.\s+Patrick['’]s\s+Day)(?:,?\s+(?P<year>{YEAR}))?\b",
        h_holiday,
        ("holiday",),
    ),
]


_FRACTION_OF = re.compile(
    r"\s+of\s+(?!(?:the\s+|this\s+|last\s+|fiscal\s+)*(?:year|\d{4})\b)", re.I
)
"""After "a quarter": "of" something other than a year makes it a fraction."""
_ORDINAL_SECOND = re.compile(
    r"\s+(?!(?:or|and|ago|later|earlier|before|after|to|of|in|longer|more)\b)[a-z]", re.I
)
"""After "a second": a noun makes it the ordinal ("a second group", "a second term")."""


def h_duration_any(m: re.Match[str], ctx: Ctx) -> Hit | None:
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
        and _FRACTION_OF.match(after)
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
    return h_duration(m, ctx)


def h_time_any(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Normalise the alternative group names of the time rule, then resolve."""
    g = m.groupdict()
    if g.get("h2") is not None:
        if (int(g["h2"]), int(g["mi2"] or 0)) == (0, 0):
            return None  # "0:00" of a media player
        g["h"], g["mi"] = g["h2"], g["mi2"]
    return h_time(g, ctx)


# Words that a rule may take as context but that TimeBank leaves outside a TIMEX3.
LEADING_TRIM = re.compile(r"^(?:for|on|in|at|since)\s+", re.IGNORECASE)
