"""The built seed site in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browsing import serve_directory

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site_url(seed_site: Path) -> Iterator[str]:
    with serve_directory(seed_site) as url:
        yield url


def test_index_lists_the_white_house_meeting_and_search_finds_maduro(
    browser,
    site_url: str,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    failed: list[str] = []
    page.on("requestfailed", lambda req: failed.append(req.url))
    requested: list[str] = []
    page.on("request", lambda req: requested.append(req.url))
    page.goto(site_url)
    item = page.locator("li", has=page.locator('time[datetime="2026-02-03"]')).filter(
        has_text="White House"
    )
    assert item.count() >= 1, "the 2026-02-03 White House meeting is on the index"
    page.screenshot(path=str(tmp_path / "index.png"), full_page=True)

    search = page.locator("input.md-search__input")
    results = page.locator(".md-search-result__item > a.md-search-result__link")
    for _ in range(20):  # the search worker loads its index asynchronously
        search.click()
        search.fill("")
        search.press_sequentially("Maduro", delay=20)
        page.wait_for_timeout(500)
        if results.count():
            break
    results.first.wait_for(timeout=5_000)
    hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
    assert any("/events/" in h for h in hrefs), hrefs
    page.screenshot(path=str(tmp_path / "search.png"))
    event_href = next(h for h in hrefs if "/events/" in h)
    page.goto(event_href if event_href.startswith("http") else site_url + event_href.lstrip("./"))
    assert page.locator("h1").count() == 1
    assert page.locator("blockquote").count() >= 1, "event page quotes its sources"
    page.screenshot(path=str(tmp_path / "event.png"), full_page=True)
    assert errors == [], errors
    assert failed == [], failed
    elsewhere = [u for u in requested if not u.startswith((site_url, "data:", "blob:"))]
    assert elsewhere == [], f"the site must load nothing from other hosts: {elsewhere}"
