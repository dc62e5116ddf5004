"""Events and sources → the Markdown pages and files MkDocs renders.

:func:`generate_pages` is pure: it returns ``{relative path: text}``.
:func:`write_pages` puts them into the generated docs folder, touching only
files whose bytes change and removing files no longer generated, so
``mkdocs serve`` reloads only what changed.

All text from articles and YAML goes through :func:`md_escape` (Markdown
context) or :func:`html.escape` (raw HTML context): nothing from input can
become markup in the site.
"""

from __future__ import annotations

import html
import json
import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from generator.dates import MONTH_NAMES, PartialDate, Precision
from generator.exports import events_json
from generator.models import Event
from generator.sources import Source
from generator.store import write_text_atomic

log = logging.getLogger(__name__)

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()>#+\-.!|~<])")
KEY_EVENTS = 7
"""How many events the home page shows as key events."""


@dataclass(frozen=True)
class SiteOptions:
    """What the generated pages need to know besides the events."""

    title: str = "Chronicle"
    """The story's title, shown on the home page."""
    edit_base: str | None = None
    """URL prefix for "Edit this event" links (``repo_url`` + ``edit_uri``), if any."""


def md_escape(text: str) -> str:
    """Escape text for Markdown inline context: no markup, no HTML, one line."""
    text = re.sub(r"\s+", " ", text).strip()
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def h(text: str) -> str:
    """Escape text for raw HTML (element content or quoted attribute)."""
    return html.escape(re.sub(r"\s+", " ", text).strip(), quote=True)


def time_tag(date: PartialDate) -> str:
    """A ``<time>`` element showing the date at its precision."""
    return f'<time datetime="{h(date.iso_start())}">{h(date.human())}</time>'


def event_page_path(event: Event) -> str:
    """Docs-relative path of an event's page."""
    return f"events/{event.id}.md"


def source_page_path(source_id: str) -> str:
    """Docs-relative path of a source article's page."""
    return f"sources/{source_id}.md"


def generate_pages(
    events: Sequence[Event], sources: dict[str, Source], options: SiteOptions
) -> dict[str, str]:
    """Every generated file of the docs folder, by relative path."""
    visible = sorted(
        (e for e in events if e.status != "rejected"), key=lambda e: (e.date.sort_key(), e.id)
    )
    pages = {"index.md": _home_page(visible, sources, options)}
    for index, event in enumerate(visible):
        previous = visible[index - 1] if index else None
        following = visible[index + 1] if index + 1 < len(visible) else None
        pages[event_page_path(event)] = _event_page(event, sources, options, previous, following)
    pages["sources/index.md"] = _sources_index(visible, sources)
    for source_id in sorted(_cited_and_known(visible, sources)):
        pages[source_page_path(source_id)] = _source_page(source_id, visible, sources)
    pages["events.json"] = events_json(visible)
    return pages


def _front_matter(title: str) -> list[str]:
    """Front matter giving the page title already HTML-escaped.

    MkDocs puts ``page.title`` into ``<title>`` and the search index without
    escaping it, so the text must be safe HTML before it gets there.
    """
    return ["---", f"title: {json.dumps(h(title), ensure_ascii=False)}", "---", ""]


def _cited_and_known(events: Sequence[Event], sources: dict[str, Source]) -> set[str]:
    cited = {s.article for e in events for s in e.sources}
    return cited | set(sources)


def _event_link(event: Event, prefix: str) -> str:
    return f"[{md_escape(event.title)}]({prefix}{event_page_path(event)})"


def _event_line(event: Event, prefix: str) -> str:
    status = (
        ' <span class="chronicle-status">scheduled</span>' if event.status == "scheduled" else ""
    )
    return f"- {time_tag(event.date)} — {_event_link(event, prefix)}{status}"


