"""Read source articles into :class:`~generator.models.Article` records.

Formats, chosen by suffix:

- ``.txt``: text pasted from a web page. Each line (or blank-line separated block of
  hard-wrapped lines) is a paragraph; :mod:`generator.ingest.boilerplate` labels the page
  furniture around the story (share bars, comment threads, footers, ...).
- ``.md`` / ``.markdown``: optional YAML front matter (``title``, ``published``, ``url``,
  ``outlet``, ``author``, ``language``) and a Markdown body, reduced to plain text.
- ``.html`` / ``.htm``: a saved page; trafilatura extracts the main text and metadata
  (scripts, iframes, navigation and comments never reach the text) and htmldate finds
  the date in the page's metadata.
- ``.jsonl``: a corpus, one JSON object a line: ``{"id", "published", "text"}`` plus
  optional ``title``, ``url``, ``outlet``, ``author``, ``language``. Read as a stream.
  Tokenized text (``-LRB-``, ````` ``, `` ,``) is lightly de-tokenized.

A sidecar ``<stem>.meta.yaml`` next to an article overrides any of ``id``, ``title``,
``author``, ``outlet``, ``url``, ``language``, ``published`` (evidence becomes
``from <stem>.meta.yaml``) and ``published_evidence``.

Ids: the file stem for single articles; for corpus lines ``<corpus-stem>.<id>`` (or
``<corpus-stem>.<line number>`` without an id), with every character outside
``[A-Za-z0-9_.-]`` replaced by ``_`` so ids are safe in file names and URLs (ids over
120 characters end in a hash of the whole). Two articles of one run whose ids differ
only in letter case are an error: a case-insensitive file system would store both
records in one file.

Text encodings: UTF-8 (with or without BOM), UTF-16/32 with BOM (and UTF-16 without BOM
when its NUL pattern is unmistakable). Bytes that are not valid UTF-8 are decoded as
Windows-1252 (Latin-1 for its five undefined bytes) with a logged warning, so nothing is
lost; for HTML a ``<meta charset>`` is honoured first. Files with NUL bytes or many
control characters are refused as binary. Files larger than ``max_bytes`` (default
20 MB, or ``CHRONICLE_MAX_ARTICLE_MB``) are refused; corpora are streamed, so the limit
applies to each line. Every problem is an :class:`~generator.errors.InputError` naming
the file (and line where there is one).

Publication date: a stated one ("Published: 03 February 2026.", front matter, corpus
field, page metadata) is used as is; otherwise one is inferred only from strong
evidence (see :func:`infer_published`) and marked ``published_inferred``; otherwise it
stays None and ``published_evidence`` says why.
"""

from __future__ import annotations

import calendar
import codecs
import datetime as _dt
import hashlib
import json
import logging
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.dates import PartialDate
from generator.errors import ChronicleError, InputError
from generator.ingest import boilerplate
from generator.ingest.boilerplate import MONTHS_RE, REFERENCE, Unit
from generator.models import Article, Dropped

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt",)
"""Plain text pasted from web pages."""
MARKDOWN_SUFFIXES = (".md", ".markdown")
"""Markdown with optional YAML front matter."""
HTML_SUFFIXES = (".html", ".htm")
"""Saved web pages."""
CORPUS_SUFFIXES = (".jsonl",)
"""JSON Lines corpora, one article a line."""
SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + CORPUS_SUFFIXES
"""Every suffix :func:`discover` picks up in a directory."""
SIDECAR_SUFFIX = ".meta.yaml"
"""Suffix of the editor's override file next to an article."""
DEFAULT_MAX_MB = 20
"""Default size limit of one article file (or one corpus line), in MB."""
SIDECAR_KEYS = (
    "id",
    "title",
    "author",
    "outlet",
    "url",
    "language",
    "published",
    "published_evidence",
)
"""Fields a sidecar may set."""

_MB = 1024 * 1024


def max_bytes_default() -> int:
    """The size limit: ``CHRONICLE_MAX_ARTICLE_MB`` if set, else :data:`DEFAULT_MAX_MB`."""
    raw = os.environ.get("CHRONICLE_MAX_ARTICLE_MB")
    try:
        mb = float(raw) if raw else DEFAULT_MAX_MB
    except ValueError:
        log.warning("CHRONICLE_MAX_ARTICLE_MB=%r is not a number; using %d", raw, DEFAULT_MAX_MB)
        mb = DEFAULT_MAX_MB
    return int(mb * _MB)


