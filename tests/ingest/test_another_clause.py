"""A date in a clause of what came before or after, or ending a period, dates no title.

The sentences are from the shared Timeline17 topics; judges counted the events they
made dated wrong (round 15, ``bench/judgements.md``).
"""

from __future__ import annotations

import pytest

from generator.ingest import build_events
from generator.ingest.clauses import dates_another_clause
from generator.ingest.extract import extract_mentions
from tests.ingest.articles import article

ANOTHER_CLAUSE = [
    # an attribution's date is the source's (rounds 25-30's mj judges: the affidavit made
    # public in August dated what Murray told police in June)
    (
        "Dr Murray told police he had been giving Jackson propofol as part of his treatment "
        "for insomnia, according to an affidavit made public in August.",
        "August",
        "Dr Murray told police he had been giving Jackson propofol as part of his treatment",
    ),
    (
        "Medecins Sans Frontieres urged commanders to speed up the landing of planes carrying "
        "medical supplies, after one carrying an inflatable field hospital was turned away on "
        "Saturday night.",
        "Saturday night",
        "Medecins Sans Frontieres urged commanders to speed up the landing of planes",
    ),
    (
        "Schools in the sprawling capital had already been closed but the government ordered "
        "classes canceled across the country until May 6.",
        "May 6",
        "Schools in the sprawling capital had already been closed",
    ),
    (
        "Since coming to Washington to work as an intern in the arms control and disarmament "
        "agency in 1973, Wolfowitz has worked almost exclusively in government.",
        "1973",
        "Wolfowitz has worked almost exclusively in government",
    ),
    # no comma: "since" opens the start of a count, "after" + a verb another happening
    (
        "The head of the US operation at the airport, Col Buck Elton, said on Sunday there had "
        "been 600 take-offs and landings since the US took control on Wednesday.",
        "on Wednesday",
        "The head of the US operation at the airport said",
    ),
    (
        "More than 1,900 U.S. citizens have left Egypt since an evacuation operation began "
        "Monday, according to a State Department statement.",
        "Monday",
        "More than 1,900 U.S. citizens have left Egypt",
    ),
    (
        "Rick Santos said he felt moments of just joy after being pulled from the debris of the "
        "Montana hotel on Friday.",
        "on Friday",
        "Rick Santos said he felt moments of just joy",
    ),
    # a "since" after an "after" phrase: the date is the start of what the phrase counts
    (
        "Greatest hits album Number Ones rocketed from 121 to the top spot after a surge in "
        "sales since the superstar's death on Thursday.",
        "on Thursday",
        "Greatest hits album Number Ones rocketed from 121 to the top spot",
    ),
    # a "since" inside the title's own clause: the date is when a period began
    (
        "Sony has sold about 31 million copies of Jackson's albums worldwide since his death "
        "in June 2009.",
        "June 2009",
        "Sony has sold about 31 million copies of Jackson's albums worldwide since his death",
    ),
    # a clause of its own, opened by "and" and its pronoun subject
    (
        "He has said the strikes on alleged drug boats amount to war crimes and he described "
        "the operation last month deposing the Venezuelan leader as a kidnapping.",
        "last month",
        "He has said the strikes on alleged drug boats amount to war crimes",
    ),
]
SAME_CLAUSE = [
    (
        "But police didn't arrest Guandique until February 2009.",
        "February 2009",
        "Police didn't arrest Guandique",
    ),
    (
        "A US judge has delayed the involuntary manslaughter trial of Michael Jackson's doctor "
        "until May.",
        "May",
        "A US judge has delayed the involuntary manslaughter trial",
    ),
    (
        "The president arrived in Port-au-Prince on Saturday, after talks in Santo Domingo.",
        "Saturday",
        "The president arrived in Port-au-Prince",
    ),
    (
        "Thousands of protesters gathered in Cairo after prayers on Friday.",
        "on Friday",
        "Thousands of protesters gathered in Cairo",
    ),
]


@pytest.mark.parametrize(("sentence", "date", "title"), ANOTHER_CLAUSE)
def test_a_date_of_another_clause_dates_no_title(sentence: str, date: str, title: str) -> None:
    assert dates_another_clause(sentence, sentence.index(date), title)


@pytest.mark.parametrize(("sentence", "date", "title"), SAME_CLAUSE)
def test_a_date_of_the_title_clause_dates_it(sentence: str, date: str, title: str) -> None:
    assert not dates_another_clause(sentence, sentence.index(date), title)


def test_ingest_makes_no_event_dated_by_a_clause_after_the_title() -> None:
    text = (
        "Aid agencies complained about the airport.\n"
        "Medecins Sans Frontieres urged commanders to speed up the landing of planes carrying "
        "medical supplies, after one carrying an inflatable field hospital was turned away on "
        "Saturday night.\n"
        "The first US troops landed at the airport on Friday."
    )
    events = build_events([article(text, "2010-01-18")]).events
    titles = {e.title: e.date.edtf() for e in events}
    assert not [t for t in titles if t.startswith("Medecins Sans Frontieres urged")], titles
    assert titles.get("The first US troops landed at the airport") == "2010-01-15", titles


@pytest.mark.parametrize(
    "sentence",
    [
        "Ben Klayman is based in Detroit and in April was named leader of the automotive team.",
        "John Kampfner is the editor of the New Statesman since May.",
        "This interview aired in the 5 p.m. hour of The Situation Room on Thursday.",
        "A roundup of today's CNNMoney news: AT&T locks in 4 million iPhone users.",
        "David Harding of Ottawa sent us this query in March 2010: can anyone help?",
        "January 30th, 2011 12:47 pm ET Americas puppet dictator Mubarak looks like he will "
        "not survive a call for democracy.",
    ],
)
def test_a_note_about_the_page_dates_no_event(sentence: str) -> None:
    """Author lines, broadcast notes, roundups, readers' queries and comments are not news."""
    assert extract_mentions(article(sentence, "2011-02-10")) == []


