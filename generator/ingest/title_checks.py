"""Grammar checks of a title: does it say who, is it one sentence, is it a sentence at all?

A headline stands alone: a reader sees it on the chronology without the
article it came from. Titles cut from a sentence fail that in a few general
ways this module finds, each from the words alone (no parser):

- it points back to what the article said before it: a personal pronoun with
  no name before it ("A wave of protests against his regime erupted"), "the man"
  or "the singer" as the only mention of someone, "Both …" as a subject;
- it carries page furniture glued to the sentence: a live-blog clock stamp
  ("1858 Around a dozen networks …"), a "|" of a page's header, "NEW:";
- a second sentence starts inside it ("… flown aid to Haiti In Port-au-Prince");
- it is a phrase, not a sentence: it opens with a participle or preposition
  and goes on without a comma ("Speaking at a press conference"), or names a time
  ("The day Lord X drew up his report");
- it ends on a word that needs more after it ("… made up of 71 people, mostly").

Each check returns the doubt in words, or ``None``; :mod:`generator.ingest.confidence`
counts every one as a broken title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress
from operator import eq

from generator import fastre
from generator.ingest.happening_checks import FORM_SCAN, journalist_reports
from generator.ingest.proper import name_form
from generator.ingest.verbs import AUXILIARIES, IRREGULAR_PAST, first_verb, has_verb, is_verb

_PERSONAL = frozenset("he she him his her hers they them their theirs".split())
"""Personal pronouns that need someone named before them."""
_PLURAL = frozenset("they them their theirs".split())
"""Pronouns a plural noun before them can stand for."""
_NOT_A_NAME = frozenset(
    """a an the this that these those his her its their our my some many several most all
    no one two three four five six seven eight nine ten on in at by for from with after
    before during since as when while""".split()
)
"""First words that are no name (a title's first word is capitalised whatever it is)."""
_THE_ONE_MENTIONED = fastre.compile(
    r"\b[Tt]he\s+(?:(?!of\b|first\b|last\b)[A-Za-z][a-z-]+\s+)??"
    r"(man|woman|boy|girl|men|women|child|children|baby|couple|pair|singer|"
    r"(?:pop\s+)?star|doctor|company|firm|victim|suspect|teenager|latter|former|disclosure|"
    r"\d+-year-old(?=\s+(?:[a-z]+ed|was|is|had|has|died|said|told)\b|[\s,.]*$))\b"
    r"(?!\s+(?:of|from|in|at|who|whose|which|named|called|that)\b)(?!['’]s)",
    scan=FORM_SCAN,
)
"""Someone or something named as already mentioned ("the man arrived", "The singer will be
buried", "The Mexican man arrived"), unless the title goes on to say which ("the man who
…", "the company's")."""
_ROLES = frozenset("company firm singer star doctor".split())
"""What a name earlier in the title may be ("GSK's chief said the company aimed …")."""
TITLE_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
"""A word of a title: letters or digits, joined by an apostrophe, a stop or a hyphen."""
_COLLECTIVE_SUBJECT = re.compile(r"^(?:Both|Each|Neither|Others|Son|Daughter)\b(?!\s+(?:of|the)\b)")
"""A subject that counts people named before ("Both were found guilty", "Son Gordon died")."""
_FURNITURE = fastre.compile(
    r"^(?:[01]\d|2[0-3])[0-5]\d\s+[A-Z]|\||^Full Article\b|\bNEW:"
    r"|\bPhotograph:|\\?/(?:AP|AFP|PA|Reuters|Getty)\b|^(?:AP|AFP|PA|Reuters)\\?/|Getty Images"
    r"|^By\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]+\s+[A-Z][a-z]+\s+[A-Z]"
    r"|\bThis article appeared\b|^(?:1[89]|20)\d\d:\s"
    r"|\bappeared on p\d+\b|^[A-Z]{3,}(?:\s[A-Z]{3,})*,\s+(?:[A-Z][a-z]+\s+\d{1,2}\s+)?[-–—]",
    scan=FORM_SCAN,
)
"""A live-blog clock stamp opening the title, a page header's "|", a live-blog "NEW:", a
photo credit ("Kim Badawi/Getty Images for CNN"), a print-edition note, a dateline, a
byline opening it ("By Andrew Cohen The Atlantic Murray will be sentenced")."""
_GLUED_AFTER_QUOTE = fastre.compile(
    r"[a-z0-9.!?][”\"]\s+[A-Z][a-z]|`[^']*[a-z0-9.!?]'\s+[A-Z][a-z]", scan=FORM_SCAN
)
"""A sentence starting right after a closing quote ("… bring my son back" Murray was …),
or after a page headline's `quote' ("Michael Jackson `warned about propofol use' Cherilyn
Lee fought back tears")."""
_FULL_NAME_INSIDE = fastre.compile(
    r"(?<=[a-z0-9,\"”’'] )([A-Z][a-z]+) ([A-Z][a-z][\w-]+)\b", scan=FORM_SCAN
)
"""A given name and a surname after a lower-case word, inside a title."""
_NOT_GIVEN_NAMES = frozenset(
    """President Prime Minister Secretary General Vice Chief North South East West New Saint
    St Sub""".split()
)


def _named_again(title: str) -> re.Match[str] | None:
    """A person named in full after a lower-case word, whose surname the title gave already:
    a headline run into the story that names them again ("Clinton has "mild allergies," not
    new flu Hillary Clinton has twice been to Mexico", "… due to play 50 UK dates Michael
    Jackson died"). The surname opens the same :data:`_CAPITAL_RUN` twice: without a run
    repeated, the search, tried at every position of nearly every title, is spared."""
    runs = _CAPITAL_RUN.findall(title)
    if len(set(runs)) == len(runs):
        return None
    for found in _FULL_NAME_INSIDE.finditer(title):
        given, surname = found.groups()
        if given in _NOT_GIVEN_NAMES or given.endswith(("an", "ese", "ish")):
            continue
        before = title[: found.start()]
        if surname in before and re.search(rf"\b{re.escape(surname)}\b", before):
            return found
    return None


_CAPITAL_RUN = re.compile(r"[A-Z][a-z]\w*")
"""Word characters opening on a capital: after a non-word character, the whole run."""
_DOUBLED = re.compile(r"\b(?!(?:that|had)\b)(\w+)\s+\1\b", re.I)
"""A word written twice ("scheduled for for"), where a date or a line was cut out."""
_WORD_RUN = re.compile(r"\w+")
"""Word characters: a :data:`_DOUBLED` match is two the same, side by side."""
SENTENCE_GAP = r"(?<=[a-z0-9’'\"”])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\s+"
"""The gap before a sentence run into the one before it without a stop: after a word that ends
in a lower-case letter, a digit or a closing quote, not after a short capitalised word, whose
name goes on ("his This Is It tour")."""
_SECOND_SENTENCE = fastre.compile(
    SENTENCE_GAP + r"(?:(?:In|On|At|It|He|She|They|We|But|His|Her|Their|However|Meanwhile"
    r"|Speaking|Writing|Talking|Asked)\b(?![’'-])|It['’]s\b)",
    scan=FORM_SCAN,
)
"""A word that starts a sentence ("It's", "Speaking to …" too), capitalised after a word that
ends one without a stop (:data:`SENTENCE_GAP`: "… flown aid to Haiti In Port-au-Prince");
names with these words are rare in news."""
_SENTENCE_AFTER_WORD = fastre.compile(
    r"\b(?!(?:in|of|on|at|for|from|by|with|to|about|into|read|reads|told|tells|said|says"
    r"|called|named|titled|and|or|the|a|an)\b)[a-z]+\s+(?:(?:The|Most|Many|This|These|Those)\s+[a-z]"
    r"|The\s+[A-Z][a-z]+\s+[a-z]{3,})",
    scan=FORM_SCAN,
)
"""A sentence's first word after a lower-case word that ends another without a stop, in a
fact box or a page's lines run together ("Population of 10 million people Most live on less
than $2 a day", "… around the world The WHO has …", "CNN has confirmed The Egyptian defense
ministry urged …"); not a title ("read The Guardian", "reported The New York Times")."""
_ING_ADJECTIVES = frozenset(
    "upcoming ongoing forthcoming outgoing incoming continuing rising growing looming".split()
)
"""Words in "-ing" that open a noun phrase ("Upcoming presidential election in Chile"), not
a participle's phrase ("Featuring performances from …")."""
_OWN_MEDIA = fastre.compile(
    r"\bin\s+this\s+(?:video|clip|gallery|photo|picture|slideshow|report)\b"
    r"|\bcan\s+be\s+(?:heard|seen)\s+in\b|\biReport(?:er)?s?\b|\bhas\s+the\s+latest\b"
    r"|\boffers?\s+(?:their|his|her|its)\s+views\b|\bas\s+you\s+(?:heard|saw|can\s+see)\b"
    r"|\b(?:CNN|BBC|we)\s+will\s+(?:talk|speak)\s+(?:to|with)\b",
    re.I,
    scan=FORM_SCAN,
)
"""A page speaking of its own media to its reader ("Shots can be heard in this video",
"IReporter … shot video", "CNN.com Live has the latest", "Analysts offer their views", "as
you heard"): a widget or a promotion, not a happening (judged so in round 31)."""
_PHRASE_OPENER_NEXT = frozenset(
    """on in at with without by to from for out up the a an his her their its about after
    over into under during""".split()
)
"""Words that follow a participle opening a phrase ("Speaking on", "Confronted with")."""
_NAMED_TIME = re.compile(
    r"^(?:The|A)\s+(?:day|moment|week|night|year|time|kind|sort|morning|evening|month)\b"
    r"(?!\s+(?:of|after|before|began|was|is|ended|saw|had|has)\b)"
)
"""A title that names a time or kind ("The day Lord X drew up …", "The kind of … that")."""
_NEEDS_MORE = frozenset(
    """mostly mainly largely just only even also still almost nearly very such several every
    each another least much young""".split()
)
"""Words a sentence does not end on: what they qualify was cut off."""


def reference_doubt(title: str, words: Sequence[str]) -> str | None:
    """Why ``title`` does not say who or what, if it points back to an earlier sentence."""
    pronouns = not _PERSONAL.isdisjoint(map(str.lower, words[1:]))  # most titles have none
    for i, word in enumerate(words[1:] if pronouns else (), start=1):
        lowered = word.lower()
        if lowered in _PLURAL and _plural_before(words, i):
            continue  # "Several colleagues say they saw …"
        if lowered in _PERSONAL and not _named_before(words, i):
            return f"it does not say who ({word!r} before any name)"
    found = _THE_ONE_MENTIONED.search(title)
    if found and not (
        found.group(1).lower() in _ROLES
        and _named_before(words, len(TITLE_WORD.findall(title[: found.start()])))
    ):
        return f"it does not say who ({found.group(0)!r})"
    if _COLLECTIVE_SUBJECT.match(title):
        return f"it does not say who ({words[0]!r})"
    courtesy = _COURTESY_NAME.search(title)
    if courtesy:
        return f"{COURTESY} ({courtesy.group(0)!r})"
    return None


HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Mr\.|Mrs\.|Ms\.|Dr\.)\s+)"
"""A courtesy title or a doctor's before a surname."""
BARE_SURNAME = re.compile(rf"^{HONORIFIC}?([A-Z][a-z][\w’'-]*?)(['’]s)?(?=\s+[a-z])")
"""A title opening on a surname alone, or with "Mr" or "Dr" ("Dr Murray told police",
"Jackson's body was released"), before a lower-case word."""


