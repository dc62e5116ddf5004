"""Clause-level tense cues: which way a relative date points ("fell in March", "will meet in May").

:func:`find_cues` lists the words of a sentence that signal a tense (a past
form, "will", "scheduled to", a present "ends") and :func:`governing_tense`
picks the cue that governs an expression. :mod:`generator.temporal.context`
caches the cues per sentence; :mod:`generator.temporal.resolve` uses the
tense to choose between the previous and the next "March".
"""

from __future__ import annotations

import re

from generator import fastre
from generator.temporal.lexicon import alternation

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
_DIRECTIVES = {
    "called", "calls", "urged", "urges", "asked", "asks", "told", "ordered", "orders",
    "invited", "invites", "encouraged", "encourages", "instructed", "summoned",
}  # fmt: skip
"""Verbs whose object's ``to``-infinitive points ahead: "urged supporters to march Friday"."""
_PLANNERS = _DIRECTIVES | {
    "call", "calling", "urge", "urging", "organizing", "organising", "organize", "organise",
    "planning", "preparing", "prepare", "scheduled", "slated", "set", "arranged", "arranging",
}  # fmt: skip
"""Verbs of asking for or arranging something: a weekday in their object lies ahead."""
_WEEKDAY_CUES = fastre.Scan()
"""One RE2 scan of a sentence answers the prefilters of the three weekday cues below (each
needs a weekday name): asked of every sentence :func:`find_cues` reads, three scans cost
more than the one."""
_PLANNED_DAY = fastre.compile(
    r"\b(?:for|after|before|until)\s+(?:next\s+)?(monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b",
    scan=_WEEKDAY_CUES,
)
"""A weekday that names when the asked-for or arranged thing happens ("protests after
Friday prayers", "a march for Tuesday"); "called for calm on Friday" is not one. (This
and the two other weekday cues are rare: RE2 refuses most sentences first.)"""
_AWAITED_DAY = fastre.compile(
    r"\b(?:brac(?:ed|ing|es?)\s+for|ahead\s+of|run-up\s+to|in\s+preparation\s+for"
    r"|await(?:ed|ing|s)?)\b(?![^.;:]*\b(?:last|past|previous)\s+(?:mon|tues|wednes|thurs|fri"
    r"|satur|sun)day)(?:\s+[\w'’\"“”-]+){0,8}?\s+(?<!\bon\s)(monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)\b",
    scan=_WEEKDAY_CUES,
)
"""A weekday that names what was awaited ("braced for a march of millions in protests
Tuesday", "ahead of the first meeting Wednesday"): it lies ahead of the report. Not past
a comma, nor "on Sunday" (the main clause's own day: "Ahead of the trip, … on Sunday issued")."""
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
_AS_PHRASES = {"expected", "planned", "scheduled", "promised", "announced", "reported", "agreed"}
"""Words that make a comment with "as" ("as expected"), not the clause's verb."""
_FUTURE_ED = {"scheduled", "expected", "planned", "projected", "slated"}
_SUBJECT_PRONOUNS = {"it", "he", "she", "they", "we", "i"}
"""Subjects before which such a word is the clause's own past verb ("it expected to …")."""
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
    r"(?<![a-z'’])(?:" + alternation(sorted(_CUE_WORDS)) + r"|(?<!-)[a-z]+(?:ed|['’]ll))(?![a-z'’])"
)
"""A possible tense cue in lower-cased text, as a whole word of :data:`_WORD`; an "-ed"
after a hyphen ends an adjective ("color-coded", "U.S.-backed"), no verb."""
_NEXT_WORD = re.compile(r"[^a-z]*([a-z]+(?:['’][a-z]+)?)")
"""The word after a position in lower-cased text."""


_CALLED_FOR_DAY = fastre.compile(
    r"\b(?:(?:is|are|am)\s+(?:\w+\s+)?(?:calling|urging|pressing)|calls|urges"
    r"|(?<!was\s)(?<!were\s)(?<!been\s)(?:calling|urging))\s+for\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|strikes?"
    r"|sit-ins?|boycotts?|vigils?|elections?|votes?|talks|meetings?)\s+(?:on\s+)?"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    scan=_WEEKDAY_CUES,
)
"""A weekday of a gathering that someone now calls for ("opposition movements are calling for
mass protests on Saturday", "a Facebook page has surfaced calling for a protest Thursday"): it
lies ahead of the call. A past "called for protests on Friday" (or "were calling for") may
tell of protests held since, so only the present counts."""


