"""The title and scoring fast paths of the twenty-sixth session answer as the plain
computations they replace do, on the seeds' events and on generated ones."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import build_events, confidence, read_articles
from generator.models import Event
from tests.conftest import SEEDS


@cache
def _seed_events() -> tuple[Event, ...]:
    """The events the seeds make (made once)."""
    logging.disable(logging.WARNING)
    try:
        return tuple(build_events(list(read_articles([SEEDS]))).events)
    finally:
        logging.disable(logging.NOTSET)


def _plain_support(
    event: Event, articles: Mapping[str, confidence.ArticleLike]
) -> tuple[float, list[str]]:
    """``_support`` as it was: every event through the dictionaries and the sort."""
    clean: dict[str, bool] = {}
    reasons: list[str] = []
    for source in event.sources:
        marker = confidence._boilerplate_marker(source.quote)
        clean[source.article] = clean.get(source.article, False) or marker is None
        if marker is not None:
            reason = f"quote looks like {marker[0]} ({marker[1]!r})"
            if reason not in reasons:
                reasons.append(reason)
    if not clean:
        return 0.0, ["no sources"]
    by_outlet: dict[str, list[float]] = {}
    for article, ok in sorted(clean.items()):
        known = articles.get(article)
        outlet = known.outlet if known is not None and known.outlet else f"article {article}"
        by_outlet.setdefault(outlet, []).append(1.0 if ok else confidence.BOILERPLATE_WEIGHT)
    support = 0.0
    for weights in by_outlet.values():
        weights.sort(reverse=True)
        support += weights[0] + confidence.SAME_OUTLET_WEIGHT * sum(weights[1:])
    if len(clean) == 1:
        reasons.insert(0, confidence.ONE_SOURCE)
    elif len(by_outlet) == 1:
        outlet = next(iter(by_outlet))
        reasons.insert(0, f"one outlet ({len(clean)} articles from {outlet})")
    return support, reasons


_QUOTES = st.sampled_from(
    [
        "Police arrested the man on Friday.",
        "Posted by John at 10:32 AM",
        "Share this article on Facebook and Twitter.",
        "Click here to watch the video.",
        "The minister resigned.",
    ]
)


def test_the_generated_quotes_have_markers() -> None:
    assert any(confidence._boilerplate_marker(q) for q in _QUOTES.elements)  # type: ignore[attr-defined]


def test_one_source_support_is_the_plain_walk_on_the_seeds() -> None:
    events = _seed_events()
    assert any(len(e.sources) == 1 for e in events)
    for event in events:
        for explain in (True, False):
            assert confidence._support(event, {}, explain=explain) == _plain_support(event, {})


@settings(max_examples=60, deadline=None)
@given(st.lists(_QUOTES, min_size=1, max_size=3), st.booleans())
def test_support_is_the_plain_walk_on_generated_sources(quotes: list[str], same: bool) -> None:
    event = _seed_events()[0]
    sources = [
        replace(event.sources[0], quote=quote, article="a" if same else f"a{k}")
        for k, quote in enumerate(quotes)
    ]
    made = replace(event, sources=sources)
    assert confidence._support(made, {}) == _plain_support(made, {})
