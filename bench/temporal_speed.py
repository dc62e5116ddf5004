"""Speed of the temporal tagger against ``dateparser.search_dates`` on TimeBank text.

Usage (from the repository root)::

    python bench/temporal_speed.py [--data ../shared/data/timebank] [--mb 1.0]
                                   [--dateparser-kb 150] [--repeat 3] [--slices 10]
                                   [--profile]

The plain text of the TimeBank + AQUAINT documents (0.53 M characters) is
cycled until about ``--mb`` megabytes (UTF-8) are reached; each document is
tagged with its own DCT, as the pipeline does. dateparser is far slower, so by
default it runs on the first ``--dateparser-kb`` kilobytes of the same document
sequence and its time is scaled linearly to the full size (the output says so);
``--dateparser-kb 0`` runs it on everything. ``--profile`` prints the cProfile
hotspots of our tagger.

Both taggers are timed in CPU seconds of this process (``time.process_time``),
in ``--repeat`` paired runs: each run alternates the two taggers over
``--slices`` slices of their texts, so both work under the same machine load
(on a shared machine the load changes by the second). The ratio reported is
the median of the runs' ratios, each run's ratio is printed, and so are the
wall-clock ratios.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from temporal_eval import DEFAULT_DATA, Doc, load_corpus  # noqa: E402

from generator.dates import PartialDate  # noqa: E402
from generator.temporal import tag  # noqa: E402


def take(docs: list[Doc], limit_bytes: int) -> list[Doc]:
    """Documents in order, cycling, until ``limit_bytes`` of UTF-8 text."""
    out: list[Doc] = []
    size = 0
    i = 0
    while size < limit_bytes and docs:
        doc = docs[i % len(docs)]
        out.append(doc)
        size += len(doc.text.encode("utf-8"))
        i += 1
    return out


def nbytes(docs: list[Doc]) -> int:
    """Total UTF-8 size of the documents' text."""
    return sum(len(d.text.encode("utf-8")) for d in docs)


def run_ours(docs: list[Doc]) -> int:
    """Tag every document; return the number of expressions."""
    n = 0
    for doc in docs:
        n += len(tag(doc.text, PartialDate.parse(doc.dct[:10])))
    return n


def run_dateparser(docs: list[Doc]) -> int:
    """search_dates on every document; return the number of expressions."""
    from dateparser.search import search_dates

    n = 0
    for doc in docs:
        base = dt.datetime.fromisoformat(doc.dct[:10])
        found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        n += len(found)
    return n


def split(docs: list[Doc], parts: int) -> list[list[Doc]]:
    """``docs`` cut into ``parts`` consecutive slices of about equal count."""
    k = max(1, parts)
    return [docs[i * len(docs) // k : (i + 1) * len(docs) // k] for i in range(k)]


def clock(run: Callable[[], int]) -> tuple[float, float, int]:
    """CPU seconds, wall seconds and result of one call."""
    c0, w0 = time.process_time(), time.perf_counter()
    n = run()
    return time.process_time() - c0, time.perf_counter() - w0, n


@dataclass
class Run:
    """One paired run: both taggers' CPU and wall seconds, and their expression counts."""

    ours_cpu: float = 0.0
    ours_wall: float = 0.0
    dp_cpu: float = 0.0
    dp_wall: float = 0.0
    n_ours: int = 0
    n_dp: int = 0


def paired_runs(docs: list[Doc], dp_docs: list[Doc], repeat: int, slices: int) -> list[Run]:
    """Time both taggers slice by slice, alternating, ``repeat`` times.

    On a shared machine the load changes by the second; alternating small
    slices puts both taggers under the same load, so their ratio is stable
    even when the absolute times are not.
    """
    runs = []
    for _ in range(max(1, repeat)):
        r = Run()
        for ours_part, dp_part in zip(split(docs, slices), split(dp_docs, slices), strict=True):
            cpu, wall, n = clock(partial(run_ours, ours_part))
            r.ours_cpu, r.ours_wall, r.n_ours = r.ours_cpu + cpu, r.ours_wall + wall, r.n_ours + n
            cpu, wall, n = clock(partial(run_dateparser, dp_part))
            r.dp_cpu, r.dp_wall, r.n_dp = r.dp_cpu + cpu, r.dp_wall + wall, r.n_dp + n
        runs.append(r)
    return runs


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--mb", type=float, default=1.0, help="megabytes of text to tag")
    ap.add_argument("--dateparser-kb", type=float, default=150.0,
                    help="kilobytes for dateparser, scaled to the full size (0: all)")  # fmt: skip
    ap.add_argument("--repeat", type=int, default=3, help="paired runs of both taggers")
    ap.add_argument("--slices", type=int, default=10, help="alternating slices per run")
    ap.add_argument("--profile", action="store_true", help="print cProfile hotspots of our tagger")
    args = ap.parse_args(argv)
    data = args.data if args.data.is_absolute() else Path.cwd() / args.data
    if not data.is_dir():
        print(f"no TimeBank data at {data}", file=sys.stderr)
        return 2
    corpus = load_corpus(data, ["TimeBank", "AQUAINT"])
    docs = take(corpus, int(args.mb * 1_000_000))
    size = nbytes(docs)
    print(
        f"text: {size / 1e6:.2f} MB ({len(docs)} documents; "
        f"the {nbytes(corpus) / 1e6:.2f} MB corpus cycled)"
    )

    dp_docs = docs if args.dateparser_kb <= 0 else take(corpus, int(args.dateparser_kb * 1000))
    dp_size = nbytes(dp_docs)
    scale = size / dp_size
    runs = paired_runs(docs, dp_docs, args.repeat, args.slices)
    best = min(runs, key=lambda r: r.ours_cpu)
    best_dp = min(runs, key=lambda r: r.dp_cpu)
    ours, dp = best.ours_cpu, best_dp.dp_cpu * scale
    print(
        f"chronicle   {ours:8.2f} s  {size / 1e6 / ours:8.2f} MB/s  {best.n_ours} expressions"
        f"  (CPU, best of {len(runs)}; wall {best.ours_wall:.2f} s)"
    )
    note = (
        "" if dp_docs is docs else f", measured on {dp_size / 1e3:.0f} kB and scaled x{scale:.1f}"
    )
    print(
        f"dateparser  {dp:8.2f} s  {size / 1e6 / dp:8.2f} MB/s  {best_dp.n_dp} expressions"
        f"  (CPU, best of {len(runs)}{note}; wall {best_dp.dp_wall * scale:.2f} s)"
    )
    ratios = sorted(r.dp_cpu * scale / r.ours_cpu for r in runs)
    walls = sorted(r.dp_wall * scale / r.ours_wall for r in runs)
    print(
        f"ratio: chronicle is {statistics.median(ratios):.1f}x faster than dateparser.search_dates"
        f" (median of {len(runs)} paired runs, CPU: {', '.join(f'{x:.1f}' for x in ratios)};"
        f" wall clock: {', '.join(f'{x:.1f}' for x in walls)})"
    )

    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        run_ours(docs)
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(8)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
