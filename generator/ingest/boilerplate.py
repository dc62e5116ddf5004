"""Rules that tell an article's own text from the page furniture around it.

Text pasted or extracted from a web page carries more than the story: breadcrumbs,
share bars, audio-player widgets, "You may also like", comment threads, author bios,
company footers and the headline of the next story. :func:`classify` labels every
:class:`Unit` (a paragraph or line, with its line number) as story text, a reference
line, metadata (title, byline, date line) or boilerplate with a reason.

The rules are about the *shape* and *position* of a line, never about one site's
wording: short lines without sentence punctuation at the head and tail, lines made of
share words or separators, call-to-action headings, numbered comments signed
"— Name on", a name line followed by a paragraph starting with that name (a bio),
copyright lines, and title-case lines after the end-of-story markers. The patterns and
word lists themselves are in :mod:`generator.ingest.boilerplate_patterns`.

Labels (``Unit.label``): ``None`` for story text, :data:`REFERENCE` for footnotes, and
otherwise the reason shown in ``Article.dropped`` ("title", "byline", "date line",
"breadcrumb", "share bar", "media player", "comment thread", "footer", ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from generator.ingest.boilerplate_patterns import (
    ABOUT_AUTHOR_RE,
    ADVERT_RE,
    BIO_START_RE,
    BIO_VERB_RE,
    BREADCRUMB_SPLIT_RE,
    BYLINE_RE,
    COMMENT_FORM_RE,
    COMMENT_HEAD_RE,
    COMMENT_POLICY_RE,
    COPYRIGHT_HOLDER_RE,
    COPYRIGHT_RE,
    CREDITS_RE,
    CTA_SENTENCE_RE,
    END_RE,
    LANGUAGES_RE,
    LEGAL_SUFFIX_RE,
    MEDIA_RE,
    NAME_PATTERN,
    NUMBERED_SOURCE_RE,
    REFERENCE_RE,
    REFERENCES_HEAD_RE,
    RELATED_RE,
    REPORTING_BY_RE,
    SEPARATOR_RE,
    SHARE_FILLER,
    SHARE_WORDS,
    SMALL_WORDS,
    STAFF_RE,
    SUBSCRIBE_RE,
    WORDS_RE,
    WRITING_BY_RE,
)
from generator.ingest.threads import THREAD, label_reader_content

REFERENCE = "reference"
"""Label of footnote and reference lines: kept in ``Article.references``."""


@dataclass
class Unit:
    """One paragraph (or line) of an article's text, before classification."""

    text: str
    """The text, stripped of surrounding white space, otherwise as written."""
    line: int
    """1-based line number where it starts in the source file."""
    indent: int = 0
    """Leading white space of its first line (comment threads are indented)."""
    heading: bool = False
    """True when the source marked it as a heading (Markdown ``#``, HTML ``<h1>``)."""
    label: str | None = None
    """None for story text; :data:`REFERENCE`; or the reason it was dropped."""


@dataclass
class Cleaned:
    """What :func:`classify` found besides the labels."""

    title: str | None = None
    """The headline, if one was found."""
    author: str | None = None
    """The byline name(s), if found."""
    outlet: str | None = None
    """The publication, if a date line or copyright line names it."""
    date_line: str | None = None
    """A line that states the publication date ("Published: 03 February 2026.")."""
    copyright_year: int | None = None
    """The year of a copyright notice, if any."""
    notes: list[str] = field(default_factory=list)
    """Observations for the report (e.g. a blank where a date was)."""


def words(text: str) -> list[str]:
    """The white-space separated words of ``text``."""
    return WORDS_RE.findall(text)


@lru_cache(maxsize=65536)
def word_count(text: str) -> int:
    """How many white-space separated words ``text`` has."""
    return len(WORDS_RE.findall(text))


def ends_sentence(text: str) -> bool:
    """True if ``text`` ends with sentence-final punctuation (quotes and [n] allowed)."""
    return bool(END_RE.search(text))


@lru_cache(maxsize=8192)
def is_prose(text: str) -> bool:
    """True for running text: six or more words ending a sentence, or twenty or more."""
    n = word_count(text)
    return (n >= 6 and ends_sentence(text)) or n >= 20


def is_title_case(text: str, strict: bool = True) -> bool:
    """True if most words (small words aside) start with a capital letter."""
    ws = [w.strip("\"'“”‘’()[]:,") for w in words(text)]
    ws = [w for w in ws if w and w.lower() not in SMALL_WORDS]
    if not ws:
        return False
    capital = sum(1 for w in ws if w[0].isupper() or w[0].isdigit())
    return capital / len(ws) >= (0.75 if strict else 0.5)


