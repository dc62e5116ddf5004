"""Confidence of events: the formula, its reasons, its monotonicity, and the seeds."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.dates import PartialDate
from generator.ingest import build_events, read_articles, score_confidence
from generator.ingest.confidence import (
    CLOCK_ONLY,
    _title_score,
    title_doubts,
)
from generator.ingest.title_checks import PRESENT
from generator.ingest.voice import FIRST_PERSON_PAGES
from generator.ingest.widgets import BOILERPLATE_MARKERS, boilerplate_marker
from generator.models import DEFAULT_MIN_CONFIDENCE, FIRST_PERSON, Event, SourceRef
from tests.conftest import SEEDS

GOOD_TITLE = "Trump and Petro meet at the White House"
CLEAN = "President Trump and President Petro met at the White House on Tuesday."


@dataclass(frozen=True)
class _Article:
    id: str
    outlet: str | None = None
    published: PartialDate | None = None
    voice: str | None = None


def _event(
    date: str = "2026-02-03", title: str = GOOD_TITLE, quotes: tuple[tuple[str, str], ...] = ()
) -> Event:
    return Event(
        id="e",
        title=title,
        date=PartialDate.parse(date),
        sources=[SourceRef(article, quote) for article, quote in quotes],
    )


def test_one_clean_source_on_a_day_under_a_headline() -> None:
    found = score_confidence(_event(quotes=(("a", CLEAN),)))
    assert found.value == 0.6
    assert found.reasons == ("one source",)


def test_independent_sources_raise_it_and_one_outlet_counts_less() -> None:
    two = _event(quotes=(("a", CLEAN), ("b", CLEAN)))
    independent = score_confidence(two)
    assert independent.value == 0.84
    assert independent.reasons == ()
    same_outlet = score_confidence(two, [_Article("a", "CNN"), _Article("b", "CNN")])
    assert 0.6 < same_outlet.value < independent.value
    assert same_outlet.reasons == ("one outlet (2 articles from CNN)",)
    # two quotes from the same article are one source
    assert score_confidence(_event(quotes=(("a", CLEAN), ("a", CLEAN + " Again.")))).value == 0.6


@pytest.mark.parametrize(
    ("date", "reason"),
    [
        ("2026-02-03T11:00", None),
        ("2026-02", "date known only to the month"),
        ("2026", "date known only to the year"),
        ("199X", "date known only to the decade"),
    ],
)
def test_a_vaguer_date_lowers_it_and_says_so(date: str, reason: str | None) -> None:
    found = score_confidence(_event(date, quotes=(("a", CLEAN),)))
    assert found.value <= 0.6
    assert found.reasons == ("one source", *([reason] if reason else []))
    approximate = score_confidence(_event(f"{date[:7]}~", quotes=(("a", CLEAN),)))
    assert "date is approximate" in approximate.reasons
    assert approximate.value < score_confidence(_event(date[:7], quotes=(("a", CLEAN),))).value


@pytest.mark.parametrize(
    ("title", "doubt"),
    [
        ("Petro demobilised", "title is not a headline (2 words)"),
        (" ".join(["word"] * 19), "title is not a headline (19 words)"),
        ("The minister said she would travel to", "title breaks off after 'to'"),
        ("Trump told reporters that he said", "title breaks off after 'said'"),
        (
            "The relationship between the two men will continue to be explored, especially",
            "title breaks off after 'especially'",
        ),
        ("CNN's Anderson Cooper tweeted", "title breaks off after 'tweeted'"),
        ("PROTESTERS FILL TAHRIR SQUARE IN CAIRO", "title is in capitals"),
        ('the minister said "we will never leave the square', "title is a fragment of a quote"),
        (
            ")) Egyptian opposition leader placed under house arrest",
            "title is a fragment of a quote",
        ),
        (
            "She is one of the most prominent critics",
            "title is broken: it does not say who ('She')",
        ),
        (
            "The man was diagnosed after arriving at the airport",
            "title is broken: it does not say who or what ('The man')",
        ),
        (
            "Was the day American troops took the city",
            "title is broken: it does not say who ('Was')",
        ),
        (
            "When George Bush became president of the country",
            "title is broken: it is a clause, not a sentence ('When')",
        ),
        (
            "Such fears increased after the first deaths",
            "title is broken: it does not say who or what ('Such fears')",
        ),
    ],
)
def test_titles_unlike_headlines_are_doubted(title: str, doubt: str) -> None:
    assert doubt in title_doubts(title)
    found = score_confidence(_event(title=title, quotes=(("a", CLEAN),)))
    assert doubt in found.reasons
    assert found.value < 0.6


@pytest.mark.parametrize(
    "title",
    [
        GOOD_TITLE,
        "Petro’s term ends",
        "Trump called Petro an “illegal drug leader” though he provided no evidence",
        "The U.N. Security Council meets on Egypt",
    ],
)
def test_headlines_are_not_doubted(title: str) -> None:
    assert [d for d in _title_score(title, "scheduled")[1] if "words" not in d] == []


def test_the_present_tense_is_doubted_only_for_what_occurred() -> None:
    """ "The U.N. Security Council meets on Egypt" lists a meeting to come; told of one
    that occurred, the present is a caption's ("A demonstrator stands behind barricades")."""
    title = "The U.N. Security Council meets on Egypt"
    assert _title_score(title, "occurred")[1] == [PRESENT]
    assert _title_score(title, "scheduled")[1] == []


