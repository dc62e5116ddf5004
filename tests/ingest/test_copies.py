"""Copies of one sentence across articles (a story republished, a live page saved on other
days) agree on its date: the one most of them give."""

from __future__ import annotations

from generator.ingest import build_events
from generator.ingest.extract import extract_mentions
from generator.ingest.pipeline import agree_on_copies
from tests.ingest.articles import article

SAID = (
    "President Ana Ruiz called on the authorities Friday to refrain from violence and to "
    "restore access to the internet across the country."
)


def test_copies_of_a_sentence_take_the_date_most_of_them_give() -> None:
    # two copies written on Saturday 29 January read "Friday" as the 28th; one saved on
    # a later day (a live page republished) reads it as 4 February
    copies = [
        article(SAID, "2011-01-29", "a"),
        article(SAID, "2011-01-29", "b"),
        article(SAID, "2011-02-05", "c"),
    ]
    mentions = [m for a in copies for m in extract_mentions(a)]
    assert sorted(m.date.edtf() for m in mentions) == ["2011-01-28", "2011-01-28", "2011-02-04"]
    assert {m.date.edtf() for m in agree_on_copies(mentions)} == {"2011-01-28"}
    events = build_events(copies).events
    assert [(e.date.edtf(), len(e.sources)) for e in events] == [("2011-01-28", 3)]


def test_a_tie_between_copies_changes_no_date() -> None:
    copies = [article(SAID, "2011-01-29", "a"), article(SAID, "2011-02-05", "c")]
    mentions = [m for a in copies for m in extract_mentions(a)]
    assert agree_on_copies(mentions) == mentions
