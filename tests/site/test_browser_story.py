"""The reader's story in a real browser: front page, chronology, event pages, search.

A site built from the repository's content (the seed story), plus one
hand-made event whose title has an apostrophe, an ampersand and angle
brackets. Chromium (Debian's) loads it through Playwright. Screenshots of
home, chronology, an event page and search at 1280 px and 360 px go to
``test-artifacts/`` (git-ignored) for a person to look at.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.site.build import build_site
from generator.store import create_event
from tests.browsing import serve_directory
from tests.conftest import copy_project
from tests.site.test_browser_reader import _page, _save, _search

pytestmark = pytest.mark.browser

ODD_TITLE = "The council's vote & the mayor's <plan>"
"""A title that must reach the reader exactly as written (escaped once, not twice)."""


@pytest.fixture(scope="module")
def story_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's site with one more hand-made event, built with --strict."""
    work = copy_project(tmp_path_factory.mktemp("story-site"))
    create_event(work / "content", title=ODD_TITLE, date="2026-03-01")
    return build_site(work / "mkdocs.yml", strict=True)


@pytest.fixture(scope="module")
def site_url(story_site: Path) -> Iterator[str]:
    with serve_directory(story_site) as base:
        yield base


def _texts(page: Any, selector: str) -> list[str]:
    items = page.locator(selector)
    return [" ".join(items.nth(i).inner_text().split()) for i in range(items.count())]


def test_home_page_tells_the_story(browser: Any, site_url: str, story_site: Path) -> None:
    story = yaml.safe_load((story_site.parent / "content" / "story.yaml").read_text("utf-8"))
    page, errors = _page(browser)
    page.goto(site_url)
    standfirst = _texts(page, ".chronicle-standfirst")
    assert standfirst and standfirst[0].split()[:8] == story["standfirst"].split()[:8]
    assert page.locator("h2:has-text('Latest') + .chronicle-tl li").count() == 1
    key = page.locator(".chronicle-tl--key > ul > li")
    sourced = [
        key.nth(i)
        for i in range(key.count())
        if key.nth(i).locator(".chronicle-tl__title").inner_text() != ODD_TITLE
    ]
    assert len(sourced) >= 5
    for entry in sourced:
        summary = entry.locator(".chronicle-tl__summary")
        assert summary.count() == 1 and len(summary.inner_text().split()) >= 5
    assert page.locator(".chronicle-tl--key .chronicle-tl__quote q").count() >= 1
    assert errors == [], errors


def test_every_chronology_entry_has_a_summary_and_a_citation(browser: Any, site_url: str) -> None:
    page, errors = _page(browser)
    page.goto(site_url + "chronology/")
    assert page.locator(".chronicle-legend").is_visible()
    entries = page.locator(".chronicle-chronology li")
    assert entries.count() >= 10
    sourced = 0
    for i in range(entries.count()):
        entry = entries.nth(i)
        title = entry.locator(".chronicle-tl__title a").first.inner_text()
        if title == ODD_TITLE:
            continue  # made by hand: no source to quote or cite
        sourced += 1
        assert entry.locator(".chronicle-tl__summary").count() == 1, title
        cites = entry.locator(".chronicle-cite a")
        assert cites.count() >= 1, title
        target = cites.first.get_attribute("href") or ""
        assert re.fullmatch(r"#ref-\d+", target), target
        reference = page.locator(f"li{target} a")
        assert "/sources/" in (reference.get_attribute("href") or "")
    assert sourced >= 10
    assert errors == [], errors


def test_a_filter_hides_the_periods_it_empties(browser: Any, site_url: str) -> None:
    page, errors = _page(browser)
    page.goto(site_url + "chronology/")
    select = page.locator("#chronicle-filter-entity")
    options = select.locator("option")
    values = [options.nth(i).get_attribute("value") or "" for i in range(options.count())]
    chosen = None
    for value in values[1:]:
        select.select_option(value)
        page.wait_for_timeout(50)
        hidden = page.locator(".chronicle-chronology section.chronicle-year[hidden]").count()
        if hidden:
            chosen = value
            break
    assert chosen, "some entity leaves a year without events"
    for section in page.locator(".chronicle-chronology section.chronicle-year").all():
        anchor = section.locator("h2").first.get_attribute("id")
        empty = section.get_attribute("hidden") is not None
        pill = page.locator(f'.chronicle-years a[href="#{anchor}"]')
        assert pill.is_visible() == (not empty), anchor
        toc = page.locator(f'.md-nav--secondary a[href="#{anchor}"]')  # in sidebar and drawer
        assert toc.count() >= 1
        for link in toc.all():
            assert link.evaluate("a => a.closest('li').hidden") == empty, anchor
    assert errors == [], errors


