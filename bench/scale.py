"""Scale benchmark: ingest and build synthetic stories of 100, 1,000 and 10,000 events.

Usage: ``python bench/scale.py [--sizes 100,1000,10000] [--work DIR] [--real [JSONL ...]]``

For each size it generates a corpus (bench/corpus.py), runs in a fresh project:
``chronicle ingest`` (throughput in MB/s of article text), the page generation
alone (our code), ``chronicle build`` (a first build: empty content cache, no
previous site, empty docs folder) and a plain ``mkdocs build`` of the same
generated pages without our plugin (the baseline, measured in the same run) in
turn ``--repeat`` times (default 3; the medians are shown), then ``chronicle
build`` again after one event file was edited (an incremental build). With
``--real`` (by default every Timeline17 topic under ``../shared/data/t17`` when
present) a last row does the same on real news, all
topics in one project. It prints one table: times, the build/mkdocs ratio, site and
search-index sizes (and index bytes per event), and peak memory (max RSS).

Goals (issue 7): ingest ≥ 1 MB/s per core; chronicle build ≤ 1.15 × plain
mkdocs build; 10,000 events with a search index ≤ 5 MB; memory ≤ 1 GB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus import write_corpus  # noqa: E402

_RSS = (
    "import resource, subprocess, sys\n"
    "r = subprocess.run(sys.argv[1:])\n"
    "sys.stderr.write('maxrss=%d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(r.returncode)\n"
)
_GENERATE = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from generator.site.build import prepare_docs\n"
    "from generator.site.generate import SiteOptions\n"
    "from generator.project import PAGES_DIR, STATIC_DIR\n"
    "t = time.perf_counter()\n"
    "prepare_docs(Path('content'), Path(sys.argv[1]), SiteOptions('Bench'),"
    " [STATIC_DIR, PAGES_DIR])\n"
    "print('%.3f' % (time.perf_counter() - t))\n"
)


@dataclass
class Step:
    """One measured command."""

    seconds: float
    """Wall-clock time."""
    peak_mb: float
    """Peak resident memory of the command's processes."""
    output: str
    """What it printed on stdout."""


def run(cmd: list[str], cwd: Path, cache: Path | None = None) -> Step:
    """Run ``cmd`` in ``cwd``, measuring wall time and peak RSS; fail loudly.

    ``cache``: the content cache's folder (``CHRONICLE_CACHE_DIR``) for the command.
    """
    start = time.perf_counter()
    env = {**os.environ, "CHRONICLE_CACHE_DIR": str(cache)} if cache is not None else None
    proc = subprocess.run(
        [sys.executable, "-c", _RSS, *cmd],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}")
    rss = next(
        (
            int(line.split("=")[1])
            for line in proc.stderr.splitlines()
            if line.startswith("maxrss=")
        ),
        0,
    )
    return Step(elapsed, rss / 1024, proc.stdout)


def make_project(folder: Path) -> None:
    """A fresh project: our config and theme, the tag vocabulary, no events."""
    shutil.copytree(ROOT / "site_config", folder / "site_config")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    (folder / "content").mkdir()
    shutil.copy(ROOT / "content" / "tags.yaml", folder / "content" / "tags.yaml")
    (folder / "generated").mkdir()


def plain_config(folder: Path) -> Path:
    """mkdocs.yml without the chronicle plugin, building the already generated pages."""
    text = (folder / "mkdocs.yml").read_text("utf-8")
    lines, skip = [], False
    for line in text.splitlines():
        if line.strip() == "- chronicle:":
            skip = True
            continue
        if skip and line.startswith("      "):
            continue
        skip = False
        lines.append(line)
    plain = folder / "plain-mkdocs.yml"
    text = "\n".join(lines) + "\n"
    plain.write_text(text.replace("site_dir: site", "site_dir: plain-site"), "utf-8")
    return plain


