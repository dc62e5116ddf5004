"""How ``chronicle inspect`` shows an article: a readable report, or JSON.

These are the command's output formats, kept apart from the reader so that
:mod:`generator.cli` stays a thin layer over them.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from generator.ingest.fields import shorten
from generator.models import Article


def article_to_json(article: Article) -> dict[str, Any]:
    """The fields ``chronicle inspect FILE --json`` prints."""
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "author": article.author,
        "outlet": article.outlet,
        "url": article.url,
        "language": article.language,
        "published": article.published.edtf() if article.published else None,
        "published_inferred": article.published_inferred,
        "published_evidence": article.published_evidence,
        "body": article.body,
        "references": list(article.references),
        "dropped": [{"text": d.text, "reason": d.reason} for d in article.dropped],
    }


def format_report(article: Article) -> str:
    """A human-readable account of how an article was read."""
    published = "none"
    if article.published is not None:
        published = f"{article.published.edtf()} ({article.published.human()})"
        if article.published_inferred:
            published += ", inferred"
    lines = [
        f"{article.id}  ({article.path})",
        f"  title:      {article.title or '-'}",
        f"  author:     {article.author or '-'}",
        f"  outlet:     {article.outlet or '-'}",
    ]
    if article.url:
        lines.append(f"  url:        {article.url}")
    if article.language:
        lines.append(f"  language:   {article.language}")
    lines += [
        f"  published:  {published}",
        f"  evidence:   {article.published_evidence or '-'}",
        f"  kept:       {len(article.paragraphs)} paragraphs, "
        f"{sum(len(p.split()) for p in article.paragraphs)} words",
        f"  references: {len(article.references)}",
    ]
    counts = Counter(d.reason for d in article.dropped)
    lines.append(
        "  dropped:    " + (", ".join(f"{n} {r}" for r, n in sorted(counts.items())) or "nothing")
    )
    lines += ["", "Body:"]
    for i, para in enumerate(article.paragraphs, 1):
        lines.append(f"  [{i}] {para}")
    if article.references:
        lines += ["", "References:"] + [f"  {ref}" for ref in article.references]
    if article.dropped:
        lines += ["", "Dropped:"]
        for piece in article.dropped:
            first, *rest = piece.text.split("\n")
            more = f" (+{len(rest)} lines)" if rest else ""
            lines.append(f"  - {piece.reason}: {shorten(first)!r}{more}")
    return "\n".join(lines)
