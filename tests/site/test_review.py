"""Events held back for review stay out of every page and export until reviewed."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

import pytest

from generator.dates import PartialDate
from generator.errors import BuildError
from generator.models import Event, SourceRef
from generator.site import build_site, review_threshold
from generator.site.generate import SiteOptions, generate_pages, published_events
from generator.store.serialise import event_to_yaml
from generator.store.sources import Source
from tests.conftest import copy_project

DOUBTFUL_ID = "2026-01-28-reporters-saw-troops-in-the-square"
DOUBTFUL_TITLE = "Reporters saw troops in the square of Zanzibarville"
"""A title no other page of the seed site shares a word with ("Zanzibarville")."""
ARTICLE = "003_e0a1eea8c0cad0b9"
"""A seed article (the seed site has its source record)."""


def _doubtful(confidence: float = 0.2, reviewed: bool = False) -> Event:
    return Event(
        id=DOUBTFUL_ID,
        title=DOUBTFUL_TITLE,
        date=PartialDate.parse("2026-01-28"),
        importance=3.0,
        confidence=confidence,
        reviewed=reviewed,
        tags=["zanzibartag"],
        entities=["Zanzibar Person"],
        sources=[SourceRef(ARTICLE, "(Updated 10:04 a.m.) Troops in the square of Zanzibarville.")],
    )


def _trusted() -> list[Event]:
    return [
        Event(
            id="2026-02-03-meeting",
            title="Trump and Petro meet at the White House",
            date=PartialDate.parse("2026-02-03"),
            confidence=0.9,
            sources=[SourceRef(ARTICLE, "Trump and Petro met at the White House.")],
        ),
        Event(
            id="2026-03-01-hand-made", title="Handmade event", date=PartialDate.parse("2026-03-01")
        ),
    ]


def _text(pages: dict[str, str]) -> str:
    return "\n".join(pages.values())


def test_a_held_back_event_is_on_no_page_and_in_no_export() -> None:
    sources = {ARTICLE: Source(ARTICLE, title="Live blog")}
    pages = generate_pages([*_trusted(), _doubtful()], sources, SiteOptions())
    assert not any(DOUBTFUL_ID in path for path in pages)
    assert "Zanzibar" not in _text(pages)  # title, tag, entity: every page and export
    assert not any("zanzibar" in path for path in pages)
    assert "Trump and Petro meet at the White House" in pages["chronology.md"]
    assert "Handmade event" in pages["chronology.md"]  # no confidence: an editor's own
    ids = [e["id"] for e in json.loads(pages["events.json"])["events"]]
    assert ids == ["2026-02-03-meeting", "2026-03-01-hand-made"]


@pytest.mark.parametrize(
    ("event", "options"),
    [
        (_doubtful(reviewed=True), SiteOptions()),
        (_doubtful(), SiteOptions(min_confidence=0.2)),  # not below the threshold
        (_doubtful(), SiteOptions(min_confidence=0.0)),
    ],
)
def test_reviewed_or_above_the_threshold_it_is_published(
    event: Event, options: SiteOptions
) -> None:
    pages = generate_pages([*_trusted(), event], {}, options)
    assert f"events/{DOUBTFUL_ID}.md" in pages
    assert DOUBTFUL_TITLE in pages["chronology.md"]
    records = json.loads(pages["events.json"])["events"]
    [record] = [r for r in records if r["id"] == DOUBTFUL_ID]
    assert (record["confidence"], record["reviewed"]) == (event.confidence, event.reviewed)
    for name in ("events.ics", "feed.xml", "timeline.json"):
        assert "Zanzibarville" in pages[name]


def test_published_events_keeps_rejected_ones_for_the_index_to_hide() -> None:
    rejected = replace(_doubtful(), status="rejected")
    assert published_events([rejected], 0.4) == [rejected]
    assert published_events([_doubtful()], 0.4) == []


def _project_with_doubtful_event(tmp_path: Path, event: Event) -> Path:
    project = copy_project(tmp_path / "project")
    folder = project / "content" / "events" / "2026"
    (folder / f"{DOUBTFUL_ID}.yaml").write_text(event_to_yaml(event), "utf-8")
    return project


def _site_text(site: Path) -> str:
    return "\n".join(
        p.read_text("utf-8", "replace")
        for p in site.rglob("*")
        if p.is_file() and p.suffix != ".gz"
    )


def test_the_built_site_leaves_it_out_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    project = _project_with_doubtful_event(tmp_path, _doubtful())
    with caplog.at_level(logging.INFO, logger="generator.site.build"):
        site = build_site(project / "mkdocs.yml", site_dir=tmp_path / "site")
    assert not (site / "events" / DOUBTFUL_ID).exists()
    assert "Zanzibarville" not in _site_text(site)  # pages, exports and the search index
    assert "White House" in (site / "chronology" / "index.html").read_text("utf-8")
    assert "1 event(s) held back for review (confidence below 0.4)" in caplog.text
    # the threshold is the project's: mkdocs.yml can lower it
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    config.write_text(
        text.replace("content_dir: content\n", "content_dir: content\n      min_confidence: 0.1\n")
    )
    assert review_threshold(config) == 0.1
    site = build_site(config, site_dir=tmp_path / "site")
    assert (site / "events" / DOUBTFUL_ID / "index.html").is_file()
    assert "Zanzibarville" in (site / "search" / "search_index.json").read_text("utf-8")


def test_the_threshold_is_read_from_the_plugin_config(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", ("site_config",))
    (project / "generated").rmdir()  # a fresh project: nothing generated yet
    config = project / "mkdocs.yml"
    assert review_threshold(config) == 0.4  # the plugin's default
    assert review_threshold(tmp_path / "missing.yml") == 0.4
    text = config.read_text("utf-8")
    config.write_text(
        text.replace("content_dir: content\n", "content_dir: content\n      min_confidence: 2\n")
    )
    with pytest.raises(BuildError, match="'min_confidence': 2 is not between 0 and 1"):
        review_threshold(config)
