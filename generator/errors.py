"""Chronicle's own exceptions.

Library code raises these; the CLI turns them into one-line user errors
(``path:line:column: message``) and a non-zero exit status. An ``OSError``
(a full disk, a read-only folder) becomes one too, through :func:`os_error`.
"""

from __future__ import annotations

import errno
import os


class ChronicleError(Exception):
    """Base class of every error Chronicle reports to a user."""

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        """What went wrong and what was expected."""
        self.path = path
        """The file the problem is in, if any."""
        self.line = line
        """1-based line number, if known."""
        self.column = column
        """1-based column number, if known."""

    def location(self) -> str:
        """``path:line:column`` with whatever parts are known."""
        parts = [self.path or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        return f"{self.location()}: {self.message}"


class InputError(ChronicleError):
    """An article or other input file cannot be read."""


class ContentError(ChronicleError):
    """An event file in ``content/`` is malformed or invalid."""


class DateError(ChronicleError):
    """A date string is not a valid EDTF date of a kind Chronicle supports."""


class BuildError(ChronicleError):
    """The site could not be generated or built."""


class FileSystemError(ChronicleError):
    """The system refused to read or write a file: a full disk, a read-only folder, …"""


_AGAIN = "and run the command again"
_SPACE = f"free some space {_AGAIN}"
_WRITABLE = f"make the folder writable (or work on a writable copy) {_AGAIN}"
_YOURS = f"make it and its folder readable and writable for you {_AGAIN}"
_PATH = f"check the path {_AGAIN}"
_MEANINGS = {
    "ENOSPC": ("the disk is full", _SPACE),
    "EDQUOT": ("the disk quota is used up", _SPACE),
    "EFBIG": ("the file is too large for the disk", _SPACE),
    "EROFS": ("the file system is read-only", _WRITABLE),
    "EACCES": ("permission denied", _YOURS),
    "EPERM": ("permission denied", _YOURS),
    "ENOENT": ("not found", _PATH),
    "ENOTDIR": ("part of the path is not a folder", _PATH),
    "EISDIR": ("a folder, not a file", _PATH),
    "ENAMETOOLONG": ("the name is too long", f"use a shorter path {_AGAIN}"),
    "ELOOP": ("too many symbolic links", _PATH),
    "EMFILE": ("too many open files", f"raise the limit (ulimit -n) {_AGAIN}"),
    "ENFILE": ("too many open files", f"close other programs {_AGAIN}"),
    "EBUSY": ("the file is in use", f"close the program using it {_AGAIN}"),
    "EIO": ("the disk could not be read or written", f"check the disk {_AGAIN}"),
    "EADDRINUSE": ("the address is already in use", "stop the program using it or use another"),
    "EADDRNOTAVAIL": ("the address is not one of this machine's", "use another address"),
}
_OS_ERRORS: dict[int, tuple[str, str]] = {
    code: words
    for name, words in _MEANINGS.items()
    if (code := getattr(errno, name, None)) is not None  # EDQUOT and others are POSIX only
}
"""What an ``OSError`` means and what to do about it, by ``errno``."""


def os_error(exc: OSError, path: str | None = None) -> FileSystemError:
    """``exc`` as one line: ``path: what happened (strerror); what to do``.

    ``path`` is the file to name, by default ``exc.filename`` (relative to the
    working directory when inside it); pass it when the system gave none (a
    write to a full disk names no file).
    """
    where = path if path is not None else _filename(exc)
    happened, advice = _OS_ERRORS.get(exc.errno or -1, ("", _PATH))
    reason = exc.strerror or str(exc) or type(exc).__name__
    what = f"{happened} ({reason})" if happened else reason
    return FileSystemError(f"{what}; {advice}", where)


_WRITING = frozenset(getattr(errno, name, -1) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EROFS"))
"""Errors of the file written to: a copy or a rename names it second (``filename2``)."""


def _filename(exc: OSError) -> str | None:
    name = exc.filename
    if exc.errno in _WRITING and exc.filename2 is not None:
        name = exc.filename2  # shutil.copyfile(src, dst) to a full disk: dst is on it
    if not isinstance(name, (str, bytes, os.PathLike)):
        return None  # none, or a file descriptor
    full = os.path.abspath(os.fsdecode(name))
    here = os.getcwd()
    if os.path.commonpath([full, here]) != here:
        return full
    return os.path.relpath(full, here).replace(os.sep, "/")
