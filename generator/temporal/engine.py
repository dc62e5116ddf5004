"""Temporal tagger: find and normalise the dates, times, durations and sets in a text.

``tag(text, dct)`` returns TimeML TIMEX3-style :class:`~generator.models.Timex`
records, with character offsets into ``text``, sorted and non-overlapping.
Relative expressions ("last month", "on Tuesday", "In October") are resolved
against the document creation time ``dct``, with the verb tense of the clause
deciding the direction for month names and weekdays; without a DCT they keep
``value=None``. Expressions on reference or citation lines are tagged but
marked ``reference=True``.

The patterns live in :mod:`generator.temporal.rules` (one ordered table of
``Rule(name, regex, handler)``; the handlers are in the ``handlers_*``
modules, the words in :mod:`generator.temporal.lexicon`). This module is the
engine: it cuts the text into bounded chunks of whole lines (memory stays flat
on huge inputs), runs the precompiled rules near their trigger words in each
chunk (seen through :func:`scan_text`, an ASCII stand-in of the same length),
keeps the leftmost-longest match that its handler accepts, and builds the
records. RE2 (:mod:`generator.fastre`) finds the triggers (:func:`all_triggers`): a
chunk without one, most paragraphs, is done at once, and a chunk whose triggers
give no match builds no state; :func:`paragraph_triggers` finds those of an article's
paragraphs in one scan, which :func:`tag` takes instead of scanning each. A
rule with a :attr:`~generator.temporal.rules.Rule.lead` tests it at each word
before its whole pattern (:func:`compile_rule`): most of the regex time went in
trying every branch of the long patterns at words no match opens on.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator, Sequence

from generator import fastre
from generator.dates import PartialDate
from generator.models import Timex
from generator.temporal.context import Ctx, DocState, Hit
from generator.temporal.lexicon import alternation
from generator.temporal.rules import RULES, Rule
from generator.temporal.triggers import SHAPE_SCAN, SHAPE_TOKEN, TRIGGER_SHAPES, TRIGGER_WORDS

__all__ = ["is_reference_line", "paragraph_triggers", "tag"]

log = logging.getLogger(__name__)

CHUNK_CHARS = 8000
"""Soft size of a chunk: whole lines are grouped up to about this many characters."""
MAX_LINE_PIECE = 20000
"""A single line longer than this is cut at a sentence or word boundary."""

WINDOW_RIGHT = 16
"""How far after a trigger word a match may start to be found; every match is then
matched again without the window's end, so it may run on past it. (How far
before the trigger a match may start is each rule's ``reach``.)"""

Trigger = tuple[int, int, str]
"""A trigger: (start, end, wake key), as :func:`find_triggers` gives them."""
Wakes = tuple[tuple[int, int], ...]
"""The rules a trigger wakes: (index in :data:`RULES`, reach), by index."""


def compile_rule(rule: Rule, lead: bool = True) -> re.Pattern[str]:
    """A rule's regex as the engine runs it: at a word's start, its :attr:`~Rule.lead` first
    (with ``lead``; a lookahead, it only spares ``re`` the pattern where no match can open).

    ASCII-only (faster): chunks are matched through :func:`scan_text`."""
    first = f"(?=(?:{rule.lead}))" if lead and rule.lead else ""
    return re.compile(r"(?<!\w)" + first + "(?:" + rule.pattern + ")", re.IGNORECASE | re.ASCII)


_COMPILED: list[tuple[Rule, re.Pattern[str]]] = [(rule, compile_rule(rule)) for rule in RULES]
"""The rules, compiled (:func:`compile_rule`)."""
_REGEXES = [regex for _rule, regex in _COMPILED]
"""The compiled patterns alone, by rule index."""
_RULES = [rule for rule, _regex in _COMPILED]
"""The rules alone, by rule index."""
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _ascii_stand_in(m: re.Match[str]) -> str:
    c = m.group()
    return "x" if c.isalnum() else " " if c.isspace() else c


def scan_text(chunk: str) -> str:
    """``chunk`` as the ASCII-only rules should see it, same length and offsets.

    A non-ASCII letter or digit becomes ``x`` (so "Marché" is no "March"), a
    Unicode space a plain one; other characters (’ – “) stay, the rules name them.
    """
    return chunk if chunk.isascii() else _NON_ASCII.sub(_ascii_stand_in, chunk)


