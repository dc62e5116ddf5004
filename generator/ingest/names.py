"""Names in headlines: a person's titles dropped ("Chilean President Ana Ruiz" → "Ana Ruiz").

A headline has room for who did what, not for a person's full style; the
titles before a full name go unless they name a body ("U.S. Geological Survey") or
belong to a longer title ("White House Press Secretary Robert Gibbs").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from generator import fastre
from generator.ingest.confidence import is_broken_doubt, title_doubts
from generator.ingest.proper import capitalised_words, name_form
from generator.ingest.title_checks import BARE_SURNAME as _BARE_SURNAME
from generator.ingest.title_checks import COURTESY
from generator.ingest.title_checks import HONORIFIC as _HONORIFIC
from generator.ingest.title_cuts import cut_off
from generator.ingest.topic import MIN_ARTICLES
from generator.ingest.verbs import is_verb
from generator.models import Mention

_ROLE = (
    r"(?:U\.S\.|US|American|former|then|acting|deputy|vice|"
    r"President|president|Vice|Prime|prime|Minister|minister|Foreign|Interior|Defense|Defence|"
    r"Secretary\s+of\s+State|Secretary|secretary|State|Senator|Sen\.|Rep\.|Gov\.|Governor|Chancellor|King|Queen|"
    r"leader|counterpart|ambassador|spokesman|spokeswoman|spokesperson|chief|General|Gen\.|"
    r"Mr\.|Mrs\.|Ms\.|Dr\.)"
)
_POSSESSIVE = r"(?:(?:his|her|their)\s+)"
"""A possessive before a title ("his counterpart Luis Núñez"), never one on its own:
"his Los Angeles home" names no person."""
NAME = r"(?:[A-Z][\w'’.-]+)"
_NATIONALITY = r"(?:[A-Z][a-z]+(?:an|ian|ish|ese|i|ic|ch)\s+)"
"""A nationality before a title ("British Prime Minister Gordon Brown", "former Chilean
President Ana Ruiz"); only before one, so "Plan Bravo" or "Iraqi Parliament" stay whole."""
_TITLED_NAME = fastre.compile(
    rf"\b(?:[Tt]he\s+)?{_POSSESSIVE}?((?:{_NATIONALITY}?{_ROLE}\s+)+)((?:{NAME}\s+){{0,2}})({NAME})"
)


def shorten_names(text: str) -> str:
    """ "Chilean President Ana Ruiz" → "Ana Ruiz"; "Chilean President Ruiz" stays.

    A person keeps the whole name the sentence gives, so that the headline says who
    without the article ("Fallin declared" does not; "Mary Fallin declared" does); a
    surname alone keeps its titles ("Gov. Fallin", "Dr. Murray").
    Only when the title stands alone: in "White House Press Secretary Robert Gibbs" or
    "UN humanitarian chief John Holmes" the words before it belong to the title, and
    cutting them would leave "White House Press Gibbs"; the full name stays then.

    ``_TITLED_NAME.sub(shorten, text)`` written out: :meth:`fastre.Pattern.search_from`
    lets ``re`` try only where RE2 finds a match may start (the pattern opens on ``\\b``
    and an alternation, so ``re`` alone tries every place of the text), and each search
    goes on from the last match's end, as ``sub`` does.
    """
    found = _TITLED_NAME.search_from(text)
    if found is None:
        return text
    parts: list[str] = []
    end = 0
    while found is not None:
        parts += (text[end : found.start()], _shortened(text, found))
        end = found.end()
        found = _TITLED_NAME.search_from(text, end)
    parts.append(text[end:])
    return "".join(parts)


def _shortened(text: str, m: re.Match[str]) -> str:
    """A titled name ``m`` of ``text`` as :func:`shorten_names` gives it back."""
    before = text[: m.start()].split()
    if (
        not m.group(2)
        or _in_longer_title(before, m.group(1))
        or _is_body(m.group(2), m.group(3))
        or _REGNAL.fullmatch(m.group(3))
    ):
        return m.group(0)  # "President Ruiz", "Press Secretary …", "King Abdullah II"
    return f"{m.group(2)}{m.group(3)}"  # a given name and a surname: who, in full


def _in_longer_title(before: list[str], role: str) -> bool:
    """Whether the words ``before`` a title (``role``) are part of it ("Press Secretary",
    "UN humanitarian chief", "Central bank Governor"), or a noun before a role in lower case
    ("opposition leader", "White House national security spokesman"); not a verb's object
    ("met | President …", "assumes | Egyptian President …"), a new phrase ("caution, | former
    British …") or a sentence glued on ("not new flu | U.S. Secretary of State …")."""
    last = before[-1] if before else ""
    if not last or last in _SMALL:
        return False
    if last[0].isupper() or _ADJECTIVE.search(last):
        return True
    if len(before) > 1 and before[-2][:1].isupper() and before[-2] not in _SENTENCE_START:
        return True
    return (
        role[:1].islower()
        and last.isalpha()
        and not (is_verb(last) or last.endswith(("s", "ed", "ing")))
    )


def _is_body(given: str, last: str) -> bool:
    """Whether the name is a body's, not a person's ("U.S. Geological Survey", "American
    Civil Liberties Union", "the American Freedom of Information Act")."""
    return last.rstrip("'’s") in _BODIES or any(w in _BODIES for w in given.split())


_BODIES = frozenset(
    """Survey Department Council Agency Service Ministry Office Committee Commission Institute
    Organization Organisation House Party Army Navy Force Forces Bank Court Senate Congress
    Embassy Government Administration Guard Corps Command Authority Bureau Centers Union
    Association Foundation Society League Federation Fund Act Company Corporation Group
    University College Hospital School Airlines Airways News Times Post Network""".split()
)
"""Last words of the names of bodies, which are not shortened like a person's."""
_ADJECTIVE = re.compile(r"(?:an|al|ic|ive|ary|ous)$")
"""Endings of a lower-case adjective that is part of a title ("humanitarian chief")."""
_SMALL = frozenset(
    "the a an of in on at by to for with from and but or as that than after before when "
    "while said says told".split()
)
"""Words after which a title starts afresh ("… said Chilean President Ana Ruiz")."""
_REGNAL = re.compile(r"[IVX]+")
"""A regnal number ("King Abdullah II"): the title is part of how such a name is said."""
_SENTENCE_START = frozenset("The A An In On At But And Yesterday Today Meanwhile".split())
"""Capitalised words that open a sentence, not a title ("The new President Ana Ruiz")."""


_FULL_NAME = re.compile(
    r"[A-Z](?<![\w.’'-].)(?=([a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z]\.)?|\.(?:[A-Z]\.){1,2})\s+"
    r"([A-Z][a-z][\w’'-]*?)(?:['’]s\b|[^\w’'-]|$))"
)
"""A given name (and an initial), or initials, before a surname: "Conrad Murray", "George W.
Bush", "P.J. Crowley" (a lookahead, so that "Dr Conrad Murray" yields "Conrad Murray" after
"Dr Conrad"). The given name runs from the match's start, its capital, to the end of group
1; the surname is group 2. The pattern opens with the class ``[A-Z]`` (the only thing it
takes), so that ``re`` skips to the next capital in C; the lookbehind after it asks what
``(?<![\\w.’'-])`` before it would: twice faster over the articles than the form that opened
with the lookbehind and took nothing."""
_NOT_GIVEN = frozenset(
    """The A An In On At By For From Of To And But Or As If When While After Before Since During
    This That These Those His Her Its Their Our My Your It He She They We I You Mr Mrs Ms Miss
    Dr Sir Lord Lady Dame President Vice Prime Minister Secretary Senator Governor Chancellor
    King Queen Prince Princess Pope Judge Justice General Colonel Captain Major Lieutenant
    Sergeant Private Corporal Officer Detective Chief Director Chairman Ambassador Bishop
    Archbishop Rev Father Brother Sister Saint St Mount Lake River Fort Port New North South
    East West Upper Lower Great United Royal National International Federal Central Today
    Yesterday Tomorrow Tonight Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December Said Says
    According Meanwhile However Also Only Even Mexican American British French German Iraqi
    Egyptian Haitian Israeli Chinese Japanese Russian Spanish Italian Canadian Australian""".split()
)
"""Capitalised words before a surname that are no given name (titles, places, days)."""


@lru_cache(maxsize=4)
def full_names(text: str) -> dict[str, frozenset[str]]:
    """Each person's surname ``text`` gives with a given name before it, and those full
    names ("Murray" → {"Conrad Murray"}; "Jackson" → {"Michael Jackson", "Randy Jackson"});
    a given name too, when it is no one's surname ("Charlie" → {"Charlie Simpson"}).

    A surname counts as a person's when the text also gives it after "Mr", "Dr" and the
    like, with an age ("Travolta, 55,"), or in a full name after a role ("Google executive
    Wael Ghonim"): "Plan Egypt" or "Yele Haiti" name no one.
    """
    people = _person_surnames(text)
    if not people:
        return {}  # no surname is a person's: no full name counts (three pages in ten)
    found: dict[str, set[str]] = {}
    for match in _people_full_names(text, people):
        surname = match.group(2)
        if surname not in people or surname in _NOT_GIVEN:
            continue  # most are no person's: the given name is not cut out for them
        given = text[match.start() : match.end(1)]
        if given.split()[0] in _NOT_GIVEN:
            continue
        found.setdefault(surname, set()).add(f"{given} {surname}")
    by_given: dict[str, set[str]] = {}
    for names in found.values():
        for name in names:
            by_given.setdefault(name.split()[0], set()).add(name)
    for given, names in by_given.items():
        if given not in found and not given.endswith("."):  # "Charlie" of "Charlie Simpson, 7,"
            found[given] = names
    return {surname: frozenset(names) for surname, names in found.items()}


def _people_full_names(text: str, people: set[str]) -> list[re.Match[str]]:
    """The matches of :data:`_FULL_NAME` in ``text`` that may name one of ``people`` (its
    group 2 may be one of them: the caller checks), in text order.

    ``_FULL_NAME.finditer(text)`` found a match at nearly every capitalised word before
    another, five in six of them no person's; here each place a surname of ``people`` is
    written after white space is looked at, and :data:`_FULL_NAME` is tried only at the
    capitals of the two words before it. A match takes one character and finds the rest in a
    lookahead, so it matches at a place or not whatever was matched before: the places
    tried hold every match whose surname starts there (its given name and an initial are at
    most two words, its surname comes after white space), and each is tried once.
    """
    starts: set[int] = set()
    for surname in people - _NOT_GIVEN:  # the caller passes over those
        at = text.find(surname)
        while at >= 0:
            if at and text[at - 1].isspace():
                starts.update(_capitals_before(text, at))
            at = text.find(surname, at + 1)
    found = []
    for start in sorted(starts):
        match = _FULL_NAME.match(text, start)
        if match is not None:
            found.append(match)
    return found


def _capitals_before(text: str, at: int) -> list[int]:
    """Where the capitals in the :data:`_BEFORE` characters before ``at`` stand, or before
    it back to the start of the two words (runs of no white space) before the white space
    before ``at`` when those do not hold them: a few more places than those two words' are
    tried, each a match or none as the whole text's, and a slice split into words in C
    costs less than walking back to them a character at a time."""
    first = max(0, at - _BEFORE)
    if first and len(text[first:at].split()) < 3:  # the first word of the slice may be cut
        first = at
        for _ in range(2):
            while first and text[first - 1].isspace():
                first -= 1
            while first and not text[first - 1].isspace():
                first -= 1
    return [capital.start() for capital in _CAPITAL.finditer(text, first, at)]


_BEFORE = 32
"""Characters before a surname that hold the two words before it, as a rule."""
_CAPITAL = re.compile(r"[A-Z]")
"""The letters :data:`_FULL_NAME` opens with."""


_ROLE_WORDS = """executive activist spokesman spokeswoman spokesperson official minister secretary
    president director chief chairman chairwoman analyst correspondent reporter singer actor
    actress doctor physician cardiologist lawyer attorney prosecutor judge envoy ambassador
    commander founder blogger journalist editor writer producer manager officer cleric candidate
    mayor premier legislator lawmaker politician dissident economist professor scientist
    researcher expert adviser advisor aide bodyguard choreographer promoter detective coroner
    paramedic witness leader""".split()
_ROLE = (
    r"(?:Secretary[-\s]General|Vice\s+President|Prime\s+Minister|Senator|Sen\.|Governor|Gov\."
    r"|General|Gen\.|Chancellor|Sheikh|Rev\.|Sgt\.?|Cpl\.?|Lt\.?|Col\.?|Capt\.?|Corporal|Private"
    r"|Pte|Sergeant|Captain|Lieutenant|Major|Colonel|Admiral|"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _ROLE_WORDS)
    + ")"
)
"""A role before a person's name ("President Hosni Mubarak", "Google executive Wael
Ghonim", "opposition leader Mohamed ElBaradei")."""
_NAME_END = r"(?=['’]s\b|[^\w’'-]|$)"
"""Where a surname ends: before a possessive, a character no name has, or the text's end."""
_PERSON_SIGNS = (
    rf"\b{_HONORIFIC}([A-Z][a-z][\w’'-]*?){_NAME_END}",
    r"\b([A-Z][a-z][\w’'-]*?),\s+\d{1,3},",
    rf"\b(?=[A-Za-z][\w.-]*\s+[A-Z])(?:{_ROLE})\s+(?:[A-Z][a-z]+(?:\s+[A-Z]\.)?|(?:[A-Z]\.){{2,3}})"
    rf"\s+([A-Z][a-z][\w’'-]*?){_NAME_END}",
    r"\b[A-Z][a-z]+\s+([A-Z][a-z][\w’'-]*?),?\s+(?:MP|MEP|MSP|QC|MD|PhD)\b",
    r"\b[A-Z][a-z]+\s+([A-Z][a-z][\w’'-]*?),\s+(?:who|head\s+of)\b",
)
"""Signs that a capitalised word (group 1) is a person's surname: "Mr Annabi", "Dr Murray",
"Travolta, 55,", "executive Wael Ghonim", "Helen Clark MP", "Guido Bertolaso, who …".
(A role is tried only where a capitalised word follows the next one: the lookahead spares
the hundred alternatives at every other word.)"""
_PERSON_EVIDENCE = fastre.compile("|".join(f"(?:{sign})" for sign in _PERSON_SIGNS))
"""The signs as the alternatives of one pattern: its group ``i + 1`` is sign ``i``'s name."""