def stranger_doubt(title: str, strangers: frozenset[str]) -> str | None:
    """Why ``title`` does not say who, if it opens on the surname alone of someone the corpus
    names in full but who is not one of the story's own people (``strangers``:
    :func:`~generator.ingest.names.corpus_strangers`): "Moussa said that Egypt needs …",
    "Keys's son was one of six Red Caps killed …" (7 such published titles read in the
    sixteenth session, none a headline). The story's own ("Jackson died aged 50") are known
    to its reader."""
    found = BARE_SURNAME.match(title)
    if found is None or found.group(1) not in strangers:
        return None
    return f"{BROKEN}: it does not say who ({found.group(1)!r}, a surname alone)"


COURTESY = "it does not say who: a courtesy title and surname"
"""The doubt of a title naming someone as "Mr Wilson" (:data:`_COURTESY_NAME`), which the
person's full name mends."""
_COURTESY_NAME = fastre.compile(
    r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][\w-]*(?:['’][A-Z][\w-]*)?\b(?![’'][A-Za-z]{2}|\s+[A-Z])",
    scan=FORM_SCAN,
)
"""A person called by a courtesy title and surname, as an article does after naming them in
full ("Before the latest revelation, Mr Wilson kept up his criticism", "Ms Jackson's civil
action was filed"): a headline gives the full name (round 44: two such titles, neither a
headline)."""


