"""A title's subject said shorter, so that what it did fits the headline whole.

A sentence too long for a headline is cut before a function word, which leaves out what the
verb needs ("The US Agency for International Development said that American teams had
pulled 10 people alive | from the rubble"). Headline writers shorten the subject instead: a
body by the initials the sentence gives it ("USAID"), a person by their name without their
office ("UN humanitarian chief John Holmes" → "John Holmes"). :func:`shorter_subject` does
that; the caller uses it only when the clause then fits and the full one would be cut.
"""

from __future__ import annotations

import re

from generator.ingest.doers import name_start
from generator.ingest.verbs import is_verb

_INITIALS = re.compile(r"\s*\(([A-Z][A-Z0-9]{1,6})\)")
"""Initials in parentheses after a name: "(USAID)"."""
_OFFICES = frozenset(
    """President Vice Prime Minister Secretary General Governor Gov. Mayor Chancellor Chief
    Director Commissioner Ambassador Senator Sen. Rep. Representative Spokesman Spokeswoman
    Premier King Queen Prince Judge Justice Attorney Chairman Chairwoman Chair Adviser Advisor
    Leader Head Officer Inspector Detective Sergeant Colonel Col Captain Capt Lieutenant Lt
    Major Maj Gen. Gen Dr Dr. Mr Mr. Mrs Mrs. Ms Ms.""".split()
)
"""Capitalised words of an office before a name ("Secretary General Ban Ki-moon")."""
_LOWER_OFFICE = frozenset(
    """president minister secretary chief spokesman spokeswoman spokesperson mayor governor
    leader director official adviser advisor ambassador envoy commissioner chairman chairwoman
    head founder executive coordinator correspondent""".split()
)
"""Lower-case words of an office before a name ("humanitarian chief John Holmes")."""


def shorter_subject(text: str) -> str:
    """``text`` with its subject said shorter: a name with its initials in parentheses by the
    initials ("The US Agency for International Development (USAID) said …" → "USAID said
    …"), a person by their name alone ("New York City mayor Michael Bloomberg said …" →
    "Michael Bloomberg said …"); else ``text`` as it is."""
    return _without_office(_by_initials(text))


def _by_initials(text: str) -> str:
    """The first name in ``text`` given with its initials ("US Agency for International
    Development (USAID)") said by them, "the" before it gone, when the initials are the
    name's capitals in order."""
    found = _INITIALS.search(text) if "(" in text else None  # re tries every position
    if found is None:
        return text
    words = text[: found.start()].split()
    initials = found.group(1)
    if text[found.end() :].split()[:1] == [initials]:
        return text  # "… Prevention (CDC) CDC H1N1 Flu website": the initials name another
    for start in range(len(words) - 1, max(-1, len(words) - 9), -1):
        if words[start][:1] != initials[0]:
            continue
        capitals = "".join(c for w in words[start:] for c in w if c.isupper())
        if _in_order(initials, capitals) and capitals[0] == initials[0]:
            if start and words[start - 1].casefold() == "the":
                start -= 1
            head = " ".join(words[:start])
            return f"{head} {initials}{text[found.end() :]}".strip()
    return text


def _in_order(initials: str, capitals: str) -> bool:
    """Whether every letter of ``initials`` is among ``capitals``, in order."""
    rest = iter(capitals)
    return all(letter in rest for letter in initials)


def _without_office(text: str) -> str:
    """``text`` with the office before the full name that ends its subject gone: "UN
    Secretary General Ban Ki-moon said" → "Ban Ki-moon said"; unchanged unless the words
    before the verb end in a given name and a surname after an office's word."""
    words = text.split()
    verb = next((i for i, w in enumerate(words) if w[:1].islower() and is_verb(w)), None)
    if verb is None or verb < 3:
        return text
    start = name_start(words, verb, _OFFICES)
    if verb - start < 2 or start == 0:
        return text  # no given name and surname, or nothing before them
    office = words[start - 1]
    if office not in _OFFICES and office.casefold() not in _LOWER_OFFICE:
        return text  # "The World Health Organization said": a body's name, no office
    return " ".join(words[start:])
