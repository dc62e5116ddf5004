"""Sentences of a paragraph: where one ends, keeping abbreviations ("U.S."), clock times
("9:51 a.m. ET") and middle initials ("Columbus E. Jones") inside it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate

from generator import fastre
from generator.ingest.context import Sentence

_ABBREVIATIONS = (
    "U.S.",
    "U.N.",
    "U.K.",
    "D.C.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "St.",
    "Jr.",
    "Sr.",
    "Gen.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Prof.",
    "No.",
    "Inc.",
    "Corp.",
    "Co.",
    "Ltd.",
    "vs.",
    "a.m.",
    "p.m.",
    "e.g.",
    "i.e.",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Sep.",
    "Oct.",
    "Nov.",
    "Dec.",
)
_INITIAL = re.compile(r"\b[A-Z][a-z]+\s[A-HJ-Z]\.$")
"""A given name and a middle initial ("Columbus E."), which no sentence ends on."""
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*(?:\[\d+\])?(?=\s+["“‘(]?[A-Z0-9])""")
"""The end of a sentence."""
_ITEM_START = re.compile(r"\s(?<=\S\s)(?=\s*(?:1[0-9]|20)\d{2}(?::|\s+[-–—])\s+[A-Z“\"])")
"""The space before an item of an inline chronology ("… | 1946: Churchill …"), where the
sentence before ends. (Apart from :data:`_SENTENCE_END` and opening on the space, not on
a lookbehind: ``re`` then skips to the spaces of a text instead of trying every place.)"""
_GLUED = re.compile(
    r"\s(?<=[a-z]\s)\s*(?=(?:On|In|At|By|Since|Until|From)\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul"
    r"|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"
    r"|(?:The|An|He|She|It|They|We|His|Her|Their|Its|There|This)\s+[a-z])"
)
"""A heading or a caption run into the next sentence without a full stop ("Dr Murray
denies any wrongdoing On 8 February, 2010, Dr Murray appeared in court"): after a
lowercase word, a capitalised preposition before a date, or a capitalised article or
pronoun before a lowercase word. Not inside a name ("his This Is It tour"). (Opening on
the space, as :data:`_ITEM_START` does.)"""
_HINTS = fastre.Scan()
_ITEM_HINT = fastre.compile(r"\s\s*(?:1[0-9]|20)\d{2}(?::|\s+[-–—])\s+[A-Z“\"]", scan=_HINTS)
_GLUED_HINT = fastre.compile(
    r"\s\s*(?:(?:On|In|At|By|Since|Until|From)\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
    r"|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"
    r"|(?:The|An|He|She|It|They|We|His|Her|Their|Its|There|This)\s+[a-z])",
    scan=_HINTS,
)
""":data:`_ITEM_START` and :data:`_GLUED` with their lookarounds' text in line (RE2 takes no
lookaround): where one RE2 scan of a paragraph finds neither, they have no match. Both are
rare (2 % of the news paragraphs), and ``re`` would try every space of every paragraph."""
_END_HINT = fastre.compile(r"""[.!?]["'”’)\]]*(?:\[\d+\])?\s+["“‘(]?[A-Z0-9]""", scan=_HINTS)
""":data:`_SENTENCE_END` with its lookahead's text in line, in the same scan: most paragraphs
are one sentence, and the scan that refuses the hints above refuses an end too, so that
``re`` looks for the ends only in a paragraph that may have one."""
_ANY_HINT = fastre.compile(
    "|".join(f"(?:{hint.pattern})" for hint in (_END_HINT, _GLUED_HINT, _ITEM_HINT))
)
"""Any of the three hints, in one pattern: one RE2 search refuses a paragraph none of them
may match (96 % of the news paragraphs: one sentence each), which costs a third of the set
scan and the three asks of its answers. Its matches are those of its members (``re`` and
RE2 alike), so a paragraph it refuses is one the scan would refuse."""
_ZONE_NEXT = re.compile(r"\s+(?:[A-Z]{1,4}T|GMT|UTC|local\s+time)\b")
"""A time zone right after "a.m."/"p.m.": the sentence goes on."""
SPLIT_CACHE = 1024
"""Paragraphs whose sentences are remembered: more than any one article has."""


def split_sentences(paragraph: str) -> list[Sentence]:
    """Split a paragraph into sentences, keeping abbreviations such as "U.S." whole."""
    known = _ARTICLE_SPLITS.get(paragraph)
    return list(known if known is not None else _split_sentences(paragraph))


def split_article(paragraphs: Sequence[str]) -> list[tuple[Sentence, ...]]:
    """The sentences of each of an article's ``paragraphs``, kept for :func:`split_sentences`
    until the next article is split (extraction splits each paragraph again).

    Where RE2 runs, the paragraphs that may hold a sentence end or a hint
    (:data:`_ANY_HINT`) are found by one search of the article, the paragraphs joined by
    NULs (which no hint matches, so that a match lies in one paragraph and is one of it);
    each other is its one sentence, as :func:`_split_sentences` would find, without an RE2
    scan of its own (96 % of the news paragraphs)."""
    if not fastre.has_re2():  # ``re`` would try every place of the article: one by one
        found = [_split_sentences(p) for p in paragraphs]
    else:
        hinted = _hinted(paragraphs)
        found = [
            _split_sentences(p) if i in hinted else _whole(p) for i, p in enumerate(paragraphs)
        ]
    _ARTICLE_SPLITS.clear()
    _ARTICLE_SPLITS.update(zip(paragraphs, found, strict=True))
    return found


