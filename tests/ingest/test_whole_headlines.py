"""Titles that tell a whole happening, and the doubts that hold back those that do not."""

from __future__ import annotations

import pytest

from generator.dates import PartialDate
from generator.ingest import build_events
from generator.ingest.confidence import title_doubts
from generator.ingest.extract import extract_mentions
from generator.ingest.headline import make_headline
from generator.ingest.merge import merge_mentions
from generator.ingest.title_finish import finish
from generator.ingest.titling import _at_its_date, _glued_before_others, best_title
from generator.ingest.verbs import has_verb
from generator.models import Article
from tests.ingest.articles import WHO_FLU_WARNING, article


@pytest.mark.parametrize(
    ("sentence", "date_text", "title"),
    [
        # a long subject: its head and the predicate the date belongs to
        (
            "(For full coverage of the outbreak, click (nFLU)) HONG KONG, May 2 (Reuters) - "
            "Travellers quarantined in a Hong Kong hotel for a week after a Mexican guest "
            "tested positive for the flu expressed dismay on Saturday at the tough steps, "
            "while an expert said the authorities had over-reacted.",
            "on Saturday",
            "Travellers quarantined in a Hong Kong hotel expressed dismay at the tough steps",
        ),
        (
            "A presidential commission investigating the intelligence failures that preceded "
            "the invasion reported yesterday that the damage was grave.",
            "yesterday",
            "A presidential commission investigating the intelligence failures reported that "
            "the damage was grave",
        ),
        # a date between an article and its noun names the thing: the article stays
        (
            "Mubarak has said he will not seek another term in the September election.",
            "September",
            "Mubarak has said he will not seek another term in the election",
        ),
        (
            "Ms Byrs said the situation was even worse than the devastation wrought by the "
            "2004 tsunami.",
            "2004",
            "Ms Byrs said the situation was even worse than the devastation wrought by the tsunami",
        ),
        # an opening that only says where and when is not the headline
        (
            "In Los Angeles on Thursday, paramedic Martin Blount testified that the doctor "
            "cleaned up vials of the painkiller from the bedroom.",
            "on Thursday",
            "Paramedic Martin Blount testified that the doctor cleaned up vials of the painkiller "
            "from the bedroom",
        ),
        (
            "At a news conference in Crawford, Texas, on Tuesday, the president offered "
            "support for the plan.",
            "on Tuesday",
            "The president offered support for the plan",
        ),
        # a wire story's bullet point and a byline are not part of its headline
        (
            "Child dies in Texas of swine flu \\* Death is the first outside Mexico, officials "
            "said on Wednesday.",
            "on Wednesday",
            "Child dies in Texas of swine flu",
        ),
        # the name of a body is not shortened like a person's
        (
            "The U.S. Geological Survey reported a strong aftershock on Saturday.",
            "on Saturday",
            "The U.S. Geological Survey reported a strong aftershock",
        ),
    ],
)
def test_a_title_tells_the_whole_happening(sentence: str, date_text: str, title: str) -> None:
    assert make_headline(sentence, date_text) == title


@pytest.mark.parametrize(
    "sentence",
    [
        # the dated verb belongs to a clause inside the subject: no shortening
        "The minister said that the troops who arrived in March from the north left the city "
        "on Friday after weeks of fighting.",
        "Pictures of houses collapsing in the capital as the earthquake struck on Tuesday were "
        "shown around the world.",
        "A patient with the new strain of influenza in Denmark showed resistance to the drug "
        "its maker said on Monday.",
    ],
)
def test_a_verb_of_an_inner_clause_is_not_the_predicate(sentence: str) -> None:
    date_text = sentence.split(" on ")[1].split()[0].strip(".")
    title = make_headline(sentence, f"on {date_text}")
    wrong = ("The minister left", "Pictures of houses struck", "A patient said")
    assert not title.startswith(wrong)


