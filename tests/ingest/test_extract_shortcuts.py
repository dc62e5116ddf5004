"""Extraction's shortcuts answer as the whole computation does, on the seeds and on
generated text: they only skip work whose answer is known."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.dates import PartialDate
from generator.ingest import barred, extract, read_articles, sentences
from generator.ingest.context import slice_timexes
from generator.ingest.extract import extract_mentions
from generator.ingest.sentences import _GLUED, _ITEM_START, _SENTENCE_END, split_sentences
from generator.ingest.words import EVENT_NOUNS, content_words, happening_words
from generator.models import Timex, TimexType
from generator.temporal import tag

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

_OLD_SENTENCE_END = re.compile(  # one scan, as sentences were split before
    r"""[.!?]["'”’)\]]*(?:\[\d+\])?(?=\s+["“‘(]?[A-Z0-9])"""
    r"|(?<=\S)(?=\s+(?:1[0-9]|20)\d{2}(?::|\s+[-–—])\s+[A-Z“\"])"
)
_OLD_GLUED = re.compile(
    r"(?<=[a-z])\s+(?=(?:On|In|At|By|Since|Until|From)\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul"
    r"|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"
    r"|(?:The|An|He|She|It|They|We|His|Her|Their|Its|There|This)\s+[a-z])"
)
_PIECES = st.sampled_from(
    [
        *' . ! ? : - – ” " ) ] [1] , ; \n \t'.split(" "),
        " ",
        "  ",
        "1946",
        "2011",
        "2030",
        "19",
        "On",
        "In",
        "Jan",
        "Monday",
        "The",
        "It",
        "the",
        "protest",
        "protests",
        "re-election",
        "voted",
        "Ruiz",
        "é",
        "U.S.",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


def _seed_paragraphs() -> list[str]:
    return [p for article in read_articles([SEEDS]) for p in article.paragraphs]


def _old_ends(text: str) -> list[int]:
    return [m.end() for m in _OLD_SENTENCE_END.finditer(text)]


def _new_ends(text: str) -> list[int]:
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    return sorted(ends + [m.start() for m in _ITEM_START.finditer(text)])


def test_sentence_ends_are_the_one_scans_on_the_seeds() -> None:
    paragraphs = _seed_paragraphs()
    assert sum(len(_new_ends(p)) for p in paragraphs) > 50
    for paragraph in paragraphs:
        assert _new_ends(paragraph) == _old_ends(paragraph)
        glued = [m.start() for m in _GLUED.finditer(paragraph)]
        assert glued == [m.start() for m in _OLD_GLUED.finditer(paragraph)]


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_sentence_ends_are_the_one_scans_on_generated_text(text: str) -> None:
    assert _new_ends(text) == _old_ends(text)
    assert [m.start() for m in _GLUED.finditer(text)] == [
        m.start() for m in _OLD_GLUED.finditer(text)
    ]


def _splits(paragraphs: list[str]) -> list[tuple[object, ...]]:
    return [sentences._split_sentences.__wrapped__(p) for p in paragraphs]


def test_sentences_split_as_they_do_without_the_re2_hints() -> None:
    """RE2 only says where the rare chronology items and glued headings may start."""
    paragraphs = [
        *_seed_paragraphs(),
        "He left in May 1945 1946: Churchill spoke. Bombs fell 1950 - Peace came",
        "Dr Murray denies any wrongdoing On 8 February, 2010, Dr Murray appeared in court",
        "Crowds gathered “in Tahrir” the protests grew They marched on",
    ]
    with fastre.pure_python():
        plain = _splits(paragraphs)
    assert _splits(paragraphs) == plain
    assert sum(len(s) for s in plain[-3:]) >= 8


@settings(max_examples=500, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=3))
def test_sentences_split_as_they_do_without_the_re2_hints_on_generated_text(
    paragraphs: list[str],
) -> None:
    with fastre.pure_python():
        plain = _splits(paragraphs)
    assert _splits(paragraphs) == plain


def test_an_inline_chronology_still_splits() -> None:
    texts = [s.text for s in split_sentences("He left in May 1945 1946: Churchill spoke.")]
    assert texts == ["He left in May 1945", "1946: Churchill spoke."]


def _all_happening_words(text: str) -> frozenset[str] | None:
    words = content_words(text) | content_words(text.replace("-", " "))
    return None if words.isdisjoint(EVENT_NOUNS) else words


def test_happening_words_match_the_whole_computation_on_the_seeds() -> None:
    sentences = [s.text for p in _seed_paragraphs() for s in split_sentences(p)]
    found = [happening_words(s) for s in sentences]
    assert found == [_all_happening_words(s) for s in sentences]
    assert 0 < sum(f is not None for f in found) < len(sentences)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_happening_words_match_the_whole_computation_on_generated_text(text: str) -> None:
    assert happening_words(text) == _all_happening_words(text)


def test_sentences_without_a_date_are_not_checked_for_bars(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles = list(read_articles([SEEDS]))
    expected = [extract_mentions(a) for a in articles]
    asked: list[str] = []

    def is_barred(text: str) -> bool:
        asked.append(text)
        return real(text)

    real = barred.is_barred
    monkeypatch.setattr(barred, "is_barred", is_barred)
    monkeypatch.setattr(barred, "_KNOWN_BARS", {})  # the answers kept by text: none yet
    assert [extract_mentions(a) for a in articles] == expected
    sentences = sum(len(split_sentences(p)) for a in articles for p in a.paragraphs)
    assert 0 < len(asked) < sentences


def test_bars_are_asked_only_about_dated_sentences_and_their_neighbours(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A paragraph's last sentence is checked only when the next paragraph's first sentence
    has a date (its context then); every sentence asked about has a date or stands next to
    one, in reading order across paragraphs."""
    articles = list(read_articles([SEEDS]))
    asked: set[str] = set()
    real = barred.is_barred
    monkeypatch.setattr(barred, "is_barred", lambda text: asked.add(text) or real(text))
    monkeypatch.setattr(barred, "_KNOWN_BARS", {})  # the answers kept by text: none yet
    for article in articles:
        extract_mentions(article)
    near: set[str] = set()
    every = 0
    for article in articles:
        order: list[tuple[str, bool]] = []
        for number, paragraph in enumerate(article.paragraphs):
            timexes = tag(paragraph, article.anchor_of(number))
            starts = [t.start for t in timexes]
            for sentence in split_sentences(paragraph):
                order.append((sentence.text, bool(slice_timexes(timexes, starts, sentence))))
        every += len(order)
        for i, (_text, dated) in enumerate(order):
            if dated:
                near.update(text for text, _ in order[max(0, i - 1) : i + 2])
    assert asked and asked <= near
    assert len(near) < every


