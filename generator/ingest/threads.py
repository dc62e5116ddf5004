"""Reader content on a news page: comment threads and embedded social posts.

A comment thread is recognised by *several kinds* of evidence, never by one line
shaped like a signature: a subheading such as "Typing on the new keyboard" looks like
"Name on", but a thread also has timestamps ("March 4, 2024 at 6:17 pm", "2 hours
ago"), reply and report controls ("Reply", "Log in to reply", "12 ▲ 3 ▼"), signature
lines ("— Name on", "• Name says:") or a comment heading. Pages lay threads out in many
ways; the ones handled here:

- signed: a numbered comment, then "— Name on" (the seeds' kind);
- stamped: name, timestamp, text, "Reply";
- glued: "February 11, 2011 at 11:43 pm | Reply Anderson, I have never…" (text pasted
  or exported one sentence a line, the stamp of one comment glued to the next comment's
  text; the first comment stands *before* the first stamp and is found by its
  conversational voice: first or second person outside quotes, questions, shouting).

Embedded posts (tweets and the like) carry a handle signature ("— Name (@handle)
March 3, 2024"), "RETWEET"/"RT @" and "pic.twitter.com"/"t.co/" links, or an
Instagram-style "View this post on Instagram".

:func:`label_reader_content` labels what it finds: a thread at the end of the page
(little story after it) labels its first unit, and the caller cuts the rest of the page
from there; posts in the middle of the story are labelled one by one, so the story
around them stays.
"""

from __future__ import annotations

import itertools
import re
import string
from dataclasses import dataclass, field

from generator import fastre
from generator.ingest.boilerplate_patterns import (
    COMMENT_ACTION_WORDS,
    COMMENT_CORE_ACTIONS,
    COMMENT_HEAD_RE,
    COMMENT_STAMP_RE,
    GLUED_STAMP_RE,
    NUMBERED_ITEM_RE,
    POST_LINK_RE,
    POST_MARKER_RE,
    POST_SIGNATURE_RE,
    QUOTED_RE,
    SIGNATURE_RE,
    UNIT_SCAN,
    unit_gate,
)
from generator.ingest.units import is_prose, word_count

THREAD = "comment thread"
"""Label of a comment thread's units."""
POSTS = "embedded post"
"""Label of an embedded social-media post."""

_STAMP = "stamp"
_ACTION = "action"
_SIGNATURE = "signature"
_POST = "post"

_STAMP_KEYS_RE = fastre.compile(r"\d[:.]\d\d|\bago\b", scan=UNIT_SCAN)
"""Every timestamp has a clock time or "ago": the cheap test before the full patterns."""
_POST_KEYS = (
    "(@",
    "retweet",
    "rt @",
    "t.co/",
    "pic.twitter",
    "post shared by",
    "this post on",
    "this photo on",
    "this video on",
    "instagr",
)
_POST_KEYS_RE = fastre.compile("|".join(map(re.escape, _POST_KEYS)), folded=UNIT_SCAN)
"""Every embedded-post pattern holds one of these (searched for in the case-folded text)."""
_CERTAIN_HEADERS = 3
"""This many comment headers sharing units with text ("… at 3:03 pm | Reply We…") prove a
thread on their own: it starts at the first, however long the comments are."""
_CLUSTER_GAP = 8
"""Comment headers at most this many units apart belong to one thread."""
_MAX_VOICE_BACK = 8
"""How many units before the first glued stamp may still be the first comment."""


@dataclass
class Evidence:
    """The reader-content features found in one unit."""

    index: int
    """Index of the unit."""
    kinds: set[str] = field(default_factory=set)
    """Which features: stamp, action, signature, post."""
    glued: bool = False
    """True if a comment header (stamp and control) shares the unit with other text."""
    trailing: bool = False
    """True if the header ends its comment ("… | Reply"): the comment stands before it."""


def unit_evidence(index: int, text: str) -> Evidence | None:
    """The comment and post features of one unit's ``text``, or None if it has none."""
    if not _may_have_evidence(text) and (
        text.endswith((".", "!", "?")) or word_count(text) > 12 or not _is_signature(text)
    ):  # a line of story, most lines: one question of the unit's scan; a sentence's end
        return None  # is no signature's (:func:`_is_signature`), its words not counted
    n = word_count(text)
    posted = _POST_KEYS_RE.search_folded(text) is not None
    if n > 12 and not posted and not _STAMP_KEYS_RE.may_match(text):
        return None  # a line of story, most lines: nothing below can find a feature
    may_glue = GLUED_STAMP_RE.may_match(text)  # RE2 on the whole text refuses most
    if n > 14 and not posted and not may_glue:
        return None  # a clock-like number or "ago" in a long line, but no comment header
    windows = _stamp_windows(text)
    if not windows and not posted and n > 12:
        return None  # a clock-like number or "ago" that RE2 saw, but no anchor after all
    found = Evidence(index)
    glued = (
        next((g for w in windows if (g := GLUED_STAMP_RE.search(text, *w))), None)
        if may_glue
        else None
    )
    if glued is not None:
        found.kinds |= {_STAMP, _ACTION}
        found.glued = word_count(text[glued.end() :]) > 0 or glued.start() > 0
        found.trailing = glued["control"] is not None or glued["pipe"] is not None
        if (glued["control"] or "").casefold() in ("retweet", "rt"):
            found.kinds.add(_POST)
    elif (
        windows
        and n <= 14
        and not text.rstrip().endswith(".")
        and any(COMMENT_STAMP_RE.search(text, *w) for w in windows)
    ):
        found.kinds.add(_STAMP)
    if n <= 12 and _is_action_line(text):
        found.kinds.add(_ACTION)
    if n <= 12 and _is_signature(text):
        found.kinds.add(_SIGNATURE)
    if posted and (
        POST_SIGNATURE_RE.search(text)
        or POST_MARKER_RE.search(text)
        or (n <= 40 and POST_LINK_RE.search(text))
    ):
        found.kinds.add(_POST)
    return found if found.kinds else None


