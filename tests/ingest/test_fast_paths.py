"""Ingest's fast paths write exactly what the slow ones did, and stay crash-safe."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest.jsonl import detokenize
from generator.ingest.voice import _FIRST_PERSON_WORD, _QUOTED, FIRST_PERSON_RATE, _ascii_counts
from generator.store import journal as store
from generator.store.files import write_text_atomic
from generator.store.journal import transaction
from generator.store.sources import FIELDS, dump_record

_TRICKY = st.sampled_from(
    ["a", " ", "  ", ":", "#", "- ", "'", '"', "ünï", "x" * 45, "—", "\u00a0", "\u2028", "\n"]
)
_VALUES = st.text(max_size=120) | st.lists(_TRICKY, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELDS), _VALUES))
def test_source_records_are_written_as_pyyaml_writes_them(data: dict[str, str]) -> None:
    assert dump_record(data) == yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=88)


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        (
            "He said -LRB- in Geneva -RRB- that it was n't over .",
            "He said (in Geneva) that it wasn't over.",
        ),
        ("`` Stay home , '' she said ' quietly ' .", "\"Stay home,\" she said' quietly '."),
        ("costs $ 5 , or 10 % ; [ sic ]", "costs $5, or 10%; [sic]"),
    ],
)
def test_detokenize_joins_punctuation(tokens: str, text: str) -> None:
    assert detokenize(tokens) == text


_PTB_SPACING = (  # detokenize's steps as plain regexes, one pass each: what it must equal
    (re.compile(r"``\s*"), '"'),
    (re.compile(r"\s*''"), '"'),
    (re.compile(r"\s+(?=[,.;:!?%)\]}])"), ""),
    (re.compile(r"([(\[{$])\s+"), r"\1"),
    (re.compile(r"\s+(?=(?:n't|'s|'re|'ve|'ll|'d|'m)\b)", re.IGNORECASE), ""),
    (re.compile(r"\s+(?='(?:\s|$))"), ""),
    (re.compile(r"[ \t]{2,}"), " "),
)
_PTB_PIECES = st.sampled_from(
    [
        *"''|``|'|n't|N'T|'s|'S|'ſ|'re|'ll|'d|'m|'dé|s|n|a|é|_".split("|"),
        *",.;:!?%)]}([{$",
        *[" ", "  ", "\t", "\n", "\u00a0", "\u3000", "\x1c"],
    ]
)


def _paired(line: str) -> str:
    """A line whose quotes are all ``''`` (an even number, no ````` ``), each odd one an opening
    ````` `` with no space after it."""
    parts = line.split("''")
    if len(parts) < 3 or len(parts) % 2 == 0 or "``" in line:
        return line
    out = parts[0]
    for k, part in enumerate(parts[1:]):
        out += "``" + part.lstrip() if k % 2 == 0 else "''" + part
    return out


def test_a_line_quoted_with_two_closing_marks_gets_an_opening_one() -> None:
    tokens = "was taken to hospital with '' flu - like symptoms '' today after falling ill ."
    assert (
        detokenize(tokens)
        == 'was taken to hospital with "flu - like symptoms" today after falling ill.'
    )
    assert detokenize("He said `` stay , '' and left '' .") == 'He said "stay," and left".'


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PTB_PIECES, max_size=40).map("".join))
def test_detokenize_spaces_as_the_plain_regexes_do(text: str) -> None:
    expected = "\n".join(_paired(line) for line in text.split("\n"))
    for pattern, repl in _PTB_SPACING:
        expected = pattern.sub(repl, expected)
    assert detokenize(text) == expected


def test_files_written_in_a_transaction_are_synced_at_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[str] = []
    monkeypatch.setattr(store, "_sync_files", lambda paths: synced.extend(paths))
    inside, outside = tmp_path / "content" / "events" / "a.yaml", tmp_path / "other.txt"
    with transaction(tmp_path / "content"):
        assert write_text_atomic(inside, "one\n")
        assert write_text_atomic(inside, "two\n")
        assert not synced  # not one file at a time
        write_text_atomic(outside, "synced at once\n")
    assert synced == [str(inside)]
    assert inside.read_text("utf-8") == "two\n"


def test_str_split_splits_words_where_regex_white_space_does() -> None:
    every = "a".join(map(chr, range(sys.maxunicode + 1)))
    assert every.split() == re.findall(r"\S+", every)


_FIRST_PERSON_PLAIN = re.compile(
    r"(?<![\w'’])(?:I|I['’](?:m|ve|d|ll)|me|my|myself|we|we['’](?:re|ve|d|ll)|our|us)(?![\w'’])"
)
_VOICE_PIECES = st.sampled_from(
    [
        *"I|I'm|I’ve|I'd|I'll|me|my|myself|we|we're|we’d|our|us|u|s|e|y|'|’|_|1|é|x".split("|"),
        *[" ", "\n", "-", '"', "“", "”", "İ", "ı"],
    ]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_VOICE_PIECES, max_size=30).map("".join))
def test_first_person_words_are_found_as_the_plain_pattern_finds_them(text: str) -> None:
    assert _FIRST_PERSON_WORD.findall(text) == _FIRST_PERSON_PLAIN.findall(text)


_ASCII_VOICE_PIECES = st.sampled_from(
    [
        *"I|I'm|I've|I'd|I'll|Im|me|my|myself|mys|we|we're|we'd|wee|our|ours|us|u|s|e|y|'|_|1|x".split(
            "|"
        ),
        *[" ", "  ", "\n", "\t", "\x1c", "-", '"', "``", "''", "`"],
    ]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_ASCII_VOICE_PIECES, max_size=40).map("".join))
def test_an_ascii_pages_counts_are_the_plain_ones(text: str) -> None:
    unquoted = _QUOTED.sub(" ", text)
    first = len(_FIRST_PERSON_PLAIN.findall(unquoted))
    counted, words, most = _ascii_counts(text)
    assert (counted, most) == (first, int(1000 * first / FIRST_PERSON_RATE))
    if first:
        assert words == len(unquoted.split())
