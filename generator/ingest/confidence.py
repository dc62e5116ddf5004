"""Confidence of events: how well the evidence supports a machine-made event, 0 to 1.

Ingest makes events from sentences that carry a date; some are not events at
all (a reader's comment kept with the article, a sentence cut into a title that
says nothing). The score says how much to trust one, from four kinds of
evidence, so that doubtful events wait for an editor (``chronicle review``)
instead of going straight to the site. For an event ``e``::

    confidence(e) = corroboration(e) * quality(e)            (rounded to 2 decimals)
    corroboration = 1 - (1 - FIRST_SOURCE) ** support          0 with no source
    quality       = QUALITY_BASE + DATE_SHARE * date + TITLE_SHARE * title

- ``support`` counts *independent* sources: each distinct article citing the
  event counts 1, except that a further article of an outlet already counted
  adds :data:`SAME_OUTLET_WEIGHT` (articles without an outlet count as their
  own); an article whose every quote for the event looks like page furniture
  (a reader comment, an embedded post, a widget: :data:`BOILERPLATE_MARKERS`)
  counts :data:`BOILERPLATE_WEIGHT` of that. One clean source gives 0.6,
  two 0.84, three 0.94.
- ``date`` is the date's precision: 1 for a day or a time, 0.75 a month,
  0.5 a year, 0.25 a decade; :data:`APPROXIMATE_PENALTY` less when approximate.
- ``title`` is how headline-like the title is: 1, less
  :data:`TITLE_DEFECT_PENALTY` for each defect (not 4–15 words; breaks off
  after an article, preposition, conjunction or auxiliary verb; all capitals;
  a fragment of a quote, or else opens with a pronoun and so does not say
  who), never below 0.
- A broken title (no verb, two sentences run together, cut off, a fragment, or
  not saying who: :mod:`generator.ingest.title_checks`) keeps only
  :data:`BROKEN_TITLE_FACTOR` of the quality: such an event waits for an editor
  unless four or more independent sources report it (one, two or three clean
  sources dated to the day give 0.25, 0.35, 0.39, four 0.41, when that is the
  title's only defect).
- In a corpus with a story (a topic: :mod:`generator.ingest.topic`), an event off it keeps
  :data:`OFF_TOPIC_FACTOR` of the quality, and background (an event that ended more than
  :data:`~generator.ingest.timeliness.BACKGROUND_DAYS` before its first report: a
  president's earlier term, an 1889 pandemic) keeps :data:`BACKGROUND_FACTOR`. One source of
  either waits for an editor; two outlets publish it. A plan that no article published after
  its day reports ("Murray's trial is due to begin in May", in a corpus that goes on to
  report its delay) keeps :data:`PLAN_FACTOR`: two sources of it wait too. There too, an
  event one article alone reports keeps :data:`LONE_DOUBT_FACTOR` when anything else about
  it is in doubt (a date short of the day, a title short of a headline): one article of
  hundreds is enough only for a clean report of a day. In a handful of articles the reader
  collected, background is part of the story, a coarse date is enough, and both count in
  full.

So one clean source dated to the day under a good headline scores 0.6; one
clean source dated to a decade under a two-word title 0.47 (a "Ruiz
demobilised": kept at the default threshold of 0.4); one clean source with a
year and a title with every defect 0.39; one source that is a reader comment
at most 0.2.
Everything is a sum or product of non-negative terms, so more evidence (a
further source, a more precise date, a better title) never lowers the score.
Each shortfall is also given in words (:attr:`Confidence.reasons`), which
``chronicle review`` shows the editor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from generator import fastre
from generator.dates import PartialDate, Precision
from generator.ingest import voice
from generator.ingest.happening_checks import (
    ASKED,
    HAD_SAID,
    QUESTION,
    STATE,
    TITLE_SCAN,
    figure_doubt,
    forecast_doubt,
    going_on_doubt,
    had_done_doubt,
    opinion_doubt,
    said_before,
    state_doubt,
)
from generator.ingest.timeliness import (
    BACKGROUND,
    BACKGROUND_FACTOR,
    PLAN_FACTOR,
    UNCONFIRMED_PLAN,
    background_age,
    publication_days,
    unconfirmed_plan,
)
from generator.ingest.title_checks import (
    BROKEN,
    PRESENT,
    anonymity_doubt,
    definite_subject,
    form_doubt,
    other_doubt,
    pointing_object,
    points_back,
    present_doubt,
    reference_doubt,
    reported_subject,
    says_now,
    stranger_doubt,
)
from generator.ingest.title_cuts import cut_off, small_part, title_words
from generator.ingest.title_form import FRAGMENT, NO_VERB, broken_form, in_capitals, is_fragment
from generator.ingest.title_length import LONGEST_WORDS
from generator.ingest.topic import on_topic
from generator.ingest.widgets import BOILERPLATE_MARKERS, boilerplate_marker
from generator.ingest.workers import OnceEach
from generator.models import Event, scored_event
from generator.temporal import WEEKDAYS

FIRST_SOURCE = 0.6
"""Corroboration from one clean source; each further one closes 60% of what remains."""
SAME_OUTLET_WEIGHT = 0.5
"""What a further article of an outlet already counted adds to the support."""
BOILERPLATE_WEIGHT = 0.25
"""What an article adds when every quote it gives looks like page furniture."""
QUALITY_BASE = 0.55
"""Quality of an event with the vaguest date and the least headline-like title."""
DATE_SHARE = 0.20
"""Quality the date's precision can add."""
TITLE_SHARE = 0.25
"""Quality a headline-like title can add."""
DATE_SCORE = {
    Precision.TIME: 1.0,
    Precision.DAY: 1.0,
    Precision.MONTH: 0.75,
    Precision.YEAR: 0.5,
    Precision.DECADE: 0.25,
}
"""How much each precision says about when (and whether) it happened."""
CLOCK_ONLY = "dated by a clock time alone: its day is only the page's"
"""The doubt of an event whose every report gives a clock time and no day (half of those
judged in rounds 27-34 had the wrong day)."""
APPROXIMATE_PENALTY = 0.1
"""Taken off the date score for an approximate date ("early January")."""
TITLE_DEFECT_PENALTY = 0.25
"""Taken off the title score for each way it is unlike a headline."""
HEADLINE_WORDS = (4, LONGEST_WORDS)
"""Fewest and most words of a headline-like title."""
OFF_TOPIC_FACTOR = 0.6
"""Quality kept when no word of the title or quotes is one of the story's words."""
OFF_TOPIC = "off the story: no word of its title or quotes is one of the corpus's main words"
"""The reason given for an event off the corpus's topic."""
ONE_SOURCE = "one source"
"""The reason given for an event only one article reports."""
LONE_DOUBT_FACTOR = 0.65
"""Quality kept, in a corpus with a story, by an event one article alone reports when
anything else about it is in doubt: a date short of the day, a title short of a headline."""
BROKEN_TITLE_FACTOR = 0.4
"""Quality kept when the title is broken: no verb, sentences run together, cut off. With it
no broken title reaches :data:`~generator.models.DEFAULT_MIN_CONFIDENCE` however many
sources report it (its title score is under 1): judges called none of the broken titles of
corroborated events a headline (round 49: 0 of 3; at 0.45 four sources still published one)."""
ANONYMOUS_FACTOR = 0.45
"""Quality kept when the title's only flaw is that it names no one and nowhere ("The military
said it would not open fire", "The official death toll from the quake rose to 110,000"): on
the story's own page a reader knows whose; judges of round 49 called 3 of 4 such titles of
corroborated events headlines, so four sources still publish one."""
SAID_SINCE = f"{BROKEN}: it tells what is said now of a happening dated long before"
"""The reason for a title saying what someone says now ("Prosecutors say …") of background."""

