"""Articles → events: extraction, merging, corroboration and dating of undated articles.

The stages themselves live in :mod:`generator.ingest.extract` and
:mod:`generator.ingest.merge`; this module runs them over a whole corpus, because two
steps need the corpus at once:

- **corroboration**: an article that reports a happening without dating it
  ("the approximately two-hour meeting held at the White House …") still
  counts as a source of that event when the sentence names the same kind of
  happening and shares its distinctive words;
- **dating undated articles**: an article with no publication date that reports
  an event as past gets that event's date as an inferred publication date
  (shown as such to the editor, overridable in ``<stem>.meta.yaml``), so its
  relative dates ("the upcoming May 31 election") can be resolved.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import chain

from generator.dates import PartialDate, Precision
from generator.ingest.cluster import window_text
from generator.ingest.confidence import assign_confidence, checked_titles, remember_doubts
from generator.ingest.definites import article_namings, story_forms, with_story_referents
from generator.ingest.extract import extract_mentions
from generator.ingest.figures import counts_differ
from generator.ingest.merge import merge_mentions
from generator.ingest.names import (
    corpus_full_names,
    corpus_strangers,
    full_names,
    with_corpus_names,
)
from generator.ingest.proper import capitalised_words, names_from_votes
from generator.ingest.rank import assign_importance
from generator.ingest.sentences import split_article, split_sentences
from generator.ingest.title_cuts import checked_cuts, remember_cuts
from generator.ingest.topic import body_terms, topic_from_terms
from generator.ingest.verbs import is_verb
from generator.ingest.weekdays import settle_ran_past
from generator.ingest.words import (
    EVENT_NOUNS,
    content_words,
    happening_words,
    name_words,
    naming_paragraphs,
    remember_words,
)
from generator.ingest.workers import map_in_order, no_cycle_collection
from generator.models import Article, Event, Mention, SourceRef

log = logging.getLogger(__name__)

CORROBORATION_DAYS = 14
"""An undated sentence of an article written more than this many days after an event
names it in passing (background to later news) and does not corroborate it."""
RELATED_DAYS = 3
"""An undated sentence in other words than the event's quotes corroborates it only in an
article written at most this many days after it. Of the 50 undated sentences citing
published events of the shared corpora (judged one by one in the fourteenth session), 37 of
45 written within 3 days reported the happening, 1 of 5 written 4 to 14 days after; a copy of
a quote (a wire story printed again) still counts up to :data:`CORROBORATION_DAYS`."""
MIN_SHARED = 3
"""Distinctive words an undated sentence must share with an event to corroborate it."""
MIN_TITLE_SHARED = 2
"""Of those, words an undated sentence must share with the event's title: a sentence that
only shares the story's vocabulary with an event's quotes reports something else."""
TITLE_HEAD_WORDS = 6
"""The happening a title names comes early ("Ruiz and Núñez meet …"), not in its object."""
MIN_CORPUS = 20
"""Below this many articles (one story), no word is too common to be distinctive."""
_PAST_CUE = re.compile(
    r"\b(?:held|was|were|had|met|took place|described|came|ended|began|marked|followed)\b", re.I
)
_CORROBORATED_RULE = "undated mention of the same happening"
_WHITESPACE = re.compile(r"\s+")
_NAMES = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
"""A run of capitalised words: one name ("Luis Núñez", "Tahrir Square")."""


_SAYING = re.compile(r"\b(?:said|says|told|tells|warned|stated|added|insisted)\b")
"""A saying verb: a title with one reports a statement."""
_SAYING_BY = 8
"""Most words before the saying verb of a title that reports a statement."""
MIN_SAID_SHARED = 2
"""Words of what was said an undated sentence must share to report the same statement."""


@dataclass(frozen=True)
class _Signature:
    """What an event's sources say, for matching undated sentences."""

    nouns: frozenset[str]
    """Event nouns of the event ("meeting")."""
    words: frozenset[str]
    """Distinctive content words of its title and quotes."""
    title: frozenset[str] = frozenset()
    """Distinctive content words of its title: who and what, beyond the event noun."""
    actors: frozenset[str] = frozenset()
    """Distinctive names of its title (who and where): a report of it names one of them."""
    title_text: str = ""
    """The title itself, for :attr:`parties`."""

    @cached_property
    def said(self) -> frozenset[str]:
        """The distinctive words of what the title says was said, after its saying verb
        ("… told CNN the real heroes of the revolution are …"); empty for other titles."""
        found = _SAYING.search(self.title_text)
        if found is None or len(self.title_text[: found.start()].split()) > _SAYING_BY:
            return frozenset()
        return frozenset(content_words(self.title_text[found.end() :])) & self.title - self.actors

    @cached_property
    def parties(self) -> tuple[frozenset[str], ...]:
        """The names of the title's subject one by one, as words of :attr:`actors` ("Ana
        Ruiz and Luis Núñez meet"): a report naming each of two or more of them and the
        happening's noun tells of this meeting of theirs, not another (found when asked:
        few sentences get that far)."""
        return _subject_parties(self.title_text, self.actors)


