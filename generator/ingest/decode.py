"""Bytes to text for article files: the size limit, the character set, binary files.

Text encodings: UTF-8 (with or without BOM), UTF-16/32 with BOM (and UTF-16 without BOM
when its NUL pattern is unmistakable). Bytes that are not valid UTF-8 are decoded as
Windows-1252 (Latin-1 for its five undefined bytes) with a logged warning, so nothing is
lost; for HTML a ``<meta charset>`` is honoured first. Files with NUL bytes or many
control characters are refused as binary. Files larger than ``max_bytes`` (default
20 MB, or ``CHRONICLE_MAX_ARTICLE_MB``) are refused; corpora are streamed, so the limit
applies to each line. Every problem is an :class:`~generator.errors.InputError` naming
the file (and line where there is one).
"""

from __future__ import annotations

import codecs
import logging
import os
from pathlib import Path

from generator.errors import InputError

log = logging.getLogger(__name__)

DEFAULT_MAX_MB = 20
"""Default size limit of one article file (or one corpus line), in MB."""

_MB = 1024 * 1024


def max_bytes_default() -> int:
    """The size limit: ``CHRONICLE_MAX_ARTICLE_MB`` if set, else :data:`DEFAULT_MAX_MB`."""
    raw = os.environ.get("CHRONICLE_MAX_ARTICLE_MB")
    try:
        mb = float(raw) if raw else DEFAULT_MAX_MB
    except ValueError:
        log.warning("CHRONICLE_MAX_ARTICLE_MB=%r is not a number; using %d", raw, DEFAULT_MAX_MB)
        mb = DEFAULT_MAX_MB
    return int(mb * _MB)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``; an InputError if it is over ``max_bytes`` or unreadable."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"file too large: {format_megabytes(size)} MB, "
                f"limit {format_megabytes(max_bytes)} MB "
                "(set CHRONICLE_MAX_ARTICLE_MB to change it)",
                path=str(path),
            )
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=str(path)) from exc


def format_megabytes(size: int) -> str:
    """``size`` in MB for messages: ``50.0``, ``20``, ``0.01``."""
    mb = size / _MB
    if mb >= 1:
        return f"{mb:.1f}" if mb != int(mb) or size > DEFAULT_MAX_MB * _MB else f"{mb:g}"
    return f"{mb:.2g}"


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes, path: str, declared: str | None = None) -> str:
    """Decode an article file's bytes as described in the module docstring."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _check_text(_decode_strict(data, codec, path), path)
    guessed = _looks_utf16(data)
    if guessed:
        return _check_text(_decode_strict(data, guessed, path), path)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"binary file (NUL byte at offset {nul}); expected a text article",
            path=path,
            line=_line_of(data, nul),
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = _decode_fallback(data, exc, path, declared)
    return _check_text(text, path)


def _decode_strict(data: bytes, codec: str, path: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"invalid {codec.upper()} text at byte {exc.start}: {exc.reason}", path=path
        ) from exc


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("chronicle-latin1", _latin1_fallback)


def _decode_fallback(data: bytes, exc: UnicodeDecodeError, path: str, declared: str | None) -> str:
    codec = "cp1252"
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            log.warning("%s: unknown declared charset %r", path, declared)
    if codec.startswith("utf-8") or codec in ("ascii", "latin-1", "iso8859-1"):
        codec = "cp1252"
    log.warning(
        "%s:%d: not valid UTF-8 (%s at byte %d); decoding as %s",
        path,
        _line_of(data, exc.start),
        exc.reason,
        exc.start,
        codec,
    )
    return data.decode(codec, errors="chronicle-latin1")


def _check_text(text: str, path: str) -> str:
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        offset = text.index("\x00")
        raise InputError(
            "binary file (NUL character in the text); expected a text article",
            path=path,
            line=text.count("\n", 0, offset) + 1,
        )
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if sample and controls > 0.02 * len(sample):
        raise InputError(
            f"binary file ({controls} control characters in the first {len(sample)}); "
            "expected a text article",
            path=path,
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


MAX_TEXT_BYTES = 64 * 1024 * 1024
"""Largest file ``chronicle dates`` reads."""


def read_text_file(path: Path, limit: int = MAX_TEXT_BYTES) -> str:
    """Read a text file as UTF-8 (BOM allowed), refusing binary and oversized files."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                f"file is {size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB", str(path)
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", str(path)) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("invalid UTF-16 text", str(path)) from None
    if b"\x00" in raw:
        raise InputError("file looks binary (contains NUL bytes); expected text", str(path))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not valid UTF-8 (byte {raw[exc.start]:#04x} at offset {exc.start}); "
            "convert the file to UTF-8",
            str(path),
            line,
        ) from None