def definite_subject(words: Sequence[str]) -> str | None:
    """The subject, if it is "the" and common nouns that point back to what the article named
    before ("The military said …", "The flight took off …", "The four bombers drove …"):
    judges called 13 of 105 such titles headlines. Not a subject that says which with a name
    or a phrase ("The death toll from the quake", "The head of the UN mission")."""
    if words[0] not in _DEFINITE:
        return None
    verb = first_verb(words)
    if verb is None or verb < 2:
        return None
    subject = words[:verb]
    if any(w[:1].isupper() or w.lower() in _QUALIFYING for w in subject[1:]):
        return None
    return " ".join(subject)


_DEFINITE = frozenset("The This These Those".split())
"""Determiners of a subject already known to the reader of the article."""


def reported_subject(words: Sequence[str]) -> str | None:
    """The subject of what a title reports, if it points back to what the article named
    before: "the" and common nouns ("Judge Michael Pastor ruled that the film would not
    help", "… told reporters the speech would be delivered"), or "it" after a person ("Judge
    Michael Pastor concluded that it would not help"). The reader of the title alone cannot
    tell which; judges called 3 of 16 such titles (rounds 27–37) headlines. Not "the company"
    after the company's name ("GSK's chief said the company aimed …")."""
    for j in range(2, len(words) - 1):
        word = words[j]
        if word not in _REPORTED_DEFINITE and word != "it":
            continue
        reporting = [k for k in range(max(0, j - 4), j) if words[k].lower() in _REPORTING]
        said = reporting[-1] if reporting else None
        if said is None or j - said > 3 or any(is_verb(w) for w in words[said + 1 : j]):
            continue
        if word == "it":
            if (
                is_verb(words[j + 1])
                and words[j + 1] not in _EXPLETIVE_AFTER
                and _said_by_person(words[: reporting[0]])  # "… concluded that it …"
            ):
                return "it"  # not "… said it was ridiculous that …": "it" stands for nothing
            continue
        verb = next((i for i in range(j + 2, min(j + 4, len(words))) if is_verb(words[i])), None)
        if verb is None:
            continue
        subject = words[j:verb]
        if any(w[:1].isupper() or w.lower() in _QUALIFYING for w in subject[1:]):
            continue
        if subject[-1].lower() in _ROLES and _named_before(words, j):
            continue
        return " ".join(subject)
    return None