def classify_cue(word: str, prev: str, prev2: str, nxt: str = "") -> str | None:
    """The tense a word signals in context: ``future``, ``past``, ``present`` or None."""
    if (word, nxt) in _NOT_CUE_BIGRAMS and not (word == "due" and prev in _BE_WORDS):
        return None  # "due to rain" is a cause, "is due to visit on Sunday" a schedule
    if prev == "as" and word in _AS_PHRASES:
        return None  # "is ending it in April, as expected": a comment on the clause, no tense
    if (prev, word) in _FUTURE_BIGRAMS:
        if prev2 in _DETERMINERS:
            return None  # "their offers to buy": a noun, no tense
        if prev2 == "had" or (prev in _FUTURE_ED and prev2 in _SUBJECT_PRONOUNS):
            return "past"  # "had hoped to raise £500 by cycling on Sunday", "said it expected
            # to reach 60,000 people on Sunday": a past plan
        return "future"
    if word in _FUTURE_WORDS or word.endswith(("'ll", "’ll")):
        if (word in _FUTURE_ED or word == "due") and prev in ("was", "were", "had", "been"):
            return "past"  # "was scheduled to", "had been expected", "had been due to arrive"
        if word in _FUTURE_ED and prev in _SUBJECT_PRONOUNS:
            return "past"  # "said it expected to reach 60,000 people on Sunday": its own past
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
        if prev in _ARTICLES or prev in _DETERMINERS:
            return None  # "the remains of a school", "its plans": a noun
        return "present"
    return None


AHEAD = "ahead"
"""Cue kind of a directive's ``to`` ("urged them to march"): future for what comes after it."""
AFTER_WEIGHT = 3
"""How much farther a tense cue after an expression counts than one before it."""
CLAUSE_COST = 30
"""Extra distance for each clause mark between a cue and the expression."""
_THAT = re.compile(r"\bthat\b", re.I)
"""The word that opens a clause of what was said: a cue after it is that clause's tense."""


def find_cues(segment: str) -> list[tuple[int, int, str]]:
    """The tense cues of a lower-cased sentence: (start, end, kind), offsets in ``segment``.

    An auxiliary yields to the verb after it ("were planning", "had been").
    """
    cues = []
    for m in _CUE_CANDIDATE.finditer(segment):
        word, ws, we = m.group(), m.start(), m.end()
        before = _WORD.findall(segment, max(0, ws - 48), ws)
        prev = before[-1] if before else ""
        prev2 = before[-2] if len(before) > 1 else ""
        after = _NEXT_WORD.match(segment, we)
        nxt = after.group(1) if after else ""
        if word in _AUXILIARIES and nxt and classify_cue(nxt, word, prev) is not None:
            continue  # "were planning", "had been": the verb after decides
        if word == "to" and nxt.isalpha() and any(w in _DIRECTIVES for w in before[-6:]):
            # "called for its followers to demonstrate Friday"; but in "called on them
            # Friday to refrain" the day is the call's: this cue only governs what follows it
            cues.append((ws, we, AHEAD))
            continue
        kind = classify_cue(word, prev, prev2, nxt)
        if kind is not None:
            cues.append((ws, we, kind))
    for m in _PLANNED_DAY.finditer(segment):
        before = _WORD.findall(segment, max(0, m.start() - 64), m.start())[-8:]
        if any(w in _PLANNERS for w in before):
            cues.append((m.start(), m.start(1), "future"))  # "organizing a march for Tuesday"
    for m in _AWAITED_DAY.finditer(segment):
        cues.append((m.start(1) - 1, m.start(1), "future"))  # "braced for protests Tuesday"
    for m in _CALLED_FOR_DAY.finditer(segment):
        cues.append((m.start(1) - 1, m.start(1), "future"))  # "are calling for protests Saturday"
    return sorted(cues)


def governing_tense(
    text: str,
    start: int,
    end: int,
    cues: list[tuple[int, int, str]],
    skip: frozenset[str] = frozenset(),
) -> str | None:
    """``past``, ``future``, ``present`` or None: the cue governing ``text[start:end]``.

    ``cues`` are the sentence's (start, end, kind), offsets in ``text``. The
    nearest cue wins, cues after the expression counting :data:`AFTER_WEIGHT`
    times their distance (the governing verb usually comes first in news
    English: "fell in March", "will meet in May"), and each clause mark
    (comma, semicolon, parenthesis) in between adds :data:`CLAUSE_COST`.
    Cue words in ``skip`` (lower case) are not counted.
    """
    best: tuple[int, str] | None = None
    for ws, we, kind in cues:
        if start <= ws < end:
            continue
        if kind == AHEAD:
            if we > start:
                continue  # an asked-for act's "to" does not reach back over the expression
            kind = "future"
        if skip and text[ws:we].lower() in skip:
            continue
        if we <= start:
            gap = text[we:start]
            dist = len(gap)
        else:
            gap = text[end:ws]
            if _THAT.search(gap):
                continue  # "Mubarak's announcement Tuesday that he will …": another clause's
            dist = AFTER_WEIGHT * len(gap)
        dist += CLAUSE_COST * sum(gap.count(p) for p in ",;:()–—")
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best[1] if best else None
