"""The widget tests that count menu words and look for share words in C
(:func:`widgets._is_share_bar`, :func:`widgets._is_navigation`) answer as the plain
generator walks do, on the seeds' lines, on furniture lines and on generated lines; so does
:func:`boilerplate._marker_reason`, which tests word counts before its patterns."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import boilerplate, widgets
from generator.ingest.boilerplate_patterns import NAV_WORDS, SHARE_FILLER, SHARE_WORDS
from generator.ingest.units import ends_sentence, is_prose, word_count

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
    "About the author",
    "About the authors :",
    "ABOUT   THE\u2003AUTHOR:",
    "About the author of this book",
    "Related stories",
    "More on this story",
    "Subscribe",
    "Comments",
    "Leave a comment",
    "© 2024 The Paper Ltd",
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


def _plain_marker_reason(text: str) -> tuple[str, bool] | None:
    """:func:`boilerplate._marker_reason` with its patterns tried regardless of length."""
    n = word_count(text)
    B = boilerplate
    if n <= 8 and B.COMMENT_HEAD_RE.match(text):
        return "comment thread", True
    if n <= 8 and B.COMMENT_FORM_RE.match(text):
        return "comment form", True
    if n <= 45 and B.COMMENT_POLICY_RE.search(text):
        return "comment form", False
    if n <= 25 and B._has_copyright(text):
        return "footer", True
    if B.ABOUT_AUTHOR_RE.match(text):
        return "author bio", True
    if (
        word_count(text) <= 6
        and not is_prose(text)
        and (B.RELATED_RE.match(text) or B.SUBSCRIBE_RE.match(text))
    ):
        return "related links", False
    return None


def test_end_markers_answer_as_the_plain_walk() -> None:
    lines = _lines()
    reasons = [_plain_marker_reason(line) for line in lines]
    assert ("author bio", True) in reasons
    assert ("related links", False) in reasons
    for line, reason in zip(lines, reasons, strict=True):
        assert boilerplate._marker_reason(line) == reason, line
