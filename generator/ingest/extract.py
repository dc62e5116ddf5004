"""Dated statements → :class:`Mention` candidates.

An event is a dated statement in an article body: who did what, when. For
every sentence of the kept body we look at the temporal expressions the
tagger found in it; each one that names a calendar period (not a duration,
not a reference line, not "now") makes a mention dated by it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import partial

from generator import fastre
from generator.dates import PartialDate, Precision
from generator.ingest import clauses
from generator.ingest.barred import bars
from generator.ingest.captions import is_present_caption
from generator.ingest.context import (
    Paragraph,
    Sentence,
    following_sentence,
    no_neighbours,
    sentence_neighbours,
    slice_timexes,
)
from generator.ingest.date_removal import names_a_plan
from generator.ingest.definites import with_specific_referents
from generator.ingest.headline import make_headline
from generator.ingest.modifiers import (
    PAST_KINDS,
    already_happened,
    happening_kind,
    modified_noun,
    named_in_passing,
)
from generator.ingest.names import with_full_names
from generator.ingest.page_kinds import is_schedule, lists_other_stories
from generator.ingest.page_text import normalize
from generator.ingest.recalled import with_chronology_years, with_recalled_years
from generator.ingest.sentences import split_sentences
from generator.ingest.verbs import IRREGULAR_PAST
from generator.ingest.weekdays import past_the_page
from generator.models import Article, Mention, MentionStatus, Timex
from generator.temporal import paragraph_triggers, tag

log = logging.getLogger(__name__)

_FUTURE_CUE = re.compile(
    r"\b(will|shall|going to|scheduled|upcoming|expected to|due to|set to|plans? to|next)\b", re.I
)
_MIN_WORDS = 6
"""Sentences shorter than this are headings or fragments, not statements."""


def _fewer_words(text: str, least: int) -> bool:
    """``len(text.split()) < least``, splitting off ``least`` words at most: a sentence's
    twenty words are not all made strings to learn that it has six."""
    return len(text.split(None, least)) < least


def extract_mentions(article: Article, *, vague_anchor: bool = False) -> list[Mention]:
    """Every dated statement of an article's body, in text order.

    With ``vague_anchor`` (a publication date inferred only as a lower bound),
    expressions that name a day only relative to that date ("today",
    "Friday") date nothing.
    """
    if is_schedule(article):
        log.info("%s: a broadcast schedule (listings), not a report: no events", article.id)
        return []
    if not vague_anchor and lists_other_stories(article):
        log.info("%s: an index of other stories, each with its own stamp", article.id)
        vague_anchor = True  # "Friday" in a teaser is its own story's Friday, unknown here
    mentions: list[Mention] = []
    waiting = 0  # mentions of the last sentence of the paragraph before, without a following
    last: Paragraph | str | None = None  # the paragraph before (its text alone: no dates)
    story_day: dt.date | None = None  # the last day the paragraph before named
    written: PartialDate | None = None  # and the day it was written
    updated = bool(article.update_days)  # else every paragraph was written the same day
    anchor = article.anchor_of(0)
    # the tagger's triggers of every paragraph, found in one scan (None: the tagger's own)
    triggers = paragraph_triggers(article.paragraphs) or [None] * len(article.paragraphs)
    for number, paragraph in enumerate(article.paragraphs):
        if updated:
            anchor = article.anchor_of(number)  # a live blog's update: the day it was written
        same = story_day is not None and (anchor is written or anchor == written)  # most: none
        timexes = tag(paragraph, anchor, story_day if same else None, triggers[number])
        if not timexes and not waiting:  # most paragraphs: nothing dated, nothing to go on
            story_day, written, last = None, anchor, paragraph  # split only if asked
            continue
        story_day, written = _last_day(timexes) if timexes else None, anchor
        starts = [t.start for t in timexes]
        frame: tuple[Sentence, Timex] | None = None
        sentences = split_sentences(paragraph)
        barred = bars(sentences)
        if waiting and sentences:  # one sentence a paragraph: the next paragraph's first
            before = mentions[-1].sentence  # goes on from it (its bar asked last)
            following = following_sentence(
                sentences[0], timexes, starts, before, partial(barred, 0)
            )
            if following:
                mentions[-waiting:] = [replace(m, following=following) for m in mentions[-waiting:]]
        waiting = 0
        for index, sentence in enumerate(sentences if timexes else ()):  # none: all skip
            inside = slice_timexes(timexes, starts, sentence)
            if frame is None and not any(map(_event_date, inside)):
                continue  # no event's date, none framing it: it dates nothing, barred or not
                # (the tests below only drop dates; a mention and a frame need an event's)
            inside = [  # one pass, the cheap tests first: each only drops a date
                t
                for t in inside
                if not _orphan_anaphor(t, timexes)
                and not _classifying_year(paragraph, t)
                and not _quoted_or_stamp(paragraph, sentence, t)
            ]
            if vague_anchor:
                inside = [t for t in inside if not _day_from_anchor(t)]
            if not any(map(_event_date, inside)):
                if frame is not None and not barred(index):
                    mentions.extend(_framed_mention(article, anchor, paragraph, frame, sentence))
                frame = None
                continue  # the sentence dates nothing of its own, barred or not
            framing = _framing(sentence, inside)
            if (framing is None and _fewer_words(sentence.text, _MIN_WORDS)) or barred(index):
                frame = None  # speech and opinion date the speaker's views; furniture, nothing
                continue  # and fragments date nothing (the bar is asked after the cheap tests)
            frame = framing
            if frame is not None:
                continue  # a framing sentence dates the next one
            if isinstance(last, str):
                last = _undated(last)
            neighbours = partial(
                sentence_neighbours, sentences, index, (timexes, starts), barred, last
            )
            found = list(_mentions_of_sentence(article, anchor, sentence, inside, neighbours))
            if found and len(sentences) == 1:
                waiting = len(found)
            mentions.extend(found)
        last = (sentences, timexes, starts, barred)
    dated = with_chronology_years(with_recalled_years(mentions))
    return with_specific_referents(article.paragraphs, with_full_names(article.paragraphs, dated))


def _undated(paragraph: str) -> Paragraph:
    """A paragraph the tagger found no date in, as :func:`extract_mentions` keeps the one
    before a sentence (its sentences and bars): split only when the next paragraph's first
    sentence makes a mention, not for each of the paragraphs (three in four) with no date."""
    sentences = split_sentences(paragraph)
    return sentences, (), [], bars(sentences)


def _last_day(timexes: Sequence[Timex]) -> dt.date | None:
    """The last day ``timexes`` name: what "a day earlier" in the next paragraph counts
    back from ("That was the case Monday, …" / "A day earlier, nearly 200 Iraqis …")."""
    for timex in reversed(timexes):
        day = _DAY_VALUE.match(timex.value or "") if timex.type in ("DATE", "TIME") else None
        if day is not None and timex.mod != "APPROX":
            try:
                return dt.date(int(day[1]), int(day[2]), int(day[3]))
            except ValueError:
                return None
    return None


_DAY_VALUE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|T)")
"""A TIMEX3 value that names a day ("2011-01-31", "2011-01-31T14:00")."""


_YEAR_AS_MODIFIER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|your|my|this|that|whose|[A-Z][\w.'’-]*['’]s)\s+$", re.I
)
_YEAR_AS_MODIFIER_AFTER = re.compile(r"\s+(?:-\s*)?([A-Za-z][\w-]*)")


def _classifying_year(paragraph: str, timex: Timex) -> bool:
    """True for a year that says which thing, not when something happened.

    "our 2010 Global Corruption Barometer", "his 2012 budget", "0.6 points of 2003 GDP"'s
    kind: a year between a determiner and a noun names an edition or a period's figure. A
    year naming a happening ("the 2003 invasion") is kept: it dates that happening.
    """
    if not (timex.value and len(timex.value) == 4 and timex.value.isdigit()):
        return False
    if timex.text.strip() != timex.value:
        return False  # "in 2003", "early 2003": a phrase of its own
    after = _YEAR_AS_MODIFIER_AFTER.match(paragraph, timex.end)
    if after is None or after.group(1).lower() in _NOT_A_NOUN_AFTER_YEAR:
        return False
    if not _YEAR_AS_MODIFIER_BEFORE.search(paragraph, max(0, timex.start - 40), timex.start):
        return False
    return happening_kind(after.group(1)) is None


_NOT_A_NOUN_AFTER_YEAR = frozenset(
    """and or but to in on at of for with by from as when after before that which who while
    was were is are has had have will would said says""".split()
)


def _orphan_anaphor(timex: Timex, timexes: Sequence[Timex]) -> bool:
    """True for "the same day", "that year" … with no date before it in its paragraph.

    Its antecedent is in an earlier paragraph, which the tagger did not see: the
    publication date it fell back on is a guess ("… bombed on April 8 2003. ¶ On the
    same day a US tank shelled the Palestine hotel" is not the day of the article).
    """
    if not timex.rule.startswith("anaphor"):
        return False
    return not any(
        other.start < timex.start and other.value and other.value[:1].isdigit() for other in timexes
    )


def _quoted_or_stamp(paragraph: str, sentence: Sentence, timex: Timex) -> bool:
    """True for a date that does not date the sentence's happening.

    Inside a quotation (the speaker's "tomorrow"), after "since" (when a state began),
    a "year" followed by a time zone ("1815 GMT") or a bare four-digit number opening a
    sentence ("1800 Sometimes …"): the last two were clock times.
    """
    head = paragraph[sentence.start : timex.start]
    if head.count("“") > head.count("”") or head.count('"') % 2 == 1:
        return True
    if _SINCE.search(head) or _CLOCK_ZONE.match(paragraph, timex.end):
        return True
    if timex.text.casefold() == "today" and head.endswith(("USA ", "USA\u00a0")):
        return True  # the newspaper USA Today
    if timex.text in ("Today", "Tonight") and re.search(r"[a-z,]\s+$", head):
        return True  # "told Today's Savannah Guthrie": a programme's name inside a sentence
    if _UPDATED_HEAD.search(head):
        return True  # "Page last updated at 08:03 GMT, Tuesday, 26 July 2011": the page's stamp
    if _WIRE_DATELINE_HEAD.search(head) and _WIRE_DATELINE_TAIL.match(paragraph, timex.end):
        return True  # "KUALA LUMPUR, April 27 (Reuters) - …": the day the story was filed
    after = timex.end
    if (  # what follows first: a bar, a clock or a dateline is rare, the head's test dearer
        "|" in head
        or _CLOCK_AFTER.match(paragraph, after)
        or _DATELINE_AFTER.match(paragraph, after)
    ) and (_PAGE_STAMP_HEAD.match(head) or not head.strip()):
        return True  # "CIBOLO, Texas | Fri May 1, 2009 1:22 pm EDT CIBOLO …": the page's stamp
    stamp = _POST_STAMP.match(paragraph, sentence.start)
    if stamp and timex.start < stamp.end():
        return True  # "January 30th, 2011 12:47 pm ET Americas puppet dictator …": a comment's
    return timex.start == sentence.start and bool(_STAMP_YEAR.match(paragraph, timex.start))


_POST_STAMP = re.compile(r"[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th), \d{4},? (?:at )?\d{1,2}:\d\d ?[ap]m")
"""A comment's or blog post's stamp opening a sentence: an ordinal day, a year, a clock."""


_HEAD_SCAN = fastre.Scan()
"""One RE2 scan of the words before a date answers whether each of :data:`_SINCE`,
:data:`_UPDATED_HEAD` and :data:`_WIRE_DATELINE_HEAD` may match there: ``re`` tries each of
these patterns, anchored at the end, at every place of the words, and most find nothing."""
_WIRE_DATELINE_HEAD = fastre.compile(
    r"(?:^|[\s|-])[A-Z]{2,}(?:[\s/.'’-]+[A-Z]{2,})*,\s*$", scan=_HEAD_SCAN
)
_WIRE_DATELINE_TAIL = re.compile(r"\s*(?:\([A-Za-z. ]{2,20}\)\s*)?(?:--?|[–—])\s")
"""A wire dateline's date: an all-capitals place, a comma, the date, then the agency or a
dash ("KUALA LUMPUR, April 27 (Reuters) - ")."""
_UPDATED_HEAD = fastre.compile(
    r"\b(?:updated|posted|published)(?:\s+(?:at|on))?\s*:?\s*"
    r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*,?\s*)?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*,?\s*)?$",
    re.IGNORECASE,
    scan=_HEAD_SCAN,
)
"""A page's "updated" or "posted" label right before a date or clock time."""
_PAGE_STAMP_HEAD = re.compile(
    r"^\s*[A-Z][^|.!?]{0,60}\|[^|.!?]{0,30}$"
    r"|^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*,?\s*"
    r"\d{4}\s*,?\s*$"
)
"""A dateline and a bar (and the stamp's date) before a date or clock time, or a date alone
opening the sentence: the header line of a wire story's page."""
_CLOCK_AFTER = re.compile(
    r"\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*(?:[A-Z]{2,}|\|)"
)
"""A clock time (and zone) right after a date opening a sentence, then a capitalised
dateline or a bar: "Sat Apr 25, 2009 7:32pm EDT MEXICO CITY …" is a page's stamp."""
_DATELINE_AFTER = re.compile(r"\s*(?:[A-Z]{2,4}\s+)?[A-Z]{3,}(?:[\s,/]+[A-Z][A-Za-z]*)*\s+[-–—(]")
"""A clock time's zone, then a dateline: "… 7:32pm EDT MEXICO CITY - …"."""


_STAMP_YEAR = re.compile(r"\d{4}\s+[“\"A-Z]")
_SINCE = fastre.compile(
    r"\b(?:since|ever\s+since)\s+(?:the\s+)?(?:end\s+of\s+|start\s+of\s+)?$",
    re.I,
    scan=_HEAD_SCAN,
)
"""'since 1982': when a state began, not the day of the sentence's happening."""
_CLOCK_ZONE = re.compile(r"\s*(?:GMT|BST|UTC|CET|EST|EDT|ET)\b")
"""'19 JANUARY, 1815 GMT': the four digits were a clock time."""


_FRAME_MAX_WORDS = 5
"""A sentence that is only a date phrase and this many words frames the next sentence."""


def _framing(sentence: Sentence, timexes: Sequence[Timex]) -> tuple[Sentence, Timex] | None:
    """ "One month prior, tensions seemed insurmountable." dates what the next sentence says.

    ``timexes`` are in text order: when the first starts more than three characters into the
    sentence, so does the first that dates anything, and no date is parsed (most sentences
    do not open on their date)."""
    if not timexes or timexes[0].start - sentence.start > 3:
        return None
    dated = [t for t in timexes if _event_date(t) is not None]
    if len(dated) != 1 or dated[0].start - sentence.start > 3:
        return None
    rest = sentence.text[dated[0].end - sentence.start :]
    if len(rest.split()) > _FRAME_MAX_WORDS:
        return None
    return sentence, dated[0]


def _framed_mention(
    article: Article,
    anchor: PartialDate | None,
    paragraph: str,
    frame: tuple[Sentence, Timex],
    sentence: Sentence,
) -> Iterator[Mention]:
    """A sentence dated by the framing sentence before it; the quote spans both.

    ``anchor`` is the day the paragraph was written (:meth:`Article.anchor_of`)."""
    first, timex = frame
    date = _event_date(timex)
    if date is None or _fewer_words(sentence.text, _MIN_WORDS):
        return
    yield Mention(
        article_id=article.id,
        date=date,
        status=_status(date, anchor, first.text + " " + sentence.text),
        sentence=normalize(paragraph[first.start : sentence.end]),
        title=make_headline(sentence.text, timex.text),
        timex=timex,
    )


def _mentions_of_sentence(
    article: Article,
    anchor: PartialDate | None,
    sentence: Sentence,
    timexes: Sequence[Timex],
    neighbours: Callable[[], tuple[str, str]] = no_neighbours,
) -> Iterator[Mention]:
    """The mentions ``sentence`` makes, one for each of its expressions (``timexes``) that
    dates its own happening; ``neighbours`` (:func:`~.context.sentence_neighbours`) is
    asked once, at the first."""
    context: tuple[str, str] | None = None
    dated = [(t, d) for t in timexes if (d := _event_date(t)) is not None]
    titles: dict[int, str] = {}

    def title_of(timex: Timex) -> str:  # made only for the dates that need one
        if timex.start not in titles:
            titles[timex.start] = make_headline(sentence.text, timex.text)
        return titles[timex.start]

    dated = clauses.without_what_was_said(sentence.text, sentence.start, dated, title_of)

    seen: set[str] = set()
    kept: list[tuple[Timex, PartialDate]] = []  # the dates that made a mention
    for timex, date in dated:
        if date.precision == Precision.TIME and any(
            other.precision == Precision.TIME and other != date and other.compatible(_day(date))
            for _, other in dated
        ):
            date = _day(date)  # "11 a.m. local time (1600 GMT)": one day, two clocks
        edtf = date.edtf()  # the date is the same until it is seen
        if edtf in seen or any(
            other.precision > date.precision and date.contains(other) for _, other in dated
        ):
            continue
        title = title_of(timex)
        if clauses.vaguely_dated(title, timexes, sentence.text, timex.start - sentence.start):
            continue  # "… died earlier this week, officials said on Tuesday": the week's
        if any(
            other is not timex
            and other_date != date
            and other.text in title
            and timex.text not in title_of(other)
            and not _REPORT_BEFORE.search(title, 0, title.find(other.text))
            for other, other_date in dated
        ):
            continue  # the title's clause is dated by the other expression: this is background
        year = _TITLE_YEAR.search(title)
        if year and int(year.group(1)) != date.year:
            continue  # "… was first debriefed in 2000 by a foreign liaison service": not today's
        if _PERFECT.match(title) and _long_before(date, anchor):
            continue  # "Conrad Murray has pleaded not guilty to the manslaughter of Jackson …
            # in June 2009" in a 2011 page: a perfect takes no past date; it names the death
        if _after_page(date, anchor) and _DONE.search(title) and not _AHEAD.search(title):
            continue  # "The federation has decided to postpone games scheduled for Friday" in
            # a Thursday page: what is done takes no later date; the date names the games
        start = timex.start - sentence.start
        if names_a_plan(sentence.text[:start], sentence.text[timex.end - sentence.start :]):
            continue  # "elections due on 28 February will be postponed": the elections' date
        if clauses.dates_another_clause(sentence.text, start, title):
            continue  # "…, after a plane was turned away on Saturday": not when the title was
        names = modified_noun(sentence.text, timex.text) or ""
        if (
            not names
            and not clauses.is_attributive(sentence.text, timex.start - sentence.start)
            and clauses.shares_title(timex, date, kept, title_of)
        ):
            continue  # each title holds the other's date: the sentence's first date is its own
        seen.add(edtf)
        in_passing = named_in_passing(sentence.text, start, start + len(timex.text), names)
        if names in PAST_KINDS:
            happened = already_happened(date, timex.text, anchor)
            if happened is None:
                continue  # "the September 11 attacks" in August 2005: which year is not said
            date = happened
        moved = None if names in PAST_KINDS else past_the_page(timex, date, anchor)
        if moved is not None:
            date, timex = moved  # "in Friday pre-dawn hours" of a page dated Thursday
        status = (
            "occurred"
            if moved
            else _status(date, anchor, sentence.text, timex.start - sentence.start)
        )
        if status == "scheduled" and _REFUSED.search(
            sentence.text, 0, timex.start - sentence.start
        ):
            continue  # "said he will not seek re-election in September": nothing that day
        if not _LIST_BREAK.search(sentence.text, 0, start) and any(
            title_of(other) == title or title_of(other).startswith(f"{title} ") for other, _ in kept
        ):
            continue  # the clause another date of the sentence titled already ("… arrive in
            # Haiti by the end of Thursday, with several hundred more due by Friday")
        if status == "occurred" and is_present_caption(sentence.text):
            continue  # "… gestures during a rally on Tehran's Azadi Square on February 11"
        kept.append((timex, date))
        if context is None:
            context = neighbours()
        following, preceding = context
        yield Mention(
            article_id=article.id,
            date=date,
            status=status,
            sentence=normalize(sentence.text),
            title=title,
            timex=timex,
            names=names,
            in_passing=in_passing,
            following=following,
            preceding=preceding,
        )


_PERFECT = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,4}(?:has|have)\s+(?:not\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b"
)
"""A title whose subject's verb is in the present perfect ("Conrad Murray has pleaded …")."""
PERFECT_DAYS = 30
"""Days before its page beyond which a date cannot be a present perfect's own."""


def _long_before(date: PartialDate, anchor: PartialDate | None) -> bool:
    """Whether ``date`` ended more than :data:`PERFECT_DAYS` before ``anchor`` began."""
    if anchor is None:
        return False
    return (anchor.first_day() - date.last_day()).days > PERFECT_DAYS


_DONE = re.compile(
    r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )\b(?:has|have)\s+(?:not\s+|already\s+|now\s+)?"
    r"(?:been\s+)?(?!(?:been|called|set|scheduled|planned|arranged|fixed|announced|convened|booked"
    r"|organi[sz]ed|slated)\b)(?:[a-z]+(?:ed|en)|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b"
)
"""A deed done by the time of writing: a present perfect in the title's main clause ("has
decided", "says it has canceled"), not in a relative one ("who has been missing"), nor one
that sets what the date names ("a hearing has been set for 5 April", "has called a summit")."""
_AHEAD = re.compile(
    r"\b(?:will|shall|to\s+be|is\s+to|are\s+to|due|planning|plans?\s+to|going\s+to)\b"
)
"""What a title says is still to come ("have said they are planning a march"): its date may
lie ahead of the page."""