_PRECISION_WORDS = {
    Precision.MONTH: "month",
    Precision.YEAR: "year",
    Precision.DECADE: "decade",
}
_THE_DAY_BEFORE = re.compile(r"\bthe\s+(?:day|night)\s+(?:before|after)$")
"""A title that ends on when, not on a preposition ("… from the rubble the day before")."""
_DANGLING = frozenset(
    """a an the to of in on at for with by from about into onto over under after before as
    than via per and or but nor that which who whom whose is are was were be been being has
    have had will would shall should can could may might must do does did said says told
    tells added noted stated according especially particularly notably including tweeted
    wrote headlined read reads chanted shouted""".split()
)
"""Words a headline does not end on: it would break off (articles, prepositions,
conjunctions, auxiliaries, reporting verbs that need what was said, and adverbs that single
out what follows: "… will continue to be explored, especially")."""
ANOTHER_DAY = "title names a day besides the event's own"
"""The doubt of a title that still names a day once its own date is gone ("Wael Ghonim was
seized and released Monday", "The eve of the first of several massive Friday protests"):
two happenings of two days, or a report of one day of another's (8 published titles of the
shared corpora, 1 a headline)."""
_ANOTHER_DAY = fastre.compile(
    rf"(?<!\bevery\s)\b(?:{'|'.join(day.capitalize() for day in WEEKDAYS)})(?:['’]s)?\b"
    r"(?!\s+(?:prayers?|sermons?|services?|mass)\b)|\b(?:yesterday|today|tonight|tomorrow)\b",
    scan=TITLE_SCAN,
)
_PERSONAL_START = frozenset("he she it they we you i his her its their our my".split())
"""Pronouns that start a sentence whose subject was named before it: no headline at all."""
_ANAPHORIC_SUBJECT = re.compile(
    r"^(?:Such\s+\w+|A\s+similar\s+\w+|The\s+(?:second|third|fourth|fifth|other|same)\s+[a-z]+\b"
    r"|(?:The|This|That)\s+(?:man|woman|boy|girl|men|women|couple|victim|suspect"
    r"|move|decision|step|measure|announcement|development|incident|case|latter|former)\b)"
    r"(?!\s+(?:of|from|in|at|who|whose|which|named|called)\b)"
)
"""A subject that points back to what the article said before ("The man was diagnosed",
"Such fears increased", "A similar picture was posted", "The move angered Egypt", "The second
case involves four servicemen"): the title
alone does not say who."""
_PRONOUN_START = frozenset("this these those there".split())
"""Words that start a sentence that points back to what came before it."""