def pointing_object(title: str, words: Sequence[str]) -> str | None:
    """The object, if it is a thing or person the article named before, which the title
    alone does not say: "the" (or "his", "its", …) and a noun that stands for a name ("The
    Daily Mirror ran the story", "Ben Ali fled the country", "pulled alive from the rubble
    of the building", "ruled that the film …"). Of 15 such titles with no other doubt
    judged in rounds 20–40, judges called 1 a headline, against 51% of the others. Not one
    the title goes on to name ("the film This Is It", "the trial of Conrad Murray"), nor
    "across the country"."""
    verb = first_verb(words)
    if verb is None:
        return None
    start = title.find(words[verb])
    found = (
        _search_from(_POINTING, title, start)
        or _search_from(_POINTING_ACT, title, start)
        or _search_from(_POINTING_PLACE, title, start)
        or _search_from(_UNNAMED_LEADER, title, start)
        or _search_from(_DEMONSTRATIVE, title, start)
    )
    if found is None:
        similar = _search_from(_SIMILAR, title, start)  # "a similar march": like what?
        return similar.group(0) if similar else None
    if found.group(1) in _BODY_NOUNS and any(w[:1].isupper() for w in words[1:verb]):
        return None  # "GSK Asia Pacific chief Christophe Weber said the company aimed …"
    if found.group(1) in _PERSON_NOUNS and _POSSESSIVE_NAME.search(title, 0, found.start(1)):
        return None  # "the offices of Jackson's doctor", "Jackson's doctor … of the singer"
    return found.group(0)


