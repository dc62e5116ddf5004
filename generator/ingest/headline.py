"""Short headlines from news sentences: who did what, without the date.

Rule-based and deliberately simple: find the clause that carries the date,
take its subject (the antecedent, for "X, who …" relative clauses), drop the
date phrase, lead-in adverbials and asides, shorten titled names
("Chilean President Ana Ruiz" → "Ruiz") and cut at a natural
boundary. Good enough to be a title an editor may polish.
"""

from __future__ import annotations

import re
from functools import lru_cache
from string import ascii_lowercase

from generator import fastre
from generator.dates import MONTH_NAMES
from generator.ingest.clauses import in_list, is_setting, list_end, tells_consequence
from generator.ingest.completion import (
    COMPLEMENT,
    THAT_ASIDE,
    cut_completed,
    is_open_verb,
    join_overlap,
)
from generator.ingest.date_removal import names_which, remove_date, without_placing
from generator.ingest.modifiers import tail_start
from generator.ingest.names import NAME as _NAME
from generator.ingest.names import shorten_names as _shorten_names
from generator.ingest.page_text import (
    normalize,
    strip_page_text,
    without_asides,
    without_caps_heading,
)
from generator.ingest.predicate import dated_predicate
from generator.ingest.referents import antecedent as _antecedent
from generator.ingest.referents import object_antecedent
from generator.ingest.referents import resolve_pronoun as _resolve_pronoun
from generator.ingest.reported import complete_reported, reported_deed
from generator.ingest.title_finish import balanced_quotes as _balanced_quotes
from generator.ingest.title_finish import count_words as _count
from generator.ingest.title_finish import finish as _finish
from generator.ingest.title_finish import has_fewer_words, may_open, without_opening
from generator.ingest.title_length import (
    LONGEST_WORDS,
    MAX_WORDS,
    MIN_WORDS,
    without_trailing_subordinate,
)
from generator.ingest.verbs import has_verb

_RELATIVE = re.compile(r"^(?:who|whose|which)\b\s*", re.I)
_LEAD_IN = re.compile(
    r"^(?:(?:yet|still|meanwhile|however|but|and|so|then|also|instead|moreover|afterwards?|"
    r"subsequently|furthermore|nevertheless|nonetheless|additionally|"
    r"in response|for his part|for her part|in recent speeches|separately|earlier|later|"
    r"at the \w+ meeting|(?:a|an|one|two|three|four|five|six|several|a\s+few)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later))\b,?\s*)+",
    re.I,
)

_LEAD_IN_WORDS = frozenset(
    """yet still meanwhile however but and so then also instead moreover afterwards afterward
    subsequently furthermore nevertheless nonetheless additionally in for separately earlier
    later at a an one two three four five six several""".split()
)
"""The first words of :data:`_LEAD_IN`'s alternatives: a match opens on one, whole."""


def _without_lead_in(text: str) -> str:
    """``_LEAD_IN.sub("", text)``, tried only on a text that may open on one of its words
    (:func:`~generator.ingest.title_finish.may_open`): ``re`` tries each of its forty
    alternatives, ignoring case, on every text."""
    return without_opening(_LEAD_IN, text) if may_open(text, _LEAD_IN_WORDS) else text


@lru_cache(maxsize=1 << 12)
def make_headline(sentence: str, date_text: str) -> str:
    """A short headline for the event a sentence dates with ``date_text``.

    Its recent answers are kept: a corpus repeats a sentence in another article (a copy, a
    wire story run twice), one call in fifteen over the test corpora, up to 2,000 calls apart.
    """
    sentence = without_asides(strip_page_text(sentence, date_text), date_text)
    text = normalize(sentence)  # normalized once: the three steps below each read it so
    headline = _resolve_pronoun(_make_headline(text, date_text), sentence, date_text)
    headline = complete_reported(_complete(headline, text, date_text), sentence, date_text)
    if has_fewer_words(headline, MIN_TITLE_WORDS):  # too little left: the sentence, shortened
        whole = _finish(text) or text[:80]
        if _count(whole) > _count(headline):
            headline = whole
        if _count(headline) < MIN_TITLE_WORDS:  # the cut left too little
            headline = " ".join(text.split()[:MAX_WORDS]).strip(" ,;:")
    headline = without_caps_heading(headline)
    if "also" in headline:  # no "also", nothing for the pattern to find
        headline = _ALSO.sub("", headline)
    return _balanced_quotes(headline)


