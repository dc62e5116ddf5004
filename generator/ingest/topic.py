"""What a corpus is about: the words most of its articles share.

A story's articles come with other text: an outlet's other stories on the same
page, a programme listing, an anchor's aside about the Super Bowl. Events made
from such text are off the story. The story's words are those found in the most
articles (document frequency), leaving out common English words that any news
text has; an event none of whose title and quote words is among them is off the
topic, and waits for an editor (:mod:`generator.ingest.confidence`).

Only a corpus of :data:`MIN_ARTICLES` articles or more has a topic: with fewer,
every word is "frequent" and the test would say nothing.

"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

from generator.ingest.words import distinct_runs
from generator.ingest.workers import OnceEach

TOPIC_WORDS = 80
"""How many of the most widespread words make the topic."""
MIN_ARTICLES = 10
"""Fewest articles for a corpus to have a topic."""
MIN_SHARE = 0.05
"""A topic word is in at least this share of the articles."""
_TERM = re.compile(r"[^\W\d_]{4,}")
_ASCII_TERM = re.compile(r"[a-z]{4,}")
"""What :data:`_TERM` finds in a case-folded ASCII text: its only letters are ``a``-``z``."""
_LETTERS = bytes(ord(chr(c).lower() if chr(c).isalpha() and c < 128 else " ") for c in range(256))
"""An ASCII text's bytes to its runs of letters, lower-cased, spaces between (:func:`terms`;
``bytes.translate``, as :func:`~generator.ingest.words.word_runs` translates)."""
_COMMON = frozenset(
    """
    about above after again against also among another around away back based became because
    become been before being below between both came cannot come could days does doing done
    down during each early either else even ever every few first following former from further
    gave give given going good great group have having here high however include including into
    just know known large last late later least less like little long made major make many might
    more most much must near need never news next night none now number often only open other
    others over part past people percent place point possible rather really recent report
    reported reports right said same says second several should show since small some still such
    take taken than that their them then there these they thing things think this those though
    three through time times today told took under until upon used very want week weeks well went
    were what when where whether which while will with within without work world would year years
    your yesterday according added again around asked call called came city country countries
    day government home house including left local month months name national new official
    officials percent public saying says state states three told took town until week while
    women young life family found help including states monday tuesday wednesday thursday friday
    saturday sunday january february march april june july august september october november
    december million billion hundred thousand
    across ahead almost already always anything area aged body care case cause caused change
    clear continue continued course different done event everything face fact find five form
    four free future getting giving ground hand hard head history hour hours issue kind later
    letter line live look looking lowest main matter mean means member members minute minutes
    moment move nothing office once outside page person pieces plan powerful question real
    reason result room seem seems seen sent service side site something sort start started
    story support sure system thought together trying turn using view ways whole word words
    action believe certain close full hold keep level late went wrote yet
    """.split()
)
"""Common words of any news text: never the mark of one story."""


@lru_cache(maxsize=1 << 14)
def terms(text: str) -> frozenset[str]:
    """The words of ``text`` that could name a topic: lower case, four letters or more,
    not a common word, a plural's ``s`` dropped (cached: titles and quotes recur).

    An ASCII text's terms are those of its runs of letters, lower-cased by one translation
    and split in C, each looked up in :data:`_RUN_TERMS`: the sentences asked here are short
    and seldom split before, and their runs are looked up without the distinct runs'
    set, the kept split and the runs' pieces of :func:`_terms`. (The set is built in
    another order than :func:`_terms` builds it; its callers only test it for shared
    words.) A run with no term has "" (false), which ``filter`` leaves out in C before the
    set is built."""
    if text.isascii():
        letters = text.encode("ascii").translate(_LETTERS).decode("ascii")
        return frozenset(filter(None, map(_RUN_TERMS.__getitem__, letters.split())))
    return _terms(text)


def _terms(text: str) -> frozenset[str]:
    """:func:`terms` worked out. An ASCII text's terms are those of the runs of letters of its
    distinct :func:`~generator.ingest.words.distinct_runs` (lower-cased runs of letters,
    apostrophes and hyphens), each run's looked up in :data:`_PIECE_TERMS`: the split that
    :func:`~generator.ingest.words.content_words` made of an article's body just before
    serves, and each distinct run is looked up once (a third less time over the corpora's
    bodies than splitting each again into its runs of letters). Another text's words are
    found with :data:`_ASCII_TERM` when it is ASCII once case-folded ("ß" → "ss"), else
    :data:`_TERM`."""
    if text.isascii():
        return frozenset(chain.from_iterable(map(_PIECE_TERMS.__getitem__, distinct_runs(text))))
    folded = text.casefold()
    term = _ASCII_TERM if folded.isascii() else _TERM
    return frozenset(map(_singular, set(term.findall(folded)) - _COMMON))


def _singular(word: str) -> str:
    """A term with a plural's ``s`` dropped."""
    if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
        return word[:-1]
    return word


def _run_term(run: str) -> str:
    """The term a run of letters of a lower-cased ASCII text makes: "" for one shorter than
    four letters (no :data:`_ASCII_TERM` match) or a common word."""
    return "" if len(run) < 4 or run in _COMMON else _singular(run)


_RUN_TERMS = OnceEach(_run_term)
""":func:`_run_term` of each run of letters, worked out once (most words recur)."""


def _piece_terms(run: str) -> tuple[str, ...]:
    """The terms of a run of letters, apostrophes and hyphens of a lower-cased ASCII text
    (:func:`~generator.ingest.words.word_runs`): :func:`_run_term` of each run of letters
    in it that has one (none is "": a body's terms are its runs' pieces as they are)."""
    if "'" not in run and "-" not in run:
        term = _RUN_TERMS[run]
        return (term,) if term else ()
    pieces = run.replace("'", " ").replace("-", " ").split()
    return tuple(filter(None, map(_RUN_TERMS.__getitem__, pieces)))


_PIECE_TERMS = OnceEach(_piece_terms)
""":func:`_piece_terms` of each run, worked out once."""


def body_terms(text: str) -> frozenset[str]:
    """:func:`terms` of an article's body (not cached: each body is seen once)."""
    return _terms(text)


def topic_words(texts: Iterable[str]) -> frozenset[str]:
    """The story's words: those in most of ``texts`` (the articles); empty for a small corpus."""
    return topic_from_terms(_terms(text) for text in texts)


def topic_from_terms(bodies: Iterable[frozenset[str]]) -> frozenset[str]:
    """:func:`topic_words` from each article's :func:`body_terms`."""
    counts: Counter[str] = Counter()
    total = 0
    for found in bodies:
        total += 1
        counts.update(found)
    if total < MIN_ARTICLES:
        return frozenset()
    least = max(2, int(MIN_SHARE * total))
    ranked = sorted((w for w, c in counts.items() if c >= least), key=lambda w: (-counts[w], w))
    return frozenset(ranked[:TOPIC_WORDS])


def on_topic(texts: Iterable[str], topic: frozenset[str]) -> bool:
    """Whether any of ``texts`` (a title, quotes) shares a word with ``topic`` (true if none)."""
    if not topic:
        return True
    return any(terms(text) & topic for text in texts)
