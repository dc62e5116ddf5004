"""The words of a sentence as merging compares them: content words, crudely stemmed, and names.

Shared by merging (:mod:`generator.ingest.merge`), title choice
(:mod:`generator.ingest.titling`), the corpus's names (:mod:`generator.ingest.proper`)
and corroboration (:mod:`generator.ingest.pipeline`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence, Set
from functools import lru_cache
from itertools import accumulate

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
"""A word as :func:`content_words` reads it, in a lower-case ASCII text."""
_RUNS = bytes(
    ord(chr(c).lower() if re.fullmatch(r"[A-Za-z'-]", chr(c)) else " ") for c in range(256)
)
"""An ASCII text's bytes to its runs of letters, apostrophes and hyphens, lower-cased, spaces
between (:func:`word_runs`; ``bytes.translate`` takes a third fewer instructions a character
than ``str.translate``, encoding and decoding ASCII included)."""


def word_runs(text: str) -> list[str]:
    """The runs of letters, apostrophes and hyphens of ``text`` folded to ASCII and lower-cased,
    in text order: each holds one :data:`_WORD` match at most, the run without the
    apostrophes and hyphens opening it, when two characters or more are left (:func:`_run_key`).

    One translation and a split in C: :func:`content_words` of the corpora's bodies takes a
    third fewer instructions than with :data:`_WORD`'s ``findall``, which ``re`` works out
    character by character. (:func:`~generator.ids.ascii_fold` gives an ASCII text back as it
    is: it is called only for another.)"""
    ascii = text if text.isascii() else ascii_fold(text)
    return ascii.encode("ascii").translate(_RUNS).decode("ascii").split()


def distinct_runs(text: str) -> set[str]:
    """The distinct :func:`word_runs` of ``text``, kept for the last text asked (not to be
    changed): an article's body is read by :func:`content_words` and then by
    :func:`~generator.ingest.topic.body_terms`, and one split serves both. Each distinct run
    is looked up once, not each of its uses (a body has three runs for each distinct one)."""
    runs = _LAST_RUNS.get(text)
    if runs is None:
        _LAST_RUNS.clear()
        runs = _LAST_RUNS[text] = set(word_runs(text))
    return runs


_LAST_RUNS: dict[str, set[str]] = {}
"""The last text :func:`distinct_runs` split, with its runs."""


def _content_words(text: str) -> frozenset[str]:
    """:func:`content_words` worked out. A long text (an article's body) is split by
    :func:`distinct_runs`, which :func:`~generator.ingest.topic.body_terms` reads next, and
    each distinct run is looked up once; a shorter one's runs are nearly all distinct (a
    sentence's, a name's: 94 % of them over the news corpora), and are looked up as split,
    without building their set or keeping the split. (The same keys either way.) A run with
    no key has "" (false), which ``filter`` leaves out in C before the set is built."""
    runs = distinct_runs(text) if len(text) > _LONG else word_runs(text)
    return frozenset(filter(None, map(_RUN_KEYS.__getitem__, runs)))


_LONG = 500
"""The length above which :func:`_content_words` looks up a text's distinct runs."""
_CONTENT = OnceEach(_content_words, most=1 << 16)
""":func:`content_words` of the texts asked last; a worker's answers join them
(:func:`remember_words`)."""
content_words: Callable[[str], frozenset[str]] = _CONTENT.__getitem__
"""Lower-case content words, crudely stemmed, for comparing sentences. (The table's look-up
itself: a text asked again costs no Python call.)"""


def remember_words(
    content: Iterable[tuple[str, frozenset[str]]], names: Iterable[tuple[str, frozenset[str]]]
) -> None:
    """Keep the :func:`content_words` and :func:`name_words` a worker found for texts, so that
    merging, which runs in one process, does not work them out again."""
    _CONTENT.remember(content)
    _NAMES.remember(names)


def _key(word: str) -> str:
    """A word's key as :func:`content_words` counts it ("" for a stop word or a short one)."""
    return "" if word in _STOPWORDS or len(word) <= 2 else stem(word)


_KEYS = OnceEach(_key)
""":func:`_key` of each word, worked out once (the lookups run in C, most words recur)."""


def _run_key(run: str) -> str:
    """The key of the :data:`_WORD` match in a run of :func:`word_runs` ("" for none): its
    :func:`_key`, worked out here (each new run is one call, not three through :data:`_KEYS`;
    a match has two characters or more, and :func:`_key` gives "" for two). Its stem is
    worked out without :func:`stem`'s cache: each run is asked here once."""
    word = run.lstrip("'-")
    return _stem(word) if len(word) > 2 and word not in _STOPWORDS else ""


_RUN_KEYS = OnceEach(_run_key)
""":func:`_run_key` of each run, worked out once."""


