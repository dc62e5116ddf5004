"""Golden files: ingesting the seeds and generating the pages gives exactly the stored tree.

A fresh copy of the project loses its events, source records and ingest state;
``chronicle ingest --no-progress seeds/`` (a real process) writes them again and
``chronicle build`` generates the Markdown pages into ``generated/``. Every file of
``content/`` and the generated Markdown and JSON must equal ``tests/golden/seeds/``
byte for byte, so any change to what Chronicle writes shows up here as a diff.

Left out of the comparison: the files of ``generated/`` that are not Markdown or
JSON (``events.ics``, ``feed.xml``, and the CSS/JS copied from ``site_config/``),
and the HTML site; ``tests/reliability/test_reproducible.py`` checks those are
reproducible.

After an intended change of output, rewrite the stored tree with
``python -m pytest tests/test_golden.py --regen-golden`` and review its diff.
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_project
from tests.reliability.util import run

GOLDEN = ROOT / "tests" / "golden" / "seeds"
"""The stored tree: ``content/`` and ``generated/`` as the seeds give them."""
GENERATED_SUFFIXES = (".md", ".json")
"""Which files of ``generated/`` are compared (the rest is left out, see above)."""
DIFFS_SHOWN = 3
"""How many differing files the failure message shows a diff of."""
DIFF_LINES = 40
"""How many lines of each diff it shows."""


def _tree(root: Path, folder: str, suffixes: tuple[str, ...] | None = None) -> dict[str, bytes]:
    """Files under ``root/folder`` (hidden ones included), by path relative to ``root``."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted((root / folder).rglob("*"))
        if path.is_file() and (suffixes is None or path.suffix in suffixes)
    }


def _seed_output(work: Path) -> dict[str, bytes]:
    """Ingest the seeds into a copy of the project emptied of them; build; return the tree."""
    project = copy_project(work, ("content", "site_config", "seeds"))
    shutil.rmtree(project / "content" / "events")
    shutil.rmtree(project / "content" / "sources")
    (project / "content" / "ingest-state.json").unlink()
    done = run(project, "ingest", "--no-progress", "seeds/")
    assert done.returncode == 0, done.stderr
    built = run(project, "build", "--site-dir", str(work / "site-out"))
    assert built.returncode == 0, built.stderr
    return {**_tree(project, "content"), **_tree(project, "generated", GENERATED_SUFFIXES)}


def _describe(stored: dict[str, bytes], made: dict[str, bytes]) -> str:
    """What differs between the stored tree and this run's, with diffs of the first files."""
    missing = sorted(set(stored) - set(made))
    extra = sorted(set(made) - set(stored))
    differing = sorted(name for name in set(stored) & set(made) if stored[name] != made[name])
    lines = [f"the seeds' output differs from {GOLDEN.relative_to(ROOT)}:"]
    for label, names in (
        ("differing", differing),
        ("missing (stored, not made)", missing),
        ("extra (made, not stored)", extra),
    ):
        if names:
            lines.append(f"{len(names)} {label}:")
            lines += [f"  {name}" for name in names]
    for name in [*differing, *missing, *extra][:DIFFS_SHOWN]:
        diff = list(
            difflib.unified_diff(
                stored.get(name, b"").decode("utf-8", "replace").splitlines(),
                made.get(name, b"").decode("utf-8", "replace").splitlines(),
                f"stored/{name}",
                f"made/{name}",
                lineterm="",
            )
        )
        lines += diff[:DIFF_LINES]
        if len(diff) > DIFF_LINES:
            lines.append(f"... {len(diff) - DIFF_LINES} more diff lines of {name}")
    lines.append("If the change is intended: python -m pytest tests/test_golden.py --regen-golden")
    return "\n".join(lines)


def _store(tree: dict[str, bytes]) -> None:
    """Replace the stored tree with ``tree``."""
    shutil.rmtree(GOLDEN, ignore_errors=True)
    for name, data in tree.items():
        path = GOLDEN / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


@pytest.mark.slow
def test_seeds_give_the_stored_content_and_pages(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    made = _seed_output(tmp_path / "project")
    assert any(name.startswith("content/events/") for name in made)
    assert any(name.startswith("generated/events/") for name in made)
    if request.config.getoption("--regen-golden"):
        _store(made)
        pytest.skip(f"rewrote {GOLDEN.relative_to(ROOT)} ({len(made)} files); review its diff")
    stored = {**_tree(GOLDEN, "content"), **_tree(GOLDEN, "generated")}
    assert stored, f"no stored tree at {GOLDEN}; make it with --regen-golden"
    if stored != made:
        pytest.fail(_describe(stored, made), pytrace=False)
