"""Interrupted and failed commands leave content/ and site/ as they were, or fully updated.

``chronicle ingest`` runs in a :func:`generator.store.events.transaction`: every file it
changes is journaled first (old bytes, or "did not exist"), the journal is
deleted when the run completes, and a run that fails is undone at once; one
killed with SIGKILL is undone by the next command that reads content/ (any
of ``check``, ``build``, ``export``, ``ingest``). ``chronicle build`` stages the
site beside ``site/`` and swaps it in atomically.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.errors import ContentError
from generator.store.events import JOURNAL_DIR, load_events, transaction, write_text_atomic
from tests.conftest import ROOT
from tests.reliability.util import CHRONICLE, cli, folders, run, snapshot

CORPUS_ARTICLES = 160  # bench/corpus.py's argument: about 40 articles, 150 events


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    subprocess.run(
        [sys.executable, str(ROOT / "bench/corpus.py"), str(CORPUS_ARTICLES), str(path)],
        check=True,
        capture_output=True,
    )
    return path


def _leftovers(root: Path) -> list[str]:
    return [
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.name.endswith(".tmp") or JOURNAL_DIR in p.parts
    ]


# --- the transaction itself --------------------------------------------------------------


def test_a_failed_transaction_restores_every_file_and_folder(tmp_path: Path) -> None:
    root = tmp_path / "content"
    (root / "events/2026").mkdir(parents=True)
    (root / "events/2026/a.yaml").write_text("old a\n")
    (root / "state.json").write_text("{}\n")
    before, dirs = snapshot(root), folders(root)
    with pytest.raises(RuntimeError), transaction(root):
        write_text_atomic(root / "events/2026/a.yaml", "new a\n")
        write_text_atomic(root / "events/2027/deep/b.yaml", "new b\n")
        write_text_atomic(root / "events/2026/a.yaml", "newer a\n")
        write_text_atomic(root / "state.json", '{"x": 1}\n')
        assert (root / JOURNAL_DIR).is_dir()
        raise RuntimeError("boom")
    assert snapshot(root) == before
    assert folders(root) == dirs
    with transaction(root):
        write_text_atomic(root / "events/2026/a.yaml", "new a\n")
    assert (root / "events/2026/a.yaml").read_text() == "new a\n"
    assert not _leftovers(root)


def test_a_killed_transaction_is_undone_by_the_next_reader(tmp_path: Path) -> None:
    root = tmp_path / "content"
    (root / "events/2026").mkdir(parents=True)
    (root / "events/2026/a.yaml").write_text("id: a\ntitle: A\ndate: 2026-01-01\n")
    before = snapshot(root)
    script = (
        "import os, sys\nfrom pathlib import Path\n"
        "from generator.store.events import transaction, write_text_atomic\n"
        "root = Path(sys.argv[1])\n"
        "with transaction(root):\n"
        "    new = 'id: a\\ntitle: B\\ndate: 2026-01-01\\n'\n"
        "    write_text_atomic(root / 'events/2026/a.yaml', new)\n"
        "    write_text_atomic(root / 'events/2027/b.yaml', 'half')\n"
        "    (root / 'events/2026/.a.yaml.abcd1234.tmp').write_text('partial')\n"
        "    os._exit(9)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(root)], cwd=ROOT)
    assert done.returncode == 9
    assert snapshot(root) != before
    result = load_events(root)  # any reader rolls a dead run's journal back
    assert [e.title for e in result.events] == ["A"]
    assert snapshot(root) == before
    assert not (root / "events/2027").exists()


def test_a_second_writer_is_refused_while_the_first_runs(tmp_path: Path) -> None:
    root = tmp_path / "content"
    root.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pathlib import Path\n"
            "from generator.store.events import transaction\n"
            "with transaction(Path(sys.argv[1])):\n"
            "    print('in', flush=True)\n    time.sleep(30)\n",
            str(root),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "in"
        with pytest.raises(ContentError, match="another chronicle command"), transaction(root):
            pass
        load_events(root)  # a reader leaves the live journal alone
        assert (root / JOURNAL_DIR).is_dir()
    finally:
        holder.kill()
        holder.wait()
    load_events(root)
    assert not (root / JOURNAL_DIR).exists()


def test_a_failing_ingest_changes_nothing(project: Path) -> None:
    """An article refused after events were merged: the run is undone as a whole."""
    before = snapshot(project / "content")
    (project / "seeds" / "extra.txt").write_text("On Tuesday the council met.\n", "utf-8")
    (project / "seeds" / "EXTRA.txt").write_text("On Monday the court ruled.\n", "utf-8")
    result = cli(project, "ingest", "seeds")
    assert result.exit_code == 1, result.output
    assert snapshot(project / "content") == before


# --- SIGKILL at several points ----------------------------------------------------------


def _ingest_and_kill(project: Path, corpus: Path, when: str, delay: float) -> bool:
    """Start an ingest, SIGKILL it; True if it was killed before finishing."""
    process = subprocess.Popen(
        [*CHRONICLE, "-q", "ingest", "--no-progress", str(corpus)],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    manifest = project / "content" / JOURNAL_DIR / "manifest.jsonl"
    start = time.monotonic()
    while when == "writing" and process.poll() is None and time.monotonic() - start < 120:
        try:
            if manifest.stat().st_size > 0:  # the first file is being written
                break
        except OSError:
            pass
        time.sleep(0.002)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    return process.wait() == -signal.SIGKILL


@pytest.mark.slow
def test_killed_ingest_leaves_content_as_before_or_as_after(
    project: Path, corpus: Path, tmp_path: Path
) -> None:
    import shutil

    local = project / "corpus.jsonl"
    shutil.copy(corpus, local)
    reference = tmp_path / "reference"
    shutil.copytree(project, reference)
    done = run(reference, "-q", "ingest", "--no-progress", "corpus.jsonl")
    assert done.returncode == 0, done.stderr
    after = snapshot(reference / "content")
    before = snapshot(project / "content")
    assert after != before

    killed_while_writing = 0
    for when, delay in [
        ("start", 0.5),
        ("start", 1.0),
        ("writing", 0.0),
        ("writing", 0.1),
        ("writing", 0.3),
    ]:
        killed = _ingest_and_kill(project, Path("corpus.jsonl"), when, delay)
        checked = run(project, "check")  # the next command tidies up
        assert "Traceback" not in checked.stderr, checked.stderr
        now = snapshot(project / "content")
        assert now in (before, after), (when, delay, _diff(before, now))
        assert not _leftovers(project / "content"), (when, delay)
        if killed and when == "writing":
            killed_while_writing += 1
        if now == after:  # finished before the kill: start again from the old state
            shutil.rmtree(project / "content")
            shutil.copytree(ROOT / "content", project / "content")
    assert killed_while_writing >= 2, "the kills should land while files are being written"
    done = run(project, "-q", "ingest", "--no-progress", "corpus.jsonl")
    assert done.returncode == 0, done.stderr
    assert snapshot(project / "content") == after


def _diff(before: dict[str, bytes], now: dict[str, bytes]) -> list[str]:
    return sorted(k for k in set(before) | set(now) if before.get(k) != now.get(k))[:10]


@pytest.mark.slow
def test_killed_build_keeps_the_previous_site(project: Path) -> None:
    first = run(project, "build")
    assert first.returncode == 0, first.stderr
    site = project / "site"
    old_site = snapshot(site)
    marker = project / "content/events/2026/2026-02-03-late-addition.yaml"
    marker.write_text("id: 2026-02-03-late-addition\ntitle: Late addition\ndate: 2026-02-03\n")
    for delay in (0.5, 1.0, 2.0):
        process = subprocess.Popen([*CHRONICLE, "build"], cwd=project, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        current = snapshot(site)
        assert current == old_site or "events/2026-02-03-late-addition/index.html" in current
    # the next build tidies up what the killed ones left and completes
    done = run(project, "build")
    assert done.returncode == 0, done.stderr
    assert "events/2026-02-03-late-addition/index.html" in snapshot(site)
    assert not list(project.glob(".site.*")), list(project.glob(".site.*"))


def test_a_build_killed_between_the_two_renames_restores_the_old_site(project: Path) -> None:
    first = run(project, "build")
    assert first.returncode == 0, first.stderr
    old_site = snapshot(project / "site")
    # what the fallback swap leaves if killed after moving site/ aside
    os.replace(project / "site", project / ".site.old-abc")
    (project / ".site.new-def").mkdir()
    (project / ".site.new-def" / "index.html").write_text("half a site")
    from generator.site.build import _tidy

    _tidy(project / "site")
    assert snapshot(project / "site") == old_site
    assert not list(project.glob(".site.*"))


def test_a_failed_build_keeps_the_previous_site(project: Path) -> None:
    assert cli(project, "build").exit_code == 0
    old_site = snapshot(project / "site")
    bad = project / "content/events/2026/bad.yaml"
    bad.write_text("id: bad\ntitle: [unclosed\n")
    result = cli(project, "build")
    assert result.exit_code == 1 and "bad.yaml" in result.output
    assert snapshot(project / "site") == old_site
    assert not list(project.glob(".site.*"))
