"""Event files: ``content/events/YYYY/<id>.yaml`` ⇄ :class:`Event`.

Loading validates every file against the JSON Schema in
``site_config/schema/event.schema.json`` and reports each problem as
``path:line:column: message``. Writing is deterministic (fixed key order,
UTF-8, LF) and atomic (temporary file + rename), and only touches files whose
bytes change.
"""

from __future__ import annotations

import difflib
import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from generator.dates import PartialDate
from generator.errors import ChronicleError, ContentError
from generator.models import Event, SourceRef
from generator.store.yamlread import Loaded, load_with_marks
from generator.store.yamlwrite import dump_mapping

log = logging.getLogger(__name__)

SCHEMA_LINE = "# yaml-language-server: $schema=../../../site_config/schema/event.schema.json"
"""First line of every generated event file, for editor completion and validation."""
KEY_ORDER = (
    "id",
    "title",
    "date",
    "end",
    "status",
    "summary",
    "importance",
    "entities",
    "tags",
    "conflicts",
    "sources",
)
"""Order of keys in an event file."""
SOURCE_KEY_ORDER = ("article", "quote", "date_text", "date_value", "date_rule")
"""Order of keys in each source."""
MAX_EVENT_FILE_BYTES = 1_000_000
"""An event file larger than this is refused (hand-edited events are a few KB)."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content file."""

    path: str
    """The file."""
    line: int | None
    """1-based line, if known."""
    column: int | None
    """1-based column, if known."""
    message: str
    """What is wrong and what was expected."""
    severity: str = "error"
    """``error`` or ``warning``."""

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{where}: {prefix}{self.message}"

    @classmethod
    def from_error(cls, error: ChronicleError) -> Problem:
        """Wrap a raised error as a problem."""
        return cls(error.path or "<input>", error.line, error.column, error.message)


class SchemaErrors(ContentError):
    """Every schema problem of one file (the first one is the error's own message)."""

    def __init__(self, problems: list[Problem]) -> None:
        first = problems[0]
        super().__init__(first.message, first.path, first.line, first.column)
        self.problems = problems
        """All problems, in file order."""


