"""Ingest speed on real news: per core, with and without RE2, and how the pool scales.

Usage: ``python bench/ingest_speed.py [JSONL ...] [--runs N]`` (default: every Timeline17
topic under ``../shared/data/t17``).

Each measurement is a fresh process (no warm caches) that reads a corpus and builds
its events as ``chronicle ingest`` does before writing files (``read_articles_then``:
each article's mentions extracted by the worker that read it; then ``build_events``), and
prints its wall time and a hash of every event. Per corpus, in one run, best of ``--runs``:

- ``pure 1w``: Python's ``re`` alone (``CHRONICLE_PURE_PYTHON=1``), one process;
- ``re2 1w``: with the RE2 prefilters (:mod:`generator.fastre`), one process: the
  MB/s per core;
- ``re2 2w``: two worker processes (``CHRONICLE_WORKERS=2``).

Each row also splits the time: ``2w/1w reading`` is how much faster two workers do the
part the process pool runs (reading each article and extracting its mentions, results
back in the parent), and ``build s`` what is left for the one process: ``build_events``,
which merges every mention in one order (each mode's best total minus its best reading,
so the two need not come from one run). ``build s 1.7× allows`` is the longest build
(taken as the same in both modes) with which two workers would still give 1.7 × one in
all, given the row's readings: the whole ratio never exceeds the reading's, and a build
common to both modes pulls it towards 1 (``none``: the reading alone scales less).

It fails if the three outputs are not byte-identical. Goals (issue 18): ingest
≥ 1 MB/s per core; two workers ≥ 1.7 × one on the largest topic.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from fresh import run_fresh  # noqa: E402

_MEASURE = (
    "import hashlib, logging, sys, time\n"
    "from pathlib import Path\n"
    "logging.disable(logging.WARNING)\n"
    "from generator.ingest import build_events\n"
    "from generator.ingest.pipeline import read_article_events\n"
    "from generator.ingest.read import read_articles_then\n"
    "t = time.perf_counter()\n"
    "read = list(read_articles_then(read_article_events, [Path(sys.argv[1])]))\n"
    "pooled = time.perf_counter() - t\n"
    "built = build_events([article for article, _ in read], [reading for _, reading in read])\n"
    "seconds = time.perf_counter() - t\n"
    "digest = hashlib.sha256(repr(built.events).encode()).hexdigest()[:16]\n"
    "print(f'{seconds:.3f} {pooled:.3f} {digest} {len(built.events)}')\n"
)
GOAL_TWO_WORKERS = 1.7
"""Issue 18: two workers at least this many times one on the largest topic, in all."""
MODES = {
    "pure 1w": {"CHRONICLE_PURE_PYTHON": "1", "CHRONICLE_WORKERS": "1"},
    "re2 1w": {"CHRONICLE_PURE_PYTHON": "0", "CHRONICLE_WORKERS": "1"},
    "re2 2w": {"CHRONICLE_PURE_PYTHON": "0", "CHRONICLE_WORKERS": "2"},
}


def measure(corpus: Path, mode: str) -> tuple[float, float, str, int]:
    """Seconds in all, seconds reading (the pool's part), event hash and event count of one
    fresh ingest of ``corpus``."""
    out = run_fresh(_MEASURE, [str(corpus)], what=f"{mode} on {corpus}", env=MODES[mode])
    seconds, pooled, digest, events = out.split()
    return float(seconds), float(pooled), digest, int(events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path, nargs="*")
    parser.add_argument("--runs", type=int, default=2, help="best of this many (default 2)")
    args = parser.parse_args()
    corpora = args.corpora or sorted(
        (ROOT.parent / "shared" / "data" / "t17").glob("*/*/articles.jsonl")
    )
    if not corpora:
        raise SystemExit("no corpora: give JSONL files or put the shared data next to the repo")
    print(f"cpus: {os.cpu_count()}, python {sys.version.split()[0]}, best of {args.runs}")
    header = (
        "| corpus | MB | events | "
        + " | ".join(f"{m} s" for m in MODES)
        + " | MB/s per core (re2 1w) | re2/pure | 2w/1w | 2w/1w reading | build s (1w, 2w) "
        f"| build s {GOAL_TWO_WORKERS}× allows | identical |"
    )
    print(header)
    print("|---" * (header.count("|") - 1) + "|")
    totals = dict.fromkeys(MODES, 0.0)
    reading_totals = dict.fromkeys(MODES, 0.0)
    size_total = 0.0
    for corpus in corpora:
        size = corpus.stat().st_size / 1e6
        size_total += size
        best: dict[str, float] = {}
        reading: dict[str, float] = {}
        digests: set[str] = set()
        events = 0
        for _ in range(args.runs):
            for mode in MODES:  # interleaved: drift in the machine's speed hits all alike
                seconds, pooled, digest, events = measure(corpus, mode)
                best[mode] = min(best.get(mode, seconds), seconds)
                reading[mode] = min(reading.get(mode, pooled), pooled)
                digests.add(digest)
        for mode in MODES:
            totals[mode] += best[mode]
            reading_totals[mode] += reading[mode]
        label = "/".join(corpus.parts[-3:-1]) if corpus.parent.name else corpus.name
        _row(label, size, str(events), best, reading, len(digests) == 1)
        if len(digests) != 1:
            raise SystemExit(f"{corpus}: outputs differ between modes: {sorted(digests)}")
    _row("all", size_total, "", totals, reading_totals, True)


def _row(
    label: str,
    size: float,
    events: str,
    best: dict[str, float],
    reading: dict[str, float],
    same: bool,
) -> None:
    """One table row: best times in all, and of the reading the pool does (each mode's best
    reading, so a row's reading and build need not come from one run)."""
    times = " | ".join(f"{best[m]:.2f}" for m in MODES)
    per_core = size / best["re2 1w"]
    prefilter = best["pure 1w"] / best["re2 1w"]
    pool = best["re2 1w"] / best["re2 2w"]
    pool_reading = reading["re2 1w"] / reading["re2 2w"]
    builds = ", ".join(f"{best[m] - reading[m]:.2f}" for m in ("re2 1w", "re2 2w"))
    allowed = build_allowed(reading["re2 1w"], reading["re2 2w"])
    print(
        f"| {label} | {size:.1f} | {events} | {times} | {per_core:.2f} | {prefilter:.2f}× "
        f"| {pool:.2f}× | {pool_reading:.2f}× | {builds} "
        f"| {'none' if allowed is None else f'{allowed:.2f}'} | {'yes' if same else 'NO'} |"
    )


def build_allowed(one: float, two: float, goal: float = GOAL_TWO_WORKERS) -> float | None:
    """The longest build (seconds, the same in both modes) that still lets two workers
    reach ``goal`` × one in all, given the reading takes ``one`` seconds on one worker and
    ``two`` on two; None if none does (the reading alone scales less than ``goal``).

    From (one + b) / (two + b) ≥ goal: b ≤ (one − goal · two) / (goal − 1). A build common
    to both modes only pulls the whole ratio towards 1, so it never exceeds the reading's."""
    room = one - goal * two
    return room / (goal - 1) if room >= 0 else None


if __name__ == "__main__":
    main()
