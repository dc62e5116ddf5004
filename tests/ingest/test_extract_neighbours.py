"""Extraction asks a dated sentence's neighbours only once it has made a mention, and passes
over a sentence none of whose expressions dates an event before asking its bar: the
mentions are those of the plain walk, which asked both of every dated sentence."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

import pytest

from generator.ingest import extract, read_articles
from generator.ingest.barred import bars
from generator.ingest.context import (
    Paragraph,
    after_paragraph,
    following_sentence,
    preceding_sentence,
    slice_timexes,
)
from generator.ingest.definites import with_specific_referents
from generator.ingest.names import with_full_names
from generator.ingest.recalled import with_chronology_years, with_recalled_years
from generator.ingest.sentences import split_sentences
from generator.models import Article, Mention
from generator.temporal import tag
from tests.conftest import SEEDS, SHARED_DATA

CORPORA = [
    SEEDS,
    SHARED_DATA / "t17" / "h1n1" / "guardian" / "articles.jsonl",
    SHARED_DATA / "t17" / "mj" / "bbc" / "articles.jsonl",
]


def _given(pair: tuple[str, str]) -> tuple[str, str]:
    """The neighbours worked out before they were asked for."""
    return pair


def _plain_mentions(article: Article, vague_anchor: bool = False) -> list[Mention]:
    """:func:`~generator.ingest.extract.extract_mentions` as it walked before: every
    sentence with an expression asked its bar, every dated one its neighbours."""
    if extract.is_schedule(article):
        return []
    if not vague_anchor and extract.lists_other_stories(article):
        vague_anchor = True
    mentions: list[Mention] = []
    waiting = 0
    last: Paragraph | None = None
    story_day = None
    written = None
    for number, paragraph in enumerate(article.paragraphs):
        anchor = article.anchor_of(number)
        timexes = tag(paragraph, anchor, story_day if anchor == written else None)
        story_day, written = extract._last_day(timexes), anchor
        starts = [t.start for t in timexes]
        frame = None
        sentences = split_sentences(paragraph)
        barred = bars(sentences)
        if waiting and sentences:
            before = mentions[-1].sentence
            following = following_sentence(
                sentences[0], timexes, starts, before, partial(barred, 0)
            )
            if following:
                mentions[-waiting:] = [replace(m, following=following) for m in mentions[-waiting:]]
        waiting = 0
        for index, sentence in enumerate(sentences if timexes else ()):
            inside = slice_timexes(timexes, starts, sentence)
            if not inside and frame is None:
                continue
            if barred(index):
                frame = None
                continue
            inside = [
                t
                for t in inside
                if not extract._orphan_anaphor(t, timexes)
                and not extract._classifying_year(paragraph, t)
                and not extract._quoted_or_stamp(paragraph, sentence, t)
            ]
            if vague_anchor:
                inside = [t for t in inside if not extract._day_from_anchor(t)]
            if frame is not None and not any(extract._event_date(t) for t in inside):
                mentions.extend(
                    extract._framed_mention(article, anchor, paragraph, frame, sentence)
                )
                frame = None
                continue
            frame = extract._framing(sentence, inside)
            if frame is not None or len(sentence.text.split()) < extract._MIN_WORDS:
                continue
            following = (
                following_sentence(
                    sentences[index + 1], timexes, starts, sentence.text, partial(barred, index + 1)
                )
                if inside and index + 1 < len(sentences)
                else ""
            )
            if not inside:
                preceding = ""
            elif index:
                previous = (sentences[index - 1], timexes, starts)
                preceding = preceding_sentence(previous, sentence.text, partial(barred, index - 1))
            else:
                preceding = after_paragraph(last, sentence.text)
            pair = partial(_given, (following, preceding))
            found = list(extract._mentions_of_sentence(article, anchor, sentence, inside, pair))
            if found and len(sentences) == 1:
                waiting = len(found)
            mentions.extend(found)
        last = (sentences, timexes, starts, barred)
    dated = with_chronology_years(with_recalled_years(mentions))
    return with_specific_referents(article.paragraphs, with_full_names(article.paragraphs, dated))


@pytest.mark.parametrize("corpus", CORPORA, ids=["seeds", "h1n1-guardian", "mj-bbc"])
@pytest.mark.parametrize("vague_anchor", [False, True])
def test_mentions_are_the_plain_walks(corpus: Path, vague_anchor: bool) -> None:
    if not corpus.exists():
        pytest.skip(f"no corpus {corpus}")
    articles = list(read_articles([corpus]))
    made = 0
    for article in articles:
        expected = _plain_mentions(article, vague_anchor)
        assert extract.extract_mentions(article, vague_anchor=vague_anchor) == expected
        made += len(expected)
    assert made > 10


def test_neighbours_are_asked_once_and_only_for_a_mention(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sentence that makes no mention never asks its neighbours; one that makes several
    asks once."""
    articles = list(read_articles([SEEDS]))
    asked: list[tuple[int, int]] = []  # (mentions the sentence made, times it asked)
    real = extract._mentions_of_sentence

    def counted(*args: object) -> list[Mention]:
        *head, neighbours = args
        calls = 0

        def counting() -> tuple[str, str]:
            nonlocal calls
            calls += 1
            return neighbours()  # type: ignore[operator, no-any-return]

        found = list(real(*head, counting))  # type: ignore[arg-type]
        asked.append((len(found), calls))
        return found

    monkeypatch.setattr(extract, "_mentions_of_sentence", counted)
    for article in articles:
        extract.extract_mentions(article)
    assert any(made == 0 for made, _ in asked) and any(made > 1 for made, _ in asked)
    assert all(calls == min(made, 1) for made, calls in asked)