@pytest.mark.parametrize(
    ("title", "doubt"),
    [
        ("After the virus was identified", "title is broken: it is a clause, not a sentence"),
        (
            "As the head of the agency said at the beginning of the pandemic",
            "title is broken: it is a clause, not a sentence",
        ),
        ("Space agency officials said on Thursday", "title is broken: it breaks off at"),
        (
            "The disease agency said that 98 percent of all flu samples",
            "title is broken: it breaks off after 'that'",
        ),
        ("Walter Road Chapel) He died", "title is a fragment of a quote"),
        # round 25's judges: "a fragment with no main verb"
        ("Minutes after the bombings occurred in London", "title is broken: it is a clause"),
        (
            "Michael Jackson ` warned about propofol use' Cherilyn Lee fought back tears",
            "title is broken: a second sentence starts in it",
        ),
        ("The World Health Organization cautioned", "title is broken: it stops at"),
        ("By Andrew Cohen The Atlantic Murray will be sentenced", "title is broken: it carries"),
        ("Saw Italy's death toll reach 21", "title is broken: it does not say who"),
        ("In phone calls with foreign leaders", "title is broken: it is a phrase"),
        ("U.S. researchers warned on Wednesday", "title is broken: it breaks off at"),
        ("CDC acting director Richard Besser asked", "title is broken: it stops at"),
        ("Many waited in the streets Speaking to BBC Caribbean", "title is broken: a second"),
        (
            "The Utility of Force and The New Western Way of War This article appeared",
            "title is broken: it carries",
        ),
        ("The aid agencies are pitching tents in Haiti It's in Port-au-Prince", "title is broken"),
        # someone named as already mentioned, an adjective before (rounds 25-28's judges)
        (
            "The Mexican man arrived in Hong Kong from Mexico",
            "title is broken: it does not say who",
        ),
        (
            "Celebratory crowds that had gathered overnight ahead of Mubarak's speech",
            "title is broken: its only verb is in a relative clause",
        ),
        (  # a plural in "-ers" after a name is a noun (round 53: a photo caption)
            "CH-53 Sea Stallion helicopters of the type that crashed in Iraq",
            "title is broken: its only verb is in a relative clause",
        ),
        (
            "Several hundred UN employees, local staff, peacekeepers and representatives of the "
            "diplomatic community",
            "title is broken: it has no verb",
        ),
    ],
)
def test_clauses_and_reports_without_what_was_said_are_broken(title: str, doubt: str) -> None:
    assert any(d.startswith(doubt) for d in title_doubts(title)), title_doubts(title)


@pytest.mark.parametrize(
    "title",
    [
        "As many as 100 people died in the blast",
        "After talks, the two sides signed a truce",
        "The agency said that 98 percent of all samples were of the new strain",
        "Officials said the border would reopen on Thursday",
        "Crowds that had gathered overnight turned on the police",
        "The man who killed five people was arrested",
        "Hours later the army moved into the square",
        "At least four QLR soldiers face charges of murder and abuse",
        "In Cairo protesters gathered in Tahrir Square",
    ],
)
def test_whole_sentences_are_not_broken(title: str) -> None:
    assert not [d for d in title_doubts(title) if d.startswith("title is broken")]


def test_short_past_forms_are_verbs() -> None:
    assert has_verb(["Susan", "died", "in", "Shropshire"])
    assert has_verb(["The", "talks", "closed"])


def _article(text: str, article_id: str = "a") -> Article:
    return article(text, DCT, article_id)


DCT = PartialDate(2010, 1, 20)


def test_a_summary_opens_with_the_line_its_sentence_goes_on_from() -> None:
    """One sentence a paragraph, the last of them dated: the one before says what led to it."""
    article = _article(
        "Rescue teams from a dozen countries searched the collapsed hotel through the night.\n"
        "Rescuers pulled a survivor from the hotel on Monday."
    )
    events = merge_mentions(extract_mentions(article))
    assert events[0].summary == (
        "Rescue teams from a dozen countries searched the collapsed hotel through the night. "
        "Rescuers pulled a survivor from the hotel on Monday (18 January 2010)."
    )


def test_a_summary_adds_another_sources_report_when_its_own_adds_little() -> None:
    first = _article("The port reopened to ships on Monday.", "a")
    second = _article(
        "The port reopened on Monday after divers repaired its pier, letting the first "
        "aid ships unload food and fuel for the capital.",
        "b",
    )
    events = merge_mentions(extract_mentions(first) + extract_mentions(second))
    assert len(events) == 1
    summary = events[0].summary
    assert "divers repaired its pier" in summary


def test_a_clock_times_am_is_no_verb() -> None:
    assert not has_verb(["SINGAPORE", "Tue", "Jun", "9", "2009", "5", "33", "am", "EDT"])
    assert has_verb(["I", "am", "leaving"])


def test_a_title_counts_only_words_with_letters_or_digits() -> None:
    sentence = (
        "1990: Secretary-general and commissioner, south commission, "
        "Geneva December 10, 1990 -- March 14,"
    )
    title = make_headline(sentence, "March 14")
    assert sum(1 for w in title.split() if any(c.isalnum() for c in w)) >= 4


