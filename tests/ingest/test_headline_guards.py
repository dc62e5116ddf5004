"""Headline making's guards and loops answer as the plain computation did, on the seeds and on
generated text: a pattern is skipped only where it finds nothing (the opening word of an
anchored pattern, the last word of an end-anchored one, a literal it needs), an end-anchored
pattern is searched from the last words only (:func:`~generator.ingest.modifiers.tail_start`),
and the rewritten helpers (``is_modifier``, ``_main_clause``, ``_clause_bounds``, the
reported clause, the clause's words and their end) give the old answers."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import headline, read_articles, reported
from generator.ingest.completion import OPEN_VERB, is_open_verb
from generator.ingest.date_removal import _NEEDS_OBJECT, _PLAN_WORDS, _SCHEDULED_FOR
from generator.ingest.modifiers import (
    _ARTICLE_BEFORE,
    _DATE_MODIFIER,
    _NAMED_NOUN_AFTER,
    _NOT_A_NOUN,
    _NOUN_AFTER,
    _ON_BEFORE,
    _VERBISH,
    WEEKDAY,
    is_modifier,
    tail_start,
)
from generator.ingest.title_finish import (
    _AND_AUXILIARY,
    _DEBRIS_FIRST,
    _LEAD_TIME,
    _LEAD_TIME_WORDS,
    _LEADING_DEBRIS,
    _LEFT_PARTICIPLES,
    _OPEN_PARENTHESIS,
    _OPENER,
    _OPENERS,
    _PAGE_STAMP,
    _PARENTHESIS,
    _SAID_THAT,
    _WIRE_DATELINE,
    DANGLING,
    SPACES,
    _clause_words_end,
    _without_left_participle,
    count_words,
    has_fewer_words,
    may_open,
    single_spaced,
    without_dangling,
)
from generator.ingest.title_length import MAX_WORDS, phrase_end, without_trailing_subordinate
from generator.ingest.verbs import AUXILIARY_BEFORE, has_verb

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

_TRICKY = [*"ſ K İ ı _ 7 é \u00a0 \x1c \n \t".split(" "), " ", "  "]
"""Characters where a guard could go wrong: ones folding to ASCII letters, word characters
that are no letters, white space other than the space."""
_WORDS = st.sampled_from(
    [
        *"the a an on in at by for to and as than vs. scheduled due be held is that set".split(),
        *"yet however In Earlier ET, local time A two days later said says".split(),
        *"announced he she".split(),
        *"would will travel helped and, who whose which Ruiz, Mr Ana Ruiz (AFP) PA From".split(),
        *"Tuesday Friday 's ’s quake prayers protest , ; : ( ) — – - -- * 2009 08:53 JST".split(),
        *_TRICKY,
    ]
)
_TEXTS = st.lists(_WORDS, max_size=30).map(" ".join) | st.lists(_WORDS, max_size=30).map("".join)


def _seed_texts() -> list[str]:
    """The seeds' paragraphs, each paragraph's word-bounded prefixes and suffixes included."""
    texts = []
    for article in read_articles([SEEDS]):
        for paragraph in article.paragraphs:
            cuts = [i for i, c in enumerate(paragraph) if c == " "]
            texts += [paragraph[:i] for i in cuts] + [paragraph[i + 1 :] for i in cuts]
            texts.append(paragraph)
    return texts


_SEEDS = _seed_texts()


def _span(found: re.Match[str] | None) -> tuple[int, int, tuple[str | None, ...]] | None:
    """A match's place and groups, comparable across two searches."""
    return None if found is None else (found.start(), found.end(), found.groups())


def _plain(pattern: object) -> re.Pattern[str]:
    """The pattern as ``re`` compiles it (a :mod:`generator.fastre` one without prefilter)."""
    return re.compile(pattern.pattern, pattern.flags)  # type: ignore[attr-defined]


def test_white_space_is_what_isprintable_refuses() -> None:
    """:func:`single_spaced`'s premise, over every code point: ``\\s`` is ``str.isspace``, and
    every white space character but the space is one ``str.isprintable`` refuses."""
    space = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (space.match(char) is not None) == char.isspace(), hex(code)
        if char.isspace() and char != " ":
            assert not char.isprintable(), hex(code)


