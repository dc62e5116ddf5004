"""Reading benchmark: story text, publication date, title and author against gold pages.

Usage (from the repository root)::

    python bench/reading_eval.py [FOLDER ...] [--per-page] [--verbose] [--json FILE]
                                 [--recall] [--casefold]

Default folder: ``tests/fixtures/reading``. Two layouts are read:

- **A (ours)**: pages ``NAME.html|.htm|.txt|.md`` each beside a gold ``NAME.json``:
  ``{"style", "title", "author", "published": "YYYY-MM-DD"|null, "body": "story
  paragraphs separated by blank lines", "keep": [snippets], "drop": [snippets]}``.
- **B (public benchmarks**, e.g. ScrapingHub's article-extraction-benchmark): a folder
  with ``ground-truth.json`` mapping id → ``{"articleBody", optional "datePublished" /
  "published", "headline" / "title", "author"}`` and pages at ``html/ID.html.gz``,
  ``html/ID.html``, ``ID.html.gz`` or ``ID.html`` (gzip is read transparently).

Systems, each run on every page and timed (seconds in all):

- ``chronicle``: :func:`generator.ingest.read_article`; body = the paragraphs joined by
  newlines; date = ``published`` when it names a day; title, author.
- ``trafilatura``: ``trafilatura.extract(page)`` with its defaults (note: the default
  keeps comments, ``include_comments=True``); ``trafilatura (precision)``:
  ``favor_precision=True``; ``trafilatura (recall)`` with ``--recall``:
  ``favor_recall=True``. Title and author from ``trafilatura.extract_metadata`` (timed
  with the default mode only).
- ``htmldate (fast)``: ``find_date(page, original_date=True, extensive_search=False)``;
  ``htmldate (extensive)``: ``find_date(page, original_date=True)``.

``.txt`` and ``.md`` pages reach trafilatura and htmldate as an HTML document with one
``<p>`` per non-blank line (HTML-escaped); for ``.md`` the front matter is taken off,
its ``title`` goes into ``<title>`` and its ``published`` (or ``date``) into
``<meta property="article:published_time">``.

Body metric: the 4-token shingle matching of article-extraction-benchmark's
``evaluate.py`` (read from its source), kept as it is there:

- tokens are ``\\w+`` runs (``re.UNICODE``), case-sensitive (its ``IGNORECASE`` flag does
  not change the tokens; ``--casefold`` lower-cases both sides first), except that here
  each CJK character (kana, CJK ideographs) is a token of its own, so Chinese and
  Japanese pages are not one giant token per sentence;
- shingles are 4 consecutive tokens; a text shorter than 4 tokens is one shingle of all
  its tokens; an empty text has none;
- shingles are counted as a multiset: tp = Σ min(gold, pred), fp = pred excess,
  fn = gold excess, then divided by tp+fp+fn so each page weighs the same;
- page precision = tp/(tp+fp), recall = tp/(tp+fn); both texts empty → 1 and 1;
  empty prediction with gold → precision 0, recall 0;
- the benchmark's summary (columns ``P``, ``R``, ``F1``): mean precision over the
  pages whose prediction is non-empty, mean recall over the pages whose gold is
  non-empty, F1 = harmonic mean of those two means. So a system that returns nothing
  on a page loses recall there but no precision: read ``empty`` beside it.

Also reported: ``F1/page``, the mean of per-page F1 (empty prediction → 0), and
``µF1``, the F1 of the raw (unnormalised) shingle counts summed over all pages.

Layout A only: ``keep`` = share of keep snippets found in the body and ``drop`` =
share of drop snippets absent from it (whitespace collapsed, case-sensitive substring
test); "largest story loss": per page the longest gold paragraph (in words) more than
half of whose shingles are missing from the prediction; the worst page per system is
printed, so "no rule loses more than a paragraph" can be checked.

Dates: ``date`` = share of the pages with a gold day where the system gives that day;
``false dates`` = pages whose gold has no date but the system gives one. Title and
author: casefolded, whitespace-collapsed exact match, over the pages whose gold has
the field (a null gold matches no answer).
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from generator.dates import PartialDate  # noqa: E402
from generator.ingest import read_article  # noqa: E402

DEFAULT_FOLDER = ROOT / "tests" / "fixtures" / "reading"
PAGE_SUFFIXES = (".html", ".htm", ".txt", ".md")
NGRAM = 4
LOST = 0.5
"""A gold paragraph is lost when more than this share of its shingles is missing."""

CHRONICLE = "chronicle"
TRAF = "trafilatura"
TRAF_PRECISION = "trafilatura (precision)"
TRAF_RECALL = "trafilatura (recall)"
HTMLDATE_FAST = "htmldate (fast)"
HTMLDATE_EXT = "htmldate (extensive)"
DATE_SYSTEMS = (CHRONICLE, HTMLDATE_FAST, HTMLDATE_EXT)
"""The systems scored on dates (trafilatura's own date is htmldate's, so it is left out)."""
ABBREV = {
    CHRONICLE: "chr",
    TRAF: "traf",
    TRAF_PRECISION: "traf-P",
    TRAF_RECALL: "traf-R",
    HTMLDATE_FAST: "hd-fast",
    HTMLDATE_EXT: "hd-ext",
}

# ----------------------------------------------------------------------------- metric

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_TOKEN_RE = re.compile(rf"[{_CJK}]|(?:(?![{_CJK}])\w)+", re.UNICODE)

Shingle = tuple[str, ...]


def tokenize(text: str, *, casefold: bool = False) -> list[str]:
    """``\\w+`` tokens, each CJK character a token of its own."""
    return _TOKEN_RE.findall(text.casefold() if casefold else text)


def shingles(text: str, n: int = NGRAM, *, casefold: bool = False) -> Counter[Shingle]:
    """Counts of the ``n``-token shingles; a shorter text is one shingle, an empty none."""
    tokens = tokenize(text, casefold=casefold)
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


@dataclass(frozen=True)
class Match:
    """Shingle matching of one predicted text against its gold."""

    tp: float
    fp: float
    fn: float
    """Normalised so tp+fp+fn = 1 (all 0 when both texts are empty)."""
    raw: tuple[int, int, int]
    """The counts before normalising: tp, fp, fn."""

    @property
    def precision(self) -> float:
        """The benchmark's ``precision_score``."""
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        """The benchmark's ``recall_score``."""
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Harmonic mean of this page's precision and recall (0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def shingle_match(gold: str, pred: str, *, casefold: bool = False) -> Match:
    """TP/FP/FN over the 4-shingles of ``gold`` and ``pred``, as evaluate.py counts them."""
    g, p = shingles(gold, casefold=casefold), shingles(pred, casefold=casefold)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if total == 0:
        return Match(0.0, 0.0, 0.0, (0, 0, 0))
    return Match(tp / total, fp / total, fn / total, (tp, fp, fn))


