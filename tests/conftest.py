"""Shared fixtures: the repository, its seeds, and a built seed site."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's content, config and seeds in a temporary folder."""
    for name in ("content", "site_config", "seeds"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "generated").mkdir()
    return tmp_path


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own site (the seed story), built once with --strict."""
    from generator.build import build_site

    work = tmp_path_factory.mktemp("seed-site")
    for name in ("content", "site_config"):
        shutil.copytree(ROOT / name, work / name)
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    (work / "generated").mkdir()
    return build_site(work / "mkdocs.yml", strict=True)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One Chromium for the whole test session."""
    from .browsing import launch_chromium

    with launch_chromium() as running:
        yield running
