"""The ``chronicle`` command on the seeds: ingest, check, export, build."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import ROOT

COMMANDS = [
    "init",
    "ingest",
    "check",
    "new",
    "build",
    "serve",
    "export",
    "review",
    "dates",
    "inspect",
]


@pytest.fixture
def runner(project: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """Click's runner, with ``project`` as the working directory for this test only."""
    monkeypatch.chdir(project)
    return CliRunner()


def test_the_command_list_is_complete() -> None:
    assert sorted(COMMANDS) == sorted(main.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Usage: main {command} [OPTIONS]"), result.output
    summary = main.commands[command].get_short_help_str(limit=200)
    assert summary and summary in " ".join(result.output.split()), (summary, result.output)


def test_the_console_command_exits_without_a_last_cycle_collection() -> None:
    """``chronicle`` is :func:`generator.console.run`: the command, then its objects frozen out of
    the collector's sight, with the command's exit status kept."""
    script = (
        "import gc, sys\n"
        "from generator.console import run\n"
        "sys.argv = ['chronicle', 'check', '--content-dir', 'no-such-folder']\n"
        "try:\n"
        "    run()\n"
        "except SystemExit as stop:\n"
        "    print(stop.code, gc.get_freeze_count() > 1000)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.split() == ["2", "True"], done.stderr
    project = (ROOT / "pyproject.toml").read_text("utf-8")
    assert '[project.scripts]\nchronicle = "generator.console:run"\n' in project


def test_fresh_ingest_of_the_seeds_gives_dated_events_with_quotes(
    runner: CliRunner, project: Path
) -> None:
    for path in (project / "content").rglob("*"):
        if path.is_file():
            path.unlink()
    result = runner.invoke(main, ["ingest", "seeds"])
    assert result.exit_code == 0, result.output
    files = sorted((project / "content" / "events").rglob("*.yaml"))
    assert len(files) >= 10
    exported = runner.invoke(main, ["export", "--format", "json"])
    assert exported.exit_code == 0, exported.output
    events = json.loads(exported.stdout)["events"]
    assert len(events) == len(files)
    for event in events:
        assert {
            "id",
            "title",
            "date",
            "status",
            "summary",
            "entities",
            "tags",
            "sources",
            "importance",
        } <= set(event)
        assert isinstance(event["importance"], (int, float))
        assert event["sources"] and all(s["quote"] for s in event["sources"])
        folder = event["date"][:3] + "0" if event["date"].endswith("X") else event["date"][:4]
        assert (project / "content" / "events" / folder / f"{event['id']}.yaml").is_file()
    meeting = [e for e in events if e["date"] == "2026-02-03" and "White House" in json.dumps(e)]
    assert meeting, "the White House meeting of 2026-02-03"
    before = {p: p.read_bytes() for p in (project / "content").rglob("*") if p.is_file()}
    again = runner.invoke(main, ["ingest", "seeds"])
    assert again.exit_code == 0, again.output
    after = {p: p.read_bytes() for p in (project / "content").rglob("*") if p.is_file()}
    assert after == before, "a second ingest of the same articles changes nothing"


def test_check_reports_path_line_column_and_fails(runner: CliRunner, project: Path) -> None:
    target = next((project / "content" / "events").rglob("*.yaml"))
    text = target.read_text("utf-8").replace("status: occurred", "status: ocurred")
    text = text.replace("status: scheduled", "status: ocurred")
    target.write_text(text, "utf-8")
    result = runner.invoke(main, ["check"], env={"GITHUB_ACTIONS": "true"})
    assert result.exit_code == 1
    rel = target.relative_to(project).as_posix()
    line = next(i for i, t in enumerate(text.splitlines(), 1) if t.startswith("status:"))
    assert f"{rel}:{line}:1: status: 'ocurred' is not one of" in result.stderr
    assert f"::error file={rel},line={line},col=1::" in result.stdout


def test_build_failure_leaves_previous_site_intact(runner: CliRunner, project: Path) -> None:
    first = runner.invoke(main, ["build", "--strict"])
    assert first.exit_code == 0, first.output
    index = project / "site" / "index.html"
    before = index.read_bytes()
    broken = next((project / "content" / "events").rglob("*.yaml"))
    broken.write_text("id: [unterminated\n", "utf-8")
    second = runner.invoke(main, ["build"])
    assert second.exit_code == 1
    assert f"{broken.relative_to(project).as_posix()}:2:1: YAML syntax error" in second.stderr
    assert index.read_bytes() == before
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".site")) == []


def test_built_site_has_event_pages_json_and_a_search_index(
    runner: CliRunner, project: Path
) -> None:
    result = runner.invoke(main, ["build", "--strict"])
    assert result.exit_code == 0, result.output
    site = project / "site"
    pages = list((site / "events").glob("*/index.html"))
    assert len(pages) >= 10
    data = json.loads((site / "events.json").read_text("utf-8"))
    assert len(data["events"]) == len(pages)
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    assert any(
        doc["location"].startswith("events/") and "Maduro" in doc["text"] for doc in index["docs"]
    )


