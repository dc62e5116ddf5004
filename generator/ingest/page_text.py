"""Text around a news sentence that no headline keeps: page stamps, datelines, asides.

A sentence as an article has it may carry a dateline before it ("Cairo, Egypt -- "),
a page's time stamp or header ("CIBOLO, Texas | Fri May 1, 2009 1:22 pm EDT"), the
next item's dateline after it, who reported it (", the AFP news agency reported") and
names in apposition. The quote keeps all of it; a headline (:mod:`generator.ingest.headline`)
and a summary leave it out.
"""

from __future__ import annotations

import re

from generator import fastre
from generator.ingest.verbs import has_verb, is_verb


def normalize(text: str) -> str:
    r"""``text`` without footnote marks ("[3]") and with its white space made single spaces.

    ``" ".join(text.split())`` is ``re.sub(r"\s+", " ", text).strip()`` (``str.split`` and
    ``\s`` know the same white space) without the regular expression; a text with no "["
    has no footnote mark to search for.
    """
    if "[" in text:
        text = FOOTNOTE.sub("", text)
    return " ".join(text.split())


FOOTNOTE = re.compile(r"\[\d+\]")
"""A footnote mark ("[3]")."""


_DATELINE = re.compile(
    r"^[A-Z][\w.'’/-]*(?:,?\s+[A-Z][\w.'’/-]*){0,3}\s*"
    r"(?:\([A-Za-z. ]{2,20}\)\s*(?:--?|—|–)|--|—|–)\s+(?=[A-Z“\"])"
    r"|^[A-Z]{3,}(?:[\s,/]+[A-Z][\w.'’-]*){0,3},?(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    r"(?:\([A-Za-z. ]{2,20}\)\s*)?-\s+(?=[A-Z“\"])"
)
"""A dateline before the story's first sentence: "Cairo, Egypt -- ", "WASHINGTON (CNN) -- "."""
_FROM_BYLINE = re.compile(
    r"^From\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
    r"(?:\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})?,\s+[A-Z]{2,}\s+(?=[A-Z“\"])"
)
"""A byline after a page's stamp: "From Hada Messia, CNN Protesters gather …"."""
_STAMP = re.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?[A-Z][a-z]{2}[a-z]*\.?\s+\d{1,2},?\s+"
    r"\d{4},?\s+(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\s+)?)?"
    r"(?=[A-Z“\"])"
)
"""A page's time stamp glued before a sentence: "Sat Jan 15 2011 22:59:00 Tunisia's …"."""
_UPDATED_STAMP = re.compile(
    r"^(?:Page\s+)?(?:last\s+)?(?:updated|posted|published)(?:\s+(?:at|on))?\s*:?\s*"
    r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*,?\s*)?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*"
    r"(?:\d{1,2}[:.]\d{2}\s*[A-Z]{2,4}\s*)?",
    re.IGNORECASE,
)
"""A page's stamp glued before its text: "Page last updated at 08:03 GMT, Tuesday, 26 July
2011 09:03 UK …"."""
_BAR_HEADER = re.compile(r"^[A-Z][^|.!?]{0,60}\|\s*")
"""A wire page's header before its stamp: "CIBOLO, Texas | Fri May 1, 2009 …"."""
_PHOTO_CREDIT = re.compile(
    r"^Photograph:\s*(?:AP|AFP|PA|Reuters|EPA|Getty\s+Images)\s+(?=[A-Z“\"])"
    r"|^(?:Photograph:\s*)?(?:(?:[\w.'’-]+\s+){0,3}[\w.'’-]+\\?/(?:[\w.'’-]+\\?/)*"
    r"(?:AP|AFP|PA|Reuters|EPA|Getty\s+Images)|Getty\s+Images|(?:AP|AFP|PA|Reuters|EPA)\\?/"
    r"(?:[A-Z][\w.'’-]*\s+)?[A-Z][\w.'’-]*)(?:\s+for\s+[A-Z]+)?\s+(?=[A-Z“\"])"
)
"""A photo credit glued before a caption or sentence: "Kim Badawi/Getty Images for CNN ",
"Photograph: Ron Edmonds/AP ", "Photograph: PA ", "AP/Kevin Lamarque " (feeds write the slash
as "\\/")."""
_TRAILING_DATELINE = re.compile(r"\s+[A-Z]{3,}(?:\s+[A-Z]{3,})*\s*\|\s*[A-Z][a-z]{2}\.?\s*$")
"""The next item's dateline glued after a sentence: "… a mistake CAIRO | Wed"; searched only
in a sentence with its "|" (``re`` tries every position)."""


