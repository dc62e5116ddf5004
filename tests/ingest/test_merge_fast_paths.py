"""Merging's fast paths answer as the plain computations they replace, on the mentions
``build_events`` merges (the seeds and a shared corpus): a title's score worked out in two
parts, glued titles looked up by their ends, and a cluster's kinds kept up to date."""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.dates import PartialDate
from generator.ingest import cluster, pipeline, read_articles, titling
from generator.ingest.confidence import is_broken_doubt, title_doubts
from generator.ingest.modifiers import happening_kind
from generator.ingest.title_checks import PRESENT, opens_anonymous
from generator.ingest.title_cuts import PUNCTUATION, cut_off
from generator.ingest.title_length import LONGEST_WORDS
from generator.ingest.verbs import has_verb
from generator.ingest.words import content_words
from generator.models import Mention, MentionStatus, Timex
from tests.conftest import SEEDS, SHARED_DATA

GUARDIAN = SHARED_DATA / "t17" / "h1n1" / "guardian" / "articles.jsonl"
HAITI = SHARED_DATA / "t17" / "haiti" / "bbc" / "articles.jsonl"


def _plain_scores(
    mentions: Sequence[Mention], status: MentionStatus
) -> list[tuple[Mention, tuple[float, str], tuple[float, str]]]:
    """Each candidate of :func:`titling.best_title` with its score as it was worked out
    (every candidate scored whole, every time) and as :func:`titling._score` has it."""
    head = mentions[0]
    direct = [m for m in mentions if not m.in_passing] or list(mentions)
    candidates = [m for m in direct if m.status == status] or direct
    candidates = titling._at_its_date(candidates, head) or candidates
    if len(candidates) == 1:
        return []
    counts: dict[str, int] = {}
    for mention in mentions:
        for word in content_words(mention.sentence):
            counts[word] = counts.get(word, 0) + 1
    glued = _plain_glued({m.title for m in candidates})

    def score(mention: Mention) -> tuple[float, str]:
        words = mention.title.split()
        if mention.title in glued:
            return (titling.GLUED_PENALTY, mention.title)
        value = sum(counts.get(w, 0) for w in content_words(mention.title)) / max(len(words), 1)
        if not 4 <= len(words) <= LONGEST_WORDS:
            value -= 2
        if titling._PRONOUN_START.match(mention.title):
            value -= 3
        said = {w.strip(PUNCTUATION) for w in mention.sentence.split()}
        value += 0.3 * sum(1 for w in words[1:] if w[:1].isupper() and w.strip(PUNCTUATION) in said)
        if mention.date == head.date:
            value += 0.5
        if mention.in_passing:
            value -= 6
        elif mention.names:
            value -= 2
        doubts = [d for d in title_doubts(mention.title) if status == "occurred" or d != PRESENT]
        value -= sum(6 if is_broken_doubt(d, status) else 1 for d in doubts)
        if opens_anonymous(words):
            value -= titling.ANONYMOUS_PENALTY
        if cut_off(mention.title, [mention.sentence]):
            value -= 3
        elif len(content_words(mention.title)) >= titling.WHOLE_SHARE * len(
            content_words(mention.sentence)
        ):
            value += 1
        if titling._IT.search(mention.title) or titling._DEICTIC.search(mention.title):
            value -= 1
        return (-value, mention.title)

    fast_counts = Counter(w for m in mentions for w in content_words(m.sentence))
    return [(m, score(m), titling._score(m, fast_counts, glued, head, status)) for m in candidates]


def _plain_glued(titles: set[str]) -> set[str]:
    """:func:`titling._glued_before_others` as it was: every title against every other."""
    glued = set()
    for title in titles:
        for other in titles:
            if other == title or len(other.split()) < 4 or not title.endswith(f" {other}"):
                continue
            before = title[: -len(other)].split()
            if not before[-1][-1:].isalnum() or has_verb(before):
                continue
            glued.add(title)
    return glued


def _build(corpus: Path) -> None:
    logging.disable(logging.WARNING)
    try:
        pipeline.build_events(list(read_articles([corpus])))
    finally:
        logging.disable(logging.NOTSET)


@pytest.fixture(params=[SEEDS, GUARDIAN, HAITI], ids=["seeds", "h1n1-guardian", "haiti-bbc"])
def corpus(request: pytest.FixtureRequest) -> Iterator[Path]:
    path: Path = request.param
    if not path.exists():
        pytest.skip(f"no corpus {path}")
    yield path


