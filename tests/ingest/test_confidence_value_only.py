"""``assign_confidence`` scores without the reasons (``explain=False``), leaving out the checks
that cannot change the value: every event of the seeds and of shared corpora must get the
value the full scoring with every reason gives it."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

from generator.ingest import confidence, pipeline, read_articles
from generator.ingest.timeliness import publication_days
from generator.models import Event
from tests.conftest import SEEDS, SHARED_DATA

CORPORA = [
    SEEDS,
    SHARED_DATA / "t17" / "h1n1" / "guardian" / "articles.jsonl",
    SHARED_DATA / "t17" / "iraq" / "guardian" / "articles.jsonl",
]


@pytest.mark.parametrize("corpus", CORPORA, ids=["seeds", "h1n1-guardian", "iraq-guardian"])
def test_values_as_with_every_reason(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not corpus.exists():
        pytest.skip(f"no corpus {corpus}")
    scored: list[
        tuple[list[Event], list[Event], dict[str, confidence.ArticleLike], tuple[object, ...]]
    ] = []
    assign = pipeline.assign_confidence

    def record(
        events: Sequence[Event],
        articles: Iterable[confidence.ArticleLike],
        topic: frozenset[str] = frozenset(),
        names: frozenset[str] | None = None,
        strangers: frozenset[str] = frozenset(),
    ) -> list[Event]:
        outlets = {a.id: a for a in articles}
        result = assign(events, outlets.values(), topic, names, strangers)
        scored.append((list(events), result, outlets, (topic, names, strangers)))
        return result

    monkeypatch.setattr(pipeline, "assign_confidence", record)
    logging.disable(logging.WARNING)
    try:
        pipeline.build_events(list(read_articles([corpus])))
    finally:
        logging.disable(logging.NOTSET)
    assert scored
    lone = 0
    for events, result, outlets, (topic, names, strangers) in scored:
        days = publication_days(outlets)
        for event, done in zip(events, result, strict=True):
            full = confidence.score_confidence(
                event,
                outlets,
                topic,
                names,
                days,
                strangers,  # type: ignore[arg-type]
            )
            assert done.confidence == full.value
            lone += confidence.ONE_SOURCE in full.reasons
    assert lone
