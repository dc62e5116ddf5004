"""Source records: ``content/sources/<article-id>.yaml``.

Ingest writes one small, hand-editable record per article it read (title,
outlet, author, url, publication date and where that date came from), so the
build can render a page per source without re-reading the articles, and beside
it the article's text as read (``<id>.txt``), which the site's search covers.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.dates import PartialDate
from generator.errors import ChronicleError, ContentError
from generator.ids import ARTICLE_ID_SHAPE, article_id_key
from generator.models import FIRST_PERSON, Article
from generator.store.files import display_path, write_text_atomic
from generator.store.problems import Problem
from generator.store.yamlread import load_with_marks

FIELDS = (
    "id",
    "title",
    "author",
    "outlet",
    "url",
    "published",
    "published_evidence",
    "path",
    "voice",
)
"""Keys of a source record, in file order."""
TEXT_SUFFIX = ".txt"
"""Beside each record, ``<id>.txt`` keeps the article's text as read (what the site searches)."""
MAX_TEXT_CHARS = 100_000
"""The most of an article's text kept beside its record."""


@dataclass(frozen=True)
class Source:
    """What the site knows about one source article."""

    id: str
    """The article id (its file stem)."""
    title: str | None = None
    """Headline."""
    author: str | None = None
    """Byline."""
    outlet: str | None = None
    """Publication."""
    url: str | None = None
    """Address of the original."""
    published: PartialDate | None = None
    """Publication date at its precision."""
    published_evidence: str | None = None
    """Where the publication date came from."""
    path: str | None = None
    """The article file it was read from."""
    voice: str | None = None
    """``first person`` for a page that speaks for its writer (a column, a blog), else None."""
    record: str | None = field(default=None, compare=False)
    """The record file this was loaded from (``content/sources/<id>.yaml``)."""


def source_of(article: Article) -> Source:
    """The record kept for an article."""
    return Source(
        id=article.id,
        title=article.title,
        author=article.author,
        outlet=article.outlet,
        url=article.url,
        published=article.published,
        published_evidence=article.published_evidence,
        path=article.path,
        voice=article.voice,
    )


def write_sources(content_dir: Path, articles: Sequence[Article]) -> list[Path]:
    """Write a record per article; returns the files that changed."""
    check_article_ids(content_dir, articles)
    changed = []
    for article in articles:
        record = source_of(article)
        data = {
            key: (value.edtf() if isinstance(value, PartialDate) else value)
            for key in FIELDS
            if (value := getattr(record, key)) is not None
        }
        text = dump_record(data)
        path = content_dir / "sources" / f"{article.id}.yaml"
        if write_text_atomic(path, text):
            changed.append(path)
        kept = article.body[:MAX_TEXT_CHARS]
        path = path.with_suffix(TEXT_SUFFIX)
        if kept and write_text_atomic(path, kept + "\n"):
            changed.append(path)
    return changed


def load_source_texts(content_dir: Path, ids: Iterable[str]) -> dict[str, str]:
    """The kept text of each article in ``ids`` that has one (``sources/<id>.txt``).

    A missing or unreadable file only means the article's words are not searched:
    the site's facts come from the records and event files.
    """
    texts = {}
    folder = content_dir / "sources"
    for article in ids:
        try:
            text = (folder / f"{article}{TEXT_SUFFIX}").read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        texts[article] = text[:MAX_TEXT_CHARS]
    return texts


def kept_text_ids(content_dir: Path) -> list[str]:
    """The article ids that have a kept text in ``content_dir/sources``, sorted."""
    try:
        names = os.listdir(content_dir / "sources")
    except OSError:
        return []
    return sorted(n[: -len(TEXT_SUFFIX)] for n in names if n.endswith(TEXT_SUFFIX))


_FAST_DUMPER = getattr(yaml, "CSafeDumper", None)
_FAST_SAFE = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
"""Text libyaml's emitter writes exactly as PyYAML's does (outside it they differ:
line separators, astral-plane characters, controls)."""


def dump_record(data: dict[str, str]) -> str:
    """A source record as YAML, byte for byte what ``yaml.safe_dump`` writes.

    libyaml's emitter (about 30x faster) when every value is text on which the
    two emitters agree, PyYAML's pure-Python emitter otherwise.
    """
    fast = _FAST_DUMPER is not None and all(_FAST_SAFE.fullmatch(v) for v in data.values())
    dumper = _FAST_DUMPER if fast else yaml.SafeDumper
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=88)


