"""Articles made from text for ingest tests: one paragraph a line."""

from __future__ import annotations

import logging
from pathlib import Path

from generator.dates import PartialDate
from generator.ingest import build_events, read_articles
from generator.models import Article, Event


def corpus_events(path: Path) -> list[Event]:
    """The events ingest makes of a shared corpus, its warnings unlogged."""
    logging.disable(logging.WARNING)
    try:
        return build_events(list(read_articles([path]))).events
    finally:
        logging.disable(logging.NOTSET)


def article(text: str, published: PartialDate | str, article_id: str = "a") -> Article:
    """An article ``article_id`` published on ``published``, a paragraph for each line."""
    if isinstance(published, str):
        published = PartialDate.parse(published)
    paragraphs = [p for p in text.split("\n") if p.strip()]
    return Article(
        id=article_id, path=f"{article_id}.txt", paragraphs=paragraphs, published=published
    )


WHO_FLU_WARNING = (
    "A new flu that has killed up to 68 people in Mexico could start a global epidemic, the "
    "World Health Organization warned on Saturday, as tests showed the strain might be "
    "spreading in the United States."
)
"""Reuters, 25 April 2009: the WHO's flu warning, the day's report of it."""
