"""Regular expressions that a compiled RE2 scan can refuse before Python's ``re`` runs.

Most of ingest's patterns look for something rare (a comment header, a photo
credit, a wire stamp) in every sentence of every article, and Python's
backtracking engine spends most of ingest's time proving they are not there.
:func:`compile` returns a :class:`Pattern` that first asks RE2 (``google-re2``,
a linear-time automaton in C++) whether the text can match at all; only when it
can does Python's ``re`` run and give the match. The RE2 pattern is translated
from the Python one so that it matches *at least* where Python's does (word
boundaries and lookarounds are dropped, ``$`` may match before any newline; under
``re.ASCII`` a ``\\b`` is kept, RE2's being ASCII's):
the answer always comes from ``re``, so results are byte-identical with or
without RE2. Patterns asked about the same texts can share a :class:`Scan`: one
RE2 set scan of a text then answers all their prefilters.

Without ``google-re2`` (a platform with no wheel), or with
``CHRONICLE_PURE_PYTHON=1`` in the environment, every call goes to ``re``.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Container, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from generator.re2_translate import Untranslatable, only_literals, to_re2

__all__ = [
    "Pattern",
    "Scan",
    "Untranslatable",
    "compile",
    "has_re2",
    "patterns",
    "pure_python",
    "to_re2",
]

log = logging.getLogger(__name__)

PURE_PYTHON_ENV = "CHRONICLE_PURE_PYTHON"
"""Environment variable: set to ``1`` to run every pattern on Python's ``re`` alone."""


def _load_re2() -> Any:
    if os.environ.get(PURE_PYTHON_ENV, "") not in ("", "0"):
        return None
    try:
        import re2
    except ImportError:  # no wheel for this platform: ``re`` does it all
        return None
    return re2


_RE2 = _load_re2()
_FOLDS_TO_ASCII = "[ßİŉſǰẖẗẘẙẚẞKﬀﬁﬂﬃﬄﬅﬆ]"
"""An RE2 class of the non-ASCII characters whose :meth:`str.casefold` holds an ASCII one
("ß", "ﬁ"); tests/test_fastre.py checks it against every code point."""


