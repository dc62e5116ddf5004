"""Reports that give one count differently are two statements, not one happening told twice;
reports that share only who told them ("…, a government official told CNN Friday") tell two
happenings (sentences of the shared news topics, by shape)."""

from __future__ import annotations

import pytest

from generator.ingest import build_events
from generator.ingest.figures import counts_differ, figures
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
