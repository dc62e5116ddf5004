"""The content cache (store.cache): the same results as reading every file, never stale."""

from __future__ import annotations

import json
import os
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import project
from generator.models import Event
from generator.store import cache
from generator.store import events as store
from generator.store.cache import load_events_cached, load_sources_cached
from generator.store.check import check_content
from generator.store.events import load_events
from generator.store.files import display_path
from generator.store.sources import load_sources
from tests.conftest import copy_project

EVENT = """\
id: 2025-10-cache-test
title: Cache test
date: 2025-10
entities: [Gustavo Petro]
tags: [diplomacy]
sources:
  - article: 000_7581d392fe626fae
    quote: "In October, something happened."
"""


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A project copy as the working directory, with its own cache folder."""
    copy_project(tmp_path / "p")
    monkeypatch.chdir(tmp_path / "p")
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    store.load_schema.cache_clear()
    store._validator.cache_clear()
    yield Path("content")
    store.load_schema.cache_clear()
    store._validator.cache_clear()


def _settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every file count as old enough to cache (as if saved seconds later)."""
    later = time.time_ns() + 10**10
    monkeypatch.setattr(cache.time, "time_ns", lambda: later)


def _parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record which event files are read and parsed (not taken from the cache)."""
    seen: list[str] = []
    real = cache.load_event_file

    def spy(path: Path) -> Event:
        seen.append(path.name)
        return real(path)

    monkeypatch.setattr(cache, "load_event_file", spy)
    return seen


def _touch_forward(path: Path) -> None:
    """Move the modification time on, so even an edit within one clock tick shows."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))


