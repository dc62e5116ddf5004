"""A full disk, a read-only folder, a denied permission: one line naming the path, nothing lost.

The machine the tests run on runs them as root, which ignores file permissions,
and has no small disk to fill, so each failure is made by replacing one call of
the code under test (the ``os`` or ``tempfile`` module a writer uses, MkDocs'
``write_file``) with one that raises the ``OSError`` the system would raise.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

import generator.store.files as files_module
from generator.errors import ChronicleError, os_error
from tests.reliability.util import assert_clean_failure, cli, folders, snapshot

STORY = "Published: 03 February 2026.\n\nOn Tuesday, the minister met the mayor in Bogota.\n"


def _error(code: int, filename: str | None = None) -> OSError:
    """The error the system raises, naming ``filename`` if given (a write names none)."""
    if filename is None:
        return OSError(code, os.strerror(code))
    return OSError(code, os.strerror(code), filename)


class _FailingOs:
    """The ``os`` module of :mod:`generator.store.files`, whose ``n``-th opened file fails.

    The failure comes as a real full disk's does: from the write, with no file name.
    """

    def __init__(self, fail_at: int, code: int) -> None:
        self.fail_at = fail_at
        self.code = code
        self.opened = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def fdopen(self, fd: int, *args: Any, **kwargs: Any) -> Any:
        handle = os.fdopen(fd, *args, **kwargs)
        self.opened += 1
        if self.opened >= self.fail_at:
            handle.close()
            raise _error(self.code)
        return handle


class _FailingTempfile:
    """The ``tempfile`` module of :mod:`generator.store.files`: no temporary file can be made."""

    def __init__(self, code: int) -> None:
        self.code = code

    def __getattr__(self, name: str) -> Any:
        return getattr(tempfile, name)

    def mkstemp(self, prefix: str = "", suffix: str = "", dir: str | None = None) -> Any:
        raise _error(self.code, os.path.join(dir or ".", f"{prefix}k2j4h5g6{suffix}"))


def _one_error_line(result: Result, *names: str) -> str:
    """Exit 1, no traceback, exactly one ``error:`` line, naming each of ``names``."""
    output = assert_clean_failure(result, *names)
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, output
    return errors[0]


def test_a_full_disk_midway_through_ingest_undoes_it(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "in").mkdir()
    (project / "in" / "story.txt").write_text(STORY, "utf-8")
    before, tree = snapshot(project / "content"), folders(project / "content")
    failing = _FailingOs(fail_at=2, code=errno.ENOSPC)
    monkeypatch.setattr(files_module, "os", failing)
    line = _one_error_line(cli(project, "ingest", "in"), "content/")
    assert failing.opened >= 2, "the first file was written before the disk filled"
    assert "No space left on device" in line and "free some space" in line, line
    assert ".tmp" not in line, "names the file being written, not its temporary file"
    assert snapshot(project / "content") == before
    assert folders(project / "content") == tree


@pytest.mark.parametrize(
    ("code", "advice"), [(errno.EROFS, "read-only"), (errno.EACCES, "permission")]
)
def test_a_read_only_content_folder_for_ingest_and_new(
    project: Path, monkeypatch: pytest.MonkeyPatch, code: int, advice: str
) -> None:
    (project / "in").mkdir()
    (project / "in" / "story.txt").write_text(STORY, "utf-8")
    before, tree = snapshot(project / "content"), folders(project / "content")
    monkeypatch.setattr(files_module, "tempfile", _FailingTempfile(code))
    line = _one_error_line(cli(project, "ingest", "in"), "content/")
    assert os.strerror(code) in line and advice in line and "writable" in line, line
    new = cli(project, "new", "Petro visits Paris", "--date", "2031-03-01")
    line = _one_error_line(new, "content/events/2031/2031-03-01-petro-visits-paris.yaml")
    assert os.strerror(code) in line and "writable" in line, line
    assert snapshot(project / "content") == before
    assert folders(project / "content") == tree, "no empty year folder is left behind"


def test_a_full_disk_during_build_keeps_the_previous_site(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mkdocs.utils

    first = cli(project, "build")
    assert first.exit_code == 0, first.output
    site = snapshot(project / "site")
    written = 0
    real = mkdocs.utils.write_file

    def fill_up(content: bytes, output_path: str) -> None:
        nonlocal written
        written += 1
        if written > 3:
            raise _error(errno.ENOSPC)
        real(content, output_path)

    monkeypatch.setattr(mkdocs.utils, "write_file", fill_up)
    line = _one_error_line(cli(project, "build", "--full"), "site")
    assert "No space left on device" in line and "free some space" in line, line
    assert snapshot(project / "site") == site
    assert [p.name for p in project.iterdir() if p.name.startswith(".site")] == []


def test_a_read_only_docs_folder_during_build(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files_module, "tempfile", _FailingTempfile(errno.EROFS))
    line = _one_error_line(cli(project, "build"), "generated/")
    assert "Read-only file system" in line and "writable" in line, line
    assert not (project / "site").exists()


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (_error(errno.EADDRINUSE), ["127.0.0.1:8000", "Address already in use", "--dev-addr"]),
        (_error(errno.ENOSPC, "generated/index.md"), ["generated/index.md", "free some space"]),
    ],
)
def test_serve_reports_os_errors_in_one_line(
    project: Path, monkeypatch: pytest.MonkeyPatch, raised: OSError, expected: list[str]
) -> None:
    import mkdocs.commands.serve

    def fail(**_: Any) -> None:
        raise raised

    monkeypatch.setattr(mkdocs.commands.serve, "serve", fail)
    _one_error_line(cli(project, "serve"), *expected)


def test_serve_reports_a_build_error_in_one_line(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MkDocs' own errors (the first build failed, a bad mkdocs.yml) are one line too."""
    import mkdocs.commands.serve
    from mkdocs.exceptions import PluginError

    def fail(**_: Any) -> None:
        raise PluginError("content/events/2026/broken.yaml:2:1: YAML syntax error")

    monkeypatch.setattr(mkdocs.commands.serve, "serve", fail)
    _one_error_line(cli(project, "serve"), "broken.yaml:2:1: YAML syntax error")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, ["the disk is full (No space left on device)", "free some space"]),
        (errno.EROFS, ["read-only (Read-only file system)", "writable"]),
        (errno.EACCES, ["permission denied (Permission denied)", "writable"]),
        (errno.ENOENT, ["(No such file or directory)", "check the path"]),
        (errno.EIO, ["(Input/output error)", "run the command again"]),
    ],
)
def test_os_errors_become_what_happened_and_what_to_do(code: int, words: list[str]) -> None:
    error = os_error(_error(code, "/x/y.yaml"))
    assert isinstance(error, ChronicleError)
    assert error.path == "/x/y.yaml"
    text = str(error)
    assert text.startswith("/x/y.yaml: ") and "\n" not in text
    for word in words:
        assert word in text, text
    assert os_error(_error(code), "content").path == "content"
    assert os_error(OSError("odd")).message


