"""The words of a sentence as merging compares them: content words, crudely stemmed, and names.

Shared by merging (:mod:`generator.ingest.merge`), title choice
(:mod:`generator.ingest.titling`), the corpus's names (:mod:`generator.ingest.proper`)
and corroboration (:mod:`generator.ingest.pipeline`).
"""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache

from generator import fastre
from generator.ids import ascii_fold
from generator.ingest.verbs import is_verb
from generator.ingest.workers import OnceEach

_STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during
    each few for from further had has have having he her here hers herself him himself
    his how i if in into is it its itself just me more most my myself no nor not now
    of off on once only or other our ours out over own same she should so some such
    than that the their theirs them then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours said says say told according last next month months week
    weeks year years day days first one two three on monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september
    october november december early late prior ago
    """.split()
)
_WORD = re.compile(r"[a-z][a-z'-]+")


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """Lower-case content words, crudely stemmed, for comparing sentences."""
    keys = frozenset(map(_KEYS.__getitem__, _WORD.findall(ascii_fold(text).lower())))
    return keys - _NO_KEY if "" in keys else keys


def _key(word: str) -> str:
    """A word's key as :func:`content_words` counts it ("" for a stop word or a short one)."""
    return "" if word in _STOPWORDS or len(word) <= 2 else stem(word)


_KEYS = OnceEach(_key)
""":func:`_key` of each word, worked out once (the lookups run in C, most words recur)."""
_NO_KEY = frozenset({""})


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=65536)
def name_words(text: str) -> frozenset[str]:
    """The content words of the names in ``text``: capitalised words not opening it.

    Two reports that share only names ("Mubarak", "Cairo") and a day tell different
    happenings of the same people ("Peres praised Mubarak on Monday", "Egyptians
    protested against Mubarak on Monday"): merging needs a shared word besides them.
    """
    capitalised = re.findall(r"(?<=[^.!?\s]\s)[A-Z][\w'’-]+", text)
    return content_words(" ".join(capitalised))


EVENT_NOUNS = frozenset(
    stem(w)
    for w in """
    meeting talks summit visit call election vote referendum inauguration raid attack strike
    bombing invasion capture arrest trial verdict sentence sanction sanctions agreement deal
    treaty ceasefire announcement speech protest march rally resignation death funeral
    outbreak lockdown launch crash earthquake flood storm hurricane
    """.split()
)
"""Nouns that name a happening: a vaguer mention naming the same one joins its event."""
_EVENT_STEM = fastre.compile("|".join(sorted(EVENT_NOUNS)))
"""Any of :data:`EVENT_NOUNS` inside a lower-case text: an ASCII text without one names none.
(RE2 refuses the four sentences in five that have none: 0.40 → 0.15 s over the news
corpora's 73,654 ASCII sentences.)"""


def happening_words(text: str) -> frozenset[str] | None:
    """The content words of a sentence that names a kind of happening (:data:`EVENT_NOUNS`),
    hyphenated words split too; None for another sentence. An ASCII sentence in which no
    such noun's stem appears is passed over without working out its words."""
    if text.isascii() and not _EVENT_STEM.search(text.lower()):
        return None  # each key is the start of a word of the lower-cased text
    words = content_words(text) | content_words(text.replace("-", " "))
    return None if words.isdisjoint(EVENT_NOUNS) else words


_VERB_BEFORE = frozenset(
    "to will would can could may might must shall should did does do not".split()
)
"""Words after which a word of a happening's noun is its verb ("scheduled to meet")."""


def named_nouns(sentence: str, stems: Set[str]) -> frozenset[str]:
    """Those of ``stems`` (content-word keys of happening nouns) the sentence uses as nouns
    somewhere: not only after "to" or a modal ("has struggled to meet its targets" names no
    meeting)."""
    found: set[str] = set()
    previous = ""
    for word in _WORD.findall(ascii_fold(sentence).lower()):
        key = _KEYS[word]
        if key in stems and (previous not in _VERB_BEFORE or not is_verb(word)):
            found.add(key)  # "beaten to death" names a death
        previous = word
    return frozenset(found)
