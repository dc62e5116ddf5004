"""Titles cut from their sentence: whether one stops mid-phrase where its quote goes on
("failed to clinch a full deal | on virus sharing"), and whether it keeps too little of the
sentence to say what happened (:mod:`generator.ingest.confidence` doubts both)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate

from generator import fastre
from generator.dates import MONTH_NAMES
from generator.ingest.title_checks import BROKEN, TITLE_WORD
from generator.ingest.title_length import NEEDS_WITH, TIME_SPANS, needs_for
from generator.ingest.verbs import AUXILIARIES, has_verb, surely_verb
from generator.ingest.workers import OnceEach
from generator.temporal import WEEKDAYS

_BOUNDARY_WORDS = frozenset(
    """in on at during after before when while as because which who whom whose where amid
    amidst despite following since for with by from and but or nor so than including according
    prompting saying adding until unless although though whereas if into over against near
    across through under outside inside today tonight yesterday tomorrow last next this late
    early earlier later monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december""".split()
)
"""Words that may follow a whole headline in its sentence: they open an adjunct, a clause or
the date phrase that the title leaves out."""
_TAIL_SPACE = re.compile(r"[\s’'\"“”‘]+")
_ARGUMENT_NOUNS = frozenset(
    """deal deals ban bans agreement accord talks restrictions curbs embargo vote debate
    sanctions crackdown limits moratorium tax tariffs controls cap freeze""".split()
)
"""Nouns whose "on", "over" or "against" phrase says what they are about: "failed to clinch a
full deal | on virus sharing", "said there was a ban | on all imports of pork"."""
_ARGUMENT_PREPOSITIONS = frozenset("on over against".split())
_DATE_WORDS = frozenset(WEEKDAYS) | frozenset(month.lower() for month in MONTH_NAMES)
"""Words after "on" or "in" that make it the date phrase ("restrictions | on Thursday"), as
a number does."""


_WHICH_PEOPLE = frozenset("people those anyone anybody everyone someone others".split())
"""Words for people that their "who" clause says which of ("condemned people | who have
attempted to destabilize the nation")."""


_FIGURE_NOUNS = frozenset("spike rise increase surge drop fall decline jump".split())
"""Nouns of a change whose "in" phrase says what changed ("saw a spike | in searches")."""


def _needs_its_object(folded: Sequence[str], end: int) -> bool:
    """Whether the title's last word (``folded[end]``) is a noun whose phrase goes on after
    it: "on", "over" or "against" and what it is about, "in" and what changed; not a date."""
    after = folded[end + 2 : end + 3]
    noun, preposition = folded[end], folded[end + 1]
    return (
        (
            (noun in _ARGUMENT_NOUNS and preposition in _ARGUMENT_PREPOSITIONS)
            or (noun in _FIGURE_NOUNS and preposition == "in")
            or (needs_for(noun) and preposition == "for")
        )
        and bool(after)
        and after[0] not in _DATE_WORDS
        and not after[0][:1].isdigit()
    )


_WORD_AND_GAPS = re.compile(f"({TITLE_WORD.pattern})")
"""A title's word as a group: ``split`` gives the gaps and the words between them."""
_ASCII_WORD_AND_GAPS = re.compile(r"([A-Za-z0-9]+(?:['.-][A-Za-z0-9]+)*)")
""":data:`_WORD_AND_GAPS` for an ASCII text, where ``[^\\W_]`` is ``[A-Za-z0-9]`` and "’"
cannot stand: the same words, with a class that needs no Unicode lookup."""


_ASCII_TITLE_WORD = re.compile(r"[A-Za-z0-9]+(?:['.-][A-Za-z0-9]+)*")
""":data:`~generator.ingest.title_checks.TITLE_WORD` for an ASCII text, as
:data:`_ASCII_WORD_AND_GAPS` is: the same words, found a quarter quicker."""


def title_words(text: str) -> list[str]:
    """``TITLE_WORD.findall(text)``, an ASCII text (nearly every title) searched with
    :data:`_ASCII_TITLE_WORD`; a title's words are found once (:data:`_TITLE_WORDS`: the
    doubts, the cut and the score ask for them), each caller given a list of its own."""
    return list(_TITLE_WORDS[text])


def _find_title_words(text: str) -> tuple[str, ...]:
    """The words of :func:`title_words`, found."""
    return tuple((_ASCII_TITLE_WORD if text.isascii() else TITLE_WORD).findall(text))


_TITLE_WORDS = OnceEach(_find_title_words, most=1 << 14)
""":func:`title_words`' answers so far."""


