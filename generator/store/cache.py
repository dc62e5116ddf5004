"""A cache of parsed and validated content files, so a build re-reads only what changed.

Reading and validating every event file (YAML with positions, the JSON Schema,
dates) was most of our generation time, and after one edit the build read all
of them again. :func:`load_events_cached` and :func:`load_sources_cached` give
exactly what :func:`generator.store.events.load_events` and
:func:`generator.store.sources.load_sources` give, reading again only the files
whose ``stat`` changed.

Correctness first:

- **What a cached entry says.** Only files that loaded without a problem are
  cached; a file with an error is read (and reported) again on every run. An
  entry holds the file's size, modification and change times (ns), inode and
  device; any write, rename over, ``touch`` or ``chmod`` changes one of them.
- **Racy files.** A file changed within :data:`RACY_SECONDS` of the moment the
  cache is saved is not cached (as git does for its index): a second edit in
  the same clock tick could otherwise leave the same ``stat``.
- **Everything global is in the key.** The cache format, Python and PyYAML
  versions, the working directory (event paths in messages are relative to
  it), the event schema in use, and the source code of the modules that read
  and validate content. Any change there discards the whole cache.
- **Plain JSON, checked on the way in.** Nothing is unpickled; a cache file
  that does not parse or does not have the expected shape is ignored (and
  rewritten). An event is cached as the record its file holds
  (:func:`generator.store.serialise.event_to_data`) and read back with
  :func:`~generator.store.serialise.event_from_data`, as the file itself is.
  Before an event is cached, it is decoded again and compared with the
  original; one that does not round-trip is simply not cached.
- **Duplicate ids** (an error) make the load fall back to
  :func:`~generator.store.events.load_events` for its exact messages.

The cache lives outside the project (nothing to commit, and ``mkdocs serve``
does not watch it): ``$CHRONICLE_CACHE_DIR`` if set (empty disables the
cache), else the user cache folder (``$XDG_CACHE_HOME/chronicle``,
``~/.cache/chronicle``, ``~/Library/Caches/chronicle`` or
``%LOCALAPPDATA%\\chronicle\\Cache``), one pair of files per content folder.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from generator import dates, errors, ids, models
from generator.dates import PartialDate
from generator.errors import ContentError
from generator.models import Event
from generator.store import events, files, serialise, sources, yamlread
from generator.store import problems as problems_module
from generator.store.events import LoadResult, load_event_file, load_events, load_schema
from generator.store.problems import Problem
from generator.store.serialise import event_from_data, event_to_data
from generator.store.sources import Source, load_sources

log = logging.getLogger(__name__)

FORMAT = 3
"""Version of the cache files' layout; a change discards every cache."""
CACHE_ENV = "CHRONICLE_CACHE_DIR"
"""Environment variable naming the cache folder (empty: no cache)."""
RACY_SECONDS = 2.0
"""Files changed this recently before the cache is saved are not cached."""
STALE_DAYS = 30
"""Cache files of other content folders unused for this long are deleted."""
_CODE = (
    dates,
    errors,
    ids,
    models,
    events,
    files,
    problems_module,
    serialise,
    sources,
    yamlread,
    sys.modules[__name__],
)
"""Modules whose source decides what a content file loads as."""

Signature = list[int]
"""A file's size, mtime_ns, ctime_ns, inode and device."""


def cache_dir() -> Path | None:
    """The folder holding the caches, or None when caching is turned off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured.strip() else None
    if sys.platform == "win32":  # pragma: no cover - not tested on Windows
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "chronicle" / "Cache" if base else None
    if sys.platform == "darwin":  # pragma: no cover
        return Path.home() / "Library" / "Caches" / "chronicle"
    xdg = os.environ.get("XDG_CACHE_HOME")
    base_dir = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base_dir / "chronicle"


def signature(path: Path) -> Signature | None:
    """What identifies this version of a file, or None if it cannot be read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]


def _racy(sig: Signature, now_ns: int) -> bool:
    return max(sig[1], sig[2]) > now_ns - int(RACY_SECONDS * 1e9)


def _global_key() -> str:
    """Hash of everything besides a file's bytes that decides how it loads."""
    digest = hashlib.blake2b(digest_size=16)
    versions = f"{FORMAT}\0{sys.version}\0{yaml.__version__}\0{os.getcwd()}\0"
    digest.update(versions.encode("utf-8", "surrogatepass"))
    digest.update(json.dumps(load_schema(), sort_keys=True).encode())
    for module in _CODE:
        source = getattr(module, "__file__", None)
        try:
            digest.update(Path(source).read_bytes() if source else b"?")
        except OSError:
            digest.update(b"?")
        digest.update(b"\0")
    return digest.hexdigest()


