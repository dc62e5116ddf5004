"""Faster helpers of page generation give exactly what the plain versions gave."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.site.base import h, md_escape
from generator.site.generate import write_pages
from generator.site.incremental import file_hash
from generator.site.search import _SEPARATOR, _TRIM, STOP_WORDS, search_words

# Text rich in what the helpers treat specially: Markdown and HTML characters,
# separators, Unicode spaces, letters whose lower case is special (İ, Σ, K).
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("\\`*_{}[]()>#+-.!|~<&;'\" \t\n\u00a0\u2028\u3000İΣςK-")),
        st.characters(max_codepoint=0x3000),
    ),
    max_size=40,
)

_MD = re.compile(r"([\\`*_{}\[\]()>#+\-.!|~<])")
_INLINE = {ord(c): f"&#{ord(c)};" for c in "\\`*_[]{}|~#"}


def _md_escape_plain(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return _MD.sub(r"\\\1", html.escape(text, quote=False))


def _h_plain(text: str) -> str:
    """Each character escaped once, on its own (the Markdown references never re-escaped)."""
    return "".join(
        _INLINE.get(ord(c)) or html.escape(c, quote=True) for c in re.sub(r"\s+", " ", text).strip()
    )


def _search_words_plain(text: str) -> set[str]:
    words = (_TRIM.sub("", part.lower()) for part in _SEPARATOR.split(text))
    return {word for word in words if word and word not in STOP_WORDS}


@settings(max_examples=200)
@given(TEXT)
def test_escaping_is_unchanged(text: str) -> None:
    assert md_escape(text) == _md_escape_plain(text)
    assert h(text) == _h_plain(text)


@settings(max_examples=200)
@given(TEXT)
def test_search_words_are_unchanged(text: str) -> None:
    assert search_words(text) == _search_words_plain(text)


def test_search_words_stay_linear_on_long_runs_without_word_characters() -> None:
    text = "a" * 50_000 + "中" * 50_000 + "b " + "—" * 100_000
    assert search_words(text) == {"a" * 50_000 + "中" * 50_000 + "b"}


def test_write_pages_removes_what_is_no_longer_generated(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_pages(docs, {"a.md": "A", "x/y/b.md": "B", "x/c.md": "C", "z/d.md": "D"})
    (docs / ".hidden").write_text("kept", "utf-8")
    (docs / "x" / "y" / ".keep").write_text("kept", "utf-8")
    (docs / "empty" / "deeper").mkdir(parents=True)
    written = write_pages(docs, {"a.md": "A2", "x/c.md": "C"})
    found = sorted(
        os.path.relpath(os.path.join(folder, name), docs)
        for folder, dirs, files in os.walk(docs)
        for name in [*dirs, *files]
    )
    assert found == [".hidden", "a.md", "x", "x/c.md", "x/y", "x/y/.keep"]
    assert written.changed == 3  # a.md rewritten, x/y/b.md and z/d.md removed
    # the hashes the incremental build's manifest takes instead of reading the files again
    assert written.hashes == {rel: file_hash(docs / rel) for rel in ("a.md", "x/c.md")}
    assert (docs / "a.md").read_text("utf-8") == "A2"
