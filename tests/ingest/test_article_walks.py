"""An article's sentences and happenings found in one walk of the article give what the
paragraph-by-paragraph walks gave, on the seeds and on generated articles:
:func:`sentences.split_article` (one search for the paragraphs that may hold a sentence end),
:func:`words.naming_paragraphs` (one search for the paragraphs that may name a happening)
and :func:`words.happening_words` (one map over a sentence's runs, another over their parts
between hyphens)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.ingest import read_articles, sentences, words
from generator.ingest.context import Sentence

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _articles() -> list[list[str]]:
    """The seed articles' paragraphs, with a few made up to hit the edges."""
    articles = [list(article.paragraphs) for article in read_articles([SEEDS])]
    articles.append(
        [
            "",
            "  The talks ended. Officials met on Monday.  ",
            "He left in May 1945 1946: Churchill spoke. Bombs fell 1950 - Peace came",
            "Dr Murray denies any wrongdoing On 8 February, 2010, Dr Murray appeared in court",
            "La réunion des élections: a post-election MEETING.",
            "\u2003",
            "No end here\x00 The summit. Then",
            "Pro-democracy protesters marched",
        ]
    )
    return articles


def _plain_split(paragraph: str) -> tuple[Sentence, ...]:
    """A paragraph's sentences, worked out for it alone (not kept)."""
    return sentences._split_sentences.__wrapped__(paragraph)


def _plain_happening_words(text: str) -> frozenset[str] | None:
    """The content words of ``text`` and of ``text`` with hyphens made spaces, when they hold
    a happening noun."""
    found = words.content_words(text) | words.content_words(text.replace("-", " "))
    return None if found.isdisjoint(words.EVENT_NOUNS) else found


def _plain_happenings(paragraphs: list[str]) -> list[tuple[str, frozenset[str]]]:
    """Every sentence of every paragraph that names a happening, with its words."""
    return [
        (s.text, found)
        for p in paragraphs
        for s in _plain_split(p)
        if (found := _plain_happening_words(s.text)) is not None
    ]


def _happenings(paragraphs: list[str]) -> list[tuple[str, frozenset[str]]]:
    """:func:`_plain_happenings` as reading an article finds them."""
    sentences.split_article(paragraphs)
    return [
        (s.text, found)
        for p in words.naming_paragraphs(paragraphs)
        for s in sentences.split_sentences(p)
        if (found := words.happening_words(s.text, named=True)) is not None
    ]


def test_an_article_split_at_once_is_split_as_each_paragraph_alone() -> None:
    hinted = 0
    for paragraphs in _articles():
        assert sentences.split_article(paragraphs) == [_plain_split(p) for p in paragraphs]
        for paragraph in paragraphs:
            assert sentences.split_sentences(paragraph) == list(_plain_split(paragraph))
        hinted += len(sentences._hinted(paragraphs))
    assert hinted > 20  # the seeds have paragraphs of several sentences


def test_an_article_split_on_re_alone_is_split_as_each_paragraph_alone() -> None:
    with fastre.pure_python():
        for paragraphs in _articles():
            found = sentences.split_article(paragraphs)
            assert found == [_plain_split(p) for p in paragraphs]


def test_the_paragraphs_found_by_one_search_are_those_naming_a_happening() -> None:
    named = 0
    for paragraphs in _articles():
        naming = words.naming_paragraphs(paragraphs)
        assert naming == [
            p for p in paragraphs if not p.isascii() or words._EVENT_STEM.search(p.lower())
        ]
        assert _happenings(paragraphs) == _plain_happenings(paragraphs)
        named += len(naming)
    assert named > 20


_PIECES = st.sampled_from(
    [
        *'. ! ? " ” ) ] [1] ( “ : - – \n \u2003 \x00'.split(" "),
        *[" ", "  ", "1946", "20", "On", "Jan", "The", "It", "the", "x", "A", "9", "U.S."],
        *["meeting", "Talks", "VOTE", "pro-", "-election", "anti-war", "é", "élection", "ﬁ"],
    ]
)
_PARAGRAPHS = st.lists(st.lists(_PIECES, max_size=12).map("".join), min_size=1, max_size=6)


@settings(max_examples=500, deadline=None)
@given(_PARAGRAPHS)
def test_generated_articles_are_split_and_read_as_each_paragraph_alone(
    paragraphs: list[str],
) -> None:
    assert sentences.split_article(paragraphs) == [_plain_split(p) for p in paragraphs]
    assert _happenings(paragraphs) == _plain_happenings(paragraphs)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=20).map("".join))
def test_happening_words_of_generated_text_are_the_plain_ones(text: str) -> None:
    assert words.happening_words(text) == _plain_happening_words(text)