_HEADS = [extract._SINCE, extract._UPDATED_HEAD, extract._WIRE_DATELINE_HEAD]
_HEAD_PIECES = st.sampled_from(
    [
        *(" ", "  ", "\n", ",", ":", "|", "-", "since", "Since", "ever", "the", "end", "of"),
        *("start", "updated", "Posted", "at", "on", "10:30", "8.05", "pm", "GMT", "Tue", "KUALA"),
        "LUMPUR",
    ]
)


def _heads_answer_as_re(text: str) -> None:
    """Each of the date's head patterns, prefiltered by one scan, answers as plain ``re``."""
    extract._HEAD_SCAN._found.clear()
    for pattern in _HEADS:
        found, plain = pattern.search(text), re.compile(pattern.pattern, pattern.flags).search(text)
        assert (found and found.span()) == (plain and plain.span()), pattern.pattern


def test_a_dates_head_patterns_answer_as_re_on_the_seeds() -> None:
    heads = ["Page last updated at 08:03 GMT, Tuesday, ", "ever since the start of "]
    heads += ["KUALA LUMPUR, ", "It has risen since "]
    for paragraph in _seed_paragraphs():
        heads += [paragraph[:end] for end in range(len(paragraph)) if paragraph[end] == " "]
    assert len(heads) > 1000
    for head in heads:
        _heads_answer_as_re(head)
    assert sum(bool(p.search(h)) for p in _HEADS for h in heads[:4]) == 4


@settings(max_examples=500, deadline=None)
@given(st.lists(_HEAD_PIECES, max_size=30).map("".join))
def test_a_dates_head_patterns_answer_as_re_on_generated_text(text: str) -> None:
    _heads_answer_as_re(text)


