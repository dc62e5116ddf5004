"""A title's bare "the virus" named as its article names it in full ("the H1N1 virus"),
only when the article names it one way, and never changing which reports merge (sentences
and pages of the shared news topics, by shape)."""

from __future__ import annotations

import pytest

from generator.ingest import build_events
from generator.ingest.definites import article_namings, fuller_forms, specific_title, story_forms
from tests.conftest import SHARED_DATA
from tests.ingest.articles import article, corpus_events

GUARDIAN = SHARED_DATA / "t17" / "h1n1" / "guardian" / "articles.jsonl"
HAITI = SHARED_DATA / "t17" / "haiti" / "bbc" / "articles.jsonl"

FLU_PAGE = (
    "Mexico has confirmed 26 deaths from the H1N1 virus, the health ministry said.\n"
    "Cuba and Thailand yesterday confirmed their first case of the virus, officials said.\n"
    "The virus has spread to 29 countries."
)
"""A page that names the virus in full once, then by its noun alone."""


def _specific(title: str, text: str) -> str:
    return specific_title(title, fuller_forms(title, text))


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # names before the noun: a code, a place, a compound ending in the noun
        (
            "Cuba and Thailand confirmed their first case of the virus",
            FLU_PAGE,
            "Cuba and Thailand confirmed their first case of the H1N1 virus",
        ),
        (
            "As many as 200,000 people were killed and two million made homeless by the quake",
            "The Haiti earthquake struck on Tuesday afternoon. Aid has begun to arrive.",
            "As many as 200,000 people were killed and two million made homeless by the"
            " Haiti quake",
        ),
        # "new" goes with the noun it stands before
        (
            "Francisco Duque said the Filipina had showed signs of the new flu",
            "The woman tested positive for the H1N1 flu on Monday, the ministry said.",
            "Francisco Duque said the Filipina had showed signs of the H1N1 flu",
        ),
        # a name set off by commas, and its possessive
        (
            "Haitian-born rapper Wyclef Jean arrived in the capital",
            "Thousands left the capital, Port-au-Prince, for the countryside.",
            "Haitian-born rapper Wyclef Jean arrived in Port-au-Prince",
        ),
        (
            "Aid piled up at the capital's airport",
            "Thousands left the capital, Port-au-Prince, for the countryside.",
            "Aid piled up at Port-au-Prince's airport",
        ),
        # a place after "in" the article gives twice
        (
            "A CNN crew working to cover the clashes felt the wrath of Egypt's police",
            "There were clashes in Cairo on Friday. Witnesses said the clashes in Cairo grew.",
            "A CNN crew working to cover the clashes in Cairo felt the wrath of Egypt's police",
        ),
        # a name's possessive before the noun stands for "the"
        (
            "White House spokesman Robert Gibbs told reporters the speech would be delivered",
            "Aides have worked for weeks on Obama's speech, officials said.",
            "White House spokesman Robert Gibbs told reporters Obama's speech would be delivered",
        ),
    ],
)
def test_a_bare_noun_is_named_as_its_article_names_it(title: str, text: str, expected: str) -> None:
    assert _specific(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the article names the noun two ways about as often: it says neither
        (
            "Sudan got a taste of the protests",
            "The Tunisian protests toppled a president, and Facebook-organized protests spread.",
        ),
        # a place after "in" once is no name: the infection was the man's, not Mexico's
        (
            "A 37-year-old man was admitted to the Victoria Infirmary with the infection",
            "Most cases trace back to the infection in Mexico.",
        ),
        # the noun is part of a longer one, or of a name
        (
            "The military opened a hearing",
            "The hearing is held at the Fort Hood, Texas military base.",
        ),
        (
            "The school will close",
            "The child is a pupil at Verwood Church of England First School.",
        ),
        # a capital that opens a sentence or a quote says nothing
        (
            "The storm is expected to hit the East Coast",
            "Most popular stories: ` Dangerous storm ' to rip through Midwest.",
        ),
        # the title goes on to say which one
        (
            "Airline stocks fell on concerns about the outbreak that began in Mexico",
            "The SARS outbreak of 2003 hit airlines hard.",
        ),
        # an office: in a page of several countries, the one named most may not be it
        (
            "The president ordered the release of journalist Abdul Elah Haidar Shaye",
            "Protests forced Tunisia's president to flee.",
        ),
        # a name after a phrase that hangs on another noun may be that noun's
        (
            "The head of the US operation at the airport said there had been 600 landings",
            "The head of the US operation at the airport, Col Buck Elton, said so.",
        ),
    ],
)
def test_a_bare_noun_stays_when_the_article_does_not_say_which(title: str, text: str) -> None:
    assert _specific(title, text) == title


