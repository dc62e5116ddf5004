"""The title and cut checks' shortcuts answer as the plain computation does, on the seeds'
titles and sentences and on generated text: a quote's words split once with their edges, a
cached verb lookup, a substring or RE2 test that only skips a search finding nothing."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.ingest import read_articles, title_checks
from generator.ingest.happening_checks import (
    _HAD,
    _HAD_SAID,
    _JUDGING_WORDS,
    _PAST_COPULA,
    _QUOTED,
    _STAYED,
    JOURNALIST,
    OPINION,
    _main_clause_index,
    _past_or_auxiliary,
    journalist_reports,
    opinion_doubt,
    said_before,
    state_doubt,
)
from generator.ingest.sentences import split_sentences
from generator.ingest.title_checks import (
    PRESENT,
    TITLE_WORD,
    pointing_object,
    present_doubt,
    reference_doubt,
)
from generator.ingest.title_cuts import _LOST_LETTER, _lost_letter, cut_off, word_tokens
from generator.ingest.title_form import in_capitals
from generator.ingest.verbs import _first_verb, _has_verb, first_verb, has_verb, is_verb

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed_sentences() -> list[str]:
    """Every sentence of the seeds' articles, and a few that the shortcuts must not miss."""
    sentences = [
        s.text
        for article in read_articles([SEEDS])
        for paragraph in article.paragraphs
        for s in split_sentences(paragraph)
    ]
    return sentences + _EXAMPLES


_EXAMPLES = [
    "CNN senior legal analyst Jeffrey Toobin explained the ruling",
    "CNN's Nic Robertson reports from Cairo",
    "The banned Muslim Brotherhood had stated it would not have an official presence",
    "Mexico's flu outbreak appeared to be stabilizing",
    "The administration continues to monitor the situation in Egypt",
    "PROTESTERS STORM THE PALACE",
    "ÉTAT D'URGENCE DÉCLARÉ",
    "President Felipe Calder n said his government learned of the cases",
    "Felipe Calder n said the schools would close",
    "Ms Jackson's civil action was filed in the court",
    "The Russian leader spoke of critical words for the Russian leader",
    "He announced the move at a charity poetry reading",
    "Another soldier was killed in Ramadi, adding to the 21",
    "Straße_und Ärzte U.S. re-elected O’Neill’s 1,364 ﬁles İstanbul",
]


def _plain_tokens(quote: str) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """A quote's words as they were found: every ``re.Match``, folded and spanned."""
    found = list(TITLE_WORD.finditer(quote))
    return tuple(m.group().casefold() for m in found), tuple(m.span() for m in found)


