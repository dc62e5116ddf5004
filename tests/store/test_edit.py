"""Editing by hand: ingest never reverts an edit, keeps comments, respects deletions."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.dates import PartialDate
from generator.errors import ContentError
from generator.ingest.reconcile import STATE_FILE, apply_events, load_state
from generator.models import Event, SourceRef
from generator.store.edit import create_event, patch_event_text
from generator.store.events import load_events, parse_event
from generator.store.serialise import SCHEMA_LINE, event_to_data

QUOTE_A = "On 7 January Petro and Trump spoke by phone for the first time."
QUOTE_B = "Petro and Trump spoke by phone on 7 January, officials said."
QUOTE_C = "The January 7 phone call between Petro and Trump eased tensions."


def _event(
    title: str = "Petro and Trump speak by phone",
    sources: tuple[tuple[str, str], ...] = (("a1", QUOTE_A),),
    summary: str | None = None,
    tags: tuple[str, ...] = ("diplomacy",),
    date: str = "2026-01-07",
    event_id: str | None = None,
) -> Event:
    refs = [SourceRef(article, quote, "7 January", date, "day") for article, quote in sources]
    return Event(
        id=event_id or f"{date}-{'-'.join(title.lower().split())}",
        title=title,
        date=PartialDate.parse(date),
        summary=summary if summary is not None else refs[0].quote,
        tags=list(tags),
        entities=["Donald Trump", "Gustavo Petro"],
        sources=refs,
    )


def _files(content: Path) -> dict[str, str]:
    return {
        p.relative_to(content).as_posix(): p.read_text("utf-8")
        for p in sorted((content / "events").rglob("*.y*ml"))
    }


def _only_file(content: Path) -> Path:
    files = sorted((content / "events").rglob("*.yaml"))
    assert len(files) == 1, files
    return files[0]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, text
    path.write_text(text.replace(old, new, 1), "utf-8")


def _load(path: Path) -> dict[str, object]:
    return event_to_data(parse_event(path.read_text("utf-8"), str(path)))


def test_edited_fields_and_comments_survive_while_new_sources_are_added(tmp_path: Path) -> None:
    apply_events([_event()], tmp_path)
    path = _only_file(tmp_path)
    _edit(path, "title: Petro and Trump speak by phone", "title: First Petro–Trump call  # sic")
    _edit(path, "tags:", "# checked against the wire copy\ntags:")
    report = apply_events(
        [_event(sources=(("a1", QUOTE_A), ("b2", QUOTE_B)), tags=("diplomacy", "calls"))],
        tmp_path,
    )
    text = path.read_text("utf-8")
    assert "title: First Petro–Trump call  # sic\n" in text
    assert "# checked against the wire copy\ntags:" in text
    data = _load(path)
    assert [s["article"] for s in data["sources"]] == ["a1", "b2"]  # type: ignore[index]
    assert data["tags"] == ["diplomacy", "calls"]  # untouched field refreshed
    assert f"{data['id']}.title" in report.kept_edits
    # a second identical run changes nothing at all
    before = _files(tmp_path)
    again = apply_events(
        [_event(sources=(("a1", QUOTE_A), ("b2", QUOTE_B)), tags=("diplomacy", "calls"))],
        tmp_path,
    )
    assert again.written == []
    assert _files(tmp_path) == before


def test_an_edit_undone_before_the_next_ingest_is_no_edit(tmp_path: Path) -> None:
    """A three-way merge sees only the file: changed and changed back is unchanged."""
    apply_events([_event()], tmp_path)
    path = _only_file(tmp_path)
    _edit(path, "title: Petro and Trump speak by phone", "title: Edited")
    _edit(path, "title: Edited", "title: Petro and Trump speak by phone")
    report = apply_events([_event(title="Petro and Trump speak by phone again")], tmp_path)
    assert _load(path)["title"] == "Petro and Trump speak by phone again"
    assert report.kept_edits == []


def test_removed_or_edited_sources_never_come_back(tmp_path: Path) -> None:
    apply_events([_event(sources=(("a1", QUOTE_A), ("b2", QUOTE_B)))], tmp_path)
    path = _only_file(tmp_path)
    text = path.read_text("utf-8")
    data = yaml.safe_load(text)
    data["sources"] = [dict(data["sources"][0], quote="On 7 January they spoke (corrected).")]
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    path.write_text(f"{SCHEMA_LINE}\n# sources checked by hand\n{body}", "utf-8")
    apply_events([_event(sources=(("a1", QUOTE_A), ("b2", QUOTE_B), ("c3", QUOTE_C)))], tmp_path)
    sources = _load(path)["sources"]
    assert sources == [
        {
            "article": "a1",
            "quote": "On 7 January they spoke (corrected).",
            "date_text": "7 January",
            "date_value": "2026-01-07",
            "date_rule": "day",
        },
        {
            "article": "c3",
            "quote": QUOTE_C,
            "date_text": "7 January",
            "date_value": "2026-01-07",
            "date_rule": "day",
        },
    ]
    assert "# sources checked by hand" in path.read_text("utf-8")


def test_untouched_fields_refresh_and_dropped_values_go(tmp_path: Path) -> None:
    other = (("z9", "In October the US sanctioned Petro."),)
    apply_events(
        [_event(tags=("diplomacy", "drugs")), _event("Sanctions", other, date="2025-10")],
        tmp_path,
    )
    path = next((tmp_path / "events" / "2026").glob("*.yaml"))
    _edit(path, "  - drugs\n", "  - drugs\n  - counternarcotics\n")  # editor adds a tag
    summary = "A new summary from better extraction."
    apply_events(
        [
            _event(tags=("calls",), summary=summary),
            _event("Sanctions", other, date="2025-10", tags=("sanctions",)),
        ],
        tmp_path,
    )
    data = _load(path)
    assert data["summary"] == summary
    # a list the editor curated only grows; an untouched one follows ingest
    assert data["tags"] == ["diplomacy", "drugs", "counternarcotics", "calls"]
    untouched = _load(next((tmp_path / "events" / "2025").glob("*.yaml")))
    assert untouched["tags"] == ["sanctions"]


def test_deleted_event_is_not_recreated_until_its_state_entry_is_removed(tmp_path: Path) -> None:
    apply_events([_event()], tmp_path)
    path = _only_file(tmp_path)
    event_id = path.stem
    path.unlink()
    later = _event(title="Petro and Trump hold a call", sources=(("a1", QUOTE_A), ("b2", QUOTE_B)))
    report = apply_events([later], tmp_path)
    assert _files(tmp_path) == {}
    assert any("deleted by an editor" in s for s in report.skipped)
    # restore: delete its entry from content/ingest-state.json
    state_path = tmp_path / STATE_FILE
    state = json.loads(state_path.read_text("utf-8"))
    del state["events"][event_id]
    state_path.write_text(json.dumps(state), "utf-8")
    apply_events([later], tmp_path)
    assert len(_files(tmp_path)) == 1


def test_rejected_event_is_left_alone(tmp_path: Path) -> None:
    apply_events([_event()], tmp_path)
    path = _only_file(tmp_path)
    _edit(path, "status: occurred", "status: rejected  # not a real call")
    before = path.read_bytes()
    report = apply_events([_event(sources=(("a1", QUOTE_A), ("b2", QUOTE_B)))], tmp_path)
    assert path.read_bytes() == before
    assert len(_files(tmp_path)) == 1
    assert any("rejected" in s for s in report.skipped)


def test_hand_made_events_are_kept_and_never_duplicated(tmp_path: Path) -> None:
    made = create_event(
        tmp_path,
        "Petro and Trump speak by phone for the first time",
        "2026-01-07",
        summary="Petro and Trump spoke by phone.",
        tags=["diplomacy"],
    )
    cited = tmp_path / "events" / "2026" / "cited.yaml"
    cited.write_text(
        "id: hand-cited\ntitle: Sanctions announced\ndate: 2025-10\n"
        "sources:\n  - article: z9\n    quote: 'In October the US sanctioned Petro.'\n",
        "utf-8",
    )
    before = _files(tmp_path)
    sanction = Event(
        id="2025-10-us-sanctions",
        title="US sanctions",
        date=PartialDate.parse("2025-10"),
        sources=[SourceRef("z9", "In October the US sanctioned Petro.")],
    )
    report = apply_events([_event(), sanction], tmp_path)
    assert _files(tmp_path) == before
    assert len(report.skipped) == 2
    assert made.stem not in load_state(tmp_path)


def test_renamed_file_reordered_keys_and_comments_do_not_confuse_ingest(tmp_path: Path) -> None:
    apply_events([_event()], tmp_path)
    path = _only_file(tmp_path)
    data = yaml.safe_load(path.read_text("utf-8"))
    reordered = {k: data[k] for k in reversed(list(data))}
    moved = path.parent / "my-name.yml"
    moved.write_text(
        "# moved and reordered\n" + yaml.safe_dump(reordered, sort_keys=False), "utf-8"
    )
    path.unlink()
    before = moved.read_bytes()
    apply_events([_event()], tmp_path)
    assert moved.read_bytes() == before, "nothing changed, so nothing is rewritten"
    apply_events([_event(sources=(("a1", QUOTE_A), ("b2", QUOTE_B)))], tmp_path)
    assert sorted(_files(tmp_path)) == ["events/2026/my-name.yml"]
    text = moved.read_text("utf-8")
    assert text.startswith("# moved and reordered\n")
    assert [s["article"] for s in yaml.safe_load(text)["sources"]] == ["a1", "b2"]


def test_a_run_that_reads_only_a_new_article_adds_to_the_event(tmp_path: Path) -> None:
    apply_events([_event(sources=(("a1", QUOTE_A),))], tmp_path, articles={"a1"})
    path = _only_file(tmp_path)
    _edit(path, "title: Petro and Trump speak by phone", "title: The first call")
    other = _event(title="Officials say Trump and Petro talked", sources=(("b2", QUOTE_B),))
    apply_events([other], tmp_path, articles={"b2"})
    assert len(_files(tmp_path)) == 1, "the new article's report joins the existing event"
    data = _load(path)
    assert data["title"] == "The first call"
    assert data["summary"] == QUOTE_A
    assert [s["article"] for s in data["sources"]] == ["a1", "b2"]  # type: ignore[index]


def test_two_generated_events_continuing_one_event_are_combined(tmp_path: Path) -> None:
    apply_events([_event(sources=(("a1", QUOTE_A), ("b2", QUOTE_B)))], tmp_path)
    split = [
        _event(sources=(("a1", QUOTE_A),)),
        _event(title="Officials describe the call", sources=(("b2", QUOTE_B), ("c3", QUOTE_C))),
    ]
    apply_events(split, tmp_path)
    data = _load(_only_file(tmp_path))
    assert [s["article"] for s in data["sources"]] == ["a1", "b2", "c3"]  # type: ignore[index]


def test_new_event_never_overwrites_a_file_an_editor_renamed(tmp_path: Path) -> None:
    folder = tmp_path / "events" / "2026"
    folder.mkdir(parents=True)
    taken = folder / "2026-01-07-petro-and-trump-speak-by-phone.yaml"
    taken.write_text("id: something-else\ntitle: Mine\ndate: 2026-05\n", "utf-8")
    apply_events([_event()], tmp_path)
    assert taken.read_text("utf-8").startswith("id: something-else")
    assert len(_files(tmp_path)) == 2


PATCH_BASE = """\
# yaml-language-server: $schema=../../../site_config/schema/event.schema.json
# an editor's note at the top
id: e1
title: Old title  # keep this note
date: 2026-01-07
summary: >-
  A folded
  summary.

