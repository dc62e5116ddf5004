"""The tagger's fast forms against the plain ones they replace: the records ``make_timex``
builds, the duration rule's tries and whole-word lead, the ISO date rule's near mark."""

from __future__ import annotations

import dataclasses
import pickle
import re

import pytest

from generator.dates import PartialDate
from generator.models import Timex
from generator.temporal import engine, rules
from generator.temporal.lexicon import MODW, NUM, UNIT
from tests.temporal.test_engine_shortcuts import lead_texts

DURATION = [rule.name for rule in engine.RULES].index("duration")

_PLAIN_DIRS = "|".join(rules._DURATION_DIRS)
_PLAIN_ADJECTIVES = "|".join(w + r"\s+" for w in rules._DURATION_ADJECTIVES)
PLAIN_DURATION = (
    rf"(?:(?P<mod>{MODW})\s+(?!the\b))?(?:the\s+)?(?:(?P<dir>{_PLAIN_DIRS})\s+)?"
    rf"(?:(?P<num>{NUM})\s+)?"
    rf"(?:{_PLAIN_ADJECTIVES})?"
    rf"(?P<unit>{UNIT})s?(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?\b(?!-old|\s+old\b)"
    rf"|(?P<num2>{NUM})-(?P<unit2>{UNIT})(?:s)?(?![-\w])"
)
"""The duration rule's pattern with plain alternations of its directions, adjectives and
units, as it was before they were tries."""


def _word_starts(scan: str) -> list[int]:
    """The places a rule may start at: not inside a word."""
    inside = [p and (scan[p - 1].isalnum() or scan[p - 1] == "_") for p in range(len(scan))]
    return [p for p, skip in enumerate(inside) if not skip]


def test_duration_tries_match_as_the_plain_alternations() -> None:
    """At every word start of the texts, with windows ending anywhere, the pattern with tries
    matches where and as the plain one does (spans and groups)."""
    rule = engine.RULES[DURATION]
    fast = engine.compile_rule(rule, lead=False)
    plain = engine.compile_rule(dataclasses.replace(rule, pattern=PLAIN_DURATION), lead=False)
    assert fast.pattern != plain.pattern
    matched = 0
    for text in lead_texts():
        scan = engine.scan_text(text)
        n = len(scan)
        for p in _word_starts(scan):
            for hi in {n, min(n, p + 12), min(n, p + 40)}:
                a, b = plain.match(scan, p, hi), fast.match(scan, p, hi)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), scan[p:hi]
                matched += a is not None
    assert matched > 50


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("they said", False),
        ("after all", False),
        ("another", False),
        ("years", True),
        ("the week", True),
        ("a few", True),
        ("mid- year", True),
        ("12", True),
        ("two-year", True),
    ],
)
def test_the_whole_word_lead_refuses_longer_words(text: str, opens: bool) -> None:
    """The duration rule's lead holds at its whole opening words only ("the", not "they")."""
    lead = re.compile(r"(?:" + engine.RULES[DURATION].lead + ")", re.IGNORECASE | re.ASCII)
    assert bool(lead.match(text)) == opens


def _plain_timex(timex: Timex) -> Timex:
    """The record built through the dataclass's own ``__init__``."""
    return Timex(**{f.name: getattr(timex, f.name) for f in dataclasses.fields(Timex)})


def test_records_are_those_the_dataclass_builds() -> None:
    """``make_timex``'s records (filled in as ``__init__`` fills them) are equal to the
    constructor's, hash and pickle the same, with their fields in the same order."""
    assert not hasattr(Timex, "__post_init__")  # nothing of __init__'s is skipped
    assert [f.name for f in dataclasses.fields(Timex)] == [
        "start", "end", "text", "type", "value", "rule", "mod", "anchor", "reference",
    ]  # fmt: skip
    found = []
    for dct in (None, PartialDate.parse("2010-01-20")):
        for text in lead_texts():
            found += engine.tag(text, dct)
    assert len(found) > 100
    assert any(t.anchor for t in found) and any(t.mod for t in found)
    for timex in found:
        plain = _plain_timex(timex)
        assert timex == plain and hash(timex) == hash(plain) and repr(timex) == repr(plain)
        assert list(vars(timex).items()) == list(vars(plain).items())
        assert pickle.dumps(timex) == pickle.dumps(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        found[0].start = 0  # type: ignore[misc]


def test_iso_date_near_leaves_the_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ISO date rule's near mark ("-05-") only spares windows that hold no ISO date."""
    texts = [t for text in lead_texts() for t in text.split("\n") if t.strip()] + [
        "Posted 2009-05-12 10:30, updated 2009-5-12, 2010-13-01, 1999-01-31T08:15 and 2009-05",
        "the 2009-2010 season, (2008-02-29), 12 May 2009-05-13, 2009-05-12x, 2009--05-12",
        "Filed 2010-11-30.",
        "Updated 2012-10-05T10:00 GMT",
    ]
    scans = [engine.scan_text(t) for t in texts]
    iso = [rule.name for rule in engine.RULES].index("iso-date")
    assert engine._NEAR[iso] is not None

    def candidates() -> list[list[tuple[int, int, int, tuple[int, int]]]]:
        return [[(s, e, i, m.span()) for s, e, i, m in engine.find_candidates(t)] for t in scans]

    spared = candidates()
    plain = [None if i == iso else near for i, near in enumerate(engine._NEAR)]
    monkeypatch.setattr(engine, "_NEAR", plain)
    assert candidates() == spared
    assert sum(i == iso for found in spared for _s, _e, i, _m in found) >= 4
