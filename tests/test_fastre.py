"""RE2 prefilters: they refuse only texts Python's ``re`` finds nothing in, so output is
byte-identical with and without them (``generator.fastre``)."""

from __future__ import annotations

import _sre
import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import generator
from generator import fastre, re2_translate
from generator.ingest import build_events, read_articles
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not fastre.has_re2(), reason="google-re2 is not installed")

SHARED = ROOT.parent / "shared" / "data" / "t17"


def _all_patterns() -> list[fastre.Pattern]:
    for module in pkgutil.walk_packages(generator.__path__, "generator."):
        importlib.import_module(module.name)
    return fastre.patterns()


def _seed_lines() -> list[str]:
    return [
        line
        for path in sorted((ROOT / "seeds").iterdir())
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]


# Text built from the patterns' own vocabulary, case and spacing varied, Unicode look-alikes.
_PIECES = st.sampled_from(
    [
        "Reply",
        "| Report",
        "RETWEET",
        "RT @cnn",
        "(@user)",
        "pic.twitter.com/x",
        "t.co/a",
        "log in to reply",
        "Posted by",
        "Updated 12:30",
        "10:15 a.m. ET - ",
        "©",
        "(c) 2009",
        "copyright 2010",
        "All Rights Reserved",
        "7-10 pm",
        "Producer/Jane",
        "From 9pm,",
        " ",
        "  ",
        "\u00a0",
        "\t",
        "\n",
        ",",
        ".",
        ":",
        "|",
        "-",
        "–",
        "—",
        "’",
        "“",
        "”",
        "İ",
        "ı",
        "ſ",
        "\u212a",
        "é",
        "Ünïcode",
        "7",
        "٣",
        "2009",
        "May 22, 2009",
        "in Taipei",
        "people wear masks",
        "the",
        "said",
        "on Tuesday",
        "photo: Jane Doe",
    ]
)
_TEXT = st.lists(_PIECES, max_size=25).map("".join) | st.text(max_size=80)


def test_patterns_exist_and_most_are_prefiltered() -> None:
    patterns = _all_patterns()
    assert len(patterns) >= 5
    assert all(p.prefilter is not None for p in patterns), [
        p.pattern for p in patterns if p.prefilter is None
    ]


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_a_prefilter_never_refuses_a_text_re_matches(text: str) -> None:
    for pattern in _all_patterns():
        if re.search(pattern.pattern, text, pattern.flags):
            assert pattern.may_match(text), (pattern.pattern, text)


def test_prefilters_refuse_ordinary_prose_and_pass_what_re_finds() -> None:
    lines = _seed_lines()
    refused = 0
    for pattern in _all_patterns():
        plain = re.compile(pattern.pattern, pattern.flags)
        for line in lines:
            if plain.search(line):
                assert pattern.may_match(line), (pattern.pattern, line)
            refused += not pattern.may_match(line)
    assert refused > len(lines)  # they do refuse work, or they would be pointless


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"\bword\b", 0, "a word here"),  # \b dropped: RE2 is asked for "word"
        (r"(?<!x)abc(?=d)", 0, "zabcd"),  # lookarounds dropped
        (r"end$", 0, "the end\n"),  # Python's $ before a final newline
        (r"(?i)file", 0, "FİLE"),  # İ lower-cases to i for Python
        (r"(?i)kit", 0, "\u212aIT"),  # the Kelvin sign
        (r"(?i)sign", 0, "ſign"),  # long s
        (r"(?i)[a-z]+ing", 0, "ıkıng"),  # dotless i, in a range and a literal
        (r"\w+\s\d", 0, "Ünï\u00a0٣"),  # Unicode word, space and digit
        (r"[^.]{3}", 0, "ab\n"),  # a negated class matches a newline
        (r"(a)b\1", 0, "aba"),  # a back-reference: no prefilter, re alone
        (r"\bday\b", re.ASCII, "a dayé"),  # ASCII's \b, kept: "é" is no word character
        (r"[^\s]x", re.ASCII, "\x1cx"),  # not an ASCII space, though a Unicode one
        (r"\d+\s", re.ASCII, "12\x0b"),  # ASCII's \s has the vertical tab, RE2's not
        (r"(?i)[a-z]+day", re.ASCII, "TODAY"),
    ],
)
def test_translation_keeps_every_match(pattern: str, flags: int, text: str) -> None:
    compiled = fastre.compile(pattern, flags)
    assert re.search(pattern, text, flags)
    assert compiled.search(text) is not None
    assert compiled.search(text).span() == re.search(pattern, text, flags).span()  # type: ignore[union-attr]


