"""A happening as merging gathers it: its reports, and the words they agree on.

:mod:`generator.ingest.merge` compares each mention with the clusters of its period; a
cluster keeps the words its reports share (not every member's: a busy day's cluster would
then match any sentence of that day), the words near their dates, who and what they name,
and which report titles it. The word measures it is compared by live here too.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from itertools import chain

from generator.ingest.modifiers import happening_kind
from generator.ingest.titling import best_title
from generator.ingest.words import EVENT_NOUNS, content_words, name_words
from generator.models import Mention, MentionStatus


def similarity(a: Set[str], b: Set[str], weight: dict[str, float] | None = None) -> float:
    """Overlap coefficient of two word sets, each word weighted (default 1)."""
    if not a or not b:
        return 0.0
    if weight is None:
        return len(a & b) / min(len(a), len(b))
    return mass(a & b, weight) / min(mass(a, weight), mass(b, weight))


def mass(words: Set[str], weight: dict[str, float]) -> float:
    """Total weight of a word set (default weight 1)."""
    return math.fsum([weight.get(w, 1.0) for w in words])  # exact: set order can't matter


def idf_weights(sentences: Sequence[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each word over the mentions' sentences (counted in C,
    in the order of a loop over them)."""
    counts = Counter(chain.from_iterable(sentences))
    total = len(sentences) + 1
    return {w: math.log(total / c) + 0.1 for w, c in counts.items()}


WINDOW = 8
"""Words either side of the date expression that describe what happened then."""


def window_words(mention: Mention) -> frozenset[str]:
    """Content words within :data:`WINDOW` words of the mention's date expression (only
    the window's words are split off either side: the same words as splitting the whole)."""
    return content_words(window_text(mention))


def window_text(mention: Mention) -> str:
    """The words within :data:`WINDOW` words of the mention's date expression (its whole
    sentence when the expression is not found in it), what :func:`window_words` reads."""
    text = mention.sentence
    said = mention.timex.text
    index = text.find(said)
    if index < 0:
        return text
    before = text[:index].rsplit(None, WINDOW)[-WINDOW:]
    after = text[index + len(said) :].split(None, WINDOW)[:WINDOW]
    return " ".join(before + after)


@dataclass
class Cluster:
    """One happening's reports as merging gathers them (the head first: the most precise)."""

    mentions: list[Mention] = field(default_factory=list)
    """Its reports, in the order they joined."""
    words: set[str] = field(default_factory=set)
    """The head's content words and those two members share: what the reports agree on."""
    near: set[str] = field(default_factory=set)
    """The words near the head's date and those near two members' dates."""
    nouns: frozenset[str] = frozenset()
    """The happening nouns near the head's date ("meeting", "quake")."""
    conflicting: list[Mention] = field(default_factory=list)
    """Reports of the same happening on an incompatible day (kept as the event's conflict)."""
    seen: set[str] = field(default_factory=set)
    """Every member's words: a word a second member also has joins :attr:`words`."""
    seen_near: set[str] = field(default_factory=set)
    """Every member's words near its date."""
    names: set[str] = field(default_factory=set)
    """Every member's name words (:func:`name_words`)."""
    actors: set[str] = field(default_factory=set)
    """Every member's name words besides the story's own (:mod:`~generator.ingest.protagonists`)."""
    _mass: float | None = None
    _kinds: set[str] | None = None
    _titled: Mention | None = None

    def status(self) -> MentionStatus:
        """``occurred`` if any member reports it as past, else ``scheduled`` (a plain loop: most
        events have one member, and a generator costs more than the look)."""
        for mention in self.mentions:
            if mention.status == "occurred":
                return "occurred"
        return "scheduled"

    def titled(self) -> Mention:
        """The member whose title the event takes (:func:`~generator.ingest.titling.
        best_title`), kept until the members change; a lone member's at once (most
        clusters: :func:`best_title` would find it the only candidate)."""
        if self._titled is None:
            mentions = self.mentions
            if len(mentions) == 1:
                self._titled = mentions[0]
            else:
                self._titled = best_title(mentions, self.status())
        return self._titled

    def absorb(self, other: Cluster) -> None:
        """Take ``other``'s reports (the same happening told in other words)."""
        self.mentions.extend(other.mentions)
        self.conflicting.extend(other.conflicting)
        self._titled = None

    def keep(self, members: list[Mention]) -> None:
        """Keep only ``members`` of its reports (the others told another happening)."""
        self.mentions[:] = members
        self._titled = None
        self._kinds = None

    def kinds(self) -> set[str]:
        """The kinds of happening its members report ("earthquake"); once worked out, kept up
        to date as members join (:meth:`add` only adds near words and members) instead of
        worked out again over every near word after each."""
        if self._kinds is None:
            self._kinds = {k for w in self.near if (k := happening_kind(w))}
            self._kinds |= {m.names for m in self.mentions if m.names}
        return self._kinds

    def add(
        self,
        mention: Mention,
        words: frozenset[str],
        near: frozenset[str],
        actors: frozenset[str] = frozenset(),
    ) -> None:
        """Add a mention; the cluster's words are its head's and those two members share.

        A union of every member's words would let a busy day's cluster match any
        sentence of that day (the rich get richer); the words the reports agree on
        describe the happening.
        """
        if not self.mentions:
            self.nouns = near & EVENT_NOUNS
            self.words = set(words)
            self.near = set(near)
            self._kinds = None
        else:
            agreed = (words & self.seen) - self.words
            if agreed:
                self.words |= agreed
                self._mass = None
            grown = (near & self.seen_near) - self.near
            self.near |= grown
            if self._kinds is not None:  # kept up to date: the new near words' and its own
                self._kinds.update(k for w in grown if (k := happening_kind(w)))
                if mention.names:
                    self._kinds.add(mention.names)
        self.mentions.append(mention)
        self._titled = None
        self.names |= name_words(mention.sentence)
        self.actors |= actors
        self.seen |= words
        self.seen_near |= near

    def mass(self, weight: dict[str, float]) -> float:
        """Weight of :attr:`words`, kept until they change."""
        if self._mass is None:
            self._mass = mass(self.words, weight)
        return self._mass


