"""Word-statistics shortcuts answer as the plain computations do, on the seeds and on
generated text: an article's topic terms (:func:`topic._terms`)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import read_articles, topic

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_PLAIN_TERM = re.compile(r"[^\W\d_]{4,}")


def _plain_terms(text: str) -> frozenset[str]:
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
        plain = _plain_terms(text)
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
    assert topic.body_terms(text) == _plain_terms(text)
