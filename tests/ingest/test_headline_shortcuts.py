"""Headline making's shortcuts answer as the plain computation does, on the seeds and on
generated text: :func:`~generator.ingest.date_removal.without_placing` searches only a
text's last words for what placed a date, :func:`~generator.ingest.title_finish.count_words`
counts words with one regular expression, :func:`~generator.ingest.page_text.normalize` joins
``str.split()``, a participle before the date is searched from the last letters, and substring
tests skip patterns with nothing to find."""

from __future__ import annotations

import re
from pathlib import Path
from string import ascii_lowercase

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import read_articles
from generator.ingest.date_removal import (
    _READY_FOR,
    DATE_PREPOSITIONS,
    _ends_with_for,
    without_placing,
)
from generator.ingest.headline import _ALSO, _AMOUNT_ASIDE, _PARTICIPLE, _PRECEDES
from generator.ingest.page_text import normalize
from generator.ingest.title_finish import _BYLINE, _QUOTE_COMMA, count_words
from generator.ingest.title_length import TRAILING_SUBORDINATE, without_trailing_subordinate

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

_PLACING = "just only shortly early late later earlier in on at as of by the end start mid from"
_OTHER = "during until for around about till throughout said Cairo (on [in 'of x"
_WORDS = st.sampled_from(
    [*_PLACING.split(), *_OTHER.split(), " ", "  ", "\n", "\t", "\u00a0", "as  of", "the end of"]
)


def _prefixes(text: str) -> list[str]:
    """Every prefix of ``text`` that ends at or just after a space."""
    cuts = [i for i, c in enumerate(text) if c == " "]
    return [text[:i] for i in cuts] + [text[: i + 1] for i in cuts] + [text]


def test_without_placing_on_seed_prefixes() -> None:
    """Every word-bounded prefix of every seed article's text."""
    checked = 0
    for article in read_articles([SEEDS]):
        for prefix in _prefixes(" ".join(article.paragraphs)[:4000]):
            assert without_placing(prefix) == DATE_PREPOSITIONS.sub("", prefix), prefix[-80:]
            checked += 1
    assert checked > 1000


def test_without_placing_longest_match() -> None:
    """A match of the most words the pattern allows, after more words than the cut keeps."""
    text = "one two three four five six seven eight nine ten just after the end of"
    assert (
        without_placing(text)
        == DATE_PREPOSITIONS.sub("", text)
        == ("one two three four five six seven eight nine ten ")
    )
    spaced = "a b c d e f g h i j  as of  the start of \n"
    assert without_placing(spaced) == DATE_PREPOSITIONS.sub("", spaced)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_WORDS, max_size=24))
def test_without_placing_on_generated_text(words: list[str]) -> None:
    """Generated runs of placing words, spaces of every kind between them."""
    text = " ".join(words)
    assert without_placing(text) == DATE_PREPOSITIONS.sub("", text)


def _plain_count(title: str) -> int:
    """Words with a letter or digit, counted as headlines counted them before."""
    return sum(1 for w in title.split() if any(c.isalnum() for c in w))


def test_count_words_on_seed_sentences() -> None:
    """Every seed paragraph, and its pieces between commas."""
    checked = 0
    for article in read_articles([SEEDS]):
        for paragraph in article.paragraphs:
            for text in [paragraph, *paragraph.split(",")]:
                assert count_words(text) == _plain_count(text), text
                checked += 1
    assert checked > 100
    assert count_words("Geneva -- March 14") == 3


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="a_Z9 \t\n\u00a0\u2003-—.,“”'\u00bd\u0663\u00e9\u200b\x1c"))
def test_count_words_on_generated_text(text: str) -> None:
    """Letters, digits of other scripts, fractions, marks, underscores, odd spaces."""
    assert count_words(text) == _plain_count(text)


def _plain_without_trailing_subordinate(text: str) -> str:
    """:func:`without_trailing_subordinate` as it was: ``re`` searching from the start."""
    pattern = re.compile(TRAILING_SUBORDINATE.pattern)
    pos = 0
    while (found := pattern.search(text, pos)) is not None:
        opener = found.group(0).split(None, 1)[0]
        before = text[: found.start()].rsplit(None, 1)[-1:]
        if opener in ("who", "which") and before and before[0].isalpha() and before[0].islower():
            pos = found.start() + 1
            continue
        return text[: found.start()]
    return text


