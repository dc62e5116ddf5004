"""Turning an article's paragraph units into an :class:`~generator.models.Article`.

The format readers split a file into units; :func:`build_article` has
:func:`generator.ingest.boilerplate.classify` label them, keeps the story paragraphs and
references, records what was dropped, and settles the publication date: given by
metadata, stated in a date line or byline, or inferred (:mod:`generator.ingest.pubdate`).
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator.dates import MONTH_NAMES, PartialDate
from generator.ingest import boilerplate
from generator.ingest.boilerplate import REFERENCE, Unit
from generator.ingest.boilerplate_patterns import (
    AUTHOR_PREFIX_RE,
    AUTHOR_ROLE_RE,
    HEAD_STAMP_RE,
    INLINE_STAMP_KEY_RE,
    INLINE_STAMP_RE,
    ORG_WORD_RE,
    PAGE_STAMP_RE,
    STAFF_BYLINE_RE,
    unit_gate,
)
from generator.ingest.pubdate import DATE_LINE_RE, STATED_RE, find_full_dates, infer_published
from generator.ingest.voice import voice_of
from generator.models import Article, Dropped
from generator.temporal import WEEKDAYS


def build_article(
    article_id: str,
    path: Path,
    units: list[Unit],
    *,
    meta: dict[str, Any] | None = None,
    extra_dropped: Sequence[Dropped] = (),
    published: PartialDate | None = None,
    evidence: str | None = None,
    page_date: PartialDate | None = None,
) -> Article:
    """Classify units, gather metadata and date, and make the Article.

    ``published`` is authoritative (front matter, a corpus field); ``page_date`` (a saved
    page's metadata, described by ``evidence``) yields to a publication date the text
    itself states ("Published …", "Posted …"), and wins over a bare date line (a
    sidebar's, a profile's "Joined …") or an "Updated …" one.
    """
    meta = meta or {}
    stamps = _strip_inline_stamps(units)
    cleaned = boilerplate.classify(units, DATE_LINE_RE, title=meta.get("title"))
    paragraphs = [u.text for u in units if u.label is None]
    update_days = _update_days([u.stamp for u in units if u.label is None])
    references = [u.text for u in units if u.label == REFERENCE]
    dropped = list(extra_dropped) + stamps + _merge_dropped(units)
    article = Article(
        id=article_id,
        path=_display_path(path),
        title=meta.get("title") or cleaned.title,
        author=clean_author(meta.get("author") or cleaned.author, cleaned.outlet),
        outlet=meta.get("outlet") or cleaned.outlet,
        url=meta.get("url"),
        language=meta.get("language"),
        paragraphs=paragraphs,
        references=references,
        dropped=dropped,
        update_days=update_days,
        voice=voice_of(paragraphs),
    )
    if published is not None:
        article.published, article.published_evidence = published, evidence
        article.headed_day = headed_day(paragraphs[:1], published)
        return article
    date_line = (
        cleaned.date_line
        or next((d.text for d in stamps if d.reason == PAGE_STAMP), None)
        or next((u.text for u in units if u.label == "byline" and find_full_dates(u.text)), None)
    )
    hits = find_full_dates(date_line) if date_line else []
    if hits and (page_date is None or STATED_RE.match(date_line or "")):
        article.published = hits[0].date
        article.published_evidence = f"stated: {date_line!r}"
        return article
    if page_date is not None:
        article.published, article.published_evidence = page_date, evidence
        return article
    all_text = "\n".join(u.text for u in units)
    article.published, article.published_evidence = infer_published(
        paragraphs, cleaned.copyright_year, all_text
    )
    article.published_inferred = article.published is not None
    if article.published is None and evidence:
        article.published_evidence = f"{evidence}; {article.published_evidence}"
    return article


def _strip_inline_stamps(units: list[Unit]) -> list[Dropped]:
    """Take live-blog update stamps out of the paragraphs they open; each is recorded.

    "(Update 4:51 p.m. in Cairo, 9:51 a.m. ET) The head of the stock market said …":
    the stamp gives when the blog was updated, not when anything happened. So does a
    date-and-time stamp glued to a paragraph's head ("Saturday 15 January 2005 00.03 GMT").
    """
    found: list[Dropped] = []
    for unit in units[:HEADER_UNITS]:
        stamp = PAGE_STAMP_RE.search(unit.text)
        if stamp and _is_header(unit.text[: stamp.start()], unit.text[stamp.end() :]):
            header = unit.text[: stamp.start()].strip()  # headline and standfirst, stamp, story
            found += [Dropped(header, "headline"), Dropped(stamp.group(0).strip(), PAGE_STAMP)]
            unit.text = unit.text[stamp.end() :]
    for unit in units:
        if not _may_hold_stamp(unit.text):
            continue  # most paragraphs: none of the three patterns below can match
        low = unit.text.casefold()
        if ("pdate" in low or "posted" in low) and INLINE_STAMP_KEY_RE.may_match(unit.text):
            _take_inline_stamps(unit, found)
        staff = STAFF_BYLINE_RE.match(unit.text) if unit.text.startswith("By") else None
        if staff and len(unit.text) - staff.end() >= 40:
            found.append(Dropped(staff.group(0).strip(), "byline"))
            unit.text = unit.text[staff.end() :]
        head = HEAD_STAMP_RE.match(unit.text)
        if head and len(unit.text) - head.end() >= 40:  # a stamp, then the paragraph itself
            found.append(Dropped(head.group(0).strip(), "timestamp"))
            unit.text = unit.text[head.end() :]
    return found


def _take_inline_stamps(unit: Unit, found: list[Dropped]) -> None:
    """Take the live-blog update stamps out of ``unit``'s text (each recorded in ``found``).

    One ``finditer`` pass gives the stamps and the text between them: the same stamps as
    ``findall`` and the same text as ``sub("", …)``, where both were asked (the pattern
    opens on optional items, so ``re`` tries every place of the paragraph, twice)."""
    text = unit.text
    pieces: list[str] = []
    stamps: list[str] = []
    end = 0
    for match in INLINE_STAMP_RE.finditer(text):
        stamps.append(match.group())
        pieces.append(text[end : match.start()])
        end = match.end()
    if stamps:
        pieces.append(text[end:])
        found.extend(Dropped(stamp.strip(), "timestamp") for stamp in stamps)
        unit.text = "".join(pieces).strip() or text
        unit.stamp = stamps[0]


_may_hold_stamp = unit_gate(INLINE_STAMP_RE, STAFF_BYLINE_RE, HEAD_STAMP_RE)
"""Whether an update stamp, a staff byline or a date stamp may be in a paragraph (or it is
not ASCII): one question of the unit's scan, where each pattern was asked in turn and the
paragraph case-folded for the first."""


def _update_days(stamps: Sequence[str | None]) -> tuple[tuple[int, int], ...]:
    """Where a live blog's days start: (paragraph index, weekday) of each update stamp
    (``stamps``: each paragraph's, or None) that names a weekday, or that names none and
    is followed further down by one that does (a live blog puts its newest update first:
    "(Update 11:58 p.m. Cairo …)" above "(Update 12:37 p.m. Wednesday …)" was Wednesday)."""
    days: list[tuple[int, int]] = []
    below: int | None = None  # the weekday of the nearest stamp further down
    for index in range(len(stamps) - 1, -1, -1):
        stamp = stamps[index]
        if stamp is None:
            continue
        named = _WEEKDAY.search(stamp)
        if named:
            below = WEEKDAYS[named.group(1).lower()]
        if below is not None:
            days.append((index, below))
    return tuple(reversed(days))


_WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
"""The first weekday a stamp names: the local one ("5:16 a.m. Thursday in Cairo, 10:16 p.m.
ET Wednesday")."""


PAGE_STAMP = "page time stamp"
"""Why a page's own stamp after its headline was taken out: it dates the page."""
HEADER_UNITS = 3
"""Paragraphs at a page's head that may carry its headline and standfirst before a stamp."""
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z“\"]")
"""A sentence ending before another: text with one is story, not a headline."""


def _is_header(head: str, rest: str) -> bool:
    """Whether ``head`` is a headline and standfirst (no sentence ends in it, 60 words at
    most) before a stamp that the story (``rest``, 40 characters or more, or a whole sentence
    of four words: "The myth of it is well known.") follows."""
    return (
        bool(head.strip())
        and not _SENTENCE_END.search(head)
        and len(head.split()) <= 60
        and (
            len(rest) >= 40 or (len(rest.split()) >= 4 and rest.rstrip().endswith((".", "!", "?")))
        )
    )


def _merge_dropped(units: list[Unit]) -> list[Dropped]:
    """One :class:`Dropped` per run of units with the same reason."""
    merged: list[Dropped] = []
    run: list[str] = []
    reason: str | None = None
    for unit in [*units, Unit("", 0)]:
        label = unit.label if unit.text else "\0end"
        if (
            label in (None, REFERENCE)
            or label != reason
            or label in ("title", "byline", "date line")
        ):
            if run and reason is not None:
                merged.append(Dropped("\n".join(run), reason))
            run, reason = [], None
        if label not in (None, REFERENCE, "\0end"):
            run.append(unit.text)
            reason = label
    return merged


def _display_path(path: Path) -> str:
    return _relative_path(path, os.getcwd())


@lru_cache(maxsize=1024)
def _relative_path(path: Path, cwd: str) -> str:
    """``path`` from ``cwd`` if it is under it, else as given: resolved once for every line
    of a corpus, not again for each (two walks of the file system an article)."""
    try:
        return str(path.resolve().relative_to(Path(cwd).resolve()))
    except ValueError:
        return str(path)


def clean_author(author: str | None, outlet: str | None = None) -> str | None:
    """The names of a byline, without job titles, roles or the outlet's name.

    "Lena Hartmann; Tomasz Wojcik" → "Lena Hartmann and Tomasz Wojcik"; "Jane Doe,
    Meridian Newswire" → "Jane Doe"; "记者 王晓东" → "王晓东".
    """
    if not author:
        return author
    name = AUTHOR_PREFIX_RE.sub("", " ".join(author.split()))
    parts = [p.strip() for p in re.split(r"\s*;\s*", name) if p.strip()]
    if len(parts) > 1:
        name = ", ".join(parts[:-1]) + " and " + parts[-1]
    head, sep, last = name.rpartition(",")
    if sep and head and (ORG_WORD_RE.search(last.strip()) or last.strip() == outlet):
        name = head.strip()
    name = AUTHOR_ROLE_RE.sub("", name).strip()
    return name or author


HEADED_DAYS_BEFORE = (1, 2)
"""How many days before its publication a page's heading may date it."""
_MONTHS = "|".join(MONTH_NAMES)
_DAYS = "|".join(day.capitalize() for day in WEEKDAYS)
_HEADED_DAY = re.compile(
    rf"\b({_DAYS}),?\s+(?:(\d{{1,2}})\s+({_MONTHS})|({_MONTHS})\s+(\d{{1,2}}))\s+(?=[A-Z])"
)
"""A weekday's date ending a heading that runs on into the text ("Your stories Thursday 14
January Up to 10,000 US troops …"); not one ending a sentence ("before Mubarak's speech
Thursday, February 10.")."""


def headed_day(first: Sequence[str], published: PartialDate | None) -> PartialDate | None:
    """The day the page's heading (the start of its first paragraph) gives it, with its
    weekday ("Your stories Thursday 14 January"), when that is :data:`HEADED_DAYS_BEFORE`
    days before ``published``: a round-up or a live page saved the next day."""
    if not first or published is None or published.day is None:
        return None
    found = _HEADED_DAY.search(first[0][:_HEADING_CHARS])
    if found is None:
        return None
    month = found.group(3) or found.group(4)
    day = int(found.group(2) or found.group(5))
    try:
        date = datetime.date(published.year, MONTH_NAMES.index(month) + 1, day)
    except ValueError:
        return None
    if WEEKDAYS[found.group(1).lower()] != date.weekday():
        return None  # not this year's date, or not a date at all
    if (published.first_day() - date).days not in HEADED_DAYS_BEFORE:
        return None
    return PartialDate(date.year, date.month, date.day)


_HEADING_CHARS = 120
"""How far into the first paragraph a page's heading runs."""
