"""The ingest speed bench (bench/ingest_speed.py): the build time its two-worker goal allows."""

from __future__ import annotations

import pytest

from tests.conftest import load_bench

ingest_speed = load_bench("ingest_speed")


@pytest.mark.parametrize(("one", "two"), [(2.40, 1.30), (2.03, 1.05), (2.0, 1.0), (0.9, 0.5)])
def test_the_allowed_build_gives_the_goal_exactly(one: float, two: float) -> None:
    build = ingest_speed.build_allowed(one, two)
    assert build is not None and build >= 0
    assert (one + build) / (two + build) == pytest.approx(ingest_speed.GOAL_TWO_WORKERS)
    # a longer build pulls the whole ratio under the goal, a shorter one keeps it above
    assert (one + build + 0.01) / (two + build + 0.01) < ingest_speed.GOAL_TWO_WORKERS
    assert (one + build / 2) / (two + build / 2) > ingest_speed.GOAL_TWO_WORKERS


@pytest.mark.parametrize(("one", "two"), [(2.40, 1.45), (1.0, 1.0), (1.0, 1.2)])
def test_no_build_allows_the_goal_when_reading_alone_scales_less(one: float, two: float) -> None:
    assert one / two < ingest_speed.GOAL_TWO_WORKERS
    assert ingest_speed.build_allowed(one, two) is None