@lru_cache(maxsize=1 << 14)
def word_tokens(quote: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The words of a quote (:data:`~generator.ingest.title_checks.TITLE_WORD`'s), case-folded,
    and its edges: word ``k`` stands at ``quote[edges[2 * k] : edges[2 * k + 1]]`` (cached:
    quotes recur, and :func:`~generator.ingest.clauses.dates_another_clause` asks about the
    sentence a mention's cut is checked in).

    One ``split`` with the word as a group gives the gaps and words in turn, and the running
    sum of their lengths the edges: no ``re.Match`` a word, which cost more than finding
    the words. An ASCII quote is folded before it is split (``str.lower`` is ``casefold``
    there and keeps every offset)."""
    if quote.isascii():
        pieces = _ASCII_WORD_AND_GAPS.split(quote.lower())
        return tuple(pieces[1::2]), tuple(accumulate(map(len, pieces)))
    pieces = _WORD_AND_GAPS.split(quote)
    return tuple(map(str.casefold, pieces[1::2])), tuple(accumulate(map(len, pieces)))


def stopped_mid_phrase(title: str, quotes: Sequence[str]) -> str | None:
    """The doubt, if ``title`` stops mid-phrase in every quote that holds its end.

    "Another soldier was killed in Ramadi, adding to the 21" comes from "… adding to the 21
    British soldiers killed …": the word after the title's end continues its phrase. A title
    whose end is followed by punctuation, the end of the quote or a word that opens an adjunct
    or clause (:data:`_BOUNDARY_WORDS`) is whole; one whose end no quote holds, or without a
    verb (a thing named, not a sentence cut), is not judged.
    """
    every = title_words(title)
    if len(every) < 2 or not has_verb(every):
        return None  # a named thing ("Upcoming election in Chile") is whole before its verb
    words = [w.casefold() for w in every[-3:]]
    nexts = []
    for quote in quotes:
        folded, edges = word_tokens(quote)
        found = _title_end(folded, words)
        if found is None and every[-2][:1].isupper() and every[-1][:1].isupper():
            found = _title_end(folded, words[-2:])  # "… Hosni Mubarak" of "… President Hosni …"
        if found is None:
            continue
        if found + 1 == len(folded):
            return None  # the quote ends with the title
        after = 2 * found + 2  # the edges of the word after the title's end
        following = quote[edges[after] : edges[after + 1]]
        gap = quote[edges[after - 1] : edges[after]]
        then = quote[edges[after + 2] : edges[after + 3]] if found + 2 < len(folded) else ""
        if _list_goes_on(title, every, following, then, gap):
            nexts.append(following)  # "… spread to Taiwan, Kuwait | and Spain"
            continue
        if _appointed(every) and (gap.strip() or following.lower() not in _BOUNDARY_WORDS):
            nexts.append(following)  # "appointing Gamal Embaba | , …, governor of …"
            continue
        if gap.strip() == "," and _predicate_after_aside(quote[edges[after] :]):
            nexts.append(following)  # "confirmed a Mexican from Shanghai | , who …, got flu"
            continue
        if (
            _TAIL_SPACE.sub("", gap)
            or (
                following.lower() in _BOUNDARY_WORDS
                and not _needs_its_object(folded, found)
                and not (following.lower() == "who" and folded[found] in _WHICH_PEOPLE)
                and not _needs_what_follows(quote, folded, edges, found)
            )
            or following[0].isdigit()
            or _time_span(folded, found + 1)
        ):
            return None  # whole in one quote at least
        nexts.append(following)
    if not nexts:
        return None
    return f"it stops mid-phrase, before {nexts[0]!r}"


def _title_end(folded: Sequence[str], words: Sequence[str]) -> int | None:
    """Where the quote's words (``folded``) first hold the title's last ``words``.

    Each place of the title's last word is found by ``index`` (a search in C), and only
    there are the words before it compared: a loop testing every word of the quote in
    Python cost more than the rest of :func:`stopped_mid_phrase`."""
    n, last, wanted = len(words), words[-1], list(words)
    i = n - 1
    while True:
        try:
            i = folded.index(last, i)
        except ValueError:
            return None
        if list(folded[i - n + 1 : i + 1]) == wanted:
            return i
        i += 1


_APPOINTING = frozenset(
    "appoint appoints appointed appointing nominate nominates nominated nominating".split()
)
"""Verbs whose object's post comes after the name ("appointing Gen. Gamal Embaba, an army
division commander, governor of El Wadi el Jadid"): a title that stops at the name lost it."""


def _appointed(every: Sequence[str]) -> bool:
    """Whether the title (its words ``every``) ends on the name of whom a verb of
    :data:`_APPOINTING` names to a post."""
    k = len(every) - 1
    while k > 0 and every[k][:1].isupper():
        k -= 1
    return k < len(every) - 1 and every[k].casefold() in _APPOINTING


def _needs_what_follows(quote: str, folded: Sequence[str], edges: Sequence[int], end: int) -> bool:
    """Whether the phrase the quote goes on with after the title's last word
    (``folded[end]``) is one the title needs, though it opens on a preposition: a quantity
    ("recorded | at least 101 attacks"), who made a statement ("a recent comment | by
    Hillary Clinton"), what a verb of place or a set phrase needs ("the power still lay |
    with the monarchy", "what was going | on", "to show solidarity | with"), what the first
    one did ("named as the first person | to have died"), what someone was wanted to do
    ("their desire for Hosni Mubarak | to leave office"), or the rest of a subject whose
    verb comes later ("believe more than 100 people | at the school had been sickened")."""
    following = folded[end + 1]
    then = folded[end + 2] if end + 2 < len(folded) else ""
    last = folded[end]
    if following == "at" and then in ("least", "most"):
        return True
    if following == "by" and last in _STATEMENT_NOUNS:
        return True
    if last in _NEEDS_A_PLACE or (following == "with" and last in NEEDS_WITH):
        return True
    if end >= 1 and folded[end - 1] in _ORDINALS and _first_to_do(folded[end + 1 : end + 7]):
        return True
    if following == "to" and then and then not in _NOT_VERBS:
        title_end = quote[edges[2 * end] : edges[2 * end + 1]]
        if title_end[:1].isupper() and "for" in folded[max(0, end - 4) : end]:
            return True
    return _verb_ahead(quote, folded, edges, end + 1)


def _first_to_do(after: Sequence[str]) -> bool:
    """Whether ``after`` (the words after "the first person") says what the first one did:
    "to" and a verb at once, or "to have" or "to be" after a place ("outside the Americas to
    have died")."""
    if after[:1] == ["to"]:
        return len(after) > 1 and after[1] not in _NOT_VERBS
    return any(after[k] == "to" and after[k + 1] in ("have", "be") for k in range(len(after) - 1))


def _verb_ahead(quote: str, folded: Sequence[str], edges: Sequence[int], start: int) -> bool:
    """Whether the prepositional phrase at ``folded[start]`` runs, with no mark, clause
    opener or pronoun between, into an auxiliary or modal: the title stopped inside the
    subject of that verb ("dead pigs | found in a province might be to blame")."""
    if folded[start] not in _PREPOSITIONS:
        return False
    for k in range(start + 1, min(start + 10, len(folded))):
        if quote[edges[2 * k - 1] : edges[2 * k]].strip():
            return False  # a comma, dash or bracket ends the phrase first
        word = folded[k]
        if word in AUXILIARIES:
            return quote[edges[2 * k]].islower()
        if word in _CLAUSE_STARTS:
            return False
    return False


_STATEMENT_NOUNS = frozenset(
    """comment comments remark remarks statement statements claim claims criticism
    accusation accusations allegation allegations warning warnings appeal appeals request
    requests proposal proposals suggestion suggestions assertion assertions""".split()
)
"""Nouns of something said, whose "by" says who said it ("a recent comment | by Clinton")."""
_NEEDS_A_PLACE = frozenset(
    """going lay lie lies lying rests rested resides resided consists consisted depends
    depended stems stemmed""".split()
)
"""Verbs that say little without the phrase after them ("what was going | on", "the power
still lay | with the monarchy")."""
_ORDINALS = frozenset("first second third last only".split())
_NOT_VERBS = frozenset("the a an his her its their this that these those be".split())
_PREPOSITIONS = frozenset(
    "in at on with from of by for near outside inside into over under".split()
)
_CLAUSE_STARTS = frozenset(
    """that which who whom whose where when while as because after before since if and but
    or nor so than until although though whereas including according saying adding he she
    it they we i you there this these those to what how why whether""".split()
)
"""Words that open another clause or its subject: an auxiliary after one is that clause's."""


_ASIDE_THEN_VERB = re.compile(r"(?:who|which)\b[^,;:()]{3,80},\s+([a-z]+)\b")
"""A relative clause set off by commas, then the word after it: "who has stayed in the
hotel, | got influenza"."""


def _predicate_after_aside(rest: str) -> bool:
    """Whether ``rest`` (the quote after a title's end and its comma) is a relative clause
    and then the verb of the clause the title began: the title lost what its noun did ("Hong
    Kong government has confirmed a Mexican from Shanghai, who has stayed in the hotel, got
    influenza A")."""
    found = _ASIDE_THEN_VERB.match(rest)
    return found is not None and surely_verb(found.group(1))


def _list_goes_on(title: str, every: Sequence[str], following: str, then: str, gap: str) -> bool:
    """Whether the title ends inside a list of names its quote goes on with (``gap``, then
    ``following`` and ``then``, the quote's next two words): "and" or "or" and another name
    after its last name ("key Mideast allies Israel | and Jordan"), or a comma and another
    name after a list the title began ("Taiwan, Kuwait | , Spain")."""
    if not every[-1][:1].isupper() or not then:
        return False
    if following in ("and", "or") and then[:1].isupper() and not gap.strip():
        return True
    listed = len(every) >= 3 and every[-2][:1].isupper()
    began = re.search(r",\s+[A-Z]", title) is not None  # a list's comma, not "2,200"
    return gap.strip() == "," and following[:1].isupper() and listed and began


def _time_span(folded: Sequence[str], start: int) -> bool:
    """Whether ``folded[start:]`` opens an adjunct with how long before or after ("only
    hours before some of their pupils sat the tests", "shortly after")."""
    return any(w in _SPAN_ENDS for w in folded[start : start + 3]) and (
        folded[start] in _SPAN_OPENERS
    )


_SPAN_OPENERS = frozenset("only just barely some a few".split()) | TIME_SPANS
_SPAN_ENDS = frozenset("before after since".split())


def cut_off(title: str, quotes: Sequence[str]) -> str | None:
    """The reason, if ``title`` stops mid-phrase in every quote that holds its end
    (:func:`stopped_mid_phrase`) or names someone whose name lost a letter in a quote
    (:func:`_lost_letter`); each title and quotes worked out once."""
    return _KNOWN_CUTS[(title, tuple(quotes))]


def _cut_off(asked: tuple[str, tuple[str, ...]]) -> str | None:
    """:func:`cut_off` of a title and its quotes, worked out."""
    title, quotes = asked
    doubt = stopped_mid_phrase(title, quotes) or _lost_letter(title, quotes)
    return f"{BROKEN}: {doubt}" if doubt else None


_LOST_LETTER = fastre.compile(r"\b([A-Z][a-z]{2,})\s([b-hj-z])\b(?![.'’-])")
"""A name, a space and a lone lower-case letter: a letter the text could not encode was
lost there ("President Felipe Calder n said"); RE2 refuses nearly every sentence first."""


def _lost_letter(title: str, quotes: Sequence[str]) -> str | None:
    """The doubt, if every quote lost a letter of a name that ``title`` gives (a title made
    of "Calder n said his government learned" reads "Felipe Calder’s government"). The
    title's words are gathered only once a quote has lost a letter."""
    words: set[str] | None = None
    first = None
    for quote in quotes:
        lost = None
        for found in _LOST_LETTER.finditer(quote):
            if words is None:
                words = set(re.findall(r"[A-Za-z]+", title))
            if found.group(1) in words:
                lost = found.group(1)
                break
        if lost is None:
            return None
        first = first or lost
    return None if first is None else f"its sentence lost a letter of {first!r}"


_KNOWN_CUTS = OnceEach(_cut_off, most=1 << 16)
""":func:`cut_off`'s answers so far, here or in a worker (:func:`remember_cuts`)."""


def checked_cuts(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str, str | None], ...]:
    """Each (title, sentence) with :func:`cut_off`'s answer: a worker's part of the checks."""
    return tuple((t, s, cut_off(t, [s])) for t, s in dict.fromkeys(pairs))


def remember_cuts(checked: Iterable[tuple[str, str, str | None]]) -> None:
    """Keep the answers a worker found (:func:`checked_cuts`)."""
    _KNOWN_CUTS.remember(((title, (sentence,)), cut) for title, sentence, cut in checked)


SMALL_PART = 0.3
"""Share of its sentence's words under which a title from one sentence leaves out most of
what the sentence says: of such titles judged in rounds 27-34, 32 % were headlines, against
53 % of the others (:func:`small_part`)."""


PUNCTUATION = "\"'“”‘’.,;:!?()[]"
"""Marks around a word that a word of a title may lose or gain beside its sentence's."""


def small_part(title: str, quotes: Sequence[str]) -> str | None:
    """A doubt when ``title`` comes from one sentence (``quotes`` all the same) and keeps
    under :data:`SMALL_PART` of its words ("Ayad Allawi's supporters struggled in the
    elections" of a 40-word sentence), else None."""
    if len(set(quotes)) != 1:
        return None
    sentence = quotes[0].split()
    said = {word.strip(PUNCTUATION).lower() for word in sentence}
    kept = sum(1 for w in title.split() if w.strip(PUNCTUATION).lower() in said)  # no name added
    if kept >= SMALL_PART * len(sentence):
        return None
    return f"title keeps {kept} of its sentence's {len(sentence)} words"
