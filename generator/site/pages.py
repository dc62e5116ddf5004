"""Pages about one thing: an event, an entity, a tag, a source article (and their indexes)."""

from __future__ import annotations

import html
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from generator.dates import PartialDate, Precision
from generator.errors import ChronicleError
from generator.models import Event, SourceRef
from generator.site.base import (
    ENTITY_KIND_LABELS,
    SiteIndex,
    SiteOptions,
    date_inferred,
    event_page_path,
    front_matter,
    h,
    md_escape,
    published_tag,
    source_name,
    source_page_path,
    time_tag,
)
from generator.site.search import SearchWords
from generator.site.timeline import grouped, plural, span_text, status_badge, when
from generator.site.voice import own_summary
from generator.store import Source

PRECISION_WORDS = {
    Precision.DECADE: "Known only to the decade",
    Precision.YEAR: "Known only to the year",
    Precision.MONTH: "Known only to the month",
    Precision.DAY: "Known to the day",
    Precision.TIME: "Known to the minute",
}
"""How the event page describes a date's precision."""


def entity_page_path(index: SiteIndex, name: str) -> str:
    """Docs-relative path of an entity's page."""
    return f"entities/{index.entity_slugs[name]}.md"


def tag_page_path(index: SiteIndex, tag: str) -> str:
    """Docs-relative path of a tag's page."""
    return f"tags/{index.tag_slugs[tag]}.md"


def _event_link(event: Event, prefix: str) -> str:
    return f"[{md_escape(event.title)}]({prefix}{event_page_path(event)})"


@lru_cache(maxsize=1 << 14)
def _parse_date(text: str) -> PartialDate | None:
    try:
        return PartialDate.parse(text)
    except ChronicleError:
        return None


def _how_we_know(event: Event, index: SiteIndex) -> list[str]:
    """How the date was read, in plain words, folded away (a reader opens it if curious)."""
    precision = PRECISION_WORDS[event.date.precision]
    approx = " (approximate)" if event.date.approximate else ""
    lines = [
        '<details class="chronicle-how" data-search-exclude markdown>',
        "<summary>How we know the date</summary>",
        "",
        f"{precision}{approx}: {when(event)}.",
        "",
    ]
    seen: set[tuple[str, str | None, str | None]] = set()
    items = []
    for ref in event.sources:
        if not ref.date_text or (ref.article, ref.date_text, ref.date_value) in seen:
            continue
        seen.add((ref.article, ref.date_text, ref.date_value))
        item = f"- “{md_escape(ref.date_text)}” in {_source_link(ref.article, index)}"
        if ref.anchor is not None:
            item += f", an article of {time_tag(ref.anchor)},"
        value = _parse_date(ref.date_value) if ref.date_value else None
        if value:
            item += f" → {time_tag(value)}"
        elif ref.date_value:
            item += f" → {md_escape(ref.date_value)}"
        items.append(item)
    if items:
        lines += [*items, ""]
    else:
        lines += ["No source states the date in words; an editor set it.", ""]
    return [*lines, "</details>", ""]


@lru_cache(maxsize=1 << 12)
def _plain(html_text: str) -> str:
    """The text of an HTML fragment."""
    return html.unescape(re.sub(r"<[^>]*>", " ", html_text))


def _source_link(article: str, index: SiteIndex) -> str:
    """The Markdown link from an event page to an article's page (made once per build)."""
    link = index.source_links.get(article)
    if link is None:
        name = source_name(article, index.sources.get(article))
        link = f"[{md_escape(name)}](../{source_page_path(article)})"
        index.source_links[article] = link
    return link


