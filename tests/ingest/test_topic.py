"""The corpus's topic words, and events off the story held back for review."""

from __future__ import annotations

from generator.dates import PartialDate
from generator.ingest.confidence import OFF_TOPIC, score_confidence
from generator.ingest.topic import MIN_ARTICLES, on_topic, topic_words
from generator.models import Event, SourceRef

STORY = [
    f"The harbour bridge council vote {n}: councillors debated the bridge toll and the "
    "ferry operators' appeal against the crossing."
    for n in range(MIN_ARTICLES + 2)
]
OTHER = "The Cavaliers broke their 26-game losing streak on Friday night."


def test_the_topic_is_the_words_most_articles_share() -> None:
    topic = topic_words([*STORY, OTHER])
    assert {"harbour", "bridge", "toll", "ferry", "councillor"} <= topic
    assert "cavalier" not in topic and "friday" not in topic  # one article; a common word


def test_a_small_corpus_has_no_topic_and_everything_is_on_it() -> None:
    topic = topic_words(STORY[: MIN_ARTICLES - 1])
    assert topic == frozenset()
    assert on_topic([OTHER], topic)


def _event(title: str, quote: str) -> Event:
    date = PartialDate.parse("2026-02-06")
    return Event(id="2026-02-06-x", title=title, date=date, sources=[SourceRef("a", quote)])


def test_an_event_off_the_story_scores_lower_and_says_why() -> None:
    topic = topic_words([*STORY, OTHER])
    off = _event("The Cavaliers broke their losing streak", OTHER)
    on = _event("Ferry operators appealed against the bridge", STORY[0])
    off_score, on_score = score_confidence(off, (), topic), score_confidence(on, (), topic)
    assert OFF_TOPIC in off_score.reasons and OFF_TOPIC not in on_score.reasons
    assert off_score.value < 0.4 <= on_score.value  # one source: held back, published
    assert score_confidence(off).value == on_score.value  # without a topic, no judgement
