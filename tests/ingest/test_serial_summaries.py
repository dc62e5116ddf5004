"""The serial steps' summaries and other fast paths answer as the plain computations they
replace, on the events ``build_events`` makes of the seeds: a summary's date made explicit
from its expression's form worked out once, the summary's words split only when another
article's report may be added, a cluster's status found by a plain loop, and the signature
of an event whose title names no happening left empty, and a sentence without copies passed
over when copies agree on a date."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

import pytest

from generator.dates import PartialDate
from generator.ingest import merge, pipeline, read_articles, summary
from generator.ingest.cluster import Cluster
from generator.ingest.page_text import strip_page_text
from generator.ingest.pipeline import TITLE_HEAD_WORDS
from generator.ingest.words import EVENT_NOUNS, content_words, name_words
from generator.models import Event, Mention
from tests.conftest import SEEDS


def _plain_with_date(sentence: str, said: str, date: PartialDate) -> str:
    """:func:`summary.with_date` as it was: the expression's words split for each sentence."""
    human = date.human().removeprefix("c. ")
    index = sentence.find(said)

    def words(text: str) -> set[str]:
        return {w.strip(",.").casefold() for w in text.split()} - {""}

    if index < 0 or words(human) <= words(said):
        return sentence
    end = index + len(said)
    lead = re.match(r"(?i)(?:in|on|at|by|since|during|until|from|the)\s+", said)
    core = said[lead.end() :] if lead else said
    if words(core) <= words(human):
        return f"{sentence[: end - len(core)]}{human}{sentence[end:]}"
    owner = re.match(r"[’']s\s+\w+", sentence[end:])
    end += owner.end() if owner else 0
    return f"{sentence[:end]} ({human}){sentence[end:]}"


def _plain_summary(mention: Mention, others: Sequence[Mention]) -> str:
    """:func:`summary.event_summary` as it was: the summary's words split first."""
    said = mention.timex.text
    sentence = strip_page_text(mention.sentence, said)
    text = _plain_with_date(sentence, said, mention.date)
    title = content_words(mention.title)
    added = content_words(sentence) - title - content_words(said)
    if len(added) >= summary.SUMMARY_NEW_WORDS:
        return text
    if mention.following:
        return f"{text} {mention.following}"
    if mention.preceding:
        return f"{mention.preceding} {text}"
    told = content_words(text)
    best, most = "", summary.SUMMARY_NEW_WORDS - 1
    for other in others:
        if other.article_id == mention.article_id or other.names:
            continue
        words = content_words(other.sentence)
        new = len(words - told - content_words(other.timex.text))
        if len(words & title) >= 2 and new > most:
            best, most = strip_page_text(other.sentence, other.timex.text), new
    return f"{text} {best}" if best else text


@pytest.fixture(scope="module")
def made() -> Iterator[list[tuple[Cluster, Event]]]:
    """Each event ``build_events`` makes of the seeds, with its cluster."""
    events: list[tuple[Cluster, Event]] = []
    make_event = merge._make_event

    def record(cluster: Cluster) -> Event:
        event = make_event(cluster)
        events.append((cluster, event))
        return event

    logging.disable(logging.WARNING)
    patch = pytest.MonkeyPatch()
    patch.setattr(merge, "_make_event", record)
    try:
        pipeline.build_events(list(read_articles([SEEDS])))
    finally:
        patch.undo()
        logging.disable(logging.NOTSET)
    assert events
    yield events


def test_summaries_as_splitting_each_expression(made: list[tuple[Cluster, Event]]) -> None:
    asked = 0
    for cluster, event in made:
        titled = cluster.titled()
        assert event.summary == _plain_summary(titled, cluster.mentions)
        for mention in cluster.mentions:  # every member's sentence, as a title's would be
            said = mention.timex.text
            assert summary.with_date(mention.sentence, said, mention.date) == _plain_with_date(
                mention.sentence, said, mention.date
            )
            asked += 1
    assert asked > len(made) // 2


