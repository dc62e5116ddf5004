"""Reading and extraction on a process pool give what one process gives, errors in order."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.ingest import build_events, pipeline, read_articles
from generator.ingest.read import read_articles_then
from generator.ingest.workers import (
    PARALLEL_MIN_ARTICLES,
    WORKERS_ENV,
    default_workers,
    map_in_order,
    no_cycle_collection,
)
from generator.models import Article, Mention
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("workers") / "corpus.jsonl"
    subprocess.run(
        [sys.executable, str(ROOT / "bench/corpus.py"), "400", str(path)],
        check=True,
        capture_output=True,
    )
    assert len(path.read_text("utf-8").splitlines()) >= PARALLEL_MIN_ARTICLES
    return path


def test_two_workers_read_and_extract_what_one_does(corpus: Path) -> None:
    alone = list(read_articles([corpus], workers=1))
    pooled = list(read_articles([corpus], workers=2))
    assert pooled == alone
    assert build_events(pooled).events == build_events(alone).events


def test_reading_and_extracting_in_one_pass_gives_the_same_events(corpus: Path) -> None:
    """``chronicle ingest`` extracts each article in the worker that read it."""
    alone = list(read_articles([corpus], workers=1))
    expected = build_events(alone).events
    for workers in (1, 2):
        pairs = list(read_articles_then(pipeline.read_article_events, [corpus], workers=workers))
        assert [article for article, _ in pairs] == alone
        readings = [reading for _, reading in pairs]
        assert readings == pipeline.read_all(alone, workers=1)
        assert build_events(alone, readings).events == expected


def test_readings_must_match_the_articles(corpus: Path) -> None:
    alone = list(read_articles([corpus], workers=1))
    count = len(alone)
    with pytest.raises(ValueError, match=f"^{count - 1} readings for {count} articles$"):
        build_events(alone, pipeline.read_all(alone[:-1], workers=1))


def _lines(corpus: Path) -> list[str]:
    return corpus.read_text("utf-8").splitlines()


def test_the_first_bad_line_is_reported_though_later_ones_were_read_first(
    corpus: Path, tmp_path: Path
) -> None:
    lines = _lines(corpus)
    lines[69] = '{"id": "x", "text": 5}'  # line 70: a bad record
    lines[89] = '{"text": "' + "word " * 400 + '"}'  # line 90: too long for the limit
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(InputError) as caught:
        list(read_articles([bad], max_bytes=1500, workers=2))
    assert (caught.value.path, caught.value.line) == (str(bad), 70)
    assert '"text" must be a string' in caught.value.message


def test_a_duplicate_id_names_both_lines_on_the_pool(corpus: Path, tmp_path: Path) -> None:
    lines = _lines(corpus)
    lines[79] = json.dumps({**json.loads(lines[79]), "id": json.loads(lines[9])["id"]})
    twice = tmp_path / "twice.jsonl"
    twice.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(InputError, match=r"duplicate id .*\(line 10 has") as caught:
        list(read_articles([twice], workers=2))
    assert caught.value.line == 80


def test_the_number_of_workers_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(WORKERS_ENV, "3")
    assert default_workers() == 3
    monkeypatch.setenv(WORKERS_ENV, "none")
    with pytest.raises(InputError, match=WORKERS_ENV):
        default_workers()


def _collector_in_worker(_: object) -> bool:
    return gc.isenabled()


def test_ingest_runs_without_the_cycle_collector_and_turns_it_back_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reading and building run with the cycle collector off, in this process and in the
    workers; afterwards (and after an error) it is on again, and a block inside another
    leaves it off for the rest of the outer one."""
    assert gc.isenabled()
    seen: list[bool] = []
    real = pipeline.extract_mentions

    def watched(article: Article, **options: bool) -> list[Mention]:
        seen.append(gc.isenabled())
        return real(article, **options)

    monkeypatch.setattr(pipeline, "extract_mentions", watched)
    articles = []
    for article in read_articles([ROOT / "seeds"], workers=1):
        seen.append(gc.isenabled())
        articles.append(article)
    assert build_events(articles).events
    assert gc.isenabled()
    assert len(seen) > len(articles) and set(seen) == {False}
    with pytest.raises(ZeroDivisionError), no_cycle_collection():
        with no_cycle_collection():
            pass
        assert not gc.isenabled()
        _ = 1 / 0
    assert gc.isenabled()
    pooled = list(map_in_order(_collector_in_worker, range(PARALLEL_MIN_ARTICLES), workers=2))
    assert set(pooled) == {False}


class _Node:
    """An object that can refer to itself (a cycle) and be watched with a weak reference."""

    other: object = None


def test_what_a_block_makes_leaves_it_old_and_is_still_collected() -> None:
    """The objects made with the collector off join its oldest generation unexamined, none
    frozen; cyclic garbage among them is still freed by a full collection. Objects frozen
    by someone else stay frozen."""
    gc.unfreeze()  # an in-process CLI test before this one froze its objects at "exit"
    with no_cycle_collection():
        node = _Node()
        node.other = node  # a cycle: only the collector can free it
        watched = weakref.ref(node)
    assert gc.get_freeze_count() == 0
    assert any(o is node for o in gc.get_objects(generation=2))
    del node
    gc.collect()
    assert watched() is None
    kept = _Node()
    gc.freeze()
    try:
        with no_cycle_collection():
            pass
        assert gc.get_freeze_count() > 0
        assert not any(o is kept for o in gc.get_objects())  # still frozen: in no generation
    finally:
        gc.unfreeze()
