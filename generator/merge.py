"""Mentions of all articles → one :class:`Event` per real-world happening.

Two mentions are the same happening when their dates are compatible (one
contains the other: "In January" and "on 7 January") and their sentences
share enough content words. The most precise compatible date wins; every
mention stays as a source of the event.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from generator.models import Event, Mention, SourceRef

_STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during
    each few for from further had has have having he her here hers herself him himself
    his how i if in into is it its itself just me more most my myself no nor not now
    of off on once only or other our ours out over own same she should so some such
    than that the their theirs them then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours said says say told according last next month months week
    weeks year years day days first one two three on monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september
    october november december early late prior ago
    """.split()  # noqa: SIM905
)
SIMILARITY = 0.2
"""Minimum overlap of content words for two mentions to be merged."""
MAX_ID_LENGTH = 72
"""Longest event id (and file stem) we generate."""


def content_words(text: str) -> frozenset[str]:
    """Lower-case content words, crudely stemmed, for comparing sentences."""
    words = re.findall(r"[a-z][a-z'-]+", _ascii(text).lower())
    return frozenset(_stem(w) for w in words if w not in _STOPWORDS and len(w) > 2)


def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient of two word sets."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@dataclass
class _Cluster:
    mentions: list[Mention] = field(default_factory=list)
    words: set[str] = field(default_factory=set)

    def add(self, mention: Mention, words: frozenset[str]) -> None:
        self.mentions.append(mention)
        self.words |= words


def merge_mentions(mentions: Sequence[Mention]) -> list[Event]:
    """Group mentions into events, most precise date first; deterministic."""
    ordered = sorted(
        mentions,
        key=lambda m: (-m.date.precision, m.date.sort_key(), m.article_id, m.sentence),
    )
    clusters: list[_Cluster] = []
    for mention in ordered:
        words = content_words(mention.sentence)
        best: _Cluster | None = None
        best_score = SIMILARITY
        for cluster in clusters:
            head = cluster.mentions[0]
            if not head.date.compatible(mention.date) or head.status != mention.status:
                continue
            score = similarity(frozenset(cluster.words), words)
            if score >= best_score:
                best, best_score = cluster, score
        if best is None:
            best = _Cluster()
            clusters.append(best)
        best.add(mention, words)
    events = [_make_event(c) for c in clusters]
    _assign_unique_ids(events)
    events.sort(key=lambda e: (e.date.sort_key(), e.id))
    return events


def _make_event(cluster: _Cluster) -> Event:
    head = cluster.mentions[0]
    sources: list[SourceRef] = []
    seen: set[tuple[str, str]] = set()
    for mention in sorted(cluster.mentions, key=lambda m: (m.article_id, m.timex.start)):
        key = (mention.article_id, mention.sentence)
        if key in seen:
            continue
        seen.add(key)
        sources.append(
            SourceRef(
                article=mention.article_id,
                quote=mention.sentence,
                date_text=mention.timex.text,
                date_value=mention.date.edtf(),
                date_rule=mention.timex.rule,
            )
        )
    articles = {m.article_id for m in cluster.mentions}
    entities = sorted({e for m in cluster.mentions for e in m.entities})
    tags = sorted({t for m in cluster.mentions for t in m.tags})
    return Event(
        id=make_id(head),
        title=head.title,
        date=head.date,
        status=head.status,
        summary=head.sentence,
        entities=entities,
        tags=tags,
        importance=round(len(articles) + 0.1 * (len(sources) - len(articles)), 2),
        sources=sources,
    )


def slugify(text: str, limit: int = MAX_ID_LENGTH) -> str:
    """Lower-case ASCII words joined by hyphens, cut at a word boundary."""
    words = re.findall(r"[a-z0-9]+", _ascii(text).lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug or "event"


def make_id(mention: Mention) -> str:
    """A readable, stable id: the date then the headline's words."""
    date = mention.date.edtf().replace("~", "").replace("T", "t").replace(":", "").lower()
    return slugify(f"{date} {mention.title}")


def _assign_unique_ids(events: list[Event]) -> None:
    used: dict[str, int] = {}
    for event in sorted(events, key=lambda e: (e.id, e.sources[0].article, e.summary)):
        base = event.id
        count = used.get(base, 0)
        used[base] = count + 1
        if count:
            event.id = f"{base[: MAX_ID_LENGTH - 4]}-{count + 1}"
