"""Walks of the reading stage that stop once their answer is known, or refuse a unit by a
cheap test first, answer as the plain walks they replaced, on real units (the seeds' and a
newspaper's, put together at random): the first unit of a comment thread near the page's
foot, a page's copyright notices, menus and comment signatures."""

from __future__ import annotations

import itertools
import json
from contextlib import nullcontext

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.ingest import boilerplate, threads, widgets
from generator.ingest.boilerplate_patterns import COMMENT_STAMP_RE, NAV_WORDS, SIGNATURE_RE
from generator.ingest.formats import text_units
from generator.ingest.jsonl import detokenize
from generator.ingest.units import Cleaned, Unit, ends_sentence, is_prose, word_count
from tests.conftest import SEEDS, SHARED_DATA

GUARDIAN = SHARED_DATA / "t17" / "h1n1" / "guardian" / "articles.jsonl"


def _real_texts() -> list[str]:
    """The units of the seeds and of a newspaper's first thirty articles (if at hand)."""
    pages = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if GUARDIAN.is_file():
        lines = GUARDIAN.read_text("utf-8").splitlines()[:30]
        pages += [detokenize(json.loads(line)["text"]) for line in lines]
    return [u.text for page in pages for u in text_units(page)]


TEXTS = _real_texts()
VOICED = [t for t in TEXTS if is_prose(t) and threads._voice(t)]
"""Prose in a reader's voice: the walk must skip it (drawn as often as the rest)."""


def _plain_story_words_after(
    units_text: list[str], labels: list[str | None], evidence: list[threads.Evidence]
) -> list[int]:
    """The words of story-like prose after each unit, every unit counted (as it was)."""
    marks = sorted(e.index for e in evidence)
    marked = set(marks)
    in_cluster = [False] * len(units_text)
    for a, b in itertools.pairwise(marks):
        if b - a <= threads._CLUSTER_GAP:
            for i in range(a, b):
                in_cluster[i] = True
    counts = [0] * len(units_text)
    running = 0
    for i in range(len(units_text) - 1, -1, -1):
        counts[i] = running
        text = units_text[i]
        if (
            labels[i] is None
            and not in_cluster[i]
            and i not in marked
            and is_prose(text)
            and not threads._voice(text)
        ):
            running += word_count(text)
    return counts


def _plain_first_near_end(
    units_text: list[str],
    labels: list[str | None],
    evidence: list[threads.Evidence],
    limit: float,
) -> threads.Evidence | None:
    story_after = _plain_story_words_after(units_text, labels, evidence)
    return next((e for e in evidence if story_after[e.index] <= limit), None)


@st.composite
def _pages(
    draw: st.DrawFn,
) -> tuple[list[str], list[str | None], list[threads.Evidence], float]:
    """Real units in a random order, some labelled, some evidence, and a word limit."""
    size = draw(st.integers(1, 60))
    pool = st.sampled_from(TEXTS) | st.sampled_from(VOICED or TEXTS)
    units_text = draw(st.lists(pool, min_size=size, max_size=size))
    labels = draw(
        st.lists(st.sampled_from([None, None, None, "navigation"]), min_size=size, max_size=size)
    )
    marks = sorted(draw(st.sets(st.integers(0, size - 1), min_size=1, max_size=12)))
    evidence = [threads.Evidence(i) for i in marks]
    limit = draw(st.floats(0, 3000) | st.sampled_from([0.0, 150.0]))
    return units_text, labels, evidence, limit


@settings(max_examples=1500, deadline=None)
@given(_pages())
def test_the_walk_from_the_foot_finds_the_plain_first_unit(
    page: tuple[list[str], list[str | None], list[threads.Evidence], float],
) -> None:
    units_text, labels, evidence, limit = page
    assert threads._first_near_end(units_text, labels, evidence, limit) is _plain_first_near_end(
        units_text, labels, evidence, limit
    )


def test_the_real_units_hold_story_and_voice() -> None:
    """The pool the pages are drawn from has both kinds of prose the walk tells apart."""
    assert VOICED
    assert any(is_prose(t) and not threads._voice(t) for t in TEXTS)


NOTICES = [
    "© 2024 Meridian Newswire Ltd. All rights reserved.",
    "Copyright 2019 The Daily Planet",
    "(c) 2011 Example Media, Inc.",
    "All rights reserved",
    "Copyright © 2020 Harbour Press | Terms",
    "The copyright 2010 row went to court.",
]


