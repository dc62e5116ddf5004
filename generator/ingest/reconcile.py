"""``chronicle ingest``: articles → events, merged into ``content/`` without undoing edits.

The editor's word is final. Ingest keeps, in ``content/ingest-state.json``,
the values it generated last time for every event (the *base* of a three-way
merge). On the next run, a field whose current value differs from the base was
changed by an editor and is kept; a field still equal to the base may be
refreshed. An event in the base whose file is gone was deleted by an editor
and is not re-created; an event marked ``status: rejected`` is left alone; an
event with no base record was written by hand and is never overwritten or
duplicated.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, Protocol, TypeVar

from generator.dates import PartialDate
from generator.errors import ChronicleError, ContentError
from generator.ids import unique_event_id
from generator.ingest.cluster import similarity
from generator.ingest.entities import (
    EntityMatcher,
    NameSightings,
    annotate_events,
    append_suggestions,
    name_sightings,
    suggest_entities,
)
from generator.ingest.gate import Candidate, Outcome, plain_text, screen
from generator.ingest.pipeline import ArticleReading, build_events, read_article_events
from generator.ingest.read import read_articles_then
from generator.ingest.story import draft_standfirst, draft_title
from generator.ingest.words import content_words
from generator.ingest.workers import no_cycle_collection
from generator.models import Article, Event
from generator.store import (
    KEY_ORDER,
    EventRecord,
    Vocabulary,
    event_path,
    event_to_data,
    fill_story,
    load_events,
    load_vocabulary,
    patch_event_text,
    transaction,
    write_sources,
    write_text_atomic,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

STATE_FILE = "ingest-state.json"
"""Name of the merge base under ``content/``."""
HAND_MADE_SIMILARITY = 0.5
"""Word overlap above which a generated event repeats a hand-made or earlier one."""
EDITED = "edited"
"""Key in a state record listing the fields an editor has changed: theirs for good."""
LIST_FIELDS = ("entities", "tags", "conflicts")
"""Fields merged item by item (sources are merged by article and quote)."""


MergeBase = dict[str, EventRecord]
"""The ingest state: per event id, the record the last ingest wrote (the three-way merge base)."""


@dataclass
class IngestReport:
    """What an ingest run did."""

    articles: int = 0
    """Articles read."""
    mentions: int = 0
    """Dated statements found."""
    events: int = 0
    """Events after merging."""
    written: list[str] = field(default_factory=list)
    """Event files created or changed."""
    kept_edits: list[str] = field(default_factory=list)
    """``id.field`` values kept because an editor changed them."""
    skipped: list[str] = field(default_factory=list)
    """Event ids not written, with the reason (also those that would fail ``chronicle check``)."""
    repaired: list[str] = field(default_factory=list)
    """``id: what`` for generated values repaired so that the file passes ``chronicle check``."""
    bytes_read: int = 0
    """Size of the article text read."""
    suggested: int = 0
    """Entity suggestions appended to entities.yaml."""
    story: list[str] = field(default_factory=list)
    """Fields of ``story.yaml`` drafted because they were empty (``title``, ``standfirst``)."""


class Progress(Protocol):
    """Shows how far a loop has gone (a progress bar) while it yields the same items."""

    def __call__(self, items: Iterable[T], /) -> Iterable[T]: ...


def ingest(
    paths: Sequence[Path],
    content_dir: Path,
    progress: Progress | None = None,
) -> IngestReport:
    """Read ``paths``, extract and merge events, and reconcile them into ``content_dir``."""
    with no_cycle_collection():  # one block: no collection of all that was read in between
        return _ingest(paths, content_dir, progress)


def _ingest(paths: Sequence[Path], content_dir: Path, progress: Progress | None) -> IngestReport:
    current = load_events(content_dir)
    if current.errors:
        first = current.errors[0]
        raise ContentError(
            f"{len(current.errors)} event file(s) are invalid; fix them before ingesting "
            f"(first: {first})",
            first.path,
            first.line,
            first.column,
        )
    report = IngestReport()
    articles: list[Article] = []
    readings: list[ArticleReading] = []
    # each article's mentions are extracted by the worker that read it
    sightings: list[NameSightings] = []
    stream = read_articles_then(_read_for_ingest, list(paths))
    for article, (reading, sighted) in progress(stream) if progress else stream:
        articles.append(article)
        readings.append(reading)
        sightings.append(sighted)
        report.bytes_read += len(article.body.encode("utf-8", "surrogatepass"))
    report.articles = len(articles)
    vocabulary = load_vocabulary(content_dir)
    built = build_events(articles, readings)
    articles = built.articles
    generated = annotate_events(built.events, vocabulary)
    report.mentions = sum(1 for e in generated for s in e.sources if s.date_text is not None)
    report.events = len(generated)
    with transaction(content_dir):  # all or nothing, even if the process is killed
        state = load_state(content_dir)
        data = _read_state_file(content_dir)
        read = {a.id for a in articles}
        state = write_events(generated, content_dir, state, read, report, current.events)
        write_sources(content_dir, articles)
        report.suggested = _suggest_entities(content_dir, sightings, vocabulary, data)
        report.story = fill_story(content_dir, draft_title(generated), draft_standfirst(generated))
        data["events"] = state
        _write_state_file(content_dir, data)
    return report


def _read_for_ingest(article: Article) -> tuple[ArticleReading, NameSightings]:
    """A worker's work on an article it read: its mentions and words, and its names."""
    return read_article_events(article), name_sightings(article)


