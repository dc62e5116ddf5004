"""Where a sentence's clauses begin and end, for headlines: lists of names, settings.

A comma between names of a list ("in Cairo, Suez and Alexandria") ends no clause;
an opening that only says where and when ("In Los Angeles on Thursday,") is not the
clause a headline takes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial

from generator.dates import PartialDate
from generator.ingest.modifiers import happening_kind, tail_start
from generator.ingest.title_checks import TITLE_WORD
from generator.ingest.title_cuts import title_words, word_tokens
from generator.ingest.verbs import first_verb, has_verb
from generator.models import Timex

_LIST_ITEM = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?"
_LIST_AFTER = re.compile(rf"{_LIST_ITEM}(?:,\s{_LIST_ITEM})*,?\s(?:and|or)\s{_LIST_ITEM}")
_LIST_OPENING = rf"^(?:{_LIST_ITEM},\s)*"
_LIST_BEFORE = re.compile(
    r"(?:(?:^|\s)(?:in|of|to|from|and|between|including)\s|"
    + _LIST_OPENING
    + ")"
    + _LIST_ITEM
    + "$"
)  # "in Cairo, Suez and Alexandria"; "Iraq, Lithuania, Monaco and Nepal all confirmed"
_COMMA = re.compile(r",\s")
_WORD_LIST_AFTER = re.compile(
    r"[a-z]+(?:,\s[a-z]+)*,?\s(?:and|or)\s(?:other\s|more\s)?[a-z]+\b"
    r"(?!\s+(?:said|say|says|told|tell|reported|added|warned|believe|believed)\b)"
)
"""The rest of a list of single words after its first comma ("water and other necessities");
not a clause ("talks continued and …": two words before "and"), nor who told it ("…
against swine flu, officials and farmers said")."""
_WORD_BEFORE = re.compile(r"(?:^|\s)[a-z]+$", re.I)
"""A single word before the comma, the list's first item ("bring food"); capitalised too, where
the list opens the sentence ("Angry, disenfranchised and energized Egyptians")."""


def in_list(text: str, comma: re.Match[str]) -> bool:
    """Whether a comma separates names in a list ("in Cairo, Suez and Alexandria") or single
    words ("should bring food, water and other necessities")."""
    if _LIST_AFTER.match(text, comma.end()) and _LIST_BEFORE.search(text, 0, comma.start()):
        return True
    return bool(
        _WORD_LIST_AFTER.match(text, comma.end()) and _WORD_BEFORE.search(text, 0, comma.start())
    )


CONSEQUENCE = re.compile(
    r"(?:becoming|making\s+(?:it|him|her|them)|marking)\s+the\s+(?:first|second|third|fourth"
    r"|fifth|latest|last|only|biggest|largest|worst|deadliest)\b"
)
"""What a happening made of its doer, after its comma ("A 23-month-old child died in Texas,
| becoming the first death from swine flu outside Mexico"): its news, part of its clause."""


def tells_consequence(text: str, comma: re.Match[str]) -> bool:
    """Whether the clause after ``comma`` tells what the happening before it made of its doer
    (:data:`CONSEQUENCE`): the headline keeps it with its clause."""
    return bool(CONSEQUENCE.match(text, comma.end()))


def list_end(text: str, end: int) -> int:
    """``end``, or past the list (of names or words) that a comma at ``end`` continues."""
    comma = _COMMA.match(text, end)
    if comma and in_list(text, comma):
        rest = _LIST_AFTER.match(text, comma.end()) or _WORD_LIST_AFTER.match(text, comma.end())
        return rest.end() if rest else end
    return end


_SETTING = re.compile(
    r"(?:In|At|On|Outside|Inside|Near|Across|Throughout|Around|Earlier|Later|Late|Early"
    r"|Between|From|During|Since|By|Until|Till)\s[^;:]+"
)
"""A sentence's opening where and when ("In Los Angeles on Thursday"), before its comma."""


def is_setting(clause: str) -> bool:
    """Whether a clause only says where and when (no verb): the main clause follows it."""
    return bool(_SETTING.fullmatch(clause)) and not has_verb(clause.split()[1:])


_TRAILING_SUBORDINATE = re.compile(
    r",\s+(?:after|before|since|until|till|once|having|because|although|though|whereas)\b", re.I
)
"""A comma opening a clause that tells what came before, after or beside the main one."""
_LEADING_SUBORDINATE = re.compile(r"(?:After|Before|Since|Until|Till|Having)\b[^,;:]*,\s")
"""An opening clause of what came before or after the main clause ("After X on Saturday, …")."""
_UNTIL = re.compile(r"\b(?:until|till|through|up to)\s+(?:at\s+least\s+)?$", re.I)
"""A date that ends a period ("closed until May 6"): when the period ends, not what happened."""
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)
"""A negated clause whose period ends at a date happens then ("police didn't arrest him
until May")."""
_PUT_OFF = re.compile(r"\b(?:delay|postpone|adjourn|defer|put\s+off|push(?:ed)?\s+back)\w*\b", re.I)
"""A verb that moves a happening to the date ("delayed the trial until May"): it is then."""


