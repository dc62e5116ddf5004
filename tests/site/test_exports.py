"""Exports: iCalendar, Atom, TimelineJS and JSON, each parsed back and checked."""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import icalendar
import jsonschema
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.dates import PartialDate
from generator.models import Event, SourceRef
from generator.site.exports import (
    EXPORT_FILES,
    EXPORT_FORMATS,
    ExportOptions,
    added_date,
    atom_feed,
    events_ical,
    export,
    story_date,
    timelinejs,
)
from generator.site.generate import SiteOptions, generate_pages
from generator.store.sources import Source

A = "{http://www.w3.org/2005/Atom}"
HOSTILE = '<script>alert(1)</script> & "quotes", semi;colon\\back\nline'

SOURCES = {
    "a1": Source(
        "a1", title="First report", outlet="Outlet", published=PartialDate.parse("2026-01-10")
    ),
    "a2": Source("a2", title="Second report", published=PartialDate.parse("2026-02-04")),
    "a3": Source("a3", title=None, outlet="Undated outlet"),
}


def _events() -> list[Event]:
    return [
        Event(
            "199x-decade", "Decade event", PartialDate.parse("199X"), sources=[SourceRef("a1", "q")]
        ),
        Event("2015-year", "Year event", PartialDate.parse("2015"), tags=["history"]),
        Event(
            "2025-10-month",
            "Month event",
            PartialDate.parse("2025-10"),
            tags=["sanctions", "drugs"],
            sources=[SourceRef("a1", "In October."), SourceRef("a2", "In October, again.")],
        ),
        Event(
            "2026-02-03-day",
            HOSTILE,
            PartialDate.parse("2026-02-03"),
            summary=HOSTILE,
            tags=[HOSTILE],
            sources=[SourceRef("a2", HOSTILE)],
        ),
        Event(
            "2026-02-03t11-time",
            "Time event",
            PartialDate.parse("2026-02-03T11:00"),
            sources=[SourceRef("a3", "At 11.")],
        ),
        Event(
            "2026-05-31-election",
            "Election",
            PartialDate.parse("2026-05-31"),
            status="scheduled",
            end=PartialDate.parse("2026-06-02"),
        ),
        Event(
            "2026-01-01-rejected", "Rejected", PartialDate.parse("2026-01-01"), status="rejected"
        ),
    ]


OPTIONS = ExportOptions(title="Story & <Co>", site_url="https://example.org/story/")


def test_added_date_is_the_newest_source_publication_else_the_event_date() -> None:
    events = {e.id: e for e in _events()}
    assert added_date(events["2025-10-month"], SOURCES) == PartialDate.parse("2026-02-04")
    assert added_date(events["2026-02-03t11-time"], SOURCES) == PartialDate.parse(
        "2026-02-03T11:00"
    )
    assert added_date(events["2015-year"], SOURCES) == PartialDate.parse("2015")
    newest = story_date(SOURCES)
    assert newest == PartialDate.parse("2026-02-04")
    assert added_date(events["2026-05-31-election"], SOURCES, newest) == newest


def test_ical_parses_back_with_the_documented_choices() -> None:
    text = events_ical(_events(), SOURCES, OPTIONS)
    assert text == events_ical(list(reversed(_events())), SOURCES, OPTIONS), "deterministic"
    assert "\r\n" in text
    cal = icalendar.Calendar.from_ical(text)
    assert str(cal["version"]) == "2.0" and "Chronicle" in str(cal["prodid"])
    entries = {str(c["uid"]): c for c in cal.walk("VEVENT")}
    # every precision is in the calendar; rejected events never appear
    assert sorted(entries) == sorted(
        f"{e.id}@example.org" for e in _events() if e.status != "rejected"
    )
    month = entries["2025-10-month@example.org"]
    assert month.decoded("dtstart") == dt.date(2025, 10, 1)
    assert month.decoded("dtend") == dt.date(2025, 10, 2), "its first day only"
    assert month.decoded("dtstamp") == dt.datetime(2026, 2, 4, tzinfo=dt.timezone.utc)
    assert [str(c) for c in month["categories"].cats] == ["sanctions", "drugs"]
    day = entries["2026-02-03-day@example.org"]
    assert day.decoded("dtstart") == dt.date(2026, 2, 3)
    assert day.decoded("dtend") == dt.date(2026, 2, 4)
    assert str(day["summary"]) == HOSTILE, "text round-trips exactly (escaped, not mangled)"
    assert HOSTILE in str(day["description"])
    timed = entries["2026-02-03t11-time@example.org"]
    assert timed.decoded("dtstart") == dt.datetime(2026, 2, 3, 11, 0)
    assert timed.decoded("dtstamp") == dt.datetime(2026, 2, 4, tzinfo=dt.timezone.utc)
    election = entries["2026-05-31-election@example.org"]
    assert election.decoded("dtend") == dt.date(2026, 6, 3), "ranges end after their last day"
    assert str(election["status"]) == "TENTATIVE"
    assert str(election["url"]) == "https://example.org/story/events/2026-05-31-election/"


