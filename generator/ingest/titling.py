"""Which report titles an event: the member whose headline reads best.

An event's reports are sentences of several articles; each has a title made from it
(:mod:`generator.ingest.headline`). The event takes the one that is most a headline
(no doubts, not cut off, the whole happening, names who) and shares most words with
the others (it tells what they tell).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from generator.dates import Precision
from generator.ingest.confidence import is_broken_doubt, title_doubts
from generator.ingest.title_checks import PRESENT, opens_anonymous
from generator.ingest.title_cuts import PUNCTUATION, cut_off
from generator.ingest.title_length import LONGEST_WORDS
from generator.ingest.verbs import has_verb
from generator.ingest.words import EVENT_NOUNS, content_words
from generator.models import Mention, MentionStatus

_PRONOUN_START = re.compile(r"^(?:he|she|they|it|this|that|these|those|we|i)\b", re.I)


_IT = re.compile(r"(?:^|,\s*|\bthat\s+)[Ii]t\b(?!\s+(?:is|was)\s+(?:not\s+)?(?:the|a|an)\b)")
"""An "it" whose clause names nothing before it ("In the UK, it will be shown", "concluded
that it would not help"): what it is was said earlier in the article. Not "said it would",
where it is the one who said, nor "It was the first …"."""
_DEICTIC = re.compile(r"\bthis\s+(?:country|city|town|nation|region|place)\b|\bhere\b")
"""A place the page points at ("returned to this country", "arrived here"): which one, only
its dateline said."""
ANONYMOUS_PENALTY = 3
"""What a title naming no one and nowhere costs: a report naming who or where titles the
event first ("The July 7 attacks were carried out by four suicide bombers")."""
_SPACE = re.compile(" ")
"""Where a glued title's other title may start (:func:`_glued_before_others`)."""
WHOLE_SHARE = 0.7
"""Share of its sentence's words a title keeps to count as the whole happening told."""


def best_title(mentions: Sequence[Mention], status: MentionStatus) -> Mention:
    """The member whose headline reads best and shares most words with the others.

    Candidates are the mentions that report the event as the event has it
    (reports after the fact for an event that occurred) at its full precision.
    """
    head = mentions[0]
    direct = [m for m in mentions if not m.in_passing] or list(mentions)  # not a passing name
    candidates = [m for m in direct if m.status == status] or direct
    candidates = _at_its_date(candidates, head) or candidates
    if len(candidates) == 1:
        return candidates[0]  # nothing to choose between
    counts = Counter(chain.from_iterable(content_words(m.sentence) for m in mentions))
    glued = _glued_before_others({m.title for m in candidates})

    return min(candidates, key=lambda m: _score(m, counts, glued, head, status))


def _score(
    mention: Mention,
    counts: Mapping[str, int],
    glued: Set[str],
    head: Mention,
    status: MentionStatus,
) -> tuple[float, str]:
    """A candidate's rank (lowest first): how well its title reads and how many of the
    members' words (``counts``) it shares; the part its mention alone decides comes from
    :func:`_own_score`."""
    if mention.title in glued:
        return (GLUED_PENALTY, mention.title)  # "Final preparations in Cardiff | Michael …"
    own = _own_score(mention.title, mention.sentence, mention.in_passing, mention.names, status)
    value = sum(counts.get(w, 0) for w in own.words) / own.length
    for change in own.before:
        value += change
    if mention.date == head.date:
        value += 0.5
    for change in own.after:
        value += change
    return (-value, mention.title)


class _OwnScore(NamedTuple):
    """What a title's score owes to its mention alone, whatever the other members are: its
    content words (to count how many members share them), its length in words, and what
    is added to the share before and after the bonus for the head's date (each change in
    :func:`_own_score`'s order, so that the sum is the same float)."""

    words: frozenset[str]
    length: int
    before: tuple[float, ...]
    after: tuple[float, ...]


@lru_cache(maxsize=1 << 14)
def _own_score(
    title: str, sentence: str, in_passing: bool, names: str, status: MentionStatus
) -> _OwnScore:
    """The part of a candidate's score (:func:`best_title`) its mention alone decides, worked
    out once: an event's title is chosen again each time a report joins it (a quake's event
    in Haiti gathers over a hundred), and these checks are most of the cost."""
    words = title.split()
    before: list[float] = []
    if not 4 <= len(words) <= LONGEST_WORDS:
        before.append(-2.0)
    if _PRONOUN_START.match(title):
        before.append(-3.0)
    capitals = [w.strip(PUNCTUATION) for w in words[1:] if w[:1].isupper()]
    if capitals:  # the sentence's words are gathered only for a title with a name to look up
        said = {w.strip(PUNCTUATION) for w in sentence.split()}  # not a name added
        named = sum(1 for w in capitals if w in said)
    else:
        named = 0
    if named:
        before.append(0.3 * named)
    after: list[float] = []
    if in_passing:
        after.append(-6.0)  # "said Wednesday's attacks would be …" tells another happening
    elif names:
        after.append(-2.0)  # it names the happening to tell of another: a direct report first
    doubts = [d for d in title_doubts(title) if status == "occurred" or d != PRESENT]
    broken = sum(6 if is_broken_doubt(d, status) else 1 for d in doubts)  # a headline first
    if broken:
        after.append(-float(broken))
    if opens_anonymous(words):
        after.append(-float(ANONYMOUS_PENALTY))  # "The suicide bombers attacked icons …"
    keys = content_words(title)
    if cut_off(title, [sentence]):
        after.append(-3.0)  # it stops mid-phrase
    elif len(keys) >= WHOLE_SHARE * len(content_words(sentence)):
        after.append(1.0)  # the sentence's whole happening, not a part cut from it
    if (("it" in title or "It" in title) and _IT.search(title)) or (
        ("this" in title or "here" in title) and _DEICTIC.search(title)
    ):  # a pattern runs only on a title with its word (one in three, one in thirty)
        after.append(-1.0)  # "concluded that it would not help": what "it" is was said before
    return _OwnScore(keys, max(len(words), 1), tuple(before), tuple(after))


GLUED_PENALTY = 100.0
"""A title with a heading glued before another's whole title comes after any other."""


def _glued_before_others(titles: set[str]) -> set[str]:
    """The titles that are another title with words glued before it and no mark between
    ("Final preparations in Cardiff Michael Jackson died aged 50" beside "Michael Jackson died
    aged 50"): a page's heading or caption run into the sentence. Not when what comes before
    has a verb of its own or ends in a mark ("In Cairo, protesters …"). Each title's ends
    after a space are looked up among the titles: the same pairs as trying every title
    against every other, without their square (a hundred reports of one quake)."""
    glued = set()
    for title in titles:
        for space in _SPACE.finditer(title):
            other = title[space.end() :]
            if other not in titles or len(other.split()) < 4:
                continue
            before = title[: -len(other)].split()
            if not before[-1][-1:].isalnum() or has_verb(before):
                continue
            glued.add(title)
    return glued


def _at_its_date(candidates: Sequence[Mention], head: Mention) -> list[Mention]:
    """The candidates that may title an event dated as ``head`` is: those dated to its
    precision, and a vaguer one ("last month", "in early January") only when it names a
    happening those name too ("… a summit on 7 January …" and "… in early January, when the
    two leaders met at a summit …"). A vaguer report that joined on its actors' names tells
    another happening of theirs ("Last month, the WHO warned against fake anti-malaria
    medicines" in the WHO's flu warning of 25 April), and its title would not be the date's."""
    precision = min(head.date.precision, Precision.DAY)  # a clock time adds no happening
    exact = [m for m in candidates if m.date.precision >= precision]
    if len(exact) == len(candidates):
        return exact  # every one dated to it (most events): no noun to look for
    named = frozenset().union(*(content_words(m.sentence) for m in exact)) & EVENT_NOUNS
    return [  # its precision, not "m in exact": that compares it field by field with each
        m for m in candidates if m.date.precision >= precision or content_words(m.sentence) & named
    ]