def _home_page(events: Sequence[Event], sources: dict[str, Source], options: SiteOptions) -> str:
    lines = ["---", "hide:", "  - navigation", "---", "", f"# {md_escape(options.title)}", ""]
    if not events:
        lines += [
            "No events yet: run `chronicle ingest` or add a file under `content/events/`.",
            "",
        ]
        return "\n".join(lines)
    first, last = events[0].date, events[-1].date
    cited = sorted({s.article for e in events for s in e.sources})
    lines += [
        f'<p class="chronicle-lede">{len(events)} events from {len(cited)} sources, '
        f"{time_tag(first)} – {time_tag(last)}.</p>",
        "",
        "## Key events",
        "",
    ]
    key = sorted(events, key=lambda e: (-e.importance, e.date.sort_key(), e.id))[:KEY_EVENTS]
    lines += [_event_line(e, "") for e in sorted(key, key=lambda e: (e.date.sort_key(), e.id))]
    upcoming = [e for e in events if e.status == "scheduled"]
    if upcoming:
        lines += ["", "## Upcoming", ""]
        lines += [_event_line(e, "") for e in upcoming]
    lines += ["", "## Chronology", ""]
    lines += _chronology(events)
    return "\n".join(lines) + "\n"


def _period_heading(date: PartialDate) -> tuple[str, str | None]:
    """(year heading, month heading or None) an event is listed under."""
    if date.precision == Precision.DECADE:
        return f"{date.year}s", None
    if date.month is None:
        return str(date.year), None
    return str(date.year), f"{MONTH_NAMES[date.month - 1]} {date.year}"


def _chronology(events: Sequence[Event]) -> list[str]:
    lines: list[str] = []
    for year, in_year in groupby(events, key=lambda e: _period_heading(e.date)[0]):
        lines += [f"### {year} {{ #y{year.rstrip('s')}{'s' if year.endswith('s') else ''} }}", ""]
        for month, in_month in groupby(in_year, key=lambda e: _period_heading(e.date)[1]):
            if month is not None:
                anchor = "m" + re.sub(r"\W+", "-", month.lower())
                lines += [f"#### {month} {{ #{anchor} }}", ""]
            lines += [_event_line(e, "") for e in in_month]
            lines.append("")
    return lines


def _event_page(
    event: Event,
    sources: dict[str, Source],
    options: SiteOptions,
    previous: Event | None,
    following: Event | None,
) -> str:
    status = "Scheduled" if event.status == "scheduled" else "Occurred"
    when = time_tag(event.date)
    if event.end:
        when += f" – {time_tag(event.end)}"
    lines = [
        *_front_matter(event.title),
        f"# {md_escape(event.title)}",
        "",
        f'<p class="chronicle-meta">{when} · <span class="chronicle-status">{status}</span></p>',
        "",
    ]
    if event.summary:
        lines += [md_escape(event.summary), ""]
    if event.conflicts:
        lines += ['!!! warning "Sources disagree"', ""]
        lines += [f"    - {md_escape(c)}" for c in event.conflicts]
        lines.append("")
    if event.entities or event.tags:
        names = ", ".join(md_escape(x) for x in event.entities)
        tags = ", ".join(md_escape(x) for x in event.tags)
        if names:
            lines.append(f"**Who:** {names}  ")
        if tags:
            lines.append(f"**Tags:** {tags}")
        lines.append("")
    lines += _sources_section(event, sources)
    nav = []
    if previous:
        nav.append(f"← {_event_link(previous, '../')}")
    if following:
        nav.append(f"{_event_link(following, '../')} →")
    if nav:
        lines += ["---", "", " · ".join(nav), ""]
    if options.edit_base and event.path:
        rel = Path(event.path).as_posix()
        content_at = rel.find("content/")
        if content_at >= 0:
            rel = rel[content_at:]
        lines += [
            f'<p class="chronicle-edit"><a href="{h(options.edit_base + rel)}">'
            "Edit this event</a></p>",
            "",
        ]
    return "\n".join(lines)


