"""Linearity benchmark: ingest one-line articles (one paragraph) from 100 KB to 20 MB.

Usage: ``python bench/linear.py [--sizes 0.1,1,4,20] [--source seeds] [--min-seconds 2]``

Each article is a ``.txt`` file without a newline: the paragraphs of the articles in
``--source`` (a folder of ``.txt`` articles, by default the seeds: news with dates),
shuffled with a fixed seed and joined by spaces until the size is reached, after a
"Published: 03 February 2026." lead. Before issue 17 every sentence of a paragraph
scanned every date expression of that paragraph, so ingest time grew with the square
of a paragraph's length (13 s at 2 MB, more than 300 s at 20 MB).

Every size is measured in fresh processes that have already imported the package, so
start-up does not count: the reader alone (``read_article``), extraction alone
(``extract_mentions``), and the whole ``chronicle ingest`` (``generator.ingest.ingest``
into a fresh project), with peak memory (max RSS). Small sizes run several times (at
least ``--min-seconds`` of ingest in all) and the fastest run counts. The table gives
time and time per MB; the last line the ratio of ingest time per MB at the largest size
to that at the smallest, measured in this run.

Goals (issue 17): the ratio about 1 (time linear in the paragraph's length) and the
20 MB article ingested in under 60 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from fresh import run_fresh  # noqa: E402

LEAD = "Published: 03 February 2026."
"""States the publication date, as the seeds do."""
MIN_PARAGRAPH = 80
"""Shorter lines of the source articles are headings, bylines and page furniture."""

_MEASURE = """
import json, resource, shutil, sys, time
from pathlib import Path
from generator.ingest import ingest
from generator.ingest.extract import extract_mentions
from generator.ingest.read import read_article
article_path, project = Path(sys.argv[1]), Path(sys.argv[2])
t0 = time.perf_counter()
article = read_article(article_path)
t1 = time.perf_counter()
mentions = extract_mentions(article)
t2 = time.perf_counter()
report = ingest([article_path], project / "content")
t3 = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"read": t1 - t0, "extract": t2 - t1, "ingest": t3 - t2, "peak_mb": peak,
                  "mentions": len(mentions), "events": report.events}))
"""


@dataclass(frozen=True)
class Run:
    """The measurements of one size (the fastest of its runs)."""

    mb: float
    """Size of the article file, in MB."""
    read: float
    """Seconds to read it (decode, boilerplate, publication date)."""
    extract: float
    """Seconds to extract its mentions."""
    ingest: float
    """Seconds for the whole ingest into a fresh project."""
    peak_mb: float
    """Peak memory of the process, in MB."""
    mentions: int
    """Mentions extracted."""
    events: int
    """Events the ingest made."""
    runs: int
    """How many times it ran."""


def source_paragraphs(source: Path) -> list[str]:
    """The story paragraphs (lines of at least :data:`MIN_PARAGRAPH` characters) of ``source``."""
    paragraphs = []
    for path in sorted(source.glob("*.txt")):
        for line in path.read_text("utf-8").splitlines():
            if len(line.strip()) >= MIN_PARAGRAPH:
                paragraphs.append(" ".join(line.split()))
    if not paragraphs:
        raise SystemExit(f"{source}: no paragraphs of {MIN_PARAGRAPH}+ characters in *.txt")
    return paragraphs


def write_one_line_article(paragraphs: list[str], size: int, out: Path, seed: int = 7) -> int:
    """Write an article of about ``size`` bytes on one line; returns its size."""
    rng = random.Random(seed)
    parts = [LEAD]
    total = len(LEAD)
    while total < size:
        order = paragraphs[:]
        rng.shuffle(order)
        for paragraph in order:
            parts.append(paragraph)
            total += len(paragraph.encode("utf-8")) + 1
            if total >= size:
                break
    out.write_text(" ".join(parts), "utf-8")
    return out.stat().st_size


def make_project(folder: Path) -> None:
    """A fresh project: the vocabularies, no events."""
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "content").mkdir(parents=True)
    for name in ("tags.yaml", "entities.yaml"):
        if (ROOT / "content" / name).is_file():
            shutil.copy(ROOT / "content" / name, folder / "content" / name)


def measure_once(article: Path, project: Path) -> dict[str, float]:
    """One run in a fresh process (the package imported before the clock starts)."""
    make_project(project)
    out = run_fresh(
        _MEASURE,
        [str(article), str(project)],
        what=f"ingest of {article}",
        env={"CHRONICLE_CACHE_DIR": str(project / ".cache")},
        cwd=project,
    )
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def measure(article: Path, work: Path, min_seconds: float) -> Run:
    """The fastest of enough runs to spend ``min_seconds`` ingesting ``article``."""
    results: list[dict[str, float]] = []
    spent = 0.0
    while not results or spent < min_seconds:
        result = measure_once(article, work / "project")
        results.append(result)
        spent += result["ingest"]
    best = min(results, key=lambda r: r["ingest"])
    return Run(
        mb=article.stat().st_size / 1e6,
        read=min(r["read"] for r in results),
        extract=min(r["extract"] for r in results),
        ingest=best["ingest"],
        peak_mb=max(r["peak_mb"] for r in results),
        mentions=int(best["mentions"]),
        events=int(best["events"]),
        runs=len(results),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,1,4,20", help="article sizes in MB")
    parser.add_argument("--source", type=Path, default=ROOT / "seeds")
    parser.add_argument("--min-seconds", type=float, default=2.0)
    parser.add_argument("--work", type=Path, default=None, help="keep the files here")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="chronicle-linear-"))
    work.mkdir(parents=True, exist_ok=True)
    paragraphs = source_paragraphs(args.source)
    print(f"cpus: {os.cpu_count()}, python {sys.version.split()[0]}, code: {ROOT}")
    header = (
        "| article MB | runs | read s | extract s | ingest s | read s/MB | extract s/MB "
        "| ingest s/MB | peak MB | mentions | events |"
    )
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    runs: list[Run] = []
    for mb in (float(s) for s in args.sizes.split(",")):
        article = work / f"one-line-{mb:g}mb.txt"
        write_one_line_article(paragraphs, int(mb * 1e6), article)
        run = measure(article, work, args.min_seconds)
        runs.append(run)
        print(
            f"| {run.mb:.2f} | {run.runs} | {run.read:.3f} | {run.extract:.3f} | "
            f"{run.ingest:.2f} | {run.read / run.mb:.3f} | {run.extract / run.mb:.3f} | "
            f"{run.ingest / run.mb:.3f} | {run.peak_mb:.0f} | {run.mentions} | {run.events} |",
            flush=True,
        )
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    if len(runs) > 1:
        first, last = runs[0], runs[-1]
        print(
            f"ingest s/MB at {last.mb:.2f} MB / at {first.mb:.2f} MB: "
            f"{(last.ingest / last.mb) / (first.ingest / first.mb):.2f} "
            f"(extract: {(last.extract / last.mb) / (first.extract / first.mb):.2f}, "
            f"read: {(last.read / last.mb) / (first.read / first.mb):.2f}); "
            f"{last.mb:.2f} MB ingested in {last.ingest:.1f} s"
        )


if __name__ == "__main__":
    main()