def _suggest_entities(
    content_dir: Path,
    sightings: Sequence[NameSightings],
    vocabulary: Vocabulary,
    data: dict[str, Any],
) -> int:
    """Append new entity suggestions to entities.yaml, never one made before.

    A suggestion the editor deleted stays deleted: every name ever suggested is
    remembered in the ingest state ``data`` (updated here, saved by the caller).
    The names are ranked against the confirmed entities only, so the same articles
    give the same capped list on every run: a second ingest adds nothing, instead of
    the next :data:`~generator.ingest.entities.MAX_SUGGESTIONS` names each time.
    """
    made = set(data.get("suggested_entities", []))
    confirmed = Vocabulary([e for e in vocabulary.entities if not e.suggested], vocabulary.tags)
    in_file = EntityMatcher(e for e in vocabulary.entities if e.suggested)
    fresh = [
        e
        for e in suggest_entities(sightings, confirmed)
        if e.name not in made and not in_file.find(e.name)
    ]
    if not fresh:
        return 0
    append_suggestions(content_dir, fresh)
    data["suggested_entities"] = sorted(made | {e.name for e in fresh})
    return len(fresh)


def apply_events(
    generated: Sequence[Event],
    content_dir: Path,
    articles: Collection[str] | None = None,
    report: IngestReport | None = None,
    existing: Sequence[Event] | None = None,
) -> IngestReport:
    """Reconcile freshly generated events into ``content_dir`` and save the merge base.

    ``articles`` are the ids of the articles this run read (default: those the
    generated events cite); sources from other articles are never dropped.
    """
    report = report if report is not None else IngestReport()
    if existing is None:
        loaded = load_events(content_dir)
        if loaded.errors:
            first = loaded.errors[0]
            raise ContentError(
                f"{len(loaded.errors)} problem(s) in event files; fix them first (first: {first})",
                first.path,
                first.line,
                first.column,
            )
        existing = loaded.events
    state = load_state(content_dir)
    state = write_events(generated, content_dir, state, articles, report, existing)
    _save_state(content_dir, state)
    return report


def write_events(
    generated: Sequence[Event],
    content_dir: Path,
    state: MergeBase,
    articles: Collection[str] | None,
    report: IngestReport,
    existing: Sequence[Event],
) -> MergeBase:
    """Reconcile and write the event files; returns the next merge base."""
    writes, next_state = reconcile(generated, existing, state, content_dir, report, articles)
    for path, text in writes:
        if write_text_atomic(path, text):
            report.written.append(str(path))
    return next_state