def summarize(matches: Sequence[Match]) -> dict[str, float]:
    """Benchmark P/R/F1 (means over non-empty prediction / gold), F1/page and micro."""
    ps = [m.precision for m in matches if m.tp + m.fp > 0]
    rs = [m.recall for m in matches if m.tp + m.fn > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    tp = sum(m.raw[0] for m in matches)
    fp = sum(m.raw[1] for m in matches)
    fn = sum(m.raw[2] for m in matches)
    mp = tp / (tp + fp) if tp + fp else 0.0
    mr = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "f1_page_mean": statistics.mean(m.f1 for m in matches) if matches else 0.0,
        "micro_precision": mp,
        "micro_recall": mr,
        "micro_f1": 2 * mp * mr / (mp + mr) if mp + mr else 0.0,
    }


def squash(text: str) -> str:
    """Whitespace collapsed to single spaces, ends stripped."""
    return " ".join(text.split())


def norm_field(text: str | None) -> str | None:
    """Casefolded, whitespace-collapsed; None for a missing or blank value."""
    return squash(text).casefold() or None if text else None


def snippet_shares(body: str, keep: Sequence[str], drop: Sequence[str]) -> tuple[int, int]:
    """(keep snippets found, drop snippets absent) in ``body``."""
    flat = squash(body)
    kept = sum(squash(s) in flat for s in keep)
    absent = sum(squash(s) not in flat for s in drop)
    return kept, absent


