"""The widget tests that count menu words and look for share words in C
(:func:`widgets._is_share_bar`, :func:`widgets._is_navigation`) answer as the plain
generator walks do, on the seeds' lines, on furniture lines and on generated lines."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import widgets
from generator.ingest.boilerplate_patterns import NAV_WORDS, SHARE_FILLER, SHARE_WORDS
from generator.ingest.units import ends_sentence

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FURNITURE = [
    "Share this article",
    "Share | Tweet | Email",
    "Share on Facebook · Share on Twitter · 12",
    "Home | News | World | Business | Sport",
    "Home About Contact",
    "Home » Sport » Football » Live",
    "Home About Contact.",
    "News World UK Opinion the very long story",
    "",
    " | ",
    "Share",
    "tweet 3 shares",
]


def _plain_share_bar(text: str) -> bool:
    """The generator walk :func:`widgets._is_share_bar` replaced."""
    tokens = [t for t in widgets._SHARE_SPLIT_RE.split(text.casefold()) if t]
    return (
        bool(tokens)
        and any(t in SHARE_WORDS for t in tokens)
        and all(t in SHARE_WORDS or t in SHARE_FILLER or t.isdigit() for t in tokens)
    )


def _plain_navigation(text: str) -> bool:
    """The generator count :func:`widgets._is_navigation` replaced."""
    tokens = [t for t in widgets._MENU_SPLIT_RE.split(text.casefold()) if t]
    if len(tokens) < 3 or ends_sentence(text):
        return False
    menu = sum(1 for t in tokens if t in NAV_WORDS)
    return menu >= 3 and menu >= 0.6 * len(tokens)


def _lines() -> list[str]:
    """Every line of every seed file, and the furniture lines above."""
    lines = list(FURNITURE)
    for path in sorted(SEEDS.glob("*.txt")):
        lines += path.read_text(encoding="utf-8").splitlines()
    return lines


def test_seed_and_furniture_lines_answer_as_the_plain_walks() -> None:
    lines = _lines()
    assert len(lines) > 100
    assert sum(map(_plain_share_bar, lines)) >= 5  # the cases exercise both answers
    assert sum(map(_plain_navigation, lines)) >= 3
    for line in lines:
        assert widgets._is_share_bar(line) == _plain_share_bar(line), line
        assert widgets._is_navigation(line) == _plain_navigation(line), line


_TOKENS = [*sorted(SHARE_WORDS | SHARE_FILLER | NAV_WORDS), "12", "Story", "said", "HOME"]
_SEPARATORS = [" ", " | ", " · ", ", ", "/", " » ", ": ", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TOKENS), st.sampled_from(_SEPARATORS)), max_size=8))
def test_generated_lines_answer_as_the_plain_walks(parts: list[tuple[str, str]]) -> None:
    line = "".join(word + sep for word, sep in parts)
    assert widgets._is_share_bar(line) == _plain_share_bar(line)
    assert widgets._is_navigation(line) == _plain_navigation(line)