def _attribution_line(article: str, index: SiteIndex) -> str:
    """ "— Source page link, Author, date · original" under an article's quotes."""
    line = index.source_items.get(article)
    if line is not None:
        return line
    source = index.sources.get(article)
    facts = [_source_link(article, index)]
    name = source_name(article, source)
    if source and source.author and source.author not in name:
        facts.append(md_escape(source.author))
    if source and source.published:
        facts.append(published_tag(source))
    if source and source.url and re.match(r"https?://", source.url):
        facts.append(f'<a href="{h(source.url)}" rel="noopener">original</a>')
    line = f"— {', '.join(facts)}\n{{ .chronicle-said-by data-search-exclude }}"
    index.source_items[article] = line
    return line


SHOWN_SOURCES = 2
"""Sources an event page shows open; the others are folded under "N more sources"."""


def _sources_section(event: Event, index: SiteIndex, indexed: SearchWords) -> list[str]:
    """What the sources say: each article's quotes, attributed; many sources folded."""
    if not event.sources:
        return ["## Sources", "", "*Added by an editor; no source article.*", ""]
    by_article: dict[str, list[SourceRef]] = {}
    for ref in event.sources:
        by_article.setdefault(ref.article, []).append(ref)
    searched = False  # whether any quote goes into the search index
    blocks = []
    for article, refs in by_article.items():
        block = []
        for quote in dict.fromkeys(ref.quote for ref in refs):
            block += [f"> {md_escape(quote)}"]
            if indexed.adds(quote):
                searched = True
            else:
                block += ["{ data-search-exclude }"]
            block += [""]
        blocks.append([*block, _attribution_line(article, index), ""])
    heading = f"## What the sources say ({len(by_article)}) {{ #sources }}"
    if not searched:
        heading = heading.replace(" }", " data-search-exclude }")
    lines = [heading, ""]
    for block in blocks[:SHOWN_SOURCES]:
        lines += block
    rest = blocks[SHOWN_SOURCES:]
    if rest:
        lines += [
            '<details class="chronicle-more" markdown>',
            f"<summary>{plural(len(rest), 'more source')}</summary>",
            "",
        ]
        for block in rest:
            lines += block
        lines += ["</details>", ""]
    return lines


def _repo_path(path: str, root: str | None) -> str:
    """The event file's path inside the repository, for "Edit this event" links."""
    if root is not None:
        try:
            return Path(os.path.abspath(path)).relative_to(root).as_posix()
        except ValueError:
            pass
    rel = Path(path).as_posix()
    content_at = rel.find("content/")
    return rel[content_at:] if content_at >= 0 else rel


def event_page(
    event: Event,
    index: SiteIndex,
    options: SiteOptions,
    previous: Event | None,
    following: Event | None,
) -> str:
    """One event: date and how we know it, status, summary, sources, conflicts, links."""
    lines = [*front_matter(event.title), f"# {md_escape(event.title)}", ""]
    # What the search index gets: title, summary and conflicts always; the date
    # line, entities and tags and each quote only if they add a word to those.
    indexed = SearchWords([event.title, own_summary(event) or "", *event.conflicts])
    meta = when(event) + status_badge(event)
    hidden = "" if indexed.adds(_plain(meta)) else " data-search-exclude"
    lines += [f'<p class="chronicle-meta"{hidden}>{meta}</p>', ""]
    if event.status == "scheduled":
        lines += [
            '!!! info "Scheduled"',
            "",
            "    When the sources reported it, this was still to come.",
            "",
        ]
    summary = own_summary(event)
    if summary:
        lines += [f'<p class="chronicle-summary">{h(summary)}</p>', ""]
    if event.conflicts:
        lines += ['!!! warning "Sources disagree"', ""]
        lines += [f"    - {md_escape(c)}" for c in event.conflicts]
        lines.append("")
    names = index.entities_of(event)
    tags = list(dict.fromkeys(event.tags))
    facets = []
    if names:
        links = ", ".join(f"[{md_escape(n)}](../{entity_page_path(index, n)})" for n in names)
        facets.append(f"<strong data-search-exclude>Who and where:</strong> {links}")
    if tags:
        links = ", ".join(f"[{md_escape(t)}](../{tag_page_path(index, t)})" for t in tags)
        facets.append(f"<strong data-search-exclude>Topics:</strong> {links}")
    if facets:
        searched = indexed.adds(" ".join([*names, *tags]))
        attrs = ".chronicle-facets" if searched else ".chronicle-facets data-search-exclude"
        lines += ["  \n".join(facets), f"{{ {attrs} }}", ""]
    lines += _sources_section(event, index, indexed)
    lines += _how_we_know(event, index)
    lines += _prev_next(previous, following)
    if options.edit_base and event.path:
        rel = _repo_path(event.path, options.repo_root)
        lines += [
            f'<p class="chronicle-edit"><a href="{h(options.edit_base + rel)}">'
            "Edit this event</a></p>",
            "",
        ]
    return "\n".join(lines)