# --------------------------------------------------------------------------- dates

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_RE = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?"
_FULL_DATE_RES = (
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTHS_RE}),?\s+(?P<y>\d{{4}})\b"
    ),
    re.compile(rf"\b(?P<m>{MONTHS_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b"),
    re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b"),
)
_MONTH_DAY_RES = (
    re.compile(
        rf"\b(?P<m>{MONTHS_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d{{4}})(?![:\d])"
    ),
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTHS_RE})\b(?!,?\s+\d{{4}})"
    ),
)
_DATE_KEYWORD = r"(?:(?:first\s+)?published|posted|updated|last\s+updated|dated?)"
_ANY_FULL_DATE = "|".join(
    re.sub(r"\(\?P<\w+>", "(?:", p.pattern).replace(r"\b", "") for p in _FULL_DATE_RES
)
DATE_LINE_RE = re.compile(
    rf"^\W*{_DATE_KEYWORD}\b\s*(?:on)?\s*:?\s*(?:{_WEEKDAY_RE},?\s+)?(?:{_ANY_FULL_DATE})"
    rf"|^\W*(?:{_WEEKDAY_RE},?\s+)?(?:{_ANY_FULL_DATE})[\s,|·]*(?:\d{{1,2}}[:.]\d{{2}}\s*\S*)?\W*$",
    re.IGNORECASE,
)
"""A line that states when the article was published."""
_FUTURE_CUE_RE = re.compile(
    r"\b(?:scheduled|upcoming|planned|set\s+for|will|expected|due|slated|next)\b", re.IGNORECASE
)
_NEXT_MONTH_RE = re.compile(r"\bnext\s+month(?:'s|’s)?\b", re.IGNORECASE)
_BLANK_DATE_RE = re.compile(r"\b(?:on|dated|since|until)\s+,")
_ACCESSED_RE = re.compile(r"\b(?:accessed|retrieved)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _DateHit:
    """A date written in the text."""

    date: PartialDate
    text: str
    start: int


def _month_number(name: str) -> int:
    return [m[:3].lower() for m in calendar.month_name[1:]].index(name[:3].lower()) + 1


def _make_date(year: int, month: int, day: int | None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ChronicleError:
        return None


def find_full_dates(text: str) -> list[_DateHit]:
    """Dates with day, month and year written in ``text``, in order."""
    hits: dict[int, _DateHit] = {}
    for pattern in _FULL_DATE_RES:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            if "a" in groups and groups["a"] is not None:
                a, b = int(groups["a"]), int(groups["b"])
                if a <= 12 and b <= 12 and a != b:
                    continue  # 03/02/2026: day-first or month-first? Unknowable.
                month, day = (a, b) if b > 12 else (b, a)
            else:
                mtext = groups["m"]
                month = int(mtext) if mtext.isdigit() else _month_number(mtext)
                day = int(groups["d"])
            date = _make_date(int(groups["y"]), month, day) if 1 <= month <= 12 else None
            if date is not None and m.start() not in hits:
                hits[m.start()] = _DateHit(date, m.group(0), m.start())
    return [hits[k] for k in sorted(hits)]


def parse_date_value(value: object) -> PartialDate:
    """A date from metadata: EDTF, ISO date-time, or "3 February 2026"; else DateError."""
    text = str(value).strip()
    iso = re.fullmatch(
        r"(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?", text
    )
    if iso:
        return PartialDate.parse(iso.group(1))
    try:
        return PartialDate.parse(text)
    except ChronicleError:
        hits = find_full_dates(text)
        if len(hits) == 1 and len(hits[0].text) >= len(text) - 12:
            return hits[0].date
        raise


def _weekday_mentions(text: str) -> list[tuple[int, str]]:
    """Weekdays used as "the day of reporting": not after last/next/this/every."""
    found = []
    for m in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text):
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if re.search(r"\b(?:last|next|this|every|coming|following|past|until|by)\s+$", before):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        found.append((_WEEKDAYS.index(m.group(1)), text[line_start:][: m.end() - line_start + 40]))
    return found


def _snippet(text: str, start: int, end: int, width: int = 40) -> str:
    left = max(0, start - width)
    right = min(len(text), end + width)
    return (
        ("…" if left else "")
        + text[left:right].replace("\n", " ")
        + ("…" if right < len(text) else "")
    )


def infer_published(
    paragraphs: list[str], copyright_year: int | None, all_text: str
) -> tuple[PartialDate | None, str]:
    """Infer the publication date from strong evidence in the story, or say why not.

    Two rules, tried in order:

    1. A full date in the opening paragraphs (a lede or photo caption) whose weekday the
       story uses for the day of reporting ("on Tuesday") is the publication day.
    2. An upcoming day-and-month ("his scheduled February 3 meeting") with "next month"
       puts publication in the month before; the year comes from the copyright notice or
       a written year; a weekday of reporting ("expressed optimism Friday") then picks the
       last such weekday of that month before the upcoming date. Without a weekday the
       result is the month.
    """
    text = "\n".join(paragraphs)
    weekdays = _weekday_mentions(text)
    opening = "\n".join(paragraphs[:3])
    for hit in sorted(find_full_dates(opening), key=lambda h: h.date.sort_key(), reverse=True):
        assert hit.date.day is not None and hit.date.month is not None
        wd = _dt.date(hit.date.year, hit.date.month, hit.date.day).weekday()
        for day, context in weekdays:
            if day == wd:
                phrase = re.search(rf"\b(?:on\s+)?{_WEEKDAYS[wd]}\b", context)
                said = phrase.group(0) if phrase else _WEEKDAYS[wd]
                return hit.date, (
                    f"inferred from {hit.text!r} in the opening lines, a {_WEEKDAYS[wd]}, "
                    f"and {said!r} in the story"
                )
    result = _infer_from_upcoming(text, weekdays, copyright_year, all_text)
    if result is not None:
        return result
    notes = ["no publication date in the text"]
    blank = _BLANK_DATE_RE.search(text)
    if blank:
        notes.append(
            f"a date seems to be missing: {_snippet(text, blank.start(), blank.end(), 30)!r}"
        )
    if _ACCESSED_RE.search(all_text):
        notes.append("reference access dates are not publication dates")
    notes.append("no strong evidence to infer one")
    return None, "; ".join(notes)


def _infer_from_upcoming(
    text: str, weekdays: list[tuple[int, str]], copyright_year: int | None, all_text: str
) -> tuple[PartialDate, str] | None:
    upcoming = None
    for pattern in _MONTH_DAY_RES:
        for m in pattern.finditer(text):
            window = text[max(0, m.start() - 40) : m.end() + 30]
            if _FUTURE_CUE_RE.search(window):
                upcoming = (m, window)
                break
        if upcoming:
            break
    next_month = _NEXT_MONTH_RE.search(text)
    if upcoming is None or next_month is None:
        return None
    m, _window = upcoming
    month = _month_number(m.group("m"))
    day = int(m.group("d"))
    years = [int(y) for y in re.findall(r"\b(20\d\d|19\d\d)\b", text)]
    year = copyright_year or (max(years) if years else None)
    if year is None:
        return None
    year_source = f"© {copyright_year}" if copyright_year else f"the year {year} in the text"
    pub_year, pub_month = (year, month - 1) if month > 1 else (year - 1, 12)
    if month == 1 and copyright_year == year:
        pub_year, year = year, year + 1  # a January date "next month" seen in a December page
    target = _make_date(year, month, day)
    if target is None:
        return None
    evidence = (
        f"inferred from {_snippet(text, m.start(), m.end(), 25)!r} (upcoming) with "
        f"{next_month.group(0)!r} (so published in {calendar.month_name[pub_month]} {pub_year}), "
        f"year from {year_source}"
    )
    target_day = _dt.date(year, month, day)
    for wd, _context in weekdays:
        last = calendar.monthrange(pub_year, pub_month)[1]
        days = [
            d
            for d in range(1, last + 1)
            if _dt.date(pub_year, pub_month, d).weekday() == wd
            and _dt.date(pub_year, pub_month, d) < target_day
        ]
        if days:
            word = _WEEKDAYS[wd]
            return PartialDate(pub_year, pub_month, days[-1]), (
                evidence + f", and {word!r} as the day of reporting: the last {word} of that "
                f"month before {target_day.isoformat()}"
            )
    return PartialDate(pub_year, pub_month), evidence


# --------------------------------------------------------------------------- decoding


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"file too large: {_megabytes(size)} MB, limit {_megabytes(max_bytes)} MB "
                "(set CHRONICLE_MAX_ARTICLE_MB to change it)",
                path=str(path),
            )
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=str(path)) from exc


