"""The serial steps' fast paths answer as the plain computations they replace, on the mentions
``build_events`` merges (the seeds and a shared corpus): counts refused for want of a counted word,
name pairs found from their capital, the story's full names read once a sentence, an event of
one report made without sorting its sources, words counted up to the repeat's least, and the
candidate titles at an event's date told by their precision."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.dates import Precision
from generator.ids import event_id
from generator.ingest import figures, merge, pipeline, protagonists, read_articles, titling
from generator.ingest.cluster import Cluster
from generator.ingest.definites import specific_title
from generator.ingest.summary import event_summary
from generator.ingest.words import EVENT_NOUNS, content_words
from generator.models import Event, Mention, SourceRef
from tests.conftest import SEEDS, SHARED_DATA

GUARDIAN = SHARED_DATA / "t17" / "h1n1" / "guardian" / "articles.jsonl"

_PLAIN_COUNT = re.compile(figures._COUNT.pattern, figures._COUNT.flags)
_PLAIN_TOTAL = re.compile(figures._TOTAL.pattern, figures._TOTAL.flags)
_PLAIN_NAME_PAIR = re.compile(r"\b([A-Z][\w'’-]+)\s+(?=([A-Z][\w'’-]+))")
""":data:`protagonists._NAME_PAIR` as it was, opening on ``\\b``."""


def _plain_figures(sentence: str) -> frozenset[tuple[str, str]]:
    """:func:`figures.figures` with ``re`` alone."""
    found = {
        (figures._KINDS[m.group(2).casefold()], figures._figure(m.group(1)))
        for m in _PLAIN_COUNT.finditer(sentence)
    }
    found |= {
        (m.group(1).casefold(), figures._figure(m.group(2)))
        for m in _PLAIN_TOTAL.finditer(sentence)
    }
    return frozenset(found)


def _plain_full_names(
    mentions: Sequence[Mention], story: frozenset[str], counts: Mapping[str, int]
) -> frozenset[str]:
    """:func:`protagonists._full_names` as it was: every mention's every pair."""
    beside: dict[str, set[str]] = {}
    for mention in mentions:
        for match in _PLAIN_NAME_PAIR.finditer(mention.sentence):
            first, second = (content_words(w) for w in match.groups())
            for word, other in ((first, second), (second, first)):
                if other & story:
                    for part in word - story:
                        beside.setdefault(part, set()).add(mention.article_id)
    return frozenset(w for w, seen in beside.items() if len(seen) * 2 > counts.get(w, 0) > 0)


def _plain_event(cluster: Cluster) -> Event:
    """:func:`merge._make_event` as it was: every event's reports sorted and checked."""
    head = cluster.mentions[0]
    sources: list[SourceRef] = []
    seen: set[tuple[str, str]] = set()
    every = cluster.mentions + cluster.conflicting
    reports = [m for m in every if not m.in_passing] or every
    quoted: set[str] = set()
    for mention in sorted(reports, key=lambda m: (m.article_id, m.timex.start)):
        key = (mention.article_id, mention.sentence)
        same = " ".join(mention.sentence.split()).casefold()
        if key in seen or same in quoted:
            continue
        seen.add(key)
        quoted.add(same)
        sources.append(
            SourceRef(
                article=mention.article_id,
                quote=mention.sentence,
                date_text=mention.timex.text,
                date_value=mention.date.edtf(),
                date_rule=mention.timex.rule,
            )
        )
    titled = cluster.titled()
    title = specific_title(titled.title, titled.referents)
    date = merge._cluster_date(cluster)
    conflicts = [
        f"{m.article_id} dates it {m.date.edtf()} (“{m.timex.text}”), not {head.date.edtf()}"
        for m in sorted(cluster.conflicting, key=lambda m: (m.article_id, m.timex.start))
    ]
    return Event(
        id=event_id(date, title),
        title=title,
        date=date,
        status=cluster.status(),
        summary=event_summary(titled, cluster.mentions),
        entities=sorted({e for m in cluster.mentions for e in m.entities}),
        tags=sorted({t for m in cluster.mentions for t in m.tags}),
        sources=sources,
        conflicts=conflicts,
    )


