"""The audit bench (bench/audit.py): its judging sample, its output, and each signal.

Quality numbers are not asserted: the pipeline is being improved; only what the
signals count is pinned, on small hand-made inputs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.dates import PartialDate
from generator.models import Article, Event, SourceRef
from tests.conftest import load_bench

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


audit = load_bench("audit")

SIGNAL_LABELS = (
    "events:",
    "sources per event (mean):",
    "status occurred:",
    "status scheduled:",
    "quotes with comment/widget markers:",
    "scheduled dated before their article (of scheduled):",
    "titles under 4 words:",
    "titles ending in a verb:",
    "titles over 15 words:",
    "empty titles:",
    "summaries = title or a quote:",
    "multi-source events:",
    "multi-source: sources disagree (of multi):",
)


def _source(article: str, quote: str, value: str | None = None) -> SourceRef:
    return SourceRef(article, quote, value and "on that day", value, value and "test rule")


def _event(
    title: str = "The council voted on the budget",
    date: str = "2011-02-03",
    *,
    status: str = "occurred",
    summary: str = "",
    sources: list[SourceRef] | None = None,
    importance: float = 1.0,
    id: str | None = None,
) -> Event:
    return Event(
        id or f"{date}-{title.lower().replace(' ', '-')}",
        title,
        PartialDate.parse(date),
        status,  # type: ignore[arg-type]
        summary,
        importance=importance,
        sources=sources if sources is not None else [_source("a1", title + ".", date)],
    )


# --- a run on the seeds --------------------------------------------------------------


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> tuple[str, Path]:
    out = tmp_path / name
    code = audit.main([str(SEEDS), "--out", str(out), "--json", str(out / "signals.json")])
    assert code == 0
    return capsys.readouterr().out, out


def test_main_on_seeds_writes_sample_and_prints_signals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    printed, out = _run(tmp_path, capsys, "first")
    data = json.loads((out / "sample.json").read_text(encoding="utf-8"))
    events = data["events"]
    assert 0 < len(events) <= 40
    assert len({e["id"] for e in events}) == len(events)
    markdown = (out / "sample.md").read_text(encoding="utf-8")
    assert markdown.count("\n## ") == len(events)
    assert markdown.count("- [ ] 1. **Happening?**") == len(events)
    assert markdown.count("**Merge pure?**") == len(events)
    for event in events:
        assert event["title"] in markdown and event["sources"]
        for source in event["sources"]:
            assert source["quote"] and source["published"]
            assert source["context"] is not None and "«" in source["context"]
    lines = printed.splitlines()
    for label in SIGNAL_LABELS:
        assert any(line.startswith(label) for line in lines), label
    signals = json.loads((out / "signals.json").read_text(encoding="utf-8"))["signals"]
    assert signals["events"]["count"] >= len(events)
    assert {"widget_markers", "titles_ending_in_verb", "sources_disagree"} <= set(signals)

    _, again = _run(tmp_path, capsys, "second")  # same corpus and seed: same sample
    assert (again / "sample.json").read_bytes() == (out / "sample.json").read_bytes()
    assert (again / "sample.md").read_bytes() == (out / "sample.md").read_bytes()


def test_main_names_the_default_out_folder_after_the_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "egypt" / "cnn" / "articles.jsonl"
    corpus.parent.mkdir(parents=True)
    corpus.write_text("", encoding="utf-8")
    assert audit.corpus_name(corpus) == "egypt-cnn"
    assert audit.corpus_name(SEEDS) == "seeds"


# --- the sample ---------------------------------------------------------------------


def test_sample_is_top_by_importance_then_a_seeded_draw_of_the_rest() -> None:
    events = [_event(id=f"e{i:02d}", importance=float(i)) for i in range(60)]
    chosen = audit.select_sample(events, seed=17, top=15, random_count=25)
    assert [k for k, _ in chosen] == ["top"] * 15 + ["random"] * 25
    assert [e.id for _, e in chosen[:15]] == [f"e{i:02d}" for i in range(59, 44, -1)]
    drawn = [e.id for _, e in chosen[15:]]
    assert len(set(drawn)) == 25 and not set(drawn) & {e.id for _, e in chosen[:15]}
    shuffled = list(reversed(events))  # input order does not matter
    again = audit.select_sample(shuffled, seed=17, top=15, random_count=25)
    assert [e.id for _, e in again] == [e.id for _, e in chosen]
    other = audit.select_sample(events, seed=18, top=15, random_count=25)
    assert [e.id for _, e in other[15:]] != drawn
    few = audit.select_sample(events[:20], seed=17, top=15, random_count=25)
    assert len(few) == 20


def test_quote_context_shows_the_text_around_the_quote() -> None:
    before = "Earlier words. " * 20
    after = " Later words follow." * 20
    article = Article("a1", "a1.txt", paragraphs=[before.strip(), "The  bridge reopened.", after])
    context = audit.quote_context(article, "The bridge reopened.")
    assert context is not None
    assert "«The bridge reopened.»" in context
    assert context.startswith("…") and context.endswith("…")
    assert 280 <= len(context) <= 340
    assert audit.quote_context(article, "Not in the article.") is None
    assert audit.quote_context(None, "The bridge reopened.") is None


# --- each signal on hand-made inputs ---------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "February 1, 2011 at 6:17 pm | Reply I totally agree",
        "Nice post | Report abuse |",
        "Log in to reply",
        "Posted 2 hours ago by a reader",
        "RETWEET this now",
        "#ac360 RT @andersoncooper : New details",
        "Fascinating to see @CharlesHodsnCNN commentating",
        "Look pic.twitter.com/AbC123",
        "via t.co/xyz",
        "Posted by Keith Stuart at 06:01 PM",
        "Updated 12:30 The square is full",
        "Like Loading...",
    ],
)
def test_widget_markers_flag_comment_and_widget_text(quote: str) -> None:
    assert audit.widget_marker(quote) is not None
    assert audit.has_widget_marker(_event(sources=[_source("a1", "Fine."), _source("a2", quote)]))


@pytest.mark.parametrize(
    "quote",
    [
        "The quake struck at 4:53 p.m. local time on Tuesday.",
        "The revolution began 18 days ago.",
        "Write to press@un.org for the full report.",
        "The Report said the talks had failed.",
        "He did not reply to questions.",
    ],
)
def test_widget_markers_leave_prose_alone(quote: str) -> None:
    assert audit.widget_marker(quote) is None


def test_scheduled_before_publication_compares_at_the_shared_precision() -> None:
    published = {"a1": PartialDate.parse("2011-02-03"), "a2": None}

    def flagged(date: str, status: str = "scheduled", article: str = "a1") -> bool:
        event = _event(date=date, status=status, sources=[_source(article, "It will.", date)])
        return bool(audit.scheduled_before_publication(event, published))

    assert flagged("2011-02-01")
    assert flagged("2011-01")
    assert flagged("2010")
    assert not flagged("2011-02")  # the same month: could still be coming
    assert not flagged("2011-02-03T18:00")
    assert not flagged("2011-02-10")
    assert not flagged("2011-02-01", status="occurred")
    assert not flagged("2011-02-01", article="a2")  # no publication date


@pytest.mark.parametrize(
    ("title", "verb"),
    [
        ("The Security Council voted", True),
        ("Officials said", True),
        ("The Plan Colombia strategy suspended", True),
        ("Protests continue in Cairo as the army began", True),
        ("Qatar recognised the rebel council as Libya's government", False),
        ("Fans mourn at Manchester United", False),
        ("The crowd reached five hundred", False),
        ("Said", False),  # one word: judged as short instead
    ],
)
def test_ends_in_verb(title: str, verb: bool) -> None:
    assert audit.ends_in_verb(title) is verb


def test_title_length_signals() -> None:
    assert audit.is_short_title("Mubarak resigns")
    assert not audit.is_short_title("Mubarak resigns as president")
    assert not audit.is_short_title("")
    assert audit.is_empty_title("") and audit.is_empty_title(" ) | ")
    assert not audit.is_empty_title("Sleet")
    assert audit.is_long_title(" ".join(["word"] * 16))
    assert not audit.is_long_title(" ".join(["word"] * 15))


def test_summary_repeats_title_or_quote() -> None:
    quote = "The council voted on the budget on Tuesday."
    sources = [_source("a1", quote, "2011-02-01")]
    assert audit.summary_repeats(_event(summary=quote, sources=sources))
    assert audit.summary_repeats(
        _event(summary="the council voted  on the budget", sources=sources)
    )
    assert not audit.summary_repeats(_event(summary="It passed by one vote.", sources=sources))
    assert not audit.summary_repeats(_event(summary="", sources=sources))


def test_sources_disagree_on_dates_or_on_the_happening() -> None:
    title = "The council voted on the budget"

    def event(*sources: SourceRef) -> Event:
        return _event(title, sources=list(sources))

    same_day = event(
        _source("a1", "The council voted on the budget.", "2011-02-01"),
        _source("a2", "Budget passed by the council.", "2011-02-01"),
    )
    assert audit.is_multi_source(same_day) and not audit.sources_disagree(same_day)
    month_and_day = event(
        _source("a1", "The council voted in February.", "2011-02"),
        _source("a2", "The budget vote was on Tuesday.", "2011-02-01T10:00"),
    )
    assert not audit.sources_disagree(month_and_day)
    two_days = event(
        _source("a1", "The council voted on the budget.", "2011-02-01"),
        _source("a2", "The council voted on the budget.", "2011-02-02"),
    )
    assert audit.dates_disagree(two_days) and audit.sources_disagree(two_days)
    off_topic = event(
        _source("a1", "The council voted on the budget.", "2011-02-01"),
        _source("a2", "Sleet is coming down in St. Louis.", None),
    )
    assert audit.off_title_source(off_topic) and audit.sources_disagree(off_topic)
    single = event(_source("a2", "Sleet is coming down in St. Louis.", "2011-02-01"))
    assert not audit.sources_disagree(single)


def test_compute_signals_counts_and_shares() -> None:
    articles = [Article("a1", "a1.txt", published=PartialDate.parse("2011-02-03"))]
    events = [
        _event("The Security Council voted", "2011-02-01", status="scheduled"),
        _event("Qatar recognised the rebel council as Libya's government", "2011-02-02"),
        _event(
            "Comment",
            "2011-02-02",
            sources=[_source("a1", "at 6:17 pm | Reply Yes.", "2011-02-02"), _source("a1", "x")],
        ),
    ]
    signals = {s.name: s for s in audit.compute_signals(events, articles)}
    assert signals["events"].count == 3
    assert signals["sources_per_event"].count == pytest.approx(4 / 3)
    assert (signals["status_scheduled"].count, signals["status_scheduled"].total) == (1, 3)
    assert signals["widget_markers"].count == 1
    assert (
        signals["scheduled_before_publication"].count,
        signals["scheduled_before_publication"].total,
    ) == (1, 1)
    assert signals["titles_ending_in_verb"].count == 1
    assert signals["short_titles"].count == 1
    assert signals["multi_source"].count == 1
    assert signals["sources_disagree"].total == 1
    assert signals["widget_markers"].line() == "quotes with comment/widget markers: 1 / 3 (33.3%)"
    assert audit.compute_signals([], [])[0].line() == "events: 0"
