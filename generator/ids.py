"""Ids and slugs: the one home of the rules that make and check them.

Three kinds of names, each with its own rules (they differ on purpose):

- **Event ids** (``2026-02-03-council-approves-the-bridge``): the date then the
  headline's words, lower-case ASCII and hyphens; also the event file's stem
  and its page name. :data:`EVENT_ID_SHAPE` is what every event id must look
  like, the same as the ``id`` pattern of ``site_config/schema/event.schema.json``.
- **Article ids** (``003_e0a1eea8c0cad0b9``, ``corpus.42``): the file stem of
  a single article, or ``<corpus-stem>.<id>`` (``<corpus-stem>.<line number>``
  without an id) for a corpus line, with every character outside
  ``[A-Za-z0-9_.-]`` replaced by ``_`` so ids are safe in file names and URLs
  (ids over :data:`ARTICLE_ID_MAX` characters end in a hash of the whole). Two
  articles whose ids differ only in letter case are an error: a
  case-insensitive file system would store both records in one file
  (:func:`article_id_key` is what they must not share). A name Windows
  reserves for a device (``CON``, ``NUL``, ``COM1``…, with any extension: see
  :func:`is_reserved_name`) gets ``-file`` after its first part: ``CON.txt``
  is the article ``CON-file``, the corpus ``aux.jsonl`` gives ``aux-file.7``.
- **Page slugs** (``jose-nunez``): page and URL names of entity and tag
  pages, and of a source page whose article id is not safe as a page name;
  never a Windows-reserved name either.

Shared core: this module imports only the standard library and ``generator.dates``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from generator.dates import PartialDate


def ascii_fold(text: str) -> str:
    """``text`` in ASCII: accents dropped ("Núñez" → "Nunez"), other characters left out.

    ASCII text is returned as it is: NFKD leaves every ASCII character alone, so the
    normalizing and the two copies would give it back unchanged (most text is ASCII)."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _digest(text: str) -> str:
    """A short hash of ``text``: keeps names made from different texts apart."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


# --- event ids ----------------------------------------------------------------------------------

EVENT_ID_MAX = 72
"""Longest event id (and file stem) ingest generates."""
EVENT_ID_SHAPE = re.compile(r"[a-z0-9][a-z0-9-]{0,119}")
"""What every event id must look like (it is a file and page name).

Keep in step with the ``id`` pattern ``^[a-z0-9][a-z0-9-]{0,119}$`` of
``site_config/schema/event.schema.json``: the schema is what editors' tools check.
"""
HAND_MADE_ID_STEM = 110
"""How much of a taken id a numbered one keeps (``<stem>-2``), within the 120 of the shape."""
_EVENT_WORD = re.compile(r"[a-z0-9]+")


def event_slug(text: str, limit: int = EVENT_ID_MAX) -> str:
    """Lower-case ASCII words joined by hyphens, cut at a word boundary.

    The words are joined once and cut at the last hyphen that keeps them within ``limit``
    (none: the first word alone is too long), rather than joined one by one."""
    slug = "-".join(_EVENT_WORD.findall(ascii_fold(text).lower()))
    if len(slug) > limit:
        slug = slug[: max(slug.rfind("-", 0, limit + 1), 0)] if limit >= 0 else ""
    return slug or "event"


def event_id(date: PartialDate, title: str) -> str:
    """A readable, stable event id: the date then the headline's words."""
    text = date.edtf().replace("~", "").replace("T", "t").replace(":", "").lower()
    return event_slug(f"{text} {title}")


def unique_event_ids(bases: Iterable[str]) -> list[str]:
    """Ids of one ingest run, in order: a repeated base id becomes ``<base>-2``, ``-3``…

    The base is cut to :data:`EVENT_ID_MAX` - 4 characters before the number, so
    numbered ids stay about as short as generated ones.
    """
    used: dict[str, int] = {}
    ids = []
    for base in bases:
        count = used.get(base, 0)
        used[base] = count + 1
        ids.append(f"{base[: EVENT_ID_MAX - 4]}-{count + 1}" if count else base)
    return ids


def unique_event_id(base: str, taken: Callable[[str], bool]) -> str:
    """``base`` if not ``taken``, else the first free ``<stem>-2``, ``<stem>-3``…

    The stem is ``base`` cut to :data:`HAND_MADE_ID_STEM` characters. For ids
    made against existing files: hand-made events and new events of a later run.
    """
    if not taken(base):
        return base
    stem = base[:HAND_MADE_ID_STEM]
    number = 2
    while taken(f"{stem}-{number}"):
        number += 1
    return f"{stem}-{number}"


