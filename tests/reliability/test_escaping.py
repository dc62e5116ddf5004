"""Text from articles, event files, source records and vocabularies never becomes markup.

Extends ``tests/site/test_pages.py`` (titles, summaries, quotes, entities and tags of
events) to source records (title, outlet, author, url, evidence), conflicts,
date texts and rules, vocabulary descriptions, articles read by ``chronicle
ingest``, and every output file: HTML pages, ``feed.xml``, ``events.ics``,
``events.json``, ``timeline.json`` and the search index; and checks in a real
browser that no dialog opens.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.dates import PartialDate
from generator.models import Event, SourceRef
from generator.store.serialise import event_to_yaml
from tests.browsing import serve_directory
from tests.reliability.util import cli, live_markup

MARK = "alert("
HOSTILE = [
    "<script>alert(101)</script>",
    "<img src=x onerror=alert(102)>",
    '<iframe src="javascript:alert(103)"></iframe>',
    "[x](javascript:alert(104))",
    '"><svg onload=alert(105)>',
    "'><b onmouseover=alert(106)>x</b>",
    "</textarea></title><script>alert(107)</script>",
    "<a href='javascript:alert(108)'>link</a>",
    "{: onclick=alert(109) } <details open ontoggle=alert(110)>",
    "]]><!-- --><math><mi xlink:href=javascript:alert(111)>",
]
MARKDOWN = [
    "*stars* and _under_",
    "# hash",
    "[x](y)",
    "a | b | c",
    "`code`",
    "{: .x }",
    "<b>bold</b>",
    "1. not a list",
    "- not a bullet",
    "&amp; &lt;",
    "\\*backslash\\*",
]


def _hostile_project(project: Path) -> None:
    """Replace the seed content with events, sources and vocabularies made of hostile text."""
    content = project / "content"
    for path in [*content.rglob("*.yaml"), content / "ingest-state.json"]:
        path.unlink()
    texts = HOSTILE + MARKDOWN
    sources = content / "sources"
    sources.mkdir(exist_ok=True)
    entities, tags = [], []
    for i, text in enumerate(texts):
        url = f"javascript:alert({200 + i})" if i % 2 else f'https://x.example/"><script>{text}'
        record = {
            "id": f"hostile-{i}",
            "title": f"Source {text}",
            "author": f"Author {text}",
            "outlet": f"Outlet {text}",
            "url": url,
            "published": f"2026-01-{i + 1:02d}",
            "published_evidence": f"Evidence {text}",
            "path": f"seeds/{text}",
        }
        (sources / f"hostile-{i}.yaml").write_text(
            yaml.safe_dump(record, allow_unicode=True), "utf-8"
        )
        (sources / f"hostile-{i}.txt").write_text(f"Bodytext {text}\n", "utf-8")  # searched
        event = Event(
            id=f"2026-01-{i + 1:02d}-hostile",
            title=f"Title {text}",
            date=PartialDate.parse(f"2026-01-{i + 1:02d}"),
            end=PartialDate.parse("2026-02") if i % 3 == 0 else None,
            status="scheduled" if i % 2 else "occurred",
            summary=f"Summary {text}, as the desk wrote it in its own words",
            entities=[f"Name {text}", f"Other {i}"],
            tags=[f"tag {text}"],
            conflicts=[f"Conflict {text}"],
            sources=[
                SourceRef(
                    f"hostile-{i}", f"Quote {text}", f"date {text}", "2026-01", f"rule {text}"
                ),
                SourceRef(f"hostile-{(i + 1) % len(texts)}", f"Second quote {text}"),
            ],
        )
        folder = content / "events" / "2026"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{event.id}.yaml").write_text(event_to_yaml(event), "utf-8")
        entities.append({"name": f"Name {text}", "kind": "person", "aliases": [f"Alias {text}"]})
        tags.append({"name": f"tag {text}", "description": f"About {text}", "keywords": [text]})
    (content / "entities.yaml").write_text(yaml.safe_dump(entities, allow_unicode=True))
    (content / "tags.yaml").write_text(yaml.safe_dump(tags, allow_unicode=True))


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built from hostile content (built once for the module)."""
    from tests.conftest import copy_project

    project = copy_project(tmp_path_factory.mktemp("hostile"))
    _hostile_project(project)
    result = cli(project, "build", "--strict")
    assert result.exit_code == 0, result.output
    return project / "site"