def _after_page(date: PartialDate, anchor: PartialDate | None) -> bool:
    """Whether ``date`` begins after the last day of ``anchor``."""
    return anchor is not None and date.first_day() > anchor.last_day()


_TITLE_YEAR = re.compile(
    r"\b(?:in|during)\s+(?:early\s+|late\s+|mid-)?((?:1[5-9]|20)\d\d)\b(?![s’'])"
)
"""A year that dates the title's clause ("debriefed in 2000"), not one naming a thing ("the
1979 revolution")."""
_LIST_BREAK = re.compile(r"[:;]")
"""Before a date, what opens a list of happenings ("…: five policemen killed in two car bombs
yesterday, 13 …"), each item dated by its own."""


def _day_from_anchor(timex: Timex) -> bool:
    """True for a day-precise value that only the anchor date made precise."""
    date = timex.date()
    if date is None or timex.anchor is None or date.precision < Precision.DAY:
        return False
    return not re.search(r"\d", timex.text)


def _day(date: PartialDate) -> PartialDate:
    return PartialDate(date.year, date.month, date.day, approximate=date.approximate)


def _event_date(timex: Timex) -> PartialDate | None:
    """The date an expression gives an event, or None if it cannot date one.

    :meth:`Timex.date` reads only the value, type and ``mod``, and parses the value each
    time; a sentence's expressions are asked about three or four times over (framing, its
    mentions, a framed sentence), and most values recur: each is parsed once
    (:data:`_DATES`)."""
    if timex.reference or timex.type not in ("DATE", "TIME"):
        return None
    key = (timex.value, timex.type, timex.mod)
    date = _DATES.get(key, _UNPARSED)
    if date is _UNPARSED:
        if len(_DATES) >= _MOST_DATES:
            _DATES.clear()
        date = _DATES[key] = timex.date()
    return date