def _search_from(pattern: fastre.Pattern, title: str, start: int) -> re.Match[str] | None:
    """``pattern.search(title, start)``, asked only when the title scan finds a match in the
    whole title (one from ``start`` on is one of them): ``re`` seldom runs."""
    return pattern.search(title, start) if pattern.may_match(title) else None


_POINTING_NOUNS = (
    "film movie book story phone device building group band singer star company firm man"
    " woman boy girl child victim suspect couple trial case hearing order ruling statement"
    " statements plan deal agreement bill law measure move decision money vessel ship plane"
    " flight aircraft team country city region area site scene incident affair letter memo"
    " document documents papers tape video footage song single album show concert event tour"
    " private soldier officer doctor director clinic attacks rally disease elections meeting"
    " co-operation cooperation revelation disclosure pullout withdrawal customers"
    " performance performances comment comments remarks allegations claims accusations release"
    " accident scale figures tragedy assessment camp king queen prince boat"
)
_POINTING = fastre.compile(
    r"(?<!\bacross )(?<!\bthroughout )(?<!\baround )(?<!\bover )"
    r"\b(?:the|this|that|these|those|his|her|its|their|(?:the\s+)?[A-Z][\w-]*['’]s"
    r"|the\s+[a-z]+s['’])\s+"
    r"(?:(?!(?:the|this|that|these|those|a|an)\b)(?:[a-z][\w-]*|[A-Z]{2,3}|[A-Z][a-z]+-born)\s+)?"
    rf"({'|'.join(_POINTING_NOUNS.split())})\b"
    r"(?![-'’]|\s+(?:of|in|at|on|for|from|with|by|about|against|to|that|which|who|called"
    r"|named|known|titled|entitled)\b|\s+[A-Z\d\"“‘'])",
    scan=FORM_SCAN,
)
"""A determiner and a noun that stands for something named before, with nothing after
it that says which ("the US assessment", "The Grenada-born private"). The title scan refuses
most titles (a match from the verb on is one in the whole title) before ``re`` searches."""
_UNNAMED_LEADER = fastre.compile(
    r"\bthe\s+[A-Z][a-z]+(?:ian|ese|ish)\s+(leader|president|premier)\b(?![-'’]|\s+[A-Z\"“])",
    scan=FORM_SCAN,
)
"""A country's leader by nationality alone ("critical words for the Russian leader"): the
article named whom; "Yemen's president" or "the Russian president Vladimir Putin" says."""
_POINTING_PLACE = fastre.compile(
    r"(?<!,\s)\bthe\s+(?:(?!(?:the|a|an)\b)[a-z][\w-]*\s+)?"
    r"(hotel|airport|port|pier|hospital|prison|supplies)\b"
    r"(?!-|\s+(?:of|in|at|on|for|from|with|by|near|outside|called|named|known)\b"
    r"|\s+[A-Z\d\"“‘'])",
    scan=FORM_SCAN,
)
"""A place or a load named before with "the" alone ("repairing the port's pier", "a party at
the hotel"): the article said which. A name's possessive ("Bouazizi's hospital bedside") or
"its" after a named subject says it here. Not "the capital", which a story's country names
("Fighting broke out between rival gangs in the capital"), nor a subject opening a clause
after a comma ("When the quake struck, the hospital collapsed"), which the clause checks
judge."""
_DEMONSTRATIVE = fastre.compile(
    r"\b(?:these|those)\s+(?!(?:days|weeks|months|years|times|who|whom|whose|which|that)\b)"
    r"([a-z][\w-]*)\b"
    r"(?!-|\s+(?:of|in|at|on|for|from|with|by|about|against|to|that|which|who|whose)\b)",
    scan=FORM_SCAN,
)
"""Any thing "these" or "those" points at, with nothing after it saying which ("expressed
impatience with the pace of progress on those matters")."""
_SIMILAR = fastre.compile(r"\b(?:a|another)\s+similar\s+[a-z]+\b(?!\s+to\b)", scan=FORM_SCAN)
"""A thing like one the article told before ("a similar march in Alexandria")."""
_OTHER = fastre.compile(
    r"(?<!\beach\s)\b(?:another|other)\s+(?!round\b|than\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?",
    scan=FORM_SCAN,
)
"""A thing besides one the article told before ("met with other opposition leaders", "in
another restive North African nation"); not "each other", "another round of …"."""