@dataclass
class LoadResult:
    """Events found under a content folder, and what was wrong."""

    events: list[Event] = field(default_factory=list)
    """Every valid event, sorted by date then id."""
    problems: list[Problem] = field(default_factory=list)
    """Every problem found, in file order."""

    @property
    def errors(self) -> list[Problem]:
        """The problems that are errors (not warnings)."""
        return [p for p in self.problems if p.severity == "error"]


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The event JSON Schema shipped in ``site_config/schema``."""
    candidates = [Path.cwd() / "site_config/schema/event.schema.json"]
    candidates.append(
        Path(__file__).resolve().parents[2] / "site_config/schema/event.schema.json"
    )
    for candidate in candidates:
        if candidate.is_file():
            return json.loads(candidate.read_text(encoding="utf-8"))
    text = resources.files("generator").joinpath("event.schema.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(load_schema())


def event_files(content_dir: Path) -> list[Path]:
    """Every ``*.yaml``/``*.yml`` file under ``content_dir/events``, sorted."""
    root = content_dir / "events"
    if not root.is_dir():
        return []
    files = [p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()]
    return sorted(files, key=lambda p: p.as_posix())


def load_events(content_dir: Path, load_file: Callable[[Path], Event] | None = None) -> LoadResult:
    """Load and validate every event file; gather all problems, never stop at the first.

    A journal left by a killed ingest is rolled back first (see :func:`transaction`).
    ``load_file`` reads one file (default :func:`load_event_file`; the content
    cache passes one that skips unchanged files) and raises as that does.
    """
    recover(content_dir)
    load = load_file or load_event_file
    result = LoadResult()
    by_id: dict[str, Event] = {}
    for path in event_files(content_dir):
        try:
            event = load(path)
        except SchemaErrors as exc:
            result.problems.extend(exc.problems)
            continue
        except ContentError as exc:
            result.problems.append(Problem.from_error(exc))
            continue
        if event.id in by_id:
            first = by_id[event.id]
            result.problems.append(
                Problem(
                    display_path(path),
                    _key_line(path, "id") or 1,
                    1,
                    f"duplicate id {event.id!r}: also used by {first.path}",
                )
            )
            continue
        by_id[event.id] = event
        result.events.append(event)
    result.events.sort(key=lambda e: (e.date.sort_key(), e.id))
    return result


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when inside it, for messages."""
    try:
        return Path(os.path.abspath(path)).relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def load_event_file(path: Path) -> Event:
    """Read and validate one event file."""
    name = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError(f"cannot read file: {exc.strerror}", name) from None
    if len(raw) > MAX_EVENT_FILE_BYTES:
        raise ContentError(
            f"file is {len(raw)} bytes; event files are limited to {MAX_EVENT_FILE_BYTES}", name
        )
    if b"\x00" in raw:
        raise ContentError("file is binary (contains NUL bytes); expected UTF-8 YAML", name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(
            f"not valid UTF-8 (byte {raw[exc.start]:#04x}); save the file as UTF-8", name, line
        ) from None
    return parse_event(text, name)


def parse_event(text: str, name: str) -> Event:
    """Validate YAML text against the event schema and build the :class:`Event`."""
    loaded = load_with_marks(text, name)
    data = loaded.data
    if not isinstance(data, dict):
        line, col = loaded.where(())
        raise ContentError(
            "an event file must be a mapping of keys (id, title, date, ...), "
            f"got {type(data).__name__}",
            name,
            line,
            col,
        )
    _validate_schema(data, loaded, name)
    return _event_from_data(data, loaded, name)


_EDTF_SHAPE = re.compile(r"(\d{3}X|\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?)~?")
_ID_SHAPE = re.compile(r"[a-z0-9][a-z0-9-]{0,119}")
_SOURCE_KEYS = frozenset(SOURCE_KEY_ORDER)


def _plainly_valid(data: dict[str, Any]) -> bool:
    """A fast check that accepts only events the JSON Schema accepts.

    jsonschema took ~2.5 ms per file (most of a 10,000-event build). Files that
    pass this check are valid by construction; anything else goes to jsonschema,
    which also writes the error messages. A property test keeps the two in step.
    """

    def text(value: Any, min_length: int = 0) -> bool:
        return isinstance(value, str) and len(value) >= min_length

    def names(value: Any) -> bool:
        return (
            isinstance(value, list)
            and all(text(v, 1) for v in value)
            and len(set(value)) == len(value)
        )

    if not set(data) <= set(KEY_ORDER) or not {"id", "title", "date"} <= set(data):
        return False
    if not (text(data["id"]) and _ID_SHAPE.fullmatch(data["id"])):
        return False
    if not (text(data["title"], 1) and len(data["title"]) <= 300):
        return False
    for key in ("date", "end"):
        if key in data and not (text(data[key]) and _EDTF_SHAPE.fullmatch(data[key])):
            return False
    checks = {
        "status": lambda v: v in ("occurred", "scheduled", "rejected"),
        "summary": text,
        "importance": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0,
        "entities": names,
        "tags": names,
        "conflicts": lambda v: isinstance(v, list) and all(text(x) for x in v),
        "sources": lambda v: (
            isinstance(v, list)
            and all(
                isinstance(s, dict)
                and set(s) <= _SOURCE_KEYS
                and text(s.get("article"), 1)
                and text(s.get("quote"), 1)
                and all(text(x) for x in s.values())
                for s in v
            )
        ),
    }
    return all(check(data[key]) for key, check in checks.items() if key in data)


def _validate_schema(data: dict[str, Any], loaded: Loaded, name: str) -> None:
    """Raise :class:`SchemaErrors` listing every schema violation, in file order."""
    if _plainly_valid(data):
        return
    errors = list(_validator().iter_errors(data))
    misspelled = {
        (tuple(e.absolute_path), close)
        for e in errors
        if e.validator == "additionalProperties" and isinstance(e.instance, dict)
        for key in e.instance
        if key not in e.schema.get("properties", {})
        for close in difflib.get_close_matches(key, list(e.schema.get("properties", {})), n=1)
    }
    problems: list[tuple[tuple[int, int], str]] = []
    for error in errors:
        path = tuple(error.absolute_path)
        if error.validator == "required" and any(
            (path, name) in misspelled for name in _missing_keys(error)
        ):
            continue  # the "did you mean" hint of the misspelled key says it already
        for where, message in _describe_schema_errors(error, path):
            problems.append((loaded.where(where), message))
    if not problems:
        return
    problems.sort()
    raise SchemaErrors(
        [Problem(name, line, column, message) for (line, column), message in problems]
    )


def _missing_keys(error: jsonschema.ValidationError) -> list[str]:
    if not isinstance(error.instance, dict) or not isinstance(error.validator_value, list):
        return []
    return [k for k in error.validator_value if k not in error.instance]


def _describe_schema_errors(
    error: jsonschema.ValidationError, path: tuple[Any, ...]
) -> list[tuple[tuple[Any, ...], str]]:
    """One (position, message) per problem; an unknown key each gets its own."""
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = list(error.schema.get("properties", {}))
        extra = sorted(k for k in error.instance if k not in allowed)
        where = "" if not path else f" in {'.'.join(str(p) for p in path)}"
        described = []
        for key in extra:
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            described.append(
                (
                    (*path, key),
                    f"unknown key {key!r}{hint}{where}; allowed keys: {', '.join(allowed)}",
                )
            )
        if described:
            return described
    return [(path, _describe_schema_error(error, path))]


def _describe_schema_error(error: jsonschema.ValidationError, path: tuple[Any, ...]) -> str:
    field_name = ".".join(str(p) for p in path) or "event"
    if error.validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - set(allowed))
        hints = []
        for key in extra:
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            hints.append(f"unknown key {key!r}{hint}")
        where = "" if not path else f" in {field_name}"
        return "; ".join(hints) + f"{where}; allowed keys: {', '.join(allowed)}"
    if error.validator == "required":
        return f"{field_name}: {error.message}"
    if error.validator == "pattern" and path and path[-1] in ("date", "end"):
        return (
            f"{field_name}: {error.instance!r} is not an EDTF date; expected e.g. 2026-02-03, "
            "2025-10, 2015, 199X (decade) or 2026-01~ (approximate)"
        )
    if error.validator == "pattern" and path == ("id",):
        return (
            f"id: {error.instance!r} is not a valid id; use lowercase letters, digits and hyphens"
        )
    return f"{field_name}: {error.message}"


