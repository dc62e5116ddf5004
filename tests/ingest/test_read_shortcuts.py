"""The reading shortcuts (a rule refused by a cheap test before its patterns run, a count
stopped once the answer is known, a page scanned once instead of paragraph by paragraph)
answer as the plain computations they replaced, on the seeds' lines, on a newspaper's units
and on generated lines, with RE2 and without."""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.dates import PartialDate
from generator.ingest import assemble, boilerplate, page_kinds, threads, units, voice, widgets
from generator.ingest.boilerplate_patterns import (
    CAPTION_CREDIT_RE,
    CJK_CAPTION_RE,
    CJK_SHARE_RE,
    COMMENT_ACTION_WORDS,
    COMMENT_CORE_ACTIONS,
    COMMENT_STAMP_RE,
    CONSENT_RE,
    CORRECTION_RE,
    CREDITS_RE,
    DISCLOSURE_RE,
    GLUED_STAMP_RE,
    HEAD_STAMP_RE,
    INLINE_STAMP_RE,
    NEWSLETTER_RE,
    NUMBERED_SOURCE_RE,
    PAGE_STAMP_RE,
    PAYWALL_RE,
    POST_LINK_RE,
    POST_MARKER_RE,
    POST_SIGNATURE_RE,
    PRINT_FOOTER_RE,
    QUOTED_RE,
    READ_MORE_RE,
    REFERENCE_RE,
    REFERENCES_HEAD_RE,
    REVIEW_BOX_RE,
    STAFF_BYLINE_RE,
    STANDARDS_RE,
    VOICE_RE,
)
from generator.ingest.formats import text_units
from generator.ingest.jsonl import detokenize
from generator.ingest.units import Unit, is_prose, word_count
from generator.models import Dropped
from tests.conftest import SEEDS, SHARED_DATA

GUARDIAN = SHARED_DATA / "t17" / "h1n1" / "guardian" / "articles.jsonl"
CRAFTED = [
    "Accept cookies",
    "We use cookies to improve your experience. Accept all cookies",
    "Read more",
    "Read more: the minister's letter",
    "Rating: 4 out of 5",
    "Check the latest price at Amazon",
    "Photograph: Jane Doe/Reuters",
    "This article contains affiliate links; we may earn a commission",
    "Sign up for our newsletter",
    "Our editorial standards",
    "This article appeared on p5 of the G2 section",
    "Correction: An earlier version of this article misstated the date.",
    "Continue reading for subscribers only",
    "分享到",
    "图为北京街头",
    "Reply | Report",
    "12 ▲ 3 ▼",
    "Like (4) Reply Report abuse",
    "— Jane Doe on",
    "Jane Doe says:",
    "March 4, 2024 at 6:17 pm | Reply I have never seen such a thing",
    "February 11, 2011 at 11:43 pm | Reply",
    "2 hours ago",
    "— Jane Doe (@jdoe) March 3, 2024",
    "RT @jdoe the bridge is closed pic.twitter.com/abc",
    "View this post on Instagram",
    "By the CNN Wire Staff Tanks rolled into the square on Friday as crowds gathered to watch.",
    "By CNN Staff Tanks",
    "Byline: none",
    "(Update 4:51 p.m. in Cairo, 9:51 a.m. ET) The head of the stock market said it would open.",
    "[1] Smith, J. (2020). A study.",
    "^2 See the report.",
    "3. Health survey, accessed 4 May 2021",
    "٣. Health survey, https://example.org",
    "References:",
    "(Reporting by Jane Doe; Editing by John Roe)",
    "Reporting by Jane Doe; Editing by John Roe",
    "Jane Doe",
    "Jane van der Berg",
    "Jürgen Schmidt",
    "Anna 2 Smith",
    "Dr. Jane Doe.",
]


def _guardian_units() -> list[list[str]]:
    """The units of the first forty articles of a newspaper's corpus, if it is at hand."""
    if not GUARDIAN.is_file():
        return []
    lines = GUARDIAN.read_text("utf-8").splitlines()[:40]
    return [[u.text for u in text_units(detokenize(json.loads(line)["text"]))] for line in lines]


def _seed_units() -> list[list[str]]:
    return [[u.text for u in text_units(p.read_text("utf-8"))] for p in sorted(SEEDS.glob("*.txt"))]


def _texts() -> list[str]:
    """Every unit of the seeds and of the newspaper's articles, and the crafted lines."""
    return [t for page in _seed_units() + _guardian_units() for t in page] + CRAFTED


def _modes() -> Iterator[AbstractContextManager[None]]:
    yield nullcontext()
    yield fastre.pure_python()


# ------------------------------------------------------------------ the plain computations