def test_a_clause_another_date_titled_already_is_one_event() -> None:
    """ "… expected to arrive in Haiti by the end of Thursday, with several hundred more due by
    Friday" made two events of one arrival (round 37's haiti sample, one of them misdated); a
    list after a colon dates each of its items ("…: five policemen killed yesterday, 13 …")."""
    one = article(
        "The first 100-strong contingent of the division is expected to arrive in Haiti by the "
        "end of Thursday, with several hundred more due by Friday.",
        "2010-01-14",
    )
    assert [e.date.edtf() for e in build_events([one]).events] == ["2010-01-14"]
    listed = article(
        "The daily drip of US casualties passes almost unnoticed now, a footnote to the wider "
        "slaughter of Iraqis: five policemen killed in two car bombs yesterday, 13 soldiers "
        "killed on Wednesday, a judge on Tuesday, at least 115 recruits on Monday.",
        "2005-03-04",
    )
    dates = [e.date.edtf() for e in build_events([listed]).events]
    assert dates == ["2005-02-28", "2005-03-02", "2005-03-03"]


def test_a_title_dated_in_another_year_is_not_the_event_of_the_day() -> None:
    """ "He was an Iraqi chemical engineer who was first debriefed in 2000 by a foreign liaison
    service - not named in yesterday's report" was published as 31 March 2005 (round 37): the
    title's clause is 2000's. A year naming a thing ("the 1979 revolution") dates nothing."""
    engineer = article(
        "He was an Iraqi chemical engineer who was first debriefed in 2000 by a foreign liaison "
        "service - not named in yesterday's report but elsewhere reported as being German "
        "intelligence.",
        "2005-04-01",
    )
    assert "2005-03-31" not in {e.date.edtf() for e in build_events([engineer]).events}
    revolution = article(
        "The Iranian regime on Friday celebrated the 1979 revolution that dethroned the shah.",
        "2011-02-12",
    )
    assert [e.date.edtf() for e in build_events([revolution]).events] == ["2011-02-11"]


def test_a_present_perfect_takes_no_date_long_past() -> None:
    """ "Conrad Murray has pleaded not guilty to the involuntary manslaughter of Jackson at his
    rented LA mansion in June 2009", in a 2011 page, was published as June 2009 (rounds
    38-40: the plea came in February 2010): a present perfect takes no past date, which names
    the death. A recent day still dates one ("have been killed on Sunday" in wire copy)."""
    plea = article(
        "Conrad Murray has pleaded not guilty to the involuntary manslaughter of Jackson at "
        "his rented LA mansion in June 2009.",
        "2011-07-26",
    )
    assert build_events([plea]).events == []
    recent = article("At least ten people have been killed on Sunday in Baghdad.", "2005-05-02")
    assert [e.date.edtf() for e in build_events([recent]).events] == ["2005-05-01"]


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        (
            "The Egyptian football federation has decided to postpone games scheduled for "
            "Friday and Saturday until further notice, according to the official news agency.",
            "2011-01-27",
        ),
        (
            "The U.S. men's national soccer team says it has canceled its Feb. 9 friendly "
            "match with Egypt in Cairo because of the political instability.",
            "2011-01-31",
        ),
        (
            "Jackson's mother Katherine and his sister LaToya have backed plans for the "
            "Michael Forever Tribute concert at the Millennium Stadium on 8 October.",
            "2011-08-30",
        ),
    ],
)
def test_a_deed_done_takes_no_date_after_its_page(sentence: str, published: str) -> None:
    """A present perfect says the deed was done when the page was written: a later date
    names something in it (the games, the match, the concert), and judges counted the
    deed dated by it wrong (rounds 38-40)."""
    assert build_events([article(sentence, published)]).events == []


def test_a_perfect_that_sets_a_date_or_looks_ahead_keeps_it() -> None:
    """What was set, called or planned happens on the date the perfect gives it."""
    hearing = article("A hearing has been set for 5 April in Los Angeles.", "2010-02-11")
    assert [e.date.edtf() for e in build_events([hearing]).events] == ["2010-04-05"]
    march = article(
        "Anti-government protesters have said they are planning a march of millions in the "
        "city on Tuesday.",
        "2011-01-31",
    )
    assert [e.date.edtf() for e in build_events([march]).events] == ["2011-02-01"]


def test_a_happening_named_of_a_day_lends_its_day_to_nothing_else() -> None:
    """ "… revenge for the terrorist attacks of September 11" (an April 2005 page) dated the
    Mirror's report of Bush's plan to attack al-Jazeera "last year" 11 September 2004 (round
    42): the day names the attacks, as "the September 11 attacks" does, and another
    happening of that kind in that year is not joined to it by the kind alone."""
    revenge = article(
        "To the extent that he did think about it, his views did not go beyond basic revenge "
        "for the terrorist attacks of September 11.",
        "2005-04-02",
        "revenge",
    )
    plan = article(
        'Under the front-page headline "Bush plot to bomb his ally", the Daily Mirror reported '
        "that the US president last year planned to attack the Arabic television station "
        "al-Jazeera.",
        "2005-11-23",
        "mirror",
    )
    events = build_events([revenge, plan]).events
    dated = {e.date.edtf(): sorted(s.article for s in e.sources) for e in events}
    assert dated.get("2004") == ["mirror"]
