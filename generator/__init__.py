"""Chronicle: turn news articles into a dated, searchable static timeline site."""

__version__ = "0.1.0"