def test_a_rewritten_title_keeps_what_it_can_and_the_length_of_a_headline() -> None:
    forms = fuller_forms("Cuba confirmed its first case of the virus", FLU_PAGE)
    assert forms == (("the virus", "the H1N1 virus"),)
    # a later step rewrote the phrase: nothing to make full
    assert specific_title("Cuba confirmed a case", forms) == "Cuba confirmed a case"
    long = (
        "Officials in the western province of Alberta said eleven more people on two farms"
        " had been tested for the virus"
    )
    long_forms = fuller_forms(long, FLU_PAGE)
    assert long_forms and specific_title(long, long_forms) == long  # 19 words: no room


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Switzerland confirmed its first case in a man returning from Mexico",
            "Switzerland confirmed its first case of the H1N1 virus in a man returning from Mexico",
        ),
        (
            "The CDC reported 2,254 confirmed cases",
            "The CDC reported 2,254 confirmed cases of the H1N1 virus",
        ),
        (
            "Europe suffered its first death after a patient died in Scotland",
            "Europe suffered its first death from the H1N1 virus after a patient died in Scotland",
        ),
        # the count says of what already, or is another noun's
        (
            "Cuba confirmed its first case of swine flu",
            "Cuba confirmed its first case of swine flu",
        ),
        ("Mexico revised its suspected death toll", "Mexico revised its suspected death toll"),
    ],
)
def test_a_count_of_cases_names_the_illness_its_page_names(title: str, expected: str) -> None:
    assert _specific(title, FLU_PAGE) == expected
    assert _specific(title, "Officials counted cases at the school.") == title  # names none


def test_ingest_titles_an_event_with_the_fuller_form_and_merges_as_before() -> None:
    """Two pages: the event's title names the virus as its page does; the mentions merge by
    the sentence's own words (the second page says "the virus" too)."""
    first = article(FLU_PAGE, "2009-05-13", "a")
    second = article(
        "Cuba and Thailand confirmed their first case of the virus on Tuesday.", "2009-05-13", "b"
    )
    events = build_events([first, second]).events
    case = next(e for e in events if "first case" in e.title)
    assert case.title == "Cuba and Thailand confirmed their first case of the H1N1 virus"
    assert "first-case-of-the-h1n1" in case.id
    assert {ref.article for ref in case.sources} == {"a", "b"}


@pytest.mark.skipif(not GUARDIAN.exists(), reason="no shared h1n1/guardian corpus here")
def test_a_shared_page_names_the_virus_in_its_event_title() -> None:
    titles = {e.title for e in corpus_events(GUARDIAN)}
    assert "Cuba and Thailand confirmed their first case of the H1N1 virus" in titles
    assert "Cuba and Thailand confirmed their first case of the virus" not in titles


@pytest.mark.skipif(not HAITI.exists(), reason="no shared haiti/bbc corpus here")
def test_the_quake_is_one_event_however_its_pages_name_it() -> None:
    """Naming "the quake" in full must not split the day's main event: its reports merge as
    the sentences say them."""
    events = corpus_events(HAITI)
    top = max(events, key=lambda e: len(e.sources))
    assert top.date.edtf() == "2010-01-12"
    assert len(top.sources) >= 20


def test_a_page_that_never_names_the_noun_takes_the_storys_form() -> None:
    """Three pages say "the H1N1 virus"; a fourth says "H1N1" but only "the virus": its event
    takes the story's form. A page that never says "H1N1" keeps "the virus"."""
    named = [
        article(
            f"Officials in {place} said the H1N1 virus had spread on Monday.\n"
            f"The H1N1 virus is a new strain, doctors in {place} said.",
            "2009-05-13",
            place.lower(),
        )
        for place in ("Peru", "Chile", "Spain")
    ]
    bare = article(
        "Cuba confirmed its first case of the virus on Tuesday.\nTests showed it was H1N1.",
        "2009-05-13",
        "cuba",
    )
    other = article(
        "Ghana closed its schools because of the virus on Wednesday.\nTests are continuing.",
        "2009-05-14",
        "ghana",
    )
    titles = {e.sources[0].article: e.title for e in build_events([*named, bare, other]).events}
    assert titles["cuba"] == "Cuba confirmed its first case of the H1N1 virus"
    assert titles["ghana"] == "Ghana closed its schools because of the virus"


def test_the_story_gives_no_form_that_too_few_pages_or_no_majority_give() -> None:
    assert story_forms([(("virus", "H1N1"),)] * 2) == {}  # two pages are too few
    votes = [(("virus", "H1N1"),)] * 3 + [(("virus", "SARS"),)] * 2 + [(("virus", ""),)]
    assert story_forms(votes) == {}  # three of six: no two-thirds
    assert story_forms([(("virus", "H1N1"),)] * 3 + [(("virus", "SARS"),)]) == {"virus": "H1N1"}


def test_an_article_names_a_noun_by_the_names_before_it() -> None:
    paragraphs = [
        "The H1N1 virus spread, and the Obama administration said it was mild.",
        "Deadly virus hits town. A SARS virus was found in 2003 by the WHO.",
    ]
    assert article_namings(paragraphs) == (("administration", "Obama"), ("virus", ""))
