"""Source records: ``content/sources/<article-id>.yaml``.

Ingest writes one small, hand-editable record per article it read (title,
outlet, author, url, publication date and where that date came from), so the
build can render a page per source without re-reading the articles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.dates import PartialDate
from generator.errors import ChronicleError, ContentError
from generator.models import Article
from generator.store import Problem, display_path, write_text_atomic
from generator.yamlio import load_with_marks

SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,150}")
"""What an article id may look like: it becomes a file and URL name."""
FIELDS = ("id", "title", "author", "outlet", "url", "published", "published_evidence", "path")
"""Keys of a source record, in file order."""


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
    )


def write_sources(content_dir: Path, articles: Sequence[Article]) -> list[Path]:
    """Write a record per article; returns the files that changed."""
    changed = []
    for article in articles:
        if not SAFE_ID.fullmatch(article.id):
            raise ContentError(f"refusing unsafe article id {article.id!r}", article.path)
        record = source_of(article)
        data = {
            key: (value.edtf() if isinstance(value, PartialDate) else value)
            for key in FIELDS
            if (value := getattr(record, key)) is not None
        }
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=88)
        path = content_dir / "sources" / f"{article.id}.yaml"
        if write_text_atomic(path, text):
            changed.append(path)
    return changed


def load_sources(content_dir: Path) -> tuple[dict[str, Source], list[Problem]]:
    """Every source record, by id, and the problems found reading them."""
    sources: dict[str, Source] = {}
    problems: list[Problem] = []
    folder = content_dir / "sources"
    if not folder.is_dir():
        return sources, problems
    for path in sorted(folder.glob("*.yaml")):
        try:
            source = _load_source(path)
        except ChronicleError as exc:
            problems.append(Problem.from_error(exc))
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
    if not SAFE_ID.fullmatch(data["id"]):
        line, col = loaded.where(("id",))
        raise ContentError(f"id: {data['id']!r} is not a safe article id", name, line, col)
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
    )
