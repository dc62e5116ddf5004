"""The weekday tense cues, prefiltered by one shared RE2 scan, answer as ``re`` alone does.

:mod:`generator.temporal.tense` asks one :class:`~generator.fastre.Scan` about each sentence
for its three weekday cues; here :func:`~generator.temporal.tense.find_cues` is compared,
on every seed sentence and on sentences made to hold each cue, with the plain ``re`` path.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator import fastre
from generator.temporal import tense

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

MADE = [
    "organizers are planning a march for tuesday in the capital.",
    "the city braced for protests tuesday after the vote.",
    "opposition groups are calling for mass protests on saturday.",
    "a facebook page urges for strikes friday, ahead of the meeting wednesday.",
    "they awaited the verdict sunday but it came monday.",
]


def _sentences() -> list[str]:
    """The seed texts cut at sentence ends, lower-cased as find_cues reads them."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    cut = re.compile(r"(?<=[.!?])\s+|\n+")
    return [s.lower() for t in texts for s in cut.split(t) if s.strip()] + MADE


def test_find_cues_matches_re_alone() -> None:
    sentences = _sentences()
    fast = [tense.find_cues(s) for s in sentences]
    with fastre.pure_python():
        plain = [tense.find_cues(s) for s in sentences]
    assert fast == plain
    weekday_cues = sum(1 for s in MADE for _a, _b, kind in tense.find_cues(s) if kind == "future")
    assert weekday_cues >= len(MADE) - 1  # the made sentences do hold the cues


def test_each_weekday_cue_still_found_after_the_others() -> None:
    """A sentence that only one of the three cues matches still gets its cue."""
    for pattern, sentence in [
        (tense._PLANNED_DAY, MADE[0]),
        (tense._AWAITED_DAY, MADE[1]),
        (tense._CALLED_FOR_DAY, MADE[2]),
    ]:
        assert pattern.search(sentence) is not None, sentence
        assert pattern.may_match(sentence)
