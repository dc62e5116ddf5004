"""A date taken out of the title's clause, with the words that only placed it.

"Police arrested him on Friday" → "Police arrested him"; "died in last Tuesday's quake"
keeps "in the quake" (the date names which quake); "as early as last January" keeps its
date, which is an object (:mod:`generator.ingest.headline` makes titles with it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator import fastre
from generator.ingest.clauses import CONSEQUENCE
from generator.ingest.modifiers import WEEKDAY, is_modifier, tail_start
from generator.ingest.title_finish import single_spaced

RECENT = 64
"""How many recent answers :func:`remove_date`, :func:`without_placing` and
:func:`names_which` keep. One headline asks them the same question several times (the
participle's test, the clause's, the sentence's: about a third of the calls repeat one of
the same headline), and nothing between two headlines."""

names_which = lru_cache(maxsize=RECENT)(is_modifier)
""":func:`~generator.ingest.modifiers.is_modifier`, its recent answers kept (see
:data:`RECENT`)."""

DATE_PREPOSITIONS = fastre.compile(
    r"\b(?:(?:just|only|shortly|soon|right|well|long|early|late|later|earlier)\s+)?"
    r"(?:in|on|at|by|since|during|until|from|of|for"
    r"|as of|starting|beginning|after|before|around|about|throughout|through|till)"
    r"(?:\s+(?:the|early|mid|late|the end of|the start of))?\s*$"
    r"|\b(?:only|just)\s*$",  # "And only yesterday, the Sun published …": not "Only the Sun"
    re.I,
)
"""Words that only placed the date after them ("on", "early in", "as of")."""
PLACING_WORDS = 6
"""Most words a :data:`DATE_PREPOSITIONS` match spans ("just after the end of", "as of")."""


@lru_cache(maxsize=RECENT)
def without_placing(text: str) -> str:
    """``DATE_PREPOSITIONS.sub("", text)``, searched in the last words of ``text`` only.

    A match ends the text and spans at most :data:`PLACING_WORDS` words, so it lies in
    the last eight; searched whole, the pattern is tried at every word of a long text.
    The cut is at white space, where no match starts and no ``\\b`` looks across. A match
    ends on one of :data:`PLACING_ENDS`: an ASCII last word that ends on none has none (two
    texts in five). An ASCII tail is searched lower-cased by the pattern without
    ``re.IGNORECASE`` (its words are lower-case), three times quicker in ``re``.
    """
    parts = text.rsplit(None, PLACING_WORDS + 2)
    last = parts[-1] if parts else ""
    if last.isascii() and not last.lower().endswith(PLACING_ENDS):
        return text
    cut = len(parts[0]) if len(parts) > PLACING_WORDS + 2 else 0
    tail = text[cut:]
    if not tail.isascii():  # a non-ASCII letter may match one folding case ("ſince")
        return text[:cut] + DATE_PREPOSITIONS.sub("", tail)
    found = _LOWER_DATE_PREPOSITIONS.search(tail.lower())  # one at most: it ends the text
    return text if found is None else text[:cut] + tail[: found.start()] + tail[found.end() :]


PLACING_ENDS = tuple(
    """in on at by since during until from of for starting beginning after before around
    about throughout through till the early mid late only just""".split()
)
"""The last words of the :data:`DATE_PREPOSITIONS` alternatives: each match ends on one."""
_LOWER_DATE_PREPOSITIONS = re.compile(DATE_PREPOSITIONS.pattern)
""":data:`DATE_PREPOSITIONS` without ``re.IGNORECASE``, for lower-cased ASCII text."""


_PREPOSITION_END = re.compile(r"\b(?:in|on|at|by|since|during|until|from|of|after|before)$", re.I)
"""A preposition ending the words before a date that names a thing ("died in | last Tuesday's")."""
_POSSESSIVE = re.compile(r"^[’']s\b")
"""A possessive's "'s" left after the date."""


_NEEDS_OBJECT = fastre.compile(
    r"\b(?:to|and|or|nor|as|than|ending|between|including|like|per|versus|vs\.)\s*$", re.I
)
"""Words before a date that need it as their object: removing it would leave a hole."""
_OPENS_WITH_PREPOSITION = re.compile(r"(?:on|in|at|during|by|since|until|from)\s", re.I)
"""A date that is its own adjunct ("and on Friday, he signed"): it goes whatever precedes it."""


_RITE = re.compile(r"\s+(?:prayers?|sermons?|mass|services?|worship)\b")
"""A weekly rite after its weekday."""


