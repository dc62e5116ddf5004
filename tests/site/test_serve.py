"""Live preview and the site's editing aids: ``chronicle serve``, the guide, edit links."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator.site.build import build_site
from generator.store.events import load_events

STARTUP_SECONDS = 60
"""How long the first build of the preview may take."""
CHANGE_SECONDS = 40
"""How long a rebuild after an edit may take."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError):
        return None


def _wait_for(check: Callable[[], bool], seconds: float, what: str, output: list[str]) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.3)
    tail = "".join(output[-40:])
    raise AssertionError(f"timed out waiting for {what}; server output:\n{tail}")


class _Server:
    """``chronicle serve`` in a subprocess, its output collected by a thread."""

    def __init__(self, project: Path, port: int, temp: Path | None = None) -> None:
        self.output: list[str] = []
        self.url = f"http://127.0.0.1:{port}/"
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        if temp is not None:
            env["TMPDIR"] = str(temp)  # where MkDocs puts the site it serves
        self.process = subprocess.Popen(
            [sys.executable, "-m", "generator.cli", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.output.append(line)

    def text(self) -> str:
        return "".join(self.output)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.reader.join(timeout=5)


@pytest.fixture
def server(project: Path) -> Iterator[_Server]:
    running = _Server(project, _free_port())
    try:
        yield running
    finally:
        running.stop()


def _event_page_url(project: Path, base: str) -> tuple[Path, str]:
    event = next(e for e in load_events(project / "content").events if e.status != "rejected")
    assert event.path
    return project / event.path, f"{base}events/{event.id}/"


def test_serve_rebuilds_on_edit_and_keeps_the_last_good_page_on_error(
    project: Path, server: _Server
) -> None:
    path, page = _event_page_url(project, server.url)
    _wait_for(lambda: _fetch(page) is not None, STARTUP_SECONDS, "the first build", server.output)
    assert server.process.poll() is None

    text = path.read_text("utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    path.write_text(text.replace(title, "title: Zanzibar edit marker"), "utf-8")
    _wait_for(
        lambda: "Zanzibar edit marker" in (_fetch(page) or ""),
        CHANGE_SECONDS,
        "the edited title",
        server.output,
    )

    broken = path.read_text("utf-8").replace("status:", "staus:", 1)
    path.write_text(broken, "utf-8")
    rel = path.relative_to(project).as_posix()
    line = next(i for i, t in enumerate(broken.splitlines(), 1) if t.startswith("staus:"))
    _wait_for(
        lambda: f"{rel}:{line}:1: unknown key 'staus'" in server.text(),
        CHANGE_SECONDS,
        "the error in the terminal",
        server.output,
    )
    assert server.process.poll() is None, "the preview survives a broken file"
    # A request may wait while the server rebuilds; the last good page must come back.
    _wait_for(
        lambda: "Zanzibar edit marker" in (_fetch(page) or ""),
        CHANGE_SECONDS,
        "the last good page to be served",
        server.output,
    )

    path.write_text(text, "utf-8")
    _wait_for(
        lambda: "Zanzibar edit marker" not in (_fetch(page) or "Zanzibar edit marker"),
        CHANGE_SECONDS,
        "the fixed file to be picked up",
        server.output,
    )


def test_event_pages_link_to_their_yaml_file_on_github(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    text = re.sub(r"(?m)^#? ?repo_url:.*$", "", text)
    config.write_text("repo_url: https://github.com/example/chronicle\n" + text, "utf-8")
    monkeypatch.chdir(project)
    events = load_events(Path("content")).events
    site = build_site(config, strict=True)
    for event in events[:5]:
        assert event.path
        html = (site / "events" / event.id / "index.html").read_text("utf-8")
        links = re.findall(r'<a href="([^"]+)">Edit this event</a>', html)
        year_file = Path(event.path).relative_to("content").as_posix()
        assert links == [f"https://github.com/example/chronicle/edit/main/content/{year_file}"]
        assert (project / "content" / year_file).is_file()


def test_editing_guide_is_in_the_nav_and_builds_strictly(seed_site: Path) -> None:
    html = (seed_site / "editing" / "index.html").read_text("utf-8")
    assert "Editing guide" in html
    for needle in ("199X", "2026-01~", "status: scheduled", "end:", "chronicle check"):
        assert needle in html, needle
    home = (seed_site / "index.html").read_text("utf-8")
    assert 'href="editing/"' in home


def test_serve_stopped_by_sigterm_leaves_no_temporary_site(project: Path, tmp_path: Path) -> None:
    """A service manager stops the preview with SIGTERM: it cleans up as after Ctrl-C."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    running = _Server(project, _free_port(), temp)
    try:
        _wait_for(
            lambda: _fetch(running.url) is not None,
            STARTUP_SECONDS,
            "the first build",
            running.output,
        )
        assert [p.name for p in temp.iterdir() if p.name.startswith("mkdocs_")]  # serving
    finally:
        running.stop()
    assert running.process.returncode is not None
    assert not [p.name for p in temp.iterdir() if p.name.startswith("mkdocs_")], running.text()
