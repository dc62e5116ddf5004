"""The verb lexicon's, the name shortening's and the reported speech's shortcuts answer as
the plain computations they replace, on the seeds' sentences and on generated text:
:func:`~generator.ingest.verbs.has_verb` skipping non-verbs before its neighbour checks,
:func:`~generator.ingest.verbs.verb_only_in_relative` asking prefixes only until one has a
verb, :func:`~generator.ingest.verbs.first_verb`'s plain loop,
:func:`~generator.ingest.names.shorten_names` searching from RE2's candidate starts, and
:func:`~generator.ingest.reported.complete_reported` reading the sentence only when the
headline can be completed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import read_articles
from generator.ingest.names import _TITLED_NAME, _shortened, shorten_names
from generator.ingest.page_text import normalize
from generator.ingest.reported import (
    _CLAUSE_END,
    _FUNCTION_WORDS,
    _OPENING_CLAUSE,
    _QUOTES,
    _SAYING_END,
    _SPEAKER_ONLY,
    _THAT,
    TITLE_WORDS,
    WORDS_ADDED,
    _said_before,
    complete_reported,
)
from generator.ingest.verbs import (
    _NOUN_BEFORE,
    _RELATIVES,
    _after_determiner,
    _is_name,
    _noun_pair,
    _participle_before_by,
    _present_after_name,
    first_verb,
    has_verb,
    is_verb,
    verb_only_in_relative,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_DATES = ("on Monday", "on Friday", "last week", "in 2009", "on Saturday", "yesterday")


def _plain_has_verb(words: Sequence[str]) -> bool:
    """``has_verb`` as it was: every check asked of every word in turn."""
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        if before.lower() == "to" or (word == "am" and before[-1:].isdigit()):
            continue
        if before.lower() == "and" and i >= 2 and _noun_pair(words[i - 2], word):
            continue
        if _after_determiner(words, i) and not word.endswith("ed"):
            continue
        if _participle_before_by(words, i):
            continue
        if is_verb(word) or (i >= 2 and _is_name(before) and _present_after_name(word)):
            return True
    return False


def _plain_verb_only_in_relative(words: Sequence[str]) -> bool:
    """``verb_only_in_relative`` as it was: every prefix asked, and the one before it."""
    start = next((i for i, w in enumerate(words) if w.lower() in _RELATIVES), None)
    if not start or not words[start - 1].islower() or _plain_has_verb(words[:start]):
        return False
    rest = words[start + 1 :]
    verbs = [
        i
        for i in range(len(rest))
        if _plain_has_verb(rest[: i + 1]) and not _plain_has_verb(rest[:i])
    ]
    if not verbs:
        return False
    first = verbs[0]
    while first + 1 < len(rest) and _plain_has_verb([rest[first + 1]]):
        first += 1
    return not _plain_has_verb(rest[first + 1 :])


def _plain_first_verb(words: Sequence[str]) -> int | None:
    """``first_verb`` as it was: a generator over every word."""
    return next(
        (
            i
            for i, w in enumerate(words)
            if i and is_verb(w) and not _NOUN_BEFORE.match(words[i - 1])
        ),
        None,
    )


def _plain_shorten_names(text: str) -> str:
    """``shorten_names`` as it was: ``re.sub`` of the plain pattern over the whole text."""
    plain = re.compile(_TITLED_NAME.pattern, _TITLED_NAME.flags)
    return plain.sub(lambda m: _shortened(text, m), text)


def _plain_complete_reported(headline: str, sentence: str, date_text: str) -> str:
    """``complete_reported`` as it was: the sentence normalized first, each pattern run."""
    text = normalize(sentence)
    index = text.find(date_text)
    if index < 0:
        return headline
    speaker = _SPEAKER_ONLY.fullmatch(headline)
    before = _said_before(speaker, text[:index]) if speaker else None
    if before:
        return before
    end = _SAYING_END.search(headline)
    if not end or re.search(r"\bthat\b", end.group(0), re.I):
        return headline
    that = _THAT.match(text, index + len(date_text))
    if that is None:
        return headline
    said = _OPENING_CLAUSE.sub("", text[that.end() :])
    clause = _QUOTES.sub("", _CLAUSE_END.split(said, maxsplit=1)[0]).split()
    if len(clause) < 3 or len(clause) > WORDS_ADDED:
        return headline
    room = TITLE_WORDS - len(headline.split())
    if len(clause) > room:
        cut = [i for i in range(3, room + 1) if clause[i].lower() in _FUNCTION_WORDS]
        if not cut:
            return headline
        clause = clause[: cut[-1]]
    return f"{headline} {' '.join(clause).rstrip('.')}"


def _seed_sentences() -> list[str]:
    """The seeds' sentences, split at full stops."""
    return [
        sentence.strip() + "."
        for article in read_articles([SEEDS])
        for paragraph in article.paragraphs
        for sentence in paragraph.split(". ")
        if sentence.strip()
    ]


