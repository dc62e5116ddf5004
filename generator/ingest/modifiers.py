"""Dates that name a thing rather than date a clause: "Tuesday's quake", "the 12 January
earthquake", "after Friday prayers".

Such a date says which happening (or which prayers) the sentence speaks of: a headline
keeps the noun it modifies, and a mention dated by it is told of that happening
(:func:`modified_noun`), which merging joins to the day's direct report of it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from generator import fastre
from generator.dates import PartialDate
from generator.errors import DateError
from generator.ingest.page_text import normalize
from generator.ingest.verbs import first_verb, has_verb
from generator.ingest.words import stem

HAPPENING_NOUNS = {
    **{
        w: w
        for w in """earthquake storm hurricane flood attack bombing blast explosion shooting raid
        strike protest demonstration rally march election vote referendum meeting talks summit
        speech announcement decision verdict trial hearing funeral concert crash coup uprising
        revolution invasion war riot clash ceremony inauguration resignation death killing
        massacre outbreak cyclone tsunami eruption fire report study survey census inquiry
        investigation ruling""".split()
    },
    "demonstration": "protest",
    "protester": "protest",
    "demonstrator": "protest",
    "quake": "earthquake",
    "tremor": "earthquake",
    "polls": "election",
    "address": "speech",
}
"""Nouns of happenings a date can name ("Tuesday's quake"), each with the word for its kind."""


def modified_noun(sentence: str, date_text: str) -> str | None:
    """The kind of happening a date names when it modifies a noun, else None.

    "… died in Tuesday's 7.0-magnitude quake" → "earthquake": the sentence dates the
    quake, and what it says besides (the deaths) is told of that happening.
    """
    index = sentence.find(date_text)
    text = sentence
    if index < 0:
        text = normalize(sentence)
        index = text.find(date_text)
        if index < 0:
            return None
    after = text[index + len(date_text) :]
    before = text[:index]
    named_of = None if _YEAR.search(date_text) else _OF_BEFORE.search(before, tail_start(before, 2))
    if named_of and (kind := happening_kind(named_of.group(1))):
        return kind  # "revenge for the terrorist attacks of September 11": which year's?
    if after[:1] not in ("'", "’", " ") or not is_modifier(date_text, after, before):
        return None
    for word in re.findall(r"[A-Za-z]+", after)[:5]:
        kind = happening_kind(word)
        if kind:
            return kind
    return None


_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+$")
"""A noun whose "of" a day follows ("the attacks of | September 11", "the elections of | 30
January"): the day names that happening, whose year the sentence does not say (tried at the
last two words only: :func:`tail_start`)."""
_YEAR = re.compile(r"\b\d{4}\b")


_SUBJECT_BEFORE = re.compile(
    r"^\W*(?:\d{3,4}\s+)?(?:[A-Z][^a-z]{0,40}?(?:\([^)]{1,20}\))?\s*(?:--?|—|–)\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,5}?[\w'’-]+,\s+)?(?i:(?:and|but|so|yet|then|meanwhile|however),?\s+)?"
    r"(?i:the\s+)?$"
)
"""What may stand before a possessive date that opens the sentence's subject: a dateline or
clock, a lead-in ("In Cairo, "), a connective ("But "), "the"."""
_ARTICLE_OPENING = re.compile(r"(?i)(?:the|a|an)\s")
"""An article the date expression itself opens with ("the 12 January")."""
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_STRUCK_BY = re.compile(
    r"\b(?:hit|struck|rocked|shaken|jolted|devastated|battered|killed|injured|affected|caught"
    r"|felt)\s+by\s+$",
    re.IGNORECASE,
)
"""Verbs by whose agent a sentence tells the happening itself or its toll ("hit by
Wednesday's aftershock", "killed by Tuesday's quake", "affected by …"); after others
("buildings flattened by Tuesday's earthquake") it tells what followed."""
_TAKING_PART = re.compile(r"\b(?:at|in|during|by|on|amid|into)\s+$", re.IGNORECASE)
"""A preposition before a possessive date that puts the clause inside that happening: "speaks
at Tuesday's summit", "published in Saturday's Guardian", "hit by Wednesday's aftershock"."""


def named_in_passing(sentence: str, start: int, end: int, kind: str = "") -> bool:
    """True for a date (``sentence[start:end]``) that names a happening inside the sentence
    rather than opening its subject: a possessive ("Wednesday's attacks"), or a date
    between "the" and a noun of a happening ``kind`` ("the July 7 attacks").

    "Saturday's crash killed 148 people" tells the crash, so the sentence is its report,
    and "spoke at Tuesday's summit" happened inside the summit; "Ahmed Shafiq said
    Wednesday's attacks would be investigated", "The band have postponed Sunday's shows",
    "organisers of Sunday's awards have pledged", "the men responsible for the 7 July
    bombs" and "drugs which led to the singer's death in June 2009" tell something else,
    whose day is not that one.

    The two patterns that end with the words before the date are tried only at those words'
    places (:func:`tail_start`), not at every place of a long sentence.
    """
    before = sentence[:start]
    weekly = _NOUN_AFTER.match(sentence, end)
    if weekly and WEEKDAY.fullmatch(sentence[start:end]) and happening_kind(weekly.group(1)):
        return True  # "the first of several massive Friday protests": which ones, in passing
    last = tail_start(before, 4)  # its last four words, where a start must be said
    began = (
        _BEGAN_BEFORE.search(before, last)
        if "beg" in before[last:] or "start" in before[last:]  # "beginning", "started" …
        else None
    )
    if began and happening_kind(began.group(1)):
        return True  # "the Cairo protests beginning January 25": which protests, in passing
    after_noun = _NOUN_BEFORE.search(before, tail_start(before, 2))  # its last two words
    if after_noun and happening_kind(after_noun.group(1)):
        head = before[: after_noun.start()]  # "led to the singer's death in June 2009"
        return has_verb(head.split()) and bool(_PASSING_PHRASE.search(head))
    possessive = _DATE_MODIFIER.match(sentence[end:]) is not None
    article = _ARTICLE_BEFORE.search(before) or _ARTICLE_OPENING.match(sentence, start, end)
    if not possessive and not (kind and article):
        return False
    before = _ARTICLE_BEFORE.sub("", before)  # "in the 12 January earthquake": in it
    if _SAID_BEFORE.search(before):
        return True  # "Bellerive says … may have been killed by Tuesday's earthquake": his word
    if _BY_BEFORE.search(before):  # "hit by Tuesday's quake" tells it; "flattened by" its toll
        return not _STRUCK_BY.search(before)
    return not _SUBJECT_BEFORE.match(before) and not _TAKING_PART.search(before)


_SAID_BEFORE = re.compile(
    r"\b(?:says|said|say|tells|told|believes|believed|estimates|estimated|thinks|thought"
    r"|fears|feared|warns|warned|claims|claimed)\b",
    re.IGNORECASE,
)
"""A saying before a named happening: the sentence tells what someone said of it."""
_PASSING_PHRASE = re.compile(
    r"\b(?:to|after|following|since|before|of|over|about|against|from)\s+(?:[\w.'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""A preposition that makes the happening the background of the clause ("led to the
singer's death", "arrived after the quake"); not a direct object ("began their first
meeting on Tuesday") nor "in", "at" or "by" ("killed in an attack", "hit by a quake")."""
_BEGAN_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:(?:that|which)\s+)?(?:beginning|starting|began|started)\s+(?:on\s+)?$"
)
"""A happening noun and its start right before the date ("the protests beginning")."""
_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+(?:in|on)\s+$")
"""A noun right before the date's preposition: the date says when that happened ("the
singer's death in June 2009"), and a verb before the noun tells something else."""


