"""The key-word patterns searched in a unit's case-folded copy are asked about the unit's
own text in ``UNIT_SCAN`` or ``WIDGET_SCAN`` (``fastre.compile(..., folded=UNIT_SCAN)``):
their answers must equal the plain ``pattern.search(text.casefold())``, with RE2 and without."""

from __future__ import annotations

import sys
from contextlib import nullcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.ingest import boilerplate, threads, widgets
from generator.ingest.boilerplate_patterns import UNIT_SCAN, WIDGET_SCAN
from generator.ingest.units import word_count
from tests.conftest import ROOT

FOLDED = [widgets._KEY_WORD_RE, threads._POST_KEYS_RE, boilerplate._POLICY_KEYS_RE]
LIGATURES = {"st": "ﬆ", "fi": "ﬁ", "ff": "ﬀ", "fl": "ﬂ", "ss": "ß", "k": "\u212a", "s": "ſ"}


def _seed_lines() -> list[str]:
    return [
        line
        for path in sorted((ROOT / "seeds").iterdir())
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]


def _variants(text: str) -> list[str]:
    """The text, upper-cased, title-cased, and with each ligature or sign put in."""
    found = [text, text.upper(), text.title()]
    found += [text.replace(plain, odd) for plain, odd in LIGATURES.items() if plain in text]
    return found


def _texts() -> list[str]:
    lines = _seed_lines()
    crafted = ["this poﬆ on Instagram", "Sign up: newsleTTer", "Comment ﬁrst", "PiC.TwItTeR"]
    return [v for line in lines[::3] + crafted for v in _variants(line)]


def _plain(pattern: fastre.Pattern, text: str) -> list[str]:
    return [m.group() for m in pattern._re.finditer(text.casefold())]


def test_the_class_holds_every_character_folding_to_ascii() -> None:
    folding = {
        chr(code)
        for code in range(0x80, sys.maxunicode + 1)
        if not 0xD800 <= code < 0xE000 and any(c.isascii() for c in chr(code).casefold())
    }
    assert set(fastre._FOLDS_TO_ASCII[1:-1]) == folding


@pytest.mark.skipif(not fastre.has_re2(), reason="google-re2 is not installed")
def test_the_key_word_patterns_join_the_unit_scans() -> None:
    for pattern, scan in zip(FOLDED, (WIDGET_SCAN, UNIT_SCAN, UNIT_SCAN), strict=True):
        assert f"(?i:{pattern.prefilter})" in scan._prefilters
    for scan in (UNIT_SCAN, WIDGET_SCAN):
        assert fastre._FOLDS_TO_ASCII in scan._prefilters


@pytest.mark.parametrize("pure", [False, True], ids=["re2", "pure-python"])
def test_folded_searches_equal_the_plain_ones_on_seed_lines(pure: bool) -> None:
    texts = _texts()
    assert any(not t.isascii() for t in texts)
    with fastre.pure_python() if pure else nullcontext():
        for text in texts:
            for pattern in FOLDED:
                plain = _plain(pattern, text)
                assert pattern.findall_folded(text) == pattern._re.findall(text.casefold()), text
                found = pattern.search_folded(text)
                assert (found.group() if found else None) == (plain[0] if plain else None), text
    assert threads._POST_KEYS_RE.search_folded("this poﬆ on Instagram") is not None


@given(
    st.text(
        st.sampled_from(list("postcommenTSIGNrt @./(") + list(LIGATURES.values()) + ["é", "“"]),
        max_size=40,
    )
)
@settings(max_examples=400, deadline=None)
def test_folded_searches_equal_the_plain_ones_on_generated_text(text: str) -> None:
    for pattern in FOLDED:
        assert pattern.findall_folded(text) == pattern._re.findall(text.casefold())


def test_unit_readers_answer_as_without_prefilters() -> None:
    texts = _texts()
    fast = [_readings(t) for t in texts]
    with fastre.pure_python():
        slow = [_readings(t) for t in texts]
    assert fast == slow


def _readings(text: str) -> tuple[object, ...]:
    n = word_count(text)
    evidence = threads.unit_evidence(0, text)
    return (
        widgets._stock_phrase_reason(text, n),
        boilerplate._marker_reason(text),
        None if evidence is None else vars(evidence),
    )