def _plain_stock_phrase_reason(text: str, n: int) -> str | None:
    """:func:`widgets._stock_phrase_reason` before its refusal of lines with no key word."""
    keys = set(map(widgets._KEY_KINDS.__getitem__, widgets._KEY_WORD_RE.findall_folded(text)))
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
    if n <= 12 and REVIEW_BOX_RE.match(text):
        return "review box"
    return None


def _plain_action_line(text: str) -> bool:
    low = text.casefold()
    if not any(word in low for word in COMMENT_CORE_ACTIONS):
        return False
    tokens = [t for t in threads._ACTION_SPLIT_RE.split(low) if t]
    return all(
        t in COMMENT_ACTION_WORDS or t.isdigit() or not any(c.isalnum() for c in t) for t in tokens
    )


def _plain_unit_evidence(index: int, text: str) -> threads.Evidence | None:
    """:func:`threads.unit_evidence` as it was: every unit's stamp windows found first."""
    n = word_count(text)
    windows = threads._stamp_windows(text)
    posted = threads._POST_KEYS_RE.search_folded(text) is not None
    if not windows and not posted and n > 12:
        return None
    found = threads.Evidence(index)
    glued = next((g for w in windows if (g := GLUED_STAMP_RE.search(text, *w))), None)
    if glued is not None:
        found.kinds |= {"stamp", "action"}
        found.glued = word_count(text[glued.end() :]) > 0 or glued.start() > 0
        found.trailing = glued["control"] is not None or glued["pipe"] is not None
        if (glued["control"] or "").casefold() in ("retweet", "rt"):
            found.kinds.add("post")
    elif (
        windows
        and n <= 14
        and not text.rstrip().endswith(".")
        and any(COMMENT_STAMP_RE.search(text, *w) for w in windows)
    ):
        found.kinds.add("stamp")
    if n <= 12 and _plain_action_line(text):
        found.kinds.add("action")
    if n <= 12 and threads._is_signature(text):
        found.kinds.add("signature")
    if posted and (
        POST_SIGNATURE_RE.search(text)
        or POST_MARKER_RE.search(text)
        or (n <= 40 and POST_LINK_RE.search(text))
    ):
        found.kinds.add("post")
    return found if found.kinds else None


def _plain_voice(text: str) -> bool:
    """:func:`threads._voice` as it was: ``VOICE_RE`` and a walk over the letters."""
    bare = QUOTED_RE.sub(" ", text)
    if bare.rstrip().endswith(("?", "!")) or VOICE_RE.search(bare):
        return True
    letters = list(filter(str.isalpha, bare))
    return len(letters) >= 12 and sum(map(str.isupper, letters)) > 0.8 * len(letters)


def _plain_is_name(text: str) -> bool:
    if not 2 <= len(text.split()) <= 5 or any(ch.isdigit() for ch in text):
        return False
    return bool(units._NAME_RE.fullmatch(text)) and not units.ends_sentence(text.rstrip("."))


def _plain_voice_of(paragraphs: list[str]) -> str | None:
    text = voice._QUOTED.sub(" ", "\n".join(paragraphs))
    words = len(text.split())
    if words < voice.MIN_WORDS:
        return None
    rate = 1000 * len(voice._FIRST_PERSON_WORD.findall(text)) / words
    return voice.FIRST_PERSON if rate >= voice.FIRST_PERSON_RATE else None


def _plain_is_schedule(article: Any) -> bool:
    marks = 0
    for paragraph in article.paragraphs:
        marks += len(page_kinds._SCHEDULE_MARK.findall(paragraph))
        if marks >= page_kinds.SCHEDULE_MARKS:
            return True
    return False


def _plain_lists_other_stories(article: Any) -> bool:
    if article.published is None:
        return False
    day = article.published.edtf()[:10]
    others = 0
    for paragraph in article.paragraphs:
        for month, date, year in page_kinds._OTHER_STAMP.findall(paragraph):
            try:
                number = page_kinds.month_number(month)
            except ValueError:
                continue
            if f"{year}-{number:02d}-{int(date):02d}" != day:
                others += 1
    return others >= page_kinds.OTHER_STORIES


def _plain_after_story(units_: list[Unit], start: int) -> None:
    last = max(
        (i for i, u in enumerate(units_) if u.label is None and is_prose(u.text)), default=-1
    )
    i = max(last + 1, start + 1)
    if 0 <= last < len(units_) - 1:
        i = boilerplate._skip_story_list(units_, last + 1)
    for unit in units_[i:]:
        if unit.label is None and not units.ends_sentence(unit.text):
            unit.label = "after the story"


