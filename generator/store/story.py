"""``content/story.yaml``: the story as the home page tells it.

An editor writes it (``chronicle init`` starts one): the story's title, a
standfirst of two or three sentences, the period covered, an optional hero
image and the key events to pin. It is validated by the JSON Schema the package
ships (:data:`generator.project.STORY_SCHEMA`), every problem naming its line.
``chronicle ingest`` fills the title and a draft standfirst only while they are
empty (:func:`fill_story`), never touching a word an editor wrote.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from generator import project
from generator.dates import PartialDate
from generator.errors import ChronicleError, ContentError
from generator.store.events import _describe_schema_errors, decode_content_file
from generator.store.files import display_path, write_text_atomic
from generator.store.problems import Problem
from generator.store.yamlread import Loaded, load_with_marks

if TYPE_CHECKING:
    import jsonschema

STORY_FILE = "story.yaml"
"""The story's file, in the content folder."""
MAX_STORY_BYTES = 100_000
"""A story file is a few lines; anything larger is refused."""
HERO_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"})
"""Image files a hero may be (no SVG: it can carry script)."""


@dataclass(frozen=True)
class Hero:
    """The image at the top of the home page."""

    src: str
    """A path under ``content/`` or an ``https://`` address."""
    alt: str
    """What the image shows."""
    credit: str = ""
    """Who made it."""

    @property
    def is_url(self) -> bool:
        """True when ``src`` is an address, not a file of the project."""
        return self.src.startswith("https://")


@dataclass(frozen=True)
class Story:
    """The contents of ``content/story.yaml`` (every field optional)."""

    title: str = ""
    """The story's name; empty: the site's name."""
    standfirst: str = ""
    """The home page's lede, plain text; paragraphs separated by a blank line."""
    start: PartialDate | None = None
    """First date of the period covered; None: the first event's."""
    end: PartialDate | None = None
    """Last date of the period covered; None: the last event's."""
    hero: Hero | None = None
    """The image at the top of the home page."""
    key_events: tuple[str, ...] = ()
    """Ids of the events the editor pinned on the home page, in file order."""
    path: str | None = None
    """The file it came from (for problems), None when there is none."""

    def paragraphs(self) -> list[str]:
        """The standfirst's paragraphs, each on one line.

        In a folded block (``standfirst: >-``) or a quoted string YAML turns a blank
        line into one line break, and joins the other lines: each break left is a
        paragraph's end. In a literal block (``|``) a blank line ends a paragraph.
        """
        text = self.standfirst.strip()
        parts = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
        return [" ".join(p.split()) for p in parts if p.strip()]


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft7Validator:
    import jsonschema  # only for a story _plainly_valid does not accept (0.1 s to import)

    schema = json.loads(project.STORY_SCHEMA.read_text("utf-8"))
    return jsonschema.Draft7Validator(schema)


_STORY_DATE = re.compile(r"(\d{3}X|\d{4}(-\d{2}(-\d{2})?)?)~?")
_STORY_EVENT_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,119}")


def _plainly_valid(data: dict[str, Any]) -> bool:
    """A fast check that accepts only stories the JSON Schema accepts.

    Anything else goes to jsonschema, which also words the problems; a property
    test keeps the two in step. (Patterns are matched whole: the schema's ``$``
    also lets a final newline through, which this check leaves to jsonschema.)
    """

    def text(value: Any, least: int, most: int) -> bool:
        return isinstance(value, str) and least <= len(value) <= most

    def fields(value: Any, allowed: set[str]) -> bool:
        return isinstance(value, dict) and set(value) <= allowed

    if not fields(data, {"title", "standfirst", "period", "hero", "key_events"}):
        return False
    if "title" in data and not text(data["title"], 0, 200):
        return False
    if "standfirst" in data and not text(data["standfirst"], 0, 2000):
        return False
    period = data.get("period", {})
    if not fields(period, {"start", "end"}) or not all(
        isinstance(v, str) and _STORY_DATE.fullmatch(v) for v in period.values()
    ):
        return False
    if "hero" in data:
        hero = data["hero"]
        if not fields(hero, {"src", "alt", "credit"}) or not {"src", "alt"} <= set(hero):
            return False
        if not (text(hero["src"], 1, 500) and text(hero["alt"], 1, 300)):
            return False
        if "credit" in hero and not text(hero["credit"], 0, 200):
            return False
    events = data.get("key_events", [])
    return (
        isinstance(events, list)
        and len(events) <= 20
        and all(isinstance(e, str) and _STORY_EVENT_ID.fullmatch(e) for e in events)
        and len(set(events)) == len(events)
    )


