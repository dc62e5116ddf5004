"""Page furniture recognised by a line's own shape, wherever it stands.

Share bars, media players, timestamps, like/loading widgets, menus, consent banners,
disclosures, corrections, photo credits, newsletter prompts, "Read more" links: each
is told by :func:`widget_reason` from the line alone. Rules that depend on where a line
stands (the head, the tail, comment threads) are in :mod:`generator.ingest.boilerplate`.
"""

from __future__ import annotations

import re

from generator import fastre
from generator.ingest.boilerplate_patterns import (
    ADVERT_RE,
    CAPTION_CREDIT_RE,
    CJK_CAPTION_RE,
    CJK_SHARE_RE,
    CONSENT_RE,
    CORRECTION_RE,
    CTA_SENTENCE_RE,
    DISCLOSURE_RE,
    HIGHLIGHTS_RE,
    LANGUAGES_RE,
    LIKE_WIDGET_RE,
    MEDIA_RE,
    NAV_WORDS,
    NEWSLETTER_RE,
    PAYWALL_RE,
    PRINT_FOOTER_RE,
    READ_MORE_RE,
    REVIEW_BOX_RE,
    SEPARATOR_RE,
    SHARE_FILLER,
    SHARE_WORDS,
    STANDARDS_RE,
    SUBSCRIBE_RE,
    TIMESTAMP_RE,
    WIDGET_SCAN,
    unit_gate,
)
from generator.ingest.units import ends_sentence, is_prose, word_count


def is_short(text: str, limit: int = 8) -> bool:
    return word_count(text) <= limit and not is_prose(text)


def _is_share_bar(text: str) -> bool:
    """A share bar: share words, filler and counts only ("Share this | Tweet | 12").

    ``isdisjoint`` asks whether any token is a share word in C (most short lines hold
    none), where a generator would step through the tokens in Python. It asks the split
    as it comes: its only other pieces are empty ones, at the ends, and no share word is
    empty; they are left out only for the rare line that goes on.
    """
    pieces = _SHARE_SPLIT_RE.split(text.casefold())
    if SHARE_WORDS.isdisjoint(pieces):
        return False  # no share word, or no token at all
    return all(t in SHARE_WORDS or t in SHARE_FILLER or t.isdigit() for t in pieces if t)


_SHARE_SPLIT_RE = re.compile(r"[\s|·•/,:()]+")
"""What separates the buttons of a share bar."""
_INLINE_SEPARATOR = fastre.compile(r"\s[·|]\s")
"""A dot or bar between items of one line ("Share · Tweet · Email")."""


def widget_reason(text: str) -> str | None:
    """The reason a line is page furniture wherever it stands, or None.

    One question refuses most lines first (:data:`_may_be_widget`): story, where every rule
    below fails but the menu's, which is asked of short lines alone, as below. A line that
    ends a sentence is no menu: most lines of story are refused before their words are
    counted (the count is asked of few of them after this, :func:`word_count`'s cache
    holding every line's).
    """
    if not _may_be_widget(text):
        if ends_sentence(text):
            return None
        return "navigation" if word_count(text) <= 12 and _has_menu_words(text) else None
    if SEPARATOR_RE.match(text):
        return "separator"
    n = word_count(text)
    if "NEW:" in text and len(HIGHLIGHTS_RE.findall(text)) >= 2:
        return "story highlights"
    if n <= 60:
        reason = _stock_phrase_reason(text, n)
        if reason is not None:
            return reason
    if n <= 60 and ("|" in text or "·" in text) and _INLINE_SEPARATOR.search(text):
        parts = [p for p in _INLINE_SEPARATOR.split(text) if p.strip()]
        reasons = {widget_reason(p.strip()) for p in parts}
        if len(parts) > 1 and None not in reasons:
            return sorted(r for r in reasons if r)[0]
    if n > 12:
        return "call to action" if n < 30 and CTA_SENTENCE_RE.match(text) else None
    if _is_share_bar(text):
        return "share bar"
    if MEDIA_RE.match(text):
        return "media player"
    if TIMESTAMP_RE.match(text):
        return "timestamp"
    if LIKE_WIDGET_RE.match(text):
        return "share bar"
    if _is_navigation(text):
        return "navigation"
    if LANGUAGES_RE.match(text):
        return "language switcher"
    if ADVERT_RE.match(text):
        return "advertisement"
    if CTA_SENTENCE_RE.match(text):
        return "call to action"
    if not is_prose(text) and SUBSCRIBE_RE.match(text):
        return "call to action"
    return None


