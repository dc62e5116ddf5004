"""Whose voice a page speaks in: a report's, or its writer's first person (a column, a blog)."""

from __future__ import annotations

import pytest

from generator.ingest import read_articles
from generator.ingest.voice import MIN_WORDS, voice_of
from generator.models import FIRST_PERSON
from tests.conftest import SEEDS, SHARED_DATA

REPORT = (
    'The council voted on Tuesday to close the bridge. Its chairman said "we have no choice, '
    'I have seen the cracks myself". Engineers will inspect the structure next month, and '
    "the road will stay shut until the work is done. "
)
COLUMN = (
    "I went down to the river on Tuesday, as I do most weeks, and I saw what we have all "
    "feared: the bridge is closing. My neighbours tell me we were never asked. "
)


def test_a_report_quoting_the_first_person_is_a_reports() -> None:
    text = REPORT * (MIN_WORDS // 20)
    assert voice_of([text]) is None  # "we" and "I" are inside the chairman's quotation marks


def test_a_column_speaks_in_its_writers_first_person() -> None:
    assert voice_of([COLUMN * (MIN_WORDS // 20)]) == FIRST_PERSON
    assert voice_of([COLUMN]) is None  # too short to tell


def test_the_seed_reports_are_reports() -> None:
    assert [a.voice for a in read_articles([SEEDS])] == [None] * 5


GUARDIAN = SHARED_DATA / "t17" / "iraq" / "guardian" / "articles.jsonl"


@pytest.mark.skipif(not GUARDIAN.is_file(), reason="needs ../shared/data")
def test_a_newspapers_columns_are_told_from_its_reports() -> None:
    """Of one newspaper's pages, the few in the first person are its columns and letters."""
    articles = list(read_articles([GUARDIAN]))
    voiced = [a for a in articles if a.voice == FIRST_PERSON]
    assert 0.1 < len(voiced) / len(articles) < 0.5
