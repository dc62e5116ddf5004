"""Interrupted and failed commands leave content/ and site/ as they were, or fully updated.

``chronicle ingest`` runs in a :func:`generator.store.journal.transaction`: every file it
changes is journaled first (old bytes, or "did not exist"), the journal is
deleted when the run completes, and a run that fails is undone at once; one
killed with SIGKILL is undone by the next command that reads content/ (any
of ``check``, ``build``, ``export``, ``ingest``). ``chronicle build`` stages the
site beside ``site/`` and swaps it in atomically.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from generator.errors import ContentError
from generator.store.events import load_events
from generator.store.files import write_text_atomic
from generator.store.journal import JOURNAL_DIR, transaction
from tests.conftest import ROOT
from tests.reliability.util import cli, folders, run, snapshot

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
        "from generator.store.files import write_text_atomic\n"
        "from generator.store.journal import transaction\n"
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


def test_commit_syncs_every_file_written_together_and_reports_a_failed_sync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At commit, the files are synced several at a time (one journal flush for many),
    each once; a file that fails to sync fails the commit after the others are synced."""
    content = tmp_path / "content"
    real_fsync = os.fsync
    synced: dict[int, str] = {}  # inode: the thread that synced it
    failing: set[int] = set()

    def fsync(fd: int) -> None:  # the commit's (the journal syncs its backups as it goes)
        inode, thread = os.fstat(fd).st_ino, threading.current_thread().name
        if thread.startswith("chronicle-fsync"):
            assert inode not in synced, "a file synced twice"
            synced[inode] = thread
        if inode in failing:
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with transaction(content):
        for number in range(40):
            write_text_atomic(content / "events" / f"e{number}.yaml", f"id: e{number}\n")
        assert not synced  # not one file at a time while writing
    inodes = {path.stat().st_ino for path in (content / "events").iterdir()}
    assert set(synced) == inodes
    assert len(set(synced.values())) > 1  # several at once
    synced.clear()
    with pytest.raises(OSError, match="Input/output"), transaction(content):
        for number in range(40):
            write_text_atomic(content / "events" / f"e{number}.yaml", f"id: e{number}b\n")
        failing.add((content / "events" / "e7.yaml").stat().st_ino)
    assert set(synced) == {path.stat().st_ino for path in (content / "events").iterdir()}


def test_a_second_writer_is_refused_while_the_first_runs(tmp_path: Path) -> None:
    root = tmp_path / "content"
    root.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom pathlib import Path\n"
            "from generator.store.journal import transaction\n"
            "with transaction(Path(sys.argv[1])):\n"
            "    print('in', flush=True)\n    sys.stdin.read()\n",  # holds it until killed
            str(root),
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
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


# --- SIGKILL at exact points -------------------------------------------------------------
#
# Each run is stopped at a named step by tests/reliability/pausing.py and killed there, so
# every kill lands where the test says (a kill after a sleep landed wherever the process
# happened to be, and the test passed or failed with the machine's load).

PAUSING = Path(__file__).with_name("pausing.py")
"""Runs the CLI and stops it at a named point (see its docstring)."""
UNDONE = "an interrupted run's changes were undone"
"""What the next command logs when it rolls back a killed run's journal."""


def _kill_at(project: Path, point: str, number: int, *args: str) -> None:
    """Run ``chronicle ARGS`` in ``project``, stopped at ``point`` ``number``; SIGKILL it there."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        process = subprocess.Popen(
            [sys.executable, str(PAUSING), point, str(number), *args],
            cwd=project,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert process.stdout is not None
        with process.stdout:
            for line in process.stdout:  # blocks until the point is reached or the run ends
                if line.startswith("paused "):
                    break
            else:
                process.wait()
                errors.seek(0)
                raise AssertionError(
                    f"chronicle {' '.join(args)} ended (exit {process.returncode}) without "
                    f"reaching {point} {number}:\n{errors.read()[-3000:]}"
                )
            process.send_signal(signal.SIGKILL)
            assert process.wait() == -signal.SIGKILL


def _without_journal(files: dict[str, bytes]) -> dict[str, bytes]:
    return {k: v for k, v in files.items() if not k.startswith(JOURNAL_DIR + "/")}


@pytest.mark.slow
def test_killed_ingest_leaves_content_as_before_or_as_after(
    project: Path, corpus: Path, tmp_path: Path
) -> None:
    shutil.copy(corpus, project / "corpus.jsonl")
    ingest = ("-q", "ingest", "--no-progress", "corpus.jsonl")
    reference = tmp_path / "reference"
    shutil.copytree(project, reference)
    counted = subprocess.run(
        [sys.executable, str(PAUSING), "count", "0", *ingest],
        cwd=reference,
        capture_output=True,
        text=True,
        check=False,
    )
    assert counted.returncode == 0, counted.stderr
    found = re.search(r"^writes (\d+)$", counted.stdout, re.M)
    assert found, counted.stdout
    writes = int(found[1])
    after = snapshot(reference / "content")
    before = snapshot(project / "content")
    assert after != before
    assert writes >= 3, "the corpus should change several files"
    pristine = tmp_path / "pristine"
    shutil.copytree(project / "content", pristine)

    for point, number, expected in [
        ("begin", 1, before),  # journal started, nothing written
        ("write", 1, before),  # first file journaled, not yet replaced
        ("write", writes // 2, before),  # half the files written
        ("write", writes, before),  # all but the last written
        ("commit", 1, before),  # every file written, not committed
        ("committed", 1, after),  # committed, journal folder not yet removed
    ]:
        where = (point, number)
        _kill_at(project, point, number, *ingest)
        assert (project / "content" / JOURNAL_DIR).is_dir(), where
        if point == "write" and number > 1:
            half = _without_journal(snapshot(project / "content"))
            assert half not in (before, after), (where, "some files new, some old")
        checked = run(project, "check")  # the next command tidies up
        assert "Traceback" not in checked.stderr, checked.stderr
        assert (UNDONE in checked.stderr) == (point in ("write", "commit")), checked.stderr
        now = snapshot(project / "content")
        assert now == expected, (where, _diff(expected, now))
        assert not _leftovers(project / "content"), where
        if now != before:  # start the next kill from the old state again
            shutil.rmtree(project / "content")
            shutil.copytree(pristine, project / "content")
    done = run(project, *ingest)
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
    page = "events/2026-02-03-late-addition/index.html"
    for point, number in [("page", 1), ("page", 40), ("swap", 1)]:
        _kill_at(project, point, number, "build")
        assert snapshot(site) == old_site, (point, number)
        assert list(project.glob(".site.new-*")), "the killed build left its staging folder"
    _kill_at(project, "swapped", 1, "build")  # the new site is in, the old one not yet deleted
    new_site = snapshot(site)
    assert page in new_site and page not in old_site
    # the next build tidies up what the killed ones left and completes
    done = run(project, "build")
    assert done.returncode == 0, done.stderr
    assert snapshot(site) == new_site
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
