"""The tagger's shortcuts answer as the plain computation does, on the seeds.

``find_candidates`` keeps the last start taken instead of a set of them, and ``tag``
refuses a paragraph without a trigger before it builds any state; both are compared
here with the plain forms they replace.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.temporal import engine
from generator.temporal.context import DocState

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed_paragraphs() -> list[str]:
    """Every paragraph of every seed text (and each text whole)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return texts + [para for t in texts for para in t.split("\n\n") if para.strip()]


def _plain_candidates(chunk: str, pos: int) -> list[tuple[int, int, int, re.Match[str]]]:
    """``find_candidates`` as it was: a set of the starts taken for each rule."""
    windows: dict[int, list[tuple[int, int]]] = {}
    n = len(chunk)
    for t_start, t_end, key in engine.find_triggers(chunk, pos):
        hi = min(t_end + engine.WINDOW_RIGHT, n)
        for index, reach in engine._WAKES.get(key, ()):
            lo = max(t_start - reach, 0)
            spans = windows.setdefault(index, [])
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)
            else:
                spans.append((lo, hi))
    found = []
    for index, spans in windows.items():
        regex = engine._COMPILED[index][1]
        near = engine._NEAR[index]
        seen: set[int] = set()
        for lo, hi in spans:
            if near is not None and not near.search(chunk, lo, hi):
                continue
            for m in regex.finditer(chunk, lo, hi):
                if m.start() in seen:
                    continue
                seen.add(m.start())
                full = m if hi == n else regex.match(chunk, m.start())
                if full is not None and full.end() > m.start():
                    found.append((m.start(), m.start() - full.end(), index, full))
    return found


def _spans(found: list[tuple[int, int, int, re.Match[str]]]) -> list[tuple[int, ...]]:
    return [(s, neg, i, m.start(), m.end()) for s, neg, i, m in found]


def test_candidates_match_the_plain_computation_on_the_seeds() -> None:
    paragraphs = _seed_paragraphs()
    compared = 0
    for text in paragraphs:
        for _offset, chunk in engine.iter_chunks(text):
            scan = engine.scan_text(chunk)
            new = engine.find_candidates(scan, 0)
            assert _spans(new) == _spans(_plain_candidates(scan, 0))
            compared += len(new)
    assert compared > 100  # the seeds do have dates


def test_tag_matches_tag_chunk_on_the_seeds() -> None:
    for text in _seed_paragraphs():
        if len(text) > engine.CHUNK_CHARS:
            continue
        assert engine.tag(text) == engine.tag_chunk(text, 0, None, DocState(last_day=None))