_SECTION_LABEL = re.compile(
    r"^(?:[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}:\s+)?"
    r"(?:Your stories|Your views|As it happened|In pictures|Live coverage|Eyewitness|Analysis"
    r"|Viewpoint|Q&A|Profile|Timeline|Have your say|Key points|Latest)\b\s*[:|-]?\s+(?=[A-Z“\"])"
)
"""A page section's label before its first item: "Haiti earthquake: Your stories ",
"Eyewitness: ", "Analysis: "."""
_LIST_HEADER = fastre.compile(
    r"^[^:;.]{3,80}(?<!said)(?<!says)(?<!announced)(?<!added):\s*(?:--|[-–—•])\s+(?=[A-Z“\"])"
)
"""A list's header before its first dashed item: "Developments, as confirmed by CNN, on the
revolution in Egypt: -- Hundreds of police officers protested …"."""


_CAPS_WORD = re.compile(r"([A-Z][A-Z'’.&-]*),?\s+(?:[-–—]\s+)?")
"""A word in capitals at the head of a text, with the comma or dash after it."""
_CAPS_HEADING_WORDS = 3
_CAPS_HEADING_LETTERS = 9
"""A run of capitals is a heading with this many words or letters ("WHAT TO DO",
"SANTO DOMINGO AIRPORT"); fewer is a name or acronyms ("UN WFP Director")."""


def without_caps_heading(text: str) -> str:
    """``text`` without a subheading in capitals glued before it: "FIRST CONFIRMED
    FATALITY Adela Maria Gutierrez fell ill" → "Adela Maria Gutierrez fell ill",
    "DANISH UN WORKER Jens Kristensen emerged …". Unchanged when fewer than four words
    would be left."""
    position, words, letters = 0, 0, 0
    while found := _CAPS_WORD.match(text, position):
        position, words = found.end(), words + 1
        letters += sum(c.isalpha() for c in found.group(1))
    rest = text[position:]
    heading = words >= _CAPS_HEADING_WORDS or letters >= _CAPS_HEADING_LETTERS
    if not heading or not re.match(r"[A-Z“\"]?[A-Za-z][a-z]", rest) or len(rest.split()) < 4:
        return text
    return rest


_SPEAKER = re.compile(
    r"^[A-Z][A-Z'’.-]{3,}(?:\s[A-Z][A-Z'’.-]+){0,3}(?:\s\([^()]{1,30}\))?:\s+(?=\S)"
)
"""A speaker's name in a broadcast transcript: "SNOW (voice-over): ", "BLITZER: "."""
_SPOKEN_OPENER = re.compile(r"^(?:Well|Now|So|Oh|OK|Okay|Yes|No|Um|Uh),\s+(?=\S)")
"""A speaker's opening word in a broadcast transcript: "Well, this Facebook page …"."""


_LEADING_NOTE = re.compile(r"^\((?:[^()]|\([^()]*\))*\)\s*(?=\S)")
"""A wire note in parentheses before the story: "(For full coverage, click (nFLU)) "."""


def strip_page_text(sentence: str, date_text: str | None) -> str:
    """``sentence`` without a dateline or time stamp glued before it or after it.

    Only for making its title: the quote keeps the sentence as the article has it.
    A stamp that holds ``date_text``, the date the title is made for, stays (it is what dates
    it); with None, every stamp goes (a caption's test, :mod:`generator.ingest.captions`).
    """
    stripped = _TRAILING_DATELINE.sub("", sentence) if "|" in sentence else sentence
    if stripped[:1] == "(":  # the note's first character: no other text has one to remove
        stripped = _LEADING_NOTE.sub("", stripped)
    if not (_ANY_PREFIX.match(stripped) or stripped.find(":", 0, 81) >= 3):
        return _kept_or_stripped(sentence, stripped)  # most sentences: no prefix opens them
    for prefix in _PREFIXES:
        found = prefix.match(stripped)
        if found and (date_text is None or date_text not in found.group(0)):
            stripped = stripped[found.end() :]
    return _kept_or_stripped(sentence, stripped)