def happening_kind(word: str) -> str | None:
    """The kind of happening a noun names ("quakes" → "earthquake"), or None."""
    word = word.lower()
    return (
        HAPPENING_NOUNS.get(word)
        or HAPPENING_NOUNS.get(word.rstrip("s"))
        or HAPPENING_NOUNS.get(f"{word}e")  # a stem: "quak" of "quakes"
    )


@lru_cache(maxsize=1 << 14)
def told_kinds(title: str) -> frozenset[str]:
    """The kinds of happening ``title`` tells: those its nouns name ("… attack each other"),
    a participant's ("protesters") only as its subject ("Protesters gathered …"; not "… were
    attacked by pro-Mubarak demonstrators", an attack), none a verb of preparing or barring
    governs ("… helped mobilize the first protest", :data:`_PREPARING`)."""
    words = [w.strip(".,;:!?\"'“”‘’()") for w in title.split()]
    verb = first_verb(words)
    return frozenset(
        kind
        for i, word in enumerate(words)
        if (kind := happening_kind(stem(word.lower())))
        and (verb is None or i < verb or not _PARTICIPANT.search(word.lower()))
        and (verb is None or i < verb or _PREPARING.isdisjoint(words[max(verb, i - 4) : i]))
    )


_PARTICIPANT = re.compile(r"(?:er|or)s?$")
"""The ending of who takes part in a happening ("protesters", "demonstrator")."""
_PREPARING = frozenset(
    """mobilize mobilise mobilized mobilised organize organise organized organised plan planned
    planning call called calling urge urged announce announced cancel cancelled canceled
    postpone postponed ban banned forbid forbade prepare prepared""".split()
)
"""Verbs of making, calling off or barring a happening: "helped mobilize the first protest"
tells the mobilizing, "forbade protests" the ban, not the protest."""


