"""The reliability suite's marker: ``slow`` tests kill real processes (still run by default)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: starts and kills real chronicle processes (deselect with -m 'not slow')"
    )
