"""Audit what the pipeline makes of a corpus: a judging sample and automatic quality signals.

Usage (from the repository root)::

    python bench/audit.py CORPUS [--out FOLDER] [--seed 17] [--sample-top 15]
                                 [--sample-random 25] [--json FILE]

``CORPUS`` is a file or folder ``chronicle ingest`` can read (``seeds/``, a
Timeline17 ``articles.jsonl``). The ingest pipeline runs in memory
(:func:`generator.ingest.build_events`); nothing is written to ``content/``.

1. **Judging sample** (``/work/shared/JUDGING.md``): of the events a reader sees
   (not those held back for review; ``--all`` samples every event), the most
   important and more chosen at random with a fixed seed, written to ``sample.md`` (one
   block per event: title, date, status, summary, importance, every source with
   its quote and the article text around it, then the judging questions as
   blank checkboxes) and ``sample.json`` (the same data), in ``--out``
   (default ``bench/out/audit-<corpus name>/``).
2. **Signals** over all events, printed one a line (``--json`` writes them):
   widget or comment markers in quotes, scheduled events dated before their own
   article was written, titles too short, too long, empty or ending in a verb,
   summaries that only repeat the title or a quote, multi-source events whose
   sources disagree, and counts (events, sources per event, statuses).

The signals are crude on purpose: each is a cheap pointer at events worth
reading, not a verdict. Their numbers compare between runs of the same corpus.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.dates import PartialDate, Precision  # noqa: E402
from generator.errors import ChronicleError  # noqa: E402
from generator.ingest import build_events, read_articles  # noqa: E402
from generator.models import DEFAULT_MIN_CONFIDENCE, Article, Event, SourceRef  # noqa: E402

# Page furniture that should never reach a quote: reader-comment threads (their
# controls and timestamps), embedded social posts, blog bylines and live-blog
# stamps. Each pattern is one kind of marker; a quote matching any of them is
# flagged. Kept narrow so prose does not match: clock times count only in the
# comment form "at 6:17 pm" (news style writes "p.m."), and "… ago" only with
# seconds, minutes or hours ("18 days ago" is prose).
WIDGET_MARKERS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\|\s*(?:Reply|Report(?: abuse)?)\b"),  # "… at 6:17 pm | Reply"
    re.compile(r"\b(?:Reply|Report abuse)\s*(?:\||$)"),  # a control ending a line or field
    re.compile(r"\bReport abuse\b"),
    re.compile(r"\bLog in to reply\b", re.I),
    re.compile(r"\bat \d{1,2}:\d{2}\s?[ap]m\b", re.I),  # comment timestamp
    re.compile(r"\b\d+\s+(?:seconds?|mins?|minutes?|hours?|hrs?)\s+ago\b", re.I),
    re.compile(r"\bRETWEET\b"),
    re.compile(r"\bRT\s+@"),
    re.compile(r"(?<![\w.@])@[A-Za-z_]\w{1,14}\b"),  # @handle (not an e-mail address)
    re.compile(r"\bpic\.twitter\.com\b", re.I),
    re.compile(r"\bt\.co/"),
    re.compile(r"\bPosted by\b"),
    re.compile(r"\bUpdated(?: at)?:?\s+\d{1,2}[:.]\d{2}\b"),  # live-blog stamp
    re.compile(r"\bLike\s+Loading\b"),  # WordPress "Like" widget
)

# A title ending in one of these has most likely lost its object or complement
# ("The Security Council voted", "Officials said"). Common finite verb forms
# and auxiliaries; a lower-case last word ending in "-ed" counts too (past tense
# or participle: "The strategy suspended"), except the few -ed words that are not
# verbs below. Capitalised -ed words are names ("Mohammed", "United").
VERB_FORMS = frozenset(
    """
    is was are were be been being am has have had do does did will would can could
    may might must shall should say says said tell tells told announce announces
    announced vote votes voted estimate estimates estimated begin begins began begun
    start starts end ends continue continues report reports confirm confirms add adds
    warn warns agree agrees die dies resign resigns win wins won lose loses lost
    happen happens occur occurs come comes came go goes went gone take takes took
    taken make makes made meet meets met leave leaves left fall falls fell rise rises
    rose speak speaks spoke know knows knew think thinks thought become becomes became
    see sees saw seen give gives gave given get gets got hold holds held run runs ran
    led leads show shows shown expect expects believe believes claim claims deny
    denies state states remain remains stay stays follow follows
    """.split()
)
NOT_VERBS_IN_ED = frozenset(
    "hundred indeed speed seed need breed creed greed steed sacred naked wicked kindred "
    "ragged rugged beloved aged".split()
)
SHORT_TITLE = 4
"""Titles with fewer words than this are flagged."""
LONG_TITLE = 15
"""Titles with more words than this are flagged."""

# Words that say nothing about which happening a sentence reports, for the
# "shares no content word with the title" check.
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers him his how i if in into
    is it its just me more most my no nor not now of off on once only or other our out
    over own same she should so some such than that the their them then there these they
    this those through to too under until up very was we were what when where which while
    who whom why will with would you your said says say told according last next
    month months week weeks year years day days ago monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september
    october november december lrb rrb
    """.split()
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SPACE = re.compile(r"\s+")