def is_modifier(date_text: str, after: str, before: str = "") -> bool:
    """True if the date names which thing ("last Tuesday's quake", "the 12 January earthquake",
    "after Friday prayers", "before the July 7 London bombings": ``before`` is the text
    before the date)."""
    if _DATE_MODIFIER.match(after):
        return True
    if _THE_OPENING.match(date_text) is not None:
        return _WORD_AFTER.match(after) is not None and not _VERBISH.match(after)
    last = tail_start(before, 2)  # both patterns end "before" and span two words at most
    if _ARTICLE_BEFORE.search(before, last) and not _VERBISH.match(after):
        noun = _NAMED_NOUN_AFTER.match(after)
        if noun and noun.group(1) not in _NOT_A_NOUN and not noun.group(1).endswith("ly"):
            return True
    if not WEEKDAY.fullmatch(date_text) or _ON_BEFORE.search(before, last):
        return False  # only a weekday names a noun's; "on Monday ministers plunged into …":
        # when, not which ministers
    noun = _NOUN_AFTER.match(after)
    return bool(
        noun
        and noun.group(1) not in _NOT_A_NOUN
        and not noun.group(1).endswith(("ed", "ly"))
        and not _VERBISH.match(after)
    )


def tail_start(text: str, words: int) -> int:
    """Where the last ``words`` words of ``text`` start, the white space before them included
    (0 when it has no more words).

    A pattern that ends with the text (``$``), spans at most ``words`` words and opens on
    white space or a word (after ``\\b``) has every match there: ``pattern.search(text,
    tail_start(text, words))`` finds what ``pattern.search(text)`` finds (``\\b`` and
    lookbehinds still see the characters before ``pos``), with ``re`` trying the last words'
    positions only, not every position of a long text. One ``str.rsplit`` in C finds them.
    """
    parts = text.rsplit(None, words)
    return len(parts[0]) if len(parts) > words else 0


_THE_OPENING = re.compile(r"(?i)the\s")
"""A date that opens on "the" ("the 12 January")."""
_WORD_AFTER = re.compile(r"\s+[a-z]+\b")
"""A lowercase word right after a date: the noun it names ("the 12 January earthquake")."""
_ARTICLE_BEFORE = fastre.compile(
    r"\b(?:the|a|an)\s+(?:(?:scheduled|planned|expected|promised"
    r"|delayed|postponed|disputed|historic|landmark)\s+)?$",
    re.I,
)
"""An article right before a date, or with a word of its plan between: what follows the date
is its noun ("the May 31 election", "ahead of the scheduled January 30 elections")."""
_ON_BEFORE = fastre.compile(r"\bon\s*$", re.I)
"""The preposition of a day right before a weekday: the weekday says when."""
_NAMED_NOUN_AFTER = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}([a-z]+)\b")
"""The first lowercase word after a date, over a name ("July 7 London bombings")."""
WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
"""A weekday's name, as a date's whole text ("Friday protests", "after Friday prayers")."""
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
_NOT_A_NOUN = frozenset(
    """and or but nor to in on at of for with by from as when after before that which who while
    night morning afternoon evening the a an it he she they we this its his her their there than
    if so night against over amid despite during near outside inside into across through under
    without within toward towards about around following ahead alongside because since until
    till upon via also again still too even just then now already""".split()
)
"""Words after a weekday that do not make it a noun's modifier ("on Friday and …")."""
_DATE_MODIFIER = re.compile(r"^[’']s\b")
"""A date in the possessive modifies a noun ("last Tuesday's quake")."""
_VERBISH = re.compile(
    r"\s+(?:is|was|were|are|has|have|had|will|would|said|says|saw|began|ended|when|as|and)\b"
)
"""Words after a date that show it is an adverbial, not a modifier of a noun."""


PAST_KINDS = frozenset(
    """attack bombing blast explosion shooting massacre killing death crash earthquake tsunami
    eruption flood storm hurricane cyclone fire riot clash coup invasion uprising revolution
    outbreak""".split()
)
"""Kinds of happening nobody schedules: one a date names ("the September 11 attacks") has
happened by the time it is reported."""


def already_happened(
    date: PartialDate, timex_text: str, published: PartialDate | None
) -> PartialDate | None:
    """``date`` of a happening that cannot lie ahead, or None when its year is unknown.

    A date after ``published`` whose year was not written moves a year back when that
    is recent (:data:`RECENT_DAYS`: "the December 26 tsunami" in February 2005 is 2004's);
    further back the article names a date whose year it leaves to the reader ("the
    September 11 attacks" in August 2005), and the mention dates nothing.
    """
    if (
        published is None
        or date.compatible(published)
        or date.sort_key() < published.sort_key()
        or re.search(r"\d{4}|['’]\d{2}\b", timex_text)
    ):
        return date
    try:
        earlier = replace(date, year=date.year - 1)
    except DateError:
        return None  # 29 February
    if (published.first_day() - earlier.first_day()).days > RECENT_DAYS:
        return None
    return earlier


RECENT_DAYS = 183
"""How far back a past happening named by a yearless date may lie to take last year's."""
