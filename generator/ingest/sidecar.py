"""The editor's override file next to an article: ``<stem>.meta.yaml``.

A sidecar overrides any of ``id``, ``title``, ``author``, ``outlet``, ``url``,
``language``, ``published`` (evidence becomes ``from <stem>.meta.yaml``) and
``published_evidence``. Unknown fields are an error, naming the sidecar and line.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.errors import InputError
from generator.ids import is_reserved_name, safe_article_id
from generator.ingest.decode import decode, max_bytes_default, read_bytes
from generator.ingest.fields import load_yaml_mapping, meta_from_mapping
from generator.models import Article

log = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".meta.yaml"
"""Suffix of the editor's override file next to an article."""
SIDECAR_KEYS = (
    "id",
    "title",
    "author",
    "outlet",
    "url",
    "language",
    "published",
    "published_evidence",
)
"""Fields a sidecar may set."""


def apply_sidecar(article: Article, path: Path) -> Article:
    """The article with the sidecar of the article file ``path`` applied, if it has one.

    Returns a new article when there is a sidecar; ``article`` itself is not changed.
    """
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return article
    where = str(sidecar)
    text = decode(read_bytes(sidecar, max_bytes_default()), where)
    data, lines = load_yaml_mapping(text, where)
    meta = meta_from_mapping(data, lines, where, SIDECAR_KEYS, strict=True)
    changes: dict[str, Any] = {}
    for key, value in meta.items():
        if key == "published":
            changes["published"] = value
            changes["published_inferred"] = False
            changes["published_evidence"] = (
                f"from {sidecar.name}" if value is not None else f"cleared by {sidecar.name}"
            )
        elif key == "id":
            if not value or safe_article_id(value) != value:
                why = (
                    f"is a name Windows reserves; use {safe_article_id(value)!r}"
                    if value and is_reserved_name(value)
                    else "must use only letters, digits, '_', '-' and '.'"
                )
                raise InputError(
                    f"id {value!r} {why}",
                    path=where,
                    line=lines.get("id"),
                )
            changes["id"] = value
        else:
            changes[key] = value
    log.debug("%s: applied %s", path, sidecar.name)
    return replace(article, **changes)