def reconcile(
    generated: Sequence[Event],
    existing: Sequence[Event],
    state: MergeBase,
    content_dir: Path,
    report: IngestReport,
    articles: Collection[str] | None = None,
) -> tuple[list[tuple[Path, str]], MergeBase]:
    """Decide what to write, keeping every editor change: the writes and the next merge base.

    Each generated event is matched to the event it was before (by shared
    sources, by id, or for an article new to it by similar words), then merged
    three ways: base (``state``), current file, and what ingest makes now.
    ``state`` itself is not changed; ``report`` collects what was kept and skipped.
    Every file to write passes :func:`generator.ingest.gate.screen` first: one
    that ``chronicle check`` would refuse is repaired or left out, never written.
    """
    run_articles = (
        set(articles) if articles is not None else {s.article for e in generated for s in e.sources}
    )
    by_id = {e.id: e for e in existing}
    hand_made = [e for e in existing if e.id not in state]
    index = _index_sources(state)
    groups: dict[str, list[Event]] = {}
    fresh: list[tuple[str, Event]] = []
    taken = set(by_id) | set(state)
    for event in generated:
        target = _match(event, state, index, run_articles)
        if target is not None:
            groups.setdefault(target, []).append(event)
            continue
        twin = _hand_made_twin(event, hand_made)
        if twin is not None:
            report.skipped.append(f"{event.id}: repeats hand-made event {twin.id}")
            continue
        new_id = _fresh_id(event, content_dir, taken)
        taken.add(new_id)
        fresh.append((new_id, event))
    planned: list[tuple[Path, Candidate]] = []
    next_base = dict(state)
    for target, events in sorted(groups.items()):
        current = by_id.get(target)
        if current is None:
            report.skipped.append(f"{target}: deleted by an editor")
            continue
        if current.status == "rejected":
            report.skipped.append(f"{target}: rejected by an editor")
            continue
        ours = _effective_new(state[target], _combine(target, events), run_articles)
        now = event_to_data(current)
        merged, next_base[target] = _three_way(state[target], now, ours, report)
        if merged != now:
            path = Path(current.path or event_path(content_dir, current))
            planned.append((path, Candidate(target, merged, partial(_patched, current, now))))
    for new_id, event in fresh:
        data = {**event_to_data(event), "id": new_id}
        next_base[new_id] = data
        path = event_path(content_dir, replace(event, id=new_id))
        planned.append((path, Candidate(new_id, data)))  # written as plain_text
    writes: list[tuple[Path, str]] = []
    for (path, _), outcome in zip(planned, screen([c for _, c in planned]), strict=True):
        _admit(outcome, state, next_base, report)
        if outcome.text is not None:
            writes.append((path, outcome.text))
    return writes, next_base


def _admit(outcome: Outcome, state: MergeBase, next_base: MergeBase, report: IngestReport) -> None:
    """Report a repaired or refused file, and keep the merge base in step with what is written.

    A refused event keeps its old base (a new one gets none), so the next run tries
    it again rather than take it for deleted. A repaired title goes into the base as
    if ingest had made it, so the next run does not take it for an editor's edit.
    """
    event_id = outcome.candidate.event_id
    if outcome.text is None:
        log.warning(
            "event %s not written: it would fail chronicle check: %s", event_id, outcome.problem
        )
        report.skipped.append(
            f"{event_id}: not written, it would fail chronicle check: {outcome.problem}"
        )
        if event_id in state:
            next_base[event_id] = state[event_id]
        else:
            del next_base[event_id]
        return
    for repair in outcome.repairs:
        log.warning("event %s: %s", event_id, repair)
        report.repaired.append(f"{event_id}: {repair}")
    if outcome.repairs and "title" not in next_base[event_id].get(EDITED, []):
        next_base[event_id] = {**next_base[event_id], "title": outcome.record["title"]}


def _combine(target: str, events: Sequence[Event]) -> EventRecord:
    """One generated record for ``target`` from the events that continue it."""
    data = {**event_to_data(events[0]), "id": target}
    for other in events[1:]:
        extra = event_to_data(other)
        for key in ("sources", *LIST_FIELDS):
            items = list(data.get(key, []))
            items += [x for x in extra.get(key, []) if x not in items]
            if items:
                data[key] = items
    return {k: data[k] for k in KEY_ORDER if k in data}


def _patched(current: Event, now: EventRecord, merged: EventRecord) -> str:
    """The current file with only the merged changes applied (comments kept)."""
    try:
        text = Path(current.path or "").read_text("utf-8-sig")
    except OSError:
        return plain_text(merged)
    return patch_event_text(text, now, merged)


