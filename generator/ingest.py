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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.articles import read_articles
from generator.errors import ContentError
from generator.extract import extract_mentions
from generator.merge import content_words, merge_mentions, similarity
from generator.models import Article, Event
from generator.sources import write_sources
from generator.store import (
    KEY_ORDER,
    event_from_data,
    event_path,
    event_to_data,
    event_to_yaml,
    load_events,
    write_text_atomic,
)

log = logging.getLogger(__name__)

STATE_FILE = "ingest-state.json"
"""Name of the merge base under ``content/``."""
HAND_MADE_SIMILARITY = 0.5
"""Word overlap above which a generated event repeats a hand-made one."""


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
    """Event ids not written, with the reason."""
    bytes_read: int = 0
    """Size of the article text read."""


def ingest(
    paths: Sequence[Path],
    content_dir: Path,
    progress: Callable[[Iterable[Article]], Iterable[Article]] | None = None,
) -> IngestReport:
    """Read ``paths``, extract and merge events, and reconcile them into ``content_dir``."""
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
    stream: Iterable[Article] = read_articles(list(paths))
    for article in progress(stream) if progress else stream:
        articles.append(article)
        report.bytes_read += len(article.body.encode("utf-8"))
    report.articles = len(articles)
    mentions = [m for a in articles for m in extract_mentions(a)]
    report.mentions = len(mentions)
    generated = merge_mentions(mentions)
    report.events = len(generated)
    state = _load_state(content_dir)
    writes = reconcile(generated, current.events, state, content_dir, report)
    for path, text in writes:
        if write_text_atomic(path, text):
            report.written.append(str(path))
    write_sources(content_dir, articles)
    _save_state(content_dir, state)
    return report


def reconcile(
    generated: Sequence[Event],
    existing: Sequence[Event],
    state: dict[str, dict[str, Any]],
    content_dir: Path,
    report: IngestReport,
) -> list[tuple[Path, str]]:
    """Decide what to write, keeping every editor change; updates ``state`` in place."""
    by_id = {e.id: e for e in existing}
    hand_made = [e for e in existing if e.id not in state]
    source_index = _index_sources(state)
    writes: list[tuple[Path, str]] = []
    for event in generated:
        target = _match(event, by_id, state, source_index)
        new_data = event_to_data(event)
        if target is None:
            twin = _hand_made_twin(event, hand_made)
            if twin is not None:
                report.skipped.append(f"{event.id}: repeats hand-made event {twin.id}")
                continue
            target = event.id
        new_data["id"] = target
        event.id = target
        if target in by_id:
            current = by_id[target]
            if target not in state:
                report.skipped.append(f"{target}: written by hand")
                continue
            if current.status == "rejected":
                report.skipped.append(f"{target}: rejected by an editor")
                continue
            merged = _three_way(state[target], event_to_data(current), new_data, report)
            state[target] = new_data
            if merged != event_to_data(current):
                writes.append((Path(current.path or event_path(content_dir, event)), _dump(merged)))
        elif target in state:
            report.skipped.append(f"{target}: deleted by an editor")
        else:
            state[target] = new_data
            writes.append((event_path(content_dir, event), event_to_yaml(event)))
    return writes


def _three_way(
    base: dict[str, Any], current: dict[str, Any], new: dict[str, Any], report: IngestReport
) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for key in KEY_ORDER:
        if current.get(key) != base.get(key):
            value = current.get(key)
            if current.get(key) != new.get(key):
                report.kept_edits.append(f"{current['id']}.{key}")
        else:
            value = new.get(key)
        if value is not None:
            merged[key] = value
    return merged


def _dump(data: dict[str, Any]) -> str:
    return event_to_yaml(event_from_data(data, data["id"]))


def _index_sources(state: dict[str, dict[str, Any]]) -> dict[tuple[str, str], str]:
    index: dict[tuple[str, str], str] = {}
    for event_id in sorted(state):
        for source in state[event_id].get("sources", []):
            index.setdefault((source["article"], source["quote"]), event_id)
    return index


def _match(
    event: Event,
    by_id: dict[str, Event],
    state: dict[str, dict[str, Any]],
    source_index: dict[tuple[str, str], str],
) -> str | None:
    """The id this generated event had before, if it is one we generated earlier."""
    if event.id in state:
        return event.id
    for source in event.sources:
        known = source_index.get((source.article, source.quote))
        if known is not None:
            return known
    return None


def _hand_made_twin(event: Event, hand_made: Sequence[Event]) -> Event | None:
    words = content_words(f"{event.title} {event.summary}")
    for other in hand_made:
        if other.id == event.id:
            return other
        if not other.date.compatible(event.date):
            continue
        if (
            similarity(words, content_words(f"{other.title} {other.summary}"))
            >= HAND_MADE_SIMILARITY
        ):
            return other
    return None


def _load_state(content_dir: Path) -> dict[str, dict[str, Any]]:
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


def _save_state(content_dir: Path, state: dict[str, dict[str, Any]]) -> None:
    text = json.dumps({"events": state}, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    write_text_atomic(content_dir / STATE_FILE, text)
