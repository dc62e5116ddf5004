"""Date F1 of our event importance on Timeline17 (tilse's "date F1"), against a baseline.

Usage (from the repository root)::

    python bench/t17_eval.py [--data ../shared/data/t17] [--per-outlet] [--profile]

Layout of ``--data``: one folder per topic, one folder per outlet inside it, each
with ``articles.jsonl`` and ``timelines.jsonl`` (see the data's README).

Setup (the field's, Gholipour Ghalandari & Ifrim 2020): for each topic the system
reads the **whole topic corpus** (every outlet's articles) once, and each gold
timeline of the topic is scored against it. ``--per-outlet`` instead gives each
timeline only its own outlet's articles. For a gold timeline with L distinct days
and window [first, last gold day], the L highest-scoring days inside the window
are predicted (ties: earlier day first) and

    precision = |pred ∩ gold| / |pred|,  recall = |pred ∩ gold| / L,  F1 = harmonic mean.

Ours: read_articles → extract_mentions per article → merge_mentions (which
assigns importance) → :func:`generator.ingest.rank.day_importance` (summed importance of
the events dated to each day; month-, year- and decade-precision events name no
day and are left out; time-of-day events count for their day).

Baseline (HeidelTime-style date-mention count): every DATE/TIME expression with a
day value that :func:`generator.temporal.engine.tag` finds in the article text (each
paragraph tagged with the article's publication date as DCT) adds one to its day.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.ingest.extract import extract_mentions  # noqa: E402
from generator.ingest.merge import merge_mentions  # noqa: E402
from generator.ingest.pipeline import agree_on_copies  # noqa: E402
from generator.ingest.rank import assign_importance, day_importance  # noqa: E402
from generator.ingest.read import read_articles  # noqa: E402
from generator.ingest.weekdays import settle_ran_past  # noqa: E402
from generator.models import Article, Event  # noqa: E402
from generator.temporal import tag  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "t17"


@dataclass(frozen=True)
class Gold:
    """One journalist timeline: its days (distinct, sorted)."""

    topic: str
    outlet: str
    days: tuple[str, ...]

    @property
    def name(self) -> str:
        """``topic/outlet``."""
        return f"{self.topic}/{self.outlet}"


@dataclass(frozen=True)
class Corpus:
    """What the pipeline made of a set of articles, with timings in seconds."""

    articles: list[Article]
    events: list[Event]
    ours: dict[str, float]
    baseline: dict[str, float]
    seconds_read: float
    seconds_extract: float
    seconds_merge: float
    seconds_baseline: float

    @property
    def seconds_pipeline(self) -> float:
        """Ingest-style processing: read, extract, merge and rank."""
        return self.seconds_read + self.seconds_extract + self.seconds_merge


@dataclass(frozen=True)
class Row:
    """Scores of one gold timeline."""

    gold: Gold
    baseline: float
    ours: float


def load_golds(topic_dir: Path) -> list[Gold]:
    """Every gold timeline of a topic (one ``timelines.jsonl`` line each)."""
    golds: list[Gold] = []
    for outlet_dir in sorted(p for p in topic_dir.iterdir() if p.is_dir()):
        path = outlet_dir / "timelines.jsonl"
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entries = json.loads(line)
                days = tuple(sorted({str(date)[:10] for date, _ in entries}))
                golds.append(Gold(topic_dir.name, outlet_dir.name, days))
    return golds


def baseline_counts(articles: Iterable[Article]) -> dict[str, float]:
    """Day-precision date mentions per day over the articles' text (DCT: publication date)."""
    counts: Counter[str] = Counter()
    for article in articles:
        for paragraph in article.paragraphs:
            for timex in tag(paragraph, article.published):
                date = timex.date()
                if date is not None and date.day is not None and not date.decade:
                    counts[date.iso_start()[:10]] += 1
    return {day: float(n) for day, n in counts.items()}


def process(paths: Sequence[Path]) -> Corpus:
    """Run the pipeline and the baseline over the articles in ``paths``."""
    start = time.perf_counter()
    articles = list(read_articles(list(paths)))
    read = time.perf_counter()
    mentions = [m for a in articles for m in extract_mentions(a)]
    extracted = time.perf_counter()
    outlets = {a.id: a.outlet for a in articles}
    mentions = agree_on_copies(settle_ran_past(mentions, outlets))  # as build_events does
    events = assign_importance(merge_mentions(mentions))
    merged = time.perf_counter()
    baseline = baseline_counts(articles)
    counted = time.perf_counter()
    return Corpus(
        articles,
        events,
        day_importance(events),
        baseline,
        read - start,
        extracted - read,
        merged - extracted,
        counted - merged,
    )