def test_ical_default_domain_without_site_url() -> None:
    cal = icalendar.Calendar.from_ical(events_ical(_events()))
    assert all(str(c["uid"]).endswith("@chronicle.invalid") for c in cal.walk("VEVENT"))


def test_atom_feed_is_valid_and_newest_first() -> None:
    text = atom_feed(_events(), SOURCES, OPTIONS)
    assert text == atom_feed(list(reversed(_events())), SOURCES, OPTIONS)
    feed = ET.fromstring(text.encode("utf-8"))
    assert feed.tag == f"{A}feed"
    for name in ("title", "id", "updated", "author"):
        assert feed.find(f"{A}{name}") is not None, name
    assert feed.findtext(f"{A}title") == "Story & <Co>"
    assert feed.findtext(f"{A}updated") == "2026-02-04T00:00:00Z"
    self_link = feed.find(f"{A}link[@rel='self']")
    assert self_link is not None and self_link.get("href") == "https://example.org/story/feed.xml"
    entries = feed.findall(f"{A}entry")
    assert len(entries) == 6
    ids = []
    for entry in entries:
        for name in ("title", "id", "updated", "summary"):
            assert entry.find(f"{A}{name}") is not None, name
        link = entry.find(f"{A}link[@rel='alternate']")
        assert link is not None and link.get("href", "").startswith(
            "https://example.org/story/events/"
        )
        ids.append(entry.findtext(f"{A}id"))
    assert len(set(ids)) == len(ids) and all(i and i.startswith("urn:uuid:") for i in ids)
    updated = [e.findtext(f"{A}updated") or "" for e in entries]
    assert updated == sorted(updated, reverse=True)
    hostile = next(e for e in entries if e.findtext(f"{A}title") == HOSTILE)
    content = hostile.findtext(f"{A}content") or ""
    assert "<script>" not in content and "&lt;script&gt;" in content
    assert hostile.find(f"{A}category").get("term") == HOSTILE  # type: ignore[union-attr]


TIMELINEJS_SCHEMA = {
    "type": "object",
    "required": ["events"],
    "properties": {
        "title": {"$ref": "#/definitions/slide"},
        "events": {"type": "array", "items": {"$ref": "#/definitions/event"}},
    },
    "definitions": {
        "date": {
            "type": "object",
            "required": ["year"],
            "additionalProperties": False,
            "properties": {
                "year": {"type": "integer"},
                "month": {"type": "integer", "minimum": 1, "maximum": 12},
                "day": {"type": "integer", "minimum": 1, "maximum": 31},
                "hour": {"type": "integer"},
                "minute": {"type": "integer"},
                "display_date": {"type": "string"},
            },
        },
        "text": {
            "type": "object",
            "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
        },
        "slide": {"type": "object", "properties": {"text": {"$ref": "#/definitions/text"}}},
        "event": {
            "type": "object",
            "required": ["start_date", "text"],
            "properties": {
                "start_date": {"$ref": "#/definitions/date"},
                "end_date": {"$ref": "#/definitions/date"},
                "text": {"$ref": "#/definitions/text"},
                "display_date": {"type": "string"},
                "group": {"type": "string"},
                "unique_id": {"type": "string"},
            },
        },
    },
}


