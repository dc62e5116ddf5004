"""One happening told in other words: "Jackson died at his home" and "Michael Jackson died
from an overdose", both dated 25 June 2009, are one event.

Merging compares the words of whole sentences, so two reports of a death that share only
the name and "died" can stay apart, and the site shows the death twice. A headline says who
did what: when two events of the same day have titles whose subject is the same name and
whose verb is the same, they report one happening. The subject must be a name (capitalised
words: "The star died" says nothing of who), the verb a full verb ("was", "has" say
nothing of what), and the events must not both name actors or places and share none of
them (:attr:`Told.actors`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from generator.dates import PartialDate, Precision
from generator.ingest.modifiers import happening_kind
from generator.ingest.title_checks import TITLE_WORD
from generator.ingest.verbs import AUXILIARIES, is_verb

T = TypeVar("T")

_NOT_A_SUBJECT = frozenset(
    """the a an this that these those his her its their our some many most all several
    one two three dr mr mrs ms sir president prime minister he she it they we i you
    there""".split()
)
"""Capitalised words that open a title without naming anyone, or only give a rank."""
SUBJECT_WORDS = 4
"""Most words of a name before the verb."""


@dataclass(frozen=True)
class Told:
    """What a cluster's title says: who did what."""

    subject: frozenset[str]
    """The name's words, lower case, without ranks ("michael", "jackson")."""
    verb: str
    """The full verb, lower case and stemmed ("die")."""
    actors: frozenset[str]
    """The actors and places its reports name besides the story's protagonists."""


def told(title: str, actors: frozenset[str], stem: Callable[[str], str]) -> Told | None:
    """Who did what in ``title``, if its subject is a name and its verb a full verb."""
    words = TITLE_WORD.findall(title)
    for index, word in enumerate(words[1 : SUBJECT_WORDS + 1], start=1):
        if not is_verb(word):
            continue
        lowered = word.lower()
        subject = words[:index]
        if not all(w[:1].isupper() for w in subject):
            return None
        names = frozenset(w.lower() for w in subject) - _NOT_A_SUBJECT
        if not names:
            return None
        if lowered in AUXILIARIES:  # "Murray has pleaded", "was found": the next verb
            full = next((w for w in words[index + 1 : index + 3] if is_verb(w)), None)
            if full is None or full.lower() in AUXILIARIES:
                return None
            lowered = full.lower()
        return Told(names, stem(lowered), actors)
    return None


def join_rewordings(
    clusters: Sequence[T],
    told_of: Callable[[T], Told | None],
    date_of: Callable[[T], PartialDate],
    join: Callable[[T, T], None],
    disaster_of: Callable[[T], str | None] = lambda cluster: None,
) -> list[T]:
    """The clusters, each joined into an earlier one of the same day that tells the same
    happening (same name, same verb, no other actors; or the same natural disaster named
    in the title, :data:`DISASTERS`: "Haiti was hit by a massive earthquake" and "The
    7.0-magnitude quake struck"); then one dated only to a month or a year joins the one
    day inside it that tells the same happening ("Jackson died aged 50", June 2009, and
    "Jackson died at his Los Angeles home", 25 June 2009), if only one does. Order kept."""
    kept: list[T] = []
    coarse: list[tuple[T, Told, PartialDate]] = []
    by_day: dict[tuple[int, int, int], list[tuple[T, Told]]] = {}
    disasters: dict[tuple[tuple[int, int, int], str], T] = {}
    for cluster in clusters:
        date = date_of(cluster)
        if date.precision < Precision.DAY or date.month is None or date.day is None:
            said = told_of(cluster) if date.precision >= Precision.YEAR else None
            if said is not None and not date.decade:
                coarse.append((cluster, said, date))
            kept.append(cluster)
            continue
        day = (date.year, date.month, date.day)
        kind = disaster_of(cluster)
        if kind is not None and (day, kind) in disasters:
            join(disasters[(day, kind)], cluster)
            continue
        said = told_of(cluster)
        twin = (
            next((c for c, t in by_day.get(day, ()) if same_happening(t, said)), None)
            if said is not None
            else None
        )
        if twin is not None:
            join(twin, cluster)
            continue
        if said is not None:
            by_day.setdefault(day, []).append((cluster, said))
        if kind is not None:
            disasters[(day, kind)] = cluster
        kept.append(cluster)
    joined = _join_coarser(coarse, by_day, join)
    return [c for c in kept if id(c) not in joined]


def _join_coarser(
    coarse: Sequence[tuple[T, Told, PartialDate]],
    by_day: dict[tuple[int, int, int], list[tuple[T, Told]]],
    join: Callable[[T, T], None],
) -> set[int]:
    """Join each month's or year's cluster into the one day's inside it that tells the same
    happening, when exactly one does; the ids of those joined."""
    joined: set[int] = set()
    within: dict[tuple[int, int | None], list[list[tuple[T, Told]]]] = {}  # days by period
    for (year, month, _), told_there in by_day.items():
        within.setdefault((year, None), []).append(told_there)
        within.setdefault((year, month), []).append(told_there)
    for cluster, said, date in coarse:
        if said.verb in _SAYING:
            continue  # one says many things in a month: which of them is not told
        days = [
            c
            for told_there in within.get((date.year, date.month), ())
            for c, t in told_there
            if same_happening(t, said)
        ]
        if len(days) == 1:
            join(days[0], cluster)
            joined.add(id(cluster))
    return joined


_SAYING = frozenset("said say says told tell tells added add adds".split())
"""Verbs of saying, stemmed as :class:`Told` has them."""

DISASTERS = frozenset("earthquake tsunami hurricane cyclone eruption".split())
"""Kinds of happening (:func:`~generator.ingest.modifiers.happening_kind`) a place has one
of on one day: two titles of one day naming the same one report it."""


def disaster_named(title: str) -> str | None:
    """The natural disaster (:data:`DISASTERS`) ``title`` reports striking, if any ("The
    7.0-magnitude quake struck", "Haiti was hit by a massive earthquake"); not one it only
    mentions ("… have not been seen since the quake"). (The verbs are looked up in C: most
    titles have none.)"""
    words = TITLE_WORD.findall(title)
    if _STRUCK.isdisjoint(map(str.lower, words)):
        return None
    kinds = (happening_kind(word) for word in words)
    return next((kind for kind in kinds if kind in DISASTERS), None)


_STRUCK = frozenset(
    """hit hits struck strike strikes rocked rocks shook shakes jolted jolts ravaged ravages
    devastated devastates measured measuring flattened slammed lashed erupted erupts""".split()
)
"""Verbs that report a disaster striking."""


def same_happening(a: Told, b: Told) -> bool:
    """Whether two titles tell one happening: one verb, a shared name, no other places."""
    if a.verb != b.verb or a.subject.isdisjoint(b.subject):
        return False
    return not (a.actors and b.actors and a.actors.isdisjoint(b.actors))
