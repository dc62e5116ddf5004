"""Whose words a page shows: the site's summaries, the sources' quotes, and citations.

An ingested event's summary is usually an article's sentence (with its date
spelled out). Shown as the site's own summary it would pass article prose off as
ours, and on a one-source page repeat the quote word for word. So a summary is
shown as the site's only when it is in its own words (:func:`own_summary`: not
the title, not a copy of a quote); otherwise the page shows the lead quote as a
quote, with its source (:func:`lead_quote`). Chronology entries cite their
sources with numbers, as a good timeline article does (:class:`Citations`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from generator.dates import PartialDate
from generator.models import Event, SourceRef
from generator.site.base import (
    SiteIndex,
    date_inferred,
    md_escape,
    source_name,
    source_page_path,
)

COPY_OVERLAP = 0.8
"""Share of a summary's words found in one quote above which the summary is that quote."""
_WORD = re.compile(r"[^\W_]+")
_DATE_NOTE = re.compile(r"\s*\([^()]*\b\d{4}s?\)")
"""A date the summary spelled out in brackets ("tensions rose (January 2026)")."""
_SENTENCE_END = re.compile(r"(?<=[a-z0-9\"”’)][.!?])\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Jr|Sr|U\.S|U\.N)\.$")


@lru_cache(maxsize=1 << 15)
def _words(text: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(_DATE_NOTE.sub("", text)))


def copies(text: str, other: str) -> bool:
    """True when ``text`` is ``other`` in other dress: same words, or nearly all of them."""
    mine, theirs = _words(text), _words(other)
    if not mine:
        return True
    if mine == theirs:
        return True
    found = set(theirs)
    return sum(w in found for w in mine) / len(mine) >= COPY_OVERLAP


def own_summary(event: Event) -> str | None:
    """The event's summary when it is in the site's own words, else None.

    Not when it repeats the title, nor when it copies one of the event's quotes
    (an article's sentence with a date added is still the article's sentence).
    """
    summary = (event.summary or "").strip()
    if not summary or copies(summary, event.title):
        return None
    if any(copies(summary, ref.quote) for ref in event.sources if ref.quote):
        return None
    return summary


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (all of it when it has one)."""
    text = " ".join(text.split())
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if not _ABBREVIATION.search(text[start : match.start()]):
            return text[: match.start()]
    return text


def lead_quote(event: Event, index: SiteIndex) -> SourceRef | None:
    """The quote a page shows first for an event.

    One from an article written when the event had happened (not a preview), that
    shares words with the title (it is about this event) and adds most to it, of a
    readable length.
    """
    refs = [ref for ref in event.sources if ref.quote]
    if not refs:
        return None
    title = set(_words(event.title))

    def score(ref: SourceRef) -> tuple[bool, int, int, int]:
        source = index.sources.get(ref.article)
        after = bool(source and source.published and not _before(source.published, event))
        words = set(_words(ref.quote))
        shared, new = len(title & words), len(words - title)
        return after, min(shared, 3), min(new, 20), -abs(len(ref.quote) - 160)

    return max(refs, key=score)


def _before(published: PartialDate, event: Event) -> bool:
    """True when an article's date lies before the event's (at their shared precision)."""
    return published.sort_key() < event.date.sort_key() and not published.compatible(event.date)


def outlet(article: str, index: SiteIndex) -> str:
    """The publication a quote comes from (its title when the outlet is unknown)."""
    source = index.sources.get(article)
    if source and source.outlet:
        return source.outlet
    return source_name(article, source)


def attribution(article: str, index: SiteIndex) -> str:
    """A source as plain text, the outlet (or title) first: "Outlet, Author, 3 February 2026"."""
    source = index.sources.get(article)
    parts = [outlet(article, index)]
    if source and source.author:
        parts.append(source.author)
    if source and source.published:
        after = "on or after " if date_inferred(source) else ""
        parts.append(after + source.published.human())
    return ", ".join(parts)


@dataclass
class Citations:
    """Numbered citations of a page at the docs root (the chronology): each source gets
    its number when first cited."""

    numbers: dict[str, int] = field(default_factory=dict)
    """Article id → its number, in order of first citation."""

    def cite(self, event: Event) -> str:
        """The citation marks of an event's sources, linking to the page's list of sources."""
        marks = []
        for article in dict.fromkeys(ref.article for ref in event.sources):
            number = self.numbers.setdefault(article, len(self.numbers) + 1)
            marks.append(f"[\\[{number}\\]](#ref-{number})")
        if not marks:
            return ""
        return f'<sup class="chronicle-cite">{"".join(marks)}</sup>'

    def references(self, index: SiteIndex) -> list[str]:
        """The numbered list of every cited source, for the foot of the page."""
        if not self.numbers:
            return []
        lines = ["## Sources cited { #sources-cited data-search-exclude }", ""]
        for article, number in self.numbers.items():
            name = source_name(article, index.sources.get(article))
            about = [p for p in attribution(article, index).split(", ") if p not in name]
            extra = f" — {md_escape(', '.join(about))}" if about else ""
            page = source_page_path(article)
            lines += [f"{number}. [{md_escape(name)}]({page}){extra}", f"    {{ #ref-{number} }}"]
        return [*lines, ""]