def _guards_hold(text: str) -> None:
    """Every guarded computation answers as the plain one on ``text``."""
    assert single_spaced(text) == SPACES.sub(" ", text), text
    assert without_dangling(text) == DANGLING.sub("", text), text
    for pattern, words in ((_LEAD_TIME, _LEAD_TIME_WORDS), (_OPENER, _OPENERS)):
        if not may_open(text, words) and (pattern is _LEAD_TIME or text[:1].isalnum()):
            assert pattern.match(text) is None, (pattern.pattern, text)
    assert headline._without_lead_in(text) == headline._LEAD_IN.sub("", text), text
    if text[:1] not in _DEBRIS_FIRST and "From" not in text:
        assert _LEADING_DEBRIS.match(text) is None, text
    if not text[:1].isdecimal():
        assert _PAGE_STAMP.match(text) is None, text
    if not ("A" <= text[:1] <= "Z" and "(" in text):
        assert _WIRE_DATELINE.match(text) is None, text
    for pattern, words in ((_ARTICLE_BEFORE, 2), (_ON_BEFORE, 2), (_NEEDS_OBJECT, 1)):
        plain = _plain(pattern)
        assert _span(plain.search(text, tail_start(text, words))) == _span(plain.search(text))
    cut = tail_start(text, _PLAN_WORDS)
    plain = _plain(_SCHEDULED_FOR)
    assert _span(plain.search(text, cut)) == _span(plain.search(text)), text
    assert text[:cut] + plain.sub("", text[cut:]) == plain.sub("", text), text


def test_guards_on_seeds() -> None:
    """Word-bounded prefixes and suffixes of the seed paragraphs; the patterns do match some."""
    for text in _SEEDS:
        _guards_hold(text)
    assert len(_SEEDS) > 5000
    assert any(DANGLING.search(text) for text in _SEEDS)
    assert any(headline._LEAD_IN.match(text) for text in _SEEDS)


@settings(max_examples=3000, deadline=None)
@given(_TEXTS)
def test_guards_on_generated_text(text: str) -> None:
    """Generated runs of the patterns' words, characters that fold case and white space."""
    _guards_hold(text)
    _guards_hold(text.upper())


def test_guards_let_through_what_folds_to_ascii() -> None:
    """A character that ignoring case makes an ASCII letter: the pattern still runs."""
    assert may_open("ſo the", _OPENERS) and _OPENER.match("ſo the")
    assert without_dangling("he went ſince") == DANGLING.sub("", "he went ſince")
    assert headline._without_lead_in("ſtill, he") == "he"


def _old_is_modifier(date_text: str, after: str, before: str = "") -> bool:
    """``is_modifier`` as it was: module-level ``re`` calls, searches over all of ``before``."""
    if _DATE_MODIFIER.match(after):
        return True
    if re.match(r"(?i)the\s", date_text) is not None:
        return re.match(r"\s+[a-z]+\b", after) is not None and not _VERBISH.match(after)
    if _plain(_ARTICLE_BEFORE).search(before) and not _VERBISH.match(after):
        noun = _NAMED_NOUN_AFTER.match(after)
        if noun and noun.group(1) not in _NOT_A_NOUN and not noun.group(1).endswith("ly"):
            return True
    if _plain(_ON_BEFORE).search(before):
        return False
    noun = _NOUN_AFTER.match(after)
    return bool(
        WEEKDAY.fullmatch(date_text)
        and noun
        and noun.group(1) not in _NOT_A_NOUN
        and not noun.group(1).endswith(("ed", "ly"))
        and not _VERBISH.match(after)
    )


def test_is_modifier_on_seeds() -> None:
    """Each word of the seed paragraphs taken as the date, and the article before it."""
    checked = found = 0
    for article in read_articles([SEEDS]):
        for paragraph in article.paragraphs:
            for word in re.finditer(r"\S+", paragraph):
                before, after = paragraph[: word.start()], paragraph[word.end() :]
                for date in (word.group(), f"the {word.group()}"):
                    new = is_modifier(date, after, before)
                    assert new == _old_is_modifier(date, after, before), (before[-40:], date)
                    found += new
                    checked += 1
    assert checked > 5000 and found > 10


