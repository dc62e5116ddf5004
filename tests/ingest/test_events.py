"""Events from the seed articles: the happenings a reader expects, dated and merged."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from generator.dates import PartialDate
from generator.ingest import pipeline
from generator.ingest.entities import annotate_events
from generator.ingest.pipeline import build_events
from generator.ingest.read import read_articles
from generator.models import DEFAULT_MIN_CONFIDENCE, Article, Event
from generator.store.vocab import load_vocabulary
from tests.conftest import ROOT, SEEDS, load_bench


@pytest.fixture(scope="module")
def events() -> list[Event]:
    found = build_events(list(read_articles([SEEDS]))).events
    return annotate_events(found, load_vocabulary(ROOT / "content"))


def _find(events: list[Event], date: str, pattern: str) -> Event:
    matches = [
        e
        for e in events
        if e.date.edtf() == date
        and re.search(pattern, " ".join([e.title, *(s.quote for s in e.sources)]), re.I)
    ]
    assert len(matches) == 1, (
        f"one event on {date} matching {pattern!r}: {[e.title for e in events]}"
    )
    return matches[0]


@pytest.mark.parametrize(
    ("date", "pattern", "status", "min_sources"),
    [
        ("2026-02-03", r"White House", "occurred", 4),
        ("2026-01-07", r"phone call", "occurred", 2),
        ("2026-01", r"Maduro", "occurred", 1),
        ("2025-10", r"sanctioned Petro", "occurred", 1),
        ("2015", r"suspended", "occurred", 1),
        ("199X", r"demobilised", "occurred", 1),
        ("2022", r"elected", "occurred", 1),
        ("2026-08", r"term ends", "scheduled", 1),
        ("2026-05-31", r"presidential election", "scheduled", 1),
        ("2026-02-02", r"tone had changed", "occurred", 1),
        ("2026-01", r"mooted military action", "occurred", 1),
    ],
)
def test_seeds_give_the_expected_events(
    events: list[Event], date: str, pattern: str, status: str, min_sources: int
) -> None:
    event = _find(events, date, pattern)
    assert event.status == status
    assert not event.held_back(DEFAULT_MIN_CONFIDENCE)  # background too: five articles
    assert len({s.article for s in event.sources}) >= min_sources
    assert PartialDate.parse(date).precision == event.date.precision


def test_merged_events_cite_less_precise_sources(events: list[Event]) -> None:
    call = _find(events, "2026-01-07", r"phone call")
    assert {"7 January", "January"} <= {s.date_text for s in call.sources}
    meeting = _find(events, "2026-02-03", r"White House")
    assert len({s.article for s in meeting.sources}) == 5


def test_no_event_comes_from_the_verb_may(events: list[Event]) -> None:
    for event in events:
        for source in event.sources:
            assert (
                source.date_text is None
                or source.date_text.lower() != "may"
                or re.search(r"\bin May\b", source.quote)
            ), source


def test_every_quote_is_verbatim_article_text(events: list[Event]) -> None:
    bodies = {a.id: re.sub(r"\s+", " ", a.body) for a in read_articles([SEEDS])}
    for event in events:
        for source in event.sources:
            assert source.quote in bodies[source.article], source.quote


def test_entities_and_tags_come_from_the_vocabularies(events: list[Event]) -> None:
    meeting = _find(events, "2026-02-03", r"White House")
    assert {"Donald Trump", "Gustavo Petro"} <= set(meeting.entities)
    assert "diplomacy" in meeting.tags


def test_events_are_deterministic() -> None:
    first = build_events(list(read_articles([SEEDS]))).events
    second = build_events(list(read_articles([SEEDS]))).events
    assert [(e.id, e.date, e.title, e.sources) for e in first] == [
        (e.id, e.date, e.title, e.sources) for e in second
    ]


def _article(id_: str, published: str, *paragraphs: str) -> Article:
    return Article(
        id=id_,
        path=f"{id_}.txt",
        published=PartialDate.parse(published),
        paragraphs=list(paragraphs),
    )


def test_different_happenings_on_the_same_day_stay_apart() -> None:
    articles = [
        _article(
            "a1",
            "2026-03-05",
            "The central bank raised interest rates by half a point on Tuesday, citing inflation.",
            "Separately, a magnitude 6 earthquake struck the northern province on Tuesday, "
            "damaging hundreds of homes.",
        ),
        _article(
            "a2",
            "2026-03-04",
            "An earthquake struck the northern province on Tuesday, damaging homes and roads.",
        ),
    ]
    events = build_events(articles).events
    tuesday = [e for e in events if e.date.edtf() == "2026-03-03"]
    assert len(tuesday) == 2, [e.title for e in events]
    quake = next(e for e in tuesday if "earthquake" in e.summary)
    assert {s.article for s in quake.sources} == {"a1", "a2"}


def test_sources_that_disagree_on_the_day_make_one_event_with_a_conflict() -> None:
    articles = [
        _article(
            "wire",
            "2026-03-04",
            "The two presidents held a summit in Geneva on Monday to discuss the border dispute.",
        ),
        _article(
            "paper",
            "2026-03-05",
            "The two presidents held a summit in Geneva on Tuesday to discuss the border dispute.",
        ),
        _article(
            "blog",
            "2026-03-06",
            "The two presidents held their summit in Geneva on Monday to settle the dispute.",
        ),
    ]
    events = build_events(articles).events
    summits = [e for e in events if "summit" in e.summary]
    assert len(summits) == 1, [(e.date.edtf(), e.title) for e in events]
    summit = summits[0]
    assert summit.date.edtf() == "2026-03-02"
    assert {s.article for s in summit.sources} == {"wire", "paper", "blog"}
    assert summit.conflicts == ["paper dates it 2026-03-03 (“Tuesday”), not 2026-03-02"]


def _vague_meeting_articles(*meetings: str) -> list[Article]:
    return [
        _article("wire", "2026-03-02", *meetings),
        _article("later", "2026-03-20", "The February meeting changed little, critics said."),
    ]


def test_a_vaguer_mention_joins_the_one_event_its_noun_names() -> None:
    articles = _vague_meeting_articles(
        "The foreign ministers held a meeting in Lisbon on 12 February to discuss fishing quotas."
    )
    events = build_events(articles).events
    meetings = [e for e in events if "meeting" in e.summary.lower()]
    assert len(meetings) == 1, [(e.date.edtf(), e.title) for e in events]
    assert {s.article for s in meetings[0].sources} == {"wire", "later"}


def test_a_vaguer_mention_naming_two_events_joins_neither() -> None:
    articles = _vague_meeting_articles(
        "The foreign ministers held a meeting in Lisbon on 12 February to discuss fishing quotas.",
        "The union leaders held a meeting in Porto on 20 February about pension reform.",
    )
    events = build_events(articles).events
    cited = {e.date.edtf(): {s.article for s in e.sources} for e in events}
    assert cited == {"2026-02-12": {"wire"}, "2026-02-20": {"wire"}, "2026-02": {"later"}}, [
        (e.date.edtf(), e.title) for e in events
    ]


def test_an_undated_sentence_corroborates_an_event_only_soon_after_it() -> None:
    """Written days after the quake, a sentence about it reports it; written three months
    later, the same sentence recalls it as background to other news."""
    recalled = (
        "The powerful earthquake that struck the island of Samos destroyed hundreds of houses."
    )
    articles = [
        _article(
            "wire", "2026-02-13", "A powerful earthquake struck the island of Samos on 12 February."
        ),
        _article("soon", "2026-02-15", recalled),
        _article("late", "2026-05-15", recalled),
    ]
    (quake,) = build_events(articles).events
    assert sorted(s.article for s in quake.sources) == ["soon", "wire"]


def test_an_undated_sentence_corroborates_a_statement_only_with_what_was_said() -> None:
    """Round 39: "Wael Ghonim told CNN the real heroes of the revolution are the young
    Egyptians" took four undated sentences that only name him (his interview after prison,
    "protest talisman Wael Ghonim"). A sentence telling what he said corroborates it."""
    articles = [
        _article(
            "live",
            "2011-02-11",
            "Protest leader Wael Ghonim told CNN on Friday the real heroes of the revolution are "
            "the young Egyptians in Tahrir Square.",
        ),
        _article("later", "2011-02-12", "Protest leader Wael Ghonim thanked his family."),
        _article(
            "again",
            "2011-02-13",
            "Wael Ghonim said the real heroes of the protest were the young Egyptians.",
        ),
    ]
    (statement,) = build_events(articles).events
    assert sorted(s.article for s in statement.sources) == ["again", "live"]


def test_corroboration_counts_only_the_days_an_article_may_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over a story told for many months, each undated sentence is compared only with the
    events of the days up to two weeks before its article (the others would be refused):
    the same sources as comparing it with every event, with far fewer counted."""
    corpus = tmp_path / "story.jsonl"
    load_bench("corpus").write_corpus(400, corpus, seed=11)
    articles = list(read_articles([corpus]))
    counted: list[int] = []
    shared = pipeline._SignatureIndex._shared

    def counting(
        index: pipeline._SignatureIndex, words: frozenset[str], published: PartialDate | None
    ) -> Counter[str]:
        found = shared(index, words, published)
        counted.append(len(found))
        return found

    monkeypatch.setattr(pipeline._SignatureIndex, "_shared", counting)
    by_day = build_events(articles).events
    in_window = sum(counted)
    counted.clear()
    monkeypatch.setattr(
        pipeline._SignatureIndex,
        "_shared",
        lambda index, words, published: counting(index, words, None),
    )
    every = build_events(articles).events
    assert by_day == every
    assert sum(len(e.sources) for e in every) > len(every)  # sentences did corroborate
    assert in_window * 4 < sum(counted)  # and most events were never counted
