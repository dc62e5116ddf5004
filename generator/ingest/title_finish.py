"""A headline's last touches: what a page glued before it goes, and what a cut left at
its end (a dangling word, a participle, a relative clause, an open quote)."""

from __future__ import annotations

import re
from string import ascii_letters

from generator import fastre
from generator.ingest.short_subject import shorter_subject
from generator.ingest.title_length import (
    MAX_WORDS,
    MIN_WORDS,
    cut_point,
    longer_cut,
    phrase_end,
    without_trailing_subordinate,
)
from generator.ingest.verbs import AUXILIARY_BEFORE, has_verb, is_verb, surely_verb


def balanced_quotes(title: str) -> str:
    """``title`` without the quote mark the cut left open before a call's words ('called on
    Egypt's government "to allow peaceful protests' → '… government to allow peaceful
    protests'), or the comma a quote closed on ('"very helpful on tough issues,"'). Other
    open quotes stay: the title is a fragment of what was said."""
    if "," in title[-3:]:  # the comma, a quote mark, a line end: none, nothing to find
        title = _QUOTE_COMMA.sub(r"\1", title)
    opened = title.count('"') % 2 or title.count("“") > title.count("”")
    if opened:  # the last quote mark is sought only then
        last = max(title.rfind('"'), title.rfind("“"))
        if title[last + 1 : last + 4] == "to ":  # a call's words: "urged it "to …"
            title = f"{title[:last]}{title[last + 1 :]}"
    return title


def count_words(title: str) -> int:
    """The words of a title: tokens with a letter or digit ("Geneva -- March 14" has three).

    One scan of :data:`_WORD_WITH_ALNUM` (``[^\\W_]`` is what ``str.isalnum`` accepts, ``\\S``
    what ``str.split`` keeps) instead of a Python loop over every character of every word.
    """
    return len(_WORD_WITH_ALNUM.findall(title))


_WORD_WITH_ALNUM = re.compile(r"\S*[^\W_]\S*")
"""A token (white space around it) with a letter or digit in it."""


def has_fewer_words(title: str, least: int) -> bool:
    """``count_words(title) < least``, counting only until ``least``: a token that is all
    letters and digits (``str.isalnum``, most of them) counts without the pattern, another
    when :data:`_ALNUM` finds a letter or digit in it."""
    count = 0
    for token in title.split():
        if token.isalnum() or _ALNUM.search(token):
            count += 1
            if count >= least:
                return False
    return True


_ALNUM = re.compile(r"[^\W_]")
"""A letter or digit (what ``str.isalnum`` accepts)."""


_LEAD_TIME = re.compile(
    r"^(?:by|at|in|on|around|until|since|from|early|late|later|earlier)\s+(?:the\s+)?"
    r"(?:mid-?)?(?:morning|afternoon|evening|night|noon|midday|midnight|dawn|dusk)\b,?\s*"
    r"|^(?:Eastern|Pacific|Central|Mountain|ET|EST|EDT|PT|GMT|UTC|local\s+time),\s*"
    r"(?:(?:a|an|half\s+an|one|two|three|an\s+hour|a\s+half\s+hour)[\w\s]{0,20}?"
    r"(?:later|earlier),?\s*)?",
    re.I,
)
"""A time of day opening a headline once its date is gone ("By mid-afternoon the …"), or
the time zone its clock time left behind ("Eastern, a half hour later, there will be …")."""


_LEAD_TIME_WORDS = frozenset(
    """by at in on around until since from early late later earlier eastern pacific central
    mountain et est edt pt gmt utc local""".split()
)
"""The first words of :data:`_LEAD_TIME`'s alternatives: a match opens on one, whole."""