def _stock_phrase_reason(text: str, n: int) -> str | None:
    """Furniture recognised by stock phrases anywhere in a line of ``n`` words.

    One scan for key words decides which patterns run at all: these searches look at
    whole lines, and most lines are story.
    """
    found = _KEY_WORD_RE.findall_folded(text)
    if not found and text.isascii():  # most lines: only the rules without a key word apply
        if n <= 3 and CONSENT_RE.search(text):
            return "consent banner"
        if n <= 20 and READ_MORE_RE.match(text):
            return "related links"
        if n <= 12 and REVIEW_BOX_RE.match(text):
            return "review box"
        return None
    keys = set(map(_KEY_KINDS.__getitem__, found))
    if ("consent" in keys or n <= 3) and CONSENT_RE.search(text):
        return "consent banner"
    if n <= 40 and "disclosure" in keys and DISCLOSURE_RE.search(text):
        return "disclosure"
    if n <= 40 and "correction" in keys and CORRECTION_RE.match(text):
        return "correction"
    if n <= 45 and "caption" in keys and CAPTION_CREDIT_RE.search(text):
        return "photo caption"
    if n <= 40 and "newsletter" in keys and NEWSLETTER_RE.search(text):
        return "call to action"
    if n <= 40 and "print" in keys and PRINT_FOOTER_RE.match(text):
        return "footer"
    if n <= 20 and READ_MORE_RE.match(text):
        return "related links"
    if n <= 12 and "standards" in keys and STANDARDS_RE.search(text):
        return "footer"
    if not text.isascii():
        if len(text) <= 16 and CJK_SHARE_RE.search(text):
            return "share bar"
        if n <= 60 and CJK_CAPTION_RE.search(text):
            return "photo caption"
    if n <= 40 and ("paywall" in keys or not text.isascii()) and PAYWALL_RE.search(text):
        return "call to action"
    if n <= 12 and REVIEW_BOX_RE.match(text):  # anchored: a match or none
        return "review box"
    return None


_KEY_KINDS = {
    word: kind
    for kind, words in (
        ("consent", "cookie cookies privacy consent"),
        ("disclosure", "commission affiliate sponsored"),
        ("correction", "version"),
        (
            "caption",
            "photo photograph photographs picture image images illustration graphic"
            " getty licensing",
        ),
        ("newsletter", "newsletter newsletters subscribe subscription sign story tip tips"),
        ("standards", "standards principles"),
        ("print", "appeared published"),
        ("paywall", "reading subscriber subscribers access"),
    )
    for word in words.split()
}
_KEY_WORD_RE = fastre.compile(
    r"(?<![a-z])(?:" + "|".join(sorted(_KEY_KINDS, key=lambda w: (-len(w), w))) + r")(?![a-z])",
    folded=WIDGET_SCAN,
)
"""Key words, each a whole run of letters: a stock-phrase pattern runs only on a line that
holds one of its own (one RE2 scan refuses most lines)."""


_MENU_SPLIT_RE = re.compile(r"[\s|·•/,»›>]+")
"""What separates the items of a menu."""


def _is_navigation(text: str) -> bool:
    """A menu line: three or more menu words and little else ("Home About Blog Contact").

    A line that ends a sentence is refused first: the short lines of a story do (a tokenized
    corpus has a sentence a line), where splitting the line into words cost five times as
    much. The menu words are counted in C over the split as it comes (most lines have none):
    its empty pieces (at the ends) are no menu word, and three menu words make three
    tokens, so a line with fewer is refused before the tokens are counted.
    """
    return not ends_sentence(text) and _has_menu_words(text)