def _prev_next(previous: Event | None, following: Event | None) -> list[str]:
    if not previous and not following:
        return []
    lines = [
        '<nav class="chronicle-prevnext" aria-label="Previous and next event" '
        "data-search-exclude markdown>",
        "",
    ]
    if previous:
        lines.append(
            f'[<span class="chronicle-prevnext__dir">← Previous</span> {time_tag(previous.date)} '
            f"{md_escape(previous.title)}](../{event_page_path(previous)})"
            "{ .chronicle-prevnext__prev }"
        )
    if following:
        lines.append(
            f'[<span class="chronicle-prevnext__dir">Next →</span> {time_tag(following.date)} '
            f"{md_escape(following.title)}](../{event_page_path(following)})"
            "{ .chronicle-prevnext__next }"
        )
    return [*lines, "", "</nav>", ""]


def entity_page(name: str, index: SiteIndex) -> str:
    """Every event naming one entity, by year and month."""
    events = index.by_entity[name]
    kind = index.entity_kind(name)
    lines = [*front_matter(name, searchable=False), f"# {md_escape(name)}", ""]
    facts = [ENTITY_KIND_LABELS.get(kind, ENTITY_KIND_LABELS["other"])[0]]
    aliases = [a for e in index.vocabulary.entities if e.name == name for a in e.aliases]
    if aliases:
        facts.append("also written " + ", ".join(f"“{h(a)}”" for a in aliases))
    facts.append(f"{plural(len(events), 'event')}, {span_text(events)}")
    lines += [f'<p class="chronicle-lede">{" · ".join(facts)}.</p>', ""]
    lines += grouped(events, index, "../")
    return "\n".join(lines)


def tag_page(tag: str, index: SiteIndex) -> str:
    """Every event with one tag, by year and month."""
    events = index.by_tag[tag]
    lines = [*front_matter(f"Topic: {tag}", searchable=False), f"# {md_escape(tag)}", ""]
    facts = []
    if tag in index.tag_descriptions:
        facts.append(h(index.tag_descriptions[tag]))
    facts.append(f"{plural(len(events), 'event')}, {span_text(events)}.")
    lines += [f'<p class="chronicle-lede">{" ".join(facts)}</p>', ""]
    lines += grouped(events, index, "../")
    return "\n".join(lines)


def entities_index(index: SiteIndex) -> str:
    """Entities grouped by kind, alphabetically, with their event counts."""
    lines = [*front_matter("Who and where", searchable=False), "# Who and where", ""]
    if not index.by_entity:
        return "\n".join([*lines, "No event names a person, organisation or place yet.", ""])
    lines += ["People, organisations and places the events name.", ""]
    by_kind: dict[str, list[str]] = {}
    for name in index.by_entity:
        by_kind.setdefault(index.entity_kind(name), []).append(name)
    for kind, (_, heading) in ENTITY_KIND_LABELS.items():
        names = sorted(by_kind.get(kind, []), key=lambda n: (n.casefold(), n))
        if not names:
            continue
        lines += [f"## {heading}", ""]
        lines += [
            f"- [{md_escape(n)}]({index.entity_slugs[n]}.md) — "
            f"{plural(len(index.by_entity[n]), 'event')}"
            for n in names
        ]
        lines.append("")
    return "\n".join(lines)


