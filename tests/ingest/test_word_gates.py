"""The word work's gates and shortcuts answer as the plain computations do, on the seeds and on
generated text: the one-pattern refusal of a one-sentence paragraph
(:data:`sentences._ANY_HINT`), the happening nouns found regardless of case
(:data:`words._MAY_NAME_EVENT`), a run's key in one step (:func:`words._run_key`), a short
text's terms from its runs of letters (:func:`topic.terms`) and the corpus's names counted
from the voted keys only (:func:`proper.names_from_votes`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.ingest import proper, read_articles, sentences, topic, words
from generator.ingest.sentences import split_sentences
from tests.ingest.test_word_shortcuts import plain_content_words, plain_terms

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_HINTS = (sentences._END_HINT, sentences._GLUED_HINT, sentences._ITEM_HINT)


def _paragraphs() -> list[str]:
    """The seed articles' paragraphs."""
    return [p for article in read_articles([SEEDS]) for p in article.paragraphs]


def _sentences() -> list[str]:
    """The seed paragraphs' sentences."""
    return [s.text for p in _paragraphs() for s in split_sentences(p)]


def test_the_gate_passes_every_seed_paragraph_a_hint_passes() -> None:
    refused = 0
    for paragraph in _paragraphs():
        if any(hint.may_match(paragraph) for hint in _HINTS):
            assert sentences._ANY_HINT.may_match(paragraph)
        refused += not sentences._ANY_HINT.may_match(paragraph)
    if fastre.has_re2():
        assert refused > 10  # the gate refuses paragraphs: the one-sentence path is run


_SPLIT_PIECES = st.sampled_from(
    [
        *'. ! ? " ” ) ] [1] ( “ : - – \n \u2003'.split(" "),
        *[" ", "  ", "1946", "20", "On", "Jan", "The", "It", "the", "x", "A", "9", "U.S.", "é"],
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_SPLIT_PIECES, max_size=30).map("".join))
def test_the_gate_passes_every_generated_text_a_hint_passes(text: str) -> None:
    if any(hint.may_match(text) for hint in _HINTS):
        assert sentences._ANY_HINT.may_match(text)


def _plain_may_name_event(text: str) -> bool:
    """Whether the lower-cased text holds a happening noun's stem, as it was asked."""
    return words._EVENT_STEM.search(text.lower()) is not None


def test_happening_nouns_in_any_case_are_those_of_the_lowered_seeds() -> None:
    sentences_ = [s for s in _sentences() if s.isascii()]
    named = 0
    for sentence in sentences_:
        for text in (sentence, sentence.upper(), sentence.swapcase()):
            assert bool(words._MAY_NAME_EVENT(text)) == _plain_may_name_event(text), text
        named += _plain_may_name_event(sentence)
    assert 0 < named < len(sentences_)


_EVENT_PIECES = st.sampled_from(
    ["MEET", "Meet", "meeting", "Talks", "tALK", "vote", "x", "s", " ", "-", ".", "K", "ing"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_EVENT_PIECES, max_size=12).map("".join))
def test_happening_nouns_in_any_case_are_those_of_generated_lowered_text(text: str) -> None:
    assert bool(words._MAY_NAME_EVENT(text)) == _plain_may_name_event(text)


def _plain_happening_words(text: str) -> frozenset[str] | None:
    """:func:`words.happening_words` as it was: every key of the text and of the text with
    hyphens made spaces, tested against the happening nouns."""
    found = plain_content_words(text) | plain_content_words(text.replace("-", " "))
    return None if found.isdisjoint(words.EVENT_NOUNS) else found


def test_happening_words_of_the_seeds_are_the_plain_walk() -> None:
    found = 0
    for sentence in _sentences():
        plain = _plain_happening_words(sentence)
        assert words.happening_words(sentence) == plain, sentence
        found += plain is not None
    assert found > 10


def _plain_run_key(run: str) -> str:
    """A run's key through :data:`words._KEYS`, as it was worked out."""
    word = run.lstrip("'-")
    return words._key(word) if len(word) >= 2 else ""


_RUN_CHARS = st.text(alphabet="abeginsdy'-", max_size=9)


@settings(max_examples=800, deadline=None)
@given(st.one_of(_RUN_CHARS, st.sampled_from(["the", "'s", "--at", "a", "ab", "abc", "says"])))
def test_a_runs_key_is_the_two_step_key(run: str) -> None:
    assert words._run_key(run) == _plain_run_key(run)


def test_the_keys_of_the_seed_runs_are_the_two_step_keys() -> None:
    runs = {run for paragraph in _paragraphs() for run in words.word_runs(paragraph)}
    assert len(runs) > 500
    for run in runs:
        assert words._run_key(run) == _plain_run_key(run), run