@pytest.mark.parametrize(
    ("title", "quote", "whole"),
    [
        (
            "Another soldier was killed in Ramadi, adding to the 21",
            "Another soldier was killed in Ramadi, adding to the 21 British soldiers killed.",
            False,
        ),
        (
            "The survey says the fault has been the likely source",
            "The survey says the fault has been the likely source of the quake.",
            False,
        ),
        # a noun whose "on" phrase says what it is about (round 45's h1n1 judge)
        (
            "Health negotiators from rich and poor countries failed to clinch a full deal",
            "Health negotiators from rich and poor countries failed to clinch a full deal on "
            "virus sharing to produce vaccines.",
            False,
        ),
        (
            "Using a new tracking tool, search engine giant Google said it saw a spike",
            "Using a new tracking tool, search engine giant Google said it saw a spike in "
            "searches for flu symptoms.",
            False,
        ),
        (
            "An EU meeting will discuss possible travel restrictions",
            "An EU meeting will discuss possible travel restrictions on Thursday, she added.",
            True,
        ),
        # a thing named without a verb is whole before its verb
        (
            "Upcoming presidential election in Chile",
            "The upcoming May 31 presidential election in Chile will be a test.",
            True,
        ),
        # what follows is punctuation, an adjunct, the left-out date or the quote's end
        (
            "A school closed after students fell ill",
            "A school closed on Monday after students fell ill.",
            True,
        ),
        ("The army was deployed", "The army was deployed, officials said.", True),
        ("The army was deployed", "The army was deployed in Cairo.", True),
        ("Mubarak will address the nation", "Mubarak will address the nation Tuesday.", True),
        # a title whose end no quote holds is not judged
        ("Ruiz mooted a snap election", "Chilean President Ana Ruiz mooted it.", True),
    ],
)
def test_a_title_that_stops_mid_phrase_is_broken(title: str, quote: str, whole: bool) -> None:
    found = score_confidence(_event(title=title, quotes=(("a", quote),)))
    cut = [r for r in found.reasons if "stops mid-phrase" in r]
    assert (not cut) == whole, found.reasons
    if not whole:
        assert found.value < DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("quote", "kind", "marker"),
    [
        ("February 11, 2011 at 11:43 pm | Reply Anderson, I agree.", "a reader comment", "| Reply"),
        ("Posted by Sam on 3 March: the protest went on.", "a reader comment", "Posted by"),
        ("RETWEET the march began on Tuesday", "an embedded post", "RETWEET"),
        ("Crowds in Tahrir on Friday, via @ghonim", "an embedded post", "@ghonim"),
        ("Crowds in Tahrir on Friday pic.twitter.com/x1", "an embedded post", "pic.twitter.com"),
        ("Pray for #Egypt on Friday, he wrote", "an embedded post", "#Egypt"),
        ("(Updated 10:04 a.m.) Troops arrived on Friday.", "page furniture", "Updated 10:04"),
        (
            "January 30th, 2011 12:47 pm ET Americas puppet dictator will not survive.",
            "a reader comment",
            "January 30th, 2011 12:47 pm",
        ),
    ],
)
def test_boilerplate_in_quotes_is_named(quote: str, kind: str, marker: str) -> None:
    assert boilerplate_marker(quote) == (kind, marker)
    found = score_confidence(_event(quotes=(("a", quote),)))
    assert f"quote looks like {kind} ({marker!r})" in found.reasons
    assert found.value < DEFAULT_MIN_CONFIDENCE  # one such source is not enough


@pytest.mark.parametrize(
    "quote",
    [
        CLEAN,
        "Write to press@example.org before 6:17 pm on Friday.",
        "The quake struck at 6:17 pm on Tuesday, officials said.",
        "Updated figures were released on 12 March.",
    ],
)
def test_ordinary_sentences_are_not_boilerplate(quote: str) -> None:
    assert boilerplate_marker(quote) is None, [p.pattern for _, p in BOILERPLATE_MARKERS]