def _plain_references(units_: list[Unit], start: int) -> None:
    in_refs = False
    for unit in units_[start:]:
        if unit.label is not None and unit.label != units.REFERENCE:
            in_refs = False
            continue
        if REFERENCES_HEAD_RE.match(unit.text):
            unit.label = "references heading"
            in_refs = True
        elif REFERENCE_RE.match(unit.text) or NUMBERED_SOURCE_RE.match(unit.text):
            unit.label = units.REFERENCE
            in_refs = True
        elif in_refs and not is_prose(unit.text) and word_count(unit.text) <= 3:
            in_refs = False


def _plain_credits(units_: list[Unit], start: int, cleaned: units.Cleaned) -> None:
    for unit in units_[start + 1 :]:
        if (unit.label is None and CREDITS_RE.match(unit.text) and ";" in unit.text) or (
            unit.label is None and unit.text.startswith("(") and CREDITS_RE.match(unit.text[1:])
        ):
            unit.label = "credits"
            if cleaned.author is None:
                cleaned.author = boilerplate._credits_name(unit.text)


# ------------------------------------------------------------------ the tests


@pytest.mark.parametrize("pure", [False, True], ids=["re2", "pure-python"])
def test_line_rules_answer_as_the_plain_ones(pure: bool) -> None:
    texts = _texts()
    with fastre.pure_python() if pure else nullcontext():
        stock = [_plain_stock_phrase_reason(t, word_count(t)) for t in texts]
        evidence = [_plain_unit_evidence(7, t) for t in texts]
        assert {"consent banner", "related links", "review box", "call to action"} <= set(stock)
        assert sum(e is not None for e in evidence) >= 10  # both answers are exercised
        assert any(e is not None and "action" in e.kinds for e in evidence)
        for text, reason, found in zip(texts, stock, evidence, strict=True):
            for n in {word_count(text), 2, 15, 50}:
                assert widgets._stock_phrase_reason(text, n) == _plain_stock_phrase_reason(
                    text, n
                ), (text, n)
            assert widgets._stock_phrase_reason(text, word_count(text)) == reason, text
            assert threads.unit_evidence(7, text) == found, text
            assert threads._is_action_line(text) == _plain_action_line(text), text
            assert units.is_name(text) == _plain_is_name(text), text
            assert threads._voice(text) == _plain_voice(text), text
    assert sum(map(_plain_is_name, texts)) >= 3


def _pages() -> list[list[str]]:
    return _seed_units() + _guardian_units()


@pytest.mark.parametrize("pure", [False, True], ids=["re2", "pure-python"])
def test_page_rules_answer_as_the_plain_ones(pure: bool) -> None:
    schedule = ["From 9pm, Arlo is joined by Jo. Producer/Jane Doe. 7-10 pm"] * 4
    index = ["Tunisians vote updated: Sun Oct 23 2011 17:08:00 and Jan 5, 2010"] * 3
    pages = [*_pages(), schedule, index, [], ["updated: Xyz Oct 23 2011"] * 4]
    with fastre.pure_python() if pure else nullcontext():
        for paragraphs in pages:
            for published in (None, PartialDate(2011, 10, 23), PartialDate(2009, 5, 1)):
                page = SimpleNamespace(paragraphs=paragraphs, published=published)
                article: Any = page
                assert page_kinds.is_schedule(article) == _plain_is_schedule(page)
                assert page_kinds.lists_other_stories(article) == _plain_lists_other_stories(page)
            assert voice.voice_of(paragraphs) == _plain_voice_of(paragraphs)
    assert _plain_is_schedule(SimpleNamespace(paragraphs=schedule * 3))
    assert _plain_lists_other_stories(SimpleNamespace(paragraphs=index, published=None)) is False


_READER = ["I", "I'm", "I’m", "me", "My", "you", "Your", "you're", "u", "Iran", "mine", "yous"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([*_READER, "SHOUTING", "LOUD", "Loud", "é", "ÉTÉ", "_", "2"]),
            st.text(alphabet="IMmYyoueérs'’_ \"“”.?!xA", max_size=8),
        ),
        max_size=12,
    )
)
def test_a_readers_voice_is_heard_as_before(parts: list[str]) -> None:
    text = " ".join(parts)
    assert bool(threads._VOICE_WORD_RE.search(text)) == bool(VOICE_RE.search(text)), text
    assert threads._voice(text) == _plain_voice(text), text


def test_shouting_is_told_by_the_same_share_of_capitals() -> None:
    """Every line of up to 24 capitals and 8 small letters (around 80 % capitals and 12
    letters), with no reader's word in it."""
    for capitals, small in itertools.product(range(25), range(9)):
        for capital, letter, gap in itertools.product(["A", "É", "Zq"], ["b", "é", "c-d"], " .1"):
            text = gap.join([capital] * capitals + [letter] * small)
            assert threads._voice(text) == _plain_voice(text), text


