"""The tagger engine's shortcuts against the plain computations they replace."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.dates import PartialDate
from generator.temporal import engine

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_lines() -> list[str]:
    """Every line of the seed texts, with a few reference lines of each kind."""
    lines = [
        line for path in sorted(SEEDS.glob("*.txt")) for line in path.read_text("utf-8").split("\n")
    ]
    lines += [
        "[1] Smith, J. (2020). Title. Retrieved 3 May 2021.",
        "^ Archived from the original on 4 June 2019.",
        "Last visited: 02.08.2026",
        "Last Modified 2 Feb 2026",
        "doi: 10.1000/182",
        "ISBN 978-3-16-148410-0",
        "(accessed 5 March 2024)",
        "He retrieved the ball on Tuesday.",
        "The [sic] report came on Monday.",
    ]
    return lines


def plain_is_reference_line(line: str) -> bool:
    """The hint test written with ``any()``, as it was before the ``or`` chain."""
    low = line.lower()
    if not any(h in low for h in engine._REFERENCE_HINTS):
        return False
    return bool(engine._REFERENCE_LINE.search(line))


def test_reference_hints_chain_matches_any() -> None:
    """The unrolled hint test answers as ``any()`` over the hint table does."""
    lines = seed_lines()
    assert len(lines) > 50
    assert sum(map(engine.is_reference_line, lines)) >= 7
    for line in lines:
        assert engine.is_reference_line(line) == plain_is_reference_line(line), line


@pytest.mark.parametrize("hint", engine._REFERENCE_HINTS)
def test_each_hint_lets_the_regex_run(hint: str) -> None:
    """A line holding only one hint still reaches the regex (no hint left out of the chain)."""
    line = {
        "[": "[2] Report, 4 May 2020",
        "^": "^ Report, 4 May 2020",
        "accessed": "Accessed on 4 May 2020",
        "retrieved": "Retrieved 4 May 2020",
        "archived": "Archived on 4 May 2020",
        "last visited": "Last visited 4 May 2020",
        "last modified": "Last modified: 4 May 2020",
        "doi:": "doi: 10.1000/182",
        "isbn": "ISBN 978-3-16",
    }[hint]
    assert engine.is_reference_line(line)
    assert plain_is_reference_line(line)


def test_dct_text_is_str_of_each_dct() -> None:
    """The kept DCT text is ``str(dct)`` for equal and different DCTs in turn."""
    dcts = [PartialDate.parse(s) for s in ("2026-02-03", "2026-02", "2026-02-03", "1998", "199X")]
    for dct in dcts + dcts[::-1]:
        assert engine._dct_text(dct) == str(dct)
        assert engine._dct_text(dct) == str(dct)  # the kept one


def test_tag_anchor_is_str_of_dct() -> None:
    """Anchored records on seed text carry ``str(dct)``, whichever DCT came before."""
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text("utf-8")
    for day in ("2026-02-03", "2010-01-20", "2026-02-03"):
        dct = PartialDate.parse(day)
        found = [t for t in engine.tag(text + "\nIt fell on Friday.", dct) if t.anchor]
        assert found
        assert all(t.anchor == str(dct) for t in found)