def dates_another_clause(sentence: str, date_start: int, title: str) -> bool:
    """Whether the date at ``date_start`` of ``sentence`` is not the time of ``title``.

    The title tells the sentence's main clause; a date in a clause that says what came
    before or after it ("MSF urged commanders to speed up landings, after one plane was
    turned away on Saturday night"; "After a plane was turned away on Saturday, MSF
    urged …") or a date that ends a period ("schools stay closed until May 6") does not
    say when that happened.
    """
    before = sentence[:date_start]
    if _UNTIL.search(sentence, tail_start(before, _UNTIL_WORDS), date_start):
        clause = before.rpartition(",")[2]
        return not _NEGATION.search(clause) and not _PUT_OFF.search(clause)
    words = title_words(title)
    if len(words) < 2:
        return False
    first, last = _title_span(sentence, words[0].casefold(), words[-1].casefold())
    if first is None:
        return False
    lead = _LEADING_SUBORDINATE.match(sentence)
    if lead and date_start < lead.end() <= first:
        return True  # the date is in the opening clause, the title after it
    clause_start = _clause_start(before)  # the four patterns below match after it only
    if _SINCE_BEFORE.search(sentence, max(first, clause_start), date_start):
        return True  # "Demand has surged since his death on Thursday": when a period began
    if last is None or date_start < last:
        return False
    if _TRAILING_SUBORDINATE.search(sentence, last, date_start):
        return True
    in_clause = max(last, clause_start)
    if _NEXT_CLAUSE.search(sentence, in_clause, date_start):
        return True  # "… amount to war crimes and he described the operation last month as …"
    if _ACCORDING_BEFORE.search(sentence, in_clause, date_start):
        return True  # "…, according to an affidavit made public in August": the source's day
    for inner in _INNER_SUBORDINATE.finditer(sentence, in_clause, date_start):
        if _names_a_happening(sentence, inner):
            continue  # "the tremor which struck on Tuesday": the date is the happening's
        if inner.end() < date_start and has_verb(
            TITLE_WORD.findall(sentence[inner.end() : date_start])
        ):
            return True  # "after the ship docked on Friday"; not "after prayers on Friday"
    return False


_UNTIL_WORDS = 4
"""Most words an :data:`_UNTIL` match spans ("up to at least"): it ends the text before the
date, so it lies in that text's last four (:func:`~generator.ingest.modifiers.tail_start`)."""


