"""The visual timeline: event lists grouped by period, the home page, chronology and upcoming.

A timeline is a Markdown list inside ``<div class="chronicle-tl" markdown>``
(``md_in_html``), so MkDocs still resolves and checks every link; the
stylesheet (``site_config/assets/assets/chronicle.css``) draws the line and
the dots with Material's colour variables. List items carry
``data-tags``/``data-entities`` (slugs) through ``attr_list`` for the
chronology filter (``chronicle.js``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from itertools import groupby

from generator.dates import MONTH_NAMES, Precision
from generator.models import Event
from generator.site.base import (
    SiteIndex,
    SiteOptions,
    event_page_path,
    front_matter,
    h,
    hero_path,
    md_escape,
    time_tag,
)
from generator.site.voice import Citations, first_sentence, lead_quote, outlet, own_summary
from generator.store import Hero, Story

LEGEND = (
    '<p class="chronicle-legend" aria-label="What the marks mean">'
    '<span class="chronicle-legend__mark chronicle-legend__mark--key"></span> key event '
    '<span class="chronicle-legend__mark"></span> event '
    '<span class="chronicle-legend__mark chronicle-legend__mark--scheduled"></span> '
    "scheduled (still to come when reported)</p>"
)
"""What the timeline's dots mean, above a long timeline."""
KEY_EVENTS = 7
"""How many events the home page shows as key events."""
SUMMARY_CHARS = 150
"""Longest summary (characters) shown in a timeline entry before it is shortened."""
HOME_UPCOMING = 3
"""How many scheduled events the home page previews."""
EXPORT_LINKS = (
    ("feed.xml", "Atom feed", "new events as sources report them, for any feed reader"),
    ("events.ics", "Calendar (iCalendar)", "dated events for your calendar app"),
    ("events.json", "events.json", "every event with its sources, for your own tools"),
    ("timeline.json", "timeline.json", "the story for TimelineJS embeds"),
)
"""Published export files: (path, label, what it is for)."""


def shorten(text: str, limit: int = SUMMARY_CHARS) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.–— ")
    return cut + "…"


def pinned_events(events: Sequence[Event], story: Story) -> list[Event]:
    """The key events of the home page: those the story pins, else :func:`key_events`.

    Pinned events keep the chronological order of ``events``; a pinned id held back
    for review (not in ``events``) is left out.
    """
    if not story.key_events:
        return key_events(events)
    wanted = set(story.key_events)
    return [e for e in events if e.id in wanted] or key_events(events)


LATEST = 1
"""How many of the newest reported events the home page shows first."""


def latest_events(index: SiteIndex, count: int = LATEST) -> list[Event]:
    """The latest development: the newest events that had happened when reported.

    Dated to the day or finer (a month-dated event is not "the latest" over a
    dated one in that month), newest first.
    """
    occurred = [
        e for e in index.events if e.status == "occurred" and e.date.precision >= Precision.DAY
    ]
    return sorted(occurred, key=lambda e: (e.date.sort_key(), e.id), reverse=True)[:count]


def _period_text(story: Story) -> str:
    """ "from <time> to <time>" for the period the story says it covers, or ""."""
    if story.start is None and story.end is None:
        return ""
    if story.start is None or story.end is None:
        known = story.start or story.end
        assert known is not None
        return f"{'from' if story.start else 'until'} {time_tag(known)}"
    if story.start == story.end:
        return time_tag(story.start)
    return f"{time_tag(story.start)} to {time_tag(story.end)}"


def _hero(hero: Hero) -> list[str]:
    """The story's image as a figure, with its credit."""
    src = hero.src if hero.is_url else hero_path(hero)
    lines = [
        '<figure class="chronicle-hero">',
        f'<img src="{h(src)}" alt="{h(hero.alt)}">',
    ]
    if hero.credit:
        lines.append(f"<figcaption>{h(hero.credit)}</figcaption>")
    return [*lines, "</figure>"]


def key_events(events: Sequence[Event], count: int = KEY_EVENTS) -> list[Event]:
    """The ``count`` most important events, in chronological order."""
    ranked = sorted(events, key=lambda e: (-e.importance, e.date.sort_key(), e.id))[:count]
    order = {e.id: i for i, e in enumerate(events)}
    return sorted(ranked, key=lambda e: order[e.id])


