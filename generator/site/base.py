"""What every generated page shares: options, escaping, paths and indexes.

Nothing here touches the file system. :class:`SiteIndex` is built once per
generation (one pass over the events) so that "events of this source",
"events naming this entity" and friends are dictionary look-ups: page
generation stays linear in the number of events.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from generator.dates import PartialDate, Precision
from generator.ids import source_page_name, unique_page_slugs
from generator.models import Event
from generator.site.settings import SiteOptions as SiteOptions
from generator.store import Hero, Source, Vocabulary

_MD_SPECIAL = "`*_{}[]()>#+-.!|~<"
"""Characters with a meaning in Markdown inline context (besides the backslash)."""
ENTITY_KIND_LABELS = {
    "person": ("Person", "People"),
    "organization": ("Organisation", "Organisations"),
    "place": ("Place", "Places"),
    "other": ("Other", "Other names"),
}
"""Singular and plural labels of each gazetteer ``kind``."""


def hero_path(hero: Hero) -> str:
    """Docs-relative path of the story's image (a file under ``content/``)."""
    return f"assets/story/{hero.src}"


@lru_cache(maxsize=1 << 16)
def md_escape(text: str) -> str:
    """Escape text for Markdown inline context: no markup, no HTML, one line."""
    text = " ".join(text.split())  # the same as re.sub(r"\s+", " ", text).strip()
    # A backslash before each special character; str.replace is several times
    # faster than re.sub or str.translate here.
    text = html.escape(text, quote=False).replace("\\", "\\\\")
    for char in _MD_SPECIAL:
        if char in text:
            text = text.replace(char, "\\" + char)
    return text


_MD_INLINE = "#\\`*_[]{}|~"
"""Characters that start Markdown inline syntax."""
_HTML_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
    | {char: f"&#{ord(char)};" for char in _MD_INLINE}
)
"""Every character :func:`h` replaces, each by its reference, in one pass (never twice)."""


@lru_cache(maxsize=1 << 16)
def h(text: str) -> str:
    """Escape text for raw HTML (element content or quoted attribute).

    Python-Markdown still parses Markdown inside inline raw HTML (``<a>[x](y)</a>``
    becomes a link, even to ``javascript:``), so the characters that start
    Markdown syntax become character references too: the browser shows them
    as written.
    """
    return " ".join(text.split()).translate(_HTML_ESCAPES)


@lru_cache(maxsize=1 << 14)
def time_tag(date: PartialDate) -> str:
    """A ``<time>`` element showing the date at its precision."""
    return f'<time datetime="{h(date.iso_start())}">{h(date.human())}</time>'


def event_page_path(event: Event) -> str:
    """Docs-relative path of an event's page."""
    return f"events/{event.id}.md"


@lru_cache(maxsize=1 << 14)
def source_page_path(source_id: str) -> str:
    """Docs-relative path of a source article's page (named by :func:`source_page_name`)."""
    return f"sources/{source_page_name(source_id)}.md"


def front_matter(title: str, *hide: str, searchable: bool = True) -> list[str]:
    """Front matter giving the page title already HTML-escaped (and parts to hide).

    MkDocs puts ``page.title`` into ``<title>`` and the search index without
    escaping it, so the text must be safe HTML before it gets there. Listing
    pages (chronology, entities, tags, sources) are kept out of the search
    index: they only repeat what the event pages say, and a 10,000-event index
    must stay small enough to load (issue 7: ≤ 5 MB).
    """
    lines = ["---", f"title: {json.dumps(h(title), ensure_ascii=False)}"]
    if hide:
        lines += ["hide:", *(f"  - {part}" for part in hide)]
    if not searchable:
        lines += ["search:", "  exclude: true"]
    return [*lines, "---", ""]


def date_inferred(source: Source) -> bool:
    """True when the article states no date and ingest inferred one (it is a lower bound)."""
    evidence = (source.published_evidence or "").casefold()
    return evidence.startswith("inferred") or "; inferred" in evidence


def published_tag(source: Source) -> str:
    """When an article appeared, as a ``<time>`` ("on or after" one for an inferred date)."""
    assert source.published is not None
    after = "on or after " if date_inferred(source) else ""
    return after + time_tag(source.published)


def source_name(source_id: str, source: Source | None) -> str:
    """A readable name for a source: its title, else outlet and author, else its id."""
    if source and source.title:
        return source.title
    if source and source.outlet and source.author:
        return f"Article in {source.outlet} by {source.author}"
    if source and source.outlet:
        return f"Article in {source.outlet}"
    if source and source.author:
        return f"Article by {source.author}"
    return source_id


