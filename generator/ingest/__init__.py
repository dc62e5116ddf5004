"""Ingest: articles in, events out.

The public API is in ``__all__``; the stages behind it, in pipeline order:

- :mod:`~generator.ingest.read`: files → :class:`~generator.models.Article` (with
  ``decode``, ``formats``, ``jsonl``, ``fields``, ``sidecar``, ``pubdate``,
  ``assemble`` and ``boilerplate``/``boilerplate_patterns`` behind it);
- :mod:`~generator.ingest.extract`: dated sentences → mentions (``headline`` titles them);
- :mod:`~generator.ingest.merge`: mentions → one event per happening;
- :mod:`~generator.ingest.rank`: importance; :mod:`~generator.ingest.entities`: entities, tags;
- :mod:`~generator.ingest.pipeline`: all of that over a whole corpus (``build_events``);
- :mod:`~generator.ingest.reconcile`: ``chronicle ingest``, merged into ``content/``
  without undoing an editor's change;
- :mod:`~generator.ingest.report`: what ``chronicle inspect`` prints.
"""

from generator.ingest.pipeline import BuiltEvents, build_events
from generator.ingest.read import read_article, read_articles
from generator.ingest.reconcile import IngestReport, ingest, load_state
from generator.ingest.report import article_to_json, format_report

__all__ = [
    "BuiltEvents",
    "IngestReport",
    "article_to_json",
    "build_events",
    "format_report",
    "ingest",
    "load_state",
    "read_article",
    "read_articles",
]
