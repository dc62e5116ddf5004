"""Loading event files: ``content/events/YYYY/<id>.yaml`` → :class:`Event`, validated.

Loading validates every file against the JSON Schema the package ships
(:data:`generator.project.EVENT_SCHEMA`) and reports each problem as
``path:line:column: message``. Writing event files is
:mod:`generator.store.serialise` (the text) and :mod:`generator.store.files`
(deterministic, atomic, only files whose bytes change).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import project
from generator.errors import ContentError
from generator.ids import EVENT_ID_SHAPE
from generator.models import EVENT_STATUSES, Event
from generator.store.files import display_path, event_files
from generator.store.journal import recover
from generator.store.problems import Problem, SchemaErrors
from generator.store.serialise import KEY_ORDER, SOURCE_KEY_ORDER, event_from_data
from generator.store.yamlread import Loaded, load_with_marks

if TYPE_CHECKING:
    import jsonschema

MAX_EVENT_FILE_BYTES = 1_000_000
"""An event file larger than this is refused (hand-edited events are a few KB)."""


@dataclass
class LoadResult:
    """Events found under a content folder, and what was wrong."""

    events: list[Event] = field(default_factory=list)
    """Every valid event, sorted by date then id."""
    problems: list[Problem] = field(default_factory=list)
    """Every problem found, in file order."""

    @property
    def errors(self) -> list[Problem]:
        """The problems that are errors (not warnings)."""
        return [p for p in self.problems if p.severity == "error"]


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The event JSON Schema shipped in the package (``generator/data/schema``).

    A project's own copy (``site_config/schema/``, what the modelines point at)
    only serves editors' tools: validation uses the schema this code matches.
    """
    schema: dict[str, Any] = json.loads(project.EVENT_SCHEMA.read_text("utf-8"))
    return schema


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft7Validator:
    # Imported here: most files pass _plainly_valid, and the import took 0.1 s of every build.
    import jsonschema

    return jsonschema.Draft7Validator(load_schema())


def load_events(content_dir: Path, load_file: Callable[[Path], Event] | None = None) -> LoadResult:
    """Load and validate every event file; gather all problems, never stop at the first.

    A journal left by a killed ingest is rolled back first (see
    :func:`generator.store.journal.transaction`).
    ``load_file`` reads one file (default :func:`load_event_file`; the content
    cache passes one that skips unchanged files) and raises as that does.
    """
    recover(content_dir)
    load = load_file or load_event_file
    result = LoadResult()
    by_id: dict[str, Event] = {}
    for path in event_files(content_dir):
        try:
            event = load(path)
        except SchemaErrors as exc:
            result.problems.extend(exc.problems)
            continue
        except ContentError as exc:
            result.problems.append(Problem.from_error(exc))
            continue
        if event.id in by_id:
            first = by_id[event.id]
            result.problems.append(
                Problem(
                    display_path(path),
                    _key_line(path, "id") or 1,
                    1,
                    f"duplicate id {event.id!r}: also used by {first.path}",
                )
            )
            continue
        by_id[event.id] = event
        result.events.append(event)
    result.events.sort(key=lambda e: (e.date.sort_key(), e.id))
    return result


def load_event_file(path: Path) -> Event:
    """Read and validate one event file."""
    name = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError(f"cannot read file: {exc.strerror}", name) from None
    return event_from_bytes(raw, name)


def decode_content_file(raw: bytes, name: str, limit: int, what: str) -> str:
    """The text of a hand-edited YAML file's bytes: size, encoding and binary checks.

    ``what`` names the kind of file in the size message ("event files").
    """
    if len(raw) > limit:
        raise ContentError(f"file is {len(raw)} bytes; {what} are limited to {limit}", name)
    wide = _wide_encoding(raw)
    if wide:
        raise ContentError(f"file is {wide}; save it as UTF-8", name)
    if b"\x00" in raw:
        raise ContentError("file is binary (contains NUL bytes); expected UTF-8 YAML", name)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(
            f"not valid UTF-8 (byte {raw[exc.start]:#04x}); save the file as UTF-8", name, line
        ) from None


def event_from_bytes(raw: bytes, name: str) -> Event:
    """Validate the bytes of an event file (size, encoding, YAML, schema) and build it.

    The checks :func:`load_event_file` applies to one file, without reading it: ingest
    runs them on a file before writing it. Raises :class:`ContentError` or
    :class:`SchemaErrors` naming ``name``.
    """
    text = decode_content_file(raw, name, MAX_EVENT_FILE_BYTES, "event files")
    return parse_event(text, name)