@lru_cache(maxsize=RECENT)
def remove_date(text: str, date_text: str) -> str:
    """``text`` without ``date_text`` and the words that only placed it ("on", "early on",
    a second day joined to it), keeping what a date naming a thing needs ("in the quake")."""
    index = text.find(date_text)
    if index < 0:
        return text
    after_raw = text[index + len(date_text) :]
    head = text[:index]  # sliced once: the cache keys and comparisons below share it
    if WEEKDAY.fullmatch(date_text) and _RITE.match(after_raw):
        return text  # "after Friday prayers": a weekday's rite, not a day ("the prayers")
    opens = _OPENS_WITH_PREPOSITION.match(date_text) is not None  # asked once, used thrice
    if names_which(date_text, after_raw, head):
        # "died in last Tuesday's quake", "in the 12 January earthquake": the date names
        # which quake; without it the phrase still needs its preposition and article
        before = head.rstrip()
        if _PREPOSITION_END.search(before):
            before += " the"
    else:
        before = without_placing(head)
        if opens:
            before = _TIME_ADVERB.sub("", before)  # "said early | on Wednesday | that"
        if (
            before == head
            and _NEEDS_OBJECT.search(before, tail_start(before, 1))  # one word ends it
            and not opens
        ):
            return text  # "as early as last January", "to July 31": the date is an object
    after = _POSSESSIVE.sub("", after_raw) if after_raw[:1] in "’'" else after_raw  # its mark
    if _ends_with_for(text, index) and _READY_FOR.search(text, 0, index):
        return text  # "readied themselves | for Sunday": what they readied for is the date
    if _NOTHING_MORE.match(after) and _BARE_FUTURE.search(before):
        return text  # "its last flight will depart | on Saturday": the date is the news
    if names_a_plan(before, after):  # "elections due to be held | on 28 February | will be
        # postponed": without its date the phrase says nothing
        cut = tail_start(before, _PLAN_WORDS)
        before = before[:cut] + _SCHEDULED_FOR.sub("", before[cut:])
    if before != head or opens:  # a day joined
        after = _JOINED_DAY.sub("", after)  # to it goes too: "on Monday | and Wednesday"
    comma = "," if after.lstrip().startswith(",") and CONSEQUENCE.match(after.lstrip(" ,")) else ""
    joined = f"{before.rstrip(' ,')}{comma} {after.lstrip(' ,')}"  # "died in Texas, becoming …"
    return single_spaced(joined).strip(" ,")


def names_a_plan(before: str, after: str) -> bool:
    """Whether the date between ``before`` and ``after`` only places a planned thing named
    in the subject ("parliamentary elections due to be held | on 28 February | will be
    postponed"): the sentence's verb comes after it and tells of another day."""
    return bool(  # the verb first: anchored, it is the quicker test
        _VERB_NEXT.match(after) and _SCHEDULED_FOR.search(before, tail_start(before, _PLAN_WORDS))
    )


_SCHEDULED_FOR = fastre.compile(
    r"\s+(?:(?:that|which)\s+(?:is|are|was|were)\s+|,\s+)?(?:due\s+to\s+(?:be\s+held|take\s+place"
    r"|start|begin|open)|scheduled(?:\s+(?:for|to\s+(?:be\s+held|take\s+place|start|begin)))?"
    r"|set\s+for|planned\s+for|slated\s+for|originally\s+(?:scheduled|planned)(?:\s+for)?)"
    r"(?:\s+(?:on|in|at|by))?\s*$",
    re.I,
)
"""What only placed a planned thing at the removed date ("elections due to be held | on 28
February"): it goes with the date when the sentence's verb follows."""
_PLAN_WORDS = 8
"""More words than a :data:`_SCHEDULED_FOR` match spans ("that is due to take place on"): it
opens on white space and ends the text, so it lies in the last ones
(:func:`~generator.ingest.modifiers.tail_start`)."""
_VERB_NEXT = re.compile(r"^[\s,]*(?:will|would|has|have|had|was|were|is|are|could|may|might)\b")
"""An auxiliary right after the removed date: the main clause's verb."""
_JOINED_DAY = re.compile(
    r"^\s*(?:and|or|to|through)\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?!\d))\b"
)
"""A second day joined to the removed one ("on Friday | and Saturday", "from 1 | to 3 May")."""
_BARE_FUTURE = fastre.compile(
    r"\b(?i:will|would|shall|must|(?:has|have|had|is|are|was|were|expected|set|due|likely"
    r"|going|able)\s+to)(?:\s+(?:not|be|have|been))*\s+[a-z]+\s*$"
)
"""A verb to come, with nothing after it but the date ("will depart | on Saturday", "aid had
to arrive | by Thursday evening"): without its date it says nothing."""


def _ends_with_for(text: str, index: int) -> bool:
    """Whether ``text[:index]`` ends on "for" and white space, as every :data:`_READY_FOR`
    match does: a slice and a comparison rule out most texts before the pattern's search,
    which tries every position."""
    head = text[:index]
    tail = head.rstrip()
    return len(tail) < len(head) and tail[-3:].lower() == "for"


_READY_FOR = re.compile(
    r"\b(?:(?:readie[sd]|readying|brac(?:e[sd]?|ing)|prepar(?:e[sd]?|ing)|gear(?:s|ed|ing)?\s+up)"
    r"(?:\s+(?:themselves|himself|herself|itself|ourselves))?"
    r"|(?:themselves|himself|herself|itself|ourselves))\s+for\s+$",
    re.I,
)
"""A verb of getting ready and its "for" right before the date ("employees readied themselves
| for Sunday", "Cairo braced | for Friday"): the date is what they readied for."""
_NOTHING_MORE = re.compile(r"^\s*(?:[,.;:!?\"”’)]|$)")
"""The clause ends right after the date."""
_TIME_ADVERB = re.compile(r"\s+(?:early|late|later|earlier)\s*$", re.I)
"""An adverb that only placed the date after it in the day ("early on Wednesday")."""