def _effective_new(base: EventRecord, new: EventRecord, run_articles: set[str]) -> EventRecord:
    """What ingest now knows about an event, given that this run read only ``run_articles``.

    When the run read every article the event had, that is ``new``. Otherwise
    the unread articles still say what they said: their sources stay, lists
    only grow, and the headline fields keep their earlier values.
    """
    unread = {s["article"] for s in base.get("sources", [])} - run_articles
    if not unread:
        return new
    merged = dict(base)
    merged["id"] = new["id"]
    sources = [s for s in base.get("sources", []) if s["article"] in unread]
    merged["sources"] = sources + [s for s in new.get("sources", []) if s not in sources]
    for key in LIST_FIELDS:
        items = list(base.get(key, []))
        items += [x for x in new.get(key, []) if x not in items]
        if items:
            merged[key] = items
    if "occurred" in (base.get("status"), new.get("status")):
        merged["status"] = "occurred"
    return {k: merged[k] for k in KEY_ORDER if k in merged}


def _three_way(
    base: EventRecord, current: EventRecord, new: EventRecord, report: IngestReport
) -> tuple[EventRecord, EventRecord]:
    """The merged event and the next merge base.

    Per field, and per item of a list field (sources by article and quote):
    the editor's value if it differs from the base, else the new one. The next
    base keeps the old base value of everything the editor changed, so an edit
    stays the editor's for good, even if ingest later agrees with it and then
    changes its mind; a removed item stays in the base and so never returns.
    """
    merged: EventRecord = {}
    next_base: EventRecord = {}
    edited = set(base.get(EDITED, []))
    for key in KEY_ORDER:
        old, mine, theirs = base.get(key), current.get(key), new.get(key)
        touched = key in edited or mine != old
        value: Any
        kept: Any
        if key == "sources" or key in LIST_FIELDS:
            keyed = _source_key if key == "sources" else _item_key
            value, kept = _merge_items(old or [], mine or [], theirs or [], keyed, touched)
        elif touched:
            value, kept = mine, old
        else:
            value, kept = theirs, theirs
        if touched and key != "id":
            edited.add(key)
            if mine != theirs:
                report.kept_edits.append(f"{current['id']}.{key}")
        if value is not None and value != []:
            merged[key] = value
        if kept is not None and kept != []:
            next_base[key] = kept
    merged["id"] = next_base["id"] = current["id"]
    order = {k: i for i, k in enumerate(KEY_ORDER)}
    next_base = dict(sorted(next_base.items(), key=lambda kv: order[kv[0]]))
    if edited:
        next_base[EDITED] = sorted(edited)
    return dict(sorted(merged.items(), key=lambda kv: order[kv[0]])), next_base


def _item_key(item: Any) -> Any:
    return item


def _source_key(source: Any) -> Any:
    return (str(source.get("article")), str(source.get("quote")))


def _merge_items(
    base: list[Any],
    current: list[Any],
    new: list[Any],
    key: Callable[[Any], Any],
    touched: bool = False,
) -> tuple[list[Any], list[Any]]:
    """Three-way merge of a list of distinct items, and the next base for it.

    An item the editor left as it was in the base follows ``new`` (refreshed,
    or dropped unless the editor ever ``touched`` the list); one they added
    or changed stays; one they removed stays out. The editor's order is kept
    and items ingest has never proposed before are appended.
    """
    base_by = {key(x): x for x in base}
    new_by = {key(x): x for x in new}
    current_by = {key(x): x for x in current}
    merged: list[Any] = []
    for item in current:
        k = key(item)
        if base_by.get(k) != item:
            merged.append(item)  # written or changed by an editor
        elif k in new_by:
            merged.append(new_by[k])  # untouched: refresh
        elif touched:
            merged.append(item)  # the editor has curated this list: ingest only adds
    merged += [x for k, x in new_by.items() if k not in base_by and k not in current_by]
    if not touched:
        return merged, new
    # A curated list's base remembers every item ingest ever proposed, so an item
    # the editor removed (even one they had added) is never proposed again.
    next_base = [
        new_by[k] if k in new_by and current_by.get(k) == x else x for k, x in base_by.items()
    ]
    next_base += [x for k, x in new_by.items() if k not in base_by]
    return merged, next_base


