"""Headline steps that no longer repeat work answer as the plain computations did: where a
phrase ends (its "and" found once for every end tried), the clause's words with that end
(found once, not again by the cut), and a clause's bounds (the list tests run for the
nearest commas only), on the seeds' paragraphs and their prefixes and on generated text;
headlines and date removals whose recent answers are kept answer as without; and the
patterns of title finishing and page text searched only where their letters are (a dash,
a saying, "|", two commas) find nothing elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import read_articles
from generator.ingest.clauses import in_list, tells_consequence
from generator.ingest.date_removal import names_which, remove_date, without_placing
from generator.ingest.headline import _clause_bounds, make_headline
from generator.ingest.modifiers import is_modifier
from generator.ingest.page_text import (
    _ASIDES,
    _CONNECTIVE_ASIDE,
    _DASH_ASIDE,
    _SHORT_BRACKET,
    _TRAILING_DATELINE,
    _has_saying,
)
from generator.ingest.title_finish import (
    _DASHED_WORD,
    _LEFT_RELATIVE,
    _OPEN_CLAUSE,
    _PARTICIPLE_ENDS,
    _TRAILING_ASIDE,
    _TRAILING_PARTICIPLE,
    _clause_words,
    _clause_words_end,
)
from generator.ingest.title_length import LONGEST_WORDS, MAX_WORDS, phrase_end
from generator.ingest.title_length import _in_a_list as in_a_list
from generator.ingest.verbs import has_verb, is_verb

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _paragraphs() -> list[str]:
    """The seeds' paragraphs."""
    return [p for article in read_articles([SEEDS]) for p in article.paragraphs]


def _prefixes() -> list[list[str]]:
    """The words of every seed paragraph's word-bounded prefixes of up to 30 words, and of
    every run of 20 words."""
    runs = []
    for paragraph in _paragraphs():
        words = paragraph.split()
        runs += [words[:n] for n in range(1, min(len(words), 30) + 1)]
        runs += [words[i : i + 20] for i in range(len(words))]
    return runs


_OPENERS = frozenset(
    "as when while after before because if which who that where since until".split()
)
_OPENS_WHAT_FOLLOWS = frozenset(
    "said says told added adds warned noted including and or but as such like than".split()
)
_DASHES = (["--"], ["—"], ["–"], ["-"])


def _plain_two_happenings(words: list[str], verb: int, end: int) -> bool:
    """The second happening test as it was: its "and" looked for again for each end."""
    joined = next((i for i in range(verb + 1, end) if words[i] in ("and", "but")), None)
    return joined is not None and has_verb(words[joined + 1 : end])


def _plain_phrase_end(words: list[str]) -> int | None:
    """:func:`~generator.ingest.title_length.phrase_end` as it was."""
    verb = next((i for i, w in enumerate(words) if is_verb(w)), None)
    if verb is None:
        return None
    if len(words) <= LONGEST_WORDS and not _plain_two_happenings(words, verb, len(words)):
        return len(words)
    for end in range(min(len(words), LONGEST_WORDS), max(verb + 2, MAX_WORDS - 3), -1):
        if _plain_two_happenings(words, verb, end):
            return None
        last = words[end - 1]
        if not (last.endswith((",", ";", ":")) or words[end : end + 1] in _DASHES):
            continue
        if last.rstrip(",;:").lower() in _OPENS_WHAT_FOLLOWS or in_a_list(words, end):
            continue
        opener = max((i for i in range(verb, end) if words[i].lower() in _OPENERS), default=None)
        if opener is not None and not has_verb(words[opener + 1 : end]):
            continue
        return end
    return None


def test_phrase_end_on_seeds() -> None:
    """Every prefix and run of the seeds' words: the same end, some of them cut, some None."""
    runs = _prefixes()
    ends = [phrase_end(words) for words in runs]
    assert ends == [_plain_phrase_end(words) for words in runs]
    assert any(end is None for end in ends)
    assert any(end is not None and end < len(words) for end, words in zip(ends, runs, strict=True))


_WORDS = st.sampled_from(
    "and but said was were the a police arrested him, on Friday, and officials warned -- "
    "protesters as when who which rescued released by in Cairo; were sent home. but".split(" ")
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORDS, max_size=26))
def test_phrase_end_on_generated_words(words: list[str]) -> None:
    """Generated runs of verbs, "and", "but", commas, dashes and openers."""
    assert phrase_end(words) == _plain_phrase_end(words)


def test_clause_words_end_is_the_phrase_end_of_the_words() -> None:
    """The end :func:`_clause_words_end` hands the cut is what a second look would find."""
    for paragraph in _paragraphs():
        words, end = _clause_words_end(paragraph)
        assert words == _clause_words(paragraph)
        assert end == (phrase_end(words) if len(words) > MAX_WORDS else len(words))


def _plain_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """A clause's bounds as :func:`~generator.ingest.headline._clause_around` found them:
    every comma of the text tested."""
    bounds = [0]
    for match in re.finditer(r",\s|;\s|:\s|\s[—–]\s|\(|\)", text):
        if match.group() == ", " and (in_list(text, match) or tells_consequence(text, match)):
            continue
        bounds.append(match.end() if match.group().strip() not in "()" else match.start())
    bounds.append(len(text))
    left = max(b for b in bounds if b <= start)
    right = min((b for b in bounds if b >= end), default=len(text))
    return left, right