def edit_one_event(folder: Path) -> None:
    """A hand edit: a few words added to the summary of the event in the middle."""
    files = sorted((folder / "content" / "events").rglob("*.yaml"))
    path = files[len(files) // 2]
    data = yaml.safe_load(path.read_text("utf-8"))
    data["summary"] = f"Edited by hand. {data.get('summary') or ''}"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def _fresh(folder: Path) -> Path:
    """A new, empty content cache folder inside ``folder``."""
    return Path(tempfile.mkdtemp(prefix="content-cache-", dir=folder))


def size_mb(path: Path) -> float:
    """Total size of the files under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


REPEAT = 3
"""Pairs of builds (ours, then plain MkDocs) each comparison takes the median of."""


def compare_builds(folder: Path, plain: Path, repeat: int) -> tuple[Step, Step, Path]:
    """``chronicle build`` and plain ``mkdocs build`` of the same pages, in turn ``repeat``
    times, each from an empty output folder after the disk has caught up (``sync``): the
    median run of each, and the content cache of the last build. A build timed right after
    many files were written or deleted pays for the disk's backlog, so neither build goes
    first after ingest alone."""
    ours: list[Step] = []
    theirs: list[Step] = []
    cache = folder
    for _ in range(repeat):
        shutil.rmtree(folder / "site", ignore_errors=True)
        cache = _fresh(folder)
        os.sync()
        ours.append(run(["chronicle", "-q", "build"], folder, cache))
        shutil.rmtree(folder / "plain-site", ignore_errors=True)
        os.sync()
        theirs.append(run(["mkdocs", "build", "-q", "-f", str(plain)], folder))
    return _median(ours), _median(theirs), cache


def _median(steps: list[Step]) -> Step:
    """The run of median time (the lower middle one of an even number)."""
    return sorted(steps, key=lambda step: step.seconds)[(len(steps) - 1) // 2]


def measure(events: int, work: Path, repeat: int = REPEAT) -> dict[str, float]:
    """All measurements for one synthetic corpus size."""
    folder = work / f"n{events}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    make_project(folder)
    corpus = folder / "corpus.jsonl"
    corpus_mb = write_corpus(events, corpus) / 1e6
    return measure_corpus(folder, [corpus], corpus_mb, repeat)


def measure_real(paths: list[Path], work: Path, repeat: int = REPEAT) -> dict[str, float]:
    """All measurements for real corpora (every shared topic together)."""
    folder = work / "real"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    make_project(folder)
    corpus_mb = sum(p.stat().st_size for p in paths) / 1e6
    return measure_corpus(folder, [p.resolve() for p in paths], corpus_mb, repeat)


def measure_corpus(
    folder: Path, corpus: list[Path], corpus_mb: float, repeat: int = REPEAT
) -> dict[str, float]:
    """Ingest ``corpus`` into the project in ``folder``, build it every way, measure."""
    paths = [str(p) for p in corpus]
    ingest = run(["chronicle", "-q", "ingest", "--no-progress", *paths], folder)
    made = len(list((folder / "content" / "events").rglob("*.yaml")))
    # Our generation and the first build each start from an empty content cache (the
    # generation would otherwise fill the one the build reads); the rebuild after an
    # edit finds the cache the first build left, as it would.
    gen = run([sys.executable, "-c", _GENERATE, str(folder / "gen-only")], folder, _fresh(folder))
    build, plain, cache = compare_builds(folder, plain_config(folder), repeat)
    edit_one_event(folder)
    rebuild = run(["chronicle", "-q", "build"], folder, cache)
    index = folder / "site" / "search" / "search_index.json"
    return {
        "events": made,
        "corpus_mb": corpus_mb,
        "ingest_s": ingest.seconds,
        "ingest_mbps": corpus_mb / ingest.seconds,
        "ingest_peak": ingest.peak_mb,
        "gen_s": float(gen.output.strip().splitlines()[-1]),
        "build_s": build.seconds,
        "build_peak": build.peak_mb,
        "rebuild_s": rebuild.seconds,
        "mkdocs_s": plain.seconds,
        "ratio": build.seconds / plain.seconds,
        "site_mb": size_mb(folder / "site"),
        "index_mb": index.stat().st_size / 1e6,
        "index_b_per_event": index.stat().st_size / max(made, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--work", type=Path, default=None, help="keep the projects here")
    parser.add_argument(
        "--repeat",
        type=int,
        default=REPEAT,
        help="build pairs (ours, plain MkDocs) per row; the table shows their medians",
    )
    parser.add_argument(
        "--real",
        type=Path,
        nargs="*",
        default=None,
        help="also a row for these real corpora together (default: every Timeline17 topic "
        "under ../shared/data/t17 when present; give none to skip)",
    )
    args = parser.parse_args()
    repeat = max(1, args.repeat)
    real = args.real
    if real is None:
        real = sorted((ROOT.parent / "shared" / "data" / "t17").glob("*/*/articles.jsonl"))
    work = args.work or Path(tempfile.mkdtemp(prefix="chronicle-scale-"))
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"cpus: {os.cpu_count()}, python {sys.version.split()[0]}, work: {work}")
    header = (
        "| events | corpus MB | ingest s | ingest MB/s | ingest peak MB | our generation s "
        "| chronicle build s | rebuild after 1 edit s | plain mkdocs s | build/mkdocs "
        "| site MB | search index MB | index B/event | build peak MB |"
    )
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    rows = [(f"{n:,} synthetic", lambda n=n: measure(n, work, repeat)) for n in sizes if n]
    if real:
        rows.append((f"{len(real)} real corpora", lambda: measure_real(real, work, repeat)))
    for label, measured in rows:
        m = measured()
        print(
            f"| {label}: {m['events']:,} | {m['corpus_mb']:.2f} | {m['ingest_s']:.1f} | "
            f"{m['ingest_mbps']:.2f} | {m['ingest_peak']:.0f} | {m['gen_s']:.2f} | "
            f"{m['build_s']:.1f} | {m['rebuild_s']:.1f} | {m['mkdocs_s']:.1f} | "
            f"{m['ratio']:.2f} | {m['site_mb']:.1f} | {m['index_mb']:.2f} | "
            f"{m['index_b_per_event']:.0f} | {m['build_peak']:.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
