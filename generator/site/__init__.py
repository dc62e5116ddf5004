"""The site: Markdown pages, exports and search, built by MkDocs through the chronicle plugin."""
