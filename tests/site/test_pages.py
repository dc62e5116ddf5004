"""Generated pages: structure, precision, and escaping of hostile text."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import markdown
from hypothesis import given
from hypothesis import strategies as st

from generator.dates import PartialDate
from generator.ids import page_slug as slugify
from generator.ids import unique_page_slugs as unique_slugs
from generator.models import Event, SourceRef
from generator.site.base import h
from generator.site.build import build_site
from generator.site.generate import SiteOptions, generate_pages, md_escape
from generator.store.serialise import event_to_yaml
from generator.store.sources import Source
from generator.store.vocab import Entity, Tag, Vocabulary

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
    chronology = pages["chronology.md"].split('<div class="chronicle-chronology"')[1]
    assert "Rejected event" not in chronology
    assert chronology.index("1990s") < chronology.index("October 2025") < chronology.index("31 May")
    assert "## Coming up" in home and "Presidential election" in pages["upcoming.md"]
    event = pages["events/199x-petro-demobilised.md"]
    assert "[An article](../sources/a1.md)" in event
    assert (
        '“the 1990s” in [An article](../sources/a1.md) → <time datetime="1990">1990s</time>'
        in event
    )
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


# --- The reader's site: pages, order, slugs, determinism, speed ---------------------------


def _story() -> tuple[list[Event], dict[str, Source], Vocabulary]:
    vocabulary = Vocabulary(
        entities=[
            Entity("Nicolás Maduro", "person", ("Maduro",)),
            Entity("Gustavo Petro", "person", ("Petro",)),
            Entity("Colombia", "place"),
        ],
        tags=[Tag("diplomacy", "Meetings and calls."), Tag("military")],
    )
    events = [
        Event(
            "199x-guerrilla",
            "Guerrilla years",
            PartialDate.parse("199X"),
            entities=["Petro"],
            tags=["military"],
        ),
        Event("1990-born", "Something in 1990", PartialDate.parse("1990")),
        Event(
            "2026-01-07-call",
            "Phone call",
            PartialDate.parse("2026-01-07"),
            entities=["Gustavo Petro"],
            tags=["diplomacy"],
            importance=3.0,
            sources=[
                SourceRef(
                    "a1",
                    "They spoke on 7 January.",
                    "7 January",
                    "2026-01-07",
                    "day-month, anchor dct 2026-01-20",
                )
            ],
        ),
        Event(
            "2026-01-tensions",
            "Tensions",
            PartialDate.parse("2026-01"),
            entities=["Maduro", "Colombia"],
            tags=["military"],
        ),
        Event("2026", "Year-only event", PartialDate.parse("2026")),
        Event(
            "2026-02-03-meeting",
            "Meeting",
            PartialDate.parse("2026-02-03"),
            entities=["Gustavo Petro"],
            tags=["diplomacy"],
            importance=5.0,
            conflicts=["a1 says 3 February; a2 says 4 February"],
            sources=[SourceRef("a1", "They met."), SourceRef("a2", "They met again.")],
        ),
        Event("2026-08-term-ends", "Term ends", PartialDate.parse("2026-08"), status="scheduled"),
        Event(
            "2026-05-31-election", "Election", PartialDate.parse("2026-05-31"), status="scheduled"
        ),
    ]
    sources = {
        "a1": Source(
            "a1",
            title="Report one",
            outlet="Outlet",
            author="A. Writer",
            url="https://example.org/1",
            published=PartialDate.parse("2026-01-20"),
        ),
        "a2": Source("a2", url="javascript:alert(1)", outlet="Other outlet"),
    }
    return events, sources, vocabulary


def _pages() -> dict[str, str]:
    events, sources, vocabulary = _story()
    return generate_pages(events, sources, SiteOptions("Story"), vocabulary)


def test_site_has_every_kind_of_page() -> None:
    pages = _pages()
    for path in (
        "index.md",
        "chronology.md",
        "upcoming.md",
        "entities/index.md",
        "tags/index.md",
        "sources/index.md",
        "sources/a1.md",
        "sources/a2.md",
        "entities/nicolas-maduro.md",
        "entities/gustavo-petro.md",
        "entities/colombia.md",
        "tags/diplomacy.md",
        "tags/military.md",
        "events.json",
        "events.ics",
        "feed.xml",
        "timeline.json",
    ):
        assert path in pages, path
    assert "entities/petro.md" not in pages and "entities/maduro.md" not in pages, "aliases"


def test_chronology_places_coarse_dates_at_the_head_of_their_period() -> None:
    text = _pages()["chronology.md"]
    order = [
        text.index(x)
        for x in (
            "## 1990s { #y1990s }",
            "Guerrilla years",
            "## 1990 { #y1990 }",
            "Something in 1990",
            "## 2026 { #y2026 }",
            "Year\\-only event",
            "### January 2026 { #m2026-01 }",
            "Tensions",
            "Phone call",
            "### February 2026 { #m2026-02 }",
            "Meeting",
            "### May 2026",
            "Election",
            "### August 2026",
            "Term ends",
        )
    ]
    assert order == sorted(order)
    assert 'data-tags="diplomacy" data-entities="gustavo-petro"' in text
    assert '<option value="nicolas-maduro">Nicolás Maduro (1)</option>' in text
    assert '<form class="chronicle-filter"' in text and " hidden>" in text


def test_home_shows_key_events_span_and_links() -> None:
    home = _pages()["index.md"]
    key = home.split("## Key events")[1].split("## Coming up")[0]
    assert key.index("Phone call") < key.index("Meeting"), "key events in date order"
    assert (
        '<time datetime="1990">1990s</time> to <time datetime="2026-08">August 2026</time>' in home
    )
    for link in (
        "(chronology.md)",
        "(upcoming.md)",
        "(sources/index.md)",
        "(entities/index.md)",
        "(tags/index.md)",
    ):
        assert link in home, link


def test_upcoming_lists_scheduled_events_soonest_first() -> None:
    upcoming = _pages()["upcoming.md"]
    assert upcoming.index("Election") < upcoming.index("Term ends")
    assert "Meeting" not in upcoming


def _neighbours(page: str) -> dict[str, str]:
    """The previous/next links of an event page, by direction."""
    found = re.findall(r"\]\(([^)]+)\)\{ \.chronicle-prevnext__(prev|next) \}", page)
    return {direction: target for target, direction in found}


def test_event_page_shows_how_we_know_conflicts_links_and_neighbours() -> None:
    pages = _pages()
    call = pages["events/2026-01-07-call.md"]
    assert "Known to the day" in call
    assert "“7 January” in [Report one](../sources/a1.md)" in call
    assert "rule:" not in call  # the tagger's rule names are for `chronicle dates`, not readers
    assert ', an article of <time datetime="2026-01-20">20 January 2026</time>,' in call
    assert '<details class="chronicle-how" data-search-exclude markdown>' in call
    assert "[Gustavo Petro](../entities/gustavo-petro.md)" in call
    assert "[diplomacy](../tags/diplomacy.md)" in call
    # neighbours in chronology order: 2026 (year only), tensions (January), the call, meeting
    assert _neighbours(call) == {
        "prev": "../events/2026-01-tensions.md",
        "next": "../events/2026-02-03-meeting.md",
    }
    assert '← Previous</span> <time datetime="2026-01">January 2026</time> Tensions' in call
    assert _neighbours(pages["events/2026-01-tensions.md"])["prev"] == "../events/2026.md"
    assert _neighbours(pages["events/199x-guerrilla.md"]) == {"next": "../events/1990-born.md"}
    assert _neighbours(pages["events/2026-08-term-ends.md"]) == {
        "prev": "../events/2026-05-31-election.md"
    }
    meeting = pages["events/2026-02-03-meeting.md"]
    assert '!!! warning "Sources disagree"' in meeting
    assert "javascript:" not in meeting, "only http(s) links to originals"
    assert "## What the sources say (2)" in meeting
    term = pages["events/2026-08-term-ends.md"]
    assert "Scheduled" in term and "Known only to the month" in term


def test_entity_and_tag_pages_list_their_events_in_order() -> None:
    pages = _pages()
    petro = pages["entities/gustavo-petro.md"]
    assert petro.index("Guerrilla years") < petro.index("Phone call") < petro.index("Meeting")
    assert "also written “Petro”" in petro and "Person" in petro
    assert "Tensions" not in petro
    assert "Meetings and calls." in pages["tags/diplomacy.md"]
    index = pages["entities/index.md"]
    assert index.index("## People") < index.index("## Places")


def test_source_pages_list_their_events_with_quotes() -> None:
    pages = _pages()
    a1 = pages["sources/a1.md"]
    assert "## Events it reports (2)" in a1 and "> They spoke on 7 January\\." in a1
    assert "They met again" not in a1
    assert '<a href="https://example.org/1">' in a1
    assert "javascript" not in pages["sources/a2.md"]
    assert "Article in Other outlet" in pages["sources/index.md"]


def test_slugs_are_safe_and_unique() -> None:
    names = [
        "Nicolás Maduro",
        "nicolas maduro",
        "NICOLAS-MADURO",
        "",
        "index",
        "../../etc",
        "北京",
        "a" * 200,
        "x/y\\\\z",
    ]
    slugs = unique_slugs(names, "entity")
    assert len(set(slugs.values())) == len(set(names))
    for slug in slugs.values():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug
        assert len(slug) <= 64 and slug != "index"
    assert slugify("Nicolás Maduro") == "nicolas-maduro"


def test_generation_is_deterministic_and_order_independent() -> None:
    events, sources, vocabulary = _story()
    first = generate_pages(events, sources, SiteOptions("Story"), vocabulary)
    again = generate_pages(
        list(reversed(events)), dict(reversed(sources.items())), SiteOptions("Story"), vocabulary
    )
    assert first == again


def test_hostile_vocabulary_never_becomes_markup() -> None:
    events = [
        Event(
            f"2026-01-0{i + 1}-x",
            f"T {text}",
            PartialDate.parse(f"2026-01-0{i + 1}"),
            entities=[f"E {text}"],
            tags=[f"T {text}"],
            summary=text,
            sources=[SourceRef("a1", text, text, text, text)],
        )
        for i, text in enumerate(HOSTILE)
    ]
    pages = generate_pages(events, {"a1": Source("a1", title=HOSTILE[0])}, SiteOptions(HOSTILE[1]))
    for path, text in pages.items():
        if not path.endswith(".md"):
            continue
        body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
        rendered = markdown.markdown(body, extensions=["attr_list", "md_in_html", "admonition"])
        assert "<script" not in rendered and "<iframe" not in rendered, path
        assert "<img" not in rendered and 'href="javascript' not in rendered, path
        assert not re.search(r"<[^>]*\son\w+=", rendered), path


def test_ten_thousand_events_generate_every_page() -> None:
    """10,000 events give every page; the time it takes is measured by bench/scale.py."""
    entities = [f"Person {i}" for i in range(200)]
    tags = [f"tag{i}" for i in range(30)]
    events = [
        Event(
            f"e{i:05d}",
            f"Event number {i}",
            PartialDate(1990 + i % 36, 1 + i % 12, 1 + i % 28)
            if i % 5
            else PartialDate(1990 + i % 36, 1 + i % 12),
            entities=[entities[i % 200], entities[(i * 7) % 200]],
            tags=[tags[i % 30]],
            importance=float(i % 13),
            sources=[SourceRef(f"s{i % 300}", f"Quote {i}.", "today", None, "rule")],
        )
        for i in range(10_000)
    ]
    sources = {
        f"s{i}": Source(f"s{i}", title=f"Source {i}", published=PartialDate(2026, 1, 1 + i % 28))
        for i in range(300)
    }
    pages = generate_pages(events, sources, SiteOptions("Big"))
    assert all(f"events/e{i:05d}.md" in pages for i in range(10_000))
    assert len([p for p in pages if p.startswith("entities/")]) >= 200


@given(st.text())
def test_escaped_text_reads_back_as_written(text: str) -> None:
    """h() replaces each special character once: the browser shows the text as written."""
    escaped = h(text)
    assert html.unescape(escaped) == " ".join(text.split())
    assert not set("<>\"'`*_[]{}|~#") & set(escaped.replace("&#", "").replace("&", ""))


def test_upcoming_leaves_out_what_a_newer_source_has_overtaken() -> None:
    """An event an old article announced is not upcoming once a later source exists."""
    events = [
        Event(
            id="2011-02-vote",
            title="Parliament will vote on the constitution",
            date=PartialDate(2011, 2),
            status="scheduled",
            sources=[SourceRef("old", "Parliament will vote on the constitution in February.")],
        ),
        Event(
            id="2011-06-elections",
            title="Elections will be held in June",
            date=PartialDate(2011, 6),
            status="scheduled",
            sources=[SourceRef("old", "Elections will be held in June.")],
        ),
        Event(
            id="2011-06-03-talks",
            title="Talks will resume on the day of the new report",
            date=PartialDate(2011, 6, 3),
            status="scheduled",
            sources=[SourceRef("new", "Talks will resume on 3 June, officials said.")],
        ),
    ]
    sources = {
        "old": Source("old", published=PartialDate(2011, 1, 20)),
        "new": Source("new", published=PartialDate(2011, 6, 3)),
    }
    pages = generate_pages(events, sources, SiteOptions("Story"), Vocabulary())
    upcoming = pages["upcoming.md"]
    assert "Parliament will vote" not in upcoming  # February is before the newest source
    assert "Elections will be held in June" in upcoming  # June: the newest source's month
    assert "Talks will resume" in upcoming  # its own day
    assert "[Upcoming (2)](upcoming.md)" in pages["index.md"]
