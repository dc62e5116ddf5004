"""How long a headline runs, and where a longer sentence is cut to make one.

A headline is at most :data:`MAX_WORDS` words cut from its sentence, or up to
:data:`LONGEST_WORDS` when that much ends where the sentence's phrase ends: judges
call a title cut before its object ("advised against all", "the offices of Jackson's
doctor as part") no headline, and a whole clause of 17 words a good one.
"""

from __future__ import annotations

import re
from itertools import compress, count

from generator import fastre
from generator.ingest.verbs import AUXILIARIES, IRREGULAR_PAST, has_verb, is_verb

MAX_WORDS = 15
"""Longest headline cut from a longer sentence, in words."""
LONGEST_WORDS = 18
"""Longest headline that ends where its sentence's phrase ends (see :func:`phrase_end`)."""
MIN_WORDS = 3
"""A clause shorter than this is not a headline on its own."""
_CUT_BEFORE_WORDS = (
    "and but or to for with in on at from by of that which who as after before while".split()
)
"""Function words a cut may come before."""
_CUT_BEFORE = re.compile(rf"^(?:{'|'.join(_CUT_BEFORE_WORDS)})$", re.I)
"""A word of :data:`_CUT_BEFORE_WORDS`, in any case."""
_ADJUNCT_WORDS = """during amid despite since over against near outside inside across through
    under when because following aboard alongside among beyond toward towards via within
    without onto upon""".split()
"""More words that open an adjunct (where, when, why) besides those of :data:`_CUT_BEFORE`."""
_ADJUNCT = re.compile(rf"^(?:{'|'.join(_ADJUNCT_WORDS)})$", re.I)
"""A word of :data:`_ADJUNCT_WORDS`, in any case."""
_PLACE_PREPOSITIONS = frozenset("into onto through toward towards".split())
"""Prepositions that open where something went ("dropped the supplies | into a secured area")."""
_CUT_WORDS = frozenset(_CUT_BEFORE_WORDS) | frozenset(_ADJUNCT_WORDS) | _PLACE_PREPOSITIONS
"""The words of :data:`_CUT_BEFORE` and :data:`_ADJUNCT`, with :data:`_PLACE_PREPOSITIONS`:
for a lower-case ASCII word (of ``str.split``, no line break for ``$`` to match before) a set
test says what the two patterns and the set say, where ``re`` tries forty alternatives."""


def cut_point(words: list[str], last: int, first: int) -> int | None:
    """Where to cut ``words`` (at most index ``last``, more than ``first``): before the last
    function word or adjunct ("… said 149 of its members were arrested | during the
    protest"); not before the "of" a noun needs ("as part | of", "the town | of Tubruq",
    see :data:`_NEEDS_OF`), nor inside "as well as" or "all but", nor between two nouns "and"
    joins unless nothing else is found; None if there is none."""
    fallback = None
    for i in range(last, first, -1):
        word = words[i].lower()
        before = words[i - 1].lower()
        if before == "well" or (word, before) == ("but", "all"):
            continue
        if word == "of" and before.rstrip("s") in _NEEDS_OF:
            continue
        if word == "for" and needs_for(before):
            continue  # "to develop a new basis | for an H5N1 vaccine"
        if word == "with" and before in NEEDS_WITH:
            continue  # "an arrest warrant for Pervez Musharraf in connection | with …"
        if word == "at" and words[i + 1 : i + 2] in (["least"], ["most"]):
            continue  # "for at least a decade": a quantity, not a place
        if word == "as" and before in _AS_COMPLEMENT:
            continue  # "billed as one of the biggest protests"
        if word in ("before", "after") and before in TIME_SPANS:
            continue  # "only hours | before the tests": the span needs what it counts from
        if word in ("and", "or") and _numbered_pair(words, i):
            continue  # "10,053 probable | or confirmed cases": the number's noun comes later
        if [word] in _DASHES:
            return i  # "raised its alert level from three to four | - two steps short of …"
        if word in ("and", "or") and _joins_nouns(words, i):
            fallback = fallback or i
            continue  # "43 search and rescue teams", "planes and helicopters"
        if word in _PARTICLES and (before.endswith("ing") or is_verb(before)):
            continue
        if (word == "on" and before in _ON_VERBS) or (
            before == "on" and words[i - 2].lower() in _ON_VERBS
        ):
            continue  # "could go on for a decade", "called on Egypt to …"
        if (
            word in _CUT_WORDS
            if word.isascii()
            else _CUT_BEFORE.match(word) or _ADJUNCT.match(word) or word in _PLACE_PREPOSITIONS
        ):
            return i
    return fallback  # better half a pair than a cut mid-phrase