CONTEXT = 150
"""Characters of article text shown on each side of a quote (~300 in all)."""

JUDGING_QUESTIONS = (
    "**Happening?** It reports something that happened or is scheduled (an action, a decision, "
    "a statement made on a day), not a comment, a widget, background, opinion or a prediction.",
    "**Date right?** The date is right, at the precision shown, for what the title says "
    "(a clock time counts only if it belongs to this happening).",
    "**Headline?** An editor would print the title as a headline: who did what, complete, "
    "no fragment.",
    "**Summary?** The summary adds to the title and speaks of the same happening.",
)
"""JUDGING.md's yes/no questions 1-4 (question 5, merge purity, is a count)."""


@dataclass(frozen=True)
class Signal:
    """One automatic signal: how many of ``total`` things show it."""

    name: str
    """Machine name (the key in ``--json``)."""
    label: str
    """What is counted, for people."""
    count: float
    """How many (for a mean: the mean itself)."""
    total: int | None
    """Out of how many; None for a plain number or mean."""

    @property
    def share(self) -> float | None:
        """``count / total``, or None without a total (or with an empty one)."""
        return self.count / self.total if self.total else None

    def line(self) -> str:
        """One printed line: ``label: count / total (share %)``."""
        if self.total is None:
            value = f"{self.count:.2f}" if self.count != int(self.count) else f"{int(self.count)}"
            return f"{self.label}: {value}"
        share = f"{100 * self.share:.1f}%" if self.share is not None else "-"
        return f"{self.label}: {int(self.count)} / {self.total} ({share})"


# --- signal functions (each looks at one event, or one title) --------------------------


def widget_marker(text: str) -> str | None:
    """The first comment or widget marker in ``text`` (as found), or None."""
    for pattern in WIDGET_MARKERS:
        match = pattern.search(text)
        if match:
            return match.group(0)
    return None


def has_widget_marker(event: Event) -> bool:
    """True if any of the event's quotes carries a comment or widget marker."""
    return any(widget_marker(s.quote) is not None for s in event.sources)


