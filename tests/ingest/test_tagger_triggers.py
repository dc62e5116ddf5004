"""The tagger's trigger scan answers as the plain ``\\b`` scan did, on the seeds.

``find_triggers`` finds the trigger words with the non-word character before each
(a regex ``re`` can skip through in C); here it is compared, from every offset of
every seed paragraph's first lines, with the plain scan it replaces.
"""

from __future__ import annotations

from pathlib import Path

from generator.temporal import engine

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _plain_triggers(chunk: str, pos: int) -> list[tuple[int, int, str]]:
    """``find_triggers`` as it was: the words by ``\\b`` + trie + ``\\b`` from ``pos``."""
    found = [(m.start(), m.end(), m.group()) for m in engine._TRIGGER_WORDS.finditer(chunk, pos)]
    for m in engine._TRIGGER_SHAPES.finditer(chunk, pos):
        token = m.group()
        if token.isdigit() or (token[-1].isdigit() and engine._MARKS.isdisjoint(token)):
            if 4 in map(len, token.split(",")):
                found.append((m.start(), m.end(), "<y4>"))
            continue
        for key, rx in engine._SHAPES:
            if rx.search(token):
                found.append((m.start(), m.end(), "<" + key + ">"))
    found.sort()
    return found


def _seed_scans() -> list[str]:
    """Every paragraph of every seed text, as the rules see it, and a few edge cases."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    paragraphs = [para for t in texts for para in t.split("\n\n") if para.strip()]
    paragraphs += [
        "May 5",
        "Monday",
        "yesterday's news, today",
        "(Tuesday)",
        "x-year's end",
        "Mayday Mondays todays",
        "New Year’s Day: 1999 in 2001",
        "TODAY-Yesterday/tomorrow",
    ]
    return [engine.scan_text(p) for p in paragraphs]


def test_triggers_match_the_plain_scan_from_every_offset() -> None:
    compared = 0
    for scan in _seed_scans():
        for pos in range(min(len(scan), 200) + 1):
            found = engine.find_triggers(scan, pos)
            assert found == _plain_triggers(scan, pos), (scan[:60], pos)
            compared += len(found)
    assert compared > 1000  # the seeds do have trigger words


def test_a_word_glued_to_a_letter_is_no_trigger() -> None:
    assert engine.find_triggers("Mondays xMay May") == [(13, 16, "May")]
    assert engine.find_triggers("May", 1) == []
    assert engine.find_triggers(" May", 1) == [(1, 4, "May")]