def is_name(text: str) -> bool:
    """True if ``text`` looks like a person's name: 2-5 capitalised words, no digits."""
    ws = words(text)
    if not 2 <= len(ws) <= 5 or any(ch.isdigit() for ch in text):
        return False
    return bool(re.fullmatch(NAME_PATTERN, text)) and not ends_sentence(text.rstrip("."))


def copyright_of(text: str) -> tuple[int, str | None] | None:
    """The year and holder of a copyright notice in ``text``, if it has one."""
    m = COPYRIGHT_HOLDER_RE.search(text)
    if m is None:
        return None
    holder = LEGAL_SUFFIX_RE.sub("", m["holder"].strip(" ,")).strip() or None
    return int(m["year"]), holder


def _is_short(text: str, limit: int = 8) -> bool:
    return word_count(text) <= limit and not is_prose(text)


def _is_share_bar(text: str) -> bool:
    tokens = [t for t in re.split(r"[\s|·•/,:()]+", text.casefold()) if t]
    return (
        bool(tokens)
        and any(t in SHARE_WORDS for t in tokens)
        and all(t in SHARE_WORDS or t in SHARE_FILLER or t.isdigit() for t in tokens)
    )


def _widget_reason(text: str) -> str | None:
    """The reason a line is page furniture wherever it stands, or None."""
    if SEPARATOR_RE.match(text):
        return "separator"
    if word_count(text) > 12:
        return "call to action" if CTA_SENTENCE_RE.match(text) and word_count(text) < 30 else None
    if _is_share_bar(text):
        return "share bar"
    if MEDIA_RE.match(text):
        return "media player"
    if LANGUAGES_RE.match(text):
        return "language switcher"
    if ADVERT_RE.match(text):
        return "advertisement"
    if CTA_SENTENCE_RE.match(text):
        return "call to action"
    if not is_prose(text) and SUBSCRIBE_RE.match(text):
        return "call to action"
    return None


def _marker_reason(text: str) -> tuple[str, bool] | None:
    """If ``text`` marks the end of the story, its reason and whether it is certain."""
    if COMMENT_HEAD_RE.match(text) and word_count(text) <= 8:
        return "comment thread", True
    if COMMENT_FORM_RE.match(text) and word_count(text) <= 8:
        return "comment form", True
    if COMMENT_POLICY_RE.search(text) and word_count(text) <= 45:
        return "comment form", False
    if _has_copyright(text) and word_count(text) <= 25:
        return "footer", True
    if ABOUT_AUTHOR_RE.match(text):
        return "author bio", True
    if _is_short(text, 6) and (RELATED_RE.match(text) or SUBSCRIBE_RE.match(text)):
        return "related links", False
    return None


def _find_breadcrumb(text: str) -> list[str] | None:
    if is_prose(text) and not ("»" in text or "›" in text):
        return None
    parts = [p.strip() for p in BREADCRUMB_SPLIT_RE.split(text) if p.strip()]
    if len(parts) < 2 or any(word_count(p) > 6 for p in parts[:-1]):
        return None
    if "»" in text or "›" in text or len(parts) >= 3 or parts[0].lower() == "home":
        return parts
    return None


def _byline_name(text: str) -> str | None:
    if word_count(text) > 14:
        return None
    m = BYLINE_RE.match(text)
    if m is None:
        return None
    name = m["name"].strip().rstrip(",")
    return name if name[:1].isupper() else None


def _credits_name(text: str) -> str | None:
    m = WRITING_BY_RE.search(text) or REPORTING_BY_RE.search(text)
    return m["name"].strip() if m else None


def _head_metadata(text: str, cleaned: Cleaned, has_date: bool) -> None:
    """Read outlet and author from the non-date segments of a date line."""
    for segment in re.split(r"(?<=[.|·•])\s+|\s+[|·•]\s+", text)[1:] if has_date else []:
        segment = segment.strip(" .|·•")
        if not segment or not is_title_case(segment) or word_count(segment) > 6:
            continue
        if STAFF_RE.search(segment):
            cleaned.author = cleaned.author or segment
        elif segment.lower().startswith("by "):
            cleaned.author = cleaned.author or segment[3:].strip()
        else:
            cleaned.outlet = cleaned.outlet or segment


