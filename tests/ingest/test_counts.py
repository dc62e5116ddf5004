"""Reports that give one count differently are two statements, not one happening told twice;
reports that share only who told them ("…, a government official told CNN Friday"), or whose
doers are two people, tell two happenings (sentences of the shared news topics, by shape)."""

from __future__ import annotations

import pytest

from generator.ingest import build_events
from generator.ingest.doers import doer
from generator.ingest.figures import counts_differ, figures
from generator.ingest.headline import make_headline
from generator.ingest.modifiers import told_kinds
from tests.ingest.articles import article


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        (
            "Egypt's health minister said 611 people were injured in clashes in Cairo's Tahrir"
            " square Wednesday, state-run television reported.",
            {("injured", "611")},
        ),
        (
            "Three people died and 639 were injured in clashes Wednesday in Cairo's Tahrir Square.",
            {("dead", "3"), ("injured", "639")},
        ),
        (
            "Mexican Health Secretary Jose Angel Cordova said on Friday that three more deaths from"
            " swine flu had been confirmed, bringing the toll to 15.",
            {("dead", "3"), ("toll", "15")},
        ),
        (
            "Late on Friday, Health Secretary Jose Angel Cordova announced the confirmed death toll"
            " from the virus had risen by one, to 16.",
            {("toll", "16")},
        ),
        ("On Monday the EU pledged more than 400m euros in emergency aid.", {("euros", "400m")}),
        # a part of a count is no count of its own
        ("The two other new cases confirmed on Monday were adults who had visited Mexico.", set()),
        ("Police sealed off the hotel on Friday night.", set()),
    ],
)
def test_figures(sentence: str, counts: set[tuple[str, str]]) -> None:
    assert figures(sentence) == counts


def test_counts_differ_only_when_no_figure_of_a_kind_agrees() -> None:
    said = "Egypt's health minister said 611 people were injured in clashes on Wednesday."
    assert counts_differ(said, "Three people died and 639 were injured in clashes Wednesday.")
    assert not counts_differ(said, "Officials said 611 people were injured and 3 died.")
    assert not counts_differ(said, "Clashes broke out in Tahrir Square on Wednesday.")


def test_a_report_of_another_count_is_its_own_event() -> None:
    """Two statements of one day's toll (Mexico, 1 May 2009) stay two events; a report that
    gives the first count again joins it."""
    fifteen = article(
        "Mexican Health Secretary Jose Angel Cordova said on Friday that three more deaths from"
        " swine flu had been confirmed, bringing the toll to 15.",
        "2009-05-01",
        "a",
    )
    sixteen = article(
        "Late on Friday, Health Secretary Jose Angel Cordova announced the confirmed death toll"
        " from the virus had risen by one, to 16.",
        "2009-05-01",
        "b",
    )
    again = article(
        "Health Secretary Jose Angel Cordova said on Friday that the death toll from swine flu"
        " had risen to 16.",
        "2009-05-01",
        "c",
    )
    events = build_events([fifteen, sixteen, again]).events
    by_article = {s.article: e.id for e in events for s in e.sources}
    assert by_article["a"] != by_article["b"]
    assert by_article["b"] == by_article["c"]


def test_reports_that_share_only_who_told_them_are_two_happenings() -> None:
    """Egypt, 4 February 2011: an attack and a meeting, each "told CNN Friday" by officials."""
    grenade = article(
        "A rocket-propelled grenade was fired at state security headquarters in the Egyptian"
        " Sinai town of El Arish, a government official told CNN Friday.",
        "2011-02-04",
        "a",
    )
    meeting = article(
        "Some opposition parties that had previously refused to meet with government officials,"
        " however, told CNN Friday they have agreed to meet with Suleiman on Saturday.",
        "2011-02-04",
        "b",
    )
    events = build_events([grenade, meeting]).events
    attack = next(e for e in events if "grenade" in e.title)
    assert [s.article for s in attack.sources] == ["a"]


def test_two_people_who_did_the_same_thing_did_two_things() -> None:
    """Egypt, 12 February 2011: Gates and Barak each spoke with Tantawi; two calls."""
    gates = article(
        "U.S. Defense Secretary Robert Gates spoke with Egyptian Field Marshal Mohammed Hussein"
        " Tantawi on Saturday, the sixth phone conversation with the minister since the situation"
        " began.",
        "2011-02-12",
        "a",
    )
    barak = article(
        "Israeli Defense Minister Ehud Barak spoke to his Egyptian counterpart Mohammed Hussein"
        " Tantawi on the phone Saturday, according to a ministry spokesman.",
        "2011-02-12",
        "b",
    )
    again = article(
        "U.S. Defense Secretary Robert Gates spoke with Tantawi on Saturday, the sixth phone"
        " conversation with the minister since the start of the Egypt uprising.",
        "2011-02-12",
        "c",
    )
    events = build_events([gates, barak, again]).events
    by_article = {s.article: e.id for e in events for s in e.sources}
    assert by_article["a"] == by_article["c"] != by_article["b"]


