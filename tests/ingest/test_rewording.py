"""One happening told in other words on the same day is one event."""

from __future__ import annotations

from generator.dates import PartialDate
from generator.ingest import build_events
from generator.ingest.rewording import disaster_named, join_rewordings, same_happening, told
from tests.ingest.articles import article


def test_a_title_says_who_did_what_when_its_subject_is_a_name() -> None:
    said = told("Michael Jackson died from an overdose", frozenset(), str)
    assert said is not None and said.subject == {"michael", "jackson"} and said.verb == "died"
    pleaded = told("Murray has pleaded not guilty", frozenset(), str)
    assert pleaded is not None and pleaded.verb == "pleaded"
    assert told("The star died at his home", frozenset(), str) is None  # not a name
    assert told("He said the star had a pulse", frozenset(), str) is None  # a pronoun


def test_the_same_name_and_verb_on_one_day_are_one_event() -> None:
    events = build_events(
        [
            article("Ghonim was freed on Monday after being held for 10 days.", "2011-02-08", "a"),
            article(
                "Ghonim was freed by the authorities on Monday, his family said.", "2011-02-09", "b"
            ),
            article("Ghonim was freed in Cairo on Monday, officials said.", "2011-02-08", "c"),
        ]
    ).events
    freed = [e for e in events if "freed" in e.title]
    assert len(freed) == 1, [(e.title, e.date.edtf()) for e in events]
    assert len({s.article for s in freed[0].sources}) == 3


def test_other_names_or_other_places_keep_the_same_verb_apart() -> None:
    ruiz = told("Ana Ruiz resigned", frozenset({"lima"}), str)
    pena = told("Pedro Pena resigned", frozenset({"lima"}), str)
    elsewhere = told("Ruiz resigned", frozenset({"quito"}), str)
    unplaced = told("Ruiz resigned", frozenset(), str)
    assert ruiz and pena and elsewhere and unplaced
    assert not same_happening(ruiz, pena)  # another name
    assert not same_happening(ruiz, elsewhere)  # both name places, none shared
    assert same_happening(ruiz, unplaced)  # one names no place: no conflict


def test_a_disaster_named_striking_is_one_event_a_day() -> None:
    assert disaster_named("The 7.0-magnitude quake, the worst in two centuries, struck") == (
        "earthquake"
    )
    assert disaster_named("Haiti was hit by a massive earthquake") == "earthquake"
    assert disaster_named("Rescuers searched for people missing since the quake") is None
    assert disaster_named("Brown led the Hurricane Katrina relief effort") is None
    events = build_events(
        [
            article(
                "Haiti was hit on Tuesday by a massive earthquake, officials in Port-au-Prince "
                "said.",
                "2010-01-13",
                "a",
            ),
            article(
                "The tremor, the worst in two centuries, struck the capital on Tuesday.",
                "2010-01-13",
                "b",
            ),
            article(
                "Rescuers searched for people missing since Tuesday's quake in the capital.",
                "2010-01-14",
                "c",
            ),
        ]
    ).events
    struck = [e for e in events if disaster_named(e.title)]
    assert len(struck) == 1, [(e.title, e.date.edtf()) for e in events]
    assert {s.article for s in struck[0].sources} >= {"a", "b"}  # told in other words


def test_a_happening_dated_to_its_month_joins_its_one_day() -> None:
    events = build_events(
        [
            article(
                "Jackson died on Thursday at his rented mansion in Holmby Hills, paramedics said.",
                "2009-06-26",
                "a",
            ),
            article(
                "Fans across the world mourned the singer. Jackson died in June aged 50 after a "
                "cardiac arrest, the coroner ruled.",
                "2009-08-28",
                "b",
            ),
            article("Murray said on Friday that he had done nothing wrong.", "2009-06-27", "c"),
            article("Murray said in June that he would speak to police.", "2009-07-20", "d"),
        ]
    ).events
    died = [e for e in events if "died" in e.title]
    assert len(died) == 1, [(e.title, e.date.edtf()) for e in events]
    assert died[0].date.edtf() == "2009-06-25" and {s.article for s in died[0].sources} == {
        "a",
        "b",
    }
    said = [e for e in events if "Murray said" in e.title]
    assert len(said) == 2  # one says many things in a month: not joined


def test_a_month_or_year_joins_the_one_day_inside_it_that_tells_it() -> None:
    """Only the days inside the coarse date's period count: a matching day in another
    month (or year) neither takes it nor makes the choice ambiguous."""
    resigned = told("Ana Ruiz resigned", frozenset(), str)
    assert resigned is not None
    dates = {
        "march 3": PartialDate(2024, 3, 3),
        "may 9": PartialDate(2024, 5, 9),
        "last year's": PartialDate(2023, 5, 20),
        "in may": PartialDate(2024, 5),
        "in 2023": PartialDate(2023),
        "in 2024": PartialDate(2024),
    }
    joined: list[tuple[str, str]] = []
    kept = join_rewordings(
        list(dates),
        lambda cluster: resigned,
        dates.__getitem__,
        lambda into, cluster: joined.append((into, cluster)),
    )
    assert joined == [("may 9", "in may"), ("last year's", "in 2023")]
    # two days of 2024 tell it: which one "in 2024" means is not known
    assert kept == ["march 3", "may 9", "last year's", "in 2024"]
