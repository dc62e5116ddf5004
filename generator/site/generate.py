"""Events and sources → the Markdown pages and files MkDocs renders.

:func:`generate_pages` is pure: it returns ``{relative path: text}``.
:func:`write_pages` puts them into the generated docs folder, touching only
files whose bytes change and removing files no longer generated, so
``mkdocs serve`` reloads only what changed.

The pages themselves live in :mod:`generator.site.timeline` (home,
chronology, upcoming: the visual timeline) and :mod:`generator.site.pages`
(event, entity, tag and source pages); :mod:`generator.site.base` holds the
escaping helpers, page paths and the one-pass :class:`~generator.site.base.SiteIndex`.

All text from articles and YAML goes through :func:`md_escape` (Markdown
context) or :func:`h` (raw HTML context): nothing from input can become
markup in the site.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.models import Event
from generator.site.base import (
    SiteIndex,
    SiteOptions,
    event_page_path,
    h,
    hero_path,
    md_escape,
    source_page_path,
    time_tag,
)
from generator.site.exports import ExportOptions, atom_feed, events_ical, events_json, timelinejs
from generator.site.incremental import content_hash
from generator.site.pages import (
    article_words,
    entities_index,
    entity_page,
    event_pages,
    source_page,
    sources_index,
    tag_page,
    tags_index,
    word_rarity,
)
from generator.site.timeline import KEY_EVENTS, chronology_page, home_page, upcoming_page
from generator.store import Source, Story, Vocabulary, load_source_texts, write_bytes_atomic

__all__ = [
    "KEY_EVENTS",
    "DocsWritten",
    "SiteOptions",
    "content_hash",
    "event_page_path",
    "generate_pages",
    "h",
    "md_escape",
    "published_events",
    "source_page_path",
    "source_words",
    "story_files",
    "time_tag",
    "write_pages",
]

log = logging.getLogger(__name__)


def generate_pages(
    events: Sequence[Event],
    sources: dict[str, Source],
    options: SiteOptions,
    vocabulary: Vocabulary | None = None,
    story: Story | None = None,
    texts: dict[str, str] | None = None,
    words: Mapping[str, dict[str, str]] | None = None,
) -> dict[str, str]:
    """Every generated file of the docs folder, by relative path.

    ``vocabulary`` (``content/entities.yaml`` and ``tags.yaml``) is optional:
    with it, aliases map to canonical entity pages, entities are grouped by
    kind and tags show their descriptions. ``story`` (``content/story.yaml``)
    gives the home page its title, lede, period, image and pinned events; ``texts``
    (article id → text as read) makes source pages searchable by their words;
    ``words``, each article's :func:`~generator.site.pages.article_words` already
    split, stands in for ``texts`` (:func:`source_words`).
    Events held back for review (:func:`published_events`) are left out of every
    page and export.
    """
    index = SiteIndex.build(published_events(events, options.min_confidence), sources, vocabulary)
    if words is None:
        words = {article: article_words(text) for article, text in (texts or {}).items()}
    index.words = dict(words)
    index.rarity = word_rarity(index.words.values())
    pages = {
        "index.md": home_page(index, options, story or Story()),
        "chronology.md": chronology_page(index),
        "upcoming.md": upcoming_page(index),
    }
    pages.update(event_pages(index, options))
    pages["entities/index.md"] = entities_index(index)
    for name, slug in index.entity_slugs.items():
        pages[f"entities/{slug}.md"] = entity_page(name, index)
    pages["tags/index.md"] = tags_index(index)
    for tag, slug in index.tag_slugs.items():
        pages[f"tags/{slug}.md"] = tag_page(tag, index)
    pages["sources/index.md"] = sources_index(index)
    for source_id in index.source_ids():
        pages[source_page_path(source_id)] = source_page(source_id, index)
    exports = ExportOptions.for_site(options.title, options.site_url, options.domain)
    pages["events.json"] = events_json(index.events, exports)
    pages["events.ics"] = events_ical(index.events, sources, exports)
    pages["feed.xml"] = atom_feed(index.events, sources, exports)
    pages["timeline.json"] = timelinejs(index.events, exports)
    return pages


def source_words(
    content_dir: Path, ids: Iterable[str], split: Mapping[str, dict[str, str]]
) -> dict[str, dict[str, str]]:
    """Each article's :func:`~generator.site.pages.article_words`, for those of ``ids`` that
    have a text (:func:`~generator.store.load_source_texts`), in the order of ``ids``.

    ``split`` holds words another process split already (what it read); the others'
    texts are read and split here.
    """
    ids = list(ids)
    texts = load_source_texts(content_dir, [a for a in ids if a not in split])
    return {
        a: split[a] if a in split else article_words(texts[a])
        for a in ids
        if a in split or a in texts
    }


def published_events(events: Sequence[Event], min_confidence: float) -> list[Event]:
    """The events a site or an export shows: all but those held back for review.

    An event is held back while its ``confidence`` is below ``min_confidence``
    and no editor has set ``reviewed: true`` (:meth:`~generator.models.Event.held_back`).
    """
    return [e for e in events if not e.held_back(min_confidence)]


def story_files(story: Story, content_dir: Path) -> dict[str, Path]:
    """Files of ``content/`` the generated pages show (the hero image), by docs path."""
    if story.hero is None or story.hero.is_url:
        return {}
    return {hero_path(story.hero): content_dir / story.hero.src}


@dataclass(frozen=True)
class DocsWritten:
    """What :func:`write_pages` did to the docs folder."""

    changed: int
    """Files written or removed (unchanged files are not touched)."""
    hashes: dict[str, str]
    """:func:`content_hash` of every file the folder now holds but hidden ones, by docs path:
    the incremental build's manifest needs them, and reading the files again cost time."""