class ArticleLike(voice.Voiced, Protocol):
    """What confidence needs of an article: its id, outlet, publication date and voice.

    :class:`~generator.models.Article` at ingest, the source records of
    ``content/sources/`` (``store.Source``) at review.
    """

    @property
    def id(self) -> str: ...

    @property
    def outlet(self) -> str | None: ...

    @property
    def published(self) -> PartialDate | None: ...


@dataclass(frozen=True)
class Confidence:
    """How well an event's evidence supports it."""

    value: float
    """From 0 (no evidence) to 1, rounded to 2 decimals."""
    reasons: tuple[str, ...] = ()
    """Each doubt in words ("one source", "date known only to the year"), strongest first."""


def score_confidence(
    event: Event,
    articles: Mapping[str, ArticleLike] | Iterable[ArticleLike] = (),
    topic: frozenset[str] = frozenset(),
    names: frozenset[str] | None = None,
    days: Sequence[dt.date] | None = None,
    strangers: frozenset[str] = frozenset(),
    *,
    explain: bool = True,
) -> Confidence:
    """The confidence of ``event`` and the reasons to doubt it (see the module doc).

    ``articles`` (a sequence, or a mapping by id) give the outlets of the
    articles the event cites; an article missing from them counts as its own outlet.
    ``topic`` is the corpus's words (:func:`generator.ingest.topic.topic_words`):
    an event sharing none of them is off the story. ``names`` are the corpus's names
    (:func:`generator.ingest.proper.corpus_names`): a title naming none of them, nor
    anything else with a capital, does not say who (not checked when ``None``).
    ``days``: :func:`~generator.ingest.timeliness.publication_days` of ``articles``, if known.
    ``strangers``: surnames of people who are not the story's own
    (:func:`~generator.ingest.names.corpus_strangers`): a title opening on one alone does not
    say who. With ``explain`` false only the value is sure (:func:`assign_confidence`): the
    reasons that cannot change it are left out, and so not looked for (a title that keeps
    a small part of its sentence only counts as a doubt beside one source).
    """
    outlets = _outlets(articles)
    quotes = [ref.quote for ref in event.sources]
    support, source_reasons = _support(event, outlets, explain=explain)
    date, date_reasons = _date_score(event)
    title, title_reasons = _title_score(event.title, event.status)
    corroboration = 1.0 - (1.0 - FIRST_SOURCE) ** support if support > 0 else 0.0
    quality = QUALITY_BASE + DATE_SHARE * date + TITLE_SHARE * title
    cut = cut_off(event.title, quotes)
    if cut:
        title_reasons = [*title_reasons, cut]
        title = max(0.0, title - TITLE_DEFECT_PENALTY)
    part = small_part(event.title, quotes) if explain else None  # never a broken title's
    title_reasons = [*title_reasons, part] if part else title_reasons
    stranger = stranger_doubt(event.title, strangers)
    title_reasons = [*title_reasons, stranger] if stranger else title_reasons
    if _is_broken(title_reasons, event.status):
        quality *= BROKEN_TITLE_FACTOR  # whether it also names no one changes nothing
    elif names is not None and (anonymous := anonymity_doubt(title_words(event.title), names)):
        title_reasons = [*title_reasons, f"{BROKEN}: {anonymous}"]
        quality *= ANONYMOUS_FACTOR
    topic_reasons = []
    if not on_topic([event.title, *quotes], topic):
        quality *= OFF_TOPIC_FACTOR
        topic_reasons.append(OFF_TOPIC)
    if voice.told_in_first_person([outlets.get(ref.article) for ref in event.sources]):
        quality *= voice.FIRST_PERSON_FACTOR
        topic_reasons.append(voice.FIRST_PERSON_PAGES)
    age = background_age(event, outlets) if topic else None
    if age is not None:
        quality *= BACKGROUND_FACTOR
        topic_reasons.append(BACKGROUND.format(days=age))
        if says_now(title_words(event.title)) and not _is_broken(title_reasons, event.status):
            title_reasons = [*title_reasons, SAID_SINCE]  # "Prosecutors say …" of 2009, in 2011
            quality *= BROKEN_TITLE_FACTOR
    later = unconfirmed_plan(event, outlets, days) if topic else None
    if later is not None:
        quality *= PLAN_FACTOR
        topic_reasons.append(UNCONFIRMED_PLAN.format(date=event.date.edtf(), later=later))
    if (
        topic
        and source_reasons[:1] == [ONE_SOURCE]
        and (
            topic_reasons
            or date_reasons
            or title_reasons
            or (not explain and small_part(event.title, quotes))
        )
    ):
        quality *= LONE_DOUBT_FACTOR  # one article of many, and something else in doubt
    value = round(min(1.0, corroboration * quality), 2)
    return Confidence(value, (*source_reasons, *topic_reasons, *date_reasons, *title_reasons))