def test_dates_command_gives_offsets_into_the_file(runner: CliRunner, project: Path) -> None:
    seed = project / "seeds" / "000_7581d392fe626fae.txt"
    result = runner.invoke(main, ["dates", str(seed), "--dct", "2026-02-03", "--json"])
    assert result.exit_code == 0, result.output
    text = seed.read_text("utf-8")
    found = json.loads(result.stdout)
    assert all(text[t["start"] : t["end"]] == t["text"] for t in found)
    values = {t["text"]: t["value"] for t in found}
    assert values.get("7 January") == "2026-01-07"
    assert "2025-10" in values.values()


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\x00\x01\x02binary", "binary"), (b"caf\xe9 on 7 January", "not valid UTF-8")],
)
def test_dates_command_refuses_bad_files_clearly(
    runner: CliRunner, tmp_path: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = runner.invoke(main, ["dates", str(bad)])
    assert result.exit_code == 1
    assert message in result.stderr and str(bad) in result.stderr
    assert "Traceback" not in result.output


def _hold_back_one_event(project: Path) -> Path:
    """Give one of the project's events a low confidence, as ingest would; its file."""
    path = next(p for p in sorted((project / "content" / "events").rglob("*.yaml")))
    text = path.read_text("utf-8")
    assert "\nsources:" in text
    if "\nconfidence:" in text:
        text = re.sub(r"\nconfidence: [\d.]+", "\nconfidence: 0.15", text, count=1)
    else:
        text = text.replace("\nsources:", "\nconfidence: 0.15\nsources:", 1)
    path.write_text(text, "utf-8")
    return path


def test_review_lists_held_back_events_and_export_leaves_them_out(
    runner: CliRunner, project: Path
) -> None:
    empty = runner.invoke(main, ["review"])
    assert empty.exit_code == 0, empty.output
    assert empty.output == "No events held back for review (confidence below 0.4).\n"
    path = _hold_back_one_event(project)
    event_id = next(
        line.split(": ", 1)[1]
        for line in path.read_text("utf-8").splitlines()
        if line.startswith("id: ")
    )
    listed = runner.invoke(main, ["review"])
    assert listed.exit_code == 0, listed.output
    assert listed.output.startswith(
        "1 event(s) held back for review (confidence below 0.4), most important first:\n"
    )
    assert f"  id: {event_id}\n" in listed.output
    assert "  confidence 0.15 (held back)" in listed.output
    assert "  why: one source" in listed.output
    assert f"  edit: {path.relative_to(project).as_posix()}\n" in listed.output
    assert listed.output.endswith(
        "To publish an event, add `reviewed: true` to its file; "
        "to drop it for good, set `status: rejected`.\n"
    )
    records = json.loads(runner.invoke(main, ["review", "--json"]).output)
    assert [(r["id"], r["confidence"], r["held_back"]) for r in records] == [(event_id, 0.15, True)]
    assert records[0]["reasons"][0] == "one source"
    exported = json.loads(runner.invoke(main, ["export"]).stdout)["events"]
    assert event_id not in {e["id"] for e in exported}
    assert exported  # the others are there
    # confirmed by an editor: published again, and no longer in the queue
    path.write_text(
        path.read_text("utf-8").replace("confidence: 0.15\n", "confidence: 0.15\nreviewed: true\n")
    )
    assert runner.invoke(main, ["review"]).output.startswith("No events held back")
    everything = json.loads(runner.invoke(main, ["review", "--all", "--json"]).output)
    assert [(r["id"], r["reviewed"], r["held_back"]) for r in everything if r["reviewed"]] == [
        (event_id, True, False)
    ]
    assert not any(r["held_back"] for r in everything)
    exported = json.loads(runner.invoke(main, ["export"]).stdout)["events"]
    assert event_id in {e["id"] for e in exported}


def test_review_and_export_use_the_threshold_of_mkdocs_yml(
    runner: CliRunner, project: Path
) -> None:
    _hold_back_one_event(project)
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8").replace(
        "content_dir: content\n", "content_dir: content\n      min_confidence: 0.1\n"
    )
    config.write_text(text, "utf-8")
    result = runner.invoke(main, ["review"])
    assert result.output == "No events held back for review (confidence below 0.1).\n"
    elsewhere = project / "other.yml"
    elsewhere.write_text(text.replace("min_confidence: 0.1", "min_confidence: 0.5"), "utf-8")
    result = runner.invoke(main, ["review", "-f", "other.yml"])
    assert "held back for review (confidence below 0.5)" in result.output
