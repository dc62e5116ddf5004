"""Signals a long-running command handles: SIGTERM stops ``chronicle serve`` as Ctrl-C does."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def stop_on_sigterm() -> Iterator[None]:
    """SIGTERM (a service manager, ``kill``) stops the preview as Ctrl-C does, so MkDocs
    removes its temporary site folder instead of leaving it behind."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may handle signals
        return
    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