def _as_spans(edges: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    return tuple(zip(edges[0::2], edges[1::2], strict=False))


def test_quote_words_and_edges_are_the_plain_matches() -> None:
    sentences = _seed_sentences()
    assert len(sentences) > 100
    for sentence in sentences:
        folded, edges = word_tokens.__wrapped__(sentence)
        assert (folded, _as_spans(edges)) == _plain_tokens(sentence)


_PIECES = st.sampled_from(
    [*"a B z 0 9 _ ' ’ . - – , é É ß ﬁ İ ς Σ".split(), " ", "  ", "\t", "U.S.", "the", "Deal"]
)
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_quote_words_and_edges_are_the_plain_matches_on_generated_text(text: str) -> None:
    folded, edges = word_tokens.__wrapped__(text)
    assert (folded, _as_spans(edges)) == _plain_tokens(text)


def _plain_lost_letter(title: str, quotes: list[str]) -> str | None:
    """:func:`_lost_letter` as it was: the title's words gathered, every quote searched."""
    words = set(re.findall(r"[A-Za-z]+", title))
    lost = [
        next((m.group(1) for m in _LOST_LETTER._re.finditer(q) if m.group(1) in words), None)
        for q in quotes
    ]
    if not lost or None in lost:
        return None
    return f"its sentence lost a letter of {lost[0]!r}"


def test_lost_letters_and_cuts_are_the_plain_ones() -> None:
    sentences = _seed_sentences()
    titles = [*sentences[:200], "Felipe Calderon said his government learned", "Calder n said"]
    found = 0
    for title in titles:
        for quotes in (sentences[-7:-5], sentences[-6:-5], [], sentences[:3]):
            answer = _lost_letter(title, quotes)
            assert answer == _plain_lost_letter(title, quotes)
            found += answer is not None
    assert found > 0
    pairs = [(t, s) for s in sentences[:300] for t in (s[: len(s) // 2], s[:-1])]
    with_scan = [cut_off(t, [s]) for t, s in pairs]
    with fastre.pure_python():
        plain = [cut_off(t + " ", [s + " "]) for t, s in pairs]  # not the answers kept
    assert with_scan == plain


def test_cached_verb_lookups_are_the_plain_ones() -> None:
    for sentence in _seed_sentences():
        words = TITLE_WORD.findall(sentence)
        assert has_verb(words) == _has_verb.__wrapped__(tuple(words))
        assert first_verb(words) == _first_verb.__wrapped__(tuple(words))


def _plain_in_capitals(title: str) -> bool:
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_capitals_are_the_plain_test_on_generated_text(text: str) -> None:
    assert in_capitals(text) == _plain_in_capitals(text)
    assert in_capitals(text.upper()) == _plain_in_capitals(text.upper())


def test_prefiltered_checks_are_the_plain_ones_on_the_seeds() -> None:
    sentences = _seed_sentences()
    assert [in_capitals(s) for s in sentences] == [_plain_in_capitals(s) for s in sentences]
    assert [said_before(s) for s in sentences] == [bool(_HAD_SAID.match(s)) for s in sentences]
    reports = [journalist_reports(s) for s in sentences]
    assert reports == [bool(JOURNALIST.match(s)) for s in sentences]
    assert sum(reports) >= 2 and sum(map(said_before, sentences)) >= 1
    word_lists = [w for s in sentences if (w := TITLE_WORD.findall(s))]
    with_scan = [(state_doubt(w), pointing_object(" ".join(w), w)) for w in word_lists]
    with fastre.pure_python():
        plain = [(state_doubt(w), pointing_object(" ".join(w), w)) for w in word_lists]
    assert with_scan == plain
    assert sum(s is not None for s, _ in plain) >= 2


def _plain_main_clause_word(words: list[str], forms: frozenset[str]) -> int | None:
    """:func:`_main_clause_index` as it was: every word lowered in a generator."""
    verb = next((i for i, w in enumerate(words) if w.lower() in forms), None)
    if verb is None or any(_past_or_auxiliary(w) for w in words[:verb]):
        return None
    return verb


def test_main_clause_words_are_the_plain_ones_on_the_seeds() -> None:
    word_lists = [TITLE_WORD.findall(s) for s in _seed_sentences()]
    word_lists += [["Crowds", "WERE", "in", "Cairo"], ["They", "said", "it", "had", "come"], []]
    found = 0
    for words in word_lists:
        for forms in (_PAST_COPULA, _HAD, _STAYED):
            answer = _main_clause_index(words, list(map(str.lower, words)), forms)
            assert answer == _plain_main_clause_word(words, forms)
            found += answer is not None
    assert found > 10


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_an_opening_word_before_its_apostrophe_is_the_plain_split(text: str) -> None:
    assert text.lower().split("'", 1)[0].split("’", 1)[0] == re.split(r"['’]", text.lower())[0]


def _plain_present_doubt(words: list[str]) -> str | None:
    """:func:`present_doubt` as it was: every word of the title tried in turn."""
    verbs = [
        i
        for i, w in enumerate(words)
        if i
        and words[i - 1].lower() not in title_checks._DETERMINERS
        and is_verb(w)
        and not (w.endswith("ing") and words[i - 1].lower() in title_checks._GERUND_BEFORE)
    ]
    if len(verbs) != 1:
        return None
    verb = words[verbs[0]].lower()
    if not verb.endswith("s") or verb.endswith("ss"):
        return PRESENT if title_checks._plural_present(words, verbs[0]) else None
    if verb in title_checks._SAYING_PRESENT or verb in ("is", "has", "does", "was"):
        return None
    return PRESENT


def _plain_pronoun_doubt(words: list[str]) -> str | None:
    """The pronoun part of :func:`reference_doubt` as it was: no set test first."""
    for i, word in enumerate(words[1:], start=1):
        lowered = word.lower()
        if lowered in title_checks._PLURAL and title_checks._plural_before(words, i):
            continue
        if lowered in title_checks._PERSONAL and not title_checks._named_before(words, i):
            return f"it does not say who ({word!r} before any name)"
    return None


def test_word_scans_are_the_plain_ones_on_the_seeds() -> None:
    sentences = [
        *_seed_sentences(),
        "His regime crumbled as protesters marched",
        "A wave of protests against his regime erupted",
        "Demonstrators gather in Cairo's Tahrir Square",
        "Holiday maker Max Summerskill talks on his mobile phone",
    ]
    presents = pronouns = 0
    for sentence in sentences:
        words = TITLE_WORD.findall(sentence)
        if not words:
            continue
        present = present_doubt(words)
        assert present == _plain_present_doubt(words)
        pronoun = _plain_pronoun_doubt(words)
        if pronoun is not None:  # the rest of the checks come after the pronouns
            assert reference_doubt(sentence, words) == pronoun
        plain_opinion = OPINION if _JUDGING_WORDS.search(_QUOTED.sub(" ", sentence)) else None
        assert opinion_doubt(sentence) == plain_opinion
        presents += present is not None
        pronouns += pronoun is not None
    assert presents >= 2 and pronouns >= 2
