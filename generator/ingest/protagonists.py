"""The story's own names: those every happening of it may share.

"Egypt" and "Mubarak" are in most articles of a story about Egypt's uprising; two reports
that share only them tell different happenings. Other names are a happening's actors and
places (:mod:`generator.ingest.merge` keeps reports with other actors apart).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from generator.ingest.words import content_words, name_words
from generator.models import Mention

PROTAGONIST_SHARE = 0.3
"""A name in the dated sentences of more than this share of the articles is the story's own."""
PROTAGONIST_MIN_ARTICLES = 10
"""Below this many articles every name is the story's own: none tells happenings apart."""


def story_names(mentions: Sequence[Mention]) -> frozenset[str]:
    """Name words of the story itself ("Egypt", "Mubarak"), which every happening may share.

    Other names are a happening's actors and places: two reports of one happening
    share one of them, or neither names any. A word of a protagonist's full name
    ("Hosni" of "Hosni Mubarak") is the protagonist's too (:func:`_full_names`), and a word
    that names no one by itself ("Square", "Minister": :data:`GENERIC_NAME_WORDS`) tells no
    actor either.
    """
    articles: dict[str, set[str]] = {}
    for mention in mentions:
        articles.setdefault(mention.article_id, set()).update(name_words(mention.sentence))
    if len(articles) < PROTAGONIST_MIN_ARTICLES:
        return frozenset(w for names in articles.values() for w in names)
    counts: dict[str, int] = {}
    for names in articles.values():
        for word in names:
            counts[word] = counts.get(word, 0) + 1
    story = frozenset(w for w, c in counts.items() if c > PROTAGONIST_SHARE * len(articles))
    return story | _full_names(mentions, story, counts) | GENERIC_NAME_WORDS


GENERIC_NAME_WORDS = content_words(
    """Square Street Avenue Road Bridge Province County District Region University College
    School Hospital Airport Hotel Palace Party Council Ministry Department Committee Agency
    Office National International United States North South East West New General Minister
    Secretary President Prime Defense Defence Foreign Interior"""
)
"""Words of names that name no one by themselves, as the story's own do not: a place's kind,
a role, a direction ("Raml Square" in Alexandria and Cairo's "Tahrir Square" share only
"Square": two gatherings)."""


_NAME_PAIR = re.compile(r"([A-Z](?<!\w[A-Z])[\w'’-]+)\s+(?=([A-Z][\w'’-]+))")
"""Two capitalised words in a row: a name's parts ("Hosni Mubarak", "President Mubarak").
The first opens a word: not after a word character, which the lookbehind checks once its
capital is found (``\b`` before it is the same test, but a pattern opening on the capital's
class lets ``re`` skip in C to the next capital: the corpora's 6,068 mention sentences in
0.021 s instead of 0.035)."""


def _full_names(
    mentions: Sequence[Mention], story: frozenset[str], counts: Mapping[str, int]
) -> frozenset[str]:
    """Name words that stand beside a protagonist's in most of the articles naming them:
    the protagonist's given name or title, which alone tells no happening apart. Each article's
    sentence is read once, and a sentence in several articles (a wire story) once for all
    (:func:`_beside_story`): only which articles have each word counts."""
    beside: dict[str, set[str]] = {}
    found: dict[str, frozenset[str]] = {}
    for article, sentence in dict.fromkeys([(m.article_id, m.sentence) for m in mentions]):
        parts = found.get(sentence)
        if parts is None:
            parts = found[sentence] = _beside_story(sentence, story)
        for part in parts:
            beside.setdefault(part, set()).add(article)
    return frozenset(w for w, seen in beside.items() if len(seen) * 2 > counts.get(w, 0) > 0)


def _beside_story(sentence: str, story: frozenset[str]) -> frozenset[str]:
    """The name words of ``sentence`` besides the story's that stand next to one of its
    (:data:`_NAME_PAIR`, either side)."""
    parts: set[str] = set()
    for first_word, second_word in _NAME_PAIR.findall(sentence):
        first, second = content_words(first_word), content_words(second_word)
        if not second.isdisjoint(story):
            parts |= first - story
        if not first.isdisjoint(story):
            parts |= second - story
    return frozenset(parts)
