"""Ingest: articles in, events out.

read, boilerplate, extract, headline, merge, rank, entities, then reconcile with content/.
"""
