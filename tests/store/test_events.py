"""Event files: validation with file:line:column, deterministic writing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.dates import PartialDate
from generator.errors import ContentError
from generator.models import Event, SourceRef
from generator.store.events import (
    _plainly_valid,
    _validator,
    load_event_file,
    load_events,
    parse_event,
)
from generator.store.files import write_text_atomic
from generator.store.serialise import KEY_ORDER, SCHEMA_LINE, event_to_data, event_to_yaml

GOOD = """\
id: 2025-10-us-sanctions-petro
title: U.S. sanctions Petro, his wife and Benedetti
date: 2025-10
status: occurred
summary: The United States sanctioned Petro.
sources:
  - article: 000_7581d392fe626fae
    quote: "In October, the United States sanctioned Petro."
"""


def _event() -> Event:
    return Event(
        id="2026-02-03-trump-and-petro-meet",
        title='Trump and Petro meet: "terrific" <b>talks</b>',
        date=PartialDate.parse("2026-02-03"),
        summary="Colombian President Gustavo Petro met Donald Trump.",
        entities=["Donald Trump", "Gustavo Petro"],
        tags=["diplomacy"],
        sources=[
            SourceRef(
                "003_e0a1eea8c0cad0b9",
                "They met on Tuesday.",
                "on Tuesday",
                "2026-02-03",
                "weekday",
            )
        ],
    )


def test_good_file_loads_with_month_precision() -> None:
    event = parse_event(GOOD, "e.yaml")
    assert event.date.edtf() == "2025-10"
    assert event.sources[0].article == "000_7581d392fe626fae"


def test_written_yaml_round_trips_and_starts_with_schema_line() -> None:
    text = event_to_yaml(_event())
    assert text.startswith(SCHEMA_LINE + "\n")
    again = parse_event(text, "x.yaml")
    assert event_to_yaml(again) == text
    keys = [
        line.split(":")[0] for line in text.splitlines()[1:] if line and not line.startswith(" ")
    ]
    assert keys == [
        "id",
        "title",
        "date",
        "status",
        "summary",
        "importance",
        "entities",
        "tags",
        "sources",
    ]


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (
            GOOD.replace("date: 2025-10", "date: October 2025"),
            3,
            "'October 2025' is not an EDTF date",
        ),
        (GOOD.replace("status: occurred", "staus: occurred"), 4, "did you mean 'status'"),
        (GOOD.replace("status: occurred", "status: happened"), 4, "'happened' is not one of"),
        (
            GOOD.replace("title: U.S. sanctions Petro, his wife and Benedetti\n", ""),
            1,
            "'title' is a required property",
        ),
        (GOOD.replace("    quote:", "    qoute:"), 8, "did you mean 'quote'"),
        (GOOD.replace("date: 2025-10", "date: 2026-02-30"), 3, "day 30 does not exist"),
        (
            GOOD.replace("id: 2025-10-us-sanctions-petro", "id: ../../etc/passwd"),
            1,
            "not a valid id",
        ),
        ("- just\n- a list\n", 1, "must be a mapping"),
    ],
)
def test_invalid_files_name_line_and_problem(text: str, line: int, fragment: str) -> None:
    with pytest.raises(ContentError) as info:
        parse_event(text, "content/events/2025/e.yaml")
    error = info.value
    assert fragment in error.message
    assert error.line == line
    assert str(error).startswith(f"content/events/2025/e.yaml:{line}:")


def test_binary_and_bad_encoding_files_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "b.yaml"
    binary.write_bytes(b"id: x\x00\x01\x02")
    with pytest.raises(ContentError, match="binary"):
        load_event_file(binary)
    latin = tmp_path / "l.yaml"
    latin.write_bytes(GOOD.replace("Petro.", "Petr\xf3.").encode("latin-1"))
    with pytest.raises(ContentError, match="not valid UTF-8") as info:
        load_event_file(latin)
    assert info.value.line == 5


def test_load_events_gathers_every_problem_and_flags_duplicate_ids(tmp_path: Path) -> None:
    folder = tmp_path / "events" / "2025"
    folder.mkdir(parents=True)
    (folder / "a.yaml").write_text(GOOD, "utf-8")
    (folder / "b.yaml").write_text(GOOD, "utf-8")
    (folder / "c.yaml").write_text("id: [unclosed\n", "utf-8")
    result = load_events(tmp_path)
    assert [e.id for e in result.events] == ["2025-10-us-sanctions-petro"]
    messages = [str(p) for p in result.problems]
    assert any("b.yaml:1:1: duplicate id" in m for m in messages)
    assert any("c.yaml:" in m and "YAML syntax error" in m for m in messages)


def test_atomic_write_skips_identical_content(tmp_path: Path) -> None:
    target = tmp_path / "x" / "e.yaml"
    assert write_text_atomic(target, "a: 1\n") is True
    mtime = target.stat().st_mtime_ns
    assert write_text_atomic(target, "a: 1\n") is False
    assert target.stat().st_mtime_ns == mtime
    assert [p.name for p in target.parent.iterdir()] == ["e.yaml"]


_VALUES = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["2026-02-03", "199X", "2025-10~", "occurred", "rejected", "a-b", "x" * 301]),
    st.integers(-2, 5),
    st.floats(allow_nan=True),
    st.booleans(),
    st.none(),
    st.lists(st.sampled_from(["a", "b", ""]), max_size=3),
    st.lists(
        st.dictionaries(
            st.sampled_from(["article", "quote", "date_text", "extra"]),
            st.one_of(st.text(max_size=5), st.integers()),
            max_size=4,
        ),
        max_size=2,
    ),
)


_NEAR_VALID = st.fixed_dictionaries(
    {
        "id": st.sampled_from(["a-b", "x1", "A", "../x", "", "a" * 121]),
        "title": st.sampled_from(["A title", "", "x" * 301, "t"]),
        "date": st.sampled_from(["2026-02-03", "199X", "2025-10~", "2026-13", "2026-02-03\n", "x"]),
    },
    optional={
        "status": st.sampled_from(["occurred", "scheduled", "rejected", "done", None]),
        "importance": st.one_of(st.floats(allow_nan=True), st.integers(-1, 3), st.booleans()),
        "entities": st.lists(st.sampled_from(["a", "b", "", 1]), max_size=3),
        "tags": st.lists(st.sampled_from(["a", "b", ""]), max_size=3),
        "summary": st.one_of(st.text(max_size=5), st.none()),
        "end": st.sampled_from(["2026", "2026-02-30", "26"]),
        "sources": _VALUES,
        "bogus": _VALUES,
    },
)


@settings(max_examples=600)
@given(st.one_of(_NEAR_VALID, st.dictionaries(st.sampled_from([*KEY_ORDER, "bogus"]), _VALUES)))
def test_fast_validity_check_never_accepts_what_the_schema_refuses(data: dict) -> None:  # type: ignore[type-arg]
    if _plainly_valid(data):
        assert list(_validator().iter_errors(data)) == [], data


def test_fast_validity_check_accepts_ordinary_events() -> None:
    assert _plainly_valid(event_to_data(_event()))
    assert _plainly_valid(parse_event_data(GOOD))
    assert not _plainly_valid({**parse_event_data(GOOD), "staus": "occurred"})


def parse_event_data(text: str) -> dict:  # type: ignore[type-arg]
    from generator.store.yamlread import safe_load_str

    return safe_load_str(text)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            'id: "2025-10-us-sanctions-petro\\n"',
            "id: '2025-10-us-sanctions-petro\\n' is not a valid id",
        ),
        ("importance: .nan", "importance: nan is not a finite number"),
        ("importance: .inf", "importance: inf is not a finite number"),
    ],
)
def test_values_the_schema_lets_through_are_refused_at_their_line(
    tmp_path: Path, line: str, message: str
) -> None:
    key = line.split(":")[0]
    text = "\n".join(line if row.startswith(f"{key}:") else row for row in GOOD.splitlines())
    if key not in GOOD:
        text = GOOD.replace("status: occurred\n", f"status: occurred\n{line}\n")
    path = tmp_path / "events" / "2025" / "e.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    result = load_events(tmp_path)
    assert not result.events
    (problem,) = result.problems
    expected_line = 1 + text.splitlines().index(line)
    assert (problem.line, problem.message[: len(message)]) == (expected_line, message)