def test_clause_bounds_on_seeds() -> None:
    """Around every word of every seed paragraph: the same bounds, lists kept whole."""
    tried = 0
    for paragraph in _paragraphs():
        for word in re.finditer(r"\S+", paragraph):
            found = _clause_bounds(paragraph, word.start(), word.end())
            assert found == _plain_bounds(paragraph, word.start(), word.end()), paragraph
            tried += 1
    assert tried > 3000


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from("Cairo, Suez and Alexandria ( ) ; : — – in the a on Friday, x".split(" ")),
        max_size=30,
    ),
    st.integers(min_value=0, max_value=200),
    st.integers(min_value=0, max_value=20),
)
def test_clause_bounds_on_generated_text(words: list[str], start: int, width: int) -> None:
    """Generated lists, parentheses, dashes and other marks, around any span."""
    text = " ".join(words)
    start = min(start, len(text))
    end = min(start + width, len(text))
    assert _clause_bounds(text, start, end) == _plain_bounds(text, start, end)


def _dated_sentences() -> list[tuple[str, str]]:
    """Seed paragraphs and each of their runs of one to three words (the "date"), a few per
    paragraph."""
    pairs = []
    for paragraph in _paragraphs():
        words = paragraph.split()
        for i in range(0, len(words), 5):
            pairs.append((paragraph, " ".join(words[i : i + 1 + i % 3])))
    return pairs


def test_kept_answers_are_the_plain_ones() -> None:
    """Headlines and date removals asked twice, in turn with others, answer as the functions
    without their kept answers: nothing a call leaves behind changes the next one."""
    pairs = _dated_sentences()
    assert len(pairs) > 300
    for sentence, date_text in pairs + pairs[::-1]:
        assert make_headline(sentence, date_text) == make_headline.__wrapped__(sentence, date_text)
        assert remove_date(sentence, date_text) == remove_date.__wrapped__(sentence, date_text)
        head = sentence[: sentence.find(date_text)]
        assert without_placing(head) == without_placing.__wrapped__(head)
        after = sentence[sentence.find(date_text) + len(date_text) :]
        assert names_which(date_text, after, head) == is_modifier(date_text, after, head)


_GUARDED = (  # a pattern and the test a text passes when the pattern can match in it
    (_DASHED_WORD, lambda t: "-" in t or "–" in t or "—" in t),
    (_TRAILING_ASIDE, lambda t: "-" in t or "–" in t or "—" in t),
    (_TRAILING_PARTICIPLE, lambda t: t.endswith(_PARTICIPLE_ENDS) or "\n" in t),
    (_LEFT_RELATIVE, lambda t: "that" in t or "which" in t or "who" in t),
    (_OPEN_CLAUSE, lambda t: "that" in t),
    (_TRAILING_DATELINE, lambda t: "|" in t),
    (_ASIDES[0], _has_saying),
    (_ASIDES[1], _has_saying),
    (_CONNECTIVE_ASIDE, lambda t: t.count(",") >= 2),
    (_SHORT_BRACKET, lambda t: "(" in t),
    (_DASH_ASIDE, lambda t: t.count("-") + t.count("–") + t.count("—") >= 2),
)


def _guards_hold(text: str) -> None:
    """No guarded pattern matches in ``text`` where its guard would skip it."""
    for pattern, can_match in _GUARDED:
        if not can_match(text):
            assert pattern.search(text) is None, (pattern.pattern, text)


def test_guards_on_seeds() -> None:
    """Seed paragraphs, their word-bounded prefixes and those without the guards' letters;
    each pattern does match some text."""
    texts = [" ".join(words) for words in _prefixes()[::2]]
    for text in texts:
        _guards_hold(text)
        _guards_hold(text.replace("-", " "))
        _guards_hold(text.replace(",", ""))
        _guards_hold(text.replace("said", "sad").replace("that", "tat"))
    assert _DASHED_WORD.search('… Khaled Said" -- named')
    assert _TRAILING_ASIDE.search("killed in the protests -- 232 in Cairo")
    assert _TRAILING_PARTICIPLE.search("defended the event saying")
    assert _LEFT_RELATIVE.search("mass protests that began")
    assert _OPEN_CLAUSE.search("were injured in Suez and that security forces")
    assert _TRAILING_DATELINE.search("a mistake CAIRO | Wed")
    assert _ASIDES[0].search("a quake hit the island, the Dominican Today newspaper reports.")
    assert _CONNECTIVE_ASIDE.search("the Ministry, for example, denied")
    assert _SHORT_BRACKET.search("five miles (8km) north")
    assert _DASH_ASIDE.search("were prompted - at least in part - by grievances")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            "said says reported told adds - -- – — , | ( ) 8km that which who and saying "
            "CAIRO Wed for example the officials a source at 1653 (2153 GMT) in part\n".split(" ")
        ),
        max_size=30,
    )
)
def test_guards_on_generated_text(words: list[str]) -> None:
    """Generated runs of the patterns' words, dashes, commas and brackets."""
    _guards_hold(" ".join(words))
    _guards_hold("".join(words))