def other_doubt(title: str) -> str | None:
    """Why ``title`` does not say which, if it counts on something the article named before
    with "other" or "another": of 13 published titles with them judged in the fifteenth
    session, 3 were headlines. A defect, not a broken title ("Searches at the clinic and
    another site rented by Conrad Murray" was one)."""
    found = _OTHER.search(title)
    return f"title does not say which ({found.group(0)!r})" if found else None


def points_back(phrase: str) -> bool:
    """Whether ``phrase`` is "it" or ends in a noun that stands for something named before
    (:data:`_POINTING_NOUNS`: "the film" in "ruled that the film would not help …")."""
    return phrase == "it" or phrase.rsplit(" ", 1)[-1].lower() in _POINTING_NOUN_SET


_POINTING_ACT = fastre.compile(
    r"\b(?:the|this|that|his|her|its|their)\s+(move|decision|step|measure|plan|deal|order"
    r"|announcement)\s+(?:at|in|during|after|before|on\s+(?:[A-Z]|the\s+eve))",
    scan=FORM_SCAN,
)
"""An act named before, with only where or when after it ("announced the move at a charity
poetry reading"): which move is still not said."""
_POINTING_NOUN_SET = frozenset(_POINTING_NOUNS.split())
_PERSON_NOUNS = frozenset(
    "singer star man woman boy girl child victim suspect couple private soldier officer doctor"
    " director".split()
)
_POSSESSIVE_NAME = re.compile(r"\b[A-Z][\w-]*['’]s?\s")
"""A name in the possessive, which a person noun after it may stand for ("Jackson's doctor …
the singer")."""
_BODY_NOUNS = frozenset("company firm group band team".split())
"""Nouns of a body, which a subject with a name names ("GSK's chief said the company …")."""


def _said_by_person(subject: Sequence[str]) -> bool:
    """Whether a saying verb's subject ends in a person's name ("Judge Michael Pastor"), not a
    body's ("The World Health Organization", "Switzerland's Novartis AG", "… giant Google")."""
    name = subject[-2:]
    return (
        len(name) == 2
        and subject[0] not in _DEFINITE
        and all(w[:1].isupper() and not w.isupper() and "'" not in w and "’" not in w for w in name)
        and not any(w.rstrip("s") in _BODIES for w in name)
    )