def _stamp_windows(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` around each clock time or "ago", where a timestamp could be.

    The stamp patterns are long alternations; run over whole paragraphs they are the
    slowest part of reading, and a timestamp always holds one of these anchors. The anchors
    are looked for as ``finditer`` finds them, each search going on from the last one's end,
    RE2 skipping to where one may start (:meth:`~generator.fastre.Pattern.search_from`):
    ``re`` could not skip ahead for a pattern that opens on ``\\d`` or ``\\b`` and tried every
    character of the paragraph.
    """
    windows: list[tuple[int, int]] = []
    found = _STAMP_KEYS_RE.search_from(text)
    while found is not None:
        windows.append((max(0, found.start() - 45), found.end() + 60))
        found = _STAMP_KEYS_RE.search_from(text, found.end())
    return windows


def _is_action_line(text: str) -> bool:
    """True for a line of comment controls ("Reply", "Report", "12 ▲ 3 ▼", "Like (4)")."""
    low = text.casefold()
    if not _CORE_ACTION_RE.search(low):
        return False  # a core word holds no separator: it would be in one of the tokens
    tokens = [t for t in _ACTION_SPLIT_RE.split(low) if t]
    return all(
        t in COMMENT_ACTION_WORDS or t.isdigit() or not any(c.isalnum() for c in t) for t in tokens
    )


_ACTION_SPLIT_RE = re.compile(r"[\s|·•/,:()\[\]]+")
"""What separates the controls of an action line."""
_CORE_ACTION_RE = re.compile("|".join(map(re.escape, COMMENT_CORE_ACTIONS)))
"""Any core action word, anywhere: one search, where ``any(word in low ...)`` stepped through
the words in Python."""
_may_have_evidence = unit_gate(
    _STAMP_KEYS_RE,
    re.compile(_CORE_ACTION_RE.pattern, re.IGNORECASE),
    re.compile(_POST_KEYS_RE.pattern, re.IGNORECASE),
)
"""Whether :func:`unit_evidence` may find a feature other than a signature: a clock time or
"ago" (every stamp and comment header holds one), a core action word or a post's key in any
case (an action line's or a post's case-folded text holds one); or the line is not ASCII.
Most units are story: one question of their scan refuses them, where each test was asked
in turn. (A signature is asked of short lines in Python: its pattern, names repeated, and a
post's signature, ``[^()]*`` before its handle, kept states alive in the scan's automaton
through most of a line and multiplied them, slowing every unit's scan eightfold.)"""


def _is_signature(text: str) -> bool:
    """A comment signature: "— Name on", "Name says:", "Name on March 3, 2024 at 5 pm".

    Nothing but a timestamp may follow the verb: "Typing on the new keyboard" is a
    subheading, not a signature. Nor may a sentence's end (the pattern's last character is
    none of ``.!?``): a short line of story is refused before the pattern runs.
    """
    if text.endswith((".", "!", "?")):
        return False
    m = SIGNATURE_RE.match(text)
    if m is None:
        return False
    rest = text[m.end("verb") :].strip(" :,")
    return not rest or bool(COMMENT_STAMP_RE.fullmatch(rest))


def label_reader_content(
    units_text: list[str],
    labels: list[str | None],
    start: int,
) -> int | None:
    """Label comment threads and embedded posts after ``start``; return a thread's start.

    ``labels`` is changed in place (only where it is None). The returned index, if any,
    is where the reader content at the end of the page begins: the caller labels the
    rest of the page from there.
    """
    evidence = [
        e
        for i in range(start + 1, len(units_text))
        if labels[i] is None and (e := unit_evidence(i, units_text[i])) is not None
    ]
    if not evidence:
        return None
    thread = _thread_start(units_text, labels, start, evidence)
    _label_posts(units_text, labels, evidence, thread)
    return thread


def _thread_start(
    units_text: list[str],
    labels: list[str | None],
    start: int,
    evidence: list[Evidence],
) -> int | None:
    """Where a comment thread (or a feed of posts) that runs to the end of the page starts."""
    kinds: set[str] = set()
    for e in evidence:
        kinds |= e.kinds
    glued = [e for e in evidence if e.glued]
    signed = [e for e in evidence if _SIGNATURE in e.kinds]
    strong = bool(glued) or len(signed) >= 2 or (len(evidence) >= 2 and len(kinds - {_POST}) >= 2)
    if not strong:
        return None
    first: Evidence | None = None
    if len(glued) >= _CERTAIN_HEADERS:
        first = glued[0]  # a long comment between two headers is still a comment
    else:
        total = sum(
            word_count(units_text[i]) for i in range(start, len(units_text)) if labels[i] is None
        )
        first = _first_near_end(units_text, labels, evidence, max(150, 0.5 * total))
    if first is None:
        return None  # most of the story is still to come: not a thread at the end
    begin = first.index
    if first.trailing:
        begin = _first_comment(units_text, labels, start, begin)
    else:
        for j in range(begin - 1, max(start, begin - 3), -1):
            text = units_text[j]
            if NUMBERED_ITEM_RE.match(text) or COMMENT_HEAD_RE.match(text):
                begin = j
                break
    return begin


def _first_near_end(
    units_text: list[str],
    labels: list[str | None],
    evidence: list[Evidence],
    limit: float,
) -> Evidence | None:
    """The first of ``evidence`` (in the order of the units) with at most ``limit`` words of
    story-like prose after it, or None.

    Prose in a reader's voice, or standing between two comment headers less than
    :data:`_CLUSTER_GAP` units apart, is the thread's, not the story's.

    The words after a unit only grow towards the page's head, so the walk up from the foot
    stops at the first unit of evidence with more than ``limit`` words after it: none above
    it can have fewer. It used to count the words after every unit of the page, asking each
    paragraph's voice, before it looked.
    """
    marks = [e.index for e in evidence]  # in order: evidence is gathered unit by unit
    in_cluster = [False] * len(units_text)
    for a, b in itertools.pairwise(marks):
        if b - a <= _CLUSTER_GAP:
            for i in range(a, b):
                in_cluster[i] = True
    first: Evidence | None = None
    k = len(evidence) - 1
    running = 0  # the words of story after unit i
    for i in range(len(units_text) - 1, -1, -1):
        if i == marks[k]:  # a marked unit adds no words: it is no story
            if running > limit:
                break
            first = evidence[k]
            k -= 1
            if k < 0:
                break
            continue
        text = units_text[i]
        if labels[i] is None and not in_cluster[i] and is_prose(text) and not _voice(text):
            running += word_count(text)
    return first


def _first_comment(units_text: list[str], labels: list[str | None], start: int, stamp: int) -> int:
    """The first unit of the comment that stands before the first glued stamp."""
    begin = stamp
    for j in range(stamp - 1, max(start, stamp - 1 - _MAX_VOICE_BACK), -1):
        if labels[j] is not None and labels[j] != THREAD:
            break
        if not _voice(units_text[j]):
            break
        begin = j
    return begin


def _voice(text: str) -> bool:
    """True for a reader's voice: I/you outside quotes, a question, or shouting.

    The letters of ASCII text are counted by deleting them (``str.translate`` in C): an
    ASCII character is alphabetic, or upper case, exactly when it is one of these.
    """
    bare = QUOTED_RE.sub(" ", text)
    if bare.rstrip().endswith(("?", "!")) or _VOICE_WORD_RE.search(bare):
        return True
    if bare.isascii():
        letters = len(bare) - len(bare.translate(_NO_LETTERS))
        upper = len(bare) - len(bare.translate(_NO_CAPITALS))
        return letters >= 12 and upper > 0.8 * letters
    found = list(filter(str.isalpha, bare))
    return len(found) >= 12 and sum(map(str.isupper, found)) > 0.8 * len(found)


_VOICE_WORD_RE = re.compile(
    r"(?:I(?<!\wI)|M(?<!\wM)[ey]|m(?<!\wm)[ey]|Y(?<!\wY)our?|y(?<!\wy)our?|u(?<!\wu))\b"
)
"""Whether :data:`VOICE_RE` finds a word: each alternative opens on its letter and looks
behind only then, so ``re`` skips to the six letters a word can start with (``\\b`` first had
it try every character). "I'm" and "you're" are found as "I" and "you" (the quote is a
word boundary). ``tests/ingest/test_read_shortcuts.py`` compares the two."""
_NO_LETTERS = str.maketrans("", "", string.ascii_letters)
_NO_CAPITALS = str.maketrans("", "", string.ascii_uppercase)


def _label_posts(
    units_text: list[str],
    labels: list[str | None],
    evidence: list[Evidence],
    thread: int | None,
) -> None:
    """Label embedded posts inside the story: the post's text and its signature line."""
    for e in evidence:
        if _POST not in e.kinds or (thread is not None and e.index >= thread):
            continue
        labels[e.index] = POSTS
        if POST_SIGNATURE_RE.search(units_text[e.index]) and e.index > 0:
            prev = e.index - 1
            if labels[prev] is None and word_count(units_text[prev]) <= 60:
                labels[prev] = POSTS
