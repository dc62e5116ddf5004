"""The write-ahead journal: all files one command writes under a folder, or none.

Every writer of ``content/`` (ingest, ``chronicle new`` and ``edit``, source
records, entity suggestions) runs in a :func:`transaction`; the readers call
:func:`recover` (through :func:`generator.store.events.load_events`) to undo
what a killed run left half done.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType
from typing import Any

from generator.errors import ContentError
from generator.store.files import ACTIVE_GUARD, display_path

log = logging.getLogger(__name__)

JOURNAL_DIR = ".chronicle-journal"
"""Folder, inside the folder a :func:`transaction` changes, holding the undo journal."""
_MANIFEST = "manifest.jsonl"
_TEMP_NAME = re.compile(r"\..+\.[A-Za-z0-9_]{8}\.tmp")
"""Names :func:`~generator.store.files.write_text_atomic` gives its temporary files
(``.<name>.<random>.tmp``)."""

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


_HELD: set[int] = set()
"""Descriptors of the folders this process holds locked (see :func:`_drop_inherited_locks`)."""


def _lock_folder(root: Path) -> int | None:
    """An open descriptor of ``root`` holding its lock; None if another process holds it.

    The lock is ``flock`` on the folder itself: no lock file to go stale, and the
    kernel drops it when the last descriptor of it is closed, so when its holder
    dies however it dies.
    """
    fd = os.open(root, os.O_RDONLY)  # not inherited by programs we run (close-on-exec)
    if not _lock(fd):
        os.close(fd)
        return None
    _HELD.add(fd)
    return fd


def _unlock_folder(fd: int) -> None:
    """Close a descriptor from :func:`_lock_folder` (a forked child's copy is already closed)."""
    if fd in _HELD:
        _HELD.discard(fd)
        os.close(fd)  # closing the descriptor drops the lock


def _drop_inherited_locks() -> None:
    """In a child just forked: close the folder locks and SIGTERM handler of the parent.

    An ``flock`` lock belongs to the open file, which ``fork`` shares: a child
    keeping the descriptor (an ingest's extraction workers did) kept the folder
    locked after the parent was killed, and every later command was refused.
    Closing (never unlocking: that would unlock the parent too) drops only the
    child's share. The child does not own the transaction, so SIGTERM ends it
    the default way rather than by rolling the parent's transaction back.
    """
    for fd in _HELD:
        with suppress(OSError):
            os.close(fd)
    _HELD.clear()
    if signal.getsignal(signal.SIGTERM) is _exit_on_sigterm:
        with suppress(ValueError):
            signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _exit_on_sigterm(signum: int, frame: FrameType | None) -> None:
    """SIGTERM during a transaction: exit through the ``transaction`` block, which rolls back."""
    raise SystemExit(128 + signum)


def _roll_back_on_sigterm() -> Any:
    """Make SIGTERM roll the transaction back and exit; returns what to restore.

    Only in the main thread (the only one Python delivers signals to), and only
    where nobody else handles SIGTERM; otherwise None and nothing changes. A
    SIGKILL cannot be caught: its run is rolled back by the next command.
    """
    if threading.current_thread() is not threading.main_thread():
        return None
    if signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
        return None
    return signal.signal(signal.SIGTERM, _exit_on_sigterm)


def _restore_sigterm(previous: Any) -> None:
    """Put back the SIGTERM handler :func:`_roll_back_on_sigterm` replaced, if it did."""
    if previous is not None:
        signal.signal(signal.SIGTERM, previous)


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_drop_inherited_locks)


class Transaction:
    """All writes under ``root`` made by one command: committed together or undone.

    Write-ahead undo log: before :func:`~generator.store.files.write_text_atomic`
    first changes a file under ``root``, its old bytes (or the fact that it did
    not exist, and any folder about to be created) go into
    ``root/.chronicle-journal/``. Commit deletes the journal. If the command
    fails, the journal is rolled back at once; if it is killed, the next
    command that reads the folder (:func:`~generator.store.events.load_events`,
    so ``check``, ``build``, ``export`` and ``ingest``) rolls it back, so
    ``root`` is always either as before or fully updated. Each file is also
    replaced atomically on its own (temporary file + rename).
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
        fd = _lock_folder(self.root)
        if fd is None:
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
            _unlock_folder(self._fd)
            self._fd = None


SYNC_THREADS = 16
"""How many files :func:`_sync_files` syncs at once. A file system flushes the ``fsync``
calls that wait together in one journal commit: 2,000 new event files took 10 s one at
a time on ext4 and 0.34 s sixteen at a time."""


def _sync_files(paths: Iterable[str]) -> None:
    """``fsync`` each file, :data:`SYNC_THREADS` at a time (a file since replaced or removed
    is skipped); the first error is raised once every sync has ended."""
    names = list(paths)
    if len(names) < 2:
        for name in names:
            _sync_file(name)
        return
    with ThreadPoolExecutor(min(SYNC_THREADS, len(names)), "chronicle-fsync") as pool:
        syncs = [pool.submit(_sync_file, name) for name in names]
    for sync in syncs:  # all have ended (``map`` would cancel the rest at an error)
        sync.result()


def _sync_file(name: str) -> None:
    """``fsync`` the file ``name``, if it is still there."""
    try:
        fd = os.open(name, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _active() -> Transaction | None:
    """The transaction writes in this context belong to, if any."""
    active = ACTIVE_GUARD.get()
    return active if isinstance(active, Transaction) else None


@contextmanager
def transaction(root: Path) -> Iterator[Transaction | None]:
    """Make every ``write_text_atomic`` under ``root`` in the block one all-or-nothing change.

    Nested use (the same or another folder while one is active) joins the
    outer transaction. The lock makes a second writer fail at once with a
    clear message instead of interleaving its files. SIGTERM in the block
    rolls back and exits with status 143 (128 + SIGTERM), as Ctrl-C rolls back.
    """
    if _active() is not None:
        yield _active()
        return
    txn = Transaction(root)
    txn.begin()
    token = ACTIVE_GUARD.set(txn)
    previous = _roll_back_on_sigterm()
    try:
        yield txn
    except BaseException:
        _restore_sigterm(previous)  # a second SIGTERM kills: the next command rolls back
        ACTIVE_GUARD.reset(token)
        txn.rollback()
        raise
    _restore_sigterm(previous)
    ACTIVE_GUARD.reset(token)
    txn.commit()


def recover(root: Path) -> bool:
    """Roll back the journal of a killed run under ``root``, if any; True if there was one.

    A journal whose owner is still running (its lock is held) is left alone.
    """
    journal = root / JOURNAL_DIR
    if not journal.is_dir():
        return False
    active = _active()
    if active is not None and active.root == Path(os.path.abspath(root)):
        return False
    fd = _lock_folder(root)
    if fd is None:
        return False
    try:
        rolled = _roll_back(Path(os.path.abspath(root)))
        _remove_temp_files(root)
    finally:
        _unlock_folder(fd)
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
    """Delete temporary files a killed ``write_text_atomic`` left under ``root``."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != JOURNAL_DIR]
        for name in files:
            if _TEMP_NAME.fullmatch(name):
                Path(folder, name).unlink(missing_ok=True)