class Pattern:
    """A compiled Python regular expression with an RE2 prefilter; the API of ``re.Pattern``.

    Every answer comes from Python's ``re``; RE2 only says when there is none.
    Calls with ``pos``/``endpos`` go straight to ``re``.
    """

    pattern: str
    """The Python pattern."""
    flags: int
    """Its ``re`` flags."""
    prefilter: str | None
    """The RE2 pattern that refuses texts first, or None when ``re`` runs alone."""

    def __init__(
        self, pattern: str, flags: int = 0, scan: Scan | None = None, folded: Scan | None = None
    ) -> None:
        self._re = re.compile(pattern, flags)
        self.pattern = pattern
        self.flags = self._re.flags
        self.groups = self._re.groups
        self.groupindex = self._re.groupindex
        self.prefilter = None
        own: Scan | None = None  # the pattern's one-member scan, when it is not in ``scan``
        self._prefiltered_start: Callable[[str], int] = _at_start
        self._prefiltered_from: Callable[[str, int], int | None] = _anywhere
        self._prefiltered_spans: Callable[[str], list[tuple[int, int]] | None] = _no_spans
        if _RE2 is not None:
            own, self._prefiltered_start, self._prefiltered_from, self._prefiltered_spans = (
                self._load_prefilter(pattern, flags)
            )
        self._index = 0
        self._prefiltered_kept: _Kept = _ALL_KEPT
        self._scan_text: Callable[[str], Container[int]] = _scan_all
        if scan is not None and self.prefilter is not None:
            self._index = scan.join(self.prefilter)
            self._prefiltered_kept = scan._found
            self._scan_text = scan.scan
        elif own is not None:  # alone: a one-member set, its answer not kept (texts vary)
            self._prefiltered_kept = _NONE_KEPT
            self._scan_text = own.scan_once
        self._folded_prefiltered: Callable[[str], bool] = lambda text: self.may_match(
            text.casefold()
        )
        if folded is not None and self.prefilter is not None and only_literals(pattern, flags):
            self._folded_prefiltered = folded.add(self.prefilter, folded=True)
        self._kept: _Kept = self._prefiltered_kept
        self._maybe_folded: Callable[[str], bool] = self._folded_prefiltered
        self._start = self._prefiltered_start
        self._from = self._prefiltered_from
        self._spans = self._prefiltered_spans
        _PATTERNS.append(self)

    def _load_prefilter(
        self, pattern: str, flags: int
    ) -> tuple[
        Scan | None,
        Callable[[str], int],
        Callable[[str, int], int | None],
        Callable[[str], list[tuple[int, int]] | None],
    ]:
        try:
            translated = to_re2(pattern, flags)
            options = _RE2.Options()
            options.never_capture = True
            compiled = _RE2.compile(translated, options)
        except (Untranslatable, _RE2.error) as exc:
            log.debug("no RE2 prefilter for %r: %s", pattern, exc)
            return None, _at_start, _anywhere, _no_spans
        self.prefilter = translated
        alone = Scan()
        alone.join(translated)  # compiled at its first scan: many patterns never ask one
        return (alone, *_fast_search(compiled))

    def may_match(self, string: str) -> bool:
        """False when the prefilter shows ``string`` has no match (True without one).

        Every ask looks up the scan's kept answer itself, then the member: a
        call to a test of the scan's for each ask of every pattern cost a Python frame more."""
        found = self._kept.get(string)
        if found is None:
            found = self._scan_text(string)
        return self._index in found

    def search_folded(self, text: str) -> re.Match[str] | None:
        """Like ``search(text.casefold())``; with a ``folded`` scan its member answers about
        ``text`` itself (:meth:`Scan.add`), and only a possible match folds ``text``."""
        return self._re.search(text.casefold()) if self._maybe_folded(text) else None

    def findall_folded(self, text: str) -> list[Any]:
        """Like ``findall(text.casefold())``, asked as :meth:`search_folded` is."""
        return self._re.findall(text.casefold()) if self._maybe_folded(text) else []

    def first_start(self, string: str) -> int:
        """-1 when the prefilter shows ``string`` has no match, else an offset at or before
        the start of ``re``'s first match (0 without a prefilter): a scan may begin there."""
        return self._start(string)

    def prefilter_spans(self, string: str) -> list[tuple[int, int]] | None:
        """The spans of the prefilter's successive matches in ``string`` (each search going on
        from the last match's end), or None when RE2 cannot tell (none installed, a lone
        surrogate, an empty match).

        For a pattern whose translation is exact (no lookaround, no ``\\b`` but under
        ``re.ASCII``, no empty match) these are the spans of ``re``'s ``finditer``: its RE2
        automaton finds them in C++ where ``re`` tries the pattern at each place."""
        return self._spans(string)

    def search(self, string: str, *span: int) -> re.Match[str] | None:
        """Like ``re.Pattern.search`` (:meth:`may_match` inlined: the most frequent ask)."""
        if span:
            return self._re.search(string, *span)
        found = self._kept.get(string)
        if found is None:
            found = self._scan_text(string)
        return self._re.search(string) if self._index in found else None

    def search_from(self, string: str, pos: int = 0) -> re.Match[str] | None:
        """Like ``re.Pattern.search(string, pos)``, ``re`` trying only where RE2 finds a
        match may start.

        For a rare pattern that opens on ``\\b``, a lookbehind or an alternation of words,
        ``re`` cannot skip ahead and tries every place of a long text; RE2's automaton finds
        the places in C++."""
        match = self._re.match
        while True:
            start = self._from(string, pos)
            if start is None:
                return self._re.search(string, pos)
            if start < 0:
                return None
            found = match(string, start)
            if found is not None:
                return found
            pos = start + 1

    def match(self, string: str, *span: int) -> re.Match[str] | None:
        """Like ``re.Pattern.match`` (:meth:`may_match` inlined, as in :meth:`search`)."""
        if span:
            return self._re.match(string, *span)
        found = self._kept.get(string)
        if found is None:
            found = self._scan_text(string)
        return self._re.match(string) if self._index in found else None

    def fullmatch(self, string: str, *span: int) -> re.Match[str] | None:
        """Like ``re.Pattern.fullmatch``."""
        if span or self.may_match(string):
            return self._re.fullmatch(string, *span)
        return None

    def findall(self, string: str, *span: int) -> list[Any]:
        """Like ``re.Pattern.findall``."""
        if span or self.may_match(string):
            return self._re.findall(string, *span)
        return []

    def finditer(self, string: str, *span: int) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer``."""
        if span or self.may_match(string):
            return self._re.finditer(string, *span)
        return iter(())

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """Like ``re.Pattern.sub``."""
        if self.may_match(string):
            return self._re.sub(repl, string, count)
        return string

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        """Like ``re.Pattern.subn``."""
        if self.may_match(string):
            return self._re.subn(repl, string, count)
        return string, 0

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        """Like ``re.Pattern.split``."""
        if self.may_match(string):
            return self._re.split(string, maxsplit)
        return [string]

    def __repr__(self) -> str:
        return f"fastre.compile({self.pattern!r}, {self.flags!r})"


class _Kept(Protocol):
    """Where a pattern finds a text's kept scan answer: a :class:`Scan`'s kept answers."""

    def get(self, text: str, /) -> Container[int] | None:
        """The member indices found in ``text``, or None when not kept."""


class _Everything:
    """The answer that holds every member: no prefilter refuses."""

    def __contains__(self, _index: object) -> bool:
        return True


class _AllKept:
    """The kept answers of a pattern ``re`` answers alone: every text may match."""

    def get(self, _text: str, /) -> Container[int]:
        """Every member, for every text."""
        return _EVERYTHING


_EVERYTHING = _Everything()
_ALL_KEPT = _AllKept()
_NONE_KEPT: dict[str, Container[int]] = {}
"""The kept answers of a pattern alone in its one-member scan: none (never written)."""


def _scan_all(_text: str) -> Container[int]:
    return _EVERYTHING


def _always(_text: str) -> bool:
    return True


def _at_start(_text: str) -> int:
    return 0


def _anywhere(_text: str, _pos: int) -> int | None:
    return None


def _no_spans(_text: str) -> list[tuple[int, int]] | None:
    return None


_ENCODED: dict[str, bytes] = {}
"""The last text :func:`_utf8` encoded, with its bytes."""


def _utf8(text: str) -> bytes:
    """``text.encode("utf-8")``, kept for the last text: :meth:`Pattern.search_from` asks
    about a text at each of its candidate starts, and patterns ask in turn."""
    data = _ENCODED.get(text)
    if data is None:
        _ENCODED.clear()
        data = _ENCODED[text] = text.encode("utf-8")
    return data


def _fast_search(
    compiled: Any,
) -> tuple[
    Callable[[str], int],
    Callable[[str, int], int | None],
    Callable[[str], list[tuple[int, int]] | None],
]:
    """Where RE2's first match starts (-1: none), where the first from an offset starts
    (None: not known), and the spans of its successive matches (None: not known), through
    the C++ object when the binding exposes it.

    ``re2.compile(...).search`` builds a match object and maps byte offsets back
    to characters; an offset needs neither, and half the time per call goes.
    RE2's first match starts at or before ``re``'s: RE2 matches wherever ``re`` does.
    (A yes or no is asked of a one-member :class:`Scan`: an ``RE2::Set`` answers without
    the match's span, found by a second, backward pass.)
    """
    regexp = getattr(compiled, "_regexp", None)
    anchor = getattr(getattr(_RE2, "_Anchor", None), "UNANCHORED", None)
    if regexp is None or anchor is None or not hasattr(regexp, "Match"):
        search = compiled.search

        def start(text: str) -> int:
            try:
                first = search(text)
            except UnicodeEncodeError:
                return 0
            return -1 if first is None else int(first.start())

        return start, _anywhere, _no_spans
    match = regexp.Match

    def start_from(text: str, pos: int) -> int | None:
        try:
            data = _utf8(text)
        except UnicodeEncodeError:  # a lone surrogate: let re search
            return None
        if len(data) == len(text):  # ASCII: a byte is a character
            return int(match(anchor, data, pos, len(data))[0][0])
        first: int = match(anchor, data, len(text[:pos].encode("utf-8")), len(data))[0][0]
        return first if first < 0 else len(data[:first].decode("utf-8"))  # on a character

    def start_fast(text: str) -> int:  # start_from(text, 0) inlined: the tagger's every ask
        try:
            data = _ENCODED.get(text) or _utf8(text)
        except UnicodeEncodeError:  # a lone surrogate: re searches from the start
            return 0
        first: int = match(anchor, data, 0, len(data))[0][0]
        if first <= 0 or len(data) == len(text):  # none, at 0, or ASCII: a byte a character
            return first
        return len(data[:first].decode("utf-8"))

    def spans(text: str) -> list[tuple[int, int]] | None:
        try:
            data = _ENCODED.get(text) or _utf8(text)
        except UnicodeEncodeError:  # a lone surrogate: re finds them
            return None
        size = len(data)
        found = []
        pos = 0
        while True:
            span = match(anchor, data, pos, size)[0]
            pos = span[1]
            if pos <= span[0]:  # none (-1, -1), or empty: re's rules for those differ
                if pos < 0:
                    break
                return None
            found.append(span)
        if size == len(text):  # ASCII: a byte is a character
            return found
        return [(len(data[:a].decode("utf-8")), len(data[:b].decode("utf-8"))) for a, b in found]

    return start_fast, start_from, spans


class Scan:
    """Patterns asked about the same texts, prefiltered together: one RE2 scan of a text
    (an ``RE2::Set``) answers every member's :meth:`Pattern.may_match` (the answers for the
    last :data:`SCANS_KEPT` texts are kept). Pass a scan to :func:`compile` to join it.

    ``loose``: a counted repeat of ten or more ("{2,40}") becomes unbounded in the set (a
    superset): its states would multiply with a key-word member's in RE2's automaton."""

    def __init__(self, loose: bool = False) -> None:
        self._loose = loose
        self._prefilters: list[str] = []
        self._match: Callable[[bytes], Container[int]] = lambda _data: ()
        self._found: dict[str, Container[int]] = {}
        """The member indices found in each of the last texts scanned."""

    def add(self, prefilter: str, folded: bool = False) -> Callable[[str], bool]:
        """Take an RE2 prefilter into the scan; return its test: may a text match it.

        ``folded``, for ASCII literals (:func:`~generator.re2_translate.only_literals`): may
        ``text.casefold()``? Its case-insensitive form matches the text wherever they are in
        the folded copy, but for a character folding to ASCII ("ﬁ"), found by a second
        member: one scan answers both."""
        index = self.join(f"(?i:{prefilter})" if folded else prefilter)
        kept, scan = self._found, self.scan
        if not folded:

            def found_in_scan(text: str) -> bool:
                found = kept.get(text)
                if found is None:
                    found = scan(text)
                return index in found

            return found_in_scan
        folds = self.join(_FOLDS_TO_ASCII)

        def found_folded_in_scan(text: str) -> bool:
            found = kept.get(text)
            if found is None:
                found = scan(text)
            return index in found or folds in found

        return found_folded_in_scan

    def join(self, prefilter: str) -> int:
        """The index of ``prefilter`` in the set, added (and the set compiled) if new: a
        text's members are ``index in`` its kept answer or :meth:`scan`."""
        prefilter = re.sub(r"\{(\d+),\d\d+\}", r"{\1,}", prefilter) if self._loose else prefilter
        if prefilter in self._prefilters:
            return self._prefilters.index(prefilter)
        index = len(self._prefilters)
        self._prefilters.append(prefilter)
        self._match = self._compiled_match
        self._found.clear()
        return index

    def _compiled_match(self, data: bytes) -> Container[int]:
        """The set's answer for ``data``, the set compiled first: members join one by one at
        import, and one compile at the first scan takes them all (not one a member)."""
        options = _RE2.Options()
        options.never_capture = True
        regex_set = _RE2.Set.SearchSet(options)
        for member in self._prefilters:
            regex_set.Add(member)
        regex_set.Compile()
        # the C++ set when the binding exposes it: no Python wrapper call a scan
        self._match = getattr(regex_set, "_set", regex_set).Match
        return self._match(data)

    def scan(self, text: str) -> Container[int]:
        """The indices of the prefilters that match in ``text`` (every one, for re to
        decide, when the text holds a lone surrogate), kept for the next asks."""
        try:  # scan_once inlined: a frame less for every text scanned
            found = self._match(text.encode())
        except UnicodeEncodeError:
            found = range(len(self._prefilters))
        if len(self._found) >= SCANS_KEPT:
            self._found.clear()
        self._found[text] = found
        return found

    def scan_once(self, text: str) -> Container[int]:
        """:meth:`scan`, the answer not kept."""
        try:
            return self._match(text.encode())
        except UnicodeEncodeError:
            return range(len(self._prefilters))


