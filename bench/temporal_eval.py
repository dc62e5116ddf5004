"""Score the temporal tagger on TimeBank + AQUAINT the TempEval-3 way, beside dateparser.

Usage (from the repository root)::

    python bench/temporal_eval.py [--data ../shared/data/timebank] [--no-dateparser]
                                  [--errors N] [--corpus TimeBank|AQUAINT] [--split]

Each ``.tml`` file's ``<TEXT>`` is stripped of its XML tags (entities decoded);
gold TIMEX3 offsets are computed in that plain text, and the document creation
time comes from its ``<DCT>``. The DCT itself is not scored (it is outside
``<TEXT>``). Figures, as in TempEval-3:

* strict P/R/F1: system and gold spans identical;
* relaxed P/R/F1: spans overlap (one-to-one matching);
* value accuracy: share of relaxed matches whose normalised value equals gold's;
* value F1 = relaxed F1 x value accuracy.

Values compare after light normalisation: a decade ``199X`` equals TimeBank's
``199``, and ISO week numbers ignore zero padding (``W07`` = ``W7``).

The baseline is ``dateparser.search_dates(text, languages=['en'],
settings={'RELATIVE_BASE': dct})`` with each datetime turned into a day value
(``languages=['en']`` is given because without it dateparser spends most of its
time guessing the language, and guesses badly, so the baseline only gains).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.dates import PartialDate  # noqa: E402
from generator.temporal import tag  # noqa: E402

DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "timebank"


@dataclass(frozen=True)
class Span:
    """A temporal expression: offsets into the plain text, type and value."""

    start: int
    end: int
    type: str
    value: str | None
    text: str = ""


@dataclass
class Doc:
    """One TimeML document as plain text with its gold expressions."""

    name: str
    corpus: str
    text: str
    dct: str
    gold: list[Span] = field(default_factory=list)


_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def load_doc(path: Path, corpus: str) -> Doc:
    """Parse a ``.tml`` file: plain text of ``<TEXT>``, gold TIMEX3s, DCT value."""
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]+)\"", raw)
    dct = dct_m.group(1) if dct_m else ""
    body_m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = body_m.group(1) if body_m else ""
    parts: list[str] = []
    length = 0
    gold: list[Span] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _TAG.finditer(body):
        piece = html.unescape(body[pos : m.start()])
        parts.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1):
            if open_timex is not None:
                start, attrs = open_timex
                gold.append(Span(start, length, attrs.get("type", ""), attrs.get("value")))
                open_timex = None
        else:
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
    parts.append(html.unescape(body[pos:]))
    text = "".join(parts)
    gold = [Span(g.start, g.end, g.type, g.value, text[g.start : g.end]) for g in gold]
    return Doc(path.stem, corpus, text, dct, gold)


def load_corpus(data: Path, corpora: list[str]) -> list[Doc]:
    """All documents of the named sub-corpora, sorted by name."""
    docs = []
    for corpus in corpora:
        for path in sorted((data / corpus).glob("*.tml")):
            docs.append(load_doc(path, corpus))
    return docs


def normalise_value(value: str | None) -> str:
    """Compare values modulo decade spelling and week zero-padding."""
    if value is None:
        return ""
    v = value.strip().upper()
    if re.fullmatch(r"\d{2,3}X+", v):  # decade 199X = 199, century 19XX = 19
        v = v.rstrip("X")
    v = re.sub(r"-W0(\d)\b", r"-W\1", v)
    return v


@dataclass
class Score:
    """Counts for TempEval-3 figures."""

    n_sys: int = 0
    n_gold: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0

    def add(self, other: Score) -> None:
        """Accumulate another document's counts."""
        self.n_sys += other.n_sys
        self.n_gold += other.n_gold
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.value_ok += other.value_ok

    @staticmethod
    def prf(hits: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
        """Precision, recall, F1."""
        p = hits / n_sys if n_sys else 0.0
        r = hits / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def figures(self) -> dict[str, float]:
        """All the figures TempEval-3 reports for TIMEX3 extraction and value."""
        sp, sr, sf = self.prf(self.strict, self.n_sys, self.n_gold)
        rp, rr, rf = self.prf(self.relaxed, self.n_sys, self.n_gold)
        acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        return {"strict_p": sp, "strict_r": sr, "strict_f1": sf, "relaxed_p": rp, "relaxed_r": rr,
                "relaxed_f1": rf, "value_acc": acc, "value_f1": rf * acc}  # fmt: skip


class HasSpan(Protocol):
    """Anything with character offsets (gold and system expressions)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def match_spans(system: Sequence[HasSpan], gold: Sequence[HasSpan]) -> list[tuple[int, int]]:
    """TempEval-3 relaxed matching, one-to-one: (system index, gold index) pairs.

    Each system span, in order, takes the first unused overlapping gold span, or
    the one with exactly its offsets if there is one. ``gold`` sorted by start.
    """
    used: set[int] = set()
    pairs = []
    for i, sy in enumerate(system):
        best = None
        for j, g in enumerate(gold):
            if j in used or g.end <= sy.start or g.start >= sy.end:
                continue
            if best is None or (g.start, g.end) == (sy.start, sy.end):
                best = j
        if best is not None:
            used.add(best)
            pairs.append((i, best))
    return pairs


def score_doc(system: list[Span], gold: list[Span], errors: list[str] | None = None) -> Score:
    """Match system spans to gold spans one-to-one and count."""
    s = Score(n_sys=len(system), n_gold=len(gold))
    gold_sorted = sorted(gold, key=lambda g: g.start)
    pairs = match_spans(system, gold_sorted)
    for i, j in pairs:
        sy, g = system[i], gold_sorted[j]
        s.relaxed += 1
        if (g.start, g.end) == (sy.start, sy.end):
            s.strict += 1
        if normalise_value(g.value) == normalise_value(sy.value):
            s.value_ok += 1
        elif errors is not None:
            errors.append(f"VALUE  gold {g.text!r} {g.value}  sys {sy.text!r} {sy.value}")
    if errors is not None:
        matched_sys = {i for i, _ in pairs}
        used = {j for _, j in pairs}
        for i, sy in enumerate(system):
            if i not in matched_sys:
                errors.append(f"FP     {sy.text!r} {sy.value}")
        for j, g in enumerate(gold_sorted):
            if j not in used:
                errors.append(f"FN     {g.text!r} {g.type} {g.value}")
    return s


def run_ours(doc: Doc) -> list[Span]:
    """Our tagger on one document."""
    dct = PartialDate.parse(doc.dct[:10]) if doc.dct else None
    return [Span(t.start, t.end, t.type, t.value, t.text) for t in tag(doc.text, dct)]


def run_dateparser(doc: Doc) -> list[Span]:
    """dateparser.search_dates on one document, values as days."""
    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(doc.dct[:10]) if doc.dct else dt.datetime.now()
    try:
        found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    except Exception:
        found = []
    spans = []
    pos = 0
    for sub, when in found:
        i = doc.text.find(sub, pos)
        if i == -1:
            i = doc.text.find(sub)
            if i == -1:
                continue
        else:
            pos = i + len(sub)
        spans.append(
            Span(i, i + len(sub), "DATE", f"{when.year:04d}-{when.month:02d}-{when.day:02d}", sub)
        )
    return spans


def is_dev(doc: Doc) -> bool:
    """A stable half of the documents (by name hash), for dev/held-out checks."""
    return hashlib.md5(doc.name.encode()).digest()[0] % 2 == 0


def print_table(rows: list[tuple[str, str, Score]]) -> None:
    """Print the figures, one row per (system, subset)."""
    head = (
        f"{'system':<11}{'subset':<16}{'gold':>6}{'sys':>6}  "
        f"{'strictP':>7}{'strictR':>8}{'strictF1':>9}"
        f"{'relaxP':>8}{'relaxR':>8}{'relaxF1':>8}{'valAcc':>8}{'valF1':>8}"
    )
    print(head)
    print("-" * len(head))
    for system, subset, sc in rows:
        f = sc.figures()
        print(
            f"{system:<11}{subset:<16}{sc.n_gold:>6}{sc.n_sys:>6}  "
            f"{f['strict_p']:>7.3f}{f['strict_r']:>8.3f}{f['strict_f1']:>9.3f}"
            f"{f['relaxed_p']:>8.3f}{f['relaxed_r']:>8.3f}{f['relaxed_f1']:>8.3f}"
            f"{f['value_acc']:>8.3f}{f['value_f1']:>8.3f}"
        )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="TBAQ-cleaned folder")
    ap.add_argument(
        "--corpus", action="append", choices=["TimeBank", "AQUAINT"], help="sub-corpus (repeatable)"
    )
    ap.add_argument("--no-dateparser", action="store_true", help="skip the dateparser baseline")
    ap.add_argument(
        "--errors", type=int, default=0, metavar="N", help="print N error lines of ours"
    )
    ap.add_argument(
        "--split", action="store_true", help="also report two stable halves (dev / held-out)"
    )
    args = ap.parse_args(argv)
    data = args.data if args.data.is_absolute() else (Path.cwd() / args.data)
    if not data.is_dir():
        print(f"no TimeBank data at {data}", file=sys.stderr)
        return 2
    corpora = args.corpus or ["TimeBank", "AQUAINT"]
    docs = load_corpus(data, corpora)
    print(f"{len(docs)} documents, {sum(len(d.gold) for d in docs)} gold TIMEX3 (DCT excluded), "
          f"{sum(len(d.text) for d in docs) / 1e6:.2f} M characters")  # fmt: skip
    systems = [("chronicle", run_ours)]
    if not args.no_dateparser:
        systems.append(("dateparser", run_dateparser))
    rows: list[tuple[str, str, Score]] = []
    errors: list[str] = []
    for name, runner in systems:
        by_subset: dict[str, Score] = {}
        t0 = time.perf_counter()
        for doc in docs:
            errs = errors if name == "chronicle" and args.errors else None
            if errs is not None:
                errs.append(f"## {doc.corpus}/{doc.name} dct {doc.dct}")
            sc = score_doc(runner(doc), doc.gold, errs)
            keys = [doc.corpus, "combined"]
            if args.split:
                keys.append("dev-half" if is_dev(doc) else "heldout-half")
            for key in keys:
                by_subset.setdefault(key, Score()).add(sc)
        elapsed = time.perf_counter() - t0
        for key in [*corpora, "combined", "dev-half", "heldout-half"]:
            if key in by_subset:
                rows.append((name, key, by_subset[key]))
        print(f"{name}: {elapsed:.1f} s")
    print()
    print_table(rows)
    if args.errors:
        print()
        print("\n".join(errors[: args.errors]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