def assign_confidence(
    events: Sequence[Event],
    articles: Iterable[ArticleLike],
    topic: frozenset[str] = frozenset(),
    names: frozenset[str] | None = None,
    strangers: frozenset[str] = frozenset(),
) -> list[Event]:
    """The events with ``confidence`` set: new events, in order; the given ones are unchanged."""
    outlets = _outlets(articles)
    days = publication_days(outlets)  # once for the corpus, not once an event
    scores = [
        score_confidence(e, outlets, topic, names, days, strangers, explain=False).value
        for e in events
    ]
    return [scored_event(e, confidence=c) for e, c in zip(events, scores, strict=True)]


def _outlets(
    articles: Mapping[str, ArticleLike] | Iterable[ArticleLike],
) -> Mapping[str, ArticleLike]:
    if type(articles) is dict or isinstance(articles, Mapping):  # a dict without the ABC's check
        return articles
    return {a.id: a for a in articles}


def _support(
    event: Event, articles: Mapping[str, ArticleLike], *, explain: bool = True
) -> tuple[float, list[str]]:
    """Independent support of the event's sources, and the doubts about them; without
    ``explain``, only those that change the support (:func:`score_confidence`): a further
    quote of an article with a clean one is not checked."""
    if len(event.sources) == 1:  # most events: one quote, one article, one outlet
        return _one_source(event.sources[0].quote)
    clean: dict[str, bool] = {}
    reasons: list[str] = []
    for source in event.sources:
        if not explain and clean.get(source.article, False):
            continue  # the article counts in full whatever this quote looks like
        marker = _boilerplate_marker(source.quote)
        clean[source.article] = clean.get(source.article, False) or marker is None
        if marker is not None:
            reason = f"quote looks like {marker[0]} ({marker[1]!r})"
            if reason not in reasons:
                reasons.append(reason)
    if not clean:
        return 0.0, ["no sources"]
    by_outlet: dict[str, list[float]] = {}
    for article, ok in sorted(clean.items()):
        known = articles.get(article)
        outlet = known.outlet if known is not None and known.outlet else f"article {article}"
        by_outlet.setdefault(outlet, []).append(1.0 if ok else BOILERPLATE_WEIGHT)
    support = 0.0
    for weights in by_outlet.values():
        weights.sort(reverse=True)  # the best article of an outlet counts in full
        support += weights[0] + SAME_OUTLET_WEIGHT * sum(weights[1:])
    if len(clean) == 1:
        reasons.insert(0, ONE_SOURCE)
    elif len(by_outlet) == 1:
        outlet = next(iter(by_outlet))
        reasons.insert(0, f"one outlet ({len(clean)} articles from {outlet})")
    return support, reasons