def _person_surnames(text: str) -> set[str]:
    """The surnames :data:`_PERSON_SIGNS` finds in ``text``: left to right, at each place
    the first sign that matches, the scan going on after it.

    The one pattern of the signs is searched for with
    :meth:`~generator.fastre.Pattern.search_from`: RE2 finds where any sign may start in one
    pass, and ``re`` tries only there (alone, ``re`` would open on ``\\b`` and try every
    word). Each sign searched for alone, its next match kept until the scan passed it, took
    five RE2 passes over the text: twice the time over the news corpora (0.119 → 0.059 s).
    """
    found: set[str] = set()
    search = _PERSON_EVIDENCE.search_from
    match = search(text, 0)
    while match is not None:
        found.add(match[match.lastindex or 0])  # the one group of the sign that matched
        match = search(text, match.end())
    return found


_ATTRIBUTIVE = re.compile(
    r"\s+(?:administration|government|regime|camp|family|era|campaign|aides?|supporters"
    r"|loyalists|officials|team|estate|trial|case|concert|tribute)\b"
)
"""A noun after a surname that makes the name its modifier ("the Obama administration")."""
_PLURAL_VERB = re.compile(r"\s+(?:were|are|have)\b")
"""A plural verb after the surname: one of several people named before it."""


def with_full_name(title: str, names: dict[str, frozenset[str]]) -> str:
    """``title`` with a surname that opens it alone given in full when the article names
    one person by it ("Dr Murray told police" → "Conrad Murray told police"), and the first
    such surname inside it ("A crowd cheered Ghonim" → "… cheered Wael Ghonim"); unchanged
    when it names none or several ("Jackson" of Michael and Randy)."""
    found = _BARE_SURNAME.match(title)
    if found and found.group(1) in names:
        full = names[found.group(1)]
        if len(full) != 1 or _PLURAL_VERB.match(title, found.end()):
            return title  # "Piekarsky were convicted": one of several, named before
        if not found.group(2) and _ATTRIBUTIVE.match(title, found.end()):
            return title  # "Obama administration officials": the name qualifies a noun
        return f"{next(iter(full))}{found.group(2) or ''}{title[found.end() :]}"
    for inside in _SURNAME_INSIDE.finditer(title):
        full = names.get(inside.group(1), frozenset())
        before = title[: inside.start()].split()
        if before[-1][:1].isupper() or before[-1].lower() in ("the", "a", "an"):
            continue  # "Robert Gibbs": in full already; "the Obama adminstration": a modifier
        if len(full) == 1 and not _ATTRIBUTIVE.match(title, inside.end()):
            return f"{title[: inside.start()]}{next(iter(full))}{title[inside.end() :]}"
    return title


