"""The title and scoring fast paths of the twenty-sixth session answer as the plain
computations they replace do, on the seeds' events and on generated ones."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import build_events, confidence, read_articles, title_cuts, title_finish
from generator.ingest.sentences import split_sentences
from generator.ingest.title_checks import TITLE_WORD
from generator.ingest.title_length import MAX_WORDS, phrase_end, without_trailing_subordinate
from generator.models import Event
from tests.conftest import SEEDS


@cache
def _seed_events() -> tuple[Event, ...]:
    """The events the seeds make (made once)."""
    logging.disable(logging.WARNING)
    try:
        return tuple(build_events(list(read_articles([SEEDS]))).events)
    finally:
        logging.disable(logging.NOTSET)


def _plain_support(
    event: Event, articles: Mapping[str, confidence.ArticleLike]
) -> tuple[float, list[str]]:
    """``_support`` as it was: every event through the dictionaries and the sort."""
    clean: dict[str, bool] = {}
    reasons: list[str] = []
    for source in event.sources:
        marker = confidence._boilerplate_marker(source.quote)
        clean[source.article] = clean.get(source.article, False) or marker is None
        if marker is not None:
            reason = f"quote looks like {marker[0]} ({marker[1]!r})"
            if reason not in reasons:
                reasons.append(reason)
    if not clean:
        return 0.0, ["no sources"]
    by_outlet: dict[str, list[float]] = {}
    for article, ok in sorted(clean.items()):
        known = articles.get(article)
        outlet = known.outlet if known is not None and known.outlet else f"article {article}"
        by_outlet.setdefault(outlet, []).append(1.0 if ok else confidence.BOILERPLATE_WEIGHT)
    support = 0.0
    for weights in by_outlet.values():
        weights.sort(reverse=True)
        support += weights[0] + confidence.SAME_OUTLET_WEIGHT * sum(weights[1:])
    if len(clean) == 1:
        reasons.insert(0, confidence.ONE_SOURCE)
    elif len(by_outlet) == 1:
        outlet = next(iter(by_outlet))
        reasons.insert(0, f"one outlet ({len(clean)} articles from {outlet})")
    return support, reasons


_QUOTES = st.sampled_from(
    [
        "Police arrested the man on Friday.",
        "Posted by John at 10:32 AM",
        "Share this article on Facebook and Twitter.",
        "Click here to watch the video.",
        "The minister resigned.",
    ]
)


def test_the_generated_quotes_have_markers() -> None:
    assert any(confidence._boilerplate_marker(q) for q in _QUOTES.elements)  # type: ignore[attr-defined]


def test_one_source_support_is_the_plain_walk_on_the_seeds() -> None:
    events = _seed_events()
    assert any(len(e.sources) == 1 for e in events)
    for event in events:
        for explain in (True, False):
            assert confidence._support(event, {}, explain=explain) == _plain_support(event, {})


@settings(max_examples=60, deadline=None)
@given(st.lists(_QUOTES, min_size=1, max_size=3), st.booleans())
def test_support_is_the_plain_walk_on_generated_sources(quotes: list[str], same: bool) -> None:
    event = _seed_events()[0]
    sources = [
        replace(event.sources[0], quote=quote, article="a" if same else f"a{k}")
        for k, quote in enumerate(quotes)
    ]
    made = replace(event, sources=sources)
    assert confidence._support(made, {}) == _plain_support(made, {})


def _seed_sentences() -> list[str]:
    """Every sentence of the seeds' articles, and the titles of their events."""
    articles = list(read_articles([SEEDS]))
    texts = [event.title for event in _seed_events()]
    for article in articles:
        for paragraph in article.paragraphs:
            texts += [s.text for s in split_sentences(paragraph)]
    return texts


def _plain_clause_words_end(text: str) -> tuple[list[str], int | None]:
    """``_clause_words_end`` as it was: the lead-time test twice, the "and" pattern on every
    text with "and"."""
    if "(" in text:
        text = title_finish._PARENTHESIS.sub("", text)
        text = title_finish._OPEN_PARENTHESIS.sub("", text)
    if title_finish.may_open(text, title_finish._LEAD_TIME_WORDS):
        text = title_finish._LEAD_TIME.sub("", text)
    if (text[:1] and not (text[0].isalnum() or text[0] == "_")) or title_finish.may_open(
        text, title_finish._OPENERS
    ):
        text = title_finish._OPENER.sub("", text)
    if title_finish.may_open(text, title_finish._LEAD_TIME_WORDS):
        text = title_finish._LEAD_TIME.sub("", text)
    if "and" in text:
        text = title_finish._AND_AUXILIARY.sub("", text)
    text = text.strip(" ,;:.“”\"'‘’")
    words = text.split()
    if len(words) > MAX_WORDS:
        shorter = without_trailing_subordinate(" ".join(words)).split()
        words = shorter if len(shorter) >= 4 else words
    end = phrase_end(words) if len(words) > MAX_WORDS else len(words)
    if end != len(words) and "that" in words:
        said = title_finish._SAID_THAT.sub(r"\1 ", " ".join(words), count=1).split()
        if len(said) < len(words):
            said_end = phrase_end(said) if len(said) > MAX_WORDS else len(said)
            if said_end == len(said) or (end is None and said_end is not None):
                words, end = said, said_end
    return words, end


_CLAUSE_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        ",",
        "(",
        ")",
        "and",
        "And",
        "is",
        "was",
        "had",
        "but",
        "so",
        "at",
        "by",
        "noon",
        "Eastern",
        "3:30 p.m.",
        "—",
        "“",
        "Police",
        "arrested",
        "the",
        "man",
        "said",
        "that",
    ]
)


_CLAUSE_EXAMPLES = [
    "At noon at noon police arrested the man",
    "By the afternoon, in the evening the crowd grew",
    "— at dawn the army moved in",
    "And at midnight the curfew began",
    "Eastern, a half hour later, there will be a vote",
    "The minister resigned and was replaced by his deputy",
    "The minister resigned andwas replaced",
    "Police said that the man, who had fled, was arrested in Cairo after a chase through the "
    "old city that lasted for hours and ended at dawn",
]
"""Texts for each step: a lead time after another, after an opener, an "and" predicate."""


def test_clause_words_are_the_plain_ones_on_the_seeds() -> None:
    texts = _seed_sentences() + _CLAUSE_EXAMPLES
    assert any(" and was " in t or " and is " in t for t in texts)
    for text in texts:
        assert title_finish._clause_words_end(text) == _plain_clause_words_end(text), text


@settings(max_examples=400, deadline=None)
@given(st.lists(_CLAUSE_PIECES, max_size=30))
def test_clause_words_are_the_plain_ones_on_generated_text(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert title_finish._clause_words_end(text) == _plain_clause_words_end(text)
    glued = "".join(pieces)
    assert title_finish._clause_words_end(glued) == _plain_clause_words_end(glued)


_WORD_PIECES = st.sampled_from(
    ["a", "Z", "0", "9", "_", "'", "’", ".", "-", " ", "\n", "é", "ſ", "K", "١", "ß", ",", "“"]
)


def test_title_words_are_the_plain_findall_on_the_seeds() -> None:
    texts = [*_seed_sentences(), "Cairo’s mayor", "Dr. Murray's re-trial", "Núñez said"]
    assert any(not t.isascii() for t in texts)
    for text in texts:
        assert title_cuts.title_words(text) == TITLE_WORD.findall(text), text


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORD_PIECES, max_size=25))
def test_title_words_are_the_plain_findall_on_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert title_cuts.title_words(text) == TITLE_WORD.findall(text)
