"""``chronicle check``: every mistake in an event file, with file, line and column."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator import project
from generator.cli import main
from generator.errors import ChronicleError
from generator.store.check import check_content
from generator.store.events import parse_event
from generator.store.problems import SchemaErrors

ROOT = Path(__file__).resolve().parents[2]

GOOD = """\
# yaml-language-server: $schema=../../../site_config/schema/event.schema.json
id: 2025-10-us-sanctions-petro
title: U.S. sanctions Petro
date: 2025-10
status: occurred
summary: The United States sanctioned Petro.
entities: [Gustavo Petro, Petro]
tags: [sanctions, diplomcy]
sources:
  - article: 000_7581d392fe626fae
    quote: "In October, the United States sanctioned Petro."
"""


@pytest.fixture
def runner(project: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.chdir(project)
    return CliRunner()


def _write(project: Path, name: str, text: str) -> str:
    path = project / "content" / "events" / "2025" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path.relative_to(project).as_posix()


def _line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)


def test_the_repository_content_passes(runner: CliRunner) -> None:
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 0, result.stderr
    assert re.search(r"\d+ events OK", result.stderr)


def test_every_schema_error_of_a_file_is_reported_on_its_own_line(
    runner: CliRunner, project: Path
) -> None:
    text = (
        GOOD.replace("status: occurred", "staus: occurred")
        .replace("date: 2025-10", "date: October 2025")
        .replace("summary: The", "summary: [The")
        .replace("Petro.\nentities", "Petro.]\nentities")
        .replace("    quote:", "    qoute:")
        .replace("entities: [Gustavo Petro, Petro]", "entities: [Gustavo Petro, Gustavo Petro]")
    )
    rel = _write(project, "many.yaml", text)
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith(rel)]
    expected = [
        f"{rel}:{_line_of(text, 'date:')}:1: date: 'October 2025' is not an EDTF date",
        f"{rel}:{_line_of(text, 'staus')}:1: unknown key 'staus' (did you mean 'status'?)",
        f"{rel}:{_line_of(text, 'summary')}:1: summary: ",
        f"{rel}:{_line_of(text, 'entities')}:1: entities: ",
        f"{rel}:{_line_of(text, 'qoute')}:5: unknown key 'qoute' (did you mean 'quote'?) in "
        "sources.0",
    ]
    assert len(lines) == len(expected), result.stderr
    for line, start in zip(lines, expected, strict=True):
        assert line.startswith(start), (line, start)
    assert "1 error(s)" not in result.stderr and "5 error(s)" in result.stderr


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        ("date: 2025-10", "date: 2026-02-30", "date:", "date: day 30 does not exist in 2026-02"),
        ("date: 2025-10", "date: 2025-10\nend: 2025-09", "end:", "end: 2025-09 is before date"),
        ("date: 2025-10", "date: 2025-13", "date:", "date: month 13 is out of range"),
        ("title: U.S. sanctions Petro\n", "", "id:", "'title' is a required property"),
        ("status: occurred", "status: ocurred", "status:", "'ocurred' is not one of"),
        ("id: 2025-10-us", "id: 2025_10_US", "id:", "is not a valid id"),
        ("status: occurred", "status: !!python/object/apply:os.getcwd []", "status:", "tag"),
        ("summary: The", "summary: &a The", "summary:", ""),
        ("date: 2025-10", "date: 2025-10\ndate: 2025-11", "date: 2025-11", "duplicate key"),
        ("diplomcy]", "diplomcy", "sources:", "YAML syntax error"),
    ],
)
def test_each_kind_of_mistake_names_its_line(
    runner: CliRunner, project: Path, old: str, new: str, at: str, message: str
) -> None:
    text = GOOD.replace(old, new, 1)
    assert text != GOOD
    rel = _write(project, "bad.yaml", text)
    result = runner.invoke(main, ["check"])
    if message == "":  # an anchor without an alias is harmless
        own = [x for x in result.stderr.splitlines() if x.startswith(rel) and "warning" not in x]
        assert own == []
        assert result.exit_code == 0, result.stderr
        return
    assert result.exit_code == 1, result.stderr
    line = _line_of(text, at)
    assert re.search(rf"^{re.escape(rel)}:{line}:\d+: .*{re.escape(message)}", result.stderr, re.M)


def test_python_tags_are_never_executed(runner: CliRunner, project: Path) -> None:
    marker = project / "pwned"
    text = GOOD.replace("status: occurred", f"status: !!python/object/apply:os.mkdir ['{marker}']")
    _write(project, "evil.yaml", text)
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 1
    assert "unsupported YAML tag" in result.stderr
    assert not marker.exists()


def test_duplicate_ids_and_unknown_articles_are_errors(runner: CliRunner, project: Path) -> None:
    first = _write(project, "a.yaml", GOOD)
    second = _write(project, "b.yaml", GOOD.replace("000_7581d392fe626fae", "no_such_article"))
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 1
    assert f"{second}:2:1: duplicate id '2025-10-us-sanctions-petro': also used by {first}" in (
        result.stderr
    )
    third = _write(
        project,
        "b.yaml",
        GOOD.replace("2025-10-us", "2025-10-other").replace(
            "000_7581d392fe626fae", "no_such_article"
        ),
    )
    result = runner.invoke(main, ["check"])
    line = _line_of(GOOD, "article:")
    column = GOOD.splitlines()[line - 1].index("000_7581d392fe626fae") + 1
    assert (
        f"{third}:{line}:{column}: sources[0].article: no article with id 'no_such_article'"
        in result.stderr
    )


def test_vocabulary_gaps_are_warnings_with_hints(runner: CliRunner, project: Path) -> None:
    rel = _write(project, "v.yaml", GOOD)
    for name in ("entities.yaml", "tags.yaml"):
        (project / "content" / name).unlink(missing_ok=True)
    clean = runner.invoke(main, ["check"])
    assert clean.exit_code == 0 and "warning" not in clean.stderr, "no vocabularies, no warnings"
    (project / "content" / "entities.yaml").write_text(
        "- name: Gustavo Petro\n  kind: person\n  aliases: [Petro]\n", "utf-8"
    )
    (project / "content" / "tags.yaml").write_text(
        "- name: sanctions\n- name: diplomacy\n", "utf-8"
    )
    result = runner.invoke(main, ["check"], env={"GITHUB_ACTIONS": "true"})
    entities_line = _line_of(GOOD, "entities:")
    tags_line = _line_of(GOOD, "tags:")
    own = [line for line in result.stderr.splitlines() if line.startswith(rel)]
    assert own == [
        f"{rel}:{entities_line}:27: warning: entities[1]: 'Petro' is not in entities.yaml "
        "(did you mean 'Gustavo Petro'?); add it there or fix the name",
        f"{rel}:{tags_line}:19: warning: tags[1]: 'diplomcy' is not in tags.yaml "
        "(did you mean 'diplomacy'?); add it there or fix the name",
    ]
    assert f"::warning file={rel},line={tags_line},col=19::tags[1]" in result.stdout
    assert result.exit_code == 0, "warnings alone do not fail the check"


def test_a_broken_vocabulary_file_is_an_error(runner: CliRunner, project: Path) -> None:
    (project / "content" / "tags.yaml").write_text("- name: a\n  colour: red\n", "utf-8")
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 1
    assert "content/tags.yaml:2:3: unknown key 'colour'" in result.stderr


def test_github_annotations_carry_file_line_and_column(runner: CliRunner, project: Path) -> None:
    text = GOOD.replace("status: occurred", "status: ocurred").replace("staus", "x")
    text = text.replace("summary:", "sumary:")
    rel = _write(project, "gh.yaml", text)
    plain = runner.invoke(main, ["check"], env={"GITHUB_ACTIONS": ""})
    assert "::error" not in plain.stdout
    result = runner.invoke(main, ["check"], env={"GITHUB_ACTIONS": "true"})
    assert result.exit_code == 1
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error")]
    assert annotations == [
        f"::error file={rel},line={_line_of(text, 'status')},col=1::status: 'ocurred' is not "
        "one of ['occurred', 'scheduled', 'rejected']",
        f"::error file={rel},line={_line_of(text, 'sumary')},col=1::unknown key 'sumary' "
        "(did you mean 'summary'?); allowed keys: id, title, date, end, status, summary, "
        "importance, confidence, reviewed, entities, tags, conflicts, sources",
    ]


def test_check_content_gathers_problems_without_stopping(project: Path) -> None:
    _write(project, "x.yaml", "id: [unclosed\n")
    _write(project, "y.yaml", GOOD.replace("date: 2025-10", "date: soon"))
    result = check_content(project / "content")
    names = sorted({Path(p.path).name for p in result.errors})
    assert names == ["x.yaml", "y.yaml"]
    assert result.load.events, "the valid files still load"


def test_pre_commit_hooks_run_chronicle_check() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    (hook,) = [h for h in hooks if h["id"] == "chronicle-check"]
    assert hook["entry"] == "chronicle check"
    assert hook["pass_filenames"] is False
    assert re.search(hook["files"], "content/events/2026/x.yaml")
    assert not re.search(hook["files"], "generator/cli.py")
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text("utf-8"))
    local = [r for r in config["repos"] if r["repo"] == "local"]
    (own,) = [h for r in local for h in r["hooks"] if h["id"] == "chronicle-check"]
    assert own["entry"] == "chronicle check"
    assert own["language"] in ("system", "python")


def test_a_missing_article_is_reported_at_its_value_not_at_a_quote_naming_it(
    runner: CliRunner, project: Path
) -> None:
    """The id is found by the file's structure: a quote or summary that mentions it
    earlier is not the place; flow-style sources get their column too."""
    text = (
        GOOD.replace("2025-10-us", "2025-10-flow")
        .replace("summary: The", "summary: ghost_article says the")
        .replace(
            '  - article: 000_7581d392fe626fae\n    quote: "In October, the United States '
            'sanctioned Petro."\n',
            "  - {quote: ghost_article wrote it, article: ghost_article}\n",
        )
    )
    rel = _write(project, "flow.yaml", text)
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 1
    line = _line_of(text, "- {quote")
    column = text.splitlines()[line - 1].index("article: ghost") + len("article: ") + 1
    assert f"{rel}:{line}:{column}: sources[0].article: no article with id 'ghost_article'" in (
        result.stderr
    )


@pytest.mark.parametrize("quote", ['"', "'"])
def test_an_unclosed_quote_is_reported_where_it_opens(
    runner: CliRunner, project: Path, quote: str
) -> None:
    """With ``"`` the quote of a later value closes it; with ``'`` it runs to the end."""
    text = GOOD.replace("title: U.S. sanctions Petro", f"title: {quote}U.S. sanctions Petro")
    rel = _write(project, "quote.yaml", text)
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 1
    line = _line_of(text, "title:")
    column = len("title: ") + 1
    assert re.search(
        rf"^{re.escape(rel)}:{line}:{column}: YAML syntax error: the value that starts with "
        rf"{quote} here .*add (the|its) closing {quote}",
        result.stderr,
        re.M,
    ), result.stderr


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        ("title: U.S. sanctions Petro", "title:", "title:", "title: must not be empty"),
        ("title: U.S. sanctions Petro", "title: ''", "title:", "title: must not be empty"),
        ("title: U.S. sanctions Petro", "title: 1984", "title:", "quote it: '1984'"),
        ("date: 2025-10", "date: 2025", "date:", "date: 2025 is a number; quote it: '2025'"),
        ("date: 2025-10", "date:", "date:", "date: must not be empty"),
        ("summary: The United States sanctioned Petro.", "summary:", "summary:", "summary: "),
        ("status: occurred", "status:", "status:", "status: must not be empty"),
        ("status: occurred", "status: occurred\nimportance: high", "importance:", "a number"),
        ("tags: [sanctions, diplomcy]", "tags: sanctions", "tags:", "tags: expected a list"),
        ('    quote: "In', '    quote:\n    date_text: "In', "quote:", "quote: must not"),
    ],
)
def test_empty_and_mistyped_values_are_described_in_plain_words(
    runner: CliRunner, project: Path, old: str, new: str, at: str, message: str
) -> None:
    text = GOOD.replace(old, new, 1)
    assert text != GOOD
    rel = _write(project, "typed.yaml", text)
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 1, result.stderr
    own = [x for x in result.stderr.splitlines() if x.startswith(rel)]
    assert len(own) == 1, own
    assert f"{rel}:{_line_of(text, at)}:" in own[0] and message in own[0], own
    assert "None" not in own[0] and "of type" not in own[0], own