def _old_main_clause(text: str, right: int, skip: int = 0) -> str:
    """``_main_clause`` as it was: every pattern on every body."""
    body = text[skip:] if skip else text[:right]
    body = headline._NAME_APPOSITION.sub(r"\1 ", body)
    body = headline._RELATIVE_ASIDE.sub("", body)
    body = re.split(
        r",\s(?=(?:though|although|while|whereas|but|which|prompting|"
        r"according|including|despite|insisting|arguing|saying)\b)",
        body,
    )[0]
    return body.strip(" ,;:")


def _old_clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``_clause_bounds`` as it was: generators over the marks."""
    if end <= 0 or start >= len(text):
        return (0 if start < len(text) else len(text)), (0 if end <= 0 else len(text))
    marks = list(headline._BOUND.finditer(text))
    before = (headline._bound(text, mark) for mark in reversed(marks) if mark.start() <= start)
    after = (headline._bound(text, mark) for mark in marks if mark.end() >= end)
    left = next((bound for bound in before if 0 <= bound <= start), 0)
    return left, next((bound for bound in after if bound >= end), len(text))


def _clauses_agree(text: str) -> None:
    """``_main_clause``, ``_clause_bounds`` and the content-word count answer as before."""
    assert headline._main_clause(text, len(text)) == _old_main_clause(text, len(text)), text
    marks = [(m.span(), m.group()) for m in headline._marks(text)]
    assert marks == [(m.span(), m.group()) for m in headline._BOUND.finditer(text)], text
    for word in list(re.finditer(r"\S+", text))[:40]:
        start, end = word.span()
        bounds = headline._clause_bounds(text, start, end)
        assert bounds == _old_clause_bounds(text, start, end), (text, start)
        assert headline._main_clause(text, bounds[1]) == _old_main_clause(text, bounds[1])
    content = [w for w in text.split() if w.casefold() not in headline._FUNCTION_WORDS]
    for most in (1, 2, 3):
        assert headline._fewer_content_words(text, most) == (len(content) < most)


def test_clauses_on_seeds() -> None:
    """Every seed paragraph (and every tenth prefix or suffix)."""
    for article in read_articles([SEEDS]):
        for paragraph in article.paragraphs:
            _clauses_agree(paragraph)
    for text in _SEEDS[::10]:
        _clauses_agree(text)
    paragraphs = [p for a in read_articles([SEEDS]) for p in a.paragraphs]
    assert any(headline._RELATIVE_ASIDE.search(p) for p in paragraphs)
    assert any(headline._SUBORDINATE_COMMA.search(p) for p in paragraphs)
    overlapping = [m.span() for m in headline._marks("a, — b (c) – d")]
    assert overlapping == [(1, 3), (7, 8), (9, 10), (10, 13)]  # " — " shares the comma's space


@settings(max_examples=1000, deadline=None)
@given(_TEXTS)
def test_clauses_on_generated_text(text: str) -> None:
    """Generated runs of names, commas, relatives and dashes."""
    _clauses_agree(text)


def _old_reported_deed(text: str, index: int, date_text: str) -> tuple[str, int]:
    """What ``_make_headline`` did before the date's clause was sought, as it did it."""
    rep = reported
    found = rep._REPORTED_THAT.search(text, 0, index) or rep._reported_ahead(text, index)
    if found and not re.search(r"[,;:]", text[found.end() : index]):
        inner = text[found.end() :]
        if not rep._PRONOUN_SUBJECT.match(inner):
            text, index = inner, index - found.end()
    after = index + len(date_text)
    text = text[:after] + rep._THAT_ASIDE_INSIDE.sub(" that ", text[after:], count=1)
    ahead = rep._SAID_THEY_WOULD.search(text, 0, index) or rep._SAID_THEY_DID.search(text, 0, index)
    if ahead and not re.search(r"[,;:]", text[ahead.end() : index]):
        speaker = re.split(r"[,;:]\s", text[: ahead.start()])[-1].strip()
        words = speaker.split()
        did = ahead.re is rep._SAID_THEY_DID
        rewrite = not did or rep._a_deed(text[ahead.end() : index].split())
        if rewrite and re.match(r"[A-Z]", speaker) and 0 < len(words) <= 8 and not has_verb(words):
            deed = text[ahead.end() :]
            text = f"{speaker} {deed}" if did else f"{speaker} will {deed}"
            index = text.find(date_text)
    return text, index