def tags_index(index: SiteIndex) -> str:
    """Every tag in use, with its description and event count."""
    lines = [*front_matter("Topics", searchable=False), "# Topics", ""]
    if not index.by_tag:
        return "\n".join([*lines, "No event is tagged yet.", ""])
    for tag in sorted(index.by_tag, key=lambda t: (t.casefold(), t)):
        line = f"- [{md_escape(tag)}]({index.tag_slugs[tag]}.md) — "
        if tag in index.tag_descriptions:
            line += f"{md_escape(index.tag_descriptions[tag])} "
        lines.append(line + f"({plural(len(index.by_tag[tag]), 'event')})")
    return "\n".join(lines) + "\n"


def _published_key(index: SiteIndex, source_id: str) -> tuple[object, ...]:
    source = index.sources.get(source_id)
    if source and source.published:
        return (0, source.published.sort_key(), source_id)
    return (1, (0, 0, 0, 0, 0), source_id)


def sources_index(index: SiteIndex) -> str:
    """Every article, by publication date, with outlet, author and event count."""
    lines = [*front_matter("Sources", searchable=False), "# Sources", ""]
    ids = sorted(index.source_ids(), key=lambda s: _published_key(index, s))
    if not ids:
        return "\n".join([*lines, "No source articles yet.", ""])
    lines += ["The articles this chronology is built from, oldest first.", ""]
    for source_id in ids:
        source = index.sources.get(source_id)
        extra = []
        if source and source.outlet:
            extra.append(md_escape(source.outlet))
        if source and source.author:
            extra.append(md_escape(source.author))
        if source and source.published:
            extra.append(published_tag(source))
        extra.append(plural(len(index.by_source.get(source_id, [])), "event"))
        name = source_name(source_id, source)
        page = source_page_path(source_id).removeprefix("sources/")
        lines.append(f"- [{md_escape(name)}]({page}) — {' · '.join(extra)}")
    return "\n".join(lines) + "\n"


def _quotes_by_article(event: Event, index: SiteIndex) -> dict[str, list[str]]:
    """The event's distinct quotes from each article, in order (made once per event)."""
    quotes = index.event_quotes.get(id(event))
    if quotes is None:
        found: dict[str, dict[str, None]] = {}
        for ref in event.sources:
            found.setdefault(ref.article, {})[ref.quote] = None
        quotes = {article: list(q) for article, q in found.items()}
        index.event_quotes[id(event)] = quotes
    return quotes


def published_words(source: Source) -> str:
    """When an article was published and how we know, in words (Markdown)."""
    if source.published is None:
        return "unknown"
    evidence = (source.published_evidence or "").casefold()
    if date_inferred(source):
        return (
            f"on or after {time_tag(source.published)} (no date in the article: inferred "
            "from the events it reports)"
        )
    for start, how in EVIDENCE_WORDS:
        if evidence.startswith(start):
            return f"{time_tag(source.published)} ({how})"
    return time_tag(source.published)


EVIDENCE_WORDS = (
    ("stated", "stated in the article"),
    ("front matter", "from the file's front matter"),
    ("corpus field", "from the archive's record"),
    ("page (htmldate", "from the page's markup"),
    ("page", "from the page's metadata"),
)
"""How a stated publication date was found, by the start of ``published_evidence``."""
MAX_SEARCH_WORDS = 200
"""The most distinct words of one article's text a source page adds to the search index."""
MIN_SEARCH_WORD = 4
"""Shorter words of an article's text are not indexed (numbers are)."""
_SEARCH_WORD = re.compile(r"[^\W_][\w'’-]*")


