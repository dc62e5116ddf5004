"""Token shortcuts answer as the plain walks do, on the seeds and on generated text: the
places of a noun in its article (:func:`definites._places`, read in windows) and a quote's words and
spans (:func:`title_cuts.word_tokens`), and where a title stands in its sentence
(:func:`clauses.dates_another_clause`)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import clauses, definites, read_articles, title_cuts
from generator.ingest.modifiers import tail_start
from generator.ingest.title_checks import TITLE_WORD

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _plain_places(text: str, head: str) -> list[int]:
    """Every token that is ``head``, or ends in it and is longer by three or more."""
    longer = len(head) + 2
    return [
        i
        for i, token in enumerate(definites._TOKEN.findall(text))
        if token == head or (len(token) > longer and token.endswith(head))
    ]


def _window_places(text: str, head: str) -> list[int]:
    """The places :func:`definites._places` finds, as indices among the text's own tokens,
    after asserting that each window shows what those tokens show about the noun: the
    tokens the fuller form reads before and after it, and whether the text opens or ends
    within them."""
    tokens = definites._TOKEN.findall(text)
    every = _plain_places(text, head)
    places = definites._places(text, head)
    assert len(places) == len(every)
    before, after = definites._BEFORE, definites._AFTER
    for (window, i), at in zip(places, every, strict=True):
        assert window[max(0, i - before) : i + after] == tokens[max(0, at - before) : at + after]
        assert i == at or i >= before
        assert len(window) - i == len(tokens) - at or len(window) - i >= after
    return every


def test_places_of_each_noun_of_the_seeds_are_the_plain_walks() -> None:
    texts = ["\n".join(article.paragraphs) for article in read_articles([SEEDS])]
    assert texts
    texts.append("a b c d e f " + "y" * 60 + ",a,,-quake in Cairo")  # a window in a word
    checked = 0
    for text in texts:
        heads = {t for t in definites._TOKEN.findall(text) if t.isalpha() and t.islower()}
        for head in [*sorted(heads)[:60], "quake", "virus", "s", "zzz"]:
            assert _window_places(text, head) == _plain_places(text, head), head
            checked += 1
    assert checked > 100


_WORDS = st.sampled_from(
    [
        *("quake", "earthquake", "Quake", "quakes", "a", "the", "virus", "a-virus", "xquake"),
        *(",", "\n", "1,000", "10", "'", "’", ".", "-", "H1N1", "in", "Cairo", "é", "U.S."),
    ]
)


_GLUE = st.sampled_from([" ", "", "  ", "\n", "\u2009", "x" * 70])


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.tuples(_WORDS, _GLUE), max_size=60), st.sampled_from(["quake", "virus", "a", "e"])
)
def test_places_of_in_generated_text_are_the_plain_walks(
    words: list[tuple[str, str]], head: str
) -> None:
    text = "".join(word + glue for word, glue in words)
    assert _window_places(text, head) == _plain_places(text, head)


def test_a_quotes_words_and_spans_are_the_plain_walks() -> None:
    quotes = [p for article in read_articles([SEEDS]) for p in article.paragraphs]
    quotes += ["Straße STRASSE ǅemal İstanbul", "", "O’Neil's 7.0-magnitude quake_zone"]
    for quote in quotes:
        found = list(TITLE_WORD.finditer(quote))
        plain = tuple(m.group().casefold() for m in found), tuple(m.span() for m in found)
        folded, edges = title_cuts.word_tokens.__wrapped__(quote)  # word k: edges 2k and 2k + 1
        assert (folded, tuple(zip(edges[::2], edges[1::2], strict=False))) == plain


_PLAIN_NAMING = re.compile(r"(?<![\w’'.-])((?:[A-Z0-9][\w’'.-]*\s+){1,3})([a-z]{3,})(?![\w’'-])")
""":data:`definites._NAMING` as it was written first, with the lookbehind before the class."""


def _namings(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str, ...]]]:
    """Each match's span and groups."""
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_namings_of_the_seeds_are_the_plain_patterns() -> None:
    texts = ["\n".join(article.paragraphs) for article in read_articles([SEEDS])]
    found = 0
    for text in texts:
        plain = _namings(_PLAIN_NAMING, text)
        assert _namings(definites._NAMING, text) == plain
        found += len(plain)
    assert found > 50


_NAMING_PIECES = st.sampled_from(
    ["A", "H1N1", "Ab", "x", "virus", "abc", " ", "\n", ".", "-", "’", "'", "9", "_", "é", "É"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_NAMING_PIECES, max_size=30))
def test_namings_of_generated_text_are_the_plain_patterns(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _namings(definites._NAMING, text) == _namings(_PLAIN_NAMING, text)


def _plain_title_span(sentence: str, head: str, tail: str) -> tuple[int | None, int | None]:
    """Where a title opening on ``head`` and ending on ``tail`` starts and ends in
    ``sentence``, as :func:`clauses.dates_another_clause` first found it: one loop over the
    sentence's words."""
    first = last = None
    for found in TITLE_WORD.finditer(sentence):
        word = found.group().casefold()
        if first is None:
            if word == head:
                first = found.start()
                if tail == head:
                    last = found.end()
        elif word == tail:
            last = found.end()
            break
    return first, last


_SPAN_WORDS = st.sampled_from(["Cairo", "cairo", "quake", "the", "U.S.", "’s", "é", "ﬁre", "_"])


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.tuples(_SPAN_WORDS, _GLUE), max_size=20),
    st.sampled_from(["cairo", "quake", "the", "u.s", "é", "fire", "zzz"]),
    st.sampled_from(["cairo", "quake", "the", "u.s", "é", "fire", "zzz"]),
)
def test_a_titles_span_in_its_sentence_is_the_plain_walks(
    words: list[tuple[str, str]], head: str, tail: str
) -> None:
    sentence = "".join(word + glue for word, glue in words)
    assert clauses._title_span(sentence, head, tail) == _plain_title_span(sentence, head, tail)


def test_dates_another_clause_searched_from_the_clause_is_the_whole_search() -> None:
    """The patterns :func:`clauses.dates_another_clause` searches from the date's clause (or
    its last words) find there what a search of the whole sentence before the date finds."""
    sentences = [p for article in read_articles([SEEDS]) for p in article.paragraphs]
    sentences += ["He stayed, until\nat least May", "up to:until  at   least x", "a; since b"]
    patterns = [clauses._SINCE_BEFORE, clauses._NEXT_CLAUSE, clauses._ACCORDING_BEFORE]
    checked = 0
    for sentence in sentences:
        for end in range(0, len(sentence) + 1, 7):
            before = sentence[:end]
            start = clauses._clause_start(before)
            for pattern in [*patterns, clauses._INNER_SUBORDINATE]:
                whole = [m.span() for m in pattern.finditer(sentence, 0, end)]
                assert [m.span() for m in pattern.finditer(sentence, start, end)] == whole
            until = clauses._UNTIL.search(sentence, 0, end)
            tail = tail_start(before, clauses._UNTIL_WORDS)
            found = clauses._UNTIL.search(sentence, tail, end)
            assert (found and found.span()) == (until and until.span())
            checked += 1
    assert checked > 1000
