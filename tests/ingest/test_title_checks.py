"""Titles that do not stand alone are broken; headlines are not.

Both lists are titles ingest made from the shared Timeline17 topics, judged by hand
(``bench/judgements.md``, round 15): the broken ones were counted "no headline" for
the reason in the comment, the whole ones were counted headlines.
"""

from __future__ import annotations

import pytest

from generator.ingest import build_events
from generator.ingest.confidence import is_broken_doubt, score_confidence, title_doubts
from generator.ingest.happening_checks import FIGURE, FORECAST, HAD_SAID
from generator.ingest.headline import make_headline
from generator.ingest.title_checks import (
    PRESENT,
    TITLE_WORD,
    anonymity_doubt,
    pointing_object,
    reported_subject,
)
from generator.ingest.title_cuts import small_part
from generator.ingest.verbs import has_verb
from tests.ingest.articles import article

BROKEN_TITLES = [
    # a pronoun or a "the man" with no one named before it
    "A wave of protests against his regime erupted following the uprising in Tunisia",
    "Hong Kong Chief Executive Donald Tsang told reporters the man arrived",
    "The singer was buried at a ceremony which was seen on television",
    "Both were found guilty of abusing Iraqi civilians suspected of looting",
    "Son Gordon Kyle Armstrong Mathews died in Vancouver, BC",
    "Equipped with heavy-lifting and earth-moving equipment they were waiting off shore",
    "We'll be contacting Gary Younge in New Orleans for an audio dispatch",
    # page furniture and a second sentence glued on
    "1858 Around a dozen US television networks will team up for an all-star telethon",
    "Full Article Egypt orders cull of pig herds, U.N. says a mistake CAIRO | Wed",
    "The moment Egypt was free from Mubarak NEW: Moussa says it could take 7 months",
    "UK airlines have flown aid to Haiti In Port-au-Prince",
    'Katherine Jackson: "Four years won\'t bring my son back" Murray was found guilty',
    "A version appeared on p7 of the Main section section of the Guardian",
    "BEIJING, June 17 - China plans to restrict movement in residential areas",
    "A court hearing has been scheduled for for a decision to be made",
    "Population of 10 million people Most live on less than $2 a day Democratic rule restored",
    "Swine flu: how the latest strain spread around the world The meeting was brought forward",
    # what was said is cut off
    "Tony Blair said the fanatics",
    "The UN said a total of about $270m",
    "Lord Goldsmith told Lord Falconer",
    # a phrase, not a sentence ("search and rescue" is a noun: round 39)
    "Speaking at a press conference",
    "A four-man team from the UK government and 71 search and rescue specialists with dogs",
    "Featuring performances from Justin Timberlake and Alicia Keys",
    # the page's own media
    "Shots can be heard in this video of crowds gathered outside a museum in Cairo",
    "IReporter Abdel-Maguid Ramzy shot video of people praying near the presidential palace",
    "CNN.com Live has the latest from Capitol Hill and around the globe",
    "Analysis of the identities of suicide bombers deployed by Abu Musab al-Zarqawi's al-Qaeda",
    "The head of the UN oil-for-food program in Iraq and a senior UN official",
    "The attacks in London",
    "The day Lord Goldsmith drew up his report",
    # cut off before what the last word qualifies
    "A British search and rescue team - made up of 71 people, mostly",
    "When they last met, just",
    # a clause or a pair opened and left (rounds 36-37: "breaks off at 'how the intelligence'")
    "CNN aired a documentary with top-level sources explaining in detail how the intelligence",
    "As the Guardian reported last week, talks have taken place between British",
    # a state of affairs, not a happening (judged so in rounds 15-22)
    "The prayer is obligatory for Muslim males",
    "Chavez is widely popular",
    "The H1N1 flu outbreak is the first to be declared a pandemic",
    "Howard Zinn is professor emeritus of political science",
    # how things looked, not what happened (judged no happening in rounds 38-40)
    "Mexico's flu outbreak appeared to be stabilizing",
    "The atmosphere in Mexico City appeared more relaxed with some people venturing out",
    "The spread of the new H1N1 virus in Asia showed no signs of slowing",
    # the outlet covering the story (none of 6 such titles judged a headline, rounds 20-41)
    "CNN's Nic Robertson reported that citizens who make their living off tourists are angry",
    "CNN's Anderson Cooper reports on being attacked",
    "A BBC correspondent in Santo Domingo said that priority was being given to planes",
    'On "American Morning," CNN senior legal analyst Jeffrey Toobin explained the law',
    # a saying without what was said (round 41's egypt retitle)
    "State television announced after protests by workers at the country's National Bank",
    # round 44: what footage showed, what has not happened, a columnist's words
    "Video footage showed throngs of protesters charging down a bridge over the Nile River",
    "The H1N1 flu strain has not yet taken hold outside the Americas region",
    "Toyota Motor gave a shocking loss forecast for a staggering $8.6 billion for this year",
    "George Bush and Tony Blair made heroic speeches implying that Iraqis had voted",
    # round 44: how someone looked, what had been expected, a caption's present, a mood
    "Conrad Murray looked sombre as the verdict was read out",
    "Conrad Murray had been expected to surrender to authorities",
    "The response in Baghdad was mixed",
    "Frederick Wooldridge was a senior political affairs and planning officer at the UN",
    # a plural noun after a date is no verb: the first verb is "were" (round 46's iraq judge)
    "The July 7 attacks in London were not an individual act of terrorism",
    "Robin Cook described the Guardian's disclosure as alarming",
    "A US court ordered the papers' release under the American Freedom of Information Act",
    # round 44: a person named as the article names them after the first time
    "Before the latest revelation, Mr Wilson kept up his criticism of the White House",
    "Ms Jackson's civil action was filed in Los Angeles Superior Court",
    # round 44: every verb in an aside opened by a dash
    "A British search and rescue team - made up of 71 people, mostly from the fire services",
    'The government -- which said the toppling of Hosni Mubarak "joyfully" coincided',
    # round 45: an end that has lost what it needs, a journalist's account, "a similar"
    "The U.N. agency said Mexico has reported 1,626 confirmed cases, up from 1,364 and repeated",
    "Dozens of Bedouins gathered in the Sheikh Zwayd area near Rafah and tried",
    "Another soldier was killed in Ramadi, west of Baghdad, adding to the 21",
    "In Washington tens of thousands are expected for what is being billed",
    "A WHO spokesman said the number of infections in Spain of what has been commonly known",
    "Foreign affairs editor Peter Beaumont in Baghdad uncovers a grim trail of abuse carried out",
    "NPR journalist Lourdes Garcia-Navarro and her colleague Ashraf Khalil provided an account",
    "A similar picture was posted on Twitter by a someone in Egypt",
    "Egyptian Health Minister Ahmed Sameh Fareed told state television",
    "Lt Alexander Tweedie, 25, was hurt in the accident",
    # round 46: keeping an eye on things, a question without its answer, "on the scale"
    "White House spokesman Robert Gibbs said that the Obama administration continues to "
    "monitor the situation",
    "Robert Gibbs said the administration was monitoring quite closely the situation in Egypt",
    "White House press secretary Robert Gibbs was asked if the administration supports Hosni "
    "Mubarak",
    "The WHO raised its pandemic alert to 5 on the scale",
    "The World Health Organization is closely monitoring the situation in Japan",
    # round 47: a headline run into the story that names its person again in full
    'Clinton has "mild allergies," not new flu Hillary Clinton has twice been to Mexico',
    "Los Angeles Jackson was due to play 50 UK dates Michael Jackson died",
    "Gibbs' last day -- is Robert Gibbs' final day as White House press secretary",
    # a reported clause whose subject points back (round 46's mj judge: "the film")
    "Judge Michael Pastor ruled that the film would not help the defense team",
    "Judge Michael Pastor concluded that it would not help the defense",
    # an object that points back (rounds 38-44: 1 of 20 judged a headline)
    "The Daily Mirror ran the story",
    "Iraq's human rights minister told the Guardian that the US had agreed to the pullout",
]