def test_hostile_content_passes_check_and_every_page_is_inert(hostile_site: Path) -> None:
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) > 40
    carrying = 0
    for page in pages:
        html = page.read_text("utf-8")
        assert not live_markup(html, MARK), (page, live_markup(html, MARK))
        carrying += MARK in html
    assert carrying > 30, "the hostile text is shown (as text) on the pages"
    # every kind of field reached some page as visible text
    source_page = (hostile_site / "sources" / "hostile-0" / "index.html").read_text("utf-8")
    for field in ("Source ", "Author ", "Outlet "):  # the evidence is said in words now
        assert f"{field}&lt;script&gt;alert(101)&lt;/script&gt;" in source_page, field
    assert "Bodytext" in source_page  # the article's words, for search only
    event_page = (hostile_site / "events" / "2026-01-01-hostile" / "index.html").read_text("utf-8")
    for field in ("Title ", "Summary ", "Quote ", "Conflict "):
        assert f"{field}&lt;script&gt;alert(101)&lt;/script&gt;" in event_page, field


def test_javascript_urls_never_become_links(hostile_site: Path) -> None:
    """Source urls (``javascript:``), Markdown links in aliases and descriptions: no link."""
    for page in hostile_site.rglob("*.html"):
        found = [f for f in live_markup(page.read_text("utf-8"), "") if "javascript:" in f.lower()]
        assert not found, (page, found)
    entity = next((hostile_site / "entities").glob("name-x-javascript-alert-104*/index.html"))
    html = entity.read_text("utf-8")
    assert "Alias [x](javascript:alert(104))" in html.replace("&#91;", "[").replace("&#93;", "]"), (
        "the alias is shown as written"
    )


def test_markdown_specials_in_titles_are_shown_literally(hostile_site: Path) -> None:
    for offset, text in enumerate(MARKDOWN):
        i = len(HOSTILE) + offset
        page = hostile_site / "events" / f"2026-01-{i + 1:02d}-hostile" / "index.html"
        html = page.read_text("utf-8")
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
        assert h1, page
        shown = re.sub(r"<[^>]+>", "", h1.group(1))
        shown = shown.replace("&para;", "").replace("¶", "")
        import html as html_lib

        assert html_lib.unescape(shown).strip() == f"Title {text}", (text, h1.group(1))
        title = re.search(r"<title>(.*?)</title>", html, re.S)
        assert title and html_lib.unescape(title.group(1)).startswith(f"Title {text}"), title


def test_exports_carry_hostile_text_only_as_data(hostile_site: Path) -> None:
    feed = ET.parse(hostile_site / "feed.xml")  # well-formed XML
    atom = "{http://www.w3.org/2005/Atom}"
    carrying = 0
    for element in feed.iter():
        kind = element.get("type")
        if kind == "html":  # markup in a string: inert however a reader renders it
            assert element.tag == f"{atom}content", element.tag
            assert not live_markup(element.text or "", MARK), element.text
            carrying += MARK in (element.text or "")
        elif element.tag in (f"{atom}title", f"{atom}summary"):
            assert kind in (None, "text"), (element.tag, kind)  # shown as text by every reader
    assert carrying >= len(HOSTILE), "the hostile text reaches the entries' HTML content"
    for link in feed.iter(f"{atom}link"):
        assert not link.get("href", "").lower().startswith("javascript"), link.attrib

    ics = (hostile_site / "events.ics").read_text("utf-8")
    assert ics.startswith("BEGIN:VCALENDAR")
    for line in ics.split("\r\n"):
        assert not line.startswith(("BEGIN:VEVENT ", "END:VCALENDAR ")), line
        assert line == "" or re.match(r"^[A-Z-]+[;:]| ", line), f"injected line {line!r}"

    events = json.loads((hostile_site / "events.json").read_text("utf-8"))["events"]
    assert any("<script>alert(101)</script>" in e["title"] for e in events), "JSON keeps text"

    timeline = json.loads((hostile_site / "timeline.json").read_text("utf-8"))
    for item in timeline["events"]:  # TimelineJS renders these strings as HTML
        for value in (*item["text"].values(), item.get("group", "")):
            assert not live_markup(value, MARK), value
            assert "<script" not in value and "<img" not in value, value

    index = json.loads((hostile_site / "search" / "search_index.json").read_text("utf-8"))
    for doc in index["docs"]:  # Material renders titles and text of results as HTML
        for key in ("title", "text"):
            assert not live_markup(doc[key], MARK), (key, doc[key][:200])


