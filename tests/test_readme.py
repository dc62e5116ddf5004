"""The README's two commands are the ones CI runs, and the test command sets itself up."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from tests.conftest import ROOT


def _readme_commands() -> list[str]:
    block = re.search(r"```bash\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
    assert block, "README.md starts with a bash block of two commands"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_ci_runs_the_readme_test_command() -> None:
    install, test = _readme_commands()
    ci = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    assert test in [line.split("#")[0].strip() for line in ci]
    assert install.startswith('pip install -e ".[test]"')
    assert any('pip install -q -e ".[test]"' in line for line in ci)


def _stub(folder: Path, name: str, body: str = "") -> None:
    path = folder / name
    path.write_text(f'#!/bin/sh\necho "{name} $*" >> "$CALLS"\n{body}\n', encoding="utf-8")
    path.chmod(0o755)


def test_the_test_command_installs_axe_core_once_when_missing(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "test", project / "scripts" / "test")
    shutil.copy(ROOT / "package-lock.json", project / "package-lock.json")
    stubs = tmp_path / "bin"
    stubs.mkdir()
    npm_ci = (
        "mkdir -p node_modules/axe-core && touch node_modules/axe-core/axe.min.js "
        "node_modules/.package-lock.json"
    )
    _stub(stubs, "npm", npm_ci)
    for tool in ("ruff", "mypy", "pytest"):
        _stub(stubs, tool)
    calls = tmp_path / "calls"
    env = {**os.environ, "PATH": f"{stubs}:{os.environ['PATH']}", "CALLS": str(calls)}

    def run() -> list[str]:
        calls.write_text("")
        subprocess.run([project / "scripts" / "test", "-x"], env=env, check=True)
        return calls.read_text().splitlines()

    assert run() == ["npm ci --no-audit --no-fund", "ruff check .", "mypy --strict", "pytest -x"]
    assert run() == ["ruff check .", "mypy --strict", "pytest -x"]


def test_every_test_the_reliability_table_names_exists() -> None:
    table = (ROOT / "tests" / "reliability" / "README.md").read_text("utf-8")
    rows = [r for r in table.splitlines() if r.startswith("| ") and not r.startswith("| ---")]
    named = 0
    for row in rows[1:]:
        current: Path | None = None
        for ref in re.findall(r"`([^`]+)`", row.rstrip("|").split("|")[-1]):
            file, _, name = ref.partition("::")
            if file:
                current = ROOT / (file if "/" in file else f"tests/reliability/{file}")
            assert current is not None and current.is_file(), (row, ref)
            if name:
                assert f"def {name}(" in current.read_text("utf-8"), (row, ref)
                named += 1
    assert named >= 25
