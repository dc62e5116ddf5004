"""What is wrong with a content file: :class:`Problem`, and :class:`SchemaErrors` to raise many.

Every reader of ``content/`` (event files, source records, vocabularies,
``chronicle check``) reports its findings as problems printed as
``path:line:column: message``.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.errors import ChronicleError, ContentError


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