def _plain_find_copyright(units: list[Unit], cleaned: Cleaned) -> None:
    """:func:`boilerplate._find_copyright` as it was: every unit asked the kept answers."""
    for unit in units:
        found = (
            boilerplate.copyright_of(unit.text) if boilerplate._has_copyright(unit.text) else None
        )
        if found is not None:
            cleaned.copyright_year = found[0]
            if cleaned.outlet is None and found[1] and word_count(found[1]) <= 6:
                cleaned.outlet = found[1]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(TEXTS) | st.sampled_from(NOTICES), max_size=40),
    st.sampled_from([None, "Harbour Press"]),
    st.booleans(),
)
def test_copyright_notices_are_found_as_before(
    texts: list[str], outlet: str | None, pure: bool
) -> None:
    with fastre.pure_python() if pure else nullcontext():
        fast, plain = Cleaned(outlet=outlet), Cleaned(outlet=outlet)
        boilerplate._find_copyright([Unit(t, 1) for t in texts], fast)
        _plain_find_copyright([Unit(t, 1) for t in texts], plain)
    assert fast == plain


def _plain_is_navigation(text: str) -> bool:
    """:func:`widgets._is_navigation` as it was: the words split before the sentence end."""
    pieces = widgets._MENU_SPLIT_RE.split(text.casefold())
    menu = sum(map(NAV_WORDS.__contains__, pieces))
    if menu < 3:
        return False
    return menu >= 0.6 * (len(pieces) - pieces.count("")) and not ends_sentence(text)


def _plain_is_signature(text: str) -> bool:
    """:func:`threads._is_signature` as it was: the pattern asked of every line."""
    m = SIGNATURE_RE.match(text)
    if m is None:
        return False
    rest = text[m.end("verb") :].strip(" :,")
    return not rest or bool(COMMENT_STAMP_RE.fullmatch(rest))


SHAPED = [
    "Home News World Sport Business",
    "Home | News | Sport.",
    "News » World » Europe",
    "More news, more sport!",
    "Jane Doe says:",
    "— Jane Doe on",
    "2. Jane Doe said.",
    "Jane Doe wrote on March 3, 2024 at 5:17 pm",
    "Jane Doe replied?",
    "Jane Doe says:\n",
    "Jane Doe on.\n",
]
_PIECES = st.sampled_from(
    [
        *"Jane|Doe|on|says|said|wrote|replied|home|news|sport|World|—|2.|:|.|!|?|…|\n|»|'|”".split(
            "|"
        )
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=8).map(" ".join) | st.sampled_from(TEXTS + SHAPED))
def test_menus_and_signatures_are_told_as_before(text: str) -> None:
    assert widgets._is_navigation(text) == _plain_is_navigation(text)
    assert threads._is_signature(text) == _plain_is_signature(text)


def test_every_real_and_shaped_line_is_told_as_before() -> None:
    assert any(map(_plain_is_navigation, SHAPED))
    assert any(map(_plain_is_signature, SHAPED))
    for text in TEXTS + SHAPED:
        assert widgets._is_navigation(text) == _plain_is_navigation(text), text
        assert threads._is_signature(text) == _plain_is_signature(text), text


def _plain_stamp_windows(text: str) -> list[tuple[int, int]]:
    """:func:`threads._stamp_windows` as it was: ``finditer`` over the paragraph."""
    return [(max(0, m.start() - 45), m.end() + 60) for m in threads._STAMP_KEYS_RE.finditer(text)]


_CLOCK_PIECES = st.sampled_from(
    [*"4:51|11.43|2 hours ago|ago|agony|Chicago|1.5|٣:٤٥|12:0|x|.|:| |\n|é".split("|")]
)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(_CLOCK_PIECES, max_size=12).map("".join) | st.sampled_from(TEXTS),
    st.booleans(),
)
def test_stamp_windows_are_found_as_before(text: str, pure: bool) -> None:
    with fastre.pure_python() if pure else nullcontext():
        assert threads._stamp_windows(text) == _plain_stamp_windows(text)


def test_every_real_line_has_its_stamp_windows_as_before() -> None:
    for text in TEXTS:
        assert threads._stamp_windows(text) == _plain_stamp_windows(text), text