# --- names Windows reserves ----------------------------------------------------------------------

RESERVED_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{port}{n}" for port in ("COM", "LPT") for n in range(1, 10)]
)
"""Device names Windows will not open as files, with any extension (``NUL.txt`` is ``NUL``)."""
RESERVED_SUFFIX = "-file"
"""What an article id made from a reserved name gets after its first part (``CON-file``)."""


def is_reserved_name(name: str) -> bool:
    """Whether Windows reserves ``name`` for a device: ``CON``, ``con.txt``, ``Lpt1.tar.gz``…

    Windows compares the part before the first dot, ignoring letter case and
    trailing spaces.
    """
    return name.split(".", 1)[0].rstrip(" ").upper() in RESERVED_NAMES


def _unreserved(article_id: str) -> str:
    """``article_id``, with :data:`RESERVED_SUFFIX` after its first part if Windows reserves it."""
    if not is_reserved_name(article_id):
        return article_id
    first, dot, rest = article_id.partition(".")
    return f"{first}{RESERVED_SUFFIX}{dot}{rest}"


# --- article ids --------------------------------------------------------------------------------

ARTICLE_ID_MAX = 120
"""Longest article id made from a file name or corpus id."""
ARTICLE_ID_SHAPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,150}")
"""What an article id may look like: it becomes a file and URL name."""
_SAFE_STEM = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


def safe_article_id(text: str) -> str:
    """``text`` with every run of characters outside ``[A-Za-z0-9_.-]`` as ``_``.

    An id longer than :data:`ARTICLE_ID_MAX` keeps its start and ends with a hash
    of the whole, so two long ids that share a beginning stay different. A
    Windows-reserved name (``CON``) becomes ``CON-file``.
    """
    safe = _unreserved(re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("._-"))
    if len(safe) <= ARTICLE_ID_MAX:
        return safe
    return f"{safe[: ARTICLE_ID_MAX - 11].rstrip('._-')}-{_digest(text)}"


def article_file_id(path: Path) -> str:
    """The id of a single-article file: its stem, made safe for file and URL names.

    A stem like ``Ruiz's visit`` becomes ``Ruiz_s_visit``; one made only of
    other characters becomes ``article-<hash>``; ``CON.txt`` becomes ``CON-file``.
    """
    stem = unicodedata.normalize("NFC", path.stem)
    if _SAFE_STEM.fullmatch(stem) and len(stem) <= ARTICLE_ID_MAX:
        return _unreserved(stem)
    safe = safe_article_id(stem)
    if safe:
        return safe
    return "article-" + _digest(stem)


def article_id_key(article_id: str) -> str:
    """What two article ids must not share: case-insensitive file systems (macOS,
    Windows) would store both under one file name."""
    return unicodedata.normalize("NFC", article_id).casefold()


# --- page slugs ---------------------------------------------------------------------------------

PAGE_SLUG_MAX = 60
"""Longest slug (characters) for entity and tag page names."""
_PAGE_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


def page_slug(text: str, fallback: str = "item") -> str:
    """A safe file and URL name: ASCII, lowercase, hyphens ("José Núñez" → jose-nunez)."""
    slug = _PAGE_SLUG_JUNK.sub("-", ascii_fold(text).lower()).strip("-")
    return slug[:PAGE_SLUG_MAX].strip("-") or fallback


def unique_page_slugs(names: Iterable[str], fallback: str) -> dict[str, str]:
    """Slug per name, unique among them (``-2``, ``-3``… on clashes), never ``index``.

    Names are visited in sorted order, so the result depends only on the set
    of names. A Windows-reserved name is taken too (``con`` becomes ``con-2``).
    """
    taken = {"index"}
    result: dict[str, str] = {}
    for name in sorted(set(names)):
        base = page_slug(name, fallback)
        slug, n = base, 1
        while slug in taken or is_reserved_name(slug):
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        result[name] = slug
    return result


def source_page_name(article_id: str) -> str:
    """The page name of a source article's page.

    A safe article id is its own page name; any other (an id an editor typed
    with ``/`` or ``..`` in an event's ``sources``, ``index``, the name of the
    sources list, or a Windows-reserved name) gets a slug and a hash of the id,
    so no id can reach outside ``sources/`` or replace another page.
    """
    safe = ARTICLE_ID_SHAPE.fullmatch(article_id) and not is_reserved_name(article_id)
    if safe and article_id.lower() != "index":
        return article_id
    return f"{page_slug(article_id, 'source')}-{_digest(article_id)}"
