"""A noun's window of tokens (``definites._window_tokens``) is the one a plain scan of
every token of the window finds, on the seeds and on generated text."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import definites, read_articles

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _plain(text: str, first: int, last: int, start: int, end: int) -> tuple[list[str], int] | None:
    """Every token of the window read one by one, as ``_window`` did."""
    tokens: list[str] = []
    i = -1
    for token in definites._TOKEN.finditer(text, first, last):
        if token.end() == end and token.start() <= start:
            i = len(tokens)
        tokens.append(token.group())
    return None if i < 0 else (tokens, i)


def _check(text: str, head: str) -> int:
    """Compare both at each place of ``head`` in ``text``, over windows from 0 and from
    each white space before it; how many found a token."""
    found = 0
    for place in re.finditer(re.escape(head), text):
        start, end = place.span()
        firsts = [0, *[m.start() for m in re.finditer(r"\s", text[:start])][-3:]]
        for first in firsts:
            for last in (end, min(len(text), end + 30), len(text)):
                new = definites._window_tokens(text, first, last, start, end)
                assert new == _plain(text, first, last, start, end), (text, head, first, last)
                found += new is not None
    return found


def test_window_tokens_are_the_plain_scans_on_the_seeds() -> None:
    found = 0
    for article in read_articles([SEEDS]):
        text = "\n".join(article.paragraphs)
        for head in ("the", "virus", "quake", "government", "s", "ion", "said"):
            found += _check(text, head)
    assert found > 100


_PIECES = st.sampled_from(
    [
        " ",
        "\n",
        "\t",
        "\u00a0",
        "virus",
        "viruses",
        "H1N1",
        "(",
        ")",
        ",",
        "10,000",
        "’s",
        "'",
        ".",
        "-",
        "“",
        "the",
        "quake",
        "earthquake",
        "_",
        "é",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_window_tokens_are_the_plain_scans_on_generated_text(text: str) -> None:
    for head in ("virus", "quake", "s"):
        _check(text, head)