entities: [Gustavo Petro]   # flow style
sources:
# first source
- article: a1
  quote: one   # the quote
# trailing note
"""


def _patched(changes: dict[str, object], remove: tuple[str, ...] = ()) -> str:
    current = event_to_data(parse_event(PATCH_BASE, "x.yaml"))
    wanted = {**current, **changes}
    for key in remove:
        wanted.pop(key)
    text = patch_event_text(PATCH_BASE, current, wanted)
    assert event_to_data(parse_event(text, "x.yaml")) == {
        k: v for k, v in wanted.items() if k not in remove
    }
    return text


def test_patch_touches_only_changed_keys_and_keeps_comments() -> None:
    text = _patched({"title": "New title"})
    assert text == PATCH_BASE.replace("title: Old title", "title: New title")
    grown = _patched(
        {"sources": [{"article": "a1", "quote": "one"}, {"article": "b2", "quote": "two"}]}
    )
    assert grown == PATCH_BASE.replace(
        "  quote: one   # the quote\n", "  quote: one   # the quote\n- article: b2\n  quote: two\n"
    )
    listed = _patched({"entities": ["Gustavo Petro", "Donald Trump"], "tags": ["diplomacy"]})
    assert (
        "entities:\n  - Gustavo Petro\n  - Donald Trump\ntags:\n  - diplomacy\nsources:" in listed
    )
    assert "# an editor's note at the top" in listed and "# trailing note" in listed
    dropped = _patched({}, remove=("summary",))
    assert "summary" not in dropped and "folded" not in dropped
    assert "# keep this note" in dropped


def test_patch_output_is_deterministic_and_always_valid() -> None:
    current = event_to_data(parse_event(PATCH_BASE, "x.yaml"))
    wanted = {**current, "title": "A: tricky # title", "summary": "line one\nline two"}
    first = patch_event_text(PATCH_BASE, current, wanted)
    assert first == patch_event_text(PATCH_BASE, current, wanted)
    assert event_to_data(parse_event(first, "x.yaml")) == wanted


def test_reingest_of_the_seeds_keeps_edits_and_deletions(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    runner = CliRunner()
    shutil.rmtree(project / "content")
    assert runner.invoke(main, ["ingest", "seeds"]).exit_code == 0
    files = sorted((project / "content" / "events").rglob("*.yaml"))
    edited, deleted = files[0], files[1]
    text = edited.read_text("utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    edited.write_text(
        text.replace(title, "# fixed by the desk\ntitle: A better title  # see notes"), "utf-8"
    )
    deleted.unlink()
    before = _files(project / "content")
    result = runner.invoke(main, ["ingest", "seeds"])
    assert result.exit_code == 0, result.output
    assert _files(project / "content") == before


def test_schema_line_points_at_the_schema_from_an_event_file(project: Path) -> None:
    relative = SCHEMA_LINE.split("$schema=", 1)[1]
    event_file = next((project / "content" / "events").rglob("*.yaml"))
    assert event_file.read_text("utf-8").startswith(SCHEMA_LINE + "\n")
    target = (event_file.parent / relative).resolve()
    assert target == (project / "site_config" / "schema" / "event.schema.json").resolve()
    assert json.loads(target.read_text("utf-8"))["$schema"].startswith(
        "http://json-schema.org/draft-07/schema"
    )


def test_new_command_writes_a_valid_hand_made_event(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    runner = CliRunner()
    args = ["new", "Petro visits Paris", "--date", "2026-03-01", "--tag", "diplomacy"]
    first = runner.invoke(main, [*args, "--entity", "Gustavo Petro", "--summary", "He flew."])
    assert first.exit_code == 0, first.output
    path = Path(first.stdout.strip())
    assert path.as_posix() == "content/events/2026/2026-03-01-petro-visits-paris.yaml"
    event = parse_event(path.read_text("utf-8"), str(path))
    assert (event.title, event.date.edtf(), event.tags, event.entities, event.summary) == (
        "Petro visits Paris",
        "2026-03-01",
        ["diplomacy"],
        ["Gustavo Petro"],
        "He flew.",
    )
    second = runner.invoke(main, [*args, "--status", "scheduled"])
    assert second.stdout.strip().endswith("2026-03-01-petro-visits-paris-2.yaml")
    assert "status: scheduled" in Path(second.stdout.strip()).read_text("utf-8")
    bad = runner.invoke(main, ["new", "Nope", "--date", "30 February"])
    assert bad.exit_code == 1
    assert "--date: '30 February' is not a date; expected EDTF" in bad.stderr
    assert runner.invoke(main, ["new", "Nope", "--date", "2026-02-30"]).exit_code == 1
    assert runner.invoke(main, ["check"]).exit_code == 0
    state = load_state(project / "content")
    assert path.stem not in state and event.id not in state
    events = {e.id for e in load_events(project / "content").events}
    assert event.id in events


def test_new_avoids_ids_ingest_used_before(tmp_path: Path) -> None:
    apply_events([_event(event_id="2026-01-07-a-call")], tmp_path)
    (tmp_path / "events" / "2026" / "2026-01-07-a-call.yaml").unlink()  # deleted by an editor
    path = create_event(tmp_path, "A call", "2026-01-07", reserved=set(load_state(tmp_path)))
    assert path.stem == "2026-01-07-a-call-2"
    with pytest.raises(ContentError, match="--end: 2026-01 is before"):
        create_event(tmp_path, "Range", "2026-02", end="2026-01")


def test_a_removed_tag_stays_removed_when_ingest_drops_and_regains_it(tmp_path: Path) -> None:
    apply_events([_event(tags=("diplomacy", "calls"))], tmp_path)
    path = _only_file(tmp_path)
    _edit(path, "  - calls\n", "")
    apply_events([_event(tags=("diplomacy",))], tmp_path)
    apply_events([_event(tags=("diplomacy", "calls"))], tmp_path)
    assert _load(path)["tags"] == ["diplomacy"]


def test_an_edit_that_ingest_later_agrees_with_is_still_the_editors(tmp_path: Path) -> None:
    apply_events([_event(title="Old headline")], tmp_path)
    path = _only_file(tmp_path)
    _edit(path, "title: Old headline", "title: Petro and Trump talk")
    apply_events([_event(title="Petro and Trump talk", event_id="x1")], tmp_path)
    apply_events([_event(title="Yet another headline", event_id="x1")], tmp_path)
    assert _load(path)["title"] == "Petro and Trump talk"
    _edit(path, "  - diplomacy\n", "  - diplomacy\n  - calls\n")  # the editor adds a tag
    apply_events([_event(title="T", tags=("diplomacy", "calls"), event_id="x1")], tmp_path)
    apply_events([_event(title="T", tags=("diplomacy",), event_id="x1")], tmp_path)
    assert _load(path)["tags"] == ["diplomacy", "calls"]


def test_an_edit_reverted_to_the_old_generated_value_is_still_the_editors(tmp_path: Path) -> None:
    apply_events([_event(title="Generated headline")], tmp_path)
    path = _only_file(tmp_path)
    _edit(path, "title: Generated headline", "title: Mine")
    apply_events([_event(title="Generated headline")], tmp_path)
    _edit(path, "title: Mine", "title: Generated headline")  # the editor changes their mind
    apply_events([_event(title="A newer headline")], tmp_path)
    assert _load(path)["title"] == "Generated headline"
    state = load_state(tmp_path)[path.stem]
    assert state["edited"] == ["title"]


def test_patch_appends_to_one_list_and_adds_the_next_key_in_order() -> None:
    text = "id: e1\ntitle: T\ndate: 2026-01\ntags:\n  - a\n"
    current = event_to_data(parse_event(text, "x.yaml"))
    wanted = {**current, "tags": ["a", "b"], "sources": [{"article": "x", "quote": "q"}]}
    out = patch_event_text(text, current, wanted)
    assert out == text + "  - b\nsources:\n  - article: x\n    quote: q\n"


def test_one_sentence_dating_two_events_keeps_each_in_its_file_when_titles_change(
    tmp_path: Path,
) -> None:
    """ "In October, Trump called Petro …, and in January, he mooted military action": one
    quote, two events. When both titles change (names given in full), each event still goes
    to the file of its own date, not the first id in order."""
    quote = "In October, Trump called Petro a drug leader, and in January, he mooted an attack."
    october = _event("Trump called Petro a drug leader", (("a1", quote),), date="2025-10")
    january = _event("Trump mooted military action", (("a1", quote),), date="2026-01")
    apply_events([october, january], tmp_path)
    renamed = [
        replace(october, title="Donald Trump called Petro a drug leader", id="2025-10-donald"),
        replace(january, title="Donald Trump mooted military action", id="2026-01-donald"),
    ]
    apply_events(renamed, tmp_path)
    dates = {e.title: e.date.edtf() for e in load_events(tmp_path).events}
    assert dates == {
        "Donald Trump called Petro a drug leader": "2025-10",
        "Donald Trump mooted military action": "2026-01",
    }