def when(event: Event) -> str:
    """The event's date (or range) as ``<time>`` elements."""
    text = time_tag(event.date)
    if event.end:
        text += f"&#8202;–&#8202;{time_tag(event.end)}"
    return text


def status_badge(event: Event) -> str:
    """A "Scheduled" badge for events still in the future when reported."""
    if event.status == "scheduled":
        return ' <span class="chronicle-badge">Scheduled</span>'
    return ""


def event_item(
    event: Event,
    index: SiteIndex,
    prefix: str,
    *,
    summary: bool = False,
    filters: bool = False,
    key: bool = False,
    citations: Citations | None = None,
) -> list[str]:
    """One timeline entry (a Markdown list item), its attributes on a line of their own.

    With ``summary``, one sentence under the title: the event's own summary, or
    else its lead quote as a quote, with its source (:mod:`generator.site.voice`).
    With ``citations``, numbered marks linking to the page's list of sources.
    """
    link = f"[{md_escape(event.title)}]({prefix}{event_page_path(event)})"
    cited = citations.cite(event) if citations is not None else ""
    lines = [
        f"- {when(event)}{status_badge(event)}",
        f'  <span class="chronicle-tl__title">{link}{cited}</span>',
    ]
    if summary:
        lines += _one_sentence(event, index)
    attrs = []
    classes = [f"chronicle-{event.status}"]
    if key:
        classes.append("chronicle-key")
    attrs.append("." + " .".join(classes))
    if filters:
        tags = " ".join(index.tag_slugs[t] for t in dict.fromkeys(event.tags))
        names = " ".join(index.entity_slugs[n] for n in index.entities_of(event))
        attrs.append(f'data-tags="{tags}" data-entities="{names}"')
    lines.append("  { " + " ".join(attrs) + " }")
    return lines


def _one_sentence(event: Event, index: SiteIndex) -> list[str]:
    """The line under an entry's title: the site's summary, or the lead quote as a quote."""
    own = own_summary(event)
    if own:
        text = md_escape(shorten(first_sentence(own)))
        return [f'  <span class="chronicle-tl__summary">{text}</span>']
    ref = lead_quote(event, index)
    if ref is None:
        return []
    quote = md_escape(shorten(first_sentence(ref.quote)))
    by = md_escape(outlet(ref.article, index))
    return [
        f'  <span class="chronicle-tl__summary chronicle-tl__quote"><q>{quote}</q> '
        f'<span class="chronicle-tl__by">— {by}</span></span>'
    ]


def timeline(
    events: Iterable[Event],
    index: SiteIndex,
    prefix: str,
    *,
    summary: bool = False,
    filters: bool = False,
    key_ids: frozenset[str] = frozenset(),
    css: str = "",
    citations: Citations | None = None,
) -> list[str]:
    """A vertical visual timeline of ``events`` (Markdown inside a ``div``)."""
    lines = [f'<div class="chronicle-tl{" " + css if css else ""}" markdown>', ""]
    for event in events:
        lines += event_item(
            event,
            index,
            prefix,
            summary=summary,
            filters=filters,
            key=event.id in key_ids,
            citations=citations,
        )
    return [*lines, "", "</div>", ""]


def year_group(event: Event) -> tuple[str, str]:
    """(heading, anchor) of the year (or decade) section an event is listed in."""
    if event.date.precision == Precision.DECADE:
        return f"{event.date.year}s", f"y{event.date.year}s"
    return str(event.date.year), f"y{event.date.year}"


def month_group(event: Event) -> tuple[str, str] | None:
    """(heading, anchor) of the month section, or None for year and decade dates."""
    date = event.date
    if date.precision <= Precision.YEAR or date.month is None:
        return None
    return f"{MONTH_NAMES[date.month - 1]} {date.year}", f"m{date.year:04d}-{date.month:02d}"