def longer_cut(words: list[str]) -> int | None:
    """Where to cut ``words`` past :data:`MAX_WORDS` (up to :data:`LONGEST_WORDS`) before a
    function word, when the words past the 15th finish a noun phrase ("… 43 search and rescue
    teams | on the ground"): no comma, dash or second clause after the verb, and no verb or
    adjective at the end."""
    cut = cut_point(words, min(LONGEST_WORDS, len(words) - 1), MAX_WORDS)
    if cut is None:
        return None
    verb = next((i for i, w in enumerate(words) if is_verb(w)), None)
    if verb is None or verb >= cut:
        return None
    for k in range(verb + 1, cut):
        w = words[k]
        if w.endswith((",", ";", ":")) or w in ("-", "--", "—", "–"):
            return None  # an aside or a second clause starts before the cut
        if w in ("and", "or") and not (_joins_nouns(words, k) or _numbered_pair(words, k)):
            return None  # "… to save Marie-France and US rescue crews worked late"
    last = words[cut - 1].lower()
    if is_verb(last) or last.endswith(("ing", "ed", "able", "ible", "ful", "ous", "ive")):
        return None  # "… a strain of the swine flu virus suitable": the phrase goes on
    return cut


def phrase_end(words: list[str]) -> int | None:
    """How many of ``words`` make a headline that ends where its phrase ends (the clause's
    end, a comma or a dash after its verb), up to :data:`LONGEST_WORDS`: "A container of flu
    virus samples packed in dry ice exploded on a Swiss train, injuring one person" ends at
    "train," where a cut at 15 words would lose the place. None if no phrase ends there.
    (The first verb is found by ``compress`` over ``map``: the words are asked in C, with no
    generator frame a word.)"""
    verb = next(compress(count(), map(is_verb, words)), None)
    if verb is None:
        return None
    joined = _first_joint(words, verb)
    if len(words) <= LONGEST_WORDS and not _two_happenings(words, joined, len(words)):
        return len(words)  # the whole clause
    for end in range(min(len(words), LONGEST_WORDS), max(verb + 2, MAX_WORDS - 3), -1):
        if _two_happenings(words, joined, end):
            return None
        last = words[end - 1]
        if not (last.endswith((",", ";", ":")) or words[end : end + 1] in _DASHES):
            continue
        if last.rstrip(",;:").lower() in _OPENS_WHAT_FOLLOWS or _in_a_list(words, end):
            continue  # "… raised the alert level and said, …"; "1985, 1986, 1987, …"
        opener = max((i for i in range(verb, end) if words[i].lower() in _OPENERS), default=None)
        if opener is not None and not has_verb(words[opener + 1 : end]):
            continue  # "… appeared to calm overnight as the army, …": the clause goes on
        return end
    return None


def _first_joint(words: list[str], verb: int) -> int | None:
    """The first "and" or "but" after the verb at ``words[verb]`` among the first
    :data:`LONGEST_WORDS` words, or None.

    Found once for all the ends :func:`phrase_end` tries (none past :data:`LONGEST_WORDS`):
    the first one before an end is this one if it comes before that end, else there is none.
    """
    return next(
        (i for i in range(verb + 1, min(len(words), LONGEST_WORDS)) if words[i] in _JOINTS), None
    )