def test_trailing_clauses_are_cut_as_a_search_from_the_start_cuts_them() -> None:
    """Every seed sentence, whole and cut after each comma (a title ends anywhere)."""
    texts = [
        cut
        for article in read_articles([SEEDS])
        for paragraph in article.paragraphs
        for sentence in paragraph.split(". ")
        for cut in [sentence, *(sentence[:i] for i, c in enumerate(sentence) if c == ",")]
    ]
    cut = [without_trailing_subordinate(t) for t in texts]
    assert cut == [_plain_without_trailing_subordinate(t) for t in texts]
    assert 0 < sum(c != t for c, t in zip(cut, texts, strict=True)) < len(texts)


_CLAUSE_WORDS = st.sampled_from(
    [
        *"the all well in for within a an only some days before after since when who which".split(),
        *"as as many though but according to including of whom day night Cairo".split(),
        " ",
        ", ",
        "  ",
        "\n",
        "é",
        "-",
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_CLAUSE_WORDS, max_size=25).map(" ".join))
def test_trailing_clauses_are_cut_as_before_on_generated_text(text: str) -> None:
    assert without_trailing_subordinate(text) == _plain_without_trailing_subordinate(text)


def _plain_normalize(text: str) -> str:
    """:func:`~generator.ingest.page_text.normalize` as two regular expressions."""
    return re.sub(r"\s+", " ", re.sub(r"\[\d+\]", "", text)).strip()


def test_normalize_on_seeds() -> None:
    """Every seed paragraph, and each with a footnote mark and odd white space put in."""
    checked = 0
    for article in read_articles([SEEDS]):
        for paragraph in article.paragraphs:
            for text in (
                paragraph,
                f" [3]\u00a0{paragraph}\x1c[12]\n",
                paragraph.replace(" ", "\t "),
            ):
                assert normalize(text) == _plain_normalize(text), text[:80]
                checked += 1
    assert checked > 100


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["a", "[", "]", "1", "[2]", "٣", " ", "\u2003", "\x1f", "\n"])))
def test_normalize_on_generated_text(parts: list[str]) -> None:
    """Generated footnote marks, digits of other scripts and white space of every kind."""
    text = "".join(parts)
    assert normalize(text) == _plain_normalize(text)


_PRECEDES_PLAIN = re.compile(rf"\b({_PARTICIPLE})$")


def test_precedes_from_last_letters_on_seed_prefixes() -> None:
    """Searched from the text's last lowercase letters, the participle ending the words before
    a date is the one a search of the whole text finds, on every seed prefix."""
    checked = 0
    for article in read_articles([SEEDS]):
        for prefix in _prefixes(" ".join(article.paragraphs)[:4000]):
            before = prefix.rstrip()
            fast = _PRECEDES.search(before, len(before.rstrip(ascii_lowercase)))
            plain = _PRECEDES_PLAIN.search(before)
            assert (fast and fast.span()) == (plain and plain.span()), before[-80:]
            checked += 1
    assert checked > 1000


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["held", "xheld", "é", "-", " ", "_", "1", "ing", "Ed", "ed"])))
def test_precedes_on_generated_text(parts: list[str]) -> None:
    """Generated word ends: letters of other scripts, digits and "_" before a participle."""
    before = "".join(parts)
    fast = _PRECEDES.search(before, len(before.rstrip(ascii_lowercase)))
    plain = _PRECEDES_PLAIN.search(before)
    assert (fast and fast.span()) == (plain and plain.span())


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["a", ",", '"', "”", "’", "\n", " ", "By", "Maggie Fox", "also"])))
def test_guards_on_generated_text(parts: list[str]) -> None:
    """The substring tests before the quote-comma, byline and "also" patterns skip only
    texts the patterns leave as they are."""
    text = "".join(parts)
    if "," not in text[-3:]:
        assert _QUOTE_COMMA.sub(r"\1", text) == text
    if "By" not in text:
        assert _BYLINE.sub("", text) == text
    if "also" not in text:
        assert _ALSO.sub("", text) == text
    if "(" not in text:
        assert _AMOUNT_ASIDE.sub("", text) == text


def test_ends_with_for_on_seed_prefixes() -> None:
    """Every seed prefix that :data:`~generator.ingest.date_removal._READY_FOR` matches
    passes the "for" test that comes before it."""
    checked = 0
    for article in read_articles([SEEDS]):
        text = " ".join(article.paragraphs)[:4000]
        for prefix in [
            *_prefixes(text),
            "braced themselves FOR\n",
            "readied for",
            "prepared\tFor  ",
        ]:
            if _READY_FOR.search(prefix):
                assert _ends_with_for(prefix, len(prefix)), prefix[-80:]
                checked += 1
    assert checked >= 2