def _index_sources(state: MergeBase) -> dict[tuple[str, str], list[str]]:
    index: dict[tuple[str, str], list[str]] = {}
    for event_id in sorted(state):
        for source in state[event_id].get("sources", []):
            index.setdefault(_source_key(source), []).append(event_id)
    return index


SAME_DATE_WEIGHT = 0.75
"""What an earlier event of the same date adds to the sources it shares: one sentence may date
two events, and a title change gives both new ids."""


def _match(
    event: Event,
    state: MergeBase,
    index: dict[tuple[str, str], list[str]],
    run_articles: set[str],
) -> str | None:
    """The id this generated event had before, if it is one we generated earlier.

    The earlier event sharing most sources wins (its date, then its own id, breaks ties); an
    event whose articles are all new to an earlier event of compatible date
    with the same words continues it (an article about it read in a later run).
    """
    score: dict[str, float] = {}
    for source in event.sources:
        for known in index.get((source.article, source.quote), []):
            score[known] = score.get(known, 0) + 1
    date = event.date.edtf()
    for known in score:  # one sentence dating two events ("in October …, and in January …")
        if str(state[known].get("date")) == date:
            score[known] += SAME_DATE_WEIGHT
    if event.id in state:
        score[event.id] = score.get(event.id, 0) + 0.5
    if score:
        return min(score, key=lambda known: (-score[known], known))
    return _continued(event, state, run_articles)


def _continued(event: Event, state: MergeBase, run_articles: set[str]) -> str | None:
    """An earlier event this one continues: only when this run did not read all its articles."""
    articles = {s.article for s in event.sources}
    words = _words(event.title, event.summary, *(s.quote for s in event.sources))
    best: tuple[float, str] | None = None
    for known in sorted(state):
        base = state[known]
        known_articles = {s["article"] for s in base.get("sources", [])}
        if articles & known_articles or known_articles <= run_articles:
            continue
        try:
            if not PartialDate.parse(base["date"]).compatible(event.date):
                continue
        except (KeyError, ChronicleError):
            continue
        quotes = [s["quote"] for s in base.get("sources", [])]
        score = similarity(words, _words(base.get("title", ""), base.get("summary", ""), *quotes))
        if score >= HAND_MADE_SIMILARITY and (best is None or score > best[0]):
            best = (score, known)
    return best[1] if best else None


def _words(*texts: str) -> frozenset[str]:
    return content_words(" ".join(texts))


def _fresh_id(event: Event, content_dir: Path, taken: set[str]) -> str:
    """``event.id``, or ``event.id-2``, ... when that id or its file name is in use."""

    def used(candidate: str) -> bool:
        return candidate in taken or event_path(content_dir, replace(event, id=candidate)).exists()

    return unique_event_id(event.id, used)


def _hand_made_twin(event: Event, hand_made: Sequence[Event]) -> Event | None:
    """A hand-made event this generated one repeats: same id, a shared quote, or same words."""
    words = _words(event.title, event.summary)
    quotes = {(s.article, s.quote) for s in event.sources}
    for other in hand_made:
        if other.id == event.id or quotes & {(s.article, s.quote) for s in other.sources}:
            return other
        if not other.date.compatible(event.date):
            continue
        if similarity(words, _words(other.title, other.summary)) >= HAND_MADE_SIMILARITY:
            return other
    return None


def load_state(content_dir: Path) -> MergeBase:
    """What ingest generated last time for each event id (the merge base)."""
    path = content_dir / STATE_FILE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ContentError(f"cannot read ingest state: {exc}", str(path)) from None
    events = data.get("events", {}) if isinstance(data, dict) else None
    if not isinstance(events, dict):
        raise ContentError("ingest state must map 'events' to a mapping", str(path))
    return events


def _save_state(content_dir: Path, state: MergeBase) -> None:
    data = _read_state_file(content_dir)
    data["events"] = state
    _write_state_file(content_dir, data)


def _read_state_file(content_dir: Path) -> dict[str, Any]:
    """The whole ingest state file (merge base and remembered suggestions); {} if none."""
    path = content_dir / STATE_FILE
    data: dict[str, Any] = json.loads(path.read_text("utf-8")) if path.exists() else {}
    return data


def _write_state_file(content_dir: Path, data: dict[str, Any]) -> None:
    text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    write_text_atomic(content_dir / STATE_FILE, text)
