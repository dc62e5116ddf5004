"""The corpus's topic words, and events off the story held back for review."""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.dates import PartialDate
from generator.ingest.confidence import OFF_TOPIC, SAID_SINCE, score_confidence
from generator.ingest.proper import corpus_names
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
    on = _event("Councillors debated the bridge toll and the ferry operators' appeal", STORY[0])
    off_score, on_score = score_confidence(off, (), topic), score_confidence(on, (), topic)
    assert OFF_TOPIC in off_score.reasons and OFF_TOPIC not in on_score.reasons
    assert off_score.value < 0.4 <= on_score.value  # one source: held back, published
    assert score_confidence(off).value == on_score.value  # without a topic, no judgement


@dataclass(frozen=True)
class _Article:
    id: str
    outlet: str | None
    published: PartialDate | None
    voice: str | None = None


def _reported(published: str, *outlets: str) -> dict[str, _Article]:
    day = PartialDate.parse(published)
    return {f"a{n}": _Article(f"a{n}", outlet, day) for n, outlet in enumerate(outlets)}


def _toll_vote(date: str, articles: int) -> Event:
    quote = "Councillors voted for the bridge toll in 2019, the ferry operators said."
    sources = [SourceRef(f"a{n}", quote) for n in range(articles)]
    return Event(
        id="x",
        title="Councillors voted for the bridge toll",
        date=PartialDate.parse(date),
        sources=sources,
    )


def test_background_waits_for_an_editor_unless_two_outlets_report_it() -> None:
    topic = topic_words(STORY)
    old = score_confidence(_toll_vote("2019", 1), _reported("2026-02-06", "BBC"), topic)
    assert old.value < 0.4 and any(
        r.startswith("background: it ended 2229 days") for r in old.reasons
    )
    two = score_confidence(_toll_vote("2019", 2), _reported("2026-02-06", "BBC", "CNN"), topic)
    assert two.value >= 0.4
    news = score_confidence(_toll_vote("2026-02-04", 1), _reported("2026-02-06", "BBC"), topic)
    assert news.value == 0.6 and not any(r.startswith("background") for r in news.reasons)


def test_what_is_said_now_of_a_happening_long_before_is_no_headline_of_that_day() -> None:
    """ "Prosecutors say Dr Murray gave Jackson a lethal dose" in 2011 pages, dated June 2009:
    the saying is the news, and it is not of that day (judged wrong in rounds 30 and 31)."""
    topic = topic_words(STORY)
    vote = _toll_vote("2019", 2)
    said = replace(vote, title="Ferry operators say councillors voted for the bridge toll")
    reported = _reported("2026-02-06", "BBC", "CNN")
    assert score_confidence(vote, reported, topic).value >= 0.4
    held = score_confidence(said, reported, topic)
    assert held.value < 0.4 and SAID_SINCE in held.reasons
    recent = replace(said, date=PartialDate.parse("2026-02-05"))
    assert SAID_SINCE not in score_confidence(recent, reported, topic).reasons


def test_background_is_counted_from_the_end_of_its_period_and_needs_known_days() -> None:
    topic = topic_words(STORY)
    january = score_confidence(_toll_vote("2026-01", 1), _reported("2026-02-06", "BBC"), topic)
    assert not any(r.startswith("background") for r in january.reasons)  # ended 6 days before
    undated = {"a0": _Article("a0", "BBC", None)}
    reasons = score_confidence(_toll_vote("2019", 1), undated, topic).reasons
    assert not any(r.startswith("background") for r in reasons)  # its first report's day unknown


def test_one_article_of_many_needs_a_day_and_a_headline() -> None:
    """In a corpus with a story, an event one article alone reports is published only when
    nothing else about it is in doubt; in a handful of articles its coarse date is enough."""
    topic = topic_words(STORY)
    reported = _reported("2026-02-06", "BBC")
    day = score_confidence(_toll_vote("2026-02-04", 1), reported, topic)
    month = score_confidence(_toll_vote("2026-02", 1), reported, topic)
    assert day.value == 0.6 and month.value < 0.4 <= day.value
    assert (
        score_confidence(
            _toll_vote("2026-02", 2), _reported("2026-02-06", "BBC", "CNN"), topic
        ).value
        >= 0.4
    )
    assert score_confidence(_toll_vote("2026-02", 1), reported, topic_words(STORY[:3])).value >= 0.4


