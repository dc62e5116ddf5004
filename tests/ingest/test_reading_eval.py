"""The reading benchmark (bench/reading_eval.py): its metric, its layouts, and a run.

Scores are not asserted: the reader is being improved; only the metric is pinned.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tests.conftest import load_bench

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "reading"


ev = load_bench("reading_eval")

STORY = (
    "The harbor bridge reopened on Tuesday after eight months of repairs, the city "
    "council said.\n\nEngineers replaced the main cables and resurfaced the deck."
)


def test_identical_texts_score_one() -> None:
    m = ev.shingle_match(STORY, STORY)
    assert (m.precision, m.recall, m.f1) == (1.0, 1.0, 1.0)


def test_disjoint_texts_score_zero() -> None:
    m = ev.shingle_match(STORY, "Share on Facebook or subscribe to our weekly newsletter today")
    assert (m.precision, m.recall, m.f1) == (0.0, 0.0, 0.0)


def test_empty_cases_follow_the_benchmark() -> None:
    both = ev.shingle_match("", "")
    assert (both.precision, both.recall) == (1.0, 1.0)
    none = ev.shingle_match(STORY, "")
    assert (none.precision, none.recall, none.f1) == (0.0, 0.0, 0.0)
    # the summary's precision leaves out pages with an empty prediction
    summary = ev.summarize([none, ev.shingle_match(STORY, STORY)])
    assert summary["precision"] == 1.0 and summary["recall"] == 0.5
    assert summary["f1_page_mean"] == 0.5


def test_partial_overlap_and_short_text() -> None:
    half = ev.shingle_match("a b c d e f g h", "a b c d")
    assert half.precision == 1.0 and 0 < half.recall < 1
    assert ev.shingles("two words") == {("two", "words"): 1}


def test_cjk_is_split_into_characters() -> None:
    assert ev.tokenize("东京新闻 today 東京タワー") == [
        "东", "京", "新", "闻", "today", "東", "京", "タ", "ワ", "ー"
    ]  # fmt: skip
    near = ev.shingle_match("东京都政府周二宣布新的地铁线路", "东京都政府周二宣布新的地铁")
    assert 0 < near.recall < 1 and near.precision == 1.0


def test_snippets_and_largest_loss() -> None:
    kept, absent = ev.snippet_shares("The  bridge\nreopened.", ["bridge reopened"], ["Share"])
    assert (kept, absent) == (1, 1)
    words, para = ev.largest_loss(STORY, STORY.split("\n\n")[0])
    assert para.startswith("Engineers") and words == 9
    assert ev.largest_loss(STORY, STORY) == (0, "")


def test_text_page_as_html() -> None:
    page = ev.text_as_html("---\ntitle: A & B\npublished: 2026-02-03\n---\nOne <x>\n\nTwo\n", True)
    assert "<title>A &amp; B</title>" in page
    assert 'content="2026-02-03"' in page
    assert "<p>One &lt;x&gt;</p>\n<p>Two</p>" in page


def test_layout_b_with_gzip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "aeb"
    (folder / "html").mkdir(parents=True)
    body = "\n".join(STORY.split("\n\n"))
    paras = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    page = (
        "<html><head><title>Bridge reopens</title>"
        '<meta property="article:published_time" content="2026-02-03"></head>'
        f"<body><nav>Home News</nav><article><h1>Bridge reopens</h1>{paras}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    )
    (folder / "html" / "p1.html.gz").write_bytes(gzip.compress(page.encode()))
    truth = {"p1": {"articleBody": body, "datePublished": "2026-02-03T08:00:00Z"}}
    (folder / "ground-truth.json").write_text(json.dumps(truth))

    pages = ev.load_pages([folder], tmp_path / "scratch")
    assert [p.name for p in pages] == ["aeb/p1"]
    assert pages[0].gold.published == "2026-02-03" and pages[0].gold.layout == "B"
    assert pages[0].html == page.encode() and pages[0].path.suffix == ".html"

    out = tmp_path / "result.json"
    assert ev.main([str(folder), "--json", str(out)]) == 0
    result = json.loads(out.read_text())
    assert result["pages"] == 1
    assert set(result["systems"]) >= {"chronicle", "trafilatura", "htmldate (extensive)"}
    assert "| system" in capsys.readouterr().out


def test_runs_on_the_fixtures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not any(FIXTURES.glob("*.json")):
        pytest.skip("no gold files in tests/fixtures/reading yet")
    out = tmp_path / "result.json"
    assert ev.main([str(FIXTURES), "--per-page", "--verbose", "--json", str(out)]) == 0
    result = json.loads(out.read_text())
    assert result["pages"] == len(result["per_page"]) > 0
    for name in ("chronicle", "trafilatura", "trafilatura (precision)"):
        row = result["systems"][name]
        assert 0 <= row["f1"] <= 1 and row["errors"] == 0
    printed = capsys.readouterr().out
    assert "largest story loss" in printed and "chronicle's date evidence" in printed
