"""Incremental ``chronicle build``: only changed pages render again, with a full build's bytes.

After one event file changes, ``build_site`` copies the previous site into its
staging folder and renders only the pages whose generated Markdown changed
(MkDocs' dirty mode), merging the search index with the previous one. The
site must be byte-identical to a full build of the same content in another
folder; anything global that changed (mkdocs.yml, theme overrides, pages
added or removed) must give a full build.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.errors import BuildError
from generator.project import PAGES_DIR, THEME_DIR
from generator.site.build import build_site
from generator.site.incremental import MANIFEST, read_manifest
from tests.conftest import copy_project
from tests.reliability.util import snapshot


def _event(project: Path, position: int = 0) -> Path:
    """An event file of the seed story (several pages show each: chronology, entities...)."""
    return sorted((project / "content/events").rglob("*.yaml"))[position]


def _edit_event(path: Path, **prefixes: str) -> None:
    """Put text before some fields of an event file (a hand edit)."""
    data = yaml.safe_load(path.read_text("utf-8"))
    for key, prefix in prefixes.items():
        data[key] = prefix + str(data.get(key) or "")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def _set_fields(path: Path, **values: str) -> None:
    """Replace some fields of an event file (a hand edit)."""
    data = yaml.safe_load(path.read_text("utf-8"))
    data.update(values)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def _build(project: Path, caplog: pytest.LogCaptureFixture, **options: bool) -> str:
    """Build ``project``'s site; returns what the build logged about being full or incremental."""
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="generator"):
        build_site(project / "mkdocs.yml", strict=True, **options)
    return "\n".join(r.getMessage() for r in caplog.records if "build" in r.getMessage())


def _full_build_elsewhere(project: Path, folder: Path) -> dict[str, bytes]:
    """A from-scratch build of ``project``'s inputs in another folder."""
    folder.mkdir(parents=True)
    for name in ("content", "site_config"):
        shutil.copytree(project / name, folder / name)
    shutil.copy(project / "mkdocs.yml", folder / "mkdocs.yml")
    (folder / "generated").mkdir()
    build_site(folder / "mkdocs.yml", strict=True, incremental=False)
    return snapshot(folder / "site")


def _assert_same_sites(one: dict[str, bytes], two: dict[str, bytes]) -> None:
    assert sorted(one) == sorted(two)
    differing = [name for name in one if one[name] != two[name]]
    assert not differing, differing


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")


def _rendered(log: str) -> tuple[int, int]:
    match = re.search(r"incremental build: (\d+) of (\d+) pages", log)
    assert match, log
    return int(match.group(1)), int(match.group(2))