def test_event_files_ending_in_upper_case_yaml_are_loaded(runner: CliRunner, project: Path) -> None:
    """A file saved as ``.YAML`` (or ``.Yml``) is an event file like any other."""
    for name in ("Upper.YAML", "Mixed.Yml"):
        stem = name.split(".")[0].lower()
        text = GOOD.replace("2025-10-us-sanctions", f"2025-10-{stem}-sanctions")
        _write(project, name, text)
    _write(project, "Broken.YAML", "id: [x\n")
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 1
    assert "content/events/2025/Broken.YAML:2:1: YAML syntax error" in result.stderr
    assert "1 error(s)" in result.stderr
    (project / "content/events/2025/Broken.YAML").unlink()
    exported = runner.invoke(main, ["export"])
    assert exported.exit_code == 0, exported.stderr
    ids = [e["id"] for e in json.loads(exported.stdout)["events"]]
    assert "2025-10-upper-sanctions-petro" in ids and "2025-10-mixed-sanctions-petro" in ids


def _date_problems(value: str) -> list[str]:
    text = f"id: x\ntitle: T\ndate: {value}\n"
    try:
        parse_event(text, "x.yaml")
    except SchemaErrors as exc:
        return [p.message for p in exc.problems]
    except ChronicleError as exc:
        return [exc.message]
    return []


def test_the_editing_guide_tells_how_unquoted_dates_are_read() -> None:
    """Every ``date:`` example of the Editing guide is read as the guide says."""
    guide = (project.PAGES_DIR / "editing.md").read_text("utf-8")
    refused = []
    for sentence in re.split(r"\.\s|\n\s*\n|\n- ", guide):
        for value in re.findall(r"`date: ([^`]+)`", sentence):
            if "refuse" in sentence:
                refused.append(value)
                assert _date_problems(value), (value, sentence)
            else:
                assert _date_problems(value) == [], (value, sentence)
    for value in re.findall(r"(?m)^date: (\S+)", guide):  # the examples in code blocks
        assert _date_problems(value) == [], value
    assert refused, "the guide names the unquoted date that check refuses"
    assert "reads both as text" not in guide
