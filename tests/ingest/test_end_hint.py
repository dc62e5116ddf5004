"""The sentence-end hint (:data:`sentences._END_HINT`) refuses only paragraphs in which
:data:`sentences._SENTENCE_END` finds no end, so that a paragraph it refuses is one sentence;
and a paragraph with nothing to strip is that sentence as :func:`sentences._make_sentence`
gives it."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import read_articles, sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_PIECES = st.sampled_from(
    [
        *'He . ! ? " ” ’ ) ] [12] [x] “ ‘ ( A 9 a U.S. p.m. x \n \u2003'.split(" "),
        " ",
        "  ",
    ]
)


def _paragraphs() -> list[str]:
    """The seed articles' paragraphs."""
    return [p for article in read_articles([SEEDS]) for p in article.paragraphs]


def test_the_hint_passes_every_seed_paragraph_with_an_end() -> None:
    ended = 0
    for paragraph in _paragraphs():
        if sentences._SENTENCE_END.search(paragraph):
            assert sentences._END_HINT.may_match(paragraph)
            ended += 1
    assert ended > 5


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_hint_passes_every_generated_text_with_an_end(text: str) -> None:
    if sentences._SENTENCE_END.search(text):
        assert sentences._END_HINT.may_match(text)
    whole = sentences._make_sentence(text, 0, len(text))
    one = sentences._split_sentences.__wrapped__(text)
    if not text.strip():
        assert one == ()
    elif len(one) == 1 and one[0].text == text.strip():
        assert one == (whole,)