@pytest.fixture
def built(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> Path:
    """A copy of the seed project whose site was built once (a full build)."""
    project = copy_project(tmp_path / "project")
    assert "full build (no previous site)" in _build(project, caplog)
    assert read_manifest(project / "site") is not None
    return project


def test_one_edited_event_renders_few_pages_and_equals_a_full_build(
    built: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # An editor's own summary (a prefix to a quoted one would still read as the quote).
    _edit_event(_event(built, -3), title="Then: ")
    _set_fields(_event(built, -3), summary="Zanzibarian wording of the desk.")
    log = _build(built, caplog)
    rendered, pages = _rendered(log)
    assert 0 < rendered < pages / 2, log  # the event, its neighbours and listing pages
    incremental = snapshot(built / "site")
    _assert_same_sites(incremental, _full_build_elsewhere(built, tmp_path / "full-1"))
    index = json.loads(incremental["search/search_index.json"])
    texts = " ".join(e["title"] + " " + e["text"] for e in index["docs"])
    assert "Zanzibarian" in texts  # the rendered page's new entry

    # A second edit, of another event, builds on the incremental site.
    _set_fields(_event(built, 0), summary="Quetzalcoatlic note of the desk.")
    log = _build(built, caplog)
    assert _rendered(log)[0] > 0
    _assert_same_sites(snapshot(built / "site"), _full_build_elsewhere(built, tmp_path / "full-2"))

    # Nothing changed: nothing renders, and the site stays the same.
    before = snapshot(built / "site")
    assert _rendered(_build(built, caplog))[0] == 0
    assert snapshot(built / "site") == before


@pytest.mark.parametrize(
    ("path", "old", "new"),
    [
        ("mkdocs.yml", "site_description: ", "site_description: Renamed. "),
        ("site_config/overrides/main.html", "{% extends", "{#- touched -#}\n{% extends"),
    ],
)
def test_a_global_edit_gives_a_full_build(
    built: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, path: str, old: str, new: str
) -> None:
    if path == "site_config/overrides/main.html":
        _with_custom_dir(built, tmp_path, caplog)
    _edit(built / path, old, new)
    _edit_event(_event(built), summary="Also edited. ")
    log = _build(built, caplog)
    assert "full build (configuration, theme or versions changed)" in log
    assert "incremental build" not in log
    _assert_same_sites(snapshot(built / "site"), _full_build_elsewhere(built, tmp_path / "full"))


def _with_custom_dir(project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Give the project template overrides (``theme.custom_dir``) and build it once."""
    overrides = project / "site_config" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copy(THEME_DIR / "main.html", overrides / "main.html")
    _edit(
        project / "mkdocs.yml",
        "  name: material\n",
        "  name: material\n  custom_dir: site_config/overrides\n",
    )
    _build(project, caplog)


def _guide(project: Path) -> Path:
    """The project's own Editing guide: a copy of the package's, made on first use."""
    guide = project / "site_config" / "pages" / "editing.md"
    if not guide.exists():
        guide.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(PAGES_DIR / "editing.md", guide)
    return guide


def test_a_new_or_deleted_event_gives_a_full_build(
    built: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _event(built).unlink()
    log = _build(built, caplog)
    assert "full build (pages added or removed" in log
    assert "incremental build" not in log
    _assert_same_sites(snapshot(built / "site"), _full_build_elsewhere(built, tmp_path / "full"))


def test_an_edited_hand_written_page_renders_alone(
    built: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _edit(_guide(built), "\n\n", "\n\nA new paragraph.\n\n")
    assert _rendered(_build(built, caplog))[0] == 1
    _assert_same_sites(snapshot(built / "site"), _full_build_elsewhere(built, tmp_path / "full"))


def test_full_option_and_a_missing_manifest_give_full_builds(
    built: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert "full build (--full)" in _build(built, caplog, incremental=False)
    (built / "site" / MANIFEST).unlink()
    assert "full build (the previous site has no manifest)" in _build(built, caplog)
    assert (built / "site" / MANIFEST).is_file()  # written again by the complete build


def test_a_failed_incremental_build_leaves_the_previous_site(
    built: Path, caplog: pytest.LogCaptureFixture
) -> None:
    before = snapshot(built / "site")
    # a link to a page that does not exist: a warning, fatal with --strict, raised by MkDocs
    _edit(_guide(built), "\n\n", "\n\n[gone](nowhere.md)\n\n")
    with pytest.raises(BuildError):
        _build(built, caplog)
    assert snapshot(built / "site") == before
    assert not list(built.glob(".site.*"))


def test_plain_mkdocs_build_leaves_no_manifest(built: Path) -> None:
    (built / "site" / "marker").write_text("x")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--dirty", "-q"],
        cwd=built,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (built / "site" / "marker").exists()  # a dirty build: the site is not what it was
    assert not (built / "site" / MANIFEST).exists()


def test_the_cli_takes_full_and_no_incremental(built: Path) -> None:
    from tests.reliability.util import cli

    for option, logged in (
        ("--full", "full build (--full)"),
        ("--no-incremental", "full build (--full)"),
        ("--incremental", "incremental build: 0 of"),  # nothing changed since the last build
    ):
        result = cli(built, "build", option)
        assert result.exit_code == 0, result.output
        assert logged in result.output, (option, result.output)
        assert read_manifest(built / "site") is not None  # the new site has one too


def test_a_strict_build_after_a_lenient_one_still_fails_on_a_broken_link(tmp_path: Path) -> None:
    """Strictness is part of the configuration: a lenient site's warnings are not forgotten.

    The lenient build renders the page with the broken link and only warns; a
    strict build must not reuse that page unchecked (it used to render 0 pages
    and succeed).
    """
    from tests.reliability.util import cli

    project = copy_project(tmp_path / "project")
    _edit(_guide(project), "\n\n", "\n\n[gone](nowhere.md)\n\n")
    lenient = cli(project, "build")
    assert lenient.exit_code == 0, lenient.output
    assert "nowhere.md" in lenient.output  # MkDocs' warning
    before = snapshot(project / "site")
    strict = cli(project, "build", "--strict")
    assert strict.exit_code != 0, strict.output
    assert "full build" in strict.output and "nowhere.md" in strict.output, strict.output
    assert snapshot(project / "site") == before  # the failed build changed nothing

    # Fixed: the strict build succeeds, and the next strict one may stay incremental.
    _edit(_guide(project), "[gone](nowhere.md)", "Gone.")
    fixed = cli(project, "build", "--strict")
    assert fixed.exit_code == 0 and "full build" in fixed.output, fixed.output
    again = cli(project, "build", "--strict")
    assert again.exit_code == 0 and _rendered(again.output)[0] == 0, again.output
