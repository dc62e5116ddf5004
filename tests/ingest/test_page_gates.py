"""The page gates of :func:`generator.ingest.boilerplate.classify` (one RE2 scan of a page's
text skips the walks over its units that can find nothing, a name line's among them) label
every page as the walks asked of every unit did, on the seeds, on newspapers' pages, on
crafted and generated pages, with RE2 and without; and a name is told with the same digits
test as before."""

from __future__ import annotations

import copy
import json
from contextlib import nullcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.ingest import boilerplate, units
from generator.ingest.boilerplate_patterns import (
    COPYRIGHT_RE,
    CREDITS_RE,
    NUMBERED_SOURCE_RE,
    REFERENCE_RE,
    REFERENCES_HEAD_RE,
)
from generator.ingest.formats import text_units
from generator.ingest.jsonl import detokenize
from generator.ingest.pubdate import DATE_LINE_RE, POSTED_RE
from generator.ingest.units import Unit
from tests.conftest import SEEDS, SHARED_DATA

CORPORA = [
    SHARED_DATA / "t17" / "h1n1" / "reuters" / "articles.jsonl",
    SHARED_DATA / "t17" / "iraq" / "guardian" / "articles.jsonl",
]
LINES = [
    "Floods hit the coast",
    "By Jane Doe",
    "The river rose two metres overnight, officials said on Monday.",
    "Residents were moved to schools and halls across the region.",
    "References:",
    "SOURCES",
    "[1] Smith, J. (2020). A study.",
    "^2 See the report.",
    "3. Health survey, accessed 4 May 2021",
    "(Reporting by Jane Doe; Editing by John Roe)",
    "Reporting by Jane Doe; Editing by John Roe",
    "Additional reporting by Ann Lee; writing by Tom Fox",
    "(Writing by Tom Fox)",
    "Produced by Ann Lee; BBC",
    "© 2024 Meridian Newswire. All rights reserved.",
    "Copyright 2019 The Daily Planet",
    "Posted on 14 August 2023 by Maria Lopez",
    "-- First published 3 May 2021",
    "Published: 03 February 2026.",
    "He posted a note on the door of the school.",
    "Share this | Tweet | Email",
    "Jane Doe",
    "Jane Doe is a reporter who covers floods and the environment for the paper.",
    "Anna Maria van der Berg",
    "Notes\n",
    "line one\n[2] a footnote on a second line",
    "",
]


def _corpus_pages() -> list[list[str]]:
    pages = []
    for corpus in CORPORA:
        if not corpus.is_file():
            continue
        for line in corpus.read_text("utf-8").splitlines()[:80]:
            text = json.loads(line)["text"].replace("\\/", "/")
            pages.append([u.text for u in text_units(detokenize(text))])
    return pages


def _pages() -> list[list[str]]:
    seeds = [[u.text for u in text_units(p.read_text("utf-8"))] for p in sorted(SEEDS.glob("*"))]
    return [*seeds, *_corpus_pages(), LINES, *([*LINES[:4], line] for line in LINES[4:])]


def _plain_classify(page: list[Unit]) -> units.Cleaned:
    """:func:`boilerplate.classify` as it was: every walk over the units, on every page."""
    b = boilerplate
    cleaned = units.Cleaned()
    for unit in page:
        unit.label = b.widget_reason(unit.text)
    start = b._label_head(page, cleaned, DATE_LINE_RE)
    if start is None:
        return cleaned
    b._label_references(page, start)
    b._label_reader_content(page, start)
    cut = b._find_tail_cut(page, start)
    b._label_tail(page, cut)
    b._label_author_bio(page, start, cut, cleaned)
    b._label_credits(page, start, cleaned)
    b._label_cta_headings(page, start)
    b._label_after_story(page, start)
    b._find_copyright(page, cleaned)
    if cleaned.date_line is None:
        b._find_foot_date(page, start, cleaned, DATE_LINE_RE)
    return cleaned


def _same_labels(texts: list[str]) -> None:
    page = [Unit(t, i + 1) for i, t in enumerate(texts)]
    mine, theirs = copy.deepcopy(page), copy.deepcopy(page)
    found = boilerplate.classify(mine, DATE_LINE_RE)
    expected = _plain_classify(theirs)
    assert found == expected, texts
    assert [u.label for u in mine] == [u.label for u in theirs], texts


def _gates_let_through(texts: list[str]) -> None:
    """A page with a unit a walk would find something in is never refused by its gate."""
    b = boilerplate
    page = "\n".join(texts)
    if any(
        REFERENCES_HEAD_RE.match(t) or REFERENCE_RE.match(t) or NUMBERED_SOURCE_RE.match(t)
        for t in texts
    ):
        assert b._PAGE_REFERENCES_RE.may_match(page), texts
    if any(units.is_name(t) for t in texts):
        assert b._PAGE_NAME_RE.may_match(page), texts
    if any(CREDITS_RE.match(t) or CREDITS_RE.match(t[1:]) for t in texts):
        assert b._PAGE_CREDITS_RE.may_match(page), texts
    if any(COPYRIGHT_RE.search(t) for t in texts):
        assert b._PAGE_COPYRIGHT_RE.may_match(page), texts
    if any(POSTED_RE.match(t) for t in texts):
        assert b._PAGE_POSTED_RE.may_match(page), texts


@pytest.mark.parametrize("pure", [False, True], ids=["re2", "pure-python"])
def test_pages_are_labelled_as_by_every_walk(pure: bool) -> None:
    pages = _pages()
    with fastre.pure_python() if pure else nullcontext():
        for texts in pages:
            _gates_let_through(texts)
            _same_labels(texts)
    for gate in (boilerplate._PAGE_CREDITS_RE, boilerplate._PAGE_NAME_RE):
        refused = [gate.may_match("\n".join(t)) for t in pages]
        assert not all(refused) and any(refused)  # both answers are exercised


@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=14))
@settings(max_examples=300, deadline=None)
def test_generated_pages_are_labelled_as_by_every_walk(texts: list[str]) -> None:
    _gates_let_through(texts)
    _same_labels(texts)


def _plain_is_name(text: str) -> bool:
    n = units.word_count(text) if text.isascii() else len(text.split())
    if not 2 <= n <= 5 or any(ch.isdigit() for ch in text):
        return False
    return bool(units._NAME_RE.fullmatch(text)) and not units.ends_sentence(text.rstrip("."))


@pytest.mark.parametrize(
    "text",
    ["Jane Doe", "Jane Doe 2", "Jane Doe²", "Jane ٣ Doe", "Anna Maria van der Berg", "Jane Doe."],
)
def test_names_are_told_as_before(text: str) -> None:
    assert units.is_name(text) == _plain_is_name(text)
    for page in _pages()[:5]:
        for line in page:
            assert units.is_name(line) == _plain_is_name(line), line
