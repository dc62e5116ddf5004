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
from generator.ingest.verbs import AUXILIARIES, has_verb, surely_verb

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


def reported_deed(text: str, index: int, date_text: str) -> tuple[str, int]:
    """``text`` (with ``date_text`` at ``index``) as what was reported, when the date dates
    what was said and not the saying, and where the date now stands in it.

    After a report's verb and "that" (:data:`_REPORTED_THAT`, or a verb and what was said
    of the future, :func:`_reported_ahead`) the reported clause stands alone, unless it
    opens on a pronoun; a concession after "that" goes (:data:`_THAT_ASIDE_INSIDE`); what
    its speaker said they would do or did is told as their deed ("Hillary Clinton will
    travel to Haiti"). Moved here from :mod:`generator.ingest.headline`, unchanged but for
    the word tests (:func:`_holds`) that spare most texts the searches.
    """
    reported = (  # four texts in five have none of the patterns' words: no search
        _REPORTED_THAT.search(text, 0, index) if _holds(text, _REPORTED_THAT_WORDS) else None
    ) or (_reported_ahead(text, index) if _holds(text, _REPORTED_BARE_WORDS) else None)
    if reported and not re.search(r"[,;:]", text[reported.end() : index]):
        inner = text[reported.end() :]
        if not _PRONOUN_SUBJECT.match(inner):  # "… said that he would …": keep who said it
            text, index = inner, index - reported.end()
    after = index + len(date_text)
    if "that" in text:  # the pattern's word
        text = text[:after] + _THAT_ASIDE_INSIDE.sub(" that ", text[after:], count=1)
    ahead = (
        _SAID_THEY_WOULD.search(text, 0, index) or _SAID_THEY_DID.search(text, 0, index)
        if _holds(text, _SAID_WORDS)
        else None
    )
    if ahead and not re.search(r"[,;:]", text[ahead.end() : index]):
        speaker = re.split(r"[,;:]\s", text[: ahead.start()])[-1].strip()
        words = speaker.split()
        did = ahead.re is _SAID_THEY_DID  # not "said he was …": what he says, not did
        rewrite = not did or _a_deed(text[ahead.end() : index].split())
        if rewrite and re.match(r"[A-Z]", speaker) and 0 < len(words) <= 8 and not has_verb(words):
            deed = text[ahead.end() :]  # "Hillary Clinton will travel …", "Wael Ghonim and …"
            text = f"{speaker} {deed}" if did else f"{speaker} will {deed}"
            index = text.find(date_text)
    return text, index


_THAT_ASIDE_INSIDE = re.compile(
    r"\s+that,?\s+(?:while|although|though|even though|if|when|as|despite)\b[^,;:]{3,100},\s+"
)
"""A concession between "that" and its clause ("reiterated that while his name may have
appeared on the documents, he never received anything"): the headline keeps the clause."""


_REPORTED_THAT = re.compile(
    r"\b(?:(?:indicating|indicated|saying|said|says|announced|announcing|reported|reporting"
    r"|confirmed|confirming|stated|stating|added|noted|revealed|showed|show|shows"
    r"|(?:told|tells)\s+(?:CNN|AFP|reporters|journalists|the\s+BBC))\s+"
    r"(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|yesterday\s+|today\s+)?that\s+"
    r"|(?:indicating|saying)\s+(?=(?:several|some|many|the|a|an)\s))"
)
"""A report's verb and "that": a date after it dates what was reported ("issued a statement
indicating that several embassy vehicles were stolen in Cairo on January 28", "tells CNN
that protesters beat two Al-Arabiya reporters … Wednesday"); "indicating" and "saying" need
no "that"."""
_REPORTED_BARE = re.compile(
    r"\b(?:said|says|announced|confirmed|stated|added|revealed)\s+(?=(?:the|a|an|[A-Z])\b)"
)
"""A report's verb before the reported clause's subject, without "that"."""
_SAID_THEY_WOULD = re.compile(
    r"\s+(?:said|says|announced|confirmed)\s+(?:that\s+)?(?:he|she|they)\s+(?:would|will)\s+"
    r"(?!not\b|never\b)(?=[a-z])"
)
"""A report of what its speaker will do ("Hillary Clinton said she would travel to Haiti on
Saturday"): the date is the deed's, so the title tells the deed ("Hillary Clinton will
travel to Haiti"); not a refusal ("would not run"), which is the news itself."""
_SAID_THEY_DID = re.compile(
    r"\s+(?:said|says)\s+(?:that\s+)?(?:he|she)\s+(?:(?=and\s)|(?!(?:had|has|was|is|would|will)\b))"
)
"""A report of what its speaker did, the date the deed's ("Wael Ghonim said he and a group
of activists helped mobilize the first protest on January 25th"): the title tells the deed
("Wael Ghonim and a group of activists helped mobilize the first protest"), dated right."""


_REPORTED_THAT_WORDS = ("that", "saying", "indicating")
"""Words every :data:`_REPORTED_THAT` match has (it ignores no case)."""
_REPORTED_BARE_WORDS = ("said", "says", "announced", "confirmed", "stated", "added", "revealed")
"""The verbs of :data:`_REPORTED_BARE`: one is in every match."""
_SAID_WORDS = ("said", "says", "announced", "confirmed")
"""The verbs of :data:`_SAID_THEY_WOULD` and :data:`_SAID_THEY_DID`."""


def _holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words``: ``str``'s search in C refuses most texts
    before ``re`` tries a pattern that needs one at every position of ``text``."""
    return any(map(text.__contains__, words))  # no generator frame per word


def _a_deed(words: list[str]) -> bool:
    """Whether ``words`` (after "said he") open on a past verb the lexicon is sure of, or on
    "and" someone and then one ("and a group of activists helped")."""
    if words[:1] == ["and"]:
        return any(surely_verb(w.lower()) for w in words[1:9])
    first = words[0].lower() if words else ""
    return surely_verb(first) and first not in AUXILIARIES and first not in _THOUGHT


_THOUGHT = frozenset(
    "suspected believed thought feared hoped wanted felt knew expected doubted wished".split()
)
"""Past verbs of a thought, not a deed: "said he suspected …" is what he says."""


_AHEAD = re.compile(r"\b(?:will|would|is\s+to|are\s+to|was\s+to|were\s+to)\s+[a-z]")


def _reported_ahead(text: str, index: int) -> re.Match[str] | None:
    """The report's verb when the date at ``index`` lies in what was said of the future
    ("Promoters said the US group will perform at the tribute on 8 October"): the date is
    the performance's, not the saying's."""
    found = list(_REPORTED_BARE.finditer(text, 0, index))
    reported = found[-1] if found else None
    if reported is None or not _AHEAD.search(text, reported.end(), index):
        return None
    return reported


_PRONOUN_SUBJECT = re.compile(
    r"(?:he|she|it|its|his|her|their|our|they|we|i|you|this|these|those)\b", re.I
)
"""A reported clause that opens on a pronoun: who it is was said before the "that"."""