def test_a_clean_source_outweighs_a_comment_source() -> None:
    comment = ("a", "June 1, 2011 at 6:17 pm | Reply I was there on Tuesday.")
    alone = score_confidence(_event(quotes=(comment,))).value
    both = score_confidence(_event(quotes=(comment, ("b", CLEAN)))).value
    assert alone < DEFAULT_MIN_CONFIDENCE < both


def test_no_sources_no_confidence() -> None:
    found = score_confidence(_event())
    assert found.value == 0.0
    assert found.reasons == ("no sources",)


_QUOTES = st.sampled_from(
    [CLEAN, "June 1, 2011 at 6:17 pm | Reply I was there.", "RETWEET the march", "Another."]
)
_SOURCES = st.lists(
    st.tuples(st.sampled_from(["a", "b", "c", "d"]), _QUOTES), min_size=0, max_size=6
)
_OUTLETS = st.dictionaries(
    st.sampled_from(["a", "b", "c", "d", "e"]), st.sampled_from(["CNN", "BBC", None])
)
_DATES = st.sampled_from(["199X", "2026", "2026-02", "2026-02-03", "2026-02-03T11:00", "2026-02~"])
_TITLES = st.sampled_from(
    [GOOD_TITLE, "Petro demobilised", "She said", "PROTESTS", "Trump and Petro meet at the"]
)


@given(_SOURCES, _QUOTES, st.sampled_from(["a", "b", "e"]), _OUTLETS, _DATES, _TITLES)
def test_more_evidence_never_lowers_it(
    sources: list[tuple[str, str]],
    quote: str,
    article: str,
    outlets: dict[str, str | None],
    date: str,
    title: str,
) -> None:
    articles = [_Article(a, o) for a, o in outlets.items()]
    event = _event(date, title, tuple(sources))
    before = score_confidence(event, articles).value
    assert 0 <= before <= 1
    more = replace(event, sources=[*event.sources, SourceRef(article, quote)])
    assert score_confidence(more, articles).value >= before
    if event.date.precision < PartialDate.parse("2026-02-03").precision:
        sharper = replace(event, date=PartialDate.parse("2026-02-03"))
        assert score_confidence(sharper, articles).value >= before
    better = replace(event, title=GOOD_TITLE)
    assert score_confidence(better, articles).value >= before


def test_every_seed_event_has_a_confidence_above_the_default_threshold() -> None:
    """The seeds' events (the 11 the ingest tests expect among them) are all published."""
    built = build_events(list(read_articles([SEEDS])))
    assert built.events
    for event in built.events:
        assert event.confidence is not None
        assert event.confidence == score_confidence(event, built.articles).value
        assert not event.held_back(DEFAULT_MIN_CONFIDENCE), (event.title, event.confidence)


def test_an_event_told_only_by_first_person_pages_is_held_back() -> None:
    """A column's or a blog's events (its writer speaking as "I" and "we") were judged
    headlines a third as often as reports' (rounds 27-33): told only there, an event waits
    for review; one report beside the column is enough."""
    column = _Article("a", "Paper", voice=FIRST_PERSON)
    alone = score_confidence(_event(quotes=(("a", CLEAN),)), [column])
    assert alone.value < DEFAULT_MIN_CONFIDENCE
    assert FIRST_PERSON_PAGES in alone.reasons
    report = _Article("b", "Wire")
    both = score_confidence(_event(quotes=(("a", CLEAN), ("b", CLEAN))), [column, report])
    assert both.value == 0.84
    assert FIRST_PERSON_PAGES not in both.reasons


def test_a_clock_time_alone_is_doubted() -> None:
    """ "Fredo Dupoux posted one of the first tweets at 17:00 local time" in a page of ten days
    later was dated the page's day: a clock time gives no day of its own."""
    clock = _event("2026-02-03T17:00", quotes=(("a", CLEAN),))
    clock = replace(
        clock,
        sources=[
            replace(s, date_rule="time, time of day, anchor dct 2026-02-03") for s in clock.sources
        ],
    )
    assert CLOCK_ONLY in score_confidence(clock).reasons
    dated = replace(
        clock,
        sources=[
            *clock.sources,
            SourceRef("b", CLEAN, date_rule="weekday, weekday, same day, anchor dct 2026-02-03"),
        ],
    )
    assert CLOCK_ONLY not in score_confidence(dated).reasons  # another report gives the day