@pytest.mark.parametrize(
    ("cut", "title"),
    [
        ("Hunt defended the event saying", "Hunt defended the event"),
        ("Sir Richard said a war was inevitable, adding", "Sir Richard said a war was inevitable"),
        ("He emerged without a scratch on him Also", "He emerged without a scratch on him"),
        ("The agency quotes her as saying", "The agency quotes her as saying"),  # needs it
        (
            "PA The Conservatives picked a former RAF group captain",
            "The Conservatives picked a former RAF group captain",
        ),
        # a comma an apposition left before the verb; not before an apposition's participle
        (
            "The Arts East Staffs team, held a charity event with an auction of work",
            "The Arts East Staffs team held a charity event with an auction of work",
        ),
        (
            "The memo, dated stated that the policy was modelled",
            "The memo, dated stated that the policy was modelled",
        ),
    ],
)
def test_a_cut_does_not_end_on_a_clause_it_left_at_its_first_word(cut: str, title: str) -> None:
    assert finish(cut) == title


@pytest.mark.parametrize(
    ("sentence", "date_text", "title"),
    [
        # names joined by "and" are one subject: the last alone would say someone else did it
        (
            "Opposition leaders Mehdi Karroubi and Mir Hossein Moussavi on Friday asked that "
            "the rally take place in Tehran's Azadi Square, a statement said.",
            "on Friday",
            "Opposition leaders Mehdi Karroubi and Mir Hossein Moussavi asked that the rally "
            "take place in Tehran's Azadi Square",
        ),
        (
            "The Respect MP for Bethnal Green and Bow arrived yesterday in Washington demanding "
            "an apology from the Senate.",
            "yesterday",
            "The Respect MP for Bethnal Green and Bow arrived in Washington demanding an apology "
            "from the Senate",
        ),
    ],
)
def test_titles_keep_whole_subjects(sentence: str, date_text: str, title: str) -> None:
    assert make_headline(sentence, date_text) == title