def _has_menu_words(text: str) -> bool:
    """:func:`_is_navigation` for a line that does not end a sentence."""
    pieces = _MENU_SPLIT_RE.split(text.casefold())
    menu = sum(map(NAV_WORDS.__contains__, pieces))
    if menu < 3:
        return False
    return menu >= 0.6 * (len(pieces) - pieces.count(""))


_SHARE_TOKEN = re.compile(
    r"(?:^|[\s|·•/,:()])(?:"
    + "|".join(map(re.escape, sorted(SHARE_WORDS, key=lambda w: (-len(w), w))))
    + r")(?:[\s|·•/,:()]|$)",
    re.IGNORECASE,
)
"""A share word standing alone between share-bar separators: a share bar holds one."""
_may_be_widget = unit_gate(
    SEPARATOR_RE,
    HIGHLIGHTS_RE,
    CONSENT_RE,
    DISCLOSURE_RE,
    CORRECTION_RE,
    CAPTION_CREDIT_RE,
    NEWSLETTER_RE,
    PRINT_FOOTER_RE,
    READ_MORE_RE,
    STANDARDS_RE,
    PAYWALL_RE,
    REVIEW_BOX_RE,
    _INLINE_SEPARATOR,
    CTA_SENTENCE_RE,
    MEDIA_RE,
    TIMESTAMP_RE,
    LIKE_WIDGET_RE,
    LANGUAGES_RE,
    ADVERT_RE,
    SUBSCRIBE_RE,
    _SHARE_TOKEN,
    scan=WIDGET_SCAN,
)
"""Whether :func:`widget_reason` may find a reason other than a menu: one of its patterns
may match, a share word stands alone, or the line is not ASCII (the case-folded tests and the
CJK patterns are asked of it as before). Where every rule's pattern or word fails, as on a
line of story, each pattern was asked in turn; the one scan of the unit answers instead.
(Menus are told in Python: "three menu words" in the scan, ``.*`` between them, multiplied
the states of its automaton, and every unit's scan took forty times as long.)"""


BOILERPLATE_MARKERS: tuple[tuple[str, fastre.Pattern], ...] = (
    (
        "a reader comment",
        fastre.compile(r"\|\s*(?:Reply|Report(?: abuse)?|Flag|Permalink)\b", re.I),
    ),
    (
        "a reader comment",
        fastre.compile(
            r"(?:\b\d{4}|\bago|\byesterday|\btoday),?\s+at\s+\d{1,2}:\d{2}\s*[ap]\.?m\b\.?", re.I
        ),
    ),
    ("a reader comment", fastre.compile(r"\b(?:Posted|Submitted) by\b|\bLog in to reply\b", re.I)),
    (
        "a reader comment",
        fastre.compile(
            r"^\W*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
            r"(?:st|nd|rd|th),?\s+\d{4},?\s+(?:at\s+)?\d{1,2}:\d{2}\s*[ap]\.?m\b\.?",
            re.I,
        ),
    ),
    ("an embedded post", fastre.compile(r"\bRETWEET\b|\bRT\s+@\w+|pic\.twitter\.com|\bt\.co/")),
    ("an embedded post", fastre.compile(r"(?<![\w.@/])@[A-Za-z0-9_]{2,15}\b(?![.@]\w)")),
    ("an embedded post", fastre.compile(r"(?<![\w&#/])#[A-Za-z][A-Za-z0-9_]{1,30}\b")),
    (
        "page furniture",
        fastre.compile(
            r"\bUpdated:?\s+\d{1,2}:\d{2}\b|\b(?:Click here|Read more|Sign up|Subscribe now|"
            r"Follow us|Share this)\b",
            re.I,
        ),
    ),
)
"""Signs that a quote is not the article's own text, each with what it suggests.

Ingest drops such text before it makes events (``ingest/threads.py``, the rules above); a
quote that still carries one slipped past them, and its event's confidence says so
(:func:`generator.ingest.confidence.score_confidence`)."""


def boilerplate_marker(quote: str) -> tuple[str, str] | None:
    """What a quote looks like if it carries a sign of page furniture, and that sign."""
    for kind, pattern in BOILERPLATE_MARKERS:
        found = pattern.search(quote)
        if found:
            return kind, found.group(0).strip()
    return None