@dataclass(frozen=True)
class ArticleReading:
    """What one article gives the corpus-wide steps (made on the process pool)."""

    mentions: list[Mention]
    """Its dated statements (:func:`~generator.ingest.extract.extract_mentions`)."""
    words: frozenset[str]
    """Content words of its body, to find the corpus's common words."""
    terms: frozenset[str]
    """Topic terms of its body (:func:`~generator.ingest.topic.topic_from_terms`)."""
    happenings: tuple[tuple[str, frozenset[str]], ...]
    """Its sentences that name a kind of happening, each with its content words (with
    hyphenated words split too): the sentences that may corroborate an event."""
    capitalised: frozenset[str] = frozenset()
    """The words it capitalises inside a sentence (:func:`~generator.ingest.proper.
    capitalised_words`), to find the corpus's names."""
    doubts: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Its mentions' titles with their doubts (:func:`~generator.ingest.confidence.
    checked_titles`): merging and scoring, which run in one process, need them."""
    cuts: tuple[tuple[str, str, str | None], ...] = ()
    """Its mentions' titles and sentences, each with whether the title stops mid-phrase
    (:func:`~generator.ingest.title_checks.checked_cuts`)."""
    names: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """The people it names in full, by surname (:func:`~generator.ingest.names.full_names`):
    the corpus's names for a surname another page gives alone."""
    namings: tuple[tuple[str, str], ...] = ()
    """The nouns it names with words before them, each with its form ("virus", "H1N1":
    :func:`~generator.ingest.definites.article_namings`): the story's names for a noun
    another page gives bare."""
    mention_words: tuple[tuple[str, frozenset[str]], ...] = ()
    """The content words of its mentions' sentences, of the words near their dates
    (:func:`~generator.ingest.cluster.window_text`), and of their titles and date expressions:
    merging, in one process, needs them."""
    mention_names: tuple[tuple[str, frozenset[str]], ...] = ()
    """The name words of its mentions' sentences (:func:`~generator.ingest.words.name_words`),
    for merging too."""


def read_article_events(article: Article) -> ArticleReading:
    """One article's mentions and words: a worker's task."""
    split_article(article.paragraphs)  # its sentences, kept for extraction too
    happenings = []
    for paragraph in naming_paragraphs(article.paragraphs):  # the others name no happening
        for sentence in split_sentences(paragraph):
            words = happening_words(sentence.text, named=True)
            if words is not None:
                happenings.append((sentence.text, words))
    mentions = extract_mentions(article)
    sentences = dict.fromkeys(m.sentence for m in mentions)
    texts = dict.fromkeys(chain(sentences, map(window_text, mentions), _short_texts(mentions)))
    body = article.body  # one copy: joined and hashed once for the three
    return ArticleReading(
        mentions,
        content_words(body),
        body_terms(body),
        tuple(happenings),
        capitalised_words(body),
        checked_titles(m.title for m in mentions),
        checked_cuts((m.title, m.sentence) for m in mentions),
        full_names("\n".join(article.paragraphs)),
        article_namings(article.paragraphs),
        tuple((text, content_words(text)) for text in texts),
        tuple((sentence, name_words(sentence)) for sentence in sentences),
    )


def _short_texts(mentions: Sequence[Mention]) -> Iterator[str]:
    """Each mention's title and date expression: merging, titling and summaries ask their
    :func:`content_words` of nearly every one. Short (a title's words, "on Friday"), so a
    worker's answers cost the parent less to take in than to work out, cold, its word keys
    included; the answers are the same wherever they are worked out."""
    for mention in mentions:
        yield mention.title
        yield mention.timex.text


def read_all(articles: Sequence[Article], workers: int | None = None) -> list[ArticleReading]:
    """:func:`read_article_events` of every article, in order; a process pool for many."""
    return list(map_in_order(read_article_events, articles, workers))


@dataclass(frozen=True)
class BuiltEvents:
    """What :func:`build_events` makes of a corpus."""

    events: list[Event]
    """Every event, merged, corroborated, ranked and scored (``confidence``), in date order."""
    articles: list[Article]
    """The articles, in the order given; those that had no publication date and report
    a past event are new copies carrying the inferred date (the input is not changed)."""


def build_events(
    articles: Sequence[Article], readings: Sequence[ArticleReading] | None = None
) -> BuiltEvents:
    """Every event the articles report, merged, corroborated, ranked and scored.

    ``readings``: :func:`read_article_events` of each article, in order, when it is already
    done (:func:`~generator.ingest.read.read_articles_then`); else it is done here.
    """
    if readings is not None and len(readings) != len(articles):
        raise ValueError(f"{len(readings)} readings for {len(articles)} articles")
    with no_cycle_collection():
        return _build_events(articles, readings if readings is not None else read_all(articles))


def _build_events(articles: Sequence[Article], readings: Sequence[ArticleReading]) -> BuiltEvents:
    for reading in readings:  # what the workers found, so that it is not looked for again
        remember_doubts(reading.doubts)
        remember_cuts(reading.cuts)
        remember_words(reading.mention_words, reading.mention_names)
    outlets = {a.id: a.outlet for a in articles}
    people = corpus_full_names(reading.names for reading in readings)
    mentions = with_corpus_names([m for reading in readings for m in reading.mentions], people)
    mentions = _with_story_referents(articles, readings, mentions)
    mentions = agree_on_copies(settle_ran_past(mentions, outlets))
    events = merge_mentions(mentions)
    common = _common_words([reading.words for reading in readings])
    dated = _date_undated_articles(articles, events, common)
    if dated:
        articles = [dated.get(a.id, a) for a in articles]
        mentions = [m for m in mentions if m.article_id not in dated]
        mentions += settle_ran_past(
            [m for a in articles if a.id in dated for m in extract_mentions(a, vague_anchor=True)],
            outlets,
        )
        events = merge_mentions(agree_on_copies(mentions))
    events = _with_corroborating_sources(events, articles, readings, common)
    # A date inferred as a lower bound says little about when the article was written.
    written = {a.id: None if a.id in dated else a.published for a in articles}
    events = assign_importance(events, published=written)
    topic = topic_from_terms(reading.terms for reading in readings)
    names = names_from_votes((r.capitalised for r in readings), (r.words for r in readings))
    strangers = corpus_strangers(
        (reading.names for reading in readings), (reading.capitalised for reading in readings)
    )
    events = assign_confidence(events, articles, topic, names, strangers)
    return BuiltEvents(events, list(articles))


def _with_story_referents(
    articles: Sequence[Article], readings: Sequence[ArticleReading], mentions: list[Mention]
) -> list[Mention]:
    """The mentions, bare nouns their article never names in full given the story's form."""
    story = story_forms(reading.namings for reading in readings)
    namings = {a.id: r.namings for a, r in zip(articles, readings, strict=True)}
    return with_story_referents(mentions, story, namings, {a.id: a for a in articles})


def agree_on_copies(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, a copy of a sentence dated as most of its copies date it.

    The same sentence with the same date expression in several articles (a story
    republished, a live page saved on different days) reports one happening; a
    relative date ("on Friday") resolved against each copy's publication date
    can differ. When more articles give one date than any other, the others take
    it (and its status); a tie changes nothing.
    """
    copies: dict[tuple[str, str], list[int]] = {}
    for index, mention in enumerate(mentions):  # sentences are normalized already
        copies.setdefault((mention.sentence, mention.timex.text), []).append(index)
    agreed = list(mentions)
    for indexes in copies.values():
        if len(indexes) < 2:
            continue  # no copy (most sentences): one date, nothing to agree on
        by_date: dict[PartialDate, set[str]] = {}
        for index in indexes:
            by_date.setdefault(mentions[index].date, set()).add(mentions[index].article_id)
        ranked = sorted(by_date.items(), key=lambda item: len(item[1]), reverse=True)
        if len(ranked) < 2 or len(ranked[0][1]) == len(ranked[1][1]):
            continue  # one date, or a tie
        date = ranked[0][0]
        model = next(mentions[i] for i in indexes if mentions[i].date == date)
        for index in indexes:
            if mentions[index].date != date:
                agreed[index] = replace(mentions[index], date=date, status=model.status)
    return agreed


def _signature(event: Event, common: frozenset[str]) -> _Signature:
    """What ``event``'s title and quotes say (:class:`_Signature`); nothing else for an event
    whose title's words name no happening (:data:`EVENT_NOUNS`): no sentence can match it
    (matching asks its nouns first), and its head's words, a part of the title's, name none
    either, so its names and words are not worked out."""
    if content_words(event.title).isdisjoint(EVENT_NOUNS):
        return _Signature(frozenset(), frozenset())
    words: set[str] = set(content_words(event.title))
    for source in event.sources:
        words |= content_words(source.quote)
    head = content_words(" ".join(event.title.split()[:TITLE_HEAD_WORDS]))
    nouns = frozenset(head & EVENT_NOUNS)
    title = frozenset(content_words(event.title.replace("-", " ")) - common - nouns)
    actors = frozenset(name_words(event.title) - common)
    return _Signature(nouns, frozenset(words - common), title, actors, event.title)


def _subject_parties(title: str, actors: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The names before the title's verb, each as its words among ``actors``."""
    words = title.split()
    verb = next((i for i, w in enumerate(words) if is_verb(w.strip(",;:"))), len(words))
    names = (content_words(n) & actors for n in _NAMES.findall(" ".join(words[:verb])))
    return tuple(p for p in names if p)


def _joint_report(words: frozenset[str], signature: _Signature) -> bool:
    """Whether ``words`` name each of two or more parties of the event's subject."""
    parties = signature.parties
    return len(parties) >= 2 and all(not words.isdisjoint(p) for p in parties)


def _common_words(bodies: Sequence[frozenset[str]]) -> frozenset[str]:
    """Words in most articles of a large corpus (``bodies``: each one's content words):
    they tell events apart poorly."""
    if len(bodies) < MIN_CORPUS:
        return frozenset()
    counts = Counter(chain.from_iterable(bodies))  # counted in C, in the order of a loop
    most = 0.6 * len(bodies)  # worked out once, not for each word
    return frozenset(w for w, c in counts.items() if c > most)


def _matches(sentence: str, signature: _Signature) -> bool:
    words = content_words(sentence)
    if not (words & signature.nouns):
        return False
    return len((words & signature.words) - signature.nouns) >= MIN_SHARED


def _with_corroborating_sources(
    events: Sequence[Event],
    articles: Sequence[Article],
    readings: Sequence[ArticleReading],
    common: frozenset[str],
) -> list[Event]:
    """The events, each citing the articles whose undated sentences report it best.

    An event that gains sources is a new event; the given ones are not changed.
    """
    candidates = [e for e in events if e.date.precision >= Precision.DAY]
    signatures = {e.id: _signature(e, common) for e in candidates}
    index = _SignatureIndex(candidates, signatures)
    cited: dict[str, set[str]] = {}
    for event in candidates:
        for source in event.sources:
            cited.setdefault(source.article, set()).add(event.id)
    added: dict[str, list[SourceRef]] = {}  # by event id (unique after merging)
    for article, reading in zip(articles, readings, strict=True):
        done = cited.setdefault(article.id, set())
        for sentence, words in reading.happenings:
            found = index.best_event(words, article)
            if found is None or found.id in done:
                continue
            text = _WHITESPACE.sub(" ", sentence).strip()
            if _written_later(article, found, RELATED_DAYS) and not _copies(text, found):
                continue  # days later, in other words: background to later news
            if any(counts_differ(s.quote, text) for s in found.sources if s.date_text):
                continue  # "between 100,000 and 200,000" is another count than "110,000"
            done.add(found.id)
            added.setdefault(found.id, []).append(
                SourceRef(article.id, text, None, None, _CORROBORATED_RULE)
            )
    return [_cite(e, added[e.id]) if e.id in added else e for e in events]


def _cite(event: Event, sources: Sequence[SourceRef]) -> Event:
    """A copy of the event citing ``sources`` too, sources ordered by article and quote."""
    cited = sorted([*event.sources, *sources], key=lambda s: (s.article, s.quote))
    return replace(event, sources=cited)


class _SignatureIndex:
    """Events by the distinctive words of their signatures, to score a sentence against all.

    A sentence's score for an event is the number of the event's distinctive
    words (other than its nouns) it contains; counting through an inverted
    index finds the same events as comparing the sentence with every event
    that shares a noun, without the quadratic cost. Each word's events are kept
    in the order of their days: a dated article can report only the events of the
    days up to :data:`CORROBORATION_DAYS` before it (:meth:`_shared`), so a story
    told over years is not counted whole for every sentence.
    """

    def __init__(self, events: Sequence[Event], signatures: dict[str, _Signature]) -> None:
        self._events = {e.id: e for e in events}
        self._signatures = signatures
        self._by_word: dict[str, list[str]] = {}
        """The events whose signatures have a word, in the order of their days."""
        self._days_of: dict[str, list[int]] = {}
        """The day (ordinal) of each event of :attr:`_by_word`, in the same order."""
        nouns: set[str] = set()
        days: list[int] = []
        for event in sorted(events, key=_day):
            signature = signatures[event.id]
            if not signature.nouns:
                continue  # no sentence can name it
            nouns |= signature.nouns
            day = _day(event)
            days.append(day)
            for word in signature.words - signature.nouns:
                self._by_word.setdefault(word, []).append(event.id)
                self._days_of.setdefault(word, []).append(day)
        self._nouns = frozenset(nouns)
        self._words = frozenset(self._by_word)
        """The words some event is indexed by: a sentence's others are not looked up."""
        self._days = days
        """The day of every indexed event, in order."""

    def _shared(self, words: frozenset[str], published: PartialDate | None) -> Counter[str]:
        """How many of ``words`` each event shares, of the events an article published on
        ``published`` may report (all for an undated one).

        The others would be refused anyway (:meth:`best_event`): an event on a day after
        the last of ``published`` is dated after it was written, and one on a day more
        than :data:`CORROBORATION_DAYS` before its first, long before it (the candidates
        are dated to the day or finer, so an event's day is its first and its last).
        Each word's events are cut to those days only when most events lie outside them
        (a story told over months or years): otherwise counting them all costs less.
        """
        found = words & self._words
        if published is not None:
            first = published.first_day().toordinal() - CORROBORATION_DAYS
            last = published.last_day().toordinal()
            days = self._days
            if 2 * (bisect_right(days, last) - bisect_left(days, first)) < len(days):
                slices = []
                for word in found:
                    word_days = self._days_of[word]
                    start = bisect_left(word_days, first)
                    end = bisect_right(word_days, last, start)
                    if start < end:
                        slices.append(self._by_word[word][start:end])
                return Counter(chain.from_iterable(slices))
        return Counter(chain.from_iterable(map(self._by_word.__getitem__, found)))

    def best_event(self, words: frozenset[str], article: Article) -> Event | None:
        """The event a sentence reports, if it clearly names one: most shared words wins.

        Ties go to the smallest event id; an event dated after the article was
        written is not one it reports. ``words`` include the parts of hyphenated ones
        ("Ruiz-Núñez meeting" names Ruiz and Núñez).
        """
        if words.isdisjoint(self._nouns):
            return None  # names no kind of happening
        # the events of each word it shares with some, counted in C (the best does not
        # depend on the order they are counted in)
        shared = self._shared(words, article.published)
        best: tuple[int, str] | None = None
        for event_id, count in shared.items():
            if count < MIN_SHARED or (
                best is not None and (count < best[0] or (count == best[0] and event_id > best[1]))
            ):
                continue
            signature = self._signatures[event_id]
            if not (words & signature.nouns) or len(words & signature.title) < MIN_TITLE_SHARED:
                continue  # the same kind of happening, but not with this one's actors or action
            if signature.actors and words.isdisjoint(signature.actors):
                continue  # names none of its actors: another's call, visit or protest
            if signature.said and len(words & signature.said) < MIN_SAID_SHARED:
                continue  # its speaker, but not what was said ("Wael Ghonim told CNN …")
            if (words & signature.title) <= signature.actors and not _joint_report(
                words, signature
            ):
                continue  # one of its actors or places, but not what they did
            event = self._events[event_id]
            if article.published is not None and (
                _before(article.published, event.date)
                or _written_later(article, event, CORROBORATION_DAYS)
            ):
                continue  # written before it happened, or long after: not a report of it
            best = (count, event_id)
        return self._events[best[1]] if best else None


def _day(event: Event) -> int:
    """The ordinal of the (first) day of ``event``'s date."""
    return event.date.first_day().toordinal()


def _written_later(article: Article, event: Event, days: int) -> bool:
    """Whether ``article`` was published more than ``days`` days after ``event``'s date."""
    published = article.published
    return published is not None and (published.first_day() - event.date.last_day()).days > days


def _copies(text: str, event: Event) -> bool:
    """Whether ``text`` is word for word one of ``event``'s quotes (a wire copy, a page saved
    again)."""
    return any(_WHITESPACE.sub(" ", ref.quote).strip() == text for ref in event.sources)


def _before(published: PartialDate, date: PartialDate) -> bool:
    return not published.compatible(date) and published.sort_key() < date.sort_key()


def _date_undated_articles(
    articles: Sequence[Article], events: Sequence[Event], common: frozenset[str]
) -> dict[str, Article]:
    """Copies of the undated articles dated by the latest past event they report, by id."""
    dated: dict[str, Article] = {}
    if all(article.published is not None for article in articles):
        return dated  # nothing to date: no event's signature is needed
    candidates = [e for e in events if e.status == "occurred" and e.date.precision >= Precision.DAY]
    signatures = {e.id: _signature(e, common) for e in candidates}
    for article in articles:
        if article.published is not None:
            continue
        sentences = [s.text for p in article.paragraphs for s in split_sentences(p)]
        best: tuple[Event, str] | None = None
        for event in candidates:
            if not signatures[event.id].nouns:
                continue
            for sentence in sentences:
                if _matches(sentence, signatures[event.id]) and _PAST_CUE.search(sentence):
                    if best is None or event.date.sort_key() > best[0].date.sort_key():
                        best = (event, sentence)
                    break
        if best is None:
            continue
        event, sentence = best
        date = PartialDate(event.date.year, event.date.month, event.date.day)
        evidence = (
            f"inferred from the events it reports as past: {event.title!r} ({date.edtf()}), "
            f"in {_shorten(sentence)!r}; the article was written on or after that date"
        )
        log.info("%s: no publication date; inferred %s", article.id, date.edtf())
        dated[article.id] = replace(
            article, published=date, published_inferred=True, published_evidence=evidence
        )
    return dated


def _shorten(text: str, limit: int = 90) -> str:
    text = _WHITESPACE.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