def build_triggers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, Wakes]]:
    """Regexes for trigger words (alone, and after the non-word character before them: see
    :func:`find_triggers`) and number shapes, and which rules each trigger wakes.

    The wakes are keyed by every spelling the word regex finds ("May", "MAY") and by
    ``<shape>``.
    """
    wakes: dict[str, set[int]] = {}
    words: set[str] = set()
    for index, rule in enumerate(RULES):
        for key in rule.triggers:
            if key in TRIGGER_SHAPES:
                wakes.setdefault("<" + key + ">", set()).add(index)
                continue
            for word in TRIGGER_WORDS[key]:
                words.add(word)
                wakes.setdefault(word, set()).add(index)
    # the trie matches the longest word: "year's" must also wake what "year" wakes
    for word in words:
        for i, ch in enumerate(word):
            if i and not ch.isalpha() and word[:i] in wakes:
                wakes[word] |= wakes[word[:i]]
    # case variants spelled out: a case-sensitive trie scans several times faster
    proper = {w.lower() for key in ("month", "weekday") for w in TRIGGER_WORDS[key]}
    forms = {f for w in words for f in ((w, w.capitalize(), w.upper()) if w not in proper else
                                        (w.capitalize(), w.upper()))}  # fmt: skip
    trie = alternation(forms) + r"\b"
    word_rx = re.compile(r"\b" + trie, re.ASCII)
    gap_rx = re.compile(r"\W" + trie, re.ASCII)
    shape_rx = re.compile(SHAPE_SCAN, re.ASCII)
    spelled = {f: wakes.get(f) or wakes.get(f.lower(), set()) for f in forms}
    spelled |= {k: v for k, v in wakes.items() if k.startswith("<")}
    return word_rx, gap_rx, shape_rx, {k: tuple((i, RULES[i].reach) for i in sorted(v))
                                       for k, v in spelled.items()}  # fmt: skip


_SHAPES = [(key, re.compile(rx, re.ASCII)) for key, rx in TRIGGER_SHAPES.items()]
_MARKS = frozenset(".:/")
"""What makes a number-like token more than a number: a clock time or a date."""


def find_triggers(chunk: str, pos: int = 0) -> list[Trigger]:
    """Trigger words and number shapes in ``chunk`` from ``pos``: (start, end, wake key), sorted.

    The words are found with the character before each (``\\W``, every trigger word
    opening on a letter): ``re`` then skips in C to the next non-word character instead of
    trying the word trie's ``\\b`` at every position (a fifth faster). Only a word at 0
    has no character before it, and a word ends before a non-word character, so the
    next word's own begins no earlier than the end (tests/ingest/test_tagger_triggers.py).
    """
    gap = pos - 1  # the character before a word at pos
    first = None
    if pos == 0:
        first = _TRIGGER_WORDS.match(chunk)
        gap = 0 if first is None else first.end()
    found = [(m.start() + 1, m.end(), m.group()[1:]) for m in _GAP_WORDS.finditer(chunk, gap)]
    if first is not None:
        found.append((0, gap, first.group()))
    for m in _TRIGGER_SHAPES.finditer(chunk, pos):
        token = m.group()
        if token.isdigit() or (token[-1].isdigit() and _MARKS.isdisjoint(token)):
            # the common cases ("12", "1989", "1,000"), settled without the shape regexes
            if 4 in map(len, token.split(",")):
                found.append((m.start(), m.end(), "<y4>"))
            continue
        for key, rx in _SHAPES:
            if rx.search(token):
                found.append((m.start(), m.end(), "<" + key + ">"))
    found.sort()
    return found


def all_triggers(chunk: str) -> list[Trigger]:
    """:func:`find_triggers` from the start of ``chunk``, found by RE2 when it is installed.

    RE2's automaton finds the words and number-like tokens of :data:`_ANY_TRIGGER` (its
    translation exact: no lookaround, ASCII's ``\\b``) in C++, where ``re`` tried the word
    trie at every non-word character and the shape pattern at every digit (a sixth of the
    tagger's time went in these scans); only a token that is no word is classified here,
    as :func:`find_triggers` does (tests/temporal/test_engine_shortcuts.py holds the two
    equal). The words and the shapes overlap nowhere, so one scan finds both.
    """
    spans = _ANY_TRIGGER.prefilter_spans(chunk)
    if spans is None:  # no RE2: re scans from where a trigger may start (0 without RE2)
        first = _ANY_TRIGGER.first_start(chunk)
        return find_triggers(chunk, first) if first >= 0 else []
    found: list[Trigger] = []
    for start, end in spans:
        _add_trigger(found, chunk[start:end], start, end)
    found.sort()
    return found