def test_titles_chosen_as_by_the_plain_score(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen: list[tuple[list[Mention], MentionStatus, Mention]] = []
    fast = titling.best_title

    def record(mentions: Sequence[Mention], status: MentionStatus) -> Mention:
        title = fast(mentions, status)
        chosen.append((list(mentions), status, title))
        return title

    monkeypatch.setattr(cluster, "best_title", record)
    _build(corpus)
    assert any(len(mentions) > 2 for mentions, _, _ in chosen)
    for mentions, status, title in chosen:
        scored = _plain_scores(mentions, status)
        for _, plain, fast in scored:
            assert plain == fast  # the same float: the same additions in the same order
        assert not scored or min(scored, key=lambda s: s[1])[0] is title


def test_kinds_kept_up_to_date_as_worked_out_afresh(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = 0
    add = cluster.Cluster.add

    def checked_add(self: cluster.Cluster, *args: object, **kwargs: object) -> None:
        nonlocal checked
        add(self, *args, **kwargs)  # type: ignore[arg-type]
        if self._kinds is not None:
            fresh = {k for w in self.near if (k := happening_kind(w))}
            assert self._kinds == fresh | {m.names for m in self.mentions if m.names}
            checked += 1

    monkeypatch.setattr(cluster.Cluster, "add", checked_add)
    _build(corpus)
    if corpus != SEEDS:
        assert checked


_WORDS = st.sampled_from(["Cairo", "Michael", "Jackson", "died", "aged", "50", "in", "the", ","])


@settings(max_examples=300, deadline=None)
@given(st.sets(st.lists(_WORDS, min_size=1, max_size=9).map(" ".join), max_size=6))
def test_glued_titles_found_by_their_ends_as_pair_by_pair(titles: set[str]) -> None:
    assert titling._glued_before_others(titles) == _plain_glued(titles)


def test_a_glued_heading_is_found() -> None:
    titles = {
        "Final preparations in Cardiff Michael Jackson died aged 50",
        "Michael Jackson died aged 50",
    }
    assert titling._glued_before_others(titles) == {next(t for t in titles if "Cardiff" in t)}


_ACTORS = st.frozensets(st.sampled_from(["cairo", "iraq", "gates", "barak", "tantawi"]), max_size=3)
_MENTION = Mention(
    "a",
    PartialDate(2011, 2, 1),
    "occurred",
    "Protesters met on Tuesday.",
    "Protesters met",
    Timex(19, 26, "Tuesday", "DATE", "2011-02-01", "weekday"),
)
_PERIODS = [(1, 2011), (1, 2011, 2), (1, 2011, 2, 1)]
_KEYS = st.lists(st.sampled_from(_PERIODS), min_size=1, unique=True)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5), _KEYS, _ACTORS), max_size=12),
    _ACTORS,
    st.sampled_from(_PERIODS),
)
def test_actor_index_as_the_loops_test(
    steps: list[tuple[int, list[tuple[int, ...]], frozenset[str]]],
    actors: frozenset[str],
    key: tuple[int, ...],
) -> None:
    """Clusters made and joined in any order (a step joins the cluster it names, or makes one
    under its keys): the index finds those of a period the pair loop's test let through."""
    index = cluster.ActorIndex()
    made: list[tuple[cluster.Cluster, list[tuple[int, ...]]]] = []
    for pick, keys, joining in steps:
        if pick >= len(made):
            made.append((cluster.Cluster(), keys))
            index.new(*made[-1])
        target = made[min(pick, len(made) - 1)][0]
        index.add(target, _MENTION, frozenset(), frozenset(), joining)
    period = [c for c, keys in made if key in keys]
    plain = [c for c in period if not ((actors or c.actors) and actors.isdisjoint(c.actors))]
    found = index.same_actors(key, actors)
    assert len(found) == len(plain)
    assert all(x is y for x, y in zip(found, plain, strict=True))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.frozensets(st.sampled_from(["quake", "haiti", "aid", "toll", "un"]))))
def test_idf_weights_as_counted_in_a_loop(sentences: list[frozenset[str]]) -> None:
    counts: dict[str, int] = {}
    for words in sentences:
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    plain = {w: math.log((len(sentences) + 1) / c) + 0.1 for w, c in counts.items()}
    assert list(cluster.idf_weights(sentences).items()) == list(plain.items())