def _one_source(quote: str) -> tuple[float, list[str]]:
    """:func:`_support` of an event with one source (``quote``): its article alone counts,
    in full unless the quote looks like page furniture; the general walk's dictionaries,
    sort and sums give the same numbers and reasons for it."""
    marker = _boilerplate_marker(quote)
    if marker is None:
        return 1.0, [ONE_SOURCE]
    return BOILERPLATE_WEIGHT, [ONE_SOURCE, f"quote looks like {marker[0]} ({marker[1]!r})"]


@cache
def _any_marker() -> fastre.Pattern:
    """Any of :data:`~generator.ingest.widgets.BOILERPLATE_MARKERS`, as one pattern: its one
    RE2 scan refuses a quote for all eight instead of eight scans (all but a few quotes have
    none). Made when first asked: only scoring needs it, not the workers."""
    return fastre.compile(
        "|".join(
            f"(?i:{pattern.pattern})" if pattern.flags & re.IGNORECASE else f"(?:{pattern.pattern})"
            for _, pattern in BOILERPLATE_MARKERS
        )
    )


def _boilerplate_marker(quote: str) -> tuple[str, str] | None:
    """:func:`~generator.ingest.widgets.boilerplate_marker`, None at once for a quote no
    marker can match (:func:`_any_marker`)."""
    return boilerplate_marker(quote) if _any_marker().may_match(quote) else None


def _date_score(event: Event) -> tuple[float, list[str]]:
    date = event.date
    precision = date.precision  # a property that tests the date's fields: asked once
    score = DATE_SCORE[precision]
    reasons = []
    if precision in _PRECISION_WORDS:
        reasons.append(f"date known only to the {_PRECISION_WORDS[precision]}")
    if date.approximate:
        score = max(0.0, score - APPROXIMATE_PENALTY)
        reasons.append("date is approximate")
    if event.sources and all((r.date_rule or "").startswith("time,") for r in event.sources):
        reasons.append(CLOCK_ONLY)  # "posted one of the first tweets at 17:00" in a later page
    return score, reasons


def _title_score(title: str, status: str = "occurred") -> tuple[float, list[str]]:
    """How headline-like a title is (0 to 1), and how it falls short; the present tense is
    a listing's for what is still to come ("The Security Council meets on Egypt")."""
    doubts = _doubts(title)
    reasons = list(doubts) if status == "occurred" else [r for r in doubts if r != PRESENT]
    return max(0.0, 1.0 - TITLE_DEFECT_PENALTY * len(reasons)), reasons


def title_doubts(title: str) -> list[str]:
    """Each way ``title`` is unlike a headline, in words (a new list; see :func:`_doubts`)."""
    return list(_doubts(title))


def remember_doubts(checked: Iterable[tuple[str, tuple[str, ...]]]) -> None:
    """Keep the doubts a worker found for titles (:func:`checked_titles`), so that merging
    and scoring, which run in one process, do not look for them again."""
    _KNOWN_DOUBTS.remember(checked)