@pytest.mark.parametrize(
    ("sentence", "date_text", "title"),
    [
        # a weekday after "on" says when, not which ("on Monday ministers", not "the ministers")
        (
            "Appropriately panicked, on Monday ministers plunged into their Cobra bunker "
            "beneath Whitehall.",
            "Monday",
            "Appropriately panicked ministers plunged into their Cobra bunker beneath Whitehall",
        ),
        # "also" ties a sentence to the one before; a headline stands alone
        (
            "India on Wednesday also reported its first victim of the H1N1 virus.",
            "Wednesday",
            "India reported its first victim of the H1N1 virus",
        ),
        # a clause with its verb before the date is no participial phrase
        (
            "Bao arrived in Beijing on Friday having traveled home from America via Tokyo.",
            "Friday",
            "Bao arrived in Beijing having traveled home from America via Tokyo",
        ),
        # "died" is the clause's own verb, not a participle after "from swine flu"
        (
            "A New York City school principal suffering from swine flu died on Sunday, "
            "becoming the city's first death due to H1N1 flu.",
            "on Sunday",
            "A New York City school principal suffering from swine flu died",
        ),
        # a date inside what was reported dates that: the title tells it
        (
            "The U.S. Embassy in Egypt issued a statement indicating that several embassy "
            "vehicles were stolen in Cairo on January 28.",
            "on January 28",
            "Several embassy vehicles were stolen in Cairo",
        ),
        (
            "Egypt's official MENA news agency reported that at least 90 people were detained "
            "on Tuesday in Cairo.",
            "on Tuesday",
            "At least 90 people were detained in Cairo",
        ),
        # ... unless it opens on a pronoun: then who reported it says who, and what they
        # will do is the title (the date is the deed's)
        (
            "Obama said that he will visit Cairo on Monday.",
            "on Monday",
            "Obama will visit Cairo",
        ),
        (
            "Obama said that he had visited Cairo on Monday.",
            "on Monday",
            "Obama said that he had visited Cairo",
        ),
        # a page section's label is no part of the title
        (
            "Eyewitness: The first Saddam trial will focus on the villagers of Dujail on "
            "Wednesday, officials said.",
            "on Wednesday",
            "The first Saddam trial will focus on the villagers of Dujail",
        ),
        (
            "Haiti earthquake: Your stories Friday 15 January Up to 10,000 US troops will be "
            "on the ground or off the coast of Haiti by Monday, US defense officials say.",
            "Friday 15 January",
            "Up to 10,000 US troops will be on the ground or off the coast of Haiti by Monday",
        ),
        # a list's header before its first dashed item (round 41: "Developments on the
        # revolution in Egypt: -- Hundreds of …"), but not a saying before what was said
        (
            "Developments, as confirmed by CNN, on the revolution in Egypt: -- Hundreds of "
            "Egyptian police officers and National Bank staff protested on Sunday.",
            "on Sunday",
            "Hundreds of Egyptian police officers and National Bank staff protested",
        ),
        (  # a verb to come keeps the date that is all it has
            "The ministry said: - Schools will close on Monday.",
            "on Monday",
            "The ministry said: - Schools will close on Monday",
        ),
        # a clause of up to 18 words stays whole, its adjunct ("aboard …") too
        (
            "More than 2,200 US Marines arrived off the coast of Haiti on Monday aboard the "
            "amphibious ship USS Bataan, US media reported.",
            "Monday",
            "More than 2,200 US Marines arrived off the coast of Haiti aboard the amphibious ship "
            "USS Bataan",
        ),
        # a cut keeps the "of" a noun needs, and "all but" whole; a clause of up to 18 words
        # stays whole (round 25's judges: "cut off at 'as part'", "at 'advised against all'")
        (
            "On Tuesday, police searched the Las Vegas home and offices of Jackson's doctor, "
            "Conrad Murray, as part of a manslaughter investigation into the singer's death.",
            "On Tuesday",
            "Police searched the Las Vegas home and offices of Jackson's doctor as part of a "
            "manslaughter investigation",
        ),
        (
            "LONDON (Reuters) - The Foreign Office advised against all but essential travel to "
            "flu-hit Mexico on Tuesday as holiday firms started canceling flights.",
            "on Tuesday",
            "The Foreign Office advised against all but essential travel to flu-hit Mexico",
        ),
        (
            "Libyan authorities have reported an outbreak of bubonic plague in the Mediterranean "
            "coastal town of Tubruq on Tuesday, the World Health Organization said.",
            "on Tuesday",
            "Libyan authorities have reported an outbreak of bubonic plague in the Mediterranean "
            "coastal town of Tubruq",
        ),
        # what only placed the date goes with it: "early on", "for"; an aside after "that,"
        # goes, the clause it held up stays; a name "of" a place keeps the name
        (
            "The United Nations said early on Wednesday that 121 people had been rescued by "
            "international teams since the 12 January earthquake.",
            "on Wednesday",
            "The United Nations said that 121 people had been rescued by international teams",
        ),
        (
            "A hearing has been set for 5 April in Los Angeles.",
            "5 April",
            "A hearing has been set in Los Angeles",
        ),
        (
            "Federal Reserve chairman Ben Bernanke cautioned on Thursday that, while the U.S. "
            "economy is on the mend, unemployment remains an issue.",
            "on Thursday",
            "Federal Reserve chairman Ben Bernanke cautioned that unemployment remains an issue",
        ),
        (
            "One of the U.S. Senate's most influential foreign policy voices, Democrat John Kerry "
            "of Massachusetts, called Tuesday for Mubarak to step down, reflecting the pressure.",
            "Tuesday",
            "Democrat John Kerry of Massachusetts called for Mubarak to step down",
        ),
        # round 27's judges: a particle is no preposition ("sworn in as"), "throughout" only
        # led into its date, an open quote before a call's words goes
        (
            "WASHINGTON (Reuters) - Former Kansas Governor Kathleen Sebelius was sworn in as U.S. "
            "health secretary on Tuesday in an Oval Office ceremony attended by Barack Obama.",
            "on Tuesday",
            "Former Kansas Governor Kathleen Sebelius was sworn in as U.S. health secretary",
        ),
        (
            "The government cracked down throughout Friday with thousands of riot and "
            "plainclothes police, later joined by army troops in tanks.",
            "Friday",
            "The government cracked down with thousands of riot and plainclothes police",
        ),
        (
            "Earlier Friday, Secretary of State Hillary Clinton called on Egypt's government \"to "
            'allow peaceful protests and reverse the unprecedented steps it has taken."',
            "Earlier Friday",
            "Hillary Clinton called on Egypt's government to allow peaceful protests",
        ),
        # a concession after "that" goes, the clause it held up stays; a wire page's stamp
        # and byline before its dateline go (round 28's judges)
        (
            "Mr Galloway reiterated yesterday that while his name may have appeared on the "
            'documents, he never received anything, not "even a slim dime".',
            "yesterday",
            "Mr Galloway reiterated that he never received anything",
        ),
        (
            "2009 05 3 08:53 JST MEXICO CITY (Reuters) - Mexico's flu outbreak appeared to be "
            "stabilizing on Saturday but officials warned the virus still threatened a pandemic.",
            "on Saturday",
            "Mexico's flu outbreak appeared to be stabilizing",
        ),
        # a number's comma is no aside's (round 29's haiti judge: "the move000 families")
        (
            "Gordon Brown announced the move, which should help some 2,000 families, at a "
            "charity poetry reading for Haiti in London on Saturday.",
            "on Saturday",
            "Gordon Brown announced the move at a charity poetry reading for Haiti in London",
        ),
        # a day joined to the removed one goes with it; a comma an apposition left before
        # the verb goes (round 29's judges)
        (
            "Police closed the main roads into the city on Friday and Saturday for the marathon.",
            "on Friday",
            "Police closed the main roads into the city for the marathon",
        ),
        (
            "The US hospital ship, USNS Comfort, with 500 medical personnel and 250 beds onboard, "
            "arrived in Port-au-Prince harbor on 20 January and has treated 23,000 patients.",
            "on 20 January",
            "The US hospital ship with 500 medical personnel and 250 beds onboard arrived in "
            "Port-au-Prince harbor",
        ),
        # the date of what a speaker said they would do is the deed's: the title tells it
        (
            "Meanwhile, US Secretary of State Hillary Clinton said she would travel to Haiti on "
            "Saturday.",
            "on Saturday",
            "Hillary Clinton will travel to Haiti",
        ),
        # a subheading in capitals glued before the paragraph, after a profile's name
        (
            "ADELA GUTIERREZ - FIRST CONFIRMED FATALITY Adela Maria Gutierrez, a 39-year-old "
            "mother of three, fell ill in early April in the southern state of Oaxaca.",
            "early April",
            "Adela Maria Gutierrez fell ill in the southern state of Oaxaca",
        ),
        (
            "19 JANUARY, 2200 GMT, SANTO DOMINGO AIRPORT Even the most stoic Haitians are "
            "getting angry and impatient at the slow delivery of food.",
            "19 JANUARY, 2200 GMT",
            "Even the most stoic Haitians are getting angry and impatient",
        ),
        # capitals that name someone stay
        (
            "UN WFP Director Josette Sheeran arrived in Port-au-Prince on Sunday.",
            "on Sunday",
            "UN WFP Director Josette Sheeran arrived in Port-au-Prince",
        ),
        # a restrictive relative clause takes the noun phrase it follows as its subject
        (
            'The United States doesn\'t know the identity of "thugs" who attacked '
            "anti-government protesters Wednesday in Egypt, but others have identified them.",
            "Wednesday",
            "Thugs attacked anti-government protesters in Egypt",
        ),
        (
            "Police are hunting three armed men who robbed a bank in Cairo on Friday.",
            "on Friday",
            "Three armed men robbed a bank in Cairo",
        ),
        # a preposition left at the end when its date goes is dropped with it
        (
            "The pro-Mubarak people, who dwindled in number Wednesday night into early Thursday "
            "morning, still are lobbing Molotov cocktails at the protesters.",
            "early Thursday morning",
            "The pro-Mubarak people dwindled in number Wednesday night",
        ),
        # a date in what was said of the future dates that, not the saying
        (
            "Promoters said the Jacksons will perform at the tribute concert in Cardiff on "
            "8 October.",
            "on 8 October",
            "The Jacksons will perform at the tribute concert in Cardiff",
        ),
        # a subject that is a clause ("The minister said") is no dated noun phrase
        (
            "The minister said on Tuesday that the talks would resume.",
            "on Tuesday",
            "The minister said that the talks would resume",
        ),
        # a speaker's first word in a broadcast transcript
        (
            "Well, the White House chief of staff reiterated on Sunday that the US wants an "
            "orderly transition.",
            "on Sunday",
            "The White House chief of staff reiterated that the US wants an orderly transition",
        ),
        # a cut splits no pair of nouns; a person's office goes before the phrase is cut short
        (
            "UN humanitarian chief John Holmes told reporters on Monday that there were now 43 "
            "search and rescue teams on the ground, with 1,700 people involved in the effort.",
            "on Monday",
            "John Holmes told reporters there were now 43 search and rescue teams on the ground",
        ),
        (
            "The head of the US operation at the airport, Col Buck Elton, said on Sunday there had "
            "been 600 take-offs and landings since the US took control on Wednesday.",
            "on Sunday",
            "The head of the US operation at the airport said there had been 600 take-offs and "
            "landings",
        ),
        # "go on" keeps its particle; "at least" is a quantity, not a place to cut
        (
            "The US defense secretary, Donald Rumsfeld, yesterday warned that the insurgency in "
            "Iraq could go on for at least a decade and confirmed that the army had been in "
            "contact with some of its leaders.",
            "yesterday",
            "The US defense secretary warned that the insurgency in Iraq could go on for at least "
            "a decade",
        ),
        # a participle's phrases between the subject and its verb go; so does a connective
        (
            "On November 8, 10,000 US troops, supported by 2,000 Iraqi recruits, equipped with "
            "artillery and tanks, supported from the air by bombers and helicopter gunships, "
            "blasted their way into a city the size of Leicester.",
            "November 8",
            "10,000 US troops blasted their way into a city the size of Leicester",
        ),
        (
            "Dozens of Bedouins, meanwhile, gathered in the Sheikh Zwayd area near Rafah on "
            "Saturday.",
            "on Saturday",
            "Dozens of Bedouins gathered in the Sheikh Zwayd area near Rafah",
        ),
        # what was said before its speaker comes back to a title that is only the speaker
        (
            "MEXICO CITY/GENEVA (Reuters) - A new flu that has killed up to 68 people in Mexico "
            "could start a global epidemic, the World Health Organization warned on Saturday.",
            "Saturday",
            "A new flu could start a global epidemic, the World Health Organization warned",
        ),
        (
            "In the statement reported by the Saudi Press Agency, King Abdullah said on Saturday.",
            "Saturday",
            "King Abdullah said on Saturday",  # where it was said is not what was said
        ),
        # a relative clause between the subject and its verb goes
        (
            "Benenson, who had been ill for some time, died on Friday evening at the John "
            "Radcliffe Hospital, Oxford.",
            "Friday evening",
            "Benenson died at the John Radcliffe Hospital",
        ),
        # the time zone a removed clock time leaves behind goes, "Central bank" stays
        (
            "At 3:30 p.m. Eastern, a half hour later, there will be a briefing at the White "
            "House, as well.",
            "3:30 p.m",
            "There will be a briefing at the White House",
        ),
        # a date that says which of "the" attacks stays; "three of whom …" goes
        (
            "The July 7 attacks were carried out by four suicide bombers, three of whom lived "
            "in West Yorkshire.",
            "July 7",
            "The July 7 attacks were carried out by four suicide bombers",
        ),
        # an aside between dashes goes; so does a role before the name of who holds it
        (
            "The mayor of London, Ken Livingstone, yesterday suggested the four suicide bombers "
            "were prompted - at least in part - by long-standing grievances.",
            "yesterday",
            "Ken Livingstone suggested the four suicide bombers were prompted by long-standing "
            "grievances",
        ),
        # a list of names opening the sentence is its subject
        (
            "Iraq, Lithuania, Monaco and Nepal all confirmed their first cases on Monday.",
            "on Monday",
            "Iraq, Lithuania, Monaco and Nepal all confirmed their first cases",
        ),
        # "only" goes with the date it stressed
        (
            "And only yesterday, the Sun published photographs of members of the Queen's Guard "
            "humiliating a new recruit.",
            "yesterday",
            "The Sun published photographs of members of the Queen's Guard humiliating a new "
            "recruit",
        ),
        # a preposition opens no subject of a participle
        (
            "Tanks are so far keeping Egyptians for and against the government separated today "
            "in Cairo's Tahrir Square.",
            "today",
            "Tanks are so far keeping Egyptians for and against the government separated",
        ),
        # a spaced hyphen opens an aside: the phrase ends before it
        (
            "Soldiers at Cairo's Ramses Hilton hotel were putting on newly issued flak jackets - "
            "straight out of their boxes - on Tuesday morning.",
            "Tuesday morning",
            "Soldiers at Cairo's Ramses Hilton hotel were putting on newly issued flak jackets",
        ),
        # a name, not its apposition, is the subject of a verb before the date (round 37)
        (
            "Lieutenant Colonel Matt Maer, Pte Beharry's commanding officer, described yesterday "
            "how his troops were in action every day for five months, more than 800 times in all.",
            "yesterday",
            "Lieutenant Colonel Matt Maer described how his troops were in action every day for "
            "five months",
        ),
        # a relative clause without commas is not the subject ("Bird flu warned …", round 36)
        (
            "A Chinese virologist who helped fight SARS and bird flu warned on Monday of a "
            "possible swine flu pandemic.",
            "Monday",
            "A Chinese virologist warned of a possible swine flu pandemic",
        ),
        # a participle after an infinitive's object modifies the object ("Postpone games …")
        (
            "The football federation has decided to postpone games scheduled for Friday and "
            "Saturday until further notice.",
            "Friday",
            "The football federation has decided to postpone games scheduled until further notice",
        ),
        # the day an attribution was said dates the deed it reports: the attribution goes
        # (", a spokeswoman" ended a title in round 38), but not from a state or a view
        (
            "Paris (CNN) -- France suspended the sale of arms and tear gas to Egypt, a spokeswoman "
            "for French Prime Minister Francois Fillon said Sunday.",
            "Sunday",
            "France suspended the sale of arms and tear gas to Egypt",
        ),
        # a name with its apposition, when the name and verb alone are too short (round 38:
        # "A reporter for Egypt's state-run Nile TV, resigned")
        (
            "Meanwhile, Shahira Amin, a reporter for Egypt's state-run Nile TV, resigned Thursday.",
            "Thursday",
            "Shahira Amin, a reporter for Egypt's state-run Nile TV, resigned",
        ),
        # a date opening the clause after a semicolon dates that clause (round 38: the title
        # was the clause before, "The next day, America … were crowing …")
        (
            "The next day, America and the authorities were crowing about how well the "
            'referendum had gone; yesterday - after a "yes" vote had been returned - leading '
            "Sunni politicians accused the Shia in the south of stuffing ballot boxes.",
            "yesterday",
            "Leading Sunni politicians accused the Shia in the south of stuffing ballot boxes",
        ),
        # a speaker's name in a broadcast transcript is no part of the title (round 38)
        (
            "SNOW (voice-over): It was February 2nd, the day pro-Mubarak supporters showed up "
            "in Tahrir square.",
            "February 2nd",
            "It was the day pro-Mubarak supporters showed up in Tahrir square",
        ),
        # "who" after two names stands for both (round 39: "Rihanna pre-recorded their …")
        (
            "Other acts who appeared in the telethon included Bono and Rihanna, who "
            "pre-recorded their performances in London on Friday.",
            "on Friday",
            "Bono and Rihanna pre-recorded their performances in London",
        ),
        # a measure given again in other units is no end of the phrase (round 39: "… a
        # secured area five miles")
        (
            "The US Air Force C-17 dropped the relief supplies on Monday into a secured area "
            "five miles (8km) north-east of Port-au-Prince, a spokeswoman was quoted as saying.",
            "on Monday",
            "The US Air Force C-17 dropped the relief supplies into a secured area five miles "
            "north-east of Port-au-Prince",
        ),
        # a weekday that names its rite stays with it: "the prayers" says nothing (round 37)
        (
            "The Muslim Brotherhood sent its followers onto the streets after Friday prayers, the "
            "first time the opposition called for protest.",
            "Friday",
            "The Muslim Brotherhood sent its followers onto the streets after Friday prayers",
        ),
        # a day's own happening: "Tuesday's" says when, which the event's date gives
        (
            "Voters rejected the plan in Tuesday's vote.",
            "Tuesday",
            "Voters rejected the plan in the vote",
        ),
    ],
)
def test_titles_drop_what_ties_them_to_the_sentence(
    sentence: str, date_text: str, title: str
) -> None:
    assert make_headline(sentence, date_text) == title