_SUFFIXES = ("ings", "ing", "ed", "es", "s")
"""Inflections :func:`stem` drops, the first that fits."""
_SUFFIXES_BY_LAST = {
    last: tuple(s for s in _SUFFIXES if s.endswith(last)) for last in {s[-1] for s in _SUFFIXES}
}
""":data:`_SUFFIXES` by their last letter, in the same order: a word is tried only against
those ending in its own last letter (most words end in none of "s", "g", "d")."""


def _stem(word: str) -> str:
    """:func:`stem` worked out: the first of :data:`_SUFFIXES` that ends the word and leaves
    four letters or more, dropped."""
    for suffix in _SUFFIXES_BY_LAST.get(word[-1:], ()):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


stem = lru_cache(maxsize=65536)(_stem)
"""A word without its inflection's suffix (crudely: "meetings" → "meet"), cached."""


def _name_words(text: str) -> frozenset[str]:
    """:func:`name_words` worked out."""
    return content_words(" ".join(_NAME.findall(text)))


_NAME = re.compile(r"[A-Z](?<=[^.!?\s]\s[A-Z])[\w'’-]+")
"""A capitalised word not opening a sentence: after a space that follows neither a sentence's
end nor another space. The pattern opens on the class ``[A-Z]``, so that ``re`` skips to the
next capital in C; the lookbehind after it asks what the one before it would
(``re`` no longer tries the lookbehind at every character)."""


_NAMES = OnceEach(_name_words, most=1 << 16)
""":func:`name_words` of the texts asked last, with a worker's (:func:`remember_words`)."""
name_words: Callable[[str], frozenset[str]] = _NAMES.__getitem__
"""The content words of the names in a text: capitalised words not opening it (the table's
look-up, as :func:`content_words`).

Two reports that share only names ("Mubarak", "Cairo") and a day tell different
happenings of the same people ("Peres praised Mubarak on Monday", "Egyptians
protested against Mubarak on Monday"): merging needs a shared word besides them."""


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
_EVENT_ANY_CASE = fastre.compile(_EVENT_STEM.pattern, re.IGNORECASE)
""":data:`_EVENT_STEM` in any case: where an ASCII text may name a happening
(:func:`naming_paragraphs`)."""
_MAY_NAME_EVENT: Callable[[str], object] = (
    _EVENT_ANY_CASE.may_match if fastre.has_re2() else lambda text: _EVENT_STEM.search(text.lower())
)
"""Whether an ASCII text may hold one of :data:`EVENT_NOUNS` in any case: RE2's answer alone
where it runs (a literal alternation: RE2 is exact, and :func:`happening_words` works the
words out before it answers anyway), not RE2's and then ``re``'s again for the sentence in
five that has one. RE2 ignores the case, which for an ASCII text is :data:`_EVENT_STEM`'s
answer about it lower-cased, without the lower-cased copy."""


def naming_paragraphs(paragraphs: Sequence[str]) -> list[str]:
    """Those of an article's ``paragraphs`` that may name a happening, in order: only their
    sentences can have :func:`happening_words`. (Found by a search of the whole body,
    resumed at the paragraph after each found: four paragraphs in five of the news corpora
    name none, and one search per paragraph that does costs less than an ask of
    :data:`_MAY_NAME_EVENT` for each. A paragraph outside ASCII is always kept, as
    :func:`happening_words` keeps a sentence.)"""
    body = "\n\n".join(paragraphs)
    if not body.isascii():
        return [p for p in paragraphs if not p.isascii() or _MAY_NAME_EVENT(p)]
    found = _EVENT_ANY_CASE.search_from(body)
    if found is None:
        return []
    ends = list(accumulate(len(p) + 2 for p in paragraphs))  # where each next one starts
    last = len(paragraphs) - 1
    naming = []
    while found is not None:  # a stem holds letters only: it is inside one paragraph
        index = bisect_right(ends, found.start())
        naming.append(paragraphs[index])
        found = _EVENT_ANY_CASE.search_from(body, ends[index]) if index < last else None
    return naming


def happening_words(text: str, named: bool = False) -> frozenset[str] | None:
    """The content words of a sentence that names a kind of happening (:data:`EVENT_NOUNS`),
    hyphenated words split too; None for another sentence. An ASCII sentence in which no
    such noun's stem appears is passed over without working out its words, unless it is
    ``named`` (a sentence of one of :func:`naming_paragraphs`, whose search saw a stem in
    its paragraph: most such paragraphs are that one sentence). The words are the keys of
    the runs of ``text`` and, when a run holds a hyphen, of its runs with hyphens made
    spaces: each is one ``map`` in C over a split, where a union of each run's keys and its
    parts' cost a set a run."""
    if not named and text.isascii() and not _MAY_NAME_EVENT(text):
        return None  # each key is the start of a word of the lower-cased text
    runs = word_runs(text)
    words = frozenset(filter(None, map(_RUN_KEYS.__getitem__, runs)))  # "" (no key) is false
    if "-" in text or not text.isascii():  # a run may hold a hyphen (one folded to it)
        parts = " ".join(runs).replace("-", " ").split()
        words = words.union(filter(None, map(_RUN_KEYS.__getitem__, parts)))
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