def classify(units: list[Unit], date_line_re: re.Pattern[str], title: str | None = None) -> Cleaned:
    """Label every unit in place and return the metadata found on the way.

    ``date_line_re`` recognises a line that states the publication date (owned by the
    date code); ``title`` is a title already known from metadata.
    """
    cleaned = Cleaned(title=title)
    for unit in units:
        unit.label = _widget_reason(unit.text)
    start = _label_head(units, cleaned, date_line_re)
    if start is None:
        return cleaned
    _label_references(units, start)
    _label_reader_content(units, start)
    cut = _find_tail_cut(units, start)
    _label_tail(units, cut)
    _label_author_bio(units, start, cut, cleaned)
    _label_credits(units, start, cleaned)
    _label_cta_headings(units, start)
    _label_after_story(units, start)
    _find_copyright(units, cleaned)
    return cleaned


def _label_head(units: list[Unit], cleaned: Cleaned, date_line_re: re.Pattern[str]) -> int | None:
    """Label metadata and furniture before the first story paragraph; return its index."""
    start = None
    for i, unit in enumerate(units):
        if unit.label is not None:
            continue
        text = unit.text
        if i < 8 and date_line_re.search(text) and word_count(text) <= 25:
            unit.label = "date line"
            cleaned.date_line = cleaned.date_line or text
            _head_metadata(text, cleaned, True)
            continue
        crumbs = _find_breadcrumb(text) if i < 8 else None
        if crumbs is not None:
            unit.label = "breadcrumb"
            if cleaned.title is None and word_count(crumbs[-1]) >= 3:
                cleaned.title = crumbs[-1]
            continue
        name = _byline_name(text) if not is_prose(text) or word_count(text) <= 8 else None
        if name is not None:
            unit.label = "byline"
            cleaned.author = cleaned.author or name
            continue
        if cleaned.title is not None and _same(text, cleaned.title):
            unit.label = "title"
            continue
        if cleaned.title is None and (
            _is_head_title(text)
            or (not is_prose(text) and word_count(text) >= 3 and not ends_sentence(text))
        ):
            cleaned.title = text
            unit.label = "title"
            continue
        if is_prose(text) and not unit.heading:
            start = i
            break
        if word_count(text) <= 3 and not ends_sentence(text):
            unit.label = "section label"
    return start


def _is_head_title(text: str) -> bool:
    """A headline that ends like a sentence only with ? or ! ("What Will It Hold?")."""
    return (
        3 <= word_count(text) <= 20
        and not text.rstrip("\"'”’").endswith((".", "…", ":"))
        and is_title_case(text)
    )


def _same(a: str, b: str) -> bool:
    return " ".join(words(a)).casefold() == " ".join(words(b)).casefold()


def _label_references(units: list[Unit], start: int) -> None:
    in_refs = False
    for unit in units[start:]:
        if unit.label is not None and unit.label != REFERENCE:
            in_refs = False
            continue
        if REFERENCES_HEAD_RE.match(unit.text):
            unit.label = "references heading"
            in_refs = True
        elif REFERENCE_RE.match(unit.text) or NUMBERED_SOURCE_RE.match(unit.text):
            unit.label = REFERENCE
            in_refs = True
        elif in_refs and not is_prose(unit.text) and word_count(unit.text) <= 3:
            in_refs = False


def _label_reader_content(units: list[Unit], start: int) -> None:
    """Label comment threads and embedded posts (:mod:`generator.ingest.threads`)."""
    labels = [u.label for u in units]
    begin = label_reader_content([u.text for u in units], labels, start, word_count, is_prose)
    for unit, label in zip(units, labels, strict=True):
        unit.label = label
    if begin is not None and units[begin].label is None:
        units[begin].label = THREAD


def _find_tail_cut(units: list[Unit], start: int) -> int:
    """Index of the first end-of-story marker after the story began (len if none)."""
    total = sum(word_count(u.text) for u in units[start:] if u.label is None)
    after = _prose_after_counts(units)
    seen = 0
    for i in range(start + 1, len(units)):
        unit = units[i]
        if unit.label == "comment thread":
            return i
        if unit.label not in (None, "call to action"):
            continue
        marker = _marker_reason(unit.text)
        if marker is not None:
            reason, certain = marker
            rest = total - seen
            if certain or rest < 0.25 * total or after[i] < 60:
                return i
            unit.label = reason
            continue
        if unit.label is None:
            seen += word_count(unit.text)
    return len(units)


def _prose_after_counts(units: list[Unit]) -> list[int]:
    """For each unit, the number of words of unlabelled prose after it."""
    counts = [0] * len(units)
    running = 0
    for i in range(len(units) - 1, -1, -1):
        counts[i] = running
        unit = units[i]
        if unit.label is None and is_prose(unit.text):
            running += word_count(unit.text)
    return counts