_SURNAME_INSIDE = re.compile(
    rf"(?<=[a-z,] )(?:{_HONORIFIC})?([A-Z][a-z][\w’'-]*?)(?=['’]s\b|[^\w’'-]|$)(?!\s+[A-Z])"
)
"""A surname alone inside a title, after a lower-case word and not before another name
("cheered Ghonim", "was dedicated to Bouazizi", "interviewed Dr Murray")."""


def corpus_full_names(
    found: Iterable[Mapping[str, frozenset[str]]],
) -> dict[str, frozenset[str]]:
    """The surnames the corpus's articles (``found``: each one's :func:`full_names`) give in
    full mostly as one person's, in two articles or more, with that full name: "Ghonim" →
    {"Wael Ghonim"} when 14 of the 15 articles naming a Ghonim in full name him. A page that
    says only "Ghonim" names him for a reader of the whole story, not of the title alone."""
    counts: dict[str, dict[str, int]] = {}
    for article in found:
        for surname, full in article.items():
            if _is_surname(surname, full):
                for name in full:
                    by_name = counts.setdefault(surname, {})
                    by_name[name] = by_name.get(name, 0) + 1
    names = {}
    for surname, by_name in counts.items():
        name, count = max(by_name.items(), key=lambda item: (item[1], item[0]))
        if count >= max(CORPUS_NAME_PAGES, CORPUS_NAME_SHARE * sum(by_name.values())):
            names[surname] = frozenset({name})
    return names