_JOINTS = frozenset(("and", "but"))
"""The words that join a second happening to the first."""


def _two_happenings(words: list[str], joined: int | None, end: int) -> bool:
    """Whether ``words[:end]`` join a second verb to the first with "and" or "but" ("… was
    closed down and 80,000 children were sent home"): a cut leaves the second out. ``joined``
    is :func:`_first_joint`'s."""
    return joined is not None and joined < end and has_verb(words[joined + 1 : end])


_DASHES = (["--"], ["—"], ["–"], ["-"])
"""A dash standing alone between words: it opens an aside, so a phrase ends before it."""
TIME_SPANS = frozenset(
    """seconds minutes hours days weeks months years moments shortly soon just long right
    immediately second minute hour day week month year moment""".split()
)
"""Words that say how long before or after ("hours before", "shortly after"): no cut between."""
_CLAUSE_OPENERS = frozenset(
    "the a an his her its their this that these those he she it they we i there".split()
)
"""Words that open a clause's subject after "and": what follows may be a second happening."""


def _joins_nouns(words: list[str], i: int) -> bool:
    """Whether the "and" or "or" at ``words[i]`` joins two nouns ("search and rescue teams",
    "take-offs and landings"), not two clauses or predicates: no determiner or pronoun opens
    what follows, and no verb in the past or an auxiliary comes within three words."""
    after = [w.lower() for w in words[i + 1 : i + 4]]
    if not after or after[0] in _CLAUSE_OPENERS or words[i - 1].endswith((",", ";")):
        return False
    if _CUT_BEFORE.match(after[0]):
        return False  # "to refrain from violence and | to reverse …": a second infinitive
    if is_verb(after[0]) and after[1:2] and after[1] in _OBJECT_OPENERS:
        return False  # "to light candles and sing some of his hits": a second predicate
    if any(w.strip(",;:") in AUXILIARIES or w in IRREGULAR_PAST or w.endswith("ed") for w in after):
        return False
    ends = [k for k, w in enumerate(after) if w.endswith((",", ";", ":")) or _CUT_BEFORE.match(w)]
    return len(after) < 3 or (bool(ends) and ends[0] <= 2)  # a conjunct of one or two words


def _numbered_pair(words: list[str], i: int) -> bool:
    """Whether the "and" or "or" at ``words[i]`` joins two words a number counts ("10,053
    probable or confirmed cases"): a lower-case word after a number comes before it."""
    return i >= 2 and words[i - 1][:1].islower() and words[i - 2][:1].isdigit()


_ON_VERBS = frozenset(
    """go goes going went gone carry carries carried carrying keep keeps kept keeping press
    presses pressed pressing put puts putting call calls called calling take takes took taken
    taking hold holds held holding""".split()
)
"""Verbs whose "on" belongs to them ("go on", "called on", "putting on"): no cut between."""
_OBJECT_OPENERS = _CLAUSE_OPENERS | frozenset("some all many his her their its our my".split())
"""Words that open a verb's object: after "and" and a verb, a second predicate follows."""
_AS_COMPLEMENT = frozenset(
    """billed described known seen regarded viewed named appointed hailed labelled labeled
    branded considered identified listed classified treated used served serves serve acts
    acted act portrayed characterised characterized interpreted perceived elected chosen
    designated recognised recognized sworn installed nominated""".split()
)
"""Verbs whose "as" brings what they need ("billed as", "sworn in as", "served as")."""


_OPENERS = frozenset(
    "as when while after before because if which who that where since until".split()
)
"""Words that open a clause: a phrase ending after one needs its verb."""
_PARTICLES = frozenset("over up out off down into onto through against".split())
"""Words that finish a verb ("handing over", "stepped into"): no cut between the two."""


_OPENS_WHAT_FOLLOWS = frozenset(
    "said says told added adds warned noted including and or but as such like than".split()
)
"""Words a comma after them leads on from: a phrase does not end there."""


