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
from functools import lru_cache

from generator import fastre
from generator.ingest.boilerplate_patterns import (
    ABOUT_AUTHOR_RE,
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
    FOOT_AUTHOR_RE,
    LEGAL_SUFFIX_RE,
    LIST_BULLET_RE,
    NAME_PATTERN,
    NUMBERED_SOURCE_RE,
    REFERENCE_RE,
    REFERENCES_HEAD_RE,
    RELATED_RE,
    REPORTING_BY_RE,
    STAFF_RE,
    SUBSCRIBE_RE,
    UNIT_SCAN,
    WRITING_BY_RE,
    unit_gate,
)
from generator.ingest.pubdate import POSTED_RE, find_full_dates
from generator.ingest.threads import THREAD, label_reader_content
from generator.ingest.units import (
    REFERENCE,
    Cleaned,
    Unit,
    ends_sentence,
    is_name,
    is_prose,
    is_title_case,
    word_count,
    words,
)
from generator.ingest.widgets import is_short, widget_reason

__all__ = [
    "REFERENCE",
    "Cleaned",
    "Unit",
    "classify",
    "copyright_of",
    "ends_sentence",
    "is_name",
    "is_prose",
    "is_title_case",
    "word_count",
    "words",
]


def copyright_of(text: str) -> tuple[int, str | None] | None:
    """The year and holder of a copyright notice in ``text``, if it has one."""
    m = COPYRIGHT_HOLDER_RE.search(text)
    if m is None:
        return None
    holder = LEGAL_SUFFIX_RE.sub("", m["holder"].strip(" ,")).strip() or None
    return int(m["year"]), holder


_POLICY_KEYS_RE = fastre.compile(r"comment|required|email|post|discussion", folded=UNIT_SCAN)
"""Every comment-policy pattern holds one of these."""
_may_mark_end = unit_gate(
    COMMENT_HEAD_RE,
    COMMENT_FORM_RE,
    COMMENT_POLICY_RE,
    COPYRIGHT_RE,
    ABOUT_AUTHOR_RE,
    RELATED_RE,
    SUBSCRIBE_RE,
)
"""Whether :func:`_marker_reason` may find a marker: one of its patterns may match (or the
line is not ASCII). Most units are story, where each pattern was asked in turn."""


def _marker_reason(text: str) -> tuple[str, bool] | None:
    """If ``text`` marks the end of the story, its reason and whether it is certain."""
    if not _may_mark_end(text):
        return None  # a line of story, most units: one question of the unit's scan
    n = word_count(text)
    if n > 45:
        return None  # a paragraph of story, most units: every marker is shorter
    if n <= 8 and COMMENT_HEAD_RE.match(text):
        return "comment thread", True
    if n <= 8 and COMMENT_FORM_RE.match(text):
        return "comment form", True
    if n <= 45 and _POLICY_KEYS_RE.search_folded(text) and COMMENT_POLICY_RE.search(text):
        return "comment form", False
    if n <= 25 and _has_copyright(text):
        return "footer", True
    if n <= 4 and ABOUT_AUTHOR_RE.match(text):  # "About the author :" has four words
        return "author bio", True
    if n <= 6 and not is_prose(text) and (RELATED_RE.match(text) or SUBSCRIBE_RE.match(text)):
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
    if " > " in text and all(word_count(p) <= 3 for p in parts):
        return parts  # "News > Transport": section trail
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
        unit.label = widget_reason(unit.text)
    start = _label_head(units, cleaned, date_line_re)
    if start is None:
        return cleaned
    page = "\n".join([u.text for u in units])  # a unit a line: the page gates ask it
    if _PAGE_REFERENCES_RE.may_match(page):
        _label_references(units, start)
    _label_reader_content(units, start)
    cut = _find_tail_cut(units, start)
    _label_tail(units, cut)
    _label_author_bio(units, start, cut, cleaned, names=_PAGE_NAME_RE.may_match(page))
    if _PAGE_CREDITS_RE.may_match(page):
        _label_credits(units, start, cleaned)
    _label_cta_headings(units, start)
    _label_after_story(units, start)
    if _PAGE_COPYRIGHT_RE.may_match(page):
        _find_copyright(units, cleaned)
    if cleaned.date_line is None and _PAGE_POSTED_RE.may_match(page):
        _find_foot_date(units, start, cleaned, date_line_re)
    return cleaned