def _event_from_data(data: dict[str, Any], loaded: Loaded, name: str) -> Event:
    dates, problems = _parse_dates(data, loaded, name)
    if problems:
        raise SchemaErrors(problems)
    sources = [
        SourceRef(
            article=s["article"],
            quote=s["quote"],
            date_text=s.get("date_text"),
            date_value=s.get("date_value"),
            date_rule=s.get("date_rule"),
        )
        for s in data.get("sources", [])
    ]
    return Event(
        id=data["id"],
        title=data["title"],
        date=dates["date"],
        end=dates.get("end"),
        status=data.get("status", "occurred"),
        summary=data.get("summary", ""),
        importance=float(data.get("importance", 1)),
        entities=list(data.get("entities", [])),
        tags=list(data.get("tags", [])),
        conflicts=list(data.get("conflicts", [])),
        sources=sources,
        path=name,
    )


def _parse_dates(
    data: dict[str, Any], loaded: Loaded, name: str
) -> tuple[dict[str, PartialDate], list[Problem]]:
    """``date`` and ``end`` as :class:`PartialDate`, and what is wrong with them."""
    dates: dict[str, PartialDate] = {}
    problems: list[Problem] = []
    for key in ("date", "end"):
        if key not in data:
            continue
        try:
            dates[key] = PartialDate.parse(data[key])
        except ChronicleError as exc:
            line, col = loaded.where((key,))
            problems.append(Problem(name, line, col, f"{key}: {exc.message}"))
    start, end = dates.get("date"), dates.get("end")
    if start is not None and end is not None and end.sort_key() < start.sort_key():
        line, col = loaded.where(("end",))
        problems.append(
            Problem(name, line, col, f"end: {end.edtf()} is before date {start.edtf()}")
        )
    return dates, problems