@pytest.mark.parametrize(
    ("sentence", "said", "date"),
    [
        ("In October, the council met.", "In October", PartialDate(2025, 10)),
        ("The quake struck on Tuesday.", "on Tuesday", PartialDate(2010, 1, 12)),
        ("Friday’s exchange was calm.", "Friday", PartialDate(2026, 1, 30)),
        ("On 12 January 2010, it struck.", "On 12 January 2010", PartialDate(2010, 1, 12)),
        ("It was said in the 1990s.", "in the 1990s", PartialDate(1990, decade=True)),
        ("About October, they met.", "About October", PartialDate(2025, 10, approximate=True)),
        ("Nothing dated here.", "on Monday", PartialDate(2025, 10, 6)),
    ],
)
def test_with_date_as_splitting_each_expression(
    sentence: str, said: str, date: PartialDate
) -> None:
    assert summary.with_date(sentence, said, date) == _plain_with_date(sentence, said, date)


def test_status_as_any_member_past(made: list[tuple[Cluster, Event]]) -> None:
    statuses = set()
    for cluster, event in made:
        plain = "occurred" if any(m.status == "occurred" for m in cluster.mentions) else "scheduled"
        assert cluster.status() == plain == event.status
        statuses.add(plain)
    assert statuses == {"occurred", "scheduled"}


def _plain_signature(event: Event, common: frozenset[str]) -> tuple[frozenset[str], ...]:
    """:func:`pipeline._signature` as it was, each part worked out for every event."""
    words: set[str] = set(content_words(event.title))
    for source in event.sources:
        words |= content_words(source.quote)
    head = content_words(" ".join(event.title.split()[:TITLE_HEAD_WORDS]))
    nouns = frozenset(head & EVENT_NOUNS)
    title = frozenset(content_words(event.title.replace("-", " ")) - common - nouns)
    actors = frozenset(name_words(event.title) - common)
    return nouns, frozenset(words - common), title, actors


def test_signatures_as_worked_out_whole(made: list[tuple[Cluster, Event]]) -> None:
    common = frozenset({"said", "people"})
    empty = 0
    for _, event in made:
        plain = _plain_signature(event, common)
        fast = pipeline._signature(event, common)
        assert fast.nouns == plain[0]  # what matching asks first
        if content_words(event.title).isdisjoint(EVENT_NOUNS):  # matched by no sentence
            assert not fast.words and not fast.title and not fast.actors
            empty += 1
            continue
        assert (fast.nouns, fast.words, fast.title, fast.actors) == plain
        assert fast.title_text == event.title
    assert 0 < empty < len(made)


def _plain_agreed(mentions: Sequence[Mention]) -> list[Mention]:
    """:func:`pipeline.agree_on_copies` as it was: every sentence's dates ranked."""
    copies: dict[tuple[str, str], list[int]] = {}
    for index, mention in enumerate(mentions):
        copies.setdefault((mention.sentence, mention.timex.text), []).append(index)
    agreed = list(mentions)
    for indexes in copies.values():
        by_date: dict[PartialDate, set[str]] = {}
        for index in indexes:
            by_date.setdefault(mentions[index].date, set()).add(mentions[index].article_id)
        ranked = sorted(by_date.items(), key=lambda item: len(item[1]), reverse=True)
        if len(ranked) < 2 or len(ranked[0][1]) == len(ranked[1][1]):
            continue
        date = ranked[0][0]
        model = next(mentions[i] for i in indexes if mentions[i].date == date)
        for index in indexes:
            if mentions[index].date != date:
                agreed[index] = replace(mentions[index], date=date, status=model.status)
    return agreed


def test_copies_agreed_as_ranking_every_sentence(made: list[tuple[Cluster, Event]]) -> None:
    mentions = [m for cluster, _ in made for m in cluster.mentions]
    assert pipeline.agree_on_copies(mentions) == _plain_agreed(mentions)
    first = mentions[0]  # a sentence copied in three articles, two dating it alike
    other = replace(first, date=PartialDate(1999, 1, 1))
    copies = [
        first,
        replace(first, article_id="copy-1"),
        replace(other, article_id="copy-2"),
        *mentions[1:],
    ]
    agreed = pipeline.agree_on_copies(copies)
    assert agreed == _plain_agreed(copies)
    assert agreed[2].date == first.date
