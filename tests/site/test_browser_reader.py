"""The reader's site in a real browser: keyboard, filter, search, screenshots, axe-core.

Drives Debian's Chromium with Playwright against a site built from the
repository's content, with entities and tags filled in from the vocabulary
keywords (so the filter and entity pages have something to show whatever
state the content is in). Screenshots go to the test's tmp dir and to
``test-artifacts/`` (git-ignored) for a human to look at.
"""

from __future__ import annotations

import itertools
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.site.build import build_site
from generator.store.events import load_events
from generator.store.serialise import event_to_yaml
from generator.store.vocab import load_vocabulary
from tests.browsing import serve_directory
from tests.conftest import copy_project

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

pytestmark = pytest.mark.browser


def _annotate(content: Path) -> None:
    """Give every event the entities and tags its title and summary mention."""
    vocabulary = load_vocabulary(content)
    for event in load_events(content).events:
        text = f"{event.title} {event.summary}".casefold()
        if not event.entities:
            event.entities = [
                e.name
                for e in vocabulary.entities
                if any(n.casefold() in text for n in (e.name, *e.aliases))
            ]
        if not event.tags:
            event.tags = [t.name for t in vocabulary.tags if any(k in text for k in t.keywords)]
        assert event.path
        Path(event.path).write_text(event_to_yaml(event), "utf-8")


@pytest.fixture(scope="module")
def reader_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's site with entities and tags filled in, built with --strict."""
    work = copy_project(tmp_path_factory.mktemp("reader-site"))
    _annotate(work / "content")
    return build_site(work / "mkdocs.yml", strict=True)


@pytest.fixture(scope="module")
def url(reader_site: Path) -> Iterator[str]:
    with serve_directory(reader_site) as base:
        yield base


def _page(browser: Any, width: int = 1280, scheme: str = "light") -> tuple[Any, list[str]]:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return page, errors


def _save(page: Any, tmp_path: Path, name: str, full: bool = True) -> None:
    target = tmp_path / name
    page.screenshot(path=str(target), full_page=full)
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(target, ARTIFACTS / name)


def _key_event_links(page: Any) -> list[str]:
    links = page.locator(".chronicle-tl--key .chronicle-tl__title a")
    return [links.nth(i).get_attribute("href") or "" for i in range(links.count())]


def test_keyboard_walks_through_the_key_events(browser: Any, url: str) -> None:
    page, errors = _page(browser)
    page.goto(url)
    wanted = _key_event_links(page)
    assert len(wanted) >= 3
    reached: list[str] = []
    for _ in range(80):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => { const a = document.activeElement;"
            " return a && a.closest('.chronicle-tl--key') ? a.getAttribute('href') : null; }"
        )
        if focused:
            outline = page.evaluate(
                "() => { const s = getComputedStyle(document.activeElement);"
                " return s.outlineStyle + ' ' + s.outlineWidth; }"
            )
            assert not outline.startswith("none"), f"focus must be visible: {outline}"
            reached.append(focused)
        if len(reached) == len(wanted):
            break
    assert reached == wanted, "Tab visits every key event, in date order"
    page.keyboard.press("Enter")
    page.wait_for_url("**/events/**")
    assert page.locator("h1").count() == 1
    assert page.locator("main time[datetime]").count() >= 1
    assert errors == [], errors


def test_filter_narrows_the_chronology_and_is_linkable(browser: Any, url: str) -> None:
    page, errors = _page(browser)
    page.goto(url + "chronology/")
    form = page.locator("form.chronicle-filter")
    form.wait_for(state="visible")
    items = page.locator(".chronicle-chronology li")
    total = items.count()
    tag = page.locator("#chronicle-filter-tag")
    tag.focus()
    page.keyboard.press("ArrowDown")  # keyboard only: the first (most used) topic
    chosen = tag.input_value()
    assert chosen, "the keyboard changes the topic"
    visible = page.locator(".chronicle-chronology li:visible")
    assert 0 < visible.count() < total
    for i in range(visible.count()):
        assert chosen in (visible.nth(i).get_attribute("data-tags") or "").split()
    status = page.locator(".chronicle-filter__count").inner_text()
    assert f"Showing {visible.count()} of {total}" in status
    assert f"tag={chosen}" in page.url, "the filtered view is linkable"
    entity = page.locator("#chronicle-filter-entity")
    value = entity.locator("option").nth(1).get_attribute("value")
    entity.select_option(value)
    both = page.locator(".chronicle-chronology li:visible").count()
    assert both <= visible.count()
    page.goto(page.url)
    form.wait_for(state="visible")
    assert page.locator("#chronicle-filter-tag").input_value() == chosen, "restored from URL"
    page.locator("form.chronicle-filter button[type=reset]").click()
    page.wait_for_timeout(50)
    assert page.locator(".chronicle-chronology li:visible").count() == total
    assert errors == [], errors


