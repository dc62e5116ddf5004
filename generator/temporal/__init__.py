"""Temporal tagging: find every date expression in a text and resolve it against a date."""
