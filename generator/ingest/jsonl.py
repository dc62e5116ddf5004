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
from pathlib import Path

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


_DETOK_SPACING = (
    (re.compile(r"``\s*"), '"'),
    (re.compile(r"\s*''"), '"'),
    # A lookahead keeps the punctuation, so the C engine replaces without expanding a group.
    (re.compile(r"\s+(?=[,.;:!?%)\]}])"), ""),
    (re.compile(r"([(\[{$])\s+"), r"\1"),
    (re.compile(r"\s+(?=(?:n't|'s|'re|'ve|'ll|'d|'m)\b)", re.IGNORECASE), ""),
    (re.compile(r"\s+(?='(?:\s|$))"), ""),
    (re.compile(r"[ \t]{2,}"), " "),
)


def detokenize(text: str) -> str:
    """Undo Penn-Treebank style tokenization lightly, so quotes and commas read well."""
    for pattern, repl in _DETOK:
        text = pattern.sub(repl, text)
    for spacing, plain in _DETOK_SPACING:
        text = spacing.sub(plain, text)
    return text


def iter_jsonl(path: Path, max_bytes: int) -> Iterator[Article]:
    """The articles of a corpus, line by line; a duplicate id (ignoring case) is an error."""
    where = str(path)
    stem = safe_article_id(path.stem) or "corpus"
    seen: dict[str, tuple[str, int]] = {}
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=where) from exc
    with handle:
        number = 0
        while True:
            raw = handle.readline(max_bytes + 1)
            if not raw:
                break
            number += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                raise InputError(
                    f"line too long: over {format_megabytes(max_bytes)} MB "
                    "(set CHRONICLE_MAX_ARTICLE_MB to change it)",
                    path=where,
                    line=number,
                )
            if not raw.strip():
                continue
            article = _corpus_article(raw, path, number, stem)
            if article_id_key(article.id) in seen:
                first, first_line = seen[article_id_key(article.id)]
                raise InputError(
                    f"duplicate id {article.id!r} (line {first_line} has {first!r}; ids are "
                    "compared ignoring letter case and after replacing characters outside "
                    "A-Z, a-z, 0-9, '_', '.' and '-')",
                    path=where,
                    line=number,
                )
            seen[article_id_key(article.id)] = (article.id, number)
            yield article


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
    units = text_units(detokenize(text), first_line=number)
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
