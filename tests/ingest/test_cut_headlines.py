"""Where a long sentence is cut to make a headline, and titles that are a clause of another
sentence. Every sentence is one ingest titled from the shared H1N1 pages (BBC, Guardian,
Reuters) before the fifteenth session's fixes; the broken titles were published."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.ingest import build_events
from generator.ingest.confidence import (
    ANOTHER_DAY,
    is_broken_doubt,
    score_confidence,
    title_doubts,
)
from generator.ingest.extract import extract_mentions
from generator.ingest.happening_checks import GOING_ON, HAD_DONE
from generator.ingest.headline import make_headline
from generator.ingest.title_cuts import cut_off
from generator.models import DEFAULT_MIN_CONFIDENCE
from tests.ingest.articles import article


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        # a dash opens an aside: the cut comes before it, not at the last "to" before it
        (
            "The World Health Organization (WHO) raised its alert level late on Tuesday from "
            "three to four - two steps short of declaring a full pandemic.",
            "Tuesday",
            "The World Health Organization raised its alert level from three to four",
        ),
        # "until" left at the end when the clause after it went
        (
            "Fidel Castro accused Mexico of failing to disclose the spread of swine flu until "
            "after Barack Obama, the US president, had visited the country on 16 April.",
            "16 April",
            "Fidel Castro accused Mexico of failing to disclose the spread of swine flu",
        ),
        # how long before goes with the clause it counts from
        (
            "Photograph: Andy Rain/EPA Schools with an outbreak of swine flu today re-scheduled "
            "GCSE and A-level exams only hours before some of their pupils sat the tests.",
            "today",
            "Schools with an outbreak of swine flu re-scheduled GCSE and A-level exams",
        ),
        # two words a number counts are not cut apart ("10,053 probable | or confirmed")
        (
            "The Centers for Disease Control and Prevention (CDC) CDC H1N1 Flu website has "
            "reported 10,053 probable or confirmed cases of swine flu, up from nearly 9,000 on "
            "Friday and 17 deaths.",
            "Friday",
            "The Centers for Disease Control and Prevention CDC H1N1 Flu website has reported "
            "10,053 probable or confirmed cases",
        ),
        # a noun that needs its "for"; how long before, in the singular
        (
            "Scientists have used bird flu virus samples from Egypt to develop a new basis for "
            "an H5N1 vaccine, the World Health Organization said on Friday.",
            "Friday",
            "Scientists have used bird flu virus samples from Egypt to develop a new basis for "
            "an H5N1 vaccine",
        ),
        (
            "Health Secretary Francisco Duque said the Filipina had showed signs of the flu a "
            "day before she left the United States on May 20.",
            "May 20",
            "Health Secretary Francisco Duque said the Filipina had showed signs of the flu",
        ),
        (  # "for a week" is how long it was closed, not how long before
            "Eton College in Berkshire was closed for a week from yesterday after a 13-year-old "
            "pupil was diagnosed with swine flu.",
            "yesterday",
            "Eton College in Berkshire was closed for a week",
        ),
        # "and to" opens a second infinitive, not the second of two nouns
        (
            "U.S. President Barack Obama called on Egyptian authorities Friday to refrain from "
            "violence and to reverse any actions they have taken to limit access to the internet "
            "in the wake of protests there.",
            "Friday",
            "Barack Obama called on Egyptian authorities to refrain from violence",
        ),
        # an amount in another currency in brackets is no clause's end (haiti, BBC)
        (
            "On Monday the EU pledged more than 400m euros (# 354m) in emergency aid for Haiti, "
            "where severe infrastructure damage is hampering international efforts to help "
            "survivors.",
            "Monday",
            "The EU pledged more than 400m euros in emergency aid for Haiti",
        ),
        # what the happening made of its doer is its news ("becoming the first death …")
        (
            "A 23-month-old child died in Texas on Wednesday, becoming the first death from swine"
            " flu outside Mexico, where the H1N1 strain raised alarms.",
            "on Wednesday",
            "A 23-month-old child died in Texas, becoming the first death from swine flu outside"
            " Mexico",
        ),
        (
            "Protesters marched in Cairo on Friday, demanding that Hosni Mubarak step down.",
            "on Friday",
            "Protesters marched in Cairo",
        ),
        # a "too" that ties the sentence to the one before goes, as "also" does
        (
            "Anti-Mubarak demonstrations were scheduled to take place in locations across the"
            " United States on Sunday too.",
            "on Sunday",
            "Anti-Mubarak demonstrations were scheduled to take place in locations across the"
            " United States",
        ),
        # a restrictive "who" says which ones: it stays
        (
            "The U.S. Embassy in Cairo will assist U.S. citizens who want to leave Egypt, said"
            " embassy spokeswoman Elizabeth Colton.",
            "Sunday",
            "The U.S. Embassy in Cairo will assist U.S. citizens who want to leave Egypt",
        ),
        # what they readied for is the date; a time of day joined to the day goes whole
        (
            "A day after President Hosni Mubarak stepped down, employees and businesses readied"
            " themselves for Sunday, the traditional start of the work week.",
            "Sunday",
            "A day after Hosni Mubarak stepped down, employees and businesses readied themselves"
            " for Sunday",
        ),
        (
            "A crowd of protesters gathered in Cairo's Tahrir Square remained relatively peaceful"
            " mid-morning Saturday after occasional street battles broke out in the city.",
            "mid-morning Saturday",
            "A crowd of protesters gathered in Cairo's Tahrir Square remained relatively peaceful",
        ),
        # what only placed a plan at the removed date goes with it
        (
            "President Rene Preval has said parliamentary elections due to be held on 28 "
            "February will be postponed.",
            "28 February",
            "Rene Preval has said parliamentary elections will be postponed",
        ),
    ],
)
def test_a_long_sentence_is_cut_where_its_phrase_ends(sentence: str, date: str, title: str) -> None:
    assert make_headline(sentence, date) == title


def test_how_long_before_a_clause_is_no_phrase_the_title_stops_in() -> None:
    quote = (
        "Schools with an outbreak of swine flu today re-scheduled GCSE and A-level exams only "
        "hours before some of their pupils sat the tests."
    )
    title = "Schools with an outbreak of swine flu re-scheduled GCSE and A-level exams"
    assert cut_off(title, [quote]) is None
    assert cut_off("Fidel Castro accused Mexico of failing to disclose the spread", [quote]) is None
    stopped = "The Centers for Disease Control has reported 10,053 probable or confirmed cases"
    assert cut_off(stopped, [f"{stopped} of swine flu, up from 9,000."])  # "cases | of swine flu"


@pytest.mark.parametrize(
    ("title", "broken"),
    [
        # a clause of another sentence: what it leans on is gone
        ("Where he died on Monday night", True),
        ("Having peaked between 23 and 28 April", True),
        ("Which has already been battered by disastrous flooding", True),
        ("Whose commanders had promised not to use force against peaceful demonstrations", True),
        ("When the quake struck, the hospital collapsed", False),
        # what was said lost its subject ("… which the WHO warned today has the potential")
        ("The World Health Organisation warned has the potential to cause a pandemic", True),
        ("The WHO said it has the potential to cause a pandemic", False),
        (
            "The two other new cases of the virus confirmed were adults who had visited Mexico",
            False,
        ),
        ("The United States will review its aid to Egypt", False),
        # a pronoun after an opening word that is no name ("Exclusive extracts of his book")
        ("Exclusive extracts of his book Lawless World are published in the Guardian", True),
        ("Disappointed crowds calling for his ouster grew in number in Cairo", True),
        ("Hope made his first appearance in court", False),
        ("Obama and his wife visited the memorial", False),
        ("Jackson's doctor said his lawyers would appeal", False),
        # a speaker's words; an ordinal that counts what the article told before
        ("Let us recall: the attack on the World Trade Centre shook America - and Germany", True),
        ("The second case involves four servicemen and relates to the alleged killing", True),
        ("The second round of talks began in Geneva", False),
        # a clause of time whose main clause the cut left without its verb
        ("A day after Hosni Mubarak stepped down, employees", True),
        ("After the quake struck, rescuers pulled a girl from the rubble", False),
        # like what? ("a similar march"); "similar to" says
        ("Demonstrators told CNN that they were organizing a similar march in Alexandria", True),
        ("Egypt's army said it faced a threat similar to the one in Tunisia", False),
        # a page's headline glued before the sentence with a colon
        (
            "Granddaughter wants share of Einstein profits: Albert Einstein made many "
            "contributions to modern science",
            True,
        ),
        ("Mubarak: I will not run again", False),
        # a thing the article named before; a courtesy title before an Irish surname
        ("L/Cpl Larkin admitted one charge of assaulting an unknown male at the camp", True),
        ("The New York Times described the president's first public comments on the tragedy", True),
        ("Tony Clarke said that Mr O'Connor did the right thing", True),
        # a related link's year opening the line
        ("2009: Government response to Baby P scandal promises money to social work", True),
        # a clause whose subject lost its verb: "that" before "the" opens a clause
        (
            "A Chinese virologist warned of a possible swine flu pandemic that the most"
            " populous countries in Asia",
            True,
        ),
        ("The virologist warned that the most populous countries in Asia were unprepared", False),
        # a name of capitalised words is no second sentence ("his This Is It tour")
        ("Jackson died at the age of 50 while rehearsing for his This Is It tour", False),
        ("US troops have flown aid to Haiti In Port-au-Prince rescuers dug", True),
        # an opening question without the answer's clause
        ("Asked at the briefing whether the U.S. continues to back Hosni Mubarak", True),
        ("Asked about the protests, Robert Gibbs said Egypt was a strong ally", False),
    ],
)
def test_a_clause_of_another_sentence_is_no_headline(title: str, broken: bool) -> None:
    assert any(is_broken_doubt(d) for d in title_doubts(title)) is broken


@pytest.mark.parametrize(
    ("title", "going_on"),
    [
        # the scene a report sets (round 49's judges: no headline, 4 of 4)
        ("Cherilyn Lee was testifying at the involuntary manslaughter trial", True),
        ("A technician was transporting the container to the Swiss national flu center", True),
        ("Opposition leader Mohamed ElBaradei was in Cairo's Tahrir Square", True),
        ("Leaders across the Middle East were following events in Egypt", True),
        ("Charles Kennedy was reacting to Tony Blair's repeated claim", True),
        ("Annan and other top officials were attending high-level talks", True),  # "top": no verb
        # where a crowd stood, a state that went on (the sixteenth session's title reading)
        ("Protesters chanting slogans were gathered on one side of Tahrir Square", True),
        ("Many streets in Cairo remained full of revelers as midnight approached", True),
        ("Thousands were gathered by police into a stadium", False),
        ("Mubarak said he remained in office", False),
        ("Demonstrators told CNN that they were organizing a march", False),
        # what happened, or what was said to be going on
        ("President Mubarak was going to dissolve the government", False),
        ("The HHS said it was setting aside $1 billion to help companies develop vaccines", False),
        ("Eton College in Berkshire was closed for a week", False),
    ],
)
def test_what_was_going_on_is_doubted(title: str, going_on: bool) -> None:
    assert (GOING_ON in title_doubts(title)) is going_on


def test_a_title_opening_mid_sentence_is_broken() -> None:
    title = (
        "Elsewhere including fire crews from Greater Manchester and Lancashire, traveled to Haiti"
    )
    assert any(is_broken_doubt(d) for d in title_doubts(title))


def test_no_broken_title_is_published_however_many_sources_report_it() -> None:
    """Round 49: judges called none of three broken titles of corroborated events headlines;
    a title whose only flaw is that it names no one stays (3 of 4 were headlines)."""
    texts = [
        "Also Wednesday White House press secretary Robert Gibbs was asked if the "
        "administration supports Egyptian President Hosni Mubarak.",
        "On Wednesday, White House press secretary Robert Gibbs was asked if the administration "
        "supports Egyptian President Hosni Mubarak.",
        "White House press secretary Robert Gibbs was asked on Wednesday if the administration "
        "supports Egyptian President Hosni Mubarak.",
        "Robert Gibbs, the White House press secretary, was asked Wednesday if the "
        "administration supports Egyptian President Hosni Mubarak.",
    ]
    outlets = ["cnn", "bbc", "reuters", "guardian"]
    built = build_events(
        [
            replace(article(t, "2011-01-27", f"{o}-{i}"), outlet=o)
            for i, (t, o) in enumerate(zip(texts, outlets, strict=True))
        ]
    )
    asked = [e for e in built.events if "was asked" in e.title]
    assert asked and len(asked[0].sources) == 4
    assert asked[0].held_back(DEFAULT_MIN_CONFIDENCE)
    assert any("question" in r for r in score_confidence(asked[0], built.articles).reasons)


def test_a_which_clause_does_not_make_a_person_its_subject() -> None:
    """ "the criminal trial against Dr Murray, which is expected to begin": the trial begins,
    not Dr Murray (mj, BBC, 25 June 2010); a "who" clause still takes the name."""
    trial = make_headline(
        "The case will run parallel with the criminal trial against Dr Murray, which is "
        "expected to begin next year.",
        "next year",
    )
    assert not trial.startswith("Murray")
    assert make_headline(
        "Protest organizers said they hope to capture the momentum set by Tunisians, who 10 "
        "days ago forced the collapse of Zine El Abidine Ben Ali's 23-year rule.",
        "10 days ago",
    ).startswith("Tunisians forced")


def test_a_date_that_only_places_a_plan_named_in_the_subject_dates_nothing() -> None:
    """Round 51's haiti judge: "Rene Preval has said parliamentary elections due to be held on
    28 February will be postponed" was dated 28 February, the day the elections will not
    be held; Preval spoke a month before."""
    said = article(
        "President Rene Preval has said parliamentary elections due to be held on 28 February "
        "will be postponed.",
        "2010-01-28",
    )
    assert [m.date.edtf() for m in extract_mentions(said)] == []
    held = article("Parliamentary elections will be held on 28 February.", "2010-01-28")
    assert [m.date.edtf() for m in extract_mentions(held)] == ["2010-02-28"]


@pytest.mark.parametrize(
    ("title", "doubted"),
    [
        ("Wael Ghonim was seized and released Monday", True),
        ("The eve of the first of several massive Friday protests", True),
        ("NHS Greater Glasgow said tonight that her son also died", True),
        ("The Muslim Brotherhood sent its followers onto the streets after Friday prayers", False),
        ("The committee called on protests to continue at Tahrir Square every Tuesday", False),
    ],
)
def test_a_title_naming_another_day_is_doubted(title: str, doubted: bool) -> None:
    assert any(d.startswith(ANOTHER_DAY) for d in title_doubts(title)) is doubted


@pytest.mark.parametrize(
    ("title", "doubt"),
    [
        # background told in the past perfect (the fifteenth session's judges: 1 of 5)
        ("Hosni Mubarak had incited another round of protests", f"title is broken: {HAD_DONE}"),
        ("Four vessels had docked", f"title is broken: {HAD_DONE}"),
        ("Switzerland's Novartis AG said it had received the genetic code of the new virus", None),
        ("The bodies had been found in a ditch", None),
        # besides something the article named before (3 of 13)
        ("VP Omar Suleiman met with other opposition leaders", "title does not say which"),
        ("Pro- and anti-Mubarak demonstrators attacked each other in Tahrir Square", None),
        ("The Islamic Action Front planned another round of demonstrations", None),
        # a verb that needs what was read, headlined or chanted
        ("One typically overstated entry on a Facebook page read", "title breaks off"),
        ("Police clashed with students in Khartoum as the protesters chanted", "title breaks off"),
    ],
)
def test_background_and_unnamed_others_are_doubted(title: str, doubt: str | None) -> None:
    doubts = title_doubts(title)
    if doubt is None:
        assert not [d for d in doubts if HAD_DONE in d or "which" in d or "breaks off" in d]
    else:
        assert any(d.startswith(doubt) for d in doubts), doubts


def test_a_title_that_stops_inside_a_list_of_names_is_cut_off() -> None:
    """ "Mike Mullen plans to visit key Mideast allies Israel" of "… Israel and Jordan next
    week" (egypt, CNN) and "… spread to Taiwan, Kuwait" of "… Taiwan, Kuwait, Japan and
    Spain" left names out; a place's state after a comma, or the outlet reporting it, did
    not ("in Cairo, Egypt", "aboard the amphibious ship USS Bataan, US media reported")."""
    assert cut_off(
        "Mike Mullen plans to visit key Mideast allies Israel",
        ["Adm. Mike Mullen plans to visit key Mideast allies Israel and Jordan next week."],
    )
    assert cut_off(
        "The WHO said the H1N1 flu strain has spread to Taiwan, Kuwait",
        ["The WHO said the H1N1 flu strain has spread to Taiwan, Kuwait, Japan and Spain."],
    )
    assert cut_off("Protesters gathered in Cairo", ["Protesters gathered in Cairo, Egypt."]) is None
    marines = "More than 2,200 US Marines arrived aboard the amphibious ship USS Bataan"
    assert cut_off(marines, [f"{marines}, US media reported."]) is None


@pytest.mark.parametrize(
    ("title", "broken"),
    [
        # round 53's judges: the article said which; the title does not
        ("Haitian-born rapper Wyclef Jean arrived at the airport", True),
        ("US navy and army divers are to start repairing the port's pier", True),
        ("Former President Bill Clinton is scheduled to attend a party at the hotel", True),
        ("The US Air Force C-17 dropped the relief supplies into a secured area", True),
        # a name's possessive or a name after it says which
        ("A magnitude-4.5 aftershock struck close to Haiti's port", False),
        ("Haitian-born rapper Wyclef Jean arrived in the capital", False),  # the story's
        ("Ben Ali visited Mohamed Bouazizi's hospital bedside", False),
        ("US troops landed at the airport in Port-au-Prince", False),
        # anything "these" or "those" points at (round 53: "on those matters")
        ("Robert Gibbs expressed impatience with the pace of progress on those matters", True),
        ("Police arrested those who took part in the riots", False),
        ("Troops secured the capital Port-au-Prince", False),
    ],
)
def test_a_place_or_thing_named_before_does_not_say_which(title: str, broken: bool) -> None:
    doubts = title_doubts(title)
    assert any(is_broken_doubt(d) for d in doubts) is broken, doubts


@pytest.mark.parametrize(
    ("title", "quote", "before"),
    [
        # a quantity, not a place
        (
            "The committee said it has recorded",
            "The committee said Friday it has recorded at least 101 attacks on journalists.",
            "at",
        ),
        # the rest of a subject whose verb comes later
        (
            "The mayor said that health officials believe more than 100 people",
            "The mayor said that health officials believe more than 100 people at the school"
            " had been sickened, with 28 cases confirmed.",
            "at",
        ),
        (
            "The ministry denied reports charging that dead pigs found",
            "The ministry denied reports charging that dead pigs found in a province might be"
            " to blame.",
            "in",
        ),
        # who made the statement
        (
            "ElBaradei disputed a recent comment",
            "ElBaradei disputed a recent comment by Hillary Clinton that the government is stable.",
            "by",
        ),
        # what a verb of place or a set phrase needs
        (
            "He said the authorities knew what was going",
            "He said the authorities knew what was going on and had prepared the army.",
            "on",
        ),
        (
            "She said the power to wage war still officially lay",
            "She said the power to wage war still officially lay with the monarchy.",
            "with",
        ),
        (
            "Nearly 200 Iraqis demonstrated in Baghdad to show solidarity",
            "Nearly 200 Iraqis demonstrated in Baghdad to show solidarity with those rallying.",
            "with",
        ),
        # the post of whom a verb names, after an aside
        (
            "Hosni Mubarak has issued a presidential decision appointing Gamal Embaba",
            "Hosni Mubarak has issued a presidential decision today appointing Gen. Gamal"
            " Embaba, an army division commander, governor of El Wadi el Jadid.",
            "an",
        ),
        # what someone was wanted to do, after a name the title shortened
        (
            "Top members of the Obama administration stated their desire for Hosni Mubarak",
            "Top members of the Obama administration stated Thursday their desire for"
            " Egyptian President Hosni Mubarak to leave office.",
            "to",
        ),
        # what the first one did
        (
            "A woman from Glasgow was named as the first person",
            "A woman from Glasgow was named today as the first person outside the Americas to"
            " have died of the virus.",
            "outside",
        ),
    ],
)
def test_a_title_that_ends_before_what_its_words_need_is_cut_off(
    title: str, quote: str, before: str
) -> None:
    assert cut_off(title, [quote]) == f"title is broken: it stops mid-phrase, before {before!r}"


@pytest.mark.parametrize(
    ("title", "quote"),
    [
        (
            "Troops were killed in Baghdad",
            "Troops were killed in Baghdad on Monday, officials said.",
        ),
        ("He died in hospital", "He died in hospital in what was described as a tragedy."),
        (
            "Switzerland confirmed its first case",
            "Switzerland confirmed its first case in a man returning from Mexico to Zurich.",
        ),
        (
            "Troops arrived in the capital",
            "Troops arrived in the capital at dawn and were cheered.",
        ),
        (
            "Hosni Mubarak appointed Omar Suleiman",
            "Hosni Mubarak appointed Omar Suleiman on Saturday after the protests.",
        ),
    ],
)
def test_a_title_whose_quote_goes_on_with_an_adjunct_is_whole(title: str, quote: str) -> None:
    assert cut_off(title, [quote]) is None


def test_a_name_that_lost_a_letter_breaks_the_title_that_gives_it() -> None:
    quote = "President Felipe Calder n said his government learned what kind of virus it faced."
    title = "Felipe Calder’s government learned what kind of virus it faced"
    assert cut_off(title, [quote]) == "title is broken: its sentence lost a letter of 'Calder'"
    assert cut_off("The government learned what kind of virus it faced", [quote]) is None
