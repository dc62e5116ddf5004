"""Exports: iCalendar, Atom, TimelineJS and JSON, each parsed back and checked."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import icalendar
import jsonschema
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
    # year and decade precision are skipped; rejected events never appear
    assert sorted(entries) == sorted(
        f"{i}@example.org"
        for i in ("2025-10-month", "2026-02-03-day", "2026-02-03t11-time", "2026-05-31-election")
    )
    month = entries["2025-10-month@example.org"]
    assert month.decoded("dtstart") == dt.date(2025, 10, 1)
    assert month.decoded("dtend") == dt.date(2025, 11, 1)
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