def test_ascii_word_boundaries_are_kept() -> None:
    compiled = fastre.compile(r"\bday\b", re.ASCII)
    assert compiled.prefilter is not None and r"\b" in compiled.prefilter
    assert not compiled.may_match("birthday")
    assert compiled.may_match("day-to-day")


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_the_first_start_is_at_or_before_re_first_match(text: str) -> None:
    for pattern in _all_patterns():
        found = re.search(pattern.pattern, text, pattern.flags)
        if found:
            assert 0 <= pattern.first_start(text) <= found.start(), (pattern.pattern, text)


def test_the_first_start_counts_characters() -> None:
    compiled = fastre.compile(r"\d+", re.ASCII)  # no Unicode digit to let through
    assert compiled.first_start("’’ 12") == 3
    assert compiled.first_start("no digit") == -1
    assert compiled.first_start("\ud800 12") == 0  # a lone surrogate: from the start
    with fastre.pure_python():
        assert compiled.first_start("no digit") == 0


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(min_value=0, max_value=40))
def test_search_from_finds_what_re_finds_from_an_offset(text: str, pos: int) -> None:
    for pattern in _all_patterns():
        expected = re.compile(pattern.pattern, pattern.flags).search(text, pos)
        assert _span(pattern.search_from(text, pos)) == _span(expected), (pattern.pattern, text)


def test_search_from_counts_characters_and_sees_the_text_before_the_offset() -> None:
    compiled = fastre.compile(r"\bMr\s+[A-Z]\w+")
    text = "“Mr Ruiz” and XMr Not, then Mr Clark"
    assert compiled.search_from(text, 0).group() == "Mr Ruiz"  # type: ignore[union-attr]
    assert compiled.search_from(text, 2).group() == "Mr Clark"  # type: ignore[union-attr]
    assert compiled.search_from(text, 15).group() == "Mr Clark"  # type: ignore[union-attr]
    assert compiled.search_from("XMr Not", 1) is None  # \b looks before the offset
    assert compiled.search_from("\ud800 Mr Lone", 1).start() == 2  # type: ignore[union-attr]
    with fastre.pure_python():
        assert compiled.search_from(text, 2).group() == "Mr Clark"  # type: ignore[union-attr]


def test_search_from_keeps_only_the_last_text_encoded() -> None:
    compiled = fastre.compile(r"\bMr\s+[A-Z]\w+")
    first, second = "Mr Ruiz and Mr Clark", "“Mr Clark” and Mr Ruiz"
    for text in (first, second, first, second):  # each text's own bytes, not the last one's
        found, pos = [], 0
        while match := compiled.search_from(text, pos):
            found.append(match.group())
            pos = match.end()
        assert found == re.findall(r"\bMr\s+[A-Z]\w+", text)
    assert list(fastre._ENCODED.items()) == [(second, second.encode("utf-8"))]


def test_a_lone_surrogate_is_left_to_re() -> None:
    compiled = fastre.compile(r"RETWEET")
    assert compiled.may_match("no \ud800 match")
    assert compiled.search("RETWEET \ud800") is not None


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