_ALSO = re.compile(r"(?<=\w)\s+also(?=\s+[a-z])(?!\s+known\b)")
"""An "also" that ties the sentence to the one before ("Switzerland also confirmed its first
case"): a headline stands alone."""


MIN_TITLE_WORDS = 4
"""Fewest words of a title: fewer say nothing ("Will be critical"), so the sentence is used."""


def _complete(headline: str, text: str, date_text: str) -> str:
    """A fragment that stops at its verb gets its object back; a short one, its date.

    "The Security Council voted" + "… on Thursday to impose a no-fly zone over Libya" →
    "The Security Council voted to impose a no-fly zone over Libya"; "Ruiz’s term
    ends" + "… ends in August and …" → "Ruiz’s term ends in August".
    """
    words = headline.split()
    last = words[-1].strip(".,;:") if words else ""
    open_verb = last.endswith("ed") or is_open_verb(last)
    if not words or (len(words) >= 4 and not open_verb):
        return headline
    index = text.find(date_text)
    if index < 0:
        return headline
    rest = text[index + len(date_text) :]
    original = headline
    tail = rest.strip(" ,;:—–")
    if tail.casefold().startswith(headline.casefold()):
        headline, words = "", []  # the fragment is the start of what follows the date
    repeated = " ".join(tail.split()[:4]).strip(",.;:").casefold() in headline.casefold()
    if open_verb and COMPLEMENT.match(rest) and not repeated:
        joined = _shorten_names(join_overlap(headline, THAT_ASIDE.sub("that ", tail)))
        done = cut_completed(
            without_trailing_subordinate(joined) if len(joined.split()) > 8 else joined
        )
        if len(done.split()) > len(words):
            return done
    if len(words) < 4 and COMPLEMENT.match(f" {tail}" if not headline else rest):
        done = cut_completed(_shorten_names(join_overlap(headline, tail)))
        done = without_trailing_subordinate(done) if len(done.split()) > 8 else done
        if len(done.split()) >= 4:
            return done[:1].upper() + done[1:]
    if len(words) < 4 and headline:
        prep = re.search(
            r"\b(in|on|at|by|since|during|until|from)\s+(?:the\s+)?$", text[:index], re.I
        )
        phrase = f"{prep.group(0)}{date_text}" if prep else date_text
        if re.match(r"(?i)(?:in|on|at|by|since|during|until|from)\b", phrase):
            return f"{headline} {phrase.strip()}"
    if len(words) < 4:
        bare = _without_lead_in(remove_date(text, date_text).lstrip(" :;,—–"))
        whole = _finish(_shorten_names(_main_clause(bare, len(bare))))
        if len(whole.split()) >= 4:
            return whole  # the fragment said too little: the sentence's own main clause
        named = _NAME_APPOSITION.match(bare)
        if named and len(whole.split()) < 4:  # "Shahira Amin, a reporter for Egypt's
            kept = _finish(_shorten_names(bare))  # state-run Nile TV, resigned": who she is
            if 4 <= len(kept.split()) <= LONGEST_WORDS:
                return kept
    return headline or original


def _make_headline(text: str, date_text: str) -> str:
    if "(" in text:  # no bracket, no amount in one
        text = _AMOUNT_ASIDE.sub("", text)
    index = text.find(date_text)
    if index < 0:
        return _finish(_shorten_names(text))
    text, index = reported_deed(text, index, date_text)
    phrase = _participial_phrase(text, index, index + len(date_text)) or _dated_subject(
        text, index, index + len(date_text)
    )
    if phrase:
        return _finish(_shorten_names(phrase))  # a subordinate clause goes if it is too long
    clause, subject = _clause_around(text, index, index + len(date_text))
    if subject is None:
        clause = dated_predicate(clause, date_text) or clause
    clause = remove_date(clause, date_text)
    clause = _without_lead_in(clause).strip(" ,;:")
    if subject:
        clause = _join_subject(subject, clause)
    clause = _shorten_names(clause)
    if len(clause.split()) < (2 if subject else MIN_WORDS):
        clause = _shorten_names(remove_date(text, date_text))
    return _finish(clause)


