"""Which date a statement takes: a day recalled without its year takes the year its article
gives it elsewhere; a report and what it reported are dated apart."""

from __future__ import annotations

from generator.ingest import build_events
from tests.ingest.articles import article


def test_a_day_recalled_without_its_year_takes_the_year_its_article_gives_it() -> None:
    """Round 27's iraq judge: Goldsmith's "minute of March 7" in an April 2005 article was
    dated 2005; the article wrote "March 7 2003" a few paragraphs before."""
    text = (
        "Lord Goldsmith warned Tony Blair in a document on March 7 2003 that the use of force "
        "against Iraq could be illegal.\n"
        "According to extracts from his confidential minute of March 7, the attorney general "
        "warned Mr Blair that the language of resolution 1441 left the position unclear.\n"
        "The prime minister met the attorney general on April 20, officials said."
    )
    dates = {e.date.edtf() for e in build_events([article(text, "2005-04-28")]).events}
    assert "2005-03-07" not in dates
    assert {"2003-03-07", "2005-04-20"} <= dates


def test_a_report_and_what_it_reported_are_two_dated_statements() -> None:
    """ "Delta said Friday that its last flight will depart on Saturday": the saying is
    Friday's, the flight Saturday's, and the flight's title is what was said (round 26-27's
    egypt judges: 'dated to the flight day, not the Friday it was made')."""
    text = (
        "Mexico reported on Monday that industrial output fell 6.7 percent in March, in the "
        "latest sign of the recession.\n"
        "Delta Air Lines spokeswoman Susan Elliott said Friday that the carrier's last flight "
        "from Cairo will depart on Saturday."
    )
    events = {(e.date.edtf(), e.title) for e in build_events([article(text, "2009-05-19")]).events}
    assert (
        "2009-05-18",
        "Mexico reported that industrial output fell 6.7 percent in March",
    ) in events
    assert ("2009-03", "Industrial output fell 6.7 percent") in events
    assert ("2009-05-23", "The carrier's last flight from Cairo will depart") in events


def test_a_day_of_what_will_not_happen_makes_no_event() -> None:
    """Round 28's egypt judge: Mubarak's pledge of 1 February was dated to the September
    elections he said he would not run in. The pledge keeps its own day."""
    text = (
        "Egyptian President Hosni Mubarak said on state TV on Tuesday night that he won't seek "
        "re-election in September.\n"
        "The elections will be held in September, officials said."
    )
    events = {(e.date.edtf(), e.title) for e in build_events([article(text, "2011-02-02")]).events}
    assert {d for d, _ in events} == {"2011-02-01", "2011-09"}
    assert [t for d, t in events if d == "2011-09"] == ["The elections will be held"]
