"""Where a sentence's clauses begin and end, for headlines: lists of names, settings.

A comma between names of a list ("in Cairo, Suez and Alexandria") ends no clause;
an opening that only says where and when ("In Los Angeles on Thursday,") is not the
clause a headline takes.
"""

from __future__ import annotations

import re

from generator.ingest.verbs import has_verb

_LIST_ITEM = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?"
_LIST_AFTER = re.compile(rf"{_LIST_ITEM}(?:,\s{_LIST_ITEM})*,?\s(?:and|or)\s{_LIST_ITEM}")
_LIST_BEFORE = re.compile(r"(?:^|\s)(?:in|of|to|from|and|between|including)\s" + _LIST_ITEM + "$")
_COMMA = re.compile(r",\s")


def in_list(text: str, comma: re.Match[str]) -> bool:
    """Whether a comma separates names in a list ("in Cairo, Suez and Alexandria")."""
    return bool(
        _LIST_AFTER.match(text, comma.end()) and _LIST_BEFORE.search(text, 0, comma.start())
    )


def list_end(text: str, end: int) -> int:
    """``end``, or past the list of names that a comma at ``end`` continues."""
    comma = _COMMA.match(text, end)
    if comma and in_list(text, comma):
        return _LIST_AFTER.match(text, comma.end()).end()  # type: ignore[union-attr]
    return end


_SETTING = re.compile(
    r"(?:In|At|On|Outside|Inside|Near|Across|Throughout|Around|Earlier|Later|Late|Early"
    r"|Between|From|During|Since|By|Until|Till)\s[^;:]+"
)
"""A sentence's opening where and when ("In Los Angeles on Thursday"), before its comma."""


def is_setting(clause: str) -> bool:
    """Whether a clause only says where and when (no verb): the main clause follows it."""
    return bool(_SETTING.fullmatch(clause)) and not has_verb(clause.split()[1:])
