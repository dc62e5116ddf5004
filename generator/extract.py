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
            if len(sentence.text.split()) < _MIN_WORDS:
                continue
            inside = [t for t in timexes if sentence.start <= t.start < sentence.end]
            mentions.extend(_mentions_of_sentence(article, sentence, inside))
    return mentions


def _mentions_of_sentence(
    article: Article, sentence: Sentence, timexes: Sequence[Timex]
) -> Iterator[Mention]:
    seen: set[str] = set()
    for timex in timexes:
        date = _event_date(timex)
        if date is None or date.edtf() in seen:
            continue
        seen.add(date.edtf())
        yield Mention(
            article_id=article.id,
            date=date,
            status=_status(date, article.published, sentence.text),
            sentence=_clean(sentence.text),
            title=make_title(sentence.text, timex.text),
            timex=timex,
        )


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


_LEAD_IN = re.compile(
    r"^(?:(?:in|on|at|by|since|during|after|before|until|from|last|this|next|early|late|mid)\s+)+",
    re.I,
)
_TITLE_WORDS = 14


def make_title(sentence: str, date_text: str) -> str:
    """A short headline from a sentence: the date phrase removed, cut to a clause."""
    text = _clean(sentence)
    index = text.find(date_text)
    if index >= 0:
        before = _LEAD_IN.sub("", text[:index].rstrip())
        before = re.sub(
            r"\b(?:in|on|at|by|since|during|the|early|late|of)\s*$", "", before, flags=re.I
        )
        text = (before.rstrip(" ,") + " " + text[index + len(date_text) :].lstrip(" ,")).strip()
    text = re.sub(r"^[,;:\s]+", "", text)
    clause = re.split(r"(?<=\w)[,;:—–]\s|\s[—–]\s", text)[0]
    if len(clause.split()) >= 4:
        text = clause
    words = text.split()
    if len(words) > _TITLE_WORDS:
        words = words[:_TITLE_WORDS]
        text = " ".join(words).rstrip(",;:") + "…"
    text = text.rstrip(".").strip("“”\"' ")
    return text[:1].upper() + text[1:] if text else date_text


def is_precise(date: PartialDate) -> bool:
    """True for day or time precision."""
    return date.precision >= Precision.DAY
