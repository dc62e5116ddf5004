"""The tagger cuts a text into chunks in time linear in its length (issue 17)."""

from __future__ import annotations

from typing import SupportsIndex

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.temporal.engine import CHUNK_CHARS, MAX_LINE_PIECE, iter_chunks


class CountingText(str):
    """A text counting the characters its ``find`` and ``rfind`` calls may scan."""

    scanned = 0
    """Length of every range searched."""

    def _count(self, start: SupportsIndex | None, end: SupportsIndex | None) -> None:
        low, high, _step = slice(start, end).indices(len(self))
        self.scanned += max(0, high - low)

    def find(
        self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None, /
    ) -> int:
        self._count(start, end)
        return super().find(sub, start, end)

    def rfind(
        self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None, /
    ) -> int:
        self._count(start, end)
        return super().rfind(sub, start, end)


def scanned_chunking(text: str) -> int:
    counting = CountingText(text)
    assert list(iter_chunks(counting)) == list(iter_chunks(text))
    return counting.scanned


def test_chunking_a_one_line_text_does_not_scan_its_rest_for_each_chunk() -> None:
    line = "The council met on 7 March 2020 to approve the budget. "
    small = line * (20 * CHUNK_CHARS // len(line))
    # before: each chunk looked for the next newline in all the rest of the text
    assert scanned_chunking(small * 4) <= 6 * scanned_chunking(small)


def test_chunks_cover_the_text_and_keep_short_lines_whole() -> None:
    lines = [f"Line {i} of the story, on 7 March 2020." for i in range(2000)]
    text = "\n".join(lines) + "\n" + "word " * MAX_LINE_PIECE
    chunks = list(iter_chunks(text))
    assert "".join(c for _, c in chunks) == text
    assert [o for o, _ in chunks] == [
        sum(len(c) for _, c in chunks[:i]) for i in range(len(chunks))
    ]
    assert all(len(c) <= MAX_LINE_PIECE + 1 for _, c in chunks)
    assert all(c.endswith("\n") for _, c in chunks if c.startswith("Line"))


_LINES = st.tuples(st.integers(0, 3 * MAX_LINE_PIECE // 2), st.sampled_from(["ab ", "word. ", "x"]))


@settings(max_examples=50, deadline=None)
@given(st.lists(_LINES.map(lambda t: (t[1] * (t[0] // len(t[1]) + 1))[: t[0]]), max_size=6))
def test_chunks_always_rebuild_the_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    chunks = list(iter_chunks(text))
    assert "".join(c for _, c in chunks) == text
    assert all(len(c) <= MAX_LINE_PIECE + 1 for _, c in chunks)