class _Merged:
    """What ``build_events`` merged for a corpus: the mentions, and each event's cluster with
    the event made of it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.mentions: list[Mention] = []
        self.events: list[tuple[Cluster, Event]] = []


@pytest.fixture(scope="module", params=[SEEDS, GUARDIAN], ids=["seeds", "h1n1-guardian"])
def merged_run(request: pytest.FixtureRequest) -> Iterator[_Merged]:
    """The mentions ``build_events`` merges for a corpus, and the events made."""
    path: Path = request.param
    if not path.exists():
        pytest.skip(f"no corpus {path}")
    run = _Merged(path)
    plain_merge, make_event = merge.merge_mentions, merge._make_event

    def record(mentions: Sequence[Mention]) -> list[Event]:
        run.mentions.extend(mentions)
        return plain_merge(mentions)

    def made(cluster: Cluster) -> Event:
        event = make_event(cluster)
        run.events.append((cluster, event))
        return event

    logging.disable(logging.WARNING)
    patch = pytest.MonkeyPatch()
    patch.setattr(pipeline, "merge_mentions", record)
    patch.setattr(merge, "_make_event", made)
    try:
        pipeline.build_events(list(read_articles([path])))
    finally:
        patch.undo()
        logging.disable(logging.NOTSET)
    assert run.mentions
    yield run


def _plain_at_its_date(candidates: Sequence[Mention], head: Mention) -> list[Mention]:
    """:func:`titling._at_its_date` as it was: each candidate looked up in the exact ones."""
    precision = min(head.date.precision, Precision.DAY)
    exact = [m for m in candidates if m.date.precision >= precision]
    named = frozenset().union(*(content_words(m.sentence) for m in exact)) & EVENT_NOUNS
    return [m for m in candidates if m in exact or content_words(m.sentence) & named]


@pytest.fixture
def merged(merged_run: _Merged) -> list[Mention]:
    """The mentions ``build_events`` merges for a corpus."""
    return merged_run.mentions


def test_events_made_as_with_every_source_sorted(merged_run: _Merged) -> None:
    assert any(len(c.mentions) > 1 for c, _ in merged_run.events)
    assert any(len(c.mentions) == 1 for c, _ in merged_run.events)
    for cluster, event in merged_run.events:
        plain = _plain_event(cluster)
        plain.id = event.id  # numbered apart later (_assign_unique_ids)
        assert event == plain


def test_candidates_at_its_date_as_looked_up_in_the_exact(merged_run: _Merged) -> None:
    asked = [c.mentions for c, _ in merged_run.events if len(c.mentions) > 1]
    assert asked
    vaguer = 0
    for mentions in asked:
        head = mentions[0]
        for start in range(len(mentions)):  # the head's date against each tail of members
            candidates = mentions[start:]
            fast = titling._at_its_date(candidates, head)
            assert [id(m) for m in fast] == [id(m) for m in _plain_at_its_date(candidates, head)]
            vaguer += len(fast) < len(candidates)
    assert vaguer or merged_run.path == SEEDS  # the seeds' events have none


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "bb", " ", "  ", "\n", "\t"]), max_size=30).map("".join))
def test_repeat_words_counted_as_split_whole(sentence: str) -> None:
    limit = merge.REPEAT_WORDS
    assert (len(sentence.split(None, limit - 1)) >= limit) == (len(sentence.split()) >= limit)


def test_figures_as_re_alone_finds_them(merged: list[Mention]) -> None:
    sentences = {m.sentence for m in merged} | {m.title for m in merged}
    assert all(figures.figures.__wrapped__(s) == _plain_figures(s) for s in sentences)


@pytest.mark.parametrize(
    "sentence",
    [
        "Three people DIED and 639 were Injured in clashes",
        "bringing the TOLL to 15",
        "the total of 203 cases",
        "17 caſes",  # re.I reads "ſ" as "s": not refused
        "611 people were injured",
        "Protesters met on Tuesday",
    ],
)
def test_figures_as_re_alone_finds_them_in_any_case(sentence: str) -> None:
    assert figures.figures.__wrapped__(sentence) == _plain_figures(sentence)


def test_name_pairs_as_opening_on_a_boundary(merged: list[Mention]) -> None:
    for text in {m.sentence for m in merged}:
        plain = [(m.span(), m.groups()) for m in _PLAIN_NAME_PAIR.finditer(text)]
        assert [(m.span(), m.groups()) for m in protagonists._NAME_PAIR.finditer(text)] == plain


_NAMEISH = st.lists(
    st.sampled_from(["Hosni", "Mubarak", "al-", "x", "_", "9", "é", "É", "(", "’", "-", " ", "\n"]),
    max_size=12,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_NAMEISH)
def test_name_pairs_as_opening_on_a_boundary_anywhere(text: str) -> None:
    plain = [(m.span(), m.groups()) for m in _PLAIN_NAME_PAIR.finditer(text)]
    assert [(m.span(), m.groups()) for m in protagonists._NAME_PAIR.finditer(text)] == plain


def test_full_names_as_every_pair_of_every_mention(merged: list[Mention]) -> None:
    counts: dict[str, int] = {}
    for mention in merged:
        for word in content_words(mention.sentence):
            counts[word] = counts.get(word, 0) + 1
    story = frozenset(w for w, c in counts.items() if c > 2)
    fast = protagonists._full_names(merged, story, counts)
    assert fast == _plain_full_names(merged, story, counts)
    assert any(_PLAIN_NAME_PAIR.search(m.sentence) for m in merged)
