"""Entities and tags for events, from the editable vocabularies.

- :func:`find_entities` names the gazetteer entries a text mentions, by name or
  alias ("Ruiz" → "Ana Ruiz"), longest match first.
- :func:`suggest_entities` proposes new gazetteer entries: capitalized names
  seen in several articles, with short forms folded into the full name and a
  guessed kind. Ingest appends them to ``content/entities.yaml`` marked
  ``suggested: true``; an editor confirms, edits or deletes them.
- :func:`find_tags` gives the tags whose keywords a text contains.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from generator.models import Article, Event
from generator.project import TEMPLATE_DIR
from generator.store import ENTITIES_FILE, Entity, Tag, Vocabulary, write_text_atomic

MIN_ARTICLES = 2
"""A name must appear in this many articles to be suggested."""
MAX_SUGGESTIONS = 200
"""At most this many suggestions per ingest (the most frequent names)."""

_WORD = r"[A-ZÀ-Ý][\w'’.-]*[\w.]"
_NAME_RE = re.compile(rf"{_WORD}(?:\s+(?:(?:de|del|la|los|of|the|bin|al|van|von)\s+)?{_WORD})*")
_STOP_NAMES = frozenset(
    """
    A An The This That These Those It Its He She They We I You His Her Their Our My In On At
    By For From With Without As But And Or If When While After Before Since During Despite
    Yet Still However Meanwhile Also Then There Here What Who Why How Where Which Both Each
    Every Some Many Most More Such One Two Three First Second Third Last Next Mr Mrs Ms Dr
    President Minister Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December Analysis
    Share Home Leave Comment Reply According Under Over Among Against Through Following
    Ultimately Experts Analysts Officials
    """.split()
)
_ROLE_BEFORE = re.compile(
    r"(?:President|Minister|Secretary|Senator|Governor|Ambassador|ambassador|leader|spokesman|"
    r"spokeswoman|professor|director|fellow|counterpart|Mr\.|Mrs\.|Ms\.|Dr\.|King|Queen|Pope|"
    r"General|Gen\.|Chancellor|chief|deputy)\s+$"
)
_ORG_WORDS = re.compile(
    r"\b(?:Council|Department|Ministry|University|Universidad|Army|Commission|Party|Bank|"
    r"Organization|Organisation|Agency|Office|Center|Centre|Institute|Committee|Court|Congress|"
    r"Senate|House|Union|Association|Corporation|Company|Group|Forces|Police|Times|News|Reuters|"
    r"Nations|Fund|Program|Programme|Foundation|Administration|Government)\b"
)
_LEADING_TITLE = re.compile(
    r"^(?:(?:[A-Z][a-z]+(?:ian|ean|an|ese|ish)|U\.S\.|US|UK|U\.N\.|Former|Acting|Deputy|Vice|"
    r"Prime|Foreign|Interior|Defense|Defence|Finance|Justice|Chief)\s+)*"
    r"(?:President|Minister|Secretary|Senator|Sen\.|Rep\.|Gov\.|Governor|Ambassador|Mr\.|Mrs\.|"
    r"Ms\.|Dr\.|General|Gen\.|Chancellor|King|Queen|Pope|Judge|Mayor)\s+(?:of\s+State\s+)?"
)
"""Titles before a person's name: "Chilean President Ana Ruiz" → "Ana Ruiz"."""
_DEMONYM = re.compile(r"(?:ian|ean|can|ese|ish|ic)$")
_PLACE_WORDS = re.compile(
    r"\b(?:America|Africa|Asia|Europe|States|Kingdom|Republic|City|Island|Islands|Sea|River|"
    r"Mountains?|Province|County|Coast|Gulf|Valley|Street|Avenue)\b"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|across|near|visit(?:ed)?)\s+$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]+\b")
_MID_SENTENCE = re.compile(r"[\w,;:]\s*$")
_SENTENCE_BREAK = re.compile(r"(?<=[a-zà-ÿ]{2})\.\s")
_COMPOUND = re.compile(r"[A-Za-z]-[A-Z]")


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


