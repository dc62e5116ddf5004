"""Machine-readable exports of the event collection: JSON, iCalendar, Atom, TimelineJS.

Every export is deterministic: it depends only on the events and source
records, never on the clock, so the same content gives byte-identical files.

Choices, so readers and tools know what to expect:

- **When an event was "added".** The data has no such date, so the feed and
  the calendar use the latest publication date among the event's sources
  (:func:`added_date`): an event enters the story when the newest article
  reporting it appears. An event with no dated source (one an editor added)
  counts as added with the newest article of the whole story; with no dated
  article at all, its own date is used.
- **Links.** With a site URL (``site_url`` in ``mkdocs.yml``, ``--site-url``
  for ``chronicle export``) every link is absolute: the site URL joined with
  the page's directory-URL path (``https://example.org/story/events/<id>/``),
  so a calendar app or feed reader that fetched the file elsewhere can follow
  it. Without one, links stay relative to the file's own address (which is
  the site's root) and one warning says so, once per build or export.
  ``events.json`` holds the events' own fields only, so it has no links.
- **iCalendar** (``events.ics``): every event is all-day except events with
  a time of day, which keep it (floating local time: sources give no time
  zone). A day-precision event covers its day. A month-, year- or
  decade-precision event covers only the *first* day of its period
  (DTSTART;VALUE=DATE and DTEND the next day): a calendar has no way to say
  "some day in October", and a month- or decade-long block would hide every
  other entry; the DESCRIPTION's first line states the precision instead
  ("Date known only to the month: October 2025.", "...to the year: 2015.",
  "...to the decade: the 1990s."; "about October 2025" when the date is
  approximate, and "Date known only approximately: about 3 May 2026." for an
  approximate day). A range (``end``) spans from the first day of its start's
  period to the last day of its end's period, as written. UIDs are
  ``<event id>@<domain>``; DTSTAMP is the added date at midnight UTC.
- **Atom** (``feed.xml``): the :data:`FEED_ENTRIES` most recently added
  events, newest first; entry ids are ``urn:uuid`` values derived from the
  domain and the event id.
- **TimelineJS** (``timeline.json``): ``start_date`` holds only the known
  parts of the date; ``display_date`` shows reduced precision ("October
  2025", "1990s"); ``group`` is the event's first (main) tag. Headlines and
  texts are HTML-escaped because TimelineJS renders them as HTML.
- **Escaping, once.** Text is escaped once for the format that carries it
  and never twice: JSON and iCalendar hold it as written (iCalendar escapes
  only its own ``\\ ; ,`` and newlines); text that is HTML (TimelineJS
  headlines, the Atom entry's ``type="html"`` content) escapes ``& < >`` for
  HTML, leaving quotes and apostrophes as they are, since they mean nothing
  in HTML text; XML escaping is left to the XML serializer.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from generator.dates import PartialDate, Precision
from generator.models import Event
from generator.store import Source, event_fields

EXPORT_FORMATS = ("json", "ical", "atom", "timelinejs")
"""Formats ``chronicle export --format`` accepts."""
EXPORT_FILES = {
    "json": "events.json",
    "ical": "events.ics",
    "atom": "feed.xml",
    "timelinejs": "timeline.json",
}
"""The file each format is published as in the site."""
FEED_ENTRIES = 100
"""How many events the Atom feed carries (the most recently added)."""
DEFAULT_DOMAIN = "chronicle.invalid"
"""Domain of calendar UIDs and feed ids when no site URL or domain is configured."""
ATOM_NS = "http://www.w3.org/2005/Atom"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
LINKED_FORMATS = ("json", "ical", "atom")
"""Formats whose links are relative without a site URL (TimelineJS then has none)."""

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportOptions:
    """What exports need besides the events."""

    title: str = "Chronicle"
    """The story's title (calendar name, feed title, TimelineJS title slide)."""
    site_url: str | None = None
    """Public address of the site, for absolute links; relative links without it."""
    domain: str | None = None
    """Domain of UIDs and feed ids (default: ``site_url``'s host, else ``chronicle.invalid``)."""

    @property
    def uid_domain(self) -> str:
        """The domain used in calendar UIDs and feed ids."""
        if self.domain:
            return self.domain
        host = urlsplit(self.site_url).hostname if self.site_url else None
        return host or DEFAULT_DOMAIN

    @classmethod
    def for_site(cls, title: str, site_url: str | None, domain: str | None = None) -> ExportOptions:
        """Options for a site build; warns (once: a build makes them once) without ``site_url``."""
        if not site_url:
            warn_relative_links("site_url is not set in mkdocs.yml", "set site_url")
        return cls(title=title, site_url=site_url, domain=domain)

    def url(self, path: str) -> str:
        """Address of a site path: absolute with ``site_url``, else relative to the root.

        The site's root itself is ``./`` when relative (an empty link would
        name the file it is in, not the site).
        """
        if self.site_url:
            return self.site_url.rstrip("/") + "/" + path
        return path or "./"

    def event_url(self, event: Event) -> str:
        """Address of an event's page (directory URLs, as ``mkdocs.yml`` sets)."""
        return self.url(f"events/{event.id}/")