SCANS_KEPT = 4096
"""How many texts' answers a :class:`Scan` keeps (an article has a few hundred lines)."""

_PATTERNS: list[Pattern] = []
"""Every pattern made, for :func:`patterns` and :func:`pure_python`."""


def patterns() -> list[Pattern]:
    """Every :class:`Pattern` compiled so far in this process."""
    return list(_PATTERNS)


@contextmanager
def pure_python() -> Iterator[None]:
    """Within the block, every pattern runs on ``re`` alone (to compare both paths)."""
    for pattern in _PATTERNS:
        pattern._kept, pattern._start, pattern._from = _ALL_KEPT, _at_start, _anywhere
        pattern._spans = _no_spans
        pattern._maybe_folded = _always
    try:
        yield
    finally:
        for pattern in _PATTERNS:
            pattern._kept, pattern._start = pattern._prefiltered_kept, pattern._prefiltered_start
            pattern._from = pattern._prefiltered_from
            pattern._spans = pattern._prefiltered_spans
            pattern._maybe_folded = pattern._folded_prefiltered


def compile(
    pattern: str, flags: int = 0, *, scan: Scan | None = None, folded: Scan | None = None
) -> Pattern:
    """A :class:`Pattern` for ``pattern``: RE2 refuses texts first when it is installed (in
    one scan with the patterns of ``scan``, and of ``folded`` for the ``*_folded`` calls)."""
    return Pattern(pattern, flags, scan, folded)


def has_re2() -> bool:
    """Whether patterns are prefiltered by RE2 in this process."""
    return _RE2 is not None