def event_from_data(data: dict[str, Any], name: str = "<memory>") -> Event:
    """Build an :class:`Event` from already-validated plain values."""
    return _event_from_data(data, Loaded(data), name)


def event_to_data(event: Event) -> dict[str, Any]:
    """The event as plain values in file key order, omitting empty optional keys."""
    importance: float | int = event.importance
    if float(importance).is_integer():
        importance = int(importance)
    data: dict[str, Any] = {
        "id": event.id,
        "title": event.title,
        "date": event.date.edtf(),
        "end": event.end.edtf() if event.end else None,
        "status": event.status,
        "summary": event.summary,
        "importance": importance,
        "entities": list(event.entities),
        "tags": list(event.tags),
        "conflicts": list(event.conflicts),
        "sources": [
            {k: getattr(s, k) for k in SOURCE_KEY_ORDER if getattr(s, k) is not None}
            for s in event.sources
        ],
    }
    return {k: v for k, v in data.items() if v not in (None, [], "") or k in ("id", "title")}


def event_to_yaml(event: Event) -> str:
    """The file text for an event: schema line, then keys in a fixed order."""
    return f"{SCHEMA_LINE}\n{dump_yaml(event_to_data(event))}"


def dump_yaml(data: dict[str, Any]) -> str:
    """Plain values as block YAML in the style of event files (keys in the given order).

    Written by :mod:`generator.store.yamlwrite` (PyYAML's pure-Python emitter took
    3 ms per event file, most of a large ingest).
    """
    return dump_mapping(data)


def event_path(content_dir: Path, event: Event) -> Path:
    """Where a new event's file goes: ``events/<year>/<id>.yaml``."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,119}", event.id):
        raise ContentError(f"refusing unsafe event id {event.id!r}")
    return content_dir / "events" / f"{event.date.year:04d}" / f"{event.id}.yaml"


def write_text_atomic(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` via a temporary file and rename; False if unchanged.

    Inside :func:`transaction` for a folder holding ``path``, the file's old
    bytes are journaled first, so a run that fails or is killed is undone, and
    the new bytes reach the disk at commit (one batch of ``fsync`` calls before
    the commit point) rather than one file at a time.
    """
    data = text.encode("utf-8")
    old: bytes | None = None
    with suppress(OSError):
        old = path.read_bytes()
    if old == data:
        return False
    active = _ACTIVE.get()
    guarded = active is not None and active.before_write(path, old)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if not guarded:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if guarded and active is not None:
        active.to_sync(path)
    return True


def write_events(content_dir: Path, events: Iterable[tuple[Path, Event]]) -> list[Path]:
    """Write each event to its path; returns the files whose bytes changed."""
    changed = []
    for path, event in events:
        if write_text_atomic(path, event_to_yaml(event)):
            changed.append(path)
    return changed


def check_references(events: Sequence[Event], article_ids: set[str] | None) -> list[Problem]:
    """Problems that need the whole collection: sources naming unknown articles."""
    problems: list[Problem] = []
    if article_ids is None:
        return problems
    for event in events:
        for index, source in enumerate(event.sources):
            if source.article not in article_ids:
                line = _find_line(event.path, source.article)
                problems.append(
                    Problem(
                        event.path or event.id,
                        line,
                        None,
                        f"sources[{index}].article: no article with id {source.article!r} "
                        "in the articles folder",
                    )
                )
    return problems


