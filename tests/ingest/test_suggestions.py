"""Entity suggestions: capped per story, and a second ingest of the same articles adds none."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.ingest import entities, ingest, read_articles
from generator.store import Vocabulary, load_vocabulary
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


def test_the_workers_name_sightings_give_the_suggestions_the_articles_give() -> None:
    """``chronicle ingest`` gathers each article's names in the worker that reads it
    (:func:`~generator.ingest.entities.name_sightings`); the suggestions add them up."""
    articles = list(read_articles([SEEDS]))
    known = load_vocabulary(SEEDS.parent / "content")
    confirmed = Vocabulary([e for e in known.entities if not e.suggested], known.tags)
    sightings = [entities.name_sightings(article) for article in articles]
    suggested = entities.suggest_entities(sightings, confirmed)
    # the seeds' own suggestions were made by ingesting them
    assert {e.name for e in suggested} >= {e.name for e in known.entities if e.suggested}
    assert any(counts for sighted in sightings for _, counts in sighted.names)
    # every article's sightings count: leaving one out changes what is seen twice
    assert entities.suggest_entities(sightings[1:], confirmed) != suggested
