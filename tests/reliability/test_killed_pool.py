"""A killed or terminated parallel ingest leaves no worker alive and no folder locked.

The issue (hardening, item 1): ``kill -9`` of ``chronicle ingest`` during its parallel
phase left both pool workers alive, waiting forever for work on a queue whose write end
they held themselves; forked while the ingest held the lock on ``content/``, they shared
it, so every later command was refused ("another chronicle command is changing this
folder") and the killed run was never rolled back. Now the workers die with the command
(a parent-death signal), no forked child keeps the lock, and SIGTERM rolls the run back
at once. Each run here is stopped at an exact step by ``pausing.py`` (the ``extract``
steps stop a worker, so the command is in the parallel phase), then signalled.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from generator.errors import ContentError
from generator.ingest.workers import PARALLEL_MIN_ARTICLES
from generator.store.events import load_events
from generator.store.journal import JOURNAL_DIR, transaction
from tests.conftest import ROOT
from tests.reliability.util import run, snapshot

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists() or multiprocessing.get_start_method() != "fork",
    reason="needs /proc and the fork start method (Linux)",
)

PAUSING = Path(__file__).with_name("pausing.py")
"""Runs the CLI and stops it at a named point (see its docstring)."""
CORPUS_EVENTS = 280
"""bench/corpus.py's argument: 70 articles, enough for the process pool."""
INGEST = ("-q", "ingest", "--no-progress", "corpus.jsonl")
GONE_WITHIN = 10.0
"""Seconds the workers get to die after the command did (they take milliseconds)."""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pool-corpus") / "corpus.jsonl"
    subprocess.run(
        [sys.executable, str(ROOT / "bench/corpus.py"), str(CORPUS_EVENTS), str(path)],
        check=True,
        capture_output=True,
    )
    articles = len(path.read_text("utf-8").splitlines())
    assert articles >= PARALLEL_MIN_ARTICLES, "the corpus must be large enough for the pool"
    return path


