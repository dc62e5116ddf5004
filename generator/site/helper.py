"""A second process that shares the docs folder's preparation in ``chronicle build``.

The child process that prepares the docs folder (:mod:`generator.site.ahead`,
:func:`generator.site.build.prepare_docs`) forks a helper as it starts, so that
both cores work on it. The helper splits every article text into its
searchable words (:func:`~generator.site.pages.article_words`) while the child
reads the source records; then both read and validate the event files, the
child runs of them from the front, the helper from the back
(:func:`~generator.store.preload_events`), until they meet. The child takes
the helper's events as it would take them from the content cache (each file's
signature checked again) and its words. Whatever the helper
did not give (a file with a problem, one that changed, a helper that failed)
the child does itself, so the result is the same as without it.
"""

from __future__ import annotations

import logging
import mmap
import os
import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from generator.site.ahead import Ahead
from generator.site.pages import article_words
from generator.store import Preloaded, kept_text_ids, load_source_texts, preload_events

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Helped:
    """What the helper gives."""

    entries: dict[str, list[Any]] = field(default_factory=dict)
    """Content cache entries of the event files it read, by file name
    (:func:`~generator.store.preload_events`)."""
    words: dict[str, str] = field(default_factory=dict)
    """The words (:func:`~generator.site.pages.article_words`) of each article text it read,
    by article id: their first spellings, one a line (their keys are their case folds;
    one string pickles in a fraction of the time of a dictionary of words)."""


CHUNKS = 64
"""The event files are shared out in this many runs of neighbouring files."""


class _Frontier:
    """Which runs of event files each process takes: the child from the front, the helper
    from the back, each until it meets the other (memory both processes share).

    Each side writes only its own end; when both take the same last run at once, both
    read it, and the child keeps its own reading.
    """

    def __init__(self, runs: int) -> None:
        self._ends = mmap.mmap(-1, 2 * _END.size)  # anonymous, shared: forked processes see it
        _END.pack_into(self._ends, _FRONT, 0)
        _END.pack_into(self._ends, _BACK, runs)

    def take_front(self, run: int) -> bool:
        """The child takes ``run`` (and those before it) unless the helper has it."""
        if run < self._end(_FRONT):
            return True
        if run >= self._end(_BACK):
            return False
        _END.pack_into(self._ends, _FRONT, run + 1)
        return True

    def take_back(self) -> int | None:
        """The run the helper takes next; None once it meets the child."""
        run = self._end(_BACK) - 1
        if run < self._end(_FRONT):
            return None
        _END.pack_into(self._ends, _BACK, run)
        return run

    def _end(self, offset: int) -> int:
        value: int = _END.unpack_from(self._ends, offset)[0]
        return value


_END = struct.Struct("=I")
"""One end: the child's next run (at ``_FRONT``), the helper's last run taken (``_BACK``)."""
_FRONT, _BACK = 0, _END.size


class Helper:
    """The helper process of one preparation, and what it gave once waited for."""

    def __init__(
        self, ahead: Ahead[Helped] | None, runs: dict[str, int], frontier: _Frontier | None
    ) -> None:
        self._ahead = ahead
        self._runs = runs
        self._frontier = frontier
        self._helped: Helped | None = None

    @classmethod
    def start(cls, content_dir: Path, paths: Sequence[Path]) -> Helper:
        """Fork a helper sharing the reading of ``paths`` (the event files, sorted).

        A helper that cannot start gives nothing: the caller does all the work.
        """
        if not _several_processors() or not paths:
            return cls(None, {}, None)
        size = -(-len(paths) // CHUNKS)
        chunks = [list(paths[at : at + size]) for at in range(0, len(paths), size)]
        frontier = _Frontier(len(chunks))
        ahead = Ahead.start(partial(_help, content_dir, chunks, frontier))
        if ahead is None:
            return cls(None, {}, None)
        runs = {str(path): run for run, chunk in enumerate(chunks) for path in chunk}
        return cls(ahead, runs, frontier)

    def preloaded(self) -> Preloaded:
        """The event files the helper reads, for :func:`~generator.store.check_content`."""
        return Preloaded(self._theirs, lambda: self.helped().entries)

    def _theirs(self, name: str) -> bool:
        """Whether the helper reads file ``name`` (files come in order: the child takes
        the runs it reaches first)."""
        run = self._runs.get(name)
        if run is None or self._frontier is None:
            return False
        return not self._frontier.take_front(run)

    def words(self) -> dict[str, dict[str, str]]:
        """The article words the helper split, by article id (waiting for it)."""
        return {article: _unpacked(lines) for article, lines in self.helped().words.items()}

    def helped(self) -> Helped:
        """Wait for the helper: what it gave (nothing when it failed)."""
        if self._helped is None:
            found = self._ahead.result() if self._ahead is not None else None
            self._helped = found if found is not None else Helped()
            log.debug("chronicle: the helper read %d event files", len(self._helped.entries))
        return self._helped

    def close(self) -> None:
        """Wait for the helper to end (its result is dropped if not taken)."""
        if self._ahead is not None:
            self._ahead.close()


def _several_processors() -> bool:
    """Whether this process may run on two processors or more (else a helper only costs)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) > 1
    return (os.cpu_count() or 1) > 1  # pragma: no cover - macOS, Windows


def _help(
    content_dir: Path, chunks: Sequence[Sequence[Path]], frontier: _Frontier
) -> Helped:  # pragma: no cover - a child
    """The helper's work: article words first (the child reads source records meanwhile),
    then runs of event files from the back until it meets the child."""
    texts = load_source_texts(content_dir, kept_text_ids(content_dir))
    words = {article: "\n".join(article_words(text).values()) for article, text in texts.items()}
    entries: dict[str, list[Any]] = {}
    while (run := frontier.take_back()) is not None:
        entries.update(preload_events(chunks[run]))
    return Helped(entries, words)


def _unpacked(lines: str) -> dict[str, str]:
    """:func:`~generator.site.pages.article_words` from its words one a line (:class:`Helped`).

    Case folding maps each character alone, so the whole text folds at once.
    """
    if not lines:
        return {}
    return dict(zip(lines.casefold().split("\n"), lines.split("\n"), strict=True))
