"""What was said, for a title that stops at whom it was said to.

"Ana Ruiz, the deputy ambassador, told the Security Council on Friday that while …, her
government remains “deeply concerned …”" gives the title "Ana Ruiz told the Security
Council": the date phrase ended the clause the title was cut from, and what was said came
after it. :func:`complete_reported` adds the main clause of what was said ("… her
government remains deeply concerned").
"""

from __future__ import annotations

import re

from generator.ingest.page_text import normalize

_SAYING_END = re.compile(r"\b(?:said|says|told|tells)(?:\s+[^\s,;:]+){0,5}$")
"""A title ending with a saying verb and at most its addressee ("told the U.N. Security
Council")."""
_THAT = re.compile(r"\s*,?\s*that\s+", re.I)
_OPENING_CLAUSE = re.compile(
    r"^(?:while|although|though|as|if|when|because|since|after|before|despite)\b[^,;]*,[”\"’']?\s*",
    re.I,
)
"""A clause opening what was said ("while the two leaders are engaging in talks,")."""
_CLAUSE_END = re.compile(r"[,;:(]|\s[—–-]\s")
_QUOTES = re.compile(r"[“”\"‘’]|(?<!\w)'|'(?!\w)")
WORDS_ADDED = 10
"""Most words of what was said a title takes."""


def complete_reported(headline: str, sentence: str, date_text: str) -> str:
    """``headline`` with the main clause of what was said, when it stops at whom it was
    said to and the sentence goes on after the date with "that …"."""
    end = _SAYING_END.search(headline)
    if not end or re.search(r"\bthat\b", end.group(0), re.I):
        return headline  # no saying verb at the end, or what was said is there already
    text = normalize(sentence)
    index = text.find(date_text)
    if index < 0:
        return headline
    that = _THAT.match(text, index + len(date_text))
    if that is None:
        return headline
    said = _OPENING_CLAUSE.sub("", text[that.end() :])
    clause = _QUOTES.sub("", _CLAUSE_END.split(said, maxsplit=1)[0]).split()
    if len(clause) < 3 or len(clause) > WORDS_ADDED:
        return headline  # too little to say anything, or too long to cut safely
    room = TITLE_WORDS - len(headline.split())
    if len(clause) > room:  # cut before the last function word that fits
        cut = [i for i in range(3, room + 1) if clause[i].lower() in _FUNCTION_WORDS]
        if not cut:
            return headline
        clause = clause[: cut[-1]]
    return f"{headline} {' '.join(clause).rstrip('.')}"


TITLE_WORDS = 15
"""Most words of the completed title."""
_FUNCTION_WORDS = frozenset(
    "about of in on for with to at by from over into against after before and or but".split()
)
