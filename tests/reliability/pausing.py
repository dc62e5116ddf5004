"""Run the ``chronicle`` CLI and stop it for good at a named point, for a test to SIGKILL it there.

A kill after a sleep lands wherever the process happens to be (reading,
writing, or already done, depending on the machine's load), so a test built
on one passes or fails by chance. This runner makes the place exact: it wraps
one step of the content transaction or of the site build, and when the
process reaches it, prints ``paused POINT N`` on stdout and blocks until it
is killed. Everything else is the real command in a real process.

    python tests/reliability/pausing.py POINT N CHRONICLE-ARGS...

POINT, with N counting from 1:

- ``begin``: the content transaction has started (journal created); nothing read or written.
- ``extract``: a worker of the extraction pool is about to extract its N-th article (the
  first worker to get there stops; the command waits for it in the parallel phase). The
  pool is used whatever the machine's cores: two workers (the ``fork`` start method).
- ``write``: the N-th file is about to change: its old bytes are journaled, it is not
  replaced yet (N - 1 files are written).
- ``commit``: every file is written; the commit point (deleting the manifest) is not reached.
- ``committed``: the manifest is deleted (the run is committed); the journal folder remains.
- ``page``: MkDocs is about to write its N-th file into the staging folder.
- ``swap``: the new site is complete in its staging folder, about to be swapped in.
- ``swapped``: the new site is swapped in; the previous one is not deleted yet.
- ``count``: never stops; prints ``writes N`` (the files the transaction changed) at exit.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import threading
from pathlib import Path
from typing import Any

POINTS = ("begin", "extract", "write", "commit", "committed", "page", "swap", "swapped", "count")
"""The points this runner can stop at (see the module docstring)."""


def pause(point: str, number: int) -> None:
    """Say where the process is, then block until it is killed."""
    print(f"paused {point} {number}", flush=True)
    threading.Event().wait()


def install(point: str, at: int) -> None:
    """Wrap the step named ``point`` so that its ``at``-th call pauses the process."""
    from generator.store.journal import Transaction

    store = sys.modules[Transaction.__module__]
    if point in ("write", "count"):
        seen: list[str] = []
        before_write = Transaction.before_write

        def journaled(self: Any, path: Path, old: bytes | None) -> bool:
            guarded = before_write(self, path, old)
            key = os.path.abspath(path)
            if guarded and key not in seen:
                seen.append(key)
                if point == "write" and len(seen) == at:
                    pause(point, at)
            return guarded

        Transaction.before_write = journaled  # type: ignore[method-assign]
        if point == "count":
            atexit.register(lambda: print(f"writes {len(seen)}", flush=True))
    elif point == "begin":
        begin = Transaction.begin

        def begun(self: Any) -> None:
            begin(self)
            pause(point, 1)

        Transaction.begin = begun  # type: ignore[method-assign]
    elif point == "extract":
        _pause_in_workers(at)
    elif point in ("commit", "committed"):
        commit = Transaction.commit
        committing = threading.Event()

        def committed(self: Any) -> None:
            if point == "commit":
                pause(point, 1)
            committing.set()
            commit(self)

        class _Shutil:
            """``shutil`` for the store module: stops before the journal folder is removed."""

            def __getattr__(self, name: str) -> Any:
                return getattr(shutil, name)

            def rmtree(self, path: Any, *args: Any, **kwargs: Any) -> None:
                if committing.is_set() and Path(path).name == store.JOURNAL_DIR:
                    pause(point, 1)
                shutil.rmtree(path, *args, **kwargs)

        Transaction.commit = committed  # type: ignore[method-assign]
        store.shutil = _Shutil()  # type: ignore[attr-defined]
    elif point == "page":
        import mkdocs.utils

        write_file = mkdocs.utils.write_file
        count = [0]

        def writing(content: bytes, output_path: str) -> None:
            count[0] += 1
            if count[0] == at:
                pause(point, at)
            write_file(content, output_path)

        mkdocs.utils.write_file = writing
    elif point in ("swap", "swapped"):
        from generator.site import build

        swap_in, exchange = build._swap_in, build._exchange

        def swapping(staging: Path, target: Path) -> None:
            pause(point, 1)
            swap_in(staging, target)

        def exchanged(a: Path, b: Path) -> bool:
            done = exchange(a, b)
            if done:
                pause(point, 1)
            return done

        if point == "swap":
            build._swap_in = swapping
        else:
            build._exchange = exchanged
    else:
        raise SystemExit(f"unknown point {point!r}; expected one of {', '.join(POINTS)}")


def _pause_in_workers(at: int) -> None:
    """Pause the first pool worker that reaches its ``at``-th article; always use a pool."""
    from generator.ingest import extract, pipeline

    command = os.getpid()
    calls = [0]
    extract_mentions = extract.extract_mentions
    read_all = pipeline.read_all

    def extracting(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() != command:  # a worker (the command re-extracts some articles itself)
            calls[0] += 1
            if calls[0] == at:
                pause("extract", at)
        return extract_mentions(*args, **kwargs)

    # The pool pickles the function by name: the wrapper must be found under it (a forked
    # worker has this process's modules, wrapper included).
    extracting.__module__ = extract_mentions.__module__
    extracting.__qualname__ = extract_mentions.__qualname__

    def in_pool(articles: Any, workers: int | None = None) -> Any:
        return read_all(articles, 2)

    extract.extract_mentions = extracting
    vars(pipeline)["extract_mentions"] = extracting  # the name build_events gives the pool
    pipeline.read_all = in_pool


def main(argv: list[str]) -> None:
    point, at, *args = argv
    install(point, int(at))
    from generator.cli import main as chronicle

    chronicle(args, prog_name="chronicle")


if __name__ == "__main__":
    main(sys.argv[1:])