def warn_relative_links(missing: str, remedy: str) -> None:
    """Log that calendar and feed links are relative: ``missing`` says what is not set."""
    log.warning(
        "%s: calendar and feed links are relative; %s to publish absolute links", missing, remedy
    )


def _clean(text: str) -> str:
    """Text without characters XML and iCalendar cannot carry."""
    return _CONTROL.sub("", text)


def _html(text: str) -> str:
    """Text as HTML text content: ``& < >`` escaped once, quotes left as written."""
    return html.escape(_clean(text), quote=False)


def visible_events(events: Sequence[Event]) -> list[Event]:
    """Events that are not rejected, in chronological order."""
    visible = [e for e in events if e.status != "rejected"]
    return sorted(visible, key=lambda e: (e.date.sort_key(), e.id))


JSON_KEY_ORDER = (
    "id",
    "title",
    "date",
    "end",
    "precision",
    "status",
    "summary",
    "entities",
    "tags",
    "importance",
    "confidence",
    "reviewed",
    "conflicts",
    "sources",
)
"""Order of keys in each record of ``events.json``."""


def event_record(event: Event) -> dict[str, Any]:
    """One event as the JSON export shows it (all fields, fixed order).

    The fields are the event's own (:func:`generator.store.serialise.event_fields`,
    nothing left out, ``end`` null when there is none), plus the date's precision.
    """
    fields = {**event_fields(event), "precision": event.date.precision.name.lower()}
    return {key: fields[key] for key in JSON_KEY_ORDER}


def events_json(events: Sequence[Event], options: ExportOptions | None = None) -> str:
    """All visible events as a JSON document, in chronological order, one event a line.

    Each record ends with ``url``, the address of the event's page (absolute when
    ``options`` has a site URL).
    """
    options = options or ExportOptions()
    records = [
        json.dumps(
            {**event_record(e), "url": options.event_url(e)}, ensure_ascii=False, sort_keys=False
        )
        for e in visible_events(events)
    ]
    if not records:
        return '{"events": []}\n'
    return '{"events": [\n' + ",\n".join(records) + "\n]}\n"


def added_date(
    event: Event, sources: Mapping[str, Source], story_date: PartialDate | None = None
) -> PartialDate:
    """When the event entered the story: the newest publication date of its sources.

    Without a dated source: ``story_date`` (the newest article of the story,
    see :func:`story_date`) if given, else the event's own date.
    """
    published = [
        source.published
        for ref in event.sources
        if (source := sources.get(ref.article)) is not None and source.published is not None
    ]
    if not published:
        return story_date or event.date
    return max(published, key=lambda d: d.sort_key())


def story_date(sources: Mapping[str, Source]) -> PartialDate | None:
    """The newest publication date of all source records, if any is dated."""
    dated = [s.published for s in sources.values() if s.published is not None]
    return max(dated, key=lambda d: d.sort_key()) if dated else None


def _day_after(date: PartialDate) -> dt.date:
    """The first day after the period ``date`` names (an exclusive end).

    It always exists: :class:`PartialDate` refuses periods that end after 9998.
    """
    return date.last_day() + dt.timedelta(days=1)


def _ical_date(day: dt.date) -> str:
    """``YYYYMMDD`` with four digits of year (``strftime("%Y")`` drops zeros before 1000)."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _ical_stamp(date: PartialDate) -> str:
    """A DTSTAMP: midnight UTC of the first day of ``date``."""
    return _ical_date(date.first_day()) + "T000000Z"


def _source_label(article: str, sources: Mapping[str, Source]) -> str:
    source = sources.get(article)
    if source is None:
        return article
    return source.title or " ".join(x for x in (source.outlet, source.author) if x) or article


def ical_text(text: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, newline."""
    text = _clean(text).replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ical_fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74
    return "\r\n ".join(parts)