def grouped(
    events: Sequence[Event],
    index: SiteIndex,
    prefix: str,
    *,
    level: int = 2,
    filters: bool = False,
    key_ids: frozenset[str] = frozenset(),
    summary: bool = False,
    citations: Citations | None = None,
) -> list[str]:
    """Events in sections per year (``level`` heading) and month (one level down).

    Coarser dates head their period: a year-only event comes before the
    year's months, a month-only event first in its month, a decade gets its
    own section before its first year.
    """
    lines: list[str] = []
    draw = partial(timeline, filters=filters, key_ids=key_ids, summary=summary, citations=citations)
    for (label, anchor), in_year in groupby(events, key=year_group):
        lines += ['<section class="chronicle-year" markdown>', ""]
        lines += [f"{'#' * level} {label} {{ #{anchor} }}", ""]
        for month, in_month in groupby(in_year, key=month_group):
            group = list(in_month)
            if month is None:
                lines += draw(group, index, prefix)
                continue
            lines += ['<section class="chronicle-month" markdown>', ""]
            lines += [f"{'#' * (level + 1)} {month[0]} {{ #{month[1]} }}", ""]
            lines += draw(group, index, prefix)
            lines += ["</section>", ""]
        lines += ["</section>", ""]
    return lines


def span_text(events: Sequence[Event]) -> str:
    """ "from <time> to <time>" for a chronological list of events."""
    first, last = events[0].date, (events[-1].end or events[-1].date)
    if first == last:
        return time_tag(first)
    return f"{time_tag(first)} to {time_tag(last)}"


