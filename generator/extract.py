"""Dated statements → :class:`Mention` candidates.

An event is a dated statement in an article body: who did what, when. For
every sentence of the kept body we look at the temporal expressions the
tagger found in it; each one that names a calendar period (not a duration,
not a reference line, not "now") makes a mention dated by it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from generator.dates import PartialDate, Precision
from generator.headline import make_headline
from generator.models import Article, Mention, Timex
from generator.temporal import tag

log = logging.getLogger(__name__)

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
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*(?:\[\d+\])?(?=\s+["“‘(]?[A-Z0-9])""")
_FUTURE_CUE = re.compile(
    r"\b(will|shall|going to|scheduled|upcoming|expected to|due to|set to|plans? to|next)\b", re.I
)
_MIN_WORDS = 6
"""Sentences shorter than this are headings or fragments, not statements."""


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article body with its offsets in the paragraph."""

    text: str
    """The sentence, verbatim."""
    start: int
    """Offset in the paragraph."""
    end: int
    """Offset just past its end in the paragraph."""


def split_sentences(paragraph: str) -> list[Sentence]:
    """Split a paragraph into sentences, keeping abbreviations such as "U.S." whole."""
    sentences = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.end()
        head = paragraph[start:end]
        if any(head.endswith(abbr) for abbr in _ABBREVIATIONS) and not head.endswith("p.m."):
            continue
        if head.strip():
            sentences.append(_make_sentence(paragraph, start, end))
        start = end
    if paragraph[start:].strip():
        sentences.append(_make_sentence(paragraph, start, len(paragraph)))
    return sentences


def _make_sentence(paragraph: str, start: int, end: int) -> Sentence:
    while start < end and paragraph[start].isspace():
        start += 1
    while end > start and paragraph[end - 1].isspace():
        end -= 1
    return Sentence(paragraph[start:end], start, end)


def extract_mentions(article: Article) -> list[Mention]:
    """Every dated statement of an article's body, in text order."""
    mentions: list[Mention] = []
    for paragraph in article.paragraphs:
        timexes = tag(paragraph, article.published)
        for sentence in split_sentences(paragraph):
            if len(sentence.text.split()) < _MIN_WORDS or sentence.text[:1] in "“\"‘'":
                continue  # fragments, and quoted speech (its dates are the speaker's)
            inside = [t for t in timexes if sentence.start <= t.start < sentence.end]
            mentions.extend(_mentions_of_sentence(article, sentence, inside))
    return mentions


def _mentions_of_sentence(
    article: Article, sentence: Sentence, timexes: Sequence[Timex]
) -> Iterator[Mention]:
    dated = [(t, d) for t in timexes if (d := _event_date(t)) is not None]
    seen: set[str] = set()
    for timex, date in dated:
        if date.precision == Precision.TIME and any(
            other.precision == Precision.TIME and other != date and other.compatible(_day(date))
            for _, other in dated
        ):
            date = _day(date)  # "11 a.m. local time (1600 GMT)": one day, two clocks
        if date.edtf() in seen or any(
            other.precision > date.precision and date.contains(other) for _, other in dated
        ):
            continue
        seen.add(date.edtf())
        yield Mention(
            article_id=article.id,
            date=date,
            status=_status(date, article.published, sentence.text),
            sentence=_clean(sentence.text),
            title=make_headline(sentence.text, timex.text),
            timex=timex,
        )


def _day(date: PartialDate) -> PartialDate:
    return PartialDate(date.year, date.month, date.day, approximate=date.approximate)


def _event_date(timex: Timex) -> PartialDate | None:
    """The date an expression gives an event, or None if it cannot date one."""
    if timex.reference or timex.type not in ("DATE", "TIME"):
        return None
    return timex.date()


def _status(date: PartialDate, published: PartialDate | None, sentence: str) -> str:
    """``scheduled`` when the date lies after the reporting date, else ``occurred``."""
    if published is None:
        return "scheduled" if _FUTURE_CUE.search(sentence) else "occurred"
    if date.compatible(published):
        return "scheduled" if date.precision > published.precision else "occurred"
    return "scheduled" if date.sort_key() > published.sort_key() else "occurred"


def _clean(text: str) -> str:
    text = re.sub(r"\[\d+\]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def is_precise(date: PartialDate) -> bool:
    """True for day or time precision."""
    return date.precision >= Precision.DAY