def test_a_small_corpus_keeps_its_background() -> None:
    alone = score_confidence(
        _toll_vote("2019", 1), _reported("2026-02-06", "BBC"), topic_words(STORY[:3])
    )
    assert alone.value >= 0.4 and not any(r.startswith("background") for r in alone.reasons)


NEWS = [
    "Protesters gathered in Tahrir Square on Friday. People said Mubarak must go.",
    "People marched again. Police fired tear gas at protesters near Tahrir Square.",
    "In Cairo, the team of doctors treated people hurt when police charged.",
    "Mubarak spoke on television; protesters in Cairo jeered the speech.",
] * (MIN_ARTICLES // 4 + 1)


def test_the_corpus_names_are_the_words_it_capitalises_inside_sentences() -> None:
    names = corpus_names(NEWS)
    assert names is not None and {"tahrir", "square", "mubarak", "cairo"} <= names
    assert not {"people", "police", "protesters", "in", "friday"} & names  # sentence openers


def test_a_title_naming_no_one_is_broken_only_when_the_corpus_is_known() -> None:
    names = corpus_names(NEWS)
    anonymous = _event("Doctors treated people hurt in the clashes", NEWS[2])
    named = _event("Mubarak spoke on state television", NEWS[3])
    held = score_confidence(anonymous, (), frozenset(), names)
    assert any(r.startswith("title is broken: it names no one") for r in held.reasons)
    assert held.value < 0.4 <= score_confidence(named, (), frozenset(), names).value
    assert score_confidence(anonymous).value >= 0.4  # no corpus, no judgement
    assert corpus_names(NEWS[: MIN_ARTICLES - 1]) is None  # too few articles to tell


def _planned(articles: int) -> Event:
    quote = (
        "Councillors are due to vote on the bridge toll on 10 February, the ferry operators said."
    )
    return Event(
        id="x",
        title="Councillors are due to vote on the bridge toll",
        date=PartialDate.parse("2026-02-10"),
        status="scheduled",
        sources=[SourceRef(f"a{n}", quote) for n in range(articles)],
    )


def _with_later(reported: dict[str, _Article], *published: str) -> dict[str, _Article]:
    later = {
        f"l{n}": _Article(f"l{n}", "Other", PartialDate.parse(p)) for n, p in enumerate(published)
    }
    return {**reported, **later}


def test_a_plan_no_later_article_reports_waits_for_an_editor() -> None:
    """ "Conrad Murray's trial is due to begin in May", two sources, in a corpus that went on
    to report its delay (round 41: three trial dates, none of which happened). A plan the
    corpus has not outlived, or one reported on its day, counts in full."""
    topic = topic_words(STORY)
    announced = _reported("2026-02-06", "BBC", "CNN")
    three_later = ("2026-02-12", "2026-02-20", "2026-03-01")
    unconfirmed = score_confidence(_planned(2), _with_later(announced, *three_later), topic)
    assert unconfirmed.value < 0.4
    assert "planned for 2026-02-10; none of the 3 articles published since reports it" in (
        unconfirmed.reasons
    )
    too_soon = score_confidence(_planned(2), _with_later(announced, "2026-02-12"), topic)
    assert too_soon.value >= 0.4 and not any(r.startswith("planned") for r in too_soon.reasons)
    on_the_day = {**announced, "a1": _Article("a1", "CNN", PartialDate.parse("2026-02-10"))}
    reported = score_confidence(_planned(2), _with_later(on_the_day, *three_later), topic)
    assert not any(r.startswith("planned") for r in reported.reasons)
    assert score_confidence(_planned(2), _with_later(announced, *three_later)).value >= 0.4