def test_an_event_is_titled_by_a_report_that_says_what_it_is() -> None:
    """Of two reports of one ruling, the title names the film, not "it"."""
    events = build_events(
        [
            article(
                "Judge Michael Pastor concluded on Monday that it would not help the defense.",
                "2011-07-26",
                "a",
            ),
            article(
                "Judge Michael Pastor ruled on Monday that the film would not help the defense "
                "team.",
                "2011-07-26",
                "b",
            ),
        ]
    ).events
    assert [e.title for e in events] == [
        "Judge Michael Pastor ruled that the film would not help the defense team"
    ]


def test_a_vaguer_report_titles_its_event_only_when_it_names_the_same_happening() -> None:
    """The WHO's flu warning of 25 April and "last month" its warning on fake malaria drugs
    (one event in round 31, titled from the second): the title is the day's report. "In early
    January … accepted a phone call" may title the call "on 7 January" (the seeds)."""
    day = article(WHO_FLU_WARNING, "2009-04-25", "a")
    month = article(
        "Last month, the World Health Organization warned against the proliferation of fake "
        "anti-malaria medicines in the Mekong area.",
        "2009-05-20",
        "b",
    )
    mentions = [*extract_mentions(day), *extract_mentions(month)]
    assert "Mekong" in best_title(mentions[::-1], "occurred").title  # month first: its own
    assert "epidemic" in best_title(mentions, "occurred").title
    call = article(
        "A last-minute phone call on 7 January laid the groundwork for the meeting.",
        "2026-01-20",
        "c",
    )
    thaw = article(
        "The diplomatic thaw began in early January when Trump accepted a phone call from Petro.",
        "2026-01-20",
        "d",
    )
    both = [*extract_mentions(call), *extract_mentions(thaw)]
    assert [m.date.edtf() for m in both] == ["2026-01-07", "2026-01~"]  # early January
    assert _at_its_date(both, both[0]) == both  # both name the call: either may title it
    assert _at_its_date(mentions, mentions[0]) == mentions[:1]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # round 46's egypt judge: a figure's list broken off after a dash
        (
            "Human Rights Watch said 302 people had been killed in the Egyptian protests -- 232 "
            "in Cairo",
            "Human Rights Watch said 302 people had been killed in the Egyptian protests",
        ),
        (
            "Robin Cook arrived at hospital - some 90 minutes after his collapse",
            "Robin Cook arrived at hospital",
        ),
        # joined to the headline, inside a quote, or the only verb after the dash: kept
        (
            "Let us recall: the attack on the World Trade Centre shook America - and Germany",
            "Let us recall: the attack on the World Trade Centre shook America - and Germany",
        ),
        (
            "Thousands of Egyptians - taking to the streets",
            "Thousands of Egyptians - taking to the streets",
        ),
    ],
)
def test_a_short_verbless_aside_after_a_dash_leaves_the_titles_end(text: str, title: str) -> None:
    assert finish(text) == title


