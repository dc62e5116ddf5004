"""The site: Markdown pages, exports and search, built by MkDocs through the chronicle plugin.

The public API is in ``__all__``; the modules behind it:

- :mod:`~generator.site.build`: ``chronicle build`` (check, generate, MkDocs, atomic swap);
- :mod:`~generator.site.generate`: every page and export file of a build;
- :mod:`~generator.site.base`: escaping, paths and what all pages share;
- :mod:`~generator.site.timeline`: home, chronology and upcoming pages;
- :mod:`~generator.site.pages`: event, entity, tag and source pages;
- :mod:`~generator.site.exports`: JSON, iCalendar, Atom and TimelineJS;
- :mod:`~generator.site.search`: what goes into the search index;
- :mod:`~generator.site.incremental`: what changed since the last build;
- :mod:`~generator.site.plugin`: the MkDocs plugin (entry point ``chronicle``).
"""

from generator.site.build import (
    articles_folder,
    build_site,
    ensure_docs_folder,
    prepare_docs,
    review_threshold,
)
from generator.site.exports import ExportOptions, export
from generator.site.generate import published_events

__all__ = [
    "ExportOptions",
    "articles_folder",
    "build_site",
    "ensure_docs_folder",
    "export",
    "prepare_docs",
    "published_events",
    "review_threshold",
]
