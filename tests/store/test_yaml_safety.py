"""The YAML loader: positions for every value, unsafe constructs refused."""

from __future__ import annotations

import pytest

from generator.errors import ContentError
from generator.store.yamlread import load_with_marks


def test_unquoted_dates_stay_strings_and_keys_have_positions() -> None:
    loaded = load_with_marks("id: x\ndate: 2026-02-03\nsources:\n  - article: a\n", "e.yaml")
    assert loaded.data["date"] == "2026-02-03"
    assert loaded.where(("date",)) == (2, 1)
    assert loaded.where(("sources", 0, "article")) == (4, 5)


@pytest.mark.parametrize(
    ("text", "fragment", "line"),
    [
        ("a: !!python/object/apply:os.system ['echo hi']\n", "unsupported YAML tag", 1),
        ("a: 1\nb: !custom x\n", "unsupported YAML tag", 2),
        ("a: &x [1, 2]\nb: *x\n", "anchors and aliases", 2),
        ("a: 1\na: 2\n", "duplicate key 'a'", 2),
        ("a: [1, 2\nb: 3\n", "YAML syntax error", 2),
        ("base: &b {x: 1}\nc:\n  <<: *b\n", "", 3),
    ],
)
def test_unsafe_or_malformed_yaml_is_an_error_with_a_line(
    text: str, fragment: str, line: int
) -> None:
    with pytest.raises(ContentError) as info:
        load_with_marks(text, "bad.yaml")
    assert fragment in info.value.message
    assert info.value.path == "bad.yaml"
    assert info.value.line is not None


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    with pytest.raises(ContentError, match="aliases"):
        load_with_marks("\n".join(lines), "bomb.yaml")