def corpus_strangers(
    found: Iterable[Mapping[str, frozenset[str]]], capitalised: Iterable[frozenset[str]]
) -> frozenset[str]:
    """Surnames the corpus's articles give someone in full (``found``: each one's
    :func:`full_names`) that at most :data:`STRANGER_SHARE` of its articles write
    (``capitalised``: each one's :func:`~generator.ingest.proper.capitalised_words`): people
    who are not the story's own, whom a surname alone does not name for its reader. Empty for
    a corpus of fewer than :data:`~generator.ingest.topic.MIN_ARTICLES` articles."""
    surnames = {
        surname
        for article in found
        for surname, full in article.items()
        if _is_surname(surname, full)
    }
    pages = list(capitalised)
    if len(pages) < MIN_ARTICLES:
        return frozenset()
    forms = {name_form(surname) for surname in surnames}
    written = Counter(form for words in pages for form in forms & words)
    return frozenset(s for s in surnames if written[name_form(s)] <= STRANGER_SHARE * len(pages))


def strangers_in(texts: Iterable[str]) -> frozenset[str]:
    """:func:`corpus_strangers` of ``texts`` (the articles' bodies)."""
    bodies = list(texts)
    return corpus_strangers(map(full_names, bodies), map(capitalised_words, bodies))