def _clause_start(before: str) -> int:
    """Where the clause that ends ``before`` (the sentence up to the date) starts: after its
    last comma, semicolon or colon. A match of :data:`_SINCE_BEFORE`, :data:`_NEXT_CLAUSE`,
    :data:`_ACCORDING_BEFORE` or :data:`_INNER_SUBORDINATE` has none of these between it and
    the date (``(?=[^,;:]*$)``), so it starts there or later: searched from there, ``re``
    does not try every place of the sentence before it (``\b`` and the lookbehind still see
    the character before)."""
    return max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1


def _title_span(sentence: str, head: str, tail: str) -> tuple[int | None, int | None]:
    """Where the title starts in ``sentence`` (its first word ``head``, case-folded, found
    first) and ends (the first ``tail`` after that word, else that word itself when it is
    ``tail``): the sentence's folded words and edges are :func:`~generator.ingest.title_cuts.
    word_tokens`' (cached: the mention's cut check splits the same sentence), and ``index``
    finds each word in C where a loop over the sentence's words matched each in Python."""
    folded, edges = word_tokens(sentence)
    try:
        at = folded.index(head)
    except ValueError:
        return None, None
    try:
        return edges[2 * at], edges[2 * folded.index(tail, at + 1) + 1]
    except ValueError:
        return edges[2 * at], edges[2 * at + 1] if tail == head else None


_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?=[^,;:]*$)", re.I)
"""An attribution after the title ("Dr Murray told police he had been giving Jackson
propofol, according to an affidavit made public in August"): its date is the source's."""
_NEXT_CLAUSE = re.compile(r"\b(?:and|but)\s+(?:he|she|they|we|i)\s+(?=[^,;:]*$)", re.I)
"""A clause of its own after the title, opened by "and" or "but" and a pronoun subject: the
date in it is its own ("He has said the strikes amount to war crimes and he described the
operation last month as a kidnapping")."""
_SINCE_BEFORE = re.compile(r"\bsince\s+(?=[^,;:]*$)", re.I)
"""A "since" before the date in its clause, in the title or after it: the date is when a
period began ("Demand for his music has surged since his death on Thursday", "600
take-offs since the US took control on Wednesday"), not a happening's day."""
_INNER_SUBORDINATE = re.compile(
    r"\b(?:after|before)\s+(?=[^,;:]*$)"
    r"|(?<=[a-z] )(?P<relative>(?-i:that|which|who|where))\s+(?=[^,;:]*$)",
    re.I,
)
"""An "after" or "before" clause after the title without a comma ("… returned home after
the ship docked on Friday"), or a relative clause there ("… unfolded in the same places
that were scenes of jubilation Friday night"): the date is its own when a verb follows (not
"after prayers on Friday")."""


_OCCASIONS = frozenset("event show gig match game festival performance party service".split())
"""Nouns of an occasion that a relative clause may date ("the event, which takes place on 5
February") besides the kinds of happening (:func:`~generator.ingest.modifiers.happening_kind`)."""


def _names_a_happening(sentence: str, inner: re.Match[str]) -> bool:
    """Whether ``inner`` is a relative clause whose noun is a happening or an occasion ("the
    7.0-magnitude tremor which struck on Tuesday"): its date is that happening's."""
    if inner.group("relative") is None:
        return False
    before = TITLE_WORD.findall(sentence[: inner.start()])
    noun = before[-1].casefold() if before else ""
    return noun in _OCCASIONS or happening_kind(noun) is not None


_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|his|her|its|their|our|my)\s+(?:[a-z]+\s+)?$", re.I)
"""A determiner (and an adjective) before a date: the date says which thing ("his scheduled
February 3 meeting", "its 7.00-10.00 pm show"), it does not date the clause."""


def is_attributive(sentence: str, date_start: int) -> bool:
    """Whether the date at ``date_start`` of ``sentence`` says which thing (``_ATTRIBUTIVE``)."""
    return _ATTRIBUTIVE.search(sentence, 0, date_start) is not None