def top_days(scores: Mapping[str, float], window: tuple[str, str], count: int) -> list[str]:
    """The ``count`` best-scoring days inside ``window`` (inclusive); ties: earlier first."""
    first, last = window
    inside = [d for d, s in scores.items() if first <= d <= last and s > 0]
    return sorted(inside, key=lambda d: (-scores[d], d))[:count]


def date_f1(predicted: Sequence[str], gold: Sequence[str]) -> float:
    """tilse's date F1 of predicted days against gold days."""
    hits = len(set(predicted) & set(gold))
    if not hits:
        return 0.0
    precision, recall = hits / len(set(predicted)), hits / len(set(gold))
    return 2 * precision * recall / (precision + recall)


def score(gold: Gold, corpus: Corpus) -> Row:
    """Both systems' Date F1 on one gold timeline."""
    window = (gold.days[0], gold.days[-1])
    size = len(gold.days)
    return Row(
        gold,
        date_f1(top_days(corpus.baseline, window, size), gold.days),
        date_f1(top_days(corpus.ours, window, size), gold.days),
    )


def evaluate(
    data: Path, *, per_outlet: bool = False, outlets: Sequence[str] | None = None
) -> tuple[list[Row], list[Corpus]]:
    """Score every gold timeline under ``data`` (a topic folder or a folder of topics).

    ``outlets`` restricts the gold timelines (and, with ``per_outlet``, the articles)
    to those outlets.
    """
    if _is_topic(data):
        topics = [data]
    else:
        topics = sorted(p for p in data.iterdir() if p.is_dir() and _is_topic(p))
    rows: list[Row] = []
    corpora: list[Corpus] = []
    for topic in topics:
        golds = [g for g in load_golds(topic) if outlets is None or g.outlet in outlets]
        if per_outlet:
            for gold in golds:
                corpus = process([topic / gold.outlet / "articles.jsonl"])
                corpora.append(corpus)
                rows.append(score(gold, corpus))
        elif golds:
            paths = sorted(topic.glob("*/articles.jsonl"))
            corpus = process(paths)
            corpora.append(corpus)
            rows.extend(score(gold, corpus) for gold in golds)
    return rows, corpora


def _is_topic(path: Path) -> bool:
    return any(path.glob("*/timelines.jsonl"))


def format_table(rows: Sequence[Row]) -> str:
    """Per-timeline scores and means, as a plain-text table."""
    lines = [f"{'timeline':<22} {'L':>3} {'baseline F1':>12} {'ours F1':>8}"]
    for row in rows:
        lines.append(
            f"{row.gold.name:<22} {len(row.gold.days):>3} {row.baseline:>12.3f} {row.ours:>8.3f}"
        )
    if rows:
        base = statistics.mean(r.baseline for r in rows)
        ours = statistics.mean(r.ours for r in rows)
        lines.append(f"{'mean':<22} {'':>3} {base:>12.3f} {ours:>8.3f}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="Timeline17 folder")
    parser.add_argument(
        "--per-outlet",
        action="store_true",
        help="give each timeline only its own outlet's articles (default: the whole topic)",
    )
    parser.add_argument("--profile", action="store_true", help="print cProfile hotspots")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    rows, corpora = evaluate(args.data, per_outlet=args.per_outlet)
    if profiler:
        profiler.disable()
    setup = "each outlet's own articles" if args.per_outlet else "whole topic corpus"
    print(f"Timeline17 Date F1 ({setup}; top-L days inside each gold window)\n")
    print(format_table(rows))
    print()
    for corpus in corpora:
        print(
            f"{len(corpus.articles)} articles → {len(corpus.events)} events: "
            f"pipeline {corpus.seconds_pipeline:.1f} s (read {corpus.seconds_read:.1f}, "
            f"extract {corpus.seconds_extract:.1f}, merge+rank {corpus.seconds_merge:.1f}); "
            f"baseline tagging {corpus.seconds_baseline:.1f} s"
        )
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
