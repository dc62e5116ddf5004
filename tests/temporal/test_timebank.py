"""The tagger scored on TimeBank + AQUAINT (TempEval-3 training data) stays above a floor."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "timebank"
sys.path.insert(0, str(ROOT / "bench"))

pytestmark = pytest.mark.skipif(
    not (DATA / "TimeBank").is_dir(),
    reason=f"TimeBank data not found at {DATA} (see ../shared/data/timebank/README.md)",
)


def score(corpus: str) -> dict[str, float]:
    from temporal_eval import Score, load_corpus, run_ours, score_doc

    total = Score()
    for doc in load_corpus(DATA, [corpus]):
        total.add(score_doc(run_ours(doc), doc.gold))
    return total.figures()


@pytest.mark.parametrize("corpus", ["TimeBank", "AQUAINT"])
def test_f1_above_floor(corpus: str) -> None:
    f = score(corpus)
    assert f["relaxed_f1"] >= 0.92, f
    assert f["strict_f1"] >= 0.82, f
    assert f["value_f1"] >= 0.77, f


def test_one_document_in_detail() -> None:
    from temporal_eval import load_doc, run_ours

    doc = load_doc(DATA / "TimeBank" / "wsj_0006.tml", "TimeBank")
    ours = {(s.start, s.end): s.value for s in run_ours(doc)}
    for g in doc.gold:
        assert (g.start, g.end) in ours, g