def test_cached_load_equals_a_full_load(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _settled(monkeypatch)
    first = load_events_cached(work)
    parsed = _parsed(monkeypatch)
    second = load_events_cached(work)
    full = load_events(work)
    assert parsed == []  # every file came from the cache
    assert first.events == second.events == full.events
    assert [e.path for e in second.events] == [e.path for e in full.events]
    assert first.problems == second.problems == full.problems == []


def test_an_edited_file_is_read_again(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _settled(monkeypatch)
    target = sorted((work / "events").rglob("*.yaml"))[0]
    load_events_cached(work)
    text = target.read_text("utf-8")
    target.write_text(text.replace("title: ", "title: X", 1), "utf-8")
    parsed = _parsed(monkeypatch)
    events = {e.path: e for e in load_events_cached(work).events}
    assert parsed == [target.name]
    assert events[display_path(target)].title.startswith("X")


def test_an_edit_of_the_same_size_is_seen(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _settled(monkeypatch)
    target = sorted((work / "events").rglob("*.yaml"))[0]
    load_events_cached(work)
    text = target.read_text("utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title: "))
    swapped = title[:7] + title[7:].swapcase()
    assert swapped != title
    target.write_text(text.replace(title, swapped), "utf-8")
    _touch_forward(target)
    events = {e.path: e for e in load_events_cached(work).events}
    assert events[display_path(target)].title == swapped[7:]


def test_files_changed_just_now_are_not_cached(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No _settled: the project was copied a moment ago, so every file is "racy".
    load_events_cached(work)
    parsed = _parsed(monkeypatch)
    load_events_cached(work)
    assert len(parsed) == len(list((work / "events").rglob("*.yaml")))


def test_an_error_is_reported_on_every_run(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _settled(monkeypatch)
    bad = work / "events" / "2025" / "bad.yaml"
    bad.write_text(EVENT.replace("date: 2025-10", "date: October"), "utf-8")
    first = load_events_cached(work)
    second = load_events_cached(work)
    full = load_events(work)
    assert first.problems and first.problems == second.problems == full.problems
    assert second.problems[0].line == 3
    assert first.events == second.events == full.events


def test_duplicate_ids_give_the_messages_of_a_full_load(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settled(monkeypatch)
    (work / "events" / "2025" / "a.yaml").write_text(EVENT, "utf-8")
    load_events_cached(work)
    (work / "events" / "2025" / "b.yaml").write_text(EVENT, "utf-8")
    cached, full = load_events_cached(work), load_events(work)
    assert any("duplicate id" in p.message for p in cached.problems)
    assert cached.problems == full.problems
    assert cached.events == full.events


def test_a_schema_change_discards_the_cache(
    work: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settled(monkeypatch)
    load_events_cached(work)
    schema = json.loads(project.EVENT_SCHEMA.read_text("utf-8"))
    schema["properties"]["title"]["maxLength"] = 5  # now every title is too long
    schema_file = tmp_path / "event.schema.json"
    schema_file.write_text(json.dumps(schema), "utf-8")
    monkeypatch.setattr(project, "EVENT_SCHEMA", schema_file)
    store.load_schema.cache_clear()
    store._validator.cache_clear()
    monkeypatch.setattr(store, "_plainly_valid", lambda data: False)  # use the new schema
    result = load_events_cached(work)
    assert result.events == []
    assert result.problems and all("title" in p.message for p in result.problems)


def test_a_new_cache_format_discards_the_cache(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Raising ``FORMAT`` (the version of the cache files' layout) discards every entry."""
    _settled(monkeypatch)
    load_events_cached(work)
    monkeypatch.setattr(cache, "FORMAT", cache.FORMAT + 1)
    parsed = _parsed(monkeypatch)
    load_events_cached(work)
    assert len(parsed) == len(list((work / "events").rglob("*.yaml")))


@pytest.mark.parametrize("index", range(len(cache._CODE)), ids=[m.__name__ for m in cache._CODE])
def test_a_code_change_discards_the_cache(
    work: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, index: int
) -> None:
    """Editing the source of a module that decides how files load discards the cache.

    The cache key hashes the file of each module in ``cache._CODE``; here one of
    them is replaced by a stand-in whose file is a copy of its source, and then
    the copy's bytes change, as an edit of the module would change them.
    """
    _settled(monkeypatch)
    real = cache._CODE[index]
    assert real.__file__
    copy = tmp_path / "code" / Path(real.__file__).name
    copy.parent.mkdir()
    copy.write_bytes(Path(real.__file__).read_bytes())
    stand_in = types.ModuleType(real.__name__)
    stand_in.__file__ = str(copy)
    code = list(cache._CODE)
    code[index] = stand_in
    monkeypatch.setattr(cache, "_CODE", tuple(code))
    load_events_cached(work)
    parsed = _parsed(monkeypatch)
    load_events_cached(work)
    assert parsed == [], "the same source: every file comes from the cache"
    copy.write_bytes(copy.read_bytes() + b"\n# an edit\n")
    load_events_cached(work)
    assert len(parsed) == len(list((work / "events").rglob("*.yaml")))


def test_a_vocabulary_change_still_gives_its_warnings(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settled(monkeypatch)
    assert not [p for p in check_content(work).problems if "is not in entities.yaml" in p.message]
    entities = work / "entities.yaml"
    text = entities.read_text("utf-8")
    entities.write_text(text.replace("name: Gustavo Petro", "name: Gustavo Petro Urrego"), "utf-8")
    warnings = [p for p in check_content(work).problems if "'Gustavo Petro'" in p.message]
    assert warnings and all(p.line for p in warnings)


@pytest.mark.parametrize(
    "garbage",
    [b"\x00\xff not json", b'{"format": 1', b"[]", b'{"format": 1, "key": 3, "entries": []}'],
)
def test_a_corrupt_cache_is_ignored_and_replaced(
    work: Path, monkeypatch: pytest.MonkeyPatch, garbage: bytes
) -> None:
    _settled(monkeypatch)
    load_events_cached(work)
    (cache_file,) = (Path(os.environ[cache.CACHE_ENV])).glob("events-*.json")
    cache_file.write_bytes(garbage)
    assert load_events_cached(work).events == load_events(work).events
    assert json.loads(cache_file.read_bytes())["format"] == cache.FORMAT


@pytest.mark.parametrize(
    "corrupt",
    [
        lambda encoded: encoded[:1],  # wrong number of fields
        lambda encoded: [encoded[0], {k: v for k, v in encoded[1].items() if k != "date"}],
        lambda encoded: [encoded[0], {**encoded[1], "date": "October"}],
        lambda encoded: [encoded[0], {**encoded[1], "sources": [["a", "b"]]}],
    ],
)
def test_a_corrupt_entry_is_ignored(
    work: Path, monkeypatch: pytest.MonkeyPatch, corrupt: Callable[[Any], Any]
) -> None:
    _settled(monkeypatch)
    load_events_cached(work)
    (cache_file,) = (Path(os.environ[cache.CACHE_ENV])).glob("events-*.json")
    data = json.loads(cache_file.read_bytes())
    for entry in data["entries"].values():
        entry[1] = corrupt(entry[1])
    cache_file.write_text(json.dumps(data), "utf-8")
    assert load_events_cached(work).events == load_events(work).events


def test_source_records_are_cached_until_one_changes(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settled(monkeypatch)
    first = load_sources_cached(work)
    calls: list[Path] = []
    monkeypatch.setattr(cache, "load_sources", lambda d: calls.append(d) or load_sources(d))
    second = load_sources_cached(work)
    assert calls == []
    assert first == second == load_sources(work)
    assert [s.record for s in second[0].values()] == [s.record for s in first[0].values()]
    record = next(
        p for p in sorted((work / "sources").glob("*.yaml")) if "title: " in p.read_text()
    )
    record.write_text(record.read_text("utf-8").replace("title: ", "title: Y", 1), "utf-8")
    _touch_forward(record)
    third = load_sources_cached(work)
    assert calls == [work]
    assert third == load_sources(work) != first


def test_an_empty_cache_setting_turns_the_cache_off(
    work: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, "")
    _settled(monkeypatch)
    assert load_events_cached(work).events == load_events(work).events
    assert cache.cache_dir() is None
    assert not (tmp_path / "cache").exists()


def _preloaded(paths: list[Path]) -> cache.Preloaded:
    """What another process gives for ``paths`` (here: this one, at once)."""
    entries = cache.preload_events(paths)
    names = {str(p) for p in paths}
    return cache.Preloaded(names.__contains__, lambda: entries)


def test_preloaded_files_are_taken_not_parsed(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted((work / "events").rglob("*.yaml"))
    half = files[len(files) // 2 :]
    preloaded = _preloaded(half)
    parsed = _parsed(monkeypatch)
    result = load_events_cached(work, preloaded)
    assert sorted(parsed) == sorted(p.name for p in files[: len(files) // 2])
    full = load_events(work)
    assert result.events == full.events and result.problems == full.problems == []
    assert [e.path for e in result.events] == [e.path for e in full.events]


def test_a_file_changed_after_it_was_preloaded_is_read_again(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = sorted((work / "events").rglob("*.yaml"))[-1]
    preloaded = _preloaded([target])
    text = target.read_text("utf-8")
    target.write_text(text.replace("title: ", "title: X", 1), "utf-8")
    _touch_forward(target)
    parsed = _parsed(monkeypatch)
    events = {e.path: e for e in load_events_cached(work, preloaded).events}
    assert target.name in parsed
    assert events[display_path(target)].title.startswith("X")


def test_preloaded_problems_are_found_again(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = work / "events" / "2025" / "bad.yaml"
    bad.write_text(EVENT.replace("date: 2025-10", "date: October"), "utf-8")
    files = sorted((work / "events").rglob("*.yaml"))
    preloaded = _preloaded(files)
    assert str(bad) not in preloaded.entries()
    result = load_events_cached(work, preloaded)
    full = load_events(work)
    assert result.problems and result.problems == full.problems
    assert result.events == full.events


def test_preloaded_racy_files_are_taken_but_not_cached(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No _settled: the project was copied a moment ago, so every file is "racy".
    files = sorted((work / "events").rglob("*.yaml"))
    preloaded = _preloaded(files)
    parsed = _parsed(monkeypatch)
    load_events_cached(work, preloaded)
    assert parsed == []
    load_events_cached(work)
    assert len(parsed) == len(files)


@pytest.mark.parametrize("cwd", ["/", "/tmp", "/tmp/"])
@pytest.mark.parametrize(
    "path", ["a", "a/b.yaml", "./a/../b", "/tmp", "/tmp/x/y", "/tmpx/y", "/", "..", "//tmp/a"]
)
def test_display_path_is_pathlibs_relative_path(
    cwd: str, path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(cwd)
    try:
        expected = Path(os.path.abspath(path)).relative_to(Path.cwd()).as_posix()
    except ValueError:
        expected = path
    assert display_path(Path(path)) == expected


def test_cached_files_are_claimed_but_not_waited_for(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settled(monkeypatch)
    load_events_cached(work)  # fills the cache
    asked: list[str] = []

    def theirs(name: str) -> bool:
        asked.append(name)
        return True

    def entries() -> dict[str, Any]:
        raise AssertionError("waited for the other process for a cached file")

    result = load_events_cached(work, cache.Preloaded(theirs, entries))
    assert sorted(asked) == sorted(str(p) for p in (work / "events").rglob("*.yaml"))
    assert result.events == load_events(work).events


def test_a_sources_voice_is_kept_and_checked(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A column's record says ``voice: first person``; the cache keeps it, and another
    value is an error naming the record and line."""
    _settled(monkeypatch)
    record = sorted((work / "sources").glob("*.yaml"))[0]
    record.write_text(record.read_text("utf-8") + "voice: first person\n", "utf-8")
    _touch_forward(record)
    first = load_sources_cached(work)
    assert first == load_sources_cached(work) == load_sources(work)
    assert [s.voice for s in first[0].values()].count("first person") == 1
    record.write_text(record.read_text("utf-8").replace("first person", "shouting"), "utf-8")
    _touch_forward(record)
    problems = load_sources(work)[1]
    assert any(
        "voice: expected 'first person' or nothing, got 'shouting'" in str(p) for p in problems
    )
