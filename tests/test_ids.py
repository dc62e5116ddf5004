"""Id rules of :mod:`generator.ids` that need no project: Windows-reserved names."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ids import (
    article_file_id,
    is_reserved_name,
    safe_article_id,
    source_page_name,
    unique_page_slugs,
)

RESERVED = ["CON", "con", "Prn", "AUX", "nul", "COM1", "com9", "LPT1", "lpt9"]


@pytest.mark.parametrize("name", RESERVED)
def test_reserved_names_with_any_extension_are_recognised(name: str) -> None:
    assert is_reserved_name(name)
    assert is_reserved_name(f"{name}.txt")
    assert is_reserved_name(f"{name}.tar.gz")


@pytest.mark.parametrize("name", ["CONS", "console", "COM0", "COM10", "LPT", "a.CON", "NULL", ""])
def test_other_names_are_not_reserved(name: str) -> None:
    assert not is_reserved_name(name)


@pytest.mark.parametrize("name", RESERVED)
def test_article_ids_never_take_a_reserved_name(name: str) -> None:
    assert article_file_id(Path(f"{name}.txt")) == f"{name}-file"
    assert safe_article_id(name) == f"{name}-file"
    assert safe_article_id(f"{name}.2024") == f"{name}-file.2024"
    assert safe_article_id(f" {name} ") == f"{name}-file"
    assert not is_reserved_name(source_page_name(name))


def test_normal_ids_are_unchanged() -> None:
    for name in ["003_e0a1eea8c0cad0b9", "corpus.42", "CONS", "con-file", "console.7", "a.CON"]:
        assert article_file_id(Path(f"{name}.txt")) == name
        assert safe_article_id(name) == name
        assert source_page_name(name) == name


def test_entity_and_tag_pages_never_take_a_reserved_name() -> None:
    slugs = unique_page_slugs(["Con", "Aux", "Nul", "Lpt 1", "Petro"], "tag")
    assert slugs["Petro"] == "petro"
    assert not [s for s in slugs.values() if is_reserved_name(s)], slugs
    assert len(set(slugs.values())) == len(slugs)
