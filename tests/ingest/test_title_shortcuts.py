"""The title checks' shortcuts answer as the plain computation does, on the seeds' titles
and sentences and on generated text: an RE2 scan only refuses titles ``re`` would refuse,
and a substring test only skips a search that finds nothing."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.ingest import build_events, read_articles
from generator.ingest.confidence import _find_doubts
from generator.ingest.happening_checks import FORM_SCAN, QUESTION, TITLE_SCAN
from generator.ingest.sentences import split_sentences
from generator.ingest.title_checks import (
    _FULL_NAME_INSIDE,
    _NOT_GIVEN_NAMES,
    TITLE_WORD,
    _named_again,
    form_doubt,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed_titles() -> list[str]:
    """The seeds' event titles and every sentence of their articles, as titles."""
    articles = list(read_articles([SEEDS]))
    titles = [event.title for event in build_events(articles).events]
    for article in articles:
        for paragraph in article.paragraphs:
            titles += [s.text for s in split_sentences(paragraph)]
    return titles + _EXAMPLES


_EXAMPLES = [
    "Kim Badawi/Getty Images for CNN shows protesters",
    "1432 Protesters gathered in Tahrir Square",
    "By Andrew Cohen The Atlantic Murray will be sentenced",
    '"bring my son back" Murray was sentenced',
    "Aid was flown to Haiti In Port-au-Prince the rubble lay",
    "Population of 10 million people Most live on less than $2 a day",
    "Shots can be heard in this video of the protest",
    "CNN senior legal analyst Jeffrey Toobin explained the ruling",
    "Clinton has mild allergies not new flu Hillary Clinton has twice been to Mexico",
    "The talks were scheduled for for Monday",
    "An estimated 200,000 people died in the quake",
    "Simon Cowell is hoping to complete the single",
    "The council made a shocking decision on the budget",
    "Wael Ghonim was seized and released Monday",
    "Crowds filled the square after the protests The military will act",
    "The ministry reported new cases, up from 1,364 and repeated",
    "Ben Ali fled the country",
]
"""Titles of the checks' docstrings, one for each pattern (the seeds hold few broken ones)."""


def _plain_named_again(title: str) -> re.Match[str] | None:
    """:func:`_named_again` as it was: a search for the surname after every full name."""
    for found in _FULL_NAME_INSIDE.finditer(title):
        given, surname = found.groups()
        if given in _NOT_GIVEN_NAMES or given.endswith(("an", "ese", "ish")):
            continue
        if re.search(rf"\b{re.escape(surname)}\b", title[: found.start()]):
            return found
    return None


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return None if found is None else found.span()


def test_form_doubt_is_the_same_with_and_without_the_title_scan() -> None:
    titles = _seed_titles()
    assert len(titles) > 150
    with_scan = [form_doubt(t, w) for t in titles if (w := TITLE_WORD.findall(t))]
    with fastre.pure_python():
        plain = [form_doubt(t, w) for t in titles if (w := TITLE_WORD.findall(t))]
    assert with_scan == plain
    assert sum(d is not None for d in plain) > 5  # the checks do find something


def test_title_doubts_are_the_same_with_and_without_the_title_scan() -> None:
    titles = [*_seed_titles(), "Robert Gibbs was asked if the administration supports Mubarak"]
    with_scan = [_find_doubts(t) for t in titles]
    with fastre.pure_python():
        plain = [_find_doubts(t) for t in titles]
    assert with_scan == plain
    assert QUESTION in plain[-1]


def test_the_title_scan_has_prefilters() -> None:
    if fastre.has_re2():
        # ASKED, 3 happenings, a modal, a change, the journalist's words, the look or watch
        # words and a day; the form's scan: 15 of title_checks and 2 of title_form
        assert len(TITLE_SCAN._prefilters) == 9
        assert len(FORM_SCAN._prefilters) == 17


def test_named_again_is_the_plain_search_on_the_seeds() -> None:
    titles = _seed_titles()
    assert [_span(_named_again(t)) for t in titles] == [
        _span(_plain_named_again(t)) for t in titles
    ]


_WORDS = "Clinton Hillary Bill Jackson Michael Jacksons Clintonian said has flu the of"
_PIECES = st.sampled_from([*_WORDS.split(), "'", "’", ",", '"', "”", " ", "  ", "-", "é", "St"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=20))
def test_named_again_is_the_plain_search_on_generated_text(pieces: list[str]) -> None:
    title = " ".join(pieces)
    assert _span(_named_again(title)) == _span(_plain_named_again(title))
