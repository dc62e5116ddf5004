"""The title checks' quick refusals answer as the plain searches do, on the seeds' titles
and sentences and on generated text: a repeated-run test before a name or a doubled word
is searched, a dash test before a title is split, RE2's starts for a subordinate clause."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import build_events, read_articles
from generator.ingest.sentences import split_sentences
from generator.ingest.title_checks import (
    _DOUBLED,
    _FULL_NAME_INSIDE,
    _NOT_GIVEN_NAMES,
    TITLE_WORD,
    _named_again,
    form_doubt,
)
from generator.ingest.title_form import _DASH, _verbs_only_aside
from generator.ingest.title_length import TRAILING_SUBORDINATE, without_trailing_subordinate
from generator.ingest.verbs import has_verb

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

_PLAIN_DOUBLED = re.compile(r"\b(?!(?:that|had)\b)(\w+)\s+\1\b", re.I)
"""The doubled word's pattern as it was, without the possessive run."""

_EXAMPLES = [
    "The talks were scheduled for for Monday",
    "The talks were scheduled FOR for Monday",
    "He said that that was all, and had had enough",
    "Don't t stop the the_the the",
    "Ali_x met Ali in Cairo Ali Ali",
    "President Bashar al-Assad met Al-Assad Bashar Al-Assad in Damascus",
    "Smith-Jones said the board backed Anna Jones",
    "Clinton has mild allergies not new flu Hillary Clinton has twice been to Mexico",
    "İstanbul i̇stanbul ıstanbul Istanbul ΟΔΟΣ οδοσ",
    "A British search and rescue team - made up of 71 people, mostly from the fire services",
    "The quake - Haiti's worst in two centuries - struck at 1653",
    "The government -- which said it would act",
    "will assist U.S. citizens who want to leave Egypt, which is in turmoil",
    "Four suicide bombers, three of whom lived in West Yorkshire, attacked London",
]
"""Titles at the edges of the tests: case, underscores, hyphens, non-ASCII folding, dashes."""


def _texts() -> list[str]:
    """The seeds' event titles and every sentence of their articles, with the examples."""
    articles = list(read_articles([SEEDS]))
    texts = [event.title for event in build_events(articles).events]
    for article in articles:
        for paragraph in article.paragraphs:
            texts += [s.text for s in split_sentences(paragraph)]
    return texts + _EXAMPLES


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return None if found is None else found.span()


def _plain_named_again(title: str) -> re.Match[str] | None:
    """:func:`_named_again` as it was: a search for the surname after every full name."""
    for found in _FULL_NAME_INSIDE.finditer(title):
        given, surname = found.groups()
        if given in _NOT_GIVEN_NAMES or given.endswith(("an", "ese", "ish")):
            continue
        before = title[: found.start()]
        if surname in before and re.search(rf"\b{re.escape(surname)}\b", before):
            return found
    return None


def _plain_verbs_only_aside(title: str) -> bool:
    """:func:`_verbs_only_aside` as it was: every title split at its dashes."""
    parts = _DASH.split(title, maxsplit=2)
    if len(parts) == 1 or has_verb(TITLE_WORD.findall(parts[0])):
        return False
    outside = parts[0] + (" " + parts[2] if len(parts) == 3 else "")
    return not has_verb(TITLE_WORD.findall(outside))


def _plain_without_trailing_subordinate(text: str) -> str:
    """:func:`without_trailing_subordinate` as it was: ``re`` searches from each start."""
    pos = TRAILING_SUBORDINATE.first_start(text)
    while pos >= 0 and (found := TRAILING_SUBORDINATE._re.search(text, pos)) is not None:
        opener = found.group(0).split(None, 1)[0]
        before = text[: found.start()].rsplit(None, 1)[-1:]
        if opener in ("who", "which") and before and before[0].isalpha() and before[0].islower():
            pos = found.start() + 1
            continue
        return text[: found.start()]
    return text


def _check(text: str) -> None:
    """Each quick path answers as its plain search on ``text``."""
    assert _span(_named_again(text)) == _span(_plain_named_again(text)), text
    assert _verbs_only_aside(text) == _plain_verbs_only_aside(text), text
    assert without_trailing_subordinate(text) == _plain_without_trailing_subordinate(text), text
    assert _span(_DOUBLED.search(text)) == _span(_PLAIN_DOUBLED.search(text)), text
    words = TITLE_WORD.findall(text)
    if words:
        doubt = form_doubt(text, words)
        doubled = _PLAIN_DOUBLED.search(text)
        if doubt is not None and doubt.startswith("a word is written twice"):
            assert doubled is not None and repr(doubled.group(0)) in doubt, text
        if doubled is not None:  # found, or an earlier doubt of the form said first
            assert doubt is not None, text


def test_quick_paths_match_the_plain_searches_on_the_seeds() -> None:
    texts = _texts()
    assert len(texts) > 150  # the seeds' sentences are there
    for text in texts:
        _check(text)


def test_doubled_words_are_still_found() -> None:
    found = [form_doubt(t, TITLE_WORD.findall(t)) for t in _EXAMPLES[:3]]
    assert found[:2] == [
        "a word is written twice ('for for')",
        "a word is written twice ('FOR for')",
    ]
    assert found[2] is None or "twice" not in found[2]  # "that that", "had had" stay
    assert _span(_named_again(_EXAMPLES[7])) is not None  # "Hillary Clinton" after "Clinton"


_PIECES = st.sampled_from(
    [
        *"for For FOR that had Clinton Hillary Jones Al-Assad al Ali_x İ i ı Σ σ ς the".split(),
        " ",
        "  ",
        "\n",
        "-",
        "--",
        "—",
        "–",
        ",",
        "'",
        "’",
        "_",
        "who",
        "which",
        "after",
        "said",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=16), st.sampled_from(["", " ", "-"]))
def test_quick_paths_match_the_plain_searches_on_generated_text(
    pieces: list[str], joint: str
) -> None:
    _check(joint.join(pieces))
