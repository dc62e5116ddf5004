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
copyright lines, and title-case lines after the end-of-story markers.

Labels (``Unit.label``): ``None`` for story text, :data:`REFERENCE` for footnotes, and
otherwise the reason shown in ``Article.dropped`` ("title", "byline", "date line",
"breadcrumb", "share bar", "media player", "comment thread", "footer", ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

REFERENCE = "reference"
"""Label of footnote and reference lines: kept in ``Article.references``."""

_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
MONTHS_RE = _MONTHS
"""Regex alternative matching an English month name or abbreviation."""

_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*"
_NAME = rf"{_WORD}(?:\s+(?:(?:de|da|del|van|von|der|bin|al|la|le|di|y)\s+)?{_WORD}){{0,4}}"

_END_RE = re.compile(r"[.!?…][\"'”’»)\]]*(?:\[\d+\])*$")
_WORDS_RE = re.compile(r"\S+")
_SEPARATOR_RE = re.compile(r"^[^\w]*$")
_SHARE_WORDS = frozenset(
    [
        "share",
        "shares",
        "shared",
        "sharing",
        "tweet",
        "email",
        "e-mail",
        "mail",
        "print",
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "linkedin",
        "pinterest",
        "reddit",
        "telegram",
        "flipboard",
        "messenger",
        "bluesky",
        "threads",
        "copy",
        "link",
        "comment",
        "save",
        "bookmark",
        "paylaş",
        "partager",
        "compartir",
        "compartilhar",
        "teilen",
        "condividi",
        "delen",
        "dela",
        "udostępnij",
        "поделиться",
        "シェア",
        "分享",
        "مشاركة",
    ]
)
_SHARE_FILLER = frozenset(
    ["on", "this", "article", "story", "post", "via", "the", "page", "link", "to"]
)
_MEDIA_RE = re.compile(
    r"""^(?:listen(?:\s+to\s+(?:this|the)\s+(?:article|story|podcast|episode))?
    |.*\b(?:audio|video|media)\s+player\b.*
    |play|pause|watch(?:\s+(?:video|now|live))?:?|audio|video
    |(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?
    |\d+\s*(?:min|mins|minutes?)\s+(?:read|listen)
    |(?:estimated\s+)?reading\s+time:?.*)\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_LANGUAGES_RE = re.compile(
    r"^(?:this\s+(?:post|article|page|story)\s+is\s+)?(?:also\s+)?available\s+in\s*:|"
    r"^read\s+(?:this\s+)?in\s+(?:english|español|français|deutsch|türkçe|português)\b",
    re.IGNORECASE,
)
_ADVERT_RE = re.compile(
    r"^(?:advertisement|advertising|sponsored(?:\s+content)?|ad|scroll\s+to\s+continue"
    r"|story\s+continues\s+below(?:\s+advertisement)?|continue\s+reading(?:\s+below)?"
    r"|skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|menu|search)\W*$",
    re.IGNORECASE,
)
_COMMENT_HEAD_RE = re.compile(
    r"^(?:\d+\s+(?:comments?|responses?|replies|thoughts)\b.*|(?:reader\s+)?comments?"
    r"(?:\s*\(\d+\))?|discussion)\W*$",
    re.IGNORECASE,
)
_COMMENT_FORM_RE = re.compile(
    r"^(?:leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|add\s+a\s+comment"
    r"|join\s+the\s+(?:conversation|discussion)|cancel\s+reply|submit\s+comment)\b",
    re.IGNORECASE,
)
_RELATED_RE = re.compile(
    r"^(?:you\s+(?:may|might)\s+(?:also\s+)?like|related(?:\s+\w+)?|similar\s+\w+"
    r"|more\s+(?:stories|from|on|news|like\s+this)\b.*|read\s+(?:more|next|also)"
    r"|recommended(?:\s+\w+)*|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?"
    r"|popular\s+\w+|latest\s+(?:news|stories|posts)|don'?t\s+miss|categories|tags"
    r"|filed\s+under|topics|see\s+also)\b.*",
    re.IGNORECASE,
)
_SUBSCRIBE_RE = re.compile(
    r"^(?:subscribe|sign\s+up|follow\s+us|get\s+(?:our|the)\s+newsletter|newsletter"
    r"|click\s+here|download\s+(?:our|the)\s+app)\b",
    re.IGNORECASE,
)
_CTA_SENTENCE_RE = re.compile(
    r"^(?:verify|subscribe|sign\s+up|join|follow|share|download|support|donate|read|learn"
    r"|click|get|listen|watch|register|discover|explore|check\s+out|tell\s+us)\b.*\b(?:this|our)"
    r"\s+(?:article|story|post|site|website|page|newsletter|app|podcast|channel|journalism)\b",
    re.IGNORECASE,
)
_COPYRIGHT_RE = re.compile(
    r"(?:©|\(c\)\s*\d{4}|\bcopyright\b\s*(?:©\s*)?\d{4}|\ball\s+rights\s+reserved\b)",
    re.IGNORECASE,
)
_COPYRIGHT_HOLDER_RE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?P<year>\d{4})(?:\s*[-–]\s*\d{4})?\s*,?\s*"
    r"(?P<holder>[^.|]*?)\s*(?:\.|\||all\s+rights|$)",
    re.IGNORECASE,
)
_LEGAL_SUFFIX_RE = re.compile(r",?\s+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|GmbH|S\.A\.|plc)$")
_BYLINE_RE = re.compile(
    rf"^(?:by|written\s+by|words\s+by|author:?)\s+(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    r"(?P<rest>\s*(?:[-–—|,/]|\bon\b|$).*)$",
    re.IGNORECASE,
)
_CREDITS_RE = re.compile(
    r"^\(?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|produced)\s+by\b.*",
    re.IGNORECASE,
)
_WRITING_BY_RE = re.compile(rf"\bwriting\s+by\s+(?P<name>{_NAME})", re.IGNORECASE)
_REPORTING_BY_RE = re.compile(
    rf"\breporting\s+by\s+(?P<name>{_NAME}(?:\s*(?:,|and)\s*{_NAME})*)", re.IGNORECASE
)
_BREADCRUMB_SPLIT_RE = re.compile(r"\s*[»›]\s*|\s+[>/|]\s+")
_REFERENCE_RE = re.compile(r"^(?:\[\^?\d+\]:?|\^\d+)\s*\S")
_NUMBERED_SOURCE_RE = re.compile(r"^\d+\.\s.*(?:accessed|retrieved|https?://|doi:)", re.IGNORECASE)
_REFERENCES_HEAD_RE = re.compile(
    r"^(?:references|sources|notes|footnotes|bibliography|endnotes)\s*:?$", re.IGNORECASE
)
_ABOUT_AUTHOR_RE = re.compile(r"^about\s+the\s+authors?\s*:?$", re.IGNORECASE)
_SIGNATURE_RE = re.compile(
    rf"^(?:[—–•·*-]\s*)?(?:\d+\.\s+)?{_NAME}\s+(?:on|says|said|wrote|replied)\b[^.!?]{{0,40}}:?$"
)
_NUMBERED_ITEM_RE = re.compile(r"^\d+\.\s")
_BIO_VERB_RE = re.compile(
    r"\b(?:is|was|has|had|graduated|holds|writes|covers|joined|works|worked|received"
    r"|studied|earned|serves|served|teaches|lives|reports)\b"
)
_BIO_START_RE = re.compile(r"^(?:is|was|has|writes|covers|reports|joined|graduated)$")
_STAFF_RE = re.compile(
    r"\b(?:desk|staff|team|newsroom|reporters?|correspondents?|bureau)$", re.IGNORECASE
)
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "over",
        "per",
        "the",
        "to",
        "up",
        "via",
        "vs",
        "with",
        "without",
        "about",
        "after",
        "before",
        "against",
        "between",
        "during",
        "off",
        "out",
        "under",
        "upon",
    ]
)


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
    return _WORDS_RE.findall(text)


@lru_cache(maxsize=65536)
def word_count(text: str) -> int:
    """How many white-space separated words ``text`` has."""
    return len(_WORDS_RE.findall(text))


def ends_sentence(text: str) -> bool:
    """True if ``text`` ends with sentence-final punctuation (quotes and [n] allowed)."""
    return bool(_END_RE.search(text))


@lru_cache(maxsize=8192)
def is_prose(text: str) -> bool:
    """True for running text: six or more words ending a sentence, or twenty or more."""
    n = word_count(text)
    return (n >= 6 and ends_sentence(text)) or n >= 20


def is_title_case(text: str, strict: bool = True) -> bool:
    """True if most words (small words aside) start with a capital letter."""
    ws = [w.strip("\"'“”‘’()[]:,") for w in words(text)]
    ws = [w for w in ws if w and w.lower() not in _SMALL_WORDS]
    if not ws:
        return False
    capital = sum(1 for w in ws if w[0].isupper() or w[0].isdigit())
    return capital / len(ws) >= (0.75 if strict else 0.5)


def is_name(text: str) -> bool:
    """True if ``text`` looks like a person's name: 2-5 capitalised words, no digits."""
    ws = words(text)
    if not 2 <= len(ws) <= 5 or any(ch.isdigit() for ch in text):
        return False
    return bool(re.fullmatch(_NAME, text)) and not ends_sentence(text.rstrip("."))


def copyright_of(text: str) -> tuple[int, str | None] | None:
    """The year and holder of a copyright notice in ``text``, if it has one."""
    m = _COPYRIGHT_HOLDER_RE.search(text)
    if m is None:
        return None
    holder = _LEGAL_SUFFIX_RE.sub("", m["holder"].strip(" ,")).strip() or None
    return int(m["year"]), holder


def _is_short(text: str, limit: int = 8) -> bool:
    return word_count(text) <= limit and not is_prose(text)


def _is_share_bar(text: str) -> bool:
    tokens = [t for t in re.split(r"[\s|·•/,:()]+", text.casefold()) if t]
    return (
        bool(tokens)
        and any(t in _SHARE_WORDS for t in tokens)
        and all(t in _SHARE_WORDS or t in _SHARE_FILLER or t.isdigit() for t in tokens)
    )


def _widget_reason(text: str) -> str | None:
    """The reason a line is page furniture wherever it stands, or None."""
    if _SEPARATOR_RE.match(text):
        return "separator"
    if word_count(text) > 12:
        return "call to action" if _CTA_SENTENCE_RE.match(text) and word_count(text) < 30 else None
    if _is_share_bar(text):
        return "share bar"
    if _MEDIA_RE.match(text):
        return "media player"
    if _LANGUAGES_RE.match(text):
        return "language switcher"
    if _ADVERT_RE.match(text):
        return "advertisement"
    if _CTA_SENTENCE_RE.match(text):
        return "call to action"
    if not is_prose(text) and _SUBSCRIBE_RE.match(text):
        return "call to action"
    return None


def _marker_reason(text: str) -> tuple[str, bool] | None:
    """If ``text`` marks the end of the story, its reason and whether it is certain."""
    if _COMMENT_HEAD_RE.match(text) and word_count(text) <= 8:
        return "comment thread", True
    if _COMMENT_FORM_RE.match(text) and word_count(text) <= 8:
        return "comment form", True
    if _has_copyright(text) and word_count(text) <= 25:
        return "footer", True
    if _ABOUT_AUTHOR_RE.match(text):
        return "author bio", True
    if _is_short(text, 6) and (_RELATED_RE.match(text) or _SUBSCRIBE_RE.match(text)):
        return "related links", False
    return None


def _find_breadcrumb(text: str) -> list[str] | None:
    if is_prose(text) and not ("»" in text or "›" in text):
        return None
    parts = [p.strip() for p in _BREADCRUMB_SPLIT_RE.split(text) if p.strip()]
    if len(parts) < 2 or any(word_count(p) > 6 for p in parts[:-1]):
        return None
    if "»" in text or "›" in text or len(parts) >= 3 or parts[0].lower() == "home":
        return parts
    return None


def _byline_name(text: str) -> str | None:
    if word_count(text) > 14:
        return None
    m = _BYLINE_RE.match(text)
    if m is None:
        return None
    name = m["name"].strip().rstrip(",")
    return name if name[:1].isupper() else None


def _credits_name(text: str) -> str | None:
    m = _WRITING_BY_RE.search(text) or _REPORTING_BY_RE.search(text)
    return m["name"].strip() if m else None


def _head_metadata(text: str, cleaned: Cleaned, has_date: bool) -> None:
    """Read outlet and author from the non-date segments of a date line."""
    for segment in re.split(r"(?<=[.|·•])\s+|\s+[|·•]\s+", text)[1:] if has_date else []:
        segment = segment.strip(" .|·•")
        if not segment or not is_title_case(segment) or word_count(segment) > 6:
            continue
        if _STAFF_RE.search(segment):
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
    _label_comment_signatures(units, start)
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
        if _REFERENCES_HEAD_RE.match(unit.text):
            unit.label = "references heading"
            in_refs = True
        elif _REFERENCE_RE.match(unit.text) or _NUMBERED_SOURCE_RE.match(unit.text):
            unit.label = REFERENCE
            in_refs = True
        elif in_refs and not is_prose(unit.text) and word_count(unit.text) <= 3:
            in_refs = False


def _label_comment_signatures(units: list[Unit], start: int) -> None:
    """Find a comment thread by its shape: several "— Name on" lines after the story."""
    signatures = [i for i in range(start + 1, len(units)) if _SIGNATURE_RE.match(units[i].text)]
    if len(signatures) < 2:
        return
    first = signatures[0]
    begin = first
    for j in range(first - 1, max(start, first - 3), -1):
        if _NUMBERED_ITEM_RE.match(units[j].text) or _COMMENT_HEAD_RE.match(units[j].text):
            begin = j
            break
    if units[begin].label is None:
        units[begin].label = "comment thread"


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
        if units[i].label == "footer" and _COPYRIGHT_RE.search(units[i].text):
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
            if _same(head, unit.text) and _BIO_VERB_RE.search(para.text):
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
                if _same(first, cleaned.author) and verb and _BIO_START_RE.match(verb[0]):
                    unit.label = "author bio"
                break


def _label_credits(units: list[Unit], start: int, cleaned: Cleaned) -> None:
    for unit in units[start + 1 :]:
        if (unit.label is None and _CREDITS_RE.match(unit.text) and ";" in unit.text) or (
            unit.label is None and unit.text.startswith("(") and _CREDITS_RE.match(unit.text[1:])
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
    return _COPYRIGHT_RE.search(text) is not None


def _find_copyright(units: list[Unit], cleaned: Cleaned) -> None:
    for unit in units:
        found = copyright_of(unit.text) if _has_copyright(unit.text) else None
        if found is not None:
            cleaned.copyright_year = found[0]
            if cleaned.outlet is None and found[1] and word_count(found[1]) <= 6:
                cleaned.outlet = found[1]
