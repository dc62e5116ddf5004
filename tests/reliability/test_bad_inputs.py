"""Broken, hostile and odd inputs: a clear message naming the file, no traceback, nothing lost.

Each case runs the real CLI in a copy of the project and checks the exit
status, that the message names the file, that no Python traceback is
printed, and that content/ is byte-identical after a failed command.
Unit-level reading errors are in ``tests/ingest/test_read_bad_input.py`` and
``tests/store/test_check.py``; these are the end-to-end runs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.reliability.util import assert_clean_failure, assert_no_traceback, cli, snapshot

STORY = "Published: 03 February 2026.\n\nOn Tuesday, the minister met the mayor in Bogota.\n"


def _ingest_fails(project: Path, path: Path, *expected: str) -> str:
    before = snapshot(project / "content")
    output = assert_clean_failure(cli(project, "ingest", str(path)), path.name, *expected)
    assert snapshot(project / "content") == before
    return output


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\n \t\n", "empty"),
        ("binary.txt", bytes(range(256)) * 40, "binary"),
        ("elf.html", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 500, "binary"),
        ("png.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100, "binary"),
        ("bad.jsonl", b'{"id": 1, "text": "ok"}\n{"id": 2, "text": \n', "invalid JSON"),
        ("list.jsonl", b"[1, 2, 3]\n", "JSON object"),
        ("nul.jsonl", b'{"id": 1, "text": "a\\u0000b"}\n', "NUL"),
        ("front.md", b"---\ntitle: [unclosed\n---\nText\n", "invalid YAML"),
        (
            "bomb.md",
            b"---\na: &a [x, x]\nb: &b [*a, *a]\nc: !!python/object/apply:os.system [id]\n---\nT\n",
            "YAML",
        ),
        ("utf16-odd.txt", b"\xff\xfeH\x00i\x00\x00", "UTF-16"),
    ],
)
def test_unreadable_articles_fail_cleanly(
    project: Path, name: str, data: bytes, expected: str
) -> None:
    path = project / "in" / name
    path.parent.mkdir()
    path.write_bytes(data)
    _ingest_fails(project, path, expected)


def test_latin1_and_utf16_articles_are_read(project: Path) -> None:
    folder = project / "in"
    folder.mkdir()
    text = "Published: 03 February 2026.\n\nOn Tuesday, the minister met the mayor in Bogotá.\n"
    (folder / "latin1.txt").write_bytes(text.encode("latin-1"))
    (folder / "utf16.txt").write_bytes(text.replace("Tuesday", "Monday").encode("utf-16"))
    result = cli(project, "ingest", "in")
    assert_no_traceback(result)
    assert result.exit_code == 0, result.output
    assert "latin1.txt" in result.output and "not valid UTF-8" in result.output
    assert (project / "content/sources/latin1.yaml").is_file()
    assert (project / "content/sources/utf16.yaml").is_file()


def test_a_huge_file_is_refused_quickly_by_size(project: Path) -> None:
    path = project / "in" / "huge.txt"
    path.parent.mkdir()
    with path.open("wb") as handle:  # sparse: 50 MB without writing them
        handle.truncate(50 * 1024 * 1024)
    _ingest_fails(project, path, "too large")
    huge = project / "in" / "huge.jsonl"
    line = json.dumps({"id": "x", "text": "word " * (25 * 1024 * 1024 // 5)}) + "\n"
    huge.write_text(line)
    path.unlink()
    _ingest_fails(project, huge, "too long")


def test_a_huge_file_for_dates_is_refused(project: Path) -> None:
    path = project / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(70 * 1024 * 1024)
    assert_clean_failure(cli(project, "dates", str(path)), "huge.txt", "limit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "mapping"),
        ("\x00\x01", "binary"),
        ("id: a\ntitle: [unclosed\n", "YAML syntax"),
        ("- a\n- b\n", "mapping"),
        ("a: &a [x]\nb: *a\n", "aliases"),
        ("lol: &a [x, x, x]\nl2: &b [*a, *a, *a]\nl3: [*b, *b, *b]\n", "aliases"),
        ("id: !!python/object/apply:os.system ['touch pwned']\n", "tag"),
        ("!!python/name:os.system\n", "tag"),
        ("id: x\nid: y\n", "duplicate key"),
        ("<<: {id: x}\n", "merge"),
        ("id: x\ntitle: T\ndate: 2026-13-45\n", "date"),
        ("id: x\ntitle: T\ndate: 2026-01-01\nend: 2025-01-01\n", "before"),
    ],
)
def test_broken_event_files_are_errors_with_the_file_name(
    project: Path, text: str, expected: str
) -> None:
    path = project / "content/events/2026/broken.yaml"
    path.write_bytes(text.encode("utf-8"))
    before = snapshot(project / "content")
    for command in ("check", "build", "export"):
        output = assert_clean_failure(cli(project, command), "broken.yaml")
        if command == "check":
            assert expected in output, output
    ingest = cli(project, "ingest", "seeds")
    assert_clean_failure(ingest, "broken.yaml")
    assert snapshot(project / "content") == before
    assert not (project / "pwned").exists()
    assert not (project / "site").exists()


def test_event_file_in_latin1_or_utf16(project: Path) -> None:
    text = "id: 2026-01-01-x\ntitle: Bogotá\ndate: 2026-01-01\n"
    path = project / "content/events/2026/enc.yaml"
    path.write_bytes(text.encode("latin-1"))
    output = assert_clean_failure(cli(project, "check"), "enc.yaml:2")
    assert "UTF-8" in output
    path.write_bytes(text.encode("utf-16"))
    assert_clean_failure(cli(project, "check"), "enc.yaml")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_an_event_file_in_utf16_or_utf32_is_named_so(project: Path, encoding: str) -> None:
    """Not "binary": say which encoding it is and what to do (with or without a BOM)."""
    text = "id: 2026-01-01-x\ntitle: Bogotá\ndate: 2026-01-01\n"
    path = project / "content/events/2026/wide.yaml"
    path.write_bytes(text.encode(encoding))
    output = assert_clean_failure(cli(project, "check"), "wide.yaml")
    family = encoding[:6].upper()
    assert f"file is {family}; save it as UTF-8" in output, output
    assert "binary" not in output


def test_windows_reserved_file_names_do_not_become_ids(project: Path) -> None:
    """``CON.txt`` would make ``sources/CON.yaml``, a name Windows cannot open."""
    folder = project / "in"
    folder.mkdir()
    (folder / "CON.txt").write_text(STORY, "utf-8")
    (folder / "aux.jsonl").write_text(
        json.dumps({"id": 7, "published": "2026-02-03", "text": STORY.split("\n\n")[1]}) + "\n",
        "utf-8",
    )
    result = cli(project, "ingest", "in")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (project / "content/sources").glob("*"))
    assert "CON-file.yaml" in names and "aux-file.7.yaml" in names, names
    reserved = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10))}
    reserved |= {f"LPT{n}" for n in range(1, 10)}
    assert not [n for n in names if n.split(".")[0].upper() in reserved]


def test_a_huge_event_file_is_refused(project: Path) -> None:
    path = project / "content/events/2026/huge.yaml"
    path.write_text("id: x\ntitle: T\ndate: 2026-01-01\nsummary: " + "a" * 2_000_000 + "\n")
    assert_clean_failure(cli(project, "check"), "huge.yaml", "limited")


def test_duplicate_event_ids_name_both_files(project: Path) -> None:
    first = sorted((project / "content/events").rglob("*.yaml"))[0]
    copy = project / "content/events/2026/copy.yaml"
    copy.write_bytes(first.read_bytes())
    before = snapshot(project / "content")
    output = assert_clean_failure(cli(project, "check"), "copy.yaml", first.name)
    assert "duplicate id" in output
    assert_clean_failure(cli(project, "ingest", "seeds"), "copy.yaml")
    assert snapshot(project / "content") == before


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("entities.yaml", "- name: [x\n", "entities.yaml"),
        ("entities.yaml", "- name: a\n  kind: !!python/object:os.system x\n", "entities.yaml"),
        ("tags.yaml", "{not: a list}\n", "tags.yaml"),
        ("tags.yaml", "\x00", "tags.yaml"),
    ],
)
def test_broken_vocabulary_files(project: Path, name: str, text: str, expected: str) -> None:
    (project / "content" / name).write_text(text)
    before = snapshot(project / "content")
    assert_clean_failure(cli(project, "check"), expected)
    assert_clean_failure(cli(project, "build"), expected)
    assert_clean_failure(cli(project, "ingest", "seeds"), expected)
    assert snapshot(project / "content") == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: [x\n", "YAML"),
        ("- just a list\n", "mapping"),
        ("id: ok\nfoo: bar\n", "unknown key"),
        ("id: ok\npublished: not a date\n", "published"),
        ("id: ../../x\n", "safe article id"),
    ],
)
def test_broken_source_records(project: Path, text: str, expected: str) -> None:
    (project / "content/sources/broken.yaml").write_text(text)
    output = assert_clean_failure(cli(project, "check"), "broken.yaml")
    assert expected in output


def test_an_article_deleted_after_ingest_is_a_warning(project: Path) -> None:
    """Its source record keeps what the site needs: check warns (exit 0), build works."""
    result = cli(project, "ingest", "seeds")
    assert result.exit_code == 0, result.output
    gone = sorted((project / "seeds").glob("*.txt"))[1]
    gone.unlink()
    result = cli(project, "check")
    output = assert_no_traceback(result)
    assert result.exit_code == 0, output
    assert "warning" in output and gone.name in output and f"sources/{gone.stem}.yaml" in output
    assert "content/events/" in output, "names an event file citing it"
    result = cli(project, "build", "--strict")
    assert result.exit_code == 0, result.output
    # ingesting again without the file keeps its events and quotes (unread, not refuted)
    before = _citations(project)
    assert cli(project, "ingest", "seeds").exit_code == 0
    assert _citations(project) >= before
    assert any(article == gone.stem for article, _quote in before)


def _citations(project: Path) -> set[tuple[str, str]]:
    from generator.store.events import load_events

    events = load_events(project / "content").events
    return {(s.article, s.quote) for e in events for s in e.sources}


def test_a_deleted_source_record_is_an_error_naming_the_event(project: Path) -> None:
    record = sorted((project / "content/sources").glob("*.yaml"))[1]
    record.unlink()
    output = assert_clean_failure(cli(project, "check"), record.stem, "content/events/")
    assert "no article with id" in output