HEADLINES = [
    "Poetry Live for Haiti will be held at Central Hall, Westminster",
    "China sent a plane from Shanghai to pick up about 100 of its citizens",
    "Dr Murray denies illegally giving Jackson drugs which led to the singer's death",
    "Michael Jackson announced his live concerts at the London O2 Arena",
    "The official government death toll from the quake rose to 110,000",
    "A crowd of thousands cheered Ghonim when he spoke at Tahrir Square",
    "Many countries banned imports of pork from Mexico, the United States and other countries",
    "Switzerland's Novartis AG said it had received the genetic code of the new virus strain",
    "The 84-year-old woman survivor rescued after 10 days in the rubble",
    "Jackson died aged 50",
    "Several colleagues say they saw people wearing masks in London",
    "GSK Asia Pacific chief Christophe Weber said the company aimed to boost sales",
    "Hope made his first appearance and his last in 1990",
    "The report contradicts key findings of the US version of events",
    "ElBaradei has been placed under house arrest, a high-level security source told CNN",
    "Wyclef Jean says he's now planning another TV fundraiser featuring Black Eyed Peas",
    "A Black Watch soldier is killed in a roadside bombing in Iraq",
    "The World Health Organization is closely examining samples from Japan",
    "UN Secretary General Ban Ki-moon is due to arrive in Haiti",
    "The Mexican health minister said the patient is in a stable condition",
    "Ed Miliband was reading The Guardian on the train to Leeds",
    "Fighting broke out between rival gangs in the capital",
    "Officials explained how the virus spread",
    "World stocks rallied after the Federal Reserve said the recession appeared to be easing",
    "Barack Obama appeared on television to announce a new envoy for Haiti",
    'A BBC correspondent and his crew were "arrested by members of the secret police"',
    "Egypt's Interior Ministry reported that 12 people died in the clashes",
    "Security analyst John Smith said the bombers had trained in Pakistan",
    "Ali Abdullah Saleh said after protests that he will not seek re-election",
    # round 44's good headlines near the new doubts
    "The quake - Haiti's worst in two centuries - struck at 1653",
    "Jackson's doctor was found guilty of the involuntary manslaughter of the singer",
    'Protesters chanted "shocking" outside the embassy in London',
    "Egypt's health ministry said it had not found any cases of the virus",
    "Police searched the Las Vegas home and offices of Jackson's doctor as part of an inquiry",
    "Police looked into the deaths of two men in Port-au-Prince",
    "Hillary Clinton was the first senior Western official to arrive in Haiti",
    "Protesters gathered in Tahrir Square",
    "Two protesters were shot and killed",
    "Hosni Mubarak told reporters he would not run again",
    "Egypt's army promised to protect the protesters",
    "Palestinian Authority President Mahmoud Abbas called Egyptian President Hosni Mubarak",
    "Sub-Saharan Africa's first case of the H1N1 virus was reported in South Africa",
    "The Muslim Brotherhood's leaders were arrested and questioned",
    "The death toll rose to 21",
    "CNN journalist Anderson Cooper was attacked by supporters of Hosni Mubarak",
]