def largest_loss(gold_body: str, pred: str, *, casefold: bool = False) -> tuple[int, str]:
    """Words (tokens) and text of the longest gold paragraph mostly missing from ``pred``."""
    have = shingles(pred, casefold=casefold)
    worst: tuple[int, str] = (0, "")
    for para in re.split(r"\n\s*\n", gold_body):
        mine = shingles(para, casefold=casefold)
        if not mine:
            continue
        missing = sum(1 for s in mine if s not in have) / len(mine)
        words = len(tokenize(para))  # a CJK character counts as a word
        if missing > LOST and words > worst[0]:
            worst = (words, squash(para))
    return worst


# ----------------------------------------------------------------------------- pages


@dataclass
class Gold:
    """What a page should give."""

    body: str
    published: str | None
    title: str | None = None
    author: str | None = None
    has_title: bool = False
    has_author: bool = False
    style: str = ""
    keep: list[str] = field(default_factory=list)
    drop: list[str] = field(default_factory=list)
    layout: str = "A"


@dataclass
class Page:
    """One page to read: its file (what chronicle reads) and its HTML (for the others)."""

    name: str
    path: Path
    html: str | bytes
    gold: Gold


def _day(value: Any) -> str | None:
    """``YYYY-MM-DD`` from a gold date value, or None."""
    if not value:
        return None
    m = re.match(r"\d{4}-\d{2}-\d{2}", str(value).strip())
    return m.group(0) if m else None


def _gold_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        value = value.get("name")
    return str(value) if value else None


_FRONT_RE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def text_as_html(text: str, markdown: bool) -> str:
    """A ``.txt``/``.md`` page as HTML: one ``<p>`` per non-blank line."""
    head: list[str] = []
    if markdown and (fm := _FRONT_RE.match(text)):
        text = text[fm.end() :]
        try:
            meta = yaml.safe_load(fm.group(1) or "") or {}
        except yaml.YAMLError:
            meta = {}
        if isinstance(meta, dict):
            if meta.get("title"):
                head.append(f"<title>{html.escape(str(meta['title']))}</title>")
            published = meta.get("published") or meta.get("date")
            if published:
                head.append(
                    '<meta property="article:published_time" '
                    f'content="{html.escape(str(published))}">'
                )
    paras = [f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip()]
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        + "".join(head)
        + "</head><body>\n"
        + "\n".join(paras)
        + "\n</body></html>\n"
    )


def _page_html(path: Path, data: bytes) -> str | bytes:
    if path.suffix.lower() in (".txt", ".md"):
        return text_as_html(data.decode("utf-8", "replace"), path.suffix.lower() == ".md")
    return data


def load_layout_a(folder: Path) -> list[Page]:
    """Pages with a gold ``NAME.json`` beside them (every ``NAME.<suffix>`` page shares it)."""
    pages: list[Page] = []
    for gold_path in sorted(folder.glob("*.json")):
        paths = [gold_path.with_suffix(s) for s in PAGE_SUFFIXES]
        paths = [p for p in paths if p.exists()]
        if not paths:
            continue
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        if not isinstance(g, dict) or "body" not in g:
            continue
        gold = Gold(
            body=str(g.get("body") or ""),
            published=_day(g.get("published")),
            title=_gold_text(g.get("title")),
            author=_gold_text(g.get("author")),
            has_title="title" in g,
            has_author="author" in g,
            style=str(g.get("style") or ""),
            keep=[str(s) for s in g.get("keep") or []],
            drop=[str(s) for s in g.get("drop") or []],
        )
        for path in paths:  # one gold may serve a page saved as HTML and pasted as text
            pages.append(Page(path.name, path, _page_html(path, path.read_bytes()), gold))
    return pages


