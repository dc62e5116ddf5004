"""Titles that keep the parts of their sentence a reader needs: who (with the role that
names them), what, and what a noun or a name needs after it; and titles that tell a state or
stop where the sentence's phrase goes on are doubted (real sentences of the shared news
topics, by shape)."""

from __future__ import annotations

import pytest

from generator.ingest.confidence import title_doubts
from generator.ingest.headline import make_headline
from generator.ingest.names import full_names, shorten_names, with_full_name
from generator.ingest.title_cuts import stopped_mid_phrase
from generator.ingest.title_finish import finish


@pytest.mark.parametrize(
    ("sentence", "date_text", "title"),
    [
        # a name's apposition, and that apposition's own: the name and its verb are left
        (
            "Richard Morse, a musician who runs the Oloffson Hotel, an iconic building made"
            " famous as the Trianon in Graham Greene's novel The Comedians, reported on"
            " 12 January that his hotel was still standing.",
            "on 12 January",
            "Richard Morse reported that his hotel was still standing",
        ),
        # a named source with who they are, at the sentence's end, goes whole
        (
            'Friday night, a group of "criminals" entered the Cairo Museum using a fire'
            " department staircase, Zahi Hawass, secretary-general of the Supreme Council of"
            " Antiquities, told CNN early Sunday.",
            "Friday night",
            'A group of "criminals" entered the Cairo Museum using a fire department staircase',
        ),
        # a subject of a bare noun and its place keeps the noun
        (
            "Video from Sinai on Thursday showed a protester being shot after the person picks"
            " up a rock.",
            "on Thursday",
            "Video from Sinai showed a protester being shot after the person picks up a rock",
        ),
        # a number is no place: "Half of 2,000 Britons" stays the subject of its clause
        (
            "Half of 2,000 Britons surveyed yesterday said they believe the government"
            " over-hyped the threat of swine flu, and are now less worried about it spreading.",
            "yesterday",
            "Half of 2,000 Britons surveyed said they believe the government over-hyped the"
            " threat of swine flu",
        ),
    ],
)
def test_titles_keep_who_and_what(sentence: str, date_text: str, title: str) -> None:
    assert make_headline(sentence, date_text) == title


def test_a_headline_drops_a_sayings_that_when_that_lets_the_whole_clause_fit() -> None:
    long = (
        "The US Agency for International Development said that American rescue teams had pulled"
        " 10 people alive from the rubble"
    )
    assert finish(long) == long.replace("said that", "said")
    short = "Barack Obama noted that Hosni Mubarak has been helpful"
    assert finish(short) == short  # short enough: the sentence's own words
    too_long = (
        "Army investigators said that Major Nidal Hasan had 177 rounds left when he was"
        " subdued by police officers at the base in Texas"
    )
    assert "said Major" not in finish(too_long)  # cut anyway: the sentence's own words


def test_a_dash_before_a_second_sentence_ends_the_title() -> None:
    assert (
        finish(
            "Ben Ali visited Mohamed Bouazizi's hospital bedside -- the college graduate lived"
            " for three weeks"
        )
        == "Ben Ali visited Mohamed Bouazizi's hospital bedside"
    )
    appositive = (
        "Puerto Rico reported its first confirmed case of H1N1 swine flu -- a 39-year-old man"
    )
    assert finish(appositive) == appositive  # who the case is, no sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun before a role in lower case is part of the title
        (
            "White House national security spokesman Tommy Vietor said",
            "White House national security spokesman Tommy Vietor said",
        ),
        (
            "Margaret Scobey met with opposition leader Mohamed ElBaradei",
            "Margaret Scobey met with opposition leader Mohamed ElBaradei",
        ),
        # a verb's object, a new phrase or a glued sentence is not
        (
            "CIA Director Leon Panetta said he assumes Egyptian President Hosni Mubarak",
            "CIA Director Leon Panetta said he assumes Hosni Mubarak",
        ),
        ("(CNN) - President Barack Obama spoke", "(CNN) - Barack Obama spoke"),
        (
            "not new flu U.S. Secretary of State Hillary Clinton has twice been to Mexico",
            "not new flu Hillary Clinton has twice been to Mexico",
        ),
    ],
)
def test_a_role_keeps_the_noun_before_it(text: str, expected: str) -> None:
    assert shorten_names(text) == expected


