"""``chronicle check``: validate everything under ``content/``.

:func:`check_content` gathers every problem of the event files, the source
records and the vocabularies, and those that need the whole collection
(sources naming unknown articles, article files gone, entities and tags
missing from their vocabulary). The build runs it first and refuses to go on
when it finds an error.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import ChronicleError
from generator.models import Event
from generator.store.cache import Preloaded, load_events_cached, load_sources_cached
from generator.store.events import LoadResult
from generator.store.journal import recover
from generator.store.problems import Problem
from generator.store.sources import Source
from generator.store.story import Story, check_key_events, load_story
from generator.store.vocab import ENTITIES_FILE, TAGS_FILE, Vocabulary, load_vocabulary
from generator.store.yamlread import Loaded, load_with_marks


@dataclass
class CheckResult:
    """Everything ``chronicle check`` finds."""

    load: LoadResult
    """Events loaded and problems found in them."""
    problems: list[Problem] = field(default_factory=list)
    """All problems: event files, source records and cross references."""
    sources: dict[str, Source] = field(default_factory=dict)
    """Source records loaded without a problem, by article id."""
    vocabulary: Vocabulary | None = None
    """The entity and tag vocabularies, None if they could not be loaded."""
    story: Story = field(default_factory=Story)
    """``content/story.yaml`` (empty when absent or when it has a problem)."""

    @property
    def errors(self) -> list[Problem]:
        """Problems that fail the check."""
        return [p for p in self.problems if p.severity == "error"]


def check_content(content_dir: Path, preloaded: Preloaded | None = None) -> CheckResult:
    """Validate every event and source file under ``content_dir``.

    Errors: YAML syntax, the schema (every violation), dates, duplicate ids,
    sources naming articles that do not exist, a ``story.yaml`` that breaks its
    schema or pins an event that does not exist. Warnings: entities and tags
    missing from ``entities.yaml``/``tags.yaml`` (only when those files exist).

    Event files and source records whose ``stat`` did not change since the
    last run come from :mod:`generator.store.cache` (parsed and validated then);
    ``preloaded`` are event files another process reads meanwhile
    (:func:`~generator.store.cache.preload_events`), so the source records come first.
    """
    recover(content_dir)  # a killed ingest's journal, before anything is read
    sources, source_problems = load_sources_cached(content_dir)
    load = load_events_cached(content_dir, preloaded)
    problems = list(load.problems) + source_problems
    known = set(sources) if (content_dir / "sources").is_dir() else None
    problems += check_references(load.events, known)
    vocabulary: Vocabulary | None = None
    try:
        vocabulary = load_vocabulary(content_dir)
    except ChronicleError as exc:
        problems.append(Problem.from_error(exc))
    else:
        problems += _vocabulary_problems(load.events, content_dir, vocabulary)
    problems += check_article_files(load.events, sources, content_dir)
    story, story_problems = load_story(content_dir)
    problems += story_problems
    problems += check_key_events(story, {e.id for e in load.events})
    return CheckResult(load, problems, sources, vocabulary, story)


def check_references(events: Sequence[Event], article_ids: set[str] | None) -> list[Problem]:
    """Problems that need the whole collection: sources naming unknown articles."""
    problems: list[Problem] = []
    if article_ids is None:
        return problems
    for event in events:
        missing = [i for i, s in enumerate(event.sources) if s.article not in article_ids]
        if not missing:
            continue
        document = _read_document(event.path)  # once per file, only for files with a problem
        for index in missing:
            line, column = _value_position(document, ("sources", index, "article"))
            problems.append(
                Problem(
                    event.path or event.id,
                    line,
                    column,
                    f"sources[{index}].article: no article with id "
                    f"{event.sources[index].article!r} in the articles folder",
                )
            )
    return problems


def check_article_files(
    events: Sequence[Event], sources: dict[str, Source], content_dir: Path
) -> list[Problem]:
    """Warnings for source records whose article file is gone (deleted after ingest).

    A warning, not an error: the record and the event files hold everything
    the site shows (title, date, quotes), so the site still builds. One
    warning per missing file (a corpus holds many articles), naming the
    record and an event file that cites it.
    """
    root = content_dir.resolve().parent
    citing: dict[str, list[Event]] = {}
    for event in events:
        for ref in event.sources:
            citing.setdefault(ref.article, []).append(event)
    missing: dict[str, list[Source]] = {}
    for source in sorted(sources.values(), key=lambda s: s.id):
        if not source.path:
            continue
        where = Path(source.path)
        if not (where if where.is_absolute() else root / where).exists():
            missing.setdefault(source.path, []).append(source)
    problems = []
    for path, records in missing.items():
        first = records[0]
        cites = [e for r in records for e in citing.get(r.id, [])]
        more = f" and {len(records) - 1} more article(s) of that file" if len(records) > 1 else ""
        if cites:
            cited = f"; {len(cites)} event(s) cite it, e.g. {cites[0].path or cites[0].id}"
        else:
            cited = "; no event cites it"
        problems.append(
            Problem(
                first.record or first.id,
                1,
                1,
                f"article file {path} of article {first.id!r}{more} no longer exists{cited}. "
                "The site keeps what was read from it; restore the file, or delete the "
                "record and edit those events",
                severity="warning",
            )
        )
    return problems


def check_vocabulary(events: Sequence[Event], content_dir: Path) -> list[Problem]:
    """Warnings for entities and tags that their vocabulary file does not list."""
    try:
        vocabulary = load_vocabulary(content_dir)
    except ChronicleError as exc:
        return [Problem.from_error(exc)]
    return _vocabulary_problems(events, content_dir, vocabulary)


def _vocabulary_problems(
    events: Sequence[Event], content_dir: Path, vocabulary: Vocabulary
) -> list[Problem]:
    checks: list[tuple[str, str, dict[str, str]]] = []
    if (content_dir / ENTITIES_FILE).exists():
        names = {e.name: e.name for e in vocabulary.entities}
        aliases = {a: e.name for e in vocabulary.entities for a in e.aliases}
        checks.append(("entities", ENTITIES_FILE, {**aliases, **names}))
    if (content_dir / TAGS_FILE).exists():
        checks.append(("tags", TAGS_FILE, {t.name: t.name for t in vocabulary.tags}))
    problems: list[Problem] = []
    for event in events:
        for key, file_name, known in checks:
            canonical = set(known.values())
            for index, value in enumerate(getattr(event, key)):
                if value in canonical:
                    continue
                suggestion = known.get(value) or next(
                    iter(difflib.get_close_matches(value, sorted(canonical), n=1)), None
                )
                hint = f" (did you mean {suggestion!r}?)" if suggestion else ""
                line, column = _position(event.path, (key, index))
                problems.append(
                    Problem(
                        event.path or event.id,
                        line,
                        column,
                        f"{key}[{index}]: {value!r} is not in {file_name}{hint}; "
                        f"add it there or fix the name",
                        severity="warning",
                    )
                )
    return problems


def _position(path: str | None, where: tuple[str | int, ...]) -> tuple[int | None, int | None]:
    if not path:
        return None, None
    try:
        return load_with_marks(Path(path).read_text("utf-8-sig"), path).where(where)
    except (OSError, UnicodeDecodeError, ChronicleError):
        return None, None


_KEY_AND_COLON = re.compile(r"[\w-]+\s*:[ \t]*")


def _read_document(path: str | None) -> tuple[list[str], Loaded] | None:
    """An event file's lines and parsed document, or None if it cannot be read now."""
    if not path:
        return None
    try:
        text = Path(path).read_text("utf-8-sig")
        return text.splitlines(), load_with_marks(text, path)
    except (OSError, UnicodeDecodeError, ChronicleError):
        return None


def _value_position(
    document: tuple[list[str], Loaded] | None, where: tuple[str | int, ...]
) -> tuple[int | None, int | None]:
    """Where the value of the key at ``where`` starts (the key's position if not on its line)."""
    if document is None:
        return None, None
    lines, loaded = document
    line, column = loaded.where(where)
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    found = _KEY_AND_COLON.match(text, column - 1)
    if found is None or found.end() == len(text.rstrip()):
        return line, column
    return line, found.end() + 1
