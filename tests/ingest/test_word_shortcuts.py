"""Word-statistics shortcuts answer as the plain computations do, on the seeds and on
generated text: an article's topic terms (:func:`topic._terms`), namings
(:func:`definites.article_namings`), capitalised words (:func:`proper.capitalised_words`),
full names (:data:`names._FULL_NAME`) and content words (:func:`words.content_words`)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ids import ascii_fold
from generator.ingest import definites, names, proper, read_articles, topic, words

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_PLAIN_TERM = re.compile(r"[^\W\d_]{4,}")


def plain_terms(text: str) -> frozenset[str]:
    """The Unicode-class walk :func:`topic._terms` replaced for ASCII text."""
    found = set()
    for word in set(_PLAIN_TERM.findall(text.casefold())) - topic._COMMON:
        if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
            word = word[:-1]
        found.add(word)
    return frozenset(found)


def _seed_texts() -> list[str]:
    """Each seed article's body and each of its paragraphs."""
    texts = []
    for article in read_articles([SEEDS]):
        texts += [article.body, *article.paragraphs]
    return texts


def test_terms_of_the_seeds_are_the_plain_walks() -> None:
    texts = _seed_texts()
    assert len(texts) > 20
    found = 0
    for text in texts:
        plain = plain_terms(text)
        assert topic.body_terms(text) == plain
        found += len(plain)
    assert found > 200


_PIECES = st.sampled_from(
    ["Bridge", "toll", "TOLLS", "ferries", "Straße", "ß", "café", "É", "x", "_", "9", " ", "-"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14))