def checked_titles(titles: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each title with its doubts (:func:`_doubts`): a worker's part of the title checks."""
    return tuple((title, _doubts(title)) for title in dict.fromkeys(titles))


def _doubts(title: str) -> tuple[str, ...]:
    """:func:`_find_doubts`, each title's worked out once."""
    return _KNOWN_DOUBTS[title]


def _find_doubts(title: str) -> tuple[str, ...]:
    """Each way ``title`` is unlike a headline, in words (none for a good one).

    Those that start with :data:`BROKEN` say the title is not a headline at all:
    it has no verb, runs two sentences together, breaks off in a clause, or lists.
    """
    words = title_words(title)
    lowered = list(map(str.lower, words))  # asked of the first, the last and by two checks
    doubts = []
    fewest, most = HEADLINE_WORDS
    if not fewest <= len(words) <= most:
        doubts.append(f"title is not a headline ({len(words)} word{'s' * (len(words) != 1)})")
    if words and lowered[-1] in _DANGLING and not _THE_DAY_BEFORE.search(title):
        doubts.append(f"title breaks off after {words[-1]!r}")
    if in_capitals(title):
        doubts.append("title is in capitals")
    said_who = True  # a doubt that it does not say who or what
    if is_fragment(title, words):
        doubts.append(FRAGMENT)
        said_who = False
    elif words and lowered[0].split("'", 1)[0].split("’", 1)[0] in _PERSONAL_START:  # We'll
        doubts.append(f"{BROKEN}: it does not say who ({words[0]!r})")
    elif words and lowered[0] in _PRONOUN_START:
        doubts.append(f"title does not say what ({words[0]!r})")
    elif len(words) > 1 and _ANAPHORIC_SUBJECT.match(title):
        doubts.append(f"{BROKEN}: it does not say who or what ({' '.join(words[:2])!r})")
    elif words and (reference := reference_doubt(title, words)):
        doubts.append(f"{BROKEN}: {reference}")
        said_who = "does not say" in reference
    elif words and (subject := definite_subject(words) or reported_subject(words)):
        broken = f"{BROKEN}: it " if points_back(subject) else "title "
        doubts.append(f"{broken}does not say who or what ({subject!r})")
    else:
        said_who = False
    if words and not said_who and (pointing := pointing_object(title, words)):
        doubts.append(f"{BROKEN}: it does not say which ({pointing!r})")
    elif other := other_doubt(title):
        doubts.append(other)
    if said_before(title):
        doubts.append(f"{BROKEN}: {HAD_SAID}")  # background: none of 8 judged a headline
    if words and (form := form_doubt(title, words)):
        doubts.append(f"{BROKEN}: {form}")
    if words and state_doubt(words, title):
        doubts.append(f"{BROKEN}: {STATE}")
    elif forecast := forecast_doubt(title) or figure_doubt(title) or opinion_doubt(title):
        doubts.append(f"{BROKEN}: {forecast}")
    elif words and (present := present_doubt(words)):
        doubts.append(present)
    elif words and (going := going_on_doubt(words, lowered)):
        doubts.append(going)
    elif words and (done := had_done_doubt(words, lowered)):
        doubts.append(f"{BROKEN}: {done}")
    if ASKED.search(title):
        doubts.append(QUESTION)
    if day := _ANOTHER_DAY.search(title):
        doubts.append(f"{ANOTHER_DAY} ({day.group(0)!r})")
    doubts += broken_form(title, words)
    return tuple(doubts)


_KNOWN_DOUBTS = OnceEach(_find_doubts, most=1 << 16)
"""The doubts of titles checked already, here or in a worker (:func:`remember_doubts`)."""


def is_broken_doubt(reason: str, status: str = "occurred") -> bool:
    """Whether a reason of :func:`title_doubts` says the title is no headline at all.

    A scheduled event may be named without a verb ("Presidential election in Chile"):
    that is how a listing of what is to come reads.
    """
    if status == "scheduled" and reason in (NO_VERB, f"{BROKEN}: {STATE}"):
        return False  # "The summit is in May": a listing of what is to come
    return reason == FRAGMENT or reason.startswith(BROKEN)


def _is_broken(reasons: Sequence[str], status: str) -> bool:
    """Whether the title's doubts say it is no headline at all."""
    return any(is_broken_doubt(reason, status) for reason in reasons)
