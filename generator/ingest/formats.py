"""Readers of single-article files: plain text, Markdown with front matter, saved HTML.

- ``.txt``: text pasted from a web page. Each line (or blank-line separated block of
  hard-wrapped lines) is a paragraph; :mod:`generator.ingest.boilerplate` labels the page
  furniture around the story (share bars, comment threads, footers, ...).
- ``.md`` / ``.markdown``: optional YAML front matter (``title``, ``published``, ``url``,
  ``outlet``, ``author``, ``language``) and a Markdown body, reduced to plain text.
- ``.html`` / ``.htm``: a saved page; trafilatura extracts the main text and metadata
  (scripts, iframes, navigation and comments never reach the text); a publication date
  the text states wins, else htmldate's extensive search of the page finds one.

Each reader splits its file into paragraph units (:class:`~generator.ingest.boilerplate.Unit`)
and hands them to :func:`generator.ingest.assemble.build_article`; the caller,
:func:`generator.ingest.read.read_article`, applies the sidecar.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.dates import PartialDate
from generator.errors import ChronicleError, InputError
from generator.ids import article_file_id
from generator.ingest import boilerplate
from generator.ingest.assemble import build_article
from generator.ingest.boilerplate import Unit
from generator.ingest.boilerplate_patterns import BYLINE_RE
from generator.ingest.decode import decode
from generator.ingest.fields import load_yaml_mapping, meta_from_mapping
from generator.ingest.pubdate import DATE_LINE_RE, POSTED_RE, find_full_dates
from generator.models import Article, Dropped

if TYPE_CHECKING:
    from lxml.html import HtmlElement

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- plain text


def text_units(text: str, first_line: int = 1) -> list[Unit]:
    """Split plain text into paragraph units, re-joining hard-wrapped lines."""
    units: list[Unit] = []
    previous_blank = True
    lines = text.split("\n")  # split once, for the wrap width and for the units
    wrapped = _is_hard_wrapped(lines)
    for number, raw in enumerate(lines, start=first_line):
        line = raw.rstrip()
        stripped = line.lstrip()
        if not stripped:
            previous_blank = True
            continue
        if units and not previous_blank and wrapped and _continues(units[-1].text, stripped):
            units[-1].text += " " + stripped
        else:
            units.append(Unit(stripped, number, len(line) - len(stripped)))
        previous_blank = False
    return units


def _is_hard_wrapped(lines: list[str]) -> bool:
    """True if the text's ``lines`` were wrapped at a fixed width (no long paragraph lines).

    Text pasted from a browser has one paragraph a line, most far longer than any wrap
    width; there, two lines are never one paragraph (a menu item is not continued by the
    next one).
    """
    lengths = sorted(map(len, filter(str.strip, lines)))
    if not lengths:
        return False
    return lengths[int(0.9 * (len(lengths) - 1))] <= 100


def _continues(previous: str, line: str) -> bool:
    """True if ``line`` continues a hard-wrapped paragraph ending in ``previous``."""
    if len(previous) < 50 or boilerplate.ends_sentence(previous) or previous.endswith(":"):
        return False
    if re.match(r"^(?:\d+\.|[-*•—–]|\[\d+\])\s|^(?:By|Posted|Published|Updated)\b", line):
        return False
    last = previous.split()[-1]
    return line[0].islower() or previous.endswith((",", ";", "-", "–")) or last.islower()


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


# --------------------------------------------------------------------------- readers


def read_txt(path: Path, text: str) -> Article:
    """Read a ``.txt`` article from its decoded ``text``."""
    return build_article(article_file_id(path), path, text_units(text))


def read_markdown(path: Path, text: str) -> Article:
    """Read a ``.md`` article from its decoded ``text``: front matter, then the body."""
    where = str(path)
    meta: dict[str, Any] = {}
    body, first_line = text, 1
    fm = _FRONT_MATTER_RE.match(text)
    if fm:
        data, lines = load_yaml_mapping(fm.group(1) or "", where, first_line=2)
        meta = meta_from_mapping(
            data, lines, where, ("title", "author", "outlet", "url", "language", "published")
        )
        body = text[fm.end() :]
        first_line = text.count("\n", 0, fm.end()) + 1
    elif text.startswith("---\n"):
        raise InputError("front matter opened with '---' is never closed", path=where, line=1)
    units, images = markdown_units(body, first_line)
    published = meta.pop("published", None)
    return build_article(
        article_file_id(path),
        path,
        units,
        meta=meta,
        extra_dropped=images,
        published=published,
        evidence=f"front matter: published {published.edtf()!r}" if published else None,
    )


def read_html(path: Path, data: bytes, max_bytes: int) -> Article:
    """Read a saved ``.html`` page from its bytes (its ``<meta charset>`` is honoured)."""
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
        date = htmldate.find_date(html, original_date=True, extensive_search=True)
    except Exception as exc:  # trafilatura / lxml raise many kinds on broken pages
        raise InputError(f"cannot parse HTML: {exc}", path=where) from exc
    meta = {
        "title": getattr(doc, "title", None),
        "author": getattr(doc, "author", None),
        "outlet": getattr(doc, "sitename", None),
        "url": getattr(doc, "url", None),
        "language": getattr(doc, "language", None),
    }
    page = _parse_page(html)
    units = text_units(_restore_bold_headings(page, text or ""))
    for unit in units:
        unit.line = 0  # line numbers of extracted text do not map back to the HTML
    published = None
    evidence = None
    stated = _stated_page_date(page)
    if not meta.get("author"):
        meta["author"] = _page_byline(page)
    if stated is not None:
        published, evidence = stated[0], f"stated in the page: {stated[1]!r}"
    elif date:
        try:
            published = PartialDate.parse(date)
            evidence = f"page (htmldate, original date, extensive search): {date!r}"
        except ChronicleError:
            log.warning("%s: htmldate returned %r, not a date", where, date)
    return build_article(
        article_file_id(path),
        path,
        units,
        meta={k: v for k, v in meta.items() if v},
        page_date=published,
        evidence=evidence,
    )


def _parse_page(html: str) -> HtmlElement | None:
    """The page as an lxml tree for the checks below (None if lxml cannot read it).

    Parsed once: trafilatura and htmldate read the page on their own.
    """
    import lxml.html

    try:
        return lxml.html.fromstring(html)
    except Exception:  # lxml raises several kinds on broken pages; trafilatura still ran
        return None


def _restore_bold_headings(tree: HtmlElement | None, text: str) -> str:
    """Put back subheadings written as a bold-only paragraph, which trafilatura drops.

    A ``<p><strong>Power company says 41,000 homes still cut off</strong></p>`` before a
    paragraph the extractor kept is that paragraph's heading (live blogs, CMS output).
    """
    if tree is None:
        return text
    for p in tree.iter("p"):
        children = list(p)
        if len(children) != 1 or children[0].tag not in ("strong", "b") or (p.text or "").strip():
            continue
        heading = " ".join(p.text_content().split())
        following = p.getnext()
        if not heading or len(heading.split()) > 20 or following is None or heading in text:
            continue
        lead = " ".join(following.text_content().split())[:60]
        at = text.find(lead) if len(lead) >= 20 else -1
        if at > 0 and text[at - 1] == "\n":
            text = f"{text[:at]}{heading}\n{text[at:]}"
    return text


def _page_byline(tree: HtmlElement | None) -> str | None:
    """The name in a "By Jane Doe" element of the page (the extractor may leave it out)."""
    if tree is None:
        return None
    for element in tree.iter("p", "div", "span", "address", "li"):
        text = " ".join(element.text_content().split())
        if 4 <= len(text) <= 120 and text[:3].casefold() == "by ":
            m = BYLINE_RE.match(text)
            if m is not None and m["name"][:1].isupper():
                return m["name"].strip().rstrip(",")
    return None


def _stated_page_date(tree: HtmlElement | None) -> tuple[PartialDate, str] | None:
    """A "Posted on 14 August 2023 by …" line anywhere in the page, with its date.

    Blogs print it at the foot, where the main-text extractor often leaves it out; page
    metadata (and htmldate) may instead hold the date of a related post.
    """
    if tree is None:
        return None
    for element in tree.iter("p", "div", "span", "footer", "header", "li", "time", "small"):
        text = " ".join(element.text_content().split())
        if not 3 <= len(text) <= 160 or not POSTED_RE.match(text):
            continue
        hits = find_full_dates(text)
        if hits and DATE_LINE_RE.search(text):
            return hits[0].date, text
    return None
