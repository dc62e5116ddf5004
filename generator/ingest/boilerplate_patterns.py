"""The vocabulary of page furniture: the patterns and word lists of the boilerplate rules.

Each pattern recognises one kind of line by its shape and stock phrases (a byline, a
share bar, a comment signature, a copyright notice, ...), never by one site's wording.
Where a line stands and what surrounds it is judged by
:func:`generator.ingest.boilerplate.classify`, which uses these patterns.
"""

from __future__ import annotations

import re

_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*"
NAME_PATTERN = rf"{_WORD}(?:\s+(?:(?:de|da|del|van|von|der|bin|al|la|le|di|y)\s+)?{_WORD}){{0,4}}"
"""Regex source (not compiled) of a name: up to five capitalised words, particles allowed."""

END_RE = re.compile(r"[.!?…][\"'”’»)\]]*(?:\[\d+\])*$")
"""Sentence-final punctuation, allowing closing quotes and footnote marks ``[n]``."""
WORDS_RE = re.compile(r"\S+")
"""One white-space separated word."""
SEPARATOR_RE = re.compile(r"^[^\w]*$")
"""A line with no word character (rules, bullets, ornaments)."""
SHARE_WORDS = frozenset(
    [
        "share",
        "shares",
        "shared",
        "sharing",
        "tweet",
        "email",
        "e-mail",
        "mail",
        "print",
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "linkedin",
        "pinterest",
        "reddit",
        "telegram",
        "flipboard",
        "messenger",
        "bluesky",
        "threads",
        "copy",
        "link",
        "comment",
        "save",
        "bookmark",
        "paylaş",
        "partager",
        "compartir",
        "compartilhar",
        "teilen",
        "condividi",
        "delen",
        "dela",
        "udostępnij",
        "поделиться",
        "シェア",
        "分享",
        "مشاركة",
    ]
)
"""Words of share bars, in several languages (compared case-folded)."""
SHARE_FILLER = frozenset(
    ["on", "this", "article", "story", "post", "via", "the", "page", "link", "to"]
)
"""Words that may stand between share words ("Share this article on")."""
MEDIA_RE = re.compile(
    r"""^(?:listen(?:\s+to\s+(?:this|the)\s+(?:article|story|podcast|episode))?
    |.*\b(?:audio|video|media)\s+player\b.*
    |play|pause|watch(?:\s+(?:video|now|live))?:?|audio|video
    |(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?
    |\d+\s*(?:min|mins|minutes?)\s+(?:read|listen)
    |(?:estimated\s+)?reading\s+time:?.*)\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
"""Audio and video player widgets: play buttons, durations, reading times."""
LANGUAGES_RE = re.compile(
    r"^(?:this\s+(?:post|article|page|story)\s+is\s+)?(?:also\s+)?available\s+in\s*:|"
    r"^read\s+(?:this\s+)?in\s+(?:english|español|français|deutsch|türkçe|português)\b",
    re.IGNORECASE,
)
"""Language switchers ("Also available in:")."""
ADVERT_RE = re.compile(
    r"^(?:advertisement|advertising|sponsored(?:\s+content)?|ad|scroll\s+to\s+continue"
    r"|story\s+continues\s+below(?:\s+advertisement)?|continue\s+reading(?:\s+below)?"
    r"|skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|menu|search)\W*$",
    re.IGNORECASE,
)
"""Advertisement labels and navigation links ("Skip to content")."""
COMMENT_HEAD_RE = re.compile(
    r"^(?:\d+\s+(?:comments?|responses?|replies|thoughts)\b.*|(?:reader\s+)?comments?"
    r"(?:\s*\(\d+\))?|discussion)\W*$",
    re.IGNORECASE,
)
"""The heading of a comment thread ("12 comments", "Discussion")."""
COMMENT_FORM_RE = re.compile(
    r"^(?:leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|add\s+a\s+comment"
    r"|join\s+the\s+(?:conversation|discussion)|cancel\s+reply|submit\s+comment)\b",
    re.IGNORECASE,
)
"""A comment form ("Leave a reply")."""
RELATED_RE = re.compile(
    r"^(?:you\s+(?:may|might)\s+(?:also\s+)?like|related(?:\s+\w+)?|similar\s+\w+"
    r"|more\s+(?:stories|from|on|news|like\s+this)\b.*|read\s+(?:more|next|also)"
    r"|recommended(?:\s+\w+)*|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?"
    r"|popular\s+\w+|latest\s+(?:news|stories|posts)|don'?t\s+miss|categories|tags"
    r"|filed\s+under|topics|see\s+also)\b.*",
    re.IGNORECASE,
)
"""Headings of related-links boxes ("You may also like", "Most read")."""
SUBSCRIBE_RE = re.compile(
    r"^(?:subscribe|sign\s+up|follow\s+us|get\s+(?:our|the)\s+newsletter|newsletter"
    r"|click\s+here|download\s+(?:our|the)\s+app)\b",
    re.IGNORECASE,
)
"""Newsletter and app prompts ("Sign up", "Follow us")."""
CTA_SENTENCE_RE = re.compile(
    r"^(?:verify|subscribe|sign\s+up|join|follow|share|download|support|donate|read|learn"
    r"|click|get|listen|watch|register|discover|explore|check\s+out|tell\s+us)\b.*\b(?:this|our)"
    r"\s+(?:article|story|post|site|website|page|newsletter|app|podcast|channel|journalism)\b",
    re.IGNORECASE,
)
"""A call to action about this article, site or newsletter, written as a sentence."""
COPYRIGHT_RE = re.compile(
    r"(?:©|\(c\)\s*\d{4}|\bcopyright\b\s*(?:©\s*)?\d{4}|\ball\s+rights\s+reserved\b)",
    re.IGNORECASE,
)
"""A copyright notice anywhere in a line."""
COPYRIGHT_HOLDER_RE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?P<year>\d{4})(?:\s*[-–]\s*\d{4})?\s*,?\s*"
    r"(?P<holder>[^.|]*?)\s*(?:\.|\||all\s+rights|$)",
    re.IGNORECASE,
)
"""A copyright notice with its year and holder."""
LEGAL_SUFFIX_RE = re.compile(r",?\s+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|GmbH|S\.A\.|plc)$")
"""A company form at the end of a name ("LLC", "Ltd.")."""
BYLINE_RE = re.compile(
    rf"^(?:by|written\s+by|words\s+by|author:?)\s+(?P<name>{NAME_PATTERN}(?:\s*(?:,|and|&)\s*{NAME_PATTERN})*)"
    r"(?P<rest>\s*(?:[-–—|,/]|\bon\b|$).*)$",
    re.IGNORECASE,
)
"""A byline ("By Jane Doe and John Roe | Reuters")."""
CREDITS_RE = re.compile(
    r"^\(?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|produced)\s+by\b.*",
    re.IGNORECASE,
)
"""A credits line ("Reporting by ...; Editing by ...")."""
WRITING_BY_RE = re.compile(rf"\bwriting\s+by\s+(?P<name>{NAME_PATTERN})", re.IGNORECASE)
"""The writer named in a credits line."""
REPORTING_BY_RE = re.compile(
    rf"\breporting\s+by\s+(?P<name>{NAME_PATTERN}(?:\s*(?:,|and)\s*{NAME_PATTERN})*)", re.IGNORECASE
)
"""The reporters named in a credits line."""
BREADCRUMB_SPLIT_RE = re.compile(r"\s*[»›]\s*|\s+[>/|]\s+")
"""The separators of a breadcrumb trail ("Home » World » Europe")."""
REFERENCE_RE = re.compile(r"^(?:\[\^?\d+\]:?|\^\d+)\s*\S")
"""A footnote line ("[1] ...", "^1 ...")."""
NUMBERED_SOURCE_RE = re.compile(r"^\d+\.\s.*(?:accessed|retrieved|https?://|doi:)", re.IGNORECASE)
"""A numbered source with an access date, URL or DOI."""
REFERENCES_HEAD_RE = re.compile(
    r"^(?:references|sources|notes|footnotes|bibliography|endnotes)\s*:?$", re.IGNORECASE
)
"""The heading of a references section."""
ABOUT_AUTHOR_RE = re.compile(r"^about\s+the\s+authors?\s*:?$", re.IGNORECASE)
"""The heading of an author bio."""
SIGNATURE_RE = re.compile(
    rf"^(?:[—–•·*-]\s*)?(?:\d+\.\s+)?{NAME_PATTERN}\s+(?:on|says|said|wrote|replied)\b[^.!?]{{0,40}}:?$"
)
"""The signature line of a comment ("— Name on", "2. Name says")."""
NUMBERED_ITEM_RE = re.compile(r"^\d+\.\s")
"""A numbered list item."""
BIO_VERB_RE = re.compile(
    r"\b(?:is|was|has|had|graduated|holds|writes|covers|joined|works|worked|received"
    r"|studied|earned|serves|served|teaches|lives|reports)\b"
)
"""Verbs of an author bio ("is", "covers", "joined", ...)."""
BIO_START_RE = re.compile(r"^(?:is|was|has|writes|covers|reports|joined|graduated)$")
"""The verb right after the name at the start of a one-paragraph bio."""
STAFF_RE = re.compile(
    r"\b(?:desk|staff|team|newsroom|reporters?|correspondents?|bureau)$", re.IGNORECASE
)
"""A date-line segment naming staff, not an outlet ("Politics desk", "Staff reporters")."""
SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "over",
        "per",
        "the",
        "to",
        "up",
        "via",
        "vs",
        "with",
        "without",
        "about",
        "after",
        "before",
        "against",
        "between",
        "during",
        "off",
        "out",
        "under",
        "upon",
    ]
)
"""Words a title-case headline leaves in lower case."""
