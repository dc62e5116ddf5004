"""Ingest: articles in, events out (read, boilerplate, extract, headline, merge, rank, entities, reconcile)."""
