"""The corpus-wide counts that run in the main process after the workers (story forms,
common words, reporting dates, name votes) and the ASCII folding of words answer as their
plain forms did, in the same order, on the seeds' readings and on generated input."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.dates import PartialDate, Precision
from generator.ids import ascii_fold
from generator.ingest import build_events, read_articles
from generator.ingest.definites import _MOST_SHARE, STORY_LEAST, story_forms
from generator.ingest.pipeline import MIN_CORPUS, _common_words, read_all
from generator.ingest.proper import MIN_ARTICLES, _key, names_from_votes
from generator.ingest.rank import reporting_dates
from generator.models import Event

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _plain_story_forms(namings: Iterable[Sequence[tuple[str, str]]]) -> dict[str, str]:
    """:func:`story_forms` as it was first written (setdefault of a fresh Counter)."""
    votes: dict[str, Counter[str]] = {}
    for article in namings:
        for head, form in article:
            votes.setdefault(head, Counter())[form] += 1
    story = {}
    for head, forms in sorted(votes.items()):
        best, count = forms.most_common(1)[0]
        if best and count >= STORY_LEAST and count >= _MOST_SHARE * sum(forms.values()):
            story[head] = best
    return story


def _plain_common_words(bodies: Sequence[frozenset[str]]) -> frozenset[str]:
    """:func:`_common_words` as it was first written (a dict counted word by word)."""
    if len(bodies) < MIN_CORPUS:
        return frozenset()
    counts: dict[str, int] = {}
    for words in bodies:
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    return frozenset(w for w, c in counts.items() if c > 0.6 * len(bodies))


def plain_reporting_dates(
    events: Sequence[Event], published: Mapping[str, PartialDate | None] | None = None
) -> dict[str, dt.date]:
    """:func:`reporting_dates` as it was first written (setdefault of a fresh Counter)."""
    anchors: dict[str, Counter[dt.date]] = {}
    for event in events:
        for source in event.sources:
            anchor = source.anchor
            if anchor is None or source.anchor_kind != "dct" or anchor.precision != Precision.DAY:
                continue
            anchors.setdefault(source.article, Counter())[anchor.first_day()] += 1
    days: dict[str, dt.date] = {}
    for article, counts in anchors.items():
        days[article] = max(counts.items(), key=lambda item: (item[1], item[0]))[0]
    for article, date in (published or {}).items():
        if date is not None and date.precision >= Precision.DAY:
            days[article] = date.first_day()
    return days


def test_seed_counts_match_the_plain_forms() -> None:
    """On the seeds' readings (repeated to a corpus large enough to have common words)."""
    articles = list(read_articles([SEEDS]))
    readings = read_all(articles, workers=1)
    namings = [r.namings for r in readings] * STORY_LEAST
    assert any(r.namings for r in readings)
    fast = story_forms(namings)
    assert fast == _plain_story_forms(namings)
    assert list(fast.items()) == list(_plain_story_forms(namings).items())
    bodies = [r.words for r in readings] * (MIN_CORPUS // len(readings) + 1)
    common = _common_words(bodies)
    assert common  # the check compares something
    assert list(common) == list(_plain_common_words(bodies))
    events = build_events(articles).events
    days = reporting_dates(events)
    assert days
    assert list(days.items()) == list(plain_reporting_dates(events).items())


_NAMINGS = st.lists(
    st.lists(
        st.tuples(st.sampled_from(["virus", "government", "army"]), st.sampled_from(["", "a", "b"]))
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(_NAMINGS)
def test_story_forms_match_the_plain_form(namings: list[list[tuple[str, str]]]) -> None:
    assert list(story_forms(namings).items()) == list(_plain_story_forms(namings).items())


_BODIES = st.lists(st.frozensets(st.sampled_from("abcdefgh")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(_BODIES)
def test_common_words_match_the_plain_form(bodies: list[frozenset[str]]) -> None:
    assert list(_common_words(bodies)) == list(_plain_common_words(bodies))


def _plain_ascii_fold(text: str) -> str:
    """:func:`ascii_fold` as it was first written (every text normalized)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def test_ascii_fold_matches_the_plain_form_on_the_seeds() -> None:
    texts = [p for article in read_articles([SEEDS]) for p in article.paragraphs]
    texts += [w for text in texts for w in text.split()]
    assert texts
    for text in [*texts, "Núñez", "ﬁre", "Ｃａｉｒｏ", "\u00a0", ""]:
        assert ascii_fold(text) == _plain_ascii_fold(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40) | st.text(st.characters(max_codepoint=127), max_size=40))
def test_ascii_fold_matches_the_plain_form(text: str) -> None:
    assert ascii_fold(text) == _plain_ascii_fold(text)


def _plain_names_from_votes(
    capitalised: Iterable[frozenset[str]], words: Iterable[frozenset[str]]
) -> frozenset[str] | None:
    """:func:`names_from_votes` as it was first written (each word's spellings kept per
    article, each article's words counted one by one)."""
    votes: Counter[str] = Counter()
    used: Counter[str] = Counter()
    spelt: dict[str, set[str]] = {}
    key_of: dict[str, str] = {}
    total = 0
    for found in capitalised:
        total += 1
        keys = set()
        for word in found:
            key = key_of.get(word)
            if key is None:
                key = key_of[word] = _key(word)
            if key:
                keys.add(key)
                spelt.setdefault(key, set()).add(word)
        votes.update(keys)
    for present in words:
        used.update(present)
    if total < MIN_ARTICLES:
        return None
    return frozenset(w for key, n in votes.items() if 2 * n >= used[key] for w in spelt[key])


def test_names_from_votes_matches_the_plain_form_on_the_seeds() -> None:
    """On the seeds' readings, repeated to a corpus large enough to vote."""
    readings = read_all(list(read_articles([SEEDS])), workers=1)
    capitalised = [r.capitalised for r in readings] * MIN_ARTICLES
    words = [r.words for r in readings] * MIN_ARTICLES
    fast = names_from_votes(capitalised, words)
    assert fast  # the check compares something
    plain = _plain_names_from_votes(capitalised, words)
    assert plain is not None
    assert list(fast) == list(plain)


_VOTES = st.lists(
    st.frozensets(st.sampled_from(["Cairo", "cairo", "The", "Mexicans", "Mexican", "Haiti's"]))
)


@settings(max_examples=300, deadline=None)
@given(_VOTES, st.lists(st.frozensets(st.sampled_from(["cairo", "mexican", "haiti"]))))
def test_names_from_votes_matches_the_plain_form(
    capitalised: list[frozenset[str]], words: list[frozenset[str]]
) -> None:
    fast = names_from_votes(capitalised, words)
    plain = _plain_names_from_votes(capitalised, words)
    assert fast == plain
    assert fast is None or plain is None or list(fast) == list(plain)