def check_article_ids(content_dir: Path, articles: Sequence[Article]) -> None:
    """Raise before anything is written if an article id is unsafe or clashes.

    An id clashes with another article's, or with an existing record's under
    ``content_dir/sources``, when they differ only in letter case (or Unicode
    normalization): a case-insensitive file system (macOS, Windows) would
    store both in one file.
    """
    folder = content_dir / "sources"
    existing = (
        {article_id_key(p.stem): p.stem for p in folder.glob("*.yaml")} if folder.is_dir() else {}
    )
    seen: dict[str, Article] = {}
    for article in articles:
        if not ARTICLE_ID_SHAPE.fullmatch(article.id):
            raise ContentError(f"refusing unsafe article id {article.id!r}", article.path)
        key = article_id_key(article.id)
        first = seen.setdefault(key, article)
        if first is not article:
            raise ContentError(
                f"article id {article.id!r} is also the id of {first.path} ({first.id!r}); "
                "ids must differ in more than letter case",
                article.path,
            )
        other = existing.get(key)
        if other is not None and other != article.id:
            raise ContentError(
                f"article id {article.id!r} differs only in letter case from the record "
                f"{display_path(folder / (other + '.yaml'))}; on macOS and Windows both "
                "would be one file: rename the article or set 'id' in its .meta.yaml",
                article.path,
            )


def load_sources(content_dir: Path) -> tuple[dict[str, Source], list[Problem]]:
    """Every source record, by id, and the problems found reading them.

    Two records with the same id (ignoring letter case: they would share
    a page, and a file on macOS and Windows) are an error on the second.
    """
    sources: dict[str, Source] = {}
    problems: list[Problem] = []
    folder = content_dir / "sources"
    if not folder.is_dir():
        return sources, problems
    keys: dict[str, Source] = {}
    for path in sorted(folder.glob("*.yaml")):
        try:
            source = _load_source(path)
        except ChronicleError as exc:
            problems.append(Problem.from_error(exc))
            continue
        first = keys.setdefault(article_id_key(source.id), source)
        if first is not source:
            same = "the same id" if first.id == source.id else "an id differing only in case"
            problems.append(
                Problem(
                    display_path(path),
                    1,
                    1,
                    f"id {source.id!r}: {same} as {first.record or first.id!r} "
                    f"({first.id!r}); each article needs its own record",
                )
            )
            continue
        sources[source.id] = source
    return sources, problems


def _load_source(path: Path) -> Source:
    name = display_path(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(f"cannot read source record: {exc}", name) from None
    loaded = load_with_marks(text, name)
    data = loaded.data
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise ContentError("a source record must be a mapping with a string 'id'", name, 1, 1)
    for key, value in data.items():
        line, col = loaded.where((key,))
        if key not in FIELDS:
            raise ContentError(
                f"unknown key {key!r}; allowed: {', '.join(FIELDS)}", name, line, col
            )
        if value is not None and not isinstance(value, str):
            raise ContentError(f"{key}: expected text, got {value!r}", name, line, col)
    if not ARTICLE_ID_SHAPE.fullmatch(data["id"]):
        line, col = loaded.where(("id",))
        raise ContentError(f"id: {data['id']!r} is not a safe article id", name, line, col)
    if data.get("voice") not in (None, FIRST_PERSON):
        line, col = loaded.where(("voice",))
        raise ContentError(
            f"voice: expected {FIRST_PERSON!r} or nothing, got {data['voice']!r}", name, line, col
        )
    published = None
    if data.get("published"):
        try:
            published = PartialDate.parse(data["published"])
        except ChronicleError as exc:
            line, col = loaded.where(("published",))
            raise ContentError(f"published: {exc.message}", name, line, col) from None
    return Source(
        id=data["id"],
        title=data.get("title"),
        author=data.get("author"),
        outlet=data.get("outlet"),
        url=data.get("url"),
        published=published,
        published_evidence=data.get("published_evidence"),
        path=data.get("path"),
        voice=data.get("voice"),
        record=name,
    )