def events_ical(
    events: Sequence[Event],
    sources: Mapping[str, Source] | None = None,
    options: ExportOptions | None = None,
) -> str:
    """An iCalendar (RFC 5545) file of the events (see the module docstring for dates).

    Written directly (escaping and folding per the RFC) rather than through
    the ``icalendar`` package, which took 12 s for 10,000 events; the tests
    parse the output back with ``icalendar``.
    """
    sources = sources or {}
    options = options or ExportOptions()
    newest = story_date(sources)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Chronicle//Chronicle timeline//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{ical_text(options.title)}",
    ]
    for event in visible_events(events):
        date = event.date
        stamp = _ical_stamp(added_date(event, sources, newest))
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ical_text(f'{event.id}@{options.uid_domain}')}",
            f"DTSTAMP:{stamp}",
        ]
        if date.precision == Precision.TIME:
            lines.append(
                f"DTSTART:{date.year:04d}{date.month:02d}{date.day:02d}"
                f"T{date.hour:02d}{date.minute:02d}00"
            )
        else:
            first = date.first_day()
            end = (
                max(_day_after(event.end), _day_after(date))
                if event.end
                else first + dt.timedelta(days=1)
            )
            lines.append(f"DTSTART;VALUE=DATE:{_ical_date(first)}")
            lines.append(f"DTEND;VALUE=DATE:{_ical_date(end)}")
        lines.append(f"SUMMARY:{ical_text(event.title)}")
        lines.append(f"DESCRIPTION:{ical_text(_ical_description(event, sources, options))}")
        lines.append(f"STATUS:{'TENTATIVE' if event.status == 'scheduled' else 'CONFIRMED'}")
        lines.append("TRANSP:TRANSPARENT")
        if event.tags:
            lines.append("CATEGORIES:" + ",".join(ical_text(t) for t in event.tags))
        lines += [f"URL:{options.event_url(event)}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(ical_fold(line) + "\r\n" for line in lines)


_PRECISION_WORDS = {Precision.DECADE: "decade", Precision.YEAR: "year", Precision.MONTH: "month"}


def _when(date: PartialDate) -> str:
    """A date for a sentence: "October 2025", "the 1990s", "about 2015"."""
    text = replace(date, approximate=False).human()
    if date.decade:
        text = "the " + text
    return "about " + text if date.approximate else text


def precision_note(event: Event) -> str | None:
    """The sentence stating how well the event's date is known; None for exact days and times.

    "Date known only to the month: October 2025." -- the coarsest precision
    of the date and its end names the period.
    """
    dates = [event.date, event.end] if event.end else [event.date]
    coarsest = min(d.precision for d in dates)
    if coarsest >= Precision.DAY and not any(d.approximate for d in dates):
        return None
    when = " to ".join(_when(d) for d in dates)
    if coarsest >= Precision.DAY:
        return f"Date known only approximately: {when}."
    return f"Date known only to the {_PRECISION_WORDS[coarsest]}: {when}."


def _ical_description(event: Event, sources: Mapping[str, Source], options: ExportOptions) -> str:
    parts = []
    note = precision_note(event)
    if note:
        parts.append(note)
    if event.status == "scheduled":
        parts.append("Scheduled when reported.")
    if event.summary:
        parts.append(event.summary)
    labels = list(dict.fromkeys(_source_label(r.article, sources) for r in event.sources))
    if labels:
        parts.append("Sources: " + "; ".join(labels))
    parts.append(options.event_url(event))
    return "\n\n".join(parts)


def _atom_time(date: PartialDate) -> str:
    """Midnight UTC of the first day of ``date``, four digits of year (RFC 3339)."""
    return date.first_day().isoformat() + "T00:00:00Z"


def _urn(options: ExportOptions, name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'https://{options.uid_domain}/{name}')}"