_PAGE_SCAN = fastre.Scan()
"""The page gates of :func:`classify`, answered by one RE2 scan of the page's text.

Each gate's pattern matches the page's text (its units joined, a unit a line) wherever the
patterns of a walk over the units match one of them (multi-line anchors stand for a unit's
own), so a page it refuses has nothing for that walk to find and the walk is skipped: most
pages have no references, credits, copyright or "Posted …" line, where each walk asked every
unit in Python. Without RE2 every gate lets the page through."""
_PAGE_REFERENCES_RE = fastre.compile(
    r"^(?:references|sources|notes|footnotes|bibliography|endnotes)\s*:?$"
    r"|^(?:\[\^?\d+\]:?|\^\d+)\s*\S|^\d+\.\s.*(?:accessed|retrieved|https?://|doi:)",
    re.IGNORECASE | re.MULTILINE,
    scan=_PAGE_SCAN,
)
"""A references heading, a footnote or a numbered source opening a unit (the patterns of
:func:`_label_references`: ``REFERENCES_HEAD_RE``, ``REFERENCE_RE``, ``NUMBERED_SOURCE_RE``)."""
_PAGE_NAME_RE = fastre.compile(rf"^(?:{NAME_PATTERN})$", re.MULTILINE, scan=_PAGE_SCAN)
"""A unit that is a name alone (``is_name``'s pattern; :func:`_label_author_bio`)."""
_PAGE_CREDITS_RE = fastre.compile(
    r"(?:reporting|writing|editing|compiled|produced)\s+by", re.IGNORECASE, scan=_PAGE_SCAN
)
"""What every ``CREDITS_RE`` match holds (:func:`_label_credits`)."""
_PAGE_COPYRIGHT_RE = fastre.compile(COPYRIGHT_RE.pattern, COPYRIGHT_RE.flags, scan=_PAGE_SCAN)
"""A copyright notice anywhere (:func:`_find_copyright`)."""
_PAGE_POSTED_RE = fastre.compile(
    r"^\W*(?:first\s+)?(?:published|posted)", re.IGNORECASE | re.MULTILINE, scan=_PAGE_SCAN
)
"""A unit opening with its publication verb (``POSTED_RE``, :func:`_find_foot_date`)."""


def _find_foot_date(
    units: list[Unit], start: int, cleaned: Cleaned, date_line_re: re.Pattern[str]
) -> None:
    """A "Posted on 14 August 2023 by Maria Lopez" line at the foot (blogs put it there)."""
    for unit in units[start + 1 :]:
        text = unit.text
        if (
            unit.label not in (REFERENCE, THREAD, "comment form")
            and POSTED_RE.match(text)
            and word_count(text) <= 25
            and date_line_re.search(text)
        ):
            unit.label = "date line"
            cleaned.date_line = text
            author = FOOT_AUTHOR_RE.search(text)
            if author and cleaned.author is None:
                cleaned.author = author["name"]
            return


