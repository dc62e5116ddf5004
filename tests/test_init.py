"""``chronicle init`` and what a project gets from the package, in this repository's tree.

The wheel installed in a fresh virtualenv is tested in ``tests/test_wheel.py``;
here the same commands run in-process on temporary folders.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from generator import project
from generator.scaffold import mkdocs_config, pages_workflow
from tests.conftest import ROOT
from tests.reliability.util import cli, snapshot

HARBOUR = ROOT / "tests" / "fixtures" / "harbour"
"""Two short articles of a story that is not the seeds' (a city's harbour bridge)."""
LINT_CONFIG = ROOT / "tests" / "fixtures" / "lint" / "zizmor.yml"


def seed_words() -> set[str]:
    """Names of the seed story, from the repository's gazetteer: every word of a person's
    name or alias, and places named in one word ("Caracas"; not "United States")."""
    entries = yaml.safe_load((ROOT / "content" / "entities.yaml").read_text("utf-8"))
    words = set()
    for entry in entries:
        names = [entry["name"], *entry.get("aliases", [])]
        if entry.get("kind") == "place":
            names = [n for n in names if " " not in n]
        elif entry.get("kind") != "person":
            continue
        for name in names:
            words.update(w for w in re.findall(r"\w+", name) if len(w) > 3 and w[0].isupper())
    return words


def test_the_seed_vocabulary_is_known() -> None:
    assert {"Petro", "Trump", "Maduro"} <= seed_words()


def test_no_word_of_the_seed_story_is_in_code_templates_or_defaults() -> None:
    pattern = re.compile(r"\b(?:" + "|".join(sorted(seed_words())) + r")\b")
    found = []
    for path in sorted((ROOT / "generator").rglob("*")):
        if path.is_file() and path.suffix in {
            ".py",
            ".md",
            ".html",
            ".css",
            ".js",
            ".json",
            ".yml",
            ".yaml",
            ".txt",
        }:
            for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                if pattern.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


@pytest.fixture
def harbour(tmp_path: Path) -> Path:
    """A project made by ``chronicle init`` with the two harbour articles in its input folder."""
    result = cli(tmp_path, "init", "harbour", "--title", "Harbour bridge")
    assert result.exit_code == 0, result.output
    folder = tmp_path / "harbour"
    for article in HARBOUR.iterdir():
        shutil.copy(article, folder / "articles" / article.name)
    return folder


def test_init_writes_a_ready_project(harbour: Path) -> None:
    files = set(snapshot(harbour))
    assert {
        "mkdocs.yml",
        "content/story.yaml",
        "content/entities.yaml",
        "content/tags.yaml",
        ".gitignore",
        ".github/workflows/pages.yml",
        ".pre-commit-config.yaml",
        "README.md",
        "requirements.txt",
        "site_config/schema/event.schema.json",
        "site_config/schema/story.schema.json",
    } <= files
    assert (harbour / "content" / "events").is_dir() and (harbour / "articles").is_dir()
    config = yaml.safe_load((harbour / "mkdocs.yml").read_text("utf-8").replace("!ENV", ""))
    assert config["site_name"] == "Harbour bridge"
    story = yaml.safe_load((harbour / "content" / "story.yaml").read_text("utf-8"))
    assert story == {"title": "Harbour bridge", "standfirst": ""}
    for schema in (project.EVENT_SCHEMA, project.STORY_SCHEMA):
        assert (
            harbour / "site_config" / "schema" / schema.name
        ).read_bytes() == schema.read_bytes()
    checked = cli(harbour, "check")
    assert checked.exit_code == 0, checked.output


def test_init_refuses_an_existing_project_and_changes_nothing(harbour: Path) -> None:
    (harbour / "content" / "story.yaml").write_text("title: Mine\n", "utf-8")
    before = snapshot(harbour)
    again = cli(harbour.parent, "init", "harbour", "--title", "Other")
    assert again.exit_code != 0
    assert "already holds a project" in again.output and "mkdocs.yml" in again.output
    assert snapshot(harbour) == before


def test_init_keeps_files_a_folder_already_has(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Our notes\n", "utf-8")
    result = cli(tmp_path, "init", "--title", "Harbour bridge")
    assert result.exit_code == 0, result.output
    assert "kept your README.md" in result.output
    assert (tmp_path / "README.md").read_text("utf-8") == "# Our notes\n"
    assert (tmp_path / "mkdocs.yml").is_file()


def test_ingest_reads_the_articles_folder_and_drafts_the_standfirst(harbour: Path) -> None:
    ingested = cli(harbour, "ingest")
    assert ingested.exit_code == 0, ingested.output
    assert "drafted the story's standfirst" in ingested.output
    story_text = (harbour / "content" / "story.yaml").read_text("utf-8")
    story = yaml.safe_load(story_text)
    assert story["title"] == "Harbour bridge"  # the editor's (init's) title stays
    assert "harbour" in story["standfirst"].lower() and story["standfirst"].endswith(").")
    assert story_text.startswith("# yaml-language-server: $schema=../site_config/schema/")
    # An editor's standfirst is never replaced by a later ingest.
    edited = story_text[: story_text.index("\nstandfirst:")] + "\nstandfirst: Our own words.\n"
    (harbour / "content" / "story.yaml").write_text(edited, "utf-8")
    again = cli(harbour, "ingest")
    assert again.exit_code == 0, again.output
    assert (harbour / "content" / "story.yaml").read_text("utf-8") == edited


def test_the_built_site_tells_the_story_with_no_seed_word(harbour: Path) -> None:
    assert cli(harbour, "ingest").exit_code == 0
    built = cli(harbour, "build", "--strict")
    assert built.exit_code == 0, built.output
    home = (harbour / "site" / "index.html").read_text("utf-8")
    assert "<title>Harbour bridge" in home and '<h1 id="harbour-bridge">Harbour bridge' in home
    standfirst = yaml.safe_load((harbour / "content" / "story.yaml").read_text("utf-8"))
    first_words = " ".join(standfirst["standfirst"].split()[:6])
    assert f'<p class="chronicle-standfirst">{first_words}' in home
    pattern = re.compile(r"\b(?:" + "|".join(sorted(seed_words())) + r")\b")
    leaks = [
        f"{name}: {match.group(0)}"
        for name, data in snapshot(harbour / "site").items()
        if name.endswith((".html", ".json", ".xml", ".ics", ".js", ".css", ".txt"))
        for match in [pattern.search(data.decode("utf-8", "replace"))]
        if match
    ]
    assert leaks == []


def test_a_missing_articles_folder_is_a_clear_error(harbour: Path) -> None:
    shutil.rmtree(harbour / "articles")
    result = cli(harbour, "ingest")
    assert result.exit_code != 0
    assert "'articles'" in result.output and "does not exist" in result.output


def test_a_fresh_clone_without_the_generated_folder_builds(harbour: Path) -> None:
    shutil.rmtree(harbour / "generated")
    built = cli(harbour, "build", "--strict")
    assert built.exit_code == 0, built.output
    assert (harbour / "site" / "index.html").is_file()


def test_this_repository_is_a_project_like_any_other() -> None:
    """mkdocs.yml, the workflow and the schemas are what init writes (with the seeds' input)."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    expected = mkdocs_config(config["site_name"], config["site_description"], "seeds")
    assert (ROOT / "mkdocs.yml").read_text("utf-8") == expected
    workflow = (ROOT / ".github" / "workflows" / "pages.yml").read_text("utf-8")
    assert workflow == pages_workflow("pip install .", "pyproject.toml")
    template = (project.TEMPLATE_DIR / "pre-commit-config.yaml").read_text("utf-8")
    assert (ROOT / ".pre-commit-config.yaml").read_text("utf-8") == template
    for schema in (project.EVENT_SCHEMA, project.STORY_SCHEMA):
        copy = ROOT / project.PROJECT_SCHEMA_DIR / schema.name
        assert copy.read_bytes() == schema.read_bytes(), f"{copy} is out of date"


def test_the_workflows_pass_the_linters(harbour: Path) -> None:
    """GitHub's workflow schema (check-jsonschema) and zizmor's audits, offline."""
    workflows = [
        str(ROOT / ".github" / "workflows" / "pages.yml"),
        str(harbour / ".github" / "workflows" / "pages.yml"),
    ]
    for path in workflows:
        text = Path(path).read_text("utf-8")
        for action in (
            "checkout@v6",
            "setup-python@v6",
            "configure-pages@v6",
            "upload-pages-artifact@v5",
            "deploy-pages@v5",
        ):
            assert f"actions/{action}" in text, (path, action)
        assert "chronicle check" in text and "chronicle build --strict" in text
        assert "cache: pip" in text
    schema = subprocess.run(
        ["check-jsonschema", "--builtin-schema", "vendor.github-workflows", *workflows],
        capture_output=True,
        text=True,
        check=False,
    )
    assert schema.returncode == 0, schema.stdout + schema.stderr
    audit = subprocess.run(
        ["zizmor", "--offline", "--no-progress", "--config", str(LINT_CONFIG), *workflows],
        capture_output=True,
        text=True,
        check=False,
    )
    assert audit.returncode == 0, audit.stdout + audit.stderr


def test_a_broken_workflow_fails_the_linters(tmp_path: Path) -> None:
    """The linters do look: a misspelt key and over-broad permissions are caught."""
    text = pages_workflow("pip install .", "pyproject.toml")
    misspelt = tmp_path / "misspelt.yml"
    misspelt.write_text(text.replace("runs-on:", "run-on:", 1), "utf-8")
    broad = tmp_path / "broad.yml"
    everything = "permissions:\n  contents: read\n  pages: write\n  id-token: write"
    per_job = re.compile(r"^    permissions:\n(?:      .*\n)+", re.M)  # every job's own
    broad.write_text(per_job.sub("", text).replace("permissions: {}", everything), "utf-8")
    schema = subprocess.run(
        ["check-jsonschema", "--builtin-schema", "vendor.github-workflows", str(misspelt)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert schema.returncode != 0
    audit = subprocess.run(
        ["zizmor", "--offline", "--no-progress", "--config", str(LINT_CONFIG), str(broad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert audit.returncode != 0 and "excessive-permissions" in audit.stdout + audit.stderr