def _in_a_list(words: list[str], end: int) -> bool:
    """Whether the comma ending ``words[:end]`` is one of a list's ("New York, London, Los
    Angeles and Haiti"): another comma or an "and" comes within two words after it."""
    after = [w.lower() for w in words[end : end + 3]]
    return any(w.endswith(",") for w in after[:2]) or "and" in after[1:3]


_NEEDS_OF = frozenset(
    """part all some many most one each none both series number lot couple dozen hundred
    thousand million ten front ahead because instead out top rest end start beginning middle
    head kind sort type basis city town village province state region island capital
    importance significance extent""".split()
)
"""Nouns (singular, or plural less its "s") that say little without their "of": parts,
quantities and kinds ("as part of", "dozens of"), and places named by it ("the city of")."""
NEEDS_FOR = frozenset(
    """basis need call demand reason plan bid support preparation candidate responsibility
    search hunt appetite room way""".split()
)
"""Nouns (singular, or plural less its "s") that say little without their "for" ("a new
basis for a vaccine", "calls for calm", "plans for an election")."""


NEEDS_WITH = frozenset(
    "connection line accordance conjunction comparison contrast solidarity".split()
)
"""Nouns of a set phrase that needs its "with" ("in connection with", "in line with", "to
show solidarity with")."""


def needs_for(noun: str) -> bool:
    """Whether ``noun`` (lower case) is one of :data:`NEEDS_FOR`, or its plural."""
    return noun in NEEDS_FOR or (noun.endswith("s") and noun[:-1] in NEEDS_FOR)


TRAILING_SUBORDINATE = fastre.compile(
    r"(?<!\ball)(?<!\bmany)(?<!\bmuch)(?<!\bsuch)(?<!\bwell)(?<!\bsame)(?<!\bin)"
    r"(?:(?<!\bfor)(?<!\bwithin)\s+(?:(?:only|just|barely|mere|some|a\s+few)\s+(?:seconds|minutes|hours|days|weeks)"
    r"|an?\s+(?:day|week|hour|minute|month)|shortly|soon|moments|immediately)"
    r"(?=\s+(?:before|after|since|when)\b))?"
    r"\s+(?:though|although|while|whereas|because|since|(?<!\bthe\sday\s)(?<!\bthe\snight\s)"
    r"(?:after|before)|when|but|which|who|"
    r"as(?!\s+(?:many|much|well|soon|far|long|part|recently|planned|expected|usual|a|an|the"
    r"|\d)\b)|"
    r"according to|prompting|including|despite|so that|so as"
    r"|(?<=,\s)(?:[\w-]+\s){1,3}of\s(?:whom|which))\b.*$"
)
"""A subordinate clause to cut; lower case only ("the WHO" is not "who"); also a relative
clause after a comma that counts part of what went before ("four suicide bombers, three of
whom lived in West Yorkshire"); not the "before" of "the day before". A "who" or "which"
that says which ones are meant is passed over by :func:`without_trailing_subordinate`. Its
search starts where RE2 finds the first place a match can start: ``re`` tries every place
of a title, and two titles in three can have none; from there ``re`` tries only where RE2
finds a match may start (:meth:`~generator.fastre.Pattern.search_from`)."""


def without_trailing_subordinate(text: str) -> str:
    """``text`` without its first trailing subordinate clause (:data:`TRAILING_SUBORDINATE`),
    passing over a restrictive "who" or "which" (no comma, after a common noun): it says which
    ones are meant ("will assist U.S. citizens | who want to leave Egypt", "condemned people |
    who have attempted to destabilize the nation"), where one after a comma or a name tells
    more of them."""
    pos = TRAILING_SUBORDINATE.first_start(text)
    while pos >= 0 and (found := TRAILING_SUBORDINATE.search_from(text, pos)) is not None:
        opener = found.group(0).split(None, 1)[0]
        before = text[: found.start()].rsplit(None, 1)[-1:]
        if opener in ("who", "which") and before and before[0].isalpha() and before[0].islower():
            pos = found.start() + 1
            continue
        return text[: found.start()]
    return text