def load_layout_b(folder: Path, scratch: Path) -> list[Page]:
    """Pages of a ``ground-truth.json`` folder (gzipped pages are unpacked to ``scratch``)."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages: list[Page] = []
    for key, g in sorted(truth.items()):
        found = None
        for base in (folder / "html", folder):
            for suffix in (".html.gz", ".html", ".htm"):
                if (base / f"{key}{suffix}").exists():
                    found = base / f"{key}{suffix}"
                    break
            if found:
                break
        if found is None:
            print(f"warning: no page for {folder.name}/{key}", file=sys.stderr)
            continue
        data = found.read_bytes()
        path = found
        if found.name.endswith(".gz"):
            data = gzip.decompress(data)
            path = scratch / folder.name / f"{key}.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        gold = Gold(
            body=str(g.get("articleBody") or ""),
            published=_day(g.get("datePublished") or g.get("published")),
            title=_gold_text(g.get("headline") or g.get("title")),
            author=_gold_text(g.get("author")),
            has_title=bool(g.get("headline") or g.get("title")),
            has_author=bool(g.get("author")),
            layout="B",
        )
        pages.append(Page(f"{folder.name}/{key}", path, data, gold))
    return pages


def load_pages(folders: Iterable[Path], scratch: Path) -> list[Page]:
    """All pages with gold under ``folders`` (layout B when ``ground-truth.json`` exists)."""
    pages: list[Page] = []
    for folder in folders:
        if (folder / "ground-truth.json").exists():
            pages += load_layout_b(folder, scratch)
        else:
            pages += load_layout_a(folder)
    return pages


# ----------------------------------------------------------------------------- systems


@dataclass
class Output:
    """What one system made of one page (None: the system does not give that field)."""

    body: str | None = None
    date: str | None = None
    title: str | None = None
    author: str | None = None
    evidence: str | None = None
    error: str | None = None


def run_chronicle(page: Page) -> Output:
    """Our reader."""
    article = read_article(page.path)
    pub: PartialDate | None = article.published
    return Output(
        body="\n".join(article.paragraphs),
        date=pub.edtf()[:10] if pub is not None and pub.day is not None else None,
        title=article.title,
        author=article.author,
        evidence=article.published_evidence,
    )


def _trafilatura(precision: bool = False, recall: bool = False) -> Callable[[Page], Output]:
    from trafilatura import extract
    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html

    def run(page: Page) -> Output:
        text = extract(page.html, favor_precision=precision, favor_recall=recall)
        out = Output(body=text or "")
        if not (precision or recall):  # metadata once, with the default mode
            tree = load_html(page.html)
            if tree is not None:
                meta = extract_metadata(tree)
                out.title, out.author = meta.title, meta.author
        return out

    return run


def _htmldate(extensive: bool) -> Callable[[Page], Output]:
    from htmldate import find_date

    def run(page: Page) -> Output:
        return Output(
            date=_day(find_date(page.html, original_date=True, extensive_search=extensive))
        )

    return run


def systems(recall: bool) -> dict[str, Callable[[Page], Output]]:
    """The systems to run, by name, in table order."""
    found: dict[str, Callable[[Page], Output]] = {
        CHRONICLE: run_chronicle,
        TRAF: _trafilatura(),
        TRAF_PRECISION: _trafilatura(precision=True),
    }
    if recall:
        found[TRAF_RECALL] = _trafilatura(recall=True)
    found[HTMLDATE_FAST] = _htmldate(False)
    found[HTMLDATE_EXT] = _htmldate(True)
    return found


def run_all(
    pages: Sequence[Page], runners: dict[str, Callable[[Page], Output]]
) -> tuple[dict[str, list[Output]], dict[str, float]]:
    """Every system on every page: outputs and seconds per system."""
    outputs: dict[str, list[Output]] = {}
    seconds: dict[str, float] = {}
    for name, run in runners.items():
        outs: list[Output] = []
        start = time.perf_counter()
        for page in pages:
            try:
                outs.append(run(page))
            except Exception as exc:  # a benchmark counts a crash as an empty answer
                outs.append(Output(body="", error=f"{type(exc).__name__}: {exc}"))
        seconds[name] = time.perf_counter() - start
        outputs[name] = outs
    return outputs, seconds


# ----------------------------------------------------------------------------- scoring


def date_scores(pages: Sequence[Page], outs: Sequence[Output]) -> dict[str, Any]:
    """Day accuracy on the pages with a gold date; dates given where the gold has none."""
    dated = [(p, o) for p, o in zip(pages, outs, strict=True) if p.gold.published]
    undated = [(p, o) for p, o in zip(pages, outs, strict=True) if not p.gold.published]
    return {
        "date": (sum(o.date == p.gold.published for p, o in dated) / len(dated) if dated else None),
        "dated_pages": len(dated),
        "false_dates": sum(o.date is not None for _, o in undated),
        "undated_pages": len(undated),
    }


def score(
    pages: Sequence[Page],
    outputs: dict[str, list[Output]],
    seconds: dict[str, float],
    casefold: bool = False,
) -> dict[str, Any]:
    """All numbers: per system and per page."""
    result: dict[str, Any] = {"pages": len(pages), "systems": {}, "per_page": []}
    per_page: list[dict[str, Any]] = [
        {"page": p.name, "style": p.gold.style, "gold_date": p.gold.published, "systems": {}}
        for p in pages
    ]
    for name, outs in outputs.items():
        row: dict[str, Any] = {"seconds": seconds[name], "errors": sum(bool(o.error) for o in outs)}
        texts = [o.body is not None for o in outs]
        if any(texts):
            matches = [
                shingle_match(p.gold.body, o.body or "", casefold=casefold)
                for p, o in zip(pages, outs, strict=True)
            ]
            row.update(summarize(matches))
            row["empty"] = sum(not (o.body or "").strip() for o in outs)
            keep_n = drop_n = kept = absent = 0
            worst: dict[str, Any] = {"words": 0}
            for i, (p, o, m) in enumerate(zip(pages, outs, matches, strict=True)):
                per_page[i]["systems"].setdefault(name, {}).update(
                    {"precision": m.precision, "recall": m.recall, "f1": m.f1}
                )
                if p.gold.layout != "A":
                    continue
                k, a = snippet_shares(o.body or "", p.gold.keep, p.gold.drop)
                kept, absent = kept + k, absent + a
                keep_n, drop_n = keep_n + len(p.gold.keep), drop_n + len(p.gold.drop)
                words, para = largest_loss(p.gold.body, o.body or "", casefold=casefold)
                per_page[i]["systems"][name]["lost_words"] = words
                if words > worst["words"]:
                    worst = {"words": words, "page": p.name, "paragraph": para}
            row["keep"] = kept / keep_n if keep_n else None
            row["drop"] = absent / drop_n if drop_n else None
            row["largest_loss"] = worst
        if name in DATE_SYSTEMS:
            row.update(date_scores(pages, outs))
        if name in (CHRONICLE, TRAF):
            for fld in ("title", "author"):
                gold_pages = [
                    (p, o)
                    for p, o in zip(pages, outs, strict=True)
                    if getattr(p.gold, f"has_{fld}")
                ]
                row[fld] = (
                    sum(
                        norm_field(getattr(o, fld)) == norm_field(getattr(p.gold, fld))
                        for p, o in gold_pages
                    )
                    / len(gold_pages)
                    if gold_pages
                    else None
                )
                row[f"{fld}_pages"] = len(gold_pages)
        for i, o in enumerate(outs):
            entry = per_page[i]["systems"].setdefault(name, {})
            if name in DATE_SYSTEMS:
                entry["date"] = o.date
            if o.error:
                entry["error"] = o.error
            if o.evidence is not None:
                entry["evidence"] = o.evidence
        result["systems"][name] = row
    result["per_page"] = per_page
    return result


# ----------------------------------------------------------------------------- output


def _cell(value: Any, digits: int = 3) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def format_table(rows: Sequence[Sequence[str]]) -> str:
    """A pipe table with aligned columns (first row is the header)."""
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]

    def line(r: Sequence[str]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(rows[0]), rule, *(line(r) for r in rows[1:])])


def summary_table(result: dict[str, Any]) -> str:
    """System × metrics."""
    rows = [
        [
            "system", "P", "R", "F1", "F1/page", "µF1", "empty", "keep", "drop",
            "date", "false dates", "title", "author", "seconds", "errors",
        ]
    ]  # fmt: skip
    for name, s in result["systems"].items():
        rows.append(
            [
                name,
                _cell(s.get("precision")),
                _cell(s.get("recall")),
                _cell(s.get("f1")),
                _cell(s.get("f1_page_mean")),
                _cell(s.get("micro_f1")),
                _cell(s.get("empty")),
                _cell(s.get("keep")),
                _cell(s.get("drop")),
                f"{_cell(s['date'])} (n={s['dated_pages']})" if "date" in s else "-",
                f"{s['false_dates']}/{s['undated_pages']}" if "date" in s else "-",
                _cell(s.get("title")),
                _cell(s.get("author")),
                f"{s['seconds']:.2f}",
                str(s["errors"]),
            ]
        )
    return format_table(rows)


def loss_lines(result: dict[str, Any]) -> list[str]:
    """The worst "largest story loss" per system."""
    lines = []
    for name, s in result["systems"].items():
        worst = s.get("largest_loss")
        if worst is None:
            continue
        if not worst["words"]:
            lines.append(f"  {name}: no gold paragraph lost")
            continue
        para = worst["paragraph"]
        para = para if len(para) <= 90 else para[:87] + "..."
        lines.append(f"  {name}: {worst['words']} words on {worst['page']}: {para!r}")
    return lines


def per_page_table(result: dict[str, Any]) -> str:
    """Page, style, F1 per system, date per system."""
    names = list(result["systems"])
    body_names = [n for n in names if result["systems"][n].get("f1") is not None]
    header = ["page", "style", *(f"F1 {ABBREV.get(n, n)}" for n in body_names), "gold date"]
    date_names = [n for n in names if n in DATE_SYSTEMS]
    header += [f"date {ABBREV.get(n, n)}" for n in date_names]
    rows = [header]
    for entry in result["per_page"]:
        sys_ = entry["systems"]
        style = entry["style"] or "-"
        row = [entry["page"], style if len(style) <= 32 else style[:29] + "..."]
        row += [_cell(sys_.get(n, {}).get("f1"), 2) for n in body_names]
        row.append(entry["gold_date"] or "-")
        for n in date_names:
            d = sys_.get(n, {}).get("date")
            mark = "" if d == entry["gold_date"] else "✗"
            row.append((d or "-") + mark)
        rows.append(row)
    return format_table(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[DEFAULT_FOLDER])
    parser.add_argument("--per-page", action="store_true", help="print a per-page table")
    parser.add_argument("--verbose", action="store_true", help="print chronicle's date evidence")
    parser.add_argument("--json", type=Path, help="write all numbers to this file")
    parser.add_argument("--recall", action="store_true", help="also run favor_recall")
    parser.add_argument("--casefold", action="store_true", help="lower-case before shingling")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="chronicle-reading-"))
    try:
        pages = load_pages(args.folders, scratch)
        if not pages:
            print(f"no pages with gold in {', '.join(map(str, args.folders))}", file=sys.stderr)
            return 1
        outputs, seconds = run_all(pages, systems(args.recall))
        result = score(pages, outputs, seconds, casefold=args.casefold)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    layouts = Counter(p.gold.layout for p in pages)
    print(
        f"{len(pages)} pages ({', '.join(f'layout {k}: {v}' for k, v in sorted(layouts.items()))})"
        f" from {', '.join(map(str, args.folders))}"
    )
    print(summary_table(result))
    if layouts["A"]:
        print("largest story loss (longest gold paragraph >50% of its shingles missing):")
        print("\n".join(loss_lines(result)))
    for name in result["systems"]:
        for entry in result["per_page"]:
            if err := entry["systems"].get(name, {}).get("error"):
                print(f"error: {name} on {entry['page']}: {err}", file=sys.stderr)
    if args.per_page:
        print(per_page_table(result))
    if args.verbose:
        print("chronicle's date evidence:")
        for entry in result["per_page"]:
            ours = entry["systems"].get(CHRONICLE, {})
            print(
                f"  {entry['page']}: {ours.get('date') or '-'} "
                f"(gold {entry['gold_date'] or '-'}): {ours.get('evidence') or '-'}"
            )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