def _search(page: Any, query: str) -> list[str]:
    search = page.locator("input.md-search__input")
    results = page.locator(".md-search-result__item > a.md-search-result__link")
    for _ in range(20):  # the search worker loads its index asynchronously
        page.locator("label.md-search__icon, .md-search__input").first.click()
        search.fill("")
        search.press_sequentially(query, delay=15)
        page.wait_for_timeout(400)
        if results.count():
            break
    results.first.wait_for(timeout=5_000)
    more = page.locator(".md-search-result__more summary")
    for i in range(more.count()):
        more.nth(i).click()
    links = page.locator(".md-search-result__link")
    return [links.nth(i).get_attribute("href") or "" for i in range(links.count())]


def test_search_finds_events_by_title_entity_and_quote(
    browser: Any, url: str, reader_site: Path
) -> None:
    events = json.loads((reader_site / "events.json").read_text("utf-8"))
    records = events["events"]
    with_entity = next(r for r in records if r["entities"] and r["sources"])
    by_title = with_entity["title"].split()[-1].strip(".,“”\"'")
    entity = with_entity["entities"][0]
    quote_words = [w.strip(".,“”\"'") for w in with_entity["sources"][-1]["quote"].split()]
    by_quote = " ".join(w for w in quote_words if len(w) > 5)[:40].rsplit(" ", 1)[0]
    page, errors = _page(browser)
    page.goto(url)
    for query in (by_title, entity, by_quote):
        page.goto(url)
        hrefs = _search(page, query)
        assert any("/events/" in h for h in hrefs), (query, hrefs)
    page.goto(url)
    hrefs = _search(page, by_quote)
    assert any(with_entity["id"] in h for h in hrefs), (by_quote, hrefs)
    assert errors == [], errors


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_phone_and_desktop(browser: Any, url: str, tmp_path: Path, scheme: str) -> None:
    for width, label in ((360, "phone"), (1280, "desktop")):
        page, errors = _page(browser, width, scheme)
        for path, name in (("", "home"), ("chronology/", "chronology")):
            page.goto(url + path)
            page.wait_for_timeout(200)
            overflow = page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{name} scrolls sideways at {width}px"
            _save(page, tmp_path, f"{name}-{label}-{scheme}.png")
        event = page.locator(".chronicle-tl__title a").first.get_attribute("href") or ""
        page.goto(url + "chronology/" + event)
        _save(page, tmp_path, f"event-{label}-{scheme}.png")
        assert errors == [], errors


def _entity_path(site: Path) -> str:
    entities = sorted(p.parent.name for p in site.glob("entities/*/index.html"))
    assert entities, "the reader site has entity pages"
    return f"entities/{entities[0]}/"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_problems(
    browser: Any, url: str, reader_site: Path, scheme: str
) -> None:
    assert AXE.exists(), "run `npm ci` at the repository root (axe-core is a devDependency)"
    site = reader_site
    event = next(site.glob("events/*/index.html")).parent.name
    paths = ["", "chronology/", f"events/{event}/", _entity_path(site), "upcoming/", "sources/"]
    page, errors = _page(browser, 1280, scheme)
    problems = []
    for path in paths:
        page.goto(url + path)
        expected = "slate" if scheme == "dark" else "default"
        assert page.locator(f"body[data-md-color-scheme={expected}]").count() == 1
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => await axe.run(document)")
        for violation in result["violations"]:
            if violation["impact"] in ("serious", "critical"):
                targets = [n["target"] for n in violation["nodes"][:3]]
                problems.append(f"{path or '/'}: {violation['id']} {violation['help']} {targets}")
    assert problems == [], "\n".join(problems)
    assert errors == [], errors


def test_every_date_is_a_time_element_and_headings_are_in_order(
    browser: Any, url: str, reader_site: Path
) -> None:
    site = reader_site
    event = next(site.glob("events/*/index.html")).parent.name
    page, _ = _page(browser)
    for path in ("", "chronology/", f"events/{event}/", _entity_path(site)):
        page.goto(url + path)
        levels = page.evaluate(
            "() => [...document.querySelectorAll('article h1, article h2, article h3,"
            " article h4')].map(h => Number(h.tagName[1]))"
        )
        assert levels and levels[0] == 1, (path, levels)
        for before, after in itertools.pairwise(levels):
            assert after <= before + 1, f"{path}: heading levels skip: {levels}"
        assert page.locator("main").count() == 1
        bad = page.evaluate(
            "() => [...document.querySelectorAll('article time')]"
            ".filter(t => !/^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2})?)?)?$/.test(t.dateTime))"
            ".map(t => t.outerHTML)"
        )
        assert bad == [], (path, bad)


def test_exports_are_published_and_linked_from_home(browser: Any, url: str) -> None:
    page, _ = _page(browser)
    page.goto(url)
    for name in ("feed.xml", "events.ics", "events.json", "timeline.json"):
        link = page.locator(f'article a[href$="{name}"]')
        assert link.count() >= 1, name
        response = page.request.get(url + name)
        assert response.ok, name
    assert page.locator('head link[rel=alternate][type="application/atom+xml"]').count() == 1