def atom_feed(
    events: Sequence[Event],
    sources: Mapping[str, Source] | None = None,
    options: ExportOptions | None = None,
    limit: int = FEED_ENTRIES,
) -> str:
    """An Atom (RFC 4287) feed of the most recently added events, newest first."""
    sources = sources or {}
    options = options or ExportOptions()
    newest = story_date(sources)
    dated = [(added_date(e, sources, newest), e) for e in visible_events(events)]
    dated.sort(
        key=lambda pair: (pair[0].sort_key(), pair[1].date.sort_key(), pair[1].id), reverse=True
    )
    dated = dated[:limit]
    ET.register_namespace("", ATOM_NS)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        if text is not None:
            element.text = _clean(text)
        return element

    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    sub(feed, "title", options.title)
    sub(feed, "subtitle", "Events as the sources report them, newest first.")
    sub(feed, "id", _urn(options, "feed"))
    newest = max((added for added, _ in dated), key=lambda d: d.sort_key(), default=None)
    sub(feed, "updated", _atom_time(newest) if newest else "1970-01-01T00:00:00Z")
    sub(feed, "link", rel="self", type="application/atom+xml", href=options.url("feed.xml"))
    sub(feed, "link", rel="alternate", type="text/html", href=options.url(""))
    author = sub(feed, "author")
    sub(author, "name", options.title)
    sub(feed, "generator", "Chronicle")
    for added, event in dated:
        entry = sub(feed, "entry")
        sub(entry, "title", event.title)
        sub(entry, "id", _urn(options, f"events/{event.id}"))
        sub(entry, "updated", _atom_time(added))
        sub(entry, "published", _atom_time(added))
        sub(entry, "link", rel="alternate", type="text/html", href=options.event_url(event))
        for tag in dict.fromkeys(event.tags):
            sub(entry, "category", term=_clean(tag))
        status = " (scheduled)" if event.status == "scheduled" else ""
        summary = f"{event.date.human()}{status}: {event.summary or event.title}"
        sub(entry, "summary", summary, type="text")
        sub(entry, "content", _atom_content(event, sources), type="html")
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, "unicode") + "\n"


def _atom_content(event: Event, sources: Mapping[str, Source]) -> str:
    """The entry's HTML body (escaped for HTML here, for XML by the serializer)."""
    when = (
        f'<time datetime="{html.escape(event.date.iso_start())}">{_html(event.date.human())}</time>'
    )
    parts = [f"<p>{when}{' · scheduled' if event.status == 'scheduled' else ''}</p>"]
    if event.summary:
        parts.append(f"<p>{_html(event.summary)}</p>")
    quotes = [
        f"<blockquote><p>{_html(ref.quote)}</p>"
        f"<footer>{_html(_source_label(ref.article, sources))}</footer></blockquote>"
        for ref in event.sources
    ]
    return "".join(parts + quotes)


def _date_object(date: PartialDate) -> dict[str, int]:
    """A TimelineJS date object with only the known parts."""
    parts = {"year": date.year}
    for name in ("month", "day", "hour", "minute"):
        value = getattr(date, name)
        if value is not None:
            parts[name] = value
    return parts


def timelinejs(events: Sequence[Event], options: ExportOptions | None = None) -> str:
    """The story as TimelineJS 3 JSON: a title slide and one slide per event."""
    options = options or ExportOptions()
    visible = visible_events(events)
    slides = []
    for event in visible:
        text = f"<p>{_html(event.summary)}</p>" if event.summary else ""
        if event.status == "scheduled":
            text = "<p><strong>Scheduled</strong> when reported.</p>" + text
        if options.site_url:
            href = html.escape(options.event_url(event))
            text += f'<p><a href="{href}">Sources and dates</a></p>'
        slide: dict[str, Any] = {
            "unique_id": event.id,
            "start_date": _date_object(event.date),
        }
        if event.end:
            slide["end_date"] = _date_object(event.end)
        if event.date.precision < Precision.DAY or event.date.approximate:
            shown = event.date.human()
            if event.end:
                shown += f" – {event.end.human()}"
            slide["display_date"] = shown
        slide["text"] = {"headline": _html(event.title), "text": _clean(text)}
        if event.tags:
            slide["group"] = _html(event.tags[0])
        slides.append(slide)
    span = ""
    if visible:
        span = f" from {visible[0].date.human()} to {visible[-1].date.human()}"
    title = {
        "text": {
            "headline": _html(options.title),
            "text": f"<p>{len(visible)} events{_html(span)}.</p>",
        }
    }
    # One slide a line: readable, diffable, and written by json's fast C encoder.
    lines = [json.dumps(slide, ensure_ascii=False) for slide in slides]
    body = ",\n".join(lines)
    return (
        f'{{"title": {json.dumps(title, ensure_ascii=False)},\n"events": [\n{body}\n]}}\n'
        if lines
        else f'{{"title": {json.dumps(title, ensure_ascii=False)}, "events": []}}\n'
    )


def export(
    events: Sequence[Event],
    fmt: str,
    sources: Mapping[str, Source] | None = None,
    options: ExportOptions | None = None,
) -> str:
    """The export named ``fmt`` as text (``chronicle export``).

    Warns when ``fmt`` has links and ``options`` has no site URL.
    """
    if fmt in LINKED_FORMATS and not (options and options.site_url):
        warn_relative_links("--site-url is not given", "give --site-url")
    if fmt == "json":
        return events_json(events, options)
    if fmt == "ical":
        return events_ical(events, sources, options)
    if fmt == "atom":
        return atom_feed(events, sources, options)
    if fmt == "timelinejs":
        return timelinejs(events, options)
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
