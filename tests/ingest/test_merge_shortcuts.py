"""Merging's shortcuts answer as the plain computation: ``merge_mentions`` skips the count
and doer tests for a mention that gives no count or opens on no person, which must merge
exactly as when both tests run against every cluster."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import merge, pipeline, read_articles
from generator.ingest.extract import extract_mentions
from generator.ingest.figures import counts_differ, figures
from generator.models import Mention
from tests.conftest import SEEDS, SHARED_DATA
from tests.ingest.articles import article

GUARDIAN = SHARED_DATA / "t17" / "h1n1" / "guardian" / "articles.jsonl"


def _merge_inputs(corpus: Path) -> list[list[Mention]]:
    """The mentions ``build_events`` merges for ``corpus``, call by call."""
    calls: list[list[Mention]] = []
    original = pipeline.merge_mentions

    def record(mentions: Sequence[Mention]) -> list[merge.Event]:
        calls.append(list(mentions))
        return original(mentions)

    logging.disable(logging.WARNING)
    pipeline.merge_mentions = record
    try:
        pipeline.build_events(list(read_articles([corpus])))
    finally:
        pipeline.merge_mentions = original
        logging.disable(logging.NOTSET)
    return calls


def _merged_plainly(mentions: list[Mention], monkeypatch: pytest.MonkeyPatch) -> str:
    """``merge_mentions`` with both guards always passing: the tests run on every pair."""
    with monkeypatch.context() as patch:
        patch.setattr(merge, "figures", lambda sentence: frozenset({("", "")}))
        patch.setattr(merge, "doer", lambda title: "")
        return repr(merge.merge_mentions(mentions))


@pytest.mark.parametrize("corpus", [SEEDS, GUARDIAN], ids=["seeds", "h1n1-guardian"])
def test_merging_matches_the_unguarded_tests(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not corpus.exists():
        pytest.skip(f"no corpus {corpus}")
    calls = _merge_inputs(corpus)
    assert calls
    for mentions in calls:
        assert repr(merge.merge_mentions(mentions)) == _merged_plainly(mentions, monkeypatch)


_TOLLS = [
    "Mexican Health Secretary Jose Angel Cordova said on Friday that three more deaths from"
    " swine flu had been confirmed, bringing the toll to 15.",
    "Late on Friday, Health Secretary Jose Angel Cordova announced the confirmed death toll"
    " from the virus had risen by one, to 16.",
    "Health Secretary Jose Angel Cordova said on Friday that the death toll from swine flu"
    " had risen to 16.",
    "U.S. Defense Secretary Robert Gates spoke with Field Marshal Tantawi on Friday.",
    "Israeli Defense Minister Ehud Barak spoke with Field Marshal Tantawi on Friday.",
    "Field Marshal Tantawi spoke on Friday with U.S. Defense Secretary Robert Gates.",
]
"""Reports whose merging turns on the count and doer tests: two tolls, two calls."""


def test_counts_and_doers_split_as_without_the_guards(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [article(text, "2009-05-01", f"a{i}") for i, text in enumerate(_TOLLS)]
    mentions = [m for a in articles for m in extract_mentions(a)]
    merged = merge.merge_mentions(mentions)
    assert len(merged) >= 3
    assert repr(merged) == _merged_plainly(mentions, monkeypatch)


_COUNTS = st.sampled_from(
    ["611 people were injured", "639 injured", "three deaths", "17 cases", "the toll to 15", ""]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_COUNTS, max_size=3).map(" and ".join), st.lists(_COUNTS, max_size=3).map(" and ".join)
)
def test_counts_never_differ_from_a_sentence_without_a_count(one: str, other: str) -> None:
    if not figures(other) or not figures(one):
        assert not counts_differ(one, other)
