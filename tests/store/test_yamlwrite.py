"""The event-file YAML writer: whatever it writes reads back as exactly the input."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.store.serialise import event_to_data
from generator.store.yamlread import safe_load_str
from generator.store.yamlwrite import dump_mapping
from tests.store.test_events import _event

TRICKY = [
    "2026-02-03",
    "yes",
    "No",
    "null",
    "~",
    "1.5",
    "0x1F",
    "- dash",
    "key: value",
    "a #comment",
    "#start",
    "trailing:",
    " padded ",
    "tab\there",
    "line\nbreak",
    "quote \"inside\" and 'single'",
    "unicode “curly” and Bogotá",
    "@at",
    "`tick`",
    "*star",
    "&amp",
    "!bang",
    "%percent",
    "|pipe",
    ">fold",
    "[list]",
    "{map}",
    "? question",
    "\u2028separator",
    "\x85nel",
    "x" * 300,
    "word " * 60,
]


def _round_trip(data: dict[str, Any]) -> None:
    text = dump_mapping(data)
    assert yaml.safe_load(text) == data, text  # any YAML tool reads what we wrote
    assert safe_load_str(text) == data, text  # and so does our own loader


def test_tricky_strings_round_trip_as_strings() -> None:
    for value in TRICKY:
        _round_trip(
            {"title": value, "tags": [value], "sources": [{"quote": value, "article": "a"}]}
        )


def test_event_data_round_trips() -> None:
    _round_trip(event_to_data(_event()))


@settings(max_examples=300)
@given(
    st.text(max_size=200),
    st.lists(st.text(min_size=1, max_size=30), max_size=4),
    st.lists(
        st.fixed_dictionaries({"article": st.text(min_size=1), "quote": st.text()}), max_size=3
    ),
)
def test_any_text_round_trips(title: str, tags: list[str], sources: list[dict[str, str]]) -> None:
    _round_trip({"id": "x", "title": title, "importance": 1.5, "tags": tags, "sources": sources})