class _CacheFile:
    """One JSON cache file: ``{"format", "key", "entries"}``, read leniently, written atomically."""

    def __init__(self, path: Path | None, key: str) -> None:
        self.path = path
        """Where it lives (None: caching is off)."""
        self.key = key
        """The global key entries must have been written under."""
        self.entries: dict[str, Any] = {}
        """What the file held, if it was valid and written under ``key``."""
        if path is None:
            return
        try:
            data = json.loads(path.read_bytes())
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.debug("ignoring unreadable cache %s: %s", path, exc)
            return
        if (
            isinstance(data, dict)
            and data.get("format") == FORMAT
            and data.get("key") == key
            and isinstance(data.get("entries"), dict)
        ):
            self.entries = data["entries"]

    def save(self, entries: dict[str, Any]) -> None:
        """Replace the file's entries (only when they changed); never raises on I/O errors."""
        if self.path is None or entries == self.entries:
            return
        text = json.dumps({"format": FORMAT, "key": self.key, "entries": entries})
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".chronicle-", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(text)
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            log.debug("could not write cache %s: %s", self.path, exc)
            return
        self.entries = entries
        _prune(self.path.parent)


def _prune(folder: Path) -> None:
    """Delete cache files not used for :data:`STALE_DAYS` (content folders long gone)."""
    limit = time.time() - STALE_DAYS * 86400
    try:
        for path in folder.glob("*.json"):
            if path.stat().st_mtime < limit:
                path.unlink(missing_ok=True)
    except OSError:
        pass


def _cache_file(content_dir: Path, kind: str, key: str) -> _CacheFile:
    folder = cache_dir()
    if folder is None:
        return _CacheFile(None, key)
    where = os.path.abspath(content_dir).encode("utf-8", "surrogatepass")
    name = hashlib.blake2b(where, digest_size=12).hexdigest()
    return _CacheFile(folder / f"{kind}-{name}.json", key)


def _date_fields(date: PartialDate | None) -> list[Any] | None:
    if date is None:
        return None
    return [date.year, date.month, date.day, date.hour, date.minute, date.decade, date.approximate]


def _date(fields: list[Any] | None) -> PartialDate | None:
    return None if fields is None else _partial_date(*fields)


@lru_cache(maxsize=1 << 14, typed=True)
def _partial_date(*fields: Any) -> PartialDate:
    """The same immutable date for the same fields (building one checks the calendar)."""
    return PartialDate(*fields)


def encode_event(event: Event) -> list[Any]:
    """An event as plain JSON values: its file name and record (see :func:`decode_event`)."""
    return [event.path, event_to_data(event)]


def decode_event(data: list[Any]) -> Event:
    """The event :func:`encode_event` encoded."""
    path, record = data
    if not isinstance(path, str) or not isinstance(record, dict):
        raise ValueError("expected a file name and a record")
    return event_from_data(record, path)


_SOURCE_FIELDS = ("id", "title", "author", "outlet", "url")
_SOURCE_TAIL = ("published_evidence", "path", "voice", "record")


def encode_source(source: Source) -> list[Any]:
    """A source record as plain JSON values (see :func:`decode_source`)."""
    return [
        *(getattr(source, k) for k in _SOURCE_FIELDS),
        _date_fields(source.published),
        *(getattr(source, k) for k in _SOURCE_TAIL),
    ]


def decode_source(data: list[Any]) -> Source:
    """The source record :func:`encode_source` encoded."""
    head, published, tail = data[:5], data[5], data[6:]
    if len(tail) != len(_SOURCE_TAIL):
        raise ValueError("wrong number of fields")
    return Source(
        **dict(zip(_SOURCE_FIELDS, head, strict=True)),
        published=_date(published),
        **dict(zip(_SOURCE_TAIL, tail, strict=True)),
    )


def _round_trips(value: Any, encode: Callable[[Any], Any], decode: Callable[[Any], Any]) -> Any:
    """``encode(value)`` if it decodes (through JSON) to an equal value, else None."""
    try:
        encoded = json.loads(json.dumps(encode(value)))
        back = decode(encoded)
    except (TypeError, ValueError, KeyError, ContentError):
        return None
    if back != value or _types(back) != _types(value):
        return None
    if isinstance(value, Source) and back.record != value.record:
        return None  # not part of Source's equality
    return encoded


def _types(value: Any) -> list[type]:
    """The types of a record's fields (1 == 1.0 == True would hide a change of type)."""
    return [type(v) for v in vars(value).values()]


@dataclass(frozen=True)
class Preloaded:
    """Event files another process reads and validates for this load (:func:`preload_events`)."""

    theirs: Callable[[str], bool]
    """Whether it reads a file, named as :func:`load_events_cached` names them (``str(path)``);
    asked in the order of the files (it may share them out as they come)."""
    entries: Callable[[], Mapping[str, Any]]
    """Waits for it: its cache entries (``[signature, encoded event]``), by file name."""


