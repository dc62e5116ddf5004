"""Shared fixtures: the repository, its seeds, and a built seed site."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


def load_bench(name: str) -> ModuleType:
    """The benchmark script ``bench/<name>.py`` as a module (loaded once)."""
    key = f"bench_{name}"
    if key in sys.modules:
        return sys.modules[key]
    spec = importlib.util.spec_from_file_location(key, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/ from this run's output instead of comparing with it",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: runs or kills real chronicle processes (deselect with -m 'not slow')"
    )


def copy_project(dest: Path, parts: tuple[str, ...] = ("content", "site_config")) -> Path:
    """Copy the repository's ``parts``, mkdocs.yml and an empty generated/ into ``dest``."""
    for name in parts:
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    (dest / "generated").mkdir()
    return dest


@pytest.fixture(scope="session", autouse=True)
def content_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The parsed-content cache in a folder of this session, not ~/.cache."""
    folder = tmp_path_factory.mktemp("content-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CHRONICLE_CACHE_DIR", str(folder))
        yield folder


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's content, config and seeds in a temporary folder."""
    return copy_project(tmp_path, ("content", "site_config", "seeds"))


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own site (the seed story), built once with --strict."""
    from generator.site.build import build_site

    work = copy_project(tmp_path_factory.mktemp("seed-site"))
    return build_site(work / "mkdocs.yml", strict=True)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One Chromium for the whole test session."""
    from .browsing import launch_chromium

    with launch_chromium() as running:
        yield running
