"""The bars asked last and the title patterns in two scans answer as before: a neighbour's
bar is asked after its cheaper tests, a leading date is cut by ``match``, not ``sub``, and
the title patterns' prefilters still refuse only titles their ``re`` pattern cannot match."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from generator import fastre
from generator.ingest import read_articles
from generator.ingest import title_length as TL
from generator.ingest.barred import _LEAD_DATE, _without_lead_date, bars, is_barred
from generator.ingest.context import (
    Sentence,
    following_sentence,
    preceding_sentence,
    slice_timexes,
)
from generator.ingest.extract import _event_date, _framing
from generator.ingest.happening_checks import FORM_SCAN, TITLE_SCAN
from generator.ingest.sentences import split_sentences
from generator.ingest.title_checks import TITLE_WORD
from generator.ingest.title_cuts import _title_end, word_tokens
from generator.ingest.verbs import has_verb, is_verb
from generator.models import Timex
from generator.temporal import tag
from tests.ingest.test_context_order import neighbour_pairs

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_a_bar_asked_last_chooses_as_a_bar_asked_first_on_the_seeds() -> None:
    pairs = neighbour_pairs()
    assert len(pairs) > 80
    chosen = barred_out = 0
    for first, second, timexes, starts in pairs:
        unbarred = following_sentence(second, timexes, starts, first.text)
        plain_following = "" if is_barred(second.text) else unbarred
        following = following_sentence(
            second, timexes, starts, first.text, partial(is_barred, second.text)
        )
        assert following == plain_following
        before = (first, timexes, starts)
        unbarred_before = preceding_sentence(before, second.text)
        plain_preceding = "" if is_barred(first.text) else unbarred_before
        preceding = preceding_sentence(before, second.text, partial(is_barred, first.text))
        assert preceding == plain_preceding
        chosen += bool(following) + bool(preceding)
        barred_out += bool(unbarred) and not following
    assert chosen > 10  # both answers are tried, not only ""
    assert barred_out > 0  # a bar asked last still refuses


def test_a_bar_refuses_a_sentence_that_holds_on() -> None:
    before = Sentence("He walked to the market on the edge of town today.", 0, 50)
    after = "She bought bread there for everyone."
    assert preceding_sentence((before, [], []), after)
    assert not preceding_sentence((before, [], []), after, lambda: True)
    following = Sentence("He bought bread there for everyone in town.", 0, 43)
    assert following_sentence(following, [], [], before.text)
    assert not following_sentence(following, [], [], before.text, lambda: True)


def _seed_sentences() -> list[str]:
    """Every sentence of the seeds."""
    return [
        s.text for a in read_articles([SEEDS]) for p in a.paragraphs for s in split_sentences(p)
    ]


def test_a_lead_date_is_cut_as_sub_cut_it() -> None:
    texts = _seed_sentences()
    texts += ["On Tuesday, it rained.", "On Tuesday, On Monday, it rained.", "In 2009, 5, then", ""]
    texts += ["Last week 3, they said", "  On Friday, we met.", "Tuesday, Wednesday, it went on."]
    cut = 0
    for text in texts:
        assert _without_lead_date(text) == _LEAD_DATE.sub("", text)
        cut += _without_lead_date(text) != text
    assert cut > 3


def _title_patterns() -> list[fastre.Pattern]:
    """The patterns of the two title scans."""
    prefilters = set(TITLE_SCAN._prefilters) | set(FORM_SCAN._prefilters)
    return [p for p in fastre.patterns() if p.prefilter in prefilters]


def test_the_two_title_scans_refuse_only_what_re_cannot_match() -> None:
    titles = _seed_sentences()
    titles += ["Robert Gibbs was asked if the administration supports Mubarak", "the man arrived"]
    titles += ["Searches at the clinic and another site rented by Conrad Murray", "1858 Around"]
    patterns = _title_patterns()
    if fastre.has_re2():
        assert set(TITLE_SCAN._prefilters).isdisjoint(FORM_SCAN._prefilters)
        assert len(patterns) >= 25
    found = 0
    for title in titles:
        words = TITLE_WORD.findall(title)
        for pattern in patterns:
            for text in (title, " ".join(words), title.rstrip(" .,;:")):
                if pattern._re.search(text):
                    assert pattern.may_match(text)
                    found += 1
    assert found > 20


def _plain_title_end(folded: Sequence[str], words: Sequence[str]) -> int | None:
    """``title_cuts._title_end`` as it was: every place of the quote tested in turn."""
    n, last = len(words), words[-1]
    return next(
        (
            i
            for i in range(n - 1, len(folded))
            if folded[i] == last and list(folded[i - n + 1 : i + 1]) == list(words)
        ),
        None,
    )


def test_a_title_end_is_found_where_the_plain_loop_found_it() -> None:
    sentences = [*_seed_sentences(), "the the the end of the end", "a b a b a b c"]
    asked = found = 0
    for sentence in sentences:
        folded, _ = word_tokens(sentence)
        for k in range(len(folded)):
            for n in (1, 2, 3):
                words = list(folded[max(0, k - n + 1) : k + 1])
                for tail in (words, ["zz", *words[1:]], [*words[:-1], "zz"]):
                    if tail:
                        asked += 1
                        assert _title_end(folded, tail) == _plain_title_end(folded, tail)
                        found += _title_end(folded, tail) is not None
    assert asked > 1000 and found > 500


def test_bars_kept_by_text_answer_as_is_barred() -> None:
    sentences = [Sentence(t, 0, len(t)) for t in _seed_sentences()]
    sentences += [Sentence("I think it will rain on Monday.", 0, 31)] * 2
    barred = bars(sentences)
    answers = [barred(i) for i in reversed(range(len(sentences)))][::-1]
    assert answers == [is_barred(s.text) for s in sentences]
    assert any(answers) and not all(answers)
    assert bars(sentences)(len(sentences) - 1) is True  # asked again: the kept answer


def _plain_phrase_end(words: list[str]) -> int | None:
    """``title_length.phrase_end`` as it was: its first verb found by a generator."""
    verb = next((i for i, w in enumerate(words) if is_verb(w)), None)
    if verb is None:
        return None
    joined = TL._first_joint(words, verb)
    if len(words) <= TL.LONGEST_WORDS and not TL._two_happenings(words, joined, len(words)):
        return len(words)
    for end in range(min(len(words), TL.LONGEST_WORDS), max(verb + 2, TL.MAX_WORDS - 3), -1):
        if TL._two_happenings(words, joined, end):
            return None
        last = words[end - 1]
        if not (last.endswith((",", ";", ":")) or words[end : end + 1] in TL._DASHES):
            continue
        if last.rstrip(",;:").lower() in TL._OPENS_WHAT_FOLLOWS or TL._in_a_list(words, end):
            continue
        opener = max((i for i in range(verb, end) if words[i].lower() in TL._OPENERS), default=None)
        if opener is not None and not has_verb(words[opener + 1 : end]):
            continue
        return end
    return None


def test_phrase_end_is_the_plain_one_on_the_seeds() -> None:
    word_lists = [s.split() for s in _seed_sentences()]
    word_lists += [[], ["Rally", "in", "Cairo"], "Crowds gathered and police fired".split()]
    found = [TL.phrase_end(words) for words in word_lists]
    assert found == [_plain_phrase_end(words) for words in word_lists]
    assert sum(f is not None for f in found) > 20
    assert sum(f is not None and f < len(w) for f, w in zip(found, word_lists, strict=True)) > 0


def _plain_framing(sentence: Sentence, timexes: Sequence[Timex]) -> tuple[Sentence, Timex] | None:
    """``extract._framing`` as it was: every date parsed first."""
    dated = [t for t in timexes if _event_date(t) is not None]
    if len(dated) != 1 or dated[0].start - sentence.start > 3:
        return None
    rest = sentence.text[dated[0].end - sentence.start :]
    if len(rest.split()) > 5:
        return None
    return sentence, dated[0]


def test_framing_is_the_plain_one_on_the_seeds() -> None:
    framing = asked = 0
    for article in read_articles([SEEDS]):
        for number, paragraph in enumerate(article.paragraphs):
            timexes = tag(paragraph, article.anchor_of(number))
            starts = [t.start for t in timexes]
            for sentence in split_sentences(paragraph):
                inside = slice_timexes(timexes, starts, sentence)
                for dates in (inside, inside[1:], inside[:1], []):
                    asked += 1
                    assert _framing(sentence, dates) == _plain_framing(sentence, dates)
                    framing += _framing(sentence, dates) is not None
    assert asked > 100 and framing > 0
