"""The content folder: event files, source records, vocabularies, the cache and the ingest journal."""