def test_timelinejs_matches_the_documented_shape() -> None:
    document = json.loads(timelinejs(_events(), OPTIONS))
    jsonschema.validate(document, TIMELINEJS_SCHEMA)
    slides = {s["unique_id"]: s for s in document["events"]}
    assert "2026-01-01-rejected" not in slides
    assert slides["199x-decade"]["start_date"] == {"year": 1990}
    assert slides["199x-decade"]["display_date"] == "1990s"
    assert slides["2025-10-month"]["start_date"] == {"year": 2025, "month": 10}
    assert slides["2025-10-month"]["display_date"] == "October 2025"
    assert slides["2025-10-month"]["group"] == "sanctions"
    assert slides["2026-02-03-day"]["start_date"] == {"year": 2026, "month": 2, "day": 3}
    assert "display_date" not in slides["2026-02-03-day"]
    assert slides["2026-05-31-election"]["end_date"] == {"year": 2026, "month": 6, "day": 2}
    hostile = slides["2026-02-03-day"]
    for text in (hostile["text"]["headline"], hostile["text"]["text"], hostile["group"]):
        assert "<script" not in text and "&lt;script&gt;" in text
    assert document["title"]["text"]["headline"] == "Story &amp; &lt;Co&gt;"


def test_every_format_is_published_in_the_site_and_deterministic() -> None:
    pages = generate_pages(_events(), SOURCES, SiteOptions("Story"))
    assert set(EXPORT_FILES.values()) <= set(pages)
    again = generate_pages(list(reversed(_events())), SOURCES, SiteOptions("Story"))
    for name in EXPORT_FILES.values():
        assert pages[name] == again[name], name
    for fmt in EXPORT_FORMATS:
        assert export(_events(), fmt, SOURCES, ExportOptions("Story")) == pages[EXPORT_FILES[fmt]]
    home = pages["index.md"]
    for name in EXPORT_FILES.values():
        assert f"]({name})" in home, f"the home page links {name}"


def test_cli_exports_every_format(project: Path) -> None:
    runner = CliRunner()
    for fmt in EXPORT_FORMATS:
        result = runner.invoke(
            main, ["export", "--format", fmt, "--content", str(project / "content")]
        )
        assert result.exit_code == 0, result.output
        out = result.stdout
        if fmt == "json":
            assert json.loads(out)["events"]
        elif fmt == "ical":
            assert icalendar.Calendar.from_ical(out).walk("VEVENT")
        elif fmt == "atom":
            assert ET.fromstring(out.encode("utf-8")).findall(f"{A}entry")
        else:
            jsonschema.validate(json.loads(out), TIMELINEJS_SCHEMA)
    site_url = runner.invoke(
        main,
        [
            "export",
            "--format",
            "atom",
            "--site-url",
            "https://example.org/",
            "--content",
            str(project / "content"),
        ],
    )
    assert site_url.exit_code == 0, site_url.output
    assert 'href="https://example.org/events/' in site_url.stdout


SITE_URL = "https://example.org/story"
"""A site URL without the trailing slash: joining must still keep ``story/``."""
LINK = re.compile(r'href="([^"]*)"')