def chrono_key(event: Event) -> tuple[tuple[int, int, int, int, int], int, str]:
    """Chronological order; a coarser date heads its period, a decade before its first year."""
    return (event.date.sort_key(), 0 if event.date.precision == Precision.DECADE else 1, event.id)


@dataclass
class SiteIndex:
    """Look-up tables over the visible events, built once in one pass."""

    events: list[Event]
    """Visible (not rejected) events, chronological."""
    sources: dict[str, Source]
    """Source records by article id."""
    vocabulary: Vocabulary
    """Entity and tag vocabularies (possibly empty)."""
    by_source: dict[str, list[Event]] = field(default_factory=dict)
    """Events citing each article, chronological."""
    by_entity: dict[str, list[Event]] = field(default_factory=dict)
    """Events naming each canonical entity, chronological."""
    by_tag: dict[str, list[Event]] = field(default_factory=dict)
    """Events with each tag, chronological."""
    entity_slugs: dict[str, str] = field(default_factory=dict)
    """Canonical entity name → page slug."""
    tag_slugs: dict[str, str] = field(default_factory=dict)
    """Tag name → page slug."""
    canonical: dict[str, str] = field(default_factory=dict)
    """Entity alias or name → canonical name (from the gazetteer)."""
    kinds: dict[str, str] = field(default_factory=dict)
    """Canonical entity name → gazetteer ``kind``."""
    tag_descriptions: dict[str, str] = field(default_factory=dict)
    """Tag name → its description in the tag vocabulary."""
    words: dict[str, dict[str, str]] = field(default_factory=dict)
    """Article id → the searchable words of its text as read (``content/sources/<id>.txt``):
    case-folded key → the word as first written."""
    rarity: Mapping[str, int] = field(default_factory=dict)
    """In how many articles each word of their texts occurs (the rarest are indexed first)."""
    source_links: dict[str, str] = field(default_factory=dict)
    """Memo: article id → Markdown link to its page from an event page."""
    source_items: dict[str, str] = field(default_factory=dict)
    """Memo: article id → its list item in an event page's sources."""
    event_quotes: dict[int, dict[str, list[str]]] = field(default_factory=dict)
    """Memo: ``id()`` of an event → its distinct quotes by article."""

    @classmethod
    def build(
        cls, events: Sequence[Event], sources: dict[str, Source], vocabulary: Vocabulary | None
    ) -> SiteIndex:
        """Index ``events`` (rejected ones dropped) against sources and vocabularies."""
        vocab = vocabulary or Vocabulary()
        visible = sorted((e for e in events if e.status != "rejected"), key=chrono_key)
        index = cls(visible, sources, vocab)
        for entity in vocab.entities:
            for alias in entity.aliases:
                index.canonical.setdefault(alias, entity.name)
        for entity in vocab.entities:
            index.canonical[entity.name] = entity.name
            index.kinds[entity.name] = entity.kind
        index.tag_descriptions = {t.name: t.description for t in vocab.tags if t.description}
        by_source: defaultdict[str, list[Event]] = defaultdict(list)
        by_entity: defaultdict[str, list[Event]] = defaultdict(list)
        by_tag: defaultdict[str, list[Event]] = defaultdict(list)
        for event in visible:
            for article in dict.fromkeys(s.article for s in event.sources):
                by_source[article].append(event)
            for name in index.entities_of(event):
                by_entity[name].append(event)
            for tag in dict.fromkeys(event.tags):
                by_tag[tag].append(event)
        index.by_source, index.by_entity, index.by_tag = (
            dict(by_source),
            dict(by_entity),
            dict(by_tag),
        )
        index.entity_slugs = unique_page_slugs(index.by_entity, "entity")
        index.tag_slugs = unique_page_slugs(index.by_tag, "tag")
        return index

    def entities_of(self, event: Event) -> list[str]:
        """The event's entities as canonical names, without repeats, in the event's order."""
        return list(dict.fromkeys(self.canonical.get(name, name) for name in event.entities))

    def entity_kind(self, name: str) -> str:
        """The gazetteer ``kind`` of a canonical entity name (``other`` if unknown)."""
        return self.kinds.get(name, "other")

    def source_ids(self) -> list[str]:
        """Every article that is cited or has a record, sorted."""
        return sorted(set(self.by_source) | set(self.sources))