def plural(count: int, word: str) -> str:
    """ "1 event", "2 events"."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def home_page(index: SiteIndex, options: SiteOptions, story: Story) -> str:
    """The story in one screen: title, lede, span, key events, where to go next, subscriptions.

    ``story`` (``content/story.yaml``) gives the title, the standfirst shown as
    the lede, the period, an image and pinned key events; what it leaves out
    comes from the events (the site's name when it has no title).
    """
    events = index.events
    title = story.title or options.title
    lines = [
        *front_matter(title, "navigation", "toc", searchable=False),
        f"# {md_escape(title)}",
        "",
    ]
    if story.hero is not None:
        lines += [*_hero(story.hero), ""]
    lines += [f'<p class="chronicle-standfirst">{h(text)}</p>' for text in story.paragraphs()]
    if story.paragraphs():
        lines.append("")
    if not events:
        lines += [
            "No events yet: run `chronicle ingest` or add a file under `content/events/`.",
            "",
        ]
        return "\n".join(lines)
    span = _period_text(story) or span_text(events)
    lines += [
        f'<p class="chronicle-lede">{plural(len(events), "event")} from '
        f"{plural(len(index.by_source), 'source')}, {span}.</p>",
        "",
    ]
    latest = latest_events(index)
    if latest:
        lines += ["## Latest", ""]
        lines += timeline(latest, index, "", summary=True, css="chronicle-tl--latest")
    lines += [
        '<nav class="chronicle-actions" aria-label="Explore the story" markdown>',
        "",
        "[Full chronology](chronology.md){ .md-button .md-button--primary }",
        f"[Upcoming ({len(upcoming_events(index))})](upcoming.md){{ .md-button }}",
        "[Sources](sources/index.md){ .md-button }",
        "",
        "</nav>",
        "",
        "## Key events",
        "",
    ]
    lines += timeline(
        pinned_events(events, story), index, "", summary=True, css="chronicle-tl--key"
    )
    lines += ["[Read the full chronology →](chronology.md)", ""]
    upcoming = upcoming_events(index)
    if upcoming:
        lines += ["## Coming up", ""]
        lines += timeline(upcoming[:HOME_UPCOMING], index, "")
        if len(upcoming) > HOME_UPCOMING:
            lines += [f"[All {len(upcoming)} upcoming events →](upcoming.md)", ""]
    explore = []
    if index.by_entity:
        explore.append(
            f"[People, organisations and places](entities/index.md) ({len(index.by_entity)})"
        )
    if index.by_tag:
        explore.append(f"[Topics](tags/index.md) ({len(index.by_tag)})")
    explore.append(f"[Source articles](sources/index.md) ({len(index.source_ids())})")
    lines += ["## Explore", "", *(f"- {x}" for x in explore), ""]
    lines += ["## Follow and reuse", ""]
    lines += [f"- [{label}]({path}) — {what}" for path, label, what in EXPORT_LINKS]
    return "\n".join(lines) + "\n"


def _soonest(event: Event) -> tuple[object, ...]:
    return (event.date.sort_key(), event.id)


def key_ids_for(events: Sequence[Event]) -> frozenset[str]:
    """Ids to highlight in long lists: key events, unless every event weighs the same."""
    if len({e.importance for e in events}) < 2:
        return frozenset()
    return frozenset(e.id for e in key_events(events))


def chronology_page(index: SiteIndex) -> str:
    """Every event by year and month, with a tag/entity filter and year permalinks."""
    events = index.events
    lines = [*front_matter("Chronology", "navigation", searchable=False), "# Chronology", ""]
    if not events:
        return "\n".join([*lines, "No events yet.", ""])
    lines += [
        f'<p class="chronicle-lede">{plural(len(events), "event")}, {span_text(events)}.</p>',
        "",
    ]
    years = list(dict.fromkeys(year_group(e) for e in events))
    jumps = " ".join(f'<li><a href="#{anchor}">{h(label)}</a></li>' for label, anchor in years)
    lines += [f'<nav class="chronicle-years" aria-label="Years"><ul>{jumps}</ul></nav>', ""]
    lines += _filter_form(index)
    lines += [LEGEND, ""]
    citations = Citations()
    lines += ['<div class="chronicle-chronology" markdown>', ""]
    lines += grouped(
        events,
        index,
        "",
        filters=True,
        key_ids=key_ids_for(events),
        summary=True,
        citations=citations,
    )
    lines += ["</div>", ""]
    lines += citations.references(index)
    return "\n".join(lines)


def _filter_form(index: SiteIndex) -> list[str]:
    """The filter form (hidden until ``chronicle.js`` runs), or nothing without tags/entities."""
    selects = []
    for name, label, everything, counts, slugs in (
        ("tag", "Topic", "All topics", index.by_tag, index.tag_slugs),
        ("entity", "Who or where", "Everyone", index.by_entity, index.entity_slugs),
    ):
        if not counts:
            continue
        attr = "tags" if name == "tag" else "entities"
        options = [f'<option value="">{everything}</option>']
        for value in sorted(counts, key=lambda v: (-len(counts[v]), v.casefold(), v)):
            options.append(
                f'<option value="{slugs[value]}">{h(value)} ({len(counts[value])})</option>'
            )
        selects.append(
            f'<div class="chronicle-filter__field"><label for="chronicle-filter-{name}">'
            f'{label}</label><select id="chronicle-filter-{name}" name="{name}" '
            f'data-filter="{attr}">{"".join(options)}</select></div>'
        )
    if not selects:
        return []
    return [
        '<form class="chronicle-filter" aria-label="Filter the chronology" hidden>'
        + "".join(selects)
        + '<button type="reset" class="md-button">Show all</button>'
        + '<p class="chronicle-filter__count" role="status" aria-live="polite"></p></form>',
        "",
    ]


def upcoming_events(index: SiteIndex) -> list[Event]:
    """Scheduled events still ahead of the newest source, soonest first.

    "Scheduled" is what a source said when it was written; an event a 2011 article
    announced is not upcoming once a later source exists. An event in the newest
    source's own period (its day, or "in May" in a May article) still counts.
    """
    newest = max(
        (s.published for s in index.sources.values() if s.published is not None),
        key=lambda d: d.sort_key(),
        default=None,
    )
    ahead = [
        e
        for e in index.events
        if e.status == "scheduled"
        and (newest is None or e.date.compatible(newest) or e.date.sort_key() > newest.sort_key())
    ]
    return sorted(ahead, key=_soonest)


def upcoming_page(index: SiteIndex) -> str:
    """Scheduled events, soonest first."""
    lines = [*front_matter("Upcoming", searchable=False), "# Upcoming", ""]
    upcoming = upcoming_events(index)
    if not upcoming:
        return "\n".join([*lines, "Nothing is scheduled.", ""])
    lines += [
        f'<p class="chronicle-lede">{plural(len(upcoming), "scheduled event")}, soonest first. '
        "Dates are as the sources announced them.</p>",
        "",
    ]
    lines += timeline(upcoming, index, "", summary=True)
    lines += ["Add them to your calendar: [events.ics](events.ics).", ""]
    return "\n".join(lines)
