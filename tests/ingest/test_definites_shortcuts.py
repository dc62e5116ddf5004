"""The shortcuts of :mod:`generator.ingest.definites` answer as the plain computations:
a noun's window of tokens (``_window_tokens``) is the one a plain scan of every token of
the window finds, on the seeds and on generated text; an article's namings are counted
as a counter of each noun counted them; a word's modifier test and the kept words of a
naming are the plain character-by-character and list-building ones."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import definites, read_articles

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _plain(text: str, first: int, last: int, start: int, end: int) -> tuple[list[str], int] | None:
    """Every token of the window read one by one, as ``_window`` did."""
    tokens: list[str] = []
    i = -1
    for token in definites._TOKEN.finditer(text, first, last):
        if token.end() == end and token.start() <= start:
            i = len(tokens)
        tokens.append(token.group())
    return None if i < 0 else (tokens, i)


def _check(text: str, head: str) -> int:
    """Compare both at each place of ``head`` in ``text``, over windows from 0 and from
    each white space before it; how many found a token."""
    found = 0
    for place in re.finditer(re.escape(head), text):
        start, end = place.span()
        firsts = [0, *[m.start() for m in re.finditer(r"\s", text[:start])][-3:]]
        for first in firsts:
            for last in (end, min(len(text), end + 30), len(text)):
                new = definites._window_tokens(text, first, last, start, end)
                assert new == _plain(text, first, last, start, end), (text, head, first, last)
                found += new is not None
    return found


def test_window_tokens_are_the_plain_scans_on_the_seeds() -> None:
    found = 0
    for article in read_articles([SEEDS]):
        text = "\n".join(article.paragraphs)
        for head in ("the", "virus", "quake", "government", "s", "ion", "said"):
            found += _check(text, head)
    assert found > 100


_PIECES = st.sampled_from(
    [
        " ",
        "\n",
        "\t",
        "\u00a0",
        "virus",
        "viruses",
        "H1N1",
        "(",
        ")",
        ",",
        "10,000",
        "’s",
        "'",
        ".",
        "-",
        "“",
        "the",
        "quake",
        "earthquake",
        "_",
        "é",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_window_tokens_are_the_plain_scans_on_generated_text(text: str) -> None:
    for head in ("virus", "quake", "s"):
        _check(text, head)


def _plain_is_modifier(token: str) -> bool:
    """``_is_modifier`` as it was: each character asked in Python."""
    if token in definites._NOT_NAMES or not any(c.isalpha() for c in token):
        return False
    return token[:1].isupper() or (
        any(c.isdigit() for c in token) and any(c.isalpha() for c in token)
    )


def _plain_kept_modifiers(mods: str) -> tuple[str, bool]:
    """``_kept_modifiers`` as it was: the kept words put in a list one by one."""
    words = mods.split()
    kept: list[str] = []
    for word in reversed(words):
        if not _plain_is_modifier(word):
            break
        kept.insert(0, word)
    return " ".join(kept), len(kept) == len(words)


def _seed_words() -> list[str]:
    return [
        word
        for article in read_articles([SEEDS])
        for paragraph in article.paragraphs
        for word in paragraph.split()
    ]


_TOKEN_PIECES = st.sampled_from(
    ["H", "h", "1", "N", "é", "É", "ß", "'s", "’s", ".", "-", "_", "Sunday", "The", "²", "٣", "ǅ"]
)
_TOKENS = st.lists(_TOKEN_PIECES, max_size=6).map("".join)


def test_modifier_test_is_the_plain_one_on_the_seeds() -> None:
    words = [*_seed_words(), "", "H1N1", "7.0-magnitude", "Sunday's", "U.S.", "2011", "iPhone"]
    found = [definites._is_modifier(word) for word in words]
    assert found == [_plain_is_modifier(word) for word in words]
    assert 0 < sum(found) < len(found)


@settings(max_examples=600, deadline=None)
@given(_TOKENS)
def test_modifier_test_is_the_plain_one_on_generated_tokens(token: str) -> None:
    assert definites._is_modifier(token) == _plain_is_modifier(token)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENS, max_size=5).map(" ".join))
def test_kept_modifiers_are_the_plain_ones(mods: str) -> None:
    assert definites._kept_modifiers(mods) == _plain_kept_modifiers(mods)


def test_kept_modifiers_are_the_plain_ones_on_the_seeds() -> None:
    words = _seed_words()
    for i in range(0, len(words) - 3, 2):
        mods = " ".join(words[i : i + 3])
        assert definites._kept_modifiers(mods) == _plain_kept_modifiers(mods)


def _plain_namings(paragraphs: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """``article_namings`` as it was: each naming added to a counter of its noun."""
    text = "\n".join(paragraphs)
    found: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for match in definites._NAMING_AHEAD.finditer(text):
        mods, head, after = match.groups()
        if head in definites._NOT_NAMED or (after and not definites._ends_before(after)):
            continue
        kept, whole = _plain_kept_modifiers(mods)
        if not kept:
            continue
        if whole:
            start = match.start()
            before = text[max(0, start - 20) : start].rstrip()[-1:]
            if not (before.isalnum() or before == ","):
                continue
        found[head][kept] += 1
    namings = []
    for head, forms in sorted(found.items()):
        (best, count), total = forms.most_common(1)[0], sum(forms.values())
        namings.append((head, best if count >= definites._MOST_SHARE * total else ""))
    return tuple(namings)


def test_article_namings_are_the_plain_counts_on_the_seeds() -> None:
    named = 0
    for article in read_articles([SEEDS]):
        namings = definites.article_namings(article.paragraphs)
        assert namings == _plain_namings(article.paragraphs)
        named += len(namings)
    assert named > 20


def test_the_first_of_equally_given_forms_is_taken() -> None:
    paragraphs = ["Officials said the Delta virus spread, then the Omicron virus did."]
    assert definites.article_namings(paragraphs) == _plain_namings(paragraphs)
    assert definites.article_namings(paragraphs) == (("virus", ""),)
    paragraphs = ["Officials said the Delta virus, the Delta virus and the Omicron virus spread."]
    assert definites.article_namings(paragraphs) == (("virus", "Delta"),)


def _plain_matches(text: str) -> list[tuple[int, str, str, str]]:
    """Every naming ``_NAMING_AHEAD`` finds in ``text`` itself: start, words before, noun, after."""
    return [(m.start(), *m.groups()) for m in definites._NAMING_AHEAD.finditer(text)]


def _class_matches(text: str) -> list[tuple[int, str, str, str]]:
    """The same, found in the text's character classes (the ASCII shortcut)."""
    found = []
    for m in definites._CLASS_NAMING.finditer(text.encode().translate(definites._CLASSES)):
        (start, _), (at, end), (after_start, after_end) = m.regs
        found.append((start, text[start:at], text[at:end], text[after_start:after_end]))
    return found