def test_a_state_told_of_what_is_to_come_is_a_listing() -> None:
    """ "The summit is in Lisbon" is no happening that occurred, but lists one to come."""
    (state,) = title_doubts("The NATO summit is in Lisbon next to the old harbour")
    assert is_broken_doubt(state, "occurred") and not is_broken_doubt(state, "scheduled")


@pytest.mark.parametrize("title", BROKEN_TITLES)
def test_a_title_that_does_not_stand_alone_is_broken(title: str) -> None:
    doubts = title_doubts(title)
    assert any(is_broken_doubt(d) for d in doubts), doubts


@pytest.mark.parametrize("title", HEADLINES)
def test_a_headline_is_not_broken(title: str) -> None:
    assert not [d for d in title_doubts(title) if is_broken_doubt(d)]


def test_a_noun_after_a_determiner_or_a_participle_before_by_is_no_verb() -> None:
    assert not has_verb("The attacks in London".split())
    assert not has_verb("A statement released by Obama on Egypt".split())
    assert not has_verb("A long-awaited report released by two senators".split())
    assert has_verb("The statement was released by Obama".split())
    assert has_verb("Protesters attack the building".split())


def test_an_event_with_a_broken_title_waits_for_review_even_with_two_sources() -> None:
    """Two articles report it, but the title says "the man": an editor names him first."""
    first = "On Tuesday the man arrived in Hong Kong on a flight from Shanghai."
    second = "The man arrived in Hong Kong from Shanghai on Tuesday, officials said."
    events = build_events(
        [
            article(f"Hong Kong authorities quarantined a hotel. {first}", "2009-05-01", "a"),
            article(f"Guests were kept inside the hotel. {second}", "2009-05-02", "b"),
        ]
    ).events
    arrived = [e for e in events if "arrived" in e.title]
    assert arrived, [e.title for e in events]
    event = arrived[0]
    assert len({s.article for s in event.sources}) == 2
    confidence = score_confidence(event)
    assert any(is_broken_doubt(r) for r in confidence.reasons), confidence.reasons
    assert event.confidence is not None and event.confidence < 0.4


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Dennis Cook\\/AP George Galloway confronted his accusers in the US senate on Tuesday.",
            "George Galloway confronted his accusers in the US senate",
        ),
        (
            "Photograph: Carl de Souza\\/AFP\\/Getty Images Two new cases of swine flu have been "
            "diagnosed on Thursday.",
            "Two new cases of swine flu have been diagnosed",
        ),
        (
            "AP\\/Kevin Lamarque The US president warned Syria on Monday.",
            "The US president warned Syria",
        ),
        (
            "Photograph: PA A lawyer for one of the soldiers on Monday blamed superiors.",
            "A lawyer for one of the soldiers blamed superiors",
        ),
    ],
)
def test_a_photo_credit_before_the_sentence_stays_out_of_the_title(
    sentence: str, title: str
) -> None:
    date = next(d for d in ("on Tuesday", "on Thursday", "on Monday") if d in sentence)
    assert make_headline(sentence, date) == title


