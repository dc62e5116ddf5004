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
from generator.ingest.verbs import has_verb

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
    said to and the sentence goes on after the date with "that …", or with what was said
    before its speaker (:func:`_said_before`).

    Both depend first on the headline alone (a speaker and nothing said, or a saying verb
    near its end): one title in forty has either, and only then is the sentence normalized.
    """
    speaker = _speaker_only(headline)
    end = _SAYING_END.search(headline) if _has_saying_word(headline) else None
    if end and re.search(r"\bthat\b", end.group(0), re.I):
        end = None  # what was said is there already
    if speaker is None and end is None:
        return headline
    text = normalize(sentence)
    index = text.find(date_text)
    if index < 0:
        return headline
    before = _said_before(speaker, text[:index]) if speaker else None
    if before:
        return before
    if end is None:
        return headline  # no saying verb at the end, or what was said is there already
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


def _speaker_only(headline: str) -> re.Match[str] | None:
    """:data:`_SPEAKER_ONLY` fully matching ``headline``; a set test first: its saying verb
    stands between white space (``\\s`` is what :meth:`str.split` splits at) or at the end,
    so it is one of the headline's words."""
    if _SPEAKER_VERBS.isdisjoint(headline.split()):
        return None
    return _SPEAKER_ONLY.fullmatch(headline)


def _has_saying_word(headline: str) -> bool:
    """Whether ``headline`` holds a word :data:`_SAYING_END` needs (four substring tests are
    cheaper than the pattern's search, which nine titles in ten fail)."""
    return "said" in headline or "says" in headline or "told" in headline or "tells" in headline


def _said_before(speaker: re.Match[str], before: str) -> str | None:
    """What was said before its speaker, then the speaker, for a title that is only the
    speaker and the saying verb (``speaker``, its :data:`_SPEAKER_ONLY` match: "A new flu …
    could start a global epidemic, the World Health Organization warned on Saturday" → "A new
    flu could start a global epidemic, the World Health Organization warned"); None when it
    would run past :data:`SAID_BEFORE_WORDS` or nothing was said before."""
    headline = speaker.group(1)  # without the date a short title was given back
    if has_verb(headline.split()[:-1]) or len(headline.split()) > SPEAKER_WORDS:
        return None  # "The Prime Minister has abandoned plans announced": no speaker alone
    found = _SAID_THEN_SPEAKER.search(before)
    if found is None:
        return None
    said = _RELATIVE_BEFORE_VERB.sub("", _WIRE_OPENING.sub("", found.group(1))).strip(' ,“”"')
    if len(said.split()) < 4 or _SETTING_FIRST.match(said) or not has_verb(said.split()):
        return None  # "In the statement reported by the Saudi Press Agency, King Abdullah said"
    if said.count('"') % 2:
        said = said.replace('"', "")  # a quote that opened inside what was said
    if re.match(r"(?:The|A|An)\s", headline):
        headline = headline[:1].lower() + headline[1:]  # not "egypt's Health Ministry"
    title = f"{said}, {headline}"
    return title[:1].upper() + title[1:] if len(title.split()) <= SAID_BEFORE_WORDS else None


SPEAKER_WORDS = 7
"""Most words of a speaker and the saying verb ("the World Health Organization warned")."""
SAID_BEFORE_WORDS = 18
"""Most words of a title that gives what was said before its speaker."""
_SPEAKER_ONLY = re.compile(
    r"((?:The\s|A\s)?[\w.'’-]+(?:\s[\w.'’-]+){0,6}\s(?:said|says|warned|warns|added|announced"
    r"|reported|stated|insisted|claimed))"
    r"(?:\s(?:on|in|at|by|since|during|until|from)\s[A-Z0-9][\w:.]*(?:\s[\w:.]+){0,3})?"
)
"""A title that is a speaker and a saying verb, and nothing said."""
_SPEAKER_VERBS = frozenset(
    "said says warned warns added announced reported stated insisted claimed".split()
)
"""The saying verbs of :data:`_SPEAKER_ONLY`."""

_SAID_THEN_SPEAKER = re.compile(r"^(.{20,240}),\s+[^,]{2,80}?\s*$")
"""What was said, a comma and the speaker ending the text before the date."""
_SETTING_FIRST = re.compile(
    r"(?:In|At|On|After|Before|During|Since|From|Amid|Despite|According|Speaking|Asked)\b"
)
"""A clause opening with where, when or who said it: not what was said."""
_WIRE_OPENING = re.compile(r"^[A-Z][A-Z .,/\\-]{2,60}\([A-Za-z]+\)\s+[-–—]+\s+")
"""A wire story's dateline ("MEXICO CITY/GENEVA (Reuters) - ")."""
_RELATIVE_BEFORE_VERB = re.compile(
    r"\s(?:that|which|who)\s[^,]{3,80}?(?=\s(?:could|would|will|may|might|must|can|has|have"
    r"|had|is|was|are|were)\s)"
)
"""A relative clause between a subject and its verb ("A new flu that has killed up to 68
people in Mexico | could start …")."""
