"""Python regular expressions translated into RE2 patterns that match at least where they do.

:mod:`generator.fastre` asks RE2 (``google-re2``) first whether a text can match a
pattern, and only then Python's ``re``; this module writes the RE2 pattern it asks. ASCII
characters are matched exactly, a class reaching beyond ASCII lets any non-ASCII
character through, and assertions are dropped (but ``\\b`` under ``re.ASCII``): a
superset, so the answer from ``re`` stays the same with or without RE2.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import Any

if sys.version_info >= (3, 11):  # the parser moved in Python 3.11
    import re._constants as _c
    import re._parser as _parser
    from re._casefix import _EXTRA_CASES
else:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _parser
    from sre_compile import _ignorecase_fixes as _EXTRA_CASES

_MAX_REPEAT = 1000
"""RE2's largest counted repetition; a larger bound becomes unbounded (a superset)."""
_CATEGORY_ESCAPES = {
    getattr(_c, f"CATEGORY_{negated}{name}"): f"\\{letter}"  # "\\d", "\\D" (NOT_DIGIT), ...
    for name, lower in (("DIGIT", "d"), ("SPACE", "s"), ("WORD", "w"))
    for negated, letter in (("", lower), ("NOT_", lower.upper()))
}
_CATEGORIES = {
    ascii_only: {code: re.compile(escape, re.ASCII if ascii_only else 0)
                 for code, escape in _CATEGORY_ESCAPES.items()}
    for ascii_only in (False, True)
}  # fmt: skip
"""Python's own classes, Unicode's and ``re.ASCII``'s, asked about each ASCII character
(Unicode's ``\\s`` also has ``\\x1c`` to ``\\x1f``)."""
_ASCII_ONLY = {_c.CATEGORY_DIGIT, _c.CATEGORY_SPACE, _c.CATEGORY_WORD}
"""The classes that have no member beyond ASCII under ``re.ASCII``."""
_ANY_NON_ASCII = (0x80, 0x10FFFF)
_LOWERING_TO_ASCII = {"i": {0x130}, "k": {0x212A}}
"""The only non-ASCII characters whose simple lower case is ASCII ("İ", the Kelvin sign);
tests/test_fastre.py checks the table against every code point."""


class Untranslatable(ValueError):
    """A Python pattern RE2 cannot prefilter (a back-reference): ``re`` runs alone."""


def to_re2(pattern: str, flags: int = 0) -> str:
    """An RE2 pattern that matches wherever the Python ``pattern`` matches (and maybe more).

    ASCII characters are matched exactly; a class with members beyond ASCII
    (``\\w``, ``\\s``, a negated class) lets any non-ASCII character through, which
    keeps RE2's automaton small; assertions (``\\b``, lookarounds) are dropped, but for
    ``\\b`` under ``re.ASCII``: RE2's word boundary is ASCII's.
    """
    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & re.LOCALE:
        raise Untranslatable(f"flags {parsed.state.flags!r} are not translated")
    return _sequence(list(parsed), parsed.state.flags)


def _sequence(items: list[tuple[Any, Any]], flags: int) -> str:
    return "".join(_item(op, av, flags) for op, av in items)


def _item(op: Any, av: Any, flags: int) -> str:
    if op is _c.LITERAL:
        return _literal(av, flags)
    if op is _c.NOT_LITERAL:
        return _class([(_c.NEGATE, None), (_c.LITERAL, av)], flags)
    if op is _c.ANY:
        return "(?s:.)" if flags & re.DOTALL else "[^\\n]"
    if op is _c.IN:
        return _class(av, flags)
    if op is _c.BRANCH:
        return "(?:" + "|".join(_sequence(list(b), flags) for b in av[1]) + ")"
    if op is _c.SUBPATTERN:
        _group, add, remove, inner = av
        return "(?:" + _sequence(list(inner), (flags | add) & ~remove) + ")"
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, inner = av
        return "(?:" + _sequence(list(inner), flags) + ")" + _bounds(low, high)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return "(?:" + _sequence(list(av), flags) + ")"
    if op is _c.AT:
        return _at(av, flags)
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return ""  # dropping a condition only lets more text match
    if op is _c.GROUPREF_EXISTS:
        _group, yes, no = av
        return "(?:" + _sequence(list(yes), flags) + "|" + _sequence(list(no or []), flags) + ")"
    raise Untranslatable(f"{op} is not translated")


def _literal(code: int, flags: int) -> str:
    if not flags & re.IGNORECASE or (code < 0x80 and len(_cases(code)) == 1):
        return _char(code)
    return _class([(_c.LITERAL, code)], flags)


@cache
def _cases(code: int) -> frozenset[int]:
    """The ASCII characters and the few others IGNORECASE lets an ASCII ``code`` match.

    Python compares simple lower cases, plus a table of extra pairs: "i" also
    matches "İ" and dotless "ı", "k" the Kelvin sign, "s" the long "ſ".
    """
    lower = chr(code).lower()
    found = {code, ord(lower), ord(chr(code).upper())}
    found |= _LOWERING_TO_ASCII.get(lower, set())
    for known in list(found):
        found.update(_EXTRA_CASES.get(known, ()))
    return frozenset(found)


