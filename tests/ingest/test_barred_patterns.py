"""The bars' fast patterns find a match exactly where the plain ones they replace do, on
the seeds' sentences and on generated text (they only open on a letter instead of ``\\b``)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import barred, read_articles
from generator.ingest.sentences import split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

_PLAIN_SPEECH = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][A-Z.'’ -]{2,40})?:\s"
    r"|\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my)\b"
    r"|\?[\"'”’)]*$|^(?:\w+\s+)?(?:\w+,\s+)?(?i:we|let's|let’s)\s(?!said|say|says)"
)
_PLAIN_HEDGE = re.compile(r"\b(?:could|might|should|must)\s+(?:not\s+)?(?:be|have|\w+)\b", re.I)
_PIECES = st.sampled_from(
    [
        *" . ? ! : , ' ’ ” \" ) - \n".split(" "),
        " ",
        "I",
        "I'm",
        "I’d",
        "me",
        "my",
        "MY",
        "Me",
        "some",
        "time",
        "Im",
        "é",
        "_",
        "1",
        "could",
        "Could",
        "COULD",
        "mUst",
        "might",
        "should",
        "ſhould",
        "not",
        "be",
        "have",
        "we",
        "We",
        "let's",
        "JONES",
        "CNN NEWS",
        "said",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


def _speech(text: str) -> bool:
    return bool(
        barred._SPEAKER_OPENING.match(text) or barred._FIRST_PERSON_OR_QUESTION.search(text)
    )


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


def _seed_sentences() -> list[str]:
    return [
        s.text for a in read_articles([SEEDS]) for p in a.paragraphs for s in split_sentences(p)
    ]


def test_speech_and_hedges_are_found_as_the_plain_patterns_find_them_on_the_seeds() -> None:
    sentences = _seed_sentences()
    speech = [_speech(s) for s in sentences]
    assert speech == [bool(_PLAIN_SPEECH.search(s)) for s in sentences]
    hedged = [_span(barred._HEDGE.search(s)) for s in sentences]
    assert hedged == [_span(_PLAIN_HEDGE.search(s)) for s in sentences]
    assert 0 < sum(speech) < len(sentences)
    assert any(hedged)


@settings(max_examples=1000, deadline=None)
@given(_TEXTS)
def test_speech_and_hedges_are_found_as_the_plain_patterns_find_them(text: str) -> None:
    assert _speech(text) == bool(_PLAIN_SPEECH.search(text))
    assert _span(barred._HEDGE.search(text)) == _span(_PLAIN_HEDGE.search(text))


def _plain_is_hedged(text: str) -> bool:
    main = barred._CLAUSE_END.split(text, maxsplit=1)[0]
    return bool(_PLAIN_HEDGE.search(main)) and not barred._REPORTED.search(main)


_CLAUSE_PIECES = st.sampled_from([", ", "; ", " that ", " which ", " if ", ",", "said", "x"])


def test_hedges_are_found_after_the_prefilter_as_before_it_on_the_seeds() -> None:
    sentences = _seed_sentences()
    hedged = [barred._is_hedged(s) for s in sentences]
    assert hedged == [_plain_is_hedged(s) for s in sentences]
    assert any(hedged)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.one_of(_PIECES, _CLAUSE_PIECES), max_size=30).map("".join))
def test_hedges_are_found_after_the_prefilter_as_before_it(text: str) -> None:
    assert barred._is_hedged(text) == _plain_is_hedged(text)


_GROUPED_FIRST_PERSON = re.compile(r"(?:I(?<!\wI)|m(?<!\wm)[ey])(?!\w)|\?[\"'”’)]*$")
"""The first-person pattern as written before its lookahead moved into each alternative."""


@settings(max_examples=1000, deadline=None)
@given(_TEXTS)
def test_first_person_is_found_where_the_grouped_pattern_finds_it(text: str) -> None:
    found = barred._FIRST_PERSON_OR_QUESTION.search(text)
    assert _span(found) == _span(_GROUPED_FIRST_PERSON.search(text))


def test_first_person_is_found_where_the_grouped_pattern_finds_it_on_the_seeds() -> None:
    sentences = _seed_sentences()
    found = [_span(barred._FIRST_PERSON_OR_QUESTION.search(s)) for s in sentences]
    assert found == [_span(_GROUPED_FIRST_PERSON.search(s)) for s in sentences]
    assert any(found)


_QUOTE_PIECES = st.sampled_from(["“", "”", '"', "‘", "’", "'", "«", " ", "x", "said"])


def _unquoted_as_before(text: str) -> str:
    return barred._QUOTED.sub(" ", text)


def _unquoted_now(text: str) -> str:
    return barred._QUOTED.sub(" ", text) if barred._has_quote_mark(text) else text


def test_quotes_are_removed_as_before_on_the_seeds() -> None:
    sentences = _seed_sentences()
    assert [_unquoted_now(s) for s in sentences] == [_unquoted_as_before(s) for s in sentences]
    assert any(_unquoted_now(s) != s for s in sentences)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_QUOTE_PIECES, max_size=20).map("".join))
def test_quotes_are_removed_as_before(text: str) -> None:
    assert _unquoted_now(text) == _unquoted_as_before(text)
