"""An article body's words read from one split (:func:`words.distinct_runs`) answer as the
plain walks do, whatever text was split before: :func:`topic.body_terms` after
:func:`words.content_words` of the same body or of another, and the capitalised words'
forms looked up once (:func:`proper.capitalised_words`)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import proper, read_articles, topic, words
from generator.ingest.sentences import split_sentences
from tests.ingest.test_word_shortcuts import plain_content_words, plain_terms

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _plain_capitalised(text: str) -> frozenset[str]:
    """Capitalised words inside sentences, each form worked out by a call."""
    found = {proper.name_form(w) for w in proper._CAPITALISED_INSIDE.findall(text)}
    return frozenset(found - proper._CALENDAR)


def _bodies() -> list[str]:
    """The seed articles' bodies."""
    return [article.body for article in read_articles([SEEDS])]


def test_a_bodys_terms_after_its_content_words_are_the_plain_walks() -> None:
    bodies = _bodies()
    assert len(bodies) >= 5
    for body in bodies:
        words._CONTENT.clear()
        assert words.content_words(body) == plain_content_words(body)
        assert words._LAST_RUNS.keys() == {body}  # the split kept for the terms
        assert topic.body_terms(body) == plain_terms(body)
        assert words._content_words(body) == plain_content_words(body)


def test_a_short_texts_words_are_the_plain_walk_and_keep_the_bodys_split() -> None:
    body = max(_bodies(), key=len)
    sentences = [s.text for p in body.split("\n\n") for s in split_sentences(p)]
    words._CONTENT.clear()
    words.content_words(body)
    for sentence in sentences:
        assert len(sentence) <= words._LONG  # looked up as split, not kept
        assert words.content_words(sentence) == plain_content_words(sentence)
    assert words._LAST_RUNS.keys() == {body}
    assert topic.body_terms(body) == plain_terms(body)


def test_terms_after_another_texts_split_are_the_plain_walks() -> None:
    bodies = _bodies()
    for body, other in zip(bodies, bodies[1:] + bodies[:1], strict=True):
        words._content_words(other)
        assert topic.body_terms(body) == plain_terms(body)
        assert words._content_words(other) == plain_content_words(other)


def test_capitalised_words_of_the_seeds_are_the_plain_forms() -> None:
    found = 0
    for body in _bodies():
        plain = _plain_capitalised(body)
        assert proper.capitalised_words(body) == plain
        found += len(plain)
    assert found > 50


_PIECES = st.sampled_from(
    ["Bridge", "tolls", "TOLLS", "it's", "x", "'", "-", "--", "ferries'", "9", "_", " ", "\n"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=16), st.lists(_PIECES, max_size=8))
def test_generated_texts_words_and_terms_are_the_plain_walks(
    pieces: list[str], before: list[str]
) -> None:
    text, other = "".join(pieces), "".join(before)
    words._content_words(other)  # another split kept: not this text's
    assert topic.body_terms(text) == plain_terms(text)
    assert words._content_words(text) == plain_content_words(text)
    assert topic.body_terms(text) == plain_terms(text)  # this text's split kept
    assert proper.capitalised_words(text) == _plain_capitalised(text)


def _plain_happening_words(text: str) -> frozenset[str] | None:
    """The content words of ``text`` and of it with hyphens made spaces, when they hold one
    of :data:`words.EVENT_NOUNS` (no prefilter)."""
    found = plain_content_words(text) | plain_content_words(text.replace("-", " "))
    return None if found.isdisjoint(words.EVENT_NOUNS) else found


def test_happening_words_of_the_seeds_are_the_plain_walk() -> None:
    sentences = [
        s.text for a in read_articles([SEEDS]) for p in a.paragraphs for s in split_sentences(p)
    ]
    named = 0
    for sentence in sentences:
        plain = _plain_happening_words(sentence)
        assert words.happening_words(sentence) == plain
        named += plain is not None
    assert 0 < named < len(sentences)
