"""Generated pages: structure, precision, and escaping of hostile text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import markdown

from generator.build import build_site
from generator.dates import PartialDate
from generator.models import Event, SourceRef
from generator.site import SiteOptions, generate_pages, md_escape
from generator.sources import Source
from generator.store import event_to_yaml

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    "<iframe src=javascript:alert(3)></iframe>",
    "[click](javascript:alert(4))",
    "# not a heading *bold* _em_ `code` {: onclick=alert(5) }",
]


def _events() -> list[Event]:
    return [
        Event(
            id="199x-petro-demobilised",
            title="Petro demobilised",
            date=PartialDate.parse("199X"),
            summary="Petro, a former guerrilla leader, demobilised in the 1990s.",
            sources=[
                SourceRef("a1", "Petro demobilised in the 1990s.", "the 1990s", "199X", "decade")
            ],
        ),
        Event(
            id="2025-10-sanctions",
            title="U.S. sanctions Petro",
            date=PartialDate.parse("2025-10"),
            sources=[SourceRef("a1", "In October, the United States sanctioned Petro.")],
        ),
        Event(
            id="2026-05-31-election",
            title="Presidential election",
            date=PartialDate.parse("2026-05-31"),
            status="scheduled",
        ),
        Event(
            id="2026-01-01-hidden",
            title="Rejected event",
            date=PartialDate.parse("2026-01-01"),
            status="rejected",
        ),
    ]


def test_pages_show_dates_at_their_precision_and_skip_rejected() -> None:
    pages = generate_pages(
        _events(), {"a1": Source("a1", title="An article")}, SiteOptions("Story")
    )
    home = pages["index.md"]
    assert "1990s" in home and "October 2025" in home and "31 May 2026" in home
    assert "1 October 2025" not in home
    assert "Rejected event" not in home and "events/2026-01-01-hidden.md" not in pages
    chronology = home.split("## Chronology")[1]
    assert chronology.index("1990s") < chronology.index("October 2025") < chronology.index("31 May")
    assert "## Upcoming" in home
    event = pages["events/199x-petro-demobilised.md"]
    assert "[An article](../sources/a1.md)" in event
    assert "Dated by “the 1990s” → 199X" in event
    exported = json.loads(pages["events.json"])
    assert [e["date"] for e in exported["events"]] == ["199X", "2025-10", "2026-05-31"]


def test_hostile_text_never_becomes_markup() -> None:
    for text in HOSTILE:
        rendered = markdown.markdown(md_escape(text), extensions=["attr_list", "md_in_html"])
        assert "<script" not in rendered and "<img" not in rendered and "<iframe" not in rendered
        assert "href" not in rendered
        assert not re.search(r"<[^>]*\son\w+=", rendered)
        assert "<h1" not in rendered and "<strong" not in rendered and "<code" not in rendered


def test_hostile_event_builds_into_inert_html(project: Path) -> None:
    events_dir = project / "content" / "events"
    for path in events_dir.rglob("*.yaml"):
        path.unlink()
    for index, text in enumerate(HOSTILE):
        event = Event(
            id=f"2026-01-0{index + 1}-hostile",
            title=f"Title {text}",
            date=PartialDate.parse(f"2026-01-0{index + 1}"),
            summary=f"Summary {text}",
            tags=[f"tag {text}"],
            entities=[f"Name {text}"],
            sources=[SourceRef(next(iter(_source_ids(project))), f"Quote {text}")],
        )
        target = events_dir / "2026" / f"{event.id}.yaml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(event_to_yaml(event), "utf-8")
    site = build_site(project / "mkdocs.yml", strict=True)
    for page in site.rglob("*.html"):
        html = page.read_text("utf-8")
        assert "<script>alert" not in html, page
        assert "<img src=x" not in html and "<iframe src=javascript" not in html, page
        assert 'href="javascript:' not in html, page


def _source_ids(project: Path) -> list[str]:
    return sorted(p.stem for p in (project / "content" / "sources").glob("*.yaml")) or ["none"]