_AMOUNT_ASIDE = re.compile(
    r"\s*\((?:[#$£€¥]\s?|US\$|Rs\.?\s?)?[\d.,]+\s?(?:m|bn|k|million|billion)?\)"
)
"""An amount in another currency in brackets ("400m euros (# 354m) in emergency aid"): no
clause boundary, as a bracket otherwise is."""
_PARTICIPLE = r"(?:[a-z]+(?:ed|en|ing)|held|made|met|began|begun|took|taken|won|lost|built|sent)"
_NP_STOP_TOKEN = (
    r"[;:(]|,(?!\d)|\b(?:until|that|which|who|and|but|of|in|on|at|to|for|with|from|by|about|"
    r"after|before|when|while|as|described|said|called)\b"
)
_NP_STOP = re.compile(rf"(?:^|{_NP_STOP_TOKEN})\s*(?!.*(?:{_NP_STOP_TOKEN}))", re.I)
"""The last stop token (and the spaces after it) before a noun phrase."""
_NP_STOP_TOKENS = re.compile(_NP_STOP_TOKEN, re.I)
_FOLLOWS = re.compile(rf"\s+({_PARTICIPLE})\b((?:[^,;:]|,(?=\d))*)")
"""A participle's phrase right after the date."""
_PRECEDES = re.compile(rf"\b({_PARTICIPLE})$")
"""A participle ending the words before the date. Only lowercase ASCII letters: searched
from where the text's last run of them starts (``\\b`` still sees the letter before), not
tried at every position of the text."""
_TO_OR_THAT = re.compile(r"\s*(?:to|that)\s")
"""A verb's complement opening what follows the date."""


def _participial_phrase(text: str, start: int, end: int) -> str | None:
    """ "the operation last month deposing Núñez" → "The operation deposing Núñez"."""
    after = text[end:]
    prefix = text[:start]  # sliced once: both caches hash it
    if names_which(text[start:end], after, prefix):
        return None  # "died in last Tuesday's quake": the clause keeps its phrase
    before = without_placing(prefix).rstrip()
    follows = _FOLLOWS.match(after)
    precedes = _PRECEDES.search(before, len(before.rstrip(ascii_lowercase)))
    if follows and not precedes and not has_verb(before.split()):
        np = _noun_phrase_before(before)  # not "Bao arrived in Beijing (on Friday) having …"
        if np:
            stop = list_end(after, follows.end())
            return f"{np} {follows.group(1)}{follows.group(2)}{after[follows.end() : stop]}"
    if precedes and prefix != before + text[len(before) : start]:
        return None
    complement = _TO_OR_THAT.match(after)
    if precedes and before[: precedes.start()].rstrip() and not follows and not complement:
        head = _without_lead_in(before[: precedes.start()].rstrip(" ,"))
        named = _NAME_APPOSITION.match(head + ", a")
        if (
            named
            and named.end() == len(head) + 2
            and before[: precedes.start()].rstrip().endswith(",")
            and " " in named.group(1).strip()
        ):
            head = named.group(1).strip()  # "Matt Maer, Pte Beharry's commanding officer,"
        if precedes.group(1).lower() in _INTRANSITIVE and _after_preposition(head):
            return None  # "a principal suffering from swine flu died": not "swine flu died"
        relative = _WHO_CLAUSE.search(head)
        if relative and not _OPEN_END.search(head):  # "A Chinese virologist who helped fight
            # SARS and bird flu | warned …"; not "who was | seized", "… and | released"
            head = head[: relative.start()]
        np = _noun_phrase_before(head)
        lead = head[: -len(np)].strip() if np else ""
        if re.search(r"\bto$", lead):
            return None  # "decided to postpone games | scheduled for Friday": a verb's object
        after_preposition = _PREPOSITION_END.search(lead)
        if (after_preposition and not has_verb(lead.split())) or (
            np and _PREPOSITION_FIRST.match(np)
        ):
            return None  # "The UN mission to Haiti began …", "keeping Egyptians for and
            # against the government separated today": no noun phrase is the verb's subject
        if np and not _AUXILIARY_END.search(np):
            rest = _UP_TO_COMMA.match(after)
            more = rest.group(1).strip(" .") if rest else ""
            if more and _VERB_START.match(more):
                more = ""  # "…, rescued on Friday, is being treated": the main verb follows
            return f"{np.rstrip(' ,')} {precedes.group(1)} {more}".strip()
    return None


