"""The content folder: event files, source records, vocabularies, cache and ingest journal."""