def _megabytes(size: int) -> str:
    """``size`` in MB for messages: ``50.0``, ``20``, ``0.01``."""
    mb = size / _MB
    if mb >= 1:
        return f"{mb:.1f}" if mb != int(mb) or size > DEFAULT_MAX_MB * _MB else f"{mb:g}"
    return f"{mb:.2g}"


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes, path: str, declared: str | None = None) -> str:
    """Decode an article file's bytes as described in the module docstring."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _check_text(_decode_strict(data, codec, path), path)
    guessed = _looks_utf16(data)
    if guessed:
        return _check_text(_decode_strict(data, guessed, path), path)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"binary file (NUL byte at offset {nul}); expected a text article",
            path=path,
            line=_line_of(data, nul),
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = _decode_fallback(data, exc, path, declared)
    return _check_text(text, path)


def _decode_strict(data: bytes, codec: str, path: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"invalid {codec.upper()} text at byte {exc.start}: {exc.reason}", path=path
        ) from exc


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("chronicle-latin1", _latin1_fallback)


def _decode_fallback(data: bytes, exc: UnicodeDecodeError, path: str, declared: str | None) -> str:
    codec = "cp1252"
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            log.warning("%s: unknown declared charset %r", path, declared)
    if codec.startswith("utf-8") or codec in ("ascii", "latin-1", "iso8859-1"):
        codec = "cp1252"
    log.warning(
        "%s:%d: not valid UTF-8 (%s at byte %d); decoding as %s",
        path,
        _line_of(data, exc.start),
        exc.reason,
        exc.start,
        codec,
    )
    return data.decode(codec, errors="chronicle-latin1")


def _check_text(text: str, path: str) -> str:
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        offset = text.index("\x00")
        raise InputError(
            "binary file (NUL character in the text); expected a text article",
            path=path,
            line=text.count("\n", 0, offset) + 1,
        )
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if sample and controls > 0.02 * len(sample):
        raise InputError(
            f"binary file ({controls} control characters in the first {len(sample)}); "
            "expected a text article",
            path=path,
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- units


def text_units(text: str, first_line: int = 1) -> list[Unit]:
    """Split plain text into paragraph units, re-joining hard-wrapped lines."""
    units: list[Unit] = []
    previous_blank = True
    for number, raw in enumerate(text.split("\n"), start=first_line):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            previous_blank = True
            continue
        if units and not previous_blank and _continues(units[-1].text, stripped):
            units[-1].text += " " + stripped
        else:
            units.append(Unit(stripped, number, len(line) - len(line.lstrip())))
        previous_blank = False
    return units


def _continues(previous: str, line: str) -> bool:
    """True if ``line`` continues a hard-wrapped paragraph ending in ``previous``."""
    if len(previous) < 50 or boilerplate.ends_sentence(previous) or previous.endswith(":"):
        return False
    if re.match(r"^(?:\d+\.|[-*•—–]|\[\d+\])\s", line):
        return False
    last = previous.split()[-1]
    return line[0].islower() or previous.endswith((",", ";", "-", "–")) or last.islower()


# --------------------------------------------------------------------------- YAML


class _StringDateLoader(yaml.SafeLoader):
    """A safe YAML loader that keeps dates as the strings the editor wrote."""


_StringDateLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml_mapping(
    text: str, path: str, first_line: int = 1
) -> tuple[dict[str, Any], dict[str, int]]:
    """Load a YAML mapping (dates as strings) and the line of each key."""
    try:
        loader = _StringDateLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = first_line + mark.line if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"invalid YAML: {problem}", path=path, line=line) from exc
    if data is None:
        return {}, {}
    if not isinstance(data, dict) or node is None or not isinstance(node, yaml.MappingNode):
        raise InputError(
            "expected a mapping of fields (key: value), got "
            f"{type(data).__name__} {_short(data)!r}",
            path=path,
            line=first_line,
        )
    lines = {
        str(k.value): first_line + k.start_mark.line
        for k, _v in node.value
        if isinstance(k, yaml.ScalarNode)
    }
    return {str(k): v for k, v in data.items()}, lines


def _short(value: object) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


# --------------------------------------------------------------------------- Markdown

_FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_MD_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK_RE = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_MD_FOOTNOTE_DEF_RE = re.compile(r"^\[\^(\w+)\]:\s*")
_MD_FOOTNOTE_REF_RE = re.compile(r"\[\^(\w+)\]")
_HTML_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_BLOCK_RE = re.compile(r"<(script|style|iframe)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_HTML_TAG_RE = re.compile(r"</?[A-Za-z][^>]*>")


def _blank_out(match: re.Match[str]) -> str:
    return "\n" * match.group(0).count("\n")


def markdown_units(body: str, first_line: int) -> tuple[list[Unit], list[Dropped]]:
    """Reduce a Markdown body to plain-text paragraph units (line numbers kept)."""
    body = _HTML_BLOCK_RE.sub(_blank_out, _HTML_COMMENT_RE.sub(_blank_out, body))
    units: list[Unit] = []
    dropped: list[Dropped] = []
    joinable = False
    in_fence = False
    for number, raw in enumerate(body.split("\n"), start=first_line):
        line = raw.rstrip()
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            joinable = False
            continue
        stripped = line.strip()
        if not in_fence:
            stripped = re.sub(r"^(?:>\s?)+", "", stripped).strip()
        if not stripped or re.fullmatch(r"[-*_=]{3,}", stripped):
            joinable = False
            continue
        heading = False
        if not in_fence:
            heading_match = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", stripped)
            if heading_match:
                stripped, heading = heading_match.group(2), True
            stripped = _MD_FOOTNOTE_DEF_RE.sub(r"[\1] ", stripped)
            stripped = _MD_FOOTNOTE_REF_RE.sub(r"[\1]", stripped)
            for image in _MD_IMAGE_RE.finditer(stripped):
                dropped.append(Dropped(image.group(0), "image"))
            stripped = _MD_IMAGE_RE.sub("", stripped)
            stripped = _MD_LINK_RE.sub(r"\1", stripped)
            stripped = _MD_EMPHASIS_RE.sub(r"\2", stripped)
            stripped = _HTML_TAG_RE.sub("", stripped).replace("\\", "").strip()
            item = re.match(r"^(?:[-*+]|\d+[.)])\s+(.*)$", stripped)
            if item and not re.match(r"^\d+\.\s", stripped):
                stripped = item.group(1)
            if not stripped:
                joinable = False
                continue
            if item or heading or stripped.startswith("["):
                joinable = False
        if joinable and units:
            units[-1].text += " " + stripped
        else:
            units.append(Unit(stripped, number, heading=heading))
        joinable = not heading and not in_fence
    return units, dropped


# --------------------------------------------------------------------------- cleaning


def _build_article(
    article_id: str,
    path: Path,
    units: list[Unit],
    *,
    meta: dict[str, Any] | None = None,
    extra_dropped: Sequence[Dropped] = (),
    published: PartialDate | None = None,
    evidence: str | None = None,
) -> Article:
    """Classify units, gather metadata and date, and make the Article."""
    meta = meta or {}
    cleaned = boilerplate.classify(units, DATE_LINE_RE, title=meta.get("title"))
    paragraphs = [u.text for u in units if u.label is None]
    references = [u.text for u in units if u.label == REFERENCE]
    dropped = list(extra_dropped) + _merge_dropped(units)
    article = Article(
        id=article_id,
        path=_display_path(path),
        title=meta.get("title") or cleaned.title,
        author=meta.get("author") or cleaned.author,
        outlet=meta.get("outlet") or cleaned.outlet,
        url=meta.get("url"),
        language=meta.get("language"),
        paragraphs=paragraphs,
        references=references,
        dropped=dropped,
    )
    if published is not None:
        article.published, article.published_evidence = published, evidence
        return article
    date_line = cleaned.date_line or next(
        (u.text for u in units if u.label == "byline" and find_full_dates(u.text)), None
    )
    hits = find_full_dates(date_line) if date_line else []
    if hits:
        article.published = hits[0].date
        article.published_evidence = f"stated: {date_line!r}"
        return article
    all_text = "\n".join(u.text for u in units)
    article.published, article.published_evidence = infer_published(
        paragraphs, cleaned.copyright_year, all_text
    )
    article.published_inferred = article.published is not None
    if article.published is None and evidence:
        article.published_evidence = f"{evidence}; {article.published_evidence}"
    return article


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
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


# --------------------------------------------------------------------------- formats


def _read_txt(path: Path, text: str) -> Article:
    return _build_article(file_id(path), path, text_units(text))


def _meta_from_mapping(
    data: dict[str, Any], lines: dict[str, int], path: str, allowed: Sequence[str]
) -> dict[str, Any]:
    """Check and normalise front-matter / sidecar fields."""
    aliases = {
        "date": "published",
        "site": "outlet",
        "source": "outlet",
        "publisher": "outlet",
        "lang": "language",
        "authors": "author",
        "link": "url",
    }
    meta: dict[str, Any] = {}
    for key, value in data.items():
        name = aliases.get(key, key)
        line = lines.get(key)
        if name not in allowed:
            if path.endswith(SIDECAR_SUFFIX):
                raise InputError(
                    f"unknown field {key!r}; expected one of {', '.join(allowed)}",
                    path=path,
                    line=line,
                )
            log.debug("%s:%s: ignoring front-matter field %r", path, line, key)
            continue
        if value is None:
            meta[name] = None
            continue
        if name == "author" and isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        if isinstance(value, (dict, list)):
            raise InputError(
                f"{key} must be a single value, got {_short(value)!r}", path=path, line=line
            )
        if name == "published":
            try:
                meta[name] = parse_date_value(value)
            except ChronicleError as exc:
                raise InputError(
                    f"{key} {value!r} is not a date; expected EDTF such as 2026-02-03, "
                    "2026-02 or 2026, or a date such as 3 February 2026",
                    path=path,
                    line=line,
                ) from exc
        else:
            meta[name] = str(value).strip()
    return meta


def _read_markdown(path: Path, text: str) -> Article:
    where = str(path)
    meta: dict[str, Any] = {}
    body, first_line = text, 1
    fm = _FRONT_MATTER_RE.match(text)
    if fm:
        data, lines = load_yaml_mapping(fm.group(1) or "", where, first_line=2)
        meta = _meta_from_mapping(
            data, lines, where, ("title", "author", "outlet", "url", "language", "published")
        )
        body = text[fm.end() :]
        first_line = text.count("\n", 0, fm.end()) + 1
    elif text.startswith("---\n"):
        raise InputError("front matter opened with '---' is never closed", path=where, line=1)
    units, images = markdown_units(body, first_line)
    published = meta.pop("published", None)
    return _build_article(
        file_id(path),
        path,
        units,
        meta=meta,
        extra_dropped=images,
        published=published,
        evidence=f"front matter: published {published.edtf()!r}" if published else None,
    )


def _read_html(path: Path, data: bytes, max_bytes: int) -> Article:
    import htmldate
    import trafilatura

    where = str(path)
    declared = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    html = decode(data, where, declared.group(1).decode("ascii") if declared else None)
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            as_dict=False,
        )
        text = getattr(doc, "text", None) if doc is not None else None
        if not text:
            _tree, text, _length = trafilatura.baseline(html)
        date = htmldate.find_date(html, original_date=True, extensive_search=False)
    except Exception as exc:  # trafilatura / lxml raise many kinds on broken pages
        raise InputError(f"cannot parse HTML: {exc}", path=where) from exc
    meta = {
        "title": getattr(doc, "title", None),
        "author": getattr(doc, "author", None),
        "outlet": getattr(doc, "sitename", None),
        "url": getattr(doc, "url", None),
        "language": getattr(doc, "language", None),
    }
    units = text_units(text or "")
    for unit in units:
        unit.line = 0  # line numbers of extracted text do not map back to the HTML
    published = None
    if date:
        try:
            published = PartialDate.parse(date)
        except ChronicleError:
            log.warning("%s: htmldate returned %r, not a date", where, date)
    return _build_article(
        file_id(path),
        path,
        units,
        meta={k: v for k, v in meta.items() if v},
        published=published,
        evidence=f"page metadata (htmldate, original date): {date!r}" if published else None,
    )


# --------------------------------------------------------------------------- JSONL

_DETOK = (
    (
        re.compile(r"-LRB-|-LCB-|-LSB-"),
        lambda m: {"-LRB-": "(", "-LCB-": "{", "-LSB-": "["}[m.group(0)],
    ),
    (
        re.compile(r"-RRB-|-RCB-|-RSB-"),
        lambda m: {"-RRB-": ")", "-RCB-": "}", "-RSB-": "]"}[m.group(0)],
    ),
)


_DETOK_SPACING = (
    (re.compile(r"``\s*"), '"'),
    (re.compile(r"\s*''"), '"'),
    # A lookahead keeps the punctuation, so the C engine replaces without expanding a group.
    (re.compile(r"\s+(?=[,.;:!?%)\]}])"), ""),
    (re.compile(r"([(\[{$])\s+"), r"\1"),
    (re.compile(r"\s+(?=(?:n't|'s|'re|'ve|'ll|'d|'m)\b)", re.IGNORECASE), ""),
    (re.compile(r"\s+(?='(?:\s|$))"), ""),
    (re.compile(r"[ \t]{2,}"), " "),
)


def detokenize(text: str) -> str:
    """Undo Penn-Treebank style tokenization lightly, so quotes and commas read well."""
    for pattern, repl in _DETOK:
        text = pattern.sub(repl, text)
    for spacing, plain in _DETOK_SPACING:
        text = spacing.sub(plain, text)
    return text


ID_MAX = 120
"""Longest article id made from a file name or corpus id."""
_SAFE_STEM = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


def _safe_id(text: str) -> str:
    """``text`` with every run of characters outside ``[A-Za-z0-9_.-]`` as ``_``.

    An id longer than :data:`ID_MAX` keeps its start and ends with a hash of the
    whole, so two long ids that share a beginning stay different.
    """
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("._-")
    if len(safe) <= ID_MAX:
        return safe
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{safe[: ID_MAX - 11].rstrip('._-')}-{digest}"


def file_id(path: Path) -> str:
    """The id of a single-article file: its stem, made safe for file and URL names.

    A stem like ``Petro's visit`` becomes ``Petro_s_visit``; one made only of
    other characters becomes ``article-<hash>``.
    """
    stem = unicodedata.normalize("NFC", path.stem)
    if _SAFE_STEM.fullmatch(stem) and len(stem) <= ID_MAX:
        return stem
    safe = _safe_id(stem)
    if safe:
        return safe
    return "article-" + hashlib.sha1(stem.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def id_key(article_id: str) -> str:
    """What two ids must not share: case-insensitive file systems (macOS, Windows)
    would store both under one file name."""
    return unicodedata.normalize("NFC", article_id).casefold()


def _iter_jsonl(path: Path, max_bytes: int) -> Iterator[Article]:
    where = str(path)
    stem = _safe_id(path.stem) or "corpus"
    seen: dict[str, tuple[str, int]] = {}
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=where) from exc
    with handle:
        number = 0
        while True:
            raw = handle.readline(max_bytes + 1)
            if not raw:
                break
            number += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                raise InputError(
                    f"line too long: over {_megabytes(max_bytes)} MB "
                    "(set CHRONICLE_MAX_ARTICLE_MB to change it)",
                    path=where,
                    line=number,
                )
            if not raw.strip():
                continue
            article = _corpus_article(raw, path, number, stem)
            if id_key(article.id) in seen:
                first, first_line = seen[id_key(article.id)]
                raise InputError(
                    f"duplicate id {article.id!r} (line {first_line} has {first!r}; ids are "
                    "compared ignoring letter case and after replacing characters outside "
                    "A-Z, a-z, 0-9, '_', '.' and '-')",
                    path=where,
                    line=number,
                )
            seen[id_key(article.id)] = (article.id, number)
            yield article


def _corpus_article(raw: bytes, path: Path, number: int, stem: str) -> Article:
    where = str(path)
    try:
        record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(
            f"invalid UTF-8 at byte {exc.start} of the line", path=where, line=number
        ) from exc
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON: {exc.msg} (column {exc.colno})",
            path=where,
            line=number,
            column=exc.colno,
        ) from exc
    if not isinstance(record, dict):
        raise InputError(
            f'expected a JSON object with "text", got {type(record).__name__} {_short(record)!r}',
            path=where,
            line=number,
        )
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f'"text" must be a string, got {_short(text)!r}', path=where, line=number)
    raw_id = record.get("id")
    if raw_id is not None and not isinstance(raw_id, (str, int)):
        raise InputError(f'"id" must be a string, got {_short(raw_id)!r}', path=where, line=number)
    local = _safe_id(str(raw_id)) if raw_id is not None else ""
    article_id = f"{stem}.{local or number}"
    fields = {
        k: record[k]
        for k in ("title", "author", "outlet", "url", "language", "published")
        if record.get(k) is not None
    }
    try:
        meta = _meta_from_mapping(fields, {}, where, tuple(fields))
    except InputError as exc:
        raise InputError(exc.message, path=where, line=number) from exc
    published = meta.pop("published", None)
    if "\x00" in text:
        raise InputError('NUL character in "text"', path=where, line=number)
    units = text_units(detokenize(text), first_line=number)
    for unit in units:
        unit.line = number
    return _build_article(
        article_id,
        path,
        units,
        meta=meta,
        published=published,
        evidence=f"corpus field published: {record.get('published')!r}" if published else None,
    )


# --------------------------------------------------------------------------- sidecar


def _apply_sidecar(article: Article, path: Path) -> Article:
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return article
    where = str(sidecar)
    text = decode(_read_bytes(sidecar, max_bytes_default()), where)
    data, lines = load_yaml_mapping(text, where)
    meta = _meta_from_mapping(data, lines, where, SIDECAR_KEYS)
    for key, value in meta.items():
        if key == "published":
            article.published = value
            article.published_inferred = False
            article.published_evidence = (
                f"from {sidecar.name}" if value is not None else f"cleared by {sidecar.name}"
            )
        elif key == "id":
            if not value or _safe_id(value) != value:
                raise InputError(
                    f"id {value!r} must use only letters, digits, '_', '-' and '.'",
                    path=where,
                    line=lines.get("id"),
                )
            article.id = value
        else:
            setattr(article, key, value)
    log.debug("%s: applied %s", path, sidecar.name)
    return article


# --------------------------------------------------------------------------- API


def read_article(path: Path, *, max_bytes: int | None = None) -> Article:
    """Read one ``.txt``, ``.md`` or ``.html`` article and apply its sidecar."""
    path = Path(path)
    where = str(path)
    suffix = path.suffix.lower()
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    if suffix in CORPUS_SUFFIXES:
        raise InputError(
            "a JSON Lines corpus holds many articles; read it with read_articles", path=where
        )
    if suffix not in TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES:
        raise InputError(
            f"unsupported file type {path.suffix!r}; expected one of {', '.join(SUFFIXES)}",
            path=where,
        )
    if not path.is_file():
        raise InputError("no such file", path=where)
    data = _read_bytes(path, limit)
    if not data.strip():
        raise InputError("file is empty", path=where)
    if suffix in HTML_SUFFIXES:
        article = _read_html(path, data, limit)
    else:
        text = decode(data, where)
        if not text.strip():
            raise InputError("file is empty", path=where)
        reader = _read_markdown if suffix in MARKDOWN_SUFFIXES else _read_txt
        article = reader(path, text)
    if not article.paragraphs:
        log.warning("%s: no story text found (everything looked like page furniture)", where)
    return _apply_sidecar(article, path)


def discover(paths: Sequence[Path] | Path) -> list[Path]:
    """The files :func:`read_articles` reads: given files, and articles under directories.

    Directories are walked recursively (not following symlinks, skipping hidden entries
    and ``*.meta.yaml``); the result is sorted and free of duplicates.
    """
    if isinstance(paths, (str, Path)):
        paths = [Path(paths)]
    found: dict[str, Path] = {}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
                        continue
                    if name.lower().endswith(SUFFIXES):
                        child = Path(root) / name
                        found.setdefault(str(child.resolve()), child)
        elif path.is_file():
            if path.name.endswith(SIDECAR_SUFFIX):
                continue
            if not path.name.lower().endswith(SUFFIXES):
                raise InputError(
                    f"unsupported file type {path.suffix!r}; expected one of {', '.join(SUFFIXES)}",
                    path=str(path),
                )
            found.setdefault(str(path.resolve()), path)
        else:
            raise InputError("no such file or directory", path=str(path))
    return sorted(found.values(), key=lambda p: str(p))


def read_articles(
    paths: Sequence[Path] | Path, *, max_bytes: int | None = None
) -> Iterator[Article]:
    """Read every article under ``paths`` (see :func:`discover`); corpora line by line."""
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    seen: dict[str, Article] = {}
    for path in discover(paths):
        if path.suffix.lower() in CORPUS_SUFFIXES:
            articles: Iterator[Article] = _iter_jsonl(path, limit)
        else:
            articles = iter([read_article(path, max_bytes=limit)])
        for article in articles:
            first = seen.setdefault(id_key(article.id), article)
            if first is not article and first.path != article.path:
                raise InputError(
                    f"article id {article.id!r} is also the id of {first.path} "
                    f"({first.id!r}); each article needs its own id, ignoring letter case "
                    f"(rename a file or set 'id' in its {SIDECAR_SUFFIX})",
                    path=article.path,
                )
            yield article


def article_to_json(article: Article) -> dict[str, Any]:
    """The fields ``chronicle inspect FILE --json`` prints."""
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "author": article.author,
        "outlet": article.outlet,
        "url": article.url,
        "language": article.language,
        "published": article.published.edtf() if article.published else None,
        "published_inferred": article.published_inferred,
        "published_evidence": article.published_evidence,
        "body": article.body,
        "references": list(article.references),
        "dropped": [{"text": d.text, "reason": d.reason} for d in article.dropped],
    }


def format_report(article: Article) -> str:
    """A human-readable account of how an article was read."""
    published = "none"
    if article.published is not None:
        published = f"{article.published.edtf()} ({article.published.human()})"
        if article.published_inferred:
            published += ", inferred"
    lines = [
        f"{article.id}  ({article.path})",
        f"  title:      {article.title or '-'}",
        f"  author:     {article.author or '-'}",
        f"  outlet:     {article.outlet or '-'}",
    ]
    if article.url:
        lines.append(f"  url:        {article.url}")
    if article.language:
        lines.append(f"  language:   {article.language}")
    lines += [
        f"  published:  {published}",
        f"  evidence:   {article.published_evidence or '-'}",
        f"  kept:       {len(article.paragraphs)} paragraphs, "
        f"{sum(len(p.split()) for p in article.paragraphs)} words",
        f"  references: {len(article.references)}",
    ]
    counts = Counter(d.reason for d in article.dropped)
    lines.append(
        "  dropped:    " + (", ".join(f"{n} {r}" for r, n in sorted(counts.items())) or "nothing")
    )
    lines += ["", "Body:"]
    for i, para in enumerate(article.paragraphs, 1):
        lines.append(f"  [{i}] {para}")
    if article.references:
        lines += ["", "References:"] + [f"  {ref}" for ref in article.references]
    if article.dropped:
        lines += ["", "Dropped:"]
        for piece in article.dropped:
            first, *rest = piece.text.split("\n")
            more = f" (+{len(rest)} lines)" if rest else ""
            lines.append(f"  - {piece.reason}: {_short(first)!r}{more}")
    return "\n".join(lines)