def _kept_or_stripped(sentence: str, stripped: str) -> str:
    """``stripped``, unless nothing went or no word is left: then ``sentence`` itself."""
    if len(stripped) == len(sentence):  # nothing went (only removals are made)
        return sentence
    return stripped if re.search(r"\w", stripped) else sentence


_PREFIXES = (
    _PHOTO_CREDIT,
    _SECTION_LABEL,
    _LIST_HEADER,
    _UPDATED_STAMP,
    _BAR_HEADER,
    _FROM_BYLINE,
    _STAMP,
    _DATELINE,
    _SPEAKER,
    _SPOKEN_OPENER,
)
"""What :func:`strip_page_text` cuts off a sentence's head, asked in this order."""
_ANY_PREFIX = re.compile(
    "|".join(
        f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else f"(?:{p.pattern})"
        for p in _PREFIXES
        if p is not _LIST_HEADER
    )
)
"""Matches where one of :data:`_PREFIXES` but the list header's would (their patterns in
one alternation): a sentence it refuses, with no ":" where a list header's can stand (its
first one, after 3 to 80 other characters), keeps its head, where each pattern was asked in
turn. (The list header's ``[^:;.]{3,80}`` tried up to eighty lengths before each fails.)"""


_SAID_END = r"(?:said|says|reported|reports|added|adds|told\s[^,;:]{2,30})(?:\s(?:on\s)?\w+)?\.?$"
"""The saying that ends an attribution, and the day it was said ("told CNN Friday.")."""
_ACCORDING = re.compile(r",\saccording\sto\s[^,;:]{2,60}(?=[,.]|$)")
"""An "according to" aside, at the end or between commas."""
_ASIDES = (
    # an attribution ending a sentence: "…, the Dominican Today newspaper reports."
    re.compile(rf",\s(?:the\s|a\s)?[^,;:]{{2,60}}?\s{_SAID_END}"),
    # a named source and who they are: "…, Zahi Hawass, secretary-general of …, told CNN."
    re.compile(rf",\s(?:[A-Z][\w.'’-]*\s?){{1,4}},\s[a-z][^,;:]{{2,80}},\s{_SAID_END}"),
    _ACCORDING,
)
"""Asides a headline leaves out: who reported it."""


def _has_saying(sentence: str) -> bool:
    """Whether ``sentence`` has what every attribution of :data:`_ASIDES` but "according to"
    has in it (:data:`_SAID_END`): one without is not searched for them (``re`` tries them at
    every comma). The letters each saying has, tested in turn without a generator's calls."""
    return (
        "said" in sentence
        or "says" in sentence
        or "report" in sentence
        or "add" in sentence
        or "told" in sentence
    )


_APPOSITION = fastre.compile(
    r"\b([a-z]+)\s*,\s(?:(?:[A-Z][\w.'’-]*|de|al|bin|van|von)\s?){1,5},"
    r"(?=\s(?!who\b|whose\b|which\b)[a-z])"
)
"""A name in apposition after a lower-case noun: "the airport, Col Buck Elton, said"."""


_DEED = re.compile(r"\b(?:has|have|had|was|were)\s+been\s+\w+ed\b|\b[a-z]{3,}ed\b")
"""A deed told in the past ("has been placed under house arrest", "suspended the sale")."""
_STATE = re.compile(
    r"\b(?:is|are|am|appears?|appeared|seems?|seemed|may|might|could|would|hopes?|wants?"
    r"|believes?|expects?|remains?|not\s+yet)\b"
)
"""A state, a view or a possibility: without who said it, the title would assert it."""


def _said_of_deed(told: str, aside: str, date_text: str) -> bool:
    """Whether ``aside`` ends ``told``, a deed in the past, with the day it was said ("France
    suspended the sale …, a spokeswoman … said Sunday"): the title is the deed. Not a state or
    a view (who holds it is part of it), nor a phrase that is no clause ("In the statement
    reported by the Saudi Press Agency, King Abdullah said on Saturday")."""
    return (
        _said_on(aside, date_text)
        and _DEED.search(told) is not None
        and _STATE.search(told) is None
        and _PHRASE_FIRST.match(told) is None
    )


_PHRASE_FIRST = re.compile(
    r"(?:In|On|At|By|From|For|With|After|Before|During|Under|According|Amid|Despite)\b"
)
"""A preposition opening what comes before a comma: a phrase, not the clause said."""


