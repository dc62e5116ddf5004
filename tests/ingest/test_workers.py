"""Reading and extraction on a process pool give what one process gives, errors in order."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.ingest import build_events, read_articles
from generator.ingest.workers import PARALLEL_MIN_ARTICLES, WORKERS_ENV, default_workers
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