def test_a_title_stopping_at_whom_it_was_said_to_gets_what_was_said() -> None:
    sentence = (
        "Jennifer Locetta, U.S. deputy ambassador to the United Nations, told the U.N. "
        "Security Council on Friday that while Trump and Petro are engaging in “productive "
        "conversations,” the United States remains “deeply concerned about instability, "
        "violence, and illicit drug cultivation and trafficking” in Colombia."
    )
    title = make_headline(sentence, "on Friday")
    assert title == (
        "Jennifer Locetta told the U.N. Security Council the United States remains deeply "
        "concerned about instability"
    )
    assert not title_doubts(title)


NAMES = frozenset({"mubarak", "haiti", "cairo"})


@pytest.mark.parametrize(
    ("title", "doubt"),
    [
        # judged "no headline" in rounds 15-18: nothing says who or where
        ("The team have experience of dealing with the immediate aftermath", True),
        ("People had already gathered", True),
        ("The trial is due to start", True),
        ("Propofol killed him in 2009", True),  # a capital only because it opens the sentence
        # a name anywhere, a name of the corpus first, an acronym: who or where is said
        ("Haiti's government called off the search for survivors", False),
        ("Mubarak resigned", False),
        ("The official death toll in Port-au-Prince rose to 110,000", False),
        ("UNICEF said more than 2,500 people had been killed", False),
    ],
)
def test_a_title_naming_no_one_and_nowhere_is_doubted(title: str, doubt: bool) -> None:
    assert (anonymity_doubt(TITLE_WORD.findall(title), NAMES) is not None) is doubt


