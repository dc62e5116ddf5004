"""Temporal tagging: find every date expression in a text and resolve it against a date.

The public API is :func:`tag` (and :func:`paragraph_triggers`, which finds the trigger
words of many texts in one scan for it, :func:`is_reference_line`, which the tagger
uses to mark expressions on citation lines, and :data:`WEEKDAYS`, the weekday
names with their numbers, 0 for Monday); the modules behind it:

- :mod:`~generator.temporal.engine`: ``tag()``: chunking, triggers, matching;
- :mod:`~generator.temporal.rules`: the ordered rule table;
- ``handlers_dates``, ``handlers_periods``, ``handlers_relative``,
  ``handlers_durations``, ``handlers_times``: what each rule's match means;
- :mod:`~generator.temporal.lexicon`: words and regex fragments;
- :mod:`~generator.temporal.triggers`: the words that wake each rule;
- :mod:`~generator.temporal.context`: a handler's context and result;
- :mod:`~generator.temporal.tense`: clause tense cues;
- :mod:`~generator.temporal.resolve`: month names and weekdays against the DCT;
- :mod:`~generator.temporal.calendar_math`: calendar arithmetic and TIMEX3 values.
"""

from generator.temporal.engine import is_reference_line, paragraph_triggers, tag
from generator.temporal.lexicon import WEEKDAYS
from generator.temporal.resolve import ENTRY_MARK

__all__ = ["ENTRY_MARK", "WEEKDAYS", "is_reference_line", "paragraph_triggers", "tag"]