def preload_events(paths: Sequence[Path]) -> dict[str, list[Any]]:
    """Read and validate ``paths`` for :func:`load_events_cached` in another process.

    Cache entries of the files read without a problem, kept even when the file
    is racy: the load that takes them checks each one's signature again, caches
    only what it would cache itself, and reads again (and reports) the others.
    """
    entries: dict[str, list[Any]] = {}
    for path in paths:
        sig = signature(path)
        try:
            event = load_event_file(path)
        except ContentError:
            continue
        if sig is None or signature(path) != sig:
            continue
        encoded = _round_trips(event, encode_event, decode_event)
        if encoded is not None:
            entries[str(path)] = [sig, encoded]
    return entries


def _decoded(entry: Any, sig: Signature | None) -> Event | None:
    """The event of a cache entry made for this ``sig`` of its file; None if it is not one."""
    if sig is None or not isinstance(entry, list) or len(entry) != 2 or entry[0] != sig:
        return None
    try:
        return decode_event(entry[1])
    except (TypeError, ValueError, KeyError, ContentError):
        return None


class _CachedEventLoader:
    """Reads one event file, from the cache when its signature is unchanged."""

    def __init__(self, cache: _CacheFile, preloaded: Preloaded | None = None) -> None:
        self.cache = cache
        """The cache file's entries, as loaded."""
        self.preloaded = preloaded
        """Files another process reads for this load, if any."""
        self._taken: Mapping[str, Any] | None = None
        """Its entries, once waited for."""
        self.keep: dict[str, Any] = {}
        """Entries for the next save: the files read without a problem."""
        self.hits = 0
        """Files that came from the cache."""
        self.now = time.time_ns()
        """When this load started (files changed just before are not cached yet)."""

    def __call__(self, path: Path) -> Event:
        name = str(path)
        sig = signature(path)
        # Asked of every file, cached or not, so that the other process leaves alone
        # the files this one passes.
        theirs = self.preloaded is not None and self.preloaded.theirs(name)
        entry = self.cache.entries.get(name)
        event = _decoded(entry, sig)
        if event is not None:
            self.hits += 1
            self.keep[name] = entry
            return event
        entry = self._preloaded(name) if theirs else None
        event = _decoded(entry, sig)
        if event is not None and sig is not None:
            if not _racy(sig, self.now):
                self.keep[name] = entry
            return event
        event = load_event_file(path)  # raises on a problem: never cached
        after = signature(path)
        if sig is not None and after == sig and not _racy(sig, self.now):
            encoded = _round_trips(event, encode_event, decode_event)
            if encoded is not None:
                self.keep[name] = [sig, encoded]
        return event

    def _preloaded(self, name: str) -> Any:
        """The entry another process made for file ``name``, waiting for it; None if none."""
        if self.preloaded is None:
            return None
        if self._taken is None:
            self._taken = self.preloaded.entries()
        return self._taken.get(name)


def load_events_cached(content_dir: Path, preloaded: Preloaded | None = None) -> LoadResult:
    """:func:`generator.store.events.load_events`, re-reading only the files that changed.

    ``preloaded``: files another process reads meanwhile (:func:`preload_events`).
    """
    loader = _CachedEventLoader(_cache_file(content_dir, "events", _global_key()), preloaded)
    result = load_events(content_dir, loader)
    loader.cache.save(loader.keep)
    log.debug("chronicle: %d of %d event files from the cache", loader.hits, len(loader.keep))
    return result


def load_sources_cached(content_dir: Path) -> tuple[dict[str, Source], list[Problem]]:
    """:func:`generator.store.sources.load_sources`, reused while no record file changed.

    The records are few and change together (ingest writes them), so the
    whole result is cached under the signatures of all of them; results with
    problems are never cached.
    """
    folder = content_dir / "sources"
    if not folder.is_dir():
        return load_sources(content_dir)
    listing = [(str(p), signature(p)) for p in sorted(folder.glob("*.yaml"))]
    cache = _cache_file(content_dir, "sources", _global_key())
    entry = cache.entries.get("records")
    wanted = [[name, sig] for name, sig in listing]
    if isinstance(entry, dict) and entry.get("files") == wanted:
        try:
            decoded = [decode_source(s) for s in entry["sources"]]
            return {s.id: s for s in decoded}, []
        except (TypeError, ValueError, KeyError, ContentError):
            pass
    found, problems = load_sources(content_dir)
    now = time.time_ns()
    cacheable = (
        not problems
        and all(sig is not None and not _racy(sig, now) for _, sig in listing)
        and [(n, signature(Path(n))) for n, _ in listing] == listing
    )
    encoded = [_round_trips(s, encode_source, decode_source) for s in found.values()]
    if cacheable and all(e is not None for e in encoded):
        cache.save({"records": {"files": wanted, "sources": encoded}})
    return found, problems