@pytest.mark.parametrize(
    ("title", "doubted"),
    [
        # captions and comment are told in the present (round 26: 14 of 32 such titles a
        # happening with its right date)
        ("Holiday maker Max Summerskill talks on his mobile phone", True),
        ("A demonstrator stands behind barricades on the edge of Tahrir Square", True),
        ("Bulletin features a plug for the training academy", True),
        # a plural subject's present is a caption's too (round 44: "Demostrators gather in
        # Cairo's Tahrir Square", a photo caption dated by its page)
        ("Demostrators gather in Cairo's Tahrir Square", True),
        ("Protesters march through central Cairo", True),
        # a base form in "-ss", and a gerund after a preposition is no second verb (round 53:
        # a TV schedule's item, "11:00 am ET - … discuss efforts at encouraging …")
        ("Officials and others discuss efforts at encouraging private investment", True),
        ("The minister discusses efforts at rebuilding the port", True),
        # what was said that day, a past report, a modal
        ("Obama says Mubarak must go", False),
        ("Officials say the virus has spread", False),
        ("The WHO raised its alert level", False),
        ("Protesters will march on Friday", False),
    ],
)
def test_a_title_in_the_present_tense_is_doubted(title: str, doubted: bool) -> None:
    assert (PRESENT in title_doubts(title)) == doubted


def test_a_caption_pointing_at_its_photograph_dates_nothing() -> None:
    """ "shown here in February" is when the photograph was taken (round 26's mj judge)."""
    text = (
        "Dr Murray, shown here in February, joined Jackson's entourage to get him fit for "
        "London concerts.\n"
        "Police searched the clinic of Dr Murray in Houston on Wednesday, officials said."
    )
    dates = {e.date.edtf() for e in build_events([article(text, "2011-01-07")]).events}
    assert "2010-02" not in dates and "2011-01-05" in dates


@pytest.mark.parametrize(
    ("title", "doubted"),
    [
        ("Simon Cowell is hoping to complete the single", True),
        ("Hungary's government expects the economy to contract by up to 6 percent", True),
        ("Mubarak's proposals might have worked", True),
        # what someone said could happen is their statement; a plan is "expected to"
        ("The attorney general said that resolution 1441 could only be sustainable", False),
        ("The first contingent of the 82nd Airborne Division is expected to arrive", False),
    ],
)
def test_a_hope_or_a_forecast_is_no_happening(title: str, doubted: bool) -> None:
    doubts = title_doubts(title)
    assert any(FORECAST in d and is_broken_doubt(d) for d in doubts) == doubted, doubts


@pytest.mark.parametrize(
    ("title", "doubted"),
    [
        ("An estimated 200,000 people died in the quake", True),
        ("60% of Britons wanted British troops out", True),
        # a figure's change on a day is news; a person may be a "figure"
        ("The official government death toll from the quake rose to 110,000", False),
        ("Opposition figure Mohamed ElBaradei told CNN that he is willing to run", False),
    ],
)
def test_a_figure_is_no_happening(title: str, doubted: bool) -> None:
    doubts = title_doubts(title)
    assert any(FIGURE in d and is_broken_doubt(d) for d in doubts) == doubted, doubts


SENTENCE = (
    "Allawi, who was a strong ally of the US-led coalition forces and was prime minister "
    "until this April, made his remarks as further hints emerged yesterday of a split."
)


