"""The search index stays small without losing what finds an event.

An event page is one entry of plain text; quotes (and the date line, entity and
tag lists) that repeat only words the page already indexes are left out. Every
event must still be found by its title, by each entity it names and by every
word of its quotes (as lunr sees words: lower case, trimmed, no stop words).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from generator.site.search import SearchWords, compact_index, dumps_index, search_words
from generator.store.events import load_events


def _index(site: Path) -> list[dict[str, str]]:
    docs: list[dict[str, str]] = json.loads(
        (site / "search" / "search_index.json").read_text("utf-8")
    )["docs"]
    return docs


def _words(entry: dict[str, str]) -> set[str]:
    text = html.unescape(re.sub(r"<[^>]*>", " ", entry["title"] + " " + entry["text"]))
    return search_words(text)


def test_search_words_are_lunrs() -> None:
    assert search_words("The U.S.-Colombia talks, in 2026.") == {"u.s", "colombia", "talks", "2026"}
    assert search_words("Petro’s “tone”") == {"petro’s", "tone"}
    words = SearchWords(["Trump met Petro on Tuesday"])
    assert not words.adds("Petro met Trump on tuesday.")
    assert words.adds("Petro met Maduro")
    assert not words.adds("Maduro")  # counted once indexed


def test_compact_index_folds_event_sections_and_keeps_escaping() -> None:
    data = {
        "config": {"lang": ["en"]},
        "docs": [
            {"location": "", "title": "Home", "text": "<p>Hi</p>"},
            {"location": "#a", "title": "A", "text": "<p>kept as is</p>"},
            {"location": "events/x/", "title": "X", "text": "<p>1 May</p> <p>&lt;b&gt; a</p>"},
            {
                "location": "events/x/#sources-2",
                "title": "Sources (2)",
                "text": "<ul> <li> <p>q</p>",
            },
        ],
    }
    compact = compact_index(data)
    assert compact["docs"] == [
        {"location": "", "title": "Home", "text": "<p>Hi</p>"},
        {"location": "#a", "title": "A", "text": "<p>kept as is</p>"},
        {"location": "events/x/", "title": "X", "text": "1 May &lt;b&gt; a q"},
    ]
    assert dumps_index(compact_index(compact)) == dumps_index(compact)


def test_every_event_is_found_by_title_entities_and_quote_words(seed_site: Path) -> None:
    from tests.conftest import ROOT

    entries = {e["location"]: e for e in _index(seed_site) if e["location"].startswith("events/")}
    assert all("#" not in location for location in entries)  # one entry per event page
    events = load_events(ROOT / "content").events
    assert len(entries) == len([e for e in events if e.status != "rejected"])
    for event in events:
        if event.status == "rejected":
            continue
        entry = next(e for loc, e in entries.items() if loc.rstrip("/").endswith(event.id))
        words = _words(entry)
        assert html.unescape(entry["title"]) == event.title
        for name in event.entities:
            assert search_words(name) <= words, (event.id, name)
        for ref in event.sources:
            assert search_words(ref.quote) <= words, (event.id, ref.quote)


def test_event_pages_still_show_every_quote(seed_site: Path) -> None:
    page = next((seed_site / "events").glob("*white-house*/index.html")).read_text("utf-8")
    assert page.count("<blockquote>") >= 3  # excluded from the index, not from the page
    assert "Who and where:" in page
