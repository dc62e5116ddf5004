"""Reading and extraction on a process pool give what one process gives, errors in order;
copies of one sentence across articles agree on its date."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.dates import PartialDate
from generator.errors import InputError
from generator.ingest import build_events, read_articles
from generator.ingest.extract import extract_mentions
from generator.ingest.pipeline import agree_on_copies
from generator.ingest.workers import PARALLEL_MIN_ARTICLES, WORKERS_ENV, default_workers
from generator.models import Article
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


def _copy(article_id: str, published: str, sentence: str) -> Article:
    return Article(
        id=article_id,
        path=f"{article_id}.txt",
        paragraphs=[sentence],
        published=PartialDate.parse(published),
    )


SAID = (
    "President Ana Ruiz called on the authorities Friday to refrain from violence and to "
    "restore access to the internet across the country."
)


def test_copies_of_a_sentence_take_the_date_most_of_them_give() -> None:
    # two copies written on Saturday 29 January read "Friday" as the 28th; one saved on
    # a later day (a live page republished) reads it as 4 February
    copies = [
        _copy("a", "2011-01-29", SAID),
        _copy("b", "2011-01-29", SAID),
        _copy("c", "2011-02-05", SAID),
    ]
    mentions = [m for a in copies for m in extract_mentions(a)]
    assert sorted(m.date.edtf() for m in mentions) == ["2011-01-28", "2011-01-28", "2011-02-04"]
    assert {m.date.edtf() for m in agree_on_copies(mentions)} == {"2011-01-28"}
    events = build_events(copies).events
    assert [(e.date.edtf(), len(e.sources)) for e in events] == [("2011-01-28", 3)]


def test_a_tie_between_copies_changes_no_date() -> None:
    copies = [_copy("a", "2011-01-29", SAID), _copy("c", "2011-02-05", SAID)]
    mentions = [m for a in copies for m in extract_mentions(a)]
    assert agree_on_copies(mentions) == mentions