def _windows(words: list[str], longest: int = 12) -> list[list[str]]:
    """Every run of up to ``longest`` consecutive words."""
    return [
        words[i:j] for i in range(len(words)) for j in range(i, min(len(words), i + longest) + 1)
    ]


def test_verbs_answer_as_the_plain_loops_on_the_seeds() -> None:
    """Every run of a seed sentence's words: the same verb answers."""
    sentences = _seed_sentences()
    assert len(sentences) > 100
    answers = []
    for sentence in sentences:
        for words in _windows(sentence.split()):
            answers.append(has_verb(words))
            assert answers[-1] == _plain_has_verb(words), words
            assert first_verb(words) == _plain_first_verb(words), words
            assert verb_only_in_relative(words) == _plain_verb_only_in_relative(words), words
    assert any(answers) and not all(answers)


def test_relative_clauses_are_found() -> None:
    """The relative-clause check says yes where it should, so its comparison means something."""
    crowds = "Celebratory crowds that had gathered overnight ahead of Mubarak's speech"
    assert verb_only_in_relative(crowds.split())
    turned = "Crowds that had gathered overnight turned on the police"
    assert not verb_only_in_relative(turned.split())
    assert has_verb("A report released on Friday".split())
    assert not has_verb("A long-awaited report released by two senators".split())


def test_names_shorten_as_re_sub_does_on_the_seeds() -> None:
    """Every seed sentence and its word-bounded prefixes: the same shortened text."""
    changed = 0
    for sentence in _seed_sentences():
        cuts = [i for i, c in enumerate(sentence) if c == " "] + [len(sentence)]
        for cut in cuts:
            text = sentence[:cut]
            shortened = shorten_names(text)
            assert shortened == _plain_shorten_names(text), text
            changed += shortened != text
    assert changed > 0
    assert shorten_names("said Chilean President Ana Ruiz and U.S. President Barack Obama") == (
        "said Ana Ruiz and Barack Obama"
    )


def _reported_cases() -> list[tuple[str, str, str]]:
    """Headlines cut from the seeds' sentences with a date put in, and speakers made of
    their first words ("… the Ministry said"), each with its sentence and date."""
    cases = []
    for sentence in _seed_sentences():
        words = sentence.split()
        for k, date in enumerate(_DATES):
            cut = 3 + k
            dated = f"{' '.join(words[:cut])} {date} that {' '.join(words[cut:])}"
            speaker = f"{', '.join(words[cut : cut + 8])}, {' '.join(words[:3])} said {date} ."
            cases += [
                (" ".join(words[:cut]), dated, date),
                (f"{' '.join(words[:cut])} told reporters", dated, date),
                (f"{' '.join(words[:2])} said", speaker, date),
                (f"{' '.join(words[:3])} warned {date}", speaker, date),
                (" ".join(words[:cut]), sentence, date),
            ]
    return cases


def test_reported_speech_completes_as_before_on_the_seeds() -> None:
    """Seed headlines, speakers and sentences: the same completed titles, some completed."""
    completed = 0
    for headline, sentence, date in _reported_cases():
        done = complete_reported(headline, sentence, date)
        assert done == _plain_complete_reported(headline, sentence, date), headline
        completed += done != headline
    assert completed > 10


_WORDS = st.sampled_from(
    "The A the ministry Ana Ruiz President Chilean U.S. said says told tells warned added "
    "reported that on Friday Saturday to and was released by rescue search who which had "
    "gathered crowds his attack 3 arrests am 5:33 reporters , . “ ” \u00a0 \x1c \t".split(" ")
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=20), st.lists(_WORDS, max_size=30))
def test_shortcuts_on_generated_text(title: list[str], rest: list[str]) -> None:
    """Generated titles and sentences of the checks' words and odd white space."""
    headline = " ".join(title)
    sentence = f"{' '.join(rest[:10])} on Friday {' '.join(rest[10:])}"
    assert has_verb(title) == _plain_has_verb(title)
    assert first_verb(title) == _plain_first_verb(title)
    assert verb_only_in_relative(title) == _plain_verb_only_in_relative(title)
    assert shorten_names(headline) == _plain_shorten_names(headline)
    for text in (sentence, headline):
        expected = _plain_complete_reported(headline, text, "on Friday")
        assert complete_reported(headline, text, "on Friday") == expected
