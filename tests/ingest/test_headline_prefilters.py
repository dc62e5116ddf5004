"""Headline patterns compiled with an RE2 prefilter (:func:`generator.fastre.compile`) answer as
plain ``re`` does, on every word-bounded prefix of the seeds and on generated text: the
end-anchored patterns before a date (date removal, modifiers, the planned subject), the list
header and participle aside of page text (the aside searched from offsets with
``search_from``), and the saying's "that" of title finishing; and title finishing's clause
words, whose parenthesis and "and"-auxiliary patterns run only when their "(" or "and" is
there."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.ingest import read_articles
from generator.ingest.date_removal import _BARE_FUTURE, _NEEDS_OBJECT, _SCHEDULED_FOR
from generator.ingest.headline import _PLANNED
from generator.ingest.modifiers import _ARTICLE_BEFORE, _ON_BEFORE
from generator.ingest.page_text import _LIST_HEADER, _PARTICIPLE_ASIDE
from generator.ingest.title_finish import (
    _AND_AUXILIARY,
    _CAPTION_PLACE,
    _HOLE,
    _LEAD_TIME,
    _OPEN_PARENTHESIS,
    _OPENER,
    _PARENTHESIS,
    _SAID_THAT,
    _TRAILING_SOURCE,
    _clause_words,
)
from generator.ingest.title_length import MAX_WORDS, phrase_end, without_trailing_subordinate

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

_END_ANCHORED = (_BARE_FUTURE, _NEEDS_OBJECT, _SCHEDULED_FOR, _PLANNED, _ARTICLE_BEFORE, _ON_BEFORE)
_ALL = (*_END_ANCHORED, _LIST_HEADER, _PARTICIPLE_ASIDE, _SAID_THAT)

_WORDS = st.sampled_from(
    "will be held due to scheduled for the a an upcoming next election on in as than vs. "
    "said that officials, who met, left: -- The ON To ſ K İ\n \t \u00a0 ,".split(" ")
)


def _plain(pattern: fastre.Pattern) -> re.Pattern[str]:
    """The pattern compiled by ``re`` alone."""
    return re.compile(pattern.pattern, pattern.flags)


def _span(found: re.Match[str] | None) -> tuple[int, int, tuple[str | None, ...]] | None:
    """A match's place and groups, comparable across two patterns."""
    return None if found is None else (found.start(), found.end(), found.groups())


def _check(pattern: fastre.Pattern, text: str) -> bool:
    """Assert ``pattern`` answers as plain ``re`` on ``text``; whether it found a match."""
    plain = _plain(pattern)
    found = plain.search(text)
    assert _span(pattern.search(text)) == _span(found), (pattern.pattern, text[-80:])
    assert _span(pattern.match(text)) == _span(plain.match(text)), (pattern.pattern, text[:80])
    assert pattern.sub("#", text, count=1) == plain.sub("#", text, count=1)
    return found is not None


def _seed_texts() -> list[str]:
    """The seeds' paragraphs, each paragraph's word-bounded prefixes included."""
    texts = []
    for article in read_articles([SEEDS]):
        for paragraph in article.paragraphs:
            cuts = [i for i, c in enumerate(paragraph) if c == " "]
            texts += [paragraph[:i] for i in cuts] + [paragraph[: i + 1] for i in cuts]
            texts.append(paragraph)
    return texts


def test_patterns_on_seed_prefixes() -> None:
    """Every pattern on every prefix: the same match, and the end-anchored ones do match."""
    texts = _seed_texts()
    assert len(texts) > 1000
    for pattern in _ALL:
        matched = sum(_check(pattern, text) for text in texts)
        if pattern in (_NEEDS_OBJECT, _ARTICLE_BEFORE, _ON_BEFORE, _BARE_FUTURE):
            assert matched > 0, pattern.pattern


def test_participle_aside_search_from_on_seeds() -> None:
    """``search_from`` at every offset a scan resumes from finds what ``re.search`` finds."""
    plain = _plain(_PARTICIPLE_ASIDE)
    found = 0
    for article in read_articles([SEEDS]):
        for paragraph in article.paragraphs:
            for start in range(0, len(paragraph), 7):
                expected = plain.search(paragraph, start)
                assert _span(_PARTICIPLE_ASIDE.search_from(paragraph, start)) == _span(expected)
                found += expected is not None
    assert found > 0