def _label_head(units: list[Unit], cleaned: Cleaned, date_line_re: re.Pattern[str]) -> int | None:
    """Label metadata and furniture before the first story paragraph; return its index."""
    start = None
    seen = 0  # units not already labelled as furniture: menus and banners don't count
    head_title: int | None = None  # index of the unit taken as the headline
    for i, unit in enumerate(units):
        if unit.label is not None:
            continue
        seen += 1
        text = unit.text
        if seen <= 8 and date_line_re.search(text) and word_count(text) <= 25:
            unit.label = "date line"
            cleaned.date_line = cleaned.date_line or text
            _head_metadata(text, cleaned, True)
            continue
        crumbs = _find_breadcrumb(text) if seen <= 8 else None
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
        candidate = _is_head_title(text) or (
            not is_prose(text) and word_count(text) >= 3 and not ends_sentence(text)
        )
        if candidate and (
            cleaned.title is None or _is_site_name(units, head_title, cleaned.title, i)
        ):
            if head_title is not None:  # the first "headline" was the site's name
                units[head_title].label = "site name"
                cleaned.outlet = cleaned.outlet or units[head_title].text
            cleaned.title = _take_glued_date(text, cleaned, date_line_re)
            unit.label = "title"
            head_title = i
            continue
        if is_prose(text) and not unit.heading:
            start = i
            break
        if word_count(text) <= 3 and not ends_sentence(text):
            unit.label = "section label"
            seen -= 1  # menu words do not push the date line out of reach
    return start


def _is_site_name(units: list[Unit], head_title: int | None, title: str, index: int) -> bool:
    """True if the first "headline" is the site's name and ``units[index]`` the real one.

    Either the first is short and the second longer, or a menu stands between them.
    """
    if head_title is None or units[head_title].text != title or units[head_title].heading:
        return False
    text = units[index].text
    short = word_count(title) <= 4 or (not title.isascii() and len(title) <= 10)
    if short and word_count(text) >= 5 and len(text) > len(title):
        return True
    between = units[head_title + 1 : index]
    return word_count(text) >= 5 and any(u.label == "navigation" for u in between)


def _take_glued_date(text: str, cleaned: Cleaned, date_line_re: re.Pattern[str]) -> str:
    """The headline of a line with the date glued on ("Floods hit town 22/11/2020 - 04:30")."""
    hits = find_full_dates(text)
    if not hits or date_line_re.search(text):
        return text
    head = text[: hits[0].start].rstrip(" -–—|·,:")
    if word_count(head) < 3 or word_count(text[hits[0].start :]) > 12:
        return text
    cleaned.date_line = cleaned.date_line or text
    return head


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
        elif (unit.text[:1] in "[^" and REFERENCE_RE.match(unit.text)) or (
            unit.text[:1].isdecimal() and NUMBERED_SOURCE_RE.match(unit.text)
        ):  # each pattern opens on its own characters (re's \d is ``isdecimal``)
            unit.label = REFERENCE
            in_refs = True
        elif in_refs and not is_prose(unit.text) and word_count(unit.text) <= 3:
            in_refs = False


def _label_reader_content(units: list[Unit], start: int) -> None:
    """Label comment threads and embedded posts (:mod:`generator.ingest.threads`)."""
    labels = [u.label for u in units]
    begin = label_reader_content([u.text for u in units], labels, start)
    for unit, label in zip(units, labels, strict=True):
        unit.label = label
    if begin is not None and units[begin].label is None:
        units[begin].label = THREAD


def _find_tail_cut(units: list[Unit], start: int) -> int:
    """Index of the first end-of-story marker after the story began (len if none).

    The story's length, the prose after each unit and the story seen before it matter only
    at a marker that is not certain, which few pages have: they are counted there, when
    needed. (The story seen is the units still unlabelled before it: the walk labels only
    the markers it passes, and those were never counted.)
    """
    total = -1
    after: list[int] = []
    seen = 0
    counted = start + 1  # the units before this one are in ``seen``
    for i in range(start + 1, len(units)):
        unit = units[i]
        if unit.label == "comment thread":
            return i
        if unit.label not in (None, "call to action"):
            continue
        marker = _marker_reason(unit.text)
        if marker is not None:
            reason, certain = marker
            if certain:
                return i
            if total < 0:
                total = sum(word_count(u.text) for u in units[start:] if u.label is None)
                after = _prose_after_counts(units)
            seen += sum(word_count(u.text) for u in units[counted:i] if u.label is None)
            counted = i + 1
            if total - seen < 0.25 * total or after[i] < 60:
                return i
            unit.label = reason
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
            while j >= cut and is_short(units[j].text, 8) and units[j].label != "comment form":
                units[j].label = "footer"
                j -= 1
            if j >= cut and units[j].label == "comment thread" and is_prose(units[j].text):
                break