class EntityMatcher:
    """Finds gazetteer entities in text by name or alias, longest first."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        forms: dict[str, str] = {}
        for entity in entities:
            for form in (entity.name, *entity.aliases):
                forms.setdefault(_fold(form), entity.name)
        self._forms = forms
        ordered = sorted(forms, key=len, reverse=True)
        pattern = "|".join(re.escape(f) for f in ordered if f)
        self._pattern = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)") if pattern else None

    def find(self, text: str) -> list[str]:
        """Canonical names mentioned in ``text``, sorted."""
        if self._pattern is None:
            return []
        return sorted({self._forms[m.group()] for m in self._pattern.finditer(_fold(text))})


def _escape(keyword: str) -> str:
    return re.escape(_fold(keyword))


class TagMatcher:
    """Finds tags whose keywords appear in text."""

    def __init__(self, tags: Iterable[Tag]) -> None:
        self._patterns = [
            (tag.name, re.compile(r"(?<!\w)(?:" + "|".join(map(_escape, tag.keywords)) + ")"))
            for tag in tags
            if tag.keywords
        ]

    def find(self, text: str) -> list[str]:
        """Tag names whose keywords ``text`` contains, sorted."""
        folded = _fold(text)
        return sorted(name for name, pattern in self._patterns if pattern.search(folded))


def annotate_events(events: Sequence[Event], vocabulary: Vocabulary) -> list[Event]:
    """The events with entities and tags found in their title, summary and quotes.

    Returns new events; the given ones are not changed.
    """
    entities = EntityMatcher(e for e in vocabulary.entities if not e.suggested)  # confirmed only
    tags = TagMatcher(vocabulary.tags)
    annotated = []
    for event in events:
        text = " ".join([event.title, event.summary, *(s.quote for s in event.sources)])
        headline = f"{event.title} {event.summary}"
        annotated.append(replace(event, entities=entities.find(text), tags=tags.find(headline)))
    return annotated


@dataclass(frozen=True)
class NameSightings:
    """What one article gives :func:`suggest_entities`: gathered by the worker that reads the
    article, so that the process merging a corpus only adds them up."""

    article_id: str
    """The article's id."""
    names: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]
    """Each name it gives, in the order first seen, with how often each kind was guessed."""
    mid_sentence: frozenset[str]
    """The names it gives in the middle of a sentence."""
    lowercase: frozenset[str]
    """Its words written in lower case."""


def name_sightings(article: Article) -> NameSightings:
    """The names ``article`` gives, with their guessed kinds, for :func:`suggest_entities`."""
    found: dict[str, dict[str, int]] = {}  # each name's kinds, each counted
    mid_sentence: set[str] = set()
    for paragraph in article.paragraphs:
        for match in _NAME_RE.finditer(paragraph):
            name, kind = _read_name(match.group())
            if name is None:
                continue
            start = match.start()
            before = paragraph[max(0, start - 12) : start]
            if _MID_SENTENCE.search(before):
                mid_sentence.add(name)
            if kind is None:
                kind = _kind_before(before)
            kinds = found.get(name)
            if kinds is None:
                kinds = found[name] = {}
            kinds[kind] = kinds.get(kind, 0) + 1
    names = tuple((name, tuple(kinds.items())) for name, kinds in found.items())
    # one scan of the whole text: no lower-case word runs across a paragraph's end
    lowercase = frozenset(_LOWER_WORD.findall("\n".join(article.paragraphs)))
    return NameSightings(article.id, names, frozenset(mid_sentence), lowercase)


def suggest_entities(sightings: Iterable[NameSightings], known: Vocabulary) -> list[Entity]:
    """New gazetteer entries: names seen in several articles and not known yet, from each
    article's :func:`name_sightings`."""
    seen_in: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    mid_sentence: set[str] = set()
    lowercase: set[str] = set()
    for sighted in sightings:
        mid_sentence |= sighted.mid_sentence
        lowercase |= sighted.lowercase
        for name, counts in sighted.names:
            seen_in[name].add(sighted.article_id)
            folded = kinds[_fold(name)]
            for kind, count in counts:
                folded[kind] += count
    matcher = EntityMatcher(known.entities)
    seen_in = defaultdict(
        set,
        {
            n: a
            for n, a in seen_in.items()
            if len(n.split()) > 1 or (n in mid_sentence and n.lower() not in lowercase)
        },
    )  # a single word also written in lower case ("About", "Any") is an ordinary word
    seen_in = _merge_spellings(seen_in)
    full_names = _fold_short_forms(seen_in)
    suggestions: list[Entity] = []
    for name, aliases in sorted(full_names.items()):
        articles_seen = set(seen_in[name]).union(*(seen_in[a] for a in aliases))
        if len(articles_seen) < MIN_ARTICLES or matcher.find(name):
            continue
        kind_counts: Counter[str] = Counter(kinds[_fold(name)])
        for alias in aliases:
            kind_counts.update(kinds[_fold(alias)])
        if kind_counts.pop("titled", 0):
            kind = "person"  # a title before the name settles it
        else:
            votes = {k: c for k, c in kind_counts.items() if k != "other"}
            kind = min(votes, key=lambda k: (-votes[k], k)) if votes else "other"
        suggestions.append(Entity(name, kind, tuple(sorted(aliases)), suggested=True))
    suggestions.sort(key=lambda e: (-len(set(seen_in[e.name])), e.name))
    return sorted(suggestions[:MAX_SUGGESTIONS], key=lambda e: e.name)