def _char(code: int) -> str:
    char = chr(code)
    return char if char.isascii() and char.isalnum() else f"\\x{{{code:x}}}"


def _class(items: list[tuple[Any, Any]], flags: int) -> str:
    """A class: its ASCII members exactly, beyond ASCII what it names (or everything)."""
    return _class_of(tuple(items), bool(flags & re.IGNORECASE), bool(flags & re.ASCII))


@cache
def _class_of(items: tuple[tuple[Any, Any], ...], fold: bool, ascii_only: bool) -> str:
    """:func:`_class`, cached: the same few classes ("[Rr]", "\\s") recur in every pattern."""
    negate = bool(items) and items[0][0] is _c.NEGATE
    members = list(items[1:] if negate else items)
    ascii_in = {x for x in range(0x80) if _in_class(x, members, fold, ascii_only) != negate}
    spans = [(x, x) for x in sorted(ascii_in)]
    if negate or any(
        op is _c.CATEGORY and not (ascii_only and av in _ASCII_ONLY) for op, av in members
    ):
        spans.append(_ANY_NON_ASCII)
    else:
        spans.extend(_non_ascii_spans(members, ascii_in, fold))
    if not spans:
        raise Untranslatable("a class that matches nothing")
    return "[" + "".join(_span(low, high) for low, high in _joined(spans)) + "]"


def _in_class(code: int, members: list[tuple[Any, Any]], fold: bool, ascii_only: bool) -> bool:
    cases = _cases(code) if fold else {code}
    for op, av in members:
        if op is _c.LITERAL and av in cases:
            return True
        if op is _c.RANGE and any(av[0] <= c <= av[1] for c in cases):
            return True
        if op is _c.CATEGORY:
            category = _CATEGORIES[ascii_only].get(av)
            if category is None:
                raise Untranslatable(f"class category {av} is not translated")
            if category.match(chr(code)):
                return True
        if op not in (_c.LITERAL, _c.RANGE, _c.CATEGORY):
            raise Untranslatable(f"class item {op} is not translated")
    return False


def _non_ascii_spans(
    members: list[tuple[Any, Any]], ascii_in: set[int], fold: bool
) -> list[tuple[int, int]]:
    """The non-ASCII characters a class matches whose categories are all ASCII-only.

    Folding case, a non-ASCII member lets any non-ASCII character through; an
    ASCII one adds its few non-ASCII cases ("ı" for "i").
    """
    spans: list[tuple[int, int]] = []
    for op, av in members:
        if op is _c.CATEGORY:
            continue  # no non-ASCII member
        low, high = (av, av) if op is _c.LITERAL else av
        if high >= 0x80:
            if fold:
                return [_ANY_NON_ASCII]
            spans.append((max(low, 0x80), high))
    if fold:
        spans.extend((c, c) for code in ascii_in for c in _cases(code) if c >= 0x80)
    return spans


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for low, high in sorted(spans):
        if joined and low <= joined[-1][1] + 1:
            joined[-1] = (joined[-1][0], max(high, joined[-1][1]))
        else:
            joined.append((low, high))
    return joined


def _span(low: int, high: int) -> str:
    return _char(low) if low == high else f"{_char(low)}-{_char(high)}"


def _bounds(low: int, high: int) -> str:
    most = "" if high == _c.MAXREPEAT or high > _MAX_REPEAT else high
    return f"{{{min(low, _MAX_REPEAT)},{most}}}"


def _at(code: Any, flags: int) -> str:
    if code is _c.AT_BEGINNING:
        return "(?m:^)" if flags & re.MULTILINE else r"\A"
    if code is _c.AT_BEGINNING_STRING:
        return r"\A"
    if code is _c.AT_END:
        return "(?m:$)"  # Python's $ also matches before a final newline
    if code is _c.AT_END_STRING:
        return r"\z"
    if code is _c.AT_BOUNDARY and flags & re.ASCII:
        return r"\b"  # RE2's \b is ASCII's: a non-ASCII character is no word character
    return ""  # Unicode's \b and every \B: dropped, a superset


def only_literals(pattern: str, flags: int) -> bool:
    """Whether ``pattern`` is ASCII literals, alternations, groups and lookarounds alone,
    case-sensitive: then its prefilter too is literals, and :meth:`Scan.add` holds."""
    parsed = _parser.parse(pattern, flags)
    items, fold = list(parsed), parsed.state.flags & re.IGNORECASE
    while items and not fold:
        op, av = items.pop()
        if op is _c.BRANCH:
            items.extend(item for branch in av[1] for item in branch)
        elif op is _c.SUBPATTERN:
            items.extend(av[-1])
            fold = av[1] & re.IGNORECASE
        elif op not in (_c.ASSERT, _c.ASSERT_NOT) and (op is not _c.LITERAL or av >= 0x80):
            return False
    return not fold
