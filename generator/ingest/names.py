"""Names in headlines: a person's titles dropped ("Chilean President Ana Ruiz" → "Ana Ruiz").

A headline has room for who did what, not for a person's full style; the
titles before a full name go unless they name a body ("U.S. Geological Survey") or
belong to a longer title ("White House Press Secretary Robert Gibbs").
"""

from __future__ import annotations

import re

from generator import fastre

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
    """

    def shorten(m: re.Match[str]) -> str:
        before = text[: m.start()].split()
        if (
            not m.group(2)
            or _in_longer_title(before)
            or _is_body(m.group(2), m.group(3))
            or _REGNAL.fullmatch(m.group(3))
        ):
            return m.group(0)  # "President Ruiz", "Press Secretary …", "King Abdullah II"
        return f"{m.group(2)}{m.group(3)}"  # a given name and a surname: who, in full

    return _TITLED_NAME.sub(shorten, text)


def _in_longer_title(before: list[str]) -> bool:
    """Whether the words ``before`` a title are part of it ("Press Secretary",
    "UN humanitarian chief", "Central bank Governor")."""
    last = before[-1] if before else ""
    if not last or last in _SMALL:
        return False
    if last[0].isupper() or _ADJECTIVE.search(last):
        return True
    return len(before) > 1 and before[-2][:1].isupper() and before[-2] not in _SENTENCE_START


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
