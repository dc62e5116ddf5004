""":func:`~generator.ingest.names.full_names` tries its full-name pattern only before the
places a person's surname is written: it finds what trying it at every capital found, on
the seeds, a shared corpus and generated text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import names, read_articles
from tests.conftest import SEEDS, SHARED_DATA


def _plain_full_names(text: str) -> dict[str, frozenset[str]]:
    """:func:`~generator.ingest.names.full_names` with the pattern tried at every capital."""
    people = names._person_surnames(text)
    if not people:
        return {}
    found: dict[str, set[str]] = {}
    for match in names._FULL_NAME.finditer(text):
        surname = match.group(2)
        if surname not in people or surname in names._NOT_GIVEN:
            continue
        given = text[match.start() : match.end(1)]
        if given.split()[0] in names._NOT_GIVEN:
            continue
        found.setdefault(surname, set()).add(f"{given} {surname}")
    by_given: dict[str, set[str]] = {}
    for full in found.values():
        for name in full:
            by_given.setdefault(name.split()[0], set()).add(name)
    for given, full in by_given.items():
        if given not in found and not given.endswith("."):
            found[given] = full
    return {surname: frozenset(full) for surname, full in found.items()}


def _same(text: str) -> None:
    """Both give the same names, in the same order."""
    new, old = names.full_names.__wrapped__(text), _plain_full_names(text)
    assert new == old
    assert [(key, sorted(value)) for key, value in new.items()] == [
        (key, sorted(value)) for key, value in old.items()
    ]


@pytest.mark.parametrize(
    "corpus",
    [SEEDS, SHARED_DATA / "t17" / "mj" / "bbc" / "articles.jsonl"],
    ids=["seeds", "mj-bbc"],
)
def test_full_names_are_those_of_every_capital(corpus: Path) -> None:
    if not corpus.exists():
        pytest.skip(f"no corpus {corpus}")
    texts = ["\n".join(article.paragraphs) for article in read_articles([corpus])]
    assert sum(len(_plain_full_names(text)) for text in texts) > 3
    for text in texts:
        _same(text)


_PIECES = st.sampled_from(
    [
        *(" ", "  ", "\n", " \u00a0 ", ", ", ". ", "(", '"', "'s ", "’s ", "-", ", 55, "),
        *("Mr ", "Dr ", "Mrs. ", "President ", "executive ", "The ", "said "),
        *("Conrad ", "Murray", "George ", "W. ", "Bush", "P.J. ", "Crowley", "Jean-Paul "),
        *("Bartholomewwwwwwwwwwwwwwwwwwwwwwwwwwwwwww ", "Xyz" * 12 + " ", "                "),
        *("Michael ", "Jackson", "Randy ", "Charlie ", "Simpson", ", 7,", ", who ", "MP "),
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_full_names_are_those_of_every_capital_on_generated_text(text: str) -> None:
    _same(text)


def test_a_long_given_name_far_before_its_surname_is_found() -> None:
    """Two words longer than the slice looked at first are walked back over."""
    given = "Bartholomewwwwwwwwwwwwwwwwwwwwwwwwwwwwwww"
    text = f"Dr Murray spoke. {given}   Q. Murray, 55, said so."
    assert names.full_names.__wrapped__(text) == _plain_full_names(text)
    assert f"{given}   Q. Murray" in names.full_names.__wrapped__(text)["Murray"]
