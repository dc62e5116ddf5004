"""The gate before ingest writes an event file: only files ``chronicle check`` accepts.

Ingest makes titles, dates and quotes out of whatever text an article holds, and a
rule that slips on an odd sentence (a headline made only of an aside in brackets, a
"word" of 500 characters, a sentence of a megabyte) must not leave behind a file that
``chronicle check`` refuses: ``chronicle build`` and ``chronicle export`` would then
refuse to run until an editor found and fixed it. So every event file text ingest is
about to write is first validated by the checker's own per-file checks
(:func:`generator.store.event_from_bytes`: size, encoding, YAML, the JSON Schema,
dates), and a record that fails is

- **repaired** when the repair is certain: a title that is empty, blank or too long
  is made again from the title itself or, when that holds nothing, the first source
  quote (control characters and runs of whitespace become one space, at most
  :data:`TITLE_WORDS` words and :data:`TITLE_CHARS` characters); the repaired record
  is validated again;
- otherwise **left out**: :func:`screen` says which problem kept it out, and the
  caller warns and counts it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.errors import ChronicleError
from generator.store import (
    EventRecord,
    SchemaErrors,
    event_from_bytes,
    event_from_data,
    event_to_yaml,
)

TITLE_WORDS = 15
"""Most words of a title made again from a quote."""
TITLE_CHARS = 150
"""Most characters of a title made again (a headline, far inside the schema's limit)."""
_ELLIPSIS = "…"


@dataclass(frozen=True)
class Candidate:
    """One event file ingest is about to write."""

    event_id: str
    """The event's id (for messages)."""
    record: EventRecord
    """What the file is to hold."""
    render: Callable[[EventRecord], str] | None = None
    """The file text for a record when it is not :func:`plain_text` (a patch of an
    editor's file); raises :class:`~generator.errors.ChronicleError` if it cannot hold
    the record."""


@dataclass
class Outcome:
    """What the gate made of a :class:`Candidate`."""

    candidate: Candidate
    """The file ingest wanted to write."""
    record: EventRecord
    """The record to write: the candidate's own, or the repaired one."""
    text: str | None = None
    """The file text to write; None when the event is left out."""
    repairs: list[str] = field(default_factory=list)
    """What was repaired, in words (empty when nothing was)."""
    problem: str | None = None
    """Why the event is left out: the first problem ``chronicle check`` would report."""


def screen(candidates: Sequence[Candidate]) -> list[Outcome]:
    """Validate every candidate file, repair what can be repaired, and say what to write.

    One outcome per candidate, in order. A valid candidate passes unchanged (its text is
    exactly what its ``render`` gives); only records that fail are touched. The record
    is checked as the one serialiser writes it (:func:`plain_text`) before it is
    rendered, so a patch of an editor's file is never even tried with an invalid
    record; the text to write is checked again when it is not that plain text.
    """
    outcomes = [Outcome(c, c.record) for c in candidates]
    retry: list[Outcome] = []
    for outcome, found in zip(outcomes, _validate(outcomes, _plain_text), strict=True):
        if not found:
            continue
        if any(p.startswith("title:") for p in found):
            title = remade_title(outcome.record)
            if title and title != outcome.record.get("title"):
                old = _shorten(str(outcome.record.get("title")))
                outcome.record = {**outcome.record, "title": title}
                outcome.repairs.append(f"title {old!r} ({found[0]}) made again: {title!r}")
                retry.append(outcome)
                continue
        _leave_out(outcome, found)
    for outcome, found in zip(retry, _validate(retry, _plain_text), strict=True):
        if found:
            _leave_out(outcome, found)
    rendered = [o for o in outcomes if o.problem is None and o.candidate.render is not None]
    for outcome, found in zip(rendered, _validate(rendered, _final_text), strict=True):
        if found:
            _leave_out(outcome, found)
    return outcomes


def plain_text(record: EventRecord) -> str:
    """The file text of a record as the one serialiser writes it (raises if it cannot)."""
    return event_to_yaml(event_from_data(record, str(record.get("id"))))


def _plain_text(outcome: Outcome) -> str:
    return plain_text(outcome.record)


def _final_text(outcome: Outcome) -> str:
    render = outcome.candidate.render or plain_text
    return render(outcome.record)


def _leave_out(outcome: Outcome, problems: list[str]) -> None:
    outcome.text = None
    more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
    outcome.problem = problems[0] + more


def _validate(outcomes: Sequence[Outcome], render: Callable[[Outcome], str]) -> list[list[str]]:
    """What ``chronicle check`` says of each outcome's file as ``render`` makes it ([] if valid).

    Each text is checked by :func:`generator.store.event_from_bytes`, the per-file
    checks of the loader ``chronicle check`` runs (the file size and encoding too, not
    only the schema), in memory. Sets each valid outcome's ``text``; a text already
    checked is not checked again.
    """
    found: list[list[str]] = [[] for _ in outcomes]
    for index, outcome in enumerate(outcomes):
        try:
            text = render(outcome)
            if text == outcome.text:
                continue  # this very text passed already
            event_from_bytes(text.encode("utf-8"), f"{index}.yaml")
        except SchemaErrors as exc:
            found[index].extend(problem.message for problem in exc.problems)
            continue
        except ChronicleError as exc:
            found[index].append(exc.message)
            continue
        except UnicodeEncodeError as exc:
            bad = exc.object[exc.start : exc.end]
            found[index].append(f"text cannot be saved as UTF-8 ({exc.reason}: {bad!r})")
            continue
        outcome.text = text
    return found


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + _ELLIPSIS


def remade_title(record: EventRecord) -> str:
    """A title for ``record`` made from its own title, else its first usable quote or summary.

    Control characters and runs of whitespace become one space; the result has at
    most :data:`TITLE_WORDS` words and :data:`TITLE_CHARS` characters. Empty if
    nothing in the record holds any text.
    """
    quotes = [s.get("quote") for s in record.get("sources", []) if isinstance(s, dict)]
    for text in (record.get("title"), *quotes, record.get("summary")):
        title = _title_from(text)
        if title:
            return title
    return ""


def _title_from(text: Any) -> str:
    if not isinstance(text, str):
        return ""
    plain = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    words = plain.split()[:TITLE_WORDS]
    title = " ".join(words).strip(" ,;:—–")
    if title.endswith(".") and "." not in title.split()[-1][:-1]:
        title = title[:-1].rstrip(" ,;:—–")  # a sentence's full stop, not "U.S."
    if len(title) > TITLE_CHARS:
        cut = title[: TITLE_CHARS - 1]
        space = cut.rfind(" ")
        title = (cut[:space] if space > TITLE_CHARS // 2 else cut).rstrip(" ,;:—–") + _ELLIPSIS
    return title