_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?\s*\([^)]{2,30}\)\s*[-–—]+\s*"
)
"""A wire dateline opening the first paragraph ("NEW YORK (Reuters) - ")."""
_LEADING_DEBRIS = re.compile(
    r"^(?:(?:PA|AP|AFP|EPA)\s+(?=[A-Z][a-z])"
    r"|(?:Yesterday|Today|Tonight|On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),\s+(?=[A-Za-z])"
    r"|[^\w“\"‘']*From\s+(?:[A-Z][\w'’.-]+\s+){1,3}?[A-Z][\w'’.-]+,\s+(?:CNN|AP|AFP|Reuters|BBC)\s+(?=[A-Z]))"
)
"""A photo agency's credit, a byline ("From Hada Messia, CNN ") or another date's lead-in
("Yesterday, ") left before the sentence ("PA A lawyer for one of …"); a live blog's stamp
stays, the sign of a page's furniture."""
_DEBRIS_FIRST = frozenset("PAEYTO")
"""The first letters of :data:`_LEADING_DEBRIS`'s words but "From" ("PA", "Yesterday", "On")."""
_PAGE_STAMP = re.compile(
    r"^\d{4}\s+\d{1,2}\s+\d{1,2}\s+\d{1,2}:\d\d\s+[A-Z]{2,4}\s+"
    r"(?:By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?\s+)?"
)
"""A wire page's time stamp and byline before its dateline ("2009 05 3 08:53 JST By Alistair
Bell MEXICO CITY (Reuters) - ")."""


_QUOTE_COMMA = re.compile(r",([\"”’]?)$")
"""A comma a quote closed on at a title's end."""
_DASHED_WORD = re.compile(r"\s+(?:--|[-–—])\s*\w+$")
"""One word after a dash at a title's end ("… Khaled Said\" -- named")."""
SPACES = re.compile(r"\s{2,}")
"""A run of white space a removal left."""


def single_spaced(text: str) -> str:
    """``SPACES.sub(" ", text)``, searched only in a text that may have a run: one with two
    spaces, or a character other than a space that :meth:`str.isprintable` refuses (each
    white space character but the space is one: a control or a separator). Most texts have
    neither, and ``re`` would try every position."""
    if "  " in text or not text.isprintable():
        return SPACES.sub(" ", text)
    return text


def without_opening(pattern: re.Pattern[str], text: str) -> str:
    """``pattern.sub("", text)`` for a ``pattern`` whose every alternative opens on ``^``
    (and no ``re.MULTILINE``): it can match only at the text's start, so one ``match`` finds
    what ``sub`` would, which then tries ``^`` at every later position as well."""
    found = pattern.match(text)
    return text[found.end() :] if found else text