def _label_author_bio(
    units: list[Unit], start: int, cut: int, cleaned: Cleaned, names: bool = True
) -> None:
    """A name line followed by a paragraph that starts with that name is an author bio.

    ``names``: whether the page may have a name line at all (False: the walk looking for
    one is skipped; a paragraph starting with the author's name is still looked for)."""
    for i in range(start + 1, cut if names else start + 1):
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
        if unit.label is not None:
            continue
        text = unit.text  # ";" or "(" first: most paragraphs have neither, no pattern runs
        if (";" in text and CREDITS_RE.match(text)) or (
            text.startswith("(") and CREDITS_RE.match(text[1:])
        ):
            unit.label = "credits"
            if cleaned.author is None:
                cleaned.author = _credits_name(unit.text)


def _label_cta_headings(units: list[Unit], start: int) -> None:
    """A short heading right before a call to action belongs to it ("Fact Checker")."""
    for i in range(start + 1, len(units)):
        if units[i].label == "call to action" and units[i - 1].label is None:
            prev = units[i - 1].text
            if is_short(prev, 5) and not ends_sentence(prev):
                units[i - 1].label = "call to action"


def _label_after_story(units: list[Unit], start: int) -> None:
    """Lines without sentence punctuation after the last story paragraph are not the story.

    Except a list the story introduces: a lead-in ending in ":" and the items after it
    ("The changes will be phased in over three years:", "- January 2025: …").
    """
    last = next(  # the last story paragraph: looked for from the end, where it is near
        (
            i
            for i in range(len(units) - 1, -1, -1)
            if units[i].label is None and is_prose(units[i].text)
        ),
        -1,
    )
    i = max(last + 1, start + 1)
    if 0 <= last < len(units) - 1:
        i = _skip_story_list(units, last + 1)
    for unit in units[i:]:
        if unit.label is None and not ends_sentence(unit.text):
            unit.label = "after the story"


def _skip_story_list(units: list[Unit], i: int) -> int:
    """Index after a lead-in line and its list items starting at ``i`` (``i`` if none)."""
    lead = units[i]
    if lead.label is not None or not lead.text.endswith(":") or word_count(lead.text) < 4:
        if not (units[i - 1].text.endswith(":") and _is_list_item(lead)):
            return i
    else:
        i += 1
    items = 0
    while i < len(units) and units[i].label is None and _is_list_item(units[i]) and items < 20:
        i += 1
        items += 1
    return i


def _is_list_item(unit: Unit) -> bool:
    """A bullet item, or a short line that is not a title-case heading."""
    text = unit.text
    if LIST_BULLET_RE.match(text):
        return True
    return word_count(text) <= 30 and not unit.heading and not is_title_case(text)


@lru_cache(maxsize=8192)
def _has_copyright(text: str) -> bool:
    return COPYRIGHT_RE.search(text) is not None


def _find_copyright(units: list[Unit], cleaned: Cleaned) -> None:
    """The year of the page's last copyright notice, and its first holder as the outlet.

    The unit's scan refuses most units first (:meth:`~generator.fastre.Pattern.may_match`,
    the pattern's own member): the kept answers of :func:`_has_copyright`, looked up and
    mostly filled for every unit, are asked only of the few units it lets through.
    """
    for unit in units:
        text = unit.text
        if not COPYRIGHT_RE.may_match(text) or not _has_copyright(text):
            continue
        found = copyright_of(text)
        if found is not None:
            cleaned.copyright_year = found[0]
            if cleaned.outlet is None and found[1] and word_count(found[1]) <= 6:
                cleaned.outlet = found[1]