def _label_tail(units: list[Unit], cut: int) -> None:
    """Label everything from the end-of-story marker on, section by section."""
    reason = "after the story"
    for unit in units[cut:]:
        marker = _marker_reason(unit.text)
        if marker is not None:
            reason = marker[0]
            unit.label = reason
            if reason == "comment form":
                reason = "footer"
            continue
        if unit.label == "comment thread":
            reason = "comment thread"
            continue
        if unit.label is not None and unit.label != REFERENCE:
            continue
        if reason == "footer" and "comment" in unit.text.lower():
            unit.label = "comment form"
        elif reason in ("related links", "after the story") and (
            word_count(unit.text) >= 3
            and not ends_sentence(unit.text)
            and is_title_case(unit.text)
            and word_count(unit.text) <= 20
        ):
            unit.label = "unrelated headline"
        else:
            unit.label = reason
    _label_footer_block(units, cut)


def _label_footer_block(units: list[Unit], cut: int) -> None:
    """Short lines just before a copyright line (address, company name) are footer."""
    for i in range(len(units) - 1, cut - 1, -1):
        if units[i].label == "footer" and COPYRIGHT_RE.search(units[i].text):
            j = i - 1
            while j >= cut and _is_short(units[j].text, 8) and units[j].label != "comment form":
                units[j].label = "footer"
                j -= 1
            if j >= cut and units[j].label == "comment thread" and is_prose(units[j].text):
                break


def _label_author_bio(units: list[Unit], start: int, cut: int, cleaned: Cleaned) -> None:
    """A name line followed by a paragraph that starts with that name is an author bio."""
    for i in range(start + 1, cut):
        unit = units[i]
        if unit.label is not None or not is_name(unit.text):
            continue
        name_words = word_count(unit.text)
        for j in range(i + 1, min(i + 4, cut)):
            para = units[j]
            if para.label is not None:
                break
            head = " ".join(words(para.text)[:name_words])
            if is_name(para.text) and _same(para.text, unit.text):
                continue
            if _same(head, unit.text) and BIO_VERB_RE.search(para.text):
                for k in range(i, j + 1):
                    units[k].label = "author bio"
                cleaned.author = cleaned.author or head
                return
            break
    if cleaned.author:
        for i in range(cut - 1, max(start, cut - 4), -1):
            unit = units[i]
            if unit.label is None and is_prose(unit.text):
                n = word_count(cleaned.author)
                first = " ".join(words(unit.text)[:n])
                verb = words(unit.text)[n : n + 1]
                if _same(first, cleaned.author) and verb and BIO_START_RE.match(verb[0]):
                    unit.label = "author bio"
                break


def _label_credits(units: list[Unit], start: int, cleaned: Cleaned) -> None:
    for unit in units[start + 1 :]:
        if (unit.label is None and CREDITS_RE.match(unit.text) and ";" in unit.text) or (
            unit.label is None and unit.text.startswith("(") and CREDITS_RE.match(unit.text[1:])
        ):
            unit.label = "credits"
            if cleaned.author is None:
                cleaned.author = _credits_name(unit.text)


def _label_cta_headings(units: list[Unit], start: int) -> None:
    """A short heading right before a call to action belongs to it ("Fact Checker")."""
    for i in range(start + 1, len(units)):
        if units[i].label == "call to action" and units[i - 1].label is None:
            prev = units[i - 1].text
            if _is_short(prev, 5) and not ends_sentence(prev):
                units[i - 1].label = "call to action"


def _label_after_story(units: list[Unit], start: int) -> None:
    """Lines without sentence punctuation after the last story paragraph are not the story."""
    last = max((i for i, u in enumerate(units) if u.label is None and is_prose(u.text)), default=-1)
    for unit in units[max(last + 1, start + 1) :]:
        if unit.label is None and not ends_sentence(unit.text):
            unit.label = "after the story"


@lru_cache(maxsize=8192)
def _has_copyright(text: str) -> bool:
    return COPYRIGHT_RE.search(text) is not None


def _find_copyright(units: list[Unit], cleaned: Cleaned) -> None:
    for unit in units:
        found = copyright_of(unit.text) if _has_copyright(unit.text) else None
        if found is not None:
            cleaned.copyright_year = found[0]
            if cleaned.outlet is None and found[1] and word_count(found[1]) <= 6:
                cleaned.outlet = found[1]
