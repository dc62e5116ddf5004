"""One function run in a forked child process while this process goes on.

``chronicle build`` generates the docs folder (reading and validating
``content/``, generating the pages and writing them: our own work, about a
second on H1N1) in a child process forked before MkDocs starts up (importing
MkDocs, Material and Markdown and loading the configuration, its plugins and
the theme: about 0.4 s), so on two cores or more the two overlap. The plugin
takes the child's result where it would have done the work itself
(:func:`generator.site.build.take_prepared`).

The child's log records travel back with its result and are handed to their
loggers' handlers when the result is taken, so the messages come out where and
as they would have without the child. When the child fails for any reason, its
records are dropped and :meth:`Ahead.result` gives None: the caller does the
work itself and meets the same problem, with the same messages.

Only where ``os.fork`` exists and this process runs a single thread (forking
a process whose other threads may hold locks can hang the child).
"""

from __future__ import annotations

import logging
import os
import pickle
import select
import threading
from collections.abc import Callable
from typing import Any, Generic, NoReturn, TypeVar

T = TypeVar("T")

log = logging.getLogger(__name__)


def can_fork() -> bool:
    """Whether :meth:`Ahead.start` may fork here (Linux, macOS: one thread only)."""
    return hasattr(os, "fork") and threading.active_count() == 1


class Ahead(Generic[T]):
    """A function running in a child process; :meth:`result` waits for what it returned."""

    def __init__(self, pid: int, fd: int) -> None:
        self._pid = pid
        self._fd: int | None = fd

    @classmethod
    def start(cls, func: Callable[[], T]) -> Ahead[T] | None:
        """Run ``func`` in a forked child; None when this process cannot fork now."""
        if not can_fork():
            return None
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return None
        if pid == 0:  # pragma: no cover - the child (coverage does not follow forks)
            os.close(read)
            _child(func, write)
        os.close(write)
        return cls(pid, read)

    def done(self) -> bool:
        """Whether the child has finished (or its result was taken): no wait for it."""
        if self._fd is None:
            return True
        readable, _, _ = select.select([self._fd], [], [], 0)
        return bool(readable)  # it writes its result only at the end

    def result(self, keep: Callable[[T], bool] | None = None) -> T | None:
        """Wait for the child: what ``func`` returned, None if it failed (or was taken already).

        The child's log records are handled now, by the loggers that made them,
        unless ``keep`` says the value is not wanted (the result is then None).
        """
        found = self._wait()
        if found is None:
            return None
        records, value = found
        if keep is not None and not keep(value):
            return None
        for record in records:
            logging.getLogger(record.name).callHandlers(record)
        return value

    def close(self) -> None:
        """Wait for the child and drop its result (nothing when it was taken)."""
        self._wait()

    def _wait(self) -> tuple[list[logging.LogRecord], T] | None:
        if self._fd is None:
            return None
        fd, self._fd = self._fd, None
        chunks = []
        try:
            while chunk := os.read(fd, 1 << 20):
                chunks.append(chunk)
        finally:
            os.close(fd)
            _, status = os.waitpid(self._pid, 0)
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
            log.debug("the child process %d failed (status %d)", self._pid, status)
            return None
        try:
            found: tuple[list[logging.LogRecord], T] = pickle.loads(b"".join(chunks))
        except Exception:  # a truncated result: do the work here
            return None
        return found


def _child(func: Callable[[], Any], fd: int) -> NoReturn:  # pragma: no cover - runs in the child
    """Run ``func``, send its records and result through ``fd`` and exit without clean-up.

    ``os._exit`` skips the parent's ``atexit`` handlers, ``finally`` blocks and
    buffered output, which belong to the parent.
    """
    status = 1
    try:
        records: list[logging.LogRecord] = []

        def keep(logger: logging.Logger, record: logging.LogRecord) -> None:
            records.append(_portable(record))

        # Where a logger hands a record that passed its level and filters to the handlers.
        logging.Logger.callHandlers = keep  # type: ignore[method-assign,assignment]
        value = func()
        data = memoryview(pickle.dumps((records, value), pickle.HIGHEST_PROTOCOL))
        while data:
            data = data[os.write(fd, data) :]
        status = 0
    except BaseException:
        pass  # the parent does the work again and meets the problem itself
    finally:
        os._exit(status)


_FORMATTER = logging.Formatter()


def _portable(record: logging.LogRecord) -> logging.LogRecord:
    """``record`` with its message formatted and its traceback as text, so it pickles."""
    record.msg = record.getMessage()
    record.args = None
    if record.exc_info:
        record.exc_text = record.exc_text or _FORMATTER.formatException(record.exc_info)
        record.exc_info = None
    return record