@pytest.mark.parametrize(
    ("title", "quotes", "doubted"),
    [
        # five words of a thirty-word sentence: most of what it says is left out
        ("Ayad Allawi made his remarks", [SENTENCE], True),
        ("Ayad Allawi, a strong ally of the US-led coalition, made his remarks", [SENTENCE], False),
        # a title two reports share tells their happening, however long either sentence is
        ("Ayad Allawi made his remarks", [SENTENCE, "Allawi made his remarks on Friday."], False),
    ],
)
def test_a_title_keeping_a_small_part_of_its_one_sentence_is_doubted(
    title: str, quotes: list[str], doubted: bool
) -> None:
    assert (small_part(title, quotes) is not None) == doubted


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        # judged "no headline" in rounds 27-37: which film, which speech, what?
        ("Judge Michael Pastor ruled that the film would not help the defense team", "the film"),
        ("A spokeswoman for the district attorney said the office had decided", "the office"),
        ("Judge Michael Pastor concluded that it would not help the defense", "it"),
        (
            "White House spokesman Robert Gibbs told reporters the speech would be delivered",
            "the speech",
        ),
        # the subject says which, or the clause has no subject of its own
        ("Egypt's army said the death toll from the clashes had risen to 11", None),
        ("The WHO said the H1N1 virus had spread to 74 countries", None),
        ("Hosni Mubarak said he would not run again", None),
        ("Haiti's government called off the search for survivors", None),
        # the company its chief works for; what a body said of itself
        ("GSK Asia Pacific chief Christophe Weber said the company aimed to boost sales", None),
        ("The World Health Organization said it had raised its alert", None),
        ("Mexico's Health Ministry said it had confirmed 20 deaths", None),
    ],
)
def test_a_reported_subject_that_points_back_is_doubted(title: str, subject: str | None) -> None:
    assert reported_subject(TITLE_WORD.findall(title)) == subject
    assert any("does not say who or what" in d for d in title_doubts(title)) is bool(subject)


@pytest.mark.parametrize(
    ("title", "pointing"),
    [
        # judged "no headline" in rounds 38-40: which story, which country, which building?
        ("The Daily Mirror ran the story", "the story"),
        ("Ben Ali fled the country", "the country"),
        ("A Danish UN worker was pulled alive from the rubble of the building", "the building"),
        (
            "A Health Ministry statement said those who violated the order would be fined",
            "the order",
        ),
        ("Verizon will begin taking pre-orders for the phone and selling it", "the phone"),
        ("Hillary Clinton condemned the attacks", "the attacks"),  # round 42: on whom?
        # round 45: only where it was made after it
        (
            "Gordon Brown announced the move at a charity poetry reading for Haiti in London",
            "the move at",
        ),
        # the title says which, or the phrase is an idiom
        ("The court ordered the release of the film This Is It", None),
        ("Kofi Annan ordered an inquiry into the affair of the oil-for-food programme", None),
        ("U.S. officials confirmed 91 cases of swine flu across the country", None),
        ("GSK Asia Pacific chief Christophe Weber said the company aimed to boost sales", None),
        ("Jackson's body was released to the family", None),
        ("The cabinet announced the decision to close all schools", None),
    ],
)
def test_an_object_that_points_back_is_doubted(title: str, pointing: str | None) -> None:
    assert pointing_object(title, TITLE_WORD.findall(title)) == pointing
    assert any("does not say which" in d for d in title_doubts(title)) is bool(pointing)


@pytest.mark.parametrize(
    ("title", "doubted"),
    [
        # the egypt sample's top event in rounds 40 and 41, dated by the protests
        (
            "The banned Muslim Brotherhood had stated it would not have an official presence "
            "at the protests",
            True,
        ),
        ("Mubarak had indicated that he was delegating authority to Omar Suleiman", True),
        # a deed done by the date, or a saying inside a clause of its own
        ("Four vessels had docked at the reopened port", False),
        ("After officials had said the port was closed, four vessels docked", False),
    ],
)
def test_what_had_been_said_before_the_day_is_doubted(title: str, doubted: bool) -> None:
    assert (f"title is broken: {HAD_SAID}" in title_doubts(title)) is doubted