def test_reported_deed_on_seeds() -> None:
    """Each word of each seed paragraph taken as the date; some clauses are rewritten."""
    rewritten = 0
    for article in read_articles([SEEDS]):
        for paragraph in article.paragraphs:
            for word in list(re.finditer(r"\S+", paragraph))[:60]:
                date = word.group()
                index = paragraph.find(date)
                new = reported.reported_deed(paragraph, index, date)
                assert new == _old_reported_deed(paragraph, index, date), (paragraph, date)
                rewritten += new[0] != paragraph
    assert rewritten > 10


@settings(max_examples=1000, deadline=None)
@given(_TEXTS, st.integers(0, 30))
def test_reported_deed_on_generated_text(text: str, at: int) -> None:
    """Generated reports with a word of them as the date."""
    words = text.split()
    if words:
        date = words[at % len(words)]
        index = text.find(date)
        assert reported.reported_deed(text, index, date) == _old_reported_deed(text, index, date)


def _old_clause_words_end(text: str) -> tuple[list[str], int | None]:
    """``_clause_words_end`` as it was: every opening pattern run, the saying's "that" tried
    and the phrase end of what is left found whenever the phrase did not end the words."""
    if "(" in text:
        text = _PARENTHESIS.sub("", text)
        text = _OPEN_PARENTHESIS.sub("", text)
    text = _LEAD_TIME.sub("", text)
    text = _OPENER.sub("", text)
    text = _LEAD_TIME.sub("", text)
    if "and" in text:
        text = _AND_AUXILIARY.sub("", text)
    text = text.strip(" ,;:.“”\"'‘’")
    words = text.split()
    if len(words) > MAX_WORDS:
        shorter = without_trailing_subordinate(" ".join(words)).split()
        words = shorter if len(shorter) >= 4 else words
    end = phrase_end(words) if len(words) > MAX_WORDS else len(words)
    if end != len(words):
        said = _SAID_THAT.sub(r"\1 ", " ".join(words), count=1).split()
        said_end = phrase_end(said) if len(said) > MAX_WORDS else len(said)
        if len(said) < len(words) and (
            said_end == len(said) or (end is None and said_end is not None)
        ):
            words, end = said, said_end
    return words, end


def test_clause_words_end_on_seeds() -> None:
    """Word-bounded prefixes and suffixes of the seed paragraphs (every third): the same
    words and end, among them clauses whose saying's "that" goes."""
    said = 0
    for text in _SEEDS[::3]:
        new = _clause_words_end(text)
        assert new == _old_clause_words_end(text), text
        said += "that" not in new[0] and "that" in text.split()
    assert said > 0


@settings(max_examples=1000, deadline=None)
@given(_TEXTS)
def test_clause_words_end_on_generated_text(text: str) -> None:
    """Generated openings, times of day and sayings."""
    assert _clause_words_end(text) == _old_clause_words_end(text)


def _small_helpers_agree(text: str) -> None:
    """The open verb's set, the early-stopping word count and the last word's tail search
    answer as the patterns do."""
    for word in [*text.split(), text, text.strip(".,;:")]:
        assert is_open_verb(word) == (OPEN_VERB.match(word) is not None), word
    for least in range(1, 6):
        assert has_fewer_words(text, least) == (count_words(text) < least), (text, least)
    for ending in ("", " funded", " was aimed", " fund aimed"):
        words = (text + ending).split()
        old = text + ending
        if (
            len(words) >= 5
            and words[-1] in _LEFT_PARTICIPLES
            and words[-2].lower() not in AUXILIARY_BEFORE
            and has_verb(words[:-2])
        ):
            old = " ".join(words[:-1])
        assert _without_left_participle(text + ending) == old, text
    cut = tail_start(text, 2)
    last = headline._LAST_WORD
    tail = last.search(text, cut) or (last.search(text) if cut else None)
    assert _span(tail) == _span(last.search(text)), text


def test_small_helpers_on_seeds() -> None:
    """Every tenth word-bounded prefix or suffix of the seed paragraphs."""
    for text in _SEEDS[::10]:
        _small_helpers_agree(text)
    assert is_open_verb("Announced") and is_open_verb("ſaid") and is_open_verb("said\n")


@settings(max_examples=1000, deadline=None)
@given(_TEXTS)
def test_small_helpers_on_generated_text(text: str) -> None:
    """Generated words, punctuation and odd white space."""
    _small_helpers_agree(text)
    _small_helpers_agree(text + " said")
