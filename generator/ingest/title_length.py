"""How long a headline runs, and where a longer sentence is cut to make one.

A headline is at most :data:`MAX_WORDS` words cut from its sentence, or up to
:data:`LONGEST_WORDS` when that much ends where the sentence's phrase ends: judges
call a title cut before its object ("advised against all", "the offices of Jackson's
doctor as part") no headline, and a whole clause of 17 words a good one.
"""

from __future__ import annotations

import re

from generator.ingest.verbs import has_verb, is_verb

MAX_WORDS = 15
"""Longest headline cut from a longer sentence, in words."""
LONGEST_WORDS = 18
"""Longest headline that ends where its sentence's phrase ends (see :func:`phrase_end`)."""
MIN_WORDS = 3
"""A clause shorter than this is not a headline on its own."""
_CUT_BEFORE = re.compile(
    r"^(?:and|but|or|to|for|with|in|on|at|from|by|of|that|which|who|as|after|before|while)$",
    re.I,
)
"""Function words a cut may come before."""
_ADJUNCT = re.compile(
    r"^(?:during|amid|despite|since|over|against|near|outside|inside|across|through|under"
    r"|when|because|following|aboard|alongside|among|beyond|toward|towards|via|within|without"
    r"|onto|upon)$",
    re.I,
)
"""More words that open an adjunct (where, when, why) besides those of :data:`_CUT_BEFORE`."""


def cut_point(words: list[str], last: int, first: int) -> int | None:
    """Where to cut ``words`` (at most index ``last``, more than ``first``): before the last
    function word or adjunct ("… said 149 of its members were arrested | during the
    protest"); not before the "of" a noun needs ("as part | of", "the town | of Tubruq",
    see :data:`_NEEDS_OF`), nor inside "as well as" or "all but"; None if there is none."""
    for i in range(last, first, -1):
        word = words[i].lower()
        before = words[i - 1].lower()
        if before == "well" or (word, before) == ("but", "all"):
            continue
        if word == "of" and before.rstrip("s") in _NEEDS_OF:
            continue
        if word in _PARTICLES and (before.endswith("ing") or is_verb(before)):
            continue
        if _CUT_BEFORE.match(word) or _ADJUNCT.match(word) or word in _PLACE_PREPOSITIONS:
            return i
    return None


def phrase_end(words: list[str]) -> int | None:
    """How many of ``words`` make a headline that ends where its phrase ends (the clause's
    end, a comma or a dash after its verb), up to :data:`LONGEST_WORDS`: "A container of flu
    virus samples packed in dry ice exploded on a Swiss train, injuring one person" ends at
    "train," where a cut at 15 words would lose the place. None if no phrase ends there."""
    verb = next((i for i, w in enumerate(words) if is_verb(w)), None)
    if verb is None:
        return None
    if len(words) <= LONGEST_WORDS and not _two_happenings(words, verb, len(words)):
        return len(words)  # the whole clause
    for end in range(min(len(words), LONGEST_WORDS), max(verb + 2, MAX_WORDS - 3), -1):
        if _two_happenings(words, verb, end):
            return None
        last = words[end - 1]
        if not (last.endswith((",", ";", ":")) or words[end : end + 1] in (["--"], ["—"])):
            continue
        if last.rstrip(",;:").lower() in _OPENS_WHAT_FOLLOWS or _in_a_list(words, end):
            continue  # "… raised the alert level and said, …"; "1985, 1986, 1987, …"
        opener = max((i for i in range(verb, end) if words[i].lower() in _OPENERS), default=None)
        if opener is not None and not has_verb(words[opener + 1 : end]):
            continue  # "… appeared to calm overnight as the army, …": the clause goes on
        return end
    return None


def _two_happenings(words: list[str], verb: int, end: int) -> bool:
    """Whether ``words[:end]`` join a second verb to the first with "and" or "but" ("… was
    closed down and 80,000 children were sent home"): a cut leaves the second out."""
    joined = next((i for i in range(verb + 1, end) if words[i] in ("and", "but")), None)
    return joined is not None and has_verb(words[joined + 1 : end])


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
    head kind sort type basis city town village province state region island capital""".split()
)
"""Nouns (singular, or plural less its "s") that say little without their "of": parts,
quantities and kinds ("as part of", "dozens of"), and places named by it ("the city of")."""
_PLACE_PREPOSITIONS = frozenset("into onto through toward towards".split())
"""Prepositions that open where something went ("dropped the supplies | into a secured area")."""


TRAILING_SUBORDINATE = re.compile(
    r"(?<!\ball)(?<!\bmany)(?<!\bmuch)(?<!\bsuch)(?<!\bwell)(?<!\bsame)(?<!\bin)"
    r"\s+(?:though|although|while|whereas|because|since|after|before|when|but|which|who|"
    r"as(?!\s+(?:many|much|well|soon|far|long|part|recently|planned|expected|usual|a|an|the"
    r"|\d)\b)|"
    r"according to|prompting|including|despite|so that|so as)\b.*$"
)
"""A subordinate clause to cut; lower case only ("the WHO" is not "who")."""
