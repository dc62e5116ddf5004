"""The tagger engine's shortcuts against the plain computations they replace."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
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


T17 = Path(__file__).resolve().parents[3] / "shared" / "data" / "t17"
LED = [index for index, rule in enumerate(engine.RULES) if rule.lead]


def lead_texts() -> list[str]:
    """Seed lines, sample phrases, and (where the news corpora are at hand) some of their text."""
    texts = [
        *seed_lines(),
        "about three years ago, the past two months and a half, mid-1990s, in fiscal 2009",
        "Early Monday morning, late last night, -morning yesterday, mid-afternoon today",
        "at 10:30 GMT, around noon, approximately 2pm, the next few weeks, recent years",
        "nowadays, right now, at present, the near future, as soon as possible, coming months",
        "In May, this past March, early in Jan., the end of September, no more than 30 days",
        "Mon, Jan. 5, Tues., Feb 3 2009, the 4th of July, Thursday 12 March, last Oct. 23",
        "every other Tuesday, biweekly, St. Patrick's Day, this past Easter, that same day",
        "earlier this month, later in the year, earlier that day, later next week, earlier today",
        "later this week, two weeks ago, some 30 years earlier, last spring, the coming year",
        "this summer, next autumn, the winter of 2008, fall 2009, spring 2010, last winter",
        "over the year, during the week, for the month, in the decade, across the quarter",
        "that year, that week, the same month, that morning, that evening, that same night",
    ]
    for path in sorted(T17.glob("*/*/articles.jsonl")):
        with path.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in itertools.islice(f, 4)]
    return texts


@pytest.mark.parametrize("index", LED, ids=[engine.RULES[i].name for i in LED])
def test_a_lead_only_spares_work(index: int) -> None:
    """With its lead a rule matches where, and as, it matches without: at every word start of
    the texts, with windows ending anywhere (a lead that missed an opening word would fail)."""
    led = engine._REGEXES[index]
    plain = engine.compile_rule(engine.RULES[index], lead=False)
    assert led.pattern != plain.pattern
    matched = 0
    for text in lead_texts():
        scan = engine.scan_text(text)
        n = len(scan)
        for p in range(n):
            if p and (scan[p - 1].isalnum() or scan[p - 1] == "_"):
                continue  # inside a word: no rule starts there
            for hi in {n, min(n, p + 9), min(n, p + 30)}:
                a, b = plain.match(scan, p, hi), led.match(scan, p, hi)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), scan[p:hi]
                matched += a is not None
    assert matched > 5


def test_leads_leave_the_candidates_as_they_were(monkeypatch: pytest.MonkeyPatch) -> None:
    """``find_candidates`` finds the same matches with and without the leads."""
    texts = [t for text in lead_texts() for t in text.split("\n") if t.strip()]
    scans = [engine.scan_text(t) for t in texts]
    spans = [[(s, e, i, m.span()) for s, e, i, m in engine.find_candidates(t)] for t in scans]
    plain = [engine.compile_rule(rule, lead=False) for rule in engine.RULES]
    monkeypatch.setattr(engine, "_REGEXES", plain)
    assert [
        [(s, e, i, m.span()) for s, e, i, m in engine.find_candidates(t)] for t in scans
    ] == spans
    assert sum(map(len, spans)) > 100


PLAIN_NEAR = {
    "month-year": r"\d|\b(?:year|nineteen|thousand)\b",
    "relative-unit": r"\b(?:this|last|next|past|previous|coming|following|current|same|prior)\b",
    "anaphor": r"\b(?:that|same|next|following|previous|preceding|prior)\b",
    "offset": r"\b(?:ago|earlier|later|before|prior|from\s+now|hence)\b",
}
"""The near words as plain alternations, before :func:`~generator.temporal.rules.near_words`."""


@pytest.mark.parametrize("name", sorted(PLAIN_NEAR))
def test_near_words_find_what_the_plain_alternation_finds(name: str) -> None:
    """The case-folded trie of a rule's near words answers as the plain alternation, window by
    window (its only use: whether the window holds one)."""
    index = [rule.name for rule in engine.RULES].index(name)
    trie, plain = engine._NEAR[index], re.compile(PLAIN_NEAR[name], re.IGNORECASE | re.ASCII)
    assert trie is not None and trie.pattern != plain.pattern
    found = 0
    for text in lead_texts():
        scan = engine.scan_text(text)
        for lo in range(0, len(scan), 7):
            for hi in (lo + 20, lo + 60):
                answer = plain.search(scan, lo, hi) is not None
                assert (trie.search(scan, lo, hi) is not None) == answer, scan[lo:hi]
                found += answer
    assert found > 10


def _triggers_from_the_first(chunk: str) -> list[tuple[int, int, str]]:
    """The triggers as :func:`~generator.temporal.engine.tag` found them before RE2 did: ``re``
    scanning from where RE2 saw the first."""
    first = engine._ANY_TRIGGER.first_start(chunk)
    return engine.find_triggers(chunk, first) if first >= 0 else []


_TRIGGER_EDGES = [
    "May 5",
    "Mondays xMay May",
    "yesterday's news, today",
    "x-year's end, the year’s end",
    "New Year’s Day: 1999 in 2001, '90s and ’80s",
    "TODAY-Yesterday/tomorrow QUARTER Quarter Q1 Q4x Q3",
    "at 5 a.m. or 5pm, 10:30 on 3/12/1999 and 02.08.2026",
    "24,000 and 1,2345 or 1.5 and 2,000,000",
    "Marché is no March, 1990s é1990 1990é",
    "tab\t1990\x0bam and 5\x0bpm",
]


@pytest.mark.parametrize("chunk", _TRIGGER_EDGES)
def test_all_triggers_are_the_re_scan_s(chunk: str) -> None:
    """RE2's one scan finds the triggers ``re``'s two scans found, with and without RE2."""
    scan = engine.scan_text(chunk)
    assert engine.all_triggers(scan) == _triggers_from_the_first(scan)
    with fastre.pure_python():
        assert engine.all_triggers(scan) == _triggers_from_the_first(scan)


def test_all_triggers_are_the_re_scan_s_on_the_seeds() -> None:
    found = 0
    for line in seed_lines():
        scan = engine.scan_text(line)
        triggers = engine.all_triggers(scan)
        assert triggers == _triggers_from_the_first(scan), line
        found += len(triggers)
    assert found > 100  # the seeds do name dates


_PIECES = [*"0123456789.,:/ \t\v\naApPmMQs'’x-é", "May", "year", "year's", "year’s", "Q1"]
_PIECES += ["1990", "'90s", "today", "MONDAY", "Quarter", "—"]
"""Characters and words a trigger scan tells apart, for texts made of them."""


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_all_triggers_are_the_re_scan_s_on_any_text(pieces: list[str]) -> None:
    scan = engine.scan_text("".join(pieces))
    assert engine.all_triggers(scan) == _triggers_from_the_first(scan)


def _own_triggers(texts: list[str]) -> list[list[tuple[int, int, str]] | None]:
    """Each text's triggers as :func:`~generator.temporal.engine.tag` finds them alone."""
    return [
        engine.all_triggers(engine.scan_text(text)) if len(text) <= engine.CHUNK_CHARS else None
        for text in texts
    ]