def test_the_patterns_of_a_scan_answer_as_each_would_alone() -> None:
    sources = (
        r"\bRETWEET\b|\bRT\s@",
        r"\d[:.]\d\d|\bago\b",
        r"\bcopyright\b\s*\d{4}",
        r"^watch\W*$",
    )
    scan = fastre.Scan()
    together = [fastre.compile(source, re.I, scan=scan) for source in sources]
    alone = [fastre.compile(source, re.I) for source in sources]
    texts = ["RT @cnn at 12:30", "COPYRİGHT 2009", "Watch", "two days ago", "", "a \ud800 b"]
    for text in [*texts, *_seed_lines()]:
        assert [p.may_match(text) for p in together] == [p.may_match(text) for p in alone], text
        assert [_span(p.search(text)) for p in together] == [_span(p.search(text)) for p in alone]
    assert all(p.may_match("RT @cnn at 12:30, two days ago") for p in together[:2])


def test_a_back_reference_is_left_to_re() -> None:
    assert fastre.compile(r"(a)b\1").prefilter is None


def test_refused_texts_give_what_re_gives() -> None:
    compiled = fastre.compile(r"\bRETWEET\b|\bRT\s@", re.I)
    text = "An ordinary sentence about a meeting."
    assert not compiled.may_match(text)
    assert compiled.search(text) is None
    assert compiled.sub("x", text) == text
    assert compiled.subn("x", text) == (text, 0)
    assert compiled.split(text) == [text]
    assert compiled.findall(text) == []
    assert list(compiled.finditer(text)) == []
    assert compiled.findall("RT @a and rt @b") == ["RT @", "rt @"]


def test_every_code_point_lowering_to_ascii_is_known() -> None:
    lowering = {
        code: chr(_sre.unicode_tolower(code))
        for code in range(0x80, 0x110000)
        if _sre.unicode_tolower(code) < 0x80
    }
    table = re2_translate._LOWERING_TO_ASCII
    known = {code: lower for lower, codes in table.items() for code in codes}
    assert lowering == known


def _events(corpus: Path) -> list[object]:
    return build_events(list(read_articles([corpus], workers=1))).events


@pytest.mark.parametrize(
    "corpus",
    [ROOT / "seeds", SHARED / "h1n1" / "guardian" / "articles.jsonl"],
    ids=["seeds", "h1n1-guardian"],
)
def test_ingest_is_identical_without_prefilters(corpus: Path) -> None:
    if not corpus.exists():
        pytest.skip("shared data not present")
    fast = _events(corpus)
    with fastre.pure_python():
        assert all(p.may_match("") for p in fastre.patterns())
        slow = _events(corpus)
    assert fast == slow


def test_a_member_joining_a_scan_after_its_first_scan_is_answered() -> None:
    scan = fastre.Scan()
    first = fastre.compile(r"\bquake\b", scan=scan)
    assert first.may_match("a quake hit") and not first.may_match("a storm hit")
    later = fastre.compile(r"\bstorm\b", scan=scan)  # the set compiles again, with both
    assert later.may_match("a storm hit") and not later.may_match("a quake hit")
    assert first.may_match("a quake hit") and not first.may_match("a storm hit")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1 2é’\n", max_size=30))
def test_prefilter_spans_are_re_s_for_an_exact_translation(text: str) -> None:
    compiled = fastre.compile(r"\b(?:ab|b)\b|\d+|’", re.ASCII)  # no lookaround: exact
    spans = [m.span() for m in re.finditer(compiled.pattern, text, re.ASCII)]
    assert compiled.prefilter_spans(text) == spans  # in characters, past "é" and "’" too


def test_prefilter_spans_are_unknown_where_re2_cannot_tell() -> None:
    compiled = fastre.compile(r"\d*", re.ASCII)
    assert compiled.prefilter_spans("ab 12") is None  # an empty match
    digits = fastre.compile(r"\d+", re.ASCII)
    assert digits.prefilter_spans("1 \ud800 2") is None  # a lone surrogate
    assert digits.prefilter_spans("no digit") == []
    with fastre.pure_python():
        assert digits.prefilter_spans("12") is None
