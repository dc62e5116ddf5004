"""Sentences that can date nothing: quotes, speech, opinion, captions, page furniture."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from generator import fastre
from generator.ingest.boilerplate_patterns import PRINT_FOOTER_RE
from generator.ingest.captions import is_caption
from generator.ingest.context import Sentence

__all__ = ["bars", "is_barred"]

_BARE_SCAN = fastre.Scan(loose=True)
"""One RE2 scan of a sentence without its quotes answers the three prefilters asked about it
(speaker, first person, modal) instead of three scans; loose: the speaker label's "{2,40}"
would multiply the set's states. The furniture and author-note patterns, asked about the
whole sentence, are members too: a sentence without quotes (nine in ten) is the text the
first scan saw, so they find its answer kept; with the captions' patterns in one set their
counted repeats ("[^.]{0,40}") made RE2 build many more states (1.4% fewer instructions over
the corpora's bar asks, callgrind; an exact prefilter either way, ``re`` decides)."""

_FURNITURE_SENTENCE = fastre.compile(
    r"\|\s*(?:Reply|Report)\b|\bRETWEET\b|\bRT\s@|\(@\w+\)|pic\.twitter\.com|\bt\.co/"
    r"|(?<![\w&#/])#[A-Za-z][A-Za-z0-9_]{1,30}\b"
    r"|\b(?:log|sign)\s+in\s+to\s+(?:reply|comment)\b|^@\w+|\d[:.]\d\d\s*[ap]\.?m\.?\s*\|"
    r"|\|\s*By\s+[A-Z]\w+\s+[A-Z]|^By\s+[A-Z]\w+\s+[A-Z]\w+,\s+[A-Z]{2,}\b"
    r"|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s*(?:ET|EST|EDT|GMT|BST|PT|CT)\s*[-–—]\s"
    r"|^\W*(?:posted|updated|last\s+updated|published|added)\b[^.]{0,40}\d{1,2}[:.]\d{2}"
    r"|\bupdated\s*:\s*[^.]{0,30}\d{1,2}:\d{2}"
    r"|\bposted\s+by\s[^.]{1,60}\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b|$)"
    r"|^(?:watch|tune\s+in|listen\s+(?:to|live)|follow\s+(?:us|@)|(?:please\s+)?join\s+us)\b"
    r"|\b(?:photograph|photo|picture|image)\s*:\s*[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){0,4}\.?$"
    r"|^(?:posted|submitted)\s+by\b|\bnot\s+responsible\s+for\s+the\s+content\s+of\s+external\b"
    r"|\s[-–—]\s+\d{1,2}\s*(?:hrs?|hours?|mins?|minutes?)\s+ago\b"
    r"|\bthis\s+(?:post|entry|page|article)\s+was\s+last\s+(?:changed|updated|modified)\b"
    r"|\bthis\s+(?:comment|post|reply)\s+(?:was|has\s+been)\s+(?:removed|deleted|hidden)\b"
    r"|^this\s+(?:article|story)\s+(?:was|has\s+been)\s+(?:amended|corrected)\b",
    re.IGNORECASE,
    scan=_BARE_SCAN,
)
"""Page furniture that slipped through reading: a comment header, an embedded post (a
hashtag: "The Mubarak regime miscalculated the people of #Egypt from day one (#Jan 25)"), an
"Updated 12:30" stamp (or another story's teaser around one: "Tunisian president vows to cut
prices updated: Sat Jan 15 2011 22:59:00 Tunisia's president vowed …"), a programme promo,
a photo credit. It dates no event."""
_AUTHOR_NOTE = fastre.compile(
    r"^(?:[A-Z][\w.'’-]+\s){1,3}(?:is|are)\s+(?:based\s+in|a\s+(?:freelance|staff)\s+\w+"
    r"|(?:a\s+|the\s+)?(?:\w+\s+)?(?:correspondent|reporter|columnist|editor|contributor)"
    r"\s+(?:for|at|with|of)\b)"
    r"|^This\s+(?:interview|story|segment|report|programme|program|transcript|article)\s+"
    r"(?:aired|was\s+(?:aired|broadcast|first\s+broadcast|first\s+published))\b"
    r"|\b[Aa]\s+roundup\s+of\s+(?:today|this\s+week|the\s+day)['’]s\b"
    r"|\bsent\s+us\s+(?:this|the\s+following)\s+(?:query|question|message|e-?mail|letter)\b",
    scan=_BARE_SCAN,
)
"""A note about the page, not news: an author's line ("Ben Klayman is based in Detroit",
"John Kampfner is the editor of the New Statesman"), a broadcast note ("This interview
aired in the 5 p.m. hour"), a news roundup's opening, a reader's query introduced."""
_SPEAKER_OPENING = fastre.compile(
    r"[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][A-Z.'’ -]{2,40})?:\s"
    r"|(?:\w+\s+)?(?:\w+,\s+)?(?i:we|let's|let’s)\s(?!said|say|says)",
    scan=_BARE_SCAN,
)
"""A transcript's speaker label opening a sentence ("JONES, CNN STUDENT NEWS:"), or the
first person plural ("we want to catch you up", "Let's …"): somebody's talk, not a report."""
_FIRST_PERSON_OR_QUESTION = fastre.compile(
    r"I(?<!\wI)(?!\w)|m(?<!\wm)[ey](?!\w)|\?[\"'”’)]*$", scan=_BARE_SCAN
)
"""First person outside quotes (the whole word "I", "me" or "my"; "I'm" holds "I"), or a
question: somebody's talk or opinion. Each word opens on its letter and looks behind only
then, so ``re`` skips to the few characters a word can start with (``\b`` first had it try
every character); ``tests/ingest/test_extract_shortcuts.py`` compares the two patterns with
the one they replace. Each alternative opens on its own literal (``(?!\\w)`` is written in
each, not after a group of them) so that ``re`` compiles the three first characters into a
prefix set and skips to them in C."""
_HEDGE = fastre.compile(
    r"(?:c(?<!\wc)ould|m(?<!\wm)(?:ight|ust)|s(?<!\ws)hould)\s+(?:not\s+)?(?:be|have|\w+)\b",
    re.I,
    scan=_BARE_SCAN,
)
"""A modal that makes the statement a possibility, a judgement or advice, not a report (each
modal opens on its letter, then checks that no word character is before it: ``\b``)."""
_REPORTED = re.compile(
    r"\b(?:said|says|told|announced|warned|added|stated|reported|confirmed|according)\b", re.I
)
"""Indirect speech: "officials said the vote could be delayed" still reports a statement."""
_VAGUE_SUBJECT = re.compile(
    r"(?:it|it's|it’s|there|they|they're|they’re|you|here|what|so|another"
    r"|because|if|whether|how|why|yes|no|well|now|oh)\b"
    r"|(?:this|that|these|those)\s+(?:is|was|are|were|has|had|will|would|means|seems)\b",
    re.I,
)
"""A main clause about no one ("It's the top of the hour", "They're having …"): talk,
not a report; an event names who acted ("he" and "she" are resolved to a name)."""
_LEAD_DATE = re.compile(
    r"^(?:(?:on|in|at|by|since|last|this|next|early|late|earlier|later)\s+)*"
    r"(?:[A-Z][a-z]+day|[A-Z][a-z]+|\d[\w.:]*)(?:\s+\d[\w.:]*)?,\s+"
)
"""A leading date phrase and its comma ("On Tuesday, …")."""


def _is_hedged(text: str) -> bool:
    """True if the sentence's main clause is a possibility or advice ("X could …"). The
    whole sentence is first put to ``_HEDGE``'s RE2 prefilter: a modal in the main clause is
    one in the sentence (the clause ends before a non-word character, so its ``\b`` holds),
    and most sentences have none, so the clause split is skipped for them."""
    if not _HEDGE.may_match(text):
        return False
    main = _CLAUSE_END.split(text, maxsplit=1)[0]
    return bool(_HEDGE.search(main)) and not _REPORTED.search(main)


_CLAUSE_END = re.compile(r",\s|;\s|\s(?:that|which|who|if|whether|because|when)\s", re.I)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’")


def _has_quote_mark(text: str) -> bool:
    """Whether ``text`` has a mark that opens a ``_QUOTED`` quote: most sentences have
    none, and three ``in`` tests cost less than ``re.sub`` finding nothing to replace."""
    return "“" in text or '"' in text or "‘" in text


def bars(sentences: Sequence[Sentence]) -> Callable[[int], bool]:
    """Whether the sentence at an index is barred (:func:`is_barred`), worked out when
    first asked: most sentences name no date, and then nothing asks. The answers are kept
    by the sentence's text (:data:`_KNOWN_BARS`), not per paragraph: one in twenty asked
    of the corpora's pages repeats one asked before (a wire story's copies, a standfirst
    said again), and a dict per paragraph cost more than most paragraphs' lookups."""

    def barred(index: int) -> bool:
        text = sentences[index].text
        found = _KNOWN_BARS.get(text)
        if found is None:
            if len(_KNOWN_BARS) >= _MOST_BARS:
                _KNOWN_BARS.clear()
            found = _KNOWN_BARS[text] = is_barred(text)
        return found

    return barred


_KNOWN_BARS: dict[str, bool] = {}
""":func:`is_barred` of the sentences asked about so far."""
_MOST_BARS = 1 << 14
"""Most answers kept in :data:`_KNOWN_BARS` before it starts afresh."""


def is_barred(text: str) -> bool:
    """Whether a sentence can date nothing: a quote, speech, opinion, a caption, furniture.

    The tests that look at the sentence's start alone come first, then those of the
    sentence without its quotes (one RE2 scan of it), then those of the whole sentence
    (another): of the corpora's sentences asked about, one in eight is barred by the
    first, with no scan, and one in nine more with one (a tenth fewer instructions)."""
    if text[:1] in "“\"‘'" or PRINT_FOOTER_RE.match(text):
        return True
    bare = _QUOTED.sub(" ", text) if _has_quote_mark(text) else text
    return bool(
        _VAGUE_SUBJECT.match(_without_lead_date(bare.lstrip()))
        or _SPEAKER_OPENING.match(bare)
        or _FIRST_PERSON_OR_QUESTION.search(bare)
        or _is_hedged(bare)
        or _FURNITURE_SENTENCE.search(text)
        or _AUTHOR_NOTE.search(text)
        or is_caption(text)
    )


def _without_lead_date(text: str) -> str:
    """``_LEAD_DATE.sub("", text)``: the pattern is anchored at the start and matches no empty
    text, so it can be removed only once, from the start; ``match`` tries only there, where
    ``sub`` would try every place of the sentence."""
    lead = _LEAD_DATE.match(text)
    return text[lead.end() :] if lead else text
