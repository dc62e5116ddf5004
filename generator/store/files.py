"""Files of the content folder: where event files live, names for messages, atomic writes.

Every writer (ingest, ``chronicle new`` and ``edit``, source records,
vocabularies, the generated docs folder) changes files with
:func:`write_text_atomic`: deterministic bytes (UTF-8), a temporary file and a
rename, and only when the bytes change. Inside a
:func:`generator.store.journal.transaction` the write is journaled first.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from contextvars import ContextVar
from pathlib import Path
from typing import Protocol

from generator.errors import ContentError
from generator.ids import EVENT_ID_SHAPE
from generator.models import Event


class WriteGuard(Protocol):
    """What :func:`write_text_atomic` asks of the transaction guarding its writes.

    :class:`generator.store.journal.Transaction` is the one guard; this module
    names only what it needs, so that it does not import the journal (which
    imports this module).
    """

    def before_write(self, path: Path, old: bytes | None) -> bool:
        """Journal ``path`` (its bytes ``old``) before its first change; False if not guarded."""
        ...

    def to_sync(self, path: Path) -> None:
        """Remember a file written without ``fsync``, to sync it at commit."""
        ...


ACTIVE_GUARD: ContextVar[WriteGuard | None] = ContextVar("chronicle_transaction", default=None)
"""The transaction the writes of this context belong to (set by the journal's ``transaction``)."""


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when inside it, for messages.

    On POSIX by string operations on the normalised absolute path (pathlib's
    ``relative_to`` took a tenth of a build's loading of the content folder).
    """
    if os.sep != "/":  # pragma: no cover - Windows: case-insensitive, drives
        try:
            return Path(os.path.abspath(path)).relative_to(Path.cwd()).as_posix()
        except ValueError:
            return str(path)
    absolute, cwd = os.path.abspath(path), os.getcwd()
    if absolute == cwd:
        return "."
    prefix = cwd if cwd.endswith("/") else cwd + "/"
    inside = absolute.startswith(prefix) and not absolute.startswith("/", len(prefix))
    return absolute[len(prefix) :] if inside else str(path)  # "//x" is another root


EVENT_FILE_SUFFIXES = (".yaml", ".yml")
"""What an event file's name ends in, in any letter case (``.YAML`` is one too)."""


def event_files(content_dir: Path) -> list[Path]:
    """Every ``*.yaml``/``*.yml`` file under ``content_dir/events`` (any case), sorted."""
    root = content_dir / "events"
    if not root.is_dir():
        return []
    files = [p for p in root.rglob("*") if p.suffix.lower() in EVENT_FILE_SUFFIXES and p.is_file()]
    return sorted(files, key=lambda p: p.as_posix())


def event_path(content_dir: Path, event: Event) -> Path:
    """Where a new event's file goes: ``events/<year>/<id>.yaml``."""
    if not EVENT_ID_SHAPE.fullmatch(event.id):
        raise ContentError(f"refusing unsafe event id {event.id!r}")
    return content_dir / "events" / f"{event.date.year:04d}" / f"{event.id}.yaml"


def write_text_atomic(path: Path, text: str, durable: bool = True) -> bool:
    """Write ``text`` to ``path`` via a temporary file and rename; False if unchanged.

    Inside :func:`~generator.store.journal.transaction` for a folder holding
    ``path``, the file's old bytes are journaled first, so a run that fails or
    is killed is undone, and the new bytes reach the disk at commit (one batch
    of ``fsync`` calls before the commit point) rather than one file at a time.
    With ``durable`` False the file is not synced at all: for files made again
    from others on every run (the generated docs folder), where a power cut
    costs nothing but a rewrite and ``fsync`` was most of the write's time.
    """
    return write_bytes_atomic(path, text.encode("utf-8"), durable)


def write_bytes_atomic(path: Path, data: bytes, durable: bool = True) -> bool:
    """:func:`write_text_atomic` for bytes (an image copied into the docs folder)."""
    old: bytes | None = None
    with suppress(OSError):
        old = path.read_bytes()
    if old == data:
        return False
    active = ACTIVE_GUARD.get()
    guarded = active is not None and active.before_write(path, old)
    created = _missing_folders(path.parent)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_new(path, data, sync=durable and not guarded)
    except OSError as exc:
        if not guarded:  # a transaction's rollback removes the folders it journaled
            _remove_empty(created)
        if exc.filename is None or _is_temporary(exc.filename, path):
            exc.filename = os.fspath(path)  # name the file being written, for the message
        raise
    if guarded and active is not None:
        active.to_sync(path)
    return True


def _write_new(path: Path, data: bytes, sync: bool) -> None:
    """Replace ``path`` with ``data`` via a temporary file beside it (removed on failure)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _missing_folders(folder: Path) -> list[Path]:
    """``folder`` and those of its parents that do not exist, deepest first."""
    missing = []
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    return missing


def _remove_empty(folders: list[Path]) -> None:
    """Remove the folders a failed write created (deepest first), if still empty."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def _is_temporary(filename: object, path: Path) -> bool:
    """Whether ``filename`` is a temporary file :func:`_write_new` made for ``path``."""
    if not isinstance(filename, (str, bytes, os.PathLike)):
        return True  # a file descriptor: ours
    name = os.path.basename(os.fsdecode(filename))
    return name.startswith(f".{path.name}.") and name.endswith(".tmp")