_ARTICLE_SPLITS: dict[str, tuple[Sentence, ...]] = {}
"""The sentences of the paragraphs of the article :func:`split_article` split last."""


def _hinted(paragraphs: Sequence[str]) -> set[int]:
    """The indexes of the ``paragraphs`` in which :data:`_ANY_HINT` matches."""
    text = "\x00".join(paragraphs)
    hinted: set[int] = set()
    found = _ANY_HINT.search_from(text)
    if found is None:
        return hinted
    ends = list(accumulate(len(p) + 1 for p in paragraphs))  # where each next one starts
    last = len(paragraphs) - 1
    while found is not None:
        index = bisect_right(ends, found.start())
        hinted.add(index)
        found = _ANY_HINT.search_from(text, ends[index]) if index < last else None
    return hinted


def _whole(paragraph: str) -> tuple[Sentence, ...]:
    """The sentences of a paragraph with no sentence end and neither hint: itself, stripped
    (none for a blank one)."""
    body = paragraph.strip()
    if not body:
        return ()
    if len(body) == len(paragraph):  # nothing to strip: the paragraph is the sentence
        return (Sentence(paragraph, 0, len(paragraph)),)
    return (_make_sentence(paragraph, 0, len(paragraph)),)


@lru_cache(maxsize=SPLIT_CACHE)
def _split_sentences(paragraph: str) -> tuple[Sentence, ...]:
    """:func:`split_sentences`, cached: extraction and corroboration split each paragraph.

    Most paragraphs are one sentence: with no sentence end found and neither hint (RE2)
    possible, the paragraph is that sentence, and the glued and item scans, the sort and
    the loop over the ends are skipped (:func:`_split_at` would find the same). One RE2
    scan answers the three hints (``re`` looks for ends only where one may be), and a
    paragraph with nothing to strip is its sentence without slicing it (30,000 recorded
    paragraphs: a quarter fewer instructions than searching each with ``re`` first).
    :data:`_ANY_HINT` refuses the paragraphs none of the three may match before the scan is
    asked (142,015 recorded calls, callgrind: 2.17 → 1.94 G instructions)."""
    if _ANY_HINT.may_match(paragraph):  # an end or a hint may be found: ask the scan
        glued_hint = _GLUED_HINT.may_match(paragraph)
        item_hint = _ITEM_HINT.may_match(paragraph)
        ended = _END_HINT.may_match(paragraph)  # the same scan answers: ``re`` where it may
        ends = [m.end() for m in _SENTENCE_END.finditer(paragraph)] if ended else []
        if ends or glued_hint or item_hint:
            return _split_at(paragraph, ends, glued_hint, item_hint)
    return _whole(paragraph)


def _split_at(
    paragraph: str, ends: list[int], glued_hint: bool, item_hint: bool
) -> tuple[Sentence, ...]:
    """The sentences of ``paragraph``, given its sentence ``ends`` and whether the glued and
    item hints may match (a hint that cannot match leaves its scan out: no place found)."""
    sentences = []
    start = 0
    glued = [m.start() for m in _GLUED.finditer(paragraph)] if glued_hint else []
    glued = [end for end in glued if _lowercase_before(paragraph, end)][::-1]  # a stack
    items = [m.start() for m in _ITEM_START.finditer(paragraph)] if item_hint else []
    for end in sorted(ends + items):
        while glued and glued[-1] < end:  # a heading run into the sentence ends before
            sentences.append(_make_sentence(paragraph, start, glued[-1]))
            start = glued.pop()
        # Test the text since ``start`` in place: a run of abbreviations ("U.S. U.N. ...")
        # would otherwise copy an ever longer head at every one of them.
        if paragraph.endswith(_ABBREVIATIONS, start, end) and not paragraph.endswith(
            "p.m.", start, end
        ):
            continue
        if paragraph.endswith(("a.m.", "p.m."), start, end) and _ZONE_NEXT.match(paragraph, end):
            continue  # "9:51 a.m. ET) The head …": the zone belongs to the clock time
        if _INITIAL.search(paragraph, max(start, end - 40), end):
            continue  # "the suspects … as Columbus E. Bonner": a middle initial
        if not paragraph[start:end].isspace():
            sentences.append(_make_sentence(paragraph, start, end))
        start = end
    for end in reversed(glued):
        sentences.append(_make_sentence(paragraph, start, end))
        start = end
    if paragraph[start:].strip():
        sentences.append(_make_sentence(paragraph, start, len(paragraph)))
    return tuple(sentences)


def _lowercase_before(paragraph: str, end: int) -> bool:
    """Whether the word ending at ``end`` is all lowercase letters ("wrongdoing", not "Is"
    of "This Is It")."""
    word = paragraph[paragraph.rfind(" ", 0, end) + 1 : end]
    return word.isalpha() and word.islower()


def _make_sentence(paragraph: str, start: int, end: int) -> Sentence:
    """The sentence ``paragraph[start:end]`` without the white space around it (found by
    ``str.lstrip``/``rstrip``, which take the same characters as ``str.isspace``, in C)."""
    text = paragraph[start:end]
    head = text.lstrip()
    if not head:
        return Sentence("", end, end)
    start += len(text) - len(head)
    body = head.rstrip()
    return Sentence(body, start, start + len(body))
