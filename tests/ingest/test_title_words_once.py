"""A title's words found once answer as a fresh search does, and the date's removal asks its
preposition test once and its possessive pattern only before a mark: the same answers as the
plain computations, on the seeds' sentences and on generated text."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import read_articles
from generator.ingest.clauses import CONSEQUENCE
from generator.ingest.date_removal import (
    _BARE_FUTURE,
    _JOINED_DAY,
    _NEEDS_OBJECT,
    _NOTHING_MORE,
    _OPENS_WITH_PREPOSITION,
    _PLAN_WORDS,
    _POSSESSIVE,
    _PREPOSITION_END,
    _READY_FOR,
    _RITE,
    _SCHEDULED_FOR,
    _TIME_ADVERB,
    _ends_with_for,
    names_a_plan,
    names_which,
    remove_date,
    without_placing,
)
from generator.ingest.modifiers import WEEKDAY, tail_start
from generator.ingest.sentences import split_sentences
from generator.ingest.title_checks import TITLE_WORD
from generator.ingest.title_cuts import title_words
from generator.ingest.title_finish import single_spaced

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

_DATES = re.compile(
    r"(?:(?:on|in|at|by|since|until|from|during)\s+)?(?:last\s+|next\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|\d{4}|yesterday|today)"
)
"""Date-like spans of a sentence, with their preposition or not: the dates to remove."""

_EXAMPLES = [
    ("Crowds gathered after Friday prayers in Cairo", "Friday"),
    ("Police arrested him on Friday's march and Saturday", "Friday"),
    ("Police arrested him on Friday’s march", "Friday"),
    ("Police arrested him on Friday 's march", "Friday"),
    ("The talks ended on Monday and Wednesday, leaving no deal", "on Monday"),
    ("Its last flight will depart on Saturday.", "Saturday"),
    ("Employees readied themselves for Sunday", "Sunday"),
    ("Elections due to be held on 28 February will be postponed", "28 February"),
    ("He said early on Wednesday that the talks would go on", "on Wednesday"),
    ("Prices rose as early as last January", "last January"),
    ("He died in last Tuesday's quake", "last Tuesday"),
    ("", "May"),
    ("May", "May"),
]


def _sentences() -> list[str]:
    """Every sentence of the seeds' articles."""
    sentences = []
    for article in read_articles([SEEDS]):
        for paragraph in article.paragraphs:
            sentences += [s.text for s in split_sentences(paragraph)]
    return sentences


def _pairs() -> list[tuple[str, str]]:
    """Each seed sentence with each date-like span of it, and the examples."""
    pairs = [(s, m.group(0)) for s in _sentences() for m in _DATES.finditer(s)]
    return pairs + _EXAMPLES


def _plain_remove_date(text: str, date_text: str) -> str:
    """:func:`remove_date` as it was: the preposition test asked at each use, the possessive
    pattern tried on every text after the date."""
    index = text.find(date_text)
    if index < 0:
        return text
    after_raw = text[index + len(date_text) :]
    head = text[:index]
    if WEEKDAY.fullmatch(date_text) and _RITE.match(after_raw):
        return text
    if names_which(date_text, after_raw, head):
        before = head.rstrip()
        if _PREPOSITION_END.search(before):
            before += " the"
    else:
        before = without_placing(head)
        if _OPENS_WITH_PREPOSITION.match(date_text):
            before = _TIME_ADVERB.sub("", before)
        if (
            before == head
            and _NEEDS_OBJECT.search(before, tail_start(before, 1))
            and not _OPENS_WITH_PREPOSITION.match(date_text)
        ):
            return text
    after = _POSSESSIVE.sub("", after_raw)
    if _ends_with_for(text, index) and _READY_FOR.search(text, 0, index):
        return text
    if _NOTHING_MORE.match(after) and _BARE_FUTURE.search(before):
        return text
    if names_a_plan(before, after):
        cut = tail_start(before, _PLAN_WORDS)
        before = before[:cut] + _SCHEDULED_FOR.sub("", before[cut:])
    if before != head or _OPENS_WITH_PREPOSITION.match(date_text):
        after = _JOINED_DAY.sub("", after)
    comma = "," if after.lstrip().startswith(",") and CONSEQUENCE.match(after.lstrip(" ,")) else ""
    joined = f"{before.rstrip(' ,')}{comma} {after.lstrip(' ,')}"
    return single_spaced(joined).strip(" ,")


def test_remove_date_is_the_plain_removal_on_the_seeds() -> None:
    pairs = _pairs()
    assert len(pairs) > 25  # the seeds' sentences have dates
    assert [remove_date(t, d) for t, d in pairs] == [_plain_remove_date(t, d) for t, d in pairs]
    assert remove_date(*_EXAMPLES[2]) != _EXAMPLES[2][0]  # the date and its "’s" went


def test_title_words_are_found_once_and_given_fresh() -> None:
    texts = _sentences() + [t for t, _ in _EXAMPLES] + ["Café Müller’s staff re-opened it"]
    for text in texts:
        words = title_words(text)
        assert words == TITLE_WORD.findall(text)
        words.append("changed")  # a caller's list is its own
        assert title_words(text) == TITLE_WORD.findall(text)
        assert type(title_words(text)) is list


_PIECES = st.sampled_from(
    [
        *"Friday Monday May 2009 on in at for as to and will depart readied themselves".split(),
        *"prayers march elections due be held the quake last early said".split(),
        "'s",
        "’s",
        "'",
        "’",
        ",",
        ".",
        " ",
        "  ",
        "é",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14), st.sampled_from(["Friday", "on Friday", "May", "2009"]))
def test_remove_date_is_the_plain_removal_on_generated_text(pieces: list[str], date: str) -> None:
    text = " ".join(pieces)
    text = f"{text} {date}{pieces[0] if pieces else ''} {text}"
    assert remove_date(text, date) == _plain_remove_date(text, date)
    assert title_words(text) == TITLE_WORD.findall(text)
