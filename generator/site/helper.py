"""A second process that shares the docs folder's preparation in ``chronicle build``.

The child process that prepares the docs folder (:mod:`generator.site.ahead`,
:func:`generator.site.build.prepare_docs`) forks a helper as it starts, so that
both cores work on it. The helper reads and validates the second half of the
event files (:func:`~generator.store.preload_events`) and splits every article
text into its searchable words (:func:`~generator.site.pages.article_words`);
meanwhile the child reads the source records and the first half of the event
files, then takes the helper's events as it would take them from the content
cache (each file's signature checked again) and its words. Whatever the helper
did not give (a file with a problem, one that changed, a helper that failed)
the child does itself, so the result is the same as without it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from generator.site.ahead import Ahead
from generator.site.pages import article_words
from generator.store import Preloaded, load_source_texts, preload_events
from generator.store.sources import TEXT_SUFFIX

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


class Helper:
    """The helper process of one preparation, and what it gave once waited for."""

    def __init__(self, ahead: Ahead[Helped] | None, names: frozenset[str]) -> None:
        self._ahead = ahead
        self._names = names
        self._helped: Helped | None = None

    @classmethod
    def start(cls, content_dir: Path, paths: Sequence[Path]) -> Helper:
        """Fork a helper reading the second half of ``paths`` (the event files, sorted).

        A helper that cannot start gives nothing: the caller does all the work.
        """
        part = list(paths[len(paths) // 2 :])
        ahead = Ahead.start(partial(_help, content_dir, part)) if _several_processors() else None
        return cls(ahead, frozenset(str(p) for p in part) if ahead is not None else frozenset())

    def preloaded(self) -> Preloaded:
        """The event files the helper reads, for :func:`~generator.store.check_content`."""
        return Preloaded(self._names, lambda: self.helped().entries)

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


def _help(content_dir: Path, paths: Sequence[Path]) -> Helped:  # pragma: no cover - a child
    """The helper's work: article words first (the child reads source records meanwhile)."""
    texts = load_source_texts(content_dir, _texts(content_dir))
    words = {article: "\n".join(article_words(text).values()) for article, text in texts.items()}
    return Helped(preload_events(paths), words)


def _unpacked(lines: str) -> dict[str, str]:
    """:func:`~generator.site.pages.article_words` from its words one a line (:class:`Helped`).

    Case folding maps each character alone, so the whole text folds at once.
    """
    if not lines:
        return {}
    return dict(zip(lines.casefold().split("\n"), lines.split("\n"), strict=True))


def _texts(content_dir: Path) -> list[str]:
    """The article ids that have a kept text in ``content_dir/sources``, sorted."""
    folder = content_dir / "sources"
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return sorted(n[: -len(TEXT_SUFFIX)] for n in names if n.endswith(TEXT_SUFFIX))
