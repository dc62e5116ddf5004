"""The vocabulary of page furniture: the patterns and word lists of the boilerplate rules.

Each pattern recognises one kind of line by its shape and stock phrases (a byline, a
share bar, a comment signature, a copyright notice, ...), never by one site's wording.
Where a line stands and what surrounds it is judged by
:func:`generator.ingest.boilerplate.classify`, which uses these patterns.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator import fastre
from generator.ingest.pubdate import MONTHS_RE

UNIT_SCAN = fastre.Scan(loose=True)
"""The rare patterns asked about each unit's text, and its case-folded copy (the key-word
patterns compiled with ``folded=UNIT_SCAN``): one RE2 scan of a text answers them all."""
WIDGET_SCAN = fastre.Scan(loose=True)
"""The patterns :func:`~generator.ingest.widgets.widget_reason` asks about each unit's text
(its gate, its key words, the media player's): one RE2 scan of a text answers them all.

Apart from :data:`UNIT_SCAN`: every unit is scanned once more, but the two automata are
built far quicker than their union, whose states were the products of both sets' (most
units' scans build new ones): for the Guardian's and the BBC's units, the union cost a
third more than the two scans together."""


def unit_gate(
    *patterns: re.Pattern[str] | fastre.Pattern, scan: fastre.Scan = UNIT_SCAN
) -> Callable[[str], bool]:
    """A test that is True for every unit text on which one of ``patterns`` may match (and
    for every text with a character beyond ASCII), asked of ``scan``'s one scan.

    A rule made of many patterns and word tests refuses a line of story with this one
    question, where it asked each pattern in turn (most units are story: every pattern
    fails). The member is the union of the patterns' RE2 prefilters, each matching
    wherever its Python pattern does; a rule's own word tests go in as patterns too.
    Without RE2 (or for a pattern it cannot translate) the test is always True.

    A member adds states to the scan's automaton: a pattern that stays alive through most
    of a line (``.*`` between words, a repeated name) multiplies them with the others' and
    slows every unit's scan many times over; such a rule is asked in Python instead.
    """
    if not fastre.has_re2():
        return _always
    try:
        union = "|".join(f"(?:{ascii_part(_prefilter(p))})" for p in patterns)
    except fastre.Untranslatable:
        return _always
    return scan.add(f"{union}|[^\\x00-\\x7f]")


def _prefilter(pattern: re.Pattern[str] | fastre.Pattern) -> str:
    """``pattern``'s RE2 prefilter: a fastre pattern's own, translated when it was compiled
    (translating is parsing the pattern again, in Python, at import)."""
    kept = getattr(pattern, "prefilter", None)
    return kept if isinstance(kept, str) else fastre.to_re2(pattern.pattern, pattern.flags)


def _always(_text: str) -> bool:
    """Every text may match: no RE2 to refuse one."""
    return True


def ascii_part(prefilter: str) -> str:
    """``prefilter`` (written by :func:`~generator.fastre.to_re2`) as it matches ASCII text:
    each class without its members beyond ASCII, a literal beyond ASCII matching nothing.

    A gate's member lets every text with a character beyond ASCII through on its own, so its
    prefilters are only ever asked about ASCII text, where the two match alike. A class that
    reaches beyond ASCII (``\\s``, ``\\w``, a letter's non-ASCII cases: "ı", "ſ") is many
    UTF-8 byte sequences in RE2's automaton: the set's states were that much bigger to build,
    and most units' scans build new ones.
    """
    return _RE2_TOKEN.sub(_ascii_token, prefilter)


def _ascii_token(token: re.Match[str]) -> str:
    """A class, a literal beyond ASCII or any character, as it matches ASCII text."""
    code, members = token["code"], token["members"]
    if code is not None:
        return token[0] if int(code, 16) < 0x80 else _NOTHING
    if members is not None:
        return _ascii_class(members)
    return _ASCII_FORMS[token[0]]


def _ascii_class(members: str) -> str:
    """The class of ``members`` (spans of :data:`_RE2_CHAR`), its ASCII ones alone."""
    spans: list[str] = []
    for span in _RE2_SPAN.finditer(members):
        low = _code(span["low"])
        high = _code(span["high"] or span["low"])
        if low < 0x80:
            high = min(high, 0x7F)
            spans.append(_char(low) if low == high else f"{_char(low)}-{_char(high)}")
    return f"[{''.join(spans)}]" if spans else _NOTHING


def _char(code: int) -> str:
    """An ASCII character as :func:`~generator.fastre.to_re2` writes it (:data:`_RE2_CHAR`)."""
    char = chr(code)
    return char if char.isalnum() else f"\\x{{{code:x}}}"


def _code(char: str) -> int:
    """The code point a :data:`_RE2_CHAR` writes."""
    return int(char[3:-1], 16) if char.startswith("\\x{") else ord(char)


_RE2_CHAR = r"\\x\{[0-9a-f]+\}|[0-9A-Za-z]"
"""A character as :func:`~generator.fastre.to_re2` writes it: ASCII letters and digits as they
are, every other one as ``\\x{hex}``."""
_RE2_SPAN = re.compile(rf"(?P<low>{_RE2_CHAR})(?:-(?P<high>{_RE2_CHAR}))?")
"""A character or a range of a class."""
_RE2_TOKEN = re.compile(
    rf"\[(?P<members>(?:(?:{_RE2_CHAR})(?:-(?:{_RE2_CHAR}))?)+)\]|\\x\{{(?P<code>[0-9a-f]+)\}}"
    r"|\[\^\\n\]|\(\?s:\.\)"
)
"""What of a prefilter :func:`~generator.fastre.to_re2` writes may reach beyond ASCII: a class,
a character written ``\\x{hex}`` (outside a class: a class is taken whole), any character."""
_ASCII_FORMS = {"[^\\n]": "[\\x{0}-\\x{9}\\x{b}-\\x{7f}]", "(?s:.)": "[\\x{0}-\\x{7f}]"}
"""Any character (but a newline), as it matches ASCII text."""
_NOTHING = "[^\\x{0}-\\x{10ffff}]"
"""A class that matches no character: what a class or literal beyond ASCII is in ASCII text."""


_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*"
NAME_PATTERN = rf"{_WORD}(?:\s+(?:(?:de|da|del|van|von|der|bin|al|la|le|di|y)\s+)?{_WORD}){{0,4}}"
"""Regex source (not compiled) of a name: up to five capitalised words, particles allowed."""

END_RE = re.compile(r"[.!?…。！？｡।؟][\"'”’»)\]」』）]*(?:\[\d+\])*$")
"""Sentence-final punctuation, allowing closing quotes and footnote marks ``[n]``."""
DENSE_SCRIPT_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
"""A character of a script written without spaces between words (Chinese, Japanese)."""
SPACELESS_SCRIPT_RE = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
"""A character of Thai, Lao, Burmese or Khmer (words not spaced, about five letters each)."""
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
        "はてなブックマーク",
        "微博",
        "微信",
        "مشاركة",
    ]
)
"""Words of share bars, in several languages (compared case-folded)."""
SHARE_FILLER = frozenset(
    ["on", "this", "article", "story", "post", "via", "the", "page", "link", "to"]
)
"""Words that may stand between share words ("Share this article on")."""
MEDIA_RE = fastre.compile(
    r"""^(?:listen(?:\s+to\s+(?:this|the)\s+(?:article|story|podcast|episode))?
    |.*\b(?:audio|video|media)\s+player\b.*
    |play|pause|watch(?:\s+(?:video|now|live))?:?|audio|video
    |(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?
    |\d+\s*(?:min|mins|minutes?)\s+(?:read|listen)
    |(?:estimated\s+)?reading\s+time:?.*)\W*$""",
    re.IGNORECASE | re.VERBOSE,
    scan=WIDGET_SCAN,
)
"""Audio and video player widgets: play buttons, durations, reading times."""
LANGUAGES_RE = re.compile(
    r"^(?:this\s+(?:post|article|page|story)\s+is\s+)?(?:also\s+)?available\s+in\s*:|"
    r"^read\s+(?:this\s+)?in\s+(?:english|español|français|deutsch|türkçe|português)\b",
    re.IGNORECASE,
)
"""Language switchers ("Also available in:")."""
CONSENT_RE = re.compile(
    r"\b(?:we|this\s+(?:site|website)|our\s+partners)\s+(?:use|uses|store)\s+cookies\b"
    r"|\bcookies?\s+(?:policy|settings|preferences|notice)\b"
    r"|\b(?:accept|reject|allow|decline)\s+(?:all\s+)?cookies\b"
    r"|\b(?:your|our)\s+privacy\s+choices\b|\bconsent\s+to\s+(?:the\s+use\s+of\s+)?cookies\b"
    r"|^(?:accept|reject|allow|decline)(?:\s+all)?(?:\s+cookies)?\W*$"
    r"|^manage\s+(?:preferences|options|settings|consent)\W*$",
    re.IGNORECASE,
)
"""A cookie or consent banner and its buttons ("We use cookies…", "Accept all")."""
DISCLOSURE_RE = re.compile(
    r"\b(?:we|this\s+site)\s+may\s+(?:earn|receive)\s+(?:an?\s+)?(?:affiliate\s+)?commission\b"
    r"|\bcontains?\s+affiliate\s+links\b|\bthis\s+(?:post|article)\s+is\s+sponsored\b",
    re.IGNORECASE,
)
"""An affiliate or sponsorship disclosure ("we may earn an affiliate commission")."""
LIST_BULLET_RE = re.compile(r"^(?:[-*•·▪◦–]|\d{1,2}[.)])\s+\S")
"""A list item's bullet or number."""
NEWSLETTER_RE = re.compile(
    r"\bnewsletter\b.*\b(?:inbox|sign\s+up|subscribe|free|weekly|daily)\b"
    r"|\b(?:sign\s+up|subscribe)\b.*\b(?:newsletter|bulletin|briefing|brief|digest|alerts?|inbox)\b"
    r"|^subscribe\s+here\b|^(?:got|have)\s+a\s+(?:story|news\s+tip|tip)\b.*\b(?:email|contact|message)\b",
    re.IGNORECASE,
)
"""A newsletter or tip-line prompt, however it is worded around its stock phrases."""
READ_MORE_RE = re.compile(
    r"^(?:read\s+(?:more|next|also)|see\s+also|related(?:\s+(?:story|article|coverage))?|also\s+read"
    r"|more\s+on\s+this\s+story|(?:previous|next)\s+(?:post|article|story))\s*(?:[:：|–-]\s*)?\S",
    re.IGNORECASE,
)
"""A link to another story inside or after this one ("Read more: …", "Next post …")."""
STANDARDS_RE = re.compile(r"^(?:our|editorial)\s+standards\b|\btrust\s+principles\b", re.IGNORECASE)
"""The outlet's standards notice."""
CJK_SHARE_RE = re.compile(r"(?:シェア|分享|分享到|共有|공유)\s*[:：]?\s*$")
"""A share prompt in Chinese, Japanese or Korean ("この記事をシェア", "分享到：")."""
PAYWALL_RE = re.compile(
    r"\b(?:subscribe|log\s+in|sign\s+in)\s+to\s+(?:continue|keep)\s+reading\b|\balready\s+a\s+subscriber\b"
    r"|\bunlimited\s+(?:digital\s+)?access\b|有料会員|会員登録|読み放題|订阅|訂閱|付费会员",
    re.IGNORECASE,
)
"""A paywall or membership prompt."""
REVIEW_BOX_RE = re.compile(
    r"^[★☆✩\s]*(?:rating|score|verdict)\s*:\s*\d|^price\s+when\s+reviewed\b"
    r"|^(?:check|see|compare)\s+(?:the\s+)?(?:latest\s+)?prices?\s+(?:at|on)\b"
    r"|^buy\s+(?:it\s+)?(?:now\s+)?(?:at|from|on)\s+\S+\W*$",
    re.IGNORECASE,
)
"""A review's rating box and shopping links ("Rating: 4 out of 5", "Check price at …")."""
INLINE_STAMP_RE = re.compile(
    r"[(\[]?\s*\b(?:update[ds]?|updated\s+at|posted)\s*:?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?"
    r"(?:[^()\[\]\n]|\([^()\n]{0,30}\)){0,50}?(?:\b[A-Z]{1,4}T\b|GMT|UTC)?\s*[)\]]\s*",
    re.IGNORECASE,
)
"""A live-blog stamp inside a paragraph: "(Update 4:51 p.m. in Cairo, 9:51 a.m. ET) …"."""
INLINE_STAMP_KEY_RE = fastre.compile(r"(?:update[ds]?|updated\s+at|posted)\s*:?\s*\d", re.I)
"""What every :data:`INLINE_STAMP_RE` match holds (its head, the bracket and the word
boundary left out): RE2 refuses a paragraph that only says "updated" or "posted" before
``re`` tries every place of it. (The stamp's own RE2 form is too big: repeats nested.)"""
_STAMP_MONTH = rf"(?:{MONTHS_RE})\.?"
STAFF_BYLINE_RE = fastre.compile(
    r"^By\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){1,4}(?:Wires?\s+)?Staff\s+(?=[A-Z“\"‘])",
    scan=UNIT_SCAN,
)
"""A staff byline glued to the head of a paragraph ("By the CNN Wire Staff Tanks roll …")."""
HIGHLIGHTS_RE = re.compile(r"(?:^|\s)(?:NEW|UPDATE|LATEST):\s")
"""A story-highlights bullet ("NEW: Moussa says …"), glued into one line with others."""
HEAD_STAMP_RE = fastre.compile(
    r"^(?:[A-Z][\w.'’ -]{2,40}\s+\|\s+)?(?:\d{1,2}[:.]\d{2}\s+(?:[A-Z]{2,4}|UK)(?:\s+time)?,?\s+)?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?:\d{{1,2}}\s+{_STAMP_MONTH},?\s+\d{{4}}|{_STAMP_MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
    r"(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]m\s*)?(?:[A-Z]{2,4}|UK)?)?\s+(?=[A-Z“\"‘])",
    scan=UNIT_SCAN,
)
"""A date stamp glued to the head of a paragraph ("Saturday 15 January 2005 00.03 GMT The …",
"Gavin Hewitt | 10:35 UK time, Monday, 18 January 2010 At every …")."""
PAGE_STAMP_RE = fastre.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+"
    rf"(?:\d{{1,2}}\s+{_STAMP_MONTH},?\s+\d{{4}}|{_STAMP_MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
    r",?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]m\s*)?(?:[A-Z]{2,4}|UK)\s+(?=[A-Z“\"‘])"
)
"""A page's full time stamp, weekday to time zone ("Friday 24 June 2005 00.02 BST"): news
prose never writes one, so in a page's first paragraphs it ends the headline and standfirst
glued before the story ("Two years on … similarities with Indochina Friday 24 June …").
Asked of each page's first paragraphs, its RE2 prefilter refuses most before ``re`` runs."""
LIKE_WIDGET_RE = re.compile(
    r"^(?:like\s+this:?|like\s+loading(?:…|\.\.\.)?|loading(?:…|\.\.\.)|liked\s+by\s+.*"
    r"|be\s+the\s+first\s+to\s+like\s+this\.?|share\s+this:?|\d+\s+(?:likes?|bloggers?\s+like\s+this)\.?"
    r"|show\s+(?:more|less)|load\s+more(?:\s+\w+)?|see\s+all(?:\s+\w+)?)\W*$",
    re.IGNORECASE,
)
"""Like, share and loading widgets ("Like Loading…", "Show more")."""
NAV_WORDS = frozenset(
    "home about contact news world uk us business sport sports politics opinion culture"
    " tech technology science health entertainment lifestyle travel video videos podcasts"
    " podcast blog archive archives login register subscribe menu search more shop events"
    " jobs privacy terms faq help careers advertise local weather climate money markets"
    " arts books food style economy education environment live latest sections magazine".split()
)
"""Words of a site's navigation menu (compared case-folded)."""
CJK_CAPTION_RE = re.compile(
    r"^(?:图为|圖為|图：|圖：|写真は|写真：|（写真）|\(写真\))|＝[^。]{1,20}$"
)
"""A Chinese or Japanese photo caption ("图为…", "写真は…", "…＝12日午前、北湊町")."""
_CREDIT_NAME = r"[A-Z][\w.'’&-]*(?:[ /][A-Z][\w.'’&-]*){0,5}"
CAPTION_CREDIT_RE = re.compile(
    rf"(?:\b(?i:photograph|photo|picture|image|illustration|graphic)(?i:\s+credit)?\s*:\s*{_CREDIT_NAME}"
    rf"|\((?i:photo|picture|image)s?\s*(?i:by|:)\s*{_CREDIT_NAME}\)"
    r"|\b(?i:getty\s+images|afp\s+via\s+getty(?:\s+images)?|ap\s+photo(?:/[\w. ]+)?|shutterstock"
    r"|file\s+photo|licensing\s+rights))"
    r"\.?\s*\)?\s*$"
)
"""The credit at the end of a photo caption ("Photograph: Name/Agency", "(Photo by X)")."""
CORRECTION_RE = re.compile(
    r"^(?:correction|clarification|editor'?s\s+note|this\s+(?:article|story)\s+(?:was|has\s+been)"
    r"\s+(?:amended|updated|corrected))\b\s*[:,-]?\s*.*\b(?:earlier|previous|original)\s+version\b",
    re.IGNORECASE,
)
"""A corrections footer ("Correction: An earlier version of this article misstated…")."""
PRINT_FOOTER_RE = re.compile(
    r"^(?:this|a\s+version\s+of\s+this)\s+(?:article|story|piece|review|column)\s+"
    r"(?:was\s+)?(?:first\s+|originally\s+)?(?:appeared|published)\s+(?:on\s+p(?:age)?\s*\d+|in\s+"
    r"(?:the\s+)?(?:print|\w+\s+edition|[A-Z]\w*)|on\s+(?:\w+\s+)?\d)",
    re.IGNORECASE,
)
"""A print or syndication footer ("This article appeared on p5 of the G2 section of the …",
"This article was first published in …", "A version of this story appeared in print …")."""
TIMESTAMP_RE = re.compile(
    r"^(?:(?:updated|posted|published)\s*:?\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:[A-Z]{2,4}|GMT|UTC)?(?:\s*[+-]\d{1,2})?|\d+\s*(?:s|m|h|d|w|secs?|mins?|minutes?|hrs?|hours?"
    r"|days?)\s+ago|just\s+now)\W*$",
    re.IGNORECASE,
)
"""A live-blog or feed timestamp alone on its line ("14:32 GMT", "2h ago")."""
ADVERT_RE = re.compile(
    r"^(?:advertisement|advertising|sponsored(?:\s+content)?|ad|scroll\s+to\s+continue"
    r"|story\s+continues\s+below(?:\s+advertisement)?|continue\s+reading(?:\s+below)?"
    r"|skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|menu|search"
    r"|(?:font|text)\s+size(?:\s+[a-z+−-]){0,4})\W*$",
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
COMMENT_POLICY_RE = re.compile(
    r"\bcomments?\s+(?:are|is|will\s+be)\s+(?:not\s+)?(?:pre-?screened|moderated|reviewed|closed)\b"
    r"|\brequired,?\s+but\s+(?:will\s+)?not\s+be\s+(?:displayed|published)\b"
    r"|\byour\s+email\s+address\s+will\s+not\s+be\s+published\b"
    r"|\banything\s+you\s+post\b"
    r"|\b(?:log|sign)\s+in\s+to\s+(?:comment|reply|join\s+the\s+(?:conversation|discussion))\b"
    r"|\bwelcomes?\s+a\s+\w+(?:\s+and\s+\w+)?\s+discussion\b"
    r"|\bthis\s+(?:comment|post|reply)\s+(?:was|has\s+been)\s+(?:removed|deleted|hidden)\b",
    re.IGNORECASE,
)
"""The rules and fine print of a comment form ("Comments are moderated"), and what a
moderator leaves of a comment ("This comment was removed because …")."""
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
COPYRIGHT_RE = fastre.compile(
    r"(?:©|\(c\)\s*\d{4}|\bcopyright\b\s*(?:©\s*)?\d{4}|\ball\s+rights\s+reserved\b)",
    re.IGNORECASE,
    scan=UNIT_SCAN,
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
    r"(?P<rest>\s*(?:[-–—|,/·•]|\b(?:on|published|posted|updated)\b|$).*)$",
    re.IGNORECASE,
)
"""A byline ("By Jane Doe and John Roe | Reuters")."""
FOOT_AUTHOR_RE = re.compile(rf"\bby\s+(?P<name>{NAME_PATTERN})", re.IGNORECASE)
"""The author named in a foot date line ("… by Maria Lopez")."""
AUTHOR_ROLE_RE = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,3}(?i:correspondent|editor|reporter|writer|columnist"
    r"|contributor|analyst|producer|journalist)s?$"
)
"""A job title after a byline's names ("… Consumer affairs correspondent")."""
AUTHOR_PREFIX_RE = re.compile(r"^(?:记者|記者|文\s*[/／]|作者\s*[:：]?|撰文\s*[:：]?)\s*")
"""A role written before a Chinese or Japanese byline's name ("记者 王晓东")."""
ORG_WORD_RE = re.compile(
    r"\b(?:News|Newswire|Press|Times|Post|Agency|Media|Wire|Service|Network|Herald|Gazette|Daily"
    r"|Journal|Tribune|Bulletin|Radio|TV|Television|Online|Magazine|Reuters|AP|AFP)$"
)
"""The last word of an outlet's name, which bylines often append ("…, Meridian Newswire")."""
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
    rf"^(?P<mark>[—–•·*-]\s*)?(?:\d+\.\s+)?{NAME_PATTERN}\s+(?P<verb>on|says|said|wrote|replied)\b"
    r"[^.!?]{0,40}:?$"
)
"""A line shaped like a comment signature ("— Name on", "2. Name says"); alone, no proof."""
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\b\.?)?(?:\s*(?:[A-Z]{2,4}\b))?"
_STAMP_DATE = (
    rf"(?:{MONTHS_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS_RE},?\s+\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})"
)
COMMENT_STAMP_RE = re.compile(
    rf"(?:{_STAMP_DATE}\s*(?:at|,|@|-|–|·)?\s*{_CLOCK}|{_CLOCK}\s*(?:on|,|-|–|·)?\s*{_STAMP_DATE}"
    r"|\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|w|months?|years?|y)\s+ago\b"
    rf"|\byesterday\s+at\s+{_CLOCK})",
    re.IGNORECASE,
)
"""The timestamp of a comment or post ("March 4, 2024 at 6:17 pm", "2 hours ago")."""
GLUED_STAMP_RE = fastre.compile(
    rf"(?:{COMMENT_STAMP_RE.pattern})(?:\s+at\s+{_CLOCK})?\s*(?:[|·•–-]?\s*(?P<control>reply|report|retweet|rt)\b"
    rf"|\|(?P<pipe>)\s*(?=\S)|,?\s*(?:{NAME_PATTERN}|@\w+)\s+(?:wrote|writes|said|says)\s*:)",
    re.IGNORECASE,
)
"""A comment header: a timestamp with a control, a pipe or a signature after it
("… at 6:17 pm | Reply", "… at 2:03 pm | Jack: …", "At 17:10 26th Apr 2009, Andrew wrote:")."""
COMMENT_ACTION_WORDS = frozenset(
    "reply replies report flag permalink upvote downvote vote votes point points recommend"
    " recommended quote like likes dislike dislikes abuse log login sign in to this comment"
    " reply? retweet retweets rt ▲ ▼ ↑ ↑ ↓ 👍 👎 + - share".split()
)
"""Words of a line of comment controls."""
COMMENT_CORE_ACTIONS = (
    "reply",
    "report",
    "flag",
    "permalink",
    "upvote",
    "downvote",
    "▲",
    "▼",
    "votes",
    "points",
    "recommend",
)
"""Words only comment controls have (a "Like" or "Share" alone proves nothing)."""
POST_SIGNATURE_RE = re.compile(
    r"[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)|\bA post shared by\b", re.IGNORECASE
)
"""The signature of an embedded post ("— Jane Doe (@jdoe) March 3, 2024")."""
POST_MARKER_RE = re.compile(
    r"\bview\s+this\s+(?:post|photo|video)\s+on\s+(?:instagram|facebook|tiktok|x|twitter)\b"
    r"|\bRETWEET\b|^RT\s+@\w+",
    re.IGNORECASE,
)
"""Markers of an embedded post's frame ("View this post on Instagram", "RETWEET")."""
POST_LINK_RE = re.compile(r"\bpic\.twitter\.com/\w+|\bt\.co/\w+|\binstagr\.am/", re.IGNORECASE)
"""Links only embedded posts carry."""
QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"|``.*?''|‘[^’]*’")
"""A quotation (a reader's voice inside quotes belongs to the person quoted)."""
VOICE_RE = re.compile(
    r"\b(?:I|I'm|I’m|I've|I’ve|[Mm]e|[Mm]y|[Yy]ou|[Yy]our|[Yy]ou're|[Yy]ou’re|u)\b"
)
"""First and second person: a reader talking, not a report."""
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