def _sources_section(event: Event, sources: dict[str, Source]) -> list[str]:
    if not event.sources:
        return ["*Added by an editor; no source article.*", ""]
    lines = ["## Sources", ""]
    for ref in event.sources:
        source = sources.get(ref.article)
        name = (source.title if source and source.title else None) or ref.article
        outlet = f" — {md_escape(source.outlet)}" if source and source.outlet else ""
        lines.append(f"- [{md_escape(name)}](../{source_page_path(ref.article)}){outlet}")
        lines.append("")
        lines.append(f"    > {md_escape(ref.quote)}")
        lines.append("")
        if ref.date_text:
            how = f'    <span class="chronicle-how">Dated by “{h(ref.date_text)}”'
            if ref.date_value:
                how += f" → {h(ref.date_value)}"
            if ref.date_rule:
                how += f" ({h(ref.date_rule)})"
            lines += [how + "</span>", ""]
    return lines


def _sources_index(events: Sequence[Event], sources: dict[str, Source]) -> str:
    lines = ["# Sources", "", "The articles this chronology is built from.", ""]
    for source_id in sorted(_cited_and_known(events, sources)):
        source = sources.get(source_id)
        count = sum(1 for e in events if any(s.article == source_id for s in e.sources))
        title = (source.title if source else None) or source_id
        extra = []
        if source and source.outlet:
            extra.append(md_escape(source.outlet))
        if source and source.published:
            extra.append(time_tag(source.published))
        extra.append(f"{count} event{'s' if count != 1 else ''}")
        lines.append(f"- [{md_escape(title)}]({source_id}.md) — {', '.join(extra)}")
    return "\n".join(lines) + "\n"


def _source_page(source_id: str, events: Sequence[Event], sources: dict[str, Source]) -> str:
    source = sources.get(source_id)
    title = (source.title if source else None) or source_id
    lines = [*_front_matter(title), f"# {md_escape(title)}", ""]
    facts = []
    if source:
        if source.outlet:
            facts.append(f"**Outlet:** {md_escape(source.outlet)}")
        if source.author:
            facts.append(f"**Author:** {md_escape(source.author)}")
        if source.published:
            facts.append(f"**Published:** {time_tag(source.published)}")
            if source.published_evidence:
                facts.append(f"**Date from:** {md_escape(source.published_evidence)}")
        else:
            facts.append("**Published:** unknown")
        if source.url and re.match(r"https?://", source.url):
            facts.append(f'**Original:** <a href="{h(source.url)}">{h(source.url)}</a>')
    facts.append(f"**Article id:** `{source_id}`" if "`" not in source_id else "")
    lines += [f + "  " for f in facts if f] + [""]
    cited = [e for e in events if any(s.article == source_id for s in e.sources)]
    lines += ["## Events it reports", ""]
    lines += [_event_line(e, "../") for e in cited] or ["None."]
    return "\n".join(lines) + "\n"


def write_pages(docs_dir: Path, pages: dict[str, str], static_dirs: Sequence[Path] = ()) -> int:
    """Make ``docs_dir`` hold exactly ``pages`` plus static files; returns files changed."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    wanted = dict(pages)
    for static_dir in static_dirs:
        if not static_dir.is_dir():
            continue
        for path in sorted(static_dir.rglob("*")):
            if path.is_file():
                wanted.setdefault(path.relative_to(static_dir).as_posix(), path.read_text("utf-8"))
    changed = 0
    for rel, text in sorted(wanted.items()):
        if write_text_atomic(docs_dir / rel, text):
            changed += 1
    for path in sorted(docs_dir.rglob("*"), reverse=True):
        rel = path.relative_to(docs_dir).as_posix()
        if path.is_file() and rel not in wanted and not path.name.startswith("."):
            path.unlink()
            changed += 1
        elif path.is_dir() and not any(path.iterdir()):
            os.rmdir(path)
    return changed
