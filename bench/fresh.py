"""Run a benchmark's snippet of Python in a fresh process: nothing imported or cached yet."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_fresh(
    code: str,
    args: Sequence[str],
    *,
    what: str,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> str:
    """What ``code`` printed, run with ``args`` as ``sys.argv[1:]`` and the repository on
    ``PYTHONPATH``; exits naming ``what`` failed, with its output, if the process did."""
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        env={**os.environ, **(env or {}), "PYTHONPATH": str(ROOT)},
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{what} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc.stdout