def test_a_caption_in_the_present_dates_nothing_but_a_report_or_a_plan_does() -> None:
    """What a photograph shows, in the present simple with a day already past, is a caption
    (round 37: "Mahmoud Ahmadinejad gestures during a rally", "Egyptians protest … during a
    demonstration Monday"); a report in the past or the present simple of a day to come is
    not."""
    text = (
        "Iranian President Mahmoud Ahmadinejad gestures during a rally in Tehran on February 11.\n"
        "Egyptians protest against the government during a demonstration Monday in Cairo.\n"
        "Egypt's Interior Ministry forbade protests Friday, but crowds gathered in Cairo.\n"
        "The foreign minister speaks at the United Nations on Thursday."
    )
    events = build_events([article(text, "2011-02-15")]).events  # a Tuesday
    titles = {e.date.edtf(): e.title for e in events}
    assert sorted(titles) == ["2011-02-11", "2011-02-17"]
    assert titles["2011-02-11"].startswith("Egypt's Interior Ministry forbade protests")


def test_a_caption_after_a_page_stamp_and_byline_or_at_a_towns_full_date_dates_nothing() -> None:
    """A caption opening a page after its stamp and byline (round 64: "Protesters gather in
    Rome's Piazza del Popolo on Sunday …"), and one ending on a town's name and the full date
    ("Flames rise … in the Egyptian Sinai town of El Arish on February 5, 2011."), are the
    photograph's; the report of the fire beside them dates it."""
    text = (
        "February 13, 2011 | From Hada Messia, CNN Protesters gather in Rome's Piazza del"
        " Popolo on Sunday for a demonstration against Prime Minister Silvio Berlusconi.\n"
        "Flames rise from a gas pipeline attack in the Egyptian Sinai town of El Arish on"
        " February 5, 2011.\n"
        "A pipeline was set on fire in the Sinai town of El Arish on February 5, officials said."
    )
    events = build_events([article(text, "2011-02-14")]).events
    assert [(e.date.edtf(), e.title.split()[:3]) for e in events] == [
        ("2011-02-05", ["A", "pipeline", "was"])
    ]


def test_a_title_telling_a_question_is_doubted() -> None:
    """ "Robert Gibbs was asked if the administration supports Hosni Mubarak" (rounds 37-38:
    the news is the answer); a title telling the answer is not doubted."""
    assert "title is broken: it tells a question, not its answer" in title_doubts(
        "White House press secretary Robert Gibbs was asked if the administration supports "
        "Hosni Mubarak"
    )
    assert title_doubts("Robert Gibbs said the US continues to monitor the protests in Egypt") == []


@pytest.mark.parametrize(
    ("title", "glued"),
    [
        ("CNN has confirmed The Egyptian defense ministry urged the youth to go back home", True),
        ("Bernanke told The Washington Post that rates would stay low", False),
        ("The Sun published photographs of members of the Queen's Guard", False),
    ],
)
def test_a_sentence_glued_on_after_a_word_is_no_headline(title: str, glued: bool) -> None:
    """A page's second sentence run on without its stop, "The" and a name after a lower-case
    word (egypt/cnn): not a newspaper's name after a verb of telling."""
    doubts = title_doubts(title)
    assert any("a second sentence starts in it" in d for d in doubts) is glued


@pytest.mark.parametrize(
    "title",
    [
        "Experts said it was probably no coincidence that the Zawahiri tape emerged",
        "The warrior culture and firepower of the US army make it almost irresistible",
    ],
)
def test_a_guess_or_a_columnist_s_judgement_is_opinion(title: str) -> None:
    """iraq/guardian: commentary that judges failed as a happening in rounds 61-63."""
    assert any("columnist's opinion" in d for d in title_doubts(title))
    assert not any(
        "columnist's opinion" in d
        for d in title_doubts('Obama said the situation was "probably" the worst in decades')
    )