def _word_of_one_article(site: Path) -> tuple[str, str]:
    """A word only one article's text has, which no event file or source record shows."""
    content = site.parent / "content"
    texts = {p.stem: p.read_text("utf-8") for p in (content / "sources").glob("*.txt")}
    shown = " ".join(p.read_text("utf-8") for p in (content / "events").rglob("*.yaml"))
    shown += " ".join(p.read_text("utf-8") for p in (content / "sources").glob("*.yaml"))
    known = {w.casefold() for w in re.findall(r"[a-zA-Z]+", shown)}
    counts = Counter(
        w.casefold() for text in texts.values() for w in set(re.findall(r"[a-zA-Z]{8,}", text))
    )
    for article, text in sorted(texts.items()):
        for word in re.findall(r"[a-zA-Z]{8,}", text):
            if counts[word.casefold()] == 1 and word.casefold() not in known:
                return word, article
    raise AssertionError("every long word of the articles is also on some page")


def test_search_finds_a_word_of_one_article_body(
    browser: Any, site_url: str, story_site: Path
) -> None:
    word, article = _word_of_one_article(story_site)
    page, errors = _page(browser)
    page.goto(site_url)
    hrefs = _search(page, word)
    assert any(f"sources/{article}" in h for h in hrefs), (word, hrefs)
    assert errors == [], errors


def test_event_page_reads_for_readers_first(browser: Any, site_url: str, story_site: Path) -> None:
    meeting = max(
        story_site.glob("events/*/index.html"),
        key=lambda p: p.read_text("utf-8").count("chronicle-said-by"),
    )
    path = meeting.parent.relative_to(story_site).as_posix() + "/"
    page, errors = _page(browser, 360)
    page.goto(site_url + path)
    how = page.locator("details.chronicle-how")
    assert how.count() == 1 and how.get_attribute("open") is None
    assert not page.get_by_text("Known to the day").is_visible()
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < 2000, f"{path} is {height} px tall on a phone"
    assert page.locator(".chronicle-said-by").first.is_visible()  # quotes are attributed
    assert "rule:" not in page.content()
    how.locator("summary").click()
    assert page.get_by_text("Known to the day").is_visible()
    assert errors == [], errors


class _Reader(HTMLParser):
    """Collects the text of the elements of some classes and tags of one page."""

    WANTED = ("chronicle-summary", "chronicle-tl__summary")

    def __init__(self) -> None:
        super().__init__()
        self.found: dict[str, list[str]] = {"h1": [], "blockquote": [], "summary": []}
        self._open: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag in ("h1", "blockquote"):
            self._open.append((tag, tag))
        elif "chronicle-summary" in classes and tag == "p":
            self._open.append((tag, "summary"))
        elif self._open:
            self._open.append((tag, ""))
        if self._open and self._open[-1][1]:
            self.found[self._open[-1][1]].append("")

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1][0] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for _, kind in reversed(self._open):
            if kind:
                self.found[kind][-1] += data
                break


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def test_no_summary_equals_its_title_or_a_quote_anywhere(story_site: Path) -> None:
    pages = sorted(story_site.glob("events/*/index.html"))
    assert pages
    for page in pages:
        reader = _Reader()
        reader.feed(page.read_text("utf-8"))
        title = _plain(reader.found["h1"][0])
        quotes = {_plain(q) for q in reader.found["blockquote"]}
        for summary in map(_plain, reader.found["summary"]):
            assert summary != title and summary not in quotes, page


def test_titles_show_apostrophes_as_written(browser: Any, site_url: str, story_site: Path) -> None:
    page, errors = _page(browser)
    page.goto(site_url + "chronology/")
    link = page.get_by_role("link", name=ODD_TITLE)
    assert link.count() == 1
    link.click()
    page.wait_for_load_state()
    assert page.title().startswith(ODD_TITLE + " - ")
    assert page.locator("h1").evaluate("h => h.firstChild.textContent") == ODD_TITLE
    assert errors == [], errors


@pytest.mark.parametrize("width", [1280, 360])
def test_screenshots_of_the_story(browser: Any, site_url: str, tmp_path: Path, width: int) -> None:
    label = "desktop" if width == 1280 else "phone"
    page, errors = _page(browser, width)
    for path, name in (("", "home"), ("chronology/", "chronology")):
        page.goto(site_url + path)
        _save(page, tmp_path, f"story-{name}-{label}.png", full=False)
    event = page.locator(".chronicle-tl__title a").first.get_attribute("href") or ""
    page.goto(site_url + "chronology/" + event)
    _save(page, tmp_path, f"story-event-{label}.png", full=False)
    page.goto(site_url)
    page.keyboard.press("/")  # Material's shortcut: opens search at any width
    page.locator("input.md-search__input").press_sequentially("sanctions", delay=15)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    _save(page, tmp_path, f"story-search-{label}.png", full=False)
    assert errors == [], errors