def test_hostile_articles_ingest_and_build_inert(project: Path) -> None:
    """Markup inside article files (txt, md, html, jsonl) ends up as text at most."""
    seeds = project / "seeds"
    hostile = " ".join(HOSTILE)
    (seeds / "zz-hostile.txt").write_text(
        f"Title {HOSTILE[0]}\nPublished: 03 February 2026.\n\n"
        f"On Tuesday, the minister {HOSTILE[1]} met the mayor in Bogota {HOSTILE[2]}. "
        f"In October, the council {HOSTILE[4]} voted {HOSTILE[6]}.\n",
        "utf-8",
    )
    (seeds / "zz-hostile-md.md").write_text(
        f"---\ntitle: {json.dumps(HOSTILE[5])}\npublished: 2026-02-04\n"
        f"author: {json.dumps(HOSTILE[7])}\n"
        f"url: javascript:alert(300)\noutlet: {json.dumps(HOSTILE[1])}\n---\n\n"
        f"On Monday, the court {HOSTILE[3]} ruled [x](javascript:alert(301)). {hostile}\n",
        "utf-8",
    )
    (seeds / "zz-hostile-corpus.jsonl").write_text(
        json.dumps(
            {
                "id": "<script>alert(302)</script>",
                "published": "2026-02-05",
                "title": HOSTILE[8],
                "author": HOSTILE[9],
                "url": "javascript:alert(303)",
                "text": f"On Wednesday, the senate {HOSTILE[0]} approved the budget {HOSTILE[2]}.",
            }
        )
        + "\n",
        "utf-8",
    )
    result = cli(project, "ingest", "seeds")
    assert result.exit_code == 0, result.output
    result = cli(project, "build", "--strict")
    assert result.exit_code == 0, result.output
    site = project / "site"
    for page in site.rglob("*.html"):
        assert not live_markup(page.read_text("utf-8"), MARK), page
    records = "".join(p.read_text("utf-8") for p in (project / "content/sources").glob("*.yaml"))
    assert "alert(302)" not in "".join(p.name for p in (project / "content/sources").iterdir())
    assert MARK in records, "the hostile metadata was read (and escaped on the pages)"


# --- in a real browser ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def served(hostile_site: Path) -> Iterator[str]:
    with serve_directory(hostile_site) as url:
        yield url


@pytest.mark.browser
def test_no_dialog_opens_on_any_kind_of_page(served: str, hostile_site: Path, browser: Any) -> None:
    paths = ["", "chronology/", "upcoming/", "entities/", "tags/", "sources/"]
    paths += [
        p.parent.relative_to(hostile_site).as_posix() + "/"
        for folder in ("events", "sources", "entities", "tags")
        for p in sorted((hostile_site / folder).glob("*/index.html"))[:4]
    ]
    dialogs: list[str] = []
    page = browser.new_page()

    def on_dialog(dialog: object) -> None:
        dialogs.append(f"{page.url}: {dialog.message}")  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    page.on("dialog", on_dialog)
    for path in paths:
        page.goto(served + path)
        page.wait_for_load_state("load")
        for link in page.locator("article a").all()[:3]:
            link.hover(timeout=2000)  # mouseover handlers, if any had got through
    page.goto(served)
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("Title", delay=10)  # renders titles from the search index
    page.wait_for_timeout(1500)
    page.close()
    assert not dialogs, dialogs


def test_the_scanner_finds_live_markup() -> None:
    """The detector above would notice an injection (so its silence means something)."""
    assert live_markup("<p><img src=x onerror=alert(1)></p>", MARK)
    assert live_markup('<a href="javascript:alert(1)">x</a>', "")
    assert live_markup("<script>alert(1)</script>", MARK)
    assert not live_markup("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", MARK)
