"""A process pool for ingest's per-article work (reading, extraction), results in order.

Reading an article (boilerplate, dates) and extracting its mentions depend on
that article alone, so they run in worker processes: :func:`map_in_order`. The
workers end with the command: killed (even with SIGKILL, which runs no cleanup)
it takes them along (:func:`_die_with_parent`); interrupted or failing (Ctrl-C,
SIGTERM inside a transaction, an error, a consumer that stops early) it stops
them rather than waiting for the queued work.

``CHRONICLE_WORKERS`` sets how many workers (default: the CPUs, at most 8; ``1``
runs everything in this process).

Ingest makes millions of objects, keeps what it reads and makes almost no cyclic
garbage, so it runs with Python's cycle collector off (:func:`no_cycle_collection`; the
workers for their whole life): reference counting frees everything else.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

from generator.errors import InputError

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_MIN_ARTICLES = 64
"""Below this many articles a process pool costs more than it saves."""
WORKERS_ENV = "CHRONICLE_WORKERS"
"""Environment variable: the number of worker processes (1: none)."""
MAX_DEFAULT_WORKERS = 8
"""Default ceiling: past it, the serial steps after extraction dominate."""
_PR_SET_PDEATHSIG = 1
"""Linux ``prctl`` option: the signal a process gets when its parent dies."""
_WATCH_PARENT_EVERY = 0.5
"""Seconds between a worker's checks that its parent lives, where Linux does not tell it."""
_CHUNKS_PER_WORKER = 32
"""Tasks are sent in chunks, about this many per worker: few round trips, even load."""


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Run the block with Python's cycle collector off; it is on again after the block if it
    was before (nested blocks are fine).

    A collection walks every object still alive, and ingest keeps what it reads: over the
    Timeline17 topics the collector, even called 30 times less often than Python's
    default, took 2.0 s of 16 s and found 12 cycles in all.

    The objects made in the block are then old: they join the collector's oldest
    generation unexamined (:func:`_age_young_objects`) rather than wait in the youngest,
    where the first allocation after the block would walk them all at once (0.1–0.8 s
    after an ingest), and walk them again as they moved up.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            _age_young_objects()
            gc.enable()


def _age_young_objects() -> None:
    """Move every object the cycle collector tracks into its oldest generation without
    examining them, unless something else keeps objects frozen (:func:`gc.freeze`).

    This is sound: it changes only when cyclic garbage among them is found, never whether.
    :func:`gc.freeze` then :func:`gc.unfreeze` put every tracked object in the oldest
    generation, which the next full collection (or :func:`gc.collect`) walks as usual and
    frees the unreachable cycles of; nothing stays out of the collector's sight, and the
    objects reference counting frees are freed as before. Python's schedule of full
    collections (by the objects promoted since the last one) ignores those moved here, so
    a short-lived command may end without walking them at all. Objects frozen before (a
    count above zero) are left frozen: then the young ones are left young.
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def default_workers() -> int:
    """``CHRONICLE_WORKERS``, else the CPUs this process may use (at most 8)."""
    value = os.environ.get(WORKERS_ENV, "").strip()
    if value:
        if not value.isdigit() or int(value) < 1:
            raise InputError(f"{WORKERS_ENV} must be a whole number of at least 1, got {value!r}")
        return int(value)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(cpus or 1, MAX_DEFAULT_WORKERS)


def map_in_order(
    work: Callable[[T], R], items: Sequence[T], workers: int | None = None
) -> Iterator[R]:
    """``work`` of every item, in order, lazily; on a process pool when it pays.

    ``work`` must be a module-level function (the pool pickles it by name). An
    exception raised for an item is raised when that item's turn comes.
    """
    workers = workers if workers is not None else default_workers()
    if workers < 2 or len(items) < PARALLEL_MIN_ARTICLES:
        return map(work, items)
    return _pooled(work, items, min(workers, len(items)))


def _pooled(work: Callable[[T], R], items: Sequence[T], workers: int) -> Iterator[R]:
    chunk = max(1, len(items) // (workers * _CHUNKS_PER_WORKER))
    context = multiprocessing.get_context()
    # fork and spawn make this process the workers' parent; forkserver makes the server it
    parent = os.getpid() if context.get_start_method() != "forkserver" else None
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(parent,)
    )
    log.debug("%d workers for %d items, %d a chunk", workers, len(items), chunk)
    try:
        yield from pool.map(work, items, chunksize=chunk)
    except BaseException:  # GeneratorExit too: the consumer stopped early
        _stop_workers(pool)
        raise
    pool.shutdown()


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Cancel the pool's queued work and kill its workers now."""
    processes = list((pool._processes or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.kill()
    for process in processes:
        process.join()


def _start_worker(parent: int | None) -> None:
    """Pool initializer: the worker dies with its parent (:func:`_die_with_parent`) and
    runs without the cycle collector for its whole life (see :func:`no_cycle_collection`;
    its results leave it pickled, and what a task leaves behind is freed by reference
    counting)."""
    gc.disable()
    _die_with_parent(parent)


def _die_with_parent(parent: int | None) -> None:
    """Pool initializer: this worker ends when the process that started it ends.

    An idle worker waits for work on a queue whose write end every worker holds
    too, so it never sees the queue close: when its parent was killed with
    SIGKILL (which runs no cleanup) it waited forever. Linux sends it SIGKILL when
    the parent dies (``PR_SET_PDEATHSIG``); elsewhere a thread checks the parent
    is there. ``parent`` is the expected parent's id (None: whichever it is
    now); one already gone ends the worker at once. SIGINT (Ctrl-C reaches the
    whole process group) is left to the parent, which stops the pool.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    expected = parent if parent is not None else os.getppid()
    if not _set_parent_death_signal(signal.SIGKILL):
        threading.Thread(
            target=_watch_parent, args=(expected,), name="watch-parent", daemon=True
        ).start()
    if os.getppid() != expected:  # died before the signal was set
        os._exit(1)


def _set_parent_death_signal(signum: int) -> bool:
    """Have Linux send ``signum`` to this process when its parent dies; False if unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        done: int = libc.prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0)
    except (OSError, AttributeError):
        return False
    return done == 0


def _watch_parent(parent: int) -> None:
    """End this process as soon as its parent is no longer ``parent``."""
    while os.getppid() == parent:
        time.sleep(_WATCH_PARENT_EVERY)
    os._exit(1)


K = TypeVar("K")
V = TypeVar("V")


class OnceEach(dict[K, V]):
    """``work`` of each key, worked out the first time it is looked up (``table[key]``) and
    kept: for small answers ingest asks again and again about recurring words, a hit costs
    one dict look-up in C and no Python call. With ``most``, it starts afresh when that many
    are kept (for answers about sentences and titles, which recur less than words). A
    worker's answers join with :meth:`remember`: merging and scoring, which run in one
    process, need again what the workers worked out for each article."""

    def __init__(self, work: Callable[[K], V], most: int | None = None) -> None:
        super().__init__()
        self._work = work
        self._most = most

    def __missing__(self, key: K) -> V:
        if self._most is not None and len(self) >= self._most:
            self.clear()
        value = self[key] = self._work(key)
        return value

    def remember(self, answers: Iterable[tuple[K, V]]) -> None:
        """Keep answers a worker worked out (starting afresh first when full)."""
        if self._most is not None and len(self) >= self._most:
            self.clear()
        self.update(answers)
