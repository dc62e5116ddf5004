"""The serial steps' shortcuts (after the workers: scoring and ranking) answer as the plain
computations they replace, on the events ``build_events`` makes of the seeds and of a shared
corpus, and on generated quotes: page furniture refused by one scan for all its markers,
importance without a counter, reporting days without the anchors a given date overrides, a
lone member titling its cluster without :func:`best_title`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.dates import PartialDate
from generator.ingest import build_events, confidence, rank, read_articles
from generator.ingest.cluster import Cluster
from generator.ingest.pipeline import read_all
from generator.ingest.titling import best_title
from generator.ingest.widgets import boilerplate_marker
from generator.models import Article, Event
from tests.conftest import SEEDS, SHARED_DATA
from tests.ingest.test_serial_counts import plain_reporting_dates

GUARDIAN = SHARED_DATA / "t17" / "h1n1" / "guardian" / "articles.jsonl"


@cache
def _built(corpus: str) -> tuple[list[Article], list[Event]]:
    """The articles of a corpus and the events built of them."""
    articles = list(read_articles([SEEDS if corpus == "seeds" else GUARDIAN]))
    return articles, build_events(articles).events


def _corpora() -> list[str]:
    return ["seeds", "guardian"] if GUARDIAN.exists() else ["seeds"]


@pytest.mark.parametrize("corpus", _corpora())
def test_markers_as_asked_one_by_one(corpus: str) -> None:
    articles, events = _built(corpus)
    quotes = [s.quote for e in events for s in e.sources]
    quotes += [p for a in articles for p in a.paragraphs]
    assert quotes
    for quote in quotes:
        assert confidence._boilerplate_marker(quote) == boilerplate_marker(quote)


_PIECES = st.sampled_from(
    [
        "| Reply",
        "|  report abuse",
        "yesterday at 4:05 pm",
        "2011, at 10:30 a.m.",
        "Posted by",
        "Log in to reply",
        "Jan 3rd, 2011 at 4:05pm",
        "RT @cnn",
        "pic.twitter.com",
        "@user_1",
        "#Egypt",
        "Updated: 12:30",
        "Read more",
        "sign up",
        "Cairo",
        "said",
        " ",
        ".",
        "x@y.z",
        "&#8220;",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=6).map("".join))
def test_markers_as_asked_one_by_one_on_generated_quotes(quote: str) -> None:
    assert confidence._boilerplate_marker(quote) == boilerplate_marker(quote)


def _plain_importance(
    events: Sequence[Event], published: Mapping[str, PartialDate | None]
) -> list[float]:
    """Each event's importance as :func:`rank.assign_importance` first worked it out (a
    counter of its articles, each one's weight from the event's date)."""
    reported = plain_reporting_dates(events, published)
    values = []
    for event in events:
        per_article = Counter(s.article for s in event.sources)
        base = 0.0
        for article in sorted(per_article):
            day = reported.get(article)
            last = event.date.last_day()
            if day is None:
                weight = rank.UNKNOWN_WEIGHT
            elif day <= last:
                weight = rank.SAME_OR_BEFORE_WEIGHT
            else:
                weight = rank.AFTER_WEIGHT / (1.0 + (day - last).days / rank.BACKGROUND_DAYS)
            base += weight
        extra = sum(per_article.values()) - len(per_article)
        values.append(round(base + rank.EXTRA_MENTION * extra, 2))
    return values


@pytest.mark.parametrize("corpus", _corpora())
def test_importance_as_first_worked_out(corpus: str) -> None:
    articles, events = _built(corpus)
    cited = sorted({s.article for e in events for s in e.sources})
    # some articles' days given (a few of them only to the month), the others from anchors
    published = {a.id: a.published for a in articles if a.id in cited[::2]}
    published.update({a: PartialDate(2009, 4) for a in cited[1::5]})
    for days in (published, {}):
        assert rank.reporting_dates(events, days) == plain_reporting_dates(events, days)
        ranked = rank.assign_importance(events, days)
        assert [e.importance for e in ranked] == _plain_importance(events, days)
    assert any(e.importance for e in rank.assign_importance(events, published))


@pytest.mark.parametrize("corpus", _corpora())
def test_a_lone_member_titles_its_cluster_as_best_title_finds(corpus: str) -> None:
    articles, _ = _built(corpus)
    mentions = [m for reading in read_all(articles, workers=1) for m in reading.mentions]
    mentions += [replace(m, in_passing=not m.in_passing) for m in mentions]
    assert mentions
    for mention in mentions:
        lone = Cluster(mentions=[mention])
        for status in ("occurred", "scheduled"):
            assert best_title([mention], status) is mention
        assert lone.titled() is best_title([mention], lone.status())