@pytest.mark.parametrize(
    ("title", "surname"),
    [
        ("U.S. Defense Secretary Robert Gates spoke with Mohammed Hussein Tantawi", "Gates"),
        ("Hosni Mubarak stepped down", "Mubarak"),
        ("Human Rights Watch said 302 people had been killed", None),  # a body
        ("Mubarak stepped down", None),  # a surname alone: who, only the article says
    ],
)
def test_doer(title: str, surname: str | None) -> None:
    assert doer(title) == surname


@pytest.mark.parametrize(
    ("sentence", "date_text", "title"),
    [
        # the only date is what the statement said: the title tells that
        (
            "The U.S. Embassy in Egypt issued a statement indicating several embassy vehicles were"
            " stolen in Cairo on January 28.",
            "on January 28",
            "Several embassy vehicles were stolen in Cairo",
        ),
        (
            "The Cairo bureau chief for Al-Arabiya tells CNN that protesters beat two Al-Arabiya"
            " reporters and harassed a third in separate incidents Wednesday.",
            "Wednesday",
            "Protesters beat two Al-Arabiya reporters and harassed a third in separate incidents",
        ),
        # the statement's own date: the statement
        (
            "Hosni Mubarak told ABC News on Thursday that he would like to step down right away.",
            "on Thursday",
            "Hosni Mubarak told ABC News that he would like to step down right away",
        ),
    ],
)
def test_a_date_in_what_was_said_titles_what_was_said(
    sentence: str, date_text: str, title: str
) -> None:
    assert make_headline(sentence, date_text) == title


def test_a_statement_with_its_own_day_is_not_dated_by_what_it_said() -> None:
    """Egypt, 4 February 2011: the statement's Friday is the statement's; January 28 titles
    the theft, not the statement."""
    page = article(
        "The U.S. Embassy in Egypt and the U.S. State Department issued a statement Friday"
        " indicating that several embassy vehicles were stolen in Cairo on January 28.",
        "2011-02-04",
    )
    dated = {e.date.edtf(): e.title for e in build_events([page]).events}
    assert dated["2011-01-28"] == "Several embassy vehicles were stolen in Cairo"
    assert "statement" in dated["2011-02-04"]


@pytest.mark.parametrize(
    ("text", "published", "kept"),
    [
        # a relative clause's date is its own
        (
            "Many of the pitched battles between security forces and Mubarak's foes unfolded in"
            " the same places that were scenes of jubilation Friday night.",
            "2011-02-12",
            False,
        ),
        # unless its noun is the happening it dates
        (
            "Thousands of people are feared dead following the 7.0-magnitude tremor which struck"
            " on Tuesday.",
            "2010-01-13",
            True,
        ),
        # "WHO" is the organisation, no relative clause
        (
            "Libyan authorities have reported an outbreak of bubonic plague in the coastal town of"
            " Tubruq, and the World Health Organization was sending a team to investigate, a WHO"
            " official said on Tuesday.",
            "2009-06-17",
            True,
        ),
    ],
)
def test_a_date_in_a_relative_clause_dates_that_clause(
    text: str, published: str, kept: bool
) -> None:
    assert bool(build_events([article(text, published)]).events) is kept


def test_making_a_happening_is_not_the_happening() -> None:
    """Egypt, 25 January 2011: a mention of "Tuesday's protests" joins the day's protest, not
    the report of who mobilized it."""
    ghonim = article(
        "Ghonim said he and a group of activists helped mobilize the first protest on January"
        " 25th, which touched off a popular revolution.",
        "2011-02-08",
        "a",
    )
    passing = article(
        "One protester arrested in Tuesday's demonstrations told CNN that his glasses were"
        " smashed by police.",
        "2011-01-27",
        "b",
    )
    events = build_events([ghonim, passing]).events
    mobilized = next(e for e in events if "mobilize" in e.title)
    assert [s.article for s in mobilized.sources] == ["a"]
    assert told_kinds("Egypt's Interior Ministry forbade protests") == frozenset()
    assert told_kinds("Protesters gathered in Tahrir Square") == frozenset({"protest"})


@pytest.mark.parametrize(
    ("text", "published", "dated"),
    [
        # the death was earlier this week; Tuesday is the officials' saying it
        (
            "HOUSTON (Reuters) - A Texas woman with the new H1N1 swine flu died earlier this week,"
            " state health officials said on Tuesday, the second death outside of Mexico.",
            "2009-05-05",
            set(),
        ),
        # a week in an opening clause of what else happened dates nothing of the title
        (
            "As they had done earlier this week, thousands of protesters hit the streets of"
            " Egypt's major cities on Friday.",
            "2011-01-28",
            {"2011-01-28"},
        ),
        # the date is a happening's own, not a report's
        (
            "The deadline was last week, extended to Monday and then tomorrow.",
            "2005-08-24",
            {"2005-08-22"},
        ),
        # "now" is no week
        (
            "UN humanitarian chief John Holmes told reporters on Monday that there were now 43"
            " search and rescue teams on the ground, with 1,700 people involved.",
            "2010-01-19",
            {"2010-01-18"},
        ),
    ],
)
def test_a_happening_of_a_week_is_not_dated_by_its_report(
    text: str, published: str, dated: set[str]
) -> None:
    assert {e.date.edtf() for e in build_events([article(text, published)]).events} == dated
