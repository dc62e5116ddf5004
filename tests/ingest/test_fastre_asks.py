"""A pattern's ask of its scan (``fastre``): :meth:`Pattern.may_match` and
:meth:`Pattern.search` look up the scan's kept answer themselves, and a pattern alone asks a
one-member ``RE2::Set``. Each answers as the plain computations did: RE2's own search of
the prefilter for a pattern alone, the scan's test (:meth:`Scan.add`) for a member, and
``re`` inside :func:`fastre.pure_python`, on every pattern of ingest and the seeds' and a
newspaper's units."""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache
from typing import Any

import pytest

import generator
from generator import fastre
from tests.ingest.test_read_shortcuts import _texts

pytestmark = pytest.mark.skipif(not fastre.has_re2(), reason="google-re2 is not installed")

MORE = ["", "RT @cnn at 12:30", "COPYRİGHT 2009", "ﬁnal", "a \ud800 b", "x" * 300]


@cache
def _patterns() -> tuple[fastre.Pattern, ...]:
    """Every pattern of the package, each module imported."""
    for module in pkgutil.walk_packages(generator.__path__, "generator."):
        importlib.import_module(module.name)
    return tuple(fastre.patterns())


@cache
def _lines() -> tuple[str, ...]:
    return tuple(dict.fromkeys([*_texts(), *MORE]))


def _plain_may_match(pattern: fastre.Pattern, text: str) -> bool:
    """The prefilter's answer as RE2 searched it before: ``re2.search`` of the member (a
    loose scan's loosened form), and True where RE2 cannot read the text."""
    if pattern.prefilter is None:
        return True
    scan = pattern._kept
    member = (
        pattern._scan_text.__self__._prefilters[pattern._index]  # type: ignore[attr-defined]
        if isinstance(scan, dict) and scan is not fastre._NONE_KEPT
        else pattern.prefilter
    )
    try:
        return _re2(member).search(text) is not None
    except UnicodeEncodeError:
        return True


@cache
def _re2(prefilter: str) -> Any:
    """The prefilter compiled by RE2 as fastre compiled it before (no captures)."""
    import re2

    options = re2.Options()
    options.never_capture = True
    return re2.compile(prefilter, options)


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


def test_every_pattern_asks_as_re2_searched_its_prefilter() -> None:
    patterns = _patterns()
    assert sum(isinstance(p._kept, dict) and p._kept is not fastre._NONE_KEPT for p in patterns)
    assert sum(p._kept is fastre._NONE_KEPT for p in patterns)
    for text in _lines():
        for pattern in patterns:
            plain = _plain_may_match(pattern, text)
            assert pattern.may_match(text) == plain, (pattern.pattern, text)
            assert pattern.may_match(text) == plain, (pattern.pattern, text)  # kept answer
            found = pattern._re.search(text)
            assert _span(pattern.search(text)) == (_span(found) if plain else None), text
            if found:
                assert plain, (pattern.pattern, text)


def test_a_scan_test_and_its_members_asks_agree() -> None:
    scan = fastre.Scan(loose=True)
    sources = (r"\bRETWEET\b|\bRT\s@", r"\d[:.]\d\d|\bago\b", r"^\w{2,40} said$", r"fine")
    members = [fastre.compile(source, re.I, scan=scan) for source in sources]
    tests = [scan.add(m.prefilter or "") for m in members]
    folded = scan.add("fine", folded=True)
    for text in [*_lines()[:3000], "the ﬁne print", "FINE"]:
        asked = [m.may_match(text) for m in members]
        assert asked == [test(text) for test in tests], text
        assert asked == [_plain_may_match(m, text) for m in members], text
        if "fine" in text.casefold() or text.isascii():
            assert folded(text) == ("fine" in text.casefold()), text


def test_pure_python_asks_re_alone() -> None:
    patterns = _patterns()
    text = "An ordinary sentence about a meeting."
    with fastre.pure_python():
        assert all(p.may_match(text) and p.may_match("") for p in patterns)
        assert all(_span(p.search(text)) == _span(p._re.search(text)) for p in patterns)
    refused = [p for p in patterns if not p.may_match(text)]
    assert refused  # the prefilters are back
    assert all(p.search(text) is None for p in refused)