@pytest.mark.parametrize(
    ("sentence", "date_text", "title"),
    [
        (
            "The USS Carl Vinson aircraft carrier will arrive on Thursday.",
            "on Thursday",
            "The USS Carl Vinson aircraft carrier will arrive on Thursday",
        ),
        (
            "The country's stock market is expected to reopen on Wednesday.",
            "on Wednesday",
            "The country's stock market is expected to reopen on Wednesday",
        ),
        # a verb to come with more after it, or a past, loses its date
        (
            "The president will travel to Cairo on Monday.",
            "on Monday",
            "The president will travel to Cairo",
        ),
        (
            "The principal of a school was shot to death on Wednesday.",
            "on Wednesday",
            "The principal of a school was shot to death",
        ),
    ],
)
def test_a_verb_to_come_keeps_the_date_that_is_all_it_has(
    sentence: str, date_text: str, title: str
) -> None:
    assert make_headline(sentence, date_text) == title


def test_a_report_with_a_heading_glued_before_it_titles_nothing_its_bare_twin_can() -> None:
    """mj's top-15 in rounds 57-64: "Final preparations in Cardiff Michael Jackson died aged
    50", a page's heading run into the caption under it, titled the death while another page
    said "Michael Jackson died aged 50" alone."""
    glued = article(
        "Michael Jackson concert: Final preparations in Cardiff Michael Jackson died aged 50 in"
        " June 2009, while rehearsing for his This Is It tour.",
        "2011-10-07",
        "a",
    )
    bare = article(
        "Michael Jackson died aged 50 in June 2009, during a rehearsal for a run of concerts.",
        "2011-10-08",
        "b",
    )
    mentions = [*extract_mentions(glued), *extract_mentions(bare)]
    assert mentions[0].title.startswith("Final preparations in Cardiff Michael")
    assert best_title(mentions, "occurred").title == "Michael Jackson died aged 50"
    # words before it with a mark or a verb of their own are no heading
    titles = {
        "In Tahrir Square, protesters marched to the palace",
        "Police said protesters marched to the palace",
        "Protesters marched to the palace",
    }
    assert _glued_before_others(titles) == set()