_EXPLETIVE_AFTER = frozenset("is was".split())
"""Verbs after which "it" may stand for nothing ("it was ridiculous that …")."""
_BODIES = frozenset(
    """Ministry Organization Organisation Agency Department Office Council Commission
    Government Army Police Company Group Bank Union Association Committee Court Party Service
    Institute University Centre Center Board Authority Foundation Network Airline Airway News
    Corporation Corp Inc Ltd Times Post Journal Nations House Administration Force Guard
    Embassy Parliament Senate Congress Cabinet Programme Program Fund Reuters""".split()
)
"""Words of the name of a body ("Health Ministry", "Air Force", "White House")."""
_REPORTED_DEFINITE = frozenset("the this these those".split())
"""Determiners, mid-title, of a subject already known to the reader of the article."""
_REPORTING = frozenset(
    """said says told tells ruled rules warned warns announced announces confirmed confirms
    reported reports stated states declared declares revealed reveals claimed claims insisted
    insists added adds noted notes argued argues believed believes feared fears suggested
    suggests admitted admits found finds concluded concludes decided decides that""".split()
)
"""Verbs (and "that") after which a clause reports what someone said or found."""
_QUALIFYING = frozenset("of from in at for on with by near outside inside who which that".split())
"""Words after which a subject goes on to say which one it is."""


def anonymity_doubt(words: Sequence[str], names: frozenset[str]) -> str | None:
    """Why a title names no one and nowhere, if it does not: no capitalised word after its
    first, which is not a name of the corpus (``names``) or an acronym ("The team have
    experience …", "People had already gathered"). A headline says who or where."""
    if not words or any(w[:1].isupper() for w in words[1:]):
        return None
    first = words[0]
    if first.isupper() and len(first) > 1:
        return None  # "UNICEF said …"
    if name_form(first) in names:
        return None  # "Mubarak resigned", "Haiti's government called off the search"
    return f"it names no one and nowhere ({' '.join(words[:3])!r} …)"


def opens_anonymous(words: Sequence[str]) -> bool:
    """Whether a title names no one and nowhere whatever the corpus's names are: its first
    word is no name ("The suicide bombers attacked icons …") and no capitalised word follows
    (:func:`anonymity_doubt`)."""
    if not words or words[0].lower() not in _NOT_A_NAME:
        return False
    return anonymity_doubt(words, frozenset()) is not None


def _plural_before(words: Sequence[str], end: int) -> bool:
    """Whether a plural noun ("colleagues", "authorities") comes before ``words[end]``."""
    return any(
        len(w) > 3 and w.endswith("s") and w.islower() and not is_verb(w) for w in words[:end]
    )


def _named_before(words: Sequence[str], end: int) -> bool:
    """Whether a name (a capitalised word) comes before ``words[end]``."""
    if words[0].lower() not in _NOT_A_NAME and _opens_with_name(words):
        return True  # "Hope made his first appearance": the opening word is a name
    return any(w[:1].isupper() for w in words[1:end])


def _opens_with_name(words: Sequence[str]) -> bool:
    """Whether the capitalised first of ``words`` may be a name: a verb, another capital,
    a possessive or "and" follows it ("Hope made …", "Obama and his wife"), not a common
    noun as after an adjective ("Exclusive extracts of his book")."""
    if len(words) < 2 or not words[1].islower() or words[0].endswith(("'s", "’s")):
        return True
    return is_verb(words[1]) or words[1] in _AFTER_A_NAME


_AFTER_A_NAME = frozenset("and or also himself herself themselves itself alone".split())
"""Lower-case words that may follow a name opening a title besides its verb."""