class ActorIndex:
    """The clusters of each period (``merge._period_keys``) by the actors they name, to find
    those a mention shares an actor with, or those with none when it names none: others tell
    another happening ("protesters in Iraq", "in Egypt"). Nine clusters of a period in ten
    fail that test, so a mention looks up its few actor words instead of testing every
    cluster of its period; the clusters come in the order they were made, as the period's
    list has them."""

    def __init__(self) -> None:
        self._order: dict[int, int] = {}
        """Each cluster's number, by its id: the order clusters were made in."""
        self._keys: dict[int, list[tuple[int, ...]]] = {}
        """Each cluster's period keys, by its id."""
        self._by_actor: dict[tuple[int, ...], dict[str, list[Cluster]]] = {}
        """The clusters naming an actor word, by period key, then by word (no pair made for
        each look-up)."""
        self._without: dict[tuple[int, ...], dict[int, Cluster]] = {}
        """The clusters naming no actor yet, by period key (by id, in the order made)."""

    def new(self, cluster: Cluster, keys: list[tuple[int, ...]]) -> None:
        """Index a cluster just made (no members yet) under its periods' ``keys``."""
        self._order[id(cluster)] = len(self._order)
        self._keys[id(cluster)] = keys
        for key in keys:
            self._without.setdefault(key, {})[id(cluster)] = cluster

    def add(
        self,
        cluster: Cluster,
        mention: Mention,
        words: frozenset[str],
        near: frozenset[str],
        actors: frozenset[str],
    ) -> None:
        """:meth:`Cluster.add`, indexing the actors the cluster did not name before."""
        new = actors - cluster.actors
        if new:
            keys = self._keys[id(cluster)]
            if not cluster.actors:
                for key in keys:
                    del self._without[key][id(cluster)]
            by_actor = self._by_actor
            for key in keys:
                words_of = by_actor.get(key)
                if words_of is None:
                    words_of = by_actor[key] = {}
                for word in new:
                    listed = words_of.get(word)
                    if listed is None:
                        words_of[word] = [cluster]
                    else:
                        listed.append(cluster)
        cluster.add(mention, words, near, actors)

    def same_actors(self, key: tuple[int, ...], actors: frozenset[str]) -> list[Cluster]:
        """The clusters of the period ``key`` naming one of ``actors``, or none when there
        are none, in the order they were made."""
        if not actors:
            without = self._without.get(key)
            return list(without.values()) if without else []
        found: dict[int, Cluster] = {}
        words_of = self._by_actor.get(key)
        if words_of is None:
            return []
        for word in actors:
            for cluster in words_of.get(word, ()):
                found[id(cluster)] = cluster
        if len(found) < 2:
            return list(found.values())
        order = self._order
        return sorted(found.values(), key=lambda cluster: order[id(cluster)])
