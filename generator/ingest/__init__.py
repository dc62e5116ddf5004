"""Ingest: articles in, events out.

The public API is in ``__all__``; the stages behind it, in pipeline order:

- :mod:`~generator.ingest.read`: files → :class:`~generator.models.Article` (with
  ``decode``, ``formats``, ``jsonl``, ``fields``, ``sidecar``, ``pubdate``,
  ``assemble`` and ``boilerplate``/``boilerplate_patterns`` behind it);
- :mod:`~generator.ingest.extract`: dated sentences → mentions (``headline`` titles them);
- :mod:`~generator.ingest.merge`: mentions → one event per happening;
- :mod:`~generator.ingest.rank`: importance; :mod:`~generator.ingest.entities`: entities, tags;
- :mod:`~generator.ingest.confidence`: how well the evidence supports an event
  (:mod:`~generator.ingest.verbs`: does a title have a verb; :mod:`~generator.ingest.topic`:
  the corpus's words, which an event off the story lacks);
- :mod:`~generator.ingest.pipeline`: all of that over a whole corpus (``build_events``);
- :mod:`~generator.ingest.reconcile`: ``chronicle ingest``, merged into ``content/``
  without undoing an editor's change; :mod:`~generator.ingest.gate` validates every
  file before it is written (ingest never writes one ``chronicle check`` refuses);
- :mod:`~generator.ingest.report`: what ``chronicle inspect`` prints;
- :mod:`~generator.ingest.review`: ``chronicle review``, the events held back for review.
"""

from generator.ingest.confidence import Confidence, score_confidence
from generator.ingest.decode import read_text_file
from generator.ingest.names import strangers_in
from generator.ingest.pipeline import BuiltEvents, build_events
from generator.ingest.proper import corpus_names
from generator.ingest.read import read_article, read_articles
from generator.ingest.reconcile import IngestReport, ingest, load_state
from generator.ingest.report import article_to_json, format_report
from generator.ingest.review import ReviewItem, format_review, review_queue, review_records
from generator.ingest.topic import topic_words

__all__ = [
    "BuiltEvents",
    "Confidence",
    "IngestReport",
    "ReviewItem",
    "article_to_json",
    "build_events",
    "corpus_names",
    "format_report",
    "format_review",
    "ingest",
    "load_state",
    "read_article",
    "read_articles",
    "read_text_file",
    "review_queue",
    "review_records",
    "score_confidence",
    "strangers_in",
    "topic_words",
]