_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),  # before UTF-16's: it starts the same
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _wide_encoding(raw: bytes) -> str | None:
    """``"UTF-16"`` or ``"UTF-32"`` if ``raw`` is text in one of them, else None.

    Editors on Windows save "Unicode" text as UTF-16, with a byte order mark or
    without one; either way every other byte of plain text is NUL, which would
    otherwise make the file look binary. Without a mark, the bytes must decode
    to printable text that is mostly ASCII (keys like ``id:`` and ``date:`` are).
    """
    for bom, encoding in _WIDE_BOMS:
        if raw.startswith(bom):
            return encoding
    if b"\x00" not in raw:
        return None
    for encoding, family in (
        ("utf-32-le", "UTF-32"),
        ("utf-32-be", "UTF-32"),
        ("utf-16-le", "UTF-16"),
        ("utf-16-be", "UTF-16"),
    ):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        printable = all(c.isprintable() or c in "\t\r\n" for c in text)
        if printable and 2 * sum(c.isascii() for c in text) > len(text):
            return family
    return None


def parse_event(text: str, name: str) -> Event:
    """Validate YAML text against the event schema and build the :class:`Event`."""
    loaded = load_with_marks(text, name)
    data = loaded.data
    if not isinstance(data, dict):
        line, col = loaded.where(())
        raise ContentError(
            "an event file must be a mapping of keys (id, title, date, ...), "
            f"got {type(data).__name__}",
            name,
            line,
            col,
        )
    _validate_schema(data, loaded, name)
    return event_from_data(data, name, loaded)


_EDTF_SHAPE = re.compile(r"(\d{3}X|\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?)~?")
_SOURCE_KEYS = frozenset(SOURCE_KEY_ORDER)


def _plainly_valid(data: dict[str, Any]) -> bool:
    """A fast check that accepts only events the JSON Schema accepts.

    jsonschema took ~2.5 ms per file (most of a 10,000-event build). Files that
    pass this check are valid by construction; anything else goes to jsonschema,
    which also writes the error messages. A property test keeps the two in step.
    """

    def text(value: Any, min_length: int = 0) -> bool:
        return isinstance(value, str) and len(value) >= min_length

    def names(value: Any) -> bool:
        return (
            isinstance(value, list)
            and all(text(v, 1) for v in value)
            and len(set(value)) == len(value)
        )

    if not set(data) <= set(KEY_ORDER) or not {"id", "title", "date"} <= set(data):
        return False
    if not (text(data["id"]) and EVENT_ID_SHAPE.fullmatch(data["id"])):
        return False
    if not (text(data["title"], 1) and len(data["title"]) <= 300):
        return False
    for key in ("date", "end"):
        if key in data and not (text(data[key]) and _EDTF_SHAPE.fullmatch(data[key])):
            return False
    checks: dict[str, Callable[[Any], bool]] = {
        "status": lambda v: v in EVENT_STATUSES,
        "summary": text,
        "importance": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0,
        "confidence": lambda v: (
            isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1
        ),
        "reviewed": lambda v: isinstance(v, bool),
        "entities": names,
        "tags": names,
        "conflicts": lambda v: isinstance(v, list) and all(text(x) for x in v),
        "sources": lambda v: (
            isinstance(v, list)
            and all(
                isinstance(s, dict)
                and set(s) <= _SOURCE_KEYS
                and text(s.get("article"), 1)
                and text(s.get("quote"), 1)
                and all(text(x) for x in s.values())
                for s in v
            )
        ),
    }
    return all(check(data[key]) for key, check in checks.items() if key in data)


def _validate_schema(data: dict[str, Any], loaded: Loaded, name: str) -> None:
    """Raise :class:`SchemaErrors` listing every schema violation, in file order."""
    if _plainly_valid(data):
        return
    errors = list(_validator().iter_errors(data))
    misspelled = {
        (tuple(e.absolute_path), close)
        for e in errors
        if e.validator == "additionalProperties" and isinstance(e.instance, dict)
        for key in e.instance
        if key not in e.schema.get("properties", {})
        for close in difflib.get_close_matches(key, list(e.schema.get("properties", {})), n=1)
    }
    problems: list[tuple[tuple[int, int], str]] = []
    for error in errors:
        path = tuple(error.absolute_path)
        if error.validator == "required" and any(
            (path, name) in misspelled for name in _missing_keys(error)
        ):
            continue  # the "did you mean" hint of the misspelled key says it already
        for where, message in _describe_schema_errors(error, path):
            problems.append((loaded.where(where), message))
    if not problems:
        return
    problems.sort()
    raise SchemaErrors(
        [Problem(name, line, column, message) for (line, column), message in problems]
    )


