"""Helpers of the reliability suite: file-tree snapshots, the CLI, HTML scanning."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner, Result

from generator.cli import main

CHRONICLE = [sys.executable, "-m", "generator.cli"]
"""The CLI as a subprocess (same interpreter as the tests)."""


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (hidden ones included) by relative path, with its bytes."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def folders(root: Path) -> set[str]:
    """Every folder under ``root``, relative."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir()}


def cli(project: Path, *args: str) -> Result:
    """Run ``chronicle ARGS`` in ``project`` with click's runner (stderr kept apart).

    The working directory is ``project`` for the call only (pytest's
    ``monkeypatch.chdir``, undone even if the call raises).
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(project)
        return CliRunner().invoke(main, list(args), catch_exceptions=True)


def run(
    project: Path, *args: str, timeout: float = 300, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``chronicle ARGS`` in ``project`` as a real process (``env`` added to ours)."""
    return subprocess.run(
        [*CHRONICLE, *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
    )


def assert_clean_failure(result: Result, *names: str) -> str:
    """A user error: exit 1, no traceback, a message naming each of ``names``."""
    output = result.output  # click 8.2+: stdout and stderr together
    assert result.exit_code == 1, (result.exit_code, output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), output
    assert "Traceback" not in output, output
    for name in names:
        assert name in output, (name, output)
    return output


def assert_no_traceback(result: Result) -> str:
    """No crash: exit 0 or 1 from a handled error, never a Python traceback."""
    output = result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        output,
        result.exception,
    )
    assert "Traceback" not in output, output
    return output


class LiveMarkup(HTMLParser):
    """Finds markup that could run script: handlers, ``javascript:`` URLs, injected tags.

    ``marker`` is a string every hostile input carries (e.g. ``alert(``): any
    element that is not the site's own and carries it in an attribute or
    script is reported.
    """

    DANGEROUS: ClassVar[set[str]] = {
        "script",
        "iframe",
        "img",
        "svg",
        "object",
        "embed",
        "form",
        "math",
        "style",
    }

    def __init__(self, marker: str) -> None:
        super().__init__(convert_charrefs=True)
        self.marker = marker
        self.found: list[str] = []
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open.append(tag)
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") and self.marker in value:
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "src", "action", "formaction", "data", "xlink:href") and (
                re.match(r"\s*(?:javascript|vbscript|data):", value, re.IGNORECASE)
            ):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag in self.DANGEROUS and any(self.marker in (v or "") for _, v in attrs):
            self.found.append(f"<{tag} {attrs!r}>")
        if tag in ("b", "x", "svg", "math") and any(n.startswith("on") for n, _ in attrs):
            self.found.append(f"<{tag} {attrs!r}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._open.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            while self._open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._open and self._open[-1] in ("script", "style") and self.marker in data:
            self.found.append(f"<{self._open[-1]}>{data[:120]!r}")


def live_markup(html: str, marker: str) -> list[str]:
    """Every piece of live markup carrying ``marker`` in ``html``."""
    parser = LiveMarkup(marker)
    parser.feed(html)
    parser.close()
    return parser.found
