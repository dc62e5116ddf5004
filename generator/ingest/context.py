"""The sentences around a dated one that a summary may add: what it goes on to say, and
what it goes on from.

A title shortens its sentence; when the sentence says little more than the title, the
summary adds the sentence after it or the one before it, if that one holds on to it
(a pronoun, a shared word of substance) and is not an event of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from generator.ingest.page_text import normalize
from generator.ingest.topic import terms
from generator.models import Timex


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article body with its offsets in the paragraph."""

    text: str
    """The sentence, verbatim."""
    start: int
    """Offset in the paragraph."""
    end: int
    """Offset just past its end in the paragraph."""


Context = tuple[Sentence, Sequence[Timex], Sequence[int]]
"""A sentence with its paragraph's expressions and their start offsets."""
Bar = Callable[[], bool]
"""Whether a sentence is barred (``barred.is_barred``), asked only when needed."""


def _not_barred() -> bool:
    """The bar of a sentence the caller has cleared already."""
    return False


_PRONOUN_OPENING = re.compile(r"(?:He|She|It|They|His|Her|Its|Their)\b")
"""A sentence opening with one goes on about the one before."""
_TURN = re.compile(
    r"(?:Separately|Meanwhile|Elsewhere|In other news|Also|In addition|However)\b", re.I
)
"""A sentence opening with one turns to something else."""


FOLLOWING_WORDS = (5, 40)
"""Fewest and most words of a following sentence that a summary may add."""


def following_sentence(
    sentence: Sentence,
    timexes: Sequence[Timex],
    starts: Sequence[int],
    before: str,
    barred: Bar = _not_barred,
) -> str:
    """``sentence`` as what ``before`` goes on to say, or "" when it is not that.

    It must hold on to it: a pronoun opens it ("He dug her out …") or it shares a word
    of substance with it (:func:`~generator.ingest.topic.terms`); not when it turns to
    something else ("Separately, …", "Mark Doyle, BBC News …"), dates something itself
    (it is its own event), or is too short or too long to add to a summary. The caller
    leaves out speech and furniture (``barred.is_barred``), or passes ``barred``, which is
    asked last. The cheap tests (its length, its dates) come first: each one refuses alone,
    and most sentences fail one before their words of substance need to be found; the bar,
    dearer than those words (two RE2 scans and a dozen patterns), is asked of the few left.
    """
    if not _fits(sentence, timexes, starts):
        return ""
    if not _goes_on(sentence.text, before) or barred():
        return ""
    return normalize(sentence.text)


def preceding_sentence(before: Context | None, after: str, barred: Bar = _not_barred) -> str:
    """The sentence ``before`` as what ``after`` goes on from, or "".

    ``after`` must hold on to it (:func:`_goes_on`), and it must pass
    :func:`following_sentence` with ``after`` as the sentence it goes with: so when the
    two share no word of substance, both must open with a pronoun. Both ways are tested
    at once: neither turns to something else, and both open with a pronoun or they share
    a word (found once, not once each way). ``barred``, the bar of the sentence before, is
    asked last (see :func:`following_sentence`).
    """
    if before is None:
        return ""
    sentence, timexes, starts = before
    text = sentence.text
    if _TURN.match(after) or _TURN.match(text) or not _fits(sentence, timexes, starts):
        return ""
    if not (_PRONOUN_OPENING.match(after) and _PRONOUN_OPENING.match(text)) and not (
        terms(after) & terms(text)
    ):
        return ""
    return "" if barred() else normalize(text)


def _fits(sentence: Sentence, timexes: Sequence[Timex], starts: Sequence[int]) -> bool:
    """Whether ``sentence`` is long enough and short enough to add to a summary
    (:data:`FOLLOWING_WORDS`) and dates nothing itself (else it is its own event)."""
    fewest, most = FOLLOWING_WORDS
    if not fewest <= len(sentence.text.split()) <= most:
        return False
    return not any(
        t.type in ("DATE", "TIME") and t.value and t.value[:1].isdigit()
        for t in slice_timexes(timexes, starts, sentence)
    )


def _goes_on(text: str, other: str) -> bool:
    """Whether ``text`` holds on to ``other``: it opens with a pronoun or shares a word of
    substance with it (:func:`~generator.ingest.topic.terms`), and does not turn to
    something else ("Separately, …")."""
    return not _TURN.match(text) and bool(
        _PRONOUN_OPENING.match(text) or terms(text) & terms(other)
    )


def slice_timexes(
    timexes: Sequence[Timex], starts: Sequence[int], sentence: Sentence
) -> list[Timex]:
    """The timexes that start inside ``sentence``, in text order.

    ``timexes`` is :func:`~generator.temporal.tag`'s result for the paragraph (sorted by
    start) and ``starts`` their start offsets. Two bisections find the sentence's slice,
    so a paragraph costs time linear in its length; scanning every timex of the
    paragraph for every sentence made a one-line article quadratic (issue 17).
    """
    low = bisect_left(starts, sentence.start)
    return list(timexes[low : bisect_left(starts, sentence.end, low)])


Paragraph = tuple[Sequence[Sentence], Sequence[Timex], Sequence[int], Callable[[int], bool]]
"""A paragraph's sentences, timexes, their starts and its bars (``barred.bars``)."""


def sentence_neighbours(
    sentences: Sequence[Sentence],
    index: int,
    paragraph: tuple[Sequence[Timex], Sequence[int]],
    barred: Callable[[int], bool],
    last: Paragraph | None,
) -> tuple[str, str]:
    """What the sentence at ``index`` goes on to say and what it goes on from
    (:func:`following_sentence`, :func:`preceding_sentence`; the paragraph before's last
    sentence for the first, :func:`after_paragraph`), each neighbour's bar asked after its
    cheaper tests. Asked only once the sentence has made a
    mention: half the sentences with a date make none, and their neighbours' words of
    substance and bars went unused."""
    timexes, starts = paragraph
    sentence = sentences[index]
    following = (
        following_sentence(
            sentences[index + 1], timexes, starts, sentence.text, partial(barred, index + 1)
        )
        if index + 1 < len(sentences)
        else ""
    )
    if index:
        previous = (sentences[index - 1], timexes, starts)
        return following, preceding_sentence(previous, sentence.text, partial(barred, index - 1))
    return following, after_paragraph(last, sentence.text)  # the paragraph before's last


def no_neighbours() -> tuple[str, str]:
    """No sentence after or before: those of a sentence that is alone."""
    return "", ""


def after_paragraph(paragraph: Paragraph | None, after: str) -> str:
    """The last sentence of ``paragraph`` as what ``after`` goes on from
    (:func:`preceding_sentence`), unless it is barred; its bar is worked out only here, when
    the next paragraph's first sentence makes a mention, and only once the cheaper tests
    have kept it."""
    if paragraph is None:
        return ""
    sentences, timexes, starts, barred = paragraph
    if not sentences:
        return ""
    last: Context = (sentences[-1], timexes, starts)
    return preceding_sentence(last, after, partial(barred, len(sentences) - 1))
