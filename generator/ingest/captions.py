"""Photo captions: sentences that tell what a photograph shows, whose dates are the
photograph's, not a happening's."""

from __future__ import annotations

import re

from generator import fastre
from generator.ingest.page_text import strip_page_text
from generator.ingest.verbs import is_verb

SENTENCE_SCAN = fastre.Scan()
"""The rare patterns asked about every dated sentence (photo captions here, page furniture
in :mod:`~generator.ingest.barred`): one RE2 scan of a sentence answers them all."""

_CAPTION_END = fastre.compile(
    r"\b(?:in|at|near|outside|inside|on)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:[\s,]+(?:[A-Z][\w'’.-]*"
    r"|(?:north|south|east|west)(?:ern)?|central|city|town|village|province|district|region"
    r"|of)){0,6},?"
    r"\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*\.?[\"”']?$",
    scan=SENTENCE_SCAN,
)
"""A photo caption's end: a place, then the full date ("… in Mexico City April 24, 2009.")."""
_DEPICTING = re.compile(
    r"\b(?:wears?|wearing|holds?|holding|walks?|walking|stands?|standing|sits?|sitting|looks?"
    r"|waits?|waiting|demonstrates?|protests|gathers?|prays?|praying|march(?:es)?|shouts?"
    r"|chants?|carr(?:y|ies)|carrying|reacts?|passes|rides?|rests?|sleeps?|poses?|watch(?:es)?"
    r"|cleans?|takes?(?!\s+place)|gets?|receives?|checks?|attends?|arrives?|leaves?|speaks?|talks?"
    r"|rises?|burns?|billows?"
    r"|(?:is|are)\s+(?:taken|seen|pictured|shown|carried|escorted|led|helped|treated|tested))\b"
)
"""Present-tense verbs of what a photograph shows ("A police woman wears a mask")."""


_SHOWN = fastre.compile(
    r"\b(?:shown|pictured|seen)\s+(?:here|above|below|left|right|centre|center)\b"
    r"|\((?:pictured|above|below|left|right|centre|center)\)|\bpictured,"
    r"|(?-i:\b(?!The\b|This\b|Its\b)[A-Z][a-z][\w'’-]* [A-Z][\w'’-]+"
    r" \((?:L|R|C|\d(?:st|nd|rd|th) [LR])\))"
    r"|\bin this (?:file )?photo\b",
    re.I,
    scan=SENTENCE_SCAN,
)
"""A caption's pointer at its photograph ("Dr Murray, shown here in February, …", "(pictured)",
"in this file photo", an agency's "(L)" or "(2nd R)" after a person's name): the date
beside it is the photograph's."""


def is_caption(text: str) -> bool:
    """Whether a sentence is a photo caption: what is seen, in the present tense, then where
    and the full date it was taken ("People wear masks in Taipei May 22, 2009."), or one that
    points at its photograph ("Dr Murray, shown here in February, joined …")."""
    return bool(_CAPTION_END.search(text) and _DEPICTING.search(text)) or bool(_SHOWN.search(text))


_POSING = re.compile(
    r"(?:gestures?|wears?|holds?|walks?|stands?|sits?|looks?|waits?|demonstrates?|protests?"
    r"|gathers?|prays?|shouts?|chants?|carr(?:y|ies)|reacts?|poses?|watch(?:es)?|waves?"
    r"|cheers?|celebrates?|mourns?|hugs?|sleeps?|rests?|march(?:es)?|rall(?:y|ies)|speaks?"
    r"|talks?|arrives?|attends?|listens?|greets?|smiles?|kneels?|cr(?:y|ies)|weeps?|flees?"
    r"|clash(?:es)?|queues?|sings?|dances?|lights?|lays?|inspects?|tours?|tear|tears)"
)
"""Verbs of what a photograph shows, present simple ("… gestures during a rally")."""
_POSING_INSIDE = fastre.compile(_POSING.pattern)
""":data:`_POSING` anywhere in a sentence: a caption's verb is a word of it, for
:func:`~generator.ingest.page_text.strip_page_text` only cuts off its start or its end,
so a sentence in which none is found is no caption, without stripping it."""
_NOT_A_CAPTION = re.compile(
    r"\b(?:was|were|had|has|have|will|would|could|is|are|said|says|told|tells|after|ago"
    r"|yesterday|today|tomorrow)\b|\b[a-z]+ed\b|[;:!?]"
)
"""Words of a report, not of a picture: another tense, a saying, an account of before."""
_CAPTION_WORDS = 30
"""Longest caption of a picture, in words."""


def is_present_caption(text: str) -> bool:
    """Whether a sentence tells what a photograph shows, in the present simple and with no
    other tense ("Iranian President Mahmoud Ahmadinejad gestures during a rally on Tehran's
    Azadi Square on February 11", "Egyptians protest … during a demonstration Monday"). Said
    of a day already past, news writes so only under a picture: the day is the photograph's,
    its verb no happening (round 37: 3 of 40 published events of a news site's pages). A
    page's stamp or dateline before it ("February 13, 2011 | From Hada Messia, CNN") is no
    part of it, even when its date is the one found."""
    if not _POSING_INSIDE.search(text):
        return False  # no verb of a picture anywhere: none among its words (two in three)
    words = strip_page_text(text, None).split()
    if not words or len(words) > _CAPTION_WORDS or not words[0][:1].isupper():
        return False
    verb = next(
        (i for i, w in enumerate(words[1:9], start=1) if _POSING.fullmatch(w.strip(",."))),
        None,
    )
    if verb is None or any(
        w.endswith(",") or w in _SUBJECT_BREAKS or is_verb(w) for w in words[:verb]
    ):
        return False  # "Egypt's Interior Ministry forbade protests Friday": a report
    return not _NOT_A_CAPTION.search(" ".join(words))


_SUBJECT_BREAKS = frozenset("to who which that and but when as".split())
"""Words that show the words before a verb are no bare subject ("… and supporters gather")."""
