"""A long clause shortened to its subject and the predicate its date belongs to.

"Travellers quarantined in a Hong Kong hotel for a week after a Mexican guest tested
positive for the flu expressed dismay on Saturday at the tough steps": the first
fifteen words stop before the verb the date belongs to. The subject's head with its
place ("Travellers quarantined in a Hong Kong hotel") and the dated predicate
("expressed dismay … at the tough steps") make the headline; what stood between
them (an adjunct, a subordinate clause) goes.
"""

from __future__ import annotations

import re

from generator.ingest.verbs import AUXILIARIES, IRREGULAR_PAST, is_verb

PREDICATE_REACH = 4
"""Words before the date where the verb it belongs to may stand ("expressed dismay | on")."""
SUBJECT_WORDS = (2, 8)
"""Fewest and most words of the subject kept before the predicate."""
LONG_SUBJECT = 10
"""A predicate starting after this many words falls beyond a headline's cut."""

_SUBJECT_END = frozenset(
    """for after before since when while as because with who whom whose which that where
    amid despite during following until""".split()
)
"""Words that end a subject's head: what follows them is an adjunct or a clause."""
_REPORTING = frozenset(
    """said says told tells reported reports announced announces added adds believes believed
    thinks thought""".split()
)
_NOT_SUBJECT_START = frozenset(
    """in on at for to from by with of as if when while what how why where who there it
    this that these those one most some all both each few many such like unlike""".split()
)
"""First words of a sentence that open no plain subject ("To the extent …", "What …")."""
_TIME_NOUNS = frozenset("day days week weeks month months year years decade hour hours".split())
_PLACE_AFTER = frozenset("in at on by from near inside outside".split())
"""Prepositions after a participle that make it part of the subject ("quarantined in")."""
_VERB_LEAD = frozenset("also still already then not never just again".split())
"""Adverbs that stay with the verb after them ("also expressed")."""
_LEADING = AUXILIARIES | _VERB_LEAD
"""Words before a verb that its predicate starts with (the union made once, not per word)."""
_OPENING_BREAK = re.compile(r"[,;:(]")
"""A break in a clause's first three words: no plain subject opens it."""


def dated_predicate(clause: str, date_text: str) -> str | None:
    """``clause`` as the subject's head and the predicate that holds ``date_text``, when the
    verb of that predicate stands too far in for a headline's cut; else None.

    None too when no verb stands right before the date, or the subject's head holds a
    finite verb of its own (then the date's verb is in a clause inside the subject:
    "The minister said the troops who arrived … left on Friday").
    """
    index = clause.find(date_text)
    if index < 0:
        return None
    before = clause[:index].split()
    if len(before) <= LONG_SUBJECT or _OPENING_BREAK.search(" ".join(before[:3])):
        return None
    verb = _verb_before(before)
    if verb is None or verb <= LONG_SUBJECT:
        return None
    subject = _subject_head(before[:verb])
    if subject is None:
        return None
    dropped = before[len(subject) : verb]
    if _PUNCTUATION.search(" ".join(dropped)):
        return None  # a comma or dash in what goes: the verb may have a subject of its own
    if dropped[0].lower() in _CLAUSE_OPENERS and not any(_is_past(w) for w in dropped[1:]):
        return None  # "… as the earthquake | struck": the verb is the inner clause's own
    return f"{' '.join(subject + before[verb:])} {clause[index:]}"


def _verb_before(words: list[str]) -> int | None:
    """Where the dated predicate starts: a finite verb (a past form, or an auxiliary that
    leads one) within :data:`PREDICATE_REACH` words of the date, with the adverbs before it."""
    for i in range(len(words) - 1, max(len(words) - 1 - PREDICATE_REACH, 0), -1):
        word = words[i]
        if word.strip(",;:—–-") != word:
            return None  # a comma between the verb and the date: another clause
        if not _is_past(word) or word.lower() in _SAYING:
            continue  # "…, Roche said on Monday": who said it stands right before "said"
        start = i
        while start > 1 and words[start - 1].lower() in _LEADING:
            start -= 1
        if words[start].lower() in _NOT_FINITE or words[start - 1].lower() in _NOT_BEFORE_VERB:
            return None
        return start
    return None


def _is_past(word: str) -> bool:
    """A past form ("expressed", "fled"): the lexicon's base forms are nouns too often (the
    spelling is tested before the lexicon: most words before a date are no past form)."""
    lowered = word.lower()
    return (lowered.endswith("ed") or lowered in IRREGULAR_PAST) and is_verb(word)


_PUNCTUATION = re.compile(r"[,;:()“”\"—–]|\s-\s")
_SAYING = frozenset("said says told tells".split())
_CLAUSE_OPENERS = frozenset(
    "as when while after before because since until that which who where once if".split()
)
"""Words that open a clause inside the subject: its own verb comes before the predicate's."""
_NOT_FINITE = frozenset("be been being".split())
_NOT_BEFORE_VERB = frozenset(
    """the a an to of in on at for with by from and or but that which who what this these
    those its his her their our is are was were be been""".split()
)
"""Words that cannot end a subject: the word after them is no predicate's verb."""


def _subject_head(words: list[str]) -> list[str] | None:
    """The subject's first words up to where an adjunct or clause opens, or None when they
    are no plain noun phrase (a verb of their own, a reporting verb, a comma)."""
    fewest, most = SUBJECT_WORDS
    end = next(
        (i for i, w in enumerate(words) if i >= 1 and w.lower() in _SUBJECT_END),
        len(words),
    )
    head = words[:end]
    if end == len(words) or not fewest <= len(head) <= most:
        return None  # no adjunct or clause to drop: the subject is long itself
    if not re.fullmatch(r"[A-Z][\w’'.-]*", head[0]) or head[0].lower() in _NOT_SUBJECT_START:
        return None
    if any(w.lower().strip(",") in _TIME_NOUNS for w in head):
        return None  # "A day after …", "A year and a half …": a time, not who acted
    if any(re.search(r"[,;:()—–-]", w) for w in head):
        return None
    for i, word in enumerate(head):
        lowered = word.lower()
        if lowered in _REPORTING or lowered in AUXILIARIES:
            return None
        after = head[i + 1] if i + 1 < len(head) else ""
        participle = (lowered.endswith("ed") and after in _PLACE_AFTER) or (
            lowered.endswith("ing") and after in ("the", "a", "an")
        )  # "quarantined in a hotel", "investigating the failures": part of the subject
        if i and (is_verb(word) or lowered.endswith("ing")) and not participle:
            return None  # "Hong Kong authorities confirmed a Mexican man": a clause of its own
    return head