def load_story(content_dir: Path) -> tuple[Story, list[Problem]]:
    """The story of ``content_dir`` and the problems of its file (an empty story if none).

    With any problem the story returned is empty: the site then falls back to
    the site's name, as if there were no file.
    """
    path = content_dir / STORY_FILE
    if not path.exists():
        return Story(), []
    name = display_path(path)
    try:
        return _read_story(path, name, content_dir), []
    except ContentError as exc:
        problems = getattr(exc, "problems", None)
        return Story(), list(problems) if problems else [Problem.from_error(exc)]


def _read_story(path: Path, name: str, content_dir: Path) -> Story:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError(f"cannot read file: {exc.strerror}", name) from None
    text = decode_content_file(raw, name, MAX_STORY_BYTES, "story files")
    loaded = load_with_marks(text, name)
    data = loaded.data if loaded.data is not None else {}
    if not isinstance(data, dict):
        raise ContentError(
            f"expected a mapping (title: ..., standfirst: ...), got {type(data).__name__}",
            name,
            1,
            1,
        )
    problems = _schema_problems(data, loaded, name)
    problems += _date_problems(data, loaded, name)
    hero = data.get("hero")
    if isinstance(hero, dict) and isinstance(hero.get("src"), str):
        problems += _hero_problems(hero["src"], loaded, name, content_dir)
    if problems:
        error = ContentError(problems[0].message, name, problems[0].line, problems[0].column)
        error.problems = problems  # type: ignore[attr-defined]
        raise error
    period = data.get("period") or {}
    return Story(
        title=" ".join(str(data.get("title") or "").split()),
        standfirst=str(data.get("standfirst") or ""),
        start=PartialDate.parse(period["start"]) if period.get("start") else None,
        end=PartialDate.parse(period["end"]) if period.get("end") else None,
        hero=Hero(hero["src"], hero["alt"], hero.get("credit", "")) if hero else None,
        key_events=tuple(data.get("key_events") or ()),
        path=name,
    )


def _schema_problems(data: dict[str, Any], loaded: Loaded, name: str) -> list[Problem]:
    found: list[Problem] = []
    if _plainly_valid(data):
        return found
    for error in _validator().iter_errors(data):
        path = tuple(error.absolute_path)
        for where, message in _describe_schema_errors(error, path):
            if error.validator == "pattern" and where[:1] == ("period",):
                message = (
                    f"{'.'.join(map(str, where))}: {error.instance!r} is not an EDTF date; "
                    "expected e.g. 2026-02-03, 2025-10, 2015 or 199X (decade)"
                )
            elif error.validator == "pattern" and where[:1] == ("key_events",):
                message = (
                    f"key_events[{where[1]}]: {error.instance!r} is not an event id; "
                    "copy the id: line of the event file"
                )
            line, column = loaded.where(where)
            found.append(Problem(name, line, column, message.replace("event:", "story:")))
    return sorted(found, key=lambda p: (p.line or 0, p.column or 0))


def _date_problems(data: dict[str, Any], loaded: Loaded, name: str) -> list[Problem]:
    period = data.get("period")
    if not isinstance(period, dict):
        return []
    dates = {}
    for key in ("start", "end"):
        value = period.get(key)
        if isinstance(value, str):
            try:
                dates[key] = PartialDate.parse(value)
            except ChronicleError as exc:
                line, column = loaded.where(("period", key))
                return [Problem(name, line, column, f"period.{key}: {exc.message}")]
    if len(dates) == 2 and dates["end"].sort_key() < dates["start"].sort_key():
        line, column = loaded.where(("period", "end"))
        return [
            Problem(
                name,
                line,
                column,
                f"period.end: {period['end']!r} is before period.start {period['start']!r}",
            )
        ]
    return []


