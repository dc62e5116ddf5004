"""The ``chronicle`` console script: the command line (:mod:`generator.cli`), then a quick
exit."""

from __future__ import annotations

import gc

from generator.cli import main


def run() -> None:
    """The ``chronicle`` console command: :func:`generator.cli.main`, then an exit without
    Python's last cycle collection.

    A command that ingested or built a corpus leaves millions of objects alive, and at exit
    Python walks them all for cycles (0.8–1.2 s after ingesting iraq/guardian, 2.4 MB) only
    to free memory the operating system takes back anyway. :func:`gc.freeze` takes them out
    of the collector's sight first; every file is closed by then.
    """
    try:
        main()
    finally:
        gc.freeze()
