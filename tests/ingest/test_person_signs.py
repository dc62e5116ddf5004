"""The signs that a word is a person's surname (:func:`names._person_surnames`), searched
for from where RE2 finds one may start, find what ``re``'s scan of the one pattern of all of
them found: on the seeds, on generated text where the signs overlap, with RE2 and without."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.ingest import names, read_articles
from generator.ingest.title_checks import HONORIFIC

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_ONE_PATTERN = re.compile(
    rf"\b{HONORIFIC}([A-Z][a-z][\w’'-]*?)(?=['’]s\b|[^\w’'-]|$)"
    r"|\b([A-Z][a-z][\w’'-]*?),\s+\d{1,3},"
    rf"|\b(?=[A-Za-z][\w.-]*\s+[A-Z])(?:{names._ROLE})\s+(?:[A-Z][a-z]+(?:\s+[A-Z]\.)?"
    r"|(?:[A-Z]\.){2,3})\s+([A-Z][a-z][\w’'-]*?)(?=['’]s\b|[^\w’'-]|$)"
    r"|\b[A-Z][a-z]+\s+([A-Z][a-z][\w’'-]*?),?\s+(?:MP|MEP|MSP|QC|MD|PhD)\b"
    r"|\b[A-Z][a-z]+\s+([A-Z][a-z][\w’'-]*?),\s+(?:who|head\s+of)\b"
)
"""The signs as the one pattern they were: its scan skips what an earlier match took."""


def _one_pattern(text: str) -> set[str]:
    return {next(g for g in m.groups() if g) for m in _ONE_PATTERN.finditer(text)}


def _seed_texts() -> list[str]:
    return ["\n".join(article.paragraphs) for article in read_articles([SEEDS])]


@pytest.mark.parametrize("pure", [False, True], ids=["re2", "pure-python"])
def test_the_seeds_give_the_one_patterns_surnames(pure: bool) -> None:
    texts = _seed_texts()
    assert sum(len(_one_pattern(text)) for text in texts) >= 5
    for text in texts:
        if pure:
            with fastre.pure_python():
                assert names._person_surnames(text) == _one_pattern(text)
        else:
            assert names._person_surnames(text) == _one_pattern(text)


def test_a_match_hides_the_signs_it_took() -> None:
    text = "Dr Helen Clark MP met opposition leader Mohamed ElBaradei, 68, who spoke."
    assert names._person_surnames(text) == _one_pattern(text) == {"Helen", "ElBaradei"}
    assert names._person_surnames("Helen Clark MP spoke") == {"Clark"}


_PIECES = st.sampled_from(
    [
        "Mr ",
        "Mrs. ",
        "Dr ",
        "Sir ",
        "Helen ",
        "Clark",
        "Clark's",
        "Clark’s",
        " MP",
        ", 55,",
        ", who",
        ", head of",
        "opposition leader ",
        "President ",
        "Prime Minister ",
        "executive ",
        "Wael ",
        "W. ",
        "P.J. ",
        "Ghonim",
        "Élodie ",
        "’",
        " ",
        "\n",
        ",",
        ".",
        "x",
        "said",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=20).map("".join))
def test_generated_text_gives_the_one_patterns_surnames(text: str) -> None:
    assert names._person_surnames(text) == _one_pattern(text)
    with fastre.pure_python():
        assert names._person_surnames(text) == _one_pattern(text)
