"""Names in headlines: a person's titles dropped ("Chilean President Ana Ruiz" → "Ruiz").

A headline has room for who did what, not for a person's full style; the
titles before a name go unless they name a body ("U.S. Geological Survey") or
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
    r"Mr\.|Mrs\.|Ms\.|Dr\.|his|her|their)"
)
NAME = r"(?:[A-Z][\w'’.-]+)"
_NATIONALITY = r"(?:[A-Z][a-z]+(?:an|ian|ish|ese|i|ic|ch)\s+)"
"""A nationality before a title ("British Prime Minister Gordon Brown", "former Chilean
President Ana Ruiz"); only before one, so "Plan Bravo" or "Iraqi Parliament" stay whole."""
_TITLED_NAME = fastre.compile(rf"\b(?:{_NATIONALITY}?{_ROLE}\s+)+((?:{NAME}\s+){{0,2}})({NAME})")


def shorten_names(text: str) -> str:
    """ "Chilean President Ana Ruiz" → "Ruiz".

    Only when the title stands alone: in "White House Press Secretary Robert Gibbs" or
    "UN humanitarian chief John Holmes" the words before it belong to the title, and
    cutting them would leave "White House Press Gibbs"; the full name stays then.
    """

    def shorten(m: re.Match[str]) -> str:
        before = text[: m.start()].split()
        last = before[-1] if before else ""
        if last and last not in _SMALL and (last[0].isupper() or _ADJECTIVE.search(last)):
            return m.group(0)  # part of the title: "White House Press", "UN humanitarian"
        if m.group(2) in _BODIES:
            return m.group(0)  # "U.S. Geological Survey" names a body, not a person
        return m.group(2)

    return _TITLED_NAME.sub(shorten, text)


_BODIES = frozenset(
    """Survey Department Council Agency Service Ministry Office Committee Commission Institute
    Organization Organisation House Party Army Navy Force Forces Bank Court Senate Congress
    Embassy Government Administration Guard Corps Command Authority Bureau Centers""".split()
)
"""Last words of the names of bodies, which are not shortened like a person's."""
_ADJECTIVE = re.compile(r"(?:an|al|ic|ive|ary|ous)$")
"""Endings of a lower-case adjective that is part of a title ("humanitarian chief")."""
_SMALL = frozenset(
    "the a an of in on at by to for with from and but or as that than after before when "
    "while said says told".split()
)
"""Words after which a title starts afresh ("… said Chilean President Ana Ruiz")."""