_ASCII_WORDS = st.sampled_from(
    ["H1N1", "Obama", "US", "X", "9", "Z-", "O'", "A.B.", "virus", "administration", "flu",
     "the", "ab", "e.g.", "", "_"]
)  # fmt: skip
_ASCII_GAPS = st.sampled_from([" ", " ", " ", "  ", "\n", "\t", "\x1c", "\x1f", ".", ",",
                               "'", "-", "_", "(", "!", ". "])  # fmt: skip
_ASCII_TEXTS = st.lists(st.tuples(_ASCII_WORDS, _ASCII_GAPS), max_size=12).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


@settings(max_examples=600, deadline=None)
@given(_ASCII_TEXTS)
def test_ascii_namings_find_what_the_text_pattern_finds(text: str) -> None:
    """The class pattern matches where ``_NAMING_AHEAD`` matches in the ASCII text, with the
    same groups: capitals after punctuation, apostrophes and hyphens after the noun, the
    white space ``\\s`` takes beyond the space and the newline."""
    assert _class_matches(text) == _plain_matches(text)


def test_ascii_namings_are_the_text_patterns_on_the_seeds() -> None:
    texts = ["\n".join(article.paragraphs) for article in read_articles([SEEDS])]
    assert any(_plain_matches(text) for text in texts)
    for text in texts:
        ascii_text = text.encode("ascii", "replace").decode()
        assert _class_matches(ascii_text) == _plain_matches(ascii_text)