_VOICE_WORDS = ["I", "we", "my", "us", "The", "council", "said", '"we', 'did"', "it", "I'm"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_VOICE_WORDS), min_size=100, max_size=400),
    st.integers(min_value=1, max_value=60),
    st.sampled_from([" ", "\n", "  ", "\t"]),
)
def test_voice_of_generated_pages_is_the_plain_one(words: list[str], share: int, gap: str) -> None:
    """Pages around the thresholds: a first-person word every ``share`` words or so."""
    text = gap.join(w if i % share else "I" for i, w in enumerate(words))
    paragraphs = [*text.split("\n"), gap]
    assert voice.voice_of(paragraphs) == _plain_voice_of(paragraphs)


_LABELS = [None, None, None, units.REFERENCE, "share bar", "call to action"]


def _unit_lists() -> Iterator[list[Unit]]:
    for page in _pages():
        yield [Unit(t, i + 1) for i, t in enumerate(page)]
    yield [Unit(t, i + 1) for i, t in enumerate(CRAFTED)]


@given(
    st.lists(
        st.tuples(
            st.sampled_from([*CRAFTED[:40], "A long story line that ends here."]), st.integers(0, 5)
        ),
        max_size=30,
    ),
    st.integers(0, 5),
)
@settings(max_examples=300, deadline=None)
def test_unit_rules_of_generated_pages_are_the_plain_ones(
    rows: list[tuple[str, int]], start: int
) -> None:
    _same_unit_rules([Unit(t, i + 1, label=_LABELS[k]) for i, (t, k) in enumerate(rows)], start)


def test_unit_rules_of_real_pages_are_the_plain_ones() -> None:
    for page in _unit_lists():
        for start in (0, 1, 3):
            _same_unit_rules(page, start)


def _same_unit_rules(page: list[Unit], start: int) -> None:
    """After-the-story, references and credits label a copy of ``page`` as the plain walks."""
    for fast, plain in (
        (boilerplate._label_after_story, _plain_after_story),
        (boilerplate._label_references, _plain_references),
    ):
        mine, theirs = copy.deepcopy(page), copy.deepcopy(page)
        fast(mine, start)
        plain(theirs, start)
        assert [u.label for u in mine] == [u.label for u in theirs]
    mine, theirs = copy.deepcopy(page), copy.deepcopy(page)
    found, expected = units.Cleaned(), units.Cleaned()
    boilerplate._label_credits(mine, start, found)
    _plain_credits(theirs, start, expected)
    assert [u.label for u in mine] == [u.label for u in theirs]
    assert found == expected


def _plain_strip(page: list[Unit]) -> list[Dropped]:
    """:func:`assemble._strip_inline_stamps` as it was: a staff byline matched on every unit."""
    found: list[Dropped] = []
    for unit in page[: assemble.HEADER_UNITS]:
        stamp = PAGE_STAMP_RE.search(unit.text)
        if stamp and assemble._is_header(unit.text[: stamp.start()], unit.text[stamp.end() :]):
            header = unit.text[: stamp.start()].strip()
            found += [
                Dropped(header, "headline"),
                Dropped(stamp.group(0).strip(), assemble.PAGE_STAMP),
            ]
            unit.text = unit.text[stamp.end() :]
    for unit in page:
        low = unit.text.casefold()
        stamps = INLINE_STAMP_RE.findall(unit.text) if "pdate" in low or "posted" in low else []
        if stamps:
            found.extend(Dropped(stamp.strip(), "timestamp") for stamp in stamps)
            unit.text = INLINE_STAMP_RE.sub("", unit.text).strip() or unit.text
            unit.stamp = stamps[0]
        staff = STAFF_BYLINE_RE.match(unit.text)
        if staff and len(unit.text) - staff.end() >= 40:
            found.append(Dropped(staff.group(0).strip(), "byline"))
            unit.text = unit.text[staff.end() :]
        head = HEAD_STAMP_RE.match(unit.text)
        if head and len(unit.text) - head.end() >= 40:
            found.append(Dropped(head.group(0).strip(), "timestamp"))
            unit.text = unit.text[head.end() :]
    return found


def test_inline_stamps_are_taken_out_as_before() -> None:
    """A staff byline is only looked for on a unit that opens with "By" (its pattern's
    first letters): the same stamps and texts as when every unit was matched."""
    pages = list(_unit_lists())
    assert any(d.reason == "byline" for page in pages for d in _plain_strip(copy.deepcopy(page)))
    for mode in _modes():
        with mode:
            for page in pages:
                mine, theirs = copy.deepcopy(page), copy.deepcopy(page)
                assert assemble._strip_inline_stamps(mine) == _plain_strip(theirs)
                assert [(u.text, u.stamp) for u in mine] == [(u.text, u.stamp) for u in theirs]