def form_doubt(title: str, words: Sequence[str]) -> str | None:
    """Why ``title`` is not one sentence: furniture glued to it, two sentences, a phrase."""
    if _FURNITURE.search(title):
        return "it carries page furniture (a stamp or a page header)"
    if _OWN_MEDIA.search(title):
        return "it tells of the page's own media (a video, a live page, a show), not a happening"
    if journalist_reports(title):
        return "it tells what a journalist reported, not what happened"
    glued = (
        _SECOND_SENTENCE.search(title)
        or _GLUED_AFTER_QUOTE.search(title)
        or _SENTENCE_AFTER_WORD.search(title)
        or _named_again(title)
    )
    if glued:
        return f"a second sentence starts in it ({glued.group(0).strip()!r})"
    first = words[0].lower()
    if (
        len(words) > 1
        and "," not in title
        and len(first) > 5
        and first.endswith(("ing", "ed"))
        and (
            words[1] in _PHRASE_OPENER_NEXT
            or (first.endswith("ing") and first not in _ING_ADJECTIVES and not has_verb(words))
        )
    ):
        return f"it is a phrase, not a sentence ({words[0]} {words[1]})"
    runs = _WORD_RUN.findall(title.lower()) if title.isascii() else None  # lower: re's fold
    doubled = _DOUBLED.search(title) if runs is None or any(map(eq, runs, runs[1:])) else None
    if doubled:
        return f"a word is written twice ({doubled.group(0)!r})"
    if _NAMED_TIME.match(title):
        return f"it names a time, not a happening ({' '.join(words[:2])!r})"
    if words[-1].lower() in _NEEDS_MORE:
        return f"it breaks off after {words[-1]!r}"
    return None


PRESENT = "title is in the present tense, like a caption or a comment"
"""The doubt of a title told in the present simple (see :func:`present_doubt`)."""
_SAYING_PRESENT = frozenset(
    "says tells claims insists warns argues adds notes thinks believes".split()
)
"""Present saying verbs, which news uses for what was said that day ("Obama says …")."""


def present_doubt(words: Sequence[str]) -> str | None:
    """:data:`PRESENT` when the title's only verb is a present "-s" form that is no saying
    verb: captions ("Holiday maker Max Summerskill talks on his mobile phone") and comment
    ("Bulletin features a plug for …") are told so; reports of a happening seldom. Of 32
    such titles judged in rounds 15–26, 14 were a happening with its right date."""
    verbs = [  # ``compress`` hands on only the words that may be verbs: few of a title's
        i
        for i in compress(range(len(words)), map(is_verb, words))
        if i
        and words[i - 1].lower() not in _DETERMINERS
        and not (words[i].endswith("ing") and words[i - 1].lower() in _GERUND_BEFORE)
    ]
    if len(verbs) != 1:
        return None
    verb = words[verbs[0]].lower()
    if not verb.endswith("s") or verb.endswith("ss"):  # "discuss" is no "-s" form
        return PRESENT if _plural_present(words, verbs[0]) else None
    if verb in _SAYING_PRESENT or verb in ("is", "has", "does", "was"):
        return None
    return PRESENT


_GERUND_BEFORE = frozenset("at of for in on by about without from into".split())
"""Prepositions after which an "-ing" word is a gerund, no verb of the clause ("discuss
efforts at encouraging investment")."""


def _plural_present(words: Sequence[str], verb: int) -> bool:
    """Whether ``words[verb]`` is a present after a plural subject ("Demonstrators gather in
    Cairo's Tahrir Square", "Super Bowl ads run $3 million"), not a past, a modal, a saying."""
    subject, lowered = words[verb - 1], words[verb].lower()
    return (
        (subject.islower() or verb == 1)
        and subject.lower().endswith("s")
        and not subject.lower().endswith("ss")
        and not lowered.endswith(("ed", "ing"))
        and lowered not in IRREGULAR_PAST
        and lowered not in AUXILIARIES
        and lowered not in _SAYING_NOW
    )


def says_now(words: Sequence[str]) -> bool:
    """Whether the title's verb, among its first words, is a saying in the present ("Prosecutors
    say Dr Murray gave Jackson a lethal dose …"): what is said now, at its article's time."""
    verb = first_verb(words)
    return verb is not None and verb <= 6 and words[verb].lower() in _SAYING_NOW


_SAYING_NOW = _SAYING_PRESENT | frozenset(
    "say tell claim insist argue allege alleges believe maintain maintains contend contends".split()
)
"""Present saying verbs, singular and plural."""

_DETERMINERS = frozenset("the a an his her its their our my this that".split())
"""Words after which a verb's spelling is a noun ("the edge")."""
BROKEN = "title is broken"
"""How the reasons for a broken title start (they hold most events back for review)."""
