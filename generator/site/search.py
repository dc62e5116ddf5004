"""What event pages put into Material's search index (``search/search_index.json``).

Material's search (lunr) splits text into words at whitespace and hyphens,
lower-cases them, trims non-word characters from their ends and drops stop
words ("the", "in"); a page is found by any of its words. Text that repeats
only words the page already indexes (its title, summary, or an earlier quote)
adds bytes to the index and nothing to what finds the page, so event pages
mark such quotes (and such a date line or list of entities and tags)
``data-search-exclude`` (:class:`SearchWords`). :func:`compact_index` then
makes each event page one entry of plain text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

_SEPARATOR = re.compile(r"[\s\-]+")
_TRIM = re.compile(r"^\W+|\W+$", re.ASCII)  # lunr.trimmer: JavaScript's \W is ASCII-only


STOP_WORDS = frozenset(
    "a able about across after all almost also am among an and any are as at be because "
    "been but by can cannot could dear did do does either else ever every for from get got "
    "had has have he her hers him his how however i if in into is it its just least let "
    "like likely may me might most must my neither no nor not of off often on only or other "
    "our own rather said say says she should since so some than that the their them then "
    "there these they this tis to too twas us wants was we were what when where which while "
    "who whom why will with would yet you your".split()
)
"""lunr's English stop words (``stopWordFilter`` in the index's pipeline): never searchable."""


_WORD = re.compile(r"(?<![^\s\-])[^\s\-]*?([A-Za-z0-9_](?:[^\s\-]*[A-Za-z0-9_])?)[^\s\-]*")
"""One part between separators, captured trimmed as :data:`_TRIM` trims it (a part with
no ASCII word character gives no match; the look-behind keeps that linear)."""


def search_words(text: str) -> set[str]:
    """The searchable words of ``text`` as the search index sees them.

    The same as splitting at :data:`_SEPARATOR`, lower-casing each part and
    trimming it with :data:`_TRIM`, in one regular expression (lower-casing
    never makes or removes a separator).
    """
    return {word for word in _WORD.findall(text.lower()) if word not in STOP_WORDS}


class SearchWords:
    """The words a page already puts into the search index."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self.words: set[str] = set()
        """Every word indexed so far."""
        for text in texts:
            self.words |= search_words(text)

    def adds(self, text: str) -> bool:
        """Whether indexing ``text`` would add a word; if so, its words count as indexed."""
        new = search_words(text) - self.words
        self.words |= new
        return bool(new)


FOLDED = ("events/", "sources/")
"""Pages (URL prefixes) whose search entries :func:`compact_index` folds into one."""
_TAG = re.compile(r"</?(?:p|ul|ol|li)>")
_SPACES = re.compile(r"\s{2,}")


def compact_index(data: dict[str, Any]) -> dict[str, Any]:
    """Material's search index with each event page as one entry of plain text.

    Material makes an entry per page and one per heading with its section's
    text. On an event page the only indexed section besides the top is its
    sources' quotes; a result for "Sources (3)" says no more than the event
    itself, and each entry repeats the page's URL. The text keeps its HTML
    escaping (it is shown as HTML); only paragraph and list tags go. The same
    index always gives the same bytes, and a compacted index stays as it is.
    """
    docs: list[dict[str, Any]] = []
    pages: dict[str, dict[str, Any]] = {}
    for entry in data.get("docs", []):
        page = entry["location"].split("#", 1)[0]
        if not page.startswith(FOLDED):
            docs.append(entry)
            continue
        text = _SPACES.sub(" ", _TAG.sub(" ", entry.get("text", ""))).strip()
        if page in pages:
            first = pages[page]
            first["text"] = f"{first['text']} {text}".strip()
            continue
        pages[page] = {**entry, "location": page, "text": text}
        docs.append(pages[page])
    return {**data, "docs": docs}


def dumps_index(data: dict[str, Any]) -> str:
    """The index as Material writes it (compact JSON, ASCII)."""
    return json.dumps(data, separators=(",", ":"), default=str)
