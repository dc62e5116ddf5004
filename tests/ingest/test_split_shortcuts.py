"""Sentence splitting's shortcuts answer as the plain computation does, on the seeds and on
generated text: a one-sentence paragraph skips the scans that would find nothing, and a
sentence is trimmed by ``str.strip`` instead of a loop over its characters."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import read_articles, sentences
from generator.ingest.context import Sentence
from generator.ingest.sentences import (
    _ABBREVIATIONS,
    _GLUED,
    _INITIAL,
    _ITEM_START,
    _SENTENCE_END,
    _ZONE_NEXT,
    _lowercase_before,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

_PIECES = st.sampled_from(
    [
        *' . ! ? : - – ” " ) ] [1] , ; \n \t \u2003 \u00a0'.split(" "),
        " ",
        "  ",
        "1946",
        "2011",
        "19",
        "On",
        "In",
        "Jan",
        "The",
        "It",
        "the",
        "protest",
        "a.m.",
        "EST",
        "Columbus E.",
        "U.S.",
        "é",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


def _plain_sentence(paragraph: str, start: int, end: int) -> Sentence:
    """The trimming as it was: a loop over the characters at each end."""
    while start < end and paragraph[start].isspace():
        start += 1
    while end > start and paragraph[end - 1].isspace():
        end -= 1
    return Sentence(paragraph[start:end], start, end)


def _plain_split(paragraph: str) -> tuple[Sentence, ...]:
    """The split as it was: every scan run on every paragraph (no RE2 hint, no shortcut)."""
    found = []
    start = 0
    glued = [m.start() for m in _GLUED.finditer(paragraph)]
    glued = [end for end in glued if _lowercase_before(paragraph, end)][::-1]
    ends = [m.end() for m in _SENTENCE_END.finditer(paragraph)]
    items = [m.start() for m in _ITEM_START.finditer(paragraph)]
    for end in sorted(ends + items):
        while glued and glued[-1] < end:
            found.append(_plain_sentence(paragraph, start, glued[-1]))
            start = glued.pop()
        if paragraph.endswith(_ABBREVIATIONS, start, end) and not paragraph.endswith(
            "p.m.", start, end
        ):
            continue
        if paragraph.endswith(("a.m.", "p.m."), start, end) and _ZONE_NEXT.match(paragraph, end):
            continue
        if _INITIAL.search(paragraph, max(start, end - 40), end):
            continue
        if not paragraph[start:end].isspace():
            found.append(_plain_sentence(paragraph, start, end))
        start = end
    for end in reversed(glued):
        found.append(_plain_sentence(paragraph, start, end))
        start = end
    if paragraph[start:].strip():
        found.append(_plain_sentence(paragraph, start, len(paragraph)))
    return tuple(found)


def _split(paragraph: str) -> tuple[Sentence, ...]:
    return sentences._split_sentences.__wrapped__(paragraph)


def test_split_matches_the_plain_computation_on_the_seeds() -> None:
    paragraphs = [p for article in read_articles([SEEDS]) for p in article.paragraphs]
    paragraphs += [
        "He left in May 1945 1946: Churchill spoke. Bombs fell 1950 - Peace came",
        "Dr Murray denies any wrongdoing On 8 February, 2010, Dr Murray appeared in court",
        "  \u2003 ",
        "",
        " One sentence only, padded. \n",
    ]
    many = 0
    for paragraph in paragraphs:
        split = _split(paragraph)
        assert split == _plain_split(paragraph)
        many += len(split) > 1
    assert many > 5  # the seeds have paragraphs of several sentences: both paths are run


@settings(max_examples=800, deadline=None)
@given(_TEXTS)
def test_split_matches_the_plain_computation_on_generated_text(text: str) -> None:
    assert _split(text) == _plain_split(text)


@settings(max_examples=800, deadline=None)
@given(_TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_trimming_matches_the_character_loop(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    assert sentences._make_sentence(text, start, end) == _plain_sentence(text, start, end)