def common_key(date: PartialDate, precision: Precision) -> tuple[int, ...]:
    """``date`` cut to ``precision`` (at most its own), as a comparable tuple."""
    if precision == Precision.DECADE or date.decade:
        return (date.year // 10,)
    parts = (date.year, date.month, date.day, date.hour, date.minute)
    size = {Precision.YEAR: 1, Precision.MONTH: 2, Precision.DAY: 3, Precision.TIME: 5}[precision]
    return tuple(p for p in parts[:size] if p is not None)


def before(a: PartialDate, b: PartialDate) -> bool:
    """True if ``a`` is earlier than ``b`` at the precision both have."""
    precision = min(a.precision, b.precision)
    return common_key(a, precision) < common_key(b, precision)


def differ(a: PartialDate, b: PartialDate) -> bool:
    """True if ``a`` and ``b`` name different periods at the precision both have."""
    precision = min(a.precision, b.precision)
    return common_key(a, precision) != common_key(b, precision)


def dating_sources(event: Event) -> list[SourceRef]:
    """The sources that dated the event (a date expression of their own); else all."""
    dated = [s for s in event.sources if s.date_value is not None]
    return dated or list(event.sources)


def scheduled_before_publication(event: Event, published: Mapping[str, PartialDate | None]) -> bool:
    """True for a ``scheduled`` event dated before an article that dated it was written.

    ``published`` maps article ids to publication dates. Only the sources with
    a date expression of their own count (an undated corroborating source says
    nothing about whether its article saw the event as coming).
    """
    if event.status != "scheduled":
        return False
    for source in dating_sources(event):
        written = published.get(source.article)
        if written is not None and before(event.date, written):
            return True
    return False


def title_words(title: str) -> list[str]:
    """The title's words: whitespace-separated tokens with a letter or digit."""
    return [w for w in title.split() if any(c.isalnum() for c in w)]


def is_empty_title(title: str) -> bool:
    """True for a title with no word."""
    return not title_words(title)


def is_short_title(title: str) -> bool:
    """True for a non-empty title under :data:`SHORT_TITLE` words."""
    return 0 < len(title_words(title)) < SHORT_TITLE


def is_long_title(title: str) -> bool:
    """True for a title over :data:`LONG_TITLE` words."""
    return len(title_words(title)) > LONG_TITLE


def ends_in_verb(title: str) -> bool:
    """True if the title's last word is a verb form (see :data:`VERB_FORMS`).

    A one-word title is not judged here (it is already short).
    """
    words = title_words(title)
    if len(words) < 2:
        return False
    last = words[-1].strip(".,;:!?\"'’”)(")
    lower = last.lower()
    if lower in VERB_FORMS:
        return True
    return (
        last == lower and len(lower) > 4 and lower.endswith("ed") and lower not in NOT_VERBS_IN_ED
    )


def normalise(text: str) -> str:
    """Text for comparison: spaces collapsed, case folded, final full stop dropped."""
    return _SPACE.sub(" ", text).strip().rstrip(".").strip().casefold()


def summary_repeats(event: Event) -> bool:
    """True if the summary says exactly what the title or a quote says (not if empty)."""
    summary = normalise(event.summary)
    if not summary:
        return False
    return summary == normalise(event.title) or any(
        summary == normalise(s.quote) for s in event.sources
    )


def content_words(text: str) -> frozenset[str]:
    """Lower-case words of three letters or more that are not stopwords, crudely stemmed."""
    words = (w.lower().strip("'’-") for w in _WORD.findall(text))
    return frozenset(_stem(w) for w in words if len(w) >= 3 and w not in STOPWORDS)


def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def is_multi_source(event: Event) -> bool:
    """True if the event cites two sources or more."""
    return len(event.sources) >= 2


def source_dates(event: Event) -> list[PartialDate]:
    """The dates the event's sources resolved to (those that parse)."""
    dates: list[PartialDate] = []
    for source in event.sources:
        if source.date_value is None:
            continue
        try:
            dates.append(PartialDate.parse(source.date_value))
        except ChronicleError:
            continue
    return dates


def dates_disagree(event: Event) -> bool:
    """True if two sources' dates differ at the precision both have."""
    dates = source_dates(event)
    return any(differ(a, b) for i, a in enumerate(dates) for b in dates[i + 1 :])


def off_title_source(event: Event) -> bool:
    """True if some source's quote shares no content word with the title."""
    title = content_words(event.title)
    return any(not (content_words(s.quote) & title) for s in event.sources)


def sources_disagree(event: Event) -> bool:
    """True for a multi-source event whose sources disagree on the date or the happening."""
    return is_multi_source(event) and (dates_disagree(event) or off_title_source(event))


# --- all signals over a corpus -------------------------------------------------------


def compute_signals(events: Sequence[Event], articles: Iterable[Article]) -> list[Signal]:
    """Every signal over ``events`` (``articles``: where their sources come from)."""
    published = {a.id: a.published for a in articles}
    everything = list(events)
    multi = [e for e in events if is_multi_source(e)]
    scheduled = [e for e in events if e.status == "scheduled"]
    mean = statistics.fmean(len(e.sources) for e in events) if events else 0.0
    signals = [
        Signal("events", "events", len(events), None),
        Signal("sources_per_event", "sources per event (mean)", mean, None),
    ]
    statuses = Counter(e.status for e in events)
    for status in ("occurred", "scheduled", "rejected"):
        signals.append(
            Signal(f"status_{status}", f"status {status}", statuses[status], len(events))
        )
    # name, label, test, the events it is counted over
    table: list[tuple[str, str, Callable[[Event], bool], list[Event]]] = [
        ("widget_markers", "quotes with comment/widget markers", has_widget_marker, everything),
        (
            "scheduled_before_publication",
            "scheduled dated before their article (of scheduled)",
            lambda e: scheduled_before_publication(e, published),
            scheduled,
        ),
        (
            "short_titles",
            f"titles under {SHORT_TITLE} words",
            lambda e: is_short_title(e.title),
            everything,
        ),
        (
            "titles_ending_in_verb",
            "titles ending in a verb",
            lambda e: ends_in_verb(e.title),
            everything,
        ),
        (
            "long_titles",
            f"titles over {LONG_TITLE} words",
            lambda e: is_long_title(e.title),
            everything,
        ),
        ("empty_titles", "empty titles", lambda e: is_empty_title(e.title), everything),
        ("summary_repeats", "summaries = title or a quote", summary_repeats, everything),
        ("empty_summaries", "empty summaries", lambda e: not e.summary.strip(), everything),
        ("multi_source", "multi-source events", is_multi_source, everything),
        ("sources_disagree", "multi-source: sources disagree (of multi)", sources_disagree, multi),
        ("dates_disagree", "multi-source: dates differ (of multi)", dates_disagree, multi),
        (
            "off_title_source",
            "multi-source: a quote shares no word with title (of multi)",
            off_title_source,
            multi,
        ),
    ]
    for name, label, test, population in table:
        signals.append(Signal(name, label, sum(map(test, population)), len(population)))
    return signals


# --- the judging sample --------------------------------------------------------------


def select_sample(
    events: Sequence[Event], *, seed: int, top: int, random_count: int
) -> list[tuple[str, Event]]:
    """The ``top`` most important events, then ``random_count`` others drawn with ``seed``.

    Each comes with how it was chosen (``top`` or ``random``). Importance ties
    go to the smaller id; the random draw is over the other events sorted by id,
    so the same corpus and seed give the same sample.
    """
    ranked = sorted(events, key=lambda e: (-e.importance, e.id))
    chosen = ranked[:top]
    taken = {e.id for e in chosen}
    rest = sorted((e for e in events if e.id not in taken), key=lambda e: e.id)
    drawn = random.Random(seed).sample(rest, min(random_count, len(rest)))
    return [("top", e) for e in chosen] + [("random", e) for e in drawn]


def quote_context(article: Article | None, quote: str, width: int = CONTEXT) -> str | None:
    """About ``width`` characters of article text either side of the quote, the quote
    between ``«»``; None if the quote is not found in the article's kept text."""
    if article is None:
        return None
    body = _SPACE.sub(" ", " ".join(article.paragraphs)).strip()
    wanted = _SPACE.sub(" ", quote).strip()
    if not wanted:
        return None
    start = body.find(wanted)
    if start < 0:
        start = body.casefold().find(wanted.casefold())
    if start < 0:
        return None
    end = start + len(wanted)
    head_from = max(0, start - width)
    tail_to = min(len(body), end + width)
    head = body[head_from:start]
    tail = body[end:tail_to]
    if head_from > 0:
        head = "…" + head.split(" ", 1)[-1] if " " in head else "…" + head
    if tail_to < len(body):
        tail = tail.rsplit(" ", 1)[0] + "…" if " " in tail else tail + "…"
    return f"{head}«{body[start:end]}»{tail}"


def sample_record(
    kind: str,
    rank: int,
    event: Event,
    articles: Mapping[str, Article],
    max_sources: int = 0,
) -> dict[str, Any]:
    """One sampled event as plain data (what ``sample.json`` holds).

    With ``max_sources``, the dated sources and then the first undated ones (by article
    id) up to that many are shown; ``sources_total`` says how many there are.
    """
    sources: list[dict[str, Any]] = []
    shown = list(event.sources)
    if max_sources and len(shown) > max_sources:
        dated = [s for s in shown if s.date_text]
        undated = [s for s in shown if not s.date_text]
        shown = (dated + undated)[: max(max_sources, min(len(dated), 2 * max_sources))]
    for source in shown:
        article = articles.get(source.article)
        published = article.published if article else None
        sources.append(
            {
                "article": source.article,
                "path": article.path if article else None,
                "published": published.edtf() if published else None,
                "quote": source.quote,
                "date_text": source.date_text,
                "date_value": source.date_value,
                "date_rule": source.date_rule,
                "context": quote_context(article, source.quote),
                "widget_marker": widget_marker(source.quote),
            }
        )
    return {
        "chosen": kind,
        "rank": rank,
        "id": event.id,
        "title": event.title,
        "date": event.date.edtf(),
        "date_human": event.date.human(),
        "end": event.end.edtf() if event.end else None,
        "status": event.status,
        "summary": event.summary,
        "importance": event.importance,
        "conflicts": list(event.conflicts),
        "sources": sources,
        "sources_total": len(event.sources),
    }


def format_record(record: Mapping[str, Any]) -> str:
    """One sampled event as a Markdown block ending in the judging checkboxes."""
    chosen = "top importance" if record["chosen"] == "top" else "random draw"
    date = f"`{record['date']}` ({record['date_human']})"
    if record["end"]:
        date += f" to `{record['end']}`"
    lines = [
        f"## {record['rank']}. {record['title'] or '(empty title)'}",
        "",
        f"- **id:** `{record['id']}` ({chosen})",
        f"- **date:** {date}",
        f"- **status:** {record['status']}",
        f"- **importance:** {record['importance']:.2f}",
        f"- **summary:** {record['summary']}",
    ]
    for conflict in record["conflicts"]:
        lines.append(f"- **conflict:** {conflict}")
    total = record.get("sources_total", len(record["sources"]))
    shown = f"{len(record['sources'])} of {total}" if total != len(record["sources"]) else total
    lines += ["", f"### Sources ({shown})", ""]
    for number, source in enumerate(record["sources"], 1):
        dated = (
            f"dated by {source['date_text']!r} → `{source['date_value']}`"
            if source["date_text"]
            else "undated (corroborating)"
        )
        lines.append(
            f"{number}. `{source['article']}` (published {source['published'] or 'unknown'}; "
            f"{dated})"
        )
        lines.append(f"   - quote: {source['quote']}")
        context = source["context"] or "(quote not found in the article's kept text)"
        lines.append(f"   - in the article: {context}")
    n = len(record["sources"])
    lines += ["", "### Judgement (tick for yes)", ""]
    lines += [f"- [ ] {i}. {q}" for i, q in enumerate(JUDGING_QUESTIONS, 1)]
    lines += [f"- 5. **Merge pure?** ___ of {n} source(s) report this same happening", ""]
    return "\n".join(lines)


def format_sample(corpus: str, seed: int, records: Sequence[Mapping[str, Any]]) -> str:
    """The whole ``sample.md``."""
    tops = sum(r["chosen"] == "top" for r in records)
    header = [
        f"# Judging sample: {corpus}",
        "",
        f"{len(records)} events: the {tops} most important, then {len(records) - tops} "
        f"drawn at random (seed {seed}). Judge each as /work/shared/JUDGING.md says: read "
        "the title, date, summary and every quote with the article text around it "
        "(the quote between «»).",
        "",
    ]
    return "\n".join(header + [format_record(r) for r in records])


def corpus_name(path: Path) -> str:
    """A short name for a corpus: ``seeds``, or ``egypt-cnn`` for ``…/egypt/cnn/articles.jsonl``."""
    path = path.resolve()
    name = path.stem if path.is_file() else path.name
    if path.is_file() and name in ("articles", "corpus"):
        name = f"{path.parent.parent.name}-{path.parent.name}"
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or "corpus"


def write_sample(out: Path, corpus: str, seed: int, records: Sequence[Mapping[str, Any]]) -> None:
    """Write ``sample.md`` and ``sample.json`` into ``out`` (created if missing)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "sample.md").write_text(format_sample(corpus, seed, records), encoding="utf-8")
    data = {"corpus": corpus, "seed": seed, "events": list(records)}
    (out / "sample.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("corpus", type=Path, help="file or folder of articles")
    parser.add_argument("--out", type=Path, help="sample folder (default bench/out/audit-NAME)")
    parser.add_argument("--seed", type=int, default=17, help="seed of the random draw")
    parser.add_argument("--sample-top", type=int, default=15, help="most important events")
    parser.add_argument("--sample-random", type=int, default=25, help="events drawn at random")
    parser.add_argument("--json", type=Path, help="also write the signals to this JSON file")
    parser.add_argument(
        "--max-sources", type=int, default=0, help="sources shown per sampled event (0: all)"
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="sample every event, also those held back for review (default: what the site shows)",
    )
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    name = corpus_name(args.corpus)
    out: Path = args.out or ROOT / "bench" / "out" / f"audit-{name}"

    built = build_events(list(read_articles([args.corpus])))
    events = list(built.events)
    by_id = {a.id: a for a in built.articles}
    shown = events if args.all else [e for e in events if not e.held_back(DEFAULT_MIN_CONFIDENCE)]
    chosen = select_sample(
        shown, seed=args.seed, top=args.sample_top, random_count=args.sample_random
    )
    records = [
        sample_record(kind, i, e, by_id, args.max_sources) for i, (kind, e) in enumerate(chosen, 1)
    ]
    write_sample(out, name, args.seed, records)

    signals = compute_signals(events, built.articles)
    print(f"{name}: {len(built.articles)} articles; sample of {len(records)} events in {out}")
    held = sum(e.held_back(DEFAULT_MIN_CONFIDENCE) for e in events)
    print(
        f"held back for review (confidence below {DEFAULT_MIN_CONFIDENCE}): {held} / {len(events)}"
    )
    for signal in signals:
        print(signal.line())
    if args.json:
        data = {
            "corpus": name,
            "articles": len(built.articles),
            "signals": {
                s.name: {"label": s.label, "count": s.count, "total": s.total, "share": s.share}
                for s in signals
            },
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