def _plain_stem(word: str) -> str:
    """:func:`words._stem` as it was: each suffix tried in turn."""
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@settings(max_examples=800, deadline=None)
@given(st.one_of(_RUN_CHARS, st.text(alphabet="abdegins", min_size=3, max_size=9)))
def test_a_stem_is_the_plain_stem(word: str) -> None:
    assert words._stem(word) == _plain_stem(word)


def test_the_stems_of_the_seed_words_are_the_plain_stems() -> None:
    runs = {run for paragraph in _paragraphs() for run in words.word_runs(paragraph)}
    stems = [run.lstrip("'-") for run in runs] + ["", "s", "ings", "seeings", "sings", "seeing"]
    changed = 0
    for word in stems:
        assert words._stem(word) == _plain_stem(word), word
        changed += words._stem(word) != word
    assert changed > 100


def test_terms_of_the_seed_sentences_are_the_plain_walks() -> None:
    texts = _sentences()
    found = 0
    for text in texts:
        plain = plain_terms(text)
        assert topic.terms.__wrapped__(text) == plain, text
        assert topic._terms(text) == plain
        found += len(plain)
    assert found > 200


_TERM_PIECES = st.sampled_from(
    ["Bridge", "toll", "TOLLS", "ferries", "Straße", "café", "x", "_", "9", " ", "-", "'", "’"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TERM_PIECES, max_size=14).map("".join))
def test_terms_of_generated_text_are_the_plain_walks(text: str) -> None:
    assert topic.terms.__wrapped__(text) == plain_terms(text)


def _plain_names_from_votes(
    capitalised: Iterable[frozenset[str]], used_words: Iterable[frozenset[str]]
) -> frozenset[str] | None:
    """:func:`proper.names_from_votes` as it was: a loop over each article's spellings, and
    every word of every article counted."""
    votes: Counter[str] = Counter()
    used: Counter[str] = Counter()
    spelt: dict[str, set[str]] = {}
    key_of: dict[str, str] = {}
    total = 0
    for found in capitalised:
        total += 1
        for word in found:
            if word not in key_of:
                key = key_of[word] = proper._key(word)
                if key:
                    spelt.setdefault(key, set()).add(word)
        votes.update({key for word in found if (key := key_of[word])})
    for found in used_words:
        used.update(found)
    if total < topic.MIN_ARTICLES:
        return None
    return frozenset(w for key, n in votes.items() if 2 * n >= used[key] for w in spelt[key])


def test_names_of_the_seed_paragraphs_are_the_plain_count() -> None:
    texts = _paragraphs()
    capitalised = [proper.capitalised_words(text) for text in texts]
    used = [words.content_words(text) for text in texts]
    names = proper.names_from_votes(capitalised, used)
    plain = _plain_names_from_votes(capitalised, used)
    assert names is not None and len(names) > 10
    assert names == plain
    assert list(names) == list(plain)  # built in the same order
    assert proper.names_from_votes(capitalised[:5], used[:5]) is None


_NAME_WORDS = st.sampled_from(["cairo", "mubarak", "mubarak's", "the", "said", "egypt", "egypts"])
_ARTICLES = st.lists(
    st.tuples(st.frozensets(_NAME_WORDS, max_size=4), st.frozensets(_NAME_WORDS, max_size=5)),
    min_size=9,
    max_size=14,
)


@settings(max_examples=300, deadline=None)
@given(_ARTICLES)
def test_names_of_generated_votes_are_the_plain_count(
    articles: list[tuple[frozenset[str], frozenset[str]]],
) -> None:
    capitalised = [found for found, _ in articles]
    used = [words.content_words(" ".join(text)) for _, text in articles]
    names = proper.names_from_votes(capitalised, used)
    plain = _plain_names_from_votes(capitalised, used)
    assert names == plain
    assert names is None or list(names) == list(plain)


_PLAIN_NAME = re.compile(r"(?<=[^.!?\s]\s)[A-Z][\w'’-]+")
"""The capitalised words of :func:`words.name_words`, with the lookbehind first, as it was."""


def test_name_words_of_the_seed_sentences_are_the_plain_pattern() -> None:
    found = 0
    for text in [*_sentences(), *_paragraphs()]:
        plain = _PLAIN_NAME.findall(text)
        assert words._NAME.findall(text) == plain, text
        assert words._name_words(text) == plain_content_words(" ".join(plain))
        found += len(plain)
    assert found > 50


_NAME_PIECES = st.sampled_from(["Cairo", "A", "x", ".", "!", " ", "  ", "\n", "’s", "-", "É", "9"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=14).map("".join))
def test_name_words_of_generated_text_are_the_plain_pattern(text: str) -> None:
    assert words._NAME.findall(text) == _PLAIN_NAME.findall(text)