STRANGER_SHARE = 0.3
"""Most share of the articles that write a surname of someone who is not the story's own (as
:data:`~generator.ingest.protagonists.PROTAGONIST_SHARE` counts the story's names)."""
CORPUS_NAME_SHARE = 0.8
"""Share of the articles giving a surname in full that must give one full name."""
CORPUS_NAME_PAGES = 2
"""Articles that must give that full name: one page's slip ("Mubara Egypt") names no one."""


def _is_surname(key: str, full: Iterable[str]) -> bool:
    """Whether ``key`` is the last word of its full name, not a given name standing for it
    ("Charlie" → "Charlie Simpson" holds in its own article only)."""
    return all(name.rsplit(" ", 1)[-1] == key for name in full)


def with_corpus_names(
    mentions: Sequence[Mention], names: dict[str, frozenset[str]]
) -> list[Mention]:
    """The mentions, a surname its own article never gave in full given the full name the
    corpus gives (:func:`corpus_full_names`), unless that would mend a broken title."""
    return [_named(mention, names) for mention in mentions]


def with_full_names(paragraphs: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions of an article (its ``paragraphs``), a title opening on a surname alone
    given the person's full name from the article ("Dr Murray told police" → "Conrad
    Murray told police")."""
    names: dict[str, frozenset[str]] | None = None
    named = []
    for mention in mentions:
        if names is None and (
            _BARE_SURNAME.match(mention.title) or _SURNAME_INSIDE.search(mention.title)
        ):
            names = full_names("\n".join(paragraphs))
        named.append(_named(mention, names) if names else mention)
    return named


def _named(mention: Mention, names: dict[str, frozenset[str]]) -> Mention:
    """``mention`` with its title's surname given in full (:func:`with_full_name`), unless
    that would make a broken title pass for a headline (:func:`_mends`)."""
    title = with_full_name(mention.title, names)
    if title == mention.title or _mends(mention.title, title, mention.sentence):
        return mention  # a given name does not make a broken title a headline
    return replace(mention, title=title)


def _mends(title: str, named: str, sentence: str) -> bool:
    """Whether giving names in full makes a title that is no headline (two headlines run
    together, one cut off mid-phrase) pass for one: the checks count capitals and look for
    the title in its sentence, which a given name added to it changes."""
    return is_broken_title(title, sentence) and not is_broken_title(named, sentence)


def is_broken_title(title: str, sentence: str) -> bool:
    """Whether ``title`` (made from ``sentence``) is no headline at all: a doubt that breaks it
    (:func:`~generator.ingest.confidence.is_broken_doubt`), or cut off mid-phrase."""
    doubts = [d for d in title_doubts(title) if COURTESY not in d]  # the full name mends that
    return any(is_broken_doubt(doubt) for doubt in doubts) or bool(cut_off(title, [sentence]))