def _key_line(path: Path, key: str) -> int | None:
    """The line of the top-level ``key:`` in a file, if found."""
    try:
        lines = path.read_text("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for number, line in enumerate(lines, 1):
        if line.startswith(f"{key}:"):
            return number
    return None


def _find_line(path: str | None, needle: str) -> int | None:
    if not path:
        return None
    try:
        for number, line in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
            if needle in line:
                return number
    except OSError:
        return None
    return None


# --------------------------------------------------------------------------- transactions

JOURNAL_DIR = ".chronicle-journal"
"""Folder, inside the folder a :func:`transaction` changes, holding the undo journal."""
_MANIFEST = "manifest.jsonl"
_TEMP_NAME = re.compile(r"\..+\.[A-Za-z0-9_]{8}\.tmp")
"""Names :func:`write_text_atomic` gives its temporary files (``.<name>.<random>.tmp``)."""
_ACTIVE: ContextVar[Transaction | None] = ContextVar("chronicle_transaction", default=None)

try:  # POSIX: an advisory lock on the folder itself (released when the process dies)
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

except ImportError:  # pragma: no cover - Windows: no locking, recovery still works

    def _lock(fd: int) -> bool:
        return True


class Transaction:
    """All writes under ``root`` made by one command: committed together or undone.

    Write-ahead undo log: before :func:`write_text_atomic` first changes a file
    under ``root``, its old bytes (or the fact that it did not exist, and any
    folder about to be created) go into ``root/.chronicle-journal/``. Commit
    deletes the journal. If the command fails, the journal is rolled back at
    once; if it is killed, the next command that reads the folder
    (:func:`load_events`, so ``check``, ``build``, ``export`` and ``ingest``)
    rolls it back, so ``root`` is always either as before or fully updated.
    Each file is also replaced atomically on its own (temporary file + rename).
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(os.path.abspath(root))
        """The folder whose files this transaction guards."""
        self.journal = self.root / JOURNAL_DIR
        """The undo journal's folder."""
        self._recorded: set[str] = set()
        self._unsynced: dict[str, None] = {}
        self._count = 0
        self._manifest: Any = None
        self._fd: int | None = None

    def begin(self) -> None:
        """Lock ``root``, undo any killed run's journal, and start a fresh journal."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root, os.O_RDONLY)
        if not _lock(fd):
            os.close(fd)
            raise ContentError(
                "another chronicle command is changing this folder; wait for it to finish",
                display_path(self.root),
            )
        self._fd = fd
        try:
            _roll_back(self.root)
            _remove_temp_files(self.root)
            self.journal.mkdir()
            self._manifest = (self.journal / _MANIFEST).open("a", encoding="utf-8")
        except BaseException:
            self._release()
            raise

    def before_write(self, path: Path, old: bytes | None) -> bool:
        """Journal ``path`` (its bytes ``old``, None if absent) before its first change.

        False if this transaction does not guard ``path`` (outside its folder).
        """
        target = Path(os.path.abspath(path))
        try:
            rel = target.relative_to(self.root)
        except ValueError:
            return False
        key = rel.as_posix()
        if key.split("/", 1)[0] == JOURNAL_DIR:
            return False
        if key in self._recorded:
            return True
        self._recorded.add(key)
        missing = []
        folder = target.parent
        while folder != self.root and not folder.exists():
            missing.append(folder.relative_to(self.root).as_posix())
            folder = folder.parent
        entries: list[dict[str, str | None]] = [{"dir": d} for d in reversed(missing)]
        backup = None
        if old is not None:
            self._count += 1
            backup = f"{self._count:06d}"
            with (self.journal / backup).open("wb") as handle:
                handle.write(old)
                handle.flush()
                os.fsync(handle.fileno())
        entries.append({"file": key, "backup": backup})
        for entry in entries:
            self._manifest.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._manifest.flush()
        if backup is not None:
            os.fsync(self._manifest.fileno())
        return True

    def to_sync(self, path: Path) -> None:
        """Remember a file written without ``fsync``: :meth:`commit` syncs it."""
        self._unsynced[os.path.abspath(path)] = None

    def commit(self) -> None:
        """Keep every change: deleting the manifest is the commit point.

        Every file written in the transaction is synced to disk first, so after
        a power cut the journal can still undo whatever did not reach it.
        """
        _sync_files(self._unsynced)
        self._manifest.close()
        (self.journal / _MANIFEST).unlink()
        shutil.rmtree(self.journal, ignore_errors=True)
        self._release()

    def rollback(self) -> None:
        """Undo every change made in this transaction."""
        self._manifest.close()
        _roll_back(self.root)
        self._release()

    def _release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None


def _sync_files(paths: Iterable[str]) -> None:
    """``fsync`` each file (a file since replaced or removed is skipped)."""
    for name in paths:
        try:
            fd = os.open(name, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextmanager
def transaction(root: Path) -> Iterator[Transaction | None]:
    """Make every :func:`write_text_atomic` under ``root`` in the block one all-or-nothing change.

    Nested use (the same or another folder while one is active) joins the
    outer transaction. The lock makes a second writer fail at once with a
    clear message instead of interleaving its files.
    """
    if _ACTIVE.get() is not None:
        yield _ACTIVE.get()
        return
    txn = Transaction(root)
    txn.begin()
    token = _ACTIVE.set(txn)
    try:
        yield txn
    except BaseException:
        _ACTIVE.reset(token)
        txn.rollback()
        raise
    _ACTIVE.reset(token)
    txn.commit()


def recover(root: Path) -> bool:
    """Roll back the journal of a killed run under ``root``, if any; True if there was one.

    A journal whose owner is still running (its lock is held) is left alone.
    """
    journal = root / JOURNAL_DIR
    if not journal.is_dir():
        return False
    active = _ACTIVE.get()
    if active is not None and active.root == Path(os.path.abspath(root)):
        return False
    fd = os.open(root, os.O_RDONLY)
    try:
        if not _lock(fd):
            return False
        rolled = _roll_back(Path(os.path.abspath(root)))
        _remove_temp_files(root)
    finally:
        os.close(fd)
    if rolled:
        log.warning(
            "%s: an interrupted run's changes were undone; the files are as they were before it",
            display_path(root),
        )
    return rolled


def _roll_back(root: Path) -> bool:
    """Restore what the journal under ``root`` recorded and delete it; True if it undid any."""
    journal = root / JOURNAL_DIR
    if not journal.is_dir():
        return False
    entries: list[dict[str, Any]] = []
    try:
        raw = (journal / _MANIFEST).read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        raw = ""  # committed (manifest gone) or never started: nothing to undo
    for line in raw.splitlines(keepends=True):
        if not line.endswith("\n"):
            break  # the last line was cut short: its file was never touched
        try:
            entries.append(json.loads(line))
        except ValueError:
            break
    for entry in reversed(entries):
        if "dir" in entry:
            with suppress(OSError):
                os.rmdir(root / entry["dir"])
            continue
        target = root / entry["file"]
        if entry.get("backup") is None:
            target.unlink(missing_ok=True)
        else:
            data = (journal / entry["backup"]).read_bytes()
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
    (journal / _MANIFEST).unlink(missing_ok=True)
    shutil.rmtree(journal, ignore_errors=True)
    return bool(entries)


def _remove_temp_files(root: Path) -> None:
    """Delete temporary files a killed :func:`write_text_atomic` left under ``root``."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != JOURNAL_DIR]
        for name in files:
            if _TEMP_NAME.fullmatch(name):
                Path(folder, name).unlink(missing_ok=True)
