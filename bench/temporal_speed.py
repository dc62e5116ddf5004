"""Speed of the temporal tagger against ``dateparser.search_dates`` on TimeBank text.

Usage (from the repository root)::

    python bench/temporal_speed.py [--data ../shared/data/timebank] [--mb 1.0]
                                   [--dateparser-kb 150] [--profile]

The plain text of the TimeBank + AQUAINT documents (0.53 M characters) is
cycled until about ``--mb`` megabytes (UTF-8) are reached; each document is
tagged with its own DCT, as the pipeline does. dateparser is far slower, so by
default it runs on the first ``--dateparser-kb`` kilobytes of the same document
sequence and its time is scaled linearly to the full size (the output says so);
``--dateparser-kb 0`` runs it on everything. ``--profile`` prints the cProfile
hotspots of our tagger.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import pstats
import sys
import time
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


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--mb", type=float, default=1.0, help="megabytes of text to tag")
    ap.add_argument("--dateparser-kb", type=float, default=150.0,
                    help="kilobytes for dateparser, scaled to the full size (0: all)")  # fmt: skip
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

    t0 = time.perf_counter()
    n_ours = run_ours(docs)
    ours = time.perf_counter() - t0
    print(f"chronicle   {ours:8.2f} s  {size / 1e6 / ours:8.2f} MB/s  {n_ours} expressions")

    dp_docs = docs if args.dateparser_kb <= 0 else take(corpus, int(args.dateparser_kb * 1000))
    dp_size = nbytes(dp_docs)
    t0 = time.perf_counter()
    n_dp = run_dateparser(dp_docs)
    dp_time = time.perf_counter() - t0
    scaled = dp_time * size / dp_size
    note = (
        ""
        if dp_docs is docs
        else f" (measured on {dp_size / 1e3:.0f} kB: {dp_time:.2f} s, scaled x{size / dp_size:.1f})"
    )
    print(f"dateparser  {scaled:8.2f} s  {size / 1e6 / scaled:8.2f} MB/s  {n_dp} expressions{note}")
    print(f"ratio: chronicle is {scaled / ours:.1f}x faster than dateparser.search_dates")

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