def _add_trigger(found: list[Trigger], token: str, start: int, end: int) -> None:
    """Add to ``found`` the triggers of a ``token`` RE2 found at ``start``-``end``: a word,
    or a number-like token classified as :func:`find_triggers` does."""
    if token in _WAKES:  # a word (every spelling is a key, no shape is)
        found.append((start, end, token))
    elif token.isdigit() or (token[-1].isdigit() and _MARKS.isdisjoint(token)):
        if 4 in map(len, token.split(",")):
            found.append((start, end, "<y4>"))
    else:
        for key, rx in _SHAPES:
            if rx.search(token):
                found.append((start, end, "<" + key + ">"))


_SEPARATOR = "\x00"
"""What :func:`paragraph_triggers` puts between two texts: a character the trigger regex
sees as it sees a text's end (neither word, white space nor one it names)."""


def paragraph_triggers(texts: Sequence[str]) -> list[list[Trigger] | None] | None:
    """The :func:`all_triggers` of each text's :func:`scan_text` (None for one :func:`tag`
    cuts into chunks), from one RE2 scan of the texts joined; None without RE2.

    :func:`tag` then takes a text's triggers instead of scanning it (most texts: an
    article's paragraphs, one RE2 search each and one more to find no more, most finding
    none). Exact: the texts are joined by :data:`_SEPARATOR`, which no trigger holds
    (white space would: "2005" and "A." of the next text are a clock time), and ``\\b``
    sees like an end; so RE2's successive matches are each text's own, shifted. RE2
    scans an ASCII copy (a byte a character, no offsets to convert): the letters and
    spaces :func:`scan_text` leaves are ASCII, and of the other characters the regex
    names only "’" (as it names "'"), the rest it never matches or sees as word
    characters, as "?" (tests/temporal/test_engine_shortcuts.py).
    """
    joined = scan_text(_SEPARATOR.join(texts))
    ascii_copy = joined
    if not joined.isascii():
        ascii_copy = joined.replace("’", "'").encode("ascii", "replace").decode("ascii")
    spans = _ANY_TRIGGER.prefilter_spans(ascii_copy)
    if spans is None:
        return None
    found: list[list[Trigger] | None] = []
    spans.reverse()  # popped from the end: in text order
    base = 0
    for text in texts:
        end = base + len(text)
        triggers: list[Trigger] = []
        while spans and spans[-1][0] < end:
            start, stop = spans.pop()  # the token from the scan, as all_triggers sees it
            _add_trigger(triggers, joined[start:stop], start - base, stop - base)
        triggers.sort()
        found.append(triggers if end - base <= CHUNK_CHARS else None)
        base = end + 1
    return found


_TRIGGER_WORDS, _GAP_WORDS, _TRIGGER_SHAPES, _WAKES = build_triggers()
_ANY_TRIGGER = fastre.compile(_TRIGGER_WORDS.pattern + "|" + SHAPE_TOKEN, re.ASCII)
"""Either regex: with RE2 installed, it refuses a text without a trigger at once, and
tells where the scans for them may begin."""
_NEAR = [re.compile(r.near, re.IGNORECASE | re.ASCII) if r.near else None for r in RULES]
_REFERENCE_LINE = re.compile(
    r"^\s*(?:\[\d{1,4}\]|\^)"
    r"|\b(?:Accessed|Retrieved|Archived|Last\s+(?:accessed|visited|retrieved|modified))"
    r"(?:\s+on)?\s*[:\s]\s*\S"
    r"|\bdoi:\s*10\.|\bISBN[\s:]+\d|\(\s*(?:accessed|retrieved)\b",
    re.IGNORECASE,
)
_CUT = re.compile(r"[.!?]\s+|\s+")


_REFERENCE_HINTS = (
    "[",
    "^",
    "accessed",
    "retrieved",
    "archived",
    "last visited",
    "last modified",
    "doi:",
    "isbn",
)
"""Substrings of a lower-cased reference line; without any, the regex need not run."""