_PREPOSITION_END = re.compile(r"\b(?:to|of|in|on|at|for|with|from|by|about)$")
_AUXILIARY_END = re.compile(r"\b(?:has|have|had|was|were|is|are|be|been)$", re.I)
_UP_TO_COMMA = re.compile(r"\s*((?:[^,;:]|,(?=\d))*)")  # a number's comma is none
_WHO_CLAUSE = re.compile(r"(?<=[a-z])\s+who\s+[a-z][^,;:]*$")
"""A relative clause without commas ending the words before a verb: the verb's subject is
the noun before "who", not the last noun of the clause."""
_OPEN_END = re.compile(r"\b(?:and|or|was|were|is|are|has|have|had|be|been|being)$")
"""Words before a participle that make it the relative clause's own ("who was | seized")."""
_PREPOSITION_FIRST = re.compile(
    r"(?:against|over|under|between|among|into|through|despite|amid|within|without|across"
    r"|toward|towards|via|near|beyond|beside|behind)\b",
    re.I,
)
"""A preposition opening what was taken for a noun phrase: it is none."""
_INTRANSITIVE = frozenset(
    """died arrived came went fell rose happened occurred collapsed resigned erupted landed
    departed returned emerged began ended struck""".split()
)
"""Past forms that are no passive participle: "X died" is the clause's own verb, never
"the X (that was) died"."""


def _after_preposition(text: str) -> bool:
    """Whether the noun phrase that ends ``text`` is a preposition's object ("… from swine flu")."""
    stop = _find_last_stop(text)
    return stop is not None and stop.group().strip().lower() in _NP_PREPOSITIONS


_VERB_START = re.compile(r"(?:is|was|are|were|has|have|had|will|would|can|could|said|says)\b", re.I)
"""A main verb starting what follows a participle phrase."""


_PLANNED = fastre.compile(
    r"\b((?:upcoming|scheduled|planned|forthcoming|next)\s+[\w\s’'-]{1,40}?)\s+(?:in|on|for)\s+$",
    re.I,
)
"""A planned thing right before its date ("the upcoming | May 31 election"); compiled once,
with RE2 refusing the many texts without one before ``re`` tries each position."""


def _dated_subject(text: str, start: int, end: int) -> str | None:
    """ "The upcoming May 31 election in Chile will be …" → "Upcoming election in Chile"."""
    planned = _PLANNED.search(text[:start])
    if planned:
        return planned.group(1)
    head = text[:start].strip()
    if len(head.split()) > 3 or "," in head or ";" in head or ":" in head:
        return None
    if head and not _DETERMINER_FIRST.match(head):
        return None  # "By mid-afternoon on Tuesday the artists …": not a dated noun phrase
    if has_verb(head.split()[1:]):
        return None  # "The minister said on Tuesday that …": a clause, not a noun phrase
    tail = _SUBJECT_TAIL.match(text[end:])
    if not tail or not tail.group(1):
        return None
    if head.lower() == "the" and _ABSOLUTE_DATE.search(text[start:end]):
        return text.strip().rstrip(".")  # "The July 7 attacks were …": the date says which
    head = _ARTICLE_FIRST.sub("", head)
    return f"{head} {tail.group(1)}".strip()


_DETERMINER_FIRST = re.compile(r"(?i)(?:the|a|an|this|that|its|his|her|their)\b")
_SUBJECT_TAIL = re.compile(
    r"\s*([^,;:]*?)\s+(?:will|would|is|was|are|were|has|have|had|could|may|might|remains?)\b"
)
_ARTICLE_FIRST = re.compile(r"^(?:the|a|an|this|that)\s+", re.I)
_ABSOLUTE_DATE = re.compile(rf"\d|\b(?:{'|'.join(MONTH_NAMES)})\b")
"""A date that names its day or month, not one relative to the page ("Tuesday's")."""