def _hero_problems(src: str, loaded: Loaded, name: str, content_dir: Path) -> list[Problem]:
    line, column = loaded.where(("hero", "src"))

    def problem(message: str) -> list[Problem]:
        return [Problem(name, line, column, f"hero.src: {src!r} {message}")]

    if src.startswith("https://"):
        return []
    if "://" in src or src.startswith(("//", "data:", "javascript:")):
        return problem("is not a file under content/ or an https:// address")
    relative = PurePosixPath(src)
    if relative.is_absolute() or ".." in relative.parts or "\\" in src:
        return problem("must be a path inside content/ (no '..', not absolute)")
    if relative.suffix.lower() not in HERO_SUFFIXES:
        return problem(f"is not an image; expected one of {', '.join(sorted(HERO_SUFFIXES))}")
    if not (content_dir / relative).is_file():
        return problem(f"does not exist (looked for {display_path(content_dir / relative)})")
    return []


def check_key_events(story: Story, event_ids: set[str]) -> list[Problem]:
    """Problems of pinned ids that name no event (needs the whole collection)."""
    if not story.key_events or story.path is None:
        return []
    missing = [i for i, key in enumerate(story.key_events) if key not in event_ids]
    if not missing:
        return []
    path = Path(story.path)
    loaded = load_with_marks(path.read_text("utf-8-sig"), story.path) if path.is_file() else None
    problems = []
    for index in missing:
        line, column = loaded.where(("key_events", index)) if loaded else (None, None)
        problems.append(
            Problem(
                story.path,
                line,
                column,
                f"key_events[{index}]: no event with id {story.key_events[index]!r}",
            )
        )
    return problems


_EMPTY_FIELD = r"^{key}:[ \t]*(?:''|\"\"|~|null)?[ \t]*(?:#.*)?$"
"""A top-level key with an empty value (``standfirst: ''``), on its own line."""


def fill_story(content_dir: Path, title: str, standfirst: str) -> list[str]:
    """Give ``story.yaml`` a title and a standfirst where it has none; the fields filled.

    Only a field that is missing or empty is written: an editor's words are never
    replaced. The file's other lines and comments stay as they are. With no file,
    one is written. A file with problems is left alone (``chronicle check`` names them).
    """
    path = content_dir / STORY_FILE
    story, problems = load_story(content_dir)
    if problems:
        return []
    wanted = {"title": title, "standfirst": standfirst}
    wanted = {k: v for k, v in wanted.items() if v.strip() and not getattr(story, k).strip()}
    if not wanted:
        return []
    text = path.read_text("utf-8-sig") if path.exists() else _new_story_text()
    for key, value in wanted.items():
        block = _yaml_field(key, value)
        found = re.search(_EMPTY_FIELD.format(key=key), text, re.M)
        if found:
            start, end = found.span()
            text = text[:start] + block.rstrip("\n") + text[end:]
        else:
            text = text + ("" if text.endswith("\n") or not text else "\n") + block
    write_text_atomic(path, text)
    return list(wanted)


def _new_story_text() -> str:
    template = (project.TEMPLATE_DIR / STORY_FILE).read_text("utf-8")
    return template.replace("title: ${title}\n", "title: ''\n")


def _yaml_field(key: str, value: str) -> str:
    """``key: value`` as YAML: one line, or a folded block for a long paragraph."""
    value = " ".join(value.split())
    if len(value) <= 70:
        return f"{key}: {json.dumps(value, ensure_ascii=False)}\n"
    lines, line = [], ""
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > 86:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)  # a folded block takes any character; no line starts with a space
    return f"{key}: >-\n" + "".join(f"  {text}\n" for text in lines)