def is_reference_line(line: str) -> bool:
    """True for a footnote or citation line ("[1] ... (Accessed: 02.08.2026").

    The hints of :data:`_REFERENCE_HINTS` are tested in one ``or`` chain, not
    ``any()`` over a generator: asked once per tagged line, the generator cost more
    than the substring tests (tests/temporal/test_engine_shortcuts.py holds them equal).
    """
    low = line.lower()
    if not (
        "[" in low
        or "^" in low
        or "accessed" in low
        or "retrieved" in low
        or "archived" in low
        or "last visited" in low
        or "last modified" in low
        or "doi:" in low
        or "isbn" in low
    ):
        return False
    return bool(_REFERENCE_LINE.search(line))


def tag(
    text: str,
    dct: PartialDate | None = None,
    story_day: dt.date | None = None,
    triggers: list[Trigger] | None = None,
) -> list[Timex]:
    """Tag the temporal expressions in ``text``, resolving relative ones against ``dct``.

    ``story_day`` is the day the text before ``text`` last named (the paragraph before):
    "A day earlier, …" opening ``text`` counts back from it, not from ``dct``.
    ``triggers``, when given, are the text's own, from :func:`paragraph_triggers`.
    Offsets index ``text`` itself: ``text[t.start:t.end] == t.text``. The result
    is sorted by start and free of overlaps. Never raises on a ``str``.
    """
    if not isinstance(text, str) or not text:
        return []
    if triggers is not None and not triggers:
        return []  # no trigger (most paragraphs): not even a scan to make
    if len(text) <= CHUNK_CHARS:  # the one chunk iter_chunks would give (most texts)
        scan = text if text.isascii() else _NON_ASCII.sub(_ascii_stand_in, text)  # scan_text
        if triggers is None:
            triggers = all_triggers(scan)
            if not triggers:
                return []  # no trigger: no DocState to build
        candidates = candidates_near(scan, triggers)
        if not candidates:
            return []  # triggers, no match (a third of the rest): no DocState either
        return _accept(text, scan, candidates, 0, dct, DocState(last_day=story_day))
    doc = DocState(last_day=story_day)
    found: list[Timex] = []
    for offset, chunk in iter_chunks(text):
        found.extend(tag_chunk(chunk, offset, dct, doc))
    return found


