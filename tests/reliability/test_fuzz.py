"""Property tests: readers and loaders raise nothing but ChronicleError on any input.

Extends ``tests/temporal/test_props.py`` (the tagger on word soup) and
``tests/ingest/test_read_bad_input.py`` (``.txt``/``.md`` bytes) to HTML and JSON
Lines articles, sidecars, event YAML at every level (``load_with_marks``,
``parse_event``, ``load_event_file``), source records, vocabularies, and the
tagger at the edges of the calendar.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.dates import PartialDate
from generator.errors import ChronicleError
from generator.ingest.read import read_article, read_articles
from generator.store.events import load_event_file, parse_event
from generator.store.sources import load_sources
from generator.store.vocab import load_vocabulary
from generator.store.yamlread import load_with_marks
from generator.temporal import tag

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
YAML_BITS = [
    "id: ", "title: ", "date: ", "end: ", "status: ", "sources:", "  - article: ", "    quote: ",
    "entities: [", "]", "tags:", "- ", "&a ", "*a", "!!python/object:os.system ", "!!str ",
    "!!binary ", "<<: ", "{", "}", "'", '"', "|", ">-", "\n", "  ", "2026-02-03", "199X",
    "2026-01~", "2025-10", "null", "~", "true", "1e999", "0x1F", ".nan", "-.inf", "x", "é",
    "\t", "#", "---", "...", "%YAML 1.1", "? ", ": ", ",", "\ufeff", "\x85", "\u2028", "\x00",
    "importance: ", "-1", "99999999999999999999", "conflicts: ", "occurred", "scheduled",
]  # fmt: skip
YAMLISH = st.lists(st.sampled_from(YAML_BITS), max_size=40).map("".join)
TEXTS = st.one_of(st.text(), YAMLISH)
HTML_BITS = [
    "<html>", "<head>", "<meta charset=", "utf-16", "latin-1", "x-bogus", ">", "<body>",
    "<article>", "<p>", "</p>", "<script>", "</script>", "<iframe src=x>", "<!--", "-->",
    "<![CDATA[", "]]>", "<time datetime='", "2026-02-03", "'>", "Published: 3 February 2026",
    "On Tuesday, the minister met.", "&amp;", "&#0;", "&#xD800;", "&bogus;", "<", "\x00",
    "\xff", "<meta property='article:published_time' content='", "9999-99-99", "<svg>",
    "<table><tr><td>", "</td></tr></table>", "<title>", "</title>", "\n",
]  # fmt: skip
HTMLISH = st.lists(st.sampled_from(HTML_BITS), max_size=40).map("".join)


def _only_chronicle_errors(call: object, *args: object) -> object:
    try:
        return call(*args)  # type: ignore[operator]
    except ChronicleError as exc:
        assert str(exc)  # a message, never empty
        return None


@SETTINGS
@given(text=TEXTS)
def test_load_with_marks_and_parse_event(text: str) -> None:
    loaded = _only_chronicle_errors(load_with_marks, text, "x.yaml")
    if loaded is not None:
        json.dumps(loaded.data)  # type: ignore[attr-defined]  # plain values only
    _only_chronicle_errors(parse_event, text, "x.yaml")


@SETTINGS
@given(data=st.one_of(st.binary(max_size=600), TEXTS.map(lambda t: t.encode("utf-8", "replace"))))
def test_event_source_and_vocabulary_files(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder)
        (content / "events").mkdir()
        (content / "sources").mkdir()
        (content / "events" / "x.yaml").write_bytes(data)
        (content / "sources" / "x.yaml").write_bytes(data)
        (content / "entities.yaml").write_bytes(data)
        (content / "tags.yaml").write_bytes(data)
        _only_chronicle_errors(load_event_file, content / "events" / "x.yaml")
        load_sources(content)  # problems are collected, never raised
        _only_chronicle_errors(load_vocabulary, content)


@SETTINGS
@given(
    data=st.one_of(
        st.binary(max_size=1500),
        HTMLISH.map(lambda t: t.encode("utf-8", "surrogatepass")),
        HTMLISH.map(lambda t: t.encode("utf-16", "surrogatepass")),
    )
)
def test_html_articles(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.html"
        path.write_bytes(data)
        _only_chronicle_errors(read_article, path)


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(), inner)),
    max_leaves=8,
)
RECORDS = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(), st.integers(), JSON_VALUES),
        "text": st.one_of(st.text(), JSON_VALUES),
        "published": st.one_of(st.text(), st.sampled_from(["2026-02-03", "199X", "2026-13"])),
        "title": JSON_VALUES,
        "author": st.one_of(st.lists(st.text(), max_size=3), JSON_VALUES),
        "url": JSON_VALUES,
    },
)


@SETTINGS
@given(
    lines=st.lists(
        st.one_of(
            RECORDS.map(json.dumps),
            st.text(max_size=40),
            st.binary(max_size=40).map(lambda b: b.decode("latin-1")),
        ),
        max_size=6,
    )
)
def test_jsonl_corpora(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.jsonl"
        path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
        articles = _only_chronicle_errors(lambda: list(read_articles([path])))
        for article in articles or []:  # type: ignore[attr-defined]
            assert article.id.startswith("corpus.")


@SETTINGS
@given(front=YAMLISH, body=st.text(max_size=200), sidecar=YAMLISH)
def test_markdown_front_matter_and_sidecars(front: str, body: str, sidecar: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.md"
        path.write_text(f"---\n{front}\n---\n{body}", "utf-8", errors="surrogatepass")
        (Path(folder) / "story.meta.yaml").write_text(sidecar, "utf-8", errors="surrogatepass")
        _only_chronicle_errors(read_article, path)


EDGE_WORDS = [
    "next year", "last year", "in 9999", "in 10000", "year 0", "0000", "9999-12-31",
    "99999999 years ago", "9999 years later", "the 10000s", "the year 1", "31 December 9999",
    "1 January 0001", "next month", "tomorrow", "next week", "December", "January",
    "the next century", "last decade", "in the 1st century", "Q4", "fiscal 9999", "'99",
]  # fmt: skip
EDGE_DCTS = st.sampled_from(
    [
        None,
        PartialDate(1, 1, 1),
        PartialDate(9998, 12, 31),  # the last day a date may name (generator/dates.py)
        PartialDate(9998),
        PartialDate(1),
        PartialDate(9998, 12),
    ]
)


@SETTINGS
@given(words=st.lists(st.sampled_from(EDGE_WORDS), min_size=1, max_size=8), dct=EDGE_DCTS)
def test_tagger_at_the_edges_of_the_calendar(words: list[str], dct: PartialDate | None) -> None:
    text = ". ".join(words) + "."
    for timex in _only_chronicle_errors(tag, text, dct) or []:  # type: ignore[attr-defined]
        assert text[timex.start : timex.end] == timex.text


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(["\ud800", "\udfff", "a", " ", "3", "M"]), max_size=30)
)
def test_tagger_on_lone_surrogates(text: str) -> None:
    _only_chronicle_errors(tag, f"On {text} 3 February 2026 {text}", None)