def may_open(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` may open on one of ``words`` (lower-case ASCII) as a pattern that
    ignores case sees them: its opening ASCII letters, lower-cased, are one, or a non-ASCII
    character follows them (one that folds to an ASCII letter, "ſ", may make one). A pattern
    anchored at the start that needs one is tried only then."""
    letters = text.lstrip(ascii_letters)
    if letters[:1] and not letters[0].isascii():
        return True
    return text[: len(text) - len(letters)].lower() in words


_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
"""A parenthesis and the space before it."""
_OPEN_PARENTHESIS = re.compile(r"\s*\([^)]*$")
"""A parenthesis the cut left open."""
_OPENER = re.compile(r"^[^\w“\"‘']+|^(?:and|but|so|yet|or|then|s)\s+", re.I)
"""Punctuation or a conjunction opening a clause."""
_OPENERS = frozenset("and but so yet or then s".split())
"""The words of :data:`_OPENER`'s second alternative."""
_AND_AUXILIARY = re.compile(r"\s+and\s+(?:is|was|are|were|has|have|had)\b.*$")
"""A second predicate joined by "and" and an auxiliary."""
_AND_AUXILIARY_LEAD = re.compile(r"and\s+(?:is|was|are|were|has|have|had)\b")
"""The words of every :data:`_AND_AUXILIARY` match: opening on a literal, ``re`` finds them
by a quick scan for "and", where the whole pattern is tried at every white space."""


def finish(text: str) -> str:
    """``text`` made a headline's end: page stamps, datelines, bylines and bullets out, cut
    to :data:`~generator.ingest.title_length.MAX_WORDS` words (or where its phrase ends), no
    dangling word, participle or relative clause left at its end, a capital first."""
    if text[:1] in _DEBRIS_FIRST or "From" in text:  # each alternative's start
        text = without_opening(_LEADING_DEBRIS, text)
    if text[:1].isdecimal():  # the stamp's year: "\d" is what str.isdecimal accepts
        text = without_opening(_PAGE_STAMP, text)
    if "A" <= text[:1] <= "Z" and "(" in text:  # a capital opens the dateline, "(" its agency
        text = without_opening(_WIRE_DATELINE, text)
    if "*" in text:  # the bullet's own mark
        text = _BULLET.split(text)[0]
    if "By" in text:  # a byline's own word: without it, nothing for the pattern to find
        text = _BYLINE.sub("", text)
    words, end = _clause_words_end(text)
    cut = _cut_at(words, end)
    if _loses_what_it_needs(words, cut) and (shortened := shorter_subject(text)) != text:
        shorter, shorter_end = _clause_words_end(shortened)  # the same text: the same words
        if len(shorter) < len(words) and (len(shorter) <= MAX_WORDS or shorter_end is not None):
            words, cut = shorter, _cut_at(shorter, shorter_end)  # "USAID said …", not "The US
            # Agency …"
    text = " ".join(words[:cut]).strip(" ,;:—–")
    if "-" in text or "–" in text or "—" in text:  # both patterns need a dash
        text = _DASHED_WORD.sub("", text)  # "… Khaled Said\" -- named"
        text = _without_trailing_aside(text)
    if "between" in text or "from" in text:  # _HOLE's words: re tries every position
        text = _HOLE.sub(" ", text)  # "between and January 3": its end too
    text = single_spaced(text)
    if text.endswith(_PARTICIPLE_ENDS) or "\n" in text:  # where the pattern's "$" can match
        text = _TRAILING_PARTICIPLE.sub("", text)
    text = without_dangling(text).rstrip(" ,;:—–-")
    text = _without_left_participle(_without_open_clause(text))
    if "that" in text or "which" in text or "who" in text:  # the pattern's words
        text = _LEFT_RELATIVE.sub("", text)
    if "," in text:  # both patterns open on a comma: without one, nothing to find
        text = _CAPTION_PLACE.sub("", _TRAILING_SOURCE.sub("", text))
    text = _without_subject_comma(text)
    return text[:1].upper() + text[1:] if text else text


def _cut_at(words: list[str], end: int | None) -> int:
    """How many of ``words`` the headline keeps: all, or up to where its phrase ends (``end``,
    :func:`~generator.ingest.title_length.phrase_end` of ``words`` as
    :func:`_clause_words_end` found it), or up to a cut before a function word."""
    if len(words) <= MAX_WORDS:
        return len(words)
    if end == len(words):
        return end  # a whole clause
    cut = cut_point(words, MAX_WORDS, MIN_WORDS + 2)
    if not cut or cut < MAX_WORDS - 2:  # the cut would lose more than an adjunct's start
        cut = end or longer_cut(words) or cut
    return cut or MAX_WORDS


def _loses_what_it_needs(words: list[str], cut: int) -> bool:
    """Whether cutting ``words`` at ``cut`` leaves out what its verb needs: not at the end,
    nor after a comma, nor before a second clause, a time or a reason."""
    if cut >= len(words) or words[cut - 1].endswith((",", ";", ":")):
        return False
    if words[cut] == "as" and words[cut - 1] in _AS_MUCH:
        return True  # "could knock as much | as half a percentage point"
    return words[cut].casefold() not in _CLEAN_CUTS


_AS_MUCH = frozenset("much many far long well soon same".split())
"""Words after which "as" compares, and the comparison is what the verb needs."""


_CLEAN_CUTS = frozenset(
    """- -- — – and but or while whereas when after before because since although though as
    which who including despite amid following in""".split()
)
"""Words a cut may come before without losing what the verb needs: a second clause, a time,
a reason or a place ("was closed for a week | after a pupil …", "identified 985 infections
| in 20 countries")."""


def _clause_words(text: str) -> list[str]:
    """The words of ``text`` as a headline's clause: parentheses, times of day and openers
    out, a trailing relative clause or a saying's "that" gone when the clause is long."""
    return _clause_words_end(text)[0]


def _clause_words_end(text: str) -> tuple[list[str], int | None]:
    """:func:`_clause_words` and, when they are more than :data:`MAX_WORDS`, where their phrase
    ends (:func:`~generator.ingest.title_length.phrase_end`; else their count): found here
    already, so :func:`_cut_at` need not look again."""
    if "(" in text:  # both patterns need one: without it re would try every position
        text = _PARENTHESIS.sub("", text)
        text = _OPEN_PARENTHESIS.sub("", text)  # a parenthesis the cut left open
    lead = may_open(text, _LEAD_TIME_WORDS)
    if lead:
        text = without_opening(_LEAD_TIME, text)
    opened = text
    if (text[:1] and not (text[0].isalnum() or text[0] == "_")) or may_open(text, _OPENERS):
        text = without_opening(_OPENER, text)  # the first: punctuation (no "\w") opens the text
    if (lead or text != opened) and may_open(text, _LEAD_TIME_WORDS):  # "3:30 p.m. |
        text = without_opening(_LEAD_TIME, text)  # Eastern, …": its zone after its dot (the same
        # text as the first test refused cannot open on one)
    if "and" in text and _AND_AUXILIARY_LEAD.search(text):  # the words every match has
        text = _AND_AUXILIARY.sub("", text)
    text = text.strip(" ,;:.“”\"'‘’")
    words = text.split()
    if len(words) > MAX_WORDS:
        shorter = without_trailing_subordinate(" ".join(words)).split()
        words = shorter if len(shorter) >= 4 else words  # "Those who serve …" is not "Those"
    end = phrase_end(words) if len(words) > MAX_WORDS else len(words)
    if end != len(words) and "that" in words:  # the pattern's "that", a word of its own
        said = _SAID_THAT.sub(r"\1 ", " ".join(words), count=1).split()
        if len(said) < len(words):  # else nothing went: the same words, the same end
            said_end = phrase_end(said) if len(said) > MAX_WORDS else len(said)
            if said_end == len(said) or (end is None and said_end is not None):
                words, end = said, said_end  # "X said Y" as a headline says it: whole, or to
                # its phrase's end
    return words, end


_SAID_THAT = fastre.compile(
    r"\b((?:said|says|announced|confirmed|reported|stated|added|warned|insisted|believes"
    r"|believed|argued|claimed|noted|acknowledged|admitted|agreed|estimated|reiterated"
    r"|suggested|indicated|revealed|declared|told\s+(?:reporters|journalists|CNN|AFP|the\s+BBC)))"
    r"\s+that\s+(?=[A-Za-z])"
)
"""A saying and its "that", which a headline leaves out when that lets the whole clause fit
("USAID said that American teams had pulled 10 people alive from the rubble")."""
_TRAILING_SOURCE = re.compile(
    r",\s+(?:(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}?(?:sources?|officials?|spokes(?:wo)?man"
    r"|diplomats?|aides?|witness(?:es)?)|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|\d+)$"
)
"""Who told it, glued at a title's end after a comma ("… to Sharm el-Sheikh, a well-placed
source"), or the first word of a count the cut broke off ("… diagnosed in the UK, one")."""
_OPEN_CLAUSE = re.compile(r",?\s+(?:and|but)\s+that\s+((?:\S+\s+){0,5}\S+)$")
"""A second reported clause the cut left at its subject ("… were injured in Suez and that
security forces")."""


def _without_open_clause(text: str) -> str:
    """``text`` without a second reported clause at its end that the cut left with no verb
    the lexicon is sure of."""
    found = _OPEN_CLAUSE.search(text) if "that" in text else None  # re tries every position
    if found is None or any(surely_verb(w) for w in found.group(1).lower().split()):
        return text  # a verb it is sure of ("forces" may be a noun)
    return text[: found.start()]


_TRAILING_ASIDE = re.compile(r"\s+(?:--|[-–—])\s+([^-–—]+)$")
"""An aside after a dash at a title's end ("… killed in the Egyptian protests -- 232 in
Cairo")."""
ASIDE_WORDS = 6
"""Most words of a verbless aside that leaves a title's end."""


def _without_trailing_aside(text: str) -> str:
    """``text`` without a short verbless aside after a dash at its end, when what stands
    before the dash has a verb: a list or a figure broken off, not part of the headline."""
    found = _TRAILING_ASIDE.search(text)
    if found is None:
        return text
    aside, head = found.group(1).split(), text[: found.start()].split()
    if _second_sentence(aside, head):
        return text[: found.start()]  # "… visited Bouazizi's bedside -- the graduate lived …"
    if len(aside) > ASIDE_WORDS or has_verb(aside) or not has_verb(head) or len(head) < 4:
        return text
    if aside[0].lower() in ("and", "or", "but", "not", "like") or text.count('"') % 2:
        return text  # "shook America - and Germany": joined to the headline; inside a quote
    return text[: found.start()]


def _second_sentence(aside: list[str], head: list[str]) -> bool:
    """Whether a dash joins a second sentence to a whole first one: ``aside`` (after the
    dash) opens on "the", "a" or "an" and has a verb the lexicon is sure of, and ``head``
    has five words or more with a verb and does not end on a saying."""
    return (
        aside[0].lower() in ("the", "a", "an")
        and any(surely_verb(w.lower()) for w in aside[1:])
        and len(head) >= 5
        and has_verb(head)
        and head[-1].lower() not in ("said", "says", "told", "added")
        and not sum(w.count('"') for w in head) % 2
    )


_CAPTION_PLACE = re.compile(r",\s+in\s+(?:[A-Z][\w'’-]*\.?(?:,\s*|\s+)?){1,6}$")
"""A photo caption's closing place after a comma ("… met at the Elysee Palace, in Paris,
France"): the place was said before it."""


_LEFT_RELATIVE = re.compile(r",?\s+(?:that|which|who)\s+[a-z]+$")
"""A relative clause the cut or the date left at its verb ("mass protests that began")."""
_ROLE_THEN_NAME = re.compile(r"^((?:The|A|An)\s[^,]{3,60}),\s((?:[A-Z][\w'’.-]*\s){1,4})([a-z]+)\b")
"""A role, a comma and the name of who holds it, then the verb: the apposition's closing comma
went with the date between them."""
_SUBJECT_COMMA = re.compile(r"^((?:The|A|An)\s[^,]{3,80}?(?<!\d)),\s([a-z]+)\b")
"""A comma an apposition's removal left between a subject and its verb ("The US hospital
ship with 500 medical personnel and 250 beds onboard, arrived …", "The Arts East Staffs
team, held a charity event")."""


def _without_subject_comma(text: str) -> str:
    """``text`` without a comma between a subject with no verb and its past-tense verb, and
    without a role before the name that does it ("The mayor of London, Ken Livingstone
    suggested …" → "Ken Livingstone suggested …", the apposition's second comma gone)."""
    if "," not in text or not text.startswith(("The", "A")):
        return text  # both patterns open on "The", "A" or "An" and need a comma
    named = _ROLE_THEN_NAME.match(text)
    if named and not has_verb(named.group(1).split()) and is_verb(named.group(3)):
        return text[named.start(2) :]
    found = _SUBJECT_COMMA.match(text)
    if not found or has_verb(found.group(1).split()) or not _past_form(found.group(2)):
        return text
    return f"{found.group(1)} {text[found.start(2) :]}"


def _past_form(word: str) -> bool:
    """Whether ``word`` is a main verb's past tense that no apposition opens with ("arrived",
    "held"; not "dated", "designated", "headed": "The memo, dated …, stated")."""
    return word in _MAIN_PAST


_MAIN_PAST = frozenset(
    """arrived landed left died began ended opened closed collapsed sank crashed exploded
    resigned returned reached docked departed held met visited announced said told took made
    gave won lost attacked launched urged warned agreed signed voted rejected approved""".split()
)
"""Past tenses that, right after a subject and a comma, are its verb."""


_LEFT_PARTICIPLES = frozenset(
    """organized organised chaired aimed disrupted ordered infected hosted sponsored backed
    funded based designed intended caused linked affected described""".split()
)
"""Participles that open a phrase after their noun ("a fund aimed at …", "the committee
chaired by …"): one left alone at a title's end has lost it."""


def _without_left_participle(text: str) -> str:
    """``text`` without a participle the cut left after its noun ("… set up a $120 billion
    emergency fund aimed"), when a verb came before it and no auxiliary ("was hacked")."""
    last = text.rsplit(None, 1)[-1:]
    if not last or last[0] not in _LEFT_PARTICIPLES:
        return text  # the last word alone first: most titles end on none
    words = text.split()
    if len(words) < 5:
        return text
    if words[-2].lower() in AUXILIARY_BEFORE or not has_verb(words[:-2]):
        return text
    return " ".join(words[:-1])


_PARTICIPLE_ENDS = tuple(
    """saying adding according including prompting insisting arguing claiming warning stating
    suggesting noting explaining demanding urging calling""".split()
)
_TRAILING_PARTICIPLE = re.compile(rf"(?<!\sas),?\s+(?:{'|'.join(_PARTICIPLE_ENDS)})$")
"""A clause the cut left at its first word ("… defended the event saying"), not "quotes her as
saying", which needs it. Searched only in a title that ends with one of
:data:`_PARTICIPLE_ENDS` (or has a line break, before which ``$`` also matches): ``re``
tries the pattern at every position."""
_BULLET = re.compile(r"\s\\?\*\s")
"""A wire story's bullet point: "Child dies in Texas \\* Death is first outside Mexico"."""
_BYLINE = re.compile(r"(?<=[a-z])\s+By\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\b(?:,.*)?$")
"""A byline glued after a headline: "… route map By Maggie Fox, Health and Science Editor"."""
_HOLE = re.compile(
    r"\s(?:between|from)\s+(?:and|to|until)\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|\S+)(?:,?\s+\d{4})?"
)
"""A date range whose first end was the removed date ("conducted between and January 3")."""
DANGLING = fastre.compile(
    r"(?:\s+(?:that|to|and|or|but|of|the|a|an|with|for|in|on|at|by|from|as|while|who|which"
    r"|it|he|she|they|we|its|his|her|their|is|was|are|were|be|been|has|have|had|would|will"
    r"|can|could|may|might|not|ahead|if|whether|than|this|these|those|also|too|as\s+well"
    r"|when|where|because|although|though|unless|into|onto|via|per|nor|during"
    r"|towards?|among|amid|including|despite|until))+$",
    re.I,
)
_DANGLING_WORDS = frozenset(
    """that to and or but of the a an with for in on at by from as while who which it he she
    they we its his her their is was are were be been has have had would will can could may
    might not ahead if whether than this these those also too well when where because
    although though unless into onto via per nor during toward towards among amid including
    despite until""".split()
)
"""The last words of :data:`DANGLING`'s alternatives ("as well": "well")."""


def without_dangling(text: str) -> str:
    """``DANGLING.sub("", text)``, searched only when the last word of ``text`` is one of
    :data:`_DANGLING_WORDS` (or not ASCII: one folding to an ASCII letter may make one): a
    match ends the text on one, and four titles in five end on none."""
    last = text.rsplit(None, 1)[-1:]
    if last and last[0].isascii() and last[0].lower() not in _DANGLING_WORDS:
        return text
    return DANGLING.sub("", text)