def shares_title(
    timex: Timex,
    date: PartialDate,
    kept: Sequence[tuple[Timex, PartialDate]],
    title_of: Callable[[Timex], str],
) -> bool:
    """Whether an earlier date of the sentence that made a mention (``kept``) stays in
    ``timex``'s title while ``timex`` stays in that one's: one clause with two dates ("Gibbs
    told reporters on Friday the speech would be delivered in Egypt on June 4", "Jury
    selection is due to begin on 8 September with opening arguments due to begin on 27
    September"). Either title tells the
    first date's happening, so the later date makes no event of its own."""
    return any(
        other.start < timex.start
        and other_date != date
        and other.text in title_of(timex)
        and timex.text in title_of(other)
        for other, other_date in kept
    )


_Dated = tuple[Timex, PartialDate]
_SAYING = re.compile(
    r"\b(?:said|says|told|tells|announced|reported|stated|confirmed|warned|added|"
    r"issued\s+a\s+statement(?:\s+\w+)?\s+(?:indicating|saying))\b"
)
"""A saying verb, whose clause after it tells what was said."""
_WHAT_WAS_SAID = re.compile(r"\b(?:that|indicating|saying)\b")
"""The word that opens what was said."""


def dates_what_was_said(
    sentence: str, date_start: int, title: Callable[[], str], others: Sequence[int]
) -> bool:
    """Whether the date at ``date_start`` names what a statement said, not the statement its
    title (``title()``, made only when needed) tells: the title has a saying verb, the date
    comes in what the sentence says was said, and another date (at one of ``others``) comes
    before that, the statement's own ("The U.S. Embassy issued a statement Friday indicating
    that several embassy vehicles were stolen in Cairo on January 28": January 28 is the
    theft's)."""
    saying = _SAYING.search(sentence)
    if saying is None or date_start < saying.end():
        return False
    said = _WHAT_WAS_SAID.search(sentence, saying.end(), date_start)
    if said is None:
        return False  # "told ABC News on Thursday that …": the saying's own date
    if not any(other < said.start() and other != date_start for other in others):
        return False
    return _SAYING.search(title()) is not None


def without_what_was_said(
    sentence: str, offset: int, dated: list[_Dated], title_of: Callable[[Timex], str]
) -> list[_Dated]:
    """The dated expressions of ``sentence`` (at ``offset`` in its text) but those that
    date what a statement said while another dates the statement
    (:func:`dates_what_was_said`)."""
    starts = [timex.start - offset for timex, _ in dated]
    kept: list[_Dated] = []
    for timex, date in dated:
        title = partial(title_of, timex)  # made only when needed
        if not dates_what_was_said(sentence, timex.start - offset, title, starts):
            kept.append((timex, date))
    return kept


_LEADING_CLAUSE = re.compile(r"(?:As|After|Before|Since|While|When|Although|Though)\b[^,;:]*,\s")
"""An opening clause of what else happened, whose date is not the title's."""


def vaguely_dated(title: str, timexes: Sequence[Timex], sentence: str, date_start: int) -> bool:
    """Whether ``title`` keeps, after its verb, a date no day can hold ("A Texas woman with
    the new H1N1 swine flu died earlier this week", "… detained in the past week"): its
    happening is that week's, not the day of the report the sentence's other date (at
    ``date_start``) dates ("…, officials said on Tuesday"). Only a week (not "now"), not one
    that opens the title ("One year ago this week, …"), and not when the date is a
    happening's own ("The deadline was last week, extended to Monday")."""
    before = sentence[:date_start]
    clause = before[_clause_start(before) :]  # after its last mark: no split of every clause
    if not _SAYING.search(clause):
        return False
    lead = _LEADING_CLAUSE.match(title)
    words = title[lead.end() if lead else 0 :].split()  # "As they had done earlier this week,"
    verb = first_verb(words)
    if verb is None:
        return False
    after = " ".join(words[verb:])
    return any(
        t.type == "DATE" and "-W" in (t.value or "") and t.date() is None and t.text in after
        for t in timexes
    )
