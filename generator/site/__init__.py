"""The site: Markdown pages, exports and search, built by MkDocs through the chronicle plugin.

The public API is in ``__all__``; the modules behind it:

- :mod:`~generator.site.build`: ``chronicle build`` (check, generate, MkDocs, atomic swap);
- :mod:`~generator.site.settings`: what ``mkdocs.yml`` says to Chronicle;
- :mod:`~generator.site.ahead`: our own work in a child process beside MkDocs' start-up;
- :mod:`~generator.site.generate`: every page and export file of a build;
- :mod:`~generator.site.base`: escaping, paths and what all pages share;
- :mod:`~generator.site.timeline`: home, chronology and upcoming pages;
- :mod:`~generator.site.pages`: event, entity, tag and source pages;
- :mod:`~generator.site.exports`: JSON, iCalendar, Atom and TimelineJS;
- :mod:`~generator.site.search`: what goes into the search index;
- :mod:`~generator.site.incremental`: what changed since the last build;
- :mod:`~generator.site.plugin`: the MkDocs plugin (entry point ``chronicle``).

The names are imported when first used: ``chronicle build`` starts generating
the pages in a child process before the generation and MkDocs are imported
(:mod:`~generator.site.ahead`), and importing this package must not import them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.site.build import build_site, prepare_docs
    from generator.site.exports import ExportOptions, export
    from generator.site.generate import published_events
    from generator.site.settings import (
        articles_folder,
        ensure_docs_folder,
        review_threshold,
    )

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

_MODULES = {
    "ExportOptions": "exports",
    "articles_folder": "settings",
    "build_site": "build",
    "ensure_docs_folder": "settings",
    "export": "exports",
    "prepare_docs": "build",
    "published_events": "generate",
    "review_threshold": "settings",
}
"""The module of each public name."""


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
