"""Chronicle's own exceptions.

Library code raises these; the CLI turns them into one-line user errors
(``path:line:column: message``) and a non-zero exit status.
"""

from __future__ import annotations


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
