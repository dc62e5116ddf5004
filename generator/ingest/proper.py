"""Which words a corpus uses as names: who and where its articles are about.

A title's first word has a capital whatever it is, so a title alone cannot tell
"Mubarak resigned" from "People had already gathered". The corpus can: a name
is a word more of its articles write with a capital inside a sentence ("… said
Mubarak", "in Haiti") than write at all otherwise. A title that names no one and
nowhere is no headline (:func:`generator.ingest.title_checks.anonymity_doubt`).
A corpus of fewer than :data:`~generator.ingest.topic.MIN_ARTICLES` articles is
too small to tell.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import chain, filterfalse

from generator.ingest.topic import MIN_ARTICLES
from generator.ingest.words import content_words
from generator.ingest.workers import OnceEach

_CAPITALISED_INSIDE = re.compile(r" ([A-Z](?<=[a-z0-9,;] [A-Z])[a-z][\w'’-]*)")
"""A capitalised word inside a sentence (after a lower-case word, a digit or a comma): group
1. The pattern opens with the space before the word, a literal, so that ``re`` skips to the
next space in C by comparing characters (a class such as ``[A-Z]`` first is tested against
each character, a third slower over the corpora's bodies); the lookbehind after the capital
asks what ``(?<=[a-z0-9,;] )`` before it would. No match holds a space, so taking the one
before the word leaves the matches what they were."""
_POSSESSIVE = re.compile(r"['’]s$")
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
"""Capitalised words that name a time, not who or where."""


def name_form(word: str) -> str:
    """``word`` as the corpus's names hold it: lower case, a possessive's ``'s`` dropped
    ("Haiti's" → "haiti")."""
    return _POSSESSIVE.sub("", word.lower())


def capitalised_words(text: str) -> frozenset[str]:
    """The words ``text`` capitalises inside a sentence, each its :func:`name_form`: an
    article's votes for its names (it runs on the process pool). Each spelling's form is
    worked out once (:data:`_NAME_FORMS`): the names recur, and a look-up in C costs less
    than a call that lower-cases and runs a pattern."""
    return frozenset(map(_NAME_FORMS.__getitem__, _CAPITALISED_INSIDE.findall(text))) - _CALENDAR


_NAME_FORMS = OnceEach(name_form)
""":func:`name_form` of each capitalised word, worked out once."""


def names_from_votes(
    capitalised: Iterable[frozenset[str]], words: Iterable[frozenset[str]]
) -> frozenset[str] | None:
    """The corpus's names: words that at least half of the articles using them capitalise
    inside a sentence. ``capitalised`` are each article's :func:`capitalised_words`,
    ``words`` its :func:`~generator.ingest.words.content_words` (which count an article
    using a word in any case). ``None`` for a corpus too small to tell.

    Each article's new spellings are picked out in C (``filterfalse``), and its keys looked
    up by ``map``; only the words of the articles that are voted keys are counted as used
    (the others are never asked): the same counts, in fewer steps of Python (the seven
    corpora's recorded votes, callgrind: 0.89 → 0.80 G instructions)."""
    votes: Counter[str] = Counter()
    spelt: dict[str, set[str]] = {}
    key_of: dict[str, str] = {}
    total = 0
    for found in capitalised:
        total += 1
        for word in filterfalse(key_of.__contains__, found):  # each spelling once, in order
            key = key_of[word] = _key(word)
            if key:  # not a function word such as "The" in "… said The New York Times"
                spelt.setdefault(key, set()).add(word)
        votes.update(set(filter(None, map(key_of.__getitem__, found))))
    voted = set(votes)  # a set: each article's words are tested against it, not it walked
    used = Counter(chain.from_iterable(map(voted.intersection, words)))
    if total < MIN_ARTICLES:
        return None
    return frozenset(w for key, n in votes.items() if 2 * n >= used[key] for w in spelt[key])


def corpus_names(texts: Iterable[str]) -> frozenset[str] | None:
    """:func:`names_from_votes` of ``texts`` (the articles)."""
    bodies = list(texts)
    return names_from_votes(map(capitalised_words, bodies), map(content_words, bodies))


def _key(word: str) -> str:
    """``word`` as :func:`~generator.ingest.words.content_words` counts it ("Mexicans" and
    "Mexican" alike); "" for a word it does not count (a function word)."""
    keys = content_words(word)
    return next(iter(keys)) if len(keys) == 1 else ""
