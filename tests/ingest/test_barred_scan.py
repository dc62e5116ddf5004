"""The bars asked about a sentence without its quotes share one RE2 scan (``_BARE_SCAN``):
``is_barred`` answers as it does on Python's ``re`` alone, on the seeds and on generated
text, and the scan's members are the three patterns asked about that text and the two
asked about the whole sentence (the same text when it has no quotes)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.ingest import barred, read_articles
from generator.ingest.sentences import split_sentences
from tests.ingest.test_split_shortcuts import SEEDS

_PIECES = st.sampled_from(
    [
        " ",
        ", ",
        ": ",
        "?",
        '"',
        "“",
        "”",
        "I",
        "me",
        "my",
        "We",
        "let’s",
        "JONES",
        "CNN NEWS",
        "could",
        "might not",
        "said",
        "be",
        "it",
        "the",
        "protest",
        "On Monday",
        "é",
        "#Egypt",
        "| Reply",
        "updated: 12:30",
        "posted by Ann at 3:15 pm",
        "Ben Klayman is based in Detroit",
        "A roundup of today's",
        "pic.twitter.com",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


def _seed_sentences() -> list[str]:
    return [
        s.text
        for article in read_articles([SEEDS])
        for p in article.paragraphs
        for s in split_sentences(p)
    ]


def test_bars_match_re_alone_on_the_seeds() -> None:
    texts = [
        *_seed_sentences(),
        "JONES, CNN STUDENT NEWS: We want to catch you up.",
        "“I was there,” he said, and we could not go.",
        "Officials could delay the vote, he said.",
        "Ben Klayman is based in Detroit.",
        "The regime miscalculated the people of #Egypt from day one (#Jan 25)",
        "Tunisian president vows to cut prices updated: Sat Jan 15 2011 22:59:00 Tunisia’s",
        "“It was #Egypt,” she said, | Reply",
    ]
    found = [barred.is_barred(t) for t in texts]
    with fastre.pure_python():
        assert found == [barred.is_barred(t) for t in texts]
    assert 0 < sum(found) < len(found)


@settings(max_examples=800, deadline=None)
@given(_TEXTS)
def test_bars_match_re_alone_on_generated_text(text: str) -> None:
    found = barred.is_barred(text)
    with fastre.pure_python():
        assert found == barred.is_barred(text)


def test_the_bare_scan_holds_the_five_patterns() -> None:
    members = [
        barred._SPEAKER_OPENING,
        barred._FIRST_PERSON_OR_QUESTION,
        barred._HEDGE,
        barred._FURNITURE_SENTENCE,
        barred._AUTHOR_NOTE,
    ]
    if not fastre.has_re2():
        return
    assert all(m.prefilter is not None for m in members)
    # one scan of a text answers the three: the second and third asks find it kept
    text = "Officials could delay the vote and we know it"
    assert members[0].may_match(text)
    assert text in barred._BARE_SCAN._found
    assert members[2].may_match(text)
    assert not members[3].may_match(text) and not members[4].may_match(text)
    assert len(barred._BARE_SCAN._prefilters) == len(members)
