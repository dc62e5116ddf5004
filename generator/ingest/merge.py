"""Mentions of all articles → one :class:`Event` per real-world happening.

Two mentions are the same happening when their dates are compatible (one
contains the other: "In January" and "on 7 January") and their sentences
share enough content words. The most precise compatible date wins; every
mention stays as a source of the event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from generator.dates import PartialDate, Precision
from generator.ids import event_id, unique_event_ids
from generator.ingest.cluster import (
    ActorIndex,
    Cluster,
    idf_weights,
    mass,
    similarity,
    window_words,
)
from generator.ingest.definites import specific_title
from generator.ingest.doers import different_doers, doer
from generator.ingest.figures import counts_differ, figures
from generator.ingest.modifiers import PAST_KINDS, told_kinds
from generator.ingest.protagonists import story_names
from generator.ingest.rewording import Told, disaster_named, join_rewordings, told
from generator.ingest.summary import event_summary
from generator.ingest.words import EVENT_NOUNS, content_words, name_words, named_nouns, stem
from generator.models import Event, Mention, SourceRef

SIMILARITY = 0.25
"""Minimum overlap of content words for two mentions to be merged."""
WINDOW_SIMILARITY = 0.4
"""Minimum overlap of the words near the dates for two mentions to be merged."""


_ATTRIBUTION = frozenset(
    stem(w)
    for w in """reported reports statement state-run television radio news agency spokesman
    spokeswoman spokesperson quoted cited citing official officials""".split()
)
"""Words of who told a happening, not of what happened: two reports of one day that share
only them ("…, state-run Nile TV reported Saturday", "…, a government official told CNN
Friday") tell two happenings."""


def merge_mentions(mentions: Sequence[Mention]) -> list[Event]:
    """Group mentions into events, most precise date first; deterministic."""
    ordered = sorted(
        mentions,
        key=lambda m: (
            -m.date.precision,
            m.date.sort_key(),
            bool(m.names),
            m.article_id,
            m.sentence,
        ),
    )
    word_sets = {id(m): content_words(m.sentence) for m in ordered}
    weight = idf_weights(list(word_sets.values()))
    protagonists = story_names(ordered)
    clusters: list[Cluster] = []
    by_period: dict[tuple[int, ...], list[Cluster]] = {}
    index = ActorIndex()
    for mention in ordered:
        words = word_sets[id(mention)]
        near = window_words(mention)
        names = name_words(mention.sentence)  # names alone never make one happening
        actors = names - protagonists
        date = mention.date
        precision = date.precision
        hour = date.hour
        key = _period_key(date)
        words_mass: float | None = None
        best: Cluster | None = None
        best_score = SIMILARITY
        named: list[Cluster] = []  # clusters this vaguer mention names by event noun only
        # Mentions come most precise first, so a compatible head lies inside the mention's
        # period: only a clock time (the key names its day) can still differ.
        named_by_date = None
        if mention.names:  # only a date naming a happening ("Tuesday's quake") names one
            named_by_date = _named_happening(mention, by_period.get(key, ()), actors)
            if named_by_date is None and (earlier := _a_week_before(mention)) is not None:
                named_by_date = _named_happening(
                    earlier, by_period.get(_period_key(earlier.date), ()), actors
                )
                mention = earlier if named_by_date is not None else mention
        if named_by_date is not None:
            index.add(named_by_date, mention, words, near, actors)
            continue  # "died in Tuesday's quake": told of that day's quake
        # Whether the counts or the doers of the two reports differ is asked only of a cluster
        # that would be taken or named (a few in ten): the mention's figures and doer are
        # worked out then, once (the figures and the doer of a sentence no cluster meets, or
        # meets too little, are never needed).
        counted: bool | None = None
        done_by = False
        candidates = index.same_actors(key, actors)
        if candidates:  # the words it is compared by, only when there are clusters to compare
            told_words = words - _ATTRIBUTION  # "state-run Nile TV reported Saturday": who told
            told_near = near - _ATTRIBUTION
        for cluster in candidates:
            shared = cluster.words & told_words
            shared_near = cluster.near & told_near
            if not shared_near and len(shared) < 2:
                continue  # scores nothing and names nothing: it cannot be taken
            head = cluster.mentions[0]
            differ: bool | None = None
            score = whole = longer = 0.0
            unnamed = shared - names - cluster.names  # names alone never make one happening
            if len(shared) >= 2 and unnamed:
                if words_mass is None:
                    words_mass = mass(words, weight)
                shared_mass = mass(shared, weight)
                score = whole = shared_mass / min(cluster.mass(weight), words_mass)
                longer = shared_mass / max(cluster.mass(weight), words_mass)
            if shared_near and shared_near - names - cluster.names:
                nouns = shared_near & EVENT_NOUNS
                if (
                    nouns
                    and nouns <= cluster.nouns
                    and precision < min(head.date.precision, Precision.DAY)
                    and not head.names  # a direct report of it, not a mention naming one
                    and nouns <= named_nouns(mention.sentence, nouns)  # "to meet" names none
                ):  # not a day's report under a clock time's: it names its own day's
                    if counted is None:
                        counted = bool(figures(mention.sentence))
                        done_by = doer(mention.title) is not None
                    differ = _differ(head, mention, counted, done_by)
                    if differ:
                        continue
                    named.append(cluster)  # "the February meeting" → that one, if only one
                if len(shared_near) >= 2:
                    near_score = len(shared_near) / min(len(cluster.near), len(near))
                    if near_score >= WINDOW_SIMILARITY:
                        score = max(score, near_score)
            if score < best_score:
                continue  # it cannot be taken, whatever the tests below say
            if longer < LONGER_SHARE and len(unnamed) < 2:
                continue  # a short sentence inside a long one's words by a name and a word
                # ("The Friday prayer is obligatory"): the longer tells more than it
            if hour is not None and score < CLOCK_SIMILARITY and not head.date.compatible(date):
                continue  # two clock times on one day: one happening only if told alike
            if score < SAME_ARTICLE_SIMILARITY and any(
                m.article_id == mention.article_id for m in cluster.mentions
            ):
                continue  # a page tells a happening once; another of its sentences of that
                # day tells another, unless told alike (a lede and its body)
            if (
                precision < head.date.precision or precision <= Precision.YEAR
            ) and whole < COARSE_SIMILARITY:
                continue  # "in 2009" under a day's happening, or beside another "in 2009":
                # a year holds a story's every happening, so only if its sentence tells it
                # alike, not the few words near the date ("Last month, the World Health
                # Organization warned against fake anti-malaria medicines")
            if differ is None:
                if counted is None:
                    counted = bool(figures(mention.sentence))
                    done_by = doer(mention.title) is not None
                differ = _differ(head, mention, counted, done_by)
            if not differ:
                best, best_score = cluster, score
        if best is None and len(named) == 1:
            best = named[0]
        elif mention.in_passing:
            continue  # "said Wednesday's attacks would be …": it names that day's, nothing more
        if best is None:
            best = Cluster()
            clusters.append(best)
            keys = _period_keys(mention.date)
            for period in keys:
                by_period.setdefault(period, []).append(best)
            index.new(best, keys)
        index.add(best, mention, words, near, actors)
    clusters = join_rewordings(
        _merge_conflicting(clusters), _told, _cluster_date, Cluster.absorb, _disaster
    )
    clusters = _without_strays(_join_repeated(clusters))
    events = [_make_event(c) for c in clusters]
    _assign_unique_ids(events)
    events.sort(key=lambda e: (e.date.sort_key(), e.id))
    return events


def _differ(head: Mention, mention: Mention, counted: bool, done_by: bool) -> bool:
    """Whether the cluster whose head is ``head`` reports another statement or deed than
    ``mention`` (``counted``: the mention gives a count; ``done_by``: its title opens on a
    person): "611 injured" and "639 injured", or Gates and Barak each "spoke with Tantawi"."""
    if counted and counts_differ(head.sentence, mention.sentence):
        return True
    return done_by and different_doers(head, mention)


def _named_happening(
    mention: Mention, clusters: Sequence[Cluster], actors: frozenset[str] = frozenset()
) -> Cluster | None:
    """The cluster of the happening a date names ("Tuesday's quake"), if one of that kind
    is already dated there; for a local kind or a date coarser than a day, with the
    mention's ``actors`` (or none on either side): the largest, the first of equals. None
    for other mentions."""
    kind = mention.names
    if not kind:
        return None
    local = kind in LOCAL_KINDS or mention.date.precision < Precision.DAY
    best: Cluster | None = None
    for cluster in clusters:  # the cheap tests first: the title's kinds are worked out last
        head = cluster.mentions[0]
        if head.names:
            continue  # only a direct report founds the happening others name
        if local and (actors or cluster.actors) and actors.isdisjoint(cluster.actors):
            continue  # "Friday's demonstration in Amman" is not the one in Cairo; a month or
            # a year has many of a kind ("the 2000 election" in Zimbabwe, Fox's in Mexico)
        if best is not None and len(cluster.mentions) <= len(best.mentions):
            continue  # the largest, the first of equals
        if not head.date.compatible(mention.date) or kind not in cluster.kinds():
            continue
        if not _titles_kind(cluster, kind):
            continue  # its title tells another happening of that day, near one of the kind
            # ("the banks were ordered closed after protests by bank staff" is no protest)
        best = cluster
    return best


def _titles_kind(cluster: Cluster, kind: str) -> bool:
    """Whether the cluster's title names a happening of ``kind`` ("… demonstrators attack each
    other" for "Wednesday's attacks")."""
    return kind in told_kinds(cluster.titled().title)


def _a_week_before(mention: Mention) -> Mention | None:
    """The mention dated a week earlier, when its weekday names a happening nobody schedules
    ("Tuesday's earthquake" written the Tuesday after): its direct report, if one is dated
    there, says which Tuesday. None for other mentions."""
    date = mention.date
    if mention.names not in PAST_KINDS or "weekday" not in mention.timex.rule or not date.day:
        return None
    day = date.first_day() - dt.timedelta(days=7)
    timex = replace(mention.timex, rule=f"{mention.timex.rule}; {WEEK_BEFORE}")
    return replace(mention, date=PartialDate(day.year, day.month, day.day), timex=timex)


WEEK_BEFORE = "the week before, where its direct report dates it"
"""What the rule of a named happening's weekday says when it moved a week back."""
LOCAL_KINDS = frozenset("protest rally march strike riot clash meeting speech".split())
"""Kinds of happening that many places have on one day: a date naming one ("Friday's
protest") joins that day's only with the same actors. A quake or an election named by its
day is the one, wherever the sentence stands."""
CLOCK_SIMILARITY = 0.5
"""Overlap above which reports of one day at different clock times are one happening
("struck at 1653 local time", "hit at 2153 GMT"); the event then keeps only its day."""
CONFLICT_DAYS = 1
"""Reports of one happening more than this many days apart are different happenings: a day
off is a time zone or a late-night deadline; a running story repeats its kinds of
happening (protests, arrests, quakes) every few days, and those are not one."""
CONFLICT_SIMILARITY = 0.5
"""Overlap of the words near the dates above which such reports are one happening."""
CONFLICT_SHARED = 2
"""Fewest words near the dates, besides the kind of happening, such reports must share: the
overlap of a short sentence ("Thursday marked Day 17 of the protests") is high on little."""


LONGER_SHARE = 0.15
"""Least share of the longer sentence's words (by weight) two reports of one day must
share, unless they share two words besides names."""
SAME_ARTICLE_SIMILARITY = 0.45
"""Least similarity for a second sentence of one article to join its happening."""
COARSE_SIMILARITY = 0.55
"""Least similarity of a vaguer date's whole sentence (a month, a year) to join a more
precise happening: a year holds hundreds of days' happenings ("the ADB … in 2009" under "set
up a $120 billion fund on Sunday"). Round 32: 34 of 83 such judged sources reported the
happening itself; 0.55 (0.4 until the tenth session) took 24 out of published events, three
in four other happenings. The words near the date are mostly names ("the World Health
Organization warned": rounds 49-50 found a third of such sources off topic), so since the
fifteenth session the whole sentence must be told alike."""


def _told(cluster: Cluster) -> Told | None:
    return told(cluster.titled().title, frozenset(cluster.actors), stem)


def _disaster(cluster: Cluster) -> str | None:
    return disaster_named(cluster.titled().title)


def _merge_conflicting(clusters: list[Cluster]) -> list[Cluster]:
    """Join clusters that report one happening on incompatible days; the conflict is kept.

    A cluster joins the first earlier-kept cluster of the same kind that reports
    the same happening; only those at most :data:`CONFLICT_DAYS` away can, so
    they are looked up by day.
    """
    kept: list[Cluster] = []
    by_day: dict[tuple[frozenset[str], int], list[tuple[int, Cluster]]] = {}
    keys = {id(c): _cluster_key(c) for c in clusters}  # each worked out once for both sorts
    for cluster in sorted(clusters, key=lambda c: (-len(c.mentions), keys[id(c)])):
        twin = _find_twin(cluster, by_day) if cluster.nouns else None
        if twin is None:
            if cluster.nouns and cluster.mentions[0].date.precision >= Precision.DAY:
                key = (cluster.nouns, _ordinal(cluster.mentions[0].date))
                by_day.setdefault(key, []).append((len(kept), cluster))
            kept.append(cluster)
            continue
        twin.conflicting.extend(cluster.mentions)
    return sorted(kept, key=lambda c: keys[id(c)])


def _find_twin(
    cluster: Cluster, by_day: dict[tuple[frozenset[str], int], list[tuple[int, Cluster]]]
) -> Cluster | None:
    """The first kept cluster (in keeping order) that reports the same happening."""
    date = cluster.mentions[0].date
    if date.precision < Precision.DAY:
        return None
    day = _ordinal(date)
    near = [
        entry
        for offset in range(-CONFLICT_DAYS, CONFLICT_DAYS + 1)
        for entry in by_day.get((cluster.nouns, day + offset), ())
    ]
    near.sort(key=lambda entry: entry[0])
    return next((k for _, k in near if _same_happening(k, cluster)), None)


def _cluster_key(cluster: Cluster) -> tuple[object, ...]:
    head = cluster.mentions[0]
    return (head.date.sort_key(), head.article_id, head.sentence)


def _same_happening(a: Cluster, b: Cluster) -> bool:
    da, db = a.mentions[0].date, b.mentions[0].date
    if da.compatible(db) or da.precision < Precision.DAY or db.precision < Precision.DAY:
        return False
    if {m.article_id for m in a.mentions} & {m.article_id for m in b.mentions}:
        return False  # one article reporting two dates means two happenings
    if not (a.nouns and a.nouns == b.nouns):
        return False
    if (a.actors or b.actors) and a.actors.isdisjoint(b.actors):
        return False  # the same kind of happening, with other actors or in another place
    days = abs(_ordinal(da) - _ordinal(db))
    if len((a.near & b.near) - a.nouns) < CONFLICT_SHARED:
        return False  # "Thursday marked Day 17 of the protests": its kind, nothing of it
    return (
        days <= CONFLICT_DAYS
        and similarity(frozenset(a.near), frozenset(b.near)) >= CONFLICT_SIMILARITY
    )


def _without_strays(clusters: list[Cluster]) -> list[Cluster]:
    """The clusters, each member that tells nothing of its event's title besides names and
    its date, names no kind of happening the title tells, and shares little with any other
    member moved out to its own (one naming the happening in passing dropped): a reader
    checks each source against the title. Order kept, strays after."""
    strays: list[Cluster] = []
    for cluster in clusters:
        if len(cluster.mentions) < 2:
            continue
        title = cluster.titled().title
        title_words = content_words(title) - name_words(title)
        said = {id(m): _said(m) for m in cluster.mentions}
        if all(not title_words.isdisjoint(words) for words in said.values()):
            continue  # each tells of the title: the kinds it tells and its disaster not needed
        kinds = told_kinds(title)
        disaster = disaster_named(title)
        kept = [
            m
            for m in cluster.mentions
            if not title_words.isdisjoint(said[id(m)])
            or m.names in kinds  # "Friday's demonstration"
            or (disaster is not None and disaster_named(m.title) == disaster)  # "tremor"
            or any(
                len(said[id(m)] & said[id(o)]) >= STRAY_SHARED
                for o in cluster.mentions
                if o is not m
            )
        ]
        if len(kept) == len(cluster.mentions) or not kept:
            continue
        staying = {id(m) for m in kept}
        for mention in cluster.mentions:
            if id(mention) not in staying and not mention.in_passing:
                stray = Cluster()
                stray.add(mention, content_words(mention.sentence), window_words(mention))
                strays.append(stray)
        cluster.keep(kept)
    return clusters + strays


def _said(mention: Mention) -> frozenset[str]:
    """The content words of a mention's sentence besides names and its date."""
    names = name_words(mention.sentence) | content_words(mention.timex.text)
    return content_words(mention.sentence) - names


STRAY_SHARED = 2
"""Words besides names a member shares with another member of its event to stay in it
though it shares none with the title ("Mubarak said he will not run again" under "…
will step down in September", told alike by another report)."""


REPEAT_DAYS = 7
"""Most days between two dates one repeated sentence was given on pages of different days."""
REPEAT_WORDS = 8
"""Fewest words of a sentence repeated word for word to count as the same report."""


def _join_repeated(clusters: list[Cluster]) -> list[Cluster]:
    """The clusters, one holding a sentence another holds word for word from other articles
    (a wire story on pages of different days, its weekday read against each page's date)
    joined into that earlier one, when both are dated to a day within :data:`REPEAT_DAYS`:
    the first page's reading stands ("The first 100-strong contingent … is expected to
    arrive" on the 14th, not again on the 15th). A sentence an article dates twice ("on
    Friday about Tuesday's meeting") stays two events. Order kept."""
    kept: list[Cluster] = []
    holder: dict[str, tuple[Cluster, set[str]]] = {}
    for cluster in clusters:
        date = _cluster_date(cluster)
        target = None
        if date.precision >= Precision.DAY:
            for mention in cluster.mentions:
                held = holder.get(mention.sentence)
                if held is None:
                    continue
                other, articles = held
                own = {m.article_id for m in cluster.mentions if m.sentence == mention.sentence}
                days = abs(_ordinal(_cluster_date(other)) - _ordinal(date))
                if days <= REPEAT_DAYS and not own & articles:
                    target = other
                    break
        if target is None:
            kept.append(cluster)
            target = cluster
        else:
            target.absorb(cluster)
        if date.precision >= Precision.DAY:
            for mention in cluster.mentions:  # words counted up to REPEAT_WORDS only
                if len(mention.sentence.split(None, REPEAT_WORDS - 1)) >= REPEAT_WORDS:
                    entry = holder.setdefault(mention.sentence, (target, set()))
                    entry[1].add(mention.article_id)
    return kept


def _ordinal(date: PartialDate) -> int:
    return date.first_day().toordinal()


def _period_key(date: PartialDate) -> tuple[int, ...]:
    """The index key of the period a date names (its own precision)."""
    if date.decade:
        return (0, date.year // 10)
    if date.month is None:
        return (1, date.year)
    if date.day is None:
        return (1, date.year, date.month)
    return (1, date.year, date.month, date.day)


def _period_keys(date: PartialDate) -> list[tuple[int, ...]]:
    """Index keys of every period containing a date: decade, year, month, day."""
    keys: list[tuple[int, ...]] = [(0, date.year // 10)]
    if not date.decade:
        keys.append((1, date.year))
        if date.month is not None:
            keys.append((1, date.year, date.month))
            if date.day is not None:
                keys.append((1, date.year, date.month, date.day))
    return keys


def _make_event(cluster: Cluster) -> Event:
    head = cluster.mentions[0]
    sources: list[SourceRef] = []
    seen: set[tuple[str, str]] = set()
    every = cluster.mentions + cluster.conflicting
    reports = [m for m in every if not m.in_passing] or every  # "after Tuesday's quake" cites none
    quoted: set[str] = set()
    if len(reports) > 1:  # one report (most events) is its only source: nothing to sort or skip
        reports.sort(key=lambda m: (m.article_id, m.timex.start))
    for mention in reports:
        if len(reports) > 1:
            key = (mention.article_id, mention.sentence)
            same = " ".join(mention.sentence.split()).casefold()
            if key in seen or same in quoted:
                continue  # one article's sentence twice, or a copy of it in another (syndication)
            seen.add(key)
            quoted.add(same)
        timex = mention.timex
        sources.append(
            SourceRef(
                mention.article_id, mention.sentence, timex.text, mention.date.edtf(), timex.rule
            )
        )
    if len(cluster.mentions) == 1:
        entities, tags = sorted(set(head.entities)), sorted(set(head.tags))
    else:
        entities = sorted({e for m in cluster.mentions for e in m.entities})
        tags = sorted({t for m in cluster.mentions for t in m.tags})
    status = cluster.status()
    titled = cluster.titled()
    title = specific_title(titled.title, titled.referents)
    date = _cluster_date(cluster)
    conflicts = [
        f"{m.article_id} dates it {m.date.edtf()} (“{m.timex.text}”), not {head.date.edtf()}"
        for m in sorted(cluster.conflicting, key=lambda m: (m.article_id, m.timex.start))
    ]
    return Event(
        id=event_id(date, title),
        title=title,
        date=date,
        status=status,
        summary=event_summary(titled, cluster.mentions),  # the title's sentence: one happening
        entities=entities,
        tags=tags,
        sources=sources,
        conflicts=conflicts,
    )


def _cluster_date(cluster: Cluster) -> PartialDate:
    """The head's date; only its day when the members give it different clock times."""
    head = cluster.mentions[0].date
    if head.hour is None:
        return head
    if any(m.date.hour is not None and not m.date.compatible(head) for m in cluster.mentions):
        return PartialDate(head.year, head.month, head.day, approximate=head.approximate)
    return head


def _assign_unique_ids(events: list[Event]) -> None:
    """Number the events (made here) that want one id, in a fixed order."""
    ordered = sorted(events, key=lambda e: (e.id, e.sources[0].article, e.summary))
    for event, unique in zip(ordered, unique_event_ids([e.id for e in ordered]), strict=True):
        event.id = unique
