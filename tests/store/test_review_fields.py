"""``confidence`` and ``reviewed`` in event files: written, read, validated, and an editor's."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from generator.dates import PartialDate
from generator.ingest.reconcile import STATE_FILE, apply_events
from generator.models import Event, SourceRef
from generator.store.events import load_events, parse_event
from generator.store.problems import SchemaErrors
from generator.store.serialise import SCHEMA_LINE, event_to_data, event_to_yaml

QUOTE = "On 7 January Petro and Trump spoke by phone for the first time."


def _event(confidence: float | None = 0.35, quote: str = QUOTE) -> Event:
    return Event(
        id="2026-01-07-petro-and-trump-speak-by-phone",
        title="Petro and Trump speak by phone",
        date=PartialDate.parse("2026-01-07"),
        importance=1.0,
        confidence=confidence,
        sources=[SourceRef("a1", quote, "7 January", "2026-01-07", "day")],
    )


def test_confidence_is_written_after_importance_and_read_back() -> None:
    text = event_to_yaml(_event())
    assert "importance: 1\nconfidence: 0.35\nsources:" in text
    assert "reviewed" not in text  # the default is left out: only an editor writes it
    event = parse_event(text, "e.yaml")
    assert event.confidence == 0.35 and event.reviewed is False
    reviewed = parse_event(
        text.replace("confidence: 0.35\n", "confidence: 0.35\nreviewed: true\n"), "e.yaml"
    )
    assert reviewed.reviewed is True
    assert event_to_data(reviewed)["reviewed"] is True


def test_a_hand_made_event_has_no_confidence() -> None:
    text = event_to_yaml(_event(confidence=None))
    assert "confidence" not in text
    assert parse_event(text, "e.yaml").confidence is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("confidence: 1.5", "confidence: 1.5 is not between 0 and 1"),
        ("confidence: -0.1", "confidence: -0.1 is not between 0 and 1"),
        ("confidence: high", "confidence: expected a number, got the text 'high'"),
        ("confidence: .nan", "confidence: nan is not a finite number"),
        ("reviewed: 'yes'", "reviewed: expected true or false, got the text 'yes'"),
        ("reviewed: 1", "reviewed: expected true or false, got the number 1"),
    ],
)
def test_bad_values_are_refused_with_file_and_line(line: str, message: str) -> None:
    text = event_to_yaml(_event()).replace("confidence: 0.35\n", f"{line}\n")
    with pytest.raises(SchemaErrors) as caught:
        parse_event(text, "content/events/2026/e.yaml")
    [problem] = caught.value.problems
    expected_line = text.splitlines().index(line) + 1
    assert (problem.path, problem.line) == ("content/events/2026/e.yaml", expected_line)
    assert problem.message == message


def _file(content: Path) -> Path:
    [path] = sorted((content / "events").rglob("*.yaml"))
    return path


def test_an_editors_reviewed_and_confidence_survive_a_later_ingest(tmp_path: Path) -> None:
    apply_events([_event()], tmp_path)
    path = _file(tmp_path)
    text = path.read_text("utf-8")
    assert "confidence: 0.35\n" in text
    path.write_text(
        text.replace("confidence: 0.35\n", "confidence: 0.9  # checked\nreviewed: true\n"),
        "utf-8",
    )
    # ingest now makes something else of it: another confidence, another source
    second = replace(
        _event(confidence=0.5),
        sources=[*_event().sources, SourceRef("b2", "Petro and Trump spoke on 7 January.")],
    )
    report = apply_events([second], tmp_path)
    after = path.read_text("utf-8")
    assert "confidence: 0.9  # checked\nreviewed: true\n" in after
    [event] = load_events(tmp_path).events
    assert (event.confidence, event.reviewed) == (0.9, True)
    assert [s.article for s in event.sources] == ["a1", "b2"]  # still merged
    assert {f"{event.id}.confidence", f"{event.id}.reviewed"} <= set(report.kept_edits)
    state = json.loads((tmp_path / STATE_FILE).read_text("utf-8"))["events"][event.id]
    assert {"confidence", "reviewed"} <= set(state["edited"])


def test_an_untouched_confidence_follows_the_evidence(tmp_path: Path) -> None:
    apply_events([_event()], tmp_path)
    apply_events([_event(confidence=0.84)], tmp_path)
    [event] = load_events(tmp_path).events
    assert event.confidence == 0.84


def test_the_schema_line_still_comes_first() -> None:
    assert event_to_yaml(_event()).startswith(SCHEMA_LINE + "\n")
