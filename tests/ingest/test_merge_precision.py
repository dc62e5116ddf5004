"""Merging on a real corpus: a vaguer date joins a day's happening only when told alike.

Round 26's h1n1 judge found three sentences about the Asian Development Bank's 2009
forecasts under "finance ministers … on Sunday set up a $120 billion emergency fund",
and "U.S. soybean stocks began the 2009/10 marketing year" under a day's peso slide:
words shared with one of a year's hundreds of happenings say little.
"""

from __future__ import annotations

import logging

import pytest

from generator.ingest import build_events, read_articles
from tests.conftest import SHARED_DATA
from tests.ingest.articles import WHO_FLU_WARNING, article

REUTERS = SHARED_DATA / "t17" / "h1n1" / "reuters" / "articles.jsonl"


@pytest.mark.skipif(not REUTERS.exists(), reason="no shared h1n1/reuters corpus here")
def test_a_year_joins_a_days_happening_only_when_told_alike() -> None:
    logging.disable(logging.WARNING)
    try:
        events = build_events(list(read_articles([REUTERS]))).events
    finally:
        logging.disable(logging.NOTSET)
    fund = [e for e in events if "$120 billion emergency fund" in e.title]
    assert fund, [e.title for e in events if "fund" in e.title]
    quotes = [ref.quote for e in fund for ref in e.sources]
    assert not [q for q in quotes if "ADB has forecast" in q or "ramp up lending" in q]
    peso = [e for e in events if "peso" in e.title and "hammered" in e.title]
    assert peso
    assert not [ref for e in peso for ref in e.sources if "soybean" in ref.quote]


def test_a_vaguer_date_joins_by_its_sentence_not_by_the_names_near_its_date() -> None:
    """Round 50's h1n1 judge: "Last month, the World Health Organization warned against fake
    anti-malaria medicines" sat under the WHO's flu warning of 25 April; the words near the
    date are the WHO's name and "warned". A month's report told alike still joins."""
    day = article(WHO_FLU_WARNING, "2009-04-25", "a")
    month = article(
        "Last month, the World Health Organization warned against the proliferation of fake "
        "anti-malaria medicines in the Mekong area, blaming the counterfeit drugs for the "
        "emergence of a new strain of malaria that could spread in the region.",
        "2009-05-14",
        "b",
    )
    again = article(
        "In April the World Health Organization warned that a new flu that had killed people "
        "in Mexico could start a global epidemic.",
        "2009-05-20",
        "c",
    )
    events = build_events([day, month]).events
    flu = next(e for e in events if "global epidemic" in e.title)
    assert {ref.article for ref in flu.sources} == {"a"}
    told_alike = build_events([day, again]).events
    assert [{ref.article for ref in e.sources} for e in told_alike] == [{"a", "c"}]


def test_a_sentence_repeated_on_a_later_page_is_the_first_pages_happening() -> None:
    """A wire sentence with a weekday, on pages of two days, is one happening on the first
    page's reading; a sentence one article dates twice stays two events."""
    from generator.ingest import build_events as build
    from tests.ingest.articles import article

    text = (
        "The first contingent of the 82nd Airborne Division arrived in Port-au-Prince on Thursday."
    )
    events = build([article(text, "2010-01-15", "a"), article(text, "2010-01-22", "b")]).events
    assert [e.date.edtf() for e in events] == ["2010-01-14"]
    twice = "The minister said on Monday that the elections would be held on 30 January."
    events = build([article(twice, "2010-01-12", "a"), article(twice, "2010-01-13", "b")]).events
    assert sorted(e.date.edtf() for e in events) == ["2010-01-11", "2010-01-30"]


def test_a_days_report_does_not_join_a_clock_times_by_its_kind_alone() -> None:
    """Round 39's egypt judge found a Yemen knife attack "Friday night" titled at 06:00 with
    "On Friday, even larger protests will happen" and an evening bulletin "just after 6:00":
    a report dated to the day joined the clock time's event by "protest" alone. A vaguer
    date ("the February meeting") still names the one happening of its kind; a day and a
    clock time are each their own."""
    texts = [
        "Just after 6:00 local time, after a day of protests, the bulletin came on from "
        "state television.",
        "On Friday, even larger protests will happen, and the army will have to decide how "
        "this ends.",
        "The clashes followed an anti-government protest Friday night in which men armed "
        "with knives attacked more than a thousand demonstrators in Sanaa.",
    ]
    articles = [article(t, "2011-02-11", f"a{i}") for i, t in enumerate(texts)]
    events = build_events(articles).events
    assert all(len(e.sources) == 1 for e in events), [(e.title, len(e.sources)) for e in events]


IRAQ = SHARED_DATA / "t17" / "iraq" / "guardian" / "articles.jsonl"


@pytest.mark.skipif(not IRAQ.exists(), reason="no shared iraq/guardian corpus here")
def test_another_sentence_of_one_page_joins_its_happening_only_when_told_alike() -> None:
    """Round 45's iraq judge: a page's second sentence of a day had joined its first as one
    happening (the Tories' selection of a candidate with the reply of Tony Blair's agent;
    Henry Waxman's letter with the Pentagon sitting on an audit). A page tells a happening
    once; two of its sentences that tell it alike (the al-Jazeera office bombed on 8 April
    2003) are still one. A judge read the 58 sentences this took out of their events in
    the shared corpora: 45 told other happenings."""
    logging.disable(logging.WARNING)
    try:
        events = build_events(list(read_articles([IRAQ]))).events
    finally:
        logging.disable(logging.NOTSET)

    def quotes(start: str) -> list[str]:
        found = [e for e in events if e.title.startswith(start)]
        assert found, start
        return [ref.quote for e in found for ref in e.sources]

    assert not [q for q in quotes("The Tories officially selected") if "agent" in q]
    assert not [q for q in quotes("Henry Waxman accused") if "Pentagon stood accused" in q]
    bombing = quotes("The Baghdad bombing was the second attack")
    assert any("Tarek Ayoub was killed" in q for q in bombing), bombing


EGYPT = SHARED_DATA / "t17" / "egypt" / "cnn" / "articles.jsonl"


@pytest.mark.skipif(not EGYPT.exists(), reason="no shared egypt/cnn corpus here")
def test_an_undated_sentence_corroborates_only_within_days() -> None:
    """The fourteenth session's judge: of undated sentences citing an event, 37 of 45 written
    within three days reported it, 1 of 5 written later (the administration's 'tightrope'
    eleven days after Hillary Clinton's call of 28 January). Copies of a quote still count for
    two weeks (the tests of copies and of named quakes)."""
    logging.disable(logging.WARNING)
    try:
        events = build_events(list(read_articles([EGYPT]))).events
    finally:
        logging.disable(logging.NOTSET)
    (call,) = [e for e in events if e.title.startswith("Hillary Clinton called on Egypt's")]
    quotes = [ref.quote for ref in call.sources]
    assert not [q for q in quotes if "tightrope" in q], quotes
    assert [q for q in quotes if q.startswith("Secretary of State Hillary Clinton called")]
