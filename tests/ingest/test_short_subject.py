"""A subject said shorter (a body by its initials, a person without their office) when the
whole clause then fits a headline and the full one would be cut before what its verb needs
(real sentences of the shared news topics)."""

from __future__ import annotations

import pytest

from generator.ingest.confidence import is_broken_doubt, title_doubts
from generator.ingest.headline import make_headline
from generator.ingest.short_subject import shorter_subject


@pytest.mark.parametrize(
    ("sentence", "date_text", "title"),
    [
        # a body by the initials the sentence gives it; "the day before" is when, no cut
        (
            "The US Agency for International Development (USAID) said on Monday that American"
            " teams had pulled 10 people alive from the rubble the day before.",
            "on Monday",
            "USAID said that American teams had pulled 10 people alive from the rubble the day"
            " before",
        ),
        # a person without their office: the place the cut lost comes back
        (
            "At a Pentagon briefing earlier in the day, Marine Corps Commandant General James"
            " Conway said the ill Marine at Twentynine Palms had not been to Mexico, where as many"
            " as 159 deaths have been attributed to the virus.",
            "earlier in the day",
            "James Conway said the ill Marine at Twentynine Palms had not been to Mexico",
        ),
        (
            "Mexican Finance Minister Agustin Carstens said the outbreak could knock as much as"
            " half a percentage point off growth this year.",
            "this year",
            "Agustin Carstens said the outbreak could knock as much as half a percentage point"
            " off growth",
        ),
    ],
)
def test_a_shorter_subject_lets_the_clause_fit(sentence: str, date_text: str, title: str) -> None:
    assert make_headline(sentence, date_text) == title
    assert not any(is_broken_doubt(d) or "breaks off" in d for d in title_doubts(title))


@pytest.mark.parametrize(
    ("sentence", "date_text", "title"),
    [
        # the cut only leaves a place, a time or a second clause out: the office stays
        (
            "WASHINGTON (Reuters) - Former Kansas Governor Kathleen Sebelius was sworn in as U.S."
            " health secretary on Tuesday in an Oval Office ceremony attended by President Barack"
            " Obama just hours after the Senate confirmed her nomination.",
            "on Tuesday",
            "Former Kansas Governor Kathleen Sebelius was sworn in as U.S. health secretary",
        ),
        (
            "Eton College in Berkshire was closed on Thursday for a week after a 13-year-old pupil"
            " was diagnosed with swine flu.",
            "on Thursday",
            "Eton College in Berkshire was closed for a week",
        ),
        # the whole clause is too long even so: the sentence is cut as before
        (
            "UN Secretary General Ban Ki-moon said on Monday he would recommend that the UN"
            " Security Council boost police and troop numbers in Haiti by 3,500.",
            "on Monday",
            "UN Secretary General Ban Ki-moon said he would recommend that the UN Security"
            " Council boost police",
        ),
    ],
)
def test_the_subject_stays_whole_when_shortening_it_gains_nothing(
    sentence: str, date_text: str, title: str
) -> None:
    assert make_headline(sentence, date_text) == title


@pytest.mark.parametrize(
    ("text", "shorter"),
    [
        ("UN Secretary General Ban Ki-moon said he would", "Ban Ki-moon said he would"),
        ("New York City mayor Michael Bloomberg said that", "Michael Bloomberg said that"),
        ("Health Secretary Jose Angel Cordova announced", "Jose Angel Cordova announced"),
        # a body's name has no office to drop; initials that name another thing stay
        (
            "The World Health Organization said it would",
            "The World Health Organization said it would",
        ),
        (
            "The Centers for Disease Control and Prevention (CDC) CDC H1N1 Flu website has",
            "The Centers for Disease Control and Prevention (CDC) CDC H1N1 Flu website has",
        ),
        ("Ana Ruiz said she would", "Ana Ruiz said she would"),
    ],
)
def test_shorter_subject(text: str, shorter: str) -> None:
    assert shorter_subject(text) == shorter


def test_an_organisation_in_capitals_opens_a_headline() -> None:
    """ "WHO said …" is the organisation, not a clause that opens on "who"."""
    assert title_doubts("WHO said its laboratories had identified 985 H1N1 infections") == []
    assert "title is a fragment of a quote" in title_doubts("Who said it was over and done")