def _noun_phrase_before(text: str) -> str | None:
    """The noun phrase that ends ``text``, if it ends in one (not a verb or preposition)."""
    cut = tail_start(text, 2)  # the last word is in the last two, unless they have none
    last = _LAST_WORD.search(text, cut) or (_LAST_WORD.search(text) if cut else None)
    if not last or _NO_NOUN.fullmatch(last.group(1)):
        return None
    stop = _find_last_stop(text)
    phrase = text[stop.end() :] if stop else text
    phrase = phrase.strip(" ,;:")
    if stop and stop.group().strip().lower() in _NP_PREPOSITIONS:
        head = _NP_HEAD.search(text, 0, stop.start())
        if head is None and phrase[:1].isupper():  # "Video from Sinai"
            head = _BARE_HEAD.match(text, 0, stop.start())
        names = _NAMES_BEFORE.search(text[: stop.start()]) if phrase[:1].isupper() else None
        if head and len(head.group(1).split()) + len(phrase.split()) <= 9:
            phrase = f"{head.group(1)} {stop.group().strip()} {phrase}"  # "A crowd in Cairo"
        elif names and stop.group().strip().lower() == "of":
            phrase = f"{names.group(1)} of {phrase}"  # "John Kerry of Massachusetts"
    if stop and stop.group().strip().lower() in ("and", "or") and phrase[:1].isupper():
        names = _NAMES_BEFORE.search(text[: stop.start()])
        if not names:
            return None  # "leaders Mehdi Karroubi and Mir Hossein Moussavi": not the last alone
        phrase = f"{names.group(1)} {stop.group().strip()} {phrase}"  # "Ruiz and Núñez"
    if not phrase or len(phrase.split()) > 6 or not re.search(r"[a-z]", phrase):
        return None
    if len(phrase.split()) < 2 and not phrase[:1].isupper():
        return None
    return phrase


_NO_NOUN = re.compile(
    r"(?:the|a|an|of|in|on|at|to|for|with|and|or|but|is|was|were|are|be|been|has|have|"
    r"had|until|that|which|who|when|while|as|by|from|about)",
    re.I,
)
_LAST_WORD = re.compile(r"(\w+)\W*$")
"""The last word of a text; searched whole, tried at every word of it."""
_NP_PREPOSITIONS = frozenset("in of at from near outside inside across".split())
"""Prepositions that attach a place or part to the noun before them ("a crowd in Cairo")."""
_NP_HEAD = re.compile(
    r"(?:^|[,;:]\s*)((?:The|A|An|the|a|an|Thousands|Hundreds|Dozens|Scores|Crowds|Some|Many)"
    r"(?:\s+[\w'’-]+){0,3})\s*$"
)
"""A short noun phrase opening a clause: the head of "A record crowd in Cairo"."""


_BARE_HEAD = re.compile(
    r"(?!(?:In|On|At|By|For|From|With|After|Before|During|Since|Until|When|While|As|If|But"
    r"|And|Earlier|Later|Meanwhile|Yesterday|Today|Tonight|Overnight)\b)([A-Z][a-z]+)\s*$"
)
"""A sentence's first word, a noun without an article: the head of "Video from Sinai"."""