def iter_chunks(text: str) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, chunk)``: whole lines grouped to about :data:`CHUNK_CHARS`."""
    n = len(text)
    pos = 0
    while pos < n:
        limit = pos + CHUNK_CHARS
        if limit >= n:
            yield pos, text[pos:]
            return
        # only a newline within MAX_LINE_PIECE counts: searching further would scan the
        # rest of a one-line text for every chunk, time quadratic in its length
        nl = text.find("\n", limit, pos + MAX_LINE_PIECE + 1)
        whole_line = nl != -1 and nl - pos <= MAX_LINE_PIECE
        end = nl + 1 if whole_line else cut_long_piece(text, pos, limit)
        yield pos, text[pos:end]
        pos = end


def cut_long_piece(text: str, pos: int, limit: int) -> int:
    """Where to end a chunk inside a very long line: after a sentence or a space."""
    window_end = min(len(text), pos + MAX_LINE_PIECE)
    # the last newline before the limit keeps lines whole
    nl = text.rfind("\n", pos, limit)
    if nl > pos:
        return nl + 1
    best = -1
    for m in _CUT.finditer(text, limit, window_end):
        best = m.end()
        if m.group().strip():
            break
        if best - limit > 200:
            break
    return best if best > pos else window_end


def tag_chunk(chunk: str, offset: int, dct: PartialDate | None, doc: DocState) -> list[Timex]:
    """Tag one chunk; ``offset`` is its position in the document."""
    scan = scan_text(chunk)
    triggers = all_triggers(scan)
    if not triggers:
        return []  # no trigger (most paragraphs): no rule would run
    candidates = candidates_near(scan, triggers)
    return _accept(chunk, scan, candidates, offset, dct, doc) if candidates else []


def _accept(
    chunk: str,
    scan: str,
    candidates: list[tuple[int, int, int, re.Match[str]]],
    offset: int,
    dct: PartialDate | None,
    doc: DocState,
) -> list[Timex]:
    """The records of the leftmost-longest ``candidates`` (in ``scan``, the
    :func:`scan_text` of ``chunk``) that their handlers accept.

    A handler bug vetoes its match instead of crashing (a warning is logged).
    """
    candidates.sort()  # (start, -length, rule) is unique: a rule keeps one match a start
    out: list[Timex] = []
    refs: dict[int, bool] = {}
    taken_end = 0
    for start, _neg_len, index, m in candidates:
        if start < taken_end:
            continue
        rule = _RULES[index]
        try:
            hit = rule.handler(m, Ctx(scan, start, m.end(), dct, doc, offset))
        except Exception:
            log.warning("rule %s failed on %r", rule.name, m.group(), exc_info=True)
            continue
        if hit is None:
            continue
        out.append(make_timex(chunk, offset, m, rule, hit, dct, refs))
        taken_end = m.end()
    return out


def find_candidates(chunk: str, pos: int = 0) -> list[tuple[int, int, int, re.Match[str]]]:
    """All matches of all rules near their trigger words (from ``pos``, where no trigger
    starts before): (start, -length, rule, match)."""
    return candidates_near(chunk, find_triggers(chunk, pos))


def candidates_near(
    chunk: str, triggers: list[tuple[int, int, str]]
) -> list[tuple[int, int, int, re.Match[str]]]:
    """All matches of all rules near ``triggers`` (:func:`find_triggers`'s, sorted) in
    ``chunk``: (start, -length, rule, match)."""
    windows: dict[int, list[tuple[int, int]]] = {}
    n = len(chunk)
    for t_start, t_end, key in triggers:
        hi = t_end + WINDOW_RIGHT
        if hi > n:
            hi = n
        for index, reach in _WAKES.get(key, ()):
            lo = t_start - reach if t_start > reach else 0
            spans = windows.get(index)
            if spans is None:
                windows[index] = [(lo, hi)]
            elif lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)
            else:
                spans.append((lo, hi))
    found: list[tuple[int, int, int, re.Match[str]]] = []
    for index, spans in windows.items():
        regex = _REGEXES[index]
        near = _NEAR[index]
        # the spans are disjoint and ascending, finditer's starts never go back: a start
        # already taken can only be the last one taken (a set would do the same, slower)
        last = -1
        for lo, hi in spans:
            if near is not None and not near.search(chunk, lo, hi):
                continue  # the rule's other word is not there
            for m in regex.finditer(chunk, lo, hi):
                start = m.start()
                if start == last:
                    continue
                last = start
                # without the window's end (a window to the chunk's end has none to drop)
                full = m if hi == n else regex.match(chunk, start)
                if full is not None:
                    end = full.end()
                    if end > start:
                        found.append((start, start - end, index, full))
    return found


_LAST_DCT: list[tuple[PartialDate, str]] = []
"""The last DCT :func:`_dct_text` wrote, with its text (it holds the object: no id reuse)."""


def _dct_text(dct: PartialDate) -> str:
    """``str(dct)``, kept for the last DCT: a paragraph's records share one (frozen) DCT."""
    if _LAST_DCT and _LAST_DCT[0][0] is dct:
        return _LAST_DCT[0][1]
    text = str(dct)
    _LAST_DCT[:] = [(dct, text)]
    return text


def make_timex(
    chunk: str,
    offset: int,
    m: re.Match[str],
    rule: Rule,
    hit: Hit,
    dct: PartialDate | None,
    refs: dict[int, bool] | None = None,
) -> Timex:
    """Build the record for an accepted match; ``refs`` caches reference lines by start."""
    start, end = m.span()
    how = hit.how
    anchor = None
    if hit.anchored and dct is not None:
        anchor = _dct_text(dct)
        if "anchor" not in how:
            how += f", anchor dct {anchor}"
    line_start = chunk.rfind("\n", 0, start) + 1
    reference = refs.get(line_start) if refs is not None else None
    if reference is None:
        line_end = chunk.find("\n", end)
        reference = is_reference_line(chunk[line_start : line_end if line_end != -1 else None])
        if refs is not None:
            refs[line_start] = reference
    timex = _new_timex(Timex)
    timex.__dict__.update(
        start=offset + start,
        end=offset + end,
        text=chunk[start:end],
        type=hit.type,
        value=hit.value,
        rule=f"{rule.name}, {how}",
        mod=hit.mod,
        anchor=anchor,
        reference=reference,
    )
    return timex


_new_timex = object.__new__
"""A :class:`Timex` is built as its (frozen) dataclass ``__init__`` would: its fields set
in their order, straight into the instance's ``__dict__``. ``__init__`` sets each through
``object.__setattr__`` (the frozen class refuses plain assignment), a quarter of
:func:`make_timex`'s time; the record is the same: equal, same hash, same pickle
(tests/temporal/test_tagger_records.py, which also holds ``Timex`` to no ``__post_init__``)."""