def article_words(text: str) -> dict[str, str]:
    """An article's distinct searchable words: case-folded key → the word as first written."""
    words: dict[str, str] = {}
    for word in dict.fromkeys(_SEARCH_WORD.findall(text)):  # each spelling once, first first
        key = word.casefold()
        if len(key) >= MIN_SEARCH_WORD or key.isdigit():
            words.setdefault(key, word)
    return words


def word_rarity(articles: Iterable[Mapping[str, str]]) -> Counter[str]:
    """In how many articles each searchable word occurs (its document frequency), from
    each article's :func:`article_words`."""
    counts: Counter[str] = Counter()
    for words in articles:
        counts.update(words.keys())
    return counts


def _search_text(article: Mapping[str, str], shown: str, rarity: Mapping[str, int]) -> str:
    """The ``article``'s words (:func:`article_words`) its page does not show, rarest first,
    at most :data:`MAX_SEARCH_WORDS`, in the order the article has them.

    Search finds single words, so each word once is enough; a word few articles
    have is what finds this one (a common word finds many pages anyway), and the
    cap keeps a 10,000-event site's index within its budget.
    """
    seen = {w.casefold() for w in re.findall(r"[^\W_]+", shown)}
    keys = [key for key in article if key not in seen]
    if len(keys) > MAX_SEARCH_WORDS:  # the rarest (a stable sort: earlier first among equals)
        ranks = [rarity.get(key, 1) for key in keys]
        rarest = sorted(range(len(keys)), key=ranks.__getitem__)[:MAX_SEARCH_WORDS]
        keys = [keys[i] for i in sorted(rarest)]
    return " ".join(article[key] for key in keys)


def source_page(source_id: str, index: SiteIndex) -> str:
    """One article: who published it and when, the events it reports with its quotes.

    The page is searchable: besides its quotes, the distinct words of the article's
    text (as read) go into the search index, in an element readers do not see.
    """
    source = index.sources.get(source_id)
    title = source_name(source_id, source)
    lines = [*front_matter(title), f"# {md_escape(title)}", ""]
    facts = []
    if source:
        if source.outlet:
            facts.append(f"**Outlet:** {md_escape(source.outlet)}")
        if source.author:
            facts.append(f"**Author:** {md_escape(source.author)}")
        facts.append(f"**Published:** {published_words(source)}")
        if source.url and re.match(r"https?://", source.url):
            facts.append(f'**Original:** <a href="{h(source.url)}">{h(source.url)}</a>')
    if "`" not in source_id:
        facts.append(f"**Article id:** `{source_id}`")
    lines += ["  \n".join(facts), "{ data-search-exclude }", ""]
    cited = index.by_source.get(source_id, [])
    shown = [title]
    for event in cited:
        shown.append(event.title)
        shown += _quotes_by_article(event, index).get(source_id, ())
    words = _search_text(index.words.get(source_id, {}), " ".join(shown), index.rarity)
    if words:  # what search finds this article by: its words the event pages lack
        lines += [f'<div class="chronicle-search-text" hidden>{h(words)}</div>', ""]
    # The events and quotes are searched on the event pages: not again here.
    lines += [f"## Events it reports ({len(cited)}) {{ data-search-exclude }}", ""]
    if not cited:
        lines += ["None.", ""]
    for event in cited:
        lines += [f"- {when(event)} {_event_link(event, '../')}{status_badge(event)}", ""]
        for quote in _quotes_by_article(event, index).get(source_id, ()):
            lines += [f"    > {md_escape(quote)}", ""]
    return "\n".join(lines)


def event_pages(index: SiteIndex, options: SiteOptions) -> dict[str, str]:
    """Every event's page, each linking to its neighbours in time."""
    events: Sequence[Event] = index.events
    pages = {}
    for position, event in enumerate(events):
        previous = events[position - 1] if position else None
        following = events[position + 1] if position + 1 < len(events) else None
        pages[event_page_path(event)] = event_page(event, index, options, previous, following)
    return pages
