"""Event importance (ingest.rank); its Timeline17 Date F1 against the date-count baseline."""

from __future__ import annotations

import datetime as dt
import math
import random
import time
from pathlib import Path

import pytest

from generator.dates import PartialDate
from generator.ingest.rank import assign_importance, day_importance, reporting_dates
from generator.models import Event, SourceRef
from generator.temporal import tag
from tests.conftest import load_bench

ROOT = Path(__file__).resolve().parents[2]
T17 = ROOT.parent / "shared" / "data" / "t17" / "h1n1"


def _event(date: str, reports: list[tuple[str, str]], title: str = "x") -> Event:
    """An event cited by ``(article, reporting day)`` pairs, as the pipeline records them."""
    sources = [
        SourceRef(
            article=article,
            quote=f"{title} happened, {article} reports.",
            date_text="on Tuesday",
            date_value=date,
            date_rule=f"weekday, weekday, past tense, anchor dct {reported}",
        )
        for article, reported in reports
    ]
    return Event(id=f"{date}-{title}", title=title, date=PartialDate.parse(date), sources=sources)


def _scores(events: list[Event]) -> dict[str, float]:
    return {e.id: e.importance for e in assign_importance(events)}


def test_more_independent_sources_rank_higher() -> None:
    one = _event("2009-04-27", [("a", "2009-04-28")], "one")
    three = _event("2009-04-27", [("a", "2009-04-28"), ("b", "2009-04-28"), ("c", "2009-04-29")])
    one, three = assign_importance([one, three])
    assert three.importance > one.importance


def test_independent_articles_count_more_than_repeats_in_one_article() -> None:
    repeated = _event("2009-04-27", [("a", "2009-04-28")] * 3, "repeated")
    independent = _event("2009-04-27", [("a", "2009-04-28"), ("b", "2009-04-28")], "independent")
    single = _event("2009-04-27", [("c", "2009-04-28")], "single")
    repeated, independent, single = assign_importance([repeated, independent, single])
    assert independent.importance > repeated.importance > single.importance


def test_reports_after_the_day_count_more_than_same_day_or_ahead() -> None:
    later = _event("2009-04-27", [("a", "2009-04-28"), ("b", "2009-04-30")], "later")
    same = _event("2009-04-27", [("c", "2009-04-27"), ("d", "2009-04-27")], "same")
    ahead = _event("2009-05-06", [("e", "2009-05-04"), ("f", "2009-05-04")], "ahead")
    later, same, ahead = assign_importance([later, same, ahead])
    assert later.importance > same.importance > 0
    assert later.importance > ahead.importance > 0


def test_background_events_long_past_count_less() -> None:
    recent = _event("2009-04-20", [("a", "2009-04-28"), ("b", "2009-04-28")], "recent")
    history = _event("1918", [("c", "2009-04-28"), ("d", "2009-04-28")], "history")
    recent, history = assign_importance([recent, history])
    assert recent.importance > history.importance > 0


def test_scores_are_numbers_at_least_zero() -> None:
    events = [
        _event("2009-04-27", [("a", "2009-04-28")]),
        _event("2009-04", [("b", "2009-04-02")]),
        _event("200X", [("c", "2009-04-28")]),
        _event("2009-04-27T11:00", [("d", "2009-04-27")]),
        Event(id="no-sources", title="t", date=PartialDate.parse("2009-04-27")),
        Event(
            id="undated-rule",
            title="t",
            date=PartialDate.parse("2009-04-27"),
            sources=[SourceRef(article="e", quote="q")],
        ),
    ]
    events = assign_importance(events)
    for event in events:
        assert isinstance(event.importance, float)
        assert math.isfinite(event.importance) and event.importance >= 0
    assert events[4].importance == 0


def test_deterministic_and_independent_of_order() -> None:
    def build() -> list[Event]:
        return [
            _event(
                f"2009-04-{day:02d}", [(f"a{k}", f"2009-04-{day + k % 3:02d}") for k in range(n)]
            )
            for day, n in ((10, 1), (11, 4), (12, 2), (13, 7), (14, 3))
        ]

    first = _scores(build())
    again = _scores(build())
    shuffled = build()
    random.Random(7).shuffle(shuffled)
    assert first == again == _scores(shuffled)


def test_known_publication_dates_override_inferred_ones() -> None:
    event = _event("2009-04-27", [("a", "2009-04-27")])
    [same_day] = assign_importance([event])
    assert event.importance == 1.0  # a new event; the given one is not changed
    [later] = assign_importance([event], published={"a": PartialDate.parse("2009-04-29")})
    assert later.importance > same_day.importance


def test_reporting_date_is_the_articles_most_common_dct_anchor() -> None:
    events = [
        _event("2009-04-27", [("a", "2009-04-28")]),
        _event("2009-04-26", [("a", "2009-04-28")]),
        _event("2009-04-20", [("a", "2009-04-21")]),
    ]
    assert reporting_dates(events) == {"a": dt.date(2009, 4, 28)}


def test_tagger_rules_still_name_the_dct_anchor() -> None:
    """The inference reads ``anchor dct YYYY-MM-DD`` from rules: the tagger must keep writing it."""
    timexes = tag("Officials said yesterday that cases rose.", PartialDate.parse("2009-04-28"))
    assert any("anchor dct 2009-04-28" in t.rule for t in timexes)


def test_day_importance_sums_days_and_leaves_out_coarser_dates() -> None:
    events = [
        _event("2009-04-27", [("a", "2009-04-28")], "p"),
        _event("2009-04-27T11:00", [("b", "2009-04-28")], "q"),
        _event("2009-04", [("c", "2009-05-02")], "r"),
    ]
    events = assign_importance(events)
    days = day_importance(events)
    assert set(days) == {"2009-04-27"}
    assert days["2009-04-27"] == pytest.approx(events[0].importance + events[1].importance)


def test_date_f1_matches_tilse_definition() -> None:
    t17 = load_bench("t17_eval")
    assert t17.date_f1(["a", "b"], ["a", "b"]) == 1.0
    assert t17.date_f1([], ["a"]) == 0.0
    assert t17.date_f1(["a", "x", "y"], ["a", "b"]) == pytest.approx(
        2 * (1 / 3) * 0.5 / (1 / 3 + 0.5)
    )
    scores = {"2009-04-01": 5.0, "2009-04-02": 9.0, "2009-04-03": 9.0, "2009-05-01": 99.0}
    assert t17.top_days(scores, ("2009-04-01", "2009-04-30"), 2) == ["2009-04-02", "2009-04-03"]


@pytest.mark.skipif(
    not (T17 / "bbc" / "articles.jsonl").is_file(),
    reason=f"Timeline17 H1N1 data not found at {T17} (shared data folder absent)",
)
def test_bbc_timeline_ours_at_least_mention_count_baseline() -> None:
    t17 = load_bench("t17_eval")
    start = time.perf_counter()
    rows, _ = t17.evaluate(T17, per_outlet=True, outlets=["bbc"])
    elapsed = time.perf_counter() - start
    assert len(rows) == 1
    row = rows[0]
    assert len(row.gold.days) == 7
    assert row.ours >= row.baseline, t17.format_table(rows)
    assert elapsed < 60