def _plain_event_date(timex: Timex) -> PartialDate | None:
    """:func:`extract._event_date` parsing the value at each call, as it did."""
    if timex.reference or timex.type not in ("DATE", "TIME"):
        return None
    return timex.date()


def test_event_dates_parsed_once_are_the_plain_parses() -> None:
    timexes = [t for p in _seed_paragraphs() for t in tag(p, PartialDate(2011, 2, 1))]
    assert sum(_plain_event_date(t) is not None for t in timexes) > 20
    for timex in timexes + timexes:  # the second time from what was kept
        assert repr(extract._event_date(timex)) == repr(_plain_event_date(timex))


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["2011-02-01", "2011-02-01T14:00", "2011-02", "199", "201X", "P1D", None]),
    st.sampled_from(["DATE", "TIME", "DURATION"]),
    st.sampled_from([None, "APPROX", "START", "BEFORE"]),
    st.booleans(),
)
def test_event_dates_of_each_kind_of_value_are_the_plain_parses(
    value: str | None, kind: TimexType, mod: str | None, reference: bool
) -> None:
    timex = Timex(0, 4, "then", kind, value, "test", mod=mod, reference=reference)
    for _ in range(2):
        assert repr(extract._event_date(timex)) == repr(_plain_event_date(timex))


def _plain_quoted_or_stamp(paragraph: str, sentence: sentences.Sentence, timex: Timex) -> bool:
    """:func:`extract._quoted_or_stamp` as it was: the head's page-stamp test asked first."""
    e = extract
    head = paragraph[sentence.start : timex.start]
    if head.count("“") > head.count("”") or head.count('"') % 2 == 1:
        return True
    if e._SINCE.search(head) or e._CLOCK_ZONE.match(paragraph, timex.end):
        return True
    if timex.text.casefold() == "today" and head.endswith(("USA ", "USA\u00a0")):
        return True
    if timex.text in ("Today", "Tonight") and re.search(r"[a-z,]\s+$", head):
        return True
    if e._UPDATED_HEAD.search(head):
        return True
    if e._WIRE_DATELINE_HEAD.search(head) and e._WIRE_DATELINE_TAIL.match(paragraph, timex.end):
        return True
    after = timex.end
    if (e._PAGE_STAMP_HEAD.match(head) or not head.strip()) and (
        "|" in head
        or e._CLOCK_AFTER.match(paragraph, after)
        or e._DATELINE_AFTER.match(paragraph, after)
    ):
        return True
    stamp = e._POST_STAMP.match(paragraph, sentence.start)
    if stamp and timex.start < stamp.end():
        return True
    return timex.start == sentence.start and bool(e._STAMP_YEAR.match(paragraph, timex.start))


_STAMPED = [
    "CIBOLO, Texas | Fri May 1, 2009 1:22 pm EDT CIBOLO, Texas (Reuters) - Schools shut on Friday.",
    "Sat Apr 25, 2009 7:32pm EDT MEXICO CITY - The city shut its schools on Saturday.",
    "April 25, 2009 MEXICO CITY (Reuters) - The outbreak spread on Friday.",
    "2009 05 3 08:53 JST By Alistair Bell MEXICO CITY (Reuters) - It rose on Sunday.",
    "Page last updated at 08:03 GMT, Tuesday, 26 July 2011 The vote was held on Monday.",
    "January 30th, 2011 12:47 pm ET Americas puppet dictator fell on Sunday.",
]


def test_a_dates_quote_and_stamp_tests_are_the_plain_ones() -> None:
    asked = stamped = 0
    for paragraph in _seed_paragraphs() + _STAMPED:
        timexes = tag(paragraph, PartialDate(2011, 2, 1))
        starts = [t.start for t in timexes]
        for sentence in split_sentences(paragraph):
            for timex in slice_timexes(timexes, starts, sentence):
                found = extract._quoted_or_stamp(paragraph, sentence, timex)
                assert found == _plain_quoted_or_stamp(paragraph, sentence, timex), paragraph
                asked += 1
                stamped += found
    assert asked > 50 and 0 < stamped < asked