def _missing_keys(error: jsonschema.ValidationError) -> list[str]:
    if not isinstance(error.instance, dict) or not isinstance(error.validator_value, list):
        return []
    return [k for k in error.validator_value if k not in error.instance]


def _describe_schema_errors(
    error: jsonschema.ValidationError, path: tuple[Any, ...]
) -> list[tuple[tuple[Any, ...], str]]:
    """One (position, message) per problem; an unknown key each gets its own."""
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = list(error.schema.get("properties", {}))
        extra = sorted(k for k in error.instance if k not in allowed)
        where = "" if not path else f" in {'.'.join(str(p) for p in path)}"
        described = []
        for key in extra:
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            described.append(
                (
                    (*path, key),
                    f"unknown key {key!r}{hint}{where}; allowed keys: {', '.join(allowed)}",
                )
            )
        if described:
            return described
    return [(path, _describe_schema_error(error, path))]


def _describe_schema_error(error: jsonschema.ValidationError, path: tuple[Any, ...]) -> str:
    field_name = ".".join(str(p) for p in path) or "event"
    if error.validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - set(allowed))
        hints = []
        for key in extra:
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            hints.append(f"unknown key {key!r}{hint}")
        where = "" if not path else f" in {field_name}"
        return "; ".join(hints) + f"{where}; allowed keys: {', '.join(allowed)}"
    if error.validator == "required":
        return f"{field_name}: {error.message}"
    if error.validator == "pattern" and path and path[-1] in ("date", "end"):
        return (
            f"{field_name}: {error.instance!r} is not an EDTF date; expected e.g. 2026-02-03, "
            "2025-10, 2015, 199X (decade) or 2026-01~ (approximate)"
        )
    if error.validator in ("minimum", "maximum") and path == ("confidence",):
        return f"confidence: {error.instance!r} is not between 0 and 1"
    if error.validator == "pattern" and path == ("id",):
        return (
            f"id: {error.instance!r} is not a valid id; use lowercase letters, digits and hyphens"
        )
    plain = _plain_words(error, path)
    return f"{field_name}: {plain or error.message}"


_KINDS = {
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "array": "a list",
    "object": "keys with values",
    "boolean": "true or false",
}
"""JSON Schema types in the words of the Editing guide."""


def _plain_words(error: jsonschema.ValidationError, path: tuple[Any, ...]) -> str:
    """What jsonschema says about an empty or mistyped value, in plain words ('' if nothing).

    An empty value (``title:`` with nothing after it) is None in YAML:
    "None is not of type 'string'" becomes "must not be empty". A number
    where text belongs (``date: 2026``) is the usual slip of an unquoted
    year, so the message shows the quoted spelling.
    """
    value = error.instance
    if value is None or (error.validator == "minLength" and value == ""):
        required = bool(path) and path[-1] in _parent_schema(path).get("required", [])
        return "must not be empty" + ("" if required else "; give it a value or delete the line")
    if error.validator == "maxLength" and isinstance(value, str):
        return f"{len(value)} characters is too long; at most {error.validator_value}"
    if error.validator != "type":
        return ""
    wanted = error.validator_value
    if wanted == "string" and isinstance(value, int) and not isinstance(value, bool):
        return f"{value} is a number; quote it: '{value}'"
    if wanted == "string" and isinstance(value, bool):  # yes, no, on, off, true, false
        return "read as true or false, not text; put the value in quotes"
    if wanted == "string" and isinstance(value, float):
        return f"{value!r} is read as a number, not text; put the value in quotes"
    expected = _KINDS.get(wanted, str(wanted)) if isinstance(wanted, str) else "another type"
    return f"expected {expected}, got {_kind_of(value)}"


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, list):
        return "a list"
    return "keys with values"


def _parent_schema(path: tuple[Any, ...]) -> dict[str, Any]:
    """The part of the event schema that describes what holds ``path`` (its last step)."""
    schema = load_schema()
    for step in path[:-1]:
        key = "items" if isinstance(step, int) else "properties"
        child = schema.get(key, {})
        schema = child if isinstance(step, int) else child.get(step, {})
    return schema


def _key_line(path: Path, key: str) -> int | None:
    """The line of the top-level ``key:`` in a file, if found."""
    try:
        lines = path.read_text("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for number, line in enumerate(lines, 1):
        if line.startswith(f"{key}:"):
            return number
    return None