def _json_strings(value: Any) -> list[str]:
    """Every string in a parsed JSON document, keys and values."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *_json_strings(v))]
    if isinstance(value, list):
        return [s for item in value for s in _json_strings(item)]
    return []


def _export_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "generator.site.exports" and r.levelno == logging.WARNING
    ]


def test_every_export_links_absolutely_with_a_site_url(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="generator.site.exports"):
        pages = generate_pages(_events(), SOURCES, SiteOptions("Story", site_url=SITE_URL))
    assert _export_warnings(caplog) == []
    page = {e.id: f"{SITE_URL}/events/{e.id}/" for e in _events() if e.status != "rejected"}

    cal = icalendar.Calendar.from_ical(pages["events.ics"])
    for entry in cal.walk("VEVENT"):
        uid = str(entry["uid"]).removesuffix("@example.org")
        assert str(entry["url"]) == page[uid]
        assert str(entry["description"]).split("\n\n")[-1] == page[uid]
    assert len(cal.walk("VEVENT")) == len(page)

    feed = ET.fromstring(pages["feed.xml"].encode("utf-8"))
    hrefs = [link.get("href", "") for link in feed.iter(f"{A}link")]
    assert f"{SITE_URL}/feed.xml" in hrefs and f"{SITE_URL}/" in hrefs
    for entry in feed.findall(f"{A}entry"):
        link = entry.find(f"{A}link[@rel='alternate']")
        assert link is not None and link.get("href") in page.values()
    assert all(h.startswith(SITE_URL + "/") for h in hrefs), hrefs

    timeline = json.loads(pages["timeline.json"])
    slides = {s["unique_id"]: s for s in timeline["events"]}
    assert set(slides) == set(page)
    for event_id, slide in slides.items():
        assert LINK.findall(slide["text"]["text"]) == [page[event_id]]

    records = json.loads(pages["events.json"])["events"]
    assert [r["id"] for r in records] == list(page)
    relative = [s for s in _json_strings(records) if s.startswith(("events/", "./", "/"))]
    assert relative == [], "events.json carries no relative link"


def test_links_are_relative_without_a_site_url_and_one_warning_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="generator.site.exports"):
        pages = generate_pages(_events(), SOURCES, SiteOptions("Story"))
    assert _export_warnings(caplog) == [
        "site_url is not set in mkdocs.yml: calendar and feed links are relative; "
        "set site_url to publish absolute links"
    ], "one warning per build, not one per export or event"

    cal = icalendar.Calendar.from_ical(pages["events.ics"])
    urls = sorted(str(entry["url"]) for entry in cal.walk("VEVENT"))
    assert urls == sorted(f"events/{e.id}/" for e in _events() if e.status != "rejected")
    feed = ET.fromstring(pages["feed.xml"].encode("utf-8"))
    assert feed.find(f"{A}link[@rel='self']").get("href") == "feed.xml"  # type: ignore[union-attr]
    home = feed.find(f"{A}link[@rel='alternate']")
    assert home is not None and home.get("href") == "./", "the site's root, not the feed"
    assert "href" not in pages["timeline.json"], "no link rather than one relative to the embed"


def test_chronicle_export_warns_without_site_url(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="generator.site.exports"):
        export(_events(), "timelinejs", SOURCES, ExportOptions("Story"))
        export(_events(), "ical", SOURCES, ExportOptions("Story", site_url=SITE_URL))
        assert _export_warnings(caplog) == [], "no links, or absolute ones: nothing to say"
        text = export(_events(), "atom", SOURCES, ExportOptions("Story"))
    assert _export_warnings(caplog) == [
        "--site-url is not given: calendar and feed links are relative; "
        "give --site-url to publish absolute links"
    ]
    assert 'href="events/2015-year/"' in text


def _precision_events() -> list[Event]:
    return [
        Event("2025-10-month", "Month", PartialDate.parse("2025-10")),
        Event("2015-year", "Year", PartialDate.parse("2015"), summary="A year."),
        Event("199x-decade", "Decade", PartialDate.parse("199X")),
        Event("2025-10-about", "About a month", PartialDate.parse("2025-10~")),
        Event("199x-about", "About a decade", PartialDate.parse("199X~")),
        Event("2026-05-03-about", "About a day", PartialDate.parse("2026-05-03~")),
        Event("2026-05-03-day", "Day", PartialDate.parse("2026-05-03"), summary="A day."),
        Event("2026-05-03t09-time", "Time", PartialDate.parse("2026-05-03T09:30")),
        Event(
            "2025-10-range",
            "Range",
            PartialDate.parse("2025-10"),
            end=PartialDate.parse("2026-02"),
        ),
    ]


def test_calendar_gives_coarse_dates_their_first_day_and_states_the_precision() -> None:
    cal = icalendar.Calendar.from_ical(events_ical(_precision_events()))
    entries = {str(c["uid"]).split("@")[0]: c for c in cal.walk("VEVENT")}
    expected = {
        "2025-10-month": (
            dt.date(2025, 10, 1),
            dt.date(2025, 10, 2),
            "Date known only to the month: October 2025.",
        ),
        "2015-year": (
            dt.date(2015, 1, 1),
            dt.date(2015, 1, 2),
            "Date known only to the year: 2015.",
        ),
        "199x-decade": (
            dt.date(1990, 1, 1),
            dt.date(1990, 1, 2),
            "Date known only to the decade: the 1990s.",
        ),
        "2025-10-about": (
            dt.date(2025, 10, 1),
            dt.date(2025, 10, 2),
            "Date known only to the month: about October 2025.",
        ),
        "199x-about": (
            dt.date(1990, 1, 1),
            dt.date(1990, 1, 2),
            "Date known only to the decade: about the 1990s.",
        ),
        "2026-05-03-about": (
            dt.date(2026, 5, 3),
            dt.date(2026, 5, 4),
            "Date known only approximately: about 3 May 2026.",
        ),
        "2026-05-03-day": (dt.date(2026, 5, 3), dt.date(2026, 5, 4), "A day."),
        "2025-10-range": (
            dt.date(2025, 10, 1),
            dt.date(2026, 3, 1),
            "Date known only to the month: October 2025 to February 2026.",
        ),
    }
    for event_id, (start, end, first_line) in expected.items():
        entry = entries[event_id]
        assert entry["dtstart"].params.get("VALUE") == "DATE", event_id
        assert (entry.decoded("dtstart"), entry.decoded("dtend")) == (start, end), event_id
        assert str(entry["description"]).split("\n\n")[0] == first_line, event_id
    timed = entries["2026-05-03t09-time"]
    assert timed.decoded("dtstart") == dt.datetime(2026, 5, 3, 9, 30), "a time keeps its time"
    assert "dtend" not in timed
    assert not str(timed["description"]).startswith("Date known")


APOSTROPHE = 'Petro\'s "deal" & <the> U.S.'


def test_quotes_apostrophes_and_ampersands_are_escaped_exactly_once() -> None:
    event = Event(
        "2026-02-03-apostrophe",
        APOSTROPHE,
        PartialDate.parse("2026-02-03"),
        summary=APOSTROPHE,
        tags=[APOSTROPHE],
        sources=[SourceRef("a2", APOSTROPHE)],
    )
    pages = generate_pages([event], SOURCES, SiteOptions(APOSTROPHE, site_url=SITE_URL))

    (entry,) = icalendar.Calendar.from_ical(pages["events.ics"]).walk("VEVENT")
    assert str(entry["summary"]) == APOSTROPHE
    assert str(entry["description"]).split("\n\n")[0] == APOSTROPHE
    assert [str(c) for c in entry["categories"].cats] == [APOSTROPHE]

    (record,) = json.loads(pages["events.json"])["events"]
    assert record["title"] == record["summary"] == APOSTROPHE

    timeline = json.loads(pages["timeline.json"])
    (slide,) = timeline["events"]
    as_html = 'Petro\'s "deal" &amp; &lt;the&gt; U.S.'
    assert slide["text"]["headline"] == as_html, "HTML-escaped once, quotes as written"
    assert slide["group"] == as_html
    assert timeline["title"]["text"]["headline"] == as_html
    assert f"<p>{as_html}</p>" in slide["text"]["text"]

    raw = pages["feed.xml"]
    assert "#x27;" not in raw and "&amp;quot;" not in raw, "quotes need no escaping in text"
    feed = ET.fromstring(raw.encode("utf-8"))
    assert feed.findtext(f"{A}title") == APOSTROPHE
    (item,) = feed.findall(f"{A}entry")
    assert item.findtext(f"{A}title") == APOSTROPHE, "the XML parser gives back the text"
    assert (item.findtext(f"{A}summary") or "").endswith(f": {APOSTROPHE}")
    assert item.find(f"{A}category").get("term") == APOSTROPHE  # type: ignore[union-attr]
    content = item.findtext(f"{A}content") or ""
    assert f"<p>{as_html}</p>" in content, "the HTML body is escaped once, for HTML"
    assert APOSTROPHE in html.unescape(content)
