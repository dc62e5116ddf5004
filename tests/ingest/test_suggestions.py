"""Entity suggestions: capped per story, and a second ingest of the same articles adds none."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.ingest import entities, ingest
from generator.store import load_vocabulary
from tests.conftest import SEEDS, copy_project
from tests.reliability.util import snapshot


def _fresh_project(tmp_path: Path) -> Path:
    """A copy of the project with no events, no ingest state and only confirmed entities."""
    content = copy_project(tmp_path) / "content"
    shutil.rmtree(content / "events")
    shutil.rmtree(content / "sources")
    (content / "ingest-state.json").unlink()
    (content / "entities.yaml").write_text(
        "\n".join(
            f"- name: {e.name!r}\n  kind: {e.kind}".replace("'", '"')
            for e in load_vocabulary(content).entities
            if not e.suggested
        )
        + "\n",
        encoding="utf-8",
    )
    return content


def test_a_second_ingest_of_the_same_articles_suggests_nothing_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(entities, "MAX_SUGGESTIONS", 2)  # the seeds have more candidates than 2
    content = _fresh_project(tmp_path)
    first = ingest([SEEDS], content)
    assert first.suggested == 2
    suggested = [e.name for e in load_vocabulary(content).entities if e.suggested]
    assert len(suggested) == 2
    before = snapshot(content)
    again = ingest([SEEDS], content)
    assert again.suggested == 0
    assert snapshot(content) == before


def test_a_deleted_suggestion_is_not_replaced_by_the_next_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(entities, "MAX_SUGGESTIONS", 2)
    content = _fresh_project(tmp_path)
    ingest([SEEDS], content)
    vocabulary = content / "entities.yaml"
    text = vocabulary.read_text(encoding="utf-8")
    last = text.rindex("- name:")
    vocabulary.write_text(text[:last], encoding="utf-8")  # the editor deletes one suggestion
    before = snapshot(content)
    assert ingest([SEEDS], content).suggested == 0
    assert snapshot(content) == before