def write_pages(
    docs_dir: Path,
    pages: dict[str, str],
    static_dirs: Sequence[Path] = (),
    copies: Mapping[str, Path] | None = None,
) -> DocsWritten:
    """Make ``docs_dir`` hold exactly ``pages``, static files and ``copies``.

    Of the ``static_dirs``, the first holding a file of a name wins. ``copies``
    are binary files (the story's image) copied by docs path. Files are written
    atomically but not synced: the folder is made again from ``content/`` on
    every build.
    """
    docs_dir.mkdir(parents=True, exist_ok=True)
    wanted: dict[str, str | bytes] = dict(pages)
    for rel, path in (copies or {}).items():
        wanted.setdefault(rel, path.read_bytes())
    for static_dir in static_dirs:
        if not static_dir.is_dir():
            continue
        for path in sorted(static_dir.rglob("*")):
            if path.is_file():
                wanted.setdefault(path.relative_to(static_dir).as_posix(), path.read_text("utf-8"))
    changed, hashes = 0, {}
    for rel, text in sorted(wanted.items()):
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        changed += write_bytes_atomic(docs_dir / rel, data, durable=False)
        hashes[rel] = content_hash(data)
    return DocsWritten(changed + _remove_others(docs_dir, wanted), hashes)


def _remove_others(docs_dir: Path, wanted: Mapping[str, object]) -> int:
    """Delete the files of ``docs_dir`` not ``wanted`` (but hidden ones) and emptied folders."""
    removed = 0
    # Deepest first (the order of sorted Paths, reversed), so emptied folders go too.
    root = os.fspath(docs_dir)
    for rel in sorted(_tree(root), key=lambda r: r.split("/"), reverse=True):
        where = os.path.join(root, rel)
        hidden = rel.rpartition("/")[2].startswith(".")
        if os.path.isfile(where) and rel not in wanted and not hidden:
            os.unlink(where)
            removed += 1
        elif os.path.isdir(where) and not os.listdir(where):
            os.rmdir(where)
    return removed


def _tree(root: str) -> list[str]:
    """Every file and folder under ``root`` as a relative POSIX path, as ``Path.rglob("*")``.

    Folders are entered, symbolic links to folders listed but not followed.
    Plain strings: pathlib objects made this walk most of an unchanged write.
    """
    found = []
    for folder, dirs, files in os.walk(root):
        prefix = os.path.relpath(folder, root).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        found += [prefix + name for name in dirs]
        found += [prefix + name for name in files]
    return found
