"""The words a worker ships with an article's reading (its mentions' content words, the words
near their dates, their titles' and date expressions' words, and their name words) are those
merging would work out itself, and merging with them remembered builds the same events as
merging without."""

from __future__ import annotations

from generator.ingest import build_events, read_articles, words
from generator.ingest.cluster import window_text
from generator.ingest.pipeline import read_article_events
from tests.conftest import SEEDS


def test_a_reading_ships_the_words_merging_asks_for() -> None:
    for article in read_articles([SEEDS], workers=1):
        reading = read_article_events(article)
        shipped = dict(reading.mention_words)
        names = dict(reading.mention_names)
        for mention in reading.mentions:
            texts = (mention.sentence, window_text(mention), mention.title, mention.timex.text)
            for text in texts:
                assert shipped[text] == words._content_words(text), text
            assert names[mention.sentence] == words._name_words(mention.sentence)
        short = {text for m in reading.mentions for text in (m.title, m.timex.text)}
        assert len(shipped) == len({*names, *map(window_text, reading.mentions), *short})


def test_remembered_words_are_the_words_merging_finds() -> None:
    articles = list(read_articles([SEEDS], workers=1))
    words._CONTENT.clear()
    words._NAMES.clear()
    fresh = build_events(articles).events  # each process working its words out
    wrong = frozenset({"nothing"})
    words.remember_words([("no such sentence", wrong)], [])  # kept, asked by nobody
    assert build_events(articles).events == fresh
    assert words.content_words("no such sentence") == wrong


def test_a_bounded_table_starts_afresh_when_full() -> None:
    table = words.OnceEach(len, most=2)
    assert [table["a"], table["bb"], table["ccc"]] == [1, 2, 3]
    assert sorted(table) == ["ccc"]
    table.remember([("dddd", 4)])  # room for one more: kept beside
    assert sorted(table) == ["ccc", "dddd"]
    table.remember([("e", 9), ("ff", 9)])  # full: a worker's answers start it afresh
    assert sorted(table.items()) == [("e", 9), ("ff", 9)]