def test_paragraph_triggers_are_each_text_s_own() -> None:
    """One scan of the texts joined finds each text's triggers, none across two texts (a
    white space between "2005" and "A." would make a clock time), "’" kept in the keys."""
    texts = [*_TRIGGER_EDGES, "in 2005", "A. Smith", "at 5", "pm, year", "’s end", "", "May"]
    texts += ["x" * engine.CHUNK_CHARS + " May 5", "1990\x00today", "Q", "1 “quoted” ’90s é"]
    assert engine.paragraph_triggers(texts) == _own_triggers(texts)
    assert engine.paragraph_triggers(seed_lines()) == _own_triggers(seed_lines())
    with fastre.pure_python():
        assert engine.paragraph_triggers(texts) is None  # tag scans each text itself


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*_PIECES, "“", "ß", "\u2009"]), max_size=12), max_size=6))
def test_paragraph_triggers_are_each_text_s_own_on_any_texts(pieces: list[list[str]]) -> None:
    texts = ["".join(text) for text in pieces]
    assert engine.paragraph_triggers(texts) == _own_triggers(texts)


def test_tag_takes_the_paragraph_triggers() -> None:
    """Given a text's triggers, tag finds what it finds scanning the text itself."""
    texts = seed_lines()
    dct = PartialDate(2021, 3, 4)
    found = engine.paragraph_triggers(texts)
    assert found is not None
    assert [engine.tag(t, dct, None, f) for t, f in zip(texts, found, strict=True)] == [
        engine.tag(t, dct) for t in texts
    ]