def test_terms_of_generated_text_are_the_plain_walks(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert topic.body_terms(text) == plain_terms(text)


def _plain_namings(paragraphs: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """:func:`definites.article_namings` calling :func:`definites._ends_at` and
    :func:`definites._is_modifier` at each match, as it did before their dicts."""
    text = "\n".join(paragraphs)
    found: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for match in definites._NAMING.finditer(text):
        head = match.group(2)
        if head in definites._GENERIC or head in definites._ROLES:
            continue
        after = definites._FOLLOWING.match(text, match.end())
        if after is not None and not definites._ends_at(
            definites._TOKEN.findall(after.group(1))[0]
        ):
            continue
        mods = match.group(1).split()
        kept: list[str] = []
        for word in reversed(mods):
            if not definites._is_modifier(word):
                break
            kept.insert(0, word)
        before = text[max(0, match.start() - 20) : match.start()].rstrip()[-1:]
        if not kept or (len(kept) == len(mods) and not (before.isalnum() or before == ",")):
            continue
        found[head][" ".join(kept)] += 1
    namings = []
    for head, forms in sorted(found.items()):
        (best, count), total = forms.most_common(1)[0], sum(forms.values())
        namings.append((head, best if count >= definites._MOST_SHARE * total else ""))
    return tuple(namings)


def test_namings_of_the_seeds_are_the_plain_walks() -> None:
    articles = list(read_articles([SEEDS]))
    found = 0
    for article in articles:
        plain = _plain_namings(article.paragraphs)
        assert definites.article_namings(article.paragraphs) == plain
        found += len(plain)
    assert found > 20


_NAMING_PIECES = st.sampled_from(
    ["H1N1", "Obama", " ", "virus", "administration", "of", ".", ",", "-", "9", "said", "\n"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAMING_PIECES, max_size=16))
def test_namings_of_generated_text_are_the_plain_walks(pieces: list[str]) -> None:
    paragraphs = "".join(pieces).split("\n")
    assert definites.article_namings(paragraphs) == _plain_namings(paragraphs)


_PLAIN_CAPITALISED = re.compile(r"(?<=[a-z0-9,;] )([A-Z][a-z][\w'’-]*)")


def _plain_capitalised(text: str) -> frozenset[str]:
    """:func:`proper.capitalised_words` with its lookbehind first, as it was."""
    found = {proper.name_form(w) for w in _PLAIN_CAPITALISED.findall(text)}
    return frozenset(found - proper._CALENDAR)


def test_capitalised_words_of_the_seeds_are_the_plain_pattern() -> None:
    found = 0
    for text in _seed_texts():
        plain = _plain_capitalised(text)
        assert proper.capitalised_words(text) == plain
        assert proper._CAPITALISED_INSIDE.findall(text) == _PLAIN_CAPITALISED.findall(text)
        found += len(plain)
    assert found > 50


_CAPITAL_PIECES = st.sampled_from(
    ["A", "Ab", "Cairo's", "x", "9", ",", ";", " ", "\n", "-", "É", "; Cairo", "x March"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CAPITAL_PIECES, max_size=16))
def test_capitalised_words_of_generated_text_are_the_plain_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert proper._CAPITALISED_INSIDE.findall(text) == _PLAIN_CAPITALISED.findall(text)


_PLAIN_FULL_NAME = re.compile(
    r"(?<![\w.’'-])(?=([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z]\.)?|(?:[A-Z]\.){2,3})\s+"
    r"([A-Z][a-z][\w’'-]*?)(?:['’]s\b|[^\w’'-]|$))"
)


def _full_names(text: str) -> list[tuple[int, str, str]]:
    """Where :data:`names._FULL_NAME` finds a given name and surname, and which."""
    return [
        (m.start(), text[m.start() : m.end(1)], m.group(2)) for m in names._FULL_NAME.finditer(text)
    ]


def _plain_full_names(text: str) -> list[tuple[int, str, str]]:
    """The same from the zero-width pattern with its lookbehind first, as it was."""
    return [(m.start(), *m.groups()) for m in _PLAIN_FULL_NAME.finditer(text)]


def test_full_names_of_the_seeds_are_the_plain_pattern() -> None:
    found = 0
    for text in _seed_texts():
        plain = _plain_full_names(text)
        assert _full_names(text) == plain
        found += len(plain)
    assert found > 50


_NAME_PIECES = st.sampled_from(
    ["Conrad", "Murray", "Murray's", "W.", "P.J.", "P.J.K.", "Mary-Ann", "x", ".", "-", "’", " "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=12))
def test_full_names_of_generated_text_are_the_plain_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _full_names(text) == _plain_full_names(text)


_PLAIN_WORD = re.compile(r"[a-z][a-z'-]+")


def plain_content_words(text: str) -> frozenset[str]:
    """:func:`words.content_words` with :data:`_PLAIN_WORD` found in the folded text, each
    match's key worked out (as it was before :func:`words.word_runs`)."""
    keys = {words._key(w) for w in _PLAIN_WORD.findall(ascii_fold(text).lower())}
    return frozenset(keys - {""})


def test_content_words_of_the_seeds_are_the_plain_pattern() -> None:
    texts = _seed_texts()
    found = 0
    for text in texts:
        plain = plain_content_words(text)
        assert words.content_words(text) == plain
        assert words._content_words(text) == plain
        found += len(plain)
    assert found > 200


_RUN_PIECES = st.sampled_from(
    ["Bridge", "tolls", "a", "x", "'", "-", "’", "Núñez", "ß", "É", "_", "9", " ", "\n", "--", "S"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_RUN_PIECES, max_size=14))
def test_content_words_of_generated_text_are_the_plain_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert words._content_words(text) == plain_content_words(text)
    text += " meeting"  # a happening's noun: its words are worked out
    split = plain_content_words(text) | plain_content_words(text.replace("-", " "))
    assert words.happening_words(text) == split


def _plain_full_name_walk(text: str) -> dict[str, frozenset[str]]:
    """:func:`names.full_names` checking every match whatever the people, as it did."""
    people = names._person_surnames(text)
    found: dict[str, set[str]] = {}
    for match in names._FULL_NAME.finditer(text):
        given, surname = text[match.start() : match.end(1)], match.group(2)
        if given.split()[0] in names._NOT_GIVEN or surname in names._NOT_GIVEN:
            continue
        if surname in people:
            found.setdefault(surname, set()).add(f"{given} {surname}")
    by_given: dict[str, set[str]] = {}
    for full in found.values():
        for name in full:
            by_given.setdefault(name.split()[0], set()).add(name)
    for given, full in by_given.items():
        if given not in found and not given.endswith("."):
            found[given] = full
    return {surname: frozenset(full) for surname, full in found.items()}


def test_full_names_of_the_seeds_are_the_plain_walk() -> None:
    texts = _seed_texts()
    found = [names.full_names.__wrapped__(text) for text in texts]
    assert found == [_plain_full_name_walk(text) for text in texts]
    assert sum(map(len, found)) > 10
    assert any(not f for f in found)


_PEOPLE_PIECES = st.sampled_from(
    ["Conrad", "Murray", "Dr", "Mr", "Charlie", "Simpson", ", 7,", "W.", "The", "x", ".", " "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PEOPLE_PIECES, max_size=12))
def test_full_names_of_generated_text_are_the_plain_walk(pieces: list[str]) -> None:
    text = " ".join(pieces)
    found = names.full_names.__wrapped__(text)
    assert found == _plain_full_name_walk(text)
    assert list(found) == list(_plain_full_name_walk(text))
