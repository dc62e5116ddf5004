"""A live blog's updates are dated from their own stamps, not from the day it was first published.

A live page keeps the date it was first published while its updates, newest first,
run over the following days; each opens with a stamp ("(Update 5:16 a.m. Thursday in
Cairo, 10:16 p.m. ET Wednesday)"). "Clashes Wednesday" in an update stamped Thursday
is that week's Wednesday, not the one before the page was first published.
"""

from __future__ import annotations

import json
from pathlib import Path

from generator.dates import PartialDate
from generator.ingest import read_articles
from generator.ingest.extract import extract_mentions
from tests.ingest.articles import article

LIVE_PAGE = [
    "(Update 5:16 a.m. Thursday in Cairo, 10:16 p.m. ET Wednesday) Heavy gunfire "
    "reverberated in central Cairo early Thursday as protesters faced off at the square.",
    "(Update 11:58 p.m. Cairo, 4:58 p.m. ET) Three people died and 639 were injured in "
    "clashes Wednesday in the square, the health minister told state television.",
    "(Update 12:37 p.m. Wednesday in Cairo, 5:37 a.m. ET) Tanks moved into the square.",
    "Mubarak said in a televised speech Tuesday night that he would not run again.",
]


def _read(tmp_path: Path, paragraphs: list[str], published: str) -> dict[str, str]:
    path = tmp_path / "live.jsonl"
    record = {"id": "live", "published": published, "text": "\n".join(paragraphs)}
    path.write_text(json.dumps(record) + "\n", "utf-8")
    (live,) = read_articles([path])
    return {m.timex.text: m.date.edtf() for m in extract_mentions(live)}


def test_updates_are_dated_from_their_stamps(tmp_path: Path) -> None:
    dates = _read(tmp_path, LIVE_PAGE, "2011-02-01")  # first published on a Tuesday
    assert dates["early Thursday"].startswith("2011-02-03")
    assert dates["Wednesday"] == "2011-02-02"  # under a stamp naming no day: the one below
    assert dates["Tuesday night"].startswith("2011-02-01")  # the Wednesday update's Tuesday


def test_an_article_without_stamps_is_dated_from_its_publication(tmp_path: Path) -> None:
    plain = [p.split(") ", 1)[1] for p in LIVE_PAGE[:2]]
    dates = _read(tmp_path, plain, "2011-02-01")
    # past tense, but six days back: the page ran past its date (weekdays.past_the_page)
    assert dates["Wednesday"] == "2011-02-02"
    assert dates["early Thursday"].startswith("2011-02-03")  # five days back: the same


def test_the_anchor_counts_on_from_the_publication_date() -> None:
    page = article("One.\nTwo.\nThree.", "2011-02-01")
    page.update_days = ((1, 3), (2, 1))  # Thursday from paragraph 1, Tuesday from 2
    assert [page.anchor_of(i) for i in range(3)] == [
        PartialDate.parse("2011-02-01"),
        PartialDate.parse("2011-02-03"),
        PartialDate.parse("2011-02-01"),
    ]
