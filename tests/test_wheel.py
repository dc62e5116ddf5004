"""The wheel, installed in a fresh virtualenv, makes a timeline outside this repository.

The wheel is built from a copy of the sources (the repository is not written
to), installed with ``--no-deps`` into a new virtualenv, and everything runs in
a temporary folder: ``chronicle init``, ``ingest`` of two small articles,
``build --strict`` and one request to ``chronicle serve``. The packages Chronicle
depends on (MkDocs, Material, trafilatura...) come from the test environment
through a ``.pth`` line, so the test needs no network; Chronicle itself can only
come from the wheel, which the test checks.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_init import HARBOUR, seed_words

pytestmark = pytest.mark.slow


def _run(*args: str | Path, cwd: Path, timeout: float = 300) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built from a copy of its sources."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "generator", source / "generator", ignore=shutil.ignore_patterns("__pycache__")
    )
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--wheel", "--outdir", out, source, cwd=source, timeout=600)
    return next(out.glob("*.whl"))


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv with the wheel installed; its ``bin`` folder."""
    where = tmp_path_factory.mktemp("venv")
    _run(sys.executable, "-m", "venv", where, cwd=where)
    bin_dir = where / ("Scripts" if os.name == "nt" else "bin")
    purelib = _run(
        bin_dir / "python",
        "-c",
        "import sysconfig; print(sysconfig.get_paths()['purelib'])",
        cwd=where,
    ).strip()
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(purelib, "chronicle-test-deps.pth").write_text("\n".join(sorted(deps)) + "\n", "utf-8")
    _run(
        bin_dir / "python",
        "-m",
        "pip",
        "install",
        "-q",
        "--no-deps",
        "--no-index",
        wheel,
        cwd=where,
    )
    return bin_dir


def test_the_wheel_ships_what_a_build_needs(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "generator/data/theme/main.html",
        "generator/data/theme/partials/search.html",
        "generator/data/static/assets/chronicle.css",
        "generator/data/static/assets/chronicle.js",
        "generator/data/pages/editing.md",
        "generator/data/schema/event.schema.json",
        "generator/data/schema/story.schema.json",
        "generator/data/project/mkdocs.yml",
        "generator/data/project/pages.yml",
        "generator/py.typed",
    ):
        assert needed in names, needed


def test_a_new_timeline_from_the_installed_wheel(venv: Path, tmp_path: Path) -> None:
    here = _run(venv / "python", "-c", "import generator; print(generator.__file__)", cwd=tmp_path)
    assert str(venv.parent) in here and str(ROOT) not in here, here

    chronicle = venv / "chronicle"
    _run(chronicle, "init", "story", "--title", "Harbour bridge", cwd=tmp_path)
    story = tmp_path / "story"
    for article in HARBOUR.iterdir():
        shutil.copy(article, story / "articles" / article.name)
    ingested = _run(chronicle, "ingest", cwd=story)
    assert "drafted the story's standfirst" in ingested
    _run(chronicle, "build", "--strict", cwd=story)

    home = (story / "site" / "index.html").read_text("utf-8")
    assert "<title>Harbour bridge" in home
    assert '<p class="chronicle-standfirst">' in home
    assert (story / "site" / "editing" / "index.html").is_file()
    assert (story / "site" / "assets" / "chronicle.css").is_file()
    words = sorted(seed_words())
    for page in (story / "site").rglob("*.html"):
        text = page.read_text("utf-8")
        assert not any(w in text for w in words), page

    port = _free_port()
    server = subprocess.Popen(
        [str(chronicle), "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=story,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        page = _get(f"http://127.0.0.1:{port}/", server)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "Harbour bridge" in page and "chronicle-standfirst" in page


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str, server: subprocess.Popen[str], wait: float = 120) -> str:
    """The page at ``url`` once the server answers (it builds the site first)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(
                f"chronicle serve exited: {server.stdout.read() if server.stdout else ''}"
            )
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return str(response.read().decode("utf-8"))
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"no answer from {url} in {wait} s")
