"""A unit gate's prefilters are asked in their ASCII form (``ascii_part``): on ASCII text
they match where the prefilters ``to_re2`` wrote do, and a class or a literal beyond ASCII
matches nothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.ingest import boilerplate_patterns as bp
from generator.ingest import threads, widgets
from generator.ingest.boilerplate_patterns import ascii_part

re2 = pytest.importorskip("re2")

_PATTERNS: list[re.Pattern[str] | fastre.Pattern] = [
    bp.SEPARATOR_RE,
    bp.CONSENT_RE,
    bp.CAPTION_CREDIT_RE,
    bp.NEWSLETTER_RE,
    bp.TIMESTAMP_RE,
    widgets._SHARE_TOKEN,
    threads._STAMP_KEYS_RE,
    bp.COMMENT_HEAD_RE,
    bp.COPYRIGHT_RE,
    bp.HEAD_STAMP_RE,
    bp.STAFF_BYLINE_RE,
]
_TEXTS = [
    "Share this | Tweet | 12",
    "We use cookies to improve your experience.",
    "Photograph: Ron Edmonds/AP",
    "Sign up to our daily newsletter",
    "Updated 10:35 GMT",
    "© 2024 The Paper Ltd. All rights reserved.",
    "2 hours ago",
    "By the CNN Wire Staff Tanks rolled into the square on Friday.",
    "Saturday 15 January 2005 00.03 GMT The minister resigned after a long day of talks.",
    "--- *** ---",
    "",
]


def _matches(prefilter: str, text: str) -> bool:
    options = re2.Options()
    options.never_capture = True
    return re2.compile(prefilter, options).search(text) is not None


def test_the_ascii_part_drops_what_lies_beyond_ascii() -> None:
    written = r"(?:[\x{9}-\x{d}\x{20}\x{80}-\x{10ffff}]){1,}[Ii\x{130}-\x{131}]\x{e9}[^\n](?s:.)\Ab"
    assert ascii_part(written) == (
        r"(?:[\x{9}-\x{d}\x{20}]){1,}[Ii][^\x{0}-\x{10ffff}][\x{0}-\x{9}\x{b}-\x{7f}][\x{0}-\x{7f}]\Ab"
    )


@pytest.mark.skipif(not fastre.has_re2(), reason="google-re2 is not installed")
@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern[:30])
def test_the_ascii_part_matches_ascii_text_alike(pattern: re.Pattern[str] | fastre.Pattern) -> None:
    written = fastre.to_re2(pattern.pattern, pattern.flags)
    ascii_only = ascii_part(written)
    for text in _TEXTS:
        assert _matches(ascii_only, text) == _matches(written, text), text


@pytest.mark.skipif(not fastre.has_re2(), reason="google-re2 is not installed")
@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(max_codepoint=0x7F), max_size=60))
def test_the_ascii_part_matches_generated_ascii_text_alike(text: str) -> None:
    for pattern in _PATTERNS:
        written = fastre.to_re2(pattern.pattern, pattern.flags)
        assert _matches(ascii_part(written), text) == _matches(written, text)
