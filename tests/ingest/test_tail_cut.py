"""The end-of-story cut counts the story only when a marker is uncertain, as it did always."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import boilerplate, read_articles
from generator.ingest.units import Unit, word_count

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _plain_tail_cut(units: list[Unit], start: int) -> int:
    """The cut as computed before: the story's length and prose counts taken up front."""
    total = sum(word_count(u.text) for u in units[start:] if u.label is None)
    after = boilerplate._prose_after_counts(units)
    seen = 0
    for i in range(start + 1, len(units)):
        unit = units[i]
        if unit.label == "comment thread":
            return i
        if unit.label not in (None, "call to action"):
            continue
        marker = boilerplate._marker_reason(unit.text)
        if marker is not None:
            reason, certain = marker
            if certain or total - seen < 0.25 * total or after[i] < 60:
                return i
            unit.label = reason
            continue
        if unit.label is None:
            seen += word_count(unit.text)
    return len(units)


def _same_cut(units: list[Unit], start: int) -> None:
    plain = copy.deepcopy(units)
    assert boilerplate._find_tail_cut(units, start) == _plain_tail_cut(plain, start)
    assert [u.label for u in units] == [u.label for u in plain]


def _seed_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[Unit], int]]:
    calls: list[tuple[list[Unit], int]] = []
    real = boilerplate._find_tail_cut

    def recording(units: list[Unit], start: int) -> int:
        calls.append((copy.deepcopy(units), start))
        return real(units, start)

    monkeypatch.setattr(boilerplate, "_find_tail_cut", recording)
    list(read_articles([SEEDS]))
    return calls


def test_tail_cuts_of_the_seeds_are_the_plain_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _seed_calls(monkeypatch)
    monkeypatch.undo()
    assert calls
    for units, start in calls:
        _same_cut(units, start)


_LINES = st.sampled_from(
    [
        "The council met on Monday and voted to close the old bridge for repairs.",
        " ".join(["The flood waters rose again overnight across the valley."] * 3),
        "Related stories",
        "Read more",
        "Subscribe",
        "Please keep comments civil; an email address is required to post a comment.",
        "© 2020 Example News Ltd",
        "Leave a comment",
        "3 comments",
        "About the author",
        "Share this",
    ]
)
_LABELS = st.sampled_from([None, None, None, "call to action", "comment thread", "footer"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_LINES, _LABELS), min_size=1, max_size=14), st.integers(0, 3))
def test_tail_cuts_of_generated_pages_are_the_plain_ones(
    lines: list[tuple[str, str | None]], start: int
) -> None:
    units = [Unit(text, i + 1, label=label) for i, (text, label) in enumerate(lines)]
    _same_cut(units, min(start, len(units) - 1))


def test_an_uncertain_marker_amid_the_story_is_labelled_and_the_cut_comes_later() -> None:
    story = " ".join(["The flood waters rose again overnight across the valley."] * 3)
    texts = [story] * 6 + ["Related stories"] + [story] * 3 + ["3 comments", "Nice."]
    units = [Unit(text, i + 1) for i, text in enumerate(texts)]
    _same_cut(units, 0)
    assert units[6].label == "related links"
    assert boilerplate._find_tail_cut(units, 0) == 10
