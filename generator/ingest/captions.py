"""Photo captions: sentences that tell what a photograph shows, whose dates are the
photograph's, not a happening's."""

from __future__ import annotations

import re

from generator import fastre

_CAPTION_END = fastre.compile(
    r"\b(?:in|at|near|outside|inside|on)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:[\s,]+(?:[A-Z][\w'’.-]*"
    r"|(?:north|south|east|west)(?:ern)?|central|city|of)){0,4},?"
    r"\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*\.?[\"”']?$"
)
"""A photo caption's end: a place, then the full date ("… in Mexico City April 24, 2009.")."""
_DEPICTING = re.compile(
    r"\b(?:wears?|wearing|holds?|holding|walks?|walking|stands?|standing|sits?|sitting|looks?"
    r"|waits?|waiting|demonstrates?|protests|gathers?|prays?|praying|march(?:es)?|shouts?"
    r"|chants?|carr(?:y|ies)|carrying|reacts?|passes|rides?|rests?|sleeps?|poses?|watch(?:es)?"
    r"|cleans?|takes?(?!\s+place)|gets?|receives?|checks?|attends?|arrives?|leaves?|speaks?|talks?"
    r"|(?:is|are)\s+(?:taken|seen|pictured|shown|carried|escorted|led|helped|treated|tested))\b"
)
"""Present-tense verbs of what a photograph shows ("A police woman wears a mask")."""


_SHOWN = re.compile(
    r"\b(?:shown|pictured|seen)\s+(?:here|above|below|left|right|centre|center)\b"
    r"|\((?:pictured|above|below|left|right|centre|center)\)|\bpictured,"
    r"|\bin this (?:file )?photo\b",
    re.I,
)
"""A caption's pointer at its photograph ("Dr Murray, shown here in February, …", "(pictured)",
"in this file photo"): the date beside it is the photograph's."""


def is_caption(text: str) -> bool:
    """Whether a sentence is a photo caption: what is seen, in the present tense, then where
    and the full date it was taken ("People wear masks in Taipei May 22, 2009."), or one that
    points at its photograph ("Dr Murray, shown here in February, joined …")."""
    return bool(_CAPTION_END.search(text) and _DEPICTING.search(text)) or bool(_SHOWN.search(text))