_UNPARSED = PartialDate(1)
"""A marker: no date kept yet for a key of :data:`_DATES` (never one of its values)."""
_DATES: dict[tuple[str | None, str, str | None], PartialDate | None] = {}
""":meth:`Timex.date` by the value, type and ``mod`` it reads."""
_MOST_DATES = 1 << 14
"""Most dates kept in :data:`_DATES` before it starts afresh."""


_REFUSED = re.compile(r"\b(?:will not|would not|won't|wouldn't)\b", re.I)
"""A deed refused or ruled out: a date ahead of its report is of what will not happen."""
_REPORT_BEFORE = re.compile(r"\b(?:said|says|reported|announced|confirmed|stated)\s+that\b")
"""A report in a title: a date after it is what was reported ("Mexico reported that output
fell in March"), not what dates the report."""


def _status(
    date: PartialDate, published: PartialDate | None, sentence: str, at: int | None = None
) -> MentionStatus:
    """``scheduled`` when the date lies after the reporting date, else ``occurred``.

    Compared at the precision both have: an event at 1 p.m. on the day of an article
    that gives no time is not "after" it, nor is "in May" in a May article. Within the
    same period only the sentence can tell (a future cue: "will", "upcoming", "next").
    Given where the date stands (``at``), the clause before it decides first ("received a
    memo on Friday and will get another" happened), then the few words after it.
    """
    if published is not None and not date.compatible(published):
        return "scheduled" if date.sort_key() > published.sort_key() else "occurred"
    if at is None:
        return "scheduled" if _FUTURE_CUE.search(sentence) else "occurred"
    before = _NO_PLANS.sub(" ", re.split(r"[,;:]\s", sentence[:at])[-1])
    future = [m.end() for m in _FUTURE_CUE.finditer(before)]
    past = [m.end() for m in _PAST_CUE.finditer(before)]
    if future or past:  # the cue nearest the date governs it
        return "scheduled" if max(future, default=-1) > max(past, default=-1) else "occurred"
    after = " ".join(sentence[at:].split()[:STATUS_WORDS_AFTER])
    return "scheduled" if _FUTURE_CUE.search(after) else "occurred"


_NO_PLANS = re.compile(r"\bno\s+(?:plans?|intention)\s+to\b", re.I)
"""A negated plan is no future cue ("has no plans to cut off aid")."""
STATUS_WORDS_AFTER = 6
"""Words after a date (itself included) that may show a same-day event is still ahead."""
_PAST_CUE = re.compile(
    r"\b(?:was|were|had|did|said|told|met|began|took|made|came|went|left|held|[a-z]{3,}ed)\b"
)
"""A past-tense verb before a date: what it dates has happened."""