def test_initials_are_a_given_name() -> None:
    text = (
        "State Department spokesman P.J. Crowley said the violence was organized. Crowley"
        " said elements close to the government carried it out."
    )
    names = full_names(text)
    assert names["Crowley"] == frozenset({"P.J. Crowley"})
    assert "P.J." not in names  # initials name no one alone
    assert with_full_name("Crowley said the violence was organized", names) == (
        "P.J. Crowley said the violence was organized"
    )


def test_people_stop_mid_phrase_before_the_who_that_says_which() -> None:
    quote = (
        "King Abdullah said in a Saturday phone call to Mubarak that he condemned people who"
        ' have attempted "to destabilize the nation\'s security and stability."'
    )
    title = "King Abdullah said in a phone call to Hosni Mubarak that he condemned people"
    assert stopped_mid_phrase(title, [quote]) == "it stops mid-phrase, before 'who'"
    named = "Senegal's President Abdoulaye Wade said he was offering free land to any Haitians"
    assert stopped_mid_phrase(named, [f"{named} who wanted to return to Africa."]) is None


@pytest.mark.parametrize(
    "title",
    [
        "Defenders of Hosni Mubarak were notably absent from the square",
        "Some banks in Egypt were open",
        "Some of the Haitians on the boat were as young as eight",
    ],
)
def test_what_something_was_like_is_a_state(title: str) -> None:
    assert any("state of affairs" in doubt for doubt in title_doubts(title))


@pytest.mark.parametrize(
    "title",
    [
        "The Egyptian stock exchange and banks were closed",
        "Servers of Egypt's main internet provider were down",
        "Hillary Clinton was the first senior Western official to arrive in Haiti",
    ],
)
def test_what_happened_to_something_is_no_state(title: str) -> None:
    assert not any("state of affairs" in doubt for doubt in title_doubts(title))


@pytest.mark.parametrize(
    ("title", "which"),
    [
        ("Jamal Khashoggi said he agreed in part with the US assessment", "the US assessment"),
        ("Britain and the US signed the deal", "the deal"),
    ],
)
def test_an_acronym_does_not_say_which(title: str, which: str) -> None:
    assert f"title is broken: it does not say which ({which!r})" in title_doubts(title)


def test_a_named_thing_says_which() -> None:
    assert not any("which" in d for d in title_doubts("The UN agreed a new plan for Haiti"))


def test_a_leader_by_nationality_alone_does_not_say_who() -> None:
    doubts = title_doubts("George Bush had some critical words for the Russian leader")
    assert "title is broken: it does not say which ('the Russian leader')" in doubts
    for named in (
        "Gustavo Petro was elected Colombia's president",
        "Thousands of people demonstrated against Yemen's longtime president",
        "Tony Blair met the Chinese president Hu Jintao",
    ):
        assert not any("which" in d for d in title_doubts(named)), named


def test_a_byline_before_the_sentence_is_no_part_of_its_title() -> None:
    sentence = (
        "February 13, 2011 | From Hada Messia, CNN Protesters gather in Rome's Piazza del"
        " Popolo on Sunday for a demonstration against Prime Minister Silvio Berlusconi."
    )
    assert make_headline(sentence, "February 13, 2011").startswith("Protesters gather in Rome")


@pytest.mark.parametrize(
    ("sentence", "date_text", "title"),
    [
        # the date is the deed's: the title tells the deed, its date right (round 59: "Wael
        # Ghonim said he … helped mobilize the first protest" dated 25 January was misdated)
        (
            "Wael Ghonim said he and a group of activists helped mobilize the first protest on"
            " January 25th, which touched off a popular revolution.",
            "January 25th",
            "Wael Ghonim and a group of activists helped mobilize the first protest",
        ),
        (
            "Obama said he spoke with Mubarak on Friday about the crisis.",
            "Friday",
            "Obama spoke with Mubarak about the crisis",
        ),
        # what the speaker was, thinks or had done is what they say
        (
            "Obama said he was worried about the violence on Friday.",
            "Friday",
            "Obama said he was worried about the violence",
        ),
        (
            "A lawyer, Khaled Al-Anesi, said he suspected demonstrators involved in the knife"
            " attacks Friday were security forces.",
            "Friday",
            None,
        ),
    ],
)
def test_a_speaker_s_own_deed_is_told_as_the_deed(
    sentence: str, date_text: str, title: str | None
) -> None:
    made = make_headline(sentence, date_text)
    if title is None:
        assert "said he suspected" in made
    else:
        assert made == title