def test_a_preview_rebuild_keeps_serving_after_an_os_error(
    project: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Under ``serve`` a rebuild that cannot write the docs folder logs one line, no traceback."""
    from mkdocs.config import load_config

    import generator.site.plugin as plugin_module

    def fail(*_: Any, **__: Any) -> None:
        raise _error(errno.ENOSPC, str(project / "generated" / "index.md"))

    monkeypatch.chdir(project)
    monkeypatch.setattr(plugin_module, "prepare_docs", fail)
    config = load_config(str(project / "mkdocs.yml"))
    plugin = config.plugins["chronicle"]
    plugin.on_startup(command="serve", dirty=False)
    with caplog.at_level("ERROR", logger="mkdocs.plugins.chronicle"):
        assert plugin.on_config(config) is config
    (record,) = [r for r in caplog.records if r.levelname == "ERROR"]
    first = record.getMessage().splitlines()[0]
    assert first.startswith("generated/index.md: the disk is full (No space left on device)")
    assert "free some space" in first
    plugin.on_startup(command="build", dirty=False)
    with pytest.raises(OSError):  # the command turns it into one line
        plugin.on_config(config)
    plugin.on_shutdown()


def test_a_preview_rebuild_failing_in_mkdocs_is_one_line(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """MkDocs' live-reload loop printed a traceback when MkDocs itself could not write."""
    import threading
    import traceback

    import mkdocs.livereload

    from generator.cli import _one_line_rebuild_errors

    failed = threading.Event()

    def builder() -> None:
        failed.set()
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "index.html"))

    server = mkdocs.livereload.LiveReloadServer(builder, "127.0.0.1", 0, str(tmp_path))
    with _one_line_rebuild_errors(mkdocs.livereload):
        server._want_rebuild = True
        loop = threading.Thread(target=server._build_loop)
        loop.start()
        assert failed.wait(10)
        server.shutdown()
        loop.join(10)
    assert mkdocs.livereload.traceback is traceback  # the module is back
    err = capfd.readouterr().err
    assert "Traceback" not in err
    assert "index.html: the disk is full (No space left on device)" in err
    assert len([line for line in err.splitlines() if line.startswith("error: ")]) == 1