def test_known_matches() -> None:
    """Texts each pattern is for."""
    assert _BARE_FUTURE.search("its last flight will depart ")
    assert _NEEDS_OBJECT.search("as early as ")
    assert _SCHEDULED_FOR.search("elections due to be held on ")
    assert _PLANNED.search("The upcoming election in ")
    assert _ARTICLE_BEFORE.search("in the scheduled ")
    assert _ON_BEFORE.search("ministers met on ")
    assert _LIST_HEADER.match("Developments in Egypt: -- Hundreds")
    assert _PARTICIPLE_ASIDE.search_from("Benenson, who had been ill, died", 0)
    assert _SAID_THAT.sub(r"\1 ", "USAID said that teams", count=1) == "USAID said teams"


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=30), st.integers(min_value=0, max_value=60))
def test_patterns_on_generated_text(words: list[str], start: int) -> None:
    """Generated runs of the patterns' words, odd case folds and white space."""
    text = " ".join(words)
    for pattern in _ALL:
        _check(pattern, text)
    plain = _plain(_PARTICIPLE_ASIDE)
    assert _span(_PARTICIPLE_ASIDE.search_from(text, start)) == _span(plain.search(text, start))


def _plain_clause_words(text: str) -> list[str]:
    """:func:`~generator.ingest.title_finish._clause_words` as it was: every pattern run."""
    text = _PARENTHESIS.sub("", text)
    text = _OPEN_PARENTHESIS.sub("", text)
    text = _LEAD_TIME.sub("", _OPENER.sub("", _LEAD_TIME.sub("", text)))
    text = _AND_AUXILIARY.sub("", text).strip(" ,;:.“”\"'‘’")
    words = text.split()
    if len(words) > MAX_WORDS:
        shorter = without_trailing_subordinate(" ".join(words)).split()
        words = shorter if len(shorter) >= 4 else words
    end = phrase_end(words) if len(words) > MAX_WORDS else len(words)
    if end != len(words):
        said = _plain(_SAID_THAT).sub(r"\1 ", " ".join(words), count=1).split()
        said_end = phrase_end(said) if len(said) > MAX_WORDS else len(said)
        if len(said) < len(words) and (
            said_end == len(said) or (end is None and said_end is not None)
        ):
            words = said
    return words


def test_clause_words_on_seeds() -> None:
    """Word-bounded prefixes of the seed paragraphs (every third), with and without "(" and
    "and"; some with each."""
    texts = _seed_texts()[::3]
    for text in texts:
        assert _clause_words(text) == _plain_clause_words(text), text[:80]
    assert len(texts) > 1000
    assert any("(" in text for text in texts)
    assert any(_AND_AUXILIARY.search(text) for text in texts)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            "and was has ( ) (the In by morning, But the said that officials rose And".split()
        ),
        max_size=40,
    )
)
def test_clause_words_on_generated_text(words: list[str]) -> None:
    """Generated runs of parentheses, "and" with auxiliaries, openers and times of day."""
    text = " ".join(words)
    assert _clause_words(text) == _plain_clause_words(text)


def _finish_guards_hold(text: str) -> None:
    """What ``finish`` skips without its literal finds nothing there: the comma of the
    trailing source and caption place, the "between"/"from" of a hole."""
    if "," not in text:
        assert _TRAILING_SOURCE.search(text) is None, text
        assert _CAPTION_PLACE.search(text) is None, text
    if "between" not in text and "from" not in text:
        assert _HOLE.search(text) is None, text


def test_finish_guards_on_seeds() -> None:
    """Word-bounded prefixes of the seed paragraphs, and them without their commas."""
    for text in _seed_texts()[::3]:
        _finish_guards_hold(text)
        _finish_guards_hold(text.replace(",", ""))
    assert _TRAILING_SOURCE.search("talks moved to Sharm el-Sheikh, a well-placed source")
    assert _CAPTION_PLACE.search("Rescuers work, in Port-au-Prince")
    assert _HOLE.search("conducted between and January 3")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            "between from and to until January 3 a the source officials in Cairo , ;".split()
        ),
        max_size=30,
    )
)
def test_finish_guards_on_generated_text(words: list[str]) -> None:
    """Generated runs of the patterns' words, with and without commas."""
    text = " ".join(words)
    _finish_guards_hold(text)
    _finish_guards_hold(text.replace(",", "").replace("between", "betwixt"))
