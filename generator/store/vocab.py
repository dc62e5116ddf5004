"""Hand-editable vocabularies: ``content/entities.yaml`` and ``content/tags.yaml``.

entities.yaml — the gazetteer, a list of::

    - name: Ana Ruiz             # canonical name, used in event files
      kind: person              # person | organization | place | other
      aliases: [Ruiz, Chilean President Ana Ruiz]

tags.yaml — the tag vocabulary, a list of::

    - name: planning
      description: Permits, plans and council votes.
      keywords: [permit, planning, council vote, tender]

Ingest appends suggestions to the gazetteer; an editor's entries are never
removed or changed by a program.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import ContentError
from generator.store.files import display_path
from generator.store.yamlread import Loaded, load_with_marks

ENTITY_KINDS = ("person", "organization", "place", "other")
"""Allowed ``kind`` values of a gazetteer entry."""
ENTITIES_FILE = "entities.yaml"
"""The gazetteer's file name under ``content/``."""
TAGS_FILE = "tags.yaml"
"""The tag vocabulary's file name under ``content/``."""


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place the timeline names."""

    name: str
    """Canonical name, as event files use it."""
    kind: str = "other"
    """``person``, ``organization``, ``place`` or ``other``."""
    aliases: tuple[str, ...] = ()
    """Other ways articles write the name ("Ruiz")."""
    suggested: bool = False
    """True for an entry ingest added that no editor has confirmed yet."""


@dataclass(frozen=True)
class Tag:
    """A topic from the tag vocabulary."""

    name: str
    """The tag as event files use it."""
    description: str = ""
    """What the tag covers."""
    keywords: tuple[str, ...] = ()
    """Words or phrases that suggest the tag in a sentence."""


@dataclass
class Vocabulary:
    """Both vocabularies of a content folder."""

    entities: list[Entity] = field(default_factory=list)
    """The gazetteer, in file order."""
    tags: list[Tag] = field(default_factory=list)
    """The tag vocabulary, in file order."""

    def entity_names(self) -> set[str]:
        """Every canonical entity name."""
        return {e.name for e in self.entities}

    def tag_names(self) -> set[str]:
        """Every tag name."""
        return {t.name for t in self.tags}


def load_vocabulary(content_dir: Path) -> Vocabulary:
    """Load ``entities.yaml`` and ``tags.yaml`` (each optional)."""
    return Vocabulary(
        entities=_load_list(content_dir / ENTITIES_FILE, _entity),
        tags=_load_list(content_dir / TAGS_FILE, _tag),
    )


def _load_list(path: Path, make: Any) -> list[Any]:
    if not path.exists():
        return []
    name = display_path(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(f"cannot read vocabulary: {exc}", name) from None
    loaded = load_with_marks(text, name)
    if loaded.data is None:
        return []
    if not isinstance(loaded.data, list):
        line, col = loaded.where(())
        raise ContentError("expected a list of entries (- name: ...)", name, line, col)
    return [make(item, loaded, (index,), name) for index, item in enumerate(loaded.data)]


def _fail(loaded: Loaded, where: tuple[Any, ...], name: str, message: str) -> ContentError:
    line, col = loaded.where(where)
    return ContentError(message, name, line, col)


def _strings(value: Any, loaded: Loaded, where: tuple[Any, ...], name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(loaded, where, name, f"expected a list of names, got {value!r}")
    return tuple(value)


def _entity(item: Any, loaded: Loaded, where: tuple[Any, ...], name: str) -> Entity:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"]:
        raise _fail(loaded, where, name, "each entity needs a 'name'")
    unknown = set(item) - {"name", "kind", "aliases", "suggested"}
    if unknown:
        key = sorted(unknown)[0]
        raise _fail(
            loaded, (*where, key), name, f"unknown key {key!r}; allowed: name, kind, aliases"
        )
    kind = item.get("kind", "other")
    if kind not in ENTITY_KINDS:
        raise _fail(
            loaded, (*where, "kind"), name, f"kind {kind!r} is not one of {', '.join(ENTITY_KINDS)}"
        )
    return Entity(
        name=item["name"],
        kind=kind,
        aliases=_strings(item.get("aliases"), loaded, (*where, "aliases"), name),
        suggested=bool(item.get("suggested", False)),
    )


def _tag(item: Any, loaded: Loaded, where: tuple[Any, ...], name: str) -> Tag:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"]:
        raise _fail(loaded, where, name, "each tag needs a 'name'")
    unknown = set(item) - {"name", "description", "keywords"}
    if unknown:
        key = sorted(unknown)[0]
        raise _fail(
            loaded,
            (*where, key),
            name,
            f"unknown key {key!r}; allowed: name, description, keywords",
        )
    return Tag(
        name=item["name"],
        description=str(item.get("description", "")),
        keywords=_strings(item.get("keywords"), loaded, (*where, "keywords"), name),
    )
