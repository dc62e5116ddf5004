"""JSON Lines corpora: a newsroom archive, one article a line.

``.jsonl``: one JSON object a line: ``{"id", "published", "text"}`` plus optional
``title``, ``url``, ``outlet``, ``author``, ``language``. Read as a stream, so the size
limit applies to each line. Tokenized text (``-LRB-``, ````` ``, `` ,``) is lightly
de-tokenized. A line's article id is ``<corpus-stem>.<id>`` (or
``<corpus-stem>.<line number>`` without an id); see :mod:`generator.ids`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator import fastre
from generator.errors import InputError
from generator.ids import article_id_key, safe_article_id
from generator.ingest.assemble import build_article
from generator.ingest.decode import format_megabytes
from generator.ingest.fields import meta_from_mapping, shorten
from generator.ingest.formats import text_units
from generator.models import Article

_DETOK = (
    (
        re.compile(r"-LRB-|-LCB-|-LSB-"),
        lambda m: {"-LRB-": "(", "-LCB-": "{", "-LSB-": "["}[m.group(0)],
    ),
    (
        re.compile(r"-RRB-|-RCB-|-RSB-"),
        lambda m: {"-RRB-": ")", "-RCB-": "}", "-RSB-": "]"}[m.group(0)],
    ),
)


_ESCAPED_SLASH = "\\/"
"""A slash escaped twice over when the text was made JSON ("Edmonds\\/AP", "L\\/Cpl Larkin",
"http:\\/\\/"): a slash (the Timeline17 topics have it in 322 of 1,460 articles)."""
_OPENING_QUOTES = re.compile(r"``\s*")
_PUNCTUATION = ",.;:!?%)]}"
"""Marks the whitespace before which goes (see :func:`detokenize`)."""
_OPENINGS = "([{$"
"""Marks the whitespace after which goes."""
_CLITIC = re.compile(r"'(?:(?<=n')t|s|re|ve|ll|d|m)\b", re.IGNORECASE)
"""A clitic ending a word (``'s``, ``'re``, …; ``n't`` matched from its quote)."""
_LONE_QUOTE = re.compile(r"'(?:\s|$)")
"""A single quote before whitespace or at the end."""
_SPACES = fastre.compile(r"[ \t]{2,}")


def detokenize(text: str) -> str:
    """Undo Penn-Treebank style tokenization lightly, so quotes and commas read well.

    In order, each step on the text the previous one left: brackets spelt out
    (``-LRB-``) become brackets; a line's ``''`` marks are paired when it has no ````` ``
    (:func:`_paired_quotes`); ````` `` and the whitespace after it become ``"``;
    ``''`` and the whitespace before it become ``"``; whitespace goes before
    ``,.;:!?%)]}``, after ``([{$``, before a clitic (``n't``, ``'s``, …) ending a
    word, and before a single quote followed by whitespace or the end; runs of spaces
    and tabs become one space. A regex starting with whitespace (``\\s+(?=,)``) tried
    every gap between words: the steps here look for the rarer character instead, with the
    same result (``tests/ingest/test_fast_paths.py`` compares them with those regexes).
    """
    for pattern, repl in _DETOK:
        text = pattern.sub(repl, text)
    if "''" in text:  # a line with fewer than two is as it was: no call for it (most lines)
        lines = text.split("\n")
        text = "\n".join([_paired_quotes(line) if line.count("''") > 1 else line for line in lines])
    text = _OPENING_QUOTES.sub('"', text)
    if "''" in text:
        parts = text.split("''")
        text = '"'.join([part.rstrip() for part in parts[:-1]] + parts[-1:])
    for mark in _PUNCTUATION:
        text = _without_space_by(mark, text, after=False)
    for mark in _OPENINGS:
        text = _without_space_by(mark, text, after=True)
    text = _without_space_before(text, _CLITIC, clitic=True)
    text = _without_space_before(text, _LONE_QUOTE)
    return _SPACES.sub(" ", text)


def _without_space_by(mark: str, text: str, *, after: bool) -> str:
    """``text`` without the whitespace right before (``after``: right after) each ``mark``.

    ``str.split`` finds the marks in C, and ``rstrip``/``lstrip`` take the same characters
    as ``\\s`` (``str.isspace``): a class of marks (``[,.;:!?%)\\]}]``, in reversed text)
    made ``re`` test every character of the text against it (31 % fewer instructions for
    the punctuation, 80 % for the openings, over the Timeline17 texts). One mark after
    another is the class's one pass: a run of whitespace touches one mark on the side asked
    (a mark is no whitespace), so taking one mark's runs leaves the others' as they were.
    """
    if mark not in text:
        return text
    parts = text.split(mark)
    if after:
        return mark.join(parts[:1] + [part.lstrip() for part in parts[1:]])
    return mark.join([part.rstrip() for part in parts[:-1]] + parts[-1:])


_CLOSING_QUOTE = re.compile(r"''\s*")


def _paired_quotes(line: str) -> str:
    """``line`` with every other ``''`` made an opening ````` ``, when the line opens no quote
    with ````` `` and closes an even number: a tokenizer that wrote both marks of a quote as
    ``''`` ("with '' flu - like symptoms '' today") left the first glued to the word before it
    ("with" flu-like")."""
    count = line.count("''")
    if count < 2 or count % 2 or "``" in line:
        return line
    marks = iter(range(count))
    return _CLOSING_QUOTE.sub(lambda m: m.group() if next(marks) % 2 else "``", line)


def _without_space_before(text: str, found: re.Pattern[str], *, clitic: bool = False) -> str:
    """``text`` without the whitespace right before each match of ``found`` (before the
    ``n`` of a clitic ``n't`` when ``clitic``); whitespace is what ``\\s`` matches."""
    kept: list[str] = []
    end = 0
    for match in found.finditer(text):
        at = match.start()
        if clitic and match[0][1] in "tT":
            at -= 1  # n't
        cut = at
        while cut > end and text[cut - 1].isspace():
            cut -= 1
        if cut < at:
            kept.append(text[end:cut])
            end = at
    if not kept:
        return text
    kept.append(text[end:])
    return "".join(kept)


@dataclass(frozen=True)
class CorpusLine:
    """One non-blank line of a corpus, read but not yet parsed (a worker parses it)."""

    path: Path
    """The corpus file."""
    number: int
    """1-based line number."""
    raw: bytes
    """The line's bytes."""
    stem: str
    """The corpus's id prefix (its file name's stem, made safe)."""
    error: InputError | None = None
    """The problem reading the line (too long), raised when its turn comes."""


def corpus_lines(path: Path, max_bytes: int) -> Iterator[CorpusLine]:
    """The non-blank lines of a corpus; the first one over ``max_bytes`` ends it."""
    where = str(path)
    stem = safe_article_id(path.stem) or "corpus"
    try:
        handle = path.open("rb")
    except OSError as exc:
        error = InputError(f"cannot read file: {exc.strerror or exc}", path=where)
        yield CorpusLine(path, 0, b"", stem, error)
        return
    with handle:
        number = 0
        while True:
            raw = handle.readline(max_bytes + 1)
            if not raw:
                break
            number += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                message = (
                    f"line too long: over {format_megabytes(max_bytes)} MB "
                    "(set CHRONICLE_MAX_ARTICLE_MB to change it)"
                )
                yield CorpusLine(path, number, b"", stem, InputError(message, where, number))
                return
            if raw.strip():
                yield CorpusLine(path, number, raw, stem)


def read_line(line: CorpusLine) -> Article:
    """The article on one line of a corpus."""
    if line.error is not None:
        raise line.error
    return _corpus_article(line.raw, line.path, line.number, line.stem)


def check_unique_id(seen: dict[str, tuple[str, int]], article: Article, line: CorpusLine) -> None:
    """Refuse an id (ignoring case) an earlier line of the corpus has; remember this one."""
    key = article_id_key(article.id)
    if key in seen:
        first, first_line = seen[key]
        raise InputError(
            f"duplicate id {article.id!r} (line {first_line} has {first!r}; ids are "
            "compared ignoring letter case and after replacing characters outside "
            "A-Z, a-z, 0-9, '_', '.' and '-')",
            path=str(line.path),
            line=line.number,
        )
    seen[key] = (article.id, line.number)


def _no_surrogates(value: object) -> object:
    """A JSON string with its lone surrogates ("\\ud800" escapes) replaced by U+FFFD.

    Python keeps them in ``str``; no UTF-8 file (a source record, an event) can.
    """
    if isinstance(value, str) and not value.isascii():
        return _SURROGATE_RE.sub("\ufffd", value)
    return value


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _corpus_article(raw: bytes, path: Path, number: int, stem: str) -> Article:
    where = str(path)
    try:
        record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(
            f"invalid UTF-8 at byte {exc.start} of the line", path=where, line=number
        ) from exc
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON: {exc.msg} (column {exc.colno})",
            path=where,
            line=number,
            column=exc.colno,
        ) from exc
    if isinstance(record, dict):
        record = {k: _no_surrogates(v) for k, v in record.items()}
    if not isinstance(record, dict):
        raise InputError(
            f'expected a JSON object with "text", got {type(record).__name__} {shorten(record)!r}',
            path=where,
            line=number,
        )
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f'"text" must be a string, got {shorten(text)!r}', path=where, line=number)
    raw_id = record.get("id")
    if raw_id is not None and not isinstance(raw_id, (str, int)):
        raise InputError(f'"id" must be a string, got {shorten(raw_id)!r}', path=where, line=number)
    local = safe_article_id(str(raw_id)) if raw_id is not None else ""
    article_id = f"{stem}.{local or number}"
    fields = {
        k: record[k]
        for k in ("title", "author", "outlet", "url", "language", "published")
        if record.get(k) is not None
    }
    try:
        meta = meta_from_mapping(fields, {}, where, tuple(fields))
    except InputError as exc:
        raise InputError(exc.message, path=where, line=number) from exc
    published = meta.pop("published", None)
    if "\x00" in text:
        raise InputError('NUL character in "text"', path=where, line=number)
    units = text_units(detokenize(text.replace(_ESCAPED_SLASH, "/")), first_line=number)
    for unit in units:
        unit.line = number
    return build_article(
        article_id,
        path,
        units,
        meta=meta,
        published=published,
        evidence=f"corpus field published: {record.get('published')!r}" if published else None,
    )
