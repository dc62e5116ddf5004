"""Value mismatches of the temporal tagger on TimeBank + AQUAINT, grouped for reading.

Usage (from the repository root)::

    python bench/temporal_errors.py [--data ../shared/data/timebank] [--half dev|heldout|all]
                                    [--by shape|rule|gold] [--limit N] [--context C]
                                    [--spans] [--grep REGEX]

For every relaxed match (see ``bench/temporal_eval.py``) whose value differs
from gold, prints the gold text and value, ours and the rule that produced it,
with some context, grouped by a category:

* ``shape`` (default): the shape of our value against gold's, digits as ``9``
  (``9999-99 -> 9999-XX``, ``P9D -> PXD``, ``9999-99-99 -> PAST_REF``);
* ``rule``: the rule name (head of ``Timex.rule``);
* ``gold``: gold's value shape only.

Groups are printed largest first. ``--spans`` also lists false positives and
false negatives. Work on the dev half (the default) and check the held-out
half only with ``bench/temporal_eval.py --split``: the halves are those of
:func:`temporal_eval.is_dev`.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from temporal_eval import (  # noqa: E402
    DEFAULT_DATA,
    Doc,
    is_dev,
    load_corpus,
    match_spans,
    normalise_value,
)

from generator.dates import PartialDate  # noqa: E402
from generator.models import Timex  # noqa: E402
from generator.temporal import tag  # noqa: E402


def shape(value: str | None) -> str:
    """A value's shape: digits become ``9`` ("2026-02-03" -> "9999-99-99")."""
    if value is None:
        return "None"
    return re.sub(r"\d", "9", value)


def context(doc: Doc, start: int, end: int, width: int) -> str:
    """The text around a span on one line, the span in brackets."""
    left = doc.text[max(0, start - width) : start]
    right = doc.text[end : end + width]
    s = f"{left}[{doc.text[start:end]}]{right}"
    return re.sub(r"\s+", " ", s)


def mismatches(
    doc: Doc, spans: bool, correct: bool = False
) -> list[tuple[str, str, str, str, str, str, int, int]]:
    """(kind, gold text, gold value, our text, our value, rule, start, end) per error.

    ``correct``: also the matches whose value is right (kind ``OK``).
    """
    dct = PartialDate.parse(doc.dct[:10]) if doc.dct else None
    ours: list[Timex] = tag(doc.text, dct)
    gold = sorted(doc.gold, key=lambda g: g.start)
    pairs = match_spans(ours, gold)
    out = []
    for i, j in pairs:
        t, g = ours[i], gold[j]
        ok = normalise_value(g.value) == normalise_value(t.value)
        if correct or not ok:
            out.append(("OK" if ok else "VALUE", g.text, g.value or "", t.text, t.value or "None",
                        t.rule or "", min(g.start, t.start), max(g.end, t.end)))  # fmt: skip
    if spans:
        matched = {i for i, _ in pairs}
        used = {j for _, j in pairs}
        for i, t in enumerate(ours):
            if i not in matched:
                out.append(("FP", "", "", t.text, t.value or "None", t.rule or "", t.start, t.end))
        for j, g in enumerate(gold):
            if j not in used:
                out.append(("FN", g.text, g.value or "", "", "", g.type, g.start, g.end))
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--half", choices=["dev", "heldout", "all"], default="dev")
    ap.add_argument("--by", choices=["shape", "rule", "gold"], default="shape")
    ap.add_argument("--limit", type=int, default=12, help="examples per group")
    ap.add_argument("--context", type=int, default=50, help="characters of context each side")
    ap.add_argument("--spans", action="store_true", help="also false positives / negatives")
    ap.add_argument("--grep", help="only errors whose gold or our text matches this regex")
    ap.add_argument("--correct", action="store_true", help="also list right values (as OK)")
    args = ap.parse_args(argv)
    docs = load_corpus(args.data, ["TimeBank", "AQUAINT"])
    if args.half != "all":
        docs = [d for d in docs if is_dev(d) == (args.half == "dev")]
    groups: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for kind, gtext, gval, otext, oval, rule, s, e in mismatches(doc, args.spans, args.correct):
            if args.grep and not re.search(args.grep, f"{gtext} {otext}", re.IGNORECASE):
                continue
            rule_name = rule.split(",")[0]
            if args.by == "rule":
                key = f"{kind} {rule_name}"
            elif args.by == "gold":
                key = f"{kind} gold {shape(gval)}"
            else:
                key = f"{kind} {shape(oval)} -> {shape(gval)}"
            line = (
                f"  gold {gtext!r} {gval} | ours {otext!r} {oval} ({rule_name})"
                f" | {doc.name} dct {doc.dct[:10]}\n      {context(doc, s, e, args.context)}"
            )
            groups[key].append(line)
    total = sum(len(v) for v in groups.values())
    print(f"{len(docs)} documents, {total} errors\n")
    for key, lines in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"== {key}  ({len(lines)})")
        for line in lines[: args.limit]:
            print(line)
        if len(lines) > args.limit:
            print(f"  ... {len(lines) - args.limit} more")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
