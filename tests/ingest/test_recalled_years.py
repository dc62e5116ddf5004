"""Which date a statement takes: a day recalled without its year takes the year its article
gives it elsewhere; a report and what it reported are dated apart."""

from __future__ import annotations

from generator.ingest import build_events
from generator.ingest.extract import extract_mentions
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
    # a verb to come keeps the date that is its only complement
    assert ("2009-05-23", "The carrier's last flight from Cairo will depart on Saturday") in events


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
    assert [t for d, t in events if d == "2011-09"] == ["The elections will be held in September"]


def test_a_chronology_told_oldest_first_reads_its_years_back_from_its_last_entry() -> None:
    """The Guardian, 2 May 2005: Britain's dead in Iraq "since the start of hostilities in
    March 2003", one entry a paragraph; "April 6: Three soldiers were killed as allied troops
    swept into Basra" had been read as 6 April 2005 (round 53's judge: 2003). A slip of a few
    days in the list's order is no year."""
    entries = [
        "March 30: Royal Marine Christopher Maddison was killed when a river launch was ambushed.",
        "April 6: Three soldiers were killed as allied troops swept into Basra.",
        "May 6: Private Andrew Kelly was killed in an accidental shooting.",
        "August 14: Captain David Jones was killed in a bomb attack in Basra.",
        "November 6: A British serviceman was killed in a roadside bomb attack in Basra.",
        "January 1: Two British soldiers were killed in a road accident in Basra.",
        "February 12: A soldier died in a vehicle accident near Basra.",
        "June 28: A soldier was killed in an attack on a patrol near Basra.",
        "June 19: An airman was killed when an RAF Puma helicopter crashed near Baghdad.",
        "August 4: A soldier died in an accident at Al Amarah.",
        "December 26: A soldier was found dead from gunshot wounds at a base.",
        "January 30: Ten personnel were killed when their Hercules aircraft crashed.",
    ]
    mentions = extract_mentions(article("\n".join(entries), "2005-05-02"))
    assert [m.date.edtf() for m in mentions] == [
        "2003-03-30",
        "2003-04-06",
        "2003-05-06",
        "2003-08-14",
        "2003-11-06",
        "2004-01-01",
        "2004-02-12",
        "2004-06-28",
        "2004-06-19",
        "2004-08-04",
        "2004-12-26",
        "2005-01-30",
    ]
    newest_first = extract_mentions(article("\n".join(reversed(entries)), "2005-05-02"))
    assert newest_first[0].date.edtf() == "2005-01-30"  # a list told newest first: as read
