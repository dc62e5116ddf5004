"""Read source articles into :class:`~generator.models.Article` records.

This is the reader's public entry point: :func:`read_article` reads one file,
:func:`read_articles` every article under some paths (:func:`discover` lists them),
:func:`read_articles_then` each with more work done by the worker that read it.
Formats, chosen by suffix:

- ``.txt``, ``.md`` / ``.markdown``, ``.html`` / ``.htm``: one article a file, read by
  :mod:`generator.ingest.formats` after :mod:`generator.ingest.decode` has turned the
  bytes into text (charset, binary files, the size limit).
- ``.jsonl``: a corpus, one article a line (:mod:`generator.ingest.jsonl`).

A sidecar ``<stem>.meta.yaml`` next to an article overrides its fields
(:mod:`generator.ingest.sidecar`). Ids come from file names and corpus ids
(:mod:`generator.ids`); two articles of one run may not share an id, ignoring
letter case. The publication date is stated or inferred by
:mod:`generator.ingest.pubdate`. Every problem is an
:class:`~generator.errors.InputError` naming the file (and line where there is one).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

from generator.errors import InputError
from generator.ids import article_id_key
from generator.ingest.decode import decode, max_bytes_default, read_bytes
from generator.ingest.formats import read_html, read_markdown, read_txt
from generator.ingest.jsonl import CorpusLine, check_unique_id, corpus_lines, read_line
from generator.ingest.sidecar import SIDECAR_SUFFIX, apply_sidecar
from generator.ingest.workers import map_in_order, no_cycle_collection
from generator.models import Article

R = TypeVar("R")

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt",)
"""Plain text pasted from web pages."""
MARKDOWN_SUFFIXES = (".md", ".markdown")
"""Markdown with optional YAML front matter."""
HTML_SUFFIXES = (".html", ".htm")
"""Saved web pages."""
CORPUS_SUFFIXES = (".jsonl",)
"""JSON Lines corpora, one article a line."""
SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + CORPUS_SUFFIXES
"""Every suffix :func:`discover` picks up in a directory."""


def read_article(path: Path, *, max_bytes: int | None = None) -> Article:
    """Read one ``.txt``, ``.md`` or ``.html`` article and apply its sidecar."""
    path = Path(path)
    where = str(path)
    suffix = path.suffix.lower()
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    if suffix in CORPUS_SUFFIXES:
        raise InputError(
            "a JSON Lines corpus holds many articles; read it with read_articles", path=where
        )
    if suffix not in TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES:
        raise InputError(
            f"unsupported file type {path.suffix!r}; expected one of {', '.join(SUFFIXES)}",
            path=where,
        )
    if not path.is_file():
        raise InputError("no such file", path=where)
    data = read_bytes(path, limit)
    if not data.strip():
        raise InputError("file is empty", path=where)
    if suffix in HTML_SUFFIXES:
        article = read_html(path, data, limit)
    else:
        text = decode(data, where)
        if not text.strip():
            raise InputError("file is empty", path=where)
        reader = read_markdown if suffix in MARKDOWN_SUFFIXES else read_txt
        article = reader(path, text)
    if not article.paragraphs:
        log.warning("%s: no story text found (everything looked like page furniture)", where)
    return apply_sidecar(article, path)


def discover(paths: Sequence[Path] | Path) -> list[Path]:
    """The files :func:`read_articles` reads: given files, and articles under directories.

    Directories are walked recursively (not following symlinks, skipping hidden entries
    and ``*.meta.yaml``); the result is sorted and free of duplicates.
    """
    if isinstance(paths, (str, Path)):
        paths = [Path(paths)]
    found: dict[str, Path] = {}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
                        continue
                    if name.lower().endswith(SUFFIXES):
                        child = Path(root) / name
                        found.setdefault(str(child.resolve()), child)
        elif path.is_file():
            if path.name.endswith(SIDECAR_SUFFIX):
                continue
            if not path.name.lower().endswith(SUFFIXES):
                raise InputError(
                    f"unsupported file type {path.suffix!r}; expected one of {', '.join(SUFFIXES)}",
                    path=str(path),
                )
            found.setdefault(str(path.resolve()), path)
        else:
            raise InputError("no such file or directory", path=str(path))
    return sorted(found.values(), key=lambda p: str(p))


def read_articles(
    paths: Sequence[Path] | Path, *, max_bytes: int | None = None, workers: int | None = None
) -> Iterator[Article]:
    """Read every article under ``paths`` (see :func:`discover`), in order.

    A corpus is read line by line; the articles are parsed (boilerplate, dates)
    on a process pool when there are many (:mod:`generator.ingest.workers`).
    """
    for article, _ in read_articles_then(_nothing, paths, max_bytes=max_bytes, workers=workers):
        yield article


def read_articles_then(
    work: Callable[[Article], R],
    paths: Sequence[Path] | Path,
    *,
    max_bytes: int | None = None,
    workers: int | None = None,
) -> Iterator[tuple[Article, R]]:
    """:func:`read_articles`, each article with ``work`` of it, done by the worker that read
    it: the article is not sent to a process pool a second time, and a second pool does
    not start and drain. ``work`` must be a module-level function (it is pickled by name)."""
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    jobs = list(_read_jobs(discover(paths), limit))
    with no_cycle_collection():
        read = map_in_order(partial(_read_then, work), jobs, workers)
        yield from _checked_articles(jobs, read)


def _nothing(article: Article) -> None:
    """No further work on an article (:func:`read_articles`)."""


def _read_then(work: Callable[[Article], R], job: CorpusLine | _FileJob) -> tuple[Article, R]:
    """One article and ``work`` of it: a worker's task (module level, so the pool can pickle
    it)."""
    article = _read_job(job)
    return article, work(article)


def _checked_articles(
    jobs: Sequence[CorpusLine | _FileJob], read: Iterable[tuple[Article, R]]
) -> Iterator[tuple[Article, R]]:
    """The articles read for ``jobs`` (each with what was worked out of it), each id checked
    unique in its corpus and overall."""
    seen: dict[str, Article] = {}
    in_corpus: dict[Path, dict[str, tuple[str, int]]] = {}
    for job, (article, worked) in zip(jobs, read, strict=True):
        if isinstance(job, CorpusLine):
            check_unique_id(in_corpus.setdefault(job.path, {}), article, job)
        first = seen.setdefault(article_id_key(article.id), article)
        if first is not article and first.path != article.path:
            raise InputError(
                f"article id {article.id!r} is also the id of {first.path} "
                f"({first.id!r}); each article needs its own id, ignoring letter case "
                f"(rename a file or set 'id' in its {SIDECAR_SUFFIX})",
                path=article.path,
            )
        yield article, worked


@dataclass(frozen=True)
class _FileJob:
    """An article file to read."""

    path: Path
    """The file."""
    max_bytes: int
    """The size limit."""


def _read_jobs(paths: Sequence[Path], limit: int) -> Iterator[CorpusLine | _FileJob]:
    for path in paths:
        if path.suffix.lower() in CORPUS_SUFFIXES:
            yield from corpus_lines(path, limit)
        else:
            yield _FileJob(path, limit)


def _read_job(job: CorpusLine | _FileJob) -> Article:
    """One article: a worker's task (module level, so the pool can pickle it)."""
    if isinstance(job, CorpusLine):
        return read_line(job)
    return read_article(job.path, max_bytes=job.max_bytes)