def _clean_name(text: str) -> str | None:
    text = _SENTENCE_BREAK.split(text)[0]  # "Ruiz. He": a sentence ended
    words = text.replace("’s", "").replace("'s", "").split()
    if words and words[-1].endswith(".") and words[-1].count(".") == 1:
        words[-1] = words[-1][:-1]  # sentence end, not an abbreviation such as "U.S."
    while words and words[0] in _STOP_NAMES:
        words = words[1:]
    words = _LEADING_TITLE.sub("", " ".join(words)).split()
    if not words or all(w in _STOP_NAMES for w in words):
        return None
    if _DEMONYM.search(words[-1]):
        return None  # "Chilean", "Latin American": adjectives
    name = " ".join(words)
    if len(name) < 2 or _COMPOUND.search(name):
        return None  # "Ruiz-Núñez" is a compound, not a name
    return name


@lru_cache(maxsize=65536)
def _read_name(text: str) -> tuple[str | None, str | None]:
    """The name a capitalised run ``text`` gives (:func:`_clean_name`, None: none) and its
    kind when the run alone tells it (a title before the name, an organisation's or a
    place's word in it), else None: the words before it decide (:func:`_kind_before`).
    Worked out once per run: an article names the same people again and again."""
    name = _clean_name(text)
    if name is None:
        return None, None
    if _LEADING_TITLE.match(text) is not None:
        return name, "titled"
    return name, _kind_of_name(name)


def _kind_of_name(name: str) -> str | None:
    """The kind a word of ``name`` gives it ("organization", "place"), else None."""
    if _ORG_WORDS.search(name):
        return "organization"
    if _PLACE_WORDS.search(name):
        return "place"
    return None


def _kind_before(before: str) -> str:
    """The kind the words ``before`` a name give it: a role, a place's preposition, or none."""
    if _ROLE_BEFORE.search(before):
        return "person"
    if _PLACE_BEFORE.search(before):
        return "place"
    return "other"


def _merge_spellings(seen_in: dict[str, set[str]]) -> defaultdict[str, set[str]]:
    """Merge "Jose Nunez" into "José Núñez": the accented spelling wins ties."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in seen_in:
        groups[_fold(name)].append(name)
    merged: defaultdict[str, set[str]] = defaultdict(set)
    for variants in groups.values():
        best = max(variants, key=lambda n: (len(seen_in[n]), not n.isascii(), n))
        for name in variants:
            merged[best] |= seen_in[name]
    return merged


def _fold_short_forms(seen_in: dict[str, set[str]]) -> dict[str, set[str]]:
    """Map each full name to its short forms ("Ana Ruiz" ← "Ruiz")."""
    names = sorted(seen_in, key=lambda n: (-len(n.split()), n))
    full: dict[str, set[str]] = {}
    two_word_by_last: dict[str, list[str]] = defaultdict(list)
    for name in names:
        words = name.split()
        owners = two_word_by_last.get(name, []) if len(words) == 1 else []
        if len(owners) == 1:
            full[owners[0]].add(name)
            continue
        full[name] = set()
        if len(words) == 2:
            two_word_by_last[words[-1]].append(name)
    return full


def append_suggestions(content_dir: Path, suggestions: Sequence[Entity]) -> int:
    """Append suggested entries to entities.yaml, leaving every existing line as it is."""
    if not suggestions:
        return 0
    path = content_dir / ENTITIES_FILE
    existing = path.read_text("utf-8") if path.exists() else _entities_header()
    if existing and not existing.endswith("\n"):
        existing += "\n"
    lines = []
    for entity in suggestions:
        lines.append(f"- name: {_quote(entity.name)}")
        lines.append(f"  kind: {entity.kind}")
        if entity.aliases:
            lines.append("  aliases: [" + ", ".join(_quote(a) for a in entity.aliases) + "]")
        lines.append("  suggested: true")
    write_text_atomic(path, existing + "\n".join(lines) + "\n")
    return len(suggestions)


def _quote(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def _entities_header() -> str:
    """The comment a new ``entities.yaml`` starts with (the one ``chronicle init`` writes)."""
    return (TEMPLATE_DIR / ENTITIES_FILE).read_text("utf-8")