_NAMES_BEFORE = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:said|and|by|with)\s+)([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*$"
)
"""Capitalised words ending a text, as a name joined by "and" to the next one."""


def _find_last_stop(text: str) -> re.Match[str] | None:
    """``_NP_STOP.search(text)``, in time linear in the length of ``text``.

    Searched from the start, :data:`_NP_STOP` tries every stop token and scans the
    rest of the line for a later one: time quadratic in a long sentence. Without a
    newline the only token that can match is the last one, so the search starts there;
    a stop token cannot start inside another or in the spaces after it. The tokens are
    looked for in the last eight words first (no token holds white space, so none crosses
    into them, and ``\b`` sees the character before), the whole text only if they have none.
    """
    if "\n" in text:
        return _NP_STOP.search(text)  # each line has its own last token
    start = 0
    tail = tail_start(text, 8)
    for token in _NP_STOP_TOKENS.finditer(text, tail):
        start = token.start()
    if not start and tail:  # none in the last words: the last is before them, if any
        for token in _NP_STOP_TOKENS.finditer(text, 0, tail):
            start = token.start()
    return _NP_STOP.search(text, start)


_BOUND = re.compile(r",\s|;\s|:\s|\s[—–]\s|\(|\)")
"""A mark that may bound a clause: a comma, semicolon or colon, a dash, a parenthesis."""


def _bound(text: str, mark: re.Match[str]) -> int:
    """Where a clause ends or starts at ``mark``; -1 for a comma in a list or before a
    consequence ("a curfew in Cairo, Suez and Alexandria" is one clause)."""
    if mark.group() == ", " and (in_list(text, mark) or tells_consequence(text, mark)):
        return -1
    return mark.end() if mark.group().strip() not in "()" else mark.start()


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around ``text[start:end]`` starts and ends: the nearest bounds (see
    :func:`_bound`) before and after it, else the text's ends. A mark's bound lies inside it,
    so the nearest marks are tried first, and the list tests (which search the text before
    a comma) run for them only, not for every comma of the sentence."""
    if end <= 0 or start >= len(text):  # an empty span at an end: that end bounds it
        return (0 if start < len(text) else len(text)), (0 if end <= 0 else len(text))
    marks = _marks(text)
    left, right = 0, len(text)
    for mark in reversed(marks):  # loops, not generators: one frame, no resumptions
        if mark.start() <= start and 0 <= (bound := _bound(text, mark)) <= start:
            left = bound
            break
    for mark in marks:
        if mark.end() >= end and (bound := _bound(text, mark)) >= end:
            right = bound
            break
    return left, right


def _marks(text: str) -> list[re.Match[str]]:
    """``list(_BOUND.finditer(text))``, :data:`_BOUND` tried only where one of its characters
    stands (:data:`_MARK_CHARS`, a dash's mark opening on the white space before it): ``re``
    finds the characters of one class twice as fast as it tries six alternatives at every
    position. A mark that would overlap the one before is none, as in one scan."""
    marks = []
    end = 0
    for char in _MARK_CHARS.finditer(text):
        start = char.start() - 1 if char.group() in "—–" else char.start()
        if start >= end and (mark := _BOUND.match(text, start)) is not None:
            marks.append(mark)
            end = mark.end()
    return marks


_MARK_CHARS = re.compile(r"[,;:()—–]")
"""The characters of :data:`_BOUND`'s marks."""


def _clause_around(text: str, start: int, end: int) -> tuple[str, str | None]:
    """The clause containing [start, end) and, for a relative clause, its antecedent."""
    left, right = _clause_bounds(text, start, end)
    clause = text[left:right].strip(" ,;:()—–")
    head_text = text[left:start]
    inner = list(_WHO.finditer(head_text)) if "who" in head_text else []
    if inner and inner[-1].start() > 0:
        head = text[left : left + inner[-1].start()].strip()
        is_name = re.fullmatch(rf"{_NAME}(?:\s+{_NAME})*", head)
        is_phrase = (  # "The bombers who …" opening the sentence, not "Ruiz, a former …, who"
            left == 0 and len(head.split()) <= 6 and re.match(r"(?:The|A|An)\s", head)
        )
        subject = head if is_name or is_phrase else _antecedent(text[:left])  # "The bombers"
        if subject is None and left == 0:
            subject = object_antecedent(head)  # "Police arrested the man who shot …"
        if _OUTER_VERB.match(text, end):
            right = end  # "The bombers who targeted London yesterday | are anonymous"
        return text[left + inner[-1].start() : right].strip(" ,;:()—–"), subject
    # the clause without its date; the test needs it only when more follows the clause
    rest = remove_date(clause, text[start:end]) if right < len(text) else None
    if rest is not None and _fewer_content_words(rest, MIN_WORDS - 1):
        clauses = _CLAUSE_MARK.split(text[right:].lstrip(" ,"))
        following = next((c for c in clauses if not _TIME_ADJUNCT.match(c)), clauses[0])
        return following.strip(" ,;:"), None  # "On Sunday, | five days after the quake
        # hit, | American rescuers managed to save …": the time's clause tells no happening
    relative = _RELATIVE.match(clause)
    if relative:
        which = relative.group(0).lower().startswith("which")
        return clause, _antecedent(text[:left], which=which)
    if left == 0 and right < len(text) and is_setting(clause):
        rest = text[right:].lstrip(" ,")  # "In Los Angeles on Thursday, | paramedic X testified"
        rest = _PLACE_TAIL.sub("", rest)  # "… in Crawford, | Texas, | he offered …"
        return _main_clause(rest, len(rest)), None
    if left == 0:
        return _main_clause(text, right), None
    if _LEADING_ADVERBIAL.match(text[:left]) and re.match(r"(?:the|a|an)\s", clause):
        return clause[:1].upper() + clause[1:], None  # "Amid criticism, the minister said …"
    if not _has_verb_start(clause):
        rest = remove_date(clause, text[start:end]) if rest is None else rest
        bare = rest.strip(" ,;:—–")  # the clause without its date, as above
        if text[:left].rstrip().endswith(";") and has_verb(bare.split()[1:]):
            return bare[:1].upper() + bare[1:], None  # "…; yesterday | leading Sunni
            # politicians accused …": the clause after a semicolon is a sentence of its own
        return _main_clause(text, len(text)), None
    return clause, None


_CLAUSE_MARK = re.compile(r",\s|;\s|:\s|\s[—–]\s")  # clauses after the date's own
_TIME_ADJUNCT = re.compile(
    r"(?:(?:\w+\s+){0,2}(?:minutes?|hours?|days?|weeks?|months?|years?)\s+)?"
    r"(?:after|before|since|following|when|as|until)\s",
    re.I,
)
"""A clause that tells a time by another happening ("five days after the quake hit")."""
_LEADING_ADVERBIAL = re.compile(
    r"^(?:Amid|Amidst|After|Despite|Following|Before|During|Under|Unlike|Like|Although|Though"
    r"|While|When|Because|Once|Speaking|Asked|Earlier|Later|Meanwhile|With|As)\b[^;:]*,\s*$"
)
"""An adverbial opening the sentence; the main clause follows its comma."""


def _fewer_content_words(text: str, most: int) -> bool:
    """Whether ``text`` has fewer than ``most`` words that are not :data:`_FUNCTION_WORDS`;
    the count stops when it reaches ``most``, not building the list of them."""
    count = 0
    for word in text.split():
        if word.casefold() not in _FUNCTION_WORDS:
            count += 1
            if count >= most:
                return False
    return True


_OUTER_VERB = re.compile(r"\s+(?:are|is|was|were|has|have|had|will|would|remain|remains)\b")
"""The main clause's verb right after a relative clause's date: the relative clause ends."""
_FUNCTION_WORDS = frozenset(
    "the a an in on at by since during until from of after before as for to".split()
)
"""Words that carry no happening: a clause of these and one noun is not a headline."""


_NAME_APPOSITION = re.compile(
    rf"^((?:{_NAME}\s?){{1,4}}),\s(?:[^,]|,(?=\d)){{3,80}}?,\s"
    r"(?:(?:a|an|the)\s(?:[^,]|,(?=\d)){3,120}?,\s)*(?=[a-z])"
)
"""A name's apposition ("Mike Mullen, chairman of the Joint Chiefs, plans …"), and one of
that apposition ("Richard Morse, a musician who runs the Oloffson Hotel, an iconic building
…, reported"); a number's comma ("2,000") is none of its commas."""
_RELATIVE_ASIDE = re.compile(r",\s(?:a|an|the|who|whose|which)\b(?:[^,]|,(?=\d))*,(?!\d)")
"""An aside between commas opening on an article or a relative ("the move, which should
help some 2,000 families, at …")."""


def _main_clause(text: str, right: int, skip: int = 0) -> str:
    """The sentence's main clause: asides in commas removed, up to ``right``."""
    body = text[skip:] if skip else text[:right]
    commas = body.count(",")  # each pattern needs one, the aside two: most bodies have none
    if commas and _may_open_named(body) and (named := _NAME_APPOSITION.match(body)):
        body = f"{named.group(1)} {body[named.end() :]}"  # its one match: it opens on "^"
    if commas >= 2:
        body = _RELATIVE_ASIDE.sub("", body)
    if commas:
        body = _SUBORDINATE_COMMA.split(body)[0]
    return body.strip(" ,;:")


def _may_open_named(text: str) -> bool:
    """Whether :data:`_NAME_APPOSITION` may match ``text``: it opens on a capital and has at
    most four names (words) before its first comma."""
    return "A" <= text[:1] <= "Z" and len(text[: text.find(",")].split()) <= 4


_SUBORDINATE_COMMA = re.compile(
    r",\s(?=(?:though|although|while|whereas|but|which|prompting|"
    r"according|including|despite|insisting|arguing|saying)\b)"
)
"""The comma before a subordinate clause: the main clause ends there."""


_PLACE_TAIL = re.compile(r"^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?,\s+(?=[a-z])")
"""The state or country closing a setting's place ("Crawford, Texas,"), before the clause."""


_WHO = re.compile(r"\b(?:who|whose)\b")
"""A relative pronoun of a person; searched only in a text that has "who"."""


def _has_verb_start(clause: str) -> bool:
    return "A" <= clause[:1] <= "Z" and len(clause.split()) >= MIN_WORDS


def _join_subject(subject: str, clause: str) -> str:
    clause = _RELATIVE.sub("", clause) if not clause.lower().startswith("whose") else clause
    if clause.lower().startswith("whose "):
        return f"{subject}’s {clause[6:]}"
    return f"{subject} {clause}"