def _said_on(aside: str, date_text: str) -> bool:
    """Whether an attribution ends with the day it was said ("…, a spokeswoman for the
    prime minister said Sunday."): the date is the report's, the title what was said."""
    said = aside.rstrip(" .")
    if not said.endswith(date_text):
        return False  # no need to build this date's pattern
    pattern = rf"\b(?:said|says|reported|reports|told\s+\S+)\s+(?:on\s+)?{re.escape(date_text)}$"
    return re.search(pattern, said) is not None


def without_asides(sentence: str, date_text: str) -> str:
    """``sentence`` without the asides (:data:`_ASIDES`, :data:`_APPOSITION`) that do not
    hold ``date_text`` (or hold it only as the day an attribution was said), when six words
    or more come before them."""
    for aside in _ASIDES:
        if aside is not _ACCORDING and not _has_saying(sentence):
            continue  # no saying for the attribution to end on: nothing to find
        found = aside.search(sentence)
        if (
            found
            and (
                date_text not in found.group(0)
                or _said_of_deed(sentence[: found.start()], found.group(0), date_text)
            )
            and len(sentence[: found.start()].split()) >= 6
        ):
            sentence = sentence[: found.start()] + sentence[found.end() :]
    found = _APPOSITION.search(sentence)
    if found and date_text not in found.group(0) and len(sentence[: found.start()].split()) >= 2:
        sentence = sentence[: found.end(1)] + sentence[found.end() :]
    if sentence.count(",") >= 2:  # the pattern's two commas
        sentence = _CONNECTIVE_ASIDE.sub("", sentence)
    if "(" in sentence:  # the pattern's bracket
        sentence = _SHORT_BRACKET.sub(
            lambda found: found.group(0) if date_text in found.group(0) else "", sentence
        )
    dashes = sentence.count("-") + sentence.count("–") + sentence.count("—")
    dashed = _DASH_ASIDE.search(sentence) if dashes >= 2 else None  # the pattern's two dashes
    if dashed and date_text not in dashed.group(0) and len(sentence[: dashed.start()].split()) >= 3:
        sentence = f"{sentence[: dashed.start()]} {sentence[dashed.end() :]}"
    start = 0
    while found := _PARTICIPLE_ASIDE.search_from(sentence, start):
        after = sentence[found.end() :].split()
        if (
            date_text in found.group(0)
            or has_verb(sentence[: found.start()].split())
            or not (after and is_verb(after[0]))
        ):
            start = found.end() - 1  # not between a subject and its verb
            continue
        sentence = sentence[: found.start()] + sentence[found.end() - 1 :].lstrip(",")
    return sentence


_DASH_ASIDE = re.compile(r"\s+(?:--|[-–—])\s+[^-–—;:]{2,60}?\s+(?:--|[-–—])\s+(?=[a-z])")
"""An aside between two dashes that the sentence goes on after ("were prompted - at least in
part - by long-standing grievances")."""
_SHORT_BRACKET = re.compile(
    r"\s\((?:[\d.,]+\s?(?:km|kilometres|kilometers|miles|mi|m|metres|meters|ft|feet|kg|lbs?)"
    r"|\d{3,4}\s?(?:GMT|UTC|BST|[A-Z]{2,3}T))\)(?=[\s,.;:])"
)
"""A measure or a clock time given again in other units ("five miles (8km) north-east",
"at 1653 (2153 GMT)"): a title goes on past it, not stops at it."""
_CONNECTIVE_ASIDE = re.compile(
    r",\s(?:for\sexample|for\sinstance|however|though|meanwhile|in\sturn|in\saddition"
    r"|moreover|furthermore|nevertheless|indeed|of\scourse|too|also),(?=\s)",
    re.I,
)
"""A connective between commas, tying the sentence to the one before ("China's Ministry of
Agriculture, for example, on Wednesday denied …"): a headline stands alone."""
_PARTICIPLE_ASIDE = fastre.compile(
    r"(?<=[\w)])(?:,\s(?:[a-z]+ed|[a-z]+ing|who|which)\s(?:[^,;:()]|,(?=\d)){2,60})+,"
    r"(?=\s[a-z])"
)
"""A participle's phrase or a relative clause between commas ("10,000 US troops, supported by
2,000 Iraqi recruits, equipped with artillery and tanks, … blasted their way into the city",
"Benenson, who had been ill for some time, died"): between a subject and its verb, the
headline leaves it out and keeps who did what."""