def _group(pgid: int) -> list[str]:
    """Command lines of the live (not zombie) processes of process group ``pgid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:  # ended meanwhile
            continue
        state, _ppid, group = stat[stat.rindex(")") + 2 :].split()[:3]
        if int(group) == pgid and state not in "ZX":
            command = cmdline.replace(b"\0", b" ").decode(errors="replace")
            found.append(f"{entry.name}: {command}")
    return found


def _stop_at(project: Path, point: str, number: int, signum: int) -> tuple[int, list[str]]:
    """Run the ingest stopped at ``point`` ``number``, send it ``signum``: exit status, survivors.

    The command runs in a session (process group) of its own, so that its workers can
    be found, and killed after the check if they outlived it.
    """
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        process = subprocess.Popen(
            [sys.executable, str(PAUSING), point, str(number), *INGEST],
            cwd=project,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            start_new_session=True,
        )
        try:
            assert process.stdout is not None
            for line in process.stdout:  # blocks until the point is reached or the run ends
                if line.startswith("paused "):
                    break
            else:
                process.wait()
                errors.seek(0)
                raise AssertionError(
                    f"the ingest ended (exit {process.returncode}) without reaching "
                    f"{point} {number}:\n{errors.read()[-3000:]}"
                )
            process.send_signal(signum)  # the command only, not its group
            status = process.wait(timeout=60)
            deadline = time.monotonic() + GONE_WITHIN
            while (survivors := _group(process.pid)) and time.monotonic() < deadline:
                time.sleep(0.05)
            return status, survivors
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)  # whatever outlived the command
            process.kill()
            process.wait()
            assert process.stdout is not None
            process.stdout.close()


def _reference(project: Path, tmp_path: Path) -> tuple[dict[str, bytes], int]:
    """content/ after a clean ingest of the corpus, and how many files it writes."""
    clean = tmp_path / "clean"
    shutil.copytree(project, clean)
    counted = subprocess.run(
        [sys.executable, str(PAUSING), "count", "0", *INGEST],
        cwd=clean,
        capture_output=True,
        text=True,
        check=False,
    )
    assert counted.returncode == 0, counted.stderr
    found = re.search(r"^writes (\d+)$", counted.stdout, re.M)
    assert found, counted.stdout
    return snapshot(clean / "content"), int(found[1])


def _restore(project: Path, pristine: Path) -> None:
    shutil.rmtree(project / "content")
    shutil.copytree(pristine, project / "content")


@pytest.mark.slow
def test_a_parallel_ingest_killed_anywhere_leaves_no_worker_and_the_next_one_succeeds(
    project: Path, corpus: Path, tmp_path: Path
) -> None:
    shutil.copy(corpus, project / "corpus.jsonl")
    articles = len(corpus.read_text("utf-8").splitlines())
    after, writes = _reference(project, tmp_path)
    pristine = tmp_path / "pristine"
    shutil.copytree(project / "content", pristine)
    points = [
        ("begin", 1),  # the lock is held, the pool not started yet
        # the parallel phase: a worker stops at its N-th article (some worker gets to
        # half the corpus, as the other cannot do more than the rest)
        ("extract", 1),
        ("extract", articles // 8),
        ("extract", articles // 4),
        ("extract", articles * 3 // 8),
        ("extract", articles // 2),
        # after the pool is shut down: the files are being written
        ("write", 1),
        ("write", writes // 2),
        ("commit", 1),
        ("committed", 1),
    ]
    for point, number in points:
        where = (point, number)
        status, survivors = _stop_at(project, point, number, signal.SIGKILL)
        assert status == -signal.SIGKILL, where
        assert not survivors, (where, "processes outlived the killed ingest", survivors)
        done = run(project, *INGEST, timeout=120)  # neither locked out nor left half done
        assert done.returncode == 0, (where, done.stderr)
        now = snapshot(project / "content")
        assert now == after, (where, _diff(after, now))
        _restore(project, pristine)


@pytest.mark.slow
def test_a_terminated_parallel_ingest_stops_its_workers_and_rolls_back_at_once(
    project: Path, corpus: Path, tmp_path: Path
) -> None:
    shutil.copy(corpus, project / "corpus.jsonl")
    articles = len(corpus.read_text("utf-8").splitlines())
    after, writes = _reference(project, tmp_path)
    before = snapshot(project / "content")
    for point, number in [("extract", articles // 4), ("write", writes // 2)]:
        where = (point, number)
        status, survivors = _stop_at(project, point, number, signal.SIGTERM)
        assert status == 128 + signal.SIGTERM, where  # exited, having cleaned up
        assert not survivors, (where, "processes outlived the terminated ingest", survivors)
        now = snapshot(project / "content")  # undone by the command itself, not the next one
        assert now == before, (where, _diff(before, now))
    done = run(project, *INGEST, timeout=120)
    assert done.returncode == 0, done.stderr
    assert snapshot(project / "content") == after


def test_a_forked_child_does_not_keep_the_folder_locked(tmp_path: Path) -> None:
    """The lock is the writer's alone: a child forked inside the transaction does not hold it."""
    root = tmp_path / "content"
    (root / "events/2026").mkdir(parents=True)
    (root / "events/2026/a.yaml").write_text("id: a\ntitle: A\ndate: 2026-01-01\n")
    before = snapshot(root)
    script = (
        "import os, sys, time\nfrom pathlib import Path\n"
        "from generator.store.files import write_text_atomic\n"
        "from generator.store.journal import transaction\n"
        "root = Path(sys.argv[1])\n"
        "with transaction(root):\n"
        "    new = 'id: a\\ntitle: B\\ndate: 2026-01-01\\n'\n"
        "    write_text_atomic(root / 'events/2026/a.yaml', new)\n"
        "    child = os.fork()\n"
        "    if child == 0:\n"
        "        quiet = os.open(os.devnull, os.O_WRONLY)\n"
        "        os.dup2(quiet, 1)\n"  # not the test's pipe: it waits for the command only
        "        os.dup2(quiet, 2)\n"
        "        time.sleep(120)\n"
        "        os._exit(0)\n"
        "    print(child, flush=True)\n"
        "    os._exit(9)\n"  # killed mid-transaction; its child lives on
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(root)], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 9, done.stderr
    child = int(done.stdout)
    try:
        assert (root / JOURNAL_DIR).is_dir()
        assert [e.title for e in load_events(root).events] == ["A"]  # rolled back
        assert snapshot(root) == before
        with transaction(root):  # and not locked out
            pass
    except ContentError as error:
        raise AssertionError(f"the dead writer's child still holds the lock: {error}") from None
    finally:
        os.kill(child, signal.SIGKILL)


def _diff(expected: dict[str, bytes], now: dict[str, bytes]) -> list[str]:
    return sorted(k for k in set(expected) | set(now) if expected.get(k) != now.get(k))[:10]
