"""Ids and file names from input can never reach outside content/ or the site, or collide."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.dates import PartialDate
from generator.errors import InputError
from generator.ingest.read import read_articles
from generator.models import Event, SourceRef
from generator.site.base import source_page_path
from generator.site.generate import SiteOptions, generate_pages
from generator.store.serialise import event_to_yaml
from tests.reliability.util import assert_clean_failure, cli, snapshot

TEXT = "On Tuesday, the minister met the mayor in Bogota. In October, the council voted."
HOSTILE_IDS = [
    "../../etc/passwd",
    "/abs/path",
    "a\x00b",
    "..",
    "x" * 300,
    "x" * 299 + "y",
    "CON",
    "con.txt",
    "café",
    "cafe\u0301",
    "<script>alert(1)</script>",
    "a/../../../b",
    "C:\\Windows\\x",
]


def _corpus(path: Path, ids: list[str]) -> Path:
    lines = [
        json.dumps({"id": i, "published": "2026-02-03", "text": f"{TEXT} ({n})"})
        for n, i in enumerate(ids)
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _outside(project: Path, cache: Path) -> dict[str, bytes]:
    """Every file of the temp folder's parent outside the project (nothing new may appear).

    The content cache is outside any project by design (``~/.cache/chronicle``);
    the tests keep it in a folder of the session, which may sit beside ``project``.
    """
    return {
        p.as_posix(): b""
        for p in project.parent.rglob("*")
        if p.is_file() and project not in p.parents and cache not in p.parents
    }


def test_hostile_corpus_ids_stay_inside_content(project: Path, content_cache: Path) -> None:
    corpus = _corpus(project / "corpus.jsonl", HOSTILE_IDS)
    before = _outside(project, content_cache)
    result = cli(project, "ingest", str(corpus))
    assert result.exit_code == 0, result.output
    assert _outside(project, content_cache) == before
    records = sorted(p.name for p in (project / "content/sources").glob("corpus*"))
    assert len(records) == len(HOSTILE_IDS), records
    for name in records:
        assert "/" not in name and "\\" not in name and "\x00" not in name
        assert len(name) <= 140 and name.isascii()
    # the two 300-character ids that share 299 characters stay apart
    assert len({n for n in records if n.startswith("corpus.xxxx")}) == 2
    result = cli(project, "build", "--strict")
    assert result.exit_code == 0, result.output
    assert _outside(project, content_cache) == before


def test_ids_differing_only_in_case_are_an_error_naming_both(project: Path) -> None:
    corpus = _corpus(project / "corpus.jsonl", ["Report", "report"])
    before = snapshot(project / "content")
    output = assert_clean_failure(cli(project, "ingest", str(corpus)), "corpus.jsonl:2")
    assert "line 1" in output and "case" in output
    assert snapshot(project / "content") == before


def test_two_files_with_one_stem_are_an_error(project: Path) -> None:
    for folder in ("a", "b"):
        (project / "in" / folder).mkdir(parents=True)
        (project / "in" / folder / "story.txt").write_text(TEXT + folder, "utf-8")
    before = snapshot(project / "content")
    assert_clean_failure(cli(project, "ingest", "in"), "in/a/story.txt", "in/b/story.txt")
    assert snapshot(project / "content") == before
    (project / "in/b/story.txt").rename(project / "in/b/Story.txt")
    assert_clean_failure(cli(project, "ingest", "in"), "story.txt", "Story.txt")
    assert snapshot(project / "content") == before


def test_nfc_and_nfd_file_names_are_one_id(project: Path) -> None:
    (project / "in").mkdir()
    (project / "in" / "caf\u00e9.txt").write_text(TEXT, "utf-8")
    (project / "in" / "cafe\u0301.txt").write_text(TEXT + " Again.", "utf-8")
    with pytest.raises(InputError, match="also the id of"):
        list(read_articles([project / "in"]))


def test_an_unsafe_file_name_gets_a_safe_id(project: Path) -> None:
    (project / "in").mkdir()
    (project / "in" / "Petro's visit (draft).txt").write_text(
        "Published: 03 February 2026.\n\n" + TEXT, "utf-8"
    )
    result = cli(project, "ingest", "in")
    assert result.exit_code == 0, result.output
    assert (project / "content/sources/Petro_s_visit_draft.yaml").is_file()


def test_a_new_article_differing_in_case_from_a_record_is_refused(project: Path) -> None:
    existing = sorted((project / "content/sources").glob("*.yaml"))[0].stem
    (project / "in").mkdir()
    (project / "in" / f"{existing.upper()}.txt").write_text(TEXT, "utf-8")
    before = snapshot(project / "content")
    assert_clean_failure(cli(project, "ingest", "in"), existing)
    assert snapshot(project / "content") == before


def test_source_records_sharing_an_id_are_an_error(project: Path) -> None:
    sources = project / "content/sources"
    first = sorted(sources.glob("*.yaml"))[0]
    (sources / "copy.yaml").write_text(first.read_text("utf-8"), "utf-8")
    output = assert_clean_failure(cli(project, "check"), "copy.yaml")
    assert "same id" in output


@pytest.mark.parametrize("bad_id", ["../../x", "../x", "X-Upper", "a/b", "-x", "a" * 121])
def test_event_ids_that_could_escape_are_schema_errors(project: Path, bad_id: str) -> None:
    path = project / "content/events/2026/bad.yaml"
    path.write_text(f"id: {json.dumps(bad_id)}\ntitle: T\ndate: 2026-01-01\n", "utf-8")
    assert_clean_failure(cli(project, "check"), "bad.yaml:1")
    assert_clean_failure(cli(project, "build"), "bad.yaml")
    assert not (project / "site").exists()


@pytest.mark.parametrize(
    "article", ["../../../../evil", "/etc/passwd", "index", "A b", "..", "x/y"]
)
def test_cited_article_ids_never_escape_the_docs_folder(article: str) -> None:
    event = Event(
        "2026-01-01-x", "X", PartialDate.parse("2026-01-01"), sources=[SourceRef(article, "q")]
    )
    pages = generate_pages([event], {}, SiteOptions())
    path = source_page_path(article)
    assert path in pages and path.startswith("sources/") and path.count("/") == 1
    assert ".." not in path and path != "sources/index.md"
    assert "sources/index.md" in pages and "# Sources" in pages["sources/index.md"]
    for name in pages:
        assert not name.startswith("/") and ".." not in name.split("/"), name


def test_an_event_citing_a_traversal_id_builds_inside_the_site(
    project: Path, content_cache: Path
) -> None:
    import shutil

    shutil.rmtree(project / "content/sources")  # no records: references are not checked
    event = Event(
        "2026-01-01-x",
        "X",
        PartialDate.parse("2026-01-01"),
        sources=[SourceRef("../../../../evil", "q")],
    )
    (project / "content/events/2026/2026-01-01-x.yaml").write_text(event_to_yaml(event))
    before = _outside(project, content_cache)
    result = cli(project, "build")
    assert result.exit_code == 0, result.output
    assert _outside(project, content_cache) == before
    page = source_page_path("../../../../evil")  # sources/evil-<hash>.md
    assert page.startswith("sources/evil-")
    evil = sorted(p.relative_to(project).as_posix() for p in project.rglob("evil*"))
    assert evil == [f"generated/{page}", f"site/{page.removesuffix('.md')}"]
    assert (project / "site" / page.removesuffix(".md") / "index.html").is_file()
