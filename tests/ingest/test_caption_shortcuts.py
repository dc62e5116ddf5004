"""A caption's shortcut answers as the whole test does: :func:`captions.is_present_caption`
passes over a sentence with no picture's verb anywhere before stripping it."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import captions, read_articles
from generator.ingest.page_text import strip_page_text
from generator.ingest.sentences import split_sentences
from generator.ingest.verbs import is_verb

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _plain_present_caption(text: str) -> bool:
    """:func:`captions.is_present_caption` stripping every sentence, as it did."""
    words = strip_page_text(text, None).split()
    if not words or len(words) > captions._CAPTION_WORDS or not words[0][:1].isupper():
        return False
    verb = next(
        (i for i, w in enumerate(words[1:9], start=1) if captions._POSING.fullmatch(w.strip(",."))),
        None,
    )
    if verb is None or any(
        w.endswith(",") or w in captions._SUBJECT_BREAKS or is_verb(w) for w in words[:verb]
    ):
        return False
    return not captions._NOT_A_CAPTION.search(" ".join(words))


_CAPTIONS = [
    "Iranian President Mahmoud Ahmadinejad gestures during a rally on February 11",
    "Egyptians protest in Tahrir Square during a demonstration Monday",
    "February 13, 2011 | From Hada Messia, CNN Protesters gather in Cairo on Friday",
    "Protesters gather outside the embassy CAIRO | Wed",
]


def test_captions_of_the_seeds_are_the_plain_test() -> None:
    sentences = [
        s.text
        for article in read_articles([SEEDS])
        for p in article.paragraphs
        for s in split_sentences(p)
    ]
    texts = sentences + _CAPTIONS
    found = [captions.is_present_caption(t) for t in texts]
    assert found == [_plain_present_caption(t) for t in texts]
    assert sum(found) >= 3


_PIECES = st.sampled_from(
    ["Protesters", "gather", "gest", "ures", "CAIRO", "|", "Wed", "(AP)", "on", "Friday", "x", ","]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12), st.sampled_from([" ", "", "\n"]))
def test_captions_of_generated_text_are_the_plain_test(pieces: list[str], space: str) -> None:
    text = space.join(pieces)
    assert captions.is_present_caption(text) == _plain_present_caption(text)
